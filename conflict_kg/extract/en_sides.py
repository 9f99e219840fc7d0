"""The side of a force an English event names without its country ("the Armed Forces", "Marines").

Military reports name their own forces bare: "the Defense Forces destroyed 16 Russian soldiers",
"units of the National Guard eliminated more than 300 invaders". A party slot (agent or target) that
is such a force (:data:`~conflict_kg.extract.vocab_en_sides.FORCE_NOUNS`), named or described, takes
the side the text gives it, from the first of these cues that gives one:

1. its own words: a side word just before it or an "of" phrase after it ("Moscow-backed separatists",
   "Kyiv's forces", "the army of Ukraine");
2. an earlier mention of the same force with its side ("Ukraine's Armed Forces ... the Armed Forces");
3. a regular force only: the sentence's source (:mod:`conflict_kg.extract.en_sources`: "... - Ukrainian
   General Staff", "according to the Russian Defense Ministry"): a side's report names its own army bare;
4. a regular force only: words only one side uses for the other in the sentence ("invaders",
   "occupiers"; "Kyiv regime"): the report is told from the other side, whose army it names bare;
5. whom it fights: a force striking a party of one side is the other's in a two-sided war
   (:data:`~conflict_kg.extract.vocab_en_sides.OPPONENTS`): "the Defense Forces destroyed 16 Russian
   soldiers".

A party described only by a word one side uses for the other ("the invaders killed three civilians") is
that other side's forces ("Russian forces"); a count of people ("killed 20 invaders") and "the enemy" are
not. The place the force acts in is not a cue: both armies strike and fight in the same towns. When no cue
gives a side, nothing is set (no side is guessed). A sided force is a mention over its own words that
points at its side's name (``Mention.antecedent`` "Ukrainian Armed Forces", label
:data:`conflict_kg.kg.resolve.SIDE_LABEL`): the resolver links it to that force, and the graph takes no
label from it, as for a pronoun.

>>> from conflict_kg.extract.en import extract_en_text
>>> rec = extract_en_text("During the day, the Armed Forces killed 162 invaders near Bakhmut.", date="2023-02-01")
>>> [(m.text, m.antecedent) for m in rec.events[0].agents]
[('the Armed Forces', 'Ukrainian Armed Forces')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from conflict_kg.kg.model import Event, Mention
from conflict_kg.kg.resolve import SIDE_LABEL

from conflict_kg.extract import vocab_en_sides as V
from conflict_kg.extract.en_context import DocContext
from conflict_kg.extract.en_sources import attributions

__all__ = ["force_kind", "give_sides"]

_BEFORE = re.compile(r"([\w'-]+?)(?:'s|’s)?\s+(?:the\s+)?$")
# "units of the Armed Forces of Ukraine in the DPR": the "of" phrase up to the next preposition or stop
_OF_AFTER = re.compile(r"\s+of\s+([^,.;:!?]+?)(?=\s+(?:in|near|on|at|during|with|from|for|and|to|by|after|since)\b"
                       r"|[,.;:!?]|$)")
_PERSPECTIVE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, V.PERSPECTIVE_WORDS), key=len, reverse=True))
                          + r")\b", re.I)
_CONF = 0.6


def _core(text: str) -> str:
    """The force's words without determiners and group words ("units of the National Guard" -> "National Guard")."""
    return V.FORCE_LEADS.sub("", text.strip())


def force_kind(text: str) -> str | None:
    """"regular" / "irregular" for a force named without its country, else None.

    >>> force_kind("the Armed Forces"), force_kind("units of the National Guard"), force_kind("Russian troops")
    ('regular', 'regular', None)
    """
    if V.side_in(text) is not None:
        return None
    return V.FORCE_NOUNS.get(_core(text).lower())


def _own_words(ctx: DocContext, start: int, end: int, sent: tuple[int, int]) -> str | None:
    before = _BEFORE.search(ctx.text[max(sent[0], start - 40) : start])
    if before is not None and V.side_in(before.group(1)):
        return V.side_in(before.group(1))
    after = _OF_AFTER.match(ctx.text[end : sent[1]])
    return V.side_in(after.group(1)) if after is not None else None


def _earlier(ctx: DocContext, start: int, core: str) -> str | None:
    """The side of the latest earlier naming of the same force with its own side words ("Ukraine's National
    Guard ... the National Guard"), outside quotes."""
    if not core:
        return None
    for x in reversed(list(re.finditer(r"\b" + re.escape(core) + r"\b", ctx.text[:start], re.I))):
        if not ctx.in_quote(x.start()):
            side = _own_words(ctx, x.start(), x.end(), (max(0, x.start() - 40), start))
            if side is not None:
                return side
    return None


