"""The context a Japanese event date is read in: the tense of the event's clause and the story's month.

A bare 「20日」 or 「12月30日」 names no year (and the bare day no month). :mod:`conflict_kg.extract.dates`
completes them from the document date alone, past-biased. News says more than that, and HeidelTime's
news strategy reads it (Strötgen & Gertz, *HeidelTime*, 2010/2013):

* **tense** -- a clause told in the past (「20日に…逮捕した」) dates a day not after the document date; a
  plan (「20日に…する予定」) the next such day on or after it (:func:`clause_tense`, cue tables
  :data:`FUTURE_CUES`, :data:`PAST_END`);
* **the story's month** -- once the text has written a day with its month (「11月18日に…」), a later bare
  「20日」 in the same paragraph is a day of that month, as the story moves on; the document date's month
  is the fallback (:func:`story_day`).

Also here: relative day expressions the date rules of :mod:`~conflict_kg.extract.dates` leave out, as a
table (:data:`RELATIVE_DAYS`, :func:`relative_day`: 「3日前」, 「昨夜」, 「2年前」), demonstratives of time
that point back to the day told last (:data:`ANAPHORIC_DAYS`: 「このとき」), and the event types whose date
stands before the quote they report (:data:`SPEECH_TYPES`). :meth:`conflict_kg.extract.ja_event_dates.EventDates.date`
applies them to an event's own date.

>>> t = "警察は2005年11月18日に男を逮捕した。20日には女も逮捕した。"
>>> story_day(t, t.index("20日"), 20, "2006-02-10", "past")
'2005-11-20'
>>> clause_tense("5日に会談する予定だ。", 5), clause_tense("5日に会談した。", 5)
('future', 'past')
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re

from conflict_kg.extract.date_anchor import anchor_of, days_after, iso_date, months_after, parse_iso, years_after
from conflict_kg.extract.dates import find_dates, resolve_date
from conflict_kg.extract.ja_statement_cues import doc_dates

__all__ = [
    "FUTURE_CUES", "PAST_END", "RELATIVE_DAYS", "SPEECH_TYPES", "clause_tense", "tense_day", "story_day",
    "ANAPHORIC_DAYS", "BACKGROUND_ENDS", "in_background", "relative_day", "find_relative_days", "told_day", "event_dates", "event_day",
]

#: Event types that are speech acts: a date before the quote they report dates them ("外相が1月4日
#: 「危険だ」として中止を求めた"), where for other types it dates only the reporting.
SPEECH_TYPES: frozenset[str] = frozenset({"Proposal", "Accusation"})

#: Words that make an event's own predicate a plan or an expectation (the next such day), right after
#: its trigger: 「会談する予定」, 「派遣する方針」, 「開催の見通し」.
FUTURE_CUES: tuple[str, ...] = ("予定", "方針", "見通し", "見込み", "計画", "意向", "つもり")
_FUTURE = re.compile(r"(?:を|の|が)?(?:する|される|行う|開く|実施する)?(?:" + "|".join(FUTURE_CUES) + ")")
#: A past-tense predicate ending: the auxiliary た/だ closing the clause or the sentence, or before a
#: quotative / nominaliser (「逮捕したと発表」, 「逮捕したことが」); ていた and でした end in it too.
PAST_END = re.compile(r"(?:た|だ)(?=[。、」）)]|と|こと|の|が|ため|もの|という|ところ|後|$)")
#: Where an event's own predicate ends: the next comma or sentence end.
_CLAUSE_END = re.compile(r"[、。\n]")

#: Ends of a background clause: what comes before them is a fact found or a reason given, not the event
#: the sentence goes on to tell ("2004年10月に免許が失効していたことが分かり、…現行犯逮捕した", dev 1687): a
#: date before such an end dates that fact, not an event after it.
BACKGROUND_ENDS: tuple[str, ...] = (
    "ことが分かり", "ことが分かって", "ことがわかり", "ことが判明し", "ことが明らかになり", "ていたことから",
    "ていたため", "ていたが、", "ていたところ",
)
_BACKGROUND = re.compile("|".join(map(re.escape, BACKGROUND_ENDS)))

#: Relative day expressions, as (pattern, unit, sign): 「3日前」 is three days before the anchor, 「2年前」 two
#: years. The anchor is the document date (or the date told before, for the caller to choose).
RELATIVE_DAYS: tuple[tuple[str, str, int], ...] = (
    (r"(?P<n>[0-9０-９]{1,3})日前(?!後)", "d", -1),
    (r"(?P<n>[0-9０-９]{1,3})日後", "d", 1),
    (r"(?P<n>[0-9０-９]{1,2})(?:か|ヵ|カ|ケ|ヶ)月前", "m", -1),
    (r"(?P<n>[0-9０-９]{1,2})年前", "y", -1),
    (r"昨夜|昨晩|前夜", "d1", -1),
    (r"今朝|今夜|今晩|今未明", "d1", 0),
)
_RELATIVE = [(re.compile(p), unit, sign) for p, unit, sign in RELATIVE_DAYS]
#: Demonstratives of time that point back to the day the text told last in the paragraph: 「10月4日、…収録
#: しようとしていた。このとき、…抗議をした」 (dev 636). Not 当時 ("当時3歳": an age at that time).
ANAPHORIC_DAYS: tuple[str, ...] = ("このとき", "この時", "その時", "そのとき", "その際", "この際", "この日", "その日")
_ANAPHORIC = re.compile("|".join(ANAPHORIC_DAYS))
_BARE_DAY = re.compile(r"([0-9０-９]{1,2})日")
_MONTH_DAY = re.compile(r"([0-9０-９]{1,2})月([0-9０-９]{1,2})日")


def in_background(text: str, date_end: int, trig_start: int) -> bool:
    """Does a background clause end (:data:`BACKGROUND_ENDS`) stand between a date and the trigger?

    >>> t = "2004年10月に免許が失効していたことが分かり、男を逮捕した。"
    >>> in_background(t, 8, t.index("逮捕")), in_background("20日に男を逮捕した。", 3, 6)
    (True, False)
    """
    return _BACKGROUND.search(text, date_end, trig_start) is not None


def clause_tense(text: str, after: int) -> str | None:
    """``"future"`` when a plan cue (:data:`FUTURE_CUES`) follows the trigger ending at ``after`` in its
    own predicate, ``"past"`` when the predicate (up to the next comma or sentence end) ends in a past
    auxiliary, else ``None`` (a present or a noun: no evidence either way).

    >>> clause_tense("ロシア軍が20日に砲撃し、3人が死亡した。", 10), clause_tense("首脳会談は来週", 2)
    (None, None)
    >>> clause_tense("20日に逮捕した。", 6), clause_tense("20日に会談する予定だ。", 6)
    ('past', 'future')
    """
    if _FUTURE.match(text, after):
        return "future"
    m = _CLAUSE_END.search(text, after)
    clause = text[after : m.end() if m else len(text)]
    return "past" if PAST_END.search(clause) else None


def tense_day(surface: str, doc_date: str | None, tense: str | None) -> str | None:
    """A bare day or a month-day resolved by tense: a past one is the latest such day not after the
    document date, a planned one the earliest on or after it; no tense, the past-biased reading of
    :func:`~conflict_kg.extract.dates.resolve_date`.

    >>> tense_day("12月30日", "2022-12-20", "past"), tense_day("12月30日", "2022-12-20", None)
    ('2021-12-30', '2022-12-30')
    >>> tense_day("5日", "2022-12-20", "future"), tense_day("5日", "2022-12-20", "past")
    ('2023-01-05', '2022-12-05')
    """
    a = anchor_of(doc_date)
    md, bare = _MONTH_DAY.fullmatch(surface), _BARE_DAY.fullmatch(surface)
    if tense is None or a is None or a.date is None or not (md or bare):
        return resolve_date(surface, doc_date)
    m, d = (int(md.group(1)), int(md.group(2))) if md else (None, int(bare.group(1)))
    step = -1 if tense == "past" else 1
    for k in range(0, 13 * step, step):  # months back (past) or ahead (plan) from the anchor's month
        y, mo = divmod(a.year * 12 + a.month - 1 + k, 12)
        mo += 1
        if (m is None or mo == m) and 1 <= d <= calendar.monthrange(y, mo)[1]:
            day = _dt.date(y, mo, d)
            if (day <= a.date) if step < 0 else (day >= a.date):
                return day.isoformat()
    return None


def story_day(text: str, pos: int, d: int, doc_date: str | None, tense: str | None) -> str | None:
    """The bare day ``d`` at ``pos`` read in the story's month: the last date written before it in its
    paragraph, when that is a day with its month written (「11月18日」, 「2005年11月18日」) no later than
    the day, the result is not after the document date and the clause is no plan. ``None`` otherwise
    (the caller falls back to the document date's month).

    >>> t = "市長選挙は2006年2月19日に行われた。20日に当選が決まった。"
    >>> story_day(t, t.index("20日"), 20, "2006-03-22", "past"), story_day(t, t.index("20日"), 18, "2006-03-22", "past")
    ('2006-02-20', None)
    """
    a = anchor_of(doc_date)
    if tense == "future" or a is None or a.date is None:
        return None
    para = text.rfind("\n", 0, pos) + 1
    before = find_dates(text[para:pos])
    last = before[-1][2] if before else ""
    if not _MONTH_DAY.search(last):
        return None
    ctx = parse_iso(resolve_date(last, doc_date))
    if ctx is None or ctx[2] is None or d < ctx[2]:
        return None
    iso = iso_date(ctx[0], ctx[1], d)
    return iso if iso is not None and iso <= a.date.isoformat() else None


def relative_day(surface: str, doc_date: str | None) -> str | None:
    """A relative day expression of :data:`RELATIVE_DAYS` counted from ``doc_date``; ``None`` if none.

    >>> relative_day("3日前", "2022-12-05"), relative_day("昨夜", "2022-12-05"), relative_day("2年前", "2022-12-05")
    ('2022-12-02', '2022-12-04', '2020')
    """
    a = anchor_of(doc_date)
    for rx, unit, sign in _RELATIVE:
        m = rx.fullmatch(surface)
        if m:
            n = int(m.group("n")) if "n" in rx.groupindex else 1
            if unit == "d1":
                return days_after(a, sign)
            return {"d": days_after, "m": months_after, "y": years_after}[unit](a, sign * n)
    return None


def find_relative_days(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Spans of :data:`RELATIVE_DAYS` expressions in ``text[start:end]`` as (start, end, surface)."""
    out = []
    for rx, _unit, _sign in _RELATIVE:
        out += [(m.start(), m.end(), m.group()) for m in rx.finditer(text, start, end)]
    return sorted(out)


def event_dates(text: str, start: int, end: int, doc_date: str | None) -> list[tuple[int, int, str]]:
    """Resolved dates of ``text[start:end]`` as (start, end, iso): those of
    :func:`~conflict_kg.extract.dates.find_dates` and the :data:`RELATIVE_DAYS` expressions, in text order.

    >>> event_dates("男は3日前に逮捕され、20日に起訴された。", 0, 20, "2022-12-21")
    [(2, 5, '2022-12-18'), (11, 14, '2022-12-20')]
    """
    out = doc_dates(text, start, end, doc_date)
    found = [(s, e, relative_day(x, doc_date)) for s, e, x in find_relative_days(text, start, end)]
    out += [(s, e, iso) for s, e, iso in found if iso and not any(a < e and s < b for a, b, _i in out)]
    found = [(m.start(), m.end(), told_day(text, m.start(), doc_date)) for m in _ANAPHORIC.finditer(text, start, end)]
    out += [(s, e, iso) for s, e, iso in found if iso and not any(a < e and s < b for a, b, _i in out)]
    return sorted(out)


def told_day(text: str, pos: int, doc_date: str | None) -> str | None:
    """The last day (ISO, day precision) the text writes before ``pos`` in its paragraph, for a
    demonstrative of time (:data:`ANAPHORIC_DAYS`); ``None`` when it writes none.

    >>> t = "10月4日、海岸で収録しようとしていた。このとき、住民が抗議した。"
    >>> told_day(t, t.index("このとき"), "2006-10-08")
    '2006-10-04'
    """
    para = text.rfind("\n", 0, pos) + 1
    days = [iso for _s, _e, x in find_dates(text[para:pos]) if (iso := resolve_date(x, doc_date)) and len(iso) == 10]
    return days[-1] if days else None


def event_day(text: str, start: int, end: int, iso: str, doc_date: str | None, tense: str | None) -> str:
    """The date of the expression ``text[start:end]`` (resolved to ``iso`` by the document date alone)
    read in its context: a bare day in the story's month, else by tense; a month-day by tense."""
    surface = text[start:end]
    bare = _BARE_DAY.fullmatch(surface)
    if bare:  # find_dates never reads a bare day after 月, 第 or a digit
        told = story_day(text, start, int(bare.group(1)), doc_date, tense)
        if told is not None:
            return told
    if bare or _MONTH_DAY.fullmatch(surface):
        return tense_day(surface, doc_date, tense) or iso
    return iso

