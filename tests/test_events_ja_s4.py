"""Japanese events, fourth round (issue #15): trigger families per event type and precision classes,
as table tests.

Each row says where its sentence comes from: ``own`` (written for this file) or ``dev`` (shaped on a
sentence of a dev article of ``bench/gold/ja_wikinews_articles.json``, names changed; never a test
article). Each table exercises one table of the fourth-session blocks of
:mod:`conflict_kg.extract.vocab_ja` (``TRIGGER_FAMILIES`` and the guards and classes at the end of the
module).
"""
from __future__ import annotations

import pytest

from conflict_kg.extract import vocab_ja as V
from tests.test_events_ja import of_type
from tests.test_extract_ja import check_offsets, run

# vocab_ja.TRIGGER_FAMILIES: (source, text, type, number of events of the type).
S4_FAMILIES = [
    # Attack: shooting, stabbing, beating, raiding (a criminal assault is an Attack: the guideline)
    ("own", "武装した男が検問所で警官に発砲した。", "Attack", 1),
    ("own", "男は路上で通行人を刺殺した。", "Attack", 1),
    ("dev", "元講師は教室で生徒の頭を殴るなどの暴行を繰り返した。", "Attack", 1),
    ("own", "武装集団が村を襲い、住民を連れ去った。", "Attack", 1),
    ("own", "反政府勢力が首都の空港を急襲した。", "Attack", 1),
    # Arrest: taking into custody
    ("own", "警察は現場で男の身柄を確保した。", "Arrest", 1),
    ("own", "駅員と乗客が男を取り押さえた。", "Arrest", 1),
    ("own", "当局は記者を3年間投獄した。", "Arrest", 1),
    # Proposal: recommending, urging, ordering, asking
    ("dev", "学校側は講師に退職を勧告した。", "Proposal", 1),
    ("own", "国連は両国に自制を促した。", "Proposal", 1),
    ("own", "裁判所は会社に賠償金の支払いを命じた。", "Proposal", 1),
    ("own", "市は県に調査を依頼した。", "Proposal", 1),
    # Accusation: blaming, suing, condemning
    ("own", "野党は首相の責任を追及した。", "Accusation", 1),
    ("own", "遺族は運行会社を提訴した。", "Accusation", 1),
    ("own", "外務省は相手国の対応を問題視している。", "Accusation", 1),
    # Agreement: resolutions adopted, consensus reached, settlements
    ("dev", "鉄道会社は臨時株主総会を開き、経営存続の断念を正式に決議した。", "Agreement", 1),
    ("dev", "両リーグは記念行事を開く方向で意見が一致した。", "Agreement", 1),
    ("own", "両社は訴訟で和解した。", "Agreement", 1),
    # Mobilization: forces sent or brought in
    ("own", "警察は機動隊を出動させた。", "Mobilization", 1),
    ("own", "政府は国境地帯に部隊を増派した。", "Mobilization", 1),
]


