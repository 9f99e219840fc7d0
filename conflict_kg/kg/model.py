"""Typed records that flow from the extractors into the graph builder.

Extractors (``conflict_kg/extract/``) yield these plain dataclasses; ``conflict_kg.kg.rdf`` turns them
into RDF. Nothing here imports spaCy, so the model can be used (and tested)
without any NLP model installed.

Offsets are *character* offsets into :attr:`Document.text` -- the original
document text after decoding, before any normalisation -- so that
``doc.text[m.start:m.end] == m.text`` always holds for mentions.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from conflict_kg.kg.schema import EVENT_SCHEMA

__all__ = [
    "Document",
    "Span",
    "Mention",
    "PersonRole",
    "Statement",
    "Event",
    "EventMention",
    "Claim",
    "DocRecords",
    "Count",
    "Skipped",
    "ENTITY_TYPES",
    "EVENT_TYPES",
    "STANCES",
]

#: Ontology class local names that a :class:`Mention` may carry in ``type``.
ENTITY_TYPES = frozenset(
    {
        "Person",
        "Organization",
        "Government",
        "MilitaryUnit",
        "InternationalOrganization",
        "MediaOutlet",
        "Location",
        "Country",
        "AdministrativeRegion",
        "City",
        "Settlement",
        "Facility",
        "Waterbody",
        "Weapon",
    }
)

#: Ontology class local names an :class:`Event` may carry in ``type``: the rows of the
#: event schema (``conflict_kg/kg/data/event_types.csv``).
EVENT_TYPES = frozenset(EVENT_SCHEMA)

#: Stances of a :class:`Claim` towards its proposition.
STANCES = frozenset({"asserts", "denies", "disputes"})


@dataclass
class Document:
    """One input document.

    ``id`` is stable across runs (given by JSONL ``id`` or derived from the
    file path); ``date`` is an ISO date string (``2025-11-20``) or ``None``.
    """

    id: str
    text: str
    lang: str | None = None  # "ja" | "en" | None (unknown yet)
    date: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None  # file path (and line number for JSONL)
    encoding: str | None = None  # detected encoding of the source bytes
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        """Content hash used to skip unchanged documents on rebuild."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.lang or "", self.date or "", self.url or "", self.title or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass
class Skipped:
    """An input that was not built, with the reason (one clear line)."""

    source: str
    reason: str


