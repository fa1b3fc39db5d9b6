"""Language detection: script first, then function words for en/fr/es."""

from __future__ import annotations

import pytest

import corpora
from aligner.errors import InputError
from aligner.langid import detect_language, script_of
from aligner.model import UN_LANGUAGES

CORPUS = "untoc-cop-res-11-1"

# One short operative sentence per language, written for these tests.
SENTENCES = {
    "ar": "يطلب إلى الأمانة أن تواصل عملها وأن تقدم تقريرا إلى مؤتمر الأطراف في دورته الثانية عشرة.",
    "zh": "请秘书处继续开展工作，并向缔约方会议第十二届会议提交报告。",
    "en": "Requests the Secretariat to continue its work and to report to the Conference of the Parties.",
    "fr": "Prie le Secrétariat de poursuivre ses travaux et de faire rapport à la Conférence des Parties.",
    "ru": "Просит Секретариат продолжить работу и представить доклад Конференции участников.",
    "es": "Solicita a la Secretaría que prosiga su labor y que informe a la Conferencia de las Partes.",
}


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_sample_documents(lang):
    assert detect_language(corpora.load(CORPUS, lang).text) == lang


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_one_short_sentence(lang):
    assert detect_language(SENTENCES[lang]) == lang


@pytest.mark.parametrize(
    "text, lang",
    [
        # French and Spanish share "de", "la", "en", "que": the other words and accents decide.
        ("Decide mantener la cuestión en examen.", "es"),
        ("Décide de rester saisie de la question.", "fr"),
        ("Decides to remain seized of the matter.", "en"),
        # Without a single accent.
        ("Invita a los Estados partes a que presenten sus observaciones por escrito.", "es"),
        ("Invite les Etats parties a presenter leurs observations par ecrit.", "fr"),
        # Titles.
        ("Résolution 11/1", "fr"),
        ("Resolución 11/1", "es"),
        ("Resolution 11/1", "en"),
    ],
)
def test_latin_languages_told_apart(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("COVID-19 大流行病对国际合作的影响", "zh"),
        ("见CTOC/COP/WG.3/2021/3号文件。", "zh"),
        ("联合国毒品和犯罪问题办公室（United Nations Office on Drugs and Crime）", "zh"),
        ("CTOC/COP/WG.3/2021/3, пп. 2–4.", "ru"),
        ("CTOC/COP/WG.3/2021/3، الفقرات 2-4.", "ar"),
        ("Рабочая группа рассмотрела вопрос о COVID-19 и UNODC.", "ru"),
    ],
)
def test_latin_symbols_do_not_outweigh_the_script(text, lang):
    assert detect_language(text) == lang


def test_no_letters_is_an_input_error():
    with pytest.raises(InputError, match=r"^cannot tell the language of notes\.txt: it has no letters"):
        detect_language("11/1 — 2021-03-25, 2.", source="notes.txt")


def test_other_script_is_an_input_error():
    with pytest.raises(InputError, match=r"mostly in greek script, not one of the six UN languages"):
        detect_language("Η Διάσκεψη των Μερών αποφασίζει να συνεχίσει το έργο της.")


@pytest.mark.parametrize(
    "char, script",
    [("a", "latin"), ("é", "latin"), ("Ж", "cyrillic"), ("ب", "arabic"), ("公", "han"),
     ("α", "greek"), ("の", "kana"), ("한", "hangul"), ("1", ""), ("，", ""), (" ", "")],
)
def test_script_of(char, script):
    assert script_of(char) == script
