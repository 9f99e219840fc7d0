"""Tables of Japanese event coreference (:mod:`conflict_kg.extract.ja_event_coref`): when a later mention of an
event type already told in the document is that event told again without a record of its own.

The gold's *Unit* rule (``bench/gold/ja_wikinews_events.md``): an event told in two sentences gets two records
only when the second sentence has its own predicate for it; a bare back-reference (「この火事で」) adds none.
So a re-told event with a verb of its own ("…を逮捕した", "…で起きた爆弾事件") stays a record, and these tables
say what makes a noun mention a bare back-reference and what makes it another event.
"""
from __future__ import annotations

__all__ = [
    "BACK_DETERMINERS",
    "CASE_HOST_TYPES",
    "CASE_NOUNS",
    "COMPOUND_TAILS",
    "DISTINCT_BEFORE",
    "HAPPENED_BEFORE",
    "SETTING_TOLD",
    "HAPPENING_VERBS",
    "LIGHT_VERBS",
    "NOUN_WINDOW",
    "ONGOING_AFTER",
    "ONGOING_WINDOW",
    "RETOLD_TYPES",
]

#: Determiners that point back to a told event ("この攻撃", "同事件", "これら一連の拉致事件"); between the
#: determiner and the trigger only a short compound prefix may stand ("この自爆テロ").
BACK_DETERMINERS: tuple[str, ...] = ("これら一連の", "これらの", "これら", "一連の", "今回の", "この", "その", "当該", "同")

#: Case nouns that name the told incident without a trigger word ("同事件", "この事件"): a back-reference
#: kept as provenance of the document's latest violent event.
CASE_NOUNS: tuple[str, ...] = ("事件", "事案", "犯行")
#: The types a case noun refers back to: the crime or attack the story is about.
CASE_HOST_TYPES: tuple[str, ...] = ("Attack",)

#: Words before the trigger (in its noun phrase) that make it another event of the type, not the one told:
#: another, new, earlier, first, second ("別の攻撃", "2度目の逮捕", "前回の会談", "昨年の合意").
DISTINCT_BEFORE: tuple[str, ...] = (
    "別の", "別途", "新たな", "新たに", "次の", "次回", "再び", "再度", "前回", "前年", "最初の", "初の", "初めての", "2度目",
    "二度目", "3度目", "三度目", "先月", "先週", "昨年", "去年", "過去", "以前の", "他の", "ほかの", "もう一つ", "もう1つ",
    "同様の", "相次ぐ", "相次いだ", "複数の", "一部の",
)

#: Characters of the noun phrase before the trigger read for a distinctness cue or a determiner.
NOUN_WINDOW: int = 8

#: A compound tail after the trigger noun that keeps it a name of the same happening ("拉致事件", "襲撃事件").
COMPOUND_TAILS: tuple[str, ...] = ("事件", "事案", "行為", "作戦", "騒ぎ")

#: Verbs that give a trigger noun its own predicate when they follow it with が/は/も ("爆発が起きた",
#: "協議が始まった", "犯行声明が出された"): the sentence tells the event, not only refers to it.
HAPPENING_VERBS: tuple[str, ...] = (
    "発生", "起き", "起こ", "あっ", "あり", "ある", "行われ", "行わ", "始ま", "開始", "出さ", "出され", "相次", "続い", "続き",
    "続け", "実施", "成立", "締結", "確認され", "明らかにな", "判明",
)

#: A relative clause of happening right before the trigger noun gives it its own predicate ("繁華街で起きた爆弾
#:事件で", "その部屋で発生した放火未遂事件": the gold counts such a re-telling as a record of its own).
HAPPENED_BEFORE: tuple[str, ...] = (
    "起きた", "起こった", "起きている", "発生した", "発生している", "あった", "行われた", "起こされた",
)

#: Light verbs that make "noun + を + verb" the event's own predicate ("抗議をした", "重傷を負い", "攻撃を行った").
LIGHT_VERBS: tuple[str, ...] = (
    "し", "す", "行", "実施", "負", "受け", "加え", "言", "出し", "開始", "開", "続け", "強行", "敢行", "決行",
)

#: Types whose records told twice in a document (each with its own predicate) are read as one happening and
#: fill each other's missing arguments: news tells an attack or an arrest in the lead and again in the body.
#: Not the speech acts (two accusations or requests are mostly two acts by two parties: dev 1371, 683) nor
#: tolls (a second count is often another count: dev 1139).
RETOLD_TYPES: tuple[str, ...] = ("Attack", "Arrest", "Capture", "Interception")

#: Diplomacy: the meeting named again as the setting of what was said or done there ("会談の冒頭、…",
#: "会合では…採択された", "協議後、…") is the meeting told again with a record of its own in the seed gold and
#: the older rule tests (``vocab_ja.SETTING_REMENTION`` leaves these out for the same reason): not merged.
SETTING_TOLD: dict[str, tuple[str, ...]] = {"diplomacy": ("の冒頭", "では", "で", "後", "の後", "の席上")}

#: An ongoing or repeated series, or a stance towards one, in the trigger's clause ("攻撃を続ける姿勢",
#: "砲撃によって…事態が相次いでいます", "攻撃に対抗する", "攻撃を維持するため"): no single happening, so it
#: shares no argument with a told one (seed 001: a dated strike's day went to four such mentions).
ONGOING_AFTER: tuple[str, ...] = ("相次", "続け", "続い", "続く", "繰り返", "維持", "ペース", "対抗", "姿勢", "激化", "頻発")
#: Characters after the trigger read for :data:`ONGOING_AFTER` (up to the clause's comma or full stop).
ONGOING_WINDOW: int = 30
