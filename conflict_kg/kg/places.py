"""Place-name knowledge for the resolver: sound keys across scripts, "near"/"direction" cues, precision.

* :func:`sound_key` -- one consonant skeleton for a place name written in Latin (Ukrainian or
  Russian transliteration), Cyrillic or Japanese katakana, so that ``Vuhledar``/``Ugledar``,
  ``Kurakhove``/``クラホベ`` and ``Vovchansk``/``ボウチャンスク`` meet.  Katakana is romanised
  with ``jaconv`` (already a dependency; see ``bench/results_places.md`` for the comparison with
  ``pykakasi``) after the katakana<->Ukrainian sound rules of :data:`KATAKANA_RULES`.
* :func:`direction_core` -- the place inside a front-line "direction" (``the Pokrovsk direction``,
  ``ポクロウシク方面``, ``Покровское направление``).
* :func:`precision_of` -- ACLED's geo-precision of one place mention: 1 the settlement itself,
  2 near a settlement / a direction / a raion, 3 only an oblast or a country.
"""
from __future__ import annotations

import re
import unicodedata

import jaconv

__all__ = ["KATAKANA_RULES", "RU_UK_RULES", "REGION_ALIASES", "sound_key", "ukrainian_form", "direction_core", "precision_of", "near_cue"]

#: Katakana spellings of Ukrainian/Russian sounds, rewritten before romanisation (order matters).
#: ウ inside a word after a vowel is the consonant в (ボウチャンスク Vovchansk, ポピウカ Popivka,
#: チャシウヤール Chasiv Yar); ウ/フ before ス/シ is в of -вськ (ポクロウシク Pokrovsk); シク is
#: -ськ (the vowel of シ is not pronounced); ィ/ィー after a consonant kana is і/и/ы (Latin i or y).
KATAKANA_RULES: tuple[tuple[str, str], ...] = (
    (r"ー", ""),
    (r"(?<=[ァ-ヶ])(?<![ンッ])ウ", "ヴ"),
    (r"フ(?=[スシ])", "ヴ"),
    (r"シク", "スク"),
    (r"フ(?![ァィゥェォ])", "ホ"),  # ヴフレダル Vuhledar, バフムト Bakhmut: フ before a consonant is х/г
    (r"ヴ", "ブ"),
)
_KATA_COMPILED = tuple((re.compile(a), b) for a, b in KATAKANA_RULES)

# Russian and Ukrainian Cyrillic to a plain Latin that the skeleton below reads the same way
# as the usual transliterations.
_CYR = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "e", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
})
# Digraphs first; then letters that Ukrainian and Russian romanisations (and katakana) swap:
# g/h (Ugledar/Vuhledar), b/v/f/w (バ for в), l/r (Japanese has one liquid), ts/tz/c.
_DIGRAPHS = (("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
             ("tz", "c"), ("dz", "z"), ("ks", "x"))
_LETTERS = str.maketrans({"g": "h", "b": "v", "f": "v", "w": "v", "l": "r", "j": "z", "q": "k"})
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLE = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]")


def _romanise_katakana(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).replace("・", "").replace("＝", "")
    for pat, rep in _KATA_COMPILED:
        s = pat.sub(rep, s)
    return jaconv.kana2alphabet(jaconv.kata2hira(s))


def sound_key(name: str) -> str:
    """Consonant skeleton of a place name in any of the three scripts (lossy; for matching only).

    >>> sound_key("Vuhledar") == sound_key("Ugledar") == sound_key("ヴフレダル")
    True
    >>> sound_key("ボウチャンスク") == sound_key("Vovchansk") == sound_key("Вовчанськ")
    True
    >>> sound_key("ポクロウシク") == sound_key("Pokrovsk"), sound_key("クラホベ") == sound_key("Kurakhove")
    (True, True)
    """
    if not name:
        return ""
    if re.search(r"[\u30a0-\u30ff]", name):
        s = _romanise_katakana(name)
    else:
        s = unicodedata.normalize("NFKD", name.casefold())
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_CYR)
    s = _NOT_LETTER.sub("", s.casefold())
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_LETTERS)
    if s.startswith("vu"):
        s = s[1:]  # Ukrainian prothetic в: Вугледар / Угледар
    s = _DOUBLE.sub(r"\1", s)
    return _VOWELS.sub("", s)


