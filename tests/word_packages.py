"""Word (.docx) packages written by hand for the reader's tests: body, notes, numbering and styles parts."""

from __future__ import annotations

import zipfile
from pathlib import Path

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
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
              numbering: str | None = None, styles: str | None = None) -> Path:
    """A minimal Word package: the document part with ``body``, and each other part whose content is given."""
    given = {"footnotes": footnotes, "endnotes": endnotes, "numbering": numbering, "styles": styles}
    overrides = f'<Override PartName="/word/document.xml" ContentType="{_CONTENT_TYPE.format("document.main")}"/>'
    rels = ""
    for n, (part, content) in enumerate(given.items(), start=1):
        if content is not None:
            _, content_type, relationship = _PARTS[part]
            overrides += f'<Override PartName="/word/{part}.xml" ContentType="{_CONTENT_TYPE.format(content_type)}"/>'
            rels += f'<Relationship Id="rId{n}" Type="{_RELATIONSHIP.format(relationship)}" Target="{part}.xml"/>'
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
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>{body}</w:body></w:document>',
        )
        for part, content in given.items():
            if content is not None:
                root = _PARTS[part][0]
                package.writestr(f"word/{part}.xml",
                                 f'<?xml version="1.0" encoding="UTF-8"?><{root} {W_NS}>{content}</{root}>')
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


def numbered(text: str, num_id: int | None = None, ilvl: int | None = None, style: str | None = None) -> str:
    """A paragraph in a list (``num_id``, ``ilvl``) and/or a paragraph style."""
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None or ilvl is not None:
        properties += "<w:numPr>" + (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") \
            + (f'<w:numId w:val="{num_id}"/>' if num_id is not None else "") + "</w:numPr>"
    return f"<w:p><w:pPr>{properties}</w:pPr>{run(text)}</w:p>"
