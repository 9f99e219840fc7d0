"""graph/incidents, reading: the reports of a store with the features consolidation compares.

:func:`read_events` reads reports (all, of some documents, or named ones) with their argument roles, the
claims about them, their documents and the geography of their places (:func:`read_geo`: classes,
containment, coordinates, actor sides, the big cities near them) into a :class:`ReportSet`;
:mod:`conflict_kg.kg.incident_graph` consolidates and writes them. Split from it past the module-size
guide: reading and writing change for different reasons.
"""

from __future__ import annotations

import functools
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Iterable

from conflict_kg.kg.facility_kinds import facility_kinds
from conflict_kg.kg.gazetteer import load_gazetteer
from conflict_kg.kg.incident_features import CITY_MIN_POPULATION, DOCUMENT_DATE_LOOKBACK_DAYS, Geo, Report, parse_date
from conflict_kg.kg.incidents import inherit_places
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import ENTITIES_GRAPH, entity_iri

__all__ = ["ReportSet", "read_events", "read_geo", "read_reports", "solutions", "values_clause", "literal_values_clause"]

_P = f"PREFIX ckg: <{CKG}>\nPREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX schema: <https://schema.org/>\n"


def values_clause(var: str, iris: Iterable[str] | None) -> str:
    if iris is None:
        return ""
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def literal_values_clause(var: str, keys: Iterable[str]) -> str:
    """A VALUES block of plain literals (block keys: family|YYYY-MM|w, no quotes or backslashes)."""
    return f"VALUES ?{var} {{ {' '.join(json.dumps(k) for k in sorted(keys))} }}"


def solutions(store: Any, sparql: str) -> list[dict[str, str | None]]:
    res = store.raw_query(sparql)
    names = [v.value for v in res.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in res]


# -- reading -------------------------------------------------------------------------------------
_Q_EVENTS = _P + """SELECT ?r ?cls ?status ?date ?ds ?de ?doc ?ev ?prec WHERE {{
  {values}
  ?r ckg:status ?status ; a ?cls ; ckg:sourceDocument ?doc . FILTER(STRSTARTS(STR(?cls), STR(ckg:)))
  OPTIONAL {{ ?r ckg:date ?date }} OPTIONAL {{ ?r ckg:dateStart ?ds }} OPTIONAL {{ ?r ckg:dateEnd ?de }}
  OPTIONAL {{ ?r ckg:evidence ?ev }} OPTIONAL {{ ?r ckg:datePrecision ?prec }}
}}"""
_Q_ROLES = _P + """SELECT ?r ?p ?x WHERE {{
  {values} ?r ?p ?x . FILTER(?p IN (ckg:agent, ckg:target, ckg:participant, ckg:location) && isIRI(?x))
}}"""
_Q_CLAIMS = _P + """SELECT ?c ?r ?stance ?claimant ?doc ?start ?date WHERE {{
  {values}
  ?r ckg:status ?_s . ?c ckg:about ?r ; ckg:stance ?stance ; ckg:sourceDocument ?doc ; ckg:startOffset ?start .
  OPTIONAL {{ ?c ckg:claimant ?claimant }} OPTIONAL {{ ?c ckg:date ?date }}
}}"""
_Q_DOCS = _P + """SELECT ?doc ?date ?lang ?url ?meta WHERE {{
  {values} ?doc a ckg:Document .
  OPTIONAL {{ ?doc dcterms:date ?date }} OPTIONAL {{ ?doc dcterms:language ?lang }}
  OPTIONAL {{ ?doc schema:url ?url }} OPTIONAL {{ ?doc ckg:metadata ?meta }}
}}"""
_Q_ENTITIES = _P + """SELECT ?x ?t ?lat ?lon WHERE {{
  {values} GRAPH <""" + str(ENTITIES_GRAPH) + """> {{ ?x a ?t OPTIONAL {{ ?x schema:latitude ?lat ; schema:longitude ?lon }} }}
}}"""
_Q_LOCATED = _P + """SELECT DISTINCT ?x ?y WHERE {{ {values} ?x ckg:locatedIn+ ?y }}"""


@dataclass
class ReportSet:
    """Everything read for a set of reports: features, claims, documents and geography."""

    reports: dict[str, Report] = field(default_factory=dict)
    roles: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    claims: dict[str, list[dict]] = field(default_factory=dict)  # report -> claims about it
    docs: dict[str, dict] = field(default_factory=dict)
    geo: Geo = field(default_factory=Geo)


