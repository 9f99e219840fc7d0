"""Japanese event frame tables (sixth session): what fills an event type's frame, which tolls are no event.

Data only; the checks that read them are :mod:`conflict_kg.extract.ja_event_type`. An event record is kept
only when its sentence gives at least one filler of its type's frame (:data:`FRAME_FILLERS`): a party the
extractor found (agent, target, co-party), a place, a weapon, a figure, or a cue word of the frame in the
sentence (:data:`FRAME_CUES`). A trigger word whose events were seldom right on the dev half (the generated
table :mod:`conflict_kg.extract.vocab_ja_reliability`) needs :data:`STRONG_FILLERS` more. Every entry has a row
in ``tests/test_events_ja_type_s6.py``.
"""
from __future__ import annotations

__all__ = [
    "FRAME_FILLERS", "FRAME_REQUIRED", "FRAME_CUES", "CO_PARTY_BEFORE", "CO_PARTY_IN_SENTENCE", "PLURAL_PARTY_WORDS",
    "STRONG_FILLERS",
    "TOLL_INCIDENT_AFTER",
    "TOLL_TYPES", "TOLL_HOST_TYPES", "TOLL_CAUSE_CUES", "TOLL_CAUSE_PARTICLES", "INCIDENT_TOPIC_AFTER",
    "UNRELIABLE_BELOW", "UNRELIABLE_MIN_EVENTS",
    "HEAD_TYPES", "SPORTS_LEAD", "DOMAIN_TYPES", "DOMAIN_SENTENCE_CUES", "COPULA_AFTER", "COPULA_EXEMPT",
]

#: The kinds of filler that make a sentence fit a type's frame (the guideline's core arguments): an Arrest has a
#: detainee or an arresting body (or a charge cue), an Attack a target, a doer, a place, a weapon or a toll, a
#: Meeting or an Agreement its parties, a toll its victims or its figure, a speech act its speaker or addressee.
#: Kinds: ``agent``, ``target``, ``party`` (a co-party or participant), ``place``, ``weapon``, ``figure``,
#: ``cue`` (a word of :data:`FRAME_CUES` in the sentence), ``co_party`` (:data:`CO_PARTY_BEFORE` right before
#: the trigger: "IRAとの合意", "両政府が").
FRAME_FILLERS: dict[str, tuple[str, ...]] = {
    "Attack": ("agent", "target", "place", "weapon", "figure", "cue"),
    # the place taken (the graph keeps a place as a location, not a party), or a place noun ("北部の町を解放")
    "Capture": ("target", "place", "cue"),
    "Interception": ("agent", "target", "place", "weapon"),
    "CasualtyReport": ("target", "figure", "cue"),
    "Mobilization": ("cue",),
    "Arrest": ("agent", "target", "place", "cue"),
    "Meeting": ("agent", "party", "co_party", "place", "cue"),
    "Agreement": ("agent", "target", "party", "co_party", "cue"),
    "Proposal": ("agent", "target"),
    "Accusation": ("agent", "target"),
    "Aid": ("agent", "target", "cue"),
    "Sanction": ("agent", "target"),
}

#: The types whose every event needs a filler of its frame (the others only when their trigger word is
#: unreliable on dev): chosen per type on the dev half (docs/development-log.md) -- a speech act's or an arrest's parties are
#: often in another clause the parse does not reach, so their frame is no test there; a Meeting's "この日の会合では"
#: re-tells a meeting with its parties in the sentence before (the older rows and the seeds), so a Meeting needs
#: its frame only when its word is unreliable (会議: the name of a council).
FRAME_REQUIRED: frozenset[str] = frozenset({"Capture", "Mobilization", "Agreement", "CasualtyReport"})

