"""The text layer of a PDF file, laid out as the segmenter reads text: one line per printed line, a blank line
where the space between two lines says a new paragraph starts, a form feed between pages, and footnote numbers
printed raised and smaller as superscript digits.

What a PDF holds is glyphs placed on a page; :mod:`pypdf` gives them as runs of text with their position and
size, line by line. Paragraph breaks are read from the vertical gaps: UN documents leave extra space between
paragraphs, so a gap clearly wider than the document's usual line spacing starts a new one. A right-to-left
line is read by where its runs stand on the page, rightmost first, as producers store them in either order. A PDF
without a text layer (a scan) has nothing to read.
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
from typing import Iterator, NamedTuple

from aligner.errors import InputError
from aligner.ideographs import with_ideographs
from aligner.labels import PLAIN_DIGITS, SUPERSCRIPT, SUPERSCRIPT_DIGITS
from aligner.layout import PAGE_FURNITURE, as_letters
from aligner.tokens import ARABIC_LETTER, WIDE_CHARACTER, columns

__all__ = ["pdf_text"]

#: A gap between two lines at least this many times the document's usual line spacing starts a paragraph.
PARAGRAPH_GAP = 1.3
#: Runs set in a font at most this share of the line's main size, and raised, are superscripts.
_SMALL = 0.9
#: Lines at the foot of a page set at most this share of the body's size are footnotes (9 pt notes under 9.5 pt
#: text; each must also open with the number of a marker read above it).
_NOTE_SIZE = 0.97
#: How far above the line's baseline (as a share of its main size) a superscript's baseline sits at least.
_RAISED = 0.15
#: A line spacing found at least this share as often as the most common one is a common one.
_COMMON_SPACING = 0.5
#: Two runs whose baselines are closer than this share of the size stand on one printed line.
_SAME_LINE = 0.3


class _Run(NamedTuple):
    """A run of text as the PDF places it: its baseline, its printed size, and where it starts and (where the PDF
    tells) ends from the left edge of the page; a space :func:`_merged` puts between two lines set on one baseline
    has size 0."""

    text: str
    y: float
    size: float
    x: float = 0.0
    end: float | None = None
    bold: bool = False  # set in a bold font


@dataclass
class _Line:
    """A printed line: its runs, in the order the PDF gives them, and where its first text starts from the left
    edge of the page."""

    runs: list[_Run] = field(default_factory=list)
    left: float | None = None
    drawn_at: float | None = None  # the height its first text is drawn at in the page's own coordinates (before the page's matrix)

    @property
    def size(self) -> float:
        return max((run.size for run in self.runs if run.text.strip()), default=0.0)

    @property
    def baseline(self) -> float:
        size = self.size
        return next(run.y for run in self.runs if run.text.strip() and run.size == size)

    @property
    def bold(self) -> bool:
        """Whether all the line's words are set in a bold font (a title's or heading's line)."""
        worded = [run for run in self.runs if any(ch.isalpha() for ch in run.text)]
        return bool(worded) and all(run.bold for run in worded)

    @property
    def raised(self) -> float:
        """How far above the baseline the line's highest superscript (raised small digits) sits; 0 without one."""
        size, baseline = self.size, self.baseline
        return max((run.y - baseline for run in self.runs if run.size <= _SMALL * size
                    and run.y - baseline >= _RAISED * size and run.text.strip().isdigit()), default=0.0)

    def _reading_order(self, mirrored: bool, em: float) -> list[_Run]:
        """The runs in reading order: as the PDF gives them, but in a right-to-left line (Arabic letters make at
        least a third of its letters) from the rightmost to the leftmost, whatever order the PDF stores them in.
        Each run is in reading order inside; where the document's fonts give glyphs as shown (``mirrored``), the
        brackets of its Arabic runs, and those it sets on their own, show mirrored and are turned back. Runs that
        touch are one piece of text (a word a justified line stretches is set in pieces); a wide gap between them,
        as between the items of a cover page, is a space."""
        if not _reads_right_to_left("".join(run.text for run in self.runs)):
            return self.runs
        # runs of text by their middle, spaces by where they stand (a space pypdf gives where the text position
        # jumped stands at one end of a run, not always outside it)
        ordered = sorted(_operations([run for run in self.runs if run.size]),
                         key=lambda run: -(_middle(run, em) if run.text.strip() else run.x))
        out: list[_Run] = []
        for run in ordered:
            if out and run.text.strip():
                left = next((other for other in reversed(out) if other.text.strip()), None)
                if left is not None and left.x - (run.x + _width(run, em)) > _WIDE_GAP * max(run.size, left.size):
                    out.append(_Run(" ", run.y, 0.0))
            shown_as_is = mirrored and (_RIGHT_TO_LEFT.search(run.text) or _BRACKETS_ONLY.match(run.text))
            out.append(run._replace(text=run.text.translate(_MIRRORED)) if shown_as_is else run)
        return out

    def text(self, mirrored: bool = True, em: float = 0.5) -> str:
        """The line's text, its raised small digits written as superscripts glued to what they follow; after one,
        a space only before a word in an alphabetic script, or after a footnote's own number opening the line. The
        space pypdf puts where a producer sets Chinese apart from figures and Latin letters is left out."""
        size, baseline = self.size, self.baseline
        out, marker_end = "", -1
        runs = self._reading_order(mirrored, em)
        for text, y, run_size, *_ in (run for k, run in enumerate(runs) if not _autospacing(runs, k)):
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
        out = as_letters(out.strip())
        out = _UNMAPPED_KASHIDA.sub(lambda m: "\u0640" * len(m.group()), out)
        if len(_SPACED_HAN.findall(out)) >= _JUSTIFIED_HAN_SPACES:
            out = _SPACED_HAN.sub("", out)  # a justified Chinese line's room between its characters
        return _SPACES.sub(" ", out)  # the spaces a PDF puts between runs are no part of the text


