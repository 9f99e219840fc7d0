"""Interactive HTML (pyvis / vis-network) of the actor and location networks.

The page is self-contained and works offline: vis-network is inlined from
the pyvis package (``cdn_resources="in_line"``) and the template's Bootstrap
CDN links, which only style a card, are removed.

Everything that comes from documents is escaped: hover texts are HTML built
here with :func:`html.escape`, node labels are drawn on a canvas and reach
the page through Jinja's ``tojson`` (which escapes ``<``, ``>``, ``&`` and
``'``), so a label such as ``<script>`` is shown, never run.
"""
from __future__ import annotations

import html
import logging
import math
import re
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from conflict_kg.kg.network import actor_network, location_network, top_k_nodes, weighted_degree

__all__ = [
    "TYPE_COLORS",
    "SIDE_COLORS",
    "RELATION_COLORS",
    "DEFAULT_MAX_NODES",
    "escape",
    "node_label",
    "network_html",
    "write_network_html",
]

log = logging.getLogger(__name__)

#: Fill colour of a node by entity type (Tableau 10 hues: distinct in print and for most colour-blind readers).
TYPE_COLORS = {
    "Person": "#f28e2b",
    "Government": "#59a14f",
    "MilitaryUnit": "#9c755f",
    "InternationalOrganization": "#76b7b2",
    "MediaOutlet": "#b07aa1",
    "Organization": "#edc948",
    "Country": "#e15759",
    "AdministrativeRegion": "#ff9da7",
    "City": "#4e79a7",
    "Settlement": "#a0cbe8",
    "Facility": "#86bcb6",
    "Waterbody": "#17becf",
    "Location": "#8cd17d",
}
_OTHER_COLOR = "#bab0ac"
#: Border colour of a node whose side is known.
SIDE_COLORS = {"russia": "#b2182b", "ukraine": "#0057b7"}
_SIDE_NAMES = {"russia": ("Russian side", "ロシア側"), "ukraine": ("Ukrainian side", "ウクライナ側")}
RELATION_COLORS = {
    "met": "#2ca02c",
    "attacked": "#d62728",
    "statement_about": "#9467bd",
    "holds_role_in": "#7f7f7f",
    "co_participated": "#bcbd22",
    "disputed": "#ff7f0e",
    "co_located": "#d62728",
    "located_in": "#7f7f7f",
    "co_mentioned": "#aec7e8",
}
_RELATION_NAMES = {
    "met": "met", "attacked": "attacked", "statement_about": "made a statement about",
    "holds_role_in": "holds a role in", "co_participated": "took part in an event with",
    "disputed": "disputed a claim of", "co_located": "same event", "located_in": "located in",
    "co_mentioned": "named in the same sentence",
}
#: Above this many nodes the page keeps only the top-k by weighted degree (vis-network slows past a few thousand).
DEFAULT_MAX_NODES = 3000
#: Pixels per degree when places are pinned at their coordinates.
_GEO_SCALE = 150.0


_JS_TEMPLATE_CHARS = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})


def escape(text: Any) -> str:
    """HTML-escape document text for hover texts.

    Besides ``<>&"'``, the characters that matter inside a JavaScript
    template literal (folium puts popup and tooltip HTML in backticks) are
    written as character references: `` ` ``, ``$`` and ``\\``. ``href`` is
    written as ``&#104;ref`` (same rendering) because pyvis switches to its
    link-popup template when a title contains ``href``.

    >>> escape('<script>alert("x")</script> href ${1}`')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#104;ref &#36;{1}&#96;'
    """
    text = html.escape(str(text), quote=True).translate(_JS_TEMPLATE_CHARS)
    return re.sub("href", "&#104;ref", text, flags=re.IGNORECASE)


def node_label(data: dict[str, Any], lang: str = "en") -> str:
    """The node's label in ``lang``, falling back to the other language.

    >>> node_label({"label_en": "Kyiv", "label_ja": "キーウ"}, "ja")
    'キーウ'
    """
    other = "ja" if lang == "en" else "en"
    return str(data.get(f"label_{lang}") or data.get(f"label_{other}") or data.get("iri") or "")


