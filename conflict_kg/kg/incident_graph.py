"""graph/incidents: read reports from a store, consolidate them (:mod:`conflict_kg.kg.incidents`), write incidents.

Derived data like graph/summary: :func:`refresh_incidents` with no ``changed`` documents rebuilds
the whole graph; with the documents a build wrote or removed it re-clusters only the reports whose
keys (:func:`conflict_kg.kg.incidents.block_keys`) meet the probes of those the documents carry now
or carried before, closed over their probes in turn, and rewrites those incidents in one update. The keys are
literals of ``ckg:blockKey`` in graph/incidents, so each step is one indexed lookup (object ->
subjects) for exactly the keys it needs. Because the
clustering of a closed set of units depends on nothing outside it, the result is the same as a
full rebuild (tested).

What graph/incidents holds, per incident ``inc``: ``a ckg:Incident``, ``ckg:report`` (each member),
``ckg:incidentType``, ``ckg:incidentAgent`` / ``Target`` / ``Participant`` / ``Location`` (the
best-supported values), ``ckg:incidentDate``, ``ckg:incidentStatus``, ``ckg:reportCount``,
``ckg:documentCount``, ``ckg:sourceCount``, ``ckg:incidentDocument``, ``dcterms:language``,
``ckg:firstReported`` / ``ckg:lastReported`` and ``ckg:threadClaim`` (its claims). Claim threads:
a denial or dispute ``ckg:disputes`` every asserting claim of another claimant about the same
incident, in any document; a party's repeated claim in one document is ``ckg:repeatedBy`` from
its first mention. The index: ``ckg:blockKey`` on every report and every document.
"""
from __future__ import annotations

import functools
import hashlib
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Iterable
from urllib.parse import urlsplit

import pyoxigraph as ox

from conflict_kg.kg.facility_kinds import facility_kinds
from conflict_kg.kg.gazetteer import load_gazetteer
from conflict_kg.kg.incidents import (CITY_MIN_POPULATION, DOCUMENT_DATE_LOOKBACK_DAYS, Geo, Report, best, block_keys, cluster,
                                      inherit_places, parse_date, probe_keys)
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import BASE, ENTITIES_GRAPH, doc_iri, entity_iri
from conflict_kg.kg.rdf import INCIDENTS_GRAPH as _INCIDENTS

__all__ = ["INCIDENTS_GRAPH", "incident_iri", "refresh_incidents", "read_reports", "read_geo", "Incident", "incidents_of", "outlet_of"]

#: The named graph of incidents and claim-thread links (derived; rebuilt at will).
INCIDENTS_GRAPH = str(_INCIDENTS)
_P = f"PREFIX ckg: <{CKG}>\nPREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX schema: <https://schema.org/>\n"
_DCT = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def incident_iri(smallest_report: str) -> str:
    """The IRI of the incident whose smallest member report is ``smallest_report`` (stable while it lives)."""
    return BASE + "incident/" + hashlib.sha1(smallest_report.encode("utf-8")).hexdigest()[:16]


def _values(var: str, iris: Iterable[str] | None) -> str:
    if iris is None:
        return ""
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


def _lvalues(var: str, keys: Iterable[str]) -> str:
    """A VALUES block of plain literals (block keys: family|YYYY-MM|w, no quotes or backslashes)."""
    return f"VALUES ?{var} {{ {' '.join(json.dumps(k) for k in sorted(keys))} }}"


