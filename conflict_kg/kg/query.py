"""The researcher's SPARQL library: load ``conflict_kg/queries/*.rq``, bind parameters, format results.

A query file starts with a header of ``#+`` lines::

    #+ summary: one line saying what the query answers
    #+ param: NAME TYPE -- description     (TYPE: iri, string, date, integer, decimal)
    #+ columns: a,b,c                       (the result columns, in order)

A parameter ``NAME`` is the SPARQL variable ``?_NAME``; it is bound with
``initBindings`` (never by formatting strings into the query), and queries
test ``BOUND(?_NAME)`` so every parameter is optional.

>>> spec = load_query("statements")
>>> spec.columns[:3]
['statement', 'speaker', 'speaker_label']
>>> [p.name for p in spec.params]
['speaker', 'since', 'until']
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from rdflib import Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.query import Result

from conflict_kg.ontology import queries_dir

__all__ = [
    "Param",
    "QuerySpec",
    "QueryError",
    "FORMATS",
    "list_queries",
    "load_query",
    "parse_query_text",
    "bind_params",
    "run_query",
    "result_rows",
    "format_rows",
]

FORMATS = ("table", "csv", "tsv", "json")
_HEADER = re.compile(r"^#\+\s*(\w+)\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(iri|string|date|integer|decimal)\s*(?:--\s*(.*))?$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(ValueError):
    """A query cannot be found, parsed or bound; the message says why."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str = ""

    @property
    def variable(self) -> Variable:
        return Variable("_" + self.name)


@dataclass
class QuerySpec:
    name: str
    text: str
    summary: str = ""
    params: list[Param] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    path: Path | None = None


def parse_query_text(text: str, name: str = "inline", path: Path | None = None) -> QuerySpec:
    """Read the ``#+`` header of a query."""
    spec = QuerySpec(name=name, text=text, path=path)
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "summary":
            spec.summary = value
        elif key == "param":
            pm = _PARAM.match(value)
            if not pm:
                raise QueryError(f"{name}: bad parameter declaration {value!r} (want 'NAME TYPE -- description')")
            spec.params.append(Param(pm.group(1), pm.group(2), (pm.group(3) or "").strip()))
        elif key == "columns":
            spec.columns = [c.strip() for c in value.split(",") if c.strip()]
    return spec


def list_queries() -> list[QuerySpec]:
    """All shipped queries, sorted by name."""
    return [load_query(p) for p in sorted(queries_dir().glob("*.rq"))]


