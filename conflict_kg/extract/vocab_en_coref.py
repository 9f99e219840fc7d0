"""English word tables for who a pronoun or a definite description in an event's frame stands for
(:mod:`conflict_kg.extract.en_coref`).

Pure data. Written from our own knowledge of English news wording and from WikiEvents *train*
sentences (our dev half: "he was charged", "the suspect was arrested", "the group claimed"), never
from its dev or test files (held out).

>>> sorted(PRONOUN_TYPES["he"]), sorted(DESCRIPTION_TYPES["suspect"])
(['Person'], ['Person'])
"""
from __future__ import annotations

__all__ = ["PERSON", "GROUP", "PRONOUN_TYPES", "ORG_PRONOUNS", "RELATIVE_PRONOUNS", "DESCRIPTION_TYPES",
           "DEFINITE_DETERMINERS", "PRONOUN_WINDOW", "DESCRIPTION_WINDOW"]

PERSON = frozenset({"Person"})
#: Bodies that act as one: armed groups, forces, parties, governments.
GROUP = frozenset({"Organization", "MilitaryUnit", "Government", "InternationalOrganization"})

#: Personal pronoun (any case) -> the mention types it may stand for. Gender is not checked (names
#: carry none the tables could trust); number is: "they" is a group, never one person. "I"/"we"/"you"
#: are speakers inside quotes, left alone.
PRONOUN_TYPES: dict[str, frozenset[str]] = {
    "he": PERSON, "him": PERSON, "his": PERSON, "himself": PERSON,
    "she": PERSON, "her": PERSON, "herself": PERSON,
    "they": GROUP, "them": GROUP, "their": GROUP, "themselves": GROUP,
    "it": GROUP, "its": GROUP, "itself": GROUP,
}
#: "it" mostly stands for a thing ("it exploded", "it was a terrorist attack"), and "they"/"them" as
#: often for things as for people ("detonating them", "they exploded"): these take an organisation only
#: when it is the subject of a clause above them in the same sentence ("Islamic State said it carried
#: out the attack", "Hamas said they fired"). On the WikiEvents dev half, the nearest group before a
#: "they" was mostly wrong (a newspaper, a court, an image credit).
ORG_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "themselves"})
#: Relative pronouns: they stand for the noun their clause modifies ("Tsarnaev, who set off the bombs").
RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})

#: Head noun of a definite description -> the mention types its apposition may name ("the suspect,
#: Omar Mateen,", "the group, Jaish-e-Mohammed,"). Plural nouns of fighters stand for a group.
DESCRIPTION_TYPES: dict[str, frozenset[str]] = {
    **{w: PERSON for w in (
        "suspect gunman attacker assailant bomber shooter perpetrator killer murderer hijacker "
        "stabber accused defendant fugitive victim man woman boy girl teenager teen youth driver "
        "cleric preacher militant terrorist fighter soldier officer").split()},
    **{w: GROUP for w in (
        "group organization organisation militia movement network cell faction outfit insurgency "
        "militants rebels insurgents attackers gunmen bombers terrorists extremists jihadists "
        "fighters separatists guerrillas guerrilla").split()},
}
#: Determiners that make a description definite: it points back to someone already told of.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

#: How far back (characters) an antecedent may lie: a pronoun points into the last sentences, a
#: description may reach a little further ("the suspect" two paragraphs on).
PRONOUN_WINDOW = 400
DESCRIPTION_WINDOW = 700
