"""The objects that flow through hexalign: Document → Unit → Bead.

Every stage takes and returns these small immutable values; nothing here reads
files, prints or formats (see :mod:`aligner.readers` and :mod:`aligner.render`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

#: The six official languages of the United Nations, in UN order.
UN_LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")

#: Languages written right to left.
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})


def un_language(tag: str) -> str | None:
    """The UN language a language tag names by its first subtag ("zh-CN", "EN_us", "ar" → "zh", "en", "ar"); None
    for another language."""
    primary = tag.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in UN_LANGUAGES else None


@dataclass(frozen=True)
class Document:
    """One language version of a text, as read: raw characters, line ends as LF.

    ``text`` keeps every character of the source (full-width punctuation,
    superscripts, spacing); only CRLF/CR line ends are normalised.
    """

    text: str
    lang: str
    name: str = ""
    path: str | None = None
    encoding: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Anchor:
    """A language-independent token a translation must preserve.

    ``kind`` is one of ``number``, ``date``, ``time`` (time of day, ``15:00``),
    ``symbol`` (UN document symbol),
    ``resolution`` (resolution/decision number such as ``11/1``), ``article``
    (article reference, value like ``2(b)``), ``ordinal``, ``latin`` (a Latin-script token
    such as COVID-19 inside a non-Latin text) or ``marker`` (footnote marker).
    ``value`` is normalised so that equal anchors compare equal across
    languages (dates as ISO ``2021-03-25``, numbers without grouping).
    ``text`` is the surface form and ``start``/``end`` its offsets in the
    unit's clean text.
    """

    kind: str
    value: str
    text: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Footnote:
    """A footnote taken out of the running text (``fn.N``)."""

    id: str
    marker: str
    text: str
    line: int = 0


@dataclass(frozen=True)
class Unit:
    """One structural piece of a document: a paragraph, heading, recommendation …

    ``id`` is stable across language versions (``pp.3``, ``op.1``,
    ``annex1.k``, ``fn.2``). ``text`` is the clean text (page breaks repaired,
    footnote markers removed); ``raw`` the characters as they stood in the
    source, markers and line breaks included.
    """

    id: str
    kind: str
    text: str
    raw: str
    sentences: tuple[str, ...] = ()
    footnote_refs: tuple[str, ...] = ()
    anchors: tuple[Anchor, ...] = ()
    line: int = 0
    label: str = ""


@dataclass(frozen=True)
class Segmentation:
    """A document cut into its units, footnotes last (kind ``footnote``)."""

    document: Document
    units: tuple[Unit, ...]
    _by_id: dict[str, Unit] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def lang(self) -> str:
        return self.document.lang

    @property
    def footnotes(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.kind == "footnote")

    @property
    def body(self) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.kind != "footnote")

    def get(self, unit_id: str) -> Unit | None:
        """The unit with id ``unit_id`` (the first, should two share it), or None."""
        if not self._by_id:
            for unit in self.units:
                self._by_id.setdefault(unit.id, unit)
        return self._by_id.get(unit_id)


#: Flags a bead can carry.
FLAGS: tuple[str, ...] = (
    "missing-in-target",
    "missing-in-source",
    "low-confidence",
    "number-mismatch",
    "length-anomaly",
)


@dataclass(frozen=True)
class Bead:
    """An alignment link between language versions.

    ``ids`` maps each language to the unit ids (or sentence ids) it
    contributes; an empty tuple means the language has nothing here.
    ``texts`` holds the joined text per language. ``score`` is in [0, 1].
    """

    ids: Mapping[str, tuple[str, ...]]
    texts: Mapping[str, str]
    score: float
    flags: tuple[str, ...] = ()

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.ids)


@dataclass(frozen=True)
class Alignment:
    """The result of aligning two or more versions: languages in column order."""

    languages: tuple[str, ...]
    beads: tuple[Bead, ...]
    level: str = "unit"
    names: Mapping[str, str] = field(default_factory=dict)