def load_query(name_or_path: str | Path) -> QuerySpec:
    """A shipped query by name (``statements``) or a ``.rq`` file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return parse_query_text(path.read_text(encoding="utf-8"), path.stem, path)
    candidate = queries_dir() / f"{name_or_path}.rq"
    if candidate.exists():
        return parse_query_text(candidate.read_text(encoding="utf-8"), str(name_or_path), candidate)
    names = ", ".join(p.stem for p in sorted(queries_dir().glob("*.rq")))
    raise QueryError(f"no query named {str(name_or_path)!r} and no such .rq file; shipped queries: {names}")


def _coerce(param: Param, value: Any) -> URIRef | Literal:
    if isinstance(value, (URIRef, Literal)):
        return value
    text = str(value)
    if param.type == "iri":
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]*$", text):
            raise QueryError(f"parameter {param.name}: {text!r} is not an IRI")
        return URIRef(text)
    if param.type == "date":
        if not _DATE.match(text):
            raise QueryError(f"parameter {param.name}: {text!r} is not an ISO date (YYYY-MM-DD)")
        return Literal(text)
    if param.type == "integer":
        try:
            return Literal(int(text), datatype=XSD.integer)
        except ValueError:
            raise QueryError(f"parameter {param.name}: {text!r} is not an integer") from None
    if param.type == "decimal":
        try:
            return Literal(float(text), datatype=XSD.decimal)
        except ValueError:
            raise QueryError(f"parameter {param.name}: {text!r} is not a number") from None
    return Literal(text)


def bind_params(spec: QuerySpec, params: Mapping[str, Any] | None, store: Any = None) -> dict[str, URIRef | Literal]:
    """``initBindings`` for ``params`` (by parameter name), checked against the declaration.

    Forgiving where it is safe (:mod:`conflict_kg.kg.query_params`): a class name or an
    enumerated value in any case (``attack`` -> ``Attack``, ``Denies`` ->
    ``denies``); with a ``store``, an entity as IRI, Q-id or unambiguous label. A value that cannot match anything is a :class:`QueryError`
    naming the close matches -- never a silent empty result.

    >>> bind_params(load_query("events"), {"type": "attack"})["_type"]
    rdflib.term.Literal('Attack')
    """
    from conflict_kg.kg.query_params import canonical_choice, canonical_class, canonical_doc_id, resolve_iri

    declared = {p.name: p for p in spec.params}
    bindings: dict[str, URIRef | Literal] = {}
    for key, value in (params or {}).items():
        if value is None:
            continue
        if key not in declared:
            known = ", ".join(declared) or "none"
            raise QueryError(f"query {spec.name!r} has no parameter {key!r} (parameters: {known})")
        param = declared[key]
        if param.name == "type" and param.type == "string" and not isinstance(value, (URIRef, Literal)):
            value = canonical_class(str(value), param.description)
        elif param.name == "doc_id" and not isinstance(value, (URIRef, Literal)):
            value = canonical_doc_id(str(value), store)
        elif param.type == "string" and not isinstance(value, (URIRef, Literal)):
            value = canonical_choice(str(value), param.name, param.description)
        elif param.type == "iri" and not isinstance(value, (URIRef, Literal)):
            value = resolve_iri(str(value), param, store)
        bindings["_" + key] = _coerce(param, value)
    return bindings


def run_query(store: Any, name_or_text: str | QuerySpec, params: Mapping[str, Any] | None = None, *,
              default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> tuple[QuerySpec, Result]:
    """Run a shipped query, a ``.rq`` file or inline SPARQL against ``store``.

    ``store`` is anything with ``query(text, init_bindings)`` (a
    :class:`conflict_kg.kg.store.KGStore`). ``default_graph`` / ``named_graphs`` set the
    dataset as the protocol's ``default-graph-uri`` / ``named-graph-uri`` do
    (they override the query's ``FROM``); with neither, the query's own
    ``FROM`` applies, else the union of all graphs.
    """
    if isinstance(name_or_text, QuerySpec):
        spec = name_or_text
    elif "{" in str(name_or_text):
        # Query names and paths never contain braces; SPARQL text always does.
        spec = parse_query_text(str(name_or_text))
    else:
        spec = load_query(name_or_text)
    bindings = bind_params(spec, params, store)
    try:
        if default_graph or named_graphs:
            from conflict_kg.kg.store import rdflib_result, with_bindings

            raw = store.raw_query(with_bindings(spec.text, bindings), default_graph=list(default_graph or ()),
                                  named_graphs=list(named_graphs or ()))
            return spec, rdflib_result(raw)
        return spec, store.query(spec.text, bindings)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error in {spec.name}: {exc}") from exc


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value)


def result_rows(result: Result) -> tuple[list[str], list[list[str]]]:
    """Column names and string cells of a SELECT result (IRIs and literals as lexical forms)."""
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type != "SELECT":
        raise QueryError("only SELECT and ASK results can be shown as rows; use the endpoint for CONSTRUCT/DESCRIBE")
    columns = [str(v) for v in result.vars]
    rows = [[_cell(row[i]) for i in range(len(columns))] for row in result]
    return columns, rows


def _table(columns: list[str], rows: Iterable[list[str]], max_width: int = 60) -> str:
    def clip(s: str) -> str:
        s = s.replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    body = [[clip(c) for c in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]
    line = lambda cells: " | ".join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip()
    out = [line(columns), "-+-".join("-" * w for w in widths)]
    out.extend(line(r) for r in body)
    out.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(out) + "\n"


def format_rows(columns: list[str], rows: list[list[str]], fmt: str = "table") -> str:
    """Render rows as a readable table, CSV, TSV or JSON (a list of objects)."""
    if fmt == "table":
        return _table(columns, rows)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buf.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2) + "\n"
    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
