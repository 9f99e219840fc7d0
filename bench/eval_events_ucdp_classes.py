"""Why English UCDP events fail strict, counted by class (dev and test; aggregates only).

The events, predictions and rules are those of :mod:`bench.eval_events_ucdp` (the first headline of
each UCDP event, the fourth-session strict). Each failing field is counted with its sub-class; an event
can fail several fields, and ``sole`` counts the events that fail that field alone. No headline and no
item's output is printed, so the test half can be counted without being read.

Classes:

* not found: ``no_event`` (a headline that tells no event: a social-media handle, a "MAIN: … events
  around Ukraine" digest, "The overview of …", an AOAV data page: :data:`NO_EVENT_HEADLINE`),
  ``other_type`` (the headline yields a non-violent event: a capture, a sanction), ``no_trigger``;
* fatalities: ``headline_total`` (the figure is UCDP's summed total for the headline, split over
  places), ``ucdp_fewer`` / ``ucdp_more`` (UCDP coded fewer / more deaths than stated);
* place (at its level): ``ucdp_prec_5_6`` (UCDP coded a part of the country or the country),
  ``other_oblast`` / ``same_oblast`` (our place lies in another / UCDP's oblast, over 30 km);
* agent: ``no_side_word`` (a force named without its country: "Defense Forces") / ``other``;
* date: one class (see the fourth-session classes in docs/development-log.md).

Run: ``python -m bench.eval_events_ucdp_classes`` (needs ``../shared``).

>>> bool(NO_EVENT_HEADLINE.search("MAIN: Summing up the results: events around Ukraine"))
True
"""
from __future__ import annotations

import re
import sys
from collections import Counter

from bench import eval_events_ucdp as U
from bench.event_scoring import NEAR_KM, km
from bench.ucdp import UCDP_CSV, UcdpEvent, load_events

__all__ = ["NO_EVENT_HEADLINE", "classes", "main"]

#: Headlines that tell no event (digests, handles, data pages).
NO_EVENT_HEADLINE = re.compile(r"@|^MAIN:|^HIGHLIGHTS|[Mm]ain news|[Oo]verview|around Ukraine|AOAV|^Ukraine update|"
                               r"^Tweet|^Share")


def _place_class(p: dict, e: UcdpEvent, gold: str | None) -> str | None:
    """The place's failure class, or None when it is right at its level (or absent)."""
    if not p["places"]:
        return None
    if any(km(a, b, e.lat, e.lon) <= NEAR_KM for a, b, *_ in p["places"]) or \
            gold in {k for _, _, t, k, *_ in p["places"] if t == "AdministrativeRegion"}:
        return None
    if e.where_prec >= 5:
        return "ucdp_prec_5_6"
    regions = {region or (key if typ == "AdministrativeRegion" else None) for _, _, typ, key, region, _ in p["places"]}
    return "same_oblast" if gold in regions else "other_oblast"


def _fails(p: dict, e: UcdpEvent, gold: str | None, total: tuple[int, int]) -> list[str]:
    out = [] if U.date_right(p, e.date_start, e.date_end) else ["date"]
    if p["agents"] and not any(U.side_of(a) in U._sides(e) for a in p["agents"]):
        out.append("agent:" + ("no_side_word" if all(U.side_of(a) is None for a in p["agents"]) else "other"))
    place = _place_class(p, e, gold)
    if place:
        out.append("place:" + place)
    f = p["fatalities"]
    if f is not None and not e.low <= f <= max(e.high, e.best):
        out.append("fatalities:" + ("headline_total" if total[0] <= f <= total[1] else
                                    "ucdp_fewer" if f > max(e.high, e.best) else "ucdp_more"))
    return out


def classes(events: list[UcdpEvent], preds: dict, other_types: set[str], resolver,
            totals: dict[tuple[str, str], tuple[int, int]]) -> Counter:
    """Counts per failing field and sub-class (``field:class``), per field (``field``) and of events
    failing one field alone (``sole:field``); ``totals``: :func:`bench.eval_events_ucdp.headline_totals`
    over both splits (a headline's events may fall in either)."""
    c = Counter()
    for e in (e for e in events if e.headlines):
        c["events"] += 1
        p = preds.get(e.id)
        if p is None:
            sub = "no_event" if NO_EVENT_HEADLINE.search(e.headlines[0].text) else \
                "other_type" if e.id in other_types else "no_trigger"
            c.update(["not_found", "not_found:" + sub])
            continue
        fails = _fails(p, e, U._gold_region(resolver, e), totals[(e.headlines[0].text, e.headlines[0].date)])
        c.update(fails + [f.split(":")[0] for f in fails if ":" in f])
        if len({f.split(":")[0] for f in fails}) == 1:
            c["sole:" + fails[0].split(":")[0]] += 1
        c["strict"] += not fails
    return c


def _other_types(events: list[UcdpEvent]) -> set[str]:
    """Ids whose headline yields an event, none of them violent."""
    from conflict_kg.kg.schema import types_where
    from conflict_kg.pipeline import extract_documents

    violent = types_where(family="violence")
    recs = extract_documents([U._headline_doc(e) for e in events if e.headlines])
    return {r.doc.id for r in recs if r.events and not any(x.type in violent for x in r.events)}


def main() -> int:
    if not UCDP_CSV.is_file():
        print(f"eval_events_ucdp_classes: skipped: {UCDP_CSV} is absent")
        return 0
    from conflict_kg.kg.resolve import Resolver

    resolver, events = Resolver(), load_events()
    preds, others = U.predictions(events, False, resolver), _other_types(events)
    totals = U.headline_totals(events)
    counts = {s: classes([e for e in events if e.split == s], preds, others, resolver, totals) for s in ("dev", "test")}
    keys = sorted({k for c in counts.values() for k in c}, key=lambda k: (k.split(":")[0] != "events", k))
    print("UCDP strict failures by class (first headline; fourth-session strict; counts only)\n")
    print("| class | dev | test |\n|---|---|---|")
    for k in keys:
        print(f"| {k} | {counts['dev'][k]} | {counts['test'][k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
