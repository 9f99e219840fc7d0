"""English tables for the side of a force named without its country (:mod:`conflict_kg.extract.en_sides`)
and for the headline forms that attribute a report to its source (:mod:`conflict_kg.extract.en_sources`).

A side is a country key of :data:`SIDES`. The words that name a side are data, so a new conflict is new
rows, not new code. Written from the language and from UCDP *dev* headlines (never a test headline).

>>> side_in("the Moscow-backed separatists")
'Russia'
>>> side_in("the Armed Forces") is None
True
>>> FORCE_NOUNS["armed forces"], FORCE_NOUNS["separatists"]
('regular', 'irregular')
"""
from __future__ import annotations

import re

__all__ = ["SIDES", "SIDE_WORDS", "FORCE_NOUNS", "FORCE_LEADS", "PERSPECTIVE_WORDS", "OPPONENTS", "SOURCE_NOUNS",
           "OFFICE_NOUNS", "SOURCE_FORMS", "side_in", "sided_name"]

#: Side key -> (adjective for a regular force, form for an irregular one it backs). The side's own
#: name for its forces is "<adjective> <force>" ("Ukrainian Armed Forces", the gazetteer's alias);
#: separatists or militia are a side's only as its proxies ("Russia-backed separatists").
SIDES: dict[str, tuple[str, str]] = {
    "Ukraine": ("Ukrainian", "Ukraine-backed"),
    "Russia": ("Russian", "Russia-backed"),
    "Belarus": ("Belarusian", "Belarus-backed"),
    "Israel": ("Israeli", "Israel-backed"),
    "Syria": ("Syrian", "Syria-backed"),
    "Turkey": ("Turkish", "Turkey-backed"),
    "Iran": ("Iranian", "Iran-backed"),
    "United States": ("US", "US-backed"),
}

#: Words (lower case, whole words) that name a side: the country, its adjective and possessive, its
#: capital or seat of power used for its government ("Kyiv", "the Kremlin"), and the names of forces
#: that belong to one side only ("Wagner", "Rosgvardia", "DPR": Russia's proxies in Donbas).
SIDE_WORDS: dict[str, str] = {
    "ukraine": "Ukraine", "ukrainian": "Ukraine", "ukrainians": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "afu": "Ukraine", "apu": "Ukraine", "zsu": "Ukraine", "azov": "Ukraine",
    "russia": "Russia", "russian": "Russia", "russians": "Russia", "moscow": "Russia", "kremlin": "Russia",
    "rf": "Russia", "wagner": "Russia", "rosgvardia": "Russia", "kadyrovites": "Russia",
    "dpr": "Russia", "lpr": "Russia", "pro-russian": "Russia",
    "belarus": "Belarus", "belarusian": "Belarus", "minsk": "Belarus",
    "israel": "Israel", "israeli": "Israel", "syria": "Syria", "syrian": "Syria", "damascus": "Syria",
    "turkey": "Turkey", "turkish": "Turkey", "ankara": "Turkey", "iran": "Iran", "iranian": "Iran",
    "tehran": "Iran",
}

#: Nouns that name a force without its country ("the Armed Forces", "Marines"), by kind. A *regular*
#: force named bare in a side's own report is that side's ("the General Staff: the Armed Forces
#: repelled ..."): a state's report calls its own army "the army". An *irregular* one is not ("militants"
#: in a ministry's report are usually its enemy), so it takes a side only from its own words or from
#: whom it fights.
FORCE_NOUNS: dict[str, str] = {
    **dict.fromkeys((
        "armed forces", "defense forces", "defence forces", "military", "army", "troops", "forces", "national guard",
        "marines", "marine corps", "navy", "naval forces", "air force", "aerospace forces", "air defense",
        "air defence", "paratroopers", "airborne forces", "air assault forces", "border guards", "border guard",
        "border service", "territorial defense", "territorial defence", "special forces", "special operations forces",
        "artillerymen", "artillery", "aviation", "missilemen", "rocket forces", "units", "military intelligence",
        "coast guard",
    ), "regular"),
    **dict.fromkeys((
        "separatists", "militants", "rebels", "insurgents", "fighters", "militia", "militias", "partisans",
        "saboteurs", "mercenaries", "volunteers", "volunteer battalions", "guerrillas",
    ), "irregular"),
}

#: Words before a force noun that do not say whose it is ("the", "units of the", "our").
FORCE_LEADS = re.compile(r"^(?:(?:the|its|their|all|some|several|two|three|four|five|units|unit|fighters|soldiers|"
                         r"servicemen|members|troops)(?: of)?\s+)*", re.I)

