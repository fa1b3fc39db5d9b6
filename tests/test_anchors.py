"""Tests for aligner.anchors: each kind in each language, overlaps, symbols, comparison, the sample corpus.

Expected values were worked out by hand from the texts (dates read off the
sample's six versions, symbols from the UN symbol conventions).
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from aligner.anchors import (
    KINDS,
    UNSymbol,
    _COUNCIL_RESOLUTION,
    _COUNCIL_RESOLUTION_START,
    _DATE_RES,
    _DIGITS_START,
    _ISO_DATE,
    _ISO_DATE_START,
    _NUMBER_RES,
    _NUMERIC_ORDINAL,
    _RESOLUTION,
    _RESOLUTION_START,
    _SYMBOL,
    _SYMBOL_START,
    _ZH_ANNIVERSARY,
    _ZH_FULL,
    _ZH_MONTH_START,
    _ZH_MONTH_YEAR,
    _ZH_NO_YEAR,
    _ZH_ORDINAL,
    _ZH_YEAR_START,
    _matches,
    compare_anchors,
    find_anchors,
    find_anchors_each,
    find_markers,
    normalise_digits,
    parse_symbol,
)
from aligner.errors import InputError
from aligner.model import UN_LANGUAGES, Anchor
from corpora import path as corpus_path

CORPUS = "untoc-cop-res-11-1"
NBSP = "\u00a0"


def values(text: str, lang: str, kind: str) -> list[str]:
    return [a.value for a in find_anchors(text, lang) if a.kind == kind]


def kinds(text: str, lang: str) -> list[str]:
    return [a.kind for a in find_anchors(text, lang)]


# ---------------------------------------------------------------------------
# UN document symbols

SYMBOLS = [
    # text, body, year, number, suffix, normalised
    ("CTOC/COP/WG.3/2021/3", ("CTOC", "COP", "WG.3"), "2021", "3", None, "CTOC/COP/WG.3/2021/3"),
    ("A/RES/55/25", ("A", "RES", "55"), None, "25", None, "A/RES/55/25"),
    ("S/RES/2720 (2023)", ("S", "RES"), "2023", "2720", "(2023)", "S/RES/2720(2023)"),
    ("S/RES/2720(2023)", ("S", "RES"), "2023", "2720", "(2023)", "S/RES/2720(2023)"),
    ("E/CN.15/2023/L.3/Rev.1", ("E", "CN.15"), "2023", "L.3", "Rev.1", "E/CN.15/2023/L.3/Rev.1"),
    ("A/77/L.1", ("A", "77"), None, "L.1", None, "A/77/L.1"),
    ("CTOC/COP/2022/L.4/Add.2", ("CTOC", "COP"), "2022", "L.4", "Add.2", "CTOC/COP/2022/L.4/Add.2"),
    ("A/HRC/RES/52/1", ("A", "HRC", "RES", "52"), None, "1", None, "A/HRC/RES/52/1"),
    ("E/CN.7/2019/L.5/Corr.1", ("E", "CN.7"), "2019", "L.5", "Corr.1", "E/CN.7/2019/L.5/Corr.1"),
    ("  A/77/L.1 ", ("A", "77"), None, "L.1", None, "A/77/L.1"),
    ("Ｓ／ＲＥＳ／２７２０", ("S", "RES"), None, "2720", None, "S/RES/2720"),
]


@pytest.mark.parametrize("text, body, year, number, suffix, normalised", SYMBOLS)
def test_parse_symbol(text, body, year, number, suffix, normalised):
    symbol = parse_symbol(text)
    assert symbol == UNSymbol(body=body, number=number, year=year, suffix=suffix, normalised=normalised)


def test_parse_joint_symbol():
    symbol = parse_symbol("CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4")
    assert symbol is not None
    assert (symbol.body, symbol.year, symbol.number) == (("CTOC", "COP", "WG.2"), "2022", "4")
    assert [(s.body, s.year, s.number) for s in symbol.joint] == [(("CTOC", "COP", "WG.3"), "2022", "4")]
    assert symbol.normalised == "CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4"


@pytest.mark.parametrize("text", [
    "", "25/3", "11/1", "and/or", "a/res/55/25", "A/B", "X/2021/3", "A/RES/55/25 foo", "A/", "A/RES/55/25.",
    "COVID-19",
])
def test_parse_symbol_rejects(text):
    assert parse_symbol(text) is None


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "³ CTOC/COP/WG.3/2021/3, paras. 2–4.", ["CTOC/COP/WG.3/2021/3"]),
    ("zh", "³ CTOC/COP/WG.3/2021/3，第 2-4 段。", ["CTOC/COP/WG.3/2021/3"]),
    ("ar", "³ CTOC/COP/WG.3/2021/3، الفقرات 2-4.", ["CTOC/COP/WG.3/2021/3"]),
    ("en", "see A/RES/55/25.", ["A/RES/55/25"]),
    ("en", "Security Council resolution 2720 (2023) (S/RES/2720 (2023))", ["S/RES/2720(2023)"]),
    ("fr", "⁴ CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4, par. 7 et 10.",
     ["CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4"]),
    ("en", "draft resolution A/77/L.1 and E/CN.15/2023/L.3/Rev.1", ["A/77/L.1", "E/CN.15/2023/L.3/Rev.1"]),
    ("en", "the ratio 25/3 and resolution 11/1", []),
    ("en", "DATA/2021/3 is not a UN series", []),
])
def test_symbols_in_text(lang, text, expected):
    assert values(text, lang, "symbol") == expected


def test_symbol_is_one_anchor_not_numbers():
    anchors = find_anchors("CTOC/COP/WG.3/2021/3", "en")
    assert [(a.kind, a.text, a.start, a.end) for a in anchors] == [
        ("symbol", "CTOC/COP/WG.3/2021/3", 0, 20)
    ]


# ---------------------------------------------------------------------------
# Resolution and decision numbers

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Resolution 11/1", ["11/1"]),
    ("zh", "第 11/1 号决议", ["11/1"]),
    ("zh", "第11/1号决议", ["11/1"]),
    ("en", "in line with the mandate contained in resolution 5/8 of the Conference", ["5/8"]),
    ("fr", "Rappelant sa décision 2/2 du", ["2/2"]),
    ("es", "su resolución 5/8, de", ["5/8"]),
    ("ru", "свою резолюцию 5/8 от", ["5/8"]),
    ("ar", "وقراره 5/8 المؤرخ", ["5/8"]),
    ("ar", "قرار مؤتمر الأطراف 5/8 ومع", ["5/8"]),
    ("en", "General Assembly resolution 55/25, annex I", ["55/25"]),
    ("en", "Economic and Social Council resolution 2004/28", ["2004/28"]),
    ("en", "Security Council resolution 2720 (2023)", ["2720(2023)"]),
    ("en", "resolutions 9/1 and 10/1", ["9/1", "10/1"]),
    ("en", "CTOC/COP/WG.3/2021/3", []),
    ("en", "A/RES/55/25", []),
    ("en", "a date written 25/03/2021", []),
    ("zh", "第 2237、2241 和 2326 卷", []),
])
def test_resolutions(lang, text, expected):
    assert values(text, lang, "resolution") == expected


def test_resolution_span_is_the_number():
    anchor = find_anchors("第 11/1 号决议", "zh")[0]
    assert (anchor.kind, anchor.text, anchor.start, anchor.end) == ("resolution", "11/1", 2, 6)


# ---------------------------------------------------------------------------
# Dates

DATES = [
    ("en", "25 March 2021", ["2021-03-25"]),
    ("en", "held on 25 and 26 March 2021, as", ["2021-03-25", "2021-03-26"]),
    ("en", "from 23 to 27 May 2022", ["2022-05-23", "2022-05-27"]),
    ("en", "23–27 May 2022", ["2022-05-23", "2022-05-27"]),
    ("en", "from 30 May to 2 June 2022", ["2022-05-30", "2022-06-02"]),
    ("en", "Vienna, October 2022", ["2022-10"]),
    ("en", "on 25 March", ["--03-25"]),
    ("fr", "19 octobre 2005", ["2005-10-19"]),
    ("fr", "tenue les 25 et 26 mars 2021", ["2021-03-25", "2021-03-26"]),
    ("fr", "tenue du 23 au 27 mai 2022", ["2022-05-23", "2022-05-27"]),
    ("fr", "le 1er janvier 2020", ["2020-01-01"]),
    ("fr", "du 1er au 3 juin 2022", ["2022-06-01", "2022-06-03"]),
    ("fr", "Vienne, octobre 2022", ["2022-10"]),
    ("es", "19 de octubre de 2005", ["2005-10-19"]),
    ("es", "celebrada los días 25 y 26 de marzo de 2021", ["2021-03-25", "2021-03-26"]),
    ("es", "celebrada del 23 al 27 de mayo de 2022", ["2022-05-23", "2022-05-27"]),
    ("es", "Viena, octubre de 2022", ["2022-10"]),
    ("ru", "19 октября 2005 года", ["2005-10-19"]),
    ("ru", "состоявшемся 25 и 26 марта 2021 года", ["2021-03-25", "2021-03-26"]),
    ("ru", "проведенном 23–27 мая 2022 года", ["2022-05-23", "2022-05-27"]),
    ("ru", "с 23 по 27 мая 2022 года", ["2022-05-23", "2022-05-27"]),
    ("ru", "Вена, октябрь 2022 года", ["2022-10"]),
    ("ru", "в октябре 2022 года", ["2022-10"]),
    ("ar", "19 تشرين الأول/أكتوبر 2005", ["2005-10-19"]),
    ("ar", "19 تشرين الأول / أكتوبر 2005", ["2005-10-19"]),
    ("ar", "19 أكتوبر 2005", ["2005-10-19"]),
    ("ar", "19 تشرين الأول 2005", ["2005-10-19"]),
    ("ar", "المعقود يومي 25 و26 آذار/مارس 2021", ["2021-03-25", "2021-03-26"]),
    ("ar", "في الفترة من 23 إلى 27 أيار/مايو 2022", ["2022-05-23", "2022-05-27"]),
    ("ar", "١٩ تشرين الأول/أكتوبر ٢٠٠٥", ["2005-10-19"]),
    ("ar", "1 كانون الثاني/يناير 2020", ["2020-01-01"]),
    ("ar", "فيينا، تشرين الأول/أكتوبر 2022", ["2022-10"]),
    ("zh", "2005 年 10 月 19 日", ["2005-10-19"]),
    ("zh", "2021 年 3 月 25 日和 26 日举行", ["2021-03-25", "2021-03-26"]),
    ("zh", "2022年5月23日至27日举行", ["2022-05-23", "2022-05-27"]),
    ("zh", "2022年5月30日至6月2日", ["2022-05-30", "2022-06-02"]),
    ("zh", "２０２１年３月２５日", ["2021-03-25"]),
    ("zh", "2022 年 10 月，维也纳", ["2022-10"]),
    ("zh", "3 月 25 日", ["--03-25"]),
    # the year in Chinese characters, digit by digit, as formal Chinese writes a date
    ("zh", "二〇二三年十月五日", ["2023-10-05"]),
    ("zh", "二零二三年十二月三十一日", ["2023-12-31"]),
    ("zh", "于二〇二一年三月二十五日和二十六日举行", ["2021-03-25", "2021-03-26"]),
    ("zh", "二〇二二年五月二十三日至二十七日", ["2022-05-23", "2022-05-27"]),
    ("zh", "一九九八年七月十七日", ["1998-07-17"]),
    ("zh", "二〇二三年十月，维也纳", ["2023-10"]),
    ("en", "dated 2021-03-25.", ["2021-03-25"]),
    ("ru", "от 2021-03-25", ["2021-03-25"]),
]


@pytest.mark.parametrize("lang, text, expected", DATES)
def test_dates(lang, text, expected):
    assert values(text, lang, "date") == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "held on 25 and 26 March 2021"),
    ("fr", "du 23 au 27 mai 2022"),
    ("ru", "19 октября 2005 года"),
    ("ar", "يومي 25 و26 آذار/مارس 2021"),
    ("zh", "2021 年 3 月 25 日和 26 日"),
])
def test_date_gives_no_number(lang, text):
    assert set(kinds(text, lang)) == {"date"}


def test_pair_of_days_gives_ordered_non_overlapping_spans():
    text = "held on 25 and 26 March 2021, as"
    first, second = find_anchors(text, "en")
    assert (first.text, second.text) == ("25", "26 March 2021")
    assert first.end <= second.start
    assert text[second.start:second.end] == second.text


@pytest.mark.parametrize("lang, text", [
    ("en", "may 2022 be"), ("en", "the year 2021"), ("zh", "2021 年 2 月 30 日"),
])
def test_not_dates(lang, text):
    assert values(text, lang, "date") == []


def test_a_year_in_chinese_characters_is_the_year():
    """"二〇二三年" alone is the number 2023, as "2023年" is; a date in characters agrees with the same date in
    another version, and an ordinal in characters (第七十八届) is no year."""
    assert [(a.kind, a.value) for a in find_anchors("二〇二三年", "zh")] == [("number", "2023")]
    assert compare_anchors(find_anchors("二〇二三年", "zh"), find_anchors("2023年", "zh")).agree
    assert compare_anchors(find_anchors("于二〇二一年三月二十五日和二十六日举行", "zh"),
                           find_anchors("held on 25 and 26 March 2021", "en")).agree
    assert values("二〇二三年二月三十日", "zh", "date") == []
    assert [(a.kind, a.value) for a in find_anchors("第七十八届会议", "zh")] == [("ordinal", "78")]


def test_impossible_day_is_left_a_number():
    assert [(a.kind, a.value) for a in find_anchors("31 February 2021", "en")] == [
        ("number", "31"), ("date", "2021-02")
    ]


# ---------------------------------------------------------------------------
# Articles

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "contained in article 2 (b) of the Convention", ["2(b)"]),
    ("en", "in particular article 16, on extradition", ["16"]),
    ("en", "articles 16 and 18", ["16", "18"]),
    ("en", "articles 16, 18 and 19", ["16", "18", "19"]),
    ("en", "subparagraph (b) of article 2", ["2(b)"]),
    ("fr", "figurant à l'article 2 b) de la Convention", ["2(b)"]),
    ("fr", "(article 17 de la Convention)", ["17"]),
    ("fr", "les articles 16 et 18", ["16", "18"]),
    ("fr", "conformément à l'article premier de la Convention", ["1"]),  # the first article in words
    ("fr", "Article premier", ["1"]),
    ("fr", "le premier rapport", []),
    ("es", "del artículo 19 de la Convención", ["19"]),
    ("es", "su artículo 2 b), así", ["2(b)"]),
    ("ru", "статьи 2 Конвенции", ["2"]),
    ("ru", "(статья 17 Конвенции)", ["17"]),
    ("ru", "статьей 20", ["20"]),
    ("ru", "содержащегося в пункте (b) статьи 2 Конвенции", ["2(b)"]),
    ("ru", "статьи 16 и 18", ["16", "18"]),
    ("ar", "(المادة 17 من اتفاقية", ["17"]),
    ("ar", "الوارد في المادة 2 (ب) من الاتفاقية", ["2(b)"]),
    ("ar", "المادتين 16 و18", ["16", "18"]),
    ("ar", "الفقرة الفرعية (ج) من المادة 2", ["2(c)"]),
    ("zh", "关于引渡的第 16 条", ["16"]),
    ("zh", "《公约》第 2 条(b)项所载", ["2(b)"]),
    ("zh", "第2条（b）项", ["2(b)"]),
    ("zh", "第17条", ["17"]),
    ("zh", "第二十条", ["20"]),
    ("en", "an article of 2021", []),
])
def test_articles(lang, text, expected):
    assert values(text, lang, "article") == expected


def test_article_number_is_not_also_a_number():
    assert kinds("articles 16 and 18", "en") == ["article", "article"]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "LE 14 DÉCEMBRE 2022, À SA VINGTIÈME SESSION, ALINÉA B) DE L'ARTICLE 2",
     [("date", "2022-12-14"), ("ordinal", "20"), ("article", "2(b)")]),
    ("es", "El 14 De Diciembre De 2022, En Su Vigésimo Período De Sesiones",
     [("date", "2022-12-14"), ("ordinal", "20")]),
    ("ru", "14 ОКТЯБРЯ 2022 ГОДА, НА ДВАДЦАТОЙ СЕССИИ, ПУНКТ (B) СТАТЬИ 2",
     [("date", "2022-10-14"), ("ordinal", "20"), ("article", "2(b)")]),
    ("en", "AT ITS TWENTIETH SESSION, SUBPARAGRAPH (B) OF ARTICLE 2", [("ordinal", "20"), ("article", "2(b)")]),
])
def test_words_are_found_whatever_their_case(lang, text, expected):
    """Month names, ordinals and provisions in capitals (older documents, titles) or title case are found as in
    lower case (English month names excepted: "may" is no month)."""
    assert [(a.kind, a.value) for a in find_anchors(text, lang)] == expected


# ---------------------------------------------------------------------------
# Times of day (as an agenda's annotations and a journal give them: "at 10 a.m.", "上午10时", "à 10 heures",
# "a las 10.00 horas", "в 10 ч. 00 м.", "الساعة 10:00"), valued on the 24-hour clock

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "will be opened at 10 a.m. on Monday", ["10:00"]),
    ("en", "from 3 p.m. to 6 p.m.", ["15:00", "18:00"]),
    ("en", "at 10.30 a.m. and at 12 p.m.", ["10:30", "12:00"]),
    ("en", "at 12 a.m.", ["00:00"]),
    # a range whose notation only its second hour carries: the first in the same half of the day, if not later
    ("en", "from 3 to 6 p.m.", ["15:00", "18:00"]),
    ("en", "3-6 p.m.", ["15:00", "18:00"]),
    ("en", "between 10 and 11.30 a.m.", ["10:00", "11:30"]),
    ("en", "from 10 to 1 p.m.", ["10:00", "13:00"]),
    ("en", "from 11 to 12 p.m.", ["11:00", "12:00"]),
    ("en", "at 12 noon", ["12:00"]),
    ("en", "from 10 to 12 noon", ["10:00", "12:00"]),
    ("en", "at 12 midnight", ["00:00"]),
    ("fr", "à midi", ["12:00"]),
    ("fr", "de midi à 15 heures", ["12:00", "15:00"]),
    ("es", "al mediodía", ["12:00"]),
    ("ru", "в полдень", ["12:00"]),
    ("zh", "将于上午10时开幕", ["10:00"]),
    ("zh", "下午3时至6时", ["15:00", "18:00"]),  # the second hour in the first's half of the day
    ("zh", "上午10时至下午1时", ["10:00", "13:00"]),
    ("zh", "下午3时开会，6时散会", ["15:00", "18:00"]),  # a later hour of the same sentence: the same half of the day
    ("zh", "第一次会议下午3时开会。第二次会议10时开会。", ["15:00", "10:00"]),  # not over a sentence's end
    ("zh", "下午3时开会，1时散会", ["15:00", "01:00"]),  # nor to an earlier hour
    ("zh", "下午3时30分", ["15:30"]),
    ("zh", "于15:00开幕", ["15:00"]),
    ("fr", "s'ouvrira à 10 heures", ["10:00"]),
    ("fr", "de 10 heures à 13 heures", ["10:00", "13:00"]),
    ("fr", "à 15 h 30", ["15:30"]),
    ("fr", "la séance de 15h30", ["15:30"]),
    ("fr", "La séance est ouverte à 10 h 5.", ["10:05"]),  # as the verbatim records write it
    ("es", "a las 10.00 horas", ["10:00"]),
    ("es", "de las 10 a las 13 horas", ["10:00", "13:00"]),
    ("es", "15.00 horas", ["15:00"]),
    ("es", "de 10.00 a 13.00 horas y de 15.00 a 18.00 horas", ["10:00", "13:00", "15:00", "18:00"]),
    ("es", "de las 10.00 a las 13.00 horas", ["10:00", "13:00"]),
    ("fr", "de 15 à 18 heures", ["15:00", "18:00"]),
    ("ru", "с 10 до 13 ч. 00 м.", ["10:00", "13:00"]),
    ("ru", "в 10 ч. 00 м.", ["10:00"]),
    ("ru", "в 15 ч. 30 мин.", ["15:30"]),
    ("ru", "в 10 ч.", ["10:00"]),
    ("ru", "в 10 часов", ["10:00"]),
    ("ru", "начнется в 3 часа", ["03:00"]),
    ("ar", "الساعة 10:00", ["10:00"]),
    ("ar", "و15:00", ["15:00"]),
    ("ar", "والساعة 11 صباحا", ["11:00"]),
    # UN Arabic writes the minutes before the hour, after a slash
    ("ar", "في الساعة 00/15", ["15:00"]),
    ("ar", "الساعة 30/14", ["14:30"]),
    ("ar", "من الساعة 00/10 إلى الساعة 00/13", ["10:00", "13:00"]),
    ("ar", "الساعة 30/9 صباحا", ["09:30"]),
    ("ar", "الساعة 00/5 مساء", ["17:00"]),
])
def test_times(lang, text, expected):
    assert values(text, lang, "time") == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "within 24 hours"),
    ("en", "10.30 per cent"),
    ("zh", "在10小时内"),
    ("zh", "以下3点"),
    ("fr", "dans un délai de 12 heures"),
    ("fr", "pendant 3 heures"),
    ("es", "en un plazo de 24 horas"),
    ("es", "en un plazo de 12 horas"),  # hours with no minutes and no "las": a number of hours
    ("es", "durante 10 horas de debate"),
    ("en", "the noon briefing"),  # noon and midnight only after the hour in English, after a preposition elsewhere
    ("fr", "cet après-midi"),
    ("fr", "le Midi de la France"),
    ("ru", "полдень"),
    ("es", "10.00 dólares"),
    ("ru", "в течение 10 часов"),
    ("ru", "в течение 24 ч."),
    ("ru", "в течение 12 часов"),
    ("ru", "за 2 часа до начала"),
    ("ar", "خلال 24 ساعة"),
    ("ar", "القرار 30/14"),  # (a resolution's number, with no word for the hour before it)
    ("en", "25:00 and 10:75"),  # no such time
    ("en", "a ratio of 3:1 and the score 10:00:05"),
])
def test_hours_that_are_no_time_of_day(lang, text):
    assert values(text, lang, "time") == []


def test_numbers_a_few_words_before_a_time_are_no_range():
    assert values("items 2 and 3 at 5 p.m.", "en", "time") == ["17:00"]
    assert values("items 2 and 3 at 5 p.m.", "en", "number") == ["2", "3"]


@pytest.mark.parametrize("texts", [
    {"en": "at 3 p.m.", "zh": "下午3时", "fr": "à 15 heures", "es": "a las 15.00 horas", "ru": "в 15 ч. 00 м.",
     "ar": "الساعة 15:00"},
    {"en": "at 10.30 a.m.", "zh": "上午10时30分", "fr": "à 10 h 30", "es": "a las 10.30 horas", "ru": "в 10 ч. 30 м.",
     "ar": "الساعة 10:30"},
    {"en": "at 12 noon", "zh": "中午12时", "fr": "à midi", "es": "a las 12.00 horas", "ru": "в 12 ч. 00 м.",
     "ar": "الساعة 12:00 ظهرا"},
    {"en": "at 2.30 p.m.", "zh": "下午2时30分", "fr": "à 14 h 30", "es": "a las 14.30 horas", "ru": "в 14 ч. 30 м.",
     "ar": "الساعة 30/14"},
    {"en": "from 10 a.m. to 1 p.m. and from 3 to 6 p.m.", "zh": "上午10时至下午1时和下午3时至6时",
     "fr": "de 10 heures à 13 heures et de 15 à 18 heures", "es": "de 10.00 a 13.00 horas y de 15.00 a 18.00 horas",
     "ru": "с 10 ч. 00 м. до 13 ч. 00 м. и с 15 ч. 00 м. до 18 ч. 00 м.",
     "ar": "من الساعة 10:00 إلى الساعة 13:00 ومن الساعة 15:00 إلى الساعة 18:00"},
])
def test_a_time_agrees_in_the_six_languages(texts):
    found = {lang: [(a.kind, a.value) for a in find_anchors(text, lang)] for lang, text in texts.items()}
    assert len({tuple(v) for v in found.values()}) == 1 and found["en"][0][0] == "time"


# ---------------------------------------------------------------------------
# Ordinals

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "at its twelfth meeting", ["12"]),
    ("en", "thirteenth", ["13"]),
    ("en", "the twentieth anniversary", ["20"]),
    ("en", "eighth, ninth and tenth meetings", ["8", "9", "10"]),
    ("en", "its twenty-first session", ["21"]),
    ("en", "its thirty-first session", ["31"]),
    ("en", "at its third session", ["3"]),
    ("en", "its first session", ["1"]),
    ("en", "its second regular session", ["2"]),
    ("en", "first of all", []),
    ("en", "the 12th meeting", ["12"]),
    ("fr", "à sa douzième réunion", ["12"]),
    ("fr", "treizième", ["13"]),
    ("fr", "le vingtième anniversaire", ["20"]),
    ("fr", "sa vingt et unième session", ["21"]),
    ("fr", "sa soixante-dix-septième session", ["77"]),
    ("fr", "sa première session", ["1"]),
    ("fr", "le Premier Ministre", []),
    ("fr", "la 12e réunion", ["12"]),
    ("es", "en su 12ª reunión", ["12"]),
    ("es", "en su 13.ª reunión", ["13"]),
    ("es", "la duodécima reunión", ["12"]),
    ("es", "el vigésimo aniversario", ["20"]),
    ("es", "en sus reuniones octava, novena y décima", ["8", "9", "10"]),
    ("es", "su vigésimo primer período de sesiones", ["21"]),
    ("es", "la decimotercera reunión", ["13"]),
    ("es", "su primer período de sesiones", ["1"]),
    ("es", "en primer lugar", []),
    ("ru", "на ее двенадцатом совещании", ["12"]),
    ("ru", "с тринадцатым совещанием", ["13"]),
    ("ru", "двадцатой годовщины", ["20"]),
    ("ru", "на своей третьей сессии", ["3"]),
    ("ru", "на ее двадцать первой сессии", ["21"]),
    ("ru", "на ее первой сессии", ["1"]),
    ("ru", "в первую очередь", []),
    ("ru", "на 12-м совещании", ["12"]),
    ("ar", "في اجتماعه الثاني عشر", ["12"]),
    ("ar", "الاجتماع الثالث عشر", ["13"]),
    ("ar", "بالذكرى السنوية العشرين", ["20"]),
    ("ar", "اجتماعاته الثامن والتاسع والعاشر", ["8", "9", "10"]),
    ("ar", "في دورته الثالثة", ["3"]),
    ("ar", "دورته الحادية والعشرين", ["21"]),
    ("ar", "في دورته الأولى", ["1"]),
    ("ar", "في تشرين الأول/أكتوبر", []),
    ("ar", "في المرفق الثالث لهذا القرار", []),
    ("ar", "المرفق الثاني", []),
    ("zh", "第十二次会议", ["12"]),
    ("zh", "第十三次", ["13"]),
    ("zh", "通过二十周年", ["20"]),
    ("zh", "第八次、第九次和第十次会议", ["8", "9", "10"]),
    ("zh", "在其第三届会议上", ["3"]),
    ("zh", "第 12 次会议", ["12"]),
    ("zh", "第一次会议", ["1"]),
    ("zh", "根据第三委员会的报告", ["3"]),
    ("en", "on the report of the Third Committee", ["3"]),
    ("zh", "第3条", []),
    # "third" of third parties and third States is no place in a count (Chinese 第三方, French les tiers)
    ("en", "the rights of bona fide third parties", []),
    ("en", "transfers to third countries", []),
    ("en", "at its third session", ["3"]),
    ("es", "los derechos de terceros de buena fe", []),
    ("es", "terceros Estados", []),
    ("es", "su tercer período de sesiones", ["3"]),
    ("ru", "права добросовестных третьих сторон", []),
    ("ru", "согласие третьей стороны", []),
    ("ar", "حقوق الأطراف الثالثة الحسنة النية", []),
    ("ar", "للأطراف الثالثة", []),
    ("ar", "للدورة الثالثة", ["3"]),
    # centuries (二十一世纪 has no ordinal) and fractions are no places in a count either
    ("en", "in the twenty-first century", []),
    ("en", "in the 21st century", []),
    ("en", "two thirds of the States parties", []),
    ("fr", "au vingt et unième siècle", []),
    ("es", "en el vigésimo primer siglo", []),
    ("ru", "в двадцать первом веке", []),
    ("ar", "في القرن الحادي والعشرين", []),
    # the Chinese ordinal with other counters than those of meetings
    ("zh", "第三个审议周期", ["3"]),
    ("zh", "第三阶段", ["3"]),
    ("zh", "第十八条第三款", ["3"]),  # paragraph 3 (of article 18), 第5段, 第三项: compared with the number
    ("zh", "第5段", ["5"]),
    ("zh", "2021年第四季度", ["4"]),
    ("zh", "第三章", []),
    # "first" and "second" of a phase, cycle or round, as 第二阶段, 第一轮 count them; not the early stages
    ("en", "the second phase", ["2"]),
    ("en", "the first review cycle", ["1"]),
    ("fr", "la deuxième phase", ["2"]),
    ("es", "la primera fase", ["1"]),
    ("ru", "на первом этапе", ["1"]),
    ("ar", "المرحلة الثانية", ["2"]),
    ("en", "at the first stages", []),
    ("fr", "dès les premières étapes", []),
    ("fr", "une première étape", []),  # (as often a first step)
    ("ru", "первые этапы", []),
    ("ar", "المراحل الأولى", []),
])
def test_ordinals(lang, text, expected):
    assert values(text, lang, "ordinal") == expected


# ---------------------------------------------------------------------------
# Numbers

@pytest.mark.parametrize("lang, text, expected", [
    ("en", "39,574", ["39574"]),
    ("en", "39 574", ["39574"]),
    ("en", f"39{NBSP}574", ["39574"]),
    ("fr", f"no 39{NBSP}574", ["39574"]),
    ("fr", "1\u202f000\u202f000", ["1000000"]),
    ("es", "39.574", ["39574"]),
    ("es", "1.234.567 dólares", ["1234567"]),
    ("es", "el 12.5 y 1.234", ["12.5", "1234"]),
    ("es", "1.234,5 millones", ["1234500000"]),  # the whole quantity (see test_numbers_scaled_by_a_word)
    ("fr", "2,5", ["2.5"]),
    ("es", "2,5", ["2.5"]),
    ("ru", "2,5", ["2.5"]),
    ("en", "2.5", ["2.5"]),
    ("en", "vols. 2237, 2241 and 2326", ["2237", "2241", "2326"]),
    ("fr", "vol. 2237, 2241 et 2326", ["2237", "2241", "2326"]),
    ("ru", "тт. 2237, 2241 и 2326", ["2237", "2241", "2326"]),
    ("zh", "第 2237、2241 和 2326 卷", ["2237", "2241", "2326"]),
    ("ar", "المجلدات 2237 و2241 و2326", ["2237", "2241", "2326"]),
    ("en", "paras. 2-4", ["2", "4"]),
    ("en", "paras. 2–4", ["2", "4"]),
    ("fr", "par. 2 à 4", ["2", "4"]),
    ("es", "párrs. 2 a 4", ["2", "4"]),
    ("ar", "الفقرات ٢-٤", ["2", "4"]),
    ("ar", "الرقم ٣٩٥٧٤", ["39574"]),
    ("ar", "الرقم ۳۹۵۷۴", ["39574"]),
    ("ar", "٢٫٥", ["2.5"]),
    ("zh", "第 ３９５７４ 号", ["39574"]),
    ("en", "the coronavirus disease (COVID-19) pandemic", []),
    ("ar", "جائحة كوفيد-19", []),
    ("zh", "2019 冠状病毒病（COVID-19）大流行", []),
    ("en", "in 2019 the group met", ["2019"]),
    ("en", "in the 1990s and 2000s", ["1990", "2000"]),  # as "1990年代", "les années 1990"
    ("en", "DSM-5s and 1234s", []),
    ("en", "WG.3 met", []),
    ("en", "item 07", ["7"]),
    ("en", "0.5 and 0", ["0.5", "0"]),
])
def test_numbers(lang, text, expected):
    assert values(text, lang, "number") == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "1.5 million dollars", "1500000"), ("zh", "150万美元", "1500000"), ("fr", "1,5 million de dollars", "1500000"),
    ("es", "1,5 millones de dólares", "1500000"), ("ru", "1,5 млн. долл. США", "1500000"),
    ("ru", "1,5 миллиона долларов", "1500000"), ("ar", "1.5 مليون دولار", "1500000"),
    ("ar", "1,5 مليون دولار", "1500000"),  # (the decimal comma of UN Arabic)
    ("en", "2.3 billion", "2300000000"), ("zh", "23亿", "2300000000"), ("fr", "2,3 milliards", "2300000000"),
    ("es", "2.300 millones", "2300000000"), ("es", "2,3 mil millones", "2300000000"),
    ("ru", "2,3 млрд", "2300000000"), ("ar", "2.3 بليون", "2300000000"), ("ar", "2.3 مليار", "2300000000"),
    ("en", "150 million", "150000000"), ("zh", "1.5亿", "150000000"), ("zh", "5万人", "50000"),
    ("fr", "1 billion", "1000000000000"),  # a million million in French, as in Spanish
    ("en", "50 thousand", "50000"), ("ru", "50 тыс. долл. США", "50000"), ("ru", "50 тысяч", "50000"),
    ("es", "50 mil dólares", "50000"), ("ar", "50 ألف دولار", "50000"), ("zh", "5千人", "5000"),
    ("zh", "10千米", "10"),  # (a kilometre, 千米, is no thousand)
])
def test_numbers_scaled_by_a_word(lang, text, expected):
    """A number scaled by a word is the whole quantity, so that "1.5 million" and "150万" agree."""
    assert values(text, lang, "number") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("بلغ 12,75 في المائة", ["12.75"]), ("2,500 مشارك", ["2500"]), ("1,500.25 دولار", ["1500.25"]),
    ("من 5 إلى 10 مشاركين", ["5", "10"]),
])
def test_an_arabic_comma_between_figures_is_a_decimal_comma_before_one_or_two_digits(text, expected):
    assert values(text, "ar", "number") == expected


@pytest.mark.parametrize("text, expected", [
    ("رصد مبلغ 500 1 دولار", ["1500"]), ("خصص 000 500 1 دولار", ["1500000"]), ("خصص 500 12 دولار", ["12500"]),
    ("رصد مبلغ 1 500 دولار", ["1500"]),  # (in reading order, as a text typed or converted from Word has it)
    ("بين 100 200 و", ["100200"]),  # (groups of three either way: read as written)
    ("عام 2024 5", ["2024", "5"]), ("500 1,5", ["500", "1.5"]),
])
def test_arabic_thousands_in_a_pdfs_visual_order_are_read_right_to_left(text, expected):
    """A PDF gives "1 500" in an Arabic line as "500 1", its groups in visual order: a last group of fewer than three
    digits shows it, and the number is read back (a first group of fewer than three digits is the reading order)."""
    assert values(text, "ar", "number") == expected


def test_an_arabic_sum_in_visual_order_agrees_with_the_english():
    assert compare_anchors(find_anchors("1,500,000 dollars", "en"),
                           find_anchors("مبلغ 000 500 1 دولار", "ar")).agree


@pytest.mark.parametrize("texts", [
    {"en": "since the 1990s", "zh": "自20世纪90年代以来", "fr": "depuis les années 1990", "es": "desde el decenio de 1990",
     "ru": "с 1990-х годов", "ar": "منذ التسعينيات"},
    {"en": "since the 1990s", "zh": "自上世纪九十年代以来", "fr": "depuis les années quatre-vingt-dix",
     "es": "desde los años noventa", "ru": "с 90-х годов", "ar": "منذ تسعينات القرن الماضي"},
    {"en": "since the 1990s", "zh": "自90年代以来", "fr": "depuis les années 90", "es": "desde los años noventa",
     "ru": "с 90-х годов", "ar": "منذ التسعينات"},
])
def test_a_decade_agrees_in_the_six_languages(texts):
    """A decade is valued as its first year, however each language writes it."""
    found = {lang: find_anchors(text, lang) for lang, text in texts.items()}
    assert all(compare_anchors(found["en"], anchors).agree for anchors in found.values())
    assert [(a.kind, a.value) for a in found["en"]] == [("number", "1990")]


@pytest.mark.parametrize("ar", ["في عشرينيات القرن الحادي والعشرين", "في العشرينات من هذا القرن",
                                "في عشرينيات القرن الحالي"])
@pytest.mark.parametrize("zh", ["在21世纪20年代", "在本世纪20年代"])
def test_a_decade_of_this_century_agrees_in_the_six_languages(zh, ar):
    """The 2020s, where Chinese and Arabic name the century after the decade's tens ("عشرينيات" alone is the 1920s)."""
    texts = {"en": "in the 2020s", "zh": zh, "fr": "dans les années 2020", "es": "en la década de 2020",
             "ru": "в 2020-х годах", "ar": ar}
    found = {lang: find_anchors(text, lang) for lang, text in texts.items()}
    assert all(compare_anchors(found["en"], anchors).agree for anchors in found.values())
    assert [a.value for a in found["ar"]] == ["2020"]


