"""Japanese events, third round (issue #15): parties named by common nouns, requests and
complaints worded without を求め, sense checks and retold dates, as table tests.

Each row says where its sentence comes from: ``own`` (written for this file) or ``dev`` (shaped
on a sentence of a dev article of ``bench/gold/ja_wikinews_articles.json``, names changed; never a
test article). Each table exercises one data table of :mod:`conflict_kg.extract.vocab_ja` or one rule
of :mod:`conflict_kg.extract.ja_events`.
"""
from __future__ import annotations

import pytest

from tests.test_events_ja import names, of_type
from tests.test_extract_ja import check_offsets, run

# Frames with parties the NER does not tag (vocab_ja.PARTY_HEADS, PROPER_PARTY_TAGS,
# PASSIVE_SOURCE_PARTICLES, CONJUNCT_PARTICLES, REPORTER_TYPES):
# (source, text, type, agents that must be among the agents, targets that must be among the targets).
S3_FRAMES = [
    # a common-noun group as agent and as the addressee of a complaint (に, diplomacy family)
    ("dev", "撮影を見た地元住民がスタッフに「ここは清掃している場所だ」と抗議をした。", "Accusation",
     ["地元住民"], ["スタッフ"]),
    ("own", "財団は各国のユーザーに作業の中止を要請している。", "Proposal", [], ["ユーザー"]),
    # a place inside a compound ending in a party head is the party's affiliation: the compound is the party
    ("dev", "兵庫県警が6日、交際相手の男を殺人容疑で逮捕した。", "Arrest", ["兵庫県警"], []),
    ("own", "向日町署は同居していた男を逮捕した。", "Arrest", ["向日町署"], []),
    # a passive with a から-doer: the に-oblique is the party addressed; 機関 heads a party
    ("dev", "薬はフランスの政府機関から富士フイルムに要請されて提供された。", "Proposal",
     ["政府機関"], ["富士フイルム"]),
    # X側 is the party X (vocab_ja.SIDE_SUFFIX)
    ("dev", "球団側は2億円の年俸を提示していた。", "Proposal", ["球団側"], []),
    # the の-possessor of the object of a criticism is the party blamed (vocab_ja.POSSESSOR_TARGET_FAMILIES)
    ("dev", "ガスプロムが管を運営する。市当局は同企業の責任を指摘している。", "Accusation", ["市当局"], ["同企業"]),
    ("own", "野党は政府の対応を批判した。", "Accusation", ["野党"], ["政府"]),
    # the source of a criticism or a request in active voice (vocab_ja.SOURCE_AGENT_PARTICLES), also
    # when the trigger modifies the subject of its verb ("批判の声が挙がった")
    ("dev", "長官に対しては軍隊関係者からも批判の声が挙がっていた。", "Accusation", ["軍隊関係者"], []),
    ("own", "住民団体から市に対し説明会の開催の要請があった。", "Proposal", ["住民団体"], []),
    # a topic after など (vocab_ja.TOPIC_MARKERS)
    ("dev", "当初から警察当局などは、住民グループが投石をはじめたと指摘していた。", "Accusation", ["警察当局"], []),
    # a te-clause inside a relative clause: the modified noun is the doer
    ("dev", "首都で大統領の辞任を求めて集まっていたデモ参加者に対し、治安部隊が発砲した。", "Proposal",
     ["デモ参加者"], []),
    # an outlet's topic reports; the doer is the subject of the clause it reports
    ("dev", "朝日新聞は、首都で同国軍部がアブドライ大統領とワグフ首相を拘束したと伝えた。", "Arrest",
     ["軍部"], ["アブドライ", "ワグフ"]),
]


@pytest.mark.parametrize("source,text,typ,agents,targets", S3_FRAMES)
def test_s3_frames(nlp_ja, source, text, typ, agents, targets):
    rec = run(nlp_ja, text)
    evs = of_type(rec, typ)
    assert evs, [(e.type, e.trigger) for e in rec.events]
    e = evs[-1]
    for a in agents:
        assert any(a in n for n in names(e.agents + e.participants)), names(e.agents)
    for t in targets:
        assert any(t in n for n in names(e.targets)), names(e.targets)
    assert not set(names(e.agents)) & {"朝日新聞"}
    check_offsets(rec)


# Anaphoric organisations (vocab_ja.ANAPHOR_DETERMINERS, ANAPHOR_HEADS): (source, text, type, role, antecedent).
S3_ANAPHORS = [
    ("dev", "アッザム旅団が犯行声明を出した。この団体は先月も市場を攻撃した。", "Attack", "agents", "アッザム旅団"),
    ("own", "トヨタ自動車は新工場を建設する。市は同社に説明会の開催を要請した。", "Proposal", "targets", "トヨタ自動車"),
    ("own", "日本相撲協会は処分を発表した。文部科学省は同協会に再発防止を指示した。", "Proposal", "targets",
     "日本相撲協会"),
]


@pytest.mark.parametrize("source,text,typ,role,antecedent", S3_ANAPHORS)
def test_s3_anaphoric_organisations(nlp_ja, source, text, typ, role, antecedent):
    evs = of_type(run(nlp_ja, text), typ)
    assert evs, typ
    assert antecedent in [m.antecedent for m in getattr(evs[-1], role)], [
        (m.text, m.antecedent) for m in getattr(evs[-1], role)]


