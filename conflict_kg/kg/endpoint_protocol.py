"""What the SPARQL endpoint checks before a request reaches a worker: the query
form and SERVICE (a token scan), updates (parsed), content negotiation and
the ``Host`` header. Only the standard library and, for updates, rdflib.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
'application/sparql-results+xml'
>>> check_query("ASK { ?s ?p ?o }")
'ask'
"""
from __future__ import annotations

import threading
from typing import Any

from conflict_kg.kg.endpoint_worker import GRAPH_TYPES, SELECT_TYPES
from conflict_kg.kg.sparql_lex import keywords, query_form

__all__ = [
    "RefusedRequest",
    "FORMAT_KEYS",
    "check_query",
    "check_update",
    "format_param",
    "negotiate",
    "host_of",
    "allowed_hosts",
]

#: Other names of the offered media types, per result kind (results for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE).
_ALIASES = {
    "results": {
        "application/json": "application/sparql-results+json",
        "application/xml": "application/sparql-results+xml",
        "text/xml": "application/sparql-results+xml",
    },
    "rdf": {
        "application/xml": "application/rdf+xml",
        "text/xml": "application/rdf+xml",
        "application/json": "application/ld+json",
        "text/plain": "application/n-triples",
        "application/x-turtle": "text/turtle",
        "application/turtle": "text/turtle",
        # Turtle is N3 without N3's extensions: an N3 reader reads it.
        "text/n3": "text/turtle",
        "text/rdf+n3": "text/turtle",
        "application/n3": "text/turtle",
        "application/json+ld": "application/ld+json",
        "application/x-json+ld": "application/ld+json",
    },
}
#: ``format`` / ``output`` / ``results`` parameter values (the names SPARQLWrapper, Virtuoso and Fuseki send).
_FORMAT_PARAM = {
    "results": {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values"},
    "rdf": {"json": "application/ld+json", "xml": "application/rdf+xml", "rdf": "application/rdf+xml",
            "rdf+xml": "application/rdf+xml", "rdfxml": "application/rdf+xml", "turtle": "text/turtle",
            "ttl": "text/turtle", "n3": "text/turtle", "nt": "application/n-triples",
            "ntriples": "application/n-triples", "jsonld": "application/ld+json", "json-ld": "application/ld+json"},
}
FORMAT_KEYS = ("format", "output", "results")

class RefusedRequest(Exception):
    """A request the endpoint answers with an HTTP error and a short message."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


# -- checks -------------------------------------------------------------------
def _node_names(node: Any, depth: int = 0) -> set[str]:
    """Names of all rdflib parse-tree nodes (CompValue) under ``node``."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if depth > 400:
        raise RefusedRequest(400, "query too deeply nested")
    names: set[str] = set()
    if isinstance(node, CompValue):
        names.add(node.name)
        children = node.values()
    elif isinstance(node, dict):
        children = node.values()
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        children = node
    else:
        return names
    for child in children:
        names |= _node_names(child, depth + 1)
    return names


#: rdflib's SPARQL grammar (pyparsing) keeps parse state in shared objects and
#: fails at random under concurrent use ("<lambda>() missing 1 required
#: positional argument"), found by tests/test_endpoint_load.py: parse one at a time.
#: Neither queries nor updates are parsed in the server process: workers do it.
_PARSE_LOCK = threading.Lock()


def _parse(parser: Any, text: str, what: str) -> Any:
    try:
        with _PARSE_LOCK:
            return parser(text)
    except RecursionError:
        raise RefusedRequest(400, f"{what} too deeply nested") from None
    except Exception as exc:  # pyparsing's ParseException and friends: a client error, not a crash
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RefusedRequest(400, f"SPARQL syntax error in {what}: {first[:300]}") from None


def check_query(text: str) -> str:
    """A query's kind (select, ask, construct, describe), or :class:`RefusedRequest`.

    A linear token scan (:mod:`conflict_kg.kg.sparql_lex`), not a parse: the full parse
    happens in the query worker, under the query's time limit, so a huge query
    cannot hold up other requests. SERVICE is refused here, by keyword (a
    reserved word, so "Security Service of Ukraine" in a literal is fine).

    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    conflict_kg.kg.endpoint_protocol.RefusedRequest: SERVICE is not allowed: this endpoint never queries other servers
    """
    kind = query_form(text)
    if kind is None:
        raise RefusedRequest(400, "SPARQL syntax error in query: no SELECT, ASK, CONSTRUCT or DESCRIBE found")
    if "SERVICE" in keywords(text):
        raise RefusedRequest(400, "SERVICE is not allowed: this endpoint never queries other servers")
    return kind


_DEFAULT_GRAPH_UPDATE = (
    "update refused: it reads or writes the default graph without naming a graph. In this store every "
    "triple is in a named graph (one per document) and queries see their union as the default graph, "
    "so such an update would change nothing (or add triples that no document owns). Name the graph: "
    "GRAPH ?g { ... }, WITH <graph> or USING <graph>; e.g. DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
)


def _field(node: Any, key: str) -> Any:
    """A field of an rdflib parse node, or None (``CompValue.get`` returns the key itself when absent)."""
    return dict.get(node, key)


def _outside_graph(node: Any) -> bool:
    """Whether a WHERE tree has triple patterns outside any GRAPH (i.e. on the default graph)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        if node.name == "GraphGraphPattern":
            return False
        if node.name == "TriplesBlock" and _field(node, "triples"):
            return True
        return any(_outside_graph(v) for v in node.values())
    if isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        return any(_outside_graph(v) for v in node)
    return False


def _uses_default_graph(op: Any) -> bool:
    """Whether one update operation acts on the store's (empty) default graph rather than the union."""
    if op.name in ("InsertData", "DeleteData", "DeleteWhere"):
        return bool(_field(op.quads, "triples"))
    if op.name == "Modify":
        if _field(op, "withClause") is not None:
            return False
        templates = [c.quads for c in (_field(op, "delete"), _field(op, "insert")) if c is not None and _field(c, "quads") is not None]
        if any(_field(t, "triples") for t in templates):
            return True
        using_default = any(_field(u, "default") is not None for u in _field(op, "using") or ())
        return not using_default and _outside_graph(_field(op, "where"))
    return any(v == "DEFAULT" for v in op.values() if isinstance(v, str)) or any(
        "DEFAULT" in v for v in op.values() if isinstance(v, (list, tuple)) or type(v).__name__ == "ParseResults")


def check_update(text: str) -> None:
    """Parse an update; :class:`RefusedRequest` for syntax errors, LOAD, SERVICE and the default graph.

    The endpoint calls it in the (single, writable) query worker, under the
    request's time limit; the lock below still serializes direct callers
    (rdflib's grammar is not thread-safe).

    >>> check_update("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    conflict_kg.kg.endpoint_protocol.RefusedRequest: update refused: it reads or writes the default graph without naming a graph. ...
    """
    from rdflib.plugins.sparql.parser import parseUpdate

    tree = _parse(parseUpdate, text, "update")
    names = _node_names(tree)
    if "Load" in names:
        raise RefusedRequest(400, "LOAD is not allowed: this endpoint never fetches data from the network")
    if "ServiceGraphPattern" in names:
        raise RefusedRequest(400, "SERVICE is not allowed: this endpoint never queries other servers")
    if any(_uses_default_graph(op) for op in tree.request):
        raise RefusedRequest(400, _DEFAULT_GRAPH_UPDATE)


def _family(kind: str) -> str:
    return "rdf" if kind in ("construct", "describe") else "results"


def format_param(values: list[str], kind: str) -> str | None:
    """The media type asked for by ``format``/``output``/``results`` values, which must agree.

    SPARQLWrapper sends the same choice several ways (``format=tsv&format=text/tab-separated-values``).

    >>> format_param(["tsv", "text/tab-separated-values", ""], "select")
    'text/tab-separated-values'
    >>> format_param(["json", "csv"], "select")
    Traceback (most recent call last):
    ...
    conflict_kg.kg.endpoint_protocol.RefusedRequest: conflicting format parameters: 'json', 'csv'
    """
    family = _family(kind)
    offered = GRAPH_TYPES if family == "rdf" else SELECT_TYPES
    wanted: dict[str, str] = {}
    for value in values:
        # A value may be a list of media types ("application/ld+json,application/x-json+ld"): take the first we offer.
        items = [i.split(";")[0].strip().lower() for i in value.split(",")]
        mimes = [_FORMAT_PARAM[family].get(i) or _ALIASES[family].get(i, i) for i in items if i]
        if mimes:
            wanted.setdefault(next((m for m in mimes if m in offered), mimes[0]), value)
    if len(wanted) > 1:
        raise RefusedRequest(400, "conflicting format parameters: " + ", ".join(repr(v) for v in wanted.values()))
    return next(iter(wanted), None)


def negotiate(accept: str | None, kind: str, fmt: str | None = None) -> str | None:
    """The response media type for a query of ``kind`` given an Accept header (None: nothing acceptable)."""
    family = _family(kind)
    offered = GRAPH_TYPES if family == "rdf" else SELECT_TYPES
    if fmt:
        v = fmt.strip().lower()
        mime = _FORMAT_PARAM[family].get(v) or _ALIASES[family].get(v, v)
        return mime if mime in offered else None
    if not accept or not accept.strip():
        return offered[0]
    ranges: list[tuple[float, int, str]] = []
    for i, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        q = 1.0
        for p in parts[1:]:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if parts[0] and q > 0:
            ranges.append((-q, i, parts[0].lower()))
    for _q, _i, mr in sorted(ranges):
        mr = _ALIASES[family].get(mr, mr)
        if mr in offered:
            return mr
        if mr == "*/*":
            return offered[0]
        if mr.endswith("/*"):
            for o in offered:
                if o.startswith(mr[:-1]):
                    return o
    return None


def host_of(header: str | None) -> str | None:
    """The host name of a ``Host`` header, lower-case, without port or IPv6 brackets.

    >>> host_of("LocalHost:7878"), host_of("[::1]:80"), host_of("127.0.0.1")
    ('localhost', '::1', '127.0.0.1')
    """
    if header is None:
        return None
    h = header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


def allowed_hosts(bound: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Host names a request may name: the bound address (loopback: also its usual names) and ``extra``.

    Checking ``Host`` stops DNS rebinding: a web page whose name was re-pointed
    at 127.0.0.1 reaches the server, but with its own name in ``Host``.

    >>> sorted(allowed_hosts("127.0.0.1"))
    ['127.0.0.1', '::1', 'localhost']
    >>> "kg.example.org" in allowed_hosts("0.0.0.0", ("kg.example.org",))
    True
    """
    names = {bound.lower(), *(h.strip().lower() for h in extra if h.strip())}
    if bound in ("127.0.0.1", "::1", "localhost"):
        names |= {"127.0.0.1", "::1", "localhost"}
    if bound in ("0.0.0.0", "::", ""):
        # Bound to every interface: any address of this machine, as an IP literal, is its own name.
        names |= _local_addresses()
    return frozenset(names)


def _local_addresses() -> set[str]:
    import socket

    found = {"127.0.0.1", "::1", "localhost"}
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None):
            found.add(str(info[4][0]).lower())
        found.add(socket.gethostname().lower())
    except OSError:
        pass
    return found
