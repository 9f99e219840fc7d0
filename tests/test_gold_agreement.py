"""Matching and scoring of the inter-annotator agreement script (bench/gold_agreement.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import gold_agreement as ga

ROOT = Path(__file__).resolve().parents[1]


def ev(type_, start, end, field=None, **kw):
    rec = {"type": type_, "trigger_start": start, "trigger_end": end, "agent": [], "agent_en": [],
           "target": [], "target_en": [], "location": [], "location_en": [], "date": None,
           "fatalities": None, "injuries": None, "status": "asserted", "zone": "body"}
    if field:
        rec["field"] = field
    rec.update(kw)
    return rec


def st(speaker, start, end, direct=False, verb="述べた", **kw):
    rec = {"speaker": speaker, "speaker_en": "", "speaker_kind": "person", "role": "", "org": "",
           "quote_start": start, "quote_end": end, "verb": verb, "direct": direct, "zone": "body"}
    rec.update(kw)
    return rec


@pytest.mark.parametrize("spans, ov, gp", [
    ((0, 5, 3, 8), 2, 0),
    ((0, 5, 5, 8), 0, 0),
    ((0, 5, 9, 12), 0, 4),
    ((10, 20, 0, 30), 10, 0),
])
def test_overlap_gap(spans, ov, gp):
    assert ga.overlap(*spans) == ov
    assert ga.gap(*spans) == gp


@pytest.mark.parametrize("pairs, expected", [
    ([("a", "a"), ("b", "b")], 1.0),
    ([("a", "a"), ("b", "b"), ("a", "b"), ("b", "b")], 0.5),
    ([("a", "b"), ("b", "a")], -1.0),
    ([("a", "a"), ("a", "a")], None),   # one label only: chance agreement is 1, kappa undefined
    ([], None),
])
def test_cohen_kappa(pairs, expected):
    assert ga.cohen_kappa(pairs) == expected


@pytest.mark.parametrize("m, n_ref, n_hyp, expected", [
    (3, 4, 6, (0.5, 0.75, 0.6)),
    (0, 0, 0, (None, None, None)),
    (0, 2, 0, (None, 0.0, 0.0)),
    (5, 5, 5, (1.0, 1.0, 1.0)),
])
def test_prf(m, n_ref, n_hyp, expected):
    assert ga.prf(m, n_ref, n_hyp) == expected


@pytest.mark.parametrize("a, a_en, b, b_en, strict, expected", [
    (["鈴木武"], [], ["鈴木武容疑者"], [], True, True),           # honorific/suffix dropped
    (["国側"], [], ["国"], [], True, True),
    (["ラムズフェルド"], [], ["ドナルド・ラムズフェルド"], [], True, False),
    (["ラムズフェルド"], [], ["ドナルド・ラムズフェルド"], [], False, True),
    (["鹿児島県警", "鹿児島中央署"], [], ["鹿児島県警・鹿児島中央署"], [], False, True),
    (["UVF"], ["Ulster Volunteer Force"], ["アルスター義勇軍"], ["Ulster Volunteer Force"], False, True),
    (["UVF"], ["Ulster Volunteer Force"], ["アルスター義勇軍"], ["Ulster Volunteer Force"], True, False),
    (["岩国市"], [], ["井原勝介"], [], False, False),
    ([], [], ["アメリカ合衆国"], [], False, False),               # one side empty never agrees
    ([], [], [], [], True, True),
    (["根本藍美"], [], ["根本藍美", "従業員や客"], [], False, False),  # an extra participant
])
def test_names_agree(a, a_en, b, b_en, strict, expected):
    assert ga.names_agree(a, a_en, b, b_en, strict=strict) is expected


TEXT = "男が店に火を付けた。警察は男を逮捕した。同日、会談した。"


@pytest.mark.parametrize("ref, hyp, text, expected", [
    ([ev("Attack", 5, 9)], [ev("Attack", 5, 8)], TEXT, [(0, 0)]),            # nested spans
    ([ev("Attack", 5, 9)], [ev("Arrest", 5, 9)], TEXT, []),                  # type differs
    ([ev("Arrest", 15, 18)], [ev("Arrest", 13, 14)], TEXT, [(0, 0)]),        # nearby, same sentence
    ([ev("Arrest", 15, 18)], [ev("Arrest", 6, 8)], None, [(0, 0)]),          # 7 apart, no text given
    ([ev("Arrest", 15, 18)], [ev("Arrest", 6, 8)], TEXT, []),                # ... but other sentence
    ([ev("Arrest", 0, 3)], [ev("Arrest", 30, 33)], None, []),                # too far apart
    ([ev("Attack", 5, 9)], [ev("Attack", 5, 9, field="headline")], TEXT, []),  # other field
    # one-to-one: the closer hypothesis wins, the other stays unmatched
    ([ev("Arrest", 15, 18)], [ev("Arrest", 13, 15), ev("Arrest", 15, 18)], TEXT, [(0, 1)]),
])
def test_match_events(ref, hyp, text, expected):
    assert ga.match_events(ref, hyp, text) == expected


def test_match_events_ignoring_type():
    assert ga.match_events([ev("Attack", 5, 9)], [ev("Arrest", 5, 9)], TEXT, same_type=False) == [(0, 0)]


@pytest.mark.parametrize("ref, hyp, expected", [
    ([st("A", 0, 10)], [st("A", 0, 10)], [(0, 0)]),
    ([st("A", 0, 10)], [st("A", 10, 20)], []),                                # touching, no overlap
    # two outlets with one span: the same speaker is paired first
    ([st("朝日新聞", 0, 10), st("読売新聞", 0, 10)], [st("読売新聞", 0, 10), st("朝日新聞", 0, 10)],
     [(0, 1), (1, 0)]),
    # best Jaccard first: the nested short span goes to the short reference
    ([st("A", 0, 30), st("B", 5, 10)], [st("B", 5, 10), st("A", 0, 29)], [(0, 1), (1, 0)]),
    ([st("A", 0, 10)], [st("A", 0, 10, field="headline")], []),
])
def test_match_statements(ref, hyp, expected):
    assert ga.match_statements(ref, hyp) == expected


def test_compare_article_counts_and_categories():
    a = {"events": [ev("Attack", 5, 9, agent=["鈴木武"], target=["根本藍美"], date="2012-03-03", fatalities=1),
                    ev("Arrest", 15, 18, agent=["兵庫県警"]),
                    ev("Meeting", 24, 26)],
         "statements": [st("朝日新聞", 0, 9, verb="によると"), st("鈴木武", 11, 19, direct=True)]}
    b = {"id": "x", "split": "dev",
         "events": [ev("Attack", 5, 8, agent=["鈴木武"], target=[], date="2012-03-03", fatalities=2),
                    ev("Arrest", 15, 18, agent=["兵庫県警"], status="claimed"),
                    ev("Agreement", 24, 26)],
         "statements": [st("朝日新聞", 0, 9, verb="によると"), st("男", 11, 19, direct=True),
                        st("警察", 20, 25)]}
    r = ga.compare_article(a, b, TEXT)
    e, s = r["events"], r["statements"]
    assert (e["n_a"], e["n_b"], e["matched"]) == (3, 3, 2)
    assert e["strict"]["agent"] == 2 and e["strict"]["target"] == 1 and e["strict"]["fatalities"] == 1
    assert e["type_pairs"] == [("Attack", "Attack"), ("Arrest", "Arrest"), ("Meeting", "Agreement")]
    cats = sorted(c for c, _, _ in e["dis"])
    assert cats == ["event fatalities: different values", "event status: different values",
                    "event target: stated by first annotator only", "event type differs"]
    assert (s["n_a"], s["n_b"], s["matched"]) == (2, 3, 2)
    assert s["strict"]["speaker"] == 1 and s["strict"]["span"] == 2
    assert sorted(c for c, _, _ in s["dis"]) == ["statement only in second annotation (body)",
                                                 "statement speaker differs"]


def test_aggregate_by_split():
    one = ga.compare_article({"events": [ev("Arrest", 15, 18)], "statements": []},
                             {"id": "1", "split": "dev", "events": [ev("Arrest", 15, 18)], "statements": []}, TEXT)
    two = ga.compare_article({"events": [ev("Arrest", 15, 18), ev("Attack", 5, 9)], "statements": []},
                             {"id": "2", "split": "test", "events": [], "statements": []}, TEXT)
    dev, test, both = ga.aggregate([one, two], "dev"), ga.aggregate([one, two], "test"), ga.aggregate([one, two])
    assert dev["events"]["prf"] == (1.0, 1.0, 1.0)
    assert test["events"]["prf"] == (None, 0.0, 0.0)
    assert both["events"]["prf"] == (1.0, 1 / 3, 0.5)
    assert [aid for aid, _ in both["dis_by_article"]] == ["2", "2"]
    from bench.gold_agreement_report import render
    md = render([one, two])
    assert "| dev | 1 | 1 | 1 | 1 | 1.00 | 1.00 | 1.00 |" in md
    assert "| event only in first annotation (body) | 2 |" in md


def test_iaa_file_offsets_and_subset(shared_dir):
    """The second annotation covers the first 8 dev and 8 test articles; every offset is valid."""
    listing = json.loads((ROOT / "bench/gold/ja_wikinews_articles.json").read_text(encoding="utf-8"))["articles"]
    want = [a["id"] for a in listing if a["split"] == "dev"][:8] + [a["id"] for a in listing if a["split"] == "test"][:8]
    rows = ga.load(ga.B_FILE)
    assert sorted(rows) == sorted(want)
    texts = {}
    with open(shared_dir / "eval/ja_wikinews_articles/articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if str(d["id"]) in rows:
                texts[str(d["id"])] = d
    split = {a["id"]: a["split"] for a in listing}
    for aid, row in rows.items():
        assert row["split"] == split[aid]
        for e in row["events"]:
            src = texts[aid]["headline" if e.get("field") == "headline" else "text"]
            assert src[e["trigger_start"]:e["trigger_end"]] == e["trigger"], (aid, e["trigger"])
        for s in row["statements"]:
            src = texts[aid]["headline" if s.get("field") == "headline" else "text"]
            assert 0 <= s["quote_start"] < s["quote_end"] <= len(src), (aid, s["speaker"])
            assert not src[s["quote_start"]].isspace() and not src[s["quote_end"] - 1].isspace()


@pytest.mark.parametrize("field, ra, rb, expected", [
    ("speaker", st("原告ら", 0, 5, speaker_kind="unnamed"), st("原告団", 0, 5, speaker_kind="unnamed"),
     "statement speaker differs (two unnamed descriptions)"),
    ("speaker", st("警察", 0, 5, speaker_kind="organization"), st("兵庫県警", 0, 5, speaker_kind="organization"),
     "statement speaker differs"),
    ("org", st("安倍晋三", 0, 5, org="日本"), st("安倍晋三", 0, 5), "statement org given by first annotator only"),
    ("role", st("X", 0, 5), st("X", 0, 5, role="首相"), "statement role given by second annotator only"),
    ("org", st("X", 0, 5, org="A党"), st("X", 0, 5, org="B党"), "statement org differs"),
])
def test_statement_disagreement_category(field, ra, rb, expected):
    assert ga._st_category(field, ra, rb) == expected
