"""Japanese event arguments, sixth round (issue #15): what a sentence leaves unsaid — the zero subject or
object of a sentence that goes on telling the same incident (``vocab_ja_parties.CARRIED_ROLES``,
``CARRIED_FORWARD``), the incident's place (``CARRIED_PLACE_SOURCES``), the topic of a passive trigger
(``PASSIVE_TOPIC_TARGET_TYPES``, ``passive_at``), a bare count referring back ("逮捕された3人"), the weapon
fired (``FIRING_TRIGGERS``) and national agencies as parties ("金融庁").

Each row says where its text comes from: ``own`` (written for this file) or ``dev`` (shaped on sentences of a
dev article of ``bench/gold/ja_wikinews_articles.json``, names changed; never a test article).
"""
from __future__ import annotations

import pytest

from conflict_kg.extract.vocab_ja_parties import passive_at
from tests.test_events_ja import names, of_type
from tests.test_extract_ja import check_offsets, run

# (source, text, type, which event of the type (index), agents, targets, agent words, target words, places):
# each listed name is among the event's party names (or antecedents), each word among its words, each place
# among its locations.
S6_ARGS = [
    # CARRIED_ROLES: an arrest told again keeps its police and its suspect
    ("own", "警察は12日、鈴木一郎容疑者を殺人の容疑で逮捕した。同日夜には共犯の疑いで再び逮捕した。", "Arrest", -1,
     ["警察"], ["鈴木一郎"], [], [], []),
    # CARRIED_FORWARD: an attack's victims told by the toll right after it
    ("own", "武装集団が発砲した。この発砲で住民2人が死亡した。", "Attack", 0, ["武装集団"], [], [], ["住民2人"], []),
    # CARRIED_PLACE_SOURCES: the toll of a told attack happened where the attack did
    ("own", "13日、ダマスカスで爆弾テロがあった。この攻撃で市民12人が死亡した。", "CasualtyReport", 0, [], [], [],
     ["市民12人"], ["ダマスカス"]),
    ("dev", "反政府勢力は5日、マリンカを占領した。7日には国軍が奪還した。", "Capture", -1, ["国軍"], [], [], [],
     ["マリンカ"]),
    # the lead's place when no earlier violent event has one
    ("dev", "千葉県松戸市のマンションで火災があった。焼け跡から見つかった女性には刃物で刺された傷があった。", "Attack", 0,
     [], [], [], [], ["千葉県松戸市"]),
    # PASSIVE_TOPIC_TARGET_TYPES: the topic of a passive trigger is what it happened to, also when the parse
    # hangs it on an earlier verb
    ("dev", "田中被告は、1982年の事件で指名手配を受けたが、その後15年に渡り逃亡し時効成立直前に逮捕された。", "Arrest", 0,
     [], ["田中"], [], [], []),
    # passive_at: a passive stem in the trigger ("襲わ" + "れ"): the topic suffered it, the に-party did it
    ("own", "男性は何者かに襲われ、死亡した。", "Attack", 0, [], [], [], ["男性"], []),
    ("own", "記者は武装勢力に殴られた。", "Attack", 0, ["武装勢力"], [], [], ["記者"], []),
    # a bare count refers back to the party counted so before
    ("dev", "神奈川県警は14日、男3人を死体遺棄の疑いで逮捕した。逮捕された3人は容疑を認めている。", "Arrest", -1,
     [], [], [], ["男3人"], []),
    # MORE_PARTY_HEADS: a national agency (…庁), a police headquarters or a special unit after its place is a party
    ("dev", "金融庁は保険会社に対し、業務の改善を求めた。", "Proposal", 0, ["金融庁"], [], [], ["保険会社"], []),
    ("dev", "日刊スポーツによると、福島県警察本部は7月29日までに、泉崎村の夫婦を逮捕した。", "Arrest", 0, ["福島県警察本部"], [],
     [], ["夫婦"], []),
    ("own", "読売新聞によると、大阪地検特捜部は11日、会社役員の清田容疑者を逮捕した。", "Arrest", 0, ["大阪地検特捜部"], ["清田"],
     [], [], []),
    # MEMBER_NOUNS: an unnamed member of a named organisation acts for it
    ("dev", "翌27日午前0時過ぎ、追跡していた警視庁の捜査員が男2人の身柄を確保した。", "Arrest", 0, ["警視庁"], [], [], [], []),
]


