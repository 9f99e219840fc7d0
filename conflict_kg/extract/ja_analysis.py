"""The shared analysis of one Japanese document: GiNZA tokens, sentences, entities.

Built once from the spaCy chunks (:func:`build_analysis`), with *document* offsets;
the mention, statement and event modules all read it. :func:`mention_type` is the
one place a GiNZA label becomes an ontology class.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable

from conflict_kg.kg.model import Mention, Span

from conflict_kg.extract import vocab_ja as V

__all__ = ["Tok", "Analysis", "UnnamedRole", "build_analysis", "split_sentences", "mention_type"]

_ORG_EXACT = frozenset({"クレムリン", "ホワイトハウス", "ペンタゴン"})
_SENT_END = frozenset("。！？!?")
_OPEN, _CLOSE = "「『（(【", "」』）)】"
# GiNZA labels that are never entity mentions even if the suffix looks like one
# (numbers and dates: "2回から3回", "30日").
_NON_ENTITY_PREFIXES = ("N_", "Date", "Time", "Period", "Percent", "Money", "Countx", "Ordinal", "URL", "Age")


@dataclass
class Tok:
    """One GiNZA token with document offsets and a global head index."""

    i: int
    start: int
    end: int
    text: str
    tag: str
    pos: str
    dep: str
    head: int
    lemma: str
    ent: str


@dataclass
class UnnamedRole:
    """A title without a name ("国務省の報道官"): a possible unnamed speaker."""

    role: str
    start: int
    end: int
    org: Mention | None


@dataclass
class Analysis:
    """Tokens, sentences and GiNZA entities of one document (doc offsets)."""

    text: str
    toks: list[Tok]
    sents: list[Span]
    ents: list[tuple[int, int, str]]
    tok_starts: list[int] = field(default_factory=list)
    tok_ends: set[int] = field(default_factory=set)
    sent_starts: list[int] = field(default_factory=list)
    unnamed: list[UnnamedRole] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tok_starts = [t.start for t in self.toks]
        self.tok_ends = {t.end for t in self.toks}
        self.sent_starts = [s.start for s in self.sents]

    def sentence(self, pos: int) -> Span | None:
        """The sentence containing character ``pos``."""
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k >= 0 and self.sents[k].start <= pos < self.sents[k].end:
            return self.sents[k]
        return None

    def previous_sentence(self, sent: Span) -> Span | None:
        """The sentence before ``sent`` (found by bisection: callers ask once per event, and a scan per
        event made long documents quadratic), or None for the first sentence."""
        k = bisect.bisect_left(self.sent_starts, sent.start)
        return self.sents[k - 1] if 0 < k < len(self.sents) and self.sent_starts[k] == sent.start else None

    def tok_at(self, pos: int) -> Tok | None:
        """The token covering character ``pos``."""
        k = bisect.bisect_right(self.tok_starts, pos) - 1
        if k >= 0 and self.toks[k].start <= pos < self.toks[k].end:
            return self.toks[k]
        return None

    def toks_in(self, start: int, end: int) -> list[Tok]:
        """Tokens overlapping ``[start, end)``."""
        k = max(bisect.bisect_right(self.tok_starts, start) - 1, 0)
        out = []
        while k < len(self.toks) and self.toks[k].start < end:
            if self.toks[k].end > start:
                out.append(self.toks[k])
            k += 1
        return out


def split_sentences(text: str) -> list[Span]:
    """Split on 。！？ outside brackets and on every newline.

    GiNZA's own sentence splitter breaks inside names ("デイビス" | "ウクライナ米大使は…"),
    so sentences are cut on punctuation instead; quotes never span lines in news.

    >>> [s.text for s in split_sentences("彼は「行く。」と述べた。次だ\\n終")]
    ['彼は「行く。」と述べた。', '次だ', '終']
    """
    out: list[Span] = []
    depth, start = 0, 0

    def push(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Span(a, b, text[a:b]))

    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        elif ch == "\n":
            push(start, i)
            start, depth = i + 1, 0
        elif ch in _SENT_END and depth == 0:
            push(start, i + 1)
            start = i + 1
    push(start, len(text))
    return out


def _mask_outside(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with everything outside the parsed chunks blanked (offsets kept).

    The pattern rules below scan the document text; what segmentation left out
    (a repeated paragraph, URL and hashtag lines) must stay out of the records.
    """
    out: list[str] = []
    pos = 0
    for start, end in sorted(ranges):
        if start > pos:
            out.append(re.sub(r"[^\n]", " ", text[pos:start]))
        start = max(start, pos)
        if end > start:
            out.append(text[start:end])
            pos = end
    if pos < len(text):
        out.append(re.sub(r"[^\n]", " ", text[pos:]))
    return "".join(out)


def build_analysis(chunks: Iterable[tuple[object, int]], text: str) -> Analysis:
    """Collect tokens/entities of all chunks with document offsets."""
    toks: list[Tok] = []
    ents: list[tuple[int, int, str]] = []
    chunks = list(chunks)
    text = _mask_outside(text, [(off, off + len(sdoc.text)) for sdoc, off in chunks])  # type: ignore[attr-defined]
    for sdoc, off in chunks:
        base = len(toks)
        for t in sdoc:  # type: ignore[attr-defined]
            toks.append(
                Tok(base + t.i, off + t.idx, off + t.idx + len(t.text), t.text, t.tag_, t.pos_, t.dep_,
                    base + t.head.i, t.lemma_, t.ent_type_)
            )
        for e in sdoc.ents:  # type: ignore[attr-defined]
            ents.append((off + e.start_char, off + e.end_char, e.label_))
    # Chunks may not be in order; offsets must be.
    order = sorted(range(len(toks)), key=lambda k: toks[k].start)
    if order != list(range(len(toks))):
        remap = {old: new for new, old in enumerate(order)}
        toks = [toks[k] for k in order]
        for new, t in enumerate(toks):
            t.i, t.head = new, remap.get(t.head, new)
    return Analysis(text, toks, _sentences_within(text, chunks), sorted(ents))


def _sentences_within(text: str, chunks: list) -> list[Span]:
    """:func:`split_sentences` of ``text``, scanning only from the first chunk to the last: outside
    them the text is blanked, which yields no sentence (a long document's section would otherwise
    scan the whole document, character by character, once per section)."""
    if not chunks:
        return []
    lo = min(off for _sdoc, off in chunks)
    hi = max(off + len(sdoc.text) for sdoc, off in chunks)  # type: ignore[attr-defined]
    return [Span(s.start + lo, s.end + lo, s.text) for s in split_sentences(text[lo:hi])]


def mention_type(text: str, label: str) -> str | None:
    """Ontology class for a GiNZA entity: head-noun suffix first, then the table.

    >>> mention_type("ウクライナ軍", "School"), mention_type("キーウ", "City"), mention_type("30日", "Date")
    ('MilitaryUnit', 'City', None)
    """
    if label.startswith(_NON_ENTITY_PREFIXES) or not text or text[0].isdigit():
        return None
    if text in _ORG_EXACT:
        return "Government"
    if label != "Person":
        for suf, cls in V.SUFFIX_CLASS:
            if text.endswith(suf) and len(text) > len(suf):
                return cls
    return V.ENE_TO_CLASS.get(label)
