"""A map of the places in the graph (folium / Leaflet), offline-capable.

folium references Leaflet, jQuery and Bootstrap on CDNs. The map drawn here
needs only Leaflet (circle markers, tooltips, popups), so the CDN links are
dropped and Leaflet 1.9.4's JS and CSS are inlined from the pinned PyPI
package ``django-js-lib-leaflet`` (which ships the unmodified Leaflet
release files; only its ``static/`` files are read, Django is never
imported). The page therefore opens with no network at all.

Without network there are no map tiles either: by default the basemap is
Natural Earth's country borders and coastlines (1:50m, public domain,
vendored in ``conflict_kg/kg/data/basemap.json`` by ``conflict_kg/kg/data/build_basemap.py``; only
the lines near the places drawn are put in the page) under a light
latitude/longitude graticule, and, unless ``admin1=False``, the first-level
administrative boundaries (oblasts, krais, republics) of Ukraine, Russia,
Belarus and Moldova as a thin layer under the borders (Natural Earth 1:10m,
simplified, vendored in ``conflict_kg/kg/data/admin1.json`` by
``conflict_kg/kg/data/build_admin1.py``; again only the rings near the view).
``tiles="OpenStreetMap"`` adds the online basemap when one is wanted.

Every place with coordinates is drawn: the store's own, else the shipped
gazetteer's. A country is drawn at the centroid of its mainland (Natural
Earth), an oblast at the centroid of its boundary (Natural Earth; an oblast
without one at the mean position of the gazetteer's settlements in it), even
when the store gives it a representative point. Those centroid markers have a
dashed outline. Labels show furigana-free names
(``ロシア第76空挺(くうてい)師団`` -> ``ロシア第76空挺師団``; the full label is in the
popup) and are decluttered in the browser: after every zoom or pan, a label
overlapping one of a place with more events is hidden (hover still shows it).

Markers are sized by the number of events at a place (``5 + 4·√events``
pixels) and coloured by place type; the legend and the popups' own words are
in the label language; all document text is HTML-escaped.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx

from conflict_kg.kg.network import location_network
from conflict_kg.kg.viz import TYPE_COLORS, escape, node_label

__all__ = ["marker_radius", "graticule_lines", "strip_furigana", "basemap_lines", "admin1_lines", "place_coordinates",
           "places_map", "map_html", "write_map_html", "leaflet_assets"]

_OTHER_COLOR = "#bab0ac"
_ID = re.compile(r"(?<=_)[0-9a-f]{32}(?![0-9a-z])")
_ENTITY = "https://w3id.org/conflict-kg/id/"
#: A reading in parentheses right after kanji: 空挺(くうてい), 師団（しだん）.
_FURIGANA = re.compile(r"(?<=[\u3400-\u9fff\u3005])[(（][\u3041-\u309f\u30fc]+[)）]")
#: Legend texts by label language.
_LEGEND_TEXT = {
    "en": {"title": "Places", "with": "with coordinates", "size": "Circle size = number of events there.",
           "centroid": "Dashed outline: country or oblast, drawn at its centroid.",
           "missing": "No coordinates", "basemap": "Borders and coastlines: Natural Earth.",
           "admin1": "Borders, oblast boundaries and coastlines: Natural Earth."},
    "ja": {"title": "場所", "with": "か所（座標あり）", "size": "円の大きさ＝そこでの出来事の数",
           "centroid": "破線の円：国・州（中心点に表示）", "missing": "座標なし",
           "basemap": "国境・海岸線：Natural Earth", "admin1": "国境・州境・海岸線：Natural Earth"},
}
#: Places drawn at the centroid of their area when it is known, rather than at a representative point.
_AREA_TYPES = frozenset({"Country", "AdministrativeRegion"})
#: The popup's own words by label language (place names and IRIs stay as they are).
_POPUP_TEXT = {"en": {"events": "events", "mentions": "mentions", "centroid": " (centroid)"},
               "ja": {"events": "出来事", "mentions": "言及", "centroid": "（中心点）"}}
_TYPE_NAMES_JA = {"Country": "国", "AdministrativeRegion": "州・行政区", "City": "都市", "Settlement": "集落",
                  "Facility": "施設", "Waterbody": "水域", "Location": "地域・地点"}


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


def strip_furigana(label: str) -> str:
    """``label`` without readings in parentheses after kanji (the full label stays the alternative).

    >>> strip_furigana("ロシア第76空挺(くうてい)師団"), strip_furigana("ハルキウ州（Kharkiv）")
    ('ロシア第76空挺師団', 'ハルキウ州（Kharkiv）')
    """
    return _FURIGANA.sub("", label)


@lru_cache(maxsize=1)
def _basemap() -> dict[str, Any]:
    return json.loads((files("conflict_kg.kg.data") / "basemap.json").read_text(encoding="utf-8"))


def basemap_lines(south: float, west: float, north: float, east: float) -> dict[str, list[list[list[float]]]]:
    """Natural Earth borders and coastlines (``[[lon, lat], ...]`` lines) whose extent meets the box.

    >>> lines = basemap_lines(44.0, 22.0, 53.0, 41.0)  # Ukraine and around
    >>> len(lines["borders"]) > 5 and len(lines["coastline"]) > 0
    True
    """
    out: dict[str, list] = {}
    for kind in ("borders", "coastline"):
        out[kind] = [points for (w, s, e, n), points in _basemap()[kind]
                     if w <= east and e >= west and s <= north and n >= south]
    return out


@lru_cache(maxsize=1)
def _admin1() -> list[dict[str, Any]]:
    return json.loads((files("conflict_kg.kg.data") / "admin1.json").read_text(encoding="utf-8"))["regions"]


def admin1_lines(south: float, west: float, north: float, east: float) -> list[list[list[float]]]:
    """Rings (``[[lon, lat], ...]``) of the first-level regions of ``admin1.json`` that meet the box.

    >>> len(admin1_lines(47.5, 37.0, 48.5, 38.0)) > 0  # Donetsk oblast and its neighbours
    True
    >>> admin1_lines(35.0, 135.0, 36.0, 136.0)  # Japan: no region of the conflict's countries there
    []
    """
    return [points for region in _admin1() for (w, s, e, n), points in region["lines"]
            if w <= east and e >= west and s <= north and n >= south]


@lru_cache(maxsize=1)
def _known_coordinates() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """``(points, centroids)`` by gazetteer key: places' own coordinates; countries' mainland centroids
    (Natural Earth), oblasts' boundary centroids (Natural Earth admin-1), else their mean settlement position."""
    from conflict_kg.kg.gazetteer import load_gazetteer

    entries = load_gazetteer().entries
    points = {k: (e.lat, e.lon) for k, e in entries.items() if e.lat is not None and e.lon is not None}
    members: dict[str, list[tuple[float, float]]] = {}
    for e in entries.values():
        if e.region and e.lat is not None and e.lon is not None:
            members.setdefault(e.region, []).append((e.lat, e.lon))
    countries = _basemap()["countries"]
    centroids: dict[str, tuple[float, float]] = {}
    for k, e in entries.items():
        if e.type == "Country" and e.country and e.country.upper() in countries:
            lat, lon = countries[e.country.upper()]
            centroids[k] = (lat, lon)
        elif e.type == "AdministrativeRegion" and members.get(k):
            pts = members[k]
            centroids[k] = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
    centroids.update({r["key"]: tuple(r["centroid"]) for r in _admin1() if r["key"] in entries})
    return points, centroids


