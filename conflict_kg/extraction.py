"""Parse and extract: documents -> :class:`~conflict_kg.kg.model.DocRecords` (the first build stage).

Each language's chunks go through one ``nlp.pipe`` of its spaCy model (:mod:`conflict_kg.extract.models`)
in groups bounded by count and characters, then through that language's extractor
(:data:`EXTRACTORS`); a document mixing Japanese and English paragraphs is split per paragraph.
A long document is parsed and extracted one section at a time. A chunk the parser or an
extractor fails on is reported (:class:`~conflict_kg.inputs.BuildWarning`) and left out.
No store here: :mod:`conflict_kg.pipeline` resolves, builds the graph and writes.
"""
from __future__ import annotations

import dataclasses
import importlib
import logging
import re
from typing import Callable, Iterator

from conflict_kg.inputs import BuildWarning
from conflict_kg.extract.modality import find_modality
from conflict_kg.extract.models import load_model, parse_threads
from conflict_kg.extract.lang import split_by_lang
from conflict_kg.extract.segment import SUDACHI_MAX_BYTES, content_chunks
from conflict_kg.extract.zones import keep_body
from conflict_kg.kg.model import DocRecords, Document
from conflict_kg.kg.schema import entity_roles

__all__ = ["EXTRACTORS", "extract_documents", "extract_document", "all_mentions"]

log = logging.getLogger(__name__)

#: lang -> "module:function" of the extractor (imported on first use so the
#: English path never loads Japanese code and vice versa).
EXTRACTORS = {"ja": "conflict_kg.extract.ja:extract_ja", "en": "conflict_kg.extract.en:extract_en"}

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
#: Characters of the document kept (blanked) on each side of a section in the view it is extracted from
#: (:func:`_section_view`): more than any extractor looks before or after a position.
_VIEW_MARGIN = 2_000
#: A document of more sections than this is parsed in fresh processes, this many sections each
#: (:func:`_records_in_processes`): about 400,000 characters, 10 % more CPU for the model loads.
_SECTIONS_PER_PROCESS = 8
#: The character offsets of the records (shifted from a section view back into the document).
_OFFSET_FIELDS = frozenset({"start", "end", "quote_start", "quote_end"})

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
    """Records of one long document, extracted section by section (no section's parses outlive it).

    A document of more than :data:`_SECTIONS_PER_PROCESS` sections has its sections parsed and
    extracted in fresh processes, one at a time (:func:`_records_in_processes`); the records are the same.
    """
    sections = list(_sections(_language_chunks(doc, _LONG_CHUNK_BYTES), _SECTION_CHARS))
    views = (_section_view(doc, section) for section in sections)
    if len(sections) > _SECTIONS_PER_PROCESS and _may_start_processes():
        results = _records_in_processes(views)
    else:
        results = (_view_records(*view) for view in views)
    parts: list[DocRecords] = []
    for section, (records, warnings) in zip(sections, results):
        for warning in warnings:
            warn(warning)
        records.doc = doc
        parts.append(records)
        if on_section:
            on_section(doc, section[-1][2])
    return _merge(doc, parts) if parts else DocRecords(doc=doc)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _section_view(doc: Document, section: list[tuple[str, int, int]]) -> tuple[Document, list[tuple[str, int, int]], int]:
    """What one section is extracted from: ``(view, its chunks in the view, view offset in the document)``.

    The view is the section with :data:`_VIEW_MARGIN` characters of the document on each side, blanked
    (newlines kept): the extractors see the section as they would in the whole document with everything
    else blanked, but their document-wide scans (quotes, dates, zones, sentences) cost the section's
    length, not the document's: a whole-document view made each section cost more the longer the
    document, so the document's cost grew with the square of its length.
    """
    a, b = section[0][1], section[-1][2]
    lo, hi = max(a - _VIEW_MARGIN, 0), min(b + _VIEW_MARGIN, len(doc.text))
    text = _blank(doc.text[lo:a]) + doc.text[a:b] + _blank(doc.text[b:hi])
    return dataclasses.replace(doc, text=text), [(lang, s - lo, e - lo) for lang, s, e in section], lo


def _view_records(view: Document, chunks: list[tuple[str, int, int]], offset: int) -> tuple[DocRecords, list[BuildWarning]]:
    """The records of a section view (:func:`_section_view`), offsets shifted back into the document,
    and the warnings its chunks gave."""
    warnings: list[BuildWarning] = []
    (records,) = _extract_units([(view, chunks)], warnings.append, offset)
    _shift_offsets(records, offset)
    return records, warnings


