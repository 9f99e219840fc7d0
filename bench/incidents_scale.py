"""``python -m bench.incidents_scale`` (``make bench``): the cost of consolidation at scale.

A synthetic store is bulk-loaded with reports that tell N incidents (a third of them told twice, in
another document): Attack and Capture reports by Russia's forces at gazetteer towns of Ukraine
(with their oblasts), one a day per town, so the blocks are realistically full. Then:

* **full rebuild**: :func:`conflict_kg.kg.incident_graph.refresh_incidents` over the whole store;
* **one new document**: a real document graph (three reports: one joins an existing incident,
  two are new) written with ``put_document`` and consolidated with ``refresh_incidents(store,
  [doc])`` -- the per-build cost, repeated and reported as the median, in wall-clock and in CPU
  time (``time.process_time``: the machine is shared, so wall-clock is noisy).

Sizes: 10 k and 100 k incidents (``--sizes``). Results go to ``bench/results_incidents.{json,md}``.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from bench.report import provenance_line
from conflict_kg.kg.gazetteer import read_entries
from conflict_kg.kg.incident_graph import refresh_incidents
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import ENTITIES_GRAPH, doc_iri, entity_iri, graph_iri
from conflict_kg.kg.store import KGStore

ROOT = Path(__file__).resolve().parents[1]
RU = "organization/armed_forces_of_the_russian_federation"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DCT = "http://purl.org/dc/terms/"


def _towns(n: int = 400) -> list:
    entries = read_entries(resources.files("conflict_kg.kg.data").joinpath("gazetteer.jsonl"))
    towns = [e for e in entries if e.type in ("City", "Settlement") and e.country == "UA" and e.region and e.lat is not None]
    return sorted(towns, key=lambda e: e.key)[:n]


def _quads(n_incidents: int, towns: list) -> list[ox.Quad]:
    N, L = ox.NamedNode, ox.Literal
    start = date(2022, 2, 24)
    ent = N(str(ENTITIES_GRAPH))
    quads = [ox.Quad(N(str(entity_iri(RU))), N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), N(CKG.MilitaryUnit), ent)]
    for t in towns:
        iri = N(str(entity_iri(t.key)))
        quads.append(ox.Quad(iri, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), N(CKG + t.type), ent))
    reports = []
    for k in range(n_incidents):
        town, day = towns[k % len(towns)], start + timedelta(days=k // len(towns))
        etype = "Attack" if k % 4 else "Capture"
        reports.append((town, day, etype))
        if k % 3 == 0:
            reports.append((town, day, etype))  # told again, in another document
    order = sorted(range(len(reports)), key=lambda i: (i * 7919) % len(reports))  # spread retellings over documents
    for d in range(0, len(order), 3):
        doc_id = f"synthetic/{d // 3}"
        doc, g = N(str(doc_iri(doc_id))), N(str(graph_iri(doc_id)))
        first = reports[order[d]][1]
        quads += [ox.Quad(doc, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), N(CKG.Document), g),
                  ox.Quad(doc, N(_DCT + "identifier"), L(doc_id), g), ox.Quad(doc, N(_DCT + "language"), L("en"), g),
                  ox.Quad(doc, N(CKG.contentHash), L(str(d)), g),
                  ox.Quad(doc, N(_DCT + "date"), L(first.isoformat(), datatype=N(_XSD + "date")), g)]
        for j, i in enumerate(order[d:d + 3]):
            town, day, etype = reports[i]
            r = N(f"{doc.value}#event-{j}")
            quads += [ox.Quad(r, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), N(CKG + etype), g),
                      ox.Quad(r, N(CKG.status), N(CKG.Reported), g),
                      ox.Quad(r, N(CKG.date), L(day.isoformat(), datatype=N(_XSD + "date")), g),
                      ox.Quad(r, N(CKG.sourceDocument), doc, g),
                      ox.Quad(r, N(CKG.agent), N(str(entity_iri(RU))), g),
                      ox.Quad(r, N(CKG.location), N(str(entity_iri(town.key))), g)]
    return quads


def _new_document(store: KGStore, i: int, towns: list, n_incidents: int) -> str:
    """Write one new 3-report document; returns its id."""
    from tests.incident_records import records  # the test helper that builds records from a table

    start = date(2022, 2, 24)
    k = (i * 104729) % n_incidents
    old_town, old_day = towns[k % len(towns)], start + timedelta(days=k // len(towns))
    new_day = start + timedelta(days=n_incidents // len(towns) + 1 + i)
    events = [{"type": "Attack" if k % 4 else "Capture", "date": old_day.isoformat(), "agents": [RU], "locations": [old_town.key]},
              {"type": "Attack", "date": new_day.isoformat(), "agents": [RU], "locations": [towns[i % len(towns)].key]},
              {"type": "Capture", "date": new_day.isoformat(), "agents": [RU], "locations": [towns[(i + 7) % len(towns)].key]}]
    doc_id = f"new/{i}"
    from types import SimpleNamespace

    from conflict_kg.kg.rdf import document_graph
    import tests.incident_records as tr

    for t in (old_town, towns[i % len(towns)], towns[(i + 7) % len(towns)]):
        tr.RESOLUTIONS.setdefault(t.key, SimpleNamespace(key=t.key, type=t.type, label_en=t.label_en, labels_ja=(), wikidata=None,
                                                         lat=t.lat, lon=t.lon, confidence=1.0, method="gazetteer"))
        tr._TYPES[t.key] = t.type
    recs = records(doc_id, "en", new_day.isoformat(), events)
    store.put_document(doc_id, document_graph(recs, tr.RESOLUTIONS))
    return doc_id


def measure(n_incidents: int, repeats: int) -> dict:
    towns = _towns()
    with tempfile.TemporaryDirectory() as tmp:
        with KGStore(Path(tmp) / "s") as store:
            t = time.perf_counter()
            store._ox.bulk_extend(_quads(n_incidents, towns))
            load_s = time.perf_counter() - t
            t, c = time.perf_counter(), time.process_time()
            written = refresh_incidents(store)
            full_s, full_cpu = time.perf_counter() - t, time.process_time() - c
            times, cpu = [], []
            for i in range(repeats):
                doc_id = _new_document(store, i, towns, n_incidents)
                t, c = time.perf_counter(), time.process_time()
                refresh_incidents(store, [doc_id])
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
    return {"incidents": written, "load_s": round(load_s, 2), "full_rebuild_s": round(full_s, 2),
            "full_rebuild_cpu_s": round(full_cpu, 2),
            "new_document_ms_median": round(statistics.median(times) * 1000, 1),
            "new_document_ms_max": round(max(times) * 1000, 1),
            "new_document_cpu_ms_median": round(statistics.median(cpu) * 1000, 1),
            "new_document_cpu_ms_max": round(max(cpu) * 1000, 1), "repeats": repeats}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--repeats", type=int, default=9)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results_incidents"))
    args = ap.parse_args(argv)
    from bench.run import machine_info

    t0 = time.perf_counter()
    rows = []
    for n in args.sizes.split(","):
        rows.append(measure(int(n), args.repeats))
        print(json.dumps(rows[-1]), flush=True)
    argv_text = " ".join(argv if argv is not None else sys.argv[1:])
    Path(args.out + ".json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    lines = ["# Incident consolidation at scale (bench/incidents_scale.py)", "",
             provenance_line("bench.incidents_scale", argv_text, machine_info(), time.perf_counter() - t0), "",
             "Wall-clock times are noisy on a shared machine; CPU time (``time.process_time``, all threads of the process) is the figure to compare.",
             "",
             "| incidents | bulk load (s) | full rebuild (s) | full rebuild CPU (s) | one new document: median (ms) | max (ms) "
             "| CPU median (ms) | CPU max (ms) | runs |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r['incidents']:,} | {r['load_s']} | {r['full_rebuild_s']} | {r['full_rebuild_cpu_s']} | {r['new_document_ms_median']} | "
              f"{r['new_document_ms_max']} | {r['new_document_cpu_ms_median']} | {r['new_document_cpu_ms_max']} | {r['repeats']} |"
              for r in rows]
    Path(args.out + ".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
