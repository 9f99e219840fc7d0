"""Why an English event's place is not within 30 km of UCDP's point: counts per cause, both halves.

The events are those of :mod:`bench.eval_events_ucdp` (the first headline of each UCDP event,
``where_prec`` 1-2, found as a violent event); the place is the event's location as the graph
resolves it in its document. Each event falls in one class:

* ``hit`` -- a location of the event lies within 30 km of UCDP's point;
* ``a_region_only`` -- the headline names no settlement finer than an oblast (or no place at all):
  it cannot be placed within 30 km except by chance (an oblast's representative point);
* ``a_other_place`` -- the headline names a settlement, but not the one UCDP coded (UCDP splits
  a daily report into events at villages the headline does not name);
* ``b_linking`` -- the headline names UCDP's settlement and a mention of it resolves within 30 km,
  but the event does not hold it;
* ``c_wrong_place`` -- the headline names UCDP's settlement, the event holds a settlement or city,
  but the resolver placed it farther (a wrong homonym, or the wrong one of several);
* ``d_unplaced`` -- the headline names UCDP's settlement and nothing in it resolves within 30 km:
  the gazetteer lacks the village (under GeoNames' 500-inhabitant floor) or the name stays
  undecided.

"Names UCDP's settlement" is :func:`bench.eval_places.names_settlement` (UCDP's place name or the
names of the GeoNames place nearest its point, within 10 km) on the headline with its oblast
phrases removed ("the Kherson region" names the oblast, not the town). Events with no located
place are counted apart (``no place``); :mod:`bench.eval_events_ucdp` scores only events with one.

Only aggregate counts are printed (the test half is never listed item by item).
Run: ``python -m bench.eval_event_places_ucdp`` (needs ``../shared``).
"""
from __future__ import annotations

import re
import sys
from collections import Counter

from bench.event_scoring import NEAR_KM, km, ratio
from bench.ucdp import UCDP_CSV, UcdpEvent, load_events

__all__ = ["CLASSES", "without_regions", "classify", "main"]

CLASSES = ("hit", "a_region_only", "a_other_place", "b_linking", "c_wrong_place", "d_unplaced")
_SETTLEMENT_TYPES = ("Settlement", "City")
# as bench.eval_events_ucdp scores them: any resolved place with coordinates, a country too
_PLACE_TYPES = ("Settlement", "City", "Facility", "Location", "AdministrativeRegion", "Country")
# "the Kherson region", "Donetsk and Luhansk oblasts": oblast phrases, whose names are also towns'
_REGION_PHRASE = re.compile(r"\b[\w'-]+(?:\s*(?:,|and)\s*[\w'-]+)*\s+(?:regions?|oblasts?)\b", re.I)


def without_regions(text: str) -> str:
    """The headline without its oblast phrases.

    >>> without_regions("the Russians shelled the Kherson region 78 times")
    'the Russians shelled the  78 times'
    """
    return _REGION_PHRASE.sub("", text)


def classify(named: bool, held: list[tuple[str, float]], others: list[tuple[str, float]]) -> str:
    """The class of one event from whether the headline names UCDP's settlement, the (type, km) of
    the places the event holds, and those of every place of the headline.

    >>> classify(True, [("City", 3.0)], []), classify(True, [], [("City", 3.0)])
    ('hit', 'b_linking')
    >>> classify(False, [("AdministrativeRegion", 60.0)], [("AdministrativeRegion", 60.0)])
    'a_region_only'
    """
    if any(d <= NEAR_KM for _, d in held):
        return "hit"
    if not named:
        return "a_other_place" if any(t in _SETTLEMENT_TYPES for t, _ in others) else "a_region_only"
    if any(d <= NEAR_KM for _, d in others):
        return "b_linking"
    if any(t in _SETTLEMENT_TYPES for t, _ in held):
        return "c_wrong_place"
    return "d_unplaced"


def _located(resolutions: dict, mentions: list, e: UcdpEvent) -> list[tuple[str, float]]:
    out = []
    for m in mentions:
        r = resolutions.get(m.entity)
        if r is not None and r.lat is not None and r.type in _PLACE_TYPES:
            out.append((r.type, km(r.lat, r.lon, e.lat, e.lon)))
    return out


def count(events: list[UcdpEvent]) -> Counter:
    """Per class, (scored | no place, class) counts over the found events with ``where_prec`` 1-2."""
    from bench.eval_events_ucdp import _headline_doc
    from bench.eval_places import _geonames_ua, names_settlement, settlement_names
    from conflict_kg.extraction import all_mentions
    from conflict_kg.kg.resolve import Resolver
    from conflict_kg.kg.schema import types_where
    from conflict_kg.pipeline import extract_documents

    resolver, violent, places = Resolver(), types_where(family="violence"), _geonames_ua()
    events = [e for e in events if e.headlines]
    out: Counter = Counter()
    for e, rec in zip(events, extract_documents([_headline_doc(e) for e in events])):
        ev = next((x for x in rec.events if x.type in violent), None)
        if ev is None or e.where_prec > 2:
            continue
        mentions = all_mentions(rec)
        res = resolver.resolve_mentions(mentions, "en", rec.doc.date)
        held, others = _located(res, list(ev.locations), e), _located(res, mentions, e)
        named = names_settlement(without_regions(e.headlines[0].text), settlement_names(e, places))
        out[("scored" if held else "no place", classify(named, held, others))] += 1
        out[("named", named, bool(held), any(d <= NEAR_KM for _, d in held))] += 1
    return out


def table(by_split: dict[str, Counter]) -> str:
    """One row per split and kind (events with a located place, as the events eval scores them; events
    with none), a column per class; the share within 30 km overall and where the headline names
    UCDP's settlement."""
    lines = ["| split | events | " + " | ".join(CLASSES) + " | within 30 km | where the headline names UCDP's "
             "settlement | the same over all found events |", "|---" * (len(CLASSES) + 5) + "|"]
    for split, c in by_split.items():
        all_named = sum(c[("named", True, held, hit)] for held in (True, False) for hit in (True, False))
        for kind in ("scored", "no place"):
            n = sum(c[(kind, k)] for k in CLASSES)
            named = c[("named", True, kind == "scored", True)] + c[("named", True, kind == "scored", False)]
            hit = c[("named", True, True, True)] if kind == "scored" else 0
            label = "with a place" if kind == "scored" else "no place held"
            lines.append(f"| {split}: {label} | {n} | " + " | ".join(str(c[(kind, k)]) for k in CLASSES)
                         + f" | {ratio(c[(kind, 'hit')], n)} | {ratio(hit, named)} "
                         + f"| {ratio(hit, all_named) if kind == 'scored' else ''} |")
    return "\n".join(lines)


def main() -> int:
    if not UCDP_CSV.is_file():
        print(f"eval_event_places_ucdp: skipped: {UCDP_CSV} is absent")
        return 0
    events = load_events()
    by_split = {s: count([e for e in events if e.split == s]) for s in ("dev", "test")}
    print("UCDP event places (first headline, where_prec 1-2, found events): why not within 30 km\n")
    print(table(by_split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
