"""Smoke test of the benchmark harness: pure helpers on tables, and one tiny run's JSON structure.

No timing is asserted: the numbers depend on the machine and its load.
"""
from __future__ import annotations

import json

import numpy
import pytest

from bench.compare import compare_annotations
from bench.corpora import changed_copy
from bench.ops import MatmulOps
from bench.store_scale import percentile, rewrite_copy

_TOK = [0, 2, "名詞-普通名詞-一般", "NOUN", "ROOT", 0, "東京", ""]


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [([5.0], 50, 5.0), ([5.0], 95, 5.0), ([1.0, 2.0, 3.0, 4.0], 50, 2.0), ([4.0, 3.0, 2.0, 1.0], 95, 4.0),
     ([float(i) for i in range(1, 101)], 95, 95.0)],
)
def test_percentile(values, q, expected):
    assert percentile(values, q) == expected


@pytest.mark.parametrize(
    ("other", "field", "identical"),
    [
        ({"tokens": [_TOK], "ents": [[0, 2, "City"]]}, None, True),
        ({"tokens": [_TOK[:4] + ["nsubj"] + _TOK[5:]], "ents": [[0, 2, "City"]]}, "dep", False),
        ({"tokens": [_TOK[:5] + [1] + _TOK[6:]], "ents": [[0, 2, "City"]]}, "head", False),
        ({"tokens": [_TOK[:2] + ["名詞-固有名詞"] + _TOK[3:]], "ents": [[0, 2, "City"]]}, "tag", False),
        ({"tokens": [_TOK], "ents": []}, None, False),
    ],
)
def test_compare_annotations(other, field, identical):
    ref = {"tokens": [_TOK], "ents": [[0, 2, "City"]]}
    r = compare_annotations([ref], [other])
    assert r["identical"] is identical
    assert sum(r["token_mismatches"].values()) == (1 if field else 0)
    if field:
        assert r["token_mismatches"][field] == 1


def test_compare_rejects_different_samples():
    with pytest.raises(ValueError):
        compare_annotations([{"tokens": [], "ents": []}], [])


@pytest.mark.parametrize(("k", "doc_id", "date"), [(0, "d1", "2022-12-31"), (1, "d1-x1", "2023-01-01"), (32, "d1-x32", "2023-02-01")])
def test_rewrite_copy(k, doc_id, date):
    nt = (
        '<https://w3id.org/conflict-kg/doc/d1#statement-0> <https://w3id.org/conflict-kg/ontology#date> '
        '"2022-12-31"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
        '<https://w3id.org/conflict-kg/doc/d1> <http://purl.org/dc/terms/identifier> "d1" .\n'
        '<https://w3id.org/conflict-kg/doc/d1#mention-0> <https://w3id.org/conflict-kg/ontology#mentionOf> '
        '<https://w3id.org/conflict-kg/id/Q212> .\n'
    )
    new_id, nq = rewrite_copy("d1", nt, k)
    assert new_id == doc_id
    lines = nq.splitlines()
    assert len(lines) == 3
    assert all(line.endswith(f"<https://w3id.org/conflict-kg/graph/{doc_id}> .") for line in lines)
    assert f'"{date}"' in lines[0] and f"doc/{doc_id}#statement-0" in lines[0]
    assert f'"{doc_id}"' in lines[1]
    assert "<https://w3id.org/conflict-kg/id/Q212>" in lines[2]  # entities are shared across copies


@pytest.mark.parametrize(("n", "fraction", "changed"), [(0, 0.01, 0), (1, 0.01, 1), (100, 0.01, 1), (250, 0.01, 3), (10, 0.5, 5)])
def test_changed_copy(n, fraction, changed):
    docs = [{"id": str(i), "text": "本文。", "lang": "ja"} for i in range(n)]
    new, count = changed_copy(docs, fraction)
    assert count == changed
    assert len(new) == n
    assert sum(a != b for a, b in zip(docs, new)) == changed


