"""Score English statements (speaker attribution) on PolNeAR, with a nearest-PERSON baseline.

PolNeAR (networkdynamics/PolNeAR; political news 2016, attribution relations with Source, Cue
and Content spans) is copyrighted news: it is NOT in the repository. Fetch it outside, e.g.
``git clone https://github.com/networkdynamics/PolNeAR /work/data/PolNeAR``, and point
``POLNEAR_DIR`` (or ``--data``) at it. Rules are developed on ``train``; ``dev`` is reported
(``test`` is scored once, at the end of a round of work).

Matching (one annotator file per article: the first in sorted order):

* a predicted statement matches a gold attribution when their content spans overlap by at
  least half of the shorter one (direct: the quote; indirect: the reported clause);
* **speaker right**: the predicted speaker (person/org mention, or the unnamed-source
  description) overlaps the gold Source span, or its name (antecedent for a pronoun) is in the
  gold Source text, or the Source is a pronoun whose resolution we give, or a first-person
  Source ("I") that we record as the unnamed source "the writer"; an unnamed-source description
  counts when it is in the Source or starts with it; a relative-pronoun Source ("voters who
  said") counts when our speaker or description is written just before it (its antecedent);
* **speech-verb attributions**: gold attributions whose Cue contains a speech verb
  (:data:`SPEECH_CUES`) and that name a Source; recall = share matched by a statement with the
  speaker right (and, separately, matched at all);
* **no speaker**: matched statements whose gold names a Source but we give no speaker at all;
* **nearest-PERSON baseline**: for each gold speech-verb attribution, the PERSON mention nearest
  to the cue in the same paragraph is taken as the speaker.

Run: ``python -m bench.eval_en_polnear [--split dev] [--limit N]``.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Attribution", "load_split", "score_split", "SPEECH_CUES", "main"]

DEFAULT_DIR = Path(os.environ.get("POLNEAR_DIR", "/work/data/PolNeAR"))
#: Cue words of speech attributions (lower case, any inflection by prefix).
SPEECH_CUES = ("said", "say", "says", "saying", "told", "tell", "tells", "according to", "added", "add", "adds",
               "stated", "states", "announced", "announces", "claimed", "claims", "wrote", "writes", "asked",
               "asks", "explained", "noted", "argued", "insisted", "warned", "denied", "declared", "replied",
               "responded", "tweeted", "reported", "reports", "acknowledged", "admitted", "confirmed", "suggested",
               "stressed", "emphasized", "predicted", "promised", "vowed", "urged", "called", "commented",
               "recalled", "remarked", "countered", "conceded", "contended", "maintained", "complained")
_RELATIVES = frozenset({"who", "which", "that"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "his", "her", "him", "them"})


@dataclass
class Attribution:
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)


def _spans(s: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (p.split() for p in s.split(";"))]


def parse_ann(text: str) -> list[Attribution]:
    """Attribution relations of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    out = []
    # brat files may list an event before the text-bound spans it points to: spans first
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, rng = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(rng))
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("E") and len(parts) >= 2:
            att = Attribution()
            for arg in parts[1].split()[1:]:
                role, _, tid = arg.partition(":")
                role = re.sub(r"\d+$", "", role)
                if tid in spans and role in ("Source", "Cue", "Content"):
                    getattr(att, role.lower()).extend(spans[tid][1])
            out.append(att)
    return out


def load_split(data: Path, split: str, limit: int | None = None) -> list[tuple[str, str, list[Attribution]]]:
    """(article name, text, gold attributions) of a split, one annotator file per article."""
    tdir, adir = data / "data" / split / "text", data / "data" / split / "attributions"
    anns: dict[str, Path] = {}
    for p in sorted(adir.glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], p)
    out = []
    for name in sorted(anns)[: limit or None]:
        tp = tdir / f"{name}.txt"
        if tp.exists():
            out.append((name, tp.read_text(encoding="utf-8"), parse_ann(anns[name].read_text(encoding="utf-8"))))
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(x1, y1) - max(x0, y0)) for x0, x1 in a for y0, y1 in b)


def _len(a: list[tuple[int, int]]) -> int:
    return sum(y - x for x, y in a)


def _is_speech(text: str, att: Attribution) -> bool:
    cue = " ".join(text[a:b] for a, b in att.cue).lower()
    return any(re.search(r"\b" + re.escape(c) + r"\b", cue) for c in SPEECH_CUES)


def _speaker_spans(st) -> list[tuple[int, int, str]]:
    out = []
    for m in (st.speaker, st.speaker_org):
        if m is not None:
            out.append((m.start, m.end, (m.antecedent or m.text)))
    return out