#: Words only one side uses for the other: the enemy they name (the text is told from the other side).
#: "The enemy" is not here: both sides' reports say it of the other.
PERSPECTIVE_WORDS: dict[str, str] = {
    "invaders": "Russia", "invader": "Russia", "occupiers": "Russia", "occupier": "Russia",
    "occupation forces": "Russia", "rashists": "Russia", "rashist": "Russia", "ruscists": "Russia",
    "orcs": "Russia", "racists": "Russia",
    "kyiv regime": "Ukraine", "kiev regime": "Ukraine", "neo-nazis": "Ukraine", "neo-nazi": "Ukraine",
    "banderites": "Ukraine", "nationalist formations": "Ukraine", "nationalist battalions": "Ukraine",
}

#: Side -> the side it fights in the conflicts the project reads: a force that strikes a Russian target
#: in a Russia-Ukraine text is Ukraine's. Only two-sided pairs; a side with several enemies has no row.
OPPONENTS: dict[str, str] = {"Ukraine": "Russia", "Russia": "Ukraine"}

#: Head words of a source phrase that name who reports, when no name does ("- mayor", "- Headquarters",
#: "- the head of the district CAA", "- People's militia of the DPR").
SOURCE_NOUNS = frozenset((
    "ministry", "staff", "headquarters", "hq", "mayor", "governor", "head", "administration", "militia", "command",
    "spokesman", "spokeswoman", "spokesperson", "intelligence", "authorities", "police", "prosecutor", "ombudsman",
    "army", "forces", "service", "office", "council", "government", "military", "commander", "chief", "department",
    "summary", "mission", "center", "centre", "jccc", "ova", "oda", "vga", "caa", "mo", "gur", "sbu", "defense",
    "defence", "guard", "navy", "president", "minister", "officials", "official", "republic", "agency",
))

#: Heads of a source phrase that name an office, not a person: the phrase is the office's name when it
#: holds a name ("Russian Defense Ministry", "People's militia of the DPR", "Headquarters of the DPR
#: Territorial Defense"); "the head of the district CAA" is a person's title and stays unnamed.
OFFICE_NOUNS = frozenset((
    "ministry", "staff", "headquarters", "hq", "administration", "militia", "command", "intelligence", "police",
    "service", "office", "council", "government", "department", "mission", "center", "centre", "agency", "guard",
    "army", "forces", "navy", "authorities", "prosecutor's", "committee", "directorate",
))

#: Headline forms that attribute the whole report to a source that is not the outlet (form name, pattern
#: with groups ``content`` and ``src``), as the Japanese digests end a heading with the party (``… 露国防省``):
#: "… - Russian Defense Ministry", "…: Ukrainian General Staff", "General Staff: …", "…, the republic
#: reported" (statements read the last one already), "according to …" anywhere in a sentence.
_SAYS = "says|said|reports|reported|claims|claimed|announced|stated|confirmed"
#: The third field: does the form make a claim? "X said ..." is a statement, whose claims
#: :mod:`conflict_kg.extract.en_claims` makes from the parse; its source still tells whose report it is.
SOURCE_FORMS: tuple[tuple[str, re.Pattern, bool], ...] = (
    ("dash", re.compile(r"^(?P<content>.+\S)\s+[-–—]\s+(?P<src>(?:[^-–—:;!?]|(?<=\w)-(?=\w)){2,90}?)\s*[.!]?\s*$", re.S),
     True),
    ("lead colon", re.compile(r"^(?P<src>[^:;,.!?\"“]{2,60}?):\s+(?P<content>.+)$", re.S), True),
    ("according to", re.compile(r"(?:^|[,;]\s*|\s)according to (?P<src>(?:the )?[^,;.!?]{2,80}?)(?=\s*(?:[,;.!?]|$))",
                                re.I), True),
    ("trailing says", re.compile(r"^(?P<content>.+?),\s+(?P<src>[^,;:!?]{2,70}?)\s+(?:" + _SAYS + r")\s*[.!]?\s*$", re.S),
     False),
    ("leading says", re.compile(r"^(?P<src>[^,;:!?\"“]{2,60}?)\s+(?:" + _SAYS + r")\s+(?:that\s+)?(?P<content>.+)$", re.S),
     False),
)

_WORD = re.compile(r"[a-z][a-z'-]*")


def side_in(text: str) -> str | None:
    """The one side the words of ``text`` name (None for none or for two)."""
    words = [w.removesuffix("'s") for w in _WORD.findall(text.lower())]
    words += [w.split("-")[0] for w in words if w.endswith(("-backed", "-led", "-controlled"))]
    sides = {SIDE_WORDS[w] for w in words if w in SIDE_WORDS}
    return sides.pop() if len(sides) == 1 else None


def sided_name(core: str, side: str, kind: str) -> str:
    """The name of the force ``core`` of ``side``: "Ukrainian Armed Forces", "Russia-backed separatists".

    >>> sided_name("Armed Forces", "Ukraine", "regular"), sided_name("separatists", "Russia", "irregular")
    ('Ukrainian Armed Forces', 'Russia-backed separatists')
    """
    adjective, backed = SIDES[side]
    return f"{adjective if kind == 'regular' else backed} {core}"
