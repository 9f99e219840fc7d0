"""Parties an English event's frame fills with a description instead of a name.

The frames of :mod:`conflict_kg.extract.en_events` fill an event's agents and targets with named
mentions only: every role becomes an entity in the graph, and a "people" entity merged across
documents would be noise in the networks. Most parties in news are described, not named
("Gunmen killed two civilians", "a man was wounded", "police arrested three men"), so the words
are kept apart, as an event's ``agent_descriptions`` / ``target_descriptions`` (``ckg:agentDescription``
/ ``ckg:targetDescription`` literals): a researcher sees who did what to whom, and no entity is made.

A slot of the frame gets a description when its head is a common noun that no mention covers and
that is no place, area, event or weapon word (``vocab_en_parties.NOT_PARTY_NOUNS`` and the trigger, place and
weapon tables); the words are the head with its determiners, numbers and modifiers, as written.

>>> from conflict_kg.extract.en import extract_en_text
>>> ev = extract_en_text("Gunmen killed two civilians in Kherson.", date="2022-09-18").events[0]
>>> ev.agent_descriptions, ev.target_descriptions
(['Gunmen'], ['two civilians'])
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract import vocab_en_frames as F
from conflict_kg.extract import vocab_en_parties as P
from conflict_kg.extract.en_context import DocContext, tok_end, tok_start

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["unnamed_parties", "describe"]

# left dependents kept in a description ("two civilians", "Russian soldiers", "a 70-year-old woman")
_MODIFIERS = frozenset({"det", "nummod", "amod", "compound", "quantmod", "nmod", "npadvmod"})
# slots where a bare number is a count of people: the object or passive subject of the trigger
_COUNT_SLOTS = frozenset({"dobj", "nsubjpass"})


def _not_party(noun: "Token") -> bool:
    lemma, low = noun.lemma_.lower(), noun.lower_
    return (lemma in P.NOT_PARTY_NOUNS or low in P.NOT_PARTY_NOUNS or lemma in V.PLACE_KIND_NOUNS
            or low in V.AREA_NOUNS or lemma in V.EVENT_TRIGGERS or low in V.EVENT_TRIGGERS or low in V.WEAPONS
            or lemma in F.INSTRUMENT_NOUNS)


def describe(ctx: DocContext, off: int, noun: "Token") -> str | None:
    """The words of an unnamed party headed by ``noun``, or None when a mention names it or it is
    no party (a pronoun, a place word, an event word, a weapon)."""
    if noun.pos_ == "NUM" and noun.like_num and noun.dep_ in _COUNT_SLOTS:
        return noun.text  # "killing 12 people and injuring 48": a bare number counts people
    if noun.pos_ != "NOUN" or _not_party(noun):
        return None
    if ctx.mention_at(tok_start(off, noun), tok_end(off, noun)) is not None:
        return None  # named: the frame's mention stands for it
    left = [t for c in noun.children if c.i < noun.i and c.dep_ in _MODIFIERS for t in c.subtree]
    first = min([noun.i] + [t.i for t in left])
    words = noun.doc[first : noun.i + 1].text.strip(" ,;:-")
    return words or None


def _noun_of(c: "Token") -> "Token | None":
    """The noun a frame dependent stands for: itself, or the object of its preposition ("by gunmen")."""
    if c.dep_ in ("prep", "agent"):
        return next((g for g in c.children if g.dep_ == "pobj"), None)
    return c


def unnamed_parties(ctx: DocContext, off: int, tok: "Token", slots: Iterable[tuple["Token", str | None]],
                    patient: bool, targets: bool) -> tuple[list[str], list[str]]:
    """(agent descriptions, target descriptions) of the trigger ``tok`` from its frame ``slots``
    ((dependent, role) pairs as the frame tables read them). ``patient``: the subject suffered the
    event ("a man died"); ``targets``: the event type takes a target."""
    agents: list[str] = []
    suffered: list[str] = []
    for c, role in slots:
        if role not in ("agent", "target", "place"):
            continue  # a nominal trigger's "of"-object ("place") is described as hit unless a place word
        noun = _noun_of(c)
        words = describe(ctx, off, noun) if noun is not None else None
        if words is None:
            continue
        if role in ("target", "place") or (patient and c.dep_ in ("nsubj", "poss")):
            suffered.append(words)
        else:
            agents.append(words)
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "civilians wounded in the shelling": the noun suffered it
        words = describe(ctx, off, tok.head)
        suffered += [words] if words else []
    uniq = lambda xs: list(dict.fromkeys(xs))  # noqa: E731 - keep the first of repeated words
    return uniq(agents), (uniq(suffered) if targets else [])