#: Cue words that fill a frame from the sentence when the parse gave no party: an incident or a weapon for an
#: Attack ("…事件", "爆弾"), a victim count for a toll ("死者", "人が"), a charge or a police body for an Arrest
#: ("容疑", "署"), a named or consensual agreement ("「…合意」", "意見が一致" names its parties by 一致).
FRAME_CUES: dict[str, tuple[str, ...]] = {
    "Attack": ("事件", "テロ", "爆弾", "銃", "ナイフ", "刃物", "包丁", "ミサイル", "砲弾", "容疑", "犯行"),
    "CasualtyReport": ("人が", "名が", "人は", "名は", "人を", "死者", "負傷者", "犠牲者", "人死亡", "人負傷"),
    "Arrest": ("容疑", "疑い", "警察", "警視庁", "県警", "府警", "署", "当局", "検察", "地検", "現行犯"),
    "Agreement": ("意見が一致", "で一致", "」", "協定", "条約", "停戦", "和平", "ことに同意", "ことで合意", "ことに合意",
                  # reached in talks, or a joint text adopted: the talks and the text have the parties
                  "協議", "交渉", "会談", "話し合", "会合", "共同声明"),
    # a place noun as what was taken, named or not ("北部の町を解放", "拠点を制圧")
    "Capture": ("町", "村", "市", "都市", "拠点", "基地", "集落", "地区", "首都", "空港", "港", "陣地", "要衝", "州"),
    # a meeting named by its level or its urgency names a gathering of parties ("緊急会合", "外相会合")
    "Meeting": ("緊急会合", "首脳", "外相", "閣僚", "代表団", "両国", "各国"),
    # what is given: a kind of aid named with it ("軍事支援", "人道支援", "資金援助")
    "Aid": ("軍事", "武器", "兵器", "弾薬", "資金", "人道", "経済", "財政", "食糧", "物資", "医療"),
    # a Mobilization sends a force (the guideline: troops, police or other forces for a security or military
    # purpose); rescue teams, doctors, monitors and officials sent are none; a call-up (動員) names its force
    "Mobilization": ("軍", "部隊", "兵", "自衛隊", "警察", "機動隊", "警官", "治安", "艦", "戦闘機", "民兵", "警備隊",
                     "武装", "戦車", "海兵隊", "空挺", "予備役", "動員", "徴兵"),
}

#: Right before a meeting or an agreement noun, a co-party its parse did not attach ("IRAとの合意", "大統領と
#: 会談", "両国間の協議"): the frame has its parties. A "Xとの" anywhere before it in the sentence ("大使との協議で
#: …合意した") and words naming several parties at once ("両首脳の会談", "双方が合意") do too.
CO_PARTY_BEFORE: tuple[str, ...] = ("と", "間の", "間で", "同士の", "同士で")
CO_PARTY_IN_SENTENCE: tuple[str, ...] = ("との",)
PLURAL_PARTY_WORDS: tuple[str, ...] = (
    "両国", "両政府", "両党", "両者", "両派", "両社", "両首脳", "両陣営", "双方", "首脳", "各国", "与野党", "労使",
)

#: What a trigger of low or unknown dev reliability needs besides: two fillers of different kinds (a Proposal
#: with speaker and addressee, an Attack with a doer and a place), or one of the type's core parties listed here
#: (the detainee of an arrest, the victims of a toll).
STRONG_FILLERS: dict[str, tuple[str, ...]] = {
    "Aid": ("cue",),  # the kind of aid named ("軍事支援")
    "Arrest": ("target",),
    "CasualtyReport": ("target", "figure"),
    # the place taken (the graph keeps a place as a location, not a party), or a place noun ("北部の町を解放")
    "Capture": ("target", "place", "cue"),
}

#: A toll whose own words go on to name the incident ("…21人が負傷する事件が起きている"): the sentence tells the
#: attack through its toll (the guideline: such a bombing is an Attack with the injuries on it).
TOLL_INCIDENT_AFTER: tuple[str, ...] = (
    "する事件", "した事件", "させる事件", "させた事件", "する事故", "するテロ", "したテロ", "する惨事",
)

#: A weapon named as the cause in a toll's clause with a cause particle ("爆弾により46人が負傷した", "爆弾で"): in a
#: document that has told no attack before, the toll is how the text tells the attack itself (the guideline: such a
#: bombing is an Attack with the injuries on it); once an attack is told, a toll by its weapon is that attack's
#: CasualtyReport. A weapon as subject or object ("ミサイルが落ち、10人が負傷", "銃弾を受けて負傷") tells the toll.
TOLL_CAUSE_CUES: tuple[str, ...] = ("爆弾", "銃撃", "砲撃", "空爆", "ミサイル", "地雷", "手榴弾", "刃物", "ナイフ", "自爆")
TOLL_CAUSE_PARTICLES: tuple[str, ...] = ("により", "によって", "で")

