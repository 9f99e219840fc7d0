"""English extractor: spaCy-parsed chunks of a document -> :class:`conflict_kg.kg.model.DocRecords`.

The pipeline parses content chunks of ``doc.text`` with ``load_model("en")`` and calls
:func:`extract_en` with each parsed chunk and its character offset. All record offsets
are into ``doc.text``. Steps: mentions and persons-with-roles per chunk
(:mod:`conflict_kg.extract.en_mentions`), a document-level clean-up (headline-only "names",
duplicate spans, short-reference linking), then statements
(:mod:`conflict_kg.extract.en_statements`), events (:mod:`conflict_kg.extract.en_events`) and claims
(:mod:`conflict_kg.extract.en_claims`).
Entities are not resolved to canonical IDs here (that is the resolver's job).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import DocRecords, Document, Mention
from conflict_kg.kg.vocab import SUB_COUNTRY_PLACE_TYPES

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.en_context import DocContext, headline_ranges
from conflict_kg.extract.en_claims import extract_claims
from conflict_kg.extract.en_sides import give_sides
from conflict_kg.extract.en_sources import source_claims
from conflict_kg.extract.en_events import extract_events
from conflict_kg.extract.en_mentions import chunk_mentions, link_persons
from conflict_kg.extract.en_statements import extract_statements
from conflict_kg.extract.segment import paragraph_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "context_en", "context_en_text", "extract_en", "extract_en_text"]

EXTRACTOR = "conflict-kg/en@0.1"


def _drop_headline_guesses(ctx_text: str, headlines: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """Title-case headlines make spaCy see names everywhere ("Director Meet Last Month");
    keep a headline-only person only if the name also occurs outside the headlines."""
    def in_head(pos: int) -> bool:
        return any(a <= pos < b for a, b in headlines)

    body_persons = {m.text for m in mentions if m.type == "Person" and not in_head(m.start)}
    out = []
    for m in mentions:
        if m.type == "Person" and in_head(m.start) and m.text not in body_persons:
            rest = ctx_text[: m.start] + ctx_text[m.end :]
            if m.text not in rest:
                continue
        out.append(m)
    return out


_PLACE_TYPES = SUB_COUNTRY_PLACE_TYPES
#: Raw labels whose type may be overruled by the document ("Kharkiv" tagged PERSON once, LOC elsewhere).
_RETYPABLE_LABELS = frozenset({"PERSON", "ORG"})


def _place_core(text: str) -> str:
    """ "Kharkiv region" -> "Kharkiv" (the name a bare mention of the place would carry)."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in V.REGION_WORDS:
        words = words[:-1]
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _retype_places(mentions: list[Mention], role_persons: set[tuple[int, int]]) -> None:
    """spaCy's small model labels one occurrence of a Ukrainian place PERSON or ORG and
    another GPE ("a drone attack on Kharkiv" vs "the Kharkiv region"): within one document
    a name is one thing, so a bare PERSON/ORG mention whose text is the name of a place
    mention of the same document becomes a place (in place). Titled persons are kept.

    >>> ms = [Mention("Kharkiv region", 0, 14, "AdministrativeRegion", "PROPN+region"),
    ...       Mention("Kharkiv", 20, 27, "Person", "PERSON")]
    >>> _retype_places(ms, set()); ms[1].type
    'Location'
    """
    places: dict[str, str] = {}
    for m in mentions:
        if m.type in _PLACE_TYPES and m.label not in _RETYPABLE_LABELS:
            core = _place_core(m.text)
            # the same text keeps its type ("Kupiansk" Settlement); a region's bare name is the generic place
            places.setdefault(core, m.type if core == m.text and m.type != "AdministrativeRegion" else "Location")
    for m in mentions:
        if m.label in _RETYPABLE_LABELS and m.type not in _PLACE_TYPES and (m.start, m.end) not in role_persons:
            typ = places.get(m.text)
            if typ is not None:
                m.type = typ