@pytest.mark.parametrize(("shape_x", "shape_y", "t1", "t2"), [((3, 4), (4, 5), False, False), ((4, 3), (4, 5), True, False),
                                                              ((3, 4), (5, 4), False, True)])
def test_matmul_ops_gemm_matches_default(shape_x, shape_y, t1, t2):
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(0)
    x = rng.standard_normal(shape_x).astype("float32")
    y = rng.standard_normal(shape_y).astype("float32")
    got = MatmulOps().gemm(x, y, trans1=t1, trans2=t2)
    want = NumpyOps().gemm(x, y, trans1=t1, trans2=t2)
    assert got.dtype == numpy.float32
    numpy.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    out = numpy.zeros_like(want)
    assert MatmulOps().gemm(x, y, out=out, trans1=t1, trans2=t2) is out


@pytest.mark.slow
@pytest.mark.models
def test_quick_run_writes_results(shared_dir, tmp_path):
    """``python -m bench.run --quick --only build --only incremental`` on a few documents: the JSON structure."""
    from bench.run import main

    out = tmp_path / "out"
    code = main(["--quick", "--only", "build", "--only", "incremental", "--out-dir", str(out),
                 "--work-dir", str(tmp_path / "work")])
    res = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert code == 0, res["errors"]
    assert res["mode"] == "quick" and res["errors"] == {}
    assert set(res["machine"]) >= {"cpu", "cores", "ram_gib", "python", "packages"}
    assert res["machine"]["packages"]["spacy"]
    assert set(res["sections"]) == {"build", "incremental"}
    for lang in ("ja", "en"):
        b = res["sections"]["build"][lang]
        assert b["docs"] == {"ja": 6, "en": 8}[lang]
        assert b["build_summary"]["built"] == b["docs"]
        assert len(b["build_runs_s"]) == len(b["bare_runs_s"]) == 1
        assert b["ratio_build_vs_bare"] > 0 and b["build_maxrss_mib"] > 0
    inc = res["sections"]["incremental"]
    assert inc["unchanged"]["summary"]["built"] == 0
    assert inc["unchanged"]["summary"]["unchanged"] == 6
    assert inc["changed_1pct"]["summary"]["built"] == inc["changed_1pct"]["changed_docs"] == 1
    md = (out / "results.md").read_text(encoding="utf-8")
    assert "## Build throughput" in md and "## Incremental rebuild" in md
    assert res["machine"]["cpu"] in md


def test_store_worker_on_a_tiny_graph(tmp_path):
    """The store worker loads a generated graph and times every shipped query (rows are counted)."""
    from bench.run import _worker
    from bench.store_scale import write_scale_nquads
    from conflict_kg.kg.query import list_queries

    nt = (
        '<https://w3id.org/conflict-kg/doc/d1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
        '<https://w3id.org/conflict-kg/ontology#Document> .\n'
        '<https://w3id.org/conflict-kg/doc/d1> <http://purl.org/dc/terms/identifier> "d1" .\n'
        '<https://w3id.org/conflict-kg/doc/d1> <http://purl.org/dc/terms/date> "2022-03-01"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
    )
    gen = write_scale_nquads([("d1", nt)], 30, tmp_path / "g.nq")
    assert gen["triples"] == 30 and gen["documents"] == 10
    params = tmp_path / "p.json"
    params.write_text(json.dumps({"statements": {"since": "2022-03-01"}}), encoding="utf-8")
    res = _worker(["bench.store_scale", "oxigraph", "--nquads", str(tmp_path / "g.nq"), "--store", str(tmp_path / "s"),
                   "--params", str(params), "--reps", "2", "--out", str(tmp_path / "r.json")])
    # + the store's format-version quad and the summary's version and latest document date
    # (no mentions, no events: no entity or day-count rows)
    assert res["quads"] == 33 and res["summary_s"] >= 0
    names = {q["query"] for q in res["queries"]}
    assert names == {s.name for s in list_queries()}
    assert len(res["queries"]) == len(names) + 1  # one 'typical' run: statements
    for q in res["queries"]:
        assert q["error"] is None and q["timeout_s"] is None
        assert len(q["times_s"]) == 2 and q["p50_ms"] >= 0


