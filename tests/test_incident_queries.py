"""Golden results of the incident queries on a cross-document, cross-language store (tests/incident_records.py).

The fixture store of tests/test_queries.py has one report per incident; here one Kyiv strike is told
in Japanese and English, a capture claim is repeated and denied four days later in another document,
and the Putin-Xi talk is told twice. Incident IRIs are shortened to ``inc:``.
"""
from __future__ import annotations

import pytest

from conflict_kg.kg.incident_graph import refresh_incidents
from conflict_kg.kg.network import actor_network
from conflict_kg.kg.query import result_rows, run_query
from conflict_kg.kg.rdf import document_graph
from conflict_kg.kg.store import KGStore
from tests.incident_records import DOCS, RESOLUTIONS, records
from tests.test_queries import _norm, _short

INC = "https://w3id.org/conflict-kg/incident/"


@pytest.fixture(scope="module")
def incident_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("incidents") / "store"
    with KGStore(path) as store:
        for doc in DOCS:
            recs = records(*doc)
            store.put_document(recs.doc.id, document_graph(recs, RESOLUTIONS))
        store.refresh_summary()
        refresh_incidents(store)
    with KGStore(path, read_only=True) as store:
        yield store


GOLDEN = [
    ('incidents', {}, [
        ['inc:49cf7f2bfaf143b1', 'Attack', '2022-12-29', 'Armed Forces of Ukraine', '', 'Kyiv', 'asserted', '1', 'doc:t/en-3', 'en'],
        ['inc:721ce76c0698400d', 'Attack', '2022-12-29', 'Armed Forces of the Russian Federation; Russia', '', 'Kyiv', 'asserted', '2', 'doc:t/en-1; doc:t/ja-1', 'en; ja'],
        ['inc:bcf333bb2b5b06ca', 'Attack', '2022-12-29', '', '', 'Kyiv', 'asserted', '1', 'doc:t/en-2', 'en'],
        ['inc:0f1f7922b702fdbb', 'Attack', '2022-12-30', 'Armed Forces of the Russian Federation', '', 'Kyiv', 'asserted', '1', 'doc:t/en-2', 'en'],
        ['inc:debe56ab7bd4dd63', 'Meeting', '2022-12-30', '', '', 'Russia', 'asserted', '2', 'doc:t/en-6; doc:t/ja-3', 'en; ja'],
        ['inc:76b2b9d373750cf1', 'Capture', '2025-11-20', 'Armed Forces of the Russian Federation', '', 'Kupiansk', 'disputed', '3', 'doc:t/en-4; doc:t/ja-2', 'en; ja'],
        ['inc:87ee2a2fc788d502', 'Capture', '2025-11-20', 'Armed Forces of the Russian Federation', '', 'Kupiansk-Vuzlovyi', 'asserted', '1', 'doc:t/en-5', 'en'],
    ]),
    ('incidents', {'min_reports': 2}, [
        ['inc:721ce76c0698400d', 'Attack', '2022-12-29', 'Armed Forces of the Russian Federation; Russia', '', 'Kyiv', 'asserted', '2', 'doc:t/en-1; doc:t/ja-1', 'en; ja'],
        ['inc:debe56ab7bd4dd63', 'Meeting', '2022-12-30', '', '', 'Russia', 'asserted', '2', 'doc:t/en-6; doc:t/ja-3', 'en; ja'],
        ['inc:76b2b9d373750cf1', 'Capture', '2025-11-20', 'Armed Forces of the Russian Federation', '', 'Kupiansk', 'disputed', '3', 'doc:t/en-4; doc:t/ja-2', 'en; ja'],
    ]),
    ('claim_threads', {}, [
        ['inc:76b2b9d373750cf1', 'Capture @ Kupiansk', 'Valery Gerasimov', 'Armed Forces of Ukraine', '2025-11-20', '2025-11-24', 'doc:t/en-4; doc:t/ja-2'],
    ]),
    ('claims', {}, [
        ['doc:t/en-4#claim-0', 'Armed Forces of Ukraine', 'denies', 'Capture @ Kupiansk', '2025-11-24', '', 'doc:t/en-4'],
        ['doc:t/ja-2#claim-0', 'Valery Gerasimov', 'asserts', 'Capture: Armed Forces of the Russian Federation, Kupiansk', '2025-11-20', 'Armed Forces of Ukraine', 'doc:t/ja-2'],
    ]),
    ('events_per_week', {}, [
        ['2022-12-26', 'Attack', '4'],
        ['2022-12-26', 'Meeting', '1'],
        ['2025-11-17', 'Capture', '2'],
    ]),
    ('events_per_week', {'count': 'reports'}, [
        ['2022-12-26', 'Attack', '5'],
        ['2022-12-26', 'Meeting', '2'],
        ['2025-11-17', 'Capture', '3'],
        ['2025-11-24', 'Capture', '1'],
    ]),
]


@pytest.mark.parametrize("name,params,expected", GOLDEN, ids=[f"{n}-{i}" for i, (n, _p, _e) in enumerate(GOLDEN)])
def test_golden(incident_store, name, params, expected):
    spec, result = run_query(incident_store, name, params)
    columns, rows = result_rows(result)
    assert columns == spec.columns
    got = [_norm([_short(c).replace(INC, "inc:") for c in row]) for row in rows]
    assert got == [_norm(r) for r in expected]


def test_networks_count_incidents_unless_asked_for_reports(incident_store):
    def weight(count):
        G = actor_network(incident_store, count=count)
        return {(u.rsplit("/", 1)[-1], v.rsplit("/", 1)[-1], k): d["weight"] for u, v, k, d in G.edges(keys=True, data=True)}

    # Putin and Xi met once, told by two reports.
    assert weight("incidents")[("Q15031", "Q7747", "met")] == 1
    assert weight("reports")[("Q15031", "Q7747", "met")] == 2
    with pytest.raises(ValueError):
        actor_network(incident_store, count="mentions")


def test_stats_count_incidents_and_reports(incident_store):
    stats = incident_store.stats()
    assert stats["events"] == 11 and stats["incidents"] == 7
