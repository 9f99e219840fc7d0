"""Japanese events and their arguments against ``bench/gold/ja_wikinews_events.jsonl`` (dev and test).

The 64 Wikinews articles (``../shared/eval/ja_wikinews_articles``; ids and the dev/test split in
``bench/gold/ja_wikinews_articles.json``) go through the real pipeline extraction
(:func:`conflict_kg.pipeline.extract_documents`). The article body is the document; its date is
the latest full date the text writes (the source notes' publication date), as the gold completes
day-only dates from the source notes.

A predicted event *matches* a gold body event of the same type whose trigger lies in the same
sentence (``。`` or line), each used once. Over matched events: agent right (a predicted agent and
a gold agent contain one another; the participants of a meeting or an agreement count as agents,
as the gold writes all their parties there), target right (likewise), place right (a predicted location
names the gold location, or lies within 30 km of its coordinates), date right (the date the graph
writes -- the event's own, else the document's -- equals the gold date; a gold range is compared
by its start), fatalities right (the stated figure). A party the tool keeps as words, not as an entity
(``Event.agent_descriptions`` / ``target_descriptions``: "男", "被害者2人") is right for a gold party
written by a common noun -- the guideline's "unnamed agents keep the noun as written", marked in the gold
by a lower-case English gloss in ``agent_en`` / ``target_en`` -- when one of the two phrases ends with the
other (Japanese phrases end in their head: "交際相手の男" / "男"), or one contains the other and the
shorter has two characters or more ("被害者" / "被害者2人"); never for a named gold party. *Strict*: matched and every field the gold
states is right. Gold events outside the body (headline, source note, related list, caption)
are not targets; a predicted event in their sentence counts as a zone false positive.

The baseline is raw trigger matching: every trigger word of ``conflict_kg.extract.vocab_ja.EVENT_TRIGGERS``
is an event of its type (one per sentence and type), with no arguments and the document's date.

Run: ``python -m bench.eval_events_ja`` (needs ``../shared``). ``--errors`` adds a per-record error
dump of the **dev** half only (misses, false positives with their sentence, argument mistakes of
matched events), for designing rules without looking at the test half.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.event_scoring import NEAR_KM, count_matches, km, place_coords, ratio

__all__ = ["GOLD", "ARTICLES", "load_gold", "described", "score", "main"]

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold" / "ja_wikinews_events.jsonl"
ARTICLES = ROOT.parent / "shared" / "eval" / "ja_wikinews_articles" / "articles.jsonl"
_SENT = re.compile(r"[^。\n]+。?")
_FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
# English source notes ("BBC,July 23,2005"): the outlet's date when no Japanese date is written
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_EN_DATE = re.compile(r"(" + "|".join(_EN_MONTHS) + r")\s?(\d{1,2}),\s?(\d{4})")


@dataclass
class Pred:
    """A predicted event as the scorer sees it (language-neutral)."""

    type: str
    start: int
    agents: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    locations: list = field(default_factory=list)  # Mention objects (resolved for coordinates)
    date: str | None = None
    fatalities: int | None = None
    agent_words: list[str] = field(default_factory=list)
    target_words: list[str] = field(default_factory=list)


def load_gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def doc_date(text: str) -> str | None:
    """The latest full date the text writes (a Wikinews article's source notes carry its date).

    >>> doc_date("…と述べた。BBC,July 23,2005 AP,July 22,2005"), doc_date("2005年10月18日。")
    ('2005-07-23', '2005-10-18')
    """
    dates = [f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for y, m, d in _FULL_DATE.findall(text)]
    dates += [f"{int(y):04d}-{_EN_MONTHS.index(mo) + 1:02d}-{int(d):02d}" for mo, d, y in _EN_DATE.findall(text)]
    return max(dates) if dates else None


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    for m in _SENT.finditer(text):
        if m.start() <= pos < m.end():
            return m.start(), m.end()
    return pos, pos + 1


def _overlaps(a: list[str], b: list[str]) -> bool:
    return any(x and y and (x in y or y in x) for x in a for y in b)


def described(words: list[str], gold: list[str], gold_en: list[str]) -> bool:
    """Does a party kept as words match a gold party written by a common noun (lower-case gloss)?

    >>> described(["交際相手の男"], ["男"], ["the man"]), described(["被害者"], ["被害者2人"], ["two abductees"])
    (True, True)
    >>> described(["男"], ["鈴木宗男氏の長女"], ["eldest daughter of Muneo Suzuki"]), described(["男"], ["鈴木武"], ["Takeshi Suzuki"])
    (False, False)
    """
    common = [g for g, en in zip(gold, gold_en) if en[:1].islower()]
    return any(w.endswith(g) or g.endswith(w) or ((w in g or g in w) and min(len(w), len(g)) >= 2)
               for w in words for g in common if w and g)


def _party_right(names: list[str], words: list[str], g: dict, role: str) -> bool:
    return _overlaps(names, g[role]) or described(words, g[role], g.get(role + "_en") or [])


def predictions(docs: list, baseline: bool = False) -> dict[str, list[Pred]]:
    """Predicted events per article id: the tool's, or raw trigger matches."""
    if baseline:
        return {d.id: _baseline(d.text, d.date) for d in docs}
    from conflict_kg.pipeline import extract_documents

    out: dict[str, list[Pred]] = {}
    for rec in extract_documents(docs):
        # the gold puts every party of a meeting or an agreement in ``agent``; the schema calls them
        # participants (types whose row has ``participants``): compared as agents
        # a coreferent mention ("同容疑者", a bare "大統領") names its antecedent too
        out[rec.doc.id] = [Pred(e.type, e.start, _names(e.agents + _parties(e)), _names(e.targets),
                                list(e.locations), e.date or rec.doc.date,
                                e.fatalities.value if e.fatalities else None,
                                list(e.agent_descriptions), list(e.target_descriptions)) for e in rec.events]
    return out


def _names(ms: list) -> list[str]:
    return [n for m in ms for n in (m.text, m.antecedent) if n]


def _parties(e) -> list:
    from conflict_kg.kg.schema import EVENT_SCHEMA

    row = EVENT_SCHEMA.get(e.type)
    return list(e.participants) if row is not None and row.participants else []


def _baseline(text: str, date: str | None) -> list[Pred]:
    from conflict_kg.extract.vocab_ja import EVENT_TRIGGERS

    out = []
    for s in _SENT.finditer(text):
        seen = set()
        for word, typ, _mode in EVENT_TRIGGERS:  # longest first
            pos = text.find(word, s.start(), s.end())
            if pos >= 0 and typ not in seen:
                seen.add(typ)
                out.append(Pred(typ, pos, date=date))
    return out


def _place_right(resolver, p: Pred, g: dict, places: dict[str, tuple[float, float]]) -> bool:
    if _overlaps([m.text for m in p.locations], g["location"]):
        return True
    gold = [places[t] for t in g["location"] if t in places]
    pred = place_coords(resolver, p.locations, "ja")
    return any(km(a, b, c, d) <= NEAR_KM for a, b in pred for c, d in gold)


def score(gold: list[dict], preds: dict[str, list[Pred]], texts: dict[str, str], split: str, resolver) -> dict:
    """Counts of one split: events found/predicted/gold, argument checks over matched events."""
    c = {k: 0 for k in ("gold", "pred", "tp", "strict", "zone_fp", "agent", "agent_n", "target", "target_n",
                        "place", "place_n", "date", "date_n", "fat", "fat_n")}
    for art in gold:
        if art["split"] != split:
            continue
        text = texts[art["id"]]
        places = {p["text"]: (p["lat"], p["lon"]) for p in art["places"] if p.get("lat") is not None}
        body = [g for g in art["events"] if g.get("zone", "body") == "body"]
        zones = [_sentence_of(text, g["trigger_start"]) for g in art["events"]
                 if g.get("zone") in ("source_note", "related", "caption")]
        ps = preds.get(art["id"], [])
        c["gold"] += len(body)
        c["pred"] += len(ps)
        used: set[int] = set()
        for g in body:
            a, b = _sentence_of(text, g["trigger_start"])
            cands = [i for i, p in enumerate(ps) if i not in used and p.type == g["type"] and a <= p.start < b]
            if not cands:
                continue
            i = min(cands, key=lambda k: abs(ps[k].start - g["trigger_start"]))
            used.add(i)
            c["tp"] += 1
            ok = _judge(c, ps[i], g, places, resolver)
            c["strict"] += ok
        c["zone_fp"] += sum(1 for i, p in enumerate(ps) if i not in used and any(a <= p.start < b for a, b in zones))
    return c


def _judge(c: dict, p: Pred, g: dict, places: dict, resolver) -> bool:
    """Count the argument checks of one matched pair; True when every stated field is right."""
    ok = True
    checks = (
        ("agent", bool(g["agent"]), lambda: _party_right(p.agents, p.agent_words, g, "agent")),
        ("target", bool(g["target"]), lambda: _party_right(p.targets, p.target_words, g, "target")),
        ("place", bool(g["location"]), lambda: _place_right(resolver, p, g, places)),
        ("date", bool(g["date"]), lambda: p.date == str(g["date"]).split("/")[0]),
        ("fat", g.get("fatalities") is not None, lambda: count_matches(p.fatalities, g["fatalities"])),
    )
    for name, stated, right in checks:
        if not stated:
            continue
        c[name + "_n"] += 1
        hit = right()
        c[name] += hit
        ok = ok and hit
    return ok


def errors(gold: list[dict], preds: dict[str, list[Pred]], texts: dict[str, str], resolver) -> str:
    """Per-record errors of the dev half: a line per miss, false positive and wrong field."""
    lines = []
    for art in gold:
        if art["split"] != "dev":
            continue
        text, ps, used = texts[art["id"]], preds.get(art["id"], []), set()
        places = {p["text"]: (p["lat"], p["lon"]) for p in art["places"] if p.get("lat") is not None}
        for g in (g for g in art["events"] if g.get("zone", "body") == "body"):
            a, b = _sentence_of(text, g["trigger_start"])
            cands = [i for i, p in enumerate(ps) if i not in used and p.type == g["type"] and a <= p.start < b]
            if not cands:
                lines.append(f"{art['id']} MISS {g['type']} {g['trigger']}@{g['trigger_start']} | {text[a:b].strip()}")
                continue
            i = min(cands, key=lambda k: abs(ps[k].start - g["trigger_start"]))
            used.add(i)
            lines += [f"{art['id']} ARG {g['type']} {g['trigger']}@{g['trigger_start']} {msg}"
                      for msg in _arg_errors(ps[i], g, places, resolver)]
        for i, p in enumerate(ps):
            if i not in used:
                a, b = _sentence_of(text, p.start)
                lines.append(f"{art['id']} FP {p.type} {text[p.start:p.start + 4]}@{p.start} | {text[a:b].strip()}")
    return "\n".join(lines)


def _arg_errors(p: Pred, g: dict, places: dict, resolver) -> list[str]:
    out = []
    if g["agent"] and not _party_right(p.agents, p.agent_words, g, "agent"):
        out.append(f"agent {p.agents}/{p.agent_words} != {g['agent']}")
    if g["target"] and not _party_right(p.targets, p.target_words, g, "target"):
        out.append(f"target {p.targets}/{p.target_words} != {g['target']}")
    if g["location"] and not _place_right(resolver, p, g, places):
        out.append(f"place {[m.text for m in p.locations]} != {g['location']}")
    if g["date"] and p.date != str(g["date"]).split("/")[0]:
        out.append(f"date {p.date} != {g['date']} ({g.get('date_text')})")
    if g.get("fatalities") is not None and not count_matches(p.fatalities, g["fatalities"]):
        out.append(f"fatalities {p.fatalities} != {g['fatalities']}")
    return out


def table(rows: list[tuple[str, str, dict]]) -> str:
    head = ("| system | split | P | R | strict P | strict R | agent | target | place ≤30 km | date | fatalities "
            "| zone FP |\n|---|---|---|---|---|---|---|---|---|---|---|---|")
    lines = [head]
    for system, split, c in rows:
        lines.append(
            f"| {system} | {split} | {ratio(c['tp'], c['pred'])} | {ratio(c['tp'], c['gold'])} "
            f"| {ratio(c['strict'], c['pred'])} | {ratio(c['strict'], c['gold'])} | {ratio(c['agent'], c['agent_n'])} "
            f"| {ratio(c['target'], c['target_n'])} | {ratio(c['place'], c['place_n'])} | {ratio(c['date'], c['date_n'])} "
            f"| {ratio(c['fat'], c['fat_n'])} | {c['zone_fp']} |")
    return "\n".join(lines)


def main() -> int:
    if not ARTICLES.is_file():
        print(f"eval_events_ja: skipped: {ARTICLES} is absent")
        return 0
    from conflict_kg.kg.model import Document
    from conflict_kg.kg.resolve import Resolver

    gold = load_gold()
    ids = {g["id"] for g in gold}
    texts = {}
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        if a["id"] in ids:
            texts[a["id"]] = a["text"]
    docs = [Document(id=i, text=t, lang="ja", date=doc_date(t)) for i, t in texts.items()]
    resolver = Resolver()
    rows = []
    for system, baseline in (("raw triggers", True), ("conflict-kg", False)):
        preds = predictions(docs, baseline)
        for split in ("dev", "test"):
            rows.append((system, split, score(gold, preds, texts, split, resolver)))
    n = {s: sum(1 for g in gold if g["split"] == s) for s in ("dev", "test")}
    print(f"Japanese Wikinews events: {n['dev']} dev / {n['test']} test articles "
          f"({rows[0][2]['gold']} / {rows[1][2]['gold']} gold body events)\n")
    print(table(rows))
    if "--errors" in sys.argv[1:]:
        print("\nDev errors (MISS: gold event not found; FP: predicted, not in gold; ARG: wrong field):")
        print(errors(gold, predictions(docs), texts, resolver))
    return 0


if __name__ == "__main__":
    sys.exit(main())
