"""Compare two annotation dumps of :mod:`bench.nlp_speed` (same texts, two configurations).

A faster configuration is only worth adopting when it gives the same parse:
this counts, over the whole sample, the documents whose annotations differ
at all, and per field the tokens that differ.
"""
from __future__ import annotations

import json
from pathlib import Path

__all__ = ["FIELDS", "compare_dumps", "compare_annotations"]

#: Token fields in a dump row after the offsets, in order.
FIELDS = ("tag", "pos", "dep", "head", "lemma", "morph")


def compare_annotations(a: list[dict], b: list[dict]) -> dict:
    """Differences between two lists of per-document annotations.

    >>> doc = {"tokens": [[0, 2, "N", "NOUN", "ROOT", 0, "x", ""]], "ents": [[0, 2, "GPE"]]}
    >>> other = {"tokens": [[0, 2, "N", "NOUN", "nsubj", 0, "x", ""]], "ents": []}
    >>> r = compare_annotations([doc, doc], [doc, other])
    >>> r["docs_identical"], r["token_mismatches"]["dep"], r["ent_docs_differing"], r["identical"]
    (1, 1, 1, False)
    """
    if len(a) != len(b):
        raise ValueError(f"the dumps have {len(a)} and {len(b)} documents: not the same texts")
    mism = {f: 0 for f in FIELDS}
    tokens = ents = ents_differing = tok_docs = identical = 0
    for da, db in zip(a, b):
        if da == db:
            identical += 1
        ents += len(da["ents"])
        if da["ents"] != db["ents"]:
            ents_differing += 1
        ta, tb = da["tokens"], db["tokens"]
        tokens += len(ta)
        if [t[:2] for t in ta] != [t[:2] for t in tb]:
            tok_docs += 1  # different tokenization: fields are not comparable token by token
            continue
        for ra, rb in zip(ta, tb):
            for i, f in enumerate(FIELDS, start=2):
                if ra[i] != rb[i]:
                    mism[f] += 1
    return {
        "docs": len(a),
        "docs_identical": identical,
        "tokens": tokens,
        "token_mismatches": mism,
        "tokenization_docs_differing": tok_docs,
        "ents": ents,
        "ent_docs_differing": ents_differing,
        "identical": identical == len(a),
    }


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def compare_dumps(path_a: Path, path_b: Path) -> dict:
    """:func:`compare_annotations` of two dump files."""
    return compare_annotations(_load(path_a), _load(path_b))
