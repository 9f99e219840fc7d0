"""Evaluate the English extractor on re3d (Dstl) — CENTCOM, US State Department, UK Government subsets.

Data: ``../shared/eval/en_re3d_conflict_ner_rel`` (see its SOURCE.txt). Never copied here.

Measures

* entity P/R/F1 for Person / Organisation / Location against the gold spans, for raw
  spaCy labels (PERSON; ORG; GPE/LOC/FAC) and for our mention layer (ontology classes
  mapped back; NORP-labelled "Country" mentions are nationalities and left out),
  exact span and overlapping span (one-to-one). re3d marks the *highest-confidence*
  type per span; its Person spans include titles ("Prime Minister Abadi") while ours
  cover the name only, so exact-span Person scores understate us by design;
* recall of ``InChargeOf`` relations whose source is a gold Person (person–role/
  command) covered by a PersonRole (person overlaps one argument, the role phrase or
  its org the other);
* recall of ``CommWith`` relations (unordered pairs) covered by a Statement (speaker or
  speaker org overlaps one argument, the other is in the statement span) or a
  Meeting event (both arguments among its participants/agents); reported for all
  CommWith pairs and for the quote-attribution subset (trigger with a reporting verb).

Writes the re3d section of ``bench/results_extract_en.md`` (the seed-000 section is
kept). Run: ``python -m bench.eval_en_re3d``.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

__all__ = ["load_re3d", "entity_scores", "relation_recall", "run", "DATA", "RESULTS"]

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "en_re3d_conflict_ner_rel"
RESULTS = ROOT / "bench" / "results_extract_en.md"
SUBSETS = ("CENTCOM", "US_State_Department", "UK_Government")
TYPES = ("Person", "Organisation", "Location")

_SPACY = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Location", "LOC": "Location", "FAC": "Location"}
_OURS = {
    "Person": "Person",
    "Organization": "Organisation",
    "Government": "Organisation",
    "MilitaryUnit": "Organisation",
    "InternationalOrganization": "Organisation",
    "MediaOutlet": "Organisation",
    "Location": "Location",
    "Country": "Location",
    "AdministrativeRegion": "Location",
    "City": "Location",
    "Settlement": "Location",
    "Facility": "Location",
    "Waterbody": "Location",
}
_REPORTING = re.compile(r"\b(said|says|say|told|tell|stated|quoted|announced|added|remarked|wrote|statement)\b", re.I)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_re3d(root: Path = DATA) -> tuple[list[dict], dict, dict]:
    """(documents, entities by doc id -> [(begin, end, type)], relations by doc id)."""
    docs, ents, rels = [], defaultdict(list), defaultdict(list)
    for sub in SUBSETS:
        docs += _jsonl(root / sub / "documents.json")
        best: dict[tuple[str, int, int], tuple[float, str]] = {}
        for e in _jsonl(root / sub / "entities.json"):
            key = (e["documentId"], e["begin"], e["end"])
            conf = float(e.get("confidence") or 0)
            if key not in best or conf > best[key][0]:
                best[key] = (conf, e["type"])
        for (doc_id, b, e), (_c, t) in best.items():
            ents[doc_id].append((b, e, t))
        for r in _jsonl(root / sub / "relations.json"):
            rels[r["documentId"]].append(r)
    docs.sort(key=lambda d: d["_id"])
    return docs, ents, rels


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def entity_scores(pred: dict[str, list], gold: dict[str, list]) -> dict[str, dict]:
    """Per type and micro P/R/F1 (exact and overlap) over docs; items are (begin, end, type)."""
    from bench.score_extraction import prf

    out = {}
    for typ in TYPES + ("all",):
        res = {}
        for mode in ("exact", "overlap"):
            tp = n_p = n_g = 0
            for doc_id in gold.keys() | pred.keys():
                g = [x for x in gold.get(doc_id, []) if x[2] in TYPES and (typ == "all" or x[2] == typ)]
                p = [x for x in pred.get(doc_id, []) if typ == "all" or x[2] == typ]
                n_p, n_g = n_p + len(p), n_g + len(g)
                used: set[int] = set()
                for gx in g:
                    for i, px in enumerate(p):
                        if i in used or px[2] != gx[2]:
                            continue
                        if (px[:2] == gx[:2]) if mode == "exact" else _overlap(px[:2], gx[:2]):
                            used.add(i)
                            tp += 1
                            break
            res[mode] = prf(tp, n_p, n_g)
        out[typ] = res
    return out


def relation_recall(records: dict, gold_ents: dict, rels: dict) -> dict[str, dict]:
    """Recall of InChargeOf (person source) and CommWith pairs covered by our records."""
    counts = {"InChargeOf(person)": [0, 0], "CommWith(all)": [0, 0], "CommWith(reporting)": [0, 0]}
    for doc_id, rs in rels.items():
        rec = records.get(doc_id)
        if rec is None:
            continue
        persons = [(b, e) for b, e, t in gold_ents.get(doc_id, []) if t == "Person"]
        seen_pairs = set()
        for r in rs:
            src, tgt = (r["sourceBegin"], r["sourceEnd"]), (r["targetBegin"], r["targetEnd"])
            if r["type"] == "InChargeOf" and any(_overlap(src, p) for p in persons):
                counts["InChargeOf(person)"][1] += 1
                if any(_role_covers(pr, src, tgt) or _role_covers(pr, tgt, src) for pr in rec.roles):
                    counts["InChargeOf(person)"][0] += 1
            elif r["type"] == "CommWith":
                key = (min(src, tgt), max(src, tgt), r["begin"], r["end"])
                if key in seen_pairs:
                    continue
                seen_pairs.add(key)
                covered = _comm_covered(rec, src, tgt) or _comm_covered(rec, tgt, src)
                for name in ("CommWith(all)",) + (("CommWith(reporting)",) if _REPORTING.search(r.get("value") or "") else ()):
                    counts[name][1] += 1
                    counts[name][0] += int(covered)
    return {k: {"covered": c, "total": n, "recall": round(c / n, 3) if n else 0.0} for k, (c, n) in counts.items()}


def _span(m) -> tuple[int, int] | None:
    return (m.start, m.end) if m is not None else None


def _role_covers(pr, person_arg, other_arg) -> bool:
    if not _overlap((pr.person.start, pr.person.end), person_arg):
        return False
    org = _span(pr.org)
    return (org is not None and _overlap(org, other_arg)) or _overlap((pr.start, pr.end), other_arg)


def _comm_covered(rec, a, b) -> bool:
    for st in rec.statements:
        spk = [s for s in (_span(st.speaker), _span(st.speaker_org)) if s]
        if any(_overlap(s, a) for s in spk) and _overlap((st.start, st.end), b):
            return True
    for ev in rec.events:
        if ev.type != "Meeting":
            continue
        spans = [_span(m) for m in ev.participants + ev.agents]
        if any(_overlap(s, a) for s in spans) and any(_overlap(s, b) for s in spans):
            return True
    return False


def run(write: bool = True) -> dict:
    from conflict_kg.extract.en import extract_en_text
    from conflict_kg.extract.en_mentions import class_for  # noqa: F401  (same table as the extractor)
    from conflict_kg.extract.models import load_model

    nlp = load_model("en")
    docs, gold_ents, rels = load_re3d()
    raw, ours, records = {}, {}, {}
    for d in docs:
        text = d["text"]
        sdoc = nlp(text)
        raw[d["_id"]] = [(e.start_char, e.end_char, _SPACY[e.label_]) for e in sdoc.ents if e.label_ in _SPACY]
        rec = extract_en_text(text, date=None, doc_id=d["_id"], nlp=nlp)
        records[d["_id"]] = rec
        ours[d["_id"]] = [(m.start, m.end, _OURS[m.type]) for m in rec.mentions
                          if m.type in _OURS and m.label != "NORP"]
    result = {
        "documents": len(docs),
        "gold_entities": sum(1 for v in gold_ents.values() for x in v if x[2] in TYPES),
        "raw_spacy": entity_scores(raw, gold_ents),
        "ours": entity_scores(ours, gold_ents),
        "relations": relation_recall(records, gold_ents, rels),
    }
    if write:
        write_results(re3d=result)
    return result


def _re3d_md(res: dict) -> str:
    lines = [
        "## re3d (Dstl; CENTCOM + US State Department + UK Government subsets)",
        "",
        f"{res['documents']} documents, {res['gold_entities']} gold Person/Organisation/Location spans "
        "(highest-confidence type per span). Command: `python -m bench.eval_en_re3d`.",
        "",
        "| type | raw spaCy exact F1 | ours exact F1 | raw spaCy overlap F1 | ours overlap F1 | ours overlap P / R |",
        "|---|---|---|---|---|---|",
    ]
    for t in TYPES + ("all",):
        r, o = res["raw_spacy"][t], res["ours"][t]
        lines.append(f"| {t} | {r['exact']['f1']:.3f} | {o['exact']['f1']:.3f} | {r['overlap']['f1']:.3f} | "
                     f"{o['overlap']['f1']:.3f} | {o['overlap']['p']:.3f} / {o['overlap']['r']:.3f} |")
    lines += ["", "| relation | covered / total | recall |", "|---|---|---|"]
    for k, v in res["relations"].items():
        lines.append(f"| {k} | {v['covered']} / {v['total']} | {v['recall']:.3f} |")
    lines += ["", "Exact-span Person scores are low by design: re3d Person spans include titles "
              "(\"Prime Minister Abadi\"); our Person mentions cover the name and the title goes to PersonRole.", ""]
    return "\n".join(lines)


def write_results(seed: str | None = None, re3d: dict | None = None) -> None:
    """(Re)write bench/results_extract_en.md, replacing only the given section."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    parts = re.split(r"(?m)^(?=## )", old)
    sections = {p.split("\n", 1)[0]: p for p in parts if p.startswith("## ")}
    seed_md = seed or next((v for k, v in sections.items() if k.startswith("## seed 000")), "")
    re3d_md = _re3d_md(re3d) if re3d else next((v for k, v in sections.items() if k.startswith("## re3d")), "")
    body = "# English extraction (conflict-kg/en@0.1): measured results\n\n" + seed_md.rstrip() + "\n\n" + re3d_md.rstrip() + "\n"
    RESULTS.write_text(body, encoding="utf-8")


def main() -> int:
    if not DATA.is_dir():
        print(f"re3d data not found at {DATA}", file=sys.stderr)
        return 2
    res = run()
    print(json.dumps({k: v for k, v in res.items()}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
