"""Document-level context shared by the English statement and event extractors.

Holds the parsed chunks with their offsets, the mentions/roles already found, the
resolved dates, headline lines and quotation spans, and answers the look-ups the
extractors need ("which mention covers this token", "which dates fall in this clause").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from conflict_kg.kg.model import Mention, PersonRole, Span

from conflict_kg.extract.dates import find_dates, resolve_date
from conflict_kg.extract.zones import nonbody_ranges

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["DocContext", "Quote", "doc_length", "find_quotes", "headline_ranges", "tok_start", "tok_end", "token_at",
           "tokens_starting_in"]

#: Relative expressions that count from the last date mentioned, not from the document date
#: ("announced the day before" after "at a press conference on the 30th").
_RELATIVE_TO_PREVIOUS = re.compile(r"\b(the day before|the previous day|the next day|the following day|"
                                   r"that day|the same day|(?:days?|weeks?|months?|years?) (?:later|earlier|before|after))\b", re.I)
_OPENERS = ("``", "“", '"')
_CLOSERS = ("''", "”", '"')
_OPENER_RE = re.compile("|".join(map(re.escape, _OPENERS)))
_CLOSER_RE = re.compile("|".join(map(re.escape, _CLOSERS)))
_END_PUNCT = tuple('.!?"”’):;')


@dataclass(frozen=True)
class Quote:
    """A quotation: ``open``..``close`` includes the marks, ``start``..``end`` the inner text."""

    open: int
    start: int
    end: int
    close: int
    dangling: bool = False  # closing mark without opener (translated text); start = sentence start


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text``; never spans a blank line; unbalanced openers are dropped.

    A straight quote glued to the preceding punctuation with no open quote
    (``... Putin," he said``) is a *dangling* closer: the quote starts at its sentence.

    >>> [text[q.start:q.end] for text in ['He said, "Yes." ``No,” she wrote.'] for q in find_quotes(text)]
    ['Yes.', 'No,']
    """
    out: list[Quote] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        p0, p1 = para.start(), para.end()
        i, opened = p0, None
        last_end = p0
        while i < p1:
            # The next quotation mark (the first of the tuple's marks that starts there, as before):
            # one regex search instead of a Python step per character.
            found = (_OPENER_RE if opened is None else _CLOSER_RE).search(text, i, p1)
            if found is None:
                break
            i, mark = found.start(), found.group()
            if opened is None:
                prev = text[i - 1] if i > p0 else " "
                if mark == '"' and prev in ",.!?":
                    # dangling closer: quote runs from the start of its sentence
                    s = max(text.rfind(". ", last_end, i - 1), text.rfind("? ", last_end, i - 1),
                            text.rfind("! ", last_end, i - 1))
                    qs = s + 2 if s >= 0 else last_end
                    while qs < i and text[qs] in " \n":
                        qs += 1
                    if i - qs > 10:
                        out.append(Quote(qs, qs, i, i + 1, dangling=True))
                        last_end = i + 1
                    i += 1
                    continue
                opened = (i, i + len(mark))
                i += len(mark)
            else:
                out.append(Quote(opened[0], opened[1], i, i + len(mark)))
                last_end = i + len(mark)
                opened = None
                i += len(mark)
    return out


def headline_ranges(text: str) -> list[tuple[int, int]]:
    """Single-line paragraphs without final punctuation: digest headlines that restate the body.

    A document with no body (a lone headline, a list of headlines: UCDP's sources, a wire
    ticker) has nothing restating it, so its headlines are its text and none is returned.

    >>> headline_ranges("Missiles hit Kyiv\\n\\nMissiles hit Kyiv on Monday.")
    [(0, 17)]
    >>> headline_ranges("Ukrainian soldier killed near Shumy in Donbas")
    []
    """
    out = []
    body = False
    # Only whitespace before the first / after the last non-space character: computed once, so the
    # test per line is O(1) (slicing the text before and after every line was quadratic in its lines).
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    for para in re.finditer(r"[^\n]+", text):
        line = para.group().rstrip()
        if not line.strip():
            continue
        start, end = para.start(), para.end()
        before_alone = start <= first or text.endswith("\n\n", 0, start)
        after_alone = end >= last or text.startswith("\n\n", end)
        alone = before_alone and after_alone
        if alone and not line.endswith(_END_PUNCT) and len(line.split()) <= 20:
            out.append((para.start(), para.start() + len(line)))
        else:
            body = True
    return out if body else []


def tok_start(offset: int, tok: "Token") -> int:
    return offset + tok.idx


def tok_end(offset: int, tok: "Token") -> int:
    return offset + tok.idx + len(tok.text)


