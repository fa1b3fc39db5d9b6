"""Reading the text layer of PDF files: lines, paragraph gaps, pages, superscript footnote numbers, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import corpora
from aligner.errors import InputError
from aligner.model import Document
from aligner.readers import read_document
from aligner.segment import segment
from cli.main import main as cli
from tests.pdf_pages import Run, laid_out, pdf_bytes

SAMPLE = "untoc-cop-res-11-1"
ROOT = Path(__file__).resolve().parent.parent
LANGS = ("zh", "en", "fr", "es", "ru", "ar")


def _read(tmp_path, pages, lang=None):
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf_bytes(pages))
    return read_document(path, lang=lang)


def test_wide_gaps_part_paragraphs_and_pages_are_form_feeds(tmp_path):
    """Lines 14 points apart are one paragraph; 22 points is a paragraph's extra space; a new page is a form feed."""
    page1 = [Run(72, 780, 11, "Noting the prominent place of international"), Run(72, 766, 11, "cooperation,"),
             Run(72, 744, 11, "Recalling its decision 2/2 of 19 October 2005,"),
             Run(72, 730, 11, "1. Endorses the recommendations adopted by the"),
             Run(72, 716, 11, "Working Group;")]
    page2 = [Run(72, 780, 11, "2. Requests the secretariat to report.")]
    doc = _read(tmp_path, [page1, page2], lang="en")
    assert doc.encoding == "pdf"
    assert doc.text == ("Noting the prominent place of international\ncooperation,\n\n"
                        "Recalling its decision 2/2 of 19 October 2005,\n1. Endorses the recommendations adopted by the\n"
                        "Working Group;\n\f\n2. Requests the secretariat to report.\n")


def test_a_first_line_indent_starts_a_paragraph_where_no_space_is_left_between_them(tmp_path):
    """Chinese text set with a two-character first-line indent and no extra space between paragraphs."""
    rows = [(96, "注意到国际合作在《公约》总体范围内具有突出地位，处理相关问题"), (72, "是办公室工作的一个基本部分，"),
            (96, "回顾其 2005 年 10 月 19 日第 2/2 号决定，"), (96, "重申其 2006 年 10 月 18 日第 3/2 号决定，根据该"),
            (72, "项决定，工作组将是缔约方会议的一个常设组成部分，")]
    text = _read(tmp_path, [[Run(x, 780 - 14 * n, 12, t) for n, (x, t) in enumerate(rows)]], lang="zh").text
    indent = " " * 4  # 24 points at 12 points: two characters, four columns
    assert text.split("\n\n") == [rows[0][1] + "\n" + rows[1][1], indent + rows[2][1],
                                  indent + rows[3][1] + "\n" + rows[4][1] + "\n"]


def test_a_paragraph_of_one_line_under_another_at_the_first_line_indent(tmp_path):
    """Where every paragraph's first line is indented, headings too, and no space is left between paragraphs: an
    indented line under an indented first line that stopped short opens a paragraph (an annex's title, then its
    introduction); a line of an item whose other lines hang at that indent does not."""
    rows = [(96, "附件一"), (96, "2021 年 3 月 25 日和 26 日举行的国际合作工作组第十二次会议通过的建议"),
            (96, "2021 年 3 月 25 日和 26 日举行的国际合作工作组第十二次会议通过了下列建议供联合国打"),
            (72, "击跨国有组织犯罪公约缔约方会议核可：")]
    text = _read(tmp_path, [[Run(x, 780 - 14 * n, 12, t) for n, (x, t) in enumerate(rows)]], lang="zh").text
    assert [block.strip() for block in text.split("\n\n")] == \
        [rows[0][1], rows[1][1], rows[2][1] + "\n" + rows[3][1]]


def test_bold_lines_are_set_apart_from_regular_ones(tmp_path):
    """Where neither space nor indent sets paragraphs apart, an annex's heading and title set in bold are parted
    from the regular text under them, however full their lines; a bold label opening a line is no title."""
    rows = [("附件一", True), ("2021 年 3 月 25 日和 26 日举行的国际合作工作组第十二次会议通过", True),
            ("的建议", True), ("2021 年 3 月 25 日和 26 日举行的国际合作工作组第十二次会议通过了下列", False),
            ("建议供联合国打击跨国有组织犯罪公约缔约方会议核可：", False)]
    page = [Run(72, 780 - 14 * n, 12, text, bold) for n, (text, bold) in enumerate(rows)]
    page += [Run(72, 780 - 14 * 5, 12, "(a) ", True), Run(96, 780 - 14 * 5, 12, "鼓励缔约国在可能和适当的情况下使用联合调查；")]
    text = _read(tmp_path, [page], lang="zh").text
    assert text.split("\n\n") == ["\n".join(row[0] for row in rows[:3]), rows[3][0] + "\n" + rows[4][0] + "\n"
                                   "(a) 鼓励缔约国在可能和适当的情况下使用联合调查；\n"]


def test_the_lines_of_an_item_whose_label_hangs_are_one_paragraph(tmp_path):
    """UN documents hang an item's label at its left ("(b)" at the margin, its text and its other lines one tab
    further): a line of the item as indented as its text goes on with it, after a line that ends a sentence too."""
    rows = [(72, "(a)", "States parties are encouraged to use joint investigations, where appropriate, as a"),
            (103, "", "modern form of international cooperation."),
            (72, "(b)", "States parties are also encouraged to make further use of article 19 of the Convention."),
            (103, "", "To that end, States parties may develop model agreements on joint investigative bodies,"),
            (103, "", "and disseminate them more widely;")]
    page = []
    for y, (x, label, text) in zip((780, 766, 746, 732, 718), rows):  # 6 points more between the items
        page += [Run(72, y, 11, label), Run(103, y, 11, text)] if label else [Run(x, y, 11, text)]
    lines = [f"{label} {text}".strip() for _, label, text in rows]
    assert _read(tmp_path, [page], lang="en").text.split("\n\n") == \
        ["\n".join(lines[:2]), "\n".join(lines[2:]) + "\n"]


