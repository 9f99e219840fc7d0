"""The one event schema: event types and argument roles, read from two data tables.

``kg/data/event_types.csv`` has one row per event type (an ontology Event subclass):
its family, whether a party can claim it, whether it takes a quantity, an instrument or
a place as target, the network edge it draws, and its ACLED and PLOVER codes.
``kg/data/event_roles.csv`` has one row per argument role and the ontology property
that carries it. Adding an event type or a role is a row here (plus its ontology class
or property), never a hunt through the extractors.

>>> EVENT_SCHEMA["Attack"].family
'violence'
>>> EVENT_ROLES["location"].property
'location'
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

__all__ = ["EventType", "EventRole", "EVENT_SCHEMA", "EVENT_ROLES", "load_event_types", "load_event_roles"]


@dataclass(frozen=True)
class EventType:
    type: str  # ontology class local name
    family: str  # violence / territory / military / diplomacy / other
    claimable: bool  # a party's report of it is a claim (battlefield facts)
    quantity: bool  # takes a quantity (39 drones, 1,370 troops)
    instrument: bool  # takes an instrument (weapon)
    place_target: bool  # its target may be a place (shelled Popivka)
    network_edge: str  # edge kind in the actor network
    acled_event_type: str
    acled_sub_event_type: str
    plover_event: str
    plover_mode: str


@dataclass(frozen=True)
class EventRole:
    role: str
    property: str  # ckg: local name
    kind: str  # "entity" | "number"
    range: str  # ontology class local name for entity roles
    description: str


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("kg.data").joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_event_types() -> dict[str, EventType]:
    """Event types by ontology local name, in table order."""
    out = {}
    for r in _rows("event_types.csv"):
        flags = {k: r[k] == "yes" for k in ("claimable", "quantity", "instrument", "place_target")}
        out[r["type"]] = EventType(**{**r, **flags})
    return out


def load_event_roles() -> dict[str, EventRole]:
    """Argument roles by name, in table order."""
    return {r["role"]: EventRole(**r) for r in _rows("event_roles.csv")}


EVENT_SCHEMA: dict[str, EventType] = load_event_types()
EVENT_ROLES: dict[str, EventRole] = load_event_roles()
