"""Cost of the village gazetteer: ``python -m bench.gazetteer_load [--base REF] [--runs N] [--docs N]``.

Measured in fresh processes, for this tree and for ``--base`` (default ``2c16f84``, the commit before
issue 16, checked out with ``git worktree`` into a temporary directory), alternating, ``--runs`` times:

* ``load`` -- :func:`conflict_kg.kg.gazetteer.load_gazetteer` wall time and the process's peak RSS after it;
* ``build`` -- :func:`conflict_kg.pipeline.build` of ``--docs`` UCDP dev headlines (English) and as
  many Japanese Wikinews articles into a fresh store, one process (models, gazetteer, resolution,
  store): the ratio this tree / base is the build slow-down.

Writes ``bench/results_gazetteer.md``. Medians of the runs of one invocation.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.report import provenance_line

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results_gazetteer.md"

_LOAD = """
import json, resource, time
t = time.perf_counter()
from conflict_kg.kg.gazetteer import load_gazetteer
g = load_gazetteer()
print(json.dumps({"seconds": time.perf_counter() - t, "entries": len(g),
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_BUILD = """
import json, resource, sys, tempfile, time
from pathlib import Path
from conflict_kg.pipeline import build
with tempfile.TemporaryDirectory() as tmp:
    t = time.perf_counter()
    build([sys.argv[1]], str(Path(tmp) / "store"))
    print(json.dumps({"seconds": time.perf_counter() - t,
                      "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(tree: Path, code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=tree, capture_output=True, text=True,
                         env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _corpus(n: int, path: Path) -> None:
    from bench.ucdp import load_events

    docs = []
    for e in load_events(split="dev"):
        for h in e.headlines:
            if len(docs) < n:
                docs.append({"id": f"ucdp-{e.id}-{len(docs)}", "text": h.text, "lang": "en"})
    arts = ROOT.parent / "shared" / "eval" / "ja_wikinews_articles" / "articles.jsonl"
    with open(arts, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            a = json.loads(line)
            docs.append({"id": f"wn-{a['id']}", "text": a["text"], "lang": "ja"})
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", default="2c16f84")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--docs", type=int, default=100)
    args = ap.parse_args(argv)
    if not (ROOT.parent / "shared").exists():
        print("gazetteer_load: skipped: ../shared is absent")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="gazbench-"))
    base = tmp / "base"
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(base), args.base], cwd=ROOT, check=True)
    try:
        (base / "bench").mkdir(exist_ok=True)
        corpus = tmp / "corpus.jsonl"
        _corpus(args.docs, corpus)
        res: dict[str, dict[str, list]] = {"base": {"load": [], "build": []}, "this": {"load": [], "build": []}}
        for _ in range(args.runs):
            for name, tree in (("base", base), ("this", ROOT)):
                res[name]["load"].append(_run(tree, _LOAD))
                res[name]["build"].append(_run(tree, _BUILD, str(corpus)))
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
        shutil.rmtree(tmp, ignore_errors=True)

    def med(name: str, kind: str, field: str) -> float:
        return statistics.median(r[field] for r in res[name][kind])

    from bench.run import machine_info

    argv_text = " ".join(argv if argv is not None else sys.argv[1:])
    lines = [
        "# Gazetteer cost (issue 16)", "", provenance_line("bench.gazetteer_load", argv_text, machine_info()), "",
        f"Medians of {args.runs} alternating runs, each in a fresh process. `base` = {args.base} (before issue 16).",
        "",
        "| | entries | load s | peak RSS after load, MiB | build s | build peak RSS, MiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in ("base", "this"):
        lines.append(f"| {name} | {res[name]['load'][0]['entries']:,} | {med(name, 'load', 'seconds'):.2f} | "
                     f"{med(name, 'load', 'rss_mib'):.0f} | {med(name, 'build', 'seconds'):.1f} | "
                     f"{med(name, 'build', 'rss_mib'):.0f} |")
    ratio = med("this", "build", "seconds") / med("base", "build", "seconds")
    lines += ["", f"Build ({args.docs} UCDP dev headlines + {args.docs} Japanese Wikinews articles, one process): "
              f"this / base = {ratio:.3f}."]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
