"""English event arguments on WikiEvents (Li, Ji & Han 2021; MIT): participants, places, instruments.

WikiEvents is public (``raspberryice/gen-arg``; its fork ``mc2259/gen-arg`` keeps the splits). The files
are read from ``$WIKIEVENTS_DIR`` (default ``/work/data/wikievents``), never from the repository:

- ``train`` = ``wiki-train-human.jsonl`` (206 documents; the fork's ``data/wikievents/``, the train
  split with its human triggers, tokens only) is **our dev half**: rules may be written from it, and
  ``--errors`` lists its misses by class. Its text is the tokens joined back (:func:`detokenize`); its
  sentences end at a full stop, "!" or "?" that does not close an abbreviation ("Lt.", "U.S.").
- ``dev`` = ``dev_info.jsonl`` (20 documents, the fork's ``data/wikievents/legacy/``) is **held out, a
  test half**: no rule was written from it (it was the whole held-out set until the fourth session).
- ``test`` = ``test_info.jsonl`` (20 documents, same place) is **held out, a test half** as well.

KAIROS types are mapped to the schema's (:data:`TYPE_MAP`; unmapped types are not scored). A gold
event is *found* when a predicted event of the mapped type has its trigger in the same sentence.
Over found events: *participant recall* -- gold attacker/victim/target/participant/detainee/...
arguments (:data:`PARTY_ROLES`) that a predicted agent, target or participant names (one contains
the other, case-insensitive); *named participant recall* -- the same over gold arguments that are
names (capitalised, not a number): WikiEvents marks the head word of an argument, mostly a common
noun ("people", "soldiers", "15"), while the extractor's parties are named mentions only (the
:class:`conflict_kg.kg.model.Mention` contract), so the named subset is what it can find;
*place recall* -- gold ``Place`` arguments a predicted location names; *instrument recall* -- gold
``Instrument`` / ``ExplosiveDevice`` arguments that the event's instrument word or named weapons name;
*with descriptions* -- participant recall when the words of the parties an event describes without
naming them also count (``agent_descriptions`` / ``target_descriptions``: "two civilians", "gunmen";
see :mod:`conflict_kg.extract.en_unnamed`), over all gold party arguments and over the unnamed ones
(not capitalised), reported apart from the named columns.
*End to end*: the same argument hits over every gold event, found or not. *Sentence precision*: the
predicted events of the mapped types with a gold event of their type in their sentence (WikiEvents
annotates every event of its ontology, so an unsupported prediction is mostly a false event; its
Contact.Contact are mostly speech, which is no Meeting here).
*Found, fair*: the same over gold events other than communications (:func:`fair_type`: KAIROS
Contact.Contact Broadcast/Correspondence, or on train a Contact.Contact told by a speech word), which the
schema records as statements, not Meetings; the plain column keeps the old mapping for comparison. A
predicted party that is a pronoun or description standing for a name (``Mention.antecedent``) matches
by that name, or by its own words taken whole (:func:`_party_names`).
The baseline is raw trigger matching (found only; it names no argument).

Run: ``python -m bench.eval_events_wikievents`` (all splits present, each printed apart);
``--split train`` for one; ``--errors`` adds the dev half's (train's) missed arguments counted by class.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from bench.event_scoring import ratio, raw_trigger

__all__ = ["TYPE_MAP", "PARTY_ROLES", "INSTRUMENT_ROLES", "DATA_DIR", "SPLITS", "detokenize", "load_split", "score",
           "main"]

DATA_DIR = Path(os.environ.get("WIKIEVENTS_DIR", "/work/data/wikievents"))
#: split -> (file in :data:`DATA_DIR`, its use here).
SPLITS = {"train": ("wiki-train-human.jsonl", "our DEV half: rules may come from it"),
          "dev": ("dev_info.jsonl", "held out: TEST half"),
          "test": ("test_info.jsonl", "held out: TEST half")}
#: KAIROS type prefix -> schema event type.
TYPE_MAP = {
    "Conflict.Attack": "Attack", "Life.Die": "CasualtyReport", "Life.Injure": "CasualtyReport",
    "Justice.ArrestJailDetain": "Arrest", "Contact.Contact": "Meeting", "Justice.ChargeIndict": "Accusation",
}
#: KAIROS Contact.Contact is any communication. Its Broadcast and Correspondence subtypes (a speech, a
#: statement, a letter) are statements in our schema (scored by the statement benches), never a Meeting;
#: the train split has no subtypes, so there a Contact.Contact whose trigger is a speech word
#: (:data:`SPEECH_TRIGGERS`) counts as one. The "fair" found column leaves these out (:func:`fair_type`).
SPEECH_SUBTYPES = ("Contact.Contact.Broadcast", "Contact.Contact.Correspondence")
SPEECH_TRIGGERS = frozenset("""say says said saying tell tells told telling write writes wrote written writing
    report reports reported announce announces announced announcement statement statements speech speeches
    sermon broadcast broadcasts interview remarks comments add adds added describe described claim claims
    claimed call calls called post posted tweet tweeted testify testified state stated release released
    letter message""".split())
#: KAIROS roles that are parties (our agent / target / participant).
PARTY_ROLES = frozenset({"Attacker", "Victim", "Target", "Killer", "Injurer", "Participant", "Detainee", "Jailer",
                         "Defendant", "Prosecutor"})
#: KAIROS roles that are the means of an attack (our instrument).
INSTRUMENT_ROLES = frozenset({"Instrument", "ExplosiveDevice"})
# a death or an injury told with its attack is one Attack in the schema (merge_into)
_ALSO = {"CasualtyReport": {"Attack"}}

# detokenising the train split's tokens: no space before closing punctuation, none after opening
_NO_SPACE_BEFORE = frozenset(".,;:!?)]}%”’") | {"'s", "n't", "...", "'"}
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "“", "‘", "#", "-", "/"})
_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
# a full stop after these ends no sentence ("Lt. Gen. Prawut", "Mr. Trump"); nor after one capital ("U.S.")
_ABBREVIATIONS = frozenset(
    "lt gen mr mrs ms dr st sgt col capt maj rep sen gov gens jan feb aug sept sep oct nov dec no jr sr inc co corp "
    "ltd vs brig adm cpl pvt rev prof mt ft u.s a.m p.m".split())


def _space_before(tokens: list[str], i: int, quote_open: bool) -> bool:
    tok, prev = tokens[i], tokens[i - 1]
    if tok in _NO_SPACE_BEFORE and not (tok == "'" and i + 1 < len(tokens) and tokens[i + 1].lower() not in _CLITICS):
        return False
    if prev in _NO_SPACE_AFTER or tok in ("-", "/"):
        return False
    if prev in ("’", "'") and tok.lower() in _CLITICS and i >= 2 and tokens[i - 2][-1:].isalnum():
        return False  # "Thailand ’ s" -> "Thailand’s"
    if tok == '"':
        return not quote_open  # an opening quote is spaced from the word before, a closing one is not
    if prev == '"' and quote_open:
        return False
    # "U . S ." -> "U.S."
    return not (prev == "." and len(tok) == 1 and tok.isupper() and i >= 2 and len(tokens[i - 2]) == 1)


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text of a token list and each token's character span, spaced as English is written.

    >>> detokenize(["Thailand", "’", "s", "Chan", "-", "ocha", "said", ":", '"', "Get", "out", "!", '"'])[0]
    'Thailand’s Chan-ocha said: "Get out!"'
    """
    parts: list[str] = []
    spans, pos, quote_open = [], 0, False
    for i, tok in enumerate(tokens):
        if i and _space_before(tokens, i, quote_open):
            parts.append(" ")
            pos += 1
        if tok == '"':
            quote_open = not quote_open
        spans.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
    return "".join(parts), spans


