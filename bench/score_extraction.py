"""Score extracted :class:`conflict_kg.kg.model.DocRecords` against a hand-annotated gold file (any language).

Gold format (JSON, language-neutral; same keys as ``tests/gold/en_seed_000.json``)::

    {
      "doc": {"seed": "001_….txt", "id": "001_…", "lang": "ja", "date": "2022-12-31"},
      "annotation": "how the file was annotated (guidelines, who, caveats)",
      "person_roles": [{"person": "ゲラシモフ", "role": "参謀総長", "org": "ロシア軍"}],
      "statements": [{"speaker": "プーチン" | null, "speaker_role": "報道官", "speaker_org": "国務省",
                      "quote_start": "両国の軍事", "verb": "述べる", "medium": "video",
                      "date": "2022-12-30" | null, "direct": true}],
      "events": [{"type": "Capture", "location": "クピャンスク" | null, "date": "2025-11-20" | null}],
      "claims": [{"claimant": "露国防省", "stance": "asserts", "about": "ベショロエ"}]
    }

``person`` is the fullest name written in the document (short forms are the same person);
gold lists each (person, role) once. ``date`` may be a range ``"A/B"``.

Matching rules (lenient, one-to-one, greedy in gold order; strings whitespace-normalised
and case-folded):

* **name**: equal, or one is a ``・``/space-separated suffix of the other
  ("キム" ~ "ユーリ・ウラジミロビッチ・キム", "Putin" ~ "Vladimir Putin"); a predicted
  person is represented by its ``antecedent`` when set, else its text.
* **person role**: same name and one role string ends with / starts with the other
  ("主席" ~ "国家主席", "大使" ~ "国連大使", "aide" ~ "aide to …"). Predictions are
  de-duplicated on (name, role) first, collapsing roles of one person that contain each
  other. The gold ``org`` is scored separately as org accuracy over matched pairs
  (gold org contained in the predicted org text or vice versa).
* **statement**: the predicted quote *contains* the gold ``quote_start`` (indirect content
  boundaries are fuzzy), and the speaker agrees: named gold speaker ~ predicted speaker
  (name rule, also tried against the predicted ``speaker_org``); unnamed gold speaker
  (``speaker: null``) needs the gold ``speaker_role`` inside the predicted role and the gold
  ``speaker_org`` (if any) overlapping the predicted org text. ``statements_quote_only``
  ignores the speaker. verb/medium/date/direct are reported as accuracy over matches.
* **event**: same type; location: gold ``null`` matches any prediction, else the gold
  location must overlap (substring either way) a predicted location or target text;
  ``events`` also needs the date (gold null = predicted null; range = inclusive);
  ``events_type_location`` drops the date.
* **claim**: same stance, claimant name rule (against the claimant text/antecedent) and the
  gold ``about`` string found in the claim text or its event's locations/targets.

Use from code:
:func:`score` with DocRecords (the Japanese tests and ``bench/results_extract_ja.md`` do).
"""
from __future__ import annotations

import re
from typing import Any, Callable

from conflict_kg.kg.model import DocRecords, Mention

__all__ = ["prf", "score", "name_match", "format_table"]


