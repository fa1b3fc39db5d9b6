"""Sentence splitting: sentence ends per script, and the abbreviations that do not end a sentence."""

from __future__ import annotations

import pytest

from aligner.sentences import split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "鼓励缔约国交流经验。秘书处应继续开展工作！这是什么？", ["鼓励缔约国交流经验。", "秘书处应继续开展工作！", "这是什么？"]),
        ("zh", "鼓励缔约国交流经验；并加强合作。", ["鼓励缔约国交流经验；并加强合作。"]),
        ("zh", "他说：“这是建议。”然后离开。", ["他说：“这是建议。”", "然后离开。"]),
        ("ar", "تشجع الدول الأطراف. هل هذا واضح؟ نعم!", ["تشجع الدول الأطراف.", "هل هذا واضح؟", "نعم!"]),
        ("ar", "بلغت النسبة 2.5 في المائة. ثم انتهى.", ["بلغت النسبة 2.5 في المائة.", "ثم انتهى."]),
        ("en", "The Group met. It adopted two recommendations.", ["The Group met.", "It adopted two recommendations."]),
    ],
)
def test_sentence_ends_per_script(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "See CTOC/COP/WG.3/2021/3, paras. 2–4 of the report."),
        ("en", "See para. 7 of the report."),
        ("en", "United Nations, Treaty Series, vol. 2225, No. 39574."),
        ("en", "Ibid., vols. 2237, 2241 and 2326, No. 39574."),
        ("en", "As provided in art. 5 of the Convention."),
        ("en", "Other forms, e.g. video links, i.e. remote hearings, etc. were discussed."),
        ("en", "Mr. Smith introduced the item."),
        ("en", "Ibid. The same source applies."),
        ("en", "See p. 12 of the report."),
        ("en", "The rate rose to 2.5 per cent in 2021."),
        ("fr", "Voir CTOC/COP/WG.3/2021/3, par. 2 à 4, du rapport."),
        ("es", "Naciones Unidas, Treaty Series, vol. 2225, núm. 39574."),
        ("ru", "Организация Объединенных Наций, Сборник договоров, т. 2225, № 39574."),
        ("ru", "См. CTOC/COP/WG.3/2021/3, пп. 2–4, доклада."),
        ("en", "See doc. A/75/1 and res. 55/25 of the General Assembly."),
        ("fr", "Voir le doc. A/75/1, adressé à Mmes. Dupont et Martin."),
        ("es", "Los Sres. Pérez y García presentaron el doc. A/75/1."),
        ("ru", "См. док. A/75/1, вып. 3, изд. Организации Объединенных Наций."),
    ],
)
def test_abbreviations_do_not_end_a_sentence(lang: str, text: str) -> None:
    assert split_sentences(text, lang) == [text]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_two_plain_sentences_split_in_every_latin_and_cyrillic_language(lang: str) -> None:
    first = {"en": "The Group met.", "fr": "Le Groupe s'est réuni.", "es": "El Grupo se reunió.", "ru": "Группа провела совещание."}[lang]
    second = {"en": "It adopted recommendations.", "fr": "Il a adopté des recommandations.", "es": "Aprobó recomendaciones.", "ru": "Она приняла рекомендации."}[lang]
    assert split_sentences(f"{first} {second}", lang) == [first, second]


@pytest.mark.parametrize("lang, title", [
    ("en", "52/85. Follow-up to the Naples Political Declaration"),
    ("fr", "52/85. Suite donnée à la Déclaration politique de Naples"),
    ("es", "2005/25. Los derechos humanos y los pueblos indígenas"),
    ("ru", "58/12. Право на образование"),
])
def test_a_resolution_number_before_its_title_ends_no_sentence(lang: str, title: str) -> None:
    """"52/85. Follow-up …": the number's full stop ends no sentence; a sentence after a paragraph's still ends."""
    assert split_sentences(title, lang) == [title]
    assert len(split_sentences(f"{title}. It was adopted.", lang)) == 2


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("   ", "en") == []


def test_chinese_semicolon_is_only_a_clause_boundary() -> None:
    text = "鼓励缔约国交流经验；并加强合作；秘书处应报告。"
    assert split_sentences(text, "zh") == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("M. Dupont a pris la parole. Il a dit que c'était important.",
     ["M. Dupont a pris la parole.", "Il a dit que c'était important."]),
    ("Voir p. ex. le document A/77/1, par. 5. Voir aussi l'art. 16 de la Convention.",
     ["Voir p. ex. le document A/77/1, par. 5.", "Voir aussi l'art. 16 de la Convention."]),
    ("Qu'en est-il ? Personne ne sait. Peut-être demain !", ["Qu'en est-il ?", "Personne ne sait.", "Peut-être demain !"]),
    ("En 45 av. J.-C., la ville existait. Puis elle disparut.", ["En 45 av. J.-C., la ville existait.", "Puis elle disparut."]),
])
def test_french_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "fr") == expected