@pytest.mark.parametrize("lang, text", [("es", "90 años"), ("zh", "3.50年代"), ("ar", "ستين دولة"), ("fr", "trente années")])
def test_no_decade(lang, text):
    assert not [value for value in values(text, lang, "number") if value.isdigit() and len(value) == 4]  # no year


def test_normalise_digits_keeps_length():
    text = "٣٩٥٧٤ و۱۲ and ３９"
    assert normalise_digits(text) == "39574 و12 and 39"
    assert len(normalise_digits(text)) == len(text)


def test_folded_digits_keep_original_surface():
    (anchor,) = find_anchors("الرقم ٣٩٥٧٤", "ar")
    assert (anchor.value, anchor.text) == ("39574", "٣٩٥٧٤")


# ---------------------------------------------------------------------------
# Latin-script tokens

@pytest.mark.parametrize("lang, text, expected", [
    ("zh", "2019 冠状病毒病（COVID-19）大流行", ["COVID-19"]),
    ("zh", "在后 COVID-19 时代", ["COVID-19"]),
    ("zh", "国际刑事警察组织（INTERPOL）", ["INTERPOL"]),
    ("ar", "(SHERLOC)", ["SHERLOC"]),
    ("ru", "Управление (UNODC) и COVID-19", ["UNODC", "COVID-19"]),
    ("ru", "принципом ne bis in idem и", ["ne bis in idem"]),
    ("ru", "в приложении II к резолюции", []),
    ("ru", "b) государствам-участникам", []),
    ("ru", "aa) государствам-участникам", []),
    ("zh", "ＣＯＶＩＤ-19", ["COVID-19"]),
    ("en", "the COVID-19 pandemic and INTERPOL", []),
    ("fr", "le principe ne bis in idem", []),
    ("es", "SHERLOC", []),
])
def test_latin(lang, text, expected):
    assert values(text, lang, "latin") == expected


