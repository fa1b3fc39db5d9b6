"""Exceptions raised by the library; the CLI turns them into one-line messages."""

from __future__ import annotations


class HexalignError(ValueError):
    """Base class of every error hexalign reports to the user."""


class InputError(HexalignError):
    """A file the user gave cannot be used (missing, empty, binary, undecodable …)."""


class AlignError(HexalignError):
    """Documents cannot be aligned as asked."""


class GlossaryError(HexalignError):
    """A glossary, termbase or reference list cannot be read or written."""
