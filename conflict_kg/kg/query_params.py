"""Forgiving query parameters: class names in any case, entities by IRI, Q-id or label.

A researcher types ``--param type=attack`` or ``--param person=Zelenskyy``;
the query wants ``Attack`` and an entity IRI. What may be accepted is read
from the ontology (class names) and the store (entity labels), never from a
hand list, and a value that matches nothing is an error that names the close
matches rather than an empty result.

>>> canonical_class("attack", "only events of this ontology class local name")
'Attack'
>>> canonical_class("Atack", "only events of this ontology class local name")
Traceback (most recent call last):
...
conflict_kg.kg.query.QueryError: 'Atack' is not a known event class; did you mean: Attack? (event classes: ...)
"""
from __future__ import annotations

import difflib
import re
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.query import Param, QueryError
from conflict_kg.kg.rdf import ENTITIES_GRAPH, ENTITY

__all__ = ["canonical_class", "canonical_choice", "canonical_doc_id", "choices", "resolve_iri", "class_names"]

#: Which classes a ``type`` parameter takes, from the first of these words in its description.
_FAMILIES = (("event", "Event"), ("entit", "Actor Location"), ("place", "Location"))
_QID = re.compile(r"^[Qq]\d+$")
#: Prefixed names people type: our entity IRIs reuse the Wikidata Q-id (wd:Q7747 -> ent:Q7747).
_PREFIXED = (("ent:", str(ENTITY), re.compile(r".+")), ("wd:", str(ENTITY), _QID))
_WIKIDATA = "http://www.wikidata.org/entity/"
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]*$")


def class_names(description: str = "") -> tuple[str, list[str]]:
    """The family named by a parameter description and its class local names (from the ontology)."""
    from conflict_kg.kg.vocab import ontology_graph, subclasses

    text = description.lower()
    for word, roots in _FAMILIES:
        if word in text:
            names = {str(c).rsplit("#", 1)[-1] for r in roots.split() for c in subclasses(CKG[r])}
            return {"event": "event", "entit": "entity", "place": "place"}[word], sorted(names)
    g = ontology_graph()
    classes = set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, RDFS.Class))
    return "ontology", sorted(str(c).rsplit("#", 1)[-1] for c in classes if str(c).startswith(str(CKG)))


def canonical_class(value: str, description: str = "") -> str:
    """A class local name as the ontology spells it, matched case-insensitively."""
    family, names = class_names(description)
    by_fold = {n.casefold(): n for n in names}
    found = by_fold.get(value.strip().casefold())
    if found:
        return found
    close = difflib.get_close_matches(value.strip().casefold(), list(by_fold), n=3, cutoff=0.6)
    hint = f"did you mean: {', '.join(by_fold[c] for c in close)}? " if close else ""
    raise QueryError(f"{value!r} is not a known {family} class; {hint}({family} classes: {', '.join(names)})")


def choices(name: str) -> list[str]:
    """The values of a parameter named like a ckg property whose range is an enumeration (``owl:oneOf``).

    >>> choices("stance")
    ['asserts', 'denies', 'disputes']
    """
    from rdflib.collection import Collection

    from conflict_kg.kg.vocab import ontology_graph

    g = ontology_graph()
    found: list[str] = []
    for rng in g.objects(URIRef(str(CKG) + name), RDFS.range):
        for members in g.objects(rng, OWL.oneOf):
            found += [_value_name(g, m) for m in Collection(g, members)]
    return found


def _value_name(g, member) -> str:
    """What a user types for an enumeration member: its English label (the queries print it), else its local name."""
    labels = [str(lab) for lab in g.objects(member, RDFS.label) if getattr(lab, "language", None) == "en"]
    return (labels[0] if labels else str(member).rsplit("#", 1)[-1]).lower()


def canonical_choice(value: str, name: str, description: str = "") -> str:
    """A value of an enumerated parameter (``stance=Denies`` -> ``denies``); others pass unchanged.

    The values come from the ontology (see :func:`choices`), plus ``all`` where
    the description offers it.
    """
    allowed = choices(name)
    if not allowed:
        return value
    if re.search(r"\ball\b", description):
        allowed.append("all")
    want = value.strip().casefold()
    if want in allowed:
        return want
    close = difflib.get_close_matches(want, allowed, n=3, cutoff=0.5)
    hint = f"did you mean: {', '.join(close)}? " if close else ""
    raise QueryError(f"{value!r} is not a {name}; {hint}({name} values: {', '.join(allowed)})")


