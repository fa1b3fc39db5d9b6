"""Word's own paragraph numbers: a .docx whose paragraphs Word numbers reads with the numbers a reader sees."""

from __future__ import annotations


import pytest

import corpora
from aligner.model import UN_LANGUAGES
from aligner.readers import read_document
from aligner.segment import segment
from aligner.labels import list_number
from tests.word_packages import abstract_num, level, make_docx, num, numbered, paragraphs, run, word_numbered

SAMPLE = "untoc-cop-res-11-1"


# --- how numbers are written -------------------------------------------------------------------------------------

@pytest.mark.parametrize("number_format, n, expected", [
    ("decimal", 12, "12"),
    ("lowerLetter", 3, "c"),
    ("lowerLetter", 27, "aa"),  # after z, Word doubles the letters
    ("upperLetter", 28, "BB"),
    ("lowerRoman", 9, "ix"),
    ("upperRoman", 14, "XIV"),
    ("russianLower", 10, "к"),  # й is skipped: а б в г д е ж з и к
    ("russianUpper", 1, "А"),
    ("arabicAbjad", 5, "هـ"),
    ("arabicAbjad", 3, "ج"),
    ("arabicAlpha", 3, "ت"),
    ("chineseCounting", 1, "一"),
    ("chineseCounting", 10, "十"),
    ("chineseCounting", 11, "十一"),
    ("chineseCounting", 20, "二十"),
    ("chineseCounting", 105, "一百零五"),
    ("chineseCounting", 110, "一百一十"),
    ("chineseCountingThousand", 2024, "二千零二十四"),
    ("chineseLegalSimplified", 3, "叁"),
    ("ideographDigital", 10, "一〇"),
    ("ideographTraditional", 3, "丙"),
    ("decimalEnclosedCircleChinese", 4, "④"),
    ("decimalFullWidth", 12, "１２"),
    ("decimalZero", 7, "07"),
    ("none", 4, ""),
    ("cardinalText", 4, "4"),  # not written out: the number in digits
    ("lowerLetter", 0, "0"),
    ("lowerLetter", 10**9, "1000000000"),  # beyond what Word numbers lists with: digits, not a million letters
])
def test_numbers_in_each_word_format(number_format, n, expected):
    assert list_number(number_format, n) == expected


# --- how Word counts -------------------------------------------------------------------------------------------

def read(tmp_path, body: str, numbering: str | None = None, styles: str | None = None) -> list[str]:
    doc = read_document(make_docx(tmp_path / "lists.docx", body, numbering=numbering, styles=styles), lang="en")
    return doc.text.rstrip("\n").split("\n\n")


OUTLINE = abstract_num(
    0,
    level(0, "decimal", "%1.", suffix="space"),
    level(1, "lowerLetter", "(%2)", suffix="space"),
    level(2, "lowerRoman", "(%3)", suffix="space"),
)


def test_multilevel_list_restarts_the_levels_below(tmp_path):
    body = "".join([
        numbered("Decides", 1, 0),
        numbered("first", 1, 1),
        numbered("second", 1, 1),
        numbered("inner", 1, 2),
        numbered("Requests", 1, 0),
        numbered("again first", 1, 1),
        numbered("inner again", 1, 2),
    ])
    assert read(tmp_path, body, OUTLINE + num(1, 0)) == [
        "1. Decides", "(a) first", "(b) second", "(i) inner", "2. Requests", "(a) again first", "(i) inner again",
    ]


def test_unnumbered_paragraphs_do_not_interrupt_the_count(tmp_path):
    body = numbered("Decides", 1, 0) + "<w:p>" + run("A paragraph in between.") + "</w:p>" + numbered("Requests", 1, 0)
    assert read(tmp_path, body, OUTLINE + num(1, 0)) == ["1. Decides", "A paragraph in between.", "2. Requests"]


