"""Structural segmentation of a UN document into units with language-independent ids.

A resolution or decision gives ``symbol``, ``title``, ``body`` (the acting body,
"The General Assembly,"), preambular paragraphs ``pp.1``…, operative paragraphs
``op.1``… (lettered sub-paragraphs ``op.1.a``, their sub-items ``op.1.a.i``),
sections of the operative part ``sec.1``…, annexes ``annex1`` with
``annex1.title``, ``annex1.intro``, unnumbered section headings ``annex1.s1``…,
chapters ``annex1.ch.1``, lettered sections ``annex1.ch.1.A``, numbered paragraphs
``annex1.1`` and lettered recommendations ``annex1.a``…; a convention gives
articles ``art.1`` (``art.1.title``, paragraphs ``art.1.p1``, items ``art.2.p1.a``;
``annex1.art.1`` inside an annex); a report gives its symbol, chapters ``ch.1``, lettered sections ``ch.1.A``
(``sec.A`` outside a chapter), numbered paragraphs ``para.1``, their items
``para.1.a`` and annexes as a resolution's; footnotes are ``fn.1``…. Other
pieces of a text without recognisable UN structure are ``p.1``, ``p.2``….
A resolution in parts, each headed by its letter ("A", "Б", "باء"), alone on
a line or opening its title's ("A. Assistance to …"), and with its own acting
body, gives the part's heading the letter's
Latin key (``A``, ``B``) and prefixes the ids of the part's units with it
(``B.title``, ``B.body``, ``B.pp.1``, ``B.op.2.a``, ``B.sec.1``, ``B.annex1``).
A report that carries drafts for adoption ("Draft resolution I", "决议草案一",
"مشروع القرار الأول", "Draft decision") gives each draft's heading its key
(``dr1``, ``dd1``) and prefixes the ids of the draft's units with it
(``dr1.title``, ``dr1.body``, ``dr1.pp.1``, ``dr1.op.2.a``; ``dd1.p.1`` for a
decision's text with no acting body), up to the report's next chapter or
section; drafts numbered again in a later section take its id before theirs
(``ch.1.B.dr1``). The resolutions and decisions a report reproduces under their
number ("Resolution 11/1") are walked as its drafts are, keyed by that number
(``res11-1``, ``res11-1.body``; ``dec11-2``). A decision (as a document of its
own) with no acting body gives its number line ``symbol``, its title ``title``
and its text ``p.1`` (or ``op.1`` …). A UN masthead at the top is
``masthead.1`` …, the cover lines under it (the organ, session, place and
dates, agenda item and the item's title) ``cover.1`` …. The
meeting and date a resolution was adopted at, on lines of their own at its end
("54th plenary meeting" / "15 December 2022"), are one unit, ``adoption``. A
table's rows, each on its line (cells between tabs or in columns), are
``annex1.row1`` … (``row1`` outside an annex), their cells their sentences.

Footnote lines that a PDF page break left inside the running text are taken
out, and the paragraph they interrupted is joined again; so is the rest of a
footnote run on to the next page, under a footnote rule or, without one, at
the bottom of that page. Footnotes whose numbers lost their superscript ("1 See
resolution 55/25." above the footer, marker "crime,1" in the text) are read as
footnotes where their place, numbering and markers leave no doubt; so are
those of older UN documents, numbered "1/" ("Plan of Action, 1/ adopted"). Asterisk
footnotes ("* E/CN.15/2025/1." under "Item 5 of the provisional agenda*") are
``fn.*``, ``fn.**``, where a marker of as many asterisks stands above them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Callable, Iterator

from aligner import numbering
from aligner.anchors import find_anchors_each
from aligner.decoding import with_line_feeds
from aligner.hyphenation import HYPHENATING_LANGUAGES, HYPHENS, Spellings, join_broken
from aligner.ideographs import with_ideographs
from aligner.labels import PLAIN_DIGITS, SUPERSCRIPT, SUPERSCRIPT_DIGITS
from aligner.layout import PAGE_FURNITURE, as_read
from aligner.model import Anchor, Document, Segmentation, Unit
from aligner.sentences import ends_with_abbreviation, split_sentences
from aligner.tokens import ARABIC_LETTER, WIDE_CHARACTER, columns, either_script

_SUPERSCRIPT_VALUE = {ch: str(i) for i, ch in enumerate(SUPERSCRIPT_DIGITS)}

# A footnote marker: superscript digits, in superscript brackets as Arabic texts write them ("⁽¹⁾"), or "[1]";
# "[*]", "[**]" stand for asterisk footnotes (see _read_asterisk_notes).
_FOOTNOTE_LINE = re.compile(rf"^\s*(?:⁽?([{SUPERSCRIPT_DIGITS}]+)⁾?|\[(\d{{1,3}}|\*{{1,3}})\])\s*(\S.*)$")
_MARKER_IN_TEXT = re.compile(rf"⁽?([{SUPERSCRIPT_DIGITS}]+)⁾?|\[(\d{{1,3}}|\*{{1,3}})\]")
_ONE_MARKER = rf"(?:⁽?[{SUPERSCRIPT_DIGITS}]+⁾?|\[(?:\d{{1,3}}|\*{{1,3}})\])"
_TRAILING_MARKERS = re.compile(rf"{_ONE_MARKER}+$")
_MARKER_START = re.compile(rf"[{SUPERSCRIPT_DIGITS}\[]")  # found much quicker than a whole marker

#: A numbered paragraph: "1.", "一、", and in Arabic "1 -" (also "1 -" glued to the word after it, as PDF text
#: may give it where a tab followed the dash).
_NUMBERED = re.compile(
    r"^\s*(\d{1,3}|[一二三四五六七八九十]{1,3}(?=、))\s*(?:[.．](?!\d)|、|\s[-–—]\s|[-–—]\s|\s?[-–—](?=[\u0621-\u064a]))\s*")
_PAREN_ITEM = re.compile(
    r"^\s*[(（]\s*([a-z]{1,2}|[ａ-ｚ]{1,2}|[ivxlc]{1,6}|[一二三四五六七八九十]{1,3}|"
    + "|".join(sorted(numbering.ABJAD, key=len, reverse=True))
    + r"|ه|ا)\s*[)）]\s*"
)
_HALF_PAREN_ITEM = re.compile(rf"^\s*([a-z]{{1,2}}|[ivxlc]{{1,6}}|[{numbering.CYRILLIC_LIST_LETTERS}])\)\s+")
#: A lettered item as Word's default list style and browsers number it: "a. States parties …" (not "p. 209").
_DOTTED_ITEM = re.compile(r"^\s*([a-z]|[ivxlc]{2,6})\.\s+(?=[^\d\s])")
_CIRCLED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
#: The signs of bulleted items (with the private-use ones of the Symbol and Wingdings fonts, as a PDF's text layer
#: gives Word's bullets), the middle dots that are bullets at a line's start (not alone on a line), and the dashes
#: that are bullets with a space after them.
_BULLET_SIGNS, _MIDDLE_DOTS, _BULLET_DASHES = "•●▪■◦○►➢❖✓\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc", "·‧", "–—-"
_BULLETS = _BULLET_SIGNS + _MIDDLE_DOTS + _BULLET_DASHES
#: What marks a bulleted item: a sign ("• Extradition;", "·引渡；") or a dash and a space ("– l’extradition ;").
_BULLET = re.compile(rf"^\s*(?:([{_BULLET_SIGNS}{_MIDDLE_DOTS}])|([{_BULLET_DASHES}])(?=\s))\s*(?=\S)")
#: Units whose next line is not their bulleted item: what stands above a resolution's preamble.
_NO_BULLETS_UNDER = frozenset({"masthead", "cover", "symbol", "title", "acting-body", "draft", "part", "adoption"})
#: A paragraph number in decimals, with a space after it: "1.1 States …", "2.1.1. Training …", "３．１ …" …
_DECIMALS = r"\d{1,3}(?:[.．]\d{1,3}){1,3}"
_DECIMAL = re.compile(rf"^\s*({_DECIMALS})[.．]?\s+(?=\S)")
#: … and in Arabic, where they may be written with a hyphen: "120-1" (not "120 -", a paragraph's own number).
_DECIMAL_AR = re.compile(rf"^\s*({_DECIMALS}|\d{{1,3}}(?:-\d{{1,3}}){{1,3}})[.．]?\s+(?=\S)")
_CIRCLED_ITEM = re.compile(rf"^\s*([{_CIRCLED}])\s*")
#: An Arabic sub-sub-paragraph "’1‘" (the "(i)" of the other languages).
_QUOTED_ITEM = re.compile(r"^\s*[‘’'](\d{1,2})[‘’']\s*")
_ROMAN_TOKEN = re.compile(r"[ivxlc]+")
#: A chapter heading of a report: "I. Introduction", "一、导言" or "一. 导言", "أولا - مقدمة".
_ARABIC_ORDINAL = "|".join(sorted(numbering.ARABIC_CHAPTER_ORDINALS, key=len, reverse=True))
_CHAPTER = re.compile(
    r"^\s*(?:([IVXL]{1,6})\.|([一二三四五六七八九十]{1,3})[、.．]|(" + _ARABIC_ORDINAL + r")\s*[-–—])\s*(\S.*)$"
)
#: The numeral of a chapter or section alone on its line, its title on the next: "II", "二", "ثانيا".
_BARE_CHAPTER = re.compile(r"^\s*(?:([IVXL]{1,6})|([一二三四五六七八九十]{1,3})|(" + _ARABIC_ORDINAL + r"))\s*$")
#: A lettered section heading: "B. Attendance", "B. 出席情况", "Б. Участники" (Cyrillic), "باء - الحضور".
_SECTION = re.compile(
    r"^\s*(?:([A-Z" + numbering.CYRILLIC_LIST_LETTERS.upper() + r"])\.\s+|([Ａ-Ｚ])．\s*|(" + "|".join(numbering.ARABIC_LETTER_NAMES) + r")\s*[-–—]\s*)(\S.*)$"
)
#: What every chapter or section heading starts with (one quick test before the three patterns above).
_HEADING_START = re.compile("|".join(f"(?:{p.pattern})" for p in (_BARE_CHAPTER, _SECTION, _CHAPTER)))
#: The words that name an annex, and an appendix (in Russian, "Добавление" also names an addendum).
_ANNEX_WORDS = "Annex|Annexe|Anexo|Приложение"
_APPENDIX_WORDS = "Appendix|Appendice|Apéndice|Добавление"


def _part_heading(words: str, chinese: str, arabic: str) -> re.Pattern[str]:
    """The heading of a part alone on its line, named by ``words``, ``chinese`` or ``arabic`` and numbered or
    lettered (its number or letter in one of the three groups)."""
    return re.compile(
        rf"^\s*(?:(?:{words})(?:\s+([IVXLC]+|\d+|[A-ZА-Я]))?|{chinese}\s*([一二三四五六七八九十]+|\d+|[A-Z])?|"
        rf"{arabic}(?:\s+(\S+))?)\s*$",
        re.IGNORECASE,
    )


#: An annex's heading alone on its line, numbered or lettered: "Annex I", "Annex 2", "Annex A", "附件一", "المرفق الأول".
_ANNEX = _part_heading(_ANNEX_WORDS, "附件", "المرفق")
#: The heading of an annex to a letter or note verbale, which names the letter: "Annex to the letter dated 5 May 2023
#: from …", "Annexe II à la lettre datée du …", "Anexo de la carta de fecha …", "Приложение к письму …",
#: "مرفق الرسالة المؤرخة …", "المرفق الأول للرسالة …", "Annex to the note verbale …"; in Chinese it ends the line,
#: read by :data:`_LETTER_ANNEX_ZH`.
_LETTER_ANNEX = re.compile(
    rf"^\s*(?:(?:{_ANNEX_WORDS})(?:\s+([IVXLC]+|\d+))?\s+(?:to|à|de|a|к)\s+(?:the\s+|la\s+|le\s+)?"
    r"(?:letter|note verbale|note|lettre|carta|nota verbal|nota|письму|вербальной ноте|ноте)\s|"
    r"(?:ال)?مرفق(?:\s+(ال\S+))?\s+(?:ل|لل|ال)?(?:رسالة|مذكرة)\s)",
    re.IGNORECASE,
)
_LETTER_ANNEX_ZH = re.compile(either_script(r"的(?:信|普通照会|照会)的?附件([一二三四五六七八九十]+)?\s*$"))
#: An appendix's heading alone on its line (in an annex, or in a report): "Appendix I", "Appendice A", "附录一",
#: "التذييل الأول".
_APPENDIX = _part_heading(_APPENDIX_WORDS, "附录", "(?:ال)?تذييل")
_ARTICLE = re.compile(
    either_script(r"^\s*(?:(?:Article|Artículo|Статья|المادة)\s+(\d+|premier|1er)\.?|第\s*([一二三四五六七八九十百零〇]+|\d+)\s*条)\s*$"),
    re.IGNORECASE,
)
#: A chapter of a convention, its title on the same line or the next: "Chapter II", "Chapitre premier", "Capítulo II",
#: "Глава II", "الفصل الثاني", "第二章 刑事定罪".
_CONVENTION_CHAPTER = re.compile(
    r"^\s*(?:(?:Chapter|Chapitre|Capítulo|Глава)\s+([IVXLC]+|\d+|premier)\.?|第\s*([一二三四五六七八九十]+|\d+)\s*章|"
    r"الفصل\s+(\S+(?:\s+عشر)?))(?:\s+(\S.*?))?\s*$",
    re.IGNORECASE,
)
#: The word that names a decision, not a resolution, in the five languages that write it before the number.
_DECISION_WORDS = "Decision|Décision|Decisión|Решение|المقرر"
#: The number of a resolution or decision: "Decision 67/1", "第 67/1 号决定", "Resolution 2719 (2023)".
_NUMBER = either_script(
    rf"(?:Resolution|Résolution|Resolución|Резолюция|القرار|{_DECISION_WORDS})"
    r"\s+\d+(?:/\d+|\s*\(\d{4}\))[.,،]?|第\s*\d+(?:/\d+|\s*[(（]\d{4}[)）])\s*号(?:决议|决定)"
)
#: The Organization's name, as a cover page prints it before the document's symbol.
_ORGANIZATION_NAME = either_script(
    r"(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة)")
_NUMBER_LINE = re.compile(rf"^\s*(?:{_NUMBER})\s*$")
_SYMBOL_LINE = re.compile(
    rf"^\s*(?:{_NUMBER}|"
    # a document symbol, on a cover page after the Organization's name ("United Nations A/RES/80/7")
    rf"(?:{_ORGANIZATION_NAME}\s+)?"
    r"[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}(?:\s*\(\d{4}\))?)\s*$"
)
_ORGANIZATION = re.compile(rf"^{_ORGANIZATION_NAME}\s+(?=[A-Z]{{1,6}}/)")
#: The rule above a page's footnotes ("__________________").
_FOOTNOTE_RULE = re.compile(r"^\s*[_\-–—]{5,}\s*$")

#: Punctuation that closes a paragraph; a comma does not.
_FINAL = set(".;:!?。；：！？؛؟…")
_SENTENCE_END = set(".!?。！？؟…")
_COMMAS = set(",，،、")
_COLONS = set(":：")
_FINAL_OR_COMMA = _FINAL | _COMMAS
_CLOSERS = ")]）】」』”’\"'»›"
#: What may stand after the last word of a paragraph: closing marks, final punctuation, spaces.
_CLOSING_MARKS = _CLOSERS + "".join(sorted(_FINAL_OR_COMMA)) + " \u00a0\u202f\t"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: The opening of a Russian preambular paragraph: a gerund or participle ("отмечая", "исходя", "будучи",
#: "обеспокоенная"), perhaps after an adverb ("вновь подтверждая", "с удовлетворением отмечая"); not a noun in -ия
#: or a relative or other pronoun in -ая ("конвенция", "которая": a sentence going on).
_RU_GERUND = re.compile(
    r"^(?:(?:вновь|особо|глубоко|серьезно|решительно|твердо|также|неизменно|полностью|высоко|с\s+[а-яё]+)\s+)?"
    r"(?:(?!(?:котор|как|так|друг|кажд|люб|сам|всяк)ая\b)[а-яё]+(?:ая|яя|уя|юя|дя|ясь|вшись|учи|ючи)|будучи)\b"
)
#: Russian gerunds that open preambular paragraphs but also follow a comma in mid-sentence ("…, учитывая, что …"):
#: openers only above the first numbered paragraph, in text where no blank line sets paragraphs apart …
_RU_PREAMBLE_ONLY_WORDS = "учитывая|принимая|исходя|опираясь"
_RU_PREAMBLE_ONLY = re.compile(rf"^(?:{_RU_PREAMBLE_ONLY_WORDS})\b")
#: … and those that follow a comma in mid-sentence and open none.
_RU_MID_SENTENCE_WORDS = "включая|используя|начиная"
_ZH_CONTINUATION_START = ("的", "和", "及", "以及", "并", "或", "与", "而", "等")
_AR_PREAMBLE_OPENER = re.compile(r"^(?:و?إذ|وإذ)\b")
#: The opening of a preambular paragraph in each language: a participle or adjective, perhaps after an adverb
#: ("Recalling", "Deeply concerned", "Also noting"; "Rappelant", "Profondément préoccupée", "Se félicitant";
#: "Recordando", "Teniendo presente", "Convencida"; "回顾", "又注意到", "深为关切"; the Russian and Arabic ones above).
_PREAMBLE_OPENERS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"^(?:(?:Also|Further|[A-Z][a-z]+ly)\s+(?:[a-z]+ing|concerned|convinced|aware|alarmed|mindful)|"
                     r"[A-Z][a-z]+ing|Concerned|Convinced|Aware|Mindful|Conscious|Determined|Alarmed|Encouraged|Guided|"
                     r"Cognizant|Desirous)\b"),
    "fr": re.compile(r"^(?:[A-ZÉ][a-zéèêàâîôûç]+ment\s+(?:[a-zéèêàâîôûç]+ant|[a-zéèêàâîôûç]+ée?s?)|Se\s+félicitant|"
                     r"[A-ZÉ][a-zéèêàâîôûç]+ant|(?:Conscient|Convaincu|Préoccupé|Résolu|Alarmé|Déterminé|Encouragé|"
                     r"Guidé)e?s?|Soucieu(?:x|ses?))\b"),
    "es": re.compile(r"^(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]+mente\s+(?:[a-záéíóúñ]+(?:ando|iendo|yendo|ad[oa]s?|id[oa]s?))|"
                     r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ando|iendo|yendo)|Conscientes?|"
                     r"(?:Convencid|Preocupad|Alarmad|Decidid|Resuelt|Guiad|Alentad)[oa]s?)\b"),
    # (not the gerunds Russian also puts after a comma in mid-sentence: "включая", "учитывая", "принимая" …)
    "ru": re.compile(rf"^(?!(?:{_RU_MID_SENTENCE_WORDS}|{_RU_PREAMBLE_ONLY_WORDS})\b)" + _RU_GERUND.pattern.removeprefix("^")),
    "ar": _AR_PREAMBLE_OPENER,
    "zh": re.compile(r"^(?:又|还|并|再次|进一步)?(?:回顾|重申|注意到|认识到|确认|欢迎|欣见|铭记|意识到|考虑到|强调|深信|确信|"
                     r"深为关切|严重关切|关切地|满意地|赞赏地|遗憾地|表示|承认|申明|忆及)"),
}


@dataclass
class _Piece:
    """A block of source lines: one paragraph, heading or footnote candidate."""

    lines: list[str]
    line: int
    after_gap: bool = False  # footnote lines or page furniture were removed just before it
    continues_note: bool = False  # unmarked text right under a footnote rule: the last footnote, run on from a page before
    ends_full: bool = False  # hard-wrapped text whose last line runs (nearly) to the full width: the text goes on
    no_room_before: bool = False  # hard-wrapped text whose first word would not have fitted on the line before
    source: str | None = None  # its lines as the document has them, where some were read otherwise (see _Line)
    contents: str = ""  # in a table of contents: its "heading", its "columns" headings or an "entry"
    signature: bool = False  # a letter's signature with the signatory's name and titles
    row: bool = False  # a row of a table, its cells between tabs or set out in columns
    under: bool = False  # right under the piece before, no blank line between, in a text that has blank lines
    at_margin: bool = False  # it opens a block at the margin in a text that indents its paragraphs' first lines

    @property
    def raw(self) -> str:
        return "\n".join(self.lines) if self.source is None else self.source


class _Line(str):
    """A line as the segmenter reads it, its footnote markers in plain digits written as superscripts (and a
    footnote's number at its start as "[1]"); ``source`` is the line as the document has it."""

    source: str

    def __new__(cls, text: str, source: str) -> _Line:
        line = super().__new__(cls, text)
        line.source = source
        return line


@dataclass
class _Draft:
    """A unit being built: its pieces may still grow when a page break is repaired."""

    id: str
    kind: str
    label: str
    texts: list[str]
    raws: list[str]
    line: int
    zone: str = ""
    ends_full: bool = False  # its last piece ends with a line of full width
    part: str = ""  # the part of a resolution in parts it lies in ("B"), which prefixes its id (see _finish)


def segment(doc: Document) -> Segmentation:
    """Cut ``doc`` into its structural units (footnotes last)."""
    source, text = doc.text, doc.text
    if doc.encoding is None:
        # a text the readers did not read (a library caller's own): read as they read a file (line ends as another
        # system writes them, a byte-order mark, accents as separate marks …)
        source = with_line_feeds(doc.text.replace("\ufeff", "") if "\ufeff" in doc.text else doc.text)
        text = as_read(source)
    if doc.lang == "zh":
        text = with_ideographs(text)  # (characters a PDF gave as radicals: "附件⼀" is an annex's heading)
    pieces, footnote_pieces = _pieces(text, doc.lang)
    mend = _first_mended(_word_mender(text, doc.lang), _script_spacer(text))
    drafts = _Structurer(doc.lang, mend).run(pieces)
    body = [_strip_markers(_unstretched(_joined(draft.texts, mend))) for draft in drafts]
    notes = [(marker, _unstretched(text)) for marker, text in (_footnote(piece, mend) for piece in footnote_pieces)]
    anchors = iter(find_anchors_each([text for text, _ in body] + [text for _, text in notes], doc.lang))
    units = [_finish(draft, text, refs, next(anchors), doc.lang) for draft, (text, refs) in zip(drafts, body)]
    units += [_footnote_unit(piece, marker, text, next(anchors), doc.lang)
              for piece, (marker, text) in zip(footnote_pieces, notes)]
    if text is not source:
        units = _as_in_source(units, text, source)
    return Segmentation(document=doc, units=tuple(_dedupe_ids(units)))


def _as_in_source(units: list[Unit], text: str, source: str) -> list[Unit]:
    """``units`` cut from ``text`` (``source`` line for line, as the readers read it: see :func:`segment`), each with
    its raw text as ``source`` has it (its radicals, which a check reports, among the rest)."""
    source_line = {line: original for line, original in zip(text.split("\n"), source.split("\n")) if line != original}
    source_line.update({line.strip(): original.strip() for line, original in list(source_line.items())})

    def raw(unit: Unit) -> str:
        return "\n".join(source_line.get(line, line) for line in unit.raw.split("\n"))

    return [replace(unit, raw=raw(unit)) for unit in units]


# --- lines → pieces -----------------------------------------------------------


def _pieces(text: str, lang: str) -> tuple[list[_Piece], list[_Piece]]:
    """Body pieces and footnote pieces, page furniture dropped (page and job numbers, running headers, footnote
    rules)."""
    blocks: list[_Piece] = []
    current: list[str] = []
    start = 0
    gap = False
    under_rule = False  # the line before was a footnote rule
    run_on = False  # the current block is unmarked text right under a footnote rule

    def close() -> None:
        nonlocal current, gap
        if current:
            blocks.append(_Piece(current, start, gap, continues_note=run_on))
            current, gap = [], False

    lines = text.split("\n")
    headers = _running_headers(lines)
    rewritten = False
    if ("?" in text or "\ufffd" in text) and _LOST_NOTE_ANYWHERE.search(text):
        read = _read_lost_markers(lines)
        rewritten, lines = read is not lines, read
    if not rewritten and "¹" not in text:  # (where the first footnote kept its superscript, so did the others)
        for style in _note_styles(text, lang):
            read = _read_plain_footnotes(lines, headers, style)
            if read is not lines:
                rewritten, lines = True, read
                break
    if "*" in text:
        read = _read_asterisk_notes(lines)
        rewritten, lines = rewritten or read is not lines, read
    if lang == "zh":
        read = _closed_up(lines)
        rewritten, lines = rewritten or read is not lines, read
    for number, line in enumerate(lines, start=1):
        if line.startswith("\f") or (not line.strip() and "\f" in line):  # a page break, as pdftotext marks it
            close()
            gap = True
        if not line.strip():
            close()
            continue
        rule = _FOOTNOTE_RULE.match(line) is not None
        if rule or (PAGE_FURNITURE.match(line) or _repeats_header(line, number, headers) or _stray_letters(line)) and \
                not _amid_word_chain(lines, number - 1):
            close()
            gap, under_rule = True, rule
            continue
        if run_on and _FOOTNOTE_LINE.match(line):
            close()  # the page's own footnotes, after the one run on from the page before
        if not current:
            start = number
            run_on = under_rule and not _FOOTNOTE_LINE.match(line)
        under_rule = False
        current.append(line)
    close()

    signed = _has_signature(text)
    # (a text whose blocks are one line each sets its paragraphs apart, and has no wrapped or title lines to read)
    blank_lines = any(len(block.lines) > 1 for block in blocks) and _blank_lines_between_paragraphs(blocks)
    wrap = _wrap_width(blocks, signed, blank_lines)
    paragraphed = bool(wrap) and blank_lines  # (it matters only to wrapped lines)
    run_on = bool(wrap) and not blank_lines  # wrapped, and its paragraphs one under another with no blank line between
    indented = run_on and _indents_first_lines(blocks, wrap)
    exact = lang == "zh" and _wraps_chinese_exactly(blocks, wrap)
    # whether a line right under another, no blank line between, is on that line's paragraph or title: in a text that
    # sets its paragraphs apart with blank lines, or has some (a short one, with few numbered paragraphs to tell)
    apart = not run_on and (blank_lines or len(blocks) >= _BLOCKS_APART)
    body: list[_Piece] = []
    footnotes: list[_Piece] = []
    pending_gap = False
    breaks_since_note = 0  # page breaks since the last footnote
    held: _Piece | None = None  # text low on the page after the last footnote's: perhaps the rest of that footnote
    numbered = False  # a numbered paragraph or item seen: past any preamble
    for index, block in enumerate(blocks):
        # a heading may end a page: the next page's text then opens a numbered paragraph or an item
        structure_next = run_on and _structure_follows(blocks, index)
        for number, piece in enumerate([block] if block.continues_note and footnotes else
                                       _split_block(block, lang, wrap, paragraphed, run_on, indented, exact, numbered,
                                                    structure_next)):
            numbered = numbered or run_on and _starts_structure(piece.lines[0])
            piece.under = number > 0 and apart
            piece.at_margin = indented and number == 0 and _indent(piece.lines[0]) < _INDENT
            if held is not None:
                if _bottom_of_page_after(footnotes[-1], piece):
                    footnotes[-1].lines.extend(held.lines)
                    pending_gap = True
                else:
                    body.append(held)
                held = None
            if piece.continues_note:
                footnotes[-1].lines.extend(piece.lines)
                pending_gap = True
                continue
            if _FOOTNOTE_LINE.match(piece.lines[0]):
                footnotes.append(piece)
                pending_gap, breaks_since_note = True, 0
                continue
            breaks_since_note += piece.after_gap
            piece.after_gap = piece.after_gap or pending_gap
            piece.ends_full = _fills(piece.lines[-1], wrap, _FULL_LINE_AT_BREAK)
            pending_gap = False
            if breaks_since_note == 1 and footnotes and body and not piece.after_gap and \
                    _may_finish_note(footnotes[-1], piece, body[-1]):
                held = piece
                continue
            body.append(piece)
    if held is not None:  # at the end of the text
        footnotes[-1].lines.extend(held.lines)
    for before, piece in zip(body, body[1:]):
        piece.no_room_before = _no_room_for(piece.lines[0], before.lines[-1], wrap)
    if rewritten:
        for piece in body + footnotes:
            piece.source = "\n".join(getattr(line, "source", line) for line in piece.lines)
    body = _titles_apart(_labels_joined(body, lines))
    return (_signatures_joined(body) if signed else body), footnotes


#: An annex's or article's heading with its title on the same line: "Annex I. Recommendations …", "Annexe II – …",
#: "附件一：工作组的建议", "المرفق الأول - …", "Article 2. Use of terms", "第二条　术语的使用" (as Chinese conventions
#: print their articles).
_HEADING_WITH_TITLE = re.compile(
    rf"^(\s*(?:(?:{_ANNEX_WORDS}|{_APPENDIX_WORDS})\s+(?:[IVXLC]+|\d+|[A-ZА-Я](?=[.:\s]))|"
    r"(?:附件|附录)\s*(?:[一二三四五六七八九十]+|\d+)|(?:المرفق|التذييل)\s+\S+|(?:Article|Artículo|Статья|المادة)\s+(?:\d+|premier|1er)|第\s*(?:[一二三四五六七八九十百零〇]+|\d+)\s*条))"
    r"(?:\s*[.:：]\s*|\s+[-–—]\s+|\s+|\u3000+)(?=\S)",
    re.IGNORECASE,
)


#: The first letters of those headings (a quick test before the pattern).
_HEADING_INITIALS = frozenset("AaСсПпДд附第ا")


def _titles_apart(body: list[_Piece]) -> list[_Piece]:
    """``body`` with each annex or article heading that has its title on its line cut in two pieces, the heading
    and the title, as most texts print them ("Annex I. Recommendations …" / "Annex I", "Recommendations …"); a
    sentence that opens with an annex's or article's name ("Annex I contains …", "第五条规定，…") is no heading."""
    apart: list[_Piece] = []
    for piece in body:
        match = _HEADING_WITH_TITLE.match(piece.lines[0]) if piece.lines[0].lstrip()[:1] in _HEADING_INITIALS else None
        rest = piece.lines[0][match.end():] if match else ""
        title = [rest, *piece.lines[1:]]
        if match is None or piece.source is not None or not _heading_like(_join_lines(title), "") or \
                (rest[:1].islower() and not match.group(0).rstrip().endswith((".", ":", "：", "-", "–", "—"))) or \
                _LETTER_ANNEX.match(piece.lines[0]):  # "المرفق الأول للرسالة …": the letter's name is no title
            apart.append(piece)
            continue
        apart += _cut_piece(piece, match.end(1), match.end())
    return apart


#: The words of a signature's mark, in brackets.
_SIGNATURE_WORDS = ("Signed", "Sign[ée]e?", "Firmad[oa]", "Подпись", "Подписано", "توقيع", "签名", "簽名")
#: The mark of a signature in a document's text: "(Signed) Alexander Marschik", "(Signé)", "(Firmado)", "(Подпись)",
#: "(توقيع)", "亚历山大·马尔席克（签名）".
_SIGNED = re.compile(rf"^\s*[(（]\s*(?:{'|'.join(_SIGNATURE_WORDS)})\s*[)）]|"
                     r"[(（]\s*(?:签名|簽名|Signed|Signé|Firmado)\s*[)）]\s*$", re.IGNORECASE)
#: The word of those marks, before its closing bracket, anywhere in a text, in lower case, capitalised or in
#: capitals (a search for the word, its case spelt out, is much quicker than one for the opening bracket or one
#: ignoring case).
_SIGNATURE_WORD = re.compile(
    "(?:" + "|".join(dict.fromkeys(form for w in _SIGNATURE_WORDS for form in (w, w.lower(), w.upper()))) + r")(?=\s*[)）])")


def _has_signature(text: str) -> bool:
    """Whether ``text`` holds a signature's mark ("(Signed)", "（签名）"), not only its word ("电子签名")."""
    return any(text[max(0, m.start() - 2):m.start()].rstrip()[-1:] in ("(", "（")
               for m in _SIGNATURE_WORD.finditer(text))


#: Lines of a signatory's name and titles ("Ambassador", "Permanent Representative", "L’Ambassadeur,") go with
#: the signature, at most this many pieces on either side, each at most this wide …
_SIGNATORY_PIECES = 3
_SIGNATORY_COLUMNS = 60


def _signed(piece: _Piece) -> bool:
    return any((line.lstrip()[:1] in "(（" or line.rstrip()[-1:] in ")）") and _SIGNED.search(line) is not None
               for line in piece.lines)


def _signatory_line(piece: _Piece) -> bool:
    """Whether ``piece`` may be a line of a signatory's name or titles: short, ending no sentence, no heading of
    a part or numbered paragraph."""
    text = _join_lines(piece.lines)
    return columns(text) <= _SIGNATORY_COLUMNS and _last_char(text) not in _SENTENCE_END and \
        _marker(text) is None and not _signed(piece)


def _signatures_joined(body: list[_Piece]) -> list[_Piece]:
    """``body`` with each signature ("(Signed) Alexander Marschik") made one piece with the lines of the
    signatory's name and titles around it, whichever order a version prints them in."""
    joined: list[_Piece] = []
    index = 0
    while index < len(body):
        piece = body[index]
        if not _signed(piece):
            joined.append(piece)
            index += 1
            continue
        start = len(joined)
        while start > 0 and len(joined) - start < _SIGNATORY_PIECES and not joined[start - 1].signature and \
                not joined[start - 1].contents and _signatory_line(joined[start - 1]):
            start -= 1
        end = index + 1
        while end < len(body) and end - index <= _SIGNATORY_PIECES and _signatory_line(body[end]):
            end += 1
        parts = joined[start:] + body[index:end]
        del joined[start:]
        joined.append(_Piece([line for part in parts for line in part.lines], parts[0].line, parts[0].after_gap,
                             signature=True))
        index = end
    return joined


#: A paragraph number or item label alone on its line: "1.", "１．", "1 -", "(a)", "a)", "(iv)", "(أ)", "㈠".
_BARE_LABEL = re.compile(
    r"^\s*(?:\d{1,3}\s*(?:[.．]|[-–—])|[(（]\s*(?:[a-z]{1,2}|[ａ-ｚ]{1,2}|[ivxlc]{1,6}|"
    + "|".join(sorted(numbering.ABJAD, key=len, reverse=True)) + r"|ه)\s*[)）]|[a-z]\)|["
    + _CIRCLED + _BULLET_SIGNS + r"])\s*$"
)


#: No such label alone on its line is longer ("(viii)" and spaces around it).
_BARE_LABEL_CHARS = 12


def _labels_joined(body: list[_Piece], lines: list[str]) -> list[_Piece]:
    """``body`` with each paragraph number or item label that stands alone on its line joined to the text on the
    next line, blank lines between them or not ("1." / "Endorses …"), as a PDF's column of numbers or a list
    copied out of a word processor gives them."""
    joined: list[_Piece] = []
    for piece in body:
        label = joined[-1] if joined else None
        if label is not None and len(label.lines) == 1 and len(label.lines[0]) <= _BARE_LABEL_CHARS and \
                _BARE_LABEL.match(label.lines[0]) and \
                not piece.after_gap and not _starts_structure(piece.lines[0]) and \
                not any(line.strip() for line in lines[label.line:piece.line - 1]):
            written = lines[label.line - 1:piece.line - 1 + len(piece.lines)]
            source = "\n".join(getattr(line, "source", line) for line in written)
            joined[-1] = _Piece(label.lines + piece.lines, label.line, label.after_gap, ends_full=piece.ends_full,
                                no_room_before=label.no_room_before, source=source)
            continue
        joined.append(piece)
    return joined


#: CJK characters and punctuation (not the ideographic space).
_WIDE = "\u2e80-\u2fff\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uffef"
#: Spaces between two of them, as a letter-spaced heading sets its characters apart ("附 件", "目　录").
_WIDE_GAP = re.compile(f"(?<=[{_WIDE}])[ \u3000]+(?=[{_WIDE}])")
_WIDE_PAIR = re.compile(f"[{_WIDE}]{{2}}")


def _closed_up(lines: list[str]) -> list[str]:
    """``lines``, those letter-spaced (CJK characters set apart by spaces, and none side by side: "附 件 一",
    "第 11/1 号 决 议", "联 合 国") read without those spaces (each a :class:`_Line` that keeps the line as
    written); ``lines`` itself where none is."""
    read = None
    for index, line in enumerate(lines):
        if (" " in line or "\u3000" in line) and not _WIDE_PAIR.search(line) and _WIDE_GAP.search(line):
            read = read or list(lines)
            read[index] = _Line(_WIDE_GAP.sub("", line), getattr(line, "source", line))
    return lines if read is None else read


def _may_finish_note(note: _Piece, piece: _Piece, previous: _Piece) -> bool:
    """Whether ``piece``, low on the page after the one where footnote ``note`` broke off unfinished, may be the
    rest of that footnote, run on without a rule line: unmarked text that ends a sentence, after a paragraph that
    ended."""
    last = _last_char(note.lines[-1])
    return (last.isalpha() or last in _COMMAS) and _last_char(piece.lines[-1]) in _FINAL and \
        _last_char(previous.lines[-1]) in _FINAL_OR_COMMA and not _starts_structure(piece.lines[0]) and \
        not any(_MARKER_IN_TEXT.search(line) for line in piece.lines)


def _bottom_of_page_after(note: _Piece, following: _Piece) -> bool:
    """Whether ``following`` shows the piece before it to stand at the bottom of a page, above the page's own
    footnotes: it is the footnote numbered after ``note``, or page furniture came between."""
    if following.after_gap:
        return True
    number, after = _FOOTNOTE_LINE.match(note.lines[0]), _FOOTNOTE_LINE.match(following.lines[0])
    return bool(number and after) and _note_number(after) == _note_number(number) + 1 > 1


def _note_number(note: re.Match[str]) -> int:
    """The number of a footnote line matched by _FOOTNOTE_LINE; 0 for an asterisk footnote."""
    value = _marker_value(note.group(1) or note.group(2))
    return int(value) if value.isdigit() else 0


#: A footnote whose superscript number a PDF extraction lost: "1 See resolution 55/25." ("1. Decides" and the
#: Arabic "1 - يقرر" are numbered paragraphs; "1 Decides" is told apart by where it stands, see below).
_PLAIN_NOTE_LINE = re.compile(r"^\s*(\d{1,3})\s+(?=[^\s.\-–—)])")
_PLAIN_NOTE_ANYWHERE = re.compile(r"\n[ \t]*\d{1,3}[ \t]+[^\s.\-–—)]")  # the same after the first line, found quicker
# What may follow a marker's digits: the end of the line, a space, punctuation, or (in Chinese, where the text goes
# on right after the marker: "议定书2而开展") a CJK character that is no measure word or unit of the figure ("3条").
_PLAIN_MARKER_END = r"(?=$|[\s,.;:!?)\]»”’\"'，。；：！？、）》」』،؛]|[\u3400-\u9fff](?<![条款项段节章年月日号次届个名份万亿千百倍元]))"
#: A footnote marker in plain digits: glued to the end of a word in lower case, another script's letter or a
#: CJK character ("Crime1", "преступности1,", "公约1，", but not "第3条"), to an acronym of three capitals or more
#: ("UNODC1"), to closing punctuation ("crime,1", "犯罪。1", or "，1" at the start of a wrapped line), or to the
#: punctuation after a year ("for 2024,1", "in 2024.2") or the comma after a resolution number ("resolution
#: 55/25,2"); other figures before a comma or full stop may be decimals.
_PLAIN_MARKER = re.compile(
    r"(?:(?<=[^\W\d_A-ZА-ЯЁ])|(?<=[^\d\s][,.;:)\]»”’\"'，。；：、）》」』،؛])|(?<=^[，。；：、）》」』])|"
    r"(?<=\b(?:19|20)\d\d[,.;:])|(?<=/\d,)|(?<=/\d\d,)|(?<=/\d\d\d,)|(?<=[A-ZА-ЯЁ]{3}))(?<!第)(\d{1,3})"
    + _PLAIN_MARKER_END
)


@dataclass(frozen=True)
class _NoteStyle:
    """How a text whose footnote numbers lost their superscript writes them: at the start of a footnote's line
    (``line``, quickly found anywhere after the first line with ``anywhere``) and as a marker in the body text
    (``marker``; group 1 holds the number, the whole match is turned into a superscript). ``region``: how many
    lines, blank ones left out, above the bottom of a page the footnotes may start at most. ``endnotes``: the
    markers of footnotes may also stand on earlier pages, after the last footnote's marker (notes gathered at
    the end of a text with pages)."""

    line: re.Pattern[str]
    anywhere: re.Pattern[str]
    marker: re.Pattern[str]
    region: int = 40
    endnotes: bool = False


_PLAIN_NOTES = _NoteStyle(_PLAIN_NOTE_LINE, _PLAIN_NOTE_ANYWHERE, _PLAIN_MARKER)
#: Arabic numbers its footnotes in brackets, "(1)", glued to the word or figure they follow ("عام 2024(1)،").
_BRACKETED_NOTES = _NoteStyle(
    re.compile(r"^\s*\((\d{1,3})\)\s+(?=\S)"),
    re.compile(r"\n[ \t]*\(\d{1,3}\)[ \t]+\S"),
    re.compile(r"(?<=[^\s(])\((\d{1,3})\)" + _PLAIN_MARKER_END),
)
#: Older UN documents (and the Organization's web pages of them) number footnotes "1/", the marker set apart from
#: the word before it or glued to it ("Plan of Action, 1/ adopted", "报告2/和", "crime; 3/"), but never glued to a
#: figure or symbol ("52/85", "A/49/748") nor followed by one ("1/2"). So distinctive a line needs no limit on
#: where the footnotes start, nor on where their markers stand: a text without pages keeps them all at its end,
#: and so may one with pages.
_SLASHED_NOTES = _NoteStyle(
    re.compile(r"^\s*(\d{1,3})/\s+(?=\S)"),
    re.compile(r"\n[ \t]*\d{1,3}/[ \t]+\S"),
    re.compile(r"(?<![\d/.\-])(\d{1,3})/(?=$|[\s,.;:!?)\]»”’\"'，。；：！？、）》」』،؛]|[\u3400-\u9fff])"),
    region=1_000_000,
    endnotes=True,
)
_SUPERSCRIPT_MARKER = {**SUPERSCRIPT, ord("("): "⁽", ord(")"): "⁾", ord("/"): None, ord(" "): None}
#: A footnote marker in plain digits set apart by a space, as pdftotext gives a raised number the PDF places a little
#: right of the word ("Organized Crime 1 and that", "the Protocols thereto, 2", "公约》 1总体"): after a letter or
#: closing punctuation, before a word in lower case, punctuation, the line's end or, in Chinese, a character that
#: is no measure word or unit ("3条"; not "1 March", "2 (b)" or "2–4"). The
#: match takes the space, which the superscript leaves out. Tried only where no marker glued to its word is found.
_SPACED_MARKER = re.compile(
    r"(?<=[^\W\d_]|[,.;:)\]»”’\"'，。；：）》」』،؛])[ ](\d{1,3})(?=[ ]?$|[,.;:，。；：،؛]|[ ][^\W\d_A-ZА-ЯЁ\u3400-\u9fff]|"
    r"[ ]?[\u3400-\u9fff](?<![条款项段节章年月日号次届个名份万亿千百倍元]))")
#: The words before a figure that the figure counts or numbers, which is then no footnote marker ("article 2 of",
#: "paras. 7 and", "пункта 3 и"), lower case: in English, French and Spanish as written (plurals that number several,
#: "articles 16 and 18"), in Russian by their stems.
_COUNTING_WORDS = re.compile(
    r"(?:articles?|artículos?|paragraphs?|paragraphes?|párrafos?|paras?|párrs?|par|rules?|règles?|reglas?|sections?|"
    r"sección|secciones|annex|annexe|anexo|chapters?|chapitres?|capítulos?|items?|points?|temas?|resolutions?|"
    r"résolutions?|resolución|resoluciones|decisions?|décisions?|decisión|decisiones|part|partie|parte|tables?|"
    r"tableau|cuadro|figure|figura|pages?|páginas?|p|pp|volumes?|volumen|vols?|nos?|núm|n°|principle|principe|"
    r"principio|recommendation|recommandation|recomendación|goal|target|objectif|cible|objetivo|meta|phase|level|"
    r"niveau|nivel|step|étape|etapa|protocol|protocole|protocolo|session|período|meeting|réunion|reunión|"
    r"(?:стат|пункт|подпункт|правил|раздел|приложени|глав|резолюци|решени|част|таблиц|рисун|стр|том|принцип|"
    r"цел|задач|уров|этап|протокол|сесси|заседани|совещани)[а-яё]{0,3}|№)$")


def _counts_nothing(line: str, start: int) -> bool:
    """Whether the word before ``start`` in ``line`` is no word that counts or numbers the figure after it."""
    before = line[:start].rstrip().rsplit(None, 1)
    return not before or not _COUNTING_WORDS.match(before[-1].rstrip(".,").lower())


def _note_styles(text: str, lang: str) -> Iterator[_NoteStyle]:
    """The ways ``text`` may number its footnotes where their numbers are no superscripts, the likeliest first."""
    bracketed = lang == "ar" and _BRACKETED_NOTES.anywhere.search(text) is not None
    styles = (_SLASHED_NOTES, _BRACKETED_NOTES if bracketed else _PLAIN_NOTES)
    return (style for style in styles if style.anywhere.search(text) or style.line.match(text))


def _read_plain_footnotes(lines: list[str], headers: dict[str, int], style: _NoteStyle = _PLAIN_NOTES) -> list[str]:
    """``lines`` with the footnotes written in plain digits rewritten as "[1] text", and their markers in the
    body as superscripts, where the evidence is strong: footnote lines at the bottom of a page (right above page
    furniture or the end of the text, perhaps under a footnote rule), numbered on from the last footnote of the
    text (from 1 on), each with a marker of its number on the same page above them, in order. A numbered
    paragraph ("1 Decides"), which has no such marker, stays as it is. ``lines`` itself where none is found.
    ``style`` says how the numbers are written ("1" or, in Arabic, "(1)")."""
    # where each page's text ends, and where the next one's starts: at a line of page furniture, which is no text,
    # or at a line opening with a form feed, as pdftotext starts a page
    page_ends = [(number - 1, number - (line[:1] == "\f")) for number, line in enumerate(lines, start=1)
                 if line[:1] == "\f" and number > 1 or PAGE_FURNITURE.match(line) or _repeats_header(line, number, headers)]
    read = list(lines)
    last_note, page_top = 0, 0
    last_marker = (0, 0)  # (line, column) right after the marker of the last footnote read
    for end, next_top in page_ends + [(len(lines), len(lines))]:
        marked = [match for match in map(_FOOTNOTE_LINE.match, lines[page_top:end]) if match]
        last_note = max([last_note] + [_note_number(m) for m in marked])
        candidates = _note_candidates(lines, page_top, end, style)
        for first in range(len(candidates)):
            starts = _note_run(lines, candidates[first:])
            if starts is None or starts[0][1] != last_note + 1:
                continue
            numbers = [number for _, number in starts]
            markers = _plain_markers(lines, (page_top, 0), starts[0][0], numbers, style.marker)
            if markers is None and style.endnotes:
                markers = _plain_markers(lines, last_marker, starts[0][0], numbers, style.marker)
            if markers is None and style is _PLAIN_NOTES:
                markers = _plain_markers(lines, (page_top, 0), starts[0][0], numbers, style.marker, spaced=True)
            if markers is None:
                continue
            last_marker = markers[-1][0], markers[-1][2]
            for index, number in starts:
                match = style.line.match(lines[index])
                assert match is not None
                read[index] = _Line(f"[{number}] {lines[index][match.end():]}", lines[index])
            for index, start, stop in reversed(markers):  # (from the right: a slash taken out shortens the line)
                digits = read[index][start:stop].translate(_SUPERSCRIPT_MARKER)
                read[index] = _Line(read[index][:start] + digits + read[index][stop:], lines[index])
            last_note = numbers[-1]
            break
        page_top = next_top
    return read if read != lines else lines


def _note_candidates(lines: list[str], top: int, end: int, style: _NoteStyle) -> list[tuple[int, int]]:
    """The lines low on the page that ends before ``end`` (from ``top`` on), below any footnote rule or marked
    footnote, that start with a number written in ``style``, as (index, number), topmost first."""
    found: list[tuple[int, int]] = []
    room = style.region
    for index in range(end - 1, top - 1, -1):
        line = lines[index]
        if not line.strip():
            continue
        room -= 1
        if room < 0 or _FOOTNOTE_LINE.match(line) or _FOOTNOTE_RULE.match(line):
            break
        match = style.line.match(line)
        if match is not None:
            found.append((index, int(match.group(1))))
    return found[::-1]


def _note_run(lines: list[str], candidates: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The footnotes that the first of ``candidates`` starts, down to the bottom of the page: each next number
    starts the next footnote; a higher one, right after a line that breaks off mid-sentence, is a number in a
    footnote's text ("… of" / "15 November 2000."). None where numbers do not follow each other (a numbered
    paragraph above the footnotes, a footnote missing)."""
    starts = [candidates[0]]
    for index, number in candidates[1:]:
        if number == starts[-1][1] + 1:
            starts.append((index, number))
        elif number <= starts[-1][1] or _last_char(lines[index - 1]) in _FINAL or not lines[index - 1].strip():
            return None
    return starts


def _plain_markers(lines: list[str], top: tuple[int, int], stop: int, numbers: list[int], marker: re.Pattern[str],
                   spaced: bool = False) -> list[tuple[int, int, int]] | None:
    """Where the markers of footnotes ``numbers`` stand, in order, from ``top`` (line, column) to line ``stop``
    (excluded): as (line, start, end) of each marker; None if one is missing. Where ``spaced``, a marker may also
    be set apart from its word (see :data:`_SPACED_MARKER`)."""
    found: list[tuple[int, int, int]] = []
    index, column = top
    for number in numbers:
        while index < stop:
            line = lines[index]
            matches = [m for m in marker.finditer(line, column) if int(m.group(1)) == number]
            if spaced:
                matches += [m for m in _SPACED_MARKER.finditer(line, column)
                            if int(m.group(1)) == number and _counts_nothing(line, m.start())]
            match = min(matches, key=lambda m: m.start(), default=None)
            if match is not None:
                found.append((index, match.start(), match.end()))
                column = match.end()
                break
            index, column = index + 1, 0
        else:
            return None
    return found


#: A footnote line marked with asterisks ("* E/CN.15/2025/1.", "** Reissued for technical reasons."), and its
#: marker in the text above it, glued to what it refers to ("provisional agenda*", "临时议程*").
_ASTERISK_NOTE = re.compile(r"^\s*(\*{1,3})\s*([^\s*][^*]*)$")
_ASTERISK_MARKER = re.compile(r"(?<=[^\s*])(\*{1,3})(?:(?![*\w])|(?=[\u3400-\u9fff]))")


def _read_asterisk_notes(lines: list[str]) -> list[str]:
    """``lines`` with each asterisk footnote rewritten as "[*] text" (and "[**] text") and its marker in the text
    above it as "[*]", where a marker of as many asterisks stands above the footnote (a bullet "* item" has none);
    ``lines`` itself where none is found."""
    notes: dict[str, int] = {}  # the asterisks of a footnote → its line
    for index, line in enumerate(lines):
        note = _ASTERISK_NOTE.match(line)
        if note is not None and note.group(1) not in notes and not PAGE_FURNITURE.match(line):
            notes[note.group(1)] = index
    if not notes:
        return lines
    read = list(lines)
    for stars, note_index in notes.items():
        marker = next(((index, match) for index, line in enumerate(read[:note_index])
                       if "*" in line and not PAGE_FURNITURE.match(line)
                       for match in _ASTERISK_MARKER.finditer(line) if match.group(1) == stars), None)
        if marker is None:
            continue
        index, match = marker
        source = getattr(read[index], "source", read[index])
        read[index] = _Line(f"{read[index][:match.start()]}[{stars}]{read[index][match.end():]}", source)
        note = _ASTERISK_NOTE.match(lines[note_index])
        assert note is not None
        read[note_index] = _Line(f"[{stars}] {note.group(2)}", getattr(lines[note_index], "source", lines[note_index]))
    return read if read != lines else lines


#: Footnote markers that a conversion to an encoding with no superscript digits (GBK, Big5, Windows-1251 …) wrote
#: as "?" (or as U+FFFD, where a reader could not decode them): one mark per digit, at the start of a footnote's
#: line ("? United Nations, Treaty Series") and glued to the text it refers to ("公约》?总体", "Crime?,").
_LOST_NOTE_LINE = re.compile(r"^\s*([?\ufffd]+)\s*(?=\S)")
_LOST_NOTE_ANYWHERE = re.compile(r"(?m)^[ \t]*[?\ufffd]+[ \t]*\S")
#: In the text: a lost mark opening a word (a lost opening quotation mark, "?Convention?"), a run of lost marks
#: glued to what comes before, or a footnote marker the encoding kept.
_LOST_MARK = re.compile(rf"(?P<open>(?<![^\s(\[])[?\ufffd](?=\w))|(?<=\S)(?:(?P<lost>[?\ufffd]+)|(?P<kept>[{SUPERSCRIPT_DIGITS}]+))")


def _read_lost_markers(lines: list[str]) -> list[str]:
    """``lines`` with footnote markers lost to "?" given back their numbers: each lost footnote numbered after the
    footnote before it, each lost marker after the marker before it (either perhaps a superscript the encoding
    kept), footnotes as "[4] text" and markers as superscripts. Only where every lost footnote has a lost marker of
    its number above it, as many digits long, and every other lost mark in the text is told apart from such a
    marker: a pair of lost quotation marks ("?Convention?,"), a lost dash between figures ("23?27"), or, where the
    marks are one too many otherwise, a question mark (after a word, before a capital or the end of the line).
    ``lines`` itself otherwise."""
    events = _lost_mark_events(lines)
    found = _lost_numbers(events, questions=True)
    if found is None:
        found = _lost_numbers(events, questions=False)
    if found is None:
        return lines
    notes, markers = found
    read = list(lines)
    for number, (index, start, end) in sorted(markers.items(), key=lambda item: (-item[1][0], -item[1][1])):
        read[index] = _Line(read[index][:start] + str(number).translate(SUPERSCRIPT) + read[index][end:], lines[index])
    for number, (index, _) in notes.items():
        match = _LOST_NOTE_LINE.match(lines[index])
        assert match is not None
        read[index] = _Line(f"[{number}] {lines[index][match.end():]}", lines[index])
    return read


#: A "?" that reads as a question mark: after a word, before a capital letter or the end of the line.
_QUESTION = re.compile(r"(?<=[^\W\d_])\?(?=\s+[A-ZА-ЯЁ]|\s*$)")


def _lost_mark_events(lines: list[str]) -> list[tuple]:
    """In order: ("note", line, width) for a footnote line opening with "?", ("kept", number) for a footnote
    (line or marker) that kept its number, ("lost", line, start, end, question) for a run of lost marks glued
    to the text, less the lost quotation marks and dashes (see :func:`_read_lost_markers`)."""
    events: list[tuple] = []
    quoted = False  # a lost opening quotation mark waits for its closing one
    for index, line in enumerate(lines):
        if not line.strip():
            quoted = False
        if PAGE_FURNITURE.match(line):
            continue
        marked, lost = _FOOTNOTE_LINE.match(line), _LOST_NOTE_LINE.match(line)
        if marked is not None:
            events.append(("kept-note", _note_number(marked)))
            continue
        if lost is not None:
            events.append(("note", index, len(lost.group(1))))
            continue
        for match in _LOST_MARK.finditer(line):
            start, end = match.span()
            if match.group("open") is not None:
                quoted = True
            elif match.group("kept") is not None:
                events.append(("kept", int(match.group("kept").translate(PLAIN_DIGITS))))
            elif line[start - 1].isdigit() and line[end:end + 1].isdigit():
                continue
            elif quoted:  # its first mark closes the quotation
                quoted, start = False, start + 1
                if start < end:
                    events.append(("lost", index, start, end, False))
            else:
                events.append(("lost", index, start, end, _QUESTION.match(line, start) is not None))
    return events


def _lost_numbers(events: list[tuple], questions: bool) -> tuple[dict, dict] | None:
    """The lost footnotes and markers of ``events`` numbered (number → (line, width); number → (line, start,
    end)), the question marks taken for markers too or not; None where they do not agree."""
    notes: dict[int, tuple[int, int]] = {}
    markers: dict[int, tuple[int, int, int]] = {}
    last_note = last_marker = 0
    for event in events:
        if event[0] == "kept-note":
            last_note = event[1] or last_note
        elif event[0] == "note":
            last_note += 1
            notes[last_note] = event[1], event[2]
        elif event[0] == "kept":
            last_marker = event[1]
        elif questions or not event[4]:
            last_marker += 1
            if last_marker in markers:
                return None
            markers[last_marker] = event[1], event[2], event[3]
    if not notes or sorted(notes) != sorted(markers) or any(
            len(str(number)) != width or markers[number][0] >= line for number, (line, width) in notes.items()) or any(
            len(str(number)) != end - start for number, (_, start, end) in markers.items()):
        return None
    return notes, markers


def _running_headers(lines: list[str]) -> dict[str, int]:
    """Lines that stand on several pages: a document symbol line (``CTOC/COP/2022/L.6``) found more than once,
    the first time perhaps after the Organization's name on the cover page; by their symbol, each with the number
    of the line where it is the document's own symbol line and stays (0: none): its first occurrence, where that
    is among the document's first lines or on its first page."""
    first_break = next((number for number, line in enumerate(lines, start=1) if "\f" in line), 0)
    head = max(_HEAD_LINES, first_break - 1)
    found: dict[str, list[int]] = {}
    for number, line in enumerate(lines, start=1):
        if _SYMBOL_LINE.match(line):
            found.setdefault(_symbol_key(line), []).append(number)
    return {symbol: numbers[0] if numbers[0] <= head else 0 for symbol, numbers in found.items() if len(numbers) > 1}


def _symbol_key(line: str) -> str:
    """A symbol line as a running header repeats it: without the Organization's name before the symbol."""
    return _ORGANIZATION.sub("", line.strip())


#: A running header among a document's first lines (or on its first page) is also its own symbol line, and stays.
_HEAD_LINES = 5


def _repeats_header(line: str, number: int, headers: dict[str, int]) -> bool:
    """Whether ``line`` (line ``number``) is a running header to drop (see :func:`_running_headers`)."""
    if not headers:
        return False
    kept = headers.get(_symbol_key(line))
    return kept is not None and kept != number


#: Share of the wrap width from which a line counts as full: the paragraph goes on after it.
_FULL_LINE = 0.75
#: The same for a line of Arabic that stops mid-sentence, or at a comma in a text with blank lines between its
#: paragraphs: letters differ in width far more than in other scripts, and a line justified with kashidas holds
#: fewer of them, so a full line may count few characters; and Arabic has no lower case to tell a line that goes
#: on a sentence.
_FULL_ARABIC_LINE = 0.55
#: The same across a page break, where a blank line and page furniture intervene: closer to the full width
#: (UN documents are justified, so all but the last line of a paragraph come near it).
_FULL_LINE_AT_BREAK = 0.85
#: A line of a paragraph in a text that sets its paragraphs apart with blank lines, ending mid-sentence, this full
#: or more, goes on into the next (in proportional type, where the next word would still have fitted is not sure).
_FULL_LINE_MID_SENTENCE = 0.7


def _fills(line: str, wrap: int, share: float) -> bool:
    """Whether ``line`` of a hard-wrapped text (``wrap`` columns wide; 0: not wrapped) fills ``share`` of the width."""
    return bool(wrap) and _width(line) >= share * wrap


def _width(line: str) -> int:
    """The columns a line of hard-wrapped text takes up: to its end, or, in a right-to-left line, from its first
    letter (text taken from a PDF in a layout mode sets a right-aligned line's room at its start)."""
    line = line.rstrip()
    return columns(line.lstrip() if line[:1] == " " and _RIGHT_TO_LEFT_START.match(line) else line)


def _full(line: str, wrap: int) -> bool:
    """Whether a line of Chinese text that wraps exactly (see :func:`_wraps_chinese_exactly`) is as full as a line
    broken for want of room is: within four characters of the width where it ends in a Chinese character, else
    nearly the width."""
    if WIDE_CHARACTER.match(line.rstrip()[-1:]):
        return bool(wrap) and _width(line) >= wrap - _CJK_SLACK
    return _fills(line, wrap, _FULL_LINE)


def _wraps_chinese_exactly(blocks: list[_Piece], wrap: int) -> bool:
    """Whether the lines of a Chinese text, broken between any two characters, fill the width as exactly as its
    characters' count tells: nearly all those that end and go on in a Chinese character come within four
    characters of it (a title's line then stands out, however long; in text whose columns do not measure the
    printed width, lines of one width differ by more)."""
    if not wrap:
        return False
    full = total = 0
    for block in blocks:
        for line, following in zip(block.lines, block.lines[1:]):
            if WIDE_CHARACTER.match(line.rstrip()[-1:]) and WIDE_CHARACTER.match(following.lstrip()[:1]):
                total += 1
                full += _width(line) >= wrap - _CJK_SLACK
    return total >= _EXACT_EVIDENCE and full >= _EXACT_SHARE * total


#: Lines that show how a Chinese text wraps, at least, and the share of them that must fill the width.
_EXACT_EVIDENCE = 20
_EXACT_SHARE = 0.8


#: Chinese characters no sentence, title or heading ends with (a particle, conjunction or preposition: "…的" /
#: "2008 年…", where the figure did not fit on the line).
_ZH_GOES_ON = frozenset("的和与及或在对于将把被从向由")
#: Columns a line broken between two Chinese characters may fall short of the width (a character that may not open
#: a line taken over with the one before it).
_CJK_SLACK = 8


#: A line whose first letter is of a right-to-left script.
_RIGHT_TO_LEFT_START = re.compile(r"[\W\d_]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


#: Share of the lines (all but each block's last) at three quarters of the width or more in a hard-wrapped text …
_NEAR_WIDTH_SHARE = 0.6
#: … and in one that sets its paragraphs apart with no blank line, where the last lines of its paragraphs count
#: among them (text of one paragraph per line, its lines of every length, has far fewer).
_NEAR_WIDTH_SHARE_RUN_ON = 0.45


#: A text of this many blocks of lines or more, not wrapped, sets its paragraphs apart with blank lines.
_BLOCKS_APART = 3


def _wrap_width(blocks: list[_Piece], signed: bool = False, blank_lines: bool = True) -> int:
    """Typical line width of hard-wrapped text in columns, or 0 when paragraphs stand on one line each (the lines
    of a signature left out where the text is ``signed``; ``blank_lines``: whether the text sets its paragraphs
    apart with blank lines)."""
    # (a word of a chain of one-word lines tells nothing of the width; a line with a space is none)
    lengths = sorted(_width(line) for b in blocks if len(b.lines) > 1 and not (signed and _signed(b))
                     for index, line in enumerate(b.lines[:-1])
                     if " " in line.strip() or not _in_word_chain(b.lines, index + 1))
    if len(lengths) < 3:
        return 0
    width = lengths[int(len(lengths) * 0.9) - 1]
    near_width = sum(1 for n in lengths if n >= 0.75 * width)
    share = _NEAR_WIDTH_SHARE if blank_lines else _NEAR_WIDTH_SHARE_RUN_ON
    return width if 40 <= width <= 160 and near_width >= share * len(lengths) else 0


def _blank_lines_between_paragraphs(blocks: list[_Piece]) -> bool:
    """Whether the text sets its paragraphs apart with blank lines: its numbered paragraphs and lettered items
    start blocks of lines, hardly ever a line inside one."""
    first = inside = 0
    for block in blocks:
        for offset, line in enumerate(block.lines):
            if _starts_structure(line):
                if offset:
                    inside += 1
                else:
                    first += 1
    return first >= 2 and inside <= 0.1 * first


def _indent(line: str) -> int:
    """The columns of space before a line's text (an ideographic space counts two; a form feed, which pdftotext
    puts before a page's first line, none)."""
    line = line.lstrip("\f")
    return columns(line[: len(line) - len(line.lstrip(" \u3000"))])


def _indents_first_lines(blocks: list[_Piece], wrap: int) -> bool:
    """Whether a text with no blank lines sets the first line of each paragraph in from the margin, as text taken
    from a PDF in a layout mode does (``pdftotext -layout``): most lines under one that ends a sentence are indented,
    and hardly any under a full line that stops mid-sentence (a text whose items hang, their other lines indented
    under a full first one, has no such convention)."""
    starts = starts_in = inside = inside_in = 0
    for block in blocks:
        for previous, line in zip(block.lines, block.lines[1:]):
            last = _last_char(previous)
            if last in _FINAL:
                starts += 1
                starts_in += _indent(line) >= _INDENT
            elif last not in _COMMAS and _fills(previous, wrap, _FULL_LINE):
                inside += 1
                inside_in += _indent(line) >= _INDENT
    return starts >= _INDENT_EVIDENCE and inside >= _INDENT_EVIDENCE and starts_in >= _INDENTED_STARTS * starts and \
        inside_in <= _INDENTED_INSIDE * inside


#: Columns of space that indent a line; lines that show a text's convention of first-line indents, at least; the
#: share of the lines under a sentence's end that are indented, at least, and of those under a line broken
#: mid-sentence, at most.
_INDENT = 2
_INDENT_EVIDENCE = 5
_INDENTED_STARTS = 0.9
_INDENTED_INSIDE = 0.1


def _split_block(block: _Piece, lang: str, wrap: int, paragraphed: bool = False,
                 run_on: bool = False, indented: bool = False, exact: bool = False,
                 numbered: bool = False, structure_next: bool = False) -> Iterator[_Piece]:
    """Split a block of consecutive lines into paragraphs: a line starts a new one unless it continues a wrap.
    In a ``paragraphed`` text (blank lines between paragraphs) a sentence may end at a line end mid-paragraph; in a
    ``run_on`` one (wrapped, no blank lines between paragraphs) a heading may stand between two paragraphs, and
    where the text is ``indented`` (see :func:`_indents_first_lines`), an indented line starts one and a line at
    the margin goes on the one above. ``exact``: see :func:`_wraps_chinese_exactly`. ``numbered``: a numbered
    paragraph or item was seen in the blocks before (the text is past any preamble); ``structure_next``: the block
    after this one (footnotes aside) opens with one."""
    current = [block.lines[0]]
    start = block.line
    first = True
    in_footnote = _is_footnote_line(current[0])
    broken_off = False  # the body's line above the footnotes being read ends mid-sentence
    numbered = numbered or run_on and _starts_structure(current[0])  # a numbered paragraph or item seen
    headings = _headings_between(block.lines, structure_next) if run_on else set()
    for offset, line in enumerate(block.lines[1:], start=1):
        if _is_footnote_line(line):
            starts_new = True
            if not in_footnote:
                broken_off = _last_char(current[-1]) not in _FINAL
        elif indented and not in_footnote and not _starts_structure(line):
            starts_new = _indent(line) >= _INDENT
        elif " " not in current[-1].strip() and _in_word_chain(block.lines, offset):
            starts_new = False
        elif offset in headings or offset - 1 in headings:
            # a heading opens and closes a piece; inside it, its lines go on as a wrap does
            inside_heading = offset in headings and offset - 1 in headings
            starts_new = not inside_heading or not (_wrapped(current[-1], line, lang, wrap, paragraphed, run_on, exact=exact)
                                                    or _subtitle_follows(current[-1], line))
            numbered = numbered or _starts_structure(line)
        elif _starts_structure(line):
            # "… paras. 7 and" / "10." is no paragraph 10
            starts_new = not _broke_off(current[-1], wrap, exact) or _opens_item(line, current[-1]) or \
                indented and _indent(line) >= _INDENT
            numbered = True
        elif _front_line(line, current[-1], wrap):
            # under a line that may look full in a short text with no blank lines
            starts_new = not _ends_with_particle(current[-1], lang)
        elif in_footnote:
            # a footnote's text may run over several lines, but a line that ends a sentence short of the width
            # ends the footnote (what follows is body text, in a text without blank lines between paragraphs), and
            # so does one that ends a sentence over a line in lower case: the rest of a paragraph it broke into
            starts_new = _last_char(current[-1]) in _SENTENCE_END and (
                not _fills(current[-1], wrap, _FULL_LINE) or _resumes_after_note(current[-1], line, broken_off))
        else:
            starts_new = not _wrapped(current[-1], line, lang, wrap, paragraphed, run_on, not numbered, exact) or \
                _is_part_letter(current[-1])
        if starts_new:
            yield _Piece(current, start, block.after_gap and first)
            first = False
            current, start = [line], block.line + offset
            in_footnote = _is_footnote_line(line)
        else:
            current.append(line)
    yield _Piece(current, start, block.after_gap and first)


def _in_word_chain(lines: list[str], offset: int) -> bool:
    """Whether line ``offset`` goes on the line above, which is one of a chain of lines holding one word each, three
    or more and one of them in lower case, as ``pdftotext`` gives the words of a line justified with wide gaps
    ("оказанию" / "государствам-участникам" / "содействия" / "в" / "эффективном"; not the "Contents" /
    "Paragraphs" / "Page" over a table of contents): it is the chain's next word, or the line after the chain,
    which a justified line always has, unless the chain's last word ends a sentence."""
    if offset < 1 or not _one_word(lines[offset - 1]):
        return False
    first, last = offset - 1, offset - 1
    while first > 0 and _one_word(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _one_word(lines[last + 1]):
        last += 1
    if last - first < 2 or not any(line.strip()[:1].islower() for line in lines[first:last + 1]):
        return False
    return offset <= last or _last_char(lines[last]) not in _FINAL


def _one_word(line: str) -> bool:
    """Whether ``line`` holds one word, figure or label and nothing else: no footnote, no Chinese."""
    word = line.strip()
    return 0 < len(word) <= _CHAIN_WORD and " " not in word and not _is_footnote_line(word) and not _CJK.search(word)


def _amid_word_chain(lines: list[str], index: int) -> bool:
    """Whether line ``index``, one word between two more, is a word of a chain (see :func:`_in_word_chain`), not page
    furniture it may look like ("… решение" / "4/2" / "от …", a resolution's number, not the page's)."""
    return 0 < index < len(lines) - 1 and _one_word(lines[index]) and _in_word_chain(lines, index + 1)


#: The longest word of a chain of one-word lines (see :func:`_in_word_chain`).
_CHAIN_WORD = 30


def _opens_item(line: str, previous: str) -> bool:
    """Whether ``line``, opening with an item's letter under a full line that stops with no punctuation, opens the
    item all the same: its text after the letter opens with a capital ("… special investigative techniques", a
    heading, over "(j) States parties …"), and the line above ends neither inside a word ("COVID-" / "19. Это …")
    nor on a word no heading ends with ("… paras. 7 and" / "(b)"); in Chinese, its text opens with no word that
    follows a reference ("第 2 条" / "(b)项"), under a line that does not end on a particle or conjunction."""
    label = _STRUCTURE.match(line)
    if label is None or label.lastgroup not in _LETTERED:
        return False
    rest = line[label.end():].lstrip("«“\"'(")
    if WIDE_CHARACTER.match(rest[:1]):  # Chinese, with no capitals: what no item opens with says the line goes on
        return rest[0] not in _ZH_REFERENCE_WORDS and previous.rstrip()[-1:] not in _ZH_GOES_ON
    return rest[:1].isupper() and _ENDS_OPEN.search(previous) is None and not _ENDS_IN_BROKEN_WORD.search(previous)


#: The words after a reference to a subparagraph or item ("第 2 条(b)项", "第 5 段(a)分段"): no item opens with them.
_ZH_REFERENCE_WORDS = frozenset("项款目段分节号条至和及、")


_LETTERED = frozenset({"paren_item", "half_paren_item", "dotted_item", "circled_item"})


def _front_line(line: str, previous: str, wrap: int) -> bool:
    """Whether ``line``, under ``previous``, is one that a document's front matter sets on its own: a cover's agenda
    item ("Agenda item 3"), the line saying who adopted the document ("Resolution adopted by the Human Rights Council
    on 4 April 2024", not a sentence's "resolution adopted by …" nor one ending in punctuation) and the bracketed
    line under it ("[on the report of the Fourth Committee (A/50/605)]"), or a resolution's numbered title ("55/1.
    Combating …") under such a line or one that does not break off mid-sentence ("… in its resolution" / "2015/30.
    It also …" is a sentence)."""
    if _AGENDA_LINE.match(line):
        return True
    if _numbered_title_key(line):
        return not _broke_off(previous, wrap) or previous.rstrip().endswith("]") or \
            _ADOPTED_LINE.match(previous) is not None
    if line.lstrip().startswith("[") and _ADOPTED_LINE.match(previous):
        return True
    if _ADOPTED_LINE.match(line) is None or line.lstrip()[:1].islower() or _last_char(line) in _FINAL_OR_COMMA or \
            len(line) > _ADOPTED_CHARS:
        return False
    return _ZH_ADOPTED_LINE.match(line) is not None if _CJK.search(line) else True


#: A Chinese line saying who adopted the document, as it stands on its own: the date, then the organ or "通过的",
#: then 决议 or 决定 ("2023年12月22日大会决议", "人权理事会2024年4月4日通过的决议"); not the end of a sentence citing a
#: resolution ("……的 2014 年 10 月 10 日第 7/4 号决议").
_ZH_ADOPTED_LINE = re.compile(either_script(
    r"^\s*[\u4e00-\u9fff]{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:通过的|[\u4e00-\u9fff]{2,12})(?:决议|决定)\s*$"))


def _resumes_after_note(note_line: str, line: str, broken_off: bool) -> bool:
    """Whether ``line``, under a footnote's line that ends a sentence, is the rest of the paragraph the footnotes
    broke into: it opens in lower case (no sentence of the footnote starts so, unless the footnote's line ends in an
    abbreviation: "see, e.g." / "resolution 55/25"), or, in a script without capitals, the paragraph above the
    footnotes (``broken_off``) stops mid-sentence."""
    first = line.lstrip("«“\"'([ ")[:1]
    if first.islower():
        return not ends_with_abbreviation(note_line.rstrip())
    return broken_off and first.isalpha() and not first.isupper()


def _is_part_letter(line: str) -> bool:
    """Whether ``line`` is a letter alone ("B"), as heads a part of a resolution: no wrapped line is so short."""
    return len(line) <= 8 and _PART_LETTER.match(line) is not None


def _broke_off(previous: str, wrap: int, exact: bool = False) -> bool:
    """Whether a hard-wrapped line stops mid-sentence: (nearly) full width, with no closing punctuation or comma,
    or inside a word broken with a hyphen. ``exact``: see :func:`_wraps_chinese_exactly`."""
    full = _full(previous, wrap) if exact and WIDE_CHARACTER.match(previous.rstrip()[-1:]) else \
        _fills(previous, wrap, _FULL_LINE_AT_BREAK)
    return (_last_char(previous) not in _FINAL_OR_COMMA and full) or _ENDS_IN_BROKEN_WORD.search(previous) is not None


#: A line ending inside a word broken with a hyphen ("essen-", "COVID-"): no paragraph ends so.
_ENDS_IN_BROKEN_WORD = re.compile(rf"\w[{HYPHENS}]\s*$")


#: A line of single letters and nothing else: the tops of letters cut at a page's foot, as pdftotext gives them
#: ("أ                أ", "أ").
_STRAY_LETTERS = re.compile(r"\s*[^\W\d_](?:\s+[^\W\d_])*\s*$")
_ARABIC_LETTER_ALONE = re.compile("[\u0621-\u0647\u0649-\u064a]$")  # an Arabic letter, not و (U+0648)


def _stray_letters(line: str) -> bool:
    """Whether ``line`` holds only single letters, not Chinese: several with a wide gap between two of them, or
    one Arabic letter that is no word (not "و"; a Latin or Cyrillic letter alone may be a word or a section's
    letter)."""
    if _STRAY_LETTERS.match(line) is None or WIDE_CHARACTER.search(line):
        return False
    letters = line.split()
    return "   " in line.strip() if len(letters) > 1 else _ARABIC_LETTER_ALONE.match(letters[0]) is not None


def _structure_follows(blocks: list[_Piece], index: int) -> bool:
    """Whether the first block after ``blocks[index]`` that is no footnote opens a numbered paragraph or an item."""
    following = next((block for block in blocks[index + 1:] if not _is_footnote_line(block.lines[0])), None)
    return following is not None and _starts_structure(following.lines[0])


def _headings_between(lines: list[str], structure_next: bool = False) -> set[int]:
    """In wrapped text with no blank lines between paragraphs, the places of the lines that make a heading between
    two paragraphs: one to three lines with no closing punctuation, the last not ending on a word no heading ends
    with ("… paras. 7 and" / "10. …" is a sentence going on), under a line that ends a paragraph (".", ";", ":") and
    over one that opens a numbered paragraph or lettered item ("… article 19;" / "International
    cooperation involving special investigative techniques" / "(j) States parties …"). A heading's line may end in
    a colon before its subtitle ("… asuntos penales:" / "balance de un año"). The first of the lines, under a
    blank line, may open a heading too, and the last may end one where ``structure_next``: the lines that follow
    (on the next page) open a numbered paragraph or item."""
    found: set[int] = set()
    for k in range(len(lines) - (0 if structure_next else 1)):
        if k and _last_char(lines[k - 1]) not in _FINAL or _starts_structure(lines[k]):
            continue
        for size in (1, 2, 3):
            end = k + size
            if (_starts_structure(lines[end]) if end < len(lines) else end == len(lines) and structure_next) and \
                    _ENDS_OPEN.search(lines[end - 1]) is None and \
                    all((_last_char(lines[j]) not in _FINAL_OR_COMMA or
                         j + 1 < end and _subtitle_follows(lines[j], lines[j + 1])) and not _starts_structure(lines[j])
                        for j in range(k, end)):
                found.update(range(k, end))
                break
    return found


def _subtitle_follows(previous: str, line: str) -> bool:
    """Whether ``line`` goes on a heading's line ``previous`` as its subtitle: after a colon, in lower case (or in a
    script without capitals: "…الجنائية:" / "استعراض بعد مرور عام")."""
    first = line.lstrip()[:1]
    return _last_char(previous) == ":" and first.isalpha() and not first.isupper() and not WIDE_CHARACTER.match(first)


def _wrapped(previous: str, line: str, lang: str, wrap: int, paragraphed: bool = False,
             run_on: bool = False, preamble: bool = False, exact: bool = False) -> bool:
    last = _last_char(previous)
    full = _full(previous, wrap) if exact else _fills(previous, wrap, _FULL_LINE)
    if run_on:
        opener = _PREAMBLE_OPENERS.get(lang)
        if last in _COMMAS and opener is not None and (preamble or not full) and (
                opener.match(line.lstrip()) or preamble and lang == "ru" and _RU_PREAMBLE_ONLY.match(line.lstrip())):
            # a preambular paragraph under the last one, where no blank line sets them apart (past the preamble,
            # a clause that opens as one goes on a full line: "… 主权，" / "考虑到 …")
            return False
        if last not in _FINAL_OR_COMMA and not _ends_with_particle(previous, lang) and _opens_sentence(line, lang):
            return False  # a title, then the text under it ("… held on 25 and 26 March 2021" / "At its twelfth meeting")
    if full or _ENDS_IN_BROKEN_WORD.search(previous) or _broken_at_slash(previous) or \
            lang == "zh" and previous.rstrip()[-1:] in _ZH_GOES_ON:
        return True
    if paragraphed and last in _SENTENCE_END and _no_room_for(line, previous, wrap):
        return True  # a sentence ended where the next one's first word did not fit: the paragraph goes on
    if last in _COMMAS and _starts_mid_sentence(line, lang) and _no_room_for(line, previous, wrap):
        # a clause broken where its next word did not fit ("… ответов на них," / "государствам-членам …"),
        # unless the line opens a Russian preambular paragraph, which starts in lower case
        return not (lang == "ru" and _RU_GERUND.match(line.lstrip()))
    if lang == "ar" and _fills(previous, wrap, _FULL_ARABIC_LINE) and \
            (last not in _FINAL_OR_COMMA or (paragraphed and last in _COMMAS)):
        return True  # mid-sentence or mid-paragraph, and as full as a justified Arabic line may look in characters
    if _closes_what_opens(previous, line):
        return True  # "[on the report of the Fourth Committee" / "(A/50/605)]"
    if last in _FINAL_OR_COMMA:
        return False
    if paragraphed and last.isalpha() and not WIDE_CHARACTER.match(last) and _fills(previous, wrap, _FULL_LINE_MID_SENTENCE):
        # mid-sentence, in a block that blank lines set apart: a count of letters is too near to part it (Chinese,
        # wrapped between any two characters of one width, is counted exactly)
        return True
    return _starts_mid_sentence(line, lang) or _no_room_for(line, previous, wrap)


#: Brackets a line left open may be closed on the next: a line of the paragraph broken inside them.
_BRACKET_PAIRS = (("[", "]"), ("(", ")"), ("（", "）"), ("【", "】"))


def _closes_what_opens(previous: str, line: str) -> bool:
    """Whether ``line`` closes a bracket that ``previous`` leaves open (each has more of one than of the other)."""
    return any(previous.count(opening) > previous.count(closing) and line.count(closing) > line.count(opening)
               for opening, closing in _BRACKET_PAIRS)


def _no_room_for(line: str, previous: str, wrap: int) -> bool:
    """Whether the first word of ``line`` would not have fitted at the end of ``previous`` (``wrap`` wide): the
    line was broken there for want of room ("… prepared by the Secretariat" / "(CTOC/COP/WG.2/2023/2).")."""
    if not wrap:
        return False
    first = _FIRST_WORD.match(line)
    if first is None:
        return False
    word, before = first.group(1), previous.rstrip()
    space = 0 if WIDE_CHARACTER.match(word) or WIDE_CHARACTER.match(before[-1:]) else 1  # CJK text wraps with no space
    return _width(before) + space + columns(word) > wrap


#: The first word of a line: in CJK text one character, or a run of Latin letters or figures, with the opening
#: punctuation no line may end with before it and the closing punctuation no line may start with after it
#: ("（COVID-19）" goes to the next line whole).
_FIRST_WORD = re.compile(
    r"\s*([（《「『“‘〔【〈]*(?:[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)"
    r"[，。；：！？、）》」』”’〕】〉]*)"
)


def _is_footnote_line(line: str) -> bool:
    return _FOOTNOTE_LINE.match(line) is not None


def _starts_structure(line: str) -> bool:
    return _STRUCTURE.match(line) is not None


# The annex, article, numbering and item patterns, in the order they are tried on a paragraph.
_MARKERS = {"annex": _ANNEX, "article": _ARTICLE, "chapter": _CONVENTION_CHAPTER, "numbered": _NUMBERED,
            "paren_item": _PAREN_ITEM, "half_paren_item": _HALF_PAREN_ITEM, "dotted_item": _DOTTED_ITEM,
            "circled_item": _CIRCLED_ITEM, "quoted_item": _QUOTED_ITEM}
# The rarer headings of a part, tried where none of those matches and the paragraph starts with one of their
# initials (a Chinese annex to a letter, which names the letter first, by its end: see _letter_annex_zh).
_RARE_MARKERS = {"letter_annex": _LETTER_ANNEX, "appendix": _APPENDIX}
_RARE_INITIALS = frozenset("AaПпДдاتم附")
# All of them in one, each as a named group (so one match call per line tells whether and which one matches).
_STRUCTURE = re.compile("|".join(
    f"(?P<{name}>(?i:{p.pattern}))" if p.flags & re.IGNORECASE else f"(?P<{name}>{p.pattern})"
    for name, p in _MARKERS.items()
))


def _last_char(text: str) -> str:
    """The last character of ``text`` that is not a closing quote or bracket or a footnote marker."""
    stripped = text.rstrip()
    if stripped[-1:] in SUPERSCRIPT_DIGITS or stripped.endswith("]"):
        stripped = _TRAILING_MARKERS.sub("", stripped).rstrip()
    stripped = stripped.rstrip(_CLOSERS)
    return stripped[-1:] if stripped else ""


#: Articles, prepositions and conjunctions: a heading or paragraph never ends with one.
_PARTICLES = {
    "en": frozenset("a an the and or nor of to in on at by for from with into onto upon between against among "
                    "through within towards".split()),
    "fr": frozenset("le la les l' un une des du de d' et ou ni à au aux en dans par pour sur sous avec sans chez "
                    "entre vers contre".split()),
    "es": frozenset("el la los las un una unos unas de del al y e o u ni en por para con sin sobre entre hacia "
                    "hasta desde contra".split()),
    "ru": frozenset("и в во на с со к ко о об от до по за из у для при или но".split()),
    "ar": frozenset("في من على إلى عن مع أو".split()),
}


def _ends_with_particle(text: str, lang: str) -> bool:
    """Whether ``text`` stops on an article, preposition or conjunction (so goes on in what follows); a word
    alone ("A", "В") is a label, not a text that stops."""
    words = text.rsplit(maxsplit=1)
    return len(words) == 2 and words[-1].lower().replace("’", "'") in _PARTICLES.get(lang, ())


#: A line ending in a word no heading ends with (a preposition, article or conjunction): "… Representative of",
#: "… de l’Organisation des", "… ante las", "… при", "… لدى".
_ENDS_OPEN = re.compile(
    r"(?:^|\s)(?:of|the|to|and|from|for|on|in|by|at|de|des|du|la|le|les|à|au|aux|et|par|del|las|el|los|al|y|por|"
    r"en|ante|при|по|на|и|в|к|от|с|для|о|لدى|إلى|من|في|على|و)\s*$"
)


#: The acting body of an Arabic resolution opens with "إن" and names a body ("إن مؤتمر الأطراف،", "إن الجمعية
#: العامة"), not "إن ذلك" (of "إذ إن ذلك …", "since that …").
_AR_ACTING_OPENER = re.compile(r"^إن\s+(?:مؤتمر|الجمعية|مجلس|المجلس|لجنة|اللجنة|الفريق|فريق|هيئة|الهيئة)\s")


#: A Russian acting body, named in the nominative: "Конференция участников …", "Генеральная Ассамблея".
_RU_ACTING_OPENER = re.compile(
    r"^(?:Генеральная\s+Ассамблея|Совет\s+Безопасности|Экономический\s+и\s+Социальный\s+Совет|"
    r"Совет\s+по\s+правам\s+человека|Комиссия\s+по\s|Конференция\s+(?:[Уу]частников|государств-участников))"
)


def _opens_sentence(line: str, lang: str) -> bool:
    """Whether ``line`` opens a sentence, as no title's next line does: with an article, preposition or conjunction
    in capitals ("At its twelfth meeting", "The Conference of the Parties", "À sa douzième réunion"), or, in
    Arabic and Russian, with an acting body ("إن مؤتمر الأطراف", "Конференция участников")."""
    if lang == "ar":
        return _AR_ACTING_OPENER.match(line.lstrip()) is not None
    if lang == "ru" and _RU_ACTING_OPENER.match(line.lstrip()):
        return True
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return first[:1].isupper() and first.lower().replace("’", "'") in _PARTICLES.get(lang, ())


def _starts_mid_sentence(text: str, lang: str) -> bool:
    """Whether ``text`` starts as no paragraph does: in lower case, or in Chinese with the particle 的 (a title
    broken over two lines: "…《行动计划》" / "的后续行动")."""
    if lang == "zh":
        return text.lstrip().startswith("的")
    first = text.lstrip("«“\"'‘([ ")
    return bool(first) and first[0].isalpha() and first[0].islower() and lang in {"en", "fr", "es", "ru"}


# --- pieces → drafts ----------------------------------------------------------


@dataclass
class _Marker:
    kind: str  # numbered | item | subitem | annex | article
    key: str
    label: str
    rest: str


def _chapter_number(roman: str | None, chinese: str | None, arabic: str | None) -> int:
    if roman:
        return numbering.roman_number(roman)
    if chinese:
        return numbering.chinese_number(chinese)
    return numbering.ARABIC_CHAPTER_ORDINALS[arabic or ""]


def _letter_annex_zh(text: str) -> _Marker | None:
    """The marker of a Chinese annex to a letter ("2023年5月5日…给秘书长的信的附件", "…的普通照会的附件二"), or None."""
    if "附件" not in text[-8:]:
        return None
    found = _LETTER_ANNEX_ZH.search(text)
    if found is None:
        return None
    return _Marker("annex", _part_key(found.group(1) or "1"), text.strip(), "")


#: The markers that head a part of a text: the units that follow lie inside it, up to the next one.
_PARTS = frozenset({"annex", "appendix", "article"})


def _part_key(word: str) -> str:
    """The key of an annex, appendix or article numbered ``word``: its number ("I", "2", "premier", "二",
    "الأول"), or its letter as a Latin capital ("A", Cyrillic "Б" → "B", "باء" → "B"; "I", "V", "X" are numbers)."""
    word = word.strip()
    if len(word) == 1 and word.upper() not in "IVX" or word in numbering.ARABIC_LETTER_NAMES:
        try:
            return chr(ord("A") + numbering.section_letter_index(word.upper()))
        except ValueError:
            pass
    return str(numbering.ordinal_number(word))


def _marker(text: str) -> _Marker | None:
    found = _STRUCTURE.match(text)
    if found is not None:
        kind = found.lastgroup
        m = _MARKERS[kind].match(text) if kind else None
        assert m is not None  # the pattern of the group that matched: read its own groups
    elif text.lstrip()[:1] in _RARE_INITIALS:
        kind, m = next(((kind, m) for kind, pattern in _RARE_MARKERS.items() if (m := pattern.match(text))), ("", None))
        if m is None:
            return None
    else:
        return _letter_annex_zh(text)
    if kind == "letter_annex":
        if _last_char(text) in _SENTENCE_END:
            return None  # a sentence ("Annex to the letter … contains …"), no heading
        kind = "annex"
    if kind in _PARTS:
        try:
            key = _part_key(next((g for g in m.groups() if g), "1"))
        except ValueError:
            return None  # "Annex IIII", "المرفق الفلاني": no number read, so no heading of a part
        return _Marker(kind, key, text.strip(), "")
    if kind == "chapter":
        try:
            number = numbering.ordinal_number(next(g for g in m.groups()[:3] if g))
        except ValueError:
            return None
        title = m.group(4) or ""
        return _Marker(kind, str(number), text[: m.start(4)].strip() if title else text.strip(), title)
    if kind == "numbered":
        number = m.group(1)
        value = int(number) if number.isdigit() else numbering.chinese_number(number)
        return _Marker("numbered", str(value), m.group(0).strip(), text[m.end():])
    token = m.group(1)
    if kind == "paren_item":
        token = unicodedata.normalize("NFKC", token)  # a full-width letter ("（ａ）") is the letter
    if kind == "quoted_item":
        return _Marker("subitem", numbering.to_roman(int(token)), m.group(0).strip(), text[m.end():])
    if kind == "circled_item":
        token = "一二三四五六七八九十"[_CIRCLED.index(token)]
    return _Marker("item", token, m.group(0).strip(), text[m.end():])


@dataclass(frozen=True)
class _Heading:
    """A numbered chapter or section heading ("II. Recommendations") or a lettered one ("B. Attendance")."""

    lettered: bool
    key: str  # "2" or "B"
    label: str
    title: str  # "" while a numeral alone on its line waits for the title on the next


def _heading(text: str, lang: str, last_letter: int) -> _Heading | None:
    """``text`` read as a chapter or section heading, or None; ``last_letter`` is the place of the last
    lettered section in the current chapter (-1: none), so that "I." after "H." is a ninth letter, not chapter I."""
    if not _HEADING_START.match(text):
        return None
    bare = _BARE_CHAPTER.match(text)
    if bare:
        return _Heading(False, str(_chapter_number(*bare.groups())), text.strip(), "")
    section = _SECTION.match(text)
    if section and _heading_like(section.group(4), lang):
        index = numbering.section_letter_index(next(g for g in section.groups()[:3] if g), last_letter + 1)
        # the letter continues the sequence ("A." first; one letter may be missing): "J. Smith" is no section
        if last_letter < index <= last_letter + 2 and not (_CHAPTER.match(text) and index != last_letter + 1):
            return _Heading(True, numbering.letter_key(index).upper(), text[: section.start(4)].strip(), section.group(4))
    chapter = _CHAPTER.match(text)
    if chapter and _heading_like(chapter.group(4), lang):
        number = _chapter_number(*chapter.groups()[:3])
        return _Heading(False, str(number), text[: chapter.start(4)].strip(), chapter.group(4))
    return None


#: What a _Structurer holds besides where its walk stands.
_NOT_WALK_STATE = frozenset({"lang", "mend", "drafts", "report", "compiled", "pieces", "at", "quoted", "quoting",
                             "quotation"})


class _Structurer:
    """Walks the pieces once, keeping track of where in the document it is."""

    def __init__(self, lang: str, mend: _Mender | None = None) -> None:
        self.lang = lang
        self.mend = mend  # joins a word broken at a line end again (see _word_mender)
        self.drafts: list[_Draft] = []
        self.generic = False  # a text without a resolution's structure (a report, say), up to its annexes
        self.resolution_part = ""  # key of the resolution's part or the report's draft the walk is in ("B", "dr1")
        self.report: dict[str, object] | None = None  # the report's walk, kept while a draft it carries is walked
        self.compiled = False  # a compilation of resolutions and decisions, each walked as a report's draft is
        self.pieces: list[_Piece] = []  # the pieces walked …
        self.at = 0  # … the index of the one being placed …
        self.quoted: dict[int, _Quotation] = {}  # … and the resolutions they quote in full, by piece (see _quotations)
        self.quotation: _Quotation | None = None  # the quoted resolution the walk is in
        self.quoting: dict[str, object] | None = None  # the walk of the quoting text, kept while the quotation is walked
        self._start_walk()

    def _start_walk(self) -> None:
        """Where the walk stands at the top of the document, or of a part of a resolution in parts."""
        self.inside: dict[str, list[_Draft]] = {}  # drafts by the id they lie inside: "annex1" → annex1.title, annex1.a …
        self.zone = "front"
        self.counters: dict[str, int] = {}
        self.parent = ""  # id that lettered items attach to
        self.last_item = ""  # key of the last lettered item at the current level
        self.item_parent = ""  # id of the last lettered item (for Roman sub-items)
        self.last_roman = 0
        self.item_circled = False  # the current lettered item is written "㈠" (so "㈠" is no sub-item of it)
        self.part = ""  # id of the annex or article the walk is in
        self.annex = ""  # id of the annex the walk is in, where articles inside it are ("annex1" of annex1.art.2)
        self.chapter = ""  # id of the numbered chapter or section the walk is in: ch.2, sec.2, annex1.ch.2
        self.section = ""  # id of the lettered section the walk is in: ch.2.A, sec.A
        self.last_letter = -1  # place of the last lettered section's letter
        self.used: set[str] = set()  # the ids given so far
        self.last_number = 0  # number of the last numbered paragraph
        self.last_numbered = ""  # and its id
        self.read_heading: tuple[tuple[str, int], _Heading | None] = (("", -1), None)  # the last text read as a heading

    def run(self, pieces: list[_Piece]) -> list[_Draft]:
        pieces = _with_contents(pieces)
        masthead = _masthead_pieces(pieces)
        pieces = _with_rows(pieces, masthead)
        parts = _resolution_parts(pieces)
        structured = text_below = None  # the acting body; the text of a decision with none (see _text_below_number)
        if parts:
            bodies = {body for _, body in parts.values()}
        else:
            structured = _find_acting_body(pieces, self.lang)
            bodies = set() if structured is None else {structured}
            text_below = None if structured is not None else _text_below_number(pieces, self.lang)
            self.generic = structured is None and text_below is None and \
                not any(_ARTICLE.match(p.lines[0]) for p in pieces)
        drafts = {index: key for index, piece in enumerate(pieces)
                  if len(piece.lines) == 1 and (key := _draft_key(piece.lines[0])) is not None}
        numbers = {index: key for index, piece in enumerate(pieces)
                   if len(piece.lines) == 1 and (key := _reproduced_key(piece.lines[0])) is not None}
        titled = {}  # "77/232. Title", as the Assembly prints its resolutions, and its decisions, with no acting body
        for index, piece in enumerate(pieces):
            if (key := _numbered_title_key(piece.lines[0])) is not None:
                if _acting_body_after(pieces, index + 1) is not None:
                    titled[index] = key
                elif _decision_text_after(pieces, index + 1, self.lang):
                    titled[index] = "dec" + key.removeprefix("res")
        numbers.update(titled if len(titled) > 1 else {})
        top = None if parts or self.generic else structured if structured is not None else text_below
        # a report reproduces resolutions and decisions; a compilation is made of them, one after another, each
        # under its number line: either way each is walked as a report's draft is
        self.compiled = top is not None and len(numbers) > 1 and min(numbers) < top
        if self.generic or self.compiled:
            drafts.update(numbers)
        bodies.update(body for index in drafts if (body := _acting_body_after(pieces, index + 1)) is not None)
        self.pieces, self.quoted = pieces, _quotations(pieces, self.lang)
        bodies.update(quotation.body for quotation in self.quoted.values())
        cover = _cover_pieces(pieces, masthead, bodies)
        name = _cover_name(pieces, masthead, cover)
        adoption = _adoption_lines(pieces)
        for index, piece in enumerate(pieces):
            text = _join_lines(piece.lines, self.mend)
            self.at = index
            if self.quotation is not None and index > self.quotation.last:
                self._close_quotation()
            if index < masthead:  # ids of their own, so that the document's keep theirs with or without a masthead
                if self.drafts and self.drafts[-1].kind == "masthead" and _LANGUAGE_LINE.match(self.drafts[-1].texts[-1]) \
                        and any(_ORIGINAL.search(line) for line in piece.lines):
                    self._extend(self.drafts[-1], piece, text)  # "Chinese" over "Original: English" (not in the original)
                else:
                    self._add(f"masthead.{self._next('masthead')}", "masthead", "", text, piece)
                continue
            if index < cover:
                if masthead < index < name:  # the organ's name goes on
                    self._extend(self.drafts[-1], piece, text)
                elif len(self.drafts) > 1 and self.drafts[-1].kind == "cover" and \
                        _AGENDA_LINE.match(self.drafts[-2].texts[0]) and _title_rest(pieces[index - 1], piece):
                    self._extend(self.drafts[-1], piece, text)  # the agenda item's title goes on
                else:
                    self._add(f"cover.{self._next('cover')}", "cover", "", text, piece)
                continue
            if piece.contents:
                self._contents(piece, text)
                continue
            if piece.signature:
                n = self._next("signature")
                self._add("signature" if n == 1 else f"signature.{n}", "signature", "", text, piece)
                continue
            if piece.row:
                scope = f"{self.part}." if self.zone in ("annex", "articles") else ""
                self._add(f"{scope}row{self._next(scope + 'row')}", "row", "", text, piece)
                continue
            if index in parts:
                letter, written, title = _split_part_heading(piece)
                self._open_resolution_part(parts[index][0], letter, written)
                if title is not None:
                    self._place(title, _join_lines(title.lines, self.mend), False)
                continue
            if index in drafts and (self.generic or self.compiled or self.report is not None):
                number = _NUMBERED_TITLE.match(piece.lines[0]) if index in titled else None
                if number is None:
                    self._open_draft(drafts[index], piece, text)
                    continue
                head, title = _cut_piece(piece, len(number.group(0).rstrip()), number.end())
                self._open_draft(drafts[index], head, head.lines[0].strip())
                piece, text = title, _join_lines(title.lines, self.mend)
            if self.report is not None and (self._resumes_report(text) or self._report_paragraph_after(text)):
                self._close_draft()
            if self.drafts and self._titles_bare_numeral(self.drafts[-1], piece, text):
                continue
            if index == text_below:
                self.zone = "operative"  # the text of a decision with no acting body, under its number and title
            if index in adoption and self.zone == "operative" and not self.generic:
                # one unit, its lines in the order the version prints them, so that versions printing the date
                # first and those printing it last line up
                if index - 1 in adoption and self.drafts[-1].kind == "adoption":
                    self._extend(self.drafts[-1], piece, text)
                else:
                    self._add("adoption", "adoption", "", text, piece)
                continue
            quotation = self.quoted.get(index)
            if quotation is not None and not self.generic and text.lstrip().startswith(quotation.mark):
                if index == quotation.first:
                    self._open_quotation(quotation)
                self._place_quoted(piece, text, index in bodies)
            elif self.drafts and self._continues(self.drafts[-1], piece, text):
                self._extend(self.drafts[-1], piece, text)
                self._replace_if_no_heading(self.drafts[-1])
                self._heading_if_subtitled(self.drafts[-1])
                self._title_if_no_sentence(self.drafts[-1])
                if index in bodies:
                    self._make_acting_body(self.drafts[-1])
            elif self.generic:
                self._place_generic(piece, text)
            else:
                self._place(piece, text, index in bodies)
        if self.quotation is not None:
            self._close_quotation()
        return self.drafts

    def _contents(self, piece: _Piece, text: str) -> None:
        """A line of a table of contents: its heading (``toc``), its column headings (``toc.head``) or an entry
        (``toc.1`` …), whose text leaves out the dot leaders and the paragraph and page numbers."""
        if piece.contents == "heading":
            self._add("toc", "contents", "", text, piece)
        elif piece.contents == "columns":
            self._add("toc.head", "contents", "", text, piece)
        else:
            entry = _CONTENTS_ENTRY.search(text)
            self._add(f"toc.{self._next('toc')}", "contents", "", text[:entry.start()] if entry else text, piece)

    def _open_resolution_part(self, key: str, piece: _Piece, text: str) -> None:
        """The letter heading a part of a resolution in parts: the part's units, up to the next part, are walked
        as a resolution of their own, their ids prefixed with its key (``B``, ``B.title``, ``B.body``, ``B.pp.1``)."""
        self._start_walk()
        self.resolution_part = key
        self._add("", "part", text.strip(), text, piece)

    # -- drafts carried by a report
    def _open_draft(self, key: str, piece: _Piece, text: str) -> None:
        """The heading of a draft resolution or decision in a report: the draft's units, up to the report's next
        chapter or section, are walked as a resolution of their own, their ids prefixed with its key (``dr1``,
        ``dr1.title``, ``dr1.body``, ``dr1.pp.1``, ``dr1.op.2.a``); where the drafts are numbered again in each
        section of the report, a repeated key is prefixed with the section's id (``ch.1.B.dr1``)."""
        self._close_draft()
        scope = self.section or self.chapter
        uid = f"{scope}.{key}" if key in self.used and scope else key
        self.used.add(uid)
        self.report = {name: value for name, value in vars(self).items() if name not in _NOT_WALK_STATE}
        self._start_walk()
        self.generic, self.resolution_part, self.draft_start = False, uid, len(self.drafts)
        self._add("", "draft", text.strip(), text, piece)

    def _close_draft(self) -> None:
        """Go back to the walk of the report, where it stood before the draft it carried."""
        if self.report is not None:
            vars(self).update(self.report)
            self.report = None

    def _resumes_report(self, text: str) -> bool:
        """Whether ``text`` is the report's next chapter or lettered section heading, which ends the draft it
        carries; a draft's own sections ("I." or "A." first, then on) stay the draft's."""
        assert self.report is not None
        last_letter, chapter = self.report["last_letter"], self.report["chapter"]
        assert isinstance(last_letter, int) and isinstance(chapter, str)
        following = (int(chapter.rsplit(".", 1)[1]) if chapter else 0) + 1
        heading = _heading(text, self.lang, last_letter)
        if heading is None:
            return self._names_report_chapter(text, chapter, following)
        if heading.lettered:
            return self.last_letter < 0
        return not self.chapter and int(heading.key) == following

    def _names_report_chapter(self, text: str, chapter: str, following: int) -> bool:
        """Whether ``text`` names the report's next chapter as the report names its chapters ("Chapter II" after
        "Chapter I"); not a chapter of a convention the draft carries, which comes after articles."""
        if not chapter or self.zone == "articles" or not _CONVENTION_CHAPTER.match(text):
            return False
        marker = _marker(text)
        named = next((d for d in self.drafts[:self.draft_start] if d.id == chapter), None)
        return marker is not None and marker.kind == "chapter" and int(marker.key) == following and \
            named is not None and _CONVENTION_CHAPTER.match(named.label) is not None

    def _report_paragraph_after(self, text: str) -> bool:
        """Whether ``text`` is a numbered paragraph of the report after a resolution or decision it reproduces
        (not after a draft it carries for adoption): numbered on from the report's paragraphs where the
        reproduced text's own numbering does not go on so, or the first numbered paragraph after a decision with
        no acting body whose text opens no list ("At its 8th meeting, the Commission decided …." / "1. The
        Commission adopted …")."""
        assert self.report is not None
        if not self.resolution_part.rsplit(".", 1)[-1].startswith(("res", "dec")):
            return False
        marker = _marker(text)
        if marker is None or marker.kind != "numbered":
            return False
        number, reported = int(marker.key), self.report["last_number"]
        assert isinstance(reported, int)
        if number == reported + 1 and number != self.last_number + 1:
            return True
        if self.last_number:
            return False
        own = self.drafts[self.draft_start:]
        return not any(d.kind == "acting-body" for d in own) and _last_char(own[-1].texts[-1]) not in _COLONS

    # -- resolutions quoted in full
    def _open_quotation(self, quotation: _Quotation) -> None:
        """The first paragraph of a resolution or decision quoted in full: its units, up to the paragraph closing
        the quotation, are walked as a resolution of their own, their ids prefixed with the key ``dr1`` (``dr2`` for
        the next quoted in the same text) after the quoting text's own prefix: ``dr1.title``, ``dr1.body``,
        ``dr1.op.2``; in a report's draft, ``dr2.dr1.op.2``."""
        key = f"dr{self._next('quoted')}"
        self.quoting = {name: value for name, value in vars(self).items() if name not in _NOT_WALK_STATE}
        self.quotation = quotation
        self._start_walk()
        self.resolution_part = f"{self.resolution_part}.{key}" if self.resolution_part else key

    def _close_quotation(self) -> None:
        """Go back to the walk of the quoting text, where it stood before the quotation."""
        assert self.quoting is not None
        vars(self).update(self.quoting)
        self.quoting = self.quotation = None

    def _place_quoted(self, piece: _Piece, text: str, is_acting_body: bool) -> None:
        """A paragraph of a quoted resolution, placed by what follows its opening mark ("“1. Urges …" is ``op.1``);
        its text keeps the mark, as printed."""
        stripped = text.lstrip()
        inner = stripped[1:].lstrip()
        count = len(self.drafts)
        self._place(piece, inner, is_acting_body)
        if len(self.drafts) > count:
            self.drafts[count].texts[0] = stripped[: len(stripped) - len(inner)] + self.drafts[count].texts[0]

    # -- generic documents
    def _has_text(self) -> bool:
        """Whether the walk has placed a paragraph, heading or item yet (an appendix's heading above all of them
        is a cover's line: "Добавление" names an addendum too)."""
        return any(d.kind in {"paragraph", "heading", "item"} for d in self.drafts)

    def _place_generic(self, piece: _Piece, text: str) -> None:
        """A piece of a document without a resolution's structure: the symbol lines at its top, chapters
        (``ch.N``), lettered sections (``ch.N.A``), numbered paragraphs (``para.N``) and their lettered items
        (``para.N.a``) of a report keep their own numbers, the same in every language; other pieces are ``p.N``."""
        if _SYMBOL_LINE.match(text) and all(d.kind == "symbol" for d in self.drafts):
            n = self._next("symbol")
            self._add("symbol" if n == 1 else f"symbol.{n}", "symbol", "", text, piece)
            return
        marker = _marker(text)
        if marker and (marker.kind == "annex" or marker.kind == "appendix" and self._has_text()):
            self.generic = False  # the annex of a report: its own paragraphs, numbered again (annex1.1 …)
            self._open_part(marker, piece, text)
            return
        if self._chapter_or_section(piece, text):
            return
        if marker and marker.kind == "chapter" and (not marker.rest or _heading_like(marker.rest, self.lang)):
            # "Chapter I" (its title on the next line or after it), as a commission's report names its chapters
            self._place_heading(_Heading(False, marker.key, marker.label, marker.rest), piece)
            return
        if marker and marker.kind == "numbered" and marker.label[:1].isdigit():
            if self._is_subsection(marker):
                self._subsection(marker, piece)
                return
            self._paragraph(f"para.{marker.key}", "paragraph", marker, piece)
            return
        if marker and marker.kind in {"item", "subitem"}:
            self._item(marker, piece)
            return
        if self._bulleted(piece, text) or self._decimal(piece, text):
            return
        kind = "heading" if _heading_like(text, self.lang) else "paragraph"
        uid = f"p.{self._next('p')}"
        if not self._under_item_heading():
            self.parent, self.last_item, self.item_parent = uid, "", ""
        self._add(uid, kind, "", text, piece)

    def _under_item_heading(self) -> bool:
        """Whether the last unit is a lettered item that heads the text below it, with no closing punctuation
        ("(b) Adoption of the agenda", as an agenda's annotations title each sub-item): the next letter ("(c)")
        goes on its list, not under that text."""
        previous = self.drafts[-1] if self.drafts else None
        return previous is not None and previous.kind == "item" and previous.id == self.item_parent and \
            _last_char(previous.texts[-1]) not in _FINAL_OR_COMMA

    # -- chapters and sections
    def _chapter_or_section(self, piece: _Piece, text: str) -> bool:
        """Place ``text`` as a chapter or section heading if it is one: ``ch.N`` in a report, ``sec.N`` in the
        operative part of a resolution, ``annex1.ch.N`` in an annex; a lettered section inside one adds its
        letter (``ch.2.A``), outside any it is ``sec.A`` (``annex1.sec.A``)."""
        heading = self._heading(text)
        if heading is None:
            return False
        self._place_heading(heading, piece)
        return True

    def _place_heading(self, heading: _Heading, piece: _Piece) -> None:
        """Add a chapter or section heading where the walk is (see :meth:`_chapter_or_section`)."""
        if self.zone == "preamble":
            self.zone = "operative"
        prefix = f"{self.part}." if self.zone == "annex" else ""
        if heading.lettered:
            uid = f"{self.chapter or prefix + 'sec'}.{heading.key}"
            self.section, self.last_letter = uid, numbering.letter_index(heading.key)
        else:
            uid = f"{prefix}{'sec' if self.zone == 'operative' else 'ch'}.{heading.key}"
            self.chapter, self.section, self.last_letter = uid, "", -1
        self.parent, self.last_item, self.item_parent = uid, "", ""
        self._add(uid, "heading", heading.label, heading.title, piece)

    def _make_acting_body(self, draft: _Draft) -> None:
        """Make the title whose second half, after a page break, ended in the acting body's comma the acting body."""
        if draft.kind != "title":
            return
        self.counters["title"] -= 1
        self.used.discard(draft.id)
        draft.id, draft.kind = "body", "acting-body"
        self.used.add(draft.id)
        self.zone = "preamble"

    def _heads_part(self, text: str) -> bool:
        """Whether ``text`` is a chapter or section heading where the walk is: no continuation of a paragraph."""
        return (self.generic or self.zone in {"preamble", "operative", "annex"}) and \
            self._heading(text) is not None

    def _heading(self, text: str) -> _Heading | None:
        """``text`` read as a chapter or section heading where the walk is (read once, though asked several times)."""
        key = (text, self.last_letter)
        if self.read_heading[0] != key:
            self.read_heading = (key, _heading(text, self.lang, self.last_letter))
        return self.read_heading[1]

    def _titles_bare_numeral(self, previous: _Draft, piece: _Piece, text: str) -> bool:
        """Take ``text`` as the title of a chapter whose numeral stood alone on the line before ("II")."""
        if previous.kind != "heading" or not previous.label or previous.texts != [""] or \
                not _heading_like(text, self.lang) or _starts_structure(piece.lines[0]):
            return False
        previous.texts[0] = text
        self._extend_raw(previous, piece)
        return True

    def _is_subsection(self, marker: _Marker) -> bool:
        """Whether a numbered piece inside a lettered section is a heading: with no closing punctuation, and
        not the next paragraph (whose first half a page break may have cut off before its full stop)."""
        return bool(self.section) and _heading_like(marker.rest, self.lang) and int(marker.key) != self.last_number + 1

    def _subsection(self, marker: _Marker, piece: _Piece) -> None:
        """A numbered heading inside a lettered section ("1. Extradition" under "A. …"): ``ch.2.A.1``."""
        uid = f"{self.section}.{marker.key}"
        self.parent, self.last_item, self.item_parent = uid, "", ""
        self._add(uid, "heading", marker.label, marker.rest, piece)

    # -- page-break repair
    def _continues(self, previous: _Draft, piece: _Piece, text: str) -> bool:
        if not text.strip(_CLOSING_MARKS):
            return True  # the closing mark of a quotation or bracket, left alone over a page break: "»", "”."
        if piece.at_margin and piece.after_gap:
            return True  # where paragraphs open indented, a line at the margin goes on over the page break
        if previous.kind in {"annex", "appendix", "article", "symbol", "part", "draft"}:
            # only the long heading of an annex to a letter, which names the letter, runs over a page break
            return previous.kind == "annex" and previous.ends_full and piece.after_gap and \
                (_starts_mid_sentence(text, self.lang) or _ENDS_OPEN.search(previous.texts[-1]) is not None)
        if previous.kind == "heading" and previous.label:
            return piece.after_gap and _starts_mid_sentence(text, self.lang)  # a numbered heading, broken by a page
        if previous.kind == "annex-title" and not _heading_like(text, self.lang):
            return False  # over a page break an annex's title goes on with more title, not with its first paragraph
        if self._heads_part(text):
            return False
        last = _last_char(previous.texts[-1])
        if _starts_structure(piece.lines[0]):
            return False
        if last in _SENTENCE_END and piece.after_gap and (previous.ends_full or piece.no_room_before) and \
                previous.label and previous.kind != "heading" and not _heading_like(text, self.lang):
            return True  # a numbered paragraph or item goes on over a page: no unnumbered paragraph stands among them
        if last == ":" and piece.after_gap and _starts_mid_sentence(text, self.lang) and \
                _heading_like(_joined(previous.texts + [text]), self.lang):
            return True  # a heading's subtitle over a page break ("… en asuntos penales:" / "balance de un año")
        if last in _FINAL:
            return False
        if previous.kind == "acting-body" and last in _COMMAS:
            return False  # "The General Assembly," is followed by a new paragraph, even in lower case (Russian)
        if last == "、":
            return True  # a Chinese enumeration comma never ends a paragraph
        if _ends_with_particle(previous.texts[-1], self.lang) and not _SYMBOL_LINE.match(text):
            return True  # "… adopted by the Working Group on" / "International Cooperation …": no unit ends so
        if piece.after_gap and previous.ends_full and (last not in _COMMAS or previous.zone not in {"front", "preamble"}) \
                and (piece.no_room_before or not self._one_line_title(previous)):
            # a page break after a line of full width, in mid-sentence (preambular paragraphs end in commas); a
            # title on one line that left room for the next word on it ended there
            return True
        mid_sentence = _starts_mid_sentence(text, self.lang)
        if not piece.after_gap:
            return last not in _COMMAS and mid_sentence and not _heading_like(previous.texts[-1], self.lang)
        if last not in _COMMAS:
            if mid_sentence or previous.label or previous.zone in {"preamble", "operative"}:
                return True  # no headings stand among preambular or operative paragraphs
            if piece.no_room_before and _heading_like(text, self.lang) and \
                    _heading_like(_joined(previous.texts + [text]), self.lang):
                return True  # a heading broken by a page where its next word did not fit on the line
            return not _heading_like(" ".join(previous.texts), self.lang)
        if self.lang in {"en", "fr", "es"}:
            return mid_sentence
        if self.lang == "ru":
            return mid_sentence and not (previous.zone == "preamble" and _RU_GERUND.match(text))
        if self.lang == "ar":
            return previous.zone == "preamble" and not _AR_PREAMBLE_OPENER.match(text)
        if self.lang == "zh":  # after a full line of the preamble, what opens no preambular paragraph goes on
            return text.startswith(_ZH_CONTINUATION_START) or \
                previous.zone == "preamble" and previous.ends_full and not _PREAMBLE_OPENERS["zh"].match(text)
        return False

    def _one_line_title(self, draft: _Draft) -> bool:
        """Whether ``draft`` is a title or heading that stands on one line (a paragraph's first lines, cut off by a
        page break, may look like a heading too, but seldom stop after one)."""
        return draft.kind in {"title", "annex-title", "heading"} and len(draft.raws) == 1 and \
            "\n" not in draft.raws[0].strip() and _heading_like(draft.texts[0], self.lang)

    def _replace_if_no_heading(self, draft: _Draft) -> None:
        """Place again an annex heading that the rest of its text, found after a page break, shows to be running text."""
        if draft.kind != "heading" or draft.label or not draft.id.startswith(f"{self.part}.s") or \
                _heading_like(_joined(draft.texts), self.lang):
            return
        self._place_again(draft, f"{self.part}.s")

    def _heading_if_subtitled(self, draft: _Draft) -> None:
        """Place again as a heading an annex's paragraph that ended in a colon where its rest, found after a page
        break, is a heading's subtitle ("… en asuntos penales:" / "balance de un año")."""
        if draft.kind != "paragraph" or draft.label or not draft.id.startswith(f"{self.part}.p") or \
                len(draft.texts) < 2 or _last_char(draft.texts[-2]) != ":" or \
                not _heading_like(_joined(draft.texts), self.lang):
            return
        self._place_again(draft, f"{self.part}.p")

    def _place_again(self, draft: _Draft, counter: str) -> None:
        """Take back the last draft, numbered by ``counter``, and place its text again as an unmarked piece."""
        self.drafts.pop()
        self.inside[self.part].remove(draft)
        self.counters[counter] -= 1
        whole = _Piece([line for raw in draft.raws for line in raw.split("\n")], draft.line, ends_full=draft.ends_full)
        self._unmarked(whole, _joined(draft.texts))

    def _title_if_no_sentence(self, draft: _Draft) -> None:
        """Make an annex's first text its title when its rest, found after a page break, shows it to end with no
        closing punctuation ("… at its thirteenth meeting," / "held from 23 to 27 May 2022")."""
        if draft.kind != "annex-intro" or self.inside.get(self.part, [None])[0] is not draft or \
                _last_char(draft.texts[-1]) in _FINAL_OR_COMMA:
            return
        self.counters[f"{self.part}.intro"] -= 1
        self.used.discard(draft.id)
        draft.id, draft.kind = f"{self.part}.title", "annex-title"
        self.used.add(draft.id)

    def _extend(self, draft: _Draft, piece: _Piece, text: str) -> None:
        draft.texts.append(text)
        self._extend_raw(draft, piece)

    @staticmethod
    def _extend_raw(draft: _Draft, piece: _Piece) -> None:
        draft.raws.append(piece.raw)
        draft.ends_full = piece.ends_full

    # -- placing a new unit
    def _place(self, piece: _Piece, text: str, is_acting_body: bool) -> None:
        marker = _marker(text)
        opens_chapter = marker is not None and marker.kind == "chapter" and \
            (not marker.rest or _heading_like(marker.rest, self.lang))  # not "Chapter II of the Convention provides …"
        if self.zone == "front":
            if is_acting_body:
                self._add("body", "acting-body", "", text, piece)
                self.zone = "preamble"
                return
            if self.report is not None and "title" in self.counters and not _heading_like(text, self.lang):
                self.zone = "operative"  # a draft decision's text under its title, with no acting body: dd1.p.1
            elif not opens_chapter and (marker is None or marker.kind not in {"annex", "article"}):
                self._front(piece, text)
                return
        if marker and (marker.kind in _PARTS or opens_chapter):
            self._open_part(marker, piece, text)
            return
        if self._heads_part(text) and self._chapter_or_section(piece, text):
            return
        if marker and marker.kind == "numbered":
            if self.zone == "annex" and self._is_subsection(marker):
                self._subsection(marker, piece)
                return
            self._numbered(marker, piece)
            return
        if marker and marker.kind in {"item", "subitem"}:
            self._item(marker, piece)
            return
        if self._bulleted(piece, text) or self._decimal(piece, text):
            return
        self._unmarked(piece, text)

    def _open_part(self, marker: _Marker, piece: _Piece, text: str) -> None:
        """An annex, article or convention chapter heading: the units that follow lie inside it, up to the next one.

        A chapter (``chap.2``) heads the articles that follow, which keep their own numbers; its title, from the
        same line or the next, is its text.
        """
        if marker.kind == "annex":
            self.zone, self.part = "annex", f"annex{marker.key}"
            self.annex = self.part
        elif marker.kind == "appendix":  # walked as an annex is, inside the annex it follows
            self.zone, self.part = "annex", f"{self.annex}.app{marker.key}" if self.annex else f"app{marker.key}"
        else:  # (an annex's articles: the convention it carries, as a resolution adopting one annexes it)
            inside = f"{self.annex}." if self.annex else ""
            self.zone, self.part = "articles", f"{inside}{'art' if marker.kind == 'article' else 'chap'}.{marker.key}"
        self.parent, self.last_item, self.item_parent = self.part, "", ""
        self.chapter, self.section, self.last_letter, self.last_number, self.last_numbered = "", "", -1, 0, ""
        if marker.kind == "chapter":
            self._add(self.part, "heading", marker.label, marker.rest, piece)
        else:
            self._add(self.part, marker.kind, marker.label, "", piece, raw_text=text)

    def _front(self, piece: _Piece, text: str) -> None:
        if (self.counters.get("symbol") or self.resolution_part) and not self.counters.get("title") and \
                _COUNCIL_ADOPTION.match(text):  # (under the resolution's number, before any title)
            self._add("adoption", "adoption", "", text, piece)
            return
        if _SYMBOL_LINE.match(text):
            n = self._next("symbol")
            self._add("symbol" if n == 1 else f"symbol.{n}", "symbol", "", text, piece)
            return
        if self._title_goes_on(piece, text):
            return
        n = self._next("title")
        self._add("title" if n == 1 else f"title.{n}", "title", "", text, piece)

    def _title_goes_on(self, piece: _Piece, text: str) -> bool:
        """Add ``piece`` to the title (of the document, an annex or an article) or the heading right above it where it
        is the rest of that title, broken over two lines with no blank line between, in a text that sets its
        paragraphs apart with blank lines ("执行《联合国打击跨国组织犯罪公约》" / "各项国际合作条款", as a PDF sets a
        title out, centred): True where it did."""
        previous = self.drafts[-1] if self.drafts else None
        if not piece.under or previous is None or previous.kind not in _TITLE_KINDS or \
                not _heading_like(previous.texts[-1], self.lang) or not _heading_like(text, self.lang):
            return False
        self._extend(previous, piece, text)
        return True

    def _numbered(self, marker: _Marker, piece: _Piece) -> None:
        if self.zone in {"front", "preamble", "operative"}:
            self.zone = "operative"
            self._paragraph(f"op.{marker.key}", "operative", marker, piece)
        else:
            self._paragraph(f"{self.part}.{marker.key}", "paragraph", marker, piece)

    def _paragraph(self, uid: str, kind: str, marker: _Marker, piece: _Piece) -> None:
        """A numbered paragraph; where the numbering starts again in each chapter or section, the paragraph's
        id is prefixed by that of its chapter (``sec.2.op.1``, ``annex1.ch.2.1``)."""
        scope = self.chapter or self.section
        if uid in self.used and scope:
            uid = f"{scope}.{uid.removeprefix(self.part + '.') if self.part else uid}"
        self.parent, self.last_item, self.item_parent = uid, "", ""
        self.last_number, self.last_numbered = int(marker.key), uid
        self._add(uid, kind, marker.label, marker.rest, piece)

    def _decimal(self, piece: _Piece, text: str) -> bool:
        """Whether ``text`` is a paragraph numbered in decimals under the last numbered one ("1.1", "2.1.1" under
        "2.", "120-1" in Arabic), added under it: ``para.2.1``, ``para.2.1.1``, ``op.3.1``, ``annex1.4.2``."""
        pattern = _DECIMAL_AR if self.lang == "ar" else _DECIMAL
        match = pattern.match(text) if text[:1].isdigit() or text[:1].isspace() else None
        if match is None or not self.last_numbered:
            return False
        numbers = re.split("[.．-]", match.group(1))
        if int(numbers[0]) != self.last_number:
            return False  # ("1.5 million" opening a paragraph, or a number of another paragraph's)
        uid = f"{self.last_numbered}.{'.'.join(str(int(n)) for n in numbers[1:])}"
        self.parent, self.last_item, self.item_parent = uid, "", ""
        rest = text[match.end():]
        self._add(uid, "heading" if _heading_like(rest, self.lang) else "paragraph", match.group(1), rest, piece)
        return True

    def _item(self, marker: _Marker, piece: _Piece) -> None:
        token = marker.key
        circled = marker.label[:1] in _CIRCLED
        if marker.kind == "subitem" or (circled and self.item_parent and not self.item_circled):
            # "’1‘" in Arabic, "㈠" under "(a)" in Chinese: the "(i)" of the other languages
            roman = numbering.roman_number(token) if marker.kind == "subitem" else numbering.item_index(token) + 1
        else:
            roman = self._roman_value(token)
        if roman and (self.item_parent or marker.kind == "subitem"):
            self.last_roman = roman
            uid = f"{self.item_parent or self.parent or 'p'}.{numbering.to_roman(roman)}"
            self._add(uid, "subitem", marker.label, marker.rest, piece)
            return
        key = numbering.letter_key(numbering.item_index(token))
        if not self.parent:
            self.parent = f"pp.{self.counters.get('pp', 0)}" if self.zone == "preamble" else "p"
        uid = f"{self.parent}.{key}"
        self.last_item, self.item_parent, self.last_roman, self.item_circled = key, uid, 0, circled
        self._add(uid, "item", marker.label, marker.rest, piece)

    def _roman_value(self, token: str) -> int:
        """Value of ``token`` as a Roman sub-item, or 0 when it is a letter in the current sequence."""
        if not _ROMAN_TOKEN.fullmatch(token):
            return 0
        try:
            value = numbering.roman_number(token)
        except ValueError:
            return 0
        if self.last_roman and value == self.last_roman + 1:
            return value
        if len(token) == 1 and self.last_item and numbering.letter_index(token) == numbering.letter_index(self.last_item) + 1:
            return 0
        if value == 1 and self.item_parent:
            return value
        return 0 if len(token) == 1 else value

    def _bulleted(self, piece: _Piece, text: str) -> bool:
        """Whether ``text`` is a bulleted item ("• Extradition;"), added as an item of the unit before it (the
        paragraph or item that introduces the list), numbered under it: ``op.1.bullet1``, ``para.3.bullet2``."""
        bullet = _BULLET.match(text) if text[:1] in _BULLETS or text[:1].isspace() else None
        if bullet is None or not self.drafts:
            return False
        previous = self.drafts[-1]
        parent, is_bullet, _ = previous.id.partition(".bullet")
        if not is_bullet and previous.kind in _NO_BULLETS_UNDER:
            return False
        if bullet.group(2) and parent.startswith("p."):
            return False  # a dash under a paragraph of plain text: a line of dialogue ("— Кто там? — спросил он.")
        n = self._next(f"{parent}.bullet")
        self._add(f"{parent}.bullet{n}", "item", bullet.group(1) or bullet.group(2), text[bullet.end():], piece)
        return True

    def _unmarked(self, piece: _Piece, text: str) -> None:
        if self.zone == "preamble" and self._ends_preamble(text) or \
                self.zone == "operative" and self.counters.get("op") and not self.last_numbered:
            self.zone = "operative"
            n = self._next("op")
            self.parent, self.last_item, self.item_parent = f"op.{n}", "", ""
            self._add(f"op.{n}", "operative", "", text, piece)
            return
        if self.zone == "preamble":
            n = self._next("pp")
            self.parent, self.last_item, self.item_parent = f"pp.{n}", "", ""
            self._add(f"pp.{n}", "preambular", "", text, piece)
            return
        if self.zone in {"annex", "articles"} and self._title_goes_on(piece, text):
            return
        if self.zone == "annex":
            annex_units = self.inside.get(self.part, [])
            if not annex_units and _last_char(text) not in _FINAL_OR_COMMA:
                self._add(f"{self.part}.title", "annex-title", "", text, piece)
                return
            if _heading_like(text, self.lang):
                n = self._next(f"{self.part}.s")
                self.parent, self.last_item, self.item_parent = self.part, "", ""
                self._add(f"{self.part}.s{n}", "heading", "", text, piece)
                return
            started = any(d.kind in {"heading", "item", "paragraph", "row"} for d in annex_units)
            if not started:
                n = self._next(f"{self.part}.intro")
                self._add(f"{self.part}.intro" if n == 1 else f"{self.part}.intro.{n}", "annex-intro", "", text, piece)
                return
            n = self._next(f"{self.part}.p")
            self._add(f"{self.part}.p{n}", "paragraph", "", text, piece)
            return
        if self.zone == "articles":
            previous = self.drafts[-1] if self.drafts else None
            if previous and previous.kind == "article" and _heading_like(text, self.lang):
                self._add(f"{self.part}.title", "article-title", "", text, piece)
                return
            n = self._next(f"{self.part}.p")
            self.parent, self.last_item, self.item_parent = f"{self.part}.p{n}", "", ""
            self._add(f"{self.part}.p{n}", "paragraph", "", text, piece)
            return
        n = self._next("p")
        self._add(f"p.{n}", "paragraph", "", text, piece)

    def _ends_preamble(self, text: str) -> bool:
        """Whether ``text``, unnumbered under the preamble, is the operative text of a resolution with no numbered
        paragraphs ("Decides to include …." under "Recalling …,", or the Economic and Social Council's
        "Recommends to the General Assembly the adoption of the following draft resolution:"): it ends as no
        preambular paragraph does, and no preambular or numbered paragraph follows it before a heading (a quotation
        and lettered items may)."""
        if _last_char(text) not in _FINAL:
            return False
        for index in range(self.at + 1, len(self.pieces)):
            if index in self.quoted:
                continue
            following = _join_lines(self.pieces[index].lines)
            marker = _marker(following)
            if marker is None:
                if _last_char(following) in _COMMAS:
                    return False
                if _heading_like(following, self.lang):
                    break  # the lines recording the adoption, or the next draft's heading
            elif marker.kind == "numbered":
                return False
            elif marker.kind not in {"item", "subitem"}:
                break
        return True

    def _add(self, uid: str, kind: str, label: str, text: str, piece: _Piece, *, raw_text: str = "") -> None:
        draft = _Draft(uid, kind, label, [text or raw_text], [piece.raw], piece.line, zone=self.zone,
                       ends_full=piece.ends_full, part=self.resolution_part)
        self.drafts.append(draft)
        self.used.add(uid)
        outer, dot, _ = uid.partition(".")
        if dot:
            self.inside.setdefault(outer, []).append(draft)

    def _next(self, counter: str) -> int:
        self.counters[counter] = self.counters.get(counter, 0) + 1
        return self.counters[counter]


#: The kinds of title and heading whose second line, right under the first, goes on with it (see
#: _Structurer._title_goes_on).
_TITLE_KINDS = frozenset({"title", "annex-title", "article-title", "heading"})
#: The letter heading a part of a resolution in parts, alone on its line: "B", "Б" (Cyrillic), "باء".
_PART_LETTER = re.compile(
    r"^\s*([A-ZＡ-Ｚ" + numbering.CYRILLIC_LIST_LETTERS.upper() + "]|" + "|".join(numbering.ARABIC_LETTER_NAMES) + r")\s*$"
)
#: How many pieces (a title, perhaps over two) may stand between a part's letter and its acting body.
_PART_HEAD_PIECES = 3


#: A UN masthead's distribution line ("Distr.: General", "Distr. limitée", after the organ's name on one line) …
_DISTRIBUTION = re.compile(r"(?:^|\s)Distr\.\s*:?\s*(?:[^\W\d_]|$)")  # (older ones: "Distr." / "GENERAL")
#: … and its last line, the original language ("Original: English", "Français Original : anglais") …
_ORIGINAL = re.compile(r"(?:^|\s)Original\s*:\s*[^\W\d_]")
#: … which a translation's masthead prints under the name of its language, in English or in that language ("Chinese",
#: "Français"): the original's masthead has no such line.
_LANGUAGE_LINE = re.compile(r"^\s*(?:English|French|Spanish|Russian|Chinese|Arabic|Français|Español|Русский|中文|العربية)\s*$",
                            re.IGNORECASE)
#: … or, where it has none, the date under the distribution line ("14 October 2022", "14 de octubre de 2022",
#: "14 октября 2022 года", "14 تشرين الأول/أكتوبر 2022", "2022年10月14日").
_DATE = (r"(?:\d{1,2}(?:er)?\s+(?:de\s+)?[^\W\d_]+(?:[ /][^\W\d_]+){0,2}\s+(?:de\s+)?\d{4}(?:\s+(?:года|г\.))?"
         r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_DATE_LINE = re.compile(rf"^\s*{_DATE}\s*$")
#: The masthead's date, perhaps after the symbol that older mastheads print above it ("A/RES/52/85 1998年2月9日").
_MASTHEAD_DATE = re.compile(rf"^\s*(?:[A-Z]{{1,8}}(?:/[A-Z0-9.\-]+)+\s+)?{_DATE}\s*$")
#: The kind of distribution, on the line under an older masthead's "Distr.": "GENERAL", "GÉNÉRALE", "LIMITED".
_DISTRIBUTION_KIND = re.compile(r"^\s*[^\W\d_]{5,12}\s*$")  # (French: "GÉNÉRALE")
#: Pieces at the top of a document a masthead's distribution line may stand in, and pieces from it to its end.
_MASTHEAD_TOP, _MASTHEAD_TAIL = 8, 4


#: The heading of a table of contents, alone on its line.
_CONTENTS_HEADING = re.compile(
    either_script(r"^\s*(?:Contents|CONTENTS|Table des matières|TABLE DES MATIÈRES|Índice|ÍNDICE|Содержание|СОДЕРЖАНИЕ|"
                  r"المحتويات|目\s*录)\s*$"))
#: Its column headings: "Page", "Paragraphs Page", "Párrafos Página", "Пункты Стр.", "الفقرات الصفحة", "段次 页次".
_CONTENTS_COLUMNS = re.compile(either_script(
    r"^\s*(?:(?:Paragraphs|Paragraphes|Párrafos|Пункты|الفقرات|段次|段落)\s*)?"
    r"(?:Pages?|Página|Стр\.?|Страница|الصفحة|页次|页码)?\s*$"))
#: The end of an entry: dot leaders, a tab or a space, perhaps a range of paragraphs, then the page ("… 1–4 3"; not
#: a year).
_CONTENTS_ENTRY = re.compile(r"(?:(?:\s*[.·…])+\s*|\t+|\s+)(?:\d{1,4}\s*[-–—]\s*\d{1,4}\s+|\d{1,4}\s+)?\d{1,3}\s*$")
#: No entry of a table of contents, nor a line of one broken over two, is longer.
_CONTENTS_LINE_CHARS = 200


def _with_contents(pieces: list[_Piece]) -> list[_Piece]:
    """``pieces`` with the first table of contents marked: its heading ("Contents", "目录"), its column headings
    ("Paragraphs Page") and its entries ("I. Introduction . . . . 1–4 3"), each line ending in a page number with
    the lines before it that do not; the contents end before the first other line and the lines without a page
    number just above it (a piece holding both is cut there)."""
    start = next((k for k, piece in enumerate(pieces) if len(piece.lines) == 1 and len(piece.lines[0]) < 30
                  and _CONTENTS_HEADING.match(piece.lines[0])), None)
    if start is None:
        return pieces
    marked: list[_Piece] = [replace(pieces[start], contents="heading")]
    pending: list[str] = []  # lines of an entry not yet ended by its page number …
    since = (start + 1, 0)  # … and where the first of them is (piece, line)
    entries = 0
    for at in range(start + 1, len(pieces)):
        piece = pieces[at]
        for k, line in enumerate(piece.lines):
            if not entries and not pending and line.strip() and _CONTENTS_COLUMNS.match(line):
                if marked[-1].contents == "columns":  # "Paragraphs" over "Page"
                    marked[-1].lines.append(line)
                else:
                    marked.append(_Piece([line], piece.line + k, contents="columns"))
            elif len(line) < _CONTENTS_LINE_CHARS and _CONTENTS_ENTRY.search(line) and \
                    _CONTENTS_ENTRY.sub("", line).strip(" .\t"):
                lines = [*pending, line]
                marked.append(_Piece(lines, piece.line + k - len(pending), contents="entry", source=_source(lines)))
                pending, entries = [], entries + 1
            elif len(line) < _CONTENTS_LINE_CHARS and _last_char(line) not in _FINAL and line.strip():
                if not pending:
                    since = (at, k)
                pending.append(line)
            else:
                return _contents_cut(pieces, start, marked, since if pending else (at, k)) if entries >= 2 else pieces
    if entries < 2:
        return pieces
    return _contents_cut(pieces, start, marked, since if pending else (len(pieces), 0))


#: Between the cells of a table's row: a tab, or a run of spaces setting out columns (three or more: a justified
#: line's text runs words apart by two).
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*| {3,}")
#: Where two rows of a table set out in spaces start their second cell, they start it within this many columns.
_COLUMN_SLACK = 1


#: A paragraph's label, which a tab may set off from its text as a cell is ("1.\tDecides …", "(a)\t…", "•\t…").
_LABEL_CELL = re.compile(
    r"[(（]?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-zА-Яа-яЁё\u0621-\u064a]|[IVXLivxl]{1,6}|[一二三四五六七八九十]{1,3})"
    r" ?[.)）、:\-]|\d{1,3}(?:\.\d{1,3})+|[(（][^()（）]{1,4}[)）]|[•·▪◦‣–—\-*]")


def _cells(line: str) -> list[str]:
    """The cells of ``line`` read as a table's row (one cell where the first is a paragraph's label, or where the line
    is a paragraph's justified with spaces)."""
    cells = [cell for cell in _CELL_GAP.split(line.strip()) if cell]
    return [line.strip()] if len(cells) > 1 and (_LABEL_CELL.fullmatch(cells[0]) or _justified(line)) else cells


def _justified(line: str) -> bool:
    """Whether ``line`` is a line of running text justified with spaces, as a PDF's text taken in a layout mode
    gives it ("Конференция        участников        Конвенции        Организации"): words set apart by three gaps
    or more of (nearly) one width, each gap between two words, no figure among them (a table's row of figures may
    space its cells evenly too)."""
    parts = _GAPS.split(line.strip())
    words, gaps = parts[::2], [len(gap) for gap in parts[1::2]]
    return len(gaps) >= 3 and max(gaps) - min(gaps) <= 1 and \
        all(" " not in word and not any(ch.isdigit() for ch in word) for word in words)


_GAPS = re.compile(r"( {2,})")


def _second_cell(line: str) -> int:
    """The column where the second cell of ``line`` starts (its tabs counted as one column each)."""
    stripped = line.rstrip()
    gap = _CELL_GAP.search(stripped, len(stripped) - len(stripped.lstrip()))
    return gap.end() if gap else -1


def _with_rows(pieces: list[_Piece], top: int) -> list[_Piece]:
    """``pieces`` with each row of a table a piece of its own, marked: two or more lines one under another (in one
    piece or one to a piece), each of two cells or more, between tabs or in columns whose second starts at the same
    place in every row (not the runs of spaces of a justified paragraph); a line of one cell set in under a row
    (a cell's text wrapped in its column) goes on with that row. The masthead (the first ``top`` pieces), whose
    cells a PDF's text sets out in columns too, a table of contents and a signature are left as they are."""
    lines = [(at, k, line) for at, piece in enumerate(pieces) if at >= top and not piece.contents and not piece.signature
             for k, line in enumerate(piece.lines)]
    if not any("\t" in line or "   " in line for _, _, line in lines):
        return pieces
    rows: dict[tuple[int, int], int] = {}  # (piece, line) of each line of a table → its row
    run: list[tuple[int, int, str, int]] = []  # the lines of the table so far, each with its number of cells
    count = itertools.count()

    def close() -> None:
        nonlocal run
        if sum(cells >= 2 for *_, cells in run) >= 2:
            row = 0
            for at, k, _, cells in run:
                row = next(count) if cells >= 2 else row
                rows[at, k] = row
        run = []

    for at, k, line in lines:
        cells = len(_cells(line))
        if cells >= 2 and run and _same_table(run, line):
            run.append((at, k, line, cells))
        elif cells == 1 and run and line[:1].isspace() and \
                len(line) - len(line.lstrip()) >= _second_cell(run[-1][2]) - _COLUMN_SLACK > 0:
            run.append((at, k, line, cells))  # a cell's text wrapped in its column
        else:
            close()
            run = [(at, k, line, cells)] if cells >= 2 else []
    close()
    if not rows:
        return pieces
    out: list[_Piece] = []
    last: tuple[int, int | None] = (-1, None)  # the piece the last line came from, and its row (None: none)
    for at, piece in enumerate(pieces):
        if not any((at, k) in rows for k in range(len(piece.lines))):
            out.append(piece)
            last = (at, None)
            continue
        for k, line in enumerate(piece.lines):
            row = rows.get((at, k))
            if (row is not None and last[1] == row) or (row is None and k and last == (at, None)):
                out[-1].lines.append(line)  # the row, or the piece's text, goes on
            else:
                out.append(_Piece([line], piece.line + k, after_gap=piece.after_gap and not k, row=row is not None))
            last = (at, row)
    return out


def _same_table(run: list[tuple[int, int, str, int]], line: str) -> bool:
    """Whether ``line`` (of two cells or more) goes on with the table whose lines so far are ``run``: both set out
    in tabs, or in columns whose second starts at the same place."""
    previous = next(other for _, _, other, cells in reversed(run) if cells >= 2)
    if "\t" in line.strip() and "\t" in previous.strip():
        return True
    return abs(_second_cell(line) - _second_cell(previous)) <= _COLUMN_SLACK


def _contents_cut(pieces: list[_Piece], start: int, marked: list[_Piece], end: tuple[int, int]) -> list[_Piece]:
    """``pieces`` with those of the table of contents from ``start`` replaced by ``marked``, up to the line ``end``
    (piece, line), where the document's text goes on."""
    at, k = end
    if at >= len(pieces):
        return pieces[:start] + marked
    piece = pieces[at]
    if k:
        rest = piece.lines[k:]
        piece = replace(piece, lines=rest, line=piece.line + k, source=_source(rest), after_gap=False)
    return pieces[:start] + marked + [piece] + pieces[at + 1:]


def _source(lines: list[str]) -> str | None:
    """The source of a piece made of ``lines``: None where each is as the document writes it."""
    if not any(isinstance(line, _Line) for line in lines):
        return None
    return "\n".join(getattr(line, "source", line) for line in lines)


def _masthead_pieces(pieces: list[_Piece]) -> int:
    """How many pieces at the top of the document make its masthead (0: none): the Organization's name and the
    symbol, the organ, the distribution line, the date, the language and the original language, as a UN document's
    first page prints them above the document itself. A document given with its masthead and one given without
    (a translator's text, say) then have the same ids for their own units."""
    for index, piece in enumerate(pieces[:_MASTHEAD_TOP]):
        if any(_DISTRIBUTION.search(line) for line in piece.lines):
            if piece.lines[-1].rstrip().endswith("Distr.") and index + 1 < len(pieces) and \
                    _DISTRIBUTION_KIND.match(" ".join(pieces[index + 1].lines)):
                index += 1  # "Distr." / "GENERAL"
            tail = pieces[index:index + _MASTHEAD_TAIL]
            last = next((k for k, later in enumerate(tail) if any(_ORIGINAL.search(line) for line in later.lines)), None)
            if last is None:  # no original language: the distribution line, and the date if it stands apart
                last = 1 if len(tail) > 1 and _MASTHEAD_DATE.match(" ".join(tail[1].lines)) else 0
            return index + last + 1
    return 0


#: The session on a document's cover, on a line of its own: "Fifty-eighth session", "Resumed eleventh session",
#: "Cinquante-huitième session", "58º período de sesiones", "Пятьдесят восьмая сессия", "第五十八届会议",
#: "الدورة الثامنة والخمسون".
_SESSION = re.compile(  # (the word before "session" an ordinal's ending: not "Opening session", "Organización del …")
    r"^\s*(?:(?:Resumed\s+)?[A-Z][a-z]+(?:-[a-z]+)?(?<=th|st|nd|rd)\s+(?:special\s+|emergency\s+special\s+)?session"
    r"|(?:Reprise\s+de\s+la\s+)?[A-Z][a-zéèêëàâîïôûç]+(?:-[a-zéèêëàâîïôûç]+)*(?<=ième|ière)\s+session"
    r"(?:\s+extraordinaire)?"
    r"|(?:Continuación\s+del\s+)?(?:\d{1,3}\s*º|[A-Z][a-záéíóú]+(?:\s+[a-záéíóú]+)?(?:(?<=o)|(?<=er)))\s+período\s+"
    r"(?:extraordinario\s+)?de\s+sesiones"
    r"|[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){0,2}(?<=ая)\s+(?:специальная\s+)?сессия"
    + either_script(r"|第[一二三四五六七八九十百零〇\d]+届(?:特别|续)?会议(?:续会)?") +
    r"|الدورة(?:\s+[\u0621-\u064a]+){1,4})\s*$"
)
#: The agenda item on a cover, alone on its line ("Agenda item 3", "Item 5 (b) of the provisional agenda*",
#: "Point 3 de l'ordre du jour", "Tema 3 del programa", "Пункт 3 повестки дня", "议程项目3", "البند 3 من جدول
#: الأعمال"), or of the preliminary list of items a General Assembly document is issued under before the agenda
#: is adopted ("Item 107 of the preliminary list", "暂定项目清单项目107"), perhaps with an asterisk footnote's
#: marker; the item's title follows on a line of its own.
_ITEM = r"\d{1,3}(?:\s*\(?[a-zа-яё\u0621-\u064a]\)?)?"
_ITEMS = rf"{_ITEM}(?:\s*(?:,|and|et|y|и|和|及|、|و)\s*{_ITEM})*"
_AGENDA_LINE = re.compile(
    rf"^\s*(?:(?:Provisional\s+)?[Aa]genda\s+items?\s+{_ITEMS}"
    rf"|Items?\s+{_ITEMS}\s+of\s+the\s+(?:(?:provisional\s+)?agenda|preliminary\s+list)"
    rf"|Points?\s+{_ITEMS}\s+de\s+(?:l['’]ordre\s+du\s+jour(?:\s+provisoire)?|la\s+liste\s+préliminaire)"
    rf"|Temas?\s+{_ITEMS}\s+(?:del|de\s+la)\s+(?:programa|orden\s+del\s+día|agenda|lista\s+preliminar)(?:\s+provisional)?"
    rf"|Пункты?\s+{_ITEMS}\s+(?:(?:предварительной\s+)?повестки\s+дня|предварительного\s+перечня)"
    + either_script(r"|(?:(?:临时)?议程|暂定项目清单)(?:\*{1,3}|\[\*{1,3}\])?项目\s*") + _ITEMS +
    either_script(r"|暂定项目清单(?:\*{1,3}|\[\*{1,3}\])?第\s*") + _ITEMS + r"\s*项" +
    rf"|(?:البند|البنود)\s+{_ITEMS}\s+من\s+(?:جدول\s+الأعمال(?:\s+المؤقت)?|القائمة\s+الأولية))"
    r"\s*(?:\*{1,3}|\[\*{1,3}\])?\s*$"
)
#: The line under the cover saying who adopted the document and when: no title of the agenda item.
_ADOPTED_LINE = re.compile(
    r"^\s*(?:(?:Resolution|Decision)\s+adopted|(?:Résolution|Décision)\s+adoptée|(?:Resolución|Decisión)\s+aprobada"
    r"|(?:Резолюция|Решение),?\s+принят|(?:قرار|مقرر)\s+(?:اتخذ|اعتمد)"
    + either_script(r"|.{0,40}\d{4}\s*年.{0,30}(?:决议|决定)\s*$|(?:大会|安全理事会|经济及社会理事会|人权理事会)(?:决议|决定)\s*$)"),
    re.IGNORECASE,  # (older documents set it in capitals)
)
#: The place and dates of a session under its line ("Vienna, 17–21 October 2022", "2025年2月24日至4月4日").
_SESSION_DATES = re.compile(r"(?:19|20)\d\d")
_SESSION_DATES_CHARS = 80
#: Pieces after the masthead (or from the top) the session line may stand in: under the organ's name, perhaps
#: wrapped over several lines ("Conference of the Parties to the / United Nations Convention against / …") …
_COVER_TOP = 6
#: … and the agenda item of a cover with no session line: under the organ's name, a working group's and the place
#: and dates.
_COVER_AGENDA_TOP = 8


#: Where an agenda item may start on the session's line.
_AGENDA_START = re.compile(
    either_script(r"\s(?=(?:Provisional\s+)?[Aa]genda\s|(?:Items?|Points?|Temas?|Пункты?)\s+\d|(?:临时)?议程|(?:البند|البنود)\s)"))


def _session_line(line: str) -> str:
    """"session" where ``line`` is a cover's session line, "agenda" where the agenda item follows on it
    ("Eightieth session Agenda item 89", as PDF text may join them); "" otherwise."""
    if _SESSION.match(line):
        return "session"
    split = _AGENDA_START.search(line)
    if split is None or not _SESSION.match(line[:split.start()]):
        return ""
    return "agenda" if _AGENDA_LINE.match(line[split.end():]) else ""


def _cover_pieces(pieces: list[_Piece], start: int, bodies: set[int]) -> int:
    """Where the lines of the cover end that a published document prints above its own text, from ``start`` (the
    end of its masthead): the organ's name, the session, its place and dates, the agenda item and the item's
    title, then the line saying who adopted the document and the bracketed line on how it came to them ("[on the
    report of the Third Committee (A/77/463)]"); ``start`` where there are none. With ids of their own, a document
    given with its cover and one given without have the same ids for their titles."""
    return _adoption_heading(pieces, _session_lines(pieces, start, bodies), bodies)


def _cover_name(pieces: list[_Piece], start: int, end: int) -> int:
    """Where the name of the organ ends that opens a cover running from ``start`` to ``end``: its lines above the
    session line, or (a working group's cover, with no session line) above the line of the place and dates. The
    languages wrap a long name ("Conference of the Parties to the United Nations Convention against Transnational
    Organized Crime") over different numbers of lines, so they make one unit. (A cover with neither keeps a unit for
    each line: a letter's sets its organs and their session side by side, "General Assembly Security Council" over
    "Seventy-seventh session Seventy-eighth year".)"""
    for index in range(start, end):
        line = " ".join(pieces[index].lines)
        if _session_line(line) or (_SESSION_DATES.search(line) and len(line) <= _SESSION_DATES_CHARS):
            return index
        if not _cover_heading(pieces[index]) or _SESSION_DATES.search(line) or _AGENDA_LINE.match(line):
            return start
    return start


def _session_lines(pieces: list[_Piece], start: int, bodies: set[int]) -> int:
    """Where the session's lines of a cover end (see :func:`_cover_pieces`): ``start`` where there are none.
    A cover without a session line (a working group's: its name, place and dates) is found by its agenda item."""
    window = range(start, min(len(pieces), start + _COVER_TOP))
    found = ((index, kind) for index in window
             if (kind := _session_line(" ".join(pieces[index].lines))))  # (a line hard-wrapped in the piece)
    session, kind = next(found, (-1, ""))
    if not kind:
        agenda = next((index for index in range(start, min(len(pieces), start + _COVER_AGENDA_TOP))
                       if _AGENDA_LINE.match(" ".join(pieces[index].lines))), -1)
        if agenda < 0 or not all(_cover_heading(pieces[index]) and index not in bodies for index in range(start, agenda)):
            return start
        return agenda + 1 + _item_title(pieces, agenda + 1, bodies)
    if any(index in bodies or _NUMBER_LINE.match(pieces[index].lines[0]) for index in range(start, session)):
        return start  # (the document's own lines above the session line: its number, its acting body)
    end = session + 1
    if kind == "agenda":
        return end + _item_title(pieces, end, bodies)
    for index in range(end, min(len(pieces), end + 2)):
        if _AGENDA_LINE.match(" ".join(pieces[index].lines)):
            return index + 1 + _item_title(pieces, index + 1, bodies)
    if end < len(pieces) and end not in bodies and _SESSION_DATES.search(pieces[end].lines[0]) and \
            len(" ".join(pieces[end].lines)) <= _SESSION_DATES_CHARS:
        end += 1
    return end


def _cover_heading(piece: _Piece) -> bool:
    """Whether ``piece`` may be a line of a cover above its agenda item (an organ's name, a place and dates): a few
    short lines (a long name wrapped), ending no sentence, no number or symbol line of the document's own."""
    text = " ".join(piece.lines)
    return len(piece.lines) <= _COVER_HEADING_LINES and len(text) <= _COVER_HEADING_CHARS and _last_char(text) not in _FINAL and \
        not _SYMBOL_LINE.match(piece.lines[0])


#: No line of a cover above its agenda item is longer (an organ's name: "Conference of the Parties to the United
#: Nations Convention against Transnational Organized Crime", perhaps followed by its working group's).
_COVER_HEADING_CHARS = 160
#: … nor, wrapped, on more lines.
_COVER_HEADING_LINES = 4


#: A line in square brackets under the line saying who adopted a document: "[on the report of the Third
#: Committee (A/77/463)]", "[without reference to a Main Committee (A/80/L.7)]".
_BRACKETED_LINE = re.compile(r"^\s*\[[^\[\]]{5,200}\]\s*$")
#: The line naming the States that submit a draft, over its title: "Austria, Belgium and Chile: draft resolution",
#: "Autriche, Belgique et Chili : projet de résolution révisé", "奥地利、比利时和智利：决议草案".
_SPONSORS_LINE = re.compile(either_script(
    r"^\s*\S.*[:：]\s*(?:(?:revised\s+)?draft\s+(?:resolution|decision)|projet\s+de\s+(?:résolution|décision)"
    r"(?:\s+révisé)?|proyecto\s+de\s+(?:resolución|decisión)(?:\s+revisado)?|(?:пересмотренный\s+)?проект\s+"
    r"(?:резолюции|решения)|مشروع\s+(?:قرار|مقرر)(?:\s+منقح)?|(?:订正)?(?:决议|决定)草案(?:订正本)?)\s*$"), re.IGNORECASE)
#: A long list of sponsors runs over several lines, but not over more.
_SPONSORS_LINES = 8
#: No line saying who adopted a document is longer.
_ADOPTED_CHARS = 160


def _adoption_heading(pieces: list[_Piece], end: int, bodies: set[int]) -> int:
    """Where the cover ends that ends at ``end`` so far, with the line naming the sponsors of a draft ("Austria,
    Belgium and Chile: draft resolution"), or the line saying who adopted the document and the bracketed line
    under it, where they stand there."""
    if end < len(pieces) and end not in bodies and len(pieces[end].lines) <= _SPONSORS_LINES and \
            _SPONSORS_LINE.match(" ".join(pieces[end].lines)):
        return end + 1
    if end < len(pieces) and end not in bodies and len(pieces[end].lines) <= 2 and \
            _ADOPTED_LINE.match(text := " ".join(pieces[end].lines)) and len(text) <= _ADOPTED_CHARS:
        end += 1
        if end < len(pieces) and end not in bodies and _BRACKETED_LINE.match(" ".join(pieces[end].lines)):
            end += 1
    return end


def _item_title(pieces: list[_Piece], index: int, bodies: set[int]) -> int:
    """How many pieces from ``index``, right under an agenda item, make the item's title: 0 where the piece there is
    the document's own (its symbol or number line, the line saying who adopted it, its acting body); else 1, and the
    title's other lines broken right under it with no blank line between (see :func:`_title_rest`)."""
    if index >= len(pieces) or index in bodies:
        return 0
    first = pieces[index].lines[0]
    if _SYMBOL_LINE.match(first) or _ADOPTED_LINE.match(first):
        return 0
    size = 1
    while size <= _ITEM_TITLE_MORE and index + size < len(pieces) and index + size not in bodies and \
            _title_rest(pieces[index + size - 1], pieces[index + size]):
        size += 1
    return size


#: How many lines an agenda item's title may take beyond its first.
_ITEM_TITLE_MORE = 2


def _title_rest(above: _Piece, piece: _Piece) -> bool:
    """Whether ``piece`` is the rest of the title line ``above``: right under it with no blank line between, in a text
    that has blank lines (or under a line ending in "、", which ends no title), and neither of them ending a sentence
    (a comma may end a line of a title: "…公民权利、政治权利、"
    / "经济、社会及文化权利，包括发展权"; and Chinese has no lower case to show that "联合国毒品和犯罪问题办公室及会员国在预防犯罪和刑事司法领域所作" goes on in "努力的整合与协调")."""
    last = _last_char(above.lines[-1])
    return (piece.under or last == "、") and last not in _FINAL and _last_char(piece.lines[-1]) not in _FINAL \
        and not _SYMBOL_LINE.match(piece.lines[0])


#: The meeting at which a resolution was adopted, on a line of its own at its end ("70th plenary meeting",
#: "70e séance plénière", "70ª sesión plenaria", "70-е пленарное заседание", "第70次全体会议", "الجلسة العامة 70"),
#: perhaps with the date on the same line ("47th meeting 3 April 2025", "2025年4月3日 第47次会议").
_MEETING = (r"(?:\d{1,3}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting|\d{1,3}(?:e|re|ère|ème)\s+séance(?:\s+plénière)?"
            r"|\d{1,3}\s*(?:ª|a|\.ª|\.a)?\s+sesión(?:\s+plenaria)?|\d{1,3}-[еe]\s+(?:пленарное\s+)?заседание"
            + either_script(r"|第\s*\d{1,3}\s*次(?:全体)?会议") + r"|الجلسة(?:\s+العامة)?\s+\d{1,3})")
_MEETING_LINE = re.compile(rf"^\s*(?:{_DATE}[\s,،]+)?{_MEETING}(?:[\s,،]+{_DATE})?\s*$")

#: The line under a Security Council resolution's number that records its adoption: "Adopted by the Security Council
#: at its 9512th meeting, on 21 December 2023", "2023年12月21日安全理事会第9512次会议通过".
_COUNCIL_ADOPTION = re.compile(either_script(
    r"^\s*(?:(?:Adopted by the Security Council|Adoptée par le Conseil de sécurité|Aprobada por el Consejo de Seguridad|"
    r"[Пп]ринят(?:а|ая) Советом Безопасности|(?:الذي\s+)?اتخذه مجلس الأمن)\s+\S.*\d|"
    r".*安全理事会\s*第\s*\d+\s*次会议(?:上)?通过\W*$)"))


def _adoption_lines(pieces: list[_Piece]) -> set[int]:
    """The pieces recording a resolution's adoption: the meeting ("70th plenary meeting") and the date on the line
    before or after it ("12 December 1997"), in whichever order a language version prints them, and the record of
    the vote in brackets under them ("[Adopted without a vote.]") where it is one paragraph."""
    found: set[int] = set()
    for index, piece in enumerate(pieces):
        if len(piece.lines) <= 2 and _MEETING_LINE.match(" ".join(piece.lines)):  # (hard-wrapped: date under meeting)
            found.add(index)
            found.update(near for near in (index - 1, index + 1) if 0 <= near < len(pieces) and
                         len(pieces[near].lines) == 1 and _DATE_LINE.match(pieces[near].lines[0]))
    # the record of the vote in brackets under them, when short enough to close them: "[Adopted without a vote.]",
    # "[未经表决获得通过。]" (a recorded vote's lists of members, over several paragraphs, stay paragraphs)
    found.update(index + 1 for index in list(found) if index + 1 < len(pieces) and index + 1 not in found
                 and _closed_bracket(_join_lines(pieces[index + 1].lines)))
    return found


#: The marks that open a quotation running over several paragraphs, and the mark that closes it: "…", “…”, «…»,
#: „…“, 「…」, 『…』, and ”…“ as UN Arabic prints them.
_QUOTATION_CLOSERS = {'"': '"', "“": "”", "«": "»", "„": "“", "「": "」", "『": "』", "”": "“"}


@dataclass(frozen=True)
class _Quotation:
    """A resolution or decision that a paragraph quotes in full ("Recommends to the General Assembly the adoption
    of the following draft resolution:" / "“The General Assembly, …"): the pieces it spans, and its mark."""

    first: int
    body: int  # the quoted acting body
    last: int
    mark: str


def _opening_mark(text: str) -> str:
    """The quotation mark that opens ``text``, or ""."""
    first = text.lstrip()[:1]
    return first if first in _QUOTATION_CLOSERS else ""


def _opens_with(text: str, mark: str) -> bool:
    """Whether ``text`` opens with ``mark``, or with it right after its number (as Word's numbering sets the
    number before a quoted paragraph's mark: "1. “Urges …")."""
    if text.lstrip().startswith(mark):
        return True
    marker = _marker(text) if mark in text[:12] else None
    return marker is not None and marker.rest.lstrip().startswith(mark)


def _closes_quotation(text: str, mark: str, opened: bool) -> bool:
    """Whether ``text`` closes the quotation that ``mark`` opened, in ``text`` (``opened``) or a paragraph before."""
    closer, open_before = _QUOTATION_CLOSERS[mark], 0 if opened else 1
    if closer == mark:
        return text.count(mark) % 2 == open_before
    return text.count(closer) - text.count(mark) >= open_before


def _quotations(pieces: list[_Piece], lang: str) -> dict[int, _Quotation]:
    """The resolutions and decisions quoted in full, by the index of each piece they span."""
    spans: dict[int, _Quotation] = {}
    index = 1
    while index < len(pieces):
        quotation = _quotation_at(pieces, index, lang) if _opening_mark(pieces[index].lines[0]) else None
        if quotation is None:
            index += 1
            continue
        spans.update(dict.fromkeys(range(quotation.first, quotation.last + 1), quotation))
        index = quotation.last + 1
    return spans


def _quotation_at(pieces: list[_Piece], index: int, lang: str) -> _Quotation | None:
    """The quotation opening at ``index``, where a paragraph ending in a colon introduces it and its first pieces
    are an acting body ("“The General Assembly,"), perhaps under the quoted title; up to the paragraph that closes
    it. Where each paragraph opens with the mark again, a quotation left open ends at the last one that does,
    before the text goes on unquoted; where only the first does (as Russian prints a quotation: «… / … / …»), one
    left open is no quotation."""
    mark = _opening_mark(pieces[index].lines[0])
    introduction = _join_lines(pieces[index - 1].lines)
    if _opening_mark(introduction) or _last_char(introduction) not in _COLONS:
        return None
    body = None
    for place in range(index, min(index + _PART_HEAD_PIECES, len(pieces) - 1)):
        text = _join_lines(pieces[place].lines).lstrip()
        inner = text[1:].lstrip() if text.startswith(mark) else text
        if _marker(inner) is not None or _closes_quotation(text, mark, text.startswith(mark)):
            return None  # (a paragraph quoted whole: "Recalling paragraph 5, which reads: / “We commit …”,")
        if _last_char(inner) in _COMMAS and len(inner) < _QUOTED_BODY_CHARS:
            body = place
            break
        if not _heading_like(inner, lang):
            return None
    if body is None:
        return None
    repeated, last = _opening_mark(pieces[body + 1].lines[0]) == mark, body
    for place in range(body + 1, len(pieces)):
        text = _join_lines(pieces[place].lines)
        opened = _opens_with(text, mark)
        if opened:
            last = place
        elif repeated and (_marker(text) is not None or _heading_like(text, lang)):
            break  # the quoting text goes on: its next paragraph, or the lines recording its adoption
        if _closes_quotation(text, mark, opened):
            return _Quotation(index, body, place, mark)
    return _Quotation(index, body, last, mark) if repeated else None


#: No quoted acting body is longer.
_QUOTED_BODY_CHARS = 200


def _closed_bracket(text: str) -> bool:
    """Whether ``text`` is in square brackets, opened at its start and closed at its end."""
    text = text.strip()
    return text[:1] in "[［" and text[-1:] in "]］" and text.count("[") + text.count("［") == 1


def _resolution_parts(pieces: list[_Piece]) -> dict[int, tuple[str, int]]:
    """The parts of a resolution in parts ("A", "B" … each with its own "The General Assembly,"), by the index of
    the piece holding the part's letter: its key ("B") and the index of its acting body. The letter stands alone
    on its line, or opens the part's title ("B. Assistance to persons displaced", "باء - …", as older General
    Assembly texts print it). Empty unless at least two letters, in order from "A", each head their own acting
    body a few pieces below (right below a title on the letter's line)."""
    parts: dict[int, tuple[str, int]] = {}
    for index, piece in enumerate(pieces):
        first = piece.lines[0]
        if len(piece.lines) == 1 and _is_part_letter(first):
            letter, reach = _PART_LETTER.match(first).group(1), _PART_HEAD_PIECES  # type: ignore[union-attr]
        elif _SECTION.match(first) and (titled := _part_with_title(piece)) is not None:
            letter, reach = titled.group(1) or titled.group(2) or titled.group(3), _PART_HEAD_PIECES - 1
        else:
            continue
        if numbering.section_letter_index(letter, len(parts)) != len(parts):
            continue
        body = _acting_body_after(pieces, index + 1, reach)
        if body is not None:
            parts[index] = (numbering.letter_key(len(parts)).upper(), body)
    return parts if len(parts) >= 2 else {}


def _part_with_title(piece: _Piece) -> re.Match[str] | None:
    """The match of a part's letter and the title after it on its first line ("B. Assistance …"), or None."""
    section = _SECTION.match(piece.lines[0])
    return section if section is not None and _heading_like(_join_lines(piece.lines), "") else None


def _split_part_heading(piece: _Piece) -> tuple[_Piece, str, _Piece | None]:
    """A part's heading cut into its letter (the piece and the letter as written, "B") and, where the letter opens
    the title's line, the title."""
    titled = _part_with_title(piece)
    if titled is None or (len(piece.lines) == 1 and _is_part_letter(piece.lines[0])):
        return piece, piece.lines[0].strip(), None
    cut = titled.start(4)
    letter, title = _cut_piece(piece, len(piece.lines[0][:cut].rstrip()), cut)
    return letter, titled.group(1) or titled.group(2) or titled.group(3), title


def _cut_piece(piece: _Piece, head_end: int, title_start: int) -> tuple[_Piece, _Piece]:
    """``piece`` cut in two on its first line: a heading up to ``head_end`` and its title from ``title_start`` (and
    the piece's other lines). Where the piece was read otherwise than the document writes it (a footnote marker in
    the title) and both start alike, each keeps the document's own text, cut at the same place."""
    first = piece.lines[0]
    source = piece.source if piece.source is not None and piece.source.startswith(first[:title_start]) else None
    head = _Piece([first[:head_end]], piece.line, piece.after_gap, source=None if source is None else source[:head_end])
    title = _Piece([first[title_start:], *piece.lines[1:]], piece.line, ends_full=piece.ends_full,
                   source=None if source is None else source[title_start:])
    return head, title


#: No acting body with its comma is longer.
_ACTING_BODY_CHARS = 400


def _reads_as_acting_body(text: str) -> bool:
    """Whether ``text`` reads as an acting body with its comma ("The General Assembly,"): short, ending in a comma,
    no document symbol."""
    return _last_char(text) in _BODY_COMMAS and len(text) < _ACTING_BODY_CHARS and not _SYMBOL_LINE.match(text)


#: The commas an acting body ends with (not the Chinese enumeration comma, which ends a line of a list or title).
_BODY_COMMAS = _COMMAS - {"、"}


def _acting_body_after(pieces: list[_Piece], start: int, reach: int = _PART_HEAD_PIECES) -> int | None:
    """Index of an acting-body line ("The General Assembly,") among the ``reach`` pieces from ``start``, or None."""
    for index in range(start, min(start + reach, len(pieces))):
        text = _join_lines(pieces[index].lines)
        if _marker(text) is not None or _PART_LETTER.match(text) or _part_with_title(pieces[index]) is not None:
            return None
        if _reads_as_acting_body(text) or _bare_body(pieces, index):
            return index
    return None


#: An acting body named with no comma after it, as the Economic and Social Council's resolutions print it over
#: their one operative paragraph ("The Economic and Social Council" / "Recommends to the General Assembly …:"):
#: the name of a principal organ, a commission or a conference of the parties, alone on its line.
_BARE_BODY = re.compile(
    r"^\s*(?:"
    r"(?:The\s+)?(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|"
    r"Commission\s+on\s+[A-Z][^,;:.]{0,80}|Conference\s+of\s+the\s+(?:States\s+)?Parties\b[^,;:.]{0,160})|"
    r"L[’']Assemblée\s+générale|Le\s+Conseil\s+(?:de\s+sécurité|économique\s+et\s+social|des\s+droits\s+de\s+l[’']homme)|"
    r"La\s+Commission\s+(?:des|de\s+la|du|pour)\s[^,;:.]{0,80}|La\s+Conférence\s+des\s+(?:États\s+)?Parties\b[^,;:.]{0,160}|"
    r"La\s+Asamblea\s+General|El\s+Consejo\s+(?:de\s+Seguridad|Económico\s+y\s+Social|de\s+Derechos\s+Humanos)|"
    r"La\s+Comisión\s+(?:de|sobre)\s[^,;:.]{0,80}|La\s+Conferencia\s+de\s+(?:los\s+)?(?:Estados\s+)?Partes\b[^,;:.]{0,160}|"
    r"Генеральная\s+Ассамблея|Совет\s+Безопасности|Экономический\s+и\s+Социальный\s+Совет|"
    r"Совет\s+по\s+правам\s+человека|Комиссия\s+по\s[^,;:.]{0,80}|Конференция\s+(?:Участников|государств-участников)\b[^,;:.]{0,160}|"
    r"(?:إن\s+)?(?:الجمعية\s+العامة|مجلس\s+الأمن|المجلس\s+الاقتصادي\s+والاجتماعي|مجلس\s+حقوق\s+الإنسان|"
    r"لجنة\s[^،؛:.]{0,80}|مؤتمر\s+(?:الدول\s+)?الأطراف\b[^،؛:.]{0,160})|"
    r"大会|安全理事会|经济及社会理事会|人权理事会|[^，。；：,;:]{1,40}委员会|[^，。；：,;:]{1,80}缔约(?:方|国)会议"
    r")\s*$"
)


def _bare_body(pieces: list[_Piece], index: int) -> bool:
    """Whether the piece at ``index`` is an acting body named with no comma after it: an organ's name alone on its
    line, over running text (its one operative paragraph)."""
    if index + 1 >= len(pieces) or len(pieces[index].lines) > 2:
        return False
    text = _join_lines(pieces[index].lines)
    if not _BARE_BODY.match(text):
        return False
    following = _join_lines(pieces[index + 1].lines)
    marker = _marker(following)
    return not _heading_like(following, "") and (marker is None or marker.kind == "numbered")


def _find_acting_body(pieces: list[_Piece], lang: str) -> int | None:
    """Index of the acting-body line ("The General Assembly,"), or None for a text with no preamble: below the
    front matter (symbol, title, and on a cover page the Organization, the organ, distribution, session and
    agenda item, each perhaps on its own line), before any numbered paragraph or running text."""
    item_title_end = 0  # where the title of a cover's agenda item ends, which may end in a comma ("… human rights, civil,")
    for index, piece in enumerate(pieces[:_FRONT_PIECES]):
        if index < item_title_end:
            continue
        text = _join_lines(piece.lines)
        if _AGENDA_LINE.match(text):
            item_title_end = index + 1 + _item_title(pieces, index + 1, set())
        if _marker(text) is not None or _draft_key(text) is not None:
            return None  # (the acting body of a draft that a report carries is the draft's)
        if len(text) <= _SALUTATION_CHARS and _SALUTATION.match(text):
            return None  # a letter
        if _reads_as_acting_body(text) and not _opening_mark(text):  # (not that of a resolution the text quotes)
            following = pieces[index + 1: index + 3]
            if following and not (piece.ends_full and following[0].after_gap):  # (not a sentence over a page break)
                return index
        if _bare_body(pieces, index):
            return index
        if len(text) > _FRONT_TEXT or _running_sentence(text):
            return None  # running text (a letter's "I have the honour to …"): the document has no preamble
    return None


def _text_below_number(pieces: list[_Piece], lang: str) -> int | None:
    """Index of the text of a decision or resolution with no acting body, right under its number line and title
    in the front matter ("Decision 67/1" / its title / "At its 8th meeting, … the Commission decided …" or
    "1. Decides …"); None where there is none, or where a numbered paragraph, a chapter or section heading or
    running text comes first."""
    for index, piece in enumerate(pieces[:_FRONT_PIECES]):
        text = _join_lines(piece.lines)
        if _marker(text) is not None or len(text) > _FRONT_TEXT or _heading(text, lang, -1) is not None:
            return None
        if _NUMBER_LINE.match(text):
            title, following = ([_join_lines(p.lines) for p in pieces[index + 1: index + 3]] + ["", ""])[:2]
            marker = _marker(following)
            below = _heading_like(title, lang) and following and not _heading_like(following, lang) and \
                (marker is None or marker.kind == "numbered")  # "1. Decides …" begins an operative part
            return index + 2 if below else None
    return None


#: A letter's salutation, which ends in a comma as an acting body does: "Excellency,", "Dear Mr. President,",
#: "Monsieur le Secrétaire général,", "Señor Presidente:", "Уважаемый господин Председатель,", "سيدي الرئيس،",
#: "秘书长阁下：", "尊敬的主席先生：".
_SALUTATION = re.compile(
    r"^\s*(?:(?:Sir|Madam|(?:Your\s+)?Excellency|Dear\s.*|Monsieur\b.*|Madame\b.*|Excellence|Señor\b.*|Señora\b.*|"
    r"Excelentísim[oa]\b.*|Excelencia|Уважаем\w+\s.*|Ваше [Пп]ревосходительство|Господин\s.*|سيدي\b.*|سيدتي\b.*|"
    r"(?:صاحب(?:ة)?\s+)?السعادة.*|سعادة\s.*)\s*[,:،]|.*阁下\s*[：:，,]|尊敬的.*[：:，,])\s*$",
    re.IGNORECASE,
)
_SALUTATION_CHARS = 80

#: How many pieces the front matter of a resolution may take at most, and how long one of them may be …
_FRONT_PIECES = 24
_FRONT_TEXT = 300
#: … and how wide (a Chinese character counting two) a sentence ending in a full stop may be: a wider one is
#: running text, as no title, cover or masthead line is.
_FRONT_SENTENCE = 60


def _running_sentence(text: str) -> bool:
    """Whether ``text``, in a document's front matter, is a sentence of running text: wide, ending in a full stop,
    and no note ("* Reissued for technical reasons on 5 May 2023.")."""
    return _last_char(text) in _SENTENCE_END and text.lstrip()[:1] not in "*[(" and \
        columns(" ".join(text.split())) >= _FRONT_SENTENCE  # (not the layout spaces of a masthead)


#: The heading of a draft resolution or decision that a report carries for adoption, alone on its line, with its
#: number where there are several: "Draft resolution II", "Projet de décision", "Проект резолюции I",
#: "决议草案二", "مشروع القرار الثاني".
_DRAFT_HEADING = re.compile(
    either_script(r"^\s*(?:(Draft resolution|Projet de résolution|Proyecto de resolución|Проект резолюции|مشروع (?:ال)?قرار|决议草案)|"
                   r"(Draft decision|Projet de décision|Proyecto de decisión|Проект решения|مشروع (?:ال)?مقرر|决定草案))")
    + r"\s*([IVXLC]+|\d{1,2}|[一二三四五六七八九十]{1,3}|" + "|".join(numbering.ARABIC_ORDINALS) + r")?"
    + _ONE_MARKER + r"*\s*$"
)
#: No draft's heading is longer.
_DRAFT_HEADING_CHARS = 40
#: The word that makes a number line a decision's: "Decision 11/2", "Решение 11/2", "المقرر 11/2", "第 11/2 号决定".
_DECISION_WORD = re.compile(either_script(rf"{_DECISION_WORDS}|决定"))


def _reproduced_key(text: str) -> str | None:
    """The key of the number line of a resolution or decision that a report reproduces: ``res11-1`` for
    "Resolution 11/1", ``dec11-2`` for "第 11/2 号决定", ``res2720-2023`` for "Resolution 2720 (2023)"; or None."""
    if len(text) > _DRAFT_HEADING_CHARS or not _NUMBER_LINE.match(text):
        return None
    return ("dec" if _DECISION_WORD.search(text) else "res") + "-".join(re.findall(r"\d+", text))


#: The number opening a resolution's title in the Assembly's compilations: "77/232. Strengthening …", "77/232 - تعزيز"
#: (and the Economic and Social Council's: "2023/19. …").
_NUMBERED_TITLE = re.compile(r"^\s*(\d{1,4})/(\d{1,4})\s*(?:\.|\s[-–—])\s+(?=\S)")


def _numbered_title_key(line: str) -> str | None:
    """The key of a resolution whose number opens its title's line: ``res77-232`` for "77/232. Strengthening …"."""
    match = _NUMBERED_TITLE.match(line) if line[:1].isdigit() or line[:1].isspace() else None
    return None if match is None else f"res{match.group(1)}-{match.group(2)}"


def _decision_text_after(pieces: list[_Piece], start: int, lang: str) -> bool:
    """Whether the piece at ``start`` is the text of a decision under its number and title ("At its 50th plenary
    meeting, … the General Assembly decided …"): running text, no heading, number line or numbered paragraph."""
    if start >= len(pieces):
        return False
    text = _join_lines(pieces[start].lines)
    return not _heading_like(text, lang) and _marker(text) is None and _numbered_title_key(text) is None


def _draft_key(text: str) -> str | None:
    """The key of a draft's heading: ``dr2`` for "Draft resolution II", ``dd1`` for "Draft decision"; or None."""
    match = _DRAFT_HEADING.match(text) if len(text) <= _DRAFT_HEADING_CHARS else None
    if match is None:
        return None
    try:
        number = numbering.ordinal_number(match.group(3)) if match.group(3) else 1
    except ValueError:
        return None  # "IIII"
    return f"{'dr' if match.group(1) else 'dd'}{number}"


def _heading_like(text: str, lang: str) -> bool:
    """Short, with no closing punctuation: a title or section heading rather than running text."""
    if _last_char(text) in _FINAL_OR_COMMA:
        return False
    limit = 100 if _CJK.search(text) else 260
    return len(text) <= limit


#: Joins two lines when the first ends inside a word broken with a hyphen, else None (see :func:`join_broken`).
_Mender = Callable[[str, str], "str | None"]


def _word_mender(text: str, lang: str) -> _Mender | None:
    """What joins words broken at line ends in ``text`` again, the document's own spellings as evidence (in a
    language that does not hyphenate, a hyphen at a line end stays, with no space: "COVID-" / "19"); None where no
    line ends with a hyphen after a letter or digit."""
    if not _BROKEN_WORD.search(text):
        return None
    spellings = Spellings.of(text) if lang in HYPHENATING_LANGUAGES else Spellings(frozenset(), frozenset())
    return partial(join_broken, lang=lang, spellings=spellings)


def _first_mended(*menders: _Mender | None) -> _Mender | None:
    """A mender that joins two lines as the first of ``menders`` that joins them does (None: none given)."""
    given = [mender for mender in menders if mender is not None]
    if len(given) <= 1:
        return given[0] if given else None

    def mend(joined: str, more: str) -> str | None:
        return next((mended for mender in given if (mended := mender(joined, more)) is not None), None)

    return mend


_BROKEN_WORD = re.compile(rf"\w[{HYPHENS}][ \t]*\n")  # (a quick test of the whole text)


def _script_spacer(text: str) -> _Mender | None:
    """What joins a line ending in a CJK character to one starting with a digit or Latin letter (or the reverse)
    as the text writes them inside its lines: with a space ("2006 年") or without ("2022年"), as the paragraph
    does, or where it says nothing, as the document does mostly; None for a text without CJK characters."""
    if not _CJK.search(text):
        return None

    @lru_cache(maxsize=1)
    def document_spaces() -> bool:
        spaced, close = _script_boundaries(text)
        return spaced > close

    def join(joined: str, more: str) -> str | None:
        if not (_CJK.match(joined[-1:]) and _ALNUM.match(more[:1]) or _ALNUM.match(joined[-1:]) and _CJK.match(more[:1])):
            return None
        spaced, close = _script_boundaries(joined + more)
        return joined + " " + more if spaced > close or (spaced == close and document_spaces()) else joined + more

    return join


def _script_boundaries(text: str) -> tuple[int, int]:
    """How often ``text`` puts a space between a CJK character and a digit or Latin letter, and how often not."""
    return len(_SPACED_SCRIPTS.findall(text)), len(_CLOSE_SCRIPTS.findall(text))


_ALNUM = re.compile(r"[0-9A-Za-z]")
_SPACED_SCRIPTS = re.compile(r"[\u3400-\u9fff][ \u00a0][0-9A-Za-z]|[0-9A-Za-z][ \u00a0][\u3400-\u9fff]")
_CLOSE_SCRIPTS = re.compile(r"[\u3400-\u9fff][0-9A-Za-z]|[0-9A-Za-z][\u3400-\u9fff]")


def _join_lines(lines: list[str], mend: _Mender | None = None) -> str:
    """Text of wrapped lines joined again (no space where either side is a CJK character or punctuation; a word
    broken at a line end made whole with ``mend``)."""
    return _joined([line.strip() for line in lines], mend)


# --- drafts → units -----------------------------------------------------------


def _unstretched(text: str) -> str:
    """``text`` without what stretches it on the page: the tatweels that stretch Arabic words (kashidas:
    "التعـــاون" is "التعاون"; a tatweel that is part of an abbreviation, "هـ", stays), and runs of spaces or
    tabs, which set out a plain-text layout's columns or a masthead's cells (one space is left)."""
    if "\u0640" in text:
        text = _TATWEELS.sub("", text)
    return _SPACE_RUN.sub(" ", text) if "  " in text or "\t" in text else text


_SPACE_RUN = re.compile(r"[ \t]*\t[ \t]*| {2,}")
#: Tatweels inside an Arabic word, between two of its letters.
_TATWEELS = re.compile(f"(?<={ARABIC_LETTER})\u0640+(?={ARABIC_LETTER})")


def _joined(texts: list[str], mend: _Mender | None = None) -> str:
    """The texts of a unit's pieces as one (no space where either side is a CJK character or punctuation; a word
    broken at a line or page end made whole with ``mend``)."""
    joined = texts[0]
    for more in texts[1:]:
        mended = mend(joined, more) if mend is not None else None
        if mended is not None:
            joined = mended
        else:
            glued = WIDE_CHARACTER.match(more[:1]) or WIDE_CHARACTER.match(joined[-1:]) or not joined or \
                _broken_at_slash(joined) and more[:1].isalnum()
            joined += more if glued else " " + more
    return joined


def _broken_at_slash(text: str) -> bool:
    """Whether ``text`` ends inside a word, symbol or date broken after its slash ("تشرين الأول/" / "أكتوبر",
    "CTOC/COP/WG.2/" / "2022/4"), not after a footnote marker of old documents ("Plan of Action, 1/" / "adopted")."""
    return text.endswith("/") and _BROKEN_AT_SLASH.search(text) is not None


_BROKEN_AT_SLASH = re.compile(r"(?:^|\s)\S*[^\W\d_]\S*/$")


def _row_cells(draft: _Draft) -> tuple[str, ...]:
    """The cells of a table's row, as its sentences: a translation tool's segments (the text of a cell wrapped in
    its column goes on in the row's last cell)."""
    first, *wrapped = "\n".join(draft.raws).split("\n")
    cells = [_unstretched(cell) for cell in _cells(first)]
    for line in wrapped:
        cells[-1] = _joined([cells[-1], _unstretched(line.strip())])
    return tuple(cells)


def _finish(draft: _Draft, text: str, refs: list[str], anchors: tuple[Anchor, ...], lang: str) -> Unit:
    return Unit(
        # inside a part of a resolution: B.op.2; the part's own heading: B
        id=(f"{draft.part}.{draft.id}" if draft.id else draft.part) if draft.part else draft.id,
        kind=draft.kind,
        text=text,
        raw="\n".join(draft.raws),
        sentences=_row_cells(draft) if draft.kind == "row" else tuple(split_sentences(text, lang)),
        footnote_refs=tuple(f"fn.{r}" for r in refs),
        anchors=anchors,
        line=draft.line,
        label=draft.label,
    )


def _footnote(piece: _Piece, mend: _Mender | None = None) -> tuple[str, str]:
    """The marker and the text of a footnote."""
    match = _FOOTNOTE_LINE.match(piece.lines[0])
    assert match is not None
    return match.group(1) or match.group(2), _join_lines([match.group(3)] + piece.lines[1:], mend)


def _footnote_unit(piece: _Piece, marker: str, text: str, anchors: tuple[Anchor, ...], lang: str) -> Unit:
    return Unit(
        id=f"fn.{_marker_value(marker)}",
        kind="footnote",
        text=text,
        raw=piece.raw,
        sentences=tuple(split_sentences(text, lang)),
        anchors=anchors,
        line=piece.line,
        label=marker,
    )


def _marker_value(marker: str) -> str:
    """The footnote number a marker stands for ("¹²" → "12"), or its asterisks ("**")."""
    if marker.startswith("*"):
        return marker
    return str(int("".join(_SUPERSCRIPT_VALUE.get(ch, ch) for ch in marker)))


def _strip_markers(text: str) -> tuple[str, list[str]]:
    """Text without footnote markers, and the marker numbers in order."""
    if not _MARKER_START.search(text):
        return text, []
    refs: list[str] = []
    parts: list[str] = []
    last = 0
    for match in _MARKER_IN_TEXT.finditer(text):
        refs.append(_marker_value(match.group(1) or match.group(2)))
        before = text[last:match.start()]
        if before.endswith(" ") and text[match.end():match.end() + 1] in {" ", ""}:
            before = before[:-1]
        parts.append(before)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), refs


def _dedupe_ids(units: list[Unit]) -> Iterator[Unit]:
    """Units with unique ids: a repeated id (e.g. two items "(c)" in one list) gets a suffix."""
    seen: dict[str, int] = {}
    for unit in units:
        count = seen.get(unit.id, 0)
        seen[unit.id] = count + 1
        if count:
            unit = Unit(**{**unit.__dict__, "id": f"{unit.id}~{count + 1}"})
        yield unit
