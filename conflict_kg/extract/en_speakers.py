"""English speakers: who a statement's subject token stands for.

A named subject is its person or organisation mention (an apposition names it: "The Nato secretary
general, Jens Stoltenberg, said"); a proper noun the NER missed becomes a person mention; he/she/they
take a compatible antecedent or stay unresolved (never an entity); an unnamed source keeps its
description ("a senior official", "the board") as ``speaker_role``. :class:`Speakers` remembers the
last speaker of the document for pronouns; :mod:`conflict_kg.extract.en_statements` calls it in text order.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from conflict_kg.kg.model import Mention

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.en_context import DocContext, tok_end, tok_start

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["Speakers", "SPEAKER_NOUNS", "SPEAKER_TYPES", "SUBJECT_DEPS"]

#: Dependency labels of a verb's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Mention types that may speak.
SPEAKER_TYPES = frozenset({"Person", "Organization", "Government", "MilitaryUnit", "InternationalOrganization",
                        "MediaOutlet", "Location", "Country"})
#: Outlets quoted as sources in political news, beyond the shared conflict-news table.
_MORE_MEDIA = frozenset("politico axios breitbart cbs nbc abc fox msnbc npr pbs gallup quinnipiac".split())


#: Pronouns and the antecedent types they may take (number/animacy; gender is not known for names).
_PRONOUN_TYPES = {
    "he": frozenset({"Person"}), "she": frozenset({"Person"}),
    "they": frozenset({"Organization", "Government", "MilitaryUnit", "InternationalOrganization", "MediaOutlet",
                       "Country"}),
}  # "I"/"we" outside a quote are the writer or a group the text does not name: left unresolved


#: Nouns that denote people or bodies that speak ("the governor", "a senior official", "the campaign");
#: agent suffixes cover most others ("lawmaker", "analyst", "actress", "spokeswoman").
SPEAKER_NOUNS = frozenset("""
    official source aide judge campaign poll survey voter people resident witness expert police committee
    government ministry agency office council administration army military team statement report
    president minister governor senator mayor chief head leader secretary general colonel captain
    commander director chairman chair envoy ambassador diplomat doctor nurse family relative friend
    candidate magnate tycoon member percent majority minority critic supporter opponent observer
    group party email ad tweet letter memo release filing article study half third quarter most many
    """.split())
#: "I" outside a quote is the article's writer: an unnamed source, never an entity.
_WRITER = "the writer"
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ess", "ant", "ent", "man", "woman", "person", "people", "ary")


def _speaker_noun(tok: "Token") -> bool:
    lemma = tok.lemma_.lower()
    return lemma in SPEAKER_NOUNS or lemma.endswith(_AGENT_SUFFIXES) or tok.lower_.endswith(_AGENT_SUFFIXES + ("ers", "ors", "ists", "ians"))


def _described(tok: "Token") -> bool:
    """A common noun with a determiner, possessive or number, or a plural ("the board", "his colleague",
    "one employee", "analysts"): as the subject of a speech verb it is an unnamed source."""
    return tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children))


def _description(subj: "Token") -> "list[Token]":
    """The subject's noun phrase without relative clauses and appositions ("a senior official")."""
    skip = {t.i for c in subj.children if c.dep_ in ("relcl", "appos", "acl", "advcl") for t in c.subtree}
    return [t for t in subj.subtree if t.i not in skip and t.dep_ != "punct" or t.i == subj.i]


def _propn_run(subj: "Token") -> "tuple[int, int] | None":
    """Token range of the proper-noun name ending at the subject ("Dan Golvach"), if it is one."""
    if subj.pos_ != "PROPN" or not subj.text[:1].isupper():
        return None
    i = subj.i
    while i > 0 and subj.doc[i - 1].pos_ == "PROPN" and subj.doc[i - 1].dep_ in ("compound", "flat") \
            and subj.doc[i - 1].text[:1].isupper():
        i -= 1
    return i, subj.i + 1


