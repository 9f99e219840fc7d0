"""Score Japanese statements and roles on the Wikinews gold (``bench/gold/ja_wikinews_statements.jsonl``).

The gold (64 articles, dev/test split fixed before any output was seen, plus 15 dev articles of the batch
``s3-statements`` and 10 each of ``s4-jroles``, ``s4-sja``, ``s5-sspk``, ``s5-roles``, ``s6-jrole``, ``s6-jspk``
and ``s6-jname``; guideline in
``bench/gold/ja_wikinews_statements.md``) gives each statement's speaker (fullest name in the
document, or the description of an unnamed source), role, organisation and content span. The
article text is read from ``../shared/eval/ja_wikinews_articles/articles.jsonl``.

Matching: a predicted statement matches a gold statement of the body when their content spans
overlap by at least half of the shorter; one-to-one, pairs with the same speaker first, then by overlap.

* **recall** = matched gold / gold; **precision** = matched predictions / predictions;
* **speaker right** (of matched): our speaker (antecedent or name; an unnamed source's description)
  equals the gold speaker, or one contains the other;
* **speaker fully right** (of matched): speaker right, and role and organisation as the gold states
  them (an empty gold role/org asks nothing; an organisation matches as above);
* **roles with holder and org right**: our distinct (holder, title, organisation) roles against the gold
  roles: holder (as above), title equal, organisation as above; precision and recall;
* **roles, title head match** (printed beside, not the target figure; fifth session): the same, but a title
  also matches when one title is the other with a field or unit in front (球団オーナー / オーナー,
  R&B歌手 / 歌手, 宮城支店長 / 支店長, 野球評論家 / 評論家) and that front part holds no rank or time
  marker (副, 次期, 元, 代行, 総, 名誉 …: 副代表 is another office than 代表). The gold writes such
  fronts sometimes and sometimes not (the guideline takes the title "as written" and a unit title keeps its
  unit), so the strict figure also counts segmentation differences; the head match shows how many misses
  are only that. Organisations and holders already match by containment (same_name), so ニューヨーク市
  matches ニューヨーク市警察: the organisation level (a city for its police) is not checked.
* **source-note quotes taken**: gold negatives (``zone: source_note``) we report as statements.

Run: ``python -m bench.eval_ja_statements [--split dev|test|all] [--batch none|s3-statements|s4-jroles|s4-sja|s5-sspk|s5-roles|s6-jrole|s6-jspk|s6-jname]``;
``--errors`` dumps the roles errors of the dev split (dev only, by design).
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

__all__ = ["load_gold", "score", "same_name", "same_title", "main"]

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold" / "ja_wikinews_statements.jsonl"
ARTICLES = ROOT.parent / "shared" / "eval" / "ja_wikinews_articles" / "articles.jsonl"


def _norm(s: str | None) -> str:
    s = re.sub(r"[（(][^）)]*[）)]", "", s or "")
    return re.sub(r"[\s・=＝]", "", s)


def same_name(pred: str | None, gold: str | None) -> bool:
    """Equal after normalisation, or one contains the other (at least two characters).

    >>> same_name("ハイン", "ピーター・ハイン"), same_name("米", "アメリカ"), same_name("", "")
    (True, False, True)
    """
    p, g = _norm(pred), _norm(gold)
    if p == g:
        return True
    return len(p) >= 2 and len(g) >= 2 and (p in g or g in p)


#: Markers of another office or another time in the front part of a title (副代表 is not 代表).
_RANK_MARKERS = ("副", "次期", "元", "前", "代行", "総", "名誉", "暫定", "首席", "筆頭", "最高", "上級", "主任", "新")


def same_title(pred: str | None, gold: str | None, head: bool = False) -> bool:
    """Equal after normalisation; with ``head``, also one title ending in the other with a front part holding
    no rank or time marker.

    >>> same_title("球団オーナー", "オーナー", head=True), same_title("副代表", "代表", head=True)
    (True, False)
    >>> same_title("球団オーナー", "オーナー")
    False
    """
    p, g = _norm(pred), _norm(gold)
    if p == g:
        return True
    if not head or not p or not g:
        return False
    short, long_ = sorted((p, g), key=len)
    front = long_[: -len(short)]
    return long_.endswith(short) and not any(m in front for m in _RANK_MARKERS)


def load_gold(split: str, batch: str | None = None) -> list[tuple[dict, str]]:
    """(gold record, article text) of the articles of ``split`` ('all' for both); with ``batch``, only
    the articles of that annotation batch ("none": the first 64, annotated before any batch)."""
    texts = {}
    with ARTICLES.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts[str(d["id"])] = d["text"]
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if split in ("all", g["split"]) and batch in (None, g.get("batch", "none")):
            out.append((g, texts[str(g["id"])]))
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    ov = min(a1, b1) - max(a0, b0)
    return ov > 0 and ov * 2 >= min(a1 - a0, b1 - b0)


def _speaker(st) -> tuple[str | None, str | None, str | None]:
    """(speaker name, role, org name) of a predicted statement."""
    m = st.speaker
    name = (m.antecedent or m.text) if m is not None else st.speaker_role
    org = (st.speaker_org.antecedent or st.speaker_org.text) if st.speaker_org is not None else None
    return name, st.speaker_role, org


def _fully(pred: tuple, g: dict) -> bool:
    name, role, org = pred
    if not same_name(name, g["speaker"]):
        return False
    if g.get("role") and g["speaker_kind"] != "unnamed" and _norm(role) != _norm(g["role"]):
        return False
    if g.get("org") and g["speaker_kind"] != "unnamed" and not same_name(org, g["org"]):
        return False
    return True


def _score_doc(g: dict, rec, n: dict, errors: list[str] | None = None) -> None:
    body = [s for s in g["statements"] if s["zone"] == "body"]
    # headline statements index the headline field, not the text: no span of ours can be one
    negatives = [s for s in g["statements"] if s["zone"] != "body" and s.get("field", "text") == "text"]
    n["gold"] += len(body)
    n["pred"] += len(rec.statements)
    for st in rec.statements:
        if any(_overlap(st.quote_start, st.quote_end, x["quote_start"], x["quote_end"]) for x in negatives):
            n["negatives_taken"] += 1
    # one-to-one: pairs with the same speaker first, then by overlap (IoU)
    pairs = []
    for k, st in enumerate(rec.statements):
        pred = _speaker(st)
        for i, x in enumerate(body):
            if _overlap(st.quote_start, st.quote_end, x["quote_start"], x["quote_end"]):
                inter = min(st.quote_end, x["quote_end"]) - max(st.quote_start, x["quote_start"])
                union = max(st.quote_end, x["quote_end"]) - min(st.quote_start, x["quote_start"])
                pairs.append((not same_name(pred[0], x["speaker"]), -inter / union, k, i))
    used_p: set[int] = set()
    used: set[int] = set()
    for _diff, _iou, k, i in sorted(pairs):
        if k in used_p or i in used:
            continue
        used_p.add(k)
        used.add(i)
        pred = _speaker(rec.statements[k])
        n["matched"] += 1
        n["speaker_right"] += same_name(pred[0], body[i]["speaker"])
        n["fully_right"] += _fully(pred, body[i])
    n["gold_roles"] += len(g.get("roles", []))
    # the gold lists each distinct (person, role, organisation) once; so are ours counted
    distinct = {(r.person.antecedent or r.person.text, r.role,
                 (r.org.antecedent or r.org.text) if r.org is not None else "") for r in rec.roles}
    n["pred_roles"] += len(distinct)
    used_r = _match_roles(distinct, g.get("roles", []))
    n["roles_right"] += len(used_r)
    n["roles_right_head"] += len(_match_roles(distinct, g.get("roles", []), head=True))
    if errors is not None:
        errors.append(_role_errors(g, distinct, used_r))


def _match_roles(distinct: set, gold_roles: list[dict], head: bool = False) -> dict[int, tuple]:
    """Gold role index -> the predicted (holder, title, org) it matched (one-to-one; ``head``: titles by
    :func:`same_title` head match)."""
    used_r: dict[int, tuple] = {}
    for person, role, org in sorted(distinct):
        for j, x in enumerate(gold_roles):
            if j not in used_r and same_name(person, x["person"]) and same_title(role, x["role"], head) \
                    and (not x.get("org") and not org or same_name(org, x.get("org"))):
                used_r[j] = (person, role, org)
                break
    return used_r


def _role_errors(g: dict, distinct: set, used_r: dict[int, tuple]) -> str:
    """Dev error dump of one article's roles: missed gold roles and spurious predictions."""
    lines = [f"== {g['id']}"]
    for j, x in enumerate(g.get("roles", [])):
        mark = "ok  " if j in used_r else "MISS"
        lines.append(f"  {mark} gold {x['person']} | {x['role']} | {x.get('org') or ''}"
                     f"{' (former)' if x.get('former') else ''}")
    for t in sorted(distinct, key=lambda t: tuple(v or "" for v in t)):
        if t not in used_r.values():
            lines.append(f"  FP   pred {t[0]} | {t[1]} | {t[2] or ''}")
    return "\n".join(lines)


