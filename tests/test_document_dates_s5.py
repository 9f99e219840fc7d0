"""An event whose text states no date, in the graph (issue #15, fifth session): the document's date stands
in with ``ckg:datePrecision "document"``, its bounds reach ``incidents.DOCUMENT_DATE_LOOKBACK_DAYS`` before
the document's day, the ``event_arguments`` query shows that window as an ISO 8601 interval, and the
incidents reader reads the same report interval as before the bounds said so."""
from __future__ import annotations

from datetime import date

import pytest

from conflict_kg.kg.incident_graph import read_reports
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.query import result_rows, run_query
from conflict_kg.kg.rdf import document_graph
from conflict_kg.kg.store import KGStore
from tests.fixture_records import RESOLUTIONS, fixture_records


def _undated_attack():
    en = fixture_records()[1]  # its Attack is dated 2025-11-19 by its text; the document is of 2025-11-20
    assert en.doc.date == "2025-11-20" and en.events[0].date == "2025-11-19"
    en.events[0].date = None
    return en


def test_undated_event_bounds_reach_the_lookback_window():
    en = _undated_attack()
    g = document_graph(en, RESOLUTIONS)
    (node,) = set(g.subjects(CKG.datePrecision, None))
    assert str(g.value(node, CKG.datePrecision)) == "document"
    assert str(g.value(node, CKG.date)) == "2025-11-20"
    assert (str(g.value(node, CKG.dateStart)), str(g.value(node, CKG.dateEnd))) == ("2025-11-19", "2025-11-20")


def test_dated_event_bounds_are_its_day():
    en = fixture_records()[1]
    g = document_graph(en, RESOLUTIONS)
    (node,) = set(g.subjects(CKG.datePrecision, None))
    assert str(g.value(node, CKG.datePrecision)) == "day"
    assert (str(g.value(node, CKG.dateStart)), str(g.value(node, CKG.dateEnd))) == ("2025-11-19", "2025-11-19")


# (params, event rows expected): the window is an interval, and since/until take either end of it.
WINDOW_FILTERS = [
    ({}, ["2025-11-19/2025-11-20"]),
    ({"since": "2025-11-20"}, ["2025-11-19/2025-11-20"]),
    ({"since": "2025-11-21"}, []),
    ({"until": "2025-11-19"}, ["2025-11-19/2025-11-20"]),
    ({"until": "2025-11-18"}, []),
]


@pytest.fixture(scope="module")
def undated_store(tmp_path_factory):
    en = _undated_attack()
    with KGStore(tmp_path_factory.mktemp("undated") / "store") as store:
        store.put_document(en.doc.id, document_graph(en, RESOLUTIONS))
        store.refresh_summary()
        yield store


@pytest.mark.parametrize(("params", "dates"), WINDOW_FILTERS)
def test_event_arguments_shows_the_window(undated_store, params, dates):
    _spec, result = run_query(undated_store, "event_arguments", params)
    _columns, rows = result_rows(result)
    assert [r[2] for r in rows] == dates


def test_incidents_reader_reads_the_same_interval(undated_store):
    (r,) = [r for r in read_reports(undated_store) if r.type == "Attack"]
    assert (r.start, r.end, r.precision) == (date(2025, 11, 19), date(2025, 11, 20), "document")
