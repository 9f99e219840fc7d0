"""Builds on hostile inputs (issue 20): pathological parses, failing extractors, local paths,
builds that skip everything, interruptions."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import conflict_kg.extraction as extraction
import conflict_kg.pipeline as pipeline
from conflict_kg.cli import main
from conflict_kg.inputs import BuildWarning
from conflict_kg.extraction import _parse_group
from conflict_kg.pipeline import BuildInterrupted, build, extract_documents
from conflict_kg.kg.model import Document
from conflict_kg.kg.store import KGStore

pytestmark = pytest.mark.models

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
NO_CHAIN = "私の" + "弟の友達の" * 1000 + "本を読んだ。"


def test_no_chain_builds(tmp_path, nlp_ja):
    """ginza 5.2.0 raised RecursionError in bunsetu_recognizer on this text; 5.2.1 parses it."""
    doc = tmp_path / "chain.txt"
    doc.write_text("ロシア軍は20日、キーウを攻撃した。\n" + NO_CHAIN + "\n", encoding="utf-8")
    warnings: list[BuildWarning] = []
    summary = build([doc], tmp_path / "store", on_warning=warnings.append, date="2025-11-20")
    assert (summary.built, summary.skipped, warnings) == (1, [], [])
    with KGStore(tmp_path / "store", read_only=True) as s:
        assert list(s.document_hashes()) == ["chain"]


def flaky_en(chunks, doc):
    """The English extractor, except that it fails on any chunk holding BOOM."""
    from conflict_kg.extract.en import extract_en

    if any("BOOM" in sdoc.text for sdoc, _off in chunks):
        raise RuntimeError("extractor bug")
    return extract_en(chunks, doc)


def test_an_extractor_exception_loses_only_its_chunk(monkeypatch, nlp_en):
    monkeypatch.setitem(pipeline.EXTRACTORS, "en", "tests.test_build_robust:flaky_en")
    first = "Russian forces captured Kupiansk on the 20th, the ministry said."
    bad = "Ukraine said BOOM the attack on Kharkiv was repelled."
    last = "Zelensky met Macron in Paris on the 21st."
    text = f"{first}\nhttps://example.org/a\n{bad}\nhttps://example.org/b\n{last}\n"
    warnings: list[BuildWarning] = []
    (records,) = extract_documents([Document(id="d", text=text, lang="en", source="d.txt")],
                                   on_warning=warnings.append)
    [warning] = warnings
    offset = text.index(bad)
    assert (warning.source, warning.doc_id) == ("d.txt", "d")
    assert f"extraction failed on the chunk at character {offset} of document 'd'" in warning.message
    assert "RuntimeError: extractor bug" in warning.message
    covered = {m.text for m in records.mentions}
    assert {"Kupiansk", "Paris"} <= covered and "Kharkiv" not in covered
    assert all(not offset <= m.start < offset + len(bad) for m in records.mentions)


class _FailingNLP:
    """A model whose batch call fails, and which fails alone on one text."""

    def pipe(self, texts, batch_size):
        raise RecursionError("maximum recursion depth exceeded")

    def __call__(self, text):
        if "bad" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return text.upper()


def test_a_parser_failure_loses_only_its_chunk():
    doc = Document(id="x", text="good one. bad one. good two.", lang="en", source="x.txt")
    warnings: list[BuildWarning] = []
    out = _parse_group(_FailingNLP(), [(doc, 0, 9), (doc, 10, 18), (doc, 19, 28)], warnings.append)
    assert out == ["GOOD ONE.", None, "GOOD TWO."]
    [warning] = warnings
    assert "parsing failed on the chunk at character 10 of document 'x'" in warning.message
    assert "RecursionError" in warning.message


def _store_strings(path: Path) -> list[str]:
    with KGStore(path, read_only=True) as s:
        return [getattr(term, "value", str(term)) for quad in s.quads() for term in quad]


def test_no_absolute_path_reaches_the_store(tmp_path, nlp_ja, nlp_en):
    single = tmp_path / "inbox" / "note.txt"
    single.parent.mkdir()
    single.write_text("Russian forces captured Kupiansk on the 20th, the ministry said.\n", encoding="utf-8")
    lines = tmp_path / "inbox" / "wire.jsonl"
    lines.write_text(json.dumps({"id": "w1", "text": "Kyiv was attacked on the 3rd.", "date": "2025-11-20"}) + "\n",
                     encoding="utf-8")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(SAMPLES.resolve()), str(single.resolve()), str(lines.resolve()),
                                       "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    strings = _store_strings(store)
    for root in (str(tmp_path), str(ROOT), str(Path.home())):
        assert not [t for t in strings if root in t], root
    assert not [t for t in strings if t.startswith("/")]
    with KGStore(store, read_only=True) as s:
        paths = {str(r[0]) for r in s.query(
            "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> SELECT ?p WHERE { ?d ckg:sourcePath ?p }")}
    assert {"note.txt", "wire.jsonl:1", "en/aid_package.txt", "wire.jsonl:1"} <= paths


def test_absolute_paths_on_request(tmp_path, nlp_en):
    doc = tmp_path / "note.txt"
    doc.write_text("Russian forces captured Kupiansk on the 20th, the ministry said.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(doc), "--store", str(tmp_path / "s"), "-q",
                                       "--record-paths", "absolute"])
    assert result.exit_code == 0, result.output
    assert str(doc.resolve()) in _store_strings(tmp_path / "s")


def test_a_build_that_skips_everything_fails_and_prints_reasons_whole(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "ru.txt").write_text("Россия заявила о взятии Купянска, Украина это отрицает.", encoding="utf-8")
    (bad / "broken.jsonl").write_text(
        json.dumps({"id": "ok1", "text": "Привет, мир. Это не английский и не японский текст."}) + "\n"
        + json.dumps({"id": "ok1", "text": "Кто-то ещё."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(bad), "--store", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 1, result.output
    assert "nothing was built: every input was skipped" in result.output
    reasons = next(line for line in result.output.splitlines() if line.startswith("skipped: "))
    assert "3 × language not Japanese or English (detected: unknown)" in reasons or \
        "language not Japanese or English (detected: ru)" in reasons
    assert reasons.count(" × ") == len(set(reasons.split("; ")))


def test_an_empty_input_directory_fails(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1 and "no input documents found" in result.output


def test_summary_says_what_it_counts(tmp_path, nlp_en):
    result = CliRunner().invoke(main, ["build", str(SAMPLES / "en"), "--store", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 0, result.output
    assert "every occurrence counted; `conflict-kg stats` counts distinct records" in result.output


def test_interrupted_build_says_how_the_summary_comes_back(tmp_path, monkeypatch, nlp_en):
    real = pipeline.document_triples
    calls = []

    def interrupt_second(records, resolutions, into):
        calls.append(records.doc.id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(records, resolutions, into)

    monkeypatch.setattr(pipeline, "document_triples", interrupt_second)
    store = tmp_path / "s"
    result = CliRunner().invoke(main, ["build", str(SAMPLES / "en"), "--store", str(store), "-q"])
    assert result.exit_code == 130, result.output
    assert "interrupted: 1 documents written and kept" in result.output
    assert f"`conflict-kg summarize --store {store}`" in result.output
    with KGStore(store, read_only=True) as s:
        assert len(s.document_hashes()) == 1 and not s.summary_current()
    with pytest.raises(BuildInterrupted) as exc:
        calls.clear()
        build([SAMPLES / "en"], tmp_path / "t")
    assert exc.value.summary.built == 1 and exc.value.summary_dropped


def test_a_long_document_is_extracted_section_by_section(monkeypatch, nlp_en):
    monkeypatch.setattr(extraction, "_SECTION_CHARS", 300)
    monkeypatch.setattr(extraction, "_LONG_CHUNK_BYTES", 250)  # chunks of about two lines
    para = "Russian forces shelled Kharkiv on the 20th, officials said. Zelensky met Macron in Paris on the 21st. "
    text = "\n".join(f"{para}Copy {i}." for i in range(12)) + "\n"
    ends: list[int] = []
    (records,) = extract_documents([Document(id="long", text=text, lang="en", source="long.txt")],
                                   on_section=lambda doc, end: ends.append(end))
    assert len(ends) >= 4 and ends == sorted(ends) and ends[-1] == len(text.rstrip())
    # Every section's mentions are kept, with offsets into the whole document.
    paris = [m.start for m in records.mentions if m.text == "Paris"]
    assert len(paris) == 12 and all(text[s:s + 5] == "Paris" for s in paris)


def test_bench_long_document_text_is_one_line():
    from bench.long_document import one_line_text

    text = one_line_text(20_000)
    assert "\n" not in text and 19_990 <= len(text.encode("utf-8")) <= 20_000


def _quads(path: Path) -> set[str]:
    with KGStore(path, read_only=True) as s:
        return {str(q) for q in s._ox}


class _RdflibGraphWriter(pipeline._Writer):
    """Writes each document as builds did before the parted writer: an rdflib Graph, one update."""

    def write_records(self, records, resolver):
        resolutions = resolver.resolve_mentions(pipeline.all_mentions(records), records.doc.lang or "")
        self._before_write()
        self.store.put_document(records.doc.id, pipeline.document_graph(records, resolutions))
        self.summary.add(records)
        self._done(records.doc.id)


@pytest.fixture(scope="module")
def whole_store(tmp_path_factory, nlp_en):
    """The English samples built through whole rdflib graphs, one update per document."""
    path = tmp_path_factory.mktemp("whole") / "s"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "_Writer", _RdflibGraphWriter)
        build([SAMPLES / "en"], path)
    return path


def test_the_store_is_the_same_as_through_rdflib_graphs(tmp_path, whole_store):
    build([SAMPLES / "en"], tmp_path / "s")
    assert _quads(tmp_path / "s") == _quads(whole_store)


def test_a_long_document_written_in_parts_gives_the_same_store(tmp_path, monkeypatch, whole_store):
    # Every document counts as long, and parts are tiny: each document's graph takes many updates.
    monkeypatch.setattr(pipeline, "_PARTED_CHARS", 0)
    monkeypatch.setattr(pipeline, "_WRITE_PART", 7)
    updates = _on_writes(monkeypatch, lambda kind, what: None)
    build([SAMPLES / "en"], tmp_path / "s")
    assert len(updates) > 3 * len(list((SAMPLES / "en").glob("*.txt")))
    assert _quads(tmp_path / "s") == _quads(whole_store)


def _on_writes(monkeypatch, hook) -> list[tuple[str, object]]:
    """Call ``hook(kind, what)`` before each write of a document (or part): an update text
    (``"update"``, a stored document) or quads added directly (``"quads"``, a new one's, or new short
    documents' together: then ``what`` is the tuple of marks, body and hashes); the list of them."""
    writes: list[tuple[str, object]] = []
    for kind, name in (("update", "put_document_update"), ("quads", "add_document_quads"),
                       ("quads", "add_new_documents")):
        def wrapped(self, *args, _kind=kind, _real=getattr(KGStore, name)):
            what = args[0] if len(args) == 1 else args
            writes.append((_kind, what))
            hook(_kind, what)
            _real(self, *args)
        monkeypatch.setattr(KGStore, name, wrapped)
    return writes


def test_new_documents_are_added_as_quads_and_a_changed_one_replaced_by_an_update(tmp_path, monkeypatch, whole_store):
    writes = _on_writes(monkeypatch, lambda kind, what: None)
    build([SAMPLES / "en"], tmp_path / "s")
    assert {kind for kind, _ in writes} == {"quads"}
    assert _quads(tmp_path / "s") == _quads(whole_store)
    src = tmp_path / "in"
    shutil.copytree(SAMPLES / "en", src)
    first = sorted(src.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    writes.clear()
    build([src], tmp_path / "s")
    assert [kind for kind, _ in writes] == ["update"]  # the changed document: DROP + INSERT in one update
    assert "DROP SILENT GRAPH" in writes[0][1]


def test_a_write_in_parts_cut_short_leaves_no_part_of_the_document(tmp_path, monkeypatch, whole_store):
    monkeypatch.setattr(pipeline, "_PARTED_CHARS", 0)
    monkeypatch.setattr(pipeline, "_WRITE_PART", 7)
    calls = []

    def interrupt_third(kind, what):
        calls.append(what)
        if len(calls) == 3:
            raise KeyboardInterrupt

    _on_writes(monkeypatch, interrupt_third)
    with pytest.raises(BuildInterrupted) as exc:
        build([SAMPLES / "en"], tmp_path / "s")
    assert exc.value.summary.built == 0
    with KGStore(tmp_path / "s", read_only=True) as s:
        assert s.document_hashes() == {}
        from conflict_kg.kg.rdf import graph_iri

        doc_graphs = {f"<{graph_iri(p.stem)}>" for p in (SAMPLES / "en").glob("*.txt")}
        assert not [q for q in s._ox if str(q.graph_name) in doc_graphs]


def test_a_document_left_incomplete_by_a_crash_is_dropped_and_rebuilt(tmp_path, whole_store):
    """A hard kill (no exception handler runs) between two parts leaves a document graph without its
    content hash: the next build drops it and writes its own documents."""
    from rdflib import RDF, Literal, URIRef
    from rdflib.namespace import DCTERMS

    from conflict_kg.kg.rdf import doc_iri

    path = tmp_path / "s"
    with KGStore(path) as s:
        parts = pipeline._PartedWrite(s, "stray", 2)
        parts.add((doc_iri("stray"), RDF.type, pipeline.CKG.Document))
        parts.add((doc_iri("stray"), DCTERMS.identifier, Literal("stray")))
        parts.add((doc_iri("stray"), pipeline.CKG.contentHash, Literal("0" * 64)))  # held for the last part
        for i in range(5):
            parts.add((URIRef(f"https://example.org/x{i}"), pipeline.CKG.evidence, Literal(i)))
        assert parts.written >= 2  # ... and the last part never comes
        assert [str(r[0]) for r in s.query(pipeline._INCOMPLETE)] == ["stray"]
        assert s.document_hashes() == {}
    build([SAMPLES / "en"], path)
    assert _quads(path) == _quads(whole_store)


def _bulk_without_hashes(self, marks, body, hashes):
    """What a process killed between the bulk load and the content hashes leaves behind."""
    self._ox.extend(marks)
    self._ox.bulk_extend(body)


def test_new_documents_cut_short_before_their_hashes_are_dropped_and_rebuilt(tmp_path, monkeypatch, whole_store):
    with monkeypatch.context() as mp:
        mp.setattr(KGStore, "add_new_documents", _bulk_without_hashes)
        build([SAMPLES / "en"], tmp_path / "s")
    with KGStore(tmp_path / "s", read_only=True) as s:
        assert s.document_hashes() == {} and len(list(s.query(pipeline._INCOMPLETE))) == 3
    build([SAMPLES / "en"], tmp_path / "s")
    assert _quads(tmp_path / "s") == _quads(whole_store)


def test_a_failed_addition_of_new_documents_leaves_none_of_them(tmp_path, monkeypatch, whole_store):
    def fail(self, marks, body, hashes):
        _bulk_without_hashes(self, marks, body, hashes)
        raise OSError("disk full")

    with monkeypatch.context() as mp:
        mp.setattr(KGStore, "add_new_documents", fail)
        with pytest.raises(OSError, match="disk full"):
            build([SAMPLES / "en"], tmp_path / "s")
    from conflict_kg.kg.rdf import graph_iri

    doc_graphs = {f"<{graph_iri(p.stem)}>" for p in (SAMPLES / "en").glob("*.txt")}
    with KGStore(tmp_path / "s", read_only=True) as s:
        assert not [q for q in s._ox if str(q.graph_name) in doc_graphs]
    build([SAMPLES / "en"], tmp_path / "s")
    assert _quads(tmp_path / "s") == _quads(whole_store)


def test_new_documents_are_added_together_in_bounded_groups(tmp_path, monkeypatch, whole_store):
    monkeypatch.setattr(pipeline, "_BULK_QUADS", 1)  # every document alone
    writes = _on_writes(monkeypatch, lambda kind, what: None)
    build([SAMPLES / "en"], tmp_path / "s")
    assert len(writes) == len(list((SAMPLES / "en").glob("*.txt")))
    assert _quads(tmp_path / "s") == _quads(whole_store)


def _long_en_text(copies: int = 12) -> str:
    para = "Russian forces shelled Kharkiv on the 20th, officials said. Zelensky met Macron in Paris on the 21st. "
    return "\n".join(f"{para}Copy {i}: \"We will not give up,\" the mayor said." for i in range(copies)) + "\n"


def _whole_view_records(doc: Document):
    """What sections gave before section views: each section extracted from the whole document with
    everything outside the section blanked (the reference the compact views must reproduce)."""
    import dataclasses
    import re

    blank = re.sub(r"[^\n]", " ", doc.text)
    parts = []
    for section in extraction._sections(extraction._language_chunks(doc, extraction._LONG_CHUNK_BYTES),
                                        extraction._SECTION_CHARS):
        a, b = section[0][1], section[-1][2]
        view = dataclasses.replace(doc, text=blank[:a] + doc.text[a:b] + blank[b:])
        (records,) = extraction._extract_units([(view, section)], print)
        records.doc = doc
        parts.append(records)
    return extraction._merge(doc, parts)


def _records_json(records) -> str:
    import dataclasses

    data = dataclasses.asdict(records)
    data.pop("doc")
    return json.dumps(data, sort_keys=True, default=str)


def test_section_views_give_the_records_of_the_whole_document_view(monkeypatch, nlp_en):
    monkeypatch.setattr(extraction, "_SECTION_CHARS", 400)
    monkeypatch.setattr(extraction, "_LONG_CHUNK_BYTES", 250)
    monkeypatch.setattr(extraction, "_VIEW_MARGIN", 30)  # views much shorter than the document
    monkeypatch.setattr(extraction, "_SECTIONS_PER_PROCESS", 10_000)  # in this process
    doc = Document(id="long", text=_long_en_text(), lang="en", source="long.txt")
    new = extraction._extract_long(doc, print, None)
    assert len(new.mentions) > 30 and new.statements and new.events
    assert all(doc.text[m.start:m.end] == m.text for m in new.mentions)
    assert _records_json(new) == _records_json(_whole_view_records(doc))


def test_section_processes_give_the_same_records(monkeypatch, nlp_en):
    monkeypatch.setattr(extraction, "_SECTION_CHARS", 400)
    monkeypatch.setattr(extraction, "_LONG_CHUNK_BYTES", 250)
    doc = Document(id="long", text=_long_en_text(), lang="en", source="long.txt")
    monkeypatch.setattr(extraction, "_SECTIONS_PER_PROCESS", 10_000)
    here = extraction._extract_long(doc, print, None)
    monkeypatch.setattr(extraction, "_SECTIONS_PER_PROCESS", 2)  # 2 sections per fresh process
    ends: list[int] = []
    (there,) = extract_documents([doc], on_section=lambda d, end: ends.append(end))
    assert len(ends) >= 6 and ends == sorted(ends)  # progress from every section, in order
    assert _records_json(there) == _records_json(extraction._add_modality(here))


def test_a_failing_chunk_in_a_section_view_is_reported_at_its_document_offset(monkeypatch, nlp_en):
    monkeypatch.setitem(pipeline.EXTRACTORS, "en", "tests.test_build_robust:flaky_en")
    monkeypatch.setattr(extraction, "_SECTION_CHARS", 400)
    monkeypatch.setattr(extraction, "_LONG_CHUNK_BYTES", 250)
    monkeypatch.setattr(extraction, "_VIEW_MARGIN", 30)  # the section's view starts well inside the document
    monkeypatch.setattr(extraction, "_SECTIONS_PER_PROCESS", 10_000)
    text = _long_en_text(6) + "Ukraine said BOOM the attack was repelled.\n" + _long_en_text(2)
    doc = Document(id="d", text=text, lang="en", source="d.txt")
    boom = text.index("BOOM")
    [chunk_start] = [s for _lang, s, e in extraction._language_chunks(doc, 250) if s <= boom < e]
    assert chunk_start > 400  # not in the first section: its view's offset is not 0
    warnings: list[BuildWarning] = []
    list(extract_documents([doc], on_warning=warnings.append))
    [warning] = warnings
    assert f"at character {chunk_start} of document 'd'" in warning.message
