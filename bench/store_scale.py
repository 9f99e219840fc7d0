"""Store scale: a large graph made from real extractions, load time and query latency.

The scale graph is made of copies of real document graphs (read back with
:meth:`conflict_kg.kg.store.KGStore.document_graph` from stores the benchmark built):
copy ``k`` re-identifies every document (``doc/ID`` -> ``doc/ID-xK``, the
same for its named graph, its records ``doc/ID-xK#...`` and its
``dcterms:identifier``) and re-dates it (every ``xsd:date`` moved ``K`` days
later). Entity IRIs (``id/...``) are kept, so entities are shared across
copies as real entities are shared across documents. Copy 0 is the original.

Workers (one process per backend and size, so memory is the backend's own)::

    python -m bench.store_scale oxigraph --nquads g.nq --store DIR --params p.json --reps 5 --out r.json
    python -m bench.store_scale rdflib   --nquads g.nq --params p.json --reps 5 --out r.json
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import shutil
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Iterable

__all__ = [
    "source_documents",
    "rewrite_copy",
    "write_scale_nquads",
    "entity_nquads",
    "typical_params",
    "percentile",
    "time_queries",
    "main",
]

_BASE = "https://w3id.org/conflict-kg/"
_DOC_IRI = re.compile(r"<" + re.escape(_BASE) + r"(doc|graph)/([^>#]*)")
_DATE = re.compile(r'"(\d{4})-(\d{2})-(\d{2})"\^\^<http://www\.w3\.org/2001/XMLSchema#date>')
_IDENT = "<http://purl.org/dc/terms/identifier>"


def source_documents(store_paths: Iterable[Path]) -> list[tuple[str, str]]:
    """``(doc id, N-Triples text)`` of every document in the given stores, sorted by id."""
    from conflict_kg.kg.store import KGStore

    out: list[tuple[str, str]] = []
    for path in store_paths:
        with KGStore(path, read_only=True) as store:
            for doc_id in sorted(store.document_hashes()):
                nt = store.document_graph(doc_id, with_entities=False).serialize(format="nt")
                out.append((doc_id, "".join(sorted(line + "\n" for line in nt.splitlines() if line.strip()))))
    return sorted(out)


def entity_nquads(store_paths: Iterable[Path]) -> str:
    """The shared entities graph of the given stores as N-Quads (entity IRIs are shared by all copies)."""
    import pyoxigraph as ox

    from conflict_kg.kg.rdf import ENTITIES_GRAPH
    from conflict_kg.kg.store import KGStore

    lines: set[str] = set()
    for path in store_paths:
        with KGStore(path, read_only=True) as store:
            quads = list(store._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITIES_GRAPH))))
            text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
            lines.update(line + "\n" for line in text.splitlines() if line.strip())
    return "".join(sorted(lines))


def rewrite_copy(doc_id: str, nt: str, k: int) -> tuple[str, str]:
    """Copy ``k`` of one document graph: ``(new doc id, N-Quads text in its named graph)``.

    >>> nt = ('<https://w3id.org/conflict-kg/doc/d1#s1> <http://x/date> '
    ...       '"2022-12-31"^^<http://www.w3.org/2001/XMLSchema#date> .\\n'
    ...       '<https://w3id.org/conflict-kg/doc/d1> <http://purl.org/dc/terms/identifier> "d1" .\\n')
    >>> new_id, nq = rewrite_copy("d1", nt, 2)
    >>> print(new_id); print(nq, end="")
    d1-x2
    <https://w3id.org/conflict-kg/doc/d1-x2#s1> <http://x/date> "2023-01-02"^^<http://www.w3.org/2001/XMLSchema#date> <https://w3id.org/conflict-kg/graph/d1-x2> .
    <https://w3id.org/conflict-kg/doc/d1-x2> <http://purl.org/dc/terms/identifier> "d1-x2" <https://w3id.org/conflict-kg/graph/d1-x2> .
    """
    from urllib.parse import quote

    new_id = doc_id if k == 0 else f"{doc_id}-x{k}"
    graph = f"<{_BASE}graph/{quote(new_id, safe='/')}>"
    suffix = "" if k == 0 else f"-x{k}"
    if k:
        nt = _DOC_IRI.sub(lambda m: f"<{_BASE}{m.group(1)}/{m.group(2)}{suffix}", nt)
        nt = _DATE.sub(lambda m: _shift(m, k), nt)
    lines = []
    for line in nt.splitlines():
        if not line.strip():
            continue
        if k and _IDENT in line:
            line = line.replace(json.dumps(doc_id, ensure_ascii=False), json.dumps(new_id, ensure_ascii=False))
        lines.append(line.rstrip()[:-1].rstrip() + " " + graph + " .\n")
    return new_id, "".join(lines)


def _shift(m: re.Match, days: int) -> str:
    day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) + dt.timedelta(days=days)
    return f'"{day.isoformat()}"^^<http://www.w3.org/2001/XMLSchema#date>'


def write_scale_nquads(sources: list[tuple[str, str]], target_triples: int, path: Path, entities: str = "") -> dict:
    """Write copies of ``sources`` until ``target_triples`` quads; plus the store's version quad and,
    once, the shared entities graph (``entities``, N-Quads)."""
    from conflict_kg.kg.rdf import META_GRAPH
    from conflict_kg.kg.namespace import CKG
    from conflict_kg.kg.store import STORE_FORMAT_VERSION

    if not sources:
        raise ValueError("no source documents to copy")
    t0 = time.perf_counter()
    triples = docs = copies = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f'<{META_GRAPH}> <{CKG.storeVersion}> "{STORE_FORMAT_VERSION}" <{META_GRAPH}> .\n')
        fh.write(entities)
        triples += entities.count("\n")
        while triples < target_triples:
            for doc_id, nt in sources:
                _new_id, nq = rewrite_copy(doc_id, nt, copies)
                fh.write(nq)
                triples += nq.count("\n")
                docs += 1
                if triples >= target_triples:
                    break
            copies += 1
    return {"triples": triples, "documents": docs, "copies": copies, "source_documents": len(sources),
            "bytes": path.stat().st_size, "generate_s": time.perf_counter() - t0}


#: The most frequent object of ``PREDICATE`` among subjects of class ``CLASS`` (ties by IRI).
_TOP_Q = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?e (COUNT(*) AS ?n) WHERE { ?r a ckg:%s ; ckg:%s ?e . FILTER(isIRI(?e)) }
GROUP BY ?e ORDER BY DESC(?n) STR(?e) LIMIT 1
"""
_PLACE_Q = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?e (COUNT(*) AS ?n) WHERE { ?r ckg:location ?e ; ckg:date ?d . FILTER EXISTS { ?s a ckg:Statement ; ckg:mentions ?e } }
GROUP BY ?e ORDER BY DESC(?n) STR(?e) LIMIT 1
"""
_FACT_Q = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?s WHERE { ?s a ckg:Statement } ORDER BY STR(?s) LIMIT 1
"""
_MONTH_Q = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
SELECT ?m (COUNT(*) AS ?n) WHERE { ?e ckg:date ?d . BIND(SUBSTR(STR(?d), 1, 7) AS ?m) FILTER(STRLEN(STR(?d)) = 10) }
GROUP BY ?m ORDER BY DESC(?n) ?m LIMIT 1
"""
_LATEST_Q = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT (MAX(STR(?d)) AS ?hi) WHERE { ?doc a ckg:Document ; dcterms:date ?d }
"""


