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
from conflict_kg.extract.zones import find_zones, in_zones

__all__ = ["PersonRules", "one_per_office", "STATE_TITLE_RE", "TITLE_RE", "TITLE_END_RE", "ALL_TITLES", "ALL_QUALIFIERS", "MORE_TITLES", "MINISTRIES",
           "UNNAMED_SOURCE_RE"]

_KATA = "ァ-ヶー・"
_KATA_RE = re.compile(f"[{_KATA}]")
_RUN_CHARS = re.compile(r"[一-龥々〆ヵヶァ-ヶー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
_HIRA_GLOSS = re.compile(r"\([ぁ-ゖ]+\)$")
#: An acronym gloss inside a noun run ("アルスター統一党(UUP)の指導者"): part of the run.
_ACRONYM_TAIL = re.compile(r"[(（][A-Z][A-Za-z]{1,7}[)）]$")
#: Titles of politics, business and public life beyond the conflict-news table of :mod:`conflict_kg.extract.vocab_ja`
#: (written from dev sentences and the issue's examples).
MORE_TITLES = frozenset("""
    社長 副社長 会長 副会長 頭取 理事長 監督 幹事長 政調会長 総務会長 官房長官 官房副長官 総統 副総統
    総書記 国務院総理 内相 法相 蔵相 財務相 防衛相 経済相 総務相 厚生相 厚労相 農相 文相 国交相 経産相
    環境相 国務相 防衛庁長官 教皇 法王 枢機卿 裁判長 本部長 署長 院長 学長 委員 党首 議長
    指導者 グランドマスター シニアディレクター オーナー 球団社長 球団オーナー コミッショナー 副代表 会派代表
    衆議院議長 参議院議長 解説者 野球解説者 内野手 外野手 投手 捕手 サッカー選手 野球選手 ジャーナリスト 経営者
    町長 村長 区長 副市長 副知事 都知事 府知事 県知事 道知事 市議 県議 市議会議員 県議会議員 衆議院議員 参議院議員
    国会議員 上院議長 下院議長 副総裁 副幹事長 国対委員長 代表代行 共同代表 事務次官 審議官 総領事 領事 公使
    高等弁務官 特別報告者 首席補佐官 大統領補佐官 警視総監 教育長 国家元首 最高指導者 判事 裁判官 検察官
    取締役 代表取締役 専務 常務 最高経営責任者 支店長 店長 工場長 所長 部長 編集長 支局長 代表理事 理事 会頭
    組合長 教授 准教授 助教授 名誉教授 研究員 校長 園長 館長 総長 司教 大司教 牧師 住職 宮司
    コーチ 主将 騎手 ゼネラルマネージャー 球団代表 作家 小説家 俳優 女優 歌手 漫画家 映画監督 評論家 記者 写真家
    弁護士 医師 アナウンサー キャスター 活動家 人権活動家 建築家 画家 作曲家 指揮者 落語家 棋士
    """.split())
#: A title may end in 代行 (acting: "グロノフ内相代行"); a minister for a place is "<place>相"
#: ("ピーター・ハイン北アイルランド相").
_ACTING = "(?:代行)?"
_PLACE_MINISTER = "(?:北|南|東|西)?[ァ-ヶー]{3,10}相"
#: Ministries that prefix 大臣/相/副大臣 ("菅義偉総務大臣", "外務副大臣").
MINISTRIES = ("総務", "外務", "防衛", "財務", "法務", "文部科学", "厚生労働", "農林水産", "経済産業", "国土交通",
              "環境", "内閣府特命担当", "国家公安委員会", "経済財政政策", "金融", "郵政民営化", "復興", "行政改革")
ALL_TITLES: tuple[str, ...] = tuple(sorted(
    set(V.TITLES) | MORE_TITLES | {m + t for m in MINISTRIES for t in ("大臣", "副大臣", "政務官")},
    key=lambda t: (-len(t), t)))
#: Country and organisation qualifiers between a name and a title ("ジョン・ハワード豪首相"), beyond vocab_ja's.
MORE_QUALIFIERS = frozenset("""
    豪 韓 伊 加 印 朝 台 比 蘭 墨 伯 独 仏 英 米 露 中 日 韓国 北朝鮮 イラン イラク イスラエル エジプト 台湾 豪州
    インド ドイツ フランス イギリス 英国 カナダ ブラジル トルコ
    """.split())
ALL_QUALIFIERS: tuple[str, ...] = tuple(sorted(set(V.QUALIFIERS) | MORE_QUALIFIERS, key=lambda s: (-len(s), s)))
#: A title (optionally "…担当" in front: "中東担当特使") or an honorific.
TITLE_RE = re.compile(
    "(?:[一-龥]{1,4}担当)?(?:" + "|".join(map(re.escape, ALL_TITLES)) + "|" + _PLACE_MINISTER + ")" + _ACTING
    + "|" + "|".join(V.HONORIFICS)
)
#: A title at the end of a span ("米大統領").
TITLE_END_RE = re.compile("(?:" + "|".join(map(re.escape, ALL_TITLES)) + ")$")
_QUALS_SHORT = frozenset(q for q in ALL_QUALIFIERS if len(q) == 1)
#: Time prefixes of a title, between the name and the title ("シュレーダー現首相"); 次期/暫定 make a title
#: of their own (the gold writes 次期首相), the others qualify the holder's time only.
TITLE_PREFIXES = ("次期", "暫定", "現", "前", "元", "新")
_KEPT_PREFIXES = frozenset({"次期", "暫定"})
#: Unnamed sources, kept as their description ("政府関係者", "警察当局者", "消息筋").
UNNAMED_SOURCE_RE = re.compile(r"[一-龥ァ-ヶーA-Za-z]{0,8}?(?:関係者|当局者|消息筋|筋|職員|担当者|広報担当)(?=[はがもの、]|によると)")
#: Latin acronyms before の name an organisation ("CDUのメルケル党首", "WHOのチャン事務局長").
_ACRONYM = re.compile(r"[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ&＆・]{1,9}")
_PLACE_CONTEXT = r"(?:市|州|村|方面|周辺|近郊|の[0-9０-９]+[%％]|を(?:制圧|解放|掌握|攻撃|奪還|占領))"


#: National offices: their organisation is a country ("首相", "国防長官", "外務大臣", "次期経済相", "内相代行").
STATE_TITLE_RE = re.compile(
    r"(?:次期|暫定)?(?:大統領|副大統領|首相|副首相|総理大臣|総統|国家主席|国王|[一-龥]{0,4}(?:相|大臣|長官))(?:代行)?"
)
_NATIONAL_ORG_TYPES = frozenset({"Country", "Location", "AdministrativeRegion", "Government"})
#: Between a title and the name after it: a gloss, ・, の, には, である ("指導者(UUP)・", "ジャーナリストの").
_AFTER_TITLE = re.compile(r"(?:[(（][^()（）、。]{1,8}[)）])?(?:・|の|には|である)?")
#: What may follow a name that follows its title: an honorific, a particle, a comma, a gloss.
_NAME_END = re.compile(r"(?:容疑者|氏|さん|卿|は|が|、|\(|（|ら)")
#: "キリスト教民主同盟(CDU)": a name and its acronym.
_ACRONYM_GLOSS = re.compile(r"([一-龥ァ-ヶー・]{3,24})[(（]([A-Z][A-Za-z]{1,7})[)）]")
#: Characters that join the parts of a foreign name ("ハビブ・アル=アドリ").
_NAME_JOINERS = "・=＝"
#: A one-kanji country abbreviation opening a noun ("『独首相", "、日ミャンマー外相会談"): not after a
#: kanji, kana or digit, and followed by a kanji or katakana.
_ABBREV_RE = re.compile("(?<![一-龥ぁ-んァ-ヶー0-9０-９A-Za-z])([" + "".join(V.COUNTRY_ABBREVIATIONS) + "])(?=[一-龥ァ-ヶ])")
#: A country name that opens an outlet's name ("日本経済新聞", "韓国放送") is no evidence of the country.
_OUTLET_NAME = re.compile(r"[一-龥ァ-ヶー]{0,6}(?:新聞|通信|放送|新報|テレビ)")
#: A holder's honorific and particle, then a title closed by に/と/、 ("…氏を首相とする", "…氏が副首相、").
_PREDICATIVE = re.compile("(氏|さん)?(を|が)(" + "|".join(map(re.escape, ALL_TITLES)) + ")(?=に|と|、)")
_CITED_ZONES = frozenset({"source", "related"})
_ABBREV_OF = {name: abbr for abbr, names in V.COUNTRY_ABBREVIATIONS.items() for name in names}


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
    bare = first[2:] if first[:2] in _KEPT_PREFIXES else first
    # "副大統領" … "大統領" is another office
    return bare.endswith(later) and not bare[: -len(later)].endswith("副") or any(first in syn and later in syn for syn in V.TITLE_SYNONYMS)


def _country_key(name: str) -> str:
    """The abbreviation key of a country of :data:`V.COUNTRY_ABBREVIATIONS` ("ドイツ" -> "独"), else the name."""
    return _ABBREV_OF.get(name, name)


def _is_name_tok(t: Tok) -> bool:
    return "地名" not in t.tag and t.text not in V.NOT_NAMES and bool(_KATA_RE.search(t.text))


class PersonRules:
    """Collects mentions/roles for one document: the person rules and the helpers they
    share with the entity rules (see :func:`conflict_kg.extract.ja_mentions.extract_mentions`)."""


    def __init__(self, an: Analysis, extractor: str) -> None:
        self.an, self.text, self.ex = an, an.text, extractor
        self.mentions: list[Mention] = []
        self.roles: list[PersonRole] = []
        self.kanji_names: set[str] = {
            t.text for t in an.toks if "人名" in t.tag and re.fullmatch(r"[一-龥]{2,4}", t.text)
        }
        #: Source notes and related lists: a role is a relation the body states (gold guideline), and a
        #: cited headline's "独外相シュタインマイヤー氏" is no such statement. (A first-line headline
        #: zone stays: its roles give the lead's speakers their titles.)
        self.cited = [(z.start, z.end) for z in find_zones(self.text) if z.kind in _CITED_ZONES]

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
            if p - start >= 2 and self.text[start:p] not in V.NOT_NAMES and start in self.an.tok_starts:
                return start
            return None
        # Kanji names: GiNZA 人名 tokens, or a prefix (surname) of a known full name ("習" of "習近平").
        toks = [t for t in self.an.toks_in(max(0, p - 6), p) if t.end <= p]
        k = len(toks)
        while k > 0 and "人名" in toks[k - 1].tag and re.fullmatch(r"[一-龥]+", toks[k - 1].text):
            k -= 1
        if k < len(toks) and toks[-1].end == p:
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
            # a gloss in parentheses may be glued into the title's token by GiNZA ("委員長(カナダ)")
            if te not in self.an.tok_ends and not (te < len(self.text) and self.text[te] in "はがのもと、「(（"):
                continue
            honor = title in V.HONORIFICS
            if honor and ts > 0 and self.text[ts - 1] == "同":
                self.mentions.append(self.mk(ts - 1, te, "Person", "rule:同氏", 0.6))
                continue
            p, quals = (ts, []) if honor else self.qualifiers(self.title_prefix(ts))
            p = p if honor else self.title_prefix(p)
            if not honor and p < ts and self.text[p:ts] in _KEPT_PREFIXES:
                title = self.text[p:ts] + title  # "次期経済相" is a title of its own
            ns = self.name_before(p)
            if ns is None and not honor and not quals and self.name_org_title(p, title, te):
                continue
            if ns is None and not honor and self.title_before_name(title, ts, te, quals):
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
        link = _AFTER_TITLE.match(self.text, te)
        k = link.end()
        j = k
        while j < len(self.text) and (_KATA_RE.match(self.text[j]) or self.text[j] in _NAME_JOINERS):
            j += 1
        if j - k < 2 or self.text[k:j] in V.NOT_NAMES or any(not _is_name_tok(t) for t in self.an.toks_in(k, j)
                                                            if t.text not in _NAME_JOINERS):
            toks = [t for t in self.an.toks_in(k, k + 8) if t.start >= k]
            run = []
            for t in toks:
                if "人名" not in t.tag and t.ent != "Person" or (run and t.start != run[-1].end) or (not run and t.start != k):
                    break
                run.append(t)
            if not run:
                return False
            j = run[-1].end
        if not _NAME_END.match(self.text, j):
            return False
        person = self.covered(k, j, frozenset({"Person"})) or self.mk(k, j, "Person", "rule:title+name", 0.8)
        if person.start != k or person.end != j:
            return False
        if person not in self.mentions:
            self.mentions.append(person)
        org = self.role_org(ts, quals) or (self.glued_org(ts) if not quals else None)
        self.roles.append(PersonRole(person, title, ts, j, org, person.sentence, None, 0.75, self.ex))
        return True

    def glued_org(self, pos: int) -> Mention | None:
        """"日本サッカー協会会長の…", "民主党代表": the longest noun run ending at ``pos`` that ends in an
        organisation head (:data:`V.ROLE_ORG_HEADS`, :data:`V.ORG_WORDS`) and holds no person name."""
        s = self.noun_run_left(pos, limit=14)
        for t in self.an.toks_in(s, pos):
            frag = self.text[t.start:pos]
            if t.start < s or len(frag) < 2 or frag[0].isdigit() or frag in V.ROLE_ORG_HEADS:
                continue
            if frag.endswith(V.ROLE_ORG_HEADS + V.ORG_WORDS) and not any(
                    "人名" in k.tag or k.ent == "Person" for k in self.an.toks_in(t.start, pos)):
                return self.org_mention(t.start, pos)
        return None

    def name_org_title(self, p: int, title: str, te: int) -> bool:
        """"小沢一郎民主党代表", "ロバート・ソルタース・オレンジ団グランドマスター": a name, the title's
        organisation glued to it, then the title."""
        org = self.glued_org(p)
        if org is None:
            return False
        e = org.start - (1 if org.start > 0 and self.text[org.start - 1] in _NAME_JOINERS else 0)
        ns = self.name_before(e)
        if ns is None:
            return False
        person = self.covered(ns, e, frozenset({"Person"})) or self.mk(ns, e, "Person", "rule:name+org+title", 0.75)
        if person.start != ns or person.end != e:
            return False
        if person not in self.mentions:
            self.mentions.append(person)
        self.roles.append(PersonRole(person, title, ns, te, org, person.sentence, None, 0.75, self.ex))
        return True

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
            if country is not None and (r.org is None or not self.is_country(r.org)):
                r.org = country

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

    def title_prefix(self, p: int) -> int:
        """Start of a time prefix right before ``p`` ("現首相", "次期経済相", "元幹事長")."""
        for pre in TITLE_PREFIXES:
            if self.text.startswith(pre, p - len(pre)) and p - len(pre) >= 0:
                return p - len(pre)
        return p

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
