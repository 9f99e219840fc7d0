"""Check the Japanese Wikinews gold files against the article texts in ``../shared``.

Every span a gold file records (``trigger``/``trigger_start``/``trigger_end`` of an event,
``text``/``start``/``end`` of a place, and generically any ``X``/``X_start``/``X_end`` triple)
must be exactly the article's characters at those offsets, every article of
``ja_wikinews_articles.json`` must be present exactly once with its split, and the event
fields must hold the values the guideline (``ja_wikinews_events.md``) allows.

    python bench/gold/check_ja_gold.py [--shared ../shared] [FILE.jsonl ...]

Exit status 1 and one line per problem when anything is wrong.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

__all__ = ["listed_for", "load_articles", "required_in", "check_spans", "check_events_file", "check_file", "main"]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTICLE_LIST = HERE / "ja_wikinews_articles.json"
ARTICLES_JSONL = Path("eval/ja_wikinews_articles/articles.jsonl")
ZONES = {"body", "headline", "source_note", "related", "caption"}
# Arrest is being added to the ontology in parallel; the gold already uses it.
EXTRA_TYPES = {"Arrest"}


def listed_for(name: str = "") -> dict[str, str]:
    """Id -> split of the listed articles the gold file *name* must cover. An article whose entry has a
    ``gold`` list (a later batch annotated for one gold only, e.g. ``["events"]``) is covered only by
    ``ja_wikinews_<kind>.jsonl`` for each listed kind; with no *name*, every listed article."""
    kind = name.removeprefix("ja_wikinews_").removesuffix(".jsonl")
    rows = json.loads(ARTICLE_LIST.read_text(encoding="utf-8"))["articles"]
    return {a["id"]: a["split"] for a in rows if not name or kind in a.get("gold", [kind])}


def event_types() -> set[str]:
    """Event classes of ``conflict_kg/kg/data/event_types.csv`` (minus the generic ``Event``) plus ``EXTRA_TYPES``."""
    with open(ROOT / "conflict_kg/kg/data/event_types.csv", encoding="utf-8") as f:
        return {row["type"] for row in csv.DictReader(f) if row["type"] != "Event"} | EXTRA_TYPES


def load_articles(shared: Path, ids: set[str]) -> dict[str, dict]:
    """The ``articles.jsonl`` records whose id is in *ids*."""
    out = {}
    with open(shared / ARTICLES_JSONL, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in ids:
                out[rec["id"]] = rec
    return out


def _span_key(node: dict, prefix: str) -> str | None:
    """The key holding the span text of an ``X_start``/``X_end`` pair (``text`` for bare start/end)."""
    for key in ([prefix, prefix + "_text"] if prefix else ["text"]):
        if isinstance(node.get(key), str):
            return key
    return None


def check_spans(node, source: dict, where: str) -> list[str]:
    """Every ``X_start``/``X_end`` (or ``start``/``end``) pair in *node*, recursively, against the article."""
    errors: list[str] = []
    if isinstance(node, list):
        for i, item in enumerate(node):
            errors += check_spans(item, source, f"{where}[{i}]")
        return errors
    if not isinstance(node, dict):
        return errors
    field = node.get("field", "text")
    text = source.get(field, "")
    for key in node:
        if not (key == "start" or key.endswith("_start")):
            continue
        prefix = key[: -len("start")].rstrip("_")
        end_key = (prefix + "_end") if prefix else "end"
        start, end = node[key], node.get(end_key)
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        if not 0 <= start < end <= len(text):
            errors.append(f"{where}: {key}/{end_key} {start}:{end} outside the {field} (length {len(text)})")
            continue
        span_key = _span_key(node, prefix)
        if span_key is not None and text[start:end] != node[span_key]:
            errors.append(f"{where}: {field}[{start}:{end}] is {text[start:end]!r}, not {span_key}={node[span_key]!r}")
    for key, value in node.items():
        if isinstance(value, (dict, list)):
            errors += check_spans(value, source, f"{where}.{key}")
    return errors


def _check_event(ev: dict, art: dict, place_texts: set[str], types: set[str], where: str) -> list[str]:
    errors = []
    if ev.get("type") not in types:
        errors.append(f"{where}: unknown type {ev.get('type')!r}")
    if ev.get("zone") not in ZONES:
        errors.append(f"{where}: unknown zone {ev.get('zone')!r}")
    if ev.get("status") not in {"asserted", "claimed"} or (ev.get("status") == "claimed") != bool(ev.get("claimant")):
        errors.append(f"{where}: status {ev.get('status')!r} with claimant {ev.get('claimant')!r}")
    written = art["text"] + art.get("headline", "")
    for role in ("agent", "target", "location"):
        names, names_en = ev.get(role, []), ev.get(role + "_en", [])
        if len(names) != len(names_en):
            errors.append(f"{where}: {role} and {role}_en differ in length")
        errors += [f"{where}: {role} {n!r} is not written in the article" for n in names if n not in written]
    if ev.get("claimant") and ev["claimant"] not in written:
        errors.append(f"{where}: claimant {ev['claimant']!r} is not written in the article")
    if ev.get("zone") == "body":
        errors += [f"{where}: location {n!r} is not among the article's places" for n in ev.get("location", [])
                   if n not in place_texts]
    for key in ("fatalities", "injuries"):
        value = ev.get(key)
        ok = value is None or (isinstance(value, int) and value >= 0) or (
            isinstance(value, dict) and set(value) <= {"low", "high"} and value)
        if not ok:
            errors.append(f"{where}: {key} {value!r} is neither an int, null nor {{low, high}}")
    date = ev.get("date")
    if date is not None and not (isinstance(date, str) and date[:4].isdigit()):
        errors.append(f"{where}: date {date!r} is not ISO")
    return errors


def _check_place(p: dict, where: str) -> list[str]:
    errors = []
    if p.get("precision") not in (1, 2, 3):
        errors.append(f"{where}: precision {p.get('precision')!r}")
    lat, lon = p.get("lat"), p.get("lon")
    if (lat is None) != (lon is None) or (lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
        errors.append(f"{where}: coordinates {lat!r}, {lon!r}")
    if p.get("wikidata") is not None and not str(p["wikidata"]).startswith("Q"):
        errors.append(f"{where}: wikidata {p['wikidata']!r}")
    return errors


def check_events_file(records: list[dict], arts: dict[str, dict]) -> list[str]:
    """Field-level checks of the events gold (types, zones, claim status, places, names as written)."""
    types, errors = event_types(), []
    for rec in records:
        art = arts.get(rec["id"])
        if art is None:
            continue
        place_texts = {p["text"] for p in rec.get("places", [])}
        if len(place_texts) != len(rec.get("places", [])):
            errors.append(f"{rec['id']}: a place text is listed twice (each distinct form once)")
        for i, ev in enumerate(rec.get("events", [])):
            errors += _check_event(ev, art, place_texts, types, f"{rec['id']}.events[{i}]")
        for i, p in enumerate(rec.get("places", [])):
            errors += _check_place(p, f"{rec['id']}.places[{i}]")
    return errors


def required_in(article: dict, path: Path) -> bool:
    """Whether a listed article must have a line in the gold file ``path`` (see :func:`listed_for`).

    >>> required_in({"id": "1"}, Path("ja_wikinews_events.jsonl"))
    True
    >>> [required_in({"id": "1", "gold": ["statements"]}, Path(f"ja_wikinews_{t}.jsonl")) for t in ("events", "statements")]
    [False, True]
    """
    kind = Path(path).stem.removeprefix("ja_wikinews_")
    return kind in article.get("gold", [kind])


def check_file(path: Path, shared: Path, require_all: bool = True) -> list[str]:
    """All problems of one gold JSONL file (empty when it is right)."""
    listed = listed_for(path.name)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = Counter(r.get("id") for r in records)
    errors = [f"{path.name}: article {i} appears {n} times" for i, n in counts.items() if n > 1]
    errors += [f"{path.name}: article {i} is not in the article list" for i in counts if i not in listed]
    if require_all:
        errors += [f"{path.name}: article {i} is missing" for i in listed if i not in counts]
    arts = load_articles(shared, set(counts))
    for rec in records:
        if rec.get("id") not in listed:
            continue
        if rec.get("split") != listed[rec["id"]]:
            errors.append(f"{path.name}: article {rec['id']} split {rec.get('split')!r}, list says {listed[rec['id']]!r}")
        if rec.get("complete") is False:
            errors.append(f"{path.name}: article {rec['id']} is not complete")
        errors += check_spans(rec, arts[rec["id"]], f"{path.name}:{rec['id']}")
    if path.name == "ja_wikinews_events.jsonl":
        errors += check_events_file(records, arts)
    return errors


# Second-annotator files cover a fixed subset of the listed articles by design (inter-annotator
# agreement, ``bench/gold_agreement.py``): their offsets are checked, their coverage is not.
SUBSET_FILES = {"ja_wikinews_iaa.jsonl"}


def gold_files(subsets: bool = False) -> list[Path]:
    """The Japanese Wikinews gold JSONL files beside this script (with ``subsets``, also the
    second-annotator subset files of ``SUBSET_FILES``)."""
    return sorted(p for p in HERE.glob("ja_wikinews_*.jsonl") if subsets or p.name not in SUBSET_FILES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--partial", action="store_true", help="do not require every listed article")
    args = parser.parse_args(argv)
    errors = []
    for path in args.files or gold_files(subsets=True):
        full = not args.partial and path.name not in SUBSET_FILES
        errors += check_file(path, args.shared, require_all=full)
    for line in errors:
        print(line)
    print(f"{len(errors)} problem(s) in {len(args.files or gold_files(subsets=True))} file(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
