"""The wheel installs one import name, ``conflict_kg``, and nothing generic (issue #20).

PyPI has unrelated packages called ``kg``, ``extract``, ``ontology`` and ``queries``
(``queries`` is a PostgreSQL client); a wheel installing any of those names would
break them, or be broken by them, in a researcher's environment.
"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "conflict_kg"
GENERIC = ("kg", "extract", "ontology", "queries")
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel, built offline from a copy of the sources.

    A copy, because a stale ``build/`` or ``*.egg-info`` in a checkout leaks old
    files into a wheel built in place.
    """
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for path in ROOT.iterdir():
        if path.is_file():
            shutil.copy2(path, src / path.name)
    shutil.copytree(ROOT / PACKAGE, src / PACKAGE, ignore=_SKIP)
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-q", "-w", str(tmp / "dist"), str(src)],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (path,) = (tmp / "dist").glob("*.whl")
    with zipfile.ZipFile(path) as zf:
        yield zf


@pytest.mark.slow
def test_wheel_has_one_top_level_name(wheel):
    tops = {name.split("/", 1)[0] for name in wheel.namelist()}
    dist_info = {t for t in tops if t.endswith(".dist-info")}
    assert len(dist_info) == 1, tops
    assert tops - dist_info == {PACKAGE}, sorted(tops)
    (info,) = dist_info
    if f"{info}/top_level.txt" in wheel.namelist():
        assert wheel.read(f"{info}/top_level.txt").decode().split() == [PACKAGE]


@pytest.mark.slow
def test_wheel_holds_every_module_and_its_data(wheel):
    names = set(wheel.namelist())
    sources = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts)
    assert sources and not [s for s in sources if s not in names]
    data = [p for pattern in ("ontology/*.ttl", "queries/*.rq") for p in (ROOT / PACKAGE).glob(pattern)]
    data += [p for p in (ROOT / PACKAGE / "kg" / "data").iterdir() if p.is_file() and p.suffix != ".pyc"]
    assert len(data) > 3
    assert not [p for p in data if p.relative_to(ROOT).as_posix() not in names]


@pytest.mark.slow
def test_wheel_entry_point(wheel):
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "conflict-kg = conflict_kg.cli:main" in wheel.read(entry_points).decode()


@pytest.mark.parametrize("name", GENERIC)
def test_checkout_shadows_no_generic_name(name):
    # pytest puts the checkout on sys.path: a folder named like a PyPI package would shadow it.
    spec = importlib.util.find_spec(name)
    assert spec is None or ROOT not in Path(spec.origin or "/").resolve().parents, spec
    assert importlib.util.find_spec(f"{PACKAGE}.{name}") is not None
