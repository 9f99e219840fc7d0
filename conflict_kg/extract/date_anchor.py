"""Calendar arithmetic around an anchor date, past-biased, for :mod:`conflict_kg.extract.dates`.

An :class:`Anchor` is a full or partial ISO date (usually the document's). The functions
here answer "which date is the 30th / 12 December / last month / Monday, seen from the
anchor?" and give ISO 8601 strings, partial where only partly known, or ``None`` when the
anchor is missing or too coarse -- a missing date is better than a wrong one.

>>> a = anchor_of("2022-12-01")
>>> day_only(30, a), month_day(12, 30, anchor_of("2023-01-02")), months_after(a, -1), last_weekday(0, a)
('2022-11-30', '2022-12-30', '2022-11', '2022-11-28')
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

__all__ = [
    "Anchor",
    "anchor_of",
    "parse_iso",
    "is_iso_date",
    "iso_date",
    "shift_month",
    "day_only",
    "month_day",
    "month_only",
    "days_after",
    "months_after",
    "years_after",
    "last_weekday",
]


@dataclass(frozen=True)
class Anchor:
    """A full or partial date (``month`` / ``day`` None when unknown) that relative dates count from."""

    year: int
    month: int | None
    day: int | None

    @property
    def date(self) -> _dt.date | None:
        if self.month is None or self.day is None:
            return None
        return _dt.date(self.year, self.month, self.day)


_ISO_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    """Parse an ISO date, full or partial, into (year, month, day); ``None`` if invalid.

    >>> parse_iso("2022-11"), parse_iso("2022-02-30")
    ((2022, 11, None), None)
    """
    if not isinstance(value, str):
        return None
    m = _ISO_RE.fullmatch(value.strip())
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if not 1 <= y <= 9999:
        return None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None and (mo is None or not 1 <= d <= calendar.monthrange(y, mo)[1]):
        return None
    return y, mo, d


def is_iso_date(value: object) -> bool:
    """True for a valid ISO date string, full or partial (``2025``, ``2025-11``, ``2025-11-20``).

    >>> is_iso_date("2025-11-20"), is_iso_date("2025-13"), is_iso_date("20/11/2025")
    (True, False, False)
    """
    return isinstance(value, str) and parse_iso(value) is not None


def anchor_of(doc_date: str | None) -> Anchor | None:
    """The anchor of an ISO date (full or partial); ``None`` when it is not one."""
    p = parse_iso(doc_date)
    return Anchor(*p) if p else None


def iso_date(y: int, m: int | None = None, d: int | None = None) -> str | None:
    """ISO text of a year, year-month or date; ``None`` when out of range (no 30 February)."""
    if not 1 <= y <= 9999:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after (before, when negative) ``y``-``m``."""
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def day_only(d: int, a: Anchor | None) -> str | None:
    """A bare day of month: this month if not after the anchor day, else the latest earlier month having it."""
    if a is None or a.month is None or not 1 <= d <= 31:
        return None
    if a.day is None:  # anchor known to the month only: assume the same month
        return iso_date(a.year, a.month, d)
    y, m = a.year, a.month
    if d > a.day:
        y, m = shift_month(y, m, -1)
    for _ in range(3):  # Feb has no 30th: go back until a month has the day
        if d <= calendar.monthrange(y, m)[1]:
            return iso_date(y, m, d)
        y, m = shift_month(y, m, -1)
    return None


#: How far ahead of the anchor a month-day without a year may still be read (a report of an event
#: planned for the coming weeks); anything later is read as the same day of the past year.
FORWARD_DAYS = 31


def month_day(m: int, d: int, a: Anchor | None) -> str | None:
    """Month and day without a year, past-biased like the rest of this module: the latest such date no
    more than :data:`FORWARD_DAYS` after the anchor (news tells what happened: 「1月13日に…求めていた」
    in a report of 1 October 2005 is 2005-01-13, not 2006), within a year of it.

    >>> month_day(1, 13, anchor_of("2005-10-01")), month_day(1, 5, anchor_of("2005-12-20"))
    ('2005-01-13', '2006-01-05')
    """
    if a is None or not 1 <= m <= 12:
        return None
    if a.month is None:
        return iso_date(a.year, m, d)
    ref = _dt.date(a.year, a.month, a.day or 15)
    cands = [_dt.date(y, m, d) for y in (a.year + 1, a.year, a.year - 1)
             if 1 <= y <= 9999 and 1 <= d <= calendar.monthrange(y, m)[1]]
    best = next((c for c in cands if (c - ref).days <= FORWARD_DAYS), None)
    # Only 29 February can be this far off (no leap year nearby): unknown, not a guess.
    return best.isoformat() if best is not None and (ref - best).days <= 366 else None


def month_only(m: int, a: Anchor | None) -> str | None:
    """A month without a year: the year that puts it closest to the anchor (earlier on a tie)."""
    if a is None or not 1 <= m <= 12:
        return None
    if a.month is None:
        return iso_date(a.year, m)
    ref = a.year * 12 + a.month - 1
    cands = [(abs(y * 12 + m - 1 - ref), 0 if y * 12 + m - 1 <= ref else 1, y) for y in (a.year - 1, a.year, a.year + 1)]
    return iso_date(min(cands)[2], m)


def days_after(a: Anchor | None, k: int) -> str | None:
    """The day ``k`` days after the anchor day (before, when negative)."""
    if a is None or a.date is None:
        return None
    try:
        return (a.date + _dt.timedelta(days=k)).isoformat()
    except OverflowError:
        return None


def months_after(a: Anchor | None, k: int) -> str | None:
    """The month ``k`` months after the anchor month."""
    if a is None or a.month is None:
        return None
    return iso_date(*shift_month(a.year, a.month, k))


def years_after(a: Anchor | None, k: int) -> str | None:
    """The year ``k`` years after the anchor year."""
    return iso_date(a.year + k) if a else None


def last_weekday(wd: int, a: Anchor | None) -> str | None:
    """The latest such weekday on or before the anchor ("said on Monday")."""
    if a is None or a.date is None:
        return None
    back = (a.date.weekday() - wd) % 7
    return days_after(a, -back)