@dataclass
class Span:
    """A character span of :attr:`Document.text`."""

    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A named mention of an entity in the text.

    ``type`` is an ontology class local name (see :data:`ENTITY_TYPES`);
    ``label`` is the extractor's raw label (e.g. GiNZA's ``Position_Vocation``
    or spaCy's ``GPE``) kept for diagnostics.
    """

    text: str
    start: int
    end: int
    type: str
    label: str = ""
    sentence: Span | None = None
    confidence: float = 0.8
    extractor: str = ""
    #: Canonical key filled by the pipeline's resolver (entity IRI local part).
    entity: str | None = None
    #: Set by coreference ("同氏", "he") to point at the antecedent's text.
    antecedent: str | None = None
    #: ACLED geo-precision of a place mention, set by the resolver: 1 the settlement itself,
    #: 2 near it ("near X", "the X direction") or a raion, 3 only an oblast or a country.
    geo_precision: int | None = None


@dataclass
class PersonRole:
    """A person holding a role/title, optionally in an organization."""

    person: Mention
    role: str  # the title as written ("参謀総長", "Secretary of State")
    start: int
    end: int
    org: Mention | None = None
    sentence: Span | None = None
    date: str | None = None
    confidence: float = 0.8
    extractor: str = ""


@dataclass
class Statement:
    """Who said what, when, how.

    ``speaker`` may be ``None`` for an unnamed speaker (``A spokesman for the
    US State Department``): then ``speaker_org`` and ``speaker_role`` say who.
    ``quote`` is the quoted text (direct) or the reported content (indirect).
    """

    quote: str
    start: int  # span of the whole statement clause
    end: int
    quote_start: int
    quote_end: int
    speaker: Mention | None = None
    speaker_role: str | None = None
    speaker_org: Mention | None = None
    verb: str | None = None  # reporting verb lemma as written ("述べた" -> "述べる", "said")
    medium: str | None = None  # "SNS", "Telegram", "interview", "press conference"...
    date: str | None = None  # ISO date, possibly partial
    direct: bool = True
    about: list[Mention] = field(default_factory=list)  # entities mentioned in the quote
    sentence: Span | None = None
    confidence: float = 0.7
    extractor: str = ""


@dataclass
class Count:
    """A number as the text states it ("at least 12", "10 to 15", "dozens").

    ``value`` is the best single figure (the stated number; the lower bound of "more than"
    and of a range); ``low``/``high`` bound it when the text gives a range or a bound
    ("more than 20" -> low 21, high None; "10-15" -> low 10, high 15).
    """

    text: str
    value: int
    low: int | None = None
    high: int | None = None


@dataclass
class EventMention:
    """A further span of the document that tells an :class:`Event` already recorded: a back-reference that
    event coreference merged into it ("この攻撃", "同事件"). It is provenance, not a second event: the graph
    writes it as a ``ckg:EventMention`` record pointing at the event (``ckg:mentionOfEvent``)."""

    trigger: str
    start: int
    end: int
    sentence: Span | None = None
    confidence: float = 0.6
    extractor: str = ""


@dataclass
class Event:
    """Something that happened (or is said to have happened)."""

    type: str  # see EVENT_TYPES
    trigger: str
    start: int
    end: int
    agents: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    participants: list[Mention] = field(default_factory=list)
    locations: list[Mention] = field(default_factory=list)
    #: Named weapons (Weapon mentions: Shahed, Storm Shadow); the ``instrument`` role.
    instruments: list[Mention] = field(default_factory=list)
    #: Whose report the text relays ("共同通信によると", "according to the governor"); never a party.
    reported_by: list[Mention] = field(default_factory=list)
    #: The event's own date as the text states it (ISO, possibly partial); ``None`` when the text
    #: states none (the graph then writes the document's date with ``ckg:datePrecision`` "document").
    date: str | None = None
    fatalities: Count | None = None
    injuries: Count | None = None
    #: Parties the text describes without naming them ("gunmen", "two civilians", "a man"): the words
    #: as written. They are no mentions, so no entity is made of them and they join no network.
    agent_descriptions: list[str] = field(default_factory=list)
    target_descriptions: list[str] = field(default_factory=list)
    instrument: str | None = None  # "missile", "drone", "Storm Shadow" ...
    quantity: str | None = None  # "39機", "約1370人", "53 million dollars"
    mode: str | None = None  # attack mode: missile / drone / shelling
    sentence: Span | None = None
    confidence: float = 0.6
    extractor: str = ""
    #: Hedge on the event ("assessed", "possible", "planned", "reported", "alleged") and its cue text.
    modality: str | None = None
    modality_cue: str | None = None
    #: Further spans of the document that tell this same event (merged back-references), in text order.
    told_again: list[EventMention] = field(default_factory=list)


@dataclass
class Claim:
    """A proposition attributed to a claimant, with a stance.

    ``event_index`` points into :attr:`DocRecords.events` when the claim is
    about an extracted event; ``disputes_index`` points into
    :attr:`DocRecords.claims` for a denial of another claim.
    """

    claimant: Mention | None
    stance: str  # see STANCES
    text: str  # the proposition as written
    start: int
    end: int
    event_index: int | None = None
    disputes_index: int | None = None
    verb: str | None = None  # "発表した", "denied", ...
    date: str | None = None
    sentence: Span | None = None
    confidence: float = 0.6
    extractor: str = ""
    modality: str | None = None
    modality_cue: str | None = None


@dataclass
class DocRecords:
    """Everything extracted from one document."""

    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    roles: list[PersonRole] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
