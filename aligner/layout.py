"""How the readers of formatted files lay out what they read as text: table rows and footnote lines; the page
furniture of printed pages; and letters in the forms a font shows them in."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

from aligner.extraction import in_reading_order
from aligner.labels import SUPERSCRIPT, SUPERSCRIPT_DIGITS
from aligner.tokens import either_script


#: Letters in the forms a font shows them in, which text copied from a PDF keeps: Latin ligatures ("ﬁ" in
#: "speciﬁc", U+FB00–FB06) and Arabic contextual forms (U+FB50–FDFF, U+FE70–FEFC).
_PRESENTATION_FORMS = re.compile(r"[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]+")


def as_letters(text: str) -> str:
    """``text`` with its letters in presentation forms written as the letters ("ﺍﻟﺠﻤﻌﻴﺔ" as "الجمعية")."""
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


#: Characters that show nothing, which a word processor or a web page may leave in a text: zero-width space and
#: joiners, the word joiner, the left-to-right, right-to-left and Arabic letter marks, bidirectional embeddings,
#: overrides and isolates ("القرار \u200f11\u200f/\u200f1"), and a soft hyphen inside a line ("inter\u00adnational"),
#: where no line breaks (at a line's end it is where a word was hyphenated, which the page-break repair reads).
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\u061c\u202a-\u202e\u2066-\u2069]+|\u00ad(?!\n)")


def without_invisibles(text: str) -> str:
    """``text`` without the characters that show nothing (see :data:`_INVISIBLE`)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def as_read(text: str) -> str:
    """``text`` as the readers give a file's, whatever its format: one form for each character (accents composed,
    as most text has them; letters, not the presentation forms text copied from a PDF may keep), no byte-order
    mark left inside the text by joining files, Arabic that an extractor put out of order set back in it (see
    :mod:`aligner.extraction`), and no character that shows nothing (a right-to-left mark around a figure, a soft
    hyphen inside a line). Line for line: no line break is added or taken out."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = as_letters(text)
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    return without_invisibles(in_reading_order(text))


def row_lines(cells: Sequence[Sequence[str]]) -> list[str]:
    """A table row given as each cell's paragraphs: one line with its cells between tabs where no cell holds more
    than one paragraph (as a page shows them side by side), else the cells' paragraphs one by one."""
    if all(len(paragraphs) <= 1 for paragraphs in cells):
        return ["\t".join(paragraphs[0] for paragraphs in cells if paragraphs)]
    return [p for paragraphs in cells for p in paragraphs]


def next_note_marker(markers: Iterable[str]) -> str:
    """The superscript number of the next automatically numbered note, after the ``markers`` given so far (a note
    with a mark of its own, "*", takes no number)."""
    numbered = sum(1 for marker in markers if marker[:1] in SUPERSCRIPT_DIGITS)
    return str(numbered + 1).translate(SUPERSCRIPT)


def note_line(marker: str, text: str) -> str:
    """A footnote or endnote as the text gives it after the running text: "¹ text", "* text". A note with a mark of
    its own often repeats it at its start; it is written once."""
    text = text.strip()
    if marker and marker[0] not in SUPERSCRIPT_DIGITS and text.startswith(marker):
        text = text[len(marker):].strip()
    return f"{marker} {text}".strip() if text else marker


# A page number ("3/12", "- 3 -", "第 3 页", "Page 3" under the symbol of older documents) or a job number
# ("V.22-12345 (C)", with the dates it was processed and issued on the first page: "25-18492 (E) 201125 211125"), or
# the first page's bar code in text ("*2518492*"), or the words of the recycling logo beside it ("Please recycle",
# "请回收"); a footer may hold several.
_RECYCLE = (r"Please\s+recycle|Merci\s+de\s+recycler|Se\s+ruega\s+reciclar|"
            r"Просьба\s+отправить\s+на\s+вторичную\s+переработку|(?:يرجى|الرجاء)\s+إعادة\s+(?:الاستعمال|التدوير)|"
            + either_script(r"请\s*回\s*收"))
_FURNITURE_TOKEN = (r"(?:\d{1,4}\s*/\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|" + either_script(r"第\s*\d{1,4}\s*页|") +
                    r"(?:Page|Página|Pág\.|Страница|Стр\.|الصفحة)\s*\d{1,4}|"
                    r"(?:[A-Z]\.\d{2}-\d{4,6}|\d{2}-\d{5})(?:\s*\([A-Z]\))?(?:\s+\d{6}(?!\S)){0,2}|\*\d{7}\*|"
                    + _RECYCLE + ")")
#: A line of page furniture: page and job numbers, bar codes, the recycling logo's words.
PAGE_FURNITURE = re.compile(rf"^\s*{_FURNITURE_TOKEN}(?:\s+{_FURNITURE_TOKEN})*\s*$")
