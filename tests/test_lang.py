"""Tests for conflict_kg.extract.lang: script-statistics language identification."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_kg.extract.lang import detect_lang, split_by_lang

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ロシア軍はミサイル攻撃を行った。", "ja"),
        ("ウクライナのゼレンスキー大統領は20日、米陸軍長官と協議した。", "ja"),
        ("カタカナだけ", "ja"),
        ("ひらがな", "ja"),
        ("https://d1021.hatenadiary.com\n本文です。", "ja"),  # the URL does not make it English
        ("The Russian military launched missiles at Kyiv on Tuesday.", "en"),
        ("Russian military repeats missile attacks", "en"),  # headline without function words
        ("U.S. Secretary of State Blinken said at a press conference on the 30th that Putin failed.", "en"),
        ("NATO", "en"),
        ("Россия атаковала Киев ракетами.", None),  # Russian
        ("Росія", None),
        ("习近平主席与普京总统举行视频会晤。", None),  # Chinese: Han without kana
        ("露国防省", None),  # Han only is ambiguous on its own
        ("Die russische Armee hat die Stadt in der Nacht mit Raketen angegriffen und das ist schlimm.", None),
        ("Les forces russes ont attaqué la ville de Kyiv pendant la nuit avec des missiles.", None),
        ("El ejército ruso atacó la ciudad con misiles durante la noche y los civiles huyeron.", None),
        ("러시아군이 미사일 공격을 했다.", None),  # Korean
        ("", None),
        ("   \n\t", None),
        ("12345 67.8 %", None),
        ("❗️🔸🇺🇦", None),
        ("https://example.com/path", None),
        ("「」『』。、", None),
    ],
)
def test_detect_lang(text, expected):
    assert detect_lang(text) == expected


def test_detect_lang_mixed_document_majority():
    ja = "ロシア軍は東部で攻撃を続けている。" * 5
    en = "Kyiv said the attack was repelled."
    assert detect_lang(ja + "\n" + en) == "ja"
    assert detect_lang(en * 10 + "\n" + "ロシア") == "en"


def test_split_by_lang_mixed_paragraphs():
    text = (
        "ロシア軍が攻撃した。\n\n"
        "Kyiv said the attack was repelled by air defences.\n"
        "The mayor said two people were injured.\n\n"
        "露国防省\n"
        "ゼレンスキー氏は「和平」と述べた。\n"
        "Россия отрицает.\n"
    )
    runs = split_by_lang(text)
    assert [lang for _s, _e, lang in runs] == ["ja", "en", "ja", None]
    assert text[runs[0][0] : runs[0][1]] == "ロシア軍が攻撃した。"
    assert text[runs[1][0] : runs[1][1]] == (
        "Kyiv said the attack was repelled by air defences.\nThe mayor said two people were injured."
    )
    # The kanji-only headline follows its Japanese neighbour.
    assert text[runs[2][0] : runs[2][1]] == "露国防省\nゼレンスキー氏は「和平」と述べた。"
    assert text[runs[3][0] : runs[3][1]] == "Россия отрицает."


def test_split_by_lang_letterless_lines_follow_neighbour():
    text = "🔸\nウクライナ軍の損失は約1370人。\n2024\n"
    assert split_by_lang(text) == [(0, len(text) - 1, "ja")]


@pytest.mark.parametrize("text", ["", "\n\n", "   "])
def test_split_by_lang_empty(text):
    assert split_by_lang(text) == []


def _check_runs(text, runs):
    covered = set()
    for s, e, lang in runs:
        assert 0 <= s < e <= len(text)
        assert lang in ("ja", "en", None)
        assert not text[s].isspace() and not text[e - 1].isspace()
        covered.update(range(s, e))
    assert [r[:2] for r in runs] == sorted(r[:2] for r in runs)
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert i in covered


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_detect_lang_and_split_never_raise(text):
    assert detect_lang(text) in ("ja", "en", None)
    _check_runs(text, split_by_lang(text))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ロシア軍が攻撃した。", "Kyiv said so.", "\u202e\x00", "「「", "🇺🇦", "x" * 300, "Россия"]),
        max_size=20,
    ).map("\n".join)
)
def test_split_by_lang_adversarial(text):
    _check_runs(text, split_by_lang(text))


def test_seeds_languages():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not present at {seeds}")
    files = sorted(seeds.glob("*.txt"))
    assert len(files) == 3
    got = {f.name[:3]: detect_lang(f.read_text(encoding="utf-8")) for f in files}
    assert got == {"000": "en", "001": "ja", "002": "ja"}
