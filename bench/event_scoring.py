"""Shared pieces of the event-argument evaluations (``bench/eval_events_*.py``).

Distances between places, the coordinates of an event's places through the project's resolver,
a fatality figure compared with a gold one, and the ratio formatting of the result tables.

>>> round(km(50.45, 30.52, 50.0, 36.23))
409
>>> count_matches(12, {"low": 12}), count_matches(3, 4), count_matches(5, {"low": 3, "high": 6})
(True, False, True)
>>> raw_trigger("killed", {"kill": ("CasualtyReport", None)})
('CasualtyReport', None)
"""
from __future__ import annotations

import math
from typing import Any

__all__ = ["km", "count_matches", "place_coords", "ratio", "raw_trigger", "NEAR_KM"]

#: A predicted place is right when it lies within this distance of the gold coordinates.
NEAR_KM = 30.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def count_matches(value: int | None, gold: Any) -> bool:
    """Does a predicted figure agree with a gold figure (an int, or ``{"low": n, "high": m}``)?"""
    if value is None or gold is None:
        return False
    if isinstance(gold, dict):
        lo, hi = gold.get("low"), gold.get("high")
        if hi is None:
            return value == lo
        return lo <= value <= hi
    return value == int(gold)


def place_coords(resolver: Any, mentions: list, lang: str) -> list[tuple[float, float]]:
    """Coordinates of the mentions the resolver places (gazetteer entries with lat/lon)."""
    out = []
    for m in mentions:
        r = resolver.resolve(m.text, m.type, lang)
        if r.lat is not None and r.lon is not None:
            out.append((r.lat, r.lon))
    return out


def ratio(num: int, den: int) -> str:
    """``"0.750 (3/4)"``, or ``"- (0/0)"`` when nothing was scored."""
    return f"{num / den:.3f} ({num}/{den})" if den else f"- ({num}/{den})"


def raw_trigger(word: str, triggers: dict) -> tuple | None:
    """The baseline's trigger look-up: the word, or the word without an inflection ending
    ("killed" -> kill, "strikes" -> strike), in an English trigger table; no conditions, no sense."""
    w = word.lower()
    for cand in (w, w[:-1], w[:-2], w[:-2] + "e" if w.endswith("ed") else "", w[:-3], w[:-3] + "e"):
        if cand and cand in triggers:
            return triggers[cand]
    return None
