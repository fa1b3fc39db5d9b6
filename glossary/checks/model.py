"""What a check reports: a finding a reviser can act on."""

from __future__ import annotations

from dataclasses import dataclass

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
