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
from conflict_kg.kg.resolve_places import _ACRONYM, PlaceRules
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from conflict_kg.kg.model import Mention
from conflict_kg.kg.normalize import has_japanese, index_key, loose_key, slugify
from conflict_kg.kg.names import (
    _COMMON_SURNAMES,
    _CONF,
    _EN_PLACE_SUFFIX,
    _FUZZY_MARGIN,
    _FUZZY_MIN,
    _FUZZY_MIN_LEN,
    _GENERIC_TITLES,
    _GEONAMES_SETTLEMENT_CONF,
    _JA_PLACE_PREFIX,
    _JA_PLACE_SUFFIX,
    _ROLE_STOPWORDS,
    _VILLAGE_WORDS,
    _name_parts,
    compatible,
    levenshtein,
    strip_titles,
)

__all__ = ["Resolution", "Resolver", "strip_titles", "compatible", "levenshtein"]


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


class Resolver(PlaceRules):
    """Resolve mention surfaces against a gazetteer (deterministic, offline)."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.ambiguous: list[tuple[str, list[str]]] = []
        self._fuzzy_pools: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._regions: list[tuple[str, tuple[str, ...]]] | None = None
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

    def resolve_mentions(self, mentions: list[Mention], lang: str) -> dict[str, Resolution]:
        """Resolve a document's mentions, linking short person names to full ones.

        Sets ``m.entity`` (and ``m.geo_precision`` for places) on every mention and returns
        key -> Resolution for every key used (the most confident resolution per key), plus
        the raions, oblasts and countries that contain the places used (method ``container``).
        Ambiguous places are decided by the document (method ``document``, see
        :meth:`_by_document`) or keep their ``candidates``.
        """
        by_text: dict[str, Mention] = {}
        full_names: dict[str, list[Mention]] = {}
        cores: dict[int, str] = {}
        for m in mentions:
            core = strip_titles(m.text, lang) if m.type in PERSON_TYPES else m.text.strip()
            cores[id(m)] = core
            by_text.setdefault(m.text, m)
            if m.type in PERSON_TYPES:
                parts = _name_parts(core)
                if len(parts) >= 2:
                    full_names.setdefault(index_key(parts[-1]), []).append(m)

        out: dict[str, Resolution] = {}
        resolved: dict[int, Resolution] = {}

        def context_of(m: Mention) -> str:
            return m.sentence.text if m.sentence is not None else ""

        def plain(m: Mention) -> Resolution:
            if id(m) not in resolved:
                res = None
                if _followed_by_oblast(m) and (m.type in PLACE_TYPES or m.type in PERSON_TYPES):
                    # "ドニプロペトロフスク|州知事": the span stops before 州, but the
                    # text names the oblast, not the city.
                    region = self.resolve(m.text.strip() + "州", "AdministrativeRegion", lang, context_of(m))
                    res = region if region.method != "new" else None
                resolved[id(m)] = res or self.resolve(m.text, m.type, lang, context_of(m))
            return resolved[id(m)]

        for m in mentions:
            if not (m.text or "").strip():
                continue
            res: Resolution | None = None
            core = cores[id(m)]
            if m.antecedent and m.antecedent in by_text and by_text[m.antecedent] is not m:
                res = _relabel(plain(by_text[m.antecedent]), "local", _CONF["local"])
            elif m.type in PERSON_TYPES and len(_name_parts(core)) == 1:
                longer = full_names.get(index_key(core), [])
                keys = sorted({plain(f).key for f in longer})
                if len(keys) == 1:
                    # Resolving the lone family name on its own could report
                    # a spurious ambiguity ("Johnson"): the document decides.
                    res = _relabel(plain(longer[0]), "local", _CONF["local"])
                elif len(keys) > 1:
                    self._report(m.text, keys)
                    res = self._new(core, m.type)
            if res is None:
                res = plain(m)
            resolved[id(m)] = res
        self._by_document(mentions, resolved)
        for m in mentions:
            res = resolved.get(id(m))
            if res is None:
                continue
            m.entity = res.key
            if res.key not in out or res.confidence > out[res.key].confidence:
                out[res.key] = res
            if res.type in PLACE_TYPES:
                m.geo_precision = self._precision(m, res)
        self._add_containers(out)
        return dict(sorted(out.items()))

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
            confidence=_CONF["new"] if core.strip() else 0.0,
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
                words = {w for w in index_key(role).split() if w not in _ROLE_STOPWORDS}
                score += len(words & ctx_tokens)
        if e.region and e.region in self._context_regions(context):
            score += 1
        return score

    def _context_regions(self, context: str) -> frozenset[str]:
        """Keys of the administrative regions named in the context (cached)."""
        if not context:
            return frozenset()
        return self._regions_in(context)

    def _regions_in_uncached(self, context: str) -> frozenset[str]:
        ctx_key = index_key(context)
        padded = f" {ctx_key} "
        found = set()
        for key, names in self._region_names():
            for k in names:
                if (has_japanese(k) and k in ctx_key) or (not has_japanese(k) and f" {k} " in padded):
                    found.add(key)
                    break
        return frozenset(found)

    def _region_names(self) -> list[tuple[str, tuple[str, ...]]]:
        if self._regions is None:
            regions = []
            containers = {e.region for e in self.gazetteer.entries.values() if e.region}
            for e in self.gazetteer.entries.values():
                if e.type == "AdministrativeRegion" or e.key in containers:
                    names = sorted({index_key(n) for n in e.names if index_key(n)})
                    regions.append((e.key, tuple(names)))
            self._regions = sorted(regions)
        return self._regions

    def _region_guard(self, cands: list[GazetteerEntry], context: str) -> list[GazetteerEntry]:
        """Drop GeoNames villages whose oblast contradicts the oblast named in the context.

        Curated entries are never dropped: a sentence may name one oblast and
        a city elsewhere ("refugees from Donetsk oblast reached Lviv").
        """
        regions = self._context_regions(context)
        if not regions:
            return cands
        return [
            e for e in cands
            if not (e.source.startswith("geonames") and e.region not in regions and e.admin2 not in regions)
        ]

    def _from_entry(self, e: GazetteerEntry, method: str, conf: float) -> Resolution:
        if e.type == "Settlement" and e.source.startswith("geonames"):
            conf = min(conf, _GEONAMES_SETTLEMENT_CONF)
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
        if _ACRONYM.fullmatch(surface):
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
                return self._from_entry(e, method, min(conf, _CONF["context"]) if by_ctx else conf), None
            return None, amb
        if allow_mislabel:
            # NER mislabel (a Person-typed "キーウ"): trust the gazetteer type
            # only when exactly one entry carries the name.
            if len(cands) == 1 and self._unsure(cands[0], 1, context):
                return None, [cands[0].key]
            if len(cands) == 1 and not (type_ in PERSON_TYPES and cands[0].source.startswith("geonames")):
                # (A person-typed name that only a GeoNames place carries -- 宮崎, Shevchenko --
                # is far more often the person: only curated places overrule the NER.)
                return self._from_entry(cands[0], method, min(conf, _CONF["mislabel"])), None
            return None, sorted(e.key for e in cands)
        return None, None

    def _resolve_guarded(self, surface: str, type_: str, lang: str, context: str):
        """:meth:`_resolve_uncached`, then refuse an uncorroborated common family name."""
        res, amb = self._resolve_uncached(surface, type_, lang, context)
        if res.method == "new" or type_ not in PERSON_TYPES or res.type not in PERSON_TYPES:
            return res, amb
        raw = surface.strip()
        core = strip_titles(raw, lang)
        if len(_name_parts(core)) != 1 or index_key(core) not in _COMMON_SURNAMES:
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
        if title and index_key(title) not in _GENERIC_TITLES:
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
        g = self.gazetteer
        raw = surface.strip()
        if not raw or not index_key(raw):
            return self._new(raw, type_), None
        core = strip_titles(raw, lang) if type_ in PERSON_TYPES else raw
        key = index_key(core)
        if type_ not in PERSON_TYPES and direction_core(core):
            res = self._direction(core, type_, lang, context)
            if res is not None:
                return res, None

        # 1. exact, 2. loose
        for method, cands, conf in (
            ("gazetteer", g.lookup_key(key), _CONF["gazetteer"]),
            ("normalized", g.lookup_loose(key), _CONF["normalized"]),
        ):
            res, amb = self._try(cands, type_, context, method, conf, allow_mislabel=(core == raw), surface=core)
            if res is not None:
                if type_ == "AdministrativeRegion" and res.type != type_ and not has_japanese(core):
                    # "Donetsk" typed as a region: the oblast, if there is one.  English
                    # only: the English extractor types a bare name a region from its
                    # context ("Donetsk and Luhansk regions"), whereas Japanese writes
                    # the oblast with 州 and GiNZA's Province label on a bare city name
                    # (モスクワ) is a tagging error.
                    alt = core + "州" if has_japanese(core) else core + " oblast"
                    regs = [e for e in g.lookup(alt, lang) if e.type == type_]
                    if len(regs) == 1:
                        return self._from_entry(regs[0], "normalized", _CONF["suffix"]), None
                return res, None
            if amb:
                return self._new(core, type_), amb
        # A person-typed surface with a title may be a mislabelled place or org.
        if core != raw:
            res, amb = self._try(g.lookup(raw, lang), type_, context, "gazetteer", _CONF["gazetteer"], True)
            if res is not None:
                return res, None

        # 3. place prefixes/suffixes: "首都キーウ", "東部ドネツク州" -> the place;
        # "Donetsk city" -> "Donetsk"; AdministrativeRegion -> "+ oblast"
        if type_ in PLACE_TYPES and has_japanese(core):
            bare = _JA_PLACE_PREFIX.sub("", core)
            if bare and bare != core:
                res, amb = self._try(g.lookup(bare, lang), type_, context, "normalized", _CONF["suffix"], False)
                if res is not None:
                    return res, None
        if type_ in PLACE_TYPES:
            variants = []
            m = (_JA_PLACE_SUFFIX if has_japanese(core) else _EN_PLACE_SUFFIX).search(core)
            stripped = core[: m.start()].strip() if m else ""
            # "Dobropillia village" is not the city of Dobropillia, nor
            # "Oskil village" the river: a village suffix admits only settlements.
            village = bool(m) and m.group(1).casefold() in _VILLAGE_WORDS
            if stripped:
                variants.append(stripped)
            if type_ == "AdministrativeRegion":
                variants.append(core + "州" if has_japanese(core) else core + " oblast")
            for v in variants:
                for cands in (g.lookup(v, lang), g.lookup_loose(index_key(v))):
                    if village and v == stripped:
                        cands = [e for e in cands if e.type == "Settlement"]
                    res, amb = self._try(cands, type_, context, "normalized", _CONF["suffix"], False)
                    if res is not None:
                        return res, None
                    if amb:
                        return self._new(core, type_), amb

        # 4. a single family name of a known person
        if type_ in PERSON_TYPES and len(_name_parts(core)) == 1:
            res, amb = self._try(g.lookup_surname(key), type_, context, "normalized", _CONF["surname"], False)
            if res is not None:
                return res, None
            if amb:
                return self._new(core, type_), amb

        # 5. fuzzy, Latin script only
        if not has_japanese(core):
            res, amb = self._fuzzy(key, type_, context)
            if res is not None:
                return res, None
            if amb:
                return self._new(core, type_), amb
        # 6. the same sounds in another transliteration or script (Ugledar, ボウチャンスク)
        if type_ in PLACE_TYPES:
            res, amb = self._by_sound(core, type_, context)
            if res is not None:
                return res, None
            if amb:
                return self._new(core, type_), amb
        return self._new(core, type_), None

    def _fuzzy_pool(self, coarse: str) -> list[tuple[str, tuple[str, ...]]]:
        if coarse not in self._fuzzy_pools:
            g = self.gazetteer
            pool: dict[str, set[str]] = {}
            for name, keys in g.names_by_coarse(coarse, latin=True).items():
                # GeoNames villages are excluded: neighbouring villages differ
                # by one letter (Novomykhailivka/Novomykolaivka).
                keep = [k for k in keys if not g.entries[k].source.startswith("geonames")]
                if keep and len(name) >= _FUZZY_MIN_LEN:
                    pool.setdefault(name, set()).update(keep)
            if coarse == "person":
                for e in g.entries.values():
                    if e.type in PERSON_TYPES:
                        for s in g._surnames(e):
                            if len(s) >= _FUZZY_MIN_LEN and not has_japanese(s):
                                pool.setdefault(s, set()).add(e.key)
            self._fuzzy_pools[coarse] = sorted((n, tuple(sorted(k))) for n, k in pool.items())
        return self._fuzzy_pools[coarse]

    def _fuzzy(self, key: str, type_: str, context: str):
        coarse = coarse_type(type_)
        if coarse not in _FUZZY_MIN or len(key) < _FUZZY_MIN_LEN:
            return None, None
        threshold = _FUZZY_MIN[coarse]
        max_dist = int(len(key) * (1 - threshold)) + 1
        scores: dict[str, float] = {}
        pool = self._fuzzy_pool(coarse)
        # RapidFuzz scans the whole pool in C; only names within max_dist come back.
        hits = process.extract(key, [name for name, _keys in pool], scorer=Levenshtein.distance,
                               score_cutoff=max_dist, limit=None)
        for name, d, index in hits:
            keys = pool[index][1]
            if coarse == "location" and (name.startswith(key) or key.startswith(name)):
                continue  # Pokrovsk vs Pokrovske: a suffix makes another place
            sim = 1 - d / max(len(key), len(name))
            if sim < threshold:
                continue
            for k in keys:
                if compatible(type_, self.gazetteer.entries[k].type):
                    scores[k] = max(scores.get(k, 0.0), sim)
        if not scores:
            return None, None
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        best_key, best = ranked[0]
        close = [k for k, s in ranked if best - s < _FUZZY_MARGIN]
        if len(close) > 1:
            e, amb, _ = self._pick([self.gazetteer.entries[k] for k in close], type_, context)
            if e is None:
                return None, amb
            best_key = e.key
        return self._from_entry(self.gazetteer.entries[best_key], "fuzzy", round(min(0.85, best), 3)), None


def _followed_by_oblast(m: Mention) -> bool:
    """Is a Japanese mention directly followed by 州 in its sentence?"""
    sent = m.sentence
    if sent is None or not has_japanese(m.text or ""):
        return False
    i = m.end - sent.start
    return 0 <= i < len(sent.text) and sent.text[i] == "州" and sent.text[i - len(m.text):i] == m.text


def _relabel(res: Resolution, method: str, conf: float) -> Resolution:
    return replace(res, confidence=min(conf, res.confidence), method=method)
