"""Writes the Chromium PDF of tests/data from the bundled sample's Chinese version, and the texts ``pdftotext`` takes
out of PDFs of the sample.

The version is set as a plain HTML page (a paragraph per block of the text file, its line breaks kept, 6 pt after
each paragraph, justified) in Noto Serif CJK SC at 11 pt, and Chromium prints it to PDF. Chromium's PDFs map some
characters back to the Kangxi or supplementary radicals the font draws with the same glyph ("执⾏", "附件⼀", "⽉"),
as other producers of PDFs set in Noto CJK or Source Han do. The embedded font programs are then taken out (the
text layer, with those mappings, stays as Chromium wrote it) to keep the file small.

The same versions, Chinese and English, set with the first line of each paragraph indented (2 em) and printed so,
give ``pdftotext-layout-untoc-cop-res-11-1.*.txt``: what poppler's ``pdftotext -layout`` takes out of them (no
blank lines; each paragraph's first line indented). ``pdftotext-libreoffice-untoc-cop-res-11-1.en.txt`` is what
``pdftotext`` (no options) takes out of ``libreoffice-untoc-cop-res-11-1.en.pdf``: footnote numbers in plain
digits, the markers set apart from their words by a space ("Organized Crime 1 and that").
``pdftotext-chromium-untoc-cop-res-11-1.ar.txt`` and ``pdftotext-layout-chromium-untoc-cop-res-11-1.ar.txt`` are what
it takes, without and with ``-layout``, out of the Arabic version printed by Chromium (DejaVu Serif, right to
left): lines in embeddings, the letters of each lam-alef ligature alef first ("األمم"), the layout's lines
right-aligned. ``pdftotext-layout-chromium-indented-untoc-cop-res-11-1.ar.txt`` is what ``pdftotext -layout``
takes out of it printed at 12 pt with first-line indents and no space between paragraphs: a line of stray
letters ("أ    أ") ends a page.

Chromium, the font and poppler (Debian's packages chromium, fonts-noto-cjk and poppler-utils) are not test
dependencies: run this by hand where they are installed, to write the files again::

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

def page(lang: str, indent: str = "0", size: int = 11, after: str = "6pt") -> str:
    """The sample's version in ``lang`` as an HTML page at ``size`` points, each paragraph's first line set in by
    ``indent``, ``after`` between paragraphs."""
    blocks = [block for block in corpora.load("untoc-cop-res-11-1", lang).text.split("\n\n") if block.strip()]
    body = "\n".join(f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)
    font = "DejaVu Serif" if lang == "ar" else "Noto Serif CJK SC"
    css = (f"body{{font-family:'{font}';font-size:{size}pt;text-align:justify}}"
           f"p{{margin:0 0 {after} 0;text-indent:{indent}}} @page{{size:A4;margin:2cm}}")
    direction = "rtl" if lang == "ar" else "ltr"
    return (f"<!doctype html><html lang='{lang}' dir='{direction}'><meta charset='utf-8'><style>{css}</style>"
            f"<body>{body}</body></html>")


def printed(html_page: str, pdf: Path) -> None:
    """``html_page`` printed to ``pdf`` by Chromium."""
    source = pdf.with_suffix(".html")
    source.write_text(html_page, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={pdf.parent}/profile", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    source.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    out = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory() as tmp:
        printed(page("zh"), Path(tmp) / "zh.pdf")
        without_font_programs(Path(tmp) / "zh.pdf", out / "chromium-untoc-cop-res-11-1.zh.pdf")
        for lang in ("zh", "en"):
            pdf = Path(tmp) / f"indented.{lang}.pdf"
            printed(page(lang, "2em"), pdf)
            subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf),
                            str(out / f"pdftotext-layout-untoc-cop-res-11-1.{lang}.txt")], check=True)
        printed(page("ar"), Path(tmp) / "ar.pdf")
        for mode, name in (([], "pdftotext"), (["-layout"], "pdftotext-layout")):
            subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", str(Path(tmp) / "ar.pdf"),
                            str(out / f"{name}-chromium-untoc-cop-res-11-1.ar.txt")], check=True)
        printed(page("ar", "2em", 12, "0"), Path(tmp) / "indented.ar.pdf")
        subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(Path(tmp) / "indented.ar.pdf"),
                        str(out / "pdftotext-layout-chromium-indented-untoc-cop-res-11-1.ar.txt")], check=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(out / "libreoffice-untoc-cop-res-11-1.en.pdf"),
                    str(out / "pdftotext-libreoffice-untoc-cop-res-11-1.en.txt")], check=True)


if __name__ == "__main__":
    main()
