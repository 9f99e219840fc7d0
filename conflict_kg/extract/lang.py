"""Language identification for Japanese / English news text, without a model.

The project builds graphs from Japanese and English only; anything else must
be *recognised as something else* (and skipped by the caller) rather than
fed to the wrong spaCy pipeline. Script statistics are enough for that:

* Japanese is the only language that writes Hiragana/Katakana, so a text whose
  letters are mostly CJK *and* that contains kana is Japanese. Han-only text
  (Chinese, or a bare Japanese kanji headline) is ambiguous and gets ``None``
  from :func:`detect_lang`; :func:`split_by_lang` lets such a paragraph inherit
  "ja" from a Japanese neighbour.
* English is told from other Latin-script languages by function words
  ("the", "of", "and" ...) against a short list of French/German/Spanish/
  Italian/Dutch/Portuguese ones and by the share of accented letters.

URLs and e-mail addresses are removed before counting because digests paste
them on their own lines and they would make any text look "Latin".
"""
from __future__ import annotations

import re

__all__ = ["detect_lang", "split_by_lang"]

# ASCII-only host names: a [\w]-run would rescan every long Japanese run (all \w) from each position.
_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|jp|ru|ua|io|info|gov|edu)(?:/\S*)?\b"
)
_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f']+")

# Function words: frequent in any English sentence, rare in other languages.
_EN_WORDS = frozenset(
    """the of and to in is was were that for on with as by said at from it its an be has have had are
    this which who will would not but or after he she they we his her their been than also into over
    about against more says during while there before under""".split()
)
# Function words of the Latin-script languages most likely to turn up instead.
_FOREIGN_WORDS = frozenset(
    """de la le les des et est un une du dans pour sur qui que pas au aux avec ce cette sont
    der die das und ist nicht ein eine den dem mit von zu auf sich des im für auch wird
    el los las y en por para con una del al es lo se su como más pero
    il di che della delle gli per sono nel alla
    het een van niet zijn met voor ook
    os as não uma do da dos das em com para
    och att det är som på för inte""".split()
) - _EN_WORDS

#: Minimum share of CJK (kana + kanji) among letters for "ja".
_JA_MIN_SHARE = 0.3
#: Minimum share of Latin letters among letters for "en".
_EN_MIN_LATIN = 0.7


_KANA_RE = re.compile("[\u3041-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_KANA_PUNCT = "・ー゠"  # middle dot / long mark / double hyphen: shared punctuation-like marks
_HAN_RE = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff々〆]")
_LATIN_RE = re.compile("[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_ACCENTED_RE = re.compile("[\u00c0-\u024f]")
_LETTER_RE = re.compile(r"[^\W\d_]")  # any Unicode letter


def _counts(text: str) -> tuple[int, int, int, int, int]:
    """Return (kana, han, latin, accented_latin, other_letters) counts (regex counting: C speed)."""
    kana = len(_KANA_RE.findall(text)) - sum(text.count(c) for c in _KANA_PUNCT)
    han = len(_HAN_RE.findall(text))
    accented = sum(1 for c in _ACCENTED_RE.findall(text) if c.isalpha())
    latin = len(_LATIN_RE.findall(text)) + accented
    letters = len(_LETTER_RE.findall(text))
    # Letters of other scripts: Cyrillic, Hangul, Arabic, Greek, Thai ...
    # (kana punctuation marks are not letters; 々〆 are, and are counted as Han).
    other = max(0, letters - kana - han - latin - text.count("ー"))  # ー is a letter (Lm) we did not count
    return kana, han, latin, accented, other


def _is_english_like(text: str, latin: int, accented: int) -> bool:
    words = [w.lower().strip("'") for w in _WORD_RE.findall(text)]
    words = [w for w in words if w]
    if not words:
        return False
    en = sum(w in _EN_WORDS for w in words)
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    if accented / max(latin, 1) > 0.03:  # English hardly uses diacritics
        return False
    if len(words) < 8:
        # Headlines ("Russian military repeats missile attacks") carry no
        # function words; accept unless foreign ones outnumber English ones.
        return foreign <= en
    return en / len(words) >= 0.06 and en > foreign


def detect_lang(text: str) -> str | None:
    """Return "ja", "en" or ``None`` (other language, or no evidence).

    >>> detect_lang("ロシア軍はミサイル攻撃を行った。")
    'ja'
    >>> detect_lang("The Russian military launched missiles at Kyiv.")
    'en'
    >>> detect_lang("Россия атаковала Киев.") is None
    True
    """
    if not text:
        return None
    stripped = _URL_RE.sub(" ", text)
    kana, han, latin, accented, other = _counts(stripped)
    letters = kana + han + latin + other
    if letters == 0:
        return None
    cjk = kana + han
    if kana and cjk / letters >= _JA_MIN_SHARE and kana >= max(1, 0.02 * cjk):
        return "ja"
    if latin / letters >= _EN_MIN_LATIN and _is_english_like(stripped, latin, accented):
        return "en"
    return None


def _han_only(text: str) -> bool:
    """True when the text's letters are all Han (a kanji headline, or Chinese)."""
    kana, han, latin, _acc, other = _counts(_URL_RE.sub(" ", text))
    return han > 0 and kana == 0 and latin == 0 and other == 0


def _no_letters(text: str) -> bool:
    kana, han, latin, _acc, other = _counts(_URL_RE.sub(" ", text))
    return kana + han + latin + other == 0


def split_by_lang(text: str) -> list[tuple[int, int, str | None]]:
    """Split ``text`` into runs of same-language paragraphs.

    Paragraphs are lines (``\\n``-separated), trimmed of surrounding
    whitespace. Each non-blank line gets :func:`detect_lang`; a line with no
    letters at all (numbers, emoji, URLs) takes its neighbour's language, and
    a Han-only line takes "ja" when a neighbour is Japanese. Consecutive lines
    with the same language are merged into one span that includes the
    newlines between them, so ``text[start:end]`` is a contiguous slice.
    Every non-whitespace character of ``text`` is in exactly one span.

    >>> t = "ロシア軍が攻撃した。\\nKyiv said the attack was repelled."
    >>> [lang for _s, _e, lang in split_by_lang(t)]
    ['ja', 'en']
    """
    paras: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        trimmed = body.strip()
        if trimmed:
            start = pos + lead
            paras.append((start, start + len(trimmed)))
        pos += len(line)
    if not paras:
        return []
    langs: list[str | None] = [detect_lang(text[s:e]) for s, e in paras]
    # Lines with nothing to judge by ("❗️", "2024", a URL) follow a neighbour;
    # a kanji-only line follows a Japanese neighbour.
    # Nearest decided language before and after each line (linear passes, not a search per line).
    before: list[str | None] = []
    last = None
    for lang in langs:
        before.append(last)
        last = lang if lang is not None else last
    after: list[str | None] = [None] * len(langs)
    last = None
    for i in range(len(langs) - 1, -1, -1):
        after[i] = last
        last = langs[i] if langs[i] is not None else last
    resolved = list(langs)
    for i, (s, e) in enumerate(paras):
        if langs[i] is not None:
            continue
        if _han_only(text[s:e]):
            resolved[i] = "ja" if "ja" in (before[i], after[i]) else None
        elif _no_letters(text[s:e]):
            resolved[i] = before[i] if before[i] is not None else after[i]
    langs = resolved
    runs: list[tuple[int, int, str | None]] = []
    for (s, e), lang in zip(paras, langs):
        if runs and runs[-1][2] == lang:
            runs[-1] = (runs[-1][0], e, lang)
        else:
            runs.append((s, e, lang))
    return runs
