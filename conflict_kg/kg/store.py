"""The on-disk knowledge-graph store: one named graph per document.

The default store is Oxigraph (embedded, on disk, no server) used through
rdflib's store plugin ``"Oxigraph"`` from oxrdflib, so the rest of the code
sees a plain :class:`rdflib.Dataset` whose default graph is the union of all
document graphs.

Writing a document is atomic: its old named graph is dropped and the new one
inserted in a single SPARQL Update, which Oxigraph applies in one
transaction -- a crash mid-build leaves every earlier document intact.
Two writers on the same store do not interleave: Oxigraph (RocksDB) holds a
lock file, and the second writer gets :class:`StoreLocked`.
"""
from __future__ import annotations

import gc
import os
import re
from pathlib import Path
from typing import Any, Iterator, Mapping

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import from_ox, to_ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.sparql_lex import dataset_kwargs, has_dataset_clause
from conflict_kg.kg.rdf import ENTITIES_GRAPH, ENTITY, INCIDENTS_GRAPH, META_GRAPH, bind_prefixes, graph_iri
from conflict_kg.kg.updates import DROP_SUMMARY, HAS_DOCUMENTS, HAS_SUMMARY, SUMMARY_UPDATE, document_update
from conflict_kg.kg.vocab import SUBCLASSES

__all__ = [
    "STORE_FORMAT_VERSION",
    "StoreError",
    "StoreLocked",
    "StoreVersionError",
    "KGStore",
    "RemoteStore",
    "open_store",
    "document_update",
    "rdflib_result",
]

#: Bumped when the graph layout changes incompatibly; checked on open.
#: (graph/summary, added later, is additive: a build adds it to an older store when it finds it missing.)
STORE_FORMAT_VERSION = "1"
#: Bytes of document updates applied between flushes of the embedded store. Oxigraph keeps writes
#: in RocksDB memtables until a flush, so a build's writer grew with the corpus: 1.2 GiB after 12,000
#: short documents (1.39 M quads), 1.0 GiB after the 3,670 Wikinews articles. A flush every 16 MiB
#: of updates bounds it (bench/results_writer_memory.md, bench/results_build_memory.md).
FLUSH_BYTES = 16 * 2**20

