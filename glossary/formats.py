"""Glossary exchange files: TBX-Basic (ISO 30042:2019), CSV/TSV one column per language, Excel, and JSON.

Every writer here is lossless with its reader: languages, term order,
preferred and variant terms with their status, part of speech, frequency,
abbreviations, contexts, note, subject, source and confidence survive a
write → read round trip.

TBX-Basic (DCA style). Data categories used, all within the TBX-Basic dialect:

* ``conceptEntry@id`` ← concept id (characters an XML id cannot hold are
  written as ``_xHHHH_``); ``<descrip type="subjectField">`` ← subject;
  ``<admin type="source">`` ← source; ``<note>`` ← note.
* ``<langSec xml:lang>`` per language; ``<termSec id>`` per term, in order,
  with ``partOfSpeech``, ``administrativeStatus`` (preferred / admitted /
  deprecated ``Term-admn-sts``) and ``termType`` (``fullForm`` for a term
  another one abbreviates, ``acronym`` or ``abbreviation`` for the short form,
  which also carries ``<ref type="crossReference" target=…>`` to its full form).
* each context as ``<descripGrp><descrip type="context">snippet</descrip>
  <admin type="source">document</admin><note>hexalign:unit=…</note></descripGrp>``.
* values TBX-Basic has no data category for go into ``<note>`` elements
  starting ``hexalign:`` — ``hexalign:confidence=…`` (concept),
  ``hexalign:frequency=…``, ``hexalign:pos=…`` (a part of speech outside the
  TBX picklist, written as ``other``), ``hexalign:abbreviation-of=…`` (full
  form not among the entry's terms).

TBX files from other tools are read too: TBX v3 (``<tbx>``, DCA or DCT style)
and TBX v2 (``<martif>`` with ``termEntry`` / ``langSet`` / ``tig`` or
``ntig``). Definitions, transactions, images and term-level notes have no
place in :class:`~glossary.model.Entry` and are skipped.

CSV / TSV (one row per concept, UTF-8 with BOM so Excel opens it; the layout
memoQ and MultiTerm import: one column per language, alternatives in one cell
split by ``|``). Columns: ``concept, subject, note, source, confidence``, then
for each language ``L`` (UN languages first): ``L`` (first term, normally the
preferred one; on import, further ``|``-separated terms in this cell count as
variants), ``L_variants`` (the other terms), and in parallel to
``L`` + ``L_variants`` the per-term lists ``L_status``, ``L_pos``,
``L_frequency``, ``L_abbreviation_of`` (all ``|``-separated; ``\\|`` and
``\\\\`` escape a literal bar or backslash) and ``L_contexts`` (a JSON list,
per term, of ``[document, unit, snippet]`` triples). Only ``L`` columns are
required on import (the concept column may also be called ``id``,
``concept_id`` or ``Entry_ID``; language names such as ``English`` are
accepted for codes); missing lists take the defaults (first term preferred,
others admitted, noun, frequency 0).

Excel (.xlsx): the CSV layout on one sheet, ``terms``, every cell text; on import, the sheet ``terms`` or
else the first sheet, laid out as a CSV glossary (a terminologist's own sheet with columns "English",
"Chinese" … will do).

JSON: a list of entries, each ``{"concept", "subject", "note", "source",
"confidence", "terms": {lang: [{"text", "status", "pos", "frequency",
"abbreviation_of", "contexts": [{"document", "unit", "snippet"}]}]}}``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Union

from lxml import etree

from aligner.decoding import decode_table
from aligner.errors import GlossaryError, InputError
from aligner.model import UN_LANGUAGES, un_language
from aligner.xlsx import put_row
from glossary.model import Context, Entry, Term

TBX_NS = "urn:iso:std:iso:30042:ed-2"
#: Namespaces of TBX v3 drafts that some tools still write.
_TBX_NAMESPACES = (TBX_NS, "urn:iso:std:iso:30042:ed:3.0")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: term status in hexalign → TBX-Basic administrativeStatus value.
STATUS_TO_TBX: dict[str, str] = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
}
#: TBX-Basic picklists (TBX-Basic dialect 1.2 schematron).
TBX_PICKLISTS: dict[str, frozenset[str]] = {
    "administrativeStatus": frozenset(
        {"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"}
    ),
    "partOfSpeech": frozenset({"noun", "verb", "adjective", "adverb", "other"}),
    "termType": frozenset({"fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"}),
    "grammaticalGender": frozenset({"masculine", "feminine", "neuter", "other"}),
    "transactionType": frozenset({"origination", "modification"}),
}
#: Data categories TBX-Basic allows on each DCA meta element.
TBX_TYPES: dict[str, frozenset[str]] = {
    "admin": frozenset({"source", "customerSubset", "projectSubset"}),
    "descrip": frozenset({"context", "definition", "subjectField"}),
    "termNote": frozenset(
        {"administrativeStatus", "grammaticalGender", "geographicalUsage", "partOfSpeech", "termLocation", "termType"}
    ),
    "ref": frozenset({"crossReference"}),
    "xref": frozenset({"externalCrossReference", "xGraphic"}),
    "transac": frozenset({"transactionType"}),
    "transacNote": frozenset({"responsibility"}),
}
#: Levels (parent elements, a ``…Grp`` wrapper looked through) where a data category may appear.
TBX_LEVELS: dict[str, frozenset[str]] = {
    "subjectField": frozenset({"conceptEntry"}),
    "definition": frozenset({"conceptEntry", "langSec"}),
    "context": frozenset({"termSec"}),
    "source": frozenset({"conceptEntry", "langSec", "termSec"}),
    "customerSubset": frozenset({"conceptEntry", "termSec"}),
    "projectSubset": frozenset({"conceptEntry", "termSec"}),
    "crossReference": frozenset({"conceptEntry", "termSec"}),
    "xGraphic": frozenset({"conceptEntry", "langSec"}),
}
_AUX_INFO = frozenset({"admin", "adminGrp", "descrip", "descripGrp", "note", "ref", "transacGrp", "xref"})

_NOTE_PREFIX = "hexalign:"
_CSV_SEPARATOR = "|"
_TERM_LISTS = ("status", "pos", "frequency", "abbreviation_of")
_CSV_ENTRY_COLUMNS = ("concept", "subject", "note", "source", "confidence")
_TERM_COLUMN_SUFFIXES = ("variants", *_TERM_LISTS, "contexts")
#: Headers accepted for the concept id column (MultiTerm and memoQ exports name it differently).
_CONCEPT_COLUMNS = ("concept", "id", "concept_id", "entry_id")
#: Language names some tools put in CSV headers instead of codes.
_LANGUAGE_NAMES = {
    "arabic": "ar", "chinese": "zh", "english": "en", "french": "fr", "russian": "ru", "spanish": "es",
}
_LANG_CODE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*$")


# ---------------------------------------------------------------------------
# JSON


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    """``entry`` as plain JSON-ready data (the JSON glossary layout)."""
    return {
        "concept": entry.concept,
        "subject": entry.subject,
        "note": entry.note,
        "source": entry.source,
        "confidence": entry.confidence,
        "terms": {
            lang: [
                {
                    "text": term.text,
                    "status": term.status,
                    "pos": term.pos,
                    "frequency": term.frequency,
                    "abbreviation_of": term.abbreviation_of,
                    "contexts": [
                        {"document": c.document, "unit": c.unit, "snippet": c.snippet} for c in term.contexts
                    ],
                }
                for term in terms
            ]
            for lang, terms in entry.terms.items()
        },
    }


def entry_from_dict(data: Mapping[str, Any]) -> Entry:
    """The entry described by ``data`` (as written by :func:`entry_to_dict`); GlossaryError if malformed."""
    try:
        concept = _text(data["concept"], "concept")
        terms: dict[str, tuple[Term, ...]] = {}
        for tag, items in dict(data.get("terms") or {}).items():
            lang = language_code(str(tag))
            terms[lang] = terms.get(lang, ()) + tuple(
                Term(
                    text=_text(item["text"], "term text"),
                    lang=lang,
                    frequency=int(item.get("frequency", 0)),
                    status=_status(str(item.get("status", "preferred"))),
                    pos=str(item.get("pos", "noun")),
                    abbreviation_of=str(item.get("abbreviation_of", "")),
                    contexts=tuple(
                        Context(document=str(c.get("document", "")), unit=str(c.get("unit", "")),
                                snippet=str(c.get("snippet", "")))
                        for c in item.get("contexts") or ()
                    ),
                )
                for item in items
            )
        return Entry(
            concept=concept,
            terms=terms,
            confidence=float(data.get("confidence", 0.0)),
            source=str(data.get("source", "imported")),
            note=str(data.get("note", "")),
            subject=str(data.get("subject", "")),
        )
    except GlossaryError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GlossaryError(f"malformed glossary entry {dict(data).get('concept', '?')!r}: {exc!r}") from exc


def write_json(entries: Iterable[Entry]) -> str:
    """The JSON glossary text of ``entries`` (UTF-8, non-ASCII kept as is)."""
    return json.dumps([entry_to_dict(e) for e in entries], ensure_ascii=False, indent=2) + "\n"


def read_json(source: Union[str, Path]) -> list[Entry]:
    """Entries from a JSON glossary file."""
    text = _read_text(source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GlossaryError(f"{source}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise GlossaryError(f"{source}: a JSON glossary is a list of entry objects")
    return [entry_from_dict(item) for item in data]


# ---------------------------------------------------------------------------
# CSV / TSV


def _ordered_languages(entries: Iterable[Entry]) -> list[str]:
    present: dict[str, None] = {}
    for entry in entries:
        for lang in entry.languages:
            present.setdefault(lang, None)
    return [lang for lang in UN_LANGUAGES if lang in present] + sorted(set(present) - set(UN_LANGUAGES))


def _join(values: Iterable[str]) -> str:
    return _CSV_SEPARATOR.join(v.replace("\\", "\\\\").replace("|", "\\|") for v in values)


def _split(cell: str) -> list[str]:
    """Inverse of :func:`_join`: split on unescaped bars, trim spaces around pieces."""
    pieces: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, "\\"))
        elif ch == _CSV_SEPARATOR:
            pieces.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    pieces.append("".join(current).strip())
    return pieces


def csv_columns(entries: Iterable[Entry]) -> list[str]:
    """The header row :func:`write_csv` writes for ``entries``."""
    columns = list(_CSV_ENTRY_COLUMNS)
    for lang in _ordered_languages(entries):
        columns += [lang, f"{lang}_variants"] + [f"{lang}_{name}" for name in _TERM_LISTS] + [f"{lang}_contexts"]
    return columns


def write_csv(entries: Iterable[Entry], *, delimiter: str = ",") -> str:
    """``entries`` as CSV (or TSV with ``delimiter="\\t"``), one row per concept, starting with a UTF-8 BOM."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(_table(list(entries)))
    return "\ufeff" + buffer.getvalue()


