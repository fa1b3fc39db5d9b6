"""Words broken across a line end with a hyphen: hyphenation removed, hyphenated words kept."""

from __future__ import annotations

import pytest

from aligner.hyphenation import Spellings, join_broken

EN = ("The Working Group held its follow-up meeting on international cooperation and decision-making. "
      "States parties discussed cross-border cases, the making of decisions and the transfer of sentenced persons.")


def _join(left: str, right: str, lang: str = "en", text: str = EN) -> str | None:
    return join_broken(left, right, lang, Spellings.of(text))


@pytest.mark.parametrize(("left", "right", "expected"), [
    ("the work of inter-", "national cooperation", "the work of international cooperation"),  # spelt whole elsewhere
    ("a follow-", "up meeting", "a follow-up meeting"),  # spelt with its hyphen elsewhere
    ("on decision-", "making", "on decision-making"),
    ("is an essen-", "tial part", "is an essential part"),  # no evidence, "essen" is no word: a line-end break
    ("the transfer of sentenced per-", "sons", "the transfer of sentenced persons"),
    ("with non-", "governmental organizations", "with non-governmental organizations"),  # a prefix kept hyphenated
    ("the making of", "decisions", None),  # no hyphen: joined as usual
    ("the COVID-", "19 pandemic", "the COVID-19 pandemic"),  # a digit follows: the hyphen stays, no space
    ("paragraphs 2-", "4 of the annex", "paragraphs 2-4 of the annex"),
    ("the Secretary-", "General", "the Secretary-General"),  # a capital follows
    ("the group -", "as it said", None),  # a dash between words, not a broken word
    ("the group", "- as it said", None),
])
def test_english_line_ends(left: str, right: str, expected: str | None) -> None:
    assert _join(left, right) == expected


def test_two_words_of_the_document_make_a_compound() -> None:
    text = "The sentence was long. The term was short. Cases of this kind are rare."
    assert _join("a long-", "term plan", text=text) == "a long-term plan"
    assert _join("a sen-", "tence", text=text) == "a sentence"


def test_a_soft_hyphen_is_always_a_line_end_break() -> None:
    assert _join("follow\u00ad", "up", text="follow-up") == "followup"


def test_the_halves_of_broken_words_are_no_evidence() -> None:
    text = "An ordinary sen-\ntence, and another one that is not broken."
    assert "sen" not in Spellings.of(text).words and "tence" not in Spellings.of(text).words
    assert _join("a sen-", "tence", text=text) == "a sentence"


@pytest.mark.parametrize(("lang", "text", "left", "right", "expected"), [
    ("fr", "La coopération internationale et l'Organisation des Nations Unies.", "l'Organi-", "sation",
     "l'Organisation"),
    ("fr", "Des organisations non gouvernementales.", "les demi-", "finales", "les demi-finales"),
    ("fr", "Les recommandations adoptées.", "les recommandations ci-", "après", "les recommandations ci-après"),
    ("fr", "Les États parties.", "celle-", "ci", "celle-ci"),
    ("fr", "Les États parties.", "les États eux-", "mêmes", "les États eux-mêmes"),
    ("es", "La cooperación internacional que realiza la Oficina.", "que real-", "iza la Oficina", "que realiza la Oficina"),
    ("ru", "Конференция государств-участников и участников Конвенции.", "государств-", "участников",
     "государств-участников"),
    ("ru", "Конвенция Организации Объединенных Наций.", "Конвенции Орга-", "низации", "Конвенции Организации"),
    ("ru", "Рекомендации государств и их участников.", "для государств-", "участников", "для государств-участников"),
])
def test_other_languages(lang: str, text: str, left: str, right: str, expected: str) -> None:
    assert _join(left, right, lang, text) == expected


def test_languages_without_hyphenation_keep_the_hyphen() -> None:
    assert _join("جائحة كوفيد-", "19", "ar", "") == "جائحة كوفيد-19"
    assert _join("abc-", "def", "zh", "") == "abc-def"


