"""Tests for the English extractor (conflict_kg/extract/en.py and its modules)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflict_kg.kg.model import ENTITY_TYPES, EVENT_TYPES, STANCES, Mention

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_GLOB = "000_*.txt"
DOC_DATE = "2022-12-01"


@pytest.fixture(scope="session")
def en(nlp_en):
    from conflict_kg.extract.en import extract_en_text

    return lambda text, date=DOC_DATE: extract_en_text(text, date=date, nlp=nlp_en)


@pytest.fixture(scope="session")
def seed000(en):
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: seed 000 is available to developers and CI only")
    paths = sorted((SHARED / "seeds").glob(SEED_GLOB))
    assert len(paths) == 1, paths
    return en(paths[0].read_text(encoding="utf-8"))


def _key(m: Mention | None) -> str | None:
    return None if m is None else (m.antecedent or m.text)


def _check_invariants(rec) -> None:
    """Offsets point at their text and never run backwards (the SHACL shape checks start <= end)."""
    text = rec.doc.text
    for m in rec.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start : m.end] == m.text
        assert m.type in ENTITY_TYPES and m.extractor == "conflict-kg/en@0.1"
        assert m.sentence is not None and text[m.sentence.start : m.sentence.end] == m.sentence.text
    for r in rec.roles:
        assert text[r.person.start : r.person.end] == r.person.text and r.start <= r.person.start and r.person.end <= r.end
    for s in rec.statements:
        assert 0 <= s.start <= s.end <= len(text) and s.quote_start <= s.quote_end
        assert text[s.quote_start : s.quote_end] == s.quote and s.quote.strip()
        # the statement clause covers its content and its speaker, whatever their order
        assert s.start <= s.quote_start and s.quote_end <= s.end, (s.start, s.end, s.quote_start, s.quote_end)
        if s.speaker is not None:
            assert text[s.speaker.start : s.speaker.end] == s.speaker.text
    for e in rec.events:
        assert e.type in EVENT_TYPES and text[e.start : e.end] == e.trigger and e.start <= e.end
        for m in e.agents + e.targets + e.participants + e.locations:
            assert text[m.start : m.end] == m.text
    for i, c in enumerate(rec.claims):
        assert c.stance in STANCES and 0 <= c.start <= c.end <= len(text)
        assert c.event_index is None or 0 <= c.event_index < len(rec.events)
        # a claim disputes an earlier, asserting claim
        assert c.disputes_index is None or (0 <= c.disputes_index < i and rec.claims[c.disputes_index].stance == "asserts")
        assert c.disputes_index is None or c.stance == "denies"
        if c.claimant is not None:
            assert text[c.claimant.start : c.claimant.end] == c.claimant.text


# --- persons with roles ------------------------------------------------------------------
ROLE_CASES = [
    ("CIA Director Burns met him.", ("Burns", "Director", "CIA")),
    ("U.S. Secretary of State Brinken said so.", ("Brinken", "Secretary of State", "U.S.")),
    ("US Secretary of State Blinken arrived.", ("Blinken", "Secretary of State", "US")),
    ("Foreign Intelligence Service Director Naryshkin spoke.", ("Naryshkin", "Director", "Foreign Intelligence Service")),
    ("Deputy Prime Minister Bereschuk wrote a post.", ("Bereschuk", "Deputy Prime Minister", None)),
    ("Russian President Vladimir Putin spoke on Monday.", ("Vladimir Putin", "President", "Russian")),
    ("Russian Secretary Naryshkin said it.", ("Naryshkin", "Secretary", "Russian")),
    ("Sergei Lavrov, Russia's foreign minister, said the talks had failed.", ("Sergei Lavrov", "foreign minister", "Russia")),
    ("Kremlin spokesman Dmitry Peskov told reporters that talks were possible.", ("Dmitry Peskov", "spokesman", "Kremlin")),
]


@pytest.mark.parametrize("text,expected", ROLE_CASES)
def test_person_roles(en, text, expected):
    rec = en(text)
    got = {(r.person.text, r.role, r.org.text if r.org else None) for r in rec.roles}
    assert expected in got
    person = expected[0]
    # the person mention covers the name only
    assert any(m.type == "Person" and m.text == person for m in rec.mentions)
    assert not any(m.type == "Person" and expected[1] in m.text for m in rec.mentions)
    _check_invariants(rec)


def test_apposition_aide_and_title_run(en):
    rec = en("There was a meeting between CIA Director Burns and Foreign Intelligence Service Director Naryshkin, "
             "who was an aide to Russian President Vladimir Putin.")
    roles = {(r.person.text, r.role.split()[0]) for r in rec.roles}
    assert {("Burns", "Director"), ("Naryshkin", "Director"), ("Naryshkin", "aide"), ("Vladimir Putin", "President")} <= roles
    # spaCy's "Burns and Foreign Intelligence Service" ORG is repaired away
    assert not any("Burns and" in m.text for m in rec.mentions)


def test_short_reference_linked(en):
    rec = en("Russian President Vladimir Putin spoke. Later Putin left.")
    putins = [m for m in rec.mentions if m.type == "Person"]
    assert [m.text for m in putins] == ["Vladimir Putin", "Putin"]
    assert putins[1].antecedent == "Vladimir Putin"


# --- mentions ------------------------------------------------------------------------------
MENTION_CASES = [
    ("NATO said nothing.", ("NATO", "InternationalOrganization")),
    ("A spokesman for the US State Department told NHK about it.", ("NHK", "MediaOutlet")),
    ("A spokesman for the US State Department told NHK about it.", ("the US State Department", "Government")),
    ("The Russian military has repeated large-scale missile attacks.", ("Russian military", "MilitaryUnit")),
    ("The Ukrainian government has increased its vigilance.", ("Ukrainian government", "Government")),
    ("There is a 6-hour time difference with Moscow, Russia.", ("Moscow", "Location")),
    ("Ukraine's General Staff denied the claim.", ("Ukraine's General Staff", "MilitaryUnit")),
]


@pytest.mark.parametrize("text,expected", MENTION_CASES)
def test_mention_types(en, text, expected):
    rec = en(text)
    assert expected in {(m.text, m.type) for m in rec.mentions}


def test_label_table_is_the_single_mapping():
    from conflict_kg.extract.en_mentions import LABEL_TO_CLASS

    assert set(LABEL_TO_CLASS.values()) <= ENTITY_TYPES
    assert LABEL_TO_CLASS["PERSON"] == "Person" and LABEL_TO_CLASS["GPE"] == "Location"


def test_headline_title_case_is_not_a_person(en):
    rec = en("US CIA Director and Russian Foreign Intelligence Service Director Meet Last Month\n\nThey met in Turkey.")
    assert not any(m.type == "Person" for m in rec.mentions)


# --- statements ----------------------------------------------------------------------------
# (text, (speaker key, speaker_role, verb, medium, date, direct, quote prefix))
STATEMENT_CASES = [
    ("Deputy Prime Minister Bereschuk wrote on SNS on the 29th, ``We cannot give in to the cold now,” he wrote.",
     ("Bereschuk", "Deputy Prime Minister", "wrote", "SNS", "2022-11-29", True, "We cannot give in")),
    ('Naryshkin said in an interview with the state-run Russian news agency on the 30th, "The words were clear."',
     ("Naryshkin", None, "said", "interview", "2022-11-30", True, "The words were clear")),
    ('A spokesman for the US State Department told NHK, "Burns conveyed a message."',
     (None, "spokesman", "told", "NHK", None, True, "Burns conveyed a message")),
    ('U.S. Secretary of State Brinken said at a press conference on the 30th that "Putin will not succeed," he said.',
     ("Brinken", "Secretary of State", "said", "press conference", "2022-11-30", True, "Putin will not succeed")),
    ('"Russia has destroyed a third of the energy system," said Brinken.',
     ("Brinken", None, "said", None, None, True, "Russia has destroyed")),
    ("“We will not give up,” Zelensky said in a video address on Telegram.",
     ("Zelensky", None, "said", "Telegram", None, True, "We will not give up")),
    ("Sergei Lavrov, Russia's foreign minister, said the talks had failed.",
     ("Sergei Lavrov", "foreign minister", "said", None, None, False, "the talks had failed")),
    ("Kremlin spokesman Dmitry Peskov told reporters on Tuesday that talks were possible.",
     ("Dmitry Peskov", "spokesman", "told", None, "2022-11-29", False, "talks were possible")),
    ("On the other hand, the US government has indicated that it will not negotiate a ceasefire.",
     ("US government", None, "indicated", None, None, False, "it will not negotiate")),
]


@pytest.mark.parametrize("text,expected", STATEMENT_CASES)
def test_statements(en, text, expected):
    rec = en(text)
    assert len(rec.statements) == 1, [s.quote for s in rec.statements]
    s = rec.statements[0]
    speaker, role, verb, medium, date, direct, prefix = expected
    assert _key(s.speaker) == speaker
    assert s.speaker_role == role
    assert (s.verb, s.medium, s.date, s.direct) == (verb, medium, date, direct)
    assert s.quote.startswith(prefix)
    _check_invariants(rec)


def test_pronoun_speaker_takes_previous_speaker(en):
    rec = en('"Over the past weeks, Russia attacked," said Brinken. Heating and water are targets for Putin," he said. '
             "He indicated that he would consider more air defense.")
    assert [(_key(s.speaker), s.direct) for s in rec.statements] == [("Brinken", True), ("Brinken", True),
                                                                     ("Brinken", False)]
    assert rec.statements[1].speaker.text == "he" and rec.statements[1].quote.startswith("Heating")


def test_unnamed_speaker_continues_through_pronoun(en):
    rec = en('A spokesman for the US State Department told NHK, "Burns conveyed a message." '
             "He emphasized that he strongly warned Russia.")
    assert [(s.speaker, s.speaker_role, s.speaker_org.text if s.speaker_org else None) for s in rec.statements] == [
        (None, "spokesman", "the US State Department"), (None, "spokesman", "the US State Department")]


@pytest.mark.parametrize("text", [
    'The words "strategic stability" and "Kyiv regime" were used.',  # scare quotes, no reporting verb
    'He said "yes',  # unbalanced
    "US Secretary of State Brinken: Putin will not succeed",  # headline
])
def test_not_statements(en, text):
    assert en(text).statements == []


# --- events and claims ---------------------------------------------------------------------
# (text, (type, trigger, location, date, mode, quantity, participants))
EVENT_CASES = [
    ("There was a meeting in Turkey last month between CIA Director Burns and Foreign Intelligence Service "
     "Director Naryshkin.", ("Meeting", "meeting", "Turkey", "2022-11", None, None, ("Burns", "Naryshkin"))),
    ("The Russian military has repeated large-scale missile attacks since October.",
     ("Attack", "attacks", None, "2022-10", "missile", None, ())),
    ("Russian forces launched a drone strike on Monday.", ("Attack", "strike", None, "2022-11-28", "drone", None, ())),
    ("Ukraine's air force said it shot down 39 drones overnight.",
     ("Interception", "shot", None, "2022-11-30", None, "39 drones", ())),  # a report's "overnight": the night before
    ("The Russian military took control of the village of Klishchiivka.",
     ("Capture", "took", "Klishchiivka", None, None, None, ())),
    ("The United States announced $400 million in military aid to Ukraine.",
     ("Aid", "aid", None, None, None, "$400 million", ())),
    ("This is the 53 million dollars announced the day before. Specifically, we will provide transformers.",
     ("Aid", "provide", None, "2022-11-30", None, "53 million dollars", ())),
    ("Fighting between Russian and Ukrainian forces continues across Ukraine.",
     ("Attack", "Fighting", "Ukraine", None, None, None, ("Russian", "Ukrainian forces"))),
]


@pytest.mark.parametrize("text,expected", EVENT_CASES)
def test_events(en, text, expected):
    rec = en(text)
    typ, trigger, loc, date, mode, qty, parts = expected
    evs = [e for e in rec.events if e.type == typ]
    assert len(evs) == 1, [(e.type, e.trigger) for e in rec.events]
    e = evs[0]
    assert e.trigger == trigger and e.date == date and e.mode == mode and e.quantity == qty
    assert [m.text for m in e.locations] == ([loc] if loc else [])
    assert tuple(m.text for m in e.participants) == parts
    _check_invariants(rec)


@pytest.mark.parametrize("text", [
    "The government increased its vigilance against further attacks by the Russian military.",
    "In order to protect these facilities from Russian attacks, he will act.",
    # a headline restating the body (a headline with no body is the story: tests/test_zones.py)
    "Russian military repeats missile attacks\n\nThe ministry said it will keep its vigilance.",
])
def test_no_hypothetical_or_headline_events(en, text):
    assert en(text).events == []


# Trigger conditions are data (vocab_en.TRIGGER_CONDITIONS); sentences written for this table.
@pytest.mark.parametrize("text,typ", [
    ("Dock workers began a 48-hour strike in Odesa on Monday.", None),
    ("The prisoners went on a hunger strike last week.", None),
    ("The soldiers took photos of the bridge.", None),
    ("Russian forces took control of the village of Klishchiivka.", "Capture"),
    ("The air defence shot down 12 drones over Kyiv.", "Interception"),
    ("The air defence shot at the drones over Kyiv.", None),
    ("Police arrested a man in Kyiv on Friday.", "Arrest"),
    ("Russian forces detained the mayor of Kherson.", "Arrest"),
    ("The court issued an arrest warrant for the commander.", None),
])
def test_trigger_conditions(en, text, typ):
    types = {e.type for e in en(text).events} & {"Attack", "Capture", "Interception", "Arrest"}
    assert types == ({typ} if typ else set())


def test_claim_and_denial(en):
    rec = en("Russia's defence ministry said its forces captured Avdiivka on the 17th. "
             "Ukraine denied that Russian forces had captured Avdiivka.")
    assert [(c.claimant.text, c.stance) for c in rec.claims] == [("Russia's defence ministry", "asserts"),
                                                                 ("Ukraine", "denies")]
    assert rec.events[rec.claims[0].event_index].type == "Capture"
    assert rec.events[rec.claims[0].event_index].date == "2022-11-17"
    assert rec.claims[1].disputes_index == 0
    _check_invariants(rec)


# --- offsets: a reported clause before its speaker -----------------------------------------
# (text, (first words of the statement, its last word, number of claims)):
# the clause runs from the content to the verb
SPEAKER_AFTER_CASES = [
    ("Russian forces also launched a drone attack on Kharkiv overnight, injuring six people, "
     # one claim: the toll told with its attack is the attack's (six injured), not a second event
     "regional governor Oleh Syniehubov said.", ("Russian forces", "said", 1)),
    ("Ukraine needs more air defence, Zelensky said on Monday.", ("Ukraine needs", "said", 0)),
    ("Intro.\n\nThe plant lost its external power line after shelling nearby, IAEA Director General Rafael "
     "Grossi said.", ("The plant", "said", 1)),
]


@pytest.mark.parametrize("text,expected", SPEAKER_AFTER_CASES)
def test_statement_span_covers_content_before_speaker(en, text, expected):
    rec = en(text)
    assert len(rec.statements) == 1
    s = rec.statements[0]
    first, verb, n_claims = expected
    assert s.start == text.index(first) and s.end == text.rindex(verb) + len(verb)
    assert len(rec.claims) == n_claims and all((c.start, c.end) == (s.start, s.end) for c in rec.claims)
    _check_invariants(rec)


# Stated casualties (sentences written for this table): the number as stated, bounds for
# "at least"/ranges, the toll on the attack it was told with.
@pytest.mark.parametrize("text,fatalities,injuries", [
    ("Russian forces launched a drone attack on Kharkiv overnight, injuring six people.", None, (6, None, None)),
    ("At least 12 people were killed in a Russian missile strike on Kharkiv.", (12, 12, None), None),
    ("Russian shelling killed three and wounded eight civilians in Kherson.", (3, None, None), (8, None, None)),
    ("Between 10 and 15 soldiers were killed in the attack on the base.", (10, 10, 15), None),
    # part of the toll (fourth round; UCDP dev "there is a child among the dead"): at least that many
    ("Russians attacked residential areas of Dnipro: there is a child among the dead.", (1, 1, None), None),
    ("Two soldiers were among those killed in the shelling of Kherson.", (2, 2, None), None),
])
def test_casualties(en, text, fatalities, injuries):
    evs = [e for e in en(text).events if e.type == "Attack"]
    assert len(evs) == 1
    got = lambda c: (c.value, c.low, c.high) if c else None  # noqa: E731
    assert (got(evs[0].fatalities), got(evs[0].injuries)) == (fatalities, injuries)


# Instruments are Weapon mentions; places are never parties; news outlets fill no role.
@pytest.mark.parametrize("text,instruments", [
    ("Ukraine hit Russian positions with Storm Shadow missiles, the BBC reported.", ["Storm Shadow"]),
    ("Russia attacked the city with Shahed drones overnight.", ["Shahed"]),
    ("Ukrainian forces struck the bridge with HIMARS on Monday.", ["HIMARS"]),
])
def test_weapon_instruments(en, text, instruments):
    rec = en(text)
    ev = next(e for e in rec.events if e.type == "Attack")
    assert [m.text for m in ev.instruments] == instruments
    assert all(m.type == "Weapon" for m in ev.instruments)
    assert not any(m.type == "MediaOutlet" for m in ev.agents + ev.targets + ev.participants + ev.locations)


def _en_documents(paths) -> list:
    from conflict_kg.inputs import iter_documents

    return [d for d in iter_documents([str(p) for p in paths]) if getattr(d, "lang", None) == "en"]


def test_offset_invariants_on_all_samples(nlp_en):
    """Every record of every English sample, extracted the way the pipeline does it (merged chunks)."""
    from conflict_kg.pipeline import extract_documents

    docs = _en_documents([ROOT / "samples"])
    assert sorted(d.id for d in docs) == ["en/aid_package", "en/geneva_meeting", "en/kupiansk_denial", "wire/en-001"]
    recs = list(extract_documents(docs))
    for rec in recs:
        _check_invariants(rec)
    assert sum(len(r.statements) for r in recs) >= 10 and sum(len(r.claims) for r in recs) >= 5


def test_offset_invariants_on_seeds(nlp_en):
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the seeds are available to developers and CI only")
    from conflict_kg.pipeline import extract_documents

    docs = _en_documents([SHARED / "seeds" / "seeds.jsonl"])
    assert [d.id for d in docs] == ["000_8ceb25cdc0cc4f9c"]
    for rec in extract_documents(docs):
        _check_invariants(rec)
        assert len(rec.statements) >= 10


# --- places ----------------------------------------------------------------------------------
# (text, expected (mention text, type) pairs)
PLACE_CASES = [
    ("Its forces had captured the town of Kupiansk in the Kharkiv region.",
     [("Kupiansk", "Settlement"), ("Kharkiv region", "AdministrativeRegion")]),
    ("Fighting continued in Zaporizhzhia Oblast.", [("Zaporizhzhia Oblast", "AdministrativeRegion")]),
    ("Russian forces struck the Donetsk and Zaporizhzhia regions.",
     [("Donetsk", "AdministrativeRegion"), ("Zaporizhzhia", "AdministrativeRegion")]),
    ("Russian troops entered the Russian region of Kursk and the city of Sumy.",
     [("Kursk", "AdministrativeRegion"), ("Sumy", "City")]),
    ("The Russian military took control of the village of Klishchiivka.", [("Klishchiivka", "Settlement")]),
    # a headline's spaced dash ends a place name; the source after it keeps its own mention (dev headline)
    ("Russian Armed Forces destroyed up to 250 military units of the Armed Forces of Ukraine with strikes in the area"
     " of ??Kupyansk and Izyum - Russian Defense Ministry.",
     [("Izyum", "Location"), ("Russian Defense Ministry", "Government")]),
]


@pytest.mark.parametrize("text,absent", [
    ("Ukrainian Armed Forces lost up to 60 servicemen in Yuzhno-Donetsk and Zaporozhye directions.", "Donetsk"),  # dev
])
def test_hyphen_glued_name_is_no_place(en, text, absent):
    # "Yuzhno-Donetsk" (South Donetsk) names a front sector, not the city of Donetsk
    assert absent not in {m.text for m in en(text).mentions}


@pytest.mark.parametrize("text,expected", PLACE_CASES)
def test_places_named_with_their_kind(en, text, expected):
    rec = en(text)
    got = {(m.text, m.type) for m in rec.mentions}
    assert set(expected) <= got
    assert not any(m.type == "Person" for m in rec.mentions)  # "Zaporizhzhia Oblast" was PERSON for spaCy
    _check_invariants(rec)


def test_region_mention_resolves_to_the_oblast(en):
    from conflict_kg.kg.resolve import Resolver

    rec = en("Its forces had captured the town of Kupiansk in the Kharkiv region.")
    region = next(m for m in rec.mentions if m.type == "AdministrativeRegion")
    res = Resolver().resolve(region.text, region.type, "en", region.sentence.text)
    assert (res.label_en, res.type) == ("Kharkiv Oblast", "AdministrativeRegion")


# (text, capture trigger, its locations)
CAPTURE_PLACE_CASES = [
    ("Russia's Defense Ministry said on the 20th that its forces had captured the town of Kupiansk in the Kharkiv "
     "region.", ("captured", ["Kupiansk", "Kharkiv region"])),
    ("Russian forces captured the village of Klishchiivka near Bakhmut.", ("captured", ["Klishchiivka", "Bakhmut"])),
    ("Russian forces captured Pokrovsk.", ("captured", ["Pokrovsk"])),
    ("Russian forces captured the city of Avdiivka.", ("captured", ["Avdiivka"])),  # spaCy: PERSON when bare
]


@pytest.mark.parametrize("text,expected", CAPTURE_PLACE_CASES)
def test_capture_locations(en, text, expected):
    rec = en(text)
    caps = [e for e in rec.events if e.type == "Capture"]
    assert [(e.trigger, [m.text for m in e.locations]) for e in caps] == [expected]
    _check_invariants(rec)


def test_place_tagged_person_elsewhere_is_a_place(en):
    # spaCy: "Kharkiv" is LOC in "the Kharkiv region" and PERSON in "a drone attack on Kharkiv"
    rec = en("Kupiansk lies in the Kharkiv region.\n\nRussian forces also launched a drone attack on Kharkiv "
             "overnight, injuring six people, regional governor Oleh Syniehubov said.")
    kharkiv = [m for m in rec.mentions if m.text == "Kharkiv"]
    assert [m.type for m in kharkiv] == ["Location"]
    assert [m.text for m in rec.mentions if m.type == "Person"] == ["Oleh Syniehubov"]
    attack = next(e for e in rec.events if e.type == "Attack")
    assert [m.text for m in attack.targets] == ["Kharkiv"]  # once, not once per head


# --- claims: reported events vs opinions -------------------------------------------------------
# (text, [(stance, event type)] of the claims)
ASSERT_CASES = [
    ("Russia's defence ministry said its forces captured Avdiivka.", [("asserts", "Capture")]),
    ("Ukraine's air force said it shot down 39 drones overnight.", [("asserts", "Interception")]),
    ("Russian forces also launched a drone attack on Kharkiv overnight, injuring six people, regional governor "
     "Oleh Syniehubov said.", [("asserts", "Attack")]),  # the toll is the attack's (merge_into)
    ('"Over the past few weeks, Russia has destroyed more than a third of Ukraine\'s energy system with airstrikes," '
     "said Brinken.", [("asserts", "Attack")]),
    # opinions and quotes that only name an event: a statement, no claim
    ('Rubio told reporters, "This was the most productive meeting we have had so far."', []),
    ('Blinken said, "President Putin\'s strategy of attacking the grid will not succeed."', []),
    ("Peskov said Moscow had not received any official text of the proposal.", []),
]


@pytest.mark.parametrize("text,expected", ASSERT_CASES)
def test_claims_are_reported_events_not_opinions(en, text, expected):
    rec = en(text)
    assert len(rec.statements) == 1  # the statement is kept either way
    assert [(c.stance, rec.events[c.event_index].type) for c in rec.claims] == expected
    _check_invariants(rec)


# --- claims: denials --------------------------------------------------------------------------
_CAPTURE = "Russia's Defense Ministry said on the 20th that its forces had captured the town of Kupiansk in the Kharkiv region."
_SHOT = "Ukraine's air force said it shot down 39 drones overnight."
# (text, [(claimant, stance, disputes_index)])
DENIAL_CASES = [
    (_CAPTURE + "\n\nUkraine's General Staff denied the claim, saying that Ukrainian troops still held positions in "
     "the town.", [("Russia's Defense Ministry", "asserts", None), ("Ukraine's General Staff", "denies", 0)]),
    (_CAPTURE + "\n\n" + _SHOT + "\n\nColonel General Oleksandr Syrskyi, commander-in-chief of Ukraine's armed "
     'forces, said, "The enemy\'s report about Kupiansk is false."',
     [("Russia's Defense Ministry", "asserts", None), ("Ukraine's air force", "asserts", None),
      ("Oleksandr Syrskyi", "denies", 0)]),  # the place, not the latest claim
    (_SHOT + " The Kremlin dismissed the report as false.",
     [("Ukraine's air force", "asserts", None), ("Kremlin", "denies", 0)]),
    ("Russia's defence ministry said its forces captured Kupiansk. Zelensky said the Russian report was untrue.",
     [("Russia's defence ministry", "asserts", None), ("Zelensky", "denies", 0)]),
    ("Russia's defence ministry said its forces captured Kupiansk. " + _SHOT + " Ukraine's General Staff denied "
     "that Russian troops had captured Kupiansk.",
     [("Russia's defence ministry", "asserts", None), ("Ukraine's air force", "asserts", None),
      ("Ukraine's General Staff", "denies", 0)]),  # same event type and place, not the latest claim
    ("Russia's defence ministry said its forces captured Vovchansk. Ukraine rejected the claim.",
     [("Russia's defence ministry", "asserts", None), ("Ukraine", "denies", 0)]),
    ("Russia's defence ministry said its forces captured Kupiansk. Ukraine denied it.",
     [("Russia's defence ministry", "asserts", None), ("Ukraine", "denies", 0)]),
    # one denial, not two, when the follow-up says it again
    ("Russia's defence ministry said its forces captured Kupiansk. Ukraine's General Staff denied the claim, "
     "saying that it was false.", [("Russia's defence ministry", "asserts", None), ("Ukraine's General Staff", "denies", 0)]),
    # not denials of a claim
    ("Zelensky dismissed the commander.", []),
    ("Ukraine rejected the peace plan.", []),
    ("Russia's defence ministry said its forces captured Kupiansk. Ukraine did not deny the claim.",
     [("Russia's defence ministry", "asserts", None)]),
]


@pytest.mark.parametrize("text,expected", DENIAL_CASES)
def test_denials_dispute_the_earlier_claim(en, text, expected):
    rec = en(text)
    assert [(_key(c.claimant), c.stance, c.disputes_index) for c in rec.claims] == expected
    for c in rec.claims:
        if c.disputes_index is not None:  # a denial is about what it disputes
            assert c.event_index is not None
            assert rec.events[c.event_index].type == rec.events[rec.claims[c.disputes_index].event_index].type
    _check_invariants(rec)


def test_sample_kupiansk_denial_claims(nlp_en):
    """The bundled sample through the pipeline's chunking: one capture claim, two linked denials."""
    from conflict_kg.pipeline import extract_documents

    docs = [d for d in _en_documents([ROOT / "samples"]) if d.id == "en/kupiansk_denial"]
    assert len(docs) == 1
    rec = next(extract_documents(docs))
    got = [(_key(c.claimant), c.stance, c.disputes_index, rec.events[c.event_index].type) for c in rec.claims]
    assert got[:3] == [("Russia's Defense Ministry", "asserts", None, "Capture"),
                       ("Ukraine's General Staff", "denies", 0, "Capture"),
                       ("Oleksandr Syrskyi", "denies", 0, "Capture")]
    capture = rec.events[rec.claims[0].event_index]
    assert [(m.text, m.type) for m in capture.locations] == [("Kupiansk", "Settlement"),
                                                              ("Kharkiv region", "AdministrativeRegion")]
    # the toll ("injuring six people") is the attack's, told in its sentence: no separate CasualtyReport
    assert {(c.stance, rec.events[c.event_index].type) for c in rec.claims[3:]} == {
        ("asserts", "Attack"), ("asserts", "Interception")}
    _check_invariants(rec)


