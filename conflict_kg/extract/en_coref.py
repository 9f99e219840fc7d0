"""Who a pronoun, a relative pronoun or a definite description in an English event's frame stands for.

News names a party once and then refers back to it: "Dzhokhar Tsarnaev ... He was charged",
"Police arrested Smith. The suspect was ...", "Islamic State said it carried out the attack",
"Tsarnaev, who set off the bombs". A frame slot whose head is such a word takes a mention over its
own words, typed as its antecedent and pointing at it (``Mention.antecedent``): the resolver gives
it the antecedent's entity, and the graph takes no label from it. Rules, not a model (no coreference
package on PyPI runs offline with spaCy 3.8: coreferee's and fastcoref's weights are downloaded from
outside the registry):

- "he"/"she" (:data:`V.PRONOUN_TYPES`) takes the nearest person named in the last sentences
  (:data:`V.PRONOUN_WINDOW`), the latest sentence first, its subject before other mentions, never a
  co-argument of its own clause (binding) nor a name that modifies a noun ("the Killeen police");
  "it"/"they" (:data:`V.ORG_PRONOUNS`) only an organisation that is the subject of a clause above it
  in the sentence ("Hamas said it fired");
- a relative pronoun takes the noun its clause modifies;
- a definite description ("the suspect", "the group"; :data:`V.DESCRIPTION_TYPES`) takes its
  apposition's name ("the gunman, Omar Mateen,"); a title with nothing restricting it (no relative
  clause, no "of"-phrase: "the president") the person last recorded with that title.

An unresolved pronoun is never a mention (no entity is minted from "he").

>>> from conflict_kg.extract.en import context_en_text
>>> ctx = context_en_text("Dzhokhar Tsarnaev fled the scene. Police said he was arrested on Friday.")
>>> sdoc, off = ctx.chunks[0]
>>> m = antecedent(ctx, off, [t for t in sdoc if t.lower_ == "he"][0])
>>> (m.text, m.type, m.antecedent)
('he', 'Person', 'Dzhokhar Tsarnaev')
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import Mention

from conflict_kg.extract import vocab_en_coref as V
from conflict_kg.extract.en_context import DocContext, tok_end, tok_start, token_at

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["antecedent", "apposition"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODIFYING = frozenset({"compound", "amod", "nmod"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# a description these restrict is someone new, not someone told of ("the man who ...", "the group of")
_RESTRICTING = frozenset({"relcl", "acl"})


def _clause(tok: "Token") -> "Token":
    """The verb of the clause ``tok`` sits in (itself if it is one)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def apposition(ctx: DocContext, off: int, noun: "Token", types: frozenset[str] | None = None) -> Mention | None:
    """The name an apposition gives a described party ("the gunman, Omar Mateen, opened fire")."""
    for c in noun.children:
        if c.dep_ == "appos":
            m = ctx.mention_at(tok_start(off, c), tok_end(off, c), types)
            if m is not None:
                return m
    return None


def _new(ctx: DocContext, off: int, tok: "Token", toks: list["Token"], ante: Mention, label: str) -> Mention:
    s, e = tok_start(off, toks[0]), tok_end(off, toks[-1])
    m = Mention(text=ctx.text[s:e], start=s, end=e, type=ante.type, label=label,
                sentence=ctx.sentence_span(tok.doc, off, tok), confidence=0.6, extractor=ctx.extractor)
    m.antecedent = ante.antecedent or ante.text
    return m


def _rank(ctx: DocContext, tok: "Token", pos: int, m: Mention) -> tuple | None:
    """Sort key of a candidate antecedent (smaller is better), or None when it cannot be one: the latest
    sentence first, a subject before other mentions, then the leftmost; not a co-argument of the
    pronoun's own clause (unless reflexive), not in a description's own sentence, not inside a quotation
    the pronoun is not in."""
    hit = token_at(ctx, m.end - 1)  # the name's last word: its head in the parse
    if hit is None or hit[2].dep_ in _MODIFYING:
        return None  # "the Killeen Police Department": a name that modifies a noun refers to no one here
    _, _, mt = hit
    quote = ctx.in_quote(m.start)
    if quote is not None and quote is not ctx.in_quote(pos):
        return None
    same = mt.doc is tok.doc and mt.sent.start == tok.sent.start
    if same and (tok.pos_ == "NOUN" or (_clause(mt).i == _clause(tok).i) != (tok.lower_ in _REFLEXIVES)):
        return None  # a description points out of its sentence ("Maria Lopez said the man ..." is another)
    sent_start = m.end - (mt.idx + len(mt.text) - mt.sent.start_char)
    return -sent_start, mt.dep_ not in _SUBJECTS, m.start


