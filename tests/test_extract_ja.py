"""Japanese extractor: pattern tables, naughty inputs, offsets, seeds end-to-end, gold scores."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.score_extraction import score
from conflict_kg.extract.ja import EXTRACTOR, extract_ja
from conflict_kg.extract.ja_clauses import hypothetical
from conflict_kg.kg.model import Document, DocRecords

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"


def run(nlp, text: str, date: str | None = "2025-11-21") -> DocRecords:
    return extract_ja([(nlp(text), 0)] if text else [], Document("t", text, "ja", date))


def check_offsets(rec: DocRecords) -> None:
    text = rec.doc.text
    for m in rec.mentions:
        assert text[m.start : m.end] == m.text and m.extractor == EXTRACTOR and 0 < m.confidence <= 1
        assert m.sentence is None or text[m.sentence.start : m.sentence.end] == m.sentence.text
    for r in rec.roles:
        assert text[r.person.start : r.person.end] == r.person.text and r.start <= r.person.start < r.end
        assert r.role in text[r.start : r.end] and r.extractor == EXTRACTOR
        assert "氏" not in r.person.text and r.role not in r.person.text
    for s in rec.statements:
        assert text[s.quote_start : s.quote_end] == s.quote and s.start <= s.quote_start and s.extractor == EXTRACTOR
    for e in rec.events:
        assert text[e.start : e.end] == e.trigger and e.extractor == EXTRACTOR
        for m in e.agents + e.targets + e.locations + e.participants:
            assert text[m.start : m.end] == m.text
    for c in rec.claims:
        assert text[c.start : c.end] == c.text and c.extractor == EXTRACTOR
        assert c.event_index is None or 0 <= c.event_index < len(rec.events)
        assert c.disputes_index is None or 0 <= c.disputes_index < len(rec.claims)


ROLE_CASES = [
    ("ロシア軍のゲラシモフ参謀総長は20日、報告した。", ("ゲラシモフ", "参謀総長", "ロシア軍")),
    ("キーウのクリチコ市長は明らかにした。", ("クリチコ", "市長", "キーウ")),
    ("ロシアのネベンジャ国連大使は反論した。", ("ネベンジャ", "大使", "国連")),
    ("ロシア大統領府のペスコフ報道官は述べた。", ("ペスコフ", "報道官", "ロシア大統領府")),
    ("ウクライナ国防省の情報総局トップ、ブダノフ局長は分析した。", ("ブダノフ", "局長", "ウクライナ国防省")),
    ("ロシア第76空挺師団のユーリ・ウラジミロビッチ・キム小隊長は命令した。",
     ("ユーリ・ウラジミロビッチ・キム", "小隊長", "ロシア第76空挺師団")),
    ("ウクライナを訪問している米陸軍のダニエル・ドリスコル長官と協議した。", ("ダニエル・ドリスコル", "長官", "米陸軍")),
    ("デイビスウクライナ米大使は述べた。", ("デイビス", "大使", "ウクライナ米")),
    ("米陸軍報道官のデーブ・バトラー大佐によると、計画は良い。", ("デーブ・バトラー", "大佐", "米陸軍")),
    ("米陸軍報道官のデーブ・バトラー大佐によると、計画は良い。", ("デーブ・バトラー", "報道官", "米陸軍")),
    ("ロシアのプーチン大統領は述べた。", ("プーチン", "大統領", "ロシア")),
    ("中国の習近平国家主席は述べた。", ("習近平", "国家主席", "中国")),
    ("ゼレンスキー大統領は述べた。", ("ゼレンスキー", "大統領", None)),
]


@pytest.mark.parametrize("text,expected", ROLE_CASES)
def test_person_roles(nlp_ja, text, expected):
    rec = run(nlp_ja, text)
    got = {(r.person.text, r.role, r.org.text if r.org else None) for r in rec.roles}
    assert expected in got
    check_offsets(rec)


ANTECEDENT_CASES = [
    ("米陸軍のダニエル・ドリスコル長官が訪れた。ドリスコル氏は述べた。", ("ドリスコル", "ダニエル・ドリスコル")),
    ("ゼレンスキー大統領は会談した。同氏は「前進している」と述べた。", ("同氏", "ゼレンスキー")),
    ("ゼレンスキー大統領は述べた。ゼレンスキー氏は投稿した。", ("ゼレンスキー", "ゼレンスキー")),
    ("中国の習近平国家主席が訪れた。習主席は「支援する」と述べた。", ("習", "習近平")),
    ("ユーリ・ウラジミロビッチ・キム小隊長は命じた。キム小隊長の身柄は拘束されていない。", ("キム", "ユーリ・ウラジミロビッチ・キム")),
]


@pytest.mark.parametrize("text,expected", ANTECEDENT_CASES)
def test_short_references_link_to_antecedent(nlp_ja, text, expected):
    rec = run(nlp_ja, text)
    linked = {(m.text, m.antecedent) for m in rec.mentions if m.type == "Person" and m.antecedent}
    assert expected in linked
    assert all(not m.text.endswith(("氏", "大統領")) or m.text == "同氏" for m in rec.mentions if m.type == "Person")


# (text, doc date) -> (speaker key, quote, verb, direct, role, org, medium, date)
STATEMENT_CASES = [
    ("会談の冒頭、プーチン大統領「協力を強化する」と述べた。", None,
     ("プーチン", "協力を強化する", "述べる", True, "大統領", None, None, None)),
    ("プーチン大統領は「協力は重要だ」と述べた。そのうえで「関係は安定している」と強調した。", None,
     ("プーチン", "関係は安定している", "強調する", True, "大統領", None, None, None)),
    ("国務省の報道官は30日、米国は連携を懸念していると述べた。", "2022-12-31",
     (None, "米国は連携を懸念している", "述べる", False, "報道官", "国務省", None, "2022-12-30")),
    ("キーウのクリチコ市長は、建物に被害が出たと明らかにしました。", None,
     ("クリチコ", "建物に被害が出た", "明らかにする", False, "市長", "キーウ", None, None)),
    ("ゲラシモフ氏は「部隊がクピャンスクを『解放』した」と報告。", None,
     ("ゲラシモフ", "部隊がクピャンスクを『解放』した", "報告する", True, None, None, None, None)),
    ("ゼレンスキー大統領は20日SNSへの投稿で、「努力に感謝する」と謝意を示しました。", None,
     ("ゼレンスキー", "努力に感謝する", "示す", True, "大統領", None, "SNS", "2025-11-20")),
    ("ゼレンスキー氏は協議後、「計画に取り組む」と対話アプリ「テレグラム」に投稿。", None,
     ("ゼレンスキー", "計画に取り組む", "投稿する", True, None, None, "Telegram", None)),
    ("ロシアのネベンジャ国連大使は、軍事施設を正確に攻撃していると反論しました。", None,
     ("ネベンジャ", "軍事施設を正確に攻撃している", "反論する", False, "大使", "国連", None, None)),
    # the title as written there; the organisation the document gives the same person (fifth session: the
    # statements guideline gives a speaker the organisation of its role, 星野仙一 → 阪神タイガース in dev 3347)
    ("中国の習近平国家主席が訪れた。習主席は「支援する」と述べた。", None,
     ("習近平", "支援する", "述べる", True, "主席", "中国", None, None)),
    # a quoted organization name speaks; the closing bracket belongs to its phrase
    ("アメリカのシンクタンク「戦争研究所」は30日、イラン製の無人機が攻撃に使われたと指摘した。", "2022-12-31",
     ("戦争研究所", "イラン製の無人機が攻撃に使われた", "指摘する", False, None, None, None, "2022-12-30")),
    # "X側は" speaks for X; the quote takes the topic nearest to it
    ("ウクライナ側は39機のドローンを撃墜したとしていて、ゼレンスキー大統領は動画で「前進している」と述べた。", None,
     ("ウクライナ", "39機のドローンを撃墜した", "とする", False, None, None, None, None)),
    # (the national office takes the only country its sentence writes before it: 大統領 of ウクライナ)
    ("ウクライナ側は39機のドローンを撃墜したとしていて、ゼレンスキー大統領は動画で「前進している」と述べた。", None,
     ("ゼレンスキー", "前進している", "述べる", True, "大統領", "ウクライナ", "video", None)),
    # a が-subject starts the reported clause; the elided speaker continues the previous statement
    ("ロシア大統領府は「合意した」と述べた。ロシアが一方的に併合したクリミア半島がロシア領と認められるとしています。", None,
     ("ロシア大統領府", "ロシアが一方的に併合したクリミア半島がロシア領と認められる", "とする", False, None, None, None, None)),
]


@pytest.mark.parametrize("text,date,expected", STATEMENT_CASES)
def test_statements(nlp_ja, text, date, expected):
    rec = run(nlp_ja, text, date or "2025-11-21")
    got = {
        ((s.speaker.antecedent or s.speaker.text) if s.speaker else None, s.quote, s.verb, s.direct, s.speaker_role,
         s.speaker_org.text if s.speaker_org else None, s.medium, s.date)
        for s in rec.statements
    }
    assert expected in got
    check_offsets(rec)


# text -> (type, agent text | None, place in locations+targets | None, extra attribute, value)
EVENT_CASES = [
    ("ロシア軍はザポロジエ州のベショロエ村を解放した。", ("Capture", "ロシア軍", "ベショロエ村", "type", "Capture")),
    ("ロシアの防空システムは巡航ミサイル「ストームシャドー」4発を撃墜した。",
     ("Interception", None, None, "instrument", "巡航ミサイル「ストームシャドー」")),
    ("ロシアの防空システムは巡航ミサイル「ストームシャドー」4発を撃墜した。", ("Interception", None, None, "quantity", "4発")),
    ("ウクライナ軍の過去24時間における人的損失は約1370人。", ("CasualtyReport", None, None, "quantity", "約1370人")),
    ("ロシア軍は29日、キーウに対してミサイルで大規模な攻撃を行った。", ("Attack", "ロシア軍", None, "mode", "missile")),
    ("ロシア軍は29日、キーウに対してミサイルで大規模な攻撃を行った。", ("Attack", "ロシア軍", None, "date", "2025-11-29")),
    ("ロシア軍は無人機で攻撃した。", ("Attack", "ロシア軍", None, "mode", "drone")),
    ("ロシアのプーチン大統領と中国の習近平国家主席は30日、オンライン形式で会談を行いました。",
     ("Meeting", None, None, "date", "2025-11-30")),
    ("各国がロシアを非難した。", ("Accusation", None, "ロシア", "type", "Accusation")),
    ("ロシアは新たな動員を開始した。", ("Mobilization", "ロシア", None, "type", "Mobilization")),
    ("米国はロシアに新たな制裁を科した。", ("Sanction", "米国", None, "type", "Sanction")),
    ("両国は停戦で合意した。", ("Agreement", None, None, "type", "Agreement")),
    ("米国はウクライナに軍事支援を供与した。", ("Aid", "米国", "ウクライナ", "type", "Aid")),
    ("米国は和平案を提示した。", ("Proposal", "米国", None, "type", "Proposal")),
    ("ゲラシモフ氏は「部隊がクピャンスクを『解放』した」と報告。", ("Capture", None, "クピャンスク", "type", "Capture")),
    ("警察は28日、キーウで男を逮捕した。", ("Arrest", None, "キーウ", "date", "2025-11-28")),
    ("ロシア当局はジャーナリストを拘束した。", ("Arrest", "ロシア当局", None, "type", "Arrest")),
]


# A longer word beginning with a trigger names no event (vocab_ja.TRIGGER_BLOCKERS), nor does a
# trigger that names a charge or a person (vocab_ja.NOT_EVENT_AFTER). Sentences written for this table.
@pytest.mark.parametrize("text,typ", [
    ("裁判所はプーチン大統領に逮捕状を出した。", "Arrest"),
    ("合意には法的拘束力がない。", "Arrest"),
    ("警察は男を放火の容疑で逮捕した。", "Attack"),
    ("市内では大統領に対する抗議集会が開かれた。", "Accusation"),
    ("和平案は大幅な譲歩を求める内容となっている。", "Proposal"),
])
def test_trigger_blockers(nlp_ja, text, typ):
    assert [e.type for e in run(nlp_ja, text).events if e.type == typ] == []


# Triggers added from dev sentences (rewritten here, not copied).
@pytest.mark.parametrize("text,typ", [
    ("警察は男を放火の容疑で逮捕した。", "Arrest"),
    ("治安部隊はデモ隊を鎮圧した。", "Attack"),
    ("武装組織が犯行声明を出した。", "Attack"),
    ("外相は記者団に対し、北朝鮮に核実験の中止を求めた。", "Proposal"),
    ("委員長は両政府の代表と会い、報告をした。", "Meeting"),
])
def test_dev_triggers(nlp_ja, text, typ):
    assert typ in [e.type for e in run(nlp_ja, text).events]


@pytest.mark.parametrize("text,expected", EVENT_CASES)
def test_events(nlp_ja, text, expected):
    typ, agent, place, attr, value = expected
    rec = run(nlp_ja, text, "2025-11-30")
    events = [e for e in rec.events if e.type == typ]
    assert events, [e.type for e in rec.events]
    e = events[0]
    if agent:
        assert agent in [m.text for m in e.agents]
    if place:
        assert place in [m.text for m in e.locations + e.targets]
    assert getattr(e, attr) == value
    check_offsets(rec)


# Event arguments (sentences written for this table): Weapon instruments, stated casualties with
# bounds, places only as locations, news outlets and time zones in no role.
@pytest.mark.parametrize("text,instruments,fatalities,injuries", [
    ("ウクライナ軍は巡航ミサイル「ストームシャドー」でクリミアを攻撃した。", ["ストームシャドー"], None, None),
    ("ロシア軍の砲撃で少なくとも5人が死亡し、12人が負傷した。", [], (5, 5, None), (12, None, None)),
    ("ロシア軍の攻撃で120名から200名が負傷した。", [], None, (120, 120, 200)),
    # "more than N" excludes N (the Count contract, as in English); 以上 includes it
    ("ロシア軍の空爆で200人を超える住民が死亡した。", [], (201, 201, None), None),
    ("ロシア軍の空爆で30人以上が死亡した。", [], (30, 30, None), None),
])
def test_attack_arguments(nlp_ja, text, instruments, fatalities, injuries):
    rec = run(nlp_ja, text)
    evs = [e for e in rec.events if e.type == "Attack"]
    assert len(evs) == 1, [(e.type, e.trigger) for e in rec.events]
    e = evs[0]
    got = lambda c: (c.value, c.low, c.high) if c else None  # noqa: E731
    assert [m.text for m in e.instruments] == instruments and all(m.type == "Weapon" for m in e.instruments)
    assert (got(e.fatalities), got(e.injuries)) == (fatalities, injuries)
    check_offsets(rec)


@pytest.mark.parametrize("text,place", [
    ("ロシア軍はヘルソン市を砲撃した。", "ヘルソン市"),
    ("ロイター通信によると、ロシア軍は日本時間の29日、キーウを攻撃した。", "キーウ"),
])
def test_places_are_never_parties_and_outlets_fill_no_role(nlp_ja, text, place):
    e = next(e for e in run(nlp_ja, text).events if e.type == "Attack")
    assert place in [m.text for m in e.locations]
    parties = [m.text for m in e.agents + e.targets + e.participants]
    assert place not in parties
    assert not any("ロイター" in t or "時間" in t for t in parties + [m.text for m in e.locations])


# The source of "Xによると" reports the event; a title or honorific between the name and によると
# ("オデーサ州のキペル知事によると") keeps the person the source, never the event's agent.
@pytest.mark.parametrize("text,typ,reporter", [
    ("共同通信によると、ロシア軍はキーウを攻撃した。", "Attack", "共同通信"),
    # (a toll is a CasualtyReport of a told violent event: vocab_ja.TOLL_NEEDS_EVENT)
    ("ロシア軍が州を攻撃した。オデーサ州のキペル知事によると、州内で5人が負傷した。", "CasualtyReport", "キペル"),
    ("ゼレンスキー大統領によると、ロシア軍はハルキウを攻撃した。", "Attack", "ゼレンスキー"),
])
def test_reporter_is_reported_by_not_a_party(nlp_ja, text, typ, reporter):
    e = next(e for e in run(nlp_ja, text).events if e.type == typ)
    assert [m.text for m in e.reported_by] == [reporter]
    assert reporter not in [m.text for m in e.agents + e.targets + e.participants + e.locations]


# Sense checks (vocab_ja.SENSE_BLOCKS): a sports attack, a disaster's toll.
@pytest.mark.parametrize("text,typ", [
    ("9回表の攻撃で早実は2点を挙げ、試合を決めた。", "Attack"),
    ("地震による死者は30人に達した。", "CasualtyReport"),
])
def test_other_senses_are_no_events(nlp_ja, text, typ):
    assert [e.type for e in run(nlp_ja, text).events if e.type == typ] == []


def test_meeting_has_both_leaders(nlp_ja):
    rec = run(nlp_ja, "ロシアのプーチン大統領と中国の習近平国家主席は30日、オンライン形式で会談を行いました。")
    e = next(e for e in rec.events if e.type == "Meeting")
    assert {"プーチン", "習近平"} <= {m.text for m in e.agents + e.participants}


def test_digest_claims_and_denial(nlp_ja):
    text = ("特別軍事作戦の概要 露国防省\n\n❗️ ロシア軍はベショロエ村を解放した。\n\n"
            "ロシア軍のゲラシモフ参謀総長は20日、クピャンスクを制圧したと報告した。ウクライナ軍はこれを否定している。")
    rec = run(nlp_ja, text)
    check_offsets(rec)
    asserted = {(c.claimant.text if c.claimant else None, rec.events[c.event_index].type)
                for c in rec.claims if c.stance == "asserts" and c.event_index is not None}
    assert ("露国防省", "Capture") in asserted and ("ゲラシモフ", "Capture") in asserted
    denial = next(c for c in rec.claims if c.stance == "denies")
    assert denial.claimant is not None and denial.claimant.text == "ウクライナ軍"
    disputed = rec.claims[denial.disputes_index]
    assert disputed.claimant.text == "ゲラシモフ" and "クピャンスク" in disputed.text


# Mention layer vs GiNZA's own entities (what bench/eval_ja_ner.py measures).
# text -> (present (surface, type) pairs, absent surfaces)
MENTION_CASES = [
    # "・" joins foreign given and family names: GiNZA's Person stays a person, not an org
    ("ジョン・レノンはビートルズのメンバーだった。", ({("ジョン・レノン", "Person")}, set())),
    ("アラン・トランメルが初選出。", ({("アラン・トランメル", "Person")}, set())),
    # a title inside GiNZA's country span goes to the role, the country stays
    ("昨年4月、オバマ米大統領が訴えた。", ({("オバマ", "Person"), ("米", "Country")}, {"米大統領"})),
    # org words as common nouns or word tails are no organization
    ("政府がもっと定義を厳しくすべきだ。", (set(), {"政府"})),
    ("結局は14銭高で引けた。", (set(), {"結局"})),
    ("市の関係部局で決定された。", (set(), {"関係部局"})),
    # ... but a name or a の-qualifier makes them one
    ("ウクライナの大統領府は明らかにしました。", ({("大統領府", "Government")}, set())),
    ("ロシア国防省は発表した。", ({("ロシア国防省", "Government")}, set())),
    # nationality, not a place; quoted song titles are no organization
    ("イギリス当局がケニア人を抑圧した。", (set(), {"ケニア"})),
    ("5月にリリースした「Story」は8位だった。", (set(), {"Story"})),
]


# Place names GiNZA does not know (tagged Person or nothing), found through the gazetteer.
# text -> (present (surface, type) pairs, absent surfaces)
GAZETTEER_CASES = [
    ("ドネツク州の要衝ポクロウシクでは21日も激しい戦闘が続いた。", ({("ポクロウシク", "City")}, set())),
    ("ロシア側はこの町をクラスノアルメイスクと呼んでいる。", ({("クラスノアルメイスク", "City")}, set())),
    ("ロシア軍は21日、ポクロフスク周辺の陣地に対して攻撃を行った。", ({("ポクロフスク", "City")}, set())),
    ("一方、ロシア国防省は、ポクロフスクの東部地区を制圧したと主張した。", ({("ポクロフスク", "City")}, set())),
    ("ウクライナ軍参謀本部は20日、クピャンスクの制圧は事実ではないとして否定した。", ({("クピャンスク", "City")}, set())),
    ("ロシア軍はミルノフラードとコンスタンチノフカに迫った。",
     ({("ミルノフラード", "City"), ("コンスタンチノフカ", "City")}, set())),
    ("・クラスノアルメイスクの70%が解放された。", ({("クラスノアルメイスク", "City")}, set())),
    # known kanji names and katakana + kanji names
    ("ウクライナ軍は蛇島を奪還した。", ({("蛇島", "Location")}, set())),
    ("ヨーロッパ最大規模のザポリージャ原発では砲撃が続いた。", ({("ザポリージャ原発", "Facility")}, {"ザポリージャ"})),
    # a name followed by more name is part of a longer name
    ("東京オリンピックの開催が延期された。", (set(), {"東京"})),
    ("第8回アジア大会に出場した。", (set(), {"アジア"})),
    ("ヒルトン東京が経営する店だ。", (set(), {"東京"})),
    # persons keep their titles and stay persons
    ("ゼレンスキー大統領はブチャを訪れた。", ({("ゼレンスキー", "Person"), ("ブチャ", "City")}, set())),
    ("ポクロフスク氏は記者団に語った。", ({("ポクロフスク", "Person")}, set())),
    # never a piece of a longer katakana word
    ("ロシアンルーレットのような状況だ。", (set(), {"ロシア"})),
    ("キーウォードを検索した。", (set(), {"キーウ"})),
]


@pytest.mark.parametrize("text,expected", MENTION_CASES + GAZETTEER_CASES)
def test_mentions(nlp_ja, text, expected):
    present, absent = expected
    rec = run(nlp_ja, text)
    got = {(m.text, m.type) for m in rec.mentions}
    assert present <= got
    assert not absent & {m.text for m in rec.mentions}
    check_offsets(rec)


# Clauses whose event is negated or denied: no event of that type in the sentence.
NEGATED_CASES = [
    ("ウクライナ軍参謀本部は、クピャンスクの制圧は事実ではないとして否定した。", "Capture"),
    ("ロシア国防省は、民間施設を攻撃していないと述べた。", "Attack"),
    ("ブダノフ局長は「ポクロウシクは包囲はされていない」と述べた。", "Capture"),
    ("クレムリンはロシア軍がブチャで民間人を殺害したことを否定した。", "Attack"),
    ("ロシア軍はこの日、攻撃を行わなかった。", "Attack"),
    ("ウクライナ側は「ボウチャンスクの80%が制圧されたとする記述も事実ではない」とした。", "Capture"),
]


@pytest.mark.parametrize("text,typ", NEGATED_CASES)
def test_negated_events_are_not_events(nlp_ja, text, typ):
    rec = run(nlp_ja, text)
    assert typ not in {e.type for e in rec.events}
    assert not any(c.stance == "asserts" for c in rec.claims)
    check_offsets(rec)


_KUP = "ロシア国防省は20日、ロシア軍がハルキウ州のクピャンスクを完全に制圧したと発表した。"
_DRONES = "ロシア国防省はまた、ウクライナ軍の無人機39機を撃墜したと主張した。"
_POK = "ロシア国防省は、ポクロフスクの東部地区を制圧したと主張した。"
# text -> (words in the disputed claim's text, claimant of the denial, claimant of the disputed claim)
DENIAL_CASES = [
    # a place named in the denial picks the claim (another sentence and a spelling variant between)
    (_KUP + _DRONES + "これに対し、ウクライナ軍参謀本部は20日、クピャンスクの制圧は事実ではないとして否定した。",
     ("クピャンスク", "ウクライナ軍参謀本部", "ロシア国防省")),
    (_KUP + _POK + "ウクライナ軍参謀本部は、クピヤンシクの制圧は事実ではないと否定した。",
     ("クピャンスク", "ウクライナ軍参謀本部", "ロシア国防省")),
    (_KUP + _POK + "ウクライナ軍参謀本部は、ポクロウシクの制圧は事実ではないと否定した。",
     ("ポクロフスク", "ウクライナ軍参謀本部", "ロシア国防省")),
    # これ: the claim of the previous sentence
    (_POK + "ウクライナ軍はこれを否定している。", ("ポクロフスク", "ウクライナ軍", "ロシア国防省")),
    # no place named: the nearest earlier claim of the denied type, not the nearest claim
    (_KUP + _DRONES + "ウクライナ軍参謀本部は、制圧は事実ではないと否定した。",
     ("クピャンスク", "ウクライナ軍参謀本部", "ロシア国防省")),
    # the person whose report is denied
    ("ロシア軍のゲラシモフ参謀総長は、クピャンスクを制圧したと報告した。" + _DRONES
     + "一方、ウクライナ軍は、ゲラシモフ参謀総長の報告を否定しています。", ("クピャンスク", "ウクライナ軍", "ゲラシモフ")),
]


@pytest.mark.parametrize("text,expected", DENIAL_CASES)
def test_denial_links_to_the_claim_it_denies(nlp_ja, text, expected):
    words, claimant, disputed_claimant = expected
    rec = run(nlp_ja, text)
    check_offsets(rec)
    denials = [c for c in rec.claims if c.stance == "denies"]
    assert len(denials) == 1
    d = denials[0]
    assert d.claimant is not None and d.claimant.text == claimant
    assert d.disputes_index is not None
    disputed = rec.claims[d.disputes_index]
    assert disputed.stance == "asserts" and words in disputed.text
    assert disputed.claimant is not None and disputed.claimant.text == disputed_claimant
    # about the disputed event, and the denial sentence adds no event of its own
    assert d.event_index == disputed.event_index is not None
    assert not [e for e in rec.events if d.start <= e.start < d.end]


def test_denial_without_a_prior_claim_keeps_the_denial_only(nlp_ja):
    rec = run(nlp_ja, "一方、クレムリン(ロシア大統領府)はロシア軍がブチャで民間人を殺害したことを否定。")
    (d,) = rec.claims
    assert (d.stance, d.claimant.text, d.event_index, d.disputes_index) == ("denies", "クレムリン", None, None)
    assert rec.events == []


def test_retort_with_nothing_denied_is_no_denial(nlp_ja):
    rec = run(nlp_ja, "各国がロシアを非難したのに対し、ロシアのネベンジャ国連大使は、軍事施設を正確に攻撃していると反論しました。")
    assert not [c for c in rec.claims if c.stance == "denies"]
    assert "Attack" in {e.type for e in rec.events}


def test_sample_denials_link(nlp_ja):
    """The bundled samples: both denials dispute the asserted capture and add no event."""
    for name, place in (("kupiansk_claim", "クピャンスク"), ("pokrovsk_fighting", "ポクロフスク")):
        text = (ROOT / "samples" / "ja" / f"{name}.txt").read_text(encoding="utf-8")
        rec = run(nlp_ja, text)
        check_offsets(rec)
        denials = [c for c in rec.claims if c.stance == "denies" and c.disputes_index is not None]
        assert len(denials) == 1, name
        disputed = rec.claims[denials[0].disputes_index]
        assert place in disputed.text and denials[0].event_index == disputed.event_index
        assert len([e for e in rec.events if e.type == "Capture"]) == 1, name


def test_sample_town_spellings_are_all_places(nlp_ja):
    text = (ROOT / "samples" / "ja" / "pokrovsk_fighting.txt").read_text(encoding="utf-8")
    rec = run(nlp_ja, text)
    towns = [m for m in rec.mentions if m.text in ("ポクロウシク", "ポクロフスク", "クラスノアルメイスク")]
    # five mentions GiNZA misses or takes for a person, one it tags City itself
    assert len(towns) == 6 and all(m.type == "City" for m in towns)


NAUGHTY = ["", "   \n\n", "。。。、、、", "「「「", "「未完の引用と述べた", "」と述べた", "🔥🙏🇺🇦", "\x00\x01\x1f\x7f",
           "あ" * 12000, "ー・ー・", "『』「」（）", "ｗｗｗ１２３"]


@pytest.mark.parametrize("text", NAUGHTY)
def test_naughty_inputs_yield_nothing(nlp_ja, text):
    rec = run(nlp_ja, text)
    assert (rec.mentions, rec.roles, rec.statements, rec.events, rec.claims) == ([], [], [], [], [])


def test_no_chunks_yield_nothing():
    rec = extract_ja([], Document("t", "ロシア軍はキーウを攻撃した。", "ja", None))
    assert rec.mentions == [] and rec.events == []


def _seed(name: str) -> tuple[str, str, str]:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: seeds are available to developers and CI only")
    rows = [json.loads(line) for line in (SHARED / "seeds" / "seeds.jsonl").read_text(encoding="utf-8").splitlines() if line]
    row = next(r for r in rows if r["id"].startswith(name))
    text = (SHARED / "seeds" / f"{row['id']}.txt").read_text(encoding="utf-8")
    return row["id"], text, row["date"]


@pytest.fixture(scope="module")
def seeds(nlp_ja) -> dict[str, DocRecords]:
    out = {}
    for n in ("001", "002"):
        did, text, date = _seed(n)
        out[n] = extract_ja([(nlp_ja(text), 0)], Document(did, text, "ja", date))
    return out


def test_seed_offsets(seeds):
    for rec in seeds.values():
        check_offsets(rec)
        assert len(rec.mentions) > 50


def test_seed_002_capture_reports_are_claims_not_facts(seeds):
    """Every capture in seed 002 is a party's claim (bullets under "🔸 ゲラシモフ露軍参謀総長", "…を掌握したと
    報告しました"), none outlet-reported fact; the claimant is never also the agent."""
    rec = seeds["002"]
    claimed = {c.event_index: c for c in rec.claims if c.stance == "asserts"}
    text = rec.doc.text
    recent = [k for k, e in enumerate(rec.events) if e.type == "Capture" and "2022" not in e.sentence.text
              and "併合" not in e.trigger]  # Bucha 2022 and Crimea's annexation are background history
    assert recent and all(k in claimed for k in recent), [rec.events[k].sentence.text for k in recent if k not in claimed]
    bullets = [k for k in recent if text[rec.events[k].sentence.start] == "・"]
    assert len(bullets) == 3 and {claimed[k].claimant.text for k in bullets} == {"ゲラシモフ"}
    for k, c in claimed.items():
        if c.claimant is not None:
            assert c.claimant.text not in [m.text for m in rec.events[k].agents]


