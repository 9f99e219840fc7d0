"""Missed WikiEvents arguments counted by class, on the dev half only (the ``train`` split).

Run through ``python -m bench.eval_events_wikievents --split train --errors`` (``--examples N`` prints
N sentences per class). Each gold party, place or instrument argument of a gold event is put in one
class by where its head word sits in the parse relative to the trigger:

- ``no event``: no predicted event of the type in the trigger's sentence (counted per trigger lemma too);
- ``other sentence``: the argument's words are not in the trigger's sentence (co-reference);
- ``dep <label>``: a direct dependent of the trigger ("nsubj", "dobj", "poss", "compound", "amod"...);
- ``prep <word>``: the object of a preposition on the trigger ("by", "against", "in", "of", ...);
- ``light <label>`` / ``light prep <word>``: a dependent of the verb the trigger is the object or subject of;
- ``modified noun``: the noun a participle or relative-clause trigger modifies ("civilians killed in");
- ``appos``: an apposition to a direct dependent;
- ``same clause`` / ``other clause``: anything else under the trigger's clause verb, or beyond it.
"""
from __future__ import annotations

import collections
from typing import TYPE_CHECKING

from bench.eval_events_wikievents import INSTRUMENT_ROLES, PARTY_ROLES, mapped_type, matching

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["classify", "report"]

_DIRECT = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound", "amod", "agent", "attr", "dative", "npadvmod",
                     "nmod", "conj"})


def _group(arg: dict) -> str | None:
    if arg["role"] in PARTY_ROLES:
        return "party named" if arg["text"][:1].isupper() else "party unnamed"
    if arg["role"] == "Place":
        return "place"
    if arg["role"] in INSTRUMENT_ROLES:
        return "instrument"
    return None


def _clause(tok: "Token") -> "Token":
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _path_class(t: "Token", a: "Token") -> str:
    """The class of argument head ``a`` relative to trigger ``t`` (see the module docstring)."""
    if a.head.i == t.i:
        return f"dep {a.dep_}" if a.dep_ != "prep" else f"prep {a.lower_}"
    if a.dep_ == "pobj" and a.head.head.i == t.i:
        return f"prep {a.head.lower_}"
    if a.dep_ == "pobj" and a.head.dep_ == "agent" and a.head.head.i == t.i:
        return "prep by"
    if t.head.i == a.i and t.dep_ in ("acl", "relcl", "amod", "compound"):
        return f"modified noun ({t.dep_})"
    if a.dep_ == "appos" and a.head.head.i == t.i:
        return "appos"
    light = t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") else None
    if light is not None and light.dep_ == "prep":
        light = light.head
    if light is not None:
        if a.head.i == light.i:
            return f"light {a.dep_}"
        if a.dep_ == "pobj" and a.head.head.i == light.i:
            return f"light prep {a.head.lower_}"
    if _clause(a).i == _clause(t).i:
        return "same clause"
    return "other clause"


def _arg_head(sent, text: str, t: "Token") -> "Token | None":
    """The syntactic head of the occurrence of ``text`` in ``sent`` nearest to the trigger."""
    low, best = text.lower(), None
    s = sent.text.lower()
    start = s.find(low)
    while start >= 0:
        span = sent.doc.char_span(sent.start_char + start, sent.start_char + start + len(text), alignment_mode="expand")
        if span is not None and (best is None or abs(span.root.i - t.i) < abs(best.i - t.i)):
            best = span.root
        start = s.find(low, start + 1)
    return best


def classify(doc, ev: dict, arg: dict, found: bool) -> str:
    """The class of one gold argument (``doc`` is the spaCy parse of the document's text)."""
    if not found:
        return "no event"
    span = doc.char_span(ev["at"], ev["at"] + 1, alignment_mode="expand") if ev.get("at") is not None else None
    if span is None:
        return "trigger not aligned"
    t = span[0]
    a = _arg_head(t.sent, arg["text"], t)
    return "other sentence" if a is None else _path_class(t, a)


def _count(docs: list[dict], preds: dict[str, list[dict]]):
    from conflict_kg.extract.models import load_model

    nlp = load_model("en")
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    unfound: collections.Counter = collections.Counter()
    examples: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for d in docs:
        parsed, ps = None, preds.get(d["doc_id"], [])
        for ev in d["events"]:
            if mapped_type(ev["type"]) is None:
                continue
            hits = matching(d, ev, ps)
            if not hits:
                unfound[(mapped_type(ev["type"]), ev["trigger"].lower())] += 1
            for arg in ev["arguments"]:
                group = _group(arg)
                if group is None or (hits and _hit(group, arg["text"], hits)):
                    continue
                parsed = parsed if parsed is not None else nlp(d["text"])
                cls = classify(parsed, ev, arg, bool(hits))
                counts[group][cls] += 1
                a, b = d["spans"][ev["sent"]]
                examples[(group, cls)].append(f"{ev['trigger']} -> {arg['role']} {arg['text']!r}: {d['text'][a:b]}")
    return counts, unfound, examples


def _hit(group: str, text: str, hits: list[dict]) -> bool:
    key = {"party named": "parties", "party unnamed": "described", "place": "places", "instrument": "instruments"}[group]
    words = [x for p in hits for x in p[key]] + ([x for p in hits for x in p["parties"]] if key == "described" else [])
    g = text.lower()
    return any(w and (w.lower() in g or g in w.lower()) for w in words)


def report(docs: list[dict], preds: dict[str, list[dict]], examples: int = 0) -> None:
    """Print the dev half's missed arguments by group and class, and the unfound events' triggers."""
    counts, unfound, ex = _count(docs, preds)
    print("\nMissed arguments on the DEV half (train split), by class:\n")
    for group in sorted(counts):
        total = sum(counts[group].values())
        print(f"- {group} ({total} missed): " + ", ".join(f"{k} {v}" for k, v in counts[group].most_common()))
    print("\nUnfound gold events by (type, trigger), top 40: "
          + ", ".join(f"{t}/{w} {n}" for (t, w), n in unfound.most_common(40)))
    if examples:
        for (group, cls), lines in sorted(ex.items(), key=lambda kv: -len(kv[1])):
            print(f"\n## {group} / {cls} ({len(lines)})")
            for line in lines[:examples]:
                print("  -", line[:300])
