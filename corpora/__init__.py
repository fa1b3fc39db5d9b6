"""Sample corpora shipped with hexalign, one folder per document, one file per language."""

from __future__ import annotations

from pathlib import Path

from aligner.errors import InputError
from aligner.model import UN_LANGUAGES, Document

ROOT = Path(__file__).resolve().parent


def available() -> list[str]:
    """Names of the bundled corpora."""
    return sorted(p.name for p in ROOT.iterdir() if p.is_dir() and any(p.glob("*.txt")))


def languages(name: str) -> list[str]:
    """Languages present in corpus ``name``, in UN order."""
    folder = _folder(name)
    present = {p.stem for p in folder.glob("*.txt")}
    return [lang for lang in UN_LANGUAGES if lang in present]


def path(name: str, lang: str) -> Path:
    """Path of one language version of a bundled corpus."""
    file = _folder(name) / f"{lang}.txt"
    if not file.is_file():
        raise InputError(f"corpus {name!r} has no {lang!r} version (it has: {', '.join(languages(name))})")
    return file


def load(name: str, lang: str) -> Document:
    """Read one language version of a bundled corpus as a :class:`Document`."""
    from aligner.readers import read_document

    doc = read_document(path(name, lang), lang=lang)
    return Document(
        text=doc.text,
        lang=lang,
        name=f"{name}/{lang}",
        path=doc.path,
        encoding=doc.encoding,
        meta={"corpus": name},
    )


def _folder(name: str) -> Path:
    folder = ROOT / name
    if not folder.is_dir() or folder.name != name or name.startswith((".", "_")):
        raise InputError(f"no bundled corpus named {name!r} (available: {', '.join(available())})")
    return folder
