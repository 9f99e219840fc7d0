"""A linear-time look at SPARQL text: its keywords, query form and dataset clause.

The endpoint must decide a few things about a query *before* it runs -- its
form (for content negotiation), whether it names a ``SERVICE`` (refused) and
whether it has a ``FROM``/``FROM NAMED`` dataset clause (then the union
default graph must not override it) -- without parsing it in the server
process: rdflib's pyparsing grammar needs ~1.7 ms per list element and is not
thread-safe, so one large query used to hold every other request behind a
lock. SPARQL keywords are reserved words, so a token scan that skips strings,
IRIs, comments, variables and prefixed names finds them exactly; the full
parse happens in the query worker (Oxigraph, under the query's time limit).

Standard library only: the query workers import it.

>>> query_form('PREFIX s: <https://schema.org/> select ?x WHERE { ?x s:name "SERVICE" }')
'select'
>>> has_dataset_clause("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }"), has_dataset_clause("SELECT ?from WHERE { ?from ?p ?o }")
(True, False)
>>> sorted(keywords("ASK { SERVICE <http://x/> { ?s ?p 'FROM' } }"))
['ASK', 'SERVICE']
"""
from __future__ import annotations

import re
from typing import Iterator

__all__ = ["keywords", "query_form", "has_dataset_clause", "dataset_kwargs", "QUERY_FORMS"]

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

_TOKEN = re.compile(
    r'''(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
    r'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*\''''
    r'''|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n\r]*|[?$]\w+|@[A-Za-z][A-Za-z0-9-]*'''
    r'''|(?:[A-Za-z_][\w.-]*)?:(?:[\w.%:-]|\\.)*|\d[\d.]*(?:[eE][+-]?\d+)?)'''
    r'''|(?P<word>[A-Za-z]\w*)''',
    re.DOTALL,
)


def _words(text: str) -> Iterator[str]:
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "word":
            yield m.group("word").upper()


def keywords(text: str) -> set[str]:
    """The bare words of ``text`` (upper-cased) outside strings, IRIs, comments, variables and prefixed names."""
    return set(_words(text))


def query_form(text: str) -> str | None:
    """``select``, ``ask``, ``construct`` or ``describe`` (the first form keyword), or None."""
    for word in _words(text):
        if word in QUERY_FORMS:
            return word.lower()
    return None


def has_dataset_clause(text: str) -> bool:
    """Whether a query has ``FROM`` or ``FROM NAMED`` (a keyword that occurs nowhere else in a query)."""
    return "FROM" in keywords(text)


def dataset_kwargs(sparql: str = "", default_graph: list[str] | None = None,
                   named_graphs: list[str] | None = None) -> dict:
    """pyoxigraph ``query`` arguments for the dataset of a query, as SPARQL 1.1 says.

    * Protocol graphs (``default-graph-uri`` / ``named-graph-uri``) take precedence
      over the query's own dataset; a side not given is empty.
    * Else a query with ``FROM`` / ``FROM NAMED`` runs on that dataset (a default
      graph the merge of its ``FROM`` graphs, empty with only ``FROM NAMED``).
    * Else the default graph is the union of all graphs (this store keeps every
      triple in a named graph), and every named graph is available to ``GRAPH``.

    >>> dataset_kwargs("SELECT * WHERE { ?s ?p ?o }")
    {'use_default_graph_as_union': True}
    >>> dataset_kwargs("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }")
    {}
    >>> sorted(dataset_kwargs("SELECT * WHERE { ?s ?p ?o }", named_graphs=["urn:g"]).items())
    [('default_graph', []), ('named_graphs', [<NamedNode value=urn:g>])]
    """
    import pyoxigraph as ox

    if default_graph or named_graphs:
        return {"default_graph": [ox.NamedNode(g) for g in default_graph or ()],
                "named_graphs": [ox.NamedNode(g) for g in named_graphs or ()]}
    if has_dataset_clause(sparql):
        return {}
    return {"use_default_graph_as_union": True}
