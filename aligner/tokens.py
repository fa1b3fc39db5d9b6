"""Word tokens for lexical matching between language versions.

A sentence becomes the set of its *content* tokens: words lowercased and
lightly stemmed, numbers in ASCII digits, function words left out, so that a
dictionary gloss, a glossary term and a running-text word meet on the same key.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from typing import Sequence

#: Languages written without spaces between words (cut with jieba).
UNSPACED_LANGUAGES: frozenset[str] = frozenset({"zh"})

#: Languages whose words can be compared letter by letter (cognates).
LATIN_LANGUAGES: frozenset[str] = frozenset({"en", "fr", "es"})
#: Look-alike words (cognates) have at least this many letters each, the same first two letters …
COGNATE_MIN_LETTERS = 5
#: … and a RapidFuzz ratio of at least this.
COGNATE_MIN_RATIO = 80

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_WORD = re.compile(r"^[a-z0-9][a-z0-9'’]*$")

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """a an the and or but nor of to in on at by for from with without into onto upon about over under
        as than then that this these those there here it its it's he him his she her hers they them their theirs
        we us our ours you your yours i me my mine who whom whose which what when where why how
        is are was were be been being am do does did done have has had having will would shall should can
        could may might must not no yes so if also too very just only all any some such each every
        both either neither one own same other another more most much many few less least
        up down out off again further once while until because though although whether
        s t d ll m re ve o don doesn didn isn aren wasn weren hasn haven hadn won wouldn shan shouldn can't
        couldn mustn mightn needn""".split()
    ),
    "fr": frozenset(
        """le la les l un une des du de d et ou mais ni car que qu qui quoi dont où à au aux en dans par pour
        sur sous avec sans chez entre vers ce cet cette ces c se s sa son ses leur leurs il elle ils elles
        on nous vous je j me m te t lui y ne n pas plus est sont été être a ont avait avoir fait faire
        comme si aussi tout tous toute toutes même autre autres""".split()
    ),
    "es": frozenset(
        """el la los las lo un una unos unas de del al y e o u pero ni que quien cual cuyo donde en por para
        con sin sobre entre hacia hasta desde su sus se le les nos os me te mi tu él ella ellos ellas
        es son fue ser ha han había haber está están como si también todo todos toda todas mismo otro otros
        no más muy""".split()
    ),
    "ru": frozenset(
        """и в во не на с со к ко о об от до по за из у же ли бы то как а но или что чтобы это этот эта эти
        его ее её их он она они оно мы вы я ты был была были быть есть для при""".split()
    ),
    "ar": frozenset("""في من على إلى عن مع أن إن أو و ثم قد لا ما هذا هذه ذلك التي الذي التي""".split()),
    "zh": frozenset(
        """的 了 着 过 是 在 和 与 及 或 也 都 就 又 还 而 并 但 却 把 被 让 给 向 从 对 于 以 为 之 其 这 那
        这个 那个 这些 那些 他 她 它 他们 她们 我 我们 你 你们 自己 一个 个 吗 呢 吧 啊 呀 么 所 者 得 地
        将 已 已经 不 没 没有 有 要 会 能 可以 则 即 等 上 下 中 里""".split()
    ),
}


@lru_cache(maxsize=4)
def load_opencc(config: str):  # -> opencc.OpenCC
    """An OpenCC converter with one of its bundled configurations ("t2s": Traditional to Simplified, "s2t" …)."""
    import opencc

    return opencc.OpenCC(config)


#: OpenCC's Simplified-to-Traditional standards: its own, Taiwan's, Hong Kong's. They differ on a few characters
#: (为: 爲, 為; 众: 衆, 眾; 着: 着, 著 …).
TRADITIONAL_STANDARDS: tuple[str, ...] = ("s2t", "s2tw", "s2hk")


def traditional_as_in(text: str, written: str) -> str:
    """``text`` (in Simplified characters) in Traditional ones, each character the standards of
    :data:`TRADITIONAL_STANDARDS` write differently written as the Traditional text ``written`` most often writes it
    (OpenCC's own standard where it writes none of them)."""
    forms = [load_opencc(config).convert(text) for config in TRADITIONAL_STANDARDS]
    if any(len(form) != len(forms[0]) for form in forms):
        return forms[0]
    chars = []
    for options in zip(*forms):
        choices = list(dict.fromkeys(options))
        chars.append(max(choices, key=lambda ch: (written.count(ch), ch == options[0])) if len(choices) > 1 else options[0])
    return "".join(chars)


#: Simplified characters of the Chinese words that structure, page furniture and anchors are found by (第 11/1 号决议,
#: 届会议, 议程项目, 第19条, 二十周年, 第 2 页 …), with the Traditional form a text in Traditional characters (read from
#: Big5, say) writes them in.
TRADITIONAL_FORMS: dict[str, str] = {
    "号": "號", "决": "決", "议": "議", "会": "會", "届": "屆", "体": "體", "项": "項", "条": "條", "临": "臨", "时": "時",
    "别": "別", "续": "續", "经": "經", "济": "濟", "权": "權", "联": "聯", "国": "國", "周": "週", "轮": "輪", "员": "員",
    "状": "狀", "与": "與", "两": "兩", "万": "萬", "亿": "億", "页": "頁",
}


def either_script(pattern: str) -> str:
    """``pattern`` matching its Chinese words in Simplified or Traditional characters (no character of
    :data:`TRADITIONAL_FORMS` may stand inside a character class of it)."""
    return "".join(f"[{ch}{TRADITIONAL_FORMS[ch]}]" if ch in TRADITIONAL_FORMS else ch for ch in pattern)


def simplified(text: str) -> str:
    """``text`` with Traditional Chinese characters converted to Simplified."""
    return load_opencc("t2s").convert(text)


#: Share of a Chinese text's Han characters that OpenCC's t2s changes from which it is written in Traditional ones.
_TRADITIONAL_SHARE = 0.02


def simplified_each(texts: Sequence[str]) -> list[str]:
    """Each of ``texts`` converted to Simplified characters, in one conversion where the texts allow it.

    OpenCC converts phrase by phrase and no phrase spans a line break, so
    texts joined by line breaks convert as they do one by one.
    """
    if any("\n" in t for t in texts):
        return [simplified(t) for t in texts]
    converted = simplified("\n".join(texts)).split("\n")
    return converted if len(converted) == len(texts) else [simplified(t) for t in texts]


def in_simplified_characters(texts: Sequence[str]) -> list[str]:
    """``texts`` (of one Chinese document) converted to Simplified characters where the document is written in
    Traditional ones (converted, or read from Big5): the word segmenter, the dictionaries and the reference list know
    the Simplified forms, as UN Chinese is written. A Simplified text with a few Traditional characters is left as
    it is."""
    converted = simplified_each(texts)
    han = sum(1 for text in texts for ch in text if "\u4e00" <= ch <= "\u9fff")
    changed = sum(a != b for text, new in zip(texts, converted) for a, b in zip(text, new))
    return converted if han and changed >= _TRADITIONAL_SHARE * han else list(texts)


#: French elided words, split off the word they stand before (l'entraide → l' entraide), as spaCy's French
#: tokenizer splits them.
_FRENCH_ELISIONS = r"(?:[cdjlmnstCDJLMNST]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu)['’]"


def blank_pipeline(lang: str):  # -> spacy.language.Language
    """A new blank spaCy pipeline for ``lang`` (a tokenizer only).

    French gets spaCy's multi-language tokenizer with French elisions split off: the French tokenizer's
    exceptions take seconds to compile, and the words they keep whole (abbreviations such as "av. J.-C.")
    matter neither to sentence ends nor to term candidates.
    """
    import spacy

    if lang != "fr":
        return spacy.blank(lang)
    from spacy.util import compile_prefix_regex

    nlp = spacy.blank("xx")
    nlp.tokenizer.prefix_search = compile_prefix_regex([_FRENCH_ELISIONS, *nlp.Defaults.prefixes]).search
    return nlp


@lru_cache(maxsize=1)
def load_russian_morphology():  # -> pymorphy3.MorphAnalyzer
    """pymorphy3's analyser of Russian, with the OpenCorpora dictionary its ``pymorphy3-dicts-ru`` wheel ships."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=1)
def load_jieba():  # -> the jieba module
    """jieba with its bundled dictionary loaded, and its progress messages silenced."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


#: The apostrophes a text may print (typographic ’, ‘ as some keyboards give it, the modifier letter ʼ) as the
#: straight one, which glossaries and reference lists often have: for ``str.translate``.
STRAIGHT_APOSTROPHES = str.maketrans("’‘ʼ", "'" * 3)
#: Characters two columns wide: CJK ideographs and punctuation, full-width forms.
WIDE_CHARACTER = re.compile(r"[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
#: An Arabic letter (the tatweel, which only stretches words, left out), as a regular-expression class.
ARABIC_LETTER = "[\u0620-\u063f\u0641-\u064a]"


def opens_quotations_with_right_mark(text: str) -> bool:
    """Whether a text opens its quotations with ” and closes them with “ (”…“, as UN Arabic prints them): its first
    curly double quotation mark is ”."""
    first = min((i for i in (text.find("”"), text.find("“")) if i >= 0), default=-1)
    return first >= 0 and text[first] == "”"


def columns(text: str) -> int:
    """Width of ``text`` in columns, as a fixed-pitch line shows it: a CJK character or full-width form takes two."""
    return len(text) + len(WIDE_CHARACTER.findall(text))


def fold(text: str) -> str:
    """Full-width forms to ASCII, lower case, accents removed (for Latin letters)."""
    text = unicodedata.normalize("NFKC", text).lower()
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ord(ch) > 0x36F)


_IRREGULAR_EN = {
    past: base
    for base, forms in {
        "be": "was were been", "begin": "began begun", "bring": "brought", "buy": "bought",
        "catch": "caught", "choose": "chose chosen", "come": "came", "do": "did done", "drink": "drank drunk",
        "drive": "drove driven", "eat": "ate eaten", "fall": "fell fallen", "feel": "felt", "fight": "fought",
        "find": "found", "fly": "flew flown", "forget": "forgot forgotten", "get": "got gotten",
        "give": "gave given", "go": "went gone", "grow": "grew grown", "have": "had", "hear": "heard",
        "hold": "held", "keep": "kept", "know": "knew known", "lead": "led", "leave": "left", "lose": "lost",
        "make": "made", "mean": "meant", "meet": "met", "pay": "paid", "run": "ran", "say": "said",
        "see": "saw seen", "sell": "sold", "send": "sent", "sit": "sat", "sleep": "slept", "speak": "spoke spoken",
        "stand": "stood", "take": "took taken", "teach": "taught", "tell": "told", "think": "thought",
        "throw": "threw thrown", "understand": "understood", "wear": "wore worn", "win": "won",
        "write": "wrote written", "arise": "arose arisen", "awake": "awoke awoken", "bear": "bore borne",
        "beat": "beaten", "become": "became", "bend": "bent", "bind": "bound", "bite": "bitten", "bleed": "bled",
        "blow": "blew blown", "break": "broke broken", "build": "built", "burn": "burnt", "cling": "clung",
        "creep": "crept", "deal": "dealt", "dig": "dug", "draw": "drew drawn", "dwell": "dwelt", "feed": "fed",
        "flee": "fled", "fling": "flung", "forbid": "forbade forbidden", "forgive": "forgave forgiven",
        "freeze": "froze frozen", "hang": "hung", "hide": "hid hidden", "kneel": "knelt", "lay": "laid",
        "leap": "leapt", "lend": "lent", "mistake": "mistook mistaken", "ride": "rode ridden", "ring": "rang rung",
        "seek": "sought", "shake": "shook shaken", "shine": "shone", "shoot": "shot", "show": "shown",
        "shrink": "shrank shrunk", "sing": "sang sung", "sink": "sank sunk", "slide": "slid", "spend": "spent",
        "spin": "spun", "spit": "spat", "spring": "sprang sprung", "steal": "stole stolen", "stick": "stuck",
        "sting": "stung", "stride": "strode", "strike": "struck stricken", "swear": "swore sworn",
        "sweep": "swept", "swim": "swam swum", "swing": "swung", "tear": "tore torn", "wake": "woke woken",
        "weave": "wove woven", "weep": "wept", "withdraw": "withdrew withdrawn", "undertake": "undertook undertaken",
        "child": "children", "man": "men", "woman": "women", "foot": "feet",
        "tooth": "teeth", "person": "people", "mouse": "mice",
    }.items()
    for past in forms.split()
}


def stem_en(word: str) -> str:
    """A crude English stem: irregular forms to their base, plural -s, -ed, -ing and a final -e removed."""
    word = _IRREGULAR_EN.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ied") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def _stem_romance(word: str) -> str:
    if len(word) > 3 and word[-1] in "sx" and word[-2] != word[-1]:
        word = word[:-1]
    return word


def normalise_word(word: str, lang: str) -> str:
    """The matching key of one word in ``lang``."""
    word = fold(word)
    if _DIGITS.fullmatch(word):
        return re.sub(r"[.,]", "", word)
    if lang == "en" or (lang in UNSPACED_LANGUAGES and _LATIN_WORD.match(word)):
        return stem_en(word)
    if lang in ("fr", "es"):
        return _stem_romance(word)
    return word


def words(sentence: str, lang: str) -> list[str]:
    """The words of ``sentence`` (jieba for Chinese), punctuation left out."""
    if lang in UNSPACED_LANGUAGES:
        text = unicodedata.normalize("NFKC", sentence)
        return [w for w in load_jieba().lcut(text) if _WORD.search(w)]
    return _WORD.findall(sentence)


def is_function_word(word: str, lang: str) -> bool:
    """True for a grammatical word of ``lang`` that carries no translatable content."""
    return fold(word) in _FUNCTION_WORDS.get(lang, frozenset())


def content_tokens(sentence: str, lang: str) -> frozenset[str]:
    """The set of matching keys of the content words of ``sentence``."""
    return frozenset(key for word in words(sentence, lang) if (key := word_key(word, lang)))


@lru_cache(maxsize=200_000)
def word_key(word: str, lang: str) -> str:
    """The matching key of one running-text word of ``lang``; ``""`` for a function word."""
    if lang == "en":  # she'd → she, Parties' → parties
        word = re.split(r"['’]", word)[0]
    elif lang == "fr":  # d'argent → argent
        word = re.split(r"['’]", word)[-1]
    if is_function_word(word, lang):
        return ""
    key = normalise_word(word, lang)
    if lang == "en" and key in _FUNCTION_WORDS["en"]:
        return ""
    return key


def look_alike(a: str, b: str) -> bool:
    """True when two lower-case words of Latin-script languages read as cognates (judges / juges, practitioners /
    praticiens): both of :data:`COGNATE_MIN_LETTERS` letters or more, the same first two letters, alike by
    :data:`COGNATE_MIN_RATIO`."""
    from rapidfuzz import fuzz

    return (len(a) >= COGNATE_MIN_LETTERS and len(b) >= COGNATE_MIN_LETTERS and a[:2] == b[:2] and a.isalpha()
            and b.isalpha() and fuzz.ratio(a, b, score_cutoff=COGNATE_MIN_RATIO) >= COGNATE_MIN_RATIO)
