"""Arguments of Japanese events that their own sentence leaves unsaid (issue #15, sixth session).

Japanese drops what the reader knows: the subject of a sentence that goes on telling the same incident
("…発砲した。弾は警部補の頭をかすめ…": the shot's victim is told after it), the object of a re-told arrest
("警視庁は3人を…逮捕"), the place of every later sentence about one attack. A mixin of
:mod:`conflict_kg.extract.ja_events`' event builder that runs once over a document's events after
they are built: an event whose frame needs a role (``vocab_ja_parties.CARRIED_ROLES``) and whose sentence
states none takes it from the nearest earlier event of the same incident, in the same paragraph and a few
sentences back (``CARRY_SENTENCES``); an attack takes its victims from the toll told right after it
(``CARRIED_FORWARD``); a violent event with no place takes the incident's place (``CARRIED_PLACE_TYPES``);
the topic of a passive trigger is what it happened to ("福田受刑者は、…逮捕された"). Only empty roles are
filled: a party the sentence names always wins.
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Event

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract import vocab_ja_parties as P
from conflict_kg.extract.zones import in_zones, nonbody_ranges

__all__ = ["CarriedArguments"]

# the name written right before an acronym's gloss, back to a clause mark or a case particle
_GLOSSED = re.compile(r"[^、。「」()（）とはがをや\s]+$")


class CarriedArguments:
    """Document-level filling of empty roles; the host sets ``an``, ``ix``, ``text`` and has ``topic_agent`` and
    ``topic_words`` (the sentence's topic party) as the event builder of :mod:`conflict_kg.extract.ja_events` does."""

    def carry_arguments(self, events: list[Event]) -> list[Event]:
        """Fill the empty roles of ``events`` (in text order) from their incident's other events; returns
        the same list."""
        index = {s.start: k for k, s in enumerate(self.an.sents)}
        # a source note or a related headline tells another story: it lends nothing (the pipeline drops it)
        zones = nonbody_ranges(self.text)
        body = [e for e in events if not in_zones(zones, e.start)]
        for k, e in enumerate(body):
            if e.sentence is None or e.sentence.start not in index:
                continue
            self.fired_weapon(e)
            self.member_organisation(e)
            self.passive_topic_target(e)
            for m in e.agents + e.targets + e.participants:
                self.glossed_acronym(m)
            here = index[e.sentence.start]
            before = [p for p in reversed(body[:k]) if self.same_story(p, e, index, here, -P.CARRY_SENTENCES)]
            after = [p for p in body[k + 1 :] if self.same_story(p, e, index, here, 1)]
            for role in ("agent", "target"):
                self.carry_role(e, role, before, P.CARRIED_ROLES)
                self.carry_role(e, role, after, P.CARRIED_FORWARD)
            if not e.locations and e.type in P.CARRIED_PLACE_TYPES:
                e.locations = self.incident_place(e, body[:k])
        return events

    def incident_place(self, e: Event, earlier: list[Event]) -> list:
        """The place of the incident ``e`` goes on telling: the last place of an earlier event of
        ``CARRIED_PLACE_TYPES`` in its paragraph; else, when none has one, the most specific place of the lead
        sentence (news says where first: "…千葉県松戸市のマンションで火災…。…刃物で刺された傷があり")."""
        src = next((p for p in reversed(earlier) if p.type in P.CARRIED_PLACE_SOURCES[e.type] and p.locations
                    and self.same_paragraph(p, e)), None)
        if src is not None:
            return list(src.locations)
        if any(p.type in P.CARRIED_PLACE_TYPES for p in earlier) or not self.an.sents:
            return []  # an earlier violent event with no place: the lead may be about another
        lead = self.an.sents[0]
        places = [m for m in self.ix.mentions if lead.start <= m.start < lead.end and m.type in V.PLACE_TYPES]
        inner = [m for m in places if m.type != "Country"]
        return (inner or places)[-1:]

    def same_story(self, p: Event, e: Event, index: dict, here: int, reach: int) -> bool:
        """Whether ``p`` is in another sentence of ``e``'s paragraph within ``reach`` sentences (negative:
        before)."""
        if p.sentence is None or p.sentence.start not in index or p.sentence.start == e.sentence.start:
            return False
        d = index[p.sentence.start] - here
        return (reach <= d < 0 if reach < 0 else 0 < d <= reach) and self.same_paragraph(p, e)

    def same_paragraph(self, p: Event, e: Event) -> bool:
        a, b = sorted((p.sentence.start, e.sentence.start))
        return "\n" not in self.text[a:b]

    def carry_role(self, e: Event, role: str, others: list[Event], table: dict) -> None:
        """Give ``e`` the ``role`` of the first event of ``others`` that states it, by ``table``'s sources,
        when ``e`` states none and its sentence has no party of its own for it (a subject or topic before the
        trigger, for the doer)."""
        names, words = (e.agents, e.agent_descriptions) if role == "agent" else (e.targets, e.target_descriptions)
        sources = table.get((e.type, role))
        if names or words or not sources or role == "agent" and (self.has_subject(e) or self.passive(e)):
            return
        for p in others:
            for typ, src in sources:
                if p.type != typ:
                    continue
                got, got_words = (p.agents, p.agent_descriptions) if src == "agent" else (p.targets, p.target_descriptions)
                other = e.targets if role == "agent" else e.agents + e.participants
                got = [m for m in got if m not in other and m.text not in {x.text for x in other}]
                if got or got_words:
                    names += got
                    words += [w for w in got_words if w not in words]
                    return

    def has_subject(self, e: Event) -> bool:
        """Whether the event's sentence marks a subject or topic before the trigger (its own doer, named or
        not, even where the frame did not take it)."""
        return any(t.dep in ("nsubj", "obl") and self.text.startswith(V.TOPIC_MARKERS + P.ALSO_TOPIC_MARKERS, t.end)
                   for t in self.an.toks_in(e.sentence.start, e.start))

    def passive(self, e: Event) -> bool:
        return P.passive_at(self.text, e.end)

    def member_organisation(self, e: Event) -> None:
        """"警視庁の捜査員が…確保した": an unnamed member (``vocab_ja_parties.MEMBER_NOUNS``) of a named
        organisation acts for it; the organisation is the doer."""
        if e.agents or e.sentence is None:
            return
        for w in e.agent_descriptions:
            k = self.text.find("の" + w, e.sentence.start, e.start) if w in P.MEMBER_NOUNS else -1
            org = next((m for m in self.ix.mentions if m.end == k and m.type in V.ORG_TYPES), None) if k > 0 else None
            if org is not None and org not in e.targets:
                e.agents.append(org)
                e.agent_descriptions = []
                return

    def glossed_acronym(self, m) -> None:
        """An acronym the text glossed when it first wrote the name ("タミル・イーラム解放のトラ(LTTE)") names
        that organisation: the mention takes the full name as its antecedent (the gold's co-reference)."""
        if m.antecedent or not re.fullmatch(P.ACRONYM, m.text):
            return
        for b in ("(", "（"):
            k = self.text.find(b + m.text + ")", 0, m.start) if b == "(" else self.text.find(b + m.text + "）", 0, m.start)
            if k <= 0:
                continue
            full = next((x.text for x in self.ix.mentions if x.end == k and x.type in V.ORG_TYPES), None)
            # a name the NER left unlabelled: the words back to the last clause mark ("…国軍とタミル・イーラム解放のトラ(LTTE)")
            words = _GLOSSED.search(self.text, max(0, k - 20), k)
            full = full or (words.group() if words is not None and len(words.group()) >= 2 else None)
            if full:
                m.antecedent = full
                return

    @staticmethod
    def fired_weapon(e: Event) -> None:
        """"拳銃を発砲した": the weapon fired is the instrument, not the target."""
        if e.trigger.startswith(P.FIRING_TRIGGERS):
            fired = [m for m in e.targets if m.type == "Weapon"]
            e.targets = [m for m in e.targets if m not in fired]
            e.instruments = list(e.instruments) + [m for m in fired if m not in e.instruments]

    def passive_topic_target(self, e: Event) -> None:
        """A passive trigger's topic is what happened to it ("福田受刑者は、…時効成立直前に逮捕された"), when
        the frame found no target: the parse often hangs the topic on an earlier verb of the sentence."""
        if e.targets or e.target_descriptions or not self.passive(e) or e.type not in P.PASSIVE_TOPIC_TARGET_TYPES:
            return
        # (not the previous sentence's topic: that is as often the doer of the event told before, "警察が発見し…。
        # 果菜子さんは…連れ去られ" (dev 3044); 0 / 0 on both halves, dropped)
        m = self.topic_agent(e.sentence, e.start)
        if m is not None and m not in e.agents:
            e.targets.append(m)
        elif m is None:
            e.target_descriptions += [w for w in [self.topic_words(e.sentence, e.start)] if w]
