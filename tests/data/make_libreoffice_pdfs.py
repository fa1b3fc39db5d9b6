"""Writes the PDF files of tests/data from the bundled sample, with LibreOffice.

Each version becomes a .docx as for the .doc files (make_word97_samples.py), laid out as UN documents are: 6 pt
after each paragraph, justified, footnotes in a smaller size, Arabic paragraphs right to left. LibreOffice prints
it to PDF; the embedded font programs are then taken out (the text layer, which is all hexalign reads, stays as
LibreOffice wrote it) to keep the files small.

The "un-layout" files also have a UN document's page furniture: the masthead in the first page's header (a table
row holding "United Nations" and the symbol, right to left in Arabic), the symbol as the running header of the
other pages, the job number and bar code in the first page's footer and the job and page numbers ("2/7", fields)
in the others' footers, printed as large as the text. The .docx each was printed from is kept beside it. In the
Arabic one, LibreOffice justifies lines with kashidas and sets each glyph on its own.

The "indented" files set every paragraph as many Chinese documents are set: its first line indented by two
characters (21 points where a character is not counted), no space between paragraphs (Chinese and Russian at 12 pt, English at 11 pt; notes at 8.5 pt).

The "plain-text" files are the 1990s General Assembly resolution of tests/test_segment_layouts.py (English and
Chinese) printed from text files, as LibreOffice prints any text file: monospace lines as the file sets them, a
form feed starting a new page.

LibreOffice is not a test dependency: run this by hand, where ``soffice`` is installed, to write the files
again::

    .venv/bin/python tests/data/make_libreoffice_pdfs.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402
from docx.oxml.parser import parse_xml  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402

from tests.data.make_word97_samples import word_body  # noqa: E402
from tests.test_segment_layouts import OLD_GA_EN, OLD_GA_ZH  # noqa: E402
from tests.word_packages import make_docx  # noqa: E402

LANGS = ("en", "ar")
STYLES = ('<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>'
          '</w:docDefaults><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
          '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>')


def styled_docx(lang: str, file: Path) -> None:
    """The sample's version in ``lang`` as a .docx laid out as a UN document."""
    body, notes, numbering = word_body(lang)
    bidi = "<w:bidi/>" if lang == "ar" else ""
    body = body.replace("<w:p><w:pPr>", f"<w:p><w:pPr>{bidi}").replace("<w:p><w:r>", f"<w:p><w:pPr>{bidi}</w:pPr><w:r>")
    notes = re.sub(r'(<w:footnote w:id="\d+"><w:p>)', rf'\1<w:pPr><w:pStyle w:val="FootnoteText"/>{bidi}</w:pPr>', notes)
    make_docx(file, body, notes, numbering=numbering, styles=STYLES)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SYMBOL = "CTOC/COP/2022/L.5"
#: The masthead's lines: the Organization, the body, distribution, date, languages.
MASTHEADS = {
    "en": ("United Nations", "Conference of the Parties to the United Nations Convention against Transnational "
           "Organized Crime", "Distr.: Limited", "14 October 2022", "Original: English"),
    "ar": ("الأمم المتحدة", "مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
           "Distr.: Limited", "14 October 2022", "Arabic", "Original: English"),
}


def _paragraph(text: str, align: str = "", size: int = 0) -> str:
    alignment = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
    font = f'<w:rPr><w:sz w:val="{size}"/></w:rPr>' if size else ""
    return f'<w:p {_W}>{alignment}<w:r>{font}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _fill(part, paragraphs: list[str]) -> None:
    element = part._element
    for child in list(element):
        element.remove(child)
    for xml in paragraphs:
        element.append(parse_xml(xml))


