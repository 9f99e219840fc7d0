"""Headless Chromium opens each HTML output offline and draws its nodes/markers.

Checked by pixel content: the screenshot must hold many pixels in the node
fill colours inside the drawing area (the legend, which shows the same
colours, is outside it), and an empty network drawn the same way must not.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from conflict_kg.kg.maps import map_html
from conflict_kg.kg.network import actor_network, location_network
from conflict_kg.kg.viz import TYPE_COLORS, network_html

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome")) if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium; the CI script installs it)")

WIDTH, HEIGHT = 1200, 900
LEGEND_WIDTH = 262  # conflict_kg.kg.viz puts the legend in a fixed right-hand panel this wide


def screenshot(html: str, tmp_path: Path, name: str) -> Path:
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    png = tmp_path / f"{name}.png"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / ('profile-' + name)}", f"--screenshot={png}",
           f"--window-size={WIDTH},{HEIGHT}", "--virtual-time-budget=8000", page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    assert png.exists(), f"chromium made no screenshot (exit {proc.returncode}): {proc.stderr[-2000:]}"
    return png


def colour_pixels(png: Path, colours: list[str], box: tuple[int, int, int, int], tol: int = 12) -> int:
    """Pixels inside ``box`` (left, top, right, bottom) within ``tol`` of any of ``colours``."""
    from PIL import Image

    rgb = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in colours]
    img = Image.open(png).convert("RGB").crop(box)
    count = 0
    for n, pixel in img.getcolors(maxcolors=img.width * img.height):
        if any(all(abs(pixel[i] - c[i]) <= tol for i in range(3)) for c in rgb):
            count += n
    return count


def node_colours(G: nx.Graph) -> list[str]:
    return sorted({TYPE_COLORS[d["type"]] for _n, d in G.nodes(data=True)})


@pytest.mark.parametrize("kind", ["actors", "locations"])
def test_network_page_draws_nodes(fixture_store, tmp_path, kind):
    G = actor_network(fixture_store) if kind == "actors" else location_network(fixture_store)
    page, drawn = network_html(G, geo=kind == "locations")
    assert drawn == G.number_of_nodes() > 0
    colours = node_colours(G)
    area = (0, 0, WIDTH - LEGEND_WIDTH, HEIGHT)
    drawn_px = colour_pixels(screenshot(page, tmp_path, kind), colours, area)
    empty_page, _ = network_html(nx.MultiDiGraph())
    empty_px = colour_pixels(screenshot(empty_page, tmp_path, kind + "-empty"), colours, area)
    # Each node is a disc of >= 10 px radius (>= ~300 px); most must be on screen, none without nodes.
    assert empty_px < 50
    assert drawn_px > 300 * drawn * 0.6, (drawn_px, drawn)
    # The legend panel is drawn too (its swatches use the node colours).
    legend_px = colour_pixels(tmp_path / f"{kind}.png", colours, (WIDTH - LEGEND_WIDTH, 0, WIDTH, HEIGHT), tol=6)
    assert legend_px > 20 * len(colours)


def test_map_page_draws_markers(fixture_store, tmp_path):
    G = location_network(fixture_store)
    page, shown = map_html(G)
    assert shown == 7  # Moscow, Kyiv, Pokrovsk, its raion; its oblast, Russia and Ukraine at their centroids
    colours = [TYPE_COLORS["City"]]
    # Markers are drawn with 85 % opacity over the map background: compare to that blend.
    blend = ["#%02x%02x%02x" % tuple(round(0.85 * int(c[i:i + 2], 16) + 0.15 * bg) for i, bg in zip((1, 3, 5), (0xF4, 0xF1, 0xEA)))
             for c in colours]
    area = (0, 0, WIDTH - 260, HEIGHT)  # the legend box is in the top-right corner
    drawn_px = colour_pixels(screenshot(page, tmp_path, "map"), blend, area)
    empty_page, _ = map_html(nx.MultiDiGraph())
    empty_px = colour_pixels(screenshot(empty_page, tmp_path, "map-empty"), blend, area)
    assert empty_px < 20
    # Three circles of radius 9 px (one event each): ~250 px of fill each.
    assert drawn_px > 3 * 150, drawn_px
    # Ukraine at its centroid (in view; Russia's, in Siberia, is not: the view fits the cities).
    country = ["#%02x%02x%02x" % tuple(round(0.85 * int(c[i:i + 2], 16) + 0.15 * bg)
                                       for i, bg in zip((1, 3, 5), (0xF4, 0xF1, 0xEA))) for c in [TYPE_COLORS["Country"]]]
    assert colour_pixels(tmp_path / "map.png", country, area) > 30  # radius 5 px: no events there
    # The offline basemap: borders (grey) and coastlines (blue-grey) are drawn, with or without places.
    for png in ("map.png", "map-empty.png"):
        lines = colour_pixels(tmp_path / png, ["#8c8c8c", "#7a96ad"], area, tol=20)
        assert lines > 500, (png, lines)


def dump_dom(html: str, tmp_path: Path, name: str) -> str:
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
           f"--user-data-dir={tmp_path / ('profile-' + name)}", f"--window-size={WIDTH},{HEIGHT}",
           "--virtual-time-budget=8000", "--dump-dom", page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90).stdout


def _places(coords: list[tuple[float, float]]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i, (lat, lon) in enumerate(coords):
        G.add_node(f"p{i}", iri=f"https://w3id.org/conflict-kg/id/test/p{i}", type="City", label_en=f"Place number {i}",
                   label_ja=f"場所{i}", lat=lat, lon=lon, events=10 - i)
    return G


def test_map_labels_are_decluttered(tmp_path):
    import re

    crowded, _ = map_html(_places([(48.0 + 0.001 * i, 37.0) for i in range(8)] + [(50.0, 30.0), (46.0, 33.0)]))
    dom = dump_dom(crowded, tmp_path, "crowded")
    labels = re.findall(r'<div class="[^"]*ckg-label[^"]*"[^>]*>', dom)
    hidden = [t for t in labels if "visibility: hidden" in t]
    assert len(labels) == 10 and len(hidden) >= 6, (len(labels), len(hidden))
    # The place with the most events keeps its label; labels far apart all stay.
    visible = " ".join(t for t in labels if "visibility: hidden" not in t)
    assert "ckg-rank-0 " in visible and "ckg-rank-8 " in visible and "ckg-rank-9 " in visible
    spread, _ = map_html(_places([(50.0, 30.0), (46.0, 33.0), (48.0, 38.0)]))
    labels = re.findall(r'<div class="[^"]*ckg-label[^"]*"[^>]*>', dump_dom(spread, tmp_path, "spread"))
    assert len(labels) == 3 and not [t for t in labels if "visibility: hidden" in t]


def test_map_draws_oblast_boundaries(tmp_path):
    # Kyiv, Kharkiv and Kupiansk: the view is eastern Ukraine, where every oblast boundary is in the admin-1 layer.
    G = _places([(50.45, 30.52), (49.98, 36.25), (49.71, 37.62)])
    area = (0, 0, WIDTH - 260, HEIGHT)
    drawn = {}
    for admin1 in (True, False):
        page, shown = map_html(G, admin1=admin1)
        assert shown == 3
        # Thin (0.7 px) lines are anti-aliased into the background: count pixels near their colour.
        drawn[admin1] = colour_pixels(screenshot(page, tmp_path, f"oblasts-{admin1}"), ["#b4aca0"], area, tol=20)
    # Without the layer, only the graticule and the anti-aliased borders come near that colour.
    assert drawn[True] > 2 * drawn[False] and drawn[True] - drawn[False] > 1000, drawn