def test_an_indented_line_after_a_full_one_that_ends_a_clause_starts_a_paragraph(tmp_path):
    """A heading set with the same first-line indent as the paragraphs, after an item whose last line is full."""
    rows = [(96, "(i) The Secretariat should continue to assist States parties in developing guidelines"),
            (72, "on the practical issues that arise in the implementation of article 19 of the Convention;"),
            (96, "International cooperation involving special investigative techniques"),
            (96, "(j) States parties are encouraged to make further use of article 20 of the Convention"),
            (72, "in accordance with domestic law;")]
    text = _read(tmp_path, [[Run(x, 780 - 14 * n, 11, t) for n, (x, t) in enumerate(rows)]], lang="en").text
    assert "of the Convention;\n\n    International cooperation" in text  # its indent kept: 24 points, 4 columns
    assert "techniques\n\n    (j) States parties are encouraged to make further use of article 20 of the Convention\n" \
           "in accordance" in text


def test_a_hanging_indent_is_no_new_paragraph(tmp_path):
    """An item whose label stands out to the left and whose other lines are indented is one paragraph."""
    rows = [(72, "(a) States parties are encouraged to use joint investigations, where"),
            (96, "possible and appropriate, as a modern form of international"),
            (96, "cooperation;"),
            (72, "(b) States parties are also encouraged to make further use of article 19;")]
    text = _read(tmp_path, [[Run(x, 780 - 14 * n, 11, t) for n, (x, t) in enumerate(rows)]], lang="en").text
    assert "\n\n" not in text and text.splitlines() == [t for _, t in rows]


def test_raised_small_digits_are_superscript_footnote_numbers(tmp_path):
    line = [Run(72, 780, 11, "the Convention"), Run(150, 784, 7, "1"), Run(154, 780, 11, " and the Protocols,")]
    note = [Run(66, 103, 6, "1"), Run(72, 100, 9, "Treaty Series, vol. 2225.")]
    zh = [Run(72, 700, 11, "《公约》"), Run(116, 704, 7, "2"), Run(120, 700, 11, "总体范围")]
    text = _read(tmp_path, [line + zh + note], lang="en").text
    assert "the Convention¹ and the Protocols," in text
    assert "《公约》²总体范围" in text
    assert "\n¹ Treaty Series, vol. 2225.\n" in text  # a footnote's own number, at the start of its line


def test_runs_on_one_baseline_are_one_line(tmp_path):
    """A cover page sets "United Nations" and the symbol on one line, far apart."""
    cover = [Run(72, 780, 14, "United Nations"), Run(440, 780, 14, "A/RES/80/7"),
             Run(72, 740, 11, "The General Assembly,")]
    text = _read(tmp_path, [cover], lang="en").text
    assert text.splitlines()[0].split() == ["United", "Nations", "A/RES/80/7"]


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "ar"])  # Arabic: see the next test
def test_a_pdf_of_the_sample_gives_the_units_of_its_text(tmp_path, lang):
    """Each version of the sample set as a PDF (paragraphs wrapped with extra space after them, over several pages,
    footnotes smaller after the text with raised numbers, markers raised in the text) gives the sample's units."""
    sample = segment(corpora.load(SAMPLE, lang))
    join = "" if lang == "zh" else " "
    body = [(join.join(u.raw.split("\n")), 11.0) for u in sample.units if u.kind != "footnote"]
    notes = [(u.raw.replace("\n", join), 9.0) for u in sample.units if u.kind == "footnote"]
    pages = laid_out(body + notes, columns=80)
    assert len(pages) > 3
    doc = _read(tmp_path, pages, lang=lang)
    seg = segment(doc)
    assert [(u.id, u.kind) for u in seg.units] == [(u.id, u.kind) for u in sample.units]
    assert [u.text for u in seg.units] == [u.text for u in sample.units]
    assert [u.footnote_refs for u in seg.units] == [u.footnote_refs for u in sample.units]


def test_characters_a_cjk_font_maps_to_radicals_read_as_the_characters_shown(tmp_path):
    """A PDF whose font maps the glyphs 执行 and 附件一 share with the radicals ⾏ and ⼀ back to the radicals (as
    Chromium's PDFs set in Noto CJK do): the text is the characters the page shows, and gives the sample's units."""
    from tests.test_ideographs import as_printed

    sample = segment(corpora.load(SAMPLE, "zh"))
    body = [(as_printed("".join(u.raw.split("\n"))), 11.0) for u in sample.units if u.kind != "footnote"]
    notes = [(as_printed(u.raw.replace("\n", "")), 9.0) for u in sample.units if u.kind == "footnote"]
    pages = laid_out(body + notes, columns=80)
    assert "⾏" in "".join(run.text for page in pages for run in page)
    doc = _read(tmp_path, pages, lang="zh")
    assert "⾏" not in doc.text and "⼀" not in doc.text and "执行" in doc.text and "附件一" in doc.text
    seg = segment(doc)
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample.units]


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "ar"])
def test_footnotes_at_the_bottom_of_their_page_and_running_headers_and_footers(tmp_path, lang):
    """As a UN PDF prints them: each footnote at the bottom of the page of its marker (the rule above them is a
    drawn line, no text), the symbol at the top and the page and job numbers at the foot of every page."""
    sample = segment(corpora.load(SAMPLE, lang))
    join = "" if lang == "zh" else " "
    body = [(join.join(u.raw.split("\n")), 11.0) for u in sample.units if u.kind != "footnote"]
    notes = {u.label: u.text for u in sample.units if u.kind == "footnote"}
    pages = laid_out(body, columns=80, notes=notes, header="CTOC/COP/2022/L.6", footer="V.22-10006 {page}/9")
    seg = segment(_read(tmp_path, pages, lang=lang))
    assert [(u.id, u.kind, u.text, u.footnote_refs) for u in seg.units] == \
        [(u.id, u.kind, u.text, u.footnote_refs) for u in sample.units]