# --- robustness ----------------------------------------------------------------------------
NAUGHTY = ["", " ", "\n\n\n", "...", "?!,;:", '"', "“", "``", '"unbalanced', "He said “", "🙂🔥💥", "\x00\x01\x02",
           "\u200b\u200b", "A" * 5000, ("word " * 2000).strip(), "''''", "”“”“"]


@pytest.mark.parametrize("text", NAUGHTY)
def test_naughty_strings_yield_nothing(en, text):
    rec = en(text)
    assert (rec.roles, rec.statements, rec.events, rec.claims) == ([], [], [], [])
    assert [m for m in rec.mentions if m.type == "Person"] == []
    _check_invariants(rec)


def test_chunk_offsets_map_into_document(nlp_en):
    from conflict_kg.kg.model import Document

    from conflict_kg.extract.en import extract_en

    text = "Intro line.\n\nDeputy Prime Minister Bereschuk wrote on SNS, \"Hold on.\"\n\nCIA Director Burns met him."
    parts = text.split("\n\n")
    offsets = [text.index(p) for p in parts]
    rec = extract_en(list(zip(nlp_en.pipe(parts), offsets)), Document(id="x", text=text, lang="en", date=DOC_DATE))
    assert {m.text for m in rec.mentions if m.type == "Person"} == {"Bereschuk", "Burns"}
    assert rec.statements[0].quote == "Hold on." and text[rec.statements[0].quote_start:].startswith("Hold on.")
    _check_invariants(rec)
    with pytest.raises(ValueError):
        extract_en([(nlp_en("Other text"), 0)], Document(id="y", text=text, lang="en"))


