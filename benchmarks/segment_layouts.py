"""Layout benchmark: how much of a text's structure segmentation gives back from the ways a PDF lays it out.

Each of the six versions of the bundled resolution is laid out as text taken
from a PDF: every paragraph broken into lines at 70 to 110 columns (a Chinese
character counting two), with a blank line between paragraphs or with none
(text copied out of a PDF viewer), the first line of each paragraph indented or not (with no blank lines: as
``pdftotext -layout`` gives a PDF whose paragraphs open indented), with a page break every 31 lines (a footer
with the job and page number, the symbol as running header) or none. Each
layout is segmented, and its units (id, kind, clean text) are compared with
those of the plain text: the share of the plain text's units found, and the
number of layouts that give them all.

Run from the repository root::

    .venv/bin/python benchmarks/segment_layouts.py [--root CHECKOUT]

``--root`` segments with the code of another checkout (its ``aligner``), to
compare two versions of the segmenter on the same layouts.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "untoc-cop-res-11-1"
LANGS = ("zh", "en", "fr", "es", "ru", "ar")
COLUMNS = (70, 80, 90, 100, 110)
PAGE_LINES = 31
#: What sets a paragraph's first line in, in the layouts that do so (as ``pdftotext -layout`` gives a PDF whose
#: paragraphs open indented).
INDENT = "    "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose segmenter to run")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # the test helpers that lay a text out
    sys.path.insert(0, str(args.root.resolve()))  # (first: its aligner is the one imported)
    from aligner.model import Document
    from aligner.segment import segment
    import corpora
    from tests.test_segment import _hard_wrap, _with_pages

    print(f"segmenter of {args.root.resolve()}\n")
    print(f"{'layout':42} {'lang':>4} " + " ".join(f"{c:>7}" for c in COLUMNS) + "  (units found, by columns)")
    for blank, indent, pages in ((True, False, False), (True, False, True), (False, False, False),
                                 (False, False, True), (False, True, False), (False, True, True)):
        label = (f"{'blank lines' if blank else 'first lines indented' if indent else 'no blank lines'}, "
                 f"{'pages every 31 lines' if pages else 'no pages'}")
        found = total = exact = 0
        for lang in LANGS:
            plain = corpora.load(SAMPLE, lang).text
            wanted = [(u.id, u.kind, u.text) for u in segment(Document(plain, lang, name="plain")).units]
            cells = []
            for columns in COLUMNS:
                text = _hard_wrap(plain.replace("\n\n", "\n\n" + INDENT) if indent else plain, columns)
                if not blank:
                    text = re.sub(r"\n\s*\n+", "\n", text)
                if pages:
                    text = _with_pages(text, PAGE_LINES, "CTOC/COP/2022/L.6")
                got = [(u.id, u.kind, u.text) for u in segment(Document(text, lang, name="laid out")).units]
                right = sum(1 for unit in got if unit in wanted)
                cells.append(f"{right:>3}/{len(wanted):<3}")
                found, total, exact = found + right, total + len(wanted), exact + (got == wanted)
            print(f"{label:42} {lang:>4} " + " ".join(cells))
        print(f"{'':42} {'all':>4} {found / total:.1%} of the units; {exact} of {len(LANGS) * len(COLUMNS)} layouts "
              f"give them all\n")


if __name__ == "__main__":
    main()
