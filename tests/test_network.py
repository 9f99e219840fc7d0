"""Network projections on the hand-made fixture graph (tests/fixture_records.py)."""
from __future__ import annotations

import networkx as nx
import pytest

from conflict_kg.kg.network import (
    actor_network,
    collect_links,
    communities,
    find_node,
    in_date_range,
    location_network,
)
from conflict_kg.kg.rdf import ENTITY

PUTIN, ZEL, RUSSIA, UKRAINE = "Q7747", "Q3874799", "Q159", "Q212"
RAION, OBLAST = "location/pokrovskyi_raion", "location/donetsk_oblast"
MOD, KYIV, POKROVSK, MOSCOW = "Q1469183", "Q1899", "Q163213", "Q649"
UAF, RUF = "militaryunit/ウクライナ軍", "militaryunit/russian forces"


def iri(key: str) -> str:
    from conflict_kg.kg.rdf import entity_iri

    return str(entity_iri(key))


def edge_set(G: nx.MultiDiGraph) -> set[tuple[str, str, str, int]]:
    names = {iri(k): k for k in (PUTIN, ZEL, RUSSIA, UKRAINE, MOD, KYIV, POKROVSK, MOSCOW, UAF, RUF, RAION, OBLAST)}
    return {(names[u], names[v], k, w) for u, v, k, w in G.edges(keys=True, data="weight")}


@pytest.fixture(scope="module")
def actors(fixture_store):
    return actor_network(fixture_store)


def test_actor_network_nodes(actors):
    assert set(actors) == {iri(k) for k in (PUTIN, ZEL, RUSSIA, UKRAINE, MOD, KYIV, POKROVSK, UAF, RUF)}
    assert iri(MOSCOW) not in actors  # only the place of a meeting: not an actor


def test_actor_network_edges_and_weights(actors):
    assert edge_set(actors) == {
        (ZEL, PUTIN, "met", 1),  # symmetric: stored from the smaller IRI to the larger
        (RUF, KYIV, "attacked", 1),
        (ZEL, POKROVSK, "statement_about", 1),
        (UAF, POKROVSK, "statement_about", 1),
        (PUTIN, RUSSIA, "holds_role_in", 1),
        (ZEL, UKRAINE, "holds_role_in", 1),
        (UAF, MOD, "disputed", 1),
    }


def test_edge_attributes(actors):
    met = actors.edges[iri(ZEL), iri(PUTIN), "met"]
    assert met["relation"] == "met" and met["directed"] is False
    assert (met["first_date"], met["last_date"]) == ("2025-11-20", "2025-11-20")
    assert met["documents"] == ["fixture/ja"] and met["event_types"] == ["Meeting"]
    assert met["evidence"] == [{"text": "ロシアのプーチン大統領は20日、モスクワでゼレンスキー大統領と会談した。", "doc": "fixture/ja"}]
    attack = actors.edges[iri(RUF), iri(KYIV), "attacked"]
    assert attack["directed"] is True and attack["first_date"] == "2025-11-19"
    assert attack["evidence"][0]["text"].startswith("Russian forces launched a missile attack on Kyiv")


@pytest.mark.parametrize(
    "key, expected",
    [
        (PUTIN, {"type": "Person", "label_en": "Vladimir Putin", "label_ja": "ウラジーミル・プーチン", "side": "russia",
                 "roles": ["大統領 (Russia)"], "events": 1, "event_types": {"Meeting": 1}}),
        (ZEL, {"type": "Person", "side": "ukraine", "roles": ["President (Ukraine)"], "statements": 1, "mentions": 2}),
        (UAF, {"type": "MilitaryUnit", "label_en": "ウクライナ軍", "side": "ukraine", "statements": 1}),
        (RUF, {"type": "MilitaryUnit", "label_en": "Russian forces", "side": "russia", "event_types": {"Attack": 1}}),
        (KYIV, {"type": "City", "kind": "place", "side": "", "lat": 50.45}),
        (RUSSIA, {"type": "Country", "side": "russia"}),
    ],
)
def test_node_attributes(actors, key, expected):
    data = actors.nodes[iri(key)]
    assert {k: data[k] for k in expected} == expected


@pytest.mark.parametrize(
    "filters, expected_edges",
    [
        ({"since": "2025-11-21"}, {(UAF, MOD, "disputed", 1), (UAF, POKROVSK, "statement_about", 1), (PUTIN, RUSSIA, "holds_role_in", 1)}),
        ({"until": "2025-11-19"}, {(RUF, KYIV, "attacked", 1)}),
        ({"since": "2025-11-20", "until": "2025-11-20"},
         {(ZEL, PUTIN, "met", 1), (ZEL, POKROVSK, "statement_about", 1), (ZEL, UKRAINE, "holds_role_in", 1)}),
        ({"event_types": ["Attack"]}, {(RUF, KYIV, "attacked", 1)}),
        ({"event_types": ["Meeting"], "relations": ["met", "holds_role_in"]},
         {(ZEL, PUTIN, "met", 1), (PUTIN, RUSSIA, "holds_role_in", 1), (ZEL, UKRAINE, "holds_role_in", 1)}),
        ({"min_weight": 2}, set()),
        ({"ego": PUTIN}, {(ZEL, PUTIN, "met", 1), (PUTIN, RUSSIA, "holds_role_in", 1)}),
        ({"ego": "ウラジーミル・プーチン", "radius": 2},
         {(ZEL, PUTIN, "met", 1), (PUTIN, RUSSIA, "holds_role_in", 1), (ZEL, UKRAINE, "holds_role_in", 1),
          (ZEL, POKROVSK, "statement_about", 1)}),  # ウクライナ軍 is 3 hops from Putin
    ],
)
def test_actor_filters(fixture_store, filters, expected_edges):
    assert edge_set(actor_network(fixture_store, **filters)) == expected_edges


