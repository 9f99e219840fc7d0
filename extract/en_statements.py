"""English statements: direct quotes and indirect speech with speaker, verb, medium, date.

A direct quote is attributed to the reporting verb right after it (``..." he said``,
``..." said Brinken``) or to the nearest reporting verb before it in the opener's
sentence (``Bereschuk wrote on SNS on the 29th, "...``). The speaker is that verb's
subject from the dependency parse; ``he``/``she`` take the previous statement's
speaker (or the last person subject); an unnamed ``spokesman for X`` gives
``speaker=None`` with ``speaker_role``/``speaker_org``. Indirect speech is a reporting
verb with a clausal complement (``He emphasized that ...``) outside any quote.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.model import Mention, Statement

from extract import vocab_en as V
from extract.en_context import DocContext, Quote, tok_end, tok_start, token_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["extract_statements"]

_MAX_BEFORE = 25  # tokens between a reporting verb and the quote it introduces
_MAX_AFTER = 6  # tokens between a closing quote and its "he said"
_SUBJ_DEPS = ("nsubj", "nsubjpass")
_PERSONISH = frozenset({"Person", "Organization", "Government", "MilitaryUnit", "InternationalOrganization",
                        "MediaOutlet", "Location", "Country"})
_CONF_DIRECT = 0.8
_CONF_INDIRECT = 0.6
_PLATFORM_RE = re.compile(r"\b(?:on|via|in)\s+(?:(?:his|her|its|their|the|an?)\s+)?(?:official\s+)?("
                          + "|".join(re.escape(p) for p in V.PLATFORMS) + r")\b")
_MEDIUM_RE = re.compile(r"\b(?:at|in|during|on|through)\s+(?:an?|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,2}?("
                        + "|".join(re.escape(m) for m in V.MEDIUM_WORDS) + r")\b", re.I)


def _reporting(tok: "Token") -> bool:
    return tok.lemma_.lower() in V.REPORTING_VERBS and tok.pos_ in ("VERB",)


def _subject(verb: "Token") -> "Token | None":
    """nsubj of the verb, inherited through coordination ("said ... and claimed that")."""
    seen = 0
    while verb is not None and seen < 4:
        for c in verb.children:
            if c.dep_ in _SUBJ_DEPS:
                return c
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def _verb_before(ctx: DocContext, sdoc, off: int, opener: "Token") -> "Token | None":
    sent = opener.sent
    for t in range(opener.i - 1, max(sent.start, opener.i - _MAX_BEFORE) - 1, -1):
        tok = sdoc[t]
        if _reporting(tok) and ctx.in_quote(tok_start(off, tok)) is None:
            return tok
    return None


def _verb_after(ctx: DocContext, sdoc, off: int, q: Quote) -> "Token | None":
    hit = token_at(ctx, q.close)
    if hit is None or hit[0] is not sdoc:
        return None
    first = hit[2]
    for t in range(first.i, min(len(sdoc), first.i + _MAX_AFTER)):
        tok = sdoc[t]
        if tok.text in (".", "!", "?") or tok_start(off, tok) >= q.close + 60:
            return None
        if _reporting(tok) and tok_start(off, tok) >= q.close:
            # "..." and claimed that X: a verb with its own clause reports something else
            if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
                return None
            return tok
    return None


def _clause_ranges(off: int, verb: "Token") -> list[tuple[int, int]]:
    """Char ranges of the verb and its adjunct children (not the reported clause).

    A coordinated verb ("said on the 30th ... and claimed that") shares its head's adjuncts.
    """
    out = [(tok_start(off, verb), tok_end(off, verb))]
    children = list(verb.children)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        children += [c for c in verb.head.children if c.i < verb.i]
    for c in children:
        if c.dep_ in ("prep", "npadvmod", "advmod", "dobj", "dative", "obl", "agent") :
            sub = list(c.subtree)
            out.append((tok_start(off, sub[0]), tok_end(off, sub[-1])))
    return out


def _medium(ctx: DocContext, off: int, verb: "Token") -> str | None:
    for a, b in _clause_ranges(off, verb)[1:]:
        if ctx.in_quote(a):
            continue
        seg = ctx.text[a:b]
        m = _PLATFORM_RE.search(seg)
        if m:
            return m.group(1)
        m = _MEDIUM_RE.search(seg)
        if m:
            return m.group(1).lower()
    if verb.lemma_ == "tell":  # "told NHK" -> the outlet
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "iobj"):
                m = ctx.mention_at(tok_start(off, c), tok_end(off, c), frozenset({"MediaOutlet", "Organization"}))
                if m is not None:
                    return m.text
    return None


class _Speakers:
    """Resolves subjects to speakers, remembering the last one for pronouns."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.last: tuple[Mention | None, str | None, Mention | None] | None = None
        self.subjects: list[tuple[int, Mention]] = []  # (pos, person mention) of person subjects
        for sdoc, off in ctx.chunks:
            for tok in sdoc:
                if tok.dep_ in _SUBJ_DEPS:
                    m = ctx.mention_at(tok_start(off, tok), tok_end(off, tok), frozenset({"Person"}))
                    if m is not None:
                        self.subjects.append((tok_start(off, tok), m))

    def resolve(self, off: int, subj: "Token | None"):
        """(speaker, role, org) for a subject token."""
        ctx = self.ctx
        if subj is None:
            return None, None, None
        s, e = tok_start(off, subj), tok_end(off, subj)
        if subj.lower_ in V.PRONOUNS:
            pron = Mention(text=subj.text, start=s, end=e, type="Person", label="PRON",
                           sentence=ctx.sentence_span(subj.doc, off, subj), confidence=0.6,
                           extractor=ctx.extractor)
            if self.last is not None:
                prev, role, org = self.last
                if prev is None:
                    return None, role, org
                pron.antecedent = prev.antecedent or prev.text
                if prev.type != "Person":
                    pron.type = prev.type
                return pron, role, org
            earlier = [m for p, m in self.subjects if p < s]
            if earlier:
                pron.antecedent = earlier[-1].antecedent or earlier[-1].text
                role = ctx.role_of(earlier[-1])
                return pron, role.role if role else None, role.org if role else None
            return pron, None, None
        m = ctx.mention_at(s, e, _PERSONISH)
        if m is not None:
            if m.type == "Person":
                same = [r for r in ctx.roles if r.person.start == m.start] or [ctx.role_of(m)]
                r = same[0]
                return m, (r.role if r else None), (r.org if r else None)
            return m, None, None
        if subj.lower_ in V.UNNAMED_SPEAKERS or subj.lemma_.lower() in V.UNNAMED_SPEAKERS:
            org = None
            for t in subj.subtree:
                if t.i != subj.i:
                    org = ctx.mention_at(tok_start(off, t), tok_end(off, t), _PERSONISH - {"Person"})
                    if org is not None:
                        break
            return None, subj.lemma_.lower(), org
        return None, None, None


