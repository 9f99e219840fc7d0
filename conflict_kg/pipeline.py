"""From documents to the store: read, segment, parse, extract, resolve, write.

The pipeline is the only place that knows all layers: inputs
(:mod:`conflict_kg.inputs`), segmentation (:mod:`conflict_kg.extract.segment`), the spaCy
models (:mod:`conflict_kg.extract.models`), the language extractors, the resolver
(:mod:`conflict_kg.kg.resolve`), the graph builder (:mod:`conflict_kg.kg.rdf`) and the store
(:mod:`conflict_kg.kg.store`).

Documents are parsed in batches with ``nlp.pipe`` so the models run at their
own speed; each document is then written atomically, so an interrupted build
keeps every document written before the interruption. A document whose
content hash is already in the store is not parsed again.

With ``jobs > 1`` (or ``dask=``) the parse + extract + resolve + graph step
runs in worker processes (:func:`process_documents`), which send each
document's graph back as N-Triples (:class:`DocResult`); this process alone
writes the store (an embedded store has a single writer), taking results in
input order with a bounded number of batches in flight. Scripts that call
``build(..., jobs=N)`` need the usual ``if __name__ == "__main__":`` guard,
because workers are spawned (not forked: the parent may hold models and
BLAS thread pools).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib.namespace import DCTERMS, RDF

from conflict_kg.extraction import EXTRACTORS, all_mentions, extract_document, extract_documents
from conflict_kg.inputs import BuildWarning, iter_documents
from conflict_kg.kg.gazetteer import load_gazetteer
from conflict_kg.kg.incident_graph import refresh_incidents
from conflict_kg.kg.model import DocRecords, Document, Skipped
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import doc_iri, document_graph, document_triples, graph_iri  # noqa: F401  (document_graph: older imports)
from conflict_kg.kg.resolve import Resolver
from conflict_kg.kg.store import KGStore, RemoteStore, document_update, open_store
from conflict_kg.kg.updates import document_quads
from conflict_kg.workers import DocResult, parallel_results, process_documents, write_result

__all__ = [
    "EXTRACTORS",
    "BuildInterrupted",
    "BuildSummary",
    "DocResult",
    "all_mentions",
    "extract_documents",
    "extract_document",
    "process_documents",
    "write_result",
    "build",
]

log = logging.getLogger(__name__)

#: The name :func:`conflict_kg.extraction.all_mentions` had when it lived here (benchmarks and tests use it).
_all_mentions = all_mentions

#: How many documents are parsed together in one ``nlp.pipe`` call (and sent to a worker as one task).
_DOC_BATCH = 64
#: Documents per worker task: one ``nlp.pipe`` batch, so the workers' loads stay even on small inputs.
_TASK_BATCH = 16
#: A document longer than this many characters (a long document, extracted in sections) is written in parts of at most this many triples, each
#: part one transaction, with its content hash last. One update for the graph of a 1 MB one-line
#: document (234 k triples, 98 M characters of SPARQL) took 0.6 GiB for the text and 0.8 GiB more
#: in Oxigraph's transaction (peak 2.3 GiB, 2026-12-06): memory grew with the document.
_WRITE_PART = 20_000
_CONTENT_HASH = CKG.contentHash  # looked up once: a DefinedNamespace attribute is a new URIRef per access
#: The triples that mark a document node (what :data:`_INCOMPLETE` looks for), written before the rest of
#: a document's graph when new documents are added together (:class:`_NewDocuments`).
_MARKS = frozenset({RDF.type, DCTERMS.identifier})
#: New documents are added to an embedded store together once their quads reach this many.
_BULK_QUADS = 20_000
_PARTED_CHARS = 50_000
#: Document graphs without a content hash: a long document whose writing in parts was cut short
#: by a crash (an exception or Ctrl-C drops the parts already written, see :class:`_PartedWrite`).
_INCOMPLETE = f"""SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?d a <{CKG.Document}> ; <http://purl.org/dc/terms/identifier> ?id
    FILTER NOT EXISTS {{ ?d <{CKG.contentHash}> ?h }} }} }}"""


@dataclass
class BuildSummary:
    """What a build did; :meth:`line` is the one-line report."""

    built: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[BuildWarning] = field(default_factory=list)
    mentions: int = 0
    roles: int = 0
    statements: int = 0
    events: int = 0
    claims: int = 0
    chars: int = 0

    def add(self, records: DocRecords) -> None:
        self.built += 1
        self.chars += len(records.doc.text)
        self.mentions += len(records.mentions)
        self.roles += len(records.roles)
        self.statements += len(records.statements)
        self.events += len(records.events)
        self.claims += len(records.claims)

    def add_result(self, result: "DocResult") -> None:
        """Count a document processed elsewhere (a worker process or a Dask task)."""
        self.built += 1
        self.chars += result.chars
        self.mentions += result.mentions
        self.roles += result.roles
        self.statements += result.statements
        self.events += result.events
        self.claims += result.claims

    def line(self) -> str:
        """The summary line. Record counts are what the extractors found in the documents built now,
        every occurrence counted; ``conflict-kg stats`` counts distinct records in the whole store
        (a role or an entity found in ten documents is one node there)."""
        warned = f", {len(self.warnings)} warnings" if self.warnings else ""
        return (
            f"built {self.built} documents, unchanged {self.unchanged}, skipped {len(self.skipped)}{warned}; "
            f"found in the built documents: {self.statements} statements, {self.events} events, "
            f"{self.claims} claims, {self.roles} roles, {self.mentions} mentions "
            "(every occurrence counted; `conflict-kg stats` counts distinct records in the store)"
        )

    def skip_reasons(self, limit: int = 10) -> list[str]:
        """``"N × reason"`` for the ``limit`` most frequent skip reasons, each reason whole."""
        from collections import Counter

        counts = Counter(s.reason for s in self.skipped).most_common()
        lines = [f"{n} × {reason}" for reason, n in counts[:limit]]
        if len(counts) > limit:
            lines.append(f"... and {len(counts) - limit} other reasons ({sum(n for _r, n in counts[limit:])} inputs)")
        return lines


class BuildInterrupted(KeyboardInterrupt):
    """A build stopped by Ctrl-C (or SIGINT): ``summary`` is what it did until then; ``summary_dropped``
    says it had changed the store, so the store's summary is absent until the next build or
    ``conflict-kg summarize`` recomputes it."""

    def __init__(self, summary: BuildSummary, summary_dropped: bool):
        super().__init__("build interrupted")
        self.summary = summary
        self.summary_dropped = summary_dropped


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(
    inputs: Iterable[str | Path],
    store: "str | Path | KGStore | RemoteStore",
    *,
    date: str | None = None,
    lang: str = "auto",
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Callable[[BuildSummary], None] | None = None,  # after each document written
    gazetteer_files: Iterable[str | Path] = (),
    jobs: int = 1,
    dask: str | None = None,
    on_warning: Callable[[BuildWarning], None] | None = None,
    on_section: Callable[[Document, int], None] | None = None,
    record_paths: str = "relative",
) -> BuildSummary:
    """Build (or update) ``store`` from ``inputs``; see ``conflict-kg build``.

    Unchanged documents (same content hash) are not parsed again; a changed
    document replaces its own named graph in one transaction. A build that
    changed anything (or finds the summary missing) ends by recomputing the
    store's per-entity summary (:meth:`conflict_kg.kg.store.KGStore.refresh_summary`) and the incidents of the
    consolidation units its documents touch (:func:`conflict_kg.kg.incident_graph.refresh_incidents`).
    ``gazetteer_files`` are extra CSV/JSONL gazetteer entries added to the
    shipped gazetteer (:func:`conflict_kg.kg.gazetteer.load_gazetteer` ``extra=``).

    ``jobs`` > 1 parses, extracts and resolves in that many worker processes
    (each loads the models once); ``dask`` (``tcp://HOST:PORT`` of a scheduler,
    or ``local:N`` for a local cluster of N worker processes) runs that work on
    a Dask cluster (:mod:`conflict_kg.distributed`). Either way this process
    alone writes the store, and the graph is the same as with ``jobs=1``.

    ``on_warning`` hears what was kept but changed or left out (:class:`BuildWarning`: bytes
    replaced in decoding, a date not understood, a chunk the parser or an extractor failed on);
    ``on_section(doc, end)`` hears the progress of a long document (one-process builds);
    ``record_paths`` is how provenance names input files (:func:`conflict_kg.inputs.iter_documents`).
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    summary = BuildSummary()
    own = isinstance(store, (str, Path))
    kg_store = open_store(store) if own else store
    writer = _Writer(kg_store, summary, on_progress)
    try:
        def warned(warning: BuildWarning) -> None:
            summary.warnings.append(warning)
            if on_warning:
                on_warning(warning)

        reader = _Reader(summary, writer.stored_hashes(), on_skip)
        docs = reader.new_documents(iter_documents(list(inputs), date=date, lang=lang, on_warning=warned,
                                                   record_paths=record_paths))
        _write_documents(writer, docs, jobs, dask, tuple(gazetteer_files), warned, on_section)
        writer.finish()
    except KeyboardInterrupt as exc:
        raise BuildInterrupted(summary, writer.touched) from exc
    finally:
        if own:
            kg_store.close()
    return summary


