"""The text layer of a PDF file, laid out as the segmenter reads text: one line per printed line, a blank line
where the space between two lines says a new paragraph starts, a form feed between pages, and footnote numbers
printed raised and smaller as superscript digits.

What a PDF holds is glyphs placed on a page; :mod:`pypdf` gives them as runs of text with their position and
size, line by line. Paragraph breaks are read from the vertical gaps: UN documents leave extra space between
paragraphs, so a gap clearly wider than the document's usual line spacing starts a new one. A PDF without a text
layer (a scan) has nothing to read.
"""

from __future__ import annotations

import io
import logging
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from aligner.errors import InputError
from aligner.labels import SUPERSCRIPT, SUPERSCRIPT_DIGITS
from aligner.tokens import WIDE_CHARACTER, columns

__all__ = ["pdf_text"]

#: A gap between two lines at least this many times the document's usual line spacing starts a paragraph.
PARAGRAPH_GAP = 1.3
#: Runs set in a font at most this share of the line's main size, and raised, are superscripts.
_SMALL = 0.9
#: How far above the line's baseline (as a share of its main size) a superscript's baseline sits at least.
_RAISED = 0.15
#: Two runs whose baselines are closer than this share of the size stand on one printed line.
_SAME_LINE = 0.3


@dataclass
class _Line:
    """A printed line: its runs as (text, baseline, size), in the order the PDF gives them, and where its first
    text starts from the left edge of the page."""

    runs: list[tuple[str, float, float]] = field(default_factory=list)
    left: float | None = None

    @property
    def size(self) -> float:
        return max((size for text, _, size in self.runs if text.strip()), default=0.0)

    @property
    def baseline(self) -> float:
        size = self.size
        return next(y for text, y, s in self.runs if text.strip() and s == size)

    def _reading_order(self) -> list[tuple[str, float, float]]:
        """The runs in reading order: as the PDF gives them, but in a right-to-left line (Arabic letters make at
        least a third of its letters) right to left, as its runs come left to right as displayed, each already
        in reading order inside but for its brackets, which show mirrored."""
        text = "".join(t for t, _, _ in self.runs)
        right_to_left = len(_RIGHT_TO_LEFT.findall(text))
        if not right_to_left or right_to_left < _RTL_SHARE * (right_to_left + len(_LATIN.findall(text))):
            return self.runs
        return [(t.translate(_MIRRORED) if _RIGHT_TO_LEFT.search(t) else t, y, size) for t, y, size in self.runs[::-1]]

    def text(self) -> str:
        """The line's text, its raised small digits written as superscripts glued to what they follow; after one,
        a space only before a word in an alphabetic script, or after a footnote's own number opening the line."""
        size, baseline = self.size, self.baseline
        out, marker_end = "", -1
        for text, y, run_size in self._reading_order():
            if run_size <= _SMALL * size and y - baseline >= _RAISED * size and text.strip().isdigit():
                out = out.rstrip() + text.strip().translate(SUPERSCRIPT)
                marker_end = len(out)
                continue
            if len(out) == marker_end:
                rest = text.lstrip()
                if not out.strip(SUPERSCRIPT_DIGITS):
                    text = " " + rest
                elif text[:1].isspace():
                    text = " " + rest if rest[:1].isalpha() and not WIDE_CHARACTER.match(rest) else rest
            out += text
        out = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), out.strip())
        return _SPACES.sub(" ", out)  # the spaces a PDF puts between runs are no part of the text


_SPACES = re.compile(r"(?<=\S) {2,}")
#: Letters in the forms a PDF font shows them in, read as the letters: Latin ligatures ("ﬁ" in "speciﬁc", U+FB00–FB06)
#: and Arabic contextual forms (U+FB50–FDFF, U+FE70–FEFC).
_PRESENTATION_FORMS = re.compile(r"[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]+")


