"""Japanese events: trigger words, sense checks, argument frames and dates.

An event is anchored at a trigger noun (``攻撃``, ``解放``, ``撃墜``…); its
arguments come from GiNZA's parse around the trigger's predicate (a Sino-
Japanese noun is usually the object of a light verb: ``攻撃を行った``):
``nsubj`` → agent (→ target when passive: ``市が占領され``), ``obj`` → target, place
mentions of the clause (and the place a relative clause modifies: ``制圧したマリウポリ``) →
locations. A trigger yields no event when its clause is negated or denied, future, intended or
conditional, a goal (``奪還に向け``), "amid reports" hearsay (``…と伝えられる中``), a topic
(``和平案について``) or an anaphoric re-mention (``この攻撃``); see :meth:`_Events.no_event` and the
clause cues in :mod:`conflict_kg.extract.ja_clauses`. The date is the event's own
(:mod:`conflict_kg.extract.ja_event_dates`): not a quote's, nor a battlefield report's. Who asserts or denies the events is
:mod:`conflict_kg.extract.ja_claims`.
"""
from __future__ import annotations

import re
from typing import Iterator

from conflict_kg.kg.model import Event, Mention, Span
from conflict_kg.kg.schema import EVENT_SCHEMA, types_where

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract import vocab_ja_parties as P
from conflict_kg.extract.arguments import (
    casualties_ja, clean_roles, merge_same_sentence, reporters, weapon_mentions,
)
from conflict_kg.extract.ja_clauses import (
    anaphoric, conditional_consequence, demanded, denied_after, future_nonpast, hearsay_frame, hypothetical, modal,
    purpose, topic_mention,
)
from conflict_kg.extract.ja_event_carry import CarriedArguments
from conflict_kg.extract.ja_event_dates import EventDates, inherit_dates
from conflict_kg.extract.ja_event_parties import PartyMentions
from conflict_kg.extract.ja_event_sense import one_per_sentence, precision_block
from conflict_kg.extract.ja_event_type import type_pass
from conflict_kg.extract.ja_statements import DocContext

__all__ = ["BULLET", "CLAIM_TYPES", "TRIGGER", "TRIGGER_RE", "extract_events", "topic_party"]

# Triggers and the longer non-event words that contain one ("本会議"), longest first so those win.
TRIGGER_RE = re.compile("|".join(re.escape(t) for t in sorted(
    [t for t, _, _ in V.EVENT_TRIGGERS] + list(V.NOT_EVENT_WORDS), key=lambda w: (-len(w), w))))
TRIGGER = {t: (ty, mode) for t, ty, mode in V.EVENT_TRIGGERS}
TRIGGER.update({w: ("", None) for w in V.NOT_EVENT_WORDS})  # matched, typed as no event
_QTY_RE = re.compile(r"(?:約|少なくとも|最大約?)?[0-9０-９][0-9０-９,，.]*(?:万|千|百)?(?:機|人|発|両|基|件|か所|隻|%|％)")
_INSTR_RE = re.compile("|".join(re.escape(w) for w, _ in V.INSTRUMENTS))
_INSTR_MODE = dict(V.INSTRUMENTS)
BULLET = re.compile(r"^(?:[❗⚡🔸ℹ️・●■◆\u2757\u26a1\ufe0f\s]+)")
# Contested battlefield facts (the schema's claimable types): what parties assert and deny in war
# reporting. Meetings or proposals mentioned inside a quote are reported speech, not claims.
CLAIM_TYPES = types_where(claimable=True)
# Parse relations that carry a trigger to the verb whose arguments it shares.
_TO_PRED = frozenset({"obj", "nsubj", "obl", "compound", "nmod"})
# Longer words that start with a trigger but name no event ("攻撃的", "支援ルート", "逮捕状").
_TRIGGER_BLOCK = re.compile("|".join(map(re.escape, V.TRIGGER_BLOCKERS)))
_VERB_STEM_NOT_EVENT = re.compile(V.VERB_STEM_NOT_EVENT)
# "88名が爆発により殺害された": a count of people as the subject of a passive killing.
_TOLL_SUBJECT = re.compile(r"[0-9０-９][0-9０-９,，]*(?:人|名)(?:以上)?(?:が|も)")


