"""Modality cues: is an event said to have happened, or only likely, planned, reported?

News hedges: 〜とみられる ("is believed to"), 〜可能性がある ("may"), 〜予定だ
("plans to"), reportedly, allegedly. The graph records the cue and its kind on
the event or claim (``ckg:modality`` / ``ckg:modalityCue``) so a researcher can
separate what was asserted from what was hedged. The cue is looked for in the
rest of the record's sentence, where Japanese puts its hedges (sentence-final)
and close to the English verb.

>>> find_modality("ロシア軍が攻撃したとみられる。", "ja")
('assessed', 'とみられる')
>>> find_modality("Russia reportedly fired 20 missiles.", "en")
('reported', 'reportedly')
>>> find_modality("ロシア軍は攻撃を行った。", "ja") is None
True
"""
from __future__ import annotations

import re

__all__ = ["MODALITY_KINDS", "find_modality"]

#: Kinds of hedge recorded in ``ckg:modality``.
MODALITY_KINDS = ("assessed", "possible", "planned", "reported", "alleged")

# Longer cues first inside each kind; kinds in priority order (a planned
# attack that "may" happen is first of all planned).
_JA = [
    ("planned", ("予定だ", "予定である", "予定という", "予定", "計画だ", "方針だ", "見通しだ", "見通し")),
    ("possible", ("可能性がある", "可能性が高い", "可能性もある", "おそれがある", "恐れがある", "かもしれない")),
    ("assessed", ("とみられる", "と見られる", "とみている", "と推定される", "とされる", "もようだ", "模様だ", "もよう", "模様")),
    ("alleged", ("と主張している", "と主張した", "疑い", "とされている")),
    ("reported", ("と伝えた", "と報じた", "と報じている", "という", "と伝えられる")),
]
_EN = [
    ("planned", ("plans to", "planned to", "is planning to", "are planning to", "intends to", "is expected to", "are expected to")),
    ("possible", ("may have", "might have", "could have", "may", "might", "possibly", "likely", "probably")),
    ("assessed", ("is believed to", "are believed to", "is thought to", "apparently", "appears to", "appeared to", "assessed")),
    ("alleged", ("allegedly", "alleged", "purportedly")),
    ("reported", ("reportedly", "according to", "was reported", "were reported")),
]
_PATTERNS = {
    "ja": [(kind, re.compile("|".join(map(re.escape, cues)))) for kind, cues in _JA],
    "en": [(kind, re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.IGNORECASE)) for kind, cues in _EN],
}


def find_modality(clause: str, lang: str) -> tuple[str, str] | None:
    """``(kind, cue)`` of the first hedge found in ``clause``, by kind priority, or ``None``."""
    for kind, pattern in _PATTERNS.get(lang, ()):
        m = pattern.search(clause)
        if m:
            return kind, m.group(0)
    return None
