"""Texts joined into one string, so that a pattern runs over all of them at once, and its hits mapped back.

Anchors, term forms and typographic marks are searched for in every unit of
a document. Running each pattern once over the units joined by a separator
(one that no pattern matches or looks across) finds what running it over
each unit would, in one call instead of one per unit.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Sequence


@dataclass(frozen=True)
class JoinedTexts:
    """``texts`` joined by ``separator`` into ``text``, and where each of them begins there."""

    text: str
    starts: tuple[int, ...]
    separator: str

    @classmethod
    def of(cls, texts: Sequence[str], separator: str) -> JoinedTexts:
        starts = tuple(accumulate((len(t) + len(separator) for t in texts[:-1]), initial=0))
        return cls(separator.join(texts), starts, separator)

    def which(self, at: int) -> int:
        """The index of the text holding offset ``at`` of the joined text."""
        return bisect_right(self.starts, at) - 1

    def bounds(self, index: int) -> tuple[int, int]:
        """Where text ``index`` begins and ends in the joined text."""
        following = index + 1
        end = self.starts[following] - len(self.separator) if following < len(self.starts) else len(self.text)
        return self.starts[index], end

    def local(self, start: int, end: int) -> tuple[int, int, int]:
        """A span of the joined text that lies within one text: that text's index, and the span in it."""
        index = bisect_right(self.starts, start) - 1
        offset = self.starts[index]
        return index, start - offset, end - offset
