"""Japanese event arguments, fourth round (issue #15): parties named by common nouns kept as words,
nominal-trigger frames, the victim of a toll, dates, and the claimant kept out of the agents.

Each row says where its sentence comes from: ``own`` (written for this file) or ``dev`` (shaped on a
sentence of a dev article of ``bench/gold/ja_wikinews_articles.json``, names changed; never a test
article). Each table exercises one data table of :mod:`conflict_kg.extract.vocab_ja_parties` or one rule
of :mod:`conflict_kg.extract.ja_events`.
"""
from __future__ import annotations

import pytest

from conflict_kg.extract.vocab_ja_parties import object_noun, person_noun
from tests.test_events_ja import names, of_type
from tests.test_extract_ja import check_offsets, run

# Unnamed parties (vocab_ja_parties.PERSON_NOUNS, PERSON_NOUN_ENDINGS, COUNT_SUFFIX): the words as written,
# on the event, never an entity: (source, text, type, agent words, target words).
S4_DESCRIPTIONS = [
    ("dev", "兵庫県警が6日、女性の交際相手の男を殺人容疑で逮捕した。", "Arrest", [], ["男"]),
    ("own", "警察はイスラム過激派の男3人を逮捕した。", "Arrest", [], ["男3人"]),
    ("dev", "北朝鮮に拉致された被害者2人も訪問団に帯同された。", "Attack", [], ["被害者2人"]),
    ("dev", "この現場付近では2015年1月にも極左勢力の女性が自爆テロを敢行している。", "Attack", ["女性"], []),
    ("dev", "同新聞によると、違法献金問題で公設秘書が逮捕された。", "Arrest", [], ["公設秘書"]),
    ("dev", "マンションで殺害された少女の両親がコメントを発表した。", "Attack", [], ["少女"]),
    ("own", "北朝鮮は日本人を拉致した。", "Attack", [], ["日本人"]),
    ("own", "武装グループが村を襲撃し、政府庁舎を占拠した。", "Capture", [], []),
    # the topic of a toll suffered it (vocab_ja_parties.VICTIM_SUBJECT_TYPES)
    ("dev", "保健省によると、デモ参加者数名が銃弾を受けて負傷した。", "CasualtyReport", [], ["デモ参加者数名"]),
]


@pytest.mark.parametrize("source,text,typ,agent_words,target_words", S4_DESCRIPTIONS)
def test_s4_unnamed_parties_are_words(nlp_ja, source, text, typ, agent_words, target_words):
    rec = run(nlp_ja, text)
    evs = of_type(rec, typ)
    assert evs, [(e.type, e.trigger) for e in rec.events]
    e = evs[-1]
    assert e.agent_descriptions[: len(agent_words)] == agent_words
    assert e.target_descriptions[: len(target_words)] == target_words
    for w in e.agent_descriptions + e.target_descriptions:
        assert w in text and not any(m.text == w for m in rec.mentions)  # words only: no entity is made
    check_offsets(rec)


# Words that name people or things attacked, and words that name neither (vocab_ja_parties.person_noun,
# object_noun): (phrase, names people, names a thing attacked).
NOUNS = [
    ("男", True, False), ("交際相手の男", True, False), ("被害者2人", True, False), ("デモ参加者数名", True, False),
    ("政府高官", True, False), ("活動家", True, False), ("2人", False, False), ("本人", False, False),
    ("核開発", False, False), ("相手", False, False), ("政府系の建物", False, True), ("車列", False, True),
    ("場所", False, False), ("攻撃", False, False),
]


@pytest.mark.parametrize("phrase,people,thing", NOUNS)
def test_s4_party_nouns(phrase, people, thing):
    assert (person_noun(phrase), object_noun(phrase)) == (people, thing)


# Nominal triggers (vocab_ja_parties.NOMINAL_TARGET_PARTICLES, VIOLENT_POSSESSOR_PERSON,
# POSSESSOR_DOER_FAMILIES): (source, text, type, agents, targets, not agents).
S4_NOMINAL = [
    ("dev", "報告書は、今年1月、住民への爆撃が白い機体で行われたとした。", "Attack", [], ["住民"], []),
    ("dev", "スーダン政府軍が反政府派住民に対する爆撃を行っていた。", "Attack", ["スーダン政府軍"], ["反政府派住民"], []),
    ("own", "長井健司さんの銃撃は軍の指令によるものだった。", "Attack", [], ["長井"], ["長井"]),
    ("own", "首相官邸は、野党の要請を拒否した。", "Proposal", ["野党"], [], []),
    ("own", "ロシア軍の砲撃で市民が死亡した。", "Attack", ["ロシア軍"], [], []),
]


