"""Cue patterns of Japanese statements: reporting verbs, topics, connectives and the small text helpers the
statement readers share (:mod:`conflict_kg.extract.ja_statements` for direct quotes,
:mod:`conflict_kg.extract.ja_indirect_speech` for indirect speech). Split out of ``ja_statements`` past the
module-size guide; the words themselves live in :mod:`conflict_kg.extract.vocab_ja` and
:mod:`conflict_kg.extract.vocab_ja_speakers`.
"""
from __future__ import annotations

import re

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.vocab_ja_speakers import COUNTED_GROUP, MUNE_VERBS, NOT_SPEAKER_HEADS

__all__ = [
    "ANAPHORIC_OBJECT",
    "AS_TOLD",
    "ATTRIBUTED",
    "ATTRIBUTION_VERBS",
    "BODY_ANAPHOR",
    "CLAUSE_BREAK",
    "CLEFT",
    "COGNITION",
    "CONNECTIVE",
    "DATE_LIMIT",
    "FIRST_TOPIC",
    "INDIRECT_RE",
    "LEAD_ATTRIBUTION",
    "LEMMA",
    "LOCAL_BODY",
    "META",
    "NAME_TOPIC",
    "NOT_SPEAKERS",
    "OUTER_TOPIC",
    "QUOTE_FRAME",
    "QUOTE_LABEL",
    "REPORT_RE",
    "SAID_BEFORE",
    "SAID_NEXT",
    "SIDE_RE",
    "SPEAKER_AFTER",
    "SPEAKER_PHRASE",
    "SRC_NAME",
    "VERBS",
    "VERB_ALT",
    "VERB_TAIL",
    "WHEN_PREFIX",
    "doc_dates",
    "indirect_verb",
    "last_named",
    "medium",
    "quote_to",
    "speaker_like",
]

CONNECTIVE = re.compile(r"^(?:そのうえで|その上で|また|さらに|このほか|この中で(?:は)?|その中で(?:は)?|会見で(?:は)?|そして)[、,]?")
#: "X側は" / "X側が" right before a quote: the side that speaks.
SIDE_RE = re.compile(r"([一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ・]{2,20})側[はが][、,]?")
#: The verbs of saying a statement may end with: the shared REPORT_VERBS and the statement-only ones, longest first.
VERBS = tuple(sorted(set(V.REPORT_VERBS) | set(V.STATEMENT_VERBS), key=lambda p: (-len(p[0]), p[0])))
REPORT_RE = re.compile(
    "|".join(map(re.escape, [v for v, _ in VERBS if len(v) >= 2 and v not in ("する", "して", "した")]))
)
LEMMA = dict(VERBS)


def indirect_verb(stem: str) -> str:
    """The form of a reporting-verb stem after と: a verbal noun (kanji or katakana only) takes し
    ("強調" -> "強調し"), or ends the clause bare, as news writes it ("…と供述。", "…と説明、");
    another stem is the verb itself, not its passive ("伝え", not "伝えられ").

    >>> indirect_verb("強調"), indirect_verb("伝え")
    ('強調(?:し|(?=[。、]))', '伝え(?!られ)')
    """
    if re.fullmatch(r"[一-龥ァ-ヶー]+", stem):
        return re.escape(stem) + "(?:し|(?=[。、]))"
    return re.escape(stem) + "(?!られ)"


