"""Store latency at one or more scales: ``python -m bench.store_quick [TRIPLES ...]``.

Builds the first ``--ja-docs`` Japanese Wikinews articles and ``--en-docs``
English conflict documents (``bench.corpora``; 0 = all) into stores under
``--work-dir`` (kept between runs), copies their graphs up to each size
exactly as ``make bench`` does (:func:`bench.run.section_store`:
re-identified, re-dated copies, entities graph once), and times every shipped
query in the embedded Oxigraph store (5 runs, 10 s limit), and in rdflib's
in-memory store up to ``--rdflib-max`` triples. Writes
``bench/results_store.md`` and ``bench/results_store.json``. The full
benchmark (``make bench``) measures the store the same way after its build
section; this is the path to re-measure after a query change.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.report import provenance_line

__all__ = ["main", "render"]

OUT = Path(__file__).with_name("results_store.md")
TARGET_MS = 200.0


def _cell(q: dict | None) -> list[str]:
    if q is None:
        return ["", "", ""]
    if q.get("timeout_s"):
        return ["–", f"> {q['timeout_s'] * 1000:,.0f}", "–"]
    if q.get("error"):
        return ["error", q["error"][:60], ""]
    return [f"{q['rows']:,}", f"{q['p50_ms']:,.0f}", f"{q['p95_ms']:,.0f}"]


def render(res: dict, argv_text: str, seconds: float, machine: dict, docs_text: str) -> str:
    """The markdown report of a :func:`bench.run.section_store` result (one table per backend, sizes side by side)."""
    sizes = res["sizes"]
    lines = [
        "# Store load and query latency", "",
        provenance_line("bench.store_quick", argv_text, machine, seconds) + f"Scale graphs copy {res['source_documents']:,} real document graphs "
        f"({docs_text}), re-identified and re-dated per copy; entity descriptions once. Queries run through "
        "`conflict_kg.kg.query.run_query` with every row read; p50/p95 of 5 runs (a query slower than 5 s runs once), 10 s limit, "
        "each query in its own process. 'all' = no parameters (a full listing); 'typical' = the parameters below "
        "(the most frequent speaker, claimant, role holder, meeting participant and event place, the busiest month).",
        "",
    ]
    load = [["backend", "target triples", "quads", "documents", "load s", "summary refresh s", "disk MiB", "peak RSS MiB"]]
    for s in sizes:
        for name, b in s["backends"].items():
            if "quads" in b:
                disk = f"{b['disk_bytes'] / 2**20:,.0f}" if b.get("disk_bytes") else "–"
                load.append([name, f"{s['target_triples']:,}", f"{b['quads']:,}", f"{s['graph']['documents']:,}",
                             f"{b['load_s']:.1f}", f"{b['summary_s']:.1f}" if "summary_s" in b else "–", disk,
                             f"{b.get('maxrss_mib', 0):,.0f}"])
    lines += ["| " + " | ".join(r) + " |" for r in load[:1]] + ["|" + "---|" * len(load[0])]
    lines += ["| " + " | ".join(r) + " |" for r in load[1:]] + [""]
    for backend in ("oxigraph", "rdflib"):
        cols = [s for s in sizes if "queries" in s["backends"].get(backend, {})]
        if not cols:
            continue
        by = [{(q["query"], q["mode"]): q for q in s["backends"][backend]["queries"]} for s in cols]
        keys = sorted({k for d in by for k in d})
        head = ["query", "params"]
        for s in cols:
            n = f"{s['target_triples'] / 1e6:g} M"
            head += [f"rows {n}", f"p50 ms {n}", f"p95 ms {n}"]
        lines += [f"## {backend}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for k in keys:
            row = list(k)
            for d in by:
                row += _cell(d.get(k))
            lines.append("| " + " | ".join(row) + " |")
        last = by[-1]
        typical = [q for (name, mode), q in last.items() if mode == "typical"]
        ok = [q for q in typical if q.get("p50_ms") is not None and q["p50_ms"] <= TARGET_MS]
        lines += ["", f"At {cols[-1]['target_triples']:,} triples, {len(ok)} of {len(typical)} queries with typical "
                  f"parameters have p50 ≤ {TARGET_MS:.0f} ms; over: "
                  + (", ".join(f"{q['query']} ({_cell(q)[1]} ms)" for q in sorted(typical, key=lambda q: q['query'])
                               if q not in ok) or "none") + ".", ""]
    lines += ["Parameters ('typical'): `" + json.dumps(res["params"], ensure_ascii=False) + "`", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from bench.corpora import SHARED, en_conflict, ja_wikinews, write_jsonl
    from bench.run import Plan, machine_info, section_store
    from conflict_kg.pipeline import build

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("triples", nargs="*", type=int, default=[1_000_000])
    ap.add_argument("--ja-docs", type=int, default=100, help="Japanese Wikinews articles to build (0 = all)")
    ap.add_argument("--en-docs", type=int, default=0, help="English conflict documents to build (0 = all)")
    ap.add_argument("--rdflib-max", type=int, default=0, help="also time rdflib's in-memory store up to this size")
    ap.add_argument("--work-dir", type=Path, default=Path("/tmp/conflict-kg-store-quick"))
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"store_quick: skipped: {SHARED} is absent")
        return 0
    work = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    stores = {}
    for lang, docs in (("ja", ja_wikinews(args.ja_docs or None)), ("en", en_conflict(args.en_docs or None))):
        path = work / f"store-{lang}-{len(docs)}"
        if not path.exists():
            build([write_jsonl(docs, work / f"{lang}.jsonl")], path)
        stores[f"{lang}-store"] = path
        stores[f"{lang}-n"] = len(docs)
    plan = Plan(mode="store-quick", ja_docs=args.ja_docs, en_docs=args.en_docs, runs=1, nlp_configs=(),
                full_ja_build=False, store_sizes=tuple(args.triples), rdflib_max=args.rdflib_max, query_reps=5,
                query_timeout_s=10.0)
    t0 = time.perf_counter()
    res = section_store(plan, work, stores, work / "workers.log")
    seconds = time.perf_counter() - t0
    argv_text = " ".join(argv if argv is not None else __import__("sys").argv[1:])
    docs_text = f"{stores['ja-n']} Japanese Wikinews articles, {stores['en-n']} English conflict documents"
    OUT.write_text(render(res, argv_text, seconds, machine_info(), docs_text), encoding="utf-8")
    OUT.with_suffix(".json").write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
