"""Decoding text files: the encoding is found from the bytes themselves, never from the file name.

In order: a byte-order mark, UTF-8 validity, the NUL-byte pattern of UTF-16
and UTF-32, then the most plausible of GB18030, Big5, Big5-HKSCS, the Latin,
Cyrillic and Arabic Windows code pages, KOI8-R, ISO-8859-5, ISO-8859-6, the
DOS Latin, Cyrillic and Arabic code pages 850, 866 and 720, Mac Roman and Mac
Cyrillic: the reading with the fewest odd characters for real text in the six
languages.
"""

from __future__ import annotations

import re
import unicodedata

from aligner.errors import InputError
from aligner.langid import script_of

#: Legacy encodings tried when a file is not UTF-8, UTF-16 or UTF-32, in order of preference on a tie.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "gb18030", "cp1252", "cp1251", "cp1256", "big5", "koi8-r",
    "cp866", "mac-cyrillic", "iso8859-6", "cp850", "mac-roman", "cp720", "iso8859-5", "big5hkscs",
)

# Above this many implausible characters per character, a decoding is rejected.
_MAX_IMPLAUSIBILITY = 0.12
# Non-ASCII bytes beyond which valid UTF-8 cannot be a legacy encoding by chance.
_SHORT = 200
# Characters looked at to judge how plausible a decoding is.
_SAMPLE = 50_000
# Share of control bytes above which a file is taken for binary.
_MAX_CONTROL_SHARE = 0.01

