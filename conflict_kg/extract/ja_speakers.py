"""Japanese speakers: who a character position names (a person with the role at the time, an
unnamed source's description, an organisation), for :mod:`conflict_kg.extract.ja_statements`."""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, PersonRole

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.vocab_ja_speakers import ORG_WORD_HEADS, TITLE_QUALIFIER_PREFIXES
from conflict_kg.extract.ja_mentions import Analysis, UnnamedRole

__all__ = ["Speaker", "DocContext"]


class Speaker:
    """A resolved speaker: person/org mention, or an unnamed role."""

    def __init__(self, mention: Mention | None, role: str | None = None, org: Mention | None = None, start: int = -1):
        self.mention, self.role, self.org, self.start = mention, role, org, start


class DocContext:
    """The Japanese document context the rules read (the twin of ``en_context.DocContext``):
    lookups from character positions to mentions, roles and tokens."""

    def __init__(self, an: Analysis, mentions: list[Mention], roles: list[PersonRole]):
        self.an, self.mentions, self.roles = an, mentions, roles

    def mention_at(self, pos: int, types: frozenset[str] | None = None) -> Mention | None:
        for m in self.mentions:
            if m.start <= pos < m.end and (types is None or m.type in types):
                return m
        return None

    def role_covering(self, pos: int) -> PersonRole | None:
        for r in self.roles:
            if r.start <= pos < r.end:
                return r
        return None

    def unnamed_covering(self, pos: int) -> UnnamedRole | None:
        for u in self.an.unnamed:
            if u.start <= pos < u.end:
                return u
        return None

    def phrase_end(self, m: Mention) -> int:
        """End of the noun phrase headed by ``m`` (name + title + 氏)."""
        end = m.end
        for r in self.roles:
            if r.person is m or (r.person.start == m.start and r.person.end == m.end):
                end = max(end, r.end)
        text = self.an.text
        for h in V.HONORIFICS:
            if text.startswith(h, end):
                end += len(h)
        if m.type == "Person" and end == m.end:  # "嘉田候補は": a status word after the surname
            end += self.status_after(m)
        if text.startswith("ら", end) and end > m.end:
            end += 1  # "田中容疑者らは": the person and others speak through the person
        if text[end:end + 1] in ("(", "（"):
            # a gloss after the name ("次期経済相(SPD)は", "委員長(カナダ)が") belongs to the phrase
            close = re.match(r"[(（][^()（）。、]{1,20}[)）]", text[end:end + 24])
            if close:
                end += close.end()
        if m.type != "Person":
            # シンクタンク「戦争研究所」は: the closing bracket of a quoted name;
            # ウクライナ側は: "the X side" speaks for X.
            if m.start > 0 and text[m.start - 1] == "「" and text.startswith("」", end):
                end += 1
            if text.startswith("側", end) or text.startswith("紙", end):
                end += 1  # "the X side" speaks for X; "シカゴ・トリビューン紙" is the paper
        return end

    def status_after(self, m: Mention) -> int:
        """Length of a status word that is no honorific right after ``m`` ("候補" in "嘉田候補"), else 0."""
        words = sorted(set(V.SURNAME_STATUS) - set(V.HONORIFICS), key=len, reverse=True)
        return next((len(w) for w in words if self.an.text.startswith(w, m.end)), 0)

    def speaker_at(self, pos: int) -> Speaker | None:
        """The speaker whose phrase covers token position ``pos`` (person, unnamed role, org)."""
        r = self.role_covering(pos)
        if r is not None:
            return self.person_speaker(r.person)
        m = self.mention_at(pos, frozenset({"Person"})) or next(
            (k for k in self.mentions if k.type == "Person" and k.start <= pos < k.end + self.status_after(k)), None)
        if m is not None:  # (a surname's status word belongs to it: "嘉田候補"; not an honorific such as 氏)
            return self.person_speaker(m)
        u = self.unnamed_covering(pos)
        if u is not None:
            return self.unnamed_speaker(u)
        m = self.mention_at(pos, V.ORG_TYPES)
        if m is not None:
            return Speaker(m, None, None, m.start)
        return None

    def unnamed_speaker(self, u: UnnamedRole) -> Speaker:
        """A bare title ("委員長は", "同市長は") is the last person the document gave that title; else it
        stays an unnamed source with its description. A title a name opens is that person's
        (:meth:`named_title`)."""
        named = self.named_title(u)
        if named is not None:
            return named
        if u.org is None:
            prev = [r for r in self.roles if r.role == u.role and r.end <= u.start]
            if prev:
                sp = self.person_speaker(prev[-1].person)
                sp.start = u.start
                return sp
        return Speaker(None, u.role, u.org, u.start)

    def named_title(self, u: UnnamedRole) -> Speaker | None:
        """"ロバート・ソルタース・オレンジ団グランドマスターは", "新倉修大学院教授は": a title whose noun phrase
        a person's name opens, which the parser cut so that no role covers it (the name runs into the
        organisation or the title's qualifier). The name is trimmed where the organisation mention or the
        qualifier (:data:`TITLE_QUALIFIER_PREFIXES`) begins; the speaker is that person with the title,
        and the organisation written between (or before the name with の)."""
        text = self.an.text
        for p in self.mentions:
            if p.type != "Person" or not p.start < u.start <= p.end + 8 or p.end > u.end:
                continue
            if re.search(r"[、。「」()（）\s]|[はがをにへとも](?=[一-龥ァ-ヶ])", text[p.start:u.start]):
                continue  # the name and the title are one noun phrase
            org = next((o for o in self.mentions if o.type not in ("Person", "Country")
                        and p.start < o.start and o.end <= u.start), None)
            cut = None
            for o in self.mentions:  # "…・オレンジ団グランドマスター": an organisation the document names
                k = text.find("・" + o.text, p.start + 1, u.start) if o.type not in ("Person", "Country") else -1
                if k > p.start and org is None:
                    org, cut = o, k
            of = self.mention_at(p.start - 2, V.ORG_TYPES) if text[p.start - 1:p.start] == "の" else None
            cut = org.start if cut is None and org is not None and org.start < p.end else cut
            role = u.role
            for q in TITLE_QUALIFIER_PREFIXES:
                k = u.start - len(q)
                if text.startswith(q, k) and p.start + 2 <= k < p.end:
                    cut, role = k, q + u.role  # "新倉修|大学院教授"
            if cut is None and org is None and text[p.end:u.start].strip("・"):
                org = self.org_word(p.end, u.start)  # "北の湖日本相撲協会理事長"
                if org is None:
                    continue  # an unknown word between the name and the title
            if cut is not None:
                p.end, p.text = cut, text[p.start:cut].rstrip("・")
                p.end = p.start + len(p.text)
            head = next((o for o in self.mentions if o.start == u.start and o.end < u.end and u.role.startswith(o.text)), None)
            if head is not None and org is None and u.org is None:  # "山本清・市議会議長": 議長 of 市議会
                org, role = head, u.role[len(head.text):]
            return Speaker(p, role, org or u.org or of, p.start)  # "青山学院大学の新倉修大学院教授"
        return None

    def org_word(self, a: int, b: int) -> Mention | None:
        """An organisation's name written in ``text[a:b]`` with no mention of its own (:data:`ORG_WORD_HEADS`),
        as a new mention."""
        name = self.an.text[a:b].strip("・")
        if not re.fullmatch(r"[一-龥ァ-ヶー]{1,12}", name) or not name.endswith(ORG_WORD_HEADS):
            return None
        a = self.an.text.index(name, a)
        m = Mention(name, a, a + len(name), "Organization", "rule:speaker-org", self.an.sentence(a), 0.6, "ja:speaker")
        self.mentions.append(m)
        return m

    def pronoun_speaker(self, pos: int) -> Speaker | None:
        """"彼は" / "彼女は" at ``pos``: the one person the document named in this or the two sentences
        before (after name linking); with none or several, the pronoun stays unresolved (None). Japanese
        names carry no gender the rules could check, so the antecedent must be unique; 彼ら is plural."""
        sents = self.an.sents
        k = next((i for i, s in enumerate(sents) if s.start <= pos < s.end), 0)
        lo = sents[max(0, k - 2)].start if sents else 0
        persons = [m for m in self.mentions if m.type == "Person" and lo <= m.start < pos and m.text not in ("同氏",)]
        if len({m.antecedent or m.text for m in persons}) != 1:
            return None
        sp = self.person_speaker(persons[-1])
        sp.start = pos
        return sp

    def person_speaker(self, m: Mention) -> Speaker:
        """Role at the time: the nearest role of the same person at or before ``m``."""
        key = m.antecedent or m.text
        same = [r for r in self.roles if (r.person.antecedent or r.person.text) == key]
        own = [r for r in same if r.person.start == m.start]
        before = [r for r in same if r.start <= m.start]
        best = (own or before[-1:] or same[:1] or [None])[0]
        return Speaker(m, best.role if best else None, best.org if best else None, m.start)
