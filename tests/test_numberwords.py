"""Cardinal numbers written in words (aligner.numberwords), in the six languages."""

from __future__ import annotations

import pytest

from aligner.numberwords import written_in_words

WRITTEN = [
    (45, "Forty-five experts attended.", "en"), (45, "forty five experts", "en"), (12, "twelve States", "en"),
    (45, "Quarante-cinq experts de 30 États", "fr"), (71, "soixante et onze", "fr"), (71, "soixante-et-onze", "fr"),
    (80, "quatre-vingts pays", "fr"), (92, "quatre-vingt-douze", "fr"), (21, "vingt et une délégations", "fr"),
    (17, "dix-sept", "fr"),
    (45, "Cuarenta y cinco expertos", "es"), (21, "veintiún países", "es"), (16, "dieciséis", "es"),
    (45, "Сорок пять экспертов", "ru"), (45, "сорока пяти экспертов", "ru"), (3, "трёх экспертов", "ru"),
    (3, "трех экспертов", "ru"), (8, "восьми государств", "ru"), (90, "девяноста", "ru"),
    (45, "حضر الاجتماع خمسة وأربعون خبيرا", "ar"), (45, "خمسة وأربعين", "ar"), (3, "ثلاثة خبراء", "ar"),
    (13, "ثلاثة عشر بلدا", "ar"), (20, "بعشرين دولة", "ar"), (2, "اثنين من الخبراء", "ar"),
    (45, "来自三十个国家的四十五名专家", "zh"), (30, "来自三十个国家的四十五名专家", "zh"), (2, "两项决议", "zh"),
    (12, "十二个国家", "zh"), (50, "百分之五十的缔约国", "zh"), (2, "百分之二", "zh"),
]
NOT_WRITTEN = [
    (45, "forty experts", "en"), (5, "fifteen", "en"), (4, "fortyfour", "en"), (4, "quatorze", "fr"),
    (1, "un expert", "fr"), (1, "one", "en"), (7, "семьдесят", "ru"), (5, "пятнадцать", "ru"),
    (3, "第三次会议", "zh"), (3, "三", "zh"), (45, "四十五", "zh"), (6, "ستين", "ar"), (100, "hundred", "en"),
    (5, "百分之五十", "zh"), (50, "百分之五十点五", "zh"),  # (part of a percentage; 50.5 per cent)
]


@pytest.mark.parametrize("number, text, lang", WRITTEN)
def test_numbers_written_in_words(number: int, text: str, lang: str) -> None:
    assert written_in_words(number, text, lang)


@pytest.mark.parametrize("number, text, lang", NOT_WRITTEN)
def test_other_numbers_and_words(number: int, text: str, lang: str) -> None:
    # an ordinal (第三), a numeral with no measure word, a number of which it is a part, and "one", which is as
    # often an article, are no spelling of the number
    assert not written_in_words(number, text, lang)
