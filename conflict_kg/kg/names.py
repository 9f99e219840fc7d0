"""Names as the resolver sees them: titles and honorifics, place affixes,
common family names, type compatibility and edit distance.

Split out of :mod:`conflict_kg.kg.resolve` (which keeps the :class:`~conflict_kg.kg.resolve.Resolver`);
its constants (confidences per method, fuzzy thresholds, place affixes) are the public
vocabulary shared by the resolver and its place rules (:mod:`conflict_kg.kg.resolve_places`).

>>> strip_titles("プーチン大統領", "ja"), strip_titles("Secretary of State Antony Blinken", "en")
('プーチン', 'Antony Blinken')
"""
from __future__ import annotations

import re

from conflict_kg.kg.gazetteer import ORG_TYPES, PERSON_TYPES, PLACE_TYPES, coarse_type
from conflict_kg.kg.normalize import has_japanese, index_key
from rapidfuzz.distance import Levenshtein

__all__ = [
    "strip_titles",
    "compatible",
    "levenshtein",
    "name_parts",
    "ACRONYM",
    "COMMON_SURNAMES",
    "CONFIDENCE",
    "EN_PLACE_SUFFIX",
    "FUZZY_MARGIN",
    "FUZZY_MIN",
    "FUZZY_MIN_LEN",
    "GENERIC_TITLES",
    "GEONAMES_SETTLEMENT_CONF",
    "JA_ADDRESS",
    "JA_FACILITY_SUFFIX",
    "JA_PART_SUFFIX",
    "JA_PLACE_PREFIX",
    "JA_REGION_SUFFIXES",
    "JA_PLACE_SUFFIX",
    "ROLE_STOPWORDS",
    "VILLAGE_WORDS",
]


# Japanese titles and honorifics written after a name ("プーチン大統領",
# "ドリスコル陸軍長官", "ブダノフ氏").  Compound titles are listed whole
# because stripping only "長官" would leave "ドリスコル陸軍".
_JA_TITLE_SUFFIXES = tuple(
    sorted(
        {
            "氏", "さん", "様", "君", "氏ら", "夫人", "容疑者", "被告",
            "大統領", "副大統領", "元大統領", "前大統領", "大統領報道官", "大統領補佐官", "大統領府長官",
            "首相", "副首相", "元首相", "前首相", "外相", "国防相", "内相", "財務相", "法相", "蔵相",
            "外務大臣", "防衛大臣", "大臣", "官房長官", "長官", "副長官", "国務長官", "国防長官",
            "陸軍長官", "海軍長官", "空軍長官", "財務長官", "戦争長官", "CIA長官", "中央情報局長官",
            "国家情報長官", "報道官", "外務省報道官", "国防省報道官", "空軍報道官", "司令官",
            "総司令官", "軍司令官", "参謀総長", "総長", "大使", "国連大使", "特使", "次官", "外務次官",
            "補佐官", "顧問", "議長", "下院議長", "上院議員", "議員", "事務総長", "事務局長", "委員長",
            "欧州委員長", "市長", "知事", "州知事", "書記", "総書記", "総裁", "局長", "情報総局長",
            "保安庁長官", "部長", "代表", "主席", "国家主席", "首長", "将軍", "大将", "中将", "少将",
            "准将", "大佐", "中佐", "少佐", "司令", "教皇", "皇太子", "国王", "女王", "検事総長",
            "外交安全保障上級代表", "上級代表", "総理大臣", "総理", "小隊長", "中隊長", "大隊長", "隊長",
            "中東担当特使", "中東担当", "担当特使", "国連", "高等弁務官", "創設者", "創始者", "社長", "会長",
        },
        key=len,
        reverse=True,
    )
)