def test_latin_symbol_stays_a_symbol():
    assert kinds("CTOC/COP/WG.3/2021/3，第 2-4 段", "zh") == ["symbol", "number", "number"]


# ---------------------------------------------------------------------------
# Footnote markers

@pytest.mark.parametrize("raw, expected", [
    ("Transnational Organized Crime¹ and that", ["1"]),
    ("the Protocols thereto,²", ["2"]),
    ("recommendations³ for", ["3"]),
    ("note¹² here", ["12"]),
    ("a text[4] with a bracketed marker", ["4"]),
    ("عبر الوطنية⁽¹⁾ والبروتوكولات", ["1"]),  # Arabic texts bracket superscript markers
    ("الفريق العامل⁽¹²⁾،", ["12"]),
    ("an area of 10 km² and 5 m³", []),
    ("no markers at all", []),
])
def test_find_markers(raw, expected):
    assert [a.value for a in find_markers(raw)] == expected
    assert all(raw[a.start:a.end] == a.text for a in find_markers(raw))


def test_markers_in_running_text_are_markers():
    assert [(a.kind, a.value) for a in find_anchors("Crime¹ and 2 States", "en")] == [
        ("marker", "1"), ("number", "2")
    ]


# ---------------------------------------------------------------------------
# Invariants over every language

