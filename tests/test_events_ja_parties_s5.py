"""Japanese event parties, fifth round (issue #15): the report's source kept out of the doer's slot, the
surface case frame, organisation names in 「」, self-named groups, anaphors of party compounds, body parts,
the から-source of requests and claims, glosses after a subject, and the clause a frame may reach.

Each row says where its sentence comes from: ``own`` (written for this file) or ``dev`` (shaped on a
sentence of a dev article of ``bench/gold/ja_wikinews_articles.json``, names changed; never a test
article). Each table exercises one data table of :mod:`conflict_kg.extract.vocab_ja_parties`.
"""
from __future__ import annotations

import pytest

from conflict_kg.extract.vocab_ja_parties import person_noun
from tests.test_events_ja import names, of_type
from tests.test_extract_ja import check_offsets, run

# (source, text, type, agents, targets, agent words, target words): each listed name is among the event's
# party names (or antecedents), each listed word among its words.
S5_PARTIES = [
    # SOURCE_AFTER: "Xによると" reports; the topic is the doer
    ("dev", "産経新聞によると、広島県警呉署は、女性に薬物を飲ませたとして、田中一郎容疑者(35歳)を、12月19日に逮捕した。",
     "Arrest", ["広島県警呉署"], ["田中一郎"], [], []),
    ("own", "読売新聞によれば、大阪府警は強盗の疑いで山田太郎容疑者を逮捕した。", "Arrest", ["大阪府警"], ["山田太郎"], [], []),
    # SURFACE_TARGET_PARTICLES: the を / に party the parse hangs on another verb
    ("dev", "兵庫県警は、広島県警に出頭してきた鈴木一郎容疑者(35歳)を、殺人の容疑で逮捕したと発表した。",
     "Arrest", ["兵庫県警"], ["鈴木一郎"], [], []),
    ("dev", "畠山容疑者は、綾子さんを橋から突き落として殺害した。", "Attack", ["畠山"], ["綾子"], [], []),
    ("dev", "特に抵抗できない少女に性的・殺害行為をしたことは重大だ。", "Attack", [], [], [], ["少女"]),
    # BRACKET_NAME_HEADS: a name in 「」 after an organisation noun
    ("dev", "女性が、映像販売会社「なにわ書店」と、関連会社「ファーストラン」などに対し、慰謝料の支払いを求めた。",
     "Proposal", [], ["ファーストラン"], ["女性"], []),
    ("own", "住民団体は、建設会社「山田建設」に対し、工事の中止を求めた。", "Proposal", ["住民団体"], ["山田建設"], [], []),
    # SELF_NAMED, SOURCE_AGENT_TRIGGERS: "Xを名乗る団体から犯行声明"
    ("dev", "アブドゥッラー・アッザム旅団を名乗る団体からこの爆発について犯行声明が出された。", "Attack",
     ["アブドゥッラー・アッザム旅団"], [], [], []),
    ("own", "事件後、東トルキスタン解放戦線(ETLF)を名乗る組織から犯行声明があった。", "Attack", ["東トルキスタン解放戦線"], [], [], []),
    # SOURCE_AGENT_FAMILIES: a request or a criticism comes from its から-source
    ("dev", "文化財庁からの要請で慎重な消火活動に留めるように消防当局が依頼された。", "Proposal", ["文化財庁"], [], [], []),
    ("own", "市民団体からの要請を受けて、市は調査を始めた。", "Proposal", ["市民団体"], [], [], []),
    ("dev", "地元の住民からは県警の初動体制が不十分だったことに対する批判があるという。", "Accusation", ["住民"], [], [], []),
    # BODY_PARTS: "Xの頭を殴る" hits X; kinship nouns are people
    ("dev", "岩佐容疑者は、姉(15歳)の頭を殴るなどの暴行を繰り返した。", "Attack", ["岩佐"], [], [], ["姉"]),
    ("own", "男は店員の顔を殴った。", "Attack", [], [], ["男"], ["店員"]),
    # ACRONYM: a Latin acronym in a party slot; NOMINAL_WITH_PARTICLES: "Xとの" + a nominal agreement or talk
    ("dev", "プロテスタント系の民兵UDAは、1999年の最初の対話以降、武装解除から離脱した。", "Meeting", ["UDA"], [], [], []),
    ("dev", "IRAとの合意には武装解除の詳細を公開しないことが含まれていた。", "Agreement", ["IRA"], [], [], []),
    ("own", "政府は北朝鮮との協議を再開した。", "Meeting", ["政府", "北朝鮮"], [], [], []),
    # ALSO_TOPIC_MARKERS and the unnamed accuser when the content's subject is the target
    ("dev", "別の幹部も、同様の発言をし、警察が暴力を振るったと非難していた。", "Accusation", [], ["警察"], ["幹部"], []),
    # a gloss after the subject ("叔母(41歳)が"); possessor words ("学校の対応を批判")
    ("dev", "葬儀後に男児の叔母(41歳)が会見し「連絡すれば対処できたはずだ」と学校の対応を批判した。", "Accusation", [], [],
     ["叔母"], ["学校"]),
]


