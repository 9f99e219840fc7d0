"""Memory of a build's one writing process: ``python -m bench.writer_memory [DOCS] [--flush-every N ...]``.

A parallel or Dask build has one process that applies every document's update
to the embedded store (:meth:`conflict_kg.kg.store.KGStore.put_document_update`). This
benchmark isolates it from the NLP: it builds the source stores of
:mod:`bench.store_quick` (100 Japanese Wikinews articles, the English conflict
documents), replays their document updates as re-identified, re-dated copies
(:func:`bench.store_scale.rewrite_copy`) into a fresh store until ``DOCS``
documents are written, and records the writer's resident memory every 1,000
documents, after the summary refresh, and the wall time, once per
``--flush-mib`` setting (MiB of update text between flushes; 0 = never flush
until the end), each in its own process. Writes ``bench/results_writer_memory.md`` and ``.json``.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.report import provenance_line, write_results

__all__ = ["main", "replay"]

OUT = Path(__file__).with_name("results_writer_memory.md")
_GRAPH_SUFFIX = re.compile(r" <https://w3id.org/conflict-kg/graph/[^>]*> \.\n")


def _rss_mib() -> tuple[int, int]:
    """(current, peak) resident memory of this process in MiB, from /proc (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
                  if line.startswith(("VmRSS", "VmHWM")))
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


def replay(sources: list[tuple[str, str]], n_docs: int, store_dir: Path, flush_mib: float) -> dict:
    """Write ``n_docs`` copies of ``sources`` into a new store at ``store_dir``; memory and time.

    ``conflict_kg.kg.store.FLUSH_BYTES`` is set from ``flush_mib`` for the replay and restored after it.
    """
    import conflict_kg.kg.store as store_mod
    from bench.store_scale import rewrite_copy

    before = store_mod.FLUSH_BYTES
    store_mod.FLUSH_BYTES = int(flush_mib * 2**20) if flush_mib else 2**62
    shutil.rmtree(store_dir, ignore_errors=True)
    samples = []
    written = 0
    try:
        t0 = time.perf_counter()
        with store_mod.KGStore(store_dir) as store:
            k = 0
            while written < n_docs:
                for doc_id, nt in sources:
                    _new_id, nq = rewrite_copy(doc_id, nt, k)
                    graph = nq.split()[-2]
                    body = _GRAPH_SUFFIX.sub(" .\n", nq)
                    store.put_document_update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}")
                    written += 1
                    if written % 1000 == 0:
                        samples.append({"docs": written, "rss_mib": _rss_mib()[0]})
                    if written >= n_docs:
                        break
                k += 1
            write_s = time.perf_counter() - t0
            t1 = time.perf_counter()
            store.refresh_summary()
            summary_s = time.perf_counter() - t1
            quads = len(store._ox)
    finally:
        store_mod.FLUSH_BYTES = before
    return {"flush_mib": flush_mib, "docs": written, "quads": quads, "write_s": write_s, "summary_s": summary_s,
            "samples": samples, "after_summary_rss_mib": _rss_mib()[0], "peak_rss_mib": _rss_mib()[1]}


def render(results: list[dict], argv_text: str, machine: dict) -> str:
    lines = [
        "# Memory of the build's writing process", "",
        provenance_line("bench.writer_memory", argv_text, machine) + "Document updates of 1,188 real document graphs replayed as re-identified, "
        "re-dated copies into a fresh embedded store, each setting in its own process (no NLP: this is the writer alone).",
        "",
        "| flush every (MiB of updates) | documents | quads | write s | docs/s | summary s | RSS MiB at 25% / 50% / 75% / 100% | peak RSS MiB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        s = r["samples"]
        picks = [s[max(0, round(len(s) * f) - 1)]["rss_mib"] for f in (0.25, 0.5, 0.75, 1.0)] if s else []
        lines.append(f"| {r['flush_mib'] or 'never (until close)'} | {r['docs']:,} | {r['quads']:,} | {r['write_s']:.1f} | "
                     f"{r['docs'] / r['write_s']:,.0f} | {r['summary_s']:.1f} | {' / '.join(f'{p:,}' for p in picks)} | "
                     f"{r['peak_rss_mib']:,} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="?", type=int, default=12_000)
    ap.add_argument("--flush-mib", type=float, nargs="+", default=[0, 4, 16, 64])
    ap.add_argument("--work-dir", type=Path, default=Path("/tmp/conflict-kg-store-quick"))
    ap.add_argument("--child", type=float, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    from bench.corpora import SHARED, en_conflict, ja_wikinews, write_jsonl

    if not SHARED.is_dir():
        print(f"writer_memory: skipped: {SHARED} is absent")
        return 0
    work = args.work_dir
    stores = [work / "store-ja-100", work / f"store-en-{len(en_conflict(None))}"]
    if args.child is not None:
        from bench.store_scale import source_documents

        res = replay(source_documents(stores), args.docs, work / "writer-store", args.child)
        print(json.dumps(res))
        return 0
    from bench.run import machine_info
    from conflict_kg.pipeline import build

    work.mkdir(parents=True, exist_ok=True)
    for lang, docs in (("ja", ja_wikinews(100)), ("en", en_conflict(None))):
        path = work / f"store-{lang}-{len(docs)}"
        if not path.exists():
            build([write_jsonl(docs, work / f"{lang}.jsonl")], path)
    results = []
    for n in args.flush_mib:
        out = subprocess.run([sys.executable, "-m", "bench.writer_memory", str(args.docs), "--work-dir", str(work),
                              "--child", str(n)], check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        print(f"flush every {n} MiB: peak {results[-1]['peak_rss_mib']} MiB, {results[-1]['write_s']:.1f} s", file=sys.stderr)
    shutil.rmtree(work / "writer-store", ignore_errors=True)
    argv_text = " ".join(argv if argv is not None else sys.argv[1:])
    write_results(OUT, render(results, argv_text, machine_info()), results)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
