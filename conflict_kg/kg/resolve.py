"""Entity resolution: one mention surface -> one canonical key.

Order of attempts (the first that yields candidates decides):

1. ``gazetteer``  -- the normalised surface (honorifics/titles stripped) equals
   a gazetteer name;
2. ``normalized`` -- the coarser :func:`conflict_kg.kg.normalize.loose_key` matches, or a
   place suffix ("Donetsk city", "ドネツク市") was dropped, or a single family
   name matched a person's surname;
3. ``fuzzy``      -- a close Latin spelling (``Brinken`` -> Blinken) of a name
   of the same coarse type, clearly better than the runner-up;
4. ``new``        -- a deterministic key minted from type and normalised surface.

Candidates must be type-compatible (a person never matches a place).  When
several candidates remain and neither the exact type nor the context picks
one, the surface is *not* merged: it gets a ``new`` key and is recorded in
:attr:`Resolver.ambiguous`.  Within one document (:meth:`Resolver.resolve_mentions`)
a lone family name ("ドリスコル氏") is linked to the full name used in the same
document ("ダニエル・ドリスコル") with method ``local``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from conflict_kg.kg.gazetteer import (
    PERSON_TYPES,
    PLACE_TYPES,
    Gazetteer,
    GazetteerEntry,
    coarse_type,
    load_gazetteer,
)
from conflict_kg.kg.places import direction_core
from conflict_kg.kg.resolve_places import PlaceRules
from conflict_kg.kg.resolve_regions import CountryForces, FuzzyNames, RegionContext

from conflict_kg.kg.model import Mention
from conflict_kg.kg.normalize import has_japanese, index_key, loose_key, slugify
from conflict_kg.kg.names import (
    ACRONYM,
    COMMON_SURNAMES,
    CONFIDENCE,
    EN_PLACE_SUFFIX,
    GENERIC_TITLES,
    GEONAMES_SETTLEMENT_CONF,
    JA_PLACE_PREFIX,
    JA_PLACE_SUFFIX,
    ROLE_STOPWORDS,
    VILLAGE_WORDS,
    name_parts,
    compatible,
    levenshtein,
    strip_titles,
)

__all__ = ["Resolution", "Resolver", "SIDE_LABEL", "strip_titles", "compatible", "levenshtein"]

#: ``Mention.label`` of a force the text names without its country, whose ``antecedent`` is its side's
#: name as the context gives it ("the Armed Forces" of a Ukrainian report: "Ukrainian Armed Forces").
SIDE_LABEL = "SIDE"


@dataclass
class Resolution:
    """The canonical entity a surface resolved to."""

    key: str
    type: str
    label_en: str | None
    labels_ja: tuple[str, ...]
    wikidata: str | None
    lat: float | None
    lon: float | None
    confidence: float
    method: str  # "gazetteer" | "normalized" | "fuzzy" | "sound" | "document" | "local" | "new"
    #: Places: oblast and raion keys, ISO country, GeoNames id and population (from the gazetteer).
    region: str | None = None
    admin2: str | None = None
    country: str | None = None
    geonames: int | None = None
    population: int | None = None
    #: An ambiguous place left unresolved: the keys of its candidates.
    candidates: tuple[str, ...] = ()


class Resolver(PlaceRules, RegionContext, FuzzyNames, CountryForces):
    """Resolve mention surfaces against a gazetteer (deterministic, offline)."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.ambiguous: list[tuple[str, list[str]]] = []
        self._fuzzy_pools: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._regions: list[tuple[str, tuple[str, ...]]] | None = None
        self._region_idx: tuple | None = None
        self._resolve_cached = functools.lru_cache(maxsize=65536)(self._resolve_guarded)
        self._country_names: dict[str, tuple[str, ...]] | None = None
        self._regions_in = functools.lru_cache(maxsize=4096)(self._regions_in_uncached)
        self._country_keys: dict[str, str] | None = None

    # -- public -----------------------------------------------------------
    def resolve(self, surface: str, type: str, lang: str, context: str = "") -> Resolution:
        """Resolve one surface; always returns a :class:`Resolution`.

        >>> r = Resolver()
        >>> res = r.resolve("ポクロウシク", "Location", "ja")
        >>> res.key, res.type, res.label_en, res.method
        ('location/pokrovsk', 'City', 'Pokrovsk', 'gazetteer')
        >>> r.resolve("Zelensky", "Person", "en").wikidata
        'Q3874799'
        """
        res, amb = self._resolve_cached(surface or "", type, lang, context or "")
        if amb is not None:
            self._report(surface, amb)
            ents = [self.gazetteer.entries[k] for k in amb if k in self.gazetteer.entries]
            if res.method == "new" and type not in PERSON_TYPES and ents and all(e.type in PLACE_TYPES for e in ents):
                # Several places of that name ("Popivka", even if NER said ORG): a place, undecided.
                if type not in PLACE_TYPES:
                    res = replace(self._new(surface.strip(), "Location"), type="Location")
                res = replace(res, candidates=tuple(amb))
        return res

    def resolve_mentions(self, mentions: list[Mention], lang: str, date: str | None = None) -> dict[str, Resolution]:
        """Resolve a document's mentions, linking short person names to full ones.

        Sets ``m.entity`` (and ``m.geo_precision`` for places) on every mention and returns
        key -> Resolution for every key used (the most confident resolution per key), plus
        the raions, oblasts and countries that contain the places used (method ``container``).
        Ambiguous places are decided by the document (method ``document``, see
        :meth:`_by_document`; ``date``, the document's ISO date, dates the front line) or keep their
        ``candidates``.
        """
        doc = _DocumentNames.of(mentions, lang)
        resolved: dict[int, Resolution] = {}
        for m in mentions:
            if (m.text or "").strip():
                resolved[id(m)] = self._in_document(m, doc, resolved, lang)
        self._by_document(mentions, resolved, date)
        out: dict[str, Resolution] = {}
        for m in mentions:
            res = resolved.get(id(m))
            if res is None:
                continue
            if res.geonames and res.type in ("Settlement", "City") and _CITY_DISTRICT.match(_text_after(m)):
                # "Petrovsky district of Donetsk": a district of a city, not the GeoNames place of that name.
                res = self._new(m.text.strip(), "Location")
            m.entity = res.key
            if res.key not in out or res.confidence > out[res.key].confidence:
                out[res.key] = res
            if res.type in PLACE_TYPES:
                m.geo_precision = self._precision(m, res)
        self._add_containers(out)
        return dict(sorted(out.items()))

    def _in_document(self, m: Mention, doc: "_DocumentNames", resolved: dict[int, Resolution],
                     lang: str) -> Resolution:
        """One mention in its document: its antecedent's entity, a full name's, or its own."""
        core = doc.cores[id(m)]
        if m.antecedent and m.antecedent in doc.by_text and doc.by_text[m.antecedent] is not m:
            return _relabel(self._plain(doc.by_text[m.antecedent], resolved, lang), "local", CONFIDENCE["local"])
        if m.label == SIDE_LABEL and m.antecedent:  # a name the context gives, not one the document writes
            return self.resolve(m.antecedent, m.type, lang)
        if m.type in PERSON_TYPES and len(name_parts(core)) == 1:
            longer = doc.full_names.get(index_key(core), [])
            keys = sorted({self._plain(f, resolved, lang).key for f in longer})
            if len(keys) == 1:
                # Resolving the lone family name on its own could report
                # a spurious ambiguity ("Johnson"): the document decides.
                return _relabel(self._plain(longer[0], resolved, lang), "local", CONFIDENCE["local"])
            if len(keys) > 1:
                self._report(m.text, keys)
                return self._new(core, m.type)
        return self._plain(m, resolved, lang)

    def _plain(self, m: Mention, resolved: dict[int, Resolution], lang: str) -> Resolution:
        """The mention resolved on its own (memoised in ``resolved``)."""
        if id(m) not in resolved:
            context = m.sentence.text if m.sentence is not None else ""
            res = None
            if _followed_by_oblast(m) and (m.type in PLACE_TYPES or m.type in PERSON_TYPES):
                # "ドニプロペトロフスク|州知事": the span stops before 州, but the
                # text names the oblast, not the city.
                region = self.resolve(m.text.strip() + "州", "AdministrativeRegion", lang, context)
                res = region if region.method != "new" else None
            if res is None and m.type in PLACE_TYPES and _DIRECTION_AFTER.match(_text_after(m)):
                # "the Krasnoliman direction": the span stops before "direction"; a direction names a town
                direction = self.resolve(f"{m.text.strip()} direction", m.type, lang, context)
                res = direction if direction.method != "new" else None
            resolved[id(m)] = res or self.resolve(m.text, m.type, lang, context)
        return resolved[id(m)]

    # -- internals ----------------------------------------------------------
    def _report(self, surface: str, keys: Sequence[str]) -> None:
        item = (surface, sorted(keys))
        if item not in self.ambiguous:
            self.ambiguous.append(item)

    def _new(self, core: str, type_: str) -> Resolution:
        key = index_key(core) or core.strip() or "_"
        ja = has_japanese(core)
        minted = f"{coarse_type(type_)}/{slugify(key)}"
        if minted in self.gazetteer.entries:
            # The name of a gazetteer entry that was rejected (ambiguous, or
            # contradicted by context): never reuse that entry's key.
            minted += "-new"
        return Resolution(
            key=minted,
            type=type_,
            label_en=None if ja else core.strip(),
            labels_ja=(core.strip(),) if ja else (),
            wikidata=None,
            lat=None,
            lon=None,
            confidence=CONFIDENCE["new"] if core.strip() else 0.0,
            method="new",
        )

    def _pick(
        self, cands: Iterable[GazetteerEntry], type_: str, context: str
    ) -> tuple[GazetteerEntry | None, list[str] | None, bool]:
        """(winner, ambiguous keys, decided by context)."""
        cands = list(cands)
        if len(cands) == 1:
            return cands[0], None, False
        same = [e for e in cands if e.type == type_]
        if len(same) == 1:
            return same[0], None, False
        pool = same or cands
        if context:
            scored = [(self._context_score(e, context), e) for e in pool]
            best = max(s for s, _ in scored)
            top = [e for s, e in scored if s == best]
            if best > 0 and len(top) == 1:
                return top[0], None, True
        return None, sorted(e.key for e in pool), False

    def _context_score(self, e: GazetteerEntry, context: str) -> int:
        """Evidence in the context for an entry: role words, its oblast's name."""
        ctx_key = index_key(context)
        ctx_tokens = set(ctx_key.split()) if not has_japanese(context) else set()
        score = 0
        for role in e.roles:
            if has_japanese(role):
                score += bool(has_japanese(context)) and index_key(role) in ctx_key
            else:
                words = {w for w in index_key(role).split() if w not in ROLE_STOPWORDS}
                score += len(words & ctx_tokens)
        if e.region and e.region in self._context_regions(context):
            score += 1
        return score

    def _from_entry(self, e: GazetteerEntry, method: str, conf: float) -> Resolution:
        if e.type == "Settlement" and e.source.startswith("geonames"):
            conf = min(conf, GEONAMES_SETTLEMENT_CONF)
        return Resolution(
            key=e.key,
            type=e.type,
            label_en=e.label_en or None,
            labels_ja=e.labels_ja,
            wikidata=e.wikidata,
            lat=e.lat,
            lon=e.lon,
            confidence=conf,
            method=method,
            region=e.region,
            admin2=e.admin2,
            country=e.country,
            geonames=e.geonames,
            population=e.population,
        )

    def _try(self, cands: list[GazetteerEntry], type_: str, context: str, method: str, conf: float,
             allow_mislabel: bool, surface: str = ""):
        """Return (Resolution | None, ambiguous keys | None) for one candidate list."""
        cands = self._region_guard(cands, context)
        cands = self._abroad_guard(cands, context)
        if ACRONYM.fullmatch(surface):
            # "WIA", "KIA", "JFO": an acronym is no GeoNames village (Iwye's alternate names).
            cands = [e for e in cands if not e.source.startswith("geonames")]
        if not cands:
            return None, None
        compat = [e for e in cands if compatible(type_, e.type)]
        if compat:
            e, amb, by_ctx = self._pick(compat, type_, context)
            if e is not None and self._unsure(e, len(compat), context):
                # One village of 500+ named so, but Ukraine has more of that name: undecided here.
                return None, sorted(x.key for x in compat)
            if e is not None:
                return self._from_entry(e, method, min(conf, CONFIDENCE["context"]) if by_ctx else conf), None
            return None, amb
        if allow_mislabel:
            # NER mislabel (a Person-typed "キーウ"): trust the gazetteer type
            # only when exactly one entry carries the name.
            if type_ in PERSON_TYPES and all(e.source.startswith(("geonames", "pycountry")) for e in cands):
                # A person-typed name that only GeoNames places carry (宮崎, 田村, Davis, Shevchenko) is far
                # more often the person: no ambiguity, the person steps (surname) go on.
                return None, None
            if len(cands) == 1 and self._unsure(cands[0], 1, context):
                return None, [cands[0].key]
            if len(cands) == 1:
                return self._from_entry(cands[0], method, min(conf, CONFIDENCE["mislabel"])), None
            return None, sorted(e.key for e in cands)
        return None, None

    def _resolve_guarded(self, surface: str, type_: str, lang: str, context: str):
        """:meth:`_resolve_uncached`, then refuse an uncorroborated common family name."""
        res, amb = self._resolve_uncached(surface, type_, lang, context)
        if res.method == "new" or type_ not in PERSON_TYPES or res.type not in PERSON_TYPES:
            return res, amb
        raw = surface.strip()
        core = strip_titles(raw, lang)
        if len(name_parts(core)) != 1 or index_key(core) not in COMMON_SURNAMES:
            return res, amb
        entry = self.gazetteer.entries.get(res.key)
        if entry is not None and self._corroborated(entry, raw, core, context):
            return res, amb
        # "ブラウン英首相" is not the US general Charles Q. Brown: a bare common
        # family name needs a role or country of the person nearby.
        return self._new(core, type_), None

    def _corroborated(self, e: GazetteerEntry, raw: str, core: str, context: str) -> bool:
        """Does the surface's title or the sentence name a role or the country of ``e``?"""
        title = raw.replace(core, " ").strip(" ・　")
        if title and index_key(title) not in GENERIC_TITLES:
            tk = index_key(title)
            for role in e.roles:
                rk = index_key(role)
                if rk and (rk.endswith(tk) or tk.endswith(rk) or (not has_japanese(tk) and tk in rk.split())):
                    return True
        text = f"{raw} {context}"
        if self._context_score(e, text) > 0:
            return True
        ctx_key = index_key(text)
        padded = f" {ctx_key} "
        for name in self._countries().get(e.country or "", ()):
            if (has_japanese(name) and name in ctx_key) or (not has_japanese(name) and f" {name} " in padded):
                return True
        return False

    def _countries(self) -> dict[str, tuple[str, ...]]:
        """ISO code -> normalised names of that country (names and demonyms from the gazetteer)."""
        if self._country_names is None:
            out: dict[str, set[str]] = {}
            for e in self.gazetteer.entries.values():
                if e.type == "Country" and e.country:
                    out.setdefault(e.country, set()).update(k for k in (index_key(n) for n in e.names) if k)
            self._country_names = {c: tuple(sorted(v)) for c, v in sorted(out.items())}
        return self._country_names

    def _resolve_uncached(self, surface: str, type_: str, lang: str, context: str):
        """(Resolution, ambiguous keys | None): the first step that resolves or finds an ambiguity decides."""
        raw = surface.strip()
        if not raw or not index_key(raw):
            return self._new(raw, type_), None
        core = strip_titles(raw, lang) if type_ in PERSON_TYPES else raw
        if type_ not in PERSON_TYPES and direction_core(core):
            res = self._direction(core, type_, lang, context)
            if res is not None:
                return res, None
        for step in (self._by_name, self._by_affix, self._by_japanese_form, self._by_surname,
                     self._by_country_force, self._by_spelling, self._by_sounds):
            res, amb = step(raw, core, type_, lang, context)
            if res is not None:
                return res, None
            if amb:
                return self._new(core, type_), amb
        return self._new(core, type_), None

    def _by_name(self, raw: str, core: str, type_: str, lang: str, context: str):
        """1. the exact name, 2. its loose key; then a titled surface as a whole (a mislabelled place/org)."""
        g = self.gazetteer
        key = index_key(core)
        for method, cands, conf in (
            ("gazetteer", g.lookup_key(key), CONFIDENCE["gazetteer"]),
            ("normalized", g.lookup_loose(key), CONFIDENCE["normalized"]),
        ):
            res, amb = self._try(cands, type_, context, method, conf, allow_mislabel=(core == raw), surface=core)
            if res is not None:
                return self._as_region(res, core, type_, lang), None
            if amb:
                return None, amb
        if core != raw:
            res, _amb = self._try(g.lookup(raw, lang), type_, context, "gazetteer", CONFIDENCE["gazetteer"], True)
            return res, None
        return None, None

    def _as_region(self, res: Resolution, core: str, type_: str, lang: str) -> Resolution:
        """"Donetsk" typed as a region: the oblast, if there is one.

        English only: the English extractor types a bare name a region from its context
        ("Donetsk and Luhansk regions"), whereas Japanese writes the oblast with 州 and
        GiNZA's Province label on a bare city name (モスクワ) is a tagging error.
        """
        if type_ != "AdministrativeRegion" or res.type == type_ or has_japanese(core):
            return res
        regs = [e for e in self.gazetteer.lookup(core + " oblast", lang) if e.type == type_]
        return self._from_entry(regs[0], "normalized", CONFIDENCE["suffix"]) if len(regs) == 1 else res

    def _by_affix(self, raw: str, core: str, type_: str, lang: str, context: str):
        """3. place prefixes/suffixes: 首都キーウ, 東部ドネツク州, "Donetsk city"; a region + "oblast"/州."""
        if type_ not in PLACE_TYPES:
            return None, None
        g = self.gazetteer
        if has_japanese(core):
            bare = JA_PLACE_PREFIX.sub("", core)
            if bare and bare != core:
                res, _amb = self._try(g.lookup(bare, lang), type_, context, "normalized", CONFIDENCE["suffix"], False)
                if res is not None:
                    return res, None
        variants = []
        m = (JA_PLACE_SUFFIX if has_japanese(core) else EN_PLACE_SUFFIX).search(core)
        stripped = core[: m.start()].strip() if m else ""
        # "Dobropillia village" is not the city of Dobropillia, nor
        # "Oskil village" the river: a village suffix admits only settlements.
        village = bool(m) and m.group(1).casefold() in VILLAGE_WORDS
        if stripped:
            variants.append(stripped)
        if type_ == "AdministrativeRegion":
            variants.append(core + "州" if has_japanese(core) else core + " oblast")
        for v in variants:
            for cands in (g.lookup(v, lang), g.lookup_loose(index_key(v))):
                if village and v == stripped:
                    cands = [e for e in cands if e.type == "Settlement"]
                if v == stripped and m.group(1) in ("町", "村"):
                    # 大和町 is not 大和市 (Yamato, Kanagawa): a town is no place known as a city of that name.
                    cands = [e for e in cands if f"{stripped}市" not in e.labels_ja]
                res, amb = self._try(cands, type_, context, "normalized", CONFIDENCE["suffix"], False)
                if res is not None or amb:
                    return res, amb
        return None, None

    def _by_surname(self, raw: str, core: str, type_: str, lang: str, context: str):
        """4. a single family name of a known person."""
        if type_ not in PERSON_TYPES or len(name_parts(core)) != 1:
            return None, None
        return self._try(self.gazetteer.lookup_surname(index_key(core)), type_, context, "normalized",
                         CONFIDENCE["surname"], False)

    def _by_spelling(self, raw: str, core: str, type_: str, lang: str, context: str):
        """5. a close Latin spelling (fuzzy; Latin script only)."""
        return (None, None) if has_japanese(core) else self._fuzzy(index_key(core), type_, context)

    def _by_sounds(self, raw: str, core: str, type_: str, lang: str, context: str):
        """6. the same sounds in another transliteration or script (Ugledar, ボウチャンスク)."""
        return self._by_sound(core, type_, context) if type_ in PLACE_TYPES else (None, None)