def test_chunked_offsets(nlp_ja):
    """Two chunks with offsets give document offsets and the same persons as one chunk."""
    _did, text, date = _seed("002")
    cut = text.index("\n\n", len(text) // 2) + 2
    parts = [(nlp_ja(text[:cut]), 0), (nlp_ja(text[cut:]), cut)]
    rec = extract_ja(parts, Document("c", text, "ja", date))
    check_offsets(rec)
    assert {"ゲラシモフ", "ゼレンスキー", "ユーリ・ウラジミロビッチ・キム"} <= {m.text for m in rec.mentions if m.type == "Person"}
    assert any(m.start >= cut for m in rec.mentions)


def test_seed_001_facts(seeds):
    rec = seeds["001"]
    meetings = [e for e in rec.events if e.type == "Meeting" and e.date == "2022-12-30"]
    assert any({"プーチン", "習近平"} <= {m.antecedent or m.text for m in e.agents + e.participants} for e in meetings)
    assert any(r.person.text == "クリチコ" and r.role == "市長" and r.org and r.org.text == "キーウ" for r in rec.roles)
    assert any(s.speaker and s.speaker.text == "クリチコ" and "無人機" in s.quote for s in rec.statements)
    assert any(s.speaker and s.speaker.text == "ゼレンスキー" and s.medium == "video" and s.date == "2022-12-30"
               for s in rec.statements)


def test_seed_002_facts(seeds):
    rec = seeds["002"]
    assert any(c.stance == "asserts" and c.claimant and c.claimant.text == "露国防省" and c.event_index is not None
               and "ベショロエ村" in [m.text for m in rec.events[c.event_index].locations] for c in rec.claims)
    denials = [c for c in rec.claims if c.stance == "denies" and c.disputes_index is not None]
    assert any(any(p in rec.claims[c.disputes_index].text for p in ("クピャンスク", "ポクロウシク")) for c in denials)
    assert any(s.speaker and (s.speaker.antecedent or s.speaker.text) == "ゼレンスキー" and s.medium == "Telegram"
               for s in rec.statements)
    kim = [m for m in rec.mentions if m.text == "キム"]
    assert kim and all(m.antecedent == "ユーリ・ウラジミロビッチ・キム" for m in kim)


# Floors a little below the measured scores (bench/results_extract_ja.md) so a regression fails.
FLOORS = {
    "001": {"person_roles": 0.95, "statements": 0.88, "events": 0.87, "events_type_location": 0.87, "claims": 0.65},
    # events 0.909 -> 0.88 (#15): triggers of the Wikinews gold guideline (対話, 死亡, 負傷, 採択, を求め) find
    # events the seed gold does not list; claims F1 rose (0.867 -> 0.882)
    # claims 0.882 -> 0.833 (#17, session 4): two attributions the Wikinews statements guideline counts (rule 4:
    # "米陸軍報道官のデーブ・バトラー大佐によると", "ウクライナ検事総長の起訴状によると") now give statements, and
    # their events become claims; seed 002's gold excludes "Xによると" hearsay (statements 56/62 -> 57/64)
    "002": {"person_roles": 0.95, "statements": 0.88, "events": 0.87, "events_type_location": 0.87, "claims": 0.83},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_scores(seeds, name):
    gold = json.loads((GOLD / f"ja_seed_{name}.json").read_text(encoding="utf-8"))
    counts = {k: len(gold[k]) for k in ("person_roles", "statements", "events", "claims")}
    assert counts == {"001": {"person_roles": 10, "statements": 27, "events": 22, "claims": 6},
                      "002": {"person_roles": 17, "statements": 63, "events": 60, "claims": 15}}[name]
    result = score(seeds[name], gold)
    for key, floor in FLOORS[name].items():
        assert result[key]["f1"] >= floor, (key, result[key])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("数日中にトランプ米大統領とも協議する予定という。", True),
        ("ゼレンスキー大統領がトランプ大統領と近く協議を行う見通しだ。", True),
        ("ロシアがウクライナに再度侵攻した場合、", True),
        ("ロシアはポクロウシクを制圧すれば、", True),
        ("新たな動員に踏み切る可能性がある", True),
        ("ロシア軍の今後の攻撃について、", True),
        ("ロシア軍はクピャンスクを制圧したと報告した。", False),
        ("30日、オンライン形式で会談を行いました。", False),
        ("29日に砲撃があり、予備の電源系統が切断された。", False),
    ],
)
def test_hypothetical_events(text: str, expected: bool) -> None:
    """Future, intended and conditional event mentions are recognised in the trigger's own clause."""
    import re

    from conflict_kg.extract import vocab_ja as V

    trig = re.search("|".join(re.escape(t) for t, _, _ in V.EVENT_TRIGGERS), text)
    assert trig is not None
    assert hypothetical(text, trig.start(), trig.end()) is expected


