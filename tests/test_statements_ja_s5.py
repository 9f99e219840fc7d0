"""Japanese speaker mechanisms of the fifth session (issue #17): the speaker's full description
(organisation + unit + title + name), unnamed sources kept as descriptions, documents that speak for their
author, and the press carried over. One row per wording of a class; every sentence is written for the test
(in the shape of a dev sentence of the Wikinews gold, batch s5-sspk or earlier dev; never a test sentence)."""
from __future__ import annotations

import pytest

from tests.test_statements_ja_rules import test_ja_statement_rules as check_rows

#: A unit of a body speaks with the body the document names as its organisation.
UNITS = [
    ("神奈川県警は1日、男を逮捕した。県警薬物銃器対策課によると、男は現場にいたという。",
     [("県警薬物銃器対策課", None, "神奈川県警", "男は現場にいたという")]),
    ("大阪府警は男を逮捕した。府警捜査一課によると、男は現場にいたという。",
     [("府警捜査一課", None, "大阪府警", "男は現場にいたという")]),
    # a unit with no body in its name: the police body named before
    ("警視庁は男を逮捕した。捜査一課によると、男は黙秘しているという。",
     [("捜査一課", None, "警視庁", "男は黙秘しているという")]),
    ("阪神タイガースは会見を開いた。球団広報部は「説明責任がある」と発表した。",
     [("球団広報部", None, "阪神タイガース", "説明責任がある")]),
    # a public-relations unit speaks for the organisation named before it (a description or a mention)
    ("トヨタ自動車は新型車を発表した。同社広報部は「安全性を確認した」としている。",
     [("トヨタ自動車", None, None, "新型車"), (None, "同社広報部", "トヨタ自動車", "安全性を確認した")]),
    ("トヨタ自動車は新型車を発表した。広報部によると、発売は来月になるという。",
     [("トヨタ自動車", None, None, "新型車"), ("広報部", None, "トヨタ自動車", "発売は来月になるという")]),
]

#: A titled person with no organisation attached: the body of the title's kind, or the same person's
#: organisation elsewhere in the document.
TITLED = [
    ("大阪高裁であった控訴審で、森田一郎裁判長は「刑は重すぎる」と述べた。",
     [("森田一郎", "裁判長", "大阪高裁", "刑は重すぎる")]),
    ("議会では山田太郎議長が「独立国家である」と宣言文を読み上げた。", [("山田太郎", "議長", "議会", "独立国家である")]),
    ("民主党の鳩山由紀夫幹事長は会見した。鳩山幹事長は「政権交代が必要だ」と述べた。",
     [("鳩山由紀夫", "幹事長", "民主党", "政権交代が必要だ")]),
    # a name the parser ran into the organisation or the title's qualifier: trimmed, and the title is the person's
    ("平和団のジョン・スミス・平和団グランドマスターは「暴力は許されない」と述べた。",
     [("ジョン・スミス", "グランドマスター", "平和団", "暴力は許されない")]),
    ("東西大学の田中修大学院教授は取材に答え「捜査に問題がある」と話した。",
     [("田中修", "大学院教授", "東西大学", "捜査に問題がある")]),  # sixth session: the org written before (person memory)
    # an organisation's name between the name and the title, with no mention of its own; a title that opens
    # with the assembly's name
    ("北の湖日本相撲協会理事長は会見で「重大さを認識しなければいけない」と述べた。",
     [("北の湖", "理事長", "日本相撲協会", "重大さを認識しなければいけない")]),
    ("山本清・市議会議長は「慎んでほしい」と述べた。", [("山本清", "議長", "市議会", "慎んでほしい")]),
]

#: Names: a gloss in parentheses is the same person under the name written first; an abbreviation of an
#: organisation the document writes in full is that organisation.
NAMES = [
    ("奈良市の仲川元庸(仲川げん)市長が注意を受けた。仲川市長は、「喉を潤すためだった」と釈明した。",
     [("仲川元庸", "市長", "奈良市", "喉を潤すためだった")]),
    ("日本テレビの社員が逮捕された。日テレは「真に遺憾である」と話している。",
     [("日本テレビ", None, None, "真に遺憾である")]),
    ("テレビ朝日の番組で紹介された。テレ朝によると、視聴率は20%だった。", [("テレビ朝日", None, None, "視聴率は20%だった")]),
]

#: Unnamed sources stay descriptions, counted groups included; a lone topic the parser hung on a relative
#: clause still speaks; a time word is not part of the description.
UNNAMED = [
    ("地権者ら13人は知事に「建設中止を見直すように」と求めた。", [(None, "地権者ら13人", None, "建設中止を見直すように")]),
    ("住民約20人は「工事をやめてほしい」と訴えた。", [(None, "住民約20人", None, "工事をやめてほしい")]),
    ("朝鮮日報によると、この日ミャンマー軍警察はデモ会場に集まった群衆に対し「デモを解散しないと強い対応に出る」と警告。",
     [("朝鮮日報", None, None, "この日ミャンマー軍警察はデモ会場に集まった群衆に対し「デモを解散しないと強い対応に出る」と警告"),
      (None, "ミャンマー軍警察", None, "デモを解散しないと強い対応に出る")]),
    # (GiNZA hangs 一人 as obl: the lone は-topic reads it; a known miss of tests/test_statements_ja_rules.py until s5)
    ("住民の一人は「怖くて眠れなかった」と語った。", [(None, "住民の一人", None, "怖くて眠れなかった")]),
    # a year is no counted group: no description
    ("2009年は「変化の年だ」と述べた。", [(None, None, None, "変化の年だ")]),
]

