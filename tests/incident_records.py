"""Hand-made documents for incident tests: records built from a compact table, no NLP model.

Each document is ``(doc_id, lang, date, events)``; an event is a dict with ``type``, ``date`` and
lists of entity keys under ``agents``, ``targets``, ``participants``, ``locations``, and optional
``claim`` = ``(claimant key, stance)``. Entity keys are resolved by :data:`RESOLUTIONS` (gazetteer keys
so that containment and sides come from the shipped gazetteer).
"""
from __future__ import annotations

from types import SimpleNamespace

from conflict_kg.kg.model import Claim, Document, DocRecords, Event, Mention, Span

__all__ = ["RESOLUTIONS", "records", "DOCS"]


def _r(key, type_, en, lat=None, lon=None):
    return SimpleNamespace(key=key, type=type_, label_en=en, labels_ja=(), wikidata=key if key.startswith("Q") else None,
                           lat=lat, lon=lon, confidence=1.0, method="gazetteer")


RESOLUTIONS = {
    "Q1899": _r("Q1899", "City", "Kyiv", 50.45466, 30.5238),
    "Q212": _r("Q212", "Country", "Ukraine"),
    "Q159": _r("Q159", "Country", "Russia"),
    "location/kupiansk": _r("location/kupiansk", "City", "Kupiansk", 49.71003, 37.61581),
    "location/kupiansk_vuzlovyi": _r("location/kupiansk_vuzlovyi", "City", "Kupiansk-Vuzlovyi", 49.67061, 37.64319),
    "location/pokrovsk": _r("location/pokrovsk", "City", "Pokrovsk", 48.28014, 37.17706),
    "location/kharkiv_oblast": _r("location/kharkiv_oblast", "AdministrativeRegion", "Kharkiv Oblast"),
    "organization/armed_forces_of_the_russian_federation": _r(
        "organization/armed_forces_of_the_russian_federation", "MilitaryUnit", "Armed Forces of the Russian Federation"),
    "person/valery_gerasimov": _r("person/valery_gerasimov", "Person", "Valery Gerasimov"),
    "Q7747": _r("Q7747", "Person", "Vladimir Putin"),
    "Q15031": _r("Q15031", "Person", "Xi Jinping"),
    "Q22686": _r("Q22686", "Person", "Donald Trump"),
    "organization/armed_forces_of_ukraine": _r("organization/armed_forces_of_ukraine", "MilitaryUnit", "Armed Forces of Ukraine"),
}

_TYPES = {k: r.type for k, r in RESOLUTIONS.items()}


def records(doc_id: str, lang: str, date: str, events: list[dict], url: str | None = None) -> DocRecords:
    """DocRecords for one compact document (its text is the keys, so offsets are real)."""
    keys = sorted({k for e in events for role in ("agents", "targets", "participants", "locations") for k in e.get(role, ())}
                  | {e["claim"][0] for e in events if e.get("claim")})
    text = " ".join(keys) + " ."
    doc = Document(id=doc_id, text=text, lang=lang, date=date, url=url, source="test")
    sent = Span(0, len(text), text)

    def m(key: str) -> Mention:
        start = text.index(key)
        return Mention(text=key, start=start, end=start + len(key), type=_TYPES[key], entity=key, sentence=sent, extractor="test")

    evs, claims = [], []
    for i, e in enumerate(events):
        evs.append(Event(type=e["type"], trigger=e["type"], start=0, end=1, date=e.get("date"), sentence=sent, extractor="test",
                         **{role: [m(k) for k in e.get(role, ())] for role in ("agents", "targets", "participants", "locations")}))
        if e.get("claim"):
            who, stance = e["claim"]
            claims.append(Claim(claimant=m(who), stance=stance, text=f"{stance} {i}", start=i, end=i + 1, event_index=i,
                                date=date, sentence=sent, extractor="test"))
    mentions = [m(k) for k in keys]
    return DocRecords(doc=doc, mentions=mentions, events=evs, claims=claims)


RU = "organization/armed_forces_of_the_russian_federation"
UA = "organization/armed_forces_of_ukraine"
#: A small cross-document, cross-language set: one Kyiv strike told three times (ja, en, en a day
#: later dated back), a strike on Kyiv the next day, Ukraine's strike the same day, a capture
#: claim of Kupiansk with a denial days later, the next-door town the same day, and a meeting.
DOCS = [
    ("t/ja-1", "ja", "2022-12-29", [{"type": "Attack", "date": "2022-12-29", "agents": [RU], "locations": ["Q1899"]}]),
    ("t/en-1", "en", "2022-12-29", [{"type": "Attack", "date": "2022-12-29", "agents": ["Q159"], "participants": ["Q1899"]}]),
    ("t/en-2", "en", "2022-12-30", [{"type": "Attack", "date": "2022-12-29", "targets": ["Q1899"]},
                                    {"type": "Attack", "date": "2022-12-30", "agents": [RU], "locations": ["Q1899"]}]),
    ("t/en-3", "en", "2022-12-29", [{"type": "Attack", "date": "2022-12-29", "agents": [UA], "locations": ["Q1899"]}]),
    ("t/ja-2", "ja", "2025-11-20", [{"type": "Capture", "date": "2025-11-20", "agents": [RU], "targets": ["location/kupiansk"],
                                     "claim": ("person/valery_gerasimov", "asserts")},
                                    {"type": "Capture", "date": "2025-11-20", "agents": [RU], "locations": ["location/kupiansk"],
                                     "claim": ("person/valery_gerasimov", "asserts")}]),
    ("t/en-4", "en", "2025-11-24", [{"type": "Capture", "date": "2025-11-24", "locations": ["location/kupiansk"],
                                     "claim": (UA, "denies")}]),
    ("t/en-5", "en", "2025-11-20", [{"type": "Capture", "date": "2025-11-20", "agents": [RU],
                                     "locations": ["location/kupiansk_vuzlovyi"]}]),
    ("t/ja-3", "ja", "2022-12-30", [{"type": "Meeting", "date": "2022-12-30", "participants": ["Q7747", "Q15031"]}]),
    ("t/en-6", "en", "2022-12-30", [{"type": "Meeting", "date": "2022-12-30", "participants": ["Q15031", "Q7747", "Q159"]}]),
]
