"""Japanese person roles (issue #17): holder, title and organisation, one table row per rule; sentences
written for the test in the shape of dev sentences of the Wikinews gold."""
from __future__ import annotations

import pytest

from conflict_kg.kg.model import Document


def _roles(rec):
    return sorted({(r.person.antecedent or r.person.text, r.role,
                    (r.org.antecedent or r.org.text) if r.org is not None else None) for r in rec.roles},
                  key=lambda r: tuple(x or "" for x in r))


CASES = [
    # a title before the name: "Xの指導者NAME卿", "ジャーナリストのNAMEさん", "国防大臣にはNAME氏"
    ("アルスター統一党(UUP)の指導者レグ・エンペイ卿は会見した。", [("レグ・エンペイ", "指導者", "アルスター統一党")]),
    ("ジャーナリストの長井健司さんが射殺された。", [("長井健司", "ジャーナリスト", None)]),
    ("国防大臣にはロ・ブチニッチ氏が就任した。", [("ロ・ブチニッチ", "国防大臣", None)]),
    # a body joined to the name by ・ is the title's organisation
    ("日本野球連盟・松田昌士会長と会談した。", [("松田昌士", "会長", "日本野球連盟")]),
    # acting titles and ministers for a place
    ("大統領はグロノフ内相代行を更迭した。", [("グロノフ", "内相代行", None)]),
    ("イギリスのピーター・ハイン北アイルランド相が語った。", [("ピーター・ハイン", "北アイルランド相", "イギリス")]),
    # an acronym glossed in the document stands for the full name
    ("キリスト教民主同盟(CDU)は勝利した。CDUのメルケル党首は語った。", [("メルケル", "党首", "キリスト教民主同盟")]),
    # a title before の is no organisation of the next title, but a role of its own (同党: unresolved here)
    ("同党党首のメルケル次期首相は語った。", [("メルケル", "党首", None), ("メルケル", "次期首相", None)]),
    # a title that belongs to one organisation; a national office takes the document's country
    ("潘基文事務総長は国際連合の会合で語った。", [("潘基文", "事務総長", "国際連合")]),
    ("アメリカ合衆国のジョージ・ブッシュ大統領は、ドナルド・ラムズフェルド国防長官の辞任を発表した。",
     [("ジョージ・ブッシュ", "大統領", "アメリカ合衆国"), ("ドナルド・ラムズフェルド", "国防長官", "アメリカ合衆国")]),
    ("ドイツでは連立交渉が続く。ドイツの首都で会議が開かれた。ドイツの新内閣でシュタインブリュック次期経済相が語った。",
     [("シュタインブリュック", "次期経済相", "ドイツ")]),
    # no country written: no organisation invented
    ("小泉純一郎首相は閣僚を再任した。", [("小泉純一郎", "首相", None)]),
    # a cited headline in the source notes states no role; its one-kanji country prefixes (独首相) are
    # evidence of the country, named as the body writes it (ドイツ); a newspaper's 日本 is not evidence
    ("ドイツ連邦議会でメルケル次期首相が語った。"
     "『独大連立の閣僚出そろう』。日本経済新聞、2005年10月18日。『独首相、次期政権には入らず』。日本経済新聞、"
     "2005年10月14日。『独外相シュタインマイヤー氏が閣僚候補』。日本経済新聞、2005年10月16日。",
     [("メルケル", "次期首相", "ドイツ")]),
    # the first gloss defines an acronym; a later "NAME TITLE(SPD)" is the person's party
    ("社会民主党(SPD)は合意した。シュタインブリュック次期財務相(SPD)は語った。SPDのヘルムート・ミュラー党首は語った。",
     [("シュタインブリュック", "次期財務相", None), ("ヘルムート・ミュラー", "党首", "社会民主党")]),
    # predicative roles: "NAME氏を TITLE とする", a 、-list of holders before が closed by an appointment verb
    ("セルビア議会はミロシュ・ペトロビッチ氏を首相とする新内閣を承認した。",
     [("ミロシュ・ペトロビッチ", "首相", None)]),
    ("新内閣ではヨバン・マルコビッチ氏、ゾラン・イリッチ氏が副首相、マルコ・ヤンコビッチ氏が外務大臣となった。",
     [("ヨバン・マルコビッチ", "副首相", None), ("ゾラン・イリッチ", "副首相", None), ("マルコ・ヤンコビッチ", "外務大臣", None)]),
    ("トマス・ベルク氏が首相と会談した。", []),
    # a later short or synonymous title names the same office: one relation
    ("アメリカのドナルド・ラムズフェルド国防長官が辞任した。ラムズフェルド長官は会見した。",
     [("ドナルド・ラムズフェルド", "国防長官", "アメリカ")]),
    ("小泉首相は閣僚を再任した。小泉総理大臣が指名された。", [("小泉", "首相", None)]),
    # a party, league or university before の is the title's organisation
    ("自由民主党の小泉純一郎総裁が指名された。", [("小泉純一郎", "総裁", "自由民主党")]),
    ("社会民主労働党(SDLP)の指導者マーク・ダンカン氏は語った。", [("マーク・ダンカン", "指導者", "社会民主労働党")]),
    # "X所属の": the club is the organisation; a name GiNZA labels Person though its tokens are no 人名
    ("警察はJリーグ・横浜FC所属のサッカー選手・茂原岳人容疑者を逮捕した。",
     [("茂原岳人", "サッカー選手", "Jリーグ・横浜FC")]),
    # a name starts a token: the katakana tail of a team's name is no person
    ("阪神タイガースオーナー付きの会議が開かれた。", []),
    # titles of the general table: local offices, academia
    ("岩国市の井原勝介副市長が語った。東京大学の山田太郎教授は語った。",
     [("井原勝介", "副市長", "岩国市"), ("山田太郎", "教授", "東京大学")]),
    # an organisation glued to the title: after the name, or before a title that precedes the name
    ("民主党の小沢一郎民主党代表は語った。", [("小沢一郎", "代表", "民主党")]),
    ("日本サッカー協会会長の川淵三郎氏が語った。", [("川淵三郎", "会長", "日本サッカー協会")]),
    # a country the gazetteer knows, glued between a katakana name and the title
    ("ハミド・カルザイアフガニスタン大統領は語った。", [("ハミド・カルザイ", "大統領", "アフガニスタン")]),
    ("アサド・シリア大統領は語った。", []),
    # fourth session. The title lexicon by domain (own sentences; 同委員会 resolves to the committee)
    ("ギタリストのクロード・チアリ氏が語った。", [("クロード・チアリ", "ギタリスト", None)]),
    ("リコール委員会が発足した。同委員会の西平良将幹事が語った。", [("西平良将", "幹事", "リコール委員会")]),
    ("東京地検の山本一郎検事正は語った。", [("山本一郎", "検事正", "東京地検")]),
    # a unit's name glued before a title heading units is part of the title (dev 1523, 399)
    ("日本バレーボール協会の萩原秀雄強化事業本部長は語った。", [("萩原秀雄", "強化事業本部長", "日本バレーボール協会")]),
    ("ロシアのウラジーミル・ジリノフスキー国家院副議長が語った。", [("ウラジーミル・ジリノフスキー", "国家院副議長", "ロシア")]),
    # a time prefix before an organisation glued to the title; a katakana organisation head is no name (dev 395)
    ("社長には角和夫・現阪急ホールディングス社長を迎える。", [("角和夫", "社長", "阪急ホールディングス")]),
    ("阪急ホールディングス社長が語った。", []),
    # a title naming its house has it as organisation (dev 1731, 1407)
    ("福本潤一参議院議員が離党届を提出した。", [("福本潤一", "参議院議員", "参議院")]),
    # a national office with no country takes the only country written before it in its sentence (dev 1186)
    ("小泉首相がガーナの首都アクラを訪れ、ジョン・クフォー大統領と会談した。",
     [("小泉", "首相", None), ("ジョン・クフォー", "大統領", "ガーナ")]),
    ("小泉首相がガーナとナイジェリアを訪れ、ジョン・クフォー大統領と会談した。", [("小泉", "首相", None), ("ジョン・クフォー", "大統領", None)]),
    # a company, party or team title takes the nearest organisation of its kind before it; outlets never (dev 1355)
    ("阪急ホールディングスは買収を発表した。現在の角和夫社長ら経営陣は続投する。", [("角和夫", "社長", "阪急ホールディングス")]),
    ("中日新聞によると、山田博文監督は語った。", [("山田博文", "監督", None)]),
    # 選手 is a role with a team only (guideline); occupations in apposition
    ("埼玉西武の中島裕之選手が打った。平尾博嗣選手も打った。", [("中島裕之", "選手", "埼玉西武")]),
    ("会社員の山田太郎さんがけがをした。", [("山田太郎", "会社員", None)]),
    # a minister for a field: the field's name and 相; 真相 or 様相 after a noun is no title
    ("茂木敏充経済再生相は語った。", [("茂木敏充", "経済再生相", None)]),
    ("事件の真相は不明だ。", []),
    # a katakana title glued to katakana is the tail of a longer word: クイビシェフ holds シェフ (chef); own sentence
    ("ドネツク市クイビシェフ地区の市場が砲撃を受けた。", []),
    ("人気シェフの山田花子氏は語った。", [("山田花子", "シェフ", None)]),
    # a given name after a short kanji word opening the run: the surname the tagger missed (dev 1407, 2447)
    ("公明党の北側一雄幹事長は語った。", [("北側一雄", "幹事長", "公明党")]),
    ("中国の回良玉副首相が語った。", [("回良玉", "副首相", "中国")]),
    # an organisation glued before a title that precedes the name keeps its acronym gloss out; a middle initial
    # stays in the name; a government body stays the office's organisation over the document's country (dev 1664)
    ("アメリカ合衆国のジョージ・ブッシュ大統領は、元アメリカ中央情報局(CIA)長官のロバート・M・ゲイツ氏を指名した。",
     [("ジョージ・ブッシュ", "大統領", "アメリカ合衆国"), ("ロバート・M・ゲイツ", "長官", "アメリカ中央情報局")]),
    # former titles (own sentences): 元首 is no title inside 元首相; 元 before an organisation or a title-first
    # apposition with 、 qualifies the time only; a name after 、 holding a title of its own is no apposition
    ("田中角栄元首相が語った。", [("田中角栄", "首相", None)]),
    ("元首相の田中角栄氏が語った。", [("田中角栄", "首相", None)]),
    ("元巨人の桑田真澄投手が語った。", [("桑田真澄", "投手", "巨人")]),
    ("ソニーの元社長、出井伸之氏が語った。", [("出井伸之", "社長", "ソニー")]),
    ("前田建設の田中一郎社長が語った。", [("田中一郎", "社長", "前田建設")]),
    # a unit's name before a title-first name is part of the title too (dev 2124; 同社 stays unresolved here)
    ("事件で、同社元埼玉支店長・曽根田涼太容疑者を逮捕した。", [("曽根田涼太", "埼玉支店長", None)]),
    # a national office with no country takes the document's main country only when one clearly dominates
    # (three mentions and twice any other; the relaxed two-mention rule was tuned on test counts: reverted)
    ("フランスとドイツで選挙があった。フランスとドイツの議会は解散した。ジャン・デュポン首相は語った。", [("ジャン・デュポン", "首相", None)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_roles(nlp_ja, text, expected):
    from conflict_kg.extract.ja import extract_ja

    rec = extract_ja([(nlp_ja(text), 0)], Document(id="r", text=text, lang="ja"))
    assert _roles(rec) == sorted(expected, key=lambda r: tuple(x or "" for x in r))
