"""Term candidates in one language: word n-grams scored for termhood, with short forms linked.

Chinese text is cut into words by jieba (through spaCy's ``zh`` tokenizer);
the other languages use spaCy's rule-based tokenizers. Candidates are runs of
1–``max_words`` words inside a clause that neither start nor end with a
function word or a resolution-style verb; they are counted under a light
normalisation (case-folding except acronyms, singular/plural or stem merging)
and scored with the C-value, which lowers strings that only occur inside a
longer candidate. Chinese candidates that are general language or fragments
are left out: a phrase seen once whose first word only qualifies (有效, 持久,
早期) and whose head is no keyword of the document — a word used
significantly more than in general language, by log-likelihood against
jieba's dictionary counts; spans that cross a phrase boundary (a particle next
to another function word, a verb + object + 的 relative clause); two terms
joined by a conjunction (沟通和协调); a numbered meeting or session
(第十三次会议). English words on their own that read as adjectives (criminal,
never in the plural) and phrases ending in an adverb (discussed jointly) are
left out too. Names in 《…》 and “quoted” defined terms are kept as
candidates whatever their length, and a bracketed short form is linked to its
full form (``联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）``, ``… on Drugs
and Crime (UNODC)``). A Russian or Arabic candidate is given in its citation form
(:mod:`glossary.citation`), the forms the text uses kept with their counts.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Collection, Iterable, Sequence

from aligner.errors import GlossaryError
from aligner.tokens import STRAIGHT_APOSTROPHES, blank_pipeline, load_jieba
from glossary.citation import citation_form, russian_lemma

#: Languages the extractor knows.
LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")


@dataclass(frozen=True)
class Token:
    """One word of a text: surface form, counting key, character span, and its role at a term boundary."""

    text: str
    key: str
    start: int
    end: int
    stop: bool = False  # function word or resolution verb: may sit inside a term, never at its edge
    breaks: bool = False  # punctuation, number or symbol: no term runs across it


@dataclass(frozen=True)
class Candidate:
    """A term candidate in one language.

    ``key`` is the normalised form occurrences are counted under and ``text``
    its citation form: in Russian and Arabic the form a terminologist records
    (see :mod:`glossary.citation`), elsewhere the most frequent surface form;
    ``attested`` lists the surface forms seen with their counts, ``variants``
    those other than ``text``. ``termhood`` is the C-value; ``nested_in``
    the number of longer candidates that contain it. ``short_form`` names the
    abbreviation the text gives for it, ``expansion`` the full form when the
    candidate is itself a short form. ``marked`` is true when the text sets it
    off as a name or defined term (《…》, quotation marks, a bracketed short form).
    """

    text: str
    lang: str
    frequency: int
    termhood: float
    nested_in: int = 0
    key: str = ""
    words: tuple[str, ...] = ()
    short_form: str = ""
    expansion: str = ""
    marked: bool = False
    variants: tuple[str, ...] = ()
    standalone: int = 0  # occurrences not inside a longer candidate
    attested: tuple[tuple[str, int], ...] = ()  # surface forms seen and how often, most frequent first


# -- language data -----------------------------------------------------------------------------

#: Chinese words that never start or end a term: particles, conjunctions, prepositions, pronouns,
#: adverbs, words that date something to the present (现有 existing, 现行 current), and the verbs that
#: open UN resolution paragraphs.
ZH_BOUNDARY_WORDS: frozenset[str] = frozenset(
    """
    的 地 得 了 着 过 之 和 及 与 以及 或 或者 并 并且 而 且 而且 在 对 以 于 为 为了 由 从 向 将 把 给 同 跟
    等 等等 其 该 各 此 这 这些 这种 那 那些 本 每 某 中 上 下 内 外 时 后 前 间 之间 期间 方面 情况 也 又 还
    更 最 都 均 亦 即 再 已 已经 所 应 应当 可 可以 可能 能 能够 会 将会 须 必须 是 有 无 没有 不 非 包括 特别
    尤其 关于 根据 依照 按照 依据 通过 经过 进行 开展 加强 促进 确保 考虑 考虑到 利用 使用 以便 以期 以免 从而
    因此 为此 如何 如果 是否 所有 任何 其他 其它 一个 一种 一项 一套 这类 此类 有关 相关 适当 酌情 除 除其他外
    各项 各种 各类 各个 所有 一切 一些 这一 该项 此类 这类 到 因 就 题为 举行 载于 所载 列明 供 同时 年 月 日 号 第 条 款 项 段 次 届 卷 鼓励 大力 注意 注意到 回顾 请 重申 欢迎 认识到 促请 吁请 敦促 核可 决定 强调 表示 赞赏 邀请 铭记 申明 确认 欣见
    现有 现行 当前 目前
    """.split()
)

#: Resolution-style verbs and adverbs of the other languages, added to spaCy's stop words at term edges.
EXTRA_BOUNDARY_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """encouraged encourages encourage encouraging recalling recalls noting notes welcoming welcomes
        reaffirming reaffirms urges urged requests requested invites invited endorses endorsed decides decided
        recognizing recognizes emphasizing stresses stressing also further strongly particular inter alia
        possible appropriate relevant related including involved entitled held adopted contained should
        make made use used using take taken promote enhance ensure ensuring consider facilitate strengthen
        strengthening establish establishing accordance regard view line light
        thereto thereof therein thereby hereto hereof herein hereby whereby""".split()
    ),
    "fr": frozenset(
        """encourage encouragés encouragées encouragé invite invités notant rappelant réaffirmant prie
        exhorte approuve décide reconnaissant saluant également outre particulier notamment possible
        approprié pertinents pertinentes relatives relatifs concernant intitulée intitulé tenue tenu adoptées
        adoptés figurant doivent devraient conformément contre selon renforcer renforcement promouvoir""".split()
    ),
    "es": frozenset(
        """alienta alientan alentar invita notando recordando reafirmando insta exhorta hace suya decide
        reconociendo acogiendo asimismo además particular especial posible apropiado pertinentes relacionados
        relativas titulada titulado celebrada celebrado aprobadas aprobados figuran deberían conformidad contra según
        sujeción fortalecer fortalecimiento promover""".split()
    ),
    "ru": frozenset(
        """призывает рекомендуется рекомендуют предлагает отмечая ссылая ссылаясь подтверждая настоятельно
        одобряет постановляет признавая приветствуя также далее частности возможности надлежащим соответствующих
        озаглавленное озаглавленной состоявшейся принятые содержащиеся следует соответствии
        проведение проведения проведению проведении обеспечение обеспечения обеспечению укрепление укрепления
        укреплению числе путем путём""".split()
    ),
    "ar": frozenset(
        """يشجع تشجع تشجيع يلاحظ يشير يؤكد يحث يدعو يقرر يقر يرحب أيضا كذلك لا سيما خاصة المعنون المعنونة
        المعقود المعقودة الواردة المتصلة ذات الصلة ينبغي وفقا وفقاً طبقا طبقاً غيره غيرها غيرهم غيرهن وغيره وغيرها
        وغيرهم وغيرهن تعزيز وتعزيز تيسير وتيسير ضمان وضمان لفائدة لصالح""".split()
    ),
}

#: Words that never stand inside a term: aspect particles, modal and auxiliary verbs, pronouns.
NEVER_INSIDE: dict[str, frozenset[str]] = {
    "zh": frozenset("了 着 过 应 应当 应该 可 可以 还 也 又 将 已 已经 所 必须 须 能够 可能 都 均 而 是 其 该 这 这些 那些".split()),
    "en": frozenset("""is are was were be been being should may might can could would will shall must that which who
        whom whose it its their they them this these those we our you your he she his her""".split()),
    "fr": frozenset("est sont être été doit doivent peut peuvent devrait devraient qui que qu' il ils elle elles leur leurs ce cette ces".split()),
    "es": frozenset("es son ser sido debe deben puede pueden debería deberían que quien su sus este esta estos estas ese esa "
                    "esos esas aquel aquella aquellos aquellas".split()),
    "ru": frozenset("является являются быть был была были должен должны может могут который которые которая это этот эти их его ее".split()),
    "ar": frozenset("هو هي هم التي الذي الذين ينبغي يجب يمكن قد كان كانت هذا هذه تلك ذلك".split()),
}
#: Words that point to what a text lists below or named above ("the following resolutions", "上述决议"): they
#: stand in no term either.
_POINTING = {
    "zh": "以下 下列 如下 上述 前述",
    "en": "following aforementioned above-mentioned abovementioned",
    "fr": "suivant suivants suivante suivantes susmentionné susmentionnés susmentionnée susmentionnées",
    "es": "siguiente siguientes mencionado mencionados mencionada mencionadas",
    "ru": "следующий следующая следующее следующие следующего следующей следующих следующему следующим следующую "
          "следующими вышеупомянутый вышеупомянутая вышеупомянутое вышеупомянутые вышеупомянутых",
    "ar": "التالية التالي الآتية الآتي المذكورة المذكور",
}
NEVER_INSIDE = {lang: words | frozenset(_POINTING[lang].split()) for lang, words in NEVER_INSIDE.items()}

#: Characters that are function words on their own; a Chinese word made only of them (还应, 并且) is one too.
_ZH_FUNCTION_CHARS = frozenset("的地得了着过之和及与或并而且在对以于为由从向将把给同跟等其该各此这那本每某也又还更最都均亦即再已所应可能会须必是有无不非")

#: Content words that spaCy's English stop list contains but UN terms need ("serious crime", "full respect").
EN_CONTENT_WORDS: frozenset[str] = frozenset(
    "serious full whole part amount call give show move front back side top bottom name fire empty bill".split()
)

#: Month names: dates are anchors, not terms, so a month never starts or ends a term.
MONTHS: dict[str, frozenset[str]] = {
    "en": frozenset("january february march april may june july august september october november december".split()),
    "fr": frozenset("janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()),
    "es": frozenset("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()),
    "ru": frozenset("""январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь января февраля
        марта апреля мая июня июля августа сентября октября ноября декабря""".split()),
    "ar": frozenset("""يناير فبراير مارس أبريل مايو يونيه يونيو يوليه يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط
        آذار نيسان أيار حزيران تموز آب أيلول تشرين""".split()),
}

#: Chinese words that may open a term but never close it (被判刑人员, not …移交被).
ZH_NOT_AT_END: frozenset[str] = frozenset("被 使 让 令".split())

#: An ordinal with the counter of occurrences or sessions (第十三次, 第三届): a numbered meeting or session
#: is an event, not a concept (第六委员会, without a counter, stays).
_ZH_OCCURRENCE_ORDINAL = re.compile("第[〇零一二三四五六七八九十百千两0-9０-９]+[次届]")

_SNOWBALL = {"ru": "russian", "ar": "arabic"}
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9\-]*[A-ZА-ЯЁ0-9]$")
_CJK = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise GlossaryError(f"no term extraction for language {lang!r} (known: {', '.join(LANGUAGES)})")


@lru_cache(maxsize=8)
def _nlp(lang: str, user_words: frozenset[str] = frozenset()):
    """A cached spaCy tokenizer pipeline (see :func:`aligner.tokens.blank_pipeline`); for Chinese a jieba
    segmenter with its own user dictionary."""
    import spacy

    if lang != "zh":
        return blank_pipeline(lang)
    jieba = load_jieba()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    if user_words:
        segmenter = jieba.Tokenizer()
        for word in sorted(user_words):
            segmenter.add_word(word)
        nlp.tokenizer.jieba_seg = segmenter
    return nlp


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    if lang == "zh":
        return ZH_BOUNDARY_WORDS
    words = {w.lower() for w in _spacy_stop_words(lang)} - (EN_CONTENT_WORDS if lang == "en" else frozenset())
    return frozenset(words | EXTRA_BOUNDARY_WORDS.get(lang, frozenset()) | MONTHS.get(lang, frozenset()))


def _spacy_stop_words(lang: str) -> set[str]:
    """spaCy's stop words of ``lang``, read from their own module file: importing ``spacy.lang.fr`` would
    compile the French tokenizer's exceptions (seconds of work) first."""
    import importlib.util

    import spacy

    path = Path(spacy.__file__).parent / "lang" / lang / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"hexalign_spacy_stop_words_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.STOP_WORDS


