"""Renderers: an :class:`~aligner.model.Alignment` as a table, JSON, TSV, TMX, HTML, XLSX or ``.align``.

Every renderer is a pure function of the alignment: text formats return
``str``, binary ones ``bytes``; writing them is the caller's job
(:func:`aligner.io.atomic_write`). Columns always follow
``alignment.languages``; a language missing from a bead counts as an empty
side. Beads are numbered from 1 in document order in every format that shows
a number (table ``#``, TMX ``tuid``, HTML and XLSX ``#``).
"""

from __future__ import annotations

import html
import io
import json
import re
from typing import Any, Callable, Iterable, Mapping, Sequence, Union

import wcwidth
from lxml import etree
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment as CellAlignment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from tabulate import tabulate

from aligner import __version__
from aligner.errors import AlignError, InputError
from aligner.model import RTL_LANGUAGES, Alignment, Bead, un_language
from aligner.xlsx import put_cell, xml_text

#: Beads scoring below this are highlighted for review (HTML, XLSX, table).
LOW_SCORE = 0.5

#: Alignment levels and the TMX ``segtype`` each one is written as.
SEGTYPES: dict[str, str] = {"unit": "paragraph", "sentence": "sentence"}

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# --------------------------------------------------------------------------- helpers


def _ids(bead: Bead, lang: str) -> tuple[str, ...]:
    return tuple(bead.ids.get(lang, ()))


def _text(bead: Bead, lang: str) -> str:
    return bead.texts.get(lang, "") or ""


def _needs_review(bead: Bead, low_score: float) -> bool:
    return bool(bead.flags) or bead.score < low_score


def _check_level(alignment: Alignment) -> None:
    if alignment.level not in SEGTYPES:
        raise AlignError(f"unknown alignment level {alignment.level!r} (expected unit or sentence)")


# --------------------------------------------------------------------------- table


def _display_width(text: str) -> int:
    width = wcwidth.wcswidth(text)
    return width if width >= 0 else len(text)


