"""HTML networks, the places map and exports: structure, escaping, offline pages, round trips."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from conflict_kg.kg.export import export_store, flatten_attributes
from conflict_kg.kg.maps import map_html, write_map_html
from conflict_kg.kg.network import actor_network, location_network
from conflict_kg.kg.rdf import ENTITIES_GRAPH, INCIDENTS_GRAPH, SUMMARY_GRAPH, entity_iri, graph_iri
from conflict_kg.kg.viz import SIDE_COLORS, TYPE_COLORS, escape, network_html, write_network_html

NAUGHTY = '<script>alert(1)</script> </script><img src=x onerror=alert(2)> ${alert(3)}` \\ href'
#: A resource the browser would fetch: <script src>, <link href>, <img src>, CSS @import/url() off this file.
_EXTERNAL = re.compile(r"""<(?:script|img|iframe)[^>]*\ssrc\s*=\s*["']?(?:https?:)?//|<link[^>]*\shref\s*=\s*["']?(?:https?:)?//"""
                       r"""|@import\s+(?:url\()?["']?(?:https?:)?//""", re.I)


def vis_data(page: str, name: str) -> list[dict]:
    """The JSON handed to ``new vis.DataSet(...)`` for ``nodes`` or ``edges``."""
    m = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);\n", page, re.S)
    assert m, f"no {name} DataSet in the page"
    return json.loads(m.group(1))


def naughty_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("x", iri="https://e/x", label_en=NAUGHTY, label_ja=NAUGHTY, type="Person", side="russia",
               roles=[NAUGHTY], mentions=1, events=1, statements=0, event_types={"Attack": 1})
    G.add_node("y", iri="https://e/y", label_en="Y", label_ja="ワイ", type="City", kind="place", lat=50.0, lon=30.0,
               mentions=1, events=2, statements=0, event_types={"Attack": 2})
    G.add_edge("x", "y", key="attacked", relation="attacked", directed=True, weight=2, first_date="2025-11-19",
               last_date="2025-11-20", documents=[NAUGHTY], event_types=["Attack"],
               evidence=[{"text": NAUGHTY, "doc": NAUGHTY}])
    return G


# ------------------------------------------------------------------ pyvis ---
def test_actor_page_structure(fixture_store):
    G = actor_network(fixture_store)
    page, drawn = network_html(G, title="Actor network")
    nodes, edges = vis_data(page, "nodes"), vis_data(page, "edges")
    assert drawn == len(nodes) == G.number_of_nodes() == 9
    assert len(edges) == G.number_of_edges() == 7
    by_label = {n["label"]: n for n in nodes}
    putin = by_label["Vladimir Putin"]
    assert putin["color"]["background"] == TYPE_COLORS["Person"]
    assert putin["color"]["border"] == SIDE_COLORS["russia"] and putin["borderWidth"] == 4
    assert "roles: 大統領 (Russia)" in putin["title"] and "events: 1 (Meeting 1)" in putin["title"]
    # Sized by weighted degree: Zelenskyy (3 edges) is the biggest node.
    assert max(nodes, key=lambda n: n["size"])["label"] == "Volodymyr Zelenskyy"
    attack = next(e for e in edges if "attacked" in e["title"])
    assert attack["arrows"] == "to" and "Russian forces launched a missile attack on Kyiv" in attack["title"]
    assert "fixture/en" in attack["title"]
    met = next(e for e in edges if "met ×" in e["title"])
    assert "arrows" not in met
    # Legend, settle-then-freeze physics and inline vis-network; nothing fetched from the network.
    assert "id='ckg-legend'" in page and "made a statement about" in page
    assert 'network.setOptions({physics: {enabled: false}})' in page and '"stabilization"' in page
    assert "vis-network" in page and not _EXTERNAL.search(page)


def test_labels_in_japanese(fixture_store):
    page, _ = network_html(actor_network(fixture_store), label_lang="ja")
    labels = {n["label"] for n in vis_data(page, "nodes")}
    assert {"ウラジーミル・プーチン", "ロシア国防省", "キーウ", "ウクライナ軍"} <= labels
    assert "Russian forces" in labels  # no Japanese label known: falls back to English


def test_location_page_starts_places_at_their_coordinates(fixture_store):
    page, drawn = network_html(location_network(fixture_store), geo=True)
    nodes = {n["label"]: n for n in vis_data(page, "nodes")}
    assert drawn == 7  # with Pokrovsk's raion and oblast (ckg:locatedIn)
    assert nodes["Moscow"]["y"] < nodes["Kyiv"]["y"]  # north is up
    assert nodes["Kyiv"]["x"] < nodes["Pokrovsk"]["x"] < nodes["Moscow"]["x"]  # west to east
    assert "x" not in nodes["Russia"]  # no coordinates: placed by physics


