"""Japanese mentions and persons-with-roles from GiNZA output.

The shared :class:`Analysis` (tokens with *document* offsets, sentences, GiNZA
entities) is built once from the spaCy chunks; the statement and event
modules read it too.

Why not just GiNZA's entities: its NER gets the span of ``ゼレンスキー大統領``
right but labels it ``Position_Vocation`` (the person is lost), labels
``ブダノフ`` nothing and ``ウクライナ軍`` ``School``. News Japanese is regular
enough that a title lexicon anchored at the *end* of a name (``…参謀総長``,
``…氏``) finds persons more reliably; GiNZA tags and entities then decide
what the text before the title is (a name, a country qualifier, an org).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable

from kg.model import Mention, PersonRole, Span

from extract import vocab_ja as V
from extract.ja_gazetteer import gazetteer_hits

__all__ = ["Tok", "Analysis", "UnnamedRole", "build_analysis", "split_sentences", "extract_mentions", "mention_type"]

_KATA = "ァ-ヶー・"
_KATA_RE = re.compile(f"[{_KATA}]")
_RUN_CHARS = re.compile(r"[一-龥々〆ヵヶァ-ヶー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")
_HIRA_GLOSS = re.compile(r"\([ぁ-ゖ]+\)$")
_TITLE_RE = re.compile(
    "(?:[一-龥]{1,4}担当)?(?:" + "|".join(map(re.escape, V.TITLES)) + ")|" + "|".join(V.HONORIFICS)
)
_QUALS_SHORT = frozenset(q for q in V.QUALIFIERS if len(q) == 1)
_PLACE_PREFIX = re.compile(r"首都|(?:北東|北西|南東|南西|東|西|南|北|中)部")
_ORG_EXACT = frozenset({"クレムリン", "ホワイトハウス", "ペンタゴン"})
_PLACE_CONTEXT = r"(?:市|州|村|方面|周辺|近郊|の[0-9０-９]+[%％]|を(?:制圧|解放|掌握|攻撃|奪還|占領))"
_SENT_END = frozenset("。！？!?")
_OPEN, _CLOSE = "「『（(【", "」』）)】"
# GiNZA labels that are never entity mentions even if the suffix looks like one
# (numbers and dates: "2回から3回", "30日").
_NON_ENTITY_PREFIXES = ("N_", "Date", "Time", "Period", "Percent", "Money", "Countx", "Ordinal", "URL", "Age")


@dataclass
class Tok:
    """One GiNZA token with document offsets and a global head index."""

    i: int
    start: int
    end: int
    text: str
    tag: str
    pos: str
    dep: str
    head: int
    lemma: str
    ent: str


@dataclass
class UnnamedRole:
    """A title without a name ("国務省の報道官"): a possible unnamed speaker."""

    role: str
    start: int
    end: int
    org: Mention | None


@dataclass
class Analysis:
    """Tokens, sentences and GiNZA entities of one document (doc offsets)."""

    text: str
    toks: list[Tok]
    sents: list[Span]
    ents: list[tuple[int, int, str]]
    tok_starts: list[int] = field(default_factory=list)
    tok_ends: set[int] = field(default_factory=set)
    sent_starts: list[int] = field(default_factory=list)
    unnamed: list[UnnamedRole] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tok_starts = [t.start for t in self.toks]
        self.tok_ends = {t.end for t in self.toks}
        self.sent_starts = [s.start for s in self.sents]

    def sentence(self, pos: int) -> Span | None:
        """The sentence containing character ``pos``."""
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k >= 0 and self.sents[k].start <= pos < self.sents[k].end:
            return self.sents[k]
        return None

    def tok_at(self, pos: int) -> Tok | None:
        """The token covering character ``pos``."""
        k = bisect.bisect_right(self.tok_starts, pos) - 1
        if k >= 0 and self.toks[k].start <= pos < self.toks[k].end:
            return self.toks[k]
        return None

    def toks_in(self, start: int, end: int) -> list[Tok]:
        """Tokens overlapping ``[start, end)``."""
        k = max(bisect.bisect_right(self.tok_starts, start) - 1, 0)
        out = []
        while k < len(self.toks) and self.toks[k].start < end:
            if self.toks[k].end > start:
                out.append(self.toks[k])
            k += 1
        return out


def split_sentences(text: str) -> list[Span]:
    """Split on 。！？ outside brackets and on every newline.

    GiNZA's own sentence splitter breaks inside names ("デイビス" | "ウクライナ米大使は…"),
    so sentences are cut on punctuation instead; quotes never span lines in news.

    >>> [s.text for s in split_sentences("彼は「行く。」と述べた。次だ\\n終")]
    ['彼は「行く。」と述べた。', '次だ', '終']
    """
    out: list[Span] = []
    depth, start = 0, 0

    def push(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(Span(a, b, text[a:b]))

    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        elif ch == "\n":
            push(start, i)
            start, depth = i + 1, 0
        elif ch in _SENT_END and depth == 0:
            push(start, i + 1)
            start = i + 1
    push(start, len(text))
    return out


def _mask_outside(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with everything outside the parsed chunks blanked (offsets kept).

    The pattern rules below scan the document text; what segmentation left out
    (a repeated paragraph, URL and hashtag lines) must stay out of the records.
    """
    out: list[str] = []
    pos = 0
    for start, end in sorted(ranges):
        if start > pos:
            out.append(re.sub(r"[^\n]", " ", text[pos:start]))
        start = max(start, pos)
        if end > start:
            out.append(text[start:end])
            pos = end
    if pos < len(text):
        out.append(re.sub(r"[^\n]", " ", text[pos:]))
    return "".join(out)


