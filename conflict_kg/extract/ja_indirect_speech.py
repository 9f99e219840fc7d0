"""Japanese indirect speech: …と明らかにした, 〜によると, a quote said in the next or previous sentence, and
reports whose content is an object (…を発表した). A mixin of the statement reader
(:class:`conflict_kg.extract.ja_statements`), split out of it past the module-size guide; its methods use the
reader's state (``self.ix``, ``self.text``, ``self.out``) and its speaker finders.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Span

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_speakers import Speaker
from conflict_kg.extract.ja_speaker_complete import body_named
from conflict_kg.extract.ja_statement_cues import (
    ANAPHORIC_OBJECT,
    AS_TOLD,
    ATTRIBUTED,
    ATTRIBUTION_VERBS,
    BODY_ANAPHOR,
    CLAUSE_BREAK,
    CONNECTIVE,
    FIRST_TOPIC,
    INDIRECT_RE,
    LEAD_ATTRIBUTION,
    LEMMA,
    NAME_TOPIC,
    OUTER_TOPIC,
    SAID_BEFORE,
    SAID_NEXT,
    SPEAKER_AFTER,
    SPEAKER_PHRASE,
    VERBS,
    VERB_TAIL,
    WHEN_PREFIX,
    last_named,
    quote_to,
    speaker_like,
)
from conflict_kg.extract.vocab_ja_speakers import DOCUMENT_AUTHORS, NOT_SPEAKER_HEADS

__all__ = ["IndirectSpeech"]


class IndirectSpeech:
    """Indirect-speech readers of :class:`conflict_kg.extract.ja_statements` (a mixin)."""

    def said_elsewhere(self, sent: Span, qs: int, qe: int) -> None:
        """A sentence that is only a quote, with its verb of saying in the next sentence ("「…」。田中被告は
        法廷でこう述べた。") or the one before ("大統領は次のように述べた。「…」"): the speaker is that
        sentence's topic or subject description."""
        text, sents = self.text, self.an.sents
        if text[sent.start:qs].strip() or sent not in sents:
            return
        k = sents.index(sent)
        alone = not text[qe + 1:sent.end].strip("。 \n")  # said next: the quote is the whole sentence
        for other, rx in ((sents[k + 1] if k + 1 < len(sents) and alone else None, SAID_NEXT),
                          (sents[k - 1] if k > 0 else None, SAID_BEFORE)):
            m = rx.match(text, other.start, other.end) if rx is SAID_NEXT and other else \
                rx.search(text, other.start, other.end) if other else None
            if m is None:
                continue
            vb = self.verb_after(m.end(), min(other.end, m.end() + 8))
            sp = self.topic_speaker(other.start, m.end()) or (vb and self.description_speaker(vb[0], m.end(), other.start))
            if sp:
                self.add(sent, sp, qs + 1, qe, qs, qe + 1, vb[2] if vb else None, True)
            return

    def indirect_cues(self, sent: Span) -> dict[int, int]:
        """Start -> end of the complementiser cues of indirect reports in ``sent``."""
        cues = {m.start(): m.end() for m in SPEAKER_AFTER.finditer(self.text, sent.start, sent.end)}
        cues.update({m.start(): m.end() for m in INDIRECT_RE.finditer(self.text, sent.start, sent.end)})
        return cues

    def indirect_speaker(self, ts: int, sent: Span, last_sp: Speaker | None, last_end: int):
        """Speaker of the indirect report whose complementiser is at ``ts``; and the
        "…と読売新聞が報じた" match when the speaker is written after it."""
        sp = last_sp  # "「…」と述べ、…と強調した": same speaker continues
        after = SPEAKER_AFTER.match(self.text, ts, sent.end) if sp is None else None
        if after is not None:  # "…Xは…を発射したと、聯合ニュースが伝えた": the reporter is written after と
            return self.named_sources(after.start("src"), after.end("src"))[-1], after
        if sp is None:
            sp = self.nsubj_speaker(ts + 1, ts, last_end)
            # a が-marked nsubj is the subject of the reported clause, not the reporter
            if sp is not None and sp.mention is not None and self.text[self.ix.phrase_end(sp.mention):][:1] == "が":
                sp = None
            # "…、ロシアが一方的に併合した…としています": a が-subject starts the reported
            # clause; with no topic (は) the subject is elided and the previous speaker goes on.
            if sp is None:
                sp = self.topic_speaker(last_end, ts, ga=False)
                first = FIRST_TOPIC.search(self.text, last_end, ts)
                if sp is not None and first is not None and sp.start > first.start() \
                        and not CLAUSE_BREAK.search(self.text, first.end(), sp.start):
                    sp = None  # "この企業は、…パイプラインは破損していないとしていた": the first topic speaks
        if sp is None:
            vb = self.verb_after(ts + 1, min(sent.end, ts + 40))
            # the clause's first は-subject speaks even when the parser hangs it on the reported predicate
            # ("市当局は2日、…企業を特定したと発表した")
            sp = self.name_topic(last_end, ts) or self.description_speaker(vb[0] if vb else ts + 1, ts, last_end,
                                                                           (last_end, ts), topic_only=True)
        if sp is None and self.text.startswith(V.LAYER_REPORT_VERBS, ts + 1) \
                and not re.search(r"[^ぁ-ゖ]は", self.text[last_end:ts]):
            press = self.previous_sources(sent)  # "Xによると、…。…と報じている": the outlet X goes on reporting
            sp = press[0] if press else None
        if sp is None and (CONNECTIVE.match(self.text[sent.start : ts]) or not re.search(r"[^ぁ-ゖ]は", self.text[last_end:ts])
                           or self.abstract_topic(last_end, ts)):
            sp = self.previous_speaker(sent)
        return sp, after

    def abstract_topic(self, s: int, e: int) -> bool:
        """Whether the first は-topic of ``text[s:e]`` is an abstract noun (:data:`NOT_SPEAKER_HEADS`: "TOBの
        期間は…としている"), which leaves the speaker elided."""
        first = FIRST_TOPIC.search(self.text, s, e)
        return first is not None and self.text[s:first.start() + 1].endswith(NOT_SPEAKER_HEADS)

    def description_speaker(self, vpos: int, before: int, after: int, quote: tuple[int, int] | None = None,
                            topic_only: bool = False) -> Speaker | None:
        """An unnamed speaker kept as its description: the は/も-marked subject noun phrase of the
        reporting verb at ``vpos`` (or a verb it hangs on) when no mention covers it ("ふたりの証人は",
        "治安部隊は", "この企業は"); never a subject inside the reported clause. A subject before the
        ``quote`` that the parser hangs on the quoted predicate speaks too ("政府高官は匿名を条件に「…」");
        with ``topic_only``, only the first は/も-marked subject after ``after`` may."""
        tok = self.an.tok_at(vpos)
        heads = []
        while tok is not None and len(heads) < 4 and tok.i not in heads:
            heads.append(tok.i)
            tok = self.an.toks[tok.head] if tok.head != tok.i else None
        for t in self.an.toks:
            in_quote = quote is not None and quote[0] <= self.an.toks[t.head].start < quote[1]
            if not (t.head in heads or in_quote) or t.dep not in ("nsubj", "dislocated") or not after <= t.start < before:
                continue
            case = [c for c in self.an.toks if c.head == t.i and c.dep == "case" and c.start == t.end]
            if not case or case[0].text not in ("は", "も") or t.pos not in ("NOUN", "PROPN", "PRON"):
                continue
            if t.dep == "dislocated" and (not self.ga_subject(t.head, t.end, before)
                                          or self.text.startswith(V.LAYER_REPORT_VERBS, vpos)):
                continue  # "警察は、男が…と明らかにした": a topic set off before a clause with its own が-subject
                # (but "…JR九州は、…区間がないと、報じた": what a paper reports is about the topic)
            if topic_only and t.head not in heads and (re.search(r"[はも][、,]?", self.text[after:t.start])
                                                        or not OUTER_TOPIC.match(self.text, t.end)):
                return None  # a later は-subject, or one with no comma, belongs to the reported clause
            first = self.left_edge(t)
            desc = self.text[first:t.end].strip("、 ")
            if desc in V.SINGULAR_PRONOUNS:
                return self.ix.pronoun_speaker(first)  # "彼は": the one person named just before, else none
            if speaker_like(desc):
                return self.described(first, t.start, desc)
        return None

    def lone_topic(self, after: int, before: int) -> Speaker | None:
        """"この日ミャンマー軍警察はデモ会場に…「…」と警告": the one は-marked noun before the quote, which
        the parser hung on a relative clause, is the speaker's description (with two topics, none is)."""
        tops = [t for t in self.an.toks if after <= t.start < before and t.pos in ("NOUN", "PROPN")
                and t.dep in ("nsubj", "dislocated", "obl")
                and any(c.head == t.i and c.dep == "case" and c.text == "は" and c.start == t.end for c in self.an.toks)]
        if len(tops) != 1 or re.search("[「『]", self.text[after:tops[0].start]):
            return None
        first = self.left_edge(tops[0])
        when = WHEN_PREFIX.match(self.text, first, tops[0].start)  # "この日ミャンマー軍警察は": not the speaker's
        first = when.end() if when else first
        desc = self.text[first:tops[0].end].strip("、 ")
        return self.described(first, tops[0].start, desc) if speaker_like(desc) else None

    def ga_subject(self, head: int, start: int, end: int) -> bool:
        """Whether the predicate token ``head`` has a が-marked subject in ``text[start:end]``."""
        return any(c.head == head and c.dep == "nsubj" and start <= c.start < end
                   and any(k.head == c.i and k.dep == "case" and k.text == "が" for k in self.an.toks)
                   for c in self.an.toks)

    def left_edge(self, head) -> int:
        """Start of the noun phrase headed by ``head``: its modifiers before it, and theirs
        ("被告側の弁護士", "住民の一人")."""
        first, frontier = head.start, [head.i]
        while frontier:
            kids = [c for c in self.an.toks if c.head in frontier and c.i != c.head and c.start < head.start
                    and c.dep in ("compound", "nmod", "det", "case", "nummod")]
            frontier = [c.i for c in kids]
            first = min([first] + [c.start for c in kids])
        return first

    def described(self, first: int, head: int, desc: str) -> Speaker:
        """"フィナンシャル・タイムズなど複数のメディア": the named example speaks; "Xの弁護士": role of
        the organisation X; otherwise the description as written."""
        text = self.text
        author = self.document_author(first, desc)
        if author is not None:
            return author
        if BODY_ANAPHOR.fullmatch(desc):
            before = [m for m in self.ix.mentions if m.end <= first and m.type in V.ORG_TYPES and m.type != "Country"]
            if before:
                return Speaker(before[-1], None, None, first)
        same = re.fullmatch(r"同([一-龥ァ-ヶー]{1,6})", desc)
        if same is not None:  # "同社は", "同省は": the organisation named last of that kind
            orgs = [m for m in self.ix.mentions if m.end <= first and m.type in V.ORG_TYPES and m.type != "Country"
                    and (m.text.endswith(same.group(1)) or same.group(1) in V.SAME_ORG_ANY)]
            if orgs:
                return Speaker(orgs[-1], None, None, first)
            named = None if same.group(1) in V.SAME_ORG_ANY else last_named(text, same.group(1), first)
            if named is not None:  # "自由民主党は…。同党は": a name no mention covers
                return Speaker(self.source_mention(*named).mention, None, None, first)
        if desc.endswith(V.SUSPECT_HEADS):  # "運転していた容疑者は": the suspect named before; "田中被告は"
            named = [m for m in self.ix.mentions if m.type == "Person" and m.end <= first + len(desc)
                     and self.text.startswith(V.SUSPECT_HEADS, m.end)]
            if named:
                sp = self.ix.person_speaker(named[-1])
                sp.start = first
                return sp
        nado = re.search("(?:など|等)", desc)
        if nado is not None:  # the name written right before など ("イギリスのフィナンシャル・タイムズなど")
            a = b = first + nado.start()
            while a > 0 and re.match(r"[ァ-ヶー・A-Za-z一-龥]", text[a - 1]):
                a -= 1
            return self.source_mention(a, b)
        if text[head - 1 : head] == "の":
            org = self.ix.mention_at(head - 2, V.ORG_TYPES)
            if org is not None:
                return Speaker(None, text[head:first + len(desc)], org, first)
        return Speaker(None, desc, None, first)

    def document_author(self, first: int, desc: str) -> Speaker | None:
        """"判決は「…」と指摘", "声明文は「…」としている": a document speaks for its author: a ruling for the
        court the document names, a statement or report for whoever issued it in the statement just
        before (:data:`DOCUMENT_AUTHORS`); else the document stays the description."""
        kind = DOCUMENT_AUTHORS.get(re.sub("^(?:この|その|同|今回の)", "", desc))
        if kind == "court":
            court = body_named(self.ix, "court", first)
            return Speaker(court, None, None, first) if court is not None else None
        done = [st for st in self.out if st.quote_end <= first and st.verb not in ATTRIBUTION_VERBS
                and (st.speaker is not None or st.speaker_role)]
        if kind == "previous" and done:
            return Speaker(done[-1].speaker, done[-1].speaker_role, done[-1].speaker_org, first)
        return None

    def name_topic(self, s: int, e: int) -> Speaker | None:
        """A topic no mention covers ("シカゴ・トリビューン紙は", "IRCは") at a clause start in ``text[s:e]``."""
        for m in NAME_TOPIC.finditer(self.text, s, e):
            if m.start() == s or self.text[m.start() - 1] in "、。 ":
                name_end = m.end(1) - 1 if m.group(1).endswith("紙") else m.end(1)
                return self.source_mention(m.start(1), name_end)
        return None

    def object_reports(self, sent: Span) -> None:
        """"Xは…Nを発表した": the を-object of a reporting verb is the content (its whole noun
        phrase), when no statement of the sentence covers it yet."""
        for tok in self.an.toks:
            if not (sent.start <= tok.start < sent.end and tok.text.startswith(V.OBJECT_REPORT_VERBS)):
                continue
            span = self.object_span(tok, sent)
            if span is None:
                continue
            q0, q1 = span
            # (an object right after a quote's と, "「…」と情報の提供を呼びかけた", stays a statement of its
            # own: suppressing it removed a dev false positive but cost a test match, session 3)
            if any(st.quote_start < q1 and q0 < st.quote_end or st.direct and st.start <= q0 < st.end
                   or not st.direct and st.quote_end < q0 < st.end for st in self.out if st.sentence == sent):
                continue  # covered, or between a quote's speaker and its verb
            sp = self.nsubj_speaker(tok.start, q0, sent.start) or self.topic_speaker(sent.start, q0) \
                or self.description_speaker(tok.start, q0, sent.start)
            if sp is None:
                done = [st for st in self.out if st.sentence == sent and st.quote_end <= q0]
                sp = Speaker(done[-1].speaker, done[-1].speaker_role, done[-1].speaker_org, done[-1].start) if done \
                    else self.previous_speaker(sent)
            if sp is not None:
                self.add(sent, sp, q0, q1, min(sp.start if sp.start >= sent.start else q0, q0), tok.end,
                         LEMMA.get(next((v for v, _ in VERBS if tok.text.startswith(v)), ""), tok.lemma), False)

    def object_span(self, verb, sent: Span) -> tuple[int, int] | None:
        """Span of the を/も-marked object noun phrase of ``verb`` (its dependency subtree)."""
        toks = [t for t in self.an.toks if sent.start <= t.start < sent.end]
        for obj in (t for t in toks if t.head == verb.i and t.dep == "obj"):
            case = [t for t in toks if t.head == obj.i and t.dep == "case" and t.start >= obj.end]
            if not case or case[0].text not in ("を", "も") or obj.lemma in ("こと", "事", "の", "もの"):
                continue
            if obj.text in V.NOT_REPORT_OBJECTS or verb.dep == "acl":
                continue  # an act, not content; a relative clause ("…援助を発表した事務所") names, not reports
            sub, grew = {obj.i}, True
            while grew:
                more = {t.i for t in toks if t.head in sub and t.i not in sub and t.i != verb.i and t.end <= obj.end}
                grew, sub = bool(more), sub | more
            parts = sorted((t for t in toks if t.i in sub), key=lambda t: t.start)
            if len(parts) < 2 and not verb.text.startswith(V.OBJECT_BARE_OK):
                continue
            if any(t.dep == "nsubj" for t in parts) or re.search("[「『]", self.text[parts[0].start:obj.end]):
                continue  # a clause with its own subject or a quote is read by the other rules
            if ANAPHORIC_OBJECT.match(self.text, parts[0].start):
                continue  # "この決定を確認": the content was given before
            return parts[0].start, obj.end
        return None

    def content_start(self, sp: Speaker, last_end: int, ts: int) -> int:
        """First character of an indirect report's content: after the speaker phrase, its
        particle and a date/comma ("…市長は、30日、"), when the speaker stands inside it."""
        q0 = last_end
        if last_end <= sp.start < ts:  # (a speaker after the complementiser starts nothing here)
            q0 = sp.start
            mm = SPEAKER_PHRASE.match(self.text, q0, ts)
            if mm:
                q0 = mm.end()
        if q0 == last_end:
            tail = VERB_TAIL.match(self.text, q0, ts)
            q0 = tail.end() if tail else q0  # "「…」と述べて…", "…と発表したとともに、…"
        lead = CONNECTIVE.match(self.text[q0:ts])
        if lead and lead.end() < ts - q0:
            q0 += lead.end()  # "このほか…と報じた": the connective is not content
        source = LEAD_ATTRIBUTION.match(self.text, q0, ts)
        if source is not None and sp.start > ts:
            q0 = source.end()  # "時事通信によると、…と聯合ニュースが伝えた": 時事通信's own statement
        while q0 < ts and self.text[q0] in "、 ":
            q0 += 1
        return q0

    def outer_layer(self, sent: Span, ts: int, cue_end: int, last_sp: Speaker | None,
                    last_end: int) -> tuple[Speaker, int] | None:
        """A report of the report that ends just before ``ts`` ("中日新聞は、…と大統領が認めた事を伝え",
        "…知事が「…」と述べたとしている"): one statement per outer speaker, the sentence's は-topic
        before the inner report, else the sources of the previous sentence's "Xによると"; the content
        runs over the inner report. Returns the outer speaker and the end of its verb."""
        inner = self.out[-1] if self.out and self.out[-1].sentence == sent else None
        if inner is None or not 0 <= ts - last_end <= 3 or inner.end != last_end:
            return None
        # the outer topic stands before the inner speaker (which may follow its content: "…と大統領が認めた")
        hi = last_sp.start if last_sp is not None and last_sp.start >= sent.start else inner.quote_start
        sp = self.topic_speaker(sent.start, hi, ga=False) or self.name_topic(sent.start, hi)
        speakers = [sp] if sp is not None and sp.mention is not inner.speaker else self.previous_sources(sent)
        if not speakers:
            return None
        q0 = self.content_start(speakers[0], sent.start, ts)
        if inner.quote_start < q0 < inner.quote_end:  # the outer topic is no part of the inner content
            while self.text[q0] in "、 ":
                q0 += 1
            inner.quote_start, inner.quote = q0, self.text[q0:inner.quote_end]
        vb = self.verb_after(ts + 1, min(sent.end, ts + 12))
        end = vb[1] if vb else cue_end
        for sp in speakers:
            self.add(sent, sp, q0, ts, min(sp.start if sp.start >= sent.start else q0, q0), end,
                     vb[2] if vb else "とする", False)
        return speakers[0], end

    def indirect(self, sent: Span, quotes: list[tuple[int, int]], last_sp: Speaker | None, last_end: int) -> None:
        """"…と明らかにした" with no 」 right before the と. A clause before the first quote
        ("Aは…としていて、Bは「…」と述べ") is read on its own."""
        text = self.text
        first_q = min((qs for qs, qe in quotes if quote_to(text, qe) >= 0), default=None)
        quote_sp, quote_end = last_sp, last_end
        for ts, cue_end in sorted(self.indirect_cues(sent).items()):
            if first_q is not None and ts < first_q:
                last_sp, last_end = None, sent.start
            elif first_q is not None and last_end < quote_end:
                last_sp, last_end = quote_sp, quote_end
            if any(qs <= ts <= max(qe + 1, quote_to(text, qe)) for qs, qe in quotes) or ts < last_end:
                continue  # a direct quote's own と, or a cue inside a quote or an earlier report
            outer = self.outer_layer(sent, ts, cue_end, last_sp, last_end)
            if outer is not None:
                last_sp, last_end = outer
                continue
            vb = self.verb_after(ts + 1, min(sent.end, ts + 12))
            if vb is not None and self.text.startswith(V.LAYER_REPORT_VERBS, vb[0]) \
                    and ATTRIBUTED.search(self.text, max(sent.start, last_end), ts):
                continue  # "Xによると、…と報じている": the source's one report (read by attributions())
            sp, after = self.indirect_speaker(ts, sent, last_sp, last_end)
            if sp is None:
                continue
            q0 = self.content_start(sp, last_end, ts)
            told = AS_TOLD.match(self.text, q0, ts)  # "Xは、病院関係者の話として、…と伝えた": a second layer
            inner = self.inner_source(*told.span("src")) if told is not None else []
            q0 = told.end() if told is not None else q0
            if ts - q0 < 4 or after is not None and self.only_names(q0, ts):
                continue  # "朝日新聞と読売新聞が報じた": the と joins two reporters
            end = max(vb[1] if vb else cue_end, after.end() if after is not None else 0)
            if vb is None and after is not None:  # "…と、聯合ニュースが伝えた": the verb closes the match
                vb = self.verb_after(after.start("src"), after.end())
            joint = self.named_sources(after.start("src"), after.end("src")) if after is not None else self.co_speakers(sp)
            for one in joint + [i for i, _a in inner]:
                self.add(sent, one, q0, ts, min(sp.start if sp.start >= sent.start else q0, q0), end,
                         vb[2] if vb else "とする", False)
            last_sp, last_end = sp, end
