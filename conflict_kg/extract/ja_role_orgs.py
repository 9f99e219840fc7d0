"""Japanese role organisations: which organisation or country a title belongs to, and which roles count.

Mixed into :class:`conflict_kg.extract.ja_persons.PersonRules` (it uses the rules' ``mentions``,
``text``, ``an``, ``roles``, ``cited``, ``covered`` and ``org_mention``): one-organisation titles, the
country of national offices from the country evidence of the document (one-kanji abbreviations
included), acronym glosses, the body zone, and one relation per holder and office.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, PersonRole

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_titles import (
    ANAPHOR_KINDS, ALL_QUALIFIERS, CONTEXT_ORG_KINDS, KEPT_PREFIXES, PLACE_OFFICES, STATE_TITLE_RE, TITLE_END_RE,
)
from conflict_kg.extract.ja_role_compounds import title_kind
from conflict_kg.extract.zones import find_zones, in_zones

__all__ = ["RoleOrgs", "one_per_office", "cited_ranges"]

_NATIONAL_ORG_TYPES = frozenset({"Country", "Location", "AdministrativeRegion", "Government"})
#: "キリスト教民主同盟(CDU)": a name and its acronym.
_ACRONYM_GLOSS = re.compile(r"([一-龥ァ-ヶー・]{3,24})[(（]([A-Z][A-Za-z]{1,7})[)）]")
#: A one-kanji country abbreviation opening a noun ("『独首相", "、日ミャンマー外相会談"): not after a
#: kanji, kana or digit, and followed by a kanji or katakana.
_ABBREV_RE = re.compile("(?<![一-龥ぁ-んァ-ヶー0-9０-９A-Za-z])([" + "".join(V.COUNTRY_ABBREVIATIONS) + "])(?=[一-龥ァ-ヶ])")
#: A country name that opens an outlet's name ("日本経済新聞", "韓国放送") is no evidence of the country.
_OUTLET_NAME = re.compile(r"[一-龥ァ-ヶー]{0,6}(?:新聞|通信|放送|新報|テレビ)")
_CITED_ZONES = frozenset({"source", "related"})
#: Heads of government bodies: a national office's organisation of its own (CIA's 長官), kept over the country.
_STATE_BODY_HEADS = ("省", "庁", "局", "府", "委員会", "機関", "本部")
_ABBREV_OF = {name: abbr for abbr, names in V.COUNTRY_ABBREVIATIONS.items() for name in names}


#: Mentions a context organisation may be (an organisation's premises are typed as a government or facility
#: by GiNZA: "自民党本部").
_CONTEXT_ORG_TYPES = ("Organization", "MilitaryUnit", "Government", "Facility")
#: 同X right before a role's span or title, through の, ・ or a time prefix ("同社元", "同党の").
_ANAPHOR = re.compile(r"同(社|党|店|球団|チーム|クラブ|大学|病院|協会|連盟|省|庁|署|県警|委員会)(?:の|・)?(?:元|前|現)?$")
#: The premises of an organisation, named by its name and one of these ("自民党本部", "トヨタ本社").
_PREMISES = re.compile(r"(?<=..)(?:本部|本社|本店)$")


def _premises(name: str) -> str:
    """The organisation's name of a premises' name ("自民党本部" -> "自民党"), else the name.

    >>> _premises("自民党本部"), _premises("国民新党")
    ('自民党', '国民新党')
    """
    return _PREMISES.sub("", name)


def one_per_office(roles: list[PersonRole]) -> list[PersonRole]:
    """The distinct relations of ``roles``: a later short or synonymous title of a holder ("ラムズフェルド
    長官" after "…国防長官", "小泉総理大臣" after "小泉首相") names the office already given and is no
    relation of its own (the speakers keep every role: a statement's title is the one written there).

    >>> from conflict_kg.kg.model import Mention
    >>> m = lambda t, s: Mention(t, s, s + len(t), "Person", "x", None, 1.0, "x")
    >>> rs = [PersonRole(m("ゲイツ", 0), "国防長官", 0, 7, None, None, None, 1.0, "x"),
    ...       PersonRole(m("ゲイツ", 20), "長官", 20, 25, None, None, None, 1.0, "x")]
    >>> [r.role for r in one_per_office(rs)]
    ['国防長官']
    """
    out: list[PersonRole] = []
    for r in sorted(roles, key=lambda r: r.start):
        key = r.person.antecedent or r.person.text
        if not any((p.person.antecedent or p.person.text) == key and p.role != r.role and _same_office(p.role, r.role)
                   and (r.org is None or p.org is not None and (p.org.antecedent or p.org.text) == (r.org.antecedent or r.org.text))
                   for p in out):
            out.append(r)
    return out


def _same_office(first: str, later: str) -> bool:
    """Does the later title name the first one's office: its head ("国防長官" … "長官") or a synonym?"""
    bare = first[2:] if first[:2] in KEPT_PREFIXES else first
    # "副大統領" … "大統領" is another office
    return bare.endswith(later) and not bare[: -len(later)].endswith("副") or any(first in syn and later in syn for syn in V.TITLE_SYNONYMS)


def _country_key(name: str) -> str:
    """The abbreviation key of a country of :data:`V.COUNTRY_ABBREVIATIONS` ("ドイツ" -> "独"), else the name."""
    return _ABBREV_OF.get(name, name)


def cited_ranges(text: str) -> list[tuple[int, int]]:
    """Source notes and related lists of ``text``: a role is a relation the body states (gold guideline),
    and a cited headline's "独外相シュタインマイヤー氏" is no such statement. (A first-line headline zone
    stays: its roles give the lead's speakers their titles.)"""
    return [(z.start, z.end) for z in find_zones(text) if z.kind in _CITED_ZONES]


class RoleOrgs:
    """Role-organisation rules of :class:`~conflict_kg.extract.ja_persons.PersonRules` (a mixin)."""

    def title_orgs(self) -> None:
        """A title that belongs to one organisation (:data:`V.TITLE_ORGS`) gets it when the text attached none."""
        for r in self.roles:
            if r.org is None and r.role in V.TITLE_ORGS:
                for name in V.TITLE_ORGS[r.role]:
                    at = self.text.find(name)
                    if at >= 0:
                        r.org = self.covered(at, at + len(name)) or self.org_mention(at, at + len(name))
                        break

    def national_orgs(self, roles: list[PersonRole]) -> None:
        """A national office (:data:`STATE_TITLE_RE`) with no country ("ラムズフェルド国防長官", or a party:
        "SPDのシュレーダー首相") takes the country of another national office in the document, else the
        country the document writes far most often; none when neither exists (小泉首相 alone stays bare)."""
        state = [r for r in roles if STATE_TITLE_RE.fullmatch(r.role)]
        given = [r.org for r in state if r.org is not None and self.is_country(r.org)]
        names = {m.antecedent or m.text for m in given}
        country = given[0] if len(names) == 1 else (self.dominant_country() if not names else None)
        for r in state:
            # a government body attached to the title stays ("アメリカ中央情報局(CIA)長官"); a party does not
            if country is not None and (r.org is None or not self.is_country(r.org)
                                        and not (r.org.antecedent or r.org.text).endswith(_STATE_BODY_HEADS)):
                r.org = country
            elif r.org is None:
                r.org = self.sentence_country(r.start)

    def sentence_country(self, pos: int) -> Mention | None:
        """"ガーナの首都アクラを訪れた際にジョン・アジェクム・クフォー大統領と会談": the only country written
        before the title in its sentence (none when there are several, or only an outlet's "日本")."""
        sent = self.an.sentence(pos)
        if sent is None:
            return None
        found = [m for m in self.mentions if m.type == "Country" and sent.start <= m.start and m.end <= pos
                 and not _OUTLET_NAME.match(self.text, m.end)]
        return found[0] if len({m.antecedent or m.text for m in found}) == 1 else None

    def context_orgs(self, roles: list[PersonRole], pool: list[Mention]) -> None:
        """A company, party or team title with no organisation (:data:`CONTEXT_ORG_KINDS`) takes the nearest
        organisation of its kind written before it in the body ("学生援護会は…。現在の赤嶺紀彦社長ら"); a
        news outlet is a source, never the organisation. ``pool``: the mentions that stay."""
        for r in roles:
            kind = title_kind(r.role)
            if r.org is None and kind is not None:
                _t, heads, labels = CONTEXT_ORG_KINDS[kind]
                r.org = self.nearest_of_kind(pool, r.start, heads, labels) or self.anaphor_named(pool, r.start, kind)

    def nearest_of_kind(self, pool: list[Mention], pos: int, heads: tuple[str, ...], labels: frozenset[str]) -> Mention | None:
        """The nearest organisation of ``pool`` written before ``pos`` in the body whose name (or premises' name)
        ends in one of ``heads`` or whose GiNZA label is one of ``labels``; a news outlet and its short forms ("中日"
        of 中日新聞, which GiNZA takes for the baseball team) never."""
        names = {m.antecedent or m.text for m in pool}
        outlets = {n[:k] for n in names if _OUTLET_NAME.fullmatch(n) for k in range(2, len(n) + 1)}
        found = [m for m in pool if m.end <= pos and m.type in _CONTEXT_ORG_TYPES and not m.text.startswith("同")
                 and not in_zones(self.cited, m.start) and (m.antecedent or m.text) not in outlets
                 and (_premises(m.antecedent or m.text).endswith(heads) or m.label in labels)]
        return self.premises_owner(max(found, key=lambda m: m.start)) if found else None

    def anaphor_orgs(self, roles: list[PersonRole], pool: list[Mention]) -> None:
        """"同社元埼玉支店長・NAME", "同党のNAME幹事長": a role with no organisation (or an unresolved 同X) after 同X
        takes the nearest earlier organisation of X's kind (:data:`ANAPHOR_KINDS`), else one whose name ends in X."""
        for r in roles:
            if r.org is not None and not (r.org.antecedent is None and r.org.text.startswith("同")):
                continue
            m = next((m for pos in (r.start, r.end - len(r.role)) for m in [_ANAPHOR.search(self.text, max(0, pos - 8), pos)]
                      if m is not None), None)
            if m is None:
                continue
            kind = ANAPHOR_KINDS.get(m.group(1))
            heads, labels = CONTEXT_ORG_KINDS[kind][1:] if kind else ((m.group(1),), frozenset())
            r.org = self.nearest_of_kind(pool, m.start(), heads, labels) or (
                self.anaphor_named(pool, m.start() + 1, kind) if kind else None) or r.org

    def premises_owner(self, m: Mention) -> Mention:
        """"自民党本部を訪れて": the organisation whose premises a mention names (its name without 本部/本社)."""
        name = m.antecedent or m.text
        bare = _premises(name)
        if bare == name or m.antecedent is not None:
            return m
        return self.covered(m.start, m.start + len(bare), frozenset({"Organization"})) or self.org_mention(m.start, m.start + len(bare))

    def place_orgs(self, roles: list[PersonRole]) -> None:
        """An office of a place with no organisation (:data:`PLACE_OFFICES`: 市長, 知事, 署長 …) takes the nearest
        place of its kind (a 地名 token with the office's suffix, glued or in the token: "横浜|市長選挙",
        "ニューヨーク市") in its sentence, else the nearest one written before it in the body."""
        for r in roles:
            suffixes = PLACE_OFFICES.get(r.role)
            if r.org is not None or suffixes is None:
                continue
            spans = [sp for sp in self.place_spans(suffixes) if not in_zones(self.cited, sp[0])]
            sent = self.an.sentence(r.start)
            near = [sp for sp in spans if sent is not None and sent.start <= sp[0] and sp[1] <= sent.end
                    and not (sp[0] < r.end and r.start < sp[1])]
            before = [sp for sp in spans if sp[1] <= r.start]
            pick = min(near, key=lambda sp: abs(sp[0] - r.start)) if near else max(before) if before else None
            if pick is not None:
                r.org = self.covered(*pick, frozenset({"Location", "AdministrativeRegion", "City", "Organization"})) \
                    or self.org_mention(*pick)

    def place_spans(self, suffixes: tuple[str, ...]) -> list[tuple[int, int]]:
        """Spans of the places named with one of ``suffixes``: a 地名 token (not a country) ending in one, or
        followed by one ("福島|県", "横浜|市長")."""
        out = []
        for t in self.an.toks:
            if "地名" not in t.tag or "国" in t.tag:
                continue
            if t.text.endswith(suffixes) and len(t.text) > 1:
                out.append((t.start, t.end))
            elif self.text.startswith(suffixes, t.end):
                out.append((t.start, t.end + 1))
        return out

    def house_orgs(self) -> None:
        """"福本潤一参議院議員", "河野前衆議院議長": a title that names its house (:data:`V.TITLE_HOUSES`) has it as
        organisation (the gold: 衆議院議長 of 衆議院)."""
        for r in self.roles:
            house = next((h for h in V.TITLE_HOUSES if r.role.startswith(h)), None)
            if r.org is None and house is not None:
                at = r.end - len(r.role)
                r.org = self.org_mention(at, at + len(house)) if self.text.startswith(house, at) else None

    def body_roles(self) -> list[PersonRole]:
        """The roles the body states: one written in a source note or a related list is not annotated."""
        return [r for r in self.roles if not in_zones(self.cited, r.start)]

    def is_country(self, m: Mention) -> bool:
        """A country or place (a national office's organisation), not a party or a body."""
        name = m.antecedent or m.text
        toks = self.an.toks_in(m.start, m.end)
        return (m.type in _NATIONAL_ORG_TYPES or name in ALL_QUALIFIERS or bool(toks) and all("地名" in t.tag for t in toks)
                or any(k.type == "Country" and (k.antecedent or k.text) == name for k in self.mentions))

    def dominant_country(self) -> Mention | None:
        """The country the document writes most often (at least three times and twice as often as any
        other), in its fullest spelling; a one-kanji abbreviation ("独首相") counts for its country
        (:data:`V.COUNTRY_ABBREVIATIONS`), a country inside a longer name ("日本経済新聞") does not."""
        counts: dict[str, int] = {}
        for key in self.country_evidence():
            counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return self.country_mention(ranked[0][0])
        return None

    def country_evidence(self) -> list[str]:
        """One key per country written: its abbreviation for the countries of the table, else its name."""
        keys = [_country_key(m.antecedent or m.text) for m in self.mentions if m.type == "Country"
                and not _OUTLET_NAME.match(self.text, m.end)]
        for mm in _ABBREV_RE.finditer(self.text):
            i = mm.start(1)
            if not self.covered(i, i + 1, frozenset({"Country", "Location", "AdministrativeRegion"})) and not any(
                    self.text.startswith(a, i) for a in V.COUNTRY_ABBREVIATIONS[mm.group(1)]):
                keys.append(mm.group(1))
        return keys

    def country_mention(self, key: str) -> Mention | None:
        """A mention of the country ``key`` in the fullest spelling the document writes."""
        for name in V.COUNTRY_ABBREVIATIONS.get(key, ()) + (key,):
            for m in self.mentions:
                if m.type == "Country" and (m.antecedent or m.text) == name:
                    return m
            at = self.text.find(name)
            if at >= 0:
                return self.covered(at, at + len(name), frozenset({"Country"})) or self.org_mention(at, at + len(name))
        return None

    def acronym_antecedents(self) -> None:
        """"キリスト教民主同盟(CDU)": a Latin acronym glossed in parentheses stands for the name before it."""
        full: dict[str, str] = {}
        for g in _ACRONYM_GLOSS.finditer(self.text):
            # the first gloss defines the acronym; a later "シュタインブリュック次期経済相(SPD)" is a
            # person's party, not the acronym's expansion
            if not TITLE_END_RE.search(g.group(1)):
                full.setdefault(g.group(2), g.group(1))
        for m in self.mentions:
            if m.type != "Person" and m.antecedent is None and m.text in full:
                m.antecedent = full[m.text]
