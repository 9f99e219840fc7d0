"""The subject an English trigger verb shares with another clause of its sentence.

A verb without a subject of its own often takes one from the clause it hangs on:

- a coordinated verb: "An assailant stabbed a policeman and *was shot* by police" (the assailant was
  shot), "Police arrested him and *charged* him";
- a participle or gerund adjunct: "A truck ploughed into the market, *killing* 12 people", "A refugee
  is arrested after *killing* a woman", "charged with *bombing* the marathon" (the main clause's subject
  did it, whatever the main verb's voice);
- a past participle adjunct: "*Wounded* in the attack, the officer ..." (the subject suffered it).

:func:`shared_subject` gives the subject token and whether it suffered the event (a passive); the frame
of :mod:`conflict_kg.extract.en_events` reads it as it reads the verb's own subject. Verbs under a
reporting or a control verb are left to their own rules (a statement's content; "tried to").

>>> import spacy
>>> from conflict_kg.extract.models import load_model
>>> doc = load_model("en")("An assailant stabbed a policeman and was shot by police.")
>>> subj, suffered = shared_subject([t for t in doc if t.lower_ == "shot"][0])
>>> subj.text, suffered
('assailant', True)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["shared_subject", "ADJUNCT_PREPS"]

_SUBJECTS = ("nsubj", "nsubjpass")
#: Prepositions whose gerund shares the main clause's subject ("after killing", "by detonating").
ADJUNCT_PREPS = frozenset({"after", "before", "while", "by", "for", "with", "since", "upon", "on", "in", "without"})


def _subject(verb: "Token") -> "Token | None":
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _passive(verb: "Token") -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def shared_subject(tok: "Token") -> "tuple[Token, bool] | None":
    """(subject token, suffered) of a trigger verb that has no subject of its own, from the clause it
    is coordinated with or is an adjunct of; None otherwise."""
    if tok.pos_ != "VERB" or _subject(tok) is not None:
        return None
    head = tok.head
    if tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        subj = _subject(head)
        if subj is None:
            return None
        # "was arrested and charged": a bare participle coordinated with a passive is passive too
        suffered = _passive(tok) or (tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children)
                                     and subj.dep_ == "nsubjpass")
        return subj, suffered
    if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and head.pos_ in ("VERB", "AUX"):
        subj = _subject(head)
        return (subj, tok.tag_ == "VBN") if subj is not None else None
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.lower_ in ADJUNCT_PREPS:
        verb = head.head
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr"):
            verb = verb.head  # "followed his brother's lead in carrying out the bombing"
        subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        return (subj, False) if subj is not None else None
    return None
