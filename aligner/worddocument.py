"""Reading Word documents (.docx): paragraphs with the numbers Word gives them, tables and notes.

Word numbers paragraphs itself: a paragraph (or its style) names a list and a
level, and the list's definition says how the level's number is written
("%1." in decimal, "(%1)" in lower-case letters, "%1.%2" …). The numbers are
not in the paragraph's text, so they are worked out here, as Word counts them,
and put in front of the text as a translator sees them on the page.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, TypeVar

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.parser import parse_xml
from lxml import etree

from aligner.errors import InputError
from aligner.labels import BULLET, list_number
from aligner.layout import next_note_marker, note_line, row_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_R = "{" + _RELATIONSHIPS.rstrip("/") + "}"
# The package parts holding footnotes and endnotes, by kind of note.
_NOTES_RELTYPES = {kind: f"{_RELATIONSHIPS}{kind}s" for kind in ("footnote", "endnote")}
_RUN_CONTENT = tuple(
    f"{_W}{name}" for name in ("t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "footnoteReference",
                               "endnoteReference")
)
# Runs inside these are not part of the paragraph's running text: deleted or moved-away
# revisions, and text boxes (read after the paragraph, see _text_boxes).
_HIDDEN_CONTAINERS = frozenset(f"{_W}{name}" for name in ("del", "moveFrom", "txbxContent"))
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# What Word puts between a paragraph's number and its text (w:suff); a tab by default.
_SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}
_LEVEL_REFERENCE = re.compile(r"%([1-9])")

# --- list definitions --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListLevel:
    """How one level of a Word list is numbered: ``text`` is the label's pattern ("(%1)", "%1.%2")."""

    number_format: str = "decimal"
    text: str = "%1."
    start: int = 0  # as ECMA-376 says where w:start is absent; Word always writes it
    suffix: str = "\t"
    legal: bool = False  # w:isLgl: the levels' numbers shown in decimal
    restart: int | None = None  # w:lvlRestart: restart after a number at this level (1-based); 0: never

    @property
    def bullet(self) -> bool:
        return self.number_format == "bullet"


def _on(element, attribute: str = f"{_W}val", default: str = "true") -> bool:
    """Whether an on/off property is on: ``element`` there, its ``attribute`` (absent: ``default``) not false."""
    return element is not None and element.get(attribute, default) not in ("false", "0", "off")


def _val(element, tag: str) -> str | None:
    """The w:val of ``element``'s child ``tag`` (None where there is no such child)."""
    child = element.find(f"{_W}{tag}") if element is not None else None
    return None if child is None else child.get(f"{_W}val", "")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(element) -> ListLevel:
    """One w:lvl."""
    return ListLevel(
        number_format=_val(element, "numFmt") or "decimal",
        text=_val(element, "lvlText") or "",
        start=_int(_val(element, "start"), 0),
        suffix=_SUFFIXES.get(_val(element, "suff") or "tab", "\t"),
        legal=_on(element.find(f"{_W}isLgl")),
        restart=_int(_val(element, "lvlRestart")),
    )


@dataclass(frozen=True)
class WordList:
    """A list paragraphs are numbered in (w:num; an LFO in a .doc): its definition's levels, with the starts it
    overrides."""

    definition: str  # its definition's id: the lists of one definition share their count
    levels: dict[int, ListLevel]
    starts: dict[int, int]  # level → the number the count starts again at, where the list is first used


class ListCounter:
    """The numbers given so far in a document's lists, as Word counts them: the levels below a number start
    again after it, the lists of one definition share their count, and a list that overrides a start starts
    the count again where it is first used."""

    def __init__(self) -> None:
        self._counters: dict[str, dict[int, int]] = {}  # definition id → level → the last number given
        self._used: set[str] = set()  # the lists used so far

    def label(self, list_id: str, numbered: WordList, level: int) -> str:
        """The label of the next paragraph at ``level`` of a list, with its separator ("3.\\t"), counting it;
        :data:`BULLET` for a bullet, whatever sign the list shows; "" for a level the list does not define."""
        definition = numbered.levels.get(level)
        if definition is None:
            return ""
        counters = self._counters.setdefault(numbered.definition, {})
        if list_id not in self._used:
            self._used.add(list_id)
            for at, start in numbered.starts.items():
                counters[at] = start - 1
        counters[level] = counters[level] + 1 if level in counters else definition.start
        for lower in [at for at in counters if at > level]:
            restart = numbered.levels.get(lower, ListLevel()).restart
            if restart is None or level < restart:  # restarts after a number at its restart level or above
                if lower in numbered.starts:
                    counters[lower] = numbered.starts[lower] - 1
                else:
                    del counters[lower]
        if definition.bullet:
            return BULLET + definition.suffix

        def number(match: re.Match) -> str:
            at = int(match.group(1)) - 1
            shown = numbered.levels.get(at, ListLevel())
            value = counters.get(at, shown.start)
            return list_number("decimal" if definition.legal else shown.number_format, value)

        text = _LEVEL_REFERENCE.sub(number, definition.text)
        return text + definition.suffix if text.strip() else ""