def _autospacing(runs: list[_Run], k: int) -> bool:
    """Whether run ``k`` is a space pypdf gives only for the room a producer leaves between Chinese and figures or
    Latin letters ("2022年" set as "2022 年", as LibreOffice and Word do by default), or between two CJK characters
    or a CJK character and the punctuation after it (a justified line's room: "释放 、"): a run of white space placed
    where the next run starts (not a space the PDF draws), after a gap of less than the size of the type."""
    if not 0 < k < len(runs) - 1 or runs[k].text.strip():
        return False
    before, space, after = runs[k - 1], runs[k], runs[k + 1]
    last, first = before.text.rstrip()[-1:], after.text.lstrip()[:1]
    if abs(space.x - after.x) > 0.05 or not last or not first or last != before.text[-1:] or first != after.text[:1]:
        return False
    if not ((WIDE_CHARACTER.match(last) and (_LATIN_OR_FIGURE.match(first) or WIDE_CHARACTER.match(first)
                                             or first in _CLOSING_PUNCTUATION)) or
            (_LATIN_OR_FIGURE.match(last) and WIDE_CHARACTER.match(first))):
        return False
    # where the run before ends: as the PDF tells, else a column (half the size) a figure or letter, two a CJK one
    end = before.end if before.end is not None else before.x + 0.5 * before.size * columns(before.text)
    return after.x - end < max(before.size, after.size)


#: A space between two Chinese characters or marks (or a name's "·"): where a line has this many, pypdf read the
#: room a justified line spreads between its characters as spaces ("《联合 国 囚 犯 待 遇"); fewer may be the text's own.
_WIDE_OR_NAME_DOT = WIDE_CHARACTER.pattern[:-1] + "·]"
_SPACED_HAN = re.compile(f"(?<={_WIDE_OR_NAME_DOT}) (?={_WIDE_OR_NAME_DOT})")
_JUSTIFIED_HAN_SPACES = 3
#: A letter of the Latin alphabet or a figure, set apart from Chinese by automatic spacing.
_LATIN_OR_FIGURE = re.compile(r"[A-Za-z0-9]")
#: Half-width punctuation that closes what comes before it, and the dot between the parts of a name
#: (纳尔逊·曼德拉): after a Chinese character, room before it is no space.
_CLOSING_PUNCTUATION = frozenset(",.;:!?)]·")


