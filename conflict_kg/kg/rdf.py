"""Turn one document's records into an RDF graph (its named graph).

Every record becomes a node in the document's own named graph with its
provenance (document, character offsets, evidence sentence, extractor,
confidence). Entities get one IRI per real-world thing (the resolver's key),
so the same person mentioned in two documents is one node in the union graph.

>>> from conflict_kg.kg.model import Document, DocRecords, Mention
>>> doc = Document(id="d1", text="Putin spoke.", lang="en", date="2022-12-01")
>>> m = Mention(text="Putin", start=0, end=5, type="Person", entity="Q7747")
>>> g = document_graph(DocRecords(doc=doc, mentions=[m]), {})
>>> (entity_iri("Q7747"), RDF.type, CKG.Person) in g
True
"""
from __future__ import annotations

import datetime as _dt
import functools
import json
from typing import Any, Iterable, Mapping

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from conflict_kg.kg.incident_features import DOCUMENT_DATE_LOOKBACK_DAYS
from conflict_kg.kg.model import DocRecords, Mention
from conflict_kg.kg.schema import entity_roles, number_roles, text_roles
from conflict_kg.kg import terms
from conflict_kg.kg.namespace import CKG
from conflict_kg.kg.terms import (
    BASE,
    ENTITIES_GRAPH,
    ENTITY,
    GEO,
    INCIDENTS_GRAPH,
    META_GRAPH,
    SCHEMA,
    SUMMARY_GRAPH,
    WD,
    bind_prefixes,
    date_bounds,
    date_literal,
    date_precision,
    decimal_literal,
    doc_iri,
    double_literal,
    entity_iri,
    graph_iri,
)
from conflict_kg.kg.titles import english_title

#: The IRIs, graph names and literal helpers live in :mod:`conflict_kg.kg.terms`; they are
#: re-exported here, where callers have always imported them from.
__all__ = ["document_graph", "document_triples", "split_entity_triples", *terms.__all__]

#: ``Literal`` for the values a build repeats (a sentence as the evidence of each record in it, an
#: extractor's or label's name, offsets): rdflib's constructor costs ~14 us, a fifth of building a
#: document's triples (2026-12-06). ``typed``, so ``True`` and ``1`` stay different literals.
_literal = functools.lru_cache(maxsize=8192, typed=True)(Literal)