def build_analysis(chunks: Iterable[tuple[object, int]], text: str) -> Analysis:
    """Collect tokens/entities of all chunks with document offsets."""
    toks: list[Tok] = []
    ents: list[tuple[int, int, str]] = []
    chunks = list(chunks)
    text = _mask_outside(text, [(off, off + len(sdoc.text)) for sdoc, off in chunks])  # type: ignore[attr-defined]
    for sdoc, off in chunks:
        base = len(toks)
        for t in sdoc:  # type: ignore[attr-defined]
            toks.append(
                Tok(base + t.i, off + t.idx, off + t.idx + len(t.text), t.text, t.tag_, t.pos_, t.dep_,
                    base + t.head.i, t.lemma_, t.ent_type_)
            )
        for e in sdoc.ents:  # type: ignore[attr-defined]
            ents.append((off + e.start_char, off + e.end_char, e.label_))
    # Chunks may not be in order; offsets must be.
    order = sorted(range(len(toks)), key=lambda k: toks[k].start)
    if order != list(range(len(toks))):
        remap = {old: new for new, old in enumerate(order)}
        toks = [toks[k] for k in order]
        for new, t in enumerate(toks):
            t.i, t.head = new, remap.get(t.head, new)
    return Analysis(text, toks, split_sentences(text), sorted(ents))


def mention_type(text: str, label: str) -> str | None:
    """Ontology class for a GiNZA entity: head-noun suffix first, then the table.

    >>> mention_type("ウクライナ軍", "School"), mention_type("キーウ", "City"), mention_type("30日", "Date")
    ('MilitaryUnit', 'City', None)
    """
    if label.startswith(_NON_ENTITY_PREFIXES) or not text or text[0].isdigit():
        return None
    if text in _ORG_EXACT:
        return "Government"
    if label != "Person":
        for suf, cls in V.SUFFIX_CLASS:
            if text.endswith(suf) and len(text) > len(suf):
                return cls
    return V.ENE_TO_CLASS.get(label)


def _is_name_tok(t: Tok) -> bool:
    return "地名" not in t.tag and t.text not in V.NOT_NAMES and bool(_KATA_RE.search(t.text))