def _sentence_ends(tokens: list[str]) -> list[int]:
    """Index after each sentence's last token: a full stop, "!" or "?" (with a closing quote after it)
    that does not close an abbreviation.

    >>> _sentence_ends("Lt . Gen . Prawut said : “ Go . ” He left .".split())
    [11, 14]
    """
    ends = []
    for i, tok in enumerate(tokens):
        if tok not in (".", "!", "?") or i + 1 >= len(tokens):
            continue
        prev = tokens[i - 1].lower() if i else ""
        if tok == "." and (prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isalpha())):
            continue
        end = i + 1
        while end < len(tokens) and tokens[end] in ("”", '"', "’", "'", ")"):
            end += 1
        if not ends or ends[-1] < end:
            ends.append(end)
    return ends + [len(tokens)]


def _from_tokens(raw: dict) -> dict:
    """A train-split document (tokens, triggers by token index) in the scorer's form."""
    tokens = raw["tokens"]
    text, spans = detokenize(tokens)
    sents, sent_of, start = [], [0] * len(tokens), 0
    for end in _sentence_ends(tokens):
        if end <= start:
            continue
        for i in range(start, end):
            sent_of[i] = len(sents)
        sents.append((spans[start][0], spans[end - 1][1]))
        start = end
    events = [{"type": ev["event_type"], "sent": sent_of[ev["trigger"]["start_idx"]], "trigger": ev["trigger"]["text"],
               "at": spans[ev["trigger"]["start_idx"]][0], "arguments": ev["arguments"]} for ev in raw["event_mentions"]]
    return {"doc_id": raw["docid"], "text": text, "spans": sents, "events": events}


