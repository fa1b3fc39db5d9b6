"""Reading documents: plain-text files in any encoding UN files come in, and Word .docx files.

The encoding is found from the bytes themselves (byte-order mark, UTF-8
validity, NUL-byte pattern for UTF-16 and UTF-32, then the most plausible of
GB18030, Big5, the Latin, Cyrillic and Arabic Windows code pages and KOI8-R),
never from the file name.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.parser import parse_xml
from lxml import etree

from aligner.errors import InputError
from aligner.langid import detect_language, script_of
from aligner.model import UN_LANGUAGES, Document

#: File name endings read as plain text ("" is a file without extension).
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ""})
#: File name endings read as Word documents.
DOCX_SUFFIXES: frozenset[str] = frozenset({".docx"})

#: Legacy encodings tried when a file is not UTF-8, UTF-16 or UTF-32, in order of preference on a tie.
LEGACY_ENCODINGS: tuple[str, ...] = ("gb18030", "cp1252", "cp1251", "cp1256", "big5", "koi8-r")

# Above this many implausible characters per character, a decoding is rejected.
_MAX_IMPLAUSIBILITY = 0.12
# Non-ASCII bytes beyond which valid UTF-8 cannot be a legacy encoding by chance.
_SHORT = 200
# Characters looked at to judge how plausible a decoding is.
_SAMPLE = 50_000
# Share of control bytes above which a file is taken for binary.
_MAX_CONTROL_SHARE = 0.01

_BOMS: tuple[tuple[bytes, str], ...] = (  # UTF-32's before UTF-16's, which they start with
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_BYTES = bytes(range(0x80))
_OK_SYMBOLS = frozenset("$+<=>^`|~°€£№©®™")
#: The most frequent letters of Russian and of Arabic: over half the letters of real text, far fewer
#: when bytes of one single-byte code page are read in another (KOI8-R read as Windows-1256, say).
_FREQUENT_LETTERS = {"cyrillic": frozenset("оеаинтсрвлОЕАИНТСРВЛ"), "arabic": frozenset("اليمونهرتبةع")}
# Share of a script's letters the frequent ones make up at the least in real text, and the letters needed to judge.
_MIN_FREQUENT_SHARE = 0.45
_MIN_LETTERS_JUDGED = 8
_INVISIBLE_OK = frozenset("\u00ad\u200c\u200d\u200e\u200f")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_RUN_CONTENT = tuple(
    f"{_W}{name}" for name in ("t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "footnoteReference")
)
# Runs inside these are not part of the paragraph's running text: deleted or moved-away
# revisions and text boxes (whose content Word also repeats in a fallback copy).
_HIDDEN_CONTAINERS = frozenset(f"{_W}{name}" for name in ("del", "moveFrom", "txbxContent"))
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def read_document(path: str | Path, *, lang: str | None = None) -> Document:
    """Read a .txt or .docx file as a :class:`Document`; ``lang`` overrides language detection."""
    file = Path(path)
    if lang is not None and lang not in UN_LANGUAGES:
        raise InputError(f"unknown language {lang!r}: use one of {', '.join(UN_LANGUAGES)}")
    if not file.exists():
        raise InputError(f"no such file: {file}")
    if file.is_dir():
        raise InputError(f"{file} is a folder, not a file")
    suffix = file.suffix.lower()
    if suffix not in TEXT_SUFFIXES | DOCX_SUFFIXES:
        raise InputError(f"unsupported file type {suffix!r} for {file}: give a .txt or .docx file")
    try:
        data = file.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {file}: {err.strerror or err}") from None
    if suffix in DOCX_SUFFIXES:
        text, encoding = _docx_text(data, file), "docx"
    else:
        text, encoding = decode_text(data, source=str(file))
    if not text.strip():
        raise InputError(f"{file} is empty: it has no text")
    return Document(
        text=text,
        lang=lang or detect_language(text, source=str(file)),
        name=file.stem or file.name,
        path=str(path),
        encoding=encoding,
    )


def decode_text(data: bytes, *, source: str = "the input") -> tuple[str, str]:
    """Text of ``data`` (line ends as LF) and the name of the encoding found in it.

    Raises :class:`InputError` naming ``source`` for binary or undecodable data.
    """
    text, encoding = _decode(data, source)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            codec = "utf-8" if encoding == "utf-8-sig" else encoding
            try:
                return _checked_text(data[len(bom):].decode(codec), source), encoding
            except UnicodeDecodeError as err:
                raise InputError(
                    f"cannot decode {source}: it starts with a {encoding.upper()} byte-order mark but "
                    f"byte 0x{data[len(bom) + err.start]:02X} at offset {len(bom) + err.start} is not {encoding.upper()}"
                ) from None
    if b"\x00" in data:
        return _utf32_without_bom(data, source) or _utf16_without_bom(data, source)
    try:
        text = _checked_text(data.decode("utf-8"), source)
    except UnicodeDecodeError as err:
        first_bad = err.start
    else:
        # A short legacy text can happen to be valid UTF-8: keep UTF-8 unless it reads as nonsense.
        non_ascii = len(data) - len(data.translate(None, _ASCII_BYTES))
        if non_ascii >= _SHORT or _implausibility(text[:_SAMPLE]) <= _MAX_IMPLAUSIBILITY:
            return text, "utf-8"
        return _most_plausible_legacy(data) or (text, "utf-8")
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise InputError(f"{source} is not a text file: it is full of control bytes (binary data?)")
    decoded = _most_plausible_legacy(data)
    if decoded is None:
        raise InputError(
            f"cannot decode {source}: not UTF-8, UTF-16, UTF-32, GB18030, Big5 or a known code page "
            f"(first undecodable byte 0x{data[first_bad]:02X} at offset {first_bad})"
        )
    return decoded


def _most_plausible_legacy(data: bytes) -> tuple[str, str] | None:
    """The legacy decoding of ``data`` that reads most like real text, if any is plausible."""
    best: tuple[float, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _implausibility(text[:_SAMPLE])
        if score <= _MAX_IMPLAUSIBILITY and (best is None or score < best[0]):
            best = (score, text, encoding)
    return None if best is None else (best[1], best[2])


def _utf32_without_bom(data: bytes, source: str) -> tuple[str, str] | None:
    """UTF-32 text recognised by its byte quadruples: the two high bytes of each are NUL (no character is above U+FFFF)."""
    if len(data) % 4:
        return None
    quads = len(data) // 4
    for encoding, high in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if all(data[i::4].count(0) == quads for i in high):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if _implausibility(text[:_SAMPLE]) <= _MAX_IMPLAUSIBILITY:
                return _checked_text(text, source), encoding
    return None


def _utf16_without_bom(data: bytes, source: str) -> tuple[str, str]:
    """UTF-16 text recognised by NUL bytes standing on one side of each byte pair only."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if len(data) % 2 == 0 and max(even, odd) >= 0.9 * (even + odd):
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = ""
        if text and _implausibility(text[:_SAMPLE]) <= _MAX_IMPLAUSIBILITY:
            return _checked_text(text, source), encoding
    raise InputError(f"{source} is not a text file: it contains NUL bytes (binary data?)")