def test_event_type_filter_keeps_only_matching_nodes(fixture_store):
    G = actor_network(fixture_store, event_types=["Capture"])
    # The Ministry captured (alone: no edge) and is still shown; nobody else took part in a capture.
    assert set(G) == {iri(MOD)} and G.number_of_edges() == 0


def test_top_k_by_weighted_degree(fixture_store):
    G = actor_network(fixture_store, top_k=3)
    assert len(G) == 3
    # Zelenskyy has 3 edges; Putin and Pokrovsk 2 each (ties broken by IRI).
    assert set(G) == {iri(ZEL), iri(PUTIN), iri(POKROVSK)}
    assert len(actor_network(fixture_store, top_k=3, rank_by="betweenness")) == 3


@pytest.mark.parametrize("name", ["", "<script>alert(1)</script>", "nobody", "\x00", "Q"])
def test_ego_unknown_name_is_a_clear_error(fixture_store, name):
    with pytest.raises(ValueError, match="no node named"):
        actor_network(fixture_store, ego=name)


def test_unknown_relation_is_a_clear_error(fixture_store):
    with pytest.raises(ValueError, match="unknown relation"):
        actor_network(fixture_store, relations=["loves"])


def test_location_network(fixture_store):
    G = location_network(fixture_store)
    # Pokrovsk's raion and oblast come with ckg:locatedIn (issue 16); containment is gazetteer knowledge.
    assert set(G) == {iri(k) for k in (KYIV, POKROVSK, MOSCOW, RUSSIA, UKRAINE, RAION, OBLAST)}
    assert edge_set(G) == {(RUSSIA, MOSCOW, "co_mentioned", 1), (POKROVSK, UKRAINE, "co_mentioned", 1),
                           (KYIV, UKRAINE, "located_in", 1), (POKROVSK, RAION, "located_in", 1),
                           (RAION, OBLAST, "located_in", 1), (OBLAST, UKRAINE, "located_in", 1)}
    assert {k: G.nodes[iri(k)]["events"] for k in (KYIV, POKROVSK, MOSCOW, RUSSIA)} == {KYIV: 1, POKROVSK: 1, MOSCOW: 1, RUSSIA: 0}
    assert G.nodes[iri(POKROVSK)]["event_types"] == {"Capture": 1}
    assert (G.nodes[iri(MOSCOW)]["lat"], G.nodes[iri(MOSCOW)]["lon"]) == (55.75583, 37.6173)
    co = G.edges[iri(POKROVSK), iri(UKRAINE), "co_mentioned"]
    assert co["first_date"] == "2025-11-20" and co["documents"] == ["fixture/en"]


def test_location_network_filtered_keeps_only_event_places(fixture_store):
    G = location_network(fixture_store, event_types=["Meeting"])
    assert set(G) == {iri(MOSCOW)}


def test_located_in_edges(fixture_store):
    """Containment (ckg:locatedIn, settlement -> raion -> oblast -> country) is written once in the
    shared entities graph by the graph builder, so its edges carry no document date."""
    G = location_network(fixture_store)
    for child, parent in ((POKROVSK, RAION), (RAION, OBLAST), (OBLAST, UKRAINE), (KYIV, UKRAINE)):
        edge = G.edges[iri(child), iri(parent), "located_in"]
        assert edge["directed"] is True and edge["documents"] == ["entities"]


def test_works_on_a_plain_rdflib_graph(fixture_store):
    g = fixture_store.document_graph("fixture/en")
    G = actor_network(g)
    assert edge_set(G) == {(RUF, KYIV, "attacked", 1), (ZEL, POKROVSK, "statement_about", 1), (ZEL, UKRAINE, "holds_role_in", 1)}


def test_empty_store(tmp_path):
    from conflict_kg.kg.store import KGStore

    with KGStore(tmp_path / "empty") as store:
        ents, links, inv = collect_links(store)
        assert (ents, links, inv) == ({}, [], {})
        assert actor_network(store).number_of_nodes() == 0
        assert location_network(store).number_of_nodes() == 0
        assert communities(actor_network(store)) == []


def test_communities_fixed_seed_and_partition(actors):
    first, second = communities(actors), communities(actors)
    assert first == second
    members = [n for c in first for n in c["nodes"]]
    assert sorted(members) == sorted(actors) and len(members) == len(set(members))
    assert [c["size"] for c in first] == sorted((c["size"] for c in first), reverse=True)
    # The meeting and roles tie Putin, Zelenskyy, Russia and Ukraine together.
    together = next(c for c in first if iri(PUTIN) in c["nodes"])
    assert {iri(ZEL), iri(RUSSIA)} <= set(together["nodes"])
    assert together["top_labels"][0] == "Volodymyr Zelenskyy"


@pytest.mark.parametrize(
    "date, since, until, expected",
    [
        ("2025-11-20", "2025-11-20", "2025-11-20", True),
        ("2025-11", "2025-11-30", None, True),
        ("2025", None, "2025-01-01", True),
        ("2024", "2025-01-01", None, False),
        ("2025-12-01", None, "2025-11-30", False),
        (None, None, None, True),
        ("", "2025-01-01", None, False),
    ],
)
def test_in_date_range(date, since, until, expected):
    assert in_date_range(date, since, until) is expected


def test_find_node_by_local_id_and_label(actors):
    assert find_node(actors, PUTIN) == iri(PUTIN)
    assert find_node(actors, "vladimir putin") == iri(PUTIN)
    assert find_node(actors, str(ENTITY) + ZEL) == iri(ZEL)
