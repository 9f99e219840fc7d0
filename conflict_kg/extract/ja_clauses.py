"""Japanese clause cues: does the clause around an event noun make it a reported fact?

A clause cue is a small surface pattern read off the text right before or after an event trigger
noun, inside the trigger's own clause: negation or denial (``攻撃していない``, ``制圧は事実ではない``),
future, intent or condition (``協議する予定``, ``制圧すれば``), a goal (``奪還に向け``), "amid reports"
hearsay (``…と伝えられる中``), a topic (``和平案について``), an anaphoric re-mention (``この攻撃``),
and where a reporting verb's clause begins or owns a date (``Xは12日、…を奪還したと発表した``).
Events need them because a trigger word alone only says an event is *mentioned*: news Japanese
names many attacks, captures and talks that did not happen, have not happened yet, are denied, or
were already reported, and a date next to the trigger often dates the report rather than the
event. GiNZA's parse does not mark these reliably, so they are read as text patterns over
character offsets; each function is pure ``(text, offsets) -> bool | int``.
"""
from __future__ import annotations

import re

from conflict_kg.extract import vocab_ja as V

__all__ = [
    "denied_after", "hypothetical", "purpose", "future_nonpast", "conditional_consequence", "topic_mention",
    "hearsay_frame", "anaphoric", "report_date", "speech_boundary", "demanded", "modal",
]


# Negation right after a trigger, in its own predicate: "攻撃していない", "包囲はされていない",
# "制圧せず", "死者は出ていない". Only kana (and a few light-verb stems) may stand between, so
# the negation cannot belong to a later clause.
_NEGATED = re.compile(
    r"[をはもが]?(?:行|実施|確認|出|受け)?[ぁ-ゖ]{0,8}?(?:ない(?!か)|なかった|ず(?!つ)|ません|ておらず)"
)
# Obligation and conditionals are not negated facts: "支援しなければならない".
_NOT_NEGATION = re.compile(r"なけれ|なくて|ないと(?:いけ|なら)")
# A denial whose object is the trigger's clause: "制圧は事実ではない", "殺害したことを否定",
# "制圧されたとする記述も事実ではない", "制圧したとのロシアの発表を否定".
_DENIED = re.compile(
    r"(?:[ぁ-ゖ]{0,8}?(?:こと|の|と(?:の|する|いう)?(?:[一-龥ァ-ヶー]{1,8}の)?[一-龥ァ-ヶー]{0,6}))?"
    r"[をはもが]?(?:" + "|".join(map(re.escape, V.DENIAL_STEMS)) + ")"
)


def denied_after(text: str, end: int) -> bool:
    """Is the event noun ending at ``end`` negated or denied in its own clause?

    >>> denied_after("クピャンスクの制圧は事実ではない", 9), denied_after("攻撃していない", 2)
    (True, True)
    >>> denied_after("制圧したと報告した。これを否定", 2), denied_after("支援しなければならない", 2)
    (False, False)
    """
    m = _NEGATED.match(text, end)
    if m and not _NOT_NEGATION.search(m.group()):
        return True
    return bool(_DENIED.match(text, end))


# Future, intended or conditional events are not reported facts (the gold omits them):
# "協議する予定", "協議を行う見通し", "抗議を行う方向", "抗議する事を決めた", "説明を求めるものと見られている", "侵攻した場合", "制圧すれば", "協議したい", "協議が進むのかどうか",
# "動員に踏み切る可能性". Only the trigger's own clause (up to the next comma/stop/quote) is read.
_HYPO_AFTER = re.compile(
    r"[^、。「」]{0,14}?(?:予定|見通し|場合|[えけせてねへめれ]ば(?![かり])|可能性|し?たい(?:と|との)|かどうか|のか(?:どう)?"
    r"|ことを約束|方針|意向|方向|る(?:事|こと)を決め|るものと見られ)"
)
# A time word before the trigger that points forward: "今後の攻撃", "近く協議", "来年1月…動員".
_HYPO_BEFORE = re.compile(r"(?:今後|近く|来年|来月|来週)[^、。「」]{0,12}$")


# A trigger that is the topic ("政策協議は…") of a sentence that ends in a plan: "…行われる予定。"
_TOPIC_FUTURE = re.compile(r"は[^「」。]*?(?:予定|見通し|見込み|方針)(?:だ|です|である)?[。」]?$")


def hypothetical(text: str, start: int, end: int) -> bool:
    """Is the event noun at ``start:end`` future, intended or conditional in its own clause?

    >>> hypothetical("協議する予定という", 0, 2), hypothetical("制圧すれば、", 0, 2), hypothetical("制圧した", 0, 2)
    (True, True, False)
    >>> hypothetical("協議は両党が参加し、11月まで行われる予定。", 0, 2), hypothetical("協議は両党が参加し、始まった。", 0, 2)
    (True, False)
    """
    if _HYPO_AFTER.match(text, end) or _HYPO_BEFORE.search(text[max(0, start - 14) : start]):
        return True
    stop = text.find("。", end)
    return bool(_TOPIC_FUTURE.match(text[end : len(text) if stop < 0 else stop + 1]))


