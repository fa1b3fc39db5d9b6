"""What a check reports: a finding a reviser can act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from aligner.model import Alignment, Segmentation
    from glossary.model import Entry

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Location:
    """Where a finding was seen: document (name or path), language, unit id, character span in the unit's text."""

    document: str
    lang: str
    unit: str = ""
    start: int = -1
    end: int = -1
    excerpt: str = ""


@dataclass(frozen=True)
class Finding:
    """One problem found by rule ``rule``.

    ``message`` is the one-line explanation; ``locations`` all places involved
    (the first is the offending one); ``evidence`` counts or forms that support
    it (e.g. ``{"主管机关": 3, "主管当局": 1}``); ``suggestion`` the fix.
    """

    rule: str
    severity: str
    message: str
    locations: tuple[Location, ...]
    suggestion: str = ""
    evidence: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CheckContext:
    """Everything a rule may look at.

    ``documents`` are the segmented files, in the order given; ``alignments``
    link versions of the same document (pivot first); ``reference`` is the
    reference glossary (its preferred terms win); ``glossary`` the termbase
    or extracted entries.
    """

    documents: tuple["Segmentation", ...]
    alignments: tuple["Alignment", ...] = ()
    reference: tuple["Entry", ...] = ()
    glossary: tuple["Entry", ...] = ()


@dataclass(frozen=True)
class Rule:
    """A registered check: id, default severity, one-line description, and the function."""

    id: str
    severity: str
    summary: str
    run: Callable[[CheckContext], "list[Finding]"]
