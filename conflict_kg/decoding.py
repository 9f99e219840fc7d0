"""Bytes to text in any common encoding, keeping the text of mostly-valid files.

Encodings. UTF-8 (with or without BOM), UTF-16/32 (with BOM, and BOM-less
UTF-16 recognised by its NUL-byte pattern or by trial), Shift_JIS/CP932,
EUC-JP and ISO-2022-JP, and Western legacy text (cp1252, latin-1).
charset-normalizer alone misreads short Japanese text (it may call Shift_JIS
"big5" or "cp1252") and short Western text (cp775, cp850), so the Japanese
and Western codecs are tried explicitly and every candidate that decodes
*strictly* is scored by how plausible the result is (kana/kanji/ASCII share,
no control or private-use characters, few half-width katakana -- the
signature of EUC-JP read as CP932); charset-normalizer's guess competes as
one more candidate.

A file that is UTF-8 but for a few bad bytes keeps its text (the bad bytes
replaced and counted, :func:`decode_report`), and so does one cut inside its
last character.

Shift_JIS files are reported as ``cp932`` (Windows' superset, which is what
Japanese files in the wild are); note that CP932 maps 0x8160 to U+FF5E
(FULLWIDTH TILDE) where JIS Shift_JIS has U+301C (WAVE DASH).
"""
from __future__ import annotations

import codecs
import functools
import os
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

__all__ = ["MAX_FILE_BYTES", "Decoded", "InputError", "decode_bytes", "decode_report", "read_text_file",
           "read_decoded", "control_share", "MAX_CONTROL_SHARE", "mostly_utf8"]

#: Files above this size are skipped unread (a digest is kilobytes).
MAX_FILE_BYTES = 50 * 1024 * 1024

