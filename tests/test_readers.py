"""Reading .txt files in every encoding UN files come in, .docx files, and refusing bad input."""

from __future__ import annotations

import codecs
import os
import zipfile
from pathlib import Path

import docx
import pytest

import corpora
from aligner.errors import InputError
from aligner.model import UN_LANGUAGES
from aligner.readers import decode_text, read_document
from aligner.segment import segment
from tests.word_packages import footnote, make_docx, reference, run

ZH = "第 11/1 号决议\n\n注意到国际合作在《联合国打击跨国组织犯罪公约》¹总体范围内具有突出地位，（a）；请秘书处继续开展工作。\n"
RU = "Резолюция 11/1\n\nпросит Секретариат продолжить работу и представить «доклад» Конференции участников, № 39574.\n"
AR = "القرار 11/1\n\nيطلب إلى الأمانة أن تواصل عملها، وأن تقدم تقريرا إلى مؤتمر الأطراف؛ في دورته الثانية عشرة.\n"
FR = "Résolution 11/1\n\nPrie le Secrétariat de poursuivre ses travaux\u00a0; l’œuvre « commune » de la Conférence¹.\n"
ES = "Resolución 11/1\n\nSolicita a la Secretaría que prosiga su labor y que informe a la Conferencia de las Partes.\n"
#: KOI8-R has no guillemets and no № sign.
RU_KOI8 = RU.replace("«", '"').replace("»", '"').replace("№", "N")
#: Traditional Chinese, as a Big5 file from Taiwan or Hong Kong would have it.
ZH_HANT = "第 11/1 號決議\n\n注意到國際合作在《聯合國打擊跨國有組織犯罪公約》總體範圍內具有突出地位，請秘書處繼續開展工作。\n"
EN = "Resolution 11/1\n\nRequests the Secretariat to continue its work  and to report to the Conference¹ of the Parties.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    file = tmp_path / name
    file.write_bytes(data)
    return file


# --- encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, data, encoding",
    [
        (EN, EN.encode("utf-8"), "utf-8"),
        (ZH, ZH.encode("utf-8"), "utf-8"),
        (ZH, codecs.BOM_UTF8 + ZH.encode("utf-8"), "utf-8-sig"),
        (RU, codecs.BOM_UTF16_LE + RU.encode("utf-16-le"), "utf-16-le"),
        (AR, codecs.BOM_UTF16_BE + AR.encode("utf-16-be"), "utf-16-be"),
        (ZH, ZH.encode("gb18030"), "gb18030"),
        (ZH.replace("¹", ""), ZH.replace("¹", "").encode("gbk"), "gb18030"),
        (RU, RU.encode("cp1251"), "cp1251"),
        (AR, AR.encode("cp1256"), "cp1256"),
        (FR, FR.encode("cp1252"), "cp1252"),
        (ES, ES.encode("cp1252"), "cp1252"),
        (EN, EN.encode("utf-16-le"), "utf-16-le"),
        (ZH, ZH.encode("utf-16-be"), "utf-16-be"),
        (ZH_HANT, ZH_HANT.encode("big5"), "big5"),
        (RU_KOI8, RU_KOI8.encode("koi8-r"), "koi8-r"),
        (FR, codecs.BOM_UTF32_LE + FR.encode("utf-32-le"), "utf-32-le"),
        (ZH, codecs.BOM_UTF32_BE + ZH.encode("utf-32-be"), "utf-32-be"),
        (AR, AR.encode("utf-32-le"), "utf-32-le"),
        (RU, RU.encode("utf-32-be"), "utf-32-be"),
    ],
    ids=["utf8-en", "utf8-zh", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030", "gbk", "cp1251",
         "cp1256", "cp1252-fr", "cp1252-es", "utf16le-no-bom", "utf16be-no-bom", "big5", "koi8-r",
         "utf32le-bom", "utf32be-bom", "utf32le-no-bom", "utf32be-no-bom"],
)
def test_encoding_detected_from_bytes(tmp_path, text, data, encoding):
    assert decode_text(data) == (text, encoding)
    doc = read_document(write(tmp_path, "doc.txt", data))
    assert (doc.text, doc.encoding) == (text, encoding)


@pytest.mark.parametrize("lang, encoding", [("zh", "gb18030"), ("ru", "cp1251"), ("ar", "cp1256"), ("fr", "cp1252"),
                                            ("es", "cp1252"), ("en", "cp1252"), ("zh-Hant", "big5"), ("ru", "koi8-r")])
