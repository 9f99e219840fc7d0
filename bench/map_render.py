"""Cost of the map's oblast layer: ``python -m bench.map_render [--runs N]``.

Builds the bundled samples (and the seed digests of ``../shared/seeds``, when present) into temporary
stores, takes their location networks, then renders :func:`conflict_kg.kg.maps.map_html` with and
without the oblast boundaries (``admin1=True`` / ``False``), interleaved ``--runs`` times in this one
process after an untimed warm-up (data files loaded and cached). Reported per map: median CPU seconds
of one render (``time.process_time``: the machine is shared, wall time measures the other jobs too),
the ratio with / without, the page size and the number of oblast rings drawn.

Writes ``bench/results_maps.md`` (and ``.json``).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.report import provenance_line, write_results

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results_maps.md"
SHARED = ROOT.parent / "shared"


def _graphs(tmp: Path) -> dict:
    from conflict_kg.kg.network import location_network
    from conflict_kg.kg.store import KGStore
    from conflict_kg.pipeline import build

    corpora = {"samples": ROOT / "samples"}
    if (SHARED / "seeds" / "seeds.jsonl").exists():
        corpora["seeds"] = SHARED / "seeds" / "seeds.jsonl"
    graphs = {}
    for name, path in corpora.items():
        build([path], tmp / name)
        with KGStore(tmp / name, read_only=True) as store:
            graphs[name] = location_network(store)
    return graphs


def _measure(G, runs: int) -> dict:
    from conflict_kg.kg.maps import map_html

    pages = {flag: map_html(G, admin1=flag)[0] for flag in (True, False)}  # warm-up, untimed
    cpu: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(runs):
        for flag in (False, True):
            t = time.process_time()
            map_html(G, admin1=flag)
            cpu[flag].append(time.process_time() - t)
    rings = _rings(pages[True])
    with_s, without_s = statistics.median(cpu[True]), statistics.median(cpu[False])
    return {"nodes": G.number_of_nodes(), "cpu_with": with_s, "cpu_without": without_s,
            "ratio": with_s / without_s if without_s else None, "bytes_with": len(pages[True].encode()),
            "bytes_without": len(pages[False].encode()), "rings": rings}


def _rings(page: str) -> int:
    """Rings in the page's oblast layer (the GeoJSON feature whose ``kind`` is ``admin1``)."""
    import json
    import re

    for raw in re.findall(r"geo_json_[0-9a-f]+_add\((\{.*?\})\);", page, re.S):
        feature = json.loads(raw)["features"][0]
        if feature["properties"]["kind"] == "admin1":
            return len(feature["geometry"]["coordinates"])
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    from bench.run import machine_info

    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        graphs = _graphs(Path(tmp))
    rows = {name: _measure(G, args.runs) for name, G in graphs.items()}
    lines = ["# Map rendering: cost of the oblast layer (issue 20)", "",
             provenance_line("bench.map_render", f"--runs {args.runs}", machine_info(), time.time() - started), "",
             f"Medians of {args.runs} interleaved renders in one process (after a warm-up render), CPU seconds of "
             "`map_html` on the location network of each corpus; `with` draws the oblast boundaries (the default), "
             "`without` is `admin1=False`.", "",
             "| map | nodes | CPU s with | CPU s without | with / without | page KiB with | page KiB without | oblast rings |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in rows.items():
        lines.append(f"| {name} | {r['nodes']} | {r['cpu_with']:.3f} | {r['cpu_without']:.3f} | {r['ratio']:.2f} | "
                     f"{r['bytes_with'] / 1024:,.0f} | {r['bytes_without'] / 1024:,.0f} | {r['rings']} |")
    write_results(OUT, "\n".join(lines) + "\n", rows)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
