"""What every store back-end shares: the format version, the errors, the summary, the counts
and the rewrite that binds query parameters.

The embedded store (:class:`conflict_kg.kg.store.KGStore`) and the SPARQL server store
(:class:`conflict_kg.kg.remote_store.RemoteStore`) run the same SPARQL through their own
``query`` / ``update``; what they say the same way lives here.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Mapping, TypeVar

from rdflib import Literal, URIRef

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import INCIDENTS_GRAPH, META_GRAPH
from conflict_kg.kg.updates import DROP_SUMMARY, HAS_DOCUMENTS, HAS_SUMMARY, SUMMARY_UPDATE
from conflict_kg.kg.vocab import SUBCLASSES

_S = TypeVar("_S", bound="StoreBase")

__all__ = [
    "STORE_FORMAT_VERSION",
    "DOC_HASHES",
    "StoreError",
    "StoreLocked",
    "StoreVersionError",
    "StoreBase",
    "with_bindings",
]

#: Bumped when the graph layout changes incompatibly; checked on open.
#: (graph/summary, added later, is additive: a build adds it to an older store when it finds it missing.)
STORE_FORMAT_VERSION = "1"
#: Each document graph's document id and content hash (what a build compares to skip unchanged input).
DOC_HASHES = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?id ?hash WHERE { GRAPH ?g { ?d a ckg:Document ; dcterms:identifier ?id ; ckg:contentHash ?hash } }
"""


class StoreError(RuntimeError):
    """A store cannot be opened or written; the message says why."""


class StoreLocked(StoreError):
    """Another process is writing to the store."""


class StoreVersionError(StoreError):
    """The store was written by an incompatible version of conflict-kg."""


class StoreBase:
    """What the embedded store and the SPARQL server store share over their own ``query`` and
    ``update``: the context-manager protocol, the counts and the store summary (graph/summary,
    the same SPARQL from :mod:`conflict_kg.kg.updates` on both)."""

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def stats(self) -> dict[str, int]:
        """Counts of documents, quads and records by type (and incidents)."""
        counts: dict[str, int] = {"documents": len(self.document_hashes()), "quads": len(self)}
        for kind, classes in SUBCLASSES.items():
            values = " ".join(f"<{c}>" for c in classes)
            res = self.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }}")
            counts[kind] = int(next(iter(res))[0])
            if kind == "events":  # reports; the incidents they tell (graph/incidents) right after
                res = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?x a <{CKG.Incident}> }} }}")
                counts["incidents"] = int(next(iter(res))[0])
        return counts

    def check_format(self, found: list[str], has_data: Callable[[], bool], write: Callable[[str], None],
                     advice: str) -> None:
        """Check the format versions ``found`` in the store's metadata graph on open.

        None found: a writable store gets the current version (through ``write``, a SPARQL
        update); a read-only one must be empty (``has_data``), else it is not ours. Another
        version raises :class:`StoreVersionError` with ``advice``.
        """
        if not found:
            if self.read_only:
                if has_data():
                    raise StoreVersionError(f"store {self.path} has no conflict-kg format version; it was not written by conflict-kg")
                return
            write(f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{CKG.storeVersion}> \"{STORE_FORMAT_VERSION}\" }} }}")
            return
        if found != [STORE_FORMAT_VERSION]:
            raise StoreVersionError(
                f"store {self.path} has format version {', '.join(found)}; this conflict-kg writes version "
                f"{STORE_FORMAT_VERSION}: {advice}"
            )

    def summary_current(self) -> bool:
        """Whether graph/summary exists, or there is nothing to summarize (see :meth:`refresh_summary`)."""
        return bool(self.query(HAS_SUMMARY)) or not bool(self.query(HAS_DOCUMENTS))

    def invalidate_summary(self) -> None:
        """Drop graph/summary before documents change, so an interrupted build leaves it absent
        (and the next build recomputes it) rather than stale."""
        self.update(DROP_SUMMARY)

    def refresh_summary(self) -> None:
        """Recompute graph/summary (per-entity counts, first seen, spellings) from all documents."""
        self.update(SUMMARY_UPDATE)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_bindings(sparql: str, bindings: Mapping[str, Any]) -> str:
    """Pre-bind variables by a ``VALUES`` block at the top of the outer WHERE.

    Oxigraph's own substitutions only bind *projected* variables, and a
    trailing ``VALUES`` is joined after grouping, where FILTERs cannot see it;
    so initBindings become an inline ``VALUES`` of RDF terms serialized with
    ``n3()`` (escaped by rdflib, never raw user text).

    >>> from rdflib import Literal
    >>> print(with_bindings("SELECT ?x WHERE { ?x ?p ?_o }", {"_o": Literal('a"b')}))
    SELECT ?x WHERE { VALUES (?_o) { ("a\\"b") }  ?x ?p ?_o }
    """
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not isinstance(term, (URIRef, Literal)):
            raise TypeError(f"binding {name!r} must be an rdflib URIRef or Literal, not {type(term).__name__}")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"bad variable name {name!r}")
    m = _WHERE.search(_strip_comments(sparql))
    if m is None:
        raise ValueError("cannot bind parameters: the query has no WHERE clause")
    names = " ".join(f"?{n}" for n in bindings)
    values = " ".join(t.n3() for t in bindings.values())
    return f"{sparql[: m.end()]} VALUES ({names}) {{ ({values}) }} {sparql[m.end():]}"


def _strip_comments(sparql: str) -> str:
    """Blank out ``#`` comments (keeping offsets) so a WHERE in a comment is not matched."""
    out = []
    for line in sparql.splitlines(keepends=True):
        # Comments in our query files are whole lines; '#' inside IRIs is left alone.
        out.append(" " * (len(line) - 1) + "\n" if line.lstrip().startswith("#") else line)
    return "".join(out)
