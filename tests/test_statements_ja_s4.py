"""Japanese statement mechanisms of the fourth session (issue #17), one table row per wording of a class:
each sentence is written for the test (in the shape of a dev sentence of the Wikinews gold, batch s4-sja
or earlier dev; never a test-half sentence)."""
from __future__ import annotations

import pytest

from tests.test_statements_ja_rules import test_ja_statement_rules as check_rows


_ASAHI = [("朝日新聞", None, None, "首相は来月にも訪米する")]
_TWO = _ASAHI + [("読売新聞", None, None, "首相は来月にも訪米する")]

#: Group 1: the source of "Xによると" written in the other ways news writes it.
SOURCES = [
    # several sources joined by や, と, 、 or ・: one statement each
    ("朝日新聞や読売新聞によると、首相は来月にも訪米する。", _TWO),
    ("朝日新聞と読売新聞によると、首相は来月にも訪米する。", _TWO),
    ("朝日新聞、読売新聞によると、首相は来月にも訪米する。", _TWO),
    ("所属事務所や公式ホームページによると、歌手は2004年に活動を開始した。",
     [("所属事務所", None, None, "歌手は2004年に活動を開始した"),
      ("公式ホームページ", None, None, "歌手は2004年に活動を開始した")]),
    # a source name in brackets, with or without a noun after it
    ("『朝日新聞』によると、首相は来月にも訪米する。", _ASAHI),
    ("「朝日新聞」の記事によれば、首相は来月にも訪米する。", _ASAHI),
    ("『朝日新聞』の別の記事によると、首相は来月にも訪米する。", _ASAHI),
    # a noun naming what the source gave (V.SOURCE_TAIL_NOUNS)
    ("県選挙管理委員会の集計によれば、投票率は44%だった。", [("県選挙管理委員会", None, None, "投票率は44%だった")]),
    ("気象庁のまとめによると、雨量は300ミリに達した。", [("気象庁", None, None, "雨量は300ミリに達した")]),
    # an alias the document defines ("X(以下Y)"): the source is the name, and the alias speaks as it later
    ("スポーツニッポン(以下スポニチ)によると、監督は辞任する。またスポニチによると、後任は未定だ。",
     [("スポーツニッポン", None, None, "後任は未定だ"), ("スポーツニッポン", None, None, "監督は辞任する")]),
    # a source written as a noun phrase with の: the outlet or body after の, else the description
    ("韓国の聯合ニュースによると、北朝鮮はミサイルを発射した。", [("聯合ニュース", None, None, "北朝鮮はミサイルを発射した")]),
    ("29日付の朝日新聞によると、首相は来月にも訪米する。", _ASAHI),
    ("朝日新聞の29日付朝刊によると、首相は来月にも訪米する。", _ASAHI),
    ("米国防総省の高官によると、少なくとも10人が死亡した。", [(None, "米国防総省の高官", None, "少なくとも10人が死亡した")]),
    ("複数のメディアによると、少なくとも10人が死亡した。", [(None, "複数のメディア", None, "少なくとも10人が死亡した")]),
    ("イランの国営テレビによると、少なくとも10人が死亡した。", [(None, "イランの国営テレビ", None, "少なくとも10人が死亡した")]),
    # ... and no source at all when only the act is written ("調べによると", adjudication 3 of the guideline)
    ("その後の調べによると、少なくとも10人が死亡した。", []),
]

#: Group 2: several reporters of one report; a report that brought a fact out ("…ことが、Xの報道で分かった").
JOINT = [
    ("首相は来月にも訪米すると、朝日新聞と読売新聞が伝えた。", _TWO),
    ("首相は来月にも訪米すると朝日新聞や読売新聞が報じた。", _TWO),
    ("朝日新聞と読売新聞は、首相は来月にも訪米すると報じた。", _TWO),
    ("首相は来月にも訪米する。朝日新聞と読売新聞が報じた。",
     [("朝日新聞", None, None, "首相は来月にも訪米する"), ("読売新聞", None, None, "首相は来月にも訪米する")]),
    ("田中一郎社長と山本次郎会長は会見し、「申し訳ない」と謝罪した。",
     [("田中一郎", "社長", None, "申し訳ない"), ("山本次郎", "会長", None, "申し訳ない")]),
    # ... but no partner that the parse hangs elsewhere ("首相と会談後の")
    ("安倍首相と会談後のプーチン大統領は「満足だ」と述べた。", [("プーチン", "大統領", None, "満足だ")]),
    ("首相が辞任する意向を固めたことが、朝日新聞、読売新聞などの報道で分かった。",
     [("朝日新聞", None, None, "首相が辞任する意向を固めた"), ("読売新聞", None, None, "首相が辞任する意向を固めた")]),
    ("首相が辞任する意向を固めたことが、25日付の朝日新聞の報道で分かった。",
     [("朝日新聞", None, None, "首相が辞任する意向を固めた")]),
    ("また、県警の調べで、男が現場にいたことが判明した。", [("県警", None, None, "男が現場にいた")]),
    ("男が逮捕されたことが分かった。", []),
    # "Yの話として": the inner layer of the report speaks too (guideline rule 5)
    ("AP通信は、現地の病院関係者の話として、少なくとも10人が死亡したと伝えた。",
     [("AP通信", None, None, "少なくとも10人が死亡した"), (None, "現地の病院関係者", None, "少なくとも10人が死亡した")]),
]

