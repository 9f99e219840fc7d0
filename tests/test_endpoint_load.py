"""A small, bounded load test of the SPARQL endpoint on loopback.

450 requests from 8 client threads (the shipped queries, mixed formats, some
refusals): every answer is the expected status, nothing hangs, and the
server's resident memory (server process plus its query workers) does not
keep growing between a warm-up round and the measured rounds.
"""
from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg.endpoint import make_server
from kg.query import list_queries

ROUNDS = 3
PER_ROUND = 150


def _rss_kib(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _request(url: str, query: str, accept: str) -> int:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": accept,
                                                          "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            resp.read()
            return resp.status
    except urllib.error.HTTPError as exc:
        exc.read()
        return exc.code


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to read resident memory")
def test_endpoint_under_load(fixture_store):
    server = make_server(fixture_store, port=0, timeout=20, max_rows=1000, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = server.url.rstrip("/") + "/sparql" if not server.url.rstrip("/").endswith("/sparql") else server.url
        cases = [(spec.text, "application/sparql-results+json", 200) for spec in list_queries()]
        cases += [
            ("SELECT * WHERE { ?s ?p ?o } LIMIT 50", "text/csv", 200),
            ("ASK { ?s a <https://w3id.org/conflict-kg/ontology#Claim> }", "application/sparql-results+xml", 200),
            ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 20", "text/turtle", 200),
            ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "application/sparql-results+json", 400),
            ("SELECT * WHERE {", "application/sparql-results+json", 400),
        ]
        assert len(cases) >= 20

        def pids() -> list[int]:
            return [w.process.pid for w in list(server.pool._all) if w.alive()]

        def total_rss() -> int:
            return _rss_kib() + sum(_rss_kib(p) for p in pids())

        def one_round() -> list[tuple[int, int]]:
            jobs = [cases[i % len(cases)] for i in range(PER_ROUND)]
            with ThreadPoolExecutor(max_workers=8) as pool:
                got = list(pool.map(lambda c: _request(url, c[0], c[1]), jobs))
            return [(g, c[2]) for g, c in zip(got, jobs)]

        started = time.monotonic()
        results = one_round()  # warm-up: workers started, caches filled
        rss_after_warmup = total_rss()
        for _ in range(ROUNDS - 1):
            results += one_round()
        elapsed = time.monotonic() - started
        rss_end = total_rss()
    finally:
        server.shutdown()
        server.close()
    wrong = [(got, want) for got, want in results if got != want]
    assert len(results) == ROUNDS * PER_ROUND
    assert wrong == []
    assert elapsed < 300
    # Stable memory: the measured rounds may not grow the server by more than a quarter.
    assert rss_end < rss_after_warmup * 1.25, (rss_after_warmup, rss_end)
