"""Typography rules: punctuation, spacing, brackets and script, checked on the characters as published.

Every rule reads ``unit.raw`` (the source characters, footnote markers and
line breaks included), so the offsets of a finding's locations are offsets in
``unit.raw``. Footnote markers are superscript digits, which none of the rules
treat as digits or punctuation. A rule searches the whole document at once
(:class:`DocumentText`) and maps what it finds back to the units.

Decisions a reviser may want to know:

* ``zh-halfwidth-punct`` flags a half-width ``, ; : ? !`` only next to a Chinese
  character or Chinese punctuation (spaces skipped); never between two digits
  (``1,000``, ``10:30``), inside a Latin run or inside a URL or e-mail address.
  Half-width brackets around a list label or sub-paragraph letter (``(a)``,
  ``第 2 条(b)项``, ``(iv)``) are UN Chinese style and never flagged; around
  Chinese text they are flagged as a warning; around other Latin content next
  to Chinese characters (``病(COVID-19)大``) they are flagged as *info*, since
  UN Chinese usually writes full-width brackets there (``（COVID-19）``).
* ``zh-cjk-spacing`` compares, within one document, how often a Chinese
  character and an ASCII letter or digit are separated by one space and how
  often they touch, and reports the places written in the minority style (on
  a tie, the style used first in the document is taken as its style).
* ``zh-traditional`` converts each unit with OpenCC's phrase-aware ``t2s``
  table, so characters that stay in Simplified words (乾隆, 宫商角徵羽) are not
  flagged; it runs only on documents with more Simplified-only than
  Traditional-only characters.
* In French, a space or no-break space before ``; : ! ? »`` and after ``«`` is
  correct and never reported by ``space-before-punct``; its absence is reported
  as info by ``fr-spacing``.
* An unmatched ``)`` closing a list label or sub-paragraph letter (``a)``,
  ``article 2 b)``) is the French, Spanish and Russian label style, not an
  unbalanced bracket.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping

import numpy as np

from aligner.ideographs import misplaced_radicals
from aligner.joined import JoinedTexts
from aligner.model import Segmentation, Unit
from aligner.tokens import load_opencc, opens_quotations_with_right_mark
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.registry import rule

#: Characters of context shown on each side of an offending span.
EXCERPT_WIDTH = 15

#: Code point ranges [start, end) of the Han characters the rules look at (radicals among them: a text may hold
#: them for the characters they look like, see zh-radical).
HAN_RANGES: tuple[tuple[int, int], ...] = ((0x2E80, 0x2FE0), (0x3007, 0x3008), (0x3400, 0x4DC0), (0x4E00, 0xA000),
                                           (0xF900, 0xFB00), (0x20000, 0x31350))
_HAN = "".join(f"{chr(a)}-{chr(b - 1)}" for a, b in HAN_RANGES)
_HAN_CHAR = re.compile(f"[{_HAN}]")
#: Chinese punctuation that marks the surrounding text as Chinese (not the quotes “ ” shared with Latin text).
_CJK_PUNCT = set("，。、；：？！（）《》〈〉「」『』【】〔〕…—·")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
#: Letters and digits, with the marks that join them in a figure or symbol ("77/555", "3.5", "WG.2").
_FIGURE = re.compile(r"[A-Za-z0-9]*(?:[/.\-:][A-Za-z0-9]+)*")
_SPACES = " \u00a0\u202f\u2009\t"
_MASKED = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
#: The dot leaders of a table of contents ("Introduction . . . . . . 3", "导言 ........ 3"), which no rule looks at
#: either, nor at the space before them (nor at an ellipsis spaced out so: ". . .").
_LEADERS = re.compile(r"[ \u00a0\t]*(?:(?:[.·…‥．][ \u00a0]){2,}[.·…‥．]|[.·…‥．]{4,})")
_LEADER_STARTS = (". . .", "....", "……", "····", "．．．．", "‥‥")
#: A list label or sub-paragraph letter: "a", "iv", "12", Cyrillic "б", Arabic abjad "أ".
_LABEL_TEXT = r"(?:[A-Za-z]{1,2}|[ivxlcdmIVXLCDM]{1,6}|\d{1,3}|[а-яёА-ЯЁ]|[\u0621-\u064a]{1,2})"
_LABEL = re.compile(f"^{_LABEL_TEXT}$")

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_TO_HALF = {v: k for k, v in _HALF_TO_FULL.items()}
_ZH_PAIRS = (("《", "》"), ("〈", "〉"), ("“", "”"), ("‘", "’"), ("（", "）"), ("「", "」"), ("『", "』"), ("【", "】"), ("〔", "〕"))
_LATIN_PAIRS = (("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"))
#: Russian inner quotes „…“ close with the mark English opens with.
_RU_PAIRS = (("«", "»"), ("„", "“"), ("(", ")"), ("[", "]"))
#: UN Arabic opens a quotation with ” and closes it with “ (”…“).
_AR_PAIRS = (("”", "“"), ("«", "»"), ("(", ")"), ("[", "]"))
#: The opening marks of quotations (not brackets), which may run over several paragraphs.
_QUOTE_OPENINGS = frozenset("“«„”「『‘")
#: Paragraphs a quotation may run over with no mark between its opening and its close.
_QUOTED_PARAGRAPHS = 40
_AR_TO_LATIN = {",": "،", ";": "؛", "?": "؟"}


def _base_lang(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].lower()


def _document_name(seg: Segmentation) -> str:
    return seg.document.name or seg.document.path or seg.document.lang


def _each_document(check: Callable[[DocumentText], list[Finding]]) -> Callable[[CheckContext], list[Finding]]:
    """A rule made of ``check`` run on each document's text on its own (on a shared document, once per run)."""

    def run(ctx: CheckContext) -> list[Finding]:
        findings: list[Finding] = []
        for seg in ctx.documents:
            findings.extend(ctx.once(check.__name__, seg, lambda seg=seg: check(document_text(ctx, seg))))
        return findings

    run.__name__, run.__doc__ = check.__name__, check.__doc__
    return run


def document_text(ctx: CheckContext, seg: Segmentation) -> DocumentText:
    """The text of ``seg``, one of ``ctx.documents``, made once per run for all the rules that read it."""
    return ctx.once("document-text", seg, lambda: DocumentText.of(seg))


