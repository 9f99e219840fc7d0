"""Japanese speakers completed over the whole document, after the sentence rules of
:mod:`conflict_kg.extract.ja_statements` (issue #17, fifth session).

A sentence names its speaker as briefly as news writes it; the guideline wants the speaker's full
description (organisation + subdivision + title + name). These document-level passes fill what a
sentence leaves out, and never overwrite what it states:

* an organisation speaker that is a **unit of a body** (``県警薬物銃器対策課``, ``球団広報部``) gets the body
  the document names (``神奈川県警``, the team) as its organisation;
* a person speaker with a title and **no organisation** gets the organisation the document gives the same
  person elsewhere, else the body a title of that kind belongs to when the document names one
  (``裁判長`` → the court, ``議長`` → the assembly);
* a name given as a **gloss in parentheses** after another name (``仲川元庸(仲川げん)``) is the same person,
  under the name written first; an **abbreviation** of an organisation the document writes in full
  (``日テレ`` → ``日本テレビ``, ``テレ朝`` → ``テレビ朝日``) is that organisation; a 同-word the parser took for
  a name (``同委員会``, ``同高裁``) is the last organisation before it with that head.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, Statement

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_speakers import DocContext
from conflict_kg.extract.ja_speaker_memory import PersonMemory, org_before, same_org_name, span_mention
from conflict_kg.extract.vocab_ja_speakers import BODY_UNIT_HEADS, PRESS_HEADS, STATE_UNIT_HEADS

__all__ = ["complete_speakers", "body_named", "prefix_parent", "UNIT_PREFIXES", "TITLE_BODIES", "is_abbreviation"]

#: An abbreviated body opening a unit's name (``県警薬物銃器対策課``) -> the full body as the document writes
#: it: the pattern of that body's name (a prefecture's police, a team).
UNIT_PREFIXES: dict[str, str] = {
    "県警": r"[一-龥]{1,4}県警(?:察)?(?:本部)?",
    "府警": r"(?:大阪|京都)府警(?:察)?(?:本部)?",
    "道警": r"北海道警(?:察)?(?:本部)?",
    "球団": r"[一-龥ァ-ヶーA-Za-z・]{2,16}(?:タイガース|ジャイアンツ|ドラゴンズ|スワローズ|カープ|ベイスターズ|ライオンズ|ホークス|"
            r"ファイターズ|マリーンズ|バファローズ|イーグルス|ブルーウェーブ|球団)",
}
#: A unit with no body in its name (``捜査一課``, ``生活安全課``, ``広報部``): its head nouns, and the bodies
#: such units belong to (police, ministries, agencies, prefectures, companies).
_UNIT_HEAD = re.compile(r"[一-龥ァ-ヶー]{1,8}(?:課|係|班|室)")
_UNIT_BODY = re.compile(r"[一-龥ァ-ヶー]{1,8}(?:県警(?:察)?|府警(?:察)?|道警|警視庁|警察署|警察|省|庁)")
#: A public-relations or administrative unit (``広報部``, ``同社広報室``, ``事務局``): it speaks for the
#: organisation the document is about, the last one named before it that is no country or outlet.
_PR_UNIT = re.compile(r"(?:同社|同球団|同党|同協会|同団体|同連盟|会社|本社)?(?:広報(?:部|室|課|担当|グループ|センター)?|事務局|総務部|秘書室)")
_PR_EXCLUDED = frozenset({"Country", "MediaOutlet"})
#: Titles whose organisation is a body of one kind, when no organisation is attached: the pattern of
#: that body's name as news writes it. (The roles module reads companies, parties and teams.)
TITLE_BODIES: dict[str, str] = {
    "court": r"(?<![一-龥])(?!同)(?:最高裁(?:判所)?|[一-龥]{1,6}(?:高裁|地裁|家裁|簡裁|高等裁判所|地方裁判所|家庭裁判所|簡易裁判所)|知財高裁)(?:[一-龥]{1,3}支部)?",
    "assembly": r"(?<![一-龥ァ-ヶー])(?!同)[一-龥ァ-ヶー]{0,10}(?:議会|国会|議院|評議会)",
    "police": r"[一-龥]{1,8}(?:警察署|署)",
}
_TITLE_KIND = {"裁判長": "court", "裁判官": "court", "判事": "court", "議長": "assembly", "副議長": "assembly",
               "署長": "police", "副署長": "police"}
#: "仲川元庸(仲川げん)": a name glossed in parentheses right after another name.
_GLOSS_OPEN = ("(", "（")


def is_abbreviation(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full`` as Japanese news does: it opens with the same character, is
    shorter, and its characters occur in ``full`` in order (日テレ for 日本テレビ, テレ朝 for テレビ朝日).

    A short form that keeps the full name's head and its last word and only drops a middle part is a name
    of its own, not an abbreviation: 日本銀行 is not 日本政策投資銀行, and ウクライナ軍 (the armed forces)
    is not ウクライナ国防軍 (seed 002 writes both, for different bodies).

    >>> is_abbreviation("日テレ", "日本テレビ"), is_abbreviation("テレ朝", "テレビ朝日"), is_abbreviation("日本", "日本テレビ")
    (True, True, False)
    >>> is_abbreviation("日本銀行", "日本政策投資銀行"), is_abbreviation("ウクライナ軍", "ウクライナ国防軍")
    (False, False)
    """
    if not 2 <= len(short) < len(full) or short[0] != full[0] or full.startswith(short):
        return False
    head = next(i for i, (a, b) in enumerate(zip(short, full)) if a != b)
    if full.endswith(short[head:]):  # head + last word, middle dropped: a name of its own
        return False
    k = 0
    for ch in full:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def _key(m: Mention) -> str:
    return m.antecedent or m.text


