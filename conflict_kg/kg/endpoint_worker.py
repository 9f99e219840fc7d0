"""Query worker processes for the SPARQL endpoint, and SPARQL result serializers.

pyoxigraph cannot cancel a running query, so every query runs in a separate
worker *process*: when a query passes its time limit the server kills the
process (freeing its CPU and memory at once) and starts a fresh one. A thread
would have to be abandoned and would go on burning CPU until the query ended.

Workers for an embedded store also move into a new, empty network namespace
(Linux ``unshare``) before opening the store, so even a query that slipped
past the endpoint's SERVICE check could not reach any host. Where the kernel
refuses that, the endpoint's parsed-query check is the only guard (the server
logs which applies). Workers for a remote store need the network to reach
their SPARQL server and are not isolated.

This module imports only the standard library and pyoxigraph so a worker
starts in a fraction of a second.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> body, truncated = serialize_result(store.query("SELECT ?x WHERE { VALUES ?x { 1 2 3 } }"), "text/csv", 2)
>>> body.decode(), truncated
('x\\r\\n1\\r\\n2\\r\\n', True)
"""
from __future__ import annotations

import csv
import ctypes
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from itertools import islice
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from conflict_kg.kg.sparql_lex import dataset_kwargs

__all__ = [
    "SELECT_TYPES",
    "GRAPH_TYPES",
    "PREFIXES",
    "serialize_result",
    "isolate_network",
    "WorkerPool",
    "QueryTimeout",
    "PoolBusy",
    "WorkerFailed",
    "WorkerOutOfMemory",
    "limit_memory",
]

#: Result media types for SELECT and ASK, in order of preference.
SELECT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values")
#: RDF media types for CONSTRUCT and DESCRIBE, in order of preference.
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")

#: Prefixes used when writing Turtle (kept in step with conflict_kg.kg.rdf.bind_prefixes).
PREFIXES = {
    "ckg": "https://w3id.org/conflict-kg/ontology#",
    "ent": "https://w3id.org/conflict-kg/id/",
    "wd": "http://www.wikidata.org/entity/",
    "schema": "https://schema.org/",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


# -- serializers --------------------------------------------------------------
def _json_term(t: Any) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != _XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(t, k)) for k in ("subject", "predicate", "object")}}


def _xml_term(t: Any) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    parts = "".join(f"<{k}>{_xml_term(getattr(t, k))}</{k}>" for k in ("subject", "predicate", "object"))
    return f"<triple>{parts}</triple>"


def _csv_term(t: Any) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return str(t)


def _select(variables: list[str], rows: list[list[Any]], mime: str) -> bytes:
    if mime == "application/sparql-results+json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode("utf-8")
    if mime == "application/sparql-results+xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head>\n<results>")
        for row in rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if mime == "text/csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_term(t) for t in row] for row in rows)
        return buf.getvalue().encode("utf-8")
    if mime == "text/tab-separated-values":
        # TSV cells are terms in Turtle/N-Triples syntax; str() of a pyoxigraph term is exactly that.
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"unsupported result type {mime}")


def _ask(answer: bool, mime: str) -> bytes:
    word = "true" if answer else "false"
    if mime == "application/sparql-results+json":
        return json.dumps({"head": {}, "boolean": answer}).encode("utf-8")
    if mime == "application/sparql-results+xml":
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
                f"<head></head>\n<boolean>{word}</boolean>\n</sparql>\n").encode("utf-8")
    # CSV/TSV define no boolean form; Jena's convention: a one-cell table.
    sep = "\r\n" if mime == "text/csv" else "\n"
    return f"_askResult{sep}{word}{sep}".encode("utf-8")


def serialize_result(result: Any, mime: str, max_rows: int) -> tuple[bytes, bool]:
    """Serialize a pyoxigraph query result as ``mime``, keeping at most ``max_rows`` rows (or triples).

    Returns the body and whether rows were cut off. The cap is applied while
    iterating, so a huge result is never materialized.
    """
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        return _ask(bool(result), mime), False
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [[sol[i] for i in range(len(variables))] for sol in islice(result, max_rows + 1)]
        truncated = len(rows) > max_rows
        return _select(variables, rows[:max_rows], mime), truncated
    triples = list(islice((t.triple if isinstance(t, ox.Quad) else t for t in result), max_rows + 1))
    truncated = len(triples) > max_rows
    fmt = _RDF_FORMATS[mime]
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples[:max_rows], format=fmt, prefixes=prefixes), truncated