def test_every_paragraph_of_the_sample_in_its_legacy_code_page(lang, encoding):
    if lang == "zh-Hant":
        from aligner.tokens import load_opencc

        text = load_opencc("s2t").convert(corpora.load("untoc-cop-res-11-1", "zh").text)
    else:
        text = corpora.load("untoc-cop-res-11-1", lang).text
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    checked = 0
    for paragraph in paragraphs:
        try:
            data = paragraph.encode(encoding)
        except UnicodeEncodeError:
            continue
        if data.isascii():
            continue
        checked += 1
        assert decode_text(data) == (paragraph, encoding), paragraph
    assert checked >= 10


def test_encoding_is_not_taken_from_the_extension(tmp_path):
    doc = read_document(write(tmp_path, "chinese", ZH.encode("gb18030")))
    assert (doc.encoding, doc.lang, doc.text) == ("gb18030", "zh", ZH)


def test_line_ends_normalised_to_lf():
    assert decode_text(b"one\r\ntwo\rthree\n\r\nfour") == ("one\ntwo\nthree\n\nfour", "utf-8")
    crlf = "第一段\r\n\r\n第二段\r\n"
    assert decode_text(crlf.encode("gb18030"))[0] == "第一段\n\n第二段\n"
    assert decode_text(codecs.BOM_UTF16_LE + "a\r\nb\r".encode("utf-16-le"))[0] == "a\nb\n"


def test_unicode_line_and_paragraph_separators(tmp_path):
    """Text some tools export with U+2029 between paragraphs and U+2028 between lines: the same units as the
    sample."""
    source = corpora.load("untoc-cop-res-11-1", "en").text
    exported = source.replace("\n\n", "\u2029").replace("\n", "\u2028")
    assert "\n" not in exported
    assert decode_text("one\u2028two\u2029three".encode("utf-8"))[0] == "one\ntwo\n\nthree"
    doc = read_document(write(tmp_path, "exported.txt", exported.encode("utf-8")), lang="en")
    assert [(u.id, u.text) for u in segment(doc).units] == \
        [(u.id, u.text) for u in segment(corpora.load("untoc-cop-res-11-1", "en")).units]


def test_characters_kept_exactly(tmp_path):
    raw = "第 2/2 号决定，（a）；“条款”¹  两个空格\u00a0不换行空格\u3000全角空格\t制表符 x² ａ\n"
    doc = read_document(write(tmp_path, "raw.txt", raw.encode("utf-8")))
    assert doc.text == raw


def test_decomposed_accents_composed_and_byte_order_marks_inside_the_text_dropped(tmp_path):
    """A text with its accents as separate marks (as some tools write them) reads as the usual composed text, and
    the byte-order marks that joining UTF-8 files leaves inside it are gone; nothing else changes."""
    import unicodedata

    text = "Résolution 11/1\n\nLa Conférence des Parties,\n\n(أ) تشجع الدول\n"
    joined = unicodedata.normalize("NFD", text) + "\ufeff第 11/1 号决议 x² ａ\n"
    doc = read_document(write(tmp_path, "joined.txt", codecs.BOM_UTF8 + joined.encode("utf-8")))
    assert doc.text == text + "第 11/1 号决议 x² ａ\n"


def test_characters_that_show_nothing_are_dropped(tmp_path):
    """Right-to-left and left-to-right marks around figures (as Word leaves them in Arabic), zero-width spaces and
    joiners, bidirectional isolates, and soft hyphens inside a line are gone; a soft hyphen at a line's end, where a
    word was hyphenated, stays for the page-break repair."""
    text = ("القرار \u200f11\u200f/\u200f1\n\n\u2067CTOC/COP/2022/L.6\u2069\n\n"
            "缔约方会议，\u200b回顾\u200d其决议\n\ninter\u00adnational coop\u00ad\neration\u2060\u061c\n")
    doc = read_document(write(tmp_path, "marks.txt", text.encode("utf-8")), lang="ar")
    assert doc.text == "القرار 11/1\n\nCTOC/COP/2022/L.6\n\n缔约方会议，回顾其决议\n\ninternational coop\u00ad\neration\n"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_sample_with_marks_that_show_nothing_reads_as_the_sample(tmp_path, lang):
    """The Arabic sample with a right-to-left mark on each side of every figure (so Word keeps "11/1" and dates
    in order), the English one with soft hyphens in its long words: the same text, so the same units."""
    import re

    source = corpora.load("untoc-cop-res-11-1", lang).text
    marked = (re.sub(r"\d+", lambda m: f"\u200f{m.group()}\u200f", source) if lang == "ar" else
              re.sub(r"\b(inter|co|imple|organ)(?=[a-z]{4})", "\\1\u00ad", source))
    assert marked != source
    doc = read_document(write(tmp_path, f"{lang}.txt", marked.encode("utf-8")), lang=lang)
    assert doc.text == source
    assert [(u.id, u.text, u.anchors) for u in segment(doc).units] == \
        [(u.id, u.text, u.anchors) for u in segment(corpora.load("untoc-cop-res-11-1", lang)).units]


