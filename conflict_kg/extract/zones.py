"""Document zones: which parts of a news text are body, and which are not.

A news document carries text that is not the story: a headline that restates it, a
byline, a dateline ("WASHINGTON (AP) —"), photo captions, the source notes a Wikinews
article ends with (『…』。朝日新聞社、2012年3月3日。) and lists of related headlines
(【関連記事】, "2011年鉄道関連ニュース…"). Events and statements taken from those
zones are duplicates at best and wrong at worst (a headline quote with no speaker, a
news agency as a place); mentions may still come from them.

:func:`find_zones` classifies a text into non-body zones, language-independently, from
the cue tables below (data, not branches). :func:`keep_body` is the one hook the
pipeline applies to every document's records: it drops statements, events and claims
whose anchor lies in a non-body zone, and re-bases claim indices.

>>> t = "WASHINGTON (AP) — The minister said the talks failed.\\n\\nBy John Smith"
>>> [(z.kind, t[z.start:z.end]) for z in find_zones(t)]
[('dateline', 'WASHINGTON (AP) — '), ('byline', 'By John Smith')]
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from conflict_kg.kg.model import DocRecords

__all__ = ["Zone", "ZONE_KINDS", "find_zones", "nonbody_ranges", "in_zones", "keep_body", "LINE_CUES",
           "PREFIX_CUES", "SOURCE_NOTE_RES", "RELATED_HEADERS", "JA_OUTLETS"]

#: The non-body zone kinds.
ZONE_KINDS = ("headline", "byline", "dateline", "source", "related", "caption")


@dataclass(frozen=True)
class Zone:
    """A non-body zone ``[start, end)`` of the document text."""

    start: int
    end: int
    kind: str


_DATE = (r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年(?:\d{1,2}月)?|\d{1,2}\.\d{1,2}\.\d{4}"
         r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? ?\d{1,2}, ?\d{4}")
_AGENCIES = r"AP|Reuters|AFP|CNN|UPI|dpa|Xinhua|TASS|Interfax|Ukrinform|Kyodo|Yonhap|EFE|ANSA|Bloomberg"

#: Whole lines (or, in run-on Japanese text, whole sentences) that are one zone. First match wins.
LINE_CUES: tuple[tuple[str, re.Pattern], ...] = (
    ("byline", re.compile(r"(?:By|BY|Written by|Reporting by|Compiled by) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
                          r"(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?(?:[,;] [\w .'-]{0,40})?")),
    ("byline", re.compile(r"(?:記者|文|執筆|取材)[:：]\s*\S{1,20}|[（(][^）)]{1,20}[=＝][^）)]{1,12}[）)]")),
    ("source", re.compile(r"(?:出典|出所|ソース|情報源|参考文献|Sources?|SOURCE)\s*[:：].*|(?:出典|参考文献|情報源)")),
    ("related", re.compile(r"(?:Related(?: articles| stories| coverage| content)?|RELATED|Read more|READ MORE|See also|"
                           r"More from [\w ]+|Also read)\s*[:：].*|Read the rest (?:here|of the story).*|"
                           r"【関連(?:記事|ニュース)】.*|関連(?:記事|ニュース|項目)\s*[:：]?.*")),
    ("caption", re.compile(r"(?:Photo|PHOTO|Image|IMAGE|Picture|FILE PHOTO|FILE|Caption|写真|画像|ファイル)\s*[:：—–-]"
                           r"(?![^\s。、]+?\.(?:jpe?g|png|gif|svg|tiff?)).*"
                           r"|.*\((?:" + _AGENCIES + r"|Getty Images?|EPA)(?: Photo)?/[^)]*\)\s*")),
)

#: Cues that cover only the start of a line; the rest of the line is body.
PREFIX_CUES: tuple[tuple[str, re.Pattern], ...] = (
    # "WASHINGTON (AP) — ", "KYIV, Ukraine (Reuters) - ", "(CNN) — "
    ("dateline", re.compile(r"(?:[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}(?:, [A-Z][A-Za-z. ]{1,20})?\s*)?"
                            r"\((?:" + _AGENCIES + r")\)\s*[—–-]{1,2}\s*")),
    # "FAIRVIEW, W.Va. - ", "KYIV, Ukraine — " (the place in capitals, then a dash)
    ("dateline", re.compile(r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z. ]{1,20})?\s[—–-]{1,2}\s")),
    # 【ワシントン=共同】 / 【モスクワ時事】
    ("dateline", re.compile(r"【[^】]{1,15}?[=＝]?(?:共同|時事|ロイター|AFP|AP|聯合|新華社|タス)】\s*")),
    # "ファイル:ZeljkoSturanovic.jpg" glued to the first sentence (Wikinews image links)
    ("caption", re.compile(r"(?:ファイル|File|画像|Image)[:：][^\s。、]+?\.(?:jpe?g|png|gif|svg|tiff?)\s*", re.I)),
)

#: Japanese source-note sentences (Wikinews 出典 lists glued into the text).
SOURCE_NOTE_RES: tuple[re.Pattern, ...] = (
    # 『記事の見出し』。 / 牧野愛博『…』。 / YOMIURIONLINE(北京五輪)『…』。 (no predicate outside the title)
    re.compile(r"[^。ぁ-ゖ「」]{0,40}『[^』]*』\s*[。.]?"),
    # 朝日新聞社、2012年3月3日。 / asahi.com、1月31日。 / Reuters、17.10.2005。 (publisher, date)
    re.compile(r"[^。ぁ-ゖ「」]{1,40}[、,]\s*(?:" + _DATE + r")[^。ぁ-ゖ]{0,40}[。.]?"),
    # "Blasts kill 83 in Egyptian Red Sea resort". Reuters, July 23, 2005。 / 「報道ステーション」。
    re.compile(r"[^。ぁ-ゖ]{0,40}[\"“「][^\"”」]+[\"”」]\s*[。.]?(?:[^。ぁ-ゖ]{1,40}[、,]\s*(?:" + _DATE + r")[^。]{0,40}[。.]?)?"),
    # ウィキペディア日本語版在日米軍再編、ウィキペディア日本語版、…の版。
    re.compile(r".{0,60}(?:ウィキペディア|Wikipedia).{0,60}の版[。.]?"),
    # a translation note: "…で爆発、死者多数英語版en:Many dead in …の抜粋です。" (the translated title)
    re.compile(r".{0,80}(?:英語版|[a-z]{2}:).{0,160}の(?:抜粋|翻訳)です[。.]?"),
)

#: A run-on list of dated related headlines: "2006年5月6日、…に調印2005年10月22日、…進展なし…": full
#: dates each opening a headline with 、, at least one glued to the end of the previous headline (a
#: kanji, katakana or latin letter right before the year: a body sentence has a particle there).
#: The date may also be followed by a colon ("2006年6月4日:…に逮捕2006年5月19日:…").
DATED_HEADLINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日[、:：]")
_GLUED_DATE = re.compile(r"[一-龥ァ-ヶーA-Za-z]\d{4}年\d{1,2}月\d{1,2}日[、:：]")

#: A sentence opening with one of these begins a related-headline list.
RELATED_HEADERS = re.compile(r"[^。]{0,20}?(?:関連ニュース|関連記事|最近の記事|【関連記事】|Related stories|Related articles)")
#: Where the body starts again inside a run-on sentence that opened with a related list:
#: the news source that opens a Wikinews body ("読売新聞、朝日新聞によると、…").
#: Outlets named at the start of a Wikinews body; a kanji prefix cannot be told from a headline's
#: last word ("3人が負傷読売新聞"), so kanji-named outlets are listed, others are katakana/latin + 新聞/通信.
JA_OUTLETS = ("読売新聞", "朝日新聞", "毎日新聞", "産経新聞", "日本経済新聞", "東京新聞", "中日新聞", "中国新聞",
              "北海道新聞", "西日本新聞", "共同通信", "時事通信", "日経", "共同", "時事", "NHK", "ロイター", "AP通信",
              "AFP通信", "BBC", "CNN", "聯合ニュース", "新華社")
_BODY_RESUME = re.compile(
    r"(?:(?:" + "|".join(JA_OUTLETS) + r"|[ァ-ヶーA-Za-z]+(?:新聞|通信|放送|ニュース))(?:社)?(?:[、・と及び]+)?)+"
    r"(?:の(?:[^、。]{0,10})?報道)?によ(?:ると|れば)")
# A 『title』 is one unit: a source note's title may hold "?" or "!" (『…に放火?炎上し一部崩落』。).
_SENT_RE = re.compile(r"(?:『[^』。\n]{0,80}』|[^。！？!?\n])*(?:[。！？!?]+[」』）)]*|(?=\n)|$)")
_EN_END = tuple('.!?"”’):;')


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        seg = m.group()
        s = m.start() + len(seg) - len(seg.lstrip())
        e = m.end() - (len(seg) - len(seg.rstrip()))
        if e > s:
            out.append((s, e))
    return out


@lru_cache(maxsize=4)
def _edges(text: str) -> tuple[int, int]:
    """Offsets of the first non-space character and just after the last one."""
    return len(text) - len(text.lstrip()), len(text.rstrip())


def _alone(text: str, s: int, e: int) -> bool:
    """A one-line paragraph (blank line or document edge on both sides).

    Looks only at the characters next to the line (no copies of the text before and after it,
    which made zoning quadratic in a multi-line document's length).
    """
    first, last = _edges(text)
    i = s
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = e
    while j < len(text) and text[j] in " \t":
        j += 1
    return (s <= first or text.endswith("\n\n", 0, i)) and (e >= last or text.startswith("\n\n", j))


def _title_case(line: str) -> bool:
    """Most content words capitalised ("What Mexico Could Do When Up Against Trump.")."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _headline(text: str, s: int, e: int, first: bool) -> bool:
    """Headlines: a short one-line paragraph without sentence-final punctuation; the document's first
    line also with a final period when it is in title case and the document goes on."""
    line = text[s:e]
    if not _alone(text, s, e) or "。" in line[:-1]:
        return False
    words = len(line.split()) if line.isascii() else len(line) // 3
    if first and line.isascii() and text[e:].strip() and words <= 20 and _title_case(line):
        return True
    return not line.endswith(_EN_END + ("。", "」", "）")) and words <= 20


def _sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    for m in _SENT_RE.finditer(text, s, e):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            out.append((a, b))
        if m.end() >= e:
            break
    return out


def _source_note(sent: str) -> bool:
    return any(r.fullmatch(sent.strip()) for r in SOURCE_NOTE_RES)


def _ja_trailer(text: str, sents: list[tuple[int, int]]) -> list[Zone]:
    """Wikinews ends with its sources: from the first source-note sentence after which at least
    half of the sentences are source notes, everything is source notes or related lists."""
    flags = [_source_note(text[a:b]) for a, b in sents]
    for i, f in enumerate(flags):
        if f and sum(flags[i:]) * 2 >= len(flags) - i and i > 0:
            return [Zone(a, b, "source" if flags[k] else "related") for k, (a, b) in enumerate(sents[i:], start=i)]
    return []


def _ja_related_head(text: str, a: int, b: int) -> Zone | None:
    """A sentence that opens with a related-headline list ("2011年鉄道関連ニュース…"): the list runs
    up to where a news source opens the body ("読売新聞によると"), else to the sentence end."""
    if not RELATED_HEADERS.match(text, a, b):
        return None
    m = _BODY_RESUME.search(text, a, b)
    return Zone(a, m.start() if m else b, "related")


#: A run-on list of related headlines each closed by its date in parentheses, the next glued to it:
#: "…53人重軽傷(9月13日)…と命名(2014年8月23日)北海道の…". Two such glued dates make the list.
PAREN_DATED_HEADLINE = re.compile(r"[(（](?:\d{4}年)?\d{1,2}月\d{1,2}日[)）](?=[^、。,.\s）)」ぁ-ゖ])")


def _dated_headlines(text: str, a: int, b: int) -> bool:
    """A sentence that is a run of dated headlines (see ``DATED_HEADLINE``, ``PAREN_DATED_HEADLINE``)."""
    return (len(DATED_HEADLINE.findall(text, a, b)) >= 2 and bool(_GLUED_DATE.search(text, a, b))
            or len(PAREN_DATED_HEADLINE.findall(text, a, b)) >= 2)


#: A line listed under a related-articles header: a 『title』, a bullet, or a line with no final punctuation.
_LIST_ITEM = re.compile(r"\s*(?:『[^』]*』.{0,40}|[・•*\-–—▶►].*|.*[^。.!?！？」』）)\"”’])")


def _line_zones(text: str, s: int, e: int, first: bool) -> list[Zone]:
    line = text[s:e]
    for kind, rx in LINE_CUES:
        if rx.fullmatch(line):
            return [Zone(s, e, kind)]
    for kind, rx in PREFIX_CUES:
        m = rx.match(line)
        if m and m.end() < len(line):
            return [Zone(s, s + m.end(), kind)]
    if _headline(text, s, e, first):
        return [Zone(s, e, "headline")]
    return []


def find_zones(text: str) -> list[Zone]:
    """Non-body zones of ``text``, sorted by start. Body is everything else.

    >>> t = "本文です。『見出し』。朝日新聞社、2012年3月3日。『別の見出し』。共同通信社、2012年3月3日。"
    >>> [(z.kind, t[z.start:z.end]) for z in find_zones(t)][:2]
    [('source', '『見出し』。'), ('source', '朝日新聞社、2012年3月3日。')]
    >>> [z.kind for z in find_zones("Missiles hit Kyiv\\n\\nMissiles hit Kyiv on Monday.")]
    ['headline']
    >>> find_zones("Ukrainian soldier killed near Shumy in Donbas")
    []
    """
    if not text or not text.strip():
        return []
    out: list[Zone] = []
    lines = _lines(text)
    listing = False  # inside the list under a related-articles header
    for k, (s, e) in enumerate(lines):
        zs = _line_zones(text, s, e, first=(k == 0 and len(lines) > 1))
        if not zs and listing and _LIST_ITEM.fullmatch(text[s:e]):
            zs = [Zone(s, e, "related")]
        listing = bool(zs) and zs[0].kind == "related" and zs[0].end == e
        out += zs
        if zs and zs[0].start == s and zs[0].end == e:
            continue
        body_from = zs[0].end if zs else s
        sents = _sentences(text, body_from, e)
        if sents and (z := _ja_related_head(text, *sents[0])) is not None:
            out.append(z)
        out += _ja_trailer(text, sents)
        out += [Zone(a, b, "related") for a, b in sents if _dated_headlines(text, a, b)]
    out = sorted(set(out), key=lambda z: (z.start, z.end))
    # A headline restates a body; a document that is only headlines (a lone wire headline, UCDP's
    # sources, a ticker) has no body to restate, so its headlines are its story.
    return out if _has_body(text, out) else [z for z in out if z.kind != "headline"]


def _has_body(text: str, zones: list[Zone]) -> bool:
    """Is any non-space character of ``text`` outside the (sorted) ``zones``?"""
    pos = 0
    for z in zones:
        if text[pos:z.start].strip():
            return True
        pos = max(pos, z.end)
    return bool(text[pos:].strip())


def nonbody_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-body zone (see :func:`find_zones`)."""
    return [(z.start, z.end) for z in find_zones(text)]


def in_zones(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` inside one of ``ranges``?"""
    return any(a <= pos < b for a, b in ranges)


def keep_body(records: "DocRecords") -> "DocRecords":
    """Drop statements, events and claims anchored in non-body zones (mentions and roles stay).

    A statement is anchored at its quote, an event and a claim at their span start. A claim
    about a dropped event is dropped with it; the remaining claim indices are re-based.
    """
    ranges = nonbody_ranges(records.doc.text or "")
    if not ranges:
        return records
    records.statements = [s for s in records.statements if not in_zones(ranges, s.quote_start)]
    keep_ev = [not in_zones(ranges, ev.start) for ev in records.events]
    ev_map, n = {}, 0
    for i, k in enumerate(keep_ev):
        if k:
            ev_map[i] = n
            n += 1
    records.events = [ev for ev, k in zip(records.events, keep_ev) if k]
    keep_cl = [not in_zones(ranges, c.start) and (c.event_index is None or c.event_index in ev_map)
               for c in records.claims]
    cl_map = {i: sum(keep_cl[:i]) for i, k in enumerate(keep_cl) if k}
    claims = []
    for c, k in zip(records.claims, keep_cl):
        if not k:
            continue
        if c.event_index is not None:
            c.event_index = ev_map[c.event_index]
        if c.disputes_index is not None:
            c.disputes_index = cl_map.get(c.disputes_index)
        claims.append(c)
    records.claims = claims
    return records
