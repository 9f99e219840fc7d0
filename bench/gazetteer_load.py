"""Cost of the village gazetteer: ``python -m bench.gazetteer_load [--base REF] [--runs N] [--docs N]``.

Measured in fresh processes, for this tree and for ``--base`` (default ``2c16f84``, the commit before
issue 16, checked out with ``git worktree`` into a temporary directory), interleaved (base, this, base,
this, ...) ``--runs`` times, each tree with its own on-disk cache directory (``CONFLICT_KG_CACHE``):

* ``load cold`` -- :func:`load_gazetteer` with the cache off (``CONFLICT_KG_CACHE=off``): parse and index;
* ``load warm`` -- the same with the cache filled by an untimed first load (what every later start costs);
* for both: CPU seconds of the process (``time.process_time``, interpreter start included) and its peak RSS;
* ``build`` -- :func:`conflict_kg.pipeline.build` of ``--docs`` UCDP dev headlines (English) and as many
  Japanese Wikinews articles into a fresh store, one process (models, gazetteer, resolution, store),
  warm cache: CPU seconds (the process and its children) and peak RSS; the ratio this / base of the
  median CPU seconds is the build slow-down.

CPU seconds, not wall-clock: the machine is shared, and wall time measures the other jobs too.
Writes ``bench/results_gazetteer.md``. Medians of the runs of one invocation.
"""
from __future__ import annotations

import argparse
import json
import os
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
from pathlib import Path
if Path("kg/gazetteer.py").exists():  # a tree before the one import namespace (issue 20)
    from kg.gazetteer import load_gazetteer
else:  # (not by ImportError: the shared venv's editable install would supply another tree's conflict_kg.kg)
    from conflict_kg.kg.gazetteer import load_gazetteer
g = load_gazetteer()
print(json.dumps({"cpu": time.process_time(), "entries": len(g),
                  "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_BUILD = """
import json, resource, sys, tempfile, time
from pathlib import Path
from conflict_kg.pipeline import build
with tempfile.TemporaryDirectory() as tmp:
    t = time.perf_counter()
    build([sys.argv[1]], str(Path(tmp) / "store"))
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() + ch.ru_utime + ch.ru_stime,
                      "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(tree: Path, code: str, *args: str, cache: str = "off") -> dict:
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "CONFLICT_KG_CACHE": cache,
           "HOME": os.environ.get("HOME", "/tmp")}
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=tree, capture_output=True, text=True,
                         env=env, check=True)
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
    trees = {"base": base, "this": ROOT}
    kinds = ("cold", "warm", "build")
    res: dict[str, dict[str, list]] = {name: {k: [] for k in kinds} for name in trees}
    try:
        (base / "bench").mkdir(exist_ok=True)
        corpus = tmp / "corpus.jsonl"
        _corpus(args.docs, corpus)
        for name, tree in trees.items():
            _run(tree, _LOAD, cache=str(tmp / f"cache-{name}"))  # fill the cache (untimed)
        for _ in range(args.runs):
            for name, tree in trees.items():
                cache = str(tmp / f"cache-{name}")
                res[name]["cold"].append(_run(tree, _LOAD))
                res[name]["warm"].append(_run(tree, _LOAD, cache=cache))
                res[name]["build"].append(_run(tree, _BUILD, str(corpus), cache=cache))
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
        shutil.rmtree(tmp, ignore_errors=True)

    def med(name: str, kind: str, field: str) -> float:
        return statistics.median(r[field] for r in res[name][kind])

    from bench.run import machine_info

    argv_text = " ".join(argv if argv is not None else sys.argv[1:])
    lines = [
        "# Gazetteer cost (issue 16)", "", provenance_line("bench.gazetteer_load", argv_text, machine_info()), "",
        f"Medians of {args.runs} interleaved runs, each in a fresh process. `base` = {args.base} "
        "(the default, 2c16f84, is the commit before issue 16). "
        "CPU seconds of the process (interpreter start and imports included); RSS = the process's peak.",
        "",
        "| | entries | load cold CPU s | load cold RSS MiB | load warm CPU s | load warm RSS MiB | "
        "build CPU s | build wall s | build peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in trees:
        lines.append(f"| {name} | {res[name]['cold'][0]['entries']:,} | {med(name, 'cold', 'cpu'):.2f} | "
                     f"{med(name, 'cold', 'rss_mib'):.0f} | {med(name, 'warm', 'cpu'):.2f} | "
                     f"{med(name, 'warm', 'rss_mib'):.0f} | {med(name, 'build', 'cpu'):.1f} | "
                     f"{med(name, 'build', 'seconds'):.1f} | {med(name, 'build', 'rss_mib'):.0f} |")
    ratio = med("this", "build", "cpu") / med("base", "build", "cpu")
    per_run = [t["cpu"] / b["cpu"] for t, b in zip(res["this"]["build"], res["base"]["build"])]
    lines += ["", f"Build ({args.docs} UCDP dev headlines + {args.docs} Japanese Wikinews articles, one process, "
              f"warm cache): CPU this / base = {ratio:.3f} (per interleaved pair: "
              f"{', '.join(f'{r:.3f}' for r in per_run)}); target <= 1.05."]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