def _checked_text(text: str, source: str) -> str:
    """``text`` unless control characters make up too much of it."""
    if len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{source} is not a text file: it is full of control characters (binary data?)")
    return text


def _control_share(data: bytes) -> float:
    return len(_CONTROL_BYTES.findall(data)) / len(data) if data else 0.0


def _implausibility(text: str) -> float:
    """How unlike real text a decoding looks: odd characters per character (0 is clean).

    Odd are control and unassigned characters, symbols rare in documents,
    a change of script or a lower-to-upper case change inside a word, Han
    characters outside the most frequent ones, vowel signs on non-Arabic letters, accented Latin
    letters when they outnumber plain ones, and Cyrillic or Arabic letters when too few of them are
    the language's most frequent ones.
    """
    odd = 0.0
    chars = latin = accented = 0
    letters = {script: 0 for script in _FREQUENT_LETTERS}
    frequent = dict(letters)
    prev_script = ""
    prev_lower = False
    for char in text:
        if char.isspace():
            prev_script, prev_lower = "", False
            continue
        chars += 1
        category = unicodedata.category(char)
        if char.isalpha():
            script = script_of(char)
            if prev_script and script != prev_script:
                odd += 1
            elif prev_lower and char.isupper():
                odd += 1
            if script == "latin":
                latin += 1
                accented += ord(char) > 0x7F
            elif script == "han":
                odd += 0.5 * (not _is_common_han(char))
            elif script in letters:
                letters[script] += 1
                frequent[script] += char in _FREQUENT_LETTERS[script]
            elif script != "greek":
                odd += 1
            prev_script, prev_lower = script, char.islower()
        elif category == "Mn":
            odd += prev_script not in ("arabic", "")
        else:
            prev_script, prev_lower = "", False
            if category in ("Cc", "Co", "Cn", "Cs"):
                odd += 3
            elif category == "Cf":
                odd += char not in _INVISIBLE_OK
            elif category[0] == "S" and char not in _OK_SYMBOLS:
                odd += 1
            elif char in "¶¤¦":
                odd += 1
    if latin >= 4 and accented > 0.4 * latin:
        odd += accented
    for script, count in letters.items():
        if count >= _MIN_LETTERS_JUDGED:
            odd += max(0.0, _MIN_FREQUENT_SHARE * count - frequent[script])
    return odd / chars if chars else 0.0


