"""Parties of Japanese events that the NER does not hand over as they stand (issue #15).

A mixin of :mod:`conflict_kg.extract.ja_events`' event builder: the mention a role-filling token names
(a name before its head noun, a place's party compound "兵庫県警"), parties without a name (a bare title
referring back, a party noun "治安部隊", an unlabelled proper noun, an anaphor "この団体" / "同社", a name
before 容疑者), and the frames that reach a party through another word (a relative clause's head, the
の-possessor of a criticised object, coordinated parties). Split from ``ja_events`` (past 500 lines);
the knowledge is in :mod:`conflict_kg.extract.vocab_ja`.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, Span

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract import vocab_ja_parties as P

__all__ = ["PartyMentions"]

_HEADS = sorted(V.PARTY_HEADS + P.MORE_PARTY_HEADS, key=lambda p: (-len(p[0]), p[0]))
_PARTY_HEAD = tuple(h for h, _ in _HEADS)
_PARTY_CLASS = dict(_HEADS)
# Mentions made here for unnamed or anaphoric parties: never an antecedent of an anaphor
_UNNAMED_LABELS = frozenset({"rule:party-noun", "rule:anaphor", "rule:title-coref", "rule:coref"})
_SURFACE_SKIP = re.compile(P.SURFACE_SKIP)
# the bracketed gloss at the end of a span ("姉(15歳)" + "の"): the possessor noun ends before it
_SURFACE_TAIL = re.compile(r"(?:[(（][^()（）]{0,60}[)）])?$")
# a count of people standing alone ("3人", "2名"): it refers back to the party counted so before
_BARE_COUNT = re.compile(P.COUNT_SUFFIX.removesuffix("$"))
# the noun before such a count ("男" + "3人", "被害者" + "2人")
_COUNTED = re.compile(r"([一-龥ァ-ヶー]{1,8})")


def _party_name(phrase: str) -> bool:
    """Whether an unlabelled proper noun can name a party: not an outlet, a time zone or a one-character word."""
    return len(phrase) >= 2 and phrase not in V.NOT_PARTY_NAMES and not phrase.endswith(V.NOT_PARTY_ENDINGS)


class PartyMentions:
    """Party lookups of the event builder; the host sets ``ix`` (a ``DocContext``), ``an``, ``text``, ``ex``."""

    def relative_head(self, tok, sent: Span) -> Mention | None:
        """The party a relative clause ending in the trigger modifies: its doer (what it happened to
        when passive) when the clause has no subject: "求めていた野党議員団", also through a te-clause
        ("辞任を求めて集まっていたデモ参加者")."""
        for head in self._modified_nouns(tok):
            m = self.mention_of(head, sent)
            if m is not None and (m.type == "Person" or m.type in V.ORG_TYPES):
                return m
        return None

    def relative_head_words(self, tok, sent: Span) -> str | None:
        """The words of an unnamed party a relative clause ending in the trigger modifies ("殺害された少女",
        "拉致された被害者2人")."""
        return next((w for w in (self.describe(h, sent) for h in self._modified_nouns(tok)) if w), None)

    def _modified_nouns(self, tok) -> list:
        """The nouns a relative clause ending at ``tok`` may modify (also through a te-clause): the noun right
        after the clause ("殺害された少女の両親": the girl, though the parse may hang the clause on 両親),
        then the clause's head in the parse."""
        if tok.dep == "advcl" and tok.head != tok.i and self.an.toks[tok.head].dep == "acl":
            tok = self.an.toks[tok.head]
        if tok.dep != "acl":
            return []
        end = max([tok.end] + [t.end for t in self.an.toks if t.head == tok.i and t.dep == "aux" and t.i > tok.i])
        nxt = self.an.tok_at(end)
        while nxt is not None and nxt.dep == "compound" and nxt.head > nxt.i:
            nxt = self.an.toks[nxt.head]
        head = self.an.toks[tok.head]
        first = [nxt] if nxt is not None and nxt is not head and nxt.pos in ("NOUN", "PROPN") else []
        return first + [head]

    def marked(self, t, markers: tuple) -> bool:
        """Whether the noun ``t`` is followed by one of ``markers``, past a gloss in brackets ("叔母(41歳)が")."""
        return self.text.startswith(markers, _SURFACE_SKIP.match(self.text, t.end).end())

    def source_agent(self, m, sent: Span, family: str, targets: list, words: dict) -> list[Mention]:
        """The doer named as the source before the trigger (``vocab_ja_parties.SOURCE_AGENT_FAMILIES`` and
        ``SOURCE_AGENT_TRIGGERS``): "…を名乗る団体から犯行声明", "文化財庁からの要請", "住民からは…批判". Its
        words go to ``words["agent"]`` when it is unnamed (``source_words`` is then set)."""
        self.source_words = False
        if m.group() not in P.SOURCE_AGENT_TRIGGERS and family not in P.SOURCE_AGENT_FAMILIES:
            return []
        src, src_words = self.surface_party(m.start(), sent, P.SOURCE_PARTICLES)
        if src is None and src_words:
            words["agent"].append(src_words)
            self.source_words = True
        return [src] if src is not None and src not in targets else []

    def surface_target(self, trig_pos: int, sent: Span, family: str, objects: bool) -> tuple[Mention | None, str | None]:
        """The party the surface case frame makes the target (``vocab_ja_parties.SURFACE_TARGET_PARTICLES``):
        the nearest noun before the trigger, outside any quote the trigger is not in, marked by を / に対し /
        への (or に in ``SURFACE_DATIVE_FAMILIES``) and naming a party: (its mention, else its words)."""
        dative = P.SURFACE_TARGET_PARTICLES + (("に",) if family in P.SURFACE_DATIVE_FAMILIES else ())
        return self.surface_party(trig_pos, sent, dative, objects)

    def surface_party(self, trig_pos: int, sent: Span, particles: tuple, objects: bool = False) -> tuple[Mention | None, str | None]:
        """The nearest party before the trigger marked by one of ``particles`` (see ``surface_target``)."""
        depth = self.text.count("「", sent.start, trig_pos) - self.text.count("」", sent.start, trig_pos)
        dative = particles
        toks = self.an.toks_in(sent.start, trig_pos)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.text == "、" and k > 0 and toks[k - 1].pos in P.CLAUSE_END_POS and not self.text.endswith(
                    P.NOT_CLAUSE_END, sent.start, t.start):
                break  # "…に抗議し、…学校側が退職を勧告": a finished clause's parties are its own
            if t.pos not in ("NOUN", "PROPN") or t.end > trig_pos:
                continue
            named = self.bracket_name(t, sent)
            if named is None and self.text.count("「", sent.start, t.start) - self.text.count("」", sent.start, t.start) > depth:
                continue  # inside a quote the trigger is not in
            after = self.text[_SURFACE_SKIP.match(self.text, t.end).end() :][:6]
            if not after.startswith(dative) or after.startswith(P.NOT_DATIVE_AFTER + P.SOURCE_AFTER + P.SELF_NAMED):
                continue  # "によると": a source; "…を名乗る団体": a name, not an object
            if t.text in P.BODY_PARTS and self.text.endswith("の", sent.start, t.start):
                # "姉妹の頭を殴った": the one whose body was hit
                t = self.an.tok_at(_SURFACE_TAIL.search(self.text, sent.start, t.start - 1).start() - 1) or t
            m = named or self.mention_of(t, sent)
            if m is not None and (m.type == "Person" or m.type in V.ORG_TYPES):
                return m, None
            w = self.describe(t, sent, objects=objects) if m is None else None
            if w:
                return None, w
        return None, None

    def bracket_name(self, t, sent: Span) -> Mention | None:
        """The organisation named in 「」 after an organisation noun ("販売会社「なにわ書店」"), when ``t`` ends
        the bracket (``vocab_ja_parties.BRACKET_NAME_HEADS``); the mention covers the words inside."""
        if not self.text.startswith("」", t.end):
            return None
        a = self.text.rfind("「", sent.start, t.start)
        if a < 0 or "」" in self.text[a : t.end] or not self.text.endswith(P.BRACKET_NAME_HEADS, sent.start, a):
            return None
        m = self.ix.mention_at(a + 1)
        if m is None or m.end > t.end:
            m = Mention(self.text[a + 1 : t.end], a + 1, t.end, "Organization", "rule:bracket-name", sent, 0.55, self.ex)
            self.ix.mentions.append(m)
        return m

    def possessors(self, deps: list, sent: Span) -> list[Mention]:
        """The party whose act or duty is the object of a criticism or a request: "同企業の責任を指摘",
        "政府の対応を批判" (the の-modifier of the object noun, when the object names no party)."""
        out = []
        for o in deps:
            if o.dep != "obj" or self.mention_of(o, sent) is not None:
                continue
            for c in self.an.toks:
                if c.head == o.i and c.dep == "nmod" and self.text.startswith("の", c.end):
                    m = self.mention_of(c, sent)
                    if m is not None and (m.type == "Person" or m.type in V.ORG_TYPES) and m not in out:
                        out.append(m)
        return out

    def possessor_words(self, deps: list, sent: Span) -> str | None:
        """The words of an unnamed party whose act is criticised or asked for ("学校の対応を批判"), as
        ``possessors`` finds named ones."""
        for o in deps:
            if o.dep == "obj" and self.mention_of(o, sent) is None:
                for c in self.an.toks:
                    if c.head == o.i and c.dep == "nmod" and self.text.startswith("の", c.end) and self.mention_of(c, sent) is None:
                        w = self.describe(c, sent)
                        if w:
                            return w
        return None

    def conjuncts(self, t, sent: Span) -> list[Mention]:
        """Parties coordinated with a role filler by a conjunction particle ("アブドライ大統領とワグフ首相を
        拘束": GiNZA hangs the first conjunct on the second as ``nmod``): they fill the same role."""
        out = []
        for c in self.an.toks:
            if c.head == t.i and c.dep in ("nmod", "conj") and self.text.startswith(V.CONJUNCT_PARTICLES, c.end):
                m = self.mention_of(c, sent)
                if m is not None and (m.type == "Person" or m.type in V.ORG_TYPES):
                    out.append(m)
        return out

    def mention_of(self, t, sent: Span) -> Mention | None:
        """The mention a dependent token names: one at the token, or one right before its head noun
        ("吉田剛容疑者": the name before 容疑者, "ロシア軍部隊"); else a bare title that refers back to
        the last person with that title ("大統領は"), or an unnamed party the NER missed ("治安部隊")."""
        m = self.ix.mention_at(t.start) or self.self_named(t, sent)
        if m is None:
            # the name right before the head noun or before its compound ("手塚昌利" + "球団オーナー")
            a = min(t.start, self.phrase_start(t, sent))
            inside = [x for x in self.ix.mentions if x.end == t.start and x.start >= sent.start
                      or a <= x.start and x.end <= t.start]
            m = max(inside, key=lambda x: x.end) if inside else None
        if m is not None and m.type == "Person":
            m = self.ix.mention_at(m.start) or m
        if m is not None and m.type in V.PLACE_TYPES and m.end < t.end:
            # "兵庫県" + "警", "向日町" + "署": a place inside a compound ending in a party head is the party's
            # affiliation; the compound is the party
            return self.unnamed_party(t, sent) or m
        return m if m is not None else self.unnamed_party(t, sent)

    def self_named(self, t, sent: Span) -> Mention | None:
        """The party a group noun names itself ("…旅団を名乗る団体", ``vocab_ja_parties.SELF_NAMED``): the words
        from the clause start (a comma, a bracket or the sentence start) to the naming verb, less a gloss in
        brackets."""
        if not t.text.endswith(P.SELF_NAMED_HEADS) or not self.text.endswith(P.SELF_NAMED, sent.start, t.start):
            return None
        verb = next(v for v in P.SELF_NAMED if self.text.endswith(v, sent.start, t.start))
        end = t.start - len(verb)
        a = max(self.text.rfind(c, sent.start, end) for c in "、「」。") + 1
        a = max(a, sent.start)
        end = _SURFACE_TAIL.search(self.text, a, end).start()
        if not 2 <= end - a <= 30:
            return None
        m = next((x for x in self.ix.mentions if x.start == a and x.end == end), None)
        if m is None:
            m = Mention(self.text[a:end], a, end, "Organization", "rule:self-named", sent, 0.55, self.ex)
            self.ix.mentions.append(m)
        return m

    def phrase_start(self, t, sent: Span) -> int:
        """Start of the noun compound the token heads ("治安" + "部隊", "球団" + "オーナー")."""
        a = t.start
        for p in reversed(self.an.toks_in(sent.start, t.start)):
            if p.end != a or p.pos not in ("NOUN", "PROPN") or p.head != t.i and p.dep != "compound":
                break
            a = p.start
        return a

    def unnamed_party(self, t, sent: Span) -> Mention | None:
        """A mention for a role-filling noun phrase without a name: a bare title refers back to the
        last person given that title; a phrase ending in a party head (``V.PARTY_HEADS``) is a party."""
        a = self.phrase_start(t, sent)
        phrase = self.text[a : t.end]
        if t.text in V.PERSON_SUFFIXES:
            return self.suffixed_person(t, sent)
        if phrase in V.TITLES:
            prev = [r for r in self.ix.roles if r.role == phrase and r.end <= t.start]
            if not prev:
                return None
            ante = prev[-1].person
            m = Mention(phrase, a, t.end, "Person", "rule:title-coref", sent, 0.6, self.ex)
            m.antecedent = ante.antecedent or ante.text
        elif (m := self.anaphor(phrase, a, t.end, sent)) is not None:
            pass
        elif phrase.removesuffix(V.SIDE_SUFFIX).endswith(_PARTY_HEAD) and len(phrase) <= 16:
            # "球団側は…提示": X's side is the party X
            head = next(h for h in _PARTY_HEAD if phrase.removesuffix(V.SIDE_SUFFIX).endswith(h))
            m = Mention(phrase, a, t.end, _PARTY_CLASS[head], "rule:party-noun", sent, 0.55, self.ex)
        elif re.fullmatch(P.ACRONYM, t.text) and t.text not in V.NOT_PARTY_NAMES | P.NOT_ACRONYM_PARTIES:
            # "民兵UDAは", "IRAとの合意": an organisation's acronym the NER left unlabelled
            m = Mention(t.text, t.start, t.end, "Organization", "rule:acronym-party", sent, 0.5, self.ex)
        elif t.tag.startswith(V.PROPER_PARTY_TAGS) and _party_name(phrase):
            # a proper noun the NER left unlabelled, in a party slot ("富士フイルムに要請"): an organisation
            m = Mention(phrase, a, t.end, "Organization", "rule:proper-noun-party", sent, 0.5, self.ex)
        else:
            return None
        self.ix.mentions.append(m)
        return m

    def anaphor(self, phrase: str, a: int, end: int, sent: Span) -> Mention | None:
        """"この団体", "同社", "同協会": a determiner (``V.ANAPHOR_DETERMINERS``) and a party noun
        (``V.ANAPHOR_HEADS``) refer back to the last organisation written before, preferring one whose
        name ends in the same noun; the mention keeps the antecedent's name (the gold's co-reference)."""
        det = next((d for d in V.ANAPHOR_DETERMINERS if phrase.startswith(d) or self.text.endswith(d, 0, a)), None)
        head = phrase[len(det):] if det and phrase.startswith(det) else phrase
        if det is None or head not in V.ANAPHOR_HEADS | P.ANAPHOR_PARTY_HEADS:
            return None
        # a party-noun compound longer than its head ("広島県警呉署") is named: "同署" may refer back to it
        prior = [x for x in self.ix.mentions if x.end <= a and x.type in V.ORG_TYPES and x.type != "Country"
                 and x.type not in V.REPORTER_TYPES and (x.label not in _UNNAMED_LABELS or head in P.ANAPHOR_PARTY_HEADS
                                                         and x.label == "rule:party-noun" and len(x.text) > len(head) + 1)]
        if head in P.ANAPHOR_PARTY_HEADS and head not in V.ANAPHOR_HEADS:
            prior = [x for x in prior if x.text.endswith(head)]
        same = [x for x in prior if x.text.endswith(head)]
        if not (same or prior):
            return None
        ante = (same or prior)[-1]
        start = a - (0 if phrase.startswith(det) else len(det))
        m = Mention(self.text[start:end], start, end, ante.type, "rule:anaphor", sent, 0.55, self.ex)
        m.antecedent = ante.antecedent or ante.text
        return m

    def topic_words(self, sent: Span, before: int) -> str | None:
        """The words of an unnamed party marked as the sentence's topic or subject before ``before``
        ("男は…と供述", "女性が自爆テロを敢行"): the fallback doer, as ``topic_agent`` is for named ones."""
        for t in self.an.toks_in(sent.start, before):
            if t.dep in ("nsubj", "obl") and self.marked(t, V.TOPIC_MARKERS + P.ALSO_TOPIC_MARKERS):
                w = self.describe(t, sent)
                if w:
                    return w
        return None

    def describe(self, t, sent: Span, objects: bool = False) -> str | None:
        """The words of an unnamed party at a role-filling token, as written ("男", "被害者2人",
        "デモ参加者数名", "反政府派住民"): the token's compound with its count, when it names people
        (``vocab_ja_parties.person_noun``; with ``objects`` also a thing attacked or seized: "政府系の建物",
        ``object_noun``) and no mention covers it. Kept as the event's description of the party
        (``ckg:agentDescription`` / ``ckg:targetDescription``), not as an entity."""
        if self.ix.mention_at(t.start) is not None or t.pos not in ("NOUN", "PROPN"):
            return None
        a = t.start
        for p in reversed(self.an.toks_in(sent.start, t.start)):
            # "被害者" + "2人", "男" + "3" + "人", "デモ" + "参加者" + "数" + "名": the compound and its count
            if p.end != a or p.pos not in ("NOUN", "PROPN", "NUM") or p.dep not in ("compound", "nummod"):
                break
            a = p.start
        phrase = self.text[a : t.end]
        if any(a <= m.start < t.end for m in self.ix.mentions if sent.start <= m.start < sent.end):
            return None  # a name inside the phrase: the mention stands for the party
        if _BARE_COUNT.fullmatch(phrase):
            return self.counted_antecedent(phrase, a)
        return phrase if P.person_noun(phrase) or (objects and P.object_noun(phrase)) else None

    def counted_antecedent(self, count: str, before: int) -> str | None:
        """The party a bare count refers back to ("…男3人を逮捕した。…逮捕された3人が"): the last phrase
        written before with the same count after a noun naming people ("男3人"), as written."""
        for m in reversed(list(re.finditer(_COUNTED.pattern + re.escape(count), self.text[:before]))):
            head = m.group(1)
            for k in range(len(head)):
                if P.person_noun(head[k:] + count):
                    return head[k:] + count
        return None

    def suffixed_person(self, t, sent: Span) -> Mention | None:
        """The person of "茂原岳人容疑者" (name tokens GiNZA did not tag, right before the person
        noun) or of "同容疑者" (the last person written with that noun before)."""
        names = []
        for p in reversed(self.an.toks_in(sent.start, t.start)):
            if p.end != (names[0].start if names else t.start) or not ("人名" in p.tag or p.pos == "PROPN"):
                break
            names.insert(0, p)
        if names:
            m = Mention(self.text[names[0].start : names[-1].end], names[0].start, names[-1].end, "Person",
                        "rule:person-suffix", sent, 0.6, self.ex)
        elif self.text[t.start - 1 : t.start] == "同":
            prev = [x for x in self.ix.mentions if x.type == "Person" and x.end <= t.start
                    and self.text.startswith(t.text, x.end)]
            if not prev:
                return None
            m = Mention("同" + t.text, t.start - 1, t.end, "Person", "rule:coref", sent, 0.6, self.ex)
            m.antecedent = prev[-1].antecedent or prev[-1].text
        else:
            return None
        self.ix.mentions.append(m)
        return m