#: After a violent incident noun, the words that make it the frame of the sentence's toll ("15日の爆破事件では、
#: …2人が負傷した"): the sentence tells that attack with its toll, so the toll is the Attack (not when the noun is
#: a back-reference, "この事件では": the attack told before).
INCIDENT_TOPIC_AFTER: tuple[str, ...] = ("事件では", "事件で、", "では、")

#: Toll types, and the event types a toll of the same ``。``-sentence belongs to (its figures go there): an
#: Attack told with its toll is one Attack; a toll told inside an arrest, a request or an accusation is the
#: content of that act (a charge, a reason), not the sentence's predicate (the guideline: a CasualtyReport is a
#: sentence whose predicate is the toll).
TOLL_TYPES: frozenset[str] = frozenset({"CasualtyReport"})
TOLL_HOST_TYPES: frozenset[str] = frozenset({"Attack", "Arrest", "Proposal", "Accusation", "Sanction", "Aid"})

#: A trigger word is unreliable when its events were right less often than this on dev, over at least this many
#: events (the generated table :mod:`conflict_kg.extract.vocab_ja_reliability`): it needs :data:`STRONG_FILLERS`
#: or two filler kinds. A word never predicted on dev is not: on dev, the words of one article only (left out in
#: turn) were right 48 times in 56, so rarity is no sign of a wrong sense. One wrong event is no evidence either
#: (with one, dev lost 2 right events, left out in turn).
UNRELIABLE_BELOW = 0.5
UNRELIABLE_MIN_EVENTS = 2

#: Event types that head a compound of two trigger nouns: the last noun names the event and the first its
#: content ("支援要請" is a request for aid, "派遣要請" a request for troops, "会談要請" a request for talks,
#: "攻撃非難" an accusation); the first noun's event is not told (it is asked for, agreed on, blamed).
HEAD_TYPES: frozenset[str] = frozenset({"Proposal", "Accusation", "Agreement"})

#: A document whose lead (first two sentences) is a sports report (a match, a tournament, a medal): its
#: violent and security words are moves of the game ("タックルを捕まえ", "攻撃面を見直し") unless their
#: sentence names a crime or a weapon (:data:`DOMAIN_SENTENCE_CUES`). Extends ``vocab_ja.LEAD_SENSE_BLOCKS``
#: (Attack and tolls) to every violent type and to the words of tournament reports.
SPORTS_LEAD: tuple[str, ...] = (
    "試合", "野球", "サッカー", "選手権", "リーグ", "五輪", "オリンピック", "優勝", "競技", "メダル", "決勝",
    "ワールドカップ", "W杯", "ラグビー", "レスリング", "柔道", "ボクシング",
)
DOMAIN_TYPES: frozenset[str] = frozenset(
    {"Attack", "Arrest", "Capture", "Mobilization", "CasualtyReport", "Interception"})
DOMAIN_SENTENCE_CUES: tuple[str, ...] = (
    "銃", "爆弾", "テロ", "殺害", "射殺", "刺殺", "武装", "兵士", "軍", "容疑", "逮捕", "警察", "県警", "署", "襲撃",
    "砲", "爆撃", "拉致", "暴行", "事件", "刃物", "ナイフ",
)

#: The event noun as the predicate of a copula: something is characterised as the act ("…への抗議だった",
#: "これはテロだ", "攻撃であると"): a description of a motive or a label, not the act told (a label given by a
#: party is an Accusation of its own trigger, the guideline's "calling a bombing a terrorist act").
COPULA_AFTER: tuple[str, ...] = ("だった", "であった", "である", "でした", "です", "だ」", "だと", "だ。", "だとし")
#: Judging words whose copula is the judgement itself ("残念だ", "遺憾である", "違法だと"): they keep their event.
COPULA_EXEMPT: tuple[str, ...] = ("残念", "遺憾", "不当", "違法", "不適切", "責任", "違反", "不快", "失望")

