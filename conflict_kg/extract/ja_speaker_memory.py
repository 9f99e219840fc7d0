"""Japanese person memory over a document (issue #17, sixth session): what the article said a person is when
it introduced them, for the later statements that name the person briefly.

News introduces a person once with the organisation and title (``ロシアのプーチン大統領``,
``青山学院大学の新倉修大学院教授``, ``同社の平野雅大・執行役員``, ``京都精華大学教授の嘉田由紀子``) and then writes
``プーチン氏``, ``新倉教授``, ``同氏`` or the title alone. The sentence rules give a later mention the person's role
through name linking; this module reads the organisation the introducing phrase writes before the name or
the title when the role rules left it empty (no mention of its own, a gloss in parentheses, a 同-word), and
keeps one card per introduction, so that a later statement takes the nearest earlier card (a person who
changes role in the article keeps the role of that time). Cards only fill empty fields.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, Statement

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_speakers import DocContext
from conflict_kg.extract.ja_titles import ALL_TITLES
from conflict_kg.extract.vocab_ja_speakers import NOT_ORG_NAMES, ORG_NAME_HEADS, PRESS_HEADS, STATEMENT_TITLE_PREFIXES

__all__ = ["Card", "PersonMemory", "org_before", "same_org_name", "glued_title", "span_mention"]

#: Organisations that 同社 ("the company") never points back to.
_NOT_FIRMS = frozenset({"Country", "MediaOutlet", "Government"})
#: A gloss or place in parentheses after an organisation's name ("台湾外交部(外務省)", "『X』(大阪市東淀川区)").
_GLOSS_TAIL = re.compile(r"[(（][^()（）。、]{1,20}[)）]$")
#: An organisation's name written as a word: a run of kanji, katakana or Latin ending in a head of
#: :data:`ORG_NAME_HEADS`, or a name in 『』/「」 brackets.
_ORG_NAME = (r"[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ・]{1,20}?(?:"
             + "|".join(sorted(map(re.escape, ORG_NAME_HEADS), key=len, reverse=True)) + ")")
_ORG_WORD = re.compile("(?:" + _ORG_NAME + r"|[『「][^』」。、]{1,20}[』」])$")


class Card:
    """What the document said a person was at one introduction: title and organisation (either may be None);
    ``written`` is the title with the time prefix the text writes before it (元幹事長: the role rules keep the
    bare title, the statements guideline the title as written)."""

    def __init__(self, start: int, role: str | None, org: Mention | None, written: str | None = None):
        self.start, self.role, self.org, self.written = start, role, org, written or role

    def __repr__(self) -> str:
        return f"Card({self.start}, {self.role!r}, {self.org.text if self.org else None!r})"


def same_org_name(ix: DocContext, head: str, pos: int) -> str | None:
    """The organisation a 同-word with ``head`` at ``pos`` points back to ("同社" -> the last company-like
    organisation; "同委員会" -> the last name ending in 委員会), as the document writes it; one-character
    heads other than 社 (同氏, 同日) are None."""
    if head in V.SAME_ORG_ANY:
        return _last_firm(ix, pos)
    if len(head) < 2:
        return None
    names = [k.text for k in ix.mentions if k.type != "Person" and k.end <= pos and k.text.endswith(head)
             and not k.text.startswith("同") and len(k.text) > len(head)]
    if not names:
        names = [h.group() for h in re.finditer(r"(?<![一-龥ァ-ヶーA-Za-z・])[一-龥ァ-ヶーA-Za-z・]{1,15}?" + re.escape(head),
                                                ix.an.text[:pos]) if not h.group().startswith("同")]
    return names[-1] if names else None


def _last_firm(ix: DocContext, pos: int) -> str | None:
    """The company 同社 at ``pos`` points back to: the last organisation before it that is no country,
    government or news source (a name ending in a press head, or one a によると follows), a mention or a
    name written in 『』 (Wikinews brackets company names: 『近鉄ビルサービス』)."""
    text = ix.an.text
    found = [(k.start, k.text) for k in ix.mentions if k.type in V.ORG_TYPES and k.type not in _NOT_FIRMS
             and k.end <= pos and not k.text.startswith("同")]
    found += [(h.start(1), h.group(1)) for h in re.finditer(r"『([^』。、]{2,20})』", text[:pos])]
    firms = [name for _a, name in sorted(found) if not name.endswith(PRESS_HEADS)
             and not re.match(r"[・、や及びと]{0,2}[^。、]{0,20}?によ(?:ると|れば)", text[_a + len(name):_a + len(name) + 24])]
    return firms[-1] if firms else None


def span_mention(ix: DocContext, a: int, b: int, typ: str, label: str = "rule:speaker-memory",
                 extractor: str = "ja:speaker-memory") -> Mention:
    """The mention covering exactly ``text[a:b]``, else a new one added to the document's mentions."""
    for m in ix.mentions:
        if m.start == a and m.end == b:
            return m
    m = Mention(ix.an.text[a:b], a, b, typ, label, ix.an.sentence(a), 0.6, extractor)
    ix.mentions.append(m)
    return m


