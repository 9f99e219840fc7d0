"""Peak memory of a ``--jobs`` build against corpus size: ``python -m bench.build_memory [N ...] [--jobs J]``.

Builds the first ``N`` Japanese Wikinews articles (0 = all 3,670) once each
with ``conflict-kg build --jobs J`` semantics (:func:`conflict_kg.pipeline.build`),
each size in its own process (:mod:`bench.build_speed`), and reports the
writing process's peak RSS, the largest worker's peak RSS (workers are
replaced after ``_TASKS_PER_WORKER`` tasks, so this is the largest of all that
ran), wall time and throughput. Writes ``bench/results_build_memory.md`` and
``.json``. The target: peak memory independent of corpus size, at most 2 GiB
per process for the Wikinews corpus.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from bench.report import provenance_line

__all__ = ["main", "render"]

OUT = Path(__file__).with_name("results_build_memory.md")


def render(rows: list[dict], argv_text: str, machine: dict, merged: bool = False) -> str:
    """The markdown table of :func:`main`'s runs, smallest corpus first."""
    lines = [
        "# Peak memory of a parallel build against corpus size", "",
        provenance_line("bench.build_memory", argv_text, machine) + "One build per size of the first N Japanese Wikinews articles, each "
        "in its own process; 'worker' is the largest peak of any worker process (workers are replaced after a "
        "fixed number of tasks), 'writer' the process that applies every update and ends with the store summary "
        "(with one job it also parses: the whole build)."
        + (" Rows for other (articles, jobs) pairs come from earlier runs (`--merge`)." if merged else ""),
        "",
        "| articles | chars | jobs | wall s | chars/s | writer peak MiB | worker peak MiB |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['docs']:,} | {r['chars']:,} | {r['jobs']} | {r['wall_s']:.0f} | {r['chars'] / r['wall_s']:,.0f} | "
                     f"{r['writer_maxrss_mib']:,.0f} | "
                     + (f"{r['worker_maxrss_mib']:,.0f} |" if r["jobs"] > 1 else "– (one process: models and writer) |"))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import subprocess

    from bench.corpora import SHARED, ja_wikinews, write_jsonl
    from bench.run import machine_info

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--work-dir", type=Path, default=Path("/tmp/conflict-kg-build-memory"))
    ap.add_argument("--merge", action="store_true",
                    help="keep the rows of the last results for other (articles, jobs) pairs")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"build_memory: skipped: {SHARED} is absent")
        return 0
    work = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        docs = ja_wikinews(n or None)
        inp = write_jsonl(docs, work / f"ja-{len(docs)}.jsonl")
        out = work / f"build-{len(docs)}.json"
        subprocess.run([sys.executable, "-m", "bench.build_speed", "first", "--input", str(inp), "--lang", "ja",
                        "--store-dir", str(work / f"store-{len(docs)}"), "--runs", "1", "--jobs", str(args.jobs),
                        "--out", str(out)], check=True)
        r = json.loads(out.read_text(encoding="utf-8"))
        run = r["runs"][0]
        rows.append({"docs": len(docs), "chars": run["summary"]["chars"], "jobs": args.jobs, "wall_s": run["wall_s"],
                     "writer_maxrss_mib": r["maxrss_mib"], "worker_maxrss_mib": r["children_maxrss_mib"],
                     "summary": run["summary"]})
        shutil.rmtree(work / f"store-{len(docs)}", ignore_errors=True)
        print(f"{len(docs)} articles: writer {r['maxrss_mib']:.0f} MiB, worker {r['children_maxrss_mib']:.0f} MiB, "
              f"{run['wall_s']:.0f} s", file=sys.stderr)
    argv_text = " ".join(argv if argv is not None else sys.argv[1:])
    if args.merge and OUT.with_suffix(".json").exists():
        new = {(r["docs"], r["jobs"]) for r in rows}
        old = [r for r in json.loads(OUT.with_suffix(".json").read_text(encoding="utf-8")) if (r["docs"], r["jobs"]) not in new]
        rows = sorted(old + rows, key=lambda r: (r["jobs"], r["docs"]))
    OUT.write_text(render(rows, argv_text, machine_info(), merged=args.merge), encoding="utf-8")
    OUT.with_suffix(".json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