def doc_length(sdoc: "Doc") -> int:
    """``len(sdoc.text)`` without building the text (``Doc.text`` joins every token on each call).

    >>> import spacy
    >>> d = spacy.blank("en")("Kyiv was shelled. ")
    >>> doc_length(d) == len(d.text)
    True
    """
    if not len(sdoc):
        return 0
    last = sdoc[-1]
    return last.idx + len(last.text_with_ws)


def tokens_starting_in(sdoc: "Doc", offset: int, lo: int, hi: int) -> Iterator["Token"]:
    """The tokens of ``sdoc`` (at ``offset``) that start in ``[lo, hi)``, in order, found by bisection
    (iterating a Doc creates every token object; a claim's clause is a few of them)."""
    a, b = 0, len(sdoc)
    while a < b:
        mid = (a + b) // 2
        if offset + sdoc[mid].idx < lo:
            a = mid + 1
        else:
            b = mid
    for i in range(a, len(sdoc)):
        tok = sdoc[i]
        if offset + tok.idx >= hi:
            break
        yield tok


def token_at(ctx: "DocContext", pos: int) -> tuple["Doc", int, "Token"] | None:
    """The (chunk doc, chunk offset, token) whose token contains or starts after ``pos``."""
    for sdoc, off in ctx.chunks:
        if off <= pos < off + doc_length(sdoc):
            # token ends grow with the token index: the first one past ``pos`` by bisection
            lo, hi = 0, len(sdoc)
            while lo < hi:
                mid = (lo + hi) // 2
                tok = sdoc[mid]
                if off + tok.idx + len(tok.text) > pos:
                    hi = mid
                else:
                    lo = mid + 1
            return (sdoc, off, sdoc[lo]) if lo < len(sdoc) else None
    return None


@dataclass
class DocContext:
    """Everything the statement/event extractors share for one document."""

    text: str
    date: str | None
    extractor: str
    chunks: list[tuple["Doc", int]]
    mentions: list[Mention] = field(default_factory=list)
    roles: list[PersonRole] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.quotes = find_quotes(self.text)
        # every non-body zone (headlines, datelines, bylines, captions, source notes, related lists)
        self.headlines = sorted(set(headline_ranges(self.text)) | set(nonbody_ranges(self.text)))
        self._mention_starts = [m.start for m in self.mentions]
        self.dates = self._resolve_dates()

    # -- dates ---------------------------------------------------------------------------
    def _resolve_dates(self) -> list[tuple[int, int, str, str | None]]:
        out, anchor = [], self.date
        for s, e, surface in find_dates(self.text):
            if _RELATIVE_TO_PREVIOUS.search(surface):
                iso = resolve_date(surface, anchor)
            else:
                iso = resolve_date(surface, self.date)
                if iso and len(iso) == 10:
                    anchor = iso
            out.append((s, e, surface, iso))
        return out

    def date_in(self, ranges: list[tuple[int, int]], exclude: list[tuple[int, int]] = ()) -> str | None:
        """First resolved date whose span lies in one of ``ranges`` and in none of ``exclude``."""
        for s, e, _surface, iso in self.dates:
            if iso and any(a <= s and e <= b for a, b in ranges) and not any(a <= s < b for a, b in exclude):
                return iso
        return None

    # -- look-ups ------------------------------------------------------------------------
    def in_headline(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.headlines)

    def in_quote(self, pos: int) -> Quote | None:
        for q in self.quotes:
            if q.open <= pos < q.close:
                return q
        return None

    def mention_at(self, start: int, end: int, types: frozenset[str] | None = None) -> Mention | None:
        """The longest mention overlapping [start, end), optionally of the given types."""
        i = bisect.bisect_right(self._mention_starts, end)
        best = None
        for m in self.mentions[max(0, i - 50) : i]:
            if m.start < end and start < m.end and (types is None or m.type in types):
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def add_mention(self, m: Mention) -> None:
        """Add a mention found late (a speaker the NER missed), keeping the list sorted in place."""
        self.mentions.append(m)
        self.mentions.sort(key=lambda x: (x.start, x.end))
        self._mention_starts = [x.start for x in self.mentions]

    def mentions_starting(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in ``[lo, hi)``, in document order (by bisection: the look-ups per pronoun,
        speaker and event made a scan of every mention quadratic on long documents)."""
        a = bisect.bisect_left(self._mention_starts, lo)
        b = bisect.bisect_left(self._mention_starts, hi)
        return self.mentions[a:b]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions_starting(start, end) if m.end <= end]

    def role_of(self, person: Mention) -> PersonRole | None:
        """The first role recorded for this person (same text or same antecedent)."""
        key = person.antecedent or person.text
        for r in self.roles:
            if (r.person.antecedent or r.person.text) == key or r.person.text == key:
                return r
        return None

    def sentence_span(self, sdoc: "Doc", offset: int, tok: "Token") -> Span:
        sent = tok.sent
        return Span(offset + sent.start_char, offset + sent.end_char, sent.text)