SAMPLES = [
    ("en", "Recalling its resolution 10/4 of 16 October 2020, article 2 (b), paras. 2–4, 39,574 and COVID-19"),
    ("zh", "回顾其 2020 年 10 月 16 日第 10/4 号决议，第 2 条(b)项，第 2-4 段，COVID-19"),
    ("ar", "وإذ يشير إلى قراره 10/4 المؤرخ 16 تشرين الأول/أكتوبر 2020، المادة 2 (ب)، الفقرات 2-4، كوفيد-19"),
    ("ru", "ссылаясь на свою резолюцию 10/4 от 16 октября 2020 года, пункт (b) статьи 2, пп. 2–4, COVID-19"),
    ("fr", "Rappelant sa résolution 10/4 du 16 octobre 2020, l'article 2 b), par. 2 à 4, 2,5"),
    ("es", "Recordando su resolución 10/4, de 16 de octubre de 2020, artículo 2 b), párrs. 2 a 4, 2,5"),
]


@pytest.mark.parametrize("lang, text", SAMPLES)
def test_anchors_are_ordered_non_overlapping_and_true_to_the_text(lang, text):
    anchors = find_anchors(text, lang)
    assert anchors, "every sample has anchors"
    for anchor in anchors:
        assert anchor.kind in KINDS
        assert text[anchor.start:anchor.end] == anchor.text
    for left, right in zip(anchors, anchors[1:]):
        assert left.end <= right.start