def _cut(word: str, width: int) -> str:
    """The longest head of ``word`` that fits in ``width`` columns (at least one character)."""
    used = 0
    for i, char in enumerate(word):
        used += max(wcwidth.wcwidth(char), 0)
        if used > width:
            return word[: max(i, 1)]
    return word


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns; CJK and long words are cut anywhere."""
    lines: list[str] = []
    line = ""
    for word in re.findall(r"\s*\S+", text):
        candidate = line + word if line else word.lstrip()
        if _display_width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        word = word.lstrip()
        while _display_width(word) > width:
            head = _cut(word, width)
            lines.append(head)
            word = word[len(head):]
        line = word
    if line:
        lines.append(line)
    return lines


def _table_cell(ids: Sequence[str], text: str, width: int, max_lines: int) -> str:
    if not ids and not text.strip():
        return "—"
    flat = " ".join(xml_text(text).split())
    lines = _wrap(flat, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _cut(lines[-1], width - 1) + "…"
    head = _wrap(",".join(ids), width) if ids else []
    return "\n".join(head + lines)


def to_table(alignment: Alignment, *, width: int = 120, max_lines: int = 4,
             low_score: float = LOW_SCORE) -> str:
    """A terminal table, one row per bead: ids and text per language, score, flags.

    The table fits ``width`` terminal columns (CJK counts double) as long as
    each language still gets 12; texts are wrapped and cut after
    ``max_lines`` lines with ``…``; a score below ``low_score`` is marked ``!``.
    """
    n = max(len(alignment.languages), 1)
    fixed = 4 + 6 + 18  # '#', score and flags columns
    column = max(12, (width - fixed - 3 * (n + 3) - 1) // n)
    rows = []
    for number, bead in enumerate(alignment.beads, start=1):
        cells = [_table_cell(_ids(bead, lang), _text(bead, lang), column, max_lines)
                 for lang in alignment.languages]
        mark = "!" if bead.score < low_score else ""
        rows.append([number, *cells, f"{bead.score:.2f}{mark}", "\n".join(bead.flags)])
    headers = ["#", *alignment.languages, "score", "flags"]
    return tabulate(rows, headers=headers, tablefmt="grid", disable_numparse=True) + "\n"


# --------------------------------------------------------------------------- JSON


def to_json(alignment: Alignment) -> str:
    """The alignment as JSON: ``{"languages", "level", "beads": [{"ids", "texts", "score", "flags"}]}``."""
    _check_level(alignment)
    data = {
        "languages": list(alignment.languages),
        "level": alignment.level,
        "beads": [
            {
                "ids": {lang: list(_ids(bead, lang)) for lang in alignment.languages},
                "texts": {lang: _text(bead, lang) for lang in alignment.languages},
                "score": float(bead.score),
                "flags": list(bead.flags),
            }
            for bead in alignment.beads
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _str_list(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(f"alignment JSON: {what} must be a list of strings")
    return tuple(value)


def alignment_from_json(text: str) -> Alignment:
    """Read back what :func:`to_json` wrote."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"alignment JSON is not valid JSON: {err.msg} (line {err.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("beads"), list):
        raise InputError("alignment JSON: expected an object with languages, level and beads")
    languages = _str_list(data.get("languages"), "languages")
    level = data.get("level")
    if level not in SEGTYPES:
        raise InputError(f"alignment JSON: unknown level {level!r} (expected unit or sentence)")
    beads = []
    for number, item in enumerate(data["beads"], start=1):
        if not isinstance(item, dict):
            raise InputError(f"alignment JSON: bead {number} is not an object")
        ids, texts = item.get("ids", {}), item.get("texts", {})
        score = item.get("score")
        if not isinstance(ids, dict) or not isinstance(texts, dict):
            raise InputError(f"alignment JSON: bead {number} ids and texts must be objects")
        if isinstance(score, bool) or not isinstance(score, (int, float)):
            raise InputError(f"alignment JSON: bead {number} has no numeric score")
        for lang in texts:
            if not isinstance(texts[lang], str):
                raise InputError(f"alignment JSON: bead {number} text for {lang} is not a string")
        beads.append(Bead(
            ids={lang: _str_list(ids.get(lang, []), f"bead {number} ids for {lang}") for lang in languages},
            texts={lang: texts.get(lang, "") for lang in languages},
            score=float(score),
            flags=_str_list(item.get("flags", []), f"bead {number} flags"),
        ))
    return Alignment(languages=languages, beads=tuple(beads), level=level)


# --------------------------------------------------------------------------- TSV


def _tsv_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def to_tsv(alignment: Alignment) -> str:
    """Tab-separated values, one line per bead after a header line.

    Columns: ``<lang>_ids`` (comma-joined) and ``<lang>_text`` per language,
    then ``score`` (4 decimals) and ``flags`` (comma-joined). Backslash, tab,
    newline and carriage return inside values are written ``\\\\``, ``\\t``,
    ``\\n``, ``\\r``.
    """
    header = [name for lang in alignment.languages for name in (f"{lang}_ids", f"{lang}_text")]
    lines = ["\t".join([*header, "score", "flags"])]
    for bead in alignment.beads:
        row = []
        for lang in alignment.languages:
            row += [",".join(_ids(bead, lang)), _text(bead, lang)]
        row += [f"{bead.score:.4f}", ",".join(bead.flags)]
        lines.append("\t".join(_tsv_escape(value) for value in row))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- TMX


def to_tmx(alignment: Alignment, *, source_lang: str, tool_version: str,
           lang_tags: Mapping[str, str] | None = None) -> bytes:
    """A TMX 1.4b translation memory (UTF-8), one ``<tu>`` per bead.

    Each language with text in the bead gets a ``<tuv xml:lang>`` whose
    ``<seg>`` holds the text without leading/trailing white space (as TMX
    requires); empty sides are left out, and so are beads with no text at
    all. ``xml:lang`` is the alignment's own code (``zh``, ``ar`` …) unless
    ``lang_tags`` maps it to another tag (e.g. ``{"zh": "zh-CN"}`` for tools
    that want a region). Props: ``x-hexalign-ids`` on each ``<tuv>``,
    ``x-hexalign-score`` and ``x-hexalign-flags`` on the ``<tu>``. A bead
    without a ``source_lang`` side names its first language as ``srclang``.
    """
    _check_level(alignment)
    if source_lang not in alignment.languages:
        raise AlignError(f"source language {source_lang!r} is not one of the alignment's languages "
                         f"({', '.join(alignment.languages)})")
    tags = {lang: (lang_tags or {}).get(lang, lang) for lang in alignment.languages}
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "hexalign",
        "creationtoolversion": tool_version,
        "datatype": "plaintext",
        "segtype": SEGTYPES[alignment.level],
        "adminlang": "en",
        "srclang": tags[source_lang],
        "o-tmf": "hexalign",
    })
    body = etree.SubElement(root, "body")
    for number, bead in enumerate(alignment.beads, start=1):
        present = [lang for lang in alignment.languages if _text(bead, lang).strip()]
        if not present:
            continue
        tu = etree.SubElement(body, "tu", tuid=str(number))
        if source_lang not in present:
            tu.set("srclang", tags[present[0]])
        etree.SubElement(tu, "prop", type="x-hexalign-score").text = f"{bead.score:.4f}"
        if bead.flags:
            etree.SubElement(tu, "prop", type="x-hexalign-flags").text = ",".join(bead.flags)
        for lang in present:
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: tags[lang]})
            if _ids(bead, lang):
                etree.SubElement(tuv, "prop", type="x-hexalign-ids").text = xml_text(",".join(_ids(bead, lang)))
            etree.SubElement(tuv, "seg").text = xml_text(_text(bead, lang).strip())
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def alignment_from_tmx(data: bytes) -> Alignment:
    """The translation units of a TMX file (1.4b, or 1.1 with ``lang``) as an alignment: one bead per ``<tu>``, the
    six UN languages only (``zh-CN``, ``en-US`` … by their first subtag), other languages left out; inline codes
    (``bpt``, ``ept``, ``ph``, ``it``, ``ut``) left out of the text, highlighted text (``hi``) kept. The level is
    ``sentence`` where the header says so, else ``unit``; a bead's ids are its ``tuid`` (else its number) and its
    score hexalign's own prop where present, else 1."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                                      huge_tree=False))
    except etree.XMLSyntaxError as err:
        raise InputError(f"not a readable TMX file: {err}") from None
    if root.tag != "tmx":
        raise InputError(f"not a TMX file: its root element is <{root.tag}>, not <tmx>")
    header = root.find("header")
    level = "sentence" if header is not None and header.get("segtype") == "sentence" else "unit"
    languages: dict[str, None] = {}
    units: list[tuple[str, dict[str, str], float]] = []  # (id, texts, score): beads once every language is known
    for number, tu in enumerate(root.iterfind("body/tu"), start=1):
        texts: dict[str, str] = {}
        for tuv in tu.iterfind("tuv"):
            lang = un_language(tuv.get(_XML_LANG) or tuv.get("lang") or "")
            seg = tuv.find("seg")
            if lang and seg is not None and lang not in texts:
                texts[lang] = _seg_text(seg).strip()
        texts = {lang: text for lang, text in texts.items() if text}
        if not texts:
            continue
        languages.update(dict.fromkeys(texts))
        uid = tu.get("tuid") or str(number)
        score = next((prop.text for prop in tu.iterfind("prop") if prop.get("type") == "x-hexalign-score"), None)
        try:
            value = float(score) if score is not None else 1.0
        except ValueError:
            value = 1.0
        units.append((uid, texts, value))
    if not units:
        raise InputError("the TMX file has no translation unit in the UN languages (ar, zh, en, fr, es, ru)")
    order = tuple(languages)
    beads = tuple(Bead(ids={lang: (uid,) if lang in texts else () for lang in order},
                       texts={lang: texts.get(lang, "") for lang in order}, score=score) for uid, texts, score in units)
    return Alignment(languages=order, beads=beads, level=level, names={})


#: TMX inline elements that hold native codes, not text.
_TMX_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})


def _seg_text(element: Any) -> str:
    """The text of a TMX ``<seg>`` (or ``<hi>``): its own text and its highlighted parts, without native codes."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _TMX_CODES and child.tag != "sub":
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


