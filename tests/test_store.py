"""The Oxigraph store: atomic per-document replacement, hashes, read-only, locks, format versions."""
from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Literal, URIRef

from conflict_kg.kg.rdf import META_GRAPH, document_graph, graph_iri, split_entity_triples
from conflict_kg.kg.store import KGStore, StoreError, StoreLocked, StoreVersionError, open_store, with_bindings
from tests.fixture_records import RESOLUTIONS, fixture_records


def _fill(path):
    with KGStore(path) as store:
        for rec in fixture_records():
            store.put_document(rec.doc.id, document_graph(rec, RESOLUTIONS))


def test_put_document_records_hashes_and_graphs(tmp_path):
    _fill(tmp_path / "s")
    with KGStore(tmp_path / "s", read_only=True) as store:
        recs = fixture_records()
        assert store.document_hashes() == {r.doc.id: r.doc.sha256 for r in recs}
        g = store.document_graph("fixture/ja", with_entities=False)
        assert g.identifier == graph_iri("fixture/ja")
        doc_part, entity_part = split_entity_triples(document_graph(recs[0], RESOLUTIONS))
        assert set(g) == set(doc_part)
        # Entity descriptions live once in the shared entities graph, and come back with the document.
        full = store.document_graph("fixture/ja")
        assert set(entity_part) <= set(full) and set(doc_part) <= set(full)


def test_entity_descriptions_are_stored_once(tmp_path):
    _fill(tmp_path / "s")
    with KGStore(tmp_path / "s", read_only=True) as store:
        rows = list(store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { <https://w3id.org/conflict-kg/id/Q3874799> "
            "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"))
        # Zelensky is named in both fixture documents; his two labels (en, ja) count once each.
        assert int(rows[0][0]) == 2


def test_replacing_a_document_replaces_only_its_graph(tmp_path):
    path = tmp_path / "s"
    _fill(path)
    ja, en = fixture_records()
    with KGStore(path) as store:
        before_en = len(store.document_graph("fixture/en"))
        ja.doc.text = ja.doc.text + "追記。"
        ja.statements = []
        store.put_document(ja.doc.id, document_graph(ja, RESOLUTIONS))
        assert store.document_hashes()["fixture/ja"] == ja.doc.sha256
        assert len(store.document_graph("fixture/en")) == before_en
        rows = list(store.query("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?s WHERE { ?s a ckg:Statement }"))
        assert [str(r.s) for r in rows] == ["https://w3id.org/conflict-kg/doc/fixture/en#statement-0"]


def test_remove_document(tmp_path):
    path = tmp_path / "s"
    _fill(path)
    with KGStore(path) as store:
        store.remove_document("fixture/en")
        store.remove_document("never-there")
        assert list(store.document_hashes()) == ["fixture/ja"]


def test_read_only_store_refuses_writes_and_missing_store_is_clear(tmp_path):
    path = tmp_path / "s"
    _fill(path)
    with KGStore(path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.remove_document("fixture/en")
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "missing", read_only=True)


