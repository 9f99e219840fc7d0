"""Which English tokens are event triggers, in which sense (issue #15).

A token is a trigger when its word or lemma is in :data:`vocab_en.EVENT_TRIGGERS` and one of its
conditions holds (:data:`vocab_en.TRIGGER_CONDITIONS`, PETRARCH-style pattern lines kept as data:
"shoot" needs "down", "fire" needs "at"/"on" or a munition, "a blow" must be dealt, "strike" is no
labour strike). A sentence can give a trigger's type another sense than a conflict event (a
match's "striker", a flood's toll: :data:`vocab_en.SENSE_BLOCKS`).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("attack")
>>> doc[0].pos_, doc[0].lemma_ = "NOUN", "attack"
>>> trigger(doc[0])
('Attack', None)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.extract import vocab_en as V

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["trigger", "other_sense"]


def trigger(tok: "Token") -> tuple[str, str | None] | None:
    """(type, mode) when ``tok`` is an event trigger whose conditions (``V.TRIGGER_CONDITIONS``) hold."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if tok.pos_ not in ("NOUN", "VERB") and not _bare_event_adjective(tok):
        return None
    hit = V.EVENT_TRIGGERS.get(low) or V.EVENT_TRIGGERS.get(lemma)
    cond = V.TRIGGER_CONDITIONS.get(lemma) or V.TRIGGER_CONDITIONS.get(low)
    # one condition, or alternatives (a NamedTuple is a tuple too: test for the class)
    conds = (cond,) if isinstance(cond, V.TriggerCondition) else cond or ()
    if hit is None or (conds and not any(_condition_holds(tok, c) for c in conds)):
        return None
    if tok.pos_ == "NOUN" and any(c.lower_ in V.ANAPHORIC_DETERMINERS for c in tok.children):
        return None  # "at this meeting": refers back to an event already extracted
    return hit


def _bare_event_adjective(tok: "Token") -> bool:
    """An event noun tagged as an adjective: "continues offensive" (``V.BARE_EVENT_ADJECTIVES``)."""
    return tok.pos_ == "ADJ" and tok.lower_ in V.BARE_EVENT_ADJECTIVES and tok.dep_ in ("acomp", "dobj", "oprd") \
        and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() not in V.COPULAS


def _governor(tok: "Token") -> str:
    """The phrase governing ``tok``: "go on" for "went on strike", "call" for "called a strike"."""
    if tok.dep_ == "pobj":
        return f"{tok.head.head.lemma_.lower()} {tok.head.lower_}"
    return tok.head.lemma_.lower() if tok.head.i != tok.i else ""


def _condition_holds(tok: "Token", cond: "V.TriggerCondition") -> bool:
    kids = [(c.lower_, c.lemma_.lower(), c.dep_) for c in tok.children]
    if cond.surface and tok.lower_ not in cond.surface:
        return False
    if cond.needs_child and not any(w in cond.needs_child or lem in cond.needs_child for w, lem, _ in kids):
        return False
    if any(w in cond.blocked_by_child or lem in cond.blocked_by_child for w, lem, _ in kids):
        return False
    if cond.blocked_by_head and _governor(tok) in cond.blocked_by_head:
        return False
    if cond.verb_only and tok.pos_ != "VERB":
        return False
    if cond.noun_only and tok.pos_ != "NOUN":
        return False
    if cond.needs_head and _governor(tok).split(" ")[0] not in cond.needs_head:
        return False
    if cond.needs_object and (tok.pos_ != "VERB" or not any(dep in ("dobj", "dative") for _, _, dep in kids)):
        return False
    if cond.needs_subject and not any(c.dep_ == "nsubj" and c.lemma_.lower() in cond.needs_subject
                                      for c in tok.children):
        return False  # "a bomb went off", not "the alarm went off"
    if cond.blocked_by_object:
        # the object and the nouns of the trigger's own phrases ("a blow to the economy")
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if any(o.lower_ in cond.blocked_by_object or o.lemma_.lower() in cond.blocked_by_object for o in objs):
            return False
    return True


def other_sense(sent, typ: str) -> bool:
    """Does the sentence give the trigger another sense than a conflict event ("strike" in a match,
    a flood's toll)? Cues per type in ``vocab_en.SENSE_BLOCKS``."""
    low = sent.text.lower()
    return any(cue in low for cue in V.SENSE_BLOCKS.get(typ, ()))