def test_script_in_labels_is_escaped():
    page, drawn = network_html(naughty_graph())
    assert drawn == 2
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    # ``${`` only matters in JS template literals; here it sits in a JSON string (the canvas label).
    assert page.count("${alert(3)}") == 1 and '\\u003e ${alert(3)}` \\\\ href"' in page
    node = next(n for n in vis_data(page, "nodes") if n["label"] != "Y")
    assert node["label"] == NAUGHTY  # canvas text: shown as written (JSON-escaped in the page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in node["title"] and "<img" not in node["title"]
    assert "&#36;{alert(3)}&#96;" in node["title"] and "&#104;ref" in node["title"]
    edge = vis_data(page, "edges")[0]
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in edge["title"]


def test_top_k_applied_above_max_nodes_with_a_message():
    G = nx.MultiDiGraph()
    for i in range(50):
        G.add_node(f"n{i:02d}", label_en=f"N{i}", type="Person")
    for i in range(1, 50):
        G.add_edge("n00", f"n{i:02d}", key="met", relation="met", directed=False, weight=1 + (i % 3))
    page, drawn = network_html(G, max_nodes=10)
    assert drawn == len(vis_data(page, "nodes")) == 10
    assert "Showing the 10 most connected of 50 nodes" in page
    assert "N0" in {n["label"] for n in vis_data(page, "nodes")}


def test_empty_network_page():
    page, drawn = network_html(nx.MultiDiGraph())
    assert drawn == 0 and vis_data(page, "nodes") == [] and not _EXTERNAL.search(page)


def test_write_network_html(fixture_store, tmp_path):
    out = tmp_path / "sub" / "actors.html"
    assert write_network_html(fixture_store, "actors", out, since="2025-11-21") == 5
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match="actors.*locations"):
        write_network_html(fixture_store, "people", tmp_path / "x.html")


@pytest.mark.parametrize("text, expected", [("", ""), ("a<b", "a&lt;b"), ("\u202e\x00", "\u202e\x00"), ("`$\\", "&#96;&#36;&#92;")])
def test_escape(text, expected):
    assert escape(text) == expected


# -------------------------------------------------------------------- map ---
def test_map_offline_markers_and_escaping(fixture_store):
    page, shown = map_html(location_network(fixture_store))
    # Moscow, Kyiv, Pokrovsk and Pokrovsk's raion at their points; Pokrovsk's oblast (Donetsk), Ukraine and
    # Russia at the centroid of their area, with a dashed outline (tests/test_maps.py checks where)
    assert shown == 7
    assert page.count("L.circleMarker(") == 7 and page.count('"dashArray": "3 3"') == 3
    assert "Leaflet 1.9.4" in page and not _EXTERNAL.search(page)
    assert "No coordinates" not in page
    assert '"MultiLineString"' in page  # the Natural Earth borders and coastlines
    assert page == map_html(location_network(fixture_store))[0]  # deterministic element ids
    naughty, shown = map_html(naughty_graph())
    assert shown == 1 and "<script>alert(1)" not in naughty and "${alert(3)}" not in naughty


def test_map_legend_in_japanese_and_furigana_stripped():
    G = nx.MultiDiGraph()
    G.add_node("u", iri="https://w3id.org/conflict-kg/id/unit/x", type="City", label_en="ロシア第76空挺(くうてい)師団",
               label_ja="ロシア第76空挺(くうてい)師団", lat=50.0, lon=30.0, events=2)
    G.add_node("o", iri="https://w3id.org/conflict-kg/id/location/donetsk_oblast", type="AdministrativeRegion",
               label_en="Donetsk Oblast", label_ja="ドネツク州", events=1)
    G.add_node("m", iri="https://w3id.org/conflict-kg/id/minted/nowhere", type="Location", label_en="Nowhere",
               label_ja="どこか")
    page, shown = map_html(G, label_lang="ja")
    assert shown == 2  # the oblast at the centroid of its boundary; the minted place has no position
    assert "ロシア第76空挺師団" in page  # the label shown
    assert "ロシア第76空挺(くうてい)師団" in page  # kept as the alternative label, in the popup
    legend = page[page.index("ckg-map-legend'>"):]
    legend = legend[:legend.index("</div>")]
    for ja in ("場所", "都市", "州・行政区", "円の大きさ", "座標なし: どこか"):
        assert ja in legend, ja
    for en in ("Places", "with coordinates", "Circle size", "No coordinates", "Dashed outline", "City",
               "AdministrativeRegion", "Location", "Borders"):
        assert en not in legend, en