def place_coordinates(G: nx.Graph) -> dict[Any, tuple[float, float, bool]]:
    """``node -> (lat, lon, is_centroid)`` for every node of ``G`` whose position is known: a country's
    or oblast's centroid, else its own ``lat``/``lon``, else the gazetteer's point."""
    points, centroids = _known_coordinates()
    out: dict[Any, tuple[float, float, bool]] = {}
    for n, d in G.nodes(data=True):
        key = unquote(str(d.get("iri") or n).removeprefix(_ENTITY))
        if key in centroids and d.get("type") in _AREA_TYPES:
            out[n] = (*centroids[key], True)
        elif d.get("lat") is not None and d.get("lon") is not None:
            out[n] = (float(d["lat"]), float(d["lon"]), False)
        elif key in points:
            out[n] = (*points[key], False)
        elif key in centroids:
            out[n] = (*centroids[key], True)
    return out


def _label(d: dict[str, Any], lang: str) -> str:
    return strip_furigana(node_label(d, lang))


def _popup(d: dict[str, Any], lang: str, lat: float, lon: float, centroid: bool) -> str:
    shown = _label(d, lang)
    rows = [f"<b>{escape(shown)}</b>"]
    # The other language's label, and the label with its furigana when that was stripped.
    rows += [escape(alt) for alt in dict.fromkeys((d.get("label_en"), d.get("label_ja"), node_label(d, lang)))
             if alt and alt != shown]
    text = _POPUP_TEXT.get(lang, _POPUP_TEXT["en"])
    kind = d.get("type", "")
    rows.append(escape(_TYPE_NAMES_JA.get(kind, kind) if lang == "ja" else kind))
    types = d.get("event_types") or {}
    detail = ", ".join(f"{escape(t)} {c}" for t, c in types.items())
    rows.append(f"{text['events']}: {int(d.get('events', 0))}" + (f" ({detail})" if detail else ""))
    rows.append(f"{text['mentions']}: {int(d.get('mentions', 0))}")
    rows.append(f"{lat:.4f}, {lon:.4f}" + (text["centroid"] if centroid else ""))
    rows.append(f"<small>{escape(d.get('iri', ''))}</small>")
    return "<br>".join(rows)


