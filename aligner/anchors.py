"""Anchors: the language-independent tokens a translation must preserve.

Dates, times of day, numbers, UN document symbols, resolution numbers, article references,
meeting ordinals, Latin-script names inside non-Latin texts and footnote
markers are found in each language's own notation and given a normalised
``value`` (ISO dates, ASCII digits without grouping …), so that the anchors
of two language versions of a passage can be compared value for value.

Conventions (decisions recorded here once):

* Anchors never overlap; a longer, more specific match wins (a date's year is
  not also a number, ``CTOC/COP/WG.3/2021/3`` is one symbol). Precedence:
  symbol, marker, date, time, resolution, article, ordinal, latin, number.
* A date expression naming several days ("25 and 26 March 2021", "du 23 au
  27 mai 2022", "2021 年 3 月 25 日和 26 日") gives one ``date`` anchor per day
  named, in text order; the last anchor's span takes the month and year.
  Month and year alone give ``2022-10``; day and month without a year give
  ``--03-25``.
* A joint symbol (``A/1-B/2``) names one document: it is one ``symbol`` anchor
  whose value joins both normalised symbols with ``-``.
* Resolution and article anchors span the number only (``11/1``, ``2 b)``),
  not the word "resolution" or "article", which is language-specific.
* Ordinals 1 and 2 ("first", "second", "الأول" …) count only next to a
  meeting word (session, meeting, anniversary …): elsewhere they are too often
  not ordinals of anything ("first of all", "تشرين الأول").
* Digits glued to a word by a hyphen (COVID-19, كوفيد-19) belong to a name,
  not a number; so does the 2019 of the Chinese name 2019 冠状病毒病.
* The units of a document are searched together, in one pass over all their
  texts (:func:`find_anchors_each`); each gets what :func:`find_anchors`
  finds in it alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import chain
from typing import Collection, Iterable, Iterator, NamedTuple, Optional, Sequence

from aligner.errors import InputError
from aligner.joined import JoinedTexts
from aligner.labels import PLAIN_DIGITS, SUPERSCRIPT_DIGITS
from aligner.model import Anchor, UN_LANGUAGES, un_language
from aligner.numbering import ABJAD, chinese_digits, chinese_number
from aligner.tokens import TRADITIONAL_FORMS

#: Anchor kinds, in order of precedence when two matches overlap.
KINDS: tuple[str, ...] = ("symbol", "marker", "date", "time", "resolution", "article", "ordinal", "latin", "number")

#: Languages whose texts are searched for Latin-script tokens.
NON_LATIN_LANGUAGES: frozenset[str] = frozenset({"ar", "zh", "ru"})

# ---------------------------------------------------------------------------
# Character folding (one character for one, so offsets stay valid)

# Arabic-Indic (٠…٩), Eastern Arabic/Persian (۰…۹) and full-width (０…９) digits.
_DIGIT_FOLD = {zero + i: ord("0") + i for zero in (0x0660, 0x06F0, 0xFF10) for i in range(10)}

_FOLD = dict(_DIGIT_FOLD)
_FOLD.update({0xFF21 + i: ord("A") + i for i in range(26)})
_FOLD.update({0xFF41 + i: ord("a") + i for i in range(26)})
_FOLD.update({
    ord("／"): "/", ord("（"): "(", ord("）"): ")", ord("－"): "-", ord("．"): ".",
    ord("٫"): ".", ord("٬"): ",",  # Arabic decimal and thousands separators
    ord("\u2010"): "-", ord("\u2011"): "-",  # hyphen, non-breaking hyphen
})
# The Traditional forms of the Chinese words anchors are found by (第19條, 第三屆, 二十週年, 第 11/1 號, 2019冠狀病毒病):
# a text in Traditional characters gives the anchors of its Simplified form.
_FOLD.update({ord(traditional): simple for simple, traditional in TRADITIONAL_FORMS.items()})


def normalise_digits(text: str) -> str:
    """``text`` with Arabic-Indic, Persian and full-width digits written as ASCII digits (same length)."""
    return text.translate(_DIGIT_FOLD)


_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")


_FOLDED = {chr(c): chr(to) if isinstance(to, int) else to for c, to in _FOLD.items()}


def _fold(text: str) -> str:
    return _FOLDABLE.sub(lambda m: _FOLDED[m.group()], text)  # quicker than str.translate on CJK text


# ---------------------------------------------------------------------------
# UN document symbols

#: Leading elements of UN document symbols (organ, body or series).
SYMBOL_PREFIXES: tuple[str, ...] = (
    "A", "S", "E", "T", "ST", "CTOC", "CAC", "UNODC", "CCPCJ", "CND", "HRC", "TD", "DP", "UNEP", "UNW",
    "PBC", "IDB", "CD", "CRC", "CEDAW", "CERD", "CCPR", "CAT", "CMW", "CRPD", "CED", "ICCD", "FCCC",
    "ISBA", "SPLOS", "UNHCR", "ECE", "ESCAP", "ECLAC", "ESCWA", "ECA", "UNCTAD", "UNIDO", "UNITAR",
)
_PREFIX_RE = "|".join(sorted(SYMBOL_PREFIXES, key=len, reverse=True))
_SYMBOL_PART = r"[A-Z0-9][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*"
_ONE_SYMBOL = rf"(?:{_PREFIX_RE})(?:/{_SYMBOL_PART})+(?:[ \u00a0]?\((?:19|20)\d\d\))?"
_SYMBOL = re.compile(rf"(?<![A-Za-z0-9/.\-]){_ONE_SYMBOL}(?:-{_ONE_SYMBOL})*(?![A-Za-z0-9/])")
_SYMBOL_START = re.compile(rf"(?:{_PREFIX_RE})/")
_SYMBOL_WHOLE = re.compile(rf"{_ONE_SYMBOL}(?:-{_ONE_SYMBOL})*")
_SYMBOL_SPLIT = re.compile(rf"-(?=(?:{_PREFIX_RE})/)")
_PAREN_YEAR = re.compile(r"[ \u00a0]?\(((?:19|20)\d\d)\)$")
_REVISION = re.compile(r"(?:Rev|Add|Corr|Amend|Suppl?|Summary|Excerpt)(?:\.\d+)?")
_YEAR_PART = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class UNSymbol:
    """A parsed UN document symbol such as ``CTOC/COP/WG.3/2021/3``.

    ``body`` holds the series elements (``("CTOC", "COP", "WG.3")``,
    ``("A", "RES", "55")``), ``year`` the year part if any (``2021``; for
    ``S/RES/2720 (2023)`` the year in brackets), ``number`` the document's
    number within its series (``3``, ``L.3``), ``suffix`` revisions and the
    like (``Rev.1``, ``Add.2``, ``(2023)``). ``normalised`` is the canonical
    spelling (no spaces: ``S/RES/2720(2023)``); a joint symbol's further
    symbols are in ``joint`` and its ``normalised`` joins all with ``-``.
    """

    body: tuple[str, ...]
    number: str
    year: Optional[str] = None
    suffix: Optional[str] = None
    normalised: str = ""
    joint: tuple["UNSymbol", ...] = ()


def parse_symbol(text: str) -> UNSymbol | None:
    """The UN document symbol ``text`` (surrounding spaces allowed), or None if it is not one."""
    text = _fold(text.strip())
    if not _SYMBOL_WHOLE.fullmatch(text):
        return None
    singles = [_parse_single(piece) for piece in _SYMBOL_SPLIT.split(text)]
    if any(s is None for s in singles):
        return None
    first, *rest = singles
    if not rest:
        return first
    joined = "-".join(s.normalised for s in singles)
    return UNSymbol(first.body, first.number, first.year, first.suffix, joined, tuple(rest))


def _parse_single(text: str) -> UNSymbol | None:
    if not any(ch.isdigit() for ch in text):
        return None
    suffixes: list[str] = []
    paren = _PAREN_YEAR.search(text)
    year = None
    if paren:
        year = paren.group(1)
        text = text[: paren.start()]
    parts = text.split("/")
    normalised = "/".join(parts) + (f"({year})" if paren else "")
    core = list(parts)
    while len(core) > 2 and _REVISION.fullmatch(core[-1]):
        suffixes.insert(0, core.pop())
    if paren:
        suffixes.append(f"({year})")
    if len(core) < 2:
        return None
    number = core.pop()
    body = []
    for part in core[1:]:
        if year is None and _YEAR_PART.fullmatch(part):
            year = part
        else:
            body.append(part)
    return UNSymbol(
        body=(core[0], *body),
        number=number,
        year=year,
        suffix="/".join(suffixes) or None,
        normalised=normalised,
    )


# ---------------------------------------------------------------------------
# Month names

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "f[ée]vrier", "mars", "avril", "mai", "juin", "juillet", "ao[ûu]t", "septembre",
           "octobre", "novembre", "d[ée]cembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "sep?tiembre",
           "octubre", "noviembre", "diciembre"),
    "ru": ("январ[ьяе]", "феврал[ьяе]", "март[ае]?", "апрел[ьяе]", "ма[йяе]", "июн[ьяе]", "июл[ьяе]",
           "август[ае]?", "сентябр[ьяе]", "октябр[ьяе]", "ноябр[ьяе]", "декабр[ьяе]"),
}
# Arabic: Levantine and Western names, as the UN writes them together ("آذار/مارس") or alone.
_AR_MONTHS = (
    ("كانون الثاني", "يناير"), ("شباط", "فبراير"), ("[آا]ذار", "مارس"), ("نيسان", "[أإا]بريل"),
    ("[أا]يار", "مايو"), ("حزيران", "يوني[هو]"), ("تموز", "يولي[هو]"), ("[آا]ب", "[أآا]غسطس"),
    ("[أا]يلول", "سبتمبر"), ("تشرين ال[أا]ول", "[أا]كتوبر"), ("تشرين الثاني", "نوفمبر"),
    ("كانون ال[أا]ول", "ديسمبر"),
)
_MONTHS["ar"] = tuple(
    rf"(?:{lev}\s*/\s*{west}|{west}\s*/\s*{lev}|{lev}|{west})" for lev, west in _AR_MONTHS
)

_MONTH_RES: dict[str, list[re.Pattern[str]]] = {
    lang: [re.compile(rf"(?:{name})(?!\w)", 0 if lang == "en" else re.IGNORECASE) for name in names]
    for lang, names in _MONTHS.items()
}


def _month_number(lang: str, text: str) -> int:
    for number, pattern in enumerate(_MONTH_RES[lang], 1):
        if pattern.fullmatch(text.strip()):
            return number
    raise AssertionError(f"not a month name: {text!r}")


# ---------------------------------------------------------------------------
# Candidates and their resolution


class _Match(NamedTuple):
    """A candidate: the span it occupies and the anchors it gives, each as (value, start, end)."""

    kind: str
    start: int
    end: int
    spans: tuple[tuple[str, int, int], ...]


_PRECEDENCE = {kind: rank for rank, kind in enumerate(KINDS)}


_DIGIT = re.compile(r"\d")
# A digit with no ASCII digit before it: where each number, date, resolution … can begin (all their
# patterns look behind for a digit or word character). It opens with a digit, which sre scans for quickly.
_DIGITS_START = re.compile(r"\d(?<![0-9]\d)")


def _digits_then(rest: str) -> re.Pattern[str]:
    """Where a match of a pattern beginning with a number followed by ``rest`` can begin (see _DIGITS_START)."""
    return re.compile(r"\d(?<![0-9]\d)" + rest)


def _matches(
    pattern: re.Pattern[str], text: str, starts: re.Pattern[str] = _DIGITS_START, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, pos, endpos)`` gives, for a pattern whose every match begins where ``starts`` does.

    The pattern is tried only at those places: a pattern that opens with a look-behind is otherwise tried
    at every character, while ``starts`` (the start of a number, a letter) is found by a quick scan.
    """
    endpos = len(text) if endpos is None else endpos
    while (start := starts.search(text, pos, endpos)) is not None:
        match = pattern.match(text, start.start(), endpos)
        if match:
            yield match
            pos = match.end()  # no pattern given here matches the empty string
        else:
            pos = start.start() + 1


