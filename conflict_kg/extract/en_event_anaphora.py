"""An English event noun that refers back to an event already told takes that event's parties.

News tells an event once with its parties and then refers back to it: "Tsarnaev and his brother set
off two bombs at the finish line. ... The bombing killed three people" -- "the bombing" is the same
event, so Tsarnaev is its agent although its sentence does not name him. A trigger noun is such a
reference (:func:`refers_back`) when a definite determiner introduces it and nothing marks it as
another event: no number or date ("the 2003 bombing"), no name of its own ("the El Nogal Club
bombing"), no ordinal or superlative ("the first attack", "the deadliest attack"), no possessor
("Monday's attack", "their attack"), only the modifiers of :data:`SAME_EVENT_MODIFIERS`.
:func:`inherit_parties` gives such an event, for each party role it has none of, the parties of the
latest earlier event of its type in the document (within :data:`WINDOW` characters) that has them,
and likewise its place and instrument when its sentence states none.

>>> from conflict_kg.extract.en import extract_en_text
>>> rec = extract_en_text("Ahmad Khan bombed a market in Kabul on Monday. The bombing killed three people.")
>>> [(e.trigger, [m.text for m in e.agents]) for e in rec.events]
[('bombed', ['Ahmad Khan']), ('bombing', ['Ahmad Khan'])]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import Event

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["refers_back", "inherit_parties", "SAME_EVENT_MODIFIERS", "WINDOW"]

#: Adjectives that describe an event already told without making it another one ("the deadly blast").
SAME_EVENT_MODIFIERS = frozenset("deadly terrorist suicide twin double bloody brutal horrific fatal terror "
                                 "explosive alleged apparent".split())
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# dependents that leave the noun the same event: its determiner, phrases after it, punctuation
_NEUTRAL_DEPS = frozenset({"det", "prep", "punct", "acl", "relcl", "cc", "conj"})
#: How far back (characters) the event referred to may be told.
WINDOW = 2000


def refers_back(tok: "Token") -> bool:
    """Is the trigger noun ``tok`` a definite reference to an event already told ("the bombing")?"""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ in _NEUTRAL_DEPS:
            continue
        if c.dep_ == "amod" and c.lower_ in SAME_EVENT_MODIFIERS:
            continue
        if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.like_num:
            continue  # "the car bombing", "the bomb attack"
        return False
    return True


def inherit_parties(events: list[Event], anaphoric: set[int]) -> None:
    """Each event in ``anaphoric`` (by ``id``) takes, for each of agents, targets, places and instrument it
    lacks (names and descriptions alike), those of the latest earlier event of its type within :data:`WINDOW`."""
    for i, ev in enumerate(events):
        if id(ev) not in anaphoric:
            continue
        before = [e for e in events[:i] if e.type == ev.type and e.start < ev.start and ev.start - e.start <= WINDOW]
        if not ev.agents and not ev.agent_descriptions:
            src = next((e for e in reversed(before) if e.agents or e.agent_descriptions), None)
            if src is not None:
                ev.agents = [m for m in src.agents if m not in ev.targets]
                ev.agent_descriptions = list(src.agent_descriptions)
        if not ev.targets and not ev.target_descriptions:
            src = next((e for e in reversed(before) if e.targets or e.target_descriptions), None)
            if src is not None:
                ev.targets = [m for m in src.targets if m not in ev.agents]
                ev.target_descriptions = list(src.target_descriptions)
        _inherit_scene(ev, before)


def _inherit_scene(ev: Event, before: list[Event]) -> None:
    """Where it happened and with what, when the referring event's sentence says neither ("the bombing")."""
    if not ev.locations:
        src = next((e for e in reversed(before) if e.locations), None)
        ev.locations = list(src.locations) if src is not None else []
    if not ev.instrument and not ev.instruments:
        src = next((e for e in reversed(before) if e.instrument or e.instruments), None)
        if src is not None:
            ev.instrument, ev.instruments = src.instrument, list(src.instruments)
