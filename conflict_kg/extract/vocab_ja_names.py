"""Tables of the Japanese name recogniser (:mod:`conflict_kg.extract.ja_names`).

News Japanese marks a person's name by what follows it: a status noun (``…容疑者``, ``…被告``,
``…服役囚``), an honorific (``…氏``, ``…さん``), a kana reading in parentheses
(``平野力(ひらの・つとむ)``) or an age gloss (``梅埜桂嗣(20歳)``). GiNZA's NER often labels only a part
of such a name (``貴正`` of ``佐々木貴正``) or none of it; these tables say which words after a run make
it a name, and which words before or inside a run are never part of one.
"""
from __future__ import annotations

__all__ = ["STRONG_STATUS", "WEAK_STATUS", "STATUS_AFTER_NAME", "NOT_NAME_WORDS", "NOT_NAME_ENDINGS", "PLACE_ENDINGS", "NOT_KATAKANA_NAMES",
           "NAME_LEN", "KATAKANA_PART_MIN"]

#: Status nouns that follow only a person's own name (legal status): a run before one is a name
#: even when the tagger knows none of its words ("平野力容疑者" with 平野 tagged a common noun).
STRONG_STATUS: tuple[str, ...] = ("容疑者", "被告人", "被告", "受刑者", "服役囚", "死刑囚", "被疑者", "元被告")
#: Honorifics and sports statuses: they follow names but also common nouns ("運転手さん", "お客さん",
#: "代表選手"), so the run needs a name token (SudachiPy 人名 or GiNZA Person) to count.
WEAK_STATUS: tuple[str, ...] = ("氏", "さん", "君", "ちゃん", "選手", "監督", "投手", "捕手", "親方")
#: All status words, longest first (the regex alternation takes the first that matches).
STATUS_AFTER_NAME: tuple[str, ...] = tuple(sorted(STRONG_STATUS + WEAK_STATUS, key=len, reverse=True))

#: Words that start or make up a noun run before a status noun but are no part of a name:
#: determiners and prefixes (同容疑者, 両被告, 元社員), person nouns (少年容疑者, 男性被告, 妻さん),
#: occupations written glued to the name (無職山田, 主婦), and charge words (殺人容疑者).
NOT_NAME_WORDS: frozenset[str] = frozenset("""
同 両 各 元 前 故 新 旧 現 当 本 某 別 他 計 約 全 諸 被 容疑 容疑者 被告 殺人 強盗 窃盗 詐欺 事件 同日 同年 同月
男 女 男性 女性 少年 少女 男児 女児 児童 生徒 学生 高校生 中学生 小学生 大学生 園児 乳児 幼児 赤ちゃん
妻 夫 父 母 兄 弟 姉 妹 娘 息子 長男 次男 三男 長女 次女 三女 祖父 祖母 孫 叔父 叔母 伯父 伯母 夫婦 親子 兄弟 姉妹
主婦 無職 会社員 公務員 自営業 アルバイト 店員 社員 職員 教諭 教員 医師 看護師 運転手 住職 農業 漁業 自称
お客 客 皆 奥 お母 お父 おじ おば おばあ おじい 先生 巡査 警部 警部補 巡査長 警官 警察官 署員 隊員 兵士
日本人 米国人 外国人 邦人 人 者 方 様 代表 主将 全員 一同 一家 遺族 家族 関係者 容疑 犯人 被害
先代 本名 旧姓 通称 疑惑 為 内 一方 際 後 前後 中 間 上 下
""".split())
#: Last characters of occupation and group nouns ("組員", "作業員", "運転手", "暴力団"): a run ending in one is
#: no name, whatever status follows it.
NOT_NAME_ENDINGS: tuple[str, ...] = tuple("員 者 人 手 士 師 官 家 生 長 部 業 商 工 主 婦 客 犯 団 会 社 党 軍 署 庁 省 局 課 側 方 庫".split())
#: Place suffixes: a run ending in one is a place ("南丹市(なんたんし)"), and a title starting with one is a local
#: office ("仙台市長": 仙台 is the city, whatever the NER says).
PLACE_ENDINGS: tuple[str, ...] = tuple("市 県 町 村 区 都 府 道 州 郡".split())
#: Katakana runs that are common nouns before さん / 選手 ("スタッフさん", "メンバー", "ファン").
NOT_KATAKANA_NAMES: frozenset[str] = frozenset("""
スタッフ メンバー ファン チーム グループ タレント アイドル モデル コーチ ママ パパ ボランティア ガイド
オーナー マネージャー アナウンサー ドライバー パート アルバイト バイト プロ アマ ベテラン ルーキー エース
キャプテン ゲスト ユーザー ホスト ホステス シェフ サポーター リーダー メイド ナース ドクター
""".split())
#: Kanji name length (characters, 々 and an inner ノ counted) a run must have: surname + given name.
NAME_LEN: tuple[int, int] = (2, 5)
#: Fewest characters of one part of a ・-joined katakana name ("ジャマル・バダウィ").
KATAKANA_PART_MIN = 2
