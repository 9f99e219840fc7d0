"""English mentions and persons-with-roles from a parsed spaCy ``Doc`` chunk.

spaCy's small English model finds names but is weak exactly where news digests are
dense: title-name runs ("CIA Director Burns and Foreign Intelligence Service Director
Naryshkin" comes out as one ORG "Burns and Foreign Intelligence Service"), titles
glued to names, and title-case headlines ("Director Meet Last Month" -> PERSON).
So titles are found first from the lexicon (:mod:`conflict_kg.extract.vocab_en`), the names after
them become Person mentions, the words before them organisation/country mentions, and
spaCy entities that collide with those are dropped. Places written with their kind ("the
Kharkiv region", "the town of Kupiansk") are typed from that kind, whatever spaCy's label.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterable

from conflict_kg.kg.model import Mention, PersonRole, Span

from conflict_kg.extract import vocab_en as V
from conflict_kg.extract.en_gazetteer import known_place, place_names

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["LABEL_TO_CLASS", "class_for", "chunk_mentions", "link_persons"]

#: THE mapping from spaCy labels to ontology classes (refined for ORG by :func:`class_for`).
#: NORP ("Russian") stands for its country: "Russian President" -> org Russia.
LABEL_TO_CLASS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "NORP": "Country",
    "FAC": "Facility",
}

#: spaCy labels whose mention may yield to a gazetteer place (see chunk_mentions).
_WEAK_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})

#: Confidence per origin: spaCy entity vs lexicon repair.
_CONF_SPACY = 0.75
_CONF_TITLE = 0.85
_CONF_NORP = 0.5

#: Words following a nationality that make the pair one organisation mention.
_COLLECTIVE_ORGS = {
    "government": "Government",
    "military": "MilitaryUnit",
    "army": "MilitaryUnit",
    "forces": "MilitaryUnit",
    "troops": "MilitaryUnit",
    "navy": "MilitaryUnit",
    "kremlin": "Government",
}
#: "defence ministry", "General Staff" after a nationality/possessive (spaCy tags neither).
_MINISTRY_WORDS = frozenset("defence defense foreign interior emergencies air armed general".split())
#: Second word of a two-word collective ("defence ministry", "air force", "General Staff").
_TWO_WORD_ORGS = {"ministry": "Government", "force": "MilitaryUnit", "forces": "MilitaryUnit", "staff": "MilitaryUnit"}

#: Lower-case particles inside names ("al-Abadi", "bin Salman", "von der Leyen").
_NAME_PARTICLES = frozenset("al el bin ibn de da van von der le la".split())

#: Complements of "X of ..." in titles ("Secretary of State", "Chief of the General Staff").
_TITLE_COMPLEMENTS = V.TITLE_MODIFIERS | V.ORG_HEADS | frozenset(
    "state affairs the staff homeland".split()
)


def class_for(label: str, text: str) -> str | None:
    """Ontology class for a spaCy label, refining ORG by its words.

    >>> class_for("ORG", "NATO"), class_for("ORG", "the US State Department"), class_for("GPE", "Kyiv")
    ('InternationalOrganization', 'Government', 'Location')
    """
    cls = LABEL_TO_CLASS.get(label)
    if cls != "Organization":
        return cls
    low = text.lower()
    words = low.replace("'s", "").split()
    if low in V.INTL_ORGS or (words and " ".join(w for w in words if w != "the") in V.INTL_ORGS):
        return "InternationalOrganization"
    if low in V.MEDIA_NAMES or low.endswith("news agency") or (words and words[-1] in V.MEDIA_NAMES):
        return "MediaOutlet"
    if words and (words[-1] in V.GOVERNMENT_HEADS or "department" in words):
        return "Government"
    if any(w in V.MILITARY_HEADS for w in words):
        return "MilitaryUnit"
    return cls


def _cap(tok: "Token") -> bool:
    return tok.text[:1].isupper()


def _is_title_word(tok: "Token") -> bool:
    low = tok.lower_
    return low in V.TITLE_HEADS or low in V.TITLE_MODIFIERS


def _name_ok(tok: "Token") -> bool:
    """Could ``tok`` be part of a person's name (after a title)?"""
    if not _cap(tok) or tok.is_punct or tok.like_num:
        return False
    if tok.lower_ in V.NOT_NAME_WORDS or _is_title_word(tok) or tok.lower_ in V.ORG_HEADS:
        return False
    return tok.ent_type_ in ("PERSON", "") or tok.pos_ == "PROPN"