def test_arabic_stored_in_the_order_it_is_displayed_reads_in_logical_order(tmp_path):
    """PDF producers store right-to-left text as it is displayed, its first letter rightmost; the reader gives it
    back in reading order."""
    lines = ["إن الجمعية العامة،", "إذ تشير إلى قرارها"]
    pages = [[Run(72, 780 - 20 * n, 11, line[::-1]) for n, line in enumerate(lines)]]
    assert _read(tmp_path, pages, lang="ar").text.splitlines() == lines


def test_an_arabic_line_with_figures_and_brackets_reads_in_logical_order(tmp_path):
    """As displayed, a right-to-left line's runs go left to right (the figures of "11/1" at the left, after the
    word they follow) and its brackets show mirrored; contextual letter forms read as the letters."""
    def shown(text: str) -> str:  # the characters of a right-to-left run as the PDF stores them, left to right
        return text[::-1].translate(str.maketrans("()", ")("))

    rows = [[Run(72, 780, 11, "11/1"), Run(100, 780, 11, shown(" القرار"))],
            [Run(72, 760, 11, shown("(أ) تشجع الدول الأطراف"))],
            [Run(72, 740, 11, shown("\ufee3\ufeca"))]]  # مع in the forms a font shows
    text = _read(tmp_path, [[run for row in rows for run in row]], lang="ar").text
    assert text.splitlines() == ["القرار 11/1", "(أ) تشجع الدول الأطراف", "مع"]


def test_arabic_brackets_shown_mirrored_in_word_runs_stored_left_to_right(tmp_path):
    """Chromium stores a right-to-left line word by word from the left of the page, each bracket in the shape it
    shows: "(أ) تشجع" is stored "تشجع", "(", "أ", ")", so its first bracket stored is an opening one. Read from the
    right, the first bracket is a closing one: the brackets show mirrored and are turned back."""
    def shown(text: str) -> str:
        return text[::-1]

    words = [shown("الأطراف"), " ", shown("الدول"), " ", shown("تشجع"), " ", "(", "أ", ")"]
    rows = []
    for n in range(3):
        x = 72.0
        for word in words:
            rows.append(Run(x, 780 - 14 * n, 11, word))
            x += 5.5 * len(word) + 0.5
    text = _read(tmp_path, [rows], lang="ar").text
    assert text.splitlines() == ["(أ) تشجع الدول الأطراف"] * 3


def test_the_spaces_pypdf_gives_around_punctuation_in_arabic_lines_stored_as_shown_are_left_out(tmp_path):
    """Where Chromium stores a right-to-left line as shown, pypdf gives its punctuation runs with spaces Arabic
    typography does not put there: "/ " between month names, a space inside the quotation marks, before a comma
    or a closing bracket. They are left out; the spaces between words stay."""
    def shown(text: str) -> str:
        return text[::-1]

    lines = [  # each line's runs from the left of the page; "(" and ")" in the shapes they show
        [shown("الأطراف"), " ", shown("الدول"), " ", shown("تشجع"), " ", "( ", "أ", ")"],
        [" ،", '" ', shown("الأحكام"), " ", shown("تنفيذ"), ' " ', shown("المعنون"), " ", "،", "2010", " ",
         shown("أكتوبر"), "/ ", shown("الأول"), " ", shown("تشرين"), " ", "22", " ", shown("في")],
        ["(", shown("الفيروس"), " ) ", shown("الجائحة"), " ", shown("أثر")],
    ]
    rows = []
    for n, runs in enumerate(lines):
        x = 72.0
        for text in runs:
            rows.append(Run(x, 780 - 14 * n, 11, text))
            x += 5.5 * len(text) + 0.5
    text = _read(tmp_path, [rows], lang="ar").text
    assert text.splitlines() == ["(أ) تشجع الدول الأطراف", 'في 22 تشرين الأول/أكتوبر 2010، المعنون "تنفيذ الأحكام"،',
                                 "أثر الجائحة (الفيروس)"]


def test_a_letter_pypdf_gives_with_a_space_after_it_stands_where_the_letter_is(tmp_path):
    """"و " (the letter with the space pypdf adds) stored at the left end of a right-to-left line, right of the slash
    and left of a real space: read from the right, the space comes before it ("الأطراف و/"), not after it."""
    def shown(text: str) -> str:
        return text[::-1]

    item = [(72.0, shown("تشجع")), (96.0, " "), (101.5, "("), (107.0, "أ"), (112.5, ")")]  # brackets as shown
    line = [(62.0, "/"), (66.7, shown("و ")), (73.5, " "), (78.6, shown("الأطراف")), (118.0, " "), (123.5, shown("متعددة"))]
    rows = [Run(x, 780, 14, text) for x, text in item] + [Run(x, 762, 14, text) for x, text in line]
    assert _read(tmp_path, [rows], lang="ar").text.splitlines() == ["(أ) تشجع", "متعددة الأطراف و/"]