def _single(kind: str, value: str, start: int, end: int) -> _Match:
    return _Match(kind, start, end, ((value, start, end),))


def _resolve(candidates: Iterable[_Match]) -> list[_Match]:
    """The candidates kept, in text order: of overlapping ones, higher-precedence kinds first, then longer, then earlier."""
    kept: list[_Match] = []
    linked: list[_Match] = []  # candidates chained by overlaps: what is kept of them depends on them alone
    reach = 0  # where the last of them ends
    for match in sorted(candidates, key=_start):
        if match.start >= match.end:
            continue
        if match.start >= reach:
            kept += _resolve_linked(linked, reach)
            linked = [match]
            reach = match.end
        else:
            linked.append(match)
            reach = max(reach, match.end)
    kept += _resolve_linked(linked, reach)
    return kept


def _start(match: _Match) -> int:
    return match.start


def _rank(match: _Match) -> tuple[int, int, int]:
    return _PRECEDENCE[match.kind], match.start - match.end, match.start


def _resolve_linked(linked: list[_Match], reach: int) -> list[_Match]:
    if len(linked) <= 1:
        return linked
    first = min(linked, key=_rank)
    if first.start == linked[0].start and first.end == reach:
        return [first]  # it spans all the others (a date and the numbers in it): it alone is kept
    kept: list[_Match] = []
    for match in sorted(linked, key=_rank):
        if all(match.end <= k.start or k.end <= match.start for k in kept):
            kept.append(match)
    return sorted(kept, key=_start)


