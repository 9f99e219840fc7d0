"""Japanese events (trigger words + dependency arguments) and claims.

An event is anchored at a trigger noun (``攻撃``, ``解放``, ``撃墜``…); its
arguments come from GiNZA's parse around the trigger's predicate (a Sino-
Japanese noun is usually the object of a light verb: ``攻撃を行った``):
``nsubj`` → agent (→ target when passive: ``市が占領され``), ``obj`` → target, place
mentions of the clause (and the place a relative clause modifies: ``制圧したマリウポリ``) →
locations. A trigger yields no event when its clause is negated or denied, future, intended or
conditional, a goal (``奪還に向け``), "amid reports" hearsay (``…と伝えられる中``), a topic
(``和平案について``) or an anaphoric re-mention (``この攻撃``); see :meth:`_Events.no_event` and the
clause cues in :mod:`conflict_kg.extract.ja_clauses`. The date is the event's own (:meth:`_Events.date`): not a
quote's, nor a battlefield report's.

Claims: an event inside a statement's quote/content is *asserted* by the
speaker; bullets under a digest heading that names a party (``… 露国防省``,
``🔸 ゲラシモフ露軍参謀総長``) are asserted by that party; a denial sentence
(``否定``, ``事実ではない``) *denies* the earlier claim about the same place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from conflict_kg.kg.model import Claim, Event, Mention, Span, Statement

from conflict_kg.kg.normalize import index_key
from conflict_kg.kg.schema import EVENT_SCHEMA, types_where

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.arguments import (
    casualties_ja, clean_roles, merge_same_sentence, reporters, separate_claimants, weapon_mentions,
)
from conflict_kg.extract.ja_clauses import (
    anaphoric, conditional_consequence, denied_after, future_nonpast, hearsay_frame, hypothetical, purpose,
    report_date, speech_boundary, topic_mention,
)
from conflict_kg.extract.ja_statements import Index, doc_dates

__all__ = ["extract_events", "extract_claims"]

_TRIGGER_RE = re.compile("|".join(re.escape(t) for t, _, _ in V.EVENT_TRIGGERS))
_TRIGGER = {t: (ty, mode) for t, ty, mode in V.EVENT_TRIGGERS}
_QTY_RE = re.compile(r"(?:約|少なくとも|最大約?)?[0-9０-９][0-9０-９,，.]*(?:万|千|百)?(?:機|人|発|両|基|件|か所|隻|%|％)")
_INSTR_RE = re.compile("|".join(re.escape(w) for w, _ in V.INSTRUMENTS))
_INSTR_MODE = dict(V.INSTRUMENTS)
_BULLET = re.compile(r"^(?:[❗⚡🔸ℹ️・●■◆\u2757\u26a1\ufe0f\s]+)")
# Contested battlefield facts (the schema's claimable types): what parties assert and deny in war
# reporting. Meetings or proposals mentioned inside a quote are reported speech, not claims.
_CLAIM_TYPES = types_where(claimable=True)
# Parse relations that carry a trigger to the verb whose arguments it shares.
_TO_PRED = frozenset({"obj", "nsubj", "obl", "compound", "nmod"})
# Longer words that start with a trigger but name no event ("攻撃的", "支援ルート", "逮捕状").
_TRIGGER_BLOCK = re.compile("|".join(map(re.escape, V.TRIGGER_BLOCKERS)))
_VERB_STEM_NOT_EVENT = re.compile(V.VERB_STEM_NOT_EVENT)


def _other_sense(text: str, sent: Span, typ: str) -> bool:
    """Does the sentence give the trigger another sense than a conflict event (a sports attack, a
    disaster's toll)? Cues per type in ``vocab_ja.SENSE_BLOCKS``."""
    return any(cue in text[sent.start : sent.end] for cue in V.SENSE_BLOCKS.get(typ, ()))


def _in_closed_quote(text: str, sent_start: int, pos: int, before: int) -> bool:
    """Is ``pos`` inside a 「…」 quote that closes before ``before``? A date inside a quote dates the
    quoted words, not an event the narrator reports after the quote."""
    depth = text.count("「", sent_start, pos) - text.count("」", sent_start, pos)
    return depth > 0 and "」" in text[pos:before]


_RANGE_SEP = re.compile(r"\s*(?:[~〜～\-－]|から)\s*")


def _instrument(text: str, s: int, e: int) -> tuple[str | None, str | None]:
    m = _INSTR_RE.search(text, s, e)
    if not m:
        return None, None
    instr, mode = m.group(), _INSTR_MODE[m.group()]
    name = re.match(r"「([^「」]{1,20})」", text[m.end() : m.end() + 24])
    if name:
        instr = f"{instr}「{name.group(1)}」"
    return instr, mode


class _Events:
    def __init__(self, ix: Index, doc_date: str | None, extractor: str):
        self.ix, self.an, self.text = ix, ix.an, ix.an.text
        self.doc_date, self.ex = doc_date, extractor

    def args(self, trig_pos: int, sent: Span, trig_end: int | None = None) -> tuple[list[Mention], list[Mention]]:
        """(agents, targets) from nsubj/obj dependents of the trigger and its predicate. The subject
        of a passive ("ヘルソンが占領され", "港が攻撃を受けた") is what the event happened to."""
        passive = trig_end is not None and self.text.startswith(V.PASSIVE_ENDINGS, trig_end)
        tok = self.an.tok_at(trig_pos)
        if tok is None:
            return [], []
        heads = [tok]
        if tok.dep in _TO_PRED and tok.head != tok.i:
            heads.append(self.an.toks[tok.head])
        found: dict[str, list[Mention]] = {"agent": [], "target": []}
        for h in heads:
            for t in self.an.toks:
                if t.head != h.i or t is h or not (sent.start <= t.start < sent.end):
                    continue
                m = self.mention_of(t, sent)
                role = self.role_of(t, passive)
                if m is not None and role is not None and m not in found[role]:
                    found[role].append(m)
        return found["agent"], found["target"]

    def role_of(self, t, passive: bool) -> str | None:
        """The role a dependent fills by the frame table ``V.DEP_ROLES``: a passive subject is the
        target; an oblique followed by a target particle ("キーウに対して") is the target."""
        role = V.DEP_ROLES.get(t.dep)
        if role == "agent" and passive:
            return "target"
        if role is None and t.dep == "obl" and self.text[t.end : t.end + 4].startswith(V.TARGET_PARTICLES):
            return "target"
        return role

    def mention_of(self, t, sent: Span) -> Mention | None:
        """The mention a dependent token names: one at the token, or one right before its head noun
        ("吉田剛容疑者": the name before 容疑者, "ロシア軍部隊")."""
        m = self.ix.mention_at(t.start)
        if m is None:
            m = next((x for x in self.ix.mentions if x.end == t.start and x.start >= sent.start), None)
        if m is not None and m.type == "Person":
            m = self.ix.mention_at(m.start) or m
        return m

    def bare_place_objects(self, trig_pos: int, sent: Span, attack: bool = False) -> list[Mention]:
        """Katakana place names GiNZA missed, as the を-object of a capture ("クピャンスクを制圧")."""
        out = []
        for m in re.finditer(r"([ァ-ヶー]{3,})(?:市)?(?:を|に対し|への|の\d+[%％])", self.text[sent.start : trig_pos]):
            s, e = sent.start + m.start(1), sent.start + m.end(1)
            if s > 0 and re.match(r"[ァ-ヶー・]", self.text[s - 1]):
                continue
            ex = self.ix.mention_at(s)
            toks = self.an.toks_in(s, e)
            # Attack objects are often common katakana nouns ("インフラを攻撃"); only proper nouns there.
            if ex is None and attack and not any("固有名詞" in t.tag for t in toks):
                continue
            if ex is not None:
                if ex.type in V.PLACE_TYPES:
                    out.append(ex)
                continue
            nm = Mention(self.text[s:e], s, e, "Settlement", "rule:capture-object", sent, 0.55, self.ex)
            self.ix.mentions.append(nm)
            out.append(nm)
        return out

    def head_place(self, trig_end: int) -> Mention | None:
        """The place a relative clause ending in the trigger modifies: "制圧したマリウポリ"."""
        rel = re.match(r"(?:し|され)た", self.text[trig_end : trig_end + 3])
        if not rel:
            return None
        m = self.ix.mention_at(trig_end + rel.end())
        return m if m is not None and m.start == trig_end + rel.end() and m.type in V.PLACE_TYPES else None

    def topic_agent(self, sent: Span, before: int) -> Mention | None:
        return _topic_party(self.ix, sent, before)

    def no_event(self, sent: Span, start: int, end: int, typ: str, out: list[Event]) -> str | None:
        """Why the trigger at ``start:end`` yields no event: "prospect" (future, intended or
        conditional: it also claims the type for the sentence), "skip" (a later trigger may be the
        event), or ``None``."""
        text = self.text
        if (hypothetical(text, start, end) or future_nonpast(text, end)
                or conditional_consequence(text, sent.start, start, end)):
            return "prospect"
        if purpose(text, end) or hearsay_frame(text, end):
            return "skip"  # a goal ("奪還に向け") or background hearsay ("…と伝えられる中")
        if anaphoric(text, start) and any(e.type == typ for e in out):
            return "skip"  # "同市の解放", "この攻撃": an event of this type was already reported
        doc_noun = EVENT_SCHEMA[typ].document_noun
        if topic_mention(text, end, doc=doc_noun) and (doc_noun or any(
                _TRIGGER[x.group()][0] == typ for x in _TRIGGER_RE.finditer(text, end, sent.end))):
            return "skip"  # "動員を巡っては…予備役の動員を完了した": the clause names the event later
        return None

    def date(self, sent: Span, start: int, end: int, typ: str) -> str | None:
        """The event's own date: the nearest date before its trigger ("29日に砲撃があり"; a date after
        it belongs to a later clause, usually the reporting verb), not inside a quote or before a
        finished quote's reporting verb."""
        dates = [d for d in doc_dates(self.text, speech_boundary(self.text, sent.start, start), start, self.doc_date)
                 if not _in_closed_quote(self.text, sent.start, d[0], start)]
        # A battlefield claim is announced after the fact: "Xは20日、…を制圧したと報告した" dates
        # the report (the claim keeps it), not the capture. Only a day is a news day: "ことし10月、
        # …動員を完了したと発表" dates the completion too.
        if (dates and typ in _CLAIM_TYPES and len(dates[-1][2]) == 10
                and report_date(self.text, sent.start, dates[-1][0], dates[-1][1], end)):
            return None
        # A span "22年3月7日~4月1日" / "29日から30日にかけて": the start carries the year and is
        # when the event began (a partial end date is resolved without the start's year).
        if len(dates) >= 2 and _RANGE_SEP.fullmatch(self.text, dates[-2][1], dates[-1][0]):
            return dates[-2][2]
        return dates[-1][2] if dates else None

    def triggers(self, sent: Span, out: list[Event]) -> Iterator[tuple[re.Match, str, str | None]]:
        """The triggers of ``sent`` that report an event: (match, type, mode), one per type."""
        seen_types: set[str] = set()
        for m in _TRIGGER_RE.finditer(self.text, sent.start, sent.end):
            trig = m.group()
            if _TRIGGER_BLOCK.match(self.text, m.start()) or self.text.startswith(V.NOT_EVENT_AFTER, m.end()):
                continue  # "逮捕状", "計画的": a longer word; "放火の容疑": a charge, not an event
            if trig in V.VERB_STEM_TRIGGERS and _VERB_STEM_NOT_EVENT.match(self.text, m.end()):
                continue  # "譲歩を求める内容": a non-past verb describing a noun names no event
            typ, mode = _TRIGGER[trig]
            if typ in seen_types or _other_sense(self.text, sent, typ):
                continue
            tok = self.an.tok_at(m.start())
            if tok is not None and tok.start != m.start() and not trig.startswith(tok.text):
                continue  # inside another word
            if denied_after(self.text, m.end()):
                continue  # "制圧は事実ではない", "攻撃していない": not a reported event
            why = self.no_event(sent, m.start(), m.end(), typ, out)
            if why == "prospect":
                # The sentence is about a future event of this type; a later trigger of the same
                # type there ("今後の攻撃について…攻撃を2回から3回行う") is the same prospect.
                seen_types.add(typ)
            if why:
                continue
            seen_types.add(typ)
            yield m, typ, mode

    def roles(self, m: re.Match, typ: str, sent: Span) -> tuple[list[Mention], list[Mention], list[Mention]]:
        """(agents, targets, locations) of the trigger ``m`` as its type's schema row allows."""
        row = EVENT_SCHEMA[typ]
        agents, targets = self.args(m.start(), sent, m.end())
        if not agents:
            a = self.topic_agent(sent, m.start())
            if a is not None and a not in targets:
                agents = [a]
        locs = [x for x in self.ix.mentions
                if sent.start <= x.start and x.end <= m.end() and x.type in V.PLACE_TYPES and x not in agents]
        head = self.head_place(m.end())
        if head is not None and head not in targets:
            targets.append(head)
            locs.append(head)
        if row.place_target and not targets:
            # A place can be what was shelled or taken; katakana common nouns are objects only of
            # a type whose target is always a place ("インフラを攻撃" names no place).
            targets = self.bare_place_objects(m.start(), sent, attack=row.target_kind != "place")
            locs += [t for t in targets if t not in locs]
        if row.target_kind == "place":
            targets = [t for t in targets if t.type in V.PLACE_TYPES] or [x for x in locs if x.type != "Country"][-1:]
        return agents, targets, locs

    def event(self, m: re.Match, typ: str, mode: str | None, sent: Span) -> Event:
        """The event of trigger ``m``: its roles, instrument, quantity, mode and date."""
        row = EVENT_SCHEMA[typ]
        agents, targets, locs = self.roles(m, typ, sent)
        participants = [x for x in self.ix.mentions if sent.start <= x.start < sent.end and x.type == "Person"
                        and x not in agents] if row.participants == "all" else []
        instr, imode = _instrument(self.text, sent.start, sent.end) if row.instrument else (None, None)
        qtys = list(_QTY_RE.finditer(self.text, sent.start, sent.end)) if row.quantity else []
        qty = min(qtys, key=lambda q: abs(q.start() - m.start())).group() if qtys else None
        conf = 0.6 + 0.1 * bool(agents) + 0.1 * bool(locs or targets)
        ev = Event(
            type=typ, trigger=m.group(), start=m.start(), end=m.end(), agents=agents, targets=targets,
            participants=participants, locations=locs, date=self.date(sent, m.start(), m.end(), typ),
            instrument=instr, quantity=qty, mode=(mode or imode) if row.mode else None,
            sentence=sent, confidence=round(conf, 2), extractor=self.ex,
        )
        if row.instrument:
            ev.instruments = weapon_mentions(self.ix.mentions, self.text, sent, "ja", self.ex)
        if row.casualties:
            ev.fatalities, ev.injuries = casualties_ja(self.text, sent.start, sent.end)
        ev.reported_by = reporters(self.ix.mentions, self.text, sent, "ja", self.ex)
        return clean_roles(ev, "ja")

    def sentence(self, sent: Span, out: list[Event]) -> None:
        for m, typ, mode in self.triggers(sent, out):
            out.append(self.event(m, typ, mode, sent))


def extract_events(ix: Index, doc_date: str | None, extractor: str) -> list[Event]:
    """Events of an analysed document, one per (sentence, event type), in text order.

    >>> from conflict_kg.extract.ja import EXTRACTOR, context_ja_text
    >>> ix = context_ja_text("ロシア軍は20日、ハルキウを砲撃した。")
    >>> [(e.type, e.trigger, [m.text for m in e.agents], [m.text for m in e.locations], e.mode, e.date)
    ...  for e in extract_events(ix, "2025-11-21", EXTRACTOR)]
    [('Attack', '砲撃', ['ロシア軍'], ['ハルキウ'], 'shelling', '2025-11-20')]
    """
    ev = _Events(ix, doc_date, extractor)
    out: list[Event] = []
    for sent in ix.an.sents:
        ev.sentence(sent, out)
    return merge_same_sentence(out)


def _heading_party(ix: Index, sent: Span) -> Mention | None:
    """Party named at the end of a short heading line ('特別軍事作戦 …の概要 露国防省')."""
    body = _BULLET.sub("", sent.text)
    if len(body) > 40 or sent.text.endswith(("。", "」")) or not body:
        return None
    # The party is the name whose phrase (with its title) ends the line: in "🔸 ゲラシモフ露軍参謀総長"
    # that is ゲラシモフ, not 露軍 inside his title.
    for m in ix.mentions:
        if sent.start <= m.start and m.end <= sent.end and (m.type == "Person" or m.type in V.ORG_TYPES):
            if not ix.an.text[ix.phrase_end(m) : sent.end].strip():
                return m
    return None


def extract_claims(
    ix: Index, statements: list[Statement], events: list[Event], doc_date: str | None, extractor: str
) -> list[Claim]:
    """Asserting claims (reported events, digest bullets, "…と報告") and denials, in text order.
    Arguments in the English extractor's order (context, statements, events)."""
    text = ix.an.text
    claims: list[Claim] = []
    claimed: set[int] = set()
    for st in statements:
        claimant = st.speaker or st.speaker_org
        for k, e in enumerate(events):
            if k in claimed or not (st.quote_start <= e.start < st.quote_end) or e.type not in _CLAIM_TYPES:
                continue
            stance = "denies" if st.verb == "否定する" else "asserts"
            claimed.add(k)
            claims.append(Claim(claimant, stance, st.quote, st.quote_start, st.quote_end, k, None, st.verb, st.date or e.date,
                                st.sentence, 0.65, extractor))
    # Digest sections: bullets under a heading naming the party.
    party: Mention | None = None
    for sent in ix.an.sents:
        hp = _heading_party(ix, sent)
        if hp is not None:
            party = hp
            continue
        if not _BULLET.match(sent.text) and not sent.text.startswith("・"):
            if not re.match(r"^[ℹ⚡]", sent.text):
                party = None
            continue
        if party is None:
            continue
        for k, e in enumerate(events):
            if k not in claimed and sent.start <= e.start < sent.end:
                claimed.add(k)
                claims.append(Claim(party, "asserts", sent.text, sent.start, sent.end, k, None, None,
                                    e.date or (doc_dates(text, sent.start, sent.end, doc_date) or [(0, 0, None)])[-1][2],
                                    sent, 0.6, extractor))
    claims += _reported_claims(ix, events, claimed, extractor)
    claims.sort(key=lambda c: c.start)
    claims += _denials(ix, events, statements, claims, doc_date, extractor)
    separate_claimants(events, claims)
    return claims


# "…を掌握したとプーチン大統領に報告しました", "…を制圧したと発表": the clause of a claimable event
# ends in と + a claim verb of the same sentence (no quote between): the party reports it.
_REPORTED = re.compile(r"[^。「」]{0,12}?と(?:も|して)?[^。「」、]{0,16}?(" + "|".join(map(re.escape, V.CLAIM_VERBS)) + ")")


def _reported_claims(ix: Index, events: list[Event], claimed: set[int], extractor: str) -> list[Claim]:
    """Asserting claims of battlefield events told as a party's report in the narrator's sentence
    (no statement was found for it: an unnamed speaker such as "ロシア軍の参謀総長"). The claimant is
    the sentence's topic party before the trigger, else unnamed."""
    text = ix.an.text
    out = []
    for k, e in enumerate(events):
        if k in claimed or e.type not in _CLAIM_TYPES or e.sentence is None:
            continue
        m = _REPORTED.match(text, e.end, e.sentence.end)
        if m is None:
            continue
        claimant = _topic_party(ix, e.sentence, e.start)
        claimed.add(k)
        out.append(Claim(claimant, "asserts", e.sentence.text, e.sentence.start, e.sentence.end, k, None, m.group(1),
                         e.date, e.sentence, 0.6, extractor))
    return out


def _topic_party(ix: Index, sent: Span, before: int) -> Mention | None:
    """The first person or organisation marked as topic or subject (は/が) before ``before``, or the
    organisation of an unnamed title that is ("ロシア軍の参謀総長は" -> ロシア軍)."""
    text = ix.an.text
    for m in ix.mentions:
        if sent.start <= m.start < before and (m.type == "Person" or m.type in V.ORG_TYPES):
            end = ix.phrase_end(m)
            if text[end : end + 1] in ("は", "が") or (m.type != "Person" and _ORG_TITLE_TOPIC.match(text, end)):
                return m
    return None


_ORG_TITLE_TOPIC = re.compile("の(?:" + "|".join(map(re.escape, V.TITLES)) + ")(?:は|が)")


_DENIAL_RE = re.compile("|".join(map(re.escape, V.DENIAL_WORDS)))
_REFERS = re.compile(r"これ|この|こうした|その")
# "ゲラシモフ参謀総長の報告を否定": the denial names whose report it denies.
_REPORT_NOUN = re.compile(r"の(?:報告|主張|発表|声明|説明|発言)")
# Regions and countries contain many claimed places: a match on them is weaker evidence.
_BROAD_PLACES = frozenset({"AdministrativeRegion", "Location"})


def _place_keys(ms: list[Mention]) -> tuple[set[str], set[str]]:
    """(specific, broad) normalized place keys; countries say nothing about which claim."""
    specific, broad = set(), set()
    for m in ms:
        if m.type not in V.PLACE_TYPES or m.type == "Country":
            continue
        k = index_key(re.sub(r"(?<=[ァ-ヶー])市$", "", m.text))
        if k:
            (broad if m.type in _BROAD_PLACES else specific).add(k)
    return specific, broad


@dataclass
class _DenialCues:
    """What a denial sentence says about the claim it denies."""

    types: set[str]  # event types denied ("制圧は事実ではない")
    named: set[str]  # persons whose report is named ("ゲラシモフ氏の報告を否定")
    specific: set[str]  # specific places named in the denial
    broad: set[str]  # regions and other broad places named
    prev: Span | None  # the sentence "これ/この" refers to
    sent: Span


def _disputed(claims: list[Claim], events: list[Event], earlier: list[int], cues: _DenialCues) -> int | None:
    """The earlier asserting claim a denial disputes, by the first rule that finds one: the named
    person's; one of the denied type about a specific place named, then a broad one; one in the
    sentence referred to; the nearest of the denied type when no place is named."""
    def typed(c: Claim) -> bool:
        return not cues.types or (c.event_index is not None and events[c.event_index].type in cues.types)

    def holds(rule: str, c: Claim, ev: Event) -> bool:
        if rule == "named":
            return bool(cues.named) and c.claimant is not None and (c.claimant.antecedent or c.claimant.text) in cues.named
        if rule in ("specific", "broad"):
            ev_specific, ev_broad = _place_keys(ev.locations + ev.targets)
            want, have = (cues.specific, ev_specific) if rule == "specific" else (cues.broad, ev_broad | ev_specific)
            return typed(c) and bool(want & have)
        if rule == "refers":
            return cues.prev is not None and typed(c) and cues.prev.start <= c.start < cues.sent.end
        return bool(cues.types) and not cues.specific and not cues.broad and typed(c)

    for rule in ("named", "specific", "broad", "refers", "nearest"):
        for k in earlier:
            if holds(rule, claims[k], events[claims[k].event_index]):
                return k
    return None


def _denials(
    ix: Index, events: list[Event], statements: list[Statement], claims: list[Claim], doc_date: str | None,
    extractor: str,
) -> list[Claim]:
    """Denial claims: a denial word ("否定", "事実ではない") or, inside reported speech, a negated
    claim-type event ("包囲はされていない").

    The disputed claim is the earlier asserting claim, in this order: by the person whose report
    is named ("ゲラシモフ氏の報告を否定"); of the denied event type about a place named in the
    denial; the one in the sentence "これ/この" refers to; the nearest of the denied type when no
    place is named. The denial is about the disputed claim's event (the denied clause itself
    yields no event)."""
    text = ix.an.text
    sents = ix.an.sents
    out: list[Claim] = []
    for si, sent in enumerate(sents):
        same = [st for st in statements if st.sentence == sent]
        denied = [(m.start(), _TRIGGER[m.group()][0]) for m in _TRIGGER_RE.finditer(text, sent.start, sent.end)
                  if _TRIGGER[m.group()][0] in _CLAIM_TYPES and denied_after(text, m.end())]
        dm = _DENIAL_RE.search(text, sent.start, sent.end)
        if dm is not None:
            pos, verb = dm.start(), dm.group()
        else:
            # Negation counts only in what a party says, not in the reporter's narrative.
            spoken = [(p, st) for p, _t in denied for st in same if st.quote_start <= p < st.quote_end]
            if not spoken:
                continue
            pos, verb = spoken[0][0], spoken[0][1].verb
        speaker_st = next((st for st in same if st.quote_start <= pos < st.quote_end or st.start <= pos < st.end), None)
        speaker_st = speaker_st or (same[0] if same else None)
        claimant = (speaker_st.speaker or speaker_st.speaker_org) if speaker_st else None
        if claimant is None:
            for m in ix.mentions:
                if sent.start <= m.start < pos and (m.type == "Person" or m.type in V.ORG_TYPES):
                    if (text[ix.phrase_end(m) : ix.phrase_end(m) + 1] in ("は", "が")
                            or text.startswith("(", ix.phrase_end(m))):
                        claimant = m
                        break
        types = {t for _p, t in denied}
        own = [m for m in ix.mentions if sent.start <= m.start < sent.end and m is not claimant]
        specific, broad = _place_keys(own)
        named = {(m.antecedent or m.text) for m in own if m.type == "Person" and _REPORT_NOUN.match(text, ix.phrase_end(m))}
        prev = sents[si - 1] if si > 0 and _REFERS.search(text, sent.start, pos) else None

        earlier = [k for k in range(len(claims) - 1, -1, -1)
                   if claims[k].stance == "asserts" and claims[k].start < pos and claims[k].event_index is not None]
        target = _disputed(claims, events, earlier, _DenialCues(types, named, specific, broad, prev, sent))
        if target is None and not types:
            continue  # "…と反論した" with nothing identifiable denied
        ev_idx = claims[target].event_index if target is not None else None
        if any(c.stance == "denies" and c.sentence == sent and c.event_index == ev_idx for c in claims + out):
            continue
        date = (doc_dates(text, sent.start, sent.end, doc_date) or [(0, 0, None)])[-1][2]
        out.append(Claim(claimant, "denies", sent.text, sent.start, sent.end, ev_idx, target, verb, date, sent, 0.6,
                         extractor))
    return out
