"""English events on UCDP-like headlines, fifth session (issue #15): stated tolls as numbers with
bounds, and the trigger families that find the event. Rows come from UCDP *dev* headlines ("dev") or
are our own ("own"), as in ``tests/test_events_en.py``, whose ``en`` fixture this module shares.
"""
from __future__ import annotations

import pytest

from conflict_kg.extract.arguments import casualties_en, to_int
from tests.test_events_en import en  # noqa: F401  (the shared fixture: English extraction at a fixed date)


def _triple(c):
    return (c.value, c.low, c.high) if c else None


# Number phrases (own): words for numbers, compounds and multipliers.
@pytest.mark.parametrize("text,value", [
    ("twenty-five", 25), ("Sixty", 60), ("ninety nine", 99), ("two dozen", 24), ("a dozen", 12),
    ("a hundred", 100), ("two hundred", 200), ("1.5 thousand", 1500), ("half a hundred", 50),
    ("3 thousand", 3000), ("two hundred fifty", 250), ("1,200", 1200), ("several", None), ("a few", None),
])
def test_number_phrases(text, value):
    assert to_int(text) == value


# (text, fatalities (value, low, high), injuries) read by the text rule alone; all own sentences
# unless marked "dev".
CASUALTY_CASES = [
    # bounds: "at least" is inclusive, "more than"/"over" exclusive (Count: "more than 20" -> low 21)
    ("At least 12 people were killed in the strike.", (12, 12, None), None),
    ("More than 20 civilians were killed.", (21, 21, None), None),
    ("Over 30 soldiers died in the battle.", (31, 31, None), None),
    ("More than a dozen people were killed.", (13, 13, None), None),
    ("Up to 40 soldiers were killed.", (40, None, 40), None),
    ("Nearly 50 people were killed.", (50, None, 50), None),
    ("Between 10 and 15 people were killed.", (10, 10, 15), None),
    ("10-15 people were killed.", (10, 10, 15), None),
    # words for numbers
    ("Twenty-five people died in the attack.", (25, None, None), None),
    ("Sixty people were killed.", (60, None, None), None),
    ("Two dozen soldiers were killed.", (24, None, None), None),
    ("A hundred soldiers were killed.", (100, None, None), None),
    # quantities without a number: the least number the word means, as a lower bound
    ("Dozens of people were killed in the shelling.", (24, 24, None), None),
    ("Hundreds of civilians were wounded.", None, (200, 200, None)),
    ("Tens of thousands of soldiers were killed.", (20000, 20000, None), None),
    ("Several civilians died in Krasny Liman during the shelling.", (3, 3, None), None),  # dev
    ("Several settlements were shelled, there are dead and wounded.", None, None),
    # killed N and wounded M; N killed, M wounded
    ("In the Donetsk region, the Russians killed three and wounded eight civilians in a day.",
     (3, None, None), (8, None, None)),  # dev
    ("Seven were killed, 27 were injured due to shelling of the territory of the DPR.",
     (7, None, None), (27, None, None)),  # dev
    ("Russian strike kills 3, injures 10 in Zaporizhzhia.", (3, None, None), (10, None, None)),
    ("Four people were injured and one killed.", (1, None, None), (4, None, None)),
    ("Shelling of Dnipro: one person was killed, at least two were injured.", (1, None, None), (2, 2, None)),  # dev
    # several tolls of one kind: a count told as more adds; otherwise the largest (a toll that rose)
    ("Three people were killed in Kherson, two more died in Mykolaiv.", (5, None, None), None),
    ("One person was killed in the morning; by evening the death toll rose to four.", (4, None, None), None),
    ("The death toll rose from 3 to 7.", (7, None, None), None),
    ("Shelling of a convoy in Zaporozhye: the number of victims increased to 25, about 50 injured.",
     (25, None, None), (50, None, None)),  # dev
    # no toll: both kinds together, or a number of something else
    ("100 soldiers were killed and wounded.", None, None),
    ("The enemy fired 75 shells in a day, 2 people were injured.", None, (2, None, None)),
]


@pytest.mark.parametrize("text,fatalities,injuries", CASUALTY_CASES)
def test_casualties_en(text, fatalities, injuries):
    fat, inj = casualties_en(text, 0, len(text))
    assert (_triple(fat), _triple(inj)) == (fatalities, injuries)


# The toll reaches the event and the graph (ckg:injuries too).
@pytest.mark.parametrize("text,fatalities,injuries", [
    ("In Khmelnytskyi, one person died and four were injured due to a drone attack.", 1, 4),  # dev
    ("Russian shelling killed dozens of civilians in Kharkiv.", 24, None),  # own
])
def test_event_tolls(en, text, fatalities, injuries):
    ev = next(e for e in en(text).events if e.type in ("Attack", "CasualtyReport"))
    assert (ev.fatalities.value if ev.fatalities else None, ev.injuries.value if ev.injuries else None) == \
        (fatalities, injuries)


# Synonym families of fighting and killing (fifth session): a battle by its noun, a shelling by
# "bombard", "repulse" as "repel", an ambush, a massacre or slaughter, "perish" as "die"; not a legal
# battle, one against a disease or a blaze, nor slaughtered cattle.
@pytest.mark.parametrize("text,expected", [
    ("Ukraine update: A surprise move could change everything in the battle for Lyman.", "Attack"),  # dev
    ("“its a slaughter”", "Attack"),  # dev
    ("Heavy battles continue near Bakhmut.", "Attack"),  # own
    ("A skirmish broke out on the border overnight.", "Attack"),  # own
    ("Russian forces bombarded Kharkiv overnight.", "Attack"),  # own
    ("The defenders repulsed an attack near Avdiivka.", "Attack"),  # own
    ("Partisans ambushed a Russian convoy near Melitopol.", "Attack"),  # own
    ("Civilians were massacred in Bucha.", "Attack"),  # own
    ("Two soldiers perished near Soledar.", "CasualtyReport"),  # own
    ("The company faces a legal battle over the merger.", None),  # own
    ("Her battle against cancer ended last year.", None),  # own
    ("Firefighters battled the blaze for hours.", None),  # own
    ("The farm had to slaughter its cattle.", None),  # own
    ("We will keep you updated on the battle situation in Ukraine.", None),  # own (as English seed 000)
    ("The army ordered a new battle tank.", None),  # own
])
def test_combat_families(en, text, expected):
    types = [e.type for e in en(text).events if e.type in ("Attack", "CasualtyReport", "Interception")]
    assert (types[0] if types else None) == expected


@pytest.mark.parametrize("text,agents", [
    ("Russian forces bombarded Kharkiv overnight.", ["Russian forces"]),  # own
    ("Partisans ambushed a Russian convoy near Melitopol.", ["Partisans"]),  # own
])
def test_combat_family_agents(en, text, agents):
    ev = next(e for e in en(text).events if e.type == "Attack")
    assert [m.text for m in ev.agents] == agents