_UTF16 = ("utf-16-le", "utf-16-be")
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (  # UTF-32's before UTF-16's, which they start with
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters other than tab, line feed, vertical tab, form feed and carriage return.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_BYTES = bytes(range(0x80))
_OK_SYMBOLS = frozenset("$+<=>^`|~°€£№©®™")
#: The most frequent letters of Russian and of Arabic: over half the letters of real text, far fewer
#: when bytes of one single-byte code page are read in another (KOI8-R read as Windows-1256, say).
_FREQUENT_LETTERS = {"cyrillic": frozenset("оеаинтсрвлОЕАИНТСРВЛ"), "arabic": frozenset("اليمونهرتبةع")}
# Share of a script's letters the frequent ones make up at the least in real text, and the letters needed to judge.
_MIN_FREQUENT_SHARE = 0.45
_MIN_LETTERS_JUDGED = 8
_INVISIBLE_OK = frozenset("\u00ad")
# Zero-width (non-)joiners: they only make sense after a letter of a script whose letters join.
_JOINER_CONTROLS = frozenset("\u200c\u200d")
# Left-to-right and right-to-left marks: they only make sense in a text with Arabic letters.
_BIDI_MARKS = frozenset("\u200e\u200f")
# The letters of the languages written in Latin, Cyrillic and Arabic script (English, French, Spanish; Russian;
# Arabic): any other letter of these scripts is odd, as Ќ or Ò are when a Mac or DOS code page is read as a
# Windows one.
_LANGUAGE_LETTERS = {
    "latin": frozenset(
        "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿáíóúñªº"
        "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸÁÍÓÚÑ"
    ),
    "cyrillic": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
    # Arabic: the letters hamza to ghain and tatweel to yeh, alef wasla, and the presentation forms PDF text has;
    # not the letters only Persian, Urdu and other languages use (پ چ ژ گ ں ے in Windows-1256).
    "arabic": frozenset(map(chr, [*range(0x621, 0x63B), *range(0x640, 0x64B), 0x671, *range(0xFB50, 0xFE00),
                                  *range(0xFE70, 0xFF00)])),
}
# How odd such a letter is: a little, as names from other languages (Nguyễn, Łódź, Україна) are real text.
_FOREIGN_LETTER = 0.1
# Punctuation that stands between two letters of an alphabet in real words (l’œuvre, États-Unis, CTOC/COP, e.g.,
# State(s)); any other punctuation or symbol there is odd, as "‚" is in "criminalit‚" (DOS é read as
# Windows-1252). Chinese has no spaces: punctuation between Han characters is normal.
_IN_WORD_OK = frozenset("'’-‐‑/.&_:@()[],\u00ad")


def decode_text(data: bytes, *, source: str = "the input") -> tuple[str, str]:
    """Text of ``data`` (line ends as LF) and the name of the encoding found in it.

    CRLF, CR and the Unicode line separator end a line; the Unicode paragraph separator ends a paragraph (a
    blank line). Raises :class:`InputError` naming ``source`` for binary or undecodable data.
    """
    text, encoding = _decode(data, source)
    return with_line_feeds(text), encoding


def with_line_feeds(text: str) -> str:
    """``text`` with every line end as LF: CRLF, CR and the Unicode line separator end a line, the Unicode paragraph
    separator ends a paragraph (a blank line)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_LINE_ENDS) if "\u2028" in text or "\u2029" in text else text


_LINE_ENDS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n"})


def decode_table(data: bytes, *, source: str = "the input") -> str:
    """Text of a table file (CSV, TSV): UTF-8 whenever its bytes are valid UTF-8, however short, else what
    :func:`decode_text` finds (a byte-order mark, or the code page a spreadsheet program saved it in: GB 18030 in
    China, Windows-1252 or 1251 elsewhere).

    Raises :class:`InputError` naming ``source`` for binary or undecodable data.
    """
    if b"\x00" not in data and not any(data.startswith(bom) for bom, _ in BYTE_ORDER_MARKS):
        try:
            return checked_text(data.decode("utf-8"), source)
        except UnicodeDecodeError:
            pass
    return decode_text(data, source=source)[0]


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            codec = "utf-8" if encoding == "utf-8-sig" else encoding
            try:
                return checked_text(data[len(bom):].decode(codec), source), encoding
            except UnicodeDecodeError as err:
                raise InputError(
                    f"cannot decode {source}: it starts with a {encoding.upper()} byte-order mark but "
                    f"byte 0x{data[len(bom) + err.start]:02X} at offset {len(bom) + err.start} is not {encoding.upper()}"
                ) from None
    if b"\x00" in data:
        decoded = _utf32_without_bom(data, source) or _most_plausible(data, _UTF16)
        if decoded is None:
            raise InputError(f"{source} is not a text file: it contains NUL bytes (binary data?)")
        return checked_text(decoded[0], source), decoded[1]
    try:
        text = checked_text(data.decode("utf-8"), source)
    except UnicodeDecodeError as err:
        first_bad = err.start
    else:
        # A short legacy text can happen to be valid UTF-8: keep UTF-8 unless it reads as nonsense.
        non_ascii = len(data.translate(None, _ASCII_BYTES))
        if not non_ascii and (hz := _hz(data)) is not None:
            return checked_text(hz, source), "hz"
        if non_ascii >= _SHORT:
            return text, "utf-8"
        score = _implausibility(text[:_SAMPLE])
        if score <= _MAX_IMPLAUSIBILITY:
            return text, "utf-8"
        return _most_plausible(data, LEGACY_ENCODINGS, to_beat=score) or (text, "utf-8")
    # UTF-16 without a NUL byte: a line of Chinese (or other non-ASCII) characters only.
    decoded = _most_plausible(data, LEGACY_ENCODINGS + (_UTF16 if len(data) % 2 == 0 else ()))
    if decoded is not None and decoded[1] in _UTF16:
        return decoded
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise InputError(f"{source} is not a text file: it is full of control bytes (binary data?)")
    if decoded is not None:
        return decoded
    damaged = _nearly_decoded(data)
    if damaged is None:
        raise InputError(
            f"cannot decode {source}: not UTF-8, UTF-16, UTF-32, GB18030, Big5 or a known code page "
            f"(first undecodable byte 0x{data[first_bad]:02X} at offset {first_bad})"
        )
    return checked_text(damaged[0], source), damaged[1]


#: A UTF-8 or GB18030 text with a few bytes damaged (a character cut by a transfer, a byte changed) is still read,
#: each byte that cannot be read as U+FFFD, which the check ``lost-character`` reports: where at most this share of
#: its characters (a run of U+FFFD counted once) …
_DAMAGED_SHARE = 0.001
#: … or this many, whichever is more, cannot be read.
_DAMAGED_FEW = 3
_REPLACED = re.compile("\ufffd+")
#: Characters beyond ASCII that must read well around the damage.
_DAMAGED_CONTEXT = 20


def _nearly_decoded(data: bytes) -> tuple[str, str] | None:
    """``data`` read as UTF-8 or GB18030 with its few undecodable bytes replaced, where it is that nearly valid and
    reads as text."""
    for codec in ("utf-8", "gb18030"):
        text = data.decode(codec, errors="replace")
        places = len(_REPLACED.findall(text))  # a cut character gives one U+FFFD per byte, as a run
        allowed = max(_DAMAGED_FEW, len(text) * _DAMAGED_SHARE)
        if places > allowed or text.count("\ufffd") > 4 * allowed:
            continue
        # many characters beyond ASCII read well (not a legacy text whose few accented letters UTF-8 cannot read)
        read_well = sum(1 for ch in text[:_SAMPLE] if ch > "\x7f") - text.count("\ufffd", 0, _SAMPLE)
        if read_well >= max(_DAMAGED_CONTEXT, 10 * places) and \
                _implausibility(text[:_SAMPLE].replace("\ufffd", "")) <= _MAX_IMPLAUSIBILITY:
            return text, codec
    return None


#: HZ, the 7-bit encoding of GB2312 that Chinese e-mail and Usenet texts used: ASCII, with Chinese runs between
#: "~{" and "~}".
_HZ_RUN = re.compile(rb"~\{[\x21-\x7e]{2,}?~\}")
#: Runs of Chinese a text must have to be taken for HZ (a lone "~{…~}" may be anything).
_HZ_RUNS = 3


def _hz(data: bytes) -> str | None:
    """``data`` (ASCII) read as HZ where it is written in it: runs of Chinese between "~{" and "~}" that decode."""
    if data.count(b"~{") < _HZ_RUNS or len(_HZ_RUN.findall(data, 0, _SAMPLE)) < _HZ_RUNS:
        return None
    try:
        text = data.decode("hz")
    except UnicodeDecodeError:
        return None
    return text if sum(1 for ch in text[:_SAMPLE] if _is_common_han(ch)) >= 2 * _HZ_RUNS else None


def _most_plausible(
    data: bytes, encodings: tuple[str, ...], to_beat: float = float("inf")
) -> tuple[str, str] | None:
    """The decoding of ``data`` in one of ``encodings`` that reads most like real text (the first on a tie),
    if any is plausible and less odd than ``to_beat``."""
    best: tuple[float, str, str] | None = None
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        ceiling = min(_MAX_IMPLAUSIBILITY, to_beat if best is None else best[0])
        score = _implausibility(text[:_SAMPLE], ceiling)
        if score <= ceiling and score < to_beat and (best is None or score < best[0]):
            best = (score, text, encoding)
            if score == 0:
                break
    return None if best is None else (best[1], best[2])


def _utf32_without_bom(data: bytes, source: str) -> tuple[str, str] | None:
    """UTF-32 text recognised by its byte quadruples: the two high bytes of each are NUL (no character is above U+FFFF)."""
    if len(data) % 4:
        return None
    quads = len(data) // 4
    for encoding, high in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if all(data[i::4].count(0) == quads for i in high):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            if _implausibility(text[:_SAMPLE]) <= _MAX_IMPLAUSIBILITY:
                return checked_text(text, source), encoding
    return None


def checked_text(text: str, source: str) -> str:
    """``text`` unless control characters make up too much of it."""
    if len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{source} is not a text file: it is full of control characters (binary data?)")
    return text


def _control_share(data: bytes) -> float:
    return len(_CONTROL_BYTES.findall(data)) / len(data) if data else 0.0


def _implausibility(text: str, ceiling: float = float("inf")) -> float:
    """How unlike real text a decoding looks: odd characters per character (0 is clean); infinite as soon as it is
    sure to be above ``ceiling``.

    Odd are control and unassigned characters, symbols rare in documents,
    a change of script or a lower-to-upper case change inside a word, punctuation between two letters
    of an alphabet, Han characters outside the most frequent ones, vowel signs on non-Arabic letters,
    letters none of the six languages uses (a little), accented Latin letters when they outnumber plain
    ones, Cyrillic or Arabic letters when too few of them are the language's most frequent ones,
    one-letter words outside ASCII in a script other than the text's main one, bidirectional
    marks in a text without Arabic, accents and apostrophes where English, French and Spanish spelling
    never puts them (see :func:`_latin_misspellings`), CJK punctuation in a text without Han characters
    and the numero sign in one without Cyrillic.
    """
    limit = ceiling * len(text)  # odd characters beyond which the result is above ceiling whatever follows
    odd = 0.0
    chars = latin = accented = 0
    letters = {script: 0 for script in _FREQUENT_LETTERS}
    frequent = dict(letters)
    by_script: dict[str, int] = {}  # letters of each script
    bidi_marks = 0
    lone: dict[str, int] = {}  # one-letter words outside ASCII, by script
    prev_script = ""
    prev_lower = False
    word_letters, word_start = 0, ""  # the letters of the word read so far, and its first
    mark_after_letter = False  # the character before is punctuation or a symbol right after a letter
    for char in text:
        if char.isalpha():
            chars += 1
            script = script_of(char)
            if prev_script and script != prev_script:
                odd += 1
            elif prev_lower and char.isupper():
                odd += 1
            odd += mark_after_letter and script != "han"
            mark_after_letter = False
            by_script[script] = by_script.get(script, 0) + 1
            word_letters, word_start = word_letters + 1, word_start or char
            if script in _LANGUAGE_LETTERS:
                odd += _FOREIGN_LETTER * (char not in _LANGUAGE_LETTERS[script])
            if script == "latin":
                latin += 1
                accented += ord(char) > 0x7F
            elif script == "han":
                odd += 0.5 * (not _is_common_han(char))
            elif script in letters:
                letters[script] += 1
                frequent[script] += char in _FREQUENT_LETTERS[script]
            elif script != "greek":
                odd += 1
            prev_script, prev_lower = script, char.islower()
            if odd > limit:
                return float("inf")
            continue
        category = unicodedata.category(char)
        if category == "Mn":
            chars += 1
            odd += prev_script not in ("arabic", "")
            continue
        if word_letters == 1 and not word_start.isascii():
            lone[prev_script] = lone.get(prev_script, 0) + 1
        word_letters, word_start = 0, ""
        if char.isspace():
            prev_script, prev_lower, mark_after_letter = "", False, False
            continue
        chars += 1
        mark_after_letter = prev_script not in ("", "han") and category[0] in "PS" and char not in _IN_WORD_OK
        if category in ("Cc", "Co", "Cn", "Cs"):
            odd += 3
        elif category == "Cf":
            if char in _BIDI_MARKS:
                bidi_marks += 1
            else:
                odd += char not in _INVISIBLE_OK and not (char in _JOINER_CONTROLS and prev_script == "arabic")
        elif category[0] == "S" and char not in _OK_SYMBOLS:
            odd += 1
        elif char in "¶¤¦‚†‡":
            odd += 1
        prev_script, prev_lower = "", False
        if odd > limit:
            return float("inf")
    if word_letters == 1 and not word_start.isascii():
        lone[prev_script] = lone.get(prev_script, 0) + 1
    # A one-letter word in a script other than the text's main one: "э Ibid." is "² Ibid." read in the wrong code page.
    main_script = max(by_script, key=by_script.__getitem__, default="")
    odd += sum(count for script, count in lone.items() if script != main_script)
    odd += bidi_marks * ("arabic" not in by_script)
    if latin >= 4 and accented > 0.4 * latin:
        odd += accented
    for script, count in letters.items():
        if count >= _MIN_LETTERS_JUDGED:
            odd += max(0.0, _MIN_FREQUENT_SHARE * count - frequent[script])
    if latin:
        odd += _latin_misspellings(text)
    if "han" not in by_script:
        odd += len(_FULL_WIDTH_MARKS.findall(text))
    if "cyrillic" not in by_script:
        odd += text.count("№")  # the numero sign of Russian typography
    return odd / chars if chars else 0.0


def _latin_misspellings(text: str) -> int:
    """Accented letters and apostrophes where English, French and Spanish spelling never puts them: the signs of one
    Latin code page read in another (Mac Roman's "cooperación" read as DOS "cooperaciùn", Mac Roman's "vínculos" read
    as Windows "v’nculos", DOS "¹" read as Windows "û")."""
    odd = len(_LONE_ACCENTED.findall(text)) + len(_MISPLACED_ACCENT.findall(text))
    odd += len(_NBSP_IN_WORD.findall(text))
    for m in _APOSTROPHE_IN_WORD.finditer(text):
        before, after = m.group(1).casefold(), m.group(2)
        contraction = after.casefold() in _CONTRACTED  # don’t, State’s, they’re
        elision = (len(before) <= 2 or before.endswith(_ELIDING)) and (after[0] in _ELIDED_BEFORE or after[0].isupper())
        odd += not (contraction or elision)  # l’État, d’un, lorsqu’il, aujourd’hui, O’Brien
    return odd


# A one-letter word with an accent: only French "à" is one.
_LONE_ACCENTED = re.compile(r"(?<![^\W\d_])[ÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŸ](?![^\W\d_])")
# ç before a letter other than a, o, u (ça, reçu, garçon) or ending a word; ù before a letter (French has it only in
# "où"); û before a vowel (sûr, dûment, août).
_MISPLACED_ACCENT = re.compile(r"[çÇ](?![aouâôûãõAOUÂÔÛÃÕ])|[ùÙ](?=[^\W\d_])|[ûÛ](?=[aeiouAEIOU])")
# A no-break space inside a word.
_NBSP_IN_WORD = re.compile(r"(?<=[a-zà-ÿ])\u00a0(?=[a-zà-ÿ])")
# A typographic apostrophe between letters, and what an English contraction or a French elision puts after it.
_APOSTROPHE_IN_WORD = re.compile(r"([^\W\d_]+)’([^\W\d_]+)")
_CONTRACTED = frozenset({"s", "t", "d", "m", "n", "ll", "re", "ve"})
_ELIDING = ("qu", "aujourd", "prud")  # lorsqu’elle, aujourd’hui, prud’homme
_ELIDED_BEFORE = frozenset("aeiouyhàâéèêëîïôœûüAEIOUYHÀÂÉÈÊÎÔ")
# CJK and full-width punctuation, odd in a text without Han characters.
_FULL_WIDTH_MARKS = re.compile("[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")


def _is_common_han(char: str) -> bool:
    """Whether a Han character is among the most frequent: the 3,755 of GB 2312 level 1 (Simplified)
    or the 5,401 of Big5's frequently used characters (Traditional)."""
    try:
        return 0xB0 <= char.encode("gb2312")[0] < 0xD8
    except UnicodeEncodeError:
        pass
    try:
        code = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA440 <= int.from_bytes(code, "big") <= 0xC67E
