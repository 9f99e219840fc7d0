"""Document zones: table tests (sentences written for the tests, or dev-set shapes)."""
from __future__ import annotations

import pytest

from conflict_kg.extract.zones import find_zones, keep_body
from conflict_kg.kg.model import Claim, DocRecords, Document, Event, Statement

ZONE_CASES = [
    # (text, [(kind, zone text)])
    ("WASHINGTON (AP) — The minister said the talks failed.", [("dateline", "WASHINGTON (AP) — ")]),
    ("KYIV, Ukraine (Reuters) - Russia attacked the city.", [("dateline", "KYIV, Ukraine (Reuters) - ")]),
    ("(CNN) — A strike hit the port.", [("dateline", "(CNN) — ")]),
    ("FAIRVIEW, W.Va. - The coal was piled high.", [("dateline", "FAIRVIEW, W.Va. - ")]),
    ("The talks failed.\n\nBy John Smith and Jane Doe", [("byline", "By John Smith and Jane Doe")]),
    ("Troops advanced.\n\n(AP Photo/Evan Vucci)", [("caption", "(AP Photo/Evan Vucci)")]),
    ("Troops advanced.\n\nPhoto: A destroyed bridge near Kherson", [("caption", "Photo: A destroyed bridge near Kherson")]),
    ("Troops advanced.\n\nRELATED: Putin meets Xi in Moscow", [("related", "RELATED: Putin meets Xi in Moscow")]),
    ("Troops advanced.\n\nRead the rest here.", [("related", "Read the rest here.")]),
    ("Missiles Hit Kyiv Overnight.\n\nMissiles hit Kyiv on Monday, officials said.",
     [("headline", "Missiles Hit Kyiv Overnight.")]),
    ("Missiles hit Kyiv\n\nMissiles hit Kyiv on Monday.", [("headline", "Missiles hit Kyiv")]),
    ("【ワシントン=共同】米国務長官は会見で述べた。", [("dateline", "【ワシントン=共同】")]),
    ("本文です。\n\n【関連記事】\n『米国が制裁を発表』\n『ロシアが反発』\n\n出典：共同通信",
     [("related", "【関連記事】"), ("related", "『米国が制裁を発表』"), ("related", "『ロシアが反発』"),
      ("source", "出典：共同通信")]),
    ("ファイル:Minister.jpg朝日新聞によると、議会は新内閣を承認した。", [("caption", "ファイル:Minister.jpg")]),
    ("首相は辞任を表明した。『首相が辞任を表明』。朝日新聞社、2006年11月9日。『後任は未定』。共同通信、2006年11月9日。",
     [("source", "『首相が辞任を表明』。"), ("source", "朝日新聞社、2006年11月9日。"), ("source", "『後任は未定』。"),
      ("source", "共同通信、2006年11月9日。")]),
    ("市長は「住民の声を聞く」と述べた。「議会の動き」。朝日新聞、2005年10月8日。",
     [("source", "「議会の動き」。"), ("source", "朝日新聞、2005年10月8日。")]),
    ("市長は会見した。『見出し』。Reuters、17.10.2005。", [("source", "『見出し』。"), ("source", "Reuters、17.10.2005。")]),
    ("鉄道2011年鉄道関連ニュース新線が開業へ駅で事故、3人が負傷読売新聞によると、社長は新列車の導入を発表した。",
     [("related", "鉄道2011年鉄道関連ニュース新線が開業へ駅で事故、3人が負傷")]),
    # a run-on list of dated headlines, a translation note (dev shapes, written anew)
    ("停戦は続いている。2006年5月6日、政府と反政府勢力が協定に調印2005年10月22日、交渉に進展なし。",
     [("related", "2006年5月6日、政府と反政府勢力が協定に調印2005年10月22日、交渉に進展なし。")]),
    ("爆発があった。港で爆発、死者多数英語版en:Many dead in port blastの抜粋です。",
     [("source", "港で爆発、死者多数英語版en:Many dead in port blastの抜粋です。")]),
    # body only: two dates in one body sentence; a period inside, a plain first sentence, "By" starting a sentence, a quote in the body
    ("By Tuesday the talks had failed, he said.", []),
    ("政府は2005年10月22日、協定に調印し、2006年5月6日、発効させた。", []),
    ("Russia's military aggression against Ukraine continues.\n\nFighting continues.", []),
    ("The U.N. - and its agencies - said so.", []),
    ("映画『戦争』が公開された。監督は「平和を願う」と述べた。", []),
    ("", []),
    ("\n\n \n", []),
    # headline-only documents (a wire headline, a list of UCDP sources): nothing restates them, so
    # they are the story (sentences written for this file)
    ("Ukrainian soldier killed near Shumy in Donbas", []),
    ("Shelling kills two in Kherson\n\nDrone strike hits Odesa port", []),
    ("KYIV (Reuters) - Shelling kills two in Kherson", [("dateline", "KYIV (Reuters) - ")]),
]