@pytest.mark.parametrize("source,text,typ,k,agents,targets,agent_words,target_words,places", S6_ARGS)
def test_s6_arguments(nlp_ja, source, text, typ, k, agents, targets, agent_words, target_words, places):
    rec = run(nlp_ja, text)
    evs = of_type(rec, typ)
    assert evs, [(e.type, e.trigger) for e in rec.events]
    e = evs[k]
    assert [a for a in agents if any(a in n for n in names(e.agents + e.participants))] == agents, names(e.agents)
    assert [t for t in targets if any(t in n for n in names(e.targets))] == targets, names(e.targets)
    assert [w for w in agent_words if w in e.agent_descriptions] == agent_words, e.agent_descriptions
    assert [w for w in target_words if w in e.target_descriptions] == target_words, e.target_descriptions
    assert [p for p in places if p in [m.text for m in e.locations]] == places, [m.text for m in e.locations]
    assert not set(agents) & set(names(e.targets)) and not set(targets) & set(names(e.agents))
    check_offsets(rec)


# An acronym glossed where the name was first written names that organisation, also when the NER left the
# name unlabelled (dev sentence shape).
def test_s6_a_glossed_acronym_names_its_organisation(nlp_ja):
    rec = run(nlp_ja, "国軍とタミル・イーラム解放のトラ(LTTE)の内戦が再開した。LTTEはムトゥールを占領した。")
    e = [e for e in of_type(rec, "Capture") if e.trigger == "占領"][0]
    assert "タミル・イーラム解放のトラ" in names(e.agents), names(e.agents)


# The weapon fired is the instrument, never the target (FIRING_TRIGGERS; own sentence).
def test_s6_the_weapon_fired_is_no_target(nlp_ja):
    e = of_type(run(nlp_ja, "伊藤容疑者が拳銃を発砲した。"), "Attack")[0]
    assert "拳銃" not in names(e.targets) and "拳銃" in [m.text for m in e.instruments]


# A request or an accusation keeps no addressee carried from an earlier one (each sentence names its own;
# dev 1371), and a sentence with its own subject (also "Xも、") takes no carried doer (own sentences).
def test_s6_speech_acts_carry_no_addressee(nlp_ja):
    e = of_type(run(nlp_ja, "政府は協会に改善を求めた。同日、知事も対応を批判した。"), "Accusation")[0]
    assert "協会" not in names(e.targets) and "政府" not in names(e.agents)


# Only the same paragraph lends: a new paragraph tells a new occasion (own text).
def test_s6_no_carry_across_paragraphs(nlp_ja):
    rec = run(nlp_ja, "警察は12日、鈴木一郎容疑者を逮捕した。\n同日夜には別の疑いで再び逮捕した。")
    e = of_type(rec, "Arrest")[-1]
    assert "鈴木一郎" not in names(e.targets)


# A source note's event lends nothing to the body (it is another story; the pipeline drops it).
def test_s6_source_notes_lend_nothing(nlp_ja):
    rec = run(nlp_ja, "男が発砲した。『住民3人が死亡』。毎日新聞、2009年10月23日。")
    e = of_type(rec, "Attack")[0]
    assert not e.target_descriptions and not e.targets  # the title's toll would lend 住民3人 (CARRIED_FORWARD)


@pytest.mark.parametrize("text,end,passive", [
    ("市長が逮捕された", 5, True), ("男に連れ去られた", 7, True), ("何者かに襲われ", 6, True), ("攻撃を受けた", 2, True),
    ("男を逮捕した", 4, False), ("村を襲った", 3, False), ("", 0, False),
])
def test_s6_passive_at(text, end, passive):
    assert passive_at(text, end) is passive