def test_document_fields(tmp_path):
    file = write(tmp_path, "A_RES_11_1.txt", EN.encode("utf-8"))
    doc = read_document(file)
    assert (doc.name, doc.path, doc.lang, doc.encoding) == ("A_RES_11_1", str(file), "en", "utf-8")
    assert read_document(str(file)).path == str(file)


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_language_detected_for_each_sample_file(lang):
    doc = read_document(corpora.path("untoc-cop-res-11-1", lang))
    assert doc.lang == lang


def test_lang_overrides_detection(tmp_path):
    file = write(tmp_path, "doc.txt", EN.encode("utf-8"))
    assert read_document(file, lang="fr").lang == "fr"
    with pytest.raises(InputError, match=r"^unknown language 'de': use one of ar, zh, en, fr, ru, es$"):
        read_document(file, lang="de")


# --- docx ------------------------------------------------------------------------------------

def test_docx_paragraphs_and_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("Resolution 11/1")
    document.add_paragraph("")
    document.add_paragraph("Requests the Secretariat to continue its work,")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "(a) first recommendation;"
    table.cell(0, 1).text = "(b) second recommendation."
    document.add_paragraph("Decides to remain seized of the matter.")
    file = tmp_path / "res.docx"
    document.save(file)
    doc = read_document(file)
    assert doc.text == (
        "Resolution 11/1\n\nRequests the Secretariat to continue its work,\n\n"
        "(a) first recommendation;\n\n(b) second recommendation.\n\n"
        "Decides to remain seized of the matter.\n"
    )
    assert (doc.encoding, doc.lang, doc.name) == ("docx", "en", "res")


@pytest.mark.parametrize("lang, rows", [
    ("en", [("State", "Date of ratification", "Reservations"), ("Austria", "23 September 2004", "None"),
            ("China", "23 September 2003", "Article 35, paragraph 2")]),
    ("fr", [("État", "Date de ratification", "Réserves"), ("Autriche", "23 septembre 2004", "Aucune"),
            ("Chine", "23 septembre 2003", "Article 35, paragraphe 2")]),
])
def test_docx_table_of_several_rows_gives_a_row_a_line(tmp_path, lang, rows):
    """A table of two rows or more reads as the other readers read one: a row of one-paragraph cells a line, its
    cells between tabs; each row is then a unit (row1 …), the same in every version."""
    document = docx.Document()
    document.add_paragraph({"en": "1. The following States attended:", "fr": "1. Les États suivants étaient présents :"}[lang])
    table = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    file = tmp_path / f"table.{lang}.docx"
    document.save(file)
    doc = read_document(file, lang=lang)
    assert doc.text.split("\n\n")[1:] == ["\t".join(row) for row in rows[:-1]] + ["\t".join(rows[-1]) + "\n"]
    seg = segment(doc)
    assert [u.id for u in seg.units] == ["para.1", "row1", "row2", "row3"]
    assert seg.get("row2").kind == "row"


def test_docx_footnotes_become_superscript_markers_and_trailing_lines(tmp_path):
    body = (
        f"<w:p>{run('第 11/1 号决议')}</w:p>"
        f"<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
        f"{run('注意到《公约》')}{reference(7)}{run('总体范围内，')}</w:p>"
        f"<w:p>{run('回顾其第 2/2 号决定')}{reference(3)}{run('，')}"
        f"<w:del><w:r><w:delText>删除的文字</w:delText></w:r></w:del>{run('并')}<w:r><w:tab/></w:r>{run('决定。')}</w:p>"
    )
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
        + footnote(3, "同上，第 2237 卷。")
        + footnote(7, "联合国，《条约汇编》，第 2225 卷。")
    )
    doc = read_document(make_docx(tmp_path / "zh.docx", body, notes))
    # Numbered in the order the references appear, whatever their ids.
    assert doc.text == (
        "第 11/1 号决议\n\n注意到《公约》¹总体范围内，\n\n回顾其第 2/2 号决定²，并\t决定。\n\n"
        "¹ 联合国，《条约汇编》，第 2225 卷。\n\n² 同上，第 2237 卷。\n"
    )
    assert (doc.lang, doc.encoding) == ("zh", "docx")


