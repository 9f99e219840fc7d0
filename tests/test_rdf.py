"""Records become RDF with provenance; the graph conforms to the SHACL shapes."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, SKOS, XSD

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import date_literal, doc_iri, document_graph, entity_iri
from conflict_kg.kg.validate import validate_graph
from tests.fixture_records import RESOLUTIONS, fixture_records


@pytest.fixture(scope="module")
def graphs():
    return [(rec, document_graph(rec, RESOLUTIONS)) for rec in fixture_records()]


@pytest.mark.parametrize(
    ("text", "datatype"),
    [("2025-11-20", XSD.date), ("2025-11", XSD.gYearMonth), ("2025", XSD.gYear), ("spring 2023", None)],
)
def test_date_literals(text, datatype):
    assert date_literal(text) == Literal(text, datatype=datatype)


def test_fixture_graphs_conform_to_shapes(graphs):
    assert len(graphs) == 2
    for _rec, g in graphs:
        ok, report = validate_graph(g)
        assert ok, report


def test_every_record_has_offsets_that_point_at_its_text(graphs):
    for rec, g in graphs:
        text = rec.doc.text
        mentions = list(g.subjects(RDF.type, CKG.Mention))
        assert len(mentions) == len(rec.mentions)
        for m in mentions:
            start = int(g.value(m, CKG.startOffset))
            end = int(g.value(m, CKG.endOffset))
            assert text[start:end] == str(g.value(m, CKG.surface))
            assert g.value(m, CKG.sourceDocument) == doc_iri(rec.doc.id)
            assert str(g.value(m, CKG.evidence)) in text


def test_same_place_two_spellings_one_iri(graphs):
    (ja, g), _ = graphs
    pok = entity_iri("Q163213")
    surfaces = {str(o) for o in g.objects(pok, SKOS.altLabel)}
    assert {"ポクロウシク", "ポクロフスク"} <= surfaces
    assert (pok, RDF.type, CKG.City) in g


def test_claims_keep_claimed_events_apart_from_reported_ones(graphs):
    (ja, g), (en, g_en) = graphs
    capture = doc_iri("fixture/ja") + "#event-1"
    meeting = doc_iri("fixture/ja") + "#event-0"
    from rdflib import URIRef

    assert g.value(URIRef(capture), CKG.status) == CKG.Claimed
    assert g.value(URIRef(meeting), CKG.status) == CKG.Reported
    denial = URIRef(doc_iri("fixture/ja") + "#claim-1")
    assert g.value(denial, CKG.stance) == CKG.Denies
    assert g.value(denial, CKG.disputes) == URIRef(doc_iri("fixture/ja") + "#claim-0")
    assert g.value(denial, CKG.about) == URIRef(capture)


def test_statement_carries_role_at_the_time(graphs):
    _, (en, g) = graphs
    from rdflib import URIRef

    st = URIRef(doc_iri("fixture/en") + "#statement-0")
    role = g.value(st, CKG.speakerRole)
    assert str(g.value(role, CKG.roleLabel)) == "President"
    assert g.value(role, CKG.holder) == entity_iri("Q3874799")
    assert g.value(role, CKG.roleIn) == entity_iri("Q212")


def test_graph_is_deterministic():
    a = sorted(document_graph(fixture_records()[0], RESOLUTIONS))
    b = sorted(document_graph(fixture_records()[0], RESOLUTIONS))
    assert a == b


def test_unnamed_parties_are_literals_not_entities():
    # an event's described parties ("Gunmen", "two civilians") are words on the event; no entity is made
    from conflict_kg.kg.model import Document, DocRecords, Event

    rec = DocRecords(doc=Document("d-unnamed", "Gunmen killed two civilians.", "en", date="2022-09-18"))
    rec.events.append(Event("Attack", "killed", 7, 13, agent_descriptions=["Gunmen"],
                            target_descriptions=["two civilians"]))
    g = document_graph(rec, {})
    ev = next(g.subjects(RDF.type, CKG.Attack))
    assert [str(o) for o in g.objects(ev, CKG.agentDescription)] == ["Gunmen"]
    assert [str(o) for o in g.objects(ev, CKG.targetDescription)] == ["two civilians"]
    assert not list(g.objects(ev, CKG.agent)) and not list(g.objects(ev, CKG.target))
    ok, report = validate_graph(g)
    assert ok, report
