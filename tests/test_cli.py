"""Each CLI command is a thin call into the library; tested with click's CliRunner."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from conflict_kg.cli import main
from tests.test_queries import CONTRACT



@pytest.fixture(scope="module")
def store_path(fixture_store):
    return str(fixture_store.path)


@pytest.mark.parametrize(("name", "header"), sorted(CONTRACT.items()))
def test_contract_query_headers(store_path, name, header):
    result = CliRunner().invoke(main, ["query", name, "--store", store_path, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == header
    assert len(result.output.splitlines()) > 1


def test_query_with_param_and_json(store_path):
    result = CliRunner().invoke(
        main, ["query", "events", "--store", store_path, "--format", "json", "--param", "type=Capture", "--param", "status=all"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["type"], r["location_labels"]) for r in rows] == [("Capture", "Pokrovsk")]


def test_query_inline_and_table(store_path):
    q = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?s a ckg:Claim }"
    result = CliRunner().invoke(main, ["query", "-e", q, "--store", store_path])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2].strip() == "2"
    assert "(1 row)" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "nosuchquery"], "no query named 'nosuchquery'"),
        (["query", "events", "--param", "nope=1"], "has no parameter 'nope'"),
        (["query", "events", "--param", "since=yesterday"], "not an ISO date"),
        (["query", "events", "--param", "noequals"], "name=value"),
        (["query", "-e", "SELECT WHERE {"], "syntax"),
    ],
)
def test_query_errors_are_clear(store_path, args, message):
    result = CliRunner().invoke(main, args + ["--store", store_path])
    assert result.exit_code != 0
    assert message.lower() in result.output.lower()


def test_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--store", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_stats(store_path):
    result = CliRunner().invoke(main, ["stats", "--store", store_path])
    assert result.exit_code == 0, result.output
    counts = dict(line.split()[:2] for line in result.output.splitlines() if line.strip() and len(line.split()) >= 2)
    assert counts["documents"] == "2" and counts["statements"] == "2"
    assert "actor communities (Louvain):" in result.output
    assert "Vladimir Putin" in result.output.split("actor communities", 1)[1]


def test_validate(store_path):
    result = CliRunner().invoke(main, ["validate", "--store", store_path])
    assert result.exit_code == 0, result.output
    assert "conforms: 2 documents" in result.output


def test_queries_lists_shipped_queries():
    result = CliRunner().invoke(main, ["queries"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert set(CONTRACT) <= set(names)


def test_summarize_restores_a_dropped_summary(tmp_path):
    from conflict_kg.kg.rdf import document_graph
    from conflict_kg.kg.store import KGStore
    from tests.fixture_records import RESOLUTIONS, fixture_records

    path = tmp_path / "s"
    with KGStore(path) as store:  # documents written without a build: no summary yet
        for rec in fixture_records():
            store.put_document(rec.doc.id, document_graph(rec, RESOLUTIONS))
    empty = CliRunner().invoke(main, ["query", "entities", "--store", str(path), "--format", "csv"])
    assert empty.exit_code == 0 and len(empty.output.strip().splitlines()) == 1  # header only
    result = CliRunner().invoke(main, ["summarize", "--store", str(path)])
    assert result.exit_code == 0, result.output
    assert "summary recomputed" in result.output
    full = CliRunner().invoke(main, ["query", "entities", "--store", str(path), "--format", "csv"])
    assert len(full.output.strip().splitlines()) > 5


def test_summarize_on_a_new_directory_makes_an_empty_store(tmp_path):
    result = CliRunner().invoke(main, ["summarize", "--store", str(tmp_path / "nope" / "x")])
    # A new directory is a new, empty store: nothing to summarize, still a success.
    assert result.exit_code == 0, result.output
