"""Japanese events (trigger words + dependency arguments) and claims.

An event is anchored at a trigger noun (``攻撃``, ``解放``, ``撃墜``…); its
arguments come from GiNZA's parse around the trigger's predicate (a Sino-
Japanese noun is usually the object of a light verb: ``攻撃を行った``):
``nsubj`` → agent, ``obj`` → target, place mentions of the clause → locations.

Claims: an event inside a statement's quote/content is *asserted* by the
speaker; bullets under a digest heading that names a party (``… 露国防省``,
``🔸 ゲラシモフ露軍参謀総長``) are asserted by that party; a denial sentence
(``否定``, ``事実ではない``) *denies* the earlier claim about the same place.
"""
from __future__ import annotations

import re

from kg.model import Claim, Event, Mention, Span, Statement

from kg.normalize import index_key

from extract import vocab_ja as V
from extract.ja_statements import Index, doc_dates

__all__ = ["extract_events", "extract_claims", "denied_after", "hypothetical"]

_TRIGGER_RE = re.compile("|".join(re.escape(t) for t, _, _ in V.EVENT_TRIGGERS))
_TRIGGER = {t: (ty, mode) for t, ty, mode in V.EVENT_TRIGGERS}
_QTY_RE = re.compile(r"(?:約|少なくとも|最大約?)?[0-9０-９][0-9０-９,，.]*(?:万|千|百)?(?:機|人|発|両|基|件|か所|隻|%|％)")
_INSTR_RE = re.compile("|".join(re.escape(w) for w, _ in V.INSTRUMENTS))
_INSTR_MODE = dict(V.INSTRUMENTS)
_BULLET = re.compile(r"^(?:[❗⚡🔸ℹ️・●■◆\u2757\u26a1\ufe0f\s]+)")
# Contested battlefield facts: what parties assert and deny in war reporting. Meetings or
# proposals mentioned inside a quote are reported speech, not claims worth disputing.
_CLAIM_TYPES = frozenset({"Attack", "Capture", "Interception", "CasualtyReport", "Mobilization"})
_LIGHT = frozenset({"行う", "実施", "する", "開く", "始める", "続ける", "受ける", "加える", "踏み切る"})
# Parse relations that carry a trigger to the verb whose arguments it shares.
_TO_PRED = frozenset({"obj", "nsubj", "obl", "compound", "nmod"})
# Nouns that look like triggers but here name documents/plans of no event ("計画的", "支援ルート").
_TRIGGER_BLOCK = re.compile(r"計画的|支援(?:ルート|する|を強化)|攻撃的|会議室|動員令")


# Negation right after a trigger, in its own predicate: "攻撃していない", "包囲はされていない",
# "制圧せず", "死者は出ていない". Only kana (and a few light-verb stems) may stand between, so
# the negation cannot belong to a later clause.
_NEGATED = re.compile(
    r"[をはもが]?(?:行|実施|確認|出|受け)?[ぁ-ゖ]{0,8}?(?:ない(?!か)|なかった|ず(?!つ)|ません|ておらず)"
)
# Obligation and conditionals are not negated facts: "支援しなければならない".
_NOT_NEGATION = re.compile(r"なけれ|なくて|ないと(?:いけ|なら)")
# A denial whose object is the trigger's clause: "制圧は事実ではない", "殺害したことを否定",
# "制圧されたとする記述も事実ではない", "制圧したとのロシアの発表を否定".
_DENIED = re.compile(
    r"(?:[ぁ-ゖ]{0,8}?(?:こと|の|と(?:の|する|いう)?(?:[一-龥ァ-ヶー]{1,8}の)?[一-龥ァ-ヶー]{0,6}))?"
    r"[をはもが]?(?:否定|事実ではな|事実でな|事実無根|虚偽|偽り|フェイク|うそ|嘘)"
)


def denied_after(text: str, end: int) -> bool:
    """Is the event noun ending at ``end`` negated or denied in its own clause?

    >>> denied_after("クピャンスクの制圧は事実ではない", 9), denied_after("攻撃していない", 2)
    (True, True)
    >>> denied_after("制圧したと報告した。これを否定", 2), denied_after("支援しなければならない", 2)
    (False, False)
    """
    m = _NEGATED.match(text, end)
    if m and not _NOT_NEGATION.search(m.group()):
        return True
    return bool(_DENIED.match(text, end))


