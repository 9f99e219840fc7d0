"""Gazetteer-backed place and organization names that GiNZA does not know.

GiNZA's NER was trained on general Japanese text: Ukrainian front-line towns
in katakana (``ポクロフスク``, ``クラスノアルメイスク``) are unknown words to
SudachiPy, and GiNZA tags them ``Person`` or nothing. The conflict gazetteer
(:mod:`conflict_kg.kg.gazetteer`) knows them under all their spellings, so a name span
is looked up there:

* a *maximal* katakana run (``・`` and ``ー`` included) -- never a piece of a
  longer katakana word (``ロシア`` inside ``ロシアンルーレット``);
* a *maximal* kanji run whose first token SudachiPy tags as a proper noun
  (``東京``, ``台湾``; not the common nouns ``政府`` or ``西側`` that the
  gazetteer also lists as aliases).

Both must start and end on token boundaries. Only place and organization
entries count: persons are found through their titles (``…大統領``, ``…氏``),
which is how Japanese news writes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from conflict_kg.kg.gazetteer import ORG_TYPES, PLACE_TYPES, GazetteerEntry, load_gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from conflict_kg.extract.ja_mentions import Analysis

__all__ = ["GazetteerHit", "candidate_spans", "gazetteer_hits", "pick_type"]

_KATA_RUN = re.compile(r"[ァ-ヶー・]+")
_KANJI_RUN = re.compile(r"[一-龥々]{2,}")
# Most specific / most trusted class first when one name has entries of several classes.
_TYPE_ORDER = (
    "Country", "AdministrativeRegion", "City", "Settlement", "Location", "Waterbody", "Facility",
    "Government", "MilitaryUnit", "InternationalOrganization", "Organization", "MediaOutlet",
)
_WANTED = PLACE_TYPES | ORG_TYPES
# Media names double as common nouns ("エコノミスト", "ガーディアン"); news writes the outlet
# with 紙/通信 or in 「」, which the mention rules already catch.
_SKIP_TYPES = frozenset({"MediaOutlet"})
# A name run followed by another noun is usually part of a longer name ("東京オリンピック",
# "アジア選手権", "ベルリン国際映画祭", "モスクワ放送交響楽団"). Only locative nouns and
# place suffixes may follow a place name: "ポクロフスク周辺", "クピャンスク市内", "ハルキウ州".
_LOCATIVE = re.compile(
    r"(?:周辺|方面|市内|市街|近郊|郊外|付近|一帯|上空|沖|(?:北東|北西|南東|南西|東|西|南|北|中|中心)部|全域|"
    r"地域|地区|国内|領内|領|側|州|県|市|村|町|港|入り|近く|戦線|方向)"
)
_KANJI_TAIL = re.compile(r"[一-龥々]{1,8}")
_NAME_CHAR = re.compile(r"[一-龥々ァ-ヶーA-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
# "東アジア", "南アフリカ": a lone direction kanji before a name is part of it.
_DIRECTION_PREFIX = re.compile(r"(?<![一-龥々])[東西南北]$")
# Names only GeoNames knows (no curator looked at them) must be this long in katakana:
# short ones collide with common loanwords ("カラス", "グラム", "コハク").
_MIN_GEONAMES_KATA = 4


@dataclass(frozen=True)
class GazetteerHit:
    """A name span of the text that the gazetteer knows as a place or organization."""

    start: int
    end: int
    type: str
    key: str
    curated: bool


def candidate_spans(text: str) -> list[tuple[int, int, str]]:
    """Maximal katakana runs (``・``-trimmed, ≥ 2 chars) and kanji runs (≥ 2 chars) as (start, end, script).

    >>> candidate_spans("要衝ポクロウシクでは・ロシア・")
    [(0, 2, 'kanji'), (2, 8, 'kata'), (11, 14, 'kata')]
    """
    out = []
    for m in _KATA_RUN.finditer(text):
        s, e = m.span()
        while s < e and text[s] == "・":
            s += 1
        while e > s and text[e - 1] == "・":
            e -= 1
        if e - s >= 2 and text[s:e].strip("ー・"):
            out.append((s, e, "kata"))
    for m in _KANJI_RUN.finditer(text):
        out.append((m.start(), m.end(), "kanji"))
    return sorted(out)


def stands_alone(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a whole name, not the head of a longer one?

    >>> stands_alone("ポクロフスク周辺の陣地", 0, 6), stands_alone("東京オリンピックの", 0, 2)
    (True, False)
    >>> stands_alone("要衝ポクロウシクでは", 2, 8), stands_alone("東アジアの", 1, 4), stands_alone("・キーウの", 1, 4)
    (True, False, True)
    """
    if e < len(text) and _NAME_CHAR.match(text[e]) and not _LOCATIVE.match(text, e):
        return False
    if s > 0 and re.match(r"[ァ-ヶーA-Za-z0-9Ａ-Ｚａ-ｚ０-９]", text[s - 1]):
        return False  # "ヒルトン東京", "ASローマ"
    return not _DIRECTION_PREFIX.search(text, 0, s)