def test_docx_endnotes_read_like_footnotes_in_one_series(tmp_path):
    """Footnote 1 and endnote 1 share an id but are different notes; markers follow the order of the references."""
    body = (
        f"<w:p>{run('Recalling its resolution 6/1')}{reference(1)}{run(' and decision 2/2')}"
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'
        f"{run(', and its resolution 9/1')}{reference(2)}{run(',')}</w:p>"
    )
    notes = footnote(1, "Treaty Series, vol. 2225.") + footnote(2, "Ibid., vol. 2237.")
    endnotes = (
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:endnote>"
        f'<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>{run(" See CTOC/COP/2004/6.")}</w:p></w:endnote>'
    )
    doc = read_document(make_docx(tmp_path / "notes.docx", body, notes, endnotes))
    assert doc.text == (
        "Recalling its resolution 6/1¹ and decision 2/2², and its resolution 9/1³,\n\n"
        "¹ Treaty Series, vol. 2225.\n\n² See CTOC/COP/2004/6.\n\n³ Ibid., vol. 2237.\n"
    )


def test_docx_endnotes_without_footnotes_part(tmp_path):
    body = (f"<w:p>{run('Text')}"
            '<w:r><w:endnoteReference w:id="5"/></w:r></w:p>')
    endnotes = f'<w:endnote w:id="5"><w:p>{run("The endnote.")}</w:p></w:endnote>'
    assert read_document(make_docx(tmp_path / "end.docx", body, endnotes=endnotes)).text == "Text¹\n\n¹ The endnote.\n"


def test_docx_with_corrupt_compressed_part(tmp_path):
    document = docx.Document()
    document.add_paragraph("Text of the resolution. " * 100)
    file = tmp_path / "corrupt.docx"
    document.save(file)
    with zipfile.ZipFile(file) as package:
        info = package.getinfo("word/document.xml")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    data = bytearray(file.read_bytes())
    start = info.header_offset + 30 + len(info.filename)
    for i in range(start + 10, start + 40):
        data[i] ^= 0x55
    file.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"^.*corrupt\.docx is not a valid \.docx file: "):
        read_document(file)


def test_docx_many_footnotes_get_multi_digit_markers(tmp_path):
    body = "<w:p>" + "".join(run(f"word{i} ") + reference(i) for i in range(1, 13)) + "</w:p>"
    notes = "".join(footnote(i, f"note {i}") for i in range(1, 13))
    doc = read_document(make_docx(tmp_path / "many.docx", body, notes))
    assert "word10 ¹⁰word11 ¹¹word12 ¹²" in doc.text
    assert doc.text.endswith("¹¹ note 11\n\n¹² note 12\n")


def test_docx_footnote_with_its_own_mark_keeps_it_and_takes_no_number(tmp_path):
    """UN documents mark a note on the title with an asterisk (Word's custom mark): "*" in the text and the
    note, the numbered notes counted without it, and the segmenter reads it as fn.*."""
    custom = '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>'
    body = (f"<w:p>{run('Report of the Working Group on International Cooperation')}{custom}</w:p>"
            f"<w:p>{run('The Conference, recalling the Convention,')}{reference(3)}</w:p>"
            f"<w:p>{run('1. Decides to continue its work.')}</w:p>")
    notes = (f'<w:footnote w:id="2"><w:p>{run("*")}{run(" Reissued for technical reasons on 2 May 2025.")}</w:p>'
             "</w:footnote>" + footnote(3, "United Nations, Treaty Series, vol. 2225, No. 39574."))
    doc = read_document(make_docx(tmp_path / "report.docx", body, notes))
    assert doc.text == (
        "Report of the Working Group on International Cooperation*\n\n"
        "The Conference, recalling the Convention,¹\n\n1. Decides to continue its work.\n\n"
        "* Reissued for technical reasons on 2 May 2025.\n\n¹ United Nations, Treaty Series, vol. 2225, No. 39574.\n"
    )
    units = {u.id: u for u in segment(doc).units}
    assert units["fn.*"].text == "Reissued for technical reasons on 2 May 2025."
    assert units["fn.1"].text.startswith("United Nations, Treaty Series")


