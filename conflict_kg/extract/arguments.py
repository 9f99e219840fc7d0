"""Event arguments read the same way in both languages: weapons, stated casualty counts, and the
clean-up that keeps places, reporters and time zones out of the party roles.

These are plain functions over the document text and :mod:`conflict_kg.kg.model` records (no spaCy): the
extractors call them after reading the parse, so a rule here holds for Japanese and English
alike. The word lists are data in :mod:`conflict_kg.extract.vocab_ja` / :mod:`conflict_kg.extract.vocab_en`.

>>> casualties_ja("少なくとも死者88名、負傷者200名を超える", 0, 22)
(Count(text='少なくとも死者88名', value=88, low=88, high=None), Count(text='200名を超え', value=201, low=201, high=None))
>>> casualties_en("Four civilians killed and 12 wounded in Kherson.", 0, 48)
(Count(text='Four civilians killed', value=4, low=None, high=None), Count(text='12 wounded', value=12, low=None, high=None))
"""
from __future__ import annotations

import re

from conflict_kg.kg.model import Claim, Count, Event, Mention
from conflict_kg.kg.schema import EVENT_SCHEMA
from conflict_kg.kg.vocab import SUB_COUNTRY_PLACE_TYPES

from conflict_kg.extract import vocab_en as VE
from conflict_kg.extract import vocab_ja as VJ

__all__ = [
    "find_weapons", "weapon_mentions", "casualties_ja", "casualties_en", "clean_roles", "merge_same_sentence",
    "separate_claimants", "reporters", "to_int", "take_parties",
]

_JA_WEAPON_RE = re.compile("|".join(re.escape(w) for w, _ in sorted(VJ.WEAPONS, key=lambda p: -len(p[0]))))
_EN_WEAPON_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(VE.WEAPONS, key=len, reverse=True))
                           + r")\b", re.I)
_JA_NUM = r"[0-9０-９][0-9０-９,，]*"
# "死者88名", "88名が…殺害", "120名から200名が負傷", "少なくとも…", "200名を超える"
_JA_COUNT = re.compile(rf"(?:(?P<lo>{_JA_NUM})(?:人|名)?(?:から|~|〜|～|－|-))?(?P<n>{_JA_NUM})(?:人|名)(?P<after>以上|を超え|超|余り|あまり)?")
_EN_NUMWORD = "|".join(sorted((re.escape(w) for w in VE.NUMBER_WORDS), key=len, reverse=True))
_EN_MULT = "|".join(VE.NUMBER_MULTIPLIERS)
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_EN_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# a number as a phrase: "25", "1,200", "twenty-five", "two hundred", "1.5 thousand", "two dozen", "half a hundred",
# "a hundred"; or a quantity without a number ("dozens of", "several", "tens of thousands of")
_EN_PHRASE = (rf"half\s+an?\s+(?:{_EN_MULT})|(?:{_EN_TENS})(?:[\s-](?:{_EN_UNITS}))?(?:\s+(?:{_EN_MULT}))*"
              rf"|(?:\d[\d,]*(?:\.\d+)?|{_EN_NUMWORD})(?:\s+(?:{_EN_MULT}))*|an?\s+(?:{_EN_MULT})")
_EN_VAGUE = "|".join(VE.VAGUE_COUNTS)
_EN_COUNT = re.compile(
    rf"\b(?:(?P<lo>\d[\d,]*)\s*(?:-|–|to|and)\s*)?(?:(?P<vague>{_EN_VAGUE})(?:\s+of\s+(?P<vmult>thousands))?"
    rf"|(?P<n>{_EN_PHRASE}))\b", re.I)
# "toll ... rises to four", "rose from three to seven": a toll phrase, then up to 60 characters of the clause,
# then a rise verb and "to"
_EN_RISE = re.compile(r"\b(" + "|".join(sorted((re.escape(p) for p in VE.TOLL_PHRASES), key=len, reverse=True))
                      + r")\b[^.;:]{0,60}?\b(?:" + "|".join(sorted(VE.RISE_VERBS)) + r")\s+(?:from\s+\S+\s+)?to\s+$",
                      re.I)
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s")
_PEOPLE_WORDS = 6  # "Thirteen rescuers of the DPR were killed": words between the number and the verb


