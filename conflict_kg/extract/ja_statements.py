"""Japanese statements: 「…」と述べた (direct) and …と明らかにした (indirect).

Speaker attribution, in order of trust:

1. the ``nsubj`` of the reporting verb in GiNZA's dependency parse (this is
   what separates ``キーウのクリチコ市長は…と明らかにしました`` from the
   sentence-initial ``ロシア軍は…攻撃を行い、`` clause);
2. the name written right before the quote (``会談の冒頭、プーチン大統領「…」``);
3. the sentence's first は-topic before the quote;
4. the previous statement's speaker when the sentence continues it
   (``そのうえで「…」と強調し``, a sentence that opens with a quote).
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, PersonRole, Span, Statement

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_analysis import mention_type
from conflict_kg.extract.ja_mentions import Analysis, UnnamedRole
from conflict_kg.extract.zones import in_zones, nonbody_ranges

__all__ = ["Speaker", "Index", "find_quotes", "extract_statements", "doc_dates"]

_CONNECTIVE = re.compile(r"^(?:そのうえで|その上で|また|さらに|この中で(?:は)?|その中で(?:は)?|会見で(?:は)?|そして)[、,]?")
#: "X側は" / "X側が" right before a quote: the side that speaks.
_SIDE_RE = re.compile(r"([一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ・]{2,20})側[はが][、,]?")
_REPORT_RE = re.compile(
    "|".join(map(re.escape, [v for v, _ in V.REPORT_VERBS if len(v) >= 2 and v not in ("する", "して", "した")]))
)
_LEMMA = dict(V.REPORT_VERBS)
# "と" + one of these (without 「」 before) is an indirect report.
_INDIRECT_RE = re.compile(
    r"と(?:も)?(?:述べ|語っ|語り|話し|強調し|明らかにし|指摘し|主張し|表明し|発表し|報告し|警告し|説明し|分析し|"
    r"反論し|批判し|非難し|伝え(?!られ)|否定し|確認し|報じ|報道し|コメントし|明言し|断定し|考えを示し|意向を示し|しています|している|した(?=[。、]|上で|うえで)|している(?=[。、])|していて|し、|しました)"
    # a nominal complement: "…ことを発表した", "…との考えを示した"
    r"|(?:ことを|との)(?:発表し|明らかにし|表明し|明言し|強調し|認め|考えを示し|意向を示し|観測を示し|方針を示し)"
)
#: "…と読売新聞が報じた": the speaker named after the complementiser.
_SPEAKER_AFTER = re.compile(r"(?<!こ)と、?(?:[0-9０-９]+日[^、。]{0,12}?[、,]?)?"
                            r"(?P<src>[^、。「」\sぁ-ゖ][^、。「」\sをにでへと]{1,23}?)(?:など|等)?(?:は|が)[、,]?"
                            r"(?:[^、。「」と]{0,12}?)(?:報じ|伝え|発表し|明らかにし|述べ|語っ|指摘し|コメントし|警戒し|主張し)")
#: Abbreviations of news outlets, used when the document also writes the full name ("日経" -> 日本経済新聞).
OUTLET_ALIASES = {"日経": "日本経済新聞", "朝日": "朝日新聞", "読売": "読売新聞", "毎日": "毎日新聞", "産経": "産経新聞",
                  "さきがけ": "秋田魁新報", "時事": "時事通信", "共同": "共同通信", "東京": "東京新聞", "中日": "中日新聞"}
_DATE_LIMIT = 40  # characters before the quote searched for the statement date
#: "XによるとY": X is the source of the rest of the sentence (cue as written is the verb).
_ATTRIB_RE = re.compile(r"(?:によると|によれば|の調べでは|の説明では|の発表では)")
#: Tails of a source phrase that are not its name ("朝日新聞の続報", "読売新聞の3月20日の報道",
#: "東京新聞などが報じたところ").
_SOURCE_TAIL = re.compile(r"(?:など|等|他)?(?:が報じ(?:たところ|ている[^、。]{0,12}?の内容)|の[^、。]{0,14}?(?:報道|続報|発表|記事|取材|調査|話))$|(?:など|等)$")
#: Separators of several sources sharing one cue ("読売新聞、朝日新聞によると", "毎日新聞及び読売新聞").
_SOURCE_SEP = re.compile(r"、|及び|および|ならびに|と(?=[^、]{2,})|・(?=[^・]{2,}(?:新聞|通信|放送|ニュース))")
_NAME_SEG = re.compile(r"[一-龥ァ-ヶーA-Za-z0-9Ａ-Ｚａ-ｚ０-９・&＆!！()（）]+")
_MEDIA_SUFFIX = ("新聞", "通信", "放送", "ニュース", "テレビ", "新報", "日報", "タイムズ", "紙", "通信社", "新聞社")


class Speaker:
    """A resolved speaker: person/org mention, or an unnamed role."""

    def __init__(self, mention: Mention | None, role: str | None = None, org: Mention | None = None, start: int = -1):
        self.mention, self.role, self.org, self.start = mention, role, org, start


class Index:
    """Lookups from character positions to mentions, roles and tokens."""

    def __init__(self, an: Analysis, mentions: list[Mention], roles: list[PersonRole]):
        self.an, self.mentions, self.roles = an, mentions, roles

    def mention_at(self, pos: int, types: frozenset[str] | None = None) -> Mention | None:
        for m in self.mentions:
            if m.start <= pos < m.end and (types is None or m.type in types):
                return m
        return None

    def role_covering(self, pos: int) -> PersonRole | None:
        for r in self.roles:
            if r.start <= pos < r.end:
                return r
        return None

    def unnamed_covering(self, pos: int) -> UnnamedRole | None:
        for u in self.an.unnamed:
            if u.start <= pos < u.end:
                return u
        return None

    def phrase_end(self, m: Mention) -> int:
        """End of the noun phrase headed by ``m`` (name + title + 氏)."""
        end = m.end
        for r in self.roles:
            if r.person is m or (r.person.start == m.start and r.person.end == m.end):
                end = max(end, r.end)
        text = self.an.text
        for h in V.HONORIFICS:
            if text.startswith(h, end):
                end += len(h)
        if text[end:end + 1] in ("(", "（"):
            # a gloss after the name ("次期経済相(SPD)は", "委員長(カナダ)が") belongs to the phrase
            close = re.match(r"[(（][^()（）。、]{1,20}[)）]", text[end:end + 24])
            if close:
                end += close.end()
        if m.type != "Person":
            # シンクタンク「戦争研究所」は: the closing bracket of a quoted name;
            # ウクライナ側は: "the X side" speaks for X.
            if m.start > 0 and text[m.start - 1] == "「" and text.startswith("」", end):
                end += 1
            if text.startswith("側", end) or text.startswith("紙", end):
                end += 1  # "the X side" speaks for X; "シカゴ・トリビューン紙" is the paper
        return end

    def speaker_at(self, pos: int) -> Speaker | None:
        """The speaker whose phrase covers token position ``pos`` (person, unnamed role, org)."""
        r = self.role_covering(pos)
        if r is not None:
            return self.person_speaker(r.person)
        m = self.mention_at(pos, frozenset({"Person"}))
        if m is not None:
            return self.person_speaker(m)
        u = self.unnamed_covering(pos)
        if u is not None:
            return self.unnamed_speaker(u)
        m = self.mention_at(pos, V.ORG_TYPES)
        if m is not None:
            return Speaker(m, None, None, m.start)
        return None

    def unnamed_speaker(self, u: UnnamedRole) -> Speaker:
        """A bare title ("委員長は", "同市長は") is the last person the document gave that title; else it
        stays an unnamed source with its description."""
        if u.org is None:
            prev = [r for r in self.roles if r.role == u.role and r.end <= u.start]
            if prev:
                sp = self.person_speaker(prev[-1].person)
                sp.start = u.start
                return sp
        return Speaker(None, u.role, u.org, u.start)

    def person_speaker(self, m: Mention) -> Speaker:
        """Role at the time: the nearest role of the same person at or before ``m``."""
        key = m.antecedent or m.text
        same = [r for r in self.roles if (r.person.antecedent or r.person.text) == key]
        own = [r for r in same if r.person.start == m.start]
        before = [r for r in same if r.start <= m.start]
        best = (own or before[-1:] or same[:1] or [None])[0]
        return Speaker(m, best.role if best else None, best.org if best else None, m.start)


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Top-level 「…」 pairs as (open, close) indices; 『…』 stays inside. Unbalanced → none.

    >>> find_quotes("彼は「a『b』c」と述べ「d")
    [(2, 8)]
    """
    end = len(text) if end is None else end
    out, depth, open_at = [], 0, -1
    for i in range(start, end):
        ch = text[i]
        if ch == "「":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == "」" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append((open_at, i))
    return out


