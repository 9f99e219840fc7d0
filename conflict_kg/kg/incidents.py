"""Consolidation: event reports -> incidents (one real-world event told by many reports).

A *report* is one extracted event (a ``ckg:Event`` of one document). An *incident* is the
real-world event that one or more reports describe, across documents and languages. This module
is the pure part: :class:`Report` features in, clusters out. :mod:`conflict_kg.kg.incident_graph` reads the
reports from a store and writes the incidents to ``graph/incidents``; :mod:`conflict_kg.kg.incident_features`
holds the features (:class:`Report`, :class:`Geo`) and thresholds.

Two reports are one incident when every test agrees (:func:`compatible`):

* **type**: the same event class, or the same family where the family's classes are aspects of
  one happening (``MERGING_FAMILIES``: an attack, its interception and its casualty report);
* **time**: their date intervals overlap (a day is one day, a month the whole month, and a report
  whose text states no date -- dated by its document -- the document's day and the
  ``DOCUMENT_DATE_LOOKBACK_DAYS`` before it: news tells of yesterday's and last night's strikes);
* **place**: a most specific place of one equals, contains (``ckg:locatedIn``) or lies within
  ``NEAR_KM`` of one of the other's at the same level; a report placed only at a country never
  joins one placed below it;
* **facilities**: for violence, the facility kinds the two sentences name (a hospital, a school;
  :mod:`conflict_kg.kg.facility_kinds`) must not be unrelated: two strikes on one city in one night;
* **sides**: for fighting (violence, territory, military) the agents' sides (the country of each
  actor) must intersect when both are known, and so must the targets'; for diplomacy and the
  rest, neither report may name an actor the other lacks when both name some.

*Anchored* reports (a place, a date interval of at most a week) are clustered first: connected
components over compatible pairs, and a component holding an incompatible pair is split into
groups compatible throughout (members most informative first, each to the one group that takes
it; one that two groups would take stays alone, as below). Then
every other report -- no place, a month-wide date, a denial read days after the claim it answers --
joins an anchored incident only when exactly one fits it all through. Placeless reports left over
group among themselves when they share an actor. Each step reads only the previous one's result
and everything is sorted by IRI, so the same reports in any order give the same incidents.

Blocking: every report lives at keys (:func:`block_keys`): each day its interval touches
(:func:`unit_keys`: type family | day) crossed with its place keys (its place, the regions
containing it, a grid cell) and, where actors are the evidence, its actors. Two reports are
candidates when the probes (:func:`probe_keys`) of one meet the keys of the other: a town's
report probes its own town, the places inside it, the regions containing it and the grid cells
around it, never its sibling towns, so a block is a town-day, not an oblast-week. Pairs are
only compared between candidates, so the work is linear in the corpus, and a new document
re-clusters only the reports its keys reach (closed over their keys in turn).

>>> from datetime import date
>>> geo = Geo(types={"kyiv": "City"})
>>> a = Report("d1#event-0", "d1", "Attack", date(2022, 12, 29), date(2022, 12, 29), "day", places=frozenset({"kyiv"}))
>>> b = Report("d2#event-3", "d2", "Attack", date(2022, 12, 29), date(2022, 12, 29), "day", places=frozenset({"kyiv"}))
>>> c = Report("d3#event-1", "d3", "Attack", date(2022, 12, 30), date(2022, 12, 30), "day", places=frozenset({"kyiv"}))
>>> [[r.iri for r in group] for group in cluster([c, b, a], geo)]
[['d1#event-0', 'd2#event-3'], ['d3#event-1']]
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import timedelta
from typing import Iterable

from conflict_kg.kg.facility_kinds import kinds_conflict
from conflict_kg.kg.incident_features import Geo, Report, parse_date  # parse_date: the doctests build reports with it

__all__ = [
    "MERGING_FAMILIES",
    "SIDED_FAMILIES",
    "unit_keys",
    "block_keys",
    "probe_keys",
    "inherit_places",
    "compatible",
    "cluster",
]

#: Families whose classes are aspects of one happening (a strike, its interception, its toll).
MERGING_FAMILIES = frozenset({"violence"})
#: Families where agents and targets are sides: Russia's attack and Ukraine's are two incidents.
SIDED_FAMILIES = frozenset({"violence", "territory", "military"})
#: Grid cells for the near test: wider than NEAR_KM both ways (longitude up to ~80 degrees north),
#: so two places within NEAR_KM lie in the same or adjacent cells.
_CELL_DEG = (0.05, 0.2)
_MAX_ANCHOR_DAYS = 7
_MAX_VAGUE_DAYS = 62


def unit_keys(r: Report) -> tuple[str, ...]:
    """The time units a report touches: ``family|YYYY-MM-DD`` for every day of its interval.

    A day-dated report touches one unit; a month-wide one (or a denial's look-back) each of its
    days, so the blocks it links are only those that hold a report it could be. A year-wide or
    undated report touches ``family|YYYY`` (or ``family|undated``) only, and joins no one.

    >>> unit_keys(Report("x", "d", "Capture", *parse_date("2025-11-21")))
    ('territory|2025-11-21',)
    >>> len(unit_keys(Report("x", "d", "Attack", *parse_date("2025-11"))))
    30
    """
    span = r.interval()
    if span is None:
        return (f"{r.family}|undated",)
    start, end = span
    if (end - start).days > _MAX_VAGUE_DAYS:
        return (f"{r.family}|{start.year}",)
    return tuple(f"{r.family}|{start + timedelta(days=n)}" for n in range((end - start).days + 1))


def _place_keys(places: frozenset[str], geo: Geo) -> set[str]:
    """Place keys: a place lives at ``p:`` itself, ``m:`` (member of) each region containing it
    and, for towns and facilities with coordinates, its grid cell (``g<level>:``). Countries live
    at ``p:`` alone: a country-only report never joins a town."""
    home: set[str] = set()
    for p in geo.specific(places):
        lvl = geo.level(p)
        home.add(f"p:{p}")
        if lvl == 0:
            continue
        home.update(f"m:{a}" for a in geo.ancestors(p) if geo.level(a) != 0)
        if lvl >= 3 and p in geo.coords:
            i, j = (math.floor(c / d) for c, d in zip(geo.coords[p], _CELL_DEG))
            home.add(f"g{lvl}:{i},{j}")
    return home


def block_keys(r: Report, geo: Geo) -> tuple[str, ...]:
    """The keys a report lives at: ``unit|key`` for each unit it touches and each of its place keys
    and, where an actor is the evidence for joining (reports with no place; diplomacy, whose actors
    are its persons), its actors (``a:``). Fighting reports with a place carry no actor keys: a
    side like Russia's forces is in every block, and would chain the whole day together.

    Two reports are compared only when :func:`probe_keys` of one meet the keys of the other (a
    symmetric relation), so re-clustering the reports a document's probes reach, closed over their
    probes in turn, gives what a full rebuild gives.

    >>> geo = Geo(types={"kyiv": "City", "ua": "Country", "kyiv_obl": "AdministrativeRegion"}, parents={"kyiv": ["kyiv_obl", "ua"]})
    >>> block_keys(Report("x", "d", "Attack", *parse_date("2022-12-29"), places=frozenset({"kyiv"})), geo)
    ('violence|2022-12-29|m:kyiv_obl', 'violence|2022-12-29|p:kyiv')
    """
    keys = _place_keys(r.places, geo) if r.places else set()
    if r.actors and (not r.places or r.family not in SIDED_FAMILIES):
        keys |= {f"a:{a}" for a in r.actors}
    return tuple(sorted(f"{unit}|{k}" for unit in unit_keys(r) for k in keys))


def probe_keys(keys: Iterable[str]) -> tuple[str, ...]:
    """The keys where the reports a report with ``keys`` could be live: its own place (``p:``) and
    the places inside it (``m:`` it), the regions containing it (``p:`` of its ``m:``), the grid
    cells around its cell, its actors. A town never probes a sibling town: a block is a town-day.

    >>> probe_keys(["violence|2022-12-29|m:kyiv_obl", "violence|2022-12-29|p:kyiv"])
    ('violence|2022-12-29|m:kyiv', 'violence|2022-12-29|p:kyiv', 'violence|2022-12-29|p:kyiv_obl')
    """
    out: set[str] = set()
    for key in keys:
        unit, _, k = key.rpartition("|")
        kind, _, value = k.partition(":")
        if kind == "p":
            out.update((f"{unit}|p:{value}", f"{unit}|m:{value}"))
        elif kind == "m":
            out.add(f"{unit}|p:{value}")
        elif kind.startswith("g"):
            i, j = map(int, value.split(","))
            out.update(f"{unit}|{kind}:{i + di},{j + dj}" for di in (-1, 0, 1) for dj in (-1, 0, 1))
        else:
            out.add(key)
    return tuple(sorted(out))


def _candidate_pairs(reports: list[Report], geo: Geo) -> list[tuple[Report, Report]]:
    """Every pair of ``reports`` where the probes of one meet the keys of the other (sorted by IRI)."""
    by_key: dict[str, list[Report]] = defaultdict(list)
    keys = {r.iri: block_keys(r, geo) for r in reports}
    for r in reports:
        for k in keys[r.iri]:
            by_key[k].append(r)
    pairs: dict[tuple[str, str], tuple[Report, Report]] = {}
    for a in reports:
        for k in probe_keys(keys[a.iri]):
            for b in by_key.get(k, ()):
                if a.iri < b.iri:
                    pairs[(a.iri, b.iri)] = (a, b)
    return [pairs[k] for k in sorted(pairs)]


def _types_ok(a: Report, b: Report) -> bool:
    return a.type == b.type or (a.family == b.family and a.family in MERGING_FAMILIES)


def _facilities_ok(a: Report, b: Report) -> bool:
    return a.family not in MERGING_FAMILIES or not kinds_conflict(a.facilities, b.facilities)


def _time_ok(a: Report, b: Report) -> bool:
    x, y = a.interval(), b.interval()
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]


def _places_ok(a: Report, b: Report, geo: Geo) -> bool:
    pa, pb = geo.specific(a.places), geo.specific(b.places)
    country_a = all(geo.level(p) == 0 for p in pa)
    country_b = all(geo.level(p) == 0 for p in pb)
    if country_a != country_b:
        return False
    for x in pa:
        for y in pb:
            if x == y or x in geo.ancestors(y) or y in geo.ancestors(x) or geo.near(x, y):
                return True
    return False


def _sides_clash(xs: frozenset[str], ys: frozenset[str], geo: Geo) -> bool:
    if not xs or not ys:
        return False
    return not ({geo.side(x) for x in xs} & {geo.side(y) for y in ys})


def _actors_ok(a: Report, b: Report, geo: Geo) -> bool:
    if a.family in SIDED_FAMILIES:
        if _sides_clash(a.agents, b.agents, geo) or _sides_clash(a.targets, b.targets, geo):
            return False
        # Roles swapped (a's agent side is b's target side and not b's agent side): two incidents.
        return not (a.agents and b.targets and not b.agents and
                    {geo.side(x) for x in a.agents} <= {geo.side(y) for y in b.targets})
    xa, xb = a.actors, b.actors
    return not (xa and xb and (xa - xb) and (xb - xa))


def compatible(a: Report, b: Report, geo: Geo, *, need_place: bool = True) -> bool:
    """Whether two reports can tell one incident (see the module docstring).

    Without ``need_place`` a report with no place is compared on type, time and sides alone.
    """
    if not (_types_ok(a, b) and _time_ok(a, b) and _actors_ok(a, b, geo) and _facilities_ok(a, b)):
        return False
    if a.places and b.places:
        return _places_ok(a, b, geo)
    return not need_place


def _anchored(r: Report) -> bool:
    span = r.interval()
    return bool(r.places) and span is not None and not r.denied_only and (span[1] - span[0]).days < _MAX_ANCHOR_DAYS


def _union(reports: list[Report], pairs: Iterable[tuple[Report, Report]]) -> list[list[Report]]:
    """Connected components of ``reports`` over ``pairs`` (sorted by their smallest member's root)."""
    parent = {r.iri: r.iri for r in reports}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a.iri), find(b.iri)
        parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        groups[find(r.iri)].append(r)
    return [groups[k] for k in sorted(groups)]


def _components(reports: list[Report], geo: Geo) -> list[list[Report]]:
    """Connected components of compatible anchored reports, compared only between candidates."""
    return _union(reports, ((a, b) for a, b in _candidate_pairs(reports, geo) if compatible(a, b, geo)))


def _split(component: list[Report], geo: Geo, *, need_place: bool = True, need_actor: bool = False) -> list[list[Report]]:
    """Groups compatible throughout. Members go in a fixed order (those naming a facility kind first,
    then most actors, then IRI), each to the one group that takes it, or starts a group when none
    does; one that several groups would take is ambiguous: it stays alone and takes no one in (else
    it would seed ambiguity for the next). So "Russia struck Kyiv" beside a strike on a hospital and
    one on a clinic that day joins neither."""
    groups: list[list[Report]] = []
    alone: list[list[Report]] = []
    for r in sorted(component, key=lambda r: (not r.facilities, -len(r.agents | r.targets), -len(r.actors), r.iri)):
        takers = [g for g in groups if all(compatible(r, m, geo, need_place=need_place) and (not need_actor or r.actors & m.actors)
                                           for m in g)]
        if len(takers) == 1:
            takers[0].append(r)
        elif takers:
            alone.append([r])
        else:
            groups.append([r])
    return groups + alone


def _fits(r: Report, group: list[Report], geo: Geo) -> bool:
    if not r.places and not any(r.actors & m.actors for m in group):
        return False  # no place: an actor in common is the evidence that it is this one
    return all(compatible(r, m, geo, need_place=bool(r.places)) for m in group)


def _country_only(r: Report, geo: Geo) -> bool:
    return bool(r.places) and all(geo.level(p) == 0 for p in r.places)


def inherit_places(reports: Iterable[Report], geo: Geo) -> list[Report]:
    """A report with no place, or only a country, takes the place of its document's reports of the
    same incident kind (type, time, sides and facilities compatible; for a country, places inside
    it) when they all name one place: the toll or the interception of the strike its document
    reports, "Russia blamed Ukraine's attack" after the attack on the bridge. A denial keeps its
    own (it answers another document). Then a violence report naming no facility takes the kinds
    its document's compatible reports name, when they agree.

    Reads only the report's own document, so a build computes it per document.
    """
    reports = list(reports)
    by_doc: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_doc[r.doc].append(r)
    out = []
    for r in reports:
        coarse = _country_only(r, geo)
        if (r.places and not coarse) or r.denied_only or r.interval() is None:
            out.append(r)
            continue
        sibs = {geo.specific(p.places) for p in by_doc[r.doc]
                if p.places and not p.denied_only and not (coarse and _country_only(p, geo)) and _types_ok(r, p) and _time_ok(r, p)
                and _actors_ok(r, p, geo) and _facilities_ok(r, p)}
        if coarse:  # a country refines only to places inside it
            sibs = {s for s in sibs if all(r.places & geo.ancestors(x) for x in s)}
        out.append(replace(r, places=next(iter(sibs))) if len(sibs) == 1 else r)
    return _inherit_facilities(out, by_doc, geo)


def _inherit_facilities(reports: list[Report], by_doc: dict[str, list[Report]], geo: Geo) -> list[Report]:
    """A violence report naming no facility takes the facility kinds of its document's compatible
    reports when they all name the same ones ("Russia struck Kyiv. A missile hit a children's
    hospital."): its document tells of that strike."""
    out = []
    for r in reports:
        if r.facilities or r.family not in MERGING_FAMILIES or r.denied_only or r.interval() is None:
            out.append(r)
            continue
        sibs = {p.facilities for p in by_doc[r.doc] if p.facilities and not p.denied_only and compatible(r, p, geo, need_place=False)}
        out.append(replace(r, facilities=next(iter(sibs))) if len(sibs) == 1 else r)
    return out


def cluster(reports: Iterable[Report], geo: Geo) -> list[list[Report]]:
    """Partition reports into incidents; groups and members sorted by IRI (order-independent)."""
    todo = sorted({r.iri: r for r in reports}.values(), key=lambda r: r.iri)
    anchored = [r for r in todo if _anchored(r)]
    groups: list[list[Report]] = []
    for comp in _components(anchored, geo):
        groups.extend(_split(comp, geo))
    by_block: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        for key in sorted({k for m in g for k in probe_keys(block_keys(m, geo))}):
            by_block[key].append(i)
    joins: dict[int, list[Report]] = defaultdict(list)
    loose: list[Report] = []
    for r in (r for r in todo if not _anchored(r)):
        cands = sorted({i for k in block_keys(r, geo) for i in by_block.get(k, ())})
        fitting = [i for i in cands if _fits(r, groups[i], geo)]
        if len(fitting) == 1:
            joins[fitting[0]].append(r)
        else:
            loose.append(r)
    for i, extra in joins.items():
        groups[i] = groups[i] + extra
    groups.extend(_loose_groups(loose, geo))
    out = [sorted(g, key=lambda r: r.iri) for g in groups]
    return sorted(out, key=lambda g: g[0].iri)


def _loose_groups(loose: list[Report], geo: Geo) -> list[list[Report]]:
    """Placeless dated reports sharing an actor (and a block) group together; the rest stay alone."""
    placeless = [r for r in loose if not r.places and r.interval() is not None and r.actors and not r.denied_only
                 and (r.interval()[1] - r.interval()[0]).days < _MAX_ANCHOR_DAYS]
    ids = {r.iri for r in placeless}
    out = [[r] for r in loose if r.iri not in ids]
    pairs = ((a, b) for a, b in _candidate_pairs(placeless, geo) if a.actors & b.actors and compatible(a, b, geo, need_place=False))
    for comp in _union(placeless, pairs):
        out.extend(_split(comp, geo, need_place=False, need_actor=True))
    return out


def best(values: Iterable[str]) -> list[str]:
    """The best-supported values: those named most often (all ties, sorted).

    >>> best(["a", "b", "b", "c", "c"])
    ['b', 'c']
    """
    counts = Counter(values)
    if not counts:
        return []
    top = max(counts.values())
    return sorted(v for v, n in counts.items() if n == top)