def test_place_inside_a_party_compound_is_no_location(nlp_ja):
    # own: "兵庫県" is the police's affiliation, not where the arrest happened
    e = of_type(run(nlp_ja, "兵庫県警は男を殺人容疑で逮捕した。"), "Arrest")[0]
    assert "兵庫県" not in [m.text for m in e.locations]


# Triggers of the third round (vocab_ja.EVENT_TRIGGERS, TRIGGER_NEEDS, DOCUMENT_NEEDS, SENSE_BLOCKS,
# REMENTION_AFTER): (source, text, type, number of events of the type).
S3_TRIGGERS = [
    ("dev", "選手は守備につけるように求めてきた。", "Proposal", 1),
    ("own", "市長は県に対し、説明会を開くよう求めた。", "Proposal", 1),
    ("dev", "球団側は2億円の年俸を提示していた。", "Proposal", 1),
    ("own", "男は警察官に身分証を提示した。", "Proposal", 0),  # showing a document is no offer
    ("dev", "会談した野村氏はそれを快諾した。", "Agreement", 1),
    ("dev", "選手は球団と2年契約を結んでいた。", "Agreement", 1),
    ("dev", "作業者達は作業計画の不備に不満を表明している。", "Accusation", 1),
    ("dev", "軍が大統領府から大統領を連行した。", "Arrest", 1),
    # a blast is an attack only in a document that speaks of terrorism or bombs
    ("dev", "中心部で12日に爆発が発生した。当局は自爆テロの可能性もあるとみている。", "Attack", 1),
    ("own", "工場で12日に爆発が発生した。ガス漏れが原因とみられる。", "Attack", 0),
    # ... and only when a verb of happening follows it (vocab_ja.TRIGGER_FOLLOWERS)
    ("dev", "テロの可能性がある。警察は次なる爆発に備え、立ち入りを規制した。", "Attack", 0),
    ("own", "自爆テロの疑いがある。爆発の現場は旧市街の広場だった。", "Attack", 0),
    # electoral backing is no aid
    ("dev", "無所属(自民党と公明党が支援)で新人の福田氏が初当選した。", "Aid", 0),
    ("own", "日本政府は被災国に1億円の緊急援助を行った。", "Aid", 1),
    # a visit is a meeting only with talks in its sentence (vocab_ja.SENTENCE_NEEDS)
    ("dev", "首相はインド訪問を短縮した。", "Meeting", 0),
    ("own", "外相はインドを訪問し、首相と会談した。", "Meeting", 1),
    ("own", "外相はインドを訪問し、同国の外相と意見交換した。", "Meeting", 1),
    # a request told, then cited as a cause, is the same request (vocab_ja.CAUSE_REMENTION)
    ("dev", "監督はオーナーから残留を要請された。その後、球団の要請により、広報部は会見を開いた。", "Proposal", 1),
    ("own", "球団の要請により、広報部は会見を開いた。", "Proposal", 1),
    # a cleft names who was arrested in an arrest already told
    ("dev", "警察は父親ら2人を逮捕した。逮捕されたのは佐藤容疑者と西田容疑者の2名。", "Arrest", 1),
]


@pytest.mark.parametrize("source,text,typ,count", S3_TRIGGERS)
def test_s3_triggers(nlp_ja, source, text, typ, count):
    rec = run(nlp_ja, text)
    assert len(of_type(rec, typ)) == count, [(e.type, e.trigger) for e in rec.events]


# Dates (vocab_ja.RETOLD_FAMILIES): an undated re-telling of an arrest takes the date of the last dated
# arrest; an attack or a proposal does not (document dated 2025-11-30).
S3_DATES = [
    ("dev", "軍部は6日、大統領を拘束した。議会は閉鎖された。その直後、軍が大統領府から大統領を連行した。", "Arrest",
     "2025-11-06"),
    # not an attack: war digests tell attacks of different, unwritten days
    ("own", "ロシア軍は3日、ハルキウを砲撃した。市長が発表した。ロシア軍はヘルソンも砲撃した。", "Attack", None),
    ("own", "市は3日、県に支援を要請した。知事は検討すると述べた。市は国にも支援を要請した。", "Proposal", None),
    # vocab_ja.LEAD_DATE_SENTENCES: the sentence after the lead tells the lead's occasion ...
    ("dev", "武装解除が両政府に26日伝達された。委員長が両政府の代表と会い、報告をした。", "Meeting", "2025-11-26"),
    # ... but not a sentence further on, nor after a lead with two dates
    ("own", "武装解除が両政府に26日伝達された。式典が開かれた。委員長が両政府の代表と会った。", "Meeting", None),
    ("own", "調査は3日に始まり、20日に終わった。委員長が両政府の代表と会った。", "Meeting", None),
]


@pytest.mark.parametrize("source,text,typ,expected", S3_DATES)
def test_s3_retold_dates(nlp_ja, source, text, typ, expected):
    evs = of_type(run(nlp_ja, text, "2025-11-30"), typ)
    assert evs, typ
    assert evs[-1].date == expected, [(e.trigger, e.date) for e in evs]


@pytest.mark.parametrize("text", ["", "。。。", "🔸・・", "要請" * 50, "ように求め", "<script>爆発</script>"])
def test_s3_naughty_strings_raise_nothing(nlp_ja, text):
    check_offsets(run(nlp_ja, text))  # raises nothing, and what it yields points into the text
