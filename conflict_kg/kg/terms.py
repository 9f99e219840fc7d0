"""The RDF terms every graph of the project uses: IRIs, graph names, typed literals, prefixes.

One place for how a thing is named in RDF, so the document graphs
(:mod:`conflict_kg.kg.rdf`), the store, the incident graph and the exports agree:
entity, document and named-graph IRIs, the store's shared graphs, typed literals
for partial dates and numbers, and the prefixes serializations bind.

>>> entity_iri("Q7747")
rdflib.term.URIRef('https://w3id.org/conflict-kg/id/Q7747')
>>> graph_iri("wire/2025-11-20 #1")
rdflib.term.URIRef('https://w3id.org/conflict-kg/graph/wire/2025-11-20%20%231')
"""
from __future__ import annotations

import calendar
import re
from decimal import Decimal
from urllib.parse import quote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from conflict_kg.kg.namespace import CKG

__all__ = [
    "BASE",
    "ENTITY",
    "WD",
    "SCHEMA",
    "GEO",
    "META_GRAPH",
    "ENTITIES_GRAPH",
    "SUMMARY_GRAPH",
    "INCIDENTS_GRAPH",
    "entity_iri",
    "doc_iri",
    "graph_iri",
    "date_literal",
    "date_bounds",
    "date_precision",
    "decimal_literal",
    "double_literal",
    "bind_prefixes",
]

BASE = "https://w3id.org/conflict-kg/"
ENTITY = Namespace(BASE + "id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
#: Graph holding store-level metadata (format version), not document facts.
META_GRAPH = URIRef(BASE + "meta")
#: Graph holding entity descriptions (types, labels, Wikidata links, coordinates), each triple once.
ENTITIES_GRAPH = URIRef(BASE + "graph/entities")
#: Graph of per-entity aggregates derived from all documents (mention and document counts, first
#: seen), recomputed after each build that changed the store (:meth:`conflict_kg.kg.store.KGStore.refresh_summary`).
SUMMARY_GRAPH = URIRef(BASE + "graph/summary")
#: Graph of incidents: reports of one real-world event consolidated across documents (conflict_kg/kg/incident_graph.py).
INCIDENTS_GRAPH = URIRef(BASE + "graph/incidents")

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ISO_YEAR = re.compile(r"^\d{4}$")


def entity_iri(key: str) -> URIRef:
    """IRI of a canonical entity from its resolver key (QID or type/slug)."""
    return URIRef(ENTITY + quote(key, safe="/"))


def doc_iri(doc_id: str) -> URIRef:
    """IRI of a document (the thing the facts were read from)."""
    return URIRef(BASE + "doc/" + quote(doc_id, safe="/"))


def graph_iri(doc_id: str) -> URIRef:
    """IRI of the named graph holding one document's facts."""
    return URIRef(BASE + "graph/" + quote(doc_id, safe="/"))


def date_literal(value: str) -> Literal:
    """Typed literal for a full or partial ISO date.

    >>> date_literal("2025-11").datatype == XSD.gYearMonth
    True
    """
    if _ISO_DAY.match(value):
        return Literal(value, datatype=XSD.date)
    if _ISO_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _ISO_YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def date_bounds(value: str) -> tuple[str | None, str | None]:
    """First and last day (ISO) of a full or partial ISO date; ``(None, None)`` when not ISO.

    >>> date_bounds("2024-02"), date_bounds("2025-11-20")
    (('2024-02-01', '2024-02-29'), ('2025-11-20', '2025-11-20'))
    """
    if _ISO_DAY.match(value):
        return value, value
    if _ISO_MONTH.match(value):
        y, m = int(value[:4]), int(value[5:7])
        if not 1 <= m <= 12:
            return None, None
        return f"{value}-01", f"{value}-{calendar.monthrange(y, m)[1]:02d}"
    if _ISO_YEAR.match(value):
        return f"{value}-01-01", f"{value}-12-31"
    return None, None


def date_precision(value: str) -> str:
    """"day", "month" or "year" for an ISO date as precise as it is.

    >>> date_precision("2025-11"), date_precision("2025-11-20")
    ('month', 'day')
    """
    return "day" if _ISO_DAY.match(value) else "month" if _ISO_MONTH.match(value) else "year"


def decimal_literal(value: float, places: int) -> Literal:
    """An ``xsd:decimal`` literal (from a Decimal, so it is well-formed)."""
    text = f"{float(value):.{places}f}".rstrip("0")
    return Literal(Decimal(text + "0" if text.endswith(".") else text), datatype=XSD.decimal)


def double_literal(value: float) -> Literal:
    """An ``xsd:double`` literal for a coordinate (5 decimals, about 1 m)."""
    return Literal(float(f"{float(value):.5f}"), datatype=XSD.double)


def bind_prefixes(g: Graph) -> Graph:
    """Bind the prefixes used in our output so serializations read well."""
    for prefix, ns in (
        ("ckg", str(CKG)),
        ("ent", str(ENTITY)),
        ("wd", str(WD)),
        ("schema", str(SCHEMA)),
        ("geo", str(GEO)),
        ("skos", str(SKOS)),
        ("prov", str(PROV)),
        ("dcterms", str(DCTERMS)),
    ):
        g.bind(prefix, ns, override=True)
    return g
