"""Japanese speaker tables (fifth session, issue #17): the words that complete a speaker's description.

Written from knowledge of news Japanese and dev sentences of the Wikinews gold, never from test sentences.
"""
from __future__ import annotations

__all__ = ["TITLE_QUALIFIER_PREFIXES", "COUNTED_GROUP", "DOCUMENT_AUTHORS", "NOT_SPEAKER_HEADS", "ORG_WORD_HEADS", "ORG_NAME_HEADS",
           "NOT_ORG_NAMES", "PRESS_HEADS", "STATEMENT_TITLE_PREFIXES", "BODY_UNIT_HEADS",
           "MUNE_VERBS", "STATE_UNIT_HEADS"]

#: Qualifiers that open a compound title and that the parser may glue to the name before it
#: ("新倉修大学院教授": 新倉修 + 大学院教授).
TITLE_QUALIFIER_PREFIXES: tuple[str, ...] = ("大学院", "名誉", "特任", "客員", "准", "副", "元", "前")

#: An unnamed group counted with a counter ("地権者ら13人", "2人の市議", "住民約20人"): the description
#: may hold the number when a counter of people or bodies follows it.
COUNTED_GROUP = r"[0-9０-９]+(?:人|名|社|団体|カ国|か国|ヶ国|党)"

#: Documents that speak for their author ("判決は「…」と指摘", "声明文は「…」としている"): the noun ->
#: the kind of author ("court": the court the document names; "previous": the speaker of the statement
#: just before, who issued it).
DOCUMENT_AUTHORS: dict[str, str] = {
    "判決": "court", "判決文": "court", "決定": "court", "中間判決": "court", "判決理由": "court",
    "声明": "previous", "声明文": "previous", "報告書": "previous", "文書": "previous", "談話": "previous",
    "要望書": "previous", "上申書": "previous", "答申": "previous",
}

#: Heads of abstract or measure nouns that are a topic of the content, never who speaks ("TOBの期間は…と
#: している", "…を着る可能性も「それはない」と否定した"): with one of these, the speaker is elided and the
#: previous speaker goes on.
NOT_SPEAKER_HEADS: tuple[str, ...] = (
    "可能性", "期間", "予定", "見通し", "理由", "原因", "結果", "内容", "詳細", "目的", "影響", "規模", "金額", "総額",
    "件数", "人数", "割合", "比率", "時期", "期限", "日程", "方法", "手続き", "条件", "範囲", "状況", "背景", "経緯",
)

#: Heads of an organisation's name written between a person's name and the title with no mention of its own
#: ("北の湖日本相撲協会理事長": 北の湖 + 日本相撲協会 + 理事長).
ORG_WORD_HEADS: tuple[str, ...] = (
    "議会", "協会", "委員会", "連盟", "連合", "党", "省", "庁", "大学", "学会", "組合", "財団", "機構", "銀行", "球団",
    "審議会", "研究所", "会議所", "商工会", "労組",
)

#: Heads of an organisation's name written before a person's name or title in the phrase that introduces the
#: person (``青山学院大学の新倉修教授``, ``台湾外交部(外務省)の呂慶龍スポークスマン``, ``京都精華大学教授の嘉田由紀子``)
#: when the parser gives it no mention of its own (sixth session; own knowledge of news Japanese and dev
#: sentences). ``部``/``局``/``課`` are units of a ministry or company, ``社`` a company (``X社の``).
ORG_NAME_HEADS: tuple[str, ...] = ORG_WORD_HEADS + (
    "会社", "社", "部", "局", "本部", "署", "県警", "府警", "政府", "病院", "学校", "高校", "財団法人", "グループ",
    "ホールディングス", "銀行", "証券", "新聞", "放送", "通信", "事務所", "研究センター", "センター", "法人", "部屋", "警察",
)
#: Words a run of kanji may end in without naming an organisation: a place's administrative unit alone, or
#: a time word (``同日の``, ``本社の`` is a company's seat, not its name).
NOT_ORG_NAMES: frozenset[str] = frozenset({"本社", "支社", "会社", "同社", "本部", "内部", "外部", "全部", "一部", "幹部",
                                           "大部", "政府", "学校", "高校", "病院", "事務所", "部屋", "新聞", "放送", "通信",
                                           "法人", "グループ", "センター"})
#: Last words of a news source's name (``読売新聞``, ``時事通信社``, ``日本テレビ``): such an organisation is the
#: reporter, never the company a 同社 in the story points back to.
PRESS_HEADS: tuple[str, ...] = ("新聞", "新聞社", "通信", "通信社", "放送", "テレビ", "ニュース", "日報", "新報", "タイムズ",
                                "ポスト", "ジャーナル", "スポーツ", "NEWS", "ONLINE", "online", "ドットコム")
#: Time prefixes a statement's title keeps as written (guideline: 元幹事長, 前市長, 新監督); the role records keep
#: the bare title (with ``former``), so the person memory adds them back for statements. (次期 and 暫定 the
#: role rules keep already; 現 is no part of a title.)
STATEMENT_TITLE_PREFIXES: tuple[str, ...] = ("元", "前", "新")
#: Last words of a body that is part of a larger one written glued in front of it (``国連人道問題調整事務所`` of
#: 国連, ``国際連合安全保障理事会スーダン制裁委員会`` of the Security Council, ``イギリス国防省`` of イギリス): a
#: ministry, agency, bureau, unit, office, programme or command (sixth session; dev sentences and own knowledge).
#: Not 政府 (the government is the state itself), and no news source (:data:`PRESS_HEADS`).
BODY_UNIT_HEADS: tuple[str, ...] = (
    "省", "庁", "局", "部", "課", "室", "署", "警察", "委員会", "事務所", "事務局", "計画", "基金", "機関", "本部", "司令部",
    "軍", "大使館", "領事館", "当局", "理事会", "裁判所", "検察",
)  # not 大統領府/首相府: like 政府 they speak for the state itself ("ロシア大統領府は", test_extract_ja)
#: Verbs after the complementiser 旨 ("…支援する旨明らかにした", "…辞退する旨を伝えた"; guideline rule 3).
MUNE_VERBS: tuple[str, ...] = ("明らかにし", "表明し", "発表し", "伝え", "述べ", "説明し", "話し", "語っ", "強調し", "通知し",
                               "連絡し", "回答し", "申し入れ")
#: Of those, the heads of a state's own bodies, whose state may be written before them with の (``ロシアの国防省``);
#: a committee or office after Xの is mostly a body of its own seated at X (``ジュネーブの国際赤十字委員会``).
STATE_UNIT_HEADS: tuple[str, ...] = ("省", "庁", "軍", "警察", "当局", "大使館", "領事館", "検察")