#: Documents speak for their author: a ruling for the court, a written statement for whoever issued it.
DOCUMENTS = [
    ("知財高裁は7日に中間判決を言い渡した。判決は「特許の範囲内である」と指摘した。",
     [("知財高裁", None, None, "特許の範囲内である")]),
    ("知財高裁は7日に中間判決を言い渡した。同高裁は審理を続ける。判決は「特許の範囲内である」と指摘した。",
     [("知財高裁", None, None, "特許の範囲内である")]),
    # the court is the one the document names first (the ruling court), not a lower court named later
    ("知財高裁は7日、中間判決を言い渡した。一審の東京地裁は請求を退けていた。判決は「特許の範囲内である」と指摘した。",
     [("知財高裁", None, None, "特許の範囲内である")]),
    ("住民団体は市に「見直すように」と要望書を提出した。要望書は「住民は見捨てられた」としている。",
     [(None, "住民団体", None, "見直すように"), (None, "住民団体", None, "住民は見捨てられた")]),
]

#: 同-words the parser took for names: the last organisation with that head.
SAME = [
    ("国家公安委員会は1日、会合を開いた。同委員会によると、制度を見直すという。",
     [("国家公安委員会", None, None, "制度を見直すという")]),
    ("知財高裁は中間判決を言い渡した。同高裁は「審理を続ける」と述べた。", [("知財高裁", None, None, "審理を続ける")]),
    ("トヨタ自動車は新型車を発表した。同社によると、発売は来月だという。",
     [("トヨタ自動車", None, None, "新型車"), ("トヨタ自動車", None, None, "発売は来月だという")]),
    # the anaphora the sentence rules already read stay as they were
    ("外務省は1日、声明を出した。同省は「遺憾である」としている。", [("外務省", None, None, "遺憾である")]),
    ("民主党の小沢一郎代表は会見した。同氏は「政権を取る」と述べた。", [("小沢一郎", "代表", "民主党", "政権を取る")]),
    ("岩手県警は男を逮捕した。同県警によると、男は容疑を認めているという。",
     [("岩手県警", None, None, "男は容疑を認めているという")]),
]

#: An abstract topic (a period, a possibility) is no speaker: the previous speaker goes on.
ABSTRACT = [
    ("阪急ホールディングスは株式の公開買い付けを始めると発表した。TOBの期間は21日間で6月19日までに終わらせるとしている。",
     [("阪急ホールディングス", None, None, "株式の公開買い付けを始める"),
      ("阪急ホールディングス", None, None, "TOBの期間は21日間で6月19日までに終わらせる")]),
    ("星野氏は会見で「残留する」と述べた。また来季に監督をする可能性も「それはない」と否定した。",
     [("星野", None, None, "残留する"), ("星野", None, None, "それはない")]),
]

#: A cleft after the verb of saying: its focus speaks (the head of the focus phrase).
CLEFT = [
    ("「テロとの戦いは続く」と述べたのはブッシュ大統領だ。", [("ブッシュ", "大統領", None, "テロとの戦いは続く")]),
    ("「テロとの戦いは続く」と語ったのは、国防総省の報道官だった。", [(None, "報道官", "国防総省", "テロとの戦いは続く")]),
]

#: A press verb with no subject after a sentence attributed to an outlet: the outlet goes on reporting.
CARRY = [
    ("朝鮮日報によると、軍はデモ隊に発砲した。しかしそれでも解散しなかったため、鎮圧行動を行ったと報じている。",
     [("朝鮮日報", None, None, "軍はデモ隊に発砲した"),
      ("朝鮮日報", None, None, "しかしそれでも解散しなかったため、鎮圧行動を行った")]),
]

CASES = UNITS + TITLED + NAMES + UNNAMED + DOCUMENTS + SAME + ABSTRACT + CLEFT + CARRY


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_statement_s5(nlp_ja, text, expected):
    check_rows(nlp_ja, text, expected)  # (speaker, role, org, content) rows of the whole extractor, sorted


def test_abbreviations():
    from conflict_kg.extract.ja_speaker_complete import is_abbreviation

    assert is_abbreviation("日テレ", "日本テレビ") and is_abbreviation("テレ朝", "テレビ朝日")
    assert not is_abbreviation("日本", "日本テレビ")  # a prefix is no abbreviation (the outlet rules read it)
    assert not is_abbreviation("朝日", "テレビ朝日")  # another first character
