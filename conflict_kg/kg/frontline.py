"""Where the war was fought, by date: the regions a homonymous village of a war report is most likely in.

Ukraine has dozens of villages of one name (Novoselivka, Ivanivka, Mykolaivka). When nothing in the
text names the region and the document's other places do not decide, a report of fighting or shelling
is far more likely about the one that lay in a region with ground fighting or routine artillery fire
on that day than about its namesakes in regions the war reached only by long-range missiles. The
resolver (:meth:`conflict_kg.kg.resolve_places.PlaceRules._by_document`) uses :data:`FIGHTING` after
the named region and the document's other places, and before population.

The table is coarse on purpose (one row per region and period, by the first and last day of ground
fighting or of routine shelling across the front or the border); its sources are in
``conflict_kg/kg/data/SOURCES.md`` ("Front-line regions").

>>> sorted(fighting_regions("2022-03-10")) == sorted(fighting_regions("2022-03-10"))
True
>>> "location/kyiv_oblast" in fighting_regions("2022-03-10"), "location/kyiv_oblast" in fighting_regions("2022-09-01")
(True, False)
>>> "location/odesa_oblast" in fighting_regions(None), "location/donetsk_oblast" in fighting_regions(None)
(False, True)

A village is put on the front only when it is the front's only settlement of its name, all sizes
counted (:func:`front_namesakes`, from the codifier KATOTTG: ``data/namesakes.json``, built by
``data/build_namesakes.py``): Ukraine's 27 Olenivkas include 2 in Donetsk and 3 in Zaporizhzhia.

>>> front_namesakes(["Оленівка"], "2022-09-18"), front_namesakes(["Новосвітлівка"], "2014-08-14")
(13, 1)
"""
from __future__ import annotations

import functools
import importlib.resources
import json
import re
from typing import Iterable, NamedTuple

__all__ = ["FrontRegion", "FIGHTING", "fighting_regions", "front_namesakes"]


class FrontRegion(NamedTuple):
    """A region with ground fighting or routine artillery fire from ``start`` to ``end`` (ISO days;
    ``end`` None: still at the end of the period the project covers)."""

    region: str  # gazetteer key of the oblast
    start: str
    end: str | None
    why: str


#: Regions with fighting, dated. Long-range missile and drone strikes (Lviv, Odesa, Kyiv city after
#: April 2022) do not count: they hit a city, which a report names, not an unnamed village.
FIGHTING: tuple[FrontRegion, ...] = (
    FrontRegion("location/donetsk_oblast", "2014-04-12", None, "war in Donbas, then the full-scale invasion"),
    FrontRegion("location/luhansk_oblast", "2014-04-12", None, "war in Donbas, then the full-scale invasion"),
    FrontRegion("location/kharkiv_oblast", "2022-02-24", None, "invasion; Kupiansk-Lyman front and border shelling after Sept 2022"),
    FrontRegion("location/zaporizhzhia_oblast", "2022-02-24", None, "southern front"),
    FrontRegion("location/kherson_oblast", "2022-02-24", None, "southern front; the Dnipro line after Nov 2022"),
    FrontRegion("location/mykolaiv_oblast", "2022-02-24", None, "southern front; Ochakiv and the Kinburn Spit after Nov 2022"),
    FrontRegion("location/dnipropetrovsk_oblast", "2022-07-01", None, "Nikopol and Marhanets shelled across the reservoir"),
    FrontRegion("location/sumy_oblast", "2022-02-24", None, "northern campaign; cross-border shelling after April 2022"),
    FrontRegion("location/chernihiv_oblast", "2022-02-24", None, "northern campaign; cross-border shelling after April 2022"),
    FrontRegion("location/kyiv_oblast", "2022-02-24", "2022-04-02", "northern campaign (Russian withdrawal by 2 April 2022)"),
    FrontRegion("location/zhytomyr_oblast", "2022-02-24", "2022-04-02", "northern campaign (Ovruch, Korosten)"),
    FrontRegion("location/belgorod_oblast", "2022-04-01", None, "cross-border shelling and raids (Russia)"),
    FrontRegion("location/kursk_oblast", "2022-04-01", None, "cross-border shelling (Russia)"),
    FrontRegion("location/bryansk_oblast", "2022-04-01", None, "cross-border shelling and raids (Russia)"),
)


@functools.lru_cache(maxsize=4096)
def fighting_regions(date: str | None) -> frozenset[str]:
    """Keys of the regions with fighting on ``date`` (ISO ``YYYY-MM-DD``, or a longer ISO string);
    with no date, every region that had fighting at any time."""
    day = (date or "")[:10]
    return frozenset(r.region for r in FIGHTING
                     if not day or (r.start <= day and (r.end is None or day <= r.end)))


@functools.lru_cache(maxsize=1)
def _namesakes() -> dict[str, dict[str, int]]:
    path = importlib.resources.files("conflict_kg.kg.data").joinpath("namesakes.json")
    return json.loads(path.read_text(encoding="utf-8"))


def front_namesakes(names: Iterable[str], date: str | None) -> int | None:
    """How many settlements of Ukraine's regions with fighting on ``date`` bear one of the Cyrillic
    ``names`` (the most over the names), or None when the codifier counts none of them as shared."""
    counts = _namesakes()
    fighting = fighting_regions(date)
    found = [sum(n for region, n in counts[k].items() if region in fighting)
             for k in {re.sub(r"[’ʼ'`\s-]+", "", name.strip().casefold()) for name in names
                       if re.search(r"[\u0400-\u04ff]", name)} if k in counts]
    return max(found) if found else None
