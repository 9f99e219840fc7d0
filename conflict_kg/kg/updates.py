"""The SPARQL Update texts the stores apply: a document's graph, and the store summary.

Kept apart from :mod:`conflict_kg.kg.store` so that build workers can make a document's
update (:func:`document_update`) without opening a store, and so that the
embedded store and a SPARQL server apply exactly the same text.
"""
from __future__ import annotations

import functools

import pyoxigraph as ox
from oxrdflib._converter import to_ox
from typing import Any, Iterable

from rdflib import Graph, Literal, URIRef

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import ENTITIES_GRAPH, SUMMARY_GRAPH, graph_iri, split_entity_triples

__all__ = ["document_update", "document_quads", "SUMMARY_VERSION", "SUMMARY_UPDATE", "DROP_SUMMARY", "HAS_SUMMARY", "HAS_DOCUMENTS"]


def _nt(triples: list[tuple]) -> str:
    if not triples:
        return ""
    return ox.serialize([ox.Triple(*(to_ox(term) for term in t)) for t in triples], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def document_quads(doc_id: str, triples: Iterable[tuple]) -> list[ox.Quad]:
    """The quads :func:`document_update` inserts, as pyoxigraph terms: a document's triples in its
    named graph, entity descriptions in the shared entities graph. For a document the store does not
    hold yet, adding these in one transaction (:meth:`conflict_kg.kg.store.KGStore.add_document_quads`)
    gives the same store as the update, without writing and parsing SPARQL text.

    >>> from rdflib import Literal, URIRef
    >>> [q.graph_name.value for q in document_quads("d1", [(URIRef("https://w3id.org/conflict-kg/doc/d1"), URIRef("http://x/p"), Literal("v"))])]
    ['https://w3id.org/conflict-kg/graph/d1']
    """
    doc, ent = split_entity_triples(triples)
    out = []
    for terms, graph in ((doc, ox.NamedNode(str(graph_iri(doc_id)))), (ent, ox.NamedNode(str(ENTITIES_GRAPH)))):
        out += [ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), graph) for s, p, o in terms]
    return out


@functools.lru_cache(maxsize=16384)
def _ox_term(term: Any) -> Any:
    """``oxrdflib``'s ``to_ox`` for the two kinds a document graph holds, without its isinstance and
    default-graph tests (a third of the conversion's cost); anything else goes to ``to_ox``. Cached:
    predicates, classes, a document's nodes and its sentences recur in most of its triples, and a
    cached term cost less than half as much as a new one (2026-12-06). Equal rdflib terms are the
    same RDF term (a Literal's language tag differs at most in case, which Oxigraph lowercases)."""
    kind = type(term)
    if kind is URIRef:
        return ox.NamedNode(term)
    if kind is Literal:
        return ox.Literal(term, language=term.language, datatype=ox.NamedNode(term.datatype) if term.datatype else None)
    return to_ox(term)


#: The layout of graph/summary; bumped when it gains or changes aggregates (2: display labels, day counts).
SUMMARY_VERSION = "2"

