"""The ``conflict-kg`` command line: each command is a thin call into the library."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

__all__ = ["main"]


def _fail(message: str) -> None:
    raise click.ClickException(message)


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            _fail(f"--param wants name=value, got {pair!r}")
        key, value = pair.split("=", 1)
        params[key.strip()] = value
    return params


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="conflict-kg")
def main() -> None:
    """Build and query knowledge graphs of conflict news (Japanese and English)."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--store", "store", required=True, help="Store directory (created if missing), or sparql+http://HOST:PORT of a SPARQL server.")
@click.option("--date", "date", default=None, help="Document date YYYY-MM-DD for inputs that do not state one.")
@click.option("--lang", type=click.Choice(["auto", "ja", "en"]), default="auto", show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="Only print the summary line.")
@click.option("--gazetteer", "gazetteer_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra gazetteer entries, a .csv or .jsonl file (repeatable; see README 'Entity resolution').")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes that parse and extract (each loads the models once); this process writes the store.")
@click.option("--dask", "dask", default=None, metavar="tcp://HOST:PORT|local:N",
              help="Parse and extract on a Dask cluster (a scheduler address, or local:N worker processes here).")
@click.option("--record-paths", type=click.Choice(["relative", "absolute"]), default="relative", show_default=True,
              help="How provenance names input files: relative to the input directory (or the bare file name), "
                   "or absolute (local paths then reach the store, its exports and endpoint clients).")
def build(inputs: tuple[Path, ...], store: str, date: str | None, lang: str, quiet: bool,
          gazetteer_files: tuple[Path, ...], jobs: int, dask: str | None, record_paths: str) -> None:
    """Build or update a graph from .txt/.md/.html files, directories and .jsonl files.

    Exits 1 when no input could be built (every one skipped, or none found).
    """
    from conflict_kg.pipeline import BuildInterrupted, build as run_build
    from conflict_kg.extract.dates import resolve_date
    from conflict_kg.extract.models import ModelNotInstalled
    from conflict_kg.kg.store import StoreError

    if date is not None and (resolve_date(date, None) != date or len(date) != 10):
        _fail(f"--date wants YYYY-MM-DD, got {date!r}")

    if gazetteer_files:
        from conflict_kg.kg.gazetteer import load_gazetteer

        try:  # read the files before any parsing: a bad row fails fast
            load_gazetteer(extra=gazetteer_files)
        except (OSError, ValueError) as exc:
            _fail(f"--gazetteer: {exc}")
    if dask is not None:
        if jobs != 1:
            _fail("give --jobs or --dask, not both (with --dask the cluster's workers do the parsing)")
        from conflict_kg.distributed import DaskSpecError, parse_dask_spec

        try:
            parse_dask_spec(dask)
        except DaskSpecError as exc:
            _fail(str(exc))
        try:
            import distributed  # noqa: F401
        except ImportError:
            _fail("--dask needs the dask and distributed packages: pip install 'dask==2026.8.0' 'distributed==2026.8.0'")
    progress = _Progress(enabled=not quiet)

    def on_warning(warning) -> None:
        if not quiet:
            progress.echo(f"warning: {warning.source}: {warning.message}")

    try:
        summary = run_build(list(inputs), store, date=date, lang=lang,
                            on_skip=None if quiet else lambda s: progress.echo(f"skipped {s.source}: {s.reason}"),
                            on_warning=on_warning, on_progress=progress.document, on_section=progress.section,
                            gazetteer_files=gazetteer_files, jobs=jobs, dask=dask, record_paths=record_paths)
    except (StoreError, ModelNotInstalled) as exc:
        progress.close()
        _fail(str(exc))
    except BuildInterrupted as exc:
        progress.close()
        _interrupted(exc, store)
    progress.close()
    _report(summary)


def _report(summary) -> None:
    """The summary line, skip reasons whole (with counts), and exit 1 when nothing could be built."""
    click.echo(summary.line())
    if summary.skipped:
        click.echo("skipped: " + "; ".join(summary.skip_reasons()))
    if summary.built + summary.unchanged == 0:
        why = "every input was skipped" if summary.skipped else "no input documents found (.txt, .md, .html, .htm, .jsonl)"
        click.echo(f"Error: nothing was built: {why}", err=True)
        sys.exit(1)


