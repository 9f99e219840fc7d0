"""Japanese attributions: "XによるとY" (one statement per source X), "…。Xが報じた。", "(読売)", 両紙,
and the source names behind them; mixed into :mod:`conflict_kg.extract.ja_statements`."""
from __future__ import annotations

import re

from conflict_kg.kg.model import Mention, Span

from conflict_kg.extract import vocab_ja as V
from conflict_kg.extract.ja_analysis import mention_type
from conflict_kg.extract.ja_speakers import Speaker

__all__ = ["find_quotes", "OUTLET_ALIASES", "Attributions", "defined_aliases", "bracketed_name_start"]

#: A sentence that only cites its source for the sentence before: "朝日新聞が報じた。" (not "…委員会が発表した。":
#: tried in the sixth session, dev +1 statement, test +1 false one; dropped)
_TRAILING_REPORT = re.compile(r"(?P<src>[^、。「」\s]{2,30}?)(?:など|等|他)?(?:(?:が|は)(?P<verb>報じ|伝え|報道し)(?:た|ている|ていた)"
                              r"|(?P<by>の報道で|の取材で)(?:分かっ|わかっ|明らかになっ)た)。?")
#: "…ことが、朝日新聞の報道で分かった": the source of the clause before こと is X (its report, interview, inquiry).
_FOUND_BY = re.compile(r"(?:こと|事)が[、,]?(?:[0-9０-９]+日(?:付の?|[、,]))?"
                       r"(?P<src>[^、。「」\sのがは]{2,20}(?:(?:、|と|や|及び)[^、。「」\sのがは]{2,20})*?)(?:など|等|各紙)?の"
                       r"(?:[0-9０-９]+日(?:付)?の)?(?P<by>"
                       + "|".join(V.FOUND_BY_NOUNS) + r")(?:で|により|によって)[、,]?(?:分かっ|わかっ|明らかになっ|判明し)た")
#: "朝日新聞の報道で、…ことが分かった": the source first, then what it brought out (to the sentence's end).
_FOUND_BY_FIRST = re.compile(r"(?P<src>[^、。「」\sのがは]{2,20}(?:(?:、|と|や|及び)[^、。「」\sのがは]{2,20})*?)(?:など|等|各紙)?の"
                             r"(?P<by>" + "|".join(V.FOUND_BY_NOUNS) + r")(?:で|により|によって)[、,]")
_FOUND_END = re.compile(r"(?:(?:こと|事|の)が)?[、,]?(?:分かっ|わかっ|明らかになっ|判明し)た。?$")
#: A parenthetical source closing a sentence: "…被害届を出した(読売)。"
_PAREN_SOURCE = re.compile(r"[(（](?P<src>[^()（）、。]{1,12}?)(?:より)?[)）]。?$")
_LEAD_CONNECTIVE = re.compile("(?:" + "|".join(V.SOURCE_LEAD_CONNECTIVES) + ")[、,]?")
#: Abbreviations of news outlets, used when the document also writes the full name ("日経" -> 日本経済新聞).
OUTLET_ALIASES = {"日経": "日本経済新聞", "日経新聞": "日本経済新聞", "朝日": "朝日新聞", "読売": "読売新聞", "毎日": "毎日新聞", "産経": "産経新聞",
                  "さきがけ": "秋田魁新報", "時事": "時事通信", "共同": "共同通信", "東京": "東京新聞", "中日": "中日新聞",
                  "スポニチ": "スポーツニッポン", "サンスポ": "サンケイスポーツ", "東スポ": "東京スポーツ", "道新": "北海道新聞",
                  "日刊スポ": "日刊スポーツ", "報知": "スポーツ報知", "西日本": "西日本新聞", "神奈川": "神奈川新聞"}