def _texts_with(folded: str, joined: JoinedTexts, needle: str | re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Where each text that contains ``needle`` (a string or pattern) begins and ends, in order."""
    pos = 0
    while True:
        if isinstance(needle, str):
            pos = folded.find(needle, pos)
        else:
            found = needle.search(folded, pos)
            pos = found.start() if found else -1
        if pos < 0:
            return
        begin, pos = joined.bounds(joined.which(pos))
        yield begin, pos


def _preceding(folded: str, joined: JoinedTexts, pos: int, width: int) -> tuple[str, int]:
    """For a search looking back from ``pos``: its text up to ``pos``, and where the last ``width`` characters begin."""
    begin = joined.starts[joined.which(pos)]
    return folded[begin:pos], max(0, pos - begin - width)


# ---------------------------------------------------------------------------
# Dates

_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_DAY_SUFFIX = r"(?:er|º|°|\.º)?"  # 1er janvier, 1.º de enero
_DAY = rf"\d{{1,2}}{_DAY_SUFFIX}"
_DATE_SEP: dict[str, str] = {
    "en": r"(?:\s*[,\-–—]\s*|\s+(?:and|to|through)\s+)",
    "fr": r"(?:\s*[,\-–—]\s*|\s+(?:et|au)\s+)",
    "es": r"(?:\s*[,\-–—]\s*|\s+(?:y|al|a)\s+)",
    "ru": r"(?:\s*[,\-–—]\s*|\s+(?:и|по)\s+)",
    "ar": r"(?:\s*[,،\-–—]\s*|\s+(?:إلى|الى|حتى)\s+|\s+و\s*)",
}
_MONTH_LINK = {"es": r"\s+de\s+"}
_YEAR_LINK = {"es": r"\s+(?:de|del)\s+"}
_YEAR_TAIL = {"ru": r"(?:\s+(?:года|году|г\.))?"}


@dataclass(frozen=True)
class _DatePatterns:
    full: re.Pattern[str]  # days, month(s) and year
    no_year: re.Pattern[str]  # days and month(s)
    month_year: re.Pattern[str]
    token: re.Pattern[str]  # a day number or a month name inside a match
    month: re.Pattern[str]  # a month name


def _date_patterns(lang: str) -> _DatePatterns:
    """The patterns of ``lang``'s dates: searched in the text as it is in English (May is a month, may is not),
    lower-cased in the other languages (see :func:`_lowered`), whose month names are given in lower case."""
    flags = 0
    month = "(?:" + "|".join(_MONTHS[lang]) + r")(?!\w)"
    sep = _DATE_SEP[lang]
    days = rf"{_DAY}(?:{sep}{_DAY})*"
    month_link = _MONTH_LINK.get(lang, r"\s+")
    year_link = _YEAR_LINK.get(lang, r"\s+")
    part = rf"{days}{month_link}{month}"
    head = rf"(?<![\d/.,]){part}(?:{sep}{part})*"
    year = rf"{year_link}{_YEAR}{_YEAR_TAIL.get(lang, '')}"
    return _DatePatterns(
        full=re.compile(head + year, flags),
        no_year=re.compile(head, flags),
        month_year=re.compile(rf"(?<!\w)(?P<month>{month}){year}", flags),
        token=re.compile(rf"(?P<month>{month})|(?P<day>\d{{1,2}}){_DAY_SUFFIX}", flags),
        month=re.compile(month, flags),
    )


_DATE_RES = {lang: _date_patterns(lang) for lang in _MONTHS}

_ZH_DAY = r"\d{1,2}\s*[日号]"
_ZH_MORE_DAYS = rf"(?:\s*(?:和|及|与|至|到|、|—|–|-|~|～)\s*(?:\d{{1,2}}\s*月\s*)?{_ZH_DAY})*"
_ZH_FULL = re.compile(rf"(?<!\d){_YEAR}\s*年\s*\d{{1,2}}\s*月\s*{_ZH_DAY}{_ZH_MORE_DAYS}")
_ZH_NO_YEAR = re.compile(rf"(?<![\d年])(?<!年\s)\d{{1,2}}\s*月\s*{_ZH_DAY}{_ZH_MORE_DAYS}")
_ZH_MONTH_YEAR = re.compile(rf"(?<!\d){_YEAR}\s*年\s*(?P<month>\d{{1,2}})\s*月(?!\s*\d{{1,2}}\s*[日号])")
_ZH_TOKEN = re.compile(r"(\d{1,2})\s*([月日号])")
_ISO_DATE = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d\-])")
_ISO_DATE_START = _digits_then(r"\d{3}-")
_ZH_YEAR_START = _digits_then(r"\d{3}\s*年")
_ZH_MONTH_START = _digits_then(r"\d?\s*月")


def _iso(year: Optional[int], month: int, day: Optional[int]) -> Optional[str]:
    """ISO 8601 form of a (possibly partial) date; None if there is no such day."""
    try:
        date(year or 2000, month, day or 1)
    except ValueError:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _date_match(start: int, end: int, days: list[tuple[int, int, str]]) -> _Match:
    """One match over [start, end) giving one date anchor per day; the first and last spans reach the ends."""
    last = len(days) - 1
    spans = tuple((value, start if i == 0 else a, end if i == last else b) for i, (a, b, value) in enumerate(days))
    return _Match("date", start, end, spans)


def _dates(folded: str, lowered: str, joined: JoinedTexts, lang: str) -> Iterator[_Match]:
    for begin, end in _texts_with(folded, joined, "-"):
        for m in _matches(_ISO_DATE, folded, _ISO_DATE_START, begin, end):
            value = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if value:
                yield _date_match(m.start(), m.end(), [(m.start(), m.end(), value)])
    if lang == "zh":
        for begin, end in _texts_with(folded, joined, "月"):  # every Chinese date has its month
            yield from _zh_dates(folded, begin, end)
    else:
        patterns = _DATE_RES[lang]
        text = folded if lang == "en" else lowered
        for begin, end in _texts_with(text, joined, patterns.month):  # every date in words names a month
            yield from _word_dates(text, begin, end, lang, patterns)
    if lang != "en":  # the cover of every version dates it in English: "Distr.: General 18 November 2025"
        for begin, end in _texts_with(folded, joined, _DATE_RES["en"].month):
            yield from _word_dates(folded, begin, end, "en", _DATE_RES["en"])


def _word_dates(folded: str, begin: int, end: int, lang: str, patterns: _DatePatterns) -> Iterator[_Match]:
    for pattern in (patterns.full, patterns.no_year):
        for m in _matches(pattern, folded, _DIGITS_START, begin, end):
            year = int(m.group("year")) if pattern is patterns.full else None
            stop = m.start("year") if year else m.end()
            days: list[tuple[int, int, str]] = []
            pending: list[tuple[int, int, int]] = []
            valid = True
            for t in patterns.token.finditer(folded, m.start(), stop):
                if t.group("day"):
                    pending.append((t.start(), t.end(), int(t.group("day"))))
                    continue
                month = _month_number(lang, t.group("month"))
                for start, stop_day, day in pending:
                    value = _iso(year, month, day)
                    valid = valid and value is not None
                    days.append((start, stop_day, value or ""))
                pending = []
            if valid and days and not pending:
                yield _date_match(m.start(), m.end(), days)
    for m in patterns.month_year.finditer(folded, begin, end):
        value = _iso(int(m.group("year")), _month_number(lang, m.group("month")), None)
        yield _date_match(m.start(), m.end(), [(m.start(), m.end(), value or "")])


def _zh_dates(folded: str, begin: int, end: int) -> Iterator[_Match]:
    if folded.find("日", begin, end) >= 0 or folded.find("号", begin, end) >= 0:
        for pattern, start in ((_ZH_FULL, _ZH_YEAR_START), (_ZH_NO_YEAR, _ZH_MONTH_START)):
            for m in _matches(pattern, folded, start, begin, end):
                year = int(m.group("year")) if pattern is _ZH_FULL else None
                month = 0
                days: list[tuple[int, int, str]] = []
                for t in _ZH_TOKEN.finditer(folded, m.end("year") if year else m.start(), m.end()):
                    if t.group(2) == "月":
                        month = int(t.group(1))
                        continue
                    value = _iso(year, month, int(t.group(1)))
                    if value is None:
                        break
                    days.append((t.start(), t.end(), value))
                else:
                    yield _date_match(m.start(), m.end(), days)
    for m in _matches(_ZH_MONTH_YEAR, folded, _ZH_YEAR_START, begin, end):
        value = _iso(int(m.group("year")), int(m.group("month")), None)
        if value:
            yield _date_match(m.start(), m.end(), [(m.start(), m.end(), value)])


#: A year written in Chinese characters, digit by digit, as formal Chinese dates a text ("二〇二三年十月五日",
#: "二〇二一年三月二十五日和二十六日"), with its month and days in Chinese numerals; or the year alone.
_CN_NUMERAL = "零〇一二两三四五六七八九十百千"
_ZH_CN_DAY = r"([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]"  # (the day's number in group 1)
_ZH_CN_DATE = re.compile(
    rf"(?<![{_CN_NUMERAL}])(?P<year>[一二][〇零一二三四五六七八九]{{3}})\s*年"
    rf"(?:\s*(?P<month>十[一二]?|[一二三四五六七八九])\s*月"
    rf"(?P<days>\s*{_ZH_CN_DAY}(?:\s*(?:和|至|、|-|–)\s*{_ZH_CN_DAY})*)?)?"
)
_ZH_CN_DAY_TOKEN = re.compile(_ZH_CN_DAY)


def _zh_character_dates(folded: str) -> Iterator[_Match]:
    """Dates whose year is written in Chinese characters: one date anchor per day, the month ("2023-10") where no
    day is given, a number where the year stands alone ("二〇二三年" is 2023, as "2023年")."""
    for m in _ZH_CN_DATE.finditer(folded):
        year = chinese_digits(m.group("year"))
        if m.group("month") is None:
            yield _single("number", str(year), m.start("year"), m.end("year"))
            continue
        month = chinese_number(m.group("month"))
        if m.group("days") is None:
            value = _iso(year, month, None)
            if value:
                yield _date_match(m.start(), m.end(), [(m.start(), m.end(), value)])
            continue
        days = [(t.start(), t.end(), _iso(year, month, chinese_number(t.group(1))))
                for t in _ZH_CN_DAY_TOKEN.finditer(folded, m.start("days"), m.end("days"))]
        if all(value for _, _, value in days):
            yield _date_match(m.start(), m.end(), [(a, b, value or "") for a, b, value in days])


# ---------------------------------------------------------------------------
# Resolution and decision numbers

_RESOLUTION = re.compile(r"(?<![A-Za-z0-9./\-])(\d{1,4})/(\d{1,4})(?![A-Za-z0-9/]|[.,]\d)")
# Security Council style: "2720 (2023)".
_COUNCIL_RESOLUTION = re.compile(r"(?<![A-Za-z0-9./\-])(\d{1,4}) ?\(((?:19|20)\d\d)\)")
_RESOLUTION_START = _digits_then(r"\d{0,3}/")
_COUNCIL_RESOLUTION_START = _digits_then(r"\d{0,3} ?\(")


def _resolutions(folded: str, joined: JoinedTexts) -> Iterator[_Match]:
    for begin, end in _texts_with(folded, joined, "/"):
        for m in _matches(_RESOLUTION, folded, _RESOLUTION_START, begin, end):
            yield _single("resolution", f"{m.group(1)}/{m.group(2)}", m.start(), m.end())
    for begin, end in _texts_with(folded, joined, "("):
        for m in _matches(_COUNCIL_RESOLUTION, folded, _COUNCIL_RESOLUTION_START, begin, end):
            yield _single("resolution", f"{m.group(1)}({m.group(2)})", m.start(), m.end())


# ---------------------------------------------------------------------------
# Times of day

# Each language's notation, from its hour ("h") to its end, with the minutes (if any) in "m". Where the notation
# alone does not tell a time of day from a number of hours, the word before it does (see _TIME_BEFORE: "à",
# "las", "в", "الساعة"), or the one after it ("post": "horas", "de 10 heures à 13 heures"). English "a.m." /
# "p.m." is in "ap".
_CLOCK = r"(?<![\w.,])(?P<h>\d{1,2})"
_TIME_RES: dict[str, re.Pattern[str]] = {
    "en": re.compile(rf"{_CLOCK}(?:[.:](?P<m>\d\d))?\s?(?:(?P<ap>[ap])\.\s?m\.|(?P<noon>noon|midnight))(?!\w)"),
    "fr": re.compile(rf"{_CLOCK}\s?h(?:eures?)?(?:\s?(?P<m>\d{{1,2}}))?(?!\w)(?P<post>(?=\s[àa]\s\d))?"),  # 10 h 5
    "es": re.compile(rf"{_CLOCK}(?:[.:](?P<m>\d\d))?(?P<post>\s?horas(?!\w))?"),
    "ru": re.compile(rf"{_CLOCK}\s?(?:ч(?![а-яё])\.?|час(?:а|ов)?(?![а-яё]))(?:\s?(?P<m>\d\d)\s?м(?:ин)?(?![а-яё])\.?)?"),
    "zh": re.compile(r"(?<![A-Za-z0-9.\-])(?P<h>\d{1,2})\s?[时時](?![代期间間候段效任事])(?:\s?(?P<m>\d{1,2})\s?分)?"),
    # (UN Arabic writes the minutes first: "الساعة 00/15" is 15:00, "الساعة 30/9 صباحا" 9:30 in the morning)
    "ar": re.compile(r"(?<![\w.,/])(?:(?P<m>[0-5]\d)/)?(?P<h>\d{1,2})(?![\d:.,/])(?:\s?(?P<pm>مساء))?"),
}
#: The word before the hour that makes it a time of day, in the few characters before it (Chinese: the half of
#: the day, 上午, 下午 …, which the time's span takes in).
_TIME_BEFORE: dict[str, re.Pattern[str]] = {lang: re.compile(pattern) for lang, pattern in {
    "fr": r"(?<!\w)[àÀ]\s$", "es": r"(?<!\w)las\s$", "ru": r"(?<!\w)[вВ]\s$", "ar": r"(?:(?<!\w)|(?<=[وبف]))الساعة\s$",
    "zh": r"(?P<half>上午|下午|中午|晚上|凌晨)\s?$",
}.items()}
#: What each language's time needs besides the hour, any of these sets of: "m" minutes, "before" the word before
#: it, "post" the word after it (the empty set: nothing). A Spanish hour with "horas" after it and no minutes is a
#: number of hours ("en un plazo de 12 horas"), as UN Spanish writes a time "a las 15.00 horas"; so is a Russian
#: one with "часов" and no "в" ("в течение 12 часов", but "в 10 часов").
_TIME_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": ((),), "zh": ((),), "fr": (("m",), ("before",), ("post",)), "es": (("before",), ("m", "post")),
    "ru": (("m",), ("before",)), "ar": (("before",),),
}
#: The first hour of a range whose notation only the second carries, right before it: "3 to 6 p.m.", "between
#: 10 and 11.30 a.m.", "de 10.00 a 13.00 horas", "de 15 à 18 heures", "с 10 до 13 ч. 00 м.".
_RANGE_START: dict[str, re.Pattern[str]] = {lang: re.compile(rf"(?<![\w.,:/]){pattern}$") for lang, pattern in {
    "en": r"(?P<h>\d{1,2})(?:[.:](?P<m>\d\d))?\s?(?:to|and|[-–—])\s?",
    "es": r"(?P<h>\d{1,2})[.:](?P<m>\d\d)\s(?:a|y|hasta)\s(?:las\s)?",
    "fr": r"(?P<h>\d{1,2})\s(?:à|et)\s",
    "ru": r"(?P<h>\d{1,2})\s(?:до|и)\s",
}.items()}
#: How far before the second hour of a range its first is looked for.
_RANGE_START_CHARS = 16
#: Noon and midnight named by a word, after the preposition that makes it a time of day ("à midi", not
#: "après-midi"; "al mediodía", "в полдень"), with their hours; English names them after the hour ("12 noon").
_NAMED_TIMES: dict[str, tuple[re.Pattern[str], dict[str, int]]] = {
    "fr": (re.compile(r"(?<!\w)(?:[àÀ]|[dD]e|jusqu['’]à)\s(midi|minuit)(?!\w)"), {"midi": 12, "minuit": 0}),
    "es": (re.compile(r"(?<!\w)(?:[aA]l?|[dD]el?|[hH]asta\sel)\s(mediodía|medianoche)(?!\w)"),
           {"mediodía": 12, "medianoche": 0}),
    "ru": (re.compile(r"(?<!\w)(?:[вВ]|[дД]о)\s(полдень|полудня|полночь|полуночи)(?!\w)"),
           {"полдень": 12, "полудня": 12, "полночь": 0, "полуночи": 0}),
}
# Everywhere: "10:00" (Arabic, Chinese, Russian and Spanish texts write it so), not in "3:16" or "10:00:05".
_TIME_COLON = re.compile(r"(?<![A-Za-z0-9.,:])(?P<h>\d{1,2}):(?P<m>\d\d)(?![A-Za-z0-9:])")
#: What a text must hold for its language's notation to be looked for in it: any of these, each opening with a
#: literal, which sre scans for quickly, then looking behind it for the hour.
_TIME_NEEDLES: dict[str, tuple[re.Pattern[str], ...]] = {lang: tuple(map(re.compile, needles)) for lang, needles in {
    "en": (r"\.m\.(?<=[ap]\.m\.)|\.m\.(?<=[ap]\. m\.)", r"noon", r"midnight"), "fr": (r"h(?<=\dh)|h(?<=\d h)",),
    "es": (r"horas", r"las(?=\s\d)"), "ru": (r"ч(?<=\dч)|ч(?<=\d\sч)",),
    "zh": (r"时(?<=\d时)|时(?<=\d\s时)", r"時(?<=\d時)|時(?<=\d\s時)"), "ar": (r"ساعة",),
}.items()}
#: Between the two times of a Chinese range (下午3时至6时).
_ZH_TIME_RANGE = re.compile(r"\s*(?:至|到|-|–|—|~|～)\s*")
#: Where a Chinese sentence or clause of a list ends: a half of the day named before it no longer holds after it.
_ZH_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
#: The halves of the day whose hours Chinese counts from noon (下午3时 is 15:00).
_AFTERNOON = {"下午": 12, "晚上": 12}
#: How far before the hour the word that makes it a time of day is looked for ("الساعة " is seven characters).
_TIME_BEFORE_CHARS = 8


def _times(folded: str, joined: JoinedTexts, lang: str) -> Iterator[_Match]:
    """Times of day, valued "HH:MM" on the 24-hour clock."""
    for begin, end in _texts_with(folded, joined, ":"):
        for m in _matches(_TIME_COLON, folded, _DIGITS_START, begin, end):
            yield from _time(int(m.group("h")), m.group("m"), m.start(), m.end())
    pattern, needs, before = _TIME_RES[lang], _TIME_NEEDS[lang], _TIME_BEFORE.get(lang)
    texts = sorted({bounds for needle in _TIME_NEEDLES[lang] for bounds in _texts_with(folded, joined, needle)})
    for begin, end in texts:
        half, reach, last = "", -1, 0  # the half of the day of the last Chinese time, where that time ends, its hour
        for m in _matches(pattern, folded, _DIGITS_START, begin, end):
            groups = m.groupdict()
            word = before.search(folded, max(begin, m.start() - _TIME_BEFORE_CHARS), m.start()) if before else None
            groups["before"] = word
            if not any(all(groups.get(part) is not None for part in need) for need in needs):
                continue  # a number of hours ("dans un délai de 12 heures", "en un plazo de 12 horas")
            hour, start = int(groups["h"]), m.start()
            if lang == "en":
                if not 1 <= hour <= 12 or groups["noon"] and hour != 12:
                    continue
                hour = hour % 12 + (12 if groups["ap"] == "p" or groups["noon"] == "noon" else 0)
            elif lang == "zh":
                if word is not None:
                    half, start = word.group("half"), word.start()
                elif not (_ZH_TIME_RANGE.fullmatch(folded, reach, m.start()) or
                          last <= hour < 12 and _ZH_SENTENCE_END.search(folded, reach, m.start()) is None):
                    half = ""  # (下午3时至6时, 下午3时开会，6时散会: a later hour in the first's half of the day)
                last = hour
                hour += _AFTERNOON.get(half, 0) if hour < 12 else 0
                reach = m.end()
            elif lang == "ar" and groups.get("pm") and hour < 12:
                hour += 12
            if lang in _RANGE_START:
                yield from _range_start(folded, max(begin, m.start() - _RANGE_START_CHARS), m.start(), lang, hour)
            yield from _time(hour, groups.get("m"), start, m.end())


def _named_times(folded: str, lang: str) -> Iterator[_Match]:
    """Noon and midnight named by a word (see _NAMED_TIMES)."""
    pattern, hours = _NAMED_TIMES[lang]
    if any(word in folded for word in hours):
        for m in pattern.finditer(folded):
            yield from _time(hours[m.group(1)], None, m.start(1), m.end(1))


def _range_start(folded: str, begin: int, end: int, lang: str, second: int) -> Iterator[_Match]:
    """The first time of a range ending at ``end``, whose second time is at hour ``second`` (24-hour clock), if any:
    in English in the second's half of the day, unless that makes it later ("10 to 1 p.m." is 10:00)."""
    first = _RANGE_START[lang].search(folded, begin, end)
    if first is None:
        return
    hour = int(first.group("h"))
    if lang == "en":
        if not 1 <= hour <= 12:
            return
        hour = hour % 12 + (12 if second >= 12 else 0)
        if hour > second and hour >= 12:
            hour -= 12
    if hour <= second:
        yield from _time(hour, first.groupdict().get("m"), first.start(), first.end())


def _time(hour: int, minutes: str | None, start: int, end: int) -> Iterator[_Match]:
    minute = int(minutes or 0)
    if hour <= 23 and minute <= 59:
        yield _single("time", f"{hour:02d}:{minute:02d}", start, end)


# ---------------------------------------------------------------------------
# Article references

_ABJAD_RE = "|".join(sorted(ABJAD + ("ه",), key=len, reverse=True))
# Cyrillic letters that look like the Latin letters UN Russian uses for subparagraphs.
_CYRILLIC_LOOKALIKES = str.maketrans("асеорху", "aceopxy")
_LATIN_LETTER = r"[a-zасеорху]"
_ARTICLE_LETTER: dict[str, str] = {
    "en": rf" ?\((?P<l>{_LATIN_LETTER})\)",
    "fr": rf" ?\(?(?P<l>{_LATIN_LETTER})\)",
    "es": rf" ?\(?(?P<l>{_LATIN_LETTER})\)",
    "ru": rf" ?\(?(?P<l>{_LATIN_LETTER})\)",
    "ar": rf" ?\((?P<l>{_ABJAD_RE})\)",
}
_ARTICLE_WORD: dict[str, str] = {
    "en": r"(?<!\w)[Aa]rt(?:icles?|s?\.)",
    "fr": r"(?<!\w)[Aa]rt(?:icles?|\.)",
    "es": r"(?<!\w)[Aa]rt(?:[íi]culos?|\.)",
    "ru": r"(?<!\w)[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй|ей|ьям|ьями|ьях)(?!\w)",
    "ar": r"(?<!\w)[وبفل]?(?:ال|ل)?(?:مادة|مادتين|مادتان|مواد)(?!\w)",
}
_ARTICLE_LIST_SEP: dict[str, str] = {
    "en": r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)",
    "fr": r"(?:\s*,\s*|\s+(?:et|ou)\s+)",
    "es": r"(?:\s*,\s*|\s+(?:y|e|o|u)\s+)",
    "ru": r"(?:\s*,\s*|\s+(?:и|или)\s+)",
    "ar": r"(?:\s*[,،]\s*|\s+و\s*|\s+أو\s+)",
}
# "subparagraph (b) of article 2", "пункт (b) статьи 2": the letter before the article.
_LETTER_FIRST: dict[str, str] = {
    "en": r"(?<!\w)(?:sub)?paragraph\s+\((?P<l>[a-z])\)\s+of\s+article\s+(?P<n>\d+)",
    "fr": r"(?<!\w)alinéa\s+\(?(?P<l>[a-z])\)\s+(?:de\s+l['’]\s?|du\s+)article\s+(?P<n>\d+)",
    "es": r"(?<!\w)(?:apartado|inciso|párrafo)\s+\(?(?P<l>[a-z])\)\s+del\s+artículo\s+(?P<n>\d+)",
    "ru": rf"(?<!\w)(?:под)?пункт\w*\s+\(?(?P<l>{_LATIN_LETTER})\)\s+стат\w*\s+(?P<n>\d+)",
    "ar": rf"(?<!\w)(?:ال)?فقرة\s+(?:ال)?فرعية\s+\((?P<l>{_ABJAD_RE})\)\s+من\s+(?:ال)?مادة\s+(?P<n>\d+)",
}
_ZH_ARTICLE = re.compile(rf"第\s*(?P<n>\d+|[{_CN_NUMERAL}]+)\s*条(?:\s*\((?P<l>[a-z])\)\s*[项款]?)?")
# A range of articles in words, 第十六至十八条: articles 16 and 18, as "articles 16 to 18" gives them.
_ZH_ARTICLE_RANGE = re.compile(rf"第\s*(?P<n>[{_CN_NUMERAL}]+)\s*(?:至|到|-|–|—)\s*(?P<m>[{_CN_NUMERAL}]+)\s*条")
#: French writes the first article "article premier" ("Article premier" as a heading).
_FR_FIRST_ARTICLE = re.compile(r"(?<!\w)[Aa]rticle\s+(?P<n>premier)(?!\w)")


