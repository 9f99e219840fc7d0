"""Score the English extractor on seed 000 against ``tests/gold/en_seed_000.json``.

Scoring itself is the shared, language-neutral :mod:`bench.score_extraction` (same
matching rules and gold format as the Japanese gold); this module only runs the English
extractor on the seed and writes the seed section of ``bench/results_extract_en.md``.

Run: ``python -m bench.score_extraction_en`` (from the repo root; needs ``../shared``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bench.score_extraction import format_table, score

__all__ = ["score_seed_000", "seed_section", "GOLD_000", "SEED_DIR"]

ROOT = Path(__file__).resolve().parents[1]
GOLD_000 = ROOT / "tests" / "gold" / "en_seed_000.json"
SEED_DIR = ROOT.parent / "shared" / "seeds"


def score_seed_000(nlp=None) -> dict[str, Any]:
    """Run the English extractor on seed 000 and score it against the gold file."""
    from conflict_kg.extract.en import extract_en_text

    gold = json.loads(GOLD_000.read_text(encoding="utf-8"))
    path = SEED_DIR / gold["doc"]["seed"]
    rec = extract_en_text(path.read_text(encoding="utf-8"), date=gold["doc"]["date"], doc_id=gold["doc"]["id"], nlp=nlp)
    return score(rec, gold)


def seed_section(result: dict[str, Any]) -> str:
    gold = json.loads(GOLD_000.read_text(encoding="utf-8"))
    counts = ", ".join(f"{len(gold.get(k, []))} {k}" for k in ("person_roles", "statements", "events", "claims"))
    return "\n".join([
        "## seed 000 (hand-annotated gold, development set)",
        "",
        f"Gold: `tests/gold/en_seed_000.json` ({counts}); scorer: `bench/score_extraction.py` "
        "(shared with Japanese). Command: `python -m bench.score_extraction_en`.",
        "The annotator also wrote the extractor and developed it on this text: read these as development-set "
        "scores, not a blind test (the re3d numbers below are the held-out measure).",
        "",
        format_table(gold["doc"]["id"], result),
    ])


def main() -> int:
    if not SEED_DIR.is_dir():
        print(f"seed directory {SEED_DIR} not found", file=sys.stderr)
        return 2
    from bench.eval_en_re3d import write_results

    result = score_seed_000()
    write_results(seed=seed_section(result))
    print(format_table("seed 000", result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
