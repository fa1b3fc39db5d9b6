"""Encoding detection over a matrix: each sample text, whole and in 30–200-character pieces, in every encoding
that can hold it, must decode back to exactly the original; plus new UN sentences in each legacy code page."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import pytest

import corpora
from aligner.readers import decode_text

#: Legacy code pages and the texts (by language; zh-Hant is the Chinese sample in Traditional characters) that a
#: file in them can hold: a text goes in a code page only when that code page has its letters.
LEGACY_TEXTS: dict[str, tuple[str, ...]] = {
    "gb18030": ("zh", "en", "fr", "es", "ru", "ar"),
    "cp1252": ("en", "fr", "es"),
    "cp1251": ("ru", "en"),
    "cp1256": ("ar", "en", "fr"),
    "big5": ("zh-Hant",),
    "big5hkscs": ("zh-Hant",),
    "koi8-r": ("ru", "en"),
    "iso8859-5": ("ru", "en"),
    "iso8859-6": ("ar", "en"),
    "cp866": ("ru", "en"),
    "mac-cyrillic": ("ru", "en"),
    "cp720": ("ar", "en", "fr"),
    "cp850": ("en", "fr", "es"),
    "mac-roman": ("en", "fr", "es"),
}
UNICODE_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
LANGS = ("zh", "zh-Hant", "en", "fr", "es", "ru", "ar")
#: What a character missing from a code page becomes in a file converted to it.
FALLBACK = {
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "№": "N",
    "…": "...", "\u00a0": " ", "\u202f": " ", "،": ",", "؛": ";", "؟": "?", "·": ".",
} | {sup: str(digit) for digit, sup in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
SNIPPET_LENGTHS = (30, 60, 100, 150, 200)
#: Shortest pieces tried in the code pages that differ from Windows-1252 (and from each other) only in which accented
#: letter a byte stands for: in a short piece, one accented letter can read as another real word ("vías" in Mac
#: Roman is "v’as" in Windows-1252, shaped like a French elision).
SHORTEST_SNIPPET = {"cp850": 150, "mac-roman": 150}
SNIPPETS_PER_LENGTH = 8


@lru_cache(maxsize=None)
def sample(lang: str) -> str:
    if lang == "zh-Hant":
        from aligner.tokens import load_opencc

        return load_opencc("s2t").convert(corpora.load("untoc-cop-res-11-1", "zh").text)
    return corpora.load("untoc-cop-res-11-1", lang).text


def representable(text: str, encoding: str) -> str:
    """``text`` as a file converted to ``encoding`` holds it: missing characters replaced by their fallback
    (or their letter without accent), else dropped."""
    out = []
    for char in text:
        for candidate in (char, FALLBACK.get(char, ""), unicodedata.normalize("NFKD", char)[:1]):
            try:
                candidate.encode(encoding)
            except UnicodeEncodeError:
                continue
            out.append(candidate)
            break
    return "".join(out)


def snippets(text: str) -> list[str]:
    """Pieces of ``text`` of 30–200 characters, each starting at the beginning of a word, spread over the text."""
    pieces = []
    for length in SNIPPET_LENGTHS:
        for k in range(SNIPPETS_PER_LENGTH):
            start = (k * 7919 + length * 131) % max(1, len(text) - length)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            piece = text[start:start + length].strip()
            if piece:
                pieces.append(piece)
    return pieces


def cases() -> list[tuple[str, str, str, str]]:
    """(encoding, language, whole or snippet, text) for every text with a non-ASCII character in its encoding."""
    found = []
    for encoding in (*LEGACY_TEXTS, *UNICODE_ENCODINGS):
        langs = LEGACY_TEXTS.get(encoding, LANGS)
        for lang in langs:
            text = representable(sample(lang), encoding)
            assert len(text) > 0.97 * len(sample(lang)), (encoding, lang)
            pieces = [s for s in snippets(text) if len(s) >= SHORTEST_SNIPPET.get(encoding, 0) - 5]
            for kind, piece in (("whole", text), *(("snippet", s) for s in pieces)):
                if not piece.isascii() or encoding.startswith("utf-16") or encoding.startswith("utf-32"):
                    found.append((encoding, lang, kind, piece))
    return found


def decodes_back(encoding: str, text: str) -> bool:
    """Whether ``text`` written in ``encoding`` reads back as exactly ``text``."""
    data = text.encode(encoding)
    try:
        return decode_text(data)[0] == text
    except Exception:  # an undecodable short piece counts as a failure here
        return False


def matrix() -> tuple[int, int, list[tuple[str, str, str, str]]]:
    """Cases decoded exactly, cases in all, and the failures."""
    all_cases = cases()
    failures = [case for case in all_cases if not decodes_back(case[0], case[3])]
    return len(all_cases) - len(failures), len(all_cases), failures


def test_every_sample_text_and_snippet_in_every_encoding_decodes_back_exactly():
    exact, total, failures = matrix()
    assert total > 1500
    assert not failures, f"{exact}/{total} exact; first failures: {failures[:5]}"


def test_matrix_has_the_encodings_and_lengths_it_claims():
    all_cases = cases()
    assert {case[0] for case in all_cases} == set(LEGACY_TEXTS) | set(UNICODE_ENCODINGS)
    lengths = [len(case[3]) for case in all_cases if case[2] == "snippet"]
    assert min(lengths) >= 25 and max(lengths) <= 200
    # Pieces of each Cyrillic code page have letters outside ASCII: they test detection, not luck.
    assert sum(1 for case in all_cases if case[0] == "cp866" and case[1] == "ru") > 35


# --- new UN sentences in each code page ------------------------------------------------------

RU_LINES = (
    "Генеральная Ассамблея,\n"
    "ссылаясь на свою резолюцию 75/1 от 21 сентября 2020 года,\n"
    "призывает государства-члены укреплять сотрудничество в области уголовного правосудия.\n"
)
RU_PARAGRAPH = (
    "Совет Безопасности, подтверждая свою приверженность суверенитету, независимости и территориальной "
    "целостности всех государств, выражает глубокую обеспокоенность ухудшением гуманитарного положения, "
    "настоятельно призывает все стороны обеспечить беспрепятственный доступ гуманитарной помощи к "
    "нуждающемуся населению и просит Генерального секретаря представить доклад о ходе осуществления "
    "настоящей резолюции не позднее чем через девяносто дней.\n"
)
AR_LINES = (
    "إن الجمعية العامة،\n"
    "إذ تشير إلى قرارها 75/1 المؤرخ 21 أيلول/سبتمبر 2020،\n"
    "تهيب بالدول الأعضاء أن تعزز التعاون في مجال العدالة الجنائية.\n"
)
AR_PARAGRAPH = (
    "إن مجلس الأمن، إذ يؤكد من جديد التزامه بسيادة جميع الدول واستقلالها ووحدة أراضيها، يعرب عن بالغ "
    "قلقه إزاء تدهور الحالة الإنسانية، ويحث جميع الأطراف على كفالة وصول المساعدة الإنسانية دون عوائق إلى "
    "السكان المحتاجين، ويطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار في موعد لا يتجاوز تسعين يوما.\n"
)
#: Hong Kong place names (深水埗, 鰂魚涌) need HKSCS characters that Big5 lacks.
ZH_HK = "香港特別行政區政府在深水埗及鰂魚涌設立社區中心，為有需要的市民提供法律援助服務。\n"
FR_LINE = "Prie le Secrétaire général de présenter à l'Assemblée générale, à sa quatre-vingtième session, un rapport.\n"
ES_LINE = "Exhorta a los Estados Miembros a que intensifiquen la cooperación judicial en materia penal y extradición.\n"


@pytest.mark.parametrize("encoding, text", [
    (encoding, text)
    for encoding in ("cp1251", "koi8-r", "iso8859-5", "cp866", "mac-cyrillic")
    for text in (RU_LINES, RU_PARAGRAPH, RU_LINES.splitlines()[2])
] + [
    (encoding, text)
    for encoding in ("cp1256", "iso8859-6", "cp720")
    for text in (AR_LINES, AR_PARAGRAPH, AR_LINES.splitlines()[2])
] + [("big5hkscs", ZH_HK), ("big5hkscs", ZH_HK[:20]), ("cp720", FR_LINE), ("cp1252", FR_LINE)] + [
    (encoding, text) for encoding in ("cp850", "mac-roman") for text in (FR_LINE, ES_LINE)
])
def test_new_un_text_in_each_code_page(encoding, text):
    text = representable(text, encoding)
    data = text.encode(encoding)
    assert not data.isascii()
    decoded, found = decode_text(data)
    assert decoded == text
    # the code page named is this one, or one that reads these bytes the same (French in DOS Latin or DOS Arabic)
    assert found == encoding or data.decode(found) == text


def test_hkscs_characters_need_big5_hkscs():
    with pytest.raises(UnicodeEncodeError):
        ZH_HK.encode("big5")
    # A Big5 file without them is still called Big5 (Big5-HKSCS reads it the same).
    plain = "聯合國打擊跨國有組織犯罪公約締約方會議"
    assert decode_text(plain.encode("big5")) == (plain, "big5")


def test_mac_cyrillic_capitals_are_not_read_as_windows_1251():
    """Mac Cyrillic capitals are Serbian and Macedonian letters or punctuation in Windows-1251."""
    text = "Конференция Участников Конвенции\n"
    data = text.encode("mac-cyrillic")
    assert data.decode("cp1251").startswith("ЉонференциЯ “частников")
    assert decode_text(data) == (text, "mac-cyrillic")


def test_dos_accented_letters_are_not_read_as_windows_punctuation():
    """é in the DOS code pages is byte 0x82, a low quotation mark in Windows-1252."""
    text = "la criminalité organisée"
    data = text.encode("cp850")
    assert data.decode("cp1252") == "la criminalit‚ organis‚e"
    assert decode_text(data) == (text, "cp850")


def test_iso_8859_6_is_not_read_as_windows_1256():
    """ISO-8859-6 puts ل م ن ه و ي where Windows-1256 has ن ه و ç è ê: Latin letters inside Arabic words."""
    data = AR_LINES.encode("iso8859-6")
    assert "ç" in data.decode("cp1256")
    assert decode_text(data) == (AR_LINES, "iso8859-6")


def test_utf16_without_bom_or_nul_bytes():
    """A line of Chinese only in UTF-16 has no NUL byte (no ASCII character) to give it away."""
    text = "缔约国应参与联合国打击跨国有组织犯罪公约及其各项议定书实施情况审议机制"
    for encoding in ("utf-16-le", "utf-16-be"):
        data = text.encode(encoding)
        assert b"\x00" not in data
        assert decode_text(data) == (text, encoding)


def test_utf16_without_bom_with_nul_bytes_on_both_sides():
    """一 is U+4E00: in UTF-16 its NUL byte stands on the other side of the pair from the ASCII characters'."""
    text = "一、导言\n(a) 一般规定一一列出\n"
    data = text.encode("utf-16-le")
    assert data[0::2].count(0) and data[1::2].count(0)
    assert decode_text(data) == (text, "utf-16-le")