def _span_of(sdoc: "Doc", i: int, j: int, offset: int) -> tuple[int, int, str]:
    start = offset + sdoc[i].idx
    end = offset + sdoc[j - 1].idx + len(sdoc[j - 1].text)
    # sdoc[i:j].text, not sdoc.text[...]: Doc.text rebuilds the whole text on every call.
    return start, end, sdoc[i:j].text


def _sentence(sent: "SpacySpan", offset: int) -> Span:
    return Span(offset + sent.start_char, offset + sent.end_char, sent.text)


def _mention(sdoc, i, j, offset, typ, label, sent, conf, extractor) -> Mention:
    start, end, text = _span_of(sdoc, i, j, offset)
    return Mention(text=text, start=start, end=end, type=typ, label=label, sentence=sent,
                   confidence=conf, extractor=extractor)


def _title_name(sdoc: "Doc", h: int, end: int) -> tuple[int, int, int] | None:
    """After title head ``h``: (complement end, name start, name end) or None.

    Handles "Secretary of State Blinken" and "Chief of the General Staff Gerasimov".
    """
    k = h + 1
    if k < end and sdoc[k].lower_ == "of":
        k += 1
        while k < end and (sdoc[k].lower_ in _TITLE_COMPLEMENTS or sdoc[k].ent_type_ in ("GPE", "NORP")) \
                and sdoc[k].ent_type_ != "PERSON":
            k += 1
        if k == h + 2:  # "of" without complement: not a title
            return None
    comp_end = k
    n = k
    while n < end and n - k < 5:
        if _name_ok(sdoc[n]):
            n += 1
        elif n > k and _hyphen_join(sdoc, n, end) and _name_ok(sdoc[n + 1]):
            n += 2  # "Boutros Boutros-Ghali"
        elif n > k and _cap(sdoc[n]) and _is_title_word(sdoc[n]) and (n + 1 >= end or not _cap(sdoc[n + 1])):
            n += 1  # a title word ending a name is a surname ("John Major said")
        elif n > k and n + 1 < len(sdoc) and sdoc[n].lower_ in _NAME_PARTICLES and _name_ok(sdoc[n + 1]):
            n += 2  # "Haider al-Abadi": particle + hyphen/name
        elif n > k and n + 2 < len(sdoc) and sdoc[n].lower_ in _NAME_PARTICLES and sdoc[n + 1].text == "-" \
                and _name_ok(sdoc[n + 2]):
            n += 3
        else:
            break
    if n == k:
        return None
    return comp_end, k, n


def _particle_at(doc, j: int, end: int) -> bool:
    """A name particle ("al", "-" in "al-Abadi") followed by a capitalised word."""
    if doc[j].lower_ in _NAME_PARTICLES:
        return j + 1 < end and (_cap(doc[j + 1]) or (doc[j + 1].text == "-" and j + 2 < end and _cap(doc[j + 2])))
    return doc[j].text == "-" and j > 0 and doc[j - 1].lower_ in _NAME_PARTICLES and j + 1 < end and _cap(doc[j + 1])


def _hyphen_join(doc, j: int, end: int) -> bool:
    """A hyphen written without spaces between two capitalised words ("Boutros-Ghali") joins one name."""
    return (doc[j].text in ("-", "‐") and j > 0 and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and j + 1 < end and _cap(doc[j + 1]))


