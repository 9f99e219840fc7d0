"""Japanese event type and frame checks (sixth session): which type a sentence's toll is, and whether an event's
sentence fits its type's frame.

Small pure functions over the text and the event records (tables in :mod:`conflict_kg.extract.vocab_ja_frames`,
the generated dev reliability table :mod:`conflict_kg.extract.vocab_ja_reliability`), run once over a document's
events by :func:`conflict_kg.extract.ja_events.extract_events` (:func:`type_pass`):

- *tolls by type*: a toll told in the same ``。``-sentence as an attack is that attack's figure; a toll told
  inside an arrest, a request or an accusation that is the sentence's predicate is the content of that act;
  a toll whose words go on to name the incident ("…人が負傷する事件が起きている") is the attack itself;
- *frame fit*: an event needs at least one filler of its type's frame in its sentence (a detainee or an
  arresting body, a target, weapon, place or doer of an attack, the parties of a meeting);
- *compound heads*: of two trigger nouns written as one compound ("支援要請"), the last names the event;
- *document domain*: in a sports report, a violent word names a move of the game unless its sentence names a
  crime or a weapon;
- *trigger reliability*: a trigger word wrong more often than right on dev needs a stronger frame (two kinds
  of filler, or its type's core party).
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Event

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract import vocab_ja_frames as F
from conflict_kg.extract.arguments import take_parties
from conflict_kg.extract.ja_clauses import anaphoric
from conflict_kg.extract.vocab_ja_more_triggers import VERB_LEMMAS, verb_stems
from conflict_kg.extract.vocab_ja_reliability import RELIABILITY

__all__ = ["type_pass", "fillers", "frame_fit", "reliable", "trigger_lemma", "toll_types", "compound_modifier",
           "sports_move", "described"]

# the dictionary form of each tabled verb stem ("刺さ" -> "刺す"): reliability is counted per lemma
_LEMMA = {s: lemma for rows in VERB_LEMMAS.values() for lemma, ichidan, _ in rows for s in verb_stems(lemma, ichidan)}
_HEAD_RE = re.compile("|".join(re.escape(t) for t, typ, _ in sorted(V.EVENT_TRIGGERS, key=lambda r: -len(r[0]))
                               if typ in F.HEAD_TYPES and not t.startswith(("を", "と", "に"))))
_HEAD_TYPE = {t: typ for t, typ, _ in V.EVENT_TRIGGERS}
# a violent trigger noun framing the sentence as its topic ("15日の爆破事件では、"): the told attack of its toll
_ATTACK_WORDS = [t for t, typ, _ in sorted(V.EVENT_TRIGGERS, key=lambda r: -len(r[0])) if typ == "Attack"]
_INCIDENT_TOPIC = re.compile("(?:" + "|".join(map(re.escape, _ATTACK_WORDS)) + ")(?:"
                             + "|".join(map(re.escape, F.INCIDENT_TOPIC_AFTER)) + ")")
_CAUSE = re.compile("(?:" + "|".join(map(re.escape, F.TOLL_CAUSE_CUES)) + ")(?:" + "|".join(
    map(re.escape, F.TOLL_CAUSE_PARTICLES)) + ")")
_COUNT = re.compile(r"[0-9０-９][0-9０-９,，]*(?:人|名)")
_CO_PARTY = re.compile("(?:" + "|".join(map(re.escape, F.CO_PARTY_BEFORE)) + ")$")


def trigger_lemma(trigger: str) -> str:
    """The table word a reliability count is kept under: a verb stem's dictionary form, else the trigger.

    >>> trigger_lemma("刺さ"), trigger_lemma("逮捕")
    ('刺す', '逮捕')
    """
    return _LEMMA.get(trigger, trigger)


def _period_span(text: str, pos: int) -> tuple[int, int]:
    """The ``。``-delimited stretch around ``pos`` (GiNZA may split it finer)."""
    return text.rfind("。", 0, pos) + 1, (text.find("。", pos) + 1) or len(text)


def fillers(text: str, ev: Event) -> set[str]:
    """The kinds of frame filler (:data:`vocab_ja_frames.FRAME_FILLERS`) that the event and its sentence give.

    >>> from conflict_kg.kg.model import Event
    >>> t = "両政府は和平で合意した。"
    >>> sorted(fillers(t, Event(type="Agreement", trigger="合意", start=7, end=9)))
    ['co_party', 'cue']
    """
    a, b = _period_span(text, ev.start)
    sent = text[a:b]
    out = {k for k, on in (("agent", ev.agents or ev.agent_descriptions),
                           ("target", ev.targets or ev.target_descriptions), ("party", ev.participants),
                           ("place", ev.locations), ("weapon", ev.instruments or ev.instrument),
                           ("figure", ev.fatalities or ev.injuries)) if on}
    if any(c in sent for c in F.FRAME_CUES.get(ev.type, ())):
        out.add("cue")
    if _COUNT.search(sent):
        out.add("figure")  # "人的損失は約1370人": a count the toll parser did not take
    before = text[a : ev.start]
    if _CO_PARTY.search(before) or any(w in before for w in F.CO_PARTY_IN_SENTENCE + F.PLURAL_PARTY_WORDS):
        out.add("co_party")
    return out & set(F.FRAME_FILLERS.get(ev.type, out))


def frame_fit(text: str, ev: Event, strong: bool = False) -> bool:
    """Does the event's sentence fill its type's frame (``strong``: with two kinds of filler, or a core party of
    :data:`vocab_ja_frames.STRONG_FILLERS`)? Without ``strong``, a type outside
    :data:`vocab_ja_frames.FRAME_REQUIRED` always fits.

    >>> from conflict_kg.kg.model import Event
    >>> t = "議会は辞職に同意した。"
    >>> frame_fit(t, Event(type="Agreement", trigger="同意", start=6, end=8))
    False
    >>> frame_fit("会議は方針を出した。", Event(type="Meeting", trigger="会議", start=0, end=2), strong=True)
    False
    """
    if ev.type not in F.FRAME_REQUIRED and not strong:
        return True
    got = fillers(text, ev)
    if not strong:
        return bool(got)
    return len(got) >= 2 or bool(got & set(F.STRONG_FILLERS.get(ev.type, ())))


def reliable(trigger: str, table: dict[str, tuple[int, int]] = RELIABILITY) -> bool:
    """Is the trigger's word not known to be wrong more often than right on dev (``table``: lemma -> (right,
    predicted))? A word dev never saw is reliable (:data:`vocab_ja_frames.UNRELIABLE_BELOW`).

    >>> reliable("逮捕", {"逮捕": (26, 26)}), reliable("会議", {"会議": (0, 4)}), reliable("未知", {})
    (True, False, True)
    """
    right, seen = table.get(trigger_lemma(trigger), (0, 0))
    return seen < F.UNRELIABLE_MIN_EVENTS or right >= F.UNRELIABLE_BELOW * seen


def toll_types(text: str, events: list[Event]) -> list[Event]:
    """Tolls by the type of their ``。``-sentence: one told with an attack is that attack's figure (merged), one
    told before the act of an arrest, a request or an accusation is that act's content (dropped), one whose
    words go on to name the incident is the attack itself (retyped).

    >>> from conflict_kg.kg.model import Event
    >>> t = "女性が死亡したとして男を逮捕した。"
    >>> [e.type for e in toll_types(t, [Event(type="CasualtyReport", trigger="死亡", start=3, end=5),
    ...                                 Event(type="Arrest", trigger="逮捕", start=12, end=14)])]
    ['Arrest']
    """
    out: list[Event] = []
    for ev in events:
        if ev.type not in F.TOLL_TYPES:
            out.append(ev)
            continue
        span = _period_span(text, ev.start)
        hosts = [h for h in events if h is not ev and h.type in F.TOLL_HOST_TYPES
                 and _period_span(text, h.start) == span and (h.type == "Attack" or h.start > ev.start)]
        attack = next((h for h in hosts if h.type == "Attack"), None)
        if attack is not None:
            attack.fatalities = attack.fatalities or ev.fatalities
            attack.injuries = attack.injuries or ev.injuries
            take_parties(attack, ev)
        elif not hosts:
            if _told_attack(text, ev, span[0], any(e.type == "Attack" and e.start < ev.start for e in events)):
                ev.type = "Attack"
            out.append(ev)
    return out


def _told_attack(text: str, ev: Event, sent_start: int, attack_before: bool) -> bool:
    """Is the toll how the text tells the attack itself: its words go on to name the incident ("…21人が負傷する
    事件が起きている"), its sentence is framed by a new incident ("15日の爆破事件では、…2人が負傷した"), or it names a
    weapon as the cause ("爆弾により46人が負傷した") before any attack is told?"""
    if text.startswith(F.TOLL_INCIDENT_AFTER, ev.end) and fillers(text, ev) - {"cue"}:
        return True
    topic = _INCIDENT_TOPIC.search(text, sent_start, ev.start)
    if topic is not None and not anaphoric(text, topic.start()):
        return True
    return not attack_before and _CAUSE.search(text, sent_start, ev.start) is not None


def compound_modifier(text: str, ev: Event) -> bool:
    """Does the event's noun modify a trigger noun of another, heading type written right after it ("支援要請":
    the request is the event, the aid its content)?

    >>> from conflict_kg.kg.model import Event
    >>> compound_modifier("他国への支援要請も行った。", Event(type="Aid", trigger="支援", start=4, end=6))
    True
    """
    m = _HEAD_RE.match(text, ev.end)
    return m is not None and _HEAD_TYPE[m.group()] != ev.type


_COPULA = re.compile(r"(?:事件|行為|の一環)?(?:" + "|".join(map(re.escape, F.COPULA_AFTER)) + ")")


def described(text: str, ev: Event) -> bool:
    """Is the event's noun the predicate of a copula, a description rather than an act told ("…への抗議だった":
    a motive; "これはテロだ": a label), unless it is a judging word (:data:`vocab_ja_frames.COPULA_EXEMPT`)?

    >>> from conflict_kg.kg.model import Event
    >>> described("「騒音への抗議だった」と話した。", Event(type="Accusation", trigger="抗議", start=5, end=7))
    True
    >>> described("住民投票は残念だ。", Event(type="Accusation", trigger="残念", start=5, end=7))
    False
    """
    return _COPULA.match(text, ev.end) is not None and not ev.trigger.startswith(F.COPULA_EXEMPT)


def sports_move(text: str, ev: Event) -> bool:
    """Is a violent event's word a move of the game: a document whose lead is a sports report, and a sentence
    that names no crime or weapon?

    >>> from conflict_kg.kg.model import Event
    >>> t = "五輪で金メダルを獲得した。試合は接戦。最後に相手のタックルを捕まえた。"
    >>> sports_move(t, Event(type="Arrest", trigger="捕まえ", start=29, end=32))
    True
    """
    if ev.type not in F.DOMAIN_TYPES:
        return False
    lead_end = text.find("。", text.find("。") + 1)
    if not any(c in text[: lead_end if lead_end > 0 else len(text)] for c in F.SPORTS_LEAD):
        return False
    a, b = _period_span(text, ev.start)
    return not any(c in text[a:b] for c in F.DOMAIN_SENTENCE_CUES)


def type_pass(text: str, events: list[Event], table: dict[str, tuple[int, int]] = RELIABILITY) -> list[Event]:
    """The document's events with tolls typed by their sentence (:func:`toll_types`), and without the events whose
    sentence does not fit their frame -- a strong fit for a trigger word not reliable on dev (:func:`reliable`) --,
    whose noun is the content of another event's (:func:`compound_modifier`) or a move of a game
    (:func:`sports_move`)."""
    return [e for e in toll_types(text, events) if frame_fit(text, e, strong=not reliable(e.trigger, table))
            and not compound_modifier(text, e) and not sports_move(text, e) and not described(text, e)]