def test_a_space_before_the_hyphen_of_covid_19_in_an_arabic_line_stored_as_shown_is_left_out():
    from aligner.pdftext import _shown_spacing_mended

    assert _shown_spacing_mended(["أثر جائحة مرض فيروس كورونا (كوفيد -19)", "1 - يقر", "COVID -19 (2020)"]) == \
        ["أثر جائحة مرض فيروس كورونا (كوفيد-19)", "1 - يقر", "COVID -19 (2020)"]


def test_an_arabic_line_stored_in_reading_order_reads_the_same(tmp_path):
    """LibreOffice stores a right-to-left line's runs in reading order (right to left on the page, each run's glyphs
    left to right as a PDF shows them, mapped to the characters as written, brackets unmirrored), and sets the
    pieces of a word a justified line stretches apart with no space: the same text comes out."""
    def stored(text: str) -> str:  # a run's characters as a PDF shows them, left to right
        return text[::-1]

    rows = [[Run(500, 780, 11, stored("القرار")), Run(460, 780, 11, "11/1")],
            # a label shown by one operation that pypdf gives in two pieces at one place
            [Run(520, 766, 11, "("), Run(509, 766, 11, " )"), Run(509, 766, 11, "د"), Run(440, 766, 11, stored("تشجع الدول"))],
            [Run(370, 752, 11, stored("(أ) تشجع الدول الأطراف"))],
            [Run(300, 738, 11, stored("إذ يلاح")), Run(250.5, 738, 11, stored("ظ أن للتع")), Run(234, 738, 11, stored("اون"))]]
    text = _read(tmp_path, [[run for row in rows for run in row]], lang="ar").text
    assert text.splitlines() == ["القرار 11/1", "(د) تشجع الدول", "(أ) تشجع الدول الأطراف", "إذ يلاحظ أن للتعاون"]


def test_short_paragraphs_more_gaps_between_than_within(tmp_path):
    """Paragraphs of one or two lines have more gaps between them than within them: the spacing within (14 points
    here) is still the usual one, and the wider gaps (20 points) part the paragraphs."""
    lines = [(780, "Recalling its decision 2/2 of 19 October 2005, entitled"), (766, "“Implementation”,"),
             (746, "Reaffirming its decision 3/2,"), (726, "Recalling its decision 4/2,"),
             (706, "Recalling also its resolution 8/1 of 21 October 2016, entitled"), (692, "“Enhancing”,"),
             (672, "Welcoming the work,")]
    text = _read(tmp_path, [[Run(72, y, 11, line) for y, line in lines]], lang="en").text
    assert text.split("\n\n") == [
        "Recalling its decision 2/2 of 19 October 2005, entitled\n“Implementation”,", "Reaffirming its decision 3/2,",
        "Recalling its decision 4/2,", "Recalling also its resolution 8/1 of 21 October 2016, entitled\n“Enhancing”,",
        "Welcoming the work,\n"]


def _canvas_pages(tmp_path, lines, cut, sliver, flipped):
    """A document drawn as one long canvas cut into pages before line ``cut`` (as Chromium prints): both pages draw
    lines at the canvas's heights, each page with its own offset (Chromium's canvas is scaled and runs down from
    the top: ``flipped``); the first page's foot also shows ``sliver``, drawn at the height of the next page's
    first line."""
    step, scale = (15, -0.75) if flipped else (-15, 1.0)
    runs = [Run(72, 1000 + step * n, 11, text) for n, text in enumerate(lines)]
    first = runs[:cut] + ([Run(200, runs[cut].y, 11, sliver)] if sliver else [])
    matrices = [(abs(scale), 0, 0, scale, 0, 780 - scale * runs[start].y) for start in (0, cut)]
    path = tmp_path / "canvas.pdf"
    path.write_bytes(pdf_bytes([first, runs[cut:]], matrices=matrices))
    return read_document(path, lang="en").text


_CANVAS = ["Encourages States parties to strengthen training for judges,", "prosecutors, law enforcement officers and",
           "practitioners involved in investigations using special", "investigative techniques or supervising them, taking",
           "into account the complexity of the issues involved;", "Encourages States parties to coordinate early."]


@pytest.mark.parametrize("flipped", [False, True])
def test_the_sliver_of_a_line_cut_between_two_pages_is_left_out(tmp_path, flipped):
    """The tall letters of the next page's first line ("ptt" of "practitioners …"), shown again at the foot of the
    page before, are no line of the text: the paragraph goes on over the page break as without them."""
    text = _canvas_pages(tmp_path, _CANVAS, 2, "ptt", flipped)
    assert "ptt" not in text
    assert text == _canvas_pages(tmp_path, _CANVAS, 2, "", flipped)
    assert text.split("\f") == ["\n".join(_CANVAS[:2]) + "\n", "\n" + "\n".join(_CANVAS[2:]) + "\n"]


def test_a_short_line_closing_a_page_is_kept_where_lines_are_not_drawn_at_heights_of_their_own(tmp_path):
    """A producer that places every line with the page's matrix draws them all at one height: a short last line of a
    page whose letters the next page's first line also has is text, not a sliver."""
    pages = [[Run(72, 0, 11, "Encourages States parties to strengthen training for")],
             [Run(72, 0, 11, "parties.")], [Run(72, 0, 11, "Encourages the parties to report to the Working Group.")]]
    path = tmp_path / "placed.pdf"
    path.write_bytes(pdf_bytes(pages, matrices=[(1, 0, 0, 1, 0, 780), (1, 0, 0, 1, 0, 300),
                                                (1, 0, 0, 1, 0, 780)]))
    assert "parties." in read_document(path, lang="en").text