@pytest.mark.parametrize("source,text,typ,agents,targets,not_agents", S4_NOMINAL)
def test_s4_nominal_frames(nlp_ja, source, text, typ, agents, targets, not_agents):
    rec = run(nlp_ja, text)
    evs = of_type(rec, typ)
    assert evs, [(e.type, e.trigger) for e in rec.events]
    e = evs[-1]
    for a in agents:
        assert any(a in n for n in names(e.agents)), names(e.agents)
    for t in targets:
        assert any(t in n for n in names(e.targets)), names(e.targets)
    assert not any(a in n for a in not_agents for n in names(e.agents)), names(e.agents)
    assert not any(a in n for a in agents for n in names(e.targets)), names(e.targets)


# Institutions GiNZA labels as facilities (vocab_ja_parties.ACTING_FACILITY_LABELS): a party, not a place:
# (source, text, type, agents, targets).
S4_FACILITIES = [
    ("dev", "愛知県警豊田警察署は20日、男を窃盗の疑いで逮捕した。", "Arrest", ["豊田警察署"], []),
    ("dev", "日本の連盟は、どこにも相談無しに決めたIBAFに抗議した。", "Accusation", ["連盟"], ["IBAF"]),
    ("own", "最高裁判所は、政府の対応を批判した。", "Accusation", ["最高裁判所"], ["政府"]),
]


@pytest.mark.parametrize("source,text,typ,agents,targets", S4_FACILITIES)
def test_s4_institutions_labelled_as_facilities_act(nlp_ja, source, text, typ, agents, targets):
    e = of_type(run(nlp_ja, text), typ)[-1]
    assert [a for a in agents if any(a in n for n in names(e.agents))] == agents, names(e.agents)
    assert [t for t in targets if any(t in n for n in names(e.targets))] == targets, names(e.targets)
    assert not set(agents + targets) & {m.text for m in e.locations}


# The claimant or the outlet that reports an event is never its agent unless the text says it did it:
# (source, text, type, agent kept, claimant or reporter kept out of the agents).
S4_CLAIMANTS = [
    ("own", "ロシア国防省は20日、ロシア軍がクピャンスクを制圧したと発表した。", "Capture", ["ロシア軍"], "ロシア国防省"),
    ("own", "ゲラシモフ参謀総長は、クピャンスクを解放したと報告した。", "Capture", [], "ゲラシモフ"),
    ("dev", "共同通信によると、警察は男を逮捕した。", "Arrest", ["警察"], "共同通信"),
]


@pytest.mark.parametrize("source,text,typ,agents,claimant", S4_CLAIMANTS)
def test_s4_claimant_is_not_the_agent(nlp_ja, source, text, typ, agents, claimant):
    e = of_type(run(nlp_ja, text), typ)[-1]
    assert [a for a in agents if a in names(e.agents)] == agents, names(e.agents)
    assert not any(claimant in n for n in names(e.agents) + e.agent_descriptions)


# More frames (vocab_ja_parties.COMPOUND_PARTY_FAMILIES, DATIVE_VIOLENCE_FAMILIES, the carried topic):
# (source, text, type, agents, targets, target words).
S4_MORE_FRAMES = [
    ("dev", "秋田県藤里町で5月起きた少年殺害事件で逮捕された。", "Attack", [], [], ["少年"]),
    ("own", "米軍空爆で市民が死亡した。", "Attack", ["米軍"], [], []),
    ("own", "武装勢力は住民に銃撃を加えた。", "Attack", ["武装勢力"], ["住民"], []),
    ("dev", "安倍首相は所信表明演説を行った。また、テロ特措法延長に対して理解を求めた。", "Proposal", ["安倍"], [], []),
]


@pytest.mark.parametrize("source,text,typ,agents,targets,target_words", S4_MORE_FRAMES)
def test_s4_more_frames(nlp_ja, source, text, typ, agents, targets, target_words):
    e = of_type(run(nlp_ja, text), typ)[-1]
    assert [a for a in agents if any(a in n for n in names(e.agents))] == agents, names(e.agents)
    assert [t for t in targets if any(t in n for n in names(e.targets))] == targets, names(e.targets)
    assert e.target_descriptions[: len(target_words)] == target_words


def test_s4_a_country_compounded_with_an_attack_is_no_agent(nlp_ja):
    # "アフガニスタン侵攻": the country is where it happened (dev sentence shape)
    e = of_type(run(nlp_ja, "同氏はアフガニスタン侵攻を推進してきた。"), "Attack")[-1]
    assert "アフガニスタン" not in names(e.agents)