@pytest.mark.parametrize("text", ["", "予定", "場合", "\x00\ufeff", "今後"])
def test_hypothetical_naughty(text: str) -> None:
    assert hypothetical(text, 0, 0) in (True, False)


# Clause cues of the event extractor, checked on the pure text functions: (predicate, text, noun, expected).
CLAUSE_CUE_CASES = [
    ("purpose", "政府軍は州都の奪還に向け部隊を集結させた", "奪還", True),
    ("purpose", "政府軍は州都を奪還した", "奪還", False),
    ("future_nonpast", "司令官は「我々は新たな攻撃を開始する」と警告した", "攻撃", True),
    ("future_nonpast", "司令官は「我々は新たな攻撃を開始した」と述べた", "攻撃", False),
    ("future_nonpast", "司令官は「部隊は今も攻撃を続けている」と述べた", "攻撃", False),
    ("hearsay_frame", "両国が停戦案を協議していると報じられる中、首相は演説した", "協議", True),
    ("hearsay_frame", "通信社は両国が停戦案を協議したと報じた", "協議", False),
    ("topic", "動員を巡っては、政府は予備役の動員を完了した", "動員", True),
    ("topic", "政府は予備役の動員を完了した", "動員", False),
    ("doc_topic", "停戦案について、外相は慎重な姿勢を示した", "停戦案", True),
    ("doc_topic", "停戦案は国境線の凍結を求める内容だ", "停戦案", True),
    ("doc_topic", "停戦案は5日に双方へ提示された", "停戦案", False),
    ("doc_topic", "仲介国は停戦案を提示した", "停戦案", False),
    ("anaphoric", "この砲撃で市民が負傷した", "砲撃", True),
    ("anaphoric", "同港の封鎖で輸出が止まった", "封鎖", True),
    ("anaphoric", "この日の会合では制裁が議論された", "会合", False),
    ("anaphoric", "両軍の共同攻撃が始まった", "攻撃", False),
    ("conditional", "停戦が破られた場合、追加の制裁が科されることになる", "制裁", True),
    ("conditional", "相手が再び侵攻すれば、各国は新たな制裁を科す", "制裁", True),
    ("conditional", "報道によれば、軍は市街地を砲撃した", "砲撃", False),
    ("conditional", "停戦が破られたため、各国は制裁を科した", "制裁", False),
]


