"""Reading Rich Text Format files (.rtf): the first page's header, the body with its tables, footnotes and endnotes.

RTF is text with control words (``\\par``, ``\\cell``, ``\\footnote`` …) in nested groups. Characters come as
text, as ``\\'hh`` bytes in the code page of the current font's character set (GBK for a Chinese font, 1251 for
a Cyrillic one …) or as ``\\uN`` Unicode values. What a reader would not see is left out: the font, colour and
style tables, field instructions (their results are kept), pictures, hidden text, tracked deletions, footers and
other ignorable destinations. Word writes each list number it shows in a ``\\listtext`` group, so numbered paragraphs keep their
numbers. Footnote and endnote references become superscript numbers and the notes follow the text, as the other
readers give them; the header the first page shows comes first, as for .docx.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from aligner.errors import InputError
from aligner.labels import SUPERSCRIPT
from aligner.layout import note_line, row_lines

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+|([^\\{}\r\n]+)|\\'",
    re.S,
)
#: Groups whose content is not text a reader sees.
_SKIPPED = frozenset((
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "revtbl", "rsidtbl", "xmlnstbl", "themedata",
    "colorschememapping", "latentstyles", "datastore", "generator", "filetbl", "listtable", "listoverridetable",
    "footer", "footerl", "footerr", "footerf", "headerl", "pgdsctbl", "nonshppict", "shprslt", "sp",
    "atnid", "atnauthor", "annotation", "bkmkstart", "bkmkend", "fldinst", "pn", "template", "docvar", "mmathPr",
    "wgrffmtfilter", "passwordhash", "protusertbl", "ftnsep", "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn",
))
#: Control words that are characters.
_CHARACTERS = {
    "tab": "\t", "line": "\n", "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emspace": "\u2003", "enspace": "\u2002",
    "qmspace": "\u2005",
}
_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "\u00ad", "\\": "\\", "{": "{", "}": "}", "\n": "\n", "\r": "\n"}
#: Font character sets (\fcharsetN) → the code page their \'hh bytes are in.
_CHARSETS = {0: "cp1252", 2: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gbk", 136: "big5",
             161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
             204: "cp1251", 222: "cp874", 238: "cp1250", 255: "cp437"}


@dataclass
class _State:
    """What holds inside one group: where its text goes and how to read it."""

    where: str = "body"  # body | note | header | headerf | box (a text box) | shape | skip | fonttbl
    uc: int = 1  # characters to skip after \uN
    font: int = -1
    hidden: bool = False  # hidden text, or text deleted with its changes tracked


@dataclass
class _Story:
    """The paragraphs of one part of the document, its tables as they come: a table of two rows or more (any table,
    with ``rows``) gives each row of one-paragraph cells as one line, its cells between tabs (as the other readers
    give a table); a table of one row, which sets paragraphs side by side, its cells' paragraphs."""

    rows: bool = False  # every table row of one-paragraph cells on one line (a masthead's)
    paragraphs: list[str] = field(default_factory=list)
    line: list[str] = field(default_factory=list)
    cell: list[str] = field(default_factory=list)
    row: list[list[str]] = field(default_factory=list)
    table: list[list[list[str]]] = field(default_factory=list)  # the rows of the table being read
    boxes: list[str] = field(default_factory=list)  # paragraphs of text boxes held by the paragraph being read

    def end_paragraph(self, in_table: bool) -> None:
        text = "".join(self.line)
        self.line = []
        if in_table:
            self.cell += [text, *self.boxes]
        else:
            self._end_table()
            self.paragraphs += [text, *self.boxes]  # a text box's paragraphs come after the paragraph it stands in
        self.boxes = []

    def end_cell(self) -> None:
        self.end_paragraph(in_table=True)
        self.row.append([p for p in self.cell if p.strip()])
        self.cell = []

    def end_row(self) -> None:
        self.table.append(self.row)
        self.row = []

    def _end_table(self) -> None:
        if self.rows or len(self.table) > 1:
            self.paragraphs += [line for row in self.table for line in row_lines(row)]
        else:
            self.paragraphs += [p for row in self.table for paragraphs in row for p in paragraphs]
        self.table = []

    def text(self) -> list[str]:
        if self.line or self.boxes:
            self.end_paragraph(in_table=False)
        self._end_table()
        unfinished = [p for paragraphs in self.row for p in paragraphs] + self.cell  # a row or cell never closed
        return [p for p in self.paragraphs + unfinished if p.strip()]


