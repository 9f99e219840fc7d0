"""Japanese speaker tables (fifth session, issue #17): the words that complete a speaker's description.

Written from knowledge of news Japanese and dev sentences of the Wikinews gold, never from test sentences.
"""
from __future__ import annotations

__all__ = ["TITLE_QUALIFIER_PREFIXES", "COUNTED_GROUP", "DOCUMENT_AUTHORS", "NOT_SPEAKER_HEADS", "ORG_WORD_HEADS"]

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
