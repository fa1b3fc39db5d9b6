"""Word (.docx) packages written by hand for the reader's tests: body, notes, numbering and styles parts."""

from __future__ import annotations

import re
import zipfile
from html import escape
from pathlib import Path
from typing import Callable, Sequence

from aligner.numbering import ABJAD, item_index

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"
_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}"
# part → (its root element, its content type, the relationship type naming it)
_PARTS = {
    "footnotes": ("w:footnotes", "footnotes", "footnotes"),
    "endnotes": ("w:endnotes", "endnotes", "endnotes"),
    "numbering": ("w:numbering", "numbering", "numbering"),
    "styles": ("w:styles", "styles", "styles"),
}


def make_docx(file: Path, body: str, footnotes: str | None = None, endnotes: str | None = None, *,
              numbering: str | None = None, styles: str | None = None, headers: Sequence[str] = ()) -> Path:
    """A minimal Word package: the document part with ``body``, each other part whose content is given, and
    header parts (``header1.xml`` … with the relationship ids ``rIdH1`` … a section's w:headerReference names)."""
    given = {"footnotes": footnotes, "endnotes": endnotes, "numbering": numbering, "styles": styles}
    overrides = f'<Override PartName="/word/document.xml" ContentType="{_CONTENT_TYPE.format("document.main")}"/>'
    rels = ""
    for n, (part, content) in enumerate(given.items(), start=1):
        if content is not None:
            _, content_type, relationship = _PARTS[part]
            overrides += f'<Override PartName="/word/{part}.xml" ContentType="{_CONTENT_TYPE.format(content_type)}"/>'
            rels += f'<Relationship Id="rId{n}" Type="{_RELATIONSHIP.format(relationship)}" Target="{part}.xml"/>'
    for n, _ in enumerate(headers, start=1):
        overrides += f'<Override PartName="/word/header{n}.xml" ContentType="{_CONTENT_TYPE.format("header")}"/>'
        rels += f'<Relationship Id="rIdH{n}" Type="{_RELATIONSHIP.format("header")}" Target="header{n}.xml"/>'
    with zipfile.ZipFile(file, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            f'ContentType="application/xml"/>{overrides}</Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{_RELATIONSHIP.format("officeDocument")}" '
            'Target="word/document.xml"/></Relationships>',
        )
        package.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>',
        )
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS} {R_NS}><w:body>{body}</w:body></w:document>',
        )
        for part, content in given.items():
            if content is not None:
                root = _PARTS[part][0]
                package.writestr(f"word/{part}.xml",
                                 f'<?xml version="1.0" encoding="UTF-8"?><{root} {W_NS}>{content}</{root}>')
        for n, content in enumerate(headers, start=1):
            package.writestr(f"word/header{n}.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W_NS}>{content}</w:hdr>')
    return file


def run(text: str) -> str:
    """A run of text."""
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def reference(note_id: int) -> str:
    """A footnote reference."""
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def footnote(note_id: int, text: str) -> str:
    """A footnote with its text."""
    return (f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + text)}</w:p>'
            '</w:footnote>')


def level(ilvl: int, number_format: str, text: str, *, start: int | None = 1, suffix: str | None = None,
          extra: str = "") -> str:
    """A w:lvl: how level ``ilvl`` of a list is numbered."""
    parts = [f'<w:start w:val="{start}"/>' if start is not None else "", f'<w:numFmt w:val="{number_format}"/>',
             f'<w:suff w:val="{suffix}"/>' if suffix else "", f'<w:lvlText w:val="{text}"/>', extra]
    return f'<w:lvl w:ilvl="{ilvl}">{"".join(parts)}</w:lvl>'


def abstract_num(abstract_id: int, *levels: str) -> str:
    """A list definition (w:abstractNum) with its levels."""
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, starts: dict[int, int] | None = None) -> str:
    """A list (w:num) using a definition, restarting the given levels at the given numbers."""
    overrides = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                        for lvl, start in (starts or {}).items())
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def numbered(text: str, num_id: int | None = None, ilvl: int | None = None, style: str | None = None, *,
             content: str | None = None) -> str:
    """A paragraph in a list (``num_id``, ``ilvl``) and/or a paragraph style, holding ``text`` (or the runs
    ``content``)."""
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None or ilvl is not None:
        properties += "<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") \
            + (f'<w:numId w:val="{num_id}"/>' if num_id is not None else "") + "</w:numPr>"
    return f"<w:p><w:pPr>{properties}</w:pPr>{run(text) if content is None else content}</w:p>"


#: The labels of the sample's paragraphs and items, as Word would number them: pattern → (format, level text).
_LABELS = [
    (re.compile(r"^(\d+)\. "), "decimal", "%1."),
    (re.compile(r"^(\d+) - "), "decimal", "%1 -"),
    (re.compile(r"^\(([a-z]{1,2})\) "), "lowerLetter", "(%1)"),
    (re.compile(r"^([a-z]{1,2})\) "), "lowerLetter", "%1)"),
    (re.compile(r"^\((" + "|".join(ABJAD) + r")\) "), "arabicAbjad", "(%1)"),
]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a plain text: what lies between blank lines."""
    return re.split(r"\n\s*\n", text.strip())


def text_runs(text: str) -> str:
    """Runs holding ``text``, its line breaks Word's."""
    return "<w:r><w:br/></w:r>".join(run(escape(line)) for line in text.split("\n"))


def word_numbered(texts: Sequence[str], runs: Callable[[str], str] = text_runs, *,
                  new_definitions: bool = False) -> tuple[str, str]:
    """Paragraphs as a Word body whose labelled paragraphs Word numbers (labels taken out of the text), and the
    numbering part: one list per kind of label, a new list where the count does not go on (its start overridden,
    or with ``new_definitions`` a list definition of its own)."""
    definitions, nums, body = [], [], []
    current: dict[int, tuple[int, int]] = {}  # kind → (its list, the last number given)
    first_definition: dict[int, int] = {}  # kind → the definition of its first list
    for paragraph in texts:
        for kind, (pattern, number_format, level_text) in enumerate(_LABELS):
            match = pattern.match(paragraph)
            if match:
                break
        else:
            body.append(f"<w:p>{runs(paragraph)}</w:p>")
            continue
        label = match.group(1)
        value = int(label) if label.isdigit() else item_index(label) + 1
        list_id, last = current.get(kind, (0, 0))
        if value != last + 1 or not list_id:
            list_id = len(nums) + 1
            if new_definitions or kind not in first_definition:
                definition = len(definitions)
                definitions.append(abstract_num(definition, level(0, number_format, level_text, suffix="space",
                                                                  start=value)))
                first_definition.setdefault(kind, definition)
                nums.append(num(list_id, definition))
            else:
                nums.append(num(list_id, first_definition[kind], {0: value}))
        current[kind] = (list_id, value)
        body.append(numbered("", list_id, 0, content=runs(paragraph[match.end():])))
    return "".join(body), "".join(definitions) + "".join(nums)
