"""Cut a document into content chunks that the NLP pipelines can take.

Two problems are solved here, both without changing a single character of the
text (chunks are ``(start, end)`` offsets, so extractor offsets stay true):

* **Not content.** Digests paste blog URLs, hashtag lines (``#ロシア(251121)``)
  and repeat whole paragraphs (the same wire story quoted twice). URL-only and
  hashtag-only lines are left out; an exact duplicate paragraph (after
  whitespace normalisation) is kept only at its first occurrence, so its
  statements and events are counted once.
* **Too long.** SudachiPy (GiNZA's tokenizer) refuses input longer than
  :data:`SUDACHI_MAX_BYTES` bytes of UTF-8 (measured with SudachiPy 0.6.11:
  49,149 bytes pass, 49,150 raise ``Input is too long``). A longer paragraph is
  split at sentence ends (``。！？.!?``), else at ``、,``, else at whitespace,
  else hard, so that no chunk exceeds the limit and nothing is dropped.

Paragraphs are lines. Neighbouring kept lines are merged into one chunk (up to
``merge_chars`` characters and ``max_bytes`` bytes) when no skipped line lies
between them; blank lines between them are inside the chunk.
"""
from __future__ import annotations

import re

__all__ = ["SUDACHI_MAX_BYTES", "DEFAULT_MERGE_CHARS", "content_chunks", "skipped_paragraphs", "paragraph_spans"]

#: SudachiPy's input limit in UTF-8 bytes (measured, SudachiPy 0.6.11).
SUDACHI_MAX_BYTES = 49149
#: Merge neighbouring paragraphs into chunks of at most this many characters.
DEFAULT_MERGE_CHARS = 5000

# A line made only of URLs / bare domains ("d1021.hatenadiary.jp").
_URL_LINE_RE = re.compile(
    r"(?:(?:https?://|ftp://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?::\d+)?(?:/\S*)?)"
    r"(?:\s+(?:(?:https?://|ftp://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?::\d+)?(?:/\S*)?))*"
)
# A line made only of hashtags ("#NATOexpansion", "#反ロシア#対中露戦"); "# Title"
# (markdown heading, a space after '#') is content.
_HASHTAG_LINE_RE = re.compile(r"(?:[#＃][^\s#＃]+\s*)+")
_WS_RE = re.compile(r"\s+")
_SENT_END = "。！？!?.．"
_CLOSERS = "」』）)]】\"'”’"
_CLAUSE_END = "、，,;；"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding whitespace."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if lead < len(seg):
            out.append((s + lead, e - trail))
    return out


def _classify(text: str) -> list[tuple[int, int, str | None]]:
    """Each non-blank line with a skip reason ('url', 'hashtag', 'duplicate') or None (content)."""
    seen: set[str] = set()
    out = []
    for s, e in _lines(text):
        line = text[s:e]
        if _URL_LINE_RE.fullmatch(line):
            out.append((s, e, "url"))
            continue
        if _HASHTAG_LINE_RE.fullmatch(line):
            out.append((s, e, "hashtag"))
            continue
        key = _WS_RE.sub(" ", line)
        if key in seen:
            out.append((s, e, "duplicate"))
            continue
        seen.add(key)
        out.append((s, e, None))
    return out


