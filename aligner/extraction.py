"""Arabic text that a PDF extractor gave out of reading order, set back in it.

``pdftotext`` (poppler) wraps each right-to-left line in an embedding and each stretch of figures or Latin letters
in a left-to-right one, whose pieces it gives in the order the page shows them, left to right: "‪ - 1‬يقر" for
"1 - يقر", "‪ ،2021‬" for "2021،", "‪19-‬" for "-19", "‪.4-2‬" for "2-4.". It also gives each lam-alef ligature's
two letters in the order they are drawn, alef first: "األمم" for "الأمم", "يالحظ" for "يلاحظ", "خالل" for "خلال".

:func:`in_reading_order` puts those pieces back in the line's order where the embeddings show them, and writes the
letters of a ligature lam first where the text shows the swap (word-initial "األ", "اال", which no Arabic word
begins with) and the place says which they are: two alefs in a row, a hamza's alef after a letter (not in the
root س-أ-ل of "مسألة"), an alef and a lam before a lam ("استقالل"), the words "ال", "وال", "إال". An alef and a
lam elsewhere inside a word stay as they are, for either may be meant: "ثالث" (third) is a word, and so is the
"ثلاث" (three) that pdftotext also gives as "ثالث". At a word's start, the text itself tells the preposition لـ
before a word opening with an alef from the article: "التفاقية" is "لاتفاقية" where "اتفاقية" is a word of the
text. Text so read keeps some misspelt words.
"""

from __future__ import annotations

import re

__all__ = ["in_reading_order"]

_ALEFS = "اأإآ"
#: A run the extractor set in an embedding of its own inside a right-to-left line, as it shows on the page.
_EMBEDDED = re.compile("\u202a([^\u202a\u202c\\n]*)\u202c")
#: What in such a run reads left to right: a figure, a symbol or a Latin word ("11/1", "2,225", "1.5",
#: "CTOC/COP/WG.3/2021/3", "COVID-19"), or Latin words one space apart ("United Nations"); a hyphen between two
#: figures parts them ("2-4" is two figures, which the page shows in the order of the line).
_LEFT_TO_RIGHT = re.compile(
    r"\w+(?:(?:[/.:]|(?<=\d),(?=\d)|(?<=[^\W\d_])-|-(?=[^\W\d_]))\w+)*"
    r"(?:[ ](?=[A-Za-z])\w+(?:(?:[/.:]|(?<=[^\W\d_])-|-(?=[^\W\d_]))\w+)*)*")


def _in_line_order(run: str) -> str:
    """An embedded run as the line reads it: its pieces (what reads left to right, and the spaces and punctuation
    between) in the opposite order, the punctuation turned round ("‪ ،2021‬" is "2021، ", "‪.4-2‬" is "2-4.",
    "‪ ،CTOC/COP/WG.3/2021/3 ³‬" is a footnote's "³ CTOC/COP/WG.3/2021/3، ")."""
    pieces, at = [], 0
    for match in _LEFT_TO_RIGHT.finditer(run):
        if match.start() > at:
            pieces.append(run[at:match.start()][::-1])
        pieces.append(match.group())
        at = match.end()
    if at < len(run):
        pieces.append(run[at:][::-1])
    return "".join(reversed(pieces))


#: A word opening with an alef and a ligature's letters in drawing order ("األمم", "واالتفاقية"), which no Arabic
#: word begins with, and one opening with the article before an alef ("الأمم"), which the swap leaves none of.
_SWAPPED_OPENING = re.compile(f"(?<![^\\W\\d_])[وفبك]?ا[{_ALEFS}]ل")
_ARTICLE_OPENING = re.compile(f"(?<![^\\W\\d_])[وفبك]?ال[{_ALEFS}]")
#: An alef and a lam.
_ALEF_LAM = re.compile(f"[{_ALEFS}]ل")
#: Letters that may stand before the article at a word's start ("والدول", "بالتعاون", "وبالتعاون").
_PREFIXES = frozenset({"", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"})


def _drawn_first(before: str, alef: str, after: str) -> bool:
    """Whether an alef and a lam, after the letters ``before`` of their word and before the letter ``after`` (""
    at the word's end), are a ligature's letters in drawing order: after another alef ("األمم", "إال"); a hamza's
    alef inside a word ("لألمم": "للأمم"), but not in "مسألة" and the words of its root; an alef before a second lam
    inside a word ("استقالل"), not the article's ("واللجنة"); the word "ال" ("لا"), alone or after a prefix
    ("وال": "ولا")."""
    if before[-1:] and before[-1] in _ALEFS:
        return True
    article_place = before in _PREFIXES
    if alef != "ا":
        return not article_place and before[-1:] != "س"
    if not after:
        return article_place
    return after == "ل" and not article_place


#: Evidence of the swap: at least this many words opening with it, and this many times those with the article.
_SWAP_EVIDENCE = 3
_SWAP_SHARE = 3


def in_reading_order(text: str) -> str:
    """``text`` with what an extractor put out of reading order in Arabic lines set back (see the module's
    description); ``text`` itself where it shows none of it."""
    if "ا" not in text:
        return text
    if "\u202b" in text and "\u202a" in text:
        text = _EMBEDDED.sub(lambda m: _in_line_order(m.group(1)), text)
    swapped = len(_SWAPPED_OPENING.findall(text))
    if swapped >= _SWAP_EVIDENCE and swapped >= _SWAP_SHARE * len(_ARTICLE_OPENING.findall(text)):
        text = _with_li_before_alef(_ligatures_lam_first(text))
    return text


#: A word opening with an alef and a lam, which may be the article or a ligature's letters drawn alef first, after a
#: prefix or none.
_AL_WORD = re.compile(f"(?<![^\\W\\d_])([وفب]?)([{_ALEFS}])ل([^\\W\\d_]{{3,}})(?![^\\W\\d_])")


def _with_li_before_alef(text: str) -> str:
    """``text`` with an alef and a lam at a word's start written lam first where the word without the lam is a word of
    the text: the preposition لـ before a word that opens with an alef ("التفاقية", of which "اتفاقية" is a word, is
    "لاتفاقية"; "ألغراض" is "لأغراض" where "أغراض" is a word). "الدول" stays, no "ادول" being one."""
    words = set(re.findall(r"[^\W\d_]+", text))
    return _AL_WORD.sub(lambda m: m.group(1) + "ل" + m.group(2) + m.group(3) if m.group(2) + m.group(3) in words
                        else m.group(0), text)


def _ligatures_lam_first(text: str) -> str:
    """``text`` with each alef and lam that :func:`_drawn_first` shows to be a ligature's letters written lam first."""
    chars = list(text)
    for match in _ALEF_LAM.finditer(text):
        start = match.start()
        word_start = start
        while word_start and text[word_start - 1].isalpha():
            word_start -= 1
        end = start + 2
        after = text[end] if end < len(text) and text[end].isalpha() else ""
        if _drawn_first(text[word_start:start], text[start], after):
            chars[start], chars[start + 1] = "ل", text[start]
    return "".join(chars)
