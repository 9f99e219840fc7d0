"""The SPARQL endpoint, driven over loopback by real clients (urllib, http.client, SPARQLWrapper, Chromium)."""
from __future__ import annotations

import csv
import http.client
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph

from conflict_kg.kg.endpoint import check_query, check_update, make_server, negotiate, RefusedRequest
from tests.endpoint_helpers import request as _request

TOKEN = "s3cret-token-for-tests"
MAX_ROWS = 50
MAX_BODY = 20_000
TIMEOUT = 2.0
PERSONS = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT DISTINCT ?p WHERE { ?p a ckg:Person } ORDER BY ?p"
PERSON_IRIS = ["https://w3id.org/conflict-kg/id/Q3874799", "https://w3id.org/conflict-kg/id/Q7747"]
CONSTRUCT = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> CONSTRUCT { ?p a ckg:Person } WHERE { ?p a ckg:Person }"
# Four-way cross product of ~450 quads: ~4e10 rows, far past any time limit.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _start(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


@pytest.fixture(scope="module")
def endpoint(fixture_store):
    """A read-only endpoint over the fixture store."""
    server = make_server(fixture_store, port=0, timeout=TIMEOUT, max_rows=MAX_ROWS, max_body=MAX_BODY)
    thread = _start(server)
    yield server
    server.shutdown()
    thread.join(5)
    server.close()


@pytest.fixture(scope="module")
def writable_endpoint(tmp_path_factory):
    """An endpoint started with updates allowed (and a token) over its own copy of the fixture."""
    from conflict_kg.kg.rdf import document_graph
    from conflict_kg.kg.store import KGStore
    from tests.fixture_records import RESOLUTIONS, fixture_records

    path = tmp_path_factory.mktemp("writable") / "store"
    with KGStore(path) as store:
        for records in fixture_records():
            store.put_document(records.doc.id, document_graph(records, RESOLUTIONS))
    server = make_server(str(path), port=0, timeout=TIMEOUT, max_rows=MAX_ROWS, max_body=MAX_BODY,
                         allow_update=True, token=TOKEN)
    thread = _start(server)
    yield server
    server.shutdown()
    thread.join(5)
    server.close()


def _get(server, query, accept=None, path="/sparql", **extra):
    qs = urllib.parse.urlencode({"query": query, **extra})
    return _request(f"{server.url}{path}?{qs}", headers={"Accept": accept} if accept else {})


def _count(server):
    status, _h, body = _get(server, COUNT_ALL, "application/sparql-results+json")
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def _json_column(body, var):
    return [b[var]["value"] for b in json.loads(body)["results"]["bindings"]]