# Purpose, not occurrence: "領土の奪還に向け", "署名に向けて" name a goal. Unlike a hypothetical the
# goal does not claim the type for the sentence ("合意に向けて…同意した" agrees to something real).
_PURPOSE = re.compile(r"[^、。「」]{0,8}?に向け(?!ら)")


def purpose(text: str, end: int) -> bool:
    """Is the event noun ending at ``end`` the goal of an action ("奪還に向け")?

    >>> purpose("奪還に向け前進", 2), purpose("奪還した", 2)
    (True, False)
    """
    return bool(_PURPOSE.match(text, end))


# A clause that ends a quote or sentence in the non-past, with no past/te form in between, tells
# what will happen: "新たな動員を開始する」", "新たな波が始まる」". ("している" has て: ongoing, kept.)
_NONPAST_END = re.compile(r"(?:[^、。「」『』たてでだ]|たな)*?(?:する|れる|始まる|行う|踏み切る|迎える|続く)(?=[」。]|$)")


def future_nonpast(text: str, end: int) -> bool:
    """Does the clause of the event noun ending at ``end`` close a quote/sentence in the non-past?

    >>> future_nonpast("動員を開始する」と", 2), future_nonpast("動員を開始した」と", 2), future_nonpast("攻撃している」", 2)
    (True, False, False)
    """
    return bool(_NONPAST_END.match(text, end))


# A conditional earlier in the sentence ("侵攻した場合、", "制圧すれば、") makes an event in a later
# clause its consequence, unless that clause is itself past ("…場合、…制裁が発動されることを保証").
# ("によれば、" is hearsay, "according to", not a condition.)
_CONDITION = re.compile(r"(?:場合|[えけせてねへめ]ば|(?<!によ)れば|たら)、")
_CLAUSE_PAST = re.compile(r"[^、。「」]*?(?:た|だ)(?:[、。」とがのも]|$)")


def conditional_consequence(text: str, sent_start: int, start: int, end: int) -> bool:
    """Is the event noun at ``start:end`` in the consequence of a conditional in its sentence?

    >>> t = "ロシアが侵攻した場合、制裁が発動されることを保証する"
    >>> conditional_consequence(t, 0, t.index("制裁"), t.index("制裁") + 2)
    True
    >>> t = "攻撃すれば、制裁を発動した"
    >>> conditional_consequence(t, 0, t.index("制裁"), t.index("制裁") + 2)
    False
    """
    if not _CONDITION.search(text, sent_start, start):
        return False
    return not _CLAUSE_PAST.match(text, end)


# A noun framed as the topic of a clause: "動員を巡っては", "会談について", "和平案に関し".
_TOPIC = re.compile(r"(?:を(?:めぐ|巡)(?:って|る)|について|に(?:関し|関する|つき)(?!て?(?:合意|協議)))")
# A proposal is a document: as a topic ("和平案について", "和平案をめぐって", "和平案は…内容だ") it is
# the plan being discussed, not the act of proposing it -- unless its clause says it was handed
# over ("和平案は20日に提示された").
_DOC_TOPIC = re.compile(r"(?:を(?:めぐ|巡)(?:って|る)|について|に(?:関し|関する)|は(?!じ)(?![^、。「」]*?された))")


def topic_mention(text: str, end: int, doc: bool = False) -> bool:
    """Is the event noun ending at ``end`` only the topic of its clause ("和平案について")?

    >>> topic_mention("動員を巡っては", 2), topic_mention("動員を完了した", 2), topic_mention("停戦案は内容", 3, doc=True)
    (True, False, True)
    >>> topic_mention("停戦案は5日に提示された", 3, doc=True)
    False
    """
    return bool((_DOC_TOPIC if doc else _TOPIC).match(text, end))


# "…と伝えられる中、", "…とされる中": background hearsay framing the sentence, not a reported event.
_HEARSAY_FRAME = re.compile(r"[^、。「」]{0,20}?と(?:伝えられ|報じられ|され)(?:てい)?る中")


def hearsay_frame(text: str, end: int) -> bool:
    """Is the event noun ending at ``end`` inside an "amid reports that…" frame?

    >>> hearsay_frame("停戦案を協議していると報じられる中、", 3), hearsay_frame("停戦案を協議していると報じた", 3)
    (True, False)
    """
    return bool(_HEARSAY_FRAME.match(text, end))


# An anaphoric determiner right before the noun re-mentions an event already reported (the caller
# checks that one of the type was):
# "この攻撃", "同攻撃", "今回の攻撃", "同市の解放", "この提案" ("この日の会合" is a date, not a re-mention).
# Between determiner and noun only a one-character place word may stand ("同市の", "同国の");
# "同国内の死者" is deaths in that country, a new count.
_ANAPHOR = re.compile(r"(?:この|その|(?<![一-龥])同|今回の|当該の?)(?:(?![日時])[一-龥]の)?$")


