"""Typography rules: punctuation, spacing, brackets and script, checked on the characters as published.

Every rule reads ``unit.raw`` (the source characters, footnote markers and
line breaks included), so the offsets of a finding's locations are offsets in
``unit.raw``. Footnote markers are superscript digits, which none of the rules
treat as digits or punctuation.

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
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping

from aligner.model import Segmentation, Unit
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.registry import rule

#: Characters of context shown on each side of an offending span.
EXCERPT_WIDTH = 15

#: Code point ranges [start, end) of the Han characters the rules look at.
HAN_RANGES: tuple[tuple[int, int], ...] = ((0x3007, 0x3008), (0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x31350))
_HAN = "".join(f"{chr(a)}-{chr(b - 1)}" for a, b in HAN_RANGES)
_HAN_CHAR = re.compile(f"[{_HAN}]")
#: Chinese punctuation that marks the surrounding text as Chinese (not the quotes “ ” shared with Latin text).
_CJK_PUNCT = set("，。、；：？！（）《》〈〉「」『』【】〔〕…—·")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_SPACES = " \u00a0\u202f\u2009\t"
_MASKED = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
#: A list label or sub-paragraph letter: "a", "iv", "12", Cyrillic "б", Arabic abjad "أ".
_LABEL = re.compile(r"^(?:[A-Za-z]{1,2}|[ivxlcdmIVXLCDM]{1,6}|\d{1,3}|[а-яёА-ЯЁ]|[\u0621-\u064a]{1,2})$")

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_TO_HALF = {v: k for k, v in _HALF_TO_FULL.items()}
_ZH_PAIRS = (("《", "》"), ("〈", "〉"), ("“", "”"), ("‘", "’"), ("（", "）"), ("「", "」"), ("『", "』"), ("【", "】"), ("〔", "〕"))
_LATIN_PAIRS = (("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"))
#: Russian inner quotes „…“ close with the mark English opens with.
_RU_PAIRS = (("«", "»"), ("„", "“"), ("(", ")"), ("[", "]"))
_AR_TO_LATIN = {",": "،", ";": "؛", "?": "؟"}


def _base_lang(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].lower()


def _document_name(seg: Segmentation) -> str:
    return seg.document.name or seg.document.path or seg.document.lang


def _each_document(check: Callable[[Segmentation], list[Finding]]) -> Callable[[CheckContext], list[Finding]]:
    """A rule made of ``check`` run on each document on its own (on a shared document, once per run)."""

    def run(ctx: CheckContext) -> list[Finding]:
        findings: list[Finding] = []
        for seg in ctx.documents:
            findings.extend(ctx.shared.once(check.__name__, seg, lambda seg=seg: check(seg)))
        return findings

    run.__name__, run.__doc__ = check.__name__, check.__doc__
    return run


def _document_text(seg: Segmentation) -> str:
    """All units' raw text of a document, one after the other."""
    return "\n".join(unit.raw for unit in seg.units)


