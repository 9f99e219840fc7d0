"""The incidents evaluation harness: gold split, scores, and the UCDP sample (bench/eval_incidents.py)."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from bench.eval_incidents import GOLD, as_sentence, bcubed, is_news, pairwise


@pytest.mark.parametrize("office,text,news", [
    ("Reuters News", "Ukrainian soldier killed near Shumy in Donbas", True),
    ("MemoryBook", "Debaltseve", False),  # a memorial database entry: a name, not a headline
    ("MemoryBook", "Killed near Debaltseve on duty", False),
    ("Agence France Presse", "Three days of unrest", True),
    ("Euromaidan Press", "Serhiy Sulyma", False),  # under four words
    ("Ukrinform", "", False),
])
def test_is_news(office, text, news):
    assert is_news(office, text) is news


@pytest.mark.parametrize("text,expected", [
    ("Ukrainian soldier killed near Shumy in Donbas", "Ukrainian soldier killed near Shumy in Donbas."),
    ("Two killed in Donetsk.", "Two killed in Donetsk."),
    ("Is the truce over?", "Is the truce over?"),
    ('Zelensky: "we will hold"', 'Zelensky: "we will hold"'),
    ("Three killed, hospital shelled in east Ukraine  ", "Three killed, hospital shelled in east Ukraine."),
])
def test_as_sentence(text, expected):
    assert as_sentence(text) == expected


def test_scores_of_a_perfect_and_a_merged_clustering():
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}
    assert pairwise(gold, {"a": "x", "b": "x", "c": "y", "d": "y"}) == (1.0, 1.0, 1.0)
    p, r, _ = pairwise(gold, {k: "x" for k in gold})
    assert (p, r) == (2 / 6, 1.0)
    assert bcubed(gold, {k: k for k in gold})[0] == 1.0


def test_gold_split_is_recorded_per_scenario_and_never_mixed():
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({d["id"] for d in docs}) == len(docs)
    split_of = {}
    for d in docs:
        assert d["split"] in ("dev", "test") and d["events"]
        assert split_of.setdefault(d["scenario"], d["split"]) == d["split"]  # a scenario is in one half
        assert d["scenario"][0] == d["split"][0].upper()  # D* dev, T* test
    incidents = {}
    for d in docs:
        for e in d["events"]:
            assert incidents.setdefault(e["incident"], d["split"]) == d["split"]  # an incident is in one half
    halves = Counter(d["split"] for d in docs)
    assert halves["test"] == 29 and halves["dev"] >= 49  # test items are never moved or added to


def test_ucdp_sample_holds_only_news_headlines(shared_dir):
    from bench.eval_incidents import ucdp_sample

    events = ucdp_sample("dev", 40)
    assert events and len(events) <= 40
    for e in events:
        assert e.split == "dev" and e.date_start == e.date_end and len(e.headlines) >= 2
        assert all(is_news(h.office, h.text) for h in e.headlines)