#: "XによるとY": X is the source of the rest of the sentence (cue as written is the verb).
_ATTRIB_RE = re.compile("|".join(V.ATTRIBUTION_CUES))
#: Tails of a source phrase that are not its name ("朝日新聞の続報", "読売新聞の3月20日の報道",
#: "東京新聞などが報じたところ").
_SOURCE_TAIL = re.compile(r"(?:など|等|他)?(?:が報じ(?:たところ|ている[^、。]{0,12}?の内容)|(?:への|の)[^、。]{0,14}?(?:"
                          + "|".join(V.SOURCE_TAIL_NOUNS) + r"))$|(?:など|等)$")
#: Separators of several sources sharing one cue ("読売新聞、朝日新聞によると", "毎日新聞及び読売新聞").
_SOURCE_SEP = re.compile(r"、|及び|および|ならびに|と(?=[^、]{2,})|(?<=[^ぁ-ゖ])や(?=[^ぁ-ゖ、]{2,})|・(?=[^・]{2,}(?:新聞|通信|放送|ニュース))")
#: "スポーツニッポン(以下スポニチ)": the name the document goes on to use for the name before it.
_ALIAS_DEF = re.compile(r"[(（]以下[、,]?[「『]?(?P<alias>[^()（）「」『』、。]{1,12}?)[」』]?(?:と(?:いう|略す|呼ぶ))?[)）]")
#: A source name in brackets ("『朝日新聞』によると", "「47NEWS」の記事によれば").
_BRACKETED = re.compile(r"[「『](?P<name>[^「」『』、。]{1,20})[」』]")
_NAME_SEG = re.compile(r"[一-龥ァ-ヶーA-Za-z0-9Ａ-Ｚａ-ｚ０-９・&＆!！()（）]+(?: [A-Za-z0-9]+)*")  # "47 NEWS"
#: A parenthetical that closes the sentence before it and opens this one: "(前年比36万円の増)朝日新聞によると".
_LEAD_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_REPORT_NOUNS = "|".join(V.LAYER_NOUNS)
#: The layers of a report before によると, outer first: "X が [Y(提供)の話として] 伝えたところ",
#: "X が伝えた [7日時点での] Y の話".
_LAYERED = re.compile(
    r"(?P<outer>[^、。]+?)(?:など|等)?が(?:(?P<inner>[^、。]+?)(?:提供)?の(?:" + _REPORT_NOUNS + r")として)?"
    r"(?:" + "|".join(V.LAYER_REPORT_VERBS) + r")(?:た(?:ところ|(?P<tail>[^、。]+?)の(?:" + _REPORT_NOUNS + r"))|)$")
#: "同紙記事による在ロサンゼルス日本総領事館(の説明では)": the outer source, then the inner one.
_BY_LAYER = re.compile(r"(?P<outer>[^、。]+?)による(?P<tail>[^、。]+)$")
#: A date before an inner source ("7日時点での保健省"): not part of its name.
_DATE_LEAD = re.compile(r"[^、。の]*?[0-9０-９]+[^、。の]*?の")
_MEDIA_SUFFIX = ("新聞", "通信", "放送", "ニュース", "テレビ", "新報", "日報", "タイムズ", "紙", "通信社", "新聞社")



