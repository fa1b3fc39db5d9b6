"""``hexalign glossary``: build, search, look up contexts, show, export and import the termbase."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import click
from tabulate import tabulate

from aligner.model import UN_LANGUAGES
from cli.common import LANGUAGE_TAG, HexalignGroup, document_files, emit, parse_file, refuse_overwriting
from glossary.model import Entry

if TYPE_CHECKING:
    from glossary.termbase import Termbase

DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Termbase file (default: $HEXALIGN_DB, else $XDG_DATA_HOME/hexalign/termbase.sqlite,"
    " else ~/.local/share/hexalign/termbase.sqlite).",
)
EXPORT_FORMATS = ("tbx", "csv", "tsv", "json", "xlsx")


@click.group(cls=HexalignGroup)
def glossary() -> None:
    """Keep a terminology glossary: build it from documents, look terms up, exchange it as TBX/CSV/JSON."""



def _store(entries, db: Optional[str], what: str) -> None:
    """Upsert ``entries`` into the termbase and report the counts on stderr (``what`` names the action)."""
    with _open(db, create=True) as termbase:
        stats = termbase.upsert(entries)
        path, size = termbase.path, len(termbase)
    click.echo(
        f"{what.format(total=stats.total)} {path}: {stats.added} added, {stats.updated} updated,"
        f" {stats.unchanged} unchanged ({size} entries in all)",
        err=True,
    )


def _open(db: Optional[str], *, create: bool) -> "Termbase":
    from glossary.termbase import open_termbase

    return open_termbase(db, create=create)


def _preferred_summary(entry: Entry, skip: str = "") -> str:
    parts = []
    for lang in entry.languages:
        if lang != skip:
            term = entry.preferred(lang)
            parts.append(f"{lang}: {term.text}" if term else "")
    return "; ".join(p for p in parts if p)


@glossary.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--reference", type=click.Path(dir_okay=False), default=None,
              help="Reference term list (.tsv, .csv, .xlsx or .tbx) whose preferred terms win (default: the shipped "
                   "UNTOC list).")
@click.option("--no-reference", is_flag=True, help="Use no reference list at all.")
@click.option("--min-freq", type=click.IntRange(min=1), default=2, show_default=True,
              help="Keep a term pair seen at least this many times.")
@click.option("--pivot", type=click.Choice(UN_LANGUAGES), default=None,
              help="Language the other versions are paired with (default: zh if given, else en, else the first).")
@DB_OPTION
def build(files: tuple[str, ...], reference: Optional[str], no_reference: bool, min_freq: int, pivot: Optional[str],
          db: Optional[str]) -> None:
    """Extract a glossary from FILES (language versions of the same documents) into the termbase.

    The versions of each document are aligned sentence by sentence first;
    terms are paired across the aligned sentences. A TMX file (a translation
    memory) among FILES gives its translation units as they are aligned.
    Entries are stored by concept id: building again from the same files
    changes nothing, and an entry found again replaces the stored one.
    """
    from aligner.align import align_documents
    from aligner.errors import GlossaryError
    from aligner.readers import read_document
    from aligner.render import alignment_from_tmx
    from aligner.segment import segment
    from glossary.build import build_glossary, document_versions, load_reference, without_boilerplate

    if reference and no_reference:
        raise GlossaryError("give either --reference FILE or --no-reference, not both")
    files = document_files(files)
    memories = [parse_file(file, alignment_from_tmx) for file in files if Path(file).suffix.lower() == ".tmx"]
    documents = [segment(read_document(file)) for file in files if Path(file).suffix.lower() != ".tmx"]
    languages = {doc.lang for doc in documents} | {lang for memory in memories for lang in memory.languages}
    pivot = pivot or next(lang for lang in ("zh", "en", *UN_LANGUAGES) if lang in languages)
    references = None if no_reference else load_reference(reference)
    alignments = memories + [
        without_boilerplate(align_documents(group, pivot=pivot, level="sentence", glossary=references or ()), group)
        for group in document_versions(documents)
        if len(group) > 1
    ]
    entries = build_glossary(alignments=alignments, reference=references, min_freq=min_freq, pivot=pivot)
    _store(entries, db, f"built {{total}} entries from {len(files)} files into")


@glossary.command()
@click.argument("query")
@click.option("--lang", type=LANGUAGE_TAG, default=None, help="Only terms in this language (code such as zh, en, ar).")
@click.option("--mode", type=click.Choice(["all", "exact", "prefix", "contains", "fuzzy"]), default="all",
              show_default=True, help="Kind of match.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@DB_OPTION
def search(query: str, lang: Optional[str], mode: str, limit: int, fmt: str, db: Optional[str]) -> None:
    """Look up QUERY among the termbase's terms (any language; Traditional Chinese finds Simplified)."""
    with _open(db, create=False) as termbase:
        hits = termbase.search(query, lang=lang, mode=mode, limit=limit)  # type: ignore[arg-type]
        ids = {hit.concept: termbase.row_id(hit.concept) for hit in hits}
    if fmt == "json":
        from glossary.formats import entry_to_dict

        data = [
            {"id": ids[h.concept], "concept": h.concept, "lang": h.lang, "term": h.text, "status": h.status,
             "match": h.match, "score": h.score, "entry": entry_to_dict(h.entry)}
            for h in hits
        ]
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
        return
    if not hits:
        click.echo(f"no term matches {query!r}", err=True)
        return
    rows = [
        [ids[h.concept], h.concept, h.lang, h.text, h.status, h.match, f"{h.score:.0f}", _preferred_summary(h.entry, h.lang)]
        for h in hits
    ]
    emit(tabulate(rows, headers=["id", "concept", "lang", "term", "status", "match", "score", "equivalents"]) + "\n", None)


