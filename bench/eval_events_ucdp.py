"""English events and their arguments on UCDP GED headlines (Ukraine 2022-2023; dev and test).

Each UCDP event (``bench/ucdp.py``: the shared loader and its fixed dev/test split) is scored on
its first source headline, given to the real pipeline extraction
(:func:`conflict_kg.pipeline.extract_documents`) as a one-sentence English document dated with the
article's date (a final period is added: a bare title line is read as a headline and skipped).

UCDP codes organised violence, so the event is *found* when the headline yields an event of a
violent type (schema family ``violence``). Over found events:

* agent right: a predicted agent names one of the two UCDP sides (Russia / Ukraine by name or by
  the words Ukrainian outlets use: "invaders", "occupiers", "APU"); UCDP does not say which side
  struck, so this checks the agent is a party, not which;
* place within 30 km: a predicted location the project's resolver places within 30 km of the UCDP
  coordinates, over events whose UCDP place is exact or near (``where_prec`` 1-2). The place is
  resolved as the graph resolves it, in its document (:meth:`Resolver.resolve_mentions`: a homonym
  such as "Pavlovka in the DPR" is decided by the region the headline names); ``--standalone``
  resolves each name on its own, as the second session's scorer did;
* place right at its level (same events): within 30 km, or a region that is UCDP's oblast
  (``adm_1``). A headline that names only "the Donetsk region" states no village: the region is
  right, though its representative point lies 60 km from the village UCDP coded;
* date right: the date the graph writes lies within UCDP's ``date_start``..``date_end``. An event
  whose headline states no date is written with the article's date and ``ckg:datePrecision
  "document"`` (the issue: "say so rather than passing the document date off as the event's"). The
  project reads such a date as "on the article's day or the day before" (news tells of last night's
  strike; :data:`conflict_kg.kg.incidents.DOCUMENT_DATE_LOOKBACK_DAYS`, which the incidents use), so
  since the fourth session a *document* date is right when that window meets UCDP's range
  (:func:`date_right`). A date the headline states is still right only inside UCDP's range, and a
  month or year never. The old reading (a document date is the article's day and nothing else) is
  kept as the column "date, document = its day" and in "strict, old date rule";
* fatalities right: the stated figure lies within UCDP's ``low``..``high`` deaths;
* fatalities right against the headline's total: UCDP splits one report ("the Russians killed
  five civilians in Donetsk region in one day") into one event per place, each with its own share,
  so the figure the headline states is compared with the sum of ``low``..``high`` over every UCDP
  event (either split) coded from that same headline. A separate column; strict keeps the
  per-event figure;
* strict: found, date right, and nothing predicted is wrong (a predicted agent, place or figure
  must be right, a place at its level; a field the headline does not state is not required);
  "strict, old date rule" the same with the old date reading; "strict at the headline's level" the
  same with the figure compared with the headline's total, as the place is at its level (a
  headline that names only the oblast and sums its deaths is read right when both fit).

The baseline is raw trigger matching: a token whose word or lemma is a violent trigger of
``conflict_kg.extract.vocab_en.EVENT_TRIGGERS`` is a found event, dated with the article's date, without arguments.

Run: ``python -m bench.eval_events_ucdp [--standalone]`` (needs ``../shared``).

>>> date_right({"date": "2022-09-04", "document": True}, "2022-09-03", "2022-09-03")
True
>>> date_right({"date": "2022-09-04", "document": True}, "2022-09-03", "2022-09-03", window=0)
False
>>> date_right({"date": "2022-09-04", "document": False}, "2022-09-03", "2022-09-03")
False
"""
from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from typing import Any

from bench.event_scoring import NEAR_KM, km, ratio, raw_trigger
from bench.ucdp import UCDP_CSV, UcdpEvent, load_events

__all__ = ["SIDE_WORDS", "side_of", "headline_totals", "date_right", "place_right_coarser",
           "fatalities_right_s5", "score", "main"]

