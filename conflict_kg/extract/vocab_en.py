"""English lexicons for the extractor: titles, reporting verbs, event triggers, media.

Pure data (no spaCy). The event trigger tables are in :mod:`conflict_kg.extract.vocab_en_triggers`,
re-exported here. Words are lower-case unless noted; matching code lower-cases
tokens before lookup. Kept in one place so that adding a word never means touching
extraction logic.
"""
from __future__ import annotations

__all__ = [
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "ORG_HEADS",
    "GOVERNMENT_HEADS",
    "MILITARY_HEADS",
    "INTL_ORGS",
    "MEDIA_NAMES",
    "UNNAMED_SPEAKERS",
    "REPORTING_VERBS",
    "SPEECH_OBJECT_FRAMES",
    "DENIAL_VERBS",
    "CLAIM_VERBS",
    "CLAIM_NOUNS",
    "FALSITY_WORDS",
    "TRUTH_WORDS",
    "REGION_WORDS",
    "PLACE_KIND_NOUNS",
    "EVENT_TRIGGERS",
    "TriggerCondition",
    "TRIGGER_CONDITIONS",
    "FORCE_NOUNS",
    "MUNITION_NOUNS",
    "BARE_EVENT_ADJECTIVES",
    "COPULAS",
    "NOUN_PREP_ROLES",
    "AREA_NOUNS",
    "EPISODE_PREPS",
    "PLACE_NAME_AFTER_CUES",
    "PATIENT_SUBJECT_TRIGGERS",
    "RESPONSIBILITY_VERBS",
    "TRANSITIVE_TRIGGERS",
    "SCENE_LINKS",
    "PLACE_NAME_CUES",
    "LOCATIVE_CUES",
    "EVENT_CONFIDENCE",
    "ANAPHORIC_DETERMINERS",
    "WEAPONS",
    "FATALITY_WORDS",
    "INJURY_WORDS",
    "NUMBER_WORDS",
    "COUNT_LOW_CUES",
    "COUNT_HIGH_CUES",
    "TOLL_PHRASES",
    "RISE_VERBS",
    "CASUALTY_PAIRS",
    "NUMBER_MULTIPLIERS",
    "VAGUE_COUNTS",
    "COUNT_ABOVE_CUES",
    "ADDED_COUNT_CUES",
    "SENSE_BLOCKS",
    "DEP_ROLES",
    "PREP_ROLES",
    "ATTACK_MODES",
    "HYPOTHETICAL_MODIFIERS",
    "PREVENTIVE_HEADS",
    "MEDIUM_WORDS",
    "PLATFORMS",
    "NOT_NAME_WORDS",
    "PRONOUNS",
]

# The trigger tables live in their own module (one table family per module); they are re-exported here,
# where the extractors and tests read them from.
from conflict_kg.extract.vocab_en_triggers import (  # noqa: E402
    BARE_EVENT_ADJECTIVES,
    COPULAS,
    EVENT_TRIGGERS,
    FORCE_NOUNS,
    MUNITION_NOUNS,
    TRIGGER_CONDITIONS,
    TriggerCondition,
)

#: Nouns that head a title ("Secretary" in "Secretary of State", "Minister" in
#: "Deputy Prime Minister"). A capitalised one directly before a name makes a person.
TITLE_HEADS = frozenset(
    """
    president vice-president minister secretary director chief commander general spokesman spokeswoman
    spokesperson ambassador governor mayor chancellor premier king queen prince leader head envoy adviser
    advisor aide admiral colonel lieutenant captain sergeant senator congressman congresswoman prosecutor
    chairman chairwoman chair speaker commissioner pope patriarch ombudsman deputy marshal major
    representative emissary counsellor councillor official officer
    """.split()
)

