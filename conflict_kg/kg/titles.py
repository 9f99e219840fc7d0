"""English names for titles written in Japanese, so roles line up across languages.

Japanese news writes titles as suffixes (ゲラシモフ参謀総長, クリチコ市長); the
same role in an English digest is "Chief of the General Staff", "Mayor". The
graph keeps the title as written (``ckg:roleLabel``) and adds the English
title as ``skos:prefLabel@en`` when this table knows it, so one query lists
both under one label. The table lists the titles of conflict news; the
translations are the conventional English titles (e.g. as used by NHK World
and the ministries' own English sites).

>>> english_title("参謀総長")
'Chief of the General Staff'
>>> english_title("secretary of state")
'Secretary of State'
>>> english_title("spokesman")
'Spokesperson'
>>> english_title("ナゾの肩書") is None
True
"""
from __future__ import annotations

__all__ = ["english_title", "JA_TITLES"]

#: Japanese title -> conventional English title. Longer keys win (臨時代理大使 before 大使).
JA_TITLES: dict[str, str] = {
    "大統領": "President",
    "副大統領": "Vice President",
    "首相": "Prime Minister",
    "総理大臣": "Prime Minister",
    "副首相": "Deputy Prime Minister",
    "第1副首相": "First Deputy Prime Minister",
    "国家主席": "President",
    "主席": "President",
    "国王": "King",
    "外相": "Foreign Minister",
    "外務大臣": "Foreign Minister",
    "外務次官": "Deputy Foreign Minister",
    "外務省報道官": "Foreign Ministry Spokesperson",
    "国防相": "Defence Minister",
    "国防大臣": "Defence Minister",
    "国防長官": "Secretary of Defense",
    "陸軍長官": "Secretary of the Army",
    "国務長官": "Secretary of State",
    "財務相": "Finance Minister",
    "財務長官": "Secretary of the Treasury",
    "内相": "Interior Minister",
    "エネルギー相": "Energy Minister",
    "長官": "Secretary",
    "大臣": "Minister",
    "報道官": "Spokesperson",
    "副報道官": "Deputy Spokesperson",
    "大統領報道官": "Presidential Spokesperson",
    "大統領府長官": "Head of the Presidential Office",
    "大統領補佐官": "Presidential Aide",
    "補佐官": "Aide",
    "大統領顧問": "Adviser to the President",
    "顧問": "Adviser",
    "特使": "Special Envoy",
    "中東担当特使": "Special Envoy to the Middle East",
    "大使": "Ambassador",
    "国連大使": "Ambassador to the United Nations",
    "次席大使": "Deputy Ambassador",
    "臨時代理大使": "Chargé d'affaires",
    "参謀総長": "Chief of the General Staff",
    "総司令官": "Commander-in-Chief",
    "司令官": "Commander",
    "小隊長": "Platoon Commander",
    "中隊長": "Company Commander",
    "大隊長": "Battalion Commander",
    "旅団長": "Brigade Commander",
    "大佐": "Colonel",
    "中佐": "Lieutenant Colonel",
    "少佐": "Major",
    "大将": "General",
    "上級大将": "Colonel General",
    "中将": "Lieutenant General",
    "少将": "Major General",
    "局長": "Director",
    "情報総局長": "Chief of the Main Intelligence Directorate",
    "長官代行": "Acting Director",
    "事務総長": "Secretary-General",
    "事務局長": "Director General",
    "委員長": "President",
    "議長": "Chair",
    "上院議員": "Senator",
    "下院議員": "Representative",
    "議員": "Member of Parliament",
    "市長": "Mayor",
    "知事": "Governor",
    "州知事": "Governor",
    "州政府長官": "Head of the Regional Administration",
    "軍政長官": "Head of the Military Administration",
    "首長": "Head",
    "司教": "Bishop",
    "総主教": "Patriarch",
    "検事総長": "Prosecutor General",
    "検察官": "Prosecutor",
    "所長": "Director",
    "代表": "Representative",
    "高等代表": "High Representative",
}

#: English spellings of the same title, to one form.
_EN_SYNONYMS: dict[str, str] = {
    "spokesman": "Spokesperson",
    "spokeswoman": "Spokesperson",
    "spokesperson": "Spokesperson",
    "press secretary": "Press Secretary",
    "defense minister": "Defence Minister",
    "defence minister": "Defence Minister",
    "foreign minister": "Foreign Minister",
    "secretary-general": "Secretary-General",
    "secretary general": "Secretary-General",
    "director general": "Director General",
    "director-general": "Director General",
}


_SMALL_WORDS = frozenset({"of", "the", "for", "and", "to", "in", "on"})


def english_title(title: str) -> str | None:
    """The conventional English title for ``title``, or ``None`` when unknown."""
    t = title.strip()
    if not t:
        return None
    if t in JA_TITLES:
        return JA_TITLES[t]
    low = t.lower()
    if low in _EN_SYNONYMS:
        return _EN_SYNONYMS[low]
    if t.isascii():
        # English titles are kept as written, in title case for grouping.
        return " ".join(
            w if w.isupper() else (w.lower() if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:])
            for i, w in enumerate(t.split())
        )
    return None
