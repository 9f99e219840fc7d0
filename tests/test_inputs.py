"""Tests for conflict_kg.inputs: encodings, bad files, HTML, JSONL, directory walking."""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_kg.inputs import (
    MAX_FILE_BYTES,
    InputError,
    decode_bytes,
    decode_report,
    html_to_text,
    iter_documents,
    jsonl_date,
    read_text_file,
)
from conflict_kg.kg.model import Document, Skipped

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

JA = (
    "ロシアのプーチン大統領と中国の習近平国家主席は30日、オンライン形式で会談を行いました。\n\n"
    "ゼレンスキー氏は「和平への道のりは順風満帆ではない」と述べた。\n"
)
EN = "Russian forces launched missiles at Kyiv on the 29th, officials said.\n"


def _canon(name: str) -> str:
    return codecs.lookup(name).name


@pytest.mark.parametrize(
    ("write_as", "expected_encoding"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),  # UTF-8 with BOM: BOM stripped
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # BOM-less
        ("utf-16-be", "utf-16-be"),  # BOM-less
        ("utf-32", "utf-32"),
        ("shift_jis", "cp932"),
        ("cp932", "cp932"),
        ("euc_jp", "euc_jp"),
        ("iso2022_jp", "iso2022_jp"),
    ],
)
@pytest.mark.parametrize("sample", [JA, "露国防省", "ウクライナ軍の損失は約1370人。", JA + EN])
def test_encoding_round_trip(tmp_path, write_as, expected_encoding, sample):
    path = tmp_path / "doc.txt"
    path.write_bytes(sample.encode(write_as))
    text, encoding = read_text_file(path)
    assert text == sample
    assert _canon(encoding) == _canon(expected_encoding)


def test_encoding_round_trip_seeds(tmp_path):
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not present at {seeds}")
    files = sorted(seeds.glob("*.txt"))
    assert len(files) == 3
    checked = 0
    for f in files:
        original = f.read_text(encoding="utf-8")
        for enc in ("cp932", "euc_jp", "utf-16-le", "iso2022_jp"):
            try:
                data = original.encode(enc)
            except UnicodeEncodeError:
                continue  # emoji in seed 002 have no Shift_JIS/EUC-JP form
            out = tmp_path / f"{f.stem}.{enc}.txt"
            out.write_bytes(data)
            text, encoding = read_text_file(out)
            assert text == original and _canon(encoding) == _canon(enc)
            checked += 1
    assert checked >= 6


def test_html_file_is_reduced_to_text(tmp_path):
    html = (
        "<!DOCTYPE html><html><head><meta charset='shift_jis'><title>ウクライナ情勢</title>"
        "<style>p{color:red}</style><script>var x = '<p>not text</p>';</script></head>"
        "<body><h1>見出し</h1><p>ロシア軍が&quot;攻撃&quot;した。&amp;</p><div>二つ目<br>改行</div>"
        "<pre>a\n  b</pre></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp932"))
    [doc] = list(iter_documents([path], date="2025-11-20"))
    assert isinstance(doc, Document)
    assert doc.text == '見出し\n\nロシア軍が"攻撃"した。&\n\n二つ目\n改行\n\na\n  b'
    assert doc.title == "ウクライナ情勢"
    assert doc.encoding == "cp932" and doc.lang == "ja" and doc.id == "page"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("", ""),
        ("plain", "plain"),
        ("<p>a</p><p>b</p>", "a\n\nb"),
        ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"),
        ("<p>x &lt; y &#x3042; &nbsp;z</p>", "x < y あ \xa0z"),
        ("<script>alert(1)</script><noscript>n</noscript>ok", "ok"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<<<>>>", "<<<>>>"),
    ],
)
def test_html_to_text(html, expected):
    assert html_to_text(html) == expected


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&;#x pbrscipt=\"'あ\n")), max_size=200))
def test_html_to_text_never_raises(html):
    assert isinstance(html_to_text(html), str)


