"""Japanese extractor entry point: GiNZA chunks -> typed records.

The pipeline calls :func:`extract_ja` with the spaCy Docs of the content chunks
of ``doc.text`` (each with its character offset). Every record carries
document offsets, ``extractor=EXTRACTOR`` and a confidence; entity resolution
to canonical IDs is left to the pipeline's resolver.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import DocRecords, Document

from conflict_kg.extract.ja_claims import extract_claims
from conflict_kg.extract.ja_event_coref import corefer_events
from conflict_kg.extract.ja_events import extract_events
from conflict_kg.extract.ja_mentions import build_analysis, extract_mentions
from conflict_kg.extract.ja_role_orgs import one_per_office
from conflict_kg.extract.ja_statements import DocContext, extract_statements
from conflict_kg.extract.segment import SUDACHI_MAX_BYTES, paragraph_spans

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "context_ja", "context_ja_text", "extract_ja", "extract_ja_text"]

EXTRACTOR = "conflict-kg/ja@0.1"


def context_ja(chunks: "list[tuple[Doc, int]]", doc: Document) -> DocContext:
    """The mention stage of one document: its GiNZA analysis, mentions and person roles, in the
    index the statement, event and claim rules read.

    ``chunks``: ``(spaCy Doc, character offset of the chunk in doc.text)``.
    """
    an = build_analysis(chunks, doc.text)
    mentions, roles = extract_mentions(an, EXTRACTOR)
    return DocContext(an, mentions, roles)


def extract_ja(chunks: "list[tuple[Doc, int]]", doc: Document) -> DocRecords:
    """Mentions, person roles, statements, events and claims of one Japanese document."""
    recs = DocRecords(doc=doc)
    if not doc.text or not doc.text.strip() or not chunks:
        return recs
    ix = context_ja(chunks, doc)
    statements = extract_statements(ix, doc.date, EXTRACTOR)
    events = corefer_events(ix.an.text, extract_events(ix, doc.date, EXTRACTOR))  # back-references merged
    claims = extract_claims(ix, statements, events, doc.date, EXTRACTOR)
    # Events may add place mentions (Capture targets GiNZA missed): keep them sorted.
    recs.mentions = sorted(ix.mentions, key=lambda m: (m.start, m.end))
    recs.roles = one_per_office(ix.roles)  # the speakers above used every role, as written
    recs.statements = statements
    recs.events = events
    recs.claims = claims
    return recs


def _parse(text: str, nlp) -> "list[tuple[Doc, int]]":
    """``text`` parsed by paragraphs (blank-line separated, none longer than SudachiPy takes)."""
    if nlp is None:
        from conflict_kg.extract.models import load_model

        nlp = load_model("ja")
    spans = paragraph_spans(text, max_bytes=SUDACHI_MAX_BYTES)
    return list(zip(nlp.pipe([text[s:e] for s, e in spans]), [s for s, _ in spans]))


def context_ja_text(text: str, date: str | None = None, doc_id: str = "doc", nlp=None) -> DocContext:
    """Convenience for examples and tests: parse ``text`` by paragraphs and run :func:`context_ja`.

    >>> ix = context_ja_text("ゼレンスキー大統領は21日、キーウで演説した。")
    >>> [(m.text, m.type) for m in ix.mentions], [(r.person.text, r.role) for r in ix.roles]
    ([('ゼレンスキー', 'Person'), ('キーウ', 'City')], [('ゼレンスキー', '大統領')])
    """
    return context_ja(_parse(text, nlp), Document(id=doc_id, text=text, lang="ja", date=date))


def extract_ja_text(text: str, date: str | None = None, doc_id: str = "doc", nlp=None) -> DocRecords:
    """Convenience for tests and notebooks: parse ``text`` by paragraphs and extract; the Japanese
    twin of :func:`conflict_kg.extract.en.extract_en_text`.

    Paragraphs (blank-line separated, split where longer than SudachiPy takes) are the chunks.
    ``nlp`` defaults to the cached ``load_model("ja")``.

    >>> rec = extract_ja_text("警察は28日、キーウで男を逮捕した。", date="2025-11-30")
    >>> [(e.type, e.trigger, [m.text for m in e.locations], e.date) for e in rec.events]
    [('Arrest', '逮捕', ['キーウ'], '2025-11-28')]
    """
    return extract_ja(_parse(text, nlp), Document(id=doc_id, text=text, lang="ja", date=date))