class WordNumbering:
    """The lists of a Word document (its numbering and styles parts) and the counters of the paragraphs read so far.

    :meth:`label` gives each numbered paragraph, in document order, the label
    Word shows in front of it ("3.", "(b)", "1.2"; "•" for a bullet), or "" for a
    paragraph without a number.
    """

    def __init__(self, numbering, styles) -> None:
        self._styles = self._paragraph_styles(styles)
        definitions: dict[str, tuple[dict[int, ListLevel], str | None]] = {}
        if numbering is not None:
            for abstract in numbering.iter(f"{_W}abstractNum"):
                levels = {_int(lvl.get(f"{_W}ilvl"), 0): _level(lvl) for lvl in abstract.iter(f"{_W}lvl")}
                definitions[abstract.get(f"{_W}abstractNumId", "")] = (levels, _val(abstract, "numStyleLink"))
        self._style_levels: dict[str, int] = {}  # style id → the level a list's definition ties to that style
        if numbering is not None:
            for lvl in numbering.iter(f"{_W}lvl"):
                style = _val(lvl, "pStyle")
                if style:
                    self._style_levels.setdefault(style, _int(lvl.get(f"{_W}ilvl"), 0))
        self._lists: dict[str, WordList] = {}
        nums = list(numbering.iter(f"{_W}num")) if numbering is not None else []
        abstract_of = {num.get(f"{_W}numId", ""): _val(num, "abstractNumId") or "" for num in nums}
        for num in nums:
            num_id = num.get(f"{_W}numId", "")
            abstract_id = self._linked(abstract_of[num_id], definitions, abstract_of)
            levels = dict(definitions.get(abstract_id, ({}, None))[0])
            starts: dict[int, int] = {}
            for override in num.iter(f"{_W}lvlOverride"):
                level = _int(override.get(f"{_W}ilvl"), 0)
                replaced = override.find(f"{_W}lvl")
                if replaced is not None:
                    levels[level] = _level(replaced)
                start = _int(_val(override, "startOverride"))
                if start is not None:
                    starts[level] = start
            self._lists[num_id] = WordList(abstract_id, levels, starts)
        self._counter = ListCounter()

    @staticmethod
    def _paragraph_styles(styles) -> dict[str, tuple[str | None, str | None, str | None]]:
        """Style id → (the style it is based on, its list id, its list level), for paragraph and numbering styles."""
        found = {}
        if styles is not None:
            for style in styles.iter(f"{_W}style"):
                if style.get(f"{_W}type", "paragraph") not in ("paragraph", "numbering"):
                    continue
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                found[style.get(f"{_W}styleId", "")] = (
                    _val(style, "basedOn"), _val(num_pr, "numId"), _val(num_pr, "ilvl"))
        return found

    def _linked(self, abstract_id: str, definitions, abstract_of: dict[str, str]) -> str:
        """The definition a list's definition stands for where it only links to a numbering style."""
        link = definitions.get(abstract_id, ({}, None))[1]
        if link:
            _, num_id, _ = self._style_numbering(link)
            if num_id and abstract_of.get(num_id) and abstract_of[num_id] != abstract_id:
                return abstract_of[num_id]
        return abstract_id

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, str | None, str | None]:
        """(style id, list id, level) a paragraph style gives, following the styles it is based on."""
        seen: set[str] = set()
        num_id = level = None
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            based_on, own_num, own_level = self._styles[style_id]
            num_id = num_id if num_id is not None else own_num
            level = level if level is not None else own_level
            if num_id is not None:
                return style_id, num_id, level
            style_id = based_on
        return None, num_id, level

    def label(self, paragraph) -> str:
        """The label of a w:p with its separator ("3.\\t"), counting it; "" when Word shows no number."""
        properties = paragraph.find(f"{_W}pPr")
        num_pr = properties.find(f"{_W}numPr") if properties is not None else None
        num_id, level = _val(num_pr, "numId"), _int(_val(num_pr, "ilvl"))
        if num_id is None or level is None:
            style, style_num, style_level = self._style_numbering(_val(properties, "pStyle"))
            num_id = num_id if num_id is not None else style_num
            if level is None:
                level = _int(style_level, self._style_levels.get(style or "", 0))
        numbered = self._lists.get(num_id or "")
        if numbered is None or level is None:  # numId 0, or a list not defined
            return ""
        return self._counter.label(num_id or "", numbered, level)


