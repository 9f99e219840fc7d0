"""graph/incidents: read reports from a store, consolidate them (:mod:`conflict_kg.kg.incidents`), write incidents.

Derived data like graph/summary: :func:`refresh_incidents` with no ``changed`` documents rebuilds
the whole graph; with the documents a build wrote or removed it re-clusters only the reports whose
keys (:func:`conflict_kg.kg.incidents.block_keys`) meet the probes of those the documents carry now
or carried before, closed over their probes in turn, and rewrites those incidents in one update. The keys are
literals of ``ckg:blockKey`` in graph/incidents, so each step is one indexed lookup (object ->
subjects) for exactly the keys it needs. Because the
clustering of a closed set of units depends on nothing outside it, the result is the same as a
full rebuild (tested).

What graph/incidents holds, per incident ``inc``: ``a ckg:Incident``, ``ckg:report`` (each member),
``ckg:incidentType``, ``ckg:incidentAgent`` / ``Target`` / ``Participant`` / ``Location`` (the
best-supported values), ``ckg:incidentDate``, ``ckg:incidentStatus``, ``ckg:reportCount``,
``ckg:documentCount``, ``ckg:sourceCount``, ``ckg:incidentDocument``, ``dcterms:language``,
``ckg:firstReported`` / ``ckg:lastReported`` and ``ckg:threadClaim`` (its claims). Claim threads:
a denial or dispute ``ckg:disputes`` every asserting claim of another claimant about the same
incident, in any document; a party's repeated claim in one document is ``ckg:repeatedBy`` from
its first mention. The index: ``ckg:blockKey`` on every report and every document.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable
from urllib.parse import urlsplit

import pyoxigraph as ox

from conflict_kg.kg.incident_read import (ReportSet, literal_values_clause, read_events, read_geo, read_reports, solutions,
                                          values_clause)
from conflict_kg.kg.incident_features import Geo, Report, parse_date
from conflict_kg.kg.incidents import best, block_keys, cluster, probe_keys
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.rdf import BASE, doc_iri
from conflict_kg.kg.rdf import INCIDENTS_GRAPH as _INCIDENTS

__all__ = ["INCIDENTS_GRAPH", "incident_iri", "refresh_incidents", "read_reports", "read_geo", "Incident", "incidents_of", "outlet_of"]

#: The named graph of incidents and claim-thread links (derived; rebuilt at will).
INCIDENTS_GRAPH = str(_INCIDENTS)
_DCT = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def incident_iri(smallest_report: str) -> str:
    """The IRI of the incident whose smallest member report is ``smallest_report`` (stable while it lives)."""
    return BASE + "incident/" + hashlib.sha1(smallest_report.encode("utf-8")).hexdigest()[:16]


# -- aggregating ---------------------------------------------------------------------------------
@dataclass
class Incident:
    """One consolidated incident, ready to write (IRIs as strings)."""

    iri: str
    reports: list[Report]
    type: str
    date: str | None
    agents: list[str]
    targets: list[str]
    participants: list[str]
    locations: list[str]
    status: str  # Asserted / ClaimedByParty / Disputed
    documents: list[str]
    languages: list[str]
    sources: int
    first_reported: str | None
    last_reported: str | None
    claims: list[dict]


def outlet_of(doc: dict) -> str | None:
    if doc.get("url"):
        host = urlsplit(doc["url"]).hostname
        if host:
            return host.removeprefix("www.")
    try:
        meta = json.loads(doc.get("meta") or "{}")
    except ValueError:
        return None
    for key in ("outlet", "publisher", "source_name", "source"):
        if isinstance(meta, dict) and isinstance(meta.get(key), str) and meta[key].strip():
            return meta[key].strip()
    return None


def _best_date(reports: list[Report], dates: dict[str, str]) -> str | None:
    for precision in ("day", "document", "month", "year"):
        vals = [dates[r.iri] for r in reports if r.precision == precision and dates.get(r.iri)]
        if vals:
            return best(vals)[0]
    return None


def incidents_of(read: ReportSet, groups: list[list[Report]], dates: dict[str, str]) -> list[Incident]:
    """Aggregate clusters into incidents: per role the best-supported values, counts, status, thread."""
    out = []
    for g in groups:
        geo = read.geo
        docs = sorted({r.doc for r in g})
        claims = sorted((c for r in g for c in read.claims.get(r.iri, [])), key=lambda c: c["c"])
        stances = {c["stance"].rsplit("#", 1)[-1] for c in claims}
        if stances & {"Denies", "Disputes"}:
            status = "Disputed"
        elif any(not r.claimed for r in g):
            status = "Asserted"
        else:
            status = "ClaimedByParty"
        doc_rows = [read.docs.get(d, {}) for d in docs]
        doc_dates = sorted(str(d["date"]) for d in doc_rows if d.get("date"))
        out.append(Incident(
            iri=incident_iri(g[0].iri), reports=g, type=best(r.type for r in g)[0], date=_best_date(g, dates),
            agents=best(a for r in g for a in r.agents), targets=best(t for r in g for t in r.targets),
            participants=sorted({a for r in g for a in r.actors}),
            locations=best(p for r in g for p in geo.specific(r.places)), status=status, documents=docs,
            languages=sorted({d["lang"] for d in doc_rows if d.get("lang")}),
            sources=len({o for o in map(outlet_of, doc_rows) if o}),
            first_reported=doc_dates[0] if doc_dates else None, last_reported=doc_dates[-1] if doc_dates else None,
            claims=claims,
        ))
    return out


# -- writing -------------------------------------------------------------------------------------
def _lit(value: str) -> ox.Literal:
    start, _, precision = parse_date(value)
    dt = {"day": "date", "month": "gYearMonth", "year": "gYear"}.get(precision)
    return ox.Literal(value, datatype=ox.NamedNode(_XSD + dt)) if dt else ox.Literal(value)


def _thread_triples(inc: Incident) -> list[tuple]:
    """Claim-thread links: repeats of one party's claim in one document, and denials to the claims they answer."""
    N = ox.NamedNode
    out: list[tuple] = []
    asserting = [c for c in inc.claims if c["stance"].endswith("Asserts")]
    firsts: dict[tuple, dict] = {}
    for c in sorted(asserting, key=lambda c: (c["doc"], c.get("claimant") or "", int(c["start"]), c["c"])):
        key = (c["doc"], c.get("claimant") or c["c"])
        if key in firsts:
            out.append((N(firsts[key]["c"]), N(CKG.repeatedBy), N(c["c"])))
        else:
            firsts[key] = c
    for d in inc.claims:
        if d["stance"].endswith(("Denies", "Disputes")):
            for c in asserting:
                if (c.get("claimant") or "") != (d.get("claimant") or "-") :
                    out.append((N(d["c"]), N(CKG.disputes), N(c["c"])))
                    out.append((N(c["c"]), N(CKG.disputedBy), N(d["c"])))
    return out


