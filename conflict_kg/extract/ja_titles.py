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

__all__ = ["ANAPHOR_KINDS", "CONTEXT_ORG_KINDS", "PLACE_OFFICES", "LOCAL_OFFICES", "MORE_ORG_HEADS", "NAME_EVIDENCE_TITLES", "PARTY_TITLES", "ORG_BOUND_TITLES", "MORE_TITLES", "LEXICON_TITLES", "UNIT_TITLE_HEADS", "MINISTRIES", "ALL_TITLES", "MORE_QUALIFIERS", "ALL_QUALIFIERS", "TITLE_RE", "TITLE_END_RE",
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
#: A systematic title lexicon by domain (fourth session; written from knowledge of news Japanese, not from
#: test sentences): the offices, ranks and occupations a Japanese news text writes right after a name
#: (``北側一雄幹事長``) or before it with の (``ギタリストのクロード・チアリ``). Words that are also common
#: nouns outside apposition (モデル, 専門家, 主任) are left out; 容疑者 is no title, 選手 only with a team (guideline,
#: :data:`ORG_BOUND_TITLES`).
LEXICON_TITLES: dict[str, frozenset[str]] = {
    "government": frozenset("""
        内閣総理大臣 副総理 国務大臣 副大臣 政務官 大臣政務官 首相補佐官 大統領首席補佐官 国家安全保障担当補佐官
        副報道官 大統領報道官 報道担当官 報道局長 参事官 書記官 一等書記官 特命全権大使 駐日大使 事務次長
        副事務総長 事務局次長 首席代表 首席交渉官 交渉官 団長 副団長 州首相 首長 王子 王女 皇太子 皇帝 天皇
        """.split()),
    "parliament": frozenset("""
        代議士 衆院議員 参院議員 衆院議長 参院議長 国会議長 州議会議員 都議 府議 道議 区議 町議 村議 市議会議長
        県議会議長 議会議長 町議会議員 村議会議員 区議会議員 府議会議員 都議会議員 道議会議員 州議会議長 議員団長
        """.split()),
    "party": frozenset("""
        副委員長 政策審議会長 選対委員長 幹事長代理 幹事長代行 最高顧問 党首代行 副党首 書記 幹事
        """.split()),
    "local": frozenset("副町長 副村長 助役 収入役".split()),
    # fifth session (own knowledge of news Japanese): diplomatic, party-state and agency offices, entertainers
    # (not 国連大使: 国連 before 大使 is the organisation the seed gold writes, "ロシアのネベンジャ国連大使")
    "offices_s5": frozenset("""
        外務次官 代理大使 臨時代理大使 外交部長 国防部長 首席報道官 官房長 書記局長 中央委員 政治局員
        政治局常務委員 国務委員 最高裁長官 警察庁長官 監督官 参与 解説委員 駅長 運転士 芸人 お笑い芸人
        """.split()),
    "police_judiciary": frozenset("""
        警部 警部補 巡査 巡査長 巡査部長 警視 警視正 警視長 警視監 警察官 課長 係長 班長 検事長 検事正 副検事
        弁護人 主任弁護人
        """.split()),
    "military": frozenset("""
        元帥 将軍 提督 参謀長 幕僚長 統合幕僚長 陸上幕僚長 海上幕僚長 航空幕僚長 曹長 伍長 上等兵 一等兵 二等兵
        艦長 隊長 部隊長 指揮官 司令長官
        """.split()),
    "international": frozenset("専務理事 調査官 査察官 主任査察官 監視団長".split()),
    "business": frozenset("""
        代表取締役社長 取締役会長 代表取締役会長 会長兼社長 執行役員 上級執行役員 常務執行役員 専務執行役員
        常務取締役 専務取締役 社外取締役 監査役 相談役 名誉会長 創業者 創始者 創設者 CEO COO CFO CTO
        最高執行責任者 最高財務責任者 最高技術責任者 副頭取 副会頭 支配人 総支配人 事務長 室長 次長 支社長
        編集委員 論説委員 主筆 特派員 プロデューサー ディレクター マネージャー アナリスト エコノミスト コンサルタント
        """.split()),
    "sport": frozenset("""
        監督代行 総監督 ヘッドコーチ 選手会長 一塁手 二塁手 三塁手 遊撃手 投手コーチ 打撃コーチ 球団会長 力士
        横綱 大関 関脇 小結 親方 調教師 名人 ゴールキーパー 主審 テニス選手 ゴルフ選手 陸上選手 競泳選手 柔道家
        空手家 格闘家 マラソン選手 体操選手 卓球選手 バレーボール選手 ラグビー選手 競輪選手 選手
        """.split()),
    "occupation": frozenset("""
        運転手 助手 会社員 公務員 銀行員 従業員 派遣社員 契約社員 店員 作業員 警備員 消防士 自衛官 団体職員 役員
        甲板員 機関員 機関長 航海士 漁労長 船員 漁師 農家 教員 保育士 介護士 美容師 調理師 整備士 技術者 技師
        """.split()),
    "academia_culture": frozenset("""
        講師 助教 特任教授 客員教授 主任研究員 上席研究員 研究者 副学長 学部長 教頭 教諭 教師 学芸員 看護師
        歯科医師 獣医師 薬剤師 税理士 公認会計士 司法書士 行政書士 弁理士 タレント ミュージシャン ギタリスト
        ピアニスト バイオリニスト ドラマー ベーシスト ボーカリスト 作詞家 脚本家 演出家 詩人 歌人 俳人 翻訳家
        随筆家 文筆家 コラムニスト エッセイスト 批評家 思想家 哲学者 歴史家 政治評論家 経済評論家 軍事評論家
        軍事アナリスト 経済学者 政治学者 社会学者 物理学者 化学者 数学者 天文学者 考古学者 歴史学者 法学者
        言語学者 科学者 宇宙飛行士 パイロット 機長 副操縦士 船長 彫刻家 陶芸家 イラストレーター デザイナー
        カメラマン 料理研究家 料理人 シェフ 漫才師 声優 演奏家 登山家 冒険家 探検家 実業家 起業家 投資家 政治家
        社会活動家 環境活動家 平和活動家 運動家 市民運動家 サーファー スキーヤー スノーボーダー ボクサー
        プロレスラー ゴルファー プロゴルファー フォトジャーナリスト ノンフィクション作家 推理作家 絵本作家 童話作家
        研究家 司祭 神父 僧侶 導師 大主教 総主教 宗教指導者 精神的指導者 狂言師 能楽師 歌舞伎俳優 フリーアナウンサー
        スポークスマン 報道担当者 病院長 副院長
        """.split()),
}
#: Titles that head a unit: the unit's name glued before them is part of the title ("強化事業本部長",
#: "国家院副議長", "宮城支店長"), unless it ends in an organisation head (then it is the organisation:
#: "民主党代表", see :mod:`conflict_kg.extract.ja_persons`).
UNIT_TITLE_HEADS = frozenset("""
    本部長 部長 局長 課長 室長 所長 支店長 支社長 署長 院長 議長 副議長 委員長 副委員長 理事長 事務局長 次長
    参事官 審議官 司令官 隊長 団長 センター長 学部長 館長 編集長 支局長
    """.split())
#: Titles whose organisation the context gives when none is attached ("現在の赤嶺紀彦社長ら経営陣" in an
#: article about one company; "牧田球団社長"): the kind of organisation each title belongs to, and the heads
#: and GiNZA labels that make a mention that kind.
CONTEXT_ORG_KINDS: dict[str, tuple[frozenset[str], tuple[str, ...], frozenset[str]]] = {
    "company": (frozenset("""
        社長 副社長 会長 副会長 専務 常務 取締役 代表取締役 代表取締役社長 取締役会長 代表取締役会長 CEO COO CFO
        最高経営責任者 頭取 副頭取 執行役員 常務取締役 専務取締役 相談役 名誉会長 創業者 店長 工場長 経営者
        """.split()),
        ("会社", "社", "工業", "産業", "電鉄", "鉄道", "銀行", "証券", "自動車", "電機", "ホールディングス", "グループ",
         "HD", "商事", "物産", "製作所", "製薬", "建設", "航空", "電力", "化成", "化学", "重工", "不動産"),
        frozenset({"Company", "Company_Group", "Corporation_Other"})),
    "party": (frozenset("""
        党首 代表 副代表 幹事長 副幹事長 総裁 副総裁 政調会長 総務会長 書記長 党首代行 代表代行 選対委員長 国対委員長
        最高顧問 政策審議会長 幹事長代理 幹事長代行 常任幹事 共同代表
        """.split()), ("党",), frozenset({"Political_Party"})),
    "hospital": (frozenset("病院長 院長 副院長".split()), ("病院", "医院", "クリニック"), frozenset({"Hospital"})),
    "university": (frozenset("学長 副学長 教授 准教授 助教授 名誉教授 特任教授 客員教授 講師 学部長".split()),
                   ("大学", "大学院"), frozenset({"School"})),
    # sixth session: a judge's court ("大阪高裁は…。森岡安広裁判長は"; the speakers' 裁判長 → court rule, for roles)
    "court": (frozenset("裁判長 裁判官 判事".split()), ("裁判所", "高裁", "地裁", "最高裁", "家裁", "簡裁"), frozenset()),
    "team": (frozenset("監督 ヘッドコーチ コーチ 主将 投手 捕手 内野手 外野手 球団社長 球団代表 球団会長 オーナー".split()),
             ("球団", "クラブ", "FC", "ライオンズ", "タイガース", "ジャイアンツ"),
             frozenset({"Sports_Team", "Pro_Sports_Organization", "Sports_Organization"})),
}
#: Offices of a place (fifth session): a title with no organisation takes the nearest place of its kind in
#: its sentence, else the nearest one written before it ("横浜市長選挙 … 中田宏前市長"; "ジュリアーニ前市長" in
#: an article about ニューヨーク市): the place-name suffixes of each office.
PLACE_OFFICES: dict[str, tuple[str, ...]] = {
    "市長": ("市",), "副市長": ("市",), "知事": ("県", "都", "府", "道", "州"), "副知事": ("県", "都", "府", "道", "州"),
    "州知事": ("州",), "町長": ("町",), "村長": ("村",), "区長": ("区",), "署長": ("署",), "副署長": ("署",),
}
#: Local offices written glued after their place ("福島県知事", "横浜市長"): (length of the place suffix the
#: title starts with, the office); the place and its suffix are the organisation (the gold: 知事 of 福島県).
LOCAL_OFFICES: dict[str, tuple[int, str]] = {
    "県知事": (1, "知事"), "都知事": (1, "知事"), "府知事": (1, "知事"), "道知事": (1, "知事"), "市長": (1, "市長"),
    "町長": (1, "町長"), "村長": (1, "村長"), "副市長": (0, "副市長"), "副知事": (0, "副知事"),
}
#: Organisation heads beyond vocab_ja's, for a body glued to a title ("ニューヨーク市警察本部長").
MORE_ORG_HEADS = ("警察", "警察署", "県警", "府警", "署", "市役所", "県庁")
#: Titles that are also common words ("リーグ代表", "ユース代表": a team representing a league): their holder
#: must be a name the tagger knows as a person's (a 人名 token or a Person entity).
NAME_EVIDENCE_TITLES = frozenset({"代表"})
#: Party titles a 党 may precede ("民主党の渡部恒三党最高顧問": the party's 最高顧問).
PARTY_TITLES = frozenset("""
    最高顧問 代表 副代表 幹事長 副幹事長 総裁 副総裁 政調会長 総務会長 書記長 代表代行 選対委員長 国対委員長 常任幹事
    """.split())
#: 同X before a title or its holder ("同社元埼玉支店長・NAME", "同党の県委員会役員の NAME"): the organisation is
#: the nearest earlier one of X's kind (:data:`CONTEXT_ORG_KINDS`), else the nearest whose name ends in X.
ANAPHOR_KINDS: dict[str, str] = {"社": "company", "党": "party", "球団": "team", "チーム": "team", "クラブ": "team",
                                 "大学": "university", "病院": "hospital"}
#: Titles that are roles only with an organisation attached ("巨人の松井選手"; the guideline: 選手 without a
#: team is an honorific).
ORG_BOUND_TITLES = frozenset({"選手"})
#: A title may end in 代行 (acting: "グロノフ内相代行"); a minister for a place is "<place>相"
#: ("ピーター・ハイン北アイルランド相").
_ACTING = "(?:代行)?"
_PLACE_MINISTER = "(?:北|南|東|西)?[ァ-ヶー]{3,10}相"
#: Ministries that prefix 大臣/相/副大臣 ("菅義偉総務大臣", "外務副大臣").
MINISTRIES = ("総務", "外務", "防衛", "財務", "法務", "文部科学", "厚生労働", "農林水産", "経済産業", "国土交通",
              "環境", "内閣府特命担当", "国家公安委員会", "経済財政政策", "金融", "郵政民営化", "復興", "行政改革")
ALL_TITLES: tuple[str, ...] = tuple(sorted(
    set(V.TITLES) | MORE_TITLES | frozenset().union(*LEXICON_TITLES.values()) | {m + t for m in MINISTRIES for t in ("大臣", "副大臣", "政務官")},
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