def _node_title(n: Any, data: dict[str, Any], lang: str, degree: float) -> str:
    other = "ja" if lang == "en" else "en"
    lines = [f"<b>{escape(node_label(data, lang))}</b>"]
    alt = data.get(f"label_{other}")
    if alt and alt != node_label(data, lang):
        lines[0] += f" ({escape(alt)})"
    kind = escape(data.get("type", ""))
    if data.get("side"):
        kind += " · " + escape(_SIDE_NAMES.get(data["side"], (data["side"],) * 2)[0 if lang == "en" else 1])
    lines.append(kind)
    if data.get("roles"):
        lines.append("roles: " + escape("; ".join(data["roles"][:6])))
    types = data.get("event_types") or {}
    if data.get("events"):
        detail = ", ".join(f"{escape(t)} {c}" for t, c in types.items())
        lines.append(f"events: {int(data['events'])}" + (f" ({detail})" if detail else ""))
    counts = [f"statements: {int(data.get('statements', 0))}", f"mentions: {int(data.get('mentions', 0))}",
              f"weighted degree: {degree:g}"]
    lines.append(" · ".join(counts))
    lines.append(f"<small>{escape(data.get('iri', n))}</small>")
    return "<br>".join(lines)


def _edge_title(u_label: str, v_label: str, d: dict[str, Any]) -> str:
    rel = d.get("relation", "")
    arrow = "→" if d.get("directed", True) else "—"
    lines = [f"<b>{escape(u_label)}</b> {arrow} <b>{escape(v_label)}</b>",
             f"{escape(_RELATION_NAMES.get(rel, rel))} × {int(d.get('weight', 1))}"]
    if d.get("first_date"):
        span = d["first_date"] if d["first_date"] == d.get("last_date") else f"{d['first_date']} – {d.get('last_date', '')}"
        lines.append("dates: " + escape(span))
    if d.get("event_types"):
        lines.append("events: " + escape(", ".join(d["event_types"])))
    if d.get("documents"):
        docs = d["documents"]
        lines.append("documents: " + escape(", ".join(docs[:8])) + (f" (+{len(docs) - 8})" if len(docs) > 8 else ""))
    for ev in d.get("evidence", [])[:3]:
        lines.append(f"<i>“{escape(ev.get('text', ''))}”</i> — {escape(ev.get('doc', ''))}")
    return "<div style='max-width:460px;white-space:normal'>" + "<br>".join(lines) + "</div>"


def _mercator(lat: float, lon: float) -> tuple[float, float]:
    lat = max(-85.0, min(85.0, lat))
    y = math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))
    return lon * _GEO_SCALE, -y * _GEO_SCALE


def _options(n_nodes: int) -> dict[str, Any]:
    big = n_nodes > 500
    return {
        "layout": {"randomSeed": 42, "improvedLayout": n_nodes <= 150},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 150 if big else 400, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        "edges": {"smooth": {"enabled": not big, "type": "continuous"}, "hoverWidth": 1.5},
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
    }


# Injected into pyvis' drawGraph(): titles to DOM elements (vis-network shows title strings as
# plain text), then physics off once stabilized so the layout stays put.
_TITLES_JS = """
                  [nodes, edges].forEach(function (ds) {
                    ds.forEach(function (item) {
                      if (typeof item.title === "string") {
                        var div = document.createElement("div");
                        div.innerHTML = item.title;  // built by conflict_kg.kg.viz with all document text escaped
                        ds.update({id: item.id, title: div});
                      }
                    });
                  });
                  network = new vis.Network(container, data, options);"""
_SETTLE_JS = """
                  network.once("stabilizationIterationsDone", function () {
                    network.setOptions({physics: {enabled: false}});
                    network.fit();
                    document.body.setAttribute("data-stabilized", "1");
                  });
                  return network;"""
