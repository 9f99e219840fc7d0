"""Gazetteer hits on Japanese text (:mod:`conflict_kg.extract.ja_gazetteer`), as a table.

Sentences written for this file. A GeoNames-only city (no curator looked at it) is taken from
katakana only when spelled as GeoNames lists it or when the text says it is a place; the key's
tolerance of long marks (キーウ = キウ) otherwise lets loanwords become cities.
"""
from __future__ import annotations

import pytest

from tests.test_extract_ja import run


@pytest.mark.parametrize("text,surface,found", [
    # the bench/resolution_sample_50.md WRONG row's shape: パートナー keys as パトナ (Patna)
    ("費用をまかなってくださるパートナーからの収入があります。", "パートナー", False),
    ("ペトロザヴォーツクで集会が開かれた。", "ペトロザヴォーツク", True),   # as GeoNames lists it
    ("ペトロザヴォツク市で集会が開かれた。", "ペトロザヴォツク", True),     # variant, placed by 市
    ("ペトロザヴォツクで集会が開かれた。", "ペトロザヴォツク", False),      # variant, nothing says place
    ("ポクロウシク周辺で戦闘が続いた。", "ポクロウシク", True),            # curated war name
    ("ポクロフスクで戦闘が続いた。", "ポクロフスク", True),                # curated, another spelling
])
def test_uncurated_katakana_needs_listed_spelling_or_place(nlp_ja, text, surface, found):
    # Found: a mention of the name (GiNZA's own label may type it; the resolver then trusts the
    # gazetteer's class). Not found: no mention of it as a city (GiNZA may still tag it otherwise).
    mentions = run(nlp_ja, text).mentions
    if found:
        assert any(m.text.startswith(surface) for m in mentions), [(m.text, m.type) for m in mentions]
    else:
        assert not [m for m in mentions if m.text.startswith(surface) and m.type in {"City", "Settlement"}]
