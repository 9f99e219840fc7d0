"""English events (trigger words + dependency arguments) and claims about them.

Triggers come from :data:`extract.vocab_en.EVENT_TRIGGERS`. Arguments are read off
the parse: the subject/possessor/``by``-phrase is the agent, the object/``on``-phrase
the target, ``between``/``with`` phrases the participants, ``in``/``near``/``across``
phrases the location. A trigger that is the object/subject of a light verb
("repeated missile attacks since October", "there was a meeting in Turkey") also
takes that verb's adjuncts. Prevented or hypothetical events ("further attacks",
"protect ... from Russian attacks") and headlines (they restate the body) are skipped.
An event that is the predicate of a statement's reported content becomes an asserting
:class:`Claim` of its speaker; denials ("denied the claim", "... is false") become denying
claims linked to the claim they dispute (see :func:`extract_claims`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from kg.model import Event, Mention

from extract import vocab_en as V
from extract.en_context import DocContext, tok_end, tok_start

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["extract_events", "LOC_TYPES", "AGENT_TYPES", "light_head", "span_of"]

_LIGHT_VERBS = frozenset(
    "be continue take happen occur hold begin repeat launch carry conduct stage intensify have resume mount "
    "make unleash step increase face".split()
)
_LOC_PREPS = frozenset("in near at around outside across over inside into within throughout".split())
_LOC_TYPES = frozenset({"Location", "City", "AdministrativeRegion", "Settlement", "Facility", "Waterbody"})
_AGENT_TYPES = frozenset({"Person", "Organization", "Government", "MilitaryUnit", "InternationalOrganization",
                          "Location", "Country"})
_TARGET_TYPES = _AGENT_TYPES | _LOC_TYPES
#: Place classes and actor classes, shared with :mod:`extract.en_claims`.
LOC_TYPES = _LOC_TYPES
AGENT_TYPES = _AGENT_TYPES
_SKIP_SUBTREE = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "parataxis"})
_NOT_MONEY_BEFORE = frozenset({"equivalent", "equal", "worth"})
_CONF = {"Attack": 0.65, "Meeting": 0.7, "Aid": 0.6}


def _unique(ms: list[Mention]) -> list[Mention]:
    """Mentions without repeats (by span), first occurrence kept."""
    seen: set[tuple[int, int]] = set()
    out = []
    for m in ms:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def light_head(tok: "Token") -> "Token | None":
    """The light verb governing an event noun ("launched a drone attack", "there was a meeting")."""
    return _light_head(tok)


def span_of(off: int, toks: list["Token"]) -> tuple[int, int]:
    """Character span (into the document) covering ``toks``."""
    return _span(off, toks)


def _core(tok: "Token") -> Iterable["Token"]:
    """The subtree of ``tok`` without relative/appositive clauses (which name other people)."""
    yield tok
    for c in tok.children:
        if c.dep_ not in _SKIP_SUBTREE:
            yield from _core(c)


def _span(off: int, toks: list["Token"]) -> tuple[int, int]:
    toks = sorted(toks, key=lambda t: t.i)
    return tok_start(off, toks[0]), tok_end(off, toks[-1])


def _trigger(tok: "Token") -> tuple[str, str | None] | None:
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "VERB"):
        return None
    if lemma == "fight" and low != "fighting":
        return None
    if lemma == "shoot" and not any(c.lower_ == "down" for c in tok.children):
        return None
    if lemma == "take" and not any(c.lemma_ == "control" for c in tok.children):
        return None
    if lemma in ("provide", "supply", "pledge", "donate") and (tok.pos_ != "VERB" or not any(
        c.dep_ in ("dobj", "dative") for c in tok.children
    )):
        return None  # "power supply", "pledge to ..." are not deliveries
    if tok.pos_ == "NOUN" and any(c.lower_ in ("this", "that", "these", "those") for c in tok.children):
        return None  # "at this meeting": refers back to an event already extracted
    return V.EVENT_TRIGGERS.get(low) or V.EVENT_TRIGGERS.get(lemma)


def _hypothetical(tok: "Token") -> bool:
    if any(c.lower_ in V.HYPOTHETICAL_MODIFIERS for c in tok.children if c.dep_ in ("amod", "advmod")):
        return True
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("from", "against"):
        # "protect these facilities from Russian attacks", "vigilance against attacks"
        anc = head.head
        for _ in range(3):
            if anc.lemma_.lower() in V.PREVENTIVE_HEADS:
                return True
            if anc.head is anc:
                break
            anc = anc.head
    return False


def _mentions_under(ctx: DocContext, off: int, tok: "Token", types=_AGENT_TYPES) -> list[Mention]:
    out: list[Mention] = []
    for t in sorted(_core(tok), key=lambda t: t.i):
        m = ctx.mention_at(tok_start(off, t), tok_end(off, t), types)
        if m is not None and m not in out:
            out.append(m)
    return out


def _head_place(ctx: DocContext, off: int, tok: "Token") -> list[Mention]:
    """The place named by the head noun itself ("Kherson", "the village of X"), not a possessor,
    then the places its own "in"/"near" phrase puts it in ("the town of Kupiansk in the Kharkiv
    region" -> Kupiansk, Kharkiv region)."""
    m = ctx.mention_at(tok_start(off, tok), tok_end(off, tok), _LOC_TYPES)
    if m is None and (tok.lower_ in V.PLACE_KIND_NOUNS or tok.lower_ == "control"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and m is None:
                        found = _head_place(ctx, off, g)
                        m = found[0] if found else None
    out = [m] if m is not None else []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LOC_PREPS:
            out += [x for x in _mentions_under(ctx, off, c, _LOC_TYPES) if x not in out]
    return out


def _light_head(tok: "Token") -> "Token | None":
    if tok.dep_ in ("nsubj", "dobj", "attr", "nsubjpass") and tok.head.lemma_.lower() in _LIGHT_VERBS:
        return tok.head
    return None


def _args(ctx: DocContext, off: int, tok: "Token", typ: str) -> dict:
    agents: list[Mention] = []
    targets: list[Mention] = []
    participants: list[Mention] = []
    locations: list[Mention] = []
    places: list[Mention] = []  # targets that are themselves places ("shelled Kherson")
    ranges = [(tok_start(off, tok), tok_end(off, tok))]
    heads = [tok]
    light = _light_head(tok)
    if light is not None:
        heads.append(light)
        ranges.append((tok_start(off, light), tok_end(off, light)))
    for h in heads:
        for c in h.children:
            if c.i == tok.i:  # spaCy makes a new Token object per access: compare indices
                continue
            dep, low = c.dep_, c.lower_
            if dep in ("nsubj", "poss", "agent") or (dep == "prep" and low == "by"):
                agents += _mentions_under(ctx, off, c)
            elif dep in ("dobj", "nsubjpass") and h.pos_ == "VERB" and typ != "Meeting":
                targets += _mentions_under(ctx, off, c, _TARGET_TYPES)
                places += _head_place(ctx, off, c)
            elif dep == "prep" and low in ("on", "against") and typ != "Meeting":
                targets += _mentions_under(ctx, off, c, _TARGET_TYPES)
                for g in c.children:
                    if g.dep_ == "pobj":
                        places += _head_place(ctx, off, g)
            elif dep == "prep" and low in ("between", "with", "among") and typ in ("Meeting", "Agreement", "Attack"):
                participants += _mentions_under(ctx, off, c)
            elif dep == "prep" and low in _LOC_PREPS:
                locations += _mentions_under(ctx, off, c, _LOC_TYPES)
            elif dep in ("compound", "amod") and typ != "Aid":
                m = ctx.mention_at(tok_start(off, c), tok_end(off, c), _AGENT_TYPES)
                if m is not None and m.label != "DATE":
                    agents.append(m)
            if dep in ("prep", "npadvmod", "advmod", "obl"):
                ranges.append(_span(off, list(c.subtree)))
    if typ == "Capture":
        # "captured the town of Kupiansk in the Kharkiv region": the place taken is where it happened,
        # before any other place of the clause
        locations = _unique(places + locations)
    elif typ == "Attack" and not locations:
        # "shelled Kherson": the place hit is where it happened
        locations = _unique(places)
    if typ == "Meeting":
        persons = [m for m in agents + participants if m.type == "Person"]
        if persons:  # the organisations in "CIA Director Burns" are roles, not participants
            participants = persons
        else:
            participants = agents + participants
        agents = []
    agents = _unique([m for m in agents if m not in participants])
    targets = _unique(targets)
    return {"agents": agents, "targets": targets, "participants": participants, "locations": locations,
            "ranges": ranges}


def _mode(tok: "Token", typ: str) -> tuple[str | None, str | None]:
    if typ != "Attack":
        return None, None
    words = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "by"):
            words += [g for g in c.subtree]
    for w in words:
        mode = V.ATTACK_MODES.get(w.lower_)
        if mode:
            return mode, w.text
    return V.EVENT_TRIGGERS.get(tok.lemma_.lower(), (None, None))[1], None


def _money(sent, off: int) -> tuple[str, tuple[int, int]] | None:
    for ent in sent.ents:
        if ent.label_ != "MONEY":
            continue
        before = {t.lower_ for t in sent.doc[max(sent.start, ent.start - 3) : ent.start]}
        if before & _NOT_MONEY_BEFORE:
            continue
        a = ent.start + (1 if sent.doc[ent.start].lower_ == "the" else 0)
        span = sent.doc[a : ent.end]
        return span.text, (off + span.start_char, off + span.end_char)
    return None


def _quantity(tok: "Token", typ: str) -> str | None:
    if typ in ("Interception", "CasualtyReport"):
        for c in list(tok.children) + [tok]:
            for g in ([c] + list(c.children)):
                if g.dep_ == "nummod" or g.like_num:
                    if g.dep_ == "nummod":
                        return f"{g.text} {g.head.text}"
    return None


def extract_events(ctx: DocContext) -> list[Event]:
    """Events of the document in text order, one per trigger (nested triggers merged)."""
    out: list[Event] = []
    for sdoc, off in ctx.chunks:
        sents = list(sdoc.sents)
        for si, sent in enumerate(sents):
            if ctx.in_headline(off + sent.start_char):
                continue
            found: list[tuple["Token", Event]] = []
            for tok in sent:
                hit = _trigger(tok)
                if hit is None or _hypothetical(tok):
                    continue
                typ, _ = hit
                args = _args(ctx, off, tok, typ)
                mode, instrument = _mode(tok, typ)
                ev = Event(type=typ, trigger=tok.text, start=tok_start(off, tok), end=tok_end(off, tok),
                           agents=args["agents"], targets=args["targets"], participants=args["participants"],
                           locations=args["locations"], mode=mode, instrument=instrument,
                           quantity=_quantity(tok, typ), date=ctx.date_in(args["ranges"]),
                           sentence=ctx.sentence_span(sdoc, off, tok), confidence=_CONF.get(typ, 0.6),
                           extractor=ctx.extractor)
                if typ == "Aid":
                    money = _money(sent, off)
                    if money is None and si > 0 and "\n\n" not in sdoc.text[sents[si - 1].end_char:sent.start_char + 1]:
                        money = _money(sents[si - 1], off)  # "This is the 53 million dollars ... we will provide"
                        if money is not None and ev.date is None:
                            prev = sents[si - 1]
                            ev.date = ctx.date_in([(off + prev.start_char, off + prev.end_char)])
                    if money is not None:
                        ev.quantity = money[0]
                found.append((tok, ev))
            # a trigger inside another trigger's phrase of the same type is the same event
            # ("destroyed ... with airstrikes")
            for tok, ev in found:
                outer = [(t, e) for t, e in found if e is not ev and e.type == ev.type and t.is_ancestor(tok)]
                if outer:
                    t, e = outer[0]
                    e.mode = e.mode or ev.mode
                    e.instrument = e.instrument or ev.instrument or (ev.trigger if ev.mode else None)
                    continue
                out.append(ev)
    out.sort(key=lambda e: e.start)
    return out
