"""The text conveniences of both languages: ``extract_en_text`` / ``extract_ja_text`` and
``context_en_text`` / ``context_ja_text``. Same signature, same record contract: a
:class:`DocRecords` of a ``Document(doc_id, text, lang, date)`` with offsets into ``text``,
blank-line separated paragraphs as chunks."""
from __future__ import annotations

import pytest

import conflict_kg.extract.ja as ja
from conflict_kg.extract.en import context_en_text, extract_en, extract_en_text
from conflict_kg.extract.ja import context_ja_text, extract_ja, extract_ja_text
from conflict_kg.extract.segment import paragraph_spans
from conflict_kg.kg.model import DocRecords, Document
from tests.test_extract_ja import check_offsets as check_offsets_ja

TEXT = {
    "en": "Kyiv, November 21.\n\nRussian forces shelled Kharkiv on 20 November.\n"
          "Ukrainian President Volodymyr Zelensky met Keir Starmer in London on Monday.",
    "ja": "キーウ発（21日）\n\nロシア軍は20日、ハルキウを砲撃した。\n警察は28日、キーウで男を逮捕した。",
}
FUNCS = {"en": extract_en_text, "ja": extract_ja_text}
CONTEXTS = {"en": context_en_text, "ja": context_ja_text}


@pytest.fixture
def nlp(request, nlp_en, nlp_ja):
    return {"en": nlp_en, "ja": nlp_ja}[request.param]


def _check_offsets(rec: DocRecords) -> None:
    text = rec.doc.text
    for m in rec.mentions:
        assert text[m.start:m.end] == m.text
    for r in rec.roles:
        assert text[r.person.start:r.person.end] == r.person.text
    for s in rec.statements:
        assert text[s.quote_start:s.quote_end] == s.quote
    for e in rec.events:
        assert text[e.start:e.end] == e.trigger
        for m in e.agents + e.targets + e.locations + e.participants:
            assert text[m.start:m.end] == m.text
    for c in rec.claims:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("lang, nlp", [("en", "en"), ("ja", "ja")], indirect=["nlp"])
def test_same_contract(lang, nlp):
    rec = FUNCS[lang](TEXT[lang], date="2025-11-30", doc_id="d1", nlp=nlp)
    assert rec.doc == Document(id="d1", text=TEXT[lang], lang=lang, date="2025-11-30")
    _check_offsets(rec)
    # the second paragraph is a chunk of its own: its records carry document offsets
    assert [e.type for e in rec.events] == ["Attack", {"en": "Meeting", "ja": "Arrest"}[lang]]
    assert all(e.start > TEXT[lang].index("\n\n") for e in rec.events)
    ctx = CONTEXTS[lang](TEXT[lang], "2025-11-30", "d1", nlp)
    assert [m.text for m in ctx.mentions if m.type != "Weapon"] == [m.text for m in rec.mentions if m.type != "Weapon"]
    assert ctx.roles == rec.roles


@pytest.mark.parametrize("lang, nlp", [("en", "en"), ("ja", "ja")], indirect=["nlp"])
def test_same_records_as_the_extractor_over_paragraphs(lang, nlp):
    text = TEXT[lang]
    spans = paragraph_spans(text)
    chunks = [(nlp(text[s:e]), s) for s, e in spans]
    doc = Document(id="doc", text=text, lang=lang, date="2025-11-30")
    direct = (extract_en if lang == "en" else extract_ja)(chunks, doc)
    assert FUNCS[lang](text, date="2025-11-30", nlp=nlp) == direct


@pytest.mark.parametrize("text, date, expected", [
    ("警察は28日、キーウで男を逮捕した。", "2025-11-30", [("Arrest", "逮捕", ["キーウ"], "2025-11-28")]),
    ("ロシア軍は20日、ハルキウを砲撃した。", "2025-11-21", [("Attack", "砲撃", ["ハルキウ"], "2025-11-20")]),
    ("ロシア軍は20日、ハルキウを砲撃した。", None, [("Attack", "砲撃", ["ハルキウ"], None)]),
])
def test_extract_ja_text_events(nlp_ja, text, date, expected):
    rec = extract_ja_text(text, date=date, nlp=nlp_ja)
    assert [(e.type, e.trigger, [m.text for m in e.locations], e.date) for e in rec.events] == expected
    check_offsets_ja(rec)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "   \n\n", "。。。、、、", "🔥🙏🇺🇦", "\x00\x01\x1f\x7f"])
def test_extract_ja_text_naughty(nlp_ja, text):
    rec = extract_ja_text(text, nlp=nlp_ja)
    assert rec.doc.text == text
    assert (rec.mentions, rec.roles, rec.statements, rec.events, rec.claims) == ([], [], [], [], [])


def test_extract_ja_text_splits_paragraphs_longer_than_sudachi_takes(nlp_ja, monkeypatch):
    # The real limit is 49,149 bytes (extract/segment.py); a small one shows the split without a
    # 50 kB parse. Nothing is lost: the sentence after the cut still gives its event.
    monkeypatch.setattr(ja, "SUDACHI_MAX_BYTES", 60)
    text = "ロシア軍は20日、ハルキウを砲撃した。警察は28日、キーウで男を逮捕した。"
    assert len(paragraph_spans(text, max_bytes=60)) == 2
    rec = extract_ja_text(text, date="2025-11-30", nlp=nlp_ja)
    check_offsets_ja(rec)
    assert [e.type for e in rec.events] == ["Attack", "Arrest"]


def _readme_doctests() -> list[str]:
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    return [b for b in re.findall(r"^```python\n(.*?)^```", text, re.S | re.M) if b.startswith(">>> ")]


@pytest.mark.parametrize("block", _readme_doctests())
def test_readme_examples_run(block):
    # README examples written as ``>>>`` sessions (the text entry points) give what they show.
    import doctest

    test = doctest.DocTestParser().get_doctest(block, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_readme_has_a_text_entry_point_example():
    assert any("extract_ja_text" in b for b in _readme_doctests())
