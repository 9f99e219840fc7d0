"""Japanese persons with roles: title-anchored names, their orgs, short references.

News Japanese is regular enough that a title lexicon anchored at the *end* of a
name (``…参謀総長``, ``…氏``) finds persons more reliably than GiNZA's NER, which
labels ``ゼレンスキー大統領`` ``Position_Vocation`` and ``ブダノフ`` nothing; GiNZA tags
and entities then decide what the text before the title is (a name, a country
qualifier, an org). :class:`PersonRules` is mixed into the mention builder of
:mod:`conflict_kg.extract.ja_mentions`, which also owns the other entity rules.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, PersonRole

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_analysis import Analysis, Tok, UnnamedRole, mention_type
from conflict_kg.extract.ja_role_compounds import RoleCompounds
from conflict_kg.extract.ja_role_forms import NAME_END, RoleForms
from conflict_kg.extract.ja_role_orgs import RoleOrgs, cited_ranges, one_per_office
from conflict_kg.extract.ja_titles import (
    MORE_ORG_HEADS, UNIT_TITLE_HEADS, ALL_QUALIFIERS, ALL_TITLES, KEPT_PREFIXES, MINISTRIES, MORE_TITLES, STATE_TITLE_RE, TITLE_END_RE, TITLE_PREFIXES, TITLE_RE,
)

__all__ = ["PersonRules", "one_per_office", "STATE_TITLE_RE", "TITLE_RE", "TITLE_END_RE", "ALL_TITLES", "ALL_QUALIFIERS", "MORE_TITLES", "MINISTRIES",
           "UNNAMED_SOURCE_RE"]

_KATA = "ァ-ヶー・"
_QUALS_SHORT = frozenset(q for q in ALL_QUALIFIERS if len(q) == 1)
_KATA_RE = re.compile(f"[{_KATA}]")
#: Katakana organisation heads: a katakana run ending in one is a body, not a name.
_KATA_ORG_HEADS = tuple(h for h in V.ROLE_ORG_HEADS if re.fullmatch(f"[{_KATA}]+", h))
_RUN_CHARS = re.compile(r"[一-龥々〆ヵヶァ-ヶー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
_HIRA_GLOSS = re.compile(r"\([ぁ-ゖ]+\)$")
#: An acronym gloss inside a noun run ("アルスター統一党(UUP)の指導者"): part of the run.
_ACRONYM_TAIL = re.compile(r"[(（][A-Z][A-Za-z]{1,7}[)）]$")
#: Unnamed sources, kept as their description ("政府関係者", "警察当局者", "消息筋").
UNNAMED_SOURCE_RE = re.compile(r"[一-龥ァ-ヶーA-Za-z]{0,8}?(?:関係者|当局者|消息筋|筋|職員|担当者|広報担当)(?=[はがもの、]|によると)")
#: Latin acronyms before の name an organisation ("CDUのメルケル党首", "WHOのチャン事務局長").
_ACRONYM = re.compile(r"[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ&＆・]{1,9}")
_PLACE_CONTEXT = r"(?:市|州|村|方面|周辺|近郊|の[0-9０-９]+[%％]|を(?:制圧|解放|掌握|攻撃|奪還|占領))"


#: Between a title and the name after it: a gloss, ・, の, には, である ("指導者(UUP)・", "ジャーナリストの").
_AFTER_TITLE = re.compile(r"(?:[(（][^()（）、。]{1,8}[)）])?(?:・|の|には|である|、)?")
#: A middle initial between two ・ of a foreign name ("ロバート・M・ゲイツ"), matched from the ・ before it.
_INITIAL = re.compile(r"・[A-ZＡ-Ｚ]・")
_INITIAL_TOK = re.compile(r"[A-ZＡ-Ｚ]\.?")
#: Characters that join the parts of a foreign name ("ハビブ・アル=アドリ").
_NAME_JOINERS = "・=＝"
#: A holder's honorific and particle, then a title closed by に/と/、 ("…氏を首相とする", "…氏が副首相、").
_PREDICATIVE = re.compile("(氏|さん)?(を|が)(" + "|".join(map(re.escape, ALL_TITLES)) + ")(?=に|と|、)")


_KATAKANA = re.compile(r"[ァ-ヶー]")  # the project's katakana class (as in ja_gazetteer, ja_events)


def _glued_katakana(text: str, ts: int, title: str) -> bool:
    """Is the katakana title at ``ts`` the tail of a longer katakana word ("クイビシェフ地区" holds シェフ,
    a chef)? A katakana title follows its name after ・ or a boundary, never glued to katakana.

    >>> _glued_katakana("クイビシェフ地区", 3, "シェフ"), _glued_katakana("人気シェフの", 2, "シェフ")
    (True, False)
    """
    return ts > 0 and bool(_KATAKANA.match(title)) and bool(_KATAKANA.match(text, ts - 1))


def _is_name_tok(t: Tok) -> bool:
    return "地名" not in t.tag and t.text not in V.NOT_NAMES and bool(_KATA_RE.search(t.text))


class PersonRules(RoleOrgs, RoleForms, RoleCompounds):
    """Collects mentions/roles for one document: the person rules and the helpers they
    share with the entity rules (see :func:`conflict_kg.extract.ja_mentions.extract_mentions`)."""


    def __init__(self, an: Analysis, extractor: str) -> None:
        self.an, self.text, self.ex = an, an.text, extractor
        self.mentions: list[Mention] = []
        self.roles: list[PersonRole] = []
        self.kanji_names: set[str] = {
            t.text for t in an.toks if "人名" in t.tag and re.fullmatch(r"[一-龥]{2,4}", t.text)
        }
        self.cited = cited_ranges(self.text)  # source notes and related lists state no roles

    def mk(self, s: int, e: int, typ: str, label: str, conf: float) -> Mention:
        return Mention(self.text[s:e], s, e, typ, label, self.an.sentence(s), conf, self.ex)

    def covered(self, s: int, e: int, types: frozenset[str] | None = None) -> Mention | None:
        for m in self.mentions:
            if m.start < e and s < m.end and (types is None or m.type in types):
                return m
        return None

    # --- organizations before の -------------------------------------------
    def noun_run_left(self, end: int, limit: int = 24) -> int:
        """Start of the noun run ending at ``end`` (kanji/katakana/latin, reading glosses)."""
        k = end
        while k > 0 and end - k < limit:
            g = _HIRA_GLOSS.search(self.text, 0, k) or _ACRONYM_TAIL.search(self.text, 0, k)
            if g and g.end() == k:
                k = g.start()
                continue
            if not _RUN_CHARS.match(self.text[k - 1]):
                break
            k -= 1
        while k < end and self.text[k] == "・":
            k += 1
        return k

    def org_mention(self, s: int, e: int) -> Mention | None:
        gloss = _ACRONYM_TAIL.search(self.text, s, e)
        if gloss and gloss.start() > s:
            e = gloss.start()  # "キリスト教民主同盟(CDU)": the name without its acronym
        if e - s < 1:
            return None
        for m in self.mentions:
            if m.start == s and m.end == e:
                return m
        toks = self.an.toks_in(s, e)
        if len(toks) == 1 and "地名-国" in toks[0].tag:
            typ = "Country"
        else:
            typ = mention_type(self.text[s:e], "Organization_Other") or "Organization"
            if typ == "Organization" and (all("地名" in t.tag for t in toks) or re.fullmatch(r"[ァ-ヶー]{2,}", self.text[s:e])):
                typ = "Location"
        m = self.mk(s, e, typ, "rule:org-run", 0.6)
        self.mentions.append(m)
        return m

    def no_org(self, pos: int) -> tuple[int, int] | None:
        """Span of ``X`` in ``Xの<pos>`` or ``Xの<apposition>、<pos>``."""
        k = pos
        if k > 0 and self.text[k - 1] == "、":
            seg_end = k - 1
            j = self.text.rfind("の", max(0, seg_end - 14), seg_end)
            if j < 0 or re.search(r"[はがを「」。、\s]", self.text[j + 1 : seg_end]):
                return None
            k = j + 1
        if k > 0 and self.text[k - 1] == "の":
            s, e = self.noun_run_left(k - 1), k - 1
            aff = next((a for a in V.AFFILIATION_WORDS if self.text.endswith(a, s, e) and e - s > len(a)), "")
            e -= len(aff)  # "川崎フロンターレ所属の": the club
            pre = next((x for x in TITLE_PREFIXES if self.text.startswith(x, s) and s + len(x) in self.an.tok_starts), "")
            s += len(pre) if e - s > len(pre) and any(t.start == s and t.text == pre for t in self.an.toks_in(s, e)) else 0
            gloss = _ACRONYM_TAIL.search(self.text, s, e)
            if gloss and gloss.start() > s:
                e = gloss.start()  # "アルスター統一党(UUP)の": the name without its acronym
            if s < e and self.orgish(s, e):
                return s, e
        return None

    def orgish(self, s: int, e: int) -> bool:
        """Is ``text[s:e]`` an organization/place (not "会談の冒頭、…")?"""
        frag = self.text[s:e]
        if any(m.start == s and m.end == e and m.type != "Person" for m in self.mentions):
            return True
        if frag.endswith(V.ORG_WORDS) or frag.endswith(V.ROLE_ORG_HEADS) and len(frag) > 1 or frag in ALL_QUALIFIERS or _ACRONYM.fullmatch(frag) or mention_type(frag, "Organization_Other") != "Organization":
            return True
        if TITLE_RE.search(frag):
            return True  # "米陸軍報道官の…": split later
        if re.fullmatch(r"[ァ-ヶー・]{2,}", frag):
            return True  # "キーウのクリチコ市長": a katakana proper noun before の+name+title is a place/org
        toks = self.an.toks_in(s, e)
        return bool(toks) and any("地名" in t.tag or t.ent in V.ENE_TO_CLASS for t in toks)

    # --- persons -----------------------------------------------------------
    def qualifiers(self, p: int) -> tuple[int, list[tuple[int, int]]]:
        q = self.country_qualifier(p)
        if q is not None:
            return q, [(q, p)]
        quals: list[tuple[int, int]] = []
        for _ in range(2):
            for q in ALL_QUALIFIERS:
                if self.text.startswith(q, p - len(q)) and p - len(q) >= 0:
                    if q not in _QUALS_SHORT and (p - len(q)) not in self.an.tok_starts:
                        continue
                    p -= len(q)
                    quals.insert(0, (p, p + len(q)))
                    break
            else:
                break
        return p, quals

    def country_qualifier(self, p: int) -> int | None:
        """"ムシャラフパキスタン大統領": a country the gazetteer knows, written between a name and its title
        (longest first, starting a token; the short forms of :data:`ALL_QUALIFIERS` are matched after)."""
        from conflict_kg.kg.gazetteer import load_gazetteer

        gaz = load_gazetteer()
        for n in range(min(10, p), 2, -1):
            s = p - n
            if s in self.an.tok_starts and self.text[s] != "・" and _KATA_RE.match(self.text[s]) and s > 0 \
                    and _KATA_RE.match(self.text[s - 1]) and self.text[s - 1] != "・" \
                    and any(e.type == "Country" for e in gaz.lookup(self.text[s:p], "ja")):
                return s
        return None

    def name_before(self, p: int) -> int | None:
        """Start of a person name ending at ``p`` (katakana run or kanji name)."""
        j = p
        while j > 0 and (self.text[j - 1] in _NAME_JOINERS[1:] and j - 1 > 0 and _KATA_RE.match(self.text[j - 2])
                         or self.text[j - 1] in "ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶー・"):
            j -= 1
        while j < p and self.text[j] == "・":
            j += 1
        if p - j >= 2:
            # Cut off leading place names / org words inside the run ("アメリカ・ホワイトハウス").
            start = j
            for t in self.an.toks_in(j, p):
                if not _is_name_tok(t) and t.text not in _NAME_JOINERS:
                    start = max(start, t.end)
            while start < p and self.text[start] == "・":
                start += 1
            # a name starts a token: "阪神タイガースオーナー" is a team's owner, not a person "タイガース"
            if p - start >= 2 and self.text[start:p] not in V.NOT_NAMES and start in self.an.tok_starts \
                    and not self.text[start:p].endswith(_KATA_ORG_HEADS):  # "阪急ホールディングス社長"
                return start
            return None
        return self.kanji_name_before(p)

    def kanji_name_before(self, p: int) -> int | None:
        """Start of a kanji name ending at ``p``: GiNZA 人名 tokens, or a prefix (surname) of a known full
        name ("習" of "習近平")."""
        toks = [t for t in self.an.toks_in(max(0, p - 6), p) if t.end <= p]
        k = len(toks)
        # GiNZA's NER may label a given name its tagger misses a Person ("西平|良将"): such a token joins a
        # run that a 人名 token opens (alone, "オレンジ団" or "宮城" is no name)
        while k > 0 and ("人名" in toks[k - 1].tag or toks[k - 1].ent == "Person") and re.fullmatch(r"[一-龥]+", toks[k - 1].text):
            k -= 1
        while k < len(toks) and "人名" not in toks[k].tag:
            k += 1
        if k < len(toks) and toks[-1].end == p:
            # a given name alone after a short kanji word that opens a noun run is a full name whose surname
            # the tagger missed ("の|北側|一雄幹事長", "の|回|良玉副首相")
            if "人名-名" in toks[k].tag and k > 0 and toks[k - 1].end == toks[k].start and "人名" not in toks[k - 1].tag \
                    and re.fullmatch(r"[一-龥]{1,2}", toks[k - 1].text) and toks[k - 1].ent != "Country" \
                    and (toks[k - 1].start == 0 or not _RUN_CHARS.match(self.text[toks[k - 1].start - 1])):
                k -= 1
            return toks[k].start
        for n in (2, 1):
            s = p - n
            if s >= 0 and re.fullmatch(r"[一-龥]+", self.text[s:p]) and (s == 0 or not re.match(r"[一-龥]", self.text[s - 1])):
                if any(name.startswith(self.text[s:p]) for name in self.kanji_names):
                    return s
        return None

    def persons(self) -> None:
        for m in TITLE_RE.finditer(self.text):
            ts, te = m.span()
            title = m.group()
            if te < len(self.text) and self.text[te] in V.TITLE_BLOCKERS:
                continue
            if _glued_katakana(self.text, ts, title):
                continue
            # a gloss in parentheses may be glued into the title's token by GiNZA ("委員長(カナダ)")
            if te not in self.an.tok_ends and not (te < len(self.text) and self.text[te] in "はがのもと、「(（"):
                continue
            honor = title in V.HONORIFICS
            if honor and ts > 0 and self.text[ts - 1] == "同":
                self.mentions.append(self.mk(ts - 1, te, "Person", "rule:同氏", 0.6))
                continue
            p, quals = (ts, []) if honor else self.qualifiers(self.title_prefix(ts))
            p = p if honor else self.title_prefix(p)
            if not honor and p < ts and self.text[p:ts] in KEPT_PREFIXES:
                title = self.text[p:ts] + title  # "次期経済相" is a title of its own
            if not honor:
                p, title, quals = self.local_office(p, ts, title, quals)
            ns = self.name_before(p)
            if ns is not None and not honor and self.lacks_name_evidence(ns, p, title):
                ns = None
            if ns is not None and not honor and not quals and self.run_title_of_name(ns, p, title, te):
                continue
            if ns is None and not honor and not quals and (self.name_org_title(p, title, te)
                                                           or self.compound_title(p, title, te) or self.modified_title(p, title, te)):
                continue
            if ns is None and not honor and self.title_before_name(*self.ranked(title, p if not quals else ts), te, quals):
                continue
            if ns is None:
                if not honor:
                    org = self.role_org(ts, quals)
                    self.an.unnamed.append(UnnamedRole(title, ts, te, org))
                continue
            person = self.mk(ns, p, "Person", "rule:name+title", 0.85 if not honor else 0.8)
            self.mentions.append(person)
            if honor:
                continue
            org = self.role_org(ns, quals)
            self.roles.append(PersonRole(person, title, ns, te, org, person.sentence, None, 0.8, self.ex))
            # "米陸軍報道官のデーブ・バトラー大佐": the pre-の run ends in a title too.
            span = self.no_org(ns)
            if span:
                inner = TITLE_RE.search(self.text, span[0], span[1])
                if inner and inner.end() == span[1] and inner.start() > span[0]:
                    org2 = self.org_mention(span[0], inner.start())
                    self.roles.append(
                        PersonRole(person, inner.group(), span[0], te, org2, person.sentence, None, 0.7, self.ex)
                    )

    def title_before_name(self, title: str, ts: int, te: int, quals: list[tuple[int, int]]) -> bool:
        """"指導者レグ・エンペイ卿", "ジャーナリストの長井健司さん", "シニアディレクター(SD)・星野仙一氏",
        "国防大臣にはロ・ブチニッチ氏": a title before the name; the role's org is what precedes the title."""
        if title in UNIT_TITLE_HEADS and not quals and ts == te - len(title) and self.unit_start(ts) is not None:
            # "同社元埼玉支店長・曽根田涼太": the unit's name is part of the title, the organisation precedes both
            k0, ts = self.unit_start(ts)
            title = self.text[k0:te - len(title)] + title
        link = _AFTER_TITLE.match(self.text, te)
        k = link.end()
        j = k
        while j < len(self.text) and (_KATA_RE.match(self.text[j]) or self.text[j] in _NAME_JOINERS
                                      or _INITIAL.match(self.text, j - 1)):  # "ロバート・M・ゲイツ"
            j += 1
        if j - k < 2 or self.text[k:j] in V.NOT_NAMES or any(not _is_name_tok(t) for t in self.an.toks_in(k, j)
                                                            if t.text not in _NAME_JOINERS and not _INITIAL_TOK.fullmatch(t.text)):
            toks = [t for t in self.an.toks_in(k, k + 8) if t.start >= k]
            run = []
            for t in toks:
                if "人名" not in t.tag and t.ent != "Person" or (run and t.start != run[-1].end) or (not run and t.start != k):
                    break
                run.append(t)
            if not run:
                return False
            j = run[-1].end
        # "A氏が副首相、B氏が外務大臣となった": a name after 、 that holds a title of its own is no apposition
        if not NAME_END.match(self.text, j) or link.group().endswith("、") and _PREDICATIVE.match(self.text, j):
            return False
        if self.lacks_name_evidence(k, j, title):
            return False
        if not self.holder_role((k, j, "rule:title+name", 0.8), title, ts, j,
                                lambda: self.role_org(ts, quals) or (self.glued_org(ts) if not quals else None)):
            return False
        self.joined_title_roles(ts)
        return True

    def holder_role(self, holder: tuple[int, int, str, float], title: str, rs: int, re_: int, org) -> bool:
        """Add the person ``holder`` (start, end, label, confidence; an existing person mention on exactly
        that span is reused) with ``title`` and the organisation ``org()``; False when a person mention
        overlaps the span differently."""
        s, e, label, conf = holder
        person = self.covered(s, e, frozenset({"Person"})) or self.mk(s, e, "Person", label, conf)
        if person.start != s or person.end != e:
            return False
        if person not in self.mentions:
            self.mentions.append(person)
        self.roles.append(PersonRole(person, title, rs, re_, org(), person.sentence, None, 0.75, self.ex))
        return True

    def glued_org(self, pos: int) -> Mention | None:
        """"日本サッカー協会会長の…", "民主党代表": the longest noun run ending at ``pos`` that ends in an
        organisation head (:data:`V.ROLE_ORG_HEADS`, :data:`V.ORG_WORDS`) and holds no person name."""
        s = self.noun_run_left(pos, limit=14)
        gloss = _ACRONYM_TAIL.search(self.text, s, pos)
        pos = gloss.start() if gloss and gloss.end() == pos and gloss.start() > s else pos  # "…中央情報局(CIA)長官"
        for t in self.an.toks_in(s, pos):
            frag = self.text[t.start:pos]
            if t.start < s or len(frag) < 2 or frag[0].isdigit() or frag in V.ROLE_ORG_HEADS or t.text in TITLE_PREFIXES \
                    or frag[0] in _NAME_JOINERS:
                continue
            # a place token GiNZA labels Person ("ケリー・ニューヨーク市警察本部長") is no person's name
            if frag.endswith(V.ROLE_ORG_HEADS + V.ORG_WORDS + MORE_ORG_HEADS) and not any(
                    "人名" in k.tag or k.ent == "Person" and "地名" not in k.tag for k in self.an.toks_in(t.start, pos)):
                return self.org_mention(t.start, pos)
        return None

    def name_org_title(self, p: int, title: str, te: int) -> bool:
        """"小沢一郎民主党代表", "ロバート・ソルタース・オレンジ団グランドマスター": a name, the title's
        organisation glued to it, then the title."""
        org = self.glued_org(p)
        if org is None:
            return False
        e = org.start
        # "坂井信也・現阪神電鉄常務": a time prefix before the organisation qualifies the title
        e -= next((len(pre) for pre in TITLE_PREFIXES if self.text.startswith(pre, e - len(pre))), 0)
        e -= 1 if e > 0 and self.text[e - 1] in _NAME_JOINERS else 0
        ns = self.name_before(e)
        if ns is None:
            return False
        return self.holder_role((ns, e, "rule:name+org+title", 0.75), title, ns, te, lambda: org)

    def predicative_roles(self) -> None:
        """"ジェリコ・シュトラノビッチ氏を首相とする", "A氏、B氏が副首相、C氏が外務大臣となった": a title after
        the holder's を/が, closed by an appointment verb (:data:`V.PREDICATIVE_ROLE_VERBS`); every name
        of a 、-list before the particle holds it."""
        for m in _PREDICATIVE.finditer(self.text):
            ts, te, title = m.start(3), m.end(3), m.group(3)
            verbs = V.PREDICATIVE_ROLE_VERBS[m.group(2)]
            sent = self.an.sentence(ts)
            clause_end = sent.end if sent is not None else len(self.text)
            if m.group(2) == "を" and not self.text.startswith(verbs, te) or m.group(2) == "が" and not any(
                    self.text.find(v, te, clause_end) >= 0 for v in verbs):
                continue
            for person in self.listed_persons(m.start()):
                self.roles.append(PersonRole(person, title, person.start, te, None, person.sentence, None, 0.7, self.ex))

    def listed_persons(self, end: int) -> list[Mention]:
        """The persons of "A氏、B氏" ending at ``end`` (honorifics and 、 between them)."""
        out: list[Mention] = []
        while True:
            k = end
            for h in ("氏", "さん"):
                if self.text.startswith(h, k - len(h)):
                    k -= len(h)
                    break
            person = next((p for p in self.mentions if p.type == "Person" and p.end == k), None)
            if person is None:
                return out
            out.append(person)
            if person.start == 0 or self.text[person.start - 1] != "、":
                return out
            end = person.start - 1

    def unnamed_sources(self) -> None:
        """"政府関係者は…": an unnamed source is kept as its description (never a person entity)."""
        for m in UNNAMED_SOURCE_RE.finditer(self.text):
            s, e = m.span()
            if any(u.start < e and s < u.end for u in self.an.unnamed) or self.covered(s, e, frozenset({"Person"})):
                continue
            self.an.unnamed.append(UnnamedRole(m.group(), s, e, None))

    def role_org(self, pos: int, quals: list[tuple[int, int]]) -> Mention | None:
        if quals:
            return self.org_mention(quals[0][0], quals[-1][1])
        span = self.no_org(pos)
        if span is None and pos > 1 and self.text[pos - 1] in "・･":
            # "エジプト・ムバラク大統領", "日本野球連盟・松田昌士会長": a country or body joined to the
            # name by ・ is the title's (a name part never is: no person-name token in it)
            s = self.noun_run_left(pos - 1)
            toks = self.an.toks_in(s, pos - 1)
            if s < pos - 1 and toks and (all("地名" in t.tag for t in toks)
                                         or self.orgish(s, pos - 1) and not any("人名" in t.tag for t in toks)):
                return self.org_mention(s, pos - 1)
        if span is None:
            return None
        s, e = span
        inner = TITLE_RE.search(self.text, s, e)
        if inner and inner.end() == e and inner.start() == s:
            return None  # "…党首のメルケル次期首相": a title before の is no organisation
        if inner and inner.end() == e and inner.start() > s:
            e = inner.start()
        return self.org_mention(s, e)

    def ginza_persons(self) -> None:
        for s, e, label in self.an.ents:
            if label != "Person" or self.covered(s, e, frozenset({"Person"})):
                continue
            toks = self.an.toks_in(s, e)
            name = self.text[s:e]
            if not toks or name in V.NOT_NAMES or any("補助記号" in t.tag and t.text != "・" for t in toks):
                continue
            # "・" joins foreign given and family names ("マリリン・モンロー"); a place-name
            # token is fine next to a person-name one ("兵庫慎司") but alone it is a place.
            if any("地名" in t.tag for t in toks) and not any("人名" in t.tag for t in toks):
                continue
            # GiNZA tags unknown katakana places as Person ("ポクロウシク"): distrust a name the
            # document also uses as a place (followed by 市/州/方面/の70%, or captured/attacked).
            if re.search(re.escape(name) + _PLACE_CONTEXT, self.text) and not any("人名" in t.tag for t in toks):
                continue
            if e - s >= 2:
                self.mentions.append(self.mk(s, e, "Person", label, 0.7))


    # --- propagation and short references -------------------------------------
    def propagate_names(self) -> None:
        names = {m.text for m in self.mentions if m.type == "Person" and m.text != "同氏" and len(m.text) >= 2}
        parts = {p for n in names if "・" in n for p in n.split("・") if len(p) >= 2}
        for name in sorted(names | parts, key=len, reverse=True):
            kata = bool(_KATA_RE.match(name[0]))
            for mm in re.finditer(re.escape(name), self.text):
                s, e = mm.span()
                if kata and ((s > 0 and _KATA_RE.match(self.text[s - 1])) or (e < len(self.text) and _KATA_RE.match(self.text[e]))):
                    continue
                if not kata and e < len(self.text) and re.match(r"[一-龥]", self.text[e]) and name not in self.kanji_names:
                    continue
                if self.covered(s, e):
                    continue
                self.mentions.append(self.mk(s, e, "Person", "rule:known-name", 0.7))

    def link_antecedents(self) -> None:
        persons = sorted((m for m in self.mentions if m.type == "Person"), key=lambda m: m.start)
        seen: list[str] = []
        last: str | None = None
        for m in persons:
            if m.text == "同氏":
                m.antecedent = last
                continue
            full = None
            for n in sorted(seen, key=len, reverse=True):
                if n == m.text or n.endswith("・" + m.text) or n.startswith(m.text + "・") or (
                    not _KATA_RE.match(m.text) and n.startswith(m.text)
                ):
                    full = n
                    break
            if full is not None:
                m.antecedent = full
            elif m.text not in seen:
                seen.append(m.text)
            last = full or m.text
