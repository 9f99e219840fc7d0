"""The notebook API: open a store, run shipped or inline queries, get pandas DataFrames.

>>> from conflict_kg import kg
>>> g = kg.open_store(path)                                    # doctest: +SKIP
>>> kg.query("statements", speaker="https://w3id.org/conflict-kg/id/Q7747")  # doctest: +SKIP
>>> g.query("SELECT ?s WHERE { ?s a ckg:Person }")             # doctest: +SKIP

``open_store`` returns a :class:`KG` and makes it the *current* store, which
the module-level :func:`query` uses. Parameters are bound as initBindings
(never formatted into the query text). Numbers come back as Python numbers,
every other RDF term as its string form, unbound cells as ``None``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["KG", "open_store", "query", "current", "to_frame", "samples_dir"]

_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#" + t
    for t in ("integer", "int", "long", "short", "decimal", "double", "float", "nonNegativeInteger", "positiveInteger")
}
_PREFIXES = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX ent: <https://w3id.org/conflict-kg/id/>
PREFIX schema: <https://schema.org/>
"""

_current: "KG | None" = None


def _value(term: Any) -> Any:
    if term is None:
        return None
    datatype = getattr(term, "datatype", None)
    if datatype is not None and str(datatype) in _NUMERIC:
        try:
            py = term.toPython()
            return py if isinstance(py, (int, float)) else float(py)
        except (TypeError, ValueError):
            return str(term)
    return str(term)


def to_frame(result: Any) -> Any:
    """A pandas DataFrame of a SELECT or ASK result (columns in result order)."""
    import pandas as pd

    if result.type == "ASK":
        return pd.DataFrame({"ask": [bool(result.askAnswer)]})
    if result.type != "SELECT":
        raise ValueError("only SELECT and ASK results become DataFrames; for CONSTRUCT use the store's query() directly")
    columns = [str(v) for v in result.vars]
    rows = [[_value(row[i]) for i in range(len(columns))] for row in result]
    return pd.DataFrame(rows, columns=columns)


class KG:
    """An open store with a DataFrame-returning :meth:`query`."""

    def __init__(self, store: Any):
        self.store = store

    def query(self, name_or_text: str, **params: Any) -> Any:
        """Run a shipped query by name, a ``.rq`` file or inline SPARQL; a DataFrame.

        Inline SPARQL may use the prefixes ckg, skos, dcterms, xsd, ent and
        schema without declaring them.
        """
        from conflict_kg.kg.query import run_query

        text = str(name_or_text)
        if "{" in text and "PREFIX" not in text.upper():
            text = _PREFIXES + text
        _spec, result = run_query(self.store, text, params)
        return to_frame(result)

    def queries(self) -> Any:
        """The shipped queries: name, summary, parameters and columns."""
        import pandas as pd

        from conflict_kg.kg.query import list_queries

        return pd.DataFrame(
            [
                {
                    "name": s.name,
                    "summary": s.summary,
                    "params": ", ".join(f"{p.name}:{p.type}" for p in s.params),
                    "columns": ", ".join(s.columns),
                }
                for s in list_queries()
            ]
        )

    def close(self) -> None:
        global _current
        self.store.close()
        if _current is self:
            _current = None

    def __enter__(self) -> "KG":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KG({str(getattr(self.store, 'path', ''))!r})"


def open_store(path: str | os.PathLike[str], *, read_only: bool = True) -> KG:
    """Open a store (a directory or ``sparql+http://…``) and make it the current one."""
    global _current
    from conflict_kg.kg.store import open_store as _open

    _current = KG(_open(path, read_only=read_only))
    return _current


def current() -> KG:
    """The store opened last by :func:`open_store`."""
    if _current is None:
        raise RuntimeError("no store is open: call kg.open_store(path) first")
    return _current


def query(name_or_text: str, **params: Any) -> Any:
    """Run a query on the current store; a pandas DataFrame."""
    return current().query(name_or_text, **params)


def samples_dir() -> Path:
    """The bundled sample documents: ``$CONFLICT_KG_SAMPLES`` when set, else the ``samples/`` folder of
    the source tree this package was imported from (a checkout, or an editable install of one).

    Works from any working directory; raises ``FileNotFoundError`` with what to do when neither exists
    (a wheel install does not carry the samples: point the notebook at your own documents).
    """
    env = os.environ.get("CONFLICT_KG_SAMPLES")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "samples"
    if not path.is_dir():
        raise FileNotFoundError(f"no sample documents at {path}: set INPUTS in the notebook's first cell to your "
                                "own files or folders, or CONFLICT_KG_SAMPLES to a folder of samples")
    return path