#: Words that name a UCDP side in Ukrainian and Russian English-language headlines.
SIDE_WORDS: dict[str, re.Pattern] = {
    "Russia": re.compile(r"\b(?:russia\w*|rf|wagner|invaders?|occupiers?|occupation|enemy|kremlin|rashists?)\b", re.I),
    "Ukraine": re.compile(r"\b(?:ukrain\w*|apu|afu|zsu|kyiv regime)\b", re.I),
}


def side_of(text: str) -> str | None:
    """The UCDP side a name stands for, or None."""
    for side, rx in SIDE_WORDS.items():
        if rx.search(text):
            return side
    return None


def _sides(e: UcdpEvent) -> set[str]:
    return {s for s in (side_of(e.side_a), side_of(e.side_b)) if s}


def _headline_doc(e: UcdpEvent):
    from conflict_kg.kg.model import Document

    h = e.headlines[0]
    text = h.text if h.text.endswith((".", "!", "?")) else h.text + "."
    return Document(id=e.id, text=text, lang="en", date=h.date)


def _places(resolver, rec, mentions: list, standalone: bool) -> list[tuple]:
    """(lat, lon, type, key, region key, country code) of the event's places as the graph writes them: the document's
    resolution (:meth:`Resolver.resolve_mentions`, which decides a homonym such as "Pavlovka" by
    the region the headline names), or each name resolved on its own (``standalone``)."""
    from conflict_kg.extraction import all_mentions

    if standalone:
        found = [resolver.resolve(m.text, m.type, "en") for m in mentions]
    else:
        by_key = resolver.resolve_mentions(all_mentions(rec), "en", rec.doc.date)
        found = [by_key[m.entity] for m in mentions if m.entity in by_key]
    return [(r.lat, r.lon, r.type, r.key, r.region, r.country) for r in found if r.lat is not None and r.lon is not None]


def predictions(events: list[UcdpEvent], baseline: bool, resolver=None,
                standalone: bool = False) -> dict[str, dict[str, Any]]:
    """Per UCDP id: the first violent event predicted from its headline (as a dict), if any."""
    from conflict_kg.kg.schema import types_where

    violent = types_where(family="violence")
    docs = [_headline_doc(e) for e in events if e.headlines]
    out: dict[str, dict[str, Any]] = {}
    if baseline:
        from conflict_kg.extract.vocab_en import EVENT_TRIGGERS

        for d in docs:
            hits = [raw_trigger(t, EVENT_TRIGGERS) for t in re.findall(r"[A-Za-z]+", d.text)]
            if any(h and h[0] in violent for h in hits):
                out[d.id] = {"agents": [], "places": [], "date": d.date, "document": True, "fatalities": None}
        return out
    from conflict_kg.pipeline import extract_documents

    for rec in extract_documents(docs):
        ev = next((e for e in rec.events if e.type in violent), None)
        if ev is not None:
            # a pronoun agent ("Russia said it struck ...") stands for its antecedent, as in the graph
            out[rec.doc.id] = {"agents": [m.antecedent or m.text for m in ev.agents],
                               "places": _places(resolver, rec, list(ev.locations), standalone),
                               "date": ev.date or rec.doc.date, "document": not ev.date,
                               "fatalities": ev.fatalities.value if ev.fatalities else None,
                               "fat_bounds": (ev.fatalities.low, ev.fatalities.high) if ev.fatalities else None}
    return out


def _gold_region(resolver, e: UcdpEvent) -> str | None:
    return resolver.resolve(e.adm_1, "AdministrativeRegion", "en").key if e.adm_1 else None


def headline_totals(events: list[UcdpEvent]) -> dict[tuple[str, str], tuple[int, int]]:
    """(first headline, its date) -> the summed low and high deaths of every UCDP event coded from it.

    >>> from bench.ucdp import Headline
    >>> e = [UcdpEvent(str(i), "dev", 2022, "", "", 1, "", "", "", "", 0.0, 0.0, "", "", 1, n, n, n,
    ...      [Headline("X", "2022-09-18", "five killed")]) for i, n in ((1, 2), (2, 3))]
    >>> headline_totals(e)
    {('five killed', '2022-09-18'): (5, 5)}
    """
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for e in events:
        if e.headlines:
            key = (e.headlines[0].text, e.headlines[0].date)
            lo, hi = out.get(key, (0, 0))
            out[key] = (lo + e.low, hi + max(e.high, e.best))
    return out


