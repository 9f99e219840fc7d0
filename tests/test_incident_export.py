"""ACLED and PLOVER exports of incidents: read back, columns and values checked, on a cross-document store and the seeds."""
from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner

from conflict_kg.cli import main
from conflict_kg.kg.incident_export import ACLED_COLUMNS
from tests.test_incident_queries import incident_store  # noqa: F401 (the module-scoped store fixture)

DOC = "https://w3id.org/conflict-kg/doc/"


def _export(store_path, fmt, tmp_path):
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", "--store", str(store_path), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_acled_csv_reads_back_with_acled_columns(incident_store, tmp_path):  # noqa: F811
    out = _export(incident_store.path, "acled", tmp_path)
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ACLED_COLUMNS + ["incident", "reports"]
        rows = list(reader)
    # Every incident of an ACLED-coded type (Attack, Capture), none of the meeting.
    assert len(rows) == 6
    kyiv = [r for r in rows if r["reports"] == f"{DOC}t/en-1#event-0; {DOC}t/ja-1#event-0"]
    assert len(kyiv) == 1
    row = kyiv[0]
    assert row["event_date"] == "2022-12-29" and row["time_precision"] == "1"
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert row["location"] == "Kyiv" and row["geo_precision"] == "1"
    assert float(row["latitude"]) == pytest.approx(50.45466) and float(row["longitude"]) == pytest.approx(30.5238)
    assert row["event_id_cnty"].startswith("UKR") and row["fatalities"] == "0"
    assert set(row["actor1"].split("; ")) == {"Armed Forces of the Russian Federation", "Russia"}
    capture = next(r for r in rows if r["location"] == "Kupiansk")
    assert capture["event_type"] == "Battles" and capture["admin1"] == "Kharkiv Oblast"
    assert capture["reports"].count("#event-") == 3  # the claim, its repeat, the denial 4 days later


def test_plover_jsonl_reads_back(incident_store, tmp_path):  # noqa: F811
    out = _export(incident_store.path, "plover", tmp_path)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 7  # Meeting is CONSULT in PLOVER, so all seven incidents
    meeting = next(r for r in records if r["event"] == "CONSULT")
    assert meeting["languages"] == ["en", "ja"] and meeting["mode"] == "visit"
    strike = next(r for r in records if r["reports"] == [f"{DOC}t/en-1#event-0", f"{DOC}t/ja-1#event-0"])
    assert strike["event"] == "ASSAULT" and strike["date"] == "2022-12-29"
    assert {a["identifier_id"] for a in strike["source"]} == {"Q159", None}
    assert strike["event_loc"]["name"] == "Kyiv" and strike["event_loc"]["lat"] == pytest.approx(50.45466)
    for span in strike["text_info"]:
        assert span["report"] in strike["reports"] and 0 <= span["start"] < span["end"]
    assert next(r for r in records if r["status"] == "disputed")["event_loc"]["admin1"] == "Kharkiv Oblast"


@pytest.fixture(scope="module")
def seed_store(shared_dir, tmp_path_factory):
    from conflict_kg.pipeline import build

    path = tmp_path_factory.mktemp("seeds") / "store"
    build([shared_dir / "seeds" / "seeds.jsonl"], path)
    return path


def test_exports_on_the_seeds(seed_store, tmp_path):
    acled = list(csv.DictReader(_export(seed_store, "acled", tmp_path).open(encoding="utf-8", newline="")))
    plover = [json.loads(x) for x in _export(seed_store, "plover", tmp_path).read_text(encoding="utf-8").splitlines()]
    assert acled and plover
    kupiansk = [r for r in acled if r["location"] == "Kupiansk" and r["event_type"] == "Battles"]
    assert len(kupiansk) == 1 and kupiansk[0]["event_date"] == "2025-11-21"
    assert all(r["reports"].startswith(DOC) for r in acled)
    assert all(span["end"] > span["start"] for r in plover for span in r["text_info"])


def test_seed_claim_threads_and_the_putin_xi_talk(seed_store):
    """The issue's "done when" on the seeds: one thread per capture claim with Ukraine's denial,
    and the Putin-Xi talk of 30 Dec 2022 one incident."""
    from conflict_kg.kg.query import result_rows, run_query
    from conflict_kg.kg.store import KGStore

    with KGStore(seed_store, read_only=True) as store:
        _c, threads = result_rows(run_query(store, "claim_threads", {"disputed": "yes"})[1])
        by_about = {row[1]: row for row in threads}
        for place in ("Kupiansk", "Pokrovsk"):
            rows = [r for about, r in by_about.items() if about == f"Capture @ {place}"]
            assert len(rows) == 1, threads
            assert "Valery Gerasimov" in rows[0][2] and "Armed Forces of Ukraine" in rows[0][3].split("; ")
        _c, meetings = result_rows(run_query(store, "incidents", {"type": "Meeting", "since": "2022-12-30", "until": "2022-12-30"})[1])
        talks = [r for r in meetings if "Xi Jinping" in r[3] and "Vladimir Putin" in r[3]]
        assert len(talks) == 1 and int(talks[0][7]) >= 2
