"""The PolNeAR scorer's matching rules (brat parsing and speaker agreement), on made-up annotations."""
from __future__ import annotations

import pytest

from bench.eval_en_polnear import Attribution, parse_ann, speaker_right
from conflict_kg.kg.model import Mention, Statement


def test_parse_ann_reads_events_listed_before_their_spans():
    ann = "E1\tAttribution:T3 Source:T1 Cue:T2 Content:T4\nT1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\n" \
          "T3\tAttribution 4 8\tsaid\nT4\tContent 9 13\tyes"
    assert [(a.source, a.cue, a.content) for a in parse_ann(ann)] == [([(0, 3)], [(4, 8)], [(9, 13)])]


TEXT = "Voters who said yes, the board of the city said, were few."


def _st(speaker=None, role=None):
    return Statement(quote="x", start=0, end=1, quote_start=0, quote_end=1, speaker=speaker, speaker_role=role)


@pytest.mark.parametrize("statement,source,right", [
    # a relative pronoun Source is matched by its antecedent written just before it
    (_st(role="Voters"), (7, 10), True),
    (_st(role="the board"), (7, 10), False),
    # a description that starts with the Source counts; one that only shares a word does not
    (_st(role="the board of the city"), (21, 30), True),
    (_st(role="the city"), (21, 30), False),
    (_st(speaker=Mention(text="Voters", start=0, end=6, type="Person")), (7, 10), True),
])
def test_speaker_right(statement, source, right):
    assert speaker_right(TEXT, statement, Attribution(source=[source])) is right