def _solutions(store: Any, sparql: str) -> list[dict[str, str | None]]:
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
class _Read:
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
    for row in _solutions(store, _Q_ENTITIES.format(values=_values("x", ents))):
        t = row["t"].rsplit("#", 1)[-1]
        if row["x"] not in types or _rank(t) > _rank(types[row["x"]]):
            types[row["x"]] = t
        if row["lat"] is not None and row["lon"] is not None:
            coords[row["x"]] = (float(row["lat"]), float(row["lon"]))
    sides, gaz_parents = _gazetteer_facts()
    parents: dict[str, list[str]] = defaultdict(list)
    for row in _solutions(store, _Q_LOCATED.format(values=_values("x", ents))):
        parents[row["x"]].append(row["y"])
    for x in ents:
        if x not in parents and x in gaz_parents:
            parents[x] = list(gaz_parents[x])
    ups = {p for ps in parents.values() for p in ps} - set(types)
    for row in _solutions(store, _Q_ENTITIES.format(values=_values("x", ups))) if ups else ():
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


def _read_events(store: Any, *, reports: Iterable[str] | None = None, docs: Iterable[str] | None = None) -> _Read:
    """Reports (all, of ``docs``, or the ``reports`` named) with claims, documents and geography.

    A report takes its place or facility kinds from its document's other reports
    (:func:`conflict_kg.kg.incidents.inherit_places`), so named reports are read with their whole
    documents and the others dropped after."""
    if reports is not None:
        want = set(reports)
        q = f"SELECT DISTINCT ?doc WHERE {{ {_values('r', want)} ?r <{CKG.sourceDocument}> ?doc }}"
        out = _read_events(store, docs=[row["doc"] for row in _solutions(store, q)]) if want else _Read()
        out.reports = {k: v for k, v in out.reports.items() if k in want}
        out.claims = {k: v for k, v in out.claims.items() if k in want}
        out.roles = {k: v for k, v in out.roles.items() if k in want}
        return out
    values = _values("doc", docs) if docs is not None else ""
    out = _Read()
    core = {}
    for row in _solutions(store, _Q_EVENTS.format(values=values)):
        core.setdefault(row["r"], row)
    if not core:
        return out
    rvalues = _values("r", core) if values else ""
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _solutions(store, _Q_ROLES.format(values=rvalues)):
        if row["r"] in core:
            roles[row["r"]][row["p"].rsplit("#", 1)[-1]].add(row["x"])
    for row in _solutions(store, _Q_CLAIMS.format(values=rvalues)):
        if row["r"] in core:
            out.claims.setdefault(row["r"], []).append(row)
    doc_ids = {row["doc"] for row in core.values()}
    for row in _solutions(store, _Q_DOCS.format(values=_values("doc", doc_ids))):
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
    return list(_read_events(store).reports.values())


# -- aggregating ---------------------------------------------------------------------------------
@dataclass
class Incident:
    """One consolidated incident, ready to write (IRIs as strings)."""

    iri: str
    reports: list[Report]
    type: str
    date: str | None
    agents: list[str]
    targets: list[str]
    participants: list[str]
    locations: list[str]
    status: str  # Asserted / ClaimedByParty / Disputed
    documents: list[str]
    languages: list[str]
    sources: int
    first_reported: str | None
    last_reported: str | None
    claims: list[dict]


def outlet_of(doc: dict) -> str | None:
    if doc.get("url"):
        host = urlsplit(doc["url"]).hostname
        if host:
            return host.removeprefix("www.")
    try:
        meta = json.loads(doc.get("meta") or "{}")
    except ValueError:
        return None
    for key in ("outlet", "publisher", "source_name", "source"):
        if isinstance(meta, dict) and isinstance(meta.get(key), str) and meta[key].strip():
            return meta[key].strip()
    return None


def _best_date(reports: list[Report], dates: dict[str, str]) -> str | None:
    for precision in ("day", "document", "month", "year"):
        vals = [dates[r.iri] for r in reports if r.precision == precision and dates.get(r.iri)]
        if vals:
            return best(vals)[0]
    return None