def _lookback() -> int:
    from conflict_kg.kg.incident_features import DOCUMENT_DATE_LOOKBACK_DAYS

    return DOCUMENT_DATE_LOOKBACK_DAYS


def date_right(p: dict[str, Any], start: str, end: str, window: int | None = None) -> bool:
    """Is the predicted date right for UCDP's ``start``..``end`` (ISO days)? A day the text states
    must lie in the range; a document date (the text states none) is the article's day or the
    ``window`` days before it (default: the project's ``DOCUMENT_DATE_LOOKBACK_DAYS``), and is right
    when that window meets the range. A month or a year is never right."""
    d = p["date"] or ""
    if len(d) != 10:
        return False
    if not p.get("document"):
        return start <= d <= end
    first = (date.fromisoformat(d) - timedelta(days=_lookback() if window is None else window)).isoformat()
    return first <= end and start <= d


def place_right_coarser(places: list[tuple], e: UcdpEvent, gold_region: str | None) -> bool:
    """Fifth-session place rule: compare at the coarser of the two levels. Both at a settlement: within
    30 km; the headline names a region: UCDP's oblast (as "at its level"); UCDP coded only an oblast
    (``where_prec`` 4) or a part of the country (5): a stated place inside UCDP's oblast; UCDP coded
    the country (6), or a part of it without an oblast ("Southern Ukraine"): a place in the country.
    UCDP's point for a coarse event is a representative point, and a distance to it measures nothing.

    >>> e = UcdpEvent("1", "dev", 2022, "", "", 6, "Ukraine", "", "", "", 49.0, 32.0, "", "", 1, 1, 1, 1)
    >>> place_right_coarser([(46.6, 32.6, "City", "location/kherson", "location/kherson_oblast", "UA")], e, None)
    True
    """
    for lat, lon, typ, key, region, country in places:
        if km(lat, lon, e.lat, e.lon) <= NEAR_KM or (typ == "AdministrativeRegion" and key == gold_region):
            return True
        if e.where_prec >= 4 and gold_region and gold_region in (key, region):
            return True
        if e.where_prec >= 5 and not gold_region and country == "UA":
            return True
    return False


def fatalities_right_s5(p: dict[str, Any], e: UcdpEvent, total: tuple[int, int]) -> bool:
    """Fifth-session figure rule: the figure as stated (its bounds: "at least 12" is 12 or more, "10-15"
    is 10 to 15; an exact figure is itself) meets UCDP's ``low``..``high`` for the event or, as the
    place is judged at its level, the headline's total (UCDP splits one report over places).

    >>> e = UcdpEvent("1", "dev", 2022, "", "", 1, "", "", "", "", 0.0, 0.0, "", "", 1, 4, 4, 4)
    >>> fatalities_right_s5({"fatalities": 1, "fat_bounds": (1, None)}, e, (4, 4))
    True
    >>> fatalities_right_s5({"fatalities": 5, "fat_bounds": (None, None)}, e, (4, 4))
    False
    """
    v = p["fatalities"]
    low, high = p.get("fat_bounds") or (None, None)
    lo = low if low is not None else v
    hi = high if high is not None else (None if low is not None else v)  # "at least": open above
    return any(lo <= g_hi and (hi is None or g_lo <= hi)
               for g_lo, g_hi in ((e.low, max(e.high, e.best)), total))


