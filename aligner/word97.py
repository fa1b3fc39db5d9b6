"""Reading Word 97–2003 documents (.doc): the first page's header, the body with its tables, footnotes and endnotes.

A .doc file is an OLE compound file. Its ``WordDocument`` stream starts with
the File Information Block (FIB), which gives the length of each part of the
text (body, footnotes, headers, comments, endnotes …, in character positions)
and where the piece table lies in the ``0Table`` or ``1Table`` stream. The
piece table maps character positions to bytes of the ``WordDocument`` stream,
in 8-bit (Windows-1252) or UTF-16 pieces. Field codes are dropped (their
results kept), as are hidden text and deletions tracked as changes; footnote
and endnote references become superscript numbers and the notes follow the
text, as the other readers give them. Paragraphs Word
numbers itself get their numbers, from the list tables and the paragraphs' and
styles' properties, counted as :mod:`aligner.worddocument` counts them. Offsets
are those of [MS-DOC] (Word (.doc) Binary File Format).
"""

from __future__ import annotations

import bisect
import io
import struct
from pathlib import Path
from typing import Callable

import olefile

from aligner.errors import InputError
from aligner.layout import next_note_marker, note_line, row_lines
from aligner.worddocument import ListCounter, ListLevel, WordList, inherited

_WORD_IDENT = 0xA5EC
#: nFib of Word 97, the oldest version whose FIB this reader knows (Word 6 and 95 files are older).
_WORD97_FIB = 0x00C0
# FibBase flags
_ENCRYPTED = 0x0100
_TABLE_1 = 0x0200
# FibRgLw97: the lengths of the parts of the text, in character positions, in this order.
_CCP_TEXT = 0x004C
_PARTS = ("text", "footnotes", "headers", "macros", "comments", "endnotes", "text boxes", "header text boxes")
# FibRgFcLcb97: (offset, length) pairs in the table stream.
_CLX = 0x01A2
_FOOTNOTE_REFERENCES, _FOOTNOTE_TEXTS = 0x00AA, 0x00B2
_ENDNOTE_REFERENCES, _ENDNOTE_TEXTS = 0x020A, 0x0212
_STYLES = 0x00A2  # the stylesheet (STSH)
_HEADER_STORIES = 0x00F2  # where each header and footer starts in the headers' text (PlcfHdd)
# PlcfHdd: six stories of note separators, then six a section: even and odd headers, even and odd footers, first
# page's header and footer.
_FIRST_SECTION_ODD_HEADER, _FIRST_SECTION_FIRST_HEADER = 7, 10
_PARAGRAPH_PROPERTIES = 0x0102  # where the paragraphs' properties lie (PlcBtePapx)
_CHARACTER_PROPERTIES = 0x00FA  # where the characters' properties lie (PlcBteChpx)
# Character properties of text a reader does not see: deleted with its changes tracked (sprmCFRMarkDel), hidden
# (sprmCFVanish).
_SPRM_DELETED, _SPRM_HIDDEN = 0x0800, 0x083C
_SPRM_CHARACTER_STYLE = 0x4A30  # sprmCIstd: the character style of a run
_GONE = "\x00"  # stands for a character a reader does not see (no reader keeps it)
_LISTS, _LIST_OVERRIDES = 0x02E2, 0x02EA  # list definitions (PlfLst) and the lists paragraphs name (PlfLfo)
# Paragraph properties naming a paragraph's list and level.
_SPRM_LIST, _SPRM_LEVEL = 0x460B, 0x260A
_SPRM_TABLE_DEFINITION, _SPRM_TAB_CHANGES = 0xD608, 0xC615
_SPRM_ROW_ENDS = (0x2417, 0x244C)  # the paragraph ends a table row (sprmPFTtp), of a nested table (sprmPFInnerTtp)
#: A style of the stylesheet: its kind (1 paragraph, 2 character), the style it is based on, its paragraph and its
#: character property changes.
_Style = tuple[int, int, bytes, bytes]
#: A run of paragraph properties: its first byte and end in the WordDocument stream, its style, its property changes.
_ParagraphRun = tuple[int, int, int, bytes]
_OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's spra; 6: its size comes first
#: Word's numbering format codes (MSONFC, [MS-OSHARED] 2.2.1.3), with the names Word's XML gives them.
_FORMATS = dict(enumerate((
    "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText", "ordinalText",
    "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha", "decimalFullWidth",
    "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2",
    "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop",
    "decimalEnclosedParen", "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional",
    "ideographZodiac", "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
    "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
    "chineseCountingThousand",
))) | {0x2D: "hebrew1", 0x2E: "arabicAlpha", 0x2F: "hebrew2", 0x30: "arabicAbjad", 0x3A: "russianLower",
       0x3B: "russianUpper", 0xFF: "none"}
