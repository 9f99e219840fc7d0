"""Japanese title morphology tables (sixth session, issue #17): the pieces a productive title recogniser
composes, instead of one lexicon row per compound title.

Data only; the rules are in :mod:`conflict_kg.extract.ja_role_compounds`. Written from knowledge of news
Japanese and from dev sentences of the Wikinews gold (never from test sentences).

* A Japanese title is a compound whose head is a title word (``…監査役``, ``…軍曹``, ``…座長``); what comes
  before the head, glued, is a rank or scope (``常勤監査役``, ``二等軍曹``, ``筆頭副幹事長``) and belongs to
  the title.
* A head the lexicon lacks is still a title when it ends in a title suffix (``座長``, ``塾長``, ``技官``),
  unless it is one of the common words that end so (``成長``, ``身長``, ``器官``, ``懲役``).

>>> "常勤" in RANK_MODIFIERS, "座長".endswith(TITLE_SUFFIXES), "身長" in SUFFIX_STOP
(True, True, True)
"""
from __future__ import annotations

__all__ = ["RANK_MODIFIERS", "TITLE_SUFFIXES", "SUFFIX_STOP", "KIND_HEADS", "PUBLIC_BODY_HEADS", "COMPANY_DESCRIPTORS", "ORG_CLAUSES", "KATAKANA_MINISTRY_FIELDS",
           "FIELD_TITLES"]

#: Ranks and scopes written glued before a title, part of the title even when the title comes first
#: ("二等軍曹・NAME", "常勤監査役の NAME"); ordinals of military and civil ranks included.
RANK_MODIFIERS = frozenset("""
    一等 二等 三等 上等 常勤 非常勤 筆頭 首席 次席 主席 上級 特別 名誉 専任 統括 主任 代表 終身 常任 臨時 特命 総括
    """.split())
#: Last characters or words of a title the lexicon lacks ("座長", "塾長", "技官", "監察官", "書記役").
TITLE_SUFFIXES = ("長", "官", "大臣", "議員", "委員", "総裁", "理事", "監督", "顧問", "大使", "知事", "参事", "監査役",
                  "取締役", "相談役", "主任")
#: Common words that end in a title suffix and are no title ("成長", "身長", "器官", "年長").
SUFFIX_STOP = frozenset("""
    成長 延長 身長 特長 助長 冗長 年長 最長 全長 波長 体長 生長 消長 伸長 増長 家長 器官 五官 高官 任官 退官
    """.split())
#: The kind of organisation (:data:`conflict_kg.extract.ja_titles.CONTEXT_ORG_KINDS`) of a compound title is
#: that of its head: a head the kind's table lacks but that belongs to it ("常勤監査役" is a company's).
KIND_HEADS: dict[str, tuple[str, ...]] = {
    "company": ("社長", "会長", "監査役", "取締役", "執行役員", "相談役", "頭取"),
    "party": ("幹事長", "総裁", "代表", "政調会長", "総務会長"),
}
#: Heads of public bodies, parties and schools: a name ending in one is never what 同社 refers to ("東京地検特捜部と
#:証券取引等監視委員会は、…同社本社を捜索した": 同社 is the company written before them).
PUBLIC_BODY_HEADS = ("委員会", "省", "庁", "局", "部", "署", "警察", "警視庁", "地検", "検察", "裁判所", "政府", "当局",
                     "党", "大学", "病院", "市", "県", "町", "村", "国", "軍", "隊")
#: Descriptions of a company written before its name with ・ or の ("光学機器大手・オリンパス", "IT大手の楽天",
#: "持ち株会社のソフトバンク"): the name after them is a company.
COMPANY_DESCRIPTORS = ("最大手", "大手", "メーカー", "持ち株会社", "子会社", "親会社", "業者", "運営会社")
#: Relative clauses that give the body a title-first holder belongs to ("XXに勤務する二等軍曹・NAME").
ORG_CLAUSES = ("に勤務する", "に所属する", "に在籍する", "に勤める", "所属の")
#: Ministries written in katakana before 相 ("ボルローエネルギー相", "デジタル相"): a katakana name glued before one is
#: the minister (the tagger reads "ボルローエネルギー" as one word).
KATAKANA_MINISTRY_FIELDS = ("エネルギー", "デジタル", "スポーツ", "エコロジー", "メディア", "エコロジー・エネルギー")
#: Occupations written with their field glued before them when the title comes first ("野球評論家・原辰徳",
#: "建設作業員・NAME", "R&B歌手・NAME"): the field (a common noun, not an organisation) is part of the title.
FIELD_TITLES = frozenset("""
    評論家 解説者 作業員 歌手 作家 記者 写真家 研究家 研究者 学者 技術者 技師 職人 選手 指導者 活動家 運動家 経営者
    """.split())
