"""Dates in Japanese and English news digests: find them, resolve them.

Digests rarely write full dates. They say ``30日`` ("on the 30th"),
``先月`` ("last month"), ``the day before``, ``December 1st``; the year and
month come from the date of the document. This module

* finds date expressions in text (:func:`find_dates`),
* resolves one expression against an anchor date (:func:`resolve_date`),
* finds the date a document is about (:func:`find_document_date`).

Results are ISO 8601 strings, partial where only partly known: ``2022-11-30``,
``2022-11``, ``2023``. Anything that cannot be resolved gives ``None`` -- a
missing date is better than a wrong one.

Resolution rules (all *past-biased*, because news reports what happened):

* a bare day (``30日``, ``on the 30th``) is in the anchor's month if it is not
  after the anchor's day, else in the latest earlier month that has that day
  (anchor 2022-12-01 + ``30日`` -> 2022-11-30; 2023-01-01 + ``31日`` ->
  2022-12-31);
* a month and day without year (``12月30日``, ``December 1st``) and a bare
  month (``10月``, ``in March``) take the year that puts them closest to the
  anchor, the earlier one on a tie (anchor 2023-01-02 + ``12月30日`` ->
  2022-12-30; anchor 2022-12-31 + ``1月`` -> 2023-01);
* ``昨年``/``去年``/``last year``, ``先月``/``last month``, ``昨日``/
  ``yesterday``, ``前日``/``the day before`` ... count from the anchor. The
  anchor is whatever the caller passes: the document date by default, or the
  date of the event a ``前日`` refers to when the caller knows it;
* seasons and parts of a year/month (``2023年春``, ``1月上旬``) keep only the
  year/month they name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from conflict_kg.extract.date_anchor import (
    Anchor,
    anchor_of,
    day_only,
    days_after,
    is_iso_date,
    iso_date,
    last_weekday,
    month_day,
    month_only,
    months_after,
    parse_iso,
    years_after,
)

#: ``parse_iso`` and ``is_iso_date`` live in :mod:`conflict_kg.extract.date_anchor` with the calendar
#: arithmetic; they are re-exported here, where callers import them from.
__all__ = ["find_document_date", "resolve_date", "find_dates", "is_iso_date", "parse_iso"]

_D = "[0-9０-９]"
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Capitalised month names only: "may"/"march" are ordinary words in lower case.
_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_ORD = r"(?:st|nd|rd|th)"
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
# After "N日": durations and counts, not dates ("3日間", "30日前", "1日あたり", "3日かかる"); but
# "29日から30日にかけて" starts a span of dates.
_NOT_DAY_AFTER = r"(?!間|以内|以上|未満|後|前|ぶり|目|連続|あたり|当たり|余り|足らず|分|か(?!ら)|ヵ|カ|ケ|程度|ほど|前後)"
# After "N年": durations, ages, fiscal years, decades.
_NOT_YEAR_AFTER = r"(?!度|代|間|前|後|ぶり|目|以上|以内|来|連続|余り|生)"
# A noun after an English ordinal makes it a unit name, not a day ("the 29th Brigade").
_NOT_DAY_NOUN = (
    r"(?!\s+(?:anniversary|century|birthday|time|times|floor|place|round|session|day|week|year|minute|"
    r"[Bb]rigade|[Dd]ivision|[Rr]egiment|[Aa]rmy|[Cc]orps|[Bb]attalion|[Ss]eparate|[Mm]echanized|[Gg]uards|"
    r"[Aa]irborne|[Mm]otorized|[Aa]ssault|[Pp]arachute|[Ff]leet|[Ss]quadron|[Cc]ongress|[Pp]arliament|"
    r"[Ss]ummit|[Cc]onvocation|[Aa]mendment|[Pp]ackage|[Rr]ound|[Pp]resident))"
)
_PREP_LB = "".join(
    f"(?<=\\b{w} )|" for w in ("on", "On", "since", "Since", "until", "till", "by", "from", "From", "before",
                               "after", "through", "to", "and", "of", "between", "By", "Until")
)[:-1]


def _int(s: str) -> int:
    return int(s)  # int() reads full-width digits too


def _year(g: dict[str, str | None]) -> int | None:
    if g.get("y4"):
        return _int(g["y4"])
    if g.get("era"):
        n = 1 if g["eray"] == "元" else _int(g["eray"])
        return _ERAS[g["era"]] + n
    if g.get("y2"):
        return 2000 + _int(g["y2"])
    return None


_Handler = Callable[[dict, "Anchor | None"], "str | None"]


@dataclass(frozen=True)
class _Rule:
    name: str
    core: str  # matched in full by resolve_date
    handler: _Handler
    before: str = ""  # extra context required by find_dates (lookbehind)
    after: str = ""  # extra context required by find_dates (lookahead)
    flags: int = 0
    # The characters ``core`` can start with, as a lookahead tried first: it changes no match, but
    # spares trying a long ``before`` (alternatives of lookbehinds) at every position of the text,
    # which made three English rules 40 % of find_dates' time (2026-12-06).
    lead: str = ""


_Y_JA = rf"(?:(?P<y4>(?:1[89]|20|１[８９]|２０){_D}{{2}})|(?P<era>令和|平成|昭和)(?P<eray>元|{_D}{{1,2}}))\s?年"
_Y2_JA = rf"(?P<y2>{_D}{{2}})年"
_M_JA = rf"(?P<m>1[0-2]|0?[1-9]|１[０-２]|０?[１-９])\s?月"
_D_JA = rf"(?P<d>3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９])\s?日"
_PART_M = r"(?:上旬|中旬|下旬|初め|初旬|はじめ|末|前半|後半|半ば)?"
_PART_Y = r"(?:の?(?:春|夏|秋|冬|初め|初頭|はじめ|末|前半|後半|半ば))?"
_REL_Y = {"一昨年": -2, "おととし": -2, "昨年": -1, "去年": -1, "前年": -1, "ことし": 0, "今年": 0, "本年": 0,
          "同年": 0, "来年": 1, "翌年": 1}
_REL_M = {"先月": -1, "前月": -1, "今月": 0, "同月": 0, "来月": 1, "翌月": 1}
_REL_D = {"一昨日": -2, "おととい": -2, "昨日": -1, "きのう": -1, "前日": -1, "今日": 0, "きょう": 0, "本日": 0,
          "同日": 0, "当日": 0, "明日": 1, "あす": 1, "あした": 1, "翌日": 1}
_REL_EN = {
    "the day before yesterday": ("d", -2), "yesterday": ("d", -1), "the day before": ("d", -1),
    "the previous day": ("d", -1),
    # daily war reports (UCDP dev headlines): "Over the past day, the Russians killed four residents"
    # tells the day before the report
    "over the past day": ("d", -1), "in the past day": ("d", -1), "over the past 24 hours": ("d", -1),
    "in the past 24 hours": ("d", -1), "in a day": ("d", -1), "per day": ("d", -1), "last night": ("d", -1),
    "at night": ("d", -1), "during the day": ("d", -1),
    # the same daily-report phrases worded otherwise (UCDP dev: "killed five civilians in Donetsk region in
    # one day", "Four civilians killed in Donetsk region in past 24 hours"); a report's "overnight" is the
    # night before it, as "last night"
    "in one day": ("d", -1), "in past 24 hours": ("d", -1), "in the last 24 hours": ("d", -1),
    "over the last 24 hours": ("d", -1), "over the last day": ("d", -1), "in the last day": ("d", -1),
    "for the day": ("d", -1), "overnight": ("d", -1), "during the night": ("d", -1),
    # a daily report's count of strikes (fourth round, UCDP dev: "the Russians attacked Kherson Oblast 54
    # times a day, two civilians were killed"): the past day, as "per day"
    "times a day": ("d", -1), "times per day": ("d", -1), "times in a day": ("d", -1),
    "today": ("d", 0), "the same day": ("d", 0), "tomorrow": ("d", 1),
    # parts of the report's own day (third round, our sentences): "shelled Kharkiv this morning"
    "this morning": ("d", 0), "this afternoon": ("d", 0), "this evening": ("d", 0), "tonight": ("d", 0),
    "the following day": ("d", 1), "the next day": ("d", 1), "last month": ("m", -1), "the previous month": ("m", -1),
    "this month": ("m", 0), "earlier this month": ("m", 0), "next month": ("m", 1), "last year": ("y", -1),
    "the previous year": ("y", -1), "this year": ("y", 0), "earlier this year": ("y", 0), "next year": ("y", 1),
}


_EN_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                   "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT_EN = r"(?P<unit>days?|weeks?|months?|years?)"


def _offset(g: dict, a: Anchor | None, sign: int) -> str | None:
    """ "three days ago", "two weeks later": the anchor shifted by a count of days, weeks, months or years."""
    n = int(g["n"]) if g["n"].isdigit() else _EN_COUNT_WORDS[g["n"].lower()]
    unit = g["unit"].lower().rstrip("s")
    k = sign * (-1 if (g.get("dir") or "ago").lower() in ("ago", "earlier", "before") else 1) * n
    if unit == "week":
        return days_after(a, 7 * k)
    return _rel(unit[0], k, a)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _rel(kind: str, k: int, a: Anchor | None) -> str | None:
    return {"d": days_after, "m": months_after, "y": years_after}[kind](a, k)


def _rel_ym(g: dict, a: Anchor | None) -> str | None:
    y = years_after(a, _REL_Y[g["rel"]])
    return iso_date(int(y), _int(g["m"]), _int(g["d"]) if g.get("d") else None) if y else None


def _rel_md(g: dict, a: Anchor | None) -> str | None:
    ym = months_after(a, _REL_M[g["rel"]])
    return iso_date(int(ym[:4]), int(ym[5:7]), _int(g["d"])) if ym else None


_RULES: list[_Rule] = [
    # --- absolute, with year ---
    _Rule("iso", r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", lambda g, a: iso_date(int(g["y"]), int(g["m"]), int(g["d"])),
          before=r"(?<![\d-])", after=r"(?![\d-])"),
    _Rule("ymd_slash", r"(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})",
          lambda g, a: iso_date(int(g["y"]), int(g["m"]), int(g["d"])), before=r"(?<![\d/])", after=r"(?![\d/])"),
    _Rule("ja_ymd", rf"{_Y_JA}\s?{_M_JA}\s?{_D_JA}", lambda g, a: iso_date(_year(g), _int(g["m"]), _int(g["d"])),
          before=rf"(?<!{_D})"),
    _Rule("ja_y2md", rf"{_Y2_JA}{_M_JA}{_D_JA}", lambda g, a: iso_date(_year(g), _int(g["m"]), _int(g["d"])),
          before=rf"(?<!{_D})"),
    _Rule("ja_ym", rf"{_Y_JA}\s?{_M_JA}{_PART_M}", lambda g, a: iso_date(_year(g), _int(g["m"])),
          before=rf"(?<!{_D})", after=r"(?!間)"),
    _Rule("ja_y2m", rf"{_Y2_JA}{_M_JA}{_PART_M}", lambda g, a: iso_date(_year(g), _int(g["m"])),
          before=rf"(?<!{_D})", after=r"(?!間)"),
    _Rule("ja_y", rf"{_Y_JA}{_PART_Y}", lambda g, a: iso_date(_year(g)), before=rf"(?<!{_D})", after=_NOT_YEAR_AFTER),
    _Rule("en_mdy", rf"{_MONTH}\s+(?P<d>\d{{1,2}}){_ORD}?,?\s+(?P<y>\d{{4}})",
          lambda g, a: iso_date(int(g["y"]), _MONTHS[g["mon"].rstrip(".").lower()], int(g["d"])), after=r"(?!\d)"),
    _Rule("en_dmy", rf"(?P<d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?{_MONTH}\s*,?\s+(?P<y>\d{{4}})",
          lambda g, a: iso_date(int(g["y"]), _MONTHS[g["mon"].rstrip(".").lower()], int(g["d"])),
          before=r"(?<!\d)", after=r"(?!\d)"),
    _Rule("en_my", rf"{_MONTH}\s+(?:of\s+)?(?P<y>(?:19|20)\d{{2}})",
          lambda g, a: iso_date(int(g["y"]), _MONTHS[g["mon"].rstrip(".").lower()]), after=r"(?!\d)"),
    _Rule("en_season_y", r"(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})",
          lambda g, a: iso_date(int(g["y"])), before=r"(?<![A-Za-z])", after=r"(?!\d)", flags=re.I),
    _Rule("en_y", r"(?P<y>(?:19|20)\d{2})", lambda g, a: iso_date(int(g["y"])),
          before=r"(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\buntil )|(?<=\bduring )|(?<=\bearly )"
          r"|(?<=\blate )|(?<=\bmid-))", after=r"(?![\d,.]\d|\s*(?:troops|soldiers|people|km|kilometers|tons))",
          lead="(?=[12])"),
    # --- relative to the anchor ---
    _Rule("ja_rel_ymd", rf"(?P<rel>{_alt(_REL_Y)})\s?{_M_JA}(?:{_D_JA})?{_PART_M}", _rel_ym,
          after=_NOT_DAY_AFTER),
    _Rule("ja_rel_md", rf"(?P<rel>{_alt(_REL_M)})\s?{_D_JA}", _rel_md, after=_NOT_DAY_AFTER),
    _Rule("ja_md", rf"{_M_JA}\s?{_D_JA}", lambda g, a: month_day(_int(g["m"]), _int(g["d"]), a),
          before=rf"(?<!{_D})", after=_NOT_DAY_AFTER),
    _Rule("ja_m", rf"{_M_JA}{_PART_M}", lambda g, a: month_only(_int(g["m"]), a),
          before=rf"(?<![{_D[1:-1]}年])", after=r"(?!間|ぶり|以内|以上|連続|分)"),
    _Rule("ja_d", _D_JA, lambda g, a: day_only(_int(g["d"]), a), before=rf"(?<![{_D[1:-1]}月第])",
          after=_NOT_DAY_AFTER),
    _Rule("ja_rel_y", rf"(?P<rel>{_alt(_REL_Y)}){_PART_Y}", lambda g, a: years_after(a, _REL_Y[g["rel"]]),
          after=r"(?!度|以来)"),
    _Rule("ja_rel_m", rf"(?P<rel>{_alt(_REL_M)}){_PART_M}", lambda g, a: months_after(a, _REL_M[g["rel"]]),
          after=r"(?!\s?[0-9０-９])"),
    _Rule("ja_rel_d", rf"(?P<rel>{_alt(_REL_D)})", lambda g, a: days_after(a, _REL_D[g["rel"]]), after=r"(?!比|付け?|中)"),
    _Rule("en_md", rf"{_MONTH}\s+(?P<d>\d{{1,2}}){_ORD}?",
          lambda g, a: month_day(_MONTHS[g["mon"].rstrip(".").lower()], int(g["d"]), a), after=r"(?![\d:])"),
    _Rule("en_dm", rf"(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}?\s+(?:of\s+)?{_MONTH}",
          lambda g, a: month_day(_MONTHS[g["mon"].rstrip(".").lower()], int(g["d"]), a),
          before=r"(?<![\d.])", after=r"(?![A-Za-z])"),
    _Rule("en_m", _MONTH, lambda g, a: month_only(_MONTHS[g["mon"].rstrip(".").lower()], a),
          before=r"(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\buntil )|(?<=\bearly )"
          r"|(?<=\blate )|(?<=\bmid-)|(?<=\bduring )|(?<=\blast )|(?<=\bLast ))",
          after=r"(?![A-Za-z\d])", lead="(?=[ADFJMNOS])"),
    _Rule("en_day", rf"(?:(?:on|On)\s+)?the\s+(?P<d>\d{{1,2}}){_ORD}", lambda g, a: day_only(int(g["d"]), a),
          before=f"(?:{_PREP_LB})", after=rf"\b{_NOT_DAY_NOUN}(?!\s+of\s+[A-Z])", lead="(?=[Oot])"),
    _Rule("en_rel", rf"(?P<rel>{_alt(_REL_EN)})", lambda g, a: _rel(*_REL_EN[g["rel"].lower()], a),
          before=r"(?<![A-Za-z])", after=r"(?![A-Za-z])", flags=re.I),
    # "three days ago"; "two days later," / "a week earlier." count from the date told before (see
    # en_context); "three days before the invasion" names an event, not a date, and is left alone
    _Rule("en_ago", rf"(?P<n>\d{{1,3}}|{_alt(_EN_COUNT_WORDS)})\s+{_UNIT_EN}\s+(?P<dir>ago)",
          lambda g, a: _offset(g, a, 1), before=r"(?<![A-Za-z\d])", after=r"(?![A-Za-z])", flags=re.I),
    _Rule("en_later", rf"(?P<n>\d{{1,3}}|{_alt(_EN_COUNT_WORDS)})\s+{_UNIT_EN}\s+(?P<dir>later|earlier|before|after)",
          lambda g, a: _offset(g, a, 1), before=r"(?<![A-Za-z\d])", after=r"(?![A-Za-z])(?!\s+[A-Za-z])", flags=re.I),
    _Rule("en_weekday", r"(?:(?:on|On|last|Last)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
          lambda g, a: last_weekday(_WEEKDAYS[g["wd"].lower()], a), before=r"(?<![A-Za-z])", after=r"(?![A-Za-z])"),
]

_FIND = [(r, re.compile(f"{r.lead}{r.before}(?:{r.core}){r.after}", r.flags)) for r in _RULES]
_FULL = [(r, re.compile(r.core, r.flags)) for r in _RULES]
# Generic ISO partials accepted by resolve_date only (too ambiguous to find in running text).
_ISO_PARTIAL = re.compile(r"\d{4}(?:-\d{2})?")


def _matches(text: str) -> list[tuple[int, int, _Rule, re.Match]]:
    """All rule matches, leftmost-longest and non-overlapping."""
    found = []
    for prio, (rule, rx) in enumerate(_FIND):
        for m in rx.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), prio, rule, m))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    out: list[tuple[int, int, _Rule, re.Match]] = []
    last_end = 0
    for start, neglen, _prio, rule, m in found:
        if start >= last_end:
            out.append((start, start - neglen, rule, m))
            last_end = start - neglen
    return out


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Spans of date expressions in ``text``: ``(start, end, surface)``, in text order.

    Every surface found here is accepted by :func:`resolve_date` (given an
    anchor date where the expression is relative).

    >>> find_dates("プーチン大統領は12月7日、追加動員はないと述べた。ゼレンスキー氏は30日に投稿。")
    [(8, 13, '12月7日'), (34, 37, '30日')]
    >>> [s for _a, _b, s in find_dates("Burns said on the 30th that talks held last month failed.")]
    ['the 30th', 'last month']
    """
    if not text:
        return []
    return [(s, e, text[s:e]) for s, e, _r, _m in _matches(text)]