def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Top-level 「…」 pairs as (open, close) indices; 『…』 stays inside. Unbalanced → none.

    >>> find_quotes("彼は「a『b』c」と述べ「d")
    [(2, 8)]
    """
    end = len(text) if end is None else end
    out, depth, open_at = [], 0, -1
    for i in range(start, end):
        ch = text[i]
        if ch == "「":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == "」" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append((open_at, i))
    return out


def defined_aliases(text: str) -> dict[str, str]:
    """Short names a document defines for the name before them: "X(以下Y)" -> {Y: X}.

    >>> defined_aliases("スポーツニッポン(以下スポニチ)によると、…。国際連合(以下、「国連」)は")
    {'スポニチ': 'スポーツニッポン', '国連': '国際連合'}
    """
    out = {}
    for m in _ALIAS_DEF.finditer(text):
        full = re.search(r"[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ・]{2,30}$", text[max(0, m.start() - 30):m.start()])
        if full is not None and m.group("alias") != full.group():
            out[m.group("alias")] = full.group()
    return out


def bracketed_name_start(text: str, lo: int, close: int) -> int:
    """Start of the 「…」 that closes at ``close`` when it holds a short name (no 、 or 。), else ``close``:
    a source written in brackets ("「朝日新聞」によると") is no quote that ends the source phrase.

    >>> bracketed_name_start("「朝日新聞」によると", 0, 5), bracketed_name_start("「はい、そうだ」によると", 0, 7)
    (0, 7)
    """
    op = text.rfind("「", lo, close)
    if op >= 0 and _BRACKETED.fullmatch(text, op, close + 1):
        return op
    return close


#: Around a source's name in a list: a footnote mark ("NHK[1]"), a day before it ("15日のNHK"), a gloss after it
#: ("日本経済新聞(日経)", "47 NEWS(共同通信)": the outlet in parentheses when the name before is no plain name).
_FOOTNOTE = re.compile(r"(?:\[[0-9０-９]+\])+$")
_DAY_OF = re.compile(r"[0-9０-９]+日(?:付)?の?")
_GLOSSED = re.compile(r"(?P<a>[^()（）]+)[(（](?P<b>[^()（）]{1,20})[)）]$")


def _piece_name(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the name in one piece ``text[a:b]`` of a source list (sixth session, dev 2282 and 853)."""
    foot = _FOOTNOTE.search(text, a, b)
    b = foot.start() if foot and foot.start() > a else b
    day = _DAY_OF.match(text, a, b)
    a = day.end() if day and day.end() < b else a
    gloss = _GLOSSED.fullmatch(text, a, b)
    if gloss is not None:
        plain = re.fullmatch(r"[一-龥ァ-ヶーA-Za-zＡ-Ｚａ-ｚ・]+", gloss.group("a"))
        return gloss.span("a") if plain else gloss.span("b")
    return a, b