def score(split: str, batch: str | None = None, errors: list[str] | None = None) -> dict:
    """Counts and rates of one split (and annotation batch, see :func:`load_gold`; ``errors``: a list
    to receive the roles error dump)."""
    from conflict_kg.pipeline import extract_documents
    from conflict_kg.kg.model import Document

    data = load_gold(split, batch)
    n = dict(docs=len(data), gold=0, pred=0, matched=0, speaker_right=0, fully_right=0, negatives_taken=0,
             gold_roles=0, pred_roles=0, roles_right=0, roles_right_head=0)
    docs = [Document(id=str(g["id"]), text=text, lang="ja") for g, text in data]
    for (g, _text), rec in zip(data, extract_documents(docs)):
        _score_doc(g, rec, n, errors)
    div = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
    return dict(n, precision=div(n["matched"], n["pred"]), recall=div(n["matched"], n["gold"]),
                speaker_right_rate=div(n["speaker_right"], n["matched"]),
                fully_right_rate=div(n["fully_right"], n["matched"]),
                roles_precision=div(n["roles_right"], n["pred_roles"]),
                roles_recall=div(n["roles_right"], n["gold_roles"]),
                roles_head_precision=div(n["roles_right_head"], n["pred_roles"]),
                roles_head_recall=div(n["roles_right_head"], n["gold_roles"]))


