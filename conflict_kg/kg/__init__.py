"""conflict-kg's knowledge-graph library; for notebooks::

    from conflict_kg import kg
    kg.open_store("store/")                 # a directory, or sparql+http://HOST:PORT
    df = kg.query("statements", since="2025-11-01")   # a pandas DataFrame

Nothing heavy is imported here: rdflib, pyoxigraph and pandas load on first use.

``conflict_kg.kg.query`` is both this function and the :mod:`conflict_kg.kg.query` module (Python
sets ``conflict_kg.kg.query`` to the submodule once it is imported): the module is made
callable, so ``kg.query(...)`` runs a query and ``from conflict_kg.kg.query import
run_query`` keeps working.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from typing import Any

__all__ = ["open_store", "query"]


def open_store(path: Any, *, read_only: bool = True) -> Any:
    """Open a store and make it the current one; a :class:`conflict_kg.kg.notebook.KG` (``.query() -> DataFrame``)."""
    from conflict_kg.kg.notebook import open_store as _open

    return _open(path, read_only=read_only)


def query(name_or_text: str, **params: Any) -> Any:
    """Run a shipped query (by name), a ``.rq`` file or inline SPARQL on the current store; a DataFrame."""
    from conflict_kg.kg.notebook import query as _query

    return _query(name_or_text, **params)


class _CallableModule(types.ModuleType):
    """The type of the :mod:`conflict_kg.kg.query` module: calling it runs :func:`conflict_kg.kg.notebook.query`."""

    def __call__(self, name_or_text: str, **params: Any) -> Any:
        # Not the package-level name ``query``: once this module is imported, that *is* this module.
        from conflict_kg.kg.notebook import query as _query

        return _query(name_or_text, **params)


class _CallableModuleLoader(importlib.machinery.SourceFileLoader):
    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _CallableModule(spec.name)


class _QueryModuleFinder(importlib.abc.MetaPathFinder):
    """Load ``conflict_kg.kg.query`` as a :class:`_CallableModule` (only that module; nothing else changes)."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != __name__ + ".query":
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and isinstance(spec.loader, importlib.machinery.SourceFileLoader) and spec.origin:
            spec.loader = _CallableModuleLoader(fullname, spec.origin)
        return spec


if not any(isinstance(f, _QueryModuleFinder) for f in sys.meta_path):
    sys.meta_path.insert(0, _QueryModuleFinder())