# English words that precede a name as a title ("CIA Director Burns",
# "Secretary of State Antony Blinken", "Russian President Vladimir Putin").
_EN_TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr sir dame lord madam mister
    president vice prime minister ministers foreign defense defence interior finance
    secretary state of the for director deputy chief head general gen lt col colonel major maj
    adm admiral marshal captain capt commander spokesman spokeswoman spokesperson press
    ambassador envoy special chancellor mayor governor senator sen rep representative
    speaker chairman chair chairwoman leader supreme pope king queen prince crown first lady
    army navy air force military intelligence national security adviser advisor former ex acting
    presidential kremlin pentagon cia fbi nsa un nato eu us uk u.s. gur sbu fsb svr
    russian ukrainian american british german french chinese japanese belarusian polish turkish
    russia ukraine russias ukraines americas britains
    top senior aide official officials prosecutor attorney
    """.split()
)

#: A Japanese address: an enclosing unit (prefecture, city, district) then the unit meant
#: ("愛媛県今治市", "川崎市麻生区").
JA_ADDRESS = re.compile(r"^(?P<outer>.+?(?:都|道|府|県|市|郡))(?P<inner>.+?(?:市|区|町|村))$")
#: A Japanese facility named after its place ("博多駅", "岩国基地", "宮古空港"): placed at that place, precision 2.
JA_FACILITY_SUFFIX = re.compile(r"(駅|基地|空港|飛行場|駐屯地|港|区役所|市役所|町役場|村役場|役場|庁舎|発電所|原発)$")
#: A part of a place named by its direction after it ("スーダン西部", "ウクライナ東部").
JA_PART_SUFFIX = re.compile(r"(北東部|北西部|南東部|南西部|東部|西部|南部|北部|中部|中西部|中東部|沿岸部|全土|全域)$")
#: Japanese suffixes of a first-level division, tried after a bare name typed as a region ("愛媛" -> 愛媛県).
JA_REGION_SUFFIXES = ("県", "府", "都", "州")
_JA_NAME_SEP = re.compile(r"[・＝=\s　]+")
EN_PLACE_SUFFIX = re.compile(r"\s+(city|town|village|vilage|settlement|municipality|hromada)$", re.I)
JA_PLACE_SUFFIX = re.compile(r"(市|町|村|地区|市内|近郊)$")
JA_PLACE_PREFIX = re.compile(r"^(首都|北東部|北西部|南東部|南西部|東部|西部|南部|北部|中部|中西部|中東部)")
#: An all-capitals token of 2-5 letters ("WIA", "ZSU's"): an acronym, never a GeoNames place.
ACRONYM = re.compile(r"[A-Z]{2,5}'?s?")
VILLAGE_WORDS = frozenset({"village", "vilage", "settlement", "村"})
# GeoNames villages share names across (and within) oblasts: a name match to
# one is weaker evidence than a match to a curated entry.
GEONAMES_SETTLEMENT_CONF = 0.75

# Family names shared by many people in the news: alone ("Johnson", "ブラウン氏")
# they are merged with a gazetteer person only when the surface's title or
# the sentence names one of the person's roles or the person's country.
# Normalised with index_key below.
_COMMON_SURNAME_LIST = """
    Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
    Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams
    Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart
    Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson
    Wood Watson Brooks Bennett Gray Grey James Hughes Price Sanders Myers Long Ross Foster Graham Burns
    Butler Bruce Fisher Fischer Schmidt Schneider Muller Meyer Weber Becker Wagner Hoffmann Schulz
    Martinez Garcia Rodriguez Lopez Gonzalez Costa Silva Santos Khan Ali Ahmed Michel Dubois Bernard
    Kim Lee Park Choi Wang Li Zhang Liu Chen Yang
    Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Volkov Fedorov Morozov Novikov Pavlov Kovalenko
    Shevchenko Bondarenko Kravchenko Tkachenko Boyko Melnyk Kovalchuk Marchenko
    スミス ジョンソン ウィリアムズ ブラウン ジョーンズ ミラー デイビス デービス デーヴィス ウィルソン アンダーソン
    テイラー トーマス ムーア マーティン ジャクソン トンプソン ホワイト ハリス クラーク ルイス ロビンソン ウォーカー
    ヤング アレン キング ライト スコット グリーン ベーカー ベイカー アダムズ ネルソン ヒル キャンベル ミッチェル
    ロバーツ カーター フィリップス エバンズ エヴァンズ ターナー パーカー コリンズ エドワーズ スチュワート モリス
    マーフィー クック ロジャース ロジャーズ モーガン クーパー ピーターソン リード ベイリー ベル ケリー ハワード
    ワード コックス リチャードソン ウッド ワトソン ブルックス ベネット グレイ グレー ジェームズ ヒューズ プライス
    サンダース ロス フォスター グラハム グラム バーンズ バトラー ブルース フィッシャー シュミット シュナイダー
    ミュラー マイヤー ウェーバー ワーグナー ワグナー マルティネス ガルシア ロドリゲス ロペス ゴンザレス コスタ
    シルバ サントス カーン アリ アフメド ミシェル キム リー イ パク チェ ワン チャン
    イワノフ ペトロフ スミルノフ クズネツォフ ポポフ ソコロフ ボルコフ フョードロフ フェドロフ モロゾフ
    ノビコフ パブロフ コワレンコ シェフチェンコ ボンダレンコ クラフチェンコ トカチェンコ ボイコ メリニク
