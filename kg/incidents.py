"""Consolidation: event reports -> incidents (one real-world event told by many reports).

A *report* is one extracted event (a ``ckg:Event`` of one document). An *incident* is the
real-world event that one or more reports describe, across documents and languages. This module
is the pure part: :class:`Report` features in, clusters out. :mod:`kg.incident_graph` reads the
reports from a store and writes the incidents to ``graph/incidents``.

Two reports are one incident when every test agrees (:func:`compatible`):

* **type**: the same event class, or the same family where the family's classes are aspects of
  one happening (``MERGING_FAMILIES``: an attack, its interception and its casualty report);
* **time**: their date intervals overlap (a day is one day, a month the whole month);
* **place**: a most specific place of one equals, contains (``ckg:locatedIn``) or lies within
  ``NEAR_KM`` of one of the other's at the same level; a report placed only at a country never
  joins one placed below it;
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

Blocking: every report gets the keys of the consolidation *units* its interval touches
(:func:`unit_keys`: type family | month | week of the month, days 1-7, 8-14, 15-21, 22-end). Pairs are
only compared inside a unit (and inside it per place bucket), so the work is linear in the corpus.
Units nest in months, so a month-wide report links four units of its month, never two months.

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
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Mapping

from kg.schema import EVENT_SCHEMA

__all__ = [
    "Report",
    "Geo",
    "NEAR_KM",
    "DENIAL_LOOKBACK_DAYS",
    "MERGING_FAMILIES",
    "SIDED_FAMILIES",
    "PLACE_LEVELS",
    "family_of",
    "unit_keys",
    "compatible",
    "cluster",
    "parse_date",
]

#: Two places at the same level this close are one place told two ways (a plant and its town's
#: entry without containment). Kept small: a neighbouring town the same day is another incident.
NEAR_KM = 3.0
#: A report whose only claims deny or dispute it says when it was denied, not when it happened:
#: its interval reaches this many days back, and it joins only a single fitting incident.
DENIAL_LOOKBACK_DAYS = 14
#: Families whose classes are aspects of one happening (a strike, its interception, its toll).
MERGING_FAMILIES = frozenset({"violence"})
#: Families where agents and targets are sides: Russia's attack and Ukraine's are two incidents.
SIDED_FAMILIES = frozenset({"violence", "territory", "military"})
#: Place class -> level (country 0 ... facility 4); a region inside a region is a district (2).
PLACE_LEVELS = {"Country": 0, "AdministrativeRegion": 1, "Waterbody": 2, "City": 3, "Settlement": 3, "Facility": 4, "Location": -1}
_MAX_ANCHOR_DAYS = 7
_MAX_VAGUE_DAYS = 62


def family_of(event_type: str) -> str:
    """The family of an event class from the event-type table (``other`` when unknown).

    >>> family_of("Interception"), family_of("Meeting"), family_of("Nonsense")
    ('violence', 'diplomacy', 'other')
    """
    et = EVENT_SCHEMA.get(event_type)
    return et.family if et is not None else "other"


def parse_date(value: str | None) -> tuple[date | None, date | None, str]:
    """``(start, end, precision)`` of an ISO day, month or year (``(None, None, "none")`` otherwise).

    >>> parse_date("2025-11")
    (datetime.date(2025, 11, 1), datetime.date(2025, 11, 30), 'month')
    """
    text = (value or "").strip()
    try:
        if len(text) == 10:
            d = date.fromisoformat(text)
            return d, d, "day"
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:])
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1), "month"
        if len(text) == 4:
            y = int(text)
            return date(y, 1, 1), date(y, 12, 31), "year"
    except ValueError:
        pass
    return None, None, "none"


@dataclass(frozen=True)
class Report:
    """The features of one report that consolidation compares (IRIs as strings)."""

    iri: str
    doc: str
    type: str
    start: date | None = None
    end: date | None = None
    precision: str = "none"  # day / month / year / none (a dateStart..dateEnd span counts as day)
    places: frozenset[str] = frozenset()  # every place it names (locations, place participants and targets)
    agents: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()  # actors only (a place target is among the places)
    participants: frozenset[str] = frozenset()  # actors named with no known role
    claimed: bool = False  # status ckg:Claimed (a party's claim)
    denied_only: bool = False  # its claims only deny or dispute it

    @property
    def family(self) -> str:
        return family_of(self.type)

    @property
    def actors(self) -> frozenset[str]:
        return self.agents | self.targets | self.participants

    def interval(self) -> tuple[date, date] | None:
        """The date interval compared with other reports (a denial's reaches back)."""
        if self.start is None or self.end is None:
            return None
        if self.denied_only:
            return self.start - timedelta(days=DENIAL_LOOKBACK_DAYS), self.end
        return self.start, self.end


@dataclass
class Geo:
    """What consolidation knows of entities: place classes, containment, coordinates, actor sides.

    ``parents`` maps a place to the places that directly contain it (``ckg:locatedIn``);
    ``sides`` maps an actor to its country (a country is its own side; an unknown actor is its own).
    """

    types: Mapping[str, str] = field(default_factory=dict)
    parents: Mapping[str, Iterable[str]] = field(default_factory=dict)
    coords: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    sides: Mapping[str, str] = field(default_factory=dict)
    _anc: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def ancestors(self, place: str) -> frozenset[str]:
        """Every place containing ``place`` (transitively, cycles ignored)."""
        if place in self._anc:
            return self._anc[place]
        seen: set[str] = set()
        todo = list(self.parents.get(place, ()))
        while todo:
            p = todo.pop()
            if p not in seen and p != place:
                seen.add(p)
                todo.extend(self.parents.get(p, ()))
        self._anc[place] = frozenset(seen)
        return self._anc[place]

    def is_place(self, iri: str) -> bool:
        return self.types.get(iri) in PLACE_LEVELS

    def level(self, place: str) -> int:
        t = self.types.get(place, "Location")
        lvl = PLACE_LEVELS.get(t, -1)
        if t == "AdministrativeRegion" and any(self.types.get(a) == "AdministrativeRegion" for a in self.ancestors(place)):
            return 2
        return lvl

    def side(self, actor: str) -> str:
        return self.sides.get(actor, actor)

    def specific(self, places: Iterable[str]) -> frozenset[str]:
        """The most specific of ``places``: those at the highest known level (``Location``s only when alone)."""
        places = frozenset(places)
        if not places:
            return places
        top = max(self.level(p) for p in places)
        return frozenset(p for p in places if self.level(p) == top)

    def buckets(self, places: Iterable[str]) -> frozenset[str]:
        """Sub-block keys: the first-level region (else country) containing each place, else the place."""
        out = set()
        for p in places:
            anc = self.ancestors(p) | {p}
            regions = sorted(a for a in anc if self.level(a) == 1)
            countries = sorted(a for a in anc if self.level(a) == 0)
            out.add(regions[0] if regions else countries[0] if countries else p)
        return frozenset(out)

    def near(self, a: str, b: str) -> bool:
        if a not in self.coords or b not in self.coords or self.level(a) != self.level(b) or self.level(a) < 3:
            return False
        return _km(self.coords[a], self.coords[b]) <= NEAR_KM


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = p, q
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


def unit_keys(r: Report) -> tuple[str, ...]:
    """The consolidation units a report touches: ``family|YYYY-MM|w`` for w = week of the month 0-3.

    A year-wide or undated report touches ``family|YYYY|*`` (or ``family|undated|*``) only.

    >>> unit_keys(Report("x", "d", "Capture", *parse_date("2025-11-21")))
    ('territory|2025-11|2',)
    >>> len(unit_keys(Report("x", "d", "Attack", *parse_date("2025-11"))))
    4
    """
    span = r.interval()
    if span is None:
        return (f"{r.family}|undated|*",)
    start, end = span
    if (end - start).days > _MAX_VAGUE_DAYS:
        return (f"{r.family}|{start.year}|*",)
    keys = set()
    d = start
    while d <= end:
        keys.add(f"{r.family}|{d:%Y-%m}|{min((d.day - 1) // 7, 3)}")
        d += timedelta(days=1)
    return tuple(sorted(keys))


def _types_ok(a: Report, b: Report) -> bool:
    return a.type == b.type or (a.family == b.family and a.family in MERGING_FAMILIES)


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
    if not (_types_ok(a, b) and _time_ok(a, b) and _actors_ok(a, b, geo)):
        return False
    if a.places and b.places:
        return _places_ok(a, b, geo)
    return not need_place


def _anchored(r: Report) -> bool:
    span = r.interval()
    return bool(r.places) and span is not None and not r.denied_only and (span[1] - span[0]).days < _MAX_ANCHOR_DAYS


def _components(reports: list[Report], geo: Geo) -> list[list[Report]]:
    """Connected components of compatible anchored reports, compared per unit and place bucket."""
    parent = {r.iri: r.iri for r in reports}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[tuple[str, str], list[Report]] = defaultdict(list)
    for r in reports:
        for unit in unit_keys(r):
            for bucket in sorted(geo.buckets(geo.specific(r.places))):
                blocks[(unit, bucket)].append(r)
    for key in sorted(blocks):
        members = blocks[key]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if find(a.iri) != find(b.iri) and compatible(a, b, geo):
                    ra, rb = find(a.iri), find(b.iri)
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        groups[find(r.iri)].append(r)
    return [groups[k] for k in sorted(groups)]


def _split(component: list[Report], geo: Geo, *, need_place: bool = True) -> list[list[Report]]:
    """Groups compatible throughout. Members go in a fixed order (most actors first, then IRI), each
    to the one group that takes it, or starts a group when none does; one that several groups would
    take is ambiguous: it stays alone and takes no one in (else it would seed ambiguity for the next)."""
    groups: list[list[Report]] = []
    alone: list[list[Report]] = []
    for r in sorted(component, key=lambda r: (-len(r.agents | r.targets), -len(r.actors), r.iri)):
        takers = [g for g in groups if all(compatible(r, m, geo, need_place=need_place) for m in g)]
        if len(takers) == 1:
            takers[0].append(r)
        elif takers:
            alone.append([r])
        else:
            groups.append([r])
    return groups + alone


def _fits(r: Report, group: list[Report], geo: Geo) -> bool:
    if not r.places:
        # No place: an actor in common (or, in fighting, a side), or a member read from the same
        # document (the toll of the strike its document reports), is the evidence that it is this one.
        mine = {geo.side(a) for a in r.actors} if r.family in SIDED_FAMILIES else set(r.actors)
        theirs = {geo.side(a) for m in group for a in m.actors} if r.family in SIDED_FAMILIES else {a for m in group for a in m.actors}
        if not (mine & theirs or any(m.doc == r.doc for m in group)):
            return False
    return all(compatible(r, m, geo, need_place=bool(r.places)) for m in group)


def cluster(reports: Iterable[Report], geo: Geo) -> list[list[Report]]:
    """Partition reports into incidents; groups and members sorted by IRI (order-independent)."""
    todo = sorted({r.iri: r for r in reports}.values(), key=lambda r: r.iri)
    anchored = [r for r in todo if _anchored(r)]
    groups: list[list[Report]] = []
    for comp in _components(anchored, geo):
        groups.extend(_split(comp, geo))
    by_unit: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        for unit in sorted({u for m in g for u in unit_keys(m)}):
            by_unit[unit].append(i)
    joins: dict[int, list[Report]] = defaultdict(list)
    loose: list[Report] = []
    for r in (r for r in todo if not _anchored(r)):
        cands = sorted({i for u in unit_keys(r) for i in by_unit.get(u, ())})
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
    """Placeless dated reports sharing an actor group together; the rest stay alone."""
    placeless = [r for r in loose if not r.places and r.interval() is not None and r.actors and not r.denied_only
                 and (r.interval()[1] - r.interval()[0]).days < _MAX_ANCHOR_DAYS]
    ids = {r.iri for r in placeless}
    out = [[r] for r in loose if r.iri not in ids]
    blocks: dict[str, list[Report]] = defaultdict(list)
    for r in placeless:
        blocks[unit_keys(r)[0]].append(r)
    for key in sorted(blocks):
        for g in _split(blocks[key], geo, need_place=False):
            # a chain of strangers is no incident: split further unless every pair shares an actor
            subs: list[list[Report]] = []
            for r in g:
                for s in subs:
                    if all(r.actors & m.actors for m in s):
                        s.append(r)
                        break
                else:
                    subs.append([r])
            out.extend(subs)
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
