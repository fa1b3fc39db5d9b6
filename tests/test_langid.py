"""Language detection: script first, then function words for en/fr/es."""

from __future__ import annotations

import random
import re

import pytest

import corpora
from aligner.errors import InputError
from aligner.langid import _main_script, detect_language, script_of
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


# --- counting letters by script --------------------------------------------------------------------


def _reference_script(text: str) -> str | None:
    """The heaviest script counted letter by letter, word by word (what _main_script computes faster)."""
    weights: dict[str, int] = {}
    acronym_letters = 0
    for word in re.findall(r"[^\W\d_]+", text):
        acronym = not any(c.islower() for c in word if script_of(c) == "latin")
        for char in word:
            script = script_of(char)
            if script == "latin" and acronym:
                acronym_letters += 1
            elif script:
                weights[script] = weights.get(script, 0) + (3 if script == "han" else 1)
    if not weights and acronym_letters:
        weights["latin"] = acronym_letters
    return max(weights, key=lambda s: (weights[s], s == "latin")) if weights else None


_PIECES = ["the ", "de ", "UNODC ", "CTOC/COP/WG.3 ", "COVID-19 ", "中文", "國際", "ABC", "abc", "Ab", "ж", "Рабочая ",
           "ب", "عربي ", "α", "ア", "한", "ᴀ", "ʙ", "ﬁ", "Ａ", "ｂ", "¹", "½", "ⅻ", "1", " ", "-", "_", "'", "ǅ", "ª",
           "\u0301", "𠀀", "〇", "々", "ꙁ", "अ"]


@pytest.mark.parametrize("seed", range(6))
def test_script_counting_agrees_with_counting_letter_by_letter(seed):
    rng = random.Random(seed)
    for _ in range(400):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        assert _main_script(text) == _reference_script(text), text


@pytest.mark.parametrize(
    "text, script",
    [
        ("UNODC UNTOC CTOC/COP/WG.3 UNCAC 会议", "han"),  # 18 capital letters, 2 Han ones: the capitals do not count
        ("UNODC UNTOC CTOC COP UNCAC Рабочая", "cyrillic"),
        ("UNODC CTOC/COP/WG.3", "latin"),  # nothing but acronyms: they count
        ("联合国ABC", "han"),  # Latin capitals glued to Han characters are still an acronym
        ("COVIDvirus 中", "latin"),  # a lower-case letter makes the whole word count
        ("αβγδ ᴀʙᴄᴅᴇ", "latin"),  # small capitals outside the Latin blocks are Latin letters
        ("жж ذذ", "cyrillic"),  # a tie goes to the script seen first
        ("ذذ жж", "arabic"),
        ("ab жж", "latin"),  # and to Latin whenever it is one of the heaviest
        ("¹ ½ ⅻ 12", None),
    ],
)
def test_main_script(text, script):
    assert _main_script(text) == script == _reference_script(text)


def test_acronym_heavy_texts_keep_their_language():
    assert detect_language("UNODC, UNTOC, CTOC/COP/WG.3/2021/3, UNCAC, CCPCJ: Рабочая группа") == "ru"
    assert detect_language("UNODC, UNTOC, CTOC/COP/WG.3/2021/3, UNCAC, CCPCJ：工作组") == "zh"
    assert detect_language("UNODC/CCPCJ/EG.4/2021/2, CTOC/COP/2020/10, A/RES/55/25") == "en"


@pytest.mark.parametrize("seed", range(3))
def test_latin_language_scores_distinct_words_once(seed):
    # French and Spanish share function words; many repeats of a few words must give the same verdict as
    # the words said once each, repeated the same number of times.
    rng = random.Random(seed)
    words = ["de", "la", "les", "el", "los", "the", "of", "y", "et", "société", "acción", "nation", "é", "ñ"]
    for _ in range(200):
        sample = [rng.choice(words) for _ in range(rng.randint(1, 12))]
        times = rng.randint(1, 5)
        assert detect_language(" ".join(sample * times)) == detect_language(" ".join(w for w in sample for _ in range(times)))


@pytest.mark.parametrize("tag, expected", [("zh-CN", "zh"), ("EN_us", "en"), (" ar ", "ar"), ("zh-Hant-TW", "zh"),
                                           ("de-DE", None), ("", None), ("english", None)])
def test_the_un_language_of_a_language_tag(tag, expected):
    from aligner.model import un_language

    assert un_language(tag) == expected
