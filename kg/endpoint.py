"""A SPARQL 1.1 Protocol endpoint over a store, with a query page for people.

Built on the standard library's ``ThreadingHTTPServer`` rather than
rdflib-endpoint: that one pulls in FastAPI, uvicorn and starlette, evaluates
through rdflib (which fetches ``FROM`` and ``SERVICE`` IRIs from the web), and
has no per-query timeout that can stop a running Oxigraph query; here every
limit the endpoint promises is a few lines we control and test.

What it does:

* ``GET /sparql?query=``, ``POST /sparql`` with ``application/sparql-query``
  or form-encoded ``query=`` (also at ``/query``). The dataset is as SPARQL
  1.1 says: ``default-graph-uri`` / ``named-graph-uri`` take precedence over
  the query's ``FROM`` / ``FROM NAMED``; with none of them the default graph
  is the union of all document graphs (:func:`kg.sparql_lex.dataset_kwargs`).
* Content negotiation (``Accept``, or ``?format=json|xml|csv|tsv|turtle|nt|jsonld``):
  SPARQL JSON, XML, CSV, TSV for SELECT/ASK; Turtle, N-Triples, JSON-LD for
  CONSTRUCT/DESCRIBE; 406 otherwise.
* ``GET /``: a self-contained HTML query page (no script, no CDN; a
  Content-Security-Policy forbids any script) listing the shipped queries
  with their parameters; every text from the store is HTML-escaped.
* Read-only unless started with ``allow_update`` *and* a bearer ``token``:
  then ``POST /update`` (or ``/sparql``) with ``application/sparql-update`` or
  form ``update=`` and ``Authorization: Bearer TOKEN``.
* Each query runs in a worker process killed at the time limit (see
  :mod:`kg.endpoint_worker`); results are cut at ``max_rows`` while
  iterating (header ``X-Result-Truncated: true``).
* SERVICE and LOAD are refused (400): SERVICE by a token scan of the query
  (a keyword inside a literal, "Security Service of Ukraine", is fine), LOAD
  by parsing the update. Updates that read or write the default graph without
  naming a graph are refused too: here the default graph is the union for
  queries, and an update on the real (empty) default graph would report
  success while changing nothing.
* Request bodies over ``max_body`` bytes get 413 unread; errors are short
  plain-text messages (tracebacks go to the server log only); binds 127.0.0.1
  by default.

>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
'application/sparql-results+xml'
>>> check_query("ASK { ?s ?p ?o }")
'ask'
"""
from __future__ import annotations

import hmac
import logging
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.endpoint_page import render_page, results_html
from kg.sparql_lex import keywords, query_form
from kg.endpoint_worker import GRAPH_TYPES, SELECT_TYPES, PoolBusy, QueryTimeout, WorkerFailed, WorkerPool

__all__ = [
    "RefusedRequest",
    "EndpointServer",
    "check_query",
    "check_update",
    "negotiate",
    "make_server",
    "serve",
]

_log = logging.getLogger("conflict_kg.endpoint")

