"""Tests for conflict_kg.extract.segment: content chunks with true offsets under SudachiPy's byte limit."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_kg.extract.segment import SUDACHI_MAX_BYTES, content_chunks, skipped_paragraphs

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _nb(s: str) -> int:
    return len(s.encode("utf-8", "surrogatepass"))


def check_invariants(text: str, max_bytes: int = SUDACHI_MAX_BYTES, merge_chars: int = 5000) -> list[str]:
    """Assert the documented invariants; return the chunk texts."""
    chunks = content_chunks(text, max_bytes=max_bytes, merge_chars=merge_chars)
    skipped = skipped_paragraphs(text)
    prev_end = 0
    covered: set[int] = set()
    for s, e in chunks:
        assert prev_end <= s < e <= len(text)  # in order, non-overlapping, non-empty
        assert _nb(text[s:e]) <= max_bytes
        covered.update(range(s, e))
        prev_end = e
    skipped_pos: set[int] = set()
    for s, e, reason in skipped:
        assert reason in ("url", "hashtag", "duplicate")
        span = set(range(s, e))
        assert not span & covered, f"skipped {reason} line inside a chunk: {text[s:e]!r}"
        skipped_pos |= span
    # Coverage: every non-whitespace character is either in a chunk or in a skipped line.
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert i in covered or i in skipped_pos, f"dropped character {ch!r} at {i}"
    return [text[s:e] for s, e in chunks]


def test_sudachi_limit_constant():
    # Measured with SudachiPy 0.6.11: 49149 bytes tokenize, 49150 raise "Input is too long".
    assert SUDACHI_MAX_BYTES == 49149


def test_sudachi_accepts_a_full_chunk_and_rejects_one_more_byte():
    sudachipy = pytest.importorskip("sudachipy")
    tok = sudachipy.Dictionary(dict="core").create()
    text = "ロシア軍が攻撃した。" * 3000  # 90,000 bytes: must be split
    chunks = check_invariants(text)
    assert len(chunks) == 2
    assert max(_nb(c) for c in chunks) <= SUDACHI_MAX_BYTES
    for c in chunks:
        assert tok.tokenize(c)
        assert c.endswith("。")  # cut at a sentence end
    with pytest.raises(Exception, match="too long"):
        tok.tokenize("a" * (SUDACHI_MAX_BYTES + 1))


@pytest.mark.parametrize(
    ("text", "expected_chunks", "expected_skipped"),
    [
        (
            "https://d1021.hatenadiary.com\nhttp://d1021.hatenablog.com\n\n本文一。\n\n本文二。\n\n#NATOexpansion\n\n"
            "d1021.hatenadiary.jp\n\n#反ロシア#対中露戦\n",
            ["本文一。\n\n本文二。"],
            ["url", "url", "hashtag", "url", "hashtag"],
        ),
        ("A.\n\nB.\n\nA.\n\nC.", ["A.\n\nB.", "C."], ["duplicate"]),
        ("同じ  段落。\n同じ 段落。\n別。", ["同じ  段落。", "別。"], ["duplicate"]),  # whitespace-normalised
        ("# Heading\n\nBody.", ["# Heading\n\nBody."], []),  # markdown heading is content
        ("#ロシア(251121)", [], ["hashtag"]),
        ("U.S. forces\nwww.example.com/a b.example.org", ["U.S. forces"], ["url"]),
        ("", [], []),
        ("\n \n\t\n", [], []),
        ("  本文。  ", ["本文。"], []),
    ],
)
def test_content_chunks_table(text, expected_chunks, expected_skipped):
    assert check_invariants(text) == expected_chunks
    assert [r for _s, _e, r in skipped_paragraphs(text)] == expected_skipped


def test_merge_limit_splits_at_paragraphs():
    paras = ["段落%d。" % i + "あ" * 95 for i in range(30)]  # ~100 chars each
    text = "\n\n".join(paras)
    chunks = check_invariants(text, merge_chars=1000)
    assert len(chunks) > 1
    assert all(len(c) <= 1000 for c in chunks)
    assert "\n\n".join(chunks) == text  # nothing skipped: chunks tile the text


def test_long_paragraph_split_order():
    sent = "ロシア軍は東部で攻撃を続けた、と述べた。"
    text = sent * 50
    chunks = check_invariants(text, max_bytes=300)
    assert "".join(chunks) == text
    assert all(c.endswith("。") for c in chunks)
    # no sentence end: cut at 、
    text2 = "ロシア軍は東部で攻撃を続け、" * 50
    chunks2 = check_invariants(text2, max_bytes=300)
    assert "".join(chunks2) == text2 and all(c.endswith("、") for c in chunks2[:-1])
    # no punctuation at all: hard cut, still exact and under the limit
    text3 = "あ" * 1000
    chunks3 = check_invariants(text3, max_bytes=301)
    assert "".join(chunks3) == text3 and all(_nb(c) <= 301 for c in chunks3)


def test_max_bytes_too_small():
    with pytest.raises(ValueError):
        content_chunks("abc", max_bytes=3)


def _seed(name_prefix: str) -> str:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not present at {seeds}")
    files = sorted(seeds.glob(f"{name_prefix}_*.txt"))
    assert len(files) == 1
    return files[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_seed_url_and_hashtag_lines_skipped(prefix):
    text = _seed(prefix)
    chunks = check_invariants(text)
    assert text.startswith("https://d1021.hatenadiary.com\nhttp://d1021.hatenablog.com")
    assert not any("hatena" in c for c in chunks)
    assert not any(re.search(r"^#\S", c, re.M) for c in chunks)
    reasons = [r for _s, _e, r in skipped_paragraphs(text)]
    assert reasons[:2] == ["url", "url"]
    assert "hashtag" in reasons


def test_seed_000_single_chunk():
    text = _seed("000")
    chunks = check_invariants(text)
    assert chunks == [text.strip()]


def test_seed_with_duplicate_paragraph_counted_once():
    text = _seed("002")
    paras = [p for p in text.split("\n\n") if "ゼレンスキー" in p]
    assert len(paras) >= 1
    doubled = text + "\n\n" + paras[0] + "\n"
    chunks = check_invariants(doubled)
    assert sum(c.count(paras[0].strip()) for c in chunks) == 1
    assert skipped_paragraphs(doubled)[-1][2] == "duplicate"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600), st.integers(min_value=4, max_value=200), st.integers(min_value=1, max_value=300))
def test_content_chunks_properties(text, max_bytes, merge_chars):
    check_invariants(text, max_bytes=max_bytes, merge_chars=merge_chars)


_PIECES = ["ロシア軍が攻撃。", "Kyiv said.", "\n", "\n\n", "https://x.example.com", "#タグ", "#tag(251121)",
           "「", "」", "、", "🇺🇦", "\x00", "\u3000", " ", "x" * 50, "。" * 5, "\r\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.integers(min_value=4, max_value=120))
def test_content_chunks_adversarial(text, max_bytes):
    check_invariants(text, max_bytes=max_bytes)