class _Builder:
    """Accumulates the triples of one document graph."""

    def __init__(self, records: DocRecords, resolutions: Mapping[str, Any], into: Any = None):
        self.records = records
        self.resolutions = resolutions
        self.doc = records.doc
        self.d = doc_iri(self.doc.id)
        self.g = into if into is not None else bind_prefixes(Graph(identifier=graph_iri(self.doc.id)))
        self.lang = self.doc.lang or None
        self._roles: dict[tuple[str, str, str], URIRef] = {}
        # First role node per (holder, label): what an org-less mention of the same role reuses.
        # An index, not a scan of ``_roles``, so a long document's roles stay linear.
        self._first_role: dict[tuple[str, str], URIRef] = {}
        self._countries: dict[str, str] | None = None
        self._entities_done: set[str] = set()

    # -- helpers ---------------------------------------------------------
    def node(self, kind: str, i: int | str) -> URIRef:
        return URIRef(f"{self.d}#{kind}-{i}")

    def text(self, value: str) -> Literal:
        return _literal(value, lang=self.lang) if self.lang else _literal(value)

    def provenance(self, node: URIRef, rec: Any) -> None:
        g = self.g
        g.add((node, CKG.sourceDocument, self.d))
        g.add((node, CKG.startOffset, _literal(int(rec.start))))
        g.add((node, CKG.endOffset, _literal(int(rec.end))))
        if getattr(rec, "sentence", None) is not None:
            g.add((node, CKG.evidence, self.text(rec.sentence.text)))
        if getattr(rec, "extractor", ""):
            g.add((node, CKG.extractor, _literal(rec.extractor)))
        g.add((node, CKG.confidence, decimal_literal(rec.confidence, 3)))

    def modality(self, node: URIRef, rec: Any) -> None:
        if getattr(rec, "modality", None):
            self.g.add((node, CKG.modality, Literal(rec.modality)))
            if rec.modality_cue:
                self.g.add((node, CKG.modalityCue, self.text(rec.modality_cue)))

    def entity(self, m: Mention | None) -> URIRef | None:
        """IRI of the entity a mention refers to, describing it once."""
        if m is None or not m.entity:
            return None
        key = m.entity
        iri = entity_iri(key)
        # A coreferent mention ("he", "同氏") is no name of the entity: no label from it.
        is_name = not m.antecedent
        if key in self._entities_done:
            if is_name:
                self.g.add((iri, SKOS.altLabel, self.text(m.text)))
            return iri
        self._entities_done.add(key)
        g = self.g
        res = self.resolutions.get(key)
        etype = (getattr(res, "type", None) or m.type) if res is not None else m.type
        g.add((iri, RDF.type, CKG[etype]))
        label_en = getattr(res, "label_en", None) if res is not None else None
        labels_ja = tuple(getattr(res, "labels_ja", ()) or ()) if res is not None else ()
        if label_en:
            g.add((iri, SKOS.prefLabel, Literal(label_en, lang="en")))
        if labels_ja:
            g.add((iri, SKOS.prefLabel, Literal(labels_ja[0], lang="ja")))
            for alt in labels_ja[1:]:
                g.add((iri, SKOS.altLabel, Literal(alt, lang="ja")))
        if not label_en and not (labels_ja and self.lang == "ja"):
            # Unknown entity: its surface form is the best label we have.
            g.add((iri, SKOS.prefLabel, self.text(m.text)))
        if is_name:
            g.add((iri, SKOS.altLabel, self.text(m.text)))
        qid = getattr(res, "wikidata", None) if res is not None else None
        if qid:
            g.add((iri, CKG.wikidata, WD[qid]))
            g.add((iri, SKOS.exactMatch, WD[qid]))
        if res is not None:
            self.place(iri, res)
        return iri

    def place(self, iri: URIRef, res: Any) -> None:
        """Coordinates (xsd:double), GeoNames id, oblast/raion and ckg:locatedIn up to the country."""
        g = self.g
        lat, lon = getattr(res, "lat", None), getattr(res, "lon", None)
        if lat is not None and lon is not None:
            g.add((iri, SCHEMA.latitude, double_literal(lat)))
            g.add((iri, SCHEMA.longitude, double_literal(lon)))
            geom = URIRef(str(iri) + "/geometry")
            g.add((iri, GEO.hasGeometry, geom))
            g.add((geom, GEO.asWKT, Literal(f"POINT({float(lon):.5f} {float(lat):.5f})", datatype=GEO.wktLiteral)))
        gid = getattr(res, "geonames", None)
        if gid:
            g.add((iri, CKG.geonamesId, Literal(int(gid), datatype=XSD.integer)))
            g.add((iri, SKOS.exactMatch, URIRef(f"https://sws.geonames.org/{int(gid)}/")))
        if getattr(res, "population", None):
            g.add((iri, CKG.population, Literal(int(res.population), datatype=XSD.integer)))
        for cand in getattr(res, "candidates", ()) or ():
            g.add((iri, CKG.candidate, entity_iri(cand)))
        region, admin2 = getattr(res, "region", None), getattr(res, "admin2", None)
        if region and region in self.resolutions:
            g.add((iri, CKG.admin1, self.container(region)))
        if admin2 and admin2 in self.resolutions:
            g.add((iri, CKG.admin2, self.container(admin2)))
        country = None
        if getattr(res, "type", None) != "Country" and getattr(res, "country", None):
            country = self.country_key(res.country)
        parent = next((k for k in (admin2, region, country) if k and k in self.resolutions and k != str(res.key)), None)
        if parent:
            g.add((iri, CKG.locatedIn, self.container(parent)))

    def country_key(self, code: str) -> str | None:
        """Key of the first resolved Country with ISO code ``code``; the index is built once per
        document, since a long document places thousands of entities against thousands of keys."""
        if self._countries is None:
            self._countries = {}
            for k, r in self.resolutions.items():
                if getattr(r, "type", None) == "Country" and getattr(r, "country", None):
                    self._countries.setdefault(r.country, k)
        return self._countries.get(code)

    def container(self, key: str) -> URIRef:
        """IRI of a raion/oblast/country that contains a place, described once (type, labels, point)."""
        iri = entity_iri(key)
        if key in self._entities_done:
            return iri
        self._entities_done.add(key)
        res = self.resolutions[key]
        self.g.add((iri, RDF.type, CKG[res.type]))
        if res.label_en:
            self.g.add((iri, SKOS.prefLabel, Literal(res.label_en, lang="en")))
        for i, ja in enumerate(res.labels_ja or ()):
            self.g.add((iri, SKOS.prefLabel if i == 0 else SKOS.altLabel, Literal(ja, lang="ja")))
        if res.wikidata:
            self.g.add((iri, CKG.wikidata, WD[res.wikidata]))
            self.g.add((iri, SKOS.exactMatch, WD[res.wikidata]))
        self.place(iri, res)
        return iri

    def role(self, holder: URIRef | None, label: str, org: URIRef | None, rec: Any, idx: str) -> URIRef:
        key = (str(holder), label, str(org))
        if key in self._roles:
            return self._roles[key]
        if org is None and holder is not None and (str(holder), label) in self._first_role:
            # A statement's "President" is the role already read for the same person.
            return self._first_role[(str(holder), label)]
        g = self.g
        r = self.node("role", idx)
        self._roles[key] = r
        self._first_role.setdefault((str(holder), label), r)
        g.add((r, RDF.type, CKG.Role))
        g.add((r, CKG.roleLabel, self.text(label)))
        g.add((r, RDFS.label, self.text(label)))
        english = english_title(label)
        if english:
            g.add((r, SKOS.prefLabel, Literal(english, lang="en")))
        if holder is not None:
            g.add((r, CKG.holder, holder))
            g.add((holder, CKG.holdsRole, r))
        if org is not None:
            g.add((r, CKG.roleIn, org))
        date = getattr(rec, "date", None) or self.doc.date
        if date:
            g.add((r, CKG.date, date_literal(date)))
        self.provenance(r, rec)
        return r

    def event_arguments(self, node: URIRef, e: Any) -> None:
        """The event's argument roles, one schema row each (``conflict_kg/kg/data/event_roles.csv``)."""
        g = self.g
        for role in entity_roles():
            for m in getattr(e, role.field):
                ent = self.entity(m)
                if ent is None:
                    continue
                g.add((node, CKG[role.property], ent))
                if role.subproperty_of:
                    # Materialize the super-property so queries need no reasoner.
                    g.add((node, CKG[role.subproperty_of], ent))
        for role in text_roles():  # an unnamed party's words, never an entity
            for words in getattr(e, role.field, ()):
                g.add((node, CKG[role.property], self.text(words)))
        for role in number_roles():
            count = getattr(e, role.field)
            if count is None:
                continue
            g.add((node, CKG[role.property], Literal(int(count.value))))
            if count.low is not None:
                g.add((node, CKG[role.property + "Low"], Literal(int(count.low))))
            if count.high is not None:
                g.add((node, CKG[role.property + "High"], Literal(int(count.high))))

    def event_date(self, node: URIRef, e: Any) -> None:
        """``ckg:date`` as precise as known, its xsd:date bounds and where it came from: the
        text, or the document's date standing in when the text states none (precision "document";
        the bounds then reach ``incidents.DOCUMENT_DATE_LOOKBACK_DAYS`` before the document's day)."""
        g = self.g
        date = e.date or self.doc.date
        if not date:
            return
        g.add((node, CKG.date, date_literal(date)))
        lo, hi = date_bounds(date)
        if lo is not None and not e.date:
            # The text states no date: the event happened on the document's day or shortly before it (a
            # strike last night, reported the next morning); the bounds say so, not the day alone.
            lo = (_dt.date.fromisoformat(lo) - _dt.timedelta(days=DOCUMENT_DATE_LOOKBACK_DAYS)).isoformat()
        if lo is not None:
            g.add((node, CKG.dateStart, Literal(lo, datatype=XSD.date)))
            g.add((node, CKG.dateEnd, Literal(hi, datatype=XSD.date)))
        g.add((node, CKG.datePrecision, Literal("document" if not e.date else date_precision(date))))

    # -- records ---------------------------------------------------------
    def build(self) -> Graph:
        """The document graph: the document node, then each kind of record."""
        self.document()
        self.mentions()
        self.roles()
        self.statements()
        self.events()
        self.claims()
        return self.g

    def document(self) -> None:
        """The document node: identifier, hash, language, date, title, URL, source, metadata."""
        g, doc, d = self.g, self.doc, self.d
        g.add((d, RDF.type, CKG.Document))
        g.add((d, DCTERMS.identifier, Literal(doc.id)))
        g.add((d, CKG.contentHash, Literal(doc.sha256)))
        # the optional fields of the document, each with its predicate and literal maker
        for value, pred, lit in ((doc.lang, DCTERMS.language, Literal), (doc.date, DCTERMS.date, date_literal),
                                 (doc.title, DCTERMS.title, self.text), (doc.url, SCHEMA.url, Literal),
                                 (doc.source, CKG.sourcePath, Literal), (doc.encoding, CKG.encoding, Literal)):
            if value:
                g.add((d, pred, lit(value)))
        if doc.meta:
            g.add((d, CKG.metadata, Literal(json.dumps(doc.meta, ensure_ascii=False, sort_keys=True, default=str))))
        g.add((g.identifier, PROV.wasDerivedFrom, d))


    def mentions(self) -> None:
        """Each mention and the entity it refers to."""
        g = self.g
        rec = self.records
        for i, m in enumerate(rec.mentions):
            node = self.node("mention", i)
            g.add((node, RDF.type, CKG.Mention))
            g.add((node, CKG.surface, self.text(m.text)))
            if m.label:
                g.add((node, CKG.nerLabel, _literal(m.label)))
            ent = self.entity(m)
            if ent is not None:
                g.add((node, CKG.mentionOf, ent))
                res = self.resolutions.get(m.entity)
                if res is not None and getattr(res, "method", None):
                    g.add((node, CKG.resolution, _literal(res.method)))
            if getattr(m, "geo_precision", None):
                g.add((node, CKG.geoPrecision, Literal(int(m.geo_precision), datatype=XSD.integer)))
            self.provenance(node, m)


    def roles(self) -> None:
        """Each person-role record."""
        for i, r in enumerate(self.records.roles):
            holder = self.entity(r.person)
            org = self.entity(r.org)
            self.role(holder, r.role, org, r, str(i))


    def statements(self) -> None:
        """Each statement: quote, speaker, role, verb, medium, date, entities mentioned."""
        g, doc = self.g, self.doc
        rec = self.records
        for i, s in enumerate(rec.statements):
            node = self.node("statement", i)
            g.add((node, RDF.type, CKG.Statement))
            g.add((node, CKG.quote, self.text(s.quote)))
            g.add((node, CKG.quoteStart, Literal(int(s.quote_start))))
            g.add((node, CKG.quoteEnd, Literal(int(s.quote_end))))
            g.add((node, CKG.isDirect, Literal(bool(s.direct))))
            speaker = self.entity(s.speaker)
            org = self.entity(s.speaker_org)
            if speaker is not None:
                g.add((node, CKG.speaker, speaker))
            if org is not None:
                g.add((node, CKG.speakerOrganization, org))
            if s.speaker_role:
                role = self.role(speaker, s.speaker_role, org, s, f"statement-{i}")
                g.add((node, CKG.speakerRole, role))
            if s.verb:
                g.add((node, CKG.reportingVerb, self.text(s.verb)))
            if s.medium:
                g.add((node, CKG.medium, Literal(s.medium)))
            date = s.date or doc.date
            if date:
                g.add((node, CKG.date, date_literal(date)))
            for m in s.about:
                ent = self.entity(m)
                if ent is not None:
                    g.add((node, CKG.mentions, ent))
            self.provenance(node, s)


    def events(self) -> None:
        """Each event: type, trigger, status (claimed when a claim asserts it), arguments, date."""
        g = self.g
        rec = self.records
        claimed = {c.event_index for c in rec.claims if c.event_index is not None and c.stance == "asserts"}
        for i, e in enumerate(rec.events):
            node = self.node("event", i)
            g.add((node, RDF.type, CKG[e.type]))
            g.add((node, CKG.trigger, self.text(e.trigger)))
            g.add((node, CKG.status, CKG.Claimed if i in claimed else CKG.Reported))
            self.event_arguments(node, e)
            self.event_date(node, e)
            if e.instrument:
                g.add((node, CKG.instrumentText, self.text(e.instrument)))
            if e.quantity:
                g.add((node, CKG.quantity, self.text(e.quantity)))
            if e.mode:
                g.add((node, CKG.mode, Literal(e.mode)))
            self.modality(node, e)
            self.provenance(node, e)
            self.told_again(node, i, e)

    def told_again(self, node: URIRef, i: int, e: Any) -> None:
        """The event's further mentions (back-references merged into it): each a record of its own span."""
        for k, m in enumerate(getattr(e, "told_again", ())):
            mention = self.node("eventmention", f"{i}-{k}")
            self.g.add((mention, RDF.type, CKG.EventMention))
            self.g.add((mention, CKG.mentionOfEvent, node))
            self.g.add((mention, CKG.surface, self.text(m.trigger)))
            self.provenance(mention, m)


    def claims(self) -> None:
        """Each claim: stance, proposition, claimant, the event it is about, what it disputes."""
        g, doc = self.g, self.doc
        rec = self.records
        stance = {"asserts": CKG.Asserts, "denies": CKG.Denies, "disputes": CKG.Disputes}
        for i, c in enumerate(rec.claims):
            node = self.node("claim", i)
            g.add((node, RDF.type, CKG.Claim))
            g.add((node, CKG.stance, stance[c.stance]))
            g.add((node, CKG.proposition, self.text(c.text)))
            claimant = self.entity(c.claimant)
            if claimant is not None:
                g.add((node, CKG.claimant, claimant))
            if c.event_index is not None and 0 <= c.event_index < len(rec.events):
                g.add((node, CKG.about, self.node("event", c.event_index)))
            if c.disputes_index is not None and 0 <= c.disputes_index < len(rec.claims):
                other = self.node("claim", c.disputes_index)
                g.add((node, CKG.disputes, other))
                g.add((other, CKG.disputedBy, node))
                # A denial is about what the disputed claim is about.
                target = rec.claims[c.disputes_index].event_index
                if c.event_index is None and target is not None:
                    g.add((node, CKG.about, self.node("event", target)))
            if c.verb:
                g.add((node, CKG.reportingVerb, self.text(c.verb)))
            date = c.date or doc.date
            if date:
                g.add((node, CKG.date, date_literal(date)))
            self.modality(node, c)
            self.provenance(node, c)


