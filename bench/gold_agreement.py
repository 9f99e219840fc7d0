"""Inter-annotator agreement on the Japanese Wikinews gold (events and statements).

The first annotator's gold (``bench/gold/ja_wikinews_events.jsonl``,
``bench/gold/ja_wikinews_statements.jsonl``) is compared with an independent second
annotation of 16 of its articles (``bench/gold/ja_wikinews_iaa.jsonl``: the first 8 dev and
the first 8 test articles of ``ja_wikinews_articles.json``), made from the two guidelines and
the article texts only, before the first annotator's files were opened.

* **Events** are matched one-to-one (greedy, best overlap first) when they have the same type,
  the same field (body text or headline), triggers that overlap or lie at most ``NEARBY``
  characters apart, and (body text) the same sentence. Matched pairs are compared field by
  field (agent, target, location, date, fatalities, injuries, status); event P/R/F1 take the
  first annotator as the reference.
* **Statements** are matched one-to-one by overlapping quote spans in the same field, best
  Jaccard overlap first; then speaker, kind, role/org, direct flag and exact boundaries are
  compared; statement P/R/F1 as for events.
* **Chance-corrected agreement** (Cohen's kappa) is given where both annotators choose from a
  closed label set on the same items: the event type of position-matched triggers, claim
  status, whether each argument slot is filled, and the statement's speaker kind and direct
  flag. Open-class values (names, dates) have no meaningful chance rate; raw agreement only.

Names agree *strictly* when the normalised surface sets are equal, *leniently* when every name
of each side is contained in the other side's names (``鹿児島県警`` in
``鹿児島県警・鹿児島中央署``) or the English canonical names are equal (``UVF`` =
``アルスター義勇軍`` via ``Ulster Volunteer Force``).

Run: ``python -m bench.gold_agreement`` (from the repo root; needs ``../shared`` for the
sentence boundaries; rewrites the generated part of ``bench/results_gold_agreement.md`` and keeps
its hand-written ``## Notes`` section).

>>> cohen_kappa([("a", "a"), ("b", "b"), ("a", "b"), ("b", "b")])
0.5
>>> names_agree(["鹿児島県警", "鹿児島中央署"], [], ["鹿児島県警・鹿児島中央署"], [], strict=False)
True
"""
from __future__ import annotations

import bisect
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Sequence

__all__ = [
    "NEARBY", "EVENT_FIELDS", "ST_FIELDS", "A_EVENTS", "A_STATEMENTS", "B_FILE", "OUT",
    "sentence_bounds", "sentence_index", "overlap", "gap", "cohen_kappa", "prf",
    "norm_name", "names_agree", "values_agree", "match_events", "match_statements",
    "compare_article", "aggregate", "load", "run", "main",
]

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold"
A_EVENTS = GOLD / "ja_wikinews_events.jsonl"
A_STATEMENTS = GOLD / "ja_wikinews_statements.jsonl"
B_FILE = GOLD / "ja_wikinews_iaa.jsonl"
OUT = ROOT / "bench" / "results_gold_agreement.md"
ARTICLES = ROOT.parent / "shared" / "eval" / "ja_wikinews_articles" / "articles.jsonl"

# Two annotators often pick different "shortest spans" for one trigger (殺害 vs 殺害した, or the
# accusing verb vs the judging phrase a few characters before it); 10 characters covers a verb
# ending or a short object but not a neighbouring clause.
NEARBY = 10
NAME_FIELDS = ("agent", "target", "location")
EVENT_FIELDS = NAME_FIELDS + ("date", "fatalities", "injuries", "status")
# Honorifics and outlet/side suffixes that do not change who is meant.
_SUFFIXES = ("容疑者", "さん", "氏", "紙", "側")
_PUNCT = re.compile(r"[\s・･·、,]")
_ATTRIBUTION = re.compile(r"によ|調べ|より|説明では")
_NOTES = "## Notes"