@pytest.mark.parametrize("text,expected", ZONE_CASES)
def test_zones(text, expected):
    assert [(z.kind, text[z.start:z.end]) for z in find_zones(text)] == expected


@pytest.mark.parametrize("text", ["\x00", "「", "』。、2005年", "By", "(AP)", "\u202e" * 20, "。" * 100])
def test_naughty_strings(text):
    for z in find_zones(text):
        assert 0 <= z.start < z.end <= len(text)


def test_keep_body_drops_nonbody_records_and_rebases_claims():
    text = "Missiles Hit Kyiv Overnight.\n\nRussia said it struck Kyiv. Ukraine denied it."
    body = text.index("Russia")
    ev_head = Event(type="Attack", trigger="Hit", start=9, end=12)
    ev_body = Event(type="Attack", trigger="struck", start=body + 13, end=body + 19)
    st_head = Statement(quote="Hit", start=0, end=27, quote_start=0, quote_end=27)
    st_body = Statement(quote="it struck Kyiv", start=body, end=body + 26, quote_start=body + 12, quote_end=body + 26)
    c0 = Claim(claimant=None, stance="asserts", text="x", start=0, end=5, event_index=0)
    c1 = Claim(claimant=None, stance="asserts", text="y", start=body, end=body + 26, event_index=1)
    c2 = Claim(claimant=None, stance="denies", text="z", start=body + 28, end=body + 45, disputes_index=1)
    rec = keep_body(DocRecords(doc=Document(id="d", text=text, lang="en"), statements=[st_head, st_body],
                               events=[ev_head, ev_body], claims=[c0, c1, c2]))
    assert rec.statements == [st_body]
    assert rec.events == [ev_body]
    assert [(c.text, c.event_index, c.disputes_index) for c in rec.claims] == [("y", 0, None), ("z", None, 0)]


JA_BODY_ONLY = [
    # a quote in a source-note title and in a related list is no statement; the body one is
    ("市長は「住民の声を聞く」と述べた。『市長「住民の声を聞く」と述べる』。朝日新聞社、2005年10月8日。",
     ["住民の声を聞く"]),
]


@pytest.mark.parametrize("text,quotes", JA_BODY_ONLY)
def test_ja_statements_skip_source_notes(nlp_ja, text, quotes):
    from conflict_kg.extract.ja import extract_ja

    rec = extract_ja([(nlp_ja(text), 0)], Document(id="z", text=text, lang="ja"))
    assert [s.quote for s in rec.statements] == quotes


def test_en_statements_skip_headline_and_dateline(nlp_en):
    from conflict_kg.extract.en import extract_en_text

    text = ('Minister Says "We Will Not Retreat" In Kyiv\n\n'
            'KYIV, Ukraine (Reuters) - The defence minister, Oleksii Reznikov, said: "We will not retreat."')
    rec = extract_en_text(text, nlp=nlp_en)
    assert [s.quote for s in rec.statements] == ["We will not retreat."]


def test_en_headline_only_document_yields_its_event(nlp_en):
    from conflict_kg.extract.en import extract_en_text

    rec = extract_en_text("Russian forces shelled Popivka in Sumy region", nlp=nlp_en)
    assert [e.type for e in rec.events] == ["Attack"]