def _operations(runs: list[_Run]) -> list[_Run]:
    """``runs`` with the pieces of one text-showing operation made one run again: pypdf gives every piece the
    place where the operation starts. Its glyphs go left to right on the page, so where the pieces hold
    right-to-left letters, the last piece is read first."""
    grouped: list[list[_Run]] = []
    for run in runs:
        last = grouped[-1][-1] if grouped else None
        if last is not None and abs(last.x - run.x) < 0.01 and abs(last.y - run.y) < 0.01 and last.size == run.size:
            grouped[-1].append(run)
        else:
            grouped.append([run])
    out = []
    for pieces in grouped:
        if len(pieces) == 1:
            out.append(pieces[0])
            continue
        if any(_RIGHT_TO_LEFT.search(piece.text) for piece in pieces):  # read right to left: pieces of no
            # direction of their own (spaces, brackets) as well, the others already read in their own direction
            texts = [piece.text if _STRONG.search(piece.text) else piece.text[::-1] for piece in pieces[::-1]]
        else:
            texts = [piece.text for piece in pieces]
        ends = [piece.end for piece in pieces if piece.end is not None]
        out.append(pieces[0]._replace(text="".join(texts), end=max(ends) if ends else None))
    return out


def _reads_right_to_left(text: str) -> bool:
    """Whether a line reads right to left: Arabic letters make at least a third of its letters."""
    right_to_left = len(_RIGHT_TO_LEFT.findall(text))
    return bool(right_to_left) and right_to_left >= _RTL_SHARE * (right_to_left + len(_LATIN.findall(text)))


def _middle(run: _Run, em: float) -> float:
    """Where the middle of a run's printed characters stands: of its width where the PDF tells its end, else of its
    characters other than the spaces pypdf adds around them ("و " is the letter alone), ``em`` of its size each."""
    if run.end is not None:
        return (run.x + run.end) / 2
    core = run.text.strip()
    lead = len(run.text) - len(run.text.lstrip())
    return run.x + em * run.size * (lead + len(core) / 2)


def _width(run: _Run, em: float) -> float:
    """How wide a run is printed: as far as its end where the PDF tells, else ``em`` of its size a character."""
    return run.end - run.x if run.end is not None else em * run.size * len(run.text)


def _character_width(pages: list[list[_Line]]) -> float:
    """The document's average width of a character, as a share of its size, from the runs whose end the PDF tells
    (half the size where none does)."""
    width = characters = 0.0
    for lines in pages:
        for line in lines:
            for run in line.runs:
                if run.end is not None and run.size and len(run.text) >= 3:
                    width += (run.end - run.x) / run.size
                    characters += len(run.text)
    return width / characters if characters else 0.5


_SPACES = re.compile(r"(?<=\S) {2,}")
#: Kashidas, the strokes a justified Arabic line stretches its words with, where the PDF maps no character to the
#: stroke's glyph: what its code reads as in Latin-1 (LibreOffice numbers a font's glyphs in the order it uses them,
#: so "AA", "$$" or a control character), glued between two Arabic letters, where no such character stands in text.
#: Figures, spaces, brackets, quotes and the punctuation that may stand there (the "/" of "الأول/أكتوبر", "-",
#: superscript footnote numbers) are left alone. They become tatweels, the character of a kashida: the segmenter
#: takes tatweels out of a unit's text, and the line keeps the length it is printed with.
_UNMAPPED_KASHIDA = re.compile(f"(?<={ARABIC_LETTER})[\x00-\x08\x0e-\x1f!#$%&*+<=>?@A-Za-z\\^_`{{|}}~"
                               f"\x7f-\x9f\xa1-\xaa\xac-\xaf\xb1\xb4-\xb8\xba\xbc-\xff]+(?={ARABIC_LETTER})")


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
    _drop_slivers(pages)
    spacing = _usual_spacing(pages)
    spacing_between = _paragraph_spacing(pages, spacing)
    em = _character_width(pages)
    mirrored = _glyphs_as_shown(pages, em)
    markers: set[str] = set()
    body = _body_size(pages)
    texts = _kashidas_read_as_punctuation([_page_text(lines, spacing, mirrored, markers, em, body, spacing_between)
                                           for lines in pages])
    if not any(text.strip() for text in texts):
        raise InputError(f"{file} has no text layer (a scanned PDF?): run it through OCR first")
    # a CJK font that draws a character and a radical with one glyph may map it back to the radical ("执⾏")
    return with_ideographs("\n\f\n".join(texts) + "\n")


