"""Terminology entries: one concept, its terms in each language, and the evidence for them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping


@dataclass(frozen=True)
class Context:
    """One place a term was seen: document name, unit id and a short snippet."""

    document: str
    unit: str
    snippet: str


@dataclass(frozen=True)
class Term:
    """A term in one language: the form, how often it was seen, and where."""

    text: str
    lang: str
    frequency: int = 0
    status: str = "preferred"  # preferred | admitted | deprecated (TBX-Basic administrativeStatus)
    pos: str = "noun"  # TBX-Basic partOfSpeech
    abbreviation_of: str = ""  # set when this term is the short form of another term
    contexts: tuple[Context, ...] = ()


@dataclass(frozen=True)
class Entry:
    """One concept with its terms per language.

    ``terms`` maps a language code to that language's terms, preferred term
    first, then admitted variants and short forms. ``source`` says where the
    equivalence comes from: ``reference`` (a reference glossary fixed it),
    ``extracted`` (found in the aligned text) or ``imported``.
    """

    concept: str
    terms: Mapping[str, tuple[Term, ...]]
    confidence: float = 0.0
    source: str = "extracted"
    note: str = ""
    subject: str = ""

    def preferred(self, lang: str) -> Term | None:
        terms = self.terms.get(lang, ())
        for term in terms:
            if term.status == "preferred":
                return term
        return terms[0] if terms else None

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, terms in self.terms.items() if terms)
