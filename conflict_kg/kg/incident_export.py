"""Incidents for other tools: an ACLED-style CSV and PLOVER JSONL, one row per incident.

Both read graph/incidents (:mod:`conflict_kg.kg.incident_graph`) and list the incident's report IRIs, so every
row traces back to its sentences (each report has its document, offsets and evidence).

**ACLED** (``conflict-kg export --format acled``): the columns of ACLED's export
(:data:`ACLED_COLUMNS`) plus ``incident`` and ``reports``. Only types with an ACLED code in
``conflict_kg/kg/data/event_types.csv`` are exported (ACLED covers political violence, not diplomacy). The
mapping, where the graph has the facts:

* ``event_type`` / ``sub_event_type``: the type's ACLED codes from the table; an Attack is refined
  by its mode (:data:`ACLED_BY_MODE`: drones and air strikes are ``Air/drone strike``, missiles and
  shelling ``Shelling/artillery/missile attack``, a ground clash ``Battles`` / ``Armed clash``);
* ``event_date`` and ``time_precision``: the incident's date; 1 = a day, 3 = a month (or a year);
* ``actor1`` / ``actor2``: the best-supported agent / target (English display labels);
* ``admin1`` / ``admin2`` / ``location``: the oblast, the district and the place of the
  best-supported location, via ``ckg:locatedIn`` (else the gazetteer's containment);
* ``latitude`` / ``longitude``: the location's coordinates; ``geo_precision``: 1 = a town or a
  facility, 2 = a district, 3 = a region or a country;
* ``source``: the outlets (else the document identifiers); ``notes``: the first report's sentence;
* ``fatalities``: the best-supported ``ckg:fatalities`` of its reports, 0 when none states it
  (ACLED's convention);
* ``event_id_cnty``: ISO 3166 alpha-3 of the location's country and the incident's hash.

**PLOVER** (``--format plover``): one JSON object per line with ``id`` (the incident IRI), ``date``,
``event`` and ``mode`` (the table's PLOVER codes, the mode refined by :data:`PLOVER_BY_MODE`),
``source`` and ``recipient`` (lists of actors: ``name``, ``entity``, ``identifier_id`` = Wikidata
QID, ``identifier_source`` = ``wikidata``), ``event_loc`` (``name``, ``entity``, ``lat``, ``lon``,
``admin1``, ``country``, ``geo_precision``), ``text_info`` (per report: ``report``, ``document``,
``start``, ``end``, ``text``), ``status``, ``reports``, ``documents`` and ``languages``.
"""
from __future__ import annotations

import csv
import functools
import json
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from conflict_kg.kg.incident_graph import INCIDENTS_GRAPH, outlet_of, read_geo
from conflict_kg.kg.incident_features import Geo
from conflict_kg.kg.incidents import best
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import ENTITY
from conflict_kg.kg.schema import EVENT_SCHEMA

__all__ = ["ACLED_COLUMNS", "ACLED_BY_MODE", "PLOVER_BY_MODE", "read_incidents", "acled_rows", "plover_records",
           "write_acled", "write_plover"]

ACLED_COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
#: An Attack's ACLED codes by its mode (ckg:mode); modes not listed keep the table's codes.
ACLED_BY_MODE = {
    "drone": ("Explosions/Remote violence", "Air/drone strike"),
    "air strike": ("Explosions/Remote violence", "Air/drone strike"),
    "missile": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clash": ("Battles", "Armed clash"),
    "ground": ("Battles", "Armed clash"),
}
#: An Attack's PLOVER mode by its mode (PLOVER ASSAULT modes: aerial, explosion, firearms ...).
PLOVER_BY_MODE = {"drone": "aerial", "air strike": "aerial", "missile": "explosion", "shelling": "explosion",
                  "clash": "firearms", "ground": "firearms"}

_P = f"PREFIX ckg: <{CKG}>\n"
_Q_INCIDENTS = _P + f"SELECT ?i ?p ?o WHERE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?i a ckg:Incident ; ?p ?o }} }}"
_Q_REPORTS = _P + f"""SELECT ?r ?doc ?s ?e ?ev ?mode ?fat WHERE {{
  GRAPH <{INCIDENTS_GRAPH}> {{ ?i ckg:report ?r }}
  ?r ckg:sourceDocument ?doc ; ckg:startOffset ?s ; ckg:endOffset ?e .
  OPTIONAL {{ ?r ckg:evidence ?ev }} OPTIONAL {{ ?r ckg:mode ?mode }} OPTIONAL {{ ?r ckg:fatalities ?fat }} }}"""