#: Group 3: the forms of the report itself: a bare verbal noun ends the clause ("…と供述。"); a topic set off
#: before a clause with its own が-subject reports it.
FORMS = [
    ("山田一郎容疑者は、被害者を刃物で殺害したと供述。警察が調べている。",
     [("山田一郎", None, None, "被害者を刃物で殺害した")]),
    ("警察は、男が容疑を認めていると明らかにした。", [(None, "警察", None, "男が容疑を認めている")]),
    ("警察は、男が容疑を認めていることを明らかにした。", [(None, "警察", None, "男が容疑を認めている")]),
]

#: Group 5: who speaks: a surname with a status word, 同X with no mention, a singular pronoun.
NAMES = [
    ("京都精華大学教授の嘉田由紀子氏が当選した。嘉田候補は「県政を刷新する」と語った。",
     [("嘉田由紀子", "教授", "京都精華大学", "県政を刷新する")]),
    ("現職の国松善次氏と辻義則氏が立候補した。また辻候補は「中止だ」と訴えた。", [("辻義則", None, None, "中止だ")]),
    ("自由民主党は声明を出した。同党は「遺憾だ」としている。", [("自由民主党", None, None, "遺憾だ")]),
    ("ジョン・ハワード首相は訪日した。彼は「関係を強化する」と述べた。", [("ジョン・ハワード", "首相", None, "関係を強化する")]),
    # two persons before: 彼 stays unresolved; 彼ら is plural and never one person
    ("ジョン・ハワード首相は小泉首相と会談した。彼は「関係を強化する」と述べた。", [(None, None, None, "関係を強化する")]),
    ("ジョン・ハワード首相は訪日した。彼らは「関係を強化する」と述べた。", [(None, None, None, "関係を強化する")]),
]

#: Group 6: what is no statement, and として before a verb of protest.
PRECISION = [
    ("マンデラ財団は、マンデラ氏が「式典に出席するのは不適切だ」と判断し、出席を中止した。", []),
    ("本ニュースは「サンケイスポーツ」の報道を情報源としている。", []),
    ("朝日新聞によると、首相は来月にも訪米する見通しだと報じている。",
     [("朝日新聞", None, None, "首相は来月にも訪米する見通しだと報じている")]),
    ("スポーツニッポンによると、監督は辞任する。スポニチによると、後任は未定だ。",
     [("スポーツニッポン", None, None, "後任は未定だ"), ("スポーツニッポン", None, None, "監督は辞任する")]),
    ("外交部の呂慶龍報道官は、断交は中国の圧力によるものだとして遺憾の意を表明した。",
     [("呂慶龍", "報道官", "外交部", "断交は中国の圧力によるものだ")]),  # name and org: the s4 roles rules
    ("野党は、説明が不十分だとして抗議した。", [(None, "野党", None, "説明が不十分だ")]),
    ("警察は、男が盗んだとして逮捕した。", []),
]

CASES = SOURCES + JOINT + FORMS + NAMES + PRECISION


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_statement_s4(nlp_ja, text, expected):
    check_rows(nlp_ja, text, expected)  # (speaker, role, org, content) rows of the whole extractor, sorted


def test_defined_aliases_and_bracketed_names():
    from conflict_kg.extract.ja_attributions import bracketed_name_start, defined_aliases

    assert defined_aliases("国際連合(以下、「国連」)は") == {"国連": "国際連合"}
    assert defined_aliases("以下同様") == {}
    assert bracketed_name_start("「朝日新聞」によると", 0, 5) == 0
    assert bracketed_name_start("「はい、そうだ」によると", 0, 7) == 7
