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
from conflict_kg.kg.rdf import ENTITIES_GRAPH, ENTITY, META_GRAPH, bind_prefixes, graph_iri
from conflict_kg.kg.remote_store import RemoteStore
from conflict_kg.kg.store_base import (
    DOC_HASHES,
    STORE_FORMAT_VERSION,
    StoreError,
    StoreLocked,
    StoreBase,
    StoreVersionError,
    with_bindings,
)
from conflict_kg.kg.updates import document_update

#: The errors, the format version and :func:`with_bindings` live in :mod:`conflict_kg.kg.store_base`
#: and :class:`RemoteStore` in :mod:`conflict_kg.kg.remote_store`; all are importable from here.
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
    "with_bindings",
]

#: Bytes of document updates applied between flushes of the embedded store. Oxigraph keeps writes
#: in RocksDB memtables until a flush, so a build's writer grew with the corpus: 1.2 GiB after 12,000
#: short documents (1.39 M quads), 1.0 GiB after the 3,670 Wikinews articles. A flush every 16 MiB
#: of updates bounds it (bench/results_writer_memory.md, bench/results_build_memory.md).
FLUSH_BYTES = 16 * 2**20
#: Bytes of update text per quad, to count quads added without text against FLUSH_BYTES (measured:
#: 166 characters per N-Triples line in the store of 400 English documents and the seeds, 2026-12-06).
_QUAD_BYTES = 166

class KGStore(StoreBase):
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
        self.check_format(found, lambda: bool(len(self._ox)), self._ox.update, "rebuild it into a new directory")


    # -- documents -----------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """``{document id: content hash}`` for every document in the store."""
        return {str(row.id): str(row.hash) for row in self.dataset.query(DOC_HASHES)}

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

    def add_document_quads(self, quads: list) -> None:
        """Add a new document's :func:`conflict_kg.kg.updates.document_quads` in one transaction: the
        store a :func:`document_update` gives when the document's graph is absent, without writing
        and parsing SPARQL text (that was a sixth of an English build's CPU time, 2026-12-06)."""
        self._writable()
        self._ox.extend(quads)
        self._unflushed += _QUAD_BYTES * len(quads)
        if self._unflushed >= FLUSH_BYTES:
            self._ox.flush()
            self._unflushed = 0

    def add_new_documents(self, marks: list, body: list, hashes: list) -> None:
        """Add the quads of documents the store does not hold, in three steps: ``marks`` (each document
        node's type and identifier) in one transaction, ``body`` (the rest but the content hashes)
        through Oxigraph's bulk loader, ``hashes`` in one transaction. The bulk loader is not
        transactional, but it took 2.4x less CPU than one transaction per document (1,088 English
        documents, 153 k quads: 1.7 against 4.1 s, 2026-12-06). A document counts as written only
        once its hash is in: a crash before that leaves its graph marked and without a hash, and
        the next build drops it and writes it again (``conflict_kg.pipeline``'s incomplete graphs)."""
        self._writable()
        self._ox.extend(marks)
        self._ox.bulk_extend(body)
        self._ox.extend(hashes)

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