# -- protocol and content negotiation ---------------------------------------------
@pytest.mark.parametrize(
    ("accept", "ctype"),
    [
        (None, "application/sparql-results+json"),
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_select_content_negotiation(endpoint, accept, ctype):
    status, headers, body = _get(endpoint, PERSONS, accept)
    assert status == 200
    assert headers.get_content_type() == ctype
    if ctype == "application/sparql-results+json":
        assert _json_column(body, "p") == PERSON_IRIS
    elif ctype == "application/sparql-results+xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        assert [u.text for u in root.findall(".//r:result/r:binding/r:uri", ns)] == PERSON_IRIS
    elif ctype == "text/csv":
        assert list(csv.reader(io.StringIO(body.decode()))) == [["p"]] + [[i] for i in PERSON_IRIS]
    else:
        assert body.decode().splitlines() == ["?p"] + [f"<{i}>" for i in PERSON_IRIS]


@pytest.mark.parametrize(
    ("accept", "ctype", "rdflib_format"),
    [
        (None, "text/turtle", "turtle"),
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
    ],
)
def test_construct_content_negotiation(endpoint, accept, ctype, rdflib_format):
    status, headers, body = _get(endpoint, CONSTRUCT, accept)
    assert status == 200
    assert headers.get_content_type() == ctype
    g = Graph().parse(data=body.decode(), format=rdflib_format)
    assert sorted(str(s) for s in g.subjects()) == PERSON_IRIS


def test_format_parameter_overrides_accept(endpoint):
    status, headers, body = _get(endpoint, PERSONS, "application/sparql-results+json", format="csv")
    assert status == 200 and headers.get_content_type() == "text/csv"
    assert body.decode().splitlines()[0] == "p"


def test_unacceptable_type_is_406(endpoint):
    status, _h, body = _get(endpoint, CONSTRUCT, "text/csv")
    assert status == 406
    assert b"text/turtle" in body


def test_ask(endpoint):
    status, _h, body = _get(endpoint, "ASK { ?s a <https://w3id.org/conflict-kg/ontology#Meeting> }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_post_direct_and_form(endpoint):
    direct = _request(endpoint.url + "/sparql", data=PERSONS.encode(), method="POST",
                      headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    form = _request(endpoint.url + "/sparql", data=urllib.parse.urlencode({"query": PERSONS}).encode(), method="POST",
                    headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    for status, _h, body in (direct, form):
        assert status == 200
        assert _json_column(body, "p") == PERSON_IRIS


def test_default_graph_uri_restricts_the_dataset(endpoint):
    q = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?s WHERE { ?s a ckg:Statement }"
    status, _h, body = _get(endpoint, q, **{"default-graph-uri": "https://w3id.org/conflict-kg/graph/fixture/en"})
    assert status == 200
    assert _json_column(body, "s") == ["https://w3id.org/conflict-kg/doc/fixture/en#statement-0"]


# -- the dataset: FROM / FROM NAMED and the protocol's graphs (SPARQL 1.1) ---------------------------
EN_GRAPH = "https://w3id.org/conflict-kg/graph/fixture/en"
COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
COUNT_NAMED = "SELECT (COUNT(DISTINCT ?g) AS ?n) {} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"


def _n(server, query, **extra):
    status, _h, body = _get(server, query, "application/sparql-results+json", **extra)
    assert status == 200, body
    return int(_json_column(body, "n")[0])


def test_from_restricts_the_default_graph(endpoint):
    union = _n(endpoint, COUNT_DEFAULT.format(""))
    en = _n(endpoint, COUNT_DEFAULT.format(""), **{"default-graph-uri": EN_GRAPH})
    assert 0 < en < union
    assert _n(endpoint, COUNT_DEFAULT.format(f"FROM <{EN_GRAPH}>")) == en
    assert _n(endpoint, COUNT_DEFAULT.format("FROM <http://example.org/x>")) == 0
    # Only FROM NAMED: the default graph is empty, GRAPH sees only the named one.
    assert _n(endpoint, COUNT_DEFAULT.format(f"FROM NAMED <{EN_GRAPH}>")) == 0
    assert _n(endpoint, COUNT_NAMED.format(f"FROM NAMED <{EN_GRAPH}>")) == 1
    assert _n(endpoint, COUNT_NAMED.format("")) > 1


def test_protocol_graphs_take_precedence_over_the_query(endpoint):
    en = _n(endpoint, COUNT_DEFAULT.format(""), **{"default-graph-uri": EN_GRAPH})
    assert _n(endpoint, COUNT_DEFAULT.format("FROM <http://example.org/x>"), **{"default-graph-uri": EN_GRAPH}) == en
    # named-graph-uri alone: the default graph is empty, GRAPH sees the named graphs given.
    assert _n(endpoint, COUNT_DEFAULT.format(""), **{"named-graph-uri": EN_GRAPH}) == 0
    assert _n(endpoint, COUNT_NAMED.format(""), **{"named-graph-uri": EN_GRAPH}) == 1
    # default-graph-uri alone: no named graphs.
    assert _n(endpoint, COUNT_NAMED.format(""), **{"default-graph-uri": EN_GRAPH}) == 0


def test_from_in_the_library_and_the_cli(fixture_store):
    from click.testing import CliRunner

    from conflict_kg.cli import main
    def n(query):
        return int(next(iter(fixture_store.query(query)))[0])

    union, en = n(COUNT_DEFAULT.format("")), n(COUNT_DEFAULT.format(f"FROM <{EN_GRAPH}>"))
    assert 0 < en < union
    assert n(COUNT_DEFAULT.format("FROM <http://example.org/x>")) == 0
    out = CliRunner().invoke(main, ["query", "--store", str(fixture_store.path), "--format", "csv",
                                    "-e", COUNT_DEFAULT.format(f"FROM <{EN_GRAPH}>")])
    assert out.exit_code == 0, out.output
    assert out.output.splitlines() == ["n", str(en)]
    # The protocol's graphs as options: they override FROM; a named graph alone leaves the default graph empty.
    for extra, want in ((["--default-graph", EN_GRAPH], en), (["--named-graph", EN_GRAPH], 0)):
        out = CliRunner().invoke(main, ["query", "--store", str(fixture_store.path), "--format", "csv", *extra,
                                        "-e", COUNT_DEFAULT.format("FROM <http://example.org/x>")])
        assert out.exit_code == 0, out.output
        assert out.output.splitlines() == ["n", str(want)]
    out = CliRunner().invoke(main, ["query", "--store", str(fixture_store.path), "--format", "csv",
                                    "--named-graph", EN_GRAPH, "-e", COUNT_NAMED.format("")])
    assert out.output.splitlines() == ["n", "1"]


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "INSERT DATA { <urn:a> <urn:b> 1 }",
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
        "CLEAR DEFAULT",
        "DROP SILENT DEFAULT",
    ],
)
def test_updates_on_the_default_graph_are_refused(writable_endpoint, update):
    before = _count(writable_endpoint)
    status, _h, body = _request(writable_endpoint.url + "/update", method="POST", data=update.encode(),
                                headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert status == 400, body
    assert "default graph" in body.decode() and "GRAPH ?g" in body.decode()
    assert _count(writable_endpoint) == before


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { GRAPH ?g { <urn:none> ?p ?o } }",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "INSERT { GRAPH <urn:g> { ?s ?p 1 } } USING <urn:h> WHERE { ?s ?p ?o }",
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o FILTER(?s = <urn:none>) } }",
        "DROP SILENT GRAPH <urn:none>",
    ],
)
def test_updates_naming_their_graph_are_accepted(update):
    assert check_update(update) is None


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("GET", "/sparql", {}, 400),  # no query
        ("GET", "/nowhere", {}, 404),
        ("GET", "/update", {}, 405),
        ("POST", "/sparql", {"data": b"x=1", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
        ("POST", "/sparql", {"data": b"SELECT", "headers": {"Content-Type": "text/plain"}}, 415),
    ],
)
def test_bad_requests(endpoint, method, path, kwargs, status):
    got, _h, body = _request(endpoint.url + path, method=method, **kwargs)
    assert got == status
    assert b"Traceback" not in body


