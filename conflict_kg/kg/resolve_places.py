"""Place resolution for :class:`conflict_kg.kg.resolve.Resolver`: homonyms decided by the document, sounds, directions.

A mixin (one concern of the resolver, kept apart so that ``conflict_kg/kg/resolve.py`` stays readable):

* :meth:`PlaceRules._by_document` -- an ambiguous place decided by the region named after it or in
  the document, by the document's other places (nearest), by the front line on the document's date
  (:mod:`conflict_kg.kg.frontline`), or by a far larger population; otherwise it keeps its candidates;
* :meth:`PlaceRules._by_sound` -- katakana or another romanisation matched by sound
  (:func:`conflict_kg.kg.places.sound_key`), guarded by type, country and context;
* :meth:`PlaceRules._direction` -- "the Pokrovsk direction" / ポクロウシク方面 / Покровское направление;
* :meth:`PlaceRules._precision` and :meth:`PlaceRules._add_containers` -- ACLED geo-precision per
  mention and the raion/oblast/country behind ``ckg:locatedIn``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from conflict_kg.kg.gazetteer import PERSON_TYPES, PLACE_TYPES, SOUND_COUNTRIES, GazetteerEntry, haversine_km
from conflict_kg.kg.model import Mention
from conflict_kg.kg.names import (
    CONFIDENCE,
    EN_PLACE_SUFFIX,
    JA_ADDRESS,
    JA_FACILITY_SUFFIX,
    JA_PART_SUFFIX,
    JA_PLACE_SUFFIX,
    JA_REGION_SUFFIXES,
    VILLAGE_WORDS,
    levenshtein,
)
from conflict_kg.kg.normalize import has_japanese, index_key, loose_key
from conflict_kg.kg.frontline import fighting_regions, front_namesakes
from conflict_kg.kg.places import direction_core, near_cue, precision_of, ukrainian_form

if TYPE_CHECKING:  # pragma: no cover
    from conflict_kg.kg.resolve import Resolution

__all__ = ["PlaceRules"]

_KATAKANA_NAME = re.compile(r"[ァ-ヶー・]+")
#: Capitalised words that may stand right before a place name (sentence-initial prepositions).
_PLACE_WORDS_BEFORE = frozenset("in near at from to around outside on of the shelling liberated occupied".split())
#: Countries whose villages share names with Ukraine's (their GeoNames places need their country named).
_NEIGHBOURS = frozenset({"RU", "BY", "MD"})
#: Russian regions on the border with Ukraine: their villages need no country named in the sentence.
_BORDER_REGIONS = frozenset({"location/belgorod_oblast", "location/kursk_oblast", "location/bryansk_oblast",
                             "location/rostov_oblast", "location/voronezh_oblast"})
#: A region named right after a place: "Popivka, Sumy", "Popivka (Sumy oblast)", "Popivka in Sumy region".
_APPOSED = re.compile(r"^\s*(?:,|\(|in|of)\s*(?:the\s+)?([A-Z\u0400-\u04ff][\w'’-]+)", re.U)
#: A candidate farther than this from every other place of the document is not picked by nearness.
_NEAR_KM = 150.0


class PlaceRules:
    """Place methods of the resolver (needs ``gazetteer``, ``_from_entry``, ``_try``, ``_context_regions``,
    ``_countries`` and ``_resolve_uncached`` of :class:`conflict_kg.kg.resolve.Resolver`)."""

    # -- places in a document ---------------------------------------------------
    def _by_document(self, mentions: list[Mention], resolved: dict[int, Resolution], date: str | None = None) -> None:
        """Decide ambiguous places by the document, strongest evidence first: the region named right
        after the name ("Popivka, Sumy"), else a region the document names (a resolved region, or a
        region's name or alias anywhere in its sentences: "in the DPR"), else the candidate nearest to
        the document's other places, else the only candidate in a region with fighting on the
        document's ``date`` (:func:`conflict_kg.kg.frontline.fighting_regions`), else a candidate far
        more populous than the rest. Undecided places keep their candidates."""
        placed = [r for m in mentions if (r := resolved.get(id(m))) is not None and r.method != "new"
                  and r.type in PLACE_TYPES]
        doc_regions = {r.key for r in placed if r.type == "AdministrativeRegion"} | self._text_regions(mentions)
        # Points of the settlements, cities and raions named (not oblasts or countries: too coarse).
        points = [(r.lat, r.lon) for r in placed if r.lat is not None
                  and (r.type in ("Settlement", "City", "Facility") or (r.type == "AdministrativeRegion" and r.region))]
        for m in mentions:
            res = resolved.get(id(m))
            if res is None or not res.candidates:
                continue
            cands = [self.gazetteer.entries[k] for k in res.candidates if k in self.gazetteer.entries]
            pick, cands = self._decide(m, cands, doc_regions, points, date)
            if pick is not None:
                resolved[id(m)] = self._from_entry(pick, "document", CONFIDENCE["document"])
            elif len(cands) < len(res.candidates):
                resolved[id(m)] = replace(res, candidates=tuple(e.key for e in cands))

    def _decide(self, m: Mention, cands: list[GazetteerEntry], doc_regions: set[str],
                points: list[tuple[float, float]], date: str | None) -> tuple[GazetteerEntry | None, list[GazetteerEntry]]:
        """(the candidate the document decides for, or None; the candidates left) for one ambiguous place."""
        by_region = False
        for regions in (self._apposed_regions(m), doc_regions):
            inside = [e for e in cands if e.region in regions or e.admin2 in regions]
            if inside:
                cands, by_region = inside, True
                break
        # A lone candidate is taken only when a region or the other places vouch for it if the
        # codifier knows more places of that name (most of them under 500: not in the gazetteer).
        sure = by_region or not any(self._unsure(e, len(cands)) for e in cands)
        pick = (cands[0] if len(cands) == 1 and sure else None) or self._nearest(cands, points)
        if pick is None and len(cands) > 1:
            # A war report names the village where the war was, not its namesake far from the front,
            # when it is the front's only settlement of that name (villages under 500 counted too);
            # population decides only among the front's candidates.
            front = [e for e in cands if e.region in fighting_regions(date)]
            alone = len(front) == 1 and front_namesakes(front[0].names, date) in (None, 1)
            pick = front[0] if alone else self._most_populous(front or cands)
        return pick, cands

    def _text_regions(self, mentions: list[Mention]) -> frozenset[str]:
        """Regions the document's sentences name, by name or alias ("the Kharkiv region", "the DPR"),
        whether or not the NER marked them."""
        texts = {m.sentence.text for m in mentions if m.sentence is not None}
        return frozenset().union(*(self._context_regions(t) for t in sorted(texts)))

    def _apposed_regions(self, m: Mention) -> set[str]:
        """Regions named right after a place: "Popivka, Sumy", "Popivka (Sumy oblast)"."""
        sent = m.sentence
        if sent is None:
            return set()
        after = sent.text[m.end - sent.start:]
        hit = _APPOSED.match(after)
        if not hit:
            return set()
        name = hit.group(1)
        out = set()
        for alt in (name, f"{name} oblast", f"{name} raion"):
            for e in self.gazetteer.lookup(alt, ""):
                if e.type == "AdministrativeRegion":
                    out.add(e.key)
        return out

    @staticmethod
    def _nearest(cands: list[GazetteerEntry], points: list[tuple[float, float]]) -> GazetteerEntry | None:
        """The candidate nearest to the document's other places, if clearly nearest (and within 150 km)."""
        if not points:
            return None
        scored = sorted((min(haversine_km(e.lat, e.lon, a, b) for a, b in points), e.key, e)
                        for e in cands if e.lat is not None)
        if not scored or scored[0][0] > _NEAR_KM:
            return None
        if len(scored) > 1 and scored[1][0] < 2 * scored[0][0] + 10:
            return None
        return scored[0][2]

    @staticmethod
    def _most_populous(cands: list[GazetteerEntry]) -> GazetteerEntry | None:
        """A city among villages: population at least ten times every other candidate's."""
        pops = sorted(((e.population or 0), e.key, e) for e in cands)
        if len(pops) >= 2 and pops[-1][0] >= 10 * max(1, pops[-2][0]) and pops[-1][0] >= 20_000:
            return pops[-1][2]
        return None

    def _by_japanese_form(self, raw: str, core: str, type_: str, lang: str, context: str):
        """Japanese place forms the gazetteer holds under another name: an address (愛媛県今治市: the inner
        unit, the outer one as context; an unknown ward falls back to its city, method ``part``), a
        division + 内 (佐賀県内), a bare division name (愛媛 -> 愛媛県), a facility named after its place
        (博多駅, 岩国基地: a new facility at that place's point, method ``facility``)."""
        if type_ in PERSON_TYPES or type_ not in PLACE_TYPES or not has_japanese(core):
            return None, None
        m = JA_ADDRESS.match(core)
        if m:
            inside = self._inside(m["outer"], m["inner"], type_, lang, context)
            if inside is not None:
                return inside, None
            res, amb = self._japanese_place(m["inner"], type_, lang, f"{m['outer']} {context}")
            if res is not None or amb or not m["inner"].endswith("区"):
                return res, amb
            res, _amb = self._japanese_place(m["outer"], type_, lang, context)
            if res is not None and res.type == "City":
                return replace(res, method="part", confidence=min(res.confidence, CONFIDENCE["suffix"])), None
            return None, None
        if core.endswith("内") and core[-2:-1] in ("県", "府", "都", "道", "州", "市"):
            return self._japanese_place(core[:-1], type_, lang, context)
        part = JA_PART_SUFFIX.search(core)
        if part and part.start() >= 2:
            res, _amb = self._japanese_place(core[:part.start()], type_, lang, context)
            if res is not None and res.type in ("Country", "AdministrativeRegion"):
                # "スーダン西部": in Sudan, not the whole of it (precision 2 at the country's point).
                return replace(res, method="part", confidence=min(res.confidence, CONFIDENCE["suffix"])), None
        for suffix in JA_REGION_SUFFIXES if core[-1] not in JA_REGION_SUFFIXES else ():
            res, _amb = self._japanese_place(core + suffix, "AdministrativeRegion", lang, context)
            if res is not None and res.type == "AdministrativeRegion":
                return res, None
        f = JA_FACILITY_SUFFIX.search(core)
        if f and f.start() >= 2:
            res, _amb = self._japanese_place(core[:f.start()], "Location", lang, context)
            if res is not None and res.lat is not None and res.type in ("City", "Settlement", "Location"):
                new = self._new(core, "Facility")
                return replace(new, lat=res.lat, lon=res.lon, region=res.region, admin2=res.admin2,
                               country=res.country, method="facility", confidence=CONFIDENCE["facility"]), None
        return None, None

    def _inside(self, outer: str, inner: str, type_: str, lang: str, context: str) -> Resolution | None:
        """The one gazetteer place named ``inner`` (with or without 市/町/村) inside the place ``outer``
        ("大阪府松原市": GeoNames calls the Osaka city 松原, and 松原市 is also a Chinese city)."""
        container, _amb = self._japanese_place(outer, type_, lang, context)
        if container is None:
            return None
        names = {inner, JA_PLACE_SUFFIX.sub("", inner)} - {""}
        within = {e.key: e for n in names for e in self.gazetteer.lookup(n, lang)
                  if container.key in (e.region, e.admin2)}
        if len(within) != 1:
            return None
        return self._from_entry(next(iter(within.values())), "normalized", CONFIDENCE["suffix"])

    def _japanese_place(self, name: str, type_: str, lang: str, context: str):
        """(Resolution, None) when ``name`` resolves to a gazetteer place, else (None, ambiguous keys | None)."""
        res, amb = self._resolve_uncached(name, type_, lang, context)
        return (None, amb) if res.method == "new" else (res, None)

    def _precision(self, m: Mention, res: Resolution) -> int | None:
        sent = m.sentence
        before = after = ""
        if sent is not None:
            i, j = m.start - sent.start, m.end - sent.start
            before, after = sent.text[max(0, i - 40):max(0, i)], sent.text[j:j + 20]
        # A facility placed at the town it is named after, a ward placed at its city: near that point.
        near = near_cue(before, after) or bool(direction_core(m.text)) or res.method in ("facility", "part")
        if res.method == "new":
            return None  # an unknown or undecided place: no point, no precision
        is_raion = res.type == "AdministrativeRegion" and bool(res.region)
        return precision_of(res.type, is_raion, near)

    def _add_containers(self, out: dict[str, Resolution]) -> None:
        """Describe every raion, oblast and country that contains a resolved place (for ckg:locatedIn)."""
        todo = [r for r in out.values() if r.type in PLACE_TYPES]
        while todo:
            r = todo.pop()
            for k in (r.admin2, r.region, self._country_key(r.country) if r.type != "Country" else None):
                if k and k not in out and k in self.gazetteer.entries:
                    out[k] = self._from_entry(self.gazetteer.entries[k], "container", CONFIDENCE["gazetteer"])
                    todo.append(out[k])

    def _country_key(self, iso: str | None) -> str | None:
        if not iso:
            return None
        if self._country_keys is None:
            self._country_keys = {}
            for e in sorted(self.gazetteer.entries.values(), key=lambda e: e.key):
                if e.type == "Country" and e.country:
                    self._country_keys.setdefault(e.country, e.key)
        return self._country_keys.get(iso)


    def _direction(self, surface: str, type_: str, lang: str, context: str):
        """"the Pokrovsk direction", ポクロウシク方面, Покровское направление: the place inside, or None."""
        for core in direction_core(surface):
            # Typed Location, not Settlement: GeoNames' Settlement/City split is only a population
            # floor, and a Settlement type picked the village Rodynske over the town Lyman when
            # both carry the former name Krasnyy Liman ("the Krasnoliman direction").
            res, amb = self._resolve_uncached(core, "Location", lang, context)
            if res.method != "new" and res.type in PLACE_TYPES:
                return res
            town = self._only_city(amb or ())
            if town is not None:
                return town
        return None

    def _only_city(self, keys) -> "Resolution | None":
        """A front-line direction is named after a town: of the places of that name, the only city
        ("the Krasnoliman direction": the town Lyman, not the village Rodynske that GeoNames also
        calls Krasnyy Liman). None when none or several are cities."""
        cities = [self.gazetteer.entries[k] for k in keys
                  if k in self.gazetteer.entries and self.gazetteer.entries[k].type == "City"]
        return self._from_entry(cities[0], "context", CONFIDENCE["document"]) if len(cities) == 1 else None

    def _unsure(self, e: GazetteerEntry, n_candidates: int, context: str = "") -> bool:
        """Is ``e`` one of more Ukrainian settlements of that name than the gazetteer holds
        (KATOTTG counts villages under 500 too), with no region of it named in ``context``?"""
        if not (e.homonyms and e.homonyms > n_candidates and e.source.startswith("geonames")):
            return False
        regions = self._context_regions(context)
        return not (e.region in regions or e.admin2 in regions)

    def _abroad_guard(self, cands: list[GazetteerEntry], context: str) -> list[GazetteerEntry]:
        """Drop GeoNames-only places of Russia, Belarus, Moldova unless the sentence names their country or
        region, or they lie in a Russian region bordering Ukraine: in news of the war a village
        name is a Ukrainian village far more often than its Russian or Belarusian homonym
        ("Mir", "Alexandrovka", "Kievsky district of Donetsk")."""
        abroad = [e for e in cands if e.source.startswith("geonames") and e.country in _NEIGHBOURS
                  and e.region not in _BORDER_REGIONS]
        if not abroad:
            return cands
        regions = self._context_regions(context)
        ctx_key = index_key(context)
        padded = f" {ctx_key} "

        def named(e: GazetteerEntry) -> bool:
            if e.region in regions:
                return True
            return any((has_japanese(n) and n in ctx_key) or (not has_japanese(n) and f" {n} " in padded)
                       for n in self._countries().get(e.country or "", ()))
        return [e for e in cands if e not in abroad or named(e)]

    def _war_context(self, context: str) -> bool:
        """Does the sentence name a country of :data:`conflict_kg.kg.gazetteer.SOUND_COUNTRIES` or one of their regions?"""
        if any(self.gazetteer.entries[k].country in SOUND_COUNTRIES for k in self._context_regions(context)
               if k in self.gazetteer.entries):
            return True
        ctx_key = index_key(context)
        return any(name in ctx_key for cc in SOUND_COUNTRIES for name in self._countries().get(cc, ())
                   if has_japanese(name))

    def _by_sound(self, core: str, type_: str, context: str):
        """Settlements whose name sounds like ``core`` (katakana, or another romanisation).

        Only settlements and cities of the countries of the war, and only for a place-typed
        mention, so that a katakana person or a loanword never becomes a village.
        """
        if has_japanese(core) and not _KATAKANA_NAME.fullmatch(core):
            return None, None
        m = (JA_PLACE_SUFFIX if has_japanese(core) else EN_PLACE_SUFFIX).search(core)
        village = False
        if m and m.start() > 0:
            core = core[: m.start()].strip()  # "ノボミハイリウカ村", "Kurakhovoye village"
            village = m.group(1).casefold() in VILLAGE_WORDS
        if has_japanese(core) and not self._war_context(context):
            return None, None  # ベルファスト is no Ukrainian village: katakana by sound only in the war's context
        cands = self.gazetteer.lookup_sound(core)
        if village:
            cands = [e for e in cands if e.type == "Settlement"]  # not the city of that name
        if cands and not has_japanese(core):
            cands = self._closest_spellings(core, self._region_guard(cands, context))
            if re.search(r"\b[A-Z][a-z]+\s+" + re.escape(core) + r"\b", context or ""):
                before = re.search(r"\b([A-Z][a-z]+)\s+" + re.escape(core) + r"\b", context).group(1)
                if before.lower() not in _PLACE_WORDS_BEFORE:
                    cands = []
        return self._try(cands, type_, context, "sound", CONFIDENCE["sound"], False)

    @staticmethod
    def _closest_spellings(core: str, cands: list[GazetteerEntry]) -> list[GazetteerEntry]:
        """The settlements found by sound whose Latin names are closest to ``core`` or to its Ukrainian
        form (:func:`conflict_kg.kg.places.ukrainian_form`: Stepanovka -> Stepanivka): Kurakhovoye is
        Kurakhove, not Kurakhivka. Run after the oblast guard, so that a Russian alternate name of a
        homonym in another oblast does not outrank the named oblast's village."""
        if not cands:
            return []
        lk = loose_key(index_key(core))
        forms = {lk, loose_key(index_key(ukrainian_form(core)))} - {""}
        latin = {e.key: [loose_key(index_key(n)) for n in e.names if not has_japanese(n)] for e in cands}
        dist = {k: min((levenshtein(f, n) for f in forms for n in names), default=99) for k, names in latin.items()}
        best = min(dist.values())
        # The same opening letters too (Kryakivka is not Kyryakivka, Daryevka not Deriivka), and
        # not a family name after a given name ("Yuriy Storozhev").
        return [e for e in cands if dist[e.key] == best and best <= max(2, len(lk) // 4)
                and any(n[:2] == f[:2] for n in latin[e.key] for f in forms)]
