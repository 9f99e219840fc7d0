"""Every ``>>>`` example in the package docstrings runs and gives what it shows."""
from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_EXAMPLE = re.compile(r"^\s*>>> ", re.MULTILINE)
_PACKAGES = ("conflict_kg", "bench")


def _modules() -> list[str]:
    names = []
    for pkg in _PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            if "__pycache__" not in rel.parts and _EXAMPLE.search(path.read_text(encoding="utf-8")):
                names.append(".".join(p for p in rel.parts if p != "__init__"))
    return names


MODULES = _modules()


def test_modules_found():
    # The count guards against a glob that silently stops matching.
    assert len(MODULES) >= 30, MODULES


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctests failed in {name}"
