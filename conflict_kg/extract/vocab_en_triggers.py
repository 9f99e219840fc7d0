"""English event trigger tables (issue #15): trigger words, their conditions, and the word lists the
conditions use. Read through :mod:`conflict_kg.extract.vocab_en`, which re-exports every name here;
applied by :mod:`conflict_kg.extract.en_triggers`.

>>> EVENT_TRIGGERS["shell"], TRIGGER_CONDITIONS["shell"].verb_only
(('Attack', 'shelling'), True)
"""
from __future__ import annotations

from typing import NamedTuple

from conflict_kg.extract import vocab_en_frames as F

__all__ = ["EVENT_TRIGGERS", "TriggerCondition", "FORCE_NOUNS", "MUNITION_NOUNS", "TRIGGER_CONDITIONS",
           "BARE_EVENT_ADJECTIVES", "COPULAS"]

#: Event triggers (lemma) -> (event type, attack mode or None).
EVENT_TRIGGERS: dict[str, tuple[str, str | None]] = {
    # attacks
    "attack": ("Attack", None),
    "strike": ("Attack", None),
    "airstrike": ("Attack", "airstrike"),
    "bombardment": ("Attack", "shelling"),
    "bomb": ("Attack", "bombing"),
    "bombing": ("Attack", "bombing"),
    "shell": ("Attack", "shelling"),
    "shelling": ("Attack", "shelling"),
    "fighting": ("Attack", None),  # noun/gerund only; "continue to fight" is not an event
    "fight": ("Attack", None),  # only as "fighting"; see TRIGGER_CONDITIONS
    "offensive": ("Attack", None),
    "assault": ("Attack", None),
    "destroy": ("Attack", None),
    "hit": ("Attack", None),
    "raid": ("Attack", None),
    # interceptions
    "intercept": ("Interception", None),
    "interception": ("Interception", None),
    "shoot": ("Interception", None),  # only with particle "down"; see TRIGGER_CONDITIONS
    # captures
    "capture": ("Capture", None),
    "seize": ("Capture", None),
    "liberate": ("Capture", None),
    "liberation": ("Capture", None),
    "occupy": ("Capture", None),
    "retake": ("Capture", None),
    "take": ("Capture", None),  # only "take control of"; see TRIGGER_CONDITIONS
    # meetings
    "meeting": ("Meeting", None),
    "meet": ("Meeting", None),
    "talks": ("Meeting", None),
    "summit": ("Meeting", None),
    # proposals / agreements
    "propose": ("Proposal", None),
    "proposal": ("Proposal", None),
    "agreement": ("Agreement", None),
    "agree": ("Agreement", None),
    "deal": ("Agreement", None),
    # aid
    "aid": ("Aid", None),
    "assistance": ("Aid", None),
    "provide": ("Aid", None),
    "supply": ("Aid", None),
    "donate": ("Aid", None),
    "package": ("Aid", None),
    "pledge": ("Aid", None),
    # sanctions / accusations / mobilisation / casualties
    "sanction": ("Sanction", None),
    "sanctions": ("Sanction", None),
    "accuse": ("Accusation", None),
    "accusation": ("Accusation", None),
    "condemn": ("Accusation", None),
    "mobilization": ("Mobilization", None),
    "mobilisation": ("Mobilization", None),
    "mobilize": ("Mobilization", None),
    "conscription": ("Mobilization", None),
    "kill": ("CasualtyReport", None),
    "wound": ("CasualtyReport", None),
    "injure": ("CasualtyReport", None),
    "casualty": ("CasualtyReport", None),
    "death": ("CasualtyReport", None),
    "die": ("CasualtyReport", None),
    "losses": ("CasualtyReport", None),
    "eliminate": ("Attack", None),
    # UCDP dev headlines: "Deputy Saldo liquidated in Kherson", "Border guards neutralized several enemy
    # groups", "repelled an attempt to land saboteurs", "37 clashes took place", "sank a barge with Russian
    # military", "explosions were heard at the ammunition depot", "launched an unsuccessful counterattack"
    "liquidate": ("Attack", None),
    "neutralize": ("Attack", None),
    "repel": ("Attack", None),
    "clash": ("Attack", None),
    "clashes": ("Attack", None),
    "counterattack": ("Attack", None),
    "sink": ("Attack", None),
    "explosion": ("Attack", None),
    # third round, UCDP dev: "inflicted a comprehensive fire defeat on units of ...", "inflicted fire damage
    # on ...", "50 bodies of dead civilians were found" (see TRIGGER_CONDITIONS: only so governed)
    "defeat": ("Attack", None),
    "damage": ("Attack", None),
    # fourth round, military-report wording (UCDP dev and our sentences): "defeated two territorial defense
    # brigades", "tried to break through", "dealt a massive blow to the Armed Forces", "the counteroffensive"
    # (a form of "offensive", as "counterattack" is of "attack"); see TRIGGER_CONDITIONS
    "break": ("Attack", None),
    "blow": ("Attack", None),
    "counteroffensive": ("Attack", None),
    "counter-offensive": ("Attack", None),
    # a combat flight ("Aviation ... made more than 40 sorties in a day", UCDP dev); a killing as the
    # Japanese table reads 殺害 ("the murder of the 'Prosecutor General'", UCDP dev; see TRIGGER_CONDITIONS)
    "sortie": ("Attack", "airstrike"),
    "murder": ("Attack", None),
    "assassinate": ("Attack", None),
    "assassination": ("Attack", None),
    "bodies": ("CasualtyReport", None),
    # fifth round, synonym families (our sentences; UCDP dev "the battle for Lyman", "its a slaughter"): a
    # fight told by its noun (battle, skirmish, firefight; see TRIGGER_CONDITIONS: not a legal battle or one
    # against a disease), a shelling by its verb (bombard), a repelled attack (repulse, as "repel"), an
    # ambush, a mass killing (massacre, slaughter; not of cattle), and dying (perish, as "die")
    "battle": ("Attack", None),
    "skirmish": ("Attack", None),
    "firefight": ("Attack", None),
    "bombard": ("Attack", "shelling"),
    "repulse": ("Attack", None),
    "ambush": ("Attack", None),
    "massacre": ("Attack", None),
    "slaughter": ("Attack", None),
    "perish": ("CasualtyReport", None),
    # "Ukrainian Armed Forces lost more than 15 people per day": a side's toll (see TRIGGER_CONDITIONS)
    "lose": ("CasualtyReport", None),
    "fire": ("Attack", None),  # only "fired at/on" or "fired shells"; see TRIGGER_CONDITIONS
    "launch": ("Attack", None),  # only "launched missiles"; see TRIGGER_CONDITIONS
    # arrests and detentions
    "arrest": ("Arrest", None),
    "detain": ("Arrest", None),
    "detention": ("Arrest", None),
    "apprehend": ("Arrest", None),
    # explosions, gun battles, custody, charges (general news); "blow" stays the dealt blow's plain Attack
    **{k: v for k, v in F.FAMILY_TRIGGERS.items() if k != "blow"},
}

