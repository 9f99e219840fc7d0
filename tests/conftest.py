"""Shared fixtures: spaCy models loaded once per session, shared data paths, a fixture store."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project (CI has it; a user's checkout may not)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: it holds the seeds and eval data, available to developers and CI only")
    return SHARED


@pytest.fixture(scope="session")
def nlp_ja():
    from conflict_kg.extract.models import load_model

    return load_model("ja")


@pytest.fixture(scope="session")
def nlp_en():
    from conflict_kg.extract.models import load_model

    return load_model("en")


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory):
    """A read-only store holding the two hand-made fixture documents (tests/fixture_records.py)."""
    from conflict_kg.kg.incident_graph import refresh_incidents
    from conflict_kg.kg.rdf import document_graph
    from conflict_kg.kg.store import KGStore
    from tests.fixture_records import RESOLUTIONS, fixture_records

    path = tmp_path_factory.mktemp("fixture") / "store"
    with KGStore(path) as store:
        for records in fixture_records():
            store.put_document(records.doc.id, document_graph(records, RESOLUTIONS))
        store.refresh_summary()
        refresh_incidents(store)
    with KGStore(path, read_only=True) as store:
        yield store
