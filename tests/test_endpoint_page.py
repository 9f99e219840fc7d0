"""The query page: YASGUI vendored into the package, wired to /sparql; tested over HTTP and in
headless Chromium (type a query, run it, read a cell, download CSV, DESCRIBE links, paging, POST)."""
from __future__ import annotations

import csv
import io
import json
import re
import time
import urllib.parse
from pathlib import Path

import pytest

from conflict_kg.kg.query import list_queries
from tests.cdp import CHROMIUM, Browser
from tests.endpoint_helpers import request as _get
from tests.endpoint_helpers import running

SCRIPT_LABEL = "<script>document.title='pwned'</script>"
PERSONS = "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?p WHERE { ?p a ckg:Person } ORDER BY ?p"
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium is not installed (apt-get install chromium; the CI script installs it)")


@pytest.fixture(scope="module")
def endpoint(fixture_store, tmp_path_factory):
    """An endpoint over a copy of the fixture store with a hostile label added."""
    import shutil

    from conflict_kg.kg.store import KGStore

    path = tmp_path_factory.mktemp("page") / "store"
    shutil.copytree(fixture_store.path, path)  # the fixture is only open read-only: its files are at rest
    with KGStore(path) as store:
        store.update("INSERT DATA { GRAPH <urn:xss> { <https://w3id.org/conflict-kg/id/xss> "
                     "<http://www.w3.org/2004/02/skos/core#prefLabel> " + json.dumps(SCRIPT_LABEL) + "@en } }")
    with running(str(path), timeout=10, max_rows=1000, workers=1) as server:
        yield server


def _config(page: bytes) -> dict:
    m = re.search(rb'<script type="application/json" id="ckg-config">(.*?)</script>', page, re.S)
    assert m, "no configuration block"
    return json.loads(m.group(1))


# -- over HTTP ------------------------------------------------------------------------------------
def test_page_is_offline_yasgui_with_prefixes_and_examples(endpoint):
    status, headers, body = _get(endpoint.url + "/")
    assert status == 200 and headers.get_content_type() == "text/html"
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp and "default-src 'none'" in csp
    page = body.decode()
    # Every script and stylesheet comes from this server: no CDN.
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert "/static/yasgui.min.js" in sources and "/static/yasgui.min.css" in sources
    assert not [s for s in sources if s.startswith(("http:", "https:", "//"))]
    config = _config(body)
    assert config["endpoint"] == "/sparql" and config["run"] is False
    assert config["prefixes"]["ent"] == "https://w3id.org/conflict-kg/id/"
    assert config["query"].startswith("PREFIX ckg:") and "PREFIX ent:" in config["query"]
    assert sorted(config["examples"]) == sorted(s.name for s in list_queries())
    for name in config["examples"]:
        assert f"<b>{name}</b>" in page


@pytest.mark.parametrize(("name", "ctype", "marker"), [
    ("yasgui.min.js", "text/javascript", b"Yasgui"),
    ("yasgui.min.css", "text/css", b".yasqe"),
    ("page.js", "text/javascript", b"ckg-config"),
    ("LICENSE.yasgui", "text/plain", b"MIT License"),
])
def test_static_files(endpoint, name, ctype, marker):
    status, headers, body = _get(f"{endpoint.url}/static/{name}")
    assert status == 200 and headers.get_content_type() == ctype and marker in body


@pytest.mark.parametrize("path", ["/static/../endpoint.py", "/static/%2e%2e/endpoint.py", "/static/", "/static/x.js",
                                  "/static/yasgui.min.js.map"])
def test_nothing_else_is_served_from_disk(endpoint, path):
    assert _get(endpoint.url + path)[0] == 404


