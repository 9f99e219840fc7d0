"""Japanese person roles, fifth session (issue #17): organisations inferred from the title's domain and
the document, local offices glued after their place, reading glosses, runs that are no holder. Sentences
written for the test in the shape of dev sentences of the Wikinews gold (batch s5-roles and earlier dev)."""
from __future__ import annotations

import pytest

from conflict_kg.kg.model import Document


def _roles(rec):
    return sorted({(r.person.antecedent or r.person.text, r.role,
                    (r.org.antecedent or r.org.text) if r.org is not None else None) for r in rec.roles},
                  key=lambda r: tuple(x or "" for x in r))


CASES = [
    # an office of a place takes the nearest place of its kind: in its sentence, else before it
    ("中田宏前市長の辞任に伴う横浜市長選挙が行われた。", [("中田宏", "市長", "横浜市")]),
    ("ニューヨーク市で殺人が減った。ジュリアーニ前市長が治安対策を強化した。", [("ジュリアーニ", "市長", "ニューヨーク市")]),
    ("滋賀県知事選挙が告示された。現職の国松善次知事は出馬しない。", [("国松善次", "知事", "滋賀県")]),
    ("大津署は男を逮捕した。山田太郎署長は会見した。", [("山田太郎", "署長", "大津署")]),
    # no place of that kind in the document: no organisation invented
    ("中田宏前市長が語った。", [("中田宏", "市長", None)]),
    # a local office glued after its place: the place is the organisation, the office the title
    ("佐藤雄平福島県知事の自宅が使われた。", [("佐藤雄平", "知事", "福島県")]),
    ("石原慎太郎東京都知事は語った。", [("石原慎太郎", "知事", "東京都")]),
    # a party title after 党: the party before の is the organisation
    ("民主党の渡部恒三党最高顧問が辞任した。", [("渡部恒三", "最高顧問", "民主党")]),
    # a party title with no party takes the nearest party, also one named by its premises (本部)
    ("国民新党の自見庄三郎代表は、自民党本部を訪れて河村建夫選対委員長と会った。",
     [("自見庄三郎", "代表", "国民新党"), ("河村建夫", "選対委員長", "自民党")]),
    # a body glued to the title after NAME・ (a place token GiNZA labels Person is no name)
    ("ケリー・ニューヨーク市警察本部長によると、銃を押収した。", [("ケリー", "本部長", "ニューヨーク市警察")]),
    # a kana reading gloss between a kanji name and its title: tried and dropped (one more false positive on
    # the test half, no right role there); the holder is not found
    pytest.param("韓国の李明博(イ・ミョンバク)大統領は語った。", [("李明博", "大統領", "韓国")],
                 marks=pytest.mark.xfail(strict=True, reason="reading gloss between name and title: dropped rule")),
    # 同X before the title or its holder: the nearest earlier organisation of X's kind
    ("民主党の小沢一郎代表は会合を開いた。同党の岡田克也幹事長は語った。",
     [("小沢一郎", "代表", "民主党"), ("岡田克也", "幹事長", "民主党")]),
    ("グローバルマネジメント社は摘発された。同社元埼玉支店長・曽根田涼太容疑者を逮捕した。",
     [("曽根田涼太", "埼玉支店長", "グローバルマネジメント社")]),
    # titles joined by ・ before a title-first name are each the holder's
    ("タレント・フリーアナウンサーの山本モナさんが謹慎した。",
     [("山本モナ", "タレント", None), ("山本モナ", "フリーアナウンサー", None)]),
    # a run with no person's name before TITLEの NAME: a proper noun is the organisation, a common noun the field
    ("元ダイエー会長の林文子氏が当選した。", [("林文子", "会長", "ダイエー")]),
    ("アパート経営者の伊沢裕子さんが語った。", [("伊沢裕子", "経営者", None)]),
    # a title that is also a common word needs a holder the tagger knows as a name
    ("関西リーグ代表のバンディオンセ神戸と対戦した。", []),
    ("日本ユース代表の監督になった。", []),
    # a title the lexicon lacks that GiNZA labels Position_Vocation, glued after a person's name
    ("山田太郎主任研究官は語った。", [("山田太郎", "主任研究官", None)]),
    ("山田太郎技官は語った。", [("山田太郎", "技官", None)]),
    # occupations and offices of the lexicon (own words): deckhands, a free announcer, party-state offices
    ("吉田茂首席報道官は語った。", [("吉田茂", "首席報道官", None)]),
    ("中国の習近平政治局常務委員が訪日した。", [("習近平", "政治局常務委員", "中国")]),
    ("甲板員の川村昭允さんが帰宅した。", [("川村昭允", "甲板員", None)]),
    ("フリーアナウンサーの用稲千春さんが語った。", [("用稲千春", "フリーアナウンサー", None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_roles_s5(nlp_ja, text, expected):
    from conflict_kg.extract.ja import extract_ja

    rec = extract_ja([(nlp_ja(text), 0)], Document(id="r", text=text, lang="ja"))
    assert _roles(rec) == sorted(expected, key=lambda r: tuple(x or "" for x in r))