# --- the document ------------------------------------------------------------------------------------------------


def docx_text(data: bytes, file: Path) -> str:
    """The header of the first page (a UN document's masthead: symbol, distribution, date), then the body's
    paragraphs and table cells of a .docx, one paragraph per line with a blank line between, each numbered
    paragraph after the number Word shows; footnote and endnote references become superscript numbers and the
    notes follow the text."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{file} is not a valid .docx file: it is not a Word (zip) package")
    try:
        document = docx.Document(io.BytesIO(data))
        parts = (_part(document, "numbering"), _part(document, "styles"))
        hiding = _hiding_styles(parts[1])
        notes = _notes(document, hiding)
        numbering = WordNumbering(*parts)
        masthead = _first_page_header(document)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError) as err:
        raise InputError(f"{file} is not a valid .docx file: {err}") from None
    markers: dict[tuple[str, str], str] = {}
    paragraphs = [p for p in _block_texts(masthead, {}, WordNumbering(*parts), hiding, rows=True) if p.strip()] \
        if masthead is not None else []
    paragraphs += [p for p in _block_texts(document.element.body, markers, numbering, hiding) if p.strip()]
    paragraphs += [note_line(marker, notes.get(note, "")) for note, marker in markers.items()]
    return "\n\n".join(paragraphs) + "\n"


def _first_page_header(document):
    """The root element of the header the first page shows (None where it shows none): the first section's
    first-page header where the section has one of its own (w:titlePg), else its default header."""
    body = document.element.body
    section = next(iter(body.iterfind(f"{_W}p/{_W}pPr/{_W}sectPr")), None)
    if section is None:
        section = body.find(f"{_W}sectPr")
    if section is None:
        return None
    kind = "first" if _on(section.find(f"{_W}titlePg")) else "default"
    for reference in section.iterfind(f"{_W}headerReference"):
        if reference.get(f"{_W}type", "default") == kind:
            rel = document.part.rels.get(reference.get(f"{_R}id", ""))
            return parse_xml(rel.target_part.blob) if rel is not None and not rel.is_external else None
    return None


def _part(document, kind: str):
    """The root element of the document's numbering or styles part (None where it has none)."""
    for rel in document.part.rels.values():
        if rel.reltype == f"{_RELATIONSHIPS}{kind}" and not rel.is_external:
            return parse_xml(rel.target_part.blob)
    return None


def _hiding_styles(styles) -> dict[str, bool]:
    """Style id → whether the style makes its text hidden (w:vanish on or off in its run properties or in those of
    a style it is based on), for the styles that say either way."""
    own: dict[str, bool | None] = {}
    based_on: dict[str, str | None] = {}
    if styles is not None:
        for style in styles.iter(f"{_W}style"):
            style_id, vanish = style.get(f"{_W}styleId", ""), style.find(f"{_W}rPr/{_W}vanish")
            own[style_id] = _on(vanish) if vanish is not None else None
            based_on[style_id] = _val(style, "basedOn")
    return inherited(own, based_on)


_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


def inherited(own: Mapping[_Key, _Value | None], based_on: Mapping[_Key, _Key | None]) -> dict[_Key, _Value]:
    """For each style, the value it gives itself, else the first one the styles it is based on give (Word's and
    Word 97's styles alike); styles whose whole chain gives none are left out, and a loop in a chain ends it."""
    found: dict[_Key, _Value] = {}
    for style in own:
        seen: set[_Key] = set()
        current: _Key | None = style
        while current in own and current not in seen:
            seen.add(current)
            value = own[current]
            if value is not None:
                found[style] = value
                break
            current = based_on.get(current)
    return found


def _notes(document, hiding: dict[str, bool]) -> dict[tuple[str, str], str]:
    """Footnote and endnote texts by (kind, id), from the package's footnotes and endnotes parts (if any)."""
    notes = {}
    for rel in document.part.rels.values():
        for kind, reltype in _NOTES_RELTYPES.items():
            if rel.reltype == reltype and not rel.is_external:
                root = parse_xml(rel.target_part.blob)
                notes.update({
                    (kind, note.get(f"{_W}id")): " ".join(
                        t for t in (_paragraph_text(p, {}, hiding) for p in note.iter(f"{_W}p")) if t.strip()
                    )
                    for note in root.iter(f"{_W}{kind}")
                    if note.get(f"{_W}type") in (None, "normal")
                })
    return notes