def _interrupted(exc, store: str) -> None:
    """After Ctrl-C: what was written, and that the store's summary comes back with the next build."""
    done = exc.summary
    click.echo(f"interrupted: {done.built} documents written and kept, unchanged {done.unchanged}, "
               f"skipped {len(done.skipped)}", err=True)
    if exc.summary_dropped:
        click.echo("the store's summary (display labels, per-day counts) is absent until it is recomputed: "
                   f"it will be by the next build, or now by `conflict-kg summarize --store {store}`", err=True)
    sys.exit(130)


class _Progress:
    """tqdm progress bars on stderr (only on a terminal): documents built, and the characters of a
    long document (one-process builds report its sections as they finish)."""

    def __init__(self, enabled: bool):
        from tqdm import tqdm

        self._tqdm = tqdm
        self._enabled = enabled
        self._docs = tqdm(unit=" docs", desc="build", file=sys.stderr, disable=None if enabled else True,
                          dynamic_ncols=True)
        self._long = None
        self._long_id: str | None = None

    def echo(self, line: str) -> None:
        with self._tqdm.external_write_mode(file=sys.stderr):  # clears the bars, writes, redraws them
            click.echo(line, err=True)

    def document(self, summary) -> None:
        self._docs.update(summary.built - self._docs.n)
        self._docs.set_postfix(unchanged=summary.unchanged, skipped=len(summary.skipped), refresh=False)
        self._end_long()

    def section(self, doc, end: int) -> None:
        if self._long_id != doc.id:
            self._end_long()
            self._long = self._tqdm(total=len(doc.text), unit=" chars", unit_scale=True, desc=f"  {doc.id}",
                                    file=sys.stderr, leave=False, disable=None if self._enabled else True,
                                    dynamic_ncols=True)
            self._long_id = doc.id
        self._long.update(end - self._long.n)

    def _end_long(self) -> None:
        if self._long is not None:
            self._long.close()
            self._long, self._long_id = None, None

    def close(self) -> None:
        self._end_long()
        self._docs.close()


@main.command()
@click.argument("name_or_file", required=False)
@click.option("--store", required=True, help="Store directory, or sparql+http://HOST:PORT of a SPARQL server.")
@click.option("-e", "--expr", "inline", default=None, help="Inline SPARQL instead of a named query.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--param", "-p", "params", multiple=True,
              help="Query parameter name=value (repeatable); types in any case, entities as IRI, Q-id or label.")
@click.option("--default-graph", "default_graph", multiple=True, metavar="IRI",
              help="Default graph of the query (repeatable: their merge), as SPARQL's default-graph-uri; overrides FROM.")
@click.option("--named-graph", "named_graphs", multiple=True, metavar="IRI",
              help="Named graph GRAPH may see (repeatable), as SPARQL's named-graph-uri; overrides FROM NAMED.")
def query(name_or_file: str | None, store: str, inline: str | None, fmt: str, params: tuple[str, ...],
          default_graph: tuple[str, ...], named_graphs: tuple[str, ...]) -> None:
    """Run a shipped query (conflict_kg/queries/NAME.rq), a .rq file, or inline SPARQL (-e).

    With no FROM and no --default-graph, the default graph is the union of all graphs.
    """
    from conflict_kg.kg.query import QueryError, format_rows, result_rows, run_query
    from conflict_kg.kg.store import StoreError, open_store

    if (name_or_file is None) == (inline is None):
        _fail("give a query NAME or FILE, or inline SPARQL with -e (one of them)")
    try:
        with open_store(store, read_only=True) as kg:
            _spec, result = run_query(kg, inline or name_or_file, _parse_params(params),
                                      default_graph=list(default_graph), named_graphs=list(named_graphs))
            columns, rows = result_rows(result)
    except (QueryError, StoreError) as exc:
        _fail(str(exc))
    click.echo(format_rows(columns, rows, fmt), nl=False)


@main.command("queries")
def list_queries_cmd() -> None:
    """List the shipped queries with their parameters."""
    from conflict_kg.kg.query import list_queries

    for spec in list_queries():
        params = " ".join(f"[{p.name}:{p.type}]" for p in spec.params)
        click.echo(f"{spec.name:24} {spec.summary} {params}".rstrip())