def resolve_date(expr: str, doc_date: str | None) -> str | None:
    """Resolve a date expression against ``doc_date`` (the anchor) to ISO, full or partial.

    Returns ``None`` when the expression is not a date or needs an anchor
    that is missing or too coarse.

    >>> resolve_date("30日", "2022-12-01")
    '2022-11-30'
    >>> resolve_date("31日", "2023-01-01")
    '2022-12-31'
    >>> resolve_date("2023年春", None), resolve_date("先月", "2022-12-01"), resolve_date("Nov. 20, 2025", None)
    ('2023', '2022-11', '2025-11-20')
    """
    if not isinstance(expr, str):
        return None
    s = expr.strip().strip("、。,.;:()（）「」 \t")
    if not s or len(s) > 200:
        return None
    a = anchor_of(doc_date) if isinstance(doc_date, str) else None
    if _ISO_PARTIAL.fullmatch(s):
        p = parse_iso(s)
        return iso_date(*p) if p else None
    for rule, rx in _FULL:
        m = rx.fullmatch(s)
        if m:
            return rule.handler(m.groupdict(), a)
    # Lenient: "30日に", "on the 29th, he" -> the first date expression inside.
    spans = _matches(s)
    if spans:
        _s, _e, rule, m = spans[0]
        return rule.handler(m.groupdict(), a)
    return None