def render(split: str, r: dict) -> str:
    return (f"ja Wikinews {split}: {r['docs']} articles, {r['gold']} gold statements, {r['pred']} predicted, "
            f"{r['matched']} matched: precision {r['precision']:.3f}, recall {r['recall']:.3f}; "
            f"speaker right {r['speaker_right_rate']:.3f} ({r['speaker_right']}/{r['matched']}), "
            f"fully right {r['fully_right_rate']:.3f} ({r['fully_right']}/{r['matched']}); "
            f"roles with holder and org right: P {r['roles_precision']:.3f} R {r['roles_recall']:.3f} "
            f"({r['roles_right']}/{r['pred_roles']} pred, {r['gold_roles']} gold); "
            f"with title head match: P {r['roles_head_precision']:.3f} R {r['roles_head_recall']:.3f} "
            f"({r['roles_right_head']}); "
            f"source-note quotes taken {r['negatives_taken']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", action="append", help="dev, test or all (default: dev and test)")
    ap.add_argument("--batch", help="only one annotation batch: s3-statements, s4-jroles, s4-sja, s5-sspk, s5-roles, s6-jrole, s6-jspk, s6-jname, or none (the first 64 articles)")
    ap.add_argument("--errors", action="store_true",
                    help="print the roles error dump of the dev split (never of test: rules come from dev only)")
    args = ap.parse_args(argv)
    if not ARTICLES.exists():
        print(f"eval_ja_statements: skipped: {ARTICLES} is absent")
        return 0
    if args.errors:
        errors: list[str] = []
        print(render("dev", score("dev", args.batch, errors)))
        print("\n".join(errors))
        return 0
    for split in args.split or ["dev", "test"]:
        print(render(split + (f" [{args.batch}]" if args.batch else ""), score(split, args.batch)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