def un_layout_docx(lang: str, file: Path) -> None:
    """The styled .docx of ``lang`` with a UN document's masthead, running header and footers."""
    styled_docx(lang, file)
    document = docx.Document(str(file))
    document.element.body.get_or_add_sectPr()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    organization, body, *lines = MASTHEADS[lang]
    bidi = "<w:bidiVisual/>" if lang == "ar" else ""
    cell = '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>{}<w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    right = '<w:pPr><w:jc w:val="right"/></w:pPr>'
    row = (f'<w:tbl {_W}><w:tblPr>{bidi}<w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/>'
           f'<w:gridCol w:w="4500"/></w:tblGrid><w:tr>{cell.format("", organization)}'
           f'{cell.format(right, SYMBOL)}</w:tr></w:tbl>')
    _fill(section.first_page_header, [row, _paragraph(body), *(_paragraph(line, "right") for line in lines)])
    _fill(section.header, [_paragraph(SYMBOL)])
    _fill(section.first_page_footer, [_paragraph("V.22-23456 (E)    171022    181022", size=16),
                                      _paragraph("*2223456*", size=16)])
    _fill(section.footer, [f'<w:p {_W}><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">V.22-23456\t'
                           '</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t>/'
                           '</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'])
    document.save(str(file))


def without_font_programs(pdf: Path, out: Path) -> None:
    """``pdf`` written again without its embedded font programs (a Type 3 font's glyph procedures made empty)."""
    writer = PdfWriter(clone_from=PdfReader(pdf))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for procedure in font.get("/CharProcs", {}).values():
                procedure.get_object().set_data(b"")
            descriptors = [font["/FontDescriptor"]] if "/FontDescriptor" in font else []
            descriptors += [d.get_object()["/FontDescriptor"] for d in font.get("/DescendantFonts", [])
                            if "/FontDescriptor" in d.get_object()]
            for descriptor in descriptors:
                for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                    descriptor.get_object().pop(key, None)
        page.compress_content_streams()
    writer.compress_identical_objects()
    with open(out, "wb") as handle:
        writer.write(handle)


#: The languages and sizes (in half points) of the "indented" files.
INDENTED = (("zh", 24), ("en", 22), ("ru", 24))


def indented_docx(lang: str, file: Path, size: int) -> None:
    """The styled .docx of ``lang`` at ``size`` half points, each paragraph's first line indented by two characters,
    no space between paragraphs."""
    global STYLES
    styled = STYLES
    STYLES = styled.replace('<w:spacing w:after="120"/>', '<w:spacing w:after="0"/><w:ind w:firstLineChars="200" w:firstLine="420"/>') \
        .replace("<w:docDefaults>", f'<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="{size}"/>'
                                    f'<w:szCs w:val="{size}"/></w:rPr></w:rPrDefault>')
    try:
        styled_docx(lang, file)
    finally:
        STYLES = styled


def write_indented(out: Path) -> None:
    """The "indented" PDFs, written to ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        for lang, size in INDENTED:
            indented_docx(lang, Path(tmp) / f"indented-untoc-cop-res-11-1.{lang}.docx", size)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        *map(str, sorted(Path(tmp).glob("*.docx")))], check=True, capture_output=True)
        for lang, _ in INDENTED:
            name = f"indented-untoc-cop-res-11-1.{lang}.pdf"
            without_font_programs(Path(tmp) / name, out / f"libreoffice-{name}")


def main() -> None:
    out = Path(__file__).resolve().parent
    write_indented(out)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            styled_docx(lang, Path(tmp) / f"untoc-cop-res-11-1.{lang}.docx")
            un_layout_docx(lang, out / f"libreoffice-un-layout-untoc-cop-res-11-1.{lang}.docx")
        printed = [*sorted(Path(tmp).glob("*.docx")), *sorted(out.glob("libreoffice-un-layout-*.docx"))]
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, *map(str, printed)],
                       check=True, capture_output=True)
        for lang in LANGS:
            name = f"untoc-cop-res-11-1.{lang}.pdf"
            without_font_programs(Path(tmp) / name, out / f"libreoffice-{name}")
            without_font_programs(Path(tmp) / f"libreoffice-un-layout-{name}", out / f"libreoffice-un-layout-{name}")
        texts = []
        for lang, text in (("en", OLD_GA_EN), ("zh", OLD_GA_ZH)):
            texts.append(Path(tmp) / f"plain-text-a-res-52-85.{lang}.txt")
            texts[-1].write_text(text, encoding="utf-8")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, *map(str, texts)],
                       check=True, capture_output=True)
        for text in texts:
            without_font_programs(text.with_suffix(".pdf"), out / f"libreoffice-{text.stem}.pdf")


if __name__ == "__main__":
    main()
