"""Japanese within-document event coreference: a later mention that only refers back to an event already
told is merged into it.

News tells a happening, then refers back to it: the lead says "…で爆弾テロが起きた", the body goes on "この
自爆テロの犯人は…" or names the claim again ("犯行声明は、…としている"). The gold's *Unit* rule
(``bench/gold/ja_wikinews_events.md``) gives such a bare back-reference no record of its own; a re-telling
with its own predicate ("…を逮捕した" twice, "…で起きた爆弾事件で、202人が死亡した") keeps its record. A later
event ``E`` of a type already told is merged into the latest earlier event ``A`` of its type when

- *determiner*: a determiner points back at its noun (:data:`~vocab_ja_coref.BACK_DETERMINERS`: この, その,
  同, 今回の, これら一連の) and nothing contradicts (no other date, no place apart), or
- *same word*: its trigger is the word of an earlier event of the type, used as a bare noun (no verb of its
  own: :func:`bare_noun`), and it adds nothing — no party, place or date that event lacks;

and never when a word of its noun phrase makes it another event (:data:`~vocab_ja_coref.DISTINCT_BEFORE`:
別の, 新たな, 前回, 昨年). ``A`` takes what it lacks of ``E`` (parties, places, date, tolls) and keeps
``E``'s span as an :class:`~conflict_kg.kg.model.EventMention` (the graph keeps every report of it). Records
of one attack or arrest told twice, each with its own predicate, stay two records and fill each other's
missing targets and places, and the later takes the earlier's day (:func:`share_arguments`). Case
nouns with a determiner ("同事件", "この事件"), which no trigger makes an event, are kept the same way on the
document's latest violent event.

>>> from conflict_kg.kg.model import Event, Mention
>>> t = "軍は市を砲撃した。この砲撃で市民が逃げた。"
>>> a = Event(type="Attack", trigger="砲撃", start=4, end=6)
>>> e = Event(type="Attack", trigger="砲撃", start=12, end=14, locations=[Mention("市", 2, 3, "City")])
>>> out = corefer_events(t, [a, e])
>>> [(x.start, [m.text for m in x.locations], [(m.start, m.trigger) for m in x.told_again]) for x in out]
[(4, ['市'], [(12, '砲撃')])]
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Event, EventMention, Mention, Span
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.extract import vocab_ja_coref as C
from conflict_kg.extract.zones import in_zones, nonbody_ranges

__all__ = ["corefer_events", "referent", "same_happening", "ongoing", "share_arguments", "bare_noun", "determined",
           "distinct", "adds_nothing", "merge_into"]

# a one-kanji determiner (同) only at a word's start: "共同攻撃" is no back-reference
_DETERMINERS = "|".join(("(?<![一-龥])" if len(d) == 1 else "") + re.escape(d) for d in C.BACK_DETERMINERS)
_DETERMINER = re.compile("(?:" + _DETERMINERS + r")[一-龥ァ-ヶー]{0,4}$")
_HAPPENED = re.compile("(?:" + "|".join(map(re.escape, C.HAPPENED_BEFORE)) + r")[一-龥ァ-ヶー・]{0,6}$")
_HAPPENING = re.compile("(?:" + "|".join(map(re.escape, C.COMPOUND_TAILS)) + ")?(?:が|は|も)(?:"
                        + "|".join(map(re.escape, C.HAPPENING_VERBS)) + ")")
_LIGHT = re.compile("(?:" + "|".join(map(re.escape, C.COMPOUND_TAILS)) + ")?を(?:" + "|".join(map(re.escape, C.LIGHT_VERBS)) + ")")
_VERBAL = re.compile(r"(?:し|さ|す|せ|。)")
_YEAR = re.compile(r"(\d{4})年")
_CASE = re.compile("(?:" + _DETERMINERS + ")(?:" + "|".join(map(re.escape, C.CASE_NOUNS)) + ")")


def bare_noun(text: str, ev: Event) -> bool:
    """Is the trigger a noun with no predicate of its own: not a verb ("逮捕した", "突き落とし"), not a noun
    ending its sentence ("…を逮捕。"), not the subject of a verb of happening ("爆発が起きた") nor the object of a
    light verb ("抗議をした"), not the head of a relative clause of happening ("市で起きた爆弾事件")?

    >>> t = "犯行声明は、攻撃を続けるとしている。犯行声明が出された。"
    >>> bare_noun(t, Event("Attack", "犯行声明", 0, 4)), bare_noun(t, Event("Attack", "犯行声明", 18, 22))
    (True, False)
    """
    if not ev.trigger or not re.search(r"[一-龥ァ-ヶー]$", ev.trigger):
        return False  # a verb stem ("突き落とし", "を求め") is its own predicate
    after = text[ev.end : ev.end + 12]
    if _HAPPENED.search(text[max(0, ev.start - 12) : ev.start]):
        return False  # a relative clause is its predicate: "繁華街で起きた爆弾事件で"
    return not (_VERBAL.match(after) or _HAPPENING.match(after) or _LIGHT.match(after))


def determined(text: str, ev: Event) -> bool:
    """Does a determiner point back at the trigger noun ("この攻撃", "同事件", "これら一連の拉致事件")?

    >>> determined("この自爆テロ", Event("Attack", "テロ", 4, 6)), determined("自爆テロ", Event("Attack", "テロ", 2, 4))
    (True, False)
    """
    return bool(_DETERMINER.search(text[max(0, ev.start - C.NOUN_WINDOW) : ev.start]))


def distinct(text: str, ev: Event, host: Event) -> bool:
    """Does the noun phrase before the trigger make it another event than ``host`` ("別の攻撃", "2004年の合意"
    when ``host`` is of another year)?

    >>> h = Event("Agreement", "合意", 0, 2, date="2005-07-01")
    >>> distinct("前回の合意", Event("Agreement", "合意", 3, 5), h), distinct("1999年の合意", Event("Agreement", "合意", 6, 8), h)
    (True, True)
    """
    before = text[max(0, ev.start - C.NOUN_WINDOW) : ev.start]
    if any(w in before for w in C.DISTINCT_BEFORE):
        return True
    years = _YEAR.findall(before)
    return bool(years) and not (host.date or "").startswith(years[-1])


def _names(ms: list[Mention]) -> list[str]:
    return [n for m in ms for n in (m.text, m.antecedent) if n]


def _within(new: list[str], old: list[str]) -> bool:
    return all(any(x in y or y in x for y in old) for x in new)


def _dates_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def adds_nothing(ev: Event, host: Event) -> bool:
    """Does ``ev`` name no party, place or date that ``host`` lacks (a mention that tells nothing new)?"""
    parties = _names(host.agents + host.targets + host.participants)
    return (_within(_names(ev.agents + ev.targets + ev.participants), parties)
            and _within([m.text for m in ev.locations], [m.text for m in host.locations])
            and (not ev.date or ev.date == host.date))


def _apart(ev: Event, host: Event) -> bool:
    """Do the two name different dates or places none of which contains another?"""
    if not _dates_agree(ev.date, host.date):
        return True
    here, there = [m.text for m in ev.locations], [m.text for m in host.locations]
    return bool(here and there) and not any(x in y or y in x for x in here for y in there)


def merge_into(host: Event, ev: Event) -> None:
    """``host`` takes what it lacks of ``ev`` and keeps ``ev``'s span as a mention of itself."""
    for role in ("agents", "targets", "participants"):
        if not getattr(host, role):
            setattr(host, role, [m for m in getattr(ev, role) if m not in host.agents + host.targets])
    host.agent_descriptions = host.agent_descriptions or list(ev.agent_descriptions)
    host.target_descriptions = host.target_descriptions or list(ev.target_descriptions)
    host.locations = host.locations or list(ev.locations)
    host.date = host.date or ev.date
    host.fatalities = host.fatalities or ev.fatalities
    host.injuries = host.injuries or ev.injuries
    host.told_again.append(EventMention(ev.trigger, ev.start, ev.end, ev.sentence, ev.confidence, ev.extractor))
    host.told_again += ev.told_again


