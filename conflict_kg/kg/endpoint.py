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
  is the union of all document graphs (:func:`conflict_kg.kg.sparql_lex.dataset_kwargs`).
* Content negotiation (``Accept``, or ``?format=json|xml|csv|tsv|turtle|nt|jsonld``):
  SPARQL JSON, XML, CSV, TSV for SELECT/ASK; Turtle, N-Triples, JSON-LD for
  CONSTRUCT/DESCRIBE; 406 otherwise.
* ``GET /``: the query page (:mod:`conflict_kg.kg.endpoint_page`): YASGUI vendored into
  the package (no CDN), prefixes pre-filled, the shipped queries as examples,
  IRIs shown as prefixed names that DESCRIBE the resource, paging and CSV
  download; ``/?name=NAME&run=1`` runs a shipped query. A
  Content-Security-Policy allows scripts and connections to this server only.
* Read-only unless started with ``allow_update`` *and* a bearer ``token``:
  then ``POST /update`` (or ``/sparql``) with ``application/sparql-update`` or
  form ``update=`` and ``Authorization: Bearer TOKEN``.
* Each query is parsed and run in a worker process killed at the time limit
  (see :mod:`conflict_kg.kg.endpoint_worker`), whose address space is capped
  (``memory_limit``; past it: 503); results are cut at ``max_rows`` while
  iterating (header ``X-Result-Truncated: true``). The listen backlog holds
  1,024 connections; requests wait for a free worker at most the time limit.
* ``HEAD`` and ``OPTIONS`` answer as HTTP says. A ``Host`` header naming
  another server gets 403 (DNS rebinding; ``allow_hosts`` adds names). CORS
  is off unless origins are given (``cors``).
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
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from conflict_kg.kg.endpoint_page import PAGE_CSP, render_page, static_file
from conflict_kg.kg.endpoint_protocol import (FORMAT_KEYS, RefusedRequest, allowed_hosts, check_query, check_update, format_param,
                                  host_of, negotiate)
from conflict_kg.kg.endpoint_worker import GRAPH_TYPES, SELECT_TYPES, PoolBusy, QueryTimeout, WorkerFailed, WorkerOutOfMemory, WorkerPool

__all__ = [
    "RefusedRequest",
    "EndpointServer",
    "check_query",
    "check_update",
    "negotiate",
    "host_of",
    "allowed_hosts",
    "format_param",
    "make_server",
    "serve",
]

_log = logging.getLogger("conflict_kg.endpoint")

_ALLOW = "GET, HEAD, POST, OPTIONS"
_QUERY_PATHS = ("/sparql", "/query")
_UPDATE_PATHS = ("/sparql", "/update")


