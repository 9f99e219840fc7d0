"""The endpoint's HTML query page: server-rendered, no script, every text HTML-escaped.

>>> "<script>" in _results_html("select", b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"<script>"}}]}}')
False
"""
from __future__ import annotations

import html
import json
from typing import Any
from urllib.parse import urlencode

__all__ = ["render_page", "results_html"]

# -- HTML page ----------------------------------------------------------------
_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5em;max-width:80em}
textarea{width:100%;font-family:monospace;font-size:13px}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}
th{background:#eee}.err{color:#a00;white-space:pre-wrap}.note{color:#555}ul{padding-left:1.2em}
pre{background:#f6f6f6;padding:.5em;overflow:auto}
"""


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _page(*, query: str, queries: list[Any], params: dict[str, str], result: str, error: str, note: str) -> bytes:
    from kg.query import parse_query_text

    items = []
    for spec in queries:
        ps = ", ".join(f"{p.name} ({p.type})" for p in spec.params)
        items.append(f'<li><a href="/?{_e(urlencode({"name": spec.name}))}"><b>{_e(spec.name)}</b></a> — '
                     f'{_e(spec.summary)}{" <span class=note>[" + _e(ps) + "]</span>" if ps else ""}</li>')
    fields = []
    try:
        declared = parse_query_text(query).params if query else []
    except Exception:
        declared = []
    for p in declared:
        fields.append(f'<label>{_e(p.name)} <small class=note>({_e(p.type)}: {_e(p.description)})</small> '
                      f'<input name="p.{_e(p.name)}" value="{_e(params.get(p.name, ""))}" size=40></label><br>')
    body = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>conflict-kg SPARQL</title><style>{_STYLE}</style></head>
<body><h1>conflict-kg SPARQL endpoint</h1>
<p class=note>Protocol endpoint: <code>/sparql</code> (GET/POST, SPARQL 1.1). The default graph is the union of all documents.</p>
<form method="get" action="/">
<textarea name="query" rows="18" spellcheck="false">{_e(query)}</textarea><br>
{''.join(fields)}
<button type="submit" name="run" value="1">Run query</button>
</form>
{f'<p class=err id=error>{_e(error)}</p>' if error else ''}
{f'<p class=note id=note>{_e(note)}</p>' if note else ''}
<div id="results">{result}</div>
<h2>Shipped queries</h2><ul id="queries">{''.join(items)}</ul>
</body></html>
"""
    return body.encode("utf-8")


def _results_html(kind: str, body: bytes) -> str:
    if kind in ("construct", "describe"):
        return f"<pre>{_e(body.decode('utf-8'))}</pre>"
    data = json.loads(body)
    if "boolean" in data:
        return f"<p>ASK: <b>{_e(str(data['boolean']).lower())}</b></p>"
    variables = data["head"]["vars"]
    rows = data["results"]["bindings"]
    head = "".join(f"<th>{_e(v)}</th>" for v in variables)
    trs = []
    for row in rows:
        cells = []
        for v in variables:
            cell = row.get(v)
            text = "" if cell is None else cell["value"]
            lang = f' <small class=note>@{_e(cell["xml:lang"])}</small>' if cell and "xml:lang" in cell else ""
            cells.append(f"<td>{_e(text)}{lang}</td>")
        trs.append("<tr>" + "".join(cells) + "</tr>")
    return f'<p class=note>{len(rows)} row{"s" if len(rows) != 1 else ""}</p><table><thead><tr>{head}</tr></thead><tbody>{"".join(trs)}</tbody></table>'



render_page = _page
results_html = _results_html
