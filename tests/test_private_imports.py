"""No module in ``conflict_kg/`` imports a private name (``_x``) from another ``conflict_kg`` module.

A private name is a module's own business; a name another module needs is public (in
``__all__``) or moves to the module both use. Checked: ``from conflict_kg.m import _x`` and
``conflict_kg.m._x`` / ``alias._x`` after ``import conflict_kg.m [as alias]``.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "conflict_kg"

#: Modules allowed to import private names while they are being fixed (issue #21): none since
#: 2026-12-06. A module here that no longer does fails the test, so the list stays exact.
PENDING: frozenset[str] = frozenset()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_imports(tree: ast.AST) -> list[str]:
    """``"module._name"`` for every private name ``tree`` takes from a ``conflict_kg`` module."""
    found: list[str] = []
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("conflict_kg"):
            found += [f"{node.module}.{a.name}" for a in node.names if _private(a.name)]
            # "from conflict_kg.kg import store" binds a module too
            aliases.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names})
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("conflict_kg"):
                    if a.asname:
                        aliases[a.asname] = a.name
                    else:  # "import conflict_kg.kg.store" binds "conflict_kg"
                        aliases[a.name.split(".")[0]] = a.name.split(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            dotted = []
            while isinstance(base, ast.Attribute):
                dotted.insert(0, base.attr)
                base = base.value
            if isinstance(base, ast.Name) and base.id in aliases:
                found.append(".".join([aliases[base.id], *dotted, node.attr]))
    return found


def _all_private_imports() -> dict[str, list[str]]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        got = private_imports(ast.parse(path.read_text(encoding="utf-8")))
        if got:
            out[path.relative_to(ROOT).as_posix()] = got
    return out


FOUND = _all_private_imports()


@pytest.mark.parametrize("text, expected", [
    ("from conflict_kg.kg.names import _CONF, name_key", ["conflict_kg.kg.names._CONF"]),
    ("from conflict_kg.kg import store\nstore._plain(1)", ["conflict_kg.kg.store._plain"]),
    ("import conflict_kg.kg.store as s\ns._plain(1)", ["conflict_kg.kg.store._plain"]),
    ("import conflict_kg.kg.store\nconflict_kg.kg.store._plain(1)", ["conflict_kg.kg.store._plain"]),
    ("from conflict_kg.kg.names import name_key\nname_key.__doc__", []),
    ("from os import _exit\nfrom . import _x", []),  # outside the package / relative: not counted
    ("class C:\n    def m(self):\n        return self._x", []),
])
def test_private_imports(text, expected):
    assert private_imports(ast.parse(text)) == expected


def test_no_private_imports():
    bad = {path: names for path, names in FOUND.items() if path not in PENDING}
    assert not bad, f"private names imported across conflict_kg modules: {bad}"


def test_pending_is_current():
    stale = sorted(PENDING - set(FOUND))
    assert not stale, f"no longer import private names, remove from PENDING: {stale}"