def test_named_query_with_forgiving_parameters(endpoint):
    status, _h, body = _get(endpoint.url + "/?" + urllib.parse.urlencode({"name": "events", "p.type": "attack", "run": "1"}))
    config = _config(body)
    assert status == 200 and config["run"] is True
    assert config["query"].startswith("#+ summary:") and 'VALUES (?_type) { ("Attack") }' in config["query"]
    status, _h, body = _get(endpoint.url + "/?" + urllib.parse.urlencode({"name": "events", "p.type": "atack", "run": "1"}))
    assert status == 400 and b"did you mean: Attack" in body and _config(body)["run"] is False
    # Entities by label or Q-id, looked up through the query workers.
    for person in ("volodymyr zelenskyy", "Q3874799"):
        status, _h, body = _get(endpoint.url + "/?" + urllib.parse.urlencode({"name": "person_said", "p.person": person}))
        assert status == 200 and "VALUES (?_person) { (<https://w3id.org/conflict-kg/id/Q3874799>) }" in _config(body)["query"]
    status, _h, body = _get(endpoint.url + "/?" + urllib.parse.urlencode({"name": "person_said", "p.person": "Zelenskyi"}))
    assert status == 400 and b"close matches" in body
    status, _h, body = _get(endpoint.url + "/?name=nothing-like-this")
    assert status == 404 and b"no query named" in body


def test_config_block_cannot_be_closed_by_a_query(endpoint):
    query = "SELECT * WHERE { ?s ?p '</script><script>alert(1)</script>' }"
    status, _h, body = _get(endpoint.url + "/?" + urllib.parse.urlencode({"query": query}))
    assert status == 200 and b"<script>alert(1)" not in body
    assert _config(body)["query"] == query


# -- in headless Chromium -------------------------------------------------------------------------
@pytest.fixture()
def browser(tmp_path):
    b = Browser(tmp_path / "profile")
    yield b
    b.close()


def _ready(browser, url):
    browser.open(url)
    browser.wait_for("window.ckgYasgui !== undefined")


def _cells(browser, column: int = 1) -> list[str]:
    return browser.eval(f"Array.from(document.querySelectorAll('.yasr table.dataTable tbody tr'))"
                        f".map(r => (r.querySelectorAll('td')[{column}] || {{}}).textContent)")


