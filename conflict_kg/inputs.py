"""Read input documents robustly: files, directories, JSONL; any common encoding.

A researcher points the tool at a folder of scraped files. Every input either
becomes a :class:`~kg.model.Document` or a :class:`~kg.model.Skipped` with one
clear line saying why -- nothing raises, nothing is silently lost.

Encodings. UTF-8 (with or without BOM), UTF-16/32 (with BOM, and BOM-less
UTF-16 recognised by its NUL-byte pattern or by trial), Shift_JIS/CP932,
EUC-JP and ISO-2022-JP. charset-normalizer alone misreads short Japanese text
(it may call Shift_JIS "big5" or "cp1252"), so the Japanese codecs are tried
explicitly and every candidate that decodes *strictly* is scored by how
plausible the result is (kana/kanji/ASCII share, no control or private-use
characters, few half-width katakana -- the signature of EUC-JP read as CP932);
charset-normalizer's guess competes as one more candidate.

Shift_JIS files are reported as ``cp932`` (Windows' superset, which is what
Japanese files in the wild are); note that CP932 maps 0x8160 to U+FF5E
(FULLWIDTH TILDE) where JIS Shift_JIS has U+301C (WAVE DASH).
"""
from __future__ import annotations

import codecs
import functools
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from extract.dates import find_document_date, is_iso_date, resolve_date
from extract.lang import detect_lang
from conflict_kg.htmltext import html_title, html_to_text
from kg.model import Document, Skipped

__all__ = [
    "BuildWarning",
    "InputError",
    "MAX_FILE_BYTES",
    "MAX_JSONL_LINE_BYTES",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "Decoded",
    "decode_bytes",
    "decode_report",
    "read_text_file",
    "html_to_text",
    "iter_documents",
    "jsonl_date",
    "read_decoded",
]

#: Files above this size are skipped unread (a digest is kilobytes).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: A JSONL line above this size is skipped (the rest of the file still builds).
MAX_JSONL_LINE_BYTES = MAX_FILE_BYTES
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
_SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_LANGS = ("ja", "en")
_JSONL_FIELDS = ("id", "text", "date", "lang", "url", "title")

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
_MAX_CONTROL_SHARE = 0.01
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


@dataclass(frozen=True)
class BuildWarning:
    """Something a build kept but changed or left out (bad bytes replaced, a date not understood,
    a chunk the parser failed on); ``source`` names the input, ``message`` is one line, ``doc_id``
    the document when there is one."""

    source: str
    message: str
    doc_id: str | None = None


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


def _control_share(text: str) -> float:
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
    text: str | None = None
    enc: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            text, enc = _strict(data, name), name
            if text is None:
                raise InputError(f"undecodable text (invalid {name} after its byte-order mark)")
            break
    if text is None and b"\x00" in data:
        # NUL bytes: BOM-less UTF-16 (the NUL pattern names the byte order when
        # there is enough ASCII; otherwise both orders are tried and scored) or binary.
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
    if text is None and b"\x1b" in data and all(b < 0x80 for b in data[:65536]) and any(
        esc in data for esc in _ISO2022_ESC
    ):
        for name in ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_2004"):
            text = _strict(data, name)
            if text is not None:
                enc = name
                break
    if text is None:
        text = _strict(data, "utf-8")
        enc = "utf-8" if text is not None else None
    if text is None:
        lenient = _mostly_utf8(data)
        if lenient is not None:
            return _checked(lenient)
    if text is None:
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
            if _control_share(text) > _MAX_CONTROL_SHARE:
                raise InputError("binary file (too many control characters)")
            raise InputError(f"undecodable text (best guess {enc} looks garbled)")
    assert enc is not None
    return _checked(Decoded(text, enc, 0, None))


def _checked(decoded: "Decoded") -> "Decoded":
    if _control_share(decoded.text) > _MAX_CONTROL_SHARE:
        raise InputError("binary file (too many control characters)")
    if not decoded.text.strip():
        raise InputError("empty file (whitespace only)")
    return decoded