@main.command()
@click.option("--store", required=True, help="Store directory, or sparql+http://HOST:PORT of a SPARQL server.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Per-query time limit (seconds).")
@click.option("--max-rows", default=10000, show_default=True, type=int, help="Result row limit.")
@click.option("--max-body", default=1_000_000, show_default=True, type=int, help="Request body size limit (bytes).")
@click.option("--workers", default=2, show_default=True, type=int, help="Query worker processes.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update requests (only with the bearer --token).")
@click.option("--token", envvar="CONFLICT_KG_TOKEN", default=None, help="Bearer token for updates (or env CONFLICT_KG_TOKEN).")
@click.option("--memory-limit", default=2048, show_default=True, type=click.IntRange(min=0),
              help="Address-space cap of each query worker in MiB (0: none); a query past it gets 503.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also accept requests whose Host header names NAME (repeatable); others get 403 (DNS rebinding).")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. https://yasgui.triply.cc, or *) read results (repeatable; off by default).")
def serve(store: str, host: str, port: int, timeout: float, max_rows: int, max_body: int, workers: int,
          allow_update: bool, token: str | None, memory_limit: int, allow_hosts: tuple[str, ...], cors: tuple[str, ...]) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint (read-only unless --allow-update --token)."""
    from conflict_kg.kg.endpoint import serve as run_server
    from conflict_kg.kg.store import StoreError

    try:
        run_server(store, host=host, port=port, timeout=timeout, max_rows=max_rows, max_body=max_body,
                   workers=workers, allow_update=allow_update, token=token, memory_limit=memory_limit * 2**20,
                   allow_hosts=allow_hosts, cors=cors)
    except (StoreError, ValueError, OSError) as exc:
        _fail(str(exc))


def _network_filters(f):
    """The filter options shared by ``viz`` and ``map``."""
    options = [
        click.option("--since", default=None, help="Only records dated on or after YYYY-MM-DD."),
        click.option("--until", default=None, help="Only records dated on or before YYYY-MM-DD."),
        click.option("--types", default=None, help="Only these event types, comma-separated (e.g. Attack,Meeting)."),
        click.option("--min-weight", default=1, show_default=True, type=int, help="Drop edges with fewer records."),
        click.option("--top-k", default=None, type=int, help="Keep the K most central nodes."),
        click.option("--rank-by", type=click.Choice(["degree", "betweenness"]), default="degree", show_default=True),
        click.option("--ego", default=None, help="Only this entity (IRI, Q-id or label) and its neighbours."),
        click.option("--radius", default=1, show_default=True, type=int, help="Hops around --ego."),
        click.option("--count", type=click.Choice(["incidents", "reports"]), default="incidents", show_default=True,
                     help="What event edges count: incidents (one real-world event once) or every report."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(since, until, types, min_weight, top_k, rank_by, ego, radius, count="incidents") -> dict:
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            _fail(f"{name} wants YYYY-MM-DD, got {value!r}")
    event_types = [t.strip() for t in types.split(",") if t.strip()] if types else None
    return dict(since=since, until=until, event_types=event_types, min_weight=min_weight, top_k=top_k,
                rank_by=rank_by, ego=ego, radius=radius, count=count)


@main.command()
@click.argument("kind", type=click.Choice(["actors", "locations"]))
@click.option("--store", required=True, help="Store directory.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--label-lang", type=click.Choice(["en", "ja"]), default="en", show_default=True)
@click.option("--max-nodes", default=3000, show_default=True, type=int, help="Above this, only the top-k nodes are drawn.")
@_network_filters
def viz(kind: str, store: str, out: Path, label_lang: str, max_nodes: int, **opts) -> None:
    """Draw the actor or location network as an interactive HTML page (works offline)."""
    from conflict_kg.kg.store import StoreError, open_store
    from conflict_kg.kg.viz import write_network_html

    try:
        with open_store(store, read_only=True) as kg:
            n = write_network_html(kg, kind, out, label_lang=label_lang, max_nodes=max_nodes, **_filters(**opts))
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    click.echo(f"wrote {out} ({n} nodes)")


@main.command("map")
@click.option("--store", required=True, help="Store directory.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--label-lang", type=click.Choice(["en", "ja"]), default="en", show_default=True)
@click.option("--tiles", type=click.Choice(["none", "osm"]), default="none", show_default=True,
              help="Basemap: none (offline: Natural Earth borders and coastlines) or OpenStreetMap tiles (needs network when viewed).")
@click.option("--admin1/--no-admin1", default=True, show_default=True,
              help="With the offline basemap, draw first-level boundaries (oblasts) of Ukraine, Russia, Belarus, Moldova.")
@_network_filters
def map_cmd(store: str, out: Path, label_lang: str, tiles: str, admin1: bool, **opts) -> None:
    """Draw the places that have coordinates on a map, sized by event count (HTML, works offline)."""
    from conflict_kg.kg.maps import write_map_html
    from conflict_kg.kg.store import StoreError, open_store

    try:
        with open_store(store, read_only=True) as kg:
            n = write_map_html(kg, out, label_lang=label_lang, tiles=None if tiles == "none" else "OpenStreetMap",
                               admin1=admin1, **_filters(**opts))
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    click.echo(f"wrote {out} ({n} places)")


@main.command()
@click.option("--store", required=True, help="Store directory.")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "nquads", "trig", "jsonld", "graphml", "gexf", "acled", "plover"]),
              help="RDF, a network, or incidents: acled (CSV with ACLED's columns) or plover (JSON Lines).")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--network", type=click.Choice(["actors", "locations"]), default="actors", show_default=True,
              help="Which network graphml/gexf export.")
def export(store: str, fmt: str, out: Path, network: str) -> None:
    """Export the graph as RDF (turtle, nquads, trig, jsonld), as a network (graphml, gexf), or its
    incidents for event-data tools (acled, plover; each row lists its report IRIs)."""
    from conflict_kg.kg.export import export_store
    from conflict_kg.kg.incident_export import write_acled, write_plover
    from conflict_kg.kg.store import StoreError, open_store

    rows = None
    try:
        with open_store(store, read_only=True) as kg:
            if fmt in ("acled", "plover"):
                rows = (write_acled if fmt == "acled" else write_plover)(kg, out)
            else:
                export_store(kg, fmt, out, network=network)
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    click.echo(f"wrote {out}" + (f" ({rows} incidents)" if rows is not None else ""))


@main.command()
@click.option("--store", required=True, help="Store directory, or sparql+http://HOST:PORT of a SPARQL server.")
def summarize(store: str) -> None:
    """Recompute the store's per-entity summary (graph/summary) and its incidents (graph/incidents) now.

    Every build that changes the store does this itself; run it after changing the
    store by other means (SPARQL updates through a writable endpoint).
    """
    from conflict_kg.kg.incident_graph import refresh_incidents
    from conflict_kg.kg.store import StoreError, open_store

    try:
        with open_store(store) as kg_store:
            kg_store.refresh_summary()
            n = refresh_incidents(kg_store)
    except StoreError as exc:
        _fail(str(exc))
    click.echo(f"summary recomputed: {store} ({n} incidents)")


@main.command()
@click.option("--store", required=True, help="Store directory.")
@click.option("--communities/--no-communities", default=True, show_default=True,
              help="Also summarize actor communities (Louvain, fixed seed).")
@click.option("--unresolved", is_flag=True,
              help="Also list the entities the resolver minted (not in the gazetteer), most-mentioned first.")
@click.option("--count", type=click.Choice(["incidents", "reports"]), default="incidents", show_default=True,
              help="What the actor network behind the communities counts: incidents or every report.")
def stats(store: str, communities: bool, unresolved: bool, count: str) -> None:
    """Counts of documents, triples, records (events = reports) and incidents, and actor communities
    (over the actor network counting incidents, or reports with --count reports)."""
    from conflict_kg.kg.network import actor_network, communities as find_communities
    from conflict_kg.kg.query import QueryError, format_rows, result_rows, run_query
    from conflict_kg.kg.store import StoreError, open_store

    minted: tuple[list[str], list[list[str]]] | None = None
    try:
        with open_store(store, read_only=True) as kg:
            counts = kg.stats()
            groups = find_communities(actor_network(kg, count=count)) if communities else []
            if unresolved:
                minted = result_rows(run_query(kg, "unresolved")[1])
    except (StoreError, QueryError) as exc:
        _fail(str(exc))
    for key, value in counts.items():
        click.echo(f"{key:14} {value}")
    if groups:
        click.echo("actor communities (Louvain):")
        for group in groups:
            click.echo(f"  #{group['community']} ({group['size']} actors): {', '.join(group['top_labels'])}")
    if minted is not None:
        columns, rows = minted
        click.echo(f"unresolved entities ({len(rows)}; add them with build --gazetteer FILE):")
        click.echo(format_rows(columns, rows, "table") if rows else "  none\n", nl=False)


@main.command()
@click.option("--store", required=True, help="Store directory.")
def validate(store: str) -> None:
    """Check the graph against the SHACL shapes; exit 1 on violations."""
    from conflict_kg.kg.store import StoreError, open_store
    from conflict_kg.kg.validate import validate_store

    try:
        with open_store(store, read_only=True) as kg:
            report = validate_store(kg)
    except StoreError as exc:
        _fail(str(exc))
    click.echo(report.text)
    if not report.conforms:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