@needs_chromium
def test_type_run_read_and_download_csv(endpoint, browser, tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.allow_downloads(downloads)
    _ready(browser, endpoint.url + "/")
    browser.eval("var y = ckgYasgui.getTab().getYasqe(); y.setValue(''); y.focus(); true")
    browser.type_text(PERSONS)
    assert browser.eval("ckgYasgui.getTab().getYasqe().getValue()") == PERSONS
    browser.eval("document.querySelector('.yasqe_queryButton').click(); true")
    browser.wait_for("document.querySelectorAll('.yasr table.dataTable tbody tr').length === 2")
    # IRIs are shown as prefixed names.
    assert _cells(browser) == ["ent:Q3874799", "ent:Q7747"]
    browser.eval("document.querySelector('.yasr_downloadIcon').click(); true")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not list(downloads.glob("*.csv")):
        time.sleep(0.1)
    files = list(downloads.glob("*.csv"))
    assert files, "no CSV was downloaded"
    rows = list(csv.reader(io.StringIO(files[0].read_text(encoding="utf-8"))))
    assert rows == [["p"], ["https://w3id.org/conflict-kg/id/Q3874799"], ["https://w3id.org/conflict-kg/id/Q7747"]]


@needs_chromium
def test_name_run_runs_and_iris_describe_the_resource(endpoint, browser):
    _ready(browser, endpoint.url + "/?name=entities&run=1")
    browser.wait_for("document.querySelectorAll('.yasr table.dataTable tbody tr').length > 5")
    link = browser.eval("(a => [a.textContent, a.getAttribute('href'), a.dataset.iri])"
                        "(document.querySelector('.yasr a[data-iri]'))")
    text, href, iri = link
    assert text.startswith("ent:") and iri.startswith("https://w3id.org/conflict-kg/id/")
    assert href.startswith("/?") and urllib.parse.parse_qs(href[2:])["query"] == [f"DESCRIBE <{iri}>"]
    browser.eval("document.querySelector('.yasr a[data-iri]').click(); true")
    browser.wait_for("ckgYasgui.getTab().getYasqe().getValue().includes('DESCRIBE <')")
    # The DESCRIBE answer arrives: a table of the resource's triples, its own IRI prefixed.
    browser.wait_for(f"document.querySelector('.yasr').textContent.includes({json.dumps(text)})"
                     " && document.querySelector('.yasr').textContent.includes('skos:prefLabel')")


@needs_chromium
def test_long_queries_go_by_post_and_results_page(endpoint, browser):
    _ready(browser, endpoint.url + "/")
    # > 64 KB (a GET URL this long got 414 before) and 120 rows (50 to a page).
    query = "# " + "x" * 70_000 + "\nSELECT ?n WHERE { VALUES ?n { " + " ".join(f'"{i}"' for i in range(1, 121)) + " } }"
    browser.eval(f"ckgYasgui.getTab().setQuery({json.dumps(query)}); ckgYasgui.getTab().query(); true")
    browser.wait_for("document.querySelectorAll('.yasr table.dataTable tbody tr').length === 50")
    assert _cells(browser)[:2] == ["1", "2"]
    browser.wait_for("document.querySelector('.yasr').textContent.includes('of 120 entries')")
    browser.eval("document.querySelector('.yasr .dataTables_paginate .next, .yasr .dt-paging-button.next').click(); true")
    browser.wait_for("(document.querySelector('.yasr table.dataTable tbody tr td:nth-child(2)') || {}).textContent === '51'")


@needs_chromium
def test_row_limit_is_shown(endpoint, browser):
    _ready(browser, endpoint.url + "/")
    assert browser.eval("document.getElementById('note').textContent") == ""
    values = " ".join(str(i) for i in range(40))
    query = f"SELECT ?a ?b WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }} }}"  # 1,600 rows; the limit is 1,000
    browser.eval(f"ckgYasgui.getTab().setQuery({json.dumps(query)}); ckgYasgui.getTab().query(); true")
    note = browser.wait_for("document.getElementById('note').textContent")
    assert note.startswith("Only the first 1000 rows are shown")
    # The note comes with the response; the table is drawn a moment later.
    browser.wait_for("document.querySelector('.yasr').textContent.includes('of 1,000 entries')")
    browser.eval(f"ckgYasgui.getTab().setQuery({json.dumps(PERSONS)}); ckgYasgui.getTab().query(); true")
    browser.wait_for("document.getElementById('note').textContent === ''")


@needs_chromium
def test_store_text_is_shown_as_text(endpoint, browser):
    query = "SELECT ?label WHERE { <https://w3id.org/conflict-kg/id/xss> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"
    _ready(browser, endpoint.url + "/?" + urllib.parse.urlencode({"query": query, "run": "1"}))
    browser.wait_for("document.querySelectorAll('.yasr table.dataTable tbody tr').length === 1")
    assert SCRIPT_LABEL in _cells(browser)[0]
    assert browser.eval("document.title") == "conflict-kg SPARQL"
    assert browser.eval("document.querySelectorAll('.yasr script').length") == 0


@needs_chromium
def test_screenshot_shows_a_table_of_prefixed_iris(endpoint, browser, tmp_path):
    from PIL import Image

    _ready(browser, endpoint.url + "/?name=entities&run=1")
    browser.wait_for("document.querySelectorAll('.yasr table.dataTable tbody tr').length > 5")
    links = browser.eval("Array.from(document.querySelectorAll('.yasr a[data-iri]')).map(a => a.textContent)")
    assert links and all(re.match(r"^(ent|xsd|ckg):", t) for t in links), links
    box = browser.eval("(r => [r.left, r.top, r.right, r.bottom])(document.querySelector('.yasr table.dataTable').getBoundingClientRect())")
    colour = browser.eval("getComputedStyle(document.querySelector('.yasr a[data-iri]')).color")
    png = browser.screenshot(tmp_path / "query-page.png")
    rgb = tuple(int(x) for x in re.findall(r"\d+", colour)[:3])
    img = Image.open(png).convert("RGB").crop(tuple(int(v) for v in box))
    link_px = sum(n for n, px in img.getcolors(maxcolors=img.width * img.height)
                  if all(abs(px[i] - rgb[i]) <= 40 for i in range(3)))
    # The table is on screen and its prefixed IRIs are drawn as links (link-coloured text).
    assert img.width > 600 and img.height > 150
    assert link_px > 200 * len([t for t in links if t.startswith("ent:")]) / 4, (link_px, colour)
