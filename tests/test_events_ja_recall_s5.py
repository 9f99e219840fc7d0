"""Japanese events, fifth round (issue #15, recall): more of each type's vocabulary, as table tests.

Each row says where its sentence comes from: ``own`` (written for this file) or ``dev`` (shaped on a
sentence of a dev article of ``bench/gold/ja_wikinews_articles.json``, names changed; never a test
article). The tables exercise :mod:`conflict_kg.extract.vocab_ja_more_triggers` (the families, their
blockers and needs) as merged into :mod:`conflict_kg.extract.vocab_ja`.
"""
from __future__ import annotations

import pytest

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract import vocab_ja_more_triggers as F
from tests.test_events_ja import of_type
from tests.test_extract_ja import check_offsets, run

# (source, text, type, number of events of the type).
S5_FAMILIES = [
    # Attack: native verbs in every voice (刺した, 切りつけた, 撃たれた, 殴られた, 突き落とした)
    ("own", "男は路上で通行人をナイフで刺した。", "Attack", 1),
    ("own", "男が元交際相手を包丁で切りつけた。", "Attack", 1),
    ("own", "警備中の警官が何者かに撃たれた。", "Attack", 1),
    ("own", "男は口論の末に知人を殺した。", "Attack", 1),
    ("dev", "力士は兄弟子に金属バットで殴られた。", "Attack", 1),
    ("dev", "母親は娘を橋から突き落とした。", "Attack", 1),
    # Attack: Sino-Japanese nouns of violent crime and war
    ("dev", "奈良市で小学生誘拐殺人事件が起きた。", "Attack", 1),
    ("own", "男は女性を自宅に監禁した。", "Attack", 1),
    ("own", "政府軍は反政府勢力の拠点に進攻した。", "Attack", 1),
    # Accusation: complaints, lawsuits
    ("dev", "男は隣人に騒音の苦情を言った。", "Accusation", 1),
    ("own", "知事は市の判断は残念だと述べた。", "Accusation", 1),
    ("dev", "裁判官は「一連の行為は社会的に許されない行為」と指摘した。", "Accusation", 1),
    # Proposal: requests worded with nouns and constructions
    ("own", "市長は国に財政援助を続けるよう訴えた。", "Proposal", 1),
    ("own", "組合は会社に賃上げを強く求めた。", "Proposal", 1),
    # Agreement: the news idiom of talks, alliances
    ("own", "両首脳は経済協力を強化することで一致した。", "Agreement", 1),
    ("dev", "両社は2003年に資本・業務提携した。", "Agreement", 1),
    # Mobilization and Arrest: forces posted, custody
    ("own", "警察は国会周辺に機動隊員を配置した。", "Mobilization", 1),
    ("own", "当局は活動家を拘禁した。", "Arrest", 1),
]

# Guards (S5_BLOCKERS, S5_TRIGGER_NEEDS, S5_VIOLENCE_REMENTION, S5_SENSE_BLOCKS, DROPPED).
S5_CLASSES = [
    # a crime named in a list of charges is no act told
    ("dev", "県警は男を殺人と放火の容疑で逮捕した。", "Attack", 0),
    # a told killing nominalised is that killing again
    ("dev", "男は娘を殺した。住民からは娘を殺したことに対する憤りが出ている。", "Attack", 1),
    # sports and weather senses of violent verbs
    ("own", "FWがゴール前でシュートを撃った。", "Attack", 0),
    ("own", "捕手が二塁への盗塁を刺した。", "Attack", 0),
    ("own", "大型の台風が九州を襲った。", "Attack", 0),
    # everyday senses need their cue: parliament convened, staff posted, regret about the weather
    ("own", "政府は臨時国会を召集した。", "Mobilization", 0),
    ("own", "会社は窓口に職員を配置した。", "Mobilization", 0),
    ("own", "雨で中止になったのは残念だ。", "Accusation", 0),
    # a notice, a department, a quoted wish: dropped words name no event
    ("dev", "住民は事前通告も無く部屋から閉め出された。", "Proposal", 0),
    ("dev", "横綱は「開催を延期してほしい」と話した。", "Proposal", 0),
    ("dev", "同局通信指令課の職員が処分された。", "Proposal", 0),
    # a detention cell, a complaint desk
    ("own", "男は警察署の留置場に入れられた。", "Arrest", 0),
    ("own", "市は苦情窓口を設けた。", "Accusation", 0),
]


@pytest.mark.parametrize("source,text,typ,count", S5_FAMILIES + S5_CLASSES)
def test_s5_families_and_guards(nlp_ja, source, text, typ, count):
    rec = run(nlp_ja, text)
    assert len(of_type(rec, typ)) == count, [(e.type, e.trigger) for e in rec.events]
    check_offsets(rec)


@pytest.mark.parametrize("lemma,ichidan,stems", [
    ("刺す", False, ("刺す", "刺し", "刺さ")),
    ("撃つ", False, ("撃つ", "撃ち", "撃た", "撃っ")),
    ("頼む", False, ("頼む", "頼み", "頼ま", "頼ん")),
    ("切りつける", True, ("切りつける", "切りつけ")),
])
def test_s5_verb_stems(lemma, ichidan, stems):
    assert F.verb_stems(lemma, ichidan) == stems


def test_s5_family_words_are_triggers_of_their_type_unless_tabled_before():
    # every family word is in the trigger table: with the family's type, or with the type an older table gave it
    table = {t: ty for t, ty, _ in V.EVENT_TRIGGERS}
    dropped = {w for ws in F.DROPPED.values() for w in ws}
    for typ, family in F.S5_FAMILIES.items():
        for word, _mode in family:
            assert word in table and word not in dropped, word
            assert not any(b.startswith(word) and b == word for b in F.S5_BLOCKERS), word


@pytest.mark.parametrize("text", ["", "。。。", "刺し" * 40, "てほしい」", "殺人と", "ことで一致", "<b>殴られ</b>"])
def test_s5_naughty_strings_raise_nothing(nlp_ja, text):
    check_offsets(run(nlp_ja, text))  # raises nothing, and what it yields points into the text
