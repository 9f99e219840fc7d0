"""How many died, read off the parse when no number stands next to the death word.

:func:`conflict_kg.extract.arguments.casualties_en` reads a stated number beside a death word
("four civilians killed"). A toll is often told without one: the victim is one person ("A man in
Stepnoy in the Volnovakhsky district died", "the operator of the TV channel was killed", "Kyrylo
Bayev died near Soledar", "the death of a mercenary"), a couple, or a number too far from the verb
for a word window ("Seven people, including three children, died"). Here the victim is the
death word's patient in the parse (``vocab_en_parties.DEATH_FRAMES``): its number modifier gives the
figure; a single person (a named person, or a singular noun with "a"/"the"/"another") counts one;
a group noun counts its size (``vocab_en_parties.GROUP_SIZES``: "a couple"). Plural nouns without a number
("civilians died", "there are dead") state no figure.

>>> from conflict_kg.extract.en import context_en_text
>>> ctx = context_en_text("A priest from Kazan Diocese died in Ukraine.", date="2022-09-20")
>>> sent = next(next(iter(ctx.chunks))[0].sents)
>>> victim_count(sent)
Count(text='A priest', value=1, low=None, high=None)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import Count

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.arguments import to_int
from conflict_kg.extract import vocab_en_parties as P

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

__all__ = ["victim_count"]

# entity labels that are no person even when they stand where a victim would ("Russia died" is
# no toll of one)
_NOT_PERSON_ENTS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def _victims(tok: "Token") -> list["Token"]:
    """The patients of the death word ``tok`` by its frame (subject of "die", object of active
    "kill", subject of passive "killed", "of"-phrase or possessor of "death")."""
    deps = P.DEATH_FRAMES.get(tok.lemma_.lower())
    if deps is None:
        return []
    if tok.lemma_.lower() == "kill" and tok.tag_ == "VBN" and tok.dep_ in ("acl", "ROOT", "amod"):
        # headline passive "Commander killed in Ukraine" / "a soldier killed by shelling"
        if tok.dep_ in ("acl", "amod"):
            return [tok.head]
        deps = deps | {"nsubj"}
    out = [c for c in tok.children if c.dep_ in deps and not (c.dep_ == "nsubj" and _active_kill(tok))]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and "pobj" in deps:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _active_kill(tok: "Token") -> bool:
    """The subject of an active "kill" is the killer, never the victim."""
    return tok.lemma_.lower() == "kill" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) \
        and tok.tag_ != "VBN"


def _count_of(noun: "Token") -> int | None:
    """The number of people ``noun`` names, or None when the text states none."""
    for c in noun.children:
        if c.dep_ == "nummod":
            return to_int(c.text)
    if noun.ent_type_ in _NOT_PERSON_ENTS or noun.lower_ in P.NOT_VICTIM_NOUNS:
        return None
    if noun.lemma_.lower() in P.GROUP_SIZES and noun.tag_ == "NN":
        return P.GROUP_SIZES[noun.lemma_.lower()]
    if noun.ent_type_ == "PERSON" and noun.tag_ == "NNP":
        return 1
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if noun.tag_ == "NN" and dets & P.SINGLE_DETERMINERS:
        return 1
    if noun.tag_ == "JJ" and dets & {"a", "an", "another"}:  # spaCy tags "a mercenary" an adjective
        return 1
    return None


def _phrase(noun: "Token") -> "Span":
    """The victim's words up to its head noun ("a 70-year-old woman", "Kyrylo Bayev")."""
    left = min([noun.i] + [c.left_edge.i for c in noun.children if c.i < noun.i])
    return noun.doc[left : noun.i + 1]


def victim_count(sent: "Span") -> Count | None:
    """The number killed, read from the patient of the sentence's first death word that has one."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "NOUN") or any(c.dep_ == "prt" for c in tok.children):
            continue  # "the fighting died down"
        if any(c.dep_ == "conj" and c.lower_ in V.INJURY_WORDS for c in tok.children):
            continue  # "100 soldiers killed and wounded": both kinds together, no death toll
        for noun in _victims(tok):
            n = _count_of(noun)
            if n is not None:
                return Count(_phrase(noun).text, n)
    return None
