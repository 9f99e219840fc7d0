"""Japanese speakers (sentences written for the tests or shaped on dev sentences)."""
from __future__ import annotations

import pytest

from conflict_kg.kg.model import Document


def _spk(st):
    m = st.speaker
    name = (m.antecedent or m.text) if m is not None else None
    org = (st.speaker_org.antecedent or st.speaker_org.text) if st.speaker_org is not None else None
    return name, st.speaker_role, org


CASES = [
    ("ジョン・ハワード豪首相は「テロには屈しない」と述べた。", [("ジョン・ハワード", "首相", "豪")]),
    ("菅義偉総務大臣は記者会見を開いた。この中で「地方の財政を立て直す」と述べました。", [("菅義偉", "総務大臣", None)]),
    ("フジテレビ側が「放送は予定通り行う」と説明、共同通信側は「配信を見合わせる」という。",
     [("フジテレビ", None, None), ("共同通信", None, None)]),
    ("WHOのチャン事務局長は「大流行の恐れがある」と警告した。", [("チャン", "事務局長", "WHO")]),
    ("CDUのメルケル党首は「連立交渉を進める」と語った。", [("メルケル", "党首", "CDU")]),
    ("政府関係者は「交渉は難航している」と明らかにした。", [(None, "政府関係者", None)]),
    ("気象庁によると、台風14号は6日に九州に上陸する見込みだ。", [("気象庁", None, None)]),
    ("読売新聞、朝日新聞によると、社長は辞任する意向だ。", [("読売新聞", None, None), ("朝日新聞", None, None)]),
    ("岩国市の井原勝介市長は住民投票を発表した。同市長は「市民の意見を確かめる」と述べた。",
     [("井原勝介", "市長", "岩国市")]),
    ("エジプト・ハビブ・アル=アドリ内相は「醜いテロ行為だ」と語った。", [("ハビブ・アル=アドリ", "内相", "エジプト")]),
    ("九州新幹線が運転を再開したと読売新聞が報じた。", [("読売新聞", None, None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_speakers(nlp_ja, text, expected):
    from conflict_kg.extract.ja import extract_ja

    rec = extract_ja([(nlp_ja(text), 0)], Document(id="s", text=text, lang="ja"))
    assert sorted(_spk(s) for s in rec.statements) == sorted(expected)