def anaphoric(text: str, start: int) -> bool:
    """Is the event noun at ``start`` a re-mention marked by この/その/同/今回の?

    >>> anaphoric("同市の奪還", 3), anaphoric("この攻撃", 2), anaphoric("この日の会合", 4), anaphoric("共同攻撃", 2)
    (True, True, False, False)
    """
    return bool(_ANAPHOR.search(text[max(0, start - 8) : start]))


_REPORT_WORDS = sorted({v for v, _ in V.REPORT_VERBS if len(v) >= 2 and v not in ("する", "して", "した")},
                       key=len, reverse=True)
# The trigger's clause is the と-complement of a reporting verb: "…を制圧したと報告した".
_REPORTED = re.compile(r"[^、。「」]*?と(?:" + "|".join(map(re.escape, _REPORT_WORDS)) + r"|し(?:て|た))")

# The end of a quote and its reporting verb: "…」と述べ", "…」と主張した". A trigger after it is in a
# new clause, so dates written before it (the quote, the speech act's "30日に公開した動画で") are not its own.
_SPEECH_END = re.compile(r"」と(?:" + "|".join(map(re.escape, _REPORT_WORDS)) + r"|し(?:て|た))")


def speech_boundary(text: str, sent_start: int, trig_start: int) -> int:
    """Offset after the last "」と+reporting verb" before ``trig_start`` (else ``sent_start``).

    >>> t = "市長は30日「来年は強くなる」と述べ、軍事支援を強調"
    >>> t[speech_boundary(t, 0, t.index("支援")):]
    '、軍事支援を強調'
    """
    last = None
    for last in _SPEECH_END.finditer(text, sent_start, trig_start):
        pass
    return last.end() if last is not None else sent_start


def report_date(text: str, sent_start: int, date_start: int, date_end: int, trig_end: int) -> bool:
    """Does the date at ``date_start:date_end`` belong to a reporting verb rather than to the
    event noun ending at ``trig_end``? So when the date follows the topic ("Xは20日、") and the
    event sits in the と-complement of a reporting verb ("…を制圧したと報告した"). A date with
    its own noun ("30日の夜明け前") dates the event.

    >>> t = "参謀本部は12日、ヘルソンを奪還したと発表した。"
    >>> report_date(t, 0, 5, 8, t.index("奪還") + 2)
    True
    >>> t = "ロシア軍は29日、キーウを攻撃し、市長が明らかにした。"
    >>> report_date(t, 0, 5, 8, t.index("攻撃") + 2)
    False
    """
    before = text[sent_start:date_start].rstrip("、 ")
    if not before.endswith("は") or text.startswith("の", date_end):
        return False
    return bool(_REPORTED.match(text, trig_end))


def _demanded_re(verbs: tuple[str, ...]) -> re.Pattern:
    nouns = "|".join(map(re.escape, sorted(V.DEMAND_OBJECT_NOUNS, key=len, reverse=True)))
    alts = "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))
    return re.compile(r"(?:(?:の|への)(?:" + nouns + r"))?(?:を|に|へ)(?:[一-龥]{1,2}(?:に|を))?(?:" + alts + ")")


# The event noun as the object of a request, a plan or a refusal (``vocab_ja.DEMAND_VERBS``): "停戦合意を
# 求め", "部隊の派遣を要請", "支援の継続を訴え", "制裁を検討"; or of a decision (``vocab_ja.DECISION_VERBS``:
# "部隊の派遣を決定").
_DEMANDED = _demanded_re(V.DEMAND_VERBS)
_DECIDED = _demanded_re(V.DECISION_VERBS)
# Modal endings (``vocab_ja.MODAL_AFTER``) right after the noun or its light verb: "攻撃できる",
# "制裁が必要だ", "支援すべき".
_MODAL = re.compile(r"(?:を|は|が|も)?(?:し|する)?(?:" + "|".join(
    map(re.escape, sorted(V.MODAL_AFTER, key=len, reverse=True))) + ")")


def demanded(text: str, end: int, decided: bool = False) -> bool:
    """Is the event noun ending at ``end`` what someone asks for, plans or refuses (so not an event)?
    With ``decided``, also what someone decided to do ("派遣を決定").

    >>> demanded("停戦合意を求めた", 4), demanded("部隊の派遣を要請", 5), demanded("攻撃の停止を求め", 2)
    (True, True, True)
    >>> demanded("合意の履行を求めた", 2), demanded("合意した", 2), demanded("制裁を発動した", 2)
    (False, False, False)
    >>> demanded("部隊の派遣を決定した", 5), demanded("部隊の派遣を決定した", 5, decided=True)
    (False, True)
    """
    return bool(_DEMANDED.match(text, end) or (decided and _DECIDED.match(text, end)))


def modal(text: str, end: int) -> bool:
    """Does a modal ending (can, should, must) follow the event noun ending at ``end``?

    >>> modal("複数で1人を攻撃できる", 8), modal("制裁が必要だ", 2), modal("攻撃できた", 2), modal("攻撃した", 2)
    (True, True, False, False)
    """
    return bool(_MODAL.match(text, end))