#: Punctuation that stands glued between two Arabic letters in text only by exception (an abbreviation, a typo) …
_KASHIDA_LOOKALIKES = ".,:;"
#: … so that where it does at least this often in a document, it is the glyph of a kashida the PDF maps to it.
_KASHIDA_EVIDENCE = 10


def _kashidas_read_as_punctuation(texts: list[str]) -> list[str]:
    """``texts`` (a document's pages) with the kashidas a PDF maps to a punctuation mark written as tatweels, as
    :data:`_UNMAPPED_KASHIDA` does for other codes: LibreOffice's justified Arabic at 9 to 11 pt gives
    "لاتفاقي..ة" for "لاتفاقـــية" hundreds of times."""
    joined = "\n".join(texts)
    for mark in _KASHIDA_LOOKALIKES:
        glued = re.compile(f"(?<={ARABIC_LETTER}){re.escape(mark)}+(?={ARABIC_LETTER})")
        if mark in joined and len(glued.findall(joined)) >= _KASHIDA_EVIDENCE:
            texts = [glued.sub(lambda m: "\u0640" * len(m.group()), text) for text in texts]
    return texts


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
        bold = _BOLD_FONT.search(str(font.get("/BaseFont", ""))) is not None if hasattr(font, "get") else False
        if not text.strip("\n"):  # a line break pypdf gives where the last run ended: that run's end
            runs = lines[-1].runs
            if runs and runs[-1].end is None and abs(runs[-1].y - y) < 0.5 * max(runs[-1].size, 1.0) \
                    and x >= runs[-1].x:
                runs[-1] = runs[-1]._replace(end=x)
        pieces = text.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                lines.append(_Line())
            if piece:
                line = lines[-1]
                if piece.strip() and line.size and abs(y - line.baseline) > max(line.size, printed) * 2:
                    lines.append(_Line())  # far from the line being read, with no line break given
                lines[-1].runs.append(_Run(piece, y, printed, x, bold=bold))
                if lines[-1].left is None and piece.strip():
                    lines[-1].left, lines[-1].drawn_at = x, tm[5]

    page.extract_text(visitor_text=visit)
    return _merged([line for line in lines if any(run.text.strip() for run in line.runs)])


def _drop_slivers(pages: list[list[_Line]]) -> None:
    """Leave out the sliver of a line that a page shows at its foot and the next page prints whole (or the sliver
    at the head of a page of the line the page before printed whole).

    Chromium prints a document as one long canvas cut into pages, every page drawing the same content with its
    own offset; glyphs reaching over the cut (tall Arabic letters) show on both pages. The sliver is drawn at the
    same height of the content as the whole line, and holds none but its characters. Only read from producers
    that draw each line at its own height (at least three on the page), not those placing every line with the
    page's matrix instead."""
    for page, following in zip(pages, pages[1:]):
        if not page or not following:
            continue
        last, first = page[-1], following[0]
        if last.drawn_at is None or first.drawn_at is None or abs(last.drawn_at - first.drawn_at) > 0.5 \
                or any(len({line.drawn_at for line in lines}) < 3 for lines in (page, following)):
            continue
        texts = ["".join("".join(run.text for run in line.runs).split()) for line in (last, first)]
        short, whole = sorted(range(2), key=lambda k: len(texts[k]))
        if 2 * len(texts[short]) <= len(texts[whole]) and \
                set(unicodedata.normalize("NFKC", texts[short])) <= set(unicodedata.normalize("NFKC", texts[whole])):
            if short == 0:
                page.pop()
            else:
                following.pop(0)


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
                previous.runs.extend([_Run(" ", line.baseline, 0.0)] + line.runs)
                if line.left is not None and (previous.left is None or line.left < previous.left):
                    previous.left = line.left
                continue
        merged.append(line)
    return merged


