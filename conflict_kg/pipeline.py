"""From documents to the store: read, segment, parse, extract, resolve, write.

The pipeline is the only place that knows all layers: inputs
(:mod:`conflict_kg.inputs`), segmentation (:mod:`extract.segment`), the spaCy
models (:mod:`extract.models`), the language extractors, the resolver
(:mod:`kg.resolve`), the graph builder (:mod:`kg.rdf`) and the store
(:mod:`kg.store`).

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

import importlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from conflict_kg.inputs import iter_documents
from extract.modality import find_modality
from extract.models import load_model, parse_threads
from extract.lang import split_by_lang
from extract.segment import content_chunks
from extract.zones import keep_body
from kg.gazetteer import load_gazetteer
from kg.model import DocRecords, Document, Skipped
from kg.incident_graph import refresh_incidents
from kg.rdf import document_graph
from kg.resolve import Resolver
from kg.schema import entity_roles
from kg.store import KGStore, RemoteStore, document_update, open_store

__all__ = [
    "EXTRACTORS",
    "BuildSummary",
    "DocResult",
    "extract_documents",
    "extract_document",
    "process_documents",
    "write_result",
    "build",
]

log = logging.getLogger(__name__)

#: lang -> "module:function" of the extractor (imported on first use so the
#: English path never loads Japanese code and vice versa).
EXTRACTORS = {"ja": "extract.ja:extract_ja", "en": "extract.en:extract_en"}

#: How many documents are parsed together in one ``nlp.pipe`` call (and sent to a worker as one task).
_DOC_BATCH = 64
#: ``nlp.pipe`` batch size. Memory grows with it (ja_ginza keeps a batch's activations): on 100 Wikinews
#: articles peak RSS was 2.7 GiB at 64 and 1.2 GiB at 16, with identical annotations (bench/results.md);
#: 16 was also the faster of the two.
_PIPE_BATCH = 16
#: ...and at most this many characters per ``nlp.pipe`` call (a longer chunk goes alone). ja_ginza's
#: transient memory grows linearly with the text in one call, about 50 KB per character: 16 of the
#: longest Wikinews articles (75 k chars) in one call peaked at 3.4 GiB, one at a time at 1.1 GiB.
#: With this cap a process's peak depends on the longest chunk (at most SudachiPy's 49 KB), not on
#: which documents happen to share a batch. A one-process build of the whole Wikinews corpus peaked
#: at 2.28 GiB (6,024 chars/s) with 16,000 and 1.98 GiB (5,585 chars/s) with 8,000, one run each
#: on 2026-12-05 (bench/results_build_memory.md holds the 8,000 runs).
_PIPE_CHARS = 8_000
#: With ``jobs`` workers, at most ``jobs * _IN_FLIGHT`` batches are queued or running, so memory is
#: bounded by the batch size, not by the corpus.
_IN_FLIGHT = 2
#: Documents per worker task: one ``nlp.pipe`` batch, so the workers' loads stay even on small inputs.
_TASK_BATCH = _PIPE_BATCH
#: Tasks a worker process runs before it is replaced by a fresh one (which loads the models again,
#: a few seconds). What a worker keeps between tasks (spaCy's string store, caches) grows with what
#: it has parsed: 1.19 GiB resident after 600 Wikinews articles against 1.07 after 160. Replacing
#: it every 64 tasks (1,024 documents) bounds that by the task count, whatever the corpus size.
_TASKS_PER_WORKER = 64


@dataclass
class BuildSummary:
    """What a build did; :meth:`line` is the one-line report."""

    built: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
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
        reasons: dict[str, int] = {}
        for s in self.skipped:
            kind = s.reason.split(":", 1)[0]
            reasons[kind] = reasons.get(kind, 0) + 1
        why = ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items()))
        return (
            f"built {self.built} documents, unchanged {self.unchanged}, skipped {len(self.skipped)}"
            + (f" ({why})" if why else "")
            + f"; {self.statements} statements, {self.events} events, {self.claims} claims, "
            f"{self.roles} roles, {self.mentions} mentions"
        )


def _extractor(lang: str) -> Callable[[list, Document], DocRecords]:
    module, func = EXTRACTORS[lang].split(":")
    return getattr(importlib.import_module(module), func)


def _language_chunks(doc: Document) -> list[tuple[str, int, int]]:
    """Content chunks of ``doc`` as ``(lang, start, end)``.

    A document that mixes Japanese and English paragraphs (a digest quoting a
    wire story) is handled per paragraph: each chunk is cut where the
    paragraph language changes, and each piece goes to its own language's
    model and extractor. Pieces of unknown language follow the document.
    """
    chunks = content_chunks(doc.text)
    runs = [(s, e, lang) for s, e, lang in split_by_lang(doc.text) if lang in EXTRACTORS]
    if len({lang for _s, _e, lang in runs} | {doc.lang}) <= 1:
        return [(doc.lang or "", s, e) for s, e in chunks]
    out: list[tuple[str, int, int]] = []
    for s, e in chunks:
        pos = s
        for rs, re_, lang in runs:
            if re_ <= s or rs >= e:
                continue
            a, b = max(s, rs), min(e, re_)
            if a > pos and doc.text[pos:a].strip():
                out.append((doc.lang or "", pos, a))
            out.append((lang, a, b))
            pos = b
        if pos < e and doc.text[pos:e].strip():
            out.append((doc.lang or "", pos, e))
    return out


def _merge(doc: Document, parts: list[DocRecords]) -> DocRecords:
    """One document's records from its per-language parts (claim indices re-based)."""
    if len(parts) == 1:
        return parts[0]
    merged = DocRecords(doc=doc)
    for part in parts:
        n_events, n_claims = len(merged.events), len(merged.claims)
        for c in part.claims:
            if c.event_index is not None:
                c.event_index += n_events
            if c.disputes_index is not None:
                c.disputes_index += n_claims
        merged.mentions += part.mentions
        merged.roles += part.roles
        merged.statements += part.statements
        merged.events += part.events
        merged.claims += part.claims
    merged.mentions.sort(key=lambda m: (m.start, m.end))
    return merged


