"""Export a store for other tools: RDF serializations and network files.

* ``turtle`` -- the union of all document graphs (named graphs merged);
* ``trig``, ``nquads``, ``jsonld`` -- the dataset with one named graph per
  document kept (the store's internal metadata graph is left out);
* ``graphml``, ``gexf`` -- the actor network (:func:`conflict_kg.kg.network.actor_network`,
  or the location network) for Gephi, Cytoscape, yEd. GraphML and GEXF
  attributes must be scalars, so lists of strings are joined with ``"; "`` and
  lists of objects or mappings (evidence, event-type counts) become JSON text:
  :func:`flatten_attributes`.

Output is deterministic: N-Quads lines are sorted; rdflib sorts Turtle/TriG
subjects; networks are built in sorted order.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
from oxrdflib._converter import from_ox
from rdflib import Dataset, Graph, URIRef

from conflict_kg.kg.network import actor_network, location_network
from conflict_kg.kg.rdf import bind_prefixes

__all__ = ["FORMATS", "RDF_FORMATS", "NETWORK_FORMATS", "flatten_attributes", "store_dataset", "export_network", "export_store"]

RDF_FORMATS = ("turtle", "nquads", "trig", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf")
FORMATS = RDF_FORMATS + NETWORK_FORMATS
_LIST_SEP = "; "


def _flat(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        if all(isinstance(v, str) for v in items):
            return _LIST_SEP.join(items)
        return json.dumps(items, ensure_ascii=False, sort_keys=True)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def flatten_attributes(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose node/edge attributes are all str, int, float or bool.

    ``None`` values are dropped (GraphML has no null); nodes get a ``label``
    (the English label) for Gephi.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label_en="A", roles=["President"], event_types={"Attack": 2}, side=None)
    >>> G.add_edge("a", "b", key="met", documents=["d1", "d2"], evidence=[{"text": "A met B.", "doc": "d1"}])
    'met'
    >>> H = flatten_attributes(G)
    >>> H.nodes["a"]["roles"], H.nodes["a"]["event_types"], "side" in H.nodes["a"], H.nodes["a"]["label"]
    ('President', '{"Attack": 2}', False, 'A')
    >>> H.edges["a", "b", "met"]["documents"], H.edges["a", "b", "met"]["evidence"]
    ('d1; d2', '[{"doc": "d1", "text": "A met B."}]')
    """
    H = G.__class__()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if v is not None})
    for n, data in G.nodes(data=True):
        attrs = {k: _flat(v) for k, v in data.items() if v is not None}
        attrs.setdefault("label", str(data.get("label_en") or n))
        H.add_node(n, **attrs)
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, k, data in edges:
        attrs = {key: _flat(val) for key, val in data.items() if val is not None}
        if G.is_multigraph():
            H.add_edge(u, v, key=k, **attrs)
        else:
            H.add_edge(u, v, **attrs)
    return H


def store_dataset(store: Any) -> Dataset:
    """The store's document graphs as an in-memory rdflib :class:`Dataset` (metadata graph excluded)."""
    ds = bind_prefixes(Dataset())
    graphs: dict[str, Graph] = {}
    for q in store.quads():
        name = str(from_ox(q.graph_name))
        g = graphs.get(name)
        if g is None:
            g = graphs[name] = ds.graph(URIRef(name))
        g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return ds


def _union(ds: Dataset) -> Graph:
    g = bind_prefixes(Graph())
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def export_network(G: nx.Graph, fmt: str, out: str | Path) -> None:
    """Write a network as GraphML or GEXF with flattened attributes."""
    H = flatten_attributes(G)
    if fmt == "graphml":
        nx.write_graphml(H, str(out), encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(H, str(out), encoding="utf-8", prettyprint=True)
    else:
        raise ValueError(f"network format must be one of {', '.join(NETWORK_FORMATS)}, not {fmt!r}")


def export_store(store: Any, fmt: str, out: str | Path, *, network: str = "actors", **filters: Any) -> None:
    """Write ``store`` to ``out`` in ``fmt`` (see :data:`FORMATS`).

    For ``graphml``/``gexf``, ``network`` is ``actors`` or ``locations`` and
    ``filters`` go to the network builder (``since``, ``until``, ...).
    """
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in NETWORK_FORMATS:
        build = {"actors": actor_network, "locations": location_network}.get(network)
        if build is None:
            raise ValueError(f"network must be 'actors' or 'locations', not {network!r}")
        export_network(build(store, **filters), fmt, path)
        return
    if fmt not in RDF_FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    ds = store_dataset(store)
    if fmt == "turtle":
        _union(ds).serialize(destination=str(path), format="turtle", encoding="utf-8")
    elif fmt == "nquads":
        text = ds.serialize(format="nquads")
        lines = sorted(line for line in text.splitlines() if line.strip())
        path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    elif fmt == "trig":
        ds.serialize(destination=str(path), format="trig", encoding="utf-8")
    else:
        ds.serialize(destination=str(path), format="json-ld", encoding="utf-8", auto_compact=True)
