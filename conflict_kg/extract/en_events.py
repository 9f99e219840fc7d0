"""English events (trigger words + dependency arguments) and claims about them.

Triggers come from :data:`conflict_kg.extract.vocab_en.EVENT_TRIGGERS`. Arguments are read off
the parse: the subject/possessor/``by``-phrase is the agent, the object/``on``-phrase
the target, ``between``/``with`` phrases the participants, ``in``/``near``/``across``
phrases the location. A trigger that is the object/subject of a light verb
("repeated missile attacks since October", "there was a meeting in Turkey") also
takes that verb's adjuncts. Prevented or hypothetical events ("further attacks",
"protect ... from Russian attacks") and headlines (they restate the body) are skipped.
An event that is the predicate of a statement's reported content becomes an asserting
:class:`Claim` of its speaker; denials ("denied the claim", "... is false") become denying
claims linked to the claim they dispute (see :func:`extract_claims`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from conflict_kg.kg.model import Event, Mention
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.kg.vocab import ACTOR_TYPES, SUB_COUNTRY_PLACE_TYPES

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract import vocab_en_frames as F
from conflict_kg.extract.arguments import (casualties_en, clean_roles, merge_same_sentence, reporters, take_parties,
                                          weapon_mentions)
from conflict_kg.extract.en_context import DocContext, tok_end, tok_start
from conflict_kg.extract.en_coref import antecedent
from conflict_kg.extract.en_event_anaphora import inherit_parties, refers_back
from conflict_kg.extract.en_event_place import event_locations, reported_account_places
from conflict_kg.extract.en_event_place import unique_mentions as _unique
from conflict_kg.extract.en_gazetteer import known_place
from conflict_kg.extract.en_scene import cued_places, is_country, sentence_places
from conflict_kg.extract.en_shared_subject import shared_subject
from conflict_kg.extract.en_triggers import other_sense as _other_sense
from conflict_kg.extract.en_triggers import trigger as _trigger
from conflict_kg.extract.en_unnamed import unnamed_parties
from conflict_kg.extract.en_victims import victim_count

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["extract_events", "LOC_TYPES", "AGENT_TYPES", "light_head", "span_of"]

_LIGHT_VERBS = frozenset(
    "be continue take happen occur hold begin repeat launch carry conduct stage intensify have resume mount "
    "make unleash step increase face inflict deal deliver".split()
) | F.PATIENT_LIGHT_VERBS | F.DOER_VERBS
# Verbs whose subject is also the subject of their "to"-clause ("Russia continued to shell Kharkiv",
# "the Armed Forces tried to break through"): the clause's trigger takes the verb's subject and adjuncts.
_CONTROL_VERBS = frozenset("try attempt continue begin start keep manage resume".split())
_LOC_PREPS = frozenset(p for p, role in V.PREP_ROLES.items() if role == "location")
_LOC_TYPES = SUB_COUNTRY_PLACE_TYPES
_TOWN_TYPES = frozenset({"City", "Settlement"})
# Who can act: persons and organisations other than news outlets (a news agency reports an event and
# is never its agent), and countries and regions named for their governments ("Russia attacked").
_AGENT_TYPES = (ACTOR_TYPES - {"MediaOutlet"}) | {"Location", "Country"}
_TARGET_TYPES = _AGENT_TYPES | _LOC_TYPES
#: Place classes and actor classes, shared with :mod:`conflict_kg.extract.en_claims`.
LOC_TYPES = _LOC_TYPES
AGENT_TYPES = _AGENT_TYPES
_SKIP_SUBTREE = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "parataxis"})
_NOT_MONEY_BEFORE = frozenset({"equivalent", "equal", "worth"})
# dependency edges climbed from a nominal trigger to the clause that sets its scene
_REPORTING = V.REPORTING_VERBS | {"speak"}
_SCENE_DEPS = frozenset({"pobj", "pcomp", "prep", "amod", "advmod", "npadvmod"})


def light_head(tok: "Token") -> "Token | None":
    """The light verb governing an event noun ("launched a drone attack", "there was a meeting")."""
    return _light_head(tok)


def span_of(off: int, toks: list["Token"]) -> tuple[int, int]:
    """Character span (into the document) covering ``toks``."""
    return _span(off, toks)


def _core(tok: "Token", places: bool = True) -> Iterable["Token"]:
    """The subtree of ``tok`` without relative/appositive clauses (which name other people); without
    its locative phrases unless ``places`` ("Ukrainian forces near Kherson": Kherson is where, not who)."""
    yield tok
    for c in tok.children:
        if c.dep_ not in _SKIP_SUBTREE and (places or not (c.dep_ == "prep" and _locative(c))):
            yield from _core(c, places)


def _span(off: int, toks: list["Token"]) -> tuple[int, int]:
    toks = sorted(toks, key=lambda t: t.i)
    return tok_start(off, toks[0]), tok_end(off, toks[-1])


def _with_arguments(ctx: DocContext, off: int, ev: Event, typ: str, tok: "Token") -> Event:
    """The event with its named weapons, stated casualties and unnamed parties' words, parties cleaned
    (no place, no outlet). A toll with no number beside its death word is read off the parse ("A man
    ... died": one)."""
    row = EVENT_SCHEMA[typ]
    sent = ev.sentence
    ev.agent_descriptions, ev.target_descriptions = _unnamed(ctx, off, tok, typ)
    if row.instrument and sent is not None:
        ev.instruments = weapon_mentions(ctx.mentions, ctx.text, sent, "en", ctx.extractor)
    if row.casualties and sent is not None:
        ev.fatalities, ev.injuries = casualties_en(ctx.text, sent.start, sent.end)
        if ev.fatalities is None:
            ev.fatalities = victim_count(tok.sent)
    if sent is not None:
        ev.reported_by = reporters(ctx.mentions, ctx.text, sent, "en", ctx.extractor)
    _towns_hit(ev)
    return clean_roles(ev, "en")


def _towns_hit(ev: Event) -> None:
    """A target the NER left a generic place or called a country that the gazetteer knows as a town or
    village is the place hit ("destroyed ... units in the area of Vugledar", spaCy's "Nikolaev" a
    country): it is also where the event happened (as "shelled Kherson" is)."""
    towns = [m for m in ev.targets if m.type in ("Location", "Country") and known_place(m.text, False) in _TOWN_TYPES]
    ev.locations = _unique(ev.locations + towns)


def _unnamed(ctx: DocContext, off: int, tok: "Token", typ: str) -> tuple[list[str], list[str]]:
    """The words of the parties the trigger's frame finds unnamed ("Gunmen", "two civilians")."""
    heads = [tok] + [h for h in [_light_head(tok)] if h is not None]
    slots = [(c, _role_of(c, h)) for h in heads for c in h.children if c.i != tok.i]
    shared = next((x for h in heads for x in [shared_subject(h)] if x is not None), None)
    if shared is not None:  # "an assailant stabbed a policeman and was shot": the other clause's subject
        slots.append((shared[0], "target" if shared[1] or _patient_subject(tok) else "agent"))
    return unnamed_parties(ctx, off, tok, slots, _patient_subject(tok), EVENT_SCHEMA[typ].target_kind != "none")


def _patient_subject(tok: "Token") -> bool:
    """Is the subject of the trigger (or of its light verb) who suffered it? "Hugo Chavez died",
    "Navalny's death", a headline's passive, "the driver suffered injuries", "suffered an attack"."""
    light = _light_head(tok)
    return tok.lemma_.lower() in V.PATIENT_SUBJECT_TRIGGERS or tok.lower_ in V.PATIENT_SUBJECT_TRIGGERS \
        or _headline_passive(tok) or (light is not None and light.lemma_.lower() in F.PATIENT_LIGHT_VERBS)


def _hypothetical(tok: "Token") -> bool:
    if any(c.lower_ in V.HYPOTHETICAL_MODIFIERS for c in tok.children if c.dep_ in ("amod", "advmod")):
        return True
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("from", "against"):
        # "protect these facilities from Russian attacks", "vigilance against attacks"
        anc = head.head
        for _ in range(3):
            if anc.lemma_.lower() in V.PREVENTIVE_HEADS:
                return True
            if anc.head is anc:
                break
            anc = anc.head
    return False


def _mentions_under(ctx: DocContext, off: int, tok: "Token", types=_AGENT_TYPES,
                    places: bool | None = None) -> list[Mention]:
    """Mentions of ``types`` in the phrase under ``tok``; its locative phrases only for non-party
    types unless ``places`` says otherwise."""
    out: list[Mention] = []
    for t in sorted(_core(tok, types is not _AGENT_TYPES if places is None else places), key=lambda t: t.i):
        m = ctx.mention_at(tok_start(off, t), tok_end(off, t), types)
        if m is not None and m not in out:
            out.append(m)
    return out


def _party(ctx: DocContext, off: int, c: "Token", types=_AGENT_TYPES, places: bool | None = None) -> list[Mention]:
    """The named mentions of a party slot; failing those, who its pronoun, relative pronoun or definite
    description stands for ("he", "who", "the suspect": :func:`conflict_kg.extract.en_coref.antecedent`)."""
    found = _mentions_under(ctx, off, c, types, places)
    if found:
        return found
    nouns = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in ("prep", "agent") else [c]
    return [m for n in nouns for m in [antecedent(ctx, off, n)] if m is not None and m.type in types]


def _shared_parties(ctx: DocContext, off: int, tok: "Token", got: dict[str, list[Mention]]) -> None:
    """The subject a subjectless trigger verb (or the light verb of a trigger noun) shares with another
    clause of its sentence (:func:`conflict_kg.extract.en_shared_subject.shared_subject`): who did it, or
    who suffered it."""
    light = _light_head(tok)
    for verb in [tok] + ([light] if light is not None else []):
        # "followed his brother's lead in carrying out the bombing": the light verb's shared subject
        shared = shared_subject(verb)
        if shared is not None:
            got["target" if shared[1] else "subject"] += _party(ctx, off, shared[0])
            return


def _locative(prep: "Token") -> bool:
    """Does a preposition open a phrase of place: a locative one ("near Ugledar") or any whose
    object is a part of a place ("on the outskirts of Bakhmut", "in the area of Kupyansk")?"""
    return prep.lower_ in _LOC_PREPS or any(g.dep_ == "pobj" and g.lower_ in V.AREA_NOUNS for g in prep.children)


def _nested_places(ctx: DocContext, off: int, tok: "Token") -> list[Mention]:
    """Places named by the locative phrases inside a party's phrase ("units of the Armed Forces of
    Ukraine near Ugledar", "invaders on the outskirts of Bakhmut"): where the event happened, not
    whom it hit (the parse hangs such a phrase on the nearest noun)."""
    out: list[Mention] = []
    for t in _core(tok):
        for c in t.children:
            if c.dep_ == "prep" and _locative(c):
                out += [m for m in _mentions_under(ctx, off, c, _LOC_TYPES) if m not in out and not is_country(m)]
    return out


def _head_place(ctx: DocContext, off: int, tok: "Token") -> list[Mention]:
    """The place named by the head noun itself ("Kherson", "the village of X"), not a possessor,
    then the places its own "in"/"near" phrase puts it in ("the town of Kupiansk in the Kharkiv
    region" -> Kupiansk, Kharkiv region)."""
    m = ctx.mention_at(tok_start(off, tok), tok_end(off, tok), _LOC_TYPES)
    if m is None and tok.lower_ in V.AREA_NOUNS:  # "the Kherson community"
        m = next((x for c in tok.children if c.dep_ == "compound"
                  for x in [ctx.mention_at(tok_start(off, c), tok_end(off, c), _LOC_TYPES)] if x is not None), None)
    if m is None and (tok.lower_ in V.PLACE_KIND_NOUNS or tok.lower_ in V.AREA_NOUNS or tok.lower_ == "control"):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and m is None:
                        found = _head_place(ctx, off, g)
                        m = found[0] if found else None
    out = [m] if m is not None else []
    if m is not None and tok.lower_ in V.AREA_NOUNS:
        # "the Kievsky district of Donetsk": the city the district is part of, after the district
        out += [x for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"
                for x in [ctx.mention_at(tok_start(off, g), tok_end(off, g), _LOC_TYPES)] if x is not None]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LOC_PREPS:
            out += [x for x in _mentions_under(ctx, off, c, _LOC_TYPES) if x not in out]
    return out


def _light_head(tok: "Token") -> "Token | None":
    if tok.dep_ in ("nsubj", "dobj", "attr", "nsubjpass") and tok.head.lemma_.lower() in _LIGHT_VERBS:
        return tok.head
    if tok.dep_ == "xcomp" and tok.pos_ == "VERB" and tok.head.lemma_.lower() in _CONTROL_VERBS:
        return tok.head
    return None


def _role_of(c: "Token", h: "Token") -> str | None:
    """The role a dependent ``c`` of the trigger (or its light verb) ``h`` fills, by the frame tables
    ``V.DEP_ROLES`` and ``V.PREP_ROLES``: "agent", "target", "participant", "location", "modifier"."""
    if c.dep_ == "prep":
        if h.pos_ == "NOUN" and c.lower_ == "of" and h.lemma_.lower() in F.OF_PATIENT_NOUNS:
            return "target"  # "the death of Sean Collier", "the arrest of the student"
        if h.pos_ == "NOUN" and c.lower_ in V.NOUN_PREP_ROLES:
            return V.NOUN_PREP_ROLES[c.lower_]
        if c.lower_ in F.PATIENT_PREPS:
            return "target"  # "killed, including a police officer"
        role = V.PREP_ROLES.get(c.lower_)
        # "eliminated ... on the outskirts of Bakhmut": a part of a place is where, never whom
        return "location" if role == "target" and _locative(c) else role
    role = V.DEP_ROLES.get(c.dep_)
    if role == "target" and h.pos_ != "VERB":
        return None  # a noun's subject/object is no target ("the attack's aftermath")
    return role


def _frame(ctx: DocContext, off: int, tok: "Token", heads: list["Token"]) -> dict[str, list[Mention]]:
    """Mentions per role read off the dependents of the trigger and its light verb; ``places`` are
    targets that are themselves places ("shelled Kherson")."""
    got: dict[str, list[Mention]] = {k: [] for k in ("agent", "subject", "target", "participant", "location", "modifier",
                                                      "places", "nested_agent", "nested_target")}
    for h in heads:
        for c in h.children:
            if c.i == tok.i:  # spaCy makes a new Token object per access: compare indices
                continue
            role = _role_of(c, h)
            if role in ("agent", "target"):
                got["nested_" + role] += _nested_places(ctx, off, c)
            if role == "agent" and c.dep_ in ("nsubj", "poss"):
                got["subject"] += _party(ctx, off, c)
            elif role == "agent":
                got["agent"] += _party(ctx, off, c)
            elif role == "target" and c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in F.PATIENT_PREPS):
                # "the killing of a journalist in Belfast": who suffered it, not where
                got["target"] += _party(ctx, off, c)
            elif role == "target":
                got["target"] += _party(ctx, off, c, _TARGET_TYPES, places=False)
                objs = [c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"]
                for g in objs:
                    got["places"] += _head_place(ctx, off, g)
            elif role == "participant":
                got["participant"] += _party(ctx, off, c)
            elif role == "location":
                got["location"] += _mentions_under(ctx, off, c, _LOC_TYPES)
            elif role == "place":  # "the shelling of Zelenodolsk": the place hit, never a party
                for g in c.children:
                    if g.dep_ == "pobj":
                        got["places"] += [m for m in _head_place(ctx, off, g) if not is_country(m)]
            elif role == "modifier":
                m = ctx.mention_at(tok_start(off, c), tok_end(off, c), _AGENT_TYPES)
                if m is not None and m.type in _LOC_TYPES and c.dep_ in F.PLACE_MODIFIER_DEPS and not is_country(m):
                    got["location"].append(m)  # "the Oklahoma City bombing", "the Kabul attack": where
                elif m is not None and m.label != "DATE":
                    got["modifier"].append(m)
    return got


def _headline_passive(tok: "Token") -> bool:
    """A bare participle heading its clause is a passive with its auxiliary left out, as headlines
    write it ("Deputy Saldo liquidated in Kherson", "Four civilians killed in Donetsk region"): its
    subject suffered the event."""
    if tok.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    # spaCy often tags the bare participle a past tense: a verb that needs an object and has none
    return tok.tag_ == "VBN" or (tok.lemma_.lower() in V.TRANSITIVE_TRIGGERS
                                 and not any(c.dep_ in ("dobj", "dative") for c in tok.children))


def _responsible(ctx: DocContext, off: int, tok: "Token") -> list[Mention]:
    """The subject of "claimed responsibility for the attack" (:data:`V.RESPONSIBILITY_VERBS`)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
        return []
    verb = prep.head.head
    if verb.lemma_.lower() not in V.RESPONSIBILITY_VERBS:
        return []
    return [m for c in verb.children if c.dep_ == "nsubj" for m in _party(ctx, off, c)]


def _scene_heads(tok: "Token") -> list["Token"]:
    """Verbs whose place and date adjuncts are also the event's: the clause a nominal trigger is the
    subject of, or hangs from through :data:`V.SCENE_LINKS` ("killed ... due to shelling", "died as a
    result of the strike"), and verbs coordinated with the trigger's verb that have no subject of their own
    ("killed three and wounded eight civilians in a day")."""
    out: list["Token"] = []
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        out.append(tok.head)  # "An explosion damaged the Crimean Bridge on October 8": the clause it is the subject of
    node, words = tok, []
    while tok.pos_ == "NOUN" and len(words) < 5 and node.dep_ in _SCENE_DEPS and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if words and all(w in V.SCENE_LINKS for w in words):
                out.append(node)
            break
        words.append(node.lower_)
    for h in [tok] + out:
        if h.pos_ != "VERB":
            continue
        out += [c for c in h.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c)]
        if h.dep_ == "conj" and h.head.pos_ == "VERB" and not _has_subject(h):
            out.append(h.head)
    return [h for i, h in enumerate(out) if h.i != tok.i and all(h.i != g.i for g in out[:i])]


def _has_subject(verb: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _scene_places(ctx: DocContext, off: int, heads: list["Token"]) -> list[Mention]:
    out: list[Mention] = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _LOC_PREPS:
                out += [m for m in _mentions_under(ctx, off, c, _LOC_TYPES) if m not in out and not is_country(m)]
    return out


def _args(ctx: DocContext, off: int, tok: "Token", typ: str) -> dict:
    """Agents, targets, participants and locations of the trigger, as its type's schema row allows."""
    row = EVENT_SCHEMA[typ]
    heads, ranges = [tok], [(tok_start(off, tok), tok_end(off, tok))]
    light = _light_head(tok)
    if light is not None:
        heads.append(light)
        ranges.append((tok_start(off, light), tok_end(off, light)))
    for h in heads:
        # where the event's own date can be: its adjuncts, and a possessive ("Tuesday's attack")
        ranges += [_span(off, list(c.subtree)) for c in h.children
                   if c.i != tok.i and c.dep_ in ("prep", "npadvmod", "advmod", "obl", "poss")]
    got = _frame(ctx, off, tok, heads)
    _shared_parties(ctx, off, tok, got)
    if _patient_subject(tok):
        # "Hugo Chavez died", "Navalny's death", "Russian losses": who suffered it
        got["target"] += got.pop("subject") + got["modifier"]
        got["modifier"] = []
    else:
        got["agent"] += got.pop("subject")
    got["agent"] += _responsible(ctx, off, tok)
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "General Gladkikh, killed in Syria ...", "civilians wounded in the shelling": the noun a
        # passive participle modifies suffered the event
        got["target"] += [m for m in [ctx.mention_at(tok_start(off, tok.head), tok_end(off, tok.head), _TARGET_TYPES)]
                          if m is not None]
    scene = _scene_heads(tok)
    if scene and tok.dep_ == "nsubj" and scene[0].i == tok.head.i:
        # "An explosion damaged the Crimean Bridge": what its clause hit is the place hit
        got["places"] += [m for c in tok.head.children if c.dep_ == "dobj"
                          for m in _head_place(ctx, off, c) if not is_country(m)]
    if scene:
        # the clause that sets the scene ("killed in the Kharkiv region due to shelling"), when the
        # trigger's own phrase names no place or date
        got["location"] = got["location"] or _scene_places(ctx, off, scene)
        scene_ranges = [_span(off, list(c.subtree)) for h in scene for c in h.children
                        if c.dep_ in ("prep", "npadvmod", "advmod")]
    else:
        scene_ranges = []
    got["location"] = got["location"] or _episode_places(ctx, off, [tok] + scene)
    agents = got["agent"] + (got["modifier"] if row.modifier_role == "agent" else [])
    targets = got["target"] if row.target_kind != "none" else []
    participants = got["participant"] if row.participants else []
    locations = event_locations(row, got)
    if row.participants == "all":
        participants += got["target"]  # "Biden met Zelensky": whom one meets takes part as well
        persons = [m for m in agents + participants if m.type == "Person"]
        # the organisations in "CIA Director Burns" are roles, not participants
        participants = persons or agents + participants
        agents = []
    agents = _unique([m for m in agents if m not in participants])
    return {"agents": agents, "targets": _unique(targets), "participants": participants, "locations": locations,
            "ranges": ranges, "scene_ranges": scene_ranges}


def _episode_places(ctx: DocContext, off: int, heads: list["Token"]) -> list[Mention]:
    """The place of the episode a time phrase names ("During the liberation of Balakleya, the operator
    ... was killed", "after the shelling of Kherson"): the "of"-phrase of its event noun."""
    out: list[Mention] = []
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in V.EPISODE_PREPS:
                continue
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    out += [m for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                            for x in p.children if x.dep_ == "pobj"
                            for m in _head_place(ctx, off, x) if not is_country(m) and m not in out]
    return out


def _instrument_noun(tok: "Token") -> str | None:
    """The means of a violent event named by a common noun in its frame (``F.INSTRUMENT_NOUNS``): "a bomb
    exploded", "detonated an improvised explosive device", "wounded by a roadside bomb", "with a knife";
    the noun with the words before it that say which ("car bomb"), as written."""
    heads = [tok] + [h for h in [_light_head(tok)] if h is not None]
    for h in heads:
        for c in h.children:
            if c.i == tok.i:
                continue
            nouns = [c] if c.dep_ in F.INSTRUMENT_DEPS else \
                [g for g in c.children if g.dep_ == "pobj"] if c.lower_ in F.INSTRUMENT_PREPS else []
            for n in nouns:
                if n.lemma_.lower() in F.INSTRUMENT_NOUNS or n.lower_ in F.INSTRUMENT_NOUNS:
                    left = [t.i for m in n.children if m.i < n.i and m.dep_ in ("compound", "amod", "nmod")
                            for t in m.subtree]
                    return n.doc[min([n.i] + left) : n.i + 1].text
    return None


def _mode(tok: "Token", typ: str) -> tuple[str | None, str | None]:
    if not EVENT_SCHEMA[typ].mode:
        return None, None
    words = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "by"):
            words += [g for g in c.subtree]
    for w in words:
        mode = V.ATTACK_MODES.get(w.lower_)
        if mode:
            return mode, w.text
    return V.EVENT_TRIGGERS.get(tok.lemma_.lower(), (None, None))[1], None


def _money(sent, off: int) -> tuple[str, tuple[int, int]] | None:
    for ent in sent.ents:
        if ent.label_ != "MONEY":
            continue
        before = {t.lower_ for t in sent.doc[max(sent.start, ent.start - 3) : ent.start]}
        if before & _NOT_MONEY_BEFORE:
            continue
        a = ent.start + (1 if sent.doc[ent.start].lower_ == "the" else 0)
        span = sent.doc[a : ent.end]
        return span.text, (off + span.start_char, off + span.end_char)
    return None


def _quantity(tok: "Token", typ: str) -> str | None:
    if EVENT_SCHEMA[typ].quantity == "count":
        for c in list(tok.children) + [tok]:
            for g in ([c] + list(c.children)):
                if g.dep_ == "nummod" or g.like_num:
                    if g.dep_ == "nummod":
                        return f"{g.text} {g.head.text}"
    return None


def _reporting_places(ctx: DocContext) -> list[tuple[int, int]]:
    """Character spans of the place phrases of reporting verbs ("Zelensky said in Kyiv", "Speaking in
    Brussels, the minister said"): where a report was made, never where its event happened."""
    out = []
    for sdoc, off in ctx.chunks:
        for tok in sdoc:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _REPORTING:
                out += [_span(off, list(c.subtree)) for c in tok.children if c.dep_ == "prep" and c.lower_ in _LOC_PREPS]
    return out


def _merge_nested(found: list[tuple["Token", Event]]) -> list[Event]:
    """The sentence's events, a trigger inside another trigger's phrase of the same type merged into it:
    the same event ("destroyed ... with airstrikes")."""
    out = []
    for tok, ev in found:
        outer = [(t, e) for t, e in found if e is not ev and e.type == ev.type and t.is_ancestor(tok)]
        if outer:
            t, e = outer[0]
            e.mode = e.mode or ev.mode
            e.instrument = e.instrument or ev.instrument or (ev.trigger if ev.mode else None)
            # "A man was killed in Kharkiv region ..., three more were injured": one toll,
            # told in two clauses; the place and date may sit in either
            e.locations = e.locations or ev.locations
            e.date = e.date or ev.date
            take_parties(e, ev)
            continue
        out.append(ev)
    return out


def extract_events(ctx: DocContext) -> list[Event]:
    """Events of the document in text order, one per trigger (nested triggers merged).

    >>> from conflict_kg.extract.en import context_en_text
    >>> ctx = context_en_text("Russian forces shelled Kharkiv on 20 November.", date="2025-11-21")
    >>> [(e.type, e.trigger, [m.text for m in e.agents], [m.text for m in e.locations], e.mode, e.date)
    ...  for e in extract_events(ctx)]
    [('Attack', 'shelled', ['Russian forces'], ['Kharkiv'], 'shelling', '2025-11-20')]
    """
    out: list[Event] = []
    anaphoric: set[int] = set()  # events told by a noun that refers back ("the bombing")
    cued_places(ctx)
    for sdoc, off in ctx.chunks:
        sents = list(sdoc.sents)
        for si, sent in enumerate(sents):
            if ctx.in_headline(off + sent.start_char):
                continue
            found: list[tuple["Token", Event]] = []
            for tok in sent:
                hit = _trigger(tok)
                if hit is None or _hypothetical(tok) or _other_sense(sent, hit[0]):
                    continue
                typ, _ = hit
                args = _args(ctx, off, tok, typ)
                mode, instrument = _mode(tok, typ)
                if EVENT_SCHEMA[typ].instrument or EVENT_SCHEMA[typ].casualties:
                    instrument = instrument or _instrument_noun(tok)
                ev = Event(type=typ, trigger=tok.text, start=tok_start(off, tok), end=tok_end(off, tok),
                           agents=args["agents"], targets=args["targets"], participants=args["participants"],
                           locations=args["locations"], mode=mode, instrument=instrument,
                           quantity=_quantity(tok, typ),
                           date=ctx.date_in(args["ranges"]) or ctx.date_in(args["scene_ranges"]),
                           sentence=ctx.sentence_span(sdoc, off, tok), confidence=V.EVENT_CONFIDENCE.get(typ, 0.6),
                           extractor=ctx.extractor)
                if EVENT_SCHEMA[typ].quantity == "money":
                    money = _money(sent, off)
                    if money is None and si > 0 and "\n\n" not in sdoc.text[sents[si - 1].end_char:sent.start_char + 1]:
                        money = _money(sents[si - 1], off)  # "This is the 53 million dollars ... we will provide"
                        if money is not None and ev.date is None:
                            prev = sents[si - 1]
                            ev.date = ctx.date_in([(off + prev.start_char, off + prev.end_char)])
                    if money is not None:
                        ev.quantity = money[0]
                found.append((tok, _with_arguments(ctx, off, ev, typ, tok)))
                if refers_back(tok):
                    anaphoric.add(id(ev))
            out += _merge_nested(found)
    out.sort(key=lambda e: e.start)
    out = merge_same_sentence(out)
    inherit_parties(out, anaphoric)
    sentence_places(ctx, out, _reporting_places(ctx))
    reported_account_places(ctx, out)
    return out