def _cap_runs(sent: "SpacySpan") -> Iterable[tuple[int, int]]:
    """Maximal runs of capitalised tokens (allowing inner "of"/"the")."""
    i, end = sent.start, sent.end
    doc = sent.doc
    while i < end:
        if not _cap(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < end and (_cap(doc[j]) or (doc[j].lower_ in ("of", "the") and j + 1 < end and _cap(doc[j + 1]))
                           or _particle_at(doc, j, end) or _hyphen_join(doc, j, end)):
            j += 1
        yield i, j
        i = j


def _prefix_org(sdoc, i: int, j: int, offset, sent_span, extractor) -> Mention | None:
    """Organisation/country written before a title ("CIA", "Foreign Intelligence Service", "U.S.")."""
    if i >= j:
        return None
    while i < j and sdoc[i].lower_ == "the":
        i += 1
    if i >= j:
        return None
    # an ORG entity inside the prefix wins ("US CIA Director" -> CIA)
    orgs = [t for t in range(i, j) if sdoc[t].ent_type_ == "ORG"]
    if orgs:
        a, b = orgs[0], orgs[0]
        while b < j and sdoc[b].ent_type_ == "ORG":
            b += 1
        text = sdoc[a:b].text
        return _mention(sdoc, a, b, offset, class_for("ORG", text) or "Organization", "ORG", sent_span,
                        _CONF_TITLE, extractor)
    if sdoc[j - 1].lower_ in V.ORG_HEADS:
        a = i
        while a < j and sdoc[a].ent_type_ in ("GPE", "NORP"):
            a += 1
        if a < j:
            text = sdoc[a:j].text
            return _mention(sdoc, a, j, offset, class_for("ORG", text) or "Organization", "ORG", sent_span,
                            _CONF_TITLE, extractor)
    for t in range(i, j):
        if sdoc[t].ent_type_ in ("GPE", "NORP"):
            b = t
            while b < j and sdoc[b].ent_type_ == sdoc[t].ent_type_:
                b += 1
            lab = sdoc[t].ent_type_
            return _mention(sdoc, t, b, offset, LABEL_TO_CLASS[lab], lab, sent_span,
                            _CONF_NORP if lab == "NORP" else _CONF_TITLE, extractor)
    return None


def _title_persons(sent, offset, sent_span, extractor):
    """Yield (name (i, j), role text, phrase (i, j), org Mention|None) for capitalised title runs."""
    sdoc = sent.doc
    for i, j in _cap_runs(sent):
        # the last title head whose following tokens form a name
        for h in range(j - 1, i - 1, -1):
            if sdoc[h].lower_ not in V.TITLE_HEADS:
                continue
            got = _title_name(sdoc, h, j)
            if got is None:
                continue
            comp_end, ns, ne = got
            r = h
            # title modifiers stay in the role even when spaCy tags them ORG ("Defense Secretary")
            while r - 1 >= i and (_is_title_word(sdoc[r - 1]) and sdoc[r - 1].ent_type_ not in ("GPE", "NORP")
                                  or _hyphen_join(sdoc, r - 1, j) and r - 2 >= i and _is_title_word(sdoc[r - 2])):
                r -= 1  # "Secretary-General": the hyphen stays inside the title
            role = sdoc[r:comp_end].text
            org = _prefix_org(sdoc, i, r, offset, sent_span, extractor)
            if org is None and r == i and i - 2 >= sent.start and sdoc[i - 1].text in ("'s", "’s") \
                    and sdoc[i - 2].ent_type_ in ("GPE", "ORG", "NORP"):
                org = _ent_mention(sdoc, i - 2, offset, sent_span, extractor)  # "Egypt's Prime Minister X"
            yield (ns, ne), role, (r, ne), org, i
            break


def _appositions(sent, persons: dict[tuple[int, int], Mention], offset, sent_span, extractor):
    """Roles given beside a PERSON: "Sergei Lavrov, Russia's foreign minister", "X, who was an aide to Y",
    "Russia's foreign minister Sergei Lavrov"."""
    sdoc = sent.doc
    for (a, b), m in persons.items():
        # right: ", (who is|was)? (a|an|the|Russia's)? <words> <title head> (to|of|for X)?"
        k = b
        if k < sent.end and sdoc[k].text == ",":
            k += 1
            if k + 1 < sent.end and sdoc[k].lower_ == "who" and sdoc[k + 1].lemma_ == "be":
                k += 2
            org = None
            if k < sent.end and sdoc[k].lower_ in ("a", "an", "the"):
                k += 1
            if k + 1 < sent.end and sdoc[k].ent_type_ in ("GPE", "NORP", "ORG") and sdoc[k + 1].text in ("'s", "’s"):
                org = _ent_mention(sdoc, k, offset, sent_span, extractor)
                k += 2
            r0 = k
            while k < sent.end and sdoc[k].is_alpha and (sdoc[k].lower_ in V.TITLE_HEADS or sdoc[k].lower_ in V.TITLE_MODIFIERS
                                                            or sdoc[k].ent_type_ in ("NORP",)):
                k += 1
            if k > r0 and sdoc[k - 1].lower_ in V.TITLE_HEADS and not (k < sent.end and _name_ok(sdoc[k])):
                # (a title followed by a name is the next person of a list: "X, Senegal's President Macky Sall")
                role_end = k
                if k + 1 < sent.end and sdoc[k].lower_ in ("to", "of", "for") and sdoc[k + 1].ent_type_:
                    tgt = _ent_mention(sdoc, k + 1, offset, sent_span, extractor)
                    if tgt is not None and tgt.type == "Person":
                        # "aide to Russian President Vladimir Putin": the role names the person served
                        yield m, sdoc.text[sdoc[r0].idx:tgt.end - offset], m.start, tgt.end, org
                        continue
                    if org is None and tgt is not None:
                        org = tgt
                yield m, sdoc[r0:role_end].text, m.start, _span_of(sdoc, r0, role_end, offset)[1], org
                continue
        # left: "<Russia's|the> <lower-case title words> NAME"
        k = a - 1
        while k >= sent.start and sdoc[k].is_lower and (sdoc[k].lower_ in V.TITLE_HEADS or sdoc[k].lower_ in V.TITLE_MODIFIERS):
            k -= 1
        if k + 1 < a and sdoc[a - 1].lower_ in V.TITLE_HEADS:
            org = None
            if k - 1 >= sent.start and sdoc[k].text in ("'s", "’s") and sdoc[k - 1].ent_type_ in ("GPE", "ORG", "NORP"):
                org = _ent_mention(sdoc, k - 1, offset, sent_span, extractor)
            elif k >= sent.start and _cap(sdoc[k]) and sdoc[k].ent_type_ in ("GPE", "ORG", "NORP"):
                org = _ent_mention(sdoc, k, offset, sent_span, extractor)  # "Kremlin spokesman Dmitry Peskov"
            elif k >= sent.start and _cap(sdoc[k]) and sdoc[k].lower_ in V.ORG_HEADS:
                org = _mention(sdoc, k, k + 1, offset, class_for("ORG", sdoc[k].text) or "Organization", "ORG",
                               sent_span, _CONF_TITLE, extractor)
            start = org.start if org is not None else _span_of(sdoc, k + 1, a, offset)[0]
            yield m, sdoc[k + 1:a].text, start, m.end, org


def _ent_mention(sdoc, t, offset, sent_span, extractor) -> Mention | None:
    """The spaCy entity containing token ``t`` as a Mention (None if no mapped label)."""
    for ent in sdoc.ents:
        if ent.start <= t < ent.end:
            cls = class_for(ent.label_, ent.text)
            if cls is None:
                return None
            return _mention(sdoc, ent.start, ent.end, offset, cls, ent.label_, sent_span, _CONF_SPACY, extractor)
    return None


def _place_name_ok(tok: "Token") -> bool:
    """Could ``tok`` be part of a place name before "region" / after "town of"?

    Nationality adjectives ("the Russian region of Kursk") and title words are not.
    """
    # spaCy tags some Russian spellings NORP ("the Nikolaev region"): a name the gazetteer knows as a place
    norp = tok.ent_type_ == "NORP" and known_place(tok.text, True) is None
    return (_cap(tok) and tok.is_alpha and tok.pos_ == "PROPN" and not norp and tok.ent_type_ != "DATE"
            and tok.lower_ not in V.NOT_NAME_WORDS and not _is_title_word(tok) and tok.lower_ not in V.ORG_HEADS)


def _place_mentions(sent: "SpacySpan", offset: int, sent_span: Span, extractor: str) -> list[tuple[Mention, range]]:
    """Places named with their kind, whatever spaCy's label (it often says PERSON/ORG for
    Ukrainian names): "the Kharkiv region" / "Zaporizhzhia Oblast" -> AdministrativeRegion
    (the mention keeps the region word so the resolver picks the oblast, not the city);
    "the Donetsk and Luhansk regions" -> each name; "the town of Kupiansk" -> Settlement,
    "the city of Sumy" -> City, "the region of Kursk" -> AdministrativeRegion.
    """
    sdoc = sent.doc
    out: list[tuple[Mention, range]] = []
    for k in range(sent.start, sent.end):
        low = sdoc[k].lower_
        if low in V.REGION_WORDS:
            names: list[tuple[int, int]] = []  # right to left
            e = k
            while True:
                a = e
                while a - 1 >= sent.start and _place_name_ok(sdoc[a - 1]):
                    a -= 1
                if a == e:
                    break
                names.append((a, e))
                if not low.endswith("s") or not (a - 2 >= sent.start and sdoc[a - 1].lower_ in ("and", ",", "or")):
                    break
                e = a - 1
            if names and not low.endswith("s"):  # "the Kharkiv region": name + region word
                a = names[0][0]
                out.append((_mention(sdoc, a, k + 1, offset, "AdministrativeRegion", "PROPN+region", sent_span,
                                     _CONF_TITLE, extractor), range(a, k + 1)))
            else:  # "the Donetsk and Luhansk regions": every name of the coordination
                for a, e in reversed(names):
                    out.append((_mention(sdoc, a, e, offset, "AdministrativeRegion", "PROPN+regions", sent_span,
                                         _CONF_SPACY, extractor), range(a, e)))
        kind = V.PLACE_KIND_NOUNS.get(low)
        if kind and k + 2 < sent.end and sdoc[k + 1].lower_ == "of" and _place_name_ok(sdoc[k + 2]):
            b = k + 2
            while b < sent.end and _place_name_ok(sdoc[b]):
                b += 1
            out.append((_mention(sdoc, k + 2, b, offset, kind, "kind+PROPN", sent_span, _CONF_TITLE, extractor),
                        range(k + 2, b)))
    return out


class _SentenceMentions:
    """The mention rules of one sentence, run in order by :func:`chunk_mentions`.

    Each rule claims the tokens it covers, so a later (weaker) rule cannot give a
    second mention for them: title runs first, then places named with their kind,
    nationality + collective noun, spaCy entities, appositive roles and last the
    gazetteer's front-line villages. ``mentions`` and ``roles`` are the chunk's lists.
    """

    def __init__(self, sent: "SpacySpan", offset: int, extractor: str,
                 mentions: list[Mention], roles: list[PersonRole]):
        self.sent, self.sdoc, self.offset, self.extractor = sent, sent.doc, offset, extractor
        self.span = _sentence(sent, offset)
        self.mentions, self.roles = mentions, roles
        self.claimed: set[int] = set()
        self.persons: dict[tuple[int, int], Mention] = {}

    def run(self) -> None:
        self.title_persons()
        self.kind_places()
        self.collective_orgs()
        for ent in self.sent.ents:
            self.entity(ent)
        self.appositions()
        self.mentions.extend(self.persons.values())
        self.gazetteer_places()

    def _mention(self, i: int, j: int, typ: str, label: str, conf: float) -> Mention:
        return _mention(self.sdoc, i, j, self.offset, typ, label, self.span, conf, self.extractor)

    def _free(self, toks: Iterable[int]) -> bool:
        return not any(t in self.claimed for t in toks)

    def title_persons(self) -> None:
        """"CIA Director Burns": the name a Person, the title a role, the words before it the org."""
        sent, sdoc, offset = self.sent, self.sdoc, self.offset
        for (ns, ne), role, (ps, _pe), org, _run in _title_persons(sent, offset, self.span, self.extractor):
            pm = self._mention(ns, ne, "Person", "TITLE+PROPN", _CONF_TITLE)
            self.persons[(ns, ne)] = pm
            role_start = offset + sdoc[ps].idx
            if org is not None:
                role_start = min(role_start, org.start)
                self.mentions.append(org)
                self.claimed.update(t for t in range(sent.start, sent.end)
                                    if org.start <= offset + sdoc[t].idx < org.end)
            self.claimed.update(range(ps, ne))
            self.roles.append(PersonRole(person=pm, role=role, start=role_start, end=pm.end, org=org,
                                         sentence=self.span, confidence=_CONF_TITLE, extractor=self.extractor))

    def kind_places(self) -> None:
        """"the Kharkiv region", "the town of Kupiansk" (see :func:`_place_mentions`)."""
        for pm, toks in _place_mentions(self.sent, self.offset, self.span, self.extractor):
            if self._free(toks):
                self.mentions.append(pm)
                self.claimed.update(toks)

    def collective_orgs(self) -> None:
        """Nationality + collective noun: "the US government", "the Russian military",
        "Russia's defence ministry"."""
        sent, sdoc = self.sent, self.sdoc
        for t in range(sent.start, sent.end - 1):
            tok = sdoc[t]
            if tok.ent_type_ not in ("GPE", "NORP") or tok.ent_iob_ != "B" or t in self.claimed:
                continue
            e = t
            while e < sent.end and sdoc[e].ent_type_ == tok.ent_type_ and (e == t or sdoc[e].ent_iob_ == "I"):
                e += 1
            k = e + (1 if e < sent.end and sdoc[e].text in ("'s", "’s") else 0)
            if k < sent.end and sdoc[k].lower_ in _COLLECTIVE_ORGS and self._free(range(t, k + 1)):
                self.mentions.append(self._mention(t, k + 1, _COLLECTIVE_ORGS[sdoc[k].lower_], "NORP+ORG", _CONF_TITLE))
                self.claimed.update(range(t, k + 1))
            elif k + 1 < sent.end and sdoc[k].lower_ in _MINISTRY_WORDS and sdoc[k + 1].lower_ in _TWO_WORD_ORGS:
                self.mentions.append(self._mention(t, k + 2, _TWO_WORD_ORGS[sdoc[k + 1].lower_], "NORP+ORG",
                                                   _CONF_TITLE))
                self.claimed.update(range(t, k + 2))

    def entity(self, ent: "SpacySpan") -> None:
        """A spaCy entity no earlier rule claimed."""
        cls = class_for(ent.label_, ent.text)
        if cls is None or not self._free(range(ent.start, ent.end)):
            return
        if ent.label_ == "PERSON":
            self.person(ent)
        elif ent.label_ == "GPE" and len(ent) == 1 and ent[0].tag_ == "JJ":
            # "Ukrainian infrastructure": an adjective tagged GPE is a nationality
            self.mentions.append(self._mention(ent.start, ent.end, "Country", "NORP", _CONF_NORP))
        else:
            conf = _CONF_NORP if ent.label_ == "NORP" else _CONF_SPACY
            self.mentions.append(self._mention(ent.start, ent.end, cls, ent.label_, conf))

    def person(self, ent: "SpacySpan") -> None:
        """A spaCy PERSON without the titles glued to the name ("President Putin" as one PERSON)."""
        sdoc = self.sdoc
        a, b = ent.start, ent.end
        while a < b and (_is_title_word(sdoc[a]) or sdoc[a].lower_ in ("the", "mr", "mr.", "ms", "ms.")):
            a += 1
        while b > a and (sdoc[b - 1].is_punct or sdoc[b - 1].text in ("'s", "’s")):
            b -= 1
        if a == b:
            return
        pm = self._mention(a, b, "Person", "PERSON", _CONF_SPACY)
        self.persons[(a, b)] = pm
        if a > ent.start and sdoc[a - 1].lower_ in V.TITLE_HEADS:
            self.roles.append(PersonRole(person=pm, role=sdoc[ent.start:a].text,
                                         start=self.offset + sdoc[ent.start].idx, end=pm.end, sentence=self.span,
                                         confidence=_CONF_SPACY, extractor=self.extractor))

    def appositions(self) -> None:
        """Roles beside a person's name (see :func:`_appositions`)."""
        have_role = {(r.person.start, r.person.end) for r in self.roles}
        for m, role, start, end, org in list(_appositions(self.sent, self.persons, self.offset, self.span,
                                                          self.extractor)):
            if (m.start, m.end) in have_role and start < m.start:
                continue  # a capitalised title before the name already gave this person's role
            self.roles.append(PersonRole(person=m, role=role, start=start, end=end, org=org,
                                         sentence=self.span, confidence=_CONF_SPACY, extractor=self.extractor))

    def gazetteer_places(self) -> None:
        """Front-line villages spaCy does not know or calls persons (conflict_kg.extract.en_gazetteer): a
        spaCy PERSON, or a spaCy name run across a headline dash ("Pokrovsk - Russian"),
        yields to a gazetteer place with a place cue ("in Pokrovsk", "the liberated Volchansk")."""
        mentions, span = self.mentions, self.span
        weak = [m for m in mentions if m.label in _WEAK_LABELS and (m.label == "PERSON" or " - " in m.text)
                and m.start >= span.start]
        taken = [(m.start, m.end) for m in mentions if m not in weak]
        found = place_names(self.sent, self.offset, span, self.extractor, taken, [(m.start, m.end) for m in weak])
        if found:
            gone = [m for m in weak if any(p.start < m.end and m.start < p.end for p in found)]
            mentions[:] = [m for m in mentions if all(m is not g for g in gone)]
            mentions.extend(found)
            mentions.extend(t for g in gone if (t := _dash_tail(g, found)) is not None)


def _dash_tail(m: Mention, places: list[Mention]) -> Mention | None:
    """The part after a headline's dash of a spaCy run a place took its head from ("Izyum - Russian
    Defense Ministry" -> "Russian Defense Ministry"): the source keeps its mention, with spaCy's class."""
    cut = m.text.rfind(" - ")
    if cut < 0 or any(p.end > m.start + cut + 3 for p in places if p.start < m.end and m.start < p.end):
        return None
    tail = m.text[cut + 3:]
    start = m.start + cut + 3 + (len(tail) - len(tail.lstrip()))
    return replace(m, text=tail.strip(), start=start, end=m.end) if tail.strip() else None


def chunk_mentions(sdoc: "Doc", offset: int, extractor: str) -> tuple[list[Mention], list[PersonRole]]:
    """Mentions and person roles of one parsed chunk (offsets into the document).

    Persons cover the name only; titles go into :class:`PersonRole`.
    """
    mentions: list[Mention] = []
    roles: list[PersonRole] = []
    for sent in sdoc.sents:
        _SentenceMentions(sent, offset, extractor, mentions, roles).run()
    mentions.sort(key=lambda m: (m.start, m.end, m.type))
    roles.sort(key=lambda r: (r.start, r.person.start))
    return mentions, roles


def link_persons(mentions: list[Mention]) -> None:
    """Link later person mentions to the first fuller mention with the same surname (in place).

    >>> from conflict_kg.kg.model import Mention
    >>> ms = [Mention("Vladimir Putin", 0, 14, "Person"), Mention("Putin", 30, 35, "Person")]
    >>> link_persons(ms); ms[1].antecedent
    'Vladimir Putin'
    """
    seen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "Person" or m.text.lower() in V.PRONOUNS:
            continue
        last = m.text.split()[-1]
        cands = [p for p in seen if p.text.split()[-1] == last]
        if cands:
            best = max(cands, key=lambda p: (len(p.text.split()), -p.start))
            m.antecedent = best.text
        seen.append(m)
