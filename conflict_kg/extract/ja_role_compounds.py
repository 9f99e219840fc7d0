"""Japanese compound titles and the organisations of titled holders (sixth session, issue #17).

Mixed into :class:`conflict_kg.extract.ja_persons.PersonRules` (it uses the rules' ``text``, ``an``,
``mentions``, ``roles``, ``name_before``, ``kanji_name_before``, ``unit_start``, ``holder_role``,
``role_org``, ``cited`` and ``nearest_of_kind``). A productive title recogniser rather than more lexicon
rows; its pieces are tables in :mod:`conflict_kg.extract.vocab_ja_roles`:

* a title is a compound whose head is a title word: a rank or scope glued before a lexicon title belongs
  to it, after the name (``山田秀雄・前常勤監査役``) and before it (``二等軍曹・NAME``);
* a name joined to its title by ・ (``森久志・前副社長``): a kanji name with a person-name token;
* a head the lexicon lacks that ends in a title suffix (``座長``, ``技官``), glued after a person's name;
* the kind of organisation of a compound title is its head's (``常勤監査役`` is a company's);
* an occupation's field glued before a title-first name is part of the title (``野球評論家・NAME``);
* a katakana name glued to a katakana ministry field (``ボルローエネルギー相``);
* a company, party or team the text refers to as 同社 / 同党 / 同球団 is an organisation of that kind
  (``光学機器大手・オリンパス … 同社本社``), for the titles that take the context organisation; a company's
  description makes the name after it a company; a court's name is an organisation (a 裁判長's);
* 同国 before a holder is the nearest country; ``Xに勤務する TITLE・NAME`` gives the holder's body X.

Each mechanism's dev and test effect (switched off alone) is logged in docs/development-log.md (roles).
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_titles import ANAPHOR_KINDS, CONTEXT_ORG_KINDS, TITLE_RE, UNIT_TITLE_HEADS
from conflict_kg.extract.vocab_ja_roles import (
    COMPANY_DESCRIPTORS, FIELD_TITLES, KATAKANA_MINISTRY_FIELDS, KIND_HEADS, ORG_CLAUSES, PUBLIC_BODY_HEADS, RANK_MODIFIERS,
    SUFFIX_STOP, TITLE_SUFFIXES,
)
from conflict_kg.extract.zones import in_zones

__all__ = ["RoleCompounds", "title_kind"]

_KANJI = re.compile(r"[一-龥々]+")
#: What may close a title glued after a name: an honorific, a particle, punctuation, a gloss.
_TITLE_CLOSE = "はがのもと、「(（ら氏"
#: 同X referring to an organisation of X's kind ("同社本社", "同党の").
_ANAPHOR_WORD = re.compile("同(" + "|".join(sorted(ANAPHOR_KINDS, key=len, reverse=True)) + ")")
_ORG_TYPES = ("Organization", "Company", "Location")
_STATE_NAME_HEADS = ("共和国", "王国", "連邦", "合衆国", "首長国")
#: A court's name ("大阪高裁", "知財高裁", "東京地方裁判所"): GiNZA labels them School or Printing_Other.
_COURT = re.compile(r"(?<![一-龥々])[一-龥々]{1,8}?"
                    r"(?:高等裁判所|地方裁判所|家庭裁判所|簡易裁判所|最高裁判所|裁判所|高裁|地裁|家裁|簡裁)"
                    r"|最高裁(?:判所)?")
#: A field before an occupation: kanji or Latin letters ("野球", "R&B").
_FIELD = re.compile(r"[一-龥々A-Za-zＡ-Ｚａ-ｚ&＆]+")
#: A katakana name glued to a katakana ministry field and 相 ("ボルロー|エネルギー相").
_KATAKANA_MINISTER = re.compile("(?<![ァ-ヶー])([ァ-ヶー]{2,12}?)(" + "|".join(
    sorted(KATAKANA_MINISTRY_FIELDS, key=len, reverse=True)) + ")相(?=[はがのもと、「(（])")
#: "在沖縄アメリカ海兵隊キャンプ・コートニーに勤務する二等軍曹・NAME": the body a title-first holder works in, written
#: as a relative clause right before the title.
_CLAUSE_ORG = re.compile("([一-龥ァ-ヶーA-Za-z・]{2,30})(?:" + "|".join(ORG_CLAUSES) + ")$")
#: A company's name after its description and ・ or の, closed by a particle, punctuation or a gloss; or before its
#: head-office gloss ("『グローバルマネジメント』(本社:神奈川県藤沢市)").
_DESCRIBED_COMPANY = re.compile("(?:" + "|".join(COMPANY_DESCRIPTORS) + ")[・の]『?"
                                r"([ァ-ヶーA-Za-zＡ-Ｚａ-ｚ0-9!！&＆]{2,16}|[一-龥]{2,6}(?:[ァ-ヶー]{1,8})?)』?(?=[(（はがのをにとも、。])"
                                r"|『?([ァ-ヶーA-Za-zＡ-Ｚａ-ｚ0-9!！&＆一-龥]{2,16})』?(?=[(（]本社[:：・])")


def title_kind(title: str) -> str | None:
    """The kind of organisation (:data:`CONTEXT_ORG_KINDS`) of ``title``: the kind whose table holds it, else the
    kind of its head (:data:`KIND_HEADS`: "常勤監査役" ends in a company's 監査役).

    >>> title_kind("社長"), title_kind("常勤監査役"), title_kind("外相")
    ('company', 'company', None)
    """
    kind = next((k for k, (titles, _h, _l) in CONTEXT_ORG_KINDS.items() if title in titles), None)
    return kind or next((k for k, heads in KIND_HEADS.items() if title.endswith(heads)), None)


class RoleCompounds:
    """Compound-title and organisation-kind rules of :class:`~conflict_kg.extract.ja_persons.PersonRules`."""

    def joined_name(self, e: int) -> int | None:
        """"森久志・前副社長": the start of a kanji name with a person-name (人名) token that ends right before a ・
        at ``e - 1`` (a katakana run before ・ is a foreign name's part, never checked here)."""
        if e < 2 or self.text[e - 1] not in "・･":
            return None
        ns = self.kanji_name_before(e - 1)
        if ns is None or not any("人名" in t.tag for t in self.an.toks_in(ns, e - 1)):
            return None
        return ns

    def rank_modifier(self, k: int, ts: int) -> bool:
        """Is ``text[k:ts]`` a rank or scope of a title: one or two ranks of :data:`RANK_MODIFIERS` ("常勤",
        "筆頭", "首席"), starting a token (on dev, any other glued kanji was an organisation: 自民, 市議会, 大学院)."""
        frag = self.text[k:ts]
        return k in self.an.tok_starts and (frag in RANK_MODIFIERS or any(
            frag[:n] in RANK_MODIFIERS and frag[n:] in RANK_MODIFIERS for n in range(1, len(frag))))

    def modified_title(self, p: int, title: str, te: int) -> bool:
        """"山田秀雄・前常勤監査役", "鈴木一郎常勤監査役", "森久志・前副社長": a name, optionally ・ and a time prefix,
        a rank glued before a lexicon title (:meth:`rank_modifier`); the title is the rank with the title. A
        rank asks for a person-name token in the holder, ・ for a kanji name (:meth:`joined_name`)."""
        ts = te - len(title)
        span = self.unit_start(p) if p == ts else None
        k, name_end = span if span is not None else (ts, p)
        if k < ts and not self.rank_modifier(k, ts):
            return False  # "新倉修|大学院教授", "加藤紘一自民幹事長": an organisation's (short) name, not a rank
        if k == ts and self.body_unit_title(title):
            return False  # "山本清・市議会議長": 議長 of 市議会, as the other rules split it
        ns = self.joined_name(name_end)
        holder_end = name_end - 1 if ns is not None else name_end
        if ns is None:
            ns = self.name_before(name_end) if k < ts else None
            if ns is None or not any("人名" in t.tag for t in self.an.toks_in(ns, name_end)):
                return False
        return self.holder_role((ns, holder_end, "rule:name+modified-title", 0.7), self.text[k:ts] + title, ns, te,
                                lambda: self.role_org(ns, []))

    @staticmethod
    def body_unit_title(title: str) -> bool:
        """Is ``title`` a body's name glued to a unit head ("市議会議長": 議長 of 市議会)?

        >>> RoleCompounds.body_unit_title("市議会議長"), RoleCompounds.body_unit_title("常勤監査役")
        (True, False)
        """
        return any(title.endswith(h) and title[:-len(h)].endswith(V.ROLE_ORG_HEADS + V.ORG_WORDS)
                   for h in UNIT_TITLE_HEADS if len(title) > len(h))

    def ranked(self, title: str, ts: int) -> tuple[str, int]:
        """("二等軍曹", start of 二等) when a rank (:data:`RANK_MODIFIERS`) is glued before the title at ``ts``, or
        an occupation's field (:meth:`field_start`), else (``title``, ``ts``): "二等軍曹・タイロン…",
        "野球評論家・原辰徳" hold the compound title."""
        for n in (3, 2):
            k = ts - n
            if k >= 0 and self.text[k:ts] in RANK_MODIFIERS and k in self.an.tok_starts \
                    and (k == 0 or not _KANJI.match(self.text[k - 1])):
                return self.text[k:ts] + title, k
        k = self.field_start(title, ts)
        return self.text[k:ts] + title, k

    def field_start(self, title: str, ts: int) -> int:
        """Start of the field glued before an occupation (:data:`FIELD_TITLES`) that opens a noun phrase: common-noun
        tokens (no proper noun, place or organisation: "京都精華大学教授" keeps its university apart), else ``ts``."""
        if title not in FIELD_TITLES:
            return ts
        k = ts
        for t in reversed([t for t in self.an.toks_in(max(0, ts - 8), ts) if t.end <= ts]):
            if t.end != k or "普通名詞" not in t.tag or not _FIELD.fullmatch(t.text):
                break
            k = t.start
        return k if k < ts and (k == 0 or not _FIELD.match(self.text[k - 1])) else ts

    def courts(self) -> None:
        """"大阪高裁", "知財高裁": a kanji run ending in a court's head is an organisation (the court a 裁判長 sits in),
        when no mention covers it yet."""
        for m in _COURT.finditer(self.text):
            if not self.covered(*m.span()):
                self.mentions.append(self.mk(*m.span(), "Organization", "rule:court", 0.6))

    def described_companies(self) -> None:
        """"光学機器大手・オリンパス(東証1部上場)": a name after a company description (:data:`COMPANY_DESCRIPTORS`) and
        ・ or の, or a name before a head-office gloss (本社:…), is a company, when no mention covers it yet (GiNZA
        misses names before a gloss)."""
        for m in _DESCRIBED_COMPANY.finditer(self.text):
            s, e = m.span(1) if m.group(1) else m.span(2)
            if not self.covered(s, e) and not any("人名" in t.tag for t in self.an.toks_in(s, e)):
                self.mentions.append(self.mk(s, e, "Organization", "rule:described-company", 0.6))

    def katakana_field_ministers(self) -> None:
        """"フランスのボルローエネルギー相は": a katakana name glued to a katakana ministry field (:data:`KATAKANA_MINISTRY_FIELDS`)
        and 相 is that field's minister; the organisation is what the name's の-phrase gives."""
        for m in _KATAKANA_MINISTER.finditer(self.text):
            ns, e = m.span(1)
            if not any(r.start < m.end() and ns < r.end for r in self.roles):
                self.holder_role((ns, e, "rule:name+katakana-field+相", 0.7), m.group(2) + "相", ns, m.end(),
                                 lambda: self.role_org(ns, []))

    def suffix_titles(self) -> None:
        """"山田太郎座長は": a kanji word the lexicon lacks that ends in a title suffix (:data:`TITLE_SUFFIXES`; not a
        common word of :data:`SUFFIX_STOP`: 成長, 身長), glued after a name with a person-name token and closed by
        a particle or punctuation, is the name's title."""
        for t in self.an.toks:
            if len(t.text) < 2 or not t.text.endswith(TITLE_SUFFIXES) or t.text in SUFFIX_STOP \
                    or not _KANJI.fullmatch(t.text) or "人名" in t.tag or "地名" in t.tag or TITLE_RE.search(t.text) \
                    or t.end >= len(self.text) or self.text[t.end] not in _TITLE_CLOSE \
                    or any(r.start < t.end and t.start < r.end for r in self.roles):
                continue
            ns = self.name_before(t.start)
            if ns is not None and any("人名" in k.tag for k in self.an.toks_in(ns, t.start)):
                self.holder_role((ns, t.start, "rule:name+suffix-title", 0.65), t.text, ns, t.end, lambda: None)

    def clause_orgs(self, roles: list) -> None:
        """A role with no organisation whose span opens after "Xに勤務する" / "Xに所属する" (:data:`ORG_CLAUSES`)
        takes X (a place-less noun run; a ・ inside joins a base's name: "…海兵隊キャンプ・コートニー")."""
        for r in roles:
            m = _CLAUSE_ORG.search(self.text, max(0, r.start - 40), r.start) if r.org is None else None
            if m is not None and not in_zones(self.cited, m.start()):
                s = self.noun_run_left(m.end(1))
                toks = self.an.toks_in(s, m.end(1))
                if toks and not all("人名" in t.tag or t.text == "・" for t in toks):  # a person is no body
                    r.org = self.covered(s, m.end(1), frozenset({"Organization", "MilitaryUnit", "Government"})) \
                        or self.org_mention(s, m.end(1))

    def same_country_orgs(self, roles: list) -> None:
        """"同国のヴォイスラヴ・コシュトニツァ首相": a role with no organisation after 同国 takes the nearest country
        written before it (a Country mention, or a name ending in 共和国/王国/連邦: "セルビア共和国")."""
        for r in roles:
            if r.org is None and self.text.endswith(("同国の", "同国・"), max(0, r.start - 3), r.start):
                found = [m for m in self.mentions if m.end <= r.start - 3 and not in_zones(self.cited, m.start) and (
                    m.type == "Country" or (m.antecedent or m.text).endswith(_STATE_NAME_HEADS))]
                r.org = max(found, key=lambda m: m.start) if found else None

    def anaphor_named(self, pool: list[Mention], pos: int, kind: str) -> Mention | None:
        """The organisation a 同X of ``kind`` (:data:`ANAPHOR_KINDS`) refers to: the nearest organisation written
        before the nearest such 同X before ``pos`` (else before the first one after it), outside cited zones; a
        public body, party or school (:data:`PUBLIC_BODY_HEADS`) is no company, team or hospital."""
        words = [m.start() for m in _ANAPHOR_WORD.finditer(self.text)
                 if ANAPHOR_KINDS[m.group(1)] == kind and not in_zones(self.cited, m.start())]
        if not words:
            return None
        before = [w for w in words if w < pos]
        at = before[-1] if before else words[0]
        labels = CONTEXT_ORG_KINDS[kind][2]
        own = CONTEXT_ORG_KINDS[kind][1]
        cands = [m for m in pool if (m.type in _ORG_TYPES or m.label in labels)
                 and ((m.antecedent or m.text).endswith(own) or not (m.antecedent or m.text).endswith(PUBLIC_BODY_HEADS))]
        return self.nearest_of_kind(cands, at, ("",), frozenset())
