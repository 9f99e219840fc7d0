"""Japanese names the NER misses or cuts, recognised from the morphology around them (issues #15 and #17,
sixth session: :mod:`conflict_kg.extract.ja_names`). Sentences written for the test in the shape of dev
sentences of the Wikinews gold (batches s5-jparty, s6-jname and earlier dev; names changed where the tagger
allows) or own sentences; "dev" / "own" says which. Common nouns before the same status words must stay
descriptions, and naughty strings yield nothing and raise nothing."""
from __future__ import annotations

import pytest

from conflict_kg.extract.ja_names import name_spans


def _ix(text: str, nlp_ja):
    from conflict_kg.extract.ja import context_ja_text

    return context_ja_text(text, nlp=nlp_ja)


def _persons(ix) -> set[str]:
    return {m.text for m in ix.mentions if m.type == "Person"}


FOUND = [
    # dev: a surname with 々 the title rules cut to its given name (貴正 of 佐々木貴正)
    ("逮捕されたのは佐々木健一容疑者(28歳)。", {"佐々木健一"}),
    # dev: a name before an age gloss, its given name split into single kanji by the tagger
    ("逮捕されたのは同大学ラグビー部の中村大樹(21歳)と梅埜桂嗣(20歳)の2容疑者である。", {"中村大樹", "梅埜桂嗣"}),
    # dev: a kana reading with ・ (surname・given name) makes the kanji run before it a name (the tagger reads
    # 平野 as a common noun and 力 as a suffix; the NER labels only the reading)
    ("逮捕されたミュージシャンの平野力(ひらの・つとむ)容疑者(30歳)とは知り合いだった。", {"平野力"}),
    # dev: a ring name with an inner ノ; the NER labels only the given name
    ("日本の大相撲力士・若ノ鵬寿則容疑者が逮捕された。", {"若ノ鵬寿則"}),
    # dev: a ・-joined katakana name before a status noun that is no title (服役囚)
    ("脱獄した中にはアフマド・カリーム服役囚も含まれている。", {"アフマド・カリーム"}),
    # dev: GiNZA labels the surname Person, SudachiPy tags it a place: before a lexicon title it is a name
    ("監視することを日本の金田外務副大臣に求めた。", {"金田"}),
]


@pytest.mark.parametrize(("text", "names"), FOUND)
def test_names_are_person_mentions(text, names, nlp_ja):
    found = _persons(_ix(text, nlp_ja))
    assert names <= found, found


@pytest.mark.parametrize(("text", "name", "reading"), [
    ("逮捕された歌手の野原力(のはら・つとむ)容疑者も知り合いだった。", "野原力", "のはら・つとむ"),  # own
    ("奈良市の仲川元庸(仲川げん)市長は述べた。", "仲川元庸", "仲川げん"),  # dev: a kanji surname in the reading
])
def test_a_reading_names_the_same_person(text, name, reading, nlp_ja):
    persons = {(m.text, m.antecedent) for m in _ix(text, nlp_ja).mentions if m.type == "Person"}
    assert (name, None) in persons and (reading, name) in persons, persons


GUARDS = [
    # dev: GiNZA's Person label starts a word early ("その為|藤家", "本名|斉藤俊"): the name starts at the name token
    ("その為藤家さんは暴力を振るわないと約束していた。", "為藤家"),
    ("序の口力士の時太山俊(本名斉藤俊さん)が死亡した。", "本名斉藤俊"),
    # dev: an honorific after a name is no part of it, also before an age gloss
    ("前市長の梅原克彦氏(58)が述べた。", "梅原克彦氏"),
    # dev: a local office: the place before 市長 is no name, whatever the NER says
    ("『仙台市長に奥山恵美子氏』と報じた。", "仙台"),
]


@pytest.mark.parametrize(("text", "wrong"), GUARDS)
def test_no_name_starts_or_ends_in_the_wrong_place(text, wrong, nlp_ja):
    assert wrong not in _persons(_ix(text, nlp_ja))


def test_a_cut_name_is_widened_in_place_and_keeps_its_role(nlp_ja):
    # the title rules make the role on the cut name first; the name is widened, the role still holds it
    ix = _ix("逮捕されたのは佐々木健一容疑者(28歳)。佐々木健一容疑者は容疑を認めた。", nlp_ja)
    assert [m.text for m in ix.mentions if m.type == "Person"] == ["佐々木健一", "佐々木健一"]


NOT_NAMES = [
    # own: person nouns, determiners and occupations before the same status words
    "少年容疑者と男性被告が出廷した。",
    "同容疑者は両被告と面識がなかった。",
    "お母さんと運転手さんと店員さんが見ていた。",
    "スタッフさんとメンバーさんに聞いた。",
    "組員容疑者ら3人を逮捕した。",
    "日本代表選手が映画監督と会った。",
    "選手権の氏名欄に書いた。",
    # dev: a place with its reading, a local office, a nickname gloss, a game and its stadium, a team's pitcher
    "京都府南丹市(なんたんし)の市長が述べた。",
    "任期満了による仙台市長選挙が行われた。",
    "千葉・市原アマチュアチーム(ジェフ・アマ)と対戦した。",
    "埼玉西武戦(西武ドーム)後に検査があった。",
    "秋田商先発投手が降板させられた。",
    # own: a firm addressed politely (さん after a ・-joined katakana name with a place word in it)
    "大阪のサンプルコンサルティング・ジャパンさんに相談した。",
    # dev: the same firm's branch in a prefecture (同宮城支店長) is no name
    "同宮城支店長は語った。",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_common_nouns_are_no_names(text, nlp_ja):
    an = _ix(text, nlp_ja).an
    assert [an.text[n.start:n.end] for n in name_spans(an)] == []


NAUGHTY = ["", " ", "(", "さん", "容疑者", "()容疑者", "(・)容疑者", "・・容疑者", "ー容疑者", "ノ容疑者", "々々さん",
           "🔥🙏容疑者", "ﾃｽﾄ容疑者", "A" * 50 + "容疑者", "漢" * 40 + "容疑者", "\x00氏", "(あ・い)", "(20歳)",
           "<script>alert(1)</script>さん", "Robert'); DROP TABLE--容疑者"]


@pytest.mark.parametrize("text", NAUGHTY)
def test_naughty_strings_yield_no_names(text, nlp_ja):
    ix = _ix(text, nlp_ja)
    assert name_spans(ix.an) == []
