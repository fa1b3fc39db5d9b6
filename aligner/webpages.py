"""Reading web pages (.html, .htm, .xhtml): UN pages and documents saved as HTML, as paragraphs of text."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import lxml.html
from lxml import etree

from aligner.decoding import BYTE_ORDER_MARKS, checked_text, decode_text
from aligner.errors import InputError
from aligner.labels import BULLET, SUPERSCRIPT, formatted_number
from aligner.layout import row_lines
from aligner.model import un_language

# Elements whose content is not the document's text.
_HTML_DROPPED = frozenset({
    "head", "title", "script", "style", "nav", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "select", "button", "textarea",
})
# Elements that make a paragraph of their own.
_HTML_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "section", "summary", "ul",
    "td", "th", "tr", "thead", "tbody", "tfoot",
})
_HTML_TAG = re.compile(r"<\s*(?:!doctype|html|head|body|p|div|br|table|h[1-6]|span|a|li|meta|title)\b", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Charsets pages declare that browsers read as a larger one: Latin-1 and ASCII as Windows-1252, GB 2312 as GB18030.
_CHARSET_SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# The text of a footnote reference: 1, [1] or (1).
_NOTE_NUMBER = re.compile(r"[\[(]?(\d{1,3})[\])]?")
# Words in the address, class or id of a link to a footnote (fn1, _ftn1, footnote-1, _edn1 for endnotes).
_NOTE_LINK = re.compile(r"fn|ftn|edn|foot|note", re.I)


def html_text(data: bytes, file: Path) -> tuple[str, str, str | None]:
    """Paragraphs of a web page (one per block element, a table row's cells on one line between tabs,
    footnote references as superscript numbers), its encoding, and the UN language its ``<html lang>`` names."""
    text, encoding = _html_decoded(data, str(file))
    if not _HTML_TAG.search(text):
        if text.strip():
            raise InputError(f"{file} is not an HTML file: it has no HTML tags")
        return "", encoding, None
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (etree.ParserError, ValueError) as err:
        raise InputError(f"{file} is not a valid HTML file: {err}") from None
    page = _PageText(_note_targets(root))
    page.block(root)
    text = "\n\n".join(page.paragraphs) + "\n" if page.paragraphs else ""
    return text, encoding, un_language(root.get("lang") or root.get("xml:lang") or "")


def _html_decoded(data: bytes, source: str) -> tuple[str, str]:
    """Text of a web page and its encoding: a byte-order mark or valid UTF-8 first, then the charset the page
    declares if the bytes are in it, else what :func:`decode_text` finds."""
    charset = _declared_charset(data)
    if charset is not None and not data.startswith(tuple(bom for bom, _ in BYTE_ORDER_MARKS)) and b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = checked_text(data.decode(charset), source)
            except UnicodeDecodeError:
                pass
            else:
                return text.replace("\r\n", "\n").replace("\r", "\n"), charset
    return decode_text(data, source=source)


def _declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset an XML declaration or a ``<meta>`` tag declares near the top, if known."""
    head = data[:4096]
    found = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    try:
        codec = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):  # without a byte-order mark or NUL bytes the declaration is wrong
        return None
    return _CHARSET_SUPERSETS.get(codec, codec)


def _note_targets(root) -> dict[str, str]:
    """Footnote markers by the id of the footnote text each footnote reference links to."""
    targets = {}
    for link in root.iter("a"):
        marker = _note_marker(link)
        if marker:
            targets.setdefault(link.get("href", "")[1:], marker)
    return targets


def _note_marker(element) -> str:
    """The superscript number an element stands for if it is a footnote reference, else ""."""
    found = _NOTE_NUMBER.fullmatch(element.text_content().strip())
    if found is None:
        return ""
    if element.tag != "sup":
        href = element.get("href", "")
        if element.tag != "a" or not href.startswith("#"):
            return ""
        in_superscript = element.find(".//sup") is not None or any(a.tag == "sup" for a in element.iterancestors())
        named = _NOTE_LINK.search(" ".join((href, element.get("class", ""), element.get("id", ""))))
        if not (in_superscript or named or found.group(0) != found.group(1)):
            return ""
    return found.group(1).translate(SUPERSCRIPT)