def _lead_blocks(an) -> frozenset[str]:
    """Event types the document's lead (first two sentences) sets in another domain
    (``vocab_ja.LEAD_SENSE_BLOCKS``): a match report, a cyber attack, an earthquake."""
    lead = "".join(s.text for s in an.sents[:2])
    return frozenset(t for t, cues in V.LEAD_SENSE_BLOCKS.items() if any(c in lead for c in cues))


def _other_sense(text: str, sent: Span, typ: str, lead_blocked: frozenset[str] = frozenset()) -> bool:
    """Does the sentence give the trigger another sense than a conflict event (a sports attack, a
    disaster's toll)? Cues per type in ``vocab_ja.SENSE_BLOCKS``; a document whose lead is in another
    domain (``lead_blocked``) blocks the type unless the sentence has a violence cue."""
    seg = text[sent.start : sent.end]
    if any(cue in seg for cue in V.SENSE_BLOCKS.get(typ, ())):
        return True
    return typ in lead_blocked and not any(c in seg for c in V.VIOLENCE_CUES)


def _instrument(text: str, s: int, e: int) -> tuple[str | None, str | None]:
    m = _INSTR_RE.search(text, s, e)
    if not m:
        return None, None
    instr, mode = m.group(), _INSTR_MODE[m.group()]
    name = re.match(r"「([^「」]{1,20})」", text[m.end() : m.end() + 24])
    if name:
        instr = f"{instr}「{name.group(1)}」"
    return instr, mode


