"""Japanese statement rules by category (issue #17): one table row per rule, each a sentence written
for the test in the shape of a dev sentence of the Wikinews gold (never a test-half sentence)."""
from __future__ import annotations

import pytest

from conflict_kg.kg.model import Document


def _rows(rec):
    out = []
    for st in rec.statements:
        m = st.speaker
        name = (m.antecedent or m.text) if m is not None else None
        org = (st.speaker_org.antecedent or st.speaker_org.text) if st.speaker_org is not None else None
        out.append((name, st.speaker_role, org, st.quote))
    return sorted(out, key=lambda r: tuple(x or "" for x in r))


CASES = [
    # も marks the topic like は
    ("岸田外相も、交渉は続くとの発言を行っていた。", [("岸田", "外相", None, "交渉は続く")]),
    # 「A」「B」と述べた: two statements, one speaker and verb
    ("山田太郎氏は「暴動は警官が起こした」「自衛しただけだ」と述べた。",
     [("山田太郎", None, None, "暴動は警官が起こした"), ("山田太郎", None, None, "自衛しただけだ")]),
    # a stance noun after a quote or a predicate: 「…」意向を明らかにした, …考えを示した
    ("星野仙一氏は会見で「来年も残留する」意向を明らかにした。", [("星野仙一", None, None, "来年も残留する")]),
    ("馬英九総統は、再発防止策を進める考えを示した。", [("馬英九", "総統", None, "再発防止策を進める")]),
    # the を-object of a reporting verb is the content
    ("ブッシュ大統領は記者会見を開き、国防長官の辞任を発表した。", [("ブッシュ", "大統領", None, "国防長官の辞任")]),
    ("ふたりの証人は自らの中立を主張した。", [(None, "ふたりの証人", None, "自らの中立")]),
    # ... but not an anaphoric object, a relative clause or an act
    ("全日本アマチュア野球連盟もこの決定を確認した。", []),
    ("緊急援助を発表した事務所は東京にある。", []),
    ("気象庁は大雨警報を発表した。", []),
    # a sentence that only cites the source of the sentence before; a closing parenthetical source
    ("旧武生市では柳町の名を残した。朝日新聞が報じた。", [("朝日新聞", None, None, "旧武生市では柳町の名を残した")]),
    ("読売新聞によると、男が逮捕された。女性が警察に通報した(読売)。",
     [("読売新聞", None, None, "女性が警察に通報した"), ("読売新聞", None, None, "男が逮捕された")]),
    # 両紙: the two outlets cited last
    ("朝日新聞によると、首相は辞任した。毎日新聞によると、後任は未定だ。両紙によれば、新首相は来月決まる。",
     [("朝日新聞", None, None, "新首相は来月決まる"), ("朝日新聞", None, None, "首相は辞任した"),
      ("毎日新聞", None, None, "後任は未定だ"), ("毎日新聞", None, None, "新首相は来月決まる")]),
    # a connective before the source is not part of its name
    ("また毎日新聞によると、会長は来日した。", [("毎日新聞", None, None, "会長は来日した")]),
    # a topic no mention covers: "X紙は"
    ("シカゴ・トリビューン紙は、政府が関与を認めたと報じた。", [("シカゴ・トリビューン", None, None, "政府が関与を認めた")]),
    # "この団体は": the body named before speaks
    ("アブドゥッラー・アッザム旅団を名乗る団体から犯行声明が出された。この団体は「ホテルを標的とした」と述べた。",
     [("アブドゥッラー・アッザム旅団", None, None, "ホテルを標的とした")]),
    # a paper's name as the topic even when no mention covers it
    ("湊町新聞は、市長が辞任したと報じた。", [("湊町新聞", None, None, "市長が辞任した")]),
    # a date between commas after と; the subject elided continues the previous speaker
    ("運転は再開したと読売新聞は報じた。このほか運転見合わせ区間はないと、7日午前0時5分、報じた。",
     [("読売新聞", None, None, "運転見合わせ区間はない"), ("読売新聞", None, None, "運転は再開した")]),
    # "Xを「Y」とした" names, it does not quote
    ("旧武生市柳町を「武生柳町」とした。", []),
    # an unnamed subject kept as its description
    ("治安部隊は反政府デモ隊を強制的に排除する方針を示している。", [(None, "治安部隊", None, "反政府デモ隊を強制的に排除する")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_statement_rules(nlp_ja, text, expected):
    from conflict_kg.extract.ja import extract_ja

    rec = extract_ja([(nlp_ja(text), 0)], Document(id="s", text=text, lang="ja"))
    assert _rows(rec) == sorted(expected, key=lambda r: tuple(x or "" for x in r))