# Future, intended or conditional events are not reported facts (the gold omits them):
# "協議する予定", "協議を行う見通し", "侵攻した場合", "制圧すれば", "協議したい", "協議が進むのかどうか",
# "動員に踏み切る可能性". Only the trigger's own clause (up to the next comma/stop/quote) is read.
_HYPO_AFTER = re.compile(
    r"[^、。「」]{0,14}?(?:予定|見通し|場合|[えけせてねへめれ]ば(?![かり])|可能性|し?たい(?:と|との)|かどうか|のか(?:どう)?"
    r"|ことを約束|方針|意向)"
)
# A time word before the trigger that points forward: "今後の攻撃", "近く協議", "来年1月…動員".
_HYPO_BEFORE = re.compile(r"(?:今後|近く|来年|来月|来週)[^、。「」]{0,12}$")


def hypothetical(text: str, start: int, end: int) -> bool:
    """Is the event noun at ``start:end`` future, intended or conditional in its own clause?

    >>> hypothetical("協議する予定という", 0, 2), hypothetical("制圧すれば、", 0, 2), hypothetical("制圧した", 0, 2)
    (True, True, False)
    """
    return bool(_HYPO_AFTER.match(text, end)) or bool(_HYPO_BEFORE.search(text[max(0, start - 14) : start]))


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

    def args(self, trig_pos: int, sent: Span) -> tuple[list[Mention], list[Mention]]:
        """(agents, targets) from nsubj/obj dependents of the trigger and its predicate."""
        tok = self.an.tok_at(trig_pos)
        if tok is None:
            return [], []
        heads = [tok]
        if tok.dep in _TO_PRED and tok.head != tok.i:
            heads.append(self.an.toks[tok.head])
        agents: list[Mention] = []
        targets: list[Mention] = []
        for h in heads:
            for t in self.an.toks:
                if t.head != h.i or t is h or not (sent.start <= t.start < sent.end):
                    continue
                m = self.ix.mention_at(t.start)
                if m is None:
                    continue
                if m.type == "Person":
                    m = self.ix.mention_at(m.start) or m
                if t.dep in ("nsubj", "nsubj:pass") and m not in agents:
                    agents.append(m)
                elif t.dep in ("obj", "iobj") and m not in targets:
                    targets.append(m)
                elif t.dep == "obl" and self.text[t.end : t.end + 4].startswith(("に対し", "への", "を")) and m not in targets:
                    targets.append(m)
        return agents, targets

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

    def topic_agent(self, sent: Span, before: int) -> Mention | None:
        for m in self.ix.mentions:
            if sent.start <= m.start < before and (m.type == "Person" or m.type in V.ORG_TYPES):
                if self.text[self.ix.phrase_end(m) : self.ix.phrase_end(m) + 1] in ("は", "が"):
                    return m
        return None

    def sentence(self, sent: Span, out: list[Event]) -> None:
        seen_types: set[str] = set()
        for m in _TRIGGER_RE.finditer(self.text, sent.start, sent.end):
            trig = m.group()
            if _TRIGGER_BLOCK.match(self.text, m.start()):
                continue
            typ, mode = _TRIGGER[trig]
            if typ in seen_types:
                continue
            tok = self.an.tok_at(m.start())
            if tok is not None and tok.start != m.start() and not trig.startswith(tok.text):
                continue  # inside another word
            if denied_after(self.text, m.end()):
                continue  # "制圧は事実ではない", "攻撃していない": not a reported event
            if hypothetical(self.text, m.start(), m.end()):
                # The sentence is about a future event of this type; a later trigger of the same
                # type there ("今後の攻撃について…攻撃を2回から3回行う") is the same prospect.
                seen_types.add(typ)
                continue
            seen_types.add(typ)
            agents, targets = self.args(m.start(), sent)
            if not agents:
                a = self.topic_agent(sent, m.start())
                if a is not None and a not in targets:
                    agents = [a]
            locs = [
                x for x in self.ix.mentions
                if sent.start <= x.start and x.end <= m.end() and x.type in V.PLACE_TYPES and x not in agents
            ]
            if typ in ("Capture", "Attack") and not targets:
                targets = self.bare_place_objects(m.start(), sent, attack=typ == "Attack")
                locs += [t for t in targets if t not in locs]
            if typ == "Capture":
                targets = [t for t in targets if t.type in V.PLACE_TYPES] or [x for x in locs if x.type != "Country"][-1:]
            participants = [x for x in self.ix.mentions if sent.start <= x.start < sent.end and x.type == "Person"
                             and x not in agents] if typ == "Meeting" else []
            # The event's date precedes its trigger ("29日に砲撃があり"); a date after the trigger
            # belongs to a later clause, usually the reporting verb ("攻撃について、…局長は29日").
            dates = doc_dates(self.text, sent.start, m.start(), self.doc_date)
            instr, imode = _instrument(self.text, sent.start, sent.end) if typ in ("Attack", "Interception") else (None, None)
            qtys = list(_QTY_RE.finditer(self.text, sent.start, sent.end))
            qty = min(qtys, key=lambda q: abs(q.start() - m.start())).group() if qtys and typ in (
                "Attack", "Interception", "CasualtyReport", "Aid", "Mobilization", "Capture") else None
            conf = 0.6 + 0.1 * bool(agents) + 0.1 * bool(locs or targets)
            out.append(
                Event(
                    type=typ, trigger=trig, start=m.start(), end=m.end(), agents=agents, targets=targets,
                    participants=participants, locations=locs, date=dates[-1][2] if dates else None,
                    instrument=instr, quantity=qty, mode=(mode or imode) if typ == "Attack" else None,
                    sentence=sent, confidence=round(conf, 2), extractor=self.ex,
                )
            )