# Guards of the families and precision classes (vocab_ja: FAMILY_BLOCKERS, FAMILY_TRIGGER_NEEDS,
# FORCE_CUES, SENSE_BLOCKS, COMPOUND_HEADS, DEMAND_VERBS, DECISION_VERBS, MODAL_AFTER, WITHOUT_AFTER,
# POSSIBILITY_AFTER, SETTING_REMENTION, TIME_REMENTION, TOLL_NEEDS_EVENT, NOT_EVENT_WORDS):
# (source, text, type, number of events of the type).
S4_CLASSES = [
    # blockers: a brawl is a mutual fight (no Attack); a detention house; a draft resolution; a temp worker
    ("dev", "中学生らは空き地で殴り合いの喧嘩をした。", "Attack", 0),
    ("own", "男は東京拘置所に移送された。", "Arrest", 0),
    ("own", "日本は安保理に決議案を提出した。", "Agreement", 0),
    ("own", "工場は派遣社員を増やした。", "Mobilization", 0),
    ("own", "開幕戦は5万人の観客を動員した。", "Mobilization", 0),
    # everyday senses need their cue: money brought in, the truth pursued, a session of one body
    ("own", "市は再開発に多額の予算を投入した。", "Mobilization", 0),
    ("own", "警察は部隊を現場に投入した。", "Mobilization", 1),
    ("own", "記者は真相の追及を続けた。", "Accusation", 0),
    ("own", "取締役会議は新社長を選んだ。", "Meeting", 0),
    ("own", "両国の首脳会議が開かれた。", "Meeting", 1),
    # a dispatch is a Mobilization only of a force; a reunion is no Meeting
    ("own", "政府は被災地に医師団を派遣した。", "Mobilization", 0),
    ("own", "政府は国境に部隊を派遣した。", "Mobilization", 1),
    ("dev", "消防隊が出動し、火は鎮火した。", "Mobilization", 0),
    ("dev", "拉致被害者の面会では14人が家族との再会を果たした。", "Meeting", 0),
    # compound nouns: a class, supporters
    ("dev", "講師は自立支援学習を担当した。", "Aid", 0),
    ("own", "集会には支援者が集まった。", "Aid", 0),
    # demanded, refused, decided, modal: not (yet) an event; the request itself is one
    ("own", "両派は停戦合意を求めた。", "Agreement", 0),
    ("own", "両派は停戦合意を求めた。", "Proposal", 1),
    ("own", "国連は各国に部隊の派遣を要請した。", "Mobilization", 0),
    ("own", "野党は制裁の強化を訴えた。", "Sanction", 0),
    ("own", "政府は自衛隊の派遣を決定した。", "Mobilization", 0),
    ("own", "政府は対ロ制裁を決定した。", "Sanction", 1),  # sanctions decided count (the guideline)
    ("dev", "ルールでは「複数で1人を攻撃できる」と決めていた。", "Attack", 0),
    ("own", "首相はさらなる制裁が必要だと述べた。", "Sanction", 0),
    # without the event, or the event not reached
    ("own", "会社は本人の同意なしに情報を提供した。", "Agreement", 0),
    ("own", "協議は続いたが、合意に至らなかった。", "Agreement", 0),
    ("own", "協議は続き、合意に至った。", "Agreement", 1),
    # a possibility under investigation
    ("dev", "警察は失火と放火の両面で捜査を始めた。", "Attack", 0),
    # re-mentions: the setting of a told meeting, the time of a told arrest
    ("own", "両首脳は10日に会談した。会談の席で首相は経済協力を提案した。", "Meeting", 1),
    ("own", "警察は5日に男を逮捕した。逮捕後、男は容疑を認めた。", "Arrest", 1),
    # a directive that is a charge
    ("dev", "小隊長は遺体を焼却するよう命じた疑いがある。", "Proposal", 0),
    # administration orders are no requests
    ("dev", "各県で避難勧告が出された。", "Proposal", 0),
]


@pytest.mark.parametrize("source,text,typ,count", S4_FAMILIES + S4_CLASSES)
def test_s4_families_and_precision_classes(nlp_ja, source, text, typ, count):
    rec = run(nlp_ja, text)
    assert len(of_type(rec, typ)) == count, [(e.type, e.trigger) for e in rec.events]
    check_offsets(rec)


# Tolls (vocab_ja.TOLL_NEEDS_EVENT, SENSE_BLOCKS["CasualtyReport"]): a toll is a CasualtyReport only in a
# document that tells a violent event, and not with another cause of death in its sentence.
S4_TOLLS = [
    ("own", "武装勢力が村を攻撃した。住民3人が死亡した。", 1),
    ("dev", "ハリケーンの影響でガスタンクが爆発し、2人が死亡した。警察が原因を調べている。", 0),
    ("own", "武装勢力が村を攻撃した。別の村では住民1人が持病の悪化で死亡した。", 0),
    ("dev", "男が店に放火した。この火事で経営者が死亡した。", 1),  # an arson fire's toll is violence
    ("dev", "治安部隊が発砲した。デモ参加者数名が負傷し、病院で手当を受けた。", 1),  # not 病 of 病院
    ("own", "集合住宅にミサイルが落ち、10人が負傷した。", 1),  # no attack told, but armed violence named
    ("own", "台風の影響で川が氾濫し、住民2人が負傷した。警察が状況を調べている。", 0),
]


@pytest.mark.parametrize("source,text,count", S4_TOLLS)
def test_s4_tolls_of_told_violence(nlp_ja, source, text, count):
    rec = run(nlp_ja, text)
    assert len(of_type(rec, "CasualtyReport")) == count, [(e.type, e.trigger) for e in rec.events]


def test_s4_family_words_are_triggers_of_their_type():
    # every family word is in the trigger table with the family's type, and no family word is blocked by
    # its own blocker list (a blocker must be longer than the word it blocks)
    table = {t: ty for t, ty, _ in V.EVENT_TRIGGERS}
    for typ, family in V.TRIGGER_FAMILIES.items():
        for word, _mode in family:
            assert table[word] == typ, word
            assert word not in V.FAMILY_BLOCKERS


@pytest.mark.parametrize("text", ["", "。。。", "殴り" * 40, "を迫っ", "決議・可決", "<b>発砲</b>", "なしに合意"])
def test_s4_naughty_strings_raise_nothing(nlp_ja, text):
    check_offsets(run(nlp_ja, text))  # raises nothing, and what it yields points into the text