def _add_basemap(m: Any, south: float, west: float, north: float, east: float, admin1: bool = True) -> set[str]:
    """Oblast boundaries (thin, light; first, so under the rest), borders (grey) and coastlines
    (blue-grey) around the box, as one GeoJSON layer each; returns the kinds drawn."""
    import folium

    margin = max(north - south, east - west, 4.0)
    box = (south - margin, west - margin, north + margin, east + margin)
    lines = basemap_lines(*box)
    lines["admin1"] = admin1_lines(*box) if admin1 else []
    styles = {"admin1": {"color": "#b4aca0", "weight": 0.7}, "coastline": {"color": "#7a96ad", "weight": 1.2},
              "borders": {"color": "#8c8c8c", "weight": 1.2}}
    drawn = set()
    for kind in ("admin1", "coastline", "borders"):
        if lines[kind]:
            drawn.add(kind)
            feature = {"type": "Feature", "properties": {"kind": kind},
                       "geometry": {"type": "MultiLineString", "coordinates": lines[kind]}}
            style = styles[kind]
            folium.GeoJson(feature, name=kind, style_function=lambda _f, style=style: dict(style),
                           interactive=False, control=False).add_to(m)
    return drawn


def places_map(G: nx.Graph, *, label_lang: str = "en", tiles: str | None = None, admin1: bool = True):
    """A :class:`folium.Map` of the nodes of ``G`` whose position is known (:func:`place_coordinates`).

    ``admin1=False`` leaves out the oblast boundaries. Returns ``(map, number of markers)``; the
    map's ``ckg_basemap`` attribute names the basemap layers drawn (``admin1``, ``borders``, ``coastline``).
    """
    import folium

    where = place_coordinates(G)
    placed = sorted(((n, d) for n, d in G.nodes(data=True) if n in where),
                    key=lambda nd: (-int(nd[1].get("events", 0)), str(nd[0])))
    # The view fits the places drawn at their own position; centroids only when there is nothing else
    # (Russia's centroid is in Siberia: fitting it would shrink a map of Donbas to a dot).
    framed = [n for n, _d in placed if not where[n][2]] or [n for n, _d in placed]
    lats = [where[n][0] for n in framed] or [48.5]
    lons = [where[n][1] for n in framed] or [31.5]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    m = folium.Map(location=[(south + north) / 2, (west + east) / 2], zoom_start=5, tiles=tiles,
                   control_scale=True, prefer_canvas=False)
    m.ckg_basemap = set()
    if tiles is None:
        # Offline: drop every CDN reference; Leaflet itself is inlined by map_html().
        m.default_js = []
        m.default_css = []
        m.ckg_basemap = _add_basemap(m, south, west, north, east, admin1)
    for line in graticule_lines(south, west, north, east):
        folium.PolyLine(line, color="#c8c8c8", weight=1, dash_array="4 4", interactive=False).add_to(m)
    # Drawn smallest-count last (on top); labels ranked by event count for decluttering (rank 0 wins).
    rank = {n: i for i, (n, _d) in enumerate(placed)}
    for n, d in reversed(placed):
        lat, lon, centroid = where[n]
        radius = marker_radius(int(d.get("events", 0)))
        folium.CircleMarker(
            [lat, lon], radius=radius, color="#333333", weight=1.5 if centroid else 1,
            dash_array="3 3" if centroid else None, fill=True,
            fill_color=TYPE_COLORS.get(d.get("type", ""), _OTHER_COLOR), fill_opacity=0.85,
            tooltip=folium.Tooltip(escape(_label(d, label_lang)), permanent=True, direction="right",
                                   offset=(int(radius), 0), className=f"ckg-label ckg-rank-{rank[n]}"),
            popup=folium.Popup(_popup(d, label_lang, lat, lon, centroid), max_width=320),
        ).add_to(m)
    if len(framed) > 1:
        m.fit_bounds([[south, west], [north, east]], padding=(40, 40))
    return m, len(placed)


