"""English place names that spaCy's NER misses, found through the gazetteer.

``en_core_web_sm`` finds "Kyiv" but rarely a front-line village ("shelling of Zelenodolsk",
"in Krasny Liman", "near Soledar"): on the UCDP dev headlines (``bench/eval_places.py``) 37 of
47 misplaced headlines had no place mention at all. So a capitalised run of one to three
tokens that no other mention covers is looked up among the gazetteer's place names (exact,
then the coarser loose key, then by sound: "Ugledar" for Vuhledar).

A name only GeoNames knows (no curator looked at it) counts only after a place cue ("in",
"near", "of", "the village of", "liberated") or before a direction/region word: village names
are also English words and surnames ("Peace", "Mayak", "Shevchenko").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflict_kg.kg.gazetteer import PLACE_TYPES, SOUND_COUNTRIES, GazetteerEntry, load_gazetteer
from conflict_kg.kg.model import Mention, Span
from conflict_kg.kg.normalize import index_key, loose_key

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

__all__ = ["place_names", "known_place", "PLACE_CUES"]

#: Words right before a place name (the last one or two tokens before it).
PLACE_CUES = frozenset(
    "in near of at to from around outside into towards toward on by liberated occupied deoccupied "
    "village town city settlement outskirts under captured capture recaptured entered abandoned "
    "shelled shelling struck hit attacked stormed".split()
)
#: Words right after a place name that make it one ("Soledar direction", "Orekhovo district").
_AFTER_CUES = frozenset("direction directions axis area district raion region oblast sector front".split())
_NAME = re.compile(r"^[A-Z\u0400-\u042f][\w'’\-]*$")
_SKIP_TYPES = frozenset({"Waterbody", "Facility"})
_CONF = 0.6


def _capitalised(text: str) -> bool:
    return bool(_NAME.match(text))


def _places(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    return [e for e in entries if e.type in PLACE_TYPES and e.type not in _SKIP_TYPES]


def _lookup(name: str, cued: bool) -> GazetteerEntry | None:
    """The most trusted place entry named ``name`` (GeoNames-only names need a cue)."""
    gaz = load_gazetteer()
    key = index_key(name)
    found = _places(gaz.lookup_key(key)) or _places(gaz.lookup_loose(key))
    if not found and cued and len(key) >= 5:
        lk = loose_key(key)
        found = [e for e in gaz.lookup_sound(name)
                 if min(_lev(lk, loose_key(index_key(n))) for n in e.names) <= max(2, len(lk) // 4)]
    if not found:
        return None
    curated = [e for e in found if e.source.startswith("curated")]
    # GeoNames-only names: the war's countries only ("Independence", "Mobile" are US cities too).
    war = [e for e in found if e.country in SOUND_COUNTRIES]
    if not curated and (not cued or not war):
        return None
    return (curated or war)[0]


def _lev(a: str, b: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


def _token_columns(sent: "SpacySpan") -> tuple[list[str], list[str], list[int], list[str], list[bool], list[bool]]:
    """Text, text with whitespace, offset, lower form, capitalised, stop word of each token of ``sent``,
    read once: each ``doc[i]`` makes a new Token object, and the scan below read each token up to
    seven times (a fifth of the English extraction's time, 2026-12-06)."""
    toks = list(sent)
    text = [t.text for t in toks]
    return (text, [t.text_with_ws for t in toks], [t.idx for t in toks], [t.lower_ for t in toks],
            [_capitalised(x) for x in text], [t.is_stop for t in toks])


def _glued(text_ws: list[str], i: int) -> bool:
    """Is token ``i`` the tail of a hyphenated word ("Yuzhno-Donetsk": the South Donetsk direction, not
    the city of Donetsk)? ``text_ws`` are the tokens with their trailing whitespace."""
    return i >= 2 and text_ws[i - 1] == "-" and text_ws[i - 2] == text_ws[i - 2].rstrip()


def _before_dash(text: list[str], text_ws: list[str], j: int) -> bool:
    """Does a spaced dash (" - ", a headline's source tail) follow the run ending before token ``j``?"""
    return j < len(text) and text[j] in ("-", "–", "—") and text_ws[j - 1] != text[j - 1] and text_ws[j] != text[j]


def place_names(sent: "SpacySpan", offset: int, sent_span: Span, extractor: str,
                taken: list[tuple[int, int]], weak: list[tuple[int, int]] = ()) -> list[Mention]:
    """Place mentions in ``sent`` for gazetteer names not inside a ``taken`` (start, end) character span.

    A name inside a ``weak`` span (another extractor's guess) is taken only with a place cue;
    the caller drops the weak mentions that a returned place overlaps.
    """
    text, text_ws, idx, lower, cap, stop = _token_columns(sent)  # indices: tokens of the sentence
    n = len(text)
    out: list[Mention] = []

    def chars(i: int, j: int) -> tuple[int, int]:
        return offset + idx[i], offset + idx[j - 1] + len(text[j - 1])

    def free(i: int, j: int) -> bool:
        a, b = chars(i, j)
        return not any(s < b and a < e for s, e in taken)

    def overlaps_weak(i: int, j: int) -> bool:
        a, b = chars(i, j)
        return any(s < b and a < e for s, e in weak)

    def span_text(i: int, j: int) -> str:  # Span.text: no whitespace after the last token
        return "".join(text_ws[i:j - 1]) + text[j - 1]

    i = 0
    while i < n:
        if not cap[i] or stop[i] or not free(i, i + 1) or _glued(text_ws, i):
            i += 1
            continue
        before = set(lower[max(0, i - 2):i])
        hit = None
        for width in (3, 2, 1):
            j = i + width
            if j > n or not all(cap[i:j]) or not free(i, j):
                continue
            after = lower[j] if j < n else ""
            cued = bool(before & PLACE_CUES) or after in _AFTER_CUES
            # a name ending at a headline's spaced dash ("... of ??Izyum - Russian Defense Ministry"): the
            # dash ends the name, so spaCy's run across it yields to a curated place
            if overlaps_weak(i, j) and not (cued or _before_dash(text, text_ws, j)):
                continue
            entry = _lookup(span_text(i, j), cued)
            if entry is not None:
                hit = (j, entry)
                break
        if hit is None:
            i += 1
            continue
        j, entry = hit
        start, end = chars(i, j)
        # The mention keeps the class spaCy gives a place name (GPE -> Location); the resolver types the entity.
        typ = entry.type if entry.type in ("AdministrativeRegion", "Country") else "Location"
        out.append(Mention(text=span_text(i, j), start=start, end=end, type=typ, label="gazetteer",
                           sentence=sent_span, confidence=_CONF, extractor=extractor))
        taken.append((start, end))
        i = j
    return out


def known_place(name: str, locative: bool) -> str | None:
    """The place class the gazetteer gives ``name`` read after a place cue, or None: a curated entry
    always, a name only GeoNames knows (a war country's) only after a ``locative`` cue ("in", "near").

    >>> known_place("Bakhmut", False), known_place("Gaidai", True)
    ('City', None)
    """
    entry = _lookup(name, True)
    if entry is None or not (locative or entry.source.startswith("curated")):
        return None
    return entry.type