def test_docx_nested_tables_links_and_revisions(tmp_path):
    body = (
        f"<w:p>{run('Annex I')}</w:p>"
        "<w:tbl><w:tr>"
        f"<w:tc><w:p>{run('(a) outer cell')}</w:p>"
        f"<w:tbl><w:tr><w:tc><w:p>{run('(b) inner cell')}</w:p></w:tc></w:tr></w:tbl></w:tc>"
        f"<w:tc><w:p>{run('(c) last cell')}</w:p></w:tc>"
        "</w:tr></w:tbl>"
        f"<w:p>{run('See the ')}<w:hyperlink w:anchor=\"x\">{run('report')}</w:hyperlink>"
        f"<w:del><w:r><w:tab/><w:delText>old</w:delText></w:r></w:del>"
        f"<w:moveFrom>{run(' moved away')}</w:moveFrom>{run(' of the Secretariat.')}</w:p>"
    )
    doc = read_document(make_docx(tmp_path / "annex.docx", body))
    assert doc.text == (
        "Annex I\n\n(a) outer cell\n\n(b) inner cell\n\n(c) last cell\n\nSee the report of the Secretariat.\n"
    )


MASTHEAD = ("<w:tbl><w:tr><w:tc>" + "<w:p>" + run("United Nations") + "</w:p></w:tc><w:tc><w:p>"
            + run("A/RES/80/7") + "</w:p></w:tc></w:tr><w:tr><w:tc><w:p>" + run("General Assembly")
            + "</w:p></w:tc><w:tc><w:p>" + run("Distr.: General") + "</w:p><w:p>" + run("20 November 2025")
            + "</w:p></w:tc></w:tr></w:tbl>")
RESOLUTION = (f"<w:p>{run('Resolution adopted by the General Assembly on 18 November 2025')}</w:p>"
              f"<w:p>{run('80/7. Rule of law')}</w:p><w:p>{run('The General Assembly,')}</w:p>"
              f"<w:p>{run('Recalling its resolution 79/1,')}</w:p><w:p>{run('1. Decides to continue.')}</w:p>")


@pytest.mark.parametrize("title_page, expected_header", [(True, "first"), (False, "default")])
def test_docx_the_header_the_first_page_shows_comes_first(tmp_path, title_page, expected_header):
    """A UN document's masthead (symbol, distribution, date) stands in the first page's header: it is read before
    the body, as a PDF of the document shows it; the running header of the other pages is not."""
    section = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
               '<w:headerReference w:type="first" r:id="rIdH2"/>' + ("<w:titlePg/>" if title_page else "") + "</w:sectPr>")
    running = f"<w:p>{run('A/RES/80/7')}</w:p>"
    file = make_docx(tmp_path / "res.docx", RESOLUTION + section, headers=[running, MASTHEAD])
    doc = read_document(file)
    if expected_header == "first":
        assert doc.text.startswith("United Nations\tA/RES/80/7\n\nGeneral Assembly\n\nDistr.: General\n\n"
                                   "20 November 2025\n\nResolution adopted by the General Assembly")
        units = segment(doc).units
        assert [u.id for u in units if u.kind in ("preambular", "operative")] == ["pp.1", "op.1"]
        assert [(u.id, u.kind) for u in units[:4]] == [("masthead.1", "masthead"), ("masthead.2", "masthead"),
                                                        ("masthead.3", "masthead"), ("masthead.4", "masthead")]
        assert "A/RES/80/7" in units[0].text and units[3].text == "20 November 2025"
    else:
        assert doc.text.startswith("A/RES/80/7\n\nResolution adopted by the General Assembly")