def _article_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    item = rf"\d+(?:{_ARTICLE_LETTER[lang]})?".replace("(?P<l>", "(?:")
    sep = _ARTICLE_LIST_SEP[lang]
    return (
        re.compile(rf"{_ARTICLE_WORD[lang]}\s*{item}(?:{sep}{item})*(?![\d/])"),
        re.compile(rf"(?P<n>\d+)(?:{_ARTICLE_LETTER[lang]})?"),
        re.compile(_LETTER_FIRST[lang]),  # searched in the lower-cased text
    )


_ARTICLE_RES = {lang: _article_patterns(lang) for lang in _ARTICLE_WORD}


def _letter(letter: Optional[str]) -> str:
    if not letter:
        return ""
    if letter in ABJAD or letter == "ه":
        index = ABJAD.index("هـ" if letter == "ه" else letter)
        return f"({chr(ord('a') + index)})" if index < 26 else f"({letter})"
    return f"({letter.lower().translate(_CYRILLIC_LOOKALIKES)})"


def _articles(folded: str, lowered: str, lang: str) -> Iterator[_Match]:
    if lang == "zh":
        for m in _ZH_ARTICLE.finditer(folded):
            n = m.group("n")
            number = n if n.isdigit() else str(chinese_number(n))
            yield _single("article", number + _letter(m.group("l")), m.start("n"), m.end())
        for m in _ZH_ARTICLE_RANGE.finditer(folded):
            yield _Match("article", m.start(), m.end(), tuple((str(chinese_number(m.group(g))), m.start(g), m.end(g))
                                                                for g in ("n", "m")))
        return
    listed, item, letter_first = _ARTICLE_RES[lang]
    for m in listed.finditer(folded):
        items = list(item.finditer(folded, m.start(), m.end()))
        # the keyword itself holds no digits, so every item is an article number
        spans = tuple((i.group("n") + _letter(i.group("l")), i.start(), i.end()) for i in items)
        yield _Match("article", m.start(), m.end(), spans)
    if lang == "fr" and "premier" in folded:
        for m in _FR_FIRST_ARTICLE.finditer(folded):
            yield _single("article", "1", m.start("n"), m.end())
    for m in letter_first.finditer(lowered):
        value = m.group("n") + _letter(m.group("l"))
        letter_start = m.start("l") - (folded[m.start("l") - 1] == "(")  # the span opens at "(b)" or "b)"
        yield _single("article", value, letter_start, m.end())