# --------------------------------------------------------------------------- HTML

_CSS = """
:root { --line: #d0d4da; --head: #eef1f5; --review: #fff4d6; --low: #fde2e1; }
body { margin: 0; font: 15px/1.55 system-ui, "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1d232b; }
header.page { padding: 12px 16px; border-bottom: 1px solid var(--line); }
header.page h1 { font-size: 18px; margin: 0 0 4px; }
header.page p { margin: 2px 0; color: #4a5563; }
table { border-collapse: separate; border-spacing: 0; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line); padding: 6px 8px;
         vertical-align: top; overflow-wrap: anywhere; }
thead th { position: sticky; top: 0; z-index: 1; background: var(--head); text-align: start; }
th.num, td.num { width: 3.5em; text-align: right; color: #6b7480; }
th.score, td.score { width: 4.5em; text-align: right; }
th.flags, td.flags { width: 11em; }
td.text .seg { white-space: pre-wrap; }
td.text .ids { font: 12px ui-monospace, Menlo, Consolas, monospace; color: #6b7480; }
td.empty { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 6px, #f0f0f0 6px, #f0f0f0 12px); }
td.empty::after { content: "\\2014"; color: #9aa1ab; }
tr.review td { background-color: var(--review); }
td.score.low { background: var(--low); font-weight: bold; color: #a11; }
.flag { display: inline-block; margin: 0 4px 4px 0; padding: 0 6px; border-radius: 8px;
        background: #f6d2a8; font-size: 12px; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
            "SimSun", sans-serif; line-height: 1.7; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Amiri", "Traditional Arabic", "Arabic Typesetting",
            "Times New Roman", serif; font-size: 17px; line-height: 1.8; }
:lang(ru) { font-family: system-ui, "Segoe UI", "Noto Sans", Arial, sans-serif; }
td[dir="rtl"] { text-align: right; }
body.review-only tbody tr:not(.review) { display: none; }
"""