def score(events: list[UcdpEvent], preds: dict[str, dict], resolver,
          totals: dict[tuple[str, str], tuple[int, int]] | None = None) -> dict[str, int]:
    totals = totals if totals is not None else headline_totals(events)
    c = {k: 0 for k in ("n", "found", "strict", "strict_old", "strict_total", "strict_s5", "agent", "agent_n",
                        "place", "place_n", "level", "coarser", "date", "date_old", "fat", "fat_n", "fat_total",
                        "fat_s5")}
    for e in events:
        if not e.headlines:
            continue
        c["n"] += 1
        p = preds.get(e.id)
        if p is None:
            continue
        c["found"] += 1
        date_ok, date_old = date_right(p, e.date_start, e.date_end), date_right(p, e.date_start, e.date_end, window=0)
        c["date"] += date_ok
        c["date_old"] += date_old
        agent = level = coarser = True  # every stated agent and place right (a place at its level)
        if p["agents"]:
            c["agent_n"] += 1
            agent = any(side_of(a) in _sides(e) for a in p["agents"])
            c["agent"] += agent
        if p["places"]:
            gold = _gold_region(resolver, e)
            hit = any(km(a, b, e.lat, e.lon) <= NEAR_KM for a, b, *_ in p["places"])
            level = hit or gold in {k for _, _, t, k, *_ in p["places"] if t == "AdministrativeRegion"}
            coarser = place_right_coarser(p["places"], e, gold)
            if e.where_prec <= 2:
                c["place_n"] += 1
                c["place"] += hit
                c["level"] += level
                c["coarser"] += coarser
        fat = fat_total = fat_s5 = True
        if p["fatalities"] is not None:
            c["fat_n"] += 1
            fat = e.low <= p["fatalities"] <= max(e.high, e.best)
            total = totals[(e.headlines[0].text, e.headlines[0].date)]
            fat_total = total[0] <= p["fatalities"] <= total[1]
            fat_s5 = fatalities_right_s5(p, e, total)
            c["fat"] += fat
            c["fat_total"] += fat_total
            c["fat_s5"] += fat_s5
        c["strict"] += date_ok and agent and level and fat
        c["strict_old"] += date_old and agent and level and fat
        c["strict_total"] += date_ok and agent and level and fat_total
        c["strict_s5"] += date_ok and agent and coarser and fat_s5
    return c


def table(rows: list[tuple[str, str, dict]]) -> str:
    lines = ["| system | split | events | found (recall) | strict | strict, old date rule | strict at the headline's "
             "level | strict, fifth-session rules | agent is a side | place ≤30 km (prec 1-2) | place at its level "
             "| place at the coarser level | date | date, document = its day | fatalities | fatalities vs headline "
             "total | fatalities, stated bounds or headline total |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for system, split, c in rows:
        lines.append(f"| {system} | {split} | {c['n']} | {ratio(c['found'], c['n'])} | {ratio(c['strict'], c['n'])} "
                     f"| {ratio(c['strict_old'], c['n'])} | {ratio(c['strict_total'], c['n'])} "
                     f"| {ratio(c['strict_s5'], c['n'])} "
                     f"| {ratio(c['agent'], c['agent_n'])} | {ratio(c['place'], c['place_n'])} "
                     f"| {ratio(c['level'], c['place_n'])} | {ratio(c['coarser'], c['place_n'])} "
                     f"| {ratio(c['date'], c['found'])} | {ratio(c['date_old'], c['found'])} "
                     f"| {ratio(c['fat'], c['fat_n'])} | {ratio(c['fat_total'], c['fat_n'])} "
                     f"| {ratio(c['fat_s5'], c['fat_n'])} |")
    return "\n".join(lines)


def main() -> int:
    if not UCDP_CSV.is_file():
        print(f"eval_events_ucdp: skipped: {UCDP_CSV} is absent")
        return 0
    from conflict_kg.kg.resolve import Resolver

    resolver = Resolver()
    events = load_events()
    rows = []
    totals = headline_totals(events)
    standalone = "--standalone" in sys.argv[1:]
    for system, baseline in (("raw triggers", True), ("conflict-kg", False)):
        preds = predictions(events, baseline, resolver, standalone)
        for split in ("dev", "test"):
            rows.append((system, split, score([e for e in events if e.split == split], preds, resolver, totals)))
    print("UCDP GED Ukraine 2022-2023, first headline of each event (strict: nothing predicted is wrong)\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