# ---------------------------------------------------------------- spans and sentences
def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (split after 。 and at line breaks).

    >>> sentence_bounds("A。B\\nC")
    [0, 2, 4]
    """
    starts = [0]
    for m in re.finditer(r"[。\n]", text):
        if m.end() < len(text):
            starts.append(m.end())
    return starts


def sentence_index(bounds: Sequence[int], offset: int) -> int:
    """Index of the sentence that holds ``offset``."""
    return bisect.bisect_right(bounds, offset) - 1


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters shared by the spans [a0, a1) and [b0, b1)."""
    return max(0, min(a1, b1) - max(a0, b0))


def gap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a0, b0) - min(a1, b1))


# ---------------------------------------------------------------- statistics
def cohen_kappa(pairs: Iterable[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of label pairs; None when undefined (no items, or chance agreement 1)."""
    pairs = list(pairs)
    if not pairs:
        return None
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    if pe >= 1.0:
        return None
    return round((po - pe) / (1 - pe), 4)


def prf(matched: int, n_ref: int, n_hyp: int) -> tuple[float | None, float | None, float | None]:
    """(precision, recall, F1) of ``n_hyp`` items against ``n_ref`` with ``matched`` in common.

    >>> prf(3, 4, 6)
    (0.5, 0.75, 0.6)
    """
    p = matched / n_hyp if n_hyp else None
    r = matched / n_ref if n_ref else None
    f = 2 * matched / (n_ref + n_hyp) if n_ref + n_hyp else None
    return p, r, f


# ---------------------------------------------------------------- value comparison
def norm_name(name: str) -> str:
    """NFKC, no spaces or separators, no honorific/outlet suffix, no reading gloss."""
    s = unicodedata.normalize("NFKC", name or "")
    s = re.sub(r"\([^)]*\)", "", s)
    s = _PUNCT.sub("", s)
    for suf in _SUFFIXES:
        if s.endswith(suf) and len(s) > len(suf):
            s = s[: -len(suf)]
    return s


def _covered(name: str, en: str, others: list[str], others_en: list[str]) -> bool:
    joined = "".join(others)
    return bool(name) and (name in joined or any(o and o in name for o in others)) or (
        bool(en) and en in others_en)


def names_agree(a: Sequence[str], a_en: Sequence[str], b: Sequence[str], b_en: Sequence[str],
                strict: bool = True) -> bool:
    """Whether two name lists denote the same participants (see the module docstring)."""
    na, nb = [norm_name(x) for x in a or []], [norm_name(x) for x in b or []]
    if strict or not na or not nb:
        return sorted(set(na)) == sorted(set(nb))
    ea = [(e or "").casefold() for e in (a_en or [])] + [""] * len(na)
    eb = [(e or "").casefold() for e in (b_en or [])] + [""] * len(nb)
    return (all(_covered(x, ea[i], nb, eb) for i, x in enumerate(na))
            and all(_covered(x, eb[i], na, ea) for i, x in enumerate(nb)))


def values_agree(field: str, ra: dict, rb: dict, strict: bool = True) -> bool:
    """Agreement of one event field between two matched records."""
    if field in NAME_FIELDS:
        return names_agree(ra.get(field) or [], ra.get(field + "_en") or [],
                           rb.get(field) or [], rb.get(field + "_en") or [], strict)
    return ra.get(field) == rb.get(field)


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


# ---------------------------------------------------------------- matching
def _field(rec: dict) -> str:
    return rec.get("field") or "text"


def _greedy(candidates: list[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs from (sort key, i, j) candidates, best key first."""
    used_a, used_b, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def match_events(ref: Sequence[dict], hyp: Sequence[dict], text: str | None = None,
                 nearby: int = NEARBY, same_type: bool = True) -> list[tuple[int, int]]:
    """One-to-one (ref index, hyp index) pairs of events naming the same event.

    Same type (unless ``same_type`` is False), same field, triggers overlapping or at most
    ``nearby`` characters apart and, when ``text`` is given, in the same sentence of the body.

    >>> a = [{"type": "Arrest", "trigger_start": 10, "trigger_end": 13}]
    >>> b = [{"type": "Arrest", "trigger_start": 10, "trigger_end": 15},
    ...      {"type": "Attack", "trigger_start": 11, "trigger_end": 13}]
    >>> match_events(a, b)
    [(0, 0)]
    """
    bounds = sentence_bounds(text) if text is not None else None
    cands = []
    for i, ra in enumerate(ref):
        a0, a1 = ra["trigger_start"], ra["trigger_end"]
        for j, rb in enumerate(hyp):
            b0, b1 = rb["trigger_start"], rb["trigger_end"]
            if (same_type and ra["type"] != rb["type"]) or _field(ra) != _field(rb):
                continue
            g = gap(a0, a1, b0, b1)
            if g > nearby:
                continue
            if bounds is not None and _field(ra) == "text" and \
                    sentence_index(bounds, a0) != sentence_index(bounds, b0):
                continue
            cands.append(((-overlap(a0, a1, b0, b1), g, abs(a0 - b0)), i, j))
    return _greedy(cands)


def match_statements(ref: Sequence[dict], hyp: Sequence[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs of statements whose quote spans overlap (same field), best Jaccard first.

    >>> a = [{"quote_start": 0, "quote_end": 10}, {"quote_start": 20, "quote_end": 30}]
    >>> b = [{"quote_start": 2, "quote_end": 10}, {"quote_start": 31, "quote_end": 40}]
    >>> match_statements(a, b)
    [(0, 0)]
    """
    cands = []
    for i, ra in enumerate(ref):
        for j, rb in enumerate(hyp):
            if _field(ra) != _field(rb):
                continue
            a0, a1, b0, b1 = ra["quote_start"], ra["quote_end"], rb["quote_start"], rb["quote_end"]
            ov = overlap(a0, a1, b0, b1)
            if ov:
                union = max(a1, b1) - min(a0, b0)
                # Same speaker breaks ties: one span often has one statement per outlet.
                same = norm_name(ra.get("speaker", "")) == norm_name(rb.get("speaker", ""))
                cands.append(((-ov / union, not same), i, j))
    return _greedy(cands)


# ---------------------------------------------------------------- comparison of one article
def _cue(st: dict) -> str:
    if st.get("direct"):
        return "direct quote"
    return "attribution (によると…)" if _ATTRIBUTION.search(st.get("verb") or "") else "indirect speech"


def _ev_where(rec: dict) -> str:
    return f"{_field(rec)}:{rec['trigger_start']}-{rec['trigger_end']}"


def _st_where(rec: dict) -> str:
    return f"{_field(rec)}:{rec['quote_start']}-{rec['quote_end']}"


def _field_disagreement(field: str, ra: dict, rb: dict) -> str | None:
    """Category of a disagreement on one field of a matched event pair, None when they agree."""
    if values_agree(field, ra, rb, strict=False):
        return None
    fa, fb = _filled(ra.get(field)), _filled(rb.get(field))
    if fa != fb:
        return f"{field}: stated by {'first' if fa else 'second'} annotator only"
    return f"{field}: different values"


def _compare_events(ea: list[dict], eb: list[dict], text: str | None) -> dict:
    pairs = match_events(ea, eb, text)
    out: dict[str, Any] = {"n_a": len(ea), "n_b": len(eb), "matched": len(pairs),
                           "strict": Counter(), "lenient": Counter(), "filled": Counter(),
                           "kappa_items": {"status": []}, "dis": []}
    for f in EVENT_FIELDS:
        out["kappa_items"]["filled:" + f] = []
    for i, j in pairs:
        ra, rb = ea[i], eb[j]
        for f in EVENT_FIELDS:
            out["strict"][f] += values_agree(f, ra, rb, strict=True)
            out["lenient"][f] += values_agree(f, ra, rb, strict=False)
            out["filled"][f] += _filled(ra.get(f)) or _filled(rb.get(f))
            out["kappa_items"]["filled:" + f].append((_filled(ra.get(f)), _filled(rb.get(f))))
            cat = _field_disagreement(f, ra, rb)
            if cat:
                out["dis"].append((f"event {cat}", ra["type"], _ev_where(ra)))
        out["kappa_items"]["status"].append((ra.get("status"), rb.get("status")))
    # Type agreement on triggers matched by position only (type ignored).
    loose = match_events(ea, eb, text, same_type=False)
    out["type_pairs"] = [(ea[i]["type"], eb[j]["type"]) for i, j in loose]
    for i, j in loose:
        if ea[i]["type"] != eb[j]["type"]:
            out["dis"].append(("event type differs", f"{ea[i]['type']}→{eb[j]['type']}", _ev_where(ea[i])))
    ma, mb = {i for i, _ in pairs}, {j for _, j in pairs}
    loose_a, loose_b = {i for i, _ in loose}, {j for _, j in loose}
    for i, r in enumerate(ea):
        if i not in ma and i not in loose_a:
            out["dis"].append((f"event only in first annotation ({r.get('zone', 'body')})", r["type"], _ev_where(r)))
    for j, r in enumerate(eb):
        if j not in mb and j not in loose_b:
            out["dis"].append((f"event only in second annotation ({r.get('zone', 'body')})", r["type"], _ev_where(r)))
    return out


ST_FIELDS = ("speaker", "speaker_kind", "role", "org", "direct", "verb", "span")


def _st_agree(f: str, ra: dict, rb: dict, strict: bool) -> bool:
    if f == "span":
        return (ra["quote_start"], ra["quote_end"]) == (rb["quote_start"], rb["quote_end"])
    if f in ("speaker", "org"):
        return names_agree([ra.get(f) or ""] if ra.get(f) else [], [ra.get(f + "_en") or ""],
                           [rb.get(f) or ""] if rb.get(f) else [], [rb.get(f + "_en") or ""], strict)
    return ra.get(f) == rb.get(f)


def _st_category(f: str, ra: dict, rb: dict) -> str:
    """Disagreement category of one statement field; unnamed speakers are told apart because
    two wordings of one description (原告ら / 原告団) differ less than two different speakers."""
    if f == "speaker" and ra.get("speaker_kind") == rb.get("speaker_kind") == "unnamed":
        return "statement speaker differs (two unnamed descriptions)"
    if f in ("role", "org") and _filled(ra.get(f)) != _filled(rb.get(f)):
        return f"statement {f} given by {'first' if _filled(ra.get(f)) else 'second'} annotator only"
    return f"statement {f} differs"


def _compare_statements(sa: list[dict], sb: list[dict]) -> dict:
    pairs = match_statements(sa, sb)
    out: dict[str, Any] = {"n_a": len(sa), "n_b": len(sb), "matched": len(pairs),
                           "strict": Counter(), "lenient": Counter(), "jaccard": [],
                           "kappa_items": {"speaker_kind": [], "direct": []}, "dis": []}
    for i, j in pairs:
        ra, rb = sa[i], sb[j]
        for f in ST_FIELDS:
            out["strict"][f] += _st_agree(f, ra, rb, True)
            ok = _st_agree(f, ra, rb, False)
            out["lenient"][f] += ok
            if not ok:
                out["dis"].append((_st_category(f, ra, rb), _cue(ra), _st_where(ra)))
        a0, a1, b0, b1 = ra["quote_start"], ra["quote_end"], rb["quote_start"], rb["quote_end"]
        out["jaccard"].append(overlap(a0, a1, b0, b1) / (max(a1, b1) - min(a0, b0)))
        out["kappa_items"]["speaker_kind"].append((ra.get("speaker_kind"), rb.get("speaker_kind")))
        out["kappa_items"]["direct"].append((bool(ra.get("direct")), bool(rb.get("direct"))))
    ma, mb = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, r in enumerate(sa):
        if i not in ma:
            out["dis"].append((f"statement only in first annotation ({r.get('zone', 'body')})", _cue(r), _st_where(r)))
    for j, r in enumerate(sb):
        if j not in mb:
            out["dis"].append((f"statement only in second annotation ({r.get('zone', 'body')})", _cue(r), _st_where(r)))
    return out


def compare_article(a: dict, b: dict, text: str | None = None) -> dict:
    """Events and statements comparison of one article (``a`` = first annotator, the reference)."""
    return {"id": b["id"], "split": b["split"],
            "events": _compare_events(a.get("events", []), b.get("events", []), text),
            "statements": _compare_statements(a.get("statements", []), b.get("statements", []))}


# ---------------------------------------------------------------- aggregation
def _sum_part(parts: list[dict]) -> dict:
    tot: dict[str, Any] = {"n_a": 0, "n_b": 0, "matched": 0, "strict": Counter(),
                           "lenient": Counter(), "filled": Counter(), "kappa_items": {},
                           "type_pairs": [], "jaccard": [], "dis": []}
    for p in parts:
        for k in ("n_a", "n_b", "matched"):
            tot[k] += p[k]
        for k in ("strict", "lenient", "filled"):
            tot[k].update(p.get(k, Counter()))
        for k, items in p["kappa_items"].items():
            tot["kappa_items"].setdefault(k, []).extend(items)
        tot["type_pairs"].extend(p.get("type_pairs", []))
        tot["jaccard"].extend(p.get("jaccard", []))
        tot["dis"].extend(p["dis"])
    tot["prf"] = prf(tot["matched"], tot["n_a"], tot["n_b"])
    tot["kappa"] = {k: cohen_kappa(v) for k, v in tot["kappa_items"].items()}
    if tot["type_pairs"]:
        tot["kappa"]["type"] = cohen_kappa(tot["type_pairs"])
    return tot


def aggregate(articles: list[dict], split: str | None = None) -> dict:
    """Summed counts, P/R/F1 and kappas over the articles of ``split`` (None = all)."""
    sel = [r for r in articles if split is None or r["split"] == split]
    out = {"n_articles": len(sel),
           "events": _sum_part([r["events"] for r in sel]),
           "statements": _sum_part([r["statements"] for r in sel])}
    out["dis_by_article"] = [(r["id"], d) for r in sel for part in ("events", "statements")
                             for d in r[part]["dis"]]
    return out


# ---------------------------------------------------------------- I/O
def load(path: Path) -> dict[str, dict]:
    """JSONL gold file as {article id: record}."""
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                rows[str(r["id"])] = r
    return rows


def run(b_path: Path = B_FILE, a_events: Path = A_EVENTS, a_statements: Path = A_STATEMENTS,
        articles: Path | None = ARTICLES) -> list[dict]:
    """Per-article comparisons of the second annotation with the first annotator's gold."""
    b = load(b_path)
    ev, st = load(a_events), load(a_statements)
    texts = {}
    if articles is not None and Path(articles).is_file():
        with open(articles, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if str(d["id"]) in b:
                    texts[str(d["id"])] = d["text"]
    out = []
    for aid, rb in b.items():
        ra = {"events": ev[aid]["events"], "statements": st[aid]["statements"]}
        out.append(compare_article(ra, rb, texts.get(aid)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Compare, write ``bench/results_gold_agreement.md``, print the summary tables."""
    if not ARTICLES.is_file():
        print(f"gold_agreement: skipped: {ARTICLES} is absent (the article texts live in ../shared)")
        return 0
    from bench.gold_agreement_report import render

    md = render(run())
    old = OUT.read_text(encoding="utf-8") if OUT.is_file() else ""
    if _NOTES in old:  # the hand-written interpretation below the generated tables is kept
        md = md.rstrip("\n") + "\n\n" + old[old.index(_NOTES):]
    OUT.write_text(md, encoding="utf-8")
    print(md.split("## Disagreements")[0])
    print(f"written {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
