"""Writes the Chromium PDF of tests/data from the bundled sample's Chinese version.

The version is set as a plain HTML page (a paragraph per block of the text file, its line breaks kept, 6 pt after
each paragraph, justified) in Noto Serif CJK SC at 11 pt, and Chromium prints it to PDF. Chromium's PDFs map some
characters back to the Kangxi or supplementary radicals the font draws with the same glyph ("执⾏", "附件⼀", "⽉"),
as other producers of PDFs set in Noto CJK or Source Han do. The embedded font programs are then taken out (the
text layer, with those mappings, stays as Chromium wrote it) to keep the file small.

Chromium and the font (Debian's packages chromium and fonts-noto-cjk) are not test dependencies: run this by
hand where they are installed, to write the file again::

    .venv/bin/python tests/data/make_chromium_pdfs.py
"""

from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import corpora  # noqa: E402
from tests.data.make_libreoffice_pdfs import without_font_programs  # noqa: E402

CSS = ("body{font-family:'Noto Serif CJK SC';font-size:11pt;text-align:justify}"
       "p{margin:0 0 6pt 0} @page{size:A4;margin:2cm}")


def page(lang: str) -> str:
    """The sample's version in ``lang`` as an HTML page."""
    blocks = [block for block in corpora.load("untoc-cop-res-11-1", lang).text.split("\n\n") if block.strip()]
    body = "\n".join(f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)
    return f"<!doctype html><html lang='{lang}'><meta charset='utf-8'><style>{CSS}</style><body>{body}</body></html>"


def main() -> None:
    out = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "zh.html"
        source.write_text(page("zh"), encoding="utf-8")
        printed = Path(tmp) / "zh.pdf"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer", f"--print-to-pdf={printed}",
                        source.as_uri()], check=True, capture_output=True, timeout=120)
        without_font_programs(printed, out / "chromium-untoc-cop-res-11-1.zh.pdf")


if __name__ == "__main__":
    main()
