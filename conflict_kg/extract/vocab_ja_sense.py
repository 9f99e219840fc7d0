"""Japanese event precision tables (fifth session): modality, sense, place nouns, re-mentions.

Data only; the checks that read them are :mod:`conflict_kg.extract.ja_event_sense`. Each table
covers a class of wordings (written from dev sentences of ``bench/gold/ja_wikinews_events.jsonl`` and
from the language), not one sentence; every entry has a row in ``tests/test_events_ja_prec_s5.py``.
"""
from __future__ import annotations

__all__ = [
    "SPECULATION_AFTER", "PREVENTION_AFTER", "PLACE_NOUN_HEADS", "RESPONSE_REMENTION",
    "PRECEDING_NEEDS", "CUE_NEEDS", "OBJECT_BLOCKS", "DEATH_CAUSES", "CASE_REMENTION", "THING_HEADS",
]

#: Speculation or risk right after the event noun: the event is guessed at or feared, not reported
#: ("…を付いた攻撃ではないかと予想した", "テロの恐れ", "攻撃の危険", "放火か否か").
SPECULATION_AFTER: tuple[str, ...] = (
    "ではないか", "ではなかろうか", "じゃないか", "の恐れ", "のおそれ", "の危険", "の懸念", "か否か", "かもしれ",
    "の可能性", "だった可能性", "された可能性", "した可能性",
)

#: Prevention: the event noun as what is to be kept from happening ("攻撃しないよう求めた", "テロの防止",
#: "襲撃を阻止", "衝突を回避", "攻撃に備え", "再発防止"): it did not happen.
PREVENTION_AFTER: tuple[str, ...] = (
    "しないよう", "されないよう", "をしないよう", "が起きないよう", "を防", "の防止", "防止", "を阻止", "の阻止",
    "を回避", "の回避", "に備え", "への備え", "を警戒", "の警戒", "を抑止", "の抑止", "の再発", "を未然に",
)

#: A verbal noun followed by 先 names a place, not the act: "収監先の刑務所", "派遣先で", "訪問先の…".
#: (Not "先に", which is "earlier".)
PLACE_NOUN_HEADS: tuple[str, ...] = ("先の", "先で", "先と", "先は", "先が", "先を", "先から", "先へ")

#: Once an event of the type is told, its noun as what another party answers ("ムトラク氏の非難に反論",
#: "要請を拒否" is the request again) is that event re-mentioned: the answer is the news, not a second event.
RESPONSE_REMENTION: tuple[str, ...] = (
    "に反論", "への反論", "に対する反論", "に対して反論", "に反発", "への反発", "に対する反発", "を否定", "を否認",
    "を一蹴", "を突っぱね", "に応え", "への回答", "に回答", "への返答", "に返答",
    # an answer to a told request or agreement: refused, accepted, followed, welcomed, judged, broken
    "を拒否", "を拒絶", "を拒ん", "を受け入れ", "を受諾", "を承諾", "を了承", "に従", "に沿", "通り", "どおり", "を無視",
    "を歓迎", "を評価", "を批判", "を非難", "を破", "に違反", "違反", "を守", "を順守", "を遵守", "の履行", "を履行",
    "を撤回", "を破棄",
)

#: Triggers that name their event only with a cue of its kind earlier in their sentence: handing in a
#: petition or a plan is a Proposal ("要望書を提出", "改正案を提出"), handing in a resignation letter or a
#: report is none ("辞職届けを提出", "報告書を提出").
PRECEDING_NEEDS: dict[str, tuple[str, ...]] = {
    "提出": ("要望", "意見書", "請願", "嘆願", "申し入れ", "申入", "要求", "要請", "提案", "提言", "抗議", "質問", "署名",
             "案", "陳情", "勧告", "声明"),
}

#: Triggers that name their event only with a cue of its kind anywhere in their sentence: a signature is
#: an Agreement when what is signed is one ("協定に署名", not "10万人の署名" of a petition); equipment
#: deployed is a Mobilization only when it is a force or a weapon ("部隊を配備", "ミサイルを配備"; not
#: "AEDを配備", "職員を配備").
CUE_NEEDS: dict[str, tuple[str, ...]] = {
    "署名": ("協定", "条約", "合意", "覚書", "議定書", "契約", "宣言", "声明", "憲章", "協約", "取り決め", "文書", "法案"),
    "配備": ("軍", "部隊", "兵", "自衛隊", "警察", "警官", "機動隊", "艦", "治安", "警備", "ミサイル", "戦車", "戦闘機",
             "兵器", "弾道", "迎撃", "防空", "レーダー", "核", "砲"),
}

#: Objects that give a trigger another sense, read in the few characters right before it: accepting
#: people ("難民を受け入れ", "留学生を受け入れ") is hosting them, not an accepted demand.
OBJECT_BLOCKS: dict[str, tuple[str, ...]] = {
    # releasing people is no Capture of a place ("人質を解放", "乗員が解放された"); regaining a title is sport
    "解放": ("人質", "捕虜", "乗員", "乗組員", "船員", "記者", "邦人", "男性", "女性", "市民", "民間人", "兵士", "囚人",
           "受刑者", "容疑者", "身柄", "少年", "少女", "子ども", "子供", "家族"),
    "奪還": ("首位", "王座", "タイトル", "王者", "優勝", "トップ", "1位", "首座", "政権"),
    "掌握": ("状況", "実態", "事態", "全容", "情報", "動向", "被害", "現状", "全体像", "人数", "所在"),
    "を受け入れ": ("難民", "避難民", "避難者", "移民", "留学生", "患者", "観光客", "研修生", "労働者", "人材", "被災者",
                "生徒", "学生", "外国人", "旅行者", "乗客", "負傷者", "孤児", "亡命者"),
}

#: Natural causes of death named in a toll's sentence (the older list, ``vocab_ja.SENSE_BLOCKS``, has
#: illness, suicide, falls): a prisoner who died of a stroke, an obituary. Not 多臓器不全 or 出血 alone
#: (the wounded of an attack die of them).
DEATH_CAUSES: tuple[str, ...] = (
    "脳梗塞", "脳出血", "脳卒中", "くも膜下出血", "心不全", "心筋梗塞", "呼吸不全", "腎不全", "肝不全", "肺炎", "白血病",
    "死去", "逝去", "病没", "急逝", "天寿",
)

#: Once an event of the type is told, its noun (or passive/past verb) naming the case is that event as a
#: case: "逮捕された事件で", "合意した問題を巡り" (the guideline: a second record only with a predicate of
#: its own).
CASE_REMENTION: tuple[str, ...] = ("事件", "問題", "件で", "件に", "件を", "件は", "一件")

#: A trigger followed by one of these heads a compound naming a body, a place or a time, not an act:
#: "人民解放軍", "パレスチナ解放機構", "解放戦線", "占領地", "占領下", "解放記念日".
THING_HEADS: tuple[str, ...] = ("軍", "戦線", "機構", "運動", "地", "下", "区", "記念")