# -- worker process -----------------------------------------------------------
def isolate_network() -> bool:
    """Move this process into a new network namespace with no interfaces up.

    Returns whether it worked (Linux, and root or unprivileged user
    namespaces allowed). Must be called while the process has one thread.
    """
    if not hasattr(os, "fork") or not os.path.exists("/proc/self/ns/net"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(_CLONE_NEWNET) == 0:
            return True
        return libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


class _EmbeddedStore:
    """An Oxigraph store on disk with the same ``raw_query``/``update`` as :class:`conflict_kg.kg.store.KGStore`."""

    def __init__(self, path: str, writable: bool):
        self._ox = ox.Store(path) if writable else ox.Store.read_only(path)

    def raw_query(self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> Any:
        return self._ox.query(sparql, **dataset_kwargs(sparql, default_graph, named_graphs))

    def update(self, sparql: str) -> None:
        self._ox.update(sparql)
        self._ox.flush()


def _open(spec: str, writable: bool) -> Any:
    if "://" in spec:
        from conflict_kg.kg.store import open_store  # remote stores only: pulls in rdflib

        return open_store(spec, read_only=not writable)
    return _EmbeddedStore(spec, writable)


def limit_memory(extra_bytes: int) -> int:
    """Cap this process's address space at its present size plus ``extra_bytes`` (0: no cap).

    ``RLIMIT_AS`` rather than a cgroup: it needs no privileges and applies to
    this process alone. Past the cap, an allocation fails: Python raises
    MemoryError and Oxigraph (Rust) aborts the process; either way the server
    answers 503 and starts a fresh worker. Returns the cap (0: none).
    """
    import resource

    if extra_bytes <= 0:
        return 0
    size = 0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                size = int(line.split()[1]) * 1024
    except OSError:
        pass
    cap = size + extra_bytes
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError):
        return 0
    return cap


def _refused_update(text: str) -> tuple[int, str] | None:
    """Status and message when an update is refused (syntax, LOAD, SERVICE, default graph), else None.

    Checked here, under the request's time limit, rather than in the server:
    rdflib's parser is slow on large input and not thread-safe. Imported on the
    first update only, so read-only workers still start without rdflib.
    """
    from conflict_kg.kg.endpoint_protocol import RefusedRequest, check_update

    try:
        check_update(text)
    except RefusedRequest as exc:
        return exc.status, exc.message
    return None


def _worker_main(conn: Any, spec: str, isolate: bool, writable: bool = False, memory_limit: int = 0) -> None:
    """Serve jobs from ``conn`` until it closes: ``dict`` in, ``(status, payload, truncated)`` out.

    A writable worker is the only process with the store open: Oxigraph
    forbids a read-only opening beside a writer, so with updates enabled one
    worker answers both queries and updates.
    """
    isolated = isolate_network() if isolate else False
    try:
        store = _open(spec, writable)
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {str(exc)[:500]}", False))
        return
    limit_memory(memory_limit)
    conn.send(("ready", isolated, False))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            if job.get("op") == "update":
                if not writable:
                    raise PermissionError("this worker is read-only")
                refused = _refused_update(job["sparql"])
                if refused:
                    conn.send(("refused", refused, False))
                    continue
                store.update(job["sparql"])
                conn.send(("ok", b"", False))
                continue
            result = store.raw_query(job["sparql"], default_graph=job.get("default_graph"), named_graphs=job.get("named_graphs"))
            body, truncated = serialize_result(result, job["mime"], job["max_rows"])
            conn.send(("ok", body, truncated))
        except SyntaxError as exc:
            conn.send(("bad", str(exc).splitlines()[0][:500] if str(exc) else "SPARQL syntax error", False))
        except MemoryError:
            result = body = None
            conn.send(("memory", "", False))
        except Exception as exc:  # reported to the server log, never to the client
            conn.send(("error", f"{type(exc).__name__}: {str(exc)[:500]}", False))


class QueryTimeout(Exception):
    """The query ran past its time limit; its worker was killed."""


class PoolBusy(Exception):
    """No worker became free within the time limit."""


class WorkerFailed(Exception):
    """A worker died or could not start."""


class WorkerOutOfMemory(WorkerFailed):
    """The query needed more memory than a worker may use; its worker was replaced."""


class _Worker:
    """One worker: ``python -m conflict_kg.kg.endpoint_worker`` talking over a socket pair.

    A plain subprocess rather than multiprocessing's spawn, which re-runs the
    caller's ``__main__`` (a script or notebook without a main guard would
    start servers recursively).
    """

    def __init__(self, spec: str, isolate: bool, writable: bool, start_timeout: float = 60.0, memory_limit: int = 0):
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join([root] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "conflict_kg.kg.endpoint_worker", str(theirs.fileno()), spec, "1" if isolate else "0", "1" if writable else "0",
                 str(int(memory_limit))],
                pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL, close_fds=True,
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        if not self.conn.poll(start_timeout):
            self.kill()
            raise WorkerFailed("query worker did not start")
        try:
            tag, self.isolated, _ = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise WorkerFailed("query worker died while starting") from None
        if tag != "ready":
            self.kill()
            raise WorkerFailed(f"query worker could not open the store: {self.isolated}")

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ok(self, timeout: float = 2.0) -> bool:
        """Wait for a dying worker to exit; whether it did."""
        try:
            self.process.wait(timeout)
            return True
        except subprocess.TimeoutExpired:
            return False

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:
            self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.process.wait(2)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        if self.alive():
            self.kill()
        else:
            self.conn.close()


class WorkerPool:
    """At most ``size`` worker processes; each query gets one, or waits for one.

    A ``writable`` pool over an embedded store has exactly one worker (the
    store's single writer).
    """

    def __init__(self, spec: str, size: int = 2, *, isolate: bool = True, writable: bool = False, memory_limit: int = 0):
        if writable and "://" not in spec:
            size = 1
        self.spec, self.size, self.isolate, self.writable = spec, max(1, size), isolate, writable
        self.memory_limit = memory_limit
        self._slots = threading.BoundedSemaphore(self.size)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self.isolated: bool | None = None

    def start(self) -> None:
        """Start the workers now rather than on the first queries."""
        workers = [self._new() for _ in range(self.size)]
        with self._lock:
            self._idle.extend(workers)

    def _new(self) -> _Worker:
        w = _Worker(self.spec, self.isolate, self.writable, memory_limit=self.memory_limit)
        self.isolated = w.isolated
        with self._lock:
            self._all.add(w)
        return w

    def _discard(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)

    def run(self, job: dict[str, Any], timeout: float) -> tuple[str, Any, bool]:
        """Run ``job`` on a worker; raise :class:`QueryTimeout` after ``timeout`` seconds."""
        if not self._slots.acquire(timeout=timeout):
            raise PoolBusy("all query workers are busy")
        try:
            with self._lock:
                worker = self._idle.pop() if self._idle else None
            if worker is None or not worker.alive():
                if worker is not None:
                    self._discard(worker)
                worker = self._new()
            started = time.monotonic()
            try:
                worker.conn.send(job)
                ready = worker.conn.poll(timeout)
                reply = worker.conn.recv() if ready else None
            except (EOFError, OSError):
                code = worker.process.poll() if worker.wait_ok() else None
                self._discard(worker)
                if self.memory_limit and code is not None and code < 0:
                    # Killed by a signal (Rust's allocator aborts when the address-space cap is hit).
                    raise WorkerOutOfMemory(f"query worker stopped by signal {-code}") from None
                raise WorkerFailed("query worker died") from None
            if reply is None:
                self._discard(worker)
                raise QueryTimeout(f"stopped after {time.monotonic() - started:.1f} s")
            if reply[0] == "memory":
                self._discard(worker)  # a fresh worker: this one's heap may be fragmented near the cap
                raise WorkerOutOfMemory("MemoryError in the worker")
            with self._lock:
                self._idle.append(worker)
            return reply
        finally:
            self._slots.release()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            busy, self._all = self._all - set(idle), set()
        for w in idle:
            w.stop()
        for w in busy:
            w.kill()



def main(argv: list[str]) -> None:
    """Entry point of a worker process: ``python -m conflict_kg.kg.endpoint_worker FD SPEC ISOLATE WRITABLE MEMORY_LIMIT``."""
    fd, spec, isolate, writable, memory_limit = argv
    _worker_main(Connection(int(fd)), spec, isolate == "1", writable == "1", int(memory_limit))


if __name__ == "__main__":
    main(sys.argv[1:])