# --- seed 000 end to end -------------------------------------------------------------------
def test_seed000_facts(seed000):
    rec = seed000
    _check_invariants(rec)
    meetings = [e for e in rec.events if e.type == "Meeting"]
    assert any({m.text for m in e.participants} == {"Burns", "Naryshkin"} and [m.text for m in e.locations] == ["Turkey"]
               and e.date == "2022-11" for e in meetings)
    st = {(_key(s.speaker), s.speaker_role, s.verb, s.medium, s.date, s.direct): s for s in rec.statements}
    nar = st[("Naryshkin", "Secretary", "said", "interview", "2022-11-30", True)]
    assert nar.quote.startswith("The most frequently used words at this meeting")
    spok = [s for s in rec.statements if s.speaker is None and s.medium == "NHK"]
    assert len(spok) == 1 and spok[0].speaker_role == "spokesman" and spok[0].speaker_org.text == "the US State Department"
    assert ("Brinken", "Secretary of State", "said", "press conference", "2022-11-30", True) in st
    ber = st[("Bereschuk", "Deputy Prime Minister", "wrote", "SNS", "2022-11-29", True)]
    assert ber.quote.startswith("We cannot give in to the cold and darkness now")
    aid = [e for e in rec.events if e.type == "Aid"]
    assert [e.quantity for e in aid] == ["53 million dollars"] and aid[0].date == "2022-11-29"


def test_seed000_gold_scores(nlp_en):
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: seed 000 is available to developers and CI only")
    from bench.score_extraction_en import GOLD_000, score_seed_000

    gold = json.loads(GOLD_000.read_text(encoding="utf-8"))
    assert (len(gold["person_roles"]), len(gold["statements"]), len(gold["events"])) == (8, 10, 6)
    res = score_seed_000(nlp=nlp_en)
    # floors a bit below the measured development scores (all 1.0 at the time of writing)
    assert res["person_roles"]["p"] >= 0.9 and res["person_roles"]["r"] >= 0.85
    assert res["statements"]["p"] >= 0.9 and res["statements"]["r"] >= 0.85
    assert res["events"]["f1"] >= 0.8


@pytest.mark.parametrize("text,n_sentences", [
    ("Russian Armed Forces destroyed more than 60 military units in the area of ??Ugledar and Prechistovka.", 1),  # dev
    ("Was it a drone? Russian troops shelled Kherson.", 2),  # own: a spaced question mark still ends one
])
def test_glued_question_mark_ends_no_sentence(nlp_en, text, n_sentences):
    # "??" before a name is a character lost in transcoding (quotes), not two questions
    assert len(list(nlp_en(text).sents)) == n_sentences