def _same_sentence(a: Event, b: Event) -> bool:
    return a.sentence is not None and b.sentence is not None and a.sentence.start == b.sentence.start


def referent(text: str, ev: Event, told: list[Event]) -> Event | None:
    """The earlier event of ``told`` (text order) that ``ev`` only refers back to, or ``None``: the latest of its
    type for a determiner's noun, the latest of its type and word for a bare noun that adds nothing."""
    if not bare_noun(text, ev):
        return None
    same = [h for h in told if h.type == ev.type and h.start < ev.start and not _same_sentence(h, ev)]
    if same and determined(text, ev):
        host = same[-1]
        return None if distinct(text, ev, host) or _apart(ev, host) else host
    if text.startswith(C.SETTING_TOLD.get(EVENT_SCHEMA[ev.type].family, ()), ev.end):
        return None  # "会談の冒頭、…": the meeting told again as the setting (seed gold)
    host = next((h for h in reversed(same) if h.trigger == ev.trigger), None)
    return host if host is not None and not distinct(text, ev, host) and adds_nothing(ev, host) else None


def corefer_events(text: str, events: list[Event]) -> list[Event]:
    """The events of a document (text order) with each bare back-reference merged into the event it refers to."""
    zones = nonbody_ranges(text)  # a related-article list or a source note tells no report of the body's event
    out: list[Event] = []
    for ev in events:
        host = None if in_zones(zones, ev.start) else referent(text, ev, [h for h in out if not in_zones(zones, h.start)])
        if host is not None:
            merge_into(host, ev)
            continue
        out.append(ev)
    body = [e for e in out if not in_zones(zones, e.start)]
    _case_mentions(text, body, zones)
    share_arguments(text, body)
    return out


