"""A sample of 50 village resolutions on UCDP dev headlines, for checking by hand.

Every dev headline of UCDP GED Ukraine (all years, :mod:`bench.ucdp`'s fixed split) goes through
the build's path (:func:`bench.eval_places.evaluate`'s extraction and resolution); every distinct
(headline, surface, entity) where a mention resolved to a GeoNames settlement (type ``Settlement``,
source ``geonames``) is a candidate row; ``random.Random(SEED).sample(rows, 50)`` are written to
``bench/place_sample_50.md`` with the distance to UCDP's coded point as a hint. The ``verdict``
column (``ok`` / ``WRONG``) is filled by hand from the headline, the coded place and the gazetteer
entry; a re-run keeps the verdicts of rows drawn again.

Run: ``python -m bench.place_sample`` from the repository root.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "place_sample_50.md"
SEED = 16
SIZE = 50
_ROW = re.compile(r"^\| (\d+) \| (.*?) \| (.*?) \| (.*?) \| .*? \| .*? \| (ok|WRONG|unchecked) \|")


def rows() -> list[dict]:
    from bench.ucdp import load_events
    from conflict_kg.pipeline import _all_mentions, extract_documents
    from conflict_kg.kg.gazetteer import haversine_km
    from conflict_kg.kg.model import Document
    from conflict_kg.kg.resolve import Resolver

    items = []
    for e in load_events(years=(), split="dev"):
        for h in {h.text for h in e.headlines}:
            items.append((e, h))
    items.sort(key=lambda x: (x[0].id, x[1]))
    resolver = Resolver()
    entries = resolver.gazetteer.entries
    docs = [Document(id=f"ucdp-{i}", text=h, lang="en") for i, (_e, h) in enumerate(items)]
    out: dict[tuple, dict] = {}
    for (e, h), records in zip(items, extract_documents(docs)):
        mentions = _all_mentions(records)
        res = resolver.resolve_mentions(mentions, "en")
        for m in mentions:
            r = res.get(m.entity or "")
            entry = entries.get(r.key) if r is not None else None
            if entry is None or entry.type != "Settlement" or not entry.source.startswith("geonames"):
                continue
            region = entries[entry.region].label_en if entry.region in entries else ""
            out.setdefault((h, m.text, r.key), {
                "headline": h, "surface": m.text, "key": r.key, "place": f"{entry.label_en} ({region})",
                "method": r.method, "ucdp": e.where_coordinates,
                "km": round(haversine_km(e.lat, e.lon, entry.lat, entry.lon)),
            })
    return sorted(out.values(), key=lambda d: (d["headline"], d["surface"], d["key"]))


def main() -> int:
    from bench.ucdp import UCDP_CSV

    if not UCDP_CSV.exists():
        print(f"place_sample: skipped: {UCDP_CSV} is absent")
        return 0
    old = {}
    if OUT.exists():
        for line in OUT.read_text(encoding="utf-8").splitlines():
            m = _ROW.match(line)
            if m:
                old[(m.group(2), m.group(3), m.group(4))] = m.group(5)
    allrows = rows()
    sample = random.Random(SEED).sample(allrows, min(SIZE, len(allrows)))
    lines = [
        "# 50 village resolutions on UCDP dev headlines, checked by hand",
        "",
        f"Drawn by `python -m bench.place_sample` (seed {SEED}) from {len(allrows)} distinct (headline, surface, "
        "village) resolutions to a GeoNames settlement on the dev half of UCDP GED Ukraine (all years). "
        "`km`: distance from the village to UCDP's coded point (a hint, not the verdict: UCDP codes one point "
        "per event). Headlines are UCDP's (CC BY 4.0), quoted for checking only.",
        "",
        "| # | surface | entity | headline | resolved to | method, UCDP place, km | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    n_ok = n_wrong = 0
    for i, d in enumerate(sample, 1):
        v = old.get((d["surface"], d["key"], d["headline"].replace("|", "/")), "unchecked")
        n_ok += v == "ok"
        n_wrong += v == "WRONG"
        lines.append(f"| {i} | {d['surface']} | {d['key']} | {d['headline'].replace('|', '/')} | {d['place']} | "
                     f"{d['method']}, {d['ucdp']}, {d['km']} | {v} |")
    lines += ["", f"Verdicts: {n_ok} ok, {n_wrong} WRONG, {len(sample) - n_ok - n_wrong} unchecked."]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(sample)} of {len(allrows)} rows; {n_ok} ok, {n_wrong} WRONG)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
