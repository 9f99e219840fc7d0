"""UCDP GED events for Ukraine (``../shared/eval/ucdp_ukraine``): loader and the fixed dev/test split.

Every evaluation that reads UCDP (events, places, incidents) uses :func:`load_events`
so that all of them share one split. The split is fixed *before* anyone looks at the
tool's output: an event is in ``dev`` when the SHA-1 of its UCDP ``id`` is even, else
in ``test``. Rules may be written from dev headlines only; test is the number that counts.

Only the 2022–2023 events (the full-scale war) are used by default. The CSV is read from
``../shared`` and never copied into the project (CC BY 4.0 per UCDP; see its SOURCE.txt).

>>> split_of("446270") in {"dev", "test"}
True
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

__all__ = ["UCDP_CSV", "Headline", "UcdpEvent", "split_of", "load_events"]

UCDP_CSV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ucdp_ukraine" / "UCDP-Ukraine.csv"

# source_article is a ';'-separated list of '"Office,YYYY-MM-DD,Headline"' items.
_ARTICLE = re.compile(r'"([^"]*?),(\d{4}-\d{2}-\d{2}),(.*?)"(?:;|$)')


@dataclass(frozen=True)
class Headline:
    office: str
    date: str  # ISO date of the article
    text: str


@dataclass
class UcdpEvent:
    id: str
    split: str  # "dev" | "test"
    year: int
    side_a: str
    side_b: str
    where_prec: int  # 1 exact place ... 7 country (UCDP codebook)
    where_coordinates: str  # the coded place name, e.g. "Toretsk town"
    where_description: str
    adm_1: str
    adm_2: str
    lat: float
    lon: float
    date_start: str  # ISO
    date_end: str  # ISO
    date_prec: int
    best: int
    low: int
    high: int
    headlines: list[Headline] = field(default_factory=list)


def split_of(event_id: str) -> str:
    """The fixed split of a UCDP event id: ``"dev"`` or ``"test"``."""
    return "dev" if int(hashlib.sha1(event_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _iso(value: str) -> str:
    """UCDP dates come as ``M/D/YYYY h:mm[:ss AM]`` or ``DD/MM/YYYY``; the GED fields are month first."""
    value = value.strip().split(" ")[0]
    for fmt in ("%m/%d/%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"unparseable UCDP date {value!r}")


def _headlines(row: dict) -> list[Headline]:
    found = [Headline(o.strip(), d, t.strip()) for o, d, t in _ARTICLE.findall(row["source_article"])]
    return [h for h in found if h.text]


def load_events(path: Path = UCDP_CSV, years: tuple[int, ...] = (2022, 2023), split: str | None = None) -> list[UcdpEvent]:
    """UCDP events of ``years`` (all when empty), optionally only one split, in file order."""
    out: list[UcdpEvent] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            year = int(row["year"])
            if years and year not in years:
                continue
            event = UcdpEvent(
                id=row["id"],
                split=split_of(row["id"]),
                year=year,
                side_a=row["side_a"],
                side_b=row["side_b"],
                where_prec=int(row["where_prec"] or 0),
                where_coordinates=row["where_coordinates"],
                where_description=row["where_description"],
                adm_1=row["adm_1"],
                adm_2=row["adm_2"],
                lat=float(row["latitude"]),
                lon=float(row["longitude"]),
                date_start=_iso(row["date_start"]),
                date_end=_iso(row["date_end"]),
                date_prec=int(row["date_prec"] or 0),
                best=int(row["best"] or 0),
                low=int(row["low"] or 0),
                high=int(row["high"] or 0),
                headlines=_headlines(row),
            )
            if split is None or event.split == split:
                out.append(event)
    return out



if __name__ == "__main__":  # pragma: no cover - a quick look at the split
    events = load_events()
    for name in ("dev", "test"):
        part = [e for e in events if e.split == name]
        print(name, len(part), "events,", sum(len(e.headlines) for e in part), "headlines,",
              sum(e.where_prec == 1 for e in part), "with an exact place")
