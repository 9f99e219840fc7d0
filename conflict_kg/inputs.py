"""Read input documents robustly: files, directories, JSONL; any common encoding.

A researcher points the tool at a folder of scraped files. Every input either
becomes a :class:`~conflict_kg.kg.model.Document` or a :class:`~conflict_kg.kg.model.Skipped` with one
clear line saying why -- nothing raises, nothing is silently lost; what is kept
but changed (bad bytes replaced, a date not understood) is a
:class:`BuildWarning`. Decoding lives in :mod:`conflict_kg.decoding`.
"""
from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conflict_kg.extract.dates import find_document_date, is_iso_date, resolve_date
from conflict_kg.extract.lang import detect_lang
from conflict_kg.decoding import (
    MAX_CONTROL_SHARE,
    MAX_FILE_BYTES,
    Decoded,
    InputError,
    control_share,
    decode_bytes,
    decode_report,
    mostly_utf8,
    read_decoded,
    read_text_file,
)
from conflict_kg.htmltext import html_title, html_to_text
from conflict_kg.kg.model import Document, Skipped

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

#: A JSONL line above this size is skipped (the rest of the file still builds).
MAX_JSONL_LINE_BYTES = MAX_FILE_BYTES
TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
_SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_LANGS = ("ja", "en")
_JSONL_FIELDS = ("id", "text", "date", "lang", "url", "title")

@dataclass(frozen=True)
class BuildWarning:
    """Something a build kept but changed or left out (bad bytes replaced, a date not understood,
    a chunk the parser failed on); ``source`` names the input, ``message`` is one line, ``doc_id``
    the document when there is one."""

    source: str
    message: str
    doc_id: str | None = None


def _norm_lang(value: Any) -> str | None:
    """'ja', 'JA', 'ja-JP' -> 'ja'; unknown values kept lower-cased for the skip reason."""
    if not isinstance(value, str) or not value.strip():
        return None
    return re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]


_DMY_RE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


def jsonl_date(value: Any) -> str | None:
    """A JSONL ``date`` as ISO, or None when it is not a date this understands.

    ISO (full or partial), ``YYYY/MM/DD``, ``2025年11月21日`` and ``Nov. 21, 2025`` (read by
    :func:`~conflict_kg.extract.dates.resolve_date`), and ``DD/MM/YYYY`` (or ``DD.MM.YYYY``); a slash date
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
    if "\x00" in text or control_share(text) > MAX_CONTROL_SHARE:
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
                lenient = mostly_utf8(raw)
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
      :func:`~conflict_kg.extract.dates.find_document_date`. A JSONL ``date`` may also be written
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