def incidents_of(read: _Read, groups: list[list[Report]], dates: dict[str, str]) -> list[Incident]:
    """Aggregate clusters into incidents: per role the best-supported values, counts, status, thread."""
    out = []
    for g in groups:
        geo = read.geo
        docs = sorted({r.doc for r in g})
        claims = sorted((c for r in g for c in read.claims.get(r.iri, [])), key=lambda c: c["c"])
        stances = {c["stance"].rsplit("#", 1)[-1] for c in claims}
        if stances & {"Denies", "Disputes"}:
            status = "Disputed"
        elif any(not r.claimed for r in g):
            status = "Asserted"
        else:
            status = "ClaimedByParty"
        doc_rows = [read.docs.get(d, {}) for d in docs]
        doc_dates = sorted(str(d["date"]) for d in doc_rows if d.get("date"))
        out.append(Incident(
            iri=incident_iri(g[0].iri), reports=g, type=best(r.type for r in g)[0], date=_best_date(g, dates),
            agents=best(a for r in g for a in r.agents), targets=best(t for r in g for t in r.targets),
            participants=sorted({a for r in g for a in r.actors}),
            locations=best(p for r in g for p in geo.specific(r.places)), status=status, documents=docs,
            languages=sorted({d["lang"] for d in doc_rows if d.get("lang")}),
            sources=len({o for o in map(outlet_of, doc_rows) if o}),
            first_reported=doc_dates[0] if doc_dates else None, last_reported=doc_dates[-1] if doc_dates else None,
            claims=claims,
        ))
    return out


# -- writing -------------------------------------------------------------------------------------
def _lit(value: str) -> ox.Literal:
    start, _, precision = parse_date(value)
    dt = {"day": "date", "month": "gYearMonth", "year": "gYear"}.get(precision)
    return ox.Literal(value, datatype=ox.NamedNode(_XSD + dt)) if dt else ox.Literal(value)


def _thread_triples(inc: Incident) -> list[tuple]:
    """Claim-thread links: repeats of one party's claim in one document, and denials to the claims they answer."""
    N = ox.NamedNode
    out: list[tuple] = []
    asserting = [c for c in inc.claims if c["stance"].endswith("Asserts")]
    firsts: dict[tuple, dict] = {}
    for c in sorted(asserting, key=lambda c: (c["doc"], c.get("claimant") or "", int(c["start"]), c["c"])):
        key = (c["doc"], c.get("claimant") or c["c"])
        if key in firsts:
            out.append((N(firsts[key]["c"]), N(CKG.repeatedBy), N(c["c"])))
        else:
            firsts[key] = c
    for d in inc.claims:
        if d["stance"].endswith(("Denies", "Disputes")):
            for c in asserting:
                if (c.get("claimant") or "") != (d.get("claimant") or "-") :
                    out.append((N(d["c"]), N(CKG.disputes), N(c["c"])))
                    out.append((N(c["c"]), N(CKG.disputedBy), N(d["c"])))
    return out


def _triples(incidents: list[Incident], doc_keys: dict[str, set[str]], geo: Geo) -> list[tuple]:
    N, L = ox.NamedNode, ox.Literal
    key_p = N(CKG.blockKey)
    out: list[tuple] = []
    for inc in incidents:
        i = N(inc.iri)
        out.append((i, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), N(CKG.Incident)))
        out.append((i, N(CKG.incidentType), N(CKG + inc.type)))
        out.append((i, N(CKG.incidentStatus), N(CKG + inc.status)))
        for r in inc.reports:
            out.append((i, N(CKG.report), N(r.iri)))
            out.extend((N(r.iri), key_p, L(k)) for k in block_keys(r, geo))
        for prop, xs in ((CKG.incidentAgent, inc.agents), (CKG.incidentTarget, inc.targets),
                         (CKG.incidentParticipant, inc.participants), (CKG.incidentLocation, inc.locations),
                         (CKG.incidentDocument, inc.documents)):
            out.extend((i, N(prop), N(x)) for x in xs)
        out.extend((i, N(_DCT + "language"), L(x)) for x in inc.languages)
        if inc.date:
            out.append((i, N(CKG.incidentDate), _lit(inc.date)))
        for prop, n in ((CKG.reportCount, len(inc.reports)), (CKG.documentCount, len(inc.documents)), (CKG.sourceCount, inc.sources)):
            out.append((i, N(prop), L(str(n), datatype=N(_XSD + "integer"))))
        if inc.first_reported:
            out.append((i, N(CKG.firstReported), _lit(inc.first_reported)))
            out.append((i, N(CKG.lastReported), _lit(inc.last_reported)))
        out.extend((i, N(CKG.threadClaim), N(c["c"])) for c in inc.claims)
        out.extend(_thread_triples(inc))
    for d, keys in sorted(doc_keys.items()):
        out.extend((N(d), key_p, L(k)) for k in sorted(keys))
    return out