@glossary.command()
@click.argument("query")
@click.option("--lang", type=LANGUAGE_TAG, default=None, help="Only contexts of terms in this language.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@DB_OPTION
def concordance(query: str, lang: Optional[str], limit: int, fmt: str, db: Optional[str]) -> None:
    """Stored contexts (document, unit, snippet) that contain QUERY."""
    with _open(db, create=False) as termbase:
        contexts = termbase.concordance(query, lang=lang, limit=limit)
    if fmt == "json":
        data = [{"document": c.document, "unit": c.unit, "snippet": c.snippet} for c in contexts]
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    elif contexts:
        emit(tabulate([[c.document, c.unit, c.snippet] for c in contexts], headers=["document", "unit", "context"]) + "\n", None)
    else:
        click.echo(f"no stored context contains {query!r}", err=True)


@glossary.command()
@click.argument("concept")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@DB_OPTION
def show(concept: str, fmt: str, db: Optional[str]) -> None:
    """Show one entry: CONCEPT is its concept id or the number in the search table's id column."""
    from aligner.errors import GlossaryError
    from glossary.formats import entry_to_dict

    with _open(db, create=False) as termbase:
        entry = termbase.get(concept)
    if entry is None:
        raise GlossaryError(f"no entry {concept!r} in the termbase (search for a term to find its id)")
    if fmt == "json":
        emit(json.dumps(entry_to_dict(entry), ensure_ascii=False, indent=2) + "\n", None)
        return
    emit(_entry_table(entry), None)


def _entry_table(entry: Entry) -> str:
    lines = [f"concept:    {entry.concept}"]
    for label, value in (("subject", entry.subject), ("source", entry.source), ("note", entry.note)):
        if value:
            lines.append(f"{label + ':':<11} {value}")
    lines.append(f"confidence: {entry.confidence:.2f}")
    rows = [
        [lang, term.text, term.status, term.pos, term.frequency, term.abbreviation_of, len(term.contexts)]
        for lang in entry.languages
        for term in entry.terms[lang]
    ]
    lines += ["", tabulate(rows, headers=["lang", "term", "status", "pos", "freq", "short form of", "contexts"])]
    contexts = [(lang, term, c) for lang in entry.languages for term in entry.terms[lang] for c in term.contexts]
    if contexts:
        lines += ["", "contexts:"]
        lines += [f"  [{lang}] {c.document} {c.unit}: {c.snippet}" for lang, _term, c in contexts]
    return "\n".join(lines) + "\n"


@glossary.command(name="export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Output format (default: from the extension of -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Output file (text formats go to the terminal without it).")
@click.option("--lang", "langs", type=LANGUAGE_TAG, multiple=True, help="Keep only these languages (repeat the option).")
@DB_OPTION
def export_(fmt: Optional[str], output: Optional[str], langs: tuple[str, ...], db: Optional[str]) -> None:
    """Write the termbase as TBX-Basic, CSV, TSV, JSON or Excel (.xlsx)."""
    from aligner.errors import GlossaryError
    from glossary.formats import write_glossary

    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".") if output else ""
        if suffix not in EXPORT_FORMATS:
            raise GlossaryError("give --format (tbx, csv, tsv, json or xlsx) or an output file with one of those extensions")
        fmt = suffix
    with _open(db, create=False) as termbase:
        refuse_overwriting(output, [str(termbase.path)])
        entries = termbase.entries()
    if langs:
        entries = _restricted(entries, langs)
    if not entries:
        raise GlossaryError("nothing to export: no entry has terms in the chosen languages")
    data = write_glossary(entries, fmt)
    emit(data if fmt in ("tbx", "xlsx") else data.decode("utf-8"), output)
    if output:
        click.echo(f"exported {len(entries)} entries to {output}", err=True)


def _restricted(entries: list[Entry], langs: tuple[str, ...]) -> list[Entry]:
    kept = []
    for entry in entries:
        terms = {lang: entry.terms[lang] for lang in entry.languages if lang in langs}
        if terms:
            kept.append(Entry(entry.concept, terms, entry.confidence, entry.source, entry.note, entry.subject))
    return kept


@glossary.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@DB_OPTION
def import_(file: str, db: Optional[str]) -> None:
    """Add the entries of a TBX, CSV, TSV, JSON or Excel (.xlsx) glossary FILE to the termbase (same concept id:
    replaced)."""
    from glossary.formats import read_glossary

    entries = read_glossary(file)
    _store(entries, db, "imported {total} entries into")