#: "と" + a reporting verb of :data:`V.REPORT_VERBS` or a quotative する (without 「」 before) is an
#: indirect report; so is a nominal complement ("…ことを発表した", "…との考えを示した").
INDIRECT_RE = re.compile(
    # "…と、7日午前0時5分、報じた": a date between commas may stand between と and the verb
    r"と(?:も)?(?:、[^、。「」]{0,14}?[0-9０-９]+(?:日|時|分)[^、。「」]{0,10}?、?)?(?:"
    + "|".join([indirect_verb(v) for v, _ in VERBS if len(v) >= 2 and v not in ("する", "して", "した")
                and not v.startswith("の") and v not in V.DIRECT_ONLY_VERBS] + list(V.QUOTATIVE_SURU))
    + ")|(?:" + "|".join(V.NOMINAL_COMPLEMENT_HEADS) + ")(?:" + "|".join(V.NOMINAL_COMPLEMENT_VERBS) + ")"
    # a stance noun after a plain-form predicate ("予算を増やす考えを示した"; not the other u-row endings:
    # "…重視していく姿勢を示しました" after a quote restates it, seed 001)
    + "|(?<=[するたいだ])(?:" + "|".join(V.FRAME_NOUNS) + ")を(?:" + "|".join(V.FRAME_VERBS) + ")"
    # "…市を支援する旨(を)明らかにした": 旨 is a complementiser (guideline rule 3)
    + "|(?<=[するたいだ])旨を?(?:" + "|".join(MUNE_VERBS) + ")"
    # "…対話に応じるよう求めた": a directive's content ends at よう(に)
    + "|(?<=[るいな])よう(?:に)?[、,]?(?:" + "|".join(V.REQUEST_VERBS) + ")(?![^、。]{0,3}(?:" + "|".join(V.CHARGE_NOUNS) + "))"
    # "…圧力によるものだとして遺憾の意を表明した": として before a verb of protest gives its content
    + "|(?<=[だるたい])として[、,]?(?:[^、。「」]{0,10}?を)?(?=" + "|".join(V.TOSHITE_VERBS) + ")"
)
#: "病院関係者の話として、": the inner layer of a report, at the start of its content (guideline rule 5).
AS_TOLD = re.compile(r"(?P<src>[^、。「」]{2,30}?)の(?:" + "|".join(V.LAYER_NOUNS) + r")として[、,]?")
#: An attribution cue ("Xによると、") in the clause before a report.
ATTRIBUTED = re.compile("(?:" + "|".join(V.ATTRIBUTION_CUES) + ")[、,]")
#: "「…」と判断し": a quote before a verb of judgement or thought is no statement (guideline rule 6).
COGNITION = re.compile("(?:" + "|".join(V.COGNITION_STEMS) + ")")
#: Sentences about the article itself ("本ニュースは…を情報源としている"): no statements.
META = re.compile("(?:" + "|".join(V.META_TOPICS) + ")[はでも]")
#: "「…」意向を明らかにした": a stance noun after a quote reports it like と + verb.
QUOTE_FRAME = re.compile("(?:" + "|".join(V.FRAME_NOUNS) + ")を(?=" + "|".join(V.FRAME_VERBS) + ")")
#: "「うれしい」という表情": the quote labels a noun that is no act of saying.
QUOTE_LABEL = re.compile(r"という(?!(?:" + "|".join(V.QUOTE_LABEL_OK_NOUNS) + "))[一-龥ァ-ヶー]")
VERB_ALT = "|".join(map(re.escape, [v for v, _ in VERBS if len(v) >= 2 and v not in ("する", "して", "した")]))
#: A sentence that is only a quote, said in the next sentence ("「…」。田中被告は法廷でこう述べた。") or
#: announced in the one before ("大統領は次のように述べた。「…」").
SAID_NEXT = re.compile(r"[^「」。]{0,40}?(?:こう|このように|そう)(?=" + VERB_ALT + ")")
SAID_BEFORE = re.compile(r"(?:次のように|以下のように|こう)(?=(?:" + VERB_ALT + r")[^。「」]{0,8}[。:：]?\s*$)")
#: "市当局" / "州当局": an institution of the place of that level named before (V.LOCAL_LEVELS).
LOCAL_BODY = re.compile("(" + "|".join(V.LOCAL_LEVELS) + ")(?:" + "|".join(V.LOCAL_INSTITUTIONS) + ")")
#: A topic set off by a comma, or a date and a comma ("市当局は2日、"): the sentence's, not the reported clause's.
OUTER_TOPIC = re.compile(r"[はも](?:[0-9０-９]+日)?[、,]")
#: The first topic of a clause ("この企業は、"): a は/も after a word that is no particle.
FIRST_TOPIC = re.compile(r"[^ぁ-ゖ、。「」\s]は(?![ぁ-ゖ])")
#: A clause boundary after a conjunctive verb ("…攻撃を行い、キーウのクリチコ市長は"): a new topic may follow.
CLAUSE_BREAK = re.compile(r"[いしてでりえ][、,]")
#: The end of the previous reporting verb before the next report's content: "て", "したとともに、".
VERB_TAIL = re.compile(r"(?:て(?![ぁ-ゖ])|(?:し|さ)?(?:た|て|ており|ていて)?(?:とともに|上で|うえで|ほか|ものの|が)?[、,])")
#: Attribution cues: a statement with one of these verbs is a source's report, never a quote's speaker.
ATTRIBUTION_VERBS = frozenset(V.ATTRIBUTION_CUES)
#: A source phrase "Xによると、" opening the clause before a report whose speaker is written after と.
LEAD_ATTRIBUTION = re.compile(r"[^、。「」]{1,30}?(?:" + "|".join(V.ATTRIBUTION_CUES) + r")[、,]?(?:[0-9０-９]+月)?(?:[0-9０-９]+日)?[、,]?")
#: A topic that no mention covers: "シカゴ・トリビューン紙は", an acronym ("IRCは").
NAME_TOPIC = re.compile(r"(?<![ァ-ヶー・A-Za-z一-龥])([ァ-ヶー・]{2,20}紙|[一-龥ァ-ヶー・]{1,12}?(?:新聞|通信社?|放送)|[A-Z]{2,6})(?:は|も)[、,]?")
#: "この団体は": a body named before ("…旅団を名乗る団体") speaks.
BODY_ANAPHOR = re.compile(r"(?:この|同)(?:団体|組織|グループ)")
#: Subjects that are no speaker even when は-marked.
NOT_SPEAKERS = frozenset("これ それ あれ 彼 彼女 彼ら 今回 今日 本日 当日 同日 事故 事件 地震 原因 結果 理由".split())
#: Objects that point back to content given before ("この決定", "同案").
ANAPHORIC_OBJECT = re.compile(r"(?:この|その|あの|これ|それ|同(?=[一-龥]))")
#: "…と読売新聞が報じた": the speaker named after the complementiser.
SRC_NAME = r"[^、。「」\sぁ-ゖ][^、。「」\sをにでへと]{1,23}?"
SPEAKER_AFTER = re.compile(r"(?<!こ)と、?(?:[0-9０-９]+日[^、。]{0,12}?[、,]?)?"
                            r"(?P<src>" + SRC_NAME + r"(?:(?:と|や|、)" + SRC_NAME + r")*)(?:など|等)?(?:は|が)[、,]?"
                            r"(?:[^、。「」と]{0,12}?)(?:" + "|".join(V.AFTER_SPEAKER_VERBS) + ")")