_JS = """
document.getElementById("review-only").addEventListener("change", function (event) {
  document.body.classList.toggle("review-only", event.target.checked);
});
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _dir(lang: str) -> str:
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def to_html(alignment: Alignment, *, title: str, low_score: float = LOW_SCORE) -> str:
    """A single-file side-by-side view: one row per bead, one column per language.

    No external assets. Cells carry ``lang`` and ``dir`` (``rtl`` for
    Arabic); beads with flags or a score below ``low_score`` are highlighted
    and a checkbox shows only those. All text is HTML-escaped.
    """
    _check_level(alignment)
    review = sum(_needs_review(bead, low_score) for bead in alignment.beads)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="hexalign ' + _e(__version__) + '">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<header class="page">',
        f"<h1>{_e(title)}</h1>",
        f"<p>{len(alignment.beads)} beads ({_e(alignment.level)} level), "
        f"{review} to review (flagged or score below {low_score:.2f}).</p>",
        '<p><label><input type="checkbox" id="review-only"> Show only beads to review</label></p>',
        "</header>",
        "<table>",
        "<thead><tr>",
        '<th class="num">#</th>',
    ]
    for lang in alignment.languages:
        name = alignment.names.get(lang, "")
        label = f"{lang} · {name}" if name else lang
        out.append(f'<th lang="{_e(lang)}" dir="{_dir(lang)}" class="lang">{_e(label)}</th>')
    out += ['<th class="score">score</th>', '<th class="flags">flags</th>', "</tr></thead>", "<tbody>"]
    for number, bead in enumerate(alignment.beads, start=1):
        row_class = ' class="review"' if _needs_review(bead, low_score) else ""
        out.append(f'<tr id="bead-{number}"{row_class}>')
        out.append(f'<td class="num">{number}</td>')
        for lang in alignment.languages:
            ids, text = _ids(bead, lang), _text(bead, lang)
            attrs = f'lang="{_e(lang)}" dir="{_dir(lang)}"'
            if not ids and not text.strip():
                out.append(f'<td {attrs} class="text empty"></td>')
                continue
            ids_html = f'<div class="ids" dir="ltr">{_e(", ".join(ids))}</div>' if ids else ""
            out.append(f'<td {attrs} class="text">{ids_html}<div class="seg">{_e(text)}</div></td>')
        score_class = "score low" if bead.score < low_score else "score"
        out.append(f'<td class="{score_class}">{bead.score:.2f}</td>')
        flags = "".join(f'<span class="flag">{_e(flag)}</span>' for flag in bead.flags)
        out.append(f'<td class="flags">{flags}</td>')
        out.append("</tr>")
    out += ["</tbody>", "</table>", f"<script>{_JS}</script>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- XLSX

_HEADER_FILL = PatternFill("solid", fgColor="FFDDE3EA")
_LOW_FILL = PatternFill("solid", fgColor="FFF8D0CE")
_FLAG_FILL = PatternFill("solid", fgColor="FFFFF0C2")


def _xlsx_columns(languages: Sequence[str]) -> list[str]:
    return ["#", *languages, "score", "flags", *(f"{lang} ids" for lang in languages)]


def to_xlsx(alignment: Alignment, *, low_score: float = LOW_SCORE) -> bytes:
    """An Excel review file: sheet ``beads`` (one row per bead) and sheet ``about``.

    Columns: ``#`` (document order), one text column per language, ``score``,
    ``flags`` (comma-joined), then ``<lang> ids`` (comma-joined). Header row
    frozen, autofilter on, text wrapped, Arabic right-to-left; rows with a
    score below ``low_score`` are red, other flagged rows yellow.
    """
    _check_level(alignment)
    languages = alignment.languages
    wb = Workbook()
    ws = wb.active
    ws.title = "beads"
    columns = _xlsx_columns(languages)
    for col, name in enumerate(columns, start=1):
        cell = put_cell(ws, 1, col, name)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = CellAlignment(vertical="top")
    wrap = CellAlignment(wrap_text=True, vertical="top")
    rtl = CellAlignment(wrap_text=True, vertical="top", horizontal="right", readingOrder=2)
    top = CellAlignment(vertical="top")
    for row, bead in enumerate(alignment.beads, start=2):
        values: list[Union[str, int, float]] = [row - 1]
        values += [_text(bead, lang) for lang in languages]
        values += [float(bead.score), ",".join(bead.flags)]
        values += [",".join(_ids(bead, lang)) for lang in languages]
        fill = _LOW_FILL if bead.score < low_score else _FLAG_FILL if bead.flags else None
        for col, value in enumerate(values, start=1):
            cell = put_cell(ws, row, col, value)
            if 2 <= col < 2 + len(languages):
                cell.alignment = rtl if _dir(languages[col - 2]) == "rtl" else wrap
            else:
                cell.alignment = wrap if columns[col - 1] == "flags" else top
            if fill is not None:
                cell.fill = fill
        ws.cell(row=row, column=2 + len(languages)).number_format = "0.00"
    widths = [6] + [48] * len(languages) + [8, 22] + [14] * len(languages)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(alignment.beads) + 1}"

    about = wb.create_sheet("about")
    rows = [("level", alignment.level), ("languages", ",".join(languages))]
    rows += [(f"name {lang}", alignment.names[lang]) for lang in languages if lang in alignment.names]
    for row, (key, value) in enumerate(rows, start=1):
        put_cell(about, row, 1, key)
        put_cell(about, row, 2, value)
    about.column_dimensions["A"].width = 14
    about.column_dimensions["B"].width = 60

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _split(value: Any) -> tuple[str, ...]:
    if value is None or str(value).strip() == "":
        return ()
    return tuple(part.strip() for part in str(value).split(","))


def alignment_from_xlsx(data: bytes) -> Alignment:
    """Read back what :func:`to_xlsx` wrote, in ``#`` order even if the rows were re-sorted."""
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True)
    except Exception as err:  # openpyxl raises many kinds for a broken file
        raise InputError(f"not a readable XLSX file: {err}") from None
    if "beads" not in wb.sheetnames or "about" not in wb.sheetnames:
        raise InputError("XLSX review file: sheets 'beads' and 'about' are required")
    info = {str(key): "" if value is None else str(value)
            for key, value in wb["about"].iter_rows(values_only=True, max_col=2) if key is not None}
    level = info.get("level")
    if level not in SEGTYPES:
        raise InputError(f"XLSX review file: unknown level {level!r}")
    languages = _split(info.get("languages"))
    rows = wb["beads"].iter_rows(values_only=True)
    header = [str(name) if name is not None else "" for name in next(rows, ())]
    missing = [name for name in _xlsx_columns(languages) if name not in header]
    if missing:
        raise InputError(f"XLSX review file: missing column(s) {', '.join(missing)}")
    where = {name: header.index(name) for name in header}
    numbered = []
    for values in rows:
        if all(value is None for value in values):
            continue
        row = {name: values[index] for name, index in where.items() if index < len(values)}
        number, score = row.get("#"), row.get("score")
        if not isinstance(number, (int, float)) or not isinstance(score, (int, float)):
            raise InputError(f"XLSX review file: row for bead {number!r} has no numeric # or score")
        bead = Bead(
            ids={lang: _split(row.get(f"{lang} ids")) for lang in languages},
            texts={lang: "" if row.get(lang) is None else str(row[lang]) for lang in languages},
            score=float(score),
            flags=_split(row.get("flags")),
        )
        numbered.append((number, bead))
    wb.close()
    names = {key[len("name "):]: value for key, value in info.items() if key.startswith("name ")}
    in_order = tuple(bead for _, bead in sorted(numbered, key=lambda item: item[0]))
    return Alignment(languages=languages, beads=in_order, level=level, names=names)