def _mostly_utf8(data: bytes) -> "Decoded | None":
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


def _norm_lang(value: Any) -> str | None:
    """'ja', 'JA', 'ja-JP' -> 'ja'; unknown values kept lower-cased for the skip reason."""
    if not isinstance(value, str) or not value.strip():
        return None
    return re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]


_DMY_RE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def jsonl_date(value: Any) -> str | None:
    """A JSONL ``date`` as ISO, or None when it is not a date this understands.

    ISO (full or partial), ``YYYY/MM/DD``, ``2025年11月21日`` and ``Nov. 21, 2025`` (read by
    :func:`~extract.dates.resolve_date`), and ``DD/MM/YYYY`` (or ``DD.MM.YYYY``); a slash date
    whose second number cannot be a month (``11/21/2025``) is read as the US ``MM/DD/YYYY``.

    >>> [jsonl_date(v) for v in ("2025-11-21", "21/11/2025", "2025/11/21", "2025年11月21日", "11/21/2025", "32/13/2025", 20251121)]
    ['2025-11-21', '2025-11-21', '2025-11-21', '2025-11-21', '2025-11-21', None, None]
    """
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if is_iso_date(value):
        return value
    m = _DMY_RE.fullmatch(value)
    if m:
        day, month, year = int(m[1]), int(m[2]), m[3]
        if month > 12 >= day:
            day, month = month, day
        iso = f"{year}-{month:02d}-{day:02d}"
        return iso if is_iso_date(iso) else None
    resolved = resolve_date(value, None)
    return resolved if resolved is not None and is_iso_date(resolved) else None


def _finish(doc: Document, lang: str, date: str | None, source: str) -> Document | Skipped:
    """Apply language and date precedence; skip documents in other languages."""
    if lang != "auto":
        doc.lang = lang
    elif doc.lang is None:
        doc.lang = detect_lang(doc.text)
    if doc.lang not in _LANGS:
        detected = doc.lang if doc.lang else "unknown"
        return Skipped(source, f"language not Japanese or English (detected: {detected})")
    if doc.date is None:
        doc.date = date if date is not None else find_document_date(doc.text)
    return doc


def _file_document(path: Path, doc_id: str, lang: str, date: str | None, shown: str,
                   warn: "Callable[[BuildWarning], None]") -> Document | Skipped:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Skipped(source, f"file too large ({size} bytes > {MAX_FILE_BYTES // (1024 * 1024)} MB cap)")
        decoded = read_decoded(path)
    except InputError as exc:
        return Skipped(source, exc.reason)
    except OSError as exc:
        return Skipped(source, f"cannot read file ({exc.strerror or type(exc).__name__})")
    text, title = decoded.text, None
    if path.suffix.lower() in HTML_SUFFIXES:
        title = html_title(text)
        text = html_to_text(text)
        if not text.strip():
            return Skipped(source, "no visible text in HTML")
    doc = Document(id=doc_id, text=text, title=title, source=shown, encoding=decoded.encoding)
    _note_replaced(doc, decoded, source, warn)
    return _finish(doc, lang, date, source)


def _note_replaced(doc: Document, decoded: Decoded, source: str, warn: "Callable[[BuildWarning], None]") -> None:
    """Record replaced bytes in the document's provenance metadata, and warn."""
    if decoded.replaced:
        doc.meta["decoding"] = {"replaced_bytes": decoded.replaced, "first_bad_byte": decoded.first_bad}
        warn(BuildWarning(source, f"{decoded.replaced} invalid {decoded.encoding} byte(s) replaced, the first at "
                                  f"byte {decoded.first_bad}; the rest of the text was kept", doc.id))