# ---------------------------------------------------------------------------
# Document date
# ---------------------------------------------------------------------------

#: "#ロシア(251121)": digest hashtag carrying the posting date as YYMMDD or YYYYMMDD.
_TAG_RE = re.compile(r"[#＃][^\s#＃()（）]+[(（](?P<num>\d{8}|\d{6})[)）]")
#: "配信日: 2025-11-20", "Published: Nov. 20, 2025": a labelled date anywhere.
_LABEL_RE = re.compile(
    r"(?<![A-Za-z])(?:published|posted|updated|date|dated|配信日?|掲載日?|公開日?|更新日?|投稿日?|日付)\s*[:：]?\s*", re.I
)
#: How far into the text the "header" reaches (characters of content).
_HEADER_CHARS = 600
_URL_LINE_RE = re.compile(r"\s*(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?)\s*")


def _tag_date(num: str) -> str | None:
    if len(num) == 6:
        return iso_date(2000 + int(num[:2]), int(num[2:4]), int(num[4:]))
    return iso_date(int(num[:4]), int(num[4:6]), int(num[6:]))


def _header(text: str) -> str:
    """The first ``_HEADER_CHARS`` characters of content, URL-only lines left out."""
    out: list[str] = []
    size = 0
    for line in text.splitlines():
        if not line.strip() or _URL_LINE_RE.fullmatch(line):
            continue
        out.append(line)
        size += len(line)
        if size >= _HEADER_CHARS:
            break
    return "\n".join(out)[:_HEADER_CHARS]


