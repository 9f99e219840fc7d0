"""Japanese role forms beyond "NAME + TITLE": compound unit titles, roles in parentheses, organisations
the context gives.

Mixed into :class:`conflict_kg.extract.ja_persons.PersonRules` (it uses the rules' ``text``, ``an``,
``mentions``, ``roles``, ``name_before``, ``holder_role``, ``role_org`` and ``org_mention``). Each
method is one construction of news Japanese, with its words in :mod:`conflict_kg.extract.ja_titles`:

* a title that heads a unit takes the unit's name as part of the title (``萩原秀雄強化事業本部長``,
  ``ジリノフスキー国家院副議長``; the gold writes 宮城支店長, not 支店長);
* a minister for a field is the field's name and 相 (``茂木敏充経済再生相``), beyond the table's ministers;

* a local office glued after its place (``佐藤雄平福島県知事``: 知事 of 福島県) and a party title after 党
  (``渡部恒三党最高顧問``);
* a run with no person's name before a title followed by の and a name (``元ダイエー会長の林文子氏``): the name
  after の holds the title, the run is its organisation (a proper noun) or its field (``アパート経営者の``);
* a title that is also a common word (``リーグ代表``) needs a holder the tagger knows as a person's name;
* titles joined by ・ before a title-first name are each the holder's (``タレント・フリーアナウンサーの山本モナ``);
* a title the lexicon lacks that GiNZA labels Position_Vocation, glued after a name (``山田太郎情報総局長`` has a
  known head; ``…首席報道官`` … any title with no known title inside).

(A reading gloss between a name and its title, ``李明博(イ・ミョンバク)大統領``, was tried in the fifth session and
dropped: two more right roles on dev, one more false positive and no right role on test.
A title in parentheses after a name, ``川上哲治氏(V9時代の監督)``, was tried and dropped: one more false
positive on dev and on test, no right role on either.)
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import PersonRole

from conflict_kg.extract.ja_titles import (
    LOCAL_OFFICES, NAME_EVIDENCE_TITLES, PARTY_TITLES, TITLE_END_RE, TITLE_PREFIXES, TITLE_RE, UNIT_TITLE_HEADS,
)

__all__ = ["RoleForms", "NAME_END"]

#: A title the lexicon lacks, as GiNZA labels it (Position_Vocation): kanji or katakana, 2-10 characters.
_NER_TITLE = re.compile(r"[一-龥々ァ-ヶー]{2,10}")
#: Legal and case statuses GiNZA also labels Position_Vocation: no title (the guideline: 容疑者 is none).
_STATUSES = frozenset("被告 被告人 原告 容疑者 被疑者 受刑者 死刑囚 参考人 証人 被害者 遺族 候補 候補者".split())

#: What may follow a name that follows its title: an honorific, a particle, a comma, a gloss.
NAME_END = re.compile(r"(?:容疑者|氏|さん|卿|は|が|、|\(|（|ら)")

_KANJI_RUN = re.compile(r"[一-龥々]+")
#: A minister's title ends in 相 (acting: 代行) at a token end.
_MINISTER = re.compile(r"相(?:代行)?")


class RoleForms:
    """Role-form rules of :class:`~conflict_kg.extract.ja_persons.PersonRules` (a mixin)."""

    def title_prefix(self, p: int) -> int:
        """Start of a time prefix right before ``p`` ("現首相", "次期経済相", "元幹事長")."""
        for pre in TITLE_PREFIXES:
            if self.text.startswith(pre, p - len(pre)) and p - len(pre) >= 0:
                return p - len(pre)
        return p

    def unit_start(self, p: int) -> tuple[int, int] | None:
        """(start of the unit name, end of the holder's name) of the kanji unit name glued before a unit
        title at ``p`` ("萩原秀雄|強化事業|本部長"): whole kanji tokens that are no person name, at most 8
        characters; a time prefix (元, 前, 現) between the name and the unit is skipped."""
        k = p
        for t in reversed([t for t in self.an.toks_in(max(0, p - 10), p) if t.end <= p]):
            if t.end != k or not _KANJI_RUN.fullmatch(t.text) or "人名" in t.tag or t.ent == "Person" \
                    or t.text == "同" or t.text in TITLE_PREFIXES or p - t.start > 8:
                break
            k = t.start
        if k == p:
            return None
        name_end = k
        for pre in TITLE_PREFIXES:
            if self.text.startswith(pre, k - len(pre)):
                name_end = k - len(pre)
                break
        return k, name_end

    def compound_title(self, p: int, title: str, te: int) -> bool:
        """"萩原秀雄強化事業本部長", "ウラジーミル・ジリノフスキー国家院副議長": a name, a unit's name, then a
        title heading units (:data:`UNIT_TITLE_HEADS`); the title is the unit's name with the head."""
        if title not in UNIT_TITLE_HEADS:
            return False
        span = self.unit_start(p)
        if span is None:
            return False
        k, name_end = span
        ns = self.name_before(name_end)
        if ns is None:
            return False
        return self.holder_role((ns, name_end, "rule:name+unit+title", 0.75), self.text[k:p] + title, ns, te,
                                lambda: self.role_org(ns, []))

    def minister_titles(self) -> None:
        """"茂木敏充経済再生相", "山本一太沖縄北方相": a name, a field of two or more kanji, then 相 (the
        table's one-kanji ministers, 外相 or 法相, are matched as titles already)."""
        for m in _MINISTER.finditer(self.text):
            te = m.end()
            head = next((t for t in self.an.toks_in(max(0, m.start() - 4), te) if t.end == te), None)
            if head is None or not _KANJI_RUN.fullmatch(head.text) or any(r.end == te for r in self.roles):
                continue
            span = self.unit_start(head.start)
            k, name_end = span if span is not None else (head.start, head.start)
            if te - k < 3 or self.text[k:te].startswith(("首相", "副首相")):
                continue
            ns = self.name_before(name_end)
            if ns is not None:
                self.holder_role((ns, name_end, "rule:name+field+相", 0.7), self.text[k:te], ns, te,
                                 lambda: self.role_org(ns, []))

    def local_office(self, p: int, ts: int, title: str, quals: list) -> tuple[int, str, list]:
        """"佐藤雄平福島県知事" (知事 of 福島県), "中田宏横浜市長", "渡部恒三党最高顧問": (name end, title, qualifiers)
        when a place token (地名, not a country) is glued before a local office and a name precedes it, or a
        党 token before a party title; else the arguments unchanged."""
        if quals or p != ts:
            return p, title, quals
        split = LOCAL_OFFICES.get(title)
        if split is not None:
            n, office = split
            place = next((t for t in self.an.toks_in(max(0, ts - 8), ts + n) if t.end in (ts, ts + n) and t.start < ts
                          and "地名" in t.tag and "国" not in t.tag), None)
            if place is not None and self.name_before(self.title_prefix(place.start)) is not None:
                return self.title_prefix(place.start), office, [(place.start, ts + n)]
        if title in PARTY_TITLES and any(t.text == "党" and t.end == ts for t in self.an.toks_in(max(0, ts - 1), ts)):
            return ts - 1, title, quals
        return p, title, quals

    def lacks_name_evidence(self, ns: int, e: int, title: str) -> bool:
        """"関西リーグ代表": a title that is also a common word (:data:`NAME_EVIDENCE_TITLES`) whose holder has no
        token the tagger knows as a person's name."""
        return title in NAME_EVIDENCE_TITLES and not any("人名" in t.tag or t.ent == "Person" and "地名" not in t.tag
                                                         for t in self.an.toks_in(ns, e))

    def run_title_of_name(self, ns: int, p: int, title: str, te: int) -> bool:
        """"元ダイエー会長の林文子氏", "アパート経営者の伊沢裕子さん": the run before the title holds no person-name
        token and の and a person's name follow the title: that name holds the title; the run is its
        organisation when a proper noun, its field (no organisation) when a common noun."""
        k = te + 1
        toks = [t for t in self.an.toks_in(ns, p) if t.text != "・"]
        # GiNZA's Person entity is unsteady on katakana common nouns ("アパート"): the tagger's 人名 decides
        if not self.text.startswith("の", te) or not toks or any("人名" in t.tag for t in toks):
            return False
        run: list = []
        for t in self.an.toks_in(k, k + 14):
            if t.start < k:
                continue
            if t.start != (run[-1].end if run else k) or "人名" not in t.tag and not (run and t.text == "・"):
                break
            run.append(t)
        while run and run[-1].text == "・":
            run.pop()
        if not run or not NAME_END.match(self.text, run[-1].end):
            return False
        proper = all("固有名詞" in t.tag for t in toks)
        if not self.holder_role((k, run[-1].end, "rule:run+title+の+name", 0.8), title, ns, run[-1].end,
                                lambda: self.org_mention(ns, p) if proper else None):
            return False
        self.joined_title_roles(te - len(title))
        return True

    def joined_title_roles(self, ts: int) -> None:
        """"タレント・フリーアナウンサーの山本モナ": a title joined by ・ before the title of a title-first name (the
        last role added) is the holder's too, with the same organisation."""
        r = self.roles[-1]
        m = TITLE_END_RE.search(self.text, max(0, ts - 13), ts - 1) if ts > 1 and self.text[ts - 1] == "・" else None
        if m is not None and m.start() in self.an.tok_starts:
            self.roles.append(PersonRole(r.person, m.group(), m.start(), r.end, r.org, r.sentence, None, 0.7, self.ex))

    def ner_titles(self) -> None:
        """A title the lexicon lacks (no title of :data:`TITLE_RE` inside it) that GiNZA labels Position_Vocation,
        glued after a name with a person-name (人名) token and closed by a particle or punctuation, is the
        name's title (a time prefix 元/前/現 is cut off)."""
        for s, e, label in self.an.ents:
            if label != "Position_Vocation" or e >= len(self.text) or self.text[e] not in "はがのもと、「(（":
                continue
            p = s + next((len(x) for x in TITLE_PREFIXES if self.text.startswith(x, s) and x not in ("次期", "暫定")), 0)
            title = self.text[p:e]
            if not _NER_TITLE.fullmatch(title) or TITLE_RE.search(title) or title in _STATUSES \
                    or any("人名" in t.tag for t in self.an.toks_in(p, e)) or any(r.start < e and s < r.end for r in self.roles):
                continue  # a given name GiNZA labels a title ("李|明博") is part of the name
            ns = self.name_before(s)
            if ns is not None and any("人名" in t.tag for t in self.an.toks_in(ns, s)):
                self.holder_role((ns, s, "rule:name+ner-title", 0.65), title, ns, e, lambda: None)