def _statement(ctx, speakers, off, verb, subj, q_start, q_end, span, direct, conf) -> Statement:
    speaker, role, org = speakers.resolve(off, subj)
    quote = ctx.text[q_start:q_end]
    stripped = quote.rstrip(" ,\n")
    lead = min(len(quote) - len(quote.lstrip()), len(stripped))
    q_start, q_end = q_start + lead, q_start + len(stripped)
    sent = ctx.sentence_span(verb.doc, off, verb)
    st = Statement(quote=ctx.text[q_start:q_end], start=span[0], end=span[1], quote_start=q_start, quote_end=q_end,
                   speaker=speaker, speaker_role=role, speaker_org=org, verb=verb.text.lower(),
                   medium=_medium(ctx, off, verb), direct=direct, sentence=sent,
                   about=[m for m in ctx.mentions_in(q_start, q_end) if m.type != "Person" or m.text.lower() not in V.PRONOUNS],
                   confidence=conf if speaker is not None or org is not None else conf - 0.2,
                   extractor=ctx.extractor)
    quote_ranges = [(x.open, x.close) for x in ctx.quotes]
    st.date = ctx.date_in(_clause_ranges(off, verb), exclude=quote_ranges)
    if speaker is not None or role is not None or org is not None:
        speakers.last = (speaker, role, org)
    return st


