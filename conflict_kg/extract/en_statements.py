"""English statements: direct quotes and indirect speech with speaker, verb, medium, date.

A direct quote is attributed to the reporting verb right after it (``..." he said``,
``..." said Brinken``) or to the nearest reporting verb before it in the opener's
sentence (``Bereschuk wrote on SNS on the 29th, "...``). The speaker is that verb's
subject from the dependency parse; ``he``/``she`` take the previous statement's
speaker (or the last person subject); an unnamed ``spokesman for X`` gives
``speaker=None`` with ``speaker_role``/``speaker_org``. Indirect speech is a reporting
verb with a clausal complement (``He emphasized that ...``) outside any quote.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflict_kg.kg.model import Statement

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.en_context import DocContext, Quote, tok_end, tok_start, token_at
from conflict_kg.extract.en_speakers import SPEAKER_NOUNS, SUBJECT_DEPS, Speakers

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["extract_statements", "STATEMENT_VERBS", "SPEAKER_NOUNS"]

_MAX_BEFORE = 25  # tokens between a reporting verb and the quote it introduces
_MAX_AFTER = 6  # tokens between a closing quote and its "he said"
_MAX_AFTER_APPOS = 40  # ... or its "X, <apposition>, said" when X opens the clause
_NAMED_SPEAKERS = frozenset({"Person", "Organization", "Government", "MilitaryUnit", "InternationalOrganization",
                             "MediaOutlet"})
#: Speech verbs whose passive subject is the addressee or the thing named ("was asked", "was told",
#: "was called"), never the speaker.
_ADDRESSEE_VERBS = frozenset({"tell"}) | frozenset(V.SPEECH_OBJECT_FRAMES)
_MAX_LEFT_NAME = 8  # tokens between a subject-less verb and the name written before it
_CONF_DIRECT = 0.8
_CONF_INDIRECT = 0.6
_PLATFORM_RE = re.compile(r"\b(?:on|via|in)\s+(?:(?:his|her|its|their|the|an?)\s+)?(?:official\s+)?("
                          + "|".join(re.escape(p) for p in V.PLATFORMS) + r")\b")
_MEDIUM_RE = re.compile(r"\b(?:at|in|during|on|through)\s+(?:an?|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,2}?("
                        + "|".join(re.escape(m) for m in V.MEDIUM_WORDS) + r")\b", re.I)


#: Speech verbs of statements beyond the shared reporting verbs (which claims also use): replies,
#: posts and predictions are statements, not claims of fact; '"...," he continued' and '"...," she
#: concluded' go on with a speaker's words.
STATEMENT_VERBS = V.REPORTING_VERBS | frozenset(
    """reply respond tweet predict recall remark admit concede promise testify complain counter caution ask call
    continue conclude answer retort retaliate quip joke yell shout exclaim observe muse lament boast""".split()
) | frozenset(V.SPEECH_OBJECT_FRAMES)




def _reporting(tok: "Token") -> bool:
    return tok.lemma_.lower() in STATEMENT_VERBS and tok.pos_ in ("VERB",)


def _subject(verb: "Token") -> "Token | None":
    """nsubj of the verb, inherited through coordination ("said ... and claimed that"); a participle
    that the parser hangs inside the reported clause speaks for the reporting verb ("Sanders said
    the process could be messy, adding ...")."""
    seen = 0
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.dep_ == "ccomp" \
            and _reporting(verb.head.head) and verb.head.head.i < verb.i:
        verb = verb.head.head
    while verb is not None and seen < 4:
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS:
                if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                    return verb.head  # "Barkley, who said ...": the relative clause's head speaks
                return c
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def _verb_before(ctx: DocContext, sdoc, off: int, opener: "Token") -> "Token | None":
    sent = opener.sent
    for t in range(opener.i - 1, max(sent.start, opener.i - _MAX_BEFORE) - 1, -1):
        tok = sdoc[t]
        if _reporting(tok) and ctx.in_quote(tok_start(off, tok)) is None:
            return tok
    return None


def _verb_before_colon(ctx: DocContext, q: Quote) -> "tuple[object, int, Token] | None":
    """'Dr. Ward stated:' then the quote as the next paragraph: the reporting verb of the sentence that
    ends with the colon just before the quote (blank lines between them allowed), as
    ``(its chunk, the chunk's offset, verb)``: the paragraph before may be another chunk."""
    head = ctx.text[:q.open].rstrip()
    if not head.endswith(":") or ctx.text.count("\n\n", len(head), q.open) > 1:
        return None
    hit = token_at(ctx, len(head) - 1)
    if hit is None:
        return None
    sdoc, off, colon = hit
    for t in range(colon.i - 1, max(colon.sent.start, colon.i - _MAX_BEFORE) - 1, -1):
        if _reporting(sdoc[t]) and ctx.in_quote(tok_start(off, sdoc[t])) is None:
            return sdoc, off, sdoc[t]
    return None


def _verb_after(ctx: DocContext, sdoc, off: int, q: Quote) -> "Token | None":
    hit = token_at(ctx, q.close)
    if hit is None or hit[0] is not sdoc:
        return None
    first = hit[2]
    for t in range(first.i, min(len(sdoc), first.i + _MAX_AFTER_APPOS)):
        tok = sdoc[t]
        if tok.text in (".", "!", "?"):
            return None
        near = t - first.i < _MAX_AFTER and tok_start(off, tok) < q.close + 60
        # '"...," Trump, the 2016 GOP frontrunner ..., said': a far verb whose subject opens the clause
        subj = _subject(tok) if not near and _reporting(tok) else None
        if not near and (subj is None or subj.i - first.i >= _MAX_AFTER):
            continue
        if _reporting(tok) and tok_start(off, tok) >= q.close:
            # "..." and claimed that X: a verb with its own clause reports something else; after a
            # comma the clause is an afterthought ('"...," Kiedis said, mentioning the album is ...')
            if any(c.dep_ == "ccomp" and c.i > tok.i and not _comma_between(tok, c) for c in tok.children):
                return None
            return tok
    return None


def _comma_between(verb: "Token", comp: "Token") -> bool:
    first = min(t.i for t in comp.subtree)
    return any(t.text == "," for t in verb.doc[verb.i + 1:max(first, verb.i + 1) + 1])


def _left_name(ctx: DocContext, off: int, verb: "Token") -> "Token | None":
    """The name written just before a verb the parser left without a subject ("Sen. Elizabeth Warren
    (D-MA) said", "her senior policy adviser, Jake Sullivan, said"): the last token of a person or
    organisation mention, skipping commas and a parenthesis, within a few tokens."""
    doc, i, depth = verb.doc, verb.i - 1, 0
    while i >= max(verb.sent.start, verb.i - _MAX_LEFT_NAME):
        t = doc[i]
        depth += (t.text == ")") - (t.text == "(")
        if depth == 0 and t.text not in ",()" and t.dep_ not in ("advmod", "aux", "neg"):
            m = ctx.mention_at(tok_start(off, t), tok_end(off, t), _NAMED_SPEAKERS)
            return t if m is not None and m.end == tok_end(off, t) else None
        i -= 1
    return None


def _speaker_token(ctx: DocContext, off: int, verb: "Token") -> "Token | None":
    """Who speaks through the verb: its subject; in the passive the agent ("was asked by host Bill
    Maher"), never the addressee ("Sanders was asked"); a name just before a finite main verb the
    parser left without a subject."""
    subj = _subject(verb)
    if subj is not None and (subj.ent_type_ in ("DATE", "TIME") or ctx.in_quote(tok_start(off, subj))
                             and not ctx.in_quote(tok_start(off, verb))):
        # "Saturday at the convention Sen. Warren said": the parser's subject is the date;
        # '"We were wrong," Ramos told AFP': the subject it found by coordination is in the quote
        subj = None
    if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == verb.i:
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None or verb.lemma_.lower() in _ADDRESSEE_VERBS:
            return agent
    if subj is None and verb.dep_ in ("ROOT", "conj") and verb.tag_ in ("VBD", "VBZ", "VBP"):
        return _left_name(ctx, off, verb)
    return subj


def _clause_ranges(off: int, verb: "Token") -> list[tuple[int, int]]:
    """Char ranges of the verb and its adjunct children (not the reported clause).

    A coordinated verb ("said on the 30th ... and claimed that") shares its head's adjuncts.
    """
    out = [(tok_start(off, verb), tok_end(off, verb))]
    children = list(verb.children)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        children += [c for c in verb.head.children if c.i < verb.i]
    for c in children:
        if c.dep_ in ("prep", "npadvmod", "advmod", "dobj", "dative", "obl", "agent") :
            sub = list(c.subtree)
            out.append((tok_start(off, sub[0]), tok_end(off, sub[-1])))
    return out


def _medium(ctx: DocContext, off: int, verb: "Token") -> str | None:
    for a, b in _clause_ranges(off, verb)[1:]:
        if ctx.in_quote(a):
            continue
        seg = ctx.text[a:b]
        m = _PLATFORM_RE.search(seg)
        if m:
            return m.group(1)
        m = _MEDIUM_RE.search(seg)
        if m:
            return m.group(1).lower()
    if verb.lemma_ == "tell":  # "told NHK" -> the outlet
        for c in verb.children:
            if c.dep_ in ("dobj", "dative", "iobj"):
                m = ctx.mention_at(tok_start(off, c), tok_end(off, c), frozenset({"MediaOutlet", "Organization"}))
                if m is not None:
                    return m.text
    return None


def _statement(ctx, speakers, off, verb, subj, q_start, q_end, span, direct, conf) -> Statement:
    speaker, role, org = speakers.resolve(off, subj, any_noun=verb.lower_ == "according")
    quote = ctx.text[q_start:q_end]
    stripped = quote.rstrip(" ,\n")
    lead = min(len(quote) - len(quote.lstrip()), len(stripped))
    q_start, q_end = q_start + lead, q_start + len(stripped)
    sent = ctx.sentence_span(verb.doc, off, verb)
    st = Statement(quote=ctx.text[q_start:q_end], start=span[0], end=span[1], quote_start=q_start, quote_end=q_end,
                   speaker=speaker, speaker_role=role, speaker_org=org, verb=verb.text.lower(),
                   medium=_medium(ctx, off, verb), direct=direct, sentence=sent,
                   about=[m for m in ctx.mentions_in(q_start, q_end) if m.type != "Person" or m.text.lower() not in V.PRONOUNS],
                   confidence=conf if speaker is not None or org is not None else conf - 0.2,
                   extractor=ctx.extractor)
    quote_ranges = [(x.open, x.close) for x in ctx.quotes]
    st.date = ctx.date_in(_clause_ranges(off, verb), exclude=quote_ranges)
    if speaker is not None or role is not None or org is not None:
        speakers.last = (speaker, role, org)
        speakers.last_pos = span[0]
    return st


def _opens_sentence(ctx: DocContext, opener: "Token") -> bool:
    return opener.i == opener.sent.start or (opener.i > 0 and opener.doc[opener.i - 1].text in ('"', "“", "``"))


def _continuation(ctx: DocContext, out: list[Statement], data) -> Statement | None:
    """A verb-less quoted sentence right after a direct statement (same paragraph, or the next one within
    300 characters) is more of that statement, by the same speaker."""
    sdoc, off, tok, q = data
    prev = next((st for st in reversed(out) if st.direct), None)
    if prev is None or not (0 <= q.open - prev.end <= 300) or (prev.speaker is None and not prev.speaker_role):
        return None
    if ctx.text.count("\n\n", prev.end, q.open) > 1:
        return None
    return Statement(quote=ctx.text[q.start:q.end].rstrip(" ,\n"), start=q.open, end=q.close, quote_start=q.start,
                     quote_end=q.start + len(ctx.text[q.start:q.end].rstrip(" ,\n")), speaker=prev.speaker,
                     speaker_role=prev.speaker_role, speaker_org=prev.speaker_org, verb=prev.verb, medium=prev.medium,
                     date=prev.date, direct=True, sentence=ctx.sentence_span(sdoc, off, tok),
                     about=ctx.mentions_in(q.start, q.end), confidence=_CONF_DIRECT - 0.2, extractor=ctx.extractor)


def _according_to(ctx: DocContext) -> list[tuple[int, str, object]]:
    """"According to X, ..." / "..., according to X": X speaks the rest of the sentence."""
    out = []
    for sdoc, off in ctx.chunks:
        for tok in sdoc:
            if tok.lower_ != "according" or tok.i + 1 >= len(sdoc) or sdoc[tok.i + 1].lower_ != "to":
                continue
            pos = tok_start(off, tok)
            if ctx.in_quote(pos) or ctx.in_headline(pos):
                continue
            to = sdoc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            phrase_end = max(t.i for t in pobj.subtree) + 1
            sent = tok.sent
            before = (sent.start, tok.i)
            after = (phrase_end, sent.end)
            a_i, b_i = max(before, after, key=lambda r: r[1] - r[0])
            while b_i > a_i and sdoc[b_i - 1].is_punct:
                b_i -= 1
            while a_i < b_i and sdoc[a_i].is_punct:
                a_i += 1
            if b_i - a_i < 3:
                continue
            out.append((pos, "according", (sdoc, off, tok, pobj, tok_start(off, sdoc[a_i]), tok_end(off, sdoc[b_i - 1]))))
    return out


def _quote_candidate(ctx: DocContext, q: Quote, used: set) -> "tuple[int, str, object] | None":
    """A direct quote with its reporting verb(s), or a verb-less quoted sentence that may continue
    the statement before it."""
    if ctx.in_headline(q.open) or q.end - q.start < 3:
        return None
    hit = token_at(ctx, q.open if not q.dangling else q.end)
    if hit is None:
        return None
    sdoc, off, tok = hit
    before = None if q.dangling else _verb_before(ctx, sdoc, off, tok)
    after = _verb_after(ctx, sdoc, off, q)
    colon = None if before or after or q.dangling else _verb_before_colon(ctx, q)
    if colon is not None:  # the verb's chunk gives the offsets of the speaker and the verb's clause
        sdoc, off, before = colon
    pairs = [(v, _speaker_token(ctx, off, v)) for v in (before, after) if v is not None]
    if not pairs:
        # a quote that is a sentence of its own continues the statement just before it
        # ('"...," Gov. Kasich replied. "I hate to say it."'); scare quotes and titles are not statements
        if not q.dangling and _opens_sentence(ctx, tok):
            return q.open, "cont", (sdoc, off, tok, q)
        return None
    # a named subject beats a pronoun ("Bereschuk wrote ..., ``...,” he wrote")
    pairs.sort(key=lambda p: (p[1] is None, p[1] is not None and p[1].lower_ in V.PRONOUNS))
    verb, subj = pairs[0]
    for v, _ in pairs:
        used.add((id(sdoc), v.i))
    return tok_start(off, verb), "direct", (sdoc, off, verb, subj, q, [p[0] for p in pairs])


def _parenthetical(sdoc, off: int, tok: "Token", subj: "Token") -> "tuple[int, int] | None":
    """"In the three years since ..., Barden says, far too many lives have been lost": a parenthetical
    reporting clause reports the rest of its sentence (char range), else None."""
    if tok.dep_ != "parataxis" or not (subj.i > tok.sent.start and tok.i + 1 < tok.sent.end
                                       and sdoc[subj.i - 1].text == "," and sdoc[tok.i + 1].text == ","):
        return None
    sent = tok.sent
    last = sent.end - 1 if not sdoc[sent.end - 1].is_punct else sent.end - 2
    return tok_start(off, sdoc[sent.start]), tok_end(off, sdoc[max(last, sent.start)])


def _object_content(off: int, verb: "Token") -> "tuple[int, int] | None":
    """The content of a speech verb whose frame (:data:`~conflict_kg.extract.vocab_en.SPEECH_OBJECT_FRAMES`)
    takes an object: from its first right-hand dependent to its last (char range), else None."""
    if verb.tag_ == "VBG":  # "..., calling on the people to fight": a participle elaborates its main clause
        return None
    frame = V.SPEECH_OBJECT_FRAMES.get(verb.lemma_.lower())
    right = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "parataxis", "advmod", "npadvmod")]
    if frame is None or not any(c.dep_ in frame or c.lower_ in frame for c in right):
        return None
    toks = [t for c in right for t in c.subtree]
    last = max(toks, key=lambda t: t.i)
    return tok_start(off, min(toks, key=lambda t: t.i)), tok_end(off, last)


