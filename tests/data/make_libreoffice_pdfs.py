"""Writes the PDF files of tests/data from the bundled sample, with LibreOffice.

Each version becomes a .docx as for the .doc files (make_word97_samples.py), laid out as UN documents are: 6 pt
after each paragraph, justified, footnotes in a smaller size, Arabic paragraphs right to left. LibreOffice prints
it to PDF; the embedded font programs are then taken out (the text layer, which is all hexalign reads, stays as
LibreOffice wrote it) to keep the files small. LibreOffice is not a test dependency: run this by hand, where
``soffice`` is installed, to write the files again::

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

from pypdf import PdfReader, PdfWriter  # noqa: E402

from tests.data.make_word97_samples import word_body  # noqa: E402
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


def without_font_programs(pdf: Path, out: Path) -> None:
    """``pdf`` written again without its embedded font programs."""
    writer = PdfWriter(clone_from=PdfReader(pdf))
    for page in writer.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
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


def main() -> None:
    out = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            styled_docx(lang, Path(tmp) / f"untoc-cop-res-11-1.{lang}.docx")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        *sorted(str(p) for p in Path(tmp).glob("*.docx"))], check=True, capture_output=True)
        for lang in LANGS:
            name = f"untoc-cop-res-11-1.{lang}.pdf"
            without_font_programs(Path(tmp) / name, out / f"libreoffice-{name}")


if __name__ == "__main__":
    main()
