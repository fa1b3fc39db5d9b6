"""Citation forms of Russian and Arabic terms (expected forms written by hand, from Russian and Arabic grammar)."""

from __future__ import annotations

import pytest

from glossary.citation import arabic_citation, citation_form, russian_citation
from glossary.extract import extract_candidates

# -- Russian ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase, cited", [
    # adjectives agree with the head in the nominative singular
    ("организованной преступности", "организованная преступность"),
    ("транснациональной организованной преступности", "транснациональная организованная преступность"),
    ("совместных следственных органов", "совместный следственный орган"),
    ("тринадцатом совещании", "тринадцатое совещание"),
    ("компетентными органами", "компетентный орган"),
    # the words after the head stay as they are: genitive complements, prepositional phrases
    ("Конференцией участников", "Конференция участников"),
    ("передачи осужденных лиц", "передача осужденных лиц"),
    ("Рабочей группы по международному сотрудничеству", "Рабочая группа по международному сотрудничеству"),
    ("специальных методов расследования", "специальный метод расследования"),
    ("Управлению Организации Объединенных Наций по наркотикам и преступности",
     "Управление Организации Объединенных Наций по наркотикам и преступности"),
    ("пандемией COVID-19", "пандемия COVID-19"),
    # a compound noun inflects in both parts, capitals kept part by part
    ("государствам-участникам", "государство-участник"),
    ("Государствами-участниками", "Государство-участник"),
    # two noun phrases in the same case joined by a conjunction
    ("соглашений или договоренностей", "соглашение или договоренность"),
    # two adjectives joined by a conjunction before a plural noun: the plural is kept
    ("правовых и практических вопросов", "правовые и практические вопросы"),
    # a noun with no singular stays plural
    ("мирных переговоров", "мирные переговоры"),
    # no ё brought in where the text writes е
    ("заключенного соглашения", "заключенное соглашение"),
])
def test_russian_citation_form(phrase, cited):
    assert russian_citation(phrase) == cited


@pytest.mark.parametrize("phrase", [
    "Конференция участников",  # already the citation form
    "транснациональная организованная преступность",
    "эффективного",  # no noun: nothing to inflect
    "использовать",  # a verb
    "ЮНОДК",  # an acronym
    "COVID-19",
    "информацией и координации",  # two nouns in different cases: no single reading
    "против транснациональной преступности",  # starts with a preposition
])
def test_russian_phrases_left_as_they_are(phrase):
    assert russian_citation(phrase) == phrase


def test_russian_forms_vote_for_one_citation_form():
    forms = [("Конференции участников", 5), ("Конференцией участников", 3), ("Конференцию участников", 1)]
    assert citation_form(forms, "ru") == "Конференция участников"


# -- Arabic ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("forms, cited", [
    # the attested form without a proclitic is preferred, even when less frequent
    ([("للدول الأطراف", 5), ("الدول الأطراف", 3)], "الدول الأطراف"),
    # proclitics before the article are taken off: لل → ال, بال → ال, وال → ال
    ([("للدول الأطراف", 2)], "الدول الأطراف"),
    ([("بالتعاون الدولي", 4)], "التعاون الدولي"),
    ([("والمساعدة القانونية المتبادلة", 2)], "المساعدة القانونية المتبادلة"),
    # the nominative of a sound plural is preferred to the oblique form the text also has
    ([("الموظفين المكلفين", 2), ("الموظفون المكلفون", 1)], "الموظفون المكلفون"),
    # the accusative alif tanwīn, written with its mark, is taken off
    ([("فريقاً عاملاً", 1)], "فريق عامل"),
    # the most frequent reading wins over a rarer one of another shape
    ([("وإعادة تأهيله", 1), ("إعادة التأهيل", 2)], "إعادة التأهيل"),
])
def test_arabic_citation_form(forms, cited):
    assert arabic_citation(forms) == cited


def test_arabic_accusative_without_its_mark_needs_the_bare_word_in_the_text():
    assert arabic_citation([("فريقا عاملا", 2)], {"الفريق", "العامل"}) == "فريق عامل"
    assert arabic_citation([("فريقا عاملا", 2)]) == "فريقا عاملا"


def test_arabic_proclitic_on_a_word_without_article_only_when_the_rest_is_a_word_of_the_text():
    assert arabic_citation([("وإعادة الإدماج", 2)], {"إعادة"}) == "إعادة الإدماج"
    assert arabic_citation([("وزارة العدل", 2)], {"العدل"}) == "وزارة العدل"  # و is part of the word


@pytest.mark.parametrize("form, vocabulary, cited", [
    ("لقوانينها الداخلية", {"القوانين"}, "القوانين الداخلية"),  # لـ + قوانين + ها: to its domestic laws
    ("سلطاتها القضائية", {"السلطات"}, "السلطات القضائية"),
    ("لجنتها الفرعية", {"اللجنة"}, "اللجنة الفرعية"),  # the ة of لجنة is written ت before the suffix
    ("سلطاتها القضائية", set(), "سلطاتها القضائية"),  # the text never has السلطات
    ("اعتمدها الفريق", {"الفريق"}, "اعتمدها الفريق"),  # a verb with its object, not a noun
    ("بلغتها الدول", {"اللغة", "الدول"}, "بلغتها الدول"),  # بـ is not taken off: "States reached it"
])
def test_arabic_possessive_suffix_before_a_definite_adjective_gives_way_to_the_article(form, vocabulary, cited):
    assert arabic_citation([(form, 1)], vocabulary) == cited


@pytest.mark.parametrize("form", [
    "وكالة الأمم المتحدة",  # وك + الة: a word that begins like a proclitic and the article
    "القوانين الداخلية",  # ين of a broken plural, no nominative attested
    "قضايا الجريمة",  # final alif of the word itself
    "الدول الأطراف",
])
def test_arabic_forms_left_as_they_are(form):
    assert arabic_citation([(form, 2)]) == form


# -- in extraction ---------------------------------------------------------------------------------


def test_extracted_russian_term_is_cited_with_its_attested_forms_counted():
    texts = [
        "меры по борьбе с транснациональной организованной преступностью",
        "в области транснациональной организованной преступности",
        "о транснациональной организованной преступности и терроризме",
    ]
    found = [c for c in extract_candidates(texts, "ru") if c.attested and
             c.attested[0][0] == "транснациональной организованной преступности"]
    assert found
    term = found[0]
    assert term.text == "транснациональная организованная преступность"
    assert dict(term.attested) == {"транснациональной организованной преступности": 2,
                                   "транснациональной организованной преступностью": 1}
    assert set(term.variants) == set(dict(term.attested))


def test_extracted_arabic_term_without_proclitic():
    texts = ["تشجع الدول الأطراف على التعاون", "يدعو الدول الأطراف", "ينبغي للدول الأطراف", "وتحث الدول الأطراف"]
    term = next(c for c in extract_candidates(texts, "ar") if "الأطراف" in c.text and len(c.text.split()) == 2)
    assert term.text == "الدول الأطراف"
    assert dict(term.attested) == {"الدول الأطراف": 3, "للدول الأطراف": 1}


def test_other_languages_keep_the_most_frequent_form():
    assert citation_form([("competent authorities", 3), ("competent authority", 1)], "en") == "competent authorities"
