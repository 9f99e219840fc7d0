"""The endpoint as researchers' own clients use it: SPARQLWrapper (every return format, with and
without ``setOnlyConneg``), rdflib's SPARQLStore, pyoxigraph (SERVICE) and this package's remote store;
HEAD, OPTIONS, the Host check and CORS."""
from __future__ import annotations

import csv
import io
import json
import urllib.parse

import pytest
from rdflib import Graph

from tests.endpoint_helpers import request as _request
from tests.endpoint_helpers import running

PERSONS = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT DISTINCT ?p WHERE { ?p a ckg:Person } ORDER BY ?p"
PERSON_IRIS = ["https://w3id.org/conflict-kg/id/Q3874799", "https://w3id.org/conflict-kg/id/Q7747"]
ASK = "ASK { ?s a <https://w3id.org/conflict-kg/ontology#Capture> }"
CONSTRUCT = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> CONSTRUCT { ?p a ckg:Person } WHERE { ?p a ckg:Person }"
DESCRIBE = "DESCRIBE <https://w3id.org/conflict-kg/id/Q7747>"


def _serve(store, **options):
    return running(store, timeout=10, max_rows=1000, workers=1, **options)


@pytest.fixture(scope="module")
def endpoint(fixture_store):
    with _serve(fixture_store) as server:
        yield server


# -- SPARQLWrapper ------------------------------------------------------------------------------
SW = pytest.importorskip("SPARQLWrapper")


def _rows(fmt, converted):
    """The ?p column of a SELECT answer, whatever the return format."""
    if fmt == SW.JSON:
        return [b["p"]["value"] for b in converted["results"]["bindings"]]
    if fmt == SW.XML:
        return [n.firstChild.data for n in converted.getElementsByTagName("uri")]
    text = converted.decode() if isinstance(converted, bytes) else converted
    if fmt == SW.CSV:
        return [r[0] for r in list(csv.reader(io.StringIO(text)))[1:]]
    return [line.strip("<>") for line in text.splitlines()[1:]]  # TSV: terms in N-Triples syntax


@pytest.mark.parametrize("only_conneg", [False, True])
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_sparqlwrapper_select(endpoint, fmt, method, only_conneg):
    sw = SW.SPARQLWrapper(endpoint.url + "/sparql")
    sw.setOnlyConneg(only_conneg)
    sw.setMethod(method)
    sw.setQuery(PERSONS)
    sw.setReturnFormat(fmt)
    assert _rows(fmt, sw.query().convert()) == PERSON_IRIS


@pytest.mark.parametrize("only_conneg", [False, True])
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_sparqlwrapper_ask(endpoint, fmt, only_conneg):
    sw = SW.SPARQLWrapper(endpoint.url + "/sparql")
    sw.setOnlyConneg(only_conneg)
    sw.setQuery(ASK)
    sw.setReturnFormat(fmt)
    got = sw.query().convert()
    assert (got["boolean"] if fmt == SW.JSON else got.getElementsByTagName("boolean")[0].firstChild.data == "true") is True


@pytest.mark.parametrize("only_conneg", [False, True])
@pytest.mark.parametrize("fmt", [None, "xml", "rdf+xml", "rdf", "turtle", "n3", "json-ld", "json"])
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
def test_sparqlwrapper_graph_formats(endpoint, query, fmt, only_conneg):
    sw = SW.SPARQLWrapper(endpoint.url + "/sparql")
    sw.setOnlyConneg(only_conneg)
    sw.setQuery(query)
    if fmt is not None:  # None: SPARQLWrapper's default for CONSTRUCT (RDF/XML)
        sw.setReturnFormat(fmt)
    got = sw.query().convert()
    if isinstance(got, bytes):  # Turtle/N3 come back as bytes
        got = Graph().parse(data=got.decode(), format="turtle")
    assert isinstance(got, Graph)
    subjects = sorted({str(s) for s in got.subjects()})
    assert subjects == (PERSON_IRIS if query == CONSTRUCT else [PERSON_IRIS[1]])


def test_sparqlwrapper_sends_duplicate_format_params(endpoint):
    # What SPARQLWrapper sends for TSV: format=tsv&format=text/tab-separated-values (&output=..&results=..).
    qs = urllib.parse.urlencode([("query", PERSONS), ("format", "tsv"), ("format", "text/tab-separated-values"),
                                 ("output", "tsv"), ("results", "")])
    status, headers, _body = _request(endpoint.url + "/sparql?" + qs)
    assert status == 200 and headers.get_content_type() == "text/tab-separated-values"
    qs = urllib.parse.urlencode([("query", PERSONS), ("format", "json"), ("format", "csv")])
    status, _h, body = _request(endpoint.url + "/sparql?" + qs)
    assert status == 400 and b"conflicting format parameters" in body