#: Words that may precede a title head inside the title ("Deputy Prime Minister",
#: "Foreign Minister", "Lt. Gen."). Not names and not organisations on their own.
TITLE_MODIFIERS = frozenset(
    """
    deputy prime vice foreign defence defense interior first acting former state general security
    national press lt. lt gen. gen maj. maj col. col sgt. brig. brig lieutenant major rear attorney
    executive supreme senior special top armed forces intelligence finance economy energy justice
    health emergency emergencies culture digital commanding
    """.split()
)

#: Last words of an organisation name ("Foreign Intelligence Service", "State Department").
ORG_HEADS = frozenset(
    """
    service agency ministry department council committee office administration government kremlin
    army navy forces force command staff guard guards brigade battalion regiment division corps
    bureau commission parliament duma rada assembly union alliance organization organisation
    company corporation fund bank court directorate
    """.split()
)

#: Organisation heads that make a Government (vs a generic Organization).
GOVERNMENT_HEADS = frozenset(
    "ministry department government administration kremlin office parliament duma rada council cabinet".split()
)

#: Organisation heads/words that make a MilitaryUnit.
MILITARY_HEADS = frozenset(
    "army navy forces force military brigade battalion regiment division corps command guard guards troops".split()
)

#: International organisations (lower-cased surface forms).
INTL_ORGS = frozenset(
    {"nato", "un", "u.n.", "eu", "iaea", "osce", "g7", "g20", "who", "unesco", "unicef", "icrc", "imf",
     "united nations", "european union", "security council", "red cross", "world bank",
     "international atomic energy agency", "un security council", "the united nations",
     "the european union", "the un", "the un security council", "the security council"}
)

#: Media outlets (lower-cased); an ORG with one of these names is a MediaOutlet.
MEDIA_NAMES = frozenset(
    """
    nhk reuters tass ria interfax cnn bbc ap afp bloomberg kyodo jiji ukrinform unian
    rbc kommersant izvestia sputnik rt al-jazeera aljazeera sns telegram twitter facebook youtube
    """.split()
) | frozenset({"ria novosti", "al jazeera", "associated press", "new york times", "washington post",
               "the new york times", "the washington post", "financial times", "wall street journal"})

#: Nouns for speakers who are not named ("A spokesman for the US State Department").
UNNAMED_SPEAKERS = frozenset(
    "spokesman spokeswoman spokesperson official officials representative source sources aide diplomat".split()
)

#: Reporting verbs (lemmas) that introduce a statement.
REPORTING_VERBS = frozenset(
    """
    say write tell emphasize emphasise claim warn deny state announce add stress insist note
    declare indicate explain report post reveal confirm argue assert accuse urge point suggest
    believe acknowledge vow pledge reiterate comment express
    """.split()
)

#: Speech verbs whose content is an object rather than a clause: lemma -> the right-hand dependents
#: (dependency label, or preposition/particle word) of which one must follow the verb. The content runs
#: from the verb's first right-hand dependent to its last one, coordinated verbs left out:
#: "called Trump 'unhinged'" (oprd), "called for more flexibility", "called on the US to attack",
#: "called out his rival", "urged women to vote for Clinton" (xcomp), "announced his resignation".
SPEECH_OBJECT_FRAMES: dict[str, frozenset[str]] = {
    "call": frozenset({"oprd", "for", "on", "out"}),
    "urge": frozenset({"xcomp"}),
    "ask": frozenset({"xcomp"}),
    "announce": frozenset({"dobj"}),
    "vow": frozenset({"xcomp"}),
    "pledge": frozenset({"xcomp"}),
    "promise": frozenset({"xcomp"}),
    "demand": frozenset({"dobj"}),
}

#: Reporting verbs whose content is denied rather than asserted.
DENIAL_VERBS = frozenset("deny reject refute dismiss".split())

#: Nouns for what a denial denies ("denied the claim", "the enemy's report ... is false").
#: Pronouns are here because "Ukraine denied it" denies the latest claim.
CLAIM_NOUNS = frozenset(
    """
    claim claims report reports allegation allegations statement statements assertion assertions
    accusation accusations information news announcement rumour rumours rumor rumors it this that these
    them
    """.split()
)