def document_graph(records: DocRecords, resolutions: Mapping[str, Any]) -> Graph:
    """Build the named graph of one document from its records.

    ``resolutions`` maps each mention's ``entity`` key to the resolver's
    answer (labels, type, Wikidata ID, coordinates); keys missing from it
    are described from the mention alone.
    """
    return _Builder(records, resolutions).build()


def document_triples(records: DocRecords, resolutions: Mapping[str, Any], into: Any) -> Any:
    """The triples of :func:`document_graph`, added one by one to ``into`` (any object with ``add`` and
    the graph's name as ``identifier``, e.g. one that writes them to a store in parts, so a long
    document's graph is never whole in memory)."""
    return _Builder(records, resolutions, into).build()


#: Predicates that describe an entity rather than state a fact read from one document.
_ENTITY_PREDICATES = frozenset({
    RDF.type, SKOS.prefLabel, SKOS.altLabel, SKOS.exactMatch, CKG.wikidata,
    SCHEMA.latitude, SCHEMA.longitude, GEO.hasGeometry, GEO.asWKT,
    CKG.locatedIn, CKG.admin1, CKG.admin2, CKG.geonamesId, CKG.population, CKG.candidate,
})


def split_entity_triples(g: Graph | Iterable[tuple]) -> tuple[list[tuple], list[tuple]]:
    """``(document triples, entity-description triples)`` of a document graph.

    The store keeps entity descriptions in one shared graph
    (:data:`ENTITIES_GRAPH`) where each triple exists once: a union default
    graph is a multiset in Oxigraph, so labels repeated in thousands of
    document graphs would multiply every label join by the number of
    documents naming the entity. Which document used which spelling stays on
    the document's ``ckg:Mention`` nodes.
    """
    doc: list[tuple] = []
    ent: list[tuple] = []
    prefix = str(ENTITY)
    for t in g:
        (ent if str(t[0]).startswith(prefix) and t[1] in _ENTITY_PREDICATES else doc).append(t)
    return doc, ent
