"""English trigger families and instrument frames of general news (bombings, shootings, arrests, charges).

Pure data, merged into :data:`conflict_kg.extract.vocab_en.EVENT_TRIGGERS` and ``TRIGGER_CONDITIONS``
(kept apart because that module would pass 500 lines). Written from the WikiEvents *train* split (our
dev half of WikiEvents: Boston, Bogotá, Kabul bombing reports) and from our own knowledge of English
news wording, never from its dev or test files (held out).

>>> FAMILY_TRIGGERS["detonate"], FAMILY_CONDITIONS["set"]["needs_child"]
(('Attack', 'bombing'), ('off',))
"""
from __future__ import annotations

__all__ = ["FAMILY_TRIGGERS", "FAMILY_CONDITIONS", "INSTRUMENT_NOUNS", "INSTRUMENT_DEPS",
           "INSTRUMENT_PREPS", "OF_PATIENT_NOUNS", "PATIENT_LIGHT_VERBS", "DOER_VERBS", "PATIENT_PREPS", "PLACE_MODIFIER_DEPS"]


#: Trigger lemma -> (event type, attack mode). Families, not single words: an explosion told by its
#: verb ("a bomb exploded", "detonated a car bomb", "the device went off", "set off two bombs", "blew
#: themselves up"), a gun battle ("a shootout with police", "gunfire"), a stabbing, being taken into
#: custody or jailed, and legal charges (an accusation: the prosecutor accuses the defendant).
FAMILY_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "explode": ("Attack", "bombing"),
    "blast": ("Attack", "bombing"),
    "detonate": ("Attack", "bombing"),
    "detonation": ("Attack", "bombing"),
    "go": ("Attack", "bombing"),  # only "went off"
    "set": ("Attack", "bombing"),  # only "set off" with an object
    "blow": ("Attack", "bombing"),  # only "blew up"
    "shootout": ("Attack", None),
    "gunfire": ("Attack", None),
    "gun": ("Attack", None),  # only "gunned down"
    "stab": ("Attack", None),
    "stabbing": ("Attack", None),
    "custody": ("Arrest", None),  # only "taken into custody"
    "jail": ("Arrest", None),  # the verb: "jailed opposition activists"
    "charge": ("Accusation", None),  # only "charged with", "charges against / of"
    "indict": ("Accusation", None),
    "indictment": ("Accusation", None),
    "injury": ("CasualtyReport", None),  # "suffered minor injuries", "the injury of 182 others"
    "killing": ("CasualtyReport", None),  # the noun: "the killing of innocent people"
}

#: Nouns (lemmas) that name the means of an attack wherever the frame puts them: "a bomb exploded",
#: "detonated an improvised explosive device", "wounded by a roadside bomb", "killed a priest with a
#: knife". Such a noun fills the event's instrument and is never a party.
INSTRUMENT_NOUNS = frozenset(
    """
    bomb device explosive explosives ied vbied grenade grenades missile rocket mine landmine shell mortar
    drone knife machete blade gun rifle pistol firearm handgun shotgun bullet bullets
    """.split()
)
#: Conditions of the family triggers: keyword arguments of
#: :class:`conflict_kg.extract.vocab_en.TriggerCondition` (same meaning; that module builds them).
FAMILY_CONDITIONS: dict[str, dict] = {
    "go": {"needs_child": ("off",), "verb_only": True, "needs_subject": INSTRUMENT_NOUNS},  # not "the alarm"
    "set": {"needs_child": ("off",), "verb_only": True, "needs_object": True},
    "blow": {"needs_child": ("up",), "verb_only": True},
    "gun": {"needs_child": ("down",), "verb_only": True},
    "custody": {"needs_head": ("take",)},
    "jail": {"verb_only": True},
    # not "in charge of", "a charge of the cavalry": the verb or the plural noun, with what is charged
    "charge": {"surface": ("charged", "charges", "charging"), "needs_child": ("with", "against", "of")},
}

#: Frame slots of the trigger (or of its light verb) that may hold an instrument noun.
INSTRUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "compound"})
#: Prepositions whose object may be the instrument ("with a knife", "by a roadside bomb", "using drones").
INSTRUMENT_PREPS = frozenset({"with", "by", "using"})

#: Nominal triggers whose "of"-phrase names who suffered the event, named or not ("the death of Sean
#: Collier", "the killing of innocent people", "the arrest of the student", "the injury of 182 others").
#: Other event nouns keep the place reading of "of" (``vocab_en.NOUN_PREP_ROLES``: "the shelling of
#: Zelenodolsk"), and their unnamed "of"-object is described as the target ("the bombing of a club").
OF_PATIENT_NOUNS = frozenset(
    "death deaths killing killings murder murders assassination injury injuries arrest arrests detention capture "
    "kidnapping abduction".split()
)
#: Light verbs whose subject suffered the event noun they govern ("29 people suffered minor injuries",
#: "the driver sustained injuries").
PATIENT_LIGHT_VERBS = frozenset({"suffer", "sustain"})
#: Verbs whose subject did the event noun they take as object, beyond the light verbs ("plotted a bombing",
#: "perpetrated the attack", "the Taliban claimed the bombing", "masterminded the attacks").
#: Not "prepare": one prepares what others carry out ("the West is preparing a counteroffensive of the AFU").
DOER_VERBS = frozenset("plot plan commit perpetrate orchestrate mastermind organize organise execute claim".split())
#: Prepositions whose object is among those who suffered the event ("Seven people were killed,
#: including a police officer").
PATIENT_PREPS = frozenset({"including"})
#: Modifier relations of an event noun whose place mention (not a country) is where it happened, not who
#: did it ("the Oklahoma City bombing", "the Kabul attack"); an adjective stays the agent ("a Russian strike").
PLACE_MODIFIER_DEPS = frozenset({"compound"})