"""
# Titles that say nothing about who the person is.
_GENERIC_TITLE_LIST = "氏 さん 様 君 mr mrs ms miss dr sir"

ROLE_STOPWORDS = frozenset({"of", "the", "for", "and", "to", "in", "at", "on", "a", "an"})

CONFIDENCE = {
    "gazetteer": 1.0,
    "context": 0.85,
    "normalized": 0.9,
    "suffix": 0.9,
    "surname": 0.8,
    "mislabel": 0.6,
    "sound": 0.6,
    "document": 0.7,
    "local": 0.85,
    "new": 0.5,
    "facility": 0.7,
}
# Fuzzy matching thresholds on 1 - edit_distance / max_len.
FUZZY_MIN = {"person": 0.75, "organization": 0.8, "location": 0.85}
FUZZY_MARGIN = 0.08
FUZZY_MIN_LEN = 5


COMMON_SURNAMES = frozenset(index_key(n) for n in _COMMON_SURNAME_LIST.split())
GENERIC_TITLES = frozenset(index_key(n) for n in _GENERIC_TITLE_LIST.split())


def compatible(mention_type: str, entry_type: str) -> bool:
    """May a mention typed ``mention_type`` denote an entry typed ``entry_type``?

    >>> compatible("Location", "City"), compatible("Organization", "MediaOutlet"), compatible("Person", "City")
    (True, True, False)
    """
    if mention_type in PERSON_TYPES:
        return entry_type in PERSON_TYPES
    if mention_type in ORG_TYPES:
        return entry_type in ORG_TYPES
    if mention_type in PLACE_TYPES:
        return entry_type in PLACE_TYPES
    return mention_type == entry_type


def strip_titles(surface: str, lang: str = "ja") -> str:
    """Drop honorifics and titles around a person's name (never to empty).

    >>> strip_titles("ドリスコル陸軍長官")
    'ドリスコル'
    >>> strip_titles("CIA Director Burns", "en")
    'Burns'
    >>> strip_titles("President", "en")
    'President'
    """
    s = (surface or "").strip()
    if not s:
        return s
    if has_japanese(s):
        changed = True
        while changed:
            changed = False
            for suf in _JA_TITLE_SUFFIXES:
                if s.endswith(suf) and len(s) > len(suf):
                    s = s[: -len(suf)].rstrip("・ 　")
                    changed = True
                    break
        return s
    tokens = s.split()
    i = 0
    while i < len(tokens) - 1 and tokens[i].casefold().strip(".,'’") .replace("’s", "").replace("'s", "") in _EN_TITLE_WORDS:
        i += 1
    return " ".join(tokens[i:])


def levenshtein(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance; ``limit + 1`` when it exceeds ``limit`` (RapidFuzz's C implementation).

    >>> levenshtein("brinken", "blinken"), levenshtein("bereschuk", "vereshchuk")
    (1, 2)
    >>> levenshtein("kharkiv", "kherson", 2)
    3
    """
    return Levenshtein.distance(a, b, score_cutoff=limit)


def name_parts(core: str) -> list[str]:
    """Parts of a Japanese or spaced name.

    >>> name_parts("ダニエル・ドリスコル")
    ['ダニエル', 'ドリスコル']
    """
    return [p for p in _JA_NAME_SEP.split(core) if p]
