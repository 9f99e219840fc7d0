"""Japanese mentions and persons-with-roles from GiNZA output.

Entry point :func:`extract_mentions` over the shared :class:`Analysis`
(:mod:`conflict_kg.extract.ja_analysis`). The person/role rules live in
:mod:`conflict_kg.extract.ja_persons`; this module adds the other entities: GiNZA's
fine-grained entities mapped through one table (with head-noun repairs),
gazetteer places, ``…軍``/``…省`` organization runs, ``…州``/``…村`` places and quoted
organization names.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, PersonRole

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_analysis import Analysis, Tok, UnnamedRole, build_analysis, mention_type, split_sentences
from conflict_kg.extract.ja_gazetteer import gazetteer_hits
from conflict_kg.extract.ja_names import add_names
from conflict_kg.extract.ja_persons import TITLE_END_RE, TITLE_RE, PersonRules
from conflict_kg.extract.ja_titles import ORG_BOUND_TITLES

__all__ = ["Tok", "Analysis", "UnnamedRole", "build_analysis", "split_sentences", "extract_mentions", "mention_type",
           "NOISE_MENTIONS"]

# After a country name these make a nationality, language or origin, not a place mention.
_NATIONALITY = ("人", "系", "語", "製")
# Words naming a part of (or the area around) the place before them: GiNZA often takes the whole
# run for one non-place entity ("ハルキウ中心部" Organization); the place is the name before.
_PART_OF_PLACE = re.compile(r"(?:中心部|(?:北東|北西|南東|南西|東|西|南|北)部|郊外|近郊|周辺|付近|一帯|市内|市街)$")


def _part_of_place(text: str, m: Mention, s: int, e: int) -> bool:
    """Is mention ``m`` exactly the place ``text[s:e]`` followed by a part-of-place word?"""
    return m.type != "Person" and m.start == s and m.end > e and bool(_PART_OF_PLACE.fullmatch(text, e, m.end))
_PLACE_PREFIX = re.compile(r"首都|(?:北東|北西|南東|南西|東|西|南|北|中)部")


class _Builder(PersonRules):
    """Adds the non-person entity rules to :class:`PersonRules`."""

    def surname_mentions(self) -> None:
        """"嘉田候補", "辻候補", "杉本容疑者" after "嘉田由紀子氏", "辻義則氏", "杉本功司容疑者": a surname with a
        status word (V.SURNAME_STATUS) names the person whose full name the document gave before. GiNZA
        often misses such a mention or takes it for an organisation; the surname becomes a Person mention
        (its antecedent is linked by :meth:`link_antecedents`)."""
        status = "|".join(sorted(V.SURNAME_STATUS, key=len, reverse=True))
        for m in sorted((m for m in self.mentions if m.type == "Person" and len(m.text) >= 3), key=lambda m: m.start):
            if re.match(r"[ァ-ヶー]", m.text):
                keys = [m.text.split("・")[-1]] if "・" in m.text else []
            else:
                keys = [m.text[:k] for k in range(1, min(3, len(m.text) - 1) + 1) if re.fullmatch(r"[一-龥]+", m.text[:k])]
            for key in keys:
                for hit in re.finditer(re.escape(key) + f"(?={status})", self.text[m.end:]):
                    s, e = m.end + hit.start(), m.end + hit.end()
                    if s > 0 and re.match(r"[一-龥ァ-ヶー・]", self.text[s - 1]) or self.covered(s, e, frozenset({"Person"})):
                        continue
                    for x in [x for x in self.mentions if x.start == s and x.type != "Person" and x.end <= e + 4]:
                        self.mentions.remove(x)  # GiNZA's "嘉田候補" (Organization)
                    self.mentions.append(self.mk(s, e, "Person", "rule:surname", 0.7))

    def gazetteer_names(self) -> None:
        """Places/organizations the gazetteer knows but GiNZA missed or took for persons.

        A GiNZA ``Person`` (or a name the title rules never saw) on exactly the
        same span gives way when no title or 氏 follows: persons in Japanese news
        carry one ("ゼレンスキー大統領", "ドリスコル氏"), towns do not."""
        for hit in gazetteer_hits(self.an):
            s, e = hit.start, hit.end
            over = [x for x in self.mentions if x.start < e and s < x.end]
            if hit.type in V.PLACE_TYPES and len(over) == 1 and _part_of_place(self.text, over[0], s, e):
                self.mentions.remove(over[0])  # GiNZA's "ハルキウ中心部" (Organization) is the city's part
                over = []
            if any(x.type != "Person" for x in over):
                continue
            if over:
                titled = bool(TITLE_RE.match(self.text, e)) or self.text.startswith(V.HONORIFICS, e)
                if titled or any(x.label.startswith("rule:") or (x.start, x.end) != (s, e) for x in over):
                    continue
                if any("人名" in t.tag for t in self.an.toks_in(s, e)):
                    continue  # SudachiPy's dictionary knows it as a person's name
                for x in over:
                    self.mentions.remove(x)
            self.mentions.append(self.mk(s, e, hit.type, "gazetteer", 0.75 if hit.curated else 0.65))

    # --- other entities ------------------------------------------------------
    def ginza_entities(self) -> None:
        for s, e, label in self.an.ents:
            if label in ("Person", "Position_Vocation", "Title_Other") or re.search(r"\s", self.text[s:e]):
                continue
            pre = _PLACE_PREFIX.match(self.text, s, e)
            if pre and pre.end() < e:
                s = pre.end()
            # "オバマ米大統領": GiNZA's Country span "米大統領" swallows the title; the
            # entity is the qualifier in front of it (the title goes to the PersonRole).
            tail = TITLE_END_RE.search(self.text, s, e)
            if tail and tail.start() > s:
                e = tail.start()
            if not re.search(r"[^\W_]", self.text[s:e]):
                continue  # GiNZA labels emoji runs ("🔥🙏🇺🇦" Company)
            typ = mention_type(self.text[s:e], label)
            if pre and typ in ("Facility", "Location", None) and pre.group() == "首都":
                typ = "City"
            if typ is None or typ == "Person" or self.covered(s, e):
                continue
            if (typ != V.ENE_TO_CLASS.get(label) and typ in V.ORG_TYPES and len(self.an.toks_in(s, e)) > 1
                    and not self.named(s, e, ents=False)):
                continue  # the class comes from the head noun of a common-noun phrase ("群小政権")
            if typ == "Weapon" and any(self.text[s:e] == t[0] for t in V.EVENT_TRIGGERS):
                continue  # "砲撃" is an act, not a weapon
            # A country name swallowed into a longer wrong entity ("ロシア第" Game) is not one mention.
            self.mentions.append(self.mk(s, e, typ, label, 0.75))
        # Country names GiNZA swallowed into a title ("ウクライナ次席大使"). Only 地名-国: other
        # 地名 tokens are as often parts of person or company names ("兵庫慎司").
        persons = [(a, b) for a, b, lab in self.an.ents if lab == "Person"]
        for t in self.an.toks:
            if self.text.startswith(_NATIONALITY, t.end) or any(a < t.end and t.start < b for a, b in persons):
                continue  # "ケニア人" is a nationality; "宋" tagged Person by GiNZA is a surname
            if "地名-国" in t.tag and not self.covered(t.start, t.end):
                self.mentions.append(self.mk(t.start, t.end, "Country", "tag:" + t.tag, 0.65))

    def named(self, s: int, e: int, ents: bool = True) -> bool:
        """Does ``text[s:e]`` name something: a proper noun, a katakana or latin word, a
        country qualifier or (``ents``) a GiNZA entity ("ウクライナ軍", "米政府", "NATO"; not "政府")?"""
        frag = self.text[s:e]
        if re.search(r"[ァ-ヶA-Za-zＡ-Ｚａ-ｚ]", frag) or frag.startswith(V.QUALIFIERS):
            return True
        if any("固有名詞" in t.tag for t in self.an.toks_in(s, e)):
            return True
        return ents and any(a < e and s < b and V.ENE_TO_CLASS.get(lab) for a, b, lab in self.an.ents)

    def org_runs(self) -> None:
        words = "|".join(map(re.escape, sorted(V.ORG_WORDS, key=len, reverse=True)))
        for m in re.finditer(f"(?:{words})", self.text):
            e = m.end()
            if e not in self.an.tok_ends or (e < len(self.text) and re.match(r"[一-龥]", self.text[e])):
                continue
            if m.start() not in self.an.tok_starts and len(m.group()) < 2:
                continue  # "結局", "入庁": a one-character org word is the tail of another word
            s = self.noun_run_left(m.start()) if m.start() > 0 else 0
            # Do not swallow a person name or title standing before the org ("ゲラシモフ露軍").
            for pm in self.mentions:
                if pm.type == "Person" and pm.start < m.start() and pm.end > s:
                    s = max(s, pm.end)
            t = TITLE_RE.search(self.text, s, m.start())
            if t:
                s = max(s, t.end())
            if not self.named(s, e, ents=False) and not (
                s == m.start() and s > 1 and self.text[s - 1] == "の" and self.named(self.noun_run_left(s - 1), s - 1)
            ):
                # "政府", "関係部局", "公共交通機関": a common noun, unless a name qualifies the
                # bare org word ("ウクライナの大統領府"; not "対策局の付属機関").
                continue
            over = [x for x in self.mentions if x.start < e and s < x.end]
            if any(x.type == "Person" or x.start < s or x.end > e or (x.start, x.end) == (s, e) for x in over):
                continue
            # "ロシア" (Country) + "軍": the org run replaces the country inside it.
            for x in over:
                self.mentions.remove(x)
            typ = mention_type(self.text[s:e], "Organization_Other") or "Organization"
            self.mentions.append(self.mk(s, e, typ, "rule:org-word", 0.7))

    def katakana_orgs(self) -> None:
        """'グローバル・ライツ・コンプライアンスは': a multi-word katakana name with no title or 氏.

        Persons in Japanese news always carry a title or 氏, so a bare ・-joined
        katakana subject that is never titled is an organization."""
        for m in re.finditer(r"[ァ-ヶー]{2,}(?:・[ァ-ヶー]{2,}){1,4}(?=は|が|の(?:弁護士|声明|代表)|によると)", self.text):
            s, e = m.span()
            if not self.covered(s, e) and not (s > 0 and re.match(r"[ァ-ヶー・]", self.text[s - 1])):
                self.mentions.append(self.mk(s, e, "Organization", "rule:katakana-org", 0.55))

    def suffixed_places(self) -> None:
        """'ベショロエ村', 'ハルキウ州': a katakana name + place suffix GiNZA left untagged."""
        for m in re.finditer(r"[ァ-ヶー]{2,}(?:州|市|村|町|地区|川)(?![一-龥])", self.text):
            s, e = m.span()
            if s > 0 and re.match(r"[ァ-ヶー・]", self.text[s - 1]):
                continue
            over = [x for x in self.mentions if x.start < e and s < x.end]
            if any(x.type == "Person" or x.start < s or x.end > e for x in over):
                continue
            for x in over:
                self.mentions.remove(x)
            self.mentions.append(self.mk(s, e, mention_type(self.text[s:e], "Location_Other") or "Location", "rule:place-suffix", 0.7))

    def quoted_names(self) -> None:
        """シンクタンク「戦争研究所」は / ニュースサイト「アクシオス」など: a short quoted name
        used as a noun, right after a word saying what kind of organization it is (songs,
        products and shows are quoted the same way: 「Story」は)."""
        for m in re.finditer(r"(?:(サイト|メディア|通信社?|新聞|テレビ|放送局?|紙)|シンクタンク|団体|組織|機関|研究所|企業|会社|政党)"
                             r"「([^「」。、]{2,15})」(?=は|が|など|によると)", self.text):
            s, e = m.start(2), m.end(2)
            if self.covered(s, e):
                continue
            typ = "MediaOutlet" if m.group(1) else "Organization"
            self.mentions.append(self.mk(s, e, typ, "rule:quoted-name", 0.6))


#: Never entities: pronouns, time zones, bare date words, generic nouns GiNZA tags as names.
NOISE_MENTIONS = frozenset("彼 彼女 彼ら 彼等 同 日 月 年 時 UTC GMT JST 日本時間 現地時間 テロ 政府 軍 当局 同日 同月 同年".split())
#: A date or number glued to the front of a name ("30日ウクライナ軍"): cut off, the rest is the name.
_LEAD_DATE = re.compile(r"^(?:[0-9０-９]+(?:年|月|日|時|分)(?:[0-9０-９]+(?:月|日|時|分))*[、,]?)+")
#: "安保理内", "政府内": a place-inside suffix after an organisation is not part of its name.
_INSIDE = re.compile(r"(?<=..)(?:内|側)$")
_ORGISH = frozenset({"Organization", "Government", "InternationalOrganization", "MilitaryUnit"})


def _clean(ms: list[Mention]) -> list[Mention]:
    """Trim dates glued to names, resolve 同委員会/同州 to the last mention with that head within the
    document, and drop what is never an entity (numbers, dates, time zones, unresolved 同X/pronouns)."""
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, m.end)):
        lead = _LEAD_DATE.match(m.text)
        if lead and lead.end() < len(m.text):
            m.start += lead.end()
            m.text = m.text[lead.end():]
        if m.type in _ORGISH and _INSIDE.search(m.text):
            m.end -= 1
            m.text = m.text[:-1]
        t = m.text
        if not t or t in NOISE_MENTIONS or t[0] in "0123456789０１２３４５６７８９" or re.fullmatch(r"[\W\d]+", t):
            continue
        if t.startswith("同") and len(t) > 1 and m.antecedent is None and t != "同氏":
            head = t[1:]
            prev = [k for k in out if k.text.endswith(head) and not k.text.startswith("同")]
            if not prev:
                continue  # "同州" with nothing before it: stays unresolved, never an entity
            m.antecedent = prev[-1].antecedent or prev[-1].text
            m.type = prev[-1].type
        if t == "同氏" and m.antecedent is None:
            continue
        out.append(m)
    return out


def extract_mentions(an: Analysis, extractor: str) -> tuple[list[Mention], list[PersonRole]]:
    """Mentions (typed) and person roles of one analysed document."""
    b = _Builder(an, extractor)
    b.ginza_entities()
    b.persons()
    b.minister_titles()
    b.ner_titles()
    b.suffix_titles()
    b.katakana_field_ministers()
    b.unnamed_sources()
    b.ginza_persons()
    add_names(an, b.mentions, extractor)  # names the NER missed or cut, from the morphology around them
    b.gazetteer_names()
    b.described_companies()
    b.courts()
    b.org_runs()
    b.suffixed_places()
    b.quoted_names()
    b.katakana_orgs()
    b.propagate_names()
    b.surname_mentions()
    b.link_antecedents()
    b.predicative_roles()
    b.acronym_antecedents()
    b.title_orgs()
    b.house_orgs()
    # One mention per span: the earliest-added (most specific rule) wins on overlap.
    # Persons (title-anchored) win over GiNZA spans that swallowed them.
    kept: list[Mention] = []
    clean = _clean(b.mentions)
    for m in sorted(clean, key=lambda m: (m.type != "Person", -m.confidence, m.start - m.end)):
        if m.text.strip() and an.text[m.start : m.end] == m.text:
            if not any(k.start < m.end and m.start < k.end for k in kept):
                kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    role_keys = set()
    roles = []
    alive = {id(m) for m in clean}
    for r in sorted(b.body_roles(), key=lambda r: (r.start, r.end, r.role)):
        if id(r.person) not in alive:
            continue
        if r.org is not None and id(r.org) not in alive:
            r.org = None
        if r.org is None:
            # the same person's same title named with its organisation earlier in the document
            pk = r.person.antecedent or r.person.text
            org = next((x.org for x in roles if x.org is not None and x.role == r.role
                        and (x.person.antecedent or x.person.text) == pk), None)
            r.org = org
        key = (r.person.start, r.role)
        if key not in role_keys:
            role_keys.add(key)
            roles.append(r)
    b.national_orgs(roles)
    b.context_orgs(roles, clean)
    b.place_orgs(roles)
    b.anaphor_orgs(roles, clean)
    b.clause_orgs(roles)
    b.same_country_orgs(roles)
    return kept, [r for r in roles if r.org is not None or r.role not in ORG_BOUND_TITLES]