@pytest.mark.parametrize("cue,text,noun,expected", CLAUSE_CUE_CASES)
def test_event_clause_cues(cue: str, text: str, noun: str, expected: bool) -> None:
    from conflict_kg.extract import ja_clauses as J

    s = text.index(noun)
    e = s + len(noun)
    got = {
        "purpose": lambda: J.purpose(text, e),
        "future_nonpast": lambda: J.future_nonpast(text, e),
        "hearsay_frame": lambda: J.hearsay_frame(text, e),
        "topic": lambda: J.topic_mention(text, e),
        "doc_topic": lambda: J.topic_mention(text, e, doc=True),
        "anaphoric": lambda: J.anaphoric(text, s),
        "conditional": lambda: J.conditional_consequence(text, 0, s, e),
    }[cue]()
    assert got is expected


# Event dates: (text, event type, expected date) with the document dated 2025-11-30.
EVENT_DATE_CASES = [
    # The topic's day dates the report of a battlefield claim, not the capture.
    ("参謀本部は12日、南部の要衝ヘルソンを奪還したと発表した。", "Capture", None),
    ("政府軍は12日、南部の要衝ヘルソンを奪還した。", "Capture", "2025-11-12"),
    ("市長は12日の未明にも無人機による攻撃があったと明らかにした。", "Attack", "2025-11-12"),
    # A month is not a news day: it dates the event too.
    ("政府は今年3月、予備役の動員を完了したと発表した。", "Mobilization", "2025-03"),
    # Dates in a quote, or before the quote's reporting verb, belong to the speech.
    ("大統領は10日、「来年は防空をさらに強化する」と述べ、同盟国の軍事支援に謝意を示した。", "Aid", None),
    # A span: its start carries the year and is when the event began.
    ("部隊は10月28日から11月2日にかけて市内を砲撃した。", "Attack", "2025-10-28"),
    ("部隊は24年10月28日~11月2日、市内を砲撃した。", "Attack", "2024-10-28"),
]


