"""Japanese events, second round (issue #15): triggers, sense, frames and dates as table tests.

Every sentence here was written for this file, in the shapes of dev articles of
``bench/gold/ja_wikinews_articles.json`` (never a test article). Each table exercises one data
table of :mod:`conflict_kg.extract.vocab_ja` or one rule of :mod:`conflict_kg.extract.ja_events`.
"""
from __future__ import annotations

import pytest

from conflict_kg.kg.model import DocRecords
from tests.test_extract_ja import check_offsets, run


def names(ms) -> list[str]:
    """Surface forms and antecedents: a coreferent mention ("同容疑者") names its antecedent too."""
    return [n for m in ms for n in (m.text, m.antecedent) if n]


def of_type(rec: DocRecords, typ: str) -> list:
    return [e for e in rec.events if e.type == typ]


# Triggers from the guideline's lists (bench/gold/ja_wikinews_events.md), with their conditions
# (vocab_ja.TRIGGER_NEEDS: 指摘 and 断定 need a cue of wrongdoing, 展開 a force).
@pytest.mark.parametrize("text,typ,found", [
    ("文部科学省は協会に対し調査を行うよう指示した。", "Proposal", True),
    ("国連は各国に緊急の資金拠出を呼びかけた。", "Proposal", True),
    ("政府は警察当局が暴動に関与したと断定した。", "Accusation", True),
    ("市当局は同社の責任を指摘している。", "Accusation", True),
    ("委員は今後の課題を指摘した。", "Accusation", False),
    ("大臣は住民の責任があると述べた。", "Accusation", True),
    ("政府は国境に部隊を展開した。", "Mobilization", True),
    ("教授は新しい議論を展開した。", "Mobilization", False),
    ("米国は同国への禁輸を決めた。", "Sanction", True),
])
def test_guideline_triggers(nlp_ja, text, typ, found):
    assert bool(of_type(run(nlp_ja, text), typ)) is found


# Words that contain a trigger but name no event (vocab_ja.NOT_EVENT_WORDS), and re-mentions of an
# incident already told (vocab_ja.REMENTION_AFTER).
@pytest.mark.parametrize("text,typ,count", [
    ("続いて行われた参議院本会議でも首相が指名された。", "Meeting", 0),
    ("国連の制裁監視委員が機体を発見した。", "Sanction", 0),
    ("男が記者を射殺した。外相は射殺事件の真相究明を求めた。", "Attack", 1),
    ("男が記者を射殺した。", "Attack", 1),
    ("港で爆発事件が起きた。内相は爆破事件を「醜いテロ行為」と呼んだ。", "Attack", 1),
    ("各県で避難指示が出された。", "Proposal", 0),
    ("大統領は内相を更迭したが、野党側による抗議は続いた。", "Accusation", 0),
])
def test_non_event_words_and_rementions(nlp_ja, text, typ, count):
    assert len(of_type(run(nlp_ja, text), typ)) == count


# Document sense (vocab_ja.LEAD_SENSE_BLOCKS): a lead in another domain blocks the type in the
# document unless the sentence itself has a violence cue (vocab_ja.VIOLENCE_CUES).
@pytest.mark.parametrize("text,typ,count", [
    ("甲子園で準決勝の試合が行われた。早実は終盤の攻撃で3点を挙げた。", "Attack", 0),
    ("各国の政府機関がサイバー攻撃を受けた。今回も同じ攻撃を受けており、障害が続いた。", "Attack", 0),
    ("沿岸部で大規模な地震が発生した。死者は少なくとも500人に達した。", "CasualtyReport", 0),
    ("甲子園で準決勝の試合が行われた。その後、武装した男が観客を襲撃した。", "Attack", 1),
    ("市内で爆発事件が起きた。死者は少なくとも30人に達した。", "Attack", 1),
])
def test_lead_sense(nlp_ja, text, typ, count):
    assert len(of_type(run(nlp_ja, text), typ)) == count


# Prospects are no events (ja_clauses.hypothetical): a decision or a direction to act, an expected
# request, a topic whose sentence ends in a plan.
@pytest.mark.parametrize("text,typ", [
    ("野球界全体で抗議する事を決めた。", "Accusation"),
    ("連盟も抗議を行う方向であるという。", "Accusation"),
    ("日本側から説明を求めるものと見られている。", "Proposal"),
    ("政策協議は両党から15人が参加し、11月中旬まで行われる予定。", "Meeting"),
])
def test_prospects_are_no_events(nlp_ja, text, typ):
    assert of_type(run(nlp_ja, text), typ) == []


def test_passive_killing_of_a_count_is_a_toll(nlp_ja):
    rec = run(nlp_ja, "市内で自爆テロが起きた。警察によると、30名が爆発により殺害された。")
    tolls = of_type(rec, "CasualtyReport")
    assert len(tolls) == 1 and tolls[0].trigger == "殺害" and tolls[0].fatalities.value == 30
    assert len(of_type(rec, "Attack")) == 1