_DOC_HASHES = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?id ?hash WHERE { GRAPH ?g { ?d a ckg:Document ; dcterms:identifier ?id ; ckg:contentHash ?hash } }
"""


class StoreError(RuntimeError):
    """A store cannot be opened or written; the message says why."""


class StoreLocked(StoreError):
    """Another process is writing to the store."""


class StoreVersionError(StoreError):
    """The store was written by an incompatible version of conflict-kg."""


class _Summary:
    """The store summary (graph/summary) over a store's ``query`` and ``update``: the same SPARQL
    (:mod:`conflict_kg.kg.updates`) on the embedded store and on a SPARQL server."""

    def summary_current(self) -> bool:
        """Whether graph/summary exists, or there is nothing to summarize (see :meth:`refresh_summary`)."""
        return bool(self.query(HAS_SUMMARY)) or not bool(self.query(HAS_DOCUMENTS))

    def invalidate_summary(self) -> None:
        """Drop graph/summary before documents change, so an interrupted build leaves it absent
        (and the next build recomputes it) rather than stale."""
        self.update(DROP_SUMMARY)

    def refresh_summary(self) -> None:
        """Recompute graph/summary (per-entity counts, first seen, spellings) from all documents."""
        self.update(SUMMARY_UPDATE)


class KGStore(_Summary):
    """An Oxigraph-backed dataset with one named graph per document.

    >>> import tempfile
    >>> with KGStore(tempfile.mkdtemp() + "/s") as s:
    ...     s.document_hashes()
    {}
    """

    def __init__(self, path: str | os.PathLike[str] | None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                inner = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no store at {self.path} (build one with `conflict-kg build ... --store {self.path}`)")
                inner = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                inner = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(
                    f"store {self.path} is in use by another writer (a build or a writable server); "
                    "wait for it to finish, or open the store read-only"
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self._ox = inner
        self._unflushed = 0  # bytes of updates since the last flush
        self.dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
        bind_prefixes(self.dataset)
        self._check_version()

    # -- lifecycle -----------------------------------------------------
    def __enter__(self) -> "KGStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock file)."""
        if getattr(self, "_ox", None) is None:
            return
        if not self.read_only:
            self._ox.flush()
        # RocksDB releases its lock when the last reference to the store goes:
        # drop ours and the rdflib plugin's, and collect any reference cycles.
        plugin = self.dataset.store
        plugin._store = None
        self.dataset = None
        self._ox = None
        gc.collect()

    def _check_version(self) -> None:
        meta = ox.NamedNode(str(META_GRAPH))
        found = [q.object.value for q in self._ox.quads_for_pattern(meta, ox.NamedNode(str(CKG.storeVersion)), None, meta)]
        if not found:
            if self.read_only:
                if len(self._ox):
                    raise StoreVersionError(f"store {self.path} has no conflict-kg format version; it was not written by conflict-kg")
                return
            self._ox.update(
                f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{CKG.storeVersion}> \"{STORE_FORMAT_VERSION}\" }} }}"
            )
            return
        if found != [STORE_FORMAT_VERSION]:
            raise StoreVersionError(
                f"store {self.path} has format version {', '.join(found)}; this conflict-kg writes version "
                f"{STORE_FORMAT_VERSION}: rebuild it into a new directory"
            )

    # -- documents -----------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """``{document id: content hash}`` for every document in the store."""
        return {str(row.id): str(row.hash) for row in self.dataset.query(_DOC_HASHES)}

    def put_document(self, doc_id: str, graph: Graph) -> None:
        """Replace the named graph of ``doc_id`` by ``graph``, atomically."""
        self.put_document_update(document_update(doc_id, graph))

    def put_document_update(self, update: str) -> None:
        """Apply a :func:`document_update` made elsewhere (a build worker), atomically.

        Measured (400 English documents, one writer): 425-517 documents/s against
        138-206 through :meth:`put_document` from N-Triples (parse + serialize in the writer).
        """
        self._writable()
        self._ox.update(update)
        self._unflushed += len(update)
        if self._unflushed >= FLUSH_BYTES:
            self._ox.flush()
            self._unflushed = 0

    def remove_document(self, doc_id: str) -> None:
        """Drop the named graph of ``doc_id`` (no error if absent)."""
        self._writable()
        self._ox.update(f"DROP SILENT GRAPH <{graph_iri(doc_id)}>")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")

    def update(self, sparql: str) -> None:
        """Apply a SPARQL 1.1 Update in one transaction and flush it to disk."""
        self._writable()
        self._ox.update(sparql)
        self._ox.flush()

    def add_quads(self, quads: list, *, before: str | None = None) -> None:
        """Apply the SPARQL Update ``before`` (if any), then add pyoxigraph quads in one transaction
        (derived graphs: much faster than INSERT DATA text). Not flushed (RocksDB's log keeps
        them); the next :meth:`update` or :meth:`close` flushes."""
        self._writable()
        if before:
            self._ox.update(before)
        self._ox.extend(quads)

    # -- reading -------------------------------------------------------
    def raw_query(self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> Any:
        """Run SPARQL on Oxigraph directly; pyoxigraph results (no rdflib conversion).

        The dataset is the query's own (``FROM``) or the protocol's (``default_graph``,
        ``named_graphs``); with neither, the default graph is the union of all graphs
        (:func:`conflict_kg.kg.sparql_lex.dataset_kwargs`).
        """
        return self._ox.query(sparql, **dataset_kwargs(sparql, default_graph, named_graphs))

    def query(self, sparql: str, init_bindings: Mapping[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all document graphs (or its own ``FROM`` dataset).

        ``init_bindings`` (variable name -> RDF term) pre-bind variables for
        the whole top-level WHERE clause; see :func:`with_bindings`.
        """
        text = with_bindings(sparql, init_bindings or {})
        if has_dataset_clause(text):
            # rdflib's union default graph would override the query's FROM: ask Oxigraph directly.
            return rdflib_result(self.raw_query(text))
        return self.dataset.query(text)

    def document_graph(self, doc_id: str, *, with_entities: bool = True) -> Graph:
        """A copy of one document's named graph, with the descriptions of the entities it names."""
        name = graph_iri(doc_id)
        g = bind_prefixes(Graph(identifier=name))
        for q in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(name))):
            g.add((from_ox(q.subject), from_ox(q.predicate), _plain(from_ox(q.object))))
        if with_entities:
            entities = ox.NamedNode(str(ENTITIES_GRAPH))
            todo = {t for t in set(g.subjects()) | set(g.objects()) if str(t).startswith(str(ENTITY))}
            seen: set = set()
            while todo:
                node = todo.pop()
                seen.add(node)
                for q in self._ox.quads_for_pattern(to_ox(node), None, None, entities):
                    obj = _plain(from_ox(q.object))
                    g.add((node, from_ox(q.predicate), obj))
                    if isinstance(obj, URIRef) and str(obj).startswith(str(ENTITY)) and obj not in seen:
                        todo.add(obj)  # the geometry node of a place
        return g

    def quads(self) -> Iterator[tuple]:
        """All quads of document graphs (the metadata graph excluded)."""
        for q in self._ox.quads_for_pattern(None, None, None, None):
            if q.graph_name == ox.NamedNode(str(META_GRAPH)):
                continue
            yield q

    def __len__(self) -> int:
        return sum(1 for _ in self.quads())

    def stats(self) -> dict[str, int]:
        """Counts of documents, quads and records by type."""
        return _stats(self)


def _stats(store: Any) -> dict[str, int]:
    counts: dict[str, int] = {"documents": len(store.document_hashes()), "quads": len(store)}
    for kind, classes in SUBCLASSES.items():
        values = " ".join(f"<{c}>" for c in classes)
        res = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }}")
        counts[kind] = int(next(iter(res))[0])
        if kind == "events":  # reports; the incidents they tell (graph/incidents) right after
            res = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?x a <{CKG.Incident}> }} }}")
            counts["incidents"] = int(next(iter(res))[0])
    return counts