@pytest.mark.parametrize("text,typ,expected", EVENT_DATE_CASES)
def test_event_dates(nlp_ja, text, typ, expected):
    rec = run(nlp_ja, text, "2025-11-30")
    events = [e for e in rec.events if e.type == typ]
    assert len(events) == 1, [(e.type, e.trigger) for e in rec.events]
    assert events[0].date == expected
    check_offsets(rec)


# Whole-text event cases: (text, expected list of (type, place or None) in text order).
EVENT_RULE_CASES = [
    ("政府軍は州都の奪還に向け部隊を集結させた。", []),
    ("司令官は「我々は来週から新たな攻撃を開始する」と警告した。", []),
    ("停戦が破られた場合、追加の制裁が科されることになる。", []),
    ("停戦案について、外相は慎重な姿勢を示した。", []),
    ("動員を巡っては、政府は先月、予備役の動員を完了した。", [("Mobilization", None)]),
    # the re-mentioned attack is no second Attack; the injuries it caused are a CasualtyReport and the
    # adopted statement an Agreement (the Wikinews gold guideline: 負傷した, 採択 are events)
    ("軍は港湾都市を砲撃した。この砲撃で市民が負傷した。", [("Attack", None), ("CasualtyReport", None)]),
    ("外相らは5日に会合を開いた。この日の会合では共同声明が採択された。",
     [("Meeting", None), ("Meeting", None), ("Agreement", None)]),
    # The subject of a passive is what the event happened to; a relative clause's head is its place.
    ("ヘルソンが2022年にロシア軍によって占領された。", [("Capture", "ヘルソン")]),
    ("港湾都市オデーサがミサイル攻撃を受けた。", [("Attack", "オデーサ")]),
    ("武装勢力が制圧したマリウポリでは停電が続いている。", [("Capture", "マリウポリ")]),
    ("野党は政府の対応を強く批判した。", [("Accusation", None)]),
    ("専門家の間では批判的な見方が多い。", []),
]


@pytest.mark.parametrize("text,expected", EVENT_RULE_CASES)
def test_event_rules(nlp_ja, text, expected):
    rec = run(nlp_ja, text, "2025-11-30")
    assert [e.type for e in rec.events] == [t for t, _ in expected], [(e.type, e.trigger) for e in rec.events]
    for e, (_t, place) in zip(rec.events, expected):
        if place:
            assert place in [m.text for m in e.locations + e.targets]
    check_offsets(rec)