_Q_ENTITIES = _P + """SELECT ?x (SAMPLE(?l) AS ?label) (SAMPLE(?q) AS ?qid) WHERE {
  { ?x ckg:displayLabel ?l } UNION { ?x ckg:wikidata ?q } } GROUP BY ?x"""
_Q_DOCS = _P + """PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
SELECT ?doc ?id ?url ?meta WHERE { ?doc a ckg:Document ; dcterms:identifier ?id .
  OPTIONAL { ?doc schema:url ?url } OPTIONAL { ?doc ckg:metadata ?meta } }"""


def _rows(store: Any, sparql: str) -> list[dict[str, str | None]]:
    res = store.raw_query(sparql)
    names = [v.value for v in res.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in res]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_incidents(store: Any) -> tuple[list[dict], dict[str, dict], dict[str, dict], dict[str, dict], Geo]:
    """``(incidents, reports, entities, documents, geo)`` read from graph/incidents and the documents."""
    incs: dict[str, dict] = defaultdict(lambda: defaultdict(list))
    for row in _rows(store, _Q_INCIDENTS):
        incs[row["i"]][_local(row["p"])].append(row["o"])
    reports: dict[str, dict] = {}
    for row in _rows(store, _Q_REPORTS):
        rep = reports.setdefault(row["r"], {**row, "modes": set(), "fatalities": set()})
        if row["mode"]:
            rep["modes"].add(row["mode"])
        if row["fat"]:
            rep["fatalities"].add(row["fat"])
    ents = {row["x"]: row for row in _rows(store, _Q_ENTITIES) if row["x"].startswith(str(ENTITY))}
    docs = {row["doc"]: row for row in _rows(store, _Q_DOCS)}
    places = {p for inc in incs.values() for p in inc.get("incidentLocation", [])}
    geo = read_geo(store, places)
    out = [dict(inc, iri=i) for i, inc in sorted(incs.items(), key=lambda kv: (sorted(kv[1].get("incidentDate", [""]))[0], kv[0]))]
    return out, reports, ents, docs, geo


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """(country entity IRI -> ISO 3166 alpha-2, entity IRI -> English label) from the shipped gazetteer:
    the labels of regions the store knows only through containment."""
    from conflict_kg.kg.gazetteer import read_entries
    from conflict_kg.kg.rdf import entity_iri

    entries = list(read_entries(resources.files("conflict_kg.kg.data").joinpath("gazetteer.jsonl")))
    codes = {str(entity_iri(e.key)): e.country for e in entries if e.type == "Country" and e.country}
    return codes, {str(entity_iri(e.key)): e.label_en for e in entries if e.label_en}


def _country_codes() -> dict[str, str]:
    return _gazetteer()[0]


def _alpha3(alpha2: str | None) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return country.alpha_3 if country is not None else "XXX"


def _place(inc: dict, geo: Geo, ents: dict) -> dict[str, Any]:
    """The incident's place: the most specific best-supported location with its admin levels."""
    locs = sorted(inc.get("incidentLocation", []), key=lambda p: (-geo.level(p), p))
    if not locs:
        return {}
    p = locs[0]
    anc = geo.ancestors(p)
    label = lambda x: (ents.get(x) or {}).get("label") or _gazetteer()[1].get(x) or x.rsplit("/", 1)[-1]  # noqa: E731
    admin1 = sorted(a for a in anc | {p} if geo.level(a) == 1)
    admin2 = sorted(a for a in anc | {p} if geo.level(a) == 2)
    country = sorted(a for a in anc | {p} if geo.level(a) == 0)
    lat, lon = geo.coords.get(p, (None, None))
    lvl = geo.level(p)
    return {"entity": p, "name": label(p), "admin1": label(admin1[0]) if admin1 else "",
            "admin2": label(admin2[0]) if admin2 else "", "country": _country_codes().get(country[0]) if country else None,
            "lat": lat, "lon": lon, "geo_precision": 1 if lvl >= 3 else 2 if lvl == 2 else 3, "qid": (ents.get(p) or {}).get("qid")}


def _mode(inc: dict, reports: dict) -> str | None:
    modes = best(m for r in inc.get("report", []) for m in reports.get(r, {}).get("modes", ()))
    return modes[0] if modes else None


def _fatalities(inc: dict, reports: dict) -> int:
    values = [v for r in inc.get("report", []) for v in reports.get(r, {}).get("fatalities", ())]
    nums = []
    for v in best(values):
        try:
            nums.append(int(float(v)))
        except ValueError:
            continue
    return max(nums) if nums else 0


