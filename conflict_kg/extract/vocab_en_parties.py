"""English word tables for who suffered an event and how many (:mod:`conflict_kg.extract.en_victims`)
and for parties described without a name (:mod:`conflict_kg.extract.en_unnamed`).

Kept apart from :mod:`conflict_kg.extract.vocab_en` (triggers and frames), which would pass 500 lines.

>>> sorted(DEATH_FRAMES["kill"])
['dobj', 'nsubjpass']
"""
from __future__ import annotations

__all__ = ["DEATH_FRAMES", "GROUP_SIZES", "SINGLE_DETERMINERS", "NOT_VICTIM_NOUNS", "NOT_PARTY_NOUNS"]

#: Who died, by death word: the dependency relations that hold its patient ("A man ... died",
#: "the operator ... was killed", "killed a 70-year-old woman", "the death of a mercenary").
DEATH_FRAMES: dict[str, frozenset[str]] = {
    "die": frozenset({"nsubj"}), "perish": frozenset({"nsubj"}),
    "kill": frozenset({"dobj", "nsubjpass"}), "death": frozenset({"poss", "pobj"}),
}
#: Group nouns that state how many people ("a couple was killed"); a victim with "a"/"the"/...
#: is one person ("a man died"); nouns that are no victim where a victim stands.
GROUP_SIZES = {"couple": 2}
SINGLE_DETERMINERS = frozenset({"a", "an", "the", "another", "one", "this", "that"})
NOT_VICTIM_NOUNS = frozenset("fire offensive attack attempt deal plan hope talks process engine".split())
#: Common nouns in a party's slot that describe no party (en_unnamed): times, means, amounts ("the night
#: killed", "artillery hit", "the number of dead").
NOT_PARTY_NOUNS = frozenset("day night week month year morning evening afternoon hour time weekend today result number "
                            "total toll part side damage fire artillery missile missiles rocket rockets drone drones "
                            "bomb bombs shell shells mortar equipment ammunition weapon weapons blast".split())
