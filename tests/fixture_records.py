"""A small hand-made graph for golden-result tests (no NLP model needed).

Two documents, one Japanese and one English, written here for the tests:
they cover a meeting, an attack, a capture claim and its denial, statements
with roles, and one place spelled two ways (ポクロウシク / ポクロフスク) that
resolves to one entity.
"""
from __future__ import annotations

from types import SimpleNamespace

from conflict_kg.kg.model import Claim, Document, DocRecords, Event, Mention, PersonRole, Span, Statement

__all__ = ["fixture_records", "RESOLUTIONS", "JA_TEXT", "EN_TEXT"]

JA_TEXT = (
    "ロシアのプーチン大統領は20日、モスクワでゼレンスキー大統領と会談した。"
    "ロシア国防省は21日、ポクロウシクを制圧したと発表した。"
    "ウクライナ軍はこれを否定し、「ポクロフスクでは戦闘が続いている」と述べた。"
)
EN_TEXT = (
    'Russian forces launched a missile attack on Kyiv on the 19th. '
    'Ukrainian President Zelensky said, "We will not give up Pokrovsk."'
)


def _r(key, type_, en, ja=(), qid=None, lat=None, lon=None, method="gazetteer", **place):
    return SimpleNamespace(key=key, type=type_, label_en=en, labels_ja=tuple(ja), wikidata=qid,
                           lat=lat, lon=lon, confidence=1.0, method=method, **place)


#: What the resolver would answer for the fixture's entity keys.
RESOLUTIONS = {
    "Q7747": _r("Q7747", "Person", "Vladimir Putin", ["ウラジーミル・プーチン"], "Q7747"),
    "Q3874799": _r("Q3874799", "Person", "Volodymyr Zelenskyy", ["ウォロディミル・ゼレンスキー"], "Q3874799"),
    "Q649": _r("Q649", "City", "Moscow", ["モスクワ"], "Q649", 55.75583, 37.61730),
    "Q1899": _r("Q1899", "City", "Kyiv", ["キーウ"], "Q1899", 50.45, 30.52361, country="UA", geonames=703448),
    "Q159": _r("Q159", "Country", "Russia", ["ロシア"], "Q159"),
    "Q212": _r("Q212", "Country", "Ukraine", ["ウクライナ"], "Q212", 48.40379, 31.07618, country="UA"),
    "Q163213": _r("Q163213", "City", "Pokrovsk", ["ポクロウシク", "ポクロフスク"], "Q163213", 48.282, 37.176,
                  country="UA", region="location/donetsk_oblast", admin2="location/pokrovskyi_raion",
                  geonames=704508, population=60127),
    # The containers the resolver adds for ckg:locatedIn (method "container").
    "location/pokrovskyi_raion": _r("location/pokrovskyi_raion", "AdministrativeRegion", "Pokrovsk Raion", (), None,
                                    48.22949, 37.31963, "container", country="UA", region="location/donetsk_oblast"),
    "location/donetsk_oblast": _r("location/donetsk_oblast", "AdministrativeRegion", "Donetsk Oblast", ["ドネツク州"],
                                  None, 48.0, 37.8, "container", country="UA"),
    "Q1469183": _r("Q1469183", "Government", "Ministry of Defence of Russia", ["ロシア国防省"], "Q1469183"),
    "militaryunit/ウクライナ軍": _r("militaryunit/ウクライナ軍", "MilitaryUnit", None, ["ウクライナ軍"], None, method="new"),
    "militaryunit/russian forces": _r("militaryunit/russian forces", "MilitaryUnit", None, (), None, method="new"),
}