@lru_cache(maxsize=None)
def _stemmer(lang: str):
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer(_SNOWBALL[lang])


def singular_en(word: str) -> str:
    """English singular of a lower-case word by spelling rules (``bodies`` → ``body``)."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ics", "series", "species")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def word_key(word: str, lang: str) -> str:
    """The form a word is counted under: case-folded (acronyms kept), singular in en/fr/es, its dictionary form in ru,
    stemmed in ar."""
    word = unicodedata.normalize("NFC", word).translate(STRAIGHT_APOSTROPHES)
    if lang == "zh":
        return word
    if _ACRONYM.match(word):
        return word
    low = word.lower()
    if lang == "en":
        return singular_en(low)
    if lang in ("fr", "es"):
        if len(low) > 3 and low[-1] in "sx" and not low.endswith("ss"):
            return low[:-1]
        return low
    if lang == "ru" and (lemma := russian_lemma(low)) is not None:
        return lemma
    if lang in _SNOWBALL:
        return _stemmer(lang).stem(low)
    return low


def _is_break(text: str, lang: str) -> bool:
    if lang == "zh":
        return not _CJK.match(text.strip(_NAME_DOTS) and re.sub(f"[{_NAME_DOTS}]", "", text))
    letters = [c for c in text if c.isalpha()]
    return not letters or any(c.isdigit() for c in text) and not _ACRONYM.match(text)


#: The apostrophes spaCy's tokenizers do not split an elision at, as the typographic one, which they do.
_AS_TYPOGRAPHIC = str.maketrans("‘ʼ", "’’")


def tokenize(text: str, lang: str, user_words: Iterable[str] = ()) -> list[Token]:
    """Words of ``text`` with their counting keys; Chinese cut by jieba with ``user_words`` added."""
    _check_lang(lang)
    nlp = _nlp(lang, frozenset(user_words) if lang == "zh" else frozenset())
    stops = _stop_words(lang)
    tokens = []
    low = ""
    # the tokenizer splits an elision ("d’enquête") at the apostrophes it knows: the others are read as ’ there
    for tok in _joined_hyphens(nlp.make_doc(text if lang == "zh" else text.translate(_AS_TYPOGRAPHIC)), lang):
        surface = text[tok.idx:tok.idx + len(tok.text)]  # as the text prints it
        if not surface.strip():
            continue
        breaks = _is_break(surface, lang)
        key = surface if breaks else word_key(surface, lang)
        if lang == "zh":
            stop = not breaks and (surface in stops or all(ch in _ZH_FUNCTION_CHARS for ch in surface))
        else:
            before, low = low, surface.lower().translate(STRAIGHT_APOSTROPHES)
            # in Arabic, a function word may carry the conjunction و or ف (ووفقا: and according to)
            stop = not breaks and (low in stops or (lang == "ar" and low[:1] in "وف" and low[1:] in stops)
                                   or (lang == "ru" and _RU_INFINITIVE.search(low) is not None)
                                   or (lang == "es" and (before in _ES_BEFORE_VERB
                                                         or _ES_GERUND.search(low) is not None
                                                         or _ES_ADVERB.search(low) is not None)))
        tokens.append(Token(surface, key, tok.idx, tok.idx + len(surface), stop, breaks))
    return tokens


_NAME_DOTS = "·・•"

#: Spanish words after which a content word is a verb (a que promuevan, que se utilicen), and Spanish gerunds
#: (utilizando, teniendo) and adverbs: never a term's first or last word.
_ES_BEFORE_VERB = frozenset("que se".split())
_ES_GERUND = re.compile(r"^\w{3,}(?:ando|iendo|yendo)$")
#: A Spanish adverb in -mente (eficazmente, plenamente), never a term's first or last word.
_ES_ADVERB = re.compile(r"^\w{4,}mente$")

#: A Russian infinitive (содействовать, обеспечить, обмениваться): the verb of a resolution's clause, never a
#: term's first or last word. Nouns in -сть (деятельность, часть) and short words (сеть, мать) are left out; the
#: few longer nouns of these endings (печать, память) are taken for verbs too, and may still stand inside a term.
_RU_INFINITIVE = re.compile(r"^(?=\w{6,}$)\w*(?:[аяиеу]ть|ться|тись)$(?<!сть)")


@dataclass(frozen=True)
class _Piece:
    text: str
    idx: int


def _joined_hyphens(doc, lang: str) -> list[_Piece]:
    """spaCy tokens, with words joined by a hyphen (capacity-building, open-ended) or, in Chinese, by the
    middle dot of transcribed names (纳尔逊·曼德拉) kept as one word."""
    pieces: list[_Piece] = []
    for tok in doc:
        if lang == "zh" and pieces and (tok.text in _NAME_DOTS or pieces[-1].text[-1:] in _NAME_DOTS) \
                and pieces[-1].idx + len(pieces[-1].text) == tok.idx and pieces[-1].text[:1] not in _NAME_DOTS:
            pieces[-1] = _Piece(pieces[-1].text + tok.text, pieces[-1].idx)  # 纳尔逊·曼德拉 is one name
        elif (lang != "zh" and pieces and tok.text not in ("-",) and pieces[-1].text.endswith("-")
                and pieces[-1].idx + len(pieces[-1].text) == tok.idx and tok.text[:1].isalpha()
                and len(pieces[-1].text) > 1):
            pieces[-1] = _Piece(pieces[-1].text + tok.text, pieces[-1].idx)
        elif (lang != "zh" and tok.text == "-" and pieces and pieces[-1].idx + len(pieces[-1].text) == tok.idx
              and pieces[-1].text[-1:].isalpha()):
            pieces[-1] = _Piece(pieces[-1].text + "-", pieces[-1].idx)
        else:
            pieces.append(_Piece(tok.text, tok.idx))
    return pieces


def join_key(keys: Sequence[str], lang: str) -> str:
    """The key of a multi-word term from its word keys."""
    return ("" if lang == "zh" else " ").join(keys)


def term_key(term: str, lang: str, user_words: Iterable[str] = ()) -> str:
    """The counting key of any term string, as :func:`extract_candidates` and :func:`term_counts` use it."""
    return join_key([t.key for t in tokenize(term, lang, user_words) if not t.breaks or t.text.isalnum()], lang)


def _runs(tokens: Sequence[Token]) -> list[list[Token]]:
    """Maximal runs of word tokens between breaks (punctuation, numbers, symbols)."""
    runs, current = [], []
    for tok in tokens:
        if tok.breaks:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(tok)
    if current:
        runs.append(current)
    return runs


#: Chinese words that make the noun after them an attribute (有组织 organized, 有条件 conditional, 无国籍
#: stateless): a term may open with one when two words or more follow (有组织犯罪); before a single word,
#: 有 is more often the verb "have" (有义务).
ZH_ATTRIBUTIVE_PREFIXES: frozenset[str] = frozenset("有 无".split())


def _acceptable(span: Sequence[Token], lang: str, max_inner_stops: int) -> bool:
    if span[0].stop and not (lang == "zh" and len(span) >= 3 and span[0].text in ZH_ATTRIBUTIVE_PREFIXES
                             and not span[1].stop) or span[-1].stop:
        return False
    if lang == "zh" and (span[-1].text in ZH_NOT_AT_END or _zh_clause_fragment(span)
                         or _ZH_OCCURRENCE_ORDINAL.search("".join(t.text for t in span))):
        return False
    if sum(t.stop for t in span) > max_inner_stops:
        return False
    never = NEVER_INSIDE.get(lang, frozenset())
    if any((t.text if lang == "zh" else t.text.lower()) in never for t in span):
        return False
    if len(span) == 1:
        word = span[0].text
        if lang == "zh":
            return len(word) >= 2
        return len(word) >= 3 or bool(_ACRONYM.match(word))
    if lang != "zh" and span[0].text in ("'", "-") or span[-1].text.endswith("'"):
        return False
    return True


#: Chinese coordinating conjunctions. (Not applied to other languages: their translations render one
#: term as two coordinated words, "détection et répression" for 执法 / law enforcement.)
ZH_CONJUNCTIONS: frozenset[str] = frozenset("和 与 及 以及 或 或者 并".split())

#: Chinese structural particles that link a modifier to its head.
_ZH_LINKERS = frozenset("的 之".split())


def _zh_clause_fragment(span: Sequence[Token]) -> bool:
    """A Chinese span that crosses a phrase boundary: a linking particle next to another function word
    (出现的和不断演变, 联合调查的所有阶段), or a relative clause — a verb, its object, 的 — with or
    without the noun it describes (涉及特殊侦查手段的国际合作)."""
    for left, right in zip(span, span[1:]):
        if (left.text in _ZH_LINKERS and right.stop) or (right.text in _ZH_LINKERS and left.stop):
            return True
    return any(t.text in _ZH_LINKERS for t in span[1:-1]) and zh_word_class(span[0].text) == "v"


#: "Other" after a conjunction opens a noun phrase of its own (执法官员或其他从业人员, law enforcement
#: officers or other practitioners): conjunctions, then the words for "other", of each language.
_BEFORE_OTHER: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    lang: (frozenset(conjunctions.split()), frozenset(other.split())) for lang, conjunctions, other in (
        ("zh", " ".join(ZH_CONJUNCTIONS), "其他 其它"),
        ("en", "and or", "other"),
        ("fr", "et ou", "autre autres"),
        ("es", "y e o u", "otro otra otros otras"),
        ("ru", "и или", "другой другая другое другие другого других другому другим другими другом иной иные иных "
                        "иным иными прочие прочих прочим прочими"),
        ("ar", "أو", "غيره غيرها غيرهم غيرهن"),
    )
}
#: Arabic "and other(s)" written as one word (السلطات المركزية وغيرها من السلطات).
_AR_AND_OTHER = frozenset("وغيره وغيرها وغيرهم وغيرهن".split())


def two_terms(words: Sequence[str], lang: str = "zh") -> bool:
    """True when ``words`` are two terms joined by a conjunction rather than one term: a phrase and
    "other" phrases (中央机关和其他主管机关, central authorities and other competent authorities) and, in
    Chinese, two bare words (沟通和协调, 协定或安排) or two phrases with the same head (法律问题和实际问题)."""
    conjunctions, other = _BEFORE_OTHER.get(lang, (frozenset(), frozenset()))
    # in English and Russian, one word before may be an adjective the head after "other" shares (центральные и
    # другие органы); French and Spanish put such adjectives after the noun
    first = 2 if lang in ("en", "ru") else 1
    if any(words[k].lower() in conjunctions and words[k + 1].lower() in other for k in range(first, len(words) - 2)):
        return True
    if lang == "ar" and any(w in _AR_AND_OTHER for w in words[1:-1]):
        return True
    if lang != "zh":
        return False
    at = [k for k, w in enumerate(words) if w in ZH_CONJUNCTIONS]
    if not at or at[-1] in (0, len(words) - 1):
        return False
    before = [w for w in words[:at[-1]] if w not in ZH_BOUNDARY_WORDS]
    after = [w for w in words[at[-1] + 1:] if w not in ZH_BOUNDARY_WORDS]
    if not before or not after:
        return False
    return (len(before) == 1 and len(after) == 1) or before[-1] == after[-1]


#: Lower-case words that may join the capitalised words of one name ("Office on Drugs and Crime").
_NAME_JOINERS: frozenset[str] = frozenset(
    "of on and against for the de des du la le les et contre sur pour del el y las los contra sobre para по и против".split()
)


def _names(run: Sequence[Token], lang: str) -> list[int]:
    """For each word of a run, the number of the capitalised name it belongs to (-1 for none)."""
    ids = [-1] * len(run)
    if lang in ("zh", "ar"):
        return ids
    current, last_cap = -1, -2
    stops = _stop_words(lang)
    for i, tok in enumerate(run):
        if tok.text[:1].isupper() and not (tok.stop and tok.text.lower() in stops and not _ACRONYM.match(tok.text)):
            if last_cap >= 0 and all(run[k].text.lower() in _NAME_JOINERS for k in range(last_cap + 1, i)):
                for k in range(last_cap + 1, i + 1):
                    ids[k] = current
            else:
                current += 1
                ids[i] = current
            last_cap = i
    return ids


def _spans(run: Sequence[Token], lang: str, max_words: int):
    """Acceptable term spans of a run as (start, end) pairs; a span never cuts a capitalised name in two."""
    names = _names(run, lang)
    for i in range(len(run)):
        if i > 0 and names[i] >= 0 and names[i - 1] == names[i]:
            continue
        for j in range(i + 1, min(len(run), i + max_words) + 1):
            if j < len(run) and names[j - 1] >= 0 and names[j] == names[j - 1]:
                continue
            if _acceptable(run[i:j], lang, 2):
                yield i, j


def default_max_words(lang: str) -> int:
    """Longest candidate in words: 6 Chinese words, 8 words elsewhere (UN names run long)."""
    return 6 if lang == "zh" else 8


def term_counts(text: str, lang: str, keys: Iterable[str] | None = None, *, max_words: int | None = None,
                user_words: Iterable[str] = (), tokens: Sequence[Token] | None = None) -> Counter:
    """How often each term key occurs in ``text`` (all acceptable n-grams, or only ``keys``).

    Longer keys in ``keys`` (names of more than ``max_words`` words) are found too.
    """
    wanted = set(keys) if keys is not None else None
    max_words = max_words or default_max_words(lang)
    if wanted:
        longest = max(len(k.split(" ")) if lang != "zh" else max_words for k in wanted)
        max_words = max(max_words, longest)
    toks = list(tokens) if tokens is not None else tokenize(text, lang, user_words)
    counts: Counter = Counter()
    for run in _runs(toks):
        keys_ = [t.key for t in run]
        if wanted is None:
            for i, j in _spans(run, lang, max_words):
                counts[join_key(keys_[i:j], lang)] += 1
            continue
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + max_words) + 1):
                key = join_key(keys_[i:j], lang)
                if key in wanted:
                    counts[key] += 1
    if wanted is not None and lang == "zh":
        # names longer than max_words words (《…》 titles) are matched on the text itself
        squeezed = re.sub(r"\s+", "", text)
        for key in wanted:
            if len(key) > 12 and key not in counts:
                found = squeezed.count(key)
                if found:
                    counts[key] = found
    return counts


# -- marked terms: 《names》, “defined terms”, bracketed short forms -----------------------------


def _marked_spans(text: str, lang: str, max_words: int) -> list[str]:
    """Names in 《…》 and short quoted terms (at most ``max_words`` words, no inner punctuation)."""
    found = []
    for m in re.finditer(r"《([^《》]{2,60})》", text):
        found.append(m.group(1))
    for m in re.finditer(r"[“«\"]([^“”«»\"]{2,80})[”»\"]", text):
        inner = m.group(1).strip()
        if re.search(r"[，,。.;；:：、《》()（）\d]", inner):
            continue
        words = len(inner) // 2 if lang == "zh" else len(inner.split())
        if 1 <= words <= max_words:
            found.append(inner)
    return found


def _letters(text: str) -> str:
    return "".join(c.lower() for c in text if c.isalnum())


def _initials_match(short: str, words: Sequence[str]) -> bool:
    """Schwartz–Hearst style test: the short form's letters appear in order in ``words``, the first at a word start."""
    letters = _letters(short)
    if not letters or not words:
        return False
    long_text = " ".join(w.lower() for w in words)
    i = len(long_text) - 1
    for j in range(len(letters) - 1, -1, -1):
        ch = letters[j]
        while i >= 0 and (long_text[i] != ch or (j == 0 and i > 0 and long_text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return long_text.split(" ")[0][:1] == letters[0]


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _short_form_pairs(text: str, lang: str, tokens: Sequence[Token], counts: Counter) -> list[tuple[str, str]]:
    """(full form key, short form) for each ``full form (short form)`` or ``short form (full form)`` in the text."""
    pairs = []
    for m in re.finditer(r"[（(]([^（）()]{1,80})[）)]", text):
        inner = m.group(1).strip()
        if not inner or re.fullmatch(r"[\w]{1,2}|[ivxlc]+|\d.*", inner, flags=re.I) and not _ACRONYM.match(inner):
            continue
        # the word run right before the bracket
        run: list[Token] = []
        for tok in reversed([t for t in tokens if t.end <= m.start()]):
            if tok.breaks or (run and run[0].start - tok.end > 1):
                break
            run.insert(0, tok)
        if not run:
            continue
        inner_words = inner.split()
        if len(inner_words) >= 3 and _ACRONYM.match(run[-1].text) and lang != "zh":
            # SHERLOC (Mise en commun de ressources …): short form first, full form in brackets
            pairs.append((term_key(inner, lang), run[-1].text))
            continue
        full = _pick_full_form(inner, run, lang, counts)
        if full:
            pairs.append((full, inner))
    return pairs


def _surface_of(key: str, tokens: Sequence[Token], text: str, lang: str) -> str:
    """The text of the first token run whose key is ``key``, or ``""``."""
    keys = [t.key for t in tokens]
    size = len(key) if lang == "zh" else len(key.split(" "))
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + (size if lang != "zh" else 12)) + 1):
            if join_key(keys[i:j], lang) == key:
                return text[tokens[i].start:tokens[j - 1].end]
    return ""