# --------------------------------------------------------------------------- .align


def _line_numbers(ids: Iterable[str], lang: str) -> list[int]:
    numbers = []
    for sentence_id in ids:
        if not sentence_id.isdigit():
            raise AlignError(f".align needs 0-based line numbers as sentence ids; "
                             f"{lang} has {sentence_id!r}")
        numbers.append(int(sentence_id))
    return numbers


def to_align_format(beads: Alignment | Sequence[Bead]) -> str:
    """The ``.align`` format of the Vecalign/Bertalign evaluation tools: ``[0, 1]:[2]`` per bead.

    For two-language alignments of pre-split text whose ids are 0-based line
    numbers; the first language is the source (left of the colon). Takes an
    :class:`Alignment` or the beads themselves (languages then come from the
    beads' ids, which must be the same two throughout).
    """
    if isinstance(beads, Alignment):
        languages, items = tuple(beads.languages), beads.beads
    else:
        items = tuple(beads)
        seen = {tuple(bead.ids) for bead in items}
        if len(seen) > 1:
            raise AlignError(".align needs every bead to have the same two languages")
        languages = seen.pop() if seen else ()
    if len(languages) != 2:
        raise AlignError(f".align needs exactly two languages, got {len(languages)}")
    source, target = languages
    lines = [f"{_line_numbers(_ids(bead, source), source)}:{_line_numbers(_ids(bead, target), target)}"
             for bead in items]
    return "".join(line + "\n" for line in lines)