def _absolute(surface: str) -> str | None:
    """Resolve with no anchor: only expressions that carry their own year succeed."""
    return resolve_date(surface, None)


def find_document_date(text: str) -> str | None:
    """The date a document is about, as ISO (full or partial), or ``None``.

    Heuristics, strongest first:

    1. a labelled date anywhere (``配信日: 2025年11月20日``, ``Published: Nov. 20, 2025``);
    2. a digest date hashtag (``#ロシア(251121)`` = 2025-11-21), the last one
       if several -- it is the posting date, against which the digest's
       ``20日``/``21日`` resolve correctly;
    3. the first date that carries its own year in the header (the first
       ~600 characters of content, URL lines ignored), full before partial:
       ``2022年12月30日``, ``December 1, 2022``, ``2022年12月``.

    Dates deeper in the body are not used: there they are history
    ("2024年3月31日の大統領選挙"), not the document's date. A header date
    without a year (``11月20日の概要``, ``December 1st``) gives ``None``
    unless rule 1 or 2 supplies the year -- guessing the year from other
    years in the text picks the wrong one in practice.

    >>> find_document_date("特別軍事作戦 11月20日の概要\\n...\\n#ロシア(251121)")
    '2025-11-21'
    >>> find_document_date("2022年12月30日のウクライナ情勢です。") , find_document_date("December 1st (Japan time)")
    ('2022-12-30', None)
    """
    if not text or not isinstance(text, str):
        return None
    for m in _LABEL_RE.finditer(text):
        rest = text[m.end(): m.end() + 40]
        spans = _matches(rest)
        if spans and spans[0][0] == 0:
            iso = _absolute(rest[spans[0][0]: spans[0][1]])
            if iso and len(iso) == 10:
                return iso
    tags = [d for d in (_tag_date(m.group("num")) for m in _TAG_RE.finditer(text)) if d]
    if tags:
        return tags[-1]
    header = _header(text)
    resolved = [r for r in (_absolute(s) for _a, _b, s in find_dates(header)) if r]
    for want in (10, 7):
        for r in resolved:
            if len(r) == want:
                return r
    return None