#: Predicates that call a claim false ("... is false", "dismissed ... as propaganda").
FALSITY_WORDS = frozenset(
    """
    false untrue fake lie lies baseless groundless fabricated fabrication fiction propaganda
    disinformation misinformation nonsense unfounded incorrect wrong
    """.split()
)

#: Predicates that call a claim false only when negated ("... is not true").
TRUTH_WORDS = frozenset("true correct accurate".split())

#: Nouns after a place name that make it an oblast/province ("the Kharkiv region").
REGION_WORDS = frozenset("region regions oblast oblasts province provinces".split())

#: "the <noun> of X": the kind of place X is ("the town of Kupiansk").
PLACE_KIND_NOUNS = {
    "town": "Settlement",
    "village": "Settlement",
    "settlement": "Settlement",
    "city": "City",
    "region": "AdministrativeRegion",
    "oblast": "AdministrativeRegion",
    "province": "AdministrativeRegion",
}

#: Reporting verbs that mark their content as a party's claim about an event.
CLAIM_VERBS = REPORTING_VERBS - frozenset("urge vow pledge express believe suggest".split())

#: Argument frame: the role a dependency relation of an event trigger (or of its light verb) fills.
#: "nsubjpass"/"dobj" are targets only of a verb ("Kherson was shelled", "shelled Kherson");
#: a compound or adjective modifier ("Russian attack", "drone strike") fills the type's
#: ``modifier_role`` in the event schema.
DEP_ROLES: dict[str, str] = {
    "nsubj": "agent", "poss": "agent", "agent": "agent",
    "dobj": "target", "nsubjpass": "target",
    "compound": "modifier", "amod": "modifier",
}

#: Argument frame: the role a preposition's phrase fills ("strike on Kyiv", "talks with Zelensky",
#: "shelled by Russia", "fighting near Bakhmut"). Participants are taken only by types whose schema
#: row has ``participants``.
PREP_ROLES: dict[str, str] = {
    "by": "agent",
    "on": "target", "against": "target",
    "between": "participant", "with": "participant", "among": "participant",
    **{p: "location" for p in "in near at around outside across over inside into within throughout".split()},
}

#: Argument frame of a *nominal* trigger: the role its preposition's phrase fills. The "of"-phrase
#: names the place hit ("the shelling of Zelenodolsk", "shelling of the village of Rubtsy") and only a
#: place: translated reports write "the shelling of the Armed Forces of Ukraine" for shelling *by*
#: them, so an actor there fills no role.
NOUN_PREP_ROLES: dict[str, str] = {"of": "place"}

#: Words on the path from a nominal trigger up to the clause that sets its scene ("killed in the
#: Kharkiv region due to enemy shelling", "died as a result of the strike", "wounded during the
#: shelling of Donetsk"): that clause's place and date adjuncts are the event's.
SCENE_LINKS = frozenset("due to as a result of during from in after because amid following under".split())

#: Prepositions of a time phrase whose event noun's "of"-phrase names where the event happened ("During
#: the liberation of Balakleya, the operator ... was killed", "after the shelling of Kherson").
EPISODE_PREPS = frozenset("during amid after following".split())

#: Nouns naming a part of a place, whose "of"-phrase or compound names the place ("the outskirts of
#: Bakhmut", "residential areas of Dnipro", "the Kherson community", "the Kupyansk direction").
AREA_NOUNS = frozenset("area areas outskirts vicinity direction district community suburb suburbs".split())

#: Words right after a name the NER typed person or organisation that make it a place when the
#: gazetteer knows it ("Horlivka resident injured in shelling ... dies", "Gorlovka woman ... dies").
PLACE_NAME_AFTER_CUES = frozenset("resident residents direction area district community outskirts "
                                  "man woman boy girl teenager family couple".split())  # "Gorlovka woman"

