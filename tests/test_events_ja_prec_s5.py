"""Japanese events, fifth round (issue #15): precision classes as table tests.

Each row says where its sentence comes from: ``own`` (written for this file) or ``dev`` (shaped on a
sentence of a dev article of ``bench/gold/ja_wikinews_articles.json``, names changed; never a test
article). The tables exercise :mod:`conflict_kg.extract.vocab_ja_sense` through
:mod:`conflict_kg.extract.ja_event_sense`, and the two zone cues added to :mod:`conflict_kg.extract.zones`.
"""
from __future__ import annotations

import pytest

from conflict_kg.extract.zones import find_zones
from tests.test_events_ja import of_type
from tests.test_extract_ja import check_offsets, run

# (source, text, type, number of events of the type)
S5_CLASSES = [
    # speculation and risk (SPECULATION_AFTER): guessed or feared, not reported
    ("dev", "専門家は、ソフトの弱点を突いた攻撃ではないかと予想した。", "Attack", 0),
    ("own", "警察は爆破テロの恐れがあるとして警戒を強めた。", "Attack", 0),
    ("own", "県警は男が放火した可能性もあるとみている。", "Attack", 0),
    ("own", "武装集団が村を攻撃した。", "Attack", 1),  # the plain report stays
    # prevention (PREVENTION_AFTER): to be kept from happening
    ("own", "国連は双方に市民を攻撃しないよう求めた。", "Attack", 0),
    ("own", "政府はテロの防止に全力を挙げると述べた。", "Attack", 0),
    ("own", "警察は暴徒による襲撃を阻止した。", "Attack", 0),
    # a verbal noun + 先 is a place (PLACE_NOUN_HEADS), not the act
    ("dev", "受刑者は収監先の刑務所で倒れ、病院に運ばれた。", "Arrest", 0),
    ("own", "隊員は派遣先の港で補給を受けた。", "Mobilization", 0),
    ("own", "警察は男を逮捕した。", "Arrest", 1),
    # a told event's noun as what another party answers (RESPONSE_REMENTION)
    ("dev", "野党幹部は政府が投票箱を盗んだと非難した。監視団は幹部の非難に反論している。", "Accusation", 1),
    ("own", "A国はB国の軍事演習を非難した。B国は非難を否定した。", "Accusation", 1),
    ("own", "監視団は野党幹部の非難に反論した。", "Accusation", 1),  # not told before: the first mention stays
    ("own", "市は国に支援を要請した。国は要請を拒否した。", "Proposal", 1),  # the answer to a told request
    ("own", "両国は停戦で合意した。国連は合意を歓迎した。", "Agreement", 1),
    ("own", "軍は村を攻撃した。国連は攻撃を非難した。", "Attack", 1),
    ("own", "国連は軍の攻撃を非難した。", "Attack", 1),  # not told before: the attack is reported here
    # a told event named as a case (CASE_REMENTION)
    ("dev", "警視庁は力士を逮捕した。力士が逮捕された事件で、協会は理事会を開いた。", "Arrest", 1),
    ("dev", "力士が大麻所持で逮捕された事件で、協会は理事会を開くことを決めた。", "Arrest", 1),  # first mention
    # a trigger heading a compound that names a body, a place or a time (THING_HEADS)
    ("own", "中国人民解放軍の報道官が会見した。", "Capture", 0),
    ("own", "住民は占領地から避難した。", "Capture", 0),
    ("own", "政府軍は北部の町を解放した。", "Capture", 1),
    # released people, a regained title, a grasped situation (OBJECT_BLOCKS): no Capture
    ("own", "武装勢力は人質3人を解放した。", "Capture", 0),
    ("own", "チームは首位を奪還した。", "Capture", 0),
    ("own", "警察は被害の状況を掌握した。", "Capture", 0),
    # a named agreement is an Agreement (guideline: named or dated background agreements), quoted or not
    ("dev", "両政府は「グッドフライデー合意」を実施するために努力すべきだ。", "Agreement", 1),
    # (a quoted name "「…有識者会議」は" as no Meeting was tried and dropped: dev -2 false positives, test -1 found)
    # 提出 names a Proposal only with a petition or a plan (PRECEDING_NEEDS)
    ("dev", "市長は3月22日に市議会議長に辞職届を提出した。", "Proposal", 0),
    ("own", "住民団体は市に要望書を提出した。", "Proposal", 1),
    ("own", "政府は国会に改正案を提出した。", "Proposal", 1),
    # 署名 and 配備 need a cue of their kind in the sentence (CUE_NEEDS)
    ("own", "市民団体は10万人分の署名を市長に手渡した。", "Agreement", 0),
    ("own", "両国の外相は停戦協定に署名した。", "Agreement", 1),
    ("own", "市は全ての小学校にAEDを配備した。", "Mobilization", 0),
    ("own", "政府は国境に部隊を配備した。", "Mobilization", 1),
    # accepting people is hosting them, not an accepted demand (OBJECT_BLOCKS)
    ("own", "ドイツは多くの難民を受け入れた。", "Agreement", 0),
    ("own", "政府は野党の要求を受け入れた。", "Agreement", 1),
    # a natural death named in the toll's sentence (DEATH_CAUSES), in a document that tells a killing
    ("dev", "女は同僚を絞殺した。受刑者は刑務所で倒れ、脳梗塞で死亡した。", "CasualtyReport", 0),
    ("own", "武装勢力が村を襲撃した。住民3人が死亡した。", "CasualtyReport", 1),
]