@dataclass(frozen=True)
class DocumentText:
    """A document's units' raw text, one after the other with a line break between, and where each unit starts.

    The rules run each pattern once over the whole text: none matches across a
    line break or looks past one, so a match lies within one unit and is the
    match the unit's own text gives.
    """

    seg: Segmentation
    joined: JoinedTexts
    _counts: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, seg: Segmentation) -> DocumentText:
        """The text of ``seg``'s units."""
        return cls(seg, JoinedTexts.of([unit.raw for unit in seg.units], "\n"))

    @property
    def text(self) -> str:
        return self.joined.text

    @property
    def units(self) -> tuple[Unit, ...]:
        return self.seg.units

    def count(self, mark: str) -> int:
        """How many times ``mark`` stands in the text (counted once per mark)."""
        if mark not in self._counts:
            self._counts[mark] = self.text.count(mark)
        return self._counts[mark]

    def locate(self, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[Unit, int, int]]:
        """Each of ``spans`` of the text (each within one unit) as its unit and its span in ``unit.raw``."""
        for k, start, end in self._indexed(spans):
            yield self.units[k], start, end

    def per_unit(self, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[Unit, list[tuple[int, int]]]]:
        """``spans`` of the text (in text order, each within one unit) grouped by unit, as spans of ``unit.raw``."""
        group: list[tuple[int, int]] = []
        last = -1
        for k, start, end in self._indexed(spans):
            if k != last and group:
                yield self.units[last], group
                group = []
            last = k
            group.append((start, end))
        if group:
            yield self.units[last], group

    def _indexed(self, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
        local = self.joined.local
        for start, end in spans:
            yield local(start, end)


def excerpt(text: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> str:
    """The span ``text[start:end]`` with ``width`` characters either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    shown = text[left:right].replace("\n", " ")
    return ("…" if left > 0 else "") + shown + ("…" if right < len(text) else "")


def _location(seg: Segmentation, unit: Unit, start: int, end: int) -> Location:
    return Location(_document_name(seg), seg.lang, unit.id, start, end, excerpt(unit.raw, start, end))


def _masked(text: str) -> set[int]:
    """Offsets inside URLs, e-mail addresses and dot leaders, which no rule looks at."""
    masked: set[int] = set()
    if any(start in text for start in _LEADER_STARTS):
        masked = {i for m in _LEADERS.finditer(text) for i in range(m.start(), m.end())}
    www = ("w." in text or "W." in text) and "www." in text.lower()  # lower() only when it may find one
    if "@" not in text and "://" not in text and not www:
        return masked
    return masked | {i for m in _MASKED.finditer(text) for i in range(m.start(), m.end())}


#: A run of "?" or U+FFFD, which may stand for characters an encoding conversion lost.
_LOST_MARKS = re.compile(r"[?\ufffd]+")


def _lost_markers(unit: Unit) -> set[int]:
    """Offsets in the unit's raw text of the "?" (or U+FFFD) that stand for footnote markers a conversion to
    another encoding lost, which the segmenter read as markers and took out of the clean text (see
    :func:`aligner.segment.segment`): a run at the start of a footnote that its text does not start with, or a run
    whose neighbours stand side by side in the text where no such run stands between them."""
    raw, text = unit.raw, unit.text
    if not (unit.footnote_refs or unit.kind == "footnote") or ("?" not in raw and "\ufffd" not in raw):
        return set()
    found: set[int] = set()
    for m in _LOST_MARKS.finditer(raw):
        start, end = m.span()
        if not raw[:start].strip():
            lost = unit.kind == "footnote" and not text.startswith(m.group())
        else:
            before, after = raw[start - 1], raw[end:end + 1]
            lost = not before.isspace() and f"{before}{after}" in text and f"{before}{m.group()}{after}" not in text
        if lost:
            found.update(range(start, end))
    return found


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest character before (step -1) or after (step 1) ``index`` that is not a space, on the same line."""
    i = index + step
    while 0 <= i < len(text) and text[i] in _SPACES:
        i += step
    return text[i] if 0 <= i < len(text) and text[i] != "\n" else ""


def _is_han(ch: str) -> bool:
    return bool(ch) and bool(_HAN_CHAR.match(ch))


def _is_chinese_context(ch: str) -> bool:
    return _is_han(ch) or ch in _CJK_PUNCT


def _is_digit(ch: str) -> bool:
    return bool(ch) and (ch in "0123456789" or "\uff10" <= ch <= "\uff19" or "\u0660" <= ch <= "\u0669")


def _is_arabic_letter(ch: str) -> bool:
    if not ch or not ch.isalpha():
        return False
    o = ord(ch)
    return 0x600 <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0x8A0 <= o <= 0x8FF or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def _closes_label(text: str, index: int) -> bool:
    """True when the ``)`` at ``index`` ends a list label or sub-paragraph letter such as ``a)`` or ``2 b)``."""
    start = index
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(（":
        start -= 1
    return bool(_LABEL.match(text[start:index]))


# ---------------------------------------------------------------- Chinese


_HALF_BRACKET = re.compile(r"[()]")


def _resolution_year(text: str, opening: int, content: str) -> bool:
    """True for the year of a Security Council resolution number, half-width in UN Chinese: 第2719(2023)号决议."""
    return len(content) == 4 and content.isdigit() and text[max(0, opening - 3):opening].rstrip()[-1:].isdigit()


def _halfwidth_brackets(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Half-width brackets to report: (start, end, severity, what)."""
    stack: list[int] = []
    for m in _HALF_BRACKET.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                opening = stack.pop()
                content = text[opening + 1 : i]
                if _HAN_CHAR.search(content):
                    yield opening, i + 1, "warning", "half-width brackets around Chinese text"
                elif not _LABEL.match(content.strip()) and not _resolution_year(text, opening, content) and (
                    _is_chinese_context(_neighbour(text, opening, -1)) or _is_chinese_context(_neighbour(text, i, 1))
                ):
                    yield opening, i + 1, "info", "half-width brackets around Latin text inside Chinese text"
            elif not _closes_label(text, i) and (
                _is_chinese_context(_neighbour(text, i, -1)) or _is_chinese_context(_neighbour(text, i, 1))
            ):
                yield i, i + 1, "warning", "unmatched half-width bracket in Chinese text"
    for opening in stack:
        if _is_chinese_context(_neighbour(text, opening, -1)) or _is_chinese_context(_neighbour(text, opening, 1)):
            yield opening, opening + 1, "warning", "unmatched half-width bracket in Chinese text"


# A half-width mark, or brackets around a list label such as "(a)", which are never reported (nor change
# how other brackets pair). Written to start with the mark, so the search skips Chinese text quickly.
_HALF_MARK_OR_LABEL = re.compile(r"[,;:?!()](?:(?<=\()[^\S\n]*(?:" + _LABEL_TEXT + r")[^\S\n]*\))?")
_LATIN_PUNCT = re.compile("[" + re.escape("".join(_AR_TO_LATIN)) + "]")


def _foreign_marks(seg: Segmentation, unit: Unit, offsets: Iterable[int], masked: set[int],
                   replacements: Mapping[str, str], own_letter: Callable[[str], bool],
                   rule_id: str, message: str, document: DocumentText) -> list[Finding]:
    """Findings for the marks at ``offsets`` of the unit's raw text that belong to another script:
    each touching a letter of the text's own script (``own_letter``), not between two digits and
    not in a URL; ``message`` has a slot for the mark, ``replacements`` gives the mark to write."""
    text = unit.raw
    findings = []
    for i in offsets:
        if i in masked:
            continue
        before, after = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if _is_digit(before) and _is_digit(after):
            continue
        if own_letter(before) or own_letter(after):
            ch = text[i]
            own = replacements[ch]
            findings.append(
                Finding(
                    rule=rule_id,
                    severity="warning",
                    message=message.format(ch),
                    locations=(_location(seg, unit, i, i + 1),),
                    suggestion=f"replace “{ch}” with “{own}”",
                    evidence=((f"{ch} in document", str(document.count(ch))),
                              (f"{own} in document", str(document.count(own)))),
                )
            )
    return findings


@rule("zh-halfwidth-punct", severity="warning", summary="half-width , ; : ? ! ( ) inside Chinese text")
@_each_document
def zh_halfwidth_punct(doc: DocumentText) -> list[Finding]:
    """Half-width punctuation written where the Chinese text around it calls for full-width."""
    seg = doc.seg
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "zh":
        return findings
    marks = doc.per_unit(m.span() for m in _HALF_MARK_OR_LABEL.finditer(doc.text) if m.end() - m.start() == 1)
    for unit, spans in marks:
        text = unit.raw
        masked = _masked(text) | _lost_markers(unit)
        punct = [i for i, _ in spans if text[i] not in "()"]
        findings += _foreign_marks(seg, unit, punct, masked, _HALF_TO_FULL, _is_chinese_context,
                                   "zh-halfwidth-punct", "half-width “{}” in Chinese text", doc)
        if len(punct) == len(spans):
            continue  # no bracket
        for start, end, severity, what in _halfwidth_brackets(text):
            if start in masked:
                continue
            findings.append(
                Finding(
                    rule="zh-halfwidth-punct",
                    severity=severity,
                    message=what,
                    locations=(_location(seg, unit, start, end),),
                    suggestion="write full-width brackets （ ）",
                    evidence=(("( in document", str(doc.count("("))), ("（ in document", str(doc.count("（")))),
                )
            )
    return findings


def _latin_side(text: str, index: int, step: int) -> str:
    """The text from ``index`` (exclusive) in direction ``step`` up to the next Chinese character, Chinese punctuation or line end."""
    i = index + step
    while 0 <= i < len(text) and text[i] != "\n" and not _is_chinese_context(text[i]):
        i += step
    return text[index + 1 : i] if step > 0 else text[i + 1 : index]


# A full-width mark whose next character on the line, spaces skipped, is an ASCII letter or digit.
_FULL_PUNCT_BEFORE_LATIN = re.compile("[" + re.escape("".join(_FULL_TO_HALF)) + f"](?=[{_SPACES}]*[A-Za-z0-9])")


@rule("zh-fullwidth-in-latin", severity="info", summary="full-width punctuation inside a Latin phrase of a Chinese text")
@_each_document
def zh_fullwidth_in_latin(doc: DocumentText) -> list[Finding]:
    """Full-width punctuation between two parts of one Latin phrase (a title or citation left in English)."""
    seg = doc.seg
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "zh":
        return findings
    for unit, i, _ in doc.locate(m.span() for m in _FULL_PUNCT_BEFORE_LATIN.finditer(doc.text)):
        text, ch = unit.raw, unit.raw[i]
        if not _ASCII_ALNUM.match(_neighbour(text, i, -1) or " "):
            continue  # the mark must touch Latin letters or digits on both sides
        if i in _masked(text):
            continue
        left, right = _latin_side(text, i, -1), _latin_side(text, i, 1)
        words_left = re.findall(r"[A-Za-z][A-Za-z'-]*", left)
        words_right = re.findall(r"[A-Za-z][A-Za-z'-]*", right)
        if words_left and words_right and len(words_left) + len(words_right) >= 3:
            half = _FULL_TO_HALF[ch]
            findings.append(
                Finding(
                    rule="zh-fullwidth-in-latin",
                    severity="info",
                    message=f"full-width “{ch}” inside a Latin phrase",
                    locations=(_location(seg, unit, i, i + 1),),
                    suggestion=f"replace “{ch}” with “{half}”" + (" followed by a space" if half in ",;:?!" else ""),
                    evidence=(("Latin phrase", f"{left.strip()}{ch}{right.strip()}"),),
                )
            )
    return findings


_SPACED = re.compile(f"(?<=[{_HAN}])[ \u00a0](?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \u00a0](?=[{_HAN}])")
_UNSPACED = re.compile(f"(?<=[{_HAN}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{_HAN}])")


def _respace(text: str, spaced: bool) -> str:
    """``text`` with one space (``spaced``) or none between Chinese characters and ASCII letters or digits."""
    return _UNSPACED.sub(" ", text) if spaced else _SPACED.sub("", text)


def _spacing_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of spaced and of unspaced Chinese/Latin boundaries in ``text``, URLs left out."""
    kinds = _character_kinds()[_code_points(text)]
    han, latin = kinds == _HAN_KIND, kinds == _LATIN_KIND
    # Offsets p where the characters at p - 1 and p are a Chinese character and a letter or digit, either way
    # round, and offsets of a space between the two.
    touching = (np.flatnonzero((han[:-1] & latin[1:]) | (latin[:-1] & han[1:])) + 1).tolist()
    spaces = (np.flatnonzero((kinds[1:-1] == _SPACE_KIND) & ((han[:-2] & latin[2:]) | (latin[:-2] & han[2:]))) + 1).tolist()
    masked = _masked(text) if spaces or touching else set()
    spaced = [(i - 1, i + 2) for i in spaces if i not in masked]
    unspaced = [(i - 1, i + 1) for i in touching if i not in masked and i - 1 not in masked]
    return spaced, unspaced


_HAN_KIND, _LATIN_KIND, _SPACE_KIND = 1, 2, 3


@lru_cache(maxsize=1)
def _character_kinds() -> np.ndarray:
    """For each code point, what the spacing rule tells apart: a Chinese character, an ASCII letter or digit,
    a space or no-break space (anything else: 0)."""
    kinds = np.zeros(sys.maxunicode + 1, dtype=np.uint8)
    for start, end in HAN_RANGES:
        kinds[start:end] = _HAN_KIND
    for first, last in ("AZ", "az", "09"):
        kinds[ord(first) : ord(last) + 1] = _LATIN_KIND
    kinds[[ord(" "), ord("\u00a0")]] = _SPACE_KIND
    return kinds


def _code_points(text: str) -> np.ndarray:
    """The code points of ``text``, one array element a character."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _example(text: str, spans: list[tuple[int, int]], spaced: bool) -> str:
    """The first stretch of offending boundaries (e.g. ``2022年5月23日``), rewritten in the document's style."""
    start, end = spans[0]
    while start > 0 and _ASCII_ALNUM.match(text[start - 1]):
        start -= 1
    for s, e in spans[1:]:
        if s > _figure_end(text, end) + 1:  # the figure the boundary touches, to its end ("第 77/555 号")
            break
        end = max(end, e)
    return _respace(text[start:_figure_end(text, end)], spaced)


def _figure_end(text: str, at: int) -> int:
    """Where the figure or symbol that goes on at ``at`` ends ("77/555", "WG.2"); ``at`` where none does."""
    return _FIGURE.match(text, at).end()  # type: ignore[union-attr]  (it matches the empty string too)


@rule("zh-cjk-spacing", severity="warning", summary="spacing between Chinese characters and digits or Latin letters differs within a document")
@_each_document
def zh_cjk_spacing(doc: DocumentText) -> list[Finding]:
    """Places that space (or do not space) Chinese and digits/Latin letters unlike the rest of the document."""
    seg = doc.seg
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "zh":
        return findings
    spaced, unspaced = _spacing_spans(doc.text)
    masthead = [k for k, unit in enumerate(doc.units) if unit.kind == "masthead"]
    if masthead:  # its cells share lines the page sets apart ("联合国 A/RES/77/232", "大会 Distr.: General")
        which = doc.joined.which
        spaced, unspaced = ([span for span in spans if which(span[0]) not in masthead] for spans in (spaced, unspaced))
    if not spaced or not unspaced:
        return findings
    n_spaced, n_unspaced = len(spaced), len(unspaced)
    spaced_style = n_spaced > n_unspaced if n_spaced != n_unspaced else spaced[0] < unspaced[0]  # a tie: the style met first
    evidence = (
        ("spaced", str(n_spaced)),
        ("unspaced", str(n_unspaced)),
        ("document style", "spaced" if spaced_style else "unspaced"),
    )
    how = "without a space" if spaced_style else "with a space"
    for unit, minority in doc.per_unit(unspaced if spaced_style else spaced):
        findings.append(
            Finding(
                rule="zh-cjk-spacing",
                severity="warning",
                message=f"{len(minority)} place(s) write Chinese and digits/Latin {how}, unlike most of the document ({max(n_spaced, n_unspaced)} of {n_spaced + n_unspaced})",
                locations=tuple(_location(seg, unit, s, e) for s, e in minority),
                suggestion=f"write “{_example(unit.raw, minority, spaced_style)}”, as in the rest of the document",
                evidence=evidence,
            )
        )
    return findings


def _traditional_positions(text: str) -> list[tuple[int, str]]:
    """Offsets of Traditional characters in ``text`` and their Simplified forms, converting whole phrases."""
    t2s = load_opencc("t2s")
    converted = t2s.convert(text)
    if len(converted) == len(text):
        return [(i, b) for i, (a, b) in enumerate(zip(text, converted)) if a != b and _is_han(a)]
    return [(i, t2s.convert(ch)) for i, ch in enumerate(text) if _is_han(ch) and t2s.convert(ch) != ch]


def _script_counts(text: str) -> tuple[int, int]:
    """How many characters of ``text`` exist only in Simplified, and only in Traditional, script."""
    scripts = _scripts()[_code_points(text)]
    return int(np.count_nonzero(scripts & _SIMPLIFIED_ONLY)), int(np.count_nonzero(scripts & _TRADITIONAL_ONLY))


@lru_cache(maxsize=32)
def mostly_traditional(text: str) -> bool:
    """True for a Chinese text with more Traditional-only than Simplified-only characters (one written in
    Traditional characters)."""
    simplified, traditional = _script_counts(text)
    return traditional > simplified


_SIMPLIFIED_ONLY, _TRADITIONAL_ONLY = 1, 2


@lru_cache(maxsize=1)
def _scripts() -> np.ndarray:
    """For each code point, whether OpenCC's ``s2t`` table changes the character on its own (a Simplified-only
    character, flag 1) and whether its ``t2s`` table does (a Traditional-only one, flag 2)."""
    table = np.zeros(sys.maxunicode + 1, dtype=np.uint8)
    for flag, config in ((_SIMPLIFIED_ONLY, "s2t"), (_TRADITIONAL_ONLY, "t2s")):
        table[[ord(c) for c in _changed_by(config)]] |= flag
    return table


def _changed_by(config: str) -> list[str]:
    """The Han characters ``config`` changes when converted on their own."""
    chars = [chr(c) for start, end in HAN_RANGES for c in range(start, end)]
    # All at once, one character a line: no phrase spans a line break, so each converts as on its own.
    converted = load_opencc(config).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        converted = [load_opencc(config).convert(c) for c in chars]
    return [c for c, new in zip(chars, converted) if new != c]


@rule("zh-traditional", severity="warning", summary="Traditional characters in a Simplified Chinese document")
@_each_document
def zh_traditional(doc: DocumentText) -> list[Finding]:
    """Traditional characters (those OpenCC's t2s changes in context) in a mostly Simplified document."""
    seg = doc.seg
    findings: list[Finding] = []
    if _base_lang(seg.lang) == "zh":
        text = doc.text
        converted = load_opencc("t2s").convert(text)
        if converted == text:
            return findings  # not one Traditional character
        simplified, traditional = _script_counts(text)
        if simplified <= traditional:
            return findings
        for unit, start in zip(doc.units, doc.joined.starts):
            if len(converted) == len(text) and converted[start:start + len(unit.raw)] == unit.raw:
                continue  # no phrase crosses a line break, so the unit converts as it does in the document
            found = _traditional_positions(unit.raw)
            if not found:
                continue
            pairs = sorted({(unit.raw[i], simple) for i, simple in found})
            listing = "、".join(t for t, _ in pairs)
            findings.append(
                Finding(
                    rule="zh-traditional",
                    severity="warning",
                    message=f"Traditional character(s) {listing} in a Simplified Chinese document",
                    locations=tuple(_location(seg, unit, i, i + 1) for i, _ in found),
                    suggestion="write " + "、".join(f"{t}→{s}" for t, s in pairs),
                    evidence=tuple(pairs)
                    + (("Simplified-only characters in document", str(simplified)), ("Traditional-only characters in document", str(traditional))),
                )
            )
    return findings


@rule("zh-radical", severity="error", summary="radicals in place of the Chinese characters they look like")
@_each_document
def zh_radical(doc: DocumentText) -> list[Finding]:
    """Kangxi and supplementary radicals (and compatibility ideographs) standing for the characters they share a
    glyph with: "执⾏" (U+2F8F) for 执行, as text copied from a PDF set in a CJK font holds. One finding for the
    document, which is mended by replacing each throughout."""
    seg, text = doc.seg, doc.text
    found = misplaced_radicals(text) if _base_lang(seg.lang) == "zh" else []
    if not found:
        return []
    counts = Counter((text[start], meant) for start, meant in found)
    pairs = [pair for pair, _ in counts.most_common()]
    shown = "、".join(f"{radical} (U+{ord(radical):04X}) for {meant}" for radical, meant in pairs[:_RADICALS_SHOWN])
    return [Finding(
        rule="zh-radical",
        severity="error",
        message=f"{len(found)} radical(s) in place of the characters they look like: {shown}"
                + ("…" if len(pairs) > _RADICALS_SHOWN else "") + "; searches, translation memories and term lists "
                "do not match them",
        locations=tuple(_location(seg, unit, start, end)
                        for unit, start, end in doc.locate((start, start + 1) for start, _ in found)),
        suggestion="replace throughout: " + "、".join(f"{radical}→{meant}" for radical, meant in pairs),
        evidence=tuple((f"{radical}→{meant}", str(n)) for (radical, meant), n in counts.most_common())
        + (("radicals in document", str(len(found))),),
    )]


#: Radicals named in the message of ``zh-radical`` (the suggestion names them all).
_RADICALS_SHOWN = 5


def _unmatched(text: str, pairs: tuple[tuple[str, str], ...], excused: Callable[[int], bool]) -> list[int]:
    """Offsets of opening or closing marks without their partner.

    A closing mark with nothing to close is not reported when ``excused(offset)`` holds.
    """
    marks, opening_of, other_chars = _marks(pairs)
    if not _unpaired(other_chars.sub("", text), pairs):
        return []
    bad: list[int] = []
    stacks: dict[str, list[int]] = {opening: [] for opening, _ in pairs}
    for m in marks.finditer(text):
        i, ch = m.start(), m.group()
        if ch in stacks:
            stacks[ch].append(i)
            continue
        stack = stacks[opening_of[ch]]
        if stack:
            stack.pop()
        elif not excused(i):
            bad.append(i)
    for stack in stacks.values():
        bad.extend(stack)
    return sorted(bad)


def _quoted_over_paragraphs(found: list[tuple[Unit, list[int], tuple[tuple[str, str], ...]]]) -> None:
    """Take out of ``found`` (each unit in order, its unmatched marks, its pairs) the marks of quotations that run
    over several paragraphs, as UN texts print a quoted statement: each paragraph opening again with the mark and
    only the last closing ("“The Council …" / "“The Council …" / "“The Council … .”"), or the first opening and
    the last closing, the paragraphs between with no mark ("«Совет …" / "Совет …" / "… дней»")."""
    for k, (unit, bad, pairs) in enumerate(found):
        text, closing_of = unit.raw, dict(pairs)
        opened = [i for i in bad if text[i] in _QUOTE_OPENINGS and text[i] in closing_of]
        if not opened or any(i > opened[-1] for i in bad):
            continue  # no quotation left open at the paragraph's end
        mark = text[opened[-1]]
        closing = closing_of[mark]
        for later, later_bad, _ in found[k + 1: k + 1 + _QUOTED_PARAGRAPHS]:
            later_text = later.raw
            if later_text.lstrip().startswith(mark):
                bad.remove(opened[-1])  # the next paragraph goes on with the quotation
                break
            closes = [i for i in later_bad if later_text[i] == closing]
            if closes and not any(later_text[i] == mark for i in later_bad if i < closes[0]):
                bad.remove(opened[-1])
                later_bad.remove(closes[0])
                break
            if mark in later_text or closing in later_text:
                break


def _bracketed_over_paragraphs(found: list[tuple[Unit, list[int], tuple[tuple[str, str], ...]]]) -> None:
    """Take out of ``found`` (as in :func:`_quoted_over_paragraphs`) the square brackets that open in one paragraph
    and close in a later one, with no bracket between: the record of a vote printed under a resolution over several
    paragraphs ("[Adopted by a recorded vote … as follows:" / "In favour:" / … / "India, Malaysia]")."""
    for k, (unit, bad, _) in enumerate(found):
        if not bad or unit.raw[bad[-1]] != "[":
            continue
        for later, later_bad, _ in found[k + 1: k + 1 + _QUOTED_PARAGRAPHS]:
            if "[" in later.raw or "]" in later.raw:
                if later_bad and later.raw[later_bad[0]] == "]" and "[" not in later.raw[:later_bad[0]]:
                    bad.pop()
                    later_bad.pop(0)
                break


def _straight_quoted_over_paragraphs(texts: list[str]) -> set[int]:
    """The places in ``texts`` (each unit's, in order) of the paragraphs with an odd number of straight quotation
    marks that belong to a quotation running over several paragraphs: each opening with " again and the last
    closing it ("\"The Council …" / "\"The Council … .\""), or the first opening and the last closing, the
    paragraphs between with no mark."""
    odd = [text.count('"') % 2 == 1 for text in texts]
    run_on: set[int] = set()
    for k, text in enumerate(texts):
        if not odd[k] or not text.lstrip().startswith('"'):
            continue
        for later in range(k + 1, min(k + 1 + _QUOTED_PARAGRAPHS, len(texts))):
            if texts[later].lstrip().startswith('"'):
                run_on.add(k)  # the next paragraph goes on with the quotation
                break
            if '"' in texts[later]:
                if odd[later]:
                    run_on.update((k, later))  # and closes it
                break
    return run_on


def _unpaired(marks: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """What is left of ``marks`` once adjacent opening and closing marks of a pair are taken out again and again:
    nothing when every mark has its partner (the common case, told without walking the marks one by one)."""
    while marks:
        shorter = marks
        for opening, closing in pairs:
            shorter = shorter.replace(opening + closing, "")
        if shorter == marks:
            break
        marks = shorter
    return marks


@lru_cache(maxsize=16)
def _marks(pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """A pattern finding any mark of ``pairs``, the opening mark of each closing one, and a pattern finding the other characters."""
    chars = re.escape("".join(o + c for o, c in pairs))
    return re.compile(f"[{chars}]"), {c: o for o, c in pairs}, re.compile(f"[^{chars}]+")


@lru_cache(maxsize=16)
def _other_than_marks_or_breaks(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A pattern finding the characters that are neither a mark of ``pairs`` nor a line break."""
    return re.compile("[^" + re.escape("".join(o + c for o, c in pairs)) + "\n]+")


def _balance_finding(rule_id: str, seg: Segmentation, unit: Unit, bad: list[int], pairs: tuple[tuple[str, str], ...]) -> Finding:
    text = unit.raw
    involved = [(o, c) for o, c in pairs if any(text[i] in (o, c) for i in bad)]
    fixes: list[str] = []
    for i in bad:
        for o, c in involved:
            if text[i] == o:
                fixes.append(f"close {o} with {c}")
            elif text[i] == c:
                fixes.append(f"add the {o} that {c} closes, or remove {c}")
    return Finding(
        rule=rule_id,
        severity="warning",
        message="unbalanced " + ", ".join(f"{o} ×{text.count(o)} / {c} ×{text.count(c)}" for o, c in involved),
        locations=tuple(_location(seg, unit, i, i + 1) for i in bad),
        suggestion="; ".join(dict.fromkeys(fixes)),
        evidence=tuple((mark, str(text.count(mark))) for o, c in involved for mark in (o, c)),
    )


@rule("zh-unbalanced", severity="warning", summary="unbalanced 《》 “” （） ‘’ 「」 in a Chinese unit")
@_each_document
def zh_unbalanced(doc: DocumentText) -> list[Finding]:
    """Chinese brackets and quotation marks opened and not closed, or closed and not opened, within a unit."""
    seg = doc.seg
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "zh":
        return findings
    if not _unpaired(_other_than_marks_or_breaks(_ZH_PAIRS).sub("", doc.text), _ZH_PAIRS).strip("\n"):
        return findings  # every line of every unit pairs its marks, so every unit does
    found = [(unit, _unmatched(unit.raw, _ZH_PAIRS, lambda i: False), _ZH_PAIRS) for unit in seg.units]
    _quoted_over_paragraphs(found)
    return [_balance_finding("zh-unbalanced", seg, unit, bad, pairs) for unit, bad, pairs in found if bad]


# ---------------------------------------------------------------- all languages

# A mark doubled, and two dots (not three): apart, since their matches never overlap and
# the first is found by a quick scan, the second looked for only where ".." stands.
_DOUBLED_MARK = re.compile(r"([,;:!?，。；：、！？،؛؟])[ \u00a0\u202f]*\1")
_DOUBLED_DOTS = re.compile(r"(?<!\.)\.\.(?!\.)")


def _doubled(text: str) -> list[re.Match[str]]:
    """Doubled marks and dots in ``text``, in text order."""
    found = list(_DOUBLED_MARK.finditer(text))
    if ".." in text:
        found = sorted(found + list(_DOUBLED_DOTS.finditer(text)), key=lambda m: m.start())
    return found


@rule("doubled-punct", severity="warning", summary="the same punctuation mark twice in a row (，， 。。 ,, ;;)")
@_each_document
def doubled_punct(doc: DocumentText) -> list[Finding]:
    """A punctuation mark repeated (an ellipsis ... or …… is not)."""
    seg = doc.seg
    findings: list[Finding] = []
    doubled = _doubled(doc.text)
    masked = _masked(doc.text) if doubled else set()
    lost = _arabic_marks_lost(doc)  # (its "?" stand for lost marks, which lost-character reports)
    hits = list(doc.locate(m.span() for m in doubled if m.start() not in masked and not (lost and m.group()[0] == "?")))
    for unit, start, end in hits:
        mark = unit.raw[start]
        findings.append(
            Finding(
                rule="doubled-punct",
                severity="warning",
                message=f"“{mark}” written twice",
                locations=(_location(seg, unit, start, end),),
                suggestion=f"keep one “{mark}”",
                evidence=(("doubled marks in document", str(len(hits))),),
            )
        )
    return findings


_SPACE_CHARS = " \u00a0\u202f\u2009"
# Two or more spaces between non-spaces; written to start with a space, so the search skips other text quickly.
_MULTI_SPACE = re.compile(f"[{_SPACE_CHARS}](?<=\\S.)[{_SPACE_CHARS}]+(?=\\S)")
_TWO_SPACES = re.compile(f"[{_SPACE_CHARS}]{{2}}")


def _has_two_spaces(text: str) -> bool:
    """True when two spaces stand side by side somewhere in ``text`` (told by quick scans for the usual ones)."""
    if not any(space in text for space in _SPACE_CHARS[1:]):
        return "  " in text
    return bool(_TWO_SPACES.search(text))
_LINE_LABEL = re.compile(
    r"^\s*(?:[\u00b9\u00b2\u00b3\u2070-\u2079*]+|\(?[\w\u0600-\u06ff]{1,4}[.)]|\(\w{1,4}\)|\d{1,3}\s*-|\d{1,3}/"
    r"|\d{1,4}/\d{1,4}[.．])$"  # (a footnote's "1/" in older documents, a resolution's number before its title)
)
#: Kinds of unit set out as the page lays them out (a masthead's cells, a cover's lines, a table of contents), not
#: as running text.
_LAID_OUT = frozenset({"masthead", "cover", "contents", "row"})


def _after_label(text: str, index: int) -> bool:
    """True when only a list label or footnote marker stands between the line start and ``index``."""
    line_start = text.rfind("\n", 0, index) + 1
    return bool(_LINE_LABEL.match(text[line_start:index]))


@rule("double-space", severity="warning", summary="two or more spaces inside a line")
@_each_document
def double_space(doc: DocumentText) -> list[Finding]:
    """Runs of two or more spaces between words (indentation, the gap after a label or footnote marker, and the
    cells of a masthead or cover excepted)."""
    seg = doc.seg
    findings: list[Finding] = []
    if not _has_two_spaces(doc.text):
        return findings
    runs = doc.locate(m.span() for m in _MULTI_SPACE.finditer(doc.text))
    hits = [(unit, start, end) for unit, start, end in runs
            if unit.kind not in _LAID_OUT and not _after_label(unit.raw, start)]
    for unit, start, end in hits:
        findings.append(
            Finding(
                rule="double-space",
                severity="warning",
                message=f"{end - start} spaces in a row",
                locations=(_location(seg, unit, start, end),),
                suggestion="keep one space",
                evidence=(("runs of spaces in document", str(len(hits))),),
            )
        )
    return findings


_SPACE_BEFORE = re.compile(r"(?<=\S)[ \u00a0\u202f\u2009]+([,.;:!?)\]،؛؟])")
#: Marks French sets off with a (narrow) no-break space.
_FR_SPACED_BEFORE = ";:!?»"


def _spaces_before(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """(start of the space, end of the mark, mark) for each mark wrongly preceded by a space."""
    masked = _masked(text)
    for m in _SPACE_BEFORE.finditer(text):
        mark, at = m.group(1), m.start(1)
        if at in masked or m.start() in masked:
            continue
        if lang == "fr" and mark in _FR_SPACED_BEFORE:
            continue
        after = text[at + 1 : at + 2]
        if mark in ".," and after and not (after.isspace() or after in "\"'”’»)]"):
            continue  # ellipsis, ".5", ".NET"
        if mark == "." and text[at - 1 : at] == ".":
            continue
        if mark == "?" and (after.isalnum() or lang != "fr" and _LOST_BETWEEN_SPACES.match(text, at)):
            continue  # no question mark: a character that a conversion lost ("titulada ?Aplicación?", "т. 2225, ? 39574")
        yield m.start(), at + 1, mark


@rule("space-before-punct", severity="warning", summary="a space before , . ; : ? ! ) (French spacing excepted)")
@_each_document
def space_before_punct(doc: DocumentText) -> list[Finding]:
    """A space between a word and the punctuation that should follow it directly (not checked in Chinese)."""
    seg = doc.seg
    findings: list[Finding] = []
    lang = _base_lang(seg.lang)
    if lang == "zh":
        return findings
    hits = list(_spaces_before(doc.text, lang))
    spaced = Counter(mark for *_, mark in hits)
    for (unit, start, end), (*_, mark) in zip(doc.locate((start, end) for start, end, _ in hits), hits):
        findings.append(
            Finding(
                rule="space-before-punct",
                severity="warning",
                message=f"space before “{mark}”",
                locations=(_location(seg, unit, start, end),),
                suggestion=f"remove the space before “{mark}”",
                evidence=((f"“{mark}” after a space in document", str(spaced[mark])), (f"“{mark}” in document", str(doc.count(mark)))),
            )
        )
    return findings


def _french_gaps(unit: Unit) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, mark, spaced) for each ; : ! ? » and « of the unit's raw text, spaced telling whether French
    spacing is there."""
    text = unit.raw
    masked = _masked(text) | _lost_markers(unit)
    for i, ch in enumerate(text):
        if i in masked:
            continue
        if ch in _FR_SPACED_BEFORE and i > 0:
            before, after = text[i - 1], text[i + 1 : i + 2]
            if ch == ":" and _is_digit(before) and _is_digit(after):
                continue  # 10:30, 2:1
            if ch in "!?" and before in "!?":
                continue  # ?! — the space goes before the first mark
            if ch == "»" and before == "«":
                continue
            yield i - 1, i + 1, ch, before.isspace()
        elif ch == "«" and i + 1 < len(text) and text[i + 1] != "»":
            yield i, i + 2, ch, text[i + 1].isspace()


@rule("fr-spacing", severity="info", summary="French: no space before ; : ! ? » or after «")
@_each_document
def fr_spacing(doc: DocumentText) -> list[Finding]:
    """French marks written without the (no-break) space French typography puts before or after them."""
    seg = doc.seg
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "fr":
        return findings
    gaps = [(unit, *gap) for unit in seg.units for gap in _french_gaps(unit)]
    counts = Counter((mark, spaced) for *_, mark, spaced in gaps)
    for unit, start, end, mark, spaced in gaps:
        if spaced:
            continue
        where = "after" if mark == "«" else "before"
        findings.append(
            Finding(
                rule="fr-spacing",
                severity="info",
                message=f"no space {where} “{mark}”",
                locations=(_location(seg, unit, start, end),),
                suggestion=f"put a narrow no-break space (U+202F) or no-break space (U+00A0) {where} “{mark}”",
                evidence=(
                    (f"“{mark}” spaced in document", str(counts[(mark, True)])),
                    (f"“{mark}” unspaced in document", str(counts[(mark, False)])),
                ),
            )
        )
    return findings


@rule("unbalanced", severity="warning", summary="unbalanced quotation marks or brackets “” « » \"\" () [] in a unit")
@_each_document
def unbalanced(doc: DocumentText) -> list[Finding]:
    """Quotation marks and brackets opened and not closed, or closed and not opened, within a unit (not Chinese); a
    quotation may run over several paragraphs, as a quoted statement does."""
    seg = doc.seg
    findings: list[Finding] = []
    lang = _base_lang(seg.lang)
    if lang == "zh":
        return findings
    arabic_quotes = lang == "ar" and opens_quotations_with_right_mark(doc.text)
    found = []
    for unit in seg.units:
        text = unit.raw
        pairs = _RU_PAIRS if lang == "ru" and "„" in text else _AR_PAIRS if arabic_quotes else _LATIN_PAIRS
        found.append((unit, _unmatched(text, pairs, lambda i, text=text: text[i] == ")" and _closes_label(text, i)),
                      pairs))
    _quoted_over_paragraphs(found)
    _bracketed_over_paragraphs(found)
    run_on = _straight_quoted_over_paragraphs([unit.raw for unit in seg.units])
    for number, (unit, bad, pairs) in enumerate(found):
        if bad:
            findings.append(_balance_finding("unbalanced", seg, unit, bad, pairs))
        text = unit.raw
        straight = [i for i, ch in enumerate(text) if ch == '"'] if '"' in text else []
        if len(straight) % 2 and number not in run_on:
            findings.append(
                Finding(
                    rule="unbalanced",
                    severity="warning",
                    message=f'odd number of straight quotation marks " ({len(straight)})',
                    locations=tuple(_location(seg, unit, i, i + 1) for i in straight),
                    suggestion='add the missing " or remove the stray one',
                    evidence=(('"', str(len(straight))),),
                )
            )
    return findings


@rule("ar-latin-punct", severity="warning", summary="Arabic text using Latin , ; ? instead of ، ؛ ؟")
@_each_document
def ar_latin_punct(doc: DocumentText) -> list[Finding]:
    """Latin comma, semicolon or question mark next to Arabic words (not between digits, not inside a Latin run)."""
    seg = doc.seg
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "ar":
        return findings
    lost = _arabic_marks_lost(doc)  # (its "?" stand for lost marks, which lost-character reports)
    for unit, spans in doc.per_unit(m.span() for m in _LATIN_PUNCT.finditer(doc.text) if not (lost and m.group() == "?")):
        masked = _masked(unit.raw) | _lost_markers(unit)
        findings += _foreign_marks(seg, unit, [i for i, _ in spans], masked, _AR_TO_LATIN, _is_arabic_letter,
                                   "ar-latin-punct", "Latin “{}” in Arabic text", doc)
    return findings


#: A character that a reader could not decode (U+FFFD), or that a conversion to an encoding without it wrote as "?"
#: where no question mark can stand: glued to a letter or figure on either side ("Conf?rence", "23?27"), or opening
#: a word after a space, a bracket or the start of a line ("titulada ?Aplicación"); outside French, also alone
#: between spaces before a word in lower case or a figure (a dash, "передачи ? по"; "№", "т. 2225, ? 39574").
_LOST_CHARACTER = re.compile(r"\ufffd+|(?:(?<=[^\W_])|(?<![^\s(\[]))\?+(?=[^\W_])")
_LOST_BETWEEN_SPACES = re.compile(r"(?<=\s)\?(?=\s+(?:[^\W\d_](?<=[^\WA-ZА-ЯЁ\d_])|\d))")
#: An Arabic text converted to a code page without the Arabic comma, semicolon and question mark (DOS 720) has "?"
#: for each of them: it has none of them, and "?" after its words at least this many times; its every "?" is lost.
_ARABIC_MARKS = "،؛؟"
_AFTER_ARABIC_WORD = re.compile(r"(?<=[\u0621-\u064a])\?")
_ARABIC_MARKS_LOST_AT = 3


def _arabic_marks_lost(doc: DocumentText) -> bool:
    """Whether the "?" of an Arabic document stand for the Arabic marks a conversion lost (see above)."""
    text = doc.text
    return (_base_lang(doc.seg.lang) == "ar" and "?" in text and not any(mark in text for mark in _ARABIC_MARKS)
            and len(_AFTER_ARABIC_WORD.findall(text)) >= _ARABIC_MARKS_LOST_AT)


#: The closing quotation mark lost with an opening one ("titulada ?Aplicación de la Convención?,").
_LOST_CLOSING = re.compile(r"(?<=[^\W_])\?(?=[\s,.;:)\]]|$)")


@rule("lost-character", severity="error",
      summary="characters lost in a conversion to another encoding (\"?\" or \ufffd where a letter, quotation mark or dash stood)")
@_each_document
def lost_character(doc: DocumentText) -> list[Finding]:
    """Characters an encoding conversion lost, in each unit where they stand (a "?" next to Chinese characters is
    left to zh-halfwidth-punct, and footnote markers lost and read back are no loss)."""
    seg = doc.seg
    if "?" not in doc.text and "\ufffd" not in doc.text:
        return []
    lang = _base_lang(seg.lang)
    every_mark = _arabic_marks_lost(doc)
    if every_mark:
        found = [m.span() for m in _LOST_MARKS.finditer(doc.text)]
    else:
        found = [m.span() for m in _LOST_CHARACTER.finditer(doc.text)]
        if lang != "fr":
            found += [m.span() for m in _LOST_BETWEEN_SPACES.finditer(doc.text)]
    per_unit = []
    for unit, spans in doc.per_unit(sorted(found)):
        raw, masked = unit.raw, _masked(unit.raw) | _lost_markers(unit)
        lost = [(start, end) for start, end in spans if start not in masked and not (raw[start] == "?" and (
            _is_chinese_context(_neighbour(raw, start, -1)) or _is_chinese_context(_neighbour(raw, end - 1, 1))))]
        per_unit.append((unit, lost if every_mark else sorted(lost + _closing_marks(raw, lost, masked))))
    total = sum(len(lost) for _, lost in per_unit)
    return [
        Finding(
            rule="lost-character",
            severity="error",
            message=f"{len(lost)} character(s) lost " + ("in a conversion to another encoding" if all(
                unit.raw[start] == "?" for start, _ in lost) else "(bytes the file's encoding cannot read, or a conversion)"),
            locations=tuple(_location(seg, unit, start, end) for start, end in lost),
            suggestion="restore them from the source (a letter, quotation mark or dash stood there) and save the file "
                       "as UTF-8",
            evidence=(("lost characters in document", str(total)),),
        )
        for unit, lost in per_unit if lost
    ]


def _closing_marks(raw: str, lost: list[tuple[int, int]], masked: set[int]) -> list[tuple[int, int]]:
    """The "?" that close the quotations whose opening marks were lost (``lost`` spans opening a word): the first
    "?" glued to the end of a word after each, before the next such opening mark."""
    openers = [start for start, _ in lost if raw[start] == "?" and (start == 0 or not raw[start - 1].isalnum())]
    closing = []
    for k, start in enumerate(openers):
        limit = openers[k + 1] if k + 1 < len(openers) else len(raw)
        m = _LOST_CLOSING.search(raw, start + 1, limit)
        if m is not None and m.start() not in masked:
            closing.append(m.span())
    return closing
