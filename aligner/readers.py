"""Reading documents: plain-text files in any encoding UN files come in (see :mod:`aligner.decoding`),
Word .docx (:mod:`aligner.worddocument`) and .doc (:mod:`aligner.word97`), RTF (:mod:`aligner.richtext`),
OpenDocument .odt (:mod:`aligner.opendocument`), web pages (:mod:`aligner.webpages`) and the text layer of
PDF files (:mod:`aligner.pdftext`)."""

from __future__ import annotations

from pathlib import Path

from aligner.decoding import LEGACY_ENCODINGS, decode_text
from aligner.errors import InputError
from aligner.langid import LANGUAGE_SCRIPT, detect_language
from aligner.layout import as_read
from aligner.model import UN_LANGUAGES, Document, un_language
from aligner.opendocument import odt_text
from aligner.pdftext import pdf_text
from aligner.richtext import rtf_text
from aligner.webpages import html_text
from aligner.word97 import doc_text
from aligner.worddocument import docx_text

__all__ = ["DOC_SUFFIXES", "DOCUMENT_TYPES", "DOCX_SUFFIXES", "HTML_SUFFIXES", "LEGACY_ENCODINGS", "ODT_SUFFIXES",
           "PDF_SUFFIXES", "RTF_SUFFIXES", "SUFFIXES", "TEXT_SUFFIXES", "decode_text", "read_document"]

#: File name endings read as plain text ("" is a file without extension).
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ""})
#: File name endings read as Word documents.
DOCX_SUFFIXES: frozenset[str] = frozenset({".docx"})
#: File name endings read as Word 97–2003 documents.
DOC_SUFFIXES: frozenset[str] = frozenset({".doc"})
#: File name endings read as Rich Text Format.
RTF_SUFFIXES: frozenset[str] = frozenset({".rtf"})
#: File name endings read as OpenDocument text documents.
ODT_SUFFIXES: frozenset[str] = frozenset({".odt"})
#: File name endings read as web pages.
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml"})
#: File name endings read as PDF files (their text layer).
PDF_SUFFIXES: frozenset[str] = frozenset({".pdf"})
#: Every file name ending :func:`read_document` reads.
SUFFIXES: frozenset[str] = (TEXT_SUFFIXES | DOCX_SUFFIXES | DOC_SUFFIXES | RTF_SUFFIXES | ODT_SUFFIXES | HTML_SUFFIXES
                             | PDF_SUFFIXES)
#: The kinds of document read, as messages name them to the user.
DOCUMENT_TYPES: tuple[str, ...] = (".txt", ".docx", ".doc", ".rtf", ".odt", ".html", ".pdf")


_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Word 97–2003 file
_ZIP_SIGNATURE = b"PK\x03\x04"  # a .docx or .odt package
#: An OpenDocument package's first entry, stored uncompressed: its media type (text, or another kind, which the
#: OpenDocument reader names in its error).
_ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument."


def read_document(path: str | Path, *, lang: str | None = None) -> Document:
    """Read a .txt, .docx, .doc, .rtf, .odt, .html or .pdf file as a :class:`Document`, or a file with another
    name ending (corpus.zh) whose bytes are plain text; ``lang`` overrides language detection."""
    file = Path(path)
    if lang is not None and lang not in UN_LANGUAGES:
        raise InputError(f"unknown language {lang!r}: use one of {', '.join(UN_LANGUAGES)}")
    if not file.exists():
        raise InputError(f"no such file: {file}")
    if file.is_dir():
        raise InputError(f"{file} is a folder, not a file")
    suffix = file.suffix.lower()
    try:
        data = file.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {file}: {err.strerror or err}") from None
    declared = None
    kind = _format(data, suffix)
    # any other name ending (corpus.zh, chapter.src) is read as plain text when its bytes are, and names the
    # language when it is a language code
    other = suffix not in SUFFIXES
    if other and kind != "text":
        raise _unsupported(file, suffix)
    if kind == "rtf":
        text, encoding = rtf_text(data, file), "rtf"
    elif kind == "doc":
        text, encoding = doc_text(data, file), "doc"
    elif kind == "docx":
        text, encoding = docx_text(data, file), "docx"
    elif kind == "odt":
        text, encoding = odt_text(data, file), "odt"
    elif kind == "html":
        text, encoding, declared = html_text(data, file)
    elif kind == "pdf":
        text, encoding = pdf_text(data, file), "pdf"
    else:
        try:
            text, encoding = decode_text(data, source=str(file))
        except InputError:
            if other:
                raise _unsupported(file, suffix) from None
            raise
        if other:
            declared = un_language(suffix[1:])  # .zh, .zh-CN, .en_US
    text = as_read(text)
    if not text.strip():
        raise InputError(f"{file} is empty: it has no text")
    return Document(
        text=text,
        lang=lang or _language(text, declared, str(file)),
        name=file.stem or file.name,
        path=str(path),
        encoding=encoding,
    )


def _unsupported(file: Path, suffix: str) -> InputError:
    return InputError(f"unsupported file type {suffix!r} for {file}: give a {', '.join(DOCUMENT_TYPES[:-1])} "
                      f"or {DOCUMENT_TYPES[-1]} file")


def _format(data: bytes, suffix: str) -> str:
    """How to read a file: as what its bytes plainly say it is (a PDF, RTF, Word 97–2003 or zip package: Word
    saves RTF under .doc, and files get renamed), else as its name ending says."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(_OLE_SIGNATURE):
        return "doc"
    if data.startswith(_ZIP_SIGNATURE):
        return "odt" if _ODT_MIMETYPE in data[:120] else "docx"
    for kind, suffixes in (("doc", DOC_SUFFIXES), ("docx", DOCX_SUFFIXES), ("odt", ODT_SUFFIXES), ("rtf", RTF_SUFFIXES),
                           ("html", HTML_SUFFIXES), ("pdf", PDF_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return "text"


def _language(text: str, declared: str | None, source: str) -> str:
    """The language a file declares, unless its text is plainly in another script; else the one detected."""
    if declared is None:
        return detect_language(text, source=source)
    try:
        detected = detect_language(text, source=source)
    except InputError:
        return declared
    return declared if LANGUAGE_SCRIPT[detected] == LANGUAGE_SCRIPT.get(declared) else detected
