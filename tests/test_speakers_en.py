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