def test_second_writer_gets_a_clear_lock_error(tmp_path):
    path = tmp_path / "s"
    with KGStore(path):
        code = (
            "import sys\nfrom conflict_kg.kg.store import KGStore, StoreLocked\n"
            f"try:\n    KGStore({str(path)!r})\nexcept StoreLocked as e:\n    print('LOCKED', e); sys.exit(3)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(_root()))
    assert proc.returncode == 3, proc.stderr
    assert "in use by another writer" in proc.stdout


def test_store_from_another_format_version_is_refused(tmp_path):
    path = tmp_path / "s"
    with KGStore(path) as store:
        store._ox.update(f'DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }}')
        store._ox.update(f'INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <https://w3id.org/conflict-kg/ontology#storeVersion> "0" }} }}')
    with pytest.raises(StoreVersionError, match="format version 0"):
        KGStore(path)


def test_stats_counts_records(fixture_store):
    stats = fixture_store.stats()
    assert stats["documents"] == 2
    assert stats["statements"] == 2 and stats["events"] == 3 and stats["claims"] == 2
    # Pokrovsk spelled two ways is one place; its raion and oblast are places too (ckg:locatedIn)
    assert stats["places"] == 7


@pytest.mark.parametrize(
    "value",
    [Literal('x" } ; DROP ALL ; #'), Literal("改行\n付き"), URIRef("https://example.org/a#b")],
)
def test_bindings_are_serialized_terms_not_raw_text(fixture_store, value):
    q = with_bindings("SELECT ?v WHERE { }", {"v": value})
    rows = list(fixture_store.query("SELECT ?v WHERE { }", {"v": value}))
    assert "VALUES (?v)" in q
    assert [(type(r.v), str(r.v)) for r in rows] == [(type(value), str(value))]


def test_bad_binding_names_are_rejected():
    with pytest.raises(ValueError):
        with_bindings("SELECT ?v WHERE { }", {"v) { } } DROP ALL #": Literal("x")})


def _root():
    from pathlib import Path

    return Path(__file__).resolve().parents[1]


_MENTIONS = """
SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m <https://w3id.org/conflict-kg/ontology#mentionOf> ?e } GROUP BY ?e
"""
_SUMMARY = """
SELECT ?e ?n WHERE { GRAPH <https://w3id.org/conflict-kg/graph/summary> {
  ?e <https://w3id.org/conflict-kg/ontology#mentionCount> ?n } }
"""


def _counts(store, query):
    return {str(r[0]): int(r[1]) for r in store.query(query)}


def test_summary_counts_every_mention_and_is_refreshed_by_each_changing_build(tmp_path):
    import shutil
    from pathlib import Path

    from conflict_kg.pipeline import build

    samples = sorted((Path(__file__).resolve().parents[1] / "samples" / "en").glob("*.txt"))
    assert len(samples) >= 2, samples
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(samples[0], docs)
    build([docs], tmp_path / "s", lang="en")
    with KGStore(tmp_path / "s", read_only=True) as store:
        first = _counts(store, _SUMMARY)
        assert first == _counts(store, _MENTIONS) and sum(first.values()) >= 5
    shutil.copy(samples[1], docs)
    build([docs], tmp_path / "s", lang="en")
    with KGStore(tmp_path / "s", read_only=True) as store:
        second = _counts(store, _SUMMARY)
        assert second == _counts(store, _MENTIONS)
        assert sum(second.values()) > sum(first.values())


def _one_document_store(tmp_path):
    """A store built from one short English document; returns (documents dir, store path)."""
    from conflict_kg.pipeline import build

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Zelenskyy visited Kharkiv on Monday.", encoding="utf-8")
    build([docs], tmp_path / "s", lang="en")
    return docs, tmp_path / "s"


def test_an_interrupted_build_leaves_no_stale_summary_and_the_next_build_restores_it(tmp_path):
    from conflict_kg.pipeline import build

    docs, path = _one_document_store(tmp_path)
    with KGStore(path) as store:
        assert store.summary_current()
        # What a build does before its first write; a crash after it leaves no summary at all.
        store.invalidate_summary()
        assert not store.summary_current()
    summary = build([docs], path, lang="en")  # nothing changed, but the summary is missing
    assert summary.built == 0 and summary.unchanged == 1
    with KGStore(path, read_only=True) as store:
        assert store.summary_current() and _counts(store, _SUMMARY) == _counts(store, _MENTIONS)


def test_an_empty_store_needs_no_summary(tmp_path):
    with KGStore(tmp_path / "s") as store:
        assert store.summary_current()


_DAY_COUNTS = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?d ?cls ?n WHERE { GRAPH <https://w3id.org/conflict-kg/graph/summary> {
  ?c a ckg:EventDayCount ; ckg:day ?d ; ckg:eventClass ?cls ; ckg:eventCount ?n } }
"""
_EVENT_DAYS = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?d ?cls (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e ckg:status ?s ; a ?cls ; ckg:date ?d . FILTER(DATATYPE(?d) = <http://www.w3.org/2001/XMLSchema#date>)
} GROUP BY ?d ?cls
"""
_DISPLAY = """
SELECT ?e ?l WHERE { GRAPH <https://w3id.org/conflict-kg/graph/summary> {
  ?e <https://w3id.org/conflict-kg/ontology#displayLabel> ?l } }
"""


def test_summary_holds_one_display_label_per_entity_english_first_and_per_day_event_counts(fixture_store):
    rows = {(str(r[0]), str(r[1])): int(r[2]) for r in fixture_store.query(_DAY_COUNTS)}
    direct = {(str(r[0]), str(r[1])): int(r[2]) for r in fixture_store.query(_EVENT_DAYS)}
    assert rows == direct and len(rows) >= 2, rows
    labels: dict[str, list] = {}
    for e, lab in fixture_store.query(_DISPLAY):
        labels.setdefault(str(e), []).append(lab)
    assert all(len(v) == 1 for v in labels.values()), labels
    kyiv = labels["https://w3id.org/conflict-kg/id/Q1899"][0]
    assert (str(kyiv), kyiv.language) == ("Kyiv", "en")  # it has キーウ@ja too
    # An entity known only by its Japanese name keeps that name.
    assert any(v[0].language == "ja" for v in labels.values()), labels


def test_a_summary_of_an_older_layout_is_recomputed_by_the_next_build(tmp_path):
    from conflict_kg.pipeline import build
    from conflict_kg.kg.updates import SUMMARY_VERSION

    docs, path = _one_document_store(tmp_path)
    with KGStore(path) as store:
        # What an older conflict-kg left: a summary without the version (and without display labels).
        store.update("""DELETE WHERE { GRAPH <https://w3id.org/conflict-kg/graph/summary> {
            <https://w3id.org/conflict-kg/graph/summary> <https://w3id.org/conflict-kg/ontology#summaryVersion> ?v } } ;
            DELETE WHERE { GRAPH <https://w3id.org/conflict-kg/graph/summary> { ?e <https://w3id.org/conflict-kg/ontology#displayLabel> ?l } }""")
        assert not store.summary_current()
    summary = build([docs], path, lang="en")
    assert summary.built == 0 and summary.unchanged == 1
    with KGStore(path, read_only=True) as store:
        assert store.summary_current() and SUMMARY_VERSION == "2"
        # Kharkiv and the places that contain it (ckg:locatedIn: raion, oblast, country)
        assert sorted(str(r[1]) for r in store.query(_DISPLAY)) == ["Kharkiv", "Kharkiv Oblast", "Kharkiv Raion",
                                                                    "Ukraine"]