def test_syntax_error_is_400_without_traceback(endpoint):
    status, headers, body = _get(endpoint, "SELECT ?x WHERE { ?x ")
    assert status == 400
    assert headers.get_content_type() == "text/plain"
    assert body.decode().startswith("SPARQL syntax error")
    assert b"Traceback" not in body and b'File "' not in body


# -- hostile requests ------------------------------------------------------------------
@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { ?a ?b ?c OPTIONAL { service silent <http://example.org/sparql> { ?s ?p ?o } } }",
        "SELECT * WHERE { { SELECT ?s WHERE { SERVICE ?endpoint { ?s ?p ?o } } } }",
    ],
)
def test_service_is_refused(endpoint, query):
    status, _h, body = _get(endpoint, query)
    assert status == 400
    assert body.decode().startswith("SERVICE is not allowed")


def test_the_word_service_in_a_literal_is_fine(endpoint):
    q = 'SELECT ?x WHERE { BIND("Security Service of Ukraine" AS ?x) }'
    status, _h, body = _get(endpoint, q)
    assert status == 200 and _json_column(body, "x") == ["Security Service of Ukraine"]


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("LOAD <http://example.org/data.ttl>", "LOAD is not allowed"),
        ("LOAD SILENT <http://example.org/x> INTO GRAPH <urn:g>", "LOAD is not allowed"),
        ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }", "SERVICE is not allowed"),
        ("INSERT DATA { <urn:a> <urn:b> ", "SPARQL syntax error"),
    ],
)
def test_check_update_refuses(text, refused):
    with pytest.raises(RefusedRequest) as info:
        check_update(text)
    assert info.value.status == 400 and info.value.message.startswith(refused)


def test_check_update_accepts_plain_updates():
    assert check_update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1 } }") is None


def test_update_refused_on_read_only_endpoint(endpoint):
    before = _count(endpoint)
    for headers in ({}, {"Authorization": f"Bearer {TOKEN}"}):
        status, _h, body = _request(endpoint.url + "/update", method="POST",
                                    data=b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1 } }",
                                    headers={"Content-Type": "application/sparql-update", **headers})
        assert status == 403
        assert b"read-only" in body
    assert _count(endpoint) == before