def typical_params(store_paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """Parameters a researcher would pass, per shipped query, chosen from the source stores so that
    each selects rows: the most frequent speaker, claimant, role holder, event participant and
    event place; the 30 days from the start of the month with the most dated records; the
    latest document date for ``new_places``; a statement IRI and a document id of copy 0 (the
    copies keep those).
    """
    from conflict_kg.kg.query import list_queries
    from conflict_kg.kg.store import KGStore

    found: dict[str, Any] = {}
    counts: dict[str, int] = {}
    queries = (("speaker", _TOP_Q % ("Statement", "speaker")), ("claimant", _TOP_Q % ("Claim", "claimant")),
               ("holder", _TOP_Q % ("Role", "holder")), ("actor", _TOP_Q % ("Meeting", "participant")),
               ("place", _PLACE_Q), ("month", _MONTH_Q))
    for path in store_paths:
        with KGStore(path, read_only=True) as store:
            for key, query in queries:  # the most frequent over all stores wins
                rows = list(store.query(query))
                if rows and rows[0][0] is not None and int(rows[0][1]) > counts.get(key, 0):
                    found[key], counts[key] = rows[0][0], int(rows[0][1])
            rows = list(store.query(_LATEST_Q))
            if rows and rows[0][0] is not None:
                found["latest"] = max(found.get("latest", ""), str(rows[0][0]))
            if "fact" not in found:
                rows = list(store.query(_FACT_Q))
                if rows:
                    found["fact"] = rows[0][0]
                found["doc_id"] = min(store.document_hashes(), default=None)
    since = f"{found['month']}-01" if found.get("month") else "2022-01-01"
    until = (dt.date.fromisoformat(since) + dt.timedelta(days=29)).isoformat()
    by_name = {
        "speaker": found.get("speaker"), "claimant": found.get("claimant"), "actor": found.get("actor"),
        "place": found.get("place"), "fact": found.get("fact"), "doc_id": found.get("doc_id"),
        "since": since, "until": until, "as_of": found.get("latest") or until, "days": 30,
        "stance": "asserts", "min_mentions": 3, "min_sentences": 2,
    }
    # "person" means a role holder in the role queries and a speaker elsewhere.
    person = {"roles": "holder", "actor_roles": "holder"}
    out: dict[str, dict[str, Any]] = {}
    for spec in list_queries():
        params: dict[str, Any] = {}
        for p in spec.params:
            value = found.get(person.get(spec.name, "speaker")) if p.name == "person" else by_name.get(p.name)
            if p.name == "type":
                params["type"] = "Person" if spec.name in ("entities", "unresolved") else "Attack"
            elif value is not None:
                params[p.name] = str(value)
        out[spec.name] = params
    return out


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of a non-empty list.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50), percentile([1.0, 2.0, 3.0, 4.0], 95)
    (2.0, 4.0)
    """
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


#: A query slower than this is not repeated (its p50 and p95 are that one run).
_SLOW_S = 5.0


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout


class _RdflibStore:
    """The :func:`conflict_kg.kg.query.run_query` interface over a plain rdflib Dataset (the reference)."""

    def __init__(self, dataset):
        self.dataset = dataset

    def query(self, sparql: str, init_bindings=None):
        from conflict_kg.kg.store import with_bindings

        return self.dataset.query(with_bindings(sparql, init_bindings or {}))


def time_queries(store: Any, params: dict[str, dict[str, Any]], reps: int, timeout_s: float,
                 only: list | None = None, modes: tuple[str, ...] = ("all", "typical")) -> list[dict]:
    """Latency of every shipped query (or ``only`` these specs), without and with typical parameters.

    Every row is read. The timeout (SIGALRM) interrupts Python code such as
    rdflib's evaluator; see :func:`_time_queries_isolated` for Oxigraph.
    """
    from conflict_kg.kg.query import list_queries, run_query

    out = []
    signal.signal(signal.SIGALRM, _alarm)
    for spec in only if only is not None else list_queries():
        for mode, p in (("all", {}), ("typical", params.get(spec.name, {}))):
            if mode not in modes or (mode == "typical" and not p):
                continue
            times: list[float] = []
            rows = None
            timed_out = False
            error = None
            for _ in range(reps):
                signal.setitimer(signal.ITIMER_REAL, timeout_s)
                t0 = time.perf_counter()
                try:
                    _spec, result = run_query(store, spec, p)
                    n = sum(1 for _ in result)
                except _Timeout:
                    timed_out = True
                    break
                except Exception as exc:  # a query the backend cannot run is a result, not a crash
                    error = f"{type(exc).__name__}: {exc}"[:300]
                    break
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                times.append(time.perf_counter() - t0)
                rows = n
                if times[-1] > _SLOW_S:  # one sample of a slow query says enough
                    break
            entry = {"query": spec.name, "mode": mode, "params": p, "rows": rows, "times_s": times,
                     "timeout_s": timeout_s if timed_out else None, "error": error}
            if times:
                entry["p50_ms"] = 1000 * statistics.median(times)
                entry["p95_ms"] = 1000 * percentile(times, 95)
            out.append(entry)
    return out


def _query_child(store_dir: str, name: str, mode: str, params: dict, reps: int, timeout_s: float, queue) -> None:
    from conflict_kg.kg.query import load_query
    from conflict_kg.kg.store import KGStore

    with KGStore(store_dir, read_only=True) as store:
        queue.put(time_queries(store, {name: params}, reps, timeout_s, only=[load_query(name)], modes=(mode,)))


def _time_queries_isolated(store_dir: Path, params: dict, reps: int, timeout_s: float) -> list[dict]:
    """:func:`time_queries` with each query in its own process, killed at the timeout.

    Oxigraph evaluates a query in Rust, where SIGALRM cannot interrupt it, so a
    pathological query is bounded by killing its process instead.
    """
    import multiprocessing as mp

    from conflict_kg.kg.query import list_queries

    ctx = mp.get_context("spawn")
    out: list[dict] = []
    for spec in list_queries():
        p = params.get(spec.name, {})
        for mode in ("all", "typical") if p else ("all",):
            queue = ctx.Queue()
            proc = ctx.Process(target=_query_child, args=(str(store_dir), spec.name, mode, p, reps, timeout_s, queue))
            proc.start()
            try:
                out.extend(queue.get(timeout=timeout_s + 15))  # + process start-up and store open
            except Exception:  # queue.Empty: the query did not finish in time
                out.append({"query": spec.name, "mode": mode, "params": p if mode == "typical" else {}, "rows": None,
                            "times_s": [], "timeout_s": timeout_s, "error": None})
            finally:
                if proc.is_alive():
                    proc.kill()
                proc.join()
    return out


def _oxigraph(nquads: Path, store_dir: Path, params: dict, reps: int, timeout_s: float) -> dict:
    import pyoxigraph as ox

    from conflict_kg.kg.rdf import SUMMARY_GRAPH
    from conflict_kg.kg.store import KGStore

    shutil.rmtree(store_dir, ignore_errors=True)
    t0 = time.perf_counter()
    raw = ox.Store(str(store_dir))
    raw.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    load_s = time.perf_counter() - t0
    # The per-entity summary a build ends with (graph/summary); its quads are kept beside the
    # N-Quads so the rdflib reference loads the same dataset.
    with KGStore(store_dir) as store:
        t0 = time.perf_counter()
        store.refresh_summary()
        summary_s = time.perf_counter() - t0
        summary = list(store._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(SUMMARY_GRAPH))))
    nquads.with_suffix(".summary.nq").write_bytes(ox.serialize(summary, format=ox.RdfFormat.N_QUADS))
    disk = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file())
    with KGStore(store_dir, read_only=True) as store:
        t0 = time.perf_counter()
        quads = len(store._ox)
        count_s = time.perf_counter() - t0
    queries = _time_queries_isolated(store_dir, params, reps, timeout_s)
    return {"backend": "oxigraph", "load_s": load_s, "summary_s": summary_s, "quads": quads, "count_s": count_s, "disk_bytes": disk,
            "queries": queries}


def _rdflib(nquads: Path, params: dict, reps: int, timeout_s: float) -> dict:
    from rdflib import Dataset

    from conflict_kg.kg.rdf import bind_prefixes

    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    t0 = time.perf_counter()
    ds.parse(str(nquads), format="nquads")
    if nquads.with_suffix(".summary.nq").exists():
        ds.parse(str(nquads.with_suffix(".summary.nq")), format="nquads")
    load_s = time.perf_counter() - t0
    quads = sum(len(g) for g in ds.graphs())
    queries = time_queries(_RdflibStore(ds), params, reps, timeout_s)
    return {"backend": "rdflib", "load_s": load_s, "quads": quads, "queries": queries}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("backend", choices=("oxigraph", "rdflib"))
    ap.add_argument("--nquads", type=Path, required=True)
    ap.add_argument("--store", type=Path)
    ap.add_argument("--params", type=Path, required=True)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    params = json.loads(args.params.read_text(encoding="utf-8"))
    if args.backend == "oxigraph":
        result = _oxigraph(args.nquads, args.store, params, args.reps, args.timeout)
    else:
        result = _rdflib(args.nquads, params, args.reps, args.timeout)
    result["maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