def skipped_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Lines left out of :func:`content_chunks`, with the reason.

    >>> t = "https://example.com\\n本文です。\\n#ロシア(251121)\\n本文です。"
    >>> skipped_paragraphs(t)
    [(0, 19, 'url'), (26, 38, 'hashtag'), (39, 44, 'duplicate')]
    """
    if not text:
        return []
    return [(s, e, r) for s, e, r in _classify(text) if r is not None]


def _nbytes(s: str) -> int:
    return len(s.encode("utf-8", "surrogatepass"))


def _fit(text: str, start: int, end: int, max_bytes: int) -> int:
    """Largest p in (start, end] with text[start:p] <= max_bytes bytes."""
    limit = min(end, start + max_bytes)  # every char is >= 1 byte
    try:
        head = text[start:limit].encode("utf-8")[:max_bytes]
        # A character cut in half by the byte slice is dropped by "ignore".
        return start + len(head.decode("utf-8", "ignore"))
    except UnicodeEncodeError:  # lone surrogates: count character by character
        pass
    total = 0
    p = start
    while p < limit:
        b = _nbytes(text[p])
        if total + b > max_bytes:
            break
        total += b
        p += 1
    return p


def _cut_point(text: str, start: int, p: int) -> int:
    """Best place to cut text[start:p]: after a sentence end, a clause end, whitespace; else p."""
    window = text[start:p]
    for marks in (_SENT_END, _CLAUSE_END):
        i = max(window.rfind(c) for c in marks)
        if i >= 0:
            j = i + 1
            while j < len(window) and window[j] in _CLOSERS:
                j += 1
            if j > 0:
                return start + j
    i = max(window.rfind(" "), window.rfind("\t"), window.rfind("\u3000"))
    if i > 0:
        return start + i + 1
    return p


def _split_long(text: str, start: int, end: int, max_bytes: int) -> list[tuple[int, int]]:
    pieces = []
    s = start
    remaining = _nbytes(text[start:end])  # kept up to date: no re-encoding of a huge tail per piece
    while s < end:
        if remaining <= max_bytes:
            pieces.append((s, end))
            break
        p = _fit(text, s, end, max_bytes)
        cut = _cut_point(text, s, p)
        if cut <= s:  # cannot happen with max_bytes >= 4, but never loop forever
            cut = max(p, s + 1)
        pieces.append((s, cut))
        remaining -= _nbytes(text[s:cut])
        s = cut
    return pieces


def content_chunks(
    text: str, max_bytes: int = SUDACHI_MAX_BYTES, merge_chars: int = DEFAULT_MERGE_CHARS
) -> list[tuple[int, int]]:
    """(start, end) offsets of the content chunks of ``text``, in order.

    Invariants: ``text[start:end]`` is the chunk (offsets are true); no chunk
    is longer than ``max_bytes`` in UTF-8; every content line is covered by
    exactly one chunk (a line longer than ``max_bytes`` by several adjacent
    ones); no chunk contains a skipped line (see :func:`skipped_paragraphs`).

    >>> t = "http://a.example.com\\n\\nロシア軍が攻撃。\\n\\n同氏は述べた。\\n#tag\\n終わり。"
    >>> [t[s:e] for s, e in content_chunks(t)]
    ['ロシア軍が攻撃。\\n\\n同氏は述べた。', '終わり。']
    """
    if max_bytes < 4:
        raise ValueError("max_bytes must be at least 4 (one UTF-8 character)")
    if not text:
        return []
    chunks: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    cur_bytes = 0
    for s, e, reason in _classify(text):
        if reason is not None:
            if cur:
                chunks.append(cur)
            cur = None
            continue
        nb = _nbytes(text[s:e])
        if nb > max_bytes:
            if cur:
                chunks.append(cur)
            cur = None
            chunks.extend(_split_long(text, s, e, max_bytes))
            continue
        if cur is not None:
            gap_bytes = _nbytes(text[cur[1]:s])
            if e - cur[0] <= merge_chars and cur_bytes + gap_bytes + nb <= max_bytes:
                cur = (cur[0], e)
                cur_bytes += gap_bytes + nb
                continue
            chunks.append(cur)
        cur = (s, e)
        cur_bytes = nb
    if cur:
        chunks.append(cur)
    return chunks


#: A paragraph: a run of non-blank lines.
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


def paragraph_spans(text: str, max_bytes: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the blank-line separated paragraphs of ``text`` that hold more than
    whitespace: the chunks of the ``extract_*_text`` conveniences. With ``max_bytes`` a longer
    paragraph is split as :func:`content_chunks` splits it. Unlike :func:`content_chunks`
    nothing is left out (no URL, hashtag or duplicate filtering).

    >>> t = "第一段落。\\n続き。\\n\\n第二段落。"
    >>> [t[s:e] for s, e in paragraph_spans(t)], [t[s:e] for s, e in paragraph_spans(t, max_bytes=16)]
    (['第一段落。\\n続き。', '第二段落。'], ['第一段落。', '\\n続き。', '第二段落。'])
    """
    spans = [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]
    if max_bytes is None:
        return spans
    return [(a, b) for s, e in spans for a, b in _split_long(text, s, e, max_bytes) if text[a:b].strip()]