def pdf_text(data: bytes, file: Path) -> str:
    """The text of a PDF file's pages (see the module's description); InputError when it has none to read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # what pypdf logs about odd files it reads all the same is no news to the user
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{file} is a password-protected PDF: remove the protection first")
        pages = [_page_lines(page) for page in reader.pages]
    except InputError:
        raise
    except Exception as err:  # (a damaged file makes pypdf raise errors of many kinds, not only PyPdfError)
        kind = "" if isinstance(err, PyPdfError) else f"{type(err).__name__}: "
        raise InputError(f"{file} is not a readable PDF file: {kind}{err}") from None
    finally:
        logger.setLevel(level)
    spacing = _usual_spacing(pages)
    texts = [_page_text(lines, spacing) for lines in pages]
    if not any(text.strip() for text in texts):
        raise InputError(f"{file} has no text layer (a scanned PDF?): run it through OCR first")
    return "\n\f\n".join(texts) + "\n"


def _page_lines(page) -> list[_Line]:
    """The printed lines of ``page``, top to bottom as the PDF gives them."""
    lines: list[_Line] = [_Line()]

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text:
            return
        # where the run stands on the page and how large it is printed: its text matrix times the page's matrix
        a, b, c, d = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3], \
            tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        printed = abs(size) * math.hypot(c, d) if (c or d) else abs(size) * math.hypot(a, b)
        pieces = text.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                lines.append(_Line())
            if piece:
                line = lines[-1]
                if piece.strip() and line.size and abs(y - line.baseline) > max(line.size, printed) * 2:
                    lines.append(_Line())  # far from the line being read, with no line break given
                lines[-1].runs.append((piece, y, printed))
                if lines[-1].left is None and piece.strip():
                    lines[-1].left = x

    page.extract_text(visitor_text=visit)
    return _merged([line for line in lines if any(text.strip() for text, _, _ in line.runs)])


def _merged(lines: list[_Line]) -> list[_Line]:
    """``lines`` with those that stand on one printed line joined (a cover page's "United Nations" and its symbol;
    a footnote number the PDF gives as a line of its own)."""
    merged: list[_Line] = []
    for line in lines:
        if merged:
            previous = merged[-1]
            if _superscript_only(previous, line):
                previous.runs.extend(line.runs)
                continue
            if abs(previous.baseline - line.baseline) < _SAME_LINE * max(line.size, previous.size):
                previous.runs.extend([(" ", line.baseline, 0.0)] + line.runs)
                if line.left is not None and (previous.left is None or line.left < previous.left):
                    previous.left = line.left
                continue
        merged.append(line)
    return merged


def _superscript_only(previous: _Line, line: _Line) -> bool:
    """Whether ``line`` is nothing but raised small digits beside ``previous`` (a marker the PDF set apart)."""
    text = "".join(t for t, _, _ in line.runs).strip()
    return text.isdigit() and line.size <= _SMALL * previous.size and \
        0 <= line.baseline - previous.baseline <= previous.size


def _usual_spacing(pages: list[list[_Line]]) -> float:
    """The most common distance between consecutive lines, relative to their size, over the whole document."""
    ratios = Counter()
    for lines in pages:
        for above, below in zip(lines, lines[1:]):
            size = max(above.size, below.size)
            gap = above.baseline - below.baseline
            if size and gap > 0:
                ratios[round(gap / size, 1)] += 1
    return ratios.most_common(1)[0][0] if ratios else 1.2


def _page_text(lines: list[_Line], spacing: float) -> str:
    """The lines of one page, a blank line before each that a wide gap (or a jump up the page) or a first-line
    indent sets apart."""
    texts = [line.text() for line in lines]
    margin = min((line.left for line in lines if line.left is not None), default=0.0)
    full = max((columns(text) for text in texts), default=0)
    out: list[str] = []
    for number, line in enumerate(lines):
        if number:
            above = lines[number - 1]
            size = max(above.size, line.size)
            gap = above.baseline - line.baseline
            if gap <= 0 or (size and gap / size >= PARAGRAPH_GAP * spacing) or \
                    _indented_first_line(lines, texts, number, margin, full):
                out.append("")
        out.append(texts[number])
    return "\n".join(out)


def _indented_first_line(lines: list[_Line], texts: list[str], number: int, margin: float, full: int) -> bool:
    """Whether line ``number`` starts a paragraph by its indent (at least one character right of the page's
    ``margin``, where its leftmost line starts): after a line that stopped short of the ``full`` width or ended
    a sentence or clause, or between two lines at the margin. A hanging indent, where the lines after a full
    first one are indented, is no new paragraph; right-to-left lines, indented at their right, are left out."""
    line, above = lines[number], lines[number - 1]
    if line.left is None or line.left - margin < line.size or _RIGHT_TO_LEFT.search(texts[number]):
        return False
    previous = texts[number - 1]
    if columns(previous) < _SHORT_LINE * full or previous.rstrip(_CLOSERS + SUPERSCRIPT_DIGITS)[-1:] in _CLOSING:
        return True
    below = lines[number + 1] if number + 1 < len(lines) else None
    at_margin = [other is not None and other.left is not None and other.left - margin < line.size / 2
                 for other in (above, below)]
    return all(at_margin)


#: Punctuation that ends a paragraph (a comma does not), and closing quotes and brackets after it.
_CLOSING = set(".;:!?。；：！？")
_CLOSERS = "\"'”’»)）」』"
#: A line shorter than this share of the page's longest ends its paragraph (lines of running text, broken between
#: words, come nearer to the full width).
_SHORT_LINE = 0.75
_RTL_SHARE = 1 / 3
_MIRRORED = str.maketrans("()[]{}«»", ")(][}{»«")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