# ---------------------------------------------------------------------------
# Ordinals of sessions, meetings, anniversaries


def _en_ordinals() -> dict[str, int]:
    units = "first second third fourth fifth sixth seventh eighth ninth".split()
    teens = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
    tens_ordinal = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    words = {w: i + 1 for i, w in enumerate(units)}
    words.update({w: i + 10 for i, w in enumerate(teens.split())})
    for i, (ordinal, cardinal) in enumerate(zip(tens_ordinal, tens)):
        words[ordinal] = 20 + 10 * i
        for j, unit in enumerate(units):
            words[f"{cardinal}-{unit}"] = 21 + 10 * i + j
    words["hundredth"] = 100
    return words


def _fr_ordinals() -> dict[str, int]:
    units = "deuxième troisième quatrième cinquième sixième septième huitième neuvième".split()
    teens = ("dixième onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième "
             "dix-neuvième").split()
    words = {"premier": 1, "première": 1, "second": 2, "seconde": 2}
    words.update({w: i + 2 for i, w in enumerate(units)})
    words.update({w: i + 10 for i, w in enumerate(teens)})
    for i, (cardinal, ordinal) in enumerate(
        (("vingt", "vingtième"), ("trente", "trentième"), ("quarante", "quarantième"),
         ("cinquante", "cinquantième"), ("soixante", "soixantième"))
    ):
        tens = 20 + 10 * i
        words[ordinal] = tens
        words[f"{cardinal} et unième"] = tens + 1
        words.update({f"{cardinal}-{unit}": tens + 2 + j for j, unit in enumerate(units)})
    words["soixante et onzième"] = 71
    words.update({f"soixante-{teen}": 70 + j for j, teen in enumerate(teens) if j != 1})
    words["quatre-vingtième"] = 80
    words["quatre-vingt-unième"] = 81
    words.update({f"quatre-vingt-{unit}": 82 + j for j, unit in enumerate(units)})
    words.update({f"quatre-vingt-{teen}": 90 + j for j, teen in enumerate(teens)})
    words["centième"] = 100
    return words


_ES_UNITS = ("primer", "segund", "tercer", "cuart", "quint", "sext", "s[eé]ptim", "octav", "noven")
_ES_TENS = ("vig[eé]sim", "trig[eé]sim", "cuadrag[eé]sim", "quincuag[eé]sim", "sexag[eé]sim",
            "septuag[eé]sim", "octog[eé]sim", "nonag[eé]sim")
_ES_END = "(?:o|a|os|as)"


def _es_ordinal_patterns() -> dict[str, int]:
    def unit(stem: str) -> str:  # "primer" and "tercer" also stand without an ending
        return stem + (f"{_ES_END}?" if stem in ("primer", "tercer") else _ES_END)

    patterns = {unit(stem): i + 1 for i, stem in enumerate(_ES_UNITS)}
    patterns.update({f"d[eé]cim{_ES_END}": 10, f"und[eé]cim{_ES_END}": 11, f"duod[eé]cim{_ES_END}": 12,
                     f"decimonon{_ES_END}": 19, f"centésim{_ES_END}": 100})
    for i, stem in enumerate(_ES_UNITS):
        patterns[rf"d[eé]cim[oa]?\s?{unit(stem)}"] = 11 + i
    for i, tens in enumerate(_ES_TENS):
        patterns[f"{tens}{_ES_END}"] = 20 + 10 * i
        for j, stem in enumerate(_ES_UNITS):
            patterns[rf"{tens}[oa]\s?{unit(stem)}"] = 21 + 10 * i + j
    return patterns


_RU_STEMS = ("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят",
             "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
             "семнадцат", "восемнадцат", "девятнадцат")
_RU_TENS = (("двадцать", "двадцат"), ("тридцать", "тридцат"), ("сорок", "сороков"), ("пятьдесят", "пятидесят"),
            ("шестьдесят", "шестидесят"), ("семьдесят", "семидесят"), ("восемьдесят", "восьмидесят"),
            ("девяносто", "девяност"))
_RU_END = "(?:ый|ой|ий|ая|ое|ого|ому|ом|ую|ые|ых|ым|ыми|ей)"
_RU_THIRD_END = "(?:ий|ь(?:я|е|его|ему|ем|ей|ю|и|их|им|ими))"


def _ru_ordinal_patterns() -> dict[str, int]:
    def form(stem: str) -> str:
        return stem + (_RU_THIRD_END if stem == "трет" else _RU_END)

    patterns = {form(stem): i + 1 for i, stem in enumerate(_RU_STEMS)}
    for i, (cardinal, stem) in enumerate(_RU_TENS):
        patterns[form(stem)] = 20 + 10 * i
        for j, unit in enumerate(_RU_STEMS[:9]):
            patterns[rf"{cardinal}\s+{form(unit)}"] = 21 + 10 * i + j
    patterns[form("сот")] = 100
    return patterns


_AR_UNITS = (("الأول", "الأولى"), ("الثاني", "الثانية"), ("الثالث", "الثالثة"), ("الرابع", "الرابعة"),
             ("الخامس", "الخامسة"), ("السادس", "السادسة"), ("السابع", "السابعة"), ("الثامن", "الثامنة"),
             ("التاسع", "التاسعة"))
_AR_TENS = (("العشرون", "العشرين"), ("الثلاثون", "الثلاثين"), ("الأربعون", "الأربعين"), ("الخمسون", "الخمسين"),
            ("الستون", "الستين"), ("السبعون", "السبعين"), ("الثمانون", "الثمانين"), ("التسعون", "التسعين"))


def _ar_ordinal_patterns() -> dict[str, int]:
    def either(forms: Iterable[str]) -> str:
        return "(?:" + "|".join(forms) + ")"

    compound_units = [either(("الحادي", "الحادية"))] + [either(pair) for pair in _AR_UNITS[1:]]
    patterns = {either(pair): i + 1 for i, pair in enumerate(_AR_UNITS)}
    patterns[either(("العاشر", "العاشرة"))] = 10
    for i, unit in enumerate(compound_units):
        patterns[rf"{unit}\s+عشرة?"] = 11 + i
    for i, tens in enumerate(_AR_TENS):
        patterns[either(tens)] = 20 + 10 * i
        for j, unit in enumerate(compound_units):
            patterns[rf"{unit}\s+و\s?{either(tens)}"] = 21 + 10 * i + j
    return {p.replace("أ", "[أا]"): n for p, n in patterns.items()}


def _word_patterns(words: dict[str, int]) -> dict[str, int]:
    """Literal ordinal words as patterns: hyphen and space interchangeable, plural -s allowed."""
    return {re.escape(w).replace(r"\-", "[-\\s]").replace(r"\ ", "[-\\s]") + "s?": n for w, n in words.items()}


@dataclass(frozen=True)
class _OrdinalTable:
    finder: re.Pattern[str]  # every ordinal word, searched in the lower-cased text
    patterns: tuple[tuple[re.Pattern[str], int], ...]  # each word's pattern and value, in the finder's order
    known: dict[str, int]  # the words found so far → their value

    def value(self, word: str) -> int:
        """The value of ``word`` (lower case), a match of the finder."""
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = next(n for p, n in self.patterns if p.fullmatch(word))
        return found


def _ordinal_table(patterns: dict[str, int], lang: str) -> _OrdinalTable:
    """The patterns as one search. Those opening with the same letter make one branch under that letter (so that
    sre tries a few branches at each character, not every pattern), in their order (compounds before their parts):
    the same match at each place as the patterns one after another."""
    ordered = sorted(patterns, key=len, reverse=True)  # compounds before their parts
    branches: dict[str, list[str]] = {}
    if all(p[0].isalpha() for p in ordered):
        for p in ordered:
            branches.setdefault(p[0], []).append(p[1:])
    else:
        branches[""] = ordered
    before = r"(?:(?<!\w)|(?<=(?<!\w)و))" if lang == "ar" else r"(?<!\w)"
    alternatives = "|".join(head + "(?:" + "|".join(rests) + ")" for head, rests in branches.items())
    return _OrdinalTable(finder=re.compile(before + "(?:" + alternatives + r")(?!\w)"),
                         patterns=tuple((re.compile(p), patterns[p]) for p in ordered), known={})