def _superscript_only(previous: _Line, line: _Line) -> bool:
    """Whether ``line`` is nothing but raised small digits beside ``previous`` (a marker the PDF set apart)."""
    text = "".join(run.text for run in line.runs).strip()
    return text.isdigit() and line.size <= _SMALL * previous.size and \
        0 <= line.baseline - previous.baseline <= previous.size


def _gaps(pages: list[list[_Line]]) -> Iterator[tuple[_Line, float]]:
    """Each line below another on its page, and the distance between their baselines relative to their size."""
    for lines in pages:
        for above, below in zip(lines, lines[1:]):
            size = max(above.size, below.size)
            gap = above.baseline - below.baseline
            if size and gap > 0:
                yield below, gap / size


def _usual_spacing(pages: list[list[_Line]]) -> float:
    """The distance between the lines of a paragraph, relative to their size, over the whole document: the
    smallest of the common distances (a text of short paragraphs has about as many wider gaps between them)."""
    ratios = Counter(round(ratio, 1) for _, ratio in _gaps(pages))
    if not ratios:
        return 1.2
    most = ratios.most_common(1)[0][1]
    return min(ratio for ratio, count in ratios.items() if count >= _COMMON_SPACING * most)


def _paragraph_spacing(pages: list[list[_Line]], spacing: float) -> float:
    """The usual distance between the last line of a paragraph and the first of the next, relative to their size
    (the most common of the distances wide enough to part paragraphs, above lines without a superscript); 0 where
    none is."""
    ratios = Counter(round(ratio, 1) for below, ratio in _gaps(pages)
                     if ratio >= PARAGRAPH_GAP * spacing and not below.raised)
    return ratios.most_common(1)[0][0] if ratios else 0.0


def _glyphs_as_shown(pages: list[list[_Line]], em: float) -> bool:
    """Whether the document gives the brackets of its right-to-left lines in the shape they show (mirrored: ")أ("),
    as producers that store glyphs as displayed do (Chromium, or LibreOffice where kashidas justify a line and
    each glyph is set on its own), or as written ("(أ)", LibreOffice otherwise). Told by the brackets themselves:
    the first one of a line, read from right to left, is mostly an opening one where they are as written (whatever
    order the file stores the runs in); where a document has none, by its Arabic letters: in their contextual
    forms (U+FB50–FEFC) where glyphs are as shown."""
    closing_first = opening_first = shown = written = 0
    for lines in pages:
        for line in lines:
            text = "".join(run.text for run in line.runs)
            shown += len(_ARABIC_FORMS.findall(text))
            written += len(_ARABIC_LETTERS.findall(text))
            if _RIGHT_TO_LEFT.search(text):
                first = _BRACKET.search("".join(run.text for run in line._reading_order(False, em)))
                if first:
                    closing_first += first.group() in ")]"
                    opening_first += first.group() in "(["
    if closing_first != opening_first:
        return closing_first > opening_first
    return shown >= written


def _page_text(lines: list[_Line], spacing: float, mirrored: bool = True, markers: set[str] | None = None,
               em: float = 0.5, body: float = 0.0, spacing_between: float = 0.0) -> str:
    """The lines of one page, a blank line before each that a wide gap (or a jump up the page), a first-line
    indent, or a change between bold and regular type sets apart. ``markers`` are the footnote markers read so far
    (the page's are added); a footnote's own number, printed plain at the foot of the page, becomes superscript like
    its marker (see _notes_numbered)."""
    texts = [line.text(mirrored, em) for line in lines]
    bold = [line.bold for line in lines]
    if mirrored:
        texts = _shown_spacing_mended(texts)
    _notes_numbered(lines, texts, set() if markers is None else markers, body)
    margin = min((line.left for line in lines if line.left is not None), default=0.0)
    full = max((columns(text) for text in texts), default=0)
    out: list[str] = []
    starts: set[int] = set()  # the lines an indent shows to open a paragraph
    for number, line in enumerate(lines):
        if number:
            above = lines[number - 1]
            size = max(above.size, line.size)
            gap = above.baseline - line.baseline
            if line.raised and size and gap < (spacing_between - 0.05) * size:
                gap -= line.raised  # a browser makes room above a superscript: less than between paragraphs
            indented = _indented_first_line(lines, texts, number, margin, full, number - 1 in starts)
            if gap <= 0 or (size and gap / size >= PARAGRAPH_GAP * spacing) or indented or \
                    bold[number] != bold[number - 1]:
                out.append("")
            if indented:  # the indent is kept, so that the line measures full
                starts.add(number)
                out.append(" " * _indent_columns(line, margin) + texts[number])
                continue
        out.append(texts[number])
    return "\n".join(out)