_DIRECTION_AFTER = re.compile(r"\s+(?:direction|directions|axis)\b", re.I)
_CITY_DISTRICT = re.compile(r"\s+(?:city\s+)?(?:district|neighbou?rhood|microdistrict)\s+of\s+[A-Z]")


def _text_after(m: Mention, width: int = 40) -> str:
    """The sentence's text right after the mention."""
    sent = m.sentence
    if sent is None:
        return ""
    i = m.end - sent.start
    return sent.text[i:i + width] if 0 <= i <= len(sent.text) else ""


def _followed_by_oblast(m: Mention) -> bool:
    """Is a Japanese mention directly followed by 州 in its sentence?"""
    sent = m.sentence
    if sent is None or not has_japanese(m.text or ""):
        return False
    i = m.end - sent.start
    return 0 <= i < len(sent.text) and sent.text[i] == "州" and sent.text[i - len(m.text):i] == m.text


@dataclass
class _DocumentNames:
    """A document's mentions by surface, its persons' full names by family name, each mention's core name."""

    by_text: dict[str, Mention]
    full_names: dict[str, list[Mention]]
    cores: dict[int, str]

    @classmethod
    def of(cls, mentions: list[Mention], lang: str) -> "_DocumentNames":
        doc = cls({}, {}, {})
        for m in mentions:
            core = strip_titles(m.text, lang) if m.type in PERSON_TYPES else m.text.strip()
            doc.cores[id(m)] = core
            doc.by_text.setdefault(m.text, m)
            if m.type in PERSON_TYPES:
                parts = name_parts(core)
                if len(parts) >= 2:
                    doc.full_names.setdefault(index_key(parts[-1]), []).append(m)
        return doc


def _relabel(res: Resolution, method: str, conf: float) -> Resolution:
    return replace(res, confidence=min(conf, res.confidence), method=method)
