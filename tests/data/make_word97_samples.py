"""Writes the Word 97–2003 (.doc) and RTF files of tests/data from the bundled sample, with LibreOffice.

Each version becomes a .docx written here (a paragraph for each of its units, its paragraph and item
numbers Word's own list numbers, the footnote markers real footnote references, the footnotes real
footnotes), which LibreOffice saves as .doc (and the English one as .rtf). LibreOffice is
not a test dependency: run this by hand, where ``soffice`` is installed, to write the files again::

    .venv/bin/python tests/data/make_word97_samples.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import corpora  # noqa: E402
from aligner.segment import segment  # noqa: E402
from tests.word_packages import abstract_num, level, make_docx, num, numbered, run, word_numbered  # noqa: E402

LANGS = ("zh", "en", "ar")
_MARKER = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def word_body(lang: str) -> tuple[str, str, str]:
    """The sample's units as a Word body (one paragraph each; paragraph and item numbers Word's own, footnote
    markers real footnote references), its footnotes part and its numbering part."""
    units = segment(corpora.load("untoc-cop-res-11-1", lang)).units
    texts, notes = [], []
    for unit in units:
        if unit.kind == "footnote":
            number = unit.id.removeprefix("fn.")
            notes.append(f'<w:footnote w:id="{number}"><w:p><w:r><w:footnoteRef/></w:r>'
                         f'{run(" " + escape(unit.text))}</w:p></w:footnote>')
        else:  # a paragraph wrapped in the text: Chinese lines join without a space
            texts.append(("" if lang == "zh" else " ").join(unit.raw.split("\n")))
    body, numbering = word_numbered(texts, runs=_with_references, new_definitions=True)  # as LibreOffice keeps it
    separators = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                  "</w:p></w:footnote>")
    return body, separators + "".join(notes), numbering


def _with_references(text: str) -> str:
    """Runs holding ``text``, each footnote marker a footnote reference."""
    runs = []
    for piece in _MARKER.split(text):
        if _MARKER.fullmatch(piece):
            runs.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{piece.translate(_DIGITS)}"/></w:r>')
        elif piece:
            runs.append(run(escape(piece)))
    return "".join(runs)


#: A document of lists: numbered headings (by their style), a list of two levels, Russian letters, Chinese numerals.
LISTS_NUMBERING = (
    abstract_num(0, level(0, "upperRoman", "%1.", suffix="space"), level(1, "decimal", "%1.%2", suffix="space"))
    + abstract_num(1, level(0, "russianLower", "%1)", suffix="space"))
    + abstract_num(2, level(0, "chineseCounting", "%1、", suffix="nothing"))
    + num(1, 0) + num(2, 1) + num(3, 2)
)
LISTS_STYLES = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
                '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
LISTS_BODY = "".join([
    numbered("Introduction", style="Heading1"), numbered("first", 1, 1), numbered("second", 1, 1),
    numbered("Findings", style="Heading1"), numbered("third", 1, 1),
    numbered("один", 2, 0), numbered("два", 2, 0), numbered("甲", 3, 0), numbered("乙", 3, 0),
])


#: A resolution whose masthead stands in the first page's header, as UN documents have it.
MASTHEAD = ("<w:tbl><w:tr><w:tc><w:p>" + run("United Nations") + "</w:p></w:tc><w:tc><w:p>" + run("A/RES/80/7")
            + "</w:p></w:tc></w:tr><w:tr><w:tc><w:p>" + run("General Assembly") + "</w:p></w:tc><w:tc><w:p>"
            + run("Distr.: General") + "</w:p><w:p>" + run("20 November 2025") + "</w:p></w:tc></w:tr></w:tbl><w:p/>")
MASTHEAD_BODY = "".join(f"<w:p>{run(text)}</w:p>" for text in (
    "Resolution adopted by the General Assembly on 18 November 2025", "80/7. Rule of law", "The General Assembly,",
    "Recalling its resolution 79/1,", "1. Decides to continue.")) + (
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>'
    "<w:titlePg/></w:sectPr>")


def main() -> None:
    out = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            body, notes, numbering = word_body(lang)
            make_docx(Path(tmp) / f"untoc-cop-res-11-1.{lang}.docx", body, notes, numbering=numbering)
        make_docx(Path(tmp) / "lists.docx", LISTS_BODY, numbering=LISTS_NUMBERING, styles=LISTS_STYLES)
        make_docx(Path(tmp) / "masthead.docx", MASTHEAD_BODY, headers=[f"<w:p>{run('A/RES/80/7')}</w:p>", MASTHEAD])
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(out),
                        *sorted(str(p) for p in Path(tmp).glob("*.docx"))], check=True, capture_output=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "rtf", "--outdir", str(out),
                        str(Path(tmp) / "untoc-cop-res-11-1.en.docx")], check=True, capture_output=True)


if __name__ == "__main__":
    main()