def _shown_spacing_mended(texts: list[str]) -> list[str]:
    """``texts`` (a page's lines) with the spaces taken out that pypdf gives around the punctuation of right-to-left
    lines stored as shown, where Arabic typography has none: inside brackets, before a comma or full stop, around
    a slash ("تشرين الأول/أكتوبر"), before the hyphen of "كوفيد-19", and on the inner side of a quotation mark
    (an opening one, by their count from the top of the page, before the text it opens)."""
    out, quotes = [], 0
    for text in texts:
        if not _reads_right_to_left(text):
            out.append(text)
            continue
        text = _SHOWN_SLASH.sub("/", _SHOWN_SPACES.sub("", text))
        pieces = text.split('"')
        for k in range(1, len(pieces)):
            if (quotes + k) % 2:  # an opening mark: glued to what follows
                pieces[k] = pieces[k].lstrip(" ")
            else:
                pieces[k - 1] = pieces[k - 1].rstrip(" ")
        quotes += len(pieces) - 1
        out.append('"'.join(pieces))
    return out


#: The spaces of :func:`_shown_spacing_mended` other than a quotation mark's and a slash's.
_SHOWN_SPACES = re.compile(r"(?<=[(\[]) +| +(?=[)\]،؛.:؟!])|(?<=\w) +(?=-\d)")
_SHOWN_SLASH = re.compile(r"(?<=\w) *\/ *(?=\w)|(?<=\w) +\/$")


def _body_size(pages: list[list[_Line]]) -> float:
    """The size most of a document's text is printed in."""
    sizes = Counter()
    for lines in pages:
        for line in lines:
            sizes[round(line.size, 1)] += sum(len(run.text.strip()) for run in line.runs)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _notes_numbered(lines: list[_Line], texts: list[str], markers: set[str], document_body: float = 0.0) -> None:
    """Write the number of each footnote at the foot of the page as superscript where the PDF prints it plain (as
    LibreOffice does): a line of the block of smaller lines that ends the page (above its footer of page and job
    numbers, if any), opening with the number of a footnote marker read above it, in this page or an earlier one.
    Smaller is smaller than the page's main size, or than the ``document_body`` size where the page has text in it
    (a last page holding more notes than text). ``markers`` gets the page's markers."""
    body = _body_size([lines])
    if document_body > body and any(abs(line.size - document_body) < 0.1 for line in lines):
        body = document_body
    end = len(lines)
    while end and PAGE_FURNITURE.match(texts[end - 1]):  # a footer below the notes, in any size
        end -= 1
    foot = end
    while foot and lines[foot - 1].size <= _NOTE_SIZE * body:
        foot -= 1
    for text in texts[:foot]:
        markers.update(marker.translate(PLAIN_DIGITS) for marker in _MARKER.findall(text))
    for number in range(foot, end):
        opening = _PLAIN_NOTE_NUMBER.match(texts[number])
        if opening and opening.group(1) in markers:
            texts[number] = opening.group(1).translate(SUPERSCRIPT) + " " + texts[number][opening.end():]