_EXISTS = "ASK WHERE { { ?_iri ?p ?o } UNION { ?s ?p ?_iri } }"
_BY_LABEL = f"""
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?e WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{ ?e skos:prefLabel|skos:altLabel ?l }}
  FILTER(LCASE(STR(?l)) = LCASE(STR(?_label)))
}} ORDER BY ?e LIMIT 20
"""
_LABELS = f"""
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?l WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e skos:prefLabel|skos:altLabel ?l }} }}
"""


def _exists(store: Any, iri: str) -> bool:
    return bool(store.query(_EXISTS, {"_iri": URIRef(iri)}).askAnswer)


def _expand(text: str) -> str:
    """``Q7747``, ``wd:Q7747`` and ``ent:...`` as full entity IRIs; anything else unchanged."""
    if _QID.match(text):
        return str(ENTITY) + text.upper()
    if text.startswith(_WIKIDATA) and _QID.match(text[len(_WIKIDATA):]):
        return str(ENTITY) + text[len(_WIKIDATA):]
    for prefix, base, local in _PREFIXED:
        rest = text[len(prefix):]
        if text.startswith(prefix) and local.match(rest):
            return base + (rest.upper() if _QID.match(rest) else rest)
    return text


def resolve_iri(value: str, param: Param, store: Any = None) -> str:
    """An IRI parameter from an IRI, ``Q7747`` / ``ent:Q7747``, or (with a store) an unambiguous label.

    Without a store only the spelling is checked (Q-ids are expanded).

    >>> resolve_iri("q7747", Param("person", "iri"))
    'https://w3id.org/conflict-kg/id/Q7747'
    """
    text = _expand(value.strip())
    if _IRI.match(text) and ("/" in text or text.startswith("urn:")):
        if store is not None and not _exists(store, text):
            raise QueryError(f"parameter {param.name}: {value!r} is not in the store (no triple names it)")
        return text
    if store is None:
        raise QueryError(f"parameter {param.name}: {value!r} is not an IRI or a Q-id")
    return _by_label(text, param, store)


def _by_label(label: str, param: Param, store: Any) -> str:
    found = [str(r[0]) for r in store.query(_BY_LABEL, {"_label": Literal(label)})]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise QueryError(f"parameter {param.name}: the label {label!r} names {len(found)} entities; "
                         f"give one of them as IRI: {', '.join(found[:10])}")
    labels = {str(r[0]).casefold(): str(r[0]) for r in store.query(_LABELS)}
    want = label.casefold()
    # Labels containing what was typed ("zelensky" in "volodymyr zelenskyy") first, then similar spellings.
    close = sorted(k for k in labels if want in k or k in want)[:5]
    close += [c for c in difflib.get_close_matches(want, list(labels), n=5, cutoff=0.6) if c not in close]
    hint = f"; close matches: {', '.join(repr(labels[c]) for c in close[:5])}" if close else ""
    raise QueryError(f"parameter {param.name}: no entity is labelled {label!r} (give an IRI, a Q-id or a label){hint}")


def canonical_doc_id(value: str, store: Any = None) -> str:
    """A document identifier the store holds (checked when the store can list its documents).

    An identifier no document has is an error naming the close ones, never an empty result.
    """
    ids = getattr(store, "document_hashes", None)
    if ids is None:
        return value
    known = sorted(ids())
    if value in known:
        return value
    folded = {k.casefold(): k for k in known}  # identifiers are case-sensitive; suggestions need not be
    close = [folded[c] for c in difflib.get_close_matches(value.casefold(), list(folded), n=5, cutoff=0.5)]
    hint = f"; close matches: {', '.join(repr(c) for c in close)}" if close else ""
    raise QueryError(f"parameter doc_id: no document has the identifier {value!r} ({len(known)} documents){hint}")