_CDN_TAG = re.compile(r"<(?:link|script)\s+(?:href|src)=\"https://cdn\.jsdelivr\.net/npm/bootstrap[^>]*>(?:\s*</script>)?", re.S)
_LEGEND_CSS = """<style>
body { margin: 0; font-family: sans-serif; }
#ckg-legend { position: fixed; top: 0; right: 0; width: 260px; height: 100%; overflow-y: auto; box-sizing: border-box;
  padding: 10px 12px; font-size: 13px; background: #fafafa; border-left: 1px solid #ddd; }
#ckg-legend h2 { font-size: 15px; margin: 0 0 6px 0; }
#ckg-legend .sw { display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 6px; vertical-align: middle; }
#ckg-legend .ln { display: inline-block; width: 22px; height: 3px; margin-right: 6px; vertical-align: middle; }
#ckg-legend .note { color: #a33; font-weight: bold; }
.vis-tooltip { max-width: 480px; white-space: normal !important; }
</style>"""


def _legend(title: str, G: nx.Graph, shown: int, total: int, message: str | None, lang: str) -> str:
    types = sorted({d.get("type", "") for _n, d in G.nodes(data=True)})
    sides = sorted({d.get("side") for _n, d in G.nodes(data=True) if d.get("side")})
    rels = sorted({d.get("relation", "") for *_e, d in G.edges(data=True)})
    parts = [f"<div id='ckg-legend'><h2>{escape(title)}</h2>",
             f"<div>{shown} nodes, {G.number_of_edges()} edges</div>"]
    if message:
        parts.append(f"<p class='note'>{escape(message)}</p>")
    parts.append("<h3>Nodes (fill = type)</h3>")
    parts += [f"<div><span class='sw' style='background:{TYPE_COLORS.get(t, _OTHER_COLOR)}'></span>{escape(t)}</div>"
              for t in types]
    if sides:
        parts.append("<h3>Border = side</h3>")
        parts += [f"<div><span class='sw' style='border:3px solid {SIDE_COLORS[s]};width:8px;height:8px'></span>"
                  f"{escape(_SIDE_NAMES[s][0 if lang == 'en' else 1])}</div>" for s in sides if s in SIDE_COLORS]
    parts.append("<h3>Edges</h3>")
    parts += [f"<div><span class='ln' style='background:{RELATION_COLORS.get(r, '#999')}'></span>"
              f"{escape(_RELATION_NAMES.get(r, r))}</div>" for r in rels]
    parts.append("<p>Size = weighted degree (number of records linking a node). Hover a node or an edge for "
                 "roles, counts, dates, documents and evidence. Drag to move; scroll to zoom.</p></div>")
    return "".join(parts)


def _vis_node(n: Any, d: dict[str, Any], node_id: int, degree: float, top: float, label_lang: str,
              geo: bool) -> dict[str, Any]:
    """One vis.js node: size by weighted degree, fill by type, border by side."""
    fill = TYPE_COLORS.get(d.get("type", ""), _OTHER_COLOR)
    side = SIDE_COLORS.get(d.get("side", ""))
    node = {
        "id": node_id, "label": node_label(d, label_lang), "shape": "dot",
        "size": round(10 + 30 * math.sqrt(degree / top), 2),
        "color": {"background": fill, "border": side or fill,
                  "highlight": {"background": fill, "border": "#000000"}},
        "borderWidth": 4 if side else 1,
        "title": _node_title(n, d, label_lang, degree),
    }
    if geo and d.get("lat") is not None and d.get("lon") is not None:
        node["x"], node["y"] = _mercator(float(d["lat"]), float(d["lon"]))
    return node


def _vis_edges(G: nx.Graph, ids: dict[Any, int], label_lang: str) -> Iterator[dict[str, Any]]:
    """vis.js edges in a stable order: width by weight, colour by relation."""
    pair_count: dict[tuple[int, int], int] = {}
    small = len(ids) <= 500
    for i, (u, v, k, d) in enumerate(sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))):
        a, b = ids[u], ids[v]
        pair = (min(a, b), max(a, b))
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        w = int(d.get("weight", 1))
        edge = {
            "id": f"e{i}", "from": a, "to": b,
            "color": {"color": RELATION_COLORS.get(d.get("relation", k), "#999999"), "opacity": 0.85},
            "width": round(1 + 2 * math.log2(w), 2) if w > 0 else 1,
            "title": _edge_title(node_label(G.nodes[u], label_lang), node_label(G.nodes[v], label_lang), d),
        }
        if d.get("directed", True):
            edge["arrows"] = "to"
        if small and nth:
            # Parallel edges (two relations between one pair) curve apart instead of overlapping.
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * nth}
        yield edge


