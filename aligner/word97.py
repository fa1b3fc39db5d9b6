"""Reading Word 97–2003 documents (.doc): the text of the body, its tables and its footnotes and endnotes.

A .doc file is an OLE compound file. Its ``WordDocument`` stream starts with
the File Information Block (FIB), which gives the length of each part of the
text (body, footnotes, headers, comments, endnotes …, in character positions)
and where the piece table lies in the ``0Table`` or ``1Table`` stream. The
piece table maps character positions to bytes of the ``WordDocument`` stream,
in 8-bit (Windows-1252) or UTF-16 pieces. Field codes are dropped and their
results kept; footnote and endnote references become superscript numbers and
the notes follow the text, as the other readers give them. Offsets are those
of [MS-DOC] (Word (.doc) Binary File Format).
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import olefile

from aligner.errors import InputError
from aligner.labels import SUPERSCRIPT, SUPERSCRIPT_DIGITS

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

# Characters with a meaning of their own in Word's text.
_PARAGRAPH_ENDS = frozenset("\r\x07\x0c\x0e")  # paragraph mark, table cell or row end, page or section break, column break
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_NOTE_REFERENCE = "\x02"  # an automatically numbered note reference (or, in a note, its own number)
_REPLACED = {"\x0b": "\n", "\x1e": "\u2011", "\x1f": "\u00ad", "\t": "\t"}


def doc_text(data: bytes, file: Path) -> str:
    """Body paragraphs and table cells of a .doc, one paragraph per line with a blank line between; footnote and
    endnote references become superscript numbers and the notes follow the text."""
    if data.lstrip().startswith(b"{\\rtf"):
        raise InputError(f"{file} is an RTF file, not a Word document: save it as .docx")
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
        characters = _characters(word, table, _pieces(table, _fc_lcb(word, _CLX)))
        body_end = lengths["text"]
        footnotes_start = body_end
        endnotes_start = sum(lengths[part] for part in _PARTS[:5])
        footnotes = _notes(word, table, _FOOTNOTE_REFERENCES, _FOOTNOTE_TEXTS, footnotes_start, characters)
        endnotes = _notes(word, table, _ENDNOTE_REFERENCES, _ENDNOTE_TEXTS, endnotes_start, characters)
    except (struct.error, IndexError, ValueError) as err:
        raise InputError(f"{file} is not a valid .doc file: its piece table is damaged ({err})") from None
    references = dict(footnotes[0]) | dict(endnotes[0])  # position of a reference → (kind, index)
    markers: dict[tuple[str, int], str] = {}  # a note → its marker, in order of the references
    paragraphs: list[str] = []
    line: list[str] = []
    for position, character in _field_results(characters, 0, body_end):
        if character in _PARAGRAPH_ENDS:
            paragraphs.append("".join(line))
            line = []
        elif position in references:
            note = references[position]
            if character == _NOTE_REFERENCE:
                numbered = sum(1 for marker in markers.values() if marker[:1] in SUPERSCRIPT_DIGITS)
                markers.setdefault(note, str(numbered + 1).translate(SUPERSCRIPT))
                line.append(markers[note])
            else:  # a note with a mark of its own ("*"), written in the text
                markers.setdefault(note, character)
                line.append(character)
        elif character in _REPLACED or character >= " ":
            line.append(_REPLACED.get(character, character))
    paragraphs.append("".join(line))
    texts = {("footnote", i): text for i, text in enumerate(footnotes[1])} | {
        ("endnote", i): text for i, text in enumerate(endnotes[1])}
    notes = []
    for note, marker in markers.items():
        text = texts.get(note, "").strip()
        if text.startswith(marker) and marker[:1] not in SUPERSCRIPT_DIGITS:
            text = text[len(marker):].strip()
        notes.append(f"{marker} {text}" if text else marker)
    kept = [p for p in paragraphs if p.strip()] + notes
    return "\n\n".join(kept) + "\n" if kept else ""


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


def _characters(word: bytes, table: bytes, pieces) -> str:
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
