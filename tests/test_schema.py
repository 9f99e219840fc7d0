"""The one event schema (conflict_kg/kg/schema.py and its two tables) agrees with everything that repeats it:
the ontology's Event subclasses and properties, the SHACL shapes, conflict_kg.kg.model, the trigger tables of
both languages, the argument frames and the networks."""
from __future__ import annotations

from dataclasses import fields

import pytest
from rdflib import RDF, RDFS, OWL
from rdflib.namespace import SH

from conflict_kg.extract import vocab_en, vocab_ja
from conflict_kg.kg import model
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.network import EVENT_RELATIONS
from conflict_kg.kg.schema import EVENT_ROLES, EVENT_SCHEMA, EventType, entity_roles, number_roles, types_where
from conflict_kg.kg.validate import shapes_graph
from conflict_kg.kg.vocab import EVENT_CLASSES, local_names, ontology_graph

JA_TYPES = {typ for _w, typ, _mode in vocab_ja.EVENT_TRIGGERS}
EN_TYPES = {typ for typ, _mode in vocab_en.EVENT_TRIGGERS.values()}


def test_schema_types_are_the_ontology_event_classes():
    assert set(EVENT_SCHEMA) == local_names(EVENT_CLASSES)


def test_model_event_types_are_the_schema():
    assert model.EVENT_TYPES == frozenset(EVENT_SCHEMA)


@pytest.mark.parametrize("lang,types", [("ja", JA_TYPES), ("en", EN_TYPES)])
def test_every_trigger_type_is_in_the_schema_and_every_type_has_triggers(lang, types):
    assert types <= set(EVENT_SCHEMA), f"{lang} triggers name types outside the schema: {types - set(EVENT_SCHEMA)}"
    # "Event" is the untyped super-class; every specific type must be findable in both languages
    assert set(EVENT_SCHEMA) - {"Event"} <= types, f"{lang} has no trigger for {set(EVENT_SCHEMA) - {'Event'} - types}"


def test_english_trigger_conditions_name_triggers():
    assert set(vocab_en.TRIGGER_CONDITIONS) <= set(vocab_en.EVENT_TRIGGERS)


def test_event_shapes_target_every_schema_type():
    g = shapes_graph()
    for shape in (URI for URI in g.subjects(RDF.type, SH.NodeShape) if (URI, SH.targetClass, CKG.Event) in g):
        targets = {str(t) for t in g.objects(shape, SH.targetClass)}
        assert {str(CKG[t]) for t in EVENT_SCHEMA} <= targets, shape


def test_roles_are_ontology_properties_with_model_fields():
    onto = ontology_graph()
    event_fields = {f.name for f in fields(model.Event)}
    for role in EVENT_ROLES.values():
        prop = CKG[role.property]
        kind = OWL.ObjectProperty if role.kind == "entity" else OWL.DatatypeProperty
        assert (prop, RDF.type, kind) in onto, role
        assert role.field in event_fields, role
        if role.kind == "entity":
            assert (prop, RDFS.range, CKG[role.range]) in onto or (CKG[role.range], RDF.type, OWL.Class) in onto
        if role.subproperty_of:
            assert (prop, RDFS.subPropertyOf, CKG[role.subproperty_of]) in onto, role
    for role in number_roles():  # the bounds of a stated range
        for suffix in ("Low", "High"):
            assert (CKG[role.property + suffix], RDF.type, OWL.DatatypeProperty) in onto


def test_event_shape_checks_every_role():
    g = shapes_graph()
    paths = {str(p) for p in g.objects(None, SH.path)}
    for role in EVENT_ROLES.values():
        if role.role in ("agent", "instrument") or role.kind == "number":
            assert str(CKG[role.property]) in paths, role


def test_table_values_are_in_their_domains():
    for row in EVENT_SCHEMA.values():
        assert row.quantity in ("", "count", "money", "share"), row
        assert row.target_kind in ("any", "place", "none"), row
        assert row.participants in ("", "all", "with"), row
        assert row.modifier_role in ("agent", "none"), row
        assert row.network_edge in EVENT_RELATIONS, row
        assert row.family, row


def test_entity_roles_are_resolved_and_written():
    # the pipeline resolves and the builder writes exactly the schema's entity roles
    assert [r.field for r in entity_roles()] == ["agents", "targets", "participants", "locations", "instruments",
                                                      "reported_by"]


def test_claimable_types_are_the_battlefield_facts():
    assert {"Attack", "Capture", "Interception", "CasualtyReport"} <= types_where(claimable=True)
    assert not types_where(claimable=True) & {"Meeting", "Proposal", "Agreement"}


def test_event_type_flags_parse_as_booleans():
    for row in EVENT_SCHEMA.values():
        for f in fields(EventType):
            if f.type == "bool":
                assert isinstance(getattr(row, f.name), bool), (row.type, f.name)