def _trigger_offset(raw: dict, trig: dict) -> int | None:
    toks = raw["sentences"][trig["sent_idx"]][0]
    return toks[trig["start"]][1] if trig["start"] < len(toks) and isinstance(toks[trig["start"]], list) else None


def _from_info(raw: dict) -> dict:
    """A dev/test-split document (text, sentences with character offsets) in the scorer's form."""
    spans, pos = [], 0
    for sent in raw["sentences"]:
        first, last = sent[0][0], sent[0][-1]
        a = first[1] if isinstance(first, list) else raw["text"].find(sent[1], pos)
        b = last[2] if isinstance(last, list) else a + len(sent[1])
        spans.append((a, b))
        pos = b
    events = [{"type": ev["event_type"], "sent": ev["trigger"]["sent_idx"], "trigger": ev["trigger"]["text"],
               "at": _trigger_offset(raw, ev["trigger"]), "arguments": ev["arguments"]} for ev in raw["event_mentions"]]
    return {"doc_id": raw["doc_id"], "text": raw["text"], "spans": spans, "events": events}


def load_split(name: str) -> list[dict] | None:
    """The split's documents (``doc_id``, ``text``, sentence ``spans``, ``events`` with their sentence
    index), or None when its file is absent."""
    path = DATA_DIR / SPLITS[name][0]
    if not path.is_file():
        return None
    raws = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [_from_tokens(r) if "docid" in r else _from_info(r) for r in raws]


def _names_overlap(pred: list[str], gold: str) -> bool:
    g = gold.lower()
    return any(p and (p[1:].lower() == g if p.startswith("=") else p.lower() in g or g in p.lower()) for p in pred)


def _party_names(m) -> list[str]:
    """What a predicted party may match: its words, or for a pronoun or description standing for a
    named party (``Mention.antecedent``) that name, and its own words only as a whole ("=he"): WikiEvents
    marks either the pronoun or the name, and "he" must not match "the suspect" by containment.

    >>> from conflict_kg.kg.model import Mention
    >>> m = Mention("he", 0, 2, "Person", "PRON"); m.antecedent = "Aaron Driver"
    >>> _party_names(m), _names_overlap(_party_names(m), "He"), _names_overlap(_party_names(m), "the suspect")
    (['Aaron Driver', '=he'], True, False)
    """
    return [m.antecedent, "=" + m.text] if m.antecedent and m.label in ("PRON", "rule:coref") else [m.text]