def test_store_quick_report_puts_sizes_side_by_side_and_counts_the_target():
    from bench.store_quick import render

    def q(name, mode, p50, rows=3):
        return {"query": name, "mode": mode, "rows": rows, "p50_ms": p50, "p95_ms": p50 * 1.1, "timeout_s": None,
                "error": None}

    res = {"source_documents": 2, "params": {"events": {"place": "x"}}, "sizes": [
        {"target_triples": 1_000_000, "graph": {"documents": 10},
         "backends": {"oxigraph": {"quads": 1_000_001, "load_s": 1.0, "disk_bytes": 2**20, "maxrss_mib": 5,
                                   "queries": [q("events", "all", 50.0), q("events", "typical", 20.0)]}}},
        {"target_triples": 10_000_000, "graph": {"documents": 100},
         "backends": {"oxigraph": {"quads": 10_000_001, "load_s": 9.0, "disk_bytes": 2**21, "maxrss_mib": 6,
                                   "queries": [q("events", "all", 900.0), q("events", "typical", 250.0),
                                               {"query": "roles", "mode": "typical", "rows": None, "times_s": [],
                                                "timeout_s": 10.0, "error": None}]}}},
    ]}
    text = render(res, "1000000 10000000", 5.0, {"cpu": "cpu", "cores": 2}, "docs")
    assert "| events | typical | 3 | 20 | 22 | 3 | 250 | 275 |" in text
    assert "| roles | typical |  |  |  | – | > 10,000 | – |" in text
    assert "0 of 2 queries with typical parameters have p50 ≤ 200 ms; over: events (250 ms), roles (> 10,000 ms)." in text


def test_writer_memory_replays_copies_into_one_store_and_restores_the_flush_setting(tmp_path):
    import conflict_kg.kg.store as store_mod
    from bench.writer_memory import render, replay

    nt = ('<https://w3id.org/conflict-kg/doc/d1> <http://purl.org/dc/terms/identifier> "d1" .\n'
          '<https://w3id.org/conflict-kg/doc/d1#e1> <https://w3id.org/conflict-kg/ontology#date> '
          '"2022-12-31"^^<http://www.w3.org/2001/XMLSchema#date> .\n')
    before = store_mod.FLUSH_BYTES
    res = replay([("d1", nt)], 5, tmp_path / "s", flush_mib=0.0001)  # a flush after every document
    assert store_mod.FLUSH_BYTES == before
    assert (res["docs"], res["flush_mib"], res["samples"]) == (5, 0.0001, [])
    with store_mod.KGStore(tmp_path / "s", read_only=True) as store:
        assert len(store.document_hashes()) == 0  # copies of a bare graph: no ckg:Document records
        graphs = {str(r[0]) for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert {f"https://w3id.org/conflict-kg/graph/d1{s}" for s in ("", "-x1", "-x2", "-x3", "-x4")} <= graphs
    assert "| 0.0001 | 5 |" in render([res], "5", {})


def test_build_memory_report_has_one_row_per_size():
    from bench.build_memory import render

    rows = [{"docs": 100, "chars": 80_000, "jobs": 2, "wall_s": 20.0, "writer_maxrss_mib": 120.0, "worker_maxrss_mib": 1200.0},
            {"docs": 3670, "chars": 3_000_000, "jobs": 2, "wall_s": 350.0, "writer_maxrss_mib": 400.0, "worker_maxrss_mib": 1500.0}]
    text = render(rows, "100 0", {})
    assert "| 100 | 80,000 | 2 | 20 | 4,000 | 120 | 1,200 |" in text
    assert "| 3,670 | 3,000,000 | 2 | 350 | 8,571 | 400 | 1,500 |" in text
