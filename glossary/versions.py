"""Which files are language versions of the same document.

Versions are recognised by their names (the same name once the language code
is left out: ``res-11-1.zh.txt`` and ``res-11-1.en.txt``, ``untoc/zh.txt`` and
``untoc/en.txt``, ``zh/res-11-1.txt`` and ``en/res-11-1.txt``) or, when a name
has no language code, or the only name is a folder's (``untoc/zh.txt`` and
``downloads/en.pdf``), by their structure: at least :data:`SAME_STRUCTURE` of
their structural unit ids shared. A document has at most one version per
language.
"""

from __future__ import annotations

import re
from typing import Sequence

from aligner.model import Segmentation

#: Share of structural unit ids two documents must have in common to be taken as versions of one document.
SAME_STRUCTURE = 0.8

_FILE_TYPES = frozenset({"txt", "text", "docx", "doc", "odt", "rtf", "pdf", "html", "htm", "xml", "md", "tmx", "xliff"})


def group_versions(docs: Sequence[Segmentation]) -> list[list[Segmentation]]:
    """Documents grouped as language versions of one document, in the order given.

    A document joins the first group it is a version of (by name, else by
    structure) that has no version in its language yet; otherwise it starts a
    group of its own.
    """
    groups: list[list[Segmentation]] = []
    for doc in docs:
        home = next((g for g in groups if _joins(doc, g)), None)
        if home is None:
            groups.append([doc])
        else:
            home.append(doc)
    return groups


def _joins(doc: Segmentation, group: list[Segmentation]) -> bool:
    if any(member.lang == doc.lang for member in group):
        return False
    first = group[0]
    stem, other = document_stem(doc), document_stem(first)
    if stem and other and (stem == other or not (_named_by_folder(doc) or _named_by_folder(first))):
        return stem == other
    return shared_structure(doc, first) >= SAME_STRUCTURE


def _named_by_folder(seg: Segmentation) -> bool:
    """Whether the file is named after its language only (``other/en.pdf``): its folder's name is weak evidence of
    which document it is, so versions in differently named folders are told by their structure."""
    folders = _path(seg)
    return bool(folders) and _words(folders[-1]) == [seg.lang]


def shared_structure(a: Segmentation, b: Segmentation) -> float:
    """Share of structural unit ids two documents have in common (0 for documents without UN structure)."""
    ids_a = {u.id for u in a.units if not u.id.startswith("p.")}
    ids_b = {u.id for u in b.units if not u.id.startswith("p.")}
    if not ids_a or not ids_b:
        return 0.0
    return len(ids_a & ids_b) / max(len(ids_a), len(ids_b))


def document_stem(seg: Segmentation) -> str:
    """The document's file name with its language code left out (``res-11-1.zh.txt`` → ``res-11-1``).

    A file named after its language only (``untoc/zh.txt``) takes its folder's
    name, a file in a folder named after its language (``zh/res-11-1.txt``)
    keeps its own; "" when neither the name nor its folder has the language code.
    """
    folders = _path(seg)
    if not folders:
        return ""
    parts = _words(folders[-1])
    kept = [p for p in parts if p != seg.lang]
    in_language_folder = len(folders) > 1 and folders[-2].lower() == seg.lang
    if len(kept) == len(parts) and not in_language_folder:
        return ""
    if not kept and len(folders) > 1:
        kept = _words(folders[-2])
    return "-".join(kept)


def _path(seg: Segmentation) -> list[str]:
    """The folders and file name of a document's path (else its name)."""
    return [part for part in (seg.document.path or seg.document.name or "").replace("\\", "/").split("/") if part]


def _words(part: str) -> list[str]:
    """The words of a file or folder name, lower-cased, without a file type ending it (``res-11-1.zh.txt``)."""
    found = [w.lower() for w in re.split(r"[._\-\s]+", part) if w]
    return found[:-1] if len(found) > 1 and found[-1] in _FILE_TYPES else found
