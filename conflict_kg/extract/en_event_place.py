"""Which of the places an English sentence names is where its event happened.

A headline often names several places, and only some of them are the event's:

* where it happened -- the locative phrases of the trigger ("in", "near", "outside", "on the outskirts
  of": ``vocab_en.PREP_ROLES``), the place hit ("shelled Kherson"), the place inside the target's
  phrase ("units ... near Ugledar");
* where the doer stood -- a place inside the agent's phrase ("Russian forces in Kursk shelled Sumy"):
  the event's place only when nothing else in the frame says where ("Ukrainian troops near Kherson
  shelled Russian positions");
* where the report was made -- "said in Kyiv" (``en_events._reporting_places``): never;
* where the reported account puts it -- a headline that tells an incident and then its source's
  account ("More than 200 invaders were destroyed - Gaidai reported the details of the explosion in
  Svatovo"): the account's place is the incident's (:func:`reported_account_places`).

Where the fire came from ("fired from the territory of the Kursk region") is not read as a place
of the event by the frames ("from" is no locative preposition), but stays the sentence's unclaimed
place when nothing else is (:func:`conflict_kg.extract.en_scene.sentence_places`): a rule that
excluded it there was measured and dropped (docs/development-log.md, English event places, sixth session).

>>> sorted(AGENT_POSITION_TYPES)
['City', 'Settlement']
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import Event, Mention
from conflict_kg.kg.schema import EVENT_SCHEMA

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.en_gazetteer import known_place

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from conflict_kg.extract.en_context import DocContext

__all__ = ["AGENT_POSITION_TYPES", "unique_mentions", "event_locations", "reported_account_places"]

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


def reported_account_places(ctx: "DocContext", events: list[Event]) -> None:
    """A violent event with no place takes the places of a violent event of the same sentence that a
    reporting verb governs ("More than 200 invaders were destroyed - Gaidai reported the details of
    the explosion in Svatovo"): the source's account of the same incident says where it was."""
    for ev in events:
        if ev.locations or ev.sentence is None or not _violent(ev) or _reported(ctx, ev):
            continue
        for other in events:
            if (other is not ev and other.locations and _violent(other) and other.sentence is not None
                    and other.sentence.start == ev.sentence.start and _reported(ctx, other)):
                ev.locations = list(other.locations)
                break


def _violent(ev: Event) -> bool:
    return EVENT_SCHEMA[ev.type].family == "violence"


def _reported(ctx: "DocContext", ev: Event) -> bool:
    """Is the event's trigger inside the object of a reporting verb ("reported the details of the
    explosion")? A clause the verb reports ("X were destroyed - Y reported") is the claim, not the account."""
    tok = _token_at(ctx, ev.start)
    for t in ([tok, *tok.ancestors] if tok is not None else []):
        if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in V.REPORTING_VERBS:
            return True
    return False


def _token_at(ctx: "DocContext", start: int) -> "Token | None":
    for sdoc, off in ctx.chunks:
        if off <= start < off + len(sdoc.text):
            return next((t for t in sdoc if off + t.idx == start), None)
    return None
