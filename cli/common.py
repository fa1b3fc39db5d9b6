"""What every hexalign command shares: error reporting, reading inputs, writing outputs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable, Optional, TypeVar, Union

import click

from aligner.errors import HexalignError
from aligner.io import atomic_write

T = TypeVar("T")

#: What click (8.2 and later) raises for a group called with no command, to show its help.
_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())

#: Exit code for bad input or a failed command (click uses 2 for usage errors too).
EXIT_BAD_INPUT = 2


class HexalignGroup(click.Group):
    """A click group that reports library errors and misused options as one line on stderr, never as a traceback."""

    def make_context(self, info_name, args, parent=None, **extra):  # noqa: D102 - click API
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as error:
            _misused(error)

    def invoke(self, ctx: click.Context):  # noqa: D102 - click API
        try:
            return super().invoke(ctx)
        except click.UsageError as error:
            _misused(error)
        except HexalignError as error:
            _fail(str(error))
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            _fail(f"{where}{error.strerror or error}")
        except KeyboardInterrupt:
            click.echo("hexalign: interrupted", err=True)
            sys.exit(130)


class UNLanguage(click.ParamType):
    """One of the six UN languages, given by its code in any case or by a regional tag (ZH, zh-CN, en_GB, fr-FR)."""

    name = "language"

    def convert(self, value, param, ctx):  # noqa: D102 - click API
        from aligner.model import UN_LANGUAGES, un_language

        code = un_language(str(value))
        if code is None:
            self.fail(f"{value!r} is not one of the six UN languages ({', '.join(UN_LANGUAGES)})", param, ctx)
        return code

    def get_metavar(self, param, ctx=None) -> str:  # noqa: D102 - click API
        from aligner.model import UN_LANGUAGES

        return f"[{'|'.join(UN_LANGUAGES)}]"


#: The ``--lang`` and ``--pivot`` options' type.
UN_LANGUAGE = UNLanguage()


class UNLanguageList(click.ParamType):
    """UN languages separated by commas ("zh,en,FR-fr"), each as :class:`UNLanguage` takes it, as a tuple of codes."""

    name = "languages"

    def convert(self, value, param, ctx):  # noqa: D102 - click API
        from aligner.model import UN_LANGUAGES, un_language

        if isinstance(value, tuple):
            return value
        given = [part.strip() for part in str(value).split(",")]
        unknown = [part for part in given if un_language(part) is None]
        if unknown:
            self.fail(f"{', '.join(map(repr, unknown))} not among the six UN languages ({', '.join(UN_LANGUAGES)})",
                      param, ctx)
        return tuple(un_language(part) for part in given)

    def get_metavar(self, param, ctx=None) -> str:  # noqa: D102 - click API
        return "xx,yy"


#: The ``--langs`` option's type.
UN_LANGUAGE_LIST = UNLanguageList()


class LanguageTag(click.ParamType):
    """A termbase's language: a UN language by its code in any case or a regional tag (ZH, zh-CN), as stored on
    import; another language's tag as written."""

    name = "language"

    def convert(self, value, param, ctx):  # noqa: D102 - click API
        from glossary.formats import language_code

        return language_code(str(value))


#: The glossary commands' ``--lang`` type.
LANGUAGE_TAG = LanguageTag()


def _fail(message: str) -> None:
    click.echo(f"hexalign: error: {message}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def _misused(error: click.UsageError) -> None:
    """A command given wrong arguments or options: the error, and where its help is, in one line (a group given no
    command shows its help, as click does)."""
    if isinstance(error, _NO_ARGS_IS_HELP):
        raise error
    where = f"; see '{error.ctx.command_path} --help'" if error.ctx is not None else ""
    _fail(f"{error.format_message().rstrip('.')}{where}")


def document_files(paths: Iterable[str]) -> tuple[str, ...]:
    """``paths`` with each folder replaced by the documents in it (the files hexalign reads, by name ending, in
    name order; not its subfolders); InputError for a folder with none."""
    from aligner.errors import InputError
    from aligner.readers import DOCUMENT_TYPES, SUFFIXES

    files: list[str] = []
    for given in paths:
        folder = Path(given)
        if not folder.is_dir():
            files.append(given)
            continue
        found = sorted(str(item) for item in folder.iterdir() if item.is_file() and not item.name.startswith(".")
                       and item.suffix and item.suffix.lower() in SUFFIXES)
        if not found:
            raise InputError(f"{given} is a folder with no document in it ({', '.join(DOCUMENT_TYPES)})")
        files += found
    return tuple(files)


#: Scripts as messages name them (a language given for a text in another script is a mistake).
_SCRIPT_NAMES = {"han": "Chinese", "arabic": "Arabic", "cyrillic": "Cyrillic", "latin": "Latin"}


def read_given(path: str, lang: Optional[str] = None):
    """The document ``path`` (:func:`aligner.readers.read_document`); where ``lang`` is given for a text written
    in another language's script (``--lang zh`` for an English file), a one-line warning on stderr, as its
    units will be cut by the wrong rules."""
    from aligner.errors import InputError
    from aligner.langid import LANGUAGE_SCRIPT, detect_language
    from aligner.readers import read_document

    document = read_document(path, lang=lang)
    if lang is not None:
        try:
            detected = detect_language(document.text)
        except InputError:
            return document
        script = LANGUAGE_SCRIPT[detected]
        if script != LANGUAGE_SCRIPT.get(lang):
            click.echo(f"hexalign: warning: {path} is given as {lang}, but its text is mostly in {_SCRIPT_NAMES[script]} "
                       f"script ({detected}?): it is cut by the rules of {lang}", err=True)
    return document


def parse_file(path: str, parse: Callable[[bytes], T]) -> T:
    """``parse`` of the bytes of the file ``path``; an error reading or parsing it names the file."""
    from aligner.errors import InputError

    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None
    try:
        return parse(data)
    except InputError as err:
        raise InputError(f"{path}: {err}") from None


def refuse_overwriting(path: Optional[str], inputs: Iterable[Optional[str]], binary: str = "") -> None:
    """Refuse (HexalignError) an output ``path`` that is one of a command's ``inputs``: an input is never
    overwritten; and output in a format written only to files (``binary``, its name) without an output file.
    Called before the work, so the refusal comes at once."""
    if binary and not path:
        raise click.UsageError(f"the {binary} format is written to a file: give an output file with -o FILE")
    if path:
        for given in inputs:
            if given and _same_file(Path(path), Path(given)):
                raise HexalignError(f"the output file {path} is one of the inputs ({given}): give another output file")


def _same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file (through links too, where both exist)."""
    try:
        return one.samefile(other)
    except OSError:  # (one of them does not exist yet)
        return one.resolve() == other.resolve()


def emit(output: Union[str, bytes], path: Optional[str]) -> None:
    """Write ``output`` to ``path`` atomically, or to stdout when no path is given."""
    if path:
        atomic_write(Path(path), output)
        return
    if isinstance(output, bytes):
        raise click.UsageError("this format is binary: give an output file with -o FILE")
    click.echo(output, nl=False)
