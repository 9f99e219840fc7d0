"""English claims: which party asserts that an event happened, and which party denies it.

A claim is a party's report that an event happened -- an extracted event that is the
predicate of a statement's reported content ("X said its forces captured ...", "the air
force said it shot down 39 drones") -- or a denial: a statement with a denial verb
("denied that ..."), a statement calling a claim false ("The enemy's report about
Kupiansk is false."), or a denial verb taking a claim as object ("denied the claim",
"dismissed the report as false"). A denial disputes the earlier claim of the same event
type/place, or the latest claim when it only says "the claim"/"the report"/"it".
Opinions that merely name an event ("This was the most productive meeting") stay
statements and give no claim.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from conflict_kg.kg.model import Claim, Event, Mention, Statement
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.kg.vocab import PLACE_TYPES

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.arguments import separate_claimants
from conflict_kg.extract.en_context import DocContext, doc_length, tok_end, tok_start, token_at, tokens_starting_in
from conflict_kg.extract.en_events import AGENT_TYPES as _AGENT_TYPES
from conflict_kg.extract.en_events import light_head as _light_head
from conflict_kg.extract.en_events import span_of as _span

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["extract_claims"]

#: Dependencies that keep a trigger the predicate of the reported content: main verb, clausal
#: complement, coordination, participle/adverbial clause ("launched ..., injuring six people").
_CLAUSAL_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "xcomp", "parataxis"})
#: Dependencies of a noun trigger that make it the argument of its (light) verb.
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
#: Prepositions of time/cause/means whose event object happened as the clause says
#: ("after shelling", "in a missile strike", "amid fighting").
_ADJUNCT_PREPS = frozenset("after during amid following in since by with despite".split())
#: Words left out when comparing places ("the Kharkiv region" ~ "Kharkiv").
_PLACE_NOISE = frozenset(V.REGION_WORDS | {"the"})
_CONF_CLAIM = 0.6
_CONF_DENIAL = 0.55


def _asserted(tok: "Token", off: int, lo: int, hi: int) -> bool:
    """Is trigger ``tok`` what the reported content ``[lo, hi)`` says happened?

    Yes for the content's predicate ("its forces captured ...", "it shot down 39 drones") and
    clauses coordinated with or hanging off it ("..., injuring six people"), and for a noun
    that is the object/subject of a light verb in such a position ("launched a drone attack",
    "there was a meeting"). No for an event named inside an argument ("President Putin's
    strategy of attacking the grid will not succeed") or in an evaluation ("This was the most
    productive meeting"): those are opinions about an event, not reports that it happened.
    An event in a time/cause adjunct of the predicate ("lost power after shelling nearby")
    is reported too.
    """
    t = tok
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in _ADJUNCT_PREPS and t.head.head.pos_ in ("VERB", "AUX"):
        t = t.head.head  # "lost power after shelling nearby": the clause reports the shelling too
    elif t.dep_ in _ARG_DEPS or t.pos_ == "NOUN":
        light = _light_head(t)
        if light is None or (light.lemma_ == "be" and not any(c.dep_ == "expl" for c in light.children)):
            return False
        t = light
    while True:
        head = t.head
        if head.i == t.i or not lo <= tok_start(off, head) < hi:
            return True
        if t.dep_ not in _CLAUSAL_DEPS:
            return False
        t = head


def _place_key(text: str) -> str:
    return " ".join(w for w in text.lower().split() if w not in _PLACE_NOISE)


def _places_of(ms: Iterable[Mention]) -> set[str]:
    return {_place_key(m.text) for m in ms if m.type in PLACE_TYPES}


def _party(m: Mention | None) -> str | None:
    return None if m is None else (m.antecedent or m.text).lower()


def _disputed(claims: list[Claim], events: list[Event], denier: Mention | None, typ: str | None,
              places: set[str], claim_word: bool) -> int | None:
    """Index of the earlier asserting claim a denial disputes.

    The latest claim by another party about an event of the same type (and place, when
    both name one); else the latest one about a named place of the denial; else, when the
    denial only says "the claim"/"the report"/"it", the latest claim.
    """
    cands = [j for j in range(len(claims) - 1, -1, -1)
             if claims[j].stance == "asserts" and (denier is None or _party(claims[j].claimant) != _party(denier))]

    def event(j: int) -> Event | None:
        k = claims[j].event_index
        return events[k] if k is not None else None

    def where(e: Event) -> set[str]:
        return _places_of(e.locations + e.targets)

    if typ is not None:
        for j in cands:
            e = event(j)
            if e is not None and e.type == typ and (not places or not where(e) or where(e) & places):
                return j
        return None
    if places:
        for j in cands:
            e = event(j)
            if e is not None and where(e) & places:
                return j
    if claim_word and cands:
        return cands[0]
    return None


def _is_claim_noun(tok: "Token") -> bool:
    return tok.lower_ in V.CLAIM_NOUNS or tok.lemma_.lower() in V.CLAIM_NOUNS


def _falsity_subject(top: "Token") -> "Token | None":
    """The subject of "<claim> is false / untrue / a lie / not true", else None."""
    preds = [c for c in top.children if c.dep_ in ("acomp", "attr")]
    if top.lemma_ != "be":
        preds = [top] if top.pos_ == "ADJ" else []
    for p in preds:
        word = p.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in list(top.children) + list(p.children))
        false = (word in V.FALSITY_WORDS or p.lower_ in V.FALSITY_WORDS) and not negated
        if false or (word in V.TRUTH_WORDS and negated):
            subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _is_claim_noun(subj):
                return subj
    return None


def _content_tops(ctx: DocContext, lo: int, hi: int) -> list[tuple[int, "Token"]]:
    """(chunk offset, token) of the tokens of ``[lo, hi)`` whose head lies outside it (or is itself)."""
    out = []
    for sdoc, off in ctx.chunks:
        if off + doc_length(sdoc) <= lo or off >= hi:
            continue
        for tok in tokens_starting_in(sdoc, off, lo, hi):
            if tok.head.i == tok.i or not lo <= tok_start(off, tok.head) < hi:
                out.append((off, tok))
    return out


def _in_span(events: list[Event], lo: int, hi: int) -> list[int]:
    return [i for i, e in enumerate(events) if lo <= e.start and e.end <= hi]


def _denial_verbs(ctx: DocContext) -> list[tuple[int, int, "Token", int, int]]:
    """Denials without a reported clause: "denied the claim", "rejected the reports",
    "dismissed the report as false". Returns (start, end, verb, object start, object end)."""
    out = []
    for sdoc, off in ctx.chunks:
        for tok in sdoc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in V.DENIAL_VERBS:
                continue
            pos = tok_start(off, tok)
            if ctx.in_quote(pos) or ctx.in_headline(pos) or any(c.dep_ == "neg" for c in tok.children):
                continue
            if any(c.dep_ == "ccomp" for c in tok.children):
                continue  # "denied that ...": a statement with its own content
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
            as_false = any(c.lower_ == "as" and any(g.lower_ in V.FALSITY_WORDS for g in c.subtree)
                           for c in list(tok.children) + (list(obj.children) if obj is not None else []))
            if not ((obj is not None and _is_claim_noun(obj)) or as_false):
                continue  # "dismissed the minister", "rejected the plan": not denials of a claim
            subj = _subject_of(tok)
            toks = [tok] + (list(obj.subtree) if obj is not None else []) + (list(subj.subtree) if subj is not None else [])
            toks += [t for c in tok.children if c.lower_ == "as" for t in c.subtree]
            a, b = _span(off, toks)
            oa, ob = _span(off, list(obj.subtree)) if obj is not None else (pos, pos)
            out.append((a, b, tok, oa, ob))
    return out


def _subject_of(verb: "Token") -> "Token | None":
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def extract_claims(ctx: DocContext, statements: list[Statement], events: list[Event]) -> list[Claim]:
    """Claims in text order.

    * ``asserts``: an event a party reports as having happened -- an extracted event that is
      the predicate of the content of a statement with a claim verb ("X said its forces
      captured ...", "the air force said it shot down 39 drones"). Opinions and quotes that
      merely name an event give a statement and no claim.
    * ``denies``: a statement with a denial verb ("denied that ..."), a statement calling a
      claim false ("said, 'The enemy's report about Kupiansk is false'"), or a denial verb
      with a claim as object ("denied the claim", "dismissed the report as false"). It
      disputes the earlier claim of the same event type/place, or the latest claim when
      only "the claim"/"the report"/"it" is said.
    """
    # at one position the denial verb comes first: "denied the claim, saying it was false" is
    # recorded as "denied the claim" (its follow-up statement repeats it and is dropped below)
    items: list[tuple[int, int, object]] = [(st.start, 1, st) for st in statements]
    items += [(d[0], 0, d) for d in _denial_verbs(ctx)]
    items.sort(key=lambda x: (x[0], x[1]))
    claims: list[Claim] = []
    for _pos, kind, item in items:
        new = (_statement_claims(ctx, item, events, claims) if kind == 1
               else _verb_denial(ctx, item, events, claims, statements))
        for c in new:
            # "denied the claim, saying it was false": one denial, not two
            if c.stance == "denies" and any(
                o.stance == "denies" and o.disputes_index == c.disputes_index and o.event_index == c.event_index
                and _party(o.claimant) == _party(c.claimant) and o.sentence == c.sentence for o in claims
            ):
                continue
            claims.append(c)
    separate_claimants(events, claims)
    return claims


def _statement_claims(ctx: DocContext, st: Statement, events: list[Event], claims: list[Claim]) -> list[Claim]:
    claimant = st.speaker or st.speaker_org
    lemma = _lemma(st.verb or "")
    lo, hi = st.quote_start, st.quote_end
    inside = _in_span(events, lo, hi)
    about = None  # the denied claim phrase, for "<claim> is false"
    if lemma not in V.DENIAL_VERBS:
        for off, top in _content_tops(ctx, lo, hi):
            subj = _falsity_subject(top)
            if subj is not None:
                about = _span(off, list(subj.subtree))
                break
        if about is None:
            if lemma not in V.CLAIM_VERBS:
                return []
            out = []
            for i in inside:
                hit = token_at(ctx, events[i].start)
                # Only battlefield facts (the schema's claimable types) are a party's claim; a meeting
                # or a proposal named in what someone said is reported speech, as in Japanese.
                if hit is not None and EVENT_SCHEMA[events[i].type].claimable and _asserted(hit[2], hit[1], lo, hi):
                    out.append(Claim(claimant=claimant, stance="asserts", text=st.quote, start=st.start, end=st.end,
                                     event_index=i, verb=st.verb, date=st.date, sentence=st.sentence,
                                     confidence=_CONF_CLAIM, extractor=ctx.extractor))
            return out
        inside = _in_span(events, *about)
    denial = dict(claimant=claimant, stance="denies", text=st.quote, start=st.start, end=st.end, verb=st.verb,
                  date=st.date, sentence=st.sentence, extractor=ctx.extractor)
    if inside:  # "denied that Russian forces had captured Avdiivka"
        out = []
        for i in inside:
            ev = events[i]
            j = _disputed(claims, events, claimant, ev.type, _places_of(ev.locations + ev.targets), False)
            out.append(Claim(event_index=i, disputes_index=j, confidence=_CONF_CLAIM, **denial))
        return out
    span = about or (lo, hi)
    places = _places_of(ctx.mentions_in(*span))
    j = _disputed(claims, events, claimant, None, places, about is not None or lemma in V.DENIAL_VERBS)
    return [Claim(event_index=claims[j].event_index if j is not None else None, disputes_index=j,
                  confidence=_CONF_DENIAL, **denial)]


def _verb_denial(ctx: DocContext, item, events: list[Event], claims: list[Claim],
                 statements: list[Statement]) -> list[Claim]:
    a, b, verb, oa, ob = item
    sdoc = verb.doc
    off = next(o for d, o in ctx.chunks if d is sdoc)
    subj = _subject_of(verb)
    claimant = None
    if subj is not None:
        if subj.lower_ in V.PRONOUNS or subj.lower_ in ("it", "they"):
            earlier = [s for s in statements if s.start < a and (s.speaker or s.speaker_org) is not None]
            claimant = (earlier[-1].speaker or earlier[-1].speaker_org) if earlier else None
        else:
            claimant = ctx.mention_at(tok_start(off, subj), tok_end(off, subj), _AGENT_TYPES)
    inside = _in_span(events, oa, ob)
    sent = ctx.sentence_span(sdoc, off, verb)
    denial = dict(claimant=claimant, stance="denies", text=ctx.text[tok_start(off, verb):b], start=a, end=b,
                  verb=verb.text.lower(), date=ctx.date_in([(a, b)], exclude=[(q.open, q.close) for q in ctx.quotes]),
                  sentence=sent, extractor=ctx.extractor)
    if inside:  # "denied Russian claims of capturing Kupiansk"
        ev = events[inside[0]]
        j = _disputed(claims, events, claimant, ev.type, _places_of(ev.locations + ev.targets), False)
        return [Claim(event_index=inside[0], disputes_index=j, confidence=_CONF_CLAIM, **denial)]
    j = _disputed(claims, events, claimant, None, _places_of(ctx.mentions_in(oa, ob)), True)
    return [Claim(event_index=claims[j].event_index if j is not None else None, disputes_index=j,
                  confidence=_CONF_DENIAL, **denial)]


def _lemma(verb: str) -> str:
    """Lemma of a reporting/denial verb as written (statements keep the surface form).

    >>> _lemma("denied"), _lemma("said"), _lemma("claimed"), _lemma("told")
    ('deny', 'say', 'claim', 'tell')
    """
    v = verb.lower()
    irregular = {"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
                 "saying": "say", "telling": "tell", "writing": "write"}
    if v in irregular:
        return irregular[v]
    known = V.REPORTING_VERBS | V.DENIAL_VERBS
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
                         ("s", ""), ("d", "")):
        if v.endswith(suffix) and v[: -len(suffix)] + repl in known:
            return v[: -len(suffix)] + repl
    return v