def speaker_right(text: str, st, att: Attribution) -> bool:
    """Does the statement's speaker agree with the gold Source (see module doc)?"""
    src = " ".join(text[a:b] for a, b in att.source)
    for s, e, name in _speaker_spans(st):
        if _overlap([(s, e)], att.source) > 0:
            return True
        last = name.split()[-1].lower() if name.split() else ""
        if last and last not in _PRONOUNS and re.search(r"\b" + re.escape(last) + r"\b", src.lower()):
            return True
    role = (st.speaker_role or "").lower()
    if st.speaker is None and role and (role in src.lower() or role.startswith(src.lower().strip(" ,"))):
        return True  # the description, or a longer one that starts with the gold Source
    if src.strip().lower() in _RELATIVES and att.source:
        # "voters who said": the relative pronoun's antecedent, written just before it, is the speaker
        before = text[:att.source[0][0]].rstrip(" ,").lower()
        names = [n.lower() for _s, _e, n in _speaker_spans(st)] + ([role] if role else [])
        if any(n and before.endswith(n) for n in names):
            return True
    # a first-person source outside quotes is the article's writer, which is how we record it
    return st.speaker is None and st.speaker_role == "the writer" and src.strip().lower() in ("i", "me", "we")


def _nearest_person(mentions, att: Attribution, text: str):
    if not att.cue:
        return None
    c = att.cue[0][0]
    para_s = text.rfind("\n\n", 0, c) + 1
    para_e = text.find("\n\n", c)
    para_e = len(text) if para_e < 0 else para_e
    cands = [m for m in mentions if m.type == "Person" and m.label != "PRON" and para_s <= m.start < para_e]
    return min(cands, key=lambda m: abs(m.start - c), default=None)


def score_split(docs, progress: bool = False) -> dict[str, float]:
    """Counts and rates for one split."""
    from conflict_kg.pipeline import extract_document
    from conflict_kg.kg.model import Document

    n = dict(pred=0, matched=0, with_src=0, spk_right=0, spk_given=0, no_speaker=0, speech_gold=0,
             speech_found=0, speech_right=0, base_given=0, base_right=0, gold=0, docs=0)
    for k, (name, text, gold) in enumerate(docs):
        rec = extract_document(Document(id=name, text=text, lang="en"))
        n["docs"] += 1
        n["gold"] += len(gold)
        n["pred"] += len(rec.statements)
        best: dict[int, tuple[object, bool]] = {}
        for st in rec.statements:
            q = [(st.quote_start, st.quote_end)]
            cands = [(i, _overlap(q, g.content)) for i, g in enumerate(gold)
                     if g.content and _overlap(q, g.content) * 2 >= min(_len(q), _len(g.content))]
            if not cands:
                continue
            i = max(cands, key=lambda c: c[1])[0]
            g = gold[i]
            n["matched"] += 1
            if g.source:
                n["with_src"] += 1
                given = st.speaker is not None or st.speaker_org is not None or bool(st.speaker_role)
                ok = speaker_right(text, st, g)
                n["spk_given"] += given
                n["spk_right"] += ok and given
                n["no_speaker"] += not given
                if i not in best or (ok and not best[i][1]):
                    best[i] = (st, ok)
        for i, g in enumerate(gold):
            if not (g.source and _is_speech(text, g)):
                continue
            n["speech_gold"] += 1
            n["speech_found"] += i in best
            n["speech_right"] += i in best and best[i][1]
            m = _nearest_person(rec.mentions, g, text)
            if m is not None:
                n["base_given"] += 1
                n["base_right"] += _overlap([(m.start, m.end)], g.source) > 0
        if progress and k % 20 == 19:
            print(f"  {k + 1}/{len(docs)}", file=sys.stderr)
    div = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
    return dict(n, speaker_precision=div(n["spk_right"], n["spk_given"]),
                speech_recall=div(n["speech_right"], n["speech_gold"]),
                speech_recall_any_speaker=div(n["speech_found"], n["speech_gold"]),
                no_speaker_share=div(n["no_speaker"], n["with_src"]),
                baseline_precision=div(n["base_right"], n["base_given"]),
                baseline_recall=div(n["base_right"], n["speech_gold"]))


def render(split: str, r: dict) -> str:
    return (f"PolNeAR {split}: {r['docs']} articles, {r['gold']} gold attributions, {r['speech_gold']} with a source "
            f"and a speech cue; {r['pred']} statements, {r['matched']} matched\n"
            f"  ours:     speaker precision {r['speaker_precision']:.3f} ({r['spk_right']}/{r['spk_given']}), "
            f"speech-verb recall {r['speech_recall']:.3f} (matched at all {r['speech_recall_any_speaker']:.3f}), "
            f"no speaker where gold names one {r['no_speaker_share']:.3f} ({r['no_speaker']}/{r['with_src']})\n"
            f"  baseline (nearest PERSON to the gold cue): speaker precision {r['baseline_precision']:.3f} "
            f"({r['base_right']}/{r['base_given']}), recall {r['baseline_recall']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--split", action="append", help="dev (default), train, test")
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each split")
    args = ap.parse_args(argv)
    if not (args.data / "data").is_dir():
        print(f"eval_en_polnear: skipped: {args.data} has no PolNeAR checkout (see the module doc)")
        return 0
    for split in args.split or ["dev"]:
        print(render(split, score_split(load_split(args.data, split, args.limit))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