def test_lists_of_one_definition_share_their_count_unless_one_restarts(tmp_path):
    numbering = OUTLINE + num(1, 0) + num(2, 0) + num(3, 0, {1: 1}) + num(4, 0, {0: 5})
    body = "".join([
        numbered("one", 1, 0), numbered("a", 1, 1), numbered("b", 1, 1),
        numbered("two", 2, 0),  # another list of the same definition: the count goes on
        numbered("c", 2, 1),
        numbered("a again", 3, 1), numbered("b again", 3, 1),  # "restart numbering": a list with a start override
        numbered("five", 4, 0), numbered("six", 4, 0),
    ])
    assert read(tmp_path, body, numbering) == [
        "1. one", "(a) a", "(b) b", "2. two", "(a) c", "(a) a again", "(b) b again", "5. five", "6. six",
    ]


def test_a_restarted_list_goes_on_in_another_list_of_its_definition(tmp_path):
    """As LibreOffice writes a list: its first paragraph in a list that restarts at 1, the others in a plain one."""
    numbering = OUTLINE + num(1, 0) + num(5, 0, {0: 1})
    body = numbered("Endorses", 5, 0) + numbered("Also endorses", 1, 0) + numbered("Requests", 1, 0)
    assert read(tmp_path, body, numbering) == ["1. Endorses", "2. Also endorses", "3. Requests"]


def test_tab_space_or_nothing_after_the_number_and_the_default_start(tmp_path):
    numbering = abstract_num(
        0, level(0, "decimal", "%1.", start=3), level(1, "upperLetter", "%2.", suffix="nothing"),
        level(2, "decimal", "[%3]", start=None, suffix="space"),
    ) + num(1, 0)
    body = numbered("tab", 1, 0) + numbered("nothing", 1, 1) + numbered("start omitted", 1, 2)
    assert read(tmp_path, body, numbering) == ["3.\ttab", "A.nothing", "[0] start omitted"]


def test_numbers_of_the_levels_above_and_legal_numbering(tmp_path):
    numbering = abstract_num(
        0, level(0, "upperRoman", "%1.", suffix="space"), level(1, "decimal", "%1.%2", suffix="space"),
        level(2, "lowerLetter", "%1.%2.%3", suffix="space", extra="<w:isLgl/>"),
    ) + num(1, 0)
    body = numbered("Chapter", 1, 0) + numbered("section", 1, 1) + numbered("sub", 1, 2) + numbered("next", 1, 1)
    assert read(tmp_path, body, numbering) == ["I. Chapter", "I.1 section", "1.1.1 sub", "I.2 next"]


def test_a_level_that_never_restarts(tmp_path):
    numbering = abstract_num(
        0, level(0, "decimal", "%1.", suffix="space"),
        level(1, "decimal", "(%2)", suffix="space", extra='<w:lvlRestart w:val="0"/>'),
    ) + num(1, 0)
    body = numbered("A", 1, 0) + numbered("x", 1, 1) + numbered("B", 1, 0) + numbered("y", 1, 1)
    assert read(tmp_path, body, numbering) == ["1. A", "(1) x", "2. B", "(2) y"]


def test_a_bullet_gives_the_bullet_label_and_lists_not_defined_give_none(tmp_path):
    numbering = abstract_num(0, level(0, "bullet", "\uf0b7")) + num(1, 0) + OUTLINE.replace('"0"', '"1"', 1) + num(2, 1)
    body = numbered("bulleted", 1, 0) + numbered("undefined list", 9, 0) + numbered("undefined level", 2, 5) \
        + numbered("numbered", 2, 0)
    # (the list's own sign, U+F0B7 of the Symbol font, is read as the bullet it shows)
    assert read(tmp_path, body, numbering) == ["•\tbulleted", "undefined list", "undefined level", "1. numbered"]


STYLES = (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Heading1Annex"><w:basedOn w:val="Heading1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Item"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>'
    "</w:numPr></w:pPr></w:style>"
    '<w:style w:type="character" w:styleId="Heading1Char"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
    "</w:style>"
)


