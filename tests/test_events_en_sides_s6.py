"""English events, sixth session (issue #15): the side of a force named without its country, and a
side's report as that side's claim. Rows come from UCDP *dev* headlines ("dev", a final period added as
the scorer does) or are our own ("own"); none from a test headline. Shares the ``en`` fixture of
``tests/test_events_en.py``.
"""
from __future__ import annotations

import pytest

from conflict_kg.extract.en_sides import force_kind
from conflict_kg.extract.vocab_en_sides import side_in
from conflict_kg.kg.resolve import SIDE_LABEL
from tests.test_events_en import en  # noqa: F401  (the shared fixture: English extraction at a fixed date)


def _first_violent(rec):
    return next(e for e in rec.events if e.type in ("Attack", "CasualtyReport"))


def _sided(ms):
    return sorted((m.text, m.antecedent) for m in ms if m.label == SIDE_LABEL)


@pytest.mark.parametrize("text,kind", [
    ("the Armed Forces", "regular"), ("Defense Forces", "regular"), ("units of the National Guard", "regular"),
    ("Marines", "regular"), ("the military", "regular"), ("troops", "regular"), ("separatists", "irregular"),
    ("militants", "irregular"), ("Ukrainian Armed Forces", None), ("the Armed Forces of Ukraine", None),
    ("Moscow-backed separatists", None), ("the enemy", None), ("three civilians", None), ("", None),
])
def test_force_kind(text, kind):
    assert force_kind(text) == kind


@pytest.mark.parametrize("text,side", [
    ("Russian Defense Ministry", "Russia"), ("Kyiv's forces", "Ukraine"), ("the Kremlin-backed militia", "Russia"),
    ("RF Armed Forces", "Russia"), ("Ukrainian and Russian troops", None), ("the Armed Forces", None),
    ("", None),
])
def test_side_words(text, side):
    assert side_in(text) == side


# (text, (agents' words, side name) of the first violent event, same for targets). One row per cue.
SIDE_CASES = [
    # 4. words only one side uses for the enemy: the report is the other side's (dev)
    ("Half a hundred clashes took place in the Bakhmut direction during the day, the Armed Forces destroyed "
     "162 invaders.", [("Armed Forces", "Ukrainian Armed Forces")], []),
    ("Marines destroyed an enemy howitzer and seven invaders in a day.", [("Marines", "Ukrainian Marines")], []),
    ("Border guards repelled two attacks near Bakhmut and killed 20 invaders.",
     [("Border guards", "Ukrainian Border guards")], []),  # dev; a described force becomes a mention
    # 5. whom it fights (dev)
    ("In the south, the Defense Forces destroyed 16 Russian soldiers and two drones.",
     [("Defense Forces", "Ukrainian Defense Forces")], []),
    ("Armed Forces of Ukraine hit the location of the National Guard in Kherson.",
     [], [("the National Guard", "Russian National Guard")]),
    # 1. its own words: an "of" phrase after it, a side word before it (dev, own)
    ("Artillerymen of the Russian Federation destroyed two howitzers of the Armed Forces of Ukraine in the "
     "Kherson direction.", [("Artillerymen", "Russian Artillerymen")], []),
    ("RF Armed Forces inflicted a comprehensive fire defeat on units of the Armed Forces of Ukraine near "
     "Ugledar - RF Ministry of Defense.", [], [("units", "Ukrainian units")]),
    # 3. the report's source: a side's report names its own army bare (own)
    ("The Armed Forces shelled enemy positions near Kreminna, the Ukrainian General Staff said.",
     [("The Armed Forces", "Ukrainian Armed Forces")], []),
    ("According to the Russian Defense Ministry, the Aerospace Forces struck an enemy depot near Kramatorsk.",
     [("the Aerospace Forces", "Russian Aerospace Forces")], []),
    # 2. an earlier mention of the same force with its side (own)
    ("Ukraine's National Guard held a briefing on Monday. The National Guard destroyed an enemy tank near Bakhmut.",
     [("National Guard", "Ukrainian National Guard")], []),
    # no cue: "the enemy" is said by both sides, and the place is no cue (dev, own)
    ("During the day, the Armed Forces repelled enemy attacks near seven settlements.", [], []),
    ("The Armed Forces shelled Kherson on Monday.", [], []),
    # an irregular force takes no side from the report's source: a ministry's "militants" are its enemy (own)
    ("Militants shelled a school in Donetsk - Russian Defense Ministry.", [], []),
    # perspective words inside a quote are the speaker's, not the report's (own)
    ('The mayor said "the invaders fled", and the Armed Forces shelled the town.', [], []),
    # words of both sides: no side (own)
    ("The Armed Forces attacked the invaders and the Kyiv regime troops.", [], [("the invaders", "Russian forces")]),
    # a party described only by one side's word for the other is that side's forces; not a count, not
    # "the enemy" (dev)
    ("During the day, the invaders killed three civilians in the Donetsk region.",
     [("the invaders", "Russian forces")], []),
    ("Invaders shelled a factory in Kramatorsk, there is destruction.", [("Invaders", "Russian forces")], []),
    ("The enemy killed nine civilians in the Donetsk region in a day.", [], []),
]