def _jsonl_record(obj: Any, source: str, default_id: str, lang: str, date: str | None, shown: str,
                  warn: "Callable[[BuildWarning], None]") -> Document | Skipped:
    if not isinstance(obj, dict):
        return Skipped(source, f"JSONL line is not an object (got {type(obj).__name__})")
    if "text" not in obj:
        return Skipped(source, "JSONL line has no 'text' field")
    text = obj["text"]
    if not isinstance(text, str):
        return Skipped(source, f"JSONL 'text' is not a string (got {type(text).__name__})")
    if not text.strip():
        return Skipped(source, "empty text")
    if "\x00" in text or _control_share(text) > _MAX_CONTROL_SHARE:
        return Skipped(source, "binary content in 'text' (control characters)")
    raw_id = obj.get("id")
    doc_id = default_id if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()) else str(raw_id)
    doc_date = jsonl_date(obj.get("date"))
    if obj.get("date") not in (None, "") and doc_date is None:
        warn(BuildWarning(source, f"date {obj['date']!r} not understood (expected YYYY-MM-DD, YYYY/MM/DD, "
                                  "DD/MM/YYYY or 2025年11月21日); the date was taken as missing", doc_id))
    doc_lang = _norm_lang(obj.get("lang"))
    if doc_lang == "auto":
        doc_lang = None
    url, title = obj.get("url"), obj.get("title")
    meta = {k: v for k, v in obj.items() if k not in _JSONL_FIELDS}
    doc = Document(
        id=doc_id,
        text=text,
        lang=doc_lang,
        date=doc_date,
        url=url if isinstance(url, str) else None,
        title=title if isinstance(title, str) else None,
        source=shown,
        encoding="utf-8",
        meta=meta,
    )
    return _finish(doc, lang, date, source)


def _iter_jsonl(path: Path, file_id: str, lang: str, date: str | None, shown: str,
                warn: "Callable[[BuildWarning], None]") -> Iterator[Document | Skipped]:
    """One document per line; a bad line is skipped with its line number, the rest continues."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Skipped(str(path), f"cannot read file ({exc.strerror or type(exc).__name__})")
        return
    with fh:
        lineno = 0
        while True:
            raw = fh.readline(MAX_JSONL_LINE_BYTES + 1)
            if not raw:
                break
            lineno += 1
            source = f"{path}:{lineno}"
            if len(raw) > MAX_JSONL_LINE_BYTES and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # drain the rest of the oversized line
                    raw = fh.readline(1024 * 1024)
                yield Skipped(source, f"JSONL line too long (> {MAX_JSONL_LINE_BYTES // (1024 * 1024)} MB)")
                continue
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                decoded = Decoded(raw.decode("utf-8"), "utf-8", 0, None)
            except UnicodeDecodeError as exc:
                lenient = _mostly_utf8(raw)
                if lenient is None:
                    yield Skipped(source, f"JSONL line is not valid UTF-8 (byte {exc.start})")
                    continue
                decoded = lenient
            line = decoded.text
            if not line.strip():
                continue
            try:
                obj = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                yield Skipped(source, f"malformed JSON: {exc.msg} (column {exc.colno})")
                continue
            except RecursionError:
                yield Skipped(source, "malformed JSON: nested too deeply")
                continue
            record = _jsonl_record(obj, source, f"{file_id}:{lineno}", lang, date, f"{shown}:{lineno}", warn)
            if isinstance(record, Document):
                _note_replaced(record, decoded, source, warn)
            yield record


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, recursively, sorted by relative path; hidden files and directories ignored."""
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                path = Path(dirpath) / name
                found.append((path.relative_to(root).as_posix(), path))
    for _rel, path in sorted(found):
        yield path


def _id_from(path: Path, base: Path | None) -> str:
    if base is None:
        return path.stem
    return path.relative_to(base).with_suffix("").as_posix()


def _shown_path(path: Path, base: Path | None, record_paths: str) -> str:
    """How provenance names ``path``: relative to its input directory (or its bare name), or absolute."""
    if record_paths == "absolute":
        return str(path.resolve())
    return path.name if base is None else path.relative_to(base).as_posix()