def predictions(docs: list[dict], baseline: bool) -> dict[str, list[dict]]:
    from conflict_kg.kg.model import Document

    out: dict[str, list[dict]] = {}
    if baseline:
        from conflict_kg.extract.vocab_en import EVENT_TRIGGERS

        for d in docs:
            out[d["doc_id"]] = [{"type": hit[0], "start": m.start(), "parties": [], "described": [], "places": [],
                                 "instruments": []}
                                for m in re.finditer(r"[A-Za-z]+", d["text"])
                                for hit in [raw_trigger(m.group(), EVENT_TRIGGERS)] if hit]
        return out
    from conflict_kg.pipeline import extract_documents

    for rec in extract_documents([Document(d["doc_id"], d["text"], "en") for d in docs]):
        out[rec.doc.id] = [{"type": e.type, "start": e.start,
                            "parties": [x for m in e.agents + e.targets + e.participants for x in _party_names(m)],
                            "described": e.agent_descriptions + e.target_descriptions,
                            "places": [m.text for m in e.locations],
                            "instruments": [m.text for m in e.instruments] + [w for w in [e.instrument] if w]}
                           for e in rec.events]
    return out


def mapped_type(kairos: str) -> str | None:
    """The schema type of a KAIROS event type, or None when it is not scored."""
    return next((t for k, t in TYPE_MAP.items() if kairos.startswith(k)), None)


def fair_type(ev: dict) -> str | None:
    """The schema type a gold event is fairly scored as: :func:`mapped_type`, but None for a communication
    the schema records as a statement (:data:`SPEECH_SUBTYPES`, :data:`SPEECH_TRIGGERS`).

    >>> fair_type({"type": "Contact.Contact.Broadcast", "trigger": "speech"}), fair_type(
    ...     {"type": "Contact.Contact", "trigger": "said"}), fair_type({"type": "Contact.Contact", "trigger": "met"})
    (None, None, 'Meeting')
    """
    typ = mapped_type(ev["type"])
    if typ == "Meeting" and (ev["type"].startswith(SPEECH_SUBTYPES) or (
            ev["type"] == "Contact.Contact" and ev["trigger"].lower() in SPEECH_TRIGGERS)):
        return None
    return typ


def matching(doc: dict, ev: dict, preds: list[dict]) -> list[dict]:
    """Predicted events of the gold event's mapped type with their trigger in its sentence."""
    typ = mapped_type(ev["type"])
    a, b = doc["spans"][ev["sent"]]
    return [p for p in preds if (p["type"] == typ or p["type"] in _ALSO.get(typ, ())) and a <= p["start"] < b]


def _score_args(c: dict[str, int], ev: dict, hits: list[dict]) -> None:
    parties = [x for p in hits for x in p["parties"]]
    described = parties + [x for p in hits for x in p["described"]]
    places = [x for p in hits for x in p["places"]]
    instruments = [x for p in hits for x in p["instruments"]]
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
        elif arg["role"] in INSTRUMENT_ROLES:
            c["instr_n"] += 1
            c["instr"] += _names_overlap(instruments, arg["text"])


def _supported(doc: dict, preds: list[dict]) -> int:
    """How many predicted events of the mapped types have a gold event of their type (or one that merges
    into it) in their sentence: a sentence-level precision, since WikiEvents annotates every event of its
    ontology."""
    ok = 0
    for p in preds:
        if p["type"] not in set(TYPE_MAP.values()):
            continue
        ok += any(matching(doc, ev, [p]) for ev in doc["events"] if mapped_type(ev["type"]) is not None)
    return ok