@pytest.mark.parametrize("auth", [None, "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x"])
def test_update_needs_the_token(writable_endpoint, auth):
    before = _count(writable_endpoint)
    headers = {"Content-Type": "application/sparql-update"}
    if auth:
        headers["Authorization"] = auth
    status, h, _body = _request(writable_endpoint.url + "/update", method="POST",
                                data=b"DROP ALL", headers=headers)
    assert status == 401
    assert h.get("WWW-Authenticate", "").startswith("Bearer")
    assert _count(writable_endpoint) == before


def test_load_refused_even_with_token(writable_endpoint):
    before = _count(writable_endpoint)
    status, _h, body = _request(writable_endpoint.url + "/update", method="POST", data=b"LOAD <http://127.0.0.1:9/x.ttl>",
                                headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert status == 400 and body.decode().startswith("LOAD is not allowed")
    assert _count(writable_endpoint) == before


def test_update_with_token_is_applied_and_visible(writable_endpoint):
    before = _count(writable_endpoint)
    form = urllib.parse.urlencode({"update": "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> \"c\" } }"}).encode()
    status, _h, _b = _request(writable_endpoint.url + "/sparql", method="POST", data=form,
                              headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    assert _count(writable_endpoint) == before + 1
    status, _h, _b = _request(writable_endpoint.url + "/update", method="POST", data=b"DROP GRAPH <urn:test>",
                              headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    assert _count(writable_endpoint) == before


def test_update_over_get_is_refused(writable_endpoint):
    status, _h, _b = _request(writable_endpoint.url + "/sparql?" + urllib.parse.urlencode({"update": "DROP ALL"}))
    assert status == 405


def test_allow_update_without_token_does_not_start(fixture_store):
    with pytest.raises(ValueError, match="--token"):
        make_server(fixture_store, port=0, allow_update=True)


def test_body_size_limit(endpoint):
    query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_BODY
    conn = http.client.HTTPConnection("127.0.0.1", endpoint.server_address[1], timeout=30)
    try:
        conn.request("POST", "/sparql", body=query.encode(), headers={"Content-Type": "application/sparql-query"})
        resp = conn.getresponse()
        assert resp.status == 413
        assert b"too large" in resp.read()
    finally:
        conn.close()


def test_missing_content_length_is_411(endpoint):
    conn = http.client.HTTPConnection("127.0.0.1", endpoint.server_address[1], timeout=30)
    try:
        conn.putrequest("POST", "/sparql")
        conn.putheader("Content-Type", "application/sparql-query")
        conn.endheaders()
        resp = conn.getresponse()
        assert resp.status == 411
    finally:
        conn.close()


def test_timeout_stops_the_query_and_the_endpoint_recovers(endpoint):
    started = time.monotonic()
    status, _h, body = _get(endpoint, SLOW)
    elapsed = time.monotonic() - started
    assert status == 503
    assert b"time limit" in body
    assert TIMEOUT <= elapsed < TIMEOUT + 5
    # The killed worker is replaced; the next queries are answered.
    for _ in range(3):
        status, _h, body = _get(endpoint, PERSONS)
        assert status == 200 and _json_column(body, "p") == PERSON_IRIS


def test_row_limit(endpoint):
    status, headers, body = _get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers["X-Result-Truncated"] == "true"
    status, headers, body = _get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert status == 200 and len(body.decode().strip().splitlines()) == MAX_ROWS
    status, headers, _b = _get(endpoint, PERSONS)
    assert "X-Result-Truncated" not in headers


def test_internal_error_has_no_stack_trace(endpoint, monkeypatch):
    def boom(*_a, **_k):
        raise ZeroDivisionError("secret internals")

    monkeypatch.setattr(endpoint.pool, "run", boom)
    status, _h, body = _get(endpoint, PERSONS)
    assert status == 500
    assert body == b"internal server error\n"


def test_memory_cap_gives_503_and_the_endpoint_recovers(fixture_store):
    # ~9e7 rows sorted: Oxigraph materializes them all, far past a 64 MiB cap in well under a second.
    server = make_server(fixture_store, port=0, timeout=20, memory_limit=64 * 2**20, workers=1)
    thread = _start(server)
    try:
        big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
        started = time.monotonic()
        status, headers, body = _get(server, big)
        assert status == 503, body
        assert "more memory than a query may use (64 MiB)" in body.decode()
        assert time.monotonic() - started < 15
        assert _json_column(_get(server, PERSONS)[2], "p") == PERSON_IRIS
    finally:
        server.shutdown()
        thread.join(5)
        server.close()


def test_binds_loopback_by_default(fixture_store):
    import inspect

    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"
    server = make_server(fixture_store, port=0, workers=1)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.close()


def test_worker_network_isolation():
    """A query worker's network namespace has no route even to loopback (where the kernel allows it)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    code = (
        "import socket, sys\n"
        "from conflict_kg.kg.endpoint_worker import isolate_network\n"
        "if not isolate_network(): sys.exit(3)\n"
        f"try:\n socket.create_connection(('127.0.0.1', {port}), timeout=2)\nexcept OSError:\n sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    root = str(Path(__file__).resolve().parents[1])
    try:
        proc = subprocess.run([sys.executable, "-c", code], cwd=root, timeout=30)
    finally:
        listener.close()
    if proc.returncode == 3:
        pytest.skip("this kernel does not allow unprivileged network namespaces; SERVICE is refused by the query check only")
    assert proc.returncode == 0


# -- pure helpers -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("accept", "kind", "fmt", "expected"),
    [
        (None, "select", None, "application/sparql-results+json"),
        ("", "construct", None, "text/turtle"),
        ("text/*", "select", None, "text/csv"),
        ("application/xml", "select", None, "application/sparql-results+xml"),
        ("text/plain", "describe", None, "application/n-triples"),
        ("text/html", "select", None, None),
        ("text/csv;q=0", "select", None, None),
        (None, "select", "tsv", "text/tab-separated-values"),
        (None, "construct", "jsonld", "application/ld+json"),
        (None, "construct", "csv", None),
    ],
)
def test_negotiate(accept, kind, fmt, expected):
    assert negotiate(accept, kind, fmt) == expected


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "select"),
        ("ASK { ?s ?p ?o }", "ask"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "construct"),
        ("DESCRIBE <urn:x>", "describe"),
    ],
)
def test_check_query_kinds(query, kind):
    assert check_query(query) == kind


@pytest.mark.parametrize("query", ["", "   ", "\x00\x01", "DROP ALL", "「」" * 50, "'SELECT'", "<SELECT>"])
def test_check_query_rejects_junk(query):
    with pytest.raises(RefusedRequest) as info:
        check_query(query)
    assert info.value.status == 400


@pytest.mark.parametrize("query", ["", "SELECT", "SELECT ?x WHERE {", "DROP ALL", "SELECT * WHERE { ?s ?p ?o } ; DROP ALL"])
def test_junk_queries_get_400_from_the_endpoint(endpoint, query):
    status, _h, body = _get(endpoint, query)
    assert status == 400, body
    assert body.decode().startswith("SPARQL syntax error")


# -- the query page: tests/test_endpoint_page.py ----------------------------------------------------


# -- SPARQLWrapper ------------------------------------------------------------------------
def test_sparqlwrapper_client(endpoint):
    SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
    sw = SPARQLWrapper.SPARQLWrapper(endpoint.url + "/sparql")
    sw.setQuery(PERSONS)
    sw.setReturnFormat(SPARQLWrapper.JSON)
    assert [b["p"]["value"] for b in sw.query().convert()["results"]["bindings"]] == PERSON_IRIS
    sw.setMethod(SPARQLWrapper.POST)
    sw.setReturnFormat(SPARQLWrapper.XML)
    doc = sw.query().convert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("uri")] == PERSON_IRIS
    sw.setQuery("ASK { ?s a <https://w3id.org/conflict-kg/ontology#Capture> }")
    sw.setReturnFormat(SPARQLWrapper.JSON)
    assert sw.query().convert()["boolean"] is True
    sw.setQuery(CONSTRUCT)
    sw.setReturnFormat(SPARQLWrapper.TURTLE)
    g = Graph().parse(data=sw.query().convert().decode(), format="turtle")
    assert sorted(str(s) for s in g.subjects()) == PERSON_IRIS
    sw.setMethod(SPARQLWrapper.GET)
    sw.setQuery("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    sw.setReturnFormat(SPARQLWrapper.JSON)
    with pytest.raises(Exception, match="SERVICE is not allowed"):
        sw.query()