def _indirect_candidate(ctx: DocContext, sdoc, off: int, tok: "Token") -> "tuple[int, str, object] | None":
    """A reporting verb outside quotes with a subject and a reported clause (its ccomp, or the rest of
    the sentence around a parenthetical "X says")."""
    pos = tok_start(off, tok)
    if ctx.in_quote(pos) or ctx.in_headline(pos):
        return None
    subj = _speaker_token(ctx, off, tok)
    if subj is None or subj.dep_ == "nsubjpass":
        return None
    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if comp is None:
        rng = _parenthetical(sdoc, off, tok, subj) or _object_content(off, tok)
        return None if rng is None else (pos, "indirect", (sdoc, off, tok, subj, *rng))
    sub = list(comp.subtree)
    a, b = tok_start(off, sub[0]), tok_end(off, sub[-1])
    if any(q.open < b and a < q.close for q in ctx.quotes):
        return None
    if sub[0].lower_ == "that":
        a = tok_start(off, sub[1]) if len(sub) > 1 else a
    return pos, "indirect", (sdoc, off, tok, subj, a, b)


def _candidates(ctx: DocContext) -> list[tuple[int, str, object]]:
    """Every statement candidate ``(position, kind, data)`` in text order; a verb that introduces a
    quote is not read again as indirect speech."""
    used: set[tuple[int, int]] = set()
    todo = [c for q in ctx.quotes for c in [_quote_candidate(ctx, q, used)] if c is not None]
    for sdoc, off in ctx.chunks:
        todo += [c for tok in sdoc if (id(sdoc), tok.i) not in used and _reporting(tok)
                 for c in [_indirect_candidate(ctx, sdoc, off, tok)] if c is not None]
    todo += _according_to(ctx)
    todo.sort(key=lambda x: x[0])
    return todo


