"""Three parts of the resolver's evidence, as mixins of :class:`~conflict_kg.kg.resolve.Resolver`.

:class:`RegionContext` finds the administrative regions a context names ("Popivka, Sumy",
"ドネツク州の…") and drops the villages whose oblast contradicts them; :class:`FuzzyNames` finds
a close Latin spelling; :class:`CountryForces` reads "Ukraine army" as the gazetteer's
"Ukrainian army". Both read ``self.gazetteer`` and the caches the resolver's ``__init__``
creates (``_regions``, ``_region_idx``, ``_regions_in``, ``_fuzzy_pools``); ``FuzzyNames`` calls
the resolver's ``_pick`` and ``_from_entry``.
"""
from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from conflict_kg.kg.gazetteer import PERSON_TYPES, SOUND_COUNTRIES, GazetteerEntry, coarse_type
from conflict_kg.kg.names import CONFIDENCE, FUZZY_MARGIN, FUZZY_MIN, FUZZY_MIN_LEN, compatible
from conflict_kg.kg.normalize import has_japanese, index_key
from conflict_kg.kg.places import REGION_ALIASES

__all__ = ["CountryForces", "FuzzyNames", "RegionContext"]


class RegionContext:
    """The regions named in a context, and the oblast guard over homonymous villages."""

    def _context_regions(self, context: str) -> frozenset[str]:
        """Keys of the administrative regions named in the context (cached)."""
        if not context:
            return frozenset()
        return self._regions_in(context)

    def _regions_in_uncached(self, context: str) -> frozenset[str]:
        ja, latin, longest = self._region_index()
        ctx_key = index_key(context)
        found: set[str] = set()
        if has_japanese(ctx_key):  # a Japanese name is found as a substring
            for name, keys in ja:
                if name in ctx_key:
                    found.update(keys)
        # A Latin name is a run of whole words: look the context's word n-grams up.
        words = ctx_key.split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + longest) + 1):
                found.update(latin.get(" ".join(words[i:j]), ()))
        return frozenset(found)

    def _region_names(self) -> list[tuple[str, tuple[str, ...]]]:
        if self._regions is None:
            regions = []
            containers = {e.region for e in self.gazetteer.entries.values() if e.region}
            for e in self.gazetteer.entries.values():
                if e.type == "AdministrativeRegion" or e.key in containers:
                    names = sorted({index_key(n) for n in (*e.names, *REGION_ALIASES.get(e.key, ())) if index_key(n)})
                    regions.append((e.key, tuple(names)))
            self._regions = sorted(regions)
        return self._regions

    def _region_index(self) -> tuple[tuple[tuple[str, frozenset[str]], ...], dict[str, frozenset[str]], int]:
        """Region names split once by script: (Japanese name -> keys, Latin name -> keys, most words in a Latin name)."""
        if self._region_idx is not None:
            return self._region_idx
        ja: dict[str, set[str]] = {}
        latin: dict[str, set[str]] = {}
        for key, names in self._region_names():
            for k in names:
                (ja if has_japanese(k) else latin).setdefault(k, set()).add(key)
        longest = max((len(k.split()) for k in latin), default=1)
        self._region_idx = (tuple((k, frozenset(v)) for k, v in sorted(ja.items())),
                            {k: frozenset(v) for k, v in latin.items()}, longest)
        return self._region_idx

    def _region_guard(self, cands: list[GazetteerEntry], context: str) -> list[GazetteerEntry]:
        """Drop GeoNames villages whose oblast contradicts the oblast named in the context.

        Curated entries are never dropped: a sentence may name one oblast and
        a city elsewhere ("refugees from Donetsk oblast reached Lviv").  Only the war's
        countries (:data:`~conflict_kg.kg.gazetteer.SOUND_COUNTRIES`), whose villages share names
        across oblasts: elsewhere a sentence lists places of several regions ("福岡市や長崎県"),
        and a named region only adds to a homonym's context score (:meth:`_context_score`).
        """
        regions = self._context_regions(context)
        if not regions:
            return cands
        return [
            e for e in cands
            if not (e.source.startswith("geonames") and e.country in SOUND_COUNTRIES
                    and e.region not in regions and e.admin2 not in regions)
        ]


class FuzzyNames:
    """A close Latin spelling of a gazetteer name (RapidFuzz over one pool per coarse type)."""

    def _fuzzy_pool(self, coarse: str) -> list[tuple[str, tuple[str, ...]]]:
        if coarse not in self._fuzzy_pools:
            g = self.gazetteer
            pool: dict[str, set[str]] = {}
            # GeoNames places are excluded (Gazetteer.latin_names): neighbouring villages differ
            # by one letter (Novomykhailivka/Novomykolaivka).
            for k, keys in g.latin_names().items():
                keep = [x for x in keys if g.entries[x].coarse == coarse]
                if keep and len(k) >= FUZZY_MIN_LEN:
                    pool.setdefault(k, set()).update(keep)
            if coarse == "person":
                for e in g.entries.values():
                    if e.type in PERSON_TYPES:
                        for s in g.surnames(e):
                            if len(s) >= FUZZY_MIN_LEN and not has_japanese(s):
                                pool.setdefault(s, set()).add(e.key)
            self._fuzzy_pools[coarse] = sorted((n, tuple(sorted(k))) for n, k in pool.items())
        return self._fuzzy_pools[coarse]

    def _fuzzy(self, key: str, type_: str, context: str):
        coarse = coarse_type(type_)
        if coarse not in FUZZY_MIN or len(key) < FUZZY_MIN_LEN:
            return None, None
        threshold = FUZZY_MIN[coarse]
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
        close = [k for k, s in ranked if best - s < FUZZY_MARGIN]
        if len(close) > 1:
            e, amb, _ = self._pick([self.gazetteer.entries[k] for k in close], type_, context)
            if e is None:
                return None, amb
            best_key = e.key
        return self._from_entry(self.gazetteer.entries[best_key], "fuzzy", round(min(0.85, best), 3)), None


#: "Ukraine army", "Russia's forces": a country's name where the gazetteer lists the demonym form
#: ("Ukrainian army"). The force noun is kept as written, so "Ukraine navy" reaches only a navy.
_COUNTRY_FORCE = re.compile(
    r"(?:the\s+)?(?P<country>[^\W\d].*?)(?:'s|’s)?\s+(?P<noun>army|armed forces|forces|troops|military|navy|air force)",
    re.IGNORECASE)


class CountryForces:
    """A country's armed force named by the country instead of its demonym."""

    def _by_country_force(self, raw: str, core: str, type_: str, lang: str, context: str):
        """7. "<country>('s) <force noun>" as the gazetteer's "<another name of that country> <force noun>".

        The name must be one country's, and the forms must reach exactly one entity; else nothing.
        """
        m = _COUNTRY_FORCE.fullmatch(core)
        if m is None or type_ in PERSON_TYPES or has_japanese(core):
            return None, None
        ckey = index_key(m["country"])
        codes = [c for c, names in self._countries().items() if ckey in names]
        if len(codes) != 1:
            return None, None
        noun = m["noun"].casefold()
        found = {e.key: e for name in self._countries()[codes[0]]
                 for e in self.gazetteer.lookup_key(index_key(f"{name} {noun}"))
                 if coarse_type(e.type) == coarse_type(type_)}
        if len(found) != 1:
            return None, None
        (entry,) = found.values()
        return self._from_entry(entry, "normalized", CONFIDENCE["normalized"]), None