def org_before(ix: DocContext, a: int, particles: tuple[str, ...] = ("の",)) -> Mention | None:
    """The organisation written right before the phrase that starts at ``a`` (a person's name or a title
    before the name), with or without の, a gloss in parentheses skipped: a mention that ends there, a
    同-word (resolved), or an organisation's name as a word (:data:`ORG_NAME_HEADS`, a name in 『』).

    >>> from conflict_kg.extract.ja import context_ja_text
    >>> ix = context_ja_text("台湾外交部(外務省)の呂慶龍スポークスマンは表明した。")
    >>> org_before(ix, ix.an.text.index("呂慶龍")).text
    '台湾外交部'
    """
    text = ix.an.text
    left = text[max(0, a - 48):a]
    left = left[:-1] if left.endswith(particles) else left
    left = left.rstrip("・")
    left = _GLOSS_TAIL.sub("", left)
    end = a - (len(text[max(0, a - 48):a]) - len(left))
    if end <= 0:
        return None
    m = next((k for k in ix.mentions if k.end == end and k.type in V.ORG_TYPES and k.start < end), None)
    if m is not None:
        return m
    same = re.search(r"同([一-龥ァ-ヶー]{1,6})$", left)
    if same:
        name = same_org_name(ix, same.group(1), end - len(same.group()))
        if name is None:
            return None
        m = span_mention(ix, end - len(same.group()), end, "Organization")
        m.antecedent = m.antecedent or name
        return m
    word = _ORG_WORD.search(left)
    if word is None or word.group().strip("『』「」") in NOT_ORG_NAMES or word.group().startswith("同"):
        return None
    a0 = end - len(word.group())
    if word.group()[0] in "『「":
        return span_mention(ix, a0 + 1, end - 1, "Organization")
    return span_mention(ix, a0, end, "Organization")


def _time_prefix(ix: DocContext, r) -> str:
    """The time prefix (:data:`STATEMENT_TITLE_PREFIXES`) a role mention writes: right after the name
    ("加藤紘一元自民党幹事長", "ジュリアーニ前市長") or opening a title written before the name ("元社長の…")."""
    text = ix.an.text
    after = text[r.person.end:r.end] if r.person.start <= r.start < r.person.end + 1 else ""
    before = text[r.start:r.person.start] if r.start < r.person.start else ""
    return next((p for p in STATEMENT_TITLE_PREFIXES if after.startswith(p) or before.startswith(p)), "")


def glued_title(ix: DocContext, m: Mention) -> tuple[str, Mention] | None:
    """A person mention the parser ran on through an organisation and a title ("ケリー・ニューヨーク市警察本部長"):
    (title, organisation) when the text after the name's last ・ is an organisation's name (:data:`ORG_NAME_HEADS`)
    followed by a title of the lexicon; the mention's antecedent becomes the name.

    >>> from conflict_kg.extract.ja import context_ja_text
    >>> ix = context_ja_text("ケリー・ニューヨーク市警察本部長は述べた。")
    >>> m = Mention("ケリー・ニューヨーク市警察本部長", 0, 16, "Person")
    >>> t, org = glued_title(ix, m); t, org.text, m.antecedent
    ('本部長', 'ニューヨーク市警察', 'ケリー')
    """
    title = max((t for t in ALL_TITLES if m.text.endswith(t) and len(t) < len(m.text)), key=len, default=None)
    if title is None or "・" not in m.text[:-len(title)]:
        return None
    k = m.text[:-len(title)].rindex("・")
    org, name = m.text[k + 1:-len(title)], m.text[:k]
    if not name or not re.fullmatch(_ORG_NAME, org):
        return None
    m.antecedent = m.antecedent or name
    return title, span_mention(ix, m.start + k + 1, m.end - len(title), "Organization")


def _glued_before_title(ix: DocContext, r) -> Mention | None:
    """"トヨタ自動車社長の豊田章男氏": a title written before the name with a name glued in front of it (no の,
    no comma) is that name's office, whatever type the parser gave the name (GiNZA often types companies as
    persons)."""
    if r.start >= r.person.start:
        return None
    return next((k for k in ix.mentions if k.end == r.start and k is not r.person and k.start < k.end), None)


