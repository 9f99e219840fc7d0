"""Hedges on events and claims are recorded, not dropped."""
from __future__ import annotations

import pytest

from conflict_kg.extract.modality import find_modality


@pytest.mark.parametrize(
    ("clause", "lang", "expected"),
    [
        ("ロシア軍が攻撃したとみられる。", "ja", ("assessed", "とみられる")),
        ("ダムが破壊された可能性がある。", "ja", ("possible", "可能性がある")),
        ("来週、両首脳が会談する予定だ。", "ja", ("planned", "予定だ")),
        ("部隊が撤退したもようだ。", "ja", ("assessed", "もようだ")),
        ("ロシア軍は攻撃を行った。", "ja", None),
        ("Russia reportedly fired 20 missiles.", "en", ("reported", "reportedly")),
        ("Forces are believed to have captured the town.", "en", ("assessed", "are believed to")),
        ("The two leaders plan to meet. He plans to visit Kyiv.", "en", ("planned", "plans to")),
        ("The strike may have killed ten people.", "en", ("possible", "may have")),
        ("Russia launched 20 missiles.", "en", None),
        ("", "ja", None),
        ("reportedly", "fr", None),
    ],
)
def test_find_modality(clause, lang, expected):
    assert find_modality(clause, lang) == expected


@pytest.mark.models
def test_pipeline_records_modality_in_the_graph(nlp_ja, nlp_en):
    from conflict_kg.pipeline import extract_document
    from conflict_kg.kg.model import Document
    from conflict_kg.kg.namespace import CKG
    from conflict_kg.kg.rdf import document_graph

    doc = Document(id="m", text="ロシア軍は30日、キーウに対してミサイル攻撃を行ったとみられる。", lang="ja", date="2025-11-30")
    records = extract_document(doc)
    assert [(e.type, e.modality) for e in records.events] == [("Attack", "assessed")]
    g = document_graph(records, {})
    assert {str(o) for o in g.objects(None, CKG.modality)} == {"assessed"}