def _write_documents(writer: "_Writer", docs: Iterator[Document], jobs: int, dask: str | None, extra: tuple,
                     warned: Callable[[BuildWarning], None], on_section: Callable[[Document, int], None] | None) -> None:
    """Process ``docs`` here, in ``jobs`` worker processes or on a Dask cluster; ``writer`` writes them."""
    if dask is not None:
        from conflict_kg.distributed import dask_results

        writer.write_results(dask_results(_batches(docs, _TASK_BATCH), dask, extra), warned)
    elif jobs > 1:
        writer.write_results(parallel_results(_batches(docs, _TASK_BATCH), jobs, extra), warned)
    else:
        resolver = Resolver(load_gazetteer(extra=extra)) if extra else Resolver()
        try:
            for batch in _batches(docs, _DOC_BATCH):
                for records in extract_documents(batch, on_warning=warned, on_section=on_section):
                    writer.write_records(records, resolver)
        finally:  # the documents counted as built are written, whatever stopped the build (Ctrl-C too)
            writer.flush()


class _Reader:
    """The documents of a build that need (re)building: skips reported, repeated ids skipped,
    documents whose content hash the store already holds counted as unchanged."""

    def __init__(self, summary: BuildSummary, known: dict[str, str], on_skip: Callable[[Skipped], None] | None):
        self.summary, self.known, self.on_skip = summary, known, on_skip
        self.seen: set[str] = set()

    def skip(self, item: Skipped) -> None:
        self.summary.skipped.append(item)
        if self.on_skip:
            self.on_skip(item)

    def new_documents(self, items: Iterable[Document | Skipped]) -> Iterator[Document]:
        for item in items:
            if isinstance(item, Skipped):
                self.skip(item)
            elif item.id in self.seen:
                self.skip(Skipped(item.source or item.id,
                                  f"duplicate document id: {item.id!r} was already read in this build"))
            else:
                self.seen.add(item.id)
                if self.known.get(item.id) == item.sha256:
                    self.summary.unchanged += 1
                else:
                    yield item


