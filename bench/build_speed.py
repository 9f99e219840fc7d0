"""Time ``conflict_kg.pipeline.build`` in a worker process (so peak RSS is the build's own).

First builds (model loaded before the clock starts, one fresh store per run)::

    python -m bench.build_speed first --input docs.jsonl --store-dir DIR --runs 3 --out r.json

Rebuild of an existing store (model loaded lazily, as the CLI does: an
unchanged corpus never loads it)::

    python -m bench.build_speed rebuild --input docs.jsonl --store DIR/run0 --out r.json

The result is one JSON object with per-run wall and CPU seconds, the build
summary counts and ``maxrss_mib`` (``ru_maxrss`` of this process).
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import time
from pathlib import Path

__all__ = ["first_builds", "rebuild", "main"]


def _cpu_s() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _summary(s) -> dict:
    return {
        "built": s.built, "unchanged": s.unchanged, "skipped": len(s.skipped), "chars": s.chars,
        "mentions": s.mentions, "roles": s.roles, "statements": s.statements, "events": s.events, "claims": s.claims,
    }


def _timed_build(inputs: list[str], store: Path, lang: str, jobs: int = 1) -> dict:
    from conflict_kg.pipeline import build

    c0, t0 = _cpu_s(), time.perf_counter()
    summary = build(inputs, store, lang=lang, jobs=jobs)
    return {"wall_s": time.perf_counter() - t0, "cpu_s": _cpu_s() - c0, "summary": _summary(summary)}


def first_builds(inputs: list[str], store_dir: Path, lang: str, runs: int, ops: str | None = None,
                 pipe_batch: int | None = None, jobs: int = 1) -> dict:
    """``runs`` builds of ``inputs`` into fresh stores ``store_dir/run{i}``.

    With one job the model is loaded before the clock starts; with ``jobs`` > 1 each
    worker process loads it inside the timed build (what a user waits for).
    ``ops`` and ``pipe_batch`` override the project's defaults (``None``: keep them;
    the benchmark sets the extraction stage's private batch constant for that run only).
    """
    import os

    if ops is not None:
        # conflict_kg.extract.models.load_model takes the ops from CONFLICT_KG_OPS (same names as bench.ops).
        os.environ["CONFLICT_KG_OPS"] = ops
    if pipe_batch is not None:
        import conflict_kg.extraction as extraction

        extraction._PIPE_BATCH = pipe_batch
    from conflict_kg.extract.models import load_model

    t0 = time.perf_counter()
    if jobs == 1:
        load_model(lang)
    load_s = time.perf_counter() - t0
    out = []
    for i in range(runs):
        store = store_dir / f"run{i}"
        shutil.rmtree(store, ignore_errors=True)
        out.append(_timed_build(inputs, store, lang, jobs))
    return {"mode": "first", "ops": ops or "project default", "pipe_batch": pipe_batch, "jobs": jobs, "load_s": load_s,
            "runs": out, "store": str(store_dir / f"run{runs - 1}")}


def rebuild(inputs: list[str], store: Path, lang: str, copy_from: Path | None = None) -> dict:
    """Build ``inputs`` into an existing store (optionally a fresh copy of ``copy_from``)."""
    if copy_from is not None:
        shutil.rmtree(store, ignore_errors=True)
        shutil.copytree(copy_from, store)
    return {"mode": "rebuild", "runs": [_timed_build(inputs, store, lang)], "store": str(store)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("first", "rebuild"))
    ap.add_argument("--input", required=True, action="append")
    ap.add_argument("--lang", default="auto")
    ap.add_argument("--store-dir", type=Path)
    ap.add_argument("--store", type=Path)
    ap.add_argument("--copy-from", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--ops", help="thinc ops (bench.ops names); default: the project's")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--pipe-batch", type=int)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.mode == "first":
        result = first_builds(args.input, args.store_dir, args.lang, args.runs, args.ops, args.pipe_batch, args.jobs)
    else:
        result = rebuild(args.input, args.store, args.lang, args.copy_from)
    result["maxrss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # With --jobs the workers hold the models: the largest worker's peak, next to this process's.
    result["children_maxrss_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    args.out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
