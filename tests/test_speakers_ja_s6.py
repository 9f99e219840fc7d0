"""Japanese speakers of the sixth session (issue #17): the person memory of a document (the role and
organisation a person was introduced with, for the later statements that name them briefly) and the larger
body of an organisation speaker. One row per wording of a class; every sentence is written for the test
(in the shape of a dev sentence of the Wikinews gold, batch s6-jspk or earlier dev; never a test sentence)."""
from __future__ import annotations

import pytest

from tests.test_statements_ja_rules import test_ja_statement_rules as check_rows

#: The organisation written in the phrase that introduces a person, read when the role rules attach none:
#: Xの before the name, a gloss in parentheses skipped, a 同-word resolved, an organisation's name as a word,
#: a name in 『』, a name glued before a title written before the person.
INTRODUCED = [
    ("青山学院大学の新倉修大学院教授は同新聞社のインタビューに答え「捜査に問題がある」と話した。",
     [("新倉修", "大学院教授", "青山学院大学", "捜査に問題がある")]),
    ("台湾国際放送によると、台湾外交部(外務省)の呂慶龍スポークスマンは、圧力によるものだとして遺憾の意を表明した。"
     "呂氏は「強く抗議する」と述べた。",
     [("呂慶龍", "スポークスマン", "台湾外交部", "圧力によるものだ"), ("呂慶龍", "スポークスマン", "台湾外交部", "強く抗議する"),
      ("台湾国際放送", None, None, "台湾外交部(外務省)の呂慶龍スポークスマンは、圧力によるものだとして遺憾の意を表明した")]),
    # 同社 is the company named before, never the paper that reports it
    ("ビル管理会社の『近鉄ビルサービス』で着服が発覚した。読売新聞によると、同社の平野雅大・執行役員は、"
     "「再発防止に努める」とコメントした。",
     [("平野雅大", "執行役員", "近鉄ビルサービス", "再発防止に努める"),
      ("読売新聞", None, None, "同社の平野雅大・執行役員は、「再発防止に努める」とコメントした")]),
    ("立候補したのは京都精華大学教授の嘉田由紀子氏だった。嘉田氏は「県政を変える」と語った。",
     [("嘉田由紀子", "教授", "京都精華大学", "県政を変える")]),
    ("大阪府警は、雑貨卸売会社・『ライスフィールド』(大阪市東淀川区)社長・田中博之容疑者を逮捕した。"
     "田中容疑者は「商品の大半は偽物」と認めている。",
     [("田中博之", "社長", "ライスフィールド", "商品の大半は偽物")]),
    # GiNZA types some companies as persons: a name glued before a title written before the person is the office's
    ("トヨタ自動車社長の豊田章男氏は会見した。豊田氏は「品質を最優先する」と語った。",
     [("豊田章男", "社長", "トヨタ自動車", "品質を最優先する")]),
    # an office introduced by a 務める clause, the organisation written with で
    ("トヨタ自動車で社長を務める豊田章男氏は会見した。豊田氏は「品質を最優先する」と語った。",
     [("豊田章男", "社長", "トヨタ自動車", "品質を最優先する")]),
]

#: Later mentions take the card of the introduction nearest before them: surname with 氏 or the title, the
#: title alone, 同大統領; the time prefix of the title as written (元幹事長) stays on the statement.
LATER = [
    ("ロシアのウラジーミル・プーチン大統領は21日、モスクワで演説した。プーチン大統領は「領土は譲らない」と述べた。",
     [("ウラジーミル・プーチン", "大統領", "ロシア", "領土は譲らない")]),
    ("国連のグテーレス事務総長は20日、声明を出した。グテーレス氏は「即時停戦を求める」と述べた。",
     [("グテーレス", "事務総長", "国連", "即時停戦を求める")]),
    ("アメリカのジョー・バイデン大統領は会見した。同大統領は「同盟国を守る」と強調した。",
     [("ジョー・バイデン", "大統領", "アメリカ", "同盟国を守る")]),
    ("自民党の加藤紘一元幹事長の実家が全焼した。加藤氏は「不幸中の幸いだった」としている。",
     [("加藤紘一", "元幹事長", "自民党", "不幸中の幸いだった")]),
    ("北海道夕張市の後藤健二市長は20日、申請すると述べた。後藤市長は「資金調達は難しい」と語っていた。",
     [("後藤健二", "市長", "北海道夕張市", "資金調達は難しい"), ("後藤健二", "市長", "北海道夕張市", "申請する")]),
]

