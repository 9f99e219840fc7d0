"""Japanese event dates, fifth round (issue #15): tense, the story's month, relative days, speech acts
and spans, as table tests.

Each row says where its sentence comes from: ``own`` (written for this file) or ``dev`` (shaped on a
sentence of a dev article of ``bench/gold/ja_wikinews_articles.json``, names changed or kept; never a
test article). Each table exercises one table or function of :mod:`conflict_kg.extract.ja_date_context`
or the date rules of :meth:`conflict_kg.extract.ja_event_dates.EventDates.date`.
"""
from __future__ import annotations

import pytest

from conflict_kg.extract.ja_date_context import (
    clause_tense,
    event_dates,
    relative_day,
    story_day,
    tense_day,
)
from tests.test_events_ja import of_type
from tests.test_extract_ja import check_offsets, run

# clause_tense: (source, text, trigger, tense) -- the tense of the trigger's own predicate.
TENSES = [
    ("own", "警察は20日に男を逮捕した。", "逮捕", "past"),
    ("own", "両首脳は20日に会談する予定だ。", "会談", "future"),
    ("own", "政府は来月、部隊を派遣する方針を固めた。", "派遣", "future"),
    ("own", "市長は30日、辞職したと発表した。", "辞職", "past"),
    ("dev", "クシュネル外相が1月4日「危険だ」として開催の中止を求めていた。", "求め", "past"),
    # 訪問 is told in the present progressive; the plan (方針) is another clause's, not the visit's
    ("dev", "大統領は20日、首都を訪問している将軍と会談し、支援を続ける方針を示した。", "訪問", None),
    ("own", "首脳会談は来週", "会談", None),  # no predicate: no evidence either way
]


@pytest.mark.parametrize(("source", "text", "trigger", "tense"), TENSES)
def test_clause_tense(source, text, trigger, tense):
    assert clause_tense(text, text.index(trigger) + len(trigger)) == tense


# tense_day: a past clause's day is not after the document date, a plan's not before it.
# (source, surface, document date, tense, expected)
TENSE_DAYS = [
    ("own", "12月30日", "2022-12-20", "past", "2021-12-30"),
    ("own", "12月30日", "2022-12-20", "future", "2022-12-30"),
    ("own", "12月30日", "2022-12-20", None, "2022-12-30"),  # no tense: dates.month_day's reading
    ("own", "1月5日", "2022-12-20", "future", "2023-01-05"),
    ("own", "1月5日", "2022-12-20", "past", "2022-01-05"),
    ("dev", "1月4日", "2008-01-05", "past", "2008-01-04"),  # 3320: the minister's demand, reported the next day
    ("own", "5日", "2022-12-20", "future", "2023-01-05"),
    ("own", "5日", "2022-12-20", "past", "2022-12-05"),
    ("own", "31日", "2023-03-10", "past", "2023-01-31"),  # February has no 31st
    ("own", "20日", "2022-12-20", "future", "2022-12-20"),  # the document's own day is neither side
    ("own", "20日", None, "past", None),
]


@pytest.mark.parametrize(("source", "surface", "doc_date", "tense", "expected"), TENSE_DAYS)
def test_tense_day(source, surface, doc_date, tense, expected):
    assert tense_day(surface, doc_date, tense) == expected


# story_day: a bare day after a day written with its month, in the same paragraph, is of that month.
# (source, text, the bare day's surface, document date, tense, expected)
STORY_DAYS = [
    ("own", "警察は2005年11月18日に男を逮捕した。20日には女も逮捕した。", "20日", "2006-02-10", "past", "2005-11-20"),
    ("own", "11月18日に停戦が発効した。20日に砲撃が再開された。", "20日", "2006-02-10", "past", "2005-11-20"),
    ("own", "11月18日に停戦が発効した。20日に砲撃が再開された。", "20日", "2006-12-10", "past", "2006-11-20"),
    ("own", "11月18日に停戦が発効した。15日に砲撃が再開された。", "15日", "2006-12-10", "past", None),  # earlier day
    ("own", "11月18日に停戦が発効した。20日に会談する予定だ。", "20日", "2006-12-10", "future", None),  # a plan
    ("own", "11月18日に停戦が発効した。\n20日に砲撃が再開された。", "20日", "2006-12-10", "past", None),  # new paragraph
    ("own", "2004年10月に免許が失効した。14日に逮捕された。", "14日", "2007-11-15", "past", None),  # month only
    ("own", "12月18日に停戦が発効した。20日に砲撃が再開された。", "20日", "2006-12-19", "past", None),  # after the doc
]