def test_map_radius_grows_with_events(fixture_store, tmp_path):
    out = tmp_path / "map.html"
    assert write_map_html(fixture_store, out, event_types=["Attack"]) == 1  # only Kyiv had an attack
    radii = [float(r) for r in re.findall(r'"radius": ([0-9.]+)', out.read_text(encoding="utf-8"))]
    assert radii == [9.0]


# ----------------------------------------------------------------- export ---
@pytest.mark.parametrize("fmt, reader", [("graphml", lambda p: nx.read_graphml(p, force_multigraph=True)),
                                         ("gexf", nx.read_gexf)])
def test_network_round_trip(fixture_store, tmp_path, fmt, reader):
    G = actor_network(fixture_store)
    out = tmp_path / f"actors.{fmt}"
    export_store(fixture_store, fmt, out)
    H = reader(str(out))
    assert set(H) == set(G)
    keyed = lambda g: {(u, v, d["relation"]): d for u, v, d in g.edges(data=True)}  # noqa: E731
    got, want = keyed(H), keyed(G)
    assert set(got) == set(want)
    for key, d in want.items():
        assert float(got[key]["weight"]) == d["weight"]
        assert got[key]["documents"] == "; ".join(d["documents"])
        assert json.loads(got[key]["evidence"]) == d["evidence"]
        assert got[key]["first_date"] == d["first_date"]
    putin = str(entity_iri("Q7747"))
    assert H.nodes[putin]["label_ja"] == "ウラジーミル・プーチン" and H.nodes[putin]["side"] == "russia"
    assert json.loads(H.nodes[putin]["event_types"]) == {"Meeting": 1}


def test_flatten_keeps_scalars_and_drops_none():
    G = nx.MultiDiGraph()
    G.add_node("a", n=1, x=1.5, ok=True, none=None, tags={"b", "a"})
    H = flatten_attributes(G)
    assert H.nodes["a"] == {"n": 1, "x": 1.5, "ok": True, "tags": "a; b", "label": "a"}


@pytest.mark.parametrize("fmt, parse_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_rdf_exports_keep_named_graphs(fixture_store, tmp_path, fmt, parse_format):
    out = tmp_path / f"kg.{fmt}"
    export_store(fixture_store, fmt, out)
    ds = Dataset()
    ds.parse(str(out), format=parse_format)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    # Documents, the shared entity descriptions and the derived per-entity summary.
    assert names == {str(graph_iri("fixture/ja")), str(graph_iri("fixture/en")), str(ENTITIES_GRAPH), str(SUMMARY_GRAPH), str(INCIDENTS_GRAPH)}
    assert sum(len(g) for g in ds.graphs()) == len(fixture_store)


def test_turtle_export_is_the_union(fixture_store, tmp_path):
    out = tmp_path / "kg.ttl"
    export_store(fixture_store, "turtle", out)
    g = Graph().parse(str(out), format="turtle")
    distinct = {(q.subject, q.predicate, q.object) for q in fixture_store.quads()}
    assert len(g) == len(distinct) > 100
    nq = tmp_path / "a.nq"
    export_store(fixture_store, "nquads", nq)
    lines = nq.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)


def test_export_unknown_format(fixture_store, tmp_path):
    with pytest.raises(ValueError, match="format must be one of"):
        export_store(fixture_store, "csv", tmp_path / "x")


# -------------------------------------------------------------------- CLI ---
def test_cli_viz_map_export(fixture_store, tmp_path):
    from conflict_kg.cli import main

    runner = CliRunner()
    store = str(fixture_store.path)
    res = runner.invoke(main, ["viz", "actors", "--store", store, "--out", str(tmp_path / "a.html"), "--types", "Attack"])
    assert res.exit_code == 0, res.output
    assert "(2 nodes)" in res.output
    res = runner.invoke(main, ["viz", "locations", "--store", store, "--out", str(tmp_path / "l.html"), "--label-lang", "ja"])
    assert res.exit_code == 0 and "(7 nodes)" in res.output, res.output
    res = runner.invoke(main, ["map", "--store", store, "--out", str(tmp_path / "m.html")])
    assert res.exit_code == 0 and "(7 places)" in res.output, res.output
    res = runner.invoke(main, ["export", "--store", store, "--format", "gexf", "--out", str(tmp_path / "a.gexf"),
                               "--network", "locations"])
    assert res.exit_code == 0, res.output
    assert set(nx.read_gexf(str(tmp_path / "a.gexf"))) == set(location_network(fixture_store))
    res = runner.invoke(main, ["viz", "actors", "--store", store, "--out", str(tmp_path / "b.html"), "--ego", "nobody"])
    assert res.exit_code != 0 and "no node named 'nobody'" in res.output
    res = runner.invoke(main, ["viz", "actors", "--store", store, "--out", str(tmp_path / "b.html"), "--since", "yesterday"])
    assert res.exit_code != 0 and "--since wants YYYY-MM-DD" in res.output
