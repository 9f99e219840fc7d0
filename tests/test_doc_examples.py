"""Every example in README.md and docs/ontology.md runs: SPARQL blocks are parsed and run on the
fixture store (rows come back, none twice), Turtle blocks parse and use only ontology terms, the
README's ``conflict-kg query`` lines run, and the client examples (curl, SPARQLWrapper) run against
a live endpoint."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from conflict_kg.cli import main
from conflict_kg.kg.query import result_rows
from tests.endpoint_helpers import running

ROOT = Path(__file__).resolve().parents[1]
DOCS = {name: (ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "docs/ontology.md")}
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)
#: Rows some examples give on the fixture store (tests/fixture_records.py); the others must give at least one.
EXPECTED_ROWS = {
    "?speaker ?role ?date ?quote": 2,    # Zelenskyy on Pokrovsk; the Ukrainian army's statement
    "FROM <https://w3id.org/conflict-kg/graph/fixture/en>": 8,
    "geof:distance": 4,                  # Pokrovsk (538 km from Kyiv), its raion and oblast, Ukraine
}


def _blocks(lang: str) -> list[tuple[str, int, str]]:
    return [(name, i, m.group(2)) for name, text in DOCS.items()
            for i, m in enumerate(m for m in _BLOCK.finditer(text) if m.group(1) == lang)]


SPARQL = _blocks("sparql")
TURTLE = _blocks("turtle")


def test_examples_found():
    assert len(SPARQL) >= 6 and len(TURTLE) >= 1


@pytest.mark.parametrize(("doc", "index", "query"), SPARQL, ids=[f"{d}-{i}" for d, i, _q in SPARQL])
def test_sparql_example_runs(fixture_store, doc, index, query):
    columns, rows = result_rows(fixture_store.query(query))
    assert rows, f"{doc} example {index} gives no rows on the fixture store"
    assert len({tuple(r) for r in rows}) == len(rows), f"{doc} example {index} gives a row twice: {rows}"
    for marker, count in EXPECTED_ROWS.items():
        if marker in query:
            assert len(rows) == count, (marker, rows)


@pytest.mark.parametrize(("doc", "index", "text"), TURTLE, ids=[f"{d}-{i}" for d, i, _t in TURTLE])
def test_turtle_example_parses_with_ontology_terms(doc, index, text):
    from conflict_kg.kg.vocab import ontology_graph
    from conflict_kg.ontology import NAMESPACE

    g = Graph().parse(data=text, format="turtle")
    assert len(g) > 10
    defined = set(ontology_graph().subjects())
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(NAMESPACE)}
    assert used and used <= defined, sorted(used - defined)


def _query_lines() -> list[str]:
    lines = []
    for _doc, _i, block in _blocks("sh"):
        lines += [ln for ln in block.splitlines() if ln.startswith("conflict-kg query ")]
    return lines


#: README query commands whose answer on the fixture store is legitimately empty (the header only).
EMPTY_ON_FIXTURE = {"conflict-kg query unresolved --store kg.db --format csv --param type=Person"}  # no minted persons


@pytest.mark.parametrize("line", _query_lines())
def test_readme_query_commands_run(fixture_store, line):
    args = shlex.split(line, comments=True)[1:]
    args = [str(fixture_store.path) if a == "kg.db" else a for a in args]
    got = CliRunner().invoke(main, args)
    assert got.exit_code == 0, got.output
    body = [ln for ln in got.output.splitlines() if ln.strip()]
    assert len(body) >= (1 if line in EMPTY_ON_FIXTURE else 2), got.output  # a header and (mostly) rows


@pytest.fixture(scope="module")
def live(fixture_store):
    with running(fixture_store, timeout=10, workers=1) as server:
        yield server


def _client_section() -> str:
    text = DOCS["README.md"]
    start = text.index("### Using your own SPARQL client")
    return text[start:text.index("\n## ", start)]


def test_readme_curl_examples(live):
    lines = [ln for _d, _i, b in _blocks("sh") for ln in b.splitlines() if ln.startswith("curl ")
             if ln in _client_section()]
    assert len(lines) == 2
    outputs = []
    for line in lines:
        args = [a.replace("http://127.0.0.1:7878", live.url) for a in shlex.split(line)]
        proc = subprocess.run(args + ["--fail", "--max-time", "30"], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0].splitlines() == ["p", "https://w3id.org/conflict-kg/id/Q3874799", "https://w3id.org/conflict-kg/id/Q7747"]
    assert int(json.loads(outputs[1])["results"]["bindings"][0]["n"]["value"]) > 10


def test_readme_sparqlwrapper_example(live):
    pytest.importorskip("SPARQLWrapper")
    (code,) = [b for d, _i, b in _blocks("python") if b in _client_section()]
    scope: dict = {}
    exec(compile(code.replace("http://127.0.0.1:7878", live.url), "README-example", "exec"), scope)  # noqa: S102
    assert [r["type"]["value"] for r in scope["rows"]] == ["https://w3id.org/conflict-kg/ontology#Capture"]