def test_footnote_numbers_printed_plain_at_the_foot_of_the_page(tmp_path):
    """LibreOffice prints a footnote's own number plain in the smaller lines at the foot of the page: it becomes
    the superscript of the marker above, and a number no marker stands for stays as it is."""
    page = [Run(72, 780, 11, "Noting the Convention"), Run(183.5, 784, 7, "1"), Run(190, 780, 11, " and its Protocols,"),
            Run(72, 766, 11, "3 Recalling its resolution 10/4 of 16 October 2020, entitled “Celebrating the"),
            Run(72, 752, 11, "twentieth anniversary of the adoption of the United Nations Convention,"),
            Run(72, 90, 8.5, "1"), Run(77, 90, 8.5, " United Nations, Treaty Series, vol. 2225."),
            Run(72, 80, 8.5, "3 A number no marker stands for.")]
    text = _read(tmp_path, [page], lang="en").text
    lines = [line for line in text.splitlines() if line]
    assert lines[-2:] == ["¹ United Nations, Treaty Series, vol. 2225.", "3 A number no marker stands for."]
    assert lines[0] == "Noting the Convention¹ and its Protocols,"


def test_footnote_numbers_printed_plain_above_a_footer_in_the_body_size(tmp_path):
    """The page and job numbers of a footer below the notes, printed as large as the text, do not hide the notes."""
    page = [Run(72, 780, 11, "Noting the Convention"), Run(183.5, 784, 7, "1"),
            Run(190, 780, 11, " and its Protocols,"), Run(72, 766, 11, "Recalling its resolution 10/4 of 16 October 2020,"),
            Run(72, 90, 8.5, "1"), Run(77, 90, 8.5, " United Nations, Treaty Series, vol. 2225."),
            Run(72, 50, 11, "V.22-23456"), Run(480, 50, 11, "2/7")]
    lines = [line for line in _read(tmp_path, [page], lang="en").text.splitlines() if line]
    assert lines[-2:] == ["¹ United Nations, Treaty Series, vol. 2225.", "V.22-23456 2/7"]


def test_kashidas_of_a_justified_arabic_line_are_tatweels_and_no_part_of_the_units_text(tmp_path):
    """A justified Arabic line stretches its words with kashidas: tatweels, or, where the PDF maps no character to
    the stroke's glyph, its code read as a Latin-1 character (LibreOffice's "AA", "$$"). Those become tatweels in
    the text (the line keeps its printed length), and the unit's text has none; a tatweel that belongs to a label
    ("(هـ)"), and a "/" between two words ("الأول/أكتوبر"), stay."""
    def stored(text: str) -> str:
        return text[::-1]

    rows = [[Run(500, 780, 11, stored("إذ يلاح")), Run(490, 780, 11, "AA"), Run(450, 780, 11, stored("ظ أن للتع$$اون"))],
            [Run(400, 760, 11, stored("(هـ) تشجع الدول في تشرين الأول/أكتوبر"))]]
    doc = _read(tmp_path, [[run for row in rows for run in row]], lang="ar")
    assert doc.text.splitlines() == ["إذ يلاحــظ أن للتعــاون", "(هـ) تشجع الدول في تشرين الأول/أكتوبر"]
    units = segment(doc).units
    assert [u.text for u in units] == ["إذ يلاحظ أن للتعاون", "تشجع الدول في تشرين الأول/أكتوبر"]
    assert units[1].label == "(هـ)" and "ــ" in units[0].raw


def test_brackets_set_on_their_own_where_glyphs_are_as_shown(tmp_path):
    """Where a file gives glyphs as shown (its lines' first bracket a closing one) and sets a bracket on its own
    (LibreOffice sets each glyph of a line justified with kashidas apart), that bracket is turned back too."""
    rows = [[Run(520, y, 11, ")"), Run(515, y, 11, letter), Run(510, y, 11, "("), Run(440, y, 11, "تشجع الدول"[::-1])]
            for y, letter in ((780, "ا"), (760, "ب"))]
    text = _read(tmp_path, [[run for row in rows for run in row]], lang="ar").text
    assert text.splitlines() == ["(ا) تشجع الدول", "(ب) تشجع الدول"]


def _assert_gives_the_sample(path: Path, lang: str) -> None:
    """That the file at ``path`` gives the bundled sample's units in ``lang``: their ids, texts and footnote
    references."""
    expected, got = segment(corpora.load("untoc-cop-res-11-1", lang)), segment(read_document(path, lang=lang))
    assert [(u.id, u.text, u.footnote_refs) for u in got.units] == \
        [(u.id, u.text, u.footnote_refs) for u in expected.units]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_libreoffice_pdfs_of_the_sample_segment_as_its_text(lang):
    """PDFs LibreOffice prints of the sample (tests/data/make_libreoffice_pdfs.py): footnote numbers printed plain at
    the foot of the page, Arabic lines stored in reading order, justified words set in pieces, list labels drawn
    in pieces. They give the text's units, texts and footnote references."""
    pdf = Path(__file__).parent / "data" / f"libreoffice-untoc-cop-res-11-1.{lang}.pdf"
    _assert_gives_the_sample(pdf, lang)


@pytest.mark.parametrize("lang", ["zh", "en", "ru"])
def test_libreoffice_pdfs_with_first_line_indents_and_no_space_between_paragraphs_segment_as_the_text(lang):
    """The sample printed by LibreOffice with each paragraph's first line indented by two characters, headings and
    titles too, and no space between paragraphs (tests/data/make_libreoffice_pdfs.py): an annex's title over its
    introduction at the same indent, a heading over a lettered item ("……有关的事项" / "(l) 鼓励……"), a heading
    whose subtitle goes on under its colon (": " / "a one-year review"), a clause opening as a preambular paragraph
    would in an item that runs over a page ("…," / "учитывая, что …"). They give the text's units, texts and
    footnote references."""
    pdf = Path(__file__).parent / "data" / f"libreoffice-indented-untoc-cop-res-11-1.{lang}.pdf"
    _assert_gives_the_sample(pdf, lang)