#: Triggers whose subject, possessor or modifier is who suffered, not who did it ("Hugo Chavez died",
#: "Navalny's death", "Russian losses"): those fill the target (victim) role; a "by"-phrase stays the agent.
PATIENT_SUBJECT_TRIGGERS = frozenset("die death perish loss losses lose casualty injury".split())

#: Trigger verbs that always take an object: without one (and without an auxiliary) the clause is a
#: headline's passive ("Deputy Saldo liquidated in Kherson"), its subject the target.
TRANSITIVE_TRIGGERS = frozenset("kill liquidate destroy eliminate neutralize wound injure".split())

#: "X claimed responsibility for the attack": the verbs of the responsibility frame, whose subject is
#: the event's agent (the text says who did it, as ACLED codes it).
RESPONSIBILITY_VERBS = frozenset("claim take accept admit bear".split())

#: Preceding words that make a name typed person or organisation by the NER a place when the
#: gazetteer knows it ("shelling in Nikopol", "hit Nikopol", "the outskirts of Bakhmut", "fired at
#: Chasiv Yar"); a name only GeoNames knows needs one of the locative ones (:data:`LOCATIVE_CUES`).
PLACE_NAME_CUES = frozenset(
    "in near at around outside of on from into towards toward liberated occupied outskirts village town city "
    "settlement shelled shelling struck hit attacked stormed captured".split()
)
LOCATIVE_CUES = frozenset("in near around outside outskirts village town settlement".split())

#: Determiners that make an event noun a re-mention of one already reported ("at this meeting").
ANAPHORIC_DETERMINERS = frozenset("this that these those".split())

#: Confidence of an English event by type (default 0.6): meetings and attacks are read most reliably.
EVENT_CONFIDENCE: dict[str, float] = {"Attack": 0.65, "Meeting": 0.7, "Aid": 0.6}

#: Words in an attack's phrase that give its mode (lower-cased token -> mode).
ATTACK_MODES = {
    "missile": "missile",
    "missiles": "missile",
    "rocket": "rocket",
    "rockets": "rocket",
    "drone": "drone",
    "drones": "drone",
    "uav": "drone",
    "uavs": "drone",
    "shahed": "drone",
    "artillery": "shelling",
    "shelling": "shelling",
    "shell": "shelling",
    "shells": "shelling",
    "mortar": "shelling",
    "airstrike": "airstrike",
    "airstrikes": "airstrike",
    "air": "airstrike",
    "bomb": "bombing",
    "bombs": "bombing",
    "cruise": "missile",
    "ballistic": "missile",
}

#: Modifiers that make an event mention hypothetical / not (yet) happened.
HYPOTHETICAL_MODIFIERS = frozenset("further possible future potential any new planned".split())

#: Governors that make an event prevented/hypothetical ("protect ... from Russian attacks",
#: "vigilance against further attacks").
PREVENTIVE_HEADS = frozenset("protect defend guard vigilance shield prevent deter warn".split())

#: Media words found in "on SNS", "at a press conference", "in an interview" (lower-case).
MEDIUM_WORDS = ("press conference", "news conference", "press briefing", "briefing", "interview",
                "video address", "video", "statement", "speech", "address", "post", "television",
                "broadcast")

#: Platforms named after "on" (case-sensitive surface forms).
PLATFORMS = ("SNS", "Telegram", "Twitter", "Facebook", "X", "Instagram", "YouTube", "TikTok",
             "VKontakte", "social media", "social networking sites", "television", "TV")

#: Capitalised words that are not names even when tagged PROPN (title-case headlines).
NOT_NAME_WORDS = frozenset(
    """
    meet meets met last next month week year day days says said will to of and the a an in on at
    for with amid after before over under new old visit visits talks warns warned says: urges calls
    """.split()
)

#: Personal pronouns that may stand for a speaker.
PRONOUNS = frozenset("he she they we i".split())


