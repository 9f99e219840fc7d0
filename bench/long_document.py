"""Time and peak memory of one long one-line Japanese document: ``python -m bench.long_document [MB ...]``.

The document is the Japanese Wikinews articles (``../shared``; else the bundled
Japanese samples, repeated) joined into ONE line, cut to each size in bytes of
UTF-8. Each size is built with :func:`conflict_kg.pipeline.build` (one process,
``--jobs 1``) in a fresh child process, which reports its wall time, its CPU time and
peak RSS (``ru_maxrss``) and those of the section processes it started (a document of
more than eight sections is parsed in fresh processes, one at a time). It prints each
section's progress on stderr. Writes ``bench/results_long_document.md`` and ``.json``
after every size (a long run that is stopped keeps the sizes done).

Targets (issue 20): time linear in length (CPU seconds per MB about constant across
sizes) and peak memory under 2 GiB per process for a 5 MB document.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench.report import provenance_line, write_results

__all__ = ["main", "one_line_text", "render"]

OUT = Path(__file__).with_name("results_long_document.md")
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "ja"


def one_line_text(nbytes: int) -> str:
    """At most ``nbytes`` bytes (UTF-8) of Japanese news text on one line (no newline at all)."""
    from bench.corpora import SHARED, ja_wikinews

    if SHARED.is_dir():
        parts = [d["text"] for d in ja_wikinews(None)]
    else:
        parts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    pieces: list[str] = []
    size = 0
    while size < nbytes:
        for part in parts:
            flat = "".join(part.split())  # no line breaks, no spaces: one Japanese paragraph
            pieces.append(flat)
            size += len(flat.encode("utf-8"))
            if size >= nbytes:
                break
    text = "".join(pieces).encode("utf-8")[:nbytes].decode("utf-8", "ignore")
    return text


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _section_line(t0: float, doc, end: int) -> None:
    """One progress line per section: how far, CPU so far (this process and finished section processes), RSS."""
    cpu = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
    rss = next((int(line.split()[1]) // 1024 for line in open("/proc/self/status", encoding="ascii")
                if line.startswith("VmRSS")), 0) if Path("/proc/self/status").exists() else 0
    print(f"  {end:,}/{len(doc.text):,} chars, {time.perf_counter() - t0:.0f} s, CPU {cpu:.0f} s "
          f"(finished section processes included), RSS {rss:,} MiB", file=sys.stderr, flush=True)


def _child(path: Path, store: Path) -> None:
    from conflict_kg.pipeline import build

    t0 = time.perf_counter()
    summary = build([path], store, date="2025-11-20", on_section=lambda doc, end: _section_line(t0, doc, end))
    wall = time.perf_counter() - t0
    own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    # CPU seconds of the whole process and of its section processes (model loading included): on a
    # shared machine the wall time measures the neighbours as much as the build.
    print(json.dumps({"wall_s": wall, "cpu_s": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
                      "cpu_sections_s": workers.ru_utime + workers.ru_stime,
                      "maxrss_mib": own.ru_maxrss / 1024, "section_maxrss_mib": workers.ru_maxrss / 1024,
                      "built": summary.built, "warnings": len(summary.warnings),
                      "chars": summary.chars, "events": summary.events, "mentions": summary.mentions}))


def render(rows: list[dict], argv_text: str, machine: dict) -> str:
    lines = [
        "# One long one-line Japanese document", "",
        provenance_line("bench.long_document", argv_text, machine) + "Each size is one document of Japanese Wikinews "
        "text joined into a single line, built by `conflict_kg.pipeline.build` in a fresh process (one job; the process "
        "reads, resolves and writes the store; a document of more than eight sections of ~50,000 characters is parsed "
        "and extracted in section processes started one at a time, each for eight sections). Peak is the build "
        "process's maximum RSS, section peak the largest section process's; CPU is the user+system time of both, model "
        "loading included (on a shared machine the better measure of cost than wall time).", "",
        "| MB | chars | wall s | CPU s | CPU s per MB | chars per CPU s | peak MiB | section peak MiB | mentions | events "
        "| warnings |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        section_peak = f"{r['section_maxrss_mib']:,.0f}" if r.get("section_maxrss_mib") else "–"
        lines.append(f"| {r['mb']:g} | {r['chars']:,} | {r['wall_s']:.0f} | {r['cpu_s']:.0f} | {r['cpu_s'] / r['mb']:,.0f} | "
                     f"{r['chars'] / r['cpu_s']:,.0f} | {r['maxrss_mib']:,.0f} | {section_peak} | {r['mentions']:,} | "
                     f"{r['events']:,} | {r['warnings']} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from bench.run import machine_info

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=float, default=[0.5, 1.0, 2.0, 5.0], help="document sizes in MB")
    ap.add_argument("--work-dir", type=Path, default=Path("/tmp/conflict-kg-long-document"))
    ap.add_argument("--out", type=Path, default=OUT, help="the report to write (and its .json beside it)")
    ap.add_argument("--child", nargs=2, type=Path, metavar=("DOC", "STORE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    import shutil

    work = args.work_dir
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    argv_text = " ".join(argv if argv is not None else sys.argv[1:])
    for mb in args.sizes:
        doc = work / f"long-{mb:g}MB.txt"
        doc.write_text(one_line_text(int(mb * 1_000_000)), encoding="utf-8")
        store = work / f"store-{mb:g}"
        shutil.rmtree(store, ignore_errors=True)
        print(f"{mb:g} MB:", file=sys.stderr, flush=True)
        out = subprocess.run([sys.executable, "-m", "bench.long_document", "--child", str(doc), str(store)],
                             check=True, stdout=subprocess.PIPE, text=True)
        row = {"mb": mb, **json.loads(out.stdout.strip().splitlines()[-1])}
        rows.append(row)
        shutil.rmtree(store, ignore_errors=True)
        print(f"{mb:g} MB ({row['chars']:,} chars): {row['wall_s']:.0f} s, CPU {row['cpu_s']:.0f} s, "
              f"peak {row['maxrss_mib']:.0f} MiB",
              file=sys.stderr)
        write_results(args.out, render(rows, argv_text, machine_info()), rows)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