def _indented_first_line(lines: list[_Line], texts: list[str], number: int, margin: float, full: int,
                         under_start: bool = False) -> bool:
    """Whether line ``number`` starts a paragraph by its indent (at least one character right of the page's
    ``margin``, where its leftmost line starts): after a line that stopped short of the ``full`` width or ended
    a sentence or clause, under a paragraph's indented first line (``under_start``) at the same indent that stopped
    short of the width, or between two lines at the margin. A hanging indent, where the lines after a full
    first one are indented, is no new paragraph, nor is a line of an item whose label hangs at its left ("(b)" then
    its text, its other lines where the text starts); right-to-left lines, indented at their right, are left
    out."""
    line, above = lines[number], lines[number - 1]
    if line.left is None or line.left - margin < line.size or _RIGHT_TO_LEFT.search(texts[number]):
        return False
    if _in_hanging_item(lines, texts, number):
        return False
    previous = texts[number - 1]
    if columns(previous) < _SHORT_LINE * full or previous.rstrip(_CLOSERS + SUPERSCRIPT_DIGITS)[-1:] in _CLOSING:
        return True
    if under_start and above.left is not None and abs(above.left - line.left) < line.size / 2 and \
            columns(previous) < _SHORT_INDENTED_LINE * (full - _indent_columns(line, margin)):
        return True  # the line above, a first line at the same indent, stopped short: a paragraph of one line
    below = lines[number + 1] if number + 1 < len(lines) else None
    at_margin = [other is not None and other.left is not None and other.left - margin < line.size / 2
                 for other in (above, below)]
    return all(at_margin)


def _indent_columns(line: _Line, margin: float) -> int:
    """How far right of the ``margin`` a line starts, in columns of half its size (a Chinese character is two)."""
    return round((line.left - margin) / (line.size / 2)) if line.left is not None and line.size else 0


def _in_hanging_item(lines: list[_Line], texts: list[str], number: int) -> bool:
    """Whether line ``number`` goes on with an item whose label hangs at its left ("(b)", "1.", then a tab to the
    text, the item's other lines set where its text starts): above it, past the lines at its indent, a line that
    starts left of them with a label and has its text, after the label, at that indent."""
    line = lines[number]
    left, top = line.left, number
    while top and lines[top - 1].left is not None and abs(lines[top - 1].left - left) < line.size / 2:
        top -= 1
    if not top:
        return False
    first = lines[top - 1]
    return first.left is not None and first.left < left and _HANGING_LABEL.match(texts[top - 1]) is not None \
        and any(abs(run.x - left) < line.size / 2 for run in first.runs[1:] if run.text.strip())


#: The label of an item or numbered paragraph at the start of a line: "1.", "(b)", "b)", "b.", "(iv)", "iv.", "1 -"
#: (Arabic).
_HANGING_LABEL = re.compile(r"\s*(?:\d{1,3}\.|\d{1,3}\s?-|\(?[a-zA-Z]{1,2}\)|\(?[ivxlc]{1,6}\)|[a-z]\.|[ivxlc]{2,6}\.|"
                            r"\([\u0600-\u06ff]{1,3}\))\s")
#: Punctuation that ends a paragraph (a comma does not), and closing quotes and brackets after it.
_CLOSING = set(".;:!?。；：！？")
_CLOSERS = "\"'”’»)）」』"
#: A line shorter than this share of the page's longest ends its paragraph (lines of running text, broken between
#: words, come nearer to the full width).
_SHORT_LINE = 0.75
#: A font whose name says it is bold ("BAAAAA+LiberationSerif-Bold", "TimesNewRomanPS-BoldMT", "SimHei-Black").
_BOLD_FONT = re.compile(r"bold|black|heavy", re.IGNORECASE)
#: An indented first line shorter than this share of the room right of its indent is a paragraph of one line.
_SHORT_INDENTED_LINE = 0.95
_RTL_SHARE = 1 / 3
#: A gap between two runs of a right-to-left line wider than this share of the size is a space.
_WIDE_GAP = 1.0
_MIRRORED = str.maketrans("()[]{}«»", ")(][}{»«")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")
_MARKER = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_PLAIN_NOTE_NUMBER = re.compile(r"(\d{1,3})\s+(?=\S)")
_STRONG = re.compile(r"[^\W_]")  # a letter or digit: text with a direction of its own
_BRACKET = re.compile(r"[()\[\]]")
#: A run of brackets alone (a file that sets each glyph on its own).
_BRACKETS_ONLY = re.compile(r"\s*[()\[\]]+\s*$")
_ARABIC_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]")
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