def test_segmentation_mends_words_broken_at_line_and_page_ends() -> None:
    from aligner.model import Document
    from aligner.segment import segment

    text = ("The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,\n\n"
            "Noting that dealing with the related issues of the Convention and its Protocols is an essen-\n"
            "tial part of the follow-up work of the United Nations Office on Drugs and Crime in assist-\n"
            "ing States parties in the fight against transnational organized crime, and that the follow-\n"
            "up to the effects of the coronavirus disease and the pandemic, known as the COVID-\n"
            "19 pandemic, matters, as does the decision-making process,\n\n"
            "1. Decides to continue its work on international coop-\n\n2/5\n\n"
            "eration, as the Secretary-\nGeneral proposed.\n")
    seg = segment(Document(text, "en"))
    assert seg.get("pp.1").text == (
        "Noting that dealing with the related issues of the Convention and its Protocols is an essential part of "
        "the follow-up work of the United Nations Office on Drugs and Crime in assisting States parties in the fight "
        "against transnational organized crime, and that the follow-up to the effects of the coronavirus disease and "
        "the pandemic, known as the COVID-19 pandemic, matters, as does the decision-making process,")
    assert seg.get("op.1").text == "Decides to continue its work on international cooperation, as the Secretary-General proposed."
    assert "essen-\ntial" in seg.get("pp.1").raw  # the source lines are kept as they are


def test_texts_without_broken_words_are_joined_as_before() -> None:
    from aligner.model import Document
    from aligner.segment import segment

    text = "The Conference,\n\nNoting the work of the Group -\nas it said - and the list:\n- first item,\n"
    seg = segment(Document(text, "en"))
    assert seg.get("pp.1").text.startswith("Noting the work of the Group - as it said - and the list:")


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("специалистов-", "практиков", "специалистов-практиков"),  # two words, no word when joined: a compound
    ("условно-", "досрочное", "условно-досрочное"),
    ("кто-", "то", "кто-то"),
    ("государ-", "ства", "государства"),  # a word when joined: broken at the line end
    ("между-", "народного", "международного"),
])
def test_russian_breaks_the_document_says_nothing_about_go_by_the_dictionary(left, right, joined):
    assert join_broken(left, right, "ru", Spellings.of("")) == joined


def test_a_compound_broken_at_one_of_its_hyphens_keeps_it():
    """"case-by-" / "case" or "case-" / "by-case": no line breaks inside a word that has hyphens of its own, so the
    hyphen is the compound's."""
    spellings = Spellings.of("a case study and the by-laws")
    assert join_broken("on a case-by-", "case basis", "en", spellings) == "on a case-by-case basis"
    assert join_broken("a state-of-the-", "art tool", "en", spellings) == "a state-of-the-art tool"
    assert join_broken("on a case-", "by-case basis", "en", spellings) == "on a case-by-case basis"
    assert join_broken("a state-", "of-the-art tool", "en", spellings) == "a state-of-the-art tool"


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("a cost-", "sharing arrangement", "a cost-sharing arrangement"),  # two words, no word when joined: a compound
    ("a one-", "year extension", "a one-year extension"),
    ("the long-", "standing practice", "the long-standing practice"),  # written with its hyphen in the dictionary
    ("is essen-", "tial", "is essential"),  # a word when joined: broken at the line end
    ("with grip-", "ping force", "with gripping force"),  # the joined word inflected
    ("on ex-", "tradition", "on extradition"),  # the noun of a verb ("extradite") the dictionary has
    ("the pro-", "grammes", "the programmes"),  # in British spelling
    ("the col-", "our of", "the colour of"),
    ("at the sub-", "regional level", "at the subregional level"),  # a prefix written solid, not a word of a compound
    ("is enforce-", "able", "is enforceable"),  # an ending, not a word of a compound
])
def test_english_breaks_the_document_says_nothing_about_go_by_the_dictionary(left, right, joined):
    assert join_broken(left, right, "en", Spellings.of("")) == joined


def test_the_document_outweighs_the_dictionary():
    assert join_broken("a cost-", "sharing basis", "en", Spellings.of("Costsharing is the rule.")) == "a costsharing basis"
    assert join_broken("the sub-", "regional level", "en", Spellings.of("a sub-regional office")) == "the sub-regional level"


def test_segmentation_keeps_a_compound_the_document_uses_once() -> None:
    from aligner.model import Document
    from aligner.segment import segment

    text = ("The Conference of the Parties,\n\n"
            "1. Decides to establish an open-ended working group, with the related cost-\n"
            "sharing arrangements, on a one-\n"
            "year basis, for the essen-\n"
            "tial work of the Conference;\n")
    (unit,) = [u for u in segment(Document(text, "en")).units if u.id == "op.1"]
    assert "with the related cost-sharing arrangements, on a one-year basis, for the essential work" in unit.text
