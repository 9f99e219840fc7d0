"""Small, bounded load tests of the SPARQL endpoint on loopback.

200 clients at once: all answered, p95 under a stated bound. A huge query
does not hold up a small one.

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

from conflict_kg.kg.endpoint import make_server
from conflict_kg.kg.query import list_queries

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


CLIENTS = 200
#: p95 bound for 200 simultaneous clients on loopback (2 workers, fixture store). Measured on a shared
#: 2-core machine: p50 0.34 s, p95 0.45 s, max 0.55 s; with socketserver's old backlog of 5 the test
#: fails (clients stall in SYN retries). A loose bound: this is a stall detector, not a benchmark.
P95_BOUND = 10.0


def _timed(url: str, query: str, start: threading.Barrier) -> tuple[int, float]:
    start.wait(30)
    began = time.monotonic()
    try:
        status = _request(url, query, "application/sparql-results+json")
    except OSError:  # a hung or refused connection counts as a failure, not a hang
        status = -1
    return status, time.monotonic() - began


def test_200_concurrent_clients(fixture_store):
    """200 clients connect at once: every one is answered, p95 under P95_BOUND, nothing hangs (30 s client timeout)."""
    server = make_server(fixture_store, port=0, timeout=20, max_rows=1000, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    queries = [spec.text for spec in list_queries()] + ["SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]
    try:
        start = threading.Barrier(CLIENTS)
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            futures = [pool.submit(_timed, server.url + "/sparql", queries[i % len(queries)], start) for i in range(CLIENTS)]
            results = [f.result(timeout=120) for f in futures]
    finally:
        server.shutdown()
        thread.join(5)
        server.close()
    statuses = [s for s, _t in results]
    times = sorted(t for _s, t in results)
    p95 = times[int(0.95 * len(times)) - 1]
    print(f"200 clients: p50 {times[len(times) // 2]:.2f} s, p95 {p95:.2f} s, max {times[-1]:.2f} s")
    assert statuses.count(200) == CLIENTS, sorted(set(statuses))
    assert p95 < P95_BOUND, times[-20:]


def test_a_huge_query_does_not_hold_up_others(fixture_store):
    """A ~190 KB FILTER(?o IN (...)) query used to be parsed in the server under a lock (~60 s); now
    the worker parses it, and a small query sent meanwhile is answered at once by the other worker."""
    server = make_server(fixture_store, port=0, timeout=10, max_rows=1000, workers=2, max_body=1_000_000)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    huge = "SELECT ?s WHERE { ?s ?p ?o FILTER(?o IN (" + ", ".join(f'"value {i}"' for i in range(12000)) + ")) }"
    assert len(huge) > 150_000
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            began = time.monotonic()
            big = pool.submit(_request, server.url + "/sparql", huge, "application/sparql-results+json")
            time.sleep(0.2)
            small_began = time.monotonic()
            small = _request(server.url + "/sparql", "ASK { ?s ?p ?o }", "application/sparql-results+json")
            small_took = time.monotonic() - small_began
            big_status = big.result(timeout=60)
            big_took = time.monotonic() - began
    finally:
        server.shutdown()
        thread.join(5)
        server.close()
    assert small == 200 and small_took < 5, small_took
    assert big_status in (200, 503) and big_took < 10 + 5, (big_status, big_took)
