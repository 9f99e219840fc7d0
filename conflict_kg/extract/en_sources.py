"""English sources that a sentence attributes its report to, and the claims they make.

A side's report of what its forces did or what the enemy lost is that side's claim, not a fact the
outlet asserts: "APU lost more than 300 people killed - Russian Defense Ministry", "General Staff:
the Russians are preparing ...", "according to the Ukrainian General Staff, 50 invaders were killed".
The forms are rows of :data:`conflict_kg.extract.vocab_en_sides.SOURCE_FORMS` (as the Japanese
digests end a heading with the party, ``… 露国防省``, :mod:`conflict_kg.extract.ja_claims`):

- the source must be a phrase without a verb or a number ("- civilians killed and wounded" is no source),
  naming a party or a reporting office (:data:`~conflict_kg.extract.vocab_en_sides.SOURCE_NOUNS`: "-
  mayor", "- Headquarters");
- a news outlet is no claimant ("- TV", "according to Reuters"): its report is the outlet's;
- each event of a claimable type inside the attributed words that no other claim asserts becomes an
  asserting :class:`Claim` of the source (claimant None when the source is unnamed, "- the mayor");
  the source is the event's ``reported_by`` and, as for every claim, never its party unless the text
  says so twice (:func:`conflict_kg.extract.arguments.separate_claimants`).

"X said/says ..." is a statement and its claims come from :mod:`conflict_kg.extract.en_claims`.

>>> from conflict_kg.extract.en import context_en_text
>>> ctx = context_en_text("Six DPR servicemen died in battles - Basurin.", date="2022-08-01")
>>> [(a.form, ctx.text[a.src_start:a.src_end]) for a in attributions(ctx)]
[('dash', 'Basurin')]
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from conflict_kg.kg.model import Claim, Event, Mention
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.kg.vocab import ACTOR_TYPES

from conflict_kg.extract import vocab_en_sides as V
from conflict_kg.extract.arguments import separate_claimants
from conflict_kg.extract.en_context import DocContext

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["Attribution", "attributions", "source_claims"]

_CONF = 0.6
#: Who may claim: actors other than news outlets, and countries ("Russia's report").
_CLAIMANT_TYPES = (ACTOR_TYPES - {"MediaOutlet"}) | {"Country", "Location"}
_MAX_SOURCE_WORDS = 10


@dataclass
class Attribution:
    """A sentence's words ``[start, end)`` attributed to the source ``[src_start, src_end)``."""

    form: str
    start: int
    end: int
    src_start: int
    src_end: int
    source: Mention | None  # the named claimant, None for an unnamed office ("- mayor")
    outlet: bool  # the source is a news outlet: its own report, no party's claim
    sentence: tuple[int, int]
    claims: bool = True  # False for "X said ...": a statement, whose claims en_claims makes


def _is_source(toks: list["Token"], names: list[Mention], form: str) -> bool:
    """Can the words ``toks`` be a source: short, no verb, no number, a name or an office? A heading
    before a colon must name an office or a person ("General Staff:", "Zelensky:"), not a place or a
    topic ("Kharkiv region:", "Ukraine update:"); a trailing source may be a name the NER missed
    ("- Basurin")."""
    if not toks or len(toks) > _MAX_SOURCE_WORDS:
        return False
    # a verb makes a clause ("- civilians killed and wounded"), unless it modifies a noun of the name
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") or t.like_num for t in toks):
        return False
    office = any(t.lower_ in V.SOURCE_NOUNS for t in toks)
    if form == "lead colon":
        return office or any(m.type == "Person" for m in names)
    return office or bool(names) or (form == "dash" and len(toks) <= 3 and all(t.pos_ == "PROPN" for t in toks))