_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
    "application/json+ld": "application/ld+json",
}
_FORMAT_PARAM = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}
_QUERY_PATHS = ("/sparql", "/query")
_UPDATE_PATHS = ("/sparql", "/update")
_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


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
#: Only updates (token holders) are parsed in the server; queries are parsed by the workers.
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

    A linear token scan (:mod:`kg.sparql_lex`), not a parse: the full parse
    happens in the query worker, under the query's time limit, so a huge query
    cannot hold up other requests. SERVICE is refused here, by keyword (a
    reserved word, so "Security Service of Ukraine" in a literal is fine).

    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.endpoint.RefusedRequest: SERVICE is not allowed: this endpoint never queries other servers
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

    Updates are parsed here, in the server, with rdflib (one at a time: its
    grammar is not thread-safe); they need the bearer token, so only the
    server's owner can send them, and their size is bounded by ``max_body``.

    >>> check_update("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.endpoint.RefusedRequest: update refused: it reads or writes the default graph without naming a graph. ...
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


def negotiate(accept: str | None, kind: str, fmt: str | None = None) -> str | None:
    """The response media type for a query of ``kind`` given an Accept header (None: nothing acceptable)."""
    offered = GRAPH_TYPES if kind in ("construct", "describe") else SELECT_TYPES
    if fmt:
        mime = _FORMAT_PARAM.get(fmt.strip().lower()) or _ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
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
        mr = _ALIASES.get(mr, mr)
        if mr in offered:
            return mr
        if mr == "*/*":
            return offered[0]
        if mr.endswith("/*"):
            for o in offered:
                if o.startswith(mr[:-1]):
                    return o
    return None


# -- server -------------------------------------------------------------------
class EndpointServer(ThreadingHTTPServer):
    """The HTTP server; holds the limits, the worker pool and (for updates) the writable store."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], *, spec: str, pool: WorkerPool, timeout: float,
                 max_rows: int, max_body: int, token: str | None):
        super().__init__(address, _Handler)
        self.spec, self.pool = spec, pool
        self.query_timeout, self.max_rows, self.max_body, self.token = timeout, max_rows, max_body, token
        #: Updates are accepted only when a token was given (and the pool's worker is writable).
        self.allow_update = bool(token) and pool.writable

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        """Stop serving and stop the workers (which hold the store)."""
        self.server_close()
        self.pool.close()


def _one(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    if not values:
        return None
    if len(values) > 1:
        raise RefusedRequest(400, f"more than one {key!r} parameter")
    return values[0]


class _Handler(BaseHTTPRequestHandler):
    server: EndpointServer
    server_version = "conflict-kg"
    sys_version = ""
    timeout = 60  # seconds to send a request; stops idle connections from holding threads

    # -- plumbing ----------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature of the base class
        _log.info("%s %s", self.address_string(), format % args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        self._send(code, (message or self.responses.get(code, ("error",))[0]) + "\n", "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes | str, ctype: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _guard(self, handler: Any) -> None:
        try:
            handler()
        except RefusedRequest as exc:
            self._send(exc.status, exc.message + "\n", "text/plain; charset=utf-8", exc.headers)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception:
            _log.exception("internal error on %s %s", self.command, self.path[:200])
            try:
                self._send(500, "internal server error\n", "text/plain; charset=utf-8")
            except OSError:
                pass

    def do_GET(self) -> None:
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    # -- routes --------------------------------------------------------------
    def _get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self._page(params)
        if url.path in _QUERY_PATHS:
            if "update" in params:
                raise RefusedRequest(405, "SPARQL Update must be sent with POST", {"Allow": "POST"})
            query = _one(params, "query")
            if query is None:
                if "text/html" in (self.headers.get("Accept") or ""):
                    return self._page(params)
                raise RefusedRequest(400, "missing 'query' parameter")
            return self._query(query, params)
        if url.path == "/update":
            raise RefusedRequest(405, "SPARQL Update must be sent with POST", {"Allow": "POST"})
        raise RefusedRequest(404, "not found: the endpoint is /sparql, the query page is /")

    def _read_body(self) -> str:
        length = self.headers.get("Content-Length")
        if length is None:
            self.close_connection = True
            raise RefusedRequest(411, "Content-Length required")
        try:
            size = int(length)
        except ValueError:
            self.close_connection = True
            raise RefusedRequest(400, "bad Content-Length") from None
        if size < 0 or size > self.server.max_body:
            # Not read: the connection is closed instead of draining a huge body.
            self.close_connection = True
            raise RefusedRequest(413, f"request body too large ({size} bytes; the limit is {self.server.max_body})",
                                 {"Connection": "close"})
        raw = self.rfile.read(size)
        try:
            return raw.decode(self.headers.get_content_charset() or "utf-8")
        except (UnicodeDecodeError, LookupError):
            raise RefusedRequest(400, "request body is not valid text in its declared charset") from None

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path not in _QUERY_PATHS + _UPDATE_PATHS:
            raise RefusedRequest(404, "not found: the endpoint is /sparql")
        text = self._read_body()
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = self.headers.get_content_type()
        if ctype == "application/sparql-query" and url.path in _QUERY_PATHS:
            return self._query(text, params)
        if ctype == "application/sparql-update" and url.path in _UPDATE_PATHS:
            return self._update(text)
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            merged = {**params, **form}
            query, update = _one(form, "query"), _one(form, "update")
            if query is not None and update is None and url.path in _QUERY_PATHS:
                return self._query(query, merged)
            if update is not None and query is None and url.path in _UPDATE_PATHS:
                return self._update(update)
            raise RefusedRequest(400, "form must carry exactly one of 'query' (at /sparql or /query) or 'update' (at /sparql or /update)")
        raise RefusedRequest(415, "send application/sparql-query, application/sparql-update or a form (application/x-www-form-urlencoded)")

    # -- queries ---------------------------------------------------------------
    def _execute(self, query: str, kind: str, mime: str, params: dict[str, list[str]], max_rows: int) -> tuple[bytes, bool]:
        job = {
            "sparql": query,
            "mime": mime,
            "max_rows": max_rows,
            "default_graph": params.get("default-graph-uri") or None,
            "named_graphs": params.get("named-graph-uri") or None,
        }
        return self._run(job, "query", "")

    def _run(self, job: dict[str, Any], what: str, on_timeout: str) -> tuple[Any, bool]:
        """Run a job in a worker; worker and pool failures become short client errors."""
        srv = self.server
        try:
            status, payload, truncated = srv.pool.run(job, srv.query_timeout)
        except QueryTimeout:
            raise RefusedRequest(503, f"{what} stopped: it ran past the time limit of {srv.query_timeout:g} s{on_timeout}") from None
        except PoolBusy:
            raise RefusedRequest(503, "server busy: try again later", {"Retry-After": "5"}) from None
        except WorkerFailed as exc:
            _log.error("%s worker failed: %s", what, exc)
            raise RefusedRequest(500, f"{what} failed: internal error") from None
        if status == "bad":
            raise RefusedRequest(400, f"SPARQL syntax error in {what}: {payload}")
        if status != "ok":
            _log.error("%s failed: %s", what, payload)
            raise RefusedRequest(500, f"{what} failed: internal error")
        return payload, truncated

    def _query(self, query: str, params: dict[str, list[str]]) -> None:
        kind = check_query(query)
        mime = negotiate(self.headers.get("Accept"), kind, _one(params, "format") or _one(params, "output"))
        if mime is None:
            offered = GRAPH_TYPES if kind in ("construct", "describe") else SELECT_TYPES
            raise RefusedRequest(406, f"cannot answer a {kind.upper()} query in the requested type; available: {', '.join(offered)}")
        body, truncated = self._execute(query, kind, mime, params, self.server.max_rows)
        headers = {"Vary": "Accept"}
        if truncated:
            headers["X-Result-Truncated"] = "true"
            headers["X-Result-Limit"] = str(self.server.max_rows)
        charset = "" if mime == "application/n-triples" else "; charset=utf-8"
        self._send(200, body, mime + charset, headers)

    def _update(self, text: str) -> None:
        srv = self.server
        if not srv.allow_update:
            raise RefusedRequest(403, "this endpoint is read-only: updates are disabled (start the server with --allow-update --token)")
        supplied = (self.headers.get("Authorization") or "").encode("utf-8", "replace")
        if not hmac.compare_digest(supplied, f"Bearer {srv.token}".encode("utf-8")):
            raise RefusedRequest(401, "updates need 'Authorization: Bearer TOKEN' with the server's token",
                                 {"WWW-Authenticate": 'Bearer realm="conflict-kg"'})
        check_update(text)
        self._run({"op": "update", "sparql": text}, "update", " (nothing was changed)")
        self._send(204, b"", "text/plain; charset=utf-8")

    # -- page ------------------------------------------------------------------
    def _page(self, params: dict[str, list[str]]) -> None:
        from kg.query import QueryError, bind_params, list_queries, load_query, parse_query_text
        from kg.store import with_bindings

        queries = list_queries()
        name = _one(params, "name")
        query = _one(params, "query") or ""
        values = {k[2:]: v[-1] for k, v in params.items() if k.startswith("p.") and v and v[-1].strip()}
        error = note = result = ""
        status = 200
        if name and not query:
            try:
                query = load_query(name).text
            except QueryError as exc:
                error, status = str(exc), 404
        elif query and "run" in params:
            try:
                text = with_bindings(query, bind_params(parse_query_text(query), values)) if values else query
                kind = check_query(text)
                mime = "application/sparql-results+json" if kind in ("select", "ask") else "text/turtle"
                body, truncated = self._execute(text, kind, mime, {}, self.server.max_rows)
                result = results_html(kind, body)
                if truncated:
                    note = f"Only the first {self.server.max_rows} rows are shown (the server's row limit)."
            except (QueryError, ValueError) as exc:
                error, status = str(exc), 400
            except RefusedRequest as exc:
                error, status = exc.message, exc.status
        page = render_page(query=query, queries=queries, params=values, result=result, error=error, note=note)
        self._send(status, page, "text/html; charset=utf-8", {"Content-Security-Policy": _CSP})


def _spec_of(store: Any) -> str:
    if isinstance(store, (str, os.PathLike)):
        return str(store)
    path = getattr(store, "path", None)
    if path is None:
        raise ValueError("the endpoint needs a store on disk or a SPARQL server URL (an in-memory store cannot be shared with query workers)")
    return str(path)


def make_server(
    store: Any,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    timeout: float = 30.0,
    max_rows: int = 10000,
    max_body: int = 1_000_000,
    allow_update: bool = False,
    token: str | None = None,
    workers: int = 2,
) -> EndpointServer:
    """Create (not start) the endpoint for ``store`` (a path, a ``sparql+http://`` URL or an open store).

    Raises :class:`kg.store.StoreError` when the store cannot be opened and
    :class:`ValueError` for inconsistent options (updates without a token).
    """
    from kg.store import open_store

    if allow_update and not token:
        raise ValueError("--allow-update needs --token: updates are only accepted with a bearer token")
    if timeout <= 0 or max_rows <= 0 or max_body <= 0:
        raise ValueError("timeout, max_rows and max_body must be positive")
    spec = _spec_of(store)
    remote = "://" in spec
    if not isinstance(store, (str, os.PathLike)) and not remote and allow_update:
        raise ValueError("with updates allowed, pass the store's path: the server's worker must be its only writer")
    # Fail now, with the store's own message (missing, locked, wrong version), not at the first query.
    open_store(spec, read_only=not allow_update).close()
    pool = WorkerPool(spec, workers, isolate=not remote, writable=allow_update)
    try:
        pool.start()
        server = EndpointServer((host, port), spec=spec, pool=pool, timeout=timeout,
                                max_rows=max_rows, max_body=max_body, token=token if allow_update else None)
    except BaseException:
        pool.close()
        raise
    if not remote and not pool.isolated:
        _log.warning("query workers could not be isolated from the network; SERVICE is refused by the query check only")
    return server


def serve(store: Any, host: str = "127.0.0.1", port: int = 7878, *, timeout: float = 30.0, max_rows: int = 10000, **options: Any) -> None:
    """Serve ``store`` until interrupted (Ctrl-C); see :func:`make_server` for the options."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(message)s")
    server = make_server(store, host, port, timeout=timeout, max_rows=max_rows, **options)
    mode = "read-write (token required)" if server.allow_update else "read-only"
    _log.info("SPARQL endpoint %s/sparql, query page %s/ (%s; %g s per query; %d rows max)",
              server.url, server.url, mode, timeout, max_rows)
    if host not in ("127.0.0.1", "localhost", "::1"):
        _log.warning("listening on %s: the endpoint is reachable from other machines", host)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