def extract_statements(ctx: DocContext) -> list[Statement]:
    """All statements of the document, in text order."""
    todo: list[tuple[int, str, object]] = []
    used: set[tuple[int, int]] = set()
    for q in ctx.quotes:
        if ctx.in_headline(q.open) or q.end - q.start < 3:
            continue
        hit = token_at(ctx, q.open if not q.dangling else q.end)
        if hit is None:
            continue
        sdoc, off, tok = hit
        before = None if q.dangling else _verb_before(ctx, sdoc, off, tok)
        after = _verb_after(ctx, sdoc, off, q)
        pairs = [(v, _subject(v)) for v in (before, after) if v is not None]
        if not pairs:
            continue  # scare quotes, titles: not statements
        # a named subject beats a pronoun ("Bereschuk wrote ..., ``...,” he wrote")
        pairs.sort(key=lambda p: (p[1] is None, p[1] is not None and p[1].lower_ in V.PRONOUNS))
        verb, subj = pairs[0]
        for v, _ in pairs:
            used.add((id(sdoc), v.i))
        todo.append((tok_start(off, verb), "direct", (sdoc, off, verb, subj, q, [p[0] for p in pairs])))
    for sdoc, off in ctx.chunks:
        for tok in sdoc:
            if (id(sdoc), tok.i) in used or not _reporting(tok):
                continue
            pos = tok_start(off, tok)
            if ctx.in_quote(pos) or ctx.in_headline(pos):
                continue
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            subj = _subject(tok)
            if comp is None or subj is None:
                continue
            sub = list(comp.subtree)
            a, b = tok_start(off, sub[0]), tok_end(off, sub[-1])
            if any(q.open < b and a < q.close for q in ctx.quotes):
                continue
            if sub[0].lower_ == "that":
                a = tok_start(off, sub[1]) if len(sub) > 1 else a
            todo.append((pos, "indirect", (sdoc, off, tok, subj, a, b)))
    todo.sort(key=lambda x: x[0])
    speakers = _Speakers(ctx)
    out: list[Statement] = []
    for pos, kind, data in todo:
        if kind == "direct":
            sdoc, off, verb, subj, q, verbs = data
            sstart = min([q.open] + [tok_start(off, v) for v in verbs]
                         + ([tok_start(off, min(subj.subtree, key=lambda t: t.i))] if subj is not None else []))
            send = max([q.close] + [tok_end(off, v) for v in verbs]
                       + ([tok_end(off, subj)] if subj is not None else []))
            st = _statement(ctx, speakers, off, verb, subj, q.start, q.end, (sstart, send), True, _CONF_DIRECT)
            if st.medium is None or st.date is None:  # the other verb's clause may carry them
                for v in verbs[1:]:
                    st.medium = st.medium or _medium(ctx, off, v)
                    st.date = st.date or ctx.date_in(_clause_ranges(off, v),
                                                     exclude=[(x.open, x.close) for x in ctx.quotes])
        else:
            sdoc, off, verb, subj, a, b = data
            # the reported clause may come first ("Russian forces ... overnight, governor X said"):
            # the statement spans speaker, verb and content in whatever order they are written
            subj_toks = list(subj.subtree)
            sstart = min(tok_start(off, subj_toks[0]), tok_start(off, verb), a)
            send = max(tok_end(off, subj_toks[-1]), tok_end(off, verb), b)
            st = _statement(ctx, speakers, off, verb, subj, a, b, (sstart, send), False, _CONF_INDIRECT)
        if st.quote.strip():
            out.append(st)
    return out