# --------------------------------------------------------------------------- dispatch

#: ``--format`` choices and their renderers.
RENDERERS: dict[str, Callable[..., Union[str, bytes]]] = {
    "table": to_table,
    "json": to_json,
    "tsv": to_tsv,
    "tmx": to_tmx,
    "html": to_html,
    "xlsx": to_xlsx,
    "align": to_align_format,
}

#: Formats whose renderer returns ``bytes``.
BINARY_FORMATS: frozenset[str] = frozenset({"tmx", "xlsx"})

#: The usual file name suffix of each format.
SUFFIXES: dict[str, str] = {
    "table": ".txt", "json": ".json", "tsv": ".tsv", "tmx": ".tmx",
    "html": ".html", "xlsx": ".xlsx", "align": ".align",
}


def render(alignment: Alignment, fmt: str, *, source_lang: str | None = None, title: str | None = None,
           width: int = 120, low_score: float = LOW_SCORE) -> Union[str, bytes]:
    """``alignment`` in format ``fmt`` (a key of :data:`RENDERERS`), with each format's options filled in.

    ``source_lang`` defaults to the first language, ``title`` to the
    languages and level.
    """
    if fmt not in RENDERERS:
        raise AlignError(f"unknown output format {fmt!r} (choose from {', '.join(RENDERERS)})")
    if fmt == "table":
        return to_table(alignment, width=width, low_score=low_score)
    if fmt == "tmx":
        source = source_lang or (alignment.languages[0] if alignment.languages else "")
        return to_tmx(alignment, source_lang=source, tool_version=__version__)
    if fmt == "html":
        default = f"Alignment {'–'.join(alignment.languages)} ({alignment.level} level)"
        return to_html(alignment, title=title or default, low_score=low_score)
    if fmt == "xlsx":
        return to_xlsx(alignment, low_score=low_score)
    return RENDERERS[fmt](alignment)
