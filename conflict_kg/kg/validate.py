"""SHACL validation of a store against ``conflict_kg/ontology/shapes.ttl`` (pySHACL).

Each document graph is validated on its own (its records, entities and
document node all live in it), so a report names the offending document and
memory stays bounded by the largest document, not the store.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.namespace import SH

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.ontology import shapes_path

__all__ = ["ValidationReport", "shapes_graph", "validate_graph", "validate_store"]


@dataclass
class ValidationReport:
    conforms: bool
    documents: int = 0
    failures: dict[str, str] = field(default_factory=dict)  # document id -> pySHACL report text

    @property
    def text(self) -> str:
        if self.conforms:
            return f"conforms: {self.documents} documents checked against {shapes_path().name}"
        lines = [f"does not conform: {len(self.failures)} of {self.documents} documents have violations"]
        for doc_id, report in sorted(self.failures.items()):
            lines.append(f"--- {doc_id}")
            lines.append(report.strip())
        return "\n".join(lines)


@functools.lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The shapes, with every shape that targets ``ckg:Event`` also targeting each event type of the
    schema (validation runs without a reasoner, so subclasses are not targets by themselves)."""
    g = Graph().parse(shapes_path(), format="turtle")
    for shape in list(g.subjects(SH.targetClass, CKG.Event)):
        for typ in EVENT_SCHEMA:
            g.add((shape, SH.targetClass, CKG[typ]))
    return g


def validate_graph(g: Graph) -> tuple[bool, str]:
    """Validate one graph; returns (conforms, report text)."""
    from pyshacl import validate

    conforms, _report_graph, text = validate(g, shacl_graph=shapes_graph(), inference="none", advanced=True)
    return bool(conforms), str(text)


def validate_store(store) -> ValidationReport:
    """Validate every document graph of a :class:`conflict_kg.kg.store.KGStore`."""
    ids = sorted(store.document_hashes())
    report = ValidationReport(conforms=True, documents=len(ids))
    for doc_id in ids:
        ok, text = validate_graph(store.document_graph(doc_id))
        if not ok:
            report.conforms = False
            report.failures[doc_id] = text
    return report
