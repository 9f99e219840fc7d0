"""Project the knowledge graph into networkx: actor and location networks.

The projection has two halves so that each is testable alone:

* :func:`collect_links` reads the store (anything with ``query(sparql)``:
  a :class:`conflict_kg.kg.store.KGStore`, an rdflib ``Graph`` or ``Dataset``) and
  returns the entities and one :class:`Link` per (record, pair of entities);
* :func:`links_to_graph` folds links into a :class:`networkx.MultiDiGraph`
  with one edge per (source, target, relation), weighted by the number of
  records, with first/last date, documents and evidence excerpts.

Edges of symmetric relations (``met``, ``co_participated``, ``co_located``,
``co_mentioned``) are stored once, from the smaller node id to the larger,
with ``directed=False``.

>>> links = [Link("met", "a", "b", "e1", "2025-11-20", "d1", "A met B."),
...          Link("met", "b", "a", "e2", "2025-11-21", "d2", "B met A again.")]
>>> G = links_to_graph(links, {"a": {"label_en": "A"}, "b": {"label_en": "B"}})
>>> d = G.edges["a", "b", "met"]
>>> d["weight"], d["first_date"], d["last_date"], d["documents"]
(2, '2025-11-20', '2025-11-21', ['d1', 'd2'])
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from typing import Any, Callable, Iterable, Mapping, NamedTuple
from urllib.parse import unquote

import networkx as nx
from rdflib import ConjunctiveGraph, Graph

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import BASE
from conflict_kg.kg.network_ops import collapse, communities, ego_graph, filter_min_weight, find_node, top_k_nodes, weighted_degree
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.kg.vocab import ACTOR_CLASSES, EVENT_CLASSES, PLACE_CLASSES

__all__ = [
    "Link",
    "RELATIONS",
    "ACTOR_RELATIONS",
    "LOCATION_RELATIONS",
    "EVENT_RELATIONS",
    "collect_links",
    "links_to_graph",
    "actor_network",
    "location_network",
    "in_date_range",
    "filter_min_weight",
    "collapse",
    "weighted_degree",
    "top_k_nodes",
    "ego_graph",
    "find_node",
    "communities",
]

#: Relations of the actor network (edge ``relation`` attribute = edge key).
ACTOR_RELATIONS = ("met", "attacked", "statement_about", "holds_role_in", "co_participated", "disputed")
#: Relations of the location network.
LOCATION_RELATIONS = ("co_located", "located_in", "co_mentioned")
RELATIONS = ACTOR_RELATIONS + LOCATION_RELATIONS
#: Relations read from events (the only ones an ``event_types`` filter applies to).
EVENT_RELATIONS = frozenset({row.network_edge for row in EVENT_SCHEMA.values()} | {"co_participated", "co_located"})
_SYMMETRIC = frozenset({"met", "co_participated", "co_located", "co_mentioned"})
#: Evidence excerpts kept per edge: enough to read why, small enough for hover text.
_MAX_EVIDENCE = 5
_EXCERPT_CHARS = 220
_GRAPH_PREFIX = BASE + "graph/"
#: Most specific first: an entity typed differently by two documents shows the more specific type.
_TYPE_PRIORITY = (
    "Person", "Government", "MilitaryUnit", "InternationalOrganization", "MediaOutlet", "Organization",
    "Country", "AdministrativeRegion", "City", "Settlement", "Facility", "Waterbody", "Location", "Actor",
)
#: Countries count as actors ("Russia attacked ...") as well as places.
_ACTORISH = frozenset(ACTOR_CLASSES | {CKG.Country})
#: Sides of the Russia–Ukraine war, recognised from an entity's Wikidata item or its labels.
_SIDES = (
    ("russia", frozenset({"Q159"}), re.compile(r"russia|kremlin|ロシア", re.I)),
    ("ukraine", frozenset({"Q212"}), re.compile(r"ukrain|ウクライナ", re.I)),
)


class Link(NamedTuple):
    """One record linking two entities (before folding into weighted edges)."""

    relation: str
    source: str
    target: str
    record: str
    date: str | None = None
    doc: str | None = None
    evidence: str | None = None
    event_type: str | None = None


# --------------------------------------------------------------- queries ---
_P = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def _values(classes: Iterable[Any]) -> str:
    return " ".join(f"<{c}>" for c in sorted(str(c) for c in classes))


_Q_ENTITIES = _P + """SELECT DISTINCT ?x ?cls WHERE { ?x a ?cls . VALUES ?cls { %s } }"""
_Q_LABELS = _P + """SELECT DISTINCT ?x ?p ?label WHERE {
  ?x a ?cls . VALUES ?cls { %s } VALUES ?p { skos:prefLabel skos:altLabel } ?x ?p ?label }"""
_Q_MENTIONS = _P + """SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m ckg:mentionOf ?x } GROUP BY ?x"""
_Q_COORDS = _P + """SELECT ?x (MIN(?la) AS ?lat) (MIN(?lo) AS ?lon) WHERE {
  ?x schema:latitude ?la ; schema:longitude ?lo } GROUP BY ?x"""
_Q_DOCS = _P + """SELECT DISTINCT ?d ?id ?date WHERE {
  ?d a ckg:Document ; dcterms:identifier ?id OPTIONAL { ?d dcterms:date ?date } }"""
_Q_EVENTS = _P + """SELECT ?e ?cls ?date ?doc ?ev WHERE {
  ?e a ?cls ; ckg:sourceDocument ?doc . VALUES ?cls { %s }
  OPTIONAL { ?e ckg:date ?date } OPTIONAL { ?e ckg:evidence ?ev } }"""
_Q_EVENT_ARGS = _P + """SELECT DISTINCT ?e ?prop ?x WHERE {
  ?e ?prop ?x . VALUES ?prop { ckg:agent ckg:target ckg:participant ckg:location } }"""
_Q_STATEMENTS = _P + """SELECT ?s ?speaker ?x ?date ?doc ?ev WHERE {
  ?s a ckg:Statement ; ckg:sourceDocument ?doc ; ckg:mentions ?x .
  { ?s ckg:speaker ?speaker } UNION { ?s ckg:speakerOrganization ?speaker FILTER NOT EXISTS { ?s ckg:speaker ?any } }
  OPTIONAL { ?s ckg:date ?date } OPTIONAL { ?s ckg:evidence ?ev } }"""
_Q_ROLES = _P + """SELECT ?r ?holder ?org ?label ?date ?doc ?ev WHERE {
  ?r a ckg:Role ; ckg:holder ?holder ; ckg:sourceDocument ?doc .
  OPTIONAL { ?r ckg:roleIn ?org } OPTIONAL { ?r ckg:roleLabel ?label }
  OPTIONAL { ?r ckg:date ?date } OPTIONAL { ?r ckg:evidence ?ev } }"""
_Q_DISPUTES = _P + """SELECT ?c ?claimant ?other ?date ?doc ?ev WHERE {
  ?c ckg:disputes ?o ; ckg:claimant ?claimant ; ckg:sourceDocument ?doc . ?o ckg:claimant ?other .
  OPTIONAL { ?c ckg:date ?date } OPTIONAL { ?c ckg:evidence ?ev } }"""
_Q_LOCATED_IN = _P + """SELECT DISTINCT ?a ?b ?g WHERE { GRAPH ?g { ?a ckg:locatedIn ?b } }"""
_Q_LOCATED_IN_PLAIN = _P + """SELECT DISTINCT ?a ?b WHERE { ?a ckg:locatedIn ?b }"""
_Q_PLACE_MENTIONS = _P + """SELECT DISTINCT ?m ?x ?doc ?ev WHERE {
  ?m ckg:mentionOf ?x ; ckg:sourceDocument ?doc ; ckg:evidence ?ev . ?x a ?cls . VALUES ?cls { %s } }"""


def _s(term: Any) -> str | None:
    return None if term is None else str(term)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _excerpt(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "…"


def _entities(store: Any) -> dict[str, dict[str, Any]]:
    """Actors and places with type, labels, mention count, coordinates and side."""
    classes = ACTOR_CLASSES | PLACE_CLASSES
    types: dict[str, set[str]] = defaultdict(set)
    for x, cls in store.query(_Q_ENTITIES % _values(classes)):
        types[str(x)].add(_local(str(cls)))
    labels: dict[str, dict[tuple[str, str], list[str]]] = defaultdict(lambda: defaultdict(list))
    for x, p, label in store.query(_Q_LABELS % _values(classes)):
        labels[str(x)][(_local(str(p)), getattr(label, "language", None) or "")].append(str(label))
    mentions = {str(x): int(n) for x, n in store.query(_Q_MENTIONS)}
    coords = {str(x): (float(la), float(lo)) for x, la, lo in store.query(_Q_COORDS) if la is not None}
    out: dict[str, dict[str, Any]] = {}
    for iri, ts in types.items():
        etype = min(ts, key=lambda t: (_TYPE_PRIORITY.index(t) if t in _TYPE_PRIORITY else 99, t))
        lab = labels.get(iri, {})

        def pick(*keys: tuple[str, str]) -> str:
            for key in keys:
                if lab.get(key):
                    return min(lab[key])
            return ""

        en = pick(("prefLabel", "en"), ("prefLabel", ""))
        ja = pick(("prefLabel", "ja"), ("altLabel", "ja"))
        anything = en or ja or pick(*sorted(lab)) or _local(iri)
        node = {
            "iri": iri,
            "type": etype,
            "kind": "place" if any(CKG[t] in PLACE_CLASSES for t in ts) and etype not in _ACTOR_ONLY else "actor",
            "label_en": en or anything,
            "label_ja": ja or anything,
            "mentions": mentions.get(iri, 0),
        }
        # Sides belong to actors; a city's side would be a claim about control, which we do not infer.
        node["side"] = _side(iri, en, ja) if node["kind"] == "actor" or etype == "Country" else ""
        if iri in coords:
            node["lat"], node["lon"] = coords[iri]
        out[iri] = node
    return out


_ACTOR_ONLY = frozenset(_local(str(c)) for c in ACTOR_CLASSES)


def _side(iri: str, *labels: str) -> str:
    """``russia`` / ``ukraine`` when an entity's Wikidata item or label names a side, else ``""``.

    >>> _side("https://w3id.org/conflict-kg/id/militaryunit/ウクライナ軍", "", "ウクライナ軍")
    'ukraine'
    >>> _side("https://w3id.org/conflict-kg/id/Q7747", "Vladimir Putin", "")
    ''
    """
    for side, qids, pattern in _SIDES:
        if _local(iri) in qids or any(pattern.search(lab or "") for lab in labels):
            return side
    return ""


_Q_INCIDENTS = _P + """SELECT ?r ?i WHERE { GRAPH <https://w3id.org/conflict-kg/graph/incidents> { ?i ckg:report ?r } }"""
#: What event edges and node event counts count: incidents (reports of one real-world event count
#: once, graph/incidents) or reports (every extracted event).
COUNTS = ("incidents", "reports")


def _incident_of(store: Any, count: str) -> dict[str, str]:
    if count not in COUNTS:
        raise ValueError(f"count must be one of {', '.join(COUNTS)}, not {count!r}")
    if count == "reports" or (isinstance(store, Graph) and not isinstance(store, ConjunctiveGraph)):
        return {}
    return {str(r): str(i) for r, i in store.query(_Q_INCIDENTS)}


def _event_links(store: Any, ents: dict, doc_id: Callable, links: list[Link], inv: dict,
                 incident_of: dict[str, str]) -> None:
    """Links drawn from events: parties joined by the type's schema edge, places co-located; an
    event's record is its incident when ``incident_of`` names one."""
    events: dict[str, dict[str, Any]] = {}
    for e, cls, date, doc, ev in store.query(_Q_EVENTS % _values(EVENT_CLASSES)):
        info = events.setdefault(str(e), {"types": set(), "date": _s(date), "doc": doc_id(doc), "ev": _s(ev)})
        info["types"].add(_local(str(cls)))
    args: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e, prop, x in store.query(_Q_EVENT_ARGS):
        args[str(e)][_local(str(prop))].add(str(x))
    for e in sorted(events):
        info = events[e]
        rec = incident_of.get(e, e)
        specific = sorted(info["types"] - {"Event"}) or ["Event"]
        etype = specific[0]
        a = args.get(e, {})
        agents, targets = a.get("agent", set()), a.get("target", set())
        parts = sorted(x for x in a.get("participant", set()) | agents | targets if x in ents)
        for x in parts:
            inv[x]["records"].append(("event", rec, info["date"], etype))
        common = dict(record=rec, date=info["date"], doc=info["doc"], evidence=_excerpt(info["ev"]), event_type=etype)
        # The schema names each type's edge: a symmetric one ("met") joins every pair of parties;
        # a directed one ("attacked") runs from an agent to a target, other pairs co-participated.
        edge = EVENT_SCHEMA[etype].network_edge if etype in EVENT_SCHEMA else "co_participated"
        for i, u in enumerate(parts):
            for v in parts[i + 1:]:
                if edge in _SYMMETRIC:
                    links.append(Link(edge, u, v, **common))
                elif u in agents and v in targets:
                    links.append(Link(edge, u, v, **common))
                elif v in agents and u in targets:
                    links.append(Link(edge, v, u, **common))
                else:
                    links.append(Link("co_participated", u, v, **common))
        places = sorted(x for x in a.get("location", set()) | set(parts) if ents.get(x, {}).get("kind") == "place")
        for x in places:
            inv[x]["records"].append(("event_place", rec, info["date"], etype))
        for i, u in enumerate(places):
            for v in places[i + 1:]:
                links.append(Link("co_located", u, v, **common))


def _pair_links(query: str, kind: str, record: str, store: Any, ents: dict, doc_id: Callable,
                links: list[Link], inv: dict) -> None:
    """One ``kind`` link per row (record, from, to, date, doc, evidence) between two distinct known
    entities; the record is listed in the first entity's inventory as ``record``."""
    for r, a, b, date, doc, ev in store.query(query):
        u, v = str(a), str(b)
        if u in ents and v in ents and u != v:
            links.append(Link(kind, u, v, str(r), _s(date), doc_id(doc), _excerpt(_s(ev))))
            inv[u]["records"].append((record, str(r), _s(date), None))


def _statement_links(store: Any, ents: dict, doc_id: Callable, links: list[Link], inv: dict) -> None:
    """A speaker's statement about another entity."""
    _pair_links(_Q_STATEMENTS, "statement_about", "statement", store, ents, doc_id, links, inv)


def _role_links(store: Any, ents: dict, doc_id: Callable, links: list[Link], inv: dict) -> None:
    """A role holder and the body of the role; the holder takes the body's side."""
    role_sides: dict[str, set[str]] = defaultdict(set)
    for r, holder, org, label, date, doc, ev in store.query(_Q_ROLES):
        h = str(holder)
        if h not in ents:
            continue
        o = _s(org)
        role_text = str(label) if label is not None else ""
        if o in ents:
            role_text += f" ({ents[o]['label_en']})" if role_text else ents[o]["label_en"]
            links.append(Link("holds_role_in", h, o, str(r), _s(date), doc_id(doc), _excerpt(_s(ev))))
        if role_text:
            inv[h]["roles"].append(role_text)
        if o in ents and ents[o]["side"]:
            role_sides[h].add(ents[o]["side"])
        inv[h]["records"].append(("role", str(r), _s(date), None))
    for h, sides in role_sides.items():
        # A person holding a role in one side's body (President of Russia) is on that side.
        if not ents[h]["side"] and len(sides) == 1:
            ents[h]["side"] = next(iter(sides))


def _dispute_links(store: Any, ents: dict, doc_id: Callable, links: list[Link], inv: dict) -> None:
    """A claimant disputing another party's claim."""
    _pair_links(_Q_DISPUTES, "disputed", "claim", store, ents, doc_id, links, inv)


def _located_links(store: Any, ents: dict, doc_dates: dict[str, str | None], links: list[Link]) -> None:
    """A place located in another, dated by the document graph that says so."""
    if isinstance(store, Graph) and not isinstance(store, ConjunctiveGraph):
        # A single rdflib graph has no GRAPH clause to ask: it is the one document graph.
        located = [(a_, b_, store.identifier) for a_, b_ in store.query(_Q_LOCATED_IN_PLAIN)]
    else:
        located = list(store.query(_Q_LOCATED_IN))
    for a_, b_, g in located:
        if str(a_) in ents and str(b_) in ents:
            g_doc = unquote(str(g)[len(_GRAPH_PREFIX):]) if str(g).startswith(_GRAPH_PREFIX) else str(g)
            links.append(Link("located_in", str(a_), str(b_), f"{a_} locatedIn {b_}", doc_dates.get(g_doc), g_doc))


def _co_mention_links(store: Any, doc_id: Callable, doc_dates: dict[str, str | None], links: list[Link]) -> None:
    """Every pair of places mentioned in one sentence (the sentence is the record)."""
    by_sentence: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _m, x, doc, ev in store.query(_Q_PLACE_MENTIONS % _values(PLACE_CLASSES)):
        by_sentence[(doc_id(doc), str(ev))].add(str(x))
    for (doc, ev), xs in sorted(by_sentence.items()):
        ordered = sorted(xs)
        for i, u in enumerate(ordered):
            for v in ordered[i + 1:]:
                links.append(Link("co_mentioned", u, v, f"{doc}#{_sentence_id(ev)}", doc_dates.get(doc), doc, _excerpt(ev)))


def collect_links(store: Any, count: str = "incidents") -> tuple[dict[str, dict[str, Any]], list[Link], dict[str, dict[str, Any]]]:
    """Read entities, links and per-record facts from ``store``.

    With ``count="incidents"`` an event link's record is its incident (graph/incidents), so an
    edge's weight and a node's ``events`` count incidents; ``count="reports"`` counts every report.

    Returns ``(entities, links, involvement)``: ``entities`` maps entity IRI to
    node attributes; ``involvement`` maps entity IRI to
    ``{"records": [(kind, record, date, event_type)], "roles": [...]}`` so
    nodes without any edge (one-party events) can still be shown.
    """
    ents = _entities(store)
    docs, doc_dates = {}, {}
    for d, i, date in store.query(_Q_DOCS):
        docs[str(d)] = str(i)
        doc_dates[str(i)] = _s(date)
    doc_id = lambda d: docs.get(str(d), _local(str(d))) if d is not None else None  # noqa: E731
    links: list[Link] = []
    inv: dict[str, dict[str, list]] = defaultdict(lambda: {"records": [], "roles": []})
    _event_links(store, ents, doc_id, links, inv, _incident_of(store, count))
    _statement_links(store, ents, doc_id, links, inv)
    _role_links(store, ents, doc_id, links, inv)
    _dispute_links(store, ents, doc_id, links, inv)
    _located_links(store, ents, doc_dates, links)
    _co_mention_links(store, doc_id, doc_dates, links)
    return ents, links, dict(inv)


def _sentence_id(text: str) -> str:
    """A short stable id for a sentence (not Python's ``hash``: it is salted per process)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


# ------------------------------------------------------------ projection ---
def in_date_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a full or partial ISO date overlaps ``[since, until]``.

    Undated records pass only when no range is given.

    >>> in_date_range("2025-11", "2025-11-20", None), in_date_range("2025-10-31", "2025-11-01", None)
    (True, False)
    >>> in_date_range(None, None, None), in_date_range(None, "2025-01-01", None)
    (True, False)
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    start = (date + "-01-01"[len(date) - 4:]) if len(date) < 10 else date[:10]
    end = (date + "-12-31"[len(date) - 4:]) if len(date) < 10 else date[:10]
    return (since is None or end >= since) and (until is None or start <= until)


def links_to_graph(links: Iterable[Link], nodes: Mapping[str, Mapping[str, Any]]) -> nx.MultiDiGraph:
    """Fold links into weighted edges keyed by relation (see the module example)."""
    G = nx.MultiDiGraph()
    acc: dict[tuple[str, str, str], dict[str, Any]] = {}
    for link in links:
        u, v = link.source, link.target
        if link.relation in _SYMMETRIC and v < u:
            u, v = v, u
        e = acc.setdefault((u, v, link.relation), {"records": set(), "dates": set(), "docs": set(), "ev": {}, "types": set()})
        e["records"].add(link.record)
        if link.date:
            e["dates"].add(link.date)
        if link.doc:
            e["docs"].add(link.doc)
        if link.evidence:
            e["ev"].setdefault((link.evidence, link.doc or ""), link.date or "")
        if link.event_type:
            e["types"].add(link.event_type)
    for u, v in {(u, v) for u, v, _ in acc}:
        for n in (u, v):
            if n not in G:
                G.add_node(n, **dict(nodes.get(n, {"label_en": n, "label_ja": n})))
    for (u, v, rel), e in sorted(acc.items()):
        dates = sorted(e["dates"])
        evidence = sorted(e["ev"].items(), key=lambda kv: (kv[1], kv[0][1], kv[0][0]))[:_MAX_EVIDENCE]
        G.add_edge(u, v, key=rel, relation=rel, directed=rel not in _SYMMETRIC, weight=len(e["records"]),
                   first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "",
                   documents=sorted(e["docs"]), event_types=sorted(e["types"]),
                   evidence=[{"text": t, "doc": d} for (t, d), _ in evidence])
    return G


def _finish(G: nx.MultiDiGraph, ents: Mapping[str, Mapping[str, Any]], keep: Iterable[str],
            inv: Mapping[str, Mapping[str, list]], records_ok: Any) -> nx.MultiDiGraph:
    for n in sorted(set(keep) - set(G)):
        G.add_node(n, **dict(ents[n]))
    for n, data in G.nodes(data=True):
        info = inv.get(n, {"records": [], "roles": []})
        recs = [r for r in info["records"] if records_ok(r)]
        counts = Counter(kind for kind, *_ in recs)
        data["events"] = len({r[1] for r in recs if r[0] in ("event", "event_place")})
        data["statements"] = counts.get("statement", 0)
        by_event = {r[1]: r[3] for r in recs if r[0] in ("event", "event_place")}
        data["event_types"] = dict(sorted(Counter(by_event.values()).items()))
        data["roles"] = sorted(set(info["roles"]))
    return G


def actor_network(store: Any, *, since: str | None = None, until: str | None = None, count: str = "incidents",
                  event_types: Iterable[str] | None = None, relations: Iterable[str] | None = None,
                  min_weight: int = 1, top_k: int | None = None, rank_by: str = "degree",
                  ego: str | None = None, radius: int = 1) -> nx.MultiDiGraph:
    """Who interacts with whom: a :class:`networkx.MultiDiGraph` keyed by relation.

    Nodes are actors (persons, organizations, countries) and attack targets;
    edges are ``met``, ``attacked``, ``statement_about``, ``holds_role_in``,
    ``co_participated`` and ``disputed`` (a denial's claimant to the claimant
    it denies). ``event_types`` (ontology local names such as ``Attack``)
    restricts the event edges, and, unless ``relations`` is given, drops the
    non-event relations too. Dates filter the records each edge counts. Event edges count
    incidents (one real-world event told by many reports counts once), or reports with
    ``count="reports"``.
    """
    ents, links, inv = collect_links(store, count)
    return _project(ents, links, inv, ACTOR_RELATIONS, since, until, event_types, relations, min_weight,
                    top_k, rank_by, ego, radius, lambda n: False)


def location_network(store: Any, *, since: str | None = None, until: str | None = None, count: str = "incidents",
                     event_types: Iterable[str] | None = None, relations: Iterable[str] | None = None,
                     min_weight: int = 1, top_k: int | None = None, rank_by: str = "degree",
                     ego: str | None = None, radius: int = 1) -> nx.MultiDiGraph:
    """Where things happen: places linked by events involving both (``co_located``),
    administrative containment (``located_in``, from ``ckg:locatedIn``) and
    mention in the same sentence (``co_mentioned``).

    Every place that an event happened at (or, without filters, that is
    mentioned at all) is a node; ``events`` counts its events and
    ``event_types`` counts them by type; ``lat``/``lon`` when known.
    """
    ents, links, inv = collect_links(store, count)
    filtered = since or until or event_types
    return _project(ents, links, inv, LOCATION_RELATIONS, since, until, event_types, relations, min_weight,
                    top_k, rank_by, ego, radius, lambda n: ents[n]["kind"] == "place" and not filtered)


def _project(ents, links, inv, allowed, since, until, event_types, relations, min_weight, top_k, rank_by,
             ego, radius, keep_always) -> nx.MultiDiGraph:
    types = set(event_types) if event_types else None
    rels = set(relations) if relations else (set(allowed) & EVENT_RELATIONS if types else set(allowed))
    unknown = rels - set(RELATIONS)
    if unknown:
        raise ValueError(f"unknown relation(s) {', '.join(sorted(unknown))}; choose from {', '.join(RELATIONS)}")

    def link_ok(link: Link) -> bool:
        if link.relation not in rels or not in_date_range(link.date, since, until):
            return False
        return types is None or link.relation not in EVENT_RELATIONS or link.event_type in types

    def record_ok(rec: tuple) -> bool:
        kind, _r, date, etype = rec
        if not in_date_range(date, since, until):
            return False
        if kind in ("event", "event_place"):
            return types is None or etype in types
        return types is None

    G = links_to_graph([lk for lk in links if link_ok(lk)], ents)
    place_net = "co_located" in allowed
    wanted_kind = ("event_place",) if place_net else ("event", "statement", "role", "claim")
    # Places enter the actor network only through their own edges (attack targets), countries always.
    fits = (lambda n: ents[n]["kind"] == "place") if place_net else (
        lambda n: ents[n]["kind"] == "actor" or ents[n]["type"] == "Country")
    keep = {n for n, info in inv.items() if n in ents and fits(n)
            and any(r[0] in wanted_kind and record_ok(r) for r in info["records"])}
    keep |= {n for n in ents if keep_always(n)}
    _finish(G, ents, keep, inv, record_ok)
    if min_weight > 1:
        G = filter_min_weight(G, min_weight)
    if ego is not None:
        G = ego_graph(G, find_node(G, ego), radius=radius)
    if top_k is not None:
        G = G.subgraph(top_k_nodes(G, top_k, by=rank_by)).copy()
    return G