class _Writer:
    """Writes a build's documents: drops the store summary before the first change (so an interrupted
    build leaves it absent, recomputed by the next build, never silently stale), counts what was
    written, and at the end recomputes the summary and the incidents of the units touched."""

    def __init__(self, store: "KGStore | RemoteStore", summary: BuildSummary,
                 on_progress: Callable[[BuildSummary], None] | None):
        self.store, self.summary, self.on_progress = store, summary, on_progress
        self.touched = False
        self.stored: set[str] = set()  # ids of the documents the store held when the build began
        self.written: list[str] = []  # documents whose incidents must be re-consolidated
        self.new = _NewDocuments(store) if hasattr(store, "add_new_documents") else None

    def _before_write(self) -> None:
        if not self.touched:
            self.store.invalidate_summary()
            self.touched = True

    def _done(self, doc_id: str) -> None:
        self.written.append(doc_id)
        if self.on_progress:
            self.on_progress(self.summary)

    def write_results(self, results: Iterable[list[DocResult]], warned: Callable[[BuildWarning], None]) -> None:
        """Apply the updates made by worker processes or Dask tasks, in input order."""
        for batch_results in results:
            for result in batch_results:
                for warning in result.warnings:
                    warned(warning)
                self._before_write()
                write_result(self.store, result)
                self.summary.add_result(result)
                self._done(result.doc_id)

    def write_records(self, records: DocRecords, resolver: Resolver) -> None:
        """Resolve one document's mentions and replace its named graph: in one update, or a long
        document's in parts (:class:`_PartedWrite`). The triples go straight into the update: an
        rdflib Graph of them cost about a seventh of an English build's CPU time."""
        resolutions = resolver.resolve_mentions(all_mentions(records), records.doc.lang or "", records.doc.date)
        self._before_write()
        long = len(records.doc.text) > _PARTED_CHARS
        fresh = records.doc.id not in self.stored
        parts = _PartedWrite(self.store, records.doc.id, _WRITE_PART if long else None, fresh=fresh,
                             new=self.new if fresh and not long else None)
        try:
            document_triples(records, resolutions, parts)
            parts.close()
        except BaseException:
            if parts.written:  # never leave part of a document: the next build writes it whole
                self.store.remove_document(records.doc.id)
            raise
        self.summary.add(records)
        self._done(records.doc.id)

    def stored_hashes(self) -> dict[str, str]:
        """``{id: content hash}`` of the documents the store holds, after dropping the document graphs
        left incomplete by a crash while writing in parts (no content hash, so this build writes them
        again); the writer notes the ids (any other document's graph is absent: no DROP needed)."""
        for row in self.store.query(_INCOMPLETE):
            self._before_write()
            self.store.remove_document(str(row[0]))
        known = self.store.document_hashes()
        self.stored = set(known)
        return known

    def flush(self) -> None:
        """Write the new documents waiting to be added together."""
        if self.new is not None:
            self.new.flush()

    def finish(self) -> None:
        self.flush()
        if self.touched or not self.store.summary_current():
            self.store.refresh_summary()
        # Incidents of the units these documents touch (all of graph/incidents when it is missing).
        refresh_incidents(self.store, self.written)