@pytest.mark.parametrize(
    ("data", "reason_part"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n", "whitespace only"),
        ("\u3000\n".encode("utf-8"), "whitespace only"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        (b"PK\x03\x04\x14\x00", "binary file (ZIP"),
        (bytes(range(256)) * 4, "binary file"),
        (b"abc\x00\x01\x02\x03\xff\xfe\xfd" * 50, "binary file"),
        (b"\x01\x02\x03\x04\x05\x06hello\x07\x08", "binary file (too many control characters)"),
        (b"\xef\xbb\xbf\xff\xfe broken after BOM", "undecodable"),
    ],
)
def test_bad_bytes(tmp_path, data, reason_part):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read_text_file(path)
    assert reason_part in exc.value.reason
    assert "\n" not in exc.value.reason
    [skipped] = list(iter_documents([path]))
    assert isinstance(skipped, Skipped)
    assert skipped.source == str(path) and reason_part in skipped.reason


def test_one_bad_byte_keeps_the_document(tmp_path):
    data = JA.encode() + b"\xff" + JA.encode()
    path = tmp_path / "digest.txt"
    path.write_bytes(data)
    warnings = []
    [doc] = iter_documents([path], on_warning=warnings.append)
    assert isinstance(doc, Document) and doc.encoding == "utf-8"
    assert doc.text == JA + "\ufffd" + JA
    assert doc.meta["decoding"] == {"replaced_bytes": 1, "first_bad_byte": len(JA.encode())}
    [warning] = warnings
    assert warning.source == str(path) and warning.doc_id == doc.id
    assert f"1 invalid utf-8 byte(s) replaced, the first at byte {len(JA.encode())}" in warning.message


@pytest.mark.parametrize("cut", [1, 2])
def test_truncated_last_character_is_tolerated(tmp_path, cut):
    data = (JA.rstrip() + "終").encode()
    decoded = decode_report(data[:-cut])
    assert decoded.text == JA.rstrip() and decoded.encoding == "utf-8"
    assert (decoded.replaced, decoded.first_bad) == (3 - cut, len(data) - 3)


@pytest.mark.parametrize(
    "sample",
    [
        "Le président a déclaré à Paris que l’armée française était prête.",
        "Die Bundesregierung äußerte sich über die Größe der Truppen – „schön“.",
        "He said “we will fight” – and left…",
        "Señor García, la niña está aquí.",
        "Ça coûte 5 € — déjà payé.",
    ],
)
def test_western_legacy_text_is_cp1252(sample):
    # charset-normalizer alone reports short Western text as cp775 (Baltic) or cp850
    text, encoding = decode_bytes(sample.encode("cp1252"))
    assert (text, _canon(encoding)) == (sample, _canon("cp1252"))


def test_mostly_bad_utf8_is_not_kept():
    # cp932 bytes are mostly invalid UTF-8: read as cp932, not as UTF-8 full of U+FFFD
    decoded = decode_report(JA.encode("cp932"))
    assert (decoded.text, decoded.encoding, decoded.replaced) == (JA, "cp932", 0)


def test_undecodable(tmp_path):
    # Bytes valid in no Japanese encoding and not UTF-8: 0x80 0x80 ... (invalid lead bytes everywhere)
    path = tmp_path / "junk.txt"
    path.write_bytes(b"\x80\xff\x80\xff\xfd\xfe" * 20 + b"\x81")
    with pytest.raises(InputError, match="undecodable|binary"):
        read_text_file(path)


def test_too_large_file_is_not_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse file: large on paper, nothing written
        fh.truncate(MAX_FILE_BYTES + 1)
    [skipped] = list(iter_documents([path]))
    assert isinstance(skipped, Skipped) and "too large" in skipped.reason


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_never_raises_other_errors(data):
    try:
        text, enc = decode_bytes(data)
    except InputError as exc:
        assert exc.reason and "\n" not in exc.reason
    else:
        assert isinstance(text, str) and text.strip() and codecs.lookup(enc)


# ---------------------------------------------------------------------------
# JSONL
# ---------------------------------------------------------------------------


def _jsonl(tmp_path: Path, lines: list[str], name: str = "docs.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_good_and_bad_lines(tmp_path):
    path = _jsonl(
        tmp_path,
        [
            json.dumps({"id": 7, "text": JA, "date": "2022-12-31", "lang": "ja", "url": "https://x", "title": "T",
                        "source_name": "NHK", "tags": ["a"]}),
            '{"id": "broken", "text": "unterminated',
            json.dumps({"id": "no-text"}),
            json.dumps({"id": "int-text", "text": 42}),
            json.dumps(["not", "an", "object"]),
            "",
            json.dumps({"id": "bad-date", "text": EN, "date": "around Christmas"}),
            json.dumps({"id": "ru", "text": "Россия атаковала Киев ракетами и дронами."}),
            json.dumps({"id": "empty", "text": "   "}),
            json.dumps({"text": EN}),
            json.dumps({"id": "en", "text": EN, "lang": "en-US"}),
        ],
    )
    warnings = []
    results = list(iter_documents([path], on_warning=warnings.append))
    summary = [(type(r).__name__, r.source.rsplit(":", 1)[1]) for r in results]
    assert summary == [
        ("Document", "1"), ("Skipped", "2"), ("Skipped", "3"), ("Skipped", "4"), ("Skipped", "5"),
        ("Document", "7"), ("Skipped", "8"), ("Skipped", "9"), ("Document", "10"), ("Document", "11"),
    ]
    # an unparseable date: a warning, and the document is still built (without a date)
    assert results[5].id == "bad-date" and results[5].date is None
    [warning] = warnings
    assert warning.source == f"{path}:7" and warning.doc_id == "bad-date"
    assert "date 'around Christmas' not understood" in warning.message
    doc = results[0]
    assert (doc.id, doc.date, doc.lang, doc.url, doc.title, doc.encoding) == ("7", "2022-12-31", "ja", "https://x", "T", "utf-8")
    assert doc.meta == {"source_name": "NHK", "tags": ["a"]}
    assert doc.text == JA
    reasons = [r.reason for r in results if isinstance(r, Skipped)]
    assert reasons[0].startswith("malformed JSON: Unterminated string")
    assert reasons[1] == "JSONL line has no 'text' field"
    assert reasons[2] == "JSONL 'text' is not a string (got int)"
    assert reasons[3] == "JSONL line is not an object (got list)"
    assert reasons[4] == "language not Japanese or English (detected: unknown)"
    assert reasons[5] == "empty text"
    assert results[8].id == "docs:10" and results[8].lang == "en"
    assert results[9].lang == "en"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-21", "2025-11-21"),
        ("2025-11", "2025-11"),
        ("21/11/2025", "2025-11-21"),
        ("21.11.2025", "2025-11-21"),
        ("1/2/2025", "2025-02-01"),  # day first, as the issue asks (DD/MM/YYYY)
        ("11/21/2025", "2025-11-21"),  # 21 cannot be a month: US order
        ("2025/11/21", "2025-11-21"),
        ("2025年11月21日", "2025-11-21"),
        (" 2025-11-21 ", "2025-11-21"),
        ("31/02/2025", None),
        ("32/13/2025", None),
        ("someday", None),
        ("", None),
        (20251121, None),
    ],
)
def test_jsonl_date_forms(tmp_path, value, expected):
    assert jsonl_date(value) == expected
    path = _jsonl(tmp_path, [json.dumps({"id": "d", "text": EN, "date": value})])
    warnings = []
    [doc] = iter_documents([path], on_warning=warnings.append)
    assert isinstance(doc, Document)
    if expected is not None:
        assert doc.date == expected and not warnings
    elif value not in ("",):
        assert [w.doc_id for w in warnings] == ["d"]


