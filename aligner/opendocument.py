"""Reading OpenDocument text (.odt): paragraphs, headings, numbered lists, tables and notes."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from aligner.errors import InputError
from aligner.labels import BULLET, SUPERSCRIPT, list_number
from aligner.layout import row_lines

_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODF_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_ODT_MIMETYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")
# Elements that hold paragraphs, lists and tables of the running text (lists are numbered on the way); anything
# else at that level (text:tracked-changes with deleted text, indexes, sequence declarations) is left out.
_ODT_CONTAINERS = frozenset(
    [f"{_ODF_TEXT}{name}" for name in ("list-header", "section")]
    + [f"{_ODF_TABLE}{name}" for name in ("table-header-rows", "table-rows", "table-row-group")]
)
# Elements inside a paragraph whose content is not running text: tracked-change marks, frames (text boxes,
# pictures), comments, bookmarks, and the list label a writer may have cached (the label is worked out anew).
_ODT_SKIPPED = frozenset(
    [f"{_ODF_TEXT}{name}" for name in ("change", "change-start", "change-end", "bookmark", "bookmark-start",
                                       "bookmark-end", "reference-mark", "reference-mark-start",
                                       "reference-mark-end", "soft-page-break", "note-citation", "number")]
    + ["{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame", f"{_ODF_OFFICE}annotation",
       f"{_ODF_OFFICE}annotation-end"]
)
_ODT_PARAGRAPHS = (f"{_ODF_TEXT}p", f"{_ODF_TEXT}h")
_TEXT_BOX = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}text-box"


@dataclass(frozen=True)
class _Numbering:
    """How one level of a numbered list or of the heading outline labels its items: ``(`` + ``a`` + ``)``."""

    number_format: str  # as Word names it (decimal, lowerLetter, russianLower …): see _word_format
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    levels_shown: int = 1  # 2 shows the parent's number too: "1.2"


def odt_text(data: bytes, file: Path) -> str:
    """Paragraphs, headings, list items (numbered as their list style says) and table rows (cells between tabs)
    of an .odt, one per line with a blank line between; footnote and endnote references become superscript
    numbers and the notes follow the text."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            mimetype = package.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
            content = package.read("content.xml") if "content.xml" in names else None
            styles = package.read("styles.xml") if "styles.xml" in names else None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, RuntimeError, NotImplementedError) as err:
        raise InputError(f"{file} is not a valid .odt file: it is not an OpenDocument (zip) package ({err})") from None
    if mimetype and mimetype not in _ODT_MIMETYPES:
        raise InputError(f"{file} is not an OpenDocument text: its type is {mimetype}")
    if content is None:
        raise InputError(f"{file} is not a valid .odt file: it has no content.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    trees = []
    for part, xml in (("content.xml", content), ("styles.xml", styles)):
        if xml is not None:
            try:
                trees.append(etree.fromstring(xml, parser=parser))
            except etree.XMLSyntaxError as err:
                raise InputError(f"{file} is not a valid .odt file: {part} is not well-formed XML ({err})") from None
    body = trees[0].find(f"{_ODF_OFFICE}body/{_ODF_OFFICE}text")
    if body is None:
        raise InputError(f"{file} is not a valid .odt file: it has no text body")
    numbering = _odt_numbering(trees)
    header = _first_page_header(trees, body)
    paragraphs = [p for p in _OdtText(*numbering).blocks(header) if p.strip()] if header is not None else []
    reader = _OdtText(*numbering)
    paragraphs += [p for p in reader.blocks(body) if p.strip()]
    paragraphs += [f"{marker} {text}" if text else marker for marker, text in reader.notes]
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def _text_boxes(paragraph) -> list:
    """The text boxes (draw:text-box) a paragraph holds, not those inside another of them (they come with it)."""
    boxes = []
    for box in paragraph.iter(_TEXT_BOX):
        outer = box.getparent()
        while outer is not None and outer is not paragraph and outer.tag != _TEXT_BOX:
            outer = outer.getparent()
        if outer is paragraph:
            boxes.append(box)
    return boxes


def _first_page_header(trees, body):
    """The header the first page shows (a UN masthead), or None: the first page's own header (style:header-first)
    of the master page the first paragraph's style names, else that page's header; the default master page's
    where the first paragraph names none."""
    styles = {}
    for tree in trees:
        for style in tree.iter(f"{_ODF_STYLE}style"):
            styles.setdefault(style.get(f"{_ODF_STYLE}name"), style)
    masters = {page.get(f"{_ODF_STYLE}name"): page for tree in trees for page in tree.iter(f"{_ODF_STYLE}master-page")}
    first = next(body.iter(*_ODT_PARAGRAPHS), None)
    style = styles.get(first.get(f"{_ODF_TEXT}style-name")) if first is not None else None
    name = style.get(f"{_ODF_STYLE}master-page-name") if style is not None else None
    master = masters.get(name) if name else masters.get("Standard", next(iter(masters.values()), None))
    if master is None:
        return None
    for tag in ("header-first", "header"):
        header = master.find(f"{_ODF_STYLE}{tag}")
        if header is not None and header.get(f"{_ODF_STYLE}display") != "false":
            return header
    return None


def _odt_numbering(trees) -> tuple[dict[str, dict[int, _Numbering]], dict[int, _Numbering]]:
    """The numbered levels of each list style by style name, and of the heading outline, from the parts' styles."""
    def levels(style, tag: str) -> dict[int, _Numbering]:
        found = {}
        for level in style.iter(tag):
            number_format = level.get(f"{_ODF_STYLE}num-format", "")
            start, shown = level.get(f"{_ODF_TEXT}start-value", "1"), level.get(f"{_ODF_TEXT}display-levels", "1")
            if number_format and level.get(f"{_ODF_TEXT}level", "").isdigit():
                found[int(level.get(f"{_ODF_TEXT}level"))] = _Numbering(
                    _word_format(number_format), level.get(f"{_ODF_STYLE}num-prefix", ""),
                    level.get(f"{_ODF_STYLE}num-suffix", ""), int(start) if start.isdigit() else 1,
                    int(shown) if shown.isdigit() else 1,
                )
        return found

    lists: dict[str, dict[int, _Numbering]] = {}
    outline: dict[int, _Numbering] = {}
    for tree in trees:
        for style in tree.iter(f"{_ODF_TEXT}list-style"):
            numbered = levels(style, f"{_ODF_TEXT}list-level-style-number")
            for level in style.iter(f"{_ODF_TEXT}list-level-style-bullet"):
                if level.get(f"{_ODF_TEXT}level", "").isdigit():
                    numbered.setdefault(int(level.get(f"{_ODF_TEXT}level")), _Numbering(_BULLETED))
            lists.setdefault(style.get(f"{_ODF_STYLE}name", ""), numbered)
        for style in tree.iter(f"{_ODF_TEXT}outline-style"):
            outline = outline or levels(style, f"{_ODF_TEXT}outline-level-style")
    return lists, outline


#: The number format of a bulleted list's level.
_BULLETED = "bullet"
#: OpenDocument's number formats (style:num-format), and LibreOffice's own ("а, б, .., аа, аб, ... (ru)"), known by
#: their first numbers, with the names Word gives them.
_ODF_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_LIBREOFFICE_FORMATS = (
    ("1, 2", "decimal"), ("а, б", "russianLower"), ("А, Б", "russianUpper"), ("أ, ب, ت", "arabicAlpha"),
    ("ا, ب, ج", "arabicAbjad"), ("أ, ب, ج", "arabicAbjad"), ("一, 二", "chineseCounting"), ("壹, 贰", "chineseLegalSimplified"),
    ("壹, 貳", "chineseLegalSimplified"), ("甲, 乙", "ideographTraditional"), ("①", "decimalEnclosedCircle"),
    ("１, ２", "decimalFullWidth"),
)


def _word_format(num_format: str) -> str:
    """The Word name of an OpenDocument number format; decimal for one not known."""
    if num_format in _ODF_FORMATS:
        return _ODF_FORMATS[num_format]
    return next((name for start, name in _LIBREOFFICE_FORMATS if num_format.startswith(start)), "decimal")


class _OdtText:
    """Collects the paragraphs and notes of an .odt body, numbering lists and headings as they come."""

    def __init__(self, list_styles: dict[str, dict[int, _Numbering]], outline: dict[int, _Numbering]):
        self.list_styles = list_styles
        self.outline = outline
        self.notes: list[tuple[str, str]] = []  # (marker, text) in order of the references
        self.counters: dict[str, list[int]] = {}  # the current number at each level of each list style
        self.heading_counters: list[int] = []
        self.label = ""  # the list label the next paragraph starts with

    def blocks(self, container, style: str = "", level: int = 0):
        """Paragraph texts of a text body, list, section, table cell or note body, in document order."""
        for child in container:
            if child.tag in _ODT_PARAGRAPHS:
                yield self.paragraph(child)
                for box in _text_boxes(child):  # a text box's paragraphs come after the paragraph it stands in
                    yield from self.blocks(box, style, level)
            elif child.tag == f"{_ODF_TEXT}list":
                yield from self.list(child, style, level + 1)
            elif child.tag in _ODT_CONTAINERS:
                yield from self.blocks(child, style, level)
            elif child.tag == f"{_ODF_TABLE}table":
                yield from self.rows(child)

    def list(self, element, style: str, level: int):
        """The paragraphs of a list at ``level``, each item's first one starting with the item's label."""
        style = element.get(f"{_ODF_TEXT}style-name") or style
        counters = self.counters.setdefault(style, [])
        continues = element.get(f"{_ODF_TEXT}continue-numbering") == "true" or element.get(f"{_ODF_TEXT}continue-list")
        if level == 1 and not continues:
            counters.clear()
        for item in element:
            if item.tag == f"{_ODF_TEXT}list-item":
                self.label = self.number(self.list_styles.get(style, {}), counters, level, item)
            yield from self.blocks(item, style, level)
            self.label = ""

    def number(self, levels: dict[int, _Numbering], counters: list[int], level: int, element) -> str:
        """The label of the next item at ``level`` ("" where the level is not numbered); counts it."""
        numbering = levels.get(level)
        if numbering is None:
            return ""
        if numbering.number_format == _BULLETED:
            return BULLET
        del counters[level:]  # the levels below start again
        counters.extend([0] * (level - len(counters)))
        start, current = element.get(f"{_ODF_TEXT}start-value", ""), counters[level - 1]
        counters[level - 1] = int(start) if start.isdigit() else (current + 1 if current else numbering.start)
        shown = range(max(1, level - numbering.levels_shown + 1), level + 1)
        number = ".".join(
            list_number(levels[at].number_format if at in levels else "decimal", counters[at - 1] or 1) for at in shown
        )
        return f"{numbering.prefix}{number}{numbering.suffix}"

    def rows(self, table):
        """A table's rows, each on one line with its cells between tabs; a cell of several paragraphs
        gives the row's paragraphs one by one."""
        for row in table.iter(f"{_ODF_TABLE}table-row"):
            if next(row.iterancestors(f"{_ODF_TABLE}table")) is not table:
                continue
            cells = [[p for p in self.blocks(cell) if p.strip()] for cell in row.iterchildren(f"{_ODF_TABLE}table-cell")]
            yield from row_lines(cells)

    def paragraph(self, paragraph) -> str:
        """Text of one text:p or text:h after its list or outline label, white space collapsed as OpenDocument says
        (text:s, text:tab and text:line-break kept); each note reference becomes the note's superscript number."""
        label, self.label = self.label, ""
        level = paragraph.get(f"{_ODF_TEXT}outline-level", "")
        if not label and paragraph.tag == f"{_ODF_TEXT}h" and level.isdigit() and paragraph.get(
            f"{_ODF_TEXT}is-list-header"
        ) != "true":
            label = self.number(self.outline, self.heading_counters, int(level), paragraph)
        parts: list[tuple[str, bool]] = []  # (text, whether written as XML text, where white space collapses)

        def walk(element) -> None:
            parts.append((element.text or "", True))
            for child in element:
                tag = child.tag
                if tag == f"{_ODF_TEXT}s":
                    count = child.get(f"{_ODF_TEXT}c", "1")
                    parts.append((" " * (int(count) if count.isdigit() else 1), False))
                elif tag == f"{_ODF_TEXT}tab":
                    parts.append(("\t", False))
                elif tag == f"{_ODF_TEXT}line-break":
                    parts.append(("\n", False))
                elif tag == f"{_ODF_TEXT}note":
                    parts.append((self.note(child), False))
                elif isinstance(tag, str) and tag not in _ODT_SKIPPED:
                    walk(child)
                parts.append((child.tail or "", True))

        walk(paragraph)
        out: list[str] = []
        after_space = True  # white space at the start of a paragraph is dropped
        for text, collapses in parts:
            if collapses:
                text = re.sub(r"[ \t\n\r]+", " ", text)
                if after_space:
                    text = text.lstrip(" ")
            if text:
                out.append(text)
                after_space = collapses and text.endswith(" ")
        text = "".join(out).rstrip(" ")
        return f"{label} {text}" if label and text else text

    def note(self, note) -> str:
        """The superscript number of a footnote or endnote, in order of appearance; its text goes to the notes."""
        marker = str(len(self.notes) + 1).translate(SUPERSCRIPT)
        at = len(self.notes)
        self.notes.append((marker, ""))
        body = note.find(f"{_ODF_TEXT}note-body")
        label, self.label = self.label, ""
        paragraphs = [p.strip() for p in self.blocks(body)] if body is not None else []
        self.label = label
        self.notes[at] = (marker, " ".join(p for p in paragraphs if p))
        return marker