@pytest.mark.parametrize("lang, text", SAMPLES)
def test_samples_share_date_resolution_article(lang, text):
    got = {(a.kind, a.value) for a in find_anchors(text, lang) if a.kind in ("date", "resolution", "article")}
    assert got == {("date", "2020-10-16"), ("resolution", "10/4"), ("article", "2(b)")}


@pytest.mark.parametrize("lang", ["EN", "zh-CN", "fr_FR"])
def test_language_codes_are_forgiving(lang):
    assert values("10/4", lang, "resolution") == ["10/4"]


@pytest.mark.parametrize("lang", ["de", "", "english"])
def test_unknown_language(lang):
    with pytest.raises(InputError):
        find_anchors("text", lang)


def test_empty_text():
    assert find_anchors("", "en") == ()


# ---------------------------------------------------------------------------
# Comparison

def test_compare_ordinal_word_and_digits():
    result = compare_anchors(find_anchors("en su 12ª reunión", "es"), find_anchors("at its twelfth meeting", "en"))
    assert result.shared == (("number", "12"),)
    assert result.similarity == 1.0 and result.agree


def test_compare_no_evidence_is_not_agreement():
    result = compare_anchors((), ())
    assert result.similarity is None
    assert result.total == 0


def test_compare_is_a_multiset_dice():
    a = [Anchor("resolution", "5/8"), Anchor("resolution", "5/8"), Anchor("date", "2010-10-22")]
    b = [Anchor("resolution", "5/8"), Anchor("number", "3")]
    result = compare_anchors(a, b)
    assert result.shared == (("resolution", "5/8"),)
    assert result.only_a == (("date", "2010-10-22"), ("resolution", "5/8"))
    assert result.only_b == (("number", "3"),)
    assert result.similarity == pytest.approx(2 * 1 / 5)
    assert result.total == 5