def _list_number(kind: str, n: int) -> str:
    """How an item of an HTML ordered list of ``type`` ``kind`` is shown: 1., (a), A., (i), I."""
    number = formatted_number(kind, n)
    return f"({number})" if kind in ("a", "i") and number.isalpha() else f"{number}."




class _PageText:
    """Collects the paragraphs of a web page while walking its elements in document order."""

    def __init__(self, targets: dict[str, str]):
        self.targets = targets  # footnote markers by the id of the footnote they mark
        self.paragraphs: list[str] = []
        self.pieces: list[str] = []  # the paragraph being read
        self.prefix = ""  # what the next paragraph starts with: its list number or footnote marker

    def flush(self) -> None:
        lines = [line.strip(" ") for line in "".join(self.pieces).split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip("\n"))
        self.pieces = []
        if text:
            marker = self.prefix.strip()
            if not (marker.isdigit() and text.startswith(marker)):  # a footnote written with its marker keeps one
                text = self.prefix + text
            self.paragraphs.append(text)
            self.prefix = ""

    def inline(self, text: str | None) -> None:
        if text:
            self.pieces.append(_HTML_SPACE.sub(" ", text))

    def node(self, element) -> None:
        """An element and the text after it."""
        tag = element.tag.lower() if isinstance(element.tag, str) else ""  # "" for a comment
        style = element.get("style", "").replace(" ", "").lower() if tag else ""
        marker = _note_marker(element) if tag in ("sup", "a") else ""
        if not tag or tag in _HTML_DROPPED or element.get("hidden") is not None or "display:none" in style:
            pass
        elif tag == "br":
            self.pieces.append("\n")
        elif marker:
            self.pieces.append(marker)
        elif tag == "a" and element.get("href", "").startswith("#") and not any(
            c.isalnum() for c in element.text_content()
        ):
            pass  # a link back from a footnote to its reference (↩)
        elif tag == "table":
            self.table(element)
        elif tag == "pre":  # preformatted: spaces and line ends as written
            self.flush()
            text = element.text_content().strip("\n")
            if text.strip():
                self.paragraphs.append(text)
        elif tag in _HTML_BLOCKS:
            self.block(element)
        else:
            self.inline(element.text)
            for child in element:
                self.node(child)
        self.inline(element.tail)

    def block(self, element) -> None:
        """A block element: its own paragraphs, an ordered list's items numbered, a bulleted list's bulleted."""
        self.flush()
        marker = self.targets.get(element.get("id") or element.get("name") or "")
        if marker:
            self.prefix = marker + " "
        self.inline(element.text)
        if element.tag == "ol":
            kind = element.get("type", "1")
            number = int(element.get("start", "1")) if element.get("start", "").isdigit() else 1
            for child in element:
                if child.tag == "li":
                    number = int(child.get("value")) if (child.get("value") or "").isdigit() else number
                    if not self.targets.get(child.get("id") or ""):
                        self.flush()
                        self.prefix = _list_number(kind, number) + " "
                    number += 1
                self.node(child)
        elif element.tag == "ul":
            for child in element:
                if child.tag == "li" and not self.targets.get(child.get("id") or ""):
                    self.flush()
                    self.prefix = BULLET + " "
                self.node(child)
        else:
            for child in element:
                self.node(child)
        self.flush()
        self.prefix = ""

    def table(self, table) -> None:
        """Each row on a line of its own, its cells between tabs; a row with a cell of several paragraphs
        gives them all one by one."""
        self.flush()
        rows = [row for row in table.iter("tr") if next(row.iterancestors("table")) is table]
        for caption in table.findall("caption"):
            self.block(caption)
        for row in rows:
            cells = []
            for cell in row:
                if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
                    page = _PageText(self.targets)
                    page.block(cell)
                    cells.append(page.paragraphs)
            self.paragraphs.extend(line for line in row_lines(cells) if line)
