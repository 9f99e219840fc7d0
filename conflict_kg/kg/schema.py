"""The one event schema: event types and argument roles, read from two data tables.

``conflict_kg/kg/data/event_types.csv`` has one row per event type (an ontology Event subclass):
its family, whether a party can claim it, which quantity it takes (``count`` of drones or
troops, ``money``, ``share`` of a town), whether it takes stated casualties (fatalities,
injuries), whether it takes an instrument (weapon) and an
attack mode, whether a place can be its target, what kind of target it takes (``any``,
``place`` only, ``none``), how its parties are participants (``all``: every party, as in a
meeting; ``with``: the parties of a "with/between" phrase), which role a name modifying the
trigger noun fills ("Russian attack": agent; "Ukraine aid" names no donor), whether its trigger names a
document (a topic mention of a peace plan is no event), the network edge it draws, and its
ACLED and PLOVER codes.
``conflict_kg/kg/data/event_roles.csv`` has one row per argument role: the ontology property that
carries it, the :class:`conflict_kg.kg.model.Event` field that holds it, whether it is an entity or a
number, the class of its values and the super-property it materializes.

Adding an event type or a role is a row here (plus its ontology class or property and its
trigger words in ``extract/vocab_*``), never a hunt through the extractors;
``tests/test_schema.py`` checks that all of these agree.

>>> EVENT_SCHEMA["Attack"].family
'violence'
>>> EVENT_ROLES["location"].property
'location'
>>> "Capture" in types_where(claimable=True), "Meeting" in types_where(claimable=True)
(True, False)
>>> [r.field for r in entity_roles()][:2]
['agents', 'targets']
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from importlib import resources

__all__ = [
    "EventType", "EventRole", "EVENT_SCHEMA", "EVENT_ROLES", "load_event_types", "load_event_roles",
    "types_where", "entity_roles", "number_roles", "text_roles",
]


@dataclass(frozen=True)
class EventType:
    type: str  # ontology class local name
    family: str  # violence / territory / military / security / diplomacy / other
    claimable: bool  # a party's report of it is a claim (battlefield facts)
    quantity: str  # the quantity it takes: "count" (39 drones), "money", "share" (90% of a town) or ""
    instrument: bool  # takes an instrument (weapon)
    casualties: bool  # takes the stated fatalities and injuries
    mode: bool  # takes an attack mode (missile / drone / shelling)
    place_target: bool  # its target may be a place (shelled Popivka): the place hit is where it happened
    target_kind: str  # "any" | "place" (only a place is taken) | "none" (no target: a meeting)
    participants: str  # "all" (every party is a participant) | "with" (parties of with/between) | ""
    modifier_role: str  # role of a name modifying the trigger noun: "agent" ("Russian attack") | "none"
    document_noun: bool  # the trigger names a document (peace plan): a topic mention is no event
    merge_into: str  # a type that, told in the same sentence, is this event (its toll goes there) or ""
    network_edge: str  # edge kind in the actor network
    acled_event_type: str
    acled_sub_event_type: str
    plover_event: str
    plover_mode: str


@dataclass(frozen=True)
class EventRole:
    role: str
    property: str  # ckg: local name
    field: str  # conflict_kg.kg.model.Event attribute that holds the role's values
    kind: str  # "entity" | "number"
    range: str  # ontology class local name for entity roles
    subproperty_of: str  # ckg: property also written (materialized so queries need no reasoner)
    description: str


_FLAGS = tuple(f.name for f in fields(EventType) if f.type == "bool")


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("conflict_kg.kg.data").joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_event_types() -> dict[str, EventType]:
    """Event types by ontology local name, in table order."""
    out = {}
    for r in _rows("event_types.csv"):
        flags = {k: r[k] == "yes" for k in _FLAGS}
        out[r["type"]] = EventType(**{**r, **flags})
    return out


def load_event_roles() -> dict[str, EventRole]:
    """Argument roles by name, in table order."""
    return {r["role"]: EventRole(**r) for r in _rows("event_roles.csv")}


EVENT_SCHEMA: dict[str, EventType] = load_event_types()
EVENT_ROLES: dict[str, EventRole] = load_event_roles()


def types_where(**conditions: object) -> frozenset[str]:
    """Event types whose schema row has every given value (``claimable=True``, ``target_kind="place"``)."""
    return frozenset(t for t, row in EVENT_SCHEMA.items()
                     if all(getattr(row, k) == v for k, v in conditions.items()))


def entity_roles() -> list[EventRole]:
    """Roles whose values are entities (mentions to resolve), in table order."""
    return [r for r in EVENT_ROLES.values() if r.kind == "entity"]


def text_roles() -> list[EventRole]:
    """Roles whose values are words as written (an unnamed party's description: "gunmen")."""
    return [r for r in EVENT_ROLES.values() if r.kind == "text"]


def number_roles() -> list[EventRole]:
    """Roles whose values are numbers as stated (fatalities, injuries), in table order."""
    return [r for r in EVENT_ROLES.values() if r.kind == "number"]
