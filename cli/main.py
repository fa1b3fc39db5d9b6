"""The ``hexalign`` command: a thin layer over the library."""

from __future__ import annotations

from typing import Optional

import click

from aligner import __version__
from cli.common import UN_LANGUAGE, HexalignGroup, document_files, emit, read_given, refuse_overwriting

LANG_OPTION = click.option(
    "--lang", type=UN_LANGUAGE, default=None, help="Language of the file(s); detected when not given."
)


@click.group(cls=HexalignGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="hexalign")
def main() -> None:
    """Segment, align, build glossaries from and check the six language versions of UN documents."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@LANG_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE instead of the terminal.")
def segment(files: tuple[str, ...], lang: Optional[str], fmt: str, output: Optional[str]) -> None:
    """Cut FILES into paragraphs, headings, recommendations and footnotes.

    FILES are plain text (any encoding), .docx, .doc, .rtf, .odt, .html or .pdf. With one
    file, lists its units; with several, prints one summary row per file
    (table format) or one JSON document per file (a JSON list).
    """
    from aligner.render_units import RENDERERS, segmentation_to_dict, summary_table
    from aligner.segment import segment as segment_document

    files = document_files(files)
    refuse_overwriting(output, files)
    segs = [segment_document(read_given(f, lang)) for f in files]
    if len(segs) == 1:
        emit(RENDERERS[fmt](segs[0]), output)
    elif fmt == "table":
        emit(summary_table(segs), output)
    elif fmt == "json":
        import json

        emit(json.dumps([segmentation_to_dict(s) for s in segs], ensure_ascii=False, indent=2) + "\n", output)
    else:
        emit("".join(RENDERERS["tsv"](s) for s in segs), output)


def _register() -> None:
    from cli.align_cmd import align, score_align
    from cli.check_cmd import check
    from cli.glossary_cmd import glossary

    main.add_command(align)
    main.add_command(score_align)
    main.add_command(glossary)
    main.add_command(check)


_register()

if __name__ == "__main__":
    main()