def excerpt(text: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> str:
    """The span ``text[start:end]`` with ``width`` characters either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    shown = text[left:right].replace("\n", " ")
    return ("…" if left > 0 else "") + shown + ("…" if right < len(text) else "")


def _location(seg: Segmentation, unit: Unit, start: int, end: int) -> Location:
    return Location(_document_name(seg), seg.lang, unit.id, start, end, excerpt(unit.raw, start, end))


def _masked(text: str) -> set[int]:
    """Offsets inside URLs and e-mail addresses, which no rule looks at."""
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return set()
    return {i for m in _MASKED.finditer(text) for i in range(m.start(), m.end())}


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
                elif not _LABEL.match(content.strip()) and (
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


_HALF_PUNCT = re.compile(r"[,;:?!]")
_LATIN_PUNCT = re.compile("[" + re.escape("".join(_AR_TO_LATIN)) + "]")


def _foreign_marks(seg: Segmentation, unit: Unit, offsets: Iterable[int], masked: set[int],
                   replacements: Mapping[str, str], own_letter: Callable[[str], bool],
                   rule_id: str, message: str, document: str) -> list[Finding]:
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
def zh_halfwidth_punct(seg: Segmentation) -> list[Finding]:
    """Half-width punctuation written where the Chinese text around it calls for full-width."""
    findings: list[Finding] = []
    if _base_lang(seg.lang) == "zh":
        document = ""
        for unit in seg.units:
            text = unit.raw
            hits = [m.start() for m in _HALF_PUNCT.finditer(text)]
            if not hits and "(" not in text and ")" not in text:
                continue
            masked = _masked(text)
            document = document or _document_text(seg)
            findings += _foreign_marks(seg, unit, hits, masked, _HALF_TO_FULL, _is_chinese_context,
                                       "zh-halfwidth-punct", "half-width “{}” in Chinese text", document)
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
                        evidence=(("( in document", str(document.count("("))), ("（ in document", str(document.count("（")))),
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
def zh_fullwidth_in_latin(seg: Segmentation) -> list[Finding]:
    """Full-width punctuation between two parts of one Latin phrase (a title or citation left in English)."""
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "zh":
        return findings
    for unit in seg.units:
        text = unit.raw
        if not _ASCII_ALNUM.search(text):
            continue  # no Latin letter or digit for the mark to touch
        masked: set[int] | None = None
        for m in _FULL_PUNCT_BEFORE_LATIN.finditer(text):
            i, ch = m.start(), m.group()
            if not _ASCII_ALNUM.match(_neighbour(text, i, -1) or " "):
                continue  # the mark must touch Latin letters or digits on both sides
            masked = _masked(text) if masked is None else masked
            if i in masked:
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
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


def _respace(text: str, spaced: bool) -> str:
    """``text`` with one space (``spaced``) or none between Chinese characters and ASCII letters or digits."""
    return _UNSPACED.sub(" ", text) if spaced else _SPACED.sub("", text)


def _spacing_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of spaced and of unspaced Chinese/Latin boundaries in ``text``, URLs left out."""
    if not _ASCII_ALNUM.search(text):
        return [], []
    masked = _masked(text)
    spaces: list[int] = []  # offsets of a space between a Chinese character and a letter or digit
    boundaries: list[int] = []  # offsets where a letter or digit and a Chinese character touch
    for run in _ALNUM_RUN.finditer(text):  # each boundary is at one end of a run of letters and digits
        start, end = run.span()
        if start >= 1 and _HAN_CHAR.match(text, start - 1):
            boundaries.append(start)
        if start >= 2 and text[start - 1] in " \u00a0" and _HAN_CHAR.match(text, start - 2):
            spaces.append(start - 1)
        if _HAN_CHAR.match(text, end):
            boundaries.append(end)
        if text[end:end + 1] in (" ", "\u00a0") and _HAN_CHAR.match(text, end + 1):
            spaces.append(end)
    spaced = [(i - 1, i + 2) for i in sorted(spaces) if i not in masked]
    unspaced = [(i - 1, i + 1) for i in sorted(boundaries) if i not in masked and i - 1 not in masked]
    return spaced, unspaced


def _example(text: str, spans: list[tuple[int, int]], spaced: bool) -> str:
    """The first stretch of offending boundaries (e.g. ``2022年5月23日``), rewritten in the document's style."""
    start, end = spans[0]
    for s, e in spans[1:]:
        if s > end + 1:
            break
        end = max(end, e)
    while start > 0 and _ASCII_ALNUM.match(text[start - 1]):
        start -= 1
    while end < len(text) and _ASCII_ALNUM.match(text[end]):
        end += 1
    return _respace(text[start:end], spaced)


@rule("zh-cjk-spacing", severity="warning", summary="spacing between Chinese characters and digits or Latin letters differs within a document")
@_each_document
def zh_cjk_spacing(seg: Segmentation) -> list[Finding]:
    """Places that space (or do not space) Chinese and digits/Latin letters unlike the rest of the document."""
    findings: list[Finding] = []
    if _base_lang(seg.lang) == "zh":
        per_unit = [(unit, *_spacing_spans(unit.raw)) for unit in seg.units]
        n_spaced = sum(len(s) for _, s, _ in per_unit)
        n_unspaced = sum(len(u) for _, _, u in per_unit)
        if not n_spaced or not n_unspaced:
            return findings
        if n_spaced != n_unspaced:
            spaced_style = n_spaced > n_unspaced
        else:
            first = next((s[0][0] < u[0][0] if s and u else bool(s)) for _, s, u in per_unit if s or u)
            spaced_style = first
        evidence = (
            ("spaced", str(n_spaced)),
            ("unspaced", str(n_unspaced)),
            ("document style", "spaced" if spaced_style else "unspaced"),
        )
        for unit, spaced, unspaced in per_unit:
            minority = unspaced if spaced_style else spaced
            if not minority:
                continue
            how = "without a space" if spaced_style else "with a space"
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


@lru_cache(maxsize=2)
def _converter(config: str):  # -> opencc.OpenCC
    import opencc

    return opencc.OpenCC(config)


def _traditional_positions(text: str) -> list[tuple[int, str]]:
    """Offsets of Traditional characters in ``text`` and their Simplified forms, converting whole phrases."""
    t2s = _converter("t2s")
    converted = t2s.convert(text)
    if len(converted) == len(text):
        return [(i, b) for i, (a, b) in enumerate(zip(text, converted)) if a != b and _is_han(a)]
    return [(i, t2s.convert(ch)) for i, ch in enumerate(text) if _is_han(ch) and t2s.convert(ch) != ch]


def _script_counts(text: str) -> tuple[int, int]:
    """How many characters of ``text`` exist only in Simplified, and only in Traditional, script."""
    astral = _ASTRAL_HAN.findall(text)
    (simplified, simplified_astral), (traditional, traditional_astral) = _script_only_chars()
    return (sum(map(len, simplified.findall(text))) + sum(c in simplified_astral for c in astral),
            sum(map(len, traditional.findall(text))) + sum(c in traditional_astral for c in astral))


_ASTRAL_HAN = re.compile("[" + "".join(f"{chr(a)}-{chr(b - 1)}" for a, b in HAN_RANGES if a > 0xFFFF) + "]")


@lru_cache(maxsize=1)
def _script_only_chars() -> tuple[tuple[re.Pattern[str], frozenset[str]], tuple[re.Pattern[str], frozenset[str]]]:
    """The Han characters that OpenCC's ``s2t`` table changes when converted on their own (Simplified-only
    characters), and those its ``t2s`` table changes (Traditional-only ones)."""
    return _changed_by("s2t"), _changed_by("t2s")


def _changed_by(config: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """The characters ``config`` changes: a pattern finding runs of those in the BMP (a class sre checks by
    bitmap), and the set of the others (a long class of characters beyond the BMP is slow to match)."""
    chars = [chr(c) for start, end in HAN_RANGES for c in range(start, end)]
    # All at once, one character a line: no phrase spans a line break, so each converts as on its own.
    converted = _converter(config).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        converted = [_converter(config).convert(c) for c in chars]
    changed = [c for c, new in zip(chars, converted) if new != c]
    in_bmp = "".join(c for c in changed if ord(c) <= 0xFFFF)
    return re.compile(f"[{re.escape(in_bmp)}]+"), frozenset(c for c in changed if ord(c) > 0xFFFF)


@rule("zh-traditional", severity="warning", summary="Traditional characters in a Simplified Chinese document")
@_each_document
def zh_traditional(seg: Segmentation) -> list[Finding]:
    """Traditional characters (those OpenCC's t2s changes in context) in a mostly Simplified document."""
    findings: list[Finding] = []
    if _base_lang(seg.lang) == "zh":
        text = _document_text(seg)
        converted = _converter("t2s").convert(text)
        if converted == text:
            return findings  # not one Traditional character
        simplified, traditional = _script_counts(text)
        if simplified <= traditional:
            return findings
        at = 0
        for unit in seg.units:
            start, at = at, at + len(unit.raw) + 1
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


def _unmatched(text: str, pairs: tuple[tuple[str, str], ...], excused: Callable[[int], bool]) -> list[int]:
    """Offsets of opening or closing marks without their partner.

    A closing mark with nothing to close is not reported when ``excused(offset)`` holds.
    """
    marks, opening_of, other_chars = _marks(pairs)
    if _nested(other_chars.sub("", text), pairs):
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


def _nested(marks: str, pairs: tuple[tuple[str, str], ...]) -> bool:
    """True when ``marks`` empties by taking out adjacent opening and closing marks of a pair again and again:
    then every mark has its partner (the common case, told without walking the marks one by one)."""
    while marks:
        shorter = marks
        for opening, closing in pairs:
            shorter = shorter.replace(opening + closing, "")
        if shorter == marks:
            return False
        marks = shorter
    return True


@lru_cache(maxsize=16)
def _marks(pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """A pattern finding any mark of ``pairs``, the opening mark of each closing one, and a pattern finding the other characters."""
    chars = re.escape("".join(o + c for o, c in pairs))
    return re.compile(f"[{chars}]"), {c: o for o, c in pairs}, re.compile(f"[^{chars}]+")


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
def zh_unbalanced(seg: Segmentation) -> list[Finding]:
    """Chinese brackets and quotation marks opened and not closed, or closed and not opened, within a unit."""
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "zh":
        return findings
    for unit in seg.units:
        bad = _unmatched(unit.raw, _ZH_PAIRS, lambda i: False)
        if bad:
            findings.append(_balance_finding("zh-unbalanced", seg, unit, bad, _ZH_PAIRS))
    return findings


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
def doubled_punct(seg: Segmentation) -> list[Finding]:
    """A punctuation mark repeated (an ellipsis ... or …… is not)."""
    findings: list[Finding] = []
    hits = [
        (unit, m)
        for unit in seg.units
        for m in _doubled(unit.raw)
        if m.start() not in _masked(unit.raw) and "\n" not in m.group()
    ]
    for unit, m in hits:
        mark = m.group()[0]
        findings.append(
            Finding(
                rule="doubled-punct",
                severity="warning",
                message=f"“{mark}” written twice",
                locations=(_location(seg, unit, m.start(), m.end()),),
                suggestion=f"keep one “{mark}”",
                evidence=(("doubled marks in document", str(len(hits))),),
            )
        )
    return findings


_MULTI_SPACE = re.compile(r"(?<=\S)[ \u00a0\u202f\u2009]{2,}(?=\S)")
_TWO_SPACES = re.compile(r"[ \u00a0\u202f\u2009]{2}")  # found by a quick scan, unlike _MULTI_SPACE
_LINE_LABEL = re.compile(r"^\s*(?:[\u00b9\u00b2\u00b3\u2070-\u2079*]+|\(?[\w\u0600-\u06ff]{1,4}[.)]|\(\w{1,4}\)|\d{1,3}\s*-)$")


def _after_label(text: str, index: int) -> bool:
    """True when only a list label or footnote marker stands between the line start and ``index``."""
    line_start = text.rfind("\n", 0, index) + 1
    return bool(_LINE_LABEL.match(text[line_start:index]))


@rule("double-space", severity="warning", summary="two or more spaces inside a line")
@_each_document
def double_space(seg: Segmentation) -> list[Finding]:
    """Runs of two or more spaces between words (indentation and the gap after a label or footnote marker excepted)."""
    findings: list[Finding] = []
    hits = [(unit, m) for unit in seg.units if _TWO_SPACES.search(unit.raw)
            for m in _MULTI_SPACE.finditer(unit.raw) if not _after_label(unit.raw, m.start())]
    for unit, m in hits:
        findings.append(
            Finding(
                rule="double-space",
                severity="warning",
                message=f"{len(m.group())} spaces in a row",
                locations=(_location(seg, unit, m.start(), m.end()),),
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
        yield m.start(), at + 1, mark


@rule("space-before-punct", severity="warning", summary="a space before , . ; : ? ! ) (French spacing excepted)")
@_each_document
def space_before_punct(seg: Segmentation) -> list[Finding]:
    """A space between a word and the punctuation that should follow it directly (not checked in Chinese)."""
    findings: list[Finding] = []
    lang = _base_lang(seg.lang)
    if lang == "zh":
        return findings
    hits = [(unit, *hit) for unit in seg.units for hit in _spaces_before(unit.raw, lang)]
    spaced = Counter(mark for *_, mark in hits)
    document = _document_text(seg) if hits else ""
    for unit, start, end, mark in hits:
        findings.append(
            Finding(
                rule="space-before-punct",
                severity="warning",
                message=f"space before “{mark}”",
                locations=(_location(seg, unit, start, end),),
                suggestion=f"remove the space before “{mark}”",
                evidence=((f"“{mark}” after a space in document", str(spaced[mark])), (f"“{mark}” in document", str(document.count(mark)))),
            )
        )
    return findings


def _french_gaps(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, mark, spaced) for each ; : ! ? » and «, spaced telling whether French spacing is there."""
    masked = _masked(text)
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
def fr_spacing(seg: Segmentation) -> list[Finding]:
    """French marks written without the (no-break) space French typography puts before or after them."""
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "fr":
        return findings
    gaps = [(unit, *gap) for unit in seg.units for gap in _french_gaps(unit.raw)]
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
def unbalanced(seg: Segmentation) -> list[Finding]:
    """Quotation marks and brackets opened and not closed, or closed and not opened, within a unit (not Chinese)."""
    findings: list[Finding] = []
    lang = _base_lang(seg.lang)
    if lang == "zh":
        return findings
    for unit in seg.units:
        text = unit.raw
        pairs = _RU_PAIRS if lang == "ru" and "„" in text else _LATIN_PAIRS
        bad = _unmatched(text, pairs, lambda i, text=text: text[i] == ")" and _closes_label(text, i))
        if bad:
            findings.append(_balance_finding("unbalanced", seg, unit, bad, pairs))
        straight = [i for i, ch in enumerate(text) if ch == '"'] if '"' in text else []
        if len(straight) % 2:
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
def ar_latin_punct(seg: Segmentation) -> list[Finding]:
    """Latin comma, semicolon or question mark next to Arabic words (not between digits, not inside a Latin run)."""
    findings: list[Finding] = []
    if _base_lang(seg.lang) != "ar":
        return findings
    document = _document_text(seg)
    for unit in seg.units:
        hits = [m.start() for m in _LATIN_PUNCT.finditer(unit.raw)]
        if hits:
            findings += _foreign_marks(seg, unit, hits, _masked(unit.raw), _AR_TO_LATIN, _is_arabic_letter,
                                       "ar-latin-punct", "Latin “{}” in Arabic text", document)
    return findings