#: Recompute graph/summary from the document graphs: per entity, its mentions and documents, the
#: first dated document (least "date<TAB>identifier", so one aggregate gives both), whether it was
#: minted (some mention resolved as "new", none matched the gazetteer), and its distinct surface
#: forms; its display label (the least English label, else the least label: one lookup and one row
#: per entity where the queries used to read every label twice); per day and event class, the number
#: of events (what events_per_week sums instead of reading every event); and the latest document
#: date. Reads named graphs explicitly (GRAPH ?g), so it means the same on Oxigraph and on any
#: SPARQL 1.1 server.
SUMMARY_UPDATE = f"""
PREFIX ckg: <{CKG}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DROP SILENT GRAPH <{SUMMARY_GRAPH}> ;
INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{
  ?e ckg:mentionCount ?n ; ckg:documentCount ?nd ; ckg:minted ?minted ;
     ckg:firstSeen ?first_seen ; ckg:firstDocumentId ?first_doc .
}} }}
WHERE {{
  {{ SELECT ?e (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?doc) AS ?nd)
            (SUM(IF(COALESCE(?how, "") = "new", 1, 0)) AS ?new)
            (SUM(IF(COALESCE(?how, "") IN ("gazetteer", "normalized", "fuzzy"), 1, 0)) AS ?matched)
     WHERE {{ GRAPH ?g {{ ?m ckg:mentionOf ?e ; ckg:sourceDocument ?doc . OPTIONAL {{ ?m ckg:resolution ?how }} }} }}
     GROUP BY ?e }}
  BIND(?new > 0 && ?matched = 0 AS ?minted)
  OPTIONAL {{
    SELECT ?e (MIN(CONCAT(STR(?dd), "\\t", STR(?id))) AS ?first)
    WHERE {{ GRAPH ?g {{ ?m ckg:mentionOf ?e ; ckg:sourceDocument ?doc . ?doc dcterms:date ?dd ; dcterms:identifier ?id }} }}
    GROUP BY ?e
  }}
  BIND(STRBEFORE(?first, "\\t") AS ?first_seen)
  BIND(STRAFTER(?first, "\\t") AS ?first_doc)
}} ;
INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e ckg:surface ?surface }} }}
WHERE {{ SELECT DISTINCT ?e ?surface WHERE {{ GRAPH ?g {{ ?m ckg:mentionOf ?e ; ckg:surface ?s }} BIND(STR(?s) AS ?surface) }} }} ;
INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e ckg:displayLabel ?label }} }}
WHERE {{ SELECT ?e (COALESCE(MIN(?en), MIN(?any)) AS ?label)
         WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e skos:prefLabel ?any OPTIONAL {{ ?e skos:prefLabel ?en FILTER(LANG(?en) = "en") }} }} }}
         GROUP BY ?e }} ;
INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?node a ckg:EventDayCount ; ckg:day ?d ; ckg:eventClass ?cls ; ckg:eventCount ?n }} }}
WHERE {{
  {{ SELECT ?d ?cls (COUNT(DISTINCT ?event) AS ?n)
     WHERE {{ GRAPH ?g {{ ?event ckg:status ?status ; a ?cls ; ckg:date ?d }}
             FILTER(DATATYPE(?d) = xsd:date && STRSTARTS(STR(?cls), STR(ckg:))) }}
     GROUP BY ?d ?cls }}
  BIND(IRI(CONCAT(STR(<{SUMMARY_GRAPH}>), "#events-", STR(?d), "-", STRAFTER(STR(?cls), "#"))) AS ?node)
}} ;
INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{ <{SUMMARY_GRAPH}> ckg:summaryVersion "{SUMMARY_VERSION}" }} }} ;
INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ <{SUMMARY_GRAPH}> ckg:latestDocumentDate ?latest }} }}
WHERE {{ {{ SELECT (MAX(STR(?d)) AS ?latest) WHERE {{ GRAPH ?g {{ ?doc a ckg:Document ; dcterms:date ?d }} }} }} FILTER(BOUND(?latest)) }}
"""
DROP_SUMMARY = f"DROP SILENT GRAPH <{SUMMARY_GRAPH}>"
#: A summary of another layout (an older conflict-kg's: no display labels, no day counts) is not
#: current, so the next build recomputes it even when no document changed.
HAS_SUMMARY = f'ASK {{ GRAPH <{SUMMARY_GRAPH}> {{ <{SUMMARY_GRAPH}> <{CKG.summaryVersion}> "{SUMMARY_VERSION}" }} }}'
HAS_DOCUMENTS = f"ASK {{ GRAPH ?g {{ ?d a <{CKG.Document}> }} }}"


def document_update(doc_id: str, graph: Graph, *, replace: bool = True) -> str:
    """One SPARQL Update replacing a document's named graph (atomic on Oxigraph and any 1.1 server).

    Entity descriptions go to the shared entities graph (see :func:`conflict_kg.kg.rdf.split_entity_triples`).
    Build workers make this text themselves, so the one writing process only applies it
    (:meth:`conflict_kg.kg.store.KGStore.put_document_update`).

    >>> from rdflib import Graph, Literal, URIRef
    >>> g = Graph(); _ = g.add((URIRef("https://w3id.org/conflict-kg/doc/d1"), URIRef("http://x/p"), Literal("v")))
    >>> print(document_update("d1", g))
    DROP SILENT GRAPH <https://w3id.org/conflict-kg/graph/d1> ;
    INSERT DATA { GRAPH <https://w3id.org/conflict-kg/graph/d1> {
    <https://w3id.org/conflict-kg/doc/d1> <http://x/p> "v" .
    }
    GRAPH <https://w3id.org/conflict-kg/graph/entities> {
    } }
    """
    name = graph_iri(doc_id)
    doc, ent = split_entity_triples(graph)
    # replace=False adds to the document's graph (a long document written in parts, see conflict_kg.pipeline)
    return (
        (f"DROP SILENT GRAPH <{name}> ;\n" if replace else "")
        + f"INSERT DATA {{ GRAPH <{name}> {{\n{_nt(doc)}}}\nGRAPH <{ENTITIES_GRAPH}> {{\n{_nt(ent)}}} }}"
    )