class Speakers:
    """Resolves subjects to speakers, remembering the last one for pronouns."""

    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.last: tuple[Mention | None, str | None, Mention | None] | None = None
        self.last_pos = -1
        self.subjects: list[tuple[int, Mention]] = []  # (pos, person mention) of person subjects
        for sdoc, off in ctx.chunks:
            for tok in sdoc:
                if tok.dep_ in SUBJECT_DEPS:
                    m = ctx.mention_at(tok_start(off, tok), tok_end(off, tok), frozenset({"Person"}))
                    if m is not None:
                        self.subjects.append((tok_start(off, tok), m))

    def _pronoun(self, off: int, subj: "Token"):
        """he/she/they -> a compatible antecedent (last speaker, else last subject/mention), or nothing.
        An unresolved pronoun is never a speaker entity."""
        ctx = self.ctx
        s, e = tok_start(off, subj), tok_end(off, subj)
        types = _PRONOUN_TYPES.get(subj.lower_, frozenset())
        ante: Mention | None = None
        role = org = None
        if self.last is not None and s - self.last_pos < 1500:
            if self.last[0] is None and self.last[1] in V.UNNAMED_SPEAKERS and subj.lower_ in ("he", "she", "they"):
                return self.last  # an unnamed spokesman goes on speaking ("..., he added")
            if self.last[0] is not None and self.last[0].type in types:
                ante, role, org = self.last
        if ante is None:
            earlier = [m for p, m in self.subjects if p < s and m.type in types and s - p < 1500]
            if not earlier:
                earlier = [m for m in ctx.mentions_starting(s - 599, s) if m.end <= s and m.type in types
                           and m.label != "PRON"]
            if earlier:
                ante = earlier[-1]
                r = ctx.role_of(ante) if ante.type == "Person" else None
                role, org = (r.role, r.org) if r else (None, None)
        if ante is None:
            return None, None, None
        pron = Mention(text=subj.text, start=s, end=e, type=ante.type, label="PRON",
                       sentence=ctx.sentence_span(subj.doc, off, subj), confidence=0.6, extractor=ctx.extractor)
        pron.antecedent = ante.antecedent or ante.text
        return pron, role, org

    def _mention_speaker(self, m: Mention):
        if m.type == "Person":
            same = [r for r in self.ctx.roles if r.person.start == m.start] or [self.ctx.role_of(m)]
            r = same[0]
            return m, (r.role if r else None), (r.org if r else None)
        return m, None, None

    def _org_in(self, off: int, toks: "list[Token]", types: frozenset[str]) -> Mention | None:
        for t in toks:
            m = self.ctx.mention_at(tok_start(off, t), tok_end(off, t), types)
            if m is not None:
                return m
        return None

    def _new_person(self, off: int, subj: "Token", run: tuple[int, int]) -> Mention:
        """A proper-noun subject of a reporting verb the NER missed ("Espinoza said") is a person."""
        ctx = self.ctx
        a, b = subj.doc[run[0]], subj.doc[run[1] - 1]
        text = ctx.text[tok_start(off, a):tok_end(off, b)]
        media = text.lower() in V.MEDIA_NAMES or text.lower() in _MORE_MEDIA
        m = Mention(text=text, start=tok_start(off, a), end=tok_end(off, b),
                    type="MediaOutlet" if media else "Person", label="rule:speaker-propn", sentence=ctx.sentence_span(subj.doc, off, subj),
                    confidence=0.6, extractor=ctx.extractor)
        ctx.add_mention(m)
        return m

    def resolve(self, off: int, subj: "Token | None", any_noun: bool = False):
        """(speaker, role, org) for a subject token; ``any_noun``: any noun phrase may be an unnamed
        source (the object of "according to": "FEC filings", "the results")."""
        ctx = self.ctx
        if subj is None:
            return None, None, None
        if subj.lower_ == "i" and not ctx.in_quote(tok_start(off, subj)):
            return None, _WRITER, None
        if subj.lower_ in V.PRONOUNS:
            return self._pronoun(off, subj)
        s, e = tok_start(off, subj), tok_end(off, subj)
        zone = next(((a, b) for a, b in ctx.headlines if a <= s < b), None)
        if zone is not None:
            # a dateline is never the speaker ("WASHINGTON (AP) — The State Department said"): the parser
            # hangs the sentence on it; the speaker is the first name after the dateline, before the verb
            verb_pos = tok_start(off, subj.head)
            after = [m for m in ctx.mentions if zone[1] <= m.start < verb_pos and m.type in SPEAKER_TYPES]
            return self._mention_speaker(after[0]) if after else (None, None, None)
        # "The Nato secretary general, Jens Stoltenberg, said": the apposition names the speaker
        for c in subj.children:
            # "Sen. Elizabeth Warren (D-MA)": a parenthesised apposition is a gloss, not the speaker
            first = min(t.i for t in c.subtree)
            if c.dep_ == "appos" and "(" not in (subj.doc[first].text, subj.doc[max(first - 1, 0)].text):
                m = ctx.mention_at(tok_start(off, c), tok_end(off, c), frozenset({"Person"}))
                run = _propn_run(c)
                if m is None and run is not None:
                    m = self._new_person(off, c, run)
                if m is not None:
                    org = self._org_in(off, list(subj.subtree), SPEAKER_TYPES - {"Person", "Location"})
                    # the title: the head noun and its modifiers that are not the organisation
                    title = [t for t in subj.lefts if t.dep_ in ("compound", "amod") and (
                        org is None or not (org.start <= tok_start(off, t) < org.end))] + [subj]
                    spk, role, org2 = self._mention_speaker(m)
                    return spk, role or " ".join(t.text for t in title), org2 or org
        m = ctx.mention_at(s, e, SPEAKER_TYPES)
        if m is not None:
            return self._mention_speaker(m)
        if subj.text[:1].isupper() and subj.text.isalpha() and any(
                m.type == "Person" and m.end <= s and m.text.split()[-1] == subj.text for m in ctx.mentions):
            # "Fields later tweeted ... and said": the surname of a person named earlier, whatever its tag
            return self._mention_speaker(self._new_person(off, subj, (subj.i, subj.i + 1)))
        run = _propn_run(subj)
        # "The Resolution demanded ...": a capitalised noun with an article is a thing, not a missed name
        if run is not None and not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") for t in subj.subtree) \
                and not any(c.dep_ == "det" for c in subj.children):
            return self._mention_speaker(self._new_person(off, subj, run))
        desc = _description(subj)
        org = self._org_in(off, desc, SPEAKER_TYPES - {"Person", "Location"})
        if subj.lower_ in V.UNNAMED_SPEAKERS or subj.lemma_.lower() in V.UNNAMED_SPEAKERS:
            return None, subj.lemma_.lower(), org  # a known title: role + organisation
        if subj.pos_ in ("NOUN", "PROPN") and (_speaker_noun(subj) or any_noun or _described(subj)) or subj.like_num and any(
                c.dep_ == "prep" for c in subj.children):  # "Six in 10 voters said", "half of voters"
            # an unnamed source keeps its description ("a senior official", "the governor")
            return None, ctx.text[tok_start(off, desc[0]):tok_end(off, desc[-1])].strip(), org
        return None, None, None