def test_french_is_split_without_compiling_the_french_tokenizer() -> None:
    """Its exceptions take seconds to compile, and sentence ends do not depend on them."""
    import subprocess
    import sys

    code = ("import sys; from aligner.sentences import split_sentences; "
            "assert split_sentences('Il est venu. Il est parti.', 'fr') == ['Il est venu.', 'Il est parti.']; "
            "print('spacy.lang.fr' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("text", [
    "Recalling its resolution 55/25 of 15 November 2000,",
    "States parties are encouraged to use joint investigations;",
    "Decides to remain seized of the matter.”",
    "Takes note of the report (A/80/100)",
    "Welcomes the report: it notes progress! Requests more",
    "See Official Records, No. 10 (A/80/10), para. 5.",
])
@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_the_sentencizer_is_skipped_only_where_it_would_find_one_sentence(lang: str, text: str) -> None:
    from aligner.sentences import _pipeline, _spacy_split

    assert _spacy_split(text, lang) == [s.text.strip() for s in _pipeline(lang)(text).sents if s.text.strip()]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", 'The room was dark. "Anyone here?" he asked.', ["The room was dark.", '"Anyone here?" he asked.']),
    ("en", "It was dark. “Anyone here?” he asked.", ["It was dark.", "“Anyone here?” he asked."]),
    ("en", "It was adopted. [Text to come.] It closed.", ["It was adopted.", "[Text to come.]", "It closed."]),
    ("fr", "Il fait nuit. « Il y a quelqu'un ? » demanda-t-il.",
     ["Il fait nuit.", "« Il y a quelqu'un ? » demanda-t-il."]),  # the space inside the guillemet kept
    ("es", "Se aprobó. ¿Quién habló? Nadie.", ["Se aprobó.", "¿Quién habló?", "Nadie."]),
    ("es", "Se aprobó. «¿Quién está aquí?», preguntó.", ["Se aprobó.", "«¿Quién está aquí?», preguntó."]),
    ("es", "Se aprobó. ¡Qué bien! Terminó.", ["Se aprobó.", "¡Qué bien!", "Terminó."]),
    ("ru", "Было темно. «Кто здесь?» — спросил он.", ["Было темно.", "«Кто здесь?» — спросил он."]),
    ("en", 'He said "', ['He said "']),  # nothing after the mark: it stays
])
def test_a_mark_that_opens_a_sentence_begins_it(lang: str, text: str, expected: list[str]) -> None:
    """The sentencizer leaves an opening quote, bracket or Spanish ¿ ¡ at the end of the sentence before."""
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The list is in annex I. The Conference adopted it.", ["The list is in annex I.", "The Conference adopted it."]),
    ("en", "See Annex V. “It was adopted.”", ["See Annex V.", "“It was adopted.”"]),  # V., not v. for versus
    ("fr", "Le texte figure à l'annexe I. La Conférence l'a adopté.",
     ["Le texte figure à l'annexe I.", "La Conférence l'a adopté."]),
    ("es", "Figura en el anexo I. La Conferencia lo aprobó.", ["Figura en el anexo I.", "La Conferencia lo aprobó."]),
    ("ru", "Текст содержится в приложении I. Конференция его приняла.",
     ["Текст содержится в приложении I.", "Конференция его приняла."]),
    ("en", "It was presented by J. Smith in room B.", ["It was presented by J. Smith in room B."]),  # initials
    ("en", "Chapter V. Summary of the debate", ["Chapter V. Summary of the debate"]),  # a heading
    ("en", "It is in part A. of the report.", ["It is in part A. of the report."]),
    ("en", "It was adopted. (See annex I.) The session closed.",
     ["It was adopted.", "(See annex I.)", "The session closed."]),  # a closing bracket after the stop
])
def test_a_part_named_by_one_letter_can_end_a_sentence(lang: str, text: str, expected: list[str]) -> None:
    """The tokenizer reads "I." as an initial, so the sentencizer found no end after "annex I."."""
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Firearms, ammunition, etc. The Conference decided.", ["Firearms, ammunition, etc.", "The Conference decided."]),
    ("fr", "Armes, munitions, etc. La Conférence a décidé.", ["Armes, munitions, etc.", "La Conférence a décidé."]),
    ("ru", "Оружие, боеприпасы и т. д. Конференция решила.", ["Оружие, боеприпасы и т. д.", "Конференция решила."]),
    ("ru", "Оружие и т.п. Конференция решила.", ["Оружие и т.п.", "Конференция решила."]),
    ("en", "It rose at 6 p.m. The next meeting is on Monday.", ["It rose at 6 p.m.", "The next meeting is on Monday."]),
    ("en", "Firearms, etc. are listed.", ["Firearms, etc. are listed."]),  # no capital after: the sentence goes on
    ("en", "It opened at 10 a.m. on Monday.", ["It opened at 10 a.m. on Monday."]),
    # a capital that begins the time's zone: the sentence goes on
    ("en", "It opens at 3 p.m. Vienna time on Monday.", ["It opens at 3 p.m. Vienna time on Monday."]),
    ("en", "It opens at 10 a.m. New York time. Delegates are invited.",
     ["It opens at 10 a.m. New York time.", "Delegates are invited."]),
    ("en", "Until 9 a.m. Central European Time, in room C.", ["Until 9 a.m. Central European Time, in room C."]),
    ("en", "Until 5 p.m. GMT on Friday.", ["Until 5 p.m. GMT on Friday."]),
    ("en", "It rose at 6 p.m. Vienna hosts the next one.", ["It rose at 6 p.m.", "Vienna hosts the next one."]),
])
def test_an_abbreviation_closing_a_list_or_a_time_ends_a_sentence_before_a_capital(
        lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("屋里一片漆黑。“有人吗？”他小声问。没有人回答。", ["屋里一片漆黑。", "“有人吗？”他小声问。", "没有人回答。"]),
    ("「站住！」劫路人喊着。", ["「站住！」劫路人喊着。"]),
    ("“这是给你的。”妻子走出来。", ["“这是给你的。”", "妻子走出来。"]),  # a statement: its own sentence
    ("他问：“有人吗？”“没有。”", ["他问：“有人吗？”", "“没有。”"]),  # the next quotation is a sentence of its own
    ("真的吗？是的。", ["真的吗？", "是的。"]),
])
def test_a_quoted_question_and_the_words_that_say_who_asked_are_one_chinese_sentence(
        text: str, expected: list[str]) -> None:
    assert split_sentences(text, "zh") == expected
