"""Regenerate ``conflict_kg/kg/data/basemap.json`` (borders, coastlines, country centroids for offline maps) from Natural Earth.

Input (Natural Earth, public domain; GeoJSON conversion by
github.com/martynafford/natural-earth-geojson, CC0), under the folder given as
the argument: ``50m/cultural/ne_50m_admin_0_boundary_lines_land.json``,
``50m/physical/ne_50m_coastline.json`` and
``110m/cultural/ne_110m_admin_0_countries.json``. Output: one JSON object with
``borders`` and ``coastline``, each a list of lines ``[[west, south, east,
north], [[lon, lat], ...]]`` with coordinates rounded to 0.01 degrees (about
1 km, finer than the 1:50m source on screen) and consecutive duplicate points
dropped, so that :mod:`conflict_kg.kg.maps` can keep only the lines near the places drawn;
and ``countries``: ISO 3166-1 alpha-2 code -> ``[lat, lon]``, the centroid of
the country's largest polygon (the mainland: France's is not in the Atlantic).

    python -m conflict_kg.kg.data.build_basemap /path/to/natural-earth-geojson
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("basemap.json")
SOURCES = {"borders": "50m/cultural/ne_50m_admin_0_boundary_lines_land.json",
           "coastline": "50m/physical/ne_50m_coastline.json"}
COUNTRIES = "110m/cultural/ne_110m_admin_0_countries.json"


def _lines(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiLineString":
        return geometry["coordinates"]
    return []


def compact_line(line: Any, min_points: int = 2) -> list | None:
    """``[[west, south, east, north], points]`` of a line, points rounded to 0.01 degrees and consecutive
    duplicates dropped; None when fewer than ``min_points`` are left.

    >>> compact_line([(30.123, 50.456), (30.124, 50.457), (31.0, 51.0)])
    [[30.12, 50.46, 31.0, 51.0], [[30.12, 50.46], [31.0, 51.0]]]
    """
    points: list[list[float]] = []
    for lon, lat, *_ in line:
        p = [round(lon, 2), round(lat, 2)]
        if not points or points[-1] != p:
            points.append(p)
    if len(points) < min_points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return [[min(lons), min(lats), max(lons), max(lats)], points]


def compact(path: Path) -> list:
    """The lines of a GeoJSON file as ``[bbox, points]`` with points rounded to 0.01 degrees."""
    lines = (compact_line(line) for feature in json.loads(path.read_text(encoding="utf-8"))["features"]
             for line in _lines(feature["geometry"]))
    return [line for line in lines if line is not None]


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """``(area, lon, lat)`` of a polygon ring (shoelace formula; area signed by orientation)."""
    a = cx = cy = 0.0
    for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2
    return (abs(a), cx / (6 * a), cy / (6 * a)) if a else (0.0, ring[0][0], ring[0][1])


def _alpha2(props: dict) -> tuple[str | None, bool]:
    """``(ISO alpha-2 code, whether Natural Earth's ISO_A2 gave it)``.

    Natural Earth leaves ``ISO_A2`` at -99 for some countries (France, Norway); their ISO alpha-3
    ``ADM0_A3`` is then converted with pycountry. Never the ``POSTAL`` code: N. Cyprus's is "CN".
    """
    iso = str(props.get("ISO_A2") or "")
    if len(iso) == 2 and iso.isalpha():
        return iso.upper(), True
    import pycountry

    country = pycountry.countries.get(alpha_3=str(props.get("ADM0_A3") or "").upper())
    return (country.alpha_2, False) if country else (None, False)


def country_centroids(path: Path) -> dict[str, list[float]]:
    """ISO alpha-2 -> ``[lat, lon]`` of the largest polygon's centroid (outer ring); a code from
    ``ISO_A2`` wins over one converted from ``ADM0_A3``."""
    out: dict[str, list[float]] = {}
    from_iso: set[str] = set()
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        props, geom = feature["properties"], feature["geometry"]
        code, trusted = _alpha2(props)
        if code is None or (code in from_iso and not trusted):
            continue
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        _area, lon, lat = max(_ring_centroid(poly[0]) for poly in polygons)
        out[code] = [round(lat, 2), round(lon, 2)]
        if trusted:
            from_iso.add(code)
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    data: dict = {name: compact(root / rel) for name, rel in SOURCES.items()}
    data["countries"] = country_centroids(root / COUNTRIES)
    OUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