@pytest.mark.parametrize(("source", "text", "surface", "doc_date", "tense", "expected"), STORY_DAYS)
def test_story_day(source, text, surface, doc_date, tense, expected):
    pos = text.index(surface, text.index("。"))
    day = int(surface[:-1])
    assert story_day(text, pos, day, doc_date, tense) == expected


# relative_day: vocab-free relative days (ja_date_context.RELATIVE_DAYS). (source, surface, doc date, expected)
RELATIVE = [
    ("own", "3日前", "2022-12-05", "2022-12-02"),
    ("own", "3日後", "2022-12-05", "2022-12-08"),
    ("own", "2か月前", "2022-12-05", "2022-10"),
    ("own", "2年前", "2022-12-05", "2020"),
    ("own", "昨夜", "2022-12-05", "2022-12-04"),
    ("own", "今朝", "2022-12-05", "2022-12-05"),
    ("own", "3日前", None, None),
    ("own", "10日前後", "2022-12-05", None),  # "around the 10th", not ten days ago
]


@pytest.mark.parametrize(("source", "surface", "doc_date", "expected"), RELATIVE)
def test_relative_day(source, surface, doc_date, expected):
    assert relative_day(surface, doc_date) == expected


def test_a_demonstrative_of_time_is_the_day_told_before():
    text = "10月4日、海岸で収録しようとしていた。このとき、住民が抗議した。\nその日、雨が降った。"
    got = event_dates(text, 0, len(text), "2006-10-08")
    assert got == [(0, 5, "2006-10-04"), (20, 24, "2006-10-04")]  # not across the paragraph: その日 has none


def test_event_dates_merge_relative_days_without_overlap():
    text = "男は3日前に逮捕され、20日に起訴された。10日前後に釈放の見込み。"
    assert event_dates(text, 0, len(text), "2022-12-21") == [(2, 5, "2022-12-18"), (11, 14, "2022-12-20")]


# Whole events: (source, text, document date, event type, expected date).
EVENT_DATES = [
    # a speech act is dated by the day before the quote it reports (dev 3320)
    ("dev", "クシュネル外相が1月4日「危険だ」として開催の中止を求めていた。", "2008-01-05", "Proposal", "2008-01-04"),
    ("own", "野党は30日「説明が足りない」として首相を批判した。", "2022-12-01", "Accusation", "2022-11-30"),
    # a span with 頃 is dated by its start (dev 1904)
    ("dev", "講師は2009年1月頃から2010年11月頃までの間に、教室で生徒の頭を殴るなどの暴行を繰り返した。", "2011-10-19",
     "Attack", "2009-01"),
    # a past event's month-day is not after the document date
    ("own", "警察は12月30日に男を逮捕した。", "2022-12-20", "Arrest", "2021-12-30"),
    # a bare day after a dated lead in another month than the document's
    ("own", "警察は2005年11月18日に男を逮捕した。警察は20日に女も逮捕した。", "2006-02-10", "Arrest", "2005-11-20"),
    # a relative day
    ("own", "警察は3日前に男を逮捕した。", "2022-12-05", "Arrest", "2022-12-02"),
    # a date stated after the trigger's particle (the example)
    ("own", "武装組織が犯行声明を29日に出した。", "2022-12-01", "Attack", "2022-11-29"),
    # no date from a background clause: the finding's date is not the arrest's (dev 1687)
    ("dev", "2004年10月に免許が失効していたことが分かり、警察は男を現行犯逮捕した。", "2007-11-15", "Arrest", None),
    # a demonstrative of time: the day told before (dev 636)
    ("dev", "10月4日、海岸で番組を収録しようとしていた。このとき、地元住民がスタッフに「清掃している場所だ」と抗議をした。",
     "2006-10-08", "Accusation", "2006-10-04"),
    # a subjectless, undated sentence goes on telling the previous sentence's occasion (dev 640) ...
    ("dev", "監督は12月19日に県庁を訪れ、知事と面会。「チームを強くしたい」と語って、スタジアム建設の協力を求めた。",
     "2007-12-20", "Proposal", "2007-12-19"),
    # ... but not across a paragraph (a new occasion; the seed digests' convention)
    ("own", "球団は新監督を発表した。監督は12月19日に県庁を訪れた。\n「チームを強くしたい」と語って、スタジアム建設の協力を求めた。",
     "2007-12-20", "Proposal", None),
]


@pytest.mark.parametrize(("source", "text", "doc_date", "typ", "expected"), EVENT_DATES)
def test_event_dates(nlp_ja, source, text, doc_date, typ, expected):
    rec = run(nlp_ja, text, doc_date)
    check_offsets(rec)
    assert [e.date for e in of_type(rec, typ)][-1:] == [expected]