def pick_type(entries: list[GazetteerEntry]) -> GazetteerEntry | None:
    """The entry a name denotes as a place/organization, or None (a person, or nothing wanted).

    A name that is also a person's is left to the person rules (titles, 氏);
    curated entries win over GeoNames-only ones; then the class order above.
    """
    if not entries or any(e.type == "Person" for e in entries):
        return None
    wanted = [e for e in entries if e.type in _WANTED and e.type not in _SKIP_TYPES]
    if not wanted:
        return None
    curated = [e for e in wanted if e.source.startswith("curated")]
    pool = curated or wanted
    return min(pool, key=lambda e: (_TYPE_ORDER.index(e.type) if e.type in _TYPE_ORDER else 99, e.key))


# A katakana name the gazetteer knows only by sound is taken as a village only where the text
# says it is a place: after an oblast/raion/city ("スーミ州のポピウカ") or before a locative noun
# or a place suffix ("ポピウカ村", "ポピウカ周辺").
_REGION_BEFORE = re.compile(r"(?:州|地区|市|県|地方)の?$")


def _placed(text: str, s: int, e: int) -> bool:
    return bool(_REGION_BEFORE.search(text, 0, s) or _LOCATIVE.match(text, e))


def _by_sound(gaz, name: str) -> GazetteerEntry | None:
    """A settlement of the war's countries whose Latin/Cyrillic name sounds like the katakana ``name``."""
    cands = gaz.lookup_sound(name)
    if not cands:
        return None
    return cands[0] if len({e.type for e in cands}) == 1 else min(cands, key=lambda e: _TYPE_ORDER.index(e.type))


def _spelled_as_listed(text: str, s: int, e: int, entry: GazetteerEntry) -> bool:
    """May a GeoNames-only katakana hit stand? Long enough, and spelled as listed or placed by the text.

    The lookup key ignores long marks and dots (キーウ = キウ), which is right for the curated
    war names but lets a loanword reach an uncurated city: パートナー 'partner' keys as パトナ
    (Patna). A GeoNames name matched only through that tolerance needs the text to say it is
    a place (:func:`_placed`).
    """
    if e - s < _MIN_GEONAMES_KATA:
        return False
    written = text[s:e].replace("・", "")
    listed = {n.replace("・", "") for n in (*entry.labels_ja, *entry.aliases)}
    return written in listed or _placed(text, s, e)


def gazetteer_hits(an: "Analysis") -> list[GazetteerHit]:
    """Gazetteer place/organization hits on token-aligned name runs of the analysed text."""
    text = an.text
    if not text:
        return []
    gaz = load_gazetteer()
    starts = set(an.tok_starts)
    out: list[GazetteerHit] = []
    for s, e, script in candidate_spans(text):
        if s not in starts or e not in an.tok_ends:
            continue  # a run that cuts through a token is part of a longer word
        if script == "kanji":
            first = an.tok_at(s)
            if first is None or "固有名詞" not in first.tag:
                continue
        entry = None
        if script == "kata":
            # A known name written katakana + kanji ("ザポリージャ原発"): longest first.
            k = _KANJI_TAIL.match(text, e)
            ends = sorted((t.end for t in an.toks_in(e, k.end()) if t.end <= k.end()), reverse=True) if k else []
            for e2 in ends:
                entry = pick_type(gaz.lookup(text[s:e2], "ja")) if stands_alone(text, s, e2) else None
                if entry is not None:
                    e = e2
                    break
        if entry is None:
            if not stands_alone(text, s, e):
                continue
            entry = pick_type(gaz.lookup(text[s:e], "ja"))
        if entry is None and script == "kata" and e - s >= _MIN_GEONAMES_KATA and _placed(text, s, e):
            entry = _by_sound(gaz, text[s:e])
        if entry is None:
            continue
        curated = entry.source.startswith("curated")
        if not curated and script == "kata" and not _spelled_as_listed(text, s, e, entry):
            continue
        out.append(GazetteerHit(s, e, entry.type, entry.key, curated))
    return out
