"""Bare ``nlp.pipe`` vs parse + extract vs the full build, in CPU seconds: ``python -m bench.en_speed [--lang ja]``.

One process, one model object (:func:`conflict_kg.extract.models.load_model`, the project's ops),
the same documents (English: re3d press releases and UCDP headline digests, :func:`bench.corpora.en_conflict`;
Japanese, ``--lang ja``: the first Wikinews articles, :func:`bench.corpora.ja_wikinews`).
Each repetition runs the three in turn, the order rotating between repetitions, so the machine's
load falls on all three alike; the report gives the median CPU seconds of each and the ratios of
medians. On a shared machine CPU seconds (``time.process_time``) measure the work, wall seconds the
neighbours.

- **bare**: ``nlp.pipe`` over the document texts (batch 16, as the build), Docs discarded;
- **parse+extract**: :func:`conflict_kg.pipeline.extract_documents` (parse the chunks, extract records);
- **build**: :func:`conflict_kg.pipeline.build` of the same documents (JSONL) into a fresh store (read,
  parse, extract, resolve, write, summary, incidents).

Target (issue 20): build >= 0.8x bare. Writes ``bench/results_en_speed.md`` (``results_ja_speed.md`` for
Japanese) and ``.json``.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.report import provenance_line, write_results

__all__ = ["main", "measure", "render"]

OUT = {"en": Path(__file__).with_name("results_en_speed.md"), "ja": Path(__file__).with_name("results_ja_speed.md")}
CORPUS = {"en": "re3d and UCDP headline digests", "ja": "Japanese Wikinews articles"}
LANGUAGE = {"en": "English", "ja": "Japanese"}
KINDS = ("bare", "parse+extract", "build")


def measure(docs: list[dict], reps: int, work: Path, lang: str = "en") -> dict:
    """CPU and wall seconds of each kind per repetition, interleaved (order rotating)."""
    from bench.corpora import write_jsonl
    from conflict_kg.extract.models import load_model, parse_threads
    from conflict_kg.kg.model import Document
    from conflict_kg.pipeline import build, extract_documents

    nlp = load_model(lang)
    texts = [d["text"] for d in docs]
    records = [Document(id=d["id"], text=d["text"], lang=lang, date=d.get("date")) for d in docs]
    jsonl = write_jsonl(docs, work / f"{lang}.jsonl")

    def bare() -> int:
        with parse_threads():
            return sum(len(d) for d in nlp.pipe(texts, batch_size=16))

    def extract() -> int:
        return sum(len(r.mentions) for r in extract_documents(records))

    def full() -> int:
        store = work / "store"
        shutil.rmtree(store, ignore_errors=True)
        return build([jsonl], store, lang=lang).mentions

    runs = {"bare": bare, "parse+extract": extract, "build": full}
    bare()  # warm-up: the first pipe call allocates the model's buffers
    out: dict = {k: {"cpu_s": [], "wall_s": [], "count": None} for k in KINDS}
    for rep in range(reps):
        order = KINDS[rep % len(KINDS):] + KINDS[:rep % len(KINDS)]
        for kind in order:
            c0, w0 = time.process_time(), time.perf_counter()
            count = runs[kind]()
            out[kind]["cpu_s"].append(time.process_time() - c0)
            out[kind]["wall_s"].append(time.perf_counter() - w0)
            out[kind]["count"] = count
            print(f"rep {rep + 1}/{reps} {kind}: CPU {out[kind]['cpu_s'][-1]:.1f} s", file=sys.stderr)
    return out


def render(res: dict, argv_text: str, machine: dict) -> str:
    med = {k: statistics.median(res["runs"][k]["cpu_s"]) for k in KINDS}
    wall = {k: statistics.median(res["runs"][k]["wall_s"]) for k in KINDS}
    lines = [
        f"# {LANGUAGE[res.get('lang', 'en')]}: bare `nlp.pipe` vs parse + extract vs build (CPU seconds)", "",
        provenance_line("bench.en_speed", argv_text, machine) + f"{res['docs']} documents, {res['chars']:,} characters "
        f"({CORPUS[res.get('lang', 'en')]}), {res['reps']} interleaved repetitions in one process (order rotating), "
        f"medians. Load average at start {res['load'][0]:.1f}, at end {res['load'][1]:.1f}.", "",
        "| step | median CPU s | chars per CPU s | bare / step (CPU) | median wall s | bare / step (wall) |",
        "|---|---|---|---|---|---|",
    ]
    for k in KINDS:
        lines.append(f"| {k} | {med[k]:.2f} | {res['chars'] / med[k]:,.0f} | **{med['bare'] / med[k]:.2f}** | "
                     f"{wall[k]:.2f} | {wall['bare'] / wall[k]:.2f} |")
    lines += ["", f"Extraction alone (parse+extract minus bare): {med['parse+extract'] - med['bare']:.2f} CPU s; "
              f"the rest of the build (reading, resolving, graph, store, summary, incidents): "
              f"{med['build'] - med['parse+extract']:.2f} CPU s. Target: build >= 0.8x bare."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import os

    from bench.corpora import en_conflict, ja_wikinews
    from bench.run import machine_info

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None, help="first N documents (default: all)")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--lang", choices=sorted(OUT), default="en")
    args = ap.parse_args(argv)
    docs = en_conflict(args.docs) if args.lang == "en" else ja_wikinews(args.docs)
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        runs = measure(docs, args.reps, Path(tmp), args.lang)
    res = {"lang": args.lang, "docs": len(docs), "chars": sum(len(d["text"]) for d in docs), "reps": args.reps, "runs": runs,
           "load": [load0, os.getloadavg()[0]]}
    argv_text = " ".join(argv if argv is not None else sys.argv[1:])
    write_results(OUT[args.lang], render(res, argv_text, machine_info()), res)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
