"""Consolidation features: what :mod:`conflict_kg.kg.incidents` compares of a report (:class:`Report`) and knows
of its entities (:class:`Geo`: place classes, containment, coordinates, city extents, sides), with the
thresholds they use. Split from the clustering (:mod:`conflict_kg.kg.incidents`) past the module-size guide.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Mapping

from conflict_kg.kg.schema import EVENT_SCHEMA

__all__ = [
    "Report",
    "Geo",
    "NEAR_KM",
    "CITY_DENSITY",
    "CITY_MIN_POPULATION",
    "LANDMARK_KM",
    "LANDMARK_RATIO",
    "DENIAL_LOOKBACK_DAYS",
    "DOCUMENT_DATE_LOOKBACK_DAYS",
    "PLACE_LEVELS",
    "family_of",
    "parse_date",
    "km",
]

#: Two places at the same level this close are one place told two ways (a plant and its town's
#: entry without containment). Kept small: a neighbouring town the same day is another incident.
NEAR_KM = 3.0
#: A report whose only claims deny or dispute it says when it was denied, not when it happened:
#: its interval reaches this many days back, and it joins only a single fitting incident.
DENIAL_LOOKBACK_DAYS = 14
#: A report dated only by its document (``ckg:datePrecision "document"``) happened on that day or
#: this many days before it (a strike last night, reported the next morning).
DOCUMENT_DATE_LOOKBACK_DAYS = 1
#: Place class -> level (country 0 ... facility 4); a region inside a region is a district (2).
PLACE_LEVELS = {"Country": 0, "AdministrativeRegion": 1, "Waterbody": 2, "City": 3, "Settlement": 3, "Facility": 4, "Location": -1}
#: A city's extent, for places the gazetteer does not put inside it (a city district filed under
#: its oblast): a disc of the area its population fills at this density (people per km2; Kyiv
#: ~13.7 km, Donetsk ~7.6 km, a city of 150 k ~3 km). Only cities of ``CITY_MIN_POPULATION``.
CITY_DENSITY = 5000.0
CITY_MIN_POPULATION = 100_000
#: A report naming a town and, within this distance, a place at least ``LANDMARK_RATIO`` times
#: its population that does not contain it, names the larger as a landmark ("a village near
#: Kherson", "ヘルソン近郊の村"): the report is placed at the smaller one. So is a city named
#: beside a settlement the gazetteer lacks (``Geo._landmark``).
LANDMARK_KM = 25.0
LANDMARK_RATIO = 3.0


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
    precision: str = "none"  # day / document / month / year / none (a dateStart..dateEnd span counts as day)
    places: frozenset[str] = frozenset()  # every place it names (locations, place participants and targets)
    agents: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()  # actors only (a place target is among the places)
    participants: frozenset[str] = frozenset()  # actors named with no known role
    claimed: bool = False  # status ckg:Claimed (a party's claim)
    denied_only: bool = False  # its claims only deny or dispute it
    facilities: frozenset[str] = frozenset()  # facility kinds its sentence names (hospital, school, ...)

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
    ``sides`` maps an actor to its country (a country is its own side; an unknown actor is its own);
    ``population`` holds known populations (cities over ``CITY_MIN_POPULATION`` with coordinates
    also contain the towns within their extent, :meth:`ancestors`).
    """

    types: Mapping[str, str] = field(default_factory=dict)
    parents: Mapping[str, Iterable[str]] = field(default_factory=dict)
    coords: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    sides: Mapping[str, str] = field(default_factory=dict)
    population: Mapping[str, int] = field(default_factory=dict)
    _anc: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _spec: dict[frozenset[str], frozenset[str]] = field(default_factory=dict, repr=False)
    _lvl: dict[str, int] = field(default_factory=dict, repr=False)

    def ancestors(self, place: str) -> frozenset[str]:
        """Every place containing ``place`` (transitively, cycles ignored), with the cities whose
        extent holds it (:meth:`extent_of`)."""
        if place in self._anc:
            return self._anc[place]
        seen: set[str] = set()
        todo = list(self.parents.get(place, ())) + self.extent_of(place)
        while todo:
            p = todo.pop()
            if p not in seen and p != place:
                seen.add(p)
                todo.extend(self.parents.get(p, ()))
        self._anc[place] = frozenset(seen)
        return self._anc[place]

    def extent_of(self, place: str) -> list[str]:
        """The cities (``CITY_MIN_POPULATION`` and more) whose extent disc holds the town ``place``,
        a smaller place: Donetsk's Kuibyshevskyi district, filed under the oblast, 5 km from the
        centre, is in Donetsk; a village 10 km from a city of 66 k is not.

        >>> geo = Geo(types={"don": "City", "kuib": "City", "mak": "City"}, coords={"don": (48.023, 37.802),
        ...     "kuib": (48.014, 37.736), "mak": (48.048, 37.926)}, population={"don": 901645, "kuib": 116779, "mak": 340000})
        >>> geo.extent_of("kuib"), geo.extent_of("mak"), geo.extent_of("don")
        (['don'], [], [])
        """
        if place not in self.coords or PLACE_LEVELS.get(self.types.get(place, ""), -1) < 3:
            return []
        own, (lat, _) = self.population.get(place, 0), self.coords[place]
        return sorted(c for c, n in self.population.items()
                      if n >= CITY_MIN_POPULATION and n > own and c != place and c in self.coords
                      and abs(self.coords[c][0] - lat) < 0.3 and self.types.get(c) == "City"
                      and km(self.coords[place], self.coords[c]) <= math.sqrt(n / (math.pi * CITY_DENSITY)))

    def is_place(self, iri: str) -> bool:
        return self.types.get(iri) in PLACE_LEVELS

    def level(self, place: str) -> int:
        if place in self._lvl:
            return self._lvl[place]
        t = self.types.get(place, "Location")
        lvl = PLACE_LEVELS.get(t, -1)
        if t == "AdministrativeRegion" and any(self.types.get(a) == "AdministrativeRegion" for a in self.ancestors(place)):
            lvl = 2
        self._lvl[place] = lvl
        return lvl

    def side(self, actor: str) -> str:
        return self.sides.get(actor, actor)

    def specific(self, places: Iterable[str]) -> frozenset[str]:
        """The most specific of ``places``: those at the highest known level (``Location``s only when alone)."""
        places = frozenset(places)
        if places in self._spec:
            return self._spec[places]
        top = max((self.level(p) for p in places), default=0)
        spec = {p for p in places if self.level(p) == top}
        self._spec[places] = frozenset(spec - {b for a in spec for b in spec if self._landmark(a, b)})
        return self._spec[places]

    def _landmark(self, small: str, big: str) -> bool:
        """``big`` is named as a landmark for ``small`` (see ``LANDMARK_KM``). A settlement the
        gazetteer lacks (no coordinates, no containment: "ビレンケ村" minted from the text) named
        beside a city is a village near it, never the city itself."""
        if small == big or big not in self.coords or self.level(small) < 3:
            return False
        if small not in self.coords:
            return self.types.get(small) == "Settlement" and self.types.get(big) == "City" and not self.ancestors(small)
        if self.population.get(big, 0) < LANDMARK_RATIO * max(self.population.get(small, 0), 1):
            return False
        if big in self.ancestors(small) or small in self.ancestors(big):
            return False
        return km(self.coords[small], self.coords[big]) <= LANDMARK_KM

    def near(self, a: str, b: str) -> bool:
        if a not in self.coords or b not in self.coords or self.level(a) != self.level(b) or self.level(a) < 3:
            return False
        return km(self.coords[a], self.coords[b]) <= NEAR_KM


def km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """Great-circle distance in km (equirectangular: exact enough within a region)."""
    (lat1, lon1), (lat2, lon2) = p, q
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))