def _table(entries: list[Entry]) -> list[list[str]]:
    """The header row of :func:`csv_columns`, then one row per entry, every cell a string."""
    languages = _ordered_languages(entries)
    rows = [csv_columns(entries)]
    for entry in entries:
        row = [entry.concept, entry.subject, entry.note, entry.source, repr(float(entry.confidence))]
        for lang in languages:
            terms = entry.terms.get(lang, ())
            if not terms:
                row += [""] * 7
                continue
            row += [
                _join([terms[0].text]),
                _join(t.text for t in terms[1:]),
                _join(t.status for t in terms),
                _join(t.pos for t in terms),
                _join(str(t.frequency) for t in terms),
                _join(t.abbreviation_of for t in terms) if any(t.abbreviation_of for t in terms) else "",
                json.dumps([[[c.document, c.unit, c.snippet] for c in t.contexts] for t in terms], ensure_ascii=False)
                if any(t.contexts for t in terms)
                else "",
            ]
        rows.append(row)
    return rows


def _sniff_delimiter(header: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    counts = {d: header.count(d) for d in (",", "\t", ";")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _language_of(column: str) -> str | None:
    name = column.strip()
    if name.lower() in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[name.lower()]
    if name.lower() == "id" or any(name.endswith(f"_{suffix}") for suffix in _TERM_COLUMN_SUFFIXES):
        return None
    if _LANG_CODE.match(name) and name.lower() not in _CSV_ENTRY_COLUMNS:
        return language_code(name)
    return None


def language_code(tag: str) -> str:
    """The language code a glossary file's tag stands for: one of the six UN languages by its first subtag ("EN-US",
    "zh-Hans", "zh_CN" → "en", "zh", "zh", as hexalign works with them), another language's tag as written."""
    return un_language(tag) or tag.strip().replace("_", "-")


def read_csv(source: Union[str, Path], *, delimiter: str | None = None) -> list[Entry]:
    """Entries from a CSV/TSV glossary (layout of :func:`write_csv`; only language columns are required)."""
    text = _read_text(source)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise GlossaryError(f"{source}: empty glossary file (expected a header row such as concept,en,fr)")
    delimiter = delimiter or _sniff_delimiter(lines[0], Path(str(source)).suffix.lower())
    return _entries_from_rows(list(csv.reader(io.StringIO(text), delimiter=delimiter)), source)


def _entries_from_rows(rows: list[list[str]], source: Union[str, Path]) -> list[Entry]:
    """Entries from the rows of a table whose first row names its columns (see :func:`csv_columns`)."""
    header = [cell.strip() for cell in rows[0]]
    languages = {i: lang for i, name in enumerate(header) if (lang := _language_of(name))}
    if not languages:
        raise GlossaryError(f"{source}: no language column in header {header[:8]} (expected codes such as en, zh, fr)")
    index = {name: i for i, name in enumerate(header)}
    concept_column = next((name for name in header if name.lower() in _CONCEPT_COLUMNS), "concept")
    entries: list[Entry] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = lambda name: row[index[name]] if name in index and index[name] < len(row) else ""  # noqa: E731
        terms: dict[str, tuple[Term, ...]] = {}
        for position, lang in languages.items():
            column = header[position]
            first = _split(row[position]) if position < len(row) else []
            variants = _split(cell(f"{column}_variants")) if cell(f"{column}_variants") else []
            forms = [form for form in first + variants if form]
            if not forms:
                continue
            terms[lang] = terms.get(lang, ()) + _csv_terms(forms, lang, column, cell, f"{source}: row {number}")
        concept = cell(concept_column).strip() or f"row-{number}"
        try:
            confidence = float(cell("confidence") or 0.0)
        except ValueError as exc:
            raise GlossaryError(f"{source}: row {number}: confidence {cell('confidence')!r} is not a number") from exc
        entries.append(
            Entry(
                concept=concept,
                terms=terms,
                confidence=confidence,
                source=cell("source") or "imported",
                note=cell("note"),
                subject=cell("subject"),
            )
        )
    return entries


def _csv_terms(forms: list[str], lang: str, column: str, cell, where: str) -> tuple[Term, ...]:
    def listed(name: str, default: list[str]) -> list[str]:
        raw = cell(f"{column}_{name}")
        if not raw:
            return default
        values = _split(raw)
        if len(values) != len(forms):
            raise GlossaryError(f"{where}: {column}_{name} has {len(values)} values for {len(forms)} {lang} terms")
        return values

    statuses = [_status(s) for s in listed("status", ["preferred"] + ["admitted"] * (len(forms) - 1))]
    pos = listed("pos", ["noun"] * len(forms))
    try:
        frequency = [int(f or 0) for f in listed("frequency", ["0"] * len(forms))]
    except ValueError as exc:
        raise GlossaryError(f"{where}: {column}_frequency must hold whole numbers") from exc
    abbreviation_of = listed("abbreviation_of", [""] * len(forms))
    contexts: list[tuple[Context, ...]] = [()] * len(forms)
    raw_contexts = cell(f"{column}_contexts")
    if raw_contexts:
        try:
            data = json.loads(raw_contexts)
            contexts = [tuple(Context(str(d), str(u), str(s)) for d, u, s in per_term) for per_term in data]
        except (json.JSONDecodeError, TypeError, ValueError) as exc:
            raise GlossaryError(f"{where}: {column}_contexts is not a JSON list of [document, unit, snippet]") from exc
        if len(contexts) != len(forms):
            raise GlossaryError(f"{where}: {column}_contexts has {len(contexts)} lists for {len(forms)} {lang} terms")
    return tuple(
        Term(text=text, lang=lang, frequency=frequency[i], status=statuses[i], pos=pos[i] or "noun",
             abbreviation_of=abbreviation_of[i], contexts=contexts[i])
        for i, text in enumerate(forms)
    )


# ---------------------------------------------------------------------------
# Excel


def write_xlsx(entries: Iterable[Entry]) -> bytes:
    """``entries`` as an Excel workbook: one sheet, ``terms``, with the columns of :func:`write_csv`, its header row
    bold, frozen and filtered."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    rows = _table(list(entries))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "terms"
    for number, row in enumerate(rows, start=1):
        for cell in put_row(sheet, number, row):
            if number == 1:
                cell.font = Font(bold=True)
    for column, name in enumerate(rows[0], start=1):
        sheet.column_dimensions[get_column_letter(column)].width = 40 if _language_of(name) else 14
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(rows[0]))}{len(rows)}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def read_xlsx(source: Union[str, Path]) -> list[Entry]:
    """Entries from an Excel glossary: its sheet ``terms`` (else its first sheet), laid out as a CSV glossary (see
    :func:`read_csv`): a header row naming the language columns ("en", "zh" or "English", "Chinese" …), then one
    row per concept."""
    rows = xlsx_rows(source)
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
    if not rows:
        raise GlossaryError(f"{source}: empty glossary sheet (expected a header row such as concept, en, fr)")
    return _entries_from_rows(rows, source)


def xlsx_rows(source: Union[str, Path]) -> list[list[str]]:
    """The rows of an Excel file's sheet ``terms`` (else its first sheet), every cell as text."""
    from openpyxl import load_workbook

    data = _read_bytes(source)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:  # (openpyxl raises many kinds for a file that is no workbook)
        raise InputError(f"{source}: not a readable Excel (.xlsx) file: {err}") from None
    sheet = workbook["terms"] if "terms" in workbook.sheetnames else workbook.worksheets[0]
    rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def _cell_text(value: Any) -> str:
    """A cell's value as the text a CSV file would hold (1.0 as "1", an empty cell as "")."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------------------
# TBX


def _xml_id(value: str) -> str:
    """``value`` made a valid XML id, reversibly: disallowed characters (and a leading digit) become ``_xHHHH_``."""
    out: list[str] = []
    for i, ch in enumerate(value):
        allowed = ch.isalpha() or ch == "_" if i == 0 else ch.isalnum() or ch in "-._"
        if ch == "_" and re.match(r"_x[0-9A-F]{4,6}_", value[i:]):
            allowed = False
        out.append(ch if allowed else f"_x{ord(ch):04X}_")
    return "".join(out)


def _from_xml_id(value: str) -> str:
    return re.sub(r"_x([0-9A-F]{4,6})_", lambda m: chr(int(m.group(1), 16)), value)


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{TBX_NS}}}{tag}")
    for name, value in attributes.items():
        element.set(XML_LANG if name == "lang" else name, value)
    if text is not None:
        element.text = text
    return element


def _short_form_type(term: Term) -> str:
    letters = [ch for ch in term.text if ch.isalpha()]
    return "acronym" if letters and all(ch.isupper() for ch in letters) and len(letters) >= 2 else "abbreviation"


def write_tbx(entries: Iterable[Entry], *, title: str = "hexalign glossary", lang: str = "en") -> bytes:
    """``entries`` as a TBX-Basic (ISO 30042:2019, DCA style) document, UTF-8 bytes.

    GlossaryError if there is nothing to write (TBX needs at least one
    concept) or two entries share a concept id.
    """
    entries = list(entries)
    if not entries:
        raise GlossaryError("nothing to export: the glossary is empty (TBX needs at least one concept)")
    root = etree.Element(f"{{{TBX_NS}}}tbx", nsmap={None: TBX_NS})
    root.set("type", "TBX-Basic")
    root.set("style", "dca")
    root.set(XML_LANG, lang)
    header = _sub(root, "tbxHeader")
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", title)
    _sub(_sub(file_desc, "sourceDesc"), "p", "Exported by hexalign")
    body = _sub(_sub(root, "text"), "body")
    concept_ids = [_xml_id(entry.concept) for entry in entries]
    used_ids = set(concept_ids)
    if len(used_ids) < len(concept_ids):
        twice = next(e.concept for e, i in zip(entries, concept_ids) if concept_ids.count(i) > 1)
        raise GlossaryError(f"two glossary entries share the concept id {twice!r}")
    for entry, concept_id in zip(entries, concept_ids):
        _write_concept(body, entry, concept_id, used_ids)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _write_concept(body: etree._Element, entry: Entry, concept_id: str, used_ids: set[str]) -> None:
    if not entry.languages:
        raise GlossaryError(f"glossary entry {entry.concept!r} has no terms (TBX needs at least one)")
    concept = _sub(body, "conceptEntry", id=concept_id)
    if entry.subject:
        _sub(concept, "descrip", entry.subject, type="subjectField")
    if entry.source:
        _sub(concept, "admin", entry.source, type="source")
    if entry.note:
        _sub(concept, "note", entry.note)
    if entry.confidence:
        _sub(concept, "note", f"{_NOTE_PREFIX}confidence={float(entry.confidence)!r}")
    for lang in entry.languages:
        terms = entry.terms[lang]
        lang_sec = _sub(concept, "langSec", lang=lang)
        ids: dict[str, str] = {}
        for number, term in enumerate(terms, start=1):
            term_id = _xml_id(f"{entry.concept}-{lang}-{number}")
            while term_id in used_ids:
                term_id += "_"
            used_ids.add(term_id)
            ids.setdefault(term.text, term_id)
        full_forms = {t.abbreviation_of for t in terms if t.abbreviation_of}
        for term in terms:
            _write_term(lang_sec, term, ids, full_forms)


def _write_term(lang_sec: etree._Element, term: Term, ids: dict[str, str], full_forms: set[str]) -> None:
    term_sec = _sub(lang_sec, "termSec", id=ids[term.text])
    _sub(term_sec, "term", term.text)
    pos = term.pos if term.pos in TBX_PICKLISTS["partOfSpeech"] else "other"
    _sub(term_sec, "termNote", pos, type="partOfSpeech")
    if term.status not in STATUS_TO_TBX:
        raise GlossaryError(f"term {term.text!r} has unknown status {term.status!r} (preferred, admitted or deprecated)")
    _sub(term_sec, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
    if term.abbreviation_of:
        _sub(term_sec, "termNote", _short_form_type(term), type="termType")
    elif term.text in full_forms:
        _sub(term_sec, "termNote", "fullForm", type="termType")
    for context in term.contexts:
        group = _sub(term_sec, "descripGrp")
        _sub(group, "descrip", context.snippet, type="context")
        if context.document:
            _sub(group, "admin", context.document, type="source")
        if context.unit:
            _sub(group, "note", f"{_NOTE_PREFIX}unit={context.unit}")
    if term.abbreviation_of and term.abbreviation_of in ids and term.abbreviation_of != term.text:
        _sub(term_sec, "ref", term.abbreviation_of, type="crossReference", target=ids[term.abbreviation_of])
    elif term.abbreviation_of:
        _sub(term_sec, "note", f"{_NOTE_PREFIX}abbreviation-of={term.abbreviation_of}")
    if term.pos != pos:
        _sub(term_sec, "note", f"{_NOTE_PREFIX}pos={term.pos}")
    if term.frequency:
        _sub(term_sec, "note", f"{_NOTE_PREFIX}frequency={int(term.frequency)}")


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _category(element: etree._Element) -> str:
    """The data category an element carries: its ``type`` (DCA) or, for DCT elements, its own name."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    namespace, _, local = tag[1:].rpartition("}") if tag.startswith("{") else ("", "", tag)
    if namespace in _TBX_NAMESPACES or not namespace:
        return "note" if local == "note" else element.get("type", "")
    return local


def _content(element: etree._Element) -> str:
    """Text of ``element``; line breaks followed by indentation (pretty-printing) become one space."""
    return re.sub(r"\s*\n[ \t]+", " ", "".join(element.itertext())).strip()


def _items(parent: etree._Element) -> list[etree._Element]:
    """Child data elements of ``parent``, with ``…Grp`` wrappers opened (their first member stands for them)."""
    items: list[etree._Element] = []
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        name = _local(child)
        if name.endswith("Grp") and name != "termGrp":
            members = [c for c in child if isinstance(c.tag, str)]
            if members:
                items.append(members[0])
        else:
            items.append(child)
    return items


def _hexalign_notes(elements: Iterable[etree._Element]) -> tuple[dict[str, str], list[str]]:
    marked: dict[str, str] = {}
    plain: list[str] = []
    for element in elements:
        text = "".join(element.itertext()).strip()
        if text.startswith(_NOTE_PREFIX) and "=" in text:
            key, value = text[len(_NOTE_PREFIX):].split("=", 1)
            marked[key] = value
        else:
            plain.append("".join(element.itertext()))
    return marked, plain


def _status(value: str, *, strict: bool = True) -> str:
    """hexalign status for a TBX administrativeStatus value or a plain status word.

    Other TBX administrative statuses (``legalTerm-admn-sts`` …) count as
    admitted unless ``strict``, which refuses them.
    """
    word = value.strip().lower()
    if word.startswith(("preferred", "standardized")):
        return "preferred"
    if word.startswith(("deprecated", "superseded", "forbidden", "obsolete")):
        return "deprecated"
    if word.startswith("admitted") or word in ("", "variant") or not strict:
        return "admitted"
    raise GlossaryError(f"unknown term status {value!r} (preferred, admitted or deprecated)")


def read_tbx(source: Union[str, Path, bytes]) -> list[Entry]:
    """Entries from a TBX file or its bytes: TBX-Basic v3 (``<tbx>``) or TBX v2 (``<martif>``)."""
    data = source if isinstance(source, bytes) else _read_bytes(source)
    name = "TBX data" if isinstance(source, bytes) else str(source)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise GlossaryError(f"{name}: not well-formed XML ({exc.msg}, line {exc.lineno})") from exc
    if _local(root) not in ("tbx", "martif"):
        raise GlossaryError(f"{name}: not a TBX file (root element <{_local(root)}>, expected <tbx> or <martif>)")
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, element in enumerate(
        (e for e in root.iter() if _local(e) in ("conceptEntry", "termEntry")), start=1
    ):
        entry = _read_concept(element, number, name)
        if entry.concept in seen:
            raise GlossaryError(f"{name}: concept id {entry.concept!r} is used twice")
        seen.add(entry.concept)
        entries.append(entry)
    return entries


def _read_concept(element: etree._Element, number: int, name: str) -> Entry:
    concept = _from_xml_id(element.get("id", "")) or f"c{number}"
    items = _items(element)
    subject = next((_content(i) for i in items if _category(i) == "subjectField"), "")
    source = next((_content(i) for i in items if _category(i) == "source"), "")
    marked, notes = _hexalign_notes(i for i in items if _category(i) == "note")
    terms: dict[str, tuple[Term, ...]] = {}
    for lang_sec in (c for c in element if _local(c) in ("langSec", "langSet")):
        tag = lang_sec.get(XML_LANG) or lang_sec.get("lang")
        if not tag:
            raise GlossaryError(f"{name}: concept {concept!r} has a language section without xml:lang")
        lang = language_code(tag)
        forms = _read_lang_section(lang_sec, lang, name)
        if forms:
            terms[lang] = terms.get(lang, ()) + forms
    try:
        confidence = float(marked.get("confidence", 0.0))
    except ValueError as exc:
        raise GlossaryError(f"{name}: concept {concept!r} has a bad confidence note") from exc
    return Entry(
        concept=concept,
        terms=terms,
        confidence=confidence,
        source=source or "imported",
        note="\n".join(notes),
        subject=subject,
    )


def _read_lang_section(lang_sec: etree._Element, lang: str, name: str) -> tuple[Term, ...]:
    sections = [c for c in lang_sec if _local(c) in ("termSec", "tig", "ntig")]
    ids: dict[str, str] = {}
    parsed: list[dict[str, Any]] = []
    for section in sections:
        holder = next((c for c in section if _local(c) == "termGrp"), section)  # ntig keeps term + notes in termGrp
        term_element = next((c for c in holder if _local(c) == "term"), None)
        if term_element is None:
            continue
        text = _content(term_element)
        if not text:
            continue
        for element_id in (section.get("id"), term_element.get("id"), holder.get("id")):
            if element_id:
                ids[element_id] = text
        items = [(i, _category(i)) for i in _items(holder) + (_items(section) if holder is not section else [])]
        values = {c: _content(i) for i, c in items if c in TBX_TYPES["termNote"]}
        marked, _plain = _hexalign_notes(i for i, c in items if c == "note" and i.getparent() in (section, holder))
        reference = next((i for i, c in items if c == "crossReference"), None)
        parsed.append(
            {
                "text": text,
                "values": values,
                "marked": marked,
                "reference": (reference.get("target"), _content(reference)) if reference is not None else None,
                "contexts": tuple(_read_context(group) for group in _context_elements(section)),
            }
        )
    explicit_preferred = any(_status(p["values"]["administrativeStatus"], strict=False) == "preferred"
                             for p in parsed if p["values"].get("administrativeStatus"))
    full_form = next((p["text"] for p in parsed if p["values"].get("termType") == "fullForm"), "")
    terms: list[Term] = []
    for index, item in enumerate(parsed):
        values, marked = item["values"], item["marked"]
        if values.get("administrativeStatus"):
            status = _status(values["administrativeStatus"], strict=False)
        else:
            status = "preferred" if index == 0 and not explicit_preferred else "admitted"
        abbreviation_of = marked.get("abbreviation-of", "")
        if item["reference"] is not None:
            target, label = item["reference"]
            abbreviation_of = ids.get(target or "", label)
        elif not abbreviation_of and values.get("termType") in ("acronym", "abbreviation", "shortForm"):
            abbreviation_of = full_form or next(
                (p["text"] for p in parsed if p is not item and p["values"].get("termType") not in
                 ("acronym", "abbreviation", "shortForm")), ""
            )
        try:
            frequency = int(marked.get("frequency", 0))
        except ValueError as exc:
            raise GlossaryError(f"{name}: term {item['text']!r} has a bad frequency note") from exc
        terms.append(
            Term(
                text=item["text"],
                lang=lang,
                frequency=frequency,
                status=status,
                pos=marked.get("pos") or values.get("partOfSpeech") or "noun",
                abbreviation_of=abbreviation_of,
                contexts=item["contexts"],
            )
        )
    return tuple(terms)


def _context_elements(section: etree._Element) -> list[etree._Element]:
    """The context descrips of a term section, each with its group wrapper when it has one."""
    found: list[etree._Element] = []
    for child in section.iter():
        if _category(child) == "context" and _local(child) != "descripGrp":
            parent = child.getparent()
            found.append(parent if _local(parent).endswith("Grp") and parent is not section else child)
    return found


def _read_context(element: etree._Element) -> Context:
    if _category(element) == "context":
        return Context(document="", unit="", snippet=_content(element))
    members = [c for c in element if isinstance(c.tag, str)]
    snippet = next((_content(c) for c in members if _category(c) == "context"), "")
    document = next((_content(c) for c in members if _category(c) == "source"), "")
    marked, _plain = _hexalign_notes(c for c in members if _category(c) == "note")
    return Context(document=document, unit=marked.get("unit", ""), snippet=snippet)


def validate_tbx(data: bytes) -> list[str]:
    """Problems that keep ``data`` from being valid TBX-Basic (DCA); an empty list means none found.

    Checks: well-formedness; the ``tbx`` root in the ISO 30042:2019
    namespace with ``type="TBX-Basic"``, ``style="dca"`` and ``xml:lang``;
    header with a source description; at least one concept; no foreign
    elements; element order and nesting (conceptEntry → langSec → termSec →
    term first); ``xml:lang`` on every langSec; data-category types allowed
    per element and per level; picklist values; unique ids and resolvable
    cross-references.
    """
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        return [f"not well-formed: {exc.msg}"]
    problems: list[str] = []
    if root.tag != f"{{{TBX_NS}}}tbx":
        return [f"root element is {root.tag}, expected {{{TBX_NS}}}tbx"]
    for attribute, expected in (("type", "TBX-Basic"), ("style", "dca")):
        if root.get(attribute) != expected:
            problems.append(f"tbx/@{attribute} is {root.get(attribute)!r}, expected {expected!r}")
    if not root.get(XML_LANG):
        problems.append("tbx has no xml:lang")
    ids: dict[str, int] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace != TBX_NS:
            problems.append(f"element {element.tag} is outside the TBX namespace (DCT elements are not allowed in DCA)")
        if element.get("id") is not None:
            ids[element.get("id")] = ids.get(element.get("id"), 0) + 1
    problems += [f"id {value!r} is used {count} times" for value, count in ids.items() if count > 1]
    problems += [f"id {value!r} is not a valid XML name" for value in ids if not re.match(r"^[^\W\d][\w.\-]*$", value)]
    children = [_local(c) for c in root]
    if children != ["tbxHeader", "text"]:
        problems.append(f"tbx must hold tbxHeader then text, found {children}")
    if root.find(f"{{{TBX_NS}}}tbxHeader/{{{TBX_NS}}}fileDesc/{{{TBX_NS}}}sourceDesc/{{{TBX_NS}}}p") is None:
        problems.append("tbxHeader/fileDesc needs a sourceDesc with at least one p")
    body = root.find(f"{{{TBX_NS}}}text/{{{TBX_NS}}}body")
    if body is None or not len(body):
        problems.append("text/body must hold at least one conceptEntry")
    else:
        for concept in body:
            problems += _validate_section(concept, "conceptEntry", "langSec")
            if not concept.get("id"):
                problems.append("a conceptEntry has no id")
            for lang_sec in concept.findall(f"{{{TBX_NS}}}langSec"):
                if not lang_sec.get(XML_LANG):
                    problems.append(f"a langSec in {concept.get('id')!r} has no xml:lang")
                problems += _validate_section(lang_sec, "langSec", "termSec")
                for term_sec in lang_sec.findall(f"{{{TBX_NS}}}termSec"):
                    problems += _validate_term_section(term_sec)
    for element in root.iter(*(f"{{{TBX_NS}}}{name}" for name in TBX_TYPES)):
        problems += _validate_category(element, ids)
    return problems


def _validate_section(element: etree._Element, name: str, child: str) -> list[str]:
    problems: list[str] = []
    names = [_local(c) for c in element if isinstance(c.tag, str)]
    if _local(element) != name:
        return [f"expected {name}, found {_local(element)}"]
    if child not in names:
        problems.append(f"{name} {element.get('id') or element.get(XML_LANG)!r} has no {child}")
    first = names.index(child) if child in names else len(names)
    problems += [f"{name} may not hold {n}" for n in names[:first] if n not in _AUX_INFO]
    problems += [f"{name}: {n} after a {child}" for n in names[first:] if n != child]
    return problems


def _validate_term_section(term_sec: etree._Element) -> list[str]:
    names = [_local(c) for c in term_sec if isinstance(c.tag, str)]
    if not names or names[0] != "term":
        return [f"termSec {term_sec.get('id')!r} must start with term"]
    problems: list[str] = []
    rest = names[1:]
    notes_end = next((i for i, n in enumerate(rest) if n not in ("termNote", "termNoteGrp")), len(rest))
    problems += [f"termSec {term_sec.get('id')!r} may not hold {n}" for n in rest[notes_end:] if n not in _AUX_INFO]
    return problems


def _validate_category(element: etree._Element, ids: dict[str, int]) -> list[str]:
    name = _local(element)
    category = element.get("type", "")
    if category not in TBX_TYPES[name]:
        return [f"<{name} type={category!r}> is not a TBX-Basic data category"]
    problems: list[str] = []
    value = "".join(element.itertext())
    if category in TBX_PICKLISTS and value not in TBX_PICKLISTS[category]:
        problems.append(f"{category} value {value!r} is not in the TBX-Basic picklist")
    parent = element.getparent()
    level = _local(parent)
    if level.endswith("Grp") and level != name + "Grp" or level == name + "Grp":
        level = _local(parent.getparent())
    if name == "termNote" and level != "termSec":
        problems.append(f"termNote {category} at {level} level (only termSec)")
    if category in TBX_LEVELS and level not in TBX_LEVELS[category]:
        problems.append(f"{category} at {level} level (allowed: {', '.join(sorted(TBX_LEVELS[category]))})")
    if name == "ref" and element.get("target") not in ids:
        problems.append(f"crossReference target {element.get('target')!r} is not an id in the file")
    if name == "xref" and not re.match(r"https?://.+", element.get("target", "")):
        problems.append(f"xref target {element.get('target')!r} is not an http(s) URI")
    return problems


# ---------------------------------------------------------------------------
# dispatch and file access


#: Glossary file extensions and their readers.
READERS = {".tbx": read_tbx, ".csv": read_csv, ".tsv": read_csv, ".json": read_json, ".xlsx": read_xlsx}


def read_glossary(path: Union[str, Path]) -> list[Entry]:
    """Entries from a glossary file, its format chosen by extension (.tbx, .csv, .tsv, .json, .xlsx)."""
    target = Path(path)
    reader = READERS.get(target.suffix.lower())
    if reader is None:
        raise InputError(f"{target}: unknown glossary format {target.suffix or '(no extension)'!r} "
                         "(use .tbx, .csv, .tsv, .json or .xlsx)")
    return reader(target)


def write_glossary(entries: Iterable[Entry], fmt: str) -> bytes:
    """``entries`` in format ``fmt`` (tbx, csv, tsv, json, xlsx) as the bytes to write."""
    if fmt == "tbx":
        return write_tbx(entries)
    if fmt == "xlsx":
        return write_xlsx(entries)
    if fmt == "csv":
        return write_csv(entries).encode("utf-8")
    if fmt == "tsv":
        return write_csv(entries, delimiter="\t").encode("utf-8")
    if fmt == "json":
        return write_json(entries).encode("utf-8")
    raise GlossaryError(f"unknown glossary format {fmt!r} (use tbx, csv, tsv, json or xlsx)")


def _read_bytes(path: Union[str, Path]) -> bytes:
    target = Path(path)
    try:
        data = target.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{target}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{target}: is a folder, not a glossary file") from exc
    except OSError as exc:
        raise InputError(f"{target}: cannot read ({exc.strerror})") from exc
    if not data.strip():
        raise InputError(f"{target}: empty file")
    return data


def _read_text(path: Union[str, Path]) -> str:
    return decode_table(_read_bytes(path), source=str(path))


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise GlossaryError(f"glossary entry has an empty or non-text {what}")
    return value