def test_jsonl_precedence_of_lang_and_date(tmp_path):
    path = _jsonl(tmp_path, [
        json.dumps({"id": "a", "text": JA, "date": "2022-12-31"}),
        json.dumps({"id": "b", "text": JA + "\n#ロシア(251121)"}),
        json.dumps({"id": "c", "text": JA + "\n#ロシア(251121)", "lang": "ja"}),
    ])
    got = {d.id: (d.date, d.lang) for d in iter_documents([path], date="2023-01-05")}
    # per-document metadata > --date > detection
    assert got == {"a": ("2022-12-31", "ja"), "b": ("2023-01-05", "ja"), "c": ("2023-01-05", "ja")}
    got = {d.id: d.date for d in iter_documents([path])}
    assert got == {"a": "2022-12-31", "b": "2025-11-21", "c": "2025-11-21"}
    # an explicit --lang overrides detection and the JSONL field
    forced = list(iter_documents([path], lang="en"))
    assert [d.lang for d in forced] == ["en", "en", "en"]


def test_jsonl_invalid_utf8_line_and_bom(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(
        codecs.BOM_UTF8 + json.dumps({"id": "1", "text": JA}).encode() + b"\n"
        + b'{"id": "2", "text": "\xff\xfe"}\n'
        + json.dumps({"id": "3", "text": EN}).encode() + b"\n"
    )
    results = list(iter_documents([path]))
    assert [type(r).__name__ for r in results] == ["Document", "Skipped", "Document"]
    assert results[1].source == f"{path}:2" and "not valid UTF-8" in results[1].reason


@pytest.mark.parametrize("bad", [{"lang": "fr"}, {"date": "2022-13-01"}, {"date": 20221201}])
def test_iter_documents_rejects_bad_arguments(tmp_path, bad):
    kwargs = {"lang": bad.get("lang", "auto"), "date": bad.get("date")}
    with pytest.raises(ValueError):
        list(iter_documents([tmp_path], **kwargs))


# ---------------------------------------------------------------------------
# Directories and files
# ---------------------------------------------------------------------------


def test_directory_walk(tmp_path):
    root = tmp_path / "samples"
    (root / "en").mkdir(parents=True)
    (root / "ja").mkdir()
    (root / ".git").mkdir()
    (root / "en" / "foo.txt").write_text(EN, encoding="utf-8")
    (root / "ja" / "foo.txt").write_bytes(JA.encode("euc_jp"))
    (root / "ja" / "bar.md").write_text("# 見出し\n\n" + JA, encoding="utf-8")
    (root / "ja" / "page.HTML").write_text("<p>" + JA + "</p>", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / "README").write_text(EN, encoding="utf-8")
    (root / ".hidden.txt").write_text(EN, encoding="utf-8")
    (root / ".git" / "config.txt").write_text(EN, encoding="utf-8")
    (root / "ru.txt").write_text("Россия атаковала Киев ракетами и дронами.", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "docs.jsonl").write_text(json.dumps({"id": "j1", "text": EN}) + "\n", encoding="utf-8")

    results = list(iter_documents([root]))
    again = list(iter_documents([root]))
    assert results == again  # deterministic
    rows = [(type(r).__name__, getattr(r, "id", None), Path(r.source.split(":")[0]).name) for r in results]
    assert rows == [
        ("Skipped", None, "README"),
        ("Document", "j1", "docs.jsonl"),
        ("Skipped", None, "empty.txt"),
        ("Document", "en/foo", "foo.txt"),
        ("Document", "ja/bar", "bar.md"),
        ("Document", "ja/foo", "foo.txt"),
        ("Document", "ja/page", "page.HTML"),
        ("Skipped", None, "notes.pdf"),
        ("Skipped", None, "ru.txt"),
    ]
    by_name = {Path(r.source).name: r for r in results if isinstance(r, Skipped)}
    assert by_name["README"].reason.startswith("unsupported file type (no extension")
    assert by_name["notes.pdf"].reason.startswith("unsupported file type ('.pdf'")
    assert by_name["empty.txt"].reason == "empty file"
    assert by_name["ru.txt"].reason == "language not Japanese or English (detected: unknown)"
    docs = {r.id: r for r in results if isinstance(r, Document)}
    assert docs["ja/foo"].encoding == "euc_jp" and docs["ja/foo"].text == JA
    assert docs["ja/page"].text == JA.strip().replace("\n\n", " ")  # HTML collapses whitespace
    assert docs["en/foo"].lang == "en"
    assert docs["ja/bar"].text.startswith("# 見出し")


def test_single_file_id_is_stem_and_duplicates_are_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "foo.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b" / "foo.txt").write_text(JA, encoding="utf-8")
    results = list(iter_documents([tmp_path / "a" / "foo.txt", tmp_path / "b" / "foo.txt", tmp_path / "missing.txt"]))
    assert isinstance(results[0], Document) and results[0].id == "foo"
    assert isinstance(results[1], Skipped) and "duplicate document id 'foo'" in results[1].reason
    assert isinstance(results[2], Skipped) and results[2].reason == "no such file or directory"


def test_date_and_language_for_files(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text("特別軍事作戦 11月20日の概要\n\n" + JA + "\n#ロシア(251121)\n", encoding="utf-8")
    [doc] = iter_documents([p])
    assert (doc.date, doc.lang) == ("2025-11-21", "ja")
    [doc] = iter_documents([p], date="2025-11-20")
    assert doc.date == "2025-11-20"


def test_seeds_jsonl():
    path = SHARED / "seeds" / "seeds.jsonl"
    if not path.is_file():
        pytest.skip(f"shared seeds not present at {path}")
    docs = list(iter_documents([path]))
    assert len(docs) == 3 and all(isinstance(d, Document) for d in docs)
    assert [(d.id[:3], d.lang, d.date) for d in docs] == [
        ("000", "en", "2022-12-01"), ("001", "ja", "2022-12-31"), ("002", "ja", "2025-11-21"),
    ]
    assert all(d.source.endswith(f"seeds.jsonl:{i}") for i, d in enumerate(docs, 1))
