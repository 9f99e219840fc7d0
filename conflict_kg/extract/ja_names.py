"""Japanese person names the NER missed or cut, recognised from the morphology around them (issues #15, #17).

GiNZA's NER labels ``佐々木貴正容疑者`` as the person ``貴正``, ``平野力(ひらの・つとむ)容疑者`` as the reading
only and ``ジャマル・バダウィ服役囚`` not at all; the title rules of :mod:`conflict_kg.extract.ja_persons` need a
SudachiPy 人名 token or a lexicon title. News Japanese marks names by what follows them, so a name here is a run
of kanji (with 々 and an inner ノ) or of ・/＝-joined katakana written straight before

* a status noun of a person (``容疑者``, ``被告``, ``服役囚``: :data:`vocab_ja_names.STRONG_STATUS`), or an
  honorific or sports status (``氏``, ``さん``, ``選手``: :data:`vocab_ja_names.WEAK_STATUS`);
* a reading in parentheses (``平野力(ひらの・つとむ)``; a reading with ・ is a surname and a given name);
* an age in parentheses (``梅埜桂嗣(20歳)``);
* a lexicon title, when every token of the run is a GiNZA Person (``金田外務副大臣``, 金田 tagged a place).

The run is cut at the words that start a noun run but are never part of a name
(:data:`vocab_ja_names.NOT_NAME_WORDS`: 同, 男性, 無職, 主婦 …) and is rejected when it ends like an occupation
(組員, 運転手). Weak evidence (an honorific, an age, a reading without ・) needs a name token (人名 or GiNZA
Person) in the run; strong evidence (a legal status, a reading with ・) does not. :func:`add_names` is the
one hook of the mention builder (:func:`conflict_kg.extract.ja_mentions.extract_mentions`): a Person mention
the NER cut is widened in place (roles holding it keep it), a mention the name swallows is replaced, a
reading's own mention points back at the name, and a new mention is added otherwise. Every consumer of
mentions (event parties, speakers, role holders, propagation of names) then sees the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from conflict_kg.kg.model import Mention

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract import vocab_ja_names as N
from conflict_kg.extract.ja_analysis import Analysis, Tok
from conflict_kg.extract.ja_titles import ALL_TITLES, TITLE_RE

__all__ = ["NameSpan", "name_spans", "add_names"]

_KANJI = "一-龥々〆ヶ"
_KANJI_RE = re.compile(f"[{_KANJI}]")
_KATA_RE = re.compile(r"[ァ-ヶー]")
_JOINERS = "・＝="
_STATUS = re.compile("|".join(map(re.escape, N.STATUS_AFTER_NAME)))
#: A gloss in parentheses right after a name: a kana reading (with or without ・, a kanji surname may stay
#: kanji: "仲川げん") or an age ("20歳", "当時17歳", "41").
_READING = re.compile(r"[(（]([一-龥]{0,3}[ぁ-ゖ]+(?:[・＝][ぁ-ゖ]+)*|[ァ-ヶー]+(?:[・＝][ァ-ヶー]+)+)[)）]")
_AGE = re.compile(r"[(（](?:当時)?[0-9０-９]{1,3}歳[)）]")
_TITLES = frozenset(ALL_TITLES)
_ORG_HEADS = tuple(V.ORG_WORDS) + tuple(V.ROLE_ORG_HEADS)


@dataclass(frozen=True)
class NameSpan:
    """A recognised name: ``text[start:end]``, the evidence that made it one, and whether it is strong."""

    start: int
    end: int
    evidence: str
    strong: bool


def _name_tok(t: Tok) -> bool:
    return "人名" in t.tag or t.ent == "Person"


def _kanji_start(text: str, end: int) -> int:
    """Start of the kanji run ending at ``end`` (an inner ノ between kanji belongs to it: 若ノ鵬)."""
    k = end
    while k > 0 and end - k < 10 and (_KANJI_RE.match(text[k - 1]) or text[k - 1] == "ノ" and k > 1
                                      and _KANJI_RE.match(text[k - 2]) and k < end):
        k -= 1
    return k


def _katakana_start(text: str, end: int) -> int:
    """Start of the ・/＝-joined katakana run ending at ``end`` (every part two characters or more)."""
    k = end
    while k > 0 and (_KATA_RE.match(text[k - 1]) or text[k - 1] in _JOINERS and k > 1 and _KATA_RE.match(text[k - 2])):
        k -= 1
    parts = re.split(f"[{_JOINERS}]", text[k:end])
    return k if parts and all(len(p) >= N.KATAKANA_PART_MIN for p in parts) else end


def _no_name_tok(t: Tok) -> bool:
    """A token that never opens a name: a stop word, a number, a prefix, a title, a place, an organisation."""
    return (t.text in N.NOT_NAME_WORDS or "数詞" in t.tag or "接頭辞" in t.tag or t.text in _TITLES
            or "地名" in t.tag and t.ent != "Person" or t.text.endswith(_ORG_HEADS) and "人名" not in t.tag)


def _opens_name(t: Tok) -> bool:
    """A token a name may start with: a SudachiPy person name, or a proper noun GiNZA labels Person."""
    return "人名" in t.tag or "固有名詞" in t.tag and t.ent == "Person"


def _name_part(t: Tok, strong: bool) -> bool:
    """A token that may stand inside a name: a name token, a single kanji the tagger split off ("平野|力",
    "梅埜|桂|嗣"), or with strong evidence any noun that is no verbal noun ("組員" is rejected elsewhere)."""
    if t.text in N.NOT_NAME_WORDS or t.text in N.STATUS_AFTER_NAME or t.text in _TITLES or "サ変" in t.tag:
        return False
    return _opens_name(t) or len(t.text) == 1 or strong and t.tag.startswith("名詞")


def _trim_kanji(an: Analysis, s: int, e: int, strong: bool) -> list[Tok]:
    """The tokens of the name in the run ``[s, e)``: from the first token that opens a name (GiNZA's Person
    label often starts early: "その為|藤家", "本名|斉藤俊"); with strong evidence and no such token, from the
    first token that is no stop word ("ミュージシャンの平野力(ひらの・つとむ)")."""
    toks = [t for t in an.toks_in(s, e) if t.start >= s]
    first = next((k for k, t in enumerate(toks) if "人名" in t.tag), None)
    if first is None:
        first = next((k for k, t in enumerate(toks) if _opens_name(t)), None)
    if first is None and strong:
        first = next((k for k, t in enumerate(toks) if not _no_name_tok(t)), None)
    if first is None:
        return []
    if first > 0 and "人名-名" in toks[first].tag and _name_part(toks[first - 1], False) \
            and "地名" not in toks[first - 1].tag:
        first -= 1  # a surname the tagger missed before a tagged given name ("北側|一雄")
    return toks[first:]


def _kanji_name(an: Analysis, e: int, strong: bool, evidence: str) -> NameSpan | None:
    toks = _trim_kanji(an, _kanji_start(an.text, e), e, strong)
    if not toks or toks[-1].end != e:
        return None
    s = toks[0].start
    name = an.text[s:e]
    if not N.NAME_LEN[0] <= len(name) <= N.NAME_LEN[1] or not all(_name_part(t, strong) for t in toks):
        return None
    if name.endswith(N.NOT_NAME_ENDINGS) and not _name_tok(toks[-1]) or name.endswith(N.PLACE_ENDINGS):
        return None  # "組員", "南丹市(なんたんし)": an occupation or a place
    if not any(_opens_name(t) for t in toks) and not (strong and len(name) >= 3):
        return None  # a bare 2-character common noun before 容疑者 is a description
    return NameSpan(s, e, evidence, strong)


def _katakana_name(an: Analysis, e: int, strong: bool, evidence: str) -> NameSpan | None:
    s = _katakana_start(an.text, e)
    name = an.text[s:e]
    if e - s < 2 or name in N.NOT_KATAKANA_NAMES or name in V.NOT_NAMES or name.endswith(_ORG_HEADS):
        return None
    toks = an.toks_in(s, e)
    if not toks or toks[0].start != s or all("地名" in t.tag for t in toks if t.text not in _JOINERS):
        return None  # a country or a town ("ウクライナさん" is no name)
    if not strong and (not any(_name_tok(t) for t in toks) or any("地名" in t.tag for t in toks)):
        return None  # "ハイパーコンサルティング・ジャパンさん": a firm addressed politely
    return NameSpan(s, e, evidence, strong)


def _name_before(an: Analysis, e: int, strong: bool, evidence: str) -> NameSpan | None:
    if e > 0 and _KANJI_RE.match(an.text[e - 1]):
        return _kanji_name(an, e, strong, evidence)
    if e > 0 and _KATA_RE.match(an.text[e - 1]):
        return _katakana_name(an, e, strong, evidence)
    return None


def _gloss_before(text: str, p: int) -> int:
    """Where a name ends when a reading or an age gloss stands between it and ``p`` (else ``p``)."""
    for rx in (_READING, _AGE):
        for m in rx.finditer(text, max(0, p - 24), p):
            if m.end() == p:
                return m.start()
    return p


def _status_names(an: Analysis) -> list[NameSpan]:
    """Names before a status noun or honorific (a gloss may stand between: 平野力(ひらの・つとむ)容疑者)."""
    out = []
    for m in _STATUS.finditer(an.text):
        p, q = m.span()
        if q < len(an.text) and _KANJI_RE.match(an.text[q]) or p not in an.tok_starts:
            continue  # "選手権", "氏名", "監督官": the status word is the head of a longer word
        strong = m.group() in N.STRONG_STATUS
        span = _name_before(an, _gloss_before(an.text, p), strong, "status:" + m.group())
        if span is not None:
            out.append(span)
    return out


def _gloss_names(an: Analysis) -> list[NameSpan]:
    """Names before a reading (strong with ・: surname・given name) or an age in parentheses."""
    out = []
    for rx, kind in ((_READING, "reading"), (_AGE, "age")):
        for m in rx.finditer(an.text):
            strong = kind == "reading" and bool(re.search(f"[{_JOINERS}]", m.group(1)))
            if m.start() == 0 or not _KANJI_RE.match(an.text[m.start() - 1]):
                continue  # a katakana name needs no reading: "チーム(ジェフ・アマ)" is a nickname
            span = _kanji_name(an, m.start(), strong, kind)
            if span is not None:
                out.append(span)
    return out


def _known_place(name: str) -> bool:
    from conflict_kg.kg.gazetteer import load_gazetteer

    return bool(load_gazetteer().lookup(name, "ja"))


def _person_before_title(an: Analysis) -> list[NameSpan]:
    """"金田外務副大臣": a kanji run opened by a proper noun GiNZA labels Person, with no SudachiPy person-name
    token (the title rules of ``ja_persons`` need one; SudachiPy tags 金田 a place), straight before a lexicon
    title that is no local office ("仙台市長": 仙台 is the city)."""
    out = []
    for m in TITLE_RE.finditer(an.text):
        p = m.start()
        if m.group().startswith(N.PLACE_ENDINGS) or p == 0 or not _KANJI_RE.match(an.text[p - 1]):
            continue
        span = _kanji_name(an, p, False, "ner-before-title")
        if span is None or any("人名" in t.tag for t in an.toks_in(span.start, span.end)) \
                or span.start > 0 and an.text[span.start - 1] == "同" or _known_place(an.text[span.start:span.end]):
            continue  # "同宮城支店長": the same firm's branch in a prefecture the gazetteer knows
        out.append(span)
    return out


def name_spans(an: Analysis) -> list[NameSpan]:
    """Every name the morphology marks, one per span (the strongest evidence kept), in text order.

    >>> from conflict_kg.extract.ja import context_ja_text
    >>> an = context_ja_text("逮捕されたのは佐々木貴正容疑者(28歳)。").an
    >>> [(an.text[n.start:n.end], n.evidence) for n in name_spans(an)]
    [('佐々木貴正', 'status:容疑者')]
    """
    best: dict[tuple[int, int], NameSpan] = {}
    for span in _status_names(an) + _gloss_names(an) + _person_before_title(an):
        key = (span.start, span.end)
        if key not in best or span.strong and not best[key].strong:
            best[key] = span
    return sorted(best.values(), key=lambda n: (n.start, n.end))


def add_names(an: Analysis, mentions: list[Mention], extractor: str) -> None:
    """Put the names of :func:`name_spans` into ``mentions`` (in place; see the module docstring).

    >>> from conflict_kg.extract.ja import context_ja_text
    >>> ix = context_ja_text("ミュージシャンの平野力(ひらの・つとむ)容疑者(30歳)も逮捕された。")
    >>> [(m.text, m.antecedent) for m in ix.mentions if m.type == "Person"]
    [('平野力', None), ('ひらの・つとむ', '平野力')]
    """
    text = an.text
    for n in name_spans(an):
        _link_reading(text, n, mentions)
        s, e = n.start, n.end
        over = [m for m in mentions if m.start < e and s < m.end]
        if any(m.start < s or m.end > e for m in over) or any(m.type == "Person" and (m.start, m.end) == (s, e) for m in over):
            continue  # a longer mention holds the run, or the name is already there
        inner = next((m for m in over if m.type == "Person" and m.end == e), None)
        for m in over:
            if m is not inner:
                mentions.remove(m)  # "英" (Country) inside "清武英利", "金田" (Location) of 金田外務副大臣
        if inner is not None:
            inner.start, inner.text = s, text[s:e]  # widened in place: the roles holding it keep it
        else:
            mentions.append(Mention(text[s:e], s, e, "Person", "rule:name-morph", an.sentence(s), 0.75, extractor))


def _link_reading(text: str, n: NameSpan, mentions: list[Mention]) -> None:
    """A Person mention inside the reading right after the name names the same person."""
    gloss = _READING.match(text, n.end)
    for m in mentions:
        if gloss and m.type == "Person" and gloss.start() < m.start and m.end < gloss.end() and m.antecedent is None:
            m.antecedent = text[n.start:n.end]