def _source(ctx: DocContext, sent: tuple[int, int], sources: list) -> str | None:
    return next((V.side_in(ctx.text[a.src_start:a.src_end]) for a in sources if a.sentence == sent), None)


def _perspective(ctx: DocContext, sent: tuple[int, int]) -> str | None:
    """The side whose report the sentence is, from the words it uses for the enemy (outside quotes)."""
    enemies = {V.PERSPECTIVE_WORDS[x.group(0).lower()] for x in _PERSPECTIVE.finditer(ctx.text, *sent)
               if not ctx.in_quote(x.start())}
    return V.OPPONENTS.get(enemies.pop()) if len(enemies) == 1 else None


def _party_side(text: str) -> str | None:
    hits = {V.PERSPECTIVE_WORDS[x.group(0).lower()] for x in _PERSPECTIVE.finditer(text)}
    side = V.side_in(text)
    sides = hits | ({side} if side else set())
    return sides.pop() if len(sides) == 1 else None


def _opponent(others: list[str]) -> str | None:
    """The side that fights the one side the other slot's parties belong to."""
    sides = {s for s in map(_party_side, others) if s}
    return V.OPPONENTS.get(sides.pop()) if len(sides) == 1 else None


def _side(ctx: DocContext, start: int, end: int, kind: str, sent: tuple[int, int], others: list[str],
          sources: list) -> str | None:
    core = _core(ctx.text[start:end])
    side = _own_words(ctx, start, end, sent) or _earlier(ctx, start, core)
    if side is None and kind == "regular":
        side = _source(ctx, sent, sources) or _perspective(ctx, sent)
    return side or _opponent(others)


def _sided(ctx: DocContext, m: Mention, ev: Event, others: list[str], sources: list) -> Mention:
    kind = force_kind(m.text)
    if kind is None or m.antecedent or ev.sentence is None:
        return m
    side = _side(ctx, m.start, m.end, kind, (ev.sentence.start, ev.sentence.end), others, sources)
    if side is None:
        return m
    return replace(m, antecedent=V.sided_name(_core(m.text), side, kind), label=SIDE_LABEL,
                   type="MilitaryUnit" if kind == "regular" else "Organization", confidence=_CONF)


def _described(ctx: DocContext, words: list[str], named: list[Mention], ev: Event, others: list[str],
               sources: list) -> list[Mention]:
    """Mentions for the described forces of a slot that take a side ("Border guards destroyed ...")."""
    out = []
    sent = ev.sentence
    for w in words:
        kind, enemy = force_kind(w), _enemy_word(w)
        at = ctx.text.find(w, sent.start, sent.end) if (kind or enemy) and sent is not None else -1
        if at < 0 or any(m.start < at + len(w) and at < m.end for m in named):
            continue
        if enemy is not None:  # "the invaders": the word names the side's forces ("Russian forces")
            name, kind = V.sided_name("forces", enemy, "regular"), "regular"
        else:
            side = _side(ctx, at, at + len(w), kind, (sent.start, sent.end), others, sources)
            name = V.sided_name(_core(w), side, kind) if side is not None else None
        if name is not None:
            out.append(Mention(w, at, at + len(w), "MilitaryUnit" if kind == "regular" else "Organization",
                               SIDE_LABEL, sent, _CONF, ctx.extractor, antecedent=name))
    return out


def _enemy_word(words: str) -> str | None:
    """The side a party described only by one side's word for the other is ("the invaders", "Occupiers"; not
    "20 invaders", a count of people, nor "the enemy", which both sides say).

    >>> _enemy_word("the invaders"), _enemy_word("20 invaders"), _enemy_word("The enemy")
    ('Russia', None, None)
    """
    return V.PERSPECTIVE_WORDS.get(re.sub(r"^the\s+", "", words.strip(), flags=re.I).lower())


def give_sides(ctx: DocContext, events: list[Event]) -> None:
    """Every event's bare-force agents and targets (named or described) with the side the text gives."""
    sources = attributions(ctx, mint=False)  # only whose report it is; source_claims made the mentions
    for ev in events:
        for slot, other in (("agents", "targets"), ("targets", "agents")):
            others = [m.antecedent or m.text for m in getattr(ev, other)] + getattr(ev, other[:-1] + "_descriptions")
            named = [_sided(ctx, m, ev, others, sources) for m in getattr(ev, slot)]
            named += _described(ctx, getattr(ev, slot[:-1] + "_descriptions"), named, ev, others, sources)
            setattr(ev, slot, named)