class TriggerCondition(NamedTuple):
    """When a trigger lemma is an event (PETRARCH-style pattern lines, as data).

    ``surface``: the token must be one of these forms ("fighting", not "fight");
    ``needs_child``: a dependent's form or lemma must be one of these ("shoot" + "down");
    ``blocked_by_child``: no dependent (its form, lemma or last word: "48-hour" ends in "hour") may be
    one of these ("hunger strike");
    ``blocked_by_head``: the governing phrase may not be one of these ("go on" in "went on strike",
    "call" in "called a strike");
    ``needs_object``: the trigger must be a verb with an object ("provide weapons", not "power supply");
    ``verb_only``: the noun names a thing, not an event ("cluster bombs", "artillery shells");
    ``noun_only``: the verb is another word ("dealt a massive blow" is no deal);
    ``needs_head``: the governing phrase must be one of these ("inflicted ... defeat", "bodies ... found");
    ``blocked_by_object``: the object, or the noun of one of the trigger's prepositional phrases, may not
    be one of these ("dealt a blow to the economy");
    ``needs_subject``: the subject's lemma must be one of these ("a bomb went off", not "the alarm").

    A lemma may have several conditions (a tuple): it is an event when any of them holds.
    """

    surface: tuple[str, ...] = ()
    needs_child: tuple[str, ...] = ()
    blocked_by_child: tuple[str, ...] = ()
    blocked_by_head: tuple[str, ...] = ()
    needs_object: bool = False
    verb_only: bool = False
    noun_only: bool = False
    needs_head: tuple[str, ...] = ()
    blocked_by_object: tuple[str, ...] = ()
    needs_subject: tuple[str, ...] | frozenset[str] = ()