def _one_file(path: Path, base: Path | None, lang: str, date: str | None, record_paths: str,
              warn: "Callable[[BuildWarning], None]") -> Iterator[Document | Skipped]:
    suffix = path.suffix.lower()
    doc_id = _id_from(path, base)
    shown = _shown_path(path, base, record_paths)
    if suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl(path, doc_id, lang, date, shown, warn)
    elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield _file_document(path, doc_id, lang, date, shown, warn)
    else:
        kind = f"'{path.suffix}'" if path.suffix else "no extension"
        yield Skipped(str(path), f"unsupported file type ({kind}; expected .txt, .md, .html, .htm or .jsonl)")


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]], date: str | None = None, lang: str = "auto",
    on_warning: "Callable[[BuildWarning], None] | None" = None, record_paths: str = "relative",
) -> Iterator[Document | Skipped]:
    """Yield a :class:`Document` or :class:`Skipped` for every input document, deterministically.

    * INPUT is a ``.txt``/``.md``/``.html``/``.htm`` file, a ``.jsonl`` file
      (one JSON object per line: ``id``, ``text``, optional ``date``, ``lang``,
      ``url``, ``title``; other fields go to ``meta``), or a directory
      (recursive, sorted; hidden files ignored; other file types skipped).
    * Ids: JSONL ``id`` (as a string; ``FILEID:LINE`` when missing); for files
      in a directory the path relative to it without extension (``en/foo``);
      for a file given directly its stem. A repeated id is skipped (it would
      overwrite the earlier document's graph).
    * Language: ``lang`` unless "auto", else JSONL ``lang``, else detected;
      other languages are skipped. Date: JSONL ``date``, else ``date``, else
      :func:`~extract.dates.find_document_date`. A JSONL ``date`` may also be written
      ``YYYY/MM/DD``, ``DD/MM/YYYY`` or ``2025年11月21日`` (:func:`jsonl_date`); one not
      understood is reported to ``on_warning`` and taken as missing.
    * Text that decodes with a few bad bytes is kept with them replaced
      (:func:`decode_report`): ``on_warning`` hears the count and the first offset, and the
      document's ``meta["decoding"]`` (stored in its provenance) records them.
    * ``Document.source`` names the file relative to the input directory it was found in (a file
      given directly: its name; JSONL: ``name.jsonl:LINE``), so no local path reaches the store;
      ``record_paths="absolute"`` records absolute paths instead. ``Skipped`` and warnings name
      the path as given, for the user.

    Raises ``ValueError`` only for bad arguments (``lang``, ``date``, ``record_paths``).
    """
    if record_paths not in ("relative", "absolute"):
        raise ValueError(f"record_paths must be 'relative' or 'absolute', not {record_paths!r}")
    warn = on_warning or (lambda _w: None)
    if lang not in ("auto", *_LANGS):
        raise ValueError(f"lang must be 'auto', 'ja' or 'en', not {lang!r}")
    if date is not None and not is_iso_date(date):
        raise ValueError(f"date must be ISO YYYY-MM-DD (or YYYY-MM, YYYY), not {date!r}")
    seen: dict[str, str] = {}
    for item in inputs:
        root = Path(item)
        if root.is_dir():
            results: Iterable[Document | Skipped] = (
                r for path in _walk(root) for r in _one_file(path, root, lang, date, record_paths, warn)
            )
        elif root.is_file():
            results = _one_file(root, None, lang, date, record_paths, warn)
        elif root.exists():
            results = [Skipped(str(root), "not a regular file or directory")]
        else:
            results = [Skipped(str(root), "no such file or directory")]
        for res in results:
            if isinstance(res, Document):
                if res.id in seen:
                    yield Skipped(res.source or res.id, f"duplicate document id {res.id!r} (first used by {seen[res.id]})")
                    continue
                seen[res.id] = res.source or res.id
            yield res