def test_numbers_from_paragraph_styles(tmp_path):
    body = "".join([
        numbered("Heading", style="Heading1"),
        numbered("item", style="Item"),
        numbered("heading of a style based on it", style="Heading1Annex"),
        numbered("not numbered here", num_id=0, style="Heading1"),  # numId 0 takes the style's number away
        numbered("level given, list from the style", ilvl=1, style="Heading1"),
        numbered("a character style does not number", style="Heading1Char"),
    ])
    assert read(tmp_path, body, OUTLINE + num(1, 0), STYLES) == [
        "1. Heading", "(a) item", "2. heading of a style based on it", "not numbered here",
        "(a) level given, list from the style", "a character style does not number",
    ]


def test_a_style_tied_to_a_level_by_the_list_definition(tmp_path):
    numbering = abstract_num(
        0, level(0, "decimal", "%1.", suffix="space"),
        level(1, "lowerLetter", "(%2)", suffix="space", extra='<w:pStyle w:val="Item2"/>'),
    ) + num(1, 0)
    styles = ('<w:style w:type="paragraph" w:styleId="Item2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
              "</w:pPr></w:style>")
    body = numbered("para", 1, 0) + numbered("item", style="Item2")
    assert read(tmp_path, body, numbering, styles) == ["1. para", "(a) item"]


def test_a_definition_linked_to_a_numbering_style(tmp_path):
    numbering = (
        abstract_num(0, level(0, "decimal", "Article %1", suffix="space"))
        + '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Articles"/></w:abstractNum>'
        + num(1, 0) + num(2, 1)
    )
    styles = ('<w:style w:type="numbering" w:styleId="Articles"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
              "</w:pPr></w:style>")
    body = numbered("first", 2, 0) + numbered("second", 2, 0)
    assert read(tmp_path, body, numbering, styles) == ["Article 1 first", "Article 2 second"]


def test_an_empty_numbered_paragraph_is_left_out_but_counted(tmp_path):
    body = numbered("one", 1, 0) + '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>' \
        + numbered("three", 1, 0)
    assert read(tmp_path, body, OUTLINE + num(1, 0)) == ["1. one", "3. three"]


def test_a_paragraph_deleted_in_tracked_changes_is_not_counted(tmp_path):
    deleted = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" '
               'w:author="A"/></w:rPr></w:pPr><w:del w:id="2" w:author="A"><w:r><w:delText>gone</w:delText></w:r>'
               "</w:del></w:p>")
    body = numbered("one", 1, 0) + deleted + numbered("two", 1, 0)
    assert read(tmp_path, body, OUTLINE + num(1, 0)) == ["1. one", "2. two"]


def test_numbered_paragraphs_in_table_cells(tmp_path):
    body = numbered("before", 1, 0) + "<w:tbl><w:tr><w:tc>" + numbered("in a cell", 1, 0) + "</w:tc></w:tr></w:tbl>"
    assert read(tmp_path, body, OUTLINE + num(1, 0)) == ["1. before", "2. in a cell"]


def test_a_broken_numbering_part_is_an_input_error(tmp_path):
    from aligner.errors import InputError

    file = make_docx(tmp_path / "broken.docx", numbered("x", 1, 0), numbering="<w:abstractNum")
    with pytest.raises(InputError, match=r"broken\.docx is not a valid \.docx file: "):
        read_document(file)


# --- the sample, numbered by Word ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", UN_LANGUAGES)
@pytest.mark.parametrize("separator", ["space", "tab"])
def test_the_sample_numbered_by_word_segments_as_its_text(tmp_path, lang, separator):
    text = corpora.load(SAMPLE, lang)
    body, numbering = word_numbered(paragraphs(text.text))
    assert body.count("<w:numPr>") >= 35  # the operative paragraphs and the lettered recommendations
    if separator == "tab":  # Word's default: a tab after the number
        numbering = numbering.replace('<w:suff w:val="space"/>', "")
    doc = read_document(make_docx(tmp_path / f"{lang}.docx", body, numbering=numbering), lang=lang)
    if separator == "space":
        assert doc.text == "\n\n".join(paragraphs(text.text)) + "\n"
    expected, got = segment(text), segment(doc)
    assert [(u.id, u.text) for u in got.units] == [(u.id, u.text) for u in expected.units]
