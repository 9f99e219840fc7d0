"""Random and adversarial text through every extractor: records or nothing, never an exception.

Property-based (hypothesis) over the real pipeline path: segmentation, the
spaCy/GiNZA models, the language extractors and the resolver, with the
invariant that every record's offsets lie inside the document and every
mention's offsets point at its own text.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflict_kg.pipeline import _all_mentions, extract_documents
from conflict_kg.kg.model import Document
from conflict_kg.kg.rdf import document_graph
from conflict_kg.kg.resolve import Resolver

pytestmark = pytest.mark.models

_PIECES = [
    "ロシア軍は", "ウクライナの首都キーウに", "「", "」", "『", "』", "と述べた。", "ゼレンスキー大統領は", "30日、",
    "Russian forces", " said", ' "', "“", "”", "``", " on the 30th", " captured Kupiansk.", "Blinken",
    "\n", "\n\n", "\u0000", "\u200b", "\ufeff", "\x1b[31m", "🇺🇦", "🔥", "👍🏽", "ا", "Путин", "。", "、", "!!!", "...",
    "#ロシア(251121)", "https://example.org/x", "\t", "　", "ｶﾀｶﾅ", "①", "\ud7ff", "�",
]

adversarial = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)),
    max_size=30,
).map("".join)


def _check(doc: Document) -> None:
    (records,) = list(extract_documents([doc]))
    n = len(doc.text)
    for m in records.mentions:
        assert 0 <= m.start <= m.end <= n and doc.text[m.start:m.end] == m.text
    for rec in (*records.roles, *records.statements, *records.events, *records.claims):
        assert 0 <= rec.start <= rec.end <= n, rec
    for s in records.statements:
        assert 0 <= s.quote_start <= s.quote_end <= n
    resolutions = Resolver().resolve_mentions(_all_mentions(records), doc.lang)
    document_graph(records, resolutions)


@pytest.mark.parametrize("lang", ["ja", "en"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=adversarial)
def test_extractors_never_raise(lang, text, nlp_ja, nlp_en):
    _check(Document(id="h", text=text, lang=lang, date="2025-11-21"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "。。。。",
        "「「「「",
        "」」」」",
        "『」「』",
        '"' * 50,
        "🇺🇦" * 200,
        "\x00\x01\x02\x03",
        "ロシア" * 3000,  # one long line without punctuation
        "a" * 60000,  # over SudachiPy's byte limit in one token run
        "「" + "攻撃" * 200,  # unbalanced quote to the end
    ],
    ids=lambda t: repr(t[:12]),
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_naughty_strings(lang, text, nlp_ja, nlp_en):
    _check(Document(id="n", text=text, lang=lang, date="2025-11-21"))


def test_long_japanese_document_is_split_not_dropped(nlp_ja):
    # One paragraph, no line breaks, over SudachiPy's 49,149-byte input limit.
    text = "".join(f"{i % 28 + 1}日、ロシア軍は{i}か所の陣地に対してミサイル攻撃を行った。" for i in range(700))
    assert len(text.encode("utf-8")) > 49149
    doc = Document(id="long", text=text, lang="ja", date="2025-12-31")
    (records,) = list(extract_documents([doc]))
    attacks = [e for e in records.events if e.type == "Attack"]
    assert len(attacks) > 600
    assert max(e.start for e in attacks) > len(text) - 200  # the end of the document was parsed too


def test_duplicate_paragraphs_count_once(nlp_ja):
    line = "ロシア軍は30日、キーウに対してミサイル攻撃を行ったとクリチコ市長が明らかにした。"
    doc = Document(id="dup", text="\n".join([line] * 50), lang="ja", date="2025-12-31")
    (records,) = list(extract_documents([doc]))
    assert len([e for e in records.events if e.type == "Attack"]) == 1


def test_mixed_language_document_is_handled_per_paragraph(nlp_ja, nlp_en):
    from conflict_kg.extraction import _language_chunks

    text = (
        "ロシア軍は30日、キーウを攻撃した。\n\n"
        "Russian forces attacked Kyiv on the 30th, Mayor Vitali Klitschko said.\n\n"
        "ゼレンスキー大統領は「ウクライナは屈しない」と述べた。\n"
    )
    doc = Document(id="mix", text=text, lang="ja", date="2025-11-30")
    assert [lang for lang, _s, _e in _language_chunks(doc)] == ["ja", "en", "ja"]
    (records,) = list(extract_documents([doc]))
    speakers = {(s.speaker.text if s.speaker else None, s.quote) for s in records.statements}
    assert ("ゼレンスキー", "ウクライナは屈しない") in speakers
    assert any(who == "Vitali Klitschko" for who, _q in speakers)
    assert {e.trigger for e in records.events} >= {"攻撃", "attacked"}
    for m in records.mentions:
        assert text[m.start:m.end] == m.text
