"""Japanese mention clean-up: dates glued to names, 〜内, 同X within the document, noise (sentences written here)."""
from __future__ import annotations

import pytest

from conflict_kg.kg.model import Document

CASES = [
    # (text, mention text that must be present, texts that must not be mentions)
    ("30日ウクライナ軍は反撃を続けた。", "ウクライナ軍", ["30日ウクライナ軍"]),
    ("国連安全保障理事会の会合で、安保理内の対立が深まった。", None, ["安保理内"]),
    ("彼は会見で沈黙を守った。", None, ["彼"]),
    ("攻撃は午前3時(UTC)に始まった。", None, ["UTC"]),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_mention_cleanup(nlp_ja, text, present, absent):
    from conflict_kg.extract.ja import extract_ja

    rec = extract_ja([(nlp_ja(text), 0)], Document(id="n", text=text, lang="ja"))
    texts = [m.text for m in rec.mentions]
    if present:
        assert present in texts
    assert not set(absent) & set(texts)
    for m in rec.mentions:
        assert text[m.start:m.end] == m.text


def test_dou_resolves_within_document(nlp_ja):
    from conflict_kg.extract.ja import extract_ja

    text = "テキサス州で洪水が起きた。同州の知事は「被害は甚大だ」と述べた。"
    rec = extract_ja([(nlp_ja(text), 0)], Document(id="n", text=text, lang="ja"))
    assert [(m.text, m.antecedent) for m in rec.mentions if m.text.startswith("同")] == [("同州", "テキサス州")]
    assert [(s.speaker_role, s.speaker_org.antecedent) for s in rec.statements] == [("知事", "テキサス州")]