def test_docx_text_boxes_read_once_after_their_paragraph(tmp_path):
    """Word writes a text box twice, as a drawing and as a fallback for older readers: its paragraphs are read
    once, after the paragraph that holds it; a box written only the old way (VML) is read too."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = "<w:txbxContent><w:p>" + run("Box 1. Joint investigations in practice") + "</w:p></w:txbxContent>"
    drawing = (f'<w:r><mc:AlternateContent {mc}><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
               f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = (f"<w:p>{run('The Working Group met twice.')}{drawing}</w:p>"
            f"<w:p>{run('It adopted its report.')}<w:r><w:pict>"
            + box.replace("Box 1. Joint investigations in practice", "Box 2. An old text box") + "</w:pict></w:r></w:p>")
    assert read_document(make_docx(tmp_path / "boxes.docx", body)).text == (
        "The Working Group met twice.\n\nBox 1. Joint investigations in practice\n\nIt adopted its report.\n\n"
        "Box 2. An old text box\n")


def test_docx_hidden_text_is_left_out(tmp_path):
    body = (f"<w:p>{run('Recalling its resolution 10/4,')}"
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [translator: check the date]</w:t></w:r>'
            '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t xml:space="preserve"> of 16 October 2020,</w:t></w:r>'
            "</w:p>")
    assert read_document(make_docx(tmp_path / "hidden.docx", body)).text == \
        "Recalling its resolution 10/4, of 16 October 2020,\n"


def test_docx_text_hidden_by_a_style_is_left_out(tmp_path):
    """Hidden by a character style (through the style it is based on), or by the paragraph's style; a run's own
    formatting and a character style that shows its text win over the paragraph's style."""
    styles = ('<w:style w:type="character" w:styleId="Note"><w:rPr><w:vanish/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="TranslatorNote"><w:basedOn w:val="Note"/></w:style>'
              '<w:style w:type="character" w:styleId="Shown"><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Instructions"><w:rPr><w:vanish/></w:rPr></w:style>')
    styled = lambda style, text: (f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'  # noqa: E731
                                  f'<w:t xml:space="preserve">{text}</w:t></w:r>')
    body = (f"<w:p>{run('Recalling its resolution 10/4,')}{styled('TranslatorNote', ' [check the date]')}"
            f"{styled('Note', ' [and this]')}{run(' of 16 October 2020,')}</w:p>"
            f'<w:p><w:pPr><w:pStyle w:val="Instructions"/></w:pPr>{run("Delete before issuing.")}</w:p>'
            f'<w:p><w:pPr><w:pStyle w:val="Instructions"/></w:pPr>{run("Hidden, ")}'
            '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr>'
            '<w:t xml:space="preserve">shown by its own formatting, </w:t></w:r>'
            f"{styled('Shown', 'shown by its style.')}</w:p>")
    assert read_document(make_docx(tmp_path / "styled.docx", body, styles=styles)).text == \
        "Recalling its resolution 10/4, of 16 October 2020,\n\nshown by its own formatting, shown by its style.\n"


def test_docx_with_broken_footnotes_part(tmp_path):
    file = make_docx(tmp_path / "broken.docx", f"<w:p>{run('text')}{reference(1)}</w:p>", "<w:footnote")
    with pytest.raises(InputError, match=r"^.*broken\.docx is not a valid \.docx file: "):
        read_document(file)


# --- bad input -------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"^no such file: .*nothere\.txt$"):
        read_document(tmp_path / "nothere.txt")


def test_directory(tmp_path):
    with pytest.raises(InputError, match=r"^.* is a folder, not a file$"):
        read_document(tmp_path)


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
                         ids=["zero-bytes", "whitespace", "bom-only", "utf16-whitespace"])
def test_empty_file(tmp_path, data):
    with pytest.raises(InputError, match=r"^.*empty\.txt is empty: it has no text$"):
        read_document(write(tmp_path, "empty.txt", data))


def test_empty_docx(tmp_path):
    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(InputError, match=r"blank\.docx is empty"):
        read_document(tmp_path / "blank.docx")


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00", "NUL bytes"),
    (b"text\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20, "control characters"),
    (b"\x81\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20, "control bytes"),
], ids=["nul", "controls-utf8", "controls-8bit"])
def test_binary_file(tmp_path, data, what):
    with pytest.raises(InputError, match=rf"^.*image\.txt is not a text file: it .*{what}"):
        read_document(write(tmp_path, "image.txt", data))


@pytest.mark.parametrize("suffix", [".ods", ".ODS", ".wpd", ".docm"])
def test_unsupported_extension(tmp_path, suffix):
    file = write(tmp_path, f"report{suffix}", b"%PDF-1.7")
    with pytest.raises(InputError, match=rf"^unsupported file type '{suffix.lower()}' for .*report\{suffix}: "
                                         r"give a \.txt, \.docx, \.doc, \.rtf, \.odt, \.html or \.pdf file$"):
        read_document(file)