def _norm(s: object) -> str:
    return re.sub(r"\s+", " ", str(s or "").replace("’", "'")).strip().lower()


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """Precision/recall/F1 with zero-safe division.

    >>> prf(1, 2, 4)
    {'p': 0.5, 'r': 0.25, 'f1': 0.333, 'tp': 1, 'pred': 2, 'gold': 4}
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


def name_match(a: str | None, b: str | None) -> bool:
    """Same name, or one is a word-suffix of the other.

    >>> name_match("キム", "ユーリ・ウラジミロビッチ・キム"), name_match("Putin", "Vladimir Putin"), name_match("キム", "キムラ")
    (True, True, False)
    """
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return long_.endswith(("・" + short, " " + short))


def _key(m: Mention | None) -> str:
    return (m.antecedent or m.text) if m is not None else ""


def _contains_either(a: str | None, b: str | None) -> bool:
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x in y or y in x)


def _role_ok(pred: str, gold: str) -> bool:
    a, b = _norm(pred), _norm(gold)
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a) or a.startswith(b + " ") or b.startswith(a + " "))


def _date_ok(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return pred is None
    if "/" in gold and pred is not None:
        lo, hi = gold.split("/", 1)
        return lo <= pred <= hi or pred in (lo, hi)
    return pred == gold


def _match(preds: list, golds: list, ok: Callable[[Any, dict], bool]) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and ok(p, g):
                used.add(pi)
                pairs.append((pi, gi))
                break
    return pairs


def _dedupe_roles(rec: DocRecords) -> list:
    out: list = []
    for r in rec.roles:
        if not any(name_match(_key(o.person), _key(r.person)) and _role_ok(o.role, r.role) for o in out):
            out.append(r)
    return out


def score(rec: DocRecords, gold: dict) -> dict[str, Any]:
    """P/R/F1 per record type (see the module docstring for the matching rules)."""
    out: dict[str, Any] = {}
    roles = _dedupe_roles(rec)
    g_roles = gold.get("person_roles", [])
    pairs = _match(roles, g_roles, lambda p, g: name_match(_key(p.person), g["person"]) and _role_ok(p.role, g["role"]))
    out["person_roles"] = prf(len(pairs), len(roles), len(g_roles))
    with_org = [(pi, gi) for pi, gi in pairs if g_roles[gi].get("org")]
    org_ok = sum(1 for pi, gi in with_org if roles[pi].org is not None and _contains_either(roles[pi].org.text, g_roles[gi]["org"]))
    out["person_role_org_accuracy"] = f"{org_ok}/{len(with_org)}"

    def speaker_ok(p, g) -> bool:
        if g.get("speaker"):
            return name_match(_key(p.speaker), g["speaker"]) or (
                p.speaker is not None and _contains_either(p.speaker.text, g["speaker"])) or (
                p.speaker_org is not None and _contains_either(p.speaker_org.text, g["speaker"]))
        if not g.get("speaker_role") or not p.speaker_role or _norm(g["speaker_role"]) not in _norm(p.speaker_role):
            return False
        return not g.get("speaker_org") or (p.speaker_org is not None and _contains_either(p.speaker_org.text, g["speaker_org"]))

    def quote_ok(p, g) -> bool:
        return _norm(g["quote_start"]) in _norm(p.quote)

    g_st = gold.get("statements", [])
    pairs = _match(rec.statements, g_st, lambda p, g: quote_ok(p, g) and speaker_ok(p, g))
    out["statements"] = prf(len(pairs), len(rec.statements), len(g_st))
    out["statements_quote_only"] = prf(len(_match(rec.statements, g_st, quote_ok)), len(rec.statements), len(g_st))
    attrs = {}
    for attr in ("verb", "medium", "date", "direct"):
        right = sum(1 for pi, gi in pairs if _norm(getattr(rec.statements[pi], attr)) == _norm(g_st[gi].get(attr)))
        attrs[attr] = f"{right}/{len(pairs)}"
    out["statement_attributes"] = attrs

    def loc_ok(p, g) -> bool:
        if g.get("location") is None:
            return True
        return any(_contains_either(m.text, g["location"]) for m in p.locations + p.targets)

    g_ev = gold.get("events", [])
    out["events"] = prf(len(_match(rec.events, g_ev, lambda p, g: p.type == g["type"] and loc_ok(p, g)
                                   and _date_ok(p.date, g.get("date")))), len(rec.events), len(g_ev))
    out["events_type_location"] = prf(len(_match(rec.events, g_ev, lambda p, g: p.type == g["type"] and loc_ok(p, g))),
                                      len(rec.events), len(g_ev))
    out["events_type_only"] = prf(len(_match(rec.events, g_ev, lambda p, g: p.type == g["type"])), len(rec.events), len(g_ev))

    def claim_ok(p, g) -> bool:
        if p.stance != g["stance"]:
            return False
        if g.get("claimant") and not (name_match(_key(p.claimant), g["claimant"])
                                      or (p.claimant is not None and _contains_either(p.claimant.text, g["claimant"]))):
            return False
        about = _norm(g.get("about"))
        if not about:
            return True
        ev = rec.events[p.event_index] if p.event_index is not None and p.event_index < len(rec.events) else None
        texts = [p.text] + ([m.text for m in ev.locations + ev.targets] if ev else [])
        return any(about in _norm(t) for t in texts)

    g_cl = gold.get("claims", [])
    out["claims"] = prf(len(_match(rec.claims, g_cl, claim_ok)), len(rec.claims), len(g_cl))
    return out


def format_table(name: str, result: dict[str, Any]) -> str:
    """A Markdown table of one document's scores."""
    lines = [f"### {name}", "", "| record type | P | R | F1 | tp/pred/gold |", "|---|---|---|---|---|"]
    for k, v in result.items():
        if isinstance(v, dict) and "f1" in v:
            lines.append(f"| {k} | {v['p']:.3f} | {v['r']:.3f} | {v['f1']:.3f} | {v['tp']}/{v['pred']}/{v['gold']} |")
    extra = {k: v for k, v in result.items() if not (isinstance(v, dict) and "f1" in v)}
    if extra:
        lines += ["", "Attribute accuracy over matched records: " + "; ".join(f"{k}: {v}" for k, v in extra.items())]
    return "\n".join(lines) + "\n"