@functools.lru_cache(maxsize=1)
def _gazetteer_facts() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(actor -> country, place -> containing places) from the shipped gazetteer: the fallback
    where the store has no ``ckg:locatedIn`` (stores built before places carried it)."""
    # The process-wide gazetteer (pickled once in the user cache), not a second parse of its file.
    entries = list(load_gazetteer().entries.values())
    countries: dict[str, str] = {}
    for e in sorted(entries, key=lambda e: (not e.key.startswith("Q"), e.key)):
        if e.type == "Country" and e.country and e.country not in countries:
            countries[e.country] = str(entity_iri(e.key))
    side, parents = {}, {}
    for e in entries:
        iri = str(entity_iri(e.key))
        country = countries.get(e.country or "")
        if e.type == "Country":
            side[iri] = iri
        elif country:
            side[iri] = country
        ups = [str(entity_iri(e.region))] if e.region else []
        if country and country != iri:
            ups.append(country)
        if ups:
            parents[iri] = ups
    return side, parents


#: Cells of the big-city index: wider than the largest city's extent (Moscow's ~28 km), so the
#: cities whose extent can hold a place are in its cell or the eight around it.
_CITY_CELL_DEG = (0.5, 1.0)


def _city_cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CITY_CELL_DEG[0]), math.floor(lon / _CITY_CELL_DEG[1])


@functools.lru_cache(maxsize=1)
def _gazetteer_population() -> tuple[dict[str, int], dict[tuple[int, int], list[tuple[str, float, float]]]]:
    """(place -> population, cell -> the cities of ``CITY_MIN_POPULATION`` and more in it) from the
    shipped gazetteer: every such city near a place is read with it, so that a town's containment
    in a city's extent (and its block keys) never depends on which entities a read included."""
    population: dict[str, int] = {}
    cells: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
    for e in load_gazetteer().entries.values():
        if not e.population:
            continue
        iri = str(entity_iri(e.key))
        population[iri] = e.population
        if e.type == "City" and e.population >= CITY_MIN_POPULATION and e.lat is not None and e.lon is not None:
            cells[_city_cell(e.lat, e.lon)].append((iri, e.lat, e.lon))
    return population, dict(cells)


def _near_cities(coords: dict[str, tuple[float, float]]) -> list[tuple[str, float, float]]:
    """The big cities in the cells around the places of ``coords`` (sorted, each once)."""
    _, cells = _gazetteer_population()
    found = set()
    for lat, lon in coords.values():
        i, j = _city_cell(lat, lon)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                found.update(cells.get((i + di, j + dj), ()))
    return sorted(found)


def read_geo(store: Any, entities: Iterable[str]) -> Geo:
    """Place classes, containment (``ckg:locatedIn``, else the gazetteer's), coordinates, actor sides."""
    ents = sorted(set(entities))
    types: dict[str, str] = {}
    coords: dict[str, tuple[float, float]] = {}
    for row in solutions(store, _Q_ENTITIES.format(values=values_clause("x", ents))):
        t = row["t"].rsplit("#", 1)[-1]
        if row["x"] not in types or _rank(t) > _rank(types[row["x"]]):
            types[row["x"]] = t
        if row["lat"] is not None and row["lon"] is not None:
            coords[row["x"]] = (float(row["lat"]), float(row["lon"]))
    sides, gaz_parents = _gazetteer_facts()
    parents: dict[str, list[str]] = defaultdict(list)
    for row in solutions(store, _Q_LOCATED.format(values=values_clause("x", ents))):
        parents[row["x"]].append(row["y"])
    for x in ents:
        if x not in parents and x in gaz_parents:
            parents[x] = list(gaz_parents[x])
    ups = {p for ps in parents.values() for p in ps} - set(types)
    for row in solutions(store, _Q_ENTITIES.format(values=values_clause("x", ups))) if ups else ():
        types.setdefault(row["x"], row["t"].rsplit("#", 1)[-1])
    for p in ups:
        if p not in types and p in sides and sides[p] == p:
            types[p] = "Country"
    for p in ups:
        types.setdefault(p, "AdministrativeRegion")
    population, _ = _gazetteer_population()
    pops = {x: population[x] for x in ents if x in population}
    for c, lat, lon in _near_cities(coords):
        types.setdefault(c, "City")
        coords.setdefault(c, (lat, lon))
        pops[c] = population[c]
    return Geo(types=types, parents=dict(parents), coords=coords, sides=sides, population=pops)