# Frames (vocab_ja.AGENT_PARTICLES, PASSIVE_AGENT_PARTICLES, TARGET_PARTICLES, WITH_PARTICLES,
# DATIVE_TARGET_FAMILIES): (text, type, agent or None, target or None).
FRAME_CASES = [
    ("漁船の乗組員が北朝鮮に拉致された。", "Attack", "北朝鮮", None),
    ("星野氏は手塚オーナーから残留を要請された。", "Proposal", "手塚", "星野"),
    ("星野氏は手塚昌利球団オーナーから残留を要請された。", "Proposal", "手塚昌利", "星野"),
    ("住民はスーダン政府軍による爆撃を受けた。", "Attack", "スーダン政府軍", None),
    ("ロシア軍の砲撃で市民5人が死亡した。", "Attack", "ロシア軍", None),
    ("高村外相はニャン・ウイン外相へ真相究明を申し入れた。", "Proposal", "高村", "ニャン・ウイン"),
    ("団体は署名をミャンマー大使館に提出した。", "Proposal", None, "ミャンマー大使館"),
    # a relative clause's trigger: the noun it modifies is the doer
    ("大統領の辞任を求めていた野党議員団が会見した。", "Proposal", "野党議員団", None),
    # unnamed parties the NER misses (vocab_ja.PARTY_HEADS)
    ("治安部隊がデモ隊に発砲し、鎮圧した。", "Attack", "治安部隊", None),
    # a name GiNZA misses before 容疑者 (vocab_ja.PERSON_SUFFIXES), and 同容疑者 referring back
    ("警察は茂原岳人容疑者を住居侵入の疑いで逮捕した。", "Arrest", None, "茂原岳人"),
    ("吉田剛容疑者は無免許だった。警察は同容疑者を逮捕した。", "Arrest", None, "吉田剛"),
    # the party blamed: the が-subject of the と-complement (vocab_ja.CONTENT_SUBJECT_TARGET_TYPES)
    ("別の幹部は、警察が暴力を振るったと非難していた。", "Accusation", None, "警察"),
    ("英政府はアルスター義勇軍が停戦合意に違反したと断定した。", "Accusation", "英政府", "アルスター義勇軍"),
    # a city that requests is the polity acting, not a place (diplomacy family)
    ("富士見市は1月13日に、市名の再考を求めていた。", "Proposal", "富士見市", None),
]


@pytest.mark.parametrize("text,typ,agent,target", FRAME_CASES)
def test_frames(nlp_ja, text, typ, agent, target):
    rec = run(nlp_ja, text)
    evs = of_type(rec, typ)
    assert evs, [(e.type, e.trigger) for e in rec.events]
    e = evs[-1]
    if agent:
        assert any(agent in n for n in names(e.agents + e.participants)), names(e.agents)
    if target:
        assert any(target in n for n in names(e.targets)), names(e.targets)
    check_offsets(rec)


def test_meeting_partner_with_to_is_a_participant(nlp_ja):
    e = of_type(run(nlp_ja, "野党議員団は7日夜、与党と合意した。"), "Agreement")[0]
    assert "与党" in names(e.participants) and "野党議員団" in names(e.agents)


def test_bare_title_refers_back_to_its_person(nlp_ja):
    rec = run(nlp_ja, "キルギスのバキエフ大統領は辞任を拒んだ。その後、大統領は6日に野党の要求を受け入れた。")
    e = of_type(rec, "Agreement")[0]
    assert [(m.text, m.antecedent) for m in e.agents] == [("大統領", "バキエフ")]


def test_reporter_topic_is_not_the_agent_of_its_claim(nlp_ja):
    rec = run(nlp_ja, "ロシア軍の参謀総長ゲラシモフ氏は先月、ハルキウ州の要衝を掌握したと報告した。"
                      "その後、参謀総長は東部の都市を掌握したと報告しました。")
    for e in of_type(rec, "Capture"):
        assert not {"ゲラシモフ", "参謀総長"} & set(names(e.agents))


# Dates (text, type, expected) with the document dated 2025-11-30: a term or a later start dates no
# event; a date after the trigger's particle; back-references count from the last written date;
# a toll or a back-referring sentence takes the date of its incident.
DATE_CASES = [
    ("野党は7日夜、8日から協議を再開することで与党と合意した。", "Agreement", "2025-11-07"),
    ("星野氏は9月8日、12月で契約満了となる職について残留を要請された。", "Proposal", "2025-09-08"),
    ("武装組織は犯行声明を29日に出した。", "Attack", "2025-11-29"),
    ("再会事業は9月26日に行われた。同日、双方の代表が会談した。", "Meeting", "2025-09-26"),
    ("22日、港で爆発事件が起きた。警察によると88名が死亡した。", "CasualtyReport", "2025-11-22"),
    ("22日、港で爆発事件が起きた。この爆発について組織が犯行声明を出した。", "Attack", "2025-11-22"),
]


@pytest.mark.parametrize("text,typ,expected", DATE_CASES)
def test_event_dates(nlp_ja, text, typ, expected):
    rec = run(nlp_ja, text, "2025-11-30")
    evs = of_type(rec, typ)
    assert evs, [(e.type, e.trigger) for e in rec.events]
    assert evs[-1].date == expected, [(e.trigger, e.date) for e in evs]


# GiNZA takes "<place><part-of-place word>" for one non-place entity ("ハルキウ中心部" Organization);
# the place before the part word is the event's location (ja_mentions._PART_OF_PLACE).
@pytest.mark.parametrize("text,typ,place", [
    ("ハルキウ中心部では25日、集合住宅にミサイルが落ち、10人が負傷した。", "CasualtyReport", "ハルキウ"),
    ("ヘルソン郊外で3日、砲撃があり、1人が死亡した。", "Attack", "ヘルソン"),
])
def test_part_of_place_is_the_place(nlp_ja, text, typ, place):
    assert place in [m.text for e in of_type(run(nlp_ja, text), typ) for m in e.locations]