# -- Russian spellings of Ukrainian place names ------------------------------------------------
#: A Russian romanisation rewritten to the Ukrainian one (national system of 2010), per word, in order.
#: Derived from the gazetteer's own GeoNames pairs (Ukrainian label, Russian Latin alternate name;
#: counts of 17,895 pairs over Ukraine's 5,176 settlements): -ivka/-ovka 302, -e/-oye 103, -e/-oe 84,
#: -ivka/-evka 74, -iv/-ov 76, -tsi/-ci and -tsy, -yne/-ino 24, Oleksandrivka/Aleksandrovka 17,
#: -ske/-skoye; and from UCDP dev headlines (bench/ucdp.py): Stepanovka, Pavlovka, Novodarovka,
#: Daryevka, Yelenovka, Rubtsy, Stepnoy, Orekhovo, Gorlovka.  Used only to rank the spellings of
#: settlements found by sound (:meth:`conflict_kg.kg.resolve_places.PlaceRules._by_sound`).
RU_UK_RULES: tuple[tuple[str, str], ...] = (
    (r"aleksandr", "oleksandr"),            # Aleksandrovka -> Oleksandrivka
    (r"^yelen", "olen"),                    # Yelenovka -> Olenivka (Елена / Олена)
    (r"g", "h"),                            # г: Gorlovka -> Horlivka, Krasnogorovka -> Krasnohorivka
    (r"(?:ye|e|o|yo)vka$", "ivka"),         # -ovka/-evka/-yevka -> -ivka
    (r"(?:sk|tsk|ck)(?:oye|oe|iy|ij)$", "ske"),  # Slobozhanskoye -> Slobozhanske
    (r"(?:oye|oe|oy)$", "e"),               # Stepnoye/Stepnoy -> Stepne, Vodyanoye -> Vodiane
    (r"aya$", "a"),                         # Kremennaya -> Kreminna, Velikaya -> Velyka
    (r"ino$", "yne"),                       # -ino -> -yne
    (r"(?:ovo|evo)$", "ove"),               # Kurakhovo -> Kurakhove
    (r"(?:ov|ev)$", "iv"),                  # Orekhov -> Orikhiv (the stem vowel stays: Levenshtein)
    (r"tsy$", "tsi"),                       # Rubtsy -> Rubtsi
    (r"(?<=[bcdfhklmnprstvz])ye", "ie"),    # Dar'yevka -> Dariivka (ye after a consonant is ie)
)
_RU_UK_COMPILED = tuple((re.compile(a), b) for a, b in RU_UK_RULES)
_RU_UK_DROP = re.compile(r"['’ʼ-]")


def ukrainian_form(name: str) -> str:
    """``name`` (a Russian romanisation) rewritten word by word to the Ukrainian one (lossy; for ranking only).

    >>> ukrainian_form("Stepanovka"), ukrainian_form("Novoaleksandrovka"), ukrainian_form("Krasnogorovka")
    ('stepanivka', 'novooleksandrivka', 'krasnohorivka')
    >>> ukrainian_form("Stepnoye"), ukrainian_form("Rubtsy"), ukrainian_form("Slobozhanskoye")
    ('stepne', 'rubtsi', 'slobozhanske')
    """
    words = []
    # Apostrophes (Dar'yevka) and hyphens (Novo-Aleksandrovka) go: the Ukrainian forms are one word.
    for w in _RU_UK_DROP.sub("", unicodedata.normalize("NFKC", name or "").casefold()).split():
        for pat, rep in _RU_UK_COMPILED:
            w = pat.sub(rep, w)
        words.append(w)
    return " ".join(w for w in words if w)


# -- regions named by their occupation-era names ------------------------------------------------
#: Names a sentence gives an oblast without being the oblast's own name: the "republics" Russia
#: proclaimed in the Donetsk and Luhansk oblasts. As context for a homonymous village ("Pavlovka in
#: the DPR") they point to that oblast; they never resolve to it (the DPR stays an organisation).
REGION_ALIASES: dict[str, tuple[str, ...]] = {
    "location/donetsk_oblast": ("DPR", "DNR", "Donetsk People's Republic"),
    "location/luhansk_oblast": ("LPR", "LNR", "Luhansk People's Republic", "Lugansk People's Republic"),
}