def rtf_text(data: bytes, file: Path) -> str:
    """The text of an .rtf file (see the module's description)."""
    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError(f"{file} is not a valid .rtf file: it does not start with {{\\rtf")
    source = data.decode("latin-1")
    default = "cp1252"
    fonts: dict[int, str] = {}
    stories = {"body": _Story(), "header": _Story(rows=True), "headerf": _Story(rows=True), "box": _Story()}
    box_owner = "body"  # the story of the paragraph holding the text box being read
    notes: list[tuple[str, list[str]]] = []  # (marker, text) in the order of the references
    numbered = 0  # the footnote and endnote numbers given so far
    title_page = in_table = False
    stack: list[_State] = []
    state = _State()
    pending = bytearray()  # \'hh bytes not yet read
    skip = 0  # characters still to skip after \uN
    font_number = -1  # the font being defined in the font table
    last_marker = ""  # the number of the note whose reference was just read
    ignorable = False  # a \* has just opened the group

    def emit(text: str) -> None:
        nonlocal skip
        if skip:
            dropped = min(skip, len(text))
            text, skip = text[dropped:], skip - dropped
        if not text or state.hidden:
            return
        if state.where == "note":
            notes[-1][1].append(text)
        elif state.where in stories:
            stories[state.where].line.append(text)

    def flush() -> None:
        if pending:
            codepage = fonts.get(state.font, default)
            emit(bytes(pending).decode(codepage, errors="replace"))
            pending.clear()

    for match in _TOKEN.finditer(source):
        word, argument, byte, symbol, brace, text = match.groups()
        if byte is not None:
            if skip:
                skip -= 1
            else:
                pending.append(int(byte, 16))
            continue
        flush()
        if brace == "{":
            stack.append(state)
            state = _State(state.where, state.uc, state.font, state.hidden)
        elif brace == "}":
            if not stack:
                break  # the end of the document
            if state.where == "note" and stack[-1].where != "note":
                notes[-1] = (notes[-1][0], [" ".join("".join(notes[-1][1]).split())])
            elif state.where == "box" and stack[-1].where != "box":
                stories[box_owner].boxes += stories["box"].text()
                stories["box"] = _Story()
            state = stack.pop()
        elif text is not None:
            if state.where == "fonttbl":
                continue
            emit(text)
        elif symbol is not None:
            if symbol == "*":
                ignorable = True  # the group is skipped unless its destination is one read here
            elif symbol in _SYMBOLS:
                if symbol in "\n\r":
                    if state.where in stories:
                        stories[state.where].end_paragraph(in_table)
                else:
                    emit(_SYMBOLS[symbol])
        elif word is not None:
            value = int(argument) if argument is not None else None
            if ignorable:
                ignorable = False
                if word != "footnote" and not (word == "shpinst" and state.where == "shape"):  # {\*\footnote …}
                    state.where = "skip"
            if state.where == "skip":
                continue
            if word == "fonttbl":
                state.where = "fonttbl"
            elif state.where == "fonttbl":
                if word == "f" and value is not None:
                    font_number = value
                elif word == "fcharset" and value is not None and value in _CHARSETS:
                    fonts[font_number] = _CHARSETS[value]
            elif word in _SKIPPED:
                state.where = "skip"
            elif word == "shp":  # a drawing shape: only the text of a text box in it is read
                if state.where in ("body", "header", "headerf"):
                    box_owner = state.where
                state.where = "shape"
            elif word == "shptxt":
                state.where = "box" if state.where == "shape" else "skip"
            elif word == "ansicpg" and value:
                default = f"cp{value}" if _known_codec(f"cp{value}") else default
            elif word == "f" and value is not None:
                state.font = value
            elif word == "uc" and value is not None:
                state.uc = max(0, value)
            elif word == "u" and value is not None:
                code = value + 65536 if value < 0 else value
                emit(chr(code) if 0 <= code <= 0xFFFF else "\ufffd")
                skip = state.uc
            elif word in ("v", "deleted"):  # hidden text, text deleted with its changes tracked
                state.hidden = value != 0
            elif word in ("header", "headerr", "headerf"):
                state.where = "headerf" if word == "headerf" else "header"
            elif word == "titlepg":
                title_page = True
            elif word == "footnote":
                marker = last_marker or _mark_before(stories.get(state.where))
                notes.append((marker, []))
                last_marker = ""
                state.where = "note"
            elif word == "chftn":
                if state.where != "note":
                    numbered += 1
                    last_marker = str(numbered).translate(SUPERSCRIPT)
                    emit(last_marker)
            elif word in ("par", "sect"):
                if state.where in stories:
                    stories[state.where].end_paragraph(in_table)
                elif state.where == "note":
                    emit(" ")
            elif word in ("cell", "nestcell"):
                if state.where in stories:
                    stories[state.where].end_cell()
            elif word in ("row", "nestrow"):
                if state.where in stories:
                    stories[state.where].end_row()
            elif word == "intbl":
                in_table = True
            elif word == "pard":
                in_table = False
            elif word in _CHARACTERS:
                emit(_CHARACTERS[word])
    flush()
    masthead = stories["headerf"] if title_page and stories["headerf"].text() else stories["header"]
    paragraphs = masthead.text() + stories["body"].text()
    paragraphs += [note_line(marker, " ".join(texts)) for marker, texts in notes]
    text = "\n\n".join(paragraphs)
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")  # \u pairs beyond the BMP
    return text + "\n" if text else ""


def _mark_before(story: _Story | None) -> str:
    """The mark of a note with a mark of its own: the last character written before it ("*")."""
    if story is None:
        return ""
    before = "".join(story.line).rstrip()
    return before[-1:] if before and not before[-1].isalnum() else ""


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
