"""The ontology loads in rdflib and owlready2, is documented, and conflict_kg/kg/namespace.py is generated from it."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from conflict_kg.kg import gen_namespace
from conflict_kg.kg.model import ENTITY_TYPES, EVENT_TYPES
from conflict_kg.kg.namespace import CKG
from conflict_kg.ontology import NAMESPACE, ontology_path, queries_dir, shapes_path


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def test_assets_are_package_data():
    assert ontology_path().is_file() and shapes_path().is_file()
    assert len(list(queries_dir().glob("*.rq"))) >= 6


def test_namespace_module_is_up_to_date():
    from pathlib import Path

    committed = Path(gen_namespace.__file__).with_name("namespace.py").read_text(encoding="utf-8")
    assert committed == gen_namespace.render(), "run `make namespace` (python -m conflict_kg.kg.gen_namespace) and commit conflict_kg/kg/namespace.py"


def test_closed_namespace_rejects_typos():
    with pytest.raises(AttributeError):
        CKG.Statment  # noqa: B018


@pytest.mark.parametrize("local", sorted(ENTITY_TYPES | EVENT_TYPES | {"Statement", "Claim", "Role", "Mention", "Document"}))
def test_every_model_type_is_an_ontology_class(onto, local):
    assert (URIRef(NAMESPACE + local), RDF.type, OWL.Class) in onto


def test_every_class_and_property_has_an_english_label(onto):
    terms = [s for s in onto.subjects(RDF.type, None) if str(s).startswith(NAMESPACE)]
    assert len(terms) > 80
    missing = [t for t in terms if not any(l.language == "en" for l in onto.objects(t, RDFS.label))]
    assert missing == []


def test_every_class_has_a_japanese_label(onto):
    classes = [s for s in onto.subjects(RDF.type, OWL.Class) if str(s).startswith(NAMESPACE)]
    assert len(classes) >= 30
    missing = [c for c in classes if not any(l.language == "ja" for l in onto.objects(c, RDFS.label))
               and c not in (CKG.EventStatus, CKG.Stance, CKG.Record)]
    assert missing == []


def test_owlready2_loads_the_ontology_and_sees_the_hierarchy(tmp_path):
    import owlready2

    # owlready2 reads RDF/XML or N-Triples: hand it N-Triples converted by rdflib.
    nt = tmp_path / "conflict.nt"
    Graph().parse(ontology_path(), format="turtle").serialize(nt, format="nt")
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load()
    attack = world[NAMESPACE + "Attack"]
    event = world[NAMESPACE + "Event"]
    assert attack is not None and event in attack.ancestors()
    assert len(list(onto.classes())) >= 30


def test_ontology_is_consistent_under_hermit(tmp_path):
    """OWL consistency check with the HermiT reasoner (shipped in owlready2, runs on Java)."""
    import shutil

    import owlready2

    if shutil.which("java") is None:
        pytest.skip("HermiT needs a Java runtime (java not on PATH)")
    nt = tmp_path / "conflict.nt"
    Graph().parse(ontology_path(), format="turtle").serialize(nt, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load()
    with onto:
        # One individual per leaf class, so unsatisfiable classes would surface as inconsistency.
        person = world[NAMESPACE + "Person"]("p1")
        city = world[NAMESPACE + "City"]("c1")
        capture = world[NAMESPACE + "Capture"]("e1")
        claim = world[NAMESPACE + "Claim"]("k1")
        capture.location = [city]
        claim.claimant = [person]
        claim.about = [capture]
        owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []
    # The reasoner infers what the hierarchy says: a Capture is an Event, a City a Location.
    assert world[NAMESPACE + "Event"] in capture.is_a[0].ancestors()


def test_shacl_rejects_a_broken_graph_with_a_useful_report():
    from rdflib import Literal as L

    from conflict_kg.kg.namespace import CKG
    from conflict_kg.kg.rdf import document_graph
    from conflict_kg.kg.validate import validate_graph
    from tests.fixture_records import RESOLUTIONS, fixture_records

    g = document_graph(fixture_records()[0], RESOLUTIONS)
    statement = next(g.subjects(RDF.type, CKG.Statement))
    g.remove((statement, CKG.quote, None))            # a statement without its quote
    claim = next(g.subjects(RDF.type, CKG.Claim))
    g.set((claim, CKG.stance, CKG.Meeting))            # a stance that is not a stance
    g.set((claim, CKG.startOffset, L(99)))             # start after end
    ok, report = validate_graph(g)
    assert not ok
    assert "ckg:quote" in report or "#quote" in report
    assert "startOffset must not exceed endOffset" in report
    assert "ckg:stance" in report or "#stance" in report
    assert str(statement) in report and str(claim) in report


def test_ontology_reference_is_up_to_date():
    from pathlib import Path

    from conflict_kg.kg import gen_docs

    committed = Path(__file__).resolve().parents[1] / "docs" / "ontology.md"
    assert committed.read_text(encoding="utf-8") == gen_docs.render(), "run `make namespace` and commit docs/ontology.md"
