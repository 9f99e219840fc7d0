"""Entity-level NER F1 for Japanese: raw GiNZA coarse labels vs our mention layer.

Data (read in place, never copied): ``../shared/eval/ja_gsd_ne/ja_gsd-ud-test.ne.conllu``
(UD Japanese GSD test split with OntoNotes-style BILUO NE tags in MISC) and
``../shared/eval/ja_stockmark_ner_wikipedia/ner.json`` (Wikipedia sentences, char spans).

Both gold and predictions are reduced to three classes, PER / LOC / ORG:

* GSD: PERSON→PER, GPE and LOC→LOC, ORG→ORG (NORP, FAC, … are ignored);
* Stockmark: 人名→PER, 地名→LOC, 法人名 / 政治的組織名 / その他の組織名→ORG (施設名 …: ignored);
* raw GiNZA: its own ENE→OntoNotes mapping (``ginza.ENE_ONTONOTES_MAPPING``), PERSON→PER,
  GPE / LOC→LOC, ORG→ORG;
* ours: ``conflict_kg.extract.ja.extract_ja`` mentions, Person→PER, places (Country,
  AdministrativeRegion, City, Settlement, Location, Waterbody)→LOC, organizations
  (Organization, Government, MilitaryUnit, InternationalOrganization, MediaOutlet)→ORG.

A prediction is correct when (start, end, class) equals a gold entity exactly.

Alignment rules (comparing like with like; applied identically to both systems, never
inside the extractor):

* **Titles.** The pipeline's person mentions exclude titles and honorifics
  (``ゼレンスキー`` + role ``大統領``). Both gold sets follow the same convention
  (GSD ``オバマ`` in ``オバマ米大統領``, ``大川隆法`` in ``大川隆法氏``; Stockmark: 2 of 2,980
  person spans end in 氏, as part of clan names), so person spans are scored as they are.
* **Out-of-scope types.** A prediction whose span is exactly a gold entity of a type outside
  the three classes (GSD ``NORP`` such as ``民主党``, ``FAC``, ``PRODUCT`` …; Stockmark
  ``施設名``, ``製品名``, ``イベント名``) is a disagreement between typing schemes (OntoNotes
  files political parties under NORP, our ontology under Organization), not a spurious
  detection: it is left out of the precision count instead of being scored as a false positive.
Run from the repo root: ``python -m bench.eval_ja_ner [--limit N]``; writes ``bench/results_ner_ja.md``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

__all__ = ["load_gsd", "load_stockmark", "evaluate", "main"]

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
OUT = ROOT / "bench" / "results_ner_ja.md"

_GSD = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
_STOCKMARK = {"人名": "PER", "地名": "LOC", "法人名": "ORG", "政治的組織名": "ORG", "その他の組織名": "ORG"}
_ONTO = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
_OURS = {
    "Person": "PER",
    **{k: "LOC" for k in ("Country", "AdministrativeRegion", "City", "Settlement", "Location", "Waterbody")},
    **{k: "ORG" for k in ("Organization", "Government", "MilitaryUnit", "InternationalOrganization", "MediaOutlet")},
}

#: Gold entities of types outside PER/LOC/ORG keep their span under this class (see the
#: alignment rules above); they are never scored themselves.
_OTHER = "OTHER"

Gold = list[tuple[str, set[tuple[int, int, str]]]]


def load_gsd(path: Path) -> Gold:
    """Sentences and entity char spans (PER/LOC/ORG, others as ``OTHER``) from a BILUO-tagged CoNLL-U file."""
    out: Gold = []
    text, toks = None, []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                ne = next((f[3:] for f in cols[9].split("|") if f.startswith("NE=")), "O")
                toks.append((cols[1], ne))
        elif not line and text is not None:
            spans, pos, open_ = set(), 0, None
            for form, ne in toks:
                s = text.find(form, pos)
                s = pos if s < 0 else s
                e = s + len(form)
                pos = e
                tag, _, typ = ne.partition("-")
                if tag in ("B", "U"):
                    open_ = (s, typ)
                if tag in ("L", "U") and open_:
                    spans.add((open_[0], e, _GSD.get(open_[1], _OTHER)))
                if tag in ("L", "U", "O"):
                    open_ = None
            out.append((text, spans))
            text, toks = None, []
    return out


def load_stockmark(path: Path) -> Gold:
    """Sentences and entity char spans (PER/LOC/ORG, others as ``OTHER``) from Stockmark's ner.json."""
    out: Gold = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        spans = {(e["span"][0], e["span"][1], _STOCKMARK.get(e["type"], _OTHER)) for e in row["entities"]}
        out.append((row["text"], spans))
    return out