#: "トヨタ自動車で社長を務める豊田章男氏": an office introduced by a relative clause of 務める before the name.
_SERVED = re.compile("(?:の|で)?(" + "|".join(sorted(map(re.escape, ALL_TITLES), key=len, reverse=True))
                     + ")を(?:務め|つとめ)(?:る|ている|ていた|た|てきた)$")


def _served(ix: DocContext) -> list[tuple[Mention, int, str, Mention | None]]:
    """(person, start, title, organisation) of each person a 務める clause introduces (the organisation
    written before the title with の or で, :func:`org_before`)."""
    out = []
    for p in ix.mentions:
        hit = _SERVED.search(ix.an.text[max(0, p.start - 30):p.start]) if p.type == "Person" else None
        if hit is not None:
            start = p.start - (len(hit.group()) - (hit.start(1) - hit.start()))
            org = org_before(ix, start, ("の", "で")) if hit.start(1) > hit.start() else None
            out.append((p, start, hit.group(1), org))
    return out


def _key(m: Mention) -> str:
    return m.antecedent or m.text


class PersonMemory:
    """One card per role mention of each person (keyed by the full name name linking gives: ``プーチン`` and
    ``ウラジーミル・プーチン`` share a key), with the organisation the introducing phrase writes when the role
    rules attached none (:func:`org_before`).

    >>> from conflict_kg.extract.ja import context_ja_text
    >>> ix = context_ja_text("青山学院大学の新倉修教授は会見した。")
    >>> PersonMemory(ix).cards["新倉修"]
    [Card(7, '教授', '青山学院大学')]
    """

    def __init__(self, ix: DocContext):
        self.ix = ix
        self.cards: dict[str, list[Card]] = {}  # in text order per person
        for p, start, title, org in _served(ix):
            self.cards.setdefault(_key(p), []).append(Card(start, title, org))
        for r in sorted(ix.roles, key=lambda r: r.start):
            org = r.org or _glued_before_title(ix, r) or org_before(ix, min(r.start, r.person.start))
            prefix = _time_prefix(ix, r)
            self.cards.setdefault(_key(r.person), []).append(Card(r.start, r.role, org, prefix + r.role))

        for cards in self.cards.values():
            cards.sort(key=lambda c: c.start)

    def recall(self, key: str, pos: int, need: str) -> Card | None:
        """The card of ``key`` nearest before ``pos`` that has ``need`` ("role" or "org"), else the first after."""
        cards = [c for c in self.cards.get(key, []) if getattr(c, need) is not None]
        before = [c for c in cards if c.start <= pos]
        return before[-1] if before else (cards[0] if cards else None)

    def key_of(self, m: Mention) -> str:
        """The memory key of a person mention: its full name; a mention the parser ran on into the
        organisation and title ("ケリー・ニューヨーク市警察本部長") whose role the role rules read with the name
        alone (ケリー) takes that name, as its antecedent too."""
        key = _key(m)
        if key in self.cards:
            return key
        inner = next((r.person for r in self.ix.roles if m.start <= r.person.start and r.end <= m.end
                      and m.text.startswith(r.person.text) and r.person is not m), None)
        if inner is None:
            return key
        m.antecedent = m.antecedent or _key(inner)
        return _key(inner)

    def person_phrase(self, st: Statement) -> bool:
        """A source the attribution rules took as one organisation-like phrase that is a person's name,
        organisation and title ("ケリー・ニューヨーク市警察本部長によると"): the speaker is that person, with the
        role and organisation the role rules read from the phrase. True when the speaker became a person."""
        m = st.speaker
        r = next((r for r in self.ix.roles if r.start == m.start and r.end == m.end and r.person is not m), None)
        if m.type == "Person" or r is None:
            return False
        st.speaker = r.person
        st.speaker_role = st.speaker_role or r.role
        st.speaker_org = st.speaker_org or r.org
        return True

    def fill(self, st: Statement) -> None:
        """Fill the empty role and organisation of a person speaker (in place) from the nearest earlier card;
        a titled speaker with no card's organisation takes the one written right before its own name."""
        m = st.speaker
        key = self.key_of(m)
        glued = glued_title(self.ix, m) if not st.speaker_role and key not in self.cards else None
        if glued is not None:
            st.speaker_role, st.speaker_org = glued[0], st.speaker_org or glued[1]
        card = self.recall(key, m.start, "role")
        if card is not None and st.speaker_role == card.role:  # "加藤氏" after "加藤紘一元幹事長": 元幹事長
            st.speaker_role = card.written
        if not st.speaker_role:
            card = self.recall(key, m.start, "role")
            if card is not None:
                st.speaker_role = card.role
                st.speaker_org = st.speaker_org or card.org
        if st.speaker_org is None and st.speaker_role:
            card = self.recall(key, m.start, "org")
            st.speaker_org = card.org if card is not None else org_before(self.ix, m.start)
