"""A sample of 50 village resolutions on UCDP dev headlines, for checking by hand.

Every dev headline of UCDP GED Ukraine (all years, :mod:`bench.ucdp`'s fixed split) goes through
the build's path (:func:`bench.eval_places.evaluate`'s extraction and resolution); every distinct
(headline, surface, entity) where a mention resolved to a GeoNames populated place (source ``geonames``:
a village or town of type ``Settlement``, or, since the dev half has only 31 village rows, a GeoNames
town of 20,000+ typed ``City`` that is not a curated city) is a candidate row;
``random.Random(SEED).sample(rows, 50)`` are written to
``bench/place_sample_50.md`` with the distance to UCDP's coded point as a hint. The ``verdict``
column (``ok`` / ``WRONG``) is filled by hand from the headline, the coded place and the gazetteer
entry; a re-run keeps the verdicts of rows drawn again.

The dev half yields fewer than 50 such rows, so the sample is topped up with :data:`WRITTEN`:
sentences written for this sample (not from any gold set), each naming a village whose oblast the
writer knows; its verdict is computed against that oblast (``ok`` when the village resolved to the
GeoNames place of that name in that oblast, ``WRONG`` otherwise; a sentence left unresolved is
listed but is no resolution; a resolution to a curated town counts like one to a GeoNames place).

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


#: (language, sentence, village as written, its oblast): written for this sample.
WRITTEN = [
    ("en", "Russian troops shelled Urozhaine in the Donetsk region overnight.", "Urozhaine", "Donetsk Oblast"),
    ("en", "Ukrainian forces retook Staromaiorske, south of Velyka Novosilka.", "Staromaiorske", "Donetsk Oblast"),
    ("en", "Marines held a bridgehead near Krynky on the left bank of the Dnipro in Kherson Oblast.", "Krynky",
     "Kherson Oblast"),
    ("en", "Two civilians were wounded by shelling of Lyptsi, Kharkiv region.", "Lyptsi", "Kharkiv Oblast"),
    ("en", "Fighting continued near Bilohorivka in the Luhansk region.", "Bilohorivka", "Luhansk Oblast"),
    ("en", "Russian forces advanced towards Ocheretyne, north of Avdiivka.", "Ocheretyne", "Donetsk Oblast"),
    ("en", "A drone hit a house in Torske, Donetsk Oblast.", "Torske", "Donetsk Oblast"),
    ("en", "Shelling of Ivanivske near Bakhmut killed one soldier.", "Ivanivske", "Donetsk Oblast"),
    ("en", "Russian troops attacked Mykolaivka in Donetsk Oblast.", "Mykolaivka", "Donetsk Oblast"),
    ("en", "The village of Blahodatne in Kherson Oblast was shelled.", "Blahodatne", "Kherson Oblast"),
    ("en", "A missile struck Pishchane in the Sumy region.", "Pishchane", "Sumy Oblast"),
    ("en", "Artillery hit Krasnohorivka, west of Donetsk.", "Krasnohorivka", "Donetsk Oblast"),
    ("en", "Ukrainian troops repelled attacks near Velyka Novosilka.", "Velyka Novosilka", "Donetsk Oblast"),
    ("en", "Stepove in Mykolaiv Oblast came under fire.", "Stepove", "Mykolaiv Oblast"),
    ("en", "Russian shells fell on Terny in Donetsk Oblast, near Lyman.", "Terny", "Donetsk Oblast"),
    ("en", "A Russian strike hit a school in Orikhiv, Zaporizhzhia region.", "Orikhiv", "Zaporizhzhia Oblast"),
    ("en", "Explosions were reported in Novoazovsk on the coast of the Sea of Azov.", "Novoazovsk", "Donetsk Oblast"),
    ("en", "Residents of Vovchansk were evacuated after heavy shelling.", "Vovchansk", "Kharkiv Oblast"),
    ("en", "Russian artillery struck Huliaipole in Zaporizhzhia Oblast.", "Huliaipole", "Zaporizhzhia Oblast"),
    ("ja", "ドネツク州のウロジャイネで戦闘が続いた。", "ウロジャイネ", "Donetsk Oblast"),
    ("ja", "ヘルソン州のクリンキで砲撃があった。", "クリンキ", "Kherson Oblast"),
    ("ja", "ハルキウ州のリプツィが砲撃された。", "リプツィ", "Kharkiv Oblast"),
    ("ja", "ルハンシク州のビロホリウカ付近で戦闘が続いている。", "ビロホリウカ", "Luhansk Oblast"),
    ("ja", "ザポリージャ州のステポベで住宅が損壊した。", "ステポベ", "Zaporizhzhia Oblast"),
]


def written_rows() -> list[dict]:
    """The :data:`WRITTEN` sentences through the build's path, one row each (verdict against the oblast)."""
    from conflict_kg.pipeline import _all_mentions, extract_documents
    from conflict_kg.kg.model import Document
    from conflict_kg.kg.resolve import Resolver

    resolver = Resolver()
    entries = resolver.gazetteer.entries
    docs = [Document(id=f"written-{i}", text=t, lang=lang) for i, (lang, t, _v, _o) in enumerate(WRITTEN)]
    out = []
    for (lang, text, village, oblast), records in zip(WRITTEN, extract_documents(docs)):
        mentions = [m for m in _all_mentions(records) if m.text == village]
        res = resolver.resolve_mentions(_all_mentions(records), lang)
        r = res.get(mentions[0].entity or "") if mentions else None
        entry = entries.get(r.key) if r is not None else None
        region = entries[entry.region].label_en if entry is not None and entry.region in entries else ""
        place = f"{entry.label_en} ({region})" if entry is not None else "unresolved"
        if not mentions:
            place = "not extracted"
        out.append({"headline": text, "surface": village, "key": r.key if r is not None else "-", "place": place,
                    "method": r.method if r is not None else "-", "ucdp": f"written: {oblast}", "km": "-",
                    "verdict": ("ok" if region == oblast else "WRONG") if entry is not None else "no resolution",
                    "resolved": entry is not None and entry.type in ("Settlement", "City")})
    return out


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
            if entry is None or entry.type not in ("Settlement", "City") or not entry.source.startswith("geonames"):
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
    previous = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    if OUT.exists():
        for line in OUT.read_text(encoding="utf-8").splitlines():
            m = _ROW.match(line)
            if m:
                old[(m.group(2), m.group(3), m.group(4))] = m.group(5)
    allrows = rows()
    sample = random.Random(SEED).sample(allrows, min(SIZE, len(allrows)))
    written = written_rows()
    sample += [d for d in written if d["resolved"]][: SIZE - len(sample)]
    unresolved = [d for d in written if not d["resolved"]]
    lines = [
        "# 50 village resolutions on UCDP dev headlines and written sentences, checked by hand",
        "",
        f"Drawn by `python -m bench.place_sample` (seed {SEED}) from {len(allrows)} distinct (headline, surface, "
        "village or town) resolutions to a GeoNames populated place (not a curated city) on the dev half of UCDP GED Ukraine (all years). "
        "`km`: distance from the village to UCDP's coded point (a hint, not the verdict: UCDP codes one point "
        "per event). Headlines are UCDP's (CC BY 4.0), quoted for checking only.",
        "",
        "| # | surface | entity | headline | resolved to | method, UCDP place, km | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    n_ok = n_wrong = 0
    for i, d in enumerate(sample, 1):
        v = d.get("verdict") or old.get((d["surface"], d["key"], d["headline"].replace("|", "/")), "unchecked")
        n_ok += v == "ok"
        n_wrong += v == "WRONG"
        lines.append(f"| {i} | {d['surface']} | {d['key']} | {d['headline'].replace('|', '/')} | {d['place']} | "
                     f"{d['method']}, {d['ucdp']}, {d['km']} | {v} |")
    n_written = sum(d["ucdp"].startswith("written") for d in sample)
    lines += ["", f"Verdicts: {n_ok} ok, {n_wrong} WRONG, {len(sample) - n_ok - n_wrong} unchecked "
              f"({len(sample) - n_written} UCDP dev rows, {n_written} written sentences)."]
    if unresolved:
        lines += ["", "Written sentences whose village did not resolve to a settlement (no resolution, not "
                  "in the sample): " + "; ".join(f"{d['surface']} ({d['ucdp'][9:]}): {d['place']}"
                                                  for d in unresolved) + "."]
    if "\n## " in previous:  # the hand-written analysis and history below the table are kept
        lines += ["", previous[previous.index("\n## ") + 1:].rstrip("\n")]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(sample)} of {len(allrows)} rows; {n_ok} ok, {n_wrong} WRONG)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
