"""Parse, extract, resolve and serialize away from the store: worker processes (``--jobs``).

A worker turns a batch of documents into :class:`DocResult` values (record counts and the SPARQL
Update that writes each document's graph, :func:`process_documents`); the one writing process
applies them (:func:`write_result`). :func:`parallel_results` runs the batches in a pool of spawned
processes and :func:`run_in_order` (also used by :mod:`conflict_kg.distributed`) keeps a bounded
window of batches in flight and yields their results in input order.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from conflict_kg.extraction import all_mentions, extract_documents
from conflict_kg.inputs import BuildWarning
from conflict_kg.kg.gazetteer import load_gazetteer
from conflict_kg.kg.model import Document
from conflict_kg.kg.rdf import document_triples, graph_iri
from conflict_kg.kg.resolve import Resolver
from conflict_kg.kg.store import document_update

if TYPE_CHECKING:
    from conflict_kg.kg.store import KGStore, RemoteStore

__all__ = ["DocResult", "process_documents", "write_result", "parallel_results", "run_in_order"]

#: With ``jobs`` workers, at most ``jobs * _IN_FLIGHT`` batches are queued or running, so memory is
#: bounded by the batch size, not by the corpus.
_IN_FLIGHT = 2
#: Tasks a worker process runs before it is replaced by a fresh one (which loads the models again,
#: a few seconds). What a worker keeps between tasks (spaCy's string store, caches) grows with what
#: it has parsed: 1.19 GiB resident after 600 Wikinews articles against 1.07 after 160. Replacing
#: it every 64 tasks (1,024 documents) bounds that by the task count, whatever the corpus size.
_TASKS_PER_WORKER = 64


@dataclass(frozen=True)
class DocResult:
    """One document processed away from the store: its record counts and the store update that writes it.

    ``update`` is :func:`conflict_kg.kg.store.document_update` of the document's graph: a SPARQL 1.1 Update
    (``DROP SILENT GRAPH`` + ``INSERT DATA`` of its N-Triples in its named graph and the shared
    entities graph) that the one writing process applies as it is, embedded or on a SPARQL server.
    Making the text in the worker keeps parsing and serializing off the writer: 425-517 documents/s
    written against 138-206 when the writer parsed N-Triples into rdflib first (400 English documents).
    """

    doc_id: str
    chars: int
    mentions: int
    roles: int
    statements: int
    events: int
    claims: int
    update: str
    warnings: tuple[BuildWarning, ...] = ()


class _Triples(set):
    """A document's triples as a plain set (what :func:`conflict_kg.kg.rdf.document_triples` adds to):
    the update is made from them directly, without an rdflib Graph in between."""

    def __init__(self, identifier):
        super().__init__()
        self.identifier = identifier


def process_documents(docs: list[Document], resolver: Resolver) -> list[DocResult]:
    """Parse, extract, resolve and serialize ``docs`` (what a worker does; no store involved)."""
    out: list[DocResult] = []
    warnings: list[BuildWarning] = []
    for records in extract_documents(docs, on_warning=warnings.append):
        resolutions = resolver.resolve_mentions(all_mentions(records), records.doc.lang or "", records.doc.date)
        graph = document_triples(records, resolutions, _Triples(graph_iri(records.doc.id)))
        out.append(DocResult(
            records.doc.id, len(records.doc.text), len(records.mentions), len(records.roles),
            len(records.statements), len(records.events), len(records.claims), document_update(records.doc.id, list(graph)),
            tuple(w for w in warnings if w.doc_id == records.doc.id),
        ))
    return out


def write_result(store: "KGStore | RemoteStore", result: DocResult) -> None:
    """Replace the document's graph by the one in ``result`` (one atomic update).

    The worker laid the graph out with the store's own :func:`conflict_kg.kg.store.document_update`
    (document graph, shared entity descriptions), so a parallel build writes exactly what a
    one-process build writes.
    """
    store.put_document_update(result.update)


# -- worker processes (--jobs) ------------------------------------------------
_WORKER_RESOLVER: Resolver | None = None


def _init_worker(gazetteer_files: tuple[str, ...]) -> None:
    """Per worker process: build the resolver once (the spaCy models load on the first batch, once)."""
    global _WORKER_RESOLVER
    extra = tuple(Path(f) for f in gazetteer_files)
    _WORKER_RESOLVER = Resolver(load_gazetteer(extra=extra)) if extra else Resolver()


def _work(docs: list[Document]) -> list[DocResult]:
    assert _WORKER_RESOLVER is not None, "_init_worker did not run"
    return process_documents(docs, _WORKER_RESOLVER)


def run_in_order(submit: Callable[[list[Document]], Callable[[], list[DocResult]]],
                  batches: Iterable[list[Document]], window: int) -> Iterator[list[DocResult]]:
    """Submit batches with at most ``window`` outstanding; yield their results in submission order.

    ``submit`` starts one batch and returns a function that waits for its result. Waiting for the
    oldest batch (not the first finished) keeps the summary and progress deterministic; the
    window bounds memory whatever the corpus size.
    """
    from collections import deque

    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft()()
    while pending:
        yield pending.popleft()()


def parallel_results(batches: Iterable[list[Document]], jobs: int, gazetteer_files: tuple) -> Iterator[list[DocResult]]:
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    batches = iter(batches)
    first = next(batches, None)
    if first is None:  # nothing to parse (e.g. an unchanged rebuild): start no workers
        return
    batches = itertools.chain([first], batches)
    # spawn, not fork: the parent may already hold spaCy models and BLAS/thread pools,
    # which a forked child would inherit in an undefined state.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(tuple(str(f) for f in gazetteer_files),),
                             max_tasks_per_child=_TASKS_PER_WORKER) as pool:
        try:
            yield from run_in_order(lambda b: pool.submit(_work, b).result, batches, jobs * _IN_FLIGHT)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
