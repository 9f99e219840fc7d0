"""Spelling normalisation used before matching entity names.

Japanese news writes the same foreign name in many katakana spellings
(``ヴォルチャンスク``/``ボルチャンスク``, ``クピャンスク``/``クピヤンシク``,
``ポクロウシク``/``ポクロフスク``); English writes the same transliteration with
and without apostrophes, accents and ``y``/``i``.  The functions here map those
variants onto one *matching key*.  They are lossy on purpose: keys are for
comparing names, never for display.

Two levels:

* :func:`normalize_ja` / :func:`normalize_en` -- conservative folding that
  never joins two names a reader would consider different spellings of
  different words.
* :func:`loose_key` -- a second, coarser key (``y``->``i``, ``kh``->``h``,
  doubled letters, small kana, ``ッ``) used only as a fallback, with a lower
  confidence, by :mod:`conflict_kg.kg.resolve`.
"""
from __future__ import annotations

import re
import unicodedata

import jaconv

__all__ = [
    "has_japanese",
    "normalize_ja",
    "normalize_en",
    "normalize",
    "loose_key",
    "index_key",
    "slugify",
]

# Kana, CJK ideographs, the prolonged sound mark and the iteration marks.
_JA_CHAR = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f々〆ヶ]")

# ヴ-row first (two-character sequences before the bare ヴ).
_VU_MAP = (
    ("ヴァ", "バ"),
    ("ヴィ", "ビ"),
    ("ヴェ", "ベ"),
    ("ヴォ", "ボ"),
    ("ヴュ", "ビュ"),
    ("ヴ", "ブ"),
    # Obsolete kana that some transliterations still use.
    ("ヂ", "ジ"),
    ("ヅ", "ズ"),
    ("ヰ", "イ"),
    ("ヱ", "エ"),
    ("ヷ", "バ"),
    ("ヸ", "ビ"),
    ("ヹ", "ベ"),
    ("ヺ", "ボ"),
)
# Small ャュョ vs ヤユヨ: クピャンスク / クピヤンシク.
_SMALL_Y = str.maketrans({"ャ": "ヤ", "ュ": "ユ", "ョ": "ヨ", "ヮ": "ワ"})
# Long vowels, middle dots, equals signs and spaces carry no identity.
_JA_DROP = re.compile(r"[ー―‐\-－・･＝=\s　·‧•]")
# Ukrainian -івськ / -ський endings: ポクロウシク vs ポクロフスク.  ウ or フ
# before ス/シ/ク folds to フ; then シク folds to スク.
_U_FU = re.compile(r"(?<=[\u30a1-\u30fa])ウ(?=[スシク])")
_SHIKU = re.compile(r"シク")

_EN_DROP_PUNCT = re.compile(r"[^\w\s]")
_EN_SPACE = re.compile(r"\s+")
_EN_THE = re.compile(r"^the\s+")
# "U.S." / "U.S.A." / "U.K." before punctuation is dropped.
_EN_DOTTED = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_POSSESSIVE = re.compile(r"['’]s\b")
_APOSTROPHES = re.compile(r"['’ʼ`´ʹ]")


def has_japanese(text: str) -> bool:
    """True when ``text`` contains kana or kanji.

    >>> has_japanese("キーウ"), has_japanese("Kyiv")
    (True, False)
    """
    return bool(_JA_CHAR.search(text or ""))


def normalize_ja(text: str) -> str:
    """Matching key for a Japanese (katakana/kanji) name.

    NFKC (half-width kana, full-width Latin), hiragana to katakana, ヴ->ブ
    family, small ャュョ->ヤユヨ, long vowels/middle dots/spaces removed,
    ウ/フ before ス/シ/ク and シク->スク folded, Latin case-folded.

    >>> normalize_ja("ポクロウシク") == normalize_ja("ポクロフスク")
    True
    >>> normalize_ja("ｸﾋﾟｬﾝｽｸ") == normalize_ja("クピヤンシク")
    True
    >>> normalize_ja("ヴォロディミル・ゼレンスキー")
    'ボロディミルゼレンスキ'
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text)
    s = jaconv.hira2kata(s)
    for a, b in _VU_MAP:
        s = s.replace(a, b)
    s = s.translate(_SMALL_Y)
    s = _JA_DROP.sub("", s)
    s = _U_FU.sub("フ", s)
    s = _SHIKU.sub("スク", s)
    return s.casefold().strip()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_en(text: str) -> str:
    """Matching key for a Latin (or Cyrillic) name.

    Case-folded, accents stripped, possessive ``'s`` and apostrophes removed,
    other punctuation to spaces, leading "the" dropped, ``U.S.`` -> ``us``.

    >>> normalize_en("The U.S. State Department")
    'us state department'
    >>> normalize_en("Kup'yans'k") == normalize_en("Kupyansk")
    True
    >>> normalize_en("Kyiv's")
    'kyiv'
    """
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text)
    s = _EN_DOTTED.sub(lambda m: m.group(1).replace(".", "") + " ", s)
    s = _POSSESSIVE.sub("", s)
    s = _APOSTROPHES.sub("", s)
    s = _strip_accents(s).casefold()
    s = _EN_DROP_PUNCT.sub(" ", s).replace("_", " ")
    s = _EN_SPACE.sub(" ", s).strip()
    s = _EN_THE.sub("", s)
    return s


def normalize(text: str, lang: str) -> str:
    """Normalise ``text`` written in ``lang`` ("ja" or "en").

    Japanese text with no kana/kanji (``NATO`` in a Japanese article) is
    normalised as Latin text, so both languages share keys for Latin names.

    >>> normalize("ＮＡＴＯ", "ja") == normalize("NATO", "en")
    True
    """
    if lang == "ja" and has_japanese(text):
        return normalize_ja(text)
    return normalize_en(text)


def index_key(text: str) -> str:
    """Normalise by script rather than by document language.

    >>> index_key("キーウ"), index_key("Kyiv")
    ('キウ', 'kyiv')
    """
    return normalize_ja(text) if has_japanese(text) else normalize_en(text)


_LOOSE_KANA = str.maketrans({"ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ"})
# ゼレンスキー/ゼレンスキイ: a trailing イ after an i-row kana is a long vowel.
_KANA_LONG_I = re.compile(r"(?<=[キギシジチヂニヒビピミリ])イ")
_DOUBLE = re.compile(r"(.)\1+")


def loose_key(key: str) -> str:
    """Coarser key over an already normalised key (fallback matching only).

    >>> loose_key(normalize_en("Avdiyivka")) == loose_key(normalize_en("Avdiivka"))
    True
    >>> loose_key(normalize_en("Zaporizhzhya")) == loose_key(normalize_en("Zaporizhzhia"))
    True
    >>> loose_key(normalize_ja("ゼレンスキイ")) == loose_key(normalize_ja("ゼレンスキー"))
    True
    """
    if not key:
        return ""
    if has_japanese(key):
        s = key.translate(_LOOSE_KANA).replace("ッ", "")
        s = _KANA_LONG_I.sub("", s)
        return s
    s = key.replace(" ", "").replace("-", "")
    s = s.replace("kh", "h").replace("y", "i").replace("j", "i").replace("w", "v")
    s = _DOUBLE.sub(r"\1", s)
    return s


_SLUG_BAD = re.compile(r"[\s/#?%&+\\\"'<>{}|^`\[\]]+")


def slugify(key: str) -> str:
    """URL-safe slug of a normalised key (non-ASCII kept; IRIs allow it).

    >>> slugify("kyrylo budanov")
    'kyrylo_budanov'
    """
    s = _SLUG_BAD.sub("_", key).strip("_")
    return s or "_"