def _prf(tp: int, p: int, g: int) -> tuple[float, float, float]:
    pr = tp / p if p else 0.0
    rc = tp / g if g else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def evaluate(data: Gold, nlp) -> dict[str, dict[str, tuple[float, float, float]]]:
    """{system: {class|'micro': (P, R, F1)}} for raw GiNZA and our mention layer."""
    import ginza

    from conflict_kg.extract.ja import extract_ja
    from conflict_kg.kg.model import Document

    counts = {sys_: {k: Counter() for k in ("PER", "LOC", "ORG")} for sys_ in ("ginza", "ours")}
    texts = [t for t, _ in data]
    for (text, gold), doc in zip(data, nlp.pipe(texts, batch_size=64)):
        raw = set()
        for e in doc.ents:
            cls = _ONTO.get(ginza.ENE_ONTONOTES_MAPPING.get(e.label_, ""))
            if cls:
                raw.add((e.start_char, e.end_char, cls))
        rec = extract_ja([(doc, 0)], Document("ner", text, "ja", None))
        ours = {(m.start, m.end, _OURS[m.type]) for m in rec.mentions if m.type in _OURS}
        other = {(s, e) for s, e, c in gold if c == _OTHER}
        for name, pred in (("ginza", raw), ("ours", ours)):
            pred = {x for x in pred if (x[0], x[1]) not in other}
            for cls in ("PER", "LOC", "ORG"):
                g = {x for x in gold if x[2] == cls}
                p = {x for x in pred if x[2] == cls}
                c = counts[name][cls]
                c["tp"] += len(g & p)
                c["pred"] += len(p)
                c["gold"] += len(g)
    out: dict[str, dict[str, tuple[float, float, float]]] = {}
    for name, by in counts.items():
        out[name] = {cls: _prf(c["tp"], c["pred"], c["gold"]) for cls, c in by.items()}
        tot = sum((c for c in by.values()), Counter())
        out[name]["micro"] = _prf(tot["tp"], tot["pred"], tot["gold"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="evaluate only the first N sentences of each set")
    args = ap.parse_args(argv)
    if not EVAL.is_dir():
        print(f"{EVAL} not found: the eval sets live in ../shared/eval", file=sys.stderr)
        return 2
    from conflict_kg.extract.models import load_model

    nlp = load_model("ja")
    sets = {
        "ja_gsd_ne (test)": load_gsd(EVAL / "ja_gsd_ne" / "ja_gsd-ud-test.ne.conllu"),
        "ja_stockmark_ner_wikipedia": load_stockmark(EVAL / "ja_stockmark_ner_wikipedia" / "ner.json"),
    }
    lines = ["# Japanese NER: raw GiNZA vs our mention layer", "",
             "Generated by `python -m bench.eval_ja_ner` (see its docstring for the label mapping and the alignment rules: "
             "person spans without titles in both gold sets; predictions exactly on a gold entity of an out-of-scope type "
             "such as NORP are not counted). "
             "Exact (start, end, class) match; P / R / F1.", ""]
    for name, data in sets.items():
        if args.limit:
            data = data[: args.limit]
        res = evaluate(data, nlp)
        n_gold = sum(1 for _, g in data for x in g if x[2] != _OTHER)
        lines += [f"## {name}: {len(data)} sentences, {n_gold} gold PER/LOC/ORG entities", "",
                  "| class | GiNZA P | GiNZA R | GiNZA F1 | ours P | ours R | ours F1 |", "|---|---|---|---|---|---|---|"]
        for cls in ("PER", "LOC", "ORG", "micro"):
            g, o = res["ginza"][cls], res["ours"][cls]
            lines.append(f"| {cls} | {g[0]:.3f} | {g[1]:.3f} | {g[2]:.3f} | {o[0]:.3f} | {o[1]:.3f} | {o[2]:.3f} |")
        lines.append("")
        print("\n".join(lines[-7:]))
    OUT.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