def _pipe_groups(items: list[tuple], max_items: int, max_chars: int) -> Iterator[list[tuple]]:
    """Consecutive groups of ``(doc, start, end)`` chunks, each at most ``max_items`` long and at
    most ``max_chars`` characters in all, unless one chunk alone is longer.

    >>> [[e - s for _d, s, e in g] for g in _pipe_groups([(None, 0, n) for n in (5, 5, 9, 30, 2)], 3, 10)]
    [[5, 5], [9], [30], [2]]
    """
    group: list[tuple] = []
    size = 0
    for item in items:
        n = item[2] - item[1]
        if group and (len(group) >= max_items or size + n > max_chars):
            yield group
            group, size = [], 0
        group.append(item)
        size += n
    if group:
        yield group


def extract_documents(docs: list[Document]) -> Iterator[DocRecords]:
    """Parse and extract a batch of documents: all chunks of one language go through one ``nlp.pipe``."""
    spans: dict[str, list[tuple[Document, int, int]]] = {}
    for doc in docs:
        if doc.lang not in EXTRACTORS:
            raise ValueError(f"no extractor for language {doc.lang!r} (document {doc.id!r})")
        for lang, start, end in _language_chunks(doc):
            spans.setdefault(lang, []).append((doc, start, end))
    chunks: dict[tuple[str, str], list] = {}
    for lang, items in spans.items():
        nlp = load_model(lang)
        with parse_threads():
            for group in _pipe_groups(items, _PIPE_BATCH, _PIPE_CHARS):
                parsed = nlp.pipe((doc.text[start:end] for doc, start, end in group), batch_size=len(group))
                for (doc, start, _end), sdoc in zip(group, parsed):
                    chunks.setdefault((doc.id, lang), []).append((sdoc, start))
    for doc in docs:
        langs = [doc.lang] + sorted(lang for lang in spans if lang != doc.lang)
        parts = [_extractor(lang)(chunks[(doc.id, lang)], doc) for lang in langs if (doc.id, lang) in chunks]
        # one hook for every extractor: no events/statements/claims from headlines, bylines, source notes...
        yield _add_modality(keep_body(_merge(doc, parts)) if parts else DocRecords(doc=doc))


def _add_modality(records: DocRecords) -> DocRecords:
    """Record hedges ("とみられる", "reportedly") on events and claims, language-independently of the extractor."""
    text, lang = records.doc.text, records.doc.lang or ""
    for rec in (*records.events, *records.claims):
        if rec.modality is None:
            sent = rec.sentence
            # Japanese hedges close the sentence after the event (攻撃したとみられる); English
            # ones stand before or around the verb (reportedly launched; are believed to have).
            start = rec.start if lang == "ja" or sent is None else sent.start
            end = max(sent.end if sent is not None else rec.end, rec.end)
            found = find_modality(text[start:end], lang)
            if found:
                rec.modality, rec.modality_cue = found
    return records


def extract_document(doc: Document) -> DocRecords:
    """Records of one document (convenience for notebooks and tests)."""
    return next(extract_documents([doc]))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class DocResult:
    """One document processed away from the store: its record counts and the store update that writes it.

    ``update`` is :func:`kg.store.document_update` of the document's graph: a SPARQL 1.1 Update
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


def process_documents(docs: list[Document], resolver: Resolver) -> list[DocResult]:
    """Parse, extract, resolve and serialize ``docs`` (what a worker does; no store involved)."""
    out: list[DocResult] = []
    for records in extract_documents(docs):
        resolutions = resolver.resolve_mentions(_all_mentions(records), records.doc.lang or "")
        graph = document_graph(records, resolutions)
        out.append(DocResult(
            records.doc.id, len(records.doc.text), len(records.mentions), len(records.roles),
            len(records.statements), len(records.events), len(records.claims), document_update(records.doc.id, graph),
        ))
    return out


def write_result(store: "KGStore | RemoteStore", result: DocResult) -> None:
    """Replace the document's graph by the one in ``result`` (one atomic update).

    The worker laid the graph out with the store's own :func:`kg.store.document_update`
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


