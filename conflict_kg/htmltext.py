"""HTML input reduced to its text (standard library ``html.parser``).

Scripts, styles and other non-content elements are dropped, block elements
become line breaks (so paragraphs stay paragraphs for segmentation), and
character references are unescaped.

>>> print(html_to_text("<p>ロシア軍&amp;攻撃</p><script>x()</script><p>Kyiv</p>"))
ロシア軍&攻撃
<BLANKLINE>
Kyiv
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "html_title"]


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_DROP = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"})
_BLOCK = frozenset(
    """address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul
    caption body html title option""".split()
)
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._drop = 0
        self._pre = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _DROP and tag not in _VOID:
            self._drop += 1
        elif tag == "pre":
            self._pre += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _DROP and self._drop:
            self._drop -= 1
        elif tag == "pre" and self._pre:
            self._pre -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        if self._drop:
            return
        if self._pre:
            self.parts.append(data.replace("\n", "\x00"))  # protected from whitespace collapsing
        else:
            self.parts.append(re.sub(r"[ \t\n\r\f]+", " ", data))  # HTML whitespace only, not NBSP


def _parse_html(html: str) -> _TextParser:
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; belt and braces for hostile input
        pass
    return parser


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: scripts/styles/head dropped, blocks on their own lines.

    >>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
    ...              "<body><h1>見出し</h1><p>本文&amp;続き</p><p>二段落目</p></body></html>")
    '見出し\\n\\n本文&続き\\n\\n二段落目'
    """
    if not html:
        return ""
    raw = "".join(_parse_html(html).parts)
    lines = [ln.strip(" \t").replace("\x00", "\n") for ln in raw.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def html_title(html: str) -> str | None:
    title = re.sub(r"\s+", " ", "".join(_parse_html(html).title_parts)).strip()
    return title or None


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------


