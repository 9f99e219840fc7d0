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
from conflict_kg.extract.ja_events import extract_events
from conflict_kg.extract.ja_mentions import build_analysis, extract_mentions
from conflict_kg.extract.ja_statements import Index, extract_statements

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTOR", "extract_ja"]

EXTRACTOR = "conflict-kg/ja@0.1"


def extract_ja(chunks: "list[tuple[Doc, int]]", doc: Document) -> DocRecords:
    """Mentions, person roles, statements, events and claims of one Japanese document."""
    recs = DocRecords(doc=doc)
    if not doc.text or not doc.text.strip() or not chunks:
        return recs
    an = build_analysis(chunks, doc.text)
    mentions, roles = extract_mentions(an, EXTRACTOR)
    ix = Index(an, mentions, roles)
    statements = extract_statements(ix, doc.date, EXTRACTOR)
    events = extract_events(ix, doc.date, EXTRACTOR)
    claims = extract_claims(ix, statements, events, doc.date, EXTRACTOR)
    # Events may add place mentions (Capture targets GiNZA missed): keep them sorted.
    recs.mentions = sorted(ix.mentions, key=lambda m: (m.start, m.end))
    recs.roles = roles
    recs.statements = statements
    recs.events = events
    recs.claims = claims
    return recs