def test_a_chromium_pdf_set_in_noto_cjk_segments_as_the_chinese_text():
    """The sample's Chinese version printed by Chromium in Noto Serif CJK SC (tests/data/make_chromium_pdfs.py): its
    text layer gives radicals for 42 of the characters the font draws with their glyphs ("执⾏", "附件⼀", "⽉"). It
    gives the text's units, texts and footnote references."""
    from pypdf import PdfReader

    pdf = Path(__file__).parent / "data" / "chromium-untoc-cop-res-11-1.zh.pdf"
    layer = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "执⾏" in layer and "附件⼀" in layer
    _assert_gives_the_sample(pdf, "zh")


def test_text_pdftotext_takes_from_a_libreoffice_pdf_gives_the_sample():
    """``pdftotext`` of the LibreOffice PDF of the English sample (tests/data/make_chromium_pdfs.py): footnotes at the
    foot of each page in plain digits, their markers set apart ("Organized Crime 1 and that"), a form feed opening
    each page. It gives the text's units, texts and footnote references."""
    text = Path(__file__).parent / "data" / "pdftotext-libreoffice-untoc-cop-res-11-1.en.txt"
    assert "Crime 1 and" in text.read_text(encoding="utf-8")
    _assert_gives_the_sample(text, "en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_pdftotext_takes_in_layout_mode_from_pdfs_whose_paragraphs_open_indented(lang):
    """``pdftotext -layout`` of the sample printed by Chromium with each paragraph's first line indented
    (tests/data/make_chromium_pdfs.py): no blank lines, first lines indented. It gives the text's units and texts
    (the Chinese annex titles over their first paragraphs, which only the indents tell apart, among them)."""
    text = Path(__file__).parent / "data" / f"pdftotext-layout-untoc-cop-res-11-1.{lang}.txt"
    assert "\n\n" not in read_document(text, lang=lang).text.strip()
    expected, got = segment(corpora.load("untoc-cop-res-11-1", lang)), segment(read_document(text, lang=lang))
    assert [(u.id, u.text) for u in got.units] == [(u.id, u.text) for u in expected.units]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_libreoffice_pdfs_with_a_un_page_layout_segment_as_the_document_printed(lang):
    """PDFs LibreOffice prints of the sample laid out with a UN masthead, running header and footers of job and page
    numbers as large as the text (tests/data/make_libreoffice_pdfs.py; the Arabic one justified with kashidas,
    each glyph set on its own) give the units of the .docx they were printed from: footnotes above the footers,
    kashidas out of the words, brackets the right way round; the masthead's cells, a tab apart in the .docx and
    a wide gap apart in the PDF, are one space apart in both."""
    name = f"libreoffice-un-layout-untoc-cop-res-11-1.{lang}"
    printed = segment(read_document(Path(__file__).parent / "data" / f"{name}.docx", lang=lang))
    got = segment(read_document(Path(__file__).parent / "data" / f"{name}.pdf", lang=lang))
    assert [(u.id, u.text, u.footnote_refs) for u in got.units] == \
        [(u.id, u.text, u.footnote_refs) for u in printed.units]
    assert "\t" in printed.units[0].raw and "\t" not in printed.units[0].text
    assert {"fn.1", "fn.4", "symbol"} <= {u.id for u in got.units}


def test_the_room_set_between_chinese_and_figures_is_no_space():
    """LibreOffice and Word set Chinese apart from figures and Latin letters; pypdf gives that room as a run of
    white space placed where the next run starts (as read from a LibreOffice PDF of the sample). It is no space
    of the text ("2022年5月"), unlike a space the PDF draws ("第 19 条", "后 COVID-19") or a wide gap between
    cells ("联合国 CTOC/COP/2022/L.5")."""
    from aligner.pdftext import _Line, _Run

    def line(*runs):
        return _Line([_Run(text, 780.0, size, x) for text, x, size in runs], left=runs[0][1]).text()

    assert line(("2022", 72.1, 11.0), (" ", 102.3, 12.0), ("年", 102.3, 10.5), (" ", 114.9, 12.0), ("5", 114.9, 11.0),
                (" ", 124.1, 12.0), ("月", 124.1, 10.5)) == "2022年5月"
    assert line(("公约》第", 72.1, 10.5), (" ", 114.1, 12.0), ("17", 114.1, 11.0), (" ", 130.3, 12.0),
                ("条）", 130.3, 10.5)) == "公约》第17条）"
    assert line(("第 19 条", 72.1, 10.5)) == "第 19 条"
    assert line(("提高在后", 72.1, 10.5), (" ", 114.1, 10.5), ("COVID-19", 116.9, 11.0)) == "提高在后 COVID-19"
    assert line(("联合国", 72.1, 12.0), (" ", 401.9, 12.0), ("CTOC/COP/2022/L.5", 401.9, 12.0)) == \
        "联合国 CTOC/COP/2022/L.5"


def test_ligatures_read_as_their_letters(tmp_path):
    """Fonts set "fi", "ff" and "ffi" as one glyph; the text has the letters ("specific", not "speciﬁc")."""
    text = _read(tmp_path, [[Run(72, 780, 11, "speciﬁc and eﬀective measures, eﬃcient oﬃces")]], lang="en").text
    assert text == "specific and effective measures, efficient offices\n"


def test_a_file_that_is_no_pdf_is_an_input_error(tmp_path):
    path = tmp_path / "res.pdf"
    path.write_bytes(b"%PDF-1.7\nnot really a PDF at all\n")
    with pytest.raises(InputError, match="not a readable PDF file"):
        read_document(path)


def test_a_damaged_pdf_is_an_input_error_whatever_the_damage(tmp_path, capsys):
    """Cut short, bytes overwritten here and there: always the one-line input error, never another exception, and
    nothing of what pypdf logs about the damage on the terminal."""
    import random

    good = pdf_bytes(laid_out([("The General Assembly,", 11.0), ("1. Decides to remain seized of the matter.", 11.0)],
                              columns=80))
    rng = random.Random(7)
    path = tmp_path / "damaged.pdf"
    for trial in range(200):
        data = bytearray(good[: rng.randrange(20, len(good))] if trial % 2 else good)
        for _ in range(rng.randrange(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        try:
            read_document(path, lang="en")
        except InputError as err:
            assert "\n" not in str(err)
    captured = capsys.readouterr()
    assert captured.out == captured.err == ""


def test_what_pypdf_logs_about_an_odd_file_it_reads_stays_off_the_terminal(tmp_path):
    """An unknown font encoding makes pypdf log an error and read on; the command's output is only its own."""
    import subprocess
    import sys

    good = pdf_bytes([[Run(72, 780, 11, "The General Assembly,"), Run(72, 750, 11, "1. Decides.")]])
    path = tmp_path / "odd.pdf"
    path.write_bytes(good.replace(b"/Encoding /Identity-H", b"/Encoding /Identity-X"))
    run = subprocess.run([sys.executable, "-c", "from cli.main import main; main()", "segment", str(path), "--lang",
                          "en", "--format", "tsv"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode in (0, 2) and "not implemented" not in run.stderr and "Traceback" not in run.stderr
    assert run.stderr.count("\n") <= 1


def test_a_pdf_without_text_is_an_input_error(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([[]]))
    with pytest.raises(InputError, match="no text layer"):
        read_document(path)


def test_the_cli_reads_a_pdf_and_reports_a_bad_one_in_one_line(tmp_path):
    good = tmp_path / "res.pdf"
    good.write_bytes(pdf_bytes([[Run(72, 780, 11, "The General Assembly,"),
                                 Run(72, 750, 11, "Recalling its resolution 55/25,"),
                                 Run(72, 720, 11, "1. Decides to remain seized of the matter.")]]))
    result = CliRunner().invoke(cli, ["segment", str(good), "--lang", "en", "--format", "tsv"])
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[0] for line in result.output.splitlines()[1:]] == ["body", "pp.1", "op.1"]
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"garbage")
    result = CliRunner().invoke(cli, ["segment", str(bad)])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "not a readable PDF file" in result.output


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_older_resolution_printed_from_its_plain_text_file(lang):
    """LibreOffice's PDF of the 1990s General Assembly resolution's text file (tests/data/make_libreoffice_pdfs.py):
    monospace lines, a form feed starting page 2 under the running symbol and "Page 2", footnotes numbered "1/"
    under a rule at the bottom of each page. From its titles on it gives the text file's units, texts and footnote
    references; above them, its masthead and cover lines."""
    from tests.test_segment_layouts import OLD_GA_EN, OLD_GA_ZH

    pdf = Path(__file__).parent / "data" / f"libreoffice-plain-text-a-res-52-85.{lang}.pdf"
    got = [(u.id, u.kind, u.text, u.footnote_refs) for u in segment(read_document(pdf, lang=lang)).units]
    text = {"en": OLD_GA_EN, "zh": OLD_GA_ZH}[lang]
    expected = [(u.id, u.kind, u.text, u.footnote_refs) for u in segment(Document(text, lang)).units]
    start = [u[0] for u in got].index("title")
    assert got[start:] == expected[[u[0] for u in expected].index("title"):]
    assert {u[1] for u in got[:start]} == {"masthead", "cover"} and ("cover.2", "cover") in [u[:2] for u in got]


def test_footnotes_nearly_as_large_as_the_text_are_still_the_foot_of_the_page(tmp_path):
    """Notes in 9 points under text in 9.5 points (LibreOffice's footnote style under a small body size)."""
    page = [Run(72, 780, 9.5, "Noting the Convention"), Run(160, 784, 6, "1"), Run(166, 780, 9.5, " and its Protocols,"),
            Run(72, 767, 9.5, "Recalling its resolution 10/4 of 16 October 2020,"),
            Run(72, 90, 9, "1"), Run(77, 90, 9, " United Nations, Treaty Series, vol. 2225.")]
    lines = [line for line in _read(tmp_path, [page], lang="en").text.splitlines() if line]
    assert lines[-1] == "¹ United Nations, Treaty Series, vol. 2225."
    assert segment(_read(tmp_path, [page], lang="en")).get("fn.1").text == "United Nations, Treaty Series, vol. 2225."


def test_room_a_justified_chinese_line_leaves_before_punctuation_is_no_space():
    """pypdf gives the room LibreOffice leaves between a Chinese character and the punctuation after it (a
    half-width comma, an enumeration comma at the end of a justified line, the dot inside a name) as a run of white
    space where the next run starts: no space of the text."""
    from aligner.pdftext import _Line, _Run

    def line(*runs):
        return _Line([_Run(text, 780.0, size, x) for text, x, size in runs], left=runs[0][1]).text()

    assert line(("会议的间隙", 72.1, 10.5), (" ", 126.0, 12.0), (",组织", 126.0, 10.5)) == "会议的间隙,组织"
    assert line(("有条件释放", 72.1, 10.5), (" ", 130.2, 12.0), ("、", 130.2, 10.5)) == "有条件释放、"
    assert line(("纳尔逊", 72.1, 10.5), (" ", 104.2, 12.0), ("·曼德拉", 104.2, 10.5)) == "纳尔逊·曼德拉"
    assert line(("原则", 72.1, 10.5), (" ", 93.1, 12.0), ("和", 93.1, 10.5)) == "原则和"


def test_kashidas_a_pdf_maps_to_full_stops_are_tatweels(tmp_path):
    """LibreOffice's justified Arabic at 9 to 11 points maps the kashida glyph to "." ("لاتفاقي..ة"): where a full
    stop stands glued between two Arabic letters ten times or more in a document, it is a kashida; fewer times, it
    is a full stop (an abbreviation: "ص.ب")."""
    def stored(text: str) -> str:
        return text[::-1]

    stretched = [Run(450, 780 - 14 * row, 11, stored("لاتفاقي..ة الأمم المتح.دة")) for row in range(5)]
    doc = _read(tmp_path, [stretched], lang="ar")
    assert doc.text.splitlines()[0] == "لاتفاقيــة الأمم المتحـدة"
    assert segment(doc).units[0].text.startswith("لاتفاقية الأمم المتحدة")
    few = [Run(450, 780 - 14 * row, 11, stored("ص.ب الأمم المتح.دة")) for row in range(3)]
    assert _read(tmp_path, [few], lang="ar").text.splitlines()[0] == "ص.ب الأمم المتح.دة"


def test_an_item_lettered_with_a_full_stop_hangs_its_label_too(tmp_path):
    """A browser's or Word's "e." hangs at the left of the item's text like "(e)": a line of the item after one
    that ends a sentence goes on with it."""
    rows = [(72, "e.", "States parties are also encouraged to ensure that communication channels are kept;"),
            (91, "", "including the clarification of applicable legal and disclosure requirements."),
            (91, "", "States parties are further encouraged to endeavour to overcome difficulties;")]
    page = []
    for y, (x, label, text) in zip((780, 766, 752), rows):
        page += [Run(72, y, 11, label), Run(91, y, 11, text)] if label else [Run(x, y, 11, text)]
    text = _read(tmp_path, [page], lang="en").text
    assert "\n\n" not in text.strip() and text.startswith("e. States parties")


def test_the_room_a_browser_makes_above_a_superscript_parts_no_paragraph(tmp_path):
    """Chromium makes a line holding a superscript taller: the line above stands 17 points off rather than 12, less
    than the 24 between paragraphs. A paragraph that starts with such a line is still set apart."""
    page = [Run(72, 700, 12, "Noting the prominent place of international cooperation within the scope of the United"),
            Run(72, 682.9, 12, "Nations Convention against Transnational Organized Crime"), Run(395, 689.9, 4.75, "1"),
            Run(72, 670.9, 12, "and that dealing with the related issues is essential,"),
            Run(72, 646.9, 12, "Recalling its decision 2/2 of 19 October 2005, entitled “Implementation of the"),
            Run(72, 634.9, 12, "international cooperation provisions of the Convention”,"),
            Run(72, 605.8, 12, "Welcoming the work of the Working Group"), Run(300, 612.8, 4.75, "2"),
            Run(72, 593.8, 12, "on International Cooperation,")]
    paragraphs = _read(tmp_path, [page], lang="en").text.strip().split("\n\n")
    assert [p.split("\n")[0][:20] for p in paragraphs] == ["Noting the prominent", "Recalling its decisi",
                                                           "Welcoming the work o"]
    assert "Crime¹\nand that dealing" in paragraphs[0]


def test_notes_on_a_last_page_that_holds_more_notes_than_text(tmp_path):
    """A last page with two lines of text and four footnotes under them: the notes are smaller than the document's
    text, though they are most of the page."""
    body = [Run(72, 780 - 14 * n, 12, f"Line {n} of the text that fills the first page, recalling resolution 55/25,")
            for n in range(20)]
    body.append(Run(72, 500, 12, "and the Protocols thereto"))
    body += [Run(215, 504, 7, "1")]
    last = [Run(72, 780, 12, "Decides to remain seized of the matter"), Run(290, 784, 7, "2"),
            Run(72, 766, 12, "and of its follow-up."),
            Run(72, 110, 8, "1 United Nations, Treaty Series, vol. 2225, No. 39574, and the volumes after it."),
            Run(72, 100, 8, "2 Ibid., vols. 2237, 2241 and 2326, No. 39574, and the other volumes that follow it.")]
    text = _read(tmp_path, [body, last], lang="en").text
    assert "\n¹ United Nations, Treaty Series" in text and "\n² Ibid., vols." in text


def test_a_justified_chinese_line_read_with_spaces_between_its_characters():
    """pypdf gives the room Chromium spreads between the characters of a justified Chinese line as spaces: where a
    line has three or more between Chinese characters or marks, none is the text's; fewer ("联 合 国", as a
    masthead spaces them out) stay."""
    from aligner.pdftext import _Line, _Run

    def line(*runs):
        return _Line([_Run(text, 780.0, 10.5, x) for text, x in runs], left=runs[0][1]).text()

    assert line(("合 国 囚 犯 待 遇 规 则 》 （ 《 纳 尔 逊", 117.0), (" ·", 460.1), (" 曼 德 拉", 466.0)) == \
        "合国囚犯待遇规则》（《纳尔逊·曼德拉"
    assert line(("联 合 国", 72.0)) == "联 合 国"
