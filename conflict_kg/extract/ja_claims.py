"""Japanese claims: who asserts or denies the events of a document.

An event inside a statement's quote/content is *asserted* by the speaker; bullets under a digest
heading that names a party (``… 露国防省``, ``🔸 ゲラシモフ露軍参謀総長``) are asserted by that party; a
clause reported with a claim verb (``…を掌握したと報告``) is asserted by the sentence's topic party;
a denial sentence (``否定``, ``事実ではない``) *denies* the earlier claim about the same place. The
events come from :mod:`conflict_kg.extract.ja_events` (split from it: one stage per module).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from conflict_kg.kg.model import Claim, Event, Mention, Span, Statement
from conflict_kg.kg.normalize import index_key

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.arguments import separate_claimants
from conflict_kg.extract.ja_clauses import denied_after
from conflict_kg.extract.ja_events import BULLET, CLAIM_TYPES, TRIGGER, TRIGGER_RE, topic_party
from conflict_kg.extract.ja_statements import DocContext, doc_dates

__all__ = ["extract_claims"]


def _heading_party(ix: DocContext, sent: Span) -> Mention | None:
    """Party named at the end of a short heading line ('特別軍事作戦 …の概要 露国防省')."""
    body = BULLET.sub("", sent.text)
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
    ix: DocContext, statements: list[Statement], events: list[Event], doc_date: str | None, extractor: str
) -> list[Claim]:
    """Asserting claims (reported events, digest bullets, "…と報告") and denials, in text order.
    Arguments in the English extractor's order (context, statements, events)."""
    text = ix.an.text
    claims: list[Claim] = []
    claimed: set[int] = set()
    for st in statements:
        claimant = st.speaker or st.speaker_org
        for k, e in enumerate(events):
            if k in claimed or not (st.quote_start <= e.start < st.quote_end) or e.type not in CLAIM_TYPES:
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
        if not BULLET.match(sent.text) and not sent.text.startswith("・"):
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


def _reported_claims(ix: DocContext, events: list[Event], claimed: set[int], extractor: str) -> list[Claim]:
    """Asserting claims of battlefield events told as a party's report in the narrator's sentence
    (no statement was found for it: an unnamed speaker such as "ロシア軍の参謀総長"). The claimant is
    the sentence's topic party before the trigger, else unnamed."""
    text = ix.an.text
    out = []
    for k, e in enumerate(events):
        if k in claimed or e.type not in CLAIM_TYPES or e.sentence is None:
            continue
        m = _REPORTED.match(text, e.end, e.sentence.end)
        if m is None:
            continue
        claimant = topic_party(ix, e.sentence, e.start)
        # the topic of the reporting verb ("ロシア軍の参謀総長は…掌握したと報告") reports the event; the
        # parse makes it the trigger's subject, but the text does not say it did it
        e.agents = [a for a in e.agents if not (a.start < e.start and text[ix.phrase_end(a) : ix.phrase_end(a) + 1] == "は")]
        claimed.add(k)
        out.append(Claim(claimant, "asserts", e.sentence.text, e.sentence.start, e.sentence.end, k, None, m.group(1),
                         e.date, e.sentence, 0.6, extractor))
    return out


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
    ix: DocContext, events: list[Event], statements: list[Statement], claims: list[Claim], doc_date: str | None,
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
        denied = [(m.start(), TRIGGER[m.group()][0]) for m in TRIGGER_RE.finditer(text, sent.start, sent.end)
                  if TRIGGER[m.group()][0] in CLAIM_TYPES and denied_after(text, m.end())]
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
