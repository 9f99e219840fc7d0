"""Operations on projected networks: weight filter, collapse, centrality, top-k, ego, communities.

Plain functions over any networkx graph (the projections of :mod:`conflict_kg.kg.network`
or a hand-made one); re-exported by :mod:`conflict_kg.kg.network`.
"""
from __future__ import annotations

from typing import Any

import networkx as nx

__all__ = ["filter_min_weight", "collapse", "weighted_degree", "top_k_nodes", "ego_graph", "find_node", "communities"]


# --------------------------------------------------------------- filters ---
def filter_min_weight(G: nx.MultiDiGraph, min_weight: int) -> nx.MultiDiGraph:
    """Drop edges lighter than ``min_weight``, then nodes left without edges.

    >>> G = nx.MultiDiGraph([("a", "b", "met", {"weight": 3}), ("b", "c", "met", {"weight": 1})])
    >>> sorted(filter_min_weight(G, 2).nodes)
    ['a', 'b']
    """
    H = G.copy()
    H.remove_edges_from([(u, v, k) for u, v, k, w in G.edges(keys=True, data="weight", default=1) if w < min_weight])
    H.remove_nodes_from([n for n in G if H.degree(n) == 0])
    return H


def collapse(G: nx.Graph) -> nx.Graph:
    """An undirected simple graph with each pair's edge weights summed.

    >>> G = nx.MultiDiGraph([("a", "b", "met", {"weight": 2}), ("b", "a", "attacked", {"weight": 1})])
    >>> collapse(G).edges["a", "b"]["weight"]
    3
    """
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, w in G.edges(data="weight", default=1):
        if u == v:
            continue
        if H.has_edge(u, v):
            H.edges[u, v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def weighted_degree(G: nx.Graph) -> dict[Any, float]:
    """Sum of edge weights at each node (in and out), the centrality used for sizing.

    >>> weighted_degree(nx.MultiDiGraph([("a", "b", "met", {"weight": 2}), ("c", "a", "met", {"weight": 1})]))
    {'a': 3, 'b': 2, 'c': 1}
    """
    return dict(G.degree(weight="weight"))


def top_k_nodes(G: nx.Graph, k: int, *, by: str = "degree") -> list[Any]:
    """The ``k`` most central nodes (``degree``: weighted degree; ``betweenness``), ties by id.

    >>> top_k_nodes(nx.Graph([("a", "b"), ("a", "c"), ("d", "e")]), 2)
    ['a', 'b']
    """
    if by == "degree":
        score = weighted_degree(G)
    elif by == "betweenness":
        H = collapse(G)
        sample = min(len(H), 200) if len(H) > 500 else None  # exact up to 500 nodes, sampled (seeded) beyond
        score = nx.betweenness_centrality(H, k=sample, seed=0)
    else:
        raise ValueError(f"rank_by must be 'degree' or 'betweenness', not {by!r}")
    return sorted(G, key=lambda n: (-score.get(n, 0), str(n)))[: max(0, k)]


def find_node(G: nx.Graph, name: str) -> Any:
    """A node by id (IRI), IRI local part, or English/Japanese label (case-insensitive).

    >>> find_node(nx.Graph([("https://x/Q7747", "b")]), "Q7747")
    'https://x/Q7747'
    """
    if name in G:
        return name
    want = name.casefold()
    for n, data in sorted(G.nodes(data=True), key=lambda nd: str(nd[0])):
        names = {str(n).rsplit("/", 1)[-1], data.get("label_en", ""), data.get("label_ja", "")}
        if want in {x.casefold() for x in names if x}:
            return n
    raise ValueError(f"no node named {name!r} in the network")


def ego_graph(G: nx.Graph, node: Any, *, radius: int = 1) -> nx.Graph:
    """``node`` and everything within ``radius`` hops of it (edge direction ignored).

    >>> sorted(ego_graph(nx.MultiDiGraph([("a", "b"), ("c", "a"), ("d", "e")]), "a").nodes)
    ['a', 'b', 'c']
    """
    near = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), node, cutoff=radius)
    return G.subgraph(near).copy()


def communities(G: nx.Graph, *, seed: int = 42, top: int = 5) -> list[dict[str, Any]]:
    """Louvain communities (weighted, fixed seed), largest first.

    Each is ``{"community": i, "size": n, "top_labels": [...], "nodes": [...]}``
    with the ``top`` most connected members' English labels.

    >>> G = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> [c["nodes"] for c in communities(G)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    H = collapse(G)
    if H.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(H, weight="weight", seed=seed)
    deg = weighted_degree(H)
    ordered = sorted((sorted(p, key=str) for p in parts), key=lambda p: (-len(p), str(p[0])))
    out = []
    for i, members in enumerate(ordered):
        ranked = sorted(members, key=lambda n: (-deg.get(n, 0), str(n)))
        out.append({"community": i, "size": len(members),
                    "top_labels": [str(H.nodes[n].get("label_en") or n) for n in ranked[:top]],
                    "nodes": members})
    return out
