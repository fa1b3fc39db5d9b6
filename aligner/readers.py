"""Reading documents: plain-text files in any encoding UN files come in (see :mod:`aligner.decoding`),
Word .docx, OpenDocument .odt (:mod:`aligner.opendocument`), web pages (:mod:`aligner.webpages`) and the text
layer of PDF files (:mod:`aligner.pdftext`)."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.parser import parse_xml
from lxml import etree

from aligner.decoding import LEGACY_ENCODINGS, decode_text
from aligner.errors import InputError
from aligner.labels import SUPERSCRIPT
from aligner.langid import detect_language
from aligner.model import UN_LANGUAGES, Document
from aligner.opendocument import odt_text
from aligner.pdftext import pdf_text
from aligner.webpages import html_text

__all__ = ["DOCX_SUFFIXES", "HTML_SUFFIXES", "LEGACY_ENCODINGS", "ODT_SUFFIXES", "PDF_SUFFIXES", "SUFFIXES",
           "TEXT_SUFFIXES", "decode_text", "read_document"]

#: File name endings read as plain text ("" is a file without extension).
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ""})
#: File name endings read as Word documents.
DOCX_SUFFIXES: frozenset[str] = frozenset({".docx"})
#: File name endings read as OpenDocument text documents.
ODT_SUFFIXES: frozenset[str] = frozenset({".odt"})
#: File name endings read as web pages.
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml"})
#: File name endings read as PDF files (their text layer).
PDF_SUFFIXES: frozenset[str] = frozenset({".pdf"})
#: Every file name ending :func:`read_document` reads.
SUFFIXES: frozenset[str] = TEXT_SUFFIXES | DOCX_SUFFIXES | ODT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The package parts holding footnotes and endnotes, by kind of note.
_NOTES_RELTYPES = {
    kind: f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}s" for kind in ("footnote", "endnote")
}
_RUN_CONTENT = tuple(
    f"{_W}{name}" for name in ("t", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "footnoteReference",
                               "endnoteReference")
)
# Runs inside these are not part of the paragraph's running text: deleted or moved-away
# revisions and text boxes (whose content Word also repeats in a fallback copy).
_HIDDEN_CONTAINERS = frozenset(f"{_W}{name}" for name in ("del", "moveFrom", "txbxContent"))


def read_document(path: str | Path, *, lang: str | None = None) -> Document:
    """Read a .txt, .docx, .odt, .html or .pdf file as a :class:`Document`; ``lang`` overrides language detection."""
    file = Path(path)
    if lang is not None and lang not in UN_LANGUAGES:
        raise InputError(f"unknown language {lang!r}: use one of {', '.join(UN_LANGUAGES)}")
    if not file.exists():
        raise InputError(f"no such file: {file}")
    if file.is_dir():
        raise InputError(f"{file} is a folder, not a file")
    suffix = file.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"unsupported file type {suffix!r} for {file}: give a .txt, .docx, .odt, .html or .pdf file")
    try:
        data = file.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {file}: {err.strerror or err}") from None
    declared = None
    if suffix in DOCX_SUFFIXES:
        text, encoding = _docx_text(data, file), "docx"
    elif suffix in ODT_SUFFIXES:
        text, encoding = odt_text(data, file), "odt"
    elif suffix in HTML_SUFFIXES:
        text, encoding, declared = html_text(data, file)
    elif suffix in PDF_SUFFIXES:
        text, encoding = pdf_text(data, file), "pdf"
    else:
        text, encoding = decode_text(data, source=str(file))
    if not text.strip():
        raise InputError(f"{file} is empty: it has no text")
    return Document(
        text=text,
        lang=lang or _language(text, declared, str(file)),
        name=file.stem or file.name,
        path=str(path),
        encoding=encoding,
    )


def _language(text: str, declared: str | None, source: str) -> str:
    """The language a file declares, unless its text is plainly in another script; else the one detected."""
    if declared is None:
        return detect_language(text, source=source)
    try:
        detected = detect_language(text, source=source)
    except InputError:
        return declared
    latin = ("en", "fr", "es")
    return declared if detected == declared or (detected in latin and declared in latin) else detected


def _docx_text(data: bytes, file: Path) -> str:
    """Body paragraphs and table cells of a .docx, one paragraph per line with a blank line
    between; footnote and endnote references become superscript numbers and the notes follow the text."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{file} is not a valid .docx file: it is not a Word (zip) package")
    try:
        document = docx.Document(io.BytesIO(data))
        notes = _notes(document)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError) as err:
        raise InputError(f"{file} is not a valid .docx file: {err}") from None
    markers: dict[tuple[str, str], str] = {}
    paragraphs = [p for p in _block_texts(document.element.body, markers) if p.strip()]
    for note, marker in markers.items():
        text = notes.get(note, "").strip()
        paragraphs.append(f"{marker} {text}" if text else marker)
    return "\n\n".join(paragraphs) + "\n"


def _notes(document) -> dict[tuple[str, str], str]:
    """Footnote and endnote texts by (kind, id), from the package's footnotes and endnotes parts (if any)."""
    notes = {}
    for rel in document.part.rels.values():
        for kind, reltype in _NOTES_RELTYPES.items():
            if rel.reltype == reltype and not rel.is_external:
                root = parse_xml(rel.target_part.blob)
                notes.update({
                    (kind, note.get(f"{_W}id")): " ".join(
                        t for t in (_paragraph_text(p, {}) for p in note.iter(f"{_W}p")) if t.strip()
                    )
                    for note in root.iter(f"{_W}{kind}")
                    if note.get(f"{_W}type") in (None, "normal")
                })
    return notes


def _block_texts(container, markers: dict[tuple[str, str], str]):
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


def _paragraph_text(paragraph, markers: dict[tuple[str, str], str]) -> str:
    """Text of one w:p; each footnote or endnote reference becomes its superscript number, in order of first
    appearance (as Word numbers footnotes), footnotes and endnotes numbered in one series."""
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
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            note = ("footnote" if tag == f"{_W}footnoteReference" else "endnote", node.get(f"{_W}id"))
            if note not in markers:
                markers[note] = str(len(markers) + 1).translate(SUPERSCRIPT)
            parts.append(markers[note])
    return "".join(parts)
