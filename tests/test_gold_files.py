"""The Japanese Wikinews gold files: offsets exact, every listed article once, fields as the guideline says."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_ja_gold", ROOT / "bench/gold/check_ja_gold.py")
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)

EVENTS = ROOT / "bench/gold/ja_wikinews_events.jsonl"
LISTING = json.loads(check.ARTICLE_LIST.read_text(encoding="utf-8"))["articles"]



@pytest.mark.parametrize("path", check.gold_files(subsets=True), ids=lambda p: p.name)
def test_gold_file_offsets_and_fields(shared_dir, path):
    # require_all=False here: coverage is its own test below, so an offset error is reported on its own.
    assert check.check_file(path, shared_dir, require_all=False) == []


@pytest.mark.parametrize("path", check.gold_files(), ids=lambda p: p.name)
def test_every_listed_article_exactly_once(path):
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sorted(ids) == sorted(check.listed_for(path.name))


def test_events_gold_is_complete_and_split_as_listed():
    listed = check.listed_for()
    recs = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines()]
    assert all(r["complete"] is True for r in recs)
    assert {r["id"]: r["split"] for r in recs} == {i: listed[i] for i in (r["id"] for r in recs)}
    # Both halves hold events of the conflict types, not only places.
    for split in ("dev", "test"):
        assert sum(len(r["events"]) for r in recs if r["split"] == split) > 0


def _write(tmp_path: Path, recs: list[dict]) -> Path:
    path = tmp_path / "ja_wikinews_events.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def test_checker_catches_a_shifted_offset_a_duplicate_and_a_missing_article(shared_dir, tmp_path):
    recs = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines()]
    with_events = next(r for r in recs if r["events"])
    assert check.check_file(_write(tmp_path, [with_events]), shared_dir, require_all=False) == []
    shifted = json.loads(json.dumps(with_events))
    shifted["events"][0]["trigger_start"] += 1
    shifted["events"][0]["trigger_end"] += 1
    errors = check.check_file(_write(tmp_path, [shifted]), shared_dir, require_all=False)
    assert any("trigger" in e for e in errors)
    errors = check.check_file(_write(tmp_path, [with_events, with_events]), shared_dir, require_all=True)
    assert any("appears 2 times" in e for e in errors)
    assert sum("is missing" in e for e in errors) == len(check.listed_for("ja_wikinews_events.jsonl")) - 1


def test_checker_catches_a_place_span_and_an_unknown_type(shared_dir, tmp_path):
    recs = [json.loads(line) for line in EVENTS.read_text(encoding="utf-8").splitlines()]
    rec = json.loads(json.dumps(next(r for r in recs if r["events"] and r["places"])))
    rec["places"][0]["text"] += "X"
    rec["events"][0]["type"] = "Earthquake"
    errors = check.check_file(_write(tmp_path, [rec]), shared_dir, require_all=False)
    assert any("places[0]" in e for e in errors)
    assert any("unknown type 'Earthquake'" in e for e in errors)


def test_a_batch_annotated_for_one_gold_is_covered_only_by_that_gold():
    # later batches are dev only and annotated for one gold file each (their "gold" field):
    # batch sizes by (batch, gold); every batch is dev only
    events, statements = check.listed_for("ja_wikinews_events.jsonl"), check.listed_for("ja_wikinews_statements.jsonl")
    every = check.listed_for()
    assert set(events) | set(statements) == set(every)
    only_events = [a for a in LISTING if a.get("gold") == ["events"]]
    only_statements = [a for a in LISTING if a.get("gold") == ["statements"]]
    sizes = {(a.get("batch"), tuple(a["gold"])) for a in LISTING if a.get("batch")}
    counts = {key: sum(1 for a in LISTING if (a.get("batch"), tuple(a.get("gold", ()))) == key) for key in sizes}
    assert counts == {
        ("s3-events", ("events",)): 18,
        ("s3-statements", ("statements",)): 15,
        ("s4-jargs", ("events",)): 10,
        ("s4-jroles", ("statements",)): 10,
        ("s4-jtrig", ("events",)): 12,
        ("s4-sja", ("statements",)): 10,
        ("s5-jdate", ("events",)): 10,
        ("s5-jparty", ("events",)): 10,
        ("s5-jprec", ("events",)): 10,
        ("s5-jrecall", ("events",)): 10,
        ("s5-roles", ("statements",)): 10,
        ("s5-sspk", ("statements",)): 10,
        ("s6-jevp", ("events",)): 10,
        ("s6-jname", ("statements",)): 10,
        ("s6-jrole", ("statements",)): 10,
        ("s6-jspk", ("statements",)): 10,
        ("s6-jtgt", ("events",)): 10,
        ("s6-jtype", ("events",)): 10,
    }
    assert set(events) - set(statements) == {a["id"] for a in only_events}
    assert set(statements) - set(events) == {a["id"] for a in only_statements}
    assert all(every[i] == "dev" for i in set(events) ^ set(statements))
    assert not any(check.required_in(a, EVENTS) for a in only_statements)
