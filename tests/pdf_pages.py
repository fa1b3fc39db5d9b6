"""Small PDF files written for the tests: text placed at given positions and sizes, in any script.

Each run of text is shown with a Type 0 font whose codes are the characters' Unicode values and whose ToUnicode
map says so, which is all a PDF reader needs to give the text back (the font program itself is left out, so
the pages would not display the glyphs; the text layer is what hexalign reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """Text shown at (``x``, ``y``) points from the bottom left of the page, in a font ``size`` points high."""

    x: float
    y: float
    size: float
    text: str
    bold: bool = False  # shown in a font named as a bold one


def pdf_bytes(pages: list[list[Run]], *, width: float = 595, height: float = 842,
              matrices: list[tuple[float, ...]] | None = None) -> bytes:
    """A PDF file with one page per list of runs; ``matrices`` (one per page) set each page's own matrix
    (``cm``), which places the runs' positions on the page."""
    chars = sorted({ord(ch) for page in pages for run in page for ch in run.text})
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap = _to_unicode(chars)
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    fonts = []
    for name in (b"Test", b"Test-Bold"):
        descriptor = add(b"<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
                         b"/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>" % name)
        cid_font = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                       b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 500 /CIDToGIDMap /Identity >>"
                       % (name, descriptor))
        fonts.append(add(b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] "
                         b"/ToUnicode %d 0 R >>" % (name, cid_font, to_unicode)))
    pages_id = len(objects) + 2 * len(pages) + 1
    kids = []
    for number, runs in enumerate(pages):
        matrix = b"%.2f %.2f %.2f %.2f %.2f %.2f cm\n" % matrices[number] if matrices else b""
        stream = matrix + b"\n".join(
            b"BT /F%d %.2f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET" % (1 + run.bold, run.size, run.x, run.y, _codes(run.text))
            for run in runs
        )
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, width, height, content, *fonts)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def _codes(text: str) -> bytes:
    return "".join(f"{ord(ch):04X}" for ch in text).encode("ascii")


def _to_unicode(chars: list[int]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def", "/CMapName /Test-UCS def",
             "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for start in range(0, len(chars), 100):
        block = chars[start:start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{c:04X}> <{c:04X}>" for c in block]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def laid_out(paragraphs: list[tuple[str, float]], *, columns: int, top: float = 780, bottom: float = 80,
             left: float = 72, leading: float = 1.2, gap: float = 0.6, notes: dict[str, str] | None = None,
             header: str = "", footer: str = "") -> list[list[Run]]:
    """``paragraphs`` (text, font size) broken into lines of at most ``columns`` columns (a CJK character takes
    two; see ``tests.test_segment._hard_wrap``) and set on as many pages as they need, with ``gap`` times the size
    of extra space after each paragraph. A superscript digit in the text is shown raised, in a smaller size.
    ``notes`` (superscript marker → text) are set in 9 points at the bottom of the page where their marker is;
    ``header`` on every page but the first (whose top is the cover's), ``footer`` (where "{page}" is the page
    number) on every page."""
    from tests.test_segment import _hard_wrap

    notes = notes or {}
    pages: list[list[Run]] = [[]]
    page_notes: list[list[str]] = [[]]
    y = top
    for text, size in paragraphs:
        for line in _hard_wrap(text, columns).split("\n"):
            marked = [m for m in notes if m in line]
            if y - 11 * sum(len(_hard_wrap(notes[m], columns).split("\n")) for m in page_notes[-1] + marked) < bottom:
                pages.append([])
                page_notes.append([])
                y = top
            pages[-1] += _line_runs(line, left, y, size)
            page_notes[-1] += marked
            y -= size * leading
        y -= size * gap
    for number, (runs, marked) in enumerate(zip(pages, page_notes), start=1):
        lines = [line for m in marked for line in _hard_wrap(f"{m} {notes[m]}", columns).split("\n")]
        for row, line in enumerate(lines):
            runs += _line_runs(line, left, 60 + 11 * (len(lines) - 1 - row), 9.0)
        if header and number > 1:
            runs.insert(0, Run(left, top + 30, 9.0, header.format(page=number)))
        if footer:
            runs.append(Run(left, 30, 9.0, footer.format(page=number)))
    return pages


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_PIECES = re.compile(f"[{_SUPERSCRIPTS}]+|[^{_SUPERSCRIPTS}]+")


def _line_runs(line: str, x: float, y: float, size: float) -> list[Run]:
    """A line's runs: plain text at the baseline, superscript digits raised and smaller, as normal digits."""
    runs = []
    for piece in _PIECES.finditer(line):
        left = x + piece.start() * size * 0.5
        if piece.group(0)[0] in _SUPERSCRIPTS:
            digits = "".join(str(_SUPERSCRIPTS.index(c)) for c in piece.group(0))
            runs.append(Run(left, y + size * 0.35, size * 0.65, digits))
        else:
            runs.append(Run(left, y, size, piece.group(0)))
    return runs
