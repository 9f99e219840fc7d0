"""A map of the places in the graph (folium / Leaflet), offline-capable.

folium references Leaflet, jQuery and Bootstrap on CDNs. The map drawn here
needs only Leaflet (circle markers, tooltips, popups), so the CDN links are
dropped and Leaflet 1.9.4's JS and CSS are inlined from the pinned PyPI
package ``django-js-lib-leaflet`` (which ships the unmodified Leaflet
release files; only its ``static/`` files are read, Django is never
imported). The page therefore opens with no network at all.

Without network there are no map tiles either: by default the map has no
basemap, only a light latitude/longitude graticule (every ``step`` degrees)
and permanent place labels for orientation; ``tiles="OpenStreetMap"`` adds
the online basemap when one is wanted.

Markers are sized by the number of events at a place (``5 + 4·√events``
pixels) and coloured by place type; all document text is HTML-escaped.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from kg.network import location_network
from kg.viz import TYPE_COLORS, escape, node_label

__all__ = ["marker_radius", "graticule_lines", "places_map", "map_html", "write_map_html", "leaflet_assets"]

_OTHER_COLOR = "#bab0ac"
#: Above this many markers permanent labels would cover the map; hover tooltips remain.
_MAX_PERMANENT_LABELS = 60
_ID = re.compile(r"(?<=_)[0-9a-f]{32}\b")


@lru_cache(maxsize=1)
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's ``(js, css)`` from the pinned ``django-js-lib-leaflet`` package."""
    base = files("js_lib_leaflet") / "static" / "js_lib_leaflet"
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")
    # Never let the inlined library close our <script>/<style> element early.
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def marker_radius(events: int) -> float:
    """Circle radius in pixels for a place with ``events`` events.

    >>> marker_radius(0), marker_radius(4)
    (5.0, 13.0)
    """
    return 5.0 + 4.0 * math.sqrt(max(0, events))


def graticule_lines(south: float, west: float, north: float, east: float, step: float | None = None) -> list[list[tuple[float, float]]]:
    """Meridians and parallels every ``step`` degrees covering the box (with a margin of one step).

    ``step`` defaults to 1, 2, 5, 10 or 20 degrees, whichever gives a handful of lines.

    >>> [line[0] for line in graticule_lines(48.0, 30.0, 50.0, 37.0, step=5)][:4]
    [(40, 25), (45, 25), (50, 25), (55, 25)]
    """
    span = max(north - south, east - west, 1e-6)
    if step is None:
        step = next((s for s in (1, 2, 5, 10, 20) if span / s <= 8), 30)
    lo_lat, hi_lat = math.floor(south / step) * step - step, math.ceil(north / step) * step + step
    lo_lon, hi_lon = math.floor(west / step) * step - step, math.ceil(east / step) * step + step
    lo_lat, hi_lat = max(lo_lat, -80), min(hi_lat, 80)
    lines = [[(lat, lo_lon), (lat, hi_lon)] for lat in _frange(lo_lat, hi_lat, step)]
    lines += [[(lo_lat, lon), (hi_lat, lon)] for lon in _frange(lo_lon, hi_lon, step)]
    return lines


def _frange(lo: float, hi: float, step: float) -> list[float]:
    return [lo + i * step for i in range(int(round((hi - lo) / step)) + 1)]


def _popup(d: dict[str, Any]) -> str:
    rows = [f"<b>{escape(d.get('label_en', ''))}</b>"]
    if d.get("label_ja") and d.get("label_ja") != d.get("label_en"):
        rows.append(escape(d["label_ja"]))
    rows.append(escape(d.get("type", "")))
    types = d.get("event_types") or {}
    detail = ", ".join(f"{escape(t)} {c}" for t, c in types.items())
    rows.append(f"events: {int(d.get('events', 0))}" + (f" ({detail})" if detail else ""))
    rows.append(f"mentions: {int(d.get('mentions', 0))}")
    rows.append(f"{float(d['lat']):.4f}, {float(d['lon']):.4f}")
    rows.append(f"<small>{escape(d.get('iri', ''))}</small>")
    return "<br>".join(rows)