#: A person's name, organisation and title the parser ran into one source ("…によると"): the person speaks with
#: that title and organisation.
GLUED = [
    ("ケリー・ニューヨーク市警察本部長によると、年間でおよそ8000丁の銃を押収しているという。",
     [("ケリー", "本部長", "ニューヨーク市警察", "年間でおよそ8000丁の銃を押収しているという")]),
]

#: An organisation speaker that is a unit of a larger body: the body glued in front of its name when the
#: document names it on its own, or written before it with の; a team, not a name glued to 球団.
BODIES = [
    ("国連は会合を開いた。国連人道問題調整事務所によると、被害は拡大している。",
     [("国連人道問題調整事務所", None, "国連", "被害は拡大している")]),
    ("イギリスは20日、部隊を派遣した。イギリス国防省は「作戦は順調だ」と発表した。",
     [("イギリス国防省", None, "イギリス", "作戦は順調だ")]),
    ("ロシアの国防省は「攻撃を撃退した」と発表した。", [("国防省", None, "ロシア", "攻撃を撃退した")]),
    # a whole body is nobody's unit: the government is the state, a paper no ministry
    ("イギリスは声明を出した。イギリス政府は「懸念している」と述べた。", [("イギリス政府", None, None, "懸念している")]),
    ("阪神タイガースの手塚昌利球団オーナーが会見した。球団広報部は「説明責任がある」と発表した。",
     [("球団広報部", None, "阪神タイガース", "説明責任がある")]),
]

#: Recall: a stance noun after a plain-form predicate ending in す as well, the complementiser 旨 (with or without
#: を), 意思 as a stance noun (guideline rule 3: "…との考えを示した", "…意向を示した").
FRAMES = [
    ("総務省の林省吾事務次官は19日、市を支援する旨明らかにした。", [("林省吾", "事務次官", "総務省", "市を支援する")]),
    ("山田社長は、工場を閉鎖する旨を伝えた。", [("山田", "社長", None, "工場を閉鎖する")]),
    ("山田市長は、来年度に予算を増やす考えを明らかにした。", [("山田", "市長", None, "来年度に予算を増やす")]),
    ("公明党の北側一雄幹事長は、除名処分を下す方針を示した。", [("北側一雄", "幹事長", "公明党", "除名処分を下す")]),
    ("民主党の鈴木一郎議員は、党を離れる意思を示した。", [("鈴木一郎", "議員", "民主党", "党を離れる")]),
]

#: Recall: the sources of one によると written as a list with footnote marks, a day before a name, a gloss after
#: it ("日本経済新聞(日経)"; "47 NEWS(共同通信)": the outlet in parentheses when the name before is no plain name).
SOURCE_LISTS = [
    ("15日のNHK[1]と日本経済新聞(日経)[2]によると、米航空2社が破産法の適用を申請した。",
     [("NHK", None, None, "米航空2社が破産法の適用を申請した"), ("日本経済新聞", None, None, "米航空2社が破産法の適用を申請した")]),
    ("神奈川新聞・読売新聞・47 NEWS(共同通信)によると、横浜市長選挙は8月30日に投開票された。",
     [("共同通信", None, None, "横浜市長選挙は8月30日に投開票された"), ("神奈川新聞", None, None, "横浜市長選挙は8月30日に投開票された"),
      ("読売新聞", None, None, "横浜市長選挙は8月30日に投開票された")]),
]

CASES = INTRODUCED + LATER + GLUED + BODIES + FRAMES + SOURCE_LISTS


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_speaker_s6(nlp_ja, text, expected):
    check_rows(nlp_ja, text, expected)  # (speaker, role, org, content) rows of the whole extractor, sorted


def test_memory_keeps_the_role_of_the_time(nlp_ja):
    """A person who changes role in the article speaks with the nearest earlier one."""
    from conflict_kg.extract.ja import extract_ja
    from conflict_kg.kg.model import Document

    text = ("東洋商事の山田一郎社長は1日、「退任する」と述べた。山田氏は翌月、西洋物産の会長に就任した。"
            "西洋物産の山田一郎会長は「新しい挑戦だ」と述べた。山田氏は「全力を尽くす」と語った。")
    rec = extract_ja([(nlp_ja(text), 0)], Document(id="s", text=text, lang="ja"))
    got = {s.quote: (s.speaker_role, s.speaker_org.text if s.speaker_org else None) for s in rec.statements}
    assert got == {"退任する": ("社長", "東洋商事"), "新しい挑戦だ": ("会長", "西洋物産"), "全力を尽くす": ("会長", "西洋物産")}