def _block_texts(container, markers: dict[tuple[str, str], str], numbering: WordNumbering, hiding: dict[str, bool],
                 *, rows: bool = False):
    """Paragraph texts of a body, table cell or content control, in document order, numbered paragraphs labelled.
    A table of two rows or more gives each row whose cells hold a paragraph each as one line, its cells between
    tabs, as a page shows them side by side (as the other readers give a table), and each cell's paragraphs
    otherwise; a table of one row gives its cells' paragraphs, unless ``rows`` (a masthead's "United Nations" and
    its symbol).
    ``hiding`` tells the styles that hide their text (see :func:`_hiding_styles`)."""
    for child in container:
        if child.tag == f"{_W}p":
            text = _paragraph_text(child, markers, hiding)
            if text or child.find(f"{_W}pPr/{_W}rPr/{_W}del") is None:  # a paragraph deleted whole has no number
                label = numbering.label(child)
                yield label + text if label and text.strip() else text
            for box in _text_boxes(child):  # a text box's paragraphs come after the paragraph it stands in
                yield from _block_texts(box, markers, numbering, hiding, rows=rows)
        elif child.tag == f"{_W}tbl":
            table_rows = child.findall(f"{_W}tr")
            as_rows = rows or len(table_rows) > 1  # (a table of one row sets paragraphs side by side)
            for row in table_rows:
                cells = [[p for p in _block_texts(cell, markers, numbering, hiding, rows=rows) if p.strip()]
                         for cell in row.findall(f"{_W}tc")]
                yield from row_lines(cells) if as_rows else (p for paragraphs in cells for p in paragraphs)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from _block_texts(child, markers, numbering, hiding, rows=rows)


def _up_to(element, paragraph):
    """The ancestors of ``element`` below ``paragraph``."""
    for ancestor in element.iterancestors():
        if ancestor is paragraph:
            return
        yield ancestor


def _text_boxes(paragraph) -> list:
    """The contents of the text boxes a paragraph holds, each once: Word writes a box twice, as a drawing and as
    its fallback for older readers (markup compatibility), and the fallback is left out; nested boxes come with
    the box that holds them."""
    return [box for box in paragraph.iter(f"{_W}txbxContent")
            if not any(a.tag in (_FALLBACK, f"{_W}txbxContent") for a in _up_to(box, paragraph))]


def _hidden(run, hiding: dict[str, bool], by_paragraph: bool) -> bool:
    """Whether a run is hidden text, which Word neither shows nor prints: by its own formatting (w:vanish), else by
    its character style, else by its paragraph's style (``by_paragraph``)."""
    properties = run.find(f"{_W}rPr")
    vanish = properties.find(f"{_W}vanish") if properties is not None else None
    if vanish is not None:
        return _on(vanish)
    return hiding.get(_val(properties, "rStyle") or "", by_paragraph)


def _paragraph_text(paragraph, markers: dict[tuple[str, str], str], hiding: dict[str, bool]) -> str:
    """Text of one w:p; each footnote or endnote reference becomes its superscript number, in order of first
    appearance (as Word numbers footnotes), footnotes and endnotes numbered in one series. A note with a mark of
    its own ("*", written as the text after the reference) keeps that mark and takes no number. Text hidden by its
    formatting or a style in ``hiding`` is left out."""
    parts: list[str] = []
    custom: tuple[str, str] | None = None  # a note whose own mark is the text that follows
    by_paragraph = hiding.get(_val(paragraph.find(f"{_W}pPr"), "pStyle") or "", False)
    for node in paragraph.iter(*_RUN_CONTENT):
        run = node.getparent()
        if run.tag != f"{_W}r" or _hidden(run, hiding, by_paragraph) \
                or any(a.tag in _HIDDEN_CONTAINERS for a in _up_to(run, paragraph)):
            continue
        tag = node.tag
        if tag == f"{_W}t":
            text = node.text or ""
            if custom is not None and text.strip():
                markers.setdefault(custom, text.split()[0])
                custom = None
            parts.append(text)
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr") and node.get(f"{_W}type") in (None, "textWrapping"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("\u2011")
        elif tag == f"{_W}softHyphen":
            parts.append("\u00ad")
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            note = ("footnote" if tag == f"{_W}footnoteReference" else "endnote", node.get(f"{_W}id"))
            if _on(node, f"{_W}customMarkFollows", default="false"):
                custom = note
                continue
            if note not in markers:
                markers[note] = next_note_marker(markers.values())
            parts.append(markers[note])
    return "".join(parts)
