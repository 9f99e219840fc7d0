"""The benchmark corpora, read from ``../shared/eval`` (never copied into the project).

* Japanese: Japanese Wikinews articles (``ja_wikinews_articles/articles.jsonl``,
  3,670 articles, ~3 M characters), the first ``limit`` articles in file order.
* English: the re3d press releases (CENTCOM, US State Department, UK
  Government; 71 documents) followed by daily digests of the UCDP Ukraine
  event headlines (one document per event day, its distinct news headlines one
  per line, dated by the event day), the first ``limit`` documents.

Both are written as JSONL inputs for ``conflict-kg build`` and, chunked exactly
as the build chunks them (:func:`conflict_kg.extract.segment.content_chunks`), as the text
list for the bare ``nlp.pipe`` worker.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Iterable

__all__ = [
    "SHARED",
    "WIKINEWS",
    "RE3D",
    "UCDP",
    "ja_wikinews",
    "en_conflict",
    "write_jsonl",
    "write_chunks",
    "changed_copy",
]

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
WIKINEWS = SHARED / "eval" / "ja_wikinews_articles" / "articles.jsonl"
RE3D = SHARED / "eval" / "en_re3d_conflict_ner_rel"
UCDP = SHARED / "eval" / "ucdp_ukraine" / "UCDP-Ukraine.csv"
_RE3D_SUBSETS = ("CENTCOM", "US_State_Department", "UK_Government")  # the public-domain / OGL ones
# UCDP's headline field is ';'-joined and also carries bare place names;
# a headline has at least this many words.
_MIN_HEADLINE_WORDS = 4


def ja_wikinews(limit: int | None = None, path: Path = WIKINEWS) -> list[dict]:
    """The first ``limit`` Wikinews articles as build inputs (no date: the articles carry none)."""
    out: list[dict] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            if not line.strip():
                continue
            rec = json.loads(line)
            out.append({"id": f"wikinews-{rec['id']}", "title": rec.get("headline", ""), "text": rec["text"], "lang": "ja"})
    return out


def en_conflict(limit: int | None = None, re3d: Path = RE3D, ucdp: Path = UCDP) -> list[dict]:
    """re3d press releases, then UCDP Ukraine daily headline digests (sorted by day)."""
    out: list[dict] = []
    for subset in _RE3D_SUBSETS:
        with (re3d / subset / "documents.json").open(encoding="utf-8") as fh:
            docs = [json.loads(line) for line in fh if line.strip()]
        for d in sorted(docs, key=lambda d: d["_id"]):
            out.append({"id": f"re3d-{d['_id']}", "title": d.get("title", ""), "text": d["text"], "lang": "en"})
    by_day: dict[str, set[str]] = {}
    with ucdp.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            day = dt.datetime.strptime(row["date_start"].split()[0], "%m/%d/%Y").date().isoformat()
            for headline in row["source_headline"].split(";"):
                headline = headline.strip()
                if len(headline.split()) >= _MIN_HEADLINE_WORDS:
                    by_day.setdefault(day, set()).add(headline)
    for day in sorted(by_day):
        lines = [h if h[-1] in ".!?" else h + "." for h in sorted(by_day[day])]
        out.append({"id": f"ucdp-{day}", "title": f"UCDP Ukraine headlines {day}", "text": "\n".join(lines),
                    "date": day, "lang": "en"})
    return out[:limit] if limit is not None else out


def write_jsonl(docs: Iterable[dict], path: Path) -> Path:
    """Write build inputs, one JSON object a line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def write_chunks(docs: Iterable[dict], path: Path) -> tuple[int, int]:
    """Write the texts the build would give ``nlp.pipe`` (``{"text": ...}`` lines); (chunks, chars)."""
    from conflict_kg.extract.segment import content_chunks

    n = chars = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            for start, end in content_chunks(d["text"]):
                fh.write(json.dumps({"text": d["text"][start:end]}, ensure_ascii=False) + "\n")
                n += 1
                chars += end - start
    return n, chars


def changed_copy(docs: list[dict], fraction: float = 0.01) -> tuple[list[dict], int]:
    """The corpus with every ``round(1/fraction)``-th document edited (one sentence appended).

    >>> docs = [{"id": str(i), "text": "x", "lang": "en"} for i in range(200)]
    >>> new, n = changed_copy(docs)
    >>> n, new[0]["text"] != docs[0]["text"], new[1] == docs[1]
    (2, True, True)
    """
    step = max(1, round(1 / fraction))
    extra = {"ja": "\n（追記）政府は同日、声明を発表した。", "en": "\nThe government issued a statement the same day."}
    out, changed = [], 0
    for i, d in enumerate(docs):
        if i % step == 0:
            d = {**d, "text": d["text"] + extra.get(d.get("lang", "en"), extra["en"])}
            changed += 1
        out.append(d)
    return out, changed