class _Events(PartyMentions, EventDates, CarriedArguments):
    def __init__(self, ix: DocContext, doc_date: str | None, extractor: str):
        self.ix, self.an, self.text = ix, ix.an, ix.an.text
        self.doc_date, self.ex = doc_date, extractor
        self.lead_blocked = _lead_blocks(ix.an)
        self.source_words = False  # the last source_agent call kept an unnamed source's words

    def args(self, trig_pos: int, sent: Span, trig_end: int | None = None,
             typ: str = "Event") -> tuple[list[Mention], list[Mention], list[Mention], dict[str, list[str]]]:
        """(agents, targets, co-parties, words of unnamed parties by role) from the dependents of the
        trigger and its predicate, by the frame tables: nsubj → agent, obj → target; the subject of a
        passive ("ヘルソンが占領され", "港が攻撃を受けた") is what the event happened to, and its に/から
        oblique the doer ("北朝鮮に拉致された"); "Xによる" is the doer in any voice; "Xと" a co-party of a
        meeting or an agreement. A slot filled by a common noun naming people ("男を逮捕") keeps its words
        (``describe``)."""
        passive = trig_end is not None and P.passive_at(self.text, trig_end)
        # "を求め", "と会い": the verb, not the particle, carries the arguments
        lead = 1 if self.text[trig_pos] in "をと" and trig_end is not None and trig_end - trig_pos > 2 else 0
        tok = self.an.tok_at(trig_pos + lead)
        words: dict[str, list[str]] = {"agent": [], "target": []}
        if tok is None:
            return [], [], [], words
        row = EVENT_SCHEMA.get(typ)
        heads = self.frame_heads(tok, row)
        found: dict[str, list[Mention]] = {"agent": [], "target": [], "participant": []}
        deps = [t for h in heads for t in self.an.toks if t.head == h.i and t is not h and sent.start <= t.start < sent.end]
        # "政府機関から富士フイルムに要請された": with a から-doer, the passive's に-oblique is the addressee
        kara = passive and any(t.dep == "obl" and self.text.startswith(V.PASSIVE_SOURCE_PARTICLES, t.end) for t in deps)
        for h in heads:
            for t in deps:
                if t.head == h.i:
                    role = self.slot_role(t, sent, row, typ, passive, kara, on_trigger=h is tok)
                    self.fill(found, words, t, role, sent, with_ok=bool(row.participants) if row else False,
                              objects=row is not None and row.family in P.OBJECT_TARGET_FAMILIES)
        if row is not None and row.family in V.POSSESSOR_TARGET_FAMILIES and not found["target"]:
            found["target"] += self.possessors([d for d in deps if d is not tok], sent)
            if not found["target"] and not words["target"]:
                words["target"] += [w for w in [self.possessor_words([d for d in deps if d is not tok], sent)] if w]
        if row is not None and row.family in P.COMPOUND_PARTY_FAMILIES:
            self.compound_party(tok, trig_pos, sent, found, words)
        if (row is not None and not passive and row.participants != "all" and row.target_kind == "any"
                and typ not in P.SURFACE_TARGET_NOT_TYPES and not (found["target"] or words["target"])):
            m, w = self.surface_target(trig_pos, sent, row.family, row.family in P.OBJECT_TARGET_FAMILIES)
            found["target"] += [m] if m is not None and m not in found["agent"] else []
            words["target"] += [w] if w else []
        role = "target" if passive else "agent"
        if not found[role]:
            m = self.relative_head(tok, sent)
            if m is not None and m not in found["target"]:
                found[role].append(m)
            elif m is None and not words[role]:
                words[role] += [w for w in [self.relative_head_words(tok, sent)] if w]
        return found["agent"], found["target"], found["participant"], words

    def frame_heads(self, tok, row) -> list:
        """The trigger and the predicate whose arguments it shares ("攻撃を行った"); for a speech act,
        also the verb of the trigger's noun ("批判の声が挙がった")."""
        heads = [tok]
        if tok.dep in _TO_PRED and tok.head != tok.i:
            heads.append(self.an.toks[tok.head])
        dative = row is not None and row.family in V.DATIVE_TARGET_FAMILIES and row.target_kind != "none"
        if dative and len(heads) == 2 and tok.dep == "nmod" and heads[1].dep in ("nsubj", "obj"):
            heads.append(self.an.toks[heads[1].head])
        return heads

    def slot_role(self, t, sent: Span, row, typ: str, passive: bool, kara: bool, on_trigger: bool) -> str | None:
        """The role the dependent ``t`` fills: the frame tables, then the voice, then a nominal trigger's
        modifiers (``nominal_role``)."""
        with_ok = bool(row.participants) if row is not None else False
        dative = row is not None and row.family in V.DATIVE_TARGET_FAMILIES and row.target_kind != "none"
        role = self.role_of(t, passive, with_ok, dative)
        if kara and role == "agent" and self.text.startswith("に", t.end):
            role = "target"
        if role == "agent" and typ in P.VICTIM_SUBJECT_TYPES and t.dep.startswith("nsubj"):
            role = "target"  # "デモ参加者数名が負傷": the subject of a toll suffered it
        if role is None and on_trigger and t.dep == "nmod" and row is not None:
            role = self.nominal_role(t, sent, row, passive)
        if (role is None and not passive and t.dep == "obl" and row is not None and row.family in P.DATIVE_VIOLENCE_FAMILIES
                and self.text.startswith("に", t.end) and not self.text.startswith(P.NOT_DATIVE_AFTER, t.end)):
            role = "target"  # "治安部隊がデモ隊に発砲": the party shot at
        return role

    def nominal_role(self, t, sent: Span, row, passive: bool) -> str | None:
        """The role of a noun modifying a nominal trigger: "住民への爆撃", "北朝鮮に対する制裁" → target
        (``vocab_ja_parties.NOMINAL_TARGET_PARTICLES``); "Xの" + trigger: a violent noun's armed party or
        state is the doer ("ロシア軍の砲撃で") and its person the victim ("記者の射殺"); a speech act's party
        fills the schema's ``modifier_role`` ("野党の要請", "政府の提案")."""
        after = self.text[t.end : t.end + 4]
        if after.startswith(P.NOMINAL_TARGET_PARTICLES):
            return "target"
        if after.startswith(P.NOMINAL_SOURCE_PARTICLES) and row.family in P.SOURCE_AGENT_FAMILIES:
            return "agent"  # "文化財庁からの要請"
        if after.startswith(P.NOMINAL_WITH_PARTICLES) and row.participants:
            return "participant"  # "IRAとの合意"
        if not after.startswith("の"):
            return None
        m = self.mention_of(t, sent)
        if m is None:
            return None
        if row.family == "violence":
            if passive:
                return None
            return "agent" if m.type in V.ORG_TYPES else P.VIOLENT_POSSESSOR_PERSON if m.type == "Person" else None
        party = m.type == "Person" or m.type in V.ORG_TYPES
        return row.modifier_role if party and row.family in P.POSSESSOR_DOER_FAMILIES and row.modifier_role != "none" else None

    def compound_party(self, tok, trig_pos: int, sent: Span, found: dict, words: dict) -> None:
        """The noun compounded right before a violent trigger: an armed party is the doer ("米軍空爆"), a
        person or a thing the victim ("少年殺害事件", "大使館爆破"); a country there is where it happened
        ("アフガニスタン侵攻"); only where the role is empty."""
        prev = self.an.tok_at(trig_pos - 1) if trig_pos > sent.start else None
        if prev is None or prev.end != trig_pos or prev.pos not in ("NOUN", "PROPN") or prev.dep != "compound":
            return
        m = self.ix.mention_at(prev.start) or self.unnamed_party(prev, sent)
        role = None if m is None else "agent" if m.type in V.ORG_TYPES and m.type != "Country" else (
            "target" if m.type == "Person" else None)
        if role is not None and not found[role]:
            found[role].append(m)
        elif m is None and not found["target"] and not words["target"]:
            words["target"] += [w for w in [self.describe(prev, sent, objects=True)] if w]

    def fill(self, found: dict, words: dict, t, role: str | None, sent: Span, with_ok: bool, objects: bool = False) -> None:
        """Put the party of slot ``t`` in ``found[role]`` (with its coordinated parties), or the words of an
        unnamed one in ``words[role]``."""
        if role is None:
            return
        m = self.mention_of(t, sent)
        if m is None:
            w = self.describe(t, sent, objects=objects and role == "target") if role in words else None
            if w and w not in words[role]:
                words[role].append(w)
            return
        if m not in found[role]:
            found[role].append(m)
        if role != "participant" and not with_ok:
            # (types with co-parties keep them as participants: "習近平主席とプーチン大統領が会談")
            found[role] += [c for c in self.conjuncts(t, sent) if c not in found[role]]

    def role_of(self, t, passive: bool, with_ok: bool = False, dative: bool = False) -> str | None:
        """The role a dependent fills by the frame tables (``V.DEP_ROLES`` and the particle tables)."""
        role = V.DEP_ROLES.get(t.dep)
        if role == "agent" and passive:
            return "target"
        after = self.text[t.end : t.end + 6]
        if after.startswith(P.SOURCE_AFTER):
            return None  # "共同通信によると": who reports it, not who did it
        if t.dep == "nmod" and after.startswith(V.AGENT_PARTICLES):
            return "agent"  # "スーダン政府軍による爆撃"
        if role is not None or t.dep != "obl":
            return role
        if after.startswith(V.AGENT_PARTICLES) or (passive and after.startswith(V.PASSIVE_AGENT_PARTICLES)):
            return "agent"
        if after.startswith(V.TARGET_PARTICLES):
            return "target"
        if with_ok and after.startswith(V.WITH_PARTICLES):
            return "participant"
        if dative and after.startswith(V.SOURCE_AGENT_PARTICLES):
            return "agent"  # "関係者からも批判の声が挙がった", "住民から要望が寄せられた": the source speaks
        if dative and not passive and after.startswith("に") and not after.startswith(("には", "にも")):
            return "target"
        return None

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
        """The sentence's topic party before the trigger; else the first は/が subject before it that
        names a party the NER missed ("治安部隊がデモ隊に発砲し、鎮圧した": a te-clause shares its
        subject)."""
        m = topic_party(self.ix, sent, before)
        if m is not None and m.type not in V.REPORTER_TYPES:
            return m  # an outlet's topic ("朝日新聞は…と伝えた") reports the event: look on for the doer
        for t in self.an.toks_in(sent.start, before):
            if t.dep in ("nsubj", "obl") and self.marked(t, V.TOPIC_MARKERS + P.ALSO_TOPIC_MARKERS):
                u = self.ix.mention_at(t.start)
                if u is not None and P.acting_facility(u.type, u.label):
                    return u  # "豊田警察署は": an institution GiNZA labels a facility
                # a party noun an earlier trigger of the sentence already made a mention of ("同国軍部")
                u = self.unnamed_party(t, sent) if u is None else u if u.label.startswith("rule:") else None
                if u is not None:
                    return u
        return None

    def carried_topic(self, sent: Span, before: int) -> Mention | None:
        """The previous sentence's topic party, for a sentence with no subject or topic of its own before the
        trigger ("安倍首相は…表明した。また、…理解を求めた。": Japanese drops a subject the text keeps)."""
        prev = self.an.previous_sentence(sent)
        if prev is None or any(t.dep in ("nsubj", "obl") and self.text.startswith(V.TOPIC_MARKERS, t.end)
                                             for t in self.an.toks_in(sent.start, before)):
            return None
        m = topic_party(self.ix, prev, prev.end)
        return m if m is not None and m.type not in V.REPORTER_TYPES else None

    def no_event(self, sent: Span, start: int, end: int, typ: str, out: list[Event]) -> str | None:
        """Why the trigger at ``start:end`` yields no event: "prospect" (future, intended or
        conditional, or a re-mention of a told incident: it also claims the type for the sentence),
        "skip" (a later trigger may be the event), or ``None``."""
        text = self.text
        if (hypothetical(text, start, end) or future_nonpast(text, end)
                or conditional_consequence(text, sent.start, start, end)):
            return "prospect"
        if purpose(text, end) or hearsay_frame(text, end):
            return "skip"  # a goal ("奪還に向け") or background hearsay ("…と伝えられる中")
        if modal(text, end) or (typ not in V.DEMAND_EXEMPT_TYPES and demanded(text, end, typ in V.DECISION_PLAN_TYPES)):
            return "skip"  # "攻撃できる", "停戦合意を求め", "部隊の派遣を決定": not (yet) an event
        told = any(e.type == typ for e in out)
        cues = V.REMENTION_AFTER + V.CAUSE_REMENTION.get(EVENT_SCHEMA[typ].family, ())
        if told and (text.startswith(cues, end) or text.endswith(V.REMENTION_AFTER, start, end)):
            # "射殺事件に対する", "爆破事件を「醜いテロ行為」と呼んだ": the sentence is about the incident
            # already told; its other triggers of the type ("テロ行為") name it too
            return "prospect"
        if anaphoric(text, start) and told:
            return "skip"  # "同市の解放", "この攻撃": an event of this type was already reported
        doc_noun = EVENT_SCHEMA[typ].document_noun
        if topic_mention(text, end, doc=doc_noun) and (doc_noun or any(
                TRIGGER[x.group()][0] == typ for x in TRIGGER_RE.finditer(text, end, sent.end))):
            return "skip"  # "動員を巡っては…予備役の動員を完了した": the clause names the event later
        return None

    def triggers(self, sent: Span, out: list[Event]) -> Iterator[tuple[re.Match, str, str | None]]:
        """The triggers of ``sent`` that report an event: (match, type, mode), one per type."""
        seen_types: set[str] = set()
        for m in TRIGGER_RE.finditer(self.text, sent.start, sent.end):
            trig = m.group()
            if not TRIGGER[trig][0]:
                continue  # a longer non-event word ("本会議")
            needs = V.TRIGGER_NEEDS.get(trig)
            if needs and not any(c in self.text[sent.start : m.start()] for c in needs):
                continue  # "課題を指摘": a remark, not an accusation
            talk = V.SENTENCE_NEEDS.get(trig)
            if talk and not any(c in self.text[sent.start : sent.end] for c in talk):
                continue  # "インド訪問を短縮した": a visit without talks is no meeting
            doc_needs, followers = V.DOCUMENT_NEEDS.get(trig), V.TRIGGER_FOLLOWERS.get(trig)
            if doc_needs and not any(c in self.text for c in doc_needs) or (
                    followers and not self.text.startswith(followers, m.end())):
                continue  # "爆発" in a document that never speaks of terrorism or bombs: an accident
            if _TRIGGER_BLOCK.match(self.text, m.start()) or self.text.startswith(V.NOT_EVENT_AFTER, m.end()):
                continue  # "逮捕状", "計画的": a longer word; "放火の容疑": a charge, not an event
            if trig in V.VERB_STEM_TRIGGERS and _VERB_STEM_NOT_EVENT.match(self.text, m.end()):
                continue  # "譲歩を求める内容": a non-past verb describing a noun names no event
            typ, mode = TRIGGER[trig]
            if self.toll_passive(trig, sent, m.start(), m.end()):
                typ, mode = "CasualtyReport", None
            if typ in seen_types or _other_sense(self.text, sent, typ, self.lead_blocked) or self.not_family_sense(m, typ):
                continue
            tok = self.an.tok_at(m.start())
            if tok is not None and tok.start != m.start() and not trig.startswith(tok.text):
                continue  # inside another word
            if denied_after(self.text, m.end()):
                continue  # "制圧は事実ではない", "攻撃していない": not a reported event
            told = any(e.type == typ for e in out)
            if precision_block(self.text, (sent.start, sent.end), m.start(), m.end(), told, typ):
                continue  # "攻撃ではないか", "収監先", "難民を受け入れ", "…の非難に反論" (ja_event_sense)
            why = self.no_event(sent, m.start(), m.end(), typ, out)
            if why == "prospect":
                # The sentence is about a future event of this type; a later trigger of the same
                # type there ("今後の攻撃について…攻撃を2回から3回行う") is the same prospect.
                seen_types.add(typ)
            if why:
                continue
            seen_types.add(typ)
            yield m, typ, mode

    def not_family_sense(self, m: re.Match, typ: str) -> bool:
        """Does the trigger name no event of its type by the fourth-session precision classes: a
        compound noun ("支援学級", "支援者"), or a directive that is a charge ("命じた疑い")?"""
        heads = V.COMPOUND_HEADS + (V.COMPOUND_PERSON_HEADS if EVENT_SCHEMA[typ].family in V.COMPOUND_PERSON_FAMILIES else ())
        return self.text.startswith(heads + V.CHARGE_AFTER.get(typ, ()), m.end())

    def toll_passive(self, trig: str, sent: Span, start: int, end: int) -> bool:
        """Is a killing trigger a stated toll: passive, with a count of people as subject before it in
        its clause and no agent phrase ("88名が爆発により殺害された")?"""
        if trig not in V.TOLL_PASSIVE_TRIGGERS or not self.text.startswith(V.PASSIVE_ENDINGS, end):
            return False
        clause = self.text[max(sent.start, self.text.rfind("、", sent.start, start) + 1) : start]
        return bool(_TOLL_SUBJECT.search(clause)) and not re.search(r"(?:軍|隊|者|団)(?:によって|に)$", clause)

    def roles(self, m: re.Match, typ: str, sent: Span) -> tuple[list[Mention], ...]:
        """(agents, targets, locations, co-parties, words of unnamed parties by role) of the trigger ``m`` as
        its type's schema row allows."""
        row = EVENT_SCHEMA[typ]
        agents, targets, parties, words = self.args(m.start(), sent, m.end(), typ)
        victim = typ in P.VICTIM_SUBJECT_TYPES  # the topic of a toll suffered it ("デモ参加者数名が…負傷")
        if victim and not targets and not words["target"]:
            words["target"] += [w for w in [self.topic_words(sent, m.start())] if w]
        if not agents and not words["agent"]:
            agents = self.source_agent(m, sent, row.family, targets, words)
        passive = P.passive_at(self.text, m.end())
        if not agents and not (words["agent"] and self.source_words) and not (
                passive or victim):  # the topic is not the doer of a passive trigger or a toll
            a = self.topic_agent(sent, m.start())
            if a is not None and a not in targets:
                agents = [a]
            elif a is None and not (words["agent"] or victim or passive):
                words["agent"] += [w for w in [self.topic_words(sent, m.start())] if w and w not in words["target"]]
                # not for types with co-parties: a talk's parties are its own sentence's (seed Putin–Xi talk)
                carried = None if words["agent"] or row.participants else self.carried_topic(sent, m.start())
                agents = [carried] if carried is not None and carried not in targets else []
        # a place inside a party's compound ("兵庫県警") is its affiliation, not where the event happened
        inside = [(p.start, p.end) for p in agents + targets if p.type not in V.PLACE_TYPES]
        locs = [x for x in self.ix.mentions
                if sent.start <= x.start and x.end <= m.end() and x.type in V.PLACE_TYPES and x not in agents
                and not any(a <= x.start and x.end <= b and (a, b) != (x.start, x.end) for a, b in inside)]
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
        if not targets and typ in V.CONTENT_SUBJECT_TARGET_TYPES:
            # the parse often makes the complement's subject the trigger's: it is the party blamed
            t = self.content_subject(sent, m.start(), [])
            if t is not None:
                targets = [t]
                agents = [a for a in agents if a is not t] or [x for x in [topic_party(self.ix, sent, t.start)] if x]
                if not agents and not words["agent"]:  # "別の幹部も、…警察が暴力を振るったと非難": the unnamed accuser
                    words["agent"] += [w for w in [self.topic_words(sent, t.start)] if w]
        # words stand for a party only where no name does; a type without a target keeps none
        words = {"agent": [] if agents else words["agent"],
                 "target": [] if targets or row.target_kind == "none" else words["target"]}
        return agents, targets, locs, parties, words

    def content_subject(self, sent: Span, trig_start: int, agents: list[Mention]) -> Mention | None:
        """The が-subject of the と-complement that ends right before the trigger ("警察が暴力を振るった
        と非難"): the last party marked が between the sentence's agent and that と."""
        quote_end = self.text.rfind("と", sent.start, trig_start)
        if quote_end < 0 or trig_start - quote_end > 8:
            return None
        after = max([a.end for a in agents if a.start < quote_end] + [sent.start])
        for t in reversed(self.an.toks_in(after, quote_end)):
            if t.dep == "nsubj" and self.text.startswith("が", t.end):
                m = self.mention_of(t, sent)
                if m is not None and m not in agents and (m.type == "Person" or m.type in V.ORG_TYPES):
                    return m
        return None

    def event(self, m: re.Match, typ: str, mode: str | None, sent: Span) -> Event:
        """The event of trigger ``m``: its roles, instrument, quantity, mode and date."""
        row = EVENT_SCHEMA[typ]
        agents, targets, locs, parties, words = self.roles(m, typ, sent)
        participants = [x for x in self.ix.mentions if sent.start <= x.start < sent.end and x.type == "Person"
                        and x not in agents] if row.participants == "all" else []
        participants += [x for x in parties if x not in participants and x not in agents]
        instr, imode = _instrument(self.text, sent.start, sent.end) if row.instrument else (None, None)
        qtys = list(_QTY_RE.finditer(self.text, sent.start, sent.end)) if row.quantity else []
        qty = min(qtys, key=lambda q: abs(q.start() - m.start())).group() if qtys else None
        conf = 0.6 + 0.1 * bool(agents) + 0.1 * bool(locs or targets)
        ev = Event(
            type=typ, trigger=m.group(), start=m.start(), end=m.end(), agents=agents, targets=targets,
            participants=participants, locations=locs, date=self.date(sent, m.start(), m.end(), typ),
            instrument=instr, quantity=qty, mode=(mode or imode) if row.mode else None,
            sentence=sent, confidence=round(conf, 2), extractor=self.ex,
            agent_descriptions=words["agent"], target_descriptions=words["target"],
        )
        if row.instrument:
            ev.instruments = weapon_mentions(self.ix.mentions, self.text, sent, "ja", self.ex)
        if row.casualties:
            ev.fatalities, ev.injuries = casualties_ja(self.text, sent.start, sent.end)
        ev.reported_by = reporters(self.ix.mentions, self.text, sent, "ja", self.ex)
        # a place that is the subject of a diplomatic act is the polity acting (the parse's subject only:
        # a fallback topic is never a place)
        actors = tuple(x for x in ev.agents + ev.targets if P.acting_facility(x.type, x.label))
        ev = clean_roles(ev, "ja", polities=row.family == "diplomacy", actors=actors)
        ev.locations = [x for x in ev.locations if x not in actors]  # a party, not where it happened
        return ev

    def sentence(self, sent: Span, out: list[Event]) -> None:
        for m, typ, mode in self.triggers(sent, out):
            out.append(self.event(m, typ, mode, sent))


