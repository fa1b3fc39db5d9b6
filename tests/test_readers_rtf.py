"""Rich Text Format (.rtf): the sample as LibreOffice saves it, and RTF written here."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpora
from aligner.errors import InputError
from aligner.readers import read_document
from aligner.segment import segment

DATA = Path(__file__).parent / "data"


def read(tmp_path: Path, rtf: str, lang: str = "en") -> str:
    file = tmp_path / "doc.rtf"
    file.write_bytes(rtf.encode("latin-1"))
    return read_document(file, lang=lang).text


def test_the_sample_as_libreoffice_saves_it_segments_as_its_text():
    """Made by tests/data/make_word97_samples.py: Word's list numbers as \\listtext, footnotes as {\\*\\footnote}."""
    doc = read_document(DATA / "untoc-cop-res-11-1.en.rtf")
    assert (doc.lang, doc.encoding) == ("en", "rtf")
    expected, got = segment(corpora.load("untoc-cop-res-11-1", "en")), segment(doc)
    assert [(u.id, u.text, u.footnote_refs) for u in got.units] == \
        [(u.id, u.text, u.footnote_refs) for u in expected.units]


def test_code_pages_unicode_and_special_characters(tmp_path):
    """\\'hh bytes in the document's code page, or in the code page of the font's character set (GBK here, two
    bytes a character); \\uN with its fallback skipped, beyond the BMP as a surrogate pair; \\~ \\_ \\- \\line
    \\tab and the quote words (\\- is a soft hyphen, which shows nothing inside a line and is dropped there)."""
    rtf = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset134 SimSun;}"
           r"{\f2\fnil\fcharset204 Arial Cyr;}}"
           r"R\'e9solution\~11/1 \endash{} \ldblquote cit\'e9\rdblquote\par"
           r"{\f1 \'c1\'aa\'ba\'cf\'b9\'fa}\par"
           r"{\f2 \'c4\'ee\'ea\'eb\'e0\'e4}\par"
           r"\uc1\u20844?\u32422? \uc2\u-10179??\u-8704?? non\_breaking soft\-hyphen\line next\tab cell\par}")
    assert read(tmp_path, rtf, "fr") == ("Résolution\u00a011/1 – “cité”\n\n联合国\n\nДоклад\n\n"
                                         "公约 \U0001F600 non\u2011breaking softhyphen\nnext\tcell\n")


def test_what_a_reader_does_not_see_is_left_out(tmp_path):
    """Style and colour tables, field instructions (their results stay), pictures, hidden text, deletions tracked as
    changes, footers, unknown ignorable destinations."""
    rtf = (r"{\rtf1\ansi{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}{\info{\title Draft}}"
           r"{\footer Page 3}{\*\generator Writer}"
           r"See {\field{\*\fldinst HYPERLINK \"https://undocs.org\"}{\fldrslt the report}} of "
           r"{\pict\pngblip 89504e47}the Secretariat{\v  [hidden note]}{\deleted  General}.{\*\unknowndest ignored}"
           r"\par}")
    assert read(tmp_path, rtf) == "See the report of the Secretariat.\n"


def test_a_text_box_comes_after_the_paragraph_holding_it(tmp_path):
    r"""Word writes a text box as a shape ({\shp}) whose {\shptxt} holds the box's paragraphs, then a drawing for
    older readers ({\shprslt}) holding them again: the box is read once, after its paragraph; shape properties
    are not text."""
    box = (r"{\shp{\*\shpinst\shpleft0\shptop0{\sp{\sn shapeType}{\sv 202}}"
           r"{\shptxt \pard Distr.: General\par 12 November 2022\par}}"
           r"{\shprslt{\*\do\dobxcolumn{\dptxbx{\pard Distr.: General\par 12 November 2022\par}}}}}")
    rtf = (r"{\rtf1\ansi United Nations" + box + r"\par "
           r"The Conference of the Parties,\par}")
    assert read(tmp_path, rtf) == ("United Nations\n\nDistr.: General\n\n12 November 2022\n\n"
                                   "The Conference of the Parties,\n")