@pytest.mark.parametrize("text,agents,targets", SIDE_CASES)
def test_bare_force_sides(en, text, agents, targets):
    ev = _first_violent(en(text))
    assert _sided(ev.agents) == sorted(agents)
    assert _sided(ev.targets) == sorted(targets)


def test_sided_force_resolves_to_its_sides_force(en, nlp_en):
    """The graph links "the Armed Forces" of a Ukrainian report to the Armed Forces of Ukraine (gazetteer)."""
    from conflict_kg.extraction import all_mentions
    from conflict_kg.kg.resolve import Resolver

    rec = en("During the day, the Armed Forces killed 162 invaders near Bakhmut.")
    Resolver().resolve_mentions(all_mentions(rec), "en")
    (agent,) = _first_violent(rec).agents
    assert agent.entity == "organization/armed_forces_of_ukraine"


# (text, claimant's words or None for an unnamed source, or False for no claim; parties left on the
# claimed event). Trailing "- Source", a heading "Source:", "according to Source".
CLAIM_CASES = [
    ("APU in the Nikolaev-Kryvyi Rih direction lost more than 300 people killed - Russian Defense Ministry.",
     "Russian Defense Ministry", []),  # dev: the NER's "Russian" in the source is no target
    ("Over 30 Ukrainian soldiers killed in DPR in 24 hours - Basurin.", "Basurin", []),  # dev: a missed name
    ("One person died in Kamenka-Dniprovska as a result of an attack by the Armed Forces of Ukraine - VGA "
     "Energodar.", "VGA Energodar", ["Ukraine"]),  # dev: the reporter is no agent
    ("At least three people died as a result of the shelling of Nova Kakhovka - the head of the district CAA.",
     None, []),  # dev: an unnamed source still claims
    ("General Staff: the Russians shelled Kherson, killing two.", "General Staff", ["Russians"]),  # own
    ("According to the Ukrainian General Staff, Russian troops shelled Kupiansk.", "the Ukrainian General Staff",
     ["Russian troops"]),  # own
    # no claim: an outlet's report, a clause after the dash, a place or topic heading (dev, own)
    ("Three people killed in Donetsk market shelling - Reuters.", False, []),
    ("16 attacks documented in Donbas - civilians killed and wounded.", False, []),
    ("Kharkiv region: Russian troops shelled Kupiansk, two people were killed.", False, ["Russian troops"]),
    # "X said": a statement; en_claims makes its claim, and its reporter is no party (own)
    ("Russian troops killed 50 Ukrainian soldiers, the Russian Defense Ministry said.", "the Russian Defense Ministry",
     ["Russian troops"]),
    ("Russian troops shelled Kupiansk on Monday.", False, ["Russian troops"]),
]


@pytest.mark.parametrize("text,claimant,parties", CLAIM_CASES)
def test_headline_sources_claim(en, text, claimant, parties):
    rec = en(text)
    i = next(i for i, e in enumerate(rec.events) if e.type in ("Attack", "CasualtyReport"))
    ev = rec.events[i]
    claims = [c for c in rec.claims if c.event_index == i and c.stance == "asserts"]
    if claimant is False:
        assert claims == []
    else:
        assert [c.claimant.text if c.claimant else None for c in claims] == [claimant]
    assert [m.antecedent or m.text for m in ev.agents] == parties
    assert not any(c.claimant is not None and m.start >= c.claimant.start and m.end <= c.claimant.end
                   for c in claims for m in ev.agents + ev.targets)


@pytest.mark.parametrize("text", ["", " - ", "- -.", ":", "According to.", "the Armed Forces", "Marines - Marines."])
def test_naughty_strings(en, text):
    rec = en(text)
    assert all(c.event_index is None or c.event_index < len(rec.events) for c in rec.claims)
