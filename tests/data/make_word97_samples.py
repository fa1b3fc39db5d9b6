"""Writes the Word 97–2003 (.doc) files of tests/data from the bundled sample, with LibreOffice.

Each version becomes a .docx written here (a paragraph for each of its units, the footnote markers
real footnote references, the footnotes real footnotes), which LibreOffice saves as .doc. LibreOffice is
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
from tests.word_packages import make_docx, run  # noqa: E402

LANGS = ("zh", "en", "ar")
_MARKER = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def word_body(lang: str) -> tuple[str, str]:
    """The sample's units as a Word body (one paragraph each, its footnote markers real footnote references) and
    its footnotes as a footnotes part."""
    units = segment(corpora.load("untoc-cop-res-11-1", lang)).units
    body, notes = [], []
    for unit in units:
        if unit.kind == "footnote":
            number = unit.id.removeprefix("fn.")
            notes.append(f'<w:footnote w:id="{number}"><w:p><w:r><w:footnoteRef/></w:r>'
                         f'{run(" " + escape(unit.text))}</w:p></w:footnote>')
            continue
        runs = []
        lines = unit.raw.split("\n")  # a paragraph wrapped in the text: Chinese lines join without a space
        for piece in _MARKER.split(("" if lang == "zh" else " ").join(lines)):
            if _MARKER.fullmatch(piece):
                runs.append('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            f'<w:footnoteReference w:id="{piece.translate(_DIGITS)}"/></w:r>')
            elif piece:
                runs.append(run(escape(piece)))
        body.append("<w:p>" + "".join(runs) + "</w:p>")
    separators = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                  "</w:p></w:footnote>")
    return "".join(body), separators + "".join(notes)


def main() -> None:
    out = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            body, notes = word_body(lang)
            make_docx(Path(tmp) / f"untoc-cop-res-11-1.{lang}.docx", body, notes)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(out),
                        *sorted(str(p) for p in Path(tmp).glob("*.docx"))], check=True, capture_output=True)


if __name__ == "__main__":
    main()