class _Builder:
    """Collects mentions/roles for one document; see :func:`extract_mentions`."""

    def __init__(self, an: Analysis, extractor: str) -> None:
        self.an, self.text, self.ex = an, an.text, extractor
        self.mentions: list[Mention] = []
        self.roles: list[PersonRole] = []
        self.kanji_names: set[str] = {
            t.text for t in an.toks if "人名" in t.tag and re.fullmatch(r"[一-龥]{2,4}", t.text)
        }

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
            g = _HIRA_GLOSS.search(self.text, 0, k)
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
            s = self.noun_run_left(k - 1)
            if s < k - 1 and self.orgish(s, k - 1):
                return s, k - 1
        return None

    def orgish(self, s: int, e: int) -> bool:
        """Is ``text[s:e]`` an organization/place (not "会談の冒頭、…")?"""
        frag = self.text[s:e]
        if any(m.start == s and m.end == e and m.type != "Person" for m in self.mentions):
            return True
        if frag.endswith(V.ORG_WORDS) or frag in V.QUALIFIERS or mention_type(frag, "Organization_Other") != "Organization":
            return True
        if _TITLE_RE.search(frag):
            return True  # "米陸軍報道官の…": split later
        if re.fullmatch(r"[ァ-ヶー・]{2,}", frag):
            return True  # "キーウのクリチコ市長": a katakana proper noun before の+name+title is a place/org
        toks = self.an.toks_in(s, e)
        return bool(toks) and any("地名" in t.tag or t.ent in V.ENE_TO_CLASS for t in toks)

    # --- persons -----------------------------------------------------------
    def qualifiers(self, p: int) -> tuple[int, list[tuple[int, int]]]:
        quals: list[tuple[int, int]] = []
        for _ in range(2):
            for q in V.QUALIFIERS:
                if self.text.startswith(q, p - len(q)) and p - len(q) >= 0:
                    if q not in _QUALS_SHORT and (p - len(q)) not in self.an.tok_starts:
                        continue
                    p -= len(q)
                    quals.insert(0, (p, p + len(q)))
                    break
            else:
                break
        return p, quals

    def name_before(self, p: int) -> int | None:
        """Start of a person name ending at ``p`` (katakana run or kanji name)."""
        j = p
        while j > 0 and self.text[j - 1] in "ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶー・":
            j -= 1
        while j < p and self.text[j] == "・":
            j += 1
        if p - j >= 2:
            # Cut off leading place names / org words inside the run ("アメリカ・ホワイトハウス").
            start = j
            for t in self.an.toks_in(j, p):
                if not _is_name_tok(t) and t.text != "・":
                    start = max(start, t.end)
            while start < p and self.text[start] == "・":
                start += 1
            if p - start >= 2 and self.text[start:p] not in V.NOT_NAMES:
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
        for m in _TITLE_RE.finditer(self.text):
            ts, te = m.span()
            title = m.group()
            if te < len(self.text) and self.text[te] in V.TITLE_BLOCKERS:
                continue
            if te not in self.an.tok_ends and not (te < len(self.text) and self.text[te] in "はがのもと、「"):
                continue
            honor = title in V.HONORIFICS
            if honor and ts > 0 and self.text[ts - 1] == "同":
                self.mentions.append(self.mk(ts - 1, te, "Person", "rule:同氏", 0.6))
                continue
            p, quals = (ts, []) if honor else self.qualifiers(ts)
            ns = self.name_before(p)
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
                inner = _TITLE_RE.search(self.text, span[0], span[1])
                if inner and inner.end() == span[1] and inner.start() > span[0]:
                    org2 = self.org_mention(span[0], inner.start())
                    self.roles.append(
                        PersonRole(person, inner.group(), span[0], te, org2, person.sentence, None, 0.7, self.ex)
                    )

    def role_org(self, pos: int, quals: list[tuple[int, int]]) -> Mention | None:
        if quals:
            return self.org_mention(quals[0][0], quals[-1][1])
        span = self.no_org(pos)
        if span is None:
            return None
        s, e = span
        inner = _TITLE_RE.search(self.text, s, e)
        if inner and inner.end() == e and inner.start() > s:
            e = inner.start()
        return self.org_mention(s, e)

    def ginza_persons(self) -> None:
        for s, e, label in self.an.ents:
            if label != "Person" or self.covered(s, e, frozenset({"Person"})):
                continue
            toks = self.an.toks_in(s, e)
            name = self.text[s:e]
            if not toks or name in V.NOT_NAMES or any("地名" in t.tag or "補助記号" in t.tag for t in toks):
                continue
            # GiNZA tags unknown katakana places as Person ("ポクロウシク"): distrust a name the
            # document also uses as a place (followed by 市/州/方面/の70%, or captured/attacked).
            if re.search(re.escape(name) + _PLACE_CONTEXT, self.text) and not any("人名" in t.tag for t in toks):
                continue
            if e - s >= 2:
                self.mentions.append(self.mk(s, e, "Person", label, 0.7))

    def gazetteer_names(self) -> None:
        """Places/organizations the gazetteer knows but GiNZA missed or took for persons.

        A GiNZA ``Person`` (or a name the title rules never saw) on exactly the
        same span gives way when no title or 氏 follows: persons in Japanese news
        carry one ("ゼレンスキー大統領", "ドリスコル氏"), towns do not."""
        for hit in gazetteer_hits(self.an):
            s, e = hit.start, hit.end
            over = [x for x in self.mentions if x.start < e and s < x.end]
            if any(x.type != "Person" for x in over):
                continue
            if over:
                titled = bool(_TITLE_RE.match(self.text, e)) or self.text.startswith(V.HONORIFICS, e)
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
            if not re.search(r"[^\W_]", self.text[s:e]):
                continue  # GiNZA labels emoji runs ("🔥🙏🇺🇦" Company)
            typ = mention_type(self.text[s:e], label)
            if pre and typ in ("Facility", "Location", None) and pre.group() == "首都":
                typ = "City"
            if typ is None or typ == "Person" or self.covered(s, e):
                continue
            if typ == "Weapon" and any(self.text[s:e] == t[0] for t in V.EVENT_TRIGGERS):
                continue  # "砲撃" is an act, not a weapon
            # A country name swallowed into a longer wrong entity ("ロシア第" Game) is not one mention.
            self.mentions.append(self.mk(s, e, typ, label, 0.75))
        # Country names GiNZA swallowed into a title ("ウクライナ次席大使"). Only 地名-国: other
        # 地名 tokens are as often parts of person or company names ("兵庫慎司").
        for t in self.an.toks:
            if "地名-国" in t.tag and not self.covered(t.start, t.end):
                self.mentions.append(self.mk(t.start, t.end, "Country", "tag:" + t.tag, 0.65))

    def org_runs(self) -> None:
        words = "|".join(map(re.escape, sorted(V.ORG_WORDS, key=len, reverse=True)))
        for m in re.finditer(f"(?:{words})", self.text):
            e = m.end()
            if e not in self.an.tok_ends or (e < len(self.text) and re.match(r"[一-龥]", self.text[e])):
                continue
            s = self.noun_run_left(m.start()) if m.start() > 0 else 0
            # Do not swallow a person name or title standing before the org ("ゲラシモフ露軍").
            for pm in self.mentions:
                if pm.type == "Person" and pm.start < m.start() and pm.end > s:
                    s = max(s, pm.end)
            t = _TITLE_RE.search(self.text, s, m.start())
            if t:
                s = max(s, t.end())
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
        """「戦争研究所」は / 「アクシオス」など: a short quoted name used as a noun is an organization."""
        for m in re.finditer(r"「([^「」。、]{2,15})」(?=は|が|など|によると)", self.text):
            s, e = m.start(1), m.end(1)
            if self.covered(s, e):
                continue
            before = self.text[max(0, m.start() - 8) : m.start()]
            typ = "MediaOutlet" if re.search(r"サイト|メディア|通信|新聞|テレビ", before) else "Organization"
            self.mentions.append(self.mk(s, e, typ, "rule:quoted-name", 0.6))

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


def extract_mentions(an: Analysis, extractor: str) -> tuple[list[Mention], list[PersonRole]]:
    """Mentions (typed) and person roles of one analysed document."""
    b = _Builder(an, extractor)
    b.ginza_entities()
    b.persons()
    b.ginza_persons()
    b.gazetteer_names()
    b.org_runs()
    b.suffixed_places()
    b.quoted_names()
    b.katakana_orgs()
    b.propagate_names()
    b.link_antecedents()
    # One mention per span: the earliest-added (most specific rule) wins on overlap.
    # Persons (title-anchored) win over GiNZA spans that swallowed them.
    kept: list[Mention] = []
    for m in sorted(b.mentions, key=lambda m: (m.type != "Person", -m.confidence, m.start - m.end)):
        if m.text.strip() and an.text[m.start : m.end] == m.text:
            if not any(k.start < m.end and m.start < k.end for k in kept):
                kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    role_keys = set()
    roles = []
    for r in sorted(b.roles, key=lambda r: (r.start, r.end, r.role)):
        key = (r.person.start, r.role)
        if key not in role_keys:
            role_keys.add(key)
            roles.append(r)
    return kept, roles