def _finish_page(page: str, legend: str, title: str, label_lang: str) -> str:
    """pyvis's page made self-contained: no CDN tags, our title/settle scripts, the legend, a doctype."""
    page = _CDN_TAG.sub("", page)
    page = page.replace("network = new vis.Network(container, data, options);", _TITLES_JS, 1)
    page = page.replace("return network;", _SETTLE_JS, 1)
    page = page.replace("<body>", "<body>\n" + _LEGEND_CSS + legend, 1)
    page = page.replace("<html>", f"<!DOCTYPE html>\n<html lang=\"{escape(label_lang)}\">", 1)
    return page.replace("<head>", f"<head>\n<title>{escape(title)}</title>", 1)


def network_html(G: nx.Graph, *, label_lang: str = "en", title: str = "Network",
                 max_nodes: int = DEFAULT_MAX_NODES, geo: bool = False) -> tuple[str, int]:
    """Render a network from :mod:`conflict_kg.kg.network` as a self-contained HTML page.

    Returns ``(html, nodes drawn)``. Above ``max_nodes`` nodes only the top
    ``max_nodes`` by weighted degree are drawn, and the page says so.
    ``geo=True`` starts places that have coordinates at their (Mercator) map
    position; physics then only relaxes the layout.
    """
    from pyvis.network import Network

    total = G.number_of_nodes()
    message = None
    if total > max_nodes:
        G = G.subgraph(top_k_nodes(G, max_nodes)).copy()
        message = (f"Showing the {max_nodes} most connected of {total} nodes (top-k by weighted degree); "
                   "narrow with --top-k, --ego, --min-weight, --since/--until or --types.")
        log.warning(message)
    deg = weighted_degree(G)
    top = max(deg.values(), default=1) or 1
    net = Network(height="96vh", width="calc(100% - 262px)", directed=False, cdn_resources="in_line", heading="")
    nodes = sorted(G.nodes, key=str)
    ids = {n: i for i, n in enumerate(nodes)}
    for n in nodes:
        node = _vis_node(n, G.nodes[n], ids[n], deg.get(n, 0), top, label_lang, geo)
        net.nodes.append(node)
        net.node_ids.append(ids[n])
        net.node_map[ids[n]] = node
    net.edges.extend(_vis_edges(G, ids, label_lang))
    net.options = _options(len(nodes))
    legend = _legend(title, G, len(nodes), total, message, label_lang)
    return _finish_page(net.generate_html(), legend, title, label_lang), len(nodes)


def write_network_html(store: Any, kind: str, out: str | Path, *, label_lang: str = "en",
                       max_nodes: int = DEFAULT_MAX_NODES, **filters: Any) -> int:
    """Write the ``actors`` or ``locations`` network of ``store`` to ``out``; returns the number of nodes drawn.

    ``filters`` go to :func:`conflict_kg.kg.network.actor_network` / :func:`conflict_kg.kg.network.location_network`
    (``since``, ``until``, ``event_types``, ``relations``, ``min_weight``, ``top_k``, ``rank_by``,
    ``ego``, ``radius``).
    """
    if kind == "actors":
        G = actor_network(store, **filters)
        title = "Actor network" if label_lang == "en" else "行為主体ネットワーク"
    elif kind == "locations":
        G = location_network(store, **filters)
        title = "Location network" if label_lang == "en" else "場所ネットワーク"
    else:
        raise ValueError(f"kind must be 'actors' or 'locations', not {kind!r}")
    page, drawn = network_html(G, label_lang=label_lang, title=title, max_nodes=max_nodes, geo=kind == "locations")
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return drawn

