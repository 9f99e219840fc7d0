"""English event arguments on WikiEvents (Li, Ji & Han 2021; MIT) dev: participants and places.

WikiEvents is public (``raspberryice/gen-arg``; the dev file with its original annotations is kept
in the fork ``mc2259/gen-arg`` as ``data/wikievents/legacy/dev_info.jsonl``). It is read from
``$WIKIEVENTS_DIR`` (default ``/work/data/wikievents``), never from the repository. No rule was
written from it: the whole dev file is held out, so it is reported as one number.

KAIROS types are mapped to the schema's (:data:`TYPE_MAP`; unmapped types are not scored). A gold
event is *found* when a predicted event of the mapped type has its trigger in the same sentence.
Over found events: *participant recall* -- gold attacker/victim/target/participant/detainee/...
arguments (:data:`PARTY_ROLES`) that a predicted agent, target or participant names (one contains
the other, case-insensitive); *named participant recall* -- the same over gold arguments that are
names (capitalised, not a number): WikiEvents marks the head word of an argument, mostly a common
noun ("people", "soldiers", "15"), while the extractor's parties are named mentions only (the
:class:`conflict_kg.kg.model.Mention` contract), so the named subset is what it can find;
*place recall* -- gold ``Place`` arguments a predicted location names; *with descriptions* -- participant
recall when the words of the parties an event describes without naming them also count
(``agent_descriptions`` / ``target_descriptions``: "two civilians", "gunmen"; see
:mod:`conflict_kg.extract.en_unnamed`), over all gold party arguments and over the unnamed ones (not
capitalised), reported apart from the named columns.
The baseline is raw trigger matching (found only; it names no argument).

Run: ``python -m bench.eval_events_wikievents``.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from bench.event_scoring import ratio, raw_trigger

__all__ = ["TYPE_MAP", "PARTY_ROLES", "DATA", "score", "main"]

DATA = Path(os.environ.get("WIKIEVENTS_DIR", "/work/data/wikievents")) / "dev_info.jsonl"
#: KAIROS type prefix -> schema event type.
TYPE_MAP = {
    "Conflict.Attack": "Attack", "Life.Die": "CasualtyReport", "Life.Injure": "CasualtyReport",
    "Justice.ArrestJailDetain": "Arrest", "Contact.Contact": "Meeting", "Justice.ChargeIndict": "Accusation",
}
#: KAIROS roles that are parties (our agent / target / participant).
PARTY_ROLES = frozenset({"Attacker", "Victim", "Target", "Killer", "Injurer", "Participant", "Detainee", "Jailer",
                         "Defendant", "Prosecutor"})
# a death or an injury told with its attack is one Attack in the schema (merge_into)
_ALSO = {"CasualtyReport": {"Attack"}}


def _names_overlap(pred: list[str], gold: str) -> bool:
    g = gold.lower()
    return any(p and (p.lower() in g or g in p.lower()) for p in pred)


def _sentence_spans(doc: dict) -> list[tuple[int, int]]:
    """Character spans of the document's sentences in its text (sentences hold token lists)."""
    spans, pos = [], 0
    for sent in doc["sentences"]:
        toks = sent[0]
        first, last = toks[0], toks[-1]
        a = first[1] if isinstance(first, list) else doc["text"].find(sent[1], pos)
        b = last[2] if isinstance(last, list) else a + len(sent[1])
        spans.append((a, b))
        pos = b
    return spans


def predictions(docs: list[dict], baseline: bool) -> dict[str, list[dict]]:
    from conflict_kg.kg.model import Document

    out: dict[str, list[dict]] = {}
    if baseline:
        from conflict_kg.extract.vocab_en import EVENT_TRIGGERS

        for d in docs:
            out[d["doc_id"]] = [{"type": hit[0], "start": m.start(), "parties": [], "described": [], "places": []}
                                for m in re.finditer(r"[A-Za-z]+", d["text"])
                                for hit in [raw_trigger(m.group(), EVENT_TRIGGERS)] if hit]
        return out
    from conflict_kg.pipeline import extract_documents

    for rec in extract_documents([Document(d["doc_id"], d["text"], "en") for d in docs]):
        out[rec.doc.id] = [{"type": e.type, "start": e.start,
                            "parties": [m.text for m in e.agents + e.targets + e.participants],
                            "described": e.agent_descriptions + e.target_descriptions,
                            "places": [m.text for m in e.locations]} for e in rec.events]
    return out


def score(docs: list[dict], preds: dict[str, list[dict]]) -> dict[str, int]:
    c = {k: 0 for k in ("gold", "found", "pred", "party", "party_n", "named", "named_n", "place", "place_n",
                        "party_d", "unnamed_d", "unnamed_n")}
    for d in docs:
        spans = _sentence_spans(d)
        ps = preds.get(d["doc_id"], [])
        c["pred"] += sum(1 for p in ps if p["type"] in set(TYPE_MAP.values()))
        for ev in d["event_mentions"]:
            typ = next((t for k, t in TYPE_MAP.items() if ev["event_type"].startswith(k)), None)
            if typ is None:
                continue
            c["gold"] += 1
            a, b = spans[ev["trigger"]["sent_idx"]]
            hits = [p for p in ps if (p["type"] == typ or p["type"] in _ALSO.get(typ, ())) and a <= p["start"] < b]
            if not hits:
                continue
            c["found"] += 1
            parties = [x for p in hits for x in p["parties"]]
            described = parties + [x for p in hits for x in p["described"]]
            places = [x for p in hits for x in p["places"]]
            for arg in ev["arguments"]:
                if arg["role"] in PARTY_ROLES:
                    hit = _names_overlap(parties, arg["text"])
                    c["party_n"] += 1
                    c["party"] += hit
                    hit_d = _names_overlap(described, arg["text"])
                    c["party_d"] += hit_d
                    if arg["text"][:1].isupper():
                        c["named_n"] += 1
                        c["named"] += hit
                    else:
                        c["unnamed_n"] += 1
                        c["unnamed_d"] += hit_d
                elif arg["role"] == "Place":
                    c["place_n"] += 1
                    c["place"] += _names_overlap(places, arg["text"])
    return c


def main() -> int:
    if not DATA.is_file():
        print(f"eval_events_wikievents: skipped: {DATA} is absent (see the module docstring to fetch it)")
        return 0
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"WikiEvents dev: {len(docs)} documents, mapped types {sorted(set(TYPE_MAP.values()))}\n")
    print("| system | gold events | found (recall) | participant recall (found events) | named participant recall "
          "| place recall (found events) | participant recall with descriptions | unnamed participant recall "
          "with descriptions |")
    print("|---|---|---|---|---|---|---|---|")
    for system, baseline in (("raw triggers", True), ("conflict-kg", False)):
        c = score(docs, predictions(docs, baseline))
        print(f"| {system} | {c['gold']} | {ratio(c['found'], c['gold'])} | {ratio(c['party'], c['party_n'])} "
              f"| {ratio(c['named'], c['named_n'])} | {ratio(c['place'], c['place_n'])} "
              f"| {ratio(c['party_d'], c['party_n'])} | {ratio(c['unnamed_d'], c['unnamed_n'])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
