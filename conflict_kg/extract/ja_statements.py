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

from conflict_kg.kg.model import Span, Statement

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_mentions import UnnamedRole
from conflict_kg.extract.ja_attributions import Attributions, defined_aliases, find_quotes
from conflict_kg.extract.ja_speakers import DocContext, Speaker
from conflict_kg.extract.ja_speaker_complete import complete_speakers
from conflict_kg.extract.ja_indirect_speech import IndirectSpeech
from conflict_kg.extract.ja_statement_cues import (
    ATTRIBUTION_VERBS,
    BODY_ANAPHOR,
    CLEFT,
    COGNITION,
    CONNECTIVE,
    DATE_LIMIT,
    LEMMA,
    LOCAL_BODY,
    META,
    QUOTE_FRAME,
    QUOTE_LABEL,
    REPORT_RE,
    SIDE_RE,
    doc_dates,
    medium,
    quote_to,
)
from conflict_kg.extract.zones import in_zones, nonbody_ranges

__all__ = ["Speaker", "DocContext", "find_quotes", "extract_statements", "doc_dates"]


class _Statements(IndirectSpeech, Attributions):
    def __init__(self, ix: DocContext, doc_date: str | None, extractor: str):
        self.ix, self.an, self.text = ix, ix.an, ix.an.text
        self.doc_date, self.ex = doc_date, extractor
        self.out: list[Statement] = []
        self.nonbody = nonbody_ranges(self.text)  # headlines, source notes, related lists: no statements
        self.aliases = defined_aliases(self.text)  # "スポーツニッポン(以下スポニチ)"

    def verb_after(self, pos: int, limit: int) -> tuple[int, int, str] | None:
        """First reporting verb in ``text[pos:limit]`` as (start, end, lemma)."""
        m = REPORT_RE.search(self.text, pos, limit)
        if m:
            return m.start(), m.end(), LEMMA[m.group()]
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
            if nxt == "も":
                nxt = "は"  # "ハイン北アイルランド相も、…との発言を行っていた": also the topic
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
        dates = doc_dates(self.text, max(sent.start, q0 - DATE_LIMIT) if direct else sent.start, q0 if direct else q1, self.doc_date)
        if not dates:
            dates = doc_dates(self.text, sent.start, q0, self.doc_date)
        about = [m for m in self.ix.mentions if q0 <= m.start and m.end <= q1]
        if sp is not None and sp.org is None:
            sp = self.local_body_org(sp)
        conf = 0.8 if sp is not None and sp.mention is not None else 0.55
        self.out.append(
            Statement(
                quote=quote, start=st, end=en, quote_start=q0, quote_end=q1,
                speaker=sp.mention if sp else None, speaker_role=sp.role if sp else None,
                speaker_org=sp.org if sp else None, verb=verb, medium=medium(self.text[sent.start : en]),
                date=dates[-1][2] if dates else None, direct=direct, about=about, sentence=sent,
                confidence=conf if direct else conf - 0.1, extractor=self.ex,
            )
        )

    def local_body_org(self, sp: Speaker) -> Speaker:
        """"市当局は" (a mention or a description): the organisation is the city named last before it."""
        name = sp.mention.text if sp.mention is not None else sp.role or ""
        local = LOCAL_BODY.fullmatch(name)
        if local is None:
            return sp
        places = [m for m in self.ix.mentions if m.type in V.PLACE_TYPES and m.end <= sp.start
                  and m.text.endswith(local.group(1)) and len(m.text) > 1]
        return Speaker(sp.mention, sp.role, places[-1], sp.start) if places else sp

    def previous_speaker(self, sent: Span) -> Speaker | None:
        """Speaker of a statement in this or the immediately preceding sentence; for a sentence that
        opens with a connective (この中で「…」と述べました), else the previous sentence's topic person."""
        k = self.an.sents.index(sent) if sent in self.an.sents else -1
        prev = self.an.sents[k - 1] if k > 0 else None
        for st in reversed(self.out):
            if st.sentence is not None and (st.sentence == sent or st.sentence == prev) and (st.speaker or st.speaker_role) \
                    and st.verb not in ATTRIBUTION_VERBS:  # "Xによると" names the source, not who speaks next
                return Speaker(st.speaker, st.speaker_role, st.speaker_org, st.start)
        # a quote with no subject continues the previous sentence's topic person ("田中容疑者らは…。
        # 同府警の調べに対し、「…」と供述している")
        if prev is not None and (CONNECTIVE.match(self.text[sent.start : sent.end])
                                 or not re.search(r"[^ぁ-ゖ][はが]|ら[はが]", self.text[sent.start : sent.end].split("「")[0])):
            sp = self.topic_speaker(prev.start, prev.end)
            if sp is not None and (sp.mention is None or sp.mention.type == "Person"):
                return sp
        return None

    def sentence(self, sent: Span) -> None:
        """Direct quotes first, then the indirect reports around them."""
        if META.match(self.text, sent.start):
            return
        quotes = find_quotes(self.text, sent.start, sent.end)
        last_sp, last_end = self.direct_quotes(sent, quotes)
        self.indirect(sent, quotes, last_sp, last_end)
        self.object_reports(sent)
        self.trailing_source(sent)

    def verb_limit(self, qe: int, sent: Span, quotes: list[tuple[int, int]]) -> int:
        """Where the reporting verb of the quote ending at ``qe`` may be looked for: up to 40
        characters, and not past the next quoted statement (a quoted name "「テレグラム」に投稿" is no stop)."""
        limit = min(sent.end, qe + 40)
        for nqs, nqe in quotes:
            if qe < nqs < limit and quote_to(self.text, nqe) >= 0:
                return nqs
        return limit

    def quote_speaker(self, qs: int, qe: int, vpos: int, sent: Span, last_sp: Speaker | None,
                      last_end: int) -> Speaker | None:
        """Speaker rules of a direct quote, in order of trust (see the module docstring)."""
        sp = self.nsubj_speaker(vpos, qs, last_end)
        # the topic nearest the quote: "Aは…としていて、Bは…「…」と述べ" quotes B
        sp = sp or self.adjacent_speaker(qs, sent) or self.topic_speaker(last_end, qs, last=True)
        body = BODY_ANAPHOR.search(self.text, last_end, qs) if sp is None else None
        if body is not None and self.text[body.end() : body.end() + 1] in ("は", "が"):
            sp = self.described(body.start(), body.start(), body.group())  # "この団体は「…」と述べ"
        if sp is None:
            # "A側が「…」と説明、B側は「…」という": a new "X側は/が" before this quote is its speaker
            side = SIDE_RE.search(self.text, last_end, qs)
            if side is not None and side.end() == qs:
                sp = self.source_mention(side.start(1), side.end(1))
        # "目撃者の男性は「…」と話した": an unnamed subject of the verb, kept as its description
        sp = sp or self.description_speaker(vpos, qs, last_end, (qs, qe))
        sp = sp or last_sp or self.lone_topic(last_end, qs)
        sp = sp or self.topic_speaker(qe, sent.end) or self.cleft_speaker(qe, sent)  # "…と、プーチン大統領は指摘した"
        return sp or self.previous_speaker(sent)  # quotes continue the previous speaker

    def cleft_speaker(self, qe: int, sent: Span) -> Speaker | None:
        """"「…」と述べたのはブッシュ大統領だ": the speaker is the focus of a cleft after the verb."""
        cleft = CLEFT.search(self.text, qe, sent.end)
        if cleft is None or quote_to(self.text, qe) < 0 or cleft.start() - qe > 16:
            return None
        focus = re.match(r"[^、。「」]{1,30}?(?=だ|です|である)", self.text[cleft.end():sent.end])
        # the head of the focus phrase speaks ("国防総省の報道官だった": the spokesman, not the ministry)
        return self.ix.speaker_at(cleft.end() + focus.end() - 1) if focus else None

    def direct_quotes(self, sent: Span, quotes: list[tuple[int, int]]) -> tuple[Speaker | None, int]:
        """「…」と述べた: one statement per quote followed by と; returns the last speaker and end."""
        last_sp: Speaker | None = None
        last_end = sent.start
        run: list[tuple[int, int]] = []  # 「A」「B」と述べた: quotes sharing the verb of the last
        for qs, qe in quotes:
            run.append((qs, qe))
            if self.text.startswith("「", qe + 1):
                continue
            frame = QUOTE_FRAME.match(self.text, qe + 1)
            to = quote_to(self.text, qe)
            if to < 0 and frame is None or QUOTE_LABEL.match(self.text, max(to, qe + 1)) \
                    or to >= 0 and COGNITION.match(self.text, to + 1):
                if to < 0 and len(run) == 1:
                    self.said_elsewhere(sent, qs, qe)
                run = []
                continue
            vb = self.verb_after(frame.end() if frame else to + 1, self.verb_limit(qe, sent, quotes))
            if run[0][0] > 0 and self.text[run[0][0] - 1] == "を" and (vb is None or vb[2] == "とする"):
                run = []
                continue  # "柳町を「武生柳町」とした" names, it does not quote
            sp = self.quote_speaker(run[0][0], qe, vb[0] if vb else qe + 1, sent, last_sp, last_end)
            end = vb[1] if vb else max(to, qe) + 1
            for a, b in run:
                for one in self.co_speakers(sp):  # "AとBは「…」と述べた": both speak
                    self.add(sent, one, a + 1, b, min(sp.start if sp and sp.start >= sent.start else a, a), end,
                             vb[2] if vb else None, True)
            run, last_sp, last_end = [], sp, end
        return last_sp, last_end

    def co_speakers(self, sp: Speaker | None) -> list[Speaker | None]:
        """``sp`` and the speakers joined to it by と/や ("朝日新聞と毎日新聞は", "A社長とB会長が"): in GiNZA's
        parse a partner is an nmod/conj whose case is と or や and whose head lies in ``sp``'s phrase; a
        partner is of the same kind (a person with a person). "安倍首相と会談後のプーチン大統領は" has none."""
        if sp is None or sp.mention is None:
            return [sp]
        out, frontier, person = [sp], [sp], sp.mention.type == "Person"
        while frontier:
            cur = frontier.pop()
            lo, hi = cur.start, self.ix.phrase_end(cur.mention)
            for t in self.an.toks:
                if t.dep not in ("nmod", "conj") or t.start >= lo or not lo <= self.an.toks[t.head].start < hi:
                    continue
                if not any(c.head == t.i and c.dep == "case" and c.text in ("と", "や") for c in self.an.toks):
                    continue
                p = self.ix.speaker_at(t.start)
                if p is None or p.mention is None or (p.mention.type == "Person") != person \
                        or any(x.mention is p.mention for x in out):
                    continue
                out.insert(0, p)
                frontier.append(p)
        return out


def extract_statements(ix: DocContext, doc_date: str | None, extractor: str) -> list[Statement]:
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
    complete_speakers(ix, st.out)  # the speaker's full description from the whole document
    return sorted(st.out, key=lambda s: (s.quote_start, s.quote_end))
