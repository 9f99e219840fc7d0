"""No entity in the seeds' or the samples' graph is a pronoun, a date, a number or a time zone."""
from __future__ import annotations

import json
import re
from pathlib import Path

from conflict_kg.kg.model import Document

ROOT = Path(__file__).resolve().parents[1]
#: Labels no entity may carry (pronouns, 同氏 unresolved, time zones, bare date words, dates, numbers).
NOISE_LABEL = re.compile(
    r"(?:he|she|they|him|her|them|it|we|i|彼|彼女|彼ら|同氏|同|日|テロ|UTC.*|GMT|JST|日本時間|"
    r"[0-9０-９].*|.*\d{4}年.*|.*\d+月\d+日.*)", re.I)


def _docs(shared_dir: Path) -> list[Document]:
    docs = []
    for line in (shared_dir / "seeds" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs.append(Document(id=d["id"], text=d["text"], lang=d["lang"], date=d.get("date")))
    for lang in ("en", "ja"):
        for p in sorted((ROOT / "samples" / lang).glob("*.txt")):
            docs.append(Document(id=f"{lang}/{p.stem}", text=p.read_text(encoding="utf-8"), lang=lang))
    return docs


def test_no_pronoun_date_or_timezone_entities(shared_dir):
    from rdflib.namespace import SKOS

    from conflict_kg.pipeline import _all_mentions, extract_documents
    from conflict_kg.kg.rdf import ENTITY, document_graph
    from conflict_kg.kg.resolve import Resolver

    resolver = Resolver()
    bad, n = [], 0
    for records in extract_documents(_docs(shared_dir)):
        res = resolver.resolve_mentions(_all_mentions(records), records.doc.lang or "")
        g = document_graph(records, res)
        for pred in (SKOS.prefLabel, SKOS.altLabel):
            for s, label in g.subject_objects(pred):
                if str(s).startswith(str(ENTITY)):
                    n += 1
                    if NOISE_LABEL.fullmatch(str(label).strip()):
                        bad.append((records.doc.id, str(s), str(label)))
    assert n > 100  # the graphs do hold entities
    assert bad == []


def test_the_check_catches_noise():
    assert all(NOISE_LABEL.fullmatch(x) for x in ("he", "They", "UTC+9", "2009年1月", "30日", "同氏", "日"))
    assert not any(NOISE_LABEL.fullmatch(x) for x in ("Volodymyr Zelensky", "ウクライナ軍", "日本", "Kupiansk"))
