"""Where an English event happened, beyond its own frame: place names the NER typed as persons or
organisations, and the sentence's unclaimed place.

Two passes around :func:`conflict_kg.extract.en_events.extract_events`: :func:`cued_places` before it
retypes a name the gazetteer knows as a place when a place cue stands next to it ("shelling in
Nikopol", spaCy: ORG), so the frames read it as where the event happened and never as a party;
:func:`sentence_places` after it gives a violent or territorial event that found no place the
sentence's places no event holds in another role (a report's sentence tells one scene).

>>> from conflict_kg.kg.model import Mention
>>> is_country(Mention("the Russian Federation", 0, 22, "Location")), is_country(Mention("Kherson", 0, 7, "Location"))
(True, False)
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Event, Mention
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.kg.vocab import SUB_COUNTRY_PLACE_TYPES as LOC_TYPES

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.en_context import DocContext
from conflict_kg.extract.en_gazetteer import known_place

__all__ = ["cued_places", "sentence_places", "is_country"]

_RETYPABLE = frozenset({"Person", "Organization", "Facility"})
_SPECIFIC_PLACES = frozenset({"City", "Settlement"})
# fallback places of a sentence: the most specific kind first (rank 0 is taken before 1 ...)
_PLACE_RANK = {"Settlement": 0, "City": 0, "Location": 1, "AdministrativeRegion": 2}
_SCENE_FAMILIES = frozenset({"violence", "territory"})
_WORD = re.compile(r"[a-z]+")


def cued_places(ctx: DocContext) -> None:
    """Names the NER typed person, organisation or facility that a place cue precedes
    (:data:`V.PLACE_NAME_CUES`: "shelling in Nikopol", "the outskirts of Bakhmut", "hit Nikopol") or
    follows (:data:`V.PLACE_NAME_AFTER_CUES`: "Horlivka resident") and the gazetteer knows become places (in place), so that the frames read them as where the event
    happened and never as its parties. A titled person keeps its type."""
    titled = {(r.person.start, r.person.end) for r in ctx.roles}
    for m in ctx.mentions:
        if m.type not in _RETYPABLE or (m.start, m.end) in titled:
            continue
        words = _WORD.findall(ctx.text[max(0, m.start - 40) : m.start].lower())[-2:]
        if words[-1:] == ["the"]:
            words = words[:-1]
        cue = words[-1] if words else ""
        after = _WORD.match(ctx.text[m.end : m.end + 20].lower().lstrip())
        if cue not in V.PLACE_NAME_CUES and not (after and after.group() in V.PLACE_NAME_AFTER_CUES):
            continue
        typ = known_place(m.text, cue in V.LOCATIVE_CUES)
        if typ in LOC_TYPES:
            # a city or village cannot act; a region's or generic place's name is kept generic
            m.type = typ if typ in _SPECIFIC_PLACES else "Location"


def sentence_places(ctx: DocContext, events: list[Event], reporting: list[tuple[int, int]] = ()) -> None:
    """A violent or territorial event whose frames found no place takes the sentence's places
    that no event of the sentence holds in another role, the most specific kind only ("Shelling
    of a residential building in Kharkov: there are dead", "In Melitopol, during the shelling ...,
    a civilian was killed"): a report's sentence tells one scene. Places in ``reporting`` spans (where
    a report was made: "said in Kyiv") are never taken."""
    for ev in events:
        if ev.locations or ev.sentence is None or EVENT_SCHEMA[ev.type].family not in _SCENE_FAMILIES:
            continue
        same = [e for e in events if e.sentence is not None and e.sentence.start == ev.sentence.start]
        held = {id(m) for e in same for m in e.agents + e.targets + e.participants + e.reported_by}
        held |= {id(m) for e in same if e is not ev for m in e.locations}
        cands = [m for m in ctx.mentions_in(ev.sentence.start, ev.sentence.end)
                 if m.type in _PLACE_RANK and id(m) not in held and not is_country(m)
                 and not any(a <= m.start < b for a, b in reporting)]
        best = min((_PLACE_RANK[m.type] for m in cands), default=None)
        ev.locations = [m for m in cands if _PLACE_RANK[m.type] == best]


def is_country(m: Mention) -> bool:
    """Is a generic place mention ("Ukraine", typed Location until resolved) a country?"""
    if m.type != "Location":
        return False
    name = m.text[4:] if m.text.lower().startswith("the ") else m.text
    return known_place(name, True) == "Country"