#: A speaker phrase, its particle and a date/comma at the start of an indirect report ("…市長は、30日、").
SPEAKER_PHRASE = re.compile(r"[^はが、]*?(?:は|が|も)[、,]?(?:\d+日[、,])?")
#: A cleft after a verb of saying ("と述べたのは、"): its focus is the speaker.
CLEFT = re.compile(r"(?<=[たるい])のは[、,]?")
#: A time word the parser may put inside a subject's noun phrase ("この日ミャンマー軍警察は").
WHEN_PREFIX = re.compile(r"(?:この日|その日|同日|当日|本日|今日)の?")
DATE_LIMIT = 40  # characters before the quote searched for the statement date


def speaker_like(desc: str) -> bool:
    """Whether a subject noun phrase may be kept as an unnamed speaker's description: short, no
    punctuation, no number but a counted group ("地権者ら13人"), no pronoun, event or abstract noun
    (:data:`NOT_SPEAKER_HEADS`).

    >>> speaker_like("地権者ら13人"), speaker_like("2009年"), speaker_like("事故"), speaker_like("TOBの期間")
    (True, False, False, False)
    """
    return (2 <= len(desc) <= 30 or desc in V.SHORT_PERSON_NOUNS) and not re.search(r"[、。「」]", desc) \
        and not re.search(r"[0-9０-９]", re.sub(COUNTED_GROUP, "", desc)) and desc not in NOT_SPEAKERS \
        and not desc.endswith(NOT_SPEAKER_HEADS)


def doc_dates(text: str, start: int, end: int, doc_date: str | None) -> list[tuple[int, int, str]]:
    """Resolved dates in ``text[start:end]`` as (start, end, iso) with doc offsets."""
    from conflict_kg.extract.dates import find_dates, resolve_date  # lazy: sibling module, optional at import

    out = []
    for s, e, expr in find_dates(text[start:end]):
        iso = resolve_date(expr, doc_date)
        if iso:
            out.append((start + s, start + e, iso))
    return out


def last_named(text: str, head: str, end: int) -> tuple[int, int] | None:
    """Span of the last name ending with ``head`` before ``end`` ("自由民主党" for 同党), not a 同-word itself.

    >>> last_named("自由民主党は声明を出した。同党は", "党", 14)
    (0, 5)
    """
    hits = [m for m in re.finditer(r"[一-龥ァ-ヶーA-Za-z・]{1,15}?" + re.escape(head), text[:end])
            if not m.group().startswith("同") and len(m.group()) > len(head)]
    return hits[-1].span() if hits else None


def quote_to(text: str, qe: int) -> int:
    """Position of the と that reports the quote closing at ``qe`` ("」と", "」などと"), else -1.

    >>> quote_to("「a」などと批判", 2), quote_to("「a」と述べ", 2), quote_to("「a」を", 2)
    (5, 3, -1)
    """
    k = qe + 3 if text.startswith("など", qe + 1) else qe + 1
    return k if text.startswith("と", k) else -1


def medium(text: str) -> str | None:
    for word, name in V.MEDIA:
        if word in text:
            return name
    return None
