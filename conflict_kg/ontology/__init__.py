"""Ontology assets shipped with the package (Turtle files) and their paths.

This is the one module that resolves where packaged data files live, so
an installed wheel finds them as well as a source checkout.

>>> ontology_path().name
'conflict.ttl'
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["ONTOLOGY_IRI", "NAMESPACE", "ontology_path", "shapes_path", "queries_dir"]

ONTOLOGY_IRI = "https://w3id.org/conflict-kg/ontology"
NAMESPACE = ONTOLOGY_IRI + "#"


def _package_file(package: str, name: str) -> Path:
    return Path(str(resources.files(package).joinpath(name)))


def ontology_path() -> Path:
    """Path of ``conflict.ttl``, the OWL ontology."""
    return _package_file("conflict_kg.ontology", "conflict.ttl")


def shapes_path() -> Path:
    """Path of ``shapes.ttl``, the SHACL shapes for extracted graphs."""
    return _package_file("conflict_kg.ontology", "shapes.ttl")


def queries_dir() -> Path:
    """Directory holding the canned SPARQL queries (``*.rq``)."""
    return Path(str(resources.files("conflict_kg.queries")))
