"""Check ``bench/gold/ja_wikinews_statements.jsonl`` against the article texts in ``../shared``.

The gold file holds ids, offsets, labels and names only; the texts stay in
``../shared/eval/ja_wikinews_articles/articles.jsonl``. This module checks that every line
names one of the 64 fixed articles with its fixed split, that every offset lies inside that
article's ``text`` (or its ``headline`` for a statement with ``"field": "headline"``) and is
consistent with what the label claims (a direct quote is bracketed, no span starts or ends on a
bracket or on blank space, the reporting verb is written next to the span, a role span contains
its title and part of the name). See ``bench/gold/ja_wikinews_statements.md`` for the rules.

Run ``python bench/gold/check_ja_statements.py`` (exit status 1 and one line per problem when
something is wrong); import :func:`check_file` or :func:`check_records` from tests.

>>> check_records([{"id": "x"}], {}, {})
['line 1: id x is not one of the fixed articles']
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

__all__ = [
    "GOLD_DIR", "STATEMENTS", "ARTICLES", "SHARED_ARTICLES",
    "load_split", "load_texts", "check_records", "check_file", "main",
]

GOLD_DIR = Path(__file__).resolve().parent
STATEMENTS = GOLD_DIR / "ja_wikinews_statements.jsonl"
ARTICLES = GOLD_DIR / "ja_wikinews_articles.json"
SHARED_ARTICLES = GOLD_DIR.parents[2] / "shared" / "eval" / "ja_wikinews_articles" / "articles.jsonl"

KINDS = {"person", "organization", "unnamed"}
ZONES = {"body", "headline", "source_note", "related", "caption"}
STATEMENT_KEYS = {"speaker", "speaker_en", "speaker_kind", "role", "org", "quote_start",
                  "quote_end", "verb", "direct", "zone"}
ROLE_KEYS = {"person", "person_en", "role", "org", "start", "end"}
OPENERS = {"「": "」", "『": "』", "“": "”", '"': '"'}
BRACKETS = set("「」『』“”")
VERB_WINDOW = 120  # characters after a span (or before it, for 〜によると) where the verb is written; two juxtaposed quotes share one verb


def load_split(path: Path = ARTICLES) -> dict[str, str]:
    """The fixed id -> split table of the articles the statements gold covers (the 64; a later batch
    whose entry lists ``gold`` without ``statements`` is annotated for another gold only)."""
    rows = json.loads(Path(path).read_text("utf-8"))["articles"]
    return {a["id"]: a["split"] for a in rows if "statements" in a.get("gold", ["statements"])}


def load_texts(path: Path = SHARED_ARTICLES, ids: set[str] | None = None) -> dict[str, dict[str, str]]:
    """Article id -> ``{"text": ..., "headline": ...}`` from the shared JSONL (only ``ids`` when given)."""
    texts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if ids is None or str(row["id"]) in ids:
                texts[str(row["id"])] = {"text": row["text"], "headline": row.get("headline", "")}
    return texts


def _span_problems(text: str, s: int, e: int) -> list[str]:
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        return [f"span {s}:{e} outside the text (length {len(text)})"]
    piece = text[s:e]
    if piece != piece.strip():
        return [f"span {s}:{e} starts or ends on blank space"]
    return []


def _statement_problems(article: dict[str, str], st: dict) -> list[str]:
    missing = STATEMENT_KEYS - st.keys()
    if missing:
        return [f"missing keys {sorted(missing)}"]
    out = []
    field = st.get("field", "text")
    if field not in ("text", "headline") or (field == "headline") != (st["zone"] == "headline"):
        out.append(f"field {field!r} with zone {st['zone']!r} (a headline statement indexes the headline)")
        field = "text"
    text = article[field]
    if st["speaker_kind"] not in KINDS:
        out.append(f"speaker_kind {st['speaker_kind']!r}")
    if st["zone"] not in ZONES:
        out.append(f"zone {st['zone']!r}")
    # A quoted phrase in a source-note title or headline often has no verb; a body statement always has one.
    if not st["speaker"] or not st["speaker_en"] or (st["zone"] == "body" and not st["verb"]):
        out.append("empty speaker, speaker_en or (in the body) verb")
    s, e = st["quote_start"], st["quote_end"]
    bad = _span_problems(text, s, e)
    if bad:
        return out + bad
    if text[s] in BRACKETS or text[e - 1] in BRACKETS:
        out.append(f"span {s}:{e} includes a bracket")
    if st["direct"] and OPENERS.get(text[s - 1] if s else "") != (text[e] if e < len(text) else None):
        out.append(f"direct quote {s}:{e} is not enclosed in matching brackets")
    window = text[max(0, s - VERB_WINDOW):e + VERB_WINDOW]
    if st["verb"] and st["verb"] not in window:
        out.append(f"verb {st['verb']!r} not written next to {s}:{e}")
    return out


def _role_problems(text: str, ro: dict) -> list[str]:
    missing = ROLE_KEYS - ro.keys()
    if missing:
        return [f"missing keys {sorted(missing)}"]
    bad = _span_problems(text, ro["start"], ro["end"])
    if bad:
        return bad
    piece = text[ro["start"]:ro["end"]]
    out = []
    if not ro["role"] or ro["role"] not in piece:
        out.append(f"role {ro['role']!r} not in its span {ro['start']}:{ro['end']}")
    parts = [p for p in ro["person"].replace("=", "・").split("・") if p]
    if not any(p in piece or piece.find(p[:2]) >= 0 for p in parts):
        out.append(f"no part of {ro['person']!r} in its span {ro['start']}:{ro['end']}")
    return out


def check_records(records: list[dict], split: dict[str, str], texts: dict[str, dict[str, str]]) -> list[str]:
    """Every problem in ``records`` (parsed lines), one message each; ``[]`` when all hold.

    ``texts`` maps an id to its ``text`` and ``headline`` (see :func:`load_texts`).
    """
    problems, seen = [], set()
    for n, rec in enumerate(records, 1):
        aid = rec.get("id")
        if aid not in split:
            problems.append(f"line {n}: id {aid} is not one of the fixed articles")
            continue
        if aid in seen:
            problems.append(f"line {n}: id {aid} appears twice")
        seen.add(aid)
        if rec.get("split") != split[aid]:
            problems.append(f"line {n}: id {aid} split {rec.get('split')!r} != fixed {split[aid]!r}")
        if rec.get("complete") is not True:
            problems.append(f"line {n}: id {aid} is not marked complete")
        article = texts.get(aid)
        if article is None:
            problems.append(f"line {n}: id {aid} has no text in the shared articles")
            continue
        keys = set()
        for i, st in enumerate(rec.get("statements", [])):
            problems += [f"{aid} statement {i}: {p}" for p in _statement_problems(article, st)]
            key = (st.get("speaker"), st.get("field", "text"), st.get("quote_start"), st.get("quote_end"))
            if key in keys:
                problems.append(f"{aid} statement {i}: same speaker and span twice")
            keys.add(key)
        for i, ro in enumerate(rec.get("roles", [])):
            problems += [f"{aid} role {i}: {p}" for p in _role_problems(article["text"], ro)]
    return problems


def check_file(path: Path = STATEMENTS, articles: Path = ARTICLES,
               shared_articles: Path = SHARED_ARTICLES) -> list[str]:
    """Load the gold file and the texts it points into and return every problem."""
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    split = load_split(articles)
    return check_records(records, split, load_texts(shared_articles, set(split)))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else STATEMENTS
    problems = check_file(path)
    for p in problems:
        print(p)
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for part in ("dev", "test"):
        rows = [r for r in records if r["split"] == part]
        sts = [s for r in rows for s in r["statements"]]
        print(f"{part}: {len(rows)} articles, {len(sts)} statements "
              f"({sum(s['direct'] for s in sts)} direct, "
              f"{sum(s['speaker_kind'] == 'unnamed' for s in sts)} unnamed, "
              f"{sum(s['zone'] != 'body' for s in sts)} outside the body, "
              f"{sum(s['zone'] == 'headline' for s in sts)} in headlines), "
              f"{sum(len(r['roles']) for r in rows)} roles")
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