_FOLLOWERS = {0: "\t", 1: " ", 2: ""}  # what follows a list number (ixchFollow)

# Characters with a meaning of their own in Word's text.
_PARAGRAPH_ENDS = frozenset("\r\x07\x0c\x0e")  # paragraph mark, table cell or row end, page or section break, column break
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_NOTE_REFERENCE = "\x02"  # an automatically numbered note reference (or, in a note, its own number)
_REPLACED = {"\x0b": "\n", "\x1e": "\u2011", "\x1f": "\u00ad", "\t": "\t"}


def doc_text(data: bytes, file: Path) -> str:
    """Body paragraphs and table cells of a .doc, one paragraph per line with a blank line between, each numbered
    paragraph after the number Word shows; footnote and endnote references become superscript numbers and the
    notes follow the text."""
    if not olefile.isOleFile(io.BytesIO(data)):
        raise InputError(f"{file} is not a valid .doc file: it is not a Word 97–2003 (OLE) file")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as package:
            if not package.exists("WordDocument"):
                raise InputError(f"{file} is not a Word document: its package has no WordDocument stream")
            word = package.openstream("WordDocument").read()
            flags = struct.unpack_from("<H", word, 0x0A)[0] if len(word) >= 0x0C else 0
            table_name = "1Table" if flags & _TABLE_1 else "0Table"
            table = package.openstream(table_name).read() if package.exists(table_name) else b""
    except InputError:
        raise
    except Exception as err:  # olefile raises many kinds of error on a damaged file
        raise InputError(f"{file} is not a valid .doc file: {err}") from None
    return word97_text(word, table, file)


def word97_text(word: bytes, table: bytes, file: Path) -> str:
    """The text of a Word 97–2003 document from its WordDocument and table streams."""
    if len(word) < _CLX + 8 or struct.unpack_from("<H", word, 0)[0] != _WORD_IDENT:
        raise InputError(f"{file} is not a valid .doc file: its WordDocument stream has no Word 97–2003 header")
    n_fib, flags = struct.unpack_from("<H", word, 0x02)[0], struct.unpack_from("<H", word, 0x0A)[0]
    if n_fib < _WORD97_FIB:
        raise InputError(f"{file} is a Word 6 or Word 95 document: save it as .docx (or .doc from Word 97 on)")
    if flags & _ENCRYPTED:
        raise InputError(f"{file} is password-protected: save it without a password")
    lengths = dict(zip(_PARTS, struct.unpack_from("<8i", word, _CCP_TEXT)))
    try:
        pieces = _pieces(table, _fc_lcb(word, _CLX))
        styles, paragraph_runs = _style_definitions(word, table), _paragraph_runs(word, table)
        characters = _without_hidden(word, table, pieces, _characters(word, pieces), styles, paragraph_runs)
        body_end = lengths["text"]
        footnotes_start = body_end
        endnotes_start = sum(lengths[part] for part in _PARTS[:5])
        footnotes = _notes(word, table, _FOOTNOTE_REFERENCES, _FOOTNOTE_TEXTS, footnotes_start, characters)
        endnotes = _notes(word, table, _ENDNOTE_REFERENCES, _ENDNOTE_TEXTS, endnotes_start, characters)
    except (struct.error, IndexError, ValueError) as err:
        raise InputError(f"{file} is not a valid .doc file: its piece table is damaged ({err})") from None
    try:
        numbering = _Numbering(word, table, pieces, styles, paragraph_runs)
    except (struct.error, IndexError, ValueError, KeyError) as err:
        raise InputError(f"{file} is not a valid .doc file: its list numbering is damaged ({err})") from None
    references = dict(footnotes[0]) | dict(endnotes[0])  # position of a reference → (kind, index)
    markers: dict[tuple[str, int], str] = {}  # a note → its marker, in order of the references
    try:
        paragraphs = _masthead(word, table, characters, body_end + lengths["footnotes"], numbering.row_end)
    except (struct.error, IndexError, ValueError) as err:
        raise InputError(f"{file} is not a valid .doc file: its headers are damaged ({err})") from None
    line: list[str] = []
    starts_paragraph = True
    for position, character in _field_results(characters, 0, body_end):
        if starts_paragraph:
            line.append(numbering.label(position))  # an empty numbered paragraph is counted, and left out below
            starts_paragraph = False
        if character in _PARAGRAPH_ENDS:
            paragraphs.append("".join(line[1:]).strip() and "".join(line))
            line = []
            starts_paragraph = True
        elif position in references:
            note = references[position]
            if character == _NOTE_REFERENCE:
                markers.setdefault(note, next_note_marker(markers.values()))
                line.append(markers[note])
            else:  # a note with a mark of its own ("*"), written in the text
                markers.setdefault(note, character)
                line.append(character)
        elif character in _REPLACED or character >= " ":
            line.append(_REPLACED.get(character, character))
    paragraphs.append("".join(line))
    texts = {("footnote", i): text for i, text in enumerate(footnotes[1])} | {
        ("endnote", i): text for i, text in enumerate(endnotes[1])}
    kept = [p for p in paragraphs if p.strip()] + [note_line(marker, texts.get(note, "")) for note, marker in
                                                   markers.items()]
    return "\n\n".join(kept) + "\n" if kept else ""