#: Written last by every refresh: a graph/incidents without it was interrupted, and the next
#: build rebuilds it whole (derived data is never left half-updated without anyone noticing).
_COMPLETE = f"<{INCIDENTS_GRAPH}> <{CKG.incidentsComplete}> true"
#: The key scheme of :func:`conflict_kg.kg.incidents.block_keys`, written beside the completion mark:
#: a graph/incidents indexed by another scheme (an older version) is rebuilt whole. 3: towns within
#: a big city's extent live in it (``m:``), landmarks named beside a town are dropped, a report
#: dated by its document touches the day before too.
KEY_SCHEME = "scheme:place-day-3"
_SCHEME = f"<{INCIDENTS_GRAPH}> <{CKG.blockKey}> {json.dumps(KEY_SCHEME)}"


def _write(store: Any, delete: str, triples: list[tuple]) -> None:
    """Drop the completion mark and the old state, then add the new triples and the mark together."""
    drop = f"DELETE DATA {{ GRAPH <{INCIDENTS_GRAPH}> {{ {_COMPLETE} . {_SCHEME} }} }} ;\n{delete}"
    g = ox.NamedNode(INCIDENTS_GRAPH)
    marks = [(g, ox.NamedNode(CKG.incidentsComplete), ox.Literal(True)), (g, ox.NamedNode(CKG.blockKey), ox.Literal(KEY_SCHEME))]
    if hasattr(store, "add_quads"):
        store.add_quads([ox.Quad(s, p, o, g) for s, p, o in [*triples, *marks]], before=drop)
        return
    store.update(drop)
    body = ox.serialize([ox.Triple(s, p, o) for s, p, o in [*triples, *marks]], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    store.update(f"INSERT DATA {{ GRAPH <{INCIDENTS_GRAPH}> {{\n{body}}} }}")


def _consolidate(read: _Read) -> tuple[list[Incident], dict[str, set[str]]]:
    groups = cluster(read.reports.values(), read.geo)
    dates = {r.iri: _date_text(r) for r in read.reports.values()}
    doc_keys: dict[str, set[str]] = defaultdict(set)
    for r in read.reports.values():
        doc_keys[r.doc].update(block_keys(r, read.geo))
    return incidents_of(read, groups, dates), doc_keys


def _date_text(r: Report) -> str | None:
    if r.start is None:
        return None
    if r.precision == "day":
        return r.start.isoformat()
    if r.precision == "document":
        return r.end.isoformat() if r.end else None
    if r.precision == "month":
        return r.start.isoformat()[:7]
    return str(r.start.year)


def refresh_incidents(store: Any, changed: Iterable[str] | None = None) -> int:
    """Recompute graph/incidents (all of it, or the units touched by the ``changed`` document ids).

    Returns the number of incidents written.
    """
    if changed is None or not _has_incidents(store):
        read = _read_events(store)
        incidents, doc_keys = _consolidate(read)
        _write(store, f"DROP SILENT GRAPH <{INCIDENTS_GRAPH}>", _triples(incidents, doc_keys, read.geo))
        return len(incidents)
    docs = sorted({str(doc_iri(d)) for d in changed})
    if not docs:
        return 0
    fresh = _read_events(store, docs=docs)
    units = set(_old_doc_keys(store, docs)) | {k for r in fresh.reports.values() for k in block_keys(r, fresh.geo)}
    read, old_incidents, old_reports = _closure(store, units, fresh, set(docs))
    incidents, doc_keys = _consolidate(read)
    keep_docs = {d: ks for d, ks in doc_keys.items() if d in docs}
    # Every triple of graph/incidents has an incident, a member report, a thread claim of an
    # incident or a document as subject, so dropping those subjects drops the old state exactly.
    subjects = set(old_incidents) | old_reports | set(docs) | _thread_claims(store, old_incidents)
    delete = (f"DELETE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ {_values('s', subjects)} "
              f"GRAPH <{INCIDENTS_GRAPH}> {{ ?s ?p ?o }} }}") if subjects else ""
    _write(store, delete, _triples(incidents, keep_docs, read.geo))
    return len(incidents)


def _has_incidents(store: Any) -> bool:
    """Whether graph/incidents was completely written (an interrupted refresh leaves no mark) with
    the current key scheme."""
    return bool(store.raw_query(f"ASK {{ GRAPH <{INCIDENTS_GRAPH}> {{ {_COMPLETE} . {_SCHEME} }} }}"))


def _old_doc_keys(store: Any, docs: list[str]) -> list[str]:
    q = f"SELECT ?k WHERE {{ {_values('d', docs)} GRAPH <{INCIDENTS_GRAPH}> {{ ?d <{CKG.blockKey}> ?k }} }}"
    return [r["k"] for r in _solutions(store, q)]


def _thread_claims(store: Any, incidents: Iterable[str]) -> set[str]:
    incidents = sorted(incidents)
    if not incidents:
        return set()
    q = f"SELECT ?c WHERE {{ {_values('i', incidents)} GRAPH <{INCIDENTS_GRAPH}> {{ ?i <{CKG.threadClaim}> ?c }} }}"
    return {r["c"] for r in _solutions(store, q)}


_Q_BY_DOC = f"SELECT ?r ?i WHERE {{{{ {{values}} GRAPH <{INCIDENTS_GRAPH}> {{{{ ?i <{CKG.incidentDocument}> ?d ; <{CKG.report}> ?r }}}} }}}}"
_Q_BY_KEY = f"SELECT ?r ?i WHERE {{{{ {{values}} GRAPH <{INCIDENTS_GRAPH}> {{{{ ?r <{CKG.blockKey}> ?k . ?i <{CKG.report}> ?r }}}} }}}}"


def _closure(store: Any, units: set[str], fresh: _Read, changed_docs: set[str]) -> tuple[_Read, set[str], set[str]]:
    """All reports whose keys meet the probes of the touched keys, transitively; the old incidents they were in.

    Also every old incident of a changed document (its reports may carry no key at all)."""
    read = _Read(reports=dict(fresh.reports), claims=dict(fresh.claims), docs=dict(fresh.docs))
    old_incidents: set[str] = set()
    old_reports: set[str] = set()
    rows = _solutions(store, _Q_BY_DOC.format(values=_values("d", changed_docs)))
    done: set[str] = set()
    todo = set(probe_keys(units))
    while rows or todo:
        if todo:  # one indexed lookup: the reports carrying any of these keys
            done |= todo
            rows += _solutions(store, _Q_BY_KEY.format(values=_lvalues("k", todo)))
        old_incidents |= {r["i"] for r in rows}
        old_reports |= {r["r"] for r in rows}
        new = {r["r"] for r in rows if r["r"] not in read.reports and r["r"].split("#", 1)[0] not in changed_docs}
        more = _read_events(store, reports=new) if new else _Read()
        read.reports.update(more.reports)
        read.claims.update(more.claims)
        read.docs.update(more.docs)
        todo = {k for r in more.reports.values() for k in probe_keys(block_keys(r, more.geo))} - done
        rows = []
    read.geo = read_geo(store, {x for r in read.reports.values() for x in r.places | r.actors})
    return read, old_incidents, old_reports
