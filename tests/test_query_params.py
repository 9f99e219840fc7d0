"""Forgiving query parameters: class names in any case; entities by IRI, Q-id or label; clear errors."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conflict_kg.cli import main
from conflict_kg.kg.query import QueryError, result_rows, run_query

ENT = "https://w3id.org/conflict-kg/id/"
ZELENSKYY = ENT + "Q3874799"


def _rows(store, name, params):
    return result_rows(run_query(store, name, params)[1])[1]


@pytest.mark.parametrize(("query", "typed", "canonical"), [
    ("events", "attack", "Attack"),
    ("events", "ATTACK", "Attack"),
    ("undisputed_events", "capture", "Capture"),
    ("events_per_week", "Attack", "Attack"),
    ("entities", "person", "Person"),
    ("unresolved", "militaryunit", "MilitaryUnit"),
])
def test_types_match_case_insensitively(fixture_store, query, typed, canonical):
    want = _rows(fixture_store, query, {"type": canonical})
    assert _rows(fixture_store, query, {"type": typed}) == want


@pytest.mark.parametrize(("query", "typed", "message"), [
    ("events", "Atack", "did you mean: Attack"),
    ("events", "Person", "not a known event class"),
    ("entities", "Attack", "not a known entity class"),
    ("entities", "persn", "did you mean: Person"),
])
def test_unknown_types_are_errors_with_close_matches(fixture_store, query, typed, message):
    with pytest.raises(QueryError, match=message):
        run_query(fixture_store, query, {"type": typed})


@pytest.mark.parametrize(("query", "name", "typed", "canonical"), [
    ("claims", "stance", "Denies", "denies"),
    ("claims", "stance", "DENIES", "denies"),
    ("events", "status", "Claimed", "claimed"),
    ("events", "status", "ALL", "all"),
])
def test_enumerated_values_match_case_insensitively(fixture_store, query, name, typed, canonical):
    want = _rows(fixture_store, query, {name: canonical})
    assert want and _rows(fixture_store, query, {name: typed}) == want


@pytest.mark.parametrize(("query", "name", "typed", "message"), [
    ("claims", "stance", "deny", "did you mean: denies"),
    ("claims", "stance", "all", "not a stance"),
    ("events", "status", "claim", "did you mean: claimed"),
])
def test_unknown_enumerated_values_are_errors(fixture_store, query, name, typed, message):
    with pytest.raises(QueryError, match=message):
        run_query(fixture_store, query, {name: typed})


@pytest.mark.parametrize("person", [
    ZELENSKYY, "Q3874799", "q3874799", "ent:Q3874799", "wd:Q3874799", "http://www.wikidata.org/entity/Q3874799",
    "Volodymyr Zelenskyy", "volodymyr zelenskyy",
])
def test_entities_by_iri_qid_or_label(fixture_store, person):
    want = _rows(fixture_store, "person_said", {"person": ZELENSKYY})
    assert want  # the fixture has what he said
    assert _rows(fixture_store, "person_said", {"person": person}) == want


def test_unknown_entity_names_close_matches(fixture_store):
    with pytest.raises(QueryError, match="no entity is labelled 'Zelenskyi'.*close matches: .*'Zelensky'"):
        run_query(fixture_store, "person_said", {"person": "Zelenskyi"})


@pytest.mark.parametrize(("typed", "message"), [
    ("fixture/EN", "no document has the identifier 'fixture/EN'.*close matches: 'fixture/en'"),
    ("nothing/here", "no document has the identifier 'nothing/here' \\(2 documents\\)"),
])
def test_unknown_document_ids_are_errors(fixture_store, typed, message):
    with pytest.raises(QueryError, match=message):
        run_query(fixture_store, "provenance", {"doc_id": typed})


def test_known_document_id_is_kept(fixture_store):
    assert {row[2] for row in _rows(fixture_store, "provenance", {"doc_id": "fixture/en"})} == {"fixture/en"}


def test_iri_not_in_the_store_is_an_error(fixture_store):
    with pytest.raises(QueryError, match="not in the store"):
        run_query(fixture_store, "events", {"place": ENT + "Q999999999"})


def test_ambiguous_label_lists_the_entities(tmp_path):
    from conflict_kg.kg.store import KGStore

    with KGStore(tmp_path / "s") as store:
        store.update("""INSERT DATA { GRAPH <https://w3id.org/conflict-kg/graph/entities> {
            <https://w3id.org/conflict-kg/id/Q1> <http://www.w3.org/2004/02/skos/core#prefLabel> "Kim"@en .
            <https://w3id.org/conflict-kg/id/Q2> <http://www.w3.org/2004/02/skos/core#altLabel> "kim"@ja } }""")
        with pytest.raises(QueryError, match="names 2 entities.*id/Q1, .*id/Q2"):
            run_query(store, "person_said", {"person": "Kim"})


def test_cli_accepts_forgiving_values(fixture_store):
    runner = CliRunner()
    got = runner.invoke(main, ["query", "events", "--store", str(fixture_store.path), "-p", "type=attack", "--format", "csv"])
    want = runner.invoke(main, ["query", "events", "--store", str(fixture_store.path), "-p", "type=Attack", "--format", "csv"])
    assert got.exit_code == 0 and got.output == want.output and len(got.output.splitlines()) > 1
    got = runner.invoke(main, ["query", "person_said", "--store", str(fixture_store.path), "-p", "person=Q3874799"])
    assert got.exit_code == 0 and "Pokrovsk" in got.output
    bad = runner.invoke(main, ["query", "events", "--store", str(fixture_store.path), "-p", "type=atack"])
    assert bad.exit_code != 0 and "did you mean: Attack" in bad.output