def extract_events(ix: DocContext, doc_date: str | None, extractor: str) -> list[Event]:
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
    inherit_dates(ix.an.text, out, doc_date, ix.an.sents[: 1 + V.LEAD_DATE_SENTENCES])
    # roles carried between sentences first: a frame the type check asks for may be told in the sentence
    # before ("…マリンカを占領した。7日には国軍が奪還した。")
    return type_pass(ix.an.text, ev.carry_arguments(one_per_sentence(ix.an.text, merge_same_sentence(_tolls_of_told_violence(out)))))


def _tolls_of_told_violence(events: list[Event]) -> list[Event]:
    """Drop the tolls of a document that tells no violent event (``V.TOLL_NEEDS_EVENT``) unless the toll's
    own sentence names armed violence (a cumulative war toll: "ウクライナ軍の…人的損失は約1370人"): the
    guideline's CasualtyReport is the toll of violence; deaths in a report of a storm, an illness or an
    accident are none, whatever cue of police or crime the document has elsewhere."""
    told = {e.type for e in events}
    return [e for e in events if not (e.type in V.TOLL_NEEDS_EVENT and not told & set(V.TOLL_NEEDS_EVENT[e.type])
                                      and not any(c in (e.sentence.text if e.sentence else "") for c in V.TOLL_SENTENCE_CUES))]


def topic_party(ix: DocContext, sent: Span, before: int) -> Mention | None:
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