def _triples(incidents: list[Incident], doc_keys: dict[str, set[str]], geo: Geo) -> list[tuple]:
    N, L = ox.NamedNode, ox.Literal
    key_p = N(CKG.blockKey)
    out: list[tuple] = []
    for inc in incidents:
        i = N(inc.iri)
        out.append((i, N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), N(CKG.Incident)))
        out.append((i, N(CKG.incidentType), N(CKG + inc.type)))
        out.append((i, N(CKG.incidentStatus), N(CKG + inc.status)))
        for r in inc.reports:
            out.append((i, N(CKG.report), N(r.iri)))
            out.extend((N(r.iri), key_p, L(k)) for k in block_keys(r, geo))
        for prop, xs in ((CKG.incidentAgent, inc.agents), (CKG.incidentTarget, inc.targets),
                         (CKG.incidentParticipant, inc.participants), (CKG.incidentLocation, inc.locations),
                         (CKG.incidentDocument, inc.documents)):
            out.extend((i, N(prop), N(x)) for x in xs)
        out.extend((i, N(_DCT + "language"), L(x)) for x in inc.languages)
        if inc.date:
            out.append((i, N(CKG.incidentDate), _lit(inc.date)))
        for prop, n in ((CKG.reportCount, len(inc.reports)), (CKG.documentCount, len(inc.documents)), (CKG.sourceCount, inc.sources)):
            out.append((i, N(prop), L(str(n), datatype=N(_XSD + "integer"))))
        if inc.first_reported:
            out.append((i, N(CKG.firstReported), _lit(inc.first_reported)))
            out.append((i, N(CKG.lastReported), _lit(inc.last_reported)))
        out.extend((i, N(CKG.threadClaim), N(c["c"])) for c in inc.claims)
        out.extend(_thread_triples(inc))
    for d, keys in sorted(doc_keys.items()):
        out.extend((N(d), key_p, L(k)) for k in sorted(keys))
    return out