#: Armed units a side defeats ("defeated two brigades", "defeated the enemy's forces").
FORCE_NOUNS = ("brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "unit", "units", "forces",
               "troops", "group", "groups", "grouping", "formations", "company", "companies", "enemy", "army",
               "detachment", "detachments", "militants", "invaders", "occupiers")

#: What is fired or launched at someone ("fired 75 shells", "launched 30 missiles"); not "rounds" (of talks).
MUNITION_NOUNS = ("shell", "shells", "rocket", "rockets", "missile", "missiles", "drone", "drones", "ammunition",
                  "munitions", "projectiles", "bombs", "grenades", "mortars", "salvos", "salvo", "shots")

#: A blow someone deals ("dealt a massive blow to the Armed Forces"); not a blow to hopes or an economy.
_DEALT_BLOW = TriggerCondition(noun_only=True, needs_head=("deal", "inflict", "deliver", "strike", "launch"),
                               blocked_by_object=("economy", "hope", "hopes", "plan", "plans", "prestige", "reputation",
                                                  "image", "credibility", "talks", "negotiations", "government",
                                                  "party", "campaign", "ambitions", "efforts", "industry", "market",
                                                  "budget"))

#: What a figurative battle is fought in or against ("a legal battle", "the battle against cancer").
_FIGURATIVE_BATTLES = ("legal", "court", "courtroom", "political", "custody", "election", "electoral", "uphill",
                       "ratings", "budget", "bidding", "culture", "rap", "dance", "cancer", "disease", "illness",
                       "addiction", "fire", "wildfire", "blaze", "flames", "flood", "pandemic", "covid", "virus",
                       "inflation", "obesity", "poverty", "drought", "bulge", "wits", "sexes", "bands")

#: Nouns "battle" modifies as a thing's kind, not an event ("the battle situation", "a battle tank").
_BATTLE_MODIFIED = ("situation", "tank", "group", "line", "field", "readiness", "plan", "zone", "ship", "cry",
                    "gear", "dress", "experience", "order", "formation", "map", "report", "reports", "update")

