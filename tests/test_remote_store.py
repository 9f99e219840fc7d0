"""The remote store backend (``sparql+http://``) against a real Oxigraph server started on loopback."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from conflict_kg.kg.incident_graph import refresh_incidents
from conflict_kg.kg.query import result_rows, run_query
from conflict_kg.kg.rdf import document_graph, split_entity_triples
from conflict_kg.kg.store import RemoteStore, StoreError, StoreVersionError, open_store
from tests.fixture_records import RESOLUTIONS, fixture_records


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve`` on 127.0.0.1 with its own data directory."""

    def __init__(self, location: Path):
        binary = _oxigraph_binary()
        if binary is None:
            pytest.skip("the oxigraph server binary is not installed (pip install oxigraph==0.5.13)")
        self.port = _free_port()
        self.http = f"http://127.0.0.1:{self.port}"
        self.url = f"sparql+{self.http}"
        self.process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited: {self.process.stderr.read().decode()[-500:]}")
            try:
                urllib.request.urlopen(self.http + "/query?query=" + urllib.parse.quote("ASK {}"), timeout=2).read()
                return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("oxigraph serve did not answer within 30 s")

    def update(self, text: str) -> None:
        req = urllib.request.Request(self.http + "/update", data=text.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
        urllib.request.urlopen(req, timeout=10).read()

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


@pytest.fixture
def oxigraph(tmp_path):
    server = OxigraphServer(tmp_path / "oxigraph")
    yield server
    server.stop()


def _fill(store) -> None:
    for records in fixture_records():
        store.put_document(records.doc.id, document_graph(records, RESOLUTIONS))
    store.refresh_summary()  # what a build does last; on a server it is one update request
    refresh_incidents(store)  # and then the incidents (SPARQL updates on a server)


def _rows(store, name, params=None):
    _spec, result = run_query(store, name, params)
    return result_rows(result)


def test_backend_is_registered(oxigraph):
    with open_store(oxigraph.url) as store:
        assert isinstance(store, RemoteStore)
        assert store.query_url == oxigraph.http + "/query" and store.update_url == oxigraph.http + "/update"


def test_remote_store_matches_embedded_store(oxigraph, fixture_store):
    with open_store(oxigraph.url) as remote:
        _fill(remote)
        assert remote.document_hashes() == fixture_store.document_hashes()
        assert remote.stats() == fixture_store.stats()
        for name in ("statements", "events", "claims", "entities", "places", "roles", "contested_claims", "provenance"):
            cols, rows = _rows(remote, name)
            assert (cols, rows) == _rows(fixture_store, name), name
        speaker = {"speaker": "https://w3id.org/conflict-kg/id/Q3874799"}
        assert _rows(remote, "statements", speaker) == _rows(fixture_store, "statements", speaker)
        assert isomorphic(remote.document_graph("fixture/ja"), fixture_store.document_graph("fixture/ja"))


def test_put_document_replaces_and_remove_drops(oxigraph):
    with open_store(oxigraph.url) as store:
        _fill(store)
        before = len(store)
        _fill(store)  # a rebuild replaces each graph, it does not add to it
        assert len(store) == before
        en = fixture_records()[1]
        store.remove_document(en.doc.id)
        assert set(store.document_hashes()) == {"fixture/ja"}
        # The document's own triples go; entity descriptions stay in the shared entities graph.
        doc_part, _entity_part = split_entity_triples(document_graph(en, RESOLUTIONS))
        assert len(store) == before - len(doc_part)
        store.remove_document("no/such/doc")  # silent


def test_read_only_remote_store_refuses_writes(oxigraph):
    with open_store(oxigraph.url) as store:
        _fill(store)
    with open_store(oxigraph.url, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.remove_document("fixture/ja")
        assert len(store.document_hashes()) == 2


def test_foreign_data_is_refused(oxigraph):
    oxigraph.update("INSERT DATA { GRAPH <urn:other> { <urn:a> <urn:b> <urn:c> } }")
    with pytest.raises(StoreVersionError, match="not written by conflict-kg"):
        open_store(oxigraph.url, read_only=True)


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot reach SPARQL server"):
        open_store(f"sparql+http://127.0.0.1:{_free_port()}", read_only=True)


@pytest.mark.parametrize("url", ["sparql+http://", "sparql+ftp://host", "sparql+http:///path"])
def test_bad_urls(url):
    with pytest.raises(StoreError):
        open_store(url)


def test_endpoint_serves_a_remote_store(oxigraph, fixture_store):
    from conflict_kg.kg.endpoint import make_server

    with open_store(oxigraph.url) as store:
        _fill(store)
    server = make_server(oxigraph.url, port=0, timeout=10, workers=1)
    import threading

    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        q = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT DISTINCT ?p WHERE { ?p a ckg:Person } ORDER BY ?p"
        with urllib.request.urlopen(server.url + "/sparql?" + urllib.parse.urlencode({"query": q}), timeout=30) as resp:
            got = [b["p"]["value"] for b in json.loads(resp.read())["results"]["bindings"]]
        assert got == ["https://w3id.org/conflict-kg/id/Q3874799", "https://w3id.org/conflict-kg/id/Q7747"]
    finally:
        server.shutdown()
        thread.join(5)
        server.close()


def test_cli_query_reads_a_remote_store(oxigraph, fixture_store):
    from click.testing import CliRunner

    from conflict_kg.cli import main

    with open_store(oxigraph.url) as store:
        _fill(store)
    remote = CliRunner().invoke(main, ["query", "statements", "--store", oxigraph.url, "--format", "csv"])
    embedded = CliRunner().invoke(main, ["query", "statements", "--store", str(fixture_store.path), "--format", "csv"])
    assert remote.exit_code == 0, remote.output
    assert remote.output == embedded.output
    assert remote.output.count("\n") == 3


def test_seeds_build_into_oxigraph_server_like_embedded(oxigraph, shared_dir, tmp_path):
    """``build --store sparql+http://…`` gives the same statements as the embedded store."""
    from click.testing import CliRunner

    from conflict_kg.cli import main

    seeds = shared_dir / "seeds" / "seeds.jsonl"
    if not seeds.exists():
        pytest.skip(f"{seeds} is absent")
    embedded = tmp_path / "embedded"
    runner = CliRunner()
    for store in (str(embedded), oxigraph.url):
        out = runner.invoke(main, ["build", str(seeds), "--store", store, "--quiet"])
        assert out.exit_code == 0, out.output
        assert out.output.startswith("built 3 documents")
    with open_store(embedded, read_only=True) as local, open_store(oxigraph.url, read_only=True) as remote:
        local_rows = _rows(local, "statements")
        assert len(local_rows[1]) > 20
        assert _rows(remote, "statements") == local_rows
        assert remote.stats() == local.stats()
