"""The ontology loads in rdflib and owlready2, is documented, and kg/namespace.py is generated from it."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import gen_namespace
from kg.model import ENTITY_TYPES, EVENT_TYPES
from kg.namespace import CKG
from ontology import NAMESPACE, ontology_path, queries_dir, shapes_path


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def test_assets_are_package_data():
    assert ontology_path().is_file() and shapes_path().is_file()
    assert len(list(queries_dir().glob("*.rq"))) >= 6


def test_namespace_module_is_up_to_date():
    from pathlib import Path

    committed = Path(gen_namespace.__file__).with_name("namespace.py").read_text(encoding="utf-8")
    assert committed == gen_namespace.render(), "run `make namespace` (python -m kg.gen_namespace) and commit kg/namespace.py"


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