def _shift_offsets(records: DocRecords, by: int) -> None:
    """Add ``by`` to every character offset (``start``, ``end``, ``quote_start``, ``quote_end``) of every
    record reachable from ``records`` (mentions, spans, roles...), each object once."""
    if not by:
        return
    seen: set[int] = set()
    stack: list = [records.mentions, records.roles, records.statements, records.events, records.claims]
    while stack:
        obj = stack.pop()
        if isinstance(obj, (list, tuple)):
            stack.extend(obj)
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, Document) and id(obj) not in seen:
            seen.add(id(obj))
            for f in dataclasses.fields(obj):
                value = getattr(obj, f.name)
                if f.name in _OFFSET_FIELDS and isinstance(value, int):
                    setattr(obj, f.name, value + by)
                else:
                    stack.append(value)


def _may_start_processes() -> bool:
    """A daemonic process (a Dask worker) may not start processes: it extracts in-process."""
    import multiprocessing

    return not multiprocessing.current_process().daemon


def _records_in_processes(views: Iterator[tuple]) -> Iterator[tuple[DocRecords, list[BuildWarning]]]:
    """:func:`_view_records` of each view, in order, in one spawned process at a time, replaced by a fresh
    one every :data:`_SECTIONS_PER_PROCESS` sections.

    The parser's native memory (GiNZA, SudachiPy, thinc buffers) grows with what a process has parsed,
    by about 10-15 MiB per 50,000 characters of Japanese, and is never given back: a fresh process bounds it
    by the sections per process, whatever the document's length. One section waits in the queue, so the
    next process starts while this one finishes. If the processes cannot run (a script without the
    ``if __name__ == "__main__":`` guard that spawning needs), the remaining sections are extracted here.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from conflict_kg.workers import run_in_order  # here: conflict_kg.workers imports this module

    views = list(views)
    done = 0
    ctx = multiprocessing.get_context("spawn")  # not fork: the parent may hold models and thread pools
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, max_tasks_per_child=_SECTIONS_PER_PROCESS) as pool:
        try:
            for result in run_in_order(lambda view: pool.submit(_view_records, *view).result, views, 2):
                done += 1
                yield result
        except BrokenProcessPool as exc:
            log.warning("section processes failed (%s); extracting the rest of the document in this process", exc)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    yield from (_view_records(*view) for view in views[done:])


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
                   warn: Callable[[BuildWarning], None], base: int = 0) -> list[DocRecords]:
    """Records of each ``(document, its language chunks)`` unit; each language's chunks parsed together.
    ``base`` is added to the offsets that warnings report (a section view's offset in its document)."""
    spans: dict[str, list[tuple[int, Document, int, int]]] = {}
    for i, (doc, chunks) in enumerate(units):
        for lang, start, end in chunks:
            spans.setdefault(lang, []).append((i, doc, start, end))
    parsed: dict[tuple[int, str], list] = {}
    for lang, items in spans.items():
        nlp = load_model(lang)
        with parse_threads():
            for group in _pipe_groups([(i, s, e, doc) for i, doc, s, e in items], _PIPE_BATCH, _PIPE_CHARS):
                sdocs = _parse_group(nlp, [(doc, start, end) for _i, start, end, doc in group], warn, base)
                for (i, start, _end, _doc), sdoc in zip(group, sdocs):
                    if sdoc is not None:
                        parsed.setdefault((i, lang), []).append((sdoc, start))
    out = []
    for i, (doc, _chunks) in enumerate(units):
        langs = [doc.lang] + sorted(lang for lang in spans if lang != doc.lang)
        parts = [p for lang in langs if (i, lang) in parsed
                 for p in [_run_extractor(lang, parsed[(i, lang)], doc, warn, base)] if p is not None]
        # one hook for every extractor: no events/statements/claims from headlines, bylines, source notes...
        out.append(keep_body(_merge(doc, parts)) if parts else DocRecords(doc=doc))
    return out


def _chunk_warning(doc: Document, start: int, stage: str, exc: BaseException) -> BuildWarning:
    return BuildWarning(doc.source or doc.id, f"{stage} failed on the chunk at character {start} of document "
                        f"{doc.id!r}, which was left out ({type(exc).__name__}: {exc})", doc.id)


def _parse_group(nlp, items: list[tuple[Document, int, int]], warn: Callable[[BuildWarning], None],
                 base: int = 0) -> list:
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
            warn(_chunk_warning(doc, base + s, "parsing", exc))
            out.append(None)
    return out


def _run_extractor(lang: str, chunks: list, doc: Document, warn: Callable[[BuildWarning], None],
                   base: int = 0) -> DocRecords | None:
    """The extractor over ``chunks``; if it raises, over each chunk alone, leaving out (and reporting) failing ones."""
    extract = _extractor(lang)
    try:
        return extract(chunks, doc)
    except Exception as exc:
        if len(chunks) == 1:
            warn(_chunk_warning(doc, base + chunks[0][1], "extraction", exc))
            return None
    parts = [p for p in (_run_extractor(lang, [chunk], doc, warn, base) for chunk in chunks) if p is not None]
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


def all_mentions(records: DocRecords) -> list:
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