def places_map(G: nx.Graph, *, label_lang: str = "en", tiles: str | None = None):
    """A :class:`folium.Map` of the nodes of ``G`` that have ``lat``/``lon``.

    Returns ``(map, number of markers)``.
    """
    import folium

    placed = sorted(((n, d) for n, d in G.nodes(data=True) if d.get("lat") is not None and d.get("lon") is not None),
                    key=lambda nd: (-int(nd[1].get("events", 0)), str(nd[0])))
    lats = [float(d["lat"]) for _n, d in placed] or [48.5]
    lons = [float(d["lon"]) for _n, d in placed] or [31.5]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    m = folium.Map(location=[(south + north) / 2, (west + east) / 2], zoom_start=5, tiles=tiles,
                   control_scale=True, prefer_canvas=False)
    if tiles is None:
        # Offline: drop every CDN reference; Leaflet itself is inlined by map_html().
        m.default_js = []
        m.default_css = []
    for line in graticule_lines(south, west, north, east):
        folium.PolyLine(line, color="#c8c8c8", weight=1, dash_array="4 4", interactive=False).add_to(m)
    permanent = len(placed) <= _MAX_PERMANENT_LABELS
    for n, d in sorted(placed, key=lambda nd: int(nd[1].get("events", 0))):  # big circles drawn first, small on top
        color = TYPE_COLORS.get(d.get("type", ""), _OTHER_COLOR)
        folium.CircleMarker(
            [float(d["lat"]), float(d["lon"])], radius=marker_radius(int(d.get("events", 0))),
            color="#333333", weight=1, fill=True, fill_color=color, fill_opacity=0.85,
            tooltip=folium.Tooltip(escape(node_label(d, label_lang)), permanent=permanent, direction="right",
                                   offset=(int(marker_radius(int(d.get("events", 0)))), 0)),
            popup=folium.Popup(_popup(d), max_width=320),
        ).add_to(m)
    if len(placed) > 1:
        m.fit_bounds([[south, west], [north, east]], padding=(40, 40))
    return m, len(placed)


def _legend(G: nx.Graph, shown: int, label_lang: str) -> str:
    types = sorted({d.get("type", "") for _n, d in G.nodes(data=True) if d.get("lat") is not None})
    missing = sorted(node_label(d, label_lang) for _n, d in G.nodes(data=True) if d.get("lat") is None)
    title = "Places" if label_lang == "en" else "場所"
    parts = [f"<div id='ckg-map-legend'><b>{escape(title)}</b>: {shown} with coordinates<br>"]
    parts += [f"<span style='display:inline-block;width:10px;height:10px;border-radius:5px;background:"
              f"{TYPE_COLORS.get(t, _OTHER_COLOR)};margin-right:4px'></span>{escape(t)}<br>" for t in types]
    parts.append("Circle size = number of events there.")
    if missing:
        shown_missing = ", ".join(missing[:12]) + (f" (+{len(missing) - 12})" if len(missing) > 12 else "")
        parts.append(f"<br><small>No coordinates: {escape(shown_missing)}</small>")
    parts.append("</div>")
    return "".join(parts)


#: folium builds popup content with jQuery's ``$(html)[0]`` and nothing else of jQuery; offline we
#: provide exactly that (parse one HTML fragment) instead of loading jQuery from a CDN.
_DOLLAR_SHIM = ("<script>if (typeof window.$ === 'undefined') { window.$ = function (markup) {"
                " var t = document.createElement('template'); t.innerHTML = String(markup).trim();"
                " return [t.content.firstElementChild]; }; }</script>")
_LEGEND_CSS = ("<style>#ckg-map-legend{position:fixed;top:10px;right:10px;z-index:1000;background:rgba(255,255,255,.92);"
               "padding:8px 10px;border:1px solid #bbb;border-radius:4px;font:13px sans-serif;max-width:300px}"
               ".leaflet-container{background:#f4f1ea}</style>")


def map_html(G: nx.Graph, *, label_lang: str = "en", tiles: str | None = None) -> tuple[str, int]:
    """Render :func:`places_map` as one HTML page; returns ``(html, markers)``.

    Element ids (random in folium) are renumbered in order of appearance so
    the same graph always gives the same page.
    """
    import folium

    m, shown = places_map(G, label_lang=label_lang, tiles=tiles)
    root = m.get_root()
    if tiles is None:
        js, css = leaflet_assets()
        root.header.add_child(folium.Element(f"<style>{css}</style>"), name="leaflet_css_inline")
        root.header.add_child(folium.Element(f"<script>{js}</script>"), name="leaflet_js_inline")
        root.header.add_child(folium.Element(_DOLLAR_SHIM), name="jquery_shim")
    root.html.add_child(folium.Element(_LEGEND_CSS + _legend(G, shown, label_lang)), name="ckg_legend")
    page = root.render()
    ids: dict[str, str] = {}
    page = _ID.sub(lambda mo: ids.setdefault(mo.group(0), f"{len(ids):032x}"), page)
    return page, shown


def write_map_html(store: Any, out: str | Path, *, label_lang: str = "en", tiles: str | None = None,
                   **filters: Any) -> int:
    """Write the places map of ``store`` to ``out``; returns the number of markers.

    ``filters`` go to :func:`kg.network.location_network` (``since``,
    ``until``, ``event_types``...), so the circle sizes count only the
    events that pass them.
    """
    page, shown = map_html(location_network(store, **filters), label_lang=label_lang, tiles=tiles)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return shown
