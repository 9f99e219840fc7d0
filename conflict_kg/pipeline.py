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

import dataclasses
import importlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from conflict_kg.inputs import BuildWarning, iter_documents
from conflict_kg.extract.modality import find_modality
from conflict_kg.extract.models import load_model, parse_threads
from conflict_kg.extract.lang import split_by_lang
from conflict_kg.extract.segment import SUDACHI_MAX_BYTES, content_chunks
from conflict_kg.extract.zones import keep_body
from conflict_kg.kg.gazetteer import load_gazetteer
from conflict_kg.kg.model import DocRecords, Document, Skipped
from conflict_kg.kg.incident_graph import refresh_incidents
from conflict_kg.kg.rdf import document_graph
from conflict_kg.kg.resolve import Resolver
from conflict_kg.kg.schema import entity_roles
from conflict_kg.kg.store import KGStore, RemoteStore, document_update, open_store

__all__ = [
    "EXTRACTORS",
    "BuildInterrupted",
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
EXTRACTORS = {"ja": "conflict_kg.extract.ja:extract_ja", "en": "conflict_kg.extract.en:extract_en"}

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
#: A document longer than this is parsed and extracted one section of about this many characters at a
#: time (see :func:`extract_documents`): the extractors' document-level steps (person linking, claim
#: matching) then see at most a section, which keeps time linear and memory bounded by the section.
_SECTION_CHARS = 50_000
#: ...and its paragraphs are cut into chunks of at most this many UTF-8 bytes (about 5,000 Japanese
#: characters, against SudachiPy's 49 KB), since one ``nlp.pipe`` call's memory grows with its longest text.
_LONG_CHUNK_BYTES = 15_000
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


def _extractor(lang: str) -> Callable[[list, Document], DocRecords]:
    module, func = EXTRACTORS[lang].split(":")
    return getattr(importlib.import_module(module), func)


def _language_chunks(doc: Document, max_bytes: int = SUDACHI_MAX_BYTES) -> list[tuple[str, int, int]]:
    """Content chunks of ``doc`` as ``(lang, start, end)``.

    A document that mixes Japanese and English paragraphs (a digest quoting a
    wire story) is handled per paragraph: each chunk is cut where the
    paragraph language changes, and each piece goes to its own language's
    model and extractor. Pieces of unknown language follow the document.
    """
    chunks = content_chunks(doc.text, max_bytes=max_bytes)
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
    """Consecutive groups of ``(doc, start, end, ...)`` chunks, each at most ``max_items`` long and at
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


def extract_documents(docs: list[Document], on_warning: Callable[[BuildWarning], None] | None = None,
                      on_section: Callable[[Document, int], None] | None = None) -> Iterator[DocRecords]:
    """Parse and extract a batch of documents: all chunks of one language go through one ``nlp.pipe``.

    A document longer than :data:`_SECTION_CHARS` is parsed and extracted one section (consecutive
    chunks) at a time, so its cost is linear in its length and its memory bounded by the section;
    ``on_section(doc, end)`` reports each section done. A chunk that the parser or an extractor
    fails on is reported to ``on_warning`` (document and offset) and left out; the rest is kept.
    """
    warn = on_warning or (lambda w: log.warning("%s: %s", w.source, w.message))
    short: list[tuple[Document, list[tuple[str, int, int]]]] = []
    for doc in docs:
        if doc.lang not in EXTRACTORS:
            raise ValueError(f"no extractor for language {doc.lang!r} (document {doc.id!r})")
        if len(doc.text) <= _SECTION_CHARS:
            short.append((doc, _language_chunks(doc)))
            continue
        yield from (_add_modality(r) for r in _extract_units(short, warn))
        short = []
        yield _add_modality(_extract_long(doc, warn, on_section))
    yield from (_add_modality(r) for r in _extract_units(short, warn))


def _extract_long(doc: Document, warn: Callable[[BuildWarning], None],
                  on_section: Callable[[Document, int], None] | None) -> DocRecords:
    """Records of one long document, extracted section by section (no section's parses outlive it)."""
    parts: list[DocRecords] = []
    # Each section is extracted from a view of the document in which the text outside the section is
    # blanked (same length, so offsets stay true; newlines kept): the extractors' document-wide scans
    # (quotes, dates, headlines) then cost little outside the section instead of making the whole
    # document quadratic in its sections.
    blank = re.sub(r"[^\n]", " ", doc.text)
    for section in _sections(_language_chunks(doc, _LONG_CHUNK_BYTES), _SECTION_CHARS):
        a, b = section[0][1], section[-1][2]
        view = dataclasses.replace(doc, text=blank[:a] + doc.text[a:b] + blank[b:])
        (records,) = _extract_units([(view, section)], warn)
        records.doc = doc
        parts.append(records)
        if on_section:
            on_section(doc, section[-1][2])
    return _merge(doc, parts) if parts else DocRecords(doc=doc)


def _sections(chunks: list[tuple[str, int, int]], max_chars: int) -> Iterator[list[tuple[str, int, int]]]:
    """Consecutive runs of ``(lang, start, end)`` chunks spanning at most ``max_chars`` (one chunk may be longer).

    >>> [[c[1] for c in s] for s in _sections([("ja", 0, 4), ("ja", 5, 9), ("ja", 9, 20), ("en", 20, 22)], 10)]
    [[0, 5], [9], [20]]
    """
    section: list[tuple[str, int, int]] = []
    for chunk in chunks:
        if section and chunk[2] - section[0][1] > max_chars:
            yield section
            section = []
        section.append(chunk)
    if section:
        yield section


def _extract_units(units: list[tuple[Document, list[tuple[str, int, int]]]],
                   warn: Callable[[BuildWarning], None]) -> list[DocRecords]:
    """Records of each ``(document, its language chunks)`` unit; each language's chunks parsed together."""
    spans: dict[str, list[tuple[int, Document, int, int]]] = {}
    for i, (doc, chunks) in enumerate(units):
        for lang, start, end in chunks:
            spans.setdefault(lang, []).append((i, doc, start, end))
    parsed: dict[tuple[int, str], list] = {}
    for lang, items in spans.items():
        nlp = load_model(lang)
        with parse_threads():
            for group in _pipe_groups([(i, s, e, doc) for i, doc, s, e in items], _PIPE_BATCH, _PIPE_CHARS):
                sdocs = _parse_group(nlp, [(doc, start, end) for _i, start, end, doc in group], warn)
                for (i, start, _end, _doc), sdoc in zip(group, sdocs):
                    if sdoc is not None:
                        parsed.setdefault((i, lang), []).append((sdoc, start))
    out = []
    for i, (doc, _chunks) in enumerate(units):
        langs = [doc.lang] + sorted(lang for lang in spans if lang != doc.lang)
        parts = [p for lang in langs if (i, lang) in parsed
                 for p in [_run_extractor(lang, parsed[(i, lang)], doc, warn)] if p is not None]
        # one hook for every extractor: no events/statements/claims from headlines, bylines, source notes...
        out.append(keep_body(_merge(doc, parts)) if parts else DocRecords(doc=doc))
    return out


def _chunk_warning(doc: Document, start: int, stage: str, exc: BaseException) -> BuildWarning:
    return BuildWarning(doc.source or doc.id, f"{stage} failed on the chunk at character {start} of document "
                        f"{doc.id!r}, which was left out ({type(exc).__name__}: {exc})", doc.id)


def _parse_group(nlp, items: list[tuple[Document, int, int]], warn: Callable[[BuildWarning], None]) -> list:
    """spaCy Docs of the chunks (one ``nlp.pipe`` call); if it fails, each chunk alone, None for a failing one."""
    try:
        return list(nlp.pipe((doc.text[s:e] for doc, s, e in items), batch_size=len(items)))
    except Exception:  # a pathological chunk (deep recursion, tokenizer limit) must not end the build
        pass
    out = []
    for doc, s, e in items:
        try:
            out.append(nlp(doc.text[s:e]))
        except Exception as exc:
            warn(_chunk_warning(doc, s, "parsing", exc))
            out.append(None)
    return out


def _run_extractor(lang: str, chunks: list, doc: Document, warn: Callable[[BuildWarning], None]) -> DocRecords | None:
    """The extractor over ``chunks``; if it raises, over each chunk alone, leaving out (and reporting) failing ones."""
    extract = _extractor(lang)
    try:
        return extract(chunks, doc)
    except Exception as exc:
        if len(chunks) == 1:
            warn(_chunk_warning(doc, chunks[0][1], "extraction", exc))
            return None
    parts = [p for p in (_run_extractor(lang, [chunk], doc, warn) for chunk in chunks) if p is not None]
    return _merge(doc, parts) if parts else None


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


def process_documents(docs: list[Document], resolver: Resolver) -> list[DocResult]:
    """Parse, extract, resolve and serialize ``docs`` (what a worker does; no store involved)."""
    out: list[DocResult] = []
    warnings: list[BuildWarning] = []
    for records in extract_documents(docs, on_warning=warnings.append):
        resolutions = resolver.resolve_mentions(_all_mentions(records), records.doc.lang or "")
        graph = document_graph(records, resolutions)
        out.append(DocResult(
            records.doc.id, len(records.doc.text), len(records.mentions), len(records.roles),
            len(records.statements), len(records.events), len(records.claims), document_update(records.doc.id, graph),
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
    extra = tuple(gazetteer_files)
    touched = False
    try:
        known = kg_store.document_hashes()
        seen: set[str] = set()

        def warned(warning: BuildWarning) -> None:
            summary.warnings.append(warning)
            if on_warning:
                on_warning(warning)

        def todo() -> Iterator[Document]:
            for item in iter_documents(list(inputs), date=date, lang=lang, on_warning=warned,
                                       record_paths=record_paths):
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
                    for warning in result.warnings:
                        warned(warning)
                    before_write()
                    write_result(kg_store, result)
                    written.append(result.doc_id)
                    summary.add_result(result)
                    if on_progress:
                        on_progress(summary)
        else:
            resolver = Resolver(load_gazetteer(extra=extra)) if extra else Resolver()
            for batch in _batches(todo(), _DOC_BATCH):
                for records in extract_documents(batch, on_warning=warned, on_section=on_section):
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
    except KeyboardInterrupt as exc:
        raise BuildInterrupted(summary, touched) from exc
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