def _plain(term: Any) -> Any:
    """Oxigraph returns simple literals typed ``xsd:string`` (the same term in RDF 1.1); rdflib
    compares them as different, so give them back untyped as they were written."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def rdflib_result(raw: Any) -> Result:
    """An rdflib result from a pyoxigraph one (through SPARQL JSON / N-Triples)."""
    import io

    if isinstance(raw, (ox.QuerySolutions, ox.QueryBoolean)):
        return Result.parse(io.BytesIO(raw.serialize(format=ox.QueryResultsFormat.JSON)), format="json")
    result = Result("CONSTRUCT")
    result.graph = Graph().parse(data=ox.serialize(raw, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return result


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_bindings(sparql: str, bindings: Mapping[str, Any]) -> str:
    """Pre-bind variables by a ``VALUES`` block at the top of the outer WHERE.

    Oxigraph's own substitutions only bind *projected* variables, and a
    trailing ``VALUES`` is joined after grouping, where FILTERs cannot see it;
    so initBindings become an inline ``VALUES`` of RDF terms serialized with
    ``n3()`` (escaped by rdflib, never raw user text).

    >>> from rdflib import Literal
    >>> print(with_bindings("SELECT ?x WHERE { ?x ?p ?_o }", {"_o": Literal('a"b')}))
    SELECT ?x WHERE { VALUES (?_o) { ("a\\"b") }  ?x ?p ?_o }
    """
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not isinstance(term, (URIRef, Literal)):
            raise TypeError(f"binding {name!r} must be an rdflib URIRef or Literal, not {type(term).__name__}")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"bad variable name {name!r}")
    m = _WHERE.search(_strip_comments(sparql))
    if m is None:
        raise ValueError("cannot bind parameters: the query has no WHERE clause")
    names = " ".join(f"?{n}" for n in bindings)
    values = " ".join(t.n3() for t in bindings.values())
    return f"{sparql[: m.end()]} VALUES ({names}) {{ ({values}) }} {sparql[m.end():]}"


def _strip_comments(sparql: str) -> str:
    """Blank out ``#`` comments (keeping offsets) so a WHERE in a comment is not matched."""
    out = []
    for line in sparql.splitlines(keepends=True):
        # Comments in our query files are whole lines; '#' inside IRIs is left alone.
        out.append(" " * (len(line) - 1) + "\n" if line.lstrip().startswith("#") else line)
    return "".join(out)


_RESULTS_JSON = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"


class RemoteStore(_Summary):
    """A standalone SPARQL 1.1 server used as the store, over HTTP.

    ``url`` is ``sparql+http://HOST:PORT[/PATH][?PARAMS]``. With no path it is
    an Oxigraph server (``oxigraph serve``): queries go to ``/query`` with
    ``union-default-graph`` and updates to ``/update``. With a path (e.g.
    Fuseki's ``/ds``) queries and updates both go to that URL, and the server
    must be configured to use the union of named graphs as default graph;
    ``PARAMS`` are sent with every query. Writes are SPARQL 1.1 Update
    requests (one per document: ``DROP SILENT GRAPH`` + ``INSERT DATA``, which a
    server applies as one request); reads are SPARQL 1.1 Protocol queries.
    """

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 60.0):
        if not url.startswith(("sparql+http://", "sparql+https://")):
            raise StoreError(f"not a SPARQL server URL: {url!r} (want sparql+http://HOST:PORT)")
        from urllib.parse import parse_qsl, urlsplit

        parts = urlsplit(url[len("sparql+"):])
        if not parts.netloc:
            raise StoreError(f"no host in {url!r} (want sparql+http://HOST:PORT)")
        self.path = url
        self.read_only = read_only
        self.timeout = timeout
        base = f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
        params = parse_qsl(parts.query, keep_blank_values=True)
        if parts.path in ("", "/"):
            self.query_url, self.update_url = base + "/query", base + "/update"
            params.insert(0, ("union-default-graph", ""))
        else:
            self.query_url = self.update_url = base
        self._params = params
        self._closed = False
        self._check_version()

    # -- lifecycle -----------------------------------------------------
    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._closed = True

    # -- HTTP ----------------------------------------------------------
    def _post(self, url: str, body: str, content_type: str, accept: str | None, extra: list[tuple[str, str]] = ()) -> tuple[str, bytes]:
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        if self._closed:
            raise StoreError(f"store {self.path} is closed")
        query = urlencode(list(extra))
        headers = {"Content-Type": content_type + "; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url + ("?" + query if query else ""), data=body.encode("utf-8"), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get_content_type(), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise SyntaxError(detail or "the SPARQL server rejected the request") from None
            raise StoreError(f"SPARQL server {url} answered {exc.code}: {detail[:300]}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach SPARQL server at {url}: {reason}") from None

    def _dataset_params(self, sparql: str) -> list[tuple[str, str]]:
        """The server's query parameters; without ``union-default-graph`` when the query has ``FROM``."""
        if has_dataset_clause(sparql):
            return [kv for kv in self._params if kv[0] != "union-default-graph"]
        return list(self._params)

    def update(self, sparql: str) -> None:
        """Send one SPARQL 1.1 Update request."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        self._post(self.update_url, sparql, "application/sparql-update", None)

    def raw_query(self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> Any:
        """Run a query on the server; pyoxigraph results (solutions, boolean or an iterator of triples)."""
        extra = self._dataset_params(sparql)
        if default_graph or named_graphs:  # the protocol's dataset: no union default graph
            extra = [kv for kv in extra if kv[0] != "union-default-graph"] + [("default-graph-uri", g) for g in default_graph]
        extra += [("named-graph-uri", g) for g in named_graphs or ()]
        ctype, body = self._post(self.query_url, sparql, "application/sparql-query", f"{_RESULTS_JSON}, {_N_TRIPLES};q=0.9", extra)
        if ctype in (_RESULTS_JSON, "application/json"):
            return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        if ctype in (_N_TRIPLES, "text/plain"):
            return (q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES))
        raise StoreError(f"SPARQL server {self.query_url} answered with unexpected content type {ctype!r}")

    # -- reading -------------------------------------------------------
    def query(self, sparql: str, init_bindings: Mapping[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all document graphs (an rdflib result)."""
        import io

        text = with_bindings(sparql, init_bindings or {})
        ctype, body = self._post(self.query_url, text, "application/sparql-query", f"{_RESULTS_JSON}, {_N_TRIPLES};q=0.9",
                                 self._dataset_params(text))
        if ctype in (_RESULTS_JSON, "application/json"):
            return Result.parse(io.BytesIO(body), format="json")
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
        return result

    def _check_version(self) -> None:
        found = [str(r[0]) for r in self.query(
            f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{CKG.storeVersion}> ?v }} }}")]
        if not found:
            if self.read_only:
                if self.query("ASK { GRAPH ?g { ?s ?p ?o } }").askAnswer:
                    raise StoreVersionError(f"store {self.path} has no conflict-kg format version; it was not written by conflict-kg")
                return
            self.update(f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{CKG.storeVersion}> \"{STORE_FORMAT_VERSION}\" }} }}")
            return
        if found != [STORE_FORMAT_VERSION]:
            raise StoreVersionError(
                f"store {self.path} has format version {', '.join(found)}; this conflict-kg writes version "
                f"{STORE_FORMAT_VERSION}: use another server or dataset"
            )

    # -- documents -----------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """``{document id: content hash}`` for every document in the store."""
        return {str(row.id): str(row.hash) for row in self.query(_DOC_HASHES)}

    def put_document(self, doc_id: str, graph: Graph) -> None:
        """Replace the named graph of ``doc_id`` by ``graph`` in one update request."""
        self.update(document_update(doc_id, graph))

    def put_document_update(self, update: str) -> None:
        """Apply a :func:`document_update` made elsewhere (a build worker) in one request."""
        self.update(update)

    def remove_document(self, doc_id: str) -> None:
        """Drop the named graph of ``doc_id`` (no error if absent)."""
        self.update(f"DROP SILENT GRAPH <{graph_iri(doc_id)}>")

    def document_graph(self, doc_id: str, *, with_entities: bool = True) -> Graph:
        """A copy of one document's named graph, with the descriptions of the entities it names."""
        name = graph_iri(doc_id)
        g = bind_prefixes(Graph(identifier=name))
        for t in self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").graph:
            g.add(t)
        if with_entities:
            # The same closure as the embedded store: the entities named, then what their descriptions name
            # (geometry nodes, containers up to the country), one VALUES round trip per level.
            seen: set = set()
            todo = {t for t in set(g.subjects()) | set(g.objects()) if str(t).startswith(str(ENTITY))}
            while todo:
                seen |= todo
                values = " ".join(f"<{t}>" for t in sorted(todo))
                q = f"CONSTRUCT {{ ?e ?p ?o }} WHERE {{ VALUES ?e {{ {values} }} GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}"
                todo = set()
                for t in self.query(q).graph:
                    g.add(t)
                    if isinstance(t[2], URIRef) and str(t[2]).startswith(str(ENTITY)) and t[2] not in seen:
                        todo.add(t[2])
        return g

    def __len__(self) -> int:
        res = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")
        return int(next(iter(res))[0])

    def stats(self) -> dict[str, int]:
        """Counts of documents, quads and records by type."""
        return _stats(self)


def _open_remote(spec: str, read_only: bool) -> RemoteStore:
    return RemoteStore(spec, read_only=read_only)


def _open_oxigraph(spec: str, read_only: bool) -> KGStore:
    return KGStore(spec, read_only=read_only)


#: Store back-ends by URL scheme; a plain path is the embedded Oxigraph store.
BACKENDS = {"": _open_oxigraph, "sparql+http": _open_remote, "sparql+https": _open_remote}


def open_store(spec: str | os.PathLike[str], *, read_only: bool = False) -> "KGStore | RemoteStore":
    """Open a store from a path (embedded Oxigraph) or a ``scheme://`` URL."""
    text = str(spec)
    scheme = text.split("://", 1)[0] if "://" in text else ""
    try:
        opener = BACKENDS[scheme]
    except KeyError:
        raise StoreError(f"unknown store {text!r}: give a directory path or sparql+http://HOST:PORT") from None
    return opener(text, read_only)