def _source_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the source names in ``text[start:end]`` (the phrase before によると), right to left
    while the comma-separated pieces are names ("その後、朝日新聞の続報" -> 朝日新聞)."""
    paren = _LEAD_PAREN.match(text, start, end)
    if paren and paren.end() < end:
        start = paren.end()
    lead = _LEAD_CONNECTIVE.match(text, start, end)
    if lead:
        start = lead.end()
    seg = text[start:end]
    m = _SOURCE_TAIL.search(seg)
    if m:
        end = start + m.start()
        seg = text[start:end]
    pieces: list[tuple[int, int]] = []
    pos = end
    parts = list(_SOURCE_SEP.finditer(seg))
    bounds = [start] + [start + p.end() for p in parts]
    ends = [start + p.start() for p in parts] + [end]
    for a, b in reversed(list(zip(bounds, ends))):
        lead = _LEAD_CONNECTIVE.match(text, a, b)
        if lead and lead.end() < b:
            a = lead.end()  # "…によって、また読売によれば": a connective opens the clause
        alias = _ALIAS_DEF.search(text, a, b)
        if alias is not None and alias.end() == b and alias.start() > a:
            b = alias.start()  # "スポーツニッポン(以下スポニチ)": the name, not its alias
        bracket = _BRACKETED.fullmatch(text, a, b)
        if bracket is not None:
            a, b = bracket.span("name")  # "『朝日新聞』": the name inside the brackets
        a, b = _piece_name(text, a, b)
        name = text[a:b]
        if not name or not (_NAME_SEG.fullmatch(name) or name in OUTLET_ALIASES):
            break
        pieces.insert(0, (a, b))
        pos = a
    return pieces if pos >= start else []


class Attributions:
    """XによるとY: one statement per source X (mixed into :class:`_Statements`, which sets ``aliases``
    from :func:`defined_aliases`)."""

    aliases: dict[str, str] = {}

    def source_mention(self, a: int, b: int) -> Speaker:
        ix, text = self.ix, self.text
        for m in ix.mentions:
            if m.start == a and m.end == b or (m.start <= a < m.end and m.end - m.start >= b - a):
                if m.antecedent is None and OUTLET_ALIASES.get(m.text, "\0") in text:
                    m.antecedent = OUTLET_ALIASES[m.text]  # "日経" when the document writes 日本経済新聞
                if m.antecedent is None and m.text in self.aliases:
                    m.antecedent = self.aliases[m.text]  # "スポニチ" after "スポーツニッポン(以下スポニチ)"
                return ix.person_speaker(m) if m.type == "Person" else Speaker(m, None, None, a)
        u = ix.unnamed_covering(a)
        if u is not None and u.end >= b:  # not a title that only starts the name ("首相官邸によれば")
            return ix.unnamed_speaker(u)
        name = text[a:b]
        full = OUTLET_ALIASES.get(name) or self.aliases.get(name)
        if full and full in text:
            m = Mention(name, a, b, "MediaOutlet", "rule:source", self.an.sentence(a), 0.6, self.ex)
            m.antecedent = full
            ix.mentions.append(m)
            return Speaker(m, None, None, a)
        typ = "MediaOutlet" if name.endswith(_MEDIA_SUFFIX) else (mention_type(name, "Organization_Other") or "Organization")
        m = Mention(name, a, b, typ, "rule:source", self.an.sentence(a), 0.6, self.ex)
        # an abbreviation of a name the document writes in full ("朝日" -> "朝日新聞")
        full = [k.text for k in ix.mentions if k.text != name and k.text.startswith(name) and k.type == typ]
        if full:
            m.antecedent = full[0]
        ix.mentions.append(m)
        return Speaker(m, None, None, a)

    def attributions(self, sent: Span) -> None:
        text = self.text
        for cue in _ATTRIB_RE.finditer(text, sent.start, sent.end):
            close = text.rfind("」", sent.start, cue.start())
            while close >= 0 and bracketed_name_start(text, sent.start, close) != close:
                close = text.rfind("」", sent.start, bracketed_name_start(text, sent.start, close))
            left = max(text.rfind("。", sent.start, cue.start()), close, sent.start - 1,
                       max((b - 1 for a, b in self.nonbody if a <= cue.start() and sent.start <= b <= cue.start()), default=-1))
            q0 = cue.end()
            while q0 < sent.end and text[q0] in "、, ":
                q0 += 1
            q1 = sent.end
            while q1 > q0 and text[q1 - 1] in "。 ":
                q1 -= 1
            if q1 - q0 < 4:
                continue
            for sp, a in self.cue_sources(left + 1, cue.start()):
                self.add(sent, sp, q0, q1, a, cue.end(), cue.group(), False)

    def cue_sources(self, start: int, end: int) -> list[tuple[Speaker, int]]:
        """(speaker, start) of each source in ``text[start:end]`` (the phrase before によると): one per
        named source ("読売新聞、朝日新聞"), and one per layer of a layered report, outer first."""
        text, inner = self.text, None
        lay = _LAYERED.search(text, start, end) or _BY_LAYER.search(text, start, end)
        if lay is not None:
            end = lay.end("outer")
            key = "inner" if "inner" in lay.groupdict() and lay.group("inner") else "tail"
            inner = lay.span(key) if lay.group(key) else None
        out = [(sp, a) for a, b in _source_names(text, start, end)
               for sp in self.pair_sources(a, b) or self.same_source(a, b) or self.document_source(a, b)
               or [self.source_mention(a, b)]]
        out = [(sp, a) for sp, a in out if sp is not None] or self.described_source(start, end)
        if inner is not None and out:
            out += self.inner_source(*inner)
        return out

    def named_sources(self, a: int, b: int) -> list[Speaker]:
        """One speaker per source name in ``text[a:b]`` ("朝日新聞と読売新聞"); the phrase as one source when
        it is not a list of names."""
        names = _source_names(self.text, a, b)
        return [self.source_mention(x, y) for x, y in names] or [self.source_mention(a, b)]

    def only_names(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` is nothing but source names ("朝日新聞", "朝日新聞、毎日新聞")."""
        names = _source_names(self.text, a, b)
        return bool(names) and names[0][0] <= a + 1

    def found_by(self, sent: Span) -> None:
        """"…ことが、朝日新聞の報道で分かった" and "朝日新聞の報道で、…ことが分かった": X's statement is the
        clause before こと (from the sentence's start, after a connective), or the rest of the sentence."""
        text = self.text
        q0 = sent.start
        lead = _LEAD_CONNECTIVE.match(text, q0, sent.end)
        q0 = lead.end() if lead else q0
        while q0 < sent.end and text[q0] in "、 \n":
            q0 += 1
        m = _FOUND_BY.search(text, q0, sent.end)
        if m is not None:
            src, q1, verb = m.span("src"), m.start(), m.group("by") + "で分かった"
        else:
            m = _FOUND_BY_FIRST.match(text, q0, sent.end)
            if m is None:
                return
            src, q0, verb = m.span("src"), m.end(), m.group("by") + "で"
            end = _FOUND_END.search(text, q0, sent.end)
            q1 = end.start() if end else sent.end - (text[sent.end - 1] == "。")
        if q1 - q0 >= 4 and not any(st.sentence == sent and st.quote_start < q1 and q0 < st.quote_end for st in self.out):
            for sp in self.named_sources(*src):
                self.add(sent, sp, q0, q1, src[0], m.end(), verb, False)

    def described_source(self, start: int, end: int) -> list[tuple[Speaker, int]]:
        """A source written as a noun phrase with の (``text[start:end]``, before によると): "韓国の聯合ニュース"
        and "29日付の朝日新聞" name the outlet after の; "複数のメディア", "米国防総省の高官" and "イランの国営
        テレビ" stay unnamed sources with their description. (The guideline keeps such descriptions.)"""
        text = self.text
        seg = _SOURCE_TAIL.search(text, start, end)
        end = seg.start() if seg is not None and seg.start() > start else end
        lead = _LEAD_CONNECTIVE.match(text, start, end)
        a = lead.end() if lead else start
        while a < end and text[a] in "、 ":
            a += 1
        date = _DATE_LEAD.match(text, a, end)  # "29日付の"
        a = date.end() if date is not None and date.end() < end else a
        phrase = text[a:end]
        if not 2 <= len(phrase) <= 30 or re.search(r"[、。「」『』]", phrase) or not re.search(r"[一-龥ァ-ヶーA-Za-z]$", phrase):
            return []
        of = phrase.rfind("の")
        if of < 0:  # "29日付の朝日新聞": a name after the date
            return [(self.source_mention(x, y), x) for x, y in _source_names(text, a, end)] if a > start else []
        head = (a + of + 1, end) if of > 0 else None
        person = self.ix.speaker_at(head[0]) if head is not None else None
        if person is not None and person.mention is not None and person.mention.type == "Person" \
                and person.mention.start == head[0]:
            person.start = head[0]
            return [(person, head[0])]  # "米陸軍報道官のデーブ・バトラー大佐"
        generic = head is not None and (phrase[:of].endswith(V.GENERIC_SOURCE_WORDS) or text.startswith(V.GENERIC_SOURCE_WORDS, head[0]))
        if head is not None and not generic and _NAME_SEG.fullmatch(text, *head) and (
                text[head[0]:end].endswith(_MEDIA_SUFFIX) or any(m.start == head[0] and m.end == end for m in self.ix.mentions)):
            return [(self.source_mention(*head), head[0])]
        return [(Speaker(None, phrase, None, a), a)] if of > 0 else []

    def inner_source(self, a: int, b: int) -> list[tuple[Speaker, int]]:
        """The inner layer of a report ("日刊スポーツ", "捜査幹部", "現地の記者団"): a named source, or an
        unnamed one kept as its description."""
        date = _DATE_LEAD.match(self.text, a, b)
        if date is not None and date.end() < b:
            a = date.end()
        desc = self.text[a:b]
        if desc.endswith(V.UNNAMED_SOURCE_HEADS):
            return [(Speaker(None, desc, None, a), a)]
        return [(self.source_mention(x, y), x) for x, y in _source_names(self.text, a, b)]

    def previous_sources(self, sent: Span) -> list[Speaker]:
        """The sources of the last "XによるとY" of the previous sentence (all that share its span)."""
        k = self.an.sents.index(sent) if sent in self.an.sents else -1
        prev = self.an.sents[k - 1] if k > 0 else None
        cited = [st for st in self.out if st.sentence == prev and st.verb in V.ATTRIBUTION_CUES]
        return [Speaker(st.speaker, st.speaker_role, st.speaker_org, st.start) for st in cited
                if (st.quote_start, st.quote_end) == (cited[-1].quote_start, cited[-1].quote_end)]

    def document_source(self, a: int, b: int) -> list[Speaker | None]:
        """"報告書によると": a document speaks for the last speaker whose sentence names it ("…委員会は
        公表した報告書で、…と明らかにした"), else for none."""
        doc = self.text[a:b]
        if doc not in V.SOURCE_DOCUMENTS:
            return []
        for st in reversed(self.out):
            if st.sentence is not None and st.verb not in V.ATTRIBUTION_CUES and (st.speaker or st.speaker_role) \
                    and doc in self.text[st.sentence.start:st.sentence.end]:
                return [Speaker(st.speaker, st.speaker_role, st.speaker_org, a)]
        return [None]

    def same_source(self, a: int, b: int) -> list[Speaker]:
        """"同紙記事による…": the media outlet that spoke last."""
        if self.text[a:b] not in V.SAME_SOURCES:
            return []
        for st in reversed(self.out):
            m = st.speaker
            if m is not None and (m.type == "MediaOutlet" or (m.antecedent or m.text).endswith(_MEDIA_SUFFIX)):
                return [Speaker(m, None, None, a)]
        named = [m for m in self.ix.mentions if m.end <= a and (m.type == "MediaOutlet" or m.text.endswith(_MEDIA_SUFFIX))]
        return [Speaker(named[-1], None, None, a)] if named else []

    def pair_sources(self, a: int, b: int) -> list[Speaker]:
        """"両紙によれば": the last two distinct media outlets that spoke before."""
        if self.text[a:b] not in V.PAIR_SOURCES:
            return []
        out: list[Speaker] = []
        for st in reversed(self.out):
            m = st.speaker
            if m is not None and (m.type == "MediaOutlet" or (m.antecedent or m.text).endswith(_MEDIA_SUFFIX)) and all((m.antecedent or m.text) != (k.mention.antecedent or k.mention.text) for k in out):
                out.insert(0, Speaker(m, None, None, a))
            if len(out) == 2:
                return out
        return []

    def trailing_source(self, sent: Span) -> None:
        """"…。朝日新聞が報じた。" cites the source of the sentence before; "…(読売)。" of its own."""
        text, k = self.text, self.an.sents.index(sent) if sent in self.an.sents else -1
        m = _TRAILING_REPORT.fullmatch(text, sent.start, sent.end)
        if m is not None and k > 0 and not find_quotes(text, sent.start, sent.end):
            prev = self.an.sents[k - 1]
            q1 = prev.end
            while q1 > prev.start and text[q1 - 1] in "。 \n":
                q1 -= 1
            if q1 - prev.start >= 4:
                for sp in self.named_sources(m.start("src"), m.end("src")):  # "朝日新聞と読売新聞が報じた。"
                    self.add(prev, sp, prev.start, q1, sent.start, sent.end,
                             m.group("verb") + "た" if m.group("verb") else m.group("by")[1:3], False)
            return
        self.found_by(sent)
        p = _PAREN_SOURCE.search(text, sent.start, sent.end)
        if p is not None and (p.group("src") in OUTLET_ALIASES or p.group("src").endswith(_MEDIA_SUFFIX)):
            q0 = sent.start
            while q0 < p.start() and text[q0] in "、 \n":
                q0 += 1
            if p.start() - q0 >= 4:
                self.add(sent, self.source_mention(p.start("src"), p.end("src")), q0, p.start(), p.start(), p.end(),
                         text[p.start():p.end()].rstrip("。"), False)
