"""notebooks/explore.ipynb runs clean (nbclient) and shows what it promises."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A directory outside the repository: the notebook must run from anywhere."""
    return tmp_path_factory.mktemp("notebook-cwd")


@pytest.fixture(scope="module")
def executed(workdir):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name="python3", allow_errors=False,
                            resources={"metadata": {"path": str(workdir)}})
    client.execute()
    return nb


def outputs(nb, mime: str) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if mime in data:
                found.append(data[mime])
            elif mime == "text/plain" and out.get("output_type") == "stream":
                found.append(out.get("text", ""))
    return found


@pytest.mark.models
@pytest.mark.slow
def test_notebook_runs_clean_with_key_outputs(executed, workdir):
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert len(code) == 12 and all(c.get("execution_count") for c in code)
    # The first cell holds the settings; by default the samples are built into ./out/store.
    assert code[0].source.splitlines()[-2:] == ['STORE = "out/store"', "INPUTS = None"]
    assert (workdir / "out" / "store").is_dir()
    assert not [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    text = "\n".join(outputs(executed, "text/plain"))
    assert "documents" in text  # the build summary line and store.stats()
    tables = "\n".join(outputs(executed, "text/html"))
    for column in ("participant_labels", "speaker_label", "disputed_by_label", "label_ja", "top members"):
        assert column in tables, column
    assert len(outputs(executed, "image/png")) == 1  # the events-over-time / by-type figure
    import datetime as dt
    import re

    first, last = re.search(r"events dated (\S+) to (\S+) on a time axis", text).groups()
    assert (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days > 365  # the samples span years
    frames = [h for h in outputs(executed, "text/html") if h.startswith("<iframe srcdoc=")]
    assert len(frames) == 2  # actor network and map, inline and self-contained
    assert "vis.Network" in frames[0] and "L.circleMarker" in frames[1]
    drawn = [line for line in text.splitlines() if line.endswith("nodes drawn") or line.endswith("places on the map")]
    assert len(drawn) == 2 and all(int(line.split()[0]) > 0 for line in drawn), drawn


@pytest.mark.models
@pytest.mark.slow
def test_notebook_opens_a_given_store_without_building(executed, workdir, tmp_path):
    """Settings STORE = an existing store, INPUTS = []: the notebook opens it and builds nothing."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    store = workdir / "out" / "store"
    code[0].source = f"STORE = {str(store)!r}\nINPUTS = []"
    nb.cells = code[:2]
    NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=False,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = "\n".join(outputs(nb, "text/plain"))
    assert "built " not in text and "'documents': 8" in text
    assert not (tmp_path / "out").exists()