# Magic numbers of common binary formats, for a precise skip reason.
_MAGIC = [
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office (OLE) document"),
    (b"SQLite format 3\x00", "SQLite database"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_ESCAPED_RE = re.compile("[\udc80-\udcff]")
_ISO2022_ESC = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(B", b"\x1b$(D", b"\x1b(I")
#: Share of control characters above which decoded text is called binary.
MAX_CONTROL_SHARE = 0.01
#: Minimum plausibility score (see _score) for a legacy-codec decoding.
_MIN_SCORE = 0.8
#: UTF-8 with bad bytes is kept (bad bytes replaced) when it has at least this many valid non-ASCII
#: characters per bad byte: a Japanese UTF-8 digest with one stray byte passes, while a Western
#: legacy file (no valid multi-byte UTF-8 at all) or a Shift_JIS file (mostly invalid) does not.
_MIN_GOOD_PER_BAD = 10
#: Western legacy codecs tried after the Japanese ones. cp1252 first: it is what Windows wrote for
#: Western Europe and the Americas, and a superset of Latin-1's printable characters; latin-1 last
#: decodes any byte, so a file cp1252 rejects (0x81, 0x8D, 0x8F, 0x90, 0x9D) still has a reading.
#: charset-normalizer's guess competes after them, and wins only with a better score (it calls short
#: Western text cp775, cp850 or mac_roman as often as cp1252).
_WESTERN = ("cp1252", "latin-1")


class Decoded(NamedTuple):
    """Decoded text; ``replaced`` bytes were not valid (replaced by U+FFFD or, at the end, dropped),
    the first at byte ``first_bad`` of the input."""

    text: str
    encoding: str
    replaced: int
    first_bad: int | None


class InputError(ValueError):
    """An input cannot be read as text; ``reason`` is one line for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"


@functools.lru_cache(maxsize=65536)
def _in_jis(ch: str) -> bool:
    try:
        ch.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def _score(text: str) -> float:
    """Plausibility of decoded text in [-inf, 1]: share of expected characters minus penalties.

    Expected: ASCII printable and whitespace, kana, common kanji, CJK and
    full-width punctuation, Latin-1 letters, general punctuation and symbols.
    Penalised: controls, private use, unassigned, U+FFFD, rare CJK extension A
    (what wrong-endian UTF-16 of kana looks like), half-width katakana (what
    EUC-JP read as CP932 looks like).
    """
    if not text:
        return 0.0
    sample = text[:20000]
    good = bad = 0.0
    hira = 0
    for ch in sample:
        o = ord(ch)
        if 0x20 <= o < 0x7F or ch in "\t\n\r":
            good += 1
        elif 0x3041 <= o <= 0x309F:
            good += 1
            hira += 1
        elif 0x30A0 <= o <= 0x30FF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
            good += 1
        elif 0x4E00 <= o <= 0x9FFF:
            # Kanji outside JIS X 0208 are what byte-swapped UTF-16 produces.
            if _in_jis(ch):
                good += 1
            else:
                bad += 0.25
        elif 0xFF61 <= o <= 0xFF9F:
            good += 0.8  # legitimate but rare; EUC-JP misread as CP932 is full of them
        elif 0x3400 <= o <= 0x4DBF:
            bad += 1
        else:
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
                bad += 2
            elif 0xA0 <= o <= 0x24F or 0x2000 <= o <= 0x2BFF or cat in ("So", "Sk", "Mn", "Zs"):
                good += 1  # Latin-1/Latin Extended letters, punctuation, arrows, emoji parts
            elif 0x1F000 <= o <= 0x1FAFF or 0xFE00 <= o <= 0xFE0F:
                good += 1  # emoji and variation selectors
    n = len(sample)
    score = (good - 2 * bad) / n
    # Japanese prose has hiragana; a CJK-heavy decoding without any is suspect.
    cjk = sum(1 for ch in sample if 0x4E00 <= ord(ch) <= 0x9FFF)
    if cjk > 20 and hira == 0:
        score -= 0.2
    return score


def control_share(text: str) -> float:
    sample = text[:100000]
    return sum(_is_control(ch) for ch in sample) / max(len(sample), 1)


def _strict(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_guess(data: bytes) -> str | None:
    """BOM-less UTF-16 from the NUL-byte pattern: ASCII chars have NUL in the high byte."""
    if len(data) < 2 or len(data) % 2:
        return None
    sample = data[:65536]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0 and odd >= 4 * even and odd >= len(sample) // 2 * 0.05:
        return "utf-16-le"
    if even > 0 and even >= 4 * odd and even >= len(sample) // 2 * 0.05:
        return "utf-16-be"
    return None


def _normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200000]).best()
    except Exception:  # a third-party heuristic must not take the build down
        return None
    return best.encoding if best is not None else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw bytes to text: ``(text, encoding)``; raise :class:`InputError`.

    Mostly-valid UTF-8 is decoded with its bad bytes replaced (:func:`decode_report` says how many).

    >>> decode_bytes("ロシア軍".encode("euc_jp"))
    ('ロシア軍', 'euc_jp')
    >>> decode_bytes(b"\\xef\\xbb\\xbfhello")
    ('hello', 'utf-8-sig')
    >>> decode_bytes("Déjà vu – naïve".encode("cp1252"))
    ('Déjà vu – naïve', 'cp1252')
    """
    decoded = decode_report(data)
    return decoded.text, decoded.encoding


def decode_report(data: bytes) -> "Decoded":
    """Decode raw bytes to text, saying how many bytes were replaced; raise :class:`InputError`.

    A file that is UTF-8 except for a few bytes (at least :data:`_MIN_GOOD_PER_BAD` valid non-ASCII
    characters per bad byte) keeps its text: each bad byte becomes U+FFFD. A character cut off at the
    very end (a truncated download) is dropped and counted the same way.

    >>> decode_report("ロシア軍が".encode() + b"\\xff" + "攻撃した。".encode())
    Decoded(text='ロシア軍が\ufffd攻撃した。', encoding='utf-8', replaced=1, first_bad=15)
    >>> decode_report("ロシア軍".encode()[:-1])
    Decoded(text='ロシア', encoding='utf-8', replaced=2, first_bad=9)
    """
    if not data:
        raise InputError("empty file")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({kind})")
    # The cheap, certain signs first (byte-order mark, NUL bytes of UTF-16, ISO-2022 escapes),
    # then strict UTF-8, then UTF-8 with a few bad bytes, then the scored legacy codecs.
    found = _from_bom(data) or _from_nuls(data) or _from_iso2022(data)
    if found is None:
        text = _strict(data, "utf-8")
        if text is not None:
            found = (text, "utf-8")
    if found is None:
        lenient = mostly_utf8(data)
        if lenient is not None:
            return _checked(lenient)
        found = _best_legacy(data)
    text, enc = found
    return _checked(Decoded(text, enc, 0, None))


def _from_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` named by a byte-order mark; an invalid text after its mark is an error."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data, name)
            if text is None:
                raise InputError(f"undecodable text (invalid {name} after its byte-order mark)")
            return text, name
    return None


def _from_nuls(data: bytes) -> tuple[str, str] | None:
    """NUL bytes: BOM-less UTF-16 (the NUL pattern names the byte order when there is enough
    ASCII; otherwise both orders are tried and scored) or binary (an error)."""
    if b"\x00" not in data:
        return None
    guess16 = _utf16_guess(data)
    order = [guess16] if guess16 else ["utf-16-le", "utf-16-be"]
    scored = []
    for name in order if len(data) % 2 == 0 else []:
        decoded = _strict(data, name)
        if decoded is not None:
            scored.append((_score(decoded), name, decoded))
    if not scored or max(scored)[0] < _MIN_SCORE:
        raise InputError("binary file (contains NUL bytes)")
    _sc, enc, text = max(scored)
    return text, enc


def _from_iso2022(data: bytes) -> tuple[str, str] | None:
    """7-bit text with ISO-2022-JP escape sequences (JIS mail and old news feeds)."""
    if b"\x1b" in data and all(b < 0x80 for b in data[:65536]) and any(esc in data for esc in _ISO2022_ESC):
        for name in ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_2004"):
            text = _strict(data, name)
            if text is not None:
                return text, name
    return None


def _best_legacy(data: bytes) -> tuple[str, str]:
    """The best-scoring strict decoding among the Japanese and Western legacy codecs, UTF-16 and
    charset-normalizer's guess (which wins only with a strictly better score: it ranks last)."""
    candidates: list[tuple[float, int, str, str]] = []
    names = ["cp932", "euc_jp", "euc_jis_2004", "shift_jis_2004", *_WESTERN]
    if len(data) % 2 == 0:
        names += ["utf-16-le", "utf-16-be"]
    guessed = _normalizer_guess(data)
    if guessed:
        names.append(guessed)
    seen: set[str] = set()
    for rank, name in enumerate(names):
        try:
            canon = codecs.lookup(name).name
        except LookupError:
            continue
        if canon in seen:
            continue
        seen.add(canon)
        decoded = _strict(data, name)
        if decoded is not None:
            candidates.append((_score(decoded), -rank, name, decoded))
    if not candidates:
        raise InputError("undecodable text (not UTF-8, UTF-16, Shift_JIS/CP932, EUC-JP or ISO-2022-JP)")
    best_score, _r, enc, text = max(candidates)
    if best_score < _MIN_SCORE:
        if control_share(text) > MAX_CONTROL_SHARE:
            raise InputError("binary file (too many control characters)")
        raise InputError(f"undecodable text (best guess {enc} looks garbled)")
    return text, enc


def _checked(decoded: "Decoded") -> "Decoded":
    if control_share(decoded.text) > MAX_CONTROL_SHARE:
        raise InputError("binary file (too many control characters)")
    if not decoded.text.strip():
        raise InputError("empty file (whitespace only)")
    return decoded


def mostly_utf8(data: bytes) -> "Decoded | None":
    """UTF-8 with a few bad bytes replaced (and a truncated last character dropped), or None."""
    enc = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    head = data[len(codecs.BOM_UTF8):] if enc == "utf-8-sig" else data
    cut = len(head)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(head):
            cut = exc.start  # only the last character is incomplete
    # surrogateescape turns each bad byte into one lone surrogate U+DC80..U+DCFF (valid UTF-8 never
    # decodes to a surrogate), which locates and counts them; each then becomes U+FFFD.
    escaped = head[:cut].decode("utf-8", "surrogateescape")
    bad = [i for i, ch in enumerate(escaped) if "\udc80" <= ch <= "\udcff"]
    text = _ESCAPED_RE.sub("\ufffd", escaped)
    replaced = len(bad) + len(head) - cut
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad and good < _MIN_GOOD_PER_BAD * len(bad):
        return None
    offset = len(data) - len(head)
    first = len(escaped[: bad[0]].encode("utf-8", "surrogateescape")) if bad else cut
    return Decoded(text, enc, replaced, first + offset)


def read_text_file(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Read a text file in any supported encoding: ``(text, encoding)``.

    Raises :class:`InputError` for files that are too large, empty, binary
    or undecodable (``OSError`` for unreadable paths).
    """
    decoded = read_decoded(path)
    return decoded.text, decoded.encoding


def read_decoded(path: str | os.PathLike[str]) -> Decoded:
    """:func:`read_text_file` with the count of replaced bytes (:class:`Decoded`)."""
    p = Path(path)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"file too large ({size} bytes > {MAX_FILE_BYTES // (1024 * 1024)} MB cap)")
    with p.open("rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # grew while we looked
        raise InputError(f"file too large (> {MAX_FILE_BYTES // (1024 * 1024)} MB cap)")
    return decode_report(data)