def test_undecodable_bytes(tmp_path):
    file = write(tmp_path, "garbled.txt", b"abc" + bytes(range(0x80, 0x100)) * 2)
    with pytest.raises(InputError, match=r"^cannot decode .*garbled\.txt: not UTF-8, UTF-16, UTF-32, GB18030, Big5 or "
                                         r"a known code page \(first undecodable byte 0x80 at offset 3\)$"):
        read_document(file)


def test_bad_utf16_after_bom(tmp_path):
    file = write(tmp_path, "cut.txt", codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(InputError, match=r"^cannot decode .*cut\.txt: it starts with a UTF-16-LE byte-order mark"):
        read_document(file)


@pytest.mark.parametrize("make", ["text", "zip-without-document"])
def test_invalid_docx(tmp_path, make):
    file = tmp_path / "fake.docx"
    if make == "text":
        file.write_text("just text, not a Word file", encoding="utf-8")
    else:
        with zipfile.ZipFile(file, "w") as package:
            package.writestr("hello.txt", "hello")
    with pytest.raises(InputError, match=r"^.*fake\.docx is not a valid \.docx file: .+"):
        read_document(file)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    file = write(tmp_path, "locked.txt", EN.encode("utf-8"))
    file.chmod(0)
    with pytest.raises(InputError, match=r"^cannot read .*locked\.txt: "):
        read_document(file)


def test_no_letters_needs_lang(tmp_path):
    file = write(tmp_path, "numbers.txt", b"11/1 2225 39574\n")
    with pytest.raises(InputError, match=r"^cannot tell the language of .*numbers\.txt: it has no letters"):
        read_document(file)
    assert read_document(file, lang="en").lang == "en"


def test_inputs_are_not_modified(tmp_path):
    data = FR.replace("\n", "\r\n").encode("cp1252")
    file = write(tmp_path, "fr.txt", data)
    read_document(file)
    assert file.read_bytes() == data


def test_a_big5_file_reads_as_chinese(tmp_path):
    doc = read_document(write(tmp_path, "res.txt", ZH_HANT.encode("big5")))
    assert (doc.lang, doc.encoding) == ("zh", "big5")
    assert "聯合國打擊跨國有組織犯罪公約" in doc.text


def test_russian_in_koi8_r_is_not_taken_for_arabic():
    """Russian lower-case letters in KOI8-R are Arabic letters in Windows-1256; letter frequencies tell them apart."""
    text = "просит секретариат продолжить работу и представить доклад конференции участников\n"
    data = text.encode("koi8-r")
    arabic_reading = data.decode("cp1256").split()
    assert sum("\u0621" <= ch <= "\u064a" for word in arabic_reading for ch in word) > 0.8 * len("".join(arabic_reading))
    assert decode_text(data) == (text, "koi8-r")


_FILES = Path(__file__).parent / "data"


@pytest.mark.parametrize("source,name", [
    ("libreoffice-untoc-cop-res-11-1.en.pdf", "document.txt"),
    ("untoc-cop-res-11-1.en.rtf", "document.txt"),
    ("untoc-cop-res-11-1.en.rtf", "document.docx"),
    ("untoc-cop-res-11-1.en.doc", "document.txt"),
    ("libreoffice-un-layout-untoc-cop-res-11-1.en.docx", "document.odt"),
    ("libreoffice-un-layout-untoc-cop-res-11-1.en.docx", "document"),
])
def test_a_file_is_read_as_what_its_bytes_say_it_is_whatever_its_name(tmp_path, source, name):
    """A PDF, RTF, .doc or .docx file saved or renamed under another file type's name gives the text it gives
    under its own name."""
    own = read_document(_FILES / source, lang="en")
    (tmp_path / name).write_bytes((_FILES / source).read_bytes())
    renamed = read_document(tmp_path / name, lang="en")
    assert renamed.text == own.text and renamed.encoding == own.encoding
    assert "Resolution 11/1" in renamed.text


def test_an_opendocument_file_under_a_word_name_is_read_as_opendocument(tmp_path):
    """Its media type, the package's first entry, says what it is."""
    package = tmp_path / "document.docx"
    with zipfile.ZipFile(package, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                     'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
                     '<text:p>Resolution 11/1</text:p></office:text></office:body></office:document-content>')
    doc = read_document(package, lang="en")
    assert doc.encoding == "odt" and doc.text.strip() == "Resolution 11/1"


@pytest.mark.parametrize("name, lang", [("chapter.zh", "zh"), ("chapter.fr", "fr"), ("chapter.src", "en"), ("doc.es", "es")])
def test_plain_text_under_any_other_name_ending_is_read(tmp_path, name, lang):
    texts = {"zh": "缔约国应当加强国际合作。", "fr": "Les États parties renforcent la coopération internationale.",
             "en": "States parties should strengthen international cooperation.",
             "es": "Los Estados partes deben fortalecer la cooperación internacional."}
    doc = read_document(write(tmp_path, name, texts[lang].encode("gb18030" if lang == "zh" else "utf-8")))
    assert doc.lang == lang and doc.text.strip() == texts[lang]


@pytest.mark.parametrize("name", ["figures.es", "figures.es-MX", "figures.es_MX"])
def test_a_language_ending_names_the_language_of_a_text_with_too_few_words_to_tell(tmp_path, name):
    assert read_document(write(tmp_path, name, b"COVID-19: 2020, 2021, 2022.\n")).lang == "es"


def test_a_language_ending_does_not_override_a_plainly_other_script(tmp_path):
    doc = read_document(write(tmp_path, "chapter.en", "缔约国应当加强国际合作。".encode("utf-8")))
    assert doc.lang == "zh"


def test_binary_data_under_another_name_ending_is_an_unsupported_type(tmp_path):
    with pytest.raises(InputError, match=r"^unsupported file type '\.zh' for .*image\.zh: give a \.txt"):
        read_document(write(tmp_path, "image.zh", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))


def test_letters_in_presentation_forms_read_as_the_letters(tmp_path):
    """Text copied from a PDF may keep the forms the font shows letters in: Arabic contextual forms, Latin
    ligatures. A .txt file of them reads as the letters, so the Arabic sample segments as it does."""
    import unicodedata

    import corpora
    from aligner.segment import segment

    isolated = {}
    for code in range(0xFE70, 0xFEFD):
        form = chr(code)
        if "ISOLATED" in unicodedata.name(form, "") and len(letter := unicodedata.normalize("NFKC", form)) == 1:
            isolated.setdefault(letter, form)
    sample = corpora.load("untoc-cop-res-11-1", "ar")
    file = tmp_path / "ar.txt"
    file.write_text("".join(isolated.get(ch, ch) for ch in sample.text), encoding="utf-8")
    doc = read_document(file)
    assert (doc.lang, doc.text) == ("ar", sample.text)
    assert [u.id for u in segment(doc).units] == [u.id for u in segment(sample).units]
    latin = tmp_path / "en.txt"
    latin.write_text("The speciﬁc ofﬁcers of the Conference.\n", encoding="utf-8")
    assert read_document(latin, lang="en").text == "The specific officers of the Conference.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_a_text_with_a_few_damaged_bytes_is_read_with_them_marked(tmp_path, encoding):
    """Three bytes of the Chinese sample changed: the text is read in its encoding, each damaged place as U+FFFD
    (one or more), the rest exactly; the damage is reported by the check lost-character."""
    import re

    from glossary.checks.runner import run_checks

    source = corpora.load("untoc-cop-res-11-1", "zh").text
    data = bytearray(source.encode(encoding))
    for offset in (2_000, 5_000, 8_000):
        data[offset] = 0xFF
    doc = read_document(write(tmp_path, "damaged.txt", bytes(data)), lang="zh")
    places = len(re.findall("\ufffd+", doc.text))  # (GB18030 may read a damaged pair as two places)
    assert doc.encoding == encoding and 3 <= places <= 6
    assert len(doc.text) >= len(source) - 6 and doc.text.replace("\ufffd", "") != doc.text
    found = run_checks([segment(doc)], rules=["lost-character"], extract=False).findings
    assert sum(len(f.locations) for f in found) == places
    assert all("cannot read" in f.message for f in found)


def test_a_text_with_many_damaged_bytes_is_refused(tmp_path):
    data = bytearray(corpora.load("untoc-cop-res-11-1", "zh").text.encode("utf-8"))
    for offset in range(100, len(data), 200):
        data[offset] = 0xFF
    with pytest.raises(InputError, match=r"^cannot decode .*damaged\.txt: not UTF-8"):
        read_document(write(tmp_path, "damaged.txt", bytes(data)))