def _nearest(ctx: DocContext, tok: "Token", pos: int, window: int, types: frozenset[str]) -> Mention | None:
    cands = [m for m in ctx.mentions_starting(pos - window, pos) if m.end <= pos and m.type in types
             and not m.antecedent and not ctx.in_headline(m.start)]
    ranked = sorted((k, i) for i, m in enumerate(cands) for k in [_rank(ctx, tok, pos, m)] if k is not None)
    return cands[ranked[0][1]] if ranked else None


def _governing_subject(ctx: DocContext, off: int, tok: "Token", types: frozenset[str]) -> Mention | None:
    """The subject of a clause above ``tok`` in its sentence ("Islamic State said it ...")."""
    node = _clause(tok)
    while node.head.i != node.i:
        node = _clause(node.head)
        for c in node.children:
            if c.dep_ in _SUBJECTS:
                m = ctx.mention_at(tok_start(off, c), tok_end(off, c), types)
                if m is not None:
                    return m
    return None


def _titled(ctx: DocContext, noun: "Token", pos: int) -> Mention | None:
    """The latest person recorded earlier with the title ``noun`` names ("the president")."""
    people = [r.person for r in ctx.roles if r.person.end <= pos and pos - r.person.start <= V.DESCRIPTION_WINDOW
              and r.role.lower().split()[-1:] == [noun.lower_]]
    return people[-1] if people else None


def _description(ctx: DocContext, off: int, noun: "Token") -> Mention | None:
    """The named party a definite description headed by ``noun`` stands for, or None: its apposition's
    name ("the gunman, Omar Mateen,"), or for a title ("the president") the person last recorded with it.
    The nearest compatible name before "the suspect", "the driver", "the group" was measured on the
    WikiEvents dev half and was mostly someone else (such descriptions there mostly stand for people the
    text never names): no such guess is made; the description's words stay on the event."""
    if not any(c.dep_ == "det" and c.lower_ in V.DEFINITE_DETERMINERS for c in noun.children):
        return None
    types = V.DESCRIPTION_TYPES.get(noun.lower_)
    named = apposition(ctx, off, noun, types)
    if named is not None or types is not None:
        return named
    if any(c.dep_ in _RESTRICTING or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return None
    return _titled(ctx, noun, tok_start(off, noun))


def antecedent(ctx: DocContext, off: int, tok: "Token") -> Mention | None:
    """A mention over ``tok``'s words standing for the named party it refers back to, or None when
    ``tok`` is no pronoun or definite description, or nothing compatible precedes it."""
    low, pos = tok.lower_, tok_start(off, tok)
    if low in V.RELATIVE_PRONOUNS and tok.pos_ == "PRON":
        rel = tok.head if tok.head.dep_ == "relcl" else None
        if rel is None:
            return None
        noun = rel.head  # "Tsarnaev, who set off the bombs": the name itself
        named = ctx.mention_at(tok_start(off, noun), tok_end(off, noun)) or apposition(ctx, off, noun)
        return named if named is not None or noun.pos_ != "NOUN" else _description_mention(ctx, off, noun)
    if tok.pos_ == "PRON" and low in V.PRONOUN_TYPES:
        types = V.PRONOUN_TYPES[low]
        ante = _governing_subject(ctx, off, tok, types) if low in V.ORG_PRONOUNS else \
            _nearest(ctx, tok, pos, V.PRONOUN_WINDOW, types)
        return None if ante is None else _new(ctx, off, tok, [tok], ante, "PRON")
    return _description_mention(ctx, off, tok) if tok.pos_ == "NOUN" else None


def _description_mention(ctx: DocContext, off: int, noun: "Token") -> Mention | None:
    ante = _description(ctx, off, noun)
    if ante is None:
        return None
    if ante is apposition(ctx, off, noun, V.DESCRIPTION_TYPES.get(noun.lower_)):
        return ante  # the apposition's name itself
    det = [c for c in noun.children if c.dep_ == "det"]
    return _new(ctx, off, noun, det[:1] + [noun], ante, "rule:coref")