def extract_events(ix: Index, doc_date: str | None, extractor: str) -> list[Event]:
    """Events of an analysed document, one per (sentence, event type), in text order."""
    ev = _Events(ix, doc_date, extractor)
    out: list[Event] = []
    for sent in ix.an.sents:
        ev.sentence(sent, out)
    return out


def _heading_party(ix: Index, sent: Span) -> Mention | None:
    """Party named at the end of a short heading line ('特別軍事作戦 …の概要 露国防省')."""
    body = _BULLET.sub("", sent.text)
    if len(body) > 40 or sent.text.endswith(("。", "」")) or not body:
        return None
    ms = [m for m in ix.mentions if sent.start <= m.start and m.end <= sent.end]
    if ms and (ms[-1].type == "Person" or ms[-1].type in V.ORG_TYPES):
        tail = ix.an.text[ix.phrase_end(ms[-1]) : sent.end].strip()
        if not tail:
            return ms[-1]
    return None


def extract_claims(
    ix: Index, events: list[Event], statements: list[Statement], doc_date: str | None, extractor: str
) -> list[Claim]:
    """Asserting claims (reported events, digest bullets) and denials, in text order."""
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
    claims.sort(key=lambda c: c.start)
    claims += _denials(ix, events, statements, claims, doc_date, extractor)
    return claims


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

        def typed(c: Claim) -> bool:
            return not types or (c.event_index is not None and events[c.event_index].type in types)

        earlier = [k for k in range(len(claims) - 1, -1, -1)
                   if claims[k].stance == "asserts" and claims[k].start < pos and claims[k].event_index is not None]
        target = None
        for rule in ("named", "specific", "broad", "refers", "nearest"):
            for k in earlier:
                c, ev = claims[k], events[claims[k].event_index]
                if rule == "named":
                    ok = bool(named) and c.claimant is not None and (c.claimant.antecedent or c.claimant.text) in named
                elif rule in ("specific", "broad"):
                    ev_specific, ev_broad = _place_keys(ev.locations + ev.targets)
                    want = specific if rule == "specific" else broad
                    ok = typed(c) and bool(want & (ev_specific if rule == "specific" else ev_broad | ev_specific))
                elif rule == "refers":
                    ok = prev is not None and typed(c) and prev.start <= c.start < sent.end
                else:
                    ok = bool(types) and not specific and not broad and typed(c)
                if ok:
                    target = k
                    break
            if target is not None:
                break
        if target is None and not types:
            continue  # "…と反論した" with nothing identifiable denied
        ev_idx = claims[target].event_index if target is not None else None
        if any(c.stance == "denies" and c.sentence == sent and c.event_index == ev_idx for c in claims + out):
            continue
        date = (doc_dates(text, sent.start, sent.end, doc_date) or [(0, 0, None)])[-1][2]
        out.append(Claim(claimant, "denies", sent.text, sent.start, sent.end, ev_idx, target, verb, date, sent, 0.6,
                         extractor))
    return out
