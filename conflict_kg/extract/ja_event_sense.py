"""Japanese event precision checks (fifth session): is a trigger that passed the older checks still no event?

Small pure functions over the text (tables in :mod:`conflict_kg.extract.vocab_ja_sense`), called by
:meth:`conflict_kg.extract.ja_events._Events.triggers` and, for the one-event-per-sentence pass, by
:func:`conflict_kg.extract.ja_events.extract_events`:

- *modality*: a speculated or feared event ("攻撃ではないか", "テロの恐れ"), an event to be prevented
  ("攻撃しないよう", "テロの防止");
- *sense*: a verbal noun naming a place ("収監先") or heading a compound ("人民解放軍"), a handing-in that
  is no petition ("辞職届けを提出"), people hosted ("難民を受け入れ"), a natural death ("脳梗塞で死亡");
- *re-mention*: the noun of a told event as what another party answers ("…の非難に反論") or as the case
  ("逮捕された事件で");
- *one event per happening*: two records of one type in one sentence (。) are one event.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Event

from conflict_kg.extract import vocab_ja_sense as S
from conflict_kg.extract.arguments import take_parties

__all__ = ["precision_block", "one_per_sentence"]

# the trigger may head a longer noun first ("爆破テロの恐れ", "襲撃事件ではないか")
_COMPOUND = r"[一-龥ァ-ヶー]{0,4}?"
_SPECULATION = re.compile(r"(?:し|され)?" + _COMPOUND + "(?:" + "|".join(map(re.escape, S.SPECULATION_AFTER)) + ")")
_PREVENTION = re.compile(_COMPOUND + "(?:" + "|".join(map(re.escape, S.PREVENTION_AFTER)) + ")")
_CASE = re.compile(r"(?:さ?れ|し)?た?(?:" + "|".join(map(re.escape, S.CASE_REMENTION)) + ")")
_RESPONSE = re.compile(r"(?:[一-龥ァ-ヶー]{0,4}の)?(?:" + "|".join(map(re.escape, S.RESPONSE_REMENTION)) + ")")


def precision_block(text: str, sent: tuple[int, int], start: int, end: int, told: bool,
                    typ: str = "") -> str | None:
    """Why the trigger ``text[start:end]`` names no event by the fifth-session classes, or ``None``.
    ``told``: an event of its type (``typ``) was already reported in the document.

    >>> precision_block("脆弱性を付いた攻撃ではないかと予想した。", (0, 20), 7, 9, False)
    'speculation'
    >>> precision_block("市民を攻撃しないよう求めた。", (0, 14), 3, 5, False), precision_block("収監先の刑務所で倒れ", (0, 10), 0, 2, True)
    ('prevention', 'place noun')
    >>> precision_block("監視団はムトラク氏の非難に反論した。", (0, 18), 10, 12, True), precision_block("辞職届けを提出した。", (0, 10), 5, 7, False)
    ('response', 'needs')
    >>> precision_block("町は難民を受け入れた。", (0, 11), 4, 9, False), precision_block("市民を攻撃した。", (0, 8), 3, 5, False) is None
    ('object', True)
    >>> precision_block("受刑者は脳梗塞で死亡した。", (0, 13), 9, 11, False, "CasualtyReport")
    'natural death'
    >>> precision_block("力士が逮捕された事件で", (0, 11), 3, 5, True), precision_block("人民解放軍は", (0, 6), 2, 4, False)
    ('case', 'thing')
    """
    if _SPECULATION.match(text, end):
        return "speculation"
    if _PREVENTION.match(text, end):
        return "prevention"
    if text.startswith(S.PLACE_NOUN_HEADS, end):
        return "place noun"
    if told and _RESPONSE.match(text, end):
        return "response"
    if told and _CASE.match(text, end):
        return "case"
    if text.startswith(S.THING_HEADS, end):
        return "thing"
    if typ == "CasualtyReport" and any(c in text[sent[0] : sent[1]] for c in S.DEATH_CAUSES):
        return "natural death"
    return _needs(text, sent, start, end)


def _needs(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """The trigger's cue tables: a cue needed before it or in its sentence, an object that blocks it."""
    trig = text[start:end]
    needs = S.PRECEDING_NEEDS.get(trig)
    if needs and not any(c in text[sent[0] : start] for c in needs):
        return "needs"
    needs = S.CUE_NEEDS.get(trig)
    if needs and not any(c in text[sent[0] : sent[1]] for c in needs):
        return "needs"
    if any(text.endswith(o, max(sent[0], start - 8), start) or o in text[max(sent[0], start - 8) : start]
           for o in S.OBJECT_BLOCKS.get(trig, ())):
        return "object"
    return None


def _period_span(text: str, pos: int) -> tuple[int, int]:
    """The ``。``-delimited stretch around ``pos`` (GiNZA may split it finer)."""
    return text.rfind("。", 0, pos) + 1, (text.find("。", pos) + 1) or len(text)


def one_per_sentence(text: str, events: list[Event]) -> list[Event]:
    """One record per type and ``。``-sentence: a later record of a type already told in the same stretch
    (the parser split the sentence, e.g. at a quote) is the same happening; its parties and places go to
    the first.

    >>> from conflict_kg.kg.model import Event
    >>> t = "軍は市を攻撃し「攻撃は続く」と述べた。"
    >>> evs = [Event(type="Attack", trigger="攻撃", start=4, end=6), Event(type="Attack", trigger="攻撃", start=8, end=10)]
    >>> [e.start for e in one_per_sentence(t, evs)]
    [4]
    """
    out: list[Event] = []
    for ev in events:
        span = _period_span(text, ev.start)
        host = next((h for h in out if h.type == ev.type and _period_span(text, h.start) == span), None)
        if host is None:
            out.append(ev)
            continue
        host.locations += [m for m in ev.locations if m not in host.locations]
        host.fatalities = host.fatalities or ev.fatalities
        host.injuries = host.injuries or ev.injuries
        host.date = host.date or ev.date
        take_parties(host, ev)
    return out