def _text_mention(ix: DocContext, a: int, b: int, typ: str) -> Mention:
    """The mention covering ``text[a:b]``, else a new one (added to the document's mentions)."""
    return span_mention(ix, a, b, typ, "rule:speaker-body", "ja:speaker-complete")


def _nearest(ix: DocContext, pattern: str, pos: int, typ: str, exclude: tuple[int, int] = (-1, -1)) -> Mention | None:
    """The last match of ``pattern`` before ``pos``, else the first after it (outside ``exclude``)."""
    named = {m.start for m in ix.mentions if m.type == "Person"}  # "手塚昌利球団オーナー": a name, not a team
    hits = [h for h in re.finditer(pattern, ix.an.text) if not (exclude[0] <= h.start() < exclude[1]) and h.start() not in named]
    before = [h for h in hits if h.end() <= pos]
    best = before[-1] if before else (hits[0] if hits else None)
    return _text_mention(ix, best.start(), best.end(), typ) if best is not None else None


def body_named(ix: DocContext, kind: str, pos: int) -> Mention | None:
    """The body of ``kind`` (a key of :data:`TITLE_BODIES`: court, assembly, police) the document names
    last before ``pos``, else first after it. A court is the one the document names first: news leads with
    the court that ruled, and names the lower courts of earlier instances later ("一審の東京地裁は…")."""
    if kind == "court":
        return _nearest(ix, TITLE_BODIES[kind], 0, "Government")
    return _nearest(ix, TITLE_BODIES[kind], pos, "Government" if kind != "assembly" else "Organization")


def _unit_body(ix: DocContext, name: str, start: int) -> Mention | None:
    """The body a unit speaker ``name`` at ``start`` (``県警薬物銃器対策課``, ``捜査一課``, ``同社広報部``; a
    mention or an unnamed description) belongs to, as the document names it."""
    here = (start, start + len(name))
    for prefix, pattern in UNIT_PREFIXES.items():
        if name.startswith(prefix) and len(name) > len(prefix):
            return _nearest(ix, pattern, start, "Government" if "警" in prefix else "Organization", here)
    if _UNIT_HEAD.fullmatch(name) and not _UNIT_BODY.match(name):
        return _nearest(ix, _UNIT_BODY.pattern, start, "Government", here)
    if _PR_UNIT.fullmatch(name):
        orgs = [m for m in ix.mentions if m.type in V.ORG_TYPES and m.type not in _PR_EXCLUDED and m.end <= start
                and not _PR_UNIT.fullmatch(m.text) and not m.text.startswith("同")]
        return orgs[-1] if orgs else None
    return None


def prefix_parent(ix: DocContext, name: str, start: int) -> Mention | None:
    """The larger body an organisation speaker ``name`` writes glued in front of itself, when the document also
    names that body on its own: ``国連人道問題調整事務所`` -> 国連, ``イギリス国防省`` -> イギリス (the longest such
    name; the rest must end in a unit's head, :data:`BODY_UNIT_HEADS`; no news source).

    >>> from conflict_kg.extract.ja import context_ja_text
    >>> ix = context_ja_text("国連は会合を開いた。国連人道問題調整事務所によると、被害は拡大している。")
    >>> prefix_parent(ix, "国連人道問題調整事務所", ix.an.text.index("国連人道")).text
    '国連'
    """
    if name.endswith(PRESS_HEADS) or not name.endswith(BODY_UNIT_HEADS):
        return None
    own = [m for m in ix.mentions if m.type in V.ORG_TYPES and 2 <= len(m.text) <= len(name) - 2 and name.startswith(m.text)
           and not (start <= m.start < start + len(name)) and not m.text.startswith("同")]
    if not own:
        return None
    return max(own, key=lambda m: len(m.text))  # the body's own mention: no new mention inside the speaker's