def _pick_full_form(short: str, run: Sequence[Token], lang: str, counts: Counter) -> str:
    """The key of the words before a bracket that ``short`` abbreviates, or ``""``.

    Chinese: the most frequent word run that contains the short form's characters in
    order. Other languages: the shortest run whose letters spell the short form
    (Schwartz–Hearst), taken back to the capitalised word right before it where it
    starts in lower case or an article comes before that word (l'Organisation
    internationale de police criminelle, la Organización Internacional de Policía
    Criminal (INTERPOL)), else — for a short form in another script or a name such as
    ЮНОДК, Интерпол, المكتب — the name right before the bracket.
    """
    stops = _stop_words(lang)
    spans = [run[i:] for i in range(len(run) - 1, max(-1, len(run) - 13), -1) if not run[i].stop]
    if lang == "zh":
        if not _CJK.match(short.replace("·", "")):
            return ""
        options = [(counts.get(join_key([t.key for t in span], lang), 0), -len(span), span) for span in spans
                   if len(short) < len("".join(t.text for t in span)) and _subsequence(short, "".join(t.text for t in span))]
        return join_key([t.key for t in max(options, key=lambda o: o[:2])[2]], lang) if options else ""
    if len(short.split()) != 1:
        return ""
    for span in spans:  # shortest first
        words = [t.text for t in span]
        if len(words) > 1 and _initials_match(short, words) and short[:1].isupper():
            before = len(run) - len(span) - 1
            if before >= 0 and run[before].text[:1].isupper() and not run[before].stop \
                    and (not words[0][:1].isupper() or (before > 0 and run[before - 1].stop)):
                span = run[before:]
            return join_key([t.key for t in span], lang)
    if lang == "ar":
        head = re.sub(r"^(ال|لل)", "", short)
        for span in spans:
            if len(span) > 1 and re.sub(r"^(ال|لل)", "", span[0].text) == head:
                return join_key([t.key for t in span], lang)
        return ""
    if not short[:1].isupper():
        return ""
    # the last block of capitalised words before the bracket starts the name
    caps = [k for k, t in enumerate(run) if t.text[:1].isupper()]
    if not caps or len(run) - caps[0] > 12:
        caps = [k for k in caps if len(run) - k <= 12]
    if not caps:
        return ""
    start = caps[-1]
    while start > 0:
        before = start - 1
        while before >= 0 and start - before <= 3 and run[before].text.lower() in stops:
            before -= 1  # up to three function words may join two capitalised words
        if before < 0 or not run[before].text[:1].isupper():
            break
        start = before
    while start < len(run) and not run[start].text[:1].isupper():
        start += 1
    span = run[start:]
    if len(span) < 2 or len(span) > 12 or _is_latin(short) != _is_latin(span[0].text):
        return ""  # e.g. COVID-19 after a Cyrillic heading: a label, not this name's short form
    return join_key([t.key for t in span], lang)