def doc_dates(text: str, start: int, end: int, doc_date: str | None) -> list[tuple[int, int, str]]:
    """Resolved dates in ``text[start:end]`` as (start, end, iso) with doc offsets."""
    from conflict_kg.extract.dates import find_dates, resolve_date  # lazy: sibling module, optional at import

    out = []
    for s, e, expr in find_dates(text[start:end]):
        iso = resolve_date(expr, doc_date)
        if iso:
            out.append((start + s, start + e, iso))
    return out


def _medium(text: str) -> str | None:
    for word, name in V.MEDIA:
        if word in text:
            return name
    return None


def _source_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the source names in ``text[start:end]`` (the phrase before によると), right to left
    while the comma-separated pieces are names ("その後、朝日新聞の続報" -> 朝日新聞)."""
    seg = text[start:end]
    m = _SOURCE_TAIL.search(seg)
    if m:
        end = start + m.start()
        seg = text[start:end]
    pieces: list[tuple[int, int]] = []
    pos = end
    parts = list(_SOURCE_SEP.finditer(seg))
    bounds = [start] + [start + p.end() for p in parts]
    ends = [start + p.start() for p in parts] + [end]
    for a, b in reversed(list(zip(bounds, ends))):
        name = text[a:b]
        if not name or not (_NAME_SEG.fullmatch(name) or name in OUTLET_ALIASES):
            break
        pieces.insert(0, (a, b))
        pos = a
    return pieces if pos >= start else []


class _Attributions:
    """XによるとY: one statement per source X (mixed into :class:`_Statements`)."""

    def source_mention(self, a: int, b: int) -> Speaker:
        ix, text = self.ix, self.text
        for m in ix.mentions:
            if m.start == a and m.end == b or (m.start <= a < m.end and m.end - m.start >= b - a):
                return ix.person_speaker(m) if m.type == "Person" else Speaker(m, None, None, a)
        u = ix.unnamed_covering(a)
        if u is not None:
            return ix.unnamed_speaker(u)
        name = text[a:b]
        full = OUTLET_ALIASES.get(name)
        if full and full in text:
            m = Mention(name, a, b, "MediaOutlet", "rule:source", self.an.sentence(a), 0.6, self.ex)
            m.antecedent = full
            ix.mentions.append(m)
            return Speaker(m, None, None, a)
        typ = "MediaOutlet" if name.endswith(_MEDIA_SUFFIX) else (mention_type(name, "Organization_Other") or "Organization")
        m = Mention(name, a, b, typ, "rule:source", self.an.sentence(a), 0.6, self.ex)
        # an abbreviation of a name the document writes in full ("朝日" -> "朝日新聞")
        full = [k.text for k in ix.mentions if k.text != name and k.text.startswith(name) and k.type == typ]
        if full:
            m.antecedent = full[0]
        ix.mentions.append(m)
        return Speaker(m, None, None, a)

    def attributions(self, sent: Span) -> None:
        text = self.text
        for cue in _ATTRIB_RE.finditer(text, sent.start, sent.end):
            left = max(text.rfind("。", sent.start, cue.start()), text.rfind("」", sent.start, cue.start()), sent.start - 1,
                       max((b - 1 for a, b in self.nonbody if a <= cue.start() and sent.start <= b <= cue.start()), default=-1))
            names = _source_names(text, left + 1, cue.start())
            q0 = cue.end()
            while q0 < sent.end and text[q0] in "、, ":
                q0 += 1
            q1 = sent.end
            while q1 > q0 and text[q1 - 1] in "。 ":
                q1 -= 1
            if q1 - q0 < 4:
                continue
            for a, b in names:
                self.add(sent, self.source_mention(a, b), q0, q1, a, cue.end(), cue.group(), False)


class _Statements(_Attributions):
    def __init__(self, ix: Index, doc_date: str | None, extractor: str):
        self.ix, self.an, self.text = ix, ix.an, ix.an.text
        self.doc_date, self.ex = doc_date, extractor
        self.out: list[Statement] = []
        self.nonbody = nonbody_ranges(self.text)  # headlines, source notes, related lists: no statements

    def verb_after(self, pos: int, limit: int) -> tuple[int, int, str] | None:
        """First reporting verb in ``text[pos:limit]`` as (start, end, lemma)."""
        m = _REPORT_RE.search(self.text, pos, limit)
        if m:
            return m.start(), m.end(), _LEMMA[m.group()]
        if self.text.startswith("し", pos) or self.text.startswith("する", pos):
            return pos, pos + 1, "とする"
        return None

    def nsubj_speaker(self, vpos: int, before: int, after: int = 0) -> Speaker | None:
        """Speaker from the nsubj of the verb token at ``vpos`` (or its heads)."""
        tok = self.an.tok_at(vpos)
        if tok is None:
            return None
        seen = set()
        for _ in range(4):
            if tok.i in seen:
                break
            seen.add(tok.i)
            subs = [t for t in self.an.toks if t.head == tok.i and t.dep in ("nsubj", "nsubj:pass", "dislocated")]
            subs = [t for t in subs if after <= t.start < before]
            for t in sorted(subs, key=lambda t: t.start):
                sp = self.ix.speaker_at(t.start)
                if sp is not None:
                    return sp
            if tok.head == tok.i:
                break
            tok = self.an.toks[tok.head]
        return None

    def topic_speaker(self, s: int, e: int, last: bool = False, ga: bool = True) -> Speaker | None:
        """First (``last``: last) は-marked speaker-like phrase in ``text[s:e]``, else (``ga``)
        the first が-marked one (not 'Xによると')."""
        cands = []
        for m in self.ix.mentions:
            if s <= m.start and m.end <= e and (m.type == "Person" or m.type in V.ORG_TYPES):
                pe = self.ix.phrase_end(m)
                cands.append((m.start, pe, m))
        for u in self.an.unnamed:
            if s <= u.start and u.end <= e:
                cands.append((u.start, u.end, u))
        best = None
        for st, pe, obj in sorted(cands, key=lambda c: c[0], reverse=last):
            nxt = self.text[pe : pe + 1]
            if (nxt == "は" or (ga and nxt == "が")) and not self.text.startswith("は、これ", pe):
                if isinstance(obj, UnnamedRole):
                    sp = self.ix.unnamed_speaker(obj)
                elif obj.type == "Person":
                    sp = self.ix.person_speaker(obj)
                else:
                    sp = Speaker(obj, None, None, obj.start)
                if nxt == "は":
                    return sp
                best = sp if last else (best or sp)
        return best

    def adjacent_speaker(self, qs: int, sent: Span) -> Speaker | None:
        """'プーチン大統領「…」': a name right before the quote (after 、 or at clause start)."""
        k = qs
        while k > sent.start and self.text[k - 1] in "、 ":
            k -= 1
        if k == qs:
            return self.ix.speaker_at(qs - 1) if qs > sent.start else None
        return None

    def add(self, sent: Span, sp: Speaker | None, q0: int, q1: int, st: int, en: int, verb: str | None, direct: bool) -> None:
        if q1 <= q0 or in_zones(self.nonbody, q0):
            return
        quote = self.text[q0:q1]
        dates = doc_dates(self.text, max(sent.start, q0 - _DATE_LIMIT) if direct else sent.start, q0 if direct else q1, self.doc_date)
        if not dates:
            dates = doc_dates(self.text, sent.start, q0, self.doc_date)
        about = [m for m in self.ix.mentions if q0 <= m.start and m.end <= q1]
        conf = 0.8 if sp is not None and sp.mention is not None else 0.55
        self.out.append(
            Statement(
                quote=quote, start=st, end=en, quote_start=q0, quote_end=q1,
                speaker=sp.mention if sp else None, speaker_role=sp.role if sp else None,
                speaker_org=sp.org if sp else None, verb=verb, medium=_medium(self.text[sent.start : en]),
                date=dates[-1][2] if dates else None, direct=direct, about=about, sentence=sent,
                confidence=conf if direct else conf - 0.1, extractor=self.ex,
            )
        )

    def previous_speaker(self, sent: Span) -> Speaker | None:
        """Speaker of a statement in this or the immediately preceding sentence; for a sentence that
        opens with a connective (この中で「…」と述べました), else the previous sentence's topic person."""
        k = self.an.sents.index(sent) if sent in self.an.sents else -1
        prev = self.an.sents[k - 1] if k > 0 else None
        for st in reversed(self.out):
            if st.sentence is not None and (st.sentence == sent or st.sentence == prev) and (st.speaker or st.speaker_role):
                return Speaker(st.speaker, st.speaker_role, st.speaker_org, st.start)
        if prev is not None and _CONNECTIVE.match(self.text[sent.start : sent.end]):
            sp = self.topic_speaker(prev.start, prev.end)
            if sp is not None and (sp.mention is None or sp.mention.type == "Person"):
                return sp
        return None

    def sentence(self, sent: Span) -> None:
        text = self.text
        quotes = find_quotes(text, sent.start, sent.end)
        last_sp: Speaker | None = None
        last_end = sent.start
        for qs, qe in quotes:
            if not text.startswith("と", qe + 1):
                continue
            limit = min(sent.end, qe + 40)
            # stop at the next quoted statement, not at a quoted name ("「テレグラム」に投稿")
            for nqs, nqe in quotes:
                if qe < nqs < limit and text.startswith("と", nqe + 1):
                    limit = nqs
                    break
            vb = self.verb_after(qe + 2, limit)
            vpos = vb[0] if vb else qe + 1
            sp = self.nsubj_speaker(vpos, qs, last_end)
            # the topic nearest the quote: "Aは…としていて、Bは…「…」と述べ" quotes B
            sp = sp or self.adjacent_speaker(qs, sent) or self.topic_speaker(last_end, qs, last=True)
            if sp is None:
                # "A側が「…」と説明、B側は「…」という": a new "X側は/が" before this quote is its speaker
                side = _SIDE_RE.search(text, last_end, qs)
                if side is not None and side.end() == qs:
                    sp = self.source_mention(side.start(1), side.end(1))
            if sp is None and last_sp is not None:
                sp = last_sp
            if sp is None:
                sp = self.topic_speaker(qe, sent.end)  # "…と、プーチン大統領は指摘した"
            if sp is None:
                sp = self.previous_speaker(sent)  # quotes continue the previous speaker
            end = vb[1] if vb else qe + 2
            self.add(sent, sp, qs + 1, qe, min(sp.start if sp and sp.start >= sent.start else qs, qs), end,
                     vb[2] if vb else None, True)
            last_sp, last_end = sp, end
        # Indirect: "…と明らかにした" with no 」 right before the と. A clause before the
        # first quote ("Aは…としていて、Bは「…」と述べ") is read on its own.
        first_q = min((qs for qs, qe in quotes if text.startswith("と", qe + 1)), default=None)
        quote_sp, quote_end = last_sp, last_end
        cues = {m.start(): m.end() for m in _SPEAKER_AFTER.finditer(text, sent.start, sent.end)}
        cues.update({m.start(): m.end() for m in _INDIRECT_RE.finditer(text, sent.start, sent.end)})
        for ts, cue_end in sorted(cues.items()):
            if first_q is not None and ts < first_q:
                last_sp, last_end = None, sent.start
            elif first_q is not None and last_end < quote_end:
                last_sp, last_end = quote_sp, quote_end
            if ts > 0 and text[ts - 1] == "」" and any(qe == ts - 1 for _qs, qe in quotes):
                continue
            if any(qs <= ts <= qe for qs, qe in quotes):
                continue
            if ts < last_end:
                continue
            vb = self.verb_after(ts + 1, min(sent.end, ts + 12))
            sp = last_sp  # "「…」と述べ、…と強調した": same speaker continues
            if sp is None:
                sp = self.nsubj_speaker(ts + 1, ts, last_end)
                # a が-marked nsubj is the subject of the reported clause, not the reporter
                if sp is not None and sp.mention is not None and self.text[self.ix.phrase_end(sp.mention):][:1] == "が":
                    sp = None
                # "…、ロシアが一方的に併合した…としています": a が-subject starts the reported
                # clause; with no topic (は) the subject is elided and the previous speaker goes on.
                sp = sp or self.topic_speaker(last_end, ts, ga=False)
            after = _SPEAKER_AFTER.match(text, ts, sent.end) if sp is None else None
            if after is not None:
                sp = self.source_mention(after.start("src"), after.end("src"))
            if sp is None and (_CONNECTIVE.match(text[sent.start : ts]) or not re.search(r"[^ぁ-ゖ]は", text[last_end:ts])):
                sp = self.previous_speaker(sent)
            if sp is None:
                continue
            q0 = last_end
            if last_end <= sp.start < ts:  # (a speaker after the complementiser starts nothing here)
                q0 = sp.start
                # skip the speaker phrase, its particle and a date/comma ("…市長は、30日、")
                ph = re.compile(r"[^はが、]*?(?:は|が)[、,]?(?:\d+日[、,])?")
                mm = ph.match(text, q0, ts)
                if mm:
                    q0 = mm.end()
            while q0 < ts and text[q0] in "、 ":
                q0 += 1
            if ts - q0 < 4:
                continue
            end = max(vb[1] if vb else cue_end, after.end() if after is not None else 0)
            self.add(sent, sp, q0, ts, min(sp.start if sp.start >= sent.start else q0, q0), end,
                     vb[2] if vb else "とする", False)
            last_sp, last_end = sp, end


def extract_statements(ix: Index, doc_date: str | None, extractor: str) -> list[Statement]:
    """All statements of an analysed document, in text order.

    >>> from conflict_kg.extract.ja import EXTRACTOR, context_ja_text
    >>> ix = context_ja_text("ゼレンスキー大統領は21日、「領土は譲らない」と述べた。")
    >>> [(s.speaker.text, s.speaker_role, s.quote, s.verb, s.date) for s in extract_statements(ix, "2025-11-21", EXTRACTOR)]
    [('ゼレンスキー', '大統領', '領土は譲らない', '述べる', '2025-11-21')]
    """
    st = _Statements(ix, doc_date, extractor)
    for sent in ix.an.sents:
        st.sentence(sent)
        st.attributions(sent)
    return sorted(st.out, key=lambda s: (s.quote_start, s.quote_end))
