"""``hexalign check``: consistency report on documents and their language versions."""

from __future__ import annotations

from typing import Optional

import click

from cli.common import UN_LANGUAGE, document_files, emit, read_given, refuse_overwriting

FAIL_ON = ("error", "warning", "never")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--reference", "reference_path", type=click.Path(dir_okay=False),
              help="Reference glossary (.tsv, .csv, .xlsx or .tbx); the shipped UNTOC list by default.")
@click.option("--no-reference", is_flag=True, help="Check without a reference glossary.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), help="Termbase whose entries join the terms compared.")
@click.option("--rules", "rule_ids", default=None, help="Comma-separated rule ids to run (all by default).")
@click.option("--lang", type=UN_LANGUAGE, default=None, help="Language of the files; detected when not given.")
@click.option("--pivot", type=UN_LANGUAGE, default="zh", show_default=True,
              help="Version the others are compared with.")
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json", "html", "xlsx"]), default="table",
              show_default=True, help="Report format (xlsx needs -o FILE).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to FILE instead of the terminal.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="error", show_default=True,
              help="Exit with status 1 when a finding is at least this severe.")
@click.option("--against", "against_paths", multiple=True, type=click.Path(),
              help="Check each of FILES on its own with this version (repeatable): drafts against one reference translation.")
@click.option("--fast", is_flag=True,
              help="Join versions with identical unit ids on their ids instead of aligning them, and do not extract term candidates.")
def check(files: tuple[str, ...], reference_path: Optional[str], no_reference: bool, db_path: Optional[str],
          rule_ids: Optional[str], lang: Optional[str], pivot: str, fmt: str, output: Optional[str], fail_on: str,
          against_paths: tuple[str, ...], fast: bool) -> None:
    """Check FILES for inconsistent terms, numbers, structure and typography.

    FILES may be several documents in one language, the language versions of
    one document, or both; versions are recognised and aligned automatically.
    With --against, each of FILES is checked on its own together with the
    --against versions (read and analysed once), as if checked alone with them.
    Exit status: 0 clean, 1 a finding reaches --fail-on, 2 bad input.
    """
    from aligner.errors import HexalignError
    from aligner.readers import read_document
    from aligner.segment import segment
    from glossary.checks.report import RENDERERS
    from glossary.checks.runner import check_each, merge_results, resolve_rules, run_checks
    from glossary.reference import load_reference

    if no_reference and reference_path:
        raise HexalignError("give either --reference or --no-reference, not both")
    files, against_paths = document_files(files), document_files(against_paths)
    refuse_overwriting(output, (*files, *against_paths, reference_path, db_path), fmt if fmt == "xlsx" else "")
    rules = resolve_rules(rule_ids.split(",")) if rule_ids is not None else None
    reference = [] if no_reference else load_reference(reference_path)
    glossary = []
    if db_path:
        from glossary.termbase import open_termbase

        with open_termbase(db_path, create=False) as termbase:
            glossary = termbase.entries()
    options = dict(reference=reference, glossary=glossary, rules=rules, pivot=pivot,
                   extract=not fast, alignment="structure" if fast else "full")
    if against_paths:
        against = [segment(read_document(path)) for path in against_paths]
        drafts = (segment(read_given(path, lang)) for path in files)
        result = merge_results(list(check_each(drafts, against, **options)))
    else:
        result = run_checks([segment(read_given(path, lang)) for path in files], **options)
    emit(RENDERERS[fmt](list(result.findings), result.context), output)
    if fail_on != "never" and result.reaches(fail_on):
        raise SystemExit(1)