def test_list_numbers_footnotes_and_an_own_mark(tmp_path):
    """Word writes each number it shows in \\listtext; \\chftn references become superscript numbers, a note with
    a mark of its own keeps it, and the notes follow the text."""
    rtf = (r"{\rtf1\ansi Report of the Working Group{\super *}{\footnote\pard {\super *} Reissued for technical "
           r"reasons.}\par "
           r"The Conference, recalling the Convention,{\super\chftn}{\footnote\pard{\super\chftn} United Nations, "
           r"Treaty Series, vol. 2225.}\par "
           r"{\listtext 1.\tab}Decides to continue;{\super\chftn}{\*\footnote\pard\chftn  Ibid.\par second line.}\par "
           r"{\listtext (a)\tab}first item.\par}")
    assert read(tmp_path, rtf) == (
        "Report of the Working Group*\n\nThe Conference, recalling the Convention,¹\n\n1.\tDecides to continue;²\n\n"
        "(a)\tfirst item.\n\n* Reissued for technical reasons.\n\n¹ United Nations, Treaty Series, vol. 2225.\n\n"
        "² Ibid. second line.\n")


def test_tables_and_the_first_page_header(tmp_path):
    """The cells of a body table of one row are paragraphs; the header the first page shows comes first, a row of
    one-paragraph cells on one line (\\titlepg: the first-page header, else the default one)."""
    masthead = (r"{\headerf \trowd\pard\intbl United Nations\cell\pard\intbl A/RES/80/7\cell\row"
                r"\trowd\pard\intbl General Assembly\cell\pard\intbl Distr.: General\par\pard\intbl 20 November 2025"
                r"\cell\row\pard\par}")
    body = r"{\header A/RES/80/7\par}Resolution 80/7\par\trowd\pard\intbl left\cell\pard\intbl right\cell\row\pard The end.\par}"
    rtf = r"{\rtf1\ansi\titlepg" + masthead + body
    assert read(tmp_path, rtf) == ("United Nations\tA/RES/80/7\n\nGeneral Assembly\n\nDistr.: General\n\n"
                                   "20 November 2025\n\nResolution 80/7\n\nleft\n\nright\n\nThe end.\n")
    assert read(tmp_path, rtf.replace(r"\titlepg", "")).startswith("A/RES/80/7\n\nResolution 80/7\n\n")


def test_a_body_table_of_several_rows_gives_a_row_a_line(tmp_path):
    """A table of two rows or more reads as the other readers read one: a row of one-paragraph cells a line, its
    cells between tabs, and each row a unit; a row with a cell of two paragraphs gives its paragraphs."""
    row = r"\trowd\pard\intbl {}\cell\pard\intbl {}\cell\row"
    rtf = (r"{\rtf1\ansi 1. The following States attended:\par" + row.format("State", "Date of ratification")
           + row.format("Austria", "23 September 2004") + row.format("China", "23 September 2003")
           + r"\pard 2. The report was adopted.\par}")
    assert read(tmp_path, rtf) == ("1. The following States attended:\n\nState\tDate of ratification\n\n"
                                   "Austria\t23 September 2004\n\nChina\t23 September 2003\n\n2. The report was adopted.\n")
    two_paragraphs = rtf.replace("23 September 2003", r"23 September 2003\par\pard\intbl with a declaration")
    assert read(tmp_path, two_paragraphs).endswith(
        "Austria\t23 September 2004\n\nChina\n\n23 September 2003\n\nwith a declaration\n\n2. The report was adopted.\n")
    file = tmp_path / "rows.rtf"
    file.write_text(rtf, encoding="latin-1")
    seg = segment(read_document(file, lang="en"))
    assert [u.id for u in seg.units] == ["para.1", "row1", "row2", "row3", "para.2"] and seg.get("row2").kind == "row"


@pytest.mark.parametrize("data", [b"", b"plain text, no RTF", b"{\\rtf1\\ansi", b"{\\rtf1 {{{{ \\'zz \\u- \\' }",
                                  b"{\\rtf1 \\u-9999999999 \\u4294967296 \\uc99999 x\\par}"])
def test_bad_or_cut_short_rtf(tmp_path, data):
    """Not RTF: a one-line error. Cut short or odd: what can be read, never another exception."""
    file = tmp_path / "bad.rtf"
    file.write_bytes(data)
    try:
        read_document(file, lang="en")
    except InputError as err:
        assert "\n" not in str(err) and "bad.rtf" in str(err)
