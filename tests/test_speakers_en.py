"""English speakers: appositions, according to, unnamed sources, pronouns (sentences written for the tests)."""
from __future__ import annotations

import pytest

from conflict_kg.extract.en import extract_en_text


def _spk(st):
    m = st.speaker
    return (m.antecedent or m.text) if m is not None else None


SPEAKER_CASES = [
    ("The Nato secretary general, Jens Stoltenberg, said the alliance would respond.",
     [("Jens Stoltenberg", "secretary general")]),
    ('The head of the UN human rights office in Ukraine, Matilda Bogner, said: "Civilians are dying."',
     [("Matilda Bogner", "head")]),
    ("Troops entered the town, according to the regional governor.", [(None, "the regional governor")]),
    ('"We will not give up," Espinoza said.', [("Espinoza", None)]),
    ("A senior official said the talks had failed.", [(None, "official")]),
    ('"Carolina is going to win that one," Gov. Kasich replied. "I hate to say it."',
     [("Kasich", None), ("Kasich", None)]),
    # a pronoun with no antecedent stays unresolved; it is never a speaker entity
    ("He said the bridge was destroyed.", [(None, None)]),
    ("Volodymyr Zelensky visited Kherson.\n\nHe said the city would be rebuilt.", [("Volodymyr Zelensky", None)]),
]


@pytest.mark.parametrize("text,expected", SPEAKER_CASES)
def test_speakers(nlp_en, text, expected):
    rec = extract_en_text(text, nlp=nlp_en)
    assert [(_spk(s), s.speaker_role) for s in rec.statements] == expected


def test_dateline_is_never_a_speaker(nlp_en):
    text = "WASHINGTON (AP) — The State Department said on Monday that the embassy would reopen."
    rec = extract_en_text(text, nlp=nlp_en)
    assert [(_spk(s), s.speaker_org.text if s.speaker_org else None) for s in rec.statements] == [
        ("The State Department", None)]


ROLE_CASES = [
    # roles in a list go to the right person
    ("The summit was attended by Egypt's Prime Minister Mustafa Madbuly, Senegal's President Macky Sall and "
     "Kenya's President William Ruto.",
     [("Mustafa Madbuly", "Prime Minister", "Egypt"), ("Macky Sall", "President", "Senegal"),
      ("William Ruto", "President", "Kenya")]),
    # a title word ending a name is a surname; hyphenated names stay whole
    ("Former British Prime Minister John Major said the war must end.",
     [("John Major", "Prime Minister", "British")]),
    ("Former UN Secretary-General Boutros Boutros-Ghali said peace was possible.",
     [("Boutros Boutros-Ghali", "Secretary-General", "UN")]),
]


@pytest.mark.parametrize("text,expected", ROLE_CASES)
def test_roles_and_names(nlp_en, text, expected):
    rec = extract_en_text(text, nlp=nlp_en)
    assert [(r.person.text, r.role, r.org.text if r.org else None) for r in rec.roles] == expected


#: Speech verbs and attribution shapes beyond "X said that ..." (sentences written for the tests):
#: (text, [(speaker or antecedent, role, quote)]).
STATEMENT_CASES = [
    # object frames (vocab_en.SPEECH_OBJECT_FRAMES)
    ("Mayor Anna Kovacs called for an independent inquiry into the blackout.",
     [("Anna Kovacs", "Mayor", "for an independent inquiry into the blackout")]),
    ("The governor urged residents to stay indoors.", [(None, "The governor", "residents to stay indoors")]),
    ("The ministry announced a curfew in the capital.", [(None, "The ministry", "a curfew in the capital")]),
    # a participle elaborates its main clause: no statement of its own
    ("The mayor visited the shelter, calling on volunteers to help.", []),
    # a parenthesised gloss is not the speaker; a date the parser takes as subject is not either
    ("On Monday at the party congress Senator Maria Lopez (D-NM) said the budget was unfair.",
     [("Maria Lopez", "Senator", "the budget was unfair")]),
    # the passive speaks through its agent, never through the addressee
    ("Senator Maria Lopez was asked by reporter Tom Hale whether she would resign.",
     [("Tom Hale", None, "whether she would resign")]),
    # a quote introduced by a colon at the end of the paragraph before
    ("The minister said:\n\n\u201cWe will not accept this.\u201d", [(None, "The minister", "We will not accept this.")]),
    # a described common noun is an unnamed source
    ("The board said the election would be held in May.", [(None, "The board", "the election would be held in May")]),
    # a continuation verb goes on with the same speaker
    ("\u201cWe are ready,\u201d Lopez said. \u201cThe talks will resume on Friday,\u201d she continued.",
     [("Lopez", None, "We are ready"), ("Lopez", None, "The talks will resume on Friday")]),
    # the surname of a person named before speaks, whatever its tag
    ("Engineer Paula Renn inspected the dam on Monday. Renn later posted a photo of the crack and said the dam "
     "was safe.", [("Paula Renn", None, "the dam was safe")]),
    # an afterthought clause after the comma does not stop the verb from introducing the quote;
    # the participle speaks for the same speaker
    ("\u201cWe wrote twenty songs,\u201d Kiedis said, adding the album is nearly done.",
     [("Kiedis", None, "We wrote twenty songs"), ("Kiedis", None, "the album is nearly done")]),
]


@pytest.mark.parametrize("text,expected", STATEMENT_CASES)
def test_statement_shapes(nlp_en, text, expected):
    rec = extract_en_text(text, nlp=nlp_en)
    assert [(_spk(s), s.speaker_role, s.quote) for s in rec.statements] == expected


def test_extract_statements_example():
    """The runnable example of ``extract_statements`` (also run by the doctest collection)."""
    import doctest

    from conflict_kg.extract import en_statements

    finder = doctest.DocTestFinder()
    test = next(t for t in finder.find(en_statements) if t.name.endswith("extract_statements"))
    assert test.examples
    result = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE).run(test)
    assert result.failed == 0
