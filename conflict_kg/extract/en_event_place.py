"""Which of the places an English sentence names is where its event happened.

A headline often names several places, and only some of them are the event's:

* where it happened -- the locative phrases of the trigger ("in", "near", "outside", "on the outskirts
  of": ``vocab_en.PREP_ROLES``), the place hit ("shelled Kherson"), the place inside the target's
  phrase ("units ... near Ugledar");
* where the doer stood -- a place inside the agent's phrase ("Russian forces in Kursk shelled Sumy"):
  the event's place only when nothing else in the frame says where ("Ukrainian troops near Kherson
  shelled Russian positions");
* where the fire came from -- the "from"-phrase of a word of firing or launching (:data:`ORIGIN_PREPS`,
  :data:`ORIGIN_HEADS`: "fired at Chasiv Yar from Hradiv", "a drone launched from Crimea", "shelling
  from the territory of the Kursk region"): never the event's place, even as the sentence's unclaimed
  place (:func:`conflict_kg.extract.en_scene.sentence_places`);
* where the report was made -- "said in Kyiv" (``en_events._reporting_places``): never.

The cue tables are data; :func:`event_locations` applies the frame, :func:`origin_spans` finds the
origin phrases.

>>> sorted(ORIGIN_PREPS)
['from', 'out']
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import Mention

from conflict_kg.extract.en_gazetteer import known_place

if TYPE_CHECKING:  # pragma: no cover
    from conflict_kg.extract.en_context import DocContext

__all__ = ["AGENT_POSITION_TYPES", "ORIGIN_PREPS", "ORIGIN_HEADS", "unique_mentions", "event_locations", "origin_spans"]

#: Place classes that, inside the doer's phrase, tell where the doer stood when the frame names another
#: place: towns and villages ("Russian forces in Kursk shelled Sumy").
AGENT_POSITION_TYPES = frozenset({"City", "Settlement"})
#: Prepositions whose place is where fire or a weapon came from ("out" of "out of").
ORIGIN_PREPS = frozenset({"from", "out"})
#: Words (lemmas) of firing and launching, and the weapons and fire they send, whose "from"-phrase is
#: the origin of the strike, not where it hit: "fired ... from Hradiv", "launched from Crimea",
#: "shelling from Russia", "missiles from Belarus". Words of dying ("died from wounds") and of
#: leaving ("withdrew from Kherson", a place taken back) are not here.
ORIGIN_HEADS = frozenset(
    "fire shoot shell launch strike hit attack bomb bombard target "
    "shelling strike strikes attack attacks fire missile missiles rocket rockets drone drones shell shells "
    "artillery mortar mortars airstrike airstrikes".split()
)


def unique_mentions(ms: list[Mention]) -> list[Mention]:
    """Mentions without repeats (by span), first occurrence kept.

    >>> [m.text for m in unique_mentions([Mention("Kherson", 0, 7, "City"), Mention("Kherson", 0, 7, "City")])]
    ['Kherson']
    """
    seen: set[tuple[int, int]] = set()
    out = []
    for m in ms:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def event_locations(row, got: dict[str, list[Mention]]) -> list[Mention]:
    """Where the event happened, from its frame's mentions per role (``got``): its locative phrases,
    the place it hit or took, the places inside its target's phrase, and the places inside its doer's
    phrase only when none of those says where."""
    places = got["places"] if row.target_kind != "none" else []
    locations = got["location"]
    if row.place_target and row.target_kind == "place":
        # "captured the town of Kupiansk in the Kharkiv region": the place taken is where it happened,
        # before any other place of the clause
        locations = unique_mentions(places + locations)
    elif row.place_target and not locations:
        # "shelled Kherson": the place hit is where it happened
        locations = unique_mentions(places)
    # "units ... near Ugledar" (the target's phrase) is where it happened; a town in the doer's phrase
    # ("Russian forces in Kursk shelled Sumy") is where the doer stood, the event's place only when
    # nothing else is ("Ukrainian troops near Kherson shelled Russian positions"). A region there
    # stays: the parse hangs the scene's region on the nearest noun ("a depot near Stepanovka was
    # destroyed by artillerymen of the Russian Federation in the Kherson region").
    nested = got["nested_target"]
    agent_places = got["nested_agent"]
    if locations or nested:
        agent_places = [m for m in agent_places if _kind(m) not in AGENT_POSITION_TYPES]
    return unique_mentions(locations + nested + agent_places)


def _kind(m: Mention) -> str:
    """The mention's place class, the gazetteer's when the NER left it a generic place ("Kursk": GPE)."""
    return known_place(m.text, True) or m.type if m.type == "Location" else m.type


def origin_spans(ctx: "DocContext") -> list[tuple[int, int]]:
    """Character spans of the origin phrases of firing and launching ("fired ... from Hradiv", "a drone
    launched from Crimea"): where a strike came from, never where its event happened."""
    out = []
    for sdoc, off in ctx.chunks:
        for tok in sdoc:
            if tok.dep_ == "prep" and tok.lower_ in ORIGIN_PREPS and tok.head.lemma_.lower() in ORIGIN_HEADS:
                sub = list(tok.subtree)
                out.append((off + sub[0].idx, off + sub[-1].idx + len(sub[-1].text)))
    return out