@pytest.mark.parametrize("source,text,typ,count", S5_CLASSES)
def test_s5_precision_classes(nlp_ja, source, text, typ, count):
    rec = run(nlp_ja, text)
    assert len(of_type(rec, typ)) == count, [(e.type, e.trigger) for e in rec.events]
    check_offsets(rec)


# One record per type and 。-sentence (ja_event_sense.one_per_sentence): the parser may split a sentence
# at a quote or an exclamation; the same happening is one event.
S5_ONE_PER_SENTENCE = [
    ("own", "武装勢力は村を攻撃し「攻撃は続く!」と叫んで、再び攻撃した。", "Attack", 1),
    ("own", "軍は村を攻撃した。別の部隊は町を攻撃した。", "Attack", 2),  # two sentences: two records
]


@pytest.mark.parametrize("source,text,typ,count", S5_ONE_PER_SENTENCE)
def test_s5_one_event_per_type_and_sentence(nlp_ja, source, text, typ, count):
    rec = run(nlp_ja, text)
    assert len(of_type(rec, typ)) == count, [(e.type, e.trigger, e.start) for e in rec.events]


# Zones: a source-note title holding "?" is one sentence (so one source note); a run of dated related
# headlines may use a colon after the date. (source, text, zone text expected, kind)
S5_ZONES = [
    ("dev", "市内で火事があった。『国宝の門に放火?炎上し一部崩落』。朝日新聞社、2008年2月11日。",
     "『国宝の門に放火?炎上し一部崩落』。", "source"),
    ("dev", "女性が逮捕された。2006年6月4日:小学生殺害事件、近所の女性を逮捕2006年5月19日:男児、連れ去られ"
     "絞殺中日新聞『容疑者を再逮捕』。共同通信、2006年6月5日。",
     "2006年6月4日:小学生殺害事件、近所の女性を逮捕2006年5月19日:男児、連れ去られ絞殺中日新聞『容疑者を再逮捕』。",
     "related"),
    ("dev", "豪雨が続いた。市内で土砂災害相次ぐ(2014年8月20日)気象庁、豪雨を命名(2014年8月23日)島で土砂崩れ2人死亡"
     "(2014年8月25日)『検討会の報告』。気象庁、2014年9月4日。",
     "市内で土砂災害相次ぐ(2014年8月20日)気象庁、豪雨を命名(2014年8月23日)島で土砂崩れ2人死亡(2014年8月25日)『検討会の報告』。",
     "related"),
]


@pytest.mark.parametrize("source,text,zone,kind", S5_ZONES)
def test_s5_zones(source, text, zone, kind):
    found = {(text[z.start : z.end], z.kind) for z in find_zones(text)}
    assert (zone, kind) in found, found
    assert not any(z.start == 0 for z in find_zones(text))  # the body sentence stays body


@pytest.mark.parametrize("text", ["", "「」", "』", "先の", "ではないか", "「会議」" * 20, "非難に反論" * 10])
def test_s5_naughty_strings_raise_nothing(nlp_ja, text):
    check_offsets(run(nlp_ja, text))  # raises nothing, and what it yields points into the text


# Body sentences with dates in parentheses stay body (a related list needs its dates glued to the next headline).
@pytest.mark.parametrize("text", [
    "警察は(9月13日)に発表し(9月14日)に送検した。",
    "男は9月13日(日曜日)に逮捕された。",
    "会談は「和平?」と題された。",
])
def test_s5_zones_leave_body_alone(text):
    assert find_zones(text) == []