#: Named weapon systems (lower-cased surface -> canonical name): Weapon mentions that fill an
#: event's ``instrument`` role ("Shahed drones", "Storm Shadow missiles").
WEAPONS: dict[str, str] = {
    "storm shadow": "Storm Shadow", "shahed": "Shahed", "shaheds": "Shahed", "iskander": "Iskander",
    "iskander-m": "Iskander", "himars": "HIMARS", "atacms": "ATACMS", "kinzhal": "Kinzhal", "kalibr": "Kalibr",
    "patriot": "Patriot", "javelin": "Javelin", "bayraktar": "Bayraktar", "lancet": "Lancet", "geran": "Geran",
    "geran-2": "Geran", "tomahawk": "Tomahawk", "oreshnik": "Oreshnik", "kh-101": "Kh-101", "s-300": "S-300",
    "tochka-u": "Tochka-U", "grad": "Grad", "scalp": "SCALP",
}

#: Words after (or before) a stated number that make it a death toll ("four civilians killed",
#: "killing 12", "death toll rose to 30").
FATALITY_WORDS = frozenset("killed dead died deaths death killing kill kills dies lives bodies perished fatalities".split())
#: Words that make a stated number an injury count ("three wounded", "injuring 20").
INJURY_WORDS = frozenset("wounded injured injuries hurt injuring wounding injures wounds".split())
#: Number words (lower-case) -> value.
NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split())
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
     "a dozen": 12, "dozen": 12, "no one": 0, "nobody": 0} | {
    f"a {w}": 1 for w in "man woman child boy girl person civilian resident soldier serviceman teenager".split()
}
#: Words that multiply the number before them ("two hundred", "3 thousand", "two dozen", "half a hundred";
#: alone or after "a": "a hundred").
NUMBER_MULTIPLIERS: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1000000}
#: Quantities without a number ("dozens of civilians", "several soldiers"): the least number the word
#: means, which is the count's value and its lower bound (as "more than 20" is read at its bound).
#: "tens of" is the Russian/Ukrainian calque of "dozens of". "Tens of thousands": the words multiply.
VAGUE_COUNTS: dict[str, int] = {"several": 3, "dozens": 24, "tens": 20, "hundreds": 200, "thousands": 2000}
#: Words before a number that make it an inclusive lower bound ("at least 12", "no fewer than 20").
COUNT_LOW_CUES = ("at least", "no fewer than", "no less than", "not less than", "dozens of")
#: Words before a number that make it an exclusive lower bound: "more than 20" is at least 21
#: (:class:`conflict_kg.kg.model.Count`).
COUNT_ABOVE_CUES = ("more than", "over", "upwards of", "in excess of")
#: Words after a count that add it to a count stated before it in the sentence ("three were killed in
#: Kherson, two more died in Mykolaiv": five).
ADDED_COUNT_CUES = ("more", "others", "other")
#: Words before a number that make it an upper bound ("up to 15").
COUNT_HIGH_CUES = ("up to", "as many as", "nearly", "almost")

#: A toll told as a rise ("Death toll in shelling of Gorlovka ... rises to four", "the number of victims
#: increased to 25"): the toll phrases and the verbs of rising; a toll of the wounded or injured counts
#: injuries, any other toll deaths.
TOLL_PHRASES = ("death toll", "toll", "number of dead", "number of deaths", "number of killed", "number of victims",
                "number of the dead", "number of wounded", "number of injured")
RISE_VERBS = frozenset("rose rises risen rising increased increases climbed climbs reached reaches grew grown".split())

#: A number before a death word and one of these is a count of both kinds ("100 soldiers killed and
#: wounded", Russian and Ukrainian loss reports): no death toll.
CASUALTY_PAIRS = ("and wounded", "and injured", "or wounded", "or injured")

#: Sense checks: a trigger lemma is no event when its sentence has one of these cues ("strike" in a
#: match, a "bomb" that is a device: "cluster bombs", "artillery shells" as supplies).
SENSE_BLOCKS: dict[str, tuple[str, ...]] = {
    "Attack": ("match", "striker", "tournament", "championship"),
    "CasualtyReport": ("earthquake", "flood", "accident"),
}