def _according_statement(ctx: DocContext, speakers: Speakers, data) -> Statement:
    sdoc, off, prep, pobj, a, b = data
    st = _statement(ctx, speakers, off, prep, pobj, a, b, (min(a, tok_start(off, prep)),
                    max(b, tok_end(off, list(pobj.subtree)[-1]))), False, _CONF_INDIRECT)
    st.verb = "according to"
    return st


def _direct_statement(ctx: DocContext, speakers: Speakers, data) -> Statement:
    sdoc, off, verb, subj, q, verbs = data
    sstart = min([q.open] + [tok_start(off, v) for v in verbs]
                 + ([tok_start(off, min(subj.subtree, key=lambda t: t.i))] if subj is not None else []))
    send = max([q.close] + [tok_end(off, v) for v in verbs] + ([tok_end(off, subj)] if subj is not None else []))
    st = _statement(ctx, speakers, off, verb, subj, q.start, q.end, (sstart, send), True, _CONF_DIRECT)
    if st.medium is None or st.date is None:  # the other verb's clause may carry them
        for v in verbs[1:]:
            st.medium = st.medium or _medium(ctx, off, v)
            st.date = st.date or ctx.date_in(_clause_ranges(off, v), exclude=[(x.open, x.close) for x in ctx.quotes])
    return st


