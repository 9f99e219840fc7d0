"""Facts about the ontology that code needs at run time (class hierarchy).

Read once from ``conflict_kg/ontology/conflict.ttl`` so the Turtle file stays the single
source of truth.

>>> str(CKG.City) in {str(c) for c in SUBCLASSES["places"]}
True
"""
from __future__ import annotations

import functools

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from conflict_kg.kg.namespace import CKG
from conflict_kg.ontology import ontology_path

__all__ = [
    "ontology_graph", "subclasses", "SUBCLASSES", "EVENT_CLASSES", "ACTOR_CLASSES", "PLACE_CLASSES",
    "local_names", "PLACE_TYPES", "SUB_COUNTRY_PLACE_TYPES", "ORG_TYPES", "ACTOR_TYPES",
]


@functools.lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology as an rdflib graph (parsed once)."""
    return Graph().parse(ontology_path(), format="turtle")


def subclasses(cls: URIRef) -> frozenset[URIRef]:
    """``cls`` and all its (transitive) subclasses in our namespace."""
    g = ontology_graph()
    return frozenset(c for c in g.transitive_subjects(RDFS.subClassOf, cls) if str(c).startswith(str(CKG)))


#: Record and entity kinds counted by ``stats``, each with its subclasses.
SUBCLASSES: dict[str, frozenset[URIRef]] = {
    "mentions": subclasses(CKG.Mention),
    "statements": subclasses(CKG.Statement),
    "events": subclasses(CKG.Event),
    "claims": subclasses(CKG.Claim),
    "roles": subclasses(CKG.Role),
    "persons": subclasses(CKG.Person),
    "organizations": subclasses(CKG.Organization),
    "places": subclasses(CKG.Location),
}
EVENT_CLASSES = SUBCLASSES["events"]
ACTOR_CLASSES = subclasses(CKG.Actor)
PLACE_CLASSES = SUBCLASSES["places"]


def local_names(classes: frozenset[URIRef]) -> frozenset[str]:
    """Local names (``City``) of ontology classes, as :class:`conflict_kg.kg.model.Mention` types carry them."""
    return frozenset(str(c)[len(str(CKG)):] for c in classes)


#: Mention types that are places (Location and its subclasses, Country among them).
PLACE_TYPES: frozenset[str] = local_names(PLACE_CLASSES)
#: Places below a country: where an event happened, as opposed to a party that a country also is.
SUB_COUNTRY_PLACE_TYPES: frozenset[str] = PLACE_TYPES - {"Country"}
#: Mention types that are organisations (Organization and its subclasses).
ORG_TYPES: frozenset[str] = local_names(subclasses(CKG.Organization))
#: Mention types that can act (Person, organisations); ``Actor`` itself is never a mention type.
ACTOR_TYPES: frozenset[str] = local_names(ACTOR_CLASSES) - {"Actor"}