@pytest.mark.parametrize("source,text,typ,agents,targets,agent_words,target_words", S5_PARTIES)
def test_s5_parties(nlp_ja, source, text, typ, agents, targets, agent_words, target_words):
    rec = run(nlp_ja, text)
    evs = of_type(rec, typ)
    assert evs, [(e.type, e.trigger) for e in rec.events]
    e = evs[-1]
    # the co-parties of a talk or an agreement count as its doers, as the gold writes them
    assert [a for a in agents if any(a in n for n in names(e.agents + e.participants))] == agents, names(e.agents)
    assert [t for t in targets if any(t in n for n in names(e.targets))] == targets, names(e.targets)
    assert [w for w in agent_words if w in e.agent_descriptions] == agent_words, e.agent_descriptions
    assert [w for w in target_words if w in e.target_descriptions] == target_words, e.target_descriptions
    assert not set(agents) & set(names(e.targets)) and not set(targets) & set(names(e.agents))
    check_offsets(rec)


# An anaphor of a party compound ("同署" after "広島県警呉署", ANAPHOR_PARTY_HEADS) names it.
def test_s5_anaphor_of_a_party_compound(nlp_ja):
    rec = run(nlp_ja, "広島県警呉署は11月28日に男を逮捕した。同署は12月19日に、田中容疑者を同じ容疑で再び逮捕した。")
    e = of_type(rec, "Arrest")[-1]
    assert e.agents[0].label == "rule:anaphor" and "呉署" in e.agents[0].antecedent, names(e.agents)


# The surface frame does not reach past a finished clause (CLAUSE_END_POS): the party a first clause
# protested to is not the target of the second clause's request (dev sentence shape).
def test_s5_surface_frame_stops_at_a_finished_clause(nlp_ja):
    e = of_type(run(nlp_ja, "保護者が学校側に抗議し、その後、学校側が講師に退職を勧告した。"), "Proposal")[-1]
    assert "学校側" not in e.target_descriptions and "学校側" not in names(e.targets)


# "によると" is a source, not a doer, in every slot: the outlet is never the agent (own sentence).
def test_s5_source_is_never_the_agent(nlp_ja):
    e = of_type(run(nlp_ja, "共同通信によると、軍は村を砲撃した。"), "Attack")[-1]
    assert not any("共同通信" in n for n in names(e.agents) + e.agent_descriptions)


def test_s5_an_acronym_of_a_thing_is_no_party(nlp_ja):
    rec = run(nlp_ja, "店はDVDを販売した男を告発した。")
    assert not any(m.text == "DVD" for e in rec.events for m in e.agents + e.targets + e.participants)


@pytest.mark.parametrize("phrase,people", [
    ("学校側", True), ("姉", True), ("男児の叔母", True), ("側", False), ("頭", False),
])
def test_s5_party_nouns(phrase, people):
    assert person_noun(phrase) is people