def _legend(G: nx.Graph, shown: int, label_lang: str, admin1: bool = False) -> str:
    text = _LEGEND_TEXT.get(label_lang, _LEGEND_TEXT["en"])
    where = place_coordinates(G)
    types = sorted({d.get("type", "") for n, d in G.nodes(data=True) if n in where})
    missing = sorted(_label(d, label_lang) for n, d in G.nodes(data=True) if n not in where)
    name = (lambda t: _TYPE_NAMES_JA.get(t, t)) if label_lang == "ja" else (lambda t: t)
    parts = [f"<div id='ckg-map-legend'><b>{escape(text['title'])}</b>: {shown} {escape(text['with'])}<br>"]
    parts += [f"<span style='display:inline-block;width:10px;height:10px;border-radius:5px;background:"
              f"{TYPE_COLORS.get(t, _OTHER_COLOR)};margin-right:4px'></span>{escape(name(t))}<br>" for t in types]
    parts.append(escape(text["size"]))
    if any(c for _lat, _lon, c in where.values()):
        parts.append("<br>" + escape(text["centroid"]))
    if missing:
        shown_missing = ", ".join(missing[:12]) + (f" (+{len(missing) - 12})" if len(missing) > 12 else "")
        parts.append(f"<br><small>{escape(text['missing'])}: {escape(shown_missing)}</small>")
    parts.append(f"<br><small>{escape(text['admin1' if admin1 else 'basemap'])}</small></div>")
    return "".join(parts)


#: After every zoom or pan, hide each label that overlaps a label of a place with more events
#: (ranks come from the ``ckg-rank-N`` class; hovering a marker still shows its tooltip).
_DECLUTTER = """<script>
document.addEventListener('DOMContentLoaded', function () {
  function declutter() {
    var els = Array.prototype.slice.call(document.querySelectorAll('.ckg-label'));
    function rank(el) { var m = /ckg-rank-(\\d+)/.exec(el.className); return m ? +m[1] : 1e9; }
    els.sort(function (a, b) { return rank(a) - rank(b); });
    var kept = [];
    els.forEach(function (el) {
      el.style.visibility = '';
      var r = el.getBoundingClientRect();
      var hit = kept.some(function (k) {
        return r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top; });
      if (hit) { el.style.visibility = 'hidden'; } else { kept.push(r); }
    });
  }
  for (var key in window) {
    if (key.indexOf('map_') === 0 && window[key] && window[key].on && window[key].getZoom) {
      window[key].on('zoomend moveend', declutter);
    }
  }
  setTimeout(declutter, 0);
});
</script>"""


#: folium builds popup content with jQuery's ``$(html)[0]`` and nothing else of jQuery; offline we
#: provide exactly that (parse one HTML fragment) instead of loading jQuery from a CDN.
_DOLLAR_SHIM = ("<script>if (typeof window.$ === 'undefined') { window.$ = function (markup) {"
                " var t = document.createElement('template'); t.innerHTML = String(markup).trim();"
                " return [t.content.firstElementChild]; }; }</script>")
_LEGEND_CSS = ("<style>.ckg-label{background:rgba(255,255,255,.8);border:0;box-shadow:none;padding:1px 4px}"
               "#ckg-map-legend{position:fixed;top:10px;right:10px;z-index:1000;background:rgba(255,255,255,.92);"
               "padding:8px 10px;border:1px solid #bbb;border-radius:4px;font:13px sans-serif;max-width:300px}"
               ".leaflet-container{background:#f4f1ea}</style>")


def map_html(G: nx.Graph, *, label_lang: str = "en", tiles: str | None = None, admin1: bool = True) -> tuple[str, int]:
    """Render :func:`places_map` as one HTML page; returns ``(html, markers)``.

    Element ids (random in folium) are renumbered in order of appearance so
    the same graph always gives the same page.
    """
    import folium

    m, shown = places_map(G, label_lang=label_lang, tiles=tiles, admin1=admin1)
    root = m.get_root()
    if tiles is None:
        js, css = leaflet_assets()
        root.header.add_child(folium.Element(f"<style>{css}</style>"), name="leaflet_css_inline")
        root.header.add_child(folium.Element(f"<script>{js}</script>"), name="leaflet_js_inline")
        root.header.add_child(folium.Element(_DOLLAR_SHIM), name="jquery_shim")
    legend = _legend(G, shown, label_lang, admin1="admin1" in m.ckg_basemap)
    root.html.add_child(folium.Element(_LEGEND_CSS + legend), name="ckg_legend")
    root.html.add_child(folium.Element(_DECLUTTER), name="ckg_declutter")
    page = root.render()
    ids: dict[str, str] = {}
    page = _ID.sub(lambda mo: ids.setdefault(mo.group(0), f"{len(ids):032x}"), page)
    return page, shown


def write_map_html(store: Any, out: str | Path, *, label_lang: str = "en", tiles: str | None = None,
                   admin1: bool = True, **filters: Any) -> int:
    """Write the places map of ``store`` to ``out``; returns the number of markers.

    ``filters`` go to :func:`conflict_kg.kg.network.location_network` (``since``,
    ``until``, ``event_types``...), so the circle sizes count only the
    events that pass them.
    """
    page, shown = map_html(location_network(store, **filters), label_lang=label_lang, tiles=tiles, admin1=admin1)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return shown
