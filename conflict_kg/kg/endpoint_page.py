"""The endpoint's query page: YASGUI, vendored (no CDN), with this store's prefixes and shipped queries.

The page is static HTML plus a JSON configuration block (a ``<script
type="application/json">``, never executed); the editor, result table,
paging and CSV download are YASGUI's (``conflict_kg/kg/static/yasgui.min.*``,
@zazuko/yasgui 4.6.2, MIT, see ``conflict_kg/kg/static/LICENSE.yasgui``), and
``conflict_kg/kg/static/page.js`` wires it to this endpoint: queries go by POST to
``/sparql``, IRIs are shown as prefixed names, and a click on an IRI runs
``DESCRIBE`` on it. A Content-Security-Policy allows scripts and connections
to this server only; YASR escapes every value from the store.

>>> page = render_page(query="SELECT * WHERE { ?s ?p '</script><b>' }", queries=[], error="")
>>> b"</script><b>" in page
False
>>> static_file("../endpoint.py") is None, static_file("page.js")[1]
(True, 'text/javascript; charset=utf-8')
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

__all__ = ["PAGE_CSP", "PAGE_PREFIXES", "DEFAULT_QUERY", "render_page", "static_file", "prefix_block"]

STATIC = Path(__file__).resolve().parent / "static"
#: The files under /static/ (nothing else is served from disk).
_STATIC_TYPES = {
    "yasgui.min.js": "text/javascript; charset=utf-8",
    "yasgui.min.css": "text/css; charset=utf-8",
    "page.js": "text/javascript; charset=utf-8",
    "page.css": "text/css; charset=utf-8",
    "LICENSE.yasgui": "text/plain; charset=utf-8",
}
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

_BASE = "https://w3id.org/conflict-kg/"
#: Prefixes written above the default query and used to shorten IRIs in results (as conflict_kg.kg.rdf binds them).
PAGE_PREFIXES = {
    "ckg": _BASE + "ontology#",
    "ent": _BASE + "id/",
    "doc": _BASE + "doc/",
    "graph": _BASE + "graph/",
    "wd": "http://www.wikidata.org/entity/",
    "schema": "https://schema.org/",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "geof": "http://www.opengis.net/def/function/geosparql/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def prefix_block(prefixes: dict[str, str] = PAGE_PREFIXES) -> str:
    """``PREFIX`` lines for ``prefixes``."""
    width = max(len(p) for p in prefixes) + 1
    return "".join(f"PREFIX {(p + ':').ljust(width)} <{ns}>\n" for p, ns in prefixes.items())


DEFAULT_QUERY = prefix_block() + """
# Entities with their types and labels. Pick a shipped query above, or write your own;
# click an IRI in the results to DESCRIBE it.
SELECT ?entity ?type ?label WHERE {
  GRAPH graph:entities { ?entity a ?type ; skos:prefLabel ?label }
}
ORDER BY ?entity
LIMIT 200
"""


def static_file(name: str) -> tuple[bytes, str] | None:
    """The bytes and media type of a file under /static/, or None (only the listed files exist)."""
    ctype = _STATIC_TYPES.get(name)
    if ctype is None:
        return None
    return (STATIC / name).read_bytes(), ctype


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _json_block(data: Any) -> str:
    # '<', '>' and '&' as \\u escapes: no '</script>' or '<!--' can end the block early.
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_page(*, query: str, queries: list[Any], error: str = "", run: bool = False) -> bytes:
    """The query page with ``query`` in the editor (run at once when ``run``)."""
    options = "".join(f'<option value="{_e(s.name)}">{_e(s.name)} — {_e(s.summary)}</option>' for s in queries)
    items = "".join(
        f'<li><a href="/?{_e(urlencode({"name": s.name}))}"><b>{_e(s.name)}</b></a> — {_e(s.summary)}'
        + (f' <span class=note>[{_e(", ".join(f"{p.name} ({p.type})" for p in s.params))}]</span>' if s.params else "")
        + "</li>"
        for s in queries)
    config = {
        "endpoint": "/sparql",
        "prefixes": PAGE_PREFIXES,
        "query": query or DEFAULT_QUERY,
        "run": bool(run),
        "examples": {s.name: s.text for s in queries},
    }
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>conflict-kg SPARQL</title>
<link rel="stylesheet" href="/static/yasgui.min.css"><link rel="stylesheet" href="/static/page.css"></head>
<body>
<header><h1>conflict-kg SPARQL</h1>
<label>Shipped queries <select id="examples"><option value="">(choose one to load it)</option>{options}</select></label>
<span class=note>Endpoint <code>/sparql</code> (SPARQL 1.1 Protocol). With no <code>FROM</code>, the default graph is the
union of all documents. <a href="/static/LICENSE.yasgui">YASGUI licence</a></span></header>
{f'<p class=err id=error>{_e(error)}</p>' if error else ''}
<noscript><p class=err>The editor needs JavaScript; the endpoint itself does not (see the README).</p></noscript>
<p class=note id="note"></p>
<div id="yasgui"></div>
<details><summary>The shipped queries and their parameters</summary><ul id="queries">{items}</ul>
<p class=note>Parameters in the page: <code>/?name=events&amp;p.type=attack&amp;run=1</code>.</p></details>
<script type="application/json" id="ckg-config">{_json_block(config)}</script>
<script src="/static/yasgui.min.js"></script>
<script src="/static/page.js"></script>
</body></html>
"""
    return body.encode("utf-8")
