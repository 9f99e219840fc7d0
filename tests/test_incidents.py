"""Report -> incident consolidation: the pair tests, order independence, the store graph, increments."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_kg.kg.incident_graph import INCIDENTS_GRAPH, incident_iri, refresh_incidents
from conflict_kg.kg.facility_kinds import facility_kinds, kinds_conflict
from conflict_kg.kg.incident_features import Geo, Report, parse_date
from conflict_kg.kg.incidents import block_keys, cluster, compatible, inherit_places, probe_keys, unit_keys
from conflict_kg.kg.rdf import document_graph
from conflict_kg.kg.store import KGStore
from tests.incident_records import DOCS, RESOLUTIONS, records

KYIV, OBL, KUP, VUZ, FAC1, FAC2, UA, RU = "kyiv", "kharkiv_obl", "kupiansk", "vuzlovyi", "tpp5", "tpp6", "ua", "ru"
GEO = Geo(
    types={KYIV: "City", OBL: "AdministrativeRegion", KUP: "City", VUZ: "City", FAC1: "Facility", FAC2: "Facility",
           UA: "Country", RU: "Country"},
    parents={KYIV: [UA], OBL: [UA], KUP: [OBL], VUZ: [OBL], FAC1: [KYIV], FAC2: [KYIV]},
    coords={KUP: (49.71003, 37.61581), VUZ: (49.67061, 37.64319), FAC1: (50.40, 30.60), FAC2: (50.52, 30.46)},
    sides={"ru_army": RU, "ru_mod": RU, "ua_army": UA, RU: RU, UA: UA},
)


def R(iri, type_="Attack", day="2022-12-29", places=(), agents=(), targets=(), participants=(), **kw):
    start, end, precision = parse_date(day)
    return Report(iri, iri.split("#")[0], type_, start, end, precision, frozenset(places), frozenset(agents),
                  frozenset(targets), frozenset(participants), **kw)


PAIRS = [
    # (a, b, same incident?) -- the hard negatives of the issue among them
    (R("a#1", places=[KYIV], agents=["ru_army"]), R("b#1", places=[KYIV], agents=["ru_mod"]), True),
    (R("a#1", places=[KYIV]), R("b#1", day="2022-12-30", places=[KYIV]), False),  # same place, next day
    (R("a#1", type_="Capture", places=[KUP]), R("b#1", type_="Capture", places=[VUZ]), False),  # next-door town, same day
    (R("a#1", places=[FAC1], agents=["ru_army"]), R("b#1", places=[FAC2], agents=["ru_army"]), False),  # two strikes, one city, one night
    (R("a#1", places=[KYIV], agents=["ru_army"]), R("b#1", places=[KYIV], agents=["ua_army"]), False),  # the other side's attack
    (R("a#1", type_="Capture", places=[KUP]), R("b#1", type_="Capture", places=[OBL, UA]), True),  # city in its oblast
    (R("a#1", places=[UA]), R("b#1", places=[KYIV, UA]), False),  # country-only never joins a city
    (R("a#1", places=[UA]), R("b#1", places=[UA]), True),
    (R("a#1", places=[KYIV]), R("b#1", type_="Interception", places=[KYIV]), True),  # one family of aspects
    (R("a#1", type_="Capture", places=[KYIV]), R("b#1", places=[KYIV]), False),
    (R("a#1", type_="Meeting", places=[KYIV], participants=["putin", "xi"]),
     R("b#1", type_="Meeting", places=[KYIV], participants=["putin", "modi"]), False),
    (R("a#1", type_="Meeting", places=[KYIV], participants=["putin", "xi"]),
     R("b#1", type_="Meeting", places=[KYIV], participants=["xi"]), True),
    (R("a#1", day="2022-12", places=[KYIV]), R("b#1", places=[KYIV]), True),  # month contains the day
    # two strikes on one city in one night, the facilities not gazetteer places: the kinds tell them apart
    (R("a#1", places=[KYIV], facilities=frozenset({"hospital"})), R("b#1", places=[KYIV], facilities=frozenset({"school"})), False),
    (R("a#1", places=[KYIV], facilities=frozenset({"hospital"})), R("b#1", places=[KYIV], facilities=frozenset({"clinic"})), False),
    (R("a#1", places=[KYIV], facilities=frozenset({"hospital"})), R("b#1", places=[KYIV], facilities=frozenset({"medical"})), True),
    (R("a#1", places=[KYIV], facilities=frozenset({"hospital"})), R("b#1", places=[KYIV]), True),  # one names none
    (R("a#1", places=[KYIV], facilities=frozenset({"hospital", "residential"})),
     R("b#1", type_="CasualtyReport", places=[KYIV], facilities=frozenset({"residential"})), True),
    (R("a#1", places=[KYIV], facilities=frozenset({"retail"})), R("b#1", places=[KYIV], facilities=frozenset({"industrial"})), False),
    (R("a#1", places=[KYIV], facilities=frozenset({"medical"})), R("b#1", places=[KYIV], facilities=frozenset({"clinic"})), True),
]

# Dev D8/D9 geography (gazetteer coordinates and populations): Donetsk, its Kuibyshevskyi district
# (filed under the oblast, 5 km from the centre), Makiivka (a city 9 km away), Kherson, the
# village of Antonivka 10 km from it, and Kramatorsk.
DON, KUIB, MAK, KHE, ANT, OBL_D, OBL_K = "donetsk", "kuibyshevskyi", "makiivka", "kherson", "antonivka", "donetsk_obl", "kherson_obl"
CITY_GEO = Geo(
    types={DON: "City", KUIB: "City", MAK: "City", KHE: "City", ANT: "Settlement", OBL_D: "AdministrativeRegion",
           "minted_village": "Settlement", "minted_district": "AdministrativeRegion",
           OBL_K: "AdministrativeRegion", UA: "Country"},
    parents={DON: [OBL_D, UA], KUIB: [OBL_D, UA], MAK: [OBL_D, UA], KHE: [OBL_K, UA], ANT: [OBL_K, UA], OBL_D: [UA], OBL_K: [UA]},
    coords={DON: (48.023, 37.80224), KUIB: (48.01435, 37.73586), MAK: (48.0478, 37.92576), KHE: (46.63695, 32.61458),
            ANT: (46.67666, 32.73061)},
    population={DON: 901645, KUIB: 116779, MAK: 340000, KHE: 66000, ANT: 12777},
    sides=GEO.sides,
)
CITY_PAIRS = [
    (R("a#1", places=[DON]), R("b#1", places=[KUIB]), True),  # the city only / the district only
    (R("a#1", places=[DON]), R("b#1", places=[MAK]), False),  # a neighbouring city is not in Donetsk's extent
    (R("a#1", places=[KHE]), R("b#1", places=[ANT]), False),  # a city and a village near it, the same day
    (R("a#1", places=[KHE]), R("b#1", places=[ANT, KHE, UA]), False),  # "near the village of Antonivka, outside Kherson"
    (R("a#1", places=[ANT]), R("b#1", places=[ANT, KHE]), True),
    (R("a#1", places=[DON]), R("b#1", places=[DON, KUIB]), True),  # a district inside its city is no landmark
    (R("a#1", places=[KUIB]), R("b#1", places=[DON], day="2022-12-30"), False),  # the city another day
    # "ヘルソン近郊のビレンケ村": a village the gazetteer lacks, minted without coordinates
    (R("a#1", places=[KHE]), R("b#1", places=["minted_village", KHE]), False),
    (R("a#1", places=["minted_village"]), R("b#1", places=["minted_village", KHE]), True),
    (R("a#1", places=[DON]), R("b#1", places=["minted_district", DON]), True),  # an unlocated district is no village
]


@pytest.mark.parametrize("a,b,same", CITY_PAIRS)
def test_city_extent_and_landmarks(a, b, same):
    assert compatible(a, b, CITY_GEO) is same and compatible(b, a, CITY_GEO) is same
    if same:  # a compatible pair is always a candidate pair (blocking misses nothing)
        assert set(block_keys(a, CITY_GEO)) & set(probe_keys(block_keys(b, CITY_GEO)))


def test_city_extent_and_landmarks_cluster_in_any_order():
    pool = [a for a, _, _ in CITY_PAIRS[:5]]
    pool = [replace_iri(r, f"d{i}#event-0") for i, r in enumerate(pool + [b for _, b, _ in CITY_PAIRS[:5]])]
    expected = [[r.iri for r in g] for g in cluster(pool, CITY_GEO)]
    assert [[r.iri for r in g] for g in cluster(list(reversed(pool)), CITY_GEO)] == expected
    by_iri = {r.iri: r for r in pool}
    for g in expected:  # Kherson reports and Antonivka reports never share an incident
        places = {p for iri in g for p in CITY_GEO.specific(by_iri[iri].places)}
        assert not ({KHE, ANT} <= places)


def replace_iri(r, iri):
    from dataclasses import replace
    return replace(r, iri=iri, doc=iri.split("#")[0])


@pytest.mark.parametrize("text,kinds", [
    ("A Russian missile hit a children's hospital in Kyiv on July 8.", {"hospital"}),
    ("Russian drones struck a school and an apartment block in Kharkiv.", {"school", "residential"}),
    ("Russia struck Kyiv overnight; five people were taken to hospital.", set()),
    ("Two people were hospitalized after the strike on Odesa's port facilities.", {"port"}),
    ("ロシア軍は8日、キーウの小児病院をミサイルで攻撃した。", {"hospital"}),
    ("ロシア軍は5日、ハルキウの学校を攻撃し、3人が病院に搬送された。", {"school"}),
    ("ロシア軍は29日、東部ハルキウのエネルギー施設をミサイルで攻撃した。", {"energy"}),
    ("Russian glide bombs hit a large hardware store in a nine-storey block.", {"retail"}),
    ("The strike hit the reported position near the airport.", {"airfield"}),
    # the longest word wins: a power plant is not also a "plant"; a bare "plant" is a whole word
    ("Another missile struck the Kredmash road machinery plant in Kremenchuk.", {"industrial"}),
    ("A missile hit the thermal power plant.", {"power_plant"}),
    ("Russian forces planted mines along the road.", set()),
    ("クレメンチュクの工場にある兵器の保管庫を攻撃した。", {"industrial"}),
    ("病院の敷地にある避難所に入れなかった3人が死亡した。", {"hospital"}),
    ("ロシア軍はキーウの医療施設を攻撃した。", {"medical"}),
    ("キーウの産科クリニックも被害を受けた。", {"clinic"}),
    ("", set()), (None, set()), ("\x00\u202e 💥 '; DROP TABLE", set()),
])
def test_facility_kinds(text, kinds):
    assert facility_kinds(text) == kinds


def test_a_strike_on_the_city_beside_two_facility_strikes_joins_neither():
    hospital = R("b#1", places=[KYIV], facilities=frozenset({"hospital"}))
    clinic = R("c#1", places=[KYIV], facilities=frozenset({"clinic"}))
    city = R("a#1", places=[KYIV], agents=["ru_army"])  # "Russia struck Kyiv": fits both
    clinic2 = R("d#1", places=[KYIV], agents=["ru_mod"], facilities=frozenset({"clinic"}))
    groups = [[r.iri for r in g] for g in cluster([city, hospital, clinic, clinic2], GEO)]
    assert groups == [["a#1"], ["b#1"], ["c#1", "d#1"]]


def test_a_report_takes_the_facility_kinds_its_document_names():
    city = R("d1#event-0", places=[KYIV], agents=["ru_army"])  # "Russia struck Kyiv."
    hospital = R("d1#event-1", places=[KYIV], facilities=frozenset({"hospital"}))  # "A missile hit a children's hospital."
    got = {r.iri: r.facilities for r in inherit_places([city, hospital], GEO)}
    assert got == {"d1#event-0": {"hospital"}, "d1#event-1": {"hospital"}}
    clinic = R("d1#event-2", places=[KYIV], facilities=frozenset({"clinic"}))  # two kinds in the document: which is unknown
    assert [r.facilities for r in inherit_places([city, hospital, clinic], GEO)][0] == frozenset()
    capture = R("d2#event-0", type_="Capture", places=[KUP])  # only violence reports name what was hit
    assert inherit_places([capture, R("d2#event-1", places=[KUP], facilities=frozenset({"school"}))], GEO)[0].facilities == frozenset()


def test_facility_kinds_conflict_only_when_unrelated():
    assert kinds_conflict({"power_plant"}, {"substation"}) and not kinds_conflict({"power_plant"}, {"energy"})
    assert not kinds_conflict({"school", "hospital"}, {"clinic", "school"})


def test_country_only_report_refines_to_its_documents_single_place():
    bridge = R("d1#event-0", places=[FAC1], day="2023-07-17")
    blame = R("d1#event-1", places=[UA], day="2023-07-17", claimed=True)  # "Russia blamed Ukraine's attack"
    groups = [[r.iri for r in g] for g in cluster(inherit_places([blame, bridge], GEO), GEO)]
    assert groups == [["d1#event-0", "d1#event-1"]]
    # two places in its document: which one is unknown, so it keeps its country
    other = R("d1#event-2", places=[KUP], day="2023-07-17")
    assert [r.places for r in inherit_places([blame, bridge, other], GEO) if r.iri == "d1#event-1"] == [frozenset({UA})]
    # a place outside its country is never its refinement
    assert inherit_places([R("d2#event-1", places=[RU]), R("d2#event-0", places=[KYIV])], GEO)[0].places == frozenset({RU})


def _meets(a, b):
    return bool(set(block_keys(a, GEO)) & set(probe_keys(block_keys(b, GEO))))


def test_block_keys_meet_containment_and_near_places_but_not_sibling_towns():
    kup, vuz = R("a#1", places=[KUP]), R("b#1", places=[VUZ])  # both in the oblast
    assert _meets(kup, R("c#1", places=[OBL])) and _meets(R("c#1", places=[OBL]), kup)  # the oblast holds the town
    assert _meets(kup, R("c#1", places=[KUP])) and not _meets(kup, R("c#1", places=[KUP], day="2022-12-30"))
    assert _meets(R("a#1", places=[FAC1]), R("c#1", places=[KYIV]))  # a facility in its city
    assert not _meets(R("a#1", places=[UA]), R("c#1", places=[KYIV]))  # a country only meets countries
    near = Geo(types=GEO.types, parents=GEO.parents, coords={KUP: (49.71, 37.61), VUZ: (49.70, 37.64)}, sides=GEO.sides)
    assert bool(set(block_keys(kup, near)) & set(probe_keys(block_keys(vuz, near))))  # within NEAR_KM: compared
    far = Geo(types=GEO.types, parents=GEO.parents, coords={KUP: (49.71, 37.61), VUZ: (49.20, 37.00)}, sides=GEO.sides)
    assert not set(block_keys(kup, far)) & set(probe_keys(block_keys(vuz, far)))  # sibling towns apart never meet
    for a, b, _ in PAIRS:  # every compatible pair of the table is a candidate pair; candidacy is symmetric
        assert (not compatible(a, b, GEO) or _meets(a, b)) and _meets(a, b) == _meets(b, a)


@pytest.mark.parametrize("a,b,same", PAIRS)
def test_pair_tests(a, b, same):
    assert compatible(a, b, GEO) is same
    assert compatible(b, a, GEO) is same


def test_unknown_place_joins_only_a_single_candidate():
    talk = R("a#1", type_="Meeting", places=[KYIV], participants=["putin", "xi"])
    placeless = R("z#1", type_="Meeting", participants=["xi"])
    assert [len(g) for g in cluster([talk, placeless], GEO)] == [2]
    # another talk of Xi's that day elsewhere: the placeless report fits both, so it joins neither
    other = R("b#1", type_="Meeting", places=[KUP], participants=["xi", "modi"])
    assert sorted(len(g) for g in cluster([talk, placeless, other], GEO)) == [1, 1, 1]
    # a fighting report with no place joins only a strike of its own document (a side is no evidence)
    strikes = [R("a#1", places=[FAC1], agents=["ru_army"]), R("a#2", agents=["ru_army"]), R("z#1", agents=["ru_army"])]
    assert [[r.iri for r in g] for g in cluster(inherit_places(strikes, GEO), GEO)] == [["a#1", "a#2"], ["z#1"]]


def test_denial_days_later_joins_its_claim():
    claim = R("a#1", type_="Capture", day="2025-11-20", places=[KUP], agents=["ru_army"], claimed=True)
    denial = R("b#1", type_="Capture", day="2025-11-24", places=[KUP], denied_only=True)
    other = R("c#1", type_="Capture", day="2025-11-20", places=[VUZ], agents=["ru_army"])
    assert [[r.iri for r in g] for g in cluster([other, denial, claim], GEO)] == [["a#1", "b#1"], ["c#1"]]


def test_conflicting_component_is_split_deterministically():
    # b (no side) fits both a (Russia's) and c (Ukraine's): one chain, three incidents (b is ambiguous).
    rs = [R("a#1", places=[KYIV], agents=["ru_army"]), R("b#1", places=[KYIV]), R("c#1", places=[KYIV], agents=["ua_army"])]
    assert [[r.iri for r in g] for g in cluster(rs, GEO)] == [["a#1"], ["b#1"], ["c#1"]]
    rs.append(R("d#1", places=[KYIV], agents=["ru_mod"]))
    assert [[r.iri for r in g] for g in cluster(rs, GEO)] == [["a#1", "d#1"], ["b#1"], ["c#1"]]


def test_units_are_days():
    assert unit_keys(R("a#1", day="2025-11-30")) == ("violence|2025-11-30",)
    assert len(unit_keys(R("a#1", day="2025-02"))) == 28
    assert unit_keys(R("a#1", day="2025")) == ("violence|2025",)
    denial = R("a#1", day="2025-11-24", denied_only=True)
    assert unit_keys(denial)[0] == "violence|2025-11-10" and len(unit_keys(denial)) == 15


_POOL = [R(f"d{i % 4}#event-{i}", day=f"2022-12-{28 + i % 3}", places=[[KYIV, FAC1, FAC2, KUP][i % 4]],
           agents=[["ru_army", "ua_army", "ru_mod"][i % 3]] if i % 5 else []) for i in range(16)] + [
    R("z#event-0", agents=["ru_mod"], day="2022-12-29"), R("z#event-1", day="2022-12", places=[KUP])]


@settings(max_examples=40, deadline=None)
@given(st.permutations(_POOL))
def test_same_reports_in_any_order_give_the_same_incidents(perm):
    expected = [[r.iri for r in g] for g in cluster(_POOL, GEO)]
    assert [[r.iri for r in g] for g in cluster(perm, GEO)] == expected


# -- the store ------------------------------------------------------------------------------------
def _incidents(store) -> dict[str, list[str]]:
    q = f"SELECT ?i ?r WHERE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?i <https://w3id.org/conflict-kg/ontology#report> ?r }} }}"
    out: dict[str, list[str]] = {}
    for s in store.raw_query(q):
        out.setdefault(s["i"].value, []).append(s["r"].value.split("/doc/")[1])
    return {k: sorted(v) for k, v in out.items()}


def _dump(store) -> set:
    return {(q.subject, q.predicate, q.object) for q in store._ox.quads_for_pattern(None, None, None, __import__("pyoxigraph").NamedNode(INCIDENTS_GRAPH))}


def _put(store, doc):
    recs = records(*doc)
    store.put_document(recs.doc.id, document_graph(recs, RESOLUTIONS))


EXPECTED = sorted([
    ["t/en-1#event-0", "t/ja-1#event-0"],  # one Kyiv strike in two languages
    ["t/en-2#event-0"],  # Kyiv hit, no side named: fits Russia's and Ukraine's strike, so joins neither
    ["t/en-2#event-1"],  # Kyiv the next day
    ["t/en-3#event-0"],  # Ukraine's strike the same day
    ["t/en-4#event-0", "t/ja-2#event-0", "t/ja-2#event-1"],  # the capture claim, its repeat and the denial 4 days later
    ["t/en-5#event-0"],  # the next-door town
    ["t/en-6#event-0", "t/ja-3#event-0"],  # the Putin-Xi talk
])


def test_full_build_consolidates_across_documents_and_languages(tmp_path):
    with KGStore(tmp_path / "s") as store:
        for doc in DOCS:
            _put(store, doc)
        assert refresh_incidents(store) == len(EXPECTED)
        got = _incidents(store)
        assert sorted(got.values()) == EXPECTED
        for iri, members in got.items():
            assert iri == incident_iri("https://w3id.org/conflict-kg/doc/" + members[0])


@pytest.mark.parametrize("order", [list(range(len(DOCS))), list(reversed(range(len(DOCS)))), [4, 0, 7, 2, 8, 1, 6, 3, 5]])
def test_incremental_builds_in_any_order_equal_the_full_build(tmp_path, order):
    with KGStore(tmp_path / "full") as full:
        for doc in DOCS:
            _put(full, doc)
        refresh_incidents(full)
        expected = _dump(full)
    with KGStore(tmp_path / "inc") as store:
        for i in order:
            _put(store, DOCS[i])
            refresh_incidents(store, [DOCS[i][0]])
        assert _dump(store) == expected


def test_removed_and_changed_documents_update_their_incidents(tmp_path):
    with KGStore(tmp_path / "s") as store:
        for doc in DOCS:
            _put(store, doc)
        refresh_incidents(store)
        store.remove_document("t/en-1")
        store.remove_document("t/en-5")
        refresh_incidents(store, ["t/en-1", "t/en-5"])
        got = sorted(_incidents(store).values())
        assert ["t/en-2#event-0"] in got and ["t/ja-1#event-0"] in got
        assert not any("t/en-5" in r for g in got for r in g)  # its incident is gone
        changed = ("t/en-3", "en", "2022-12-29", [{"type": "Attack", "date": "2022-12-29", "agents": ["Q159"], "locations": ["Q1899"]}])
        _put(store, changed)
        refresh_incidents(store, ["t/en-3"])
        assert ["t/en-2#event-0", "t/en-3#event-0", "t/ja-1#event-0"] in sorted(_incidents(store).values())
        incremental = _dump(store)
        refresh_incidents(store)
        assert _dump(store) == incremental


def test_a_graph_with_another_key_scheme_is_rebuilt_whole(tmp_path):
    from conflict_kg.kg.incident_graph import KEY_SCHEME

    with KGStore(tmp_path / "s") as store:
        for doc in DOCS:
            _put(store, doc)
        refresh_incidents(store)
        expected = _dump(store)
        store.update(f'DELETE DATA {{ GRAPH <{INCIDENTS_GRAPH}> {{ <{INCIDENTS_GRAPH}> <https://w3id.org/conflict-kg/ontology#blockKey> "{KEY_SCHEME}" }} }}')
        refresh_incidents(store, ["t/en-1"])  # an older index: the refresh rebuilds every incident
        assert _dump(store) == expected


def test_removed_document_with_a_keyless_report_loses_its_incident(tmp_path):
    with KGStore(tmp_path / "s") as store:
        for doc in DOCS:
            _put(store, doc)
        toll = ("t/en-9", "en", "2022-12-29", [{"type": "CasualtyReport", "date": "2022-12-29"}])  # no place, no actor
        _put(store, toll)
        refresh_incidents(store, ["t/en-9"])
        assert ["t/en-9#event-0"] in _incidents(store).values()
        store.remove_document("t/en-9")
        refresh_incidents(store, ["t/en-9"])
        assert not any("t/en-9" in r for g in _incidents(store).values() for r in g)
        incremental = _dump(store)
        refresh_incidents(store)
        assert _dump(store) == incremental


def test_placeless_toll_joins_the_strike_of_its_own_document():
    strike = R("d1#event-0", places=[KYIV], agents=["ru_army"])
    toll = R("d1#event-1", type_="CasualtyReport")  # "one person was killed": no place, no actor
    elsewhere = R("d2#event-0", type_="CasualtyReport")
    groups = [[r.iri for r in g] for g in cluster(inherit_places([elsewhere, toll, strike], GEO), GEO)]
    assert groups == [["d1#event-0", "d1#event-1"], ["d2#event-0"]]


def test_a_report_dated_by_its_document_reaches_back_a_day(tmp_path):
    # "Russian missiles hit Pokrovsk, officials said." in the next morning's document states no date:
    # it joins the strike of the day before; a report stating the next day stays apart.
    pok, ru = "location/pokrovsk", "organization/armed_forces_of_the_russian_federation"
    docs = [("t/d-1", "en", "2023-08-07", [{"type": "Attack", "date": "2023-08-07", "agents": [ru], "locations": [pok]}]),
            ("t/d-2", "ja", "2023-08-08", [{"type": "Attack", "date": None, "agents": [ru], "locations": [pok]}]),
            ("t/d-3", "en", "2023-08-09", [{"type": "Attack", "date": "2023-08-09", "agents": [ru], "locations": [pok]}])]
    with KGStore(tmp_path / "s") as store:
        for doc in docs:
            _put(store, doc)
        refresh_incidents(store)
        got = sorted(_incidents(store).values())
        dates = {s["d"].value for s in store.raw_query(
            f"SELECT ?d WHERE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?i <https://w3id.org/conflict-kg/ontology#incidentDate> ?d }} }}")}
    assert got == [["t/d-1#event-0", "t/d-2#event-0"], ["t/d-3#event-0"]]
    assert dates == {"2023-08-07", "2023-08-09"}  # the stated day, not the document's, dates the incident