def test_compare_ignores_latin_when_one_side_has_none():
    zh = find_anchors("2020 年 10 月 16 日，COVID-19", "zh")
    en = find_anchors("16 October 2020, COVID-19", "en")
    assert compare_anchors(zh, en).similarity == 1.0


def test_compare_uses_latin_when_both_sides_have_some():
    zh = find_anchors("国际刑警组织（INTERPOL）和 COVID-19", "zh")
    ru = find_anchors("Интерпол и COVID-19", "ru")
    result = compare_anchors(zh, ru)
    assert result.shared == (("latin", "COVID-19"),)
    assert result.only_a == (("latin", "INTERPOL"),)


@pytest.mark.parametrize("a, b", [
    (("根据议事规则第22条", "zh"), ("in accordance with rule 22 of the rules of procedure", "en")),
    (("in accordance with rule 22 of the rules of procedure", "en"), ("根据议事规则第22条", "zh")),
    (("в соответствии с правилом 22 правил процедуры", "ru"), ("conformément à l'article 22 du règlement intérieur", "fr")),
])
def test_an_article_on_one_side_and_the_same_number_on_the_other_agree(a, b):
    """One language names a provision with a word read as an article (第22条, "article 22"), another not ("rule 22")."""
    result = compare_anchors(find_anchors(*a), find_anchors(*b))
    assert result.agree and result.shared == (("number", "22"),)


@pytest.mark.parametrize("a, b", [
    (("entre 10 et 12 heures", "fr"), ("from 10 a.m. to 12 noon", "en")),
    (("с 10 до 12 часов", "ru"), ("上午10时至中午12时", "zh")),
    (("de 10 a 12 horas", "es"), ("de 10 heures à 12 heures", "fr")),
])
def test_hours_read_as_numbers_on_one_side_and_times_on_the_other_agree(a, b):
    """A notation that may count hours as well as tell the time is read as numbers; the other version's times on
    the hour agree with them."""
    result = compare_anchors(find_anchors(*a), find_anchors(*b))
    assert result.agree and result.shared == (("number", "10"), ("number", "12"))


@pytest.mark.parametrize("number, time", [("12", "13:00"), ("10", "10:30"), ("3", "15:00")])
def test_a_number_agrees_only_with_a_time_on_its_hour(number, time):
    assert not compare_anchors([Anchor("number", number)], [Anchor("time", time)]).agree


def test_a_range_of_articles_in_chinese_words():
    """第十六至十八条 names articles 16 and 18, as "articles 16 to 18" and "第16-18条" do."""
    zh = find_anchors("第十六至十八条", "zh")
    assert [(a.kind, a.value) for a in zh] == [("article", "16"), ("article", "18")]
    assert compare_anchors(zh, find_anchors("articles 16 to 18", "en")).agree
    assert compare_anchors(zh, find_anchors("第16-18条", "zh")).agree


def test_an_article_and_a_number_agree_only_on_the_same_value_and_count():
    a = [Anchor("article", "22"), Anchor("article", "23"), Anchor("number", "5")]
    b = [Anchor("number", "22"), Anchor("number", "22"), Anchor("article", "5")]
    result = compare_anchors(a, b)
    assert result.shared == (("number", "22"), ("number", "5"))
    assert result.only_a == (("article", "23"),) and result.only_b == (("number", "22"),)
    # an article's letter is part of its value: 2(b) is not the number 2
    assert not compare_anchors([Anchor("article", "2(b)")], [Anchor("number", "2")]).agree


def test_compare_restricted_to_kinds():
    a = [Anchor("number", "3"), Anchor("date", "2021-03-25")]
    b = [Anchor("number", "4"), Anchor("date", "2021-03-25")]
    assert compare_anchors(a, b, kinds={"date"}).similarity == 1.0
    assert compare_anchors(a, b, kinds={"number"}).similarity == 0.0
    with pytest.raises(InputError):
        compare_anchors(a, b, kinds={"numbers"})


# ---------------------------------------------------------------------------
# The sample corpus: six versions of resolution 11/1

def corpus_lines(lang: str) -> list[str]:
    return corpus_path(CORPUS, lang).read_text(encoding="utf-8").splitlines()


def corpus_line(lang: str, key: str) -> str:
    hits = [line for line in corpus_lines(lang) if key in line]
    assert len(hits) == 1, f"{lang}: {key!r} found {len(hits)} times"
    return hits[0]


