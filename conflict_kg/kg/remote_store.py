"""A standalone SPARQL 1.1 server used as the store (``sparql+http://...``), over HTTP.

The same interface as the embedded :class:`conflict_kg.kg.store.KGStore`; open either with
:func:`conflict_kg.kg.store.open_store`.
"""
from __future__ import annotations

from typing import Any, Mapping

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.query import Result

from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import ENTITIES_GRAPH, ENTITY, META_GRAPH, bind_prefixes, graph_iri
from conflict_kg.kg.sparql_lex import has_dataset_clause
from conflict_kg.kg.store_base import DOC_HASHES, StoreBase, StoreError, with_bindings
from conflict_kg.kg.updates import document_update

__all__ = ["RemoteStore"]

_RESULTS_JSON = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"


class RemoteStore(StoreBase):
    """A standalone SPARQL 1.1 server used as the store, over HTTP.

    ``url`` is ``sparql+http://HOST:PORT[/PATH][?PARAMS]``. With no path it is
    an Oxigraph server (``oxigraph serve``): queries go to ``/query`` with
    ``union-default-graph`` and updates to ``/update``. With a path (e.g.
    Fuseki's ``/ds``) queries and updates both go to that URL, and the server
    must be configured to use the union of named graphs as default graph;
    ``PARAMS`` are sent with every query. Writes are SPARQL 1.1 Update
    requests (one per document: ``DROP SILENT GRAPH`` + ``INSERT DATA``, which a
    server applies as one request); reads are SPARQL 1.1 Protocol queries.
    """

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 60.0):
        if not url.startswith(("sparql+http://", "sparql+https://")):
            raise StoreError(f"not a SPARQL server URL: {url!r} (want sparql+http://HOST:PORT)")
        from urllib.parse import parse_qsl, urlsplit

        parts = urlsplit(url[len("sparql+"):])
        if not parts.netloc:
            raise StoreError(f"no host in {url!r} (want sparql+http://HOST:PORT)")
        self.path = url
        self.read_only = read_only
        self.timeout = timeout
        base = f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
        params = parse_qsl(parts.query, keep_blank_values=True)
        if parts.path in ("", "/"):
            self.query_url, self.update_url = base + "/query", base + "/update"
            params.insert(0, ("union-default-graph", ""))
        else:
            self.query_url = self.update_url = base
        self._params = params
        self._closed = False
        self._check_version()

    # -- lifecycle -----------------------------------------------------
    def close(self) -> None:
        self._closed = True

    # -- HTTP ----------------------------------------------------------
    def _post(self, url: str, body: str, content_type: str, accept: str | None, extra: list[tuple[str, str]] = ()) -> tuple[str, bytes]:
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        if self._closed:
            raise StoreError(f"store {self.path} is closed")
        query = urlencode(list(extra))
        headers = {"Content-Type": content_type + "; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url + ("?" + query if query else ""), data=body.encode("utf-8"), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get_content_type(), resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise SyntaxError(detail or "the SPARQL server rejected the request") from None
            raise StoreError(f"SPARQL server {url} answered {exc.code}: {detail[:300]}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach SPARQL server at {url}: {reason}") from None

    def _dataset_params(self, sparql: str) -> list[tuple[str, str]]:
        """The server's query parameters; without ``union-default-graph`` when the query has ``FROM``."""
        if has_dataset_clause(sparql):
            return [kv for kv in self._params if kv[0] != "union-default-graph"]
        return list(self._params)

    def update(self, sparql: str) -> None:
        """Send one SPARQL 1.1 Update request."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        self._post(self.update_url, sparql, "application/sparql-update", None)

    def raw_query(self, sparql: str, *, default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> Any:
        """Run a query on the server; pyoxigraph results (solutions, boolean or an iterator of triples)."""
        extra = self._dataset_params(sparql)
        if default_graph or named_graphs:  # the protocol's dataset: no union default graph
            extra = [kv for kv in extra if kv[0] != "union-default-graph"] + [("default-graph-uri", g) for g in default_graph]
        extra += [("named-graph-uri", g) for g in named_graphs or ()]
        ctype, body = self._post(self.query_url, sparql, "application/sparql-query", f"{_RESULTS_JSON}, {_N_TRIPLES};q=0.9", extra)
        if ctype in (_RESULTS_JSON, "application/json"):
            return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        if ctype in (_N_TRIPLES, "text/plain"):
            return (q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES))
        raise StoreError(f"SPARQL server {self.query_url} answered with unexpected content type {ctype!r}")

    # -- reading -------------------------------------------------------
    def query(self, sparql: str, init_bindings: Mapping[str, Any] | None = None) -> Result:
        """Run a SPARQL query over the union of all document graphs (an rdflib result)."""
        import io

        text = with_bindings(sparql, init_bindings or {})
        ctype, body = self._post(self.query_url, text, "application/sparql-query", f"{_RESULTS_JSON}, {_N_TRIPLES};q=0.9",
                                 self._dataset_params(text))
        if ctype in (_RESULTS_JSON, "application/json"):
            return Result.parse(io.BytesIO(body), format="json")
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
        return result

    def _check_version(self) -> None:
        found = [str(r[0]) for r in self.query(
            f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{META_GRAPH}> <{CKG.storeVersion}> ?v }} }}")]
        self.check_format(found, lambda: self.query("ASK { GRAPH ?g { ?s ?p ?o } }").askAnswer, self.update,
                          "use another server or dataset")


    # -- documents -----------------------------------------------------
    def document_hashes(self) -> dict[str, str]:
        """``{document id: content hash}`` for every document in the store."""
        return {str(row.id): str(row.hash) for row in self.query(DOC_HASHES)}

    def put_document(self, doc_id: str, graph: Graph) -> None:
        """Replace the named graph of ``doc_id`` by ``graph`` in one update request."""
        self.update(document_update(doc_id, graph))

    def put_document_update(self, update: str) -> None:
        """Apply a :func:`document_update` made elsewhere (a build worker) in one request."""
        self.update(update)

    def remove_document(self, doc_id: str) -> None:
        """Drop the named graph of ``doc_id`` (no error if absent)."""
        self.update(f"DROP SILENT GRAPH <{graph_iri(doc_id)}>")

    def document_graph(self, doc_id: str, *, with_entities: bool = True) -> Graph:
        """A copy of one document's named graph, with the descriptions of the entities it names."""
        name = graph_iri(doc_id)
        g = bind_prefixes(Graph(identifier=name))
        for t in self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").graph:
            g.add(t)
        if with_entities:
            # The same closure as the embedded store: the entities named, then what their descriptions name
            # (geometry nodes, containers up to the country), one VALUES round trip per level.
            seen: set = set()
            todo = {t for t in set(g.subjects()) | set(g.objects()) if str(t).startswith(str(ENTITY))}
            while todo:
                seen |= todo
                values = " ".join(f"<{t}>" for t in sorted(todo))
                q = f"CONSTRUCT {{ ?e ?p ?o }} WHERE {{ VALUES ?e {{ {values} }} GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}"
                todo = set()
                for t in self.query(q).graph:
                    g.add(t)
                    if isinstance(t[2], URIRef) and str(t[2]).startswith(str(ENTITY)) and t[2] not in seen:
                        todo.add(t[2])
        return g

    def __len__(self) -> int:
        res = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")
        return int(next(iter(res))[0])