def test_sparqlwrapper_error_message(endpoint):
    sw = SW.SPARQLWrapper(endpoint.url + "/sparql")
    sw.setQuery("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    sw.setReturnFormat(SW.JSON)
    with pytest.raises(Exception, match="SERVICE is not allowed"):
        sw.query()


# -- rdflib SPARQLStore, pyoxigraph, the package's remote store -----------------------------------
def test_rdflib_sparqlstore(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(endpoint.url + "/sparql", returnFormat="json"))
    assert [str(r.p) for r in g.query(PERSONS)] == PERSON_IRIS
    assert bool(g.query(ASK).askAnswer) is True
    for method in ("GET", "POST"):  # the default return format, XML: SPARQL XML results or RDF/XML
        g = Graph(store=SPARQLStore(endpoint.url + "/sparql", method=method))
        assert [str(r.p) for r in g.query(PERSONS)] == PERSON_IRIS
        assert sorted({str(s) for s in g.query(CONSTRUCT).graph.subjects()}) == PERSON_IRIS


def test_pyoxigraph_service_client(endpoint):
    # pyoxigraph's own SPARQL client is its SERVICE support: a local store federating to the endpoint.
    import pyoxigraph as ox

    inner = PERSONS.split("SELECT", 1)[1].replace("ORDER BY ?p", "")
    q = f"PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?p WHERE {{ SERVICE <{endpoint.url}/sparql> {{ SELECT {inner} }} }} ORDER BY ?p"
    assert [s["p"].value for s in ox.Store().query(q)] == PERSON_IRIS


def test_remote_store_over_the_endpoint(endpoint):
    from conflict_kg.kg.query import result_rows, run_query
    from conflict_kg.kg.store import open_store

    store = open_store(f"sparql+{endpoint.url}/sparql", read_only=True)
    try:
        columns, rows = result_rows(run_query(store, PERSONS)[1])
        assert columns == ["p"] and [r[0] for r in rows] == PERSON_IRIS
    finally:
        store.close()


# -- HEAD, OPTIONS --------------------------------------------------------------------------------
def test_head_is_get_without_body(endpoint):
    url = endpoint.url + "/sparql?" + urllib.parse.urlencode({"query": PERSONS})
    status, headers, body = _request(url, method="HEAD")
    get_status, get_headers, get_body = _request(url)
    assert status == get_status == 200 and body == b""
    assert headers.get_content_type() == get_headers.get_content_type()
    assert int(headers["Content-Length"]) == len(get_body)
    status, headers, body = _request(endpoint.url + "/", method="HEAD")
    assert status == 200 and headers.get_content_type() == "text/html" and body == b""


def test_options(endpoint):
    status, headers, _b = _request(endpoint.url + "/sparql", method="OPTIONS")
    assert status == 204
    assert set(headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD", "POST", "OPTIONS"}
    assert "Access-Control-Allow-Origin" not in headers


# -- Host header and CORS -------------------------------------------------------------------------
@pytest.mark.parametrize("host", ["evil.example", "evil.example:7878", "127.0.0.1.evil.example", "localhost.evil"])
def test_foreign_host_header_is_refused(endpoint, host):
    url = endpoint.url + "/sparql?" + urllib.parse.urlencode({"query": PERSONS})
    status, _h, body = _request(url, headers={"Host": host})
    assert status == 403
    assert "--allow-host" in body.decode()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST:7878", "[::1]:80"])
def test_own_host_names_are_accepted(endpoint, host):
    url = endpoint.url + "/sparql?" + urllib.parse.urlencode({"query": PERSONS})
    assert _request(url, headers={"Host": host})[0] == 200


def test_allow_host_adds_a_name(fixture_store):
    with _serve(fixture_store, allow_hosts=("kg.lab.example",)) as server:
        url = server.url + "/sparql?" + urllib.parse.urlencode({"query": PERSONS})
        assert _request(url, headers={"Host": "kg.lab.example:8080"})[0] == 200
        assert _request(url, headers={"Host": "other.example"})[0] == 403


def test_cors_is_off_by_default(endpoint):
    url = endpoint.url + "/sparql?" + urllib.parse.urlencode({"query": PERSONS})
    status, headers, _b = _request(url, headers={"Origin": "https://yasgui.example"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers


def test_cors_for_the_origins_given(fixture_store):
    with _serve(fixture_store, cors=("https://yasgui.example",)) as server:
        url = server.url + "/sparql?" + urllib.parse.urlencode({"query": PERSONS})
        status, headers, body = _request(url, headers={"Origin": "https://yasgui.example"})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert [b["p"]["value"] for b in json.loads(body)["results"]["bindings"]] == PERSON_IRIS
        status, headers, _b = _request(server.url + "/sparql", method="OPTIONS",
                                       headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
                                                "Access-Control-Request-Headers": "content-type",
                                                "Access-Control-Request-Private-Network": "true"})
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]
        assert headers["Access-Control-Allow-Private-Network"] == "true"
        assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
        status, headers, _b = _request(url, headers={"Origin": "https://other.example"})
        assert status == 200 and "Access-Control-Allow-Origin" not in headers


def test_cli_serve_passes_the_safety_options(fixture_store, tmp_path):
    """`conflict-kg serve --allow-host --cors --memory-limit` reach the server (a real process, stopped after)."""
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, "-m", "conflict_kg.cli", "serve", "--store", str(fixture_store.path),
                             "--port", str(port), "--workers", "1", "--allow-host", "kg.lab.example",
                             "--cors", "https://yasgui.example", "--memory-limit", "512"],
                            cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": PERSONS})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                status, headers, _b = _request(url, headers={"Host": "kg.lab.example", "Origin": "https://yasgui.example"})
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the server did not start")
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert _request(url, headers={"Host": "evil.example"})[0] == 403
    finally:
        proc.terminate()
        proc.wait(20)
