"""Parallel builds (--jobs) and Dask builds (--dask) give the same graph as a one-process build.

The end-to-end cases run the real models in spawned worker processes on the
bundled samples (8 documents, Japanese and English), so they take a while;
everything else is store- and option-level.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conflict_kg.cli import main
from conflict_kg.distributed import DaskSpecError, parse_dask_spec
from conflict_kg.pipeline import DocResult, build, write_result
from conflict_kg.kg.rdf import document_graph
from conflict_kg.kg.store import KGStore, document_update
from tests.fixture_records import RESOLUTIONS, fixture_records

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
N_SAMPLES = 8  # samples/en (3) + samples/ja (3) + samples/wire.jsonl (2)


def _quads(path: Path) -> list[str]:
    with KGStore(path, read_only=True) as store:
        return sorted(str(q) for q in store.quads())


@pytest.fixture(scope="module")
def reference(tmp_path_factory, nlp_ja, nlp_en):
    """The one-process build of the samples: (summary line, sorted quads)."""
    path = tmp_path_factory.mktemp("jobs1") / "store"
    summary = build([SAMPLES], path)
    assert summary.built == N_SAMPLES and not summary.skipped
    quads = _quads(path)
    assert len(quads) > 1000
    return summary.line(), quads


def test_jobs_2_builds_the_same_graph_as_jobs_1(reference, tmp_path):
    path = tmp_path / "store"
    progress: list[int] = []
    summary = build([SAMPLES], path, jobs=2, on_progress=lambda s: progress.append(s.built))
    assert (summary.line(), _quads(path)) == reference
    assert progress and progress[-1] == N_SAMPLES and progress == sorted(progress)
    # An unchanged rebuild starts no workers and parses nothing.
    again = build([SAMPLES], path, jobs=2)
    assert (again.built, again.unchanged) == (0, N_SAMPLES)
    assert _quads(path) == reference[1]


def test_workers_replaced_after_their_task_quota_build_the_same_graph(reference, tmp_path, monkeypatch):
    import conflict_kg.pipeline as pipeline
    import conflict_kg.workers as workers

    # 4 tasks of 2 documents, each worker replaced after every task: two workers start twice.
    monkeypatch.setattr(pipeline, "_TASK_BATCH", 2)
    monkeypatch.setattr(workers, "_TASKS_PER_WORKER", 1)
    summary = build([SAMPLES], tmp_path / "store", jobs=2)
    assert (summary.line(), _quads(tmp_path / "store")) == reference


def test_dask_local_cluster_builds_the_same_graph(reference, tmp_path):
    pytest.importorskip("distributed", reason="the --dask build needs dask and distributed installed")
    path = tmp_path / "store"
    # local:2 = LocalCluster(processes=True, n_workers=2, threads_per_worker=1)
    summary = build([SAMPLES], path, dask="local:2")
    assert (summary.line(), _quads(path)) == reference


def test_write_result_stores_the_graph_put_document_stores(tmp_path):
    records = fixture_records()
    assert len(records) == 2
    with KGStore(tmp_path / "a") as a, KGStore(tmp_path / "b") as b:
        for rec in records:
            graph = document_graph(rec, RESOLUTIONS)
            a.put_document(rec.doc.id, graph)
            write_result(b, DocResult(rec.doc.id, len(rec.doc.text), 0, 0, 0, 0, 0, document_update(rec.doc.id, graph)))
        # Writing again replaces the document's graph rather than adding to it.
        rec = records[0]
        write_result(b, DocResult(rec.doc.id, 0, 0, 0, 0, 0, 0, document_update(rec.doc.id, document_graph(rec, RESOLUTIONS))))
        got_a, got_b = sorted(map(str, a.quads())), sorted(map(str, b.quads()))
        assert got_a == got_b and len(got_a) > 50
        assert a.document_hashes() == b.document_hashes()


def test_an_empty_document_result_leaves_an_empty_graph(tmp_path):
    with KGStore(tmp_path / "s") as store:
        from rdflib import Graph

        write_result(store, DocResult("empty-doc", 0, 0, 0, 0, 0, 0, document_update("empty-doc", Graph())))
        assert list(store.quads()) == []


@pytest.mark.parametrize("spec, expected", [
    ("local:1", ("local", 1)),
    ("local:2", ("local", 2)),
    (" local:16 ", ("local", 16)),
    ("tcp://127.0.0.1:8786", ("address", "tcp://127.0.0.1:8786")),
    ("tls://scheduler.example:8786", ("address", "tls://scheduler.example:8786")),
])
def test_parse_dask_spec(spec, expected):
    assert parse_dask_spec(spec) == expected


@pytest.mark.parametrize("spec", ["", "local", "local:0", "local:-1", "local:x", "127.0.0.1:8786",
                                  "http://host:8786", "tcp://", "'; DROP", "\x00", "ローカル:2"])
def test_parse_dask_spec_rejects(spec):
    with pytest.raises(DaskSpecError):
        parse_dask_spec(spec)


@pytest.mark.parametrize("args, message", [
    (["--jobs", "0"], "--jobs"),
    (["--jobs", "x"], "--jobs"),
    (["--jobs", "2", "--dask", "local:2"], "not both"),
    (["--dask", "nowhere"], "--dask wants"),
    (["--dask", "local:0"], "local:N"),
])
def test_cli_rejects_bad_parallel_options(tmp_path, args, message):
    result = CliRunner().invoke(main, ["build", str(SAMPLES / "en"), "--store", str(tmp_path / "s"), *args])
    assert result.exit_code != 0
    assert message in result.output
    assert not (tmp_path / "s").exists()  # rejected before any store is created


def test_jobs_below_one_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="jobs"):
        build([SAMPLES], tmp_path / "s", jobs=0)


def test_parallel_build_of_no_documents_does_nothing(tmp_path):
    empty = tmp_path / "in"
    empty.mkdir()
    summary = build([empty], tmp_path / "s", jobs=2)
    assert (summary.built, summary.unchanged, summary.skipped) == (0, 0, [])


@pytest.mark.parametrize("value, expected", [
    (None, "matmul"),
    ("matmul", "matmul"),
    ("MATMUL", "matmul"),
    ("default", "numpy"),
    ("numpy-dot", "numpy"),
])
def test_model_ops_follow_the_environment(monkeypatch, value, expected):
    from conflict_kg.extract.models import model_ops

    if value is None:
        monkeypatch.delenv("CONFLICT_KG_OPS", raising=False)
    else:
        monkeypatch.setenv("CONFLICT_KG_OPS", value)
    assert model_ops().name == expected


@pytest.mark.parametrize("value", ["blis", "cupy", "matmul;rm"])
def test_model_ops_reject_unknown_names(monkeypatch, value):
    from conflict_kg.extract.models import model_ops

    monkeypatch.setenv("CONFLICT_KG_OPS", value)
    with pytest.raises(ValueError, match="CONFLICT_KG_OPS"):
        model_ops()


def test_loaded_model_multiplies_with_matmul(nlp_ja, monkeypatch):
    import os

    if os.environ.get("CONFLICT_KG_OPS", "matmul").lower() != "matmul":
        pytest.skip("CONFLICT_KG_OPS selects other ops for this run")
    assert nlp_ja.get_pipe("tok2vec").model.ops.name == "matmul"


def test_parse_threads_limits_blas_threads_only_inside():
    threadpoolctl = pytest.importorskip("threadpoolctl")
    from conflict_kg.extract.models import parse_threads

    def blas_threads() -> set[int]:
        return {i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"}

    import numpy  # noqa: F401  (loads OpenBLAS)

    before = blas_threads()
    with parse_threads(1):
        assert blas_threads() == {1}
    assert blas_threads() == before