def _parties_agree(a: list[Mention], b: list[Mention]) -> bool:
    x, y = _names(a), _names(b)
    return not x or not y or any(p in q or q in p for p in x for q in y)


def ongoing(text: str, ev: Event) -> bool:
    """Does the trigger's clause tell an ongoing or repeated series ("攻撃を続ける姿勢", "…が相次いでいます")?

    >>> ongoing("攻撃を続ける姿勢を貫いた。", Event("Attack", "攻撃", 0, 2)), ongoing("市を攻撃した。", Event("Attack", "攻撃", 2, 4))
    (True, False)
    """
    clause = re.split("[、。]", text[ev.end : ev.end + C.ONGOING_WINDOW], maxsplit=1)[0]
    return any(c in clause for c in C.ONGOING_AFTER)


def same_happening(text: str, ev: Event, host: Event) -> bool:
    """Is ``ev``, a record of its own, the happening ``host`` told earlier (same type and word class, nothing
    apart: dates, places, agents and targets agree where both state them, no word of another event)?"""
    return (ev.type == host.type and ev.type in C.RETOLD_TYPES and not _same_sentence(ev, host)
            and not distinct(text, ev, host) and not _apart(ev, host) and not ongoing(text, ev) and not ongoing(text, host)
            and _parties_agree(ev.agents, host.agents) and _parties_agree(ev.targets, host.targets))


def share_arguments(text: str, events: list[Event]) -> None:
    """Records of one happening told twice (each with its own predicate, so both kept) fill each other's
    missing targets and places (the later from the earlier, then the earlier from the later); the later takes
    the earlier's day.

    >>> from conflict_kg.kg.model import Event, Span
    >>> t = "軍は5日、東市を空爆した。空爆で住民が死亡した。"
    >>> a = Event("Attack", "空爆", 8, 10, date="2025-01-05", sentence=Span(0, 13, t[:13]))
    >>> e = Event("Attack", "空爆", 13, 15, sentence=Span(13, 24, t[13:]))
    >>> share_arguments(t, [a, e]); e.date
    '2025-01-05'
    """
    for k, ev in enumerate(events):
        host = next((h for h in reversed(events[:k]) if same_happening(text, ev, h)), None)
        if host is not None:
            _fill(ev, host)
            # the day goes forward only: a later sentence's day is often another report's or occasion's
            # (seed 002: the 2014 annexation would take a 2022 capture's year; dev 3579)
            _fill(host, ev, day=False)


def _other(ms: list[Mention], role: list[Mention]) -> list[Mention]:
    """``ms`` without the parties ``role`` names (by name: two mentions of one person are one party)."""
    names = _names(role)
    return [m for m in ms if not any(n in x or x in n for n in _names([m]) for x in names)]


def _fill(ev: Event, src: Event, day: bool = True) -> None:
    # not the agent: a re-telling's doer is often another party's (a rumour's suspect, a judge, an
    # investigator: dev 2297, 2410, 3645), while its victims, place and day are the happening's
    if not ev.targets and not ev.target_descriptions:
        ev.targets = _other(src.targets, ev.agents + src.agents)
        ev.target_descriptions = list(src.target_descriptions)
    ev.locations = ev.locations or list(src.locations)
    ev.date = ev.date or (src.date if day else None)


def _case_mentions(text: str, events: list[Event], zones: list[tuple[int, int]]) -> None:
    """"同事件", "この事件" after a violent event: a mention of the latest such event before it."""
    violent = [e for e in events if e.type in C.CASE_HOST_TYPES]
    for m in _CASE.finditer(text):
        if in_zones(zones, m.start()):
            continue
        host = next((e for e in reversed(violent) if e.end <= m.start()), None)
        if host is not None and not any(x.start == m.start() for x in host.told_again):
            a = text.rfind("。", 0, m.start()) + 1
            b = (text.find("。", m.end()) + 1) or len(text)
            host.told_again.append(EventMention(m.group(), m.start(), m.end(), Span(a, b, text[a:b]), 0.5, host.extractor))