def _lowered(text: str) -> str:
    """``text`` in lower case, each character for one (so that offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


_ORDINAL_TABLES: dict[str, _OrdinalTable] = {
    "en": _ordinal_table(_word_patterns(_en_ordinals()), "en"),
    "fr": _ordinal_table(_word_patterns(_fr_ordinals()), "fr"),
    "es": _ordinal_table(_es_ordinal_patterns(), "es"),
    "ru": _ordinal_table(_ru_ordinal_patterns(), "ru"),
    "ar": _ordinal_table(_ar_ordinal_patterns(), "ar"),
}
_NUMERIC_ORDINAL: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"(?<![\w.])(\d+)(?:st|nd|rd|th)(?!\w)"),
    "fr": re.compile(r"(?<![\w.])(\d+)(?:e|er|re|ère|ème|es|ers|res|èmes)(?!\w)"),
    "es": re.compile(r"(?<![\w.])(\d+)\.?(?:[ªº]|er)s?(?!\w)"),
    "ru": re.compile(r"(?<![\w.])(\d+)-(?:й|я|е|го|му|м|х|ми|ой|ый|ая|ое|ого|ом|ым)(?!\w)"),
}
# 第十一届 (session, round …) and 十周年 (anniversary): apart, as no match of one can overlap one of the other.
_ZH_ORDINAL = re.compile(rf"第\s*(\d+|[{_CN_NUMERAL}]+)\s*(?:次|届|轮|期|委员会|个|阶段|季度|周期|年|天|位|名|类|批|版|代|款|段|项)")
_ZH_ANNIVERSARY = re.compile(rf"(?<![\d{_CN_NUMERAL}])(\d+|[{_CN_NUMERAL}]+)\s*周年")

# Words next to which "first" and "second" are ordinals of a meeting, or of a phase, cycle or round (第二阶段) in
# the singular: "the first stages" and "les premières étapes" are the early stages, no count ("une première
# étape", "una primera etapa" are as often a first step).
_MEETING_AFTER: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\s+(?:(?:regular|special|resumed|ordinary|extraordinary|plenary)\s+)?"
                     r"(?:sessions?|meetings?|anniversary|conferences?|congress|part|committee)\b"
                     r"|\s+(?:[a-z-]+\s+)?(?:phase|stage|cycle|round|edition)\b", re.I),  # the first review cycle
    "fr": re.compile(r"\s+(?:sessions?|réunions?|séances?|anniversaire|conférences?|congrès|partie|phase|"
                     r"cycle|édition)\b", re.I),
    "es": re.compile(r"\s+(?:per[ií]odos?|reuni[oó]n|reuniones|sesi[oó]n|sesiones|aniversario|conferencias?|"
                     r"congresos?|parte|fase|ciclo|ronda|edici[oó]n)\b", re.I),
    "ru": re.compile(r"\s+(?:сесси|совещани|заседани|годовщин|конференци|конгресс|очередн|специальн|част|"
                     r"(?:этап|цикл|раунд)(?:а|е|ом|у)?(?![а-яё])|фаз(?:а|е|у|ой)(?![а-яё]))", re.I),
}
_AR_MEETING_BEFORE = re.compile(r"(?<!\S)[وبلف]?(?:ل?ال)?(?:دور|اجتماع|جلس|ذكرى|سنوي|مؤتمر|مرحلة|جولة)\w*\s+$")
# Annexes, chapters and parts: Arabic numbers them in words where the other languages use Roman numerals.
_AR_PART_BEFORE = re.compile(r"(?<!\S)[وبلف]?(?:ل?ال)?(?:مرفق|فصل|باب|جزء)\s+$")


# "Third" meaning "outside the relationship" (bona fide third parties, third States): no place in a count; Chinese
# (第三方, 第三国) and French (les tiers, États tiers) write no ordinal there. Spanish, Russian and Arabic plurals and
# the nouns next to the word tell it apart.
_THIRD_PARTY_AFTER: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\s+(?:part(?:y|ies)|countr(?:y|ies)|states?|persons?)\b", re.I),
    "es": re.compile(r"\s+(?:partes?|pa[ií]s(?:es)?|estados?|personas?)\b", re.I),
    "ru": re.compile(r"\s+(?:сторон|лиц|государств|стран)", re.I),
}
_THIRD_PARTY_WORD: dict[str, re.Pattern[str]] = {
    "es": re.compile(r"terceros|terceras", re.I),
    "ru": re.compile(r"треть(?:и|их|им|ими)", re.I),
}
_AR_THIRD_PARTY_BEFORE = re.compile(r"(?<!\S)[وبلف]?(?:لل|ل?ال)?(?:أطراف|طرف|دول|بلدان|أشخاص)\s+$")


# Centuries, which Chinese writes without an ordinal (二十一世纪), and English fractions (two thirds): no place in
# a count either.
_CENTURY_AFTER: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"[\s-]+century\b", re.I),
    "fr": re.compile(r"\s+siècles?\b", re.I),
    "es": re.compile(r"\s+siglos?\b", re.I),
    "ru": re.compile(r"\s+век", re.I),
}
_AR_CENTURY_BEFORE = re.compile(r"(?<!\S)[وبلف]?(?:لل|ل?ال)?قرن\s+$")


def _counts_nothing(folded: str, joined: JoinedTexts, m: re.Match[str], lang: str, value: int) -> bool:
    """True for an ordinal that is no place in a count: the "third" of third parties and third States (see
    :data:`_THIRD_PARTY_AFTER`), a century or, in English, a fraction (see :data:`_CENTURY_AFTER`)."""
    if lang == "ar":
        before = _preceding(folded, joined, m.start(), 40)
        return bool(_AR_CENTURY_BEFORE.search(*before) or value == 3 and _AR_THIRD_PARTY_BEFORE.search(*before))
    word = m.group(0)
    if lang == "en" and word.lower().endswith("s") and not word[:1].isdigit():
        return True  # two thirds, three fifths
    if value == 3:
        plural, noun = _THIRD_PARTY_WORD.get(lang), _THIRD_PARTY_AFTER.get(lang)
        if (plural and plural.fullmatch(word)) or (noun and noun.match(folded, m.end())):
            return True
    century = _CENTURY_AFTER.get(lang)
    return bool(century and century.match(folded, m.end()))


def _has_meeting_context(folded: str, joined: JoinedTexts, start: int, end: int, lang: str) -> bool:
    if lang == "ar":
        return bool(_AR_MEETING_BEFORE.search(*_preceding(folded, joined, start, 40)))
    return bool(_MEETING_AFTER[lang].match(folded, end))


# ---------------------------------------------------------------------------
# Decades, valued as their first year, as "the 1990s" is read (1990): "20世纪90年代", "90年代", "التسعينيات",
# "los años noventa", "les années quatre-vingt-dix", "les années 90", "90-х годов"

_TENS_WORDS: dict[str, dict[str, int]] = {
    "es": {"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
           "noventa": 90},
    "fr": {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
           "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90},
    "ar": {"عشرين": 20, "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70, "ثمانين": 80, "تسعين": 90},
}
# Each opens with a literal (or, in Russian, the tens' digit) that a search skips to quickly, then looks behind it.
_DECADE_RES: dict[str, re.Pattern[str]] = {
    "zh": re.compile(r"(?:(?P<c>\d{2}|二十一|二十)\s*世纪|(?P<rel>上|本)世纪)?(?<![\d.])(?P<n>\d0|[二三四五六七八九]十)\s*年代"),
    "es": re.compile(r"años(?<!\waños)\s+(?P<w>" + "|".join(_TENS_WORDS["es"]) + r")(?!\w)"),
    "fr": re.compile(r"années(?<!\wannées)\s+(?:(?P<n>\d0)|(?P<w>"
                     + "|".join(sorted(_TENS_WORDS["fr"], key=len, reverse=True)) + r"))(?![\w-])"),
    "ru": re.compile(r"(?P<n>\d(?<![\w.]\d)0)-(?:х|е)\s+год"),
    # (with the century after it: "تسعينيات القرن الماضي", the last; "عشرينيات القرن الحادي والعشرين", "… هذا القرن")
    "ar": re.compile(r"(?<!\w)(?:ال)?(?P<w>" + "|".join(_TENS_WORDS["ar"]) + r")(?:ي)?ات(?!\w)"
                     r"(?:\s+(?:من\s+)?(?:(?P<now>هذا\s+القرن|القرن\s+(?:الحادي\s+والعشرين|الحالي))|"
                     r"القرن\s+(?:العشرين|الماضي))(?!\w))?"),
}
#: What a text must hold for its language's decades to be looked for in it (all rare but the Russian one).
_DECADE_NEEDLES = {"zh": ("年代",), "es": ("años ",), "fr": ("années ",), "ru": ("0-х", "0-е"), "ar": ("ينات", "ينيات")}


def _decades(folded: str, lowered: str, lang: str) -> Iterator[_Match]:
    """Decades written with their tens alone, in digits or words, valued as their first year (1990)."""
    pattern = _DECADE_RES.get(lang)
    text = folded if lang == "zh" else lowered
    if pattern is None or not any(needle in text for needle in _DECADE_NEEDLES[lang]):
        return
    for m in _matches(pattern, text) if lang == "ru" else pattern.finditer(text):
        groups = m.groupdict()
        tens = groups.get("n")
        value = (int(tens) if tens.isdigit() else chinese_number(tens)) if tens else _TENS_WORDS[lang][groups["w"]]
        century = groups.get("c")
        if century:
            first = (int(century) if century.isdigit() else chinese_number(century)) * 100 - 100
        elif groups.get("rel") == "本" or groups.get("now"):
            first = 2000
        else:
            first = 1900  # (上世纪: the last century, the twentieth)
        # (Russian writes a decade as an ordinal, "90-х", "1990-х": an ordinal too, compared as a number)
        yield _single("ordinal" if lang == "ru" else "number", str(first + value), m.start(), m.end())


def _ordinals(folded: str, lowered: str, joined: JoinedTexts, lang: str, digits: bool) -> Iterator[_Match]:
    """Ordinals in words and in digits (``digits``: whether the text has any; ``lowered``: ``folded`` in lower
    case)."""
    if lang == "zh":
        anniversaries = (m for begin, end in _texts_with(folded, joined, "周年")
                         for m in _ZH_ANNIVERSARY.finditer(folded, begin, end))
        for m in chain(_ZH_ORDINAL.finditer(folded), anniversaries):
            n = m.group(1)
            value = n if n.isdigit() else str(chinese_number(n))
            yield _single("ordinal", str(int(value)), m.start(), m.end())
        return
    table = _ORDINAL_TABLES[lang]
    for m in table.finder.finditer(lowered):
        value = table.value(m.group(0))
        if value <= 2 and not _has_meeting_context(folded, joined, m.start(), m.end(), lang):
            continue
        if _counts_nothing(folded, joined, m, lang, value):
            continue
        if lang == "ar" and _AR_PART_BEFORE.search(*_preceding(folded, joined, m.start(), 40)):
            continue
        yield _single("ordinal", str(value), m.start(), m.end())
    if digits and lang in _NUMERIC_ORDINAL:
        for m in _matches(_NUMERIC_ORDINAL[lang], folded):
            value = int(m.group(1))
            if not _counts_nothing(folded, joined, m, lang, value):
                yield _single("ordinal", str(value), m.start(), m.end())


# ---------------------------------------------------------------------------
# Latin-script names in Arabic, Chinese and Russian texts

_LATIN_WORD_TAIL = r"(?:[A-Za-z0-9]|[-.'’](?=[A-Za-z0-9]))*"
_LATIN_WORD = rf"[A-Za-z]{_LATIN_WORD_TAIL}"
# Opening with its first letter, so that a search skips quickly to letters (a pattern opening with a look-behind
# is tried at every character); the look-behind then looks past that letter.
_LATIN_PHRASE = re.compile(
    rf"[A-Za-z](?<![A-Za-z0-9][A-Za-z]){_LATIN_WORD_TAIL}(?:[ \u00a0]+{_LATIN_WORD})*(?![A-Za-z0-9])"
)
_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _latin(folded: str) -> Iterator[_Match]:
    for m in _LATIN_PHRASE.finditer(folded):
        words = m.group(0).split()
        if len(m.group(0)) == 1 or all(_ROMAN_NUMERAL.fullmatch(w) for w in words):
            continue
        if len(m.group(0)) <= 2 and m.group(0).islower() and folded[m.end():m.end() + 1] == ")":
            continue  # a list label such as "aa)"
        yield _single("latin", " ".join(words), m.start(), m.end())


# ---------------------------------------------------------------------------
# Numbers

_SPACE = "[ \u00a0\u202f\u2009]"
_DECIMAL_COMMA_LANGUAGES = frozenset({"fr", "es", "ru"})
#: A decimal comma in Arabic text, as UN Arabic writes it ("2,5 مليون دولار"): with three digits after it, the
#: comma groups thousands ("2,500").
_AR_DECIMAL_COMMA = r",\d{1,2}(?![\d,])"
#: An Arabic number grouped in thousands as a PDF's visual order gives it, its groups right to left: "500 1" for
#: 1 500, "000 500 1" for 1 500 000. Only where the groups are then unmistakable, the last having fewer than three
#: digits (after the first digit: two more digits, then groups of three, then one or two digits).
_AR_REVERSED_GROUPS = rf"\d{{2}}(?:{_SPACE}\d{{3}})*{_SPACE}\d{{1,2}}(?![\d,.])"
# A number's first digit, not after a letter or digit, a letter and hyphen (COVID-19) or a letter and full stop.
# The digit opens the pattern so that a search skips quickly to digits (a pattern opening with a look-behind is
# tried at every character); the look-behinds then look past it.
_NUMBER_START = r"\d(?<![A-Za-z0-9]\d)(?<![^\W\d_]-\d)(?<![A-Za-z]\.\d)"
# 2019 冠状病毒病: the Chinese name of COVID-19; 21世纪: a century, which the other languages write as an ordinal
# (twenty-first century), no number of theirs
_ZH_NO_NUMBER_BEFORE = re.compile(r"\s*(?:冠状病毒病|世纪)")


def _number_pattern(lang: str) -> re.Pattern[str]:
    # after the first digit: one to three digits in all before the first group separator
    grouped = [rf"\d{{0,2}}(?:{_SPACE}\d{{3}}(?!\d))+"]
    if lang == "ar":  # "500 1": a PDF's visual order of "1 500" (see _AR_REVERSED_GROUPS), tried first
        grouped.insert(0, _AR_REVERSED_GROUPS)
    if lang in ("en", "zh", "ar"):
        grouped.append(r"\d{0,2}(?:,\d{3}(?!\d))+")
    if lang == "es":
        grouped.append(r"\d{0,2}(?:\.\d{3}(?!\d))+(?!\.\d)")  # 39.574, 1.234.567, 1.234,5
    decimal = r"(?:[.,]\d+)?" if lang in _DECIMAL_COMMA_LANGUAGES else r"(?:\.\d+)*"
    if lang == "ar":  # "2,5 مليون": a comma and one or two digits (Arabic separates a list with "،")
        decimal = rf"(?:{_AR_DECIMAL_COMMA}|{decimal})"
    decade = r"|(?<=[12]\d\d0)(?=s(?![A-Za-z0-9]))" if lang == "en" else ""  # the 1990s: 1990
    return re.compile(rf"{_NUMBER_START}(?:{'|'.join(grouped)}|\d*){decimal}(?:(?![A-Za-z0-9]){decade})")


_NUMBER_RES = {lang: _number_pattern(lang) for lang in UN_LANGUAGES}

#: The words that scale a number, right after it, with their powers of ten: "1.5 million", "2,3 milliards",
#: "2.300 millones", "1,5 млн", "50 тыс.", "2.3 بليون" (a thousand million in UN Arabic), "150万", "23亿". A number
#: so scaled is valued as the whole quantity, so that "1.5 million" and "150万" agree.
_SCALES: dict[str, tuple[re.Pattern[str], dict[str, int]]] = {
    lang: (re.compile(pattern), powers) for lang, (pattern, powers) in {
    "en": (rf"{_SPACE}(thousand|million|billion|trillion)(?!\w)",
           {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}),
    "fr": (rf"{_SPACE}(millions?|milliards?|billions?)(?!\w)",
           {"million": 6, "millions": 6, "milliard": 9, "milliards": 9, "billion": 12, "billions": 12}),
    "es": (rf"{_SPACE}(mil{_SPACE}millones|mil|millón|millones|billón|billones)(?!\w)",
           {"mil millones": 9, "mil": 3, "millón": 6, "millones": 6, "billón": 12, "billones": 12}),
    "ru": (rf"{_SPACE}(тыс|млн|млрд|трлн|тысяч[а-я]*|миллион[а-я]*|миллиард[а-я]*|триллион[а-я]*)(?![а-яё])",
           {"тыс": 3, "млн": 6, "млрд": 9, "трлн": 12, "тысяч": 3, "миллион": 6, "миллиард": 9, "триллион": 12}),
    "ar": (rf"{_SPACE}?(آلاف|ألف|ملايين|مليون|بلايين|بليون|مليارات|مليار|تريليونات|تريليون)(?!\w)",
           {"آلاف": 3, "ألف": 3, "ملايين": 6, "مليون": 6, "بلايين": 9, "بليون": 9, "مليارات": 9, "مليار": 9,
            "تريليونات": 12, "تريليون": 12}),
    "zh": (rf"{_SPACE}?(万亿|亿|万|千(?![米克瓦卡]))", {"万亿": 12, "亿": 8, "万": 4, "千": 3}),  # not 千米, km
}.items()}


def _scaled(value: str, folded: str, end: int, lang: str) -> tuple[str, int]:
    """``value``, the number ending at ``end``, times the word scaling it there, and where that word ends."""
    pattern, powers = _SCALES[lang]
    scale = pattern.match(folded, end)
    if scale is None:
        return value, end
    word = " ".join(scale.group(1).split())
    power = powers.get(word) or next(p for stem, p in powers.items() if word.startswith(stem))  # (миллиона: миллион)
    try:
        scaled = Decimal(value).scaleb(power)
    except InvalidOperation:
        return value, end
    return format(scaled.normalize(), "f"), scale.end()


_SPACE_RE = re.compile(_SPACE)
_AR_DECIMAL = re.compile(rf"\d+{_AR_DECIMAL_COMMA}")
_AR_REVERSED = re.compile(rf"\d{_AR_REVERSED_GROUPS}")
_ES_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?=,\d+$|$)")


def _number_value(surface: str, lang: str) -> str:
    """Digits without grouping, "." as decimal point, no leading zeros on whole numbers."""
    if surface.isdigit():
        return str(int(surface))
    if lang == "ar" and _AR_REVERSED.fullmatch(surface):
        return str(int("".join(reversed(_SPACE_RE.split(surface)))))
    value = _SPACE_RE.sub("", surface)
    if lang in _DECIMAL_COMMA_LANGUAGES:
        if lang == "es" and _ES_GROUPED.match(value):
            value = value.replace(".", "")
        value = value.replace(",", ".")
    elif lang == "ar" and _AR_DECIMAL.fullmatch(value):
        value = value.replace(",", ".")
    else:
        value = value.replace(",", "")
    return str(int(value)) if value.isdigit() else value


def _with_numbers(kept: list[_Match], folded: str, lang: str) -> list[_Match]:
    """``kept`` (in text order) with the numbers that overlap none of its matches: numbers come last in precedence."""
    merged: list[_Match] = []
    i = 0
    for m in _NUMBER_RES[lang].finditer(folded):
        start, end = m.span()
        while i < len(kept) and kept[i].end <= start:
            merged.append(kept[i])
            i += 1
        if i < len(kept) and kept[i].start < end:
            continue  # within a date, a resolution number …
        if lang == "zh" and _ZH_NO_NUMBER_BEFORE.match(folded, end):
            continue
        value, end = _scaled(_number_value(m.group(0), lang), folded, end, lang)
        merged.append(_single("number", value, start, end))
    return merged + kept[i:]


# ---------------------------------------------------------------------------
# Footnote markers

_MARKER = re.compile(rf"⁽?[{SUPERSCRIPT_DIGITS}]+⁾?|\[(\d{{1,3}})\]")  # ¹, ⁽¹⁾ (in Arabic texts), [1]
_UNIT_BEFORE_EXPONENT = re.compile(r"(?<![A-Za-z])[kcdm]?m$")  # m², km³ are units, not markers


def _markers(folded: str, joined: JoinedTexts) -> Iterator[_Match]:
    for m in _MARKER.finditer(folded):
        if m.group(1) is None and _UNIT_BEFORE_EXPONENT.search(*_preceding(folded, joined, m.start(), 3)):
            continue
        value = m.group(1) or m.group(0).strip("⁽⁾").translate(PLAIN_DIGITS)
        yield _single("marker", str(int(value)), m.start(), m.end())


def find_markers(raw: str) -> tuple[Anchor, ...]:
    """Footnote markers (superscript digits, "[1]") in ``raw``, in text order; value is the footnote number."""
    return tuple(Anchor("marker", value, raw[start:end], start, end) for _, start, end, ((value, _, _),) in
                 _markers(_fold(raw), JoinedTexts.of([raw], _SEPARATOR)))


# ---------------------------------------------------------------------------
# Public entry points


def _language(lang: str) -> str:
    if lang in UN_LANGUAGES:
        return lang
    code = un_language(lang)
    if code is None:
        raise InputError(f"unknown language {lang!r}: expected one of {', '.join(UN_LANGUAGES)}")
    return code


def find_anchors(text: str, lang: str) -> tuple[Anchor, ...]:
    """The anchors of ``text`` written in ``lang`` (ar, zh, en, fr, ru, es), in text order, never overlapping."""
    return find_anchors_each([text], lang)[0]


# Between texts searched together. No pattern matches it or runs across it, and the look-behinds and look-aheads
# that meet it take it for the edge of a text, as they do the start or end of a string (the searches that look for
# what precedes a word look only inside its own text: see _preceding).
_SEPARATOR = "\x00"


def find_anchors_each(texts: Sequence[str], lang: str) -> list[tuple[Anchor, ...]]:
    """What :func:`find_anchors` gives for each of ``texts`` (all in ``lang``), searched together in one pass."""
    lang = _language(lang)
    joined = JoinedTexts.of(texts, _SEPARATOR)
    folded = _fold(joined.text)
    # Each search runs only when the texts have what every one of its matches needs (some look only at the texts
    # that have it, see _texts_with): all but footnote markers, ordinals and articles in words and Latin-script
    # names need a digit.
    digits = _DIGIT.search(folded) is not None
    kept = _resolve(_candidates(folded, joined, lang, digits))
    if digits:
        kept = _with_numbers(kept, folded, lang)
    anchors: list[list[Anchor]] = [[] for _ in texts]
    for match in kept:
        index = joined.which(match.start)
        offset = joined.starts[index]
        anchors[index] += (Anchor(match.kind, value, joined.text[a:b], a - offset, b - offset) for value, a, b in match.spans)
    return [tuple(found) for found in anchors]


def _candidates(folded: str, joined: JoinedTexts, lang: str, digits: bool) -> Iterator[_Match]:
    """Every possible anchor but numbers, overlapping ones included (``digits``: whether the texts have any)."""
    lowered = folded if lang == "zh" else _lowered(folded)  # for the searches of words, whatever their case
    if digits and "/" in folded:
        yield from _symbols(folded)
    if (digits and "[" in folded) or any(digit in folded for digit in SUPERSCRIPT_DIGITS):  # [1] or ¹ (quicker than a regex)
        yield from _markers(folded, joined)
    if digits:
        yield from _dates(folded, lowered, joined, lang)
        yield from _times(folded, joined, lang)
        yield from _resolutions(folded, joined)
    if lang in _NAMED_TIMES:
        yield from _named_times(folded, lang)
    if lang == "zh" and "年" in folded and ("〇" in folded or "零" in folded or "一九" in folded):
        yield from _zh_character_dates(folded)
    if ("条" in folded) if lang == "zh" else (digits or "premier" in folded):  # 第三条, article premier: numbers in words
        yield from _articles(folded, lowered, lang)
    yield from _ordinals(folded, lowered, joined, lang, digits)
    yield from _decades(folded, lowered, lang)
    if lang in NON_LATIN_LANGUAGES:
        yield from _latin(folded)


def _symbols(folded: str) -> Iterator[_Match]:
    for m in _matches(_SYMBOL, folded, _SYMBOL_START):
        symbol = parse_symbol(m.group(0))
        if symbol is not None:
            yield _single("symbol", symbol.normalised, m.start(), m.end())


# ---------------------------------------------------------------------------
# Comparing the anchors of two texts

_KIND_SET = frozenset(KINDS)
#: Kinds compared as one: an ordinal spelt out in one language is a digit in another.
_COMPARED_AS = {"ordinal": "number"}


@dataclass(frozen=True)
class AnchorComparison:
    """How the anchors of two texts correspond.

    ``shared``, ``only_a`` and ``only_b`` hold ``(kind, value)`` pairs (with
    ordinals listed as ``number``), as multisets: a value found twice in ``a``
    and once in ``b`` is once shared and once only in ``a``. ``similarity``
    is the Dice coefficient of the two multisets, or None when neither text
    has any anchor (no evidence either way).
    """

    shared: tuple[tuple[str, str], ...]
    only_a: tuple[tuple[str, str], ...]
    only_b: tuple[tuple[str, str], ...]
    similarity: Optional[float]

    @property
    def total(self) -> int:
        """Number of anchors compared, both sides together."""
        return 2 * len(self.shared) + len(self.only_a) + len(self.only_b)

    @property
    def agree(self) -> bool:
        """True when every anchor on each side has its counterpart on the other."""
        return not self.only_a and not self.only_b


def compare_anchors(
    a: Sequence[Anchor], b: Sequence[Anchor], *, kinds: Optional[Collection[str]] = None
) -> AnchorComparison:
    """Compare two texts' anchors, optionally only those of ``kinds``.

    Latin-script tokens count only when both sides have some: a text in Latin
    script has none of its own, so their absence there is no evidence.
    """
    if kinds is not None and not _KIND_SET.issuperset(kinds):
        raise InputError(f"unknown anchor kind(s): {', '.join(sorted(set(kinds) - _KIND_SET))}")
    use_latin = (kinds is None or "latin" in kinds) and any(x.kind == "latin" for x in a) and \
        any(x.kind == "latin" for x in b)
    left, right = _compared(a, kinds, use_latin), _compared(b, kinds, use_latin)
    size = len(left) + len(right)
    if left == right:
        return AnchorComparison(shared=tuple(left), only_a=(), only_b=(), similarity=1.0 if size else None)
    shared, only_a, only_b = _sorted_multiset_difference(left, right)
    if only_a and only_b:
        shared, only_a, only_b = _as_numbers(shared, only_a, only_b)
    return AnchorComparison(
        shared=tuple(shared),
        only_a=tuple(only_a),
        only_b=tuple(only_b),
        similarity=2 * len(shared) / size if size else None,
    )


def _as_numbers(shared: list, only_a: list, only_b: list) -> tuple[list, list, list]:
    """The comparison with an anchor on one side and the same number, read as a plain number, on the other counted
    as shared (as a number), where one language names or writes a thing that the other leaves a number:
    - an article reference: one language names a provision with a word read as an article ("第22条", "article
      22") where the other's is not ("rule 22" of the rules of procedure, "规则12");
    - a time on the hour: a clock notation that may also count hours ("entre 10 et 12 heures", "с 10 до 12
      часов") is read as numbers where the other version's "from 10 a.m. to 12 noon" is times."""
    drop_a: Counter[tuple[str, str]] = Counter()
    drop_b: Counter[tuple[str, str]] = Counter()
    paired: list[tuple[str, str]] = []
    for named, numbers, drop_named, drop_numbers in ((only_a, only_b, drop_a, drop_b), (only_b, only_a, drop_b, drop_a)):
        free = Counter(value for kind, value in numbers if kind == "number")
        for kind, value in named:
            number = _number_read(kind, value)
            if number is not None and free[number] > 0:
                free[number] -= 1
                drop_named[kind, value] += 1
                drop_numbers["number", number] += 1
                paired.append(("number", number))
    if not paired:
        return shared, only_a, only_b
    return sorted(shared + paired), _without(only_a, drop_a), _without(only_b, drop_b)


def _number_read(kind: str, value: str) -> str | None:
    """The plain number an anchor may be read as in another language: an article's number, a time's hour when it
    is on the hour ("10:00" → "10")."""
    if kind == "article":
        return value
    if kind == "time" and value.endswith(":00"):
        return str(int(value[:2]))
    return None


def _without(items: list, dropped: Counter) -> list:
    """``items`` less the ``dropped`` ones (a multiset), in order."""
    kept = []
    for item in items:
        if dropped[item] > 0:
            dropped[item] -= 1
        else:
            kept.append(item)
    return kept


def compared_kind(kind: str) -> str:
    """The kind an anchor of ``kind`` is compared as (an ordinal as a number)."""
    return _COMPARED_AS.get(kind, kind)


def compared_values(anchors: Sequence[Anchor], kinds: Collection[str]) -> tuple[tuple[str, str], ...]:
    """The (kind, value) pairs of ``anchors`` of ``kinds`` as :func:`compare_anchors` compares them, sorted, for
    ``kinds`` without "latin": two texts agree on those kinds when their pairs are equal."""
    return tuple(_compared(anchors, kinds, use_latin=False))


def _compared(anchors: Sequence[Anchor], kinds: Optional[Collection[str]], use_latin: bool) -> list[tuple[str, str]]:
    """The sorted (kind, value) pairs of the anchors compared."""
    return sorted(
        (compared_kind(x.kind), x.value)
        for x in anchors
        if (kinds is None or x.kind in kinds) and (x.kind != "latin" or use_latin)
    )


def _sorted_multiset_difference(left: list, right: list) -> tuple[list, list, list]:
    """Items of two sorted lists found in both, only in ``left`` and only in ``right`` (as multisets, each sorted)."""
    shared, only_left, only_right = [], [], []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] == right[j]:
            shared.append(left[i])
            i, j = i + 1, j + 1
        elif left[i] < right[j]:
            only_left.append(left[i])
            i += 1
        else:
            only_right.append(right[j])
            j += 1
    return shared, only_left + left[i:], only_right + right[j:]