def _is_common_han(char: str) -> bool:
    """Whether a Han character is among the most frequent: the 3,755 of GB 2312 level 1 (Simplified)
    or the 5,401 of Big5's frequently used characters (Traditional)."""
    try:
        return 0xB0 <= char.encode("gb2312")[0] < 0xD8
    except UnicodeEncodeError:
        pass
    try:
        code = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA440 <= int.from_bytes(code, "big") <= 0xC67E


def _docx_text(data: bytes, file: Path) -> str:
    """Body paragraphs and table cells of a .docx, one paragraph per line with a blank line
    between; footnote references become superscript numbers and the footnotes follow the text."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{file} is not a valid .docx file: it is not a Word (zip) package")
    try:
        document = docx.Document(io.BytesIO(data))
        notes = _footnotes(document)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as err:
        raise InputError(f"{file} is not a valid .docx file: {err}") from None
    markers: dict[str, str] = {}
    paragraphs = [p for p in _block_texts(document.element.body, markers) if p.strip()]
    for note_id, marker in markers.items():
        text = notes.get(note_id, "").strip()
        paragraphs.append(f"{marker} {text}" if text else marker)
    return "\n\n".join(paragraphs) + "\n"


def _footnotes(document) -> dict[str, str]:
    """Footnote texts by footnote id, from the package's footnotes part (if any)."""
    for rel in document.part.rels.values():
        if rel.reltype == _FOOTNOTES_RELTYPE and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            return {
                note.get(f"{_W}id"): " ".join(
                    t for t in (_paragraph_text(p, {}) for p in note.iter(f"{_W}p")) if t.strip()
                )
                for note in root.iter(f"{_W}footnote")
                if note.get(f"{_W}type") in (None, "normal")
            }
    return {}


def _block_texts(container, markers: dict[str, str]):
    """Paragraph texts of a body, table cell or content control, in document order."""
    for child in container:
        if child.tag == f"{_W}p":
            yield _paragraph_text(child, markers)
        elif child.tag == f"{_W}tbl":
            for row in child.findall(f"{_W}tr"):
                for cell in row.findall(f"{_W}tc"):
                    yield from _block_texts(cell, markers)
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from _block_texts(child, markers)


def _paragraph_text(paragraph, markers: dict[str, str]) -> str:
    """Text of one w:p; each footnote reference becomes its superscript number, in order of first
    appearance (as Word numbers footnotes)."""
    parts: list[str] = []
    for node in paragraph.iter(*_RUN_CONTENT):
        run = node.getparent()
        if run.tag != f"{_W}r" or any(a.tag in _HIDDEN_CONTAINERS for a in run.iterancestors()):
            continue
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr") and node.get(f"{_W}type") in (None, "textWrapping"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("\u2011")
        elif tag == f"{_W}softHyphen":
            parts.append("\u00ad")
        elif tag == f"{_W}footnoteReference":
            note_id = node.get(f"{_W}id")
            if note_id not in markers:
                markers[note_id] = str(len(markers) + 1).translate(_SUPERSCRIPT_DIGITS)
            parts.append(markers[note_id])
    return "".join(parts)