# The same paragraph in each language, located by a phrase read in each text,
# with the date, resolution, article, ordinal and number values it states.
PARAGRAPHS = {
    "pp: decision 2/2": (
        {"en": "Recalling its decision 2/2", "fr": "Rappelant sa décision 2/2",
         "es": "Recordando su decisión 2/2", "ru": "ссылаясь на свое решение 2/2",
         "ar": "وإذ يشير إلى مقرره 2/2", "zh": "第 2/2 号决定"},
        {("date", "2005-10-19"), ("resolution", "2/2"), ("number", "3")},
    ),
    "pp: decision 4/2 and resolutions 5/8, 6/1, 7/4": (
        {"en": "Recalling its decision 4/2", "fr": "Rappelant sa décision 4/2",
         "es": "Recordando su decisión 4/2", "ru": "ссылаясь на свое решение 4/2",
         "ar": "مقرره 4/2", "zh": "第 4/2 号决定"},
        {("date", "2008-10-17"), ("date", "2010-10-22"), ("date", "2012-10-19"), ("date", "2014-10-10"),
         ("resolution", "4/2"), ("resolution", "5/8"), ("resolution", "6/1"), ("resolution", "7/4")},
    ),
    "op.1": (
        {"en": "1. Endorses", "fr": "1. Fait siennes", "es": "1. Hace suyas las", "ru": "1. одобряет",
         "ar": "1 - يقر", "zh": "1. 核可"},
        {("number", "1"), ("number", "12"), ("date", "2021-03-25"), ("date", "2021-03-26")},
    ),
    "op.2": (
        {"en": "2. Also endorses", "fr": "2. Fait également", "es": "2. Hace suyas también",
         "ru": "2. одобряет также", "ar": "2 - يقر أيضا", "zh": "2. 还核可"},
        {("number", "2"), ("number", "13"), ("date", "2022-05-23"), ("date", "2022-05-27")},
    ),
    "footnote 2": (
        {"en": "² Ibid.", "fr": "² Ibid.", "es": "² Ibid.", "ru": "² Там же", "ar": "² المرجع نفسه",
         "zh": "² 同上"},
        {("marker", "2"), ("number", "2237"), ("number", "2241"), ("number", "2326"), ("number", "39574")},
    ),
    "footnote 4": (
        {lang: "⁴ CTOC/COP/WG.2/2022/4" for lang in UN_LANGUAGES},
        {("marker", "4"), ("symbol", "CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4"), ("number", "7"),
         ("number", "10")},
    ),
    "annex II heading on article 17": (
        {"en": "Transfer of sentenced persons (article 17", "fr": "Transfèrement des personnes condamnées (",
         "es": "Traslado de personas condenadas (", "ru": "Передача осужденных лиц (",
         "ar": "نقل الأشخاص المحكوم عليهم (", "zh": "被判刑人员的移交（"},
        {("article", "17")},
    ),
}


@pytest.mark.parametrize("name", PARAGRAPHS)
@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_corpus_paragraph_values_agree_across_languages(name, lang):
    keys, expected = PARAGRAPHS[name]
    anchors = find_anchors(corpus_line(lang, keys[lang]), lang)
    got = {("number" if a.kind == "ordinal" else a.kind, a.value) for a in anchors if a.kind != "latin"}
    assert got == expected


@pytest.fixture(scope="module")
def corpus_anchors() -> dict[str, tuple[Anchor, ...]]:
    return {lang: find_anchors(corpus_path(CORPUS, lang).read_text(encoding="utf-8"), lang)
            for lang in UN_LANGUAGES}


def test_corpus_date_counts(corpus_anchors):
    # 9 dated decisions and resolutions in the preamble, then the two meetings' pairs of days
    # in op.1, op.2 and each annex's heading and introduction: 9 + 6 × 2 = 21 in every version.
    for lang, anchors in corpus_anchors.items():
        assert sum(a.kind == "date" for a in anchors) == 21, lang


def test_corpus_date_values(corpus_anchors):
    expected = Counter({"2005-10-19": 1, "2006-10-18": 1, "2008-10-17": 1, "2010-10-22": 1, "2012-10-19": 1,
                        "2014-10-10": 1, "2016-10-21": 1, "2018-10-19": 1, "2020-10-16": 1,
                        "2021-03-25": 3, "2021-03-26": 3, "2022-05-23": 3, "2022-05-27": 3})
    for lang, anchors in corpus_anchors.items():
        assert Counter(a.value for a in anchors if a.kind == "date") == expected, lang


def test_corpus_versions_agree_on_every_anchor_but_latin(corpus_anchors):
    english = corpus_anchors["en"]
    for lang, anchors in corpus_anchors.items():
        result = compare_anchors(anchors, english, kinds=set(KINDS) - {"latin"})
        assert result.agree, (lang, result.only_a, result.only_b)


def test_corpus_resolution_values(corpus_anchors):
    # read off the English text: 11/1 (title), the nine cited in the preamble, 5/8 twice in annex I,
    # 9/1 and 10/1 in annex II
    expected = ["11/1", "2/2", "3/2", "4/2", "5/8", "6/1", "7/4", "8/1", "9/3", "10/4", "5/8", "5/8", "9/1", "10/1"]
    assert [a.value for a in corpus_anchors["en"] if a.kind == "resolution"] == expected
    for lang, anchors in corpus_anchors.items():
        assert Counter(a.value for a in anchors if a.kind == "resolution") == Counter(expected), lang


# --- searching only where a match can begin ---------------------------------------------------------


def _random_texts(seed: int, count: int = 300) -> list[str]:
    pieces = ["1", "12", "2021", "3/4", "11/1", "(2023)", " ", "-", ".", ",", "/", "年", "月", "日", "第", "届", "条",
              "March", "mars", "A/RES/55/25", "CTOC/COP/WG.3", "UNODC", "a", "Ab", "1st", "2e", "3.º", "5-й", "١٢",
              "٢٠٢١", "२", "COVID-19", "冠状病毒病", "(", ")", "km²", "¹", "[2]", "\u00a0", "x1", "1x", "1.5", "1,5"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(count)]


def _scanned_patterns():
    """Each pattern find_anchors searches only where a number, Latin word or symbol begins, with that start."""
    yield _SYMBOL, _SYMBOL_START
    yield _RESOLUTION, _RESOLUTION_START
    yield _COUNCIL_RESOLUTION, _COUNCIL_RESOLUTION_START
    yield _ISO_DATE, _ISO_DATE_START
    yield _ZH_FULL, _ZH_YEAR_START
    yield _ZH_MONTH_YEAR, _ZH_YEAR_START
    yield _ZH_NO_YEAR, _ZH_MONTH_START
    for pattern in (_RESOLUTION, _COUNCIL_RESOLUTION, _ISO_DATE, _ZH_FULL, _ZH_NO_YEAR, _ZH_MONTH_YEAR,
                    *_NUMBER_RES.values(), *_NUMERIC_ORDINAL.values(),
                    *(p for dates in _DATE_RES.values() for p in (dates.full, dates.no_year))):
        yield pattern, _DIGITS_START


@pytest.mark.parametrize("seed", range(4))
def test_searching_from_possible_starts_finds_what_finditer_finds(seed):
    for text in _random_texts(seed):
        for pattern, starts in _scanned_patterns():
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in _matches(pattern, text, starts)] == expected, (pattern.pattern[:40], text)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # anchors of texts without a single digit: the searches that need one are skipped, these are not
        ("zh", "缔约方会议第十一届会议", [("ordinal", "11")]),
        ("zh", "《公约》第三条", [("article", "3")]),
        ("zh", "联合国毒品和犯罪问题办公室（UNODC）", [("latin", "UNODC")]),
        ("en", "at its twenty-first session", [("ordinal", "21")]),
        ("ar", "في دورته الحادية عشرة", [("ordinal", "11")]),
        ("fr", "la Convention¹", [("marker", "1")]),
    ],
)
def test_anchors_without_digits(lang, text, expected):
    assert [(a.kind, a.value) for a in find_anchors(text, lang)] == expected


