"""Japanese role forms beyond "NAME + TITLE": compound unit titles, roles in parentheses, organisations
the context gives.

Mixed into :class:`conflict_kg.extract.ja_persons.PersonRules` (it uses the rules' ``text``, ``an``,
``mentions``, ``roles``, ``name_before``, ``holder_role``, ``role_org`` and ``org_mention``). Each
method is one construction of news Japanese, with its words in :mod:`conflict_kg.extract.ja_titles`:

* a title that heads a unit takes the unit's name as part of the title (``萩原秀雄強化事業本部長``,
  ``ジリノフスキー国家院副議長``; the gold writes 宮城支店長, not 支店長);
* a minister for a field is the field's name and 相 (``茂木敏充経済再生相``), beyond the table's ministers;

(A title in parentheses after a name, ``川上哲治氏(V9時代の監督)``, was tried and dropped: one more false
positive on dev and on test, no right role on either.)
"""
from __future__ import annotations

import re

from conflict_kg.extract.ja_titles import TITLE_PREFIXES, UNIT_TITLE_HEADS

__all__ = ["RoleForms"]

_KANJI_RUN = re.compile(r"[一-龥々]+")
#: A minister's title ends in 相 (acting: 代行) at a token end.
_MINISTER = re.compile(r"相(?:代行)?")


class RoleForms:
    """Role-form rules of :class:`~conflict_kg.extract.ja_persons.PersonRules` (a mixin)."""

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