def _sources(inc: dict, docs: dict) -> str:
    rows = [docs.get(d, {}) for d in sorted(inc.get("incidentDocument", []))]
    outlets = sorted({o for o in map(outlet_of, rows) if o})
    return "; ".join(outlets or sorted(str(r.get("id") or "") for r in rows))


def acled_rows(store: Any) -> list[dict[str, Any]]:
    """One ACLED-style row per incident of an ACLED-coded type (see the module docstring)."""
    incidents, reports, ents, docs, geo = read_incidents(store)
    out = []
    for inc in incidents:
        etype = _local(inc["incidentType"][0])
        schema = EVENT_SCHEMA.get(etype)
        if schema is None or not schema.acled_event_type:
            continue
        event_type, sub = schema.acled_event_type, schema.acled_sub_event_type
        mode = _mode(inc, reports)
        if etype == "Attack" and mode in ACLED_BY_MODE:
            event_type, sub = ACLED_BY_MODE[mode]
        date = (inc.get("incidentDate") or [""])[0]
        place = _place(inc, geo, ents)
        members = sorted(inc.get("report", []))
        label = lambda xs: "; ".join(sorted((ents.get(x) or {}).get("label") or x for x in xs))  # noqa: E731
        evidence = next((reports[r]["ev"] for r in members if reports.get(r, {}).get("ev")), "") or ""
        out.append({
            "event_id_cnty": _alpha3(place.get("country")) + inc["iri"].rsplit("/", 1)[-1][:8].upper(),
            "event_date": date, "time_precision": 1 if len(date) == 10 else 3,
            "event_type": event_type, "sub_event_type": sub,
            "actor1": label(inc.get("incidentAgent", [])), "actor2": label(inc.get("incidentTarget", [])),
            "admin1": place.get("admin1", ""), "admin2": place.get("admin2", ""), "location": place.get("name", ""),
            "latitude": place.get("lat", "") if place.get("lat") is not None else "",
            "longitude": place.get("lon", "") if place.get("lon") is not None else "",
            "geo_precision": place.get("geo_precision", ""), "source": _sources(inc, docs),
            "notes": " ".join(evidence.split())[:500], "fatalities": _fatalities(inc, reports),
            "incident": inc["iri"], "reports": "; ".join(members),
        })
    return out


def write_acled(store: Any, out: str | Path) -> int:
    """Write :func:`acled_rows` as CSV; returns the number of rows."""
    rows = acled_rows(store)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS + ["incident", "reports"])
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def _actors(xs: list[str], ents: dict) -> list[dict[str, Any]]:
    out = []
    for x in sorted(xs):
        e = ents.get(x) or {}
        qid = (e.get("qid") or "").rsplit("/", 1)[-1] or None
        out.append({"name": e.get("label") or x.rsplit("/", 1)[-1], "entity": x, "identifier_id": qid,
                    "identifier_source": "wikidata" if qid else None})
    return out


def plover_records(store: Any) -> list[dict[str, Any]]:
    """One PLOVER-style record per incident of a type with a PLOVER event code."""
    incidents, reports, ents, docs, geo = read_incidents(store)
    out = []
    for inc in incidents:
        etype = _local(inc["incidentType"][0])
        schema = EVENT_SCHEMA.get(etype)
        if schema is None or not schema.plover_event:
            continue
        mode = _mode(inc, reports)
        plover_mode = PLOVER_BY_MODE.get(mode, schema.plover_mode) if etype == "Attack" else schema.plover_mode
        place = _place(inc, geo, ents)
        members = sorted(inc.get("report", []))
        out.append({
            "id": inc["iri"], "date": (inc.get("incidentDate") or [""])[0], "event": schema.plover_event,
            "mode": plover_mode or "", "status": _local((inc.get("incidentStatus") or [""])[0]).lower(),
            "source": _actors(inc.get("incidentAgent", []), ents), "recipient": _actors(inc.get("incidentTarget", []), ents),
            "event_loc": {k: place.get(k) for k in ("name", "entity", "lat", "lon", "admin1", "country", "geo_precision")} if place else {},
            "text_info": [{"report": r, "document": reports[r]["doc"], "start": int(reports[r]["s"]), "end": int(reports[r]["e"]),
                           "text": reports[r].get("ev") or ""} for r in members if r in reports],
            "reports": members, "documents": sorted(inc.get("incidentDocument", [])),
            "languages": sorted(inc.get("language", [])),
        })
    return out


def write_plover(store: Any, out: str | Path) -> int:
    """Write :func:`plover_records` as JSON Lines; returns the number of records."""
    records = plover_records(store)
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    return len(records)