def _run_in_order(submit: Callable[[list[Document]], Callable[[], list[DocResult]]],
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


def _parallel_results(batches: Iterable[list[Document]], jobs: int, gazetteer_files: tuple) -> Iterator[list[DocResult]]:
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
            yield from _run_in_order(lambda b: pool.submit(_work, b).result, batches, jobs * _IN_FLIGHT)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def build(
    inputs: Iterable[str | Path],
    store: "str | Path | KGStore | RemoteStore",
    *,
    date: str | None = None,
    lang: str = "auto",
    on_skip: Callable[[Skipped], None] | None = None,
    on_progress: Callable[[BuildSummary], None] | None = None,
    gazetteer_files: Iterable[str | Path] = (),
    jobs: int = 1,
    dask: str | None = None,
) -> BuildSummary:
    """Build (or update) ``store`` from ``inputs``; see ``conflict-kg build``.

    Unchanged documents (same content hash) are not parsed again; a changed
    document replaces its own named graph in one transaction. A build that
    changed anything (or finds the summary missing) ends by recomputing the
    store's per-entity summary (:meth:`kg.store.KGStore.refresh_summary`) and the incidents of the
    consolidation units its documents touch (:func:`kg.incident_graph.refresh_incidents`).
    ``gazetteer_files`` are extra CSV/JSONL gazetteer entries added to the
    shipped gazetteer (:func:`kg.gazetteer.load_gazetteer` ``extra=``).

    ``jobs`` > 1 parses, extracts and resolves in that many worker processes
    (each loads the models once); ``dask`` (``tcp://HOST:PORT`` of a scheduler,
    or ``local:N`` for a local cluster of N worker processes) runs that work on
    a Dask cluster (:mod:`conflict_kg.distributed`). Either way this process
    alone writes the store, and the graph is the same as with ``jobs=1``.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    summary = BuildSummary()
    own = isinstance(store, (str, Path))
    kg_store = open_store(store) if own else store
    extra = tuple(gazetteer_files)
    try:
        known = kg_store.document_hashes()
        seen: set[str] = set()

        def todo() -> Iterator[Document]:
            for item in iter_documents(list(inputs), date=date, lang=lang):
                if isinstance(item, Skipped):
                    summary.skipped.append(item)
                    if on_skip:
                        on_skip(item)
                    continue
                if item.id in seen:
                    skip = Skipped(item.source or item.id, f"duplicate document id: {item.id!r} was already read in this build")
                    summary.skipped.append(skip)
                    if on_skip:
                        on_skip(skip)
                    continue
                seen.add(item.id)
                if known.get(item.id) == item.sha256:
                    summary.unchanged += 1
                    continue
                yield item

        if dask is not None:
            from conflict_kg.distributed import dask_results

            results: Iterator[list[DocResult]] | None = dask_results(_batches(todo(), _TASK_BATCH), dask, extra)
        elif jobs > 1:
            results = _parallel_results(_batches(todo(), _TASK_BATCH), jobs, extra)
        else:
            results = None
        touched = False
        written: list[str] = []  # documents whose incidents must be re-consolidated

        def before_write() -> None:
            # The summary is dropped before the first change: an interrupted build leaves it
            # absent (recomputed by the next build), never silently stale.
            nonlocal touched
            if not touched:
                kg_store.invalidate_summary()
                touched = True

        if results is not None:
            for batch_results in results:
                for result in batch_results:
                    before_write()
                    write_result(kg_store, result)
                    written.append(result.doc_id)
                    summary.add_result(result)
                if on_progress:
                    on_progress(summary)
        else:
            resolver = Resolver(load_gazetteer(extra=extra)) if extra else Resolver()
            for batch in _batches(todo(), _DOC_BATCH):
                for records in extract_documents(batch):
                    resolutions = resolver.resolve_mentions(_all_mentions(records), records.doc.lang or "")
                    before_write()
                    kg_store.put_document(records.doc.id, document_graph(records, resolutions))
                    written.append(records.doc.id)
                    summary.add(records)
                if on_progress:
                    on_progress(summary)
        if touched or not kg_store.summary_current():
            kg_store.refresh_summary()
        # Incidents of the units these documents touch (all of graph/incidents when it is missing).
        refresh_incidents(kg_store, written)
    finally:
        if own:
            kg_store.close()
    return summary


def _all_mentions(records: DocRecords) -> list:
    """Every Mention object reachable from the records (each once)."""
    out: list = []
    seen: set[int] = set()

    def add(m) -> None:
        if m is not None and id(m) not in seen:
            seen.add(id(m))
            out.append(m)

    for m in records.mentions:
        add(m)
    for r in records.roles:
        add(r.person)
        add(r.org)
    for s in records.statements:
        add(s.speaker)
        add(s.speaker_org)
        for m in s.about:
            add(m)
    for e in records.events:
        for role in entity_roles():  # every entity role of the schema, so none goes unresolved
            for m in getattr(e, role.field):
                add(m)
    for c in records.claims:
        add(c.claimant)
    return out
