"""Japanese events, dates: an event's own date, and the dates events take from the incident they tell.

:class:`EventDates` is a mixin of the Japanese event reader (:mod:`conflict_kg.extract.ja_events`): the
nearest date before a trigger, not a quote's nor a battlefield report's, a span's start, a date after
the trigger's particle, else the previous sentence's one day when the sentence goes on telling its
occasion. :func:`inherit_dates` runs over a document's events after: a toll, a referring-back sentence or a
re-telling takes the date of the incident told before it. The context of bare days and relative dates
(tense, the story's month, background clauses) is :mod:`conflict_kg.extract.ja_date_context`. Split from
the reader past the module-size guide.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Event, Span
from conflict_kg.kg.schema import EVENT_SCHEMA, types_where

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.dates import resolve_date
from conflict_kg.extract.ja_clauses import report_date, speech_boundary
from conflict_kg.extract.ja_date_context import SPEECH_TYPES, clause_tense, event_dates, event_day, in_background
from conflict_kg.extract.ja_statements import doc_dates

__all__ = ["EventDates", "inherit_dates", "lead_date"]

# Contested battlefield facts (ja_events.CLAIM_TYPES): a party's report of one dates the report, not the fact.
_CLAIMABLE = types_where(claimable=True)


def _in_closed_quote(text: str, sent_start: int, pos: int, before: int) -> bool:
    """Is ``pos`` inside a 「…」 quote that closes before ``before``? A date inside a quote dates the
    quoted words, not an event the narrator reports after the quote."""
    depth = text.count("「", sent_start, pos) - text.count("」", sent_start, pos)
    return depth > 0 and "」" in text[pos:before]


# "頃": "2009年1月頃から2010年11月頃まで" (dev 1904) is a span whose start dates the event too.
_RANGE_SEP = re.compile(r"\s*(?:頃|ごろ|ころ)?\s*(?:[~〜～\-－]|から)\s*")
# After a date: a term ("12月で契約満了") or the start of a later span ("8日から再開する") dates no
# event told after it.
_NOT_EVENT_DATE = re.compile(r"(?:で(?!は)|から|以降|まで)")
# Right after a trigger: its particle and a date ("犯行声明を29日に出した", "攻撃は29日に").
_DATE_AFTER = re.compile(r"(?:を|は|が)?(\d{1,4}[年月日][^、。「」]{0,8}?)(?:に|、)")


class EventDates:
    """Dates of the Japanese event reader (a mixin: needs ``self.text``, ``self.an`` and ``self.doc_date``)."""

    text: str
    doc_date: str | None

    def date(self, sent: Span, start: int, end: int, typ: str) -> str | None:
        """The event's own date: the nearest date before its trigger ("29日に砲撃があり"), not inside a
        quote or before a finished quote's reporting verb, not a term or a later start ("12月で契約満了",
        "8日から再開"); else a date right after the trigger's particle ("犯行声明を29日に出した").
        A back-reference (同日, 前日, 翌日) counts from the last date the text gave before it."""
        tense = clause_tense(self.text, end)
        # A speech act (a demand, an accusation) is the act of the quote's speaker: "外相が1月4日「危険だ」
        # として中止を求めた" -- the date before the quote dates it (ja_date_context.SPEECH_TYPES).
        lo = sent.start if typ in SPEECH_TYPES else speech_boundary(self.text, sent.start, start)
        dates = [d for d in self.dates_in(lo, start, tense) if not _in_closed_quote(self.text, sent.start, d[0], start)
                 and not in_background(self.text, d[1], start)]
        # A battlefield claim is announced after the fact: "Xは20日、…を制圧したと報告した" dates
        # the report (the claim keeps it), not the capture. Only a day is a news day: "ことし10月、
        # …動員を完了したと発表" dates the completion too.
        if (dates and typ in _CLAIMABLE and len(dates[-1][2]) == 10
                and report_date(self.text, sent.start, dates[-1][0], dates[-1][1], end)):
            return None
        # A span "22年3月7日~4月1日" / "29日から30日にかけて": the start carries the year and is
        # when the event began (a partial end date is resolved without the start's year).
        if len(dates) >= 2 and _RANGE_SEP.fullmatch(self.text, dates[-2][1], dates[-1][0]):
            return dates[-2][2]
        own = [d for d in dates if not _NOT_EVENT_DATE.match(self.text, d[1])]
        if own:
            return own[-1][2]
        after = _DATE_AFTER.match(self.text, end)
        if after is not None and not dates:
            later = self.dates_in(after.start(1), after.end(1), tense)
            return later[0][2] if later else None
        return dates[-1][2] if dates else self.carried_date(sent, start)

    def carried_date(self, sent: Span, before: int) -> str | None:
        """The one day date of the previous sentence, for a sentence with no date and no subject or topic
        of its own before the trigger, in the same paragraph: it goes on telling the previous one's occasion
        ("Xは12月19日に県庁を訪問。「…」と語って、協力を求めた。", dev 640), as :meth:`carried_topic` carries
        its party."""
        prev = self.an.previous_sentence(sent)
        if prev is None or any(t.dep in ("nsubj", "obl") and self.text.startswith(V.TOPIC_MARKERS, t.end)
                                           for t in self.an.toks_in(sent.start, before)):
            return None
        if "\n" in self.text[prev.start : sent.start]:
            return None  # a new paragraph tells a new occasion (seed digests: "会談の冒頭、…" stays undated)
        days = [d for d in self.dates_in(prev.start, prev.end) if len(d[2]) == 10]
        return days[0][2] if len(days) == 1 else None

    def dates_in(self, start: int, end: int, tense: str | None = None) -> list[tuple[int, int, str]]:
        """Resolved dates of ``text[start:end]``; a back-reference (``V.BACK_REFERENCE_DATES``) is
        resolved against the last full date written before it, else the document's date; a bare day or
        a month-day in its context (the story's month, the clause's ``tense``: ``ja_date_context``)."""
        out = []
        for a, b, iso in event_dates(self.text, start, end, self.doc_date):
            if self.text[a:b] in V.BACK_REFERENCE_DATES:
                prior = [d for d in doc_dates(self.text, 0, a, self.doc_date) if len(d[2]) == 10
                         and self.text[d[0] : d[1]] not in V.BACK_REFERENCE_DATES]
                if prior:
                    iso = resolve_date(self.text[a:b], prior[-1][2]) or iso
            else:
                iso = event_day(self.text, a, b, iso, self.doc_date, tense)
            out.append((a, b, iso))
        return out


# "この爆発について犯行声明が出された": a sentence that refers back to a told incident.
_BACK_REF = re.compile(r"(?:この|その|同)(?:" + "|".join(
    sorted({re.escape(t) for t, ty, _ in V.EVENT_TRIGGERS if EVENT_SCHEMA[ty].family == "violence"} | {"事件", "爆発"},
           key=len, reverse=True)) + ")")


def lead_date(text: str, lead: list[Span], doc_date: str | None) -> str | None:
    """The one day date the lead sentence writes (none when it writes several or none)."""
    days = [d for d in doc_dates(text, lead[0].start, lead[0].end, doc_date) if len(d[2]) == 10] if lead else []
    return days[0][2] if len(days) == 1 else None


def inherit_dates(text: str, events: list[Event], doc_date: str | None, lead: list[Span] = ()) -> None:
    """An event whose sentence writes no date takes the date of the incident the text links it to:
    a toll (a type that merges into another, ``EVENT_SCHEMA[t].merge_into``) the last such event's,
    an event in a sentence referring back ("この爆発") the last violent event's, an undated re-telling of a
    security event (``V.RETOLD_FAMILIES``) the last dated event of its type's ("6日…大統領を拘束。…軍が大統領を連行した");
    else an event in the sentences right after the lead (``lead[1:]``) the lead's one day date ("…が両政府に
    26日伝達された。委員長が両政府の代表と会い…": the next sentence tells the same occasion)."""
    carried = lead_date(text, list(lead), doc_date)
    follow = {s.start for s in list(lead)[1:]}
    for k, e in enumerate(events):
        # A date after the trigger is another clause's ("この殺害事件は…とされ、外相が1月4日…求めた"): the
        # event may still be the incident told before; a date before it was the event's to take.
        if e.date is not None or e.sentence is None or doc_dates(text, e.sentence.start, e.start, doc_date):
            continue
        into = EVENT_SCHEMA[e.type].merge_into
        back = _BACK_REF.search(text, e.sentence.start, e.sentence.end) is not None
        retold = EVENT_SCHEMA[e.type].family in V.RETOLD_FAMILIES
        prior = [p for p in events[:k] if p.date and ((into and p.type == into) or (retold and p.type == e.type)
                                                      or (back and EVENT_SCHEMA[p.type].family == "violence"))]
        if prior:
            e.date = prior[-1].date
        elif carried and e.sentence.start in follow:
            e.date = carried