class _PartedWrite:
    """Writes one document's graph in parts of ``size`` triples (``None``: one part), one transaction
    each: the first part replaces the document's graph, the last adds its content hash (what makes a
    build treat it as written). Given to :func:`conflict_kg.kg.rdf.document_triples` as the graph to add to."""

    def __init__(self, store: "KGStore | RemoteStore", doc_id: str, size: int | None, *, fresh: bool = False,
                 new: "_NewDocuments | None" = None):
        self.store, self.doc_id, self.size, self.new = store, doc_id, size, new
        # A document the store does not hold (its graph is absent: graphs left without a hash were
        # dropped first) needs no DROP, so an embedded store adds its quads in one transaction
        # without SPARQL text: the same store, ~1.5 CPU s less per 400 English documents.
        self.direct = fresh and hasattr(store, "add_document_quads")
        self.identifier = graph_iri(doc_id)  # the graph's name, as on an rdflib Graph
        self.part: set[tuple] = set()  # a set, as a graph is: an entity's repeated spelling is one triple
        self.held: list[tuple] = []
        self.written = 0

    def add(self, triple: tuple) -> None:
        if triple[1] == _CONTENT_HASH:
            self.held.append(triple)
            return
        self.part.add(triple)
        if self.size is not None and len(self.part) >= self.size:
            self._write()

    def _write(self) -> None:
        if self.new is not None:  # a new short document: one part, added with other new documents
            self.new.add(self.doc_id, self.part)
        elif self.direct:
            self.store.add_document_quads(document_quads(self.doc_id, self.part))
        else:
            self.store.put_document_update(document_update(self.doc_id, list(self.part), replace=not self.written))
        self.part = set()
        self.written += 1

    def close(self) -> None:
        """Write the last part with the content hash."""
        self.part.update(self.held)
        self._write()


class _NewDocuments:
    """New short documents' graphs, added to an embedded store together once they reach
    :data:`_BULK_QUADS` quads (:meth:`conflict_kg.kg.store.KGStore.add_new_documents`): their marks
    first, the bulk of their quads through the bulk loader, their content hashes last, so a crash
    leaves only documents that the next build drops and writes again. Each document comes whole
    (content hash included), so a document is never split between two additions."""

    def __init__(self, store: KGStore):
        self.store = store
        self._clear()

    def _clear(self) -> None:
        self.ids: list[str] = []
        self.marks: list = []
        self.body: list = []
        self.hashes: list = []

    def add(self, doc_id: str, triples: Iterable[tuple]) -> None:
        d = doc_iri(doc_id)
        marks: list[tuple] = []
        body: list[tuple] = []
        hashes: list[tuple] = []
        for t in triples:
            (hashes if t[1] == _CONTENT_HASH else marks if t[1] in _MARKS and t[0] == d else body).append(t)
        self.ids.append(doc_id)
        self.marks += document_quads(doc_id, marks)
        self.body += document_quads(doc_id, body)
        self.hashes += document_quads(doc_id, hashes)
        if len(self.body) >= _BULK_QUADS:
            self.flush()

    def flush(self) -> None:
        ids, marks, body, hashes = self.ids, self.marks, self.body, self.hashes
        self._clear()
        if not ids:
            return
        try:
            self.store.add_new_documents(marks, body, hashes)
        except BaseException:  # none of these documents is left in part: the next build writes them
            for doc_id in ids:
                self.store.remove_document(doc_id)
            raise
