"""What a check reports: a finding a reviser can act on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Sequence, TypeVar

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


T = TypeVar("T")


@dataclass
class SharedWork:
    """Work on the documents several check runs have in common (the versions drafts are checked against), done once.

    Only the work on ``documents`` is remembered here (they are held here, so
    a document is recognised by identity, never by content); work on any other
    document is remembered by its run, when the run gives its memo (see
    :meth:`CheckContext.once`), and done afresh otherwise.
    """

    documents: Sequence["Segmentation"] = ()
    done: dict[tuple[str, int], Any] = field(default_factory=dict)

    def once(self, what: str, seg: "Segmentation", make: Callable[[], T], run: dict[Any, Any] | None = None) -> T:
        """``make()``, worked out once for each shared document, and once per run (remembered in ``run``) for the others."""
        if any(seg is d for d in self.documents):
            memo, key = self.done, (what, id(seg))
        elif run is not None:
            memo, key = run, (what, id(seg))  # the run holds its documents, so an id is one document's for the run
        else:
            return make()
        if key not in memo:
            memo[key] = make()
        return memo[key]

    def once_for(self, what: str, obj: object, make: Callable[[], T]) -> T:
        """``make()``, worked out once for ``obj`` (an input every run shares, such as the reference glossary)."""
        held = self.done.get((what, id(obj)))
        if held is None or held[0] is not obj:  # the object is held, so its id is not reused while remembered
            held = (obj, make())
            self.done[(what, id(obj))] = held
        return held[1]


@dataclass(frozen=True)
class CheckContext:
    """Everything a rule may look at.

    ``documents`` are the segmented files, in the order given; ``alignments``
    link versions of the same document (pivot first); ``reference`` is the
    reference glossary (its preferred terms win); ``glossary`` the termbase
    or extracted entries; ``shared`` the work done once on documents that
    several runs check against; ``scratch`` the work the rules of this run
    share (made by the first rule that needs it, gone with the context).
    """

    documents: tuple["Segmentation", ...]
    alignments: tuple["Alignment", ...] = ()
    reference: tuple["Entry", ...] = ()
    glossary: tuple["Entry", ...] = ()
    shared: SharedWork = field(default_factory=SharedWork, compare=False, repr=False)
    scratch: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def once(self, what: str, seg: "Segmentation", make: Callable[[], T]) -> T:
        """``make()`` for ``seg``, one of the documents: worked out once per run (once per batch for a shared one)."""
        return self.shared.once(what, seg, make, self.scratch)


@dataclass(frozen=True)
class Rule:
    """A registered check: id, default severity, one-line description, and the function."""

    id: str
    severity: str
    summary: str
    run: Callable[[CheckContext], "list[Finding]"]
