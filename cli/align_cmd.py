"""``hexalign align`` and ``hexalign score-align``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from cli.common import UN_LANGUAGE, UN_LANGUAGE_LIST, document_files, emit, parse_file, read_given, refuse_overwriting

FORMATS = ("table", "json", "tsv", "tmx", "html", "xlsx", "align")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--pivot", type=UN_LANGUAGE, default="zh", show_default=True,
              help="Language every other version is aligned to (the first file's when absent).")
@click.option("--level", type=click.Choice(["unit", "sentence"]), default="unit", show_default=True)
@click.option("--presplit", is_flag=True, help="Files hold one sentence per line: align the lines (two files).")
@click.option("--langs", type=UN_LANGUAGE_LIST, default=None, help="Languages of FILES in order (detected when not given).")
@click.option("--glossary", "glossary_file", type=click.Path(dir_okay=False), default=None,
              help="A glossary (TBX, CSV, TSV, JSON, Excel) whose term pairs count as dictionary evidence.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (needed for tmx and xlsx).")
def align(files: tuple[str, ...], pivot: str, level: str, presplit: bool, langs: Optional[tuple[str, ...]],
          glossary_file: Optional[str], fmt: str, output: Optional[str]) -> None:
    """Align language versions of one document: two files, or up to six through a pivot.

    Units (paragraphs, recommendations, footnotes) are paired by structure and
    checked by length, numbers and dictionary evidence; the paragraphs of
    texts without UN structure are aligned as sentences are. --level sentence
    aligns the sentences inside each unit pair. One .xlsx file written by
    --format xlsx, reviewed (texts corrected, rows deleted), or one TMX file
    is written again in the chosen format: a reviewed alignment to TMX, a
    translation memory to a review workbook.
    """
    from aligner.align import align_documents, align_presplit, lexicon_for
    from aligner.errors import AlignError
    from aligner.render import BINARY_FORMATS, alignment_from_tmx, alignment_from_xlsx, render
    from aligner.segment import segment

    files = document_files(files)
    refuse_overwriting(output, (*files, glossary_file), fmt if fmt in BINARY_FORMATS else "")
    suffix = Path(files[0]).suffix.lower()
    if len(files) == 1 and suffix in (".xlsx", ".tmx"):
        alignment = parse_file(files[0], alignment_from_xlsx if suffix == ".xlsx" else alignment_from_tmx)
        emit(render(alignment, fmt), output)
        return
    written = next((f for f in files if Path(f).suffix.lower() in (".xlsx", ".tmx")), None)
    if written is not None:  # (its XML would otherwise be read as a document's text)
        raise AlignError(f"{written} is an alignment already: give it alone to write it in another format, "
                         "not with documents to align")
    languages = _languages(langs, len(files))
    docs = [read_given(f, lang) for f, lang in zip(files, languages)]
    glossary = _read_glossary(glossary_file)
    if presplit:
        if len(docs) != 2:
            raise AlignError("--presplit aligns exactly two files")
        src, tgt = docs
        alignment = align_presplit(
            _lines(src.text), _lines(tgt.text), src.lang, tgt.lang,
            lexicon=lexicon_for(src.lang, tgt.lang, glossary),
            names={src.lang: src.path or "", tgt.lang: tgt.path or ""},
        )
    else:
        if fmt == "align":
            raise AlignError("the .align format needs --presplit (its ids are line numbers)")
        alignment = align_documents([segment(d) for d in docs], pivot=pivot, level=level, glossary=glossary)
    emit(render(alignment, fmt), output)


@click.command("score-align")
@click.argument("system_dir", type=click.Path(file_okay=False))
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--join-within-gold", is_flag=True,
              help="Join the system beads that fall inside one gold bead first (gold coarser than sentences, "
                   "such as a verse alignment).")
def score_align(system_dir: str, gold_dir: str, fmt: str, join_within_gold: bool) -> None:
    """Strict and lax precision, recall and F1 of the .align files in SYSTEM_DIR against GOLD_DIR.

    Files are matched by name; the measures are those of Vecalign's scorer.
    """
    import dataclasses
    import json

    from tabulate import tabulate

    from aligner.scoring import score_alignments

    scores = score_alignments(Path(system_dir), Path(gold_dir), join_within_gold=join_within_gold)
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(scores), indent=2))
        return
    rows = [
        ("strict", scores.precision_strict, scores.recall_strict, scores.f1_strict),
        ("lax", scores.precision_lax, scores.recall_lax, scores.f1_lax),
    ]
    click.echo(tabulate(rows, headers=("", "precision", "recall", "F1"), floatfmt=".3f"))


def _languages(langs: Optional[tuple[str, ...]], count: int) -> list[Optional[str]]:
    from aligner.errors import InputError

    if not langs:
        return [None] * count
    if len(langs) != count:
        raise InputError(f"--langs names {len(langs)} language(s) for {count} file(s)")
    return list(langs)


def _read_glossary(path: Optional[str]) -> list:
    if not path:
        return []
    from glossary.formats import read_glossary

    return read_glossary(path)


def _lines(text: str) -> list[str]:
    """The lines of a --presplit file, blank ones kept so that ids are the file's line numbers."""
    return [line.strip() for line in text.split("\n")]