def test_chinese_is_never_read_as_korean():
    """EUC-KR is no candidate: its Hangul bytes are GB 2312's most frequent Hanzi, so GB2312 files stay Chinese."""
    text = "大会，回顾其关于联合国打击跨国有组织犯罪公约的各项决议"
    assert text.encode("gb2312").decode("euc-kr", errors="replace") != text
    assert decode_text(text.encode("gb2312")) == (text, "gb18030")


def test_real_french_english_and_spanish_spelling_is_not_odd():
    from aligner.decoding import _latin_misspellings

    real = ("Aujourd’hui, l’État partie et l’Organisation, lorsqu’il le faut, d’Ivoire, O’Brien; the State’s report "
            "doesn’t say they’re ready; ça, reçu, garçon, où, sûr, août, dûment; à la page; la cooperación y España.")
    assert _latin_misspellings(real) == 0


@pytest.mark.parametrize("misread", [
    "la cooperaciùn judicial",  # Mac Roman ó read as DOS Latin
    "los v’nculos estrechos",  # Mac Roman í read as Windows-1252
    "la tecnolog’a",
    "û United Nations",  # DOS ¹ read as Windows-1252
    "ademçs de",  # ç before e
    "adem\u00a0s",  # DOS á read as Windows-1252: a no-break space inside a word
    "espaûa",
])
def test_misread_latin_spelling_is_odd(misread):
    from aligner.decoding import _latin_misspellings

    assert _latin_misspellings(misread) == 1


def test_hz_encoded_chinese_is_read():
    """HZ, the 7-bit encoding of GB2312 that Chinese e-mail used ("~{…~}" around each Chinese run), is read as such;
    an ASCII text with a few "~{ ~}" of its own stays ASCII."""
    text = "第 11/1 号决议\n\n执行国际合作条款\n\n缔约方会议，\n\n回顾其第 10/4 号决议，\n\n1. 核可工作组的建议；\n"
    assert decode_text(text.encode("hz")) == (text, "hz")
    markup = "Write ~{ and ~} around a group: ~{x~}, ~{y~} and ~{z~} are groups.\n"
    assert decode_text(markup.encode("ascii")) == (markup, "utf-8")