def _person_org(ix: DocContext, st: Statement) -> Mention | None:
    """The organisation of a titled person speaker no card of the person memory gives: the body of the
    title's kind the document names (裁判長 -> the court, 議長 -> the assembly)."""
    kind = _TITLE_KIND.get(st.speaker_role or "")
    if kind is None:
        return None
    return body_named(ix, kind, st.speaker.start)


def _glossed(ix: DocContext, m: Mention) -> str | None:
    """The name a gloss in parentheses follows: ``仲川元庸(仲川げん)`` -> 仲川元庸 for 仲川げん (or for a
    mention whose antecedent is the gloss). The parser may have cut the name before the gloss short
    (仲川 | 元庸): a person mention followed by up to three kanji up to the parenthesis is the name."""
    key, text = _key(m), ix.an.text
    for g in ix.mentions:
        if g.type == "Person" and g.text == key and g.start > 0 and text[g.start - 1] in _GLOSS_OPEN:
            for p in ix.mentions:
                if p.type == "Person" and p.start < p.end <= g.start - 1 and re.fullmatch("[一-龥]{0,3}", text[p.end:g.start - 1]):
                    p.text, p.end = text[p.start:g.start - 1], g.start - 1  # the whole name before the gloss
                    return p.text
    return None


def _same_referent(ix: DocContext, m: Mention) -> str | None:
    """"同委員会", "同高裁" (a 同-word the parser took for a name): the last organisation before it whose
    name ends with the same head, as a mention or as written; 同社 ("the company") is the last company-like
    organisation; one-character heads otherwise (同氏, 同日) are the sentence rules'."""
    same = re.fullmatch(r"同([一-龥ァ-ヶー]{1,6})", m.text)
    if same is None or m.antecedent is not None:
        return None
    return same_org_name(ix, same.group(1), m.start)


def _full_org(ix: DocContext, m: Mention) -> str | None:
    """The full name of an organisation the document writes that ``m`` abbreviates (日テレ -> 日本テレビ)."""
    if m.antecedent is not None:
        return None
    fulls = {k.text for k in ix.mentions if k.type in V.ORG_TYPES and is_abbreviation(m.text, k.text)}
    return fulls.pop() if len(fulls) == 1 else None


def complete_speakers(ix: DocContext, statements: list[Statement]) -> None:
    """Fill each statement's speaker description from the document (in place; stated fields are kept).

    >>> from conflict_kg.extract.ja import EXTRACTOR, context_ja_text
    >>> from conflict_kg.extract.ja_statements import extract_statements
    >>> ix = context_ja_text("神奈川県警は1日、男を逮捕した。県警薬物銃器対策課によると、男は容疑を認めているという。")
    >>> [(s.speaker.text, s.speaker_org.text) for s in extract_statements(ix, None, EXTRACTOR) if s.verb == "によると"]
    [('県警薬物銃器対策課', '神奈川県警')]
    """
    memory = PersonMemory(ix)
    for st in statements:
        m = st.speaker
        if m is None:
            if st.speaker_role and st.speaker_org is None:  # "同社広報部は": an unnamed unit
                st.speaker_org = _unit_body(ix, st.speaker_role, st.start) or prefix_parent(ix, st.speaker_role, st.start)
            continue
        if memory.person_phrase(st):
            m = st.speaker
        if m.type == "Person":
            head = _glossed(ix, m)
            if head is not None and head != m.text:
                m.antecedent = head
            memory.fill(st)  # the role and organisation the document introduced the person with
            if st.speaker_org is None and st.speaker_role:
                st.speaker_org = _person_org(ix, st)
            continue
        full = _full_org(ix, m) or _same_referent(ix, m)
        if full is not None:
            m.antecedent = full
        if st.speaker_org is None:
            st.speaker_org = _unit_body(ix, m.text, m.start) or prefix_parent(ix, _key(m), m.start) \
                or (org_before(ix, m.start) if _key(m).endswith(STATE_UNIT_HEADS) else None)  # "ロシアの国防省は"