def _is_latin(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


# -- extraction --------------------------------------------------------------------------------


def extract_candidates(texts: Sequence[str], lang: str, *, max_words: int | None = None, min_freq: int = 1,
                       user_words: Iterable[str] = ()) -> list[Candidate]:
    """Term candidates of ``texts`` (the units of one language version), best termhood first.

    ``min_freq`` drops candidates seen fewer times, except marked ones (《names》,
    “quoted terms”, full and short forms given in brackets). ``user_words`` are
    added to the Chinese word segmenter's dictionary.
    """
    _check_lang(lang)
    if min_freq < 1:
        raise GlossaryError(f"minimum frequency must be at least 1, not {min_freq}")
    user_words = frozenset(user_words)
    max_words = max_words or default_max_words(lang)
    counts: Counter = Counter()
    surfaces: dict[str, Counter] = defaultdict(Counter)
    words_of: dict[str, tuple[str, ...]] = {}
    token_lists = []
    occurrences: list[list[tuple[int, int, str]]] = []  # per word run: (start, end, key)
    for text in texts:
        tokens = tokenize(text, lang, user_words)
        token_lists.append(tokens)
        for run in _runs(tokens):
            spans = []
            for i, j in _spans(run, lang, max_words):
                key = join_key([t.key for t in run[i:j]], lang)
                spans.append((i, j, key))
                counts[key] += 1
                surfaces[key][text[run[i].start:run[j - 1].end]] += 1
                words_of.setdefault(key, tuple(t.text for t in run[i:j]))
            occurrences.append(spans)

    marked: set[str] = set()
    short_of: dict[str, str] = {}
    expansion_of: dict[str, str] = {}
    for text, tokens in zip(texts, token_lists):
        for name in _marked_spans(text, lang, max_words):
            key = term_key(name, lang, user_words)
            if not key:
                continue
            marked.add(key)
            if key not in counts or len(words_of.get(key, ())) == 0:
                counts[key] = max(counts[key], 1)
                surfaces[key][name] += 1
                words_of.setdefault(key, tuple(t.text for t in tokenize(name, lang, user_words) if not t.breaks))
        for full, short in _short_form_pairs(text, lang, tokens, counts):
            if not full:
                continue
            short_key = term_key(short, lang, user_words) or short
            marked.update((full, short_key))
            short_of.setdefault(full, short)
            expansion_of.setdefault(short_key, full)
            for key, surface in ((full, None), (short_key, short)):
                if counts[key] == 0:
                    surface = surface or _surface_of(key, tokens, text, lang) or key
                    counts[key] = 1
                    surfaces[key][surface] += 1
                    words_of.setdefault(key, tuple(t.text for t in tokenize(surface, lang, user_words) if not t.breaks))
    # names longer than max_words (《…》 titles) are counted on the text
    if lang == "zh":
        joined = ["".join(t.split()) for t in texts]
        for key in marked:
            if len(words_of.get(key, ())) > max_words or key not in counts:
                counts[key] = max(counts[key], sum(t.count(key) for t in joined))
    else:
        for key in marked:
            if len(key.split(" ")) > max_words:
                counts[key] = max(counts[key], sum(term_counts(t, lang, [key], tokens=tl)[key]
                                                   for t, tl in zip(texts, token_lists)))

    vocabulary = frozenset(t.text.lower() if lang == "en" else t.text for tl in token_lists for t in tl) \
        if lang in ("ar", "en") else frozenset()
    keywords = zh_keyness(Counter(t.text for tl in token_lists for t in tl if not t.breaks)) if lang == "zh" else {}
    lengths = {key: len(words) for key, words in words_of.items()}
    # two terms joined by a conjunction (跨国犯罪和有组织犯罪) hold each of them without making it a part of one
    coordinated = {key for key, words in words_of.items() if two_terms(words, lang)}
    conjunctions = _BEFORE_OTHER.get(lang, (frozenset(), frozenset()))[0]
    across = {key for key, words in words_of.items() if any(w.lower() in conjunctions for w in words[1:-1])} \
        if coordinated else set()
    termhood, nested, standalone = nested_termhood(occurrences, counts, lengths, floor=max(2, min_freq),
                                                   coordinations=coordinated, across=across)
    modifiers = modifiers_only(token_lists) if lang != "zh" else frozenset()
    result = []
    for key, freq in counts.items():
        is_marked = key in marked
        if not is_marked and (freq < min_freq or termhood[key] <= 0
                               or " " in key and key.rsplit(" ", 1)[1] in modifiers
                               or len(words_of.get(key, ())) == 1 and (_common_word(key, lang)
                                                                        or _lone_adjective(key, surfaces[key], lang))
                               or lang == "en" and _ends_in_adverb(words_of.get(key, ()), vocabulary)
                               or lang == "ru" and _ru_adjectives_only(words_of.get(key, ()))
                               or key in coordinated
                               or lang == "zh" and _passing_collocation(words_of.get(key, ()), freq, keywords)):
            continue
        forms = _attested(surfaces[key])
        text = citation_form(forms, lang, vocabulary)
        expansion = expansion_of.get(key, "")
        result.append(Candidate(
            text=text,
            lang=lang,
            frequency=freq,
            termhood=round(max(termhood[key], 0.0) + (1.0 if is_marked else 0.0), 4),
            nested_in=nested[key],
            key=key,
            words=words_of.get(key, (text,)),
            short_form=short_of.get(key, ""),
            expansion=_display(surfaces[expansion].most_common(1)[0][0]) if expansion else "",
            marked=is_marked,
            variants=tuple(form for form, _ in forms if form != text),
            standalone=standalone[key],
            attested=forms,
        ))
    result.sort(key=lambda c: (-c.termhood, -c.frequency, c.key))
    return result


#: A word seen at least this many times, always right before another content word, only ever modifies one.
MODIFIER_EVIDENCE = 3


def modifiers_only(token_lists: Sequence[Sequence[Token]]) -> frozenset[str]:
    """Keys of the words that a text only ever uses right before another content word (at least
    :data:`MODIFIER_EVIDENCE` times; never before punctuation, a function word or the end): "investigative"
    of "joint investigative bodies" and "special investigative techniques", "enquête" of "organes d'enquête
    conjoints". No term of the text ends in one: "deploying joint investigative" is a piece of a longer one."""
    seen: Counter = Counter()
    final: set[str] = set()
    for tokens in token_lists:
        for here, after in zip(tokens, [*tokens[1:], None]):
            if here.breaks or here.stop:
                continue
            seen[here.key] += 1
            if after is None or after.breaks or after.stop:
                final.add(here.key)
    return frozenset(key for key, count in seen.items() if count >= MODIFIER_EVIDENCE and key not in final)


def _attested(surfaces: Counter) -> tuple[tuple[str, int], ...]:
    """Surface forms on one line each with their counts, most frequent first."""
    counts: Counter = Counter()
    for surface, count in surfaces.most_common():
        counts[_display(surface)] += count
    return tuple(sorted(counts.items(), key=lambda item: -item[1]))


def _display(surface: str) -> str:
    """A surface form on one line with single spaces."""
    return " ".join(surface.split())


def nested_termhood(occurrences: Sequence[Sequence[tuple[int, int, str]]], counts: Counter,
                    lengths: dict[str, int], *, floor: int = 2, coordinations: Collection[str] = (),
                    across: Collection[str] = ()) -> tuple[dict[str, float], dict[str, int], Counter]:
    """Termhood of every key (a C-value variant), how many longer candidates contain it, and its standalone count.

    termhood(a) = log2(|a|+1) · (occurrences of a not inside a longer candidate seen
    at least ``floor`` times), |a| in words; a string only ever seen inside a longer
    candidate scores 0. ``occurrences`` holds, per word run, the (start, end, key) spans.
    ``coordinations`` are candidates made of two terms and a conjunction: only the keys ``across``
    a conjunction count as inside them (or inside a span across the conjunction within one), their
    members being terms of their own.
    """
    free: Counter = Counter()
    containers: dict[str, set[str]] = defaultdict(set)
    for spans in occurrences:
        frequent = {(i, j): key for i, j, key in spans if counts[key] >= floor}
        longest = max((j - i for i, j in frequent), default=0)
        # the coordinations of the run, and the spans across a conjunction inside one (法律问题和实际)
        loose = {(i, j) for (i, j), key in frequent.items() if key in coordinations}
        loose |= {(i, j) for (i, j), key in frequent.items()
                  if key in across and any(ci <= i and j <= cj for ci, cj in loose)}
        for i, j, key in spans:
            inside = False
            for i2 in range(max(0, j - longest), i + 1):
                for j2 in range(j, i2 + longest + 1):
                    outer = frequent.get((i2, j2))
                    if outer is not None and (i2, j2) != (i, j) and ((i2, j2) not in loose or key in across):
                        inside = True
                        containers[key].add(outer)
            if not inside:
                free[key] += 1
    scores = {key: math.log2(lengths.get(key, 1) + 1) * free.get(key, 0) for key in counts}
    return scores, {key: len(containers.get(key, ())) for key in counts}, free


#: A one-word Chinese candidate more frequent than this in general Chinese (per million words of
#: jieba's dictionary counts) is everyday vocabulary (合作, 问题), not a term (引渡, 缔约国).
GENERAL_WORD_PER_MILLION = 20.0

#: Log-likelihood above which a word is used significantly more in the document than in general
#: language (p < 0.001, one degree of freedom): a keyword of the document.
KEYWORD_LOG_LIKELIHOOD = 10.83

#: Word classes of jieba's dictionary that qualify or situate rather than classify: qualitative
#: adjectives (有效, 持久), adverbial adjectives (充分), adverbs and time words (早期).
_ZH_QUALITATIVE = frozenset("a ad d t".split())


@lru_cache(maxsize=1)
def _jieba_frequencies() -> tuple[dict, int]:
    jieba = load_jieba()
    return jieba.dt.FREQ, jieba.dt.total


@lru_cache(maxsize=1)
def _jieba_word_classes() -> dict:
    load_jieba()
    import jieba.posseg

    return jieba.posseg.dt.word_tag_tab


def zh_word_class(word: str) -> str:
    """The word class jieba's dictionary gives a Chinese word (``n``, ``v``, ``a`` …), ``""`` when unknown."""
    return _jieba_word_classes().get(word, "")


def _common_word(key: str, lang: str) -> bool:
    """A single Chinese word of everyday language (see :data:`GENERAL_WORD_PER_MILLION`)."""
    if lang != "zh":
        return False
    freq, total = _jieba_frequencies()
    count = freq.get(key, 0)
    return bool(count) and count / total * 1e6 > GENERAL_WORD_PER_MILLION


def keyness(count: int, words: int, general_share: float) -> float:
    """Log-likelihood that a word seen ``count`` times in ``words`` words is used more than its
    ``general_share`` of general language (0 when it is not): Dunning's G², the reference corpus
    taken as much larger than the document."""
    expected = words * general_share
    if count <= expected or count <= 0:
        return 0.0
    return 2 * (count * math.log(count / expected) - (count - expected))


def zh_keyness(counts: Counter) -> dict[str, float]:
    """Keyness of each Chinese word of a document (``counts``: word → occurrences) against jieba's dictionary."""
    freq, total = _jieba_frequencies()
    words = sum(counts.values())
    return {w: keyness(n, words, max(freq.get(w, 0), 0.5) / total) for w, n in counts.items()}


#: Endings of English adjectives (criminal, substantive, feasible, dangerous, useful).
EN_ADJECTIVE_ENDINGS: tuple[str, ...] = ("al", "ive", "ible", "able", "ous", "ful", "less")


def _lone_adjective(key: str, surfaces: Counter, lang: str) -> bool:
    """An English word on its own that reads as an adjective: an adjective ending, in lower case, never in the
    plural (criminal, bilateral, substantive, feasible): it qualifies a term rather than being one. A
    capitalised name (Tribunal) or a word the text also has in the plural (initiatives) is a noun."""
    if lang != "en" or not key.endswith(EN_ADJECTIVE_ENDINGS) or len(key) < 6:
        return False
    return all(form.islower() and form.lower() == key for form in surfaces)


#: Russian adjective and participle endings that nouns do not have (правовых, имеющихся, уголовное, правовые,
#: другие); endings nouns share (-ой: страной, -ий: критерий, -им: режим, -ие: мероприятие) are left out.
_RU_ADJECTIVE = re.compile(r"\w{2,}(?:[ыи]х|[ыи]хся|ый|[ая]я|ое|ые|[гкхжшщч]ие|[ую]ю|[ое]го|[ое]му|[ыи]ми)$")


def _ru_adjectives_only(words: Sequence[str]) -> bool:
    """Two Russian words or more that all read as adjectives or participles (имеющихся правовых): qualifiers
    whose noun is outside, not a term."""
    content = [w for w in words if w.lower() not in _stop_words("ru")]
    return len(content) >= 2 and all(_RU_ADJECTIVE.match(w.lower()) for w in content)


def _ends_in_adverb(words: Sequence[str], vocabulary: frozenset[str]) -> bool:
    """English words ending in an adverb made with -ly from a word of the text (discussed jointly: joint;
    possibly: possible; readily: ready): a verb phrase, not a term (Assembly, family: no such word)."""
    last = words[-1].lower() if words else ""
    if not last.endswith("ly") or len(last) < 5:
        return False
    bases = {last[:-2], last[:-3] + "y" if last.endswith("ily") else "", last[:-1] + "e" if last.endswith("bly") else ""}
    return bool((bases - {""}) & vocabulary)


def _passing_collocation(words: Sequence[str], frequency: int, keywords: dict[str, float]) -> bool:
    """A Chinese phrase seen once whose first word only qualifies or situates (有效, 充分, 早期) and whose
    head is no keyword of the document (有效战略, 持久影响): general language, not a term (严重犯罪 stays,
    犯罪 being a keyword)."""
    if frequency > 1 or len(words) < 2:
        return False
    return (zh_word_class(words[0]) in _ZH_QUALITATIVE
            and keywords.get(words[-1], 0.0) < KEYWORD_LOG_LIKELIHOOD)