def test_chinese_ordinals_and_anniversaries_searched_apart_find_what_one_search_finds():
    both = re.compile(f"{_ZH_ORDINAL.pattern}|{_ZH_ANNIVERSARY.pattern}")
    rng = random.Random(5)
    pieces = ["第", "十", "一", "二", "3", "12", " ", "届", "次", "周年", "周", "年", "会议", "〇"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        expected = [(m.start(), m.end(), m.group(1) or m.group(2)) for m in both.finditer(text)]
        ordinals = [a for a in find_anchors(text, "zh") if a.kind == "ordinal"]
        assert len(ordinals) <= len(expected), text
        found = sorted([*_ZH_ORDINAL.finditer(text), *_ZH_ANNIVERSARY.finditer(text)], key=lambda m: m.start())
        assert [(m.start(), m.end(), m.group(1)) for m in found] == expected, text


def test_overlapping_candidates_resolve_by_precedence_then_length():
    # a date's year is not also a number; a symbol's digits are not numbers; a resolution is not a date
    anchors = find_anchors("resolution 11/1 of 25 March 2021, see CTOC/COP/2020/10 and 2,500", "en")
    assert [(a.kind, a.value) for a in anchors] == [
        ("resolution", "11/1"), ("date", "2021-03-25"), ("symbol", "CTOC/COP/2020/10"), ("number", "2500")]


# --- comparing anchors -----------------------------------------------------------------------------------


def _reference_comparison(a, b, kinds=None):
    """compare_anchors written with multisets (Counter arithmetic)."""
    use_latin = any(x.kind == "latin" for x in a) and any(x.kind == "latin" for x in b)

    def keys(anchors):
        return Counter(("number" if x.kind == "ordinal" else x.kind, x.value) for x in anchors
                       if (kinds is None or x.kind in kinds) and (x.kind != "latin" or use_latin))

    left, right = keys(a), keys(b)
    shared, only_left, only_right = left & right, left - right, right - left
    # an article on one side and the same number on the other count as one number
    for articles, numbers in ((only_left, only_right), (only_right, only_left)):
        for kind, value in list(articles):
            n = min(articles[kind, value], numbers["number", value]) if kind == "article" else 0
            articles[kind, value] -= n
            numbers["number", value] -= n
            shared["number", value] += n
    size = sum(left.values()) + sum(right.values())
    return (tuple(sorted(shared.elements())), tuple(sorted(only_left.elements())),
            tuple(sorted(only_right.elements())), 2 * sum(shared.values()) / size if size else None)


@pytest.mark.parametrize("seed", range(3))
def test_compare_anchors_counts_each_value_as_often_as_it_occurs(seed):
    rng = random.Random(seed)
    for _ in range(2000):
        a, b = ([Anchor(rng.choice(KINDS), rng.choice(["1", "2", "10", "UN", "2021-03-25"]))
                 for _ in range(rng.randint(0, 6))] for _ in range(2))
        kinds = rng.choice([None, {"number", "date"}, {"latin"}, {"ordinal", "number"}])
        result = compare_anchors(a, b, kinds=kinds)
        assert (result.shared, result.only_a, result.only_b, result.similarity) == _reference_comparison(a, b, kinds)


# --- several texts searched together ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang, texts",
    [
        # what one text ends with and the next begins with must not make an anchor together
        ("zh", ["会议于 2021 年", "3 月 25 日举行", "第", "十一届会议"]),
        ("en", ["see A/RES", "/55/25 and 1", ",000 people", "on 25", " March 2021"]),
        ("fr", ["la vingt", "-deuxième session", "le 1", "er janvier"]),
        ("ru", ["статьи", " 5", "12", "-й сессии"]),
        # a look back from the start of a text sees nothing before it
        ("ar", ["في الدورة", "الأولى", "المرفق", "الثاني", "الدورة الأولى"]),
        ("zh", ["", "１２３", "", "\x00", "a\x00b 12\x00", "COVID-19", "2019 冠状病毒病"]),
        ("en", []),
    ],
)
def test_texts_searched_together_give_what_each_gives_alone(lang, texts):
    assert find_anchors_each(texts, lang) == [find_anchors(text, lang) for text in texts]


def test_texts_searched_together_on_the_sample():
    for lang in UN_LANGUAGES:
        lines = corpus_path(CORPUS, lang).read_text(encoding="utf-8").split("\n")
        alone = [find_anchors(line, lang) for line in lines]
        assert find_anchors_each(lines, lang) == alone
        assert any(alone)
        assert find_anchors_each(["\n".join(lines)], lang) == [find_anchors("\n".join(lines), lang)]


@pytest.mark.parametrize("seed", range(3))
def test_texts_searched_together_random(seed):
    rng = random.Random(seed)
    texts = _random_texts(seed, 400) + ["第", "十", "周年", "2021 年", "3 月", "A/RES", "/1", "first", " session"]
    for _ in range(200):
        chosen = [rng.choice(texts) for _ in range(rng.randint(1, 8))]
        lang = rng.choice(UN_LANGUAGES)
        assert find_anchors_each(chosen, lang) == [find_anchors(text, lang) for text in chosen], (lang, chosen)


def test_separated_texts_differ_from_one_joined_text():
    # the check above can fail: joined without a separator, neighbouring texts do make anchors together
    assert [a.value for a in find_anchors("会议于 2021 年3 月 25 日举行", "zh")] == ["2021-03-25"]
    assert find_anchors_each(["会议于 2021 年", "3 月 25 日举行"], "zh") == [
        (Anchor("number", "2021", "2021", 4, 8),), (Anchor("date", "--03-25", "3 月 25 日", 0, 8),)]
    assert [a.value for a in find_anchors("في الدورة الأولى", "ar")] == ["1"]
    assert find_anchors_each(["في الدورة", "الأولى"], "ar") == [(), ()]


def test_a_number_reaching_into_another_anchor_is_dropped_whole():
    # "1 000" (a grouped number) begins inside the resolution number 11/1: neither it nor its tail "000" is a number
    assert [(a.kind, a.value) for a in find_anchors("resolution 11/1 000 people", "en")] == [("resolution", "11/1")]
    assert [(a.kind, a.value) for a in find_anchors("resolution 11/1 and 1 000 people", "en")] == [
        ("resolution", "11/1"), ("number", "1000")]


@pytest.mark.parametrize(("lang", "cover"), [
    ("zh", "大 会 Distr.: Limited 22 May 2025"),
    ("ru", "Генеральная Ассамблея Distr.: Limited 22 May 2025"),
    ("ar", "الجمعية العامة Distr.: Limited 22 May 2025"),
    ("fr", "Assemblée générale Distr. limitée 22 May 2025"),
])
def test_the_english_date_of_a_cover_page_is_a_date_in_every_version(lang, cover):
    """Every language version dates its cover in English, as the English version does: the same date, not two
    numbers that differ from the English one's."""
    found = [(a.kind, a.value) for a in find_anchors(cover, lang) if a.kind != "latin"]
    assert found == [("date", "2025-05-22")] == [(a.kind, a.value) for a in find_anchors(
        "General Assembly Distr.: Limited 22 May 2025", "en")]


def test_a_chinese_text_in_traditional_characters_gives_the_anchors_of_its_simplified_form():
    """第19條, 第三屆, 二十週年, 第 11/1 號決議, 2019冠狀病毒病: the same kinds and values as in Simplified characters."""
    import corpora
    from aligner.tokens import load_opencc

    simplified = corpora.load("untoc-cop-res-11-1", "zh").text
    traditional = load_opencc("s2t").convert(simplified)
    assert "條" in traditional and "屆" in traditional and "週年" in traditional
    found = [(a.kind, a.value) for a in find_anchors(traditional, "zh")]
    assert found == [(a.kind, a.value) for a in find_anchors(simplified, "zh")]
    assert ("article", "19") in found and ("ordinal", "20") in found


def test_a_century_is_no_anchor_in_any_language():
    """二十一世纪, 21世纪 and the twenty-first century: neither an ordinal nor a number, as no version counts with it."""
    assert kinds("迎接21世纪的挑战", "zh") == kinds("迎接二十一世纪的挑战", "zh") == []
    assert kinds("the challenges of the 21st century", "en") == kinds("in the twenty-first century", "en") == []