def _indirect_statement(ctx: DocContext, speakers: Speakers, data) -> Statement:
    sdoc, off, verb, subj, a, b = data
    # the reported clause may come first ("Russian forces ... overnight, governor X said"):
    # the statement spans speaker, verb and content in whatever order they are written
    subj_toks = list(subj.subtree)
    sstart = min(tok_start(off, subj_toks[0]), tok_start(off, verb), a)
    send = max(tok_end(off, subj_toks[-1]), tok_end(off, verb), b)
    return _statement(ctx, speakers, off, verb, subj, a, b, (sstart, send), False, _CONF_INDIRECT)


#: Candidate kind -> the rule that makes its statement.
_BUILDERS = {"according": _according_statement, "direct": _direct_statement, "indirect": _indirect_statement}


def extract_statements(ctx: DocContext) -> list[Statement]:
    """All statements of the document, in text order.

    Candidates come from quotes (:func:`_quote_candidate`), reporting verbs with a reported
    clause (:func:`_indirect_candidate`) and "according to" (:func:`_according_to`); each kind
    has its builder in ``_BUILDERS``; speakers are resolved in text order so pronouns find
    the last speaker.

    >>> from conflict_kg.extract.en import extract_en_text
    >>> text = 'The Nato secretary general, Jens Stoltenberg, said on Twitter: "We stand with Ukraine."'
    >>> st = extract_en_text(text).statements[0]
    >>> st.quote, st.speaker.text, st.speaker_role, st.verb, st.medium, st.direct
    ('We stand with Ukraine.', 'Jens Stoltenberg', 'secretary general', 'said', 'Twitter', True)
    """
    speakers = Speakers(ctx)
    out: list[Statement] = []
    for _pos, kind, data in _candidates(ctx):
        if kind == "cont":
            st = _continuation(ctx, out, data)
        else:
            st = _BUILDERS[kind](ctx, speakers, data)
        if st is not None and st.quote.strip():
            out.append(st)
    return out