def context_en(chunks: list[tuple["Doc", int]], doc: Document) -> DocContext:
    """The mention stage of one document: mentions and person roles of the parsed chunks,
    cleaned up across the document, in the context the statement, event and claim rules read.

    ``chunks``: ``(spaCy Doc, character offset of the chunk in doc.text)``.
    """
    mentions: list[Mention] = []
    roles = []
    for sdoc, off in chunks:
        if not doc.text.startswith(sdoc.text, off):
            raise ValueError(f"chunk at offset {off} does not match doc.text")
        ms, rs = chunk_mentions(sdoc, off, EXTRACTOR)
        mentions += ms
        roles += rs
    # de-duplicate identical spans (a chunk boundary or two repairs can give the same span twice)
    uniq: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        uniq.setdefault((m.start, m.end), m)
    mentions = sorted(uniq.values(), key=lambda m: (m.start, m.end))
    mentions = _drop_headline_guesses(doc.text, headline_ranges(doc.text), mentions)
    by_span = {(m.start, m.end): m for m in mentions}
    # roles point at the kept mention object of their person span
    roles = [r for r in roles if (r.person.start, r.person.end) in by_span]
    for r in roles:
        r.person = by_span[(r.person.start, r.person.end)]
    _retype_places(mentions, {(r.person.start, r.person.end) for r in roles})
    link_persons(mentions)
    return DocContext(text=doc.text, date=doc.date, extractor=EXTRACTOR, chunks=chunks, mentions=mentions,
                      roles=roles)


def extract_en(chunks: list[tuple["Doc", int]], doc: Document) -> DocRecords:
    """Extract mentions, person roles, statements, events and claims from parsed chunks.

    ``chunks``: ``(spaCy Doc, character offset of the chunk in doc.text)``.
    """
    ctx = context_en(chunks, doc)
    statements = extract_statements(ctx)
    events = extract_events(ctx)
    claims = extract_claims(ctx, statements, events)
    claims += source_claims(ctx, events, claims)
    give_sides(ctx, events)
    ctx.mentions.sort(key=lambda m: (m.start, m.end))  # events may add Weapon mentions
    return DocRecords(doc=doc, mentions=ctx.mentions, roles=ctx.roles, statements=statements, events=events,
                      claims=claims)


def _parse(text: str, nlp) -> list[tuple["Doc", int]]:
    """``text`` parsed by paragraphs (blank-line separated), the chunks the pipeline would give."""
    if nlp is None:
        from conflict_kg.extract.models import load_model

        nlp = load_model("en")
    spans = paragraph_spans(text)
    return list(zip(nlp.pipe([text[s:e] for s, e in spans]), [s for s, _ in spans]))


def context_en_text(text: str, date: str | None = None, doc_id: str = "doc", nlp=None) -> DocContext:
    """Convenience for examples and tests: parse ``text`` by paragraphs and run :func:`context_en`.

    >>> ctx = context_en_text("Ukrainian President Volodymyr Zelensky met Keir Starmer in London.")
    >>> [(m.text, m.type) for m in ctx.mentions]
    [('Ukrainian', 'Country'), ('Volodymyr Zelensky', 'Person'), ('Keir Starmer', 'Person'), ('London', 'Location')]
    """
    return context_en(_parse(text, nlp), Document(id=doc_id, text=text, lang="en", date=date))


def extract_en_text(text: str, date: str | None = None, doc_id: str = "doc", nlp=None) -> DocRecords:
    """Convenience for tests and notebooks: parse ``text`` by paragraphs and extract.

    Paragraphs (blank-line separated) are the chunks, as in the pipeline. ``nlp`` defaults to
    the cached ``load_model("en")``.

    >>> rec = extract_en_text("Ukrainian President Volodymyr Zelensky met Keir Starmer in London on Monday.",
    ...                       date="2025-11-26")
    >>> [(r.person.text, r.role, r.org.text) for r in rec.roles], [(e.type, e.trigger, e.date) for e in rec.events]
    ([('Volodymyr Zelensky', 'President', 'Ukrainian')], [('Meeting', 'met', '2025-11-24')])
    """
    return extract_en(_parse(text, nlp), Document(id=doc_id, text=text, lang="en", date=date))