#: Written last by every refresh: a graph/incidents without it was interrupted, and the next
#: build rebuilds it whole (derived data is never left half-updated without anyone noticing).
_COMPLETE = f"<{INCIDENTS_GRAPH}> <{CKG.incidentsComplete}> true"
#: The key scheme of :func:`conflict_kg.kg.incidents.block_keys`, written beside the completion mark:
#: a graph/incidents indexed by another scheme (an older version) is rebuilt whole. 3: towns within
#: a big city's extent live in it (``m:``), landmarks named beside a town are dropped, a report
#: dated by its document touches the day before too.
KEY_SCHEME = "scheme:place-day-3"
_SCHEME = f"<{INCIDENTS_GRAPH}> <{CKG.blockKey}> {json.dumps(KEY_SCHEME)}"


def _write(store: Any, delete: str, triples: list[tuple]) -> None:
    """Drop the completion mark and the old state, then add the new triples and the mark together."""
    drop = f"DELETE DATA {{ GRAPH <{INCIDENTS_GRAPH}> {{ {_COMPLETE} . {_SCHEME} }} }} ;\n{delete}"
    g = ox.NamedNode(INCIDENTS_GRAPH)
    marks = [(g, ox.NamedNode(CKG.incidentsComplete), ox.Literal(True)), (g, ox.NamedNode(CKG.blockKey), ox.Literal(KEY_SCHEME))]
    if hasattr(store, "add_quads"):
        store.add_quads([ox.Quad(s, p, o, g) for s, p, o in [*triples, *marks]], before=drop)
        return
    store.update(drop)
    body = ox.serialize([ox.Triple(s, p, o) for s, p, o in [*triples, *marks]], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    store.update(f"INSERT DATA {{ GRAPH <{INCIDENTS_GRAPH}> {{\n{body}}} }}")


def _consolidate(read: ReportSet) -> tuple[list[Incident], dict[str, set[str]]]:
    groups = cluster(read.reports.values(), read.geo)
    dates = {r.iri: _date_text(r) for r in read.reports.values()}
    doc_keys: dict[str, set[str]] = defaultdict(set)
    for r in read.reports.values():
        doc_keys[r.doc].update(block_keys(r, read.geo))
    return incidents_of(read, groups, dates), doc_keys


def _date_text(r: Report) -> str | None:
    if r.start is None:
        return None
    if r.precision == "day":
        return r.start.isoformat()
    if r.precision == "document":
        return r.end.isoformat() if r.end else None
    if r.precision == "month":
        return r.start.isoformat()[:7]
    return str(r.start.year)


def refresh_incidents(store: Any, changed: Iterable[str] | None = None) -> int:
    """Recompute graph/incidents (all of it, or the units touched by the ``changed`` document ids).

    Returns the number of incidents written.
    """
    if changed is None or not _has_incidents(store):
        read = read_events(store)
        incidents, doc_keys = _consolidate(read)
        _write(store, f"DROP SILENT GRAPH <{INCIDENTS_GRAPH}>", _triples(incidents, doc_keys, read.geo))
        return len(incidents)
    docs = sorted({str(doc_iri(d)) for d in changed})
    if not docs:
        return 0
    fresh = read_events(store, docs=docs)
    units = set(_old_doc_keys(store, docs)) | {k for r in fresh.reports.values() for k in block_keys(r, fresh.geo)}
    read, old_incidents, old_reports = _closure(store, units, fresh, set(docs))
    incidents, doc_keys = _consolidate(read)
    keep_docs = {d: ks for d, ks in doc_keys.items() if d in docs}
    # Every triple of graph/incidents has an incident, a member report, a thread claim of an
    # incident or a document as subject, so dropping those subjects drops the old state exactly.
    subjects = set(old_incidents) | old_reports | set(docs) | _thread_claims(store, old_incidents)
    delete = (f"DELETE {{ GRAPH <{INCIDENTS_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ {values_clause('s', subjects)} "
              f"GRAPH <{INCIDENTS_GRAPH}> {{ ?s ?p ?o }} }}") if subjects else ""
    _write(store, delete, _triples(incidents, keep_docs, read.geo))
    return len(incidents)


def _has_incidents(store: Any) -> bool:
    """Whether graph/incidents was completely written (an interrupted refresh leaves no mark) with
    the current key scheme."""
    return bool(store.raw_query(f"ASK {{ GRAPH <{INCIDENTS_GRAPH}> {{ {_COMPLETE} . {_SCHEME} }} }}"))


def _old_doc_keys(store: Any, docs: list[str]) -> list[str]:
    q = f"SELECT ?k WHERE {{ {values_clause('d', docs)} GRAPH <{INCIDENTS_GRAPH}> {{ ?d <{CKG.blockKey}> ?k }} }}"
    return [r["k"] for r in solutions(store, q)]


def _thread_claims(store: Any, incidents: Iterable[str]) -> set[str]:
    incidents = sorted(incidents)
    if not incidents:
        return set()
    q = f"SELECT ?c WHERE {{ {values_clause('i', incidents)} GRAPH <{INCIDENTS_GRAPH}> {{ ?i <{CKG.threadClaim}> ?c }} }}"
    return {r["c"] for r in solutions(store, q)}


_Q_BY_DOC = f"SELECT ?r ?i WHERE {{{{ {{values}} GRAPH <{INCIDENTS_GRAPH}> {{{{ ?i <{CKG.incidentDocument}> ?d ; <{CKG.report}> ?r }}}} }}}}"
_Q_BY_KEY = f"SELECT ?r ?i WHERE {{{{ {{values}} GRAPH <{INCIDENTS_GRAPH}> {{{{ ?r <{CKG.blockKey}> ?k . ?i <{CKG.report}> ?r }}}} }}}}"


def _closure(store: Any, units: set[str], fresh: ReportSet, changed_docs: set[str]) -> tuple[ReportSet, set[str], set[str]]:
    """All reports whose keys meet the probes of the touched keys, transitively; the old incidents they were in.

    Also every old incident of a changed document (its reports may carry no key at all)."""
    read = ReportSet(reports=dict(fresh.reports), claims=dict(fresh.claims), docs=dict(fresh.docs))
    old_incidents: set[str] = set()
    old_reports: set[str] = set()
    rows = solutions(store, _Q_BY_DOC.format(values=values_clause("d", changed_docs)))
    done: set[str] = set()
    todo = set(probe_keys(units))
    while rows or todo:
        if todo:  # one indexed lookup: the reports carrying any of these keys
            done |= todo
            rows += solutions(store, _Q_BY_KEY.format(values=literal_values_clause("k", todo)))
        old_incidents |= {r["i"] for r in rows}
        old_reports |= {r["r"] for r in rows}
        new = {r["r"] for r in rows if r["r"] not in read.reports and r["r"].split("#", 1)[0] not in changed_docs}
        more = read_events(store, reports=new) if new else ReportSet()
        read.reports.update(more.reports)
        read.claims.update(more.claims)
        read.docs.update(more.docs)
        todo = {k for r in more.reports.values() for k in probe_keys(block_keys(r, more.geo))} - done
        rows = []
    read.geo = read_geo(store, {x for r in read.reports.values() for x in r.places | r.actors})
    return read, old_incidents, old_reports