def _source_mention(ctx: DocContext, toks: list, off: int, names: list[Mention]) -> Mention | None:
    """The source as a party: an office the NER named only in part ("Russian| Defense Ministry", "People's
    militia of the |DPR|") is a new Organization mention over the whole phrase (without "the"); else the
    longest named party among the source's mentions; None for an unnamed one ("- mayor")."""
    while toks and toks[0].lower_ in ("the", "a", "an"):
        toks = toks[1:]
    if toks:
        a, b = off + toks[0].idx, off + toks[-1].idx + len(toks[-1])
        ids = {t.i for t in toks}
        head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[-1])
        whole = any(m.start <= a and b <= m.end for m in names)
        named = names or any(t.pos_ == "PROPN" for t in toks)
        if not whole and named and head.lower_ in V.OFFICE_NOUNS:
            m = Mention(ctx.text[a:b], a, b, "Organization", "rule:source", None, 0.7, ctx.extractor)
            ctx.add_mention(m)
            return m
        if not names and all(t.pos_ == "PROPN" for t in toks):  # "- Basurin", "- GUR": a name the NER missed
            typ = "Organization" if all(t.is_upper for t in toks) else "Person"
            m = Mention(ctx.text[a:b], a, b, typ, "rule:source", None, 0.6, ctx.extractor)
            ctx.add_mention(m)
            return m
    parties = [m for m in names if m.type in _CLAIMANT_TYPES]
    return max(parties, key=lambda m: (m.end - m.start, -m.start), default=None)


def attributions(ctx: DocContext, mint: bool = True) -> list[Attribution]:
    """The attributed parts of the document's sentences, in text order (one per sentence and form). With
    ``mint``, a claim form's source the NER missed or named in part becomes a mention (added to ``ctx``)."""
    out = []
    for sdoc, off in ctx.chunks:
        for sent in sdoc.sents:
            s0, s1 = off + sent.start_char, off + sent.end_char
            for form, rx, claims in V.SOURCE_FORMS:
                x = rx.search(ctx.text, s0, s1) if form == "according to" else rx.match(ctx.text[s0:s1])
                if x is None:
                    continue
                base = 0 if form == "according to" else s0
                a, b = base + x.start("src"), base + x.end("src")
                if ctx.in_quote(a):
                    continue
                names = ctx.mentions_in(a, b)
                toks = [t for t in sent if a <= off + t.idx < b]
                if not _is_source(toks, names, form):
                    continue
                start, end = (base + x.start("content"), base + x.end("content")) if form != "according to" else (s0, s1)
                outlet = bool(names) and all(m.type == "MediaOutlet" for m in names)
                source = _source_mention(ctx, toks, off, names) if mint and claims and not outlet else None
                out.append(Attribution(form, start, end, a, b, source, outlet, (s0, s1), claims))
                break
    return out


def source_claims(ctx: DocContext, events: list[Event], claims: list[Claim]) -> list[Claim]:
    """New asserting claims of the attributed sources (after ``claims``, which they do not repeat)."""
    asserted = {c.event_index for c in claims if c.stance == "asserts" and c.event_index is not None}
    new = []
    for att in attributions(ctx):
        for i, ev in enumerate(events):
            if not att.claims or not (att.start <= ev.start and ev.end <= att.end):
                continue  # "X said ...": en_claims reads who is a party ("Hamas claimed responsibility")
            for slot in ("agents", "targets", "participants"):  # who reports is no party ("- Russian| Defense ...")
                setattr(ev, slot, [m for m in getattr(ev, slot) if not att.src_start <= m.start < att.src_end])
            if att.outlet or i in asserted:
                continue
            if not EVENT_SCHEMA[ev.type].claimable:
                continue
            if att.source is not None and all(m is not att.source for m in ev.reported_by):
                ev.reported_by.append(att.source)
            new.append(Claim(claimant=att.source, stance="asserts", text=ctx.text[att.start:att.end],
                             start=att.sentence[0], end=att.sentence[1], event_index=i,
                             verb="according to" if att.form == "according to" else None,
                             sentence=ev.sentence, confidence=_CONF, extractor=ctx.extractor))
            asserted.add(i)
    separate_claimants(events, new)
    return new