def _m(text: str, doc_text: str, type_: str, key: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(text, start + 1)
    return Mention(text=text, start=start, end=start + len(text), type=type_, entity=key, extractor="fixture", confidence=0.9)


def _sent(doc_text: str, start: int) -> Span:
    ends = [i + 1 for i, ch in enumerate(doc_text) if ch in "。."]
    s = max([e for e in ends if e <= start] + [0])
    e = min([e for e in ends if e > start] + [len(doc_text)])
    return Span(s, e, doc_text[s:e])


def fixture_records() -> list[DocRecords]:
    """The two fixture documents with their records (fresh objects each call)."""
    t = JA_TEXT
    ja = Document(id="fixture/ja", text=t, lang="ja", date="2025-11-21", source="fixture")
    putin = _m("プーチン", t, "Person", "Q7747")
    zel = _m("ゼレンスキー", t, "Person", "Q3874799")
    russia = _m("ロシア", t, "Country", "Q159")
    moscow = _m("モスクワ", t, "City", "Q649")
    mod = _m("ロシア国防省", t, "Government", "Q1469183")
    pok1 = _m("ポクロウシク", t, "City", "Q163213")
    uaf = _m("ウクライナ軍", t, "MilitaryUnit", "militaryunit/ウクライナ軍")
    pok2 = _m("ポクロフスク", t, "City", "Q163213")
    for m in (putin, zel, russia, moscow, mod, pok1, uaf, pok2):
        m.sentence = _sent(t, m.start)
    meet_at = t.index("会談")
    capture_at = t.index("制圧")
    deny_at = t.index("否定")
    q = "ポクロフスクでは戦闘が続いている"
    qs = t.index(q)
    ja_records = DocRecords(
        doc=ja,
        mentions=[putin, zel, russia, moscow, mod, pok1, uaf, pok2],
        roles=[PersonRole(person=putin, role="大統領", org=russia, start=russia.start, end=putin.end + 3,
                          sentence=putin.sentence, extractor="fixture")],
        statements=[Statement(quote=q, start=uaf.start, end=qs + len(q) + 5, quote_start=qs, quote_end=qs + len(q),
                              speaker=uaf, verb="述べる", date="2025-11-21", about=[pok2],
                              sentence=uaf.sentence, extractor="fixture")],
        events=[
            Event(type="Meeting", trigger="会談", start=meet_at, end=meet_at + 2, participants=[putin, zel],
                  locations=[moscow], date="2025-11-20", sentence=putin.sentence, extractor="fixture"),
            Event(type="Capture", trigger="制圧", start=capture_at, end=capture_at + 2, agents=[mod],
                  locations=[pok1], date="2025-11-21", sentence=mod.sentence, extractor="fixture"),
        ],
        claims=[
            Claim(claimant=mod, stance="asserts", text=t[mod.start:t.index("発表した")], start=mod.start,
                  end=t.index("発表した") + 4, event_index=1, verb="発表した", date="2025-11-21",
                  sentence=mod.sentence, extractor="fixture"),
            Claim(claimant=uaf, stance="denies", text="ウクライナ軍はこれを否定し", start=uaf.start, end=deny_at + 2,
                  disputes_index=0, verb="否定した", date="2025-11-21", sentence=uaf.sentence, extractor="fixture"),
        ],
    )

    t = EN_TEXT
    en = Document(id="fixture/en", text=t, lang="en", date="2025-11-20", source="fixture")
    rf = _m("Russian forces", t, "MilitaryUnit", "militaryunit/russian forces")
    kyiv = _m("Kyiv", t, "City", "Q1899")
    ukr = _m("Ukrainian", t, "Country", "Q212")
    zel_en = _m("Zelensky", t, "Person", "Q3874799")
    pok_en = _m("Pokrovsk", t, "City", "Q163213")
    for m in (rf, kyiv, ukr, zel_en, pok_en):
        m.sentence = _sent(t, m.start)
    q = "We will not give up Pokrovsk."
    qs = t.index(q)
    atk = t.index("missile attack")
    en_records = DocRecords(
        doc=en,
        mentions=[rf, kyiv, ukr, zel_en, pok_en],
        roles=[PersonRole(person=zel_en, role="President", org=ukr, start=ukr.start, end=zel_en.end,
                          sentence=zel_en.sentence, extractor="fixture")],
        statements=[Statement(quote=q, start=ukr.start, end=qs + len(q) + 1, quote_start=qs, quote_end=qs + len(q),
                              speaker=zel_en, speaker_role="President", speaker_org=None, verb="said",
                              about=[pok_en], sentence=zel_en.sentence, extractor="fixture")],
        events=[Event(type="Attack", trigger="missile attack", start=atk, end=atk + 14, agents=[rf], targets=[kyiv],
                      locations=[kyiv], date="2025-11-19", mode="missile", sentence=rf.sentence, extractor="fixture")],
    )
    return [ja_records, en_records]