def _masthead(word: bytes, table: bytes, characters: str, start: int, row_end: Callable[[int], bool]) -> list[str]:
    """The paragraphs of the header the first page shows (a UN masthead): the first section's first-page header,
    else its odd-page (default) one; a table row whose cells hold a paragraph each is one line, its cells between
    tabs. ``start`` is where the headers' text starts; ``row_end`` tells a table row's end mark from a cell's."""
    offset, length = _fc_lcb(word, _HEADER_STORIES)
    if length < 4 * (_FIRST_SECTION_FIRST_HEADER + 2) or offset + length > len(table):
        return []
    bounds = struct.unpack_from(f"<{length // 4}I", table, offset)
    story: list[tuple[int, str]] = []
    for index in (_FIRST_SECTION_FIRST_HEADER, _FIRST_SECTION_ODD_HEADER):
        story = list(_field_results(characters, start + bounds[index], start + bounds[index + 1]))
        if any(not character.isspace() and character >= " " for _, character in story):
            break
    lines: list[str] = []
    cell: list[str] = []  # the paragraphs read since the last cell or row ended
    row: list[list[str]] = []
    paragraph: list[str] = []
    for position, character in story:
        if character == "\r":
            cell.append("".join(paragraph))
            paragraph = []
        elif character == "\x07" and not row_end(position):  # a cell ends
            cell.append("".join(paragraph))
            row.append([p for p in cell if p.strip()])
            cell, paragraph = [], []
        elif character == "\x07":  # the row ends
            lines += row_lines(row)
            row = []
        elif character in _REPLACED or (character >= " " and character != _NOTE_REFERENCE):
            paragraph.append(_REPLACED.get(character, character))
    lines.extend(cell + ["".join(paragraph)])
    return [line for line in lines if line.strip()]


def _fc_lcb(word: bytes, offset: int) -> tuple[int, int]:
    """An (offset, length) pair of the FIB, pointing into the table stream."""
    return struct.unpack_from("<II", word, offset)


