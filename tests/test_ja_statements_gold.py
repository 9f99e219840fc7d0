"""The Japanese statements/roles gold (bench/gold/ja_wikinews_statements.jsonl) is consistent with the texts."""
from __future__ import annotations

import copy
import json

import pytest

from bench.gold import check_ja_statements as chk


@pytest.fixture(scope="module")
def gold(shared_dir):
    records = [json.loads(line) for line in chk.STATEMENTS.read_text("utf-8").splitlines() if line.strip()]
    split = chk.load_split()
    texts = chk.load_texts(shared_dir / "eval" / "ja_wikinews_articles" / "articles.jsonl", set(split))
    return records, split, texts


def test_gold_file_has_no_problems(gold):
    assert chk.check_records(*gold) == []


def test_every_fixed_article_is_annotated_once(gold):
    records, split, _ = gold
    assert sorted(r["id"] for r in records) == sorted(split)
    assert {r["split"] for r in records} == {"dev", "test"}


@pytest.mark.parametrize("field, value, message", [
    ("quote_start", -1, "outside the text"),
    ("quote_end", 10**7, "outside the text"),
    ("speaker_kind", "pronoun", "speaker_kind"),
    ("zone", "footer", "zone"),
    ("verb", "ではない動詞", "not written next to"),
])
def test_checker_catches_a_broken_statement(gold, field, value, message):
    records, split, texts = gold
    broken = copy.deepcopy(records)
    row = next(r for r in broken if r["statements"])
    row["statements"][0][field] = value
    problems = chk.check_records(broken, split, texts)
    assert any(message in p for p in problems), problems


def test_checker_catches_a_direct_quote_off_by_one(gold):
    records, split, texts = gold
    broken = copy.deepcopy(records)
    row = next(r for r in broken if any(s["direct"] for s in r["statements"]))
    st = next(s for s in row["statements"] if s["direct"])
    st["quote_start"] -= 1
    assert any("bracket" in p for p in chk.check_records(broken, split, texts))


def test_checker_catches_a_role_span_without_its_title(gold):
    records, split, texts = gold
    broken = copy.deepcopy(records)
    row = next(r for r in broken if r["roles"])
    row["roles"][0]["role"] = "存在しない肩書"
    assert any("not in its span" in p for p in chk.check_records(broken, split, texts))


def test_checker_rejects_unknown_ids_and_wrong_splits(gold):
    _, split, texts = gold
    some_id = next(iter(split))
    wrong = "test" if split[some_id] == "dev" else "dev"
    problems = chk.check_records([{"id": "no-such-id"}, {"id": some_id, "split": wrong, "complete": True}], split, texts)
    assert any("not one of the fixed articles" in p for p in problems)
    assert any("!= fixed" in p for p in problems)


def test_headline_statements_index_the_headline(gold):
    records, split, texts = gold
    heads = [(r, s) for r in records for s in r["statements"] if s["zone"] == "headline"]
    assert heads, "the gold annotates statements made in headlines"
    for rec, st in heads:
        assert st["field"] == "headline" and st["quote_end"] <= len(texts[rec["id"]]["headline"])
    broken = copy.deepcopy(records)
    row = next(r for r in broken if any(s["zone"] == "headline" for s in r["statements"]))
    del next(s for s in row["statements"] if s["zone"] == "headline")["field"]
    assert any("headline" in p for p in chk.check_records(broken, split, texts))
