"""Reading OpenDocument text (.odt): paragraphs, headings, lists, tables, spacing elements, notes, tracked
changes, and refusing bad packages."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from aligner.errors import InputError
from aligner.readers import ODT_SUFFIXES, read_document
from aligner.segment import segment

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def make_odt(file: Path, body: str, mimetype: str = TEXT_MIMETYPE, content: str | None = None) -> Path:
    """An OpenDocument package written by hand: the mimetype first and stored, a manifest, content.xml."""
    if content is None:
        content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} office:version="1.3">'
                   f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        package.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        package.writestr("content.xml", content)
    return file


def note(note_id: str, citation: str, text: str, kind: str = "footnote") -> str:
    return (f'<text:note text:id="{note_id}" text:note-class="{kind}"><text:note-citation>{citation}'
            f'</text:note-citation><text:note-body><text:p text:style-name="Footnote">{text}</text:p>'
            "</text:note-body></text:note>")


def test_suffixes():
    assert ODT_SUFFIXES == {".odt"}


def test_package_layout_of_the_helper(tmp_path):
    """The test packages are laid out as the standard says: mimetype first, not compressed."""
    with zipfile.ZipFile(make_odt(tmp_path / "x.odt", "<text:p>x</text:p>")) as package:
        first = package.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert package.read("mimetype") == TEXT_MIMETYPE.encode()


def test_paragraphs_headings_lists_tables_and_notes(tmp_path):
    body = (
        "<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info>"
        "<dc:creator>Editor</dc:creator></office:change-info><text:p>deleted words</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        "<text:sequence-decls><text:sequence-decl text:display-outline-level=\"0\" text:name=\"Table\"/>"
        "</text:sequence-decls>"
        '<text:h text:outline-level="1">Resolution 11/1</text:h>'
        "<text:p>The Conference of the Parties<text:s/>to the Convention,</text:p>"
        "<text:p>   <text:span>Recalling</text:span>   its resolution 6/1"
        + note("ftn1", "1", "United Nations, <text:span>Treaty Series</text:span>, vol. 2225.")
        + ",<text:change text:change-id=\"ct1\"/> entitled<text:s text:c=\"3\"/>“Ensuring”,</text:p>"
        "<text:list><text:list-item><text:p>(a)<text:tab/>first recommendation;</text:p></text:list-item>"
        "<text:list-item><text:p>(b)<text:tab/>second<text:line-break/>recommendation"
        + note("edn1", "i", "An endnote.", "endnote")
        + ".</text:p><text:list><text:list-item><text:p>(i) nested item.</text:p></text:list-item></text:list>"
        "</text:list-item></text:list>"
        '<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>'
        "<table:table-header-rows><table:table-row><table:table-cell><text:p>State</text:p></table:table-cell>"
        "<table:table-cell><text:p>Date</text:p></table:table-cell></table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell><text:p>1.</text:p></table:table-cell><table:table-cell>"
        "<text:p>Decides to remain seized of the matter.</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>first</text:p><text:p>second</text:p></table:table-cell>"
        "<table:covered-table-cell/></table:table-row></table:table>"
        '<text:section text:name="S1"><text:p>In a section<draw:frame><draw:text-box><text:p>text box</text:p>'
        "</draw:text-box></draw:frame>.</text:p><text:p/></text:section>"
    )
    doc = read_document(make_odt(tmp_path / "res.odt", body))
    assert doc.text == (
        "Resolution 11/1\n\n"
        "The Conference of the Parties to the Convention,\n\n"
        "Recalling its resolution 6/1¹, entitled   “Ensuring”,\n\n"
        "(a)\tfirst recommendation;\n\n"
        "(b)\tsecond\nrecommendation².\n\n"
        "(i) nested item.\n\n"
        "State\tDate\n\n1.\tDecides to remain seized of the matter.\n\nfirst\n\nsecond\n\n"
        "In a section.\n\ntext box\n\n"  # a text box's paragraphs after the paragraph that holds it
        "¹ United Nations, Treaty Series, vol. 2225.\n\n² An endnote.\n"
    )
    assert (doc.lang, doc.encoding, doc.name) == ("en", "odt", "res")


def test_chinese_resolution_segments_with_its_footnote(tmp_path):
    body = (
        "<text:p>第 11/1 号决议</text:p>"
        "<text:p>联合国打击跨国有组织犯罪公约缔约方会议，</text:p>"
        "<text:p>注意到国际合作在《联合国打击跨国有组织犯罪公约》"
        + note("ftn1", "1", "联合国，《条约汇编》，第 2225 卷，第 39574 号。")
        + "总体范围内具有突出地位，</text:p>"
        "<text:p>1．赞同工作组通过的建议；</text:p>"
    )
    doc = read_document(make_odt(tmp_path / "zh.odt", body))
    assert doc.lang == "zh"
    units = segment(doc).units
    assert [u.text for u in units if u.kind == "footnote"] == ["联合国，《条约汇编》，第 2225 卷，第 39574 号。"]
    assert [u.footnote_refs for u in units if u.footnote_refs] == [("fn.1",)]


def test_notes_numbered_in_order_of_appearance(tmp_path):
    body = "<text:p>" + "".join(f"w{i} " + note(f"n{i}", "*", f"note {i}") for i in range(1, 12)) + "</text:p>"
    doc = read_document(make_odt(tmp_path / "many.odt", body))
    assert "w9 ⁹w10 ¹⁰w11 ¹¹" in doc.text
    assert doc.text.endswith("¹⁰ note 10\n\n¹¹ note 11\n")


# --- bad input -------------------------------------------------------------------------------

def test_not_a_zip(tmp_path):
    file = tmp_path / "fake.odt"
    file.write_text("just text", encoding="utf-8")
    with pytest.raises(InputError, match=r"^.*fake\.odt is not a valid \.odt file: it is not an OpenDocument \(zip\) package"):
        read_document(file)


def test_zip_without_content(tmp_path):
    file = tmp_path / "empty.odt"
    with zipfile.ZipFile(file, "w") as package:
        package.writestr("mimetype", TEXT_MIMETYPE)
    with pytest.raises(InputError, match=r"^.*empty\.odt is not a valid \.odt file: it has no content\.xml$"):
        read_document(file)


def test_malformed_content(tmp_path):
    file = make_odt(tmp_path / "bad.odt", "", content="<office:document-content><office:body>")
    with pytest.raises(InputError, match=r"^.*bad\.odt is not a valid \.odt file: content\.xml is not well-formed XML"):
        read_document(file)


def test_spreadsheet_renamed(tmp_path):
    file = make_odt(tmp_path / "sheet.odt", "<text:p>x</text:p>",
                    mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(InputError, match=r"^.*sheet\.odt is not an OpenDocument text: its type is "
                                         r"application/vnd\.oasis\.opendocument\.spreadsheet$"):
        read_document(file)


def test_no_text_body(tmp_path):
    content = f'<?xml version="1.0"?><office:document-content {NAMESPACES}><office:body/></office:document-content>'
    with pytest.raises(InputError, match=r"^.*nobody\.odt is not a valid \.odt file: it has no text body$"):
        read_document(make_odt(tmp_path / "nobody.odt", "", content=content))


def test_empty_document(tmp_path):
    with pytest.raises(InputError, match=r"^.*blank\.odt is empty: it has no text$"):
        read_document(make_odt(tmp_path / "blank.odt", "<text:p/><text:p>  </text:p>"))


def test_truncated_package(tmp_path):
    data = make_odt(tmp_path / "whole.odt", "<text:p>Text.</text:p>").read_bytes()
    file = tmp_path / "cut.odt"
    file.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"^.*cut\.odt is not a valid \.odt file: "):
        read_document(file)


def test_corrupt_compressed_content(tmp_path):
    file = make_odt(tmp_path / "corrupt.odt", "<text:p>" + "Text. " * 200 + "</text:p>")
    data = bytearray(file.read_bytes())
    with zipfile.ZipFile(file) as package:
        info = package.getinfo("content.xml")
    start = info.header_offset + 30 + len(info.filename)  # the compressed bytes follow the local header
    for i in range(start + 10, start + 40):
        data[i] ^= 0x55
    file.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"^.*corrupt\.odt is not a valid \.odt file: "):
        read_document(file)


STYLES = (
    "<office:automatic-styles>"
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-prefix="(" style:num-suffix=")"/>'
    '<text:list-level-style-number text:level="3" style:num-format="1" text:display-levels="3" style:num-suffix="."/>'
    "</text:list-style>"
    '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
    "</text:list-style>"
    '<text:list-style style:name="L3">'
    '<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="." text:start-value="3"/>'
    "</text:list-style>"
    # LibreOffice's own formats, as it writes them for Word's arabicAbjad, russianLower and chineseCounting
    '<text:list-style style:name="L4">'
    '<text:list-level-style-number text:level="1" style:num-format="ا, ب, ج, ..." style:num-prefix="(" '
    'style:num-suffix=")"/></text:list-style>'
    '<text:list-style style:name="L5">'
    '<text:list-level-style-number text:level="1" style:num-format="а, б, .., аа, аб, ... (ru)" '
    'style:num-suffix=")"/></text:list-style>'
    '<text:list-style style:name="L6">'
    '<text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>'
    "</text:list-style>"
    "</office:automatic-styles>"
)
OUTLINE = (
    '<office:document-styles {namespaces} office:version="1.3"><office:styles><text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>'
    '<text:outline-level-style text:level="2" style:num-format="A" style:num-suffix="."/>'
    '<text:outline-level-style text:level="3" style:num-format=""/>'
    "</text:outline-style></office:styles></office:document-styles>"
)


def make_styled_odt(file: Path, body: str) -> Path:
    """A package whose content.xml has list styles and whose styles.xml numbers the headings."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">'
               f"{STYLES}<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    make_odt(file, "", content=content)
    with zipfile.ZipFile(file, "a") as package:
        package.writestr("styles.xml", '<?xml version="1.0" encoding="UTF-8"?>' + OUTLINE.format(
            namespaces=NAMESPACES + ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'))
    return file


def item(text: str, inner: str = "") -> str:
    return f"<text:list-item><text:p>{text}</text:p>{inner}</text:list-item>"


def test_list_and_heading_numbers_as_the_styles_say(tmp_path):
    """Each level shown in its own format: the third level showing three levels reads 1.b.1."""
    body = (
        '<text:h text:outline-level="1">Introduction</text:h>'
        '<text:h text:outline-level="2">Background</text:h>'
        '<text:h text:outline-level="3">Unnumbered level</text:h>'
        '<text:list text:style-name="L1">'
        + item("Endorses the recommendations;",
               "<text:list>" + item("first item;") + item("second item;",
                                                           "<text:list>" + item("deep one") + "</text:list>")
               + "</text:list>")
        + item("Requests the Secretariat to report;")
        + "</text:list>"
        '<text:h text:outline-level="2">Next section</text:h>'
        '<text:list text:style-name="L1" text:continue-numbering="true">' + item("Decides to continue.") + "</text:list>"
        '<text:list text:style-name="L2">' + item("a bullet") + "</text:list>"
        '<text:list text:style-name="L3">' + item("third part") + item("fourth part") + "</text:list>"
        '<text:list text:style-name="L1">' + item("starts again") + "</text:list>"
        '<text:h text:outline-level="1">Conclusions</text:h>'
        '<text:h text:outline-level="2" text:is-list-header="true">Not numbered</text:h>'
        '<text:h text:outline-level="2">First of chapter II</text:h>'
    )
    doc = read_document(make_styled_odt(tmp_path / "numbered.odt", body))
    assert doc.text == (
        "I. Introduction\n\nA. Background\n\nUnnumbered level\n\n"
        "1. Endorses the recommendations;\n\n(a) first item;\n\n(b) second item;\n\n1.b.1. deep one\n\n"
        "2. Requests the Secretariat to report;\n\n"
        "B. Next section\n\n3. Decides to continue.\n\n"
        "• a bullet\n\nIII. third part\n\nIV. fourth part\n\n1. starts again\n\n"
        "II. Conclusions\n\nNot numbered\n\nA. First of chapter II\n"
    )


def test_arabic_russian_and_chinese_list_letters_and_numerals(tmp_path):
    """LibreOffice's formats: the abjad letters UN Arabic texts use, Russian letters without й, Chinese numerals."""
    body = (
        '<text:list text:style-name="L4">' + "".join(item(w) for w in ("ألف", "باء", "جيم", "دال", "هاء")) + "</text:list>"
        '<text:list text:style-name="L5">' + "".join(item(f"п{n}") for n in range(1, 11)) + "</text:list>"
        '<text:list text:style-name="L6">' + "".join(item(f"第{n}") for n in range(1, 12)) + "</text:list>"
    )
    paragraphs = read_document(make_styled_odt(tmp_path / "letters.odt", body), lang="ar").text.split("\n\n")
    assert [p.split()[0] for p in paragraphs[:5]] == ["(أ)", "(ب)", "(ج)", "(د)", "(هـ)"]
    assert [p.split(")")[0] for p in paragraphs[5:15]] == list("абвгдежзик")
    assert [p.split("、")[0] for p in paragraphs[15:26]] == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]


def test_numbered_resolution_segments_into_operative_paragraphs(tmp_path):
    body = (
        "<text:p>The General Assembly,</text:p>"
        '<text:list text:style-name="L1">'
        + item("Decides to establish a working group;", "<text:list>" + item("composed of experts;") + "</text:list>")
        + item("Requests the Secretary-General to report.")
        + "</text:list>"
    )
    units = segment(read_document(make_styled_odt(tmp_path / "ga.odt", body))).units
    assert [(u.id, u.text) for u in units if u.kind in ("operative", "item")] == [
        ("op.1", "Decides to establish a working group;"),
        ("op.1.a", "composed of experts;"),
        ("op.2", "Requests the Secretary-General to report."),
    ]


@pytest.mark.parametrize("first_page_style", [True, False])
def test_the_header_the_first_page_shows_comes_first(tmp_path, first_page_style):
    """As LibreOffice saves a UN document: the masthead in the header of a "First Page" master page, which the
    first paragraph's style names; the running header of the other pages is read only where the first page
    shows it (no first-page style)."""
    style_ns = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    masthead = ("<table:table><table:table-row><table:table-cell><text:p>United Nations</text:p></table:table-cell>"
                "<table:table-cell><text:p>A/RES/80/7</text:p></table:table-cell></table:table-row><table:table-row>"
                "<table:table-cell><text:p>General Assembly</text:p></table:table-cell><table:table-cell>"
                "<text:p>Distr.: General</text:p><text:p>20 November 2025</text:p></table:table-cell></table:table-row>"
                "</table:table>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES} {style_ns} '
              'office:version="1.3"><office:master-styles>'
              '<style:master-page style:name="Standard"><style:header><text:p>A/RES/80/7</text:p></style:header>'
              "</style:master-page>"
              f'<style:master-page style:name="First_20_Page"><style:header>{masthead}</style:header>'
              "</style:master-page></office:master-styles></office:document-styles>")
    automatic = ('<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
                 'style:master-page-name="First_20_Page"/></office:automatic-styles>') if first_page_style else ""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} {style_ns} '
               f'office:version="1.3">{automatic}<office:body><office:text>'
               '<text:p text:style-name="P1">Resolution adopted by the General Assembly on 18 November 2025</text:p>'
               "<text:p>The General Assembly,</text:p></office:text></office:body></office:document-content>")
    file = make_odt(tmp_path / "res.odt", "", content=content)
    with zipfile.ZipFile(file, "a") as package:
        package.writestr("styles.xml", styles)
    text = read_document(file, lang="en").text
    if first_page_style:
        assert text.startswith("United Nations\tA/RES/80/7\n\nGeneral Assembly\n\nDistr.: General\n\n"
                               "20 November 2025\n\nResolution adopted")
    else:
        assert text.startswith("A/RES/80/7\n\nResolution adopted")


def test_text_boxes_read_after_their_paragraph(tmp_path):
    """A frame's text box (a "Box 1" beside the text) is read after the paragraph that holds it; a box inside a
    box comes with it, once."""
    inner = '<draw:frame><draw:text-box><text:p>Inner box.</text:p></draw:text-box></draw:frame>'
    body = ("<text:p>The Working Group met twice.<draw:frame><draw:text-box><text:p>Box 1. Joint investigations"
            f"{inner}</text:p></draw:text-box></draw:frame></text:p><text:p>It adopted its report.</text:p>")
    assert read_document(make_odt(tmp_path / "boxes.odt", body), lang="en").text == (
        "The Working Group met twice.\n\nBox 1. Joint investigations\n\nInner box.\n\nIt adopted its report.\n")