_LEVEL_ORDER = ["Location", "Country", "AdministrativeRegion", "Waterbody", "City", "Settlement", "Facility"]


def _rank(t: str) -> int:
    """Which of an entity's classes counts: the most specific place class, any place over an actor."""
    return _LEVEL_ORDER.index(t) if t in _LEVEL_ORDER else -1


def read_events(store: Any, *, reports: Iterable[str] | None = None, docs: Iterable[str] | None = None) -> ReportSet:
    """Reports (all, of ``docs``, or the ``reports`` named) with claims, documents and geography.

    A report takes its place or facility kinds from its document's other reports
    (:func:`conflict_kg.kg.incidents.inherit_places`), so named reports are read with their whole
    documents and the others dropped after."""
    if reports is not None:
        want = set(reports)
        q = f"SELECT DISTINCT ?doc WHERE {{ {values_clause('r', want)} ?r <{CKG.sourceDocument}> ?doc }}"
        out = read_events(store, docs=[row["doc"] for row in solutions(store, q)]) if want else ReportSet()
        out.reports = {k: v for k, v in out.reports.items() if k in want}
        out.claims = {k: v for k, v in out.claims.items() if k in want}
        out.roles = {k: v for k, v in out.roles.items() if k in want}
        return out
    values = values_clause("doc", docs) if docs is not None else ""
    out = ReportSet()
    core = {}
    for row in solutions(store, _Q_EVENTS.format(values=values)):
        core.setdefault(row["r"], row)
    if not core:
        return out
    rvalues = values_clause("r", core) if values else ""
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in solutions(store, _Q_ROLES.format(values=rvalues)):
        if row["r"] in core:
            roles[row["r"]][row["p"].rsplit("#", 1)[-1]].add(row["x"])
    for row in solutions(store, _Q_CLAIMS.format(values=rvalues)):
        if row["r"] in core:
            out.claims.setdefault(row["r"], []).append(row)
    doc_ids = {row["doc"] for row in core.values()}
    for row in solutions(store, _Q_DOCS.format(values=values_clause("doc", doc_ids))):
        out.docs[row["doc"]] = row
    out.geo = read_geo(store, {x for rs in roles.values() for xs in rs.values() for x in xs})
    reps = [_report(row, roles.get(iri, {}), out.claims.get(iri, []), out.geo) for iri, row in sorted(core.items())]
    out.reports = {r.iri: r for r in inherit_places(reps, out.geo)}
    out.roles = {k: dict(v) for k, v in roles.items()}
    return out


def _report(row: dict, roles: dict[str, set[str]], claims: list[dict], geo: Geo) -> Report:
    start, end, precision = parse_date(row["date"])
    if row["ds"]:
        s2, _, _ = parse_date(row["ds"])
        _, e2, _ = parse_date(row["de"] or row["ds"])
        if s2 and e2 and s2 <= e2:
            start, end, precision = s2, e2, "day"
    if row.get("prec") == "document" and start is not None:
        # the text states no date: the event happened on the document's day or shortly before it; the
        # graph's bounds say so (rdf.event_date), a store written before they did has the day alone
        precision = "document"
        if start == end:
            start -= timedelta(days=DOCUMENT_DATE_LOOKBACK_DAYS)
    places = set(roles.get("location", ()))
    participants = set()
    for x in roles.get("participant", ()):
        (places if geo.is_place(x) else participants).add(x)
    targets = set()
    for x in roles.get("target", ()):
        if geo.is_place(x):
            places.add(x)
        if not geo.is_place(x) or geo.level(x) == 0:
            targets.add(x)
    agents = set(roles.get("agent", ()))
    stances = {c["stance"].rsplit("#", 1)[-1] for c in claims}
    return Report(
        iri=row["r"], doc=row["doc"], type=row["cls"].rsplit("#", 1)[-1], start=start, end=end, precision=precision,
        places=frozenset(places), agents=frozenset(agents), targets=frozenset(targets - agents),
        participants=frozenset(participants - agents - targets), claimed=row["status"].endswith("Claimed"),
        denied_only=bool(stances) and "Asserts" not in stances, facilities=facility_kinds(row.get("ev")),
    )


def read_reports(store: Any) -> list[Report]:
    """Every report in the store with its consolidation features."""
    return list(read_events(store).reports.values())