def _pieces(table: bytes, clx: tuple[int, int]) -> list[tuple[int, int, int, bool]]:
    """The piece table: (first character position, end, byte offset in WordDocument, 8-bit) for each piece."""
    at, length = clx
    end = at + length
    if not length or end > len(table):
        raise ValueError("no piece table")
    while at < end and table[at] == 0x01:  # Prc: formatting, skipped
        at += 3 + struct.unpack_from("<H", table, at + 1)[0]
    if at >= end or table[at] != 0x02:
        raise ValueError("no piece descriptors")
    size = struct.unpack_from("<I", table, at + 1)[0]
    plc = table[at + 5:at + 5 + size]
    count = (len(plc) - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for i in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        pieces.append((positions[i], positions[i + 1], fc // 2 if compressed else fc, compressed))
    return pieces


def _characters(word: bytes, pieces) -> str:
    """All the document's text (every part, one after the other), character position by position."""
    parts = []
    expected = 0
    for start, end, offset, compressed in pieces:
        if start != expected or end < start:
            raise ValueError("pieces out of order")
        count = end - start
        if compressed:
            chunk = word[offset:offset + count]
            parts.append(chunk.decode("latin-1").translate(_CP1252))
        else:
            chunk = word[offset:offset + 2 * count]
            parts.append(chunk.decode("utf-16-le", errors="replace"))
        if len(chunk) < (count if compressed else 2 * count):
            raise ValueError("a piece runs past the end of the WordDocument stream")
        expected = end
    return "".join(parts)


#: Word's 8-bit pieces are Windows-1252: read as Latin-1, then bytes 0x80–0x9F made the characters Windows-1252
#: gives them (its five unassigned bytes stay as they are).
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _without_hidden(word: bytes, table: bytes, pieces, characters: str, styles: dict[int, _Style],
                    paragraph_runs: list[_ParagraphRun]) -> str:
    """``characters`` with those formatted hidden or deleted as a tracked change made _GONE (positions kept)."""
    hidden = _hidden_bytes(word, table, styles, paragraph_runs)
    if not hidden:
        return characters
    gone = list(characters)
    for start, end, offset, compressed in pieces:
        width = 1 if compressed else 2
        last = offset + (end - start) * width
        for first_byte, end_byte in hidden:
            low, high = max(first_byte, offset), min(end_byte, last)
            for position in range(start + (low - offset) // width, start + (high - offset + width - 1) // width):
                gone[position] = _GONE
    return "".join(gone)


def _hidden_bytes(word: bytes, table: bytes, styles: dict[int, _Style],
                  paragraph_runs: list[_ParagraphRun]) -> list[tuple[int, int]]:
    """The byte ranges of the WordDocument stream whose characters are hidden or deleted (character property runs,
    ChpxFkp pages). Hidden is what the run's own properties hide, else its character style, else its paragraph's
    style (operand 0x80 means as the style says, 0x81 the opposite), given the stylesheet and the paragraphs'
    property runs."""
    hiding = _hiding_styles(styles)
    paragraphs = [(first, end, hiding.get(istd)) for first, end, istd, _ in paragraph_runs] if any(hiding.values()) \
        else []
    found = []
    for page, crun, bounds in _property_pages(word, table, _CHARACTER_PROPERTIES):
        for i in range(crun):
            at = 2 * page[4 * (crun + 1) + i]
            changes = list(_sprms(page[at + 1:at + 1 + page[at]])) if at else []
            if any(sprm == _SPRM_DELETED and operand[:1] == b"\x01" for sprm, operand in changes):
                found.append((bounds[i], bounds[i + 1]))
                continue
            own = next((operand[0] for sprm, operand in reversed(changes) if sprm == _SPRM_HIDDEN and operand), None)
            style = next((struct.unpack("<H", operand)[0] for sprm, operand in reversed(changes)
                          if sprm == _SPRM_CHARACTER_STYLE and len(operand) == 2), None)
            if own in (0, 1):
                if own:
                    found.append((bounds[i], bounds[i + 1]))
            elif style is not None and hiding.get(style) is not None:
                if hiding[style] != (own == 0x81):
                    found.append((bounds[i], bounds[i + 1]))
            else:  # as the paragraph's style says, each paragraph the run lies in
                found += [(max(first, bounds[i]), min(end, bounds[i + 1])) for first, end, hidden in paragraphs
                          if hidden is not None and hidden != (own == 0x81) and first < bounds[i + 1] and end > bounds[i]]
    return found


def _field_results(characters: str, start: int, end: int):
    """(position, character) of ``characters[start:end]``, field codes left out and field results kept."""
    depth: list[bool] = []  # for each open field: whether its result has begun
    for position in range(start, min(end, len(characters))):
        character = characters[position]
        if character == _FIELD_BEGIN:
            depth.append(False)
        elif character == _FIELD_SEPARATOR and depth:
            depth[-1] = True
        elif character == _FIELD_END and depth:
            depth.pop()
        elif not depth or all(depth):
            yield position, character


def _notes(word: bytes, table: bytes, references_at: int, texts_at: int, start: int, characters: str):
    """The notes of one kind: [(position of its reference in the body, (kind, index))], and each note's text."""
    kind = "footnote" if references_at == _FOOTNOTE_REFERENCES else "endnote"
    ref_offset, ref_length = _fc_lcb(word, references_at)
    text_offset, text_length = _fc_lcb(word, texts_at)
    if not ref_length or not text_length or ref_offset + ref_length > len(table) or text_offset + text_length > len(table):
        return [], []
    count = (ref_length - 4) // 6  # n + 1 positions, then n two-byte descriptors
    positions = struct.unpack_from(f"<{count}I", table, ref_offset)
    bounds = struct.unpack_from(f"<{text_length // 4}I", table, text_offset)
    references = [(position, (kind, i)) for i, position in enumerate(positions)]
    texts = []
    for i in range(min(count, len(bounds) - 1)):
        pieces = []
        for _, character in _field_results(characters, start + bounds[i], start + bounds[i + 1]):
            if character in _PARAGRAPH_ENDS:
                pieces.append(" ")
            elif character in _REPLACED or (character >= " " and character != _NOTE_REFERENCE):
                pieces.append(_REPLACED.get(character, character))
        texts.append(" ".join("".join(pieces).split()))
    return references, texts


# --- Word's own paragraph numbers ---------------------------------------------------------------------------------


def _sprms(grpprl: bytes):
    """(sprm, operand) of each property change in a list of them (a grpprl)."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        spra = sprm >> 13
        if spra != 6:
            size = _OPERAND_SIZES[spra]
        elif sprm == _SPRM_TABLE_DEFINITION:
            size = 2 + struct.unpack_from("<H", grpprl, at)[0] - 1
        elif sprm == _SPRM_TAB_CHANGES and at < len(grpprl) and grpprl[at] == 255:
            return  # a long tab change: nothing a list number needs follows it in practice
        else:
            size = 1 + grpprl[at] if at < len(grpprl) else 0
        yield sprm, grpprl[at:at + size]
        at += size


def _list_and_level(grpprl: bytes) -> tuple[int | None, int | None]:
    """The list (1-based index of its LFO; 0: none) and level a list of property changes gives, where it gives them."""
    ilfo = level = None
    for sprm, operand in _sprms(grpprl):
        if sprm == _SPRM_LIST and len(operand) == 2:
            ilfo = struct.unpack("<h", operand)[0]
        elif sprm == _SPRM_LEVEL and len(operand) == 1:
            level = operand[0]
    return ilfo, level


def _style_definitions(word: bytes, table: bytes) -> dict[int, _Style]:
    """Style index → (kind: 1 paragraph, 2 character; the style it is based on; its paragraph and its character
    property changes), from the stylesheet (STSH)."""
    offset, length = _fc_lcb(word, _STYLES)
    if not length or offset + length > len(table):
        return {}
    stshi_size = struct.unpack_from("<H", table, offset)[0]
    count, base_size = struct.unpack_from("<HH", table, offset + 2)
    at, end = offset + 2 + stshi_size, offset + length
    found = {}
    for istd in range(count):
        if at + 2 > end:
            break
        size = struct.unpack_from("<H", table, at)[0]
        std = table[at + 2:at + 2 + size]
        at += 2 + size
        if size < base_size + 2:
            continue
        kind, based_on = std[2] & 0x0F, struct.unpack_from("<H", std, 2)[0] >> 4
        if kind not in (1, 2):
            continue
        name_length = struct.unpack_from("<H", std, base_size)[0]
        upxs, upx_at = [], base_size + 2 + 2 * name_length + 2
        for _ in range(2 if kind == 1 else 1):  # a paragraph style: paragraph, then character properties
            if upx_at + 2 > len(std):
                break
            upx_size = struct.unpack_from("<H", std, upx_at)[0]
            upxs.append(std[upx_at + 2:upx_at + 2 + upx_size])
            upx_at += 2 + upx_size + upx_size % 2
        paragraph = upxs[0][2:] if kind == 1 and upxs else b""  # after the style's index
        character = upxs[-1] if upxs and (kind == 2 or len(upxs) == 2) else b""
        found[istd] = (kind, based_on, paragraph, character)
    return found


def _styles(definitions: dict[int, _Style]) -> dict[int, tuple[int, int | None, int | None]]:
    """Paragraph style index → (the style it is based on, its list, its level)."""
    return {istd: (based_on, *_list_and_level(paragraph))
            for istd, (kind, based_on, paragraph, _) in definitions.items() if kind == 1}


def _hiding_styles(definitions: dict[int, _Style]) -> dict[int, bool]:
    """Style index → whether the style makes its text hidden (sprmCFVanish in its character properties or in those
    of a style it is based on), for the styles that say either way."""
    own = {istd: _vanish(character) for istd, (_, _, _, character) in definitions.items()}
    based_on = {istd: definition[1] for istd, definition in definitions.items()}
    return {istd: bool(value) for istd, value in inherited(own, based_on).items()}


def _vanish(grpprl: bytes) -> int | None:
    """The operand of the hidden-text property in a list of property changes (None where it has none)."""
    found = None
    for sprm, operand in _sprms(grpprl):
        if sprm == _SPRM_HIDDEN and operand:
            found = operand[0]
    return found


def _property_pages(word: bytes, table: bytes, plc: int):
    """(page, number of runs, the runs' byte bounds) of each 512-byte page of character or paragraph properties
    (an FKP) the table ``plc`` of the FIB points to lists."""
    offset, length = _fc_lcb(word, plc)
    if not length or offset + length > len(table):
        return
    count = (length - 4) // 8
    for page_number in struct.unpack_from(f"<{count}I", table, offset + 4 * (count + 1)):
        page = word[(page_number & 0x3FFFFF) * 512:(page_number & 0x3FFFFF) * 512 + 512]
        if len(page) == 512:
            crun = page[511]
            yield page, crun, struct.unpack_from(f"<{crun + 1}I", page, 0)


def _paragraph_runs(word: bytes, table: bytes) -> list[_ParagraphRun]:
    """(first byte, end, style index, property changes) of the paragraphs' property runs, in stream order."""
    runs = []
    for page, crun, bounds in _property_pages(word, table, _PARAGRAPH_PROPERTIES):
        for i in range(crun):
            at = 2 * page[4 * (crun + 1) + 13 * i]
            if at == 0:
                runs.append((bounds[i], bounds[i + 1], 0, b""))
                continue
            size = page[at]
            data = page[at + 1:at + 2 * size] if size else page[at + 2:at + 2 + 2 * page[at + 1]]
            if len(data) >= 2:
                runs.append((bounds[i], bounds[i + 1], struct.unpack_from("<H", data, 0)[0], data[2:]))
    return sorted(runs)


def _level_definition(table: bytes, at: int):
    """An LVL at ``at``: (its ListLevel, where the next structure starts)."""
    start, nfc, flags = struct.unpack_from("<iBB", table, at)
    placeholders = table[at + 6:at + 15]
    follower = table[at + 15]
    chpx_size, papx_size, restart_limit = table[at + 24], table[at + 25], table[at + 26]
    at += 28 + papx_size + chpx_size
    length = struct.unpack_from("<H", table, at)[0]
    number_text = table[at + 2:at + 2 + 2 * length].decode("utf-16-le", errors="replace")
    at += 2 + 2 * length
    text = list(number_text)
    for place in placeholders:
        if place == 0:
            break
        if place <= len(text) and ord(text[place - 1]) < 9:
            text[place - 1] = f"%{ord(text[place - 1]) + 1}"
    level = ListLevel(
        number_format=_FORMATS.get(nfc, "decimal"), text="".join(text), start=start,
        suffix=_FOLLOWERS.get(follower, ""), legal=bool(flags & 0x04),
        restart=restart_limit if flags & 0x08 else None,
    )
    return level, at


def _lists(word: bytes, table: bytes) -> dict[int, WordList]:
    """The lists paragraphs name (by the 1-based index of their LFO), with their definitions' levels."""
    offset, length = _fc_lcb(word, _LISTS)
    if not length or offset + length > len(table):
        return {}
    count = struct.unpack_from("<H", table, offset)[0]
    definitions: dict[int, dict[int, ListLevel]] = {}
    at = offset + 2 + 28 * count  # the levels follow the list definitions
    for i in range(count):
        lsid = struct.unpack_from("<i", table, offset + 2 + 28 * i)[0]
        simple = table[offset + 2 + 28 * i + 26] & 0x01
        levels = {}
        for level in range(1 if simple else 9):
            levels[level], at = _level_definition(table, at)
        definitions[lsid] = levels
    offset, length = _fc_lcb(word, _LIST_OVERRIDES)
    if not length or offset + length > len(table):
        return {}
    count = struct.unpack_from("<I", table, offset)[0]
    overrides = [struct.unpack_from("<i", table, offset + 4 + 16 * i)[0] for i in range(count)]
    override_counts = [table[offset + 4 + 16 * i + 12] for i in range(count)]
    at = offset + 4 + 16 * count
    lists = {}
    for i, (lsid, n) in enumerate(zip(overrides, override_counts)):
        levels, starts = dict(definitions.get(lsid, {})), {}
        at += 4  # the LFOData's cp
        for _ in range(n):
            start, flags = struct.unpack_from("<iI", table, at)
            at += 8
            level = flags & 0x0F
            if flags & 0x20:  # the level redefined
                levels[level], at = _level_definition(table, at)
            if flags & 0x10:
                starts[level] = start
        lists[i + 1] = WordList(str(lsid), levels, starts)
    return lists


class _Numbering:
    """The numbers Word gives the paragraphs of a .doc, paragraph by paragraph in document order."""

    def __init__(self, word: bytes, table: bytes, pieces, styles: dict[int, _Style],
                 paragraph_runs: list[_ParagraphRun]) -> None:
        self._pieces = pieces
        self._runs = paragraph_runs
        self._starts = [run[0] for run in self._runs]
        self._styles = _styles(styles) if self._runs else {}
        self._lists = _lists(word, table) if self._runs else {}
        self._counter = ListCounter()
        self._last_run = -1

    def label(self, position: int) -> str:
        """The label of the paragraph the character at ``position`` starts ("" for none), counting it."""
        if not self._lists:
            return ""
        fc = self._stream_offset(position)
        index = bisect.bisect_right(self._starts, fc) - 1
        if index < 0 or index == self._last_run or fc >= self._runs[index][1]:
            return ""
        self._last_run = index
        _, _, istd, grpprl = self._runs[index]
        ilfo, level = _list_and_level(grpprl)
        seen: set[int] = set()
        while (ilfo is None or level is None) and istd in self._styles and istd not in seen:
            seen.add(istd)
            based_on, style_list, style_level = self._styles[istd]
            ilfo = style_list if ilfo is None else ilfo
            level = style_level if level is None else level
            istd = based_on
        numbered = self._lists.get(ilfo or 0)
        if numbered is None:
            return ""
        return self._counter.label(str(ilfo), numbered, level or 0)

    def row_end(self, position: int) -> bool:
        """Whether the mark at ``position`` ends a table row (its paragraph properties say so), not a cell."""
        fc = self._stream_offset(position)
        index = bisect.bisect_right(self._starts, fc) - 1
        if index < 0 or fc >= self._runs[index][1]:
            return False
        return any(sprm in _SPRM_ROW_ENDS and operand[:1] == b"\x01" for sprm, operand in _sprms(self._runs[index][3]))

    def _stream_offset(self, position: int) -> int:
        """Where the character at ``position`` lies in the WordDocument stream."""
        for start, end, offset, compressed in self._pieces:
            if start <= position < end:
                return offset + (position - start) * (1 if compressed else 2)
        return -1
