"""Facility kinds a report's sentence names: what was hit when the place itself is only a city.

Two strikes on one city in one night are told as "Russia struck Kyiv on 8 July" by both reports
when the facilities hit (a hospital, a school, a plant) are not gazetteer places. The kind of
facility the sentence names is then the only evidence that they are two incidents. This module
reads it from the report's evidence sentence with a table of words per kind (English and
Japanese), each kind under an optional broader kind (``clinic`` and ``hospital`` under
``medical``): two reports whose kinds are all unrelated (neither equal to nor broader than the
other's) are two strikes. Words naming where the wounded were taken ("taken to hospital",
"病院に搬送") are not a target and are skipped.

Pure string matching over the sentence (``kg`` never imports spaCy); the extractor emitting the
target's facility noun would be better evidence (see the issue-18 report).

>>> sorted(facility_kinds("A Russian missile hit a children's hospital in Kyiv on July 8."))
['hospital']
>>> sorted(facility_kinds("ロシア軍は8日、キーウの診療所を攻撃し、3人が病院に搬送された。"))
['clinic']
>>> kinds_conflict({"hospital"}, {"clinic"}), kinds_conflict({"medical"}, {"clinic"}), kinds_conflict(set(), {"school"})
(True, False, False)
"""
from __future__ import annotations

import re
from typing import Iterable

__all__ = ["FACILITY_KINDS", "facility_kinds", "kinds_conflict"]

#: kind -> (broader kind or None, words). English words match at word starts, case-insensitively
#: (plurals and compounds included; a word ending in "." only as a whole word, plural allowed);
#: Japanese words match as substrings. The longest word matching at a place wins, so "power
#: plant" is energy and not also "plant", "小児病院" a hospital and not also "病院".
FACILITY_KINDS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    # Japanese 病院 is read as a hospital although a digest may call a polyclinic 病院 (dev D7 x65):
    # reading it as any medical facility changed nothing on dev and makes more reports ambiguous.
    "medical": (None, ("medical facility", "medical facilities", "health facility", "医療施設", "医療機関")),
    # 産科 (obstetrics) is a specialty, not a facility: 産科クリニック is a clinic.
    "hospital": ("medical", ("hospital", "maternity ward", "病院", "産院")),
    "clinic": ("medical", ("clinic", "polyclinic", "診療所", "クリニック")),
    "education": (None, ("educational facility", "educational institution", "教育施設")),
    "school": ("education", ("school", "学校", "小学校", "中学校")),
    "kindergarten": ("education", ("kindergarten", "nursery", "幼稚園", "保育園")),
    "university": ("education", ("university", "大学")),
    "energy": (None, ("energy facilit", "energy infrastructure", "エネルギー施設", "エネルギー関連施設", "電力施設")),
    "power_plant": ("energy", ("power plant", "power station", "thermal plant", "発電所")),
    "substation": ("energy", ("substation", "変電所")),
    "residential": (None, ("apartment", "residential", "high-rise", "集合住宅", "住宅", "アパート", "マンション")),
    # "store" alone would match "9-storey"
    "retail": (None, ("market", "shopping cent", "shopping mall", "supermarket", "hypermarket", "hardware store",
                      "department store", "市場", "商業施設", "ショッピングセンター", "ホームセンター", "スーパー", "商店")),
    "railway": (None, ("railway station", "train station", "rail station", "駅")),
    "port": (None, ("port facilit", "port infrastructure", "seaport", "harbour", "harbor", "港湾")),
    "airfield": (None, ("airfield", "airport", "air base", "airbase", "空港", "飛行場", "空軍基地")),
    "bridge": (None, ("bridge", "橋")),
    "church": (None, ("church", "cathedral", "教会", "大聖堂")),
    # "plant" alone would match "planted"; a power plant is energy (longer words win, below).
    "industrial": (None, ("factory", "factories", "machinery plant", "manufacturing plant", "chemical plant", "steel plant",
                          "industrial facilit", "industrial enterprise", "plant.", "工場", "製造所", "製鉄所")),
}
#: Where the wounded were taken or treated: the facility is not what was hit.
_NOT_TARGET = re.compile(
    r"(?:to|in|at) (?:a |the |local |nearby )*hospitals?\b|hospitali[sz]ed"
    r"|病院(?:に|へ|で)(?:搬送|運ば|入院|収容|治療|手当)", re.IGNORECASE)


def _pattern(word: str) -> re.Pattern:
    if word.endswith("."):
        return re.compile(r"(?<![A-Za-z])" + re.escape(word[:-1]) + r"s?(?![A-Za-z])", re.IGNORECASE)
    if word.isascii():
        return re.compile(r"(?<![A-Za-z])" + re.escape(word), re.IGNORECASE)
    return re.compile(re.escape(word))


# Longest words first: a span taken by a longer word is masked before shorter words are tried.
_PATTERNS = sorted(((kind, w.rstrip("."), _pattern(w)) for kind, (_, words) in FACILITY_KINDS.items() for w in words),
                   key=lambda t: (-len(t[1]), t[1]))


def facility_kinds(sentence: str | None) -> frozenset[str]:
    """The facility kinds ``sentence`` names as possible targets (empty for ``None``).

    >>> sorted(facility_kinds("A missile hit the power plant."))
    ['power_plant']
    """
    if not sentence:
        return frozenset()
    text = _NOT_TARGET.sub(" ", sentence)
    kinds = set()
    for kind, _, pat in _PATTERNS:
        if pat.search(text):
            kinds.add(kind)
            text = pat.sub(lambda m: " " * len(m.group()), text)
    return frozenset(kinds)


def _line(kind: str) -> set[str]:
    out = set()
    while kind and kind not in out:
        out.add(kind)
        kind = FACILITY_KINDS.get(kind, (None, ()))[0]
    return out


def kinds_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both name kinds, and no kind of one is the same as, broader or narrower than one of the other."""
    a, b = set(a), set(b)
    if not a or not b:
        return False
    return not any(x in _line(y) or y in _line(x) for x in a for y in b)
