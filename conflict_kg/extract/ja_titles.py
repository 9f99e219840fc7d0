"""Japanese title tables: the titles, qualifiers and time prefixes the person rules match.

Data only (the role rules are in :mod:`conflict_kg.extract.ja_persons` and
:mod:`conflict_kg.extract.ja_role_orgs`): titles follow a name in news Japanese
(``ゲラシモフ参謀総長``), optionally after a country qualifier (``ジョン・ハワード豪首相``)
and a time prefix (``シュタインブリュック次期経済相``).

>>> bool(TITLE_END_RE.search("米国防長官")), bool(STATE_TITLE_RE.fullmatch("次期経済相"))
(True, True)
"""
from __future__ import annotations

import re

from conflict_kg.extract import vocab_ja as V

__all__ = ["MORE_TITLES", "MINISTRIES", "ALL_TITLES", "MORE_QUALIFIERS", "ALL_QUALIFIERS", "TITLE_RE", "TITLE_END_RE",
           "TITLE_PREFIXES", "KEPT_PREFIXES", "STATE_TITLE_RE"]

#: Titles of politics, business and public life beyond the conflict-news table of :mod:`conflict_kg.extract.vocab_ja`
#: (written from dev sentences and the issue's examples).
MORE_TITLES = frozenset("""
    社長 副社長 会長 副会長 頭取 理事長 監督 幹事長 政調会長 総務会長 官房長官 官房副長官 総統 副総統
    総書記 国務院総理 内相 法相 蔵相 財務相 防衛相 経済相 総務相 厚生相 厚労相 農相 文相 国交相 経産相
    環境相 国務相 防衛庁長官 教皇 法王 枢機卿 裁判長 本部長 署長 院長 学長 委員 党首 議長
    指導者 グランドマスター シニアディレクター オーナー 球団社長 球団オーナー コミッショナー 副代表 会派代表
    衆議院議長 参議院議長 解説者 野球解説者 内野手 外野手 投手 捕手 サッカー選手 野球選手 ジャーナリスト 経営者
    町長 村長 区長 副市長 副知事 都知事 府知事 県知事 道知事 市議 県議 市議会議員 県議会議員 衆議院議員 参議院議員
    国会議員 上院議長 下院議長 副総裁 副幹事長 国対委員長 代表代行 共同代表 事務次官 審議官 総領事 領事 公使
    高等弁務官 特別報告者 首席補佐官 大統領補佐官 警視総監 教育長 国家元首 最高指導者 判事 裁判官 検察官
    取締役 代表取締役 専務 常務 最高経営責任者 支店長 店長 工場長 所長 部長 編集長 支局長 代表理事 理事 会頭
    組合長 教授 准教授 助教授 名誉教授 研究員 校長 園長 館長 総長 司教 大司教 牧師 住職 宮司
    コーチ 主将 騎手 ゼネラルマネージャー 球団代表 作家 小説家 俳優 女優 歌手 漫画家 映画監督 評論家 記者 写真家
    弁護士 医師 アナウンサー キャスター 活動家 人権活動家 建築家 画家 作曲家 指揮者 落語家 棋士
    """.split())
#: A title may end in 代行 (acting: "グロノフ内相代行"); a minister for a place is "<place>相"
#: ("ピーター・ハイン北アイルランド相").
_ACTING = "(?:代行)?"
_PLACE_MINISTER = "(?:北|南|東|西)?[ァ-ヶー]{3,10}相"
#: Ministries that prefix 大臣/相/副大臣 ("菅義偉総務大臣", "外務副大臣").
MINISTRIES = ("総務", "外務", "防衛", "財務", "法務", "文部科学", "厚生労働", "農林水産", "経済産業", "国土交通",
              "環境", "内閣府特命担当", "国家公安委員会", "経済財政政策", "金融", "郵政民営化", "復興", "行政改革")
ALL_TITLES: tuple[str, ...] = tuple(sorted(
    set(V.TITLES) | MORE_TITLES | {m + t for m in MINISTRIES for t in ("大臣", "副大臣", "政務官")},
    key=lambda t: (-len(t), t)))
#: Country and organisation qualifiers between a name and a title ("ジョン・ハワード豪首相"), beyond vocab_ja's.
MORE_QUALIFIERS = frozenset("""
    豪 韓 伊 加 印 朝 台 比 蘭 墨 伯 独 仏 英 米 露 中 日 韓国 北朝鮮 イラン イラク イスラエル エジプト 台湾 豪州
    インド ドイツ フランス イギリス 英国 カナダ ブラジル トルコ
    """.split())
ALL_QUALIFIERS: tuple[str, ...] = tuple(sorted(set(V.QUALIFIERS) | MORE_QUALIFIERS, key=lambda s: (-len(s), s)))
#: A title (optionally "…担当" in front: "中東担当特使") or an honorific.
TITLE_RE = re.compile(
    "(?:[一-龥]{1,4}担当)?(?:" + "|".join(map(re.escape, ALL_TITLES)) + "|" + _PLACE_MINISTER + ")" + _ACTING
    + "|" + "|".join(V.HONORIFICS)
)
#: A title at the end of a span ("米大統領").
TITLE_END_RE = re.compile("(?:" + "|".join(map(re.escape, ALL_TITLES)) + ")$")
#: Time prefixes of a title, between the name and the title ("シュレーダー現首相"); 次期/暫定 make a title
#: of their own (the gold writes 次期首相), the others qualify the holder's time only.
TITLE_PREFIXES = ("次期", "暫定", "現", "前", "元", "新")
KEPT_PREFIXES = frozenset({"次期", "暫定"})

#: National offices: their organisation is a country ("首相", "国防長官", "外務大臣", "次期経済相", "内相代行").
STATE_TITLE_RE = re.compile(
    r"(?:次期|暫定)?(?:大統領|副大統領|首相|副首相|総理大臣|総統|国家主席|国王|[一-龥]{0,4}(?:相|大臣|長官))(?:代行)?"
)