# -- server -------------------------------------------------------------------
class EndpointServer(ThreadingHTTPServer):
    """The HTTP server; holds the limits, the worker pool and (for updates) the writable store."""

    daemon_threads = True
    #: The listen backlog: hundreds of clients connecting at once wait in the kernel's queue
    #: (socketserver's default of 5 made some of 200 concurrent clients hang in SYN retries).
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], *, spec: str, pool: WorkerPool, timeout: float,
                 max_rows: int, max_body: int, token: str | None,
                 allow_hosts: tuple[str, ...] = (), cors: tuple[str, ...] = ()):
        super().__init__(address, _Handler)
        self.spec, self.pool = spec, pool
        self.query_timeout, self.max_rows, self.max_body, self.token = timeout, max_rows, max_body, token
        #: Updates are accepted only when a token was given (and the pool's worker is writable).
        self.allow_update = bool(token) and pool.writable
        self.allowed_hosts = allowed_hosts(self.server_address[0], allow_hosts)
        self.cors = tuple(cors)

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
        origin = self._cors_origin()
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Expose-Headers", "X-Result-Truncated, X-Result-Limit")
            if origin != "*":
                self.send_header("Vary", "Origin")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _guard(self, handler: Any) -> None:
        try:
            self._check_host()
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

    def do_HEAD(self) -> None:
        # The same answer as GET without the body (_send writes no body for HEAD).
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    def do_OPTIONS(self) -> None:
        self._guard(self._options)

    def _options(self) -> None:
        headers = {"Allow": _ALLOW}
        if self._cors_origin():
            headers.update({"Access-Control-Allow-Methods": _ALLOW, "Access-Control-Max-Age": "600",
                            "Access-Control-Allow-Headers": "Accept, Content-Type, X-Requested-With"})
            if self.headers.get("Access-Control-Request-Private-Network") == "true":
                # Chromium asks before a public page may call a loopback server (Private Network Access).
                headers["Access-Control-Allow-Private-Network"] = "true"
        self._send(204, b"", "text/plain; charset=utf-8", headers)

    def _cors_origin(self) -> str | None:
        """The value of Access-Control-Allow-Origin for this request (None: no CORS)."""
        origin = self.headers.get("Origin")
        if not origin or not self.server.cors:
            return None
        if "*" in self.server.cors:
            return "*"
        return origin if origin in self.server.cors else None

    def _check_host(self) -> None:
        host = host_of(self.headers.get("Host"))
        if host is not None and host not in self.server.allowed_hosts:
            raise RefusedRequest(403, f"Host {host!r} is not this server's name (a page on another site may be trying "
                                      f"DNS rebinding); start the server with --allow-host {host} if it is yours")

    # -- routes --------------------------------------------------------------
    def _get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self._page(params)
        if url.path.startswith("/static/"):
            return self._static(url.path[len("/static/"):])
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
        except WorkerOutOfMemory:
            limit = f" ({srv.pool.memory_limit / 2**20:g} MiB)" if srv.pool.memory_limit else ""
            raise RefusedRequest(503, f"{what} stopped: it needed more memory than a query may use{limit}; "
                                      "narrow it (fewer rows before ORDER BY/GROUP BY, a LIMIT, more specific patterns)") from None
        except WorkerFailed as exc:
            _log.error("%s worker failed: %s", what, exc)
            raise RefusedRequest(500, f"{what} failed: internal error") from None
        if status == "bad":
            raise RefusedRequest(400, f"SPARQL syntax error in {what}: {payload}")
        if status == "refused":
            raise RefusedRequest(payload[0], payload[1])
        if status != "ok":
            _log.error("%s failed: %s", what, payload)
            raise RefusedRequest(500, f"{what} failed: internal error")
        return payload, truncated

    def _query(self, query: str, params: dict[str, list[str]]) -> None:
        kind = check_query(query)
        fmt = format_param([v for k in FORMAT_KEYS for v in params.get(k, ())], kind)
        mime = negotiate(self.headers.get("Accept"), kind, fmt)
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
        # Checked (parsed: LOAD, SERVICE, the default graph) in the worker, under the time limit.
        self._run({"op": "update", "sparql": text}, "update", " (nothing was changed)")
        self._send(204, b"", "text/plain; charset=utf-8")

    # -- page ------------------------------------------------------------------
    def _page(self, params: dict[str, list[str]]) -> None:
        """The query page; ``name`` loads a shipped query (``p.NAME`` binds its parameters), ``run`` runs it."""
        from conflict_kg.kg.query import QueryError, bind_params, list_queries, load_query
        from conflict_kg.kg.store import with_bindings

        name, query = _one(params, "name"), _one(params, "query") or ""
        values = {k[2:]: v[-1] for k, v in params.items() if k.startswith("p.") and v and v[-1].strip()}
        error, status = "", 200
        if name and not query:
            try:
                spec = load_query(name)
                # Forgiving values (type=attack, person=Q7747 or a label) bound as a VALUES block the reader sees.
                query = with_bindings(spec.text, bind_params(spec, values, _WorkerStore(self))) if values else spec.text
            except (QueryError, ValueError) as exc:
                error, status = str(exc), 400 if isinstance(exc, QueryError) and "no query named" not in str(exc) else 404
            except RefusedRequest as exc:
                error, status = exc.message, exc.status
        page = render_page(query=query, queries=list_queries(), error=error, run="run" in params and not error)
        self._send(status, page, "text/html; charset=utf-8", {"Content-Security-Policy": PAGE_CSP})

    def _static(self, name: str) -> None:
        found = static_file(name)
        if found is None:
            raise RefusedRequest(404, "not found")
        self._send(200, found[0], found[1], {"Cache-Control": "max-age=3600"})


class _WorkerStore:
    """``query(text, bindings)`` through the query workers, for the parameter look-ups of the page
    (entity labels, IRIs that must exist): the server process itself never opens the store."""

    def __init__(self, handler: _Handler):
        self.handler = handler

    def query(self, sparql: str, init_bindings: dict[str, Any] | None = None) -> Any:
        import io

        from rdflib.query import Result

        from conflict_kg.kg.store import with_bindings

        text = with_bindings(sparql, init_bindings or {})
        body, _truncated = self.handler._execute(text, check_query(text), "application/sparql-results+json", {},
                                                 self.handler.server.max_rows)
        return Result.parse(io.BytesIO(body), format="json")


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
    allow_hosts: tuple[str, ...] = (),
    cors: tuple[str, ...] = (),
    memory_limit: int = 2 * 2**30,
) -> EndpointServer:
    """Create (not start) the endpoint for ``store`` (a path, a ``sparql+http://`` URL or an open store).

    Raises :class:`conflict_kg.kg.store.StoreError` when the store cannot be opened and
    :class:`ValueError` for inconsistent options (updates without a token).
    ``memory_limit`` (bytes; 0: none) caps how far each query worker's address
    space may grow; ``allow_hosts`` adds names accepted in the ``Host`` header;
    ``cors`` lists origins whose pages may read the answers (``*``: any).
    """
    from conflict_kg.kg.store import open_store

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
    pool = WorkerPool(spec, workers, isolate=not remote, writable=allow_update, memory_limit=memory_limit)
    try:
        pool.start()
        server = EndpointServer((host, port), spec=spec, pool=pool, timeout=timeout,
                                max_rows=max_rows, max_body=max_body, token=token if allow_update else None,
                                allow_hosts=tuple(allow_hosts), cors=tuple(cors))
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