#: Conditions per trigger lemma; a lemma absent here is an event whenever it is a noun or verb.
TRIGGER_CONDITIONS: dict[str, TriggerCondition | tuple[TriggerCondition, ...]] = {
    "fight": TriggerCondition(surface=("fighting",)),  # "continue to fight" is not an event
    "shoot": TriggerCondition(needs_child=("down",)),
    "take": TriggerCondition(needs_child=("control",)),
    # labour and protest strikes are no attacks
    "strike": TriggerCondition(blocked_by_child=("hunger", "hour", "day", "general", "labour", "labor", "warning",
                                                  "workers", "worker", "rail", "teachers", "miners", "union", "student"),
                               blocked_by_head=("go on", "be on", "call", "join")),
    # "fired at Nikolaev", "fired on the village", "fired 75 shells"; not "fire missions", "ceasefire",
    # "fired 30 workers"
    "fire": (TriggerCondition(verb_only=True, needs_child=("at", "on", "upon", "into")),
             TriggerCondition(verb_only=True, needs_child=MUNITION_NOUNS)),
    # "launched 30 missiles at Kyiv" (our sentences); "launched an attack" is the attack's light verb
    "launch": TriggerCondition(verb_only=True, needs_child=MUNITION_NOUNS),
    # an agreement is "a deal"; "dealt a massive blow" is none (UCDP dev)
    "deal": TriggerCondition(noun_only=True),
    # a toll only when people are lost ("lost up to 500 servicemen"), not "lost control", "lost power"
    "lose": TriggerCondition(verb_only=True, needs_child=(
        "people", "servicemen", "soldiers", "fighters", "troops", "military", "defenders", "men", "personnel",
        "civilians", "lives", "militants", "mercenaries")),
    # "sank a barge", not "the ruble sank"
    "sink": TriggerCondition(needs_object=True),
    # a defeat or damage someone inflicts on a force (not "the defeat of the bill", "storm damage"); bodies
    # that are found or exhumed are a toll (not "a governing body")
    # a side "defeated" armed units (our sentences: not "defeated the bill", "defeated the incumbent")
    "defeat": (TriggerCondition(noun_only=True, needs_head=("inflict",)),
               TriggerCondition(verb_only=True, needs_child=FORCE_NOUNS)),
    # "tried to break through", "broke through the defence lines"; not "break the deadlock"
    "break": TriggerCondition(verb_only=True, needs_child=("through",),
                              blocked_by_object=("deadlock", "impasse", "stalemate", "barrier", "ceiling", "noise")),
    "damage": TriggerCondition(noun_only=True, needs_head=("inflict",)),
    "bodies": TriggerCondition(surface=("bodies",), needs_head=("find", "discover", "exhume", "recover", "uncover")),
    # devices, not events: "cluster bombs", "artillery shells" (the events are "bombing", "shelling")
    # a charge or a verdict names no killing that happened here ("charged with murder", 殺人罪 in Japanese)
    "murder": TriggerCondition(blocked_by_head=("charge with", "accuse of", "convict of", "suspect of", "guilty of",
                                                "sentence for", "trial for", "arrest for", "investigation into")),
    "bomb": TriggerCondition(verb_only=True),
    # a battle is fought, not waged in court or against a disease; the verb is figurative ("battled the
    # blaze", "battling inflation")
    # nor a modifier of a thing ("the battle situation", "a battle tank": English seed 000)
    "battle": TriggerCondition(noun_only=True, blocked_by_child=_FIGURATIVE_BATTLES,
                               blocked_by_object=_FIGURATIVE_BATTLES, blocked_by_head=_BATTLE_MODIFIED),
    "slaughter": TriggerCondition(blocked_by_object=("cattle", "pigs", "animals", "livestock", "chickens", "sheep",
                                                     "cows", "lambs", "poultry")),
    "shell": TriggerCondition(verb_only=True),
    # "Casualties unknown.", "no casualties": no toll is reported
    "casualty": TriggerCondition(blocked_by_child=("unknown", "no")),
    # "an arrest warrant" is no arrest
    "arrest": TriggerCondition(blocked_by_head=("warrant",)),
    "provide": TriggerCondition(needs_object=True),
    "supply": TriggerCondition(needs_object=True),
    "pledge": TriggerCondition(needs_object=True),
    "donate": TriggerCondition(needs_object=True),
    **{lemma: TriggerCondition(**kw) for lemma, kw in F.FAMILY_CONDITIONS.items() if lemma != "blow"},
    # a dealt blow (above) or a verb "blew up" (the general-news family)
    "blow": (_DEALT_BLOW, TriggerCondition(**F.FAMILY_CONDITIONS["blow"])),
}

#: Event nouns spaCy tags as adjectives when they stand bare after a verb ("Southern group of troops
#: continues offensive in Donetsk direction", UCDP dev): an event when their verb is no copula
#: ("the remarks were offensive") and they modify no noun ("offensive weapons").
BARE_EVENT_ADJECTIVES = frozenset({"offensive", "counteroffensive"})
COPULAS = frozenset("be seem become remain appear look sound find consider".split())
