"""Reference term lists: the shipped UNTOC list, a user's TSV/CSV table, or a TBX file.

A table has a header row with one column per language code (``zh``, ``en``,
``fr``, ``es``, ``ru``, ``ar``; regional tags such as ``zh-CN`` or ``en-GB``
count as their language) and may have ``id``/``concept``, ``note``,
``subject`` and ``source`` columns. A cell may hold several terms separated by
``;`` or ``|``: the first is the preferred term, the others admitted variants.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Optional, Union

from aligner.decoding import decode_table
from aligner.errors import GlossaryError, InputError
from aligner.model import un_language
from glossary.model import Entry, Term

#: The reference list shipped with hexalign: official UNTOC/UN terms in six languages.
SHIPPED_REFERENCE = Path(__file__).resolve().parent / "data" / "untoc-terms.tsv"

_ID_COLUMNS = ("id", "concept", "concept_id", "entry")
_SEPARATORS = re.compile(r"\s*[;|]\s*")


def load_reference(path: Union[str, Path, None] = None) -> list[Entry]:
    """Entries of a reference list: ``None`` gives the shipped UNTOC list; ``.tsv``/``.csv``/``.xlsx``/``.tbx`` files
    are read."""
    file = Path(path) if path is not None else SHIPPED_REFERENCE
    suffix = file.suffix.lower()
    if suffix == ".tbx":
        return _read_tbx(file)
    if suffix == ".xlsx":
        from glossary.formats import xlsx_rows

        try:
            rows = xlsx_rows(file)
        except InputError as error:
            raise GlossaryError(f"reference list: {error}") from None
        return term_table_entries(rows, source=str(file))
    if suffix not in (".tsv", ".csv", ".txt"):
        raise GlossaryError(f"cannot read reference list {file}: use a .tsv, .csv, .xlsx or .tbx file")
    return read_term_table(file)


def _read_tbx(file: Path) -> list[Entry]:
    try:
        from glossary.formats import read_tbx
    except ImportError:
        raise GlossaryError(f"cannot read {file}: TBX reading is not available in this installation") from None
    return list(read_tbx(file))


def read_term_table(path: Union[str, Path]) -> list[Entry]:
    """Entries of a TSV or CSV table with one column per language (``.csv`` comma, otherwise tab separated)."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise GlossaryError(f"reference list {file} does not exist") from None
    except OSError as error:
        raise GlossaryError(f"cannot read reference list {file}: {error.strerror or error}") from None
    try:
        text = decode_table(data, source=f"reference list {file}")
    except InputError as error:
        raise GlossaryError(str(error)) from None
    return parse_term_table(text, delimiter="," if file.suffix.lower() == ".csv" else "\t", source=str(file))


def parse_term_table(text: str, *, delimiter: str = "\t", source: str = "the reference list") -> list[Entry]:
    """Entries of a term table given as text (see the module description for the columns)."""
    return term_table_entries(list(csv.reader(io.StringIO(text), delimiter=delimiter)), source=source)


def term_table_entries(rows: list[list[str]], *, source: str = "the reference list") -> list[Entry]:
    """Entries of a term table given as rows of cells, the first naming the columns."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise GlossaryError(f"{source} is empty")
    header = [cell.strip().lower() for cell in rows[0]]
    columns: dict[int, str] = {}
    for number, name in enumerate(header):
        lang = un_language(name)
        if lang and lang not in columns.values():
            columns[number] = lang
    if not columns:
        raise GlossaryError(f"{source} has no language column (header needs codes such as zh, en, fr, es, ru, ar)")
    id_column = _column(header, _ID_COLUMNS)
    note_column = _column(header, ("note", "notes", "comment"))
    subject_column = _column(header, ("subject", "domain"))
    source_column = _column(header, ("source",))
    entries = []
    used: set[str] = set()
    for line, row in enumerate(rows[1:], start=2):
        terms: dict[str, tuple[Term, ...]] = {}
        for number, lang in columns.items():
            cell = row[number].strip() if number < len(row) else ""
            forms = [f for f in _SEPARATORS.split(cell) if f] if cell else []
            if forms:
                terms[lang] = tuple(Term(form, lang, status="preferred" if k == 0 else "admitted")
                                    for k, form in enumerate(forms))
        if not terms:
            continue
        concept = _cell(row, id_column) or _concept_from(terms, line)
        if concept in used:
            raise GlossaryError(f"{source}, line {line}: concept id {concept!r} is used twice")
        used.add(concept)
        note = _cell(row, note_column)
        origin = _cell(row, source_column)
        if origin:
            note = f"{note} (source: {origin})" if note else f"source: {origin}"
        entries.append(Entry(concept=concept, terms=terms, confidence=1.0, source="reference",
                             note=note, subject=_cell(row, subject_column)))
    if not entries:
        raise GlossaryError(f"{source} has a header but no terms")
    return entries


def _column(header: list[str], names: tuple[str, ...]) -> Optional[int]:
    for number, name in enumerate(header):
        if name in names:
            return number
    return None


def _cell(row: list[str], column: Optional[int]) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _concept_from(terms: dict[str, tuple[Term, ...]], line: int) -> str:
    name = terms["en"][0].text if "en" in terms else next(iter(terms.values()))[0].text
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-")
    return slug or f"line-{line}"