def find_weapons(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of named weapons in ``text[start:end]``."""
    if lang == "ja":
        names = dict(VJ.WEAPONS)
        return [(m.start(), m.end(), names[m.group()]) for m in _JA_WEAPON_RE.finditer(text, start, end)]
    return [(m.start(), m.end(), VE.WEAPONS[m.group().lower()]) for m in _EN_WEAPON_RE.finditer(text, start, end)]


def weapon_mentions(mentions: list[Mention], text: str, sent: "object", lang: str, extractor: str) -> list[Mention]:
    """Weapon mentions of the sentence span ``sent`` (``.start``/``.end``) of an event that takes an
    instrument: an existing mention at the name is retyped Weapon (the weapon table is surer than
    the NER model); a new one is added to ``mentions``."""
    out = []
    for s, e, _name in find_weapons(text, sent.start, sent.end, lang):
        m = next((x for x in mentions if x.start <= s < x.end), None)
        if m is None:
            m = Mention(text[s:e], s, e, "Weapon", "rule:weapon", sent, 0.8, extractor)
            mentions.append(m)
        elif m.type != "Weapon":
            m.type = "Weapon"  # NER guesses a person or an organisation for "Shahed", "Iskander"
        if m not in out:
            out.append(m)
    return out


def to_int(value: str) -> int | None:
    """A stated count as a number: digits (full-width and thousands commas too), a number word, or a
    number phrase ("twenty-five", "two hundred", "1.5 thousand", "two dozen", "half a hundred").

    >>> to_int("1,200"), to_int("Seven"), to_int("３"), to_int("several")
    (1200, 7, 3, None)
    >>> to_int("twenty-five"), to_int("two dozen"), to_int("1.5 thousand"), to_int("half a hundred")
    (25, 24, 1500, 50)
    """
    value = value.translate(str.maketrans("０１２３４５６７８９，", "0123456789,")).replace(",", "")
    if value.isdigit():
        return int(value)
    words = re.split(r"[\s-]+", value.lower().strip())
    if " ".join(words) in VE.NUMBER_WORDS:
        return VE.NUMBER_WORDS[" ".join(words)]
    total = cur = 0.0
    for w in words:
        if w in ("a", "an", "half"):
            cur = 0.5 if w == "half" else (cur or 1)  # "a hundred", "half a hundred"
        elif w in VE.NUMBER_MULTIPLIERS:
            cur = (cur or 1) * VE.NUMBER_MULTIPLIERS[w]
            if VE.NUMBER_MULTIPLIERS[w] >= 1000:  # "two hundred thousand": the thousands close a group
                total, cur = total + cur, 0.0
        elif re.fullmatch(r"\d+(?:\.\d+)?", w):
            cur += float(w)
        elif w in VE.NUMBER_WORDS:
            cur += VE.NUMBER_WORDS[w]
        else:
            return None
    return int(total + cur) if words else None


def casualties_ja(text: str, start: int, end: int) -> tuple[Count | None, Count | None]:
    """(fatalities, injuries) stated in ``text[start:end]``: a count of people next to a death or
    injury word (the word up to 12 characters before the number, or up to 16 after it)."""
    found: dict[str, Count] = {}
    for m in _JA_COUNT.finditer(text, start, end):
        before, after = text[max(start, m.start() - 12) : m.start()], text[m.end() : min(end, m.end() + 16)]
        kind = _kind_ja(before, after)
        if kind is None or kind in found:
            continue
        n, lo = to_int(m.group("n")), to_int(m.group("lo") or "")
        low_cue = m.group("after") or next((c for c in VJ.COUNT_LOW_CUES if before.endswith(c) or c in before[-8:]), None)
        a = m.start() - (len(before) - before.rfind("少なくとも") if "少なくとも" in before else 0)
        if lo is not None:
            found[kind] = Count(text[a : m.end()], lo, lo, n)
        elif m.group("after") in VJ.COUNT_EXCLUSIVE_CUES:  # "200名を超え": more than 200
            found[kind] = Count(text[a : m.end()], n + 1, n + 1, None)
        else:
            found[kind] = Count(text[a : m.end()], n, n if low_cue else None, None)
    return found.get("fatalities"), found.get("injuries")


def _kind_ja(before: str, after: str) -> str | None:
    """"fatalities" / "injuries" by the nearest death or injury word around a number."""
    best = None
    for kind, words in (("fatalities", VJ.FATALITY_WORDS), ("injuries", VJ.INJURY_WORDS)):
        for w in words:
            i = after.find(w)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, kind)
            j = before.rfind(w)
            if j >= 0 and (best is None or len(before) - j - len(w) < best[0]):
                best = (len(before) - j - len(w), kind)
    return best[1] if best else None


def casualties_en(text: str, start: int, end: int) -> tuple[Count | None, Count | None]:
    """(fatalities, injuries) stated in ``text[start:end]``: a number followed within a few words by
    a death/injury word ("four civilians killed", "12 wounded"), or preceded by one ("killing 12",
    "death toll rose to 30"). Bounds as stated: "at least 12" (low 12), "more than 20" (low 21), "up to
    40" (high 40), "10-15", "dozens of" (low 24). Several counts of one kind give the best figure: a
    count told as more ("two more died") adds to the one before it; otherwise the largest (a toll that
    rose, a total beside a part of it).

    >>> casualties_en("Three were killed in Kherson, two more died in Mykolaiv.", 0, 55)[0]
    Count(text='Three were killed in Kherson, two more died', value=5, low=None, high=None)
    >>> casualties_en("The death toll rose from 3 to 7.", 0, 32)[0]
    Count(text='from 3 to 7', value=7, low=None, high=None)
    """
    found: dict[str, list[tuple[int, int, Count, bool]]] = {}
    for m in _EN_COUNT.finditer(text, start, end):
        got = _count_at(text, start, end, m)
        if got is not None:
            found.setdefault(got[0], []).append(got[1:])
    return _best(text, found.get("fatalities", [])), _best(text, found.get("injuries", []))


def _count_value(m: "re.Match") -> tuple[int, int | None, int | None] | None:
    """(value, low, high) of a number match before its cues: a vague quantity is at least its least
    number ("dozens": 24, "tens of thousands": 20,000); a range "10-15" is 10..15."""
    if m.group("vague"):
        n = VE.VAGUE_COUNTS[m.group("vague").lower()] * (1000 if m.group("vmult") else 1)
        return n, n, None
    n = to_int(m.group("n"))
    if n is None:
        return None
    lo = to_int(m.group("lo") or "")
    return (lo, lo, n) if lo is not None else (n, None, None)


def _count_at(text: str, start: int, end: int, m: "re.Match") -> tuple[str, int, int, Count, bool] | None:
    """(kind, start, end, count, added) of the casualty count at the number match ``m``, or None when
    the number counts no dead or wounded. ``added``: told as more than a count before it ("two more")."""
    value = _count_value(m)
    if value is None or re.match(r"\s*(?:%|percent|km|kilomet|years?\b|-year|am\b|pm\b|hours?|days?)",
                                 text[m.end():], re.I):
        return None
    # words after the number up to the clause's end ("350 fire missions, killing 80": not 350)
    # (a headline's spaced dash ends a clause too: "16 attacks documented in Donbas - civilians killed")
    after = [w.strip(",.;:") for w in
             _CLAUSE_END.split(text[m.end() : min(end, m.end() + 70)])[0].lower().split()[: _PEOPLE_WORDS + 1]]
    before = text[max(start, m.start() - 40) : m.start()].lower()
    kind = _kind_en(after, before.split()[-3:]) or _rise_kind(text, start, m.start())
    rise = _rise_kind(text, start, m.start("n")) if m.group("lo") and m.group("n") else None
    if rise:  # "the toll rose from 3 to 7": the toll now, not a range
        kind, value = rise, (to_int(m.group("n")), None, None)
    if kind is None:
        return None
    n, lo, hi = value
    cue_lo = next((c for c in VE.COUNT_LOW_CUES if before.rstrip().endswith(c)), None)
    cue_above = next((c for c in VE.COUNT_ABOVE_CUES if before.rstrip().endswith(c)), None)
    cue_hi = next((c for c in VE.COUNT_HIGH_CUES if before.rstrip().endswith(c)), None)
    cue = cue_lo or cue_above or cue_hi
    a = m.start() - (len(cue) + 1 if cue else 0)
    words = VE.FATALITY_WORDS if kind == "fatalities" else VE.INJURY_WORDS
    tail = next((w for w in after if w in words), None)
    b = m.end()
    if tail is not None and before.split()[-1:] != [tail]:  # "four civilians killed": the word after
        b = text.lower().find(tail, m.end()) + len(tail)
        if text[b:end].lower().lstrip().startswith(VE.CASUALTY_PAIRS):
            return None  # "100 soldiers killed and wounded": both kinds together, no death toll
    elif before.split():  # "killing four": the word before
        a = min(a, max(start, m.start() - 40) + before.rfind(before.split()[-1]))
    # "a child among the dead", "three soldiers among those killed": part of the toll, so at least n
    part = tail is not None and "among" in after[: after.index(tail)]
    added = bool(after[:1] and after[0] in VE.ADDED_COUNT_CUES) or before.split()[-1:] == ["another"]
    if lo is None and cue_above and not part:
        n = lo = n + 1  # "more than 20" is at least 21
    elif lo is None:
        lo, hi = (n if cue_lo or part else None), (n if cue_hi and not part else None)
    return kind, a, b, Count(text[a:b], n, lo, hi), added


def _best(text: str, counts: list[tuple[int, int, Count, bool]]) -> Count | None:
    """The best figure of several counts of one kind: a count told as more adds to the one before it
    (its bounds add too), else the largest stands."""
    best: tuple[int, int, Count] | None = None
    for a, b, c, added in counts:
        if best is not None and added:
            x = best[2]
            low = x.low if x.low is not None else x.value if c.low is not None else None
            high = x.high + c.high if x.high is not None and c.high is not None else None
            best = (best[0], b, Count(text[best[0] : b], x.value + c.value,
                                      None if low is None else low + (c.low if c.low is not None else c.value), high))
        elif best is None or c.value > best[2].value:
            best = (a, b, c)
    return best[2] if best else None


def _rise_kind(text: str, start: int, pos: int) -> str | None:
    """"fatalities" / "injuries" for a number after a toll's rise ("Death toll in shelling of Gorlovka
    by Ukrainian Armed Forces rises to four"), else None."""
    m = _EN_RISE.search(text, max(start, pos - 120), pos)
    if m is None:
        return None
    return "injuries" if any(w in m.group(1).lower() for w in ("wounded", "injured")) else "fatalities"


def _kind_en(after: list[str], before: list[str]) -> str | None:
    """"fatalities" / "injuries" by the word right before the number ("killing 12"; a toll before
    "to"/"at"/"of": "death toll rose to 30"), else the first such word a few words after it
    ("four civilians were killed"). "12 killed and 3 wounded" reads 3 as wounded, not killed."""
    near = before[-1:] if not before or before[-1] not in ("to", "at", "of") else before[-3:]
    for w in reversed(near):
        if w in VE.FATALITY_WORDS or w == "toll":
            return "fatalities"
        if w in VE.INJURY_WORDS:
            return "injuries"
    for w in after:
        if w in VE.FATALITY_WORDS:
            return "fatalities"
        if w in VE.INJURY_WORDS:
            return "injuries"
    return None


def _not_party(m: Mention, lang: str) -> bool:
    """A news outlet, a reporter's agency or a time zone: never an event's party or place."""
    if m.type == "MediaOutlet":
        return True
    if lang == "ja":
        name = re.sub(r"^[(（]|[)）]$", "", m.text)
        return name in VJ.NOT_PARTY_NAMES or name.startswith("UTC") or name.endswith(VJ.NOT_PARTY_ENDINGS)
    return m.text.lower().removeprefix("the ") in VE.MEDIA_NAMES


# The generic place class is no evidence of a place that cannot act: English GPEs ("Ukraine") are
# typed Location until resolved, and a country acts ("Ukraine hit …").
_PLACES_NOT_PARTIES = SUB_COUNTRY_PLACE_TYPES - {"Location"}


def merge_same_sentence(events: list[Event]) -> list[Event]:
    """Events whose schema row names a ``merge_into`` type told in the same sentence are that event:
    "12 killed in a missile strike on Kharkiv" is one Attack with 12 fatalities, not an Attack and a
    CasualtyReport. The merged event's figures and places go to the event it merges into."""
    out = []
    for ev in events:
        into = EVENT_SCHEMA[ev.type].merge_into if ev.type in EVENT_SCHEMA else ""
        host = next((h for h in events if into and h.type == into and h.sentence is not None
                     and ev.sentence is not None and h.sentence.start == ev.sentence.start), None)
        if host is None:
            out.append(ev)
            continue
        host.fatalities = host.fatalities or ev.fatalities
        host.injuries = host.injuries or ev.injuries
        host.locations += [m for m in ev.locations if m not in host.locations]
        host.date = host.date or ev.date  # "Shelling of Mykolaiv region: five civilians were wounded in a day"
        host.instrument = host.instrument or ev.instrument  # "... were killed by a roadside bomb"
        take_parties(host, ev)
    return out


def take_parties(host: Event, ev: Event) -> None:
    """``host`` takes the parties of ``ev``, the same event told by another word of its sentence: the
    victims of a toll told with its attack ("An airstrike killed General X and two aides") or of a
    coordinated trigger ("killing 12 people and injuring 48") are the event's targets, named or
    described; the toll's agents ("were killed by police") are its agents when it names none."""
    # a place under the toll's victim phrase ("killed two aides near Mosul") is where, not whom
    host.targets += [m for m in ev.targets
                     if m not in host.targets and m not in host.agents and m.type not in SUB_COUNTRY_PLACE_TYPES]
    if not host.agents and not host.agent_descriptions:
        # not a place: "The Oklahoma City bombing killed 168": the toll's subject is the attack itself
        host.agents = [m for m in ev.agents if m not in host.targets and m.type not in SUB_COUNTRY_PLACE_TYPES]
    host.agent_descriptions += [w for w in ev.agent_descriptions if w not in host.agent_descriptions]
    host.target_descriptions += [w for w in ev.target_descriptions if w not in host.target_descriptions]


def clean_roles(ev: Event, lang: str, polities: bool = False, actors: tuple = ()) -> Event:
    """Places are never parties: a sub-country place among agents, targets or participants is where
    the event happened (a location). Outlets and time zones fill no party or place role, and the
    event's reporter (``reported_by``) is none of its parties. With ``polities`` (a speech act or a
    diplomatic act: "富士見市は…再考を求めていた") a place the parse made the agent is the polity acting;
    ``actors`` are place-typed mentions that name an institution acting (a court, a police station)."""
    keep = [m for m in ev.locations if not _not_party(m, lang) and m not in ev.reported_by]
    for field in ("agents", "targets", "participants"):
        kept = []
        for m in getattr(ev, field):
            if _not_party(m, lang) or m in ev.reported_by:
                continue
            if m.type in _PLACES_NOT_PARTIES and not (polities and field == "agents") and m not in actors:
                if m not in keep:
                    keep.append(m)
                continue
            kept.append(m)
        setattr(ev, field, kept)
    ev.locations = keep
    return ev


def separate_claimants(events: list[Event], claims: list[Claim]) -> None:
    """The party that claims an event is not its agent unless the text says so twice: "ゲラシモフ参謀総長は
    …を掌握したと報告" makes Gerasimov the claimant; the parse's topic made him the agent as well.
    Removes each asserting claim's claimant from its event's parties (by object or surface), except a
    pronoun that the claimed clause's own frame resolved to the claimant: "Hamas said it fired rockets"
    says twice that Hamas fired (:mod:`conflict_kg.extract.en_coref`)."""
    for c in claims:
        if c.stance != "asserts" or c.claimant is None or c.event_index is None:
            continue
        ev = events[c.event_index]
        names = {c.claimant.text, c.claimant.antecedent or c.claimant.text}
        for field in ("agents", "targets", "participants"):
            setattr(ev, field, [m for m in getattr(ev, field)
                                if m.label == "PRON" or m is not c.claimant and (m.antecedent or m.text) not in names
                                and m.text not in names])


# "共同通信によると", "BBCの報道によれば", "朝日新聞の続報によると", "according to Ukraine's General Staff"
# A title or honorific may stand between the source's name and によると ("キペル知事によると").
_JA_SOURCE = re.compile("(?:" + "|".join(map(re.escape, VJ.TITLES + ("氏", "さん"))) + ")?"
                        r"(?:の(?:報道|続報|発表|調べ|話))?に(?:よると|よれば)")
# a name GiNZA missed before such a phrase: a run of kanji, katakana or Latin letters
_JA_SOURCE_NAME = re.compile(r"([一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ・]{2,16})(?=(?:の(?:報道|続報|発表|調べ|話))?に(?:よると|よれば))")
_EN_SOURCE = re.compile(r"\baccording to (?:the )?$", re.I)


def reporters(mentions: list[Mention], text: str, sent: "object", lang: str, extractor: str = "") -> list[Mention]:
    """The parties whose report the sentence relays ("共同通信によると", "according to the governor"):
    the event's ``reportedBy``, never its agent. A Japanese news outlet the NER missed before
    "によると" becomes a MediaOutlet mention (added to ``mentions``)."""
    out = []
    for m in mentions:
        if not (sent.start <= m.start < sent.end):
            continue
        if any(o.start < m.end and m.start < o.end for o in out):
            continue  # "ゼレンスキー" and "ゼレンスキー大統領" name one source
        if lang == "ja" and _JA_SOURCE.match(text, m.end):
            out.append(m)
        elif lang != "ja" and _EN_SOURCE.search(text[max(sent.start, m.start - 20) : m.start]):
            out.append(m)
    if lang == "ja" and not out:
        for x in _JA_SOURCE_NAME.finditer(text, sent.start, sent.end):
            name = x.group(1)
            if name in VJ.NOT_PARTY_NAMES or name.endswith(VJ.NOT_PARTY_ENDINGS):
                m = Mention(name, x.start(1), x.end(1), "MediaOutlet", "rule:source", sent, 0.7, extractor)
                mentions.append(m)
                out.append(m)
    return out
