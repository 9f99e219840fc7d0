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
    # --- session 3 (dev batch s3-statements and dev sentences; sentences written for the test) ---
    # a layered report before によると: one statement per layer (V.LAYER_REPORT_VERBS, LAYER_NOUNS)
    ("朝日新聞が日刊スポーツ提供の記事として伝えたところによると、女優が行方不明になった。",
     [("朝日新聞", None, None, "女優が行方不明になった"), ("日刊スポーツ", None, None, "女優が行方不明になった")]),
    # ... an unnamed inner source stays its description (V.UNNAMED_SOURCE_HEADS)
    ("読売新聞が捜査幹部の話として報じたところによると、逮捕されたのは3人だった。",
     [("読売新聞", None, None, "逮捕されたのは3人だった"), (None, "捜査幹部", None, "逮捕されたのは3人だった")]),
    # ... "X が伝えた [date の] Y の話によると"
    ("毎日新聞が伝えた7日時点での保健省の話によると、数名が負傷した。",
     [("毎日新聞", None, None, "数名が負傷した"), ("保健省", None, None, "数名が負傷した")]),
    # "同紙記事による Y の説明では": the outlet cited last (V.SAME_SOURCES), then Y; "Xの報道で分かった。"
    ("市警は男が自殺したと明らかにした。時事通信の報道で分かった。同紙記事による日本総領事館の説明では、男は病院で死亡したという。",
     [("時事通信", None, None, "市警は男が自殺したと明らかにした"), (None, "市警", None, "男が自殺した"),
      ("時事通信", None, None, "男は病院で死亡したという"), ("日本総領事館", None, None, "男は病院で死亡したという")]),
    # a connective, a closing parenthetical or a clause before the source is no part of its name
    ("ただ毎日新聞によると、増加額は減少した。", [("毎日新聞", None, None, "増加額は減少した")]),
    ("(前年比36万円の増)朝日新聞によると、財政赤字は年々増加している。", [("朝日新聞", None, None, "財政赤字は年々増加している")]),
    ("今後取引が行われるが、また読売によれば審査によって上場廃止となる可能性がある。",
     [("読売", None, None, "審査によって上場廃止となる可能性がある")]),
    # 両報道 (V.PAIR_SOURCES); 日経新聞 is 日本経済新聞 when the document writes that; a name with a space
    ("朝日新聞によると、男が逮捕された。読売新聞によると、男は否認している。両報道によると、男は会社員だ。",
     [("朝日新聞", None, None, "男が逮捕された"), ("読売新聞", None, None, "男は否認している"),
      ("朝日新聞", None, None, "男は会社員だ"), ("読売新聞", None, None, "男は会社員だ")]),
    ("日本経済新聞は大きく報じた。日経新聞によると、株価は下落した。", [("日本経済新聞", None, None, "株価は下落した")]),
    ("47 NEWSによると、選手から悼む声が寄せられている。", [("47 NEWS", None, None, "選手から悼む声が寄せられている")]),
    # a directive's content ends at よう (V.REQUEST_VERBS); not a directive someone is suspected of
    ("韓国政府は北朝鮮に対し、対話に応じるよう求めた。", [("韓国政府", None, None, "北朝鮮に対し、対話に応じる")]),
    ("男は遺体を焼却するよう命じた疑いがある。", []),
    # statement-only verbs of saying (V.STATEMENT_VERBS); an unnamed subject of a quote kept as its description
    ("中国外務省の報道官は「内政干渉だ」と反発した。", [(None, "報道官", "中国外務省", "内政干渉だ")]),
    ("目撃者の男性は「大きな爆発音がした」と話した。", [(None, "目撃者の男性", None, "大きな爆発音がした")]),
    ("警察によると、男は「金が欲しかった」と供述しているという。",
     [("警察", None, None, "男は「金が欲しかった」と供述しているという"), (None, "男", None, "金が欲しかった")]),
    # a quote labelling a noun that is no act of saying (V.QUOTE_LABEL_OK_NOUNS)
    ("鈴木容疑者は「うれしい」という表情を見せていた。", []),
    # a quote with no subject continues the previous sentence's topic person, not its によると source
    ("産経新聞によると、田中容疑者らは商品を安価で販売。同府警の調べに対し、「違法な商品が無ければ経営が成り立たなかった」と供述している。",
     [("産経新聞", None, None, "田中容疑者らは商品を安価で販売"), ("田中", None, None, "違法な商品が無ければ経営が成り立たなかった")]),
    # the reporter written after と speaks, not the topic of the reported clause
    ("時事通信によると、北朝鮮は、短距離ミサイル2発を発射したと、韓国の聯合ニュースが伝えた。",
     [("時事通信", None, None, "北朝鮮は、短距離ミサイル2発を発射したと、韓国の聯合ニュースが伝えた"),
      ("韓国の聯合ニュース", None, None, "北朝鮮は、短距離ミサイル2発を発射した")]),
    # a report of a report: the outer topic, else the previous sentence's sources, over the inner report
    ("中日新聞は、今回の辞任は敗北を受けてのものであると大統領が認めた事を伝え、今回の辞任は事実上の更迭であると報じた。",
     [(None, "大統領", None, "今回の辞任は敗北を受けてのものである"),
      ("中日新聞", None, None, "今回の辞任は敗北を受けてのものであると大統領が認めた"),
      ("中日新聞", None, None, "今回の辞任は事実上の更迭である")]),
    ("読売新聞・中国新聞によれば、住民投票が行われる。また、山口県の二井関成知事が「残念だ」と述べたとしている。",
     [("読売新聞", None, None, "住民投票が行われる"), ("中国新聞", None, None, "住民投票が行われる"),
      ("読売新聞", None, None, "山口県の二井関成知事が「残念だ」と述べた"),
      ("中国新聞", None, None, "山口県の二井関成知事が「残念だ」と述べた"), ("二井関成", "知事", "山口県", "残念だ")]),
    # "運転していた容疑者は": the suspect named before (V.SUSPECT_HEADS)
    ("運転していた井沢英行容疑者が逮捕された。運転していた容疑者は警察に、「脇見した」と話した。",
     [("井沢英行", None, None, "脇見した")]),
    # more verbs of saying (V.STATEMENT_VERBS): 付け加えた, 言った, the plain form 話す
    ("山田太郎首相は「景気は回復している」と述べ、「増税は必要ない」と付け加えた。",
     [("山田太郎", "首相", None, "景気は回復している"), ("山田太郎", "首相", None, "増税は必要ない")]),
    ("鈴木一郎さん(45)は「まさか自分の町で起きるとは」と話す。", [("鈴木一郎", None, None, "まさか自分の町で起きるとは")]),
    # nominal frames: との見方を示した, との声明を発表した (V.NOMINAL_COMPLEMENT_VERBS, FRAME_NOUNS)
    ("佐藤次郎議員は、政府の対応は遅すぎるとの見方を示した。", [("佐藤次郎", "議員", None, "政府の対応は遅すぎる")]),
    ("国防省は、攻撃は自衛のためだったとの声明を発表した。", [("国防省", None, None, "攻撃は自衛のためだった")]),
    # 「…」などと批判: the quote is direct
    ("野党は「説明が足りない」などと批判している。", [(None, "野党", None, "説明が足りない")]),
    # more attribution cues (V.ATTRIBUTION_CUES): たところでは, の報道では
    ("ロイター通信が伝えたところでは、死者は100人を超えた。", [("ロイター通信", None, None, "死者は100人を超えた")]),
    ("AFP通信の報道では、死者は100人を超えた。", [("AFP通信", None, None, "死者は100人を超えた")]),
    # a document as the source speaks for whoever issued it (V.SOURCE_DOCUMENTS)
    ("国際原子力機関は30日に声明を発表し、原発の電源が切断されたと明らかにした。声明によると、砲撃は29日にあった。",
     [("国際原子力機関", None, None, "30日に声明を発表し、原発の電源が切断された"),
      ("国際原子力機関", None, None, "砲撃は29日にあった")]),
    # a subject the parser hangs on the quoted predicate still speaks
    ("アメリカ政府高官は匿名を条件に「攻撃は近い」と述べた。", [(None, "アメリカ政府高官", None, "攻撃は近い")]),
    # a quote said in the next sentence (こう述べた) or announced in the one before (次のように述べた)
    ("「私は無実だ」。田中被告は法廷でこう述べた。", [("田中", None, None, "私は無実だ")]),
    ("大統領は21日に演説した。大統領は次のように述べた。「我々は決して屈しない」。演説は30分続き、聴衆は大きな拍手を送った。"
     "その後、大統領は空港へ向かい、隣国を訪問した。", [(None, "大統領", None, "我々は決して屈しない")]),
    # "市当局" / "州当局": the place of that level named before is the organisation (V.LOCAL_LEVELS)
    ("台湾南部の高雄市で爆発があった。市当局は2日、原因となった企業を特定したと発表した。",
     [(None, "市当局", "高雄市", "原因となった企業を特定した")]),
    ("米カリフォルニア州で山火事が起きた。州当局によると、500人が避難した。",
     [("州当局", None, "カリフォルニア州", "500人が避難した")]),
    # a title that only starts the source's name is not the source ("首相官邸" is no 首相)
    ("首相官邸によれば、首相は午後に記者会見を開く予定だ。", [("首相官邸", None, None, "首相は午後に記者会見を開く予定だ")]),
    # 同社 / 同省: the organisation named last of that kind (V.SAME_ORG_ANY)
    ("トヨタ自動車は18日に会見を開いた。同社は「原因を調査している」と説明した。",
     [("トヨタ自動車", None, None, "原因を調査している")]),
    # the clause's first は-subject speaks, also when the parser hangs it on the reported predicate; a
    # later は-subject belongs to the reported clause; "…と発表したとともに、" is no content
    ("市当局は2日、漏出の原因となったとみられる企業を特定したと発表したとともに、慎重に調査を行っていることを明らかにした。",
     [(None, "市当局", None, "漏出の原因となったとみられる企業を特定した"), (None, "市当局", None, "慎重に調査を行っている")]),
    ("この企業は、8月1日自社のパイプラインは破損していないとしていた。",
     [(None, "この企業", None, "8月1日自社のパイプラインは破損していない")]),
    # ... but a topic after a conjunctive clause boundary ("…攻撃を行い、") starts a new clause
    ("ロシア軍は29日、各地に大規模な攻撃を行い、キーウのクリチコ市長は、30日にも攻撃があったと明らかにした。",
     [("クリチコ", "市長", "キーウ", "30日にも攻撃があった")]),
    # "…と、9月29日に発表した": a date after と's comma
    ("雑貨を所持していたとして、府警生安特捜隊は、社長ら12人を逮捕したと、9月29日に発表した。",
     [("府警生安特捜隊", None, None, "社長ら12人を逮捕した")]),
]

# Known misses (dev categories left open), kept visible.
XFAIL = [
    # a stance noun after a plain verb other than る/た/い/だ ("続けていく考えを明らかに"): widening the
    # look-behind took seed 001's "…重視していく姿勢を示しました", which its gold does not count
    ("高橋市長は、市として支援を続けていく考えを明らかにしている。", [("高橋", "市長", None, "市として支援を続けていく")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ja_statement_rules(nlp_ja, text, expected):
    from conflict_kg.extract.ja import extract_ja

    rec = extract_ja([(nlp_ja(text), 0)], Document(id="s", text=text, lang="ja"))
    assert _rows(rec) == sorted(expected, key=lambda r: tuple(x or "" for x in r))


@pytest.mark.xfail(strict=True, reason="dev category left open (see the row's comment)")
@pytest.mark.parametrize("text,expected", XFAIL)
def test_ja_statement_rules_known_misses(nlp_ja, text, expected):
    test_ja_statement_rules(nlp_ja, text, expected)