# -- "near X", "the X direction" -------------------------------------------------------------
_EN_DIRECTION = re.compile(r"^(?:the\s+)?(?P<core>.+?)[\s-]+(?:direction|directions|axis|front|sector|bridgehead)$", re.I)
_JA_DIRECTION = re.compile(r"^(?P<core>.+?)(?:方面|方向|戦線|正面)$")
_CYR_DIRECTION = re.compile(r"^(?P<core>.+?)\s+(?:направление|направлении|напрямок|напрямку)$", re.I)
# Russian/Ukrainian/English adjectives of place names: Покровское -> Покровск, Kupyanskoye -> Kupyansk.
_ADJ_ENDINGS = re.compile(r"(?:ское|ский|ском|ськ[еийому]+|ський|sky|skiy|skyi|skyy|skoye|skoe|ske)$", re.I)


def direction_core(surface: str) -> list[str]:
    """Names to try, in order, for the place of a front-line direction (empty when ``surface`` is no
    direction); a later name is tried only when the earlier ones name no place.

    >>> direction_core("the Pokrovsk direction"), direction_core("ポクロウシク方面")
    (['Pokrovsk', 'Pokrov'], ['ポクロウシク'])
    >>> direction_core("Покровское направление")[:2]
    ['Покровское', 'Покровск']
    >>> direction_core("Krasnolimansk direction")
    ['Krasnolimansk', 'Krasnoliman']
    >>> direction_core("Kupiansk")
    []
    """
    s = (surface or "").strip()
    for pat in (_EN_DIRECTION, _JA_DIRECTION, _CYR_DIRECTION):
        m = pat.match(s)
        if m:
            core = m.group("core").strip()
            out = [core]
            stem = _ADJ_ENDINGS.sub("", core)
            if stem != core and len(stem) >= 3:
                cyr = bool(re.search(r"[\u0400-\u04ff]", stem))
                out += [stem + ("ск" if cyr else "sk"), stem, stem + ("ськ" if cyr else "e")]
            elif re.search(r"[a-z]{4}sk$", core):
                out.append(core[:-2])  # "Krasnolimansk": the adjective's stem names the town (Krasnoliman)
            return list(dict.fromkeys(out))
    return []


# Words right before a place name that put the event near it, not in it.
_EN_NEAR_BEFORE = re.compile(
    r"(?:\bnear|\bnearby|\bneighbou?ring|\boutside|\boutskirts of|\baround|\bvicinity of|\bclose to|\barea of|"
    r"\bdirection of|\benvirons of|\bapproaches to|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)"
    r"(?:\s+the)?\s*$", re.I)
_EN_NEAR_AFTER = re.compile(r"^\s*(?:direction|directions|axis|front|sector|area|outskirts|bridgehead)\b", re.I)
_JA_NEAR_AFTER = re.compile(r"^(?:方面|方向|戦線|正面|近郊|付近|周辺|郊外|近く|一帯|近辺)")
_CYR_NEAR_AFTER = re.compile(r"^\s*(?:направлени|напрям)", re.I)


def near_cue(before: str, after: str) -> bool:
    """Does the text around a place name say "near it" or "its direction"?

    >>> near_cue("fighting near ", ""), near_cue("", " direction"), near_cue("", "方面で"), near_cue("shelled ", "")
    (True, True, True, False)
    """
    return bool(_EN_NEAR_BEFORE.search(before or "") or _EN_NEAR_AFTER.match(after or "")
                or _JA_NEAR_AFTER.match(after or "") or _CYR_NEAR_AFTER.match(after or ""))


def precision_of(type_: str, is_raion: bool, near: bool) -> int | None:
    """ACLED geo-precision of a place mention: 1 the settlement, 2 near it / a raion, 3 an oblast or country.

    >>> precision_of("Settlement", False, False), precision_of("City", False, True), precision_of("AdministrativeRegion", False, False)
    (1, 2, 3)
    """
    if type_ in ("Settlement", "City", "Facility"):
        return 2 if near else 1
    if type_ == "AdministrativeRegion":
        return 2 if is_raion else 3
    if type_ == "Country":
        return 3
    if type_ in ("Location", "Waterbody"):
        return 2
    return None