def score(docs: list[dict], preds: dict[str, list[dict]]) -> dict[str, int]:
    c = {k: 0 for k in ("gold", "found", "pred", "party", "party_n", "named", "named_n", "place", "place_n",
                        "party_d", "unnamed_d", "unnamed_n", "instr", "instr_n", "party_all", "place_all",
                        "instr_all", "pred_ok", "gold_fair", "found_fair")}
    for d in docs:
        ps = preds.get(d["doc_id"], [])
        c["pred"] += sum(1 for p in ps if p["type"] in set(TYPE_MAP.values()))
        c["pred_ok"] += _supported(d, ps)
        for ev in d["events"]:
            if mapped_type(ev["type"]) is None:
                continue
            c["gold"] += 1
            hits = matching(d, ev, ps)
            fair = fair_type(ev) is not None
            c["gold_fair"] += fair
            c["found_fair"] += fair and bool(hits)
            if hits:
                c["found"] += 1
                _score_args(c, ev, hits)
            for arg in ev["arguments"]:  # end to end: over every gold event, found or not
                key = "party" if arg["role"] in PARTY_ROLES else "place" if arg["role"] == "Place" else \
                    "instr" if arg["role"] in INSTRUMENT_ROLES else None
                if key is not None:
                    c[f"{key}_all"] += 1
    return c


def _table(name: str, docs: list[dict], baseline: bool = True) -> dict[str, dict[str, int]]:
    print(f"\nWikiEvents {name} -- {SPLITS[name][1]}: {len(docs)} documents\n")
    print("| system | gold events | found (recall) | participant recall (found events) | named participant recall "
          "| place recall (found events) | instrument recall (found events) | participant recall with descriptions "
          "| unnamed participant recall with descriptions |")
    print("|---|---|---|---|---|---|---|---|---|")
    out = {}
    for system, base in (("raw triggers", True), ("conflict-kg", False)):
        if base and not baseline:
            continue
        c = out[system] = score(docs, predictions(docs, base))
        print(f"| {system} | {c['gold']} | {ratio(c['found'], c['gold'])} | {ratio(c['party'], c['party_n'])} "
              f"| {ratio(c['named'], c['named_n'])} | {ratio(c['place'], c['place_n'])} "
              f"| {ratio(c['instr'], c['instr_n'])} "
              f"| {ratio(c['party_d'], c['party_n'])} | {ratio(c['unnamed_d'], c['unnamed_n'])} |")
    c = out["conflict-kg"]
    print(f"\nconflict-kg: {c['pred']} predicted events of the mapped types for {c['gold']} gold ones, "
          f"{ratio(c['pred_ok'], c['pred'])} with a gold event of their type in their sentence; "
          "end to end (over every gold event, found or not): participants with descriptions "
          f"{ratio(c['party_d'], c['party_all'])}, places {ratio(c['place'], c['place_all'])}, "
          f"instruments {ratio(c['instr'], c['instr_all'])}")
    print(f"found with communication contacts left out (fair_type: a speech or a letter is a statement, no "
          f"Meeting): {ratio(c['found_fair'], c['gold_fair'])}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=sorted(SPLITS), action="append",
                    help="train (our dev half), dev or test (held-out test halves); default: every one present")
    ap.add_argument("--errors", action="store_true", help="the train split's (dev half's) misses by class")
    ap.add_argument("--examples", type=int, default=0, help="with --errors: print N dev sentences per class")
    ap.add_argument("--no-baseline", action="store_true", help="skip the raw-trigger rows")
    args = ap.parse_args(argv)
    print("WikiEvents, mapped types", sorted(set(TYPE_MAP.values())))
    ran = 0
    for name in args.split or list(SPLITS):
        docs = load_split(name)
        if docs is None:
            print(f"\neval_events_wikievents: {name} skipped: {DATA_DIR / SPLITS[name][0]} is absent "
                  "(see the module docstring to fetch it)")
            continue
        ran += 1
        _table(name, docs, not args.no_baseline)
        if args.errors and name == "train":
            from bench.wikievents_errors import report

            report(docs, predictions(docs, False), args.examples)
    if not ran:
        print("eval_events_wikievents: skipped: no split present")
    return 0


if __name__ == "__main__":
    sys.exit(main())
