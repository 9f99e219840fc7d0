"""Which of the places an English sentence names is where its event happened.

A headline often names several places, and only some of them are the event's:

* where it happened -- the locative phrases of the trigger ("in", "near", "outside", "on the outskirts
  of": ``vocab_en.PREP_ROLES``), the place hit ("shelled Kherson"), the place inside the target's
  phrase ("units ... near Ugledar");
* where the doer stood -- a place inside the agent's phrase ("Russian forces in Kursk shelled Sumy"):
  the event's place only when nothing else in the frame says where ("Ukrainian troops near Kherson
  shelled Russian positions");
* where the report was made -- "said in Kyiv" (``en_events._reporting_places``): never.

Where the fire came from ("fired from the territory of the Kursk region") is not read as a place
of the event by the frames ("from" is no locative preposition), but stays the sentence's unclaimed
place when nothing else is (:func:`conflict_kg.extract.en_scene.sentence_places`): a rule that
excluded it there was measured and dropped (README, English event places, sixth session).

>>> sorted(AGENT_POSITION_TYPES)
['City', 'Settlement']
"""
from __future__ import annotations

from conflict_kg.kg.model import Mention

from conflict_kg.extract.en_gazetteer import known_place

__all__ = ["AGENT_POSITION_TYPES", "unique_mentions", "event_locations"]

#: Place classes that, inside the doer's phrase, tell where the doer stood when the frame names another
#: place: towns and villages ("Russian forces in Kursk shelled Sumy").
AGENT_POSITION_TYPES = frozenset({"City", "Settlement"})


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
