"""No function in ``conflict_kg/`` is longer than 60 lines (the house style: small named rules).

A function's length is ``end_lineno - lineno + 1`` of its ``def`` (decorators not counted,
docstring counted), and every function counts, methods and nested functions included.
Names are ``path::Class.method`` relative to the project root.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "conflict_kg"
MAX_LINES = 60

#: Functions allowed over the limit while they are being split (issue #21): none since 2026-12-06.
#: A name here that is no longer too long fails the test, so the list stays exact.
PENDING: frozenset[str] = frozenset()


def function_lengths(path: Path, root: Path = ROOT) -> dict[str, int]:
    """``{"path::qualified.name": lines}`` of every function defined in ``path`` (path relative to ``root``)."""
    rel = path.relative_to(root).as_posix()
    out: dict[str, int] = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                out[f"{rel}::{name}"] = child.end_lineno - child.lineno + 1
                walk(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name + ".")
            else:
                walk(child, prefix)  # functions under if/try/with blocks

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return out


def _all_lengths() -> dict[str, int]:
    lengths: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        lengths.update(function_lengths(path))
    return lengths


LENGTHS = _all_lengths()


def test_walk_finds_the_package():
    # Guards against a glob or walk that silently stops matching.
    assert len(LENGTHS) > 500
    assert "conflict_kg/kg/network.py::collect_links" in LENGTHS
    assert "conflict_kg/extract/en_mentions.py::_SentenceMentions.run" in LENGTHS


@pytest.mark.parametrize("text, expected", [
    ("def f():\n    return 1\n", {"f": 2}),
    ("class C:\n    def m(self):\n        pass\n", {"C.m": 2}),
    ("def f():\n    def g():\n        pass\n    return g\n", {"f": 4, "f.g": 2}),
    ("if True:\n    async def h():\n        pass\n", {"h": 2}),
])
def test_function_lengths(tmp_path, text, expected):
    path = tmp_path / "probe.py"
    path.write_text(text, encoding="utf-8")
    assert function_lengths(path, tmp_path) == {f"probe.py::{k}": v for k, v in expected.items()}


def test_no_function_over_limit():
    over = {name: n for name, n in LENGTHS.items() if n > MAX_LINES and name not in PENDING}
    assert not over, f"functions over {MAX_LINES} lines (split them into named rules): {over}"


def test_pending_is_current():
    # A pending name that was split (or renamed) must leave PENDING, so the list stays exact.
    stale = {name for name in PENDING if LENGTHS.get(name, 0) <= MAX_LINES}
    assert not stale, f"no longer over {MAX_LINES} lines, remove from PENDING: {sorted(stale)}"
