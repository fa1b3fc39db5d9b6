"""Structural segmentation: the sample in six languages, numbering styles, page-break repair, plain texts."""

from __future__ import annotations

import re

import pytest

import corpora
from aligner.model import Document, Segmentation
from aligner.segment import segment

SAMPLE = "untoc-cop-res-11-1"
LANGS = ("zh", "en", "fr", "es", "ru", "ar")


@pytest.fixture(scope="module")
def sample() -> dict[str, Segmentation]:
    return {lang: segment(corpora.load(SAMPLE, lang)) for lang in LANGS}


def _doc(text: str, lang: str) -> Document:
    return Document(text=text, lang=lang, name="test")


def _ids(text: str, lang: str) -> list[str]:
    return [u.id for u in segment(_doc(text, lang)).units]


# --- the bundled sample -------------------------------------------------------


def test_all_six_versions_give_the_same_units(sample: dict[str, Segmentation]) -> None:
    reference = [(u.id, u.kind) for u in sample["zh"].units]
    for lang in LANGS:
        assert [(u.id, u.kind) for u in sample[lang].units] == reference, lang


@pytest.mark.parametrize("lang", LANGS)
def test_sample_structure(sample: dict[str, Segmentation], lang: str) -> None:
    units = sample[lang].units
    ids = [u.id for u in units]
    assert ids[:3] == ["symbol", "title", "body"]
    assert [u.id for u in units if u.kind == "preambular"] == [f"pp.{n}" for n in range(1, 9)]
    assert [u.id for u in units if u.kind == "operative"] == ["op.1", "op.2"]
    assert [u.id for u in units if u.kind == "annex"] == ["annex1", "annex2"]
    letters = "abcdefghijklmnopqrstuvwx"
    assert [u.id for u in units if u.kind == "item" and u.id.startswith("annex1.")] == [f"annex1.{c}" for c in letters]
    assert [u.id for u in units if u.kind == "item" and u.id.startswith("annex2.")] == [f"annex2.{c}" for c in letters[:13]]
    assert [u.id for u in units if u.kind == "heading"] == ["annex1.s1", "annex1.s2", "annex1.s3", "annex1.s4", "annex2.s1", "annex2.s2"]
    assert [u.id for u in units if u.kind == "footnote"] == ["fn.1", "fn.2", "fn.3", "fn.4"]
    # the section headings stand where the README of the corpus says: before (a), (j), (q), (x) and (a), (l)
    order = {uid: i for i, uid in enumerate(ids)}
    for heading, item in [("annex1.s1", "annex1.a"), ("annex1.s2", "annex1.j"), ("annex1.s3", "annex1.q"),
                          ("annex1.s4", "annex1.x"), ("annex2.s1", "annex2.a"), ("annex2.s2", "annex2.l")]:
        assert order[item] == order[heading] + 1


# Each version's page break, read by hand from the files: (unit, end of first half, start of second half).
PAGE_BREAKS = {
    "zh": [("pp.8", "技术援助问题政府专家", "工作组联合讨论的")],
    "en": [("pp.7", "article 2 (b) of the Convention,", "as well as of its provisions"),
           ("annex1.g", "leaves room for adjustment,", "with a view to establishing"),
           ("annex2.h", "reintegration and rehabilitation,", "detention conditions and medical")],
    "fr": [("annex1.e", "ou les problèmes liés", "aux questions de compétence")],
    "es": [("pp.5", "utilizaran la Convención como base", "para la cooperación internacional"),
           ("annex2.i", "que permitan detectar", "en una etapa temprana")],
    "ru": [("pp.6", "одобрила рекомендации, принятые", "Рабочей группой по международному"),
           ("annex1.f", "(Интерпол),", "для укрепления взаимодействия"),
           ("annex2.k", "должным образом", "рассматривать такую просьбу")],
    "ar": [("pp.8", "في المسائل الجنائية،", "وفي اجتماعه الثالث عشر"),
           ("annex2.e", "السجناء اجتماعيا", "وإعادة إدماجهم في المجتمع")],
}


@pytest.mark.parametrize(("lang", "unit_id", "first", "second"), [(l, *b) for l, bs in PAGE_BREAKS.items() for b in bs])
def test_split_paragraphs_are_joined_again(sample: dict[str, Segmentation], lang: str, unit_id: str, first: str, second: str) -> None:
    unit = sample[lang].get(unit_id)
    assert unit is not None
    joiner = "" if lang == "zh" else " "
    assert f"{first}{joiner}{second}" in unit.text
    assert not re.search("[¹²³⁴]", unit.text)
    assert "¹" not in unit.raw and "²" not in unit.raw  # the footnote lines are not part of the paragraph


@pytest.mark.parametrize("lang", LANGS)
def test_footnote_markers_recorded_and_removed(sample: dict[str, Segmentation], lang: str) -> None:
    seg = sample[lang]
    refs = {u.id: u.footnote_refs for u in seg.units if u.footnote_refs}
    assert refs == {"pp.1": ("fn.1", "fn.2"), "annex1.intro": ("fn.3",), "annex2.intro": ("fn.4",)}
    pp1 = seg.get("pp.1")
    assert "¹" in pp1.raw and "¹" not in pp1.text
    notes = {u.id: u for u in seg.footnotes}
    assert "39574" in notes["fn.1"].text and notes["fn.1"].label == "¹"
    assert "CTOC/COP/WG.3/2021/3" in notes["fn.3"].text
    assert notes["fn.4"].text.startswith("CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4")


def test_raw_text_keeps_the_source_characters(sample: dict[str, Segmentation]) -> None:
    item = sample["zh"].get("annex2.k")
    assert item.raw.startswith("(k) ")
    assert "后,适当考虑" in item.raw  # the half-width comma as published
    assert item.label == "(k)" and not item.text.startswith("(k)")


def test_sentences_inside_units(sample: dict[str, Segmentation]) -> None:
    assert len(sample["zh"].get("annex1.c").sentences) == 2
    assert len(sample["en"].get("annex1.q").sentences) == 2
    assert sample["en"].get("fn.2").sentences == ("Ibid., vols. 2237, 2241 and 2326, No. 39574.",)


# --- numbering styles ---------------------------------------------------------

PREAMBLE = {
    "en": ("The Conference of the Parties,", "Recalling its resolution 5/8,"),
    "fr": ("La Conférence des Parties,", "Rappelant sa résolution 5/8,"),
    "es": ("La Conferencia de las Partes,", "Recordando su resolución 5/8,"),
    "ru": ("Конференция участников,", "ссылаясь на свою резолюцию 5/8,"),
    "ar": ("إن مؤتمر الأطراف،", "وإذ يشير إلى قراره 5/8،"),
    "zh": ("缔约方会议，", "回顾其第 5/8 号决议，"),
}


@pytest.mark.parametrize(
    ("lang", "numbered", "items"),
    [
        ("en", ["1. Endorses the recommendations;", "2. Requests the Secretariat:"], ["(a) To report;", "(b) To assist;", "(c) To inform."]),
        ("zh", ["1. 核可建议；", "2. 请秘书处："], ["(a) 报告；", "(b) 协助；", "(c) 通报。"]),
        ("fr", ["1. Fait siennes les recommandations ;", "2. Prie le secrétariat :"], ["a) De faire rapport ;", "b) D'aider ;", "c) D'informer."]),
        ("es", ["1. Hace suyas las recomendaciones;", "2. Solicita a la Secretaría:"], ["a) Que informe;", "b) Que preste asistencia;", "c) Que comunique."]),
        ("ru", ["1. одобряет рекомендации;", "2. просит секретариат:"], ["a) представить доклад;", "b) оказывать помощь;", "c) информировать."]),
        ("ru", ["1. одобряет рекомендации;", "2. просит секретариат:"], ["а) представить доклад;", "б) оказывать помощь;", "в) информировать."]),
        ("ar", ["1 - يقر التوصيات؛", "2 - يطلب إلى الأمانة:"], ["(أ) أن تقدم تقريرا؛", "(ب) أن تساعد؛", "(ج) أن تبلغ."]),
        # as PDF text may give them: the dash glued to the word after it, alef without its hamza (LibreOffice)
        ("ar", ["1 -يقر التوصيات؛", "2 -يطلب إلى الأمانة:"], ["(ا) أن تقدم تقريرا؛", "(ب) أن تساعد؛", "(ج) أن تبلغ."]),
        ("zh", ["1. 核可建议；", "2. 请秘书处："], ["（一）报告；", "（二）协助；", "（三）通报。"]),
        ("zh", ["1. 核可建议；", "2. 请秘书处："], ["（ａ）报告；", "（ｂ）协助；", "（ｃ）通报。"]),  # full-width letters
        ("zh", ["一、核可建议；", "二、请秘书处："], ["（一）报告；", "（二）协助；", "（三）通报。"]),
    ],
)
def test_numbering_styles_map_to_the_same_ids(lang: str, numbered: list[str], items: list[str]) -> None:
    body, pp = PREAMBLE[lang]
    text = "\n\n".join(["Title" if lang != "zh" else "标题", body, pp, numbered[0], numbered[1], *items])
    assert _ids(text, lang) == ["title", "body", "pp.1", "op.1", "op.2", "op.2.a", "op.2.b", "op.2.c"]


def test_arabic_abjad_order_goes_past_the_latin_order() -> None:
    letters = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع"]
    body, pp = PREAMBLE["ar"]
    text = "\n\n".join(["العنوان", body, pp, "1 - يقر ما يلي:", *[f"({c}) نص البند؛" for c in letters]])
    ids = _ids(text, "ar")
    assert ids[4:] == [f"op.1.{c}" for c in "abcdefghijklmnop"]


def test_roman_sub_items_nest_under_their_letter() -> None:
    body, pp = PREAMBLE["en"]
    items = ["(a) First:", "(i) one;", "(ii) two;", "(b) Second;", "(c) Third;", "(d) Fourth;", "(e) Fifth;",
             "(f) Sixth;", "(g) Seventh;", "(h) Eighth;", "(i) Ninth;"]
    text = "\n\n".join(["Title", body, pp, "1. Decides:", *items])
    assert _ids(text, "en")[4:] == ["op.1.a", "op.1.a.i", "op.1.a.ii", "op.1.b", "op.1.c", "op.1.d", "op.1.e",
                                   "op.1.f", "op.1.g", "op.1.h", "op.1.i"]


CONVENTION = {
    "zh": "联合国打击跨国有组织犯罪公约\n\n第一条\n\n宗旨\n\n本公约的宗旨是促进合作。\n\n第二条\n\n术语的使用\n\n在本公约中：\n\n"
          "（一）“有组织犯罪集团”系指三人或多人组成的集团；\n\n（二）“严重犯罪”系指构成可受到最高刑至少四年的刑事处罚的犯罪的行为；",
    "en": "United Nations Convention against Transnational Organized Crime\n\nArticle 1\n\nStatement of purpose\n\n"
          "The purpose of this Convention is to promote cooperation.\n\nArticle 2\n\nUse of terms\n\nFor the purposes of this Convention:\n\n"
          "(a) “Organized criminal group” shall mean a structured group of three or more persons;\n\n"
          "(b) “Serious crime” shall mean conduct constituting an offence punishable by at least four years;",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_convention_articles(lang: str) -> None:
    assert _ids(CONVENTION[lang], lang) == ["title", "art.1", "art.1.title", "art.1.p1", "art.2", "art.2.title",
                                            "art.2.p1", "art.2.p1.a", "art.2.p1.b"]


# --- page-break repair --------------------------------------------------------


def test_footnote_block_between_whole_paragraphs_splits_nothing() -> None:
    text = ("Title\n\nThe General Assembly,\n\nRecalling its resolution 55/25¹,\n\n¹ See A/RES/55/25.\n\n"
            "Noting the report,\n\n1. Decides to continue.")
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["title", "body", "pp.1", "pp.2", "op.1", "fn.1"]
    assert seg.get("pp.1").footnote_refs == ("fn.1",)
    assert seg.get("pp.1").text == "Recalling its resolution 55/25,"


def test_bracket_markers_and_split_paragraph() -> None:
    text = ("Title\n\nThe General Assembly,\n\nRecalling its resolution 55/25 [1] and the work of the\n\n"
            "[1] See A/RES/55/25.\n\nWorking Group on International Cooperation,\n\n1. Decides to continue.")
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["title", "body", "pp.1", "op.1", "fn.1"]
    assert seg.get("pp.1").text == "Recalling its resolution 55/25 and the work of the Working Group on International Cooperation,"
    assert seg.get("pp.1").footnote_refs == ("fn.1",)


def test_page_furniture_is_dropped_and_the_paragraph_joined() -> None:
    text = ("Title\n\nThe General Assembly,\n\n1. Decides that the Working Group shall continue its work on the\n\n"
            "V.22-12345\n\n2/10\n\nimplementation of the Convention;\n\n2. Requests a report.")
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["title", "body", "op.1", "op.2"]
    assert seg.get("op.1").text.endswith("on the implementation of the Convention;")


def test_hard_wrapped_lines_are_joined() -> None:
    para1 = ("Recalling its resolution 55/25 of 15 November 2000, by which it adopted the United Nations Convention\n"
             "against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in\n"
             "Persons, Especially Women and Children,")
    para2 = ("Noting with appreciation the work of the Working Group on International Cooperation and of the\n"
             "Working Group of Government Experts on Technical Assistance, which met in Vienna in May 2022 and\n"
             "adopted recommendations,")
    text = f"Title\n\nThe General Assembly,\n\n{para1}\n\n{para2}\n\n1. Decides to continue."
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["title", "body", "pp.1", "pp.2", "op.1"]
    assert "Convention against Transnational" in seg.get("pp.1").text


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = "Title\nThe General Assembly,\nRecalling its resolution 55/25,\nNoting the report,\n1. Decides to continue.\n2. Requests a report."
    assert _ids(text, "en") == ["title", "body", "pp.1", "pp.2", "op.1", "op.2"]


# --- plain text ---------------------------------------------------------------


def test_text_without_un_structure_gives_plain_paragraphs() -> None:
    text = "The weather was fine. We walked.\n\nThen it rained. We went home.\n\nThe end."
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["p.1", "p.2", "p.3"]
    assert seg.get("p.2").sentences == ("Then it rained.", "We went home.")


def test_empty_document_has_no_units() -> None:
    assert segment(_doc("\n\n  \n", "en")).units == ()


def test_one_structure_pattern_matches_where_one_of_the_separate_ones_does():
    import random

    from aligner import segment as seg_module

    separate = (seg_module._NUMBERED, seg_module._PAREN_ITEM, seg_module._HALF_PAREN_ITEM, seg_module._DOTTED_ITEM,
                seg_module._CIRCLED_ITEM, seg_module._QUOTED_ITEM, seg_module._ANNEX, seg_module._ARTICLE)
    pieces = ["1", "12", ". ", "．", "、", " - ", "– ", "(", ")", "（", "）", "a", "iv", "б", "أ", "هـ", "一", "十", "㈠",
              "’", "‘", "'", ".", "p",
              "Annex", "ANNEX", "annexe", "Anexo", "附件", "Article", "ARTICLE", "premier", "第", "条", "Статья",
              "المادة", "المرفق", " ", "x", "I", "II"]
    rng = random.Random(2)
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert seg_module._starts_structure(line) == any(p.match(line) for p in separate), line


def test_the_named_group_that_matches_is_the_first_separate_pattern_that_does():
    import random

    from aligner import segment as seg_module

    pieces = ["1", "12", ". ", "．", "、", " - ", "(", ")", "（", "）", "a", "iv", "i", "б", "أ", "هـ", "一", "十", "㈠", "’", "‘",
              ".", "Annex", "annexe", "附件", "Article", "premier", "第", "条", "Статья", "المادة", "المرفق", " ", "I", "II"]
    rng = random.Random(3)
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        first = next((name for name, pattern in seg_module._MARKERS.items() if pattern.match(line)), None)
        found = seg_module._STRUCTURE.match(line)
        assert (found.lastgroup if found else None) == first, line


@pytest.mark.parametrize("lang, heading", [("en", "Annex IIII"), ("ar", "المرفق الفلاني"), ("fr", "Annexe XIIII")])
def test_annex_heading_without_a_readable_number_is_no_annex(lang: str, heading: str) -> None:
    # it used to stop segmentation with a ValueError
    acting = {"en": "The Conference of the Parties,", "fr": "La Conférence des Parties,", "ar": "إن مؤتمر الأطراف،"}[lang]
    text = f"{acting}\n\nRecalling its earlier work,\n\n1. Decides to act;\n\n{heading}\n\nSome text"
    units = segment(_doc(text, lang)).units
    assert heading in [u.text for u in units]
    assert not [u for u in units if u.kind == "annex"]


def test_anchors_of_each_unit_are_found_in_its_own_text(sample: dict[str, Segmentation]) -> None:
    from aligner.anchors import find_anchors

    for lang, seg in sample.items():
        for unit in seg.units:
            assert unit.anchors == find_anchors(unit.text, lang), (lang, unit.id)
            assert all(unit.text[a.start:a.end] == a.text for a in unit.anchors), (lang, unit.id)


# --- PDF layouts: hard-wrapped lines, page furniture, running headers ---------


def _columns(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" else 1 for ch in text)


#: What a line may not break inside: a Latin word or number, a space, any other character.
_WORDS = re.compile(r"[^\s\u2e80-\u9fff\uff00-\uffef]+|\s|.")
#: The same, by the line breaking rules of Chinese word processing: an opening bracket or quotation mark goes with
#: what follows it, closing punctuation and a footnote marker with what they follow.
_WORDS_BY_CHINESE_RULES = re.compile(
    r"\s|[（《「『“‘]*(?:[^\s\u2e80-\u9fff\uff00-\uffef“”‘’]+|.)[，。；：、）》」』”’¹²³⁴⁵⁶⁷⁸⁹⁰]*")


def _hard_wrap(text: str, columns: int, words: re.Pattern[str] = _WORDS) -> str:
    """``text`` with each paragraph broken into lines of at most ``columns`` columns, as a PDF extraction gives it:
    between ``words`` (by default between Latin words or CJK characters, never inside a Latin word or number),
    trailing spaces dropped."""
    out = []
    for paragraph in text.split("\n"):
        line, width = "", 0
        for token in words.findall(paragraph):
            size = _columns(token)
            if width + size > columns and line.strip():
                out.append(line.rstrip())
                line, width = "", 0
                if token.isspace():
                    continue
            line += token
            width += size
        out.append(line.rstrip())
    return "\n".join(out)


def _with_pages(text: str, every: int, symbol: str) -> str:
    """``text`` with a page break every ``every`` lines: a footer (job and page number) and a running header."""
    out = []
    for number, line in enumerate(text.split("\n"), start=1):
        out.append(line)
        if number % every == 0:
            page = number // every + 1
            out += ["", f"V.22-1{page:04d} {page}/9", "", symbol, ""]
    return "\n".join(out)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("columns, every", [(60, 0), (60, 23), (70, 31), (75, 0), (75, 31), (80, 31), (80, 50),
                                            (100, 23), (100, 31), (110, 50), (120, 50)])
def test_a_pdf_layout_gives_the_units_of_the_plain_text(sample, lang, columns, every):
    plain = corpora.load(SAMPLE, lang).text
    text = _hard_wrap(plain, columns)
    assert text.count("\n") > plain.count("\n") + 50 and max(map(_columns, text.split("\n"))) <= columns  # wrapped
    if every:
        text = _with_pages(text, every, "CTOC/COP/2022/L.6")
    seg = segment(_doc(text, lang))
    assert [u.id for u in seg.units] == [u.id for u in sample[lang].units]
    assert [u.kind for u in seg.units] == [u.kind for u in sample[lang].units]
    assert [u.text for u in seg.units] == [u.text for u in sample[lang].units]


@pytest.mark.parametrize("footer", ["25-18492 (E) 201125", "25-18492 (E) 201125 211125", "V.22-10006 (E) 061222 071222",
                                    "*2518492*", "2/4 25-18492", "Please recycle", "V.22-10006 (E) *2210006* Please recycle"])
def test_the_first_pages_job_number_with_its_dates_and_bar_code_are_page_furniture(footer):
    text = ("The General Assembly,\n\nRecalling its resolution 10/4 of 16 October 2020 and the work of the\n\n"
            f"{footer}\n\nWorking Group,\n\n1. Endorses the recommendations.\n")
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1"]
    assert seg.get("pp.1").text.endswith("the work of the Working Group,")


@pytest.mark.parametrize(("lang", "footer"), [("zh", "请回收"), ("fr", "Merci de recycler"), ("es", "Se ruega reciclar"),
                                             ("ru", "Просьба отправить на вторичную переработку")])
def test_the_recycling_logos_words_are_page_furniture_in_every_language(lang, footer):
    sample = corpora.load(SAMPLE, lang).text
    first, rest = sample.split("\n\n", 1)
    seg = segment(_doc(f"{first}\n\n{footer}\n\n{rest}", lang))
    assert [u.text for u in seg.units] == [u.text for u in segment(_doc(sample, lang)).units]


def test_the_words_of_a_recycling_notice_inside_a_sentence_are_text():
    text = "The General Assembly,\n\n1. Invites States to note:\n\nPlease recycle paper.\n"
    assert "Please recycle paper." in [u.text for u in segment(_doc(text, "en")).units]


@pytest.mark.parametrize("lang", LANGS)
def test_a_wrapped_text_with_no_blank_lines_between_paragraphs_gives_the_units_of_the_plain_text(sample, lang):
    """Text copied out of a PDF: every line broken at the width, and no blank line between paragraphs, headings or
    titles. Preambular paragraphs open with their participle under a line ending in a comma, headings stand between
    a paragraph's end and a lettered item, a title's last line comes before a sentence or the acting body."""
    text = re.sub(r"\n\s*\n+", "\n", _hard_wrap(corpora.load(SAMPLE, lang).text, 100))
    assert "\n\n" not in text.strip()
    seg = segment(_doc(text, lang))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample[lang].units]


@pytest.mark.parametrize(("lang", "columns"), [("es", 100), ("ar", 110)])
def test_a_heading_that_ends_a_page_with_no_blank_lines_is_a_heading(sample, lang, columns):
    """Wrapped, with no blank lines and a page break every 31 lines, these layouts end a page with a heading (its
    lettered item opens the next page), or break an Arabic heading at the colon before its subtitle
    ("…الجنائية:" / "استعراض بعد مرور عام"): they give the plain text's units."""
    text = _with_pages(re.sub(r"\n\s*\n+", "\n", _hard_wrap(corpora.load(SAMPLE, lang).text, columns)), 31,
                       "CTOC/COP/2022/L.6")
    seg = segment(_doc(text, lang))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample[lang].units]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("columns, every", [(70, 0), (80, 31), (90, 0), (110, 31)])
def test_a_text_whose_paragraphs_open_indented_gives_the_units_of_the_plain_text(sample, lang, columns, every):
    """Text taken from a PDF with ``pdftotext -layout``: no blank lines, but the first line of each paragraph, title
    and heading set in from the margin. An indented line opens a unit, and one at the margin goes on the line above,
    also over a page break: a Chinese or Arabic annex title over its first paragraph, which no lower case tells
    apart, and a heading broken at its colon by a page break ("… asuntos penales:" / "balance de un año")."""
    plain = corpora.load(SAMPLE, lang).text
    text = re.sub(r"\n\s*\n+", "\n", _hard_wrap(plain.replace("\n\n", "\n\n    "), columns))
    assert "\n\n" not in text.strip() and "\n    " in text
    if every:
        text = _with_pages(text, every, "CTOC/COP/2022/L.6")
    seg = segment(_doc(text, lang))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample[lang].units]


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "ar"])
@pytest.mark.parametrize("columns", [70, 90, 110])
def test_a_text_whose_paragraphs_hang_is_read_as_without_the_indents(lang, columns):
    """The other lines of each paragraph indented under a first line at the margin (labels that hang): no
    convention of indented first lines, so the indents tell nothing and the units are those of the same text
    without them."""
    wrapped = _hard_wrap(corpora.load(SAMPLE, lang).text, columns)
    hung = "\n".join(line if not offset else "    " + line
                      for block in wrapped.split("\n\n") for offset, line in enumerate(block.split("\n")))
    flat = re.sub(r"\n\s*\n+", "\n", wrapped)
    assert [(u.id, u.text) for u in segment(_doc(hung, lang)).units] == \
        [(u.id, u.text) for u in segment(_doc(flat, lang)).units]


def test_a_page_broken_heading_ending_in_a_colon_goes_on_in_its_subtitle():
    """"… en asuntos penales:" at a page's foot, "balance de un año" at the next page's top: one heading, though a
    paragraph ending in a colon was placed first."""
    text = ("Anexo I\n\nRecomendaciones\n\na) Se alienta a los Estados a cooperar.\n\n"
            "Efectos de la enfermedad por coronavirus (COVID-19) en la cooperación internacional en asuntos penales:"
            "\n\fbalance de un año\n\nb) Se alienta a los Estados a utilizar la tecnología.\n")
    seg = segment(_doc(text, "es"))
    assert [(u.id, u.kind) for u in seg.units] == [("annex1", "annex"), ("annex1.title", "annex-title"),
                                                   ("annex1.a", "item"), ("annex1.s1", "heading"), ("annex1.b", "item")]
    assert seg.get("annex1.s1").text.endswith("asuntos penales: balance de un año")


@pytest.mark.parametrize("columns", [80, 90])
def test_a_chinese_title_line_short_of_the_width_ends_the_title(sample, columns):
    """Chinese is broken between any two characters, so its lines fill the width to within a character or two: an
    annex title's line a few characters short of it ("……第十二次会议通过的建议") is the whole title, not the first
    line of the paragraph under it, in a text with no blank lines."""
    text = re.sub(r"\n\s*\n+", "\n", _hard_wrap(corpora.load(SAMPLE, "zh").text, columns))
    seg = segment(_doc(text, "zh"))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample["zh"].units]


@pytest.mark.parametrize(("columns", "blank_lines"), [
    *((width, True) for width in range(60, 121, 4)),
    # without blank lines, an annex title that fills its line runs into the paragraph under it (64 to 76)
    *((width, False) for width in (60, *range(80, 121, 4))),
])
def test_chinese_wrapped_by_its_line_breaking_rules_gives_the_units_of_the_plain_text(sample, columns, blank_lines):
    """A line that falls short because the next one opens with a bracketed word that did not fit ("……冠状病毒病" /
    "（COVID-19）大流行……") goes on; so does a full line past the preamble over a clause that opens as a preambular
    paragraph would ("……参与国的主权，" / "考虑到双边合作……")."""
    text = _hard_wrap(corpora.load(SAMPLE, "zh").text, columns, _WORDS_BY_CHINESE_RULES)  # as a word processor wraps
    if not blank_lines:
        text = re.sub(r"\n\s*\n+", "\n", text)
    seg = segment(_doc(text, "zh"))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample["zh"].units]


def test_an_arabic_line_opening_with_inna_goes_on_unless_it_names_a_body():
    """"… المنظمة، إذ" / "إن ذلك يمكن …" ("since that may …") goes on, in text with no blank lines; "إن" opens an
    acting body only before a body's name ("إن مؤتمر الأطراف")."""
    text = ("إن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية،\n"
            "1- يقر التوصيات التي اعتمدها الفريق العامل المعني بالتعاون الدولي في اجتماعه الثاني عشر، المعقود\n"
            "يومي 25 و26 آذار/مارس 2021، والواردة في المرفق الأول لهذا القرار؛\n"
            "(م) تشجع الدول الأطراف على تعزيز التواصل والتنسيق على وجه السرعة في مراحل التخطيط\n"
            "المبكرة للتعاون، من أجل ضمان فعالية كشف الأدلة وضبطها وتقاسمها، بما في ذلك بالوسائل\n"
            "الإلكترونية، وفقا للقوانين الداخلية؛\n"
            "(ن) ينبغي للدول الأطراف، عند استخدام أساليب التحري الخاصة، أن تولي اهتماما خاصا لحماية\n"
            "الجمهور من الأذى، مع احترام السيادة الوطنية؛\n"
            "(س) تشجع الدول الأطراف على إيلاء الاعتبار الواجب لحقوق الإنسان عند الاستعانة بهيئات\n"
            "التحقيق المشتركة وأساليب التحري الخاصة لمكافحة الجريمة عبر الوطنية والجريمة المنظمة، إذ\n"
            "إن ذلك يمكن أن يسهم في الاستخدام الفعال لتلك الأساليب؛\n"
            "(ع) ينبغي للأمانة، تماشيا مع الولاية الواردة في قرار مؤتمر الأطراف 5/8 ومع التوجيهات ذات\n"
            "الصلة المنبثقة من مداولات الفريق العامل، ورهنا بتوافر الموارد، أن تعد تجميعا للمسائل\n"
            "القانونية والعملية التي قد تنشأ في تنفيذ المادة 20 من الاتفاقية.\n")
    seg = segment(_doc(text, "ar"))
    assert [u.id for u in seg.units] == ["body", "op.1", "op.1.m", "op.1.n", "op.1.o", "op.1.p"]
    assert seg.get("op.1.o").text.endswith("والجريمة المنظمة، إذ إن ذلك يمكن أن يسهم في الاستخدام الفعال لتلك الأساليب؛")
    # the tops of letters cut at a page's foot, as pdftotext gives them, are no text
    for stray in ("أ", "أ                      أ"):
        cut = segment(_doc(text.replace("السيادة الوطنية؛\n", f"السيادة الوطنية؛\n{stray}\n\f\n"), "ar"))
        assert [(u.id, u.text) for u in cut.units] == [(u.id, u.text) for u in seg.units]


@pytest.mark.parametrize("columns", [86, 102, 112, 116, 118])
def test_a_chinese_preambular_paragraph_goes_on_over_a_page_break_after_a_full_line_ending_in_a_comma(sample, columns):
    """"……的第 3/2 号决定，" / (page break) / "根据该项决定，……": after a full line of the preamble, a page that opens
    with no preambular paragraph's opening word (回顾, 注意到, 欢迎 …) goes on with the paragraph."""
    lines = _hard_wrap(corpora.load(SAMPLE, "zh").text, columns).split("\n")
    first_operative = next(k for k, line in enumerate(lines) if line.startswith("1. "))
    k = next(k for k, line in enumerate(lines[:first_operative])
             if line.endswith("，") and _columns(line) >= columns - 2 and lines[k + 1].strip())
    seg = segment(_doc("\n".join(lines[:k + 1] + ["", "V.22-10002 2/9", ""] + lines[k + 1:]), "zh"))
    assert [(u.id, u.text) for u in seg.units] == [(u.id, u.text) for u in sample["zh"].units]


def test_a_chinese_line_ending_in_a_particle_goes_on():
    """"……各项国际合作条款”的" / "2008 年 10 月 17 日……": the figure did not fit on the line, and no sentence ends in
    的 (nor in 和, 与, 及, 在, 于 …)."""
    text = ("缔约方会议，\n回顾其同是题为“执行《公约》各项国际合作条款”的\n2008 年 10 月 17 日第 4/2 号决定，\n"
            "1. 决定继续审议。\n")
    seg = segment(_doc(text, "zh"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1"]
    assert seg.get("pp.1").text == "回顾其同是题为“执行《公约》各项国际合作条款”的 2008 年 10 月 17 日第 4/2 号决定，"


def test_ragged_chinese_lines_are_not_cut_where_they_fall_short():
    """Lines broken at widths that vary (64 to 80 columns), as text whose columns do not measure the printed
    width gives them: no sentence-ending rule for exactly wrapped Chinese, so no paragraph is cut mid-sentence."""
    import random

    rng, lines = random.Random(5), []
    for paragraph in corpora.load(SAMPLE, "zh").text.split("\n\n"):
        line = ""
        for char in paragraph:
            line += char
            if _columns(line) >= rng.randint(64, 80):
                lines.append(line)
                line = ""
        lines.append(line)
    seg = segment(_doc("\n".join(line for line in lines if line), "zh"))
    cut = [u.id for u in seg.units if u.kind in {"preambular", "operative", "item"} and u.text[-1] not in "，。；：;"]
    assert len(seg.units) >= 60 and cut == []


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_the_words_of_a_justified_line_pdftotext_gives_one_a_line_go_on(sample, lang):
    """pdftotext, without -layout, gives the words of a line justified with wide gaps one to a line: in the sample
    wrapped at 80 columns, every fifth line of more than three words so given, its units are the plain text's. A
    chain of one-word lines with none in lower case ("Contents" / "Paragraphs" / "Page") is no such line."""
    lines = _hard_wrap(corpora.load(SAMPLE, lang).text, 80).split("\n")
    split = 0
    for index, line in enumerate(lines):
        words = line.split()
        if len(words) > 3 and index % 5 == 0 and not _STRUCTURE_LABEL.match(line) and line[:1] not in "¹²³⁴" and \
                any(w[:1].islower() for w in words):
            lines[index] = "\n".join(words)
            split += 1
    assert split > 20
    seg = segment(_doc("\n".join(lines), lang))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample[lang].units]


_STRUCTURE_LABEL = re.compile(r"^\s*(?:\d+\.|\(?[a-z]\)|[IVX]+\.)\s")


def test_a_gerund_in_mid_sentence_after_a_comma_goes_on_in_russian():
    """"включая" (including) opens no preambular paragraph: the item goes on under the comma."""
    line = "a) государствам-участникам рекомендуется использовать совместные расследования в соответствии с законами,"
    text = "\n".join(["Конференция участников,", "ссылаясь на резолюцию 10/4,", "1. одобряет рекомендации:", line,
                     "включая скоординированные расследования;", "b) секретариату следует продолжать работу.",
                     "2. постановляет продолжить работу."] * 1) + "\n"
    seg = segment(_doc(text, "ru"))
    assert seg.get("op.1.a").text.endswith("включая скоординированные расследования;")


def test_with_no_blank_lines_a_russian_preambular_paragraph_may_open_with_uchityvaya_above_the_operative_part():
    """"учитывая" and "принимая во внимание" open preambular paragraphs under a full line ending in a comma, but in
    an operative paragraph they go on the sentence ("…, призывает государства-участники," / "учитывая свое …")."""
    text = ("Конференция участников Конвенции Организации Объединенных Наций против транснациональной\n"
            "организованной преступности,\n"
            "ссылаясь на свое решение 2/2 от 19 октября 2005 года о создании рабочей группы по вопросам\n"
            "международного сотрудничества и на свои последующие резолюции по этому вопросу,\n"
            "учитывая важность международного сотрудничества для эффективного осуществления Конвенции и\n"
            "протоколов к ней, а также для борьбы с транснациональной организованной преступностью,\n"
            "принимая во внимание работу, проделанную Рабочей группой по международному сотрудничеству,\n"
            "1. одобряет рекомендации, содержащиеся в приложении к настоящей резолюции, и призывает\n"
            "государства-участники, учитывая свое внутреннее законодательство и применимые договоры,\n"
            "выполнять их в полной мере;\n"
            "2. постановляет продолжить рассмотрение этого вопроса на своей следующей сессии.\n")
    seg = segment(_doc(text, "ru"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "pp.2", "pp.3", "op.1", "op.2"]
    assert seg.get("pp.2").text.startswith("учитывая важность")
    assert seg.get("pp.3").text.startswith("принимая во внимание")
    assert "государства-участники, учитывая свое внутреннее законодательство" in seg.get("op.1").text


def _run_on(lines: list[str]) -> str:
    """``lines`` one under another, as a text with no blank lines between paragraphs, each padded with a word of its
    own to fill 80 columns where it ends in mid-paragraph (marked "+"), so that the text reads as wrapped at 80."""
    out = []
    for line in lines:
        if line.endswith("+"):
            line = line[:-1]
            while len(line) < 76:
                line += " and"
        out.append(line)
    return "\n".join(out) + "\n"


def test_with_no_blank_lines_a_heading_between_a_paragraph_and_an_item_stands_alone():
    text = _run_on(["The Conference of the Parties,", "Recalling its resolution 10/4,",
                    "1. Endorses the recommendations contained in the annex to the present resolution.",
                    "Annex", "Joint investigative bodies",
                    "(a) States parties are encouraged to make further use of article 19 of the Convention+",
                    "as a legal basis for joint investigations in accordance with their domestic law;",
                    "International cooperation involving special investigative techniques",
                    "(b) States parties are encouraged to make use of article 20 of the Convention as a legal+",
                    "basis for the use of special investigative techniques in accordance with domestic law."])
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "annex1", "annex1.title", "annex1.a", "annex1.s1",
                                         "annex1.b"]
    assert seg.get("annex1.s1").text == "International cooperation involving special investigative techniques"


def test_with_no_blank_lines_a_title_ends_before_a_sentence_opening_with_a_capital_article_or_preposition():
    text = _run_on(["Annex", "Recommendations adopted by the Working Group on International Cooperation at its+",
                    "twelfth meeting, held on 25 and 26 March 2021 at the Vienna International Centre",
                    "At its twelfth meeting, held on 25 and 26 March 2021, the Working Group adopted the+",
                    "following recommendations, the first of which were prepared at the meeting held in+",
                    "The Hague in 2020, for endorsement by the Conference of the Parties:",
                    "(a) States parties are encouraged to make further use of article 19 of the Convention+",
                    "as a legal basis for joint investigations;"])
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["annex1", "annex1.title", "annex1.intro", "annex1.a"]
    assert seg.get("annex1.intro").text.startswith("At its twelfth meeting")
    assert "held in The Hague in 2020" in seg.get("annex1.intro").text  # ("in" / "The Hague": no title ends so)


def test_with_no_blank_lines_a_paragraph_goes_on_under_the_footnote_that_broke_into_it():
    """A page's footnote between two lines of a paragraph, in text copied out of a PDF: the footnote's line fills
    the width and ends a sentence, and the paragraph goes on under it in lower case."""
    note = "¹ CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4, paras. 7 and 10, and CTOC/COP/2022/2."
    assert len(note) >= 76
    text = _run_on(["The Conference of the Parties,", "Recalling its resolution 10/4,",
                    "1. Encourages States to consult¹ prior to the transfer of sentenced persons on the+",
                    "possibilities for reintegration and rehabilitation,", note,
                    "detention conditions and medical treatment, and during the transfer process;",
                    "2. Requests the secretariat to report to the Conference at its twelfth session."])
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "op.2", "fn.1"]
    assert seg.get("op.1").text.endswith("rehabilitation, detention conditions and medical treatment, and during the "
                                         "transfer process;")
    assert seg.get("fn.1").text == note[2:]


def test_with_no_blank_lines_a_footnote_goes_on_after_an_abbreviation_at_its_line_end():
    note = "¹ On the transfer of sentenced persons and the model agreements on it, see, e.g."
    assert len(note) >= 76
    text = _run_on(["The Conference of the Parties,", "Recalling its resolution 10/4,",
                    "1. Encourages States to consult¹ prior to the transfer of sentenced persons;", note,
                    "resolution 55/25, annex I, and the Model Agreement on the Transfer of Foreign Prisoners.",
                    "2. Requests the secretariat to report to the Conference at its twelfth session."])
    seg = segment(_doc(text, "en"))
    assert seg.get("fn.1").text.endswith("see, e.g. resolution 55/25, annex I, and the Model Agreement on the "
                                         "Transfer of Foreign Prisoners.")
    assert seg.get("op.1").text.endswith("sentenced persons;")


def test_with_no_blank_lines_an_arabic_paragraph_goes_on_under_a_footnote_where_it_broke_off():
    """Arabic has no lower case: the paragraph's full line above the footnote stops mid-sentence (on a comma), so the
    line under the footnote's full line is its rest."""
    note = "¹ CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4، الفقرتان 7 و10، والوثيقة CTOC/COP/2022/2."
    lines = ["إن مؤتمر الأطراف،", "إذ يشير إلى قراره 10/4،",
             "1- يشجع الدول على التشاور¹ قبل نقل الأشخاص المحكوم عليهم بشأن إمكانات إعادة تأهيلهم وإدماجهم في",
             "المجتمع، وظروف الاحتجاز والعلاج الطبي، وطول الإجراءات، وإمكانات الإفراج المشروط، والمسائل المتصلة،", note,
             "وأثناء عملية النقل، بما في ذلك ازدواجية التجريم؛",
             "2- يطلب إلى الأمانة أن تقدم تقريرا إلى المؤتمر في دورته الثانية عشرة."]
    seg = segment(_doc("\n".join(lines) + "\n", "ar"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "op.2", "fn.1"]
    assert seg.get("op.1").text.endswith("والمسائل المتصلة، وأثناء عملية النقل، بما في ذلك ازدواجية التجريم؛")


def test_with_no_blank_lines_a_headings_line_ending_in_a_colon_goes_on_in_its_subtitle():
    text = _run_on(["La Conferencia de las Partes,", "Recordando su resolución 10/4,",
                    "1. Hace suyas las recomendaciones que figuran en el anexo de la presente resolución.",
                    "Anexo", "Recomendaciones del Grupo de Trabajo",
                    "a) Se alienta a los Estados partes a que sigan utilizando el artículo 19 de la+",
                    "Convención como base jurídica para las investigaciones conjuntas;",
                    "Efectos de la enfermedad por coronavirus (COVID-19) en la cooperación internacional:",
                    "balance de un año",
                    "b) Se alienta a los Estados partes a que utilicen medios electrónicos para la+",
                    "cooperación internacional en asuntos penales."])
    seg = segment(_doc(text, "es"))
    assert seg.get("annex1.s1").kind == "heading"
    assert seg.get("annex1.s1").text == ("Efectos de la enfermedad por coronavirus (COVID-19) en la cooperación "
                                         "internacional: balance de un año")
    assert seg.get("annex1.a").text.endswith("para las investigaciones conjuntas;")


def test_with_no_blank_lines_a_russian_title_ends_before_the_acting_body():
    """Russian names the acting body with no article before it: "Конференция участников …" under the title's last
    line, which fills the width."""
    text = _run_on(["Резолюция 11/1",
                    "Осуществление положений о международном сотрудничестве Конвенции Организации",
                    "Объединенных Наций против транснациональной организованной преступности",
                    "Конференция участников Конвенции Организации Объединенных Наций против+",
                    "транснациональной организованной преступности,",
                    "ссылаясь на свое решение 2/2 от 19 октября 2005 года,",
                    "1. одобряет рекомендации, содержащиеся в приложении к настоящей резолюции."])
    seg = segment(_doc(text, "ru"))
    assert [u.id for u in seg.units] == ["symbol", "title", "body", "pp.1", "op.1"]
    assert seg.get("title").text.endswith("против транснациональной организованной преступности")
    assert seg.get("body").text.startswith("Конференция участников")


def test_a_line_broken_after_a_slash_inside_a_word_or_symbol_is_joined_without_a_space():
    """A PDF breaks "تشرين الأول/أكتوبر" and "CTOC/COP/WG.2/2022/4" after a slash; an old document's footnote marker
    "1/" is followed by a space."""
    ar = segment(_doc("إن مؤتمر الأطراف،\n\nإذ يشير إلى قراره 10/4 المؤرخ 16 تشرين الأول/\nأكتوبر 2020،\n\n"
                      "1 - يقر التوصيات.\n", "ar"))
    assert ar.get("pp.1").text == "إذ يشير إلى قراره 10/4 المؤرخ 16 تشرين الأول/أكتوبر 2020،"
    en = segment(_doc("The Conference of the Parties,\n\nRecalling the report CTOC/COP/WG.2/\n2022/4 and the Plan "
                      "of Action, 1/\nadopted in 2000,\n\n1. Endorses the recommendations.\n", "en"))
    assert en.get("pp.1").text == "Recalling the report CTOC/COP/WG.2/2022/4 and the Plan of Action, 1/ adopted in 2000,"


def test_a_lettered_item_opening_with_a_capital_under_a_full_heading_line_opens_the_item():
    """A heading as wide as the line, with no blank line before the item under it (text taken out of a PDF set
    with first-line indents): "(j) States parties …" opens the item; "… paras. 7 and" / "(b) …" and a word broken
    at a line's end ("COVID-" / "19. …") still go on."""
    heading = "International cooperation involving special investigative techniques and electronic evidence"
    text = ("Annex\n\nRecommendations\n\n(i) States parties are encouraged to make use of article 19 of the "
            "Convention as a legal\nbasis for joint investigations in accordance with their domestic law;\n\n"
            f"{heading}\n(j) States parties are encouraged to make further use, as appropriate and in accordance "
            "with\ndomestic law, of article 20 of the Convention.\n")
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["annex1", "annex1.title", "annex1.i", "annex1.s1", "annex1.j"]
    assert seg.get("annex1.s1").text == heading
    covid = ("государствам рекомендуется использовать технологии для ускорения процедур, в частности в связи с "
             "пандемией COVID-\n19. Это может предусматривать более частое использование видеоконференций;\n")
    assert len(segment(_doc(covid, "ru")).units) == 1


#: Ways a text file of the same document may differ from the sample's that show nothing on the page.
TYPING_VARIANTS = {
    "a tab after each number or letter": lambda t: re.sub(r"(?m)^(\d+\.|\([a-z]{1,2}\)|[a-z]\)|\d+ ?-)\s+", "\\1\t", t),
    "every line indented": lambda t: re.sub(r"(?m)^(?=\S)", "    ", t),
    "a no-break space after each number": lambda t: re.sub(r"(?m)^(\d+\.|\d+ ?-|\([a-z]{1,2}\)) ", "\\1\u00a0", t),
    "spaces at each line's end": lambda t: re.sub(r"(?m)$", "  ", t),
    "two blank lines between paragraphs": lambda t: t.replace("\n\n", "\n\n\n"),
    "Windows line ends": lambda t: t.replace("\n", "\r\n"),
    "classic Mac OS line ends": lambda t: t.replace("\n", "\r"),
    "Unicode line separators": lambda t: t.replace("\n", "\u2028"),
    "a byte-order mark": lambda t: "\ufeff" + t,
    "a line end at the end, or none": lambda t: t.rstrip("\n") if t.endswith("\n") else t + "\n",
}


@pytest.mark.parametrize("variant", TYPING_VARIANTS)
@pytest.mark.parametrize("lang", LANGS)
def test_what_shows_nothing_on_the_page_changes_no_unit(sample, lang, variant):
    """A library user's text read without the readers' clean-up (a byte-order mark left at its start by
    ``open(…, encoding="utf-8")``, line ends as another system writes them) or typed otherwise (tabs after
    numbers, indents)."""
    text = TYPING_VARIANTS[variant](corpora.load(SAMPLE, lang).text)
    assert text != corpora.load(SAMPLE, lang).text
    seg = segment(_doc(text, lang))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample[lang].units]


def _broken_in_two(text: str, line: str) -> str:
    """``text`` with ``line`` broken in two lines at its middle, as a PDF sets out a centred title over two lines."""
    cut = len(line) // 2
    if not re.search("[\u4e00-\u9fff]", line):  # between words (Chinese is broken between any two characters)
        cut = line.index(" ", cut)
    return text.replace(f"\n{line}\n", f"\n{line[:cut].rstrip()}\n{line[cut:].lstrip()}\n", 1)


@pytest.mark.parametrize("lang", ["zh", "ar", "en"])
def test_a_title_broken_over_two_lines_is_one_title(sample, lang):
    """The resolution's title, an annex's title and headings in the annexes, each broken over two lines with no
    blank line between, in a text with blank lines between its paragraphs (Chinese and Arabic have no lower case to
    show the second line goes on): the units of the text with each on one line."""
    text = corpora.load(SAMPLE, lang).text
    for uid in ("title", "annex1.title", "annex1.s1", "annex2.s1"):
        text = _broken_in_two(text, sample[lang].get(uid).raw)
    assert text != corpora.load(SAMPLE, lang).text
    seg = segment(_doc(text, lang))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample[lang].units]


def test_two_titles_with_a_blank_line_between_stay_two():
    text = ("Resolution 1/1\n\nInternational cooperation\n\nin criminal matters\n\nThe Conference of the Parties,\n\n"
            "Recalling its resolution 10/4,\n\n1. Endorses the recommendations;\n\n2. Requests the secretariat to report.\n")
    assert [u.id for u in segment(_doc(text, "en")).units][:3] == ["symbol", "title", "title.2"]


def test_a_running_header_is_dropped_but_the_documents_own_symbol_line_stays():
    text = ("CTOC/COP/2022/L.6\n\nResolution 11/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"
            "Recalling its resolution 10/4 of 16 October 2020 and the work of the\n\n2/5\n\nCTOC/COP/2022/L.6\n\n"
            "Working Group,\n\n1. Endorses the recommendations.\n")
    seg = segment(_doc(text, "en"))
    assert [u.text for u in seg.units].count("CTOC/COP/2022/L.6") == 1
    assert seg.units[0].text == "CTOC/COP/2022/L.6"
    assert seg.get("pp.1").text == "Recalling its resolution 10/4 of 16 October 2020 and the work of the Working Group,"


def test_a_number_at_the_start_of_a_wrapped_line_is_no_paragraph_number():
    lines = ["This footnote text runs on for a while in a hard-wrapped document and then",
             "mentions the documents CTOC/COP/WG.2/2022/4 and CTOC/COP/WG.3/2022/4, paras. 7 and",
             "10. It is one paragraph of text, wrapped where the line was full, like the others."]
    body = "\n".join(lines * 2)
    seg = segment(_doc(f"{body}\n\nA second paragraph, to make the document longer than one block.\n", "en"))
    assert [u.id for u in seg.units] == ["p.1", "p.2"]


def test_a_chinese_enumeration_comma_before_a_page_break_continues_the_paragraph():
    text = ("缔约方会议，\n\n回顾其决议，\n\n1. 鼓励对检察官、\n\n2/5\n\n法官和律师的培训；\n\n2. 请秘书处报告。\n")
    seg = segment(_doc(text, "zh"))
    assert seg.get("op.1").text == "鼓励对检察官、法官和律师的培训；"
    assert [u.id for u in seg.units if u.id.startswith("op.")] == ["op.1", "op.2"]


# --- reports: chapters and numbered paragraphs -------------------------------

REPORTS = {
    "en": "Report of the Working Group on International Cooperation\n\nI. Introduction\n\n"
          "1. The Working Group held its thirteenth meeting in Vienna.\n\n2. The meeting was opened by the Chair.\n\n"
          "II. Recommendations\n\nA. Transfer of sentenced persons\n\n"
          "3. The Working Group adopted the following recommendations:\n",
    "zh": "国际合作工作组报告\n\n一、导言\n\n1. 工作组在维也纳举行了第十三次会议。\n\n2. 会议由主席宣布开幕。\n\n"
          "二、建议\n\nA. 被判刑人员的移交\n\n3. 工作组通过了下列建议：\n",
    "ar": "تقرير الفريق العامل المعني بالتعاون الدولي\n\nأولا - مقدمة\n\n1 - عقد الفريق العامل اجتماعه الثالث عشر في فيينا.\n\n"
          "2 - وافتتح الاجتماع الرئيس.\n\nثانيا - التوصيات\n\nألف - نقل المحكوم عليهم\n\n"
          "3 - اعتمد الفريق العامل التوصيات التالية:\n",
    "ru": "Доклад Рабочей группы по международному сотрудничеству\n\nI. Введение\n\n"
          "1. Рабочая группа провела свое тринадцатое совещание в Вене.\n\n2. Совещание открыл Председатель.\n\n"
          "II. Рекомендации\n\nA. Передача осужденных лиц\n\n3. Рабочая группа приняла следующие рекомендации:\n",
}


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_reports_chapters_and_numbered_paragraphs_keep_their_numbers(lang):
    seg = segment(_doc(REPORTS[lang], lang))
    assert [u.id for u in seg.units] == ["p.1", "ch.1", "para.1", "para.2", "ch.2", "ch.2.A", "para.3"]
    assert [seg.get(uid).kind for uid in ("ch.1", "para.1", "ch.2.A")] == ["heading", "paragraph", "heading"]
    assert seg.get("para.2").label in ("2.", "2 -")
    assert not seg.get("para.2").text.startswith("2")  # the number is the label, not part of the text
    assert seg.get("ch.2").label in ("II.", "二、", "ثانيا -")


def test_versions_of_a_report_line_up_on_their_paragraph_numbers_even_with_an_extra_line():
    from glossary.versions import shared_structure

    en = segment(_doc(REPORTS["en"], "en"))
    zh = segment(_doc(REPORTS["zh"].replace("一、导言\n\n", "一、导言\n\n（暂定）\n\n"), "zh"))
    assert zh.get("para.3").text.startswith("工作组通过了") and en.get("para.3").text.startswith("The Working Group")
    assert shared_structure(en, zh) == 1.0


def test_arabic_bracketed_markers_and_the_footnote_rule_line():
    """"⁽¹⁾" markers are recorded and removed like "¹"; the rule above the footnotes is page furniture."""
    text = ("القرار 11/1\n\nالتعاون الدولي\n\nإن مؤتمر الأطراف،\n\n"
            "إذ يشير إلى الاتفاقية⁽¹⁾ والبروتوكولات الملحقة بها،\n\nوإذ يرحب بعمل الفريق العامل⁽²⁾،\n\n"
            "1 - يشجع الدول الأطراف على التعاون.\n\n__________________\n\n"
            "⁽¹⁾ الأمم المتحدة، مجموعة المعاهدات، المجلد 2225.\n\n⁽²⁾ انظر CTOC/COP/WG.3/2022/4.\n")
    seg = segment(Document(text, "ar"))
    assert [u.id for u in seg.units] == ["symbol", "title", "body", "pp.1", "pp.2", "op.1", "fn.1", "fn.2"]
    assert seg.get("pp.1").text == "إذ يشير إلى الاتفاقية والبروتوكولات الملحقة بها،"
    assert seg.get("pp.2").text == "وإذ يرحب بعمل الفريق العامل،"
    assert seg.get("pp.1").footnote_refs == ("fn.1",) and seg.get("pp.2").footnote_refs == ("fn.2",)
    assert "⁽¹⁾" in seg.get("pp.1").raw
    assert seg.get("fn.1").text == "الأمم المتحدة، مجموعة المعاهدات، المجلد 2225."


#: An older General Assembly resolution as the Organization's web pages give it: footnotes numbered "1/", their
#: markers set apart from the word before ("Plan, 1/ adopted"), glued to it ("报告2/和") or ending the paragraph.
SLASHED = {
    "en": ("52/85. Follow-up to the Naples Political Declaration\n\nThe General Assembly,\n\n"
           "Recalling its resolution 49/159 of 23 December 1994, which approved the Naples Political Declaration, 1/ "
           "adopted at Naples, Italy,\n\n"
           "1. Takes note of the report of the Secretary-General 2/ and of document A/52/3, chap. V; 3/\n\n"
           "2. Notes that 1/2 of the States replied by 24/7 hotlines;\n\n"
           "70th plenary meeting\n12 December 1997\n\n"
           "1/ A/49/748, annex, chap. I, sect. A.\n\n2/ E/CN.15/1997/7 and Add.1.\n\n3/ E/CN.15/1997/7/Add.2.\n"),
    "zh": ("52/85.《那不勒斯政治宣言》\n的后续行动\n\n大会，\n\n"
           "回顾其核可《那不勒斯政治宣言》1/的1994年12月23日第49/159号决议，\n\n"
           "1. 注意到秘书长的报告2/和A/52/3号文件第五章；3/\n\n"
           "2. 注意到1/2的国家设有24/7热线；\n\n"
           "1997年12月12日\n第70次全体会议\n\n"
           "1/ A/49/748，附件，第一章，A节。\n\n2/ E/CN.15/1997/7和Add.1。\n\n3/ E/CN.15/1997/7/Add.2。\n"),
}


@pytest.mark.parametrize("lang", sorted(SLASHED))
def test_footnotes_numbered_with_a_slash_as_older_un_documents_number_them(lang):
    """"1/" footnotes and their markers are read; a figure or symbol with a slash ("49/159", "A/49/748", "1/2",
    "24/7") is no marker."""
    seg = segment(_doc(SLASHED[lang], lang))
    ids = [u.id for u in seg.units]
    assert ids[:5] == ["title", "body", "pp.1", "op.1", "op.2"] and ids[-3:] == ["fn.1", "fn.2", "fn.3"]
    assert seg.get("pp.1").footnote_refs == ("fn.1",) and seg.get("op.1").footnote_refs == ("fn.2", "fn.3")
    assert seg.get("op.2").footnote_refs == () and "1/2" in seg.get("op.2").text and "24/7" in seg.get("op.2").text
    assert "/" not in seg.get("op.1").text.replace("A/52/3", "")
    assert seg.get("fn.1").text.startswith("A/49/748") and seg.get("fn.3").text.startswith("E/CN.15/1997/7/Add.2")
    assert "49/159" in seg.get("pp.1").text and "1/" in seg.get("pp.1").raw
    if lang == "en":
        assert "Declaration, adopted at Naples" in seg.get("pp.1").text
    else:
        assert seg.get("title").text == "52/85.《那不勒斯政治宣言》的后续行动"  # a line opening with 的 goes on
        assert "《那不勒斯政治宣言》的1994年" in seg.get("pp.1").text


def test_slashed_lines_without_markers_above_them_stay_text():
    text = ("The General Assembly,\n\n1. Decides to meet again;\n\n2. Requests a report in 2025.\n\n"
            "1/ and 2/ are the old numbers of these paragraphs.\n")
    seg = segment(_doc(text, "en"))
    assert not [u for u in seg.units if u.kind == "footnote"]
    assert seg.units[-1].text.startswith("1/ and 2/")


def test_many_footnotes_at_the_end_of_a_text_without_pages():
    """A web page or text with no page breaks keeps all its footnotes at its end, blank lines between them: more
    than a page's worth of lines is still one run of footnotes."""
    paragraphs = "".join(f"{n}. Takes note of the report of the Secretary-General,{n}\n\n" for n in range(1, 31))
    notes = "\n\n".join(f"{n} See A/77/{100 + n}." for n in range(1, 31))
    seg = segment(_doc("The General Assembly,\n\n" + paragraphs + notes + "\n", "en"))
    assert [u.id for u in seg.units if u.kind == "footnote"] == [f"fn.{n}" for n in range(1, 31)]
    assert seg.get("op.30").footnote_refs == ("fn.30",) and seg.get("fn.1").text == "See A/77/101."


#: The end of a resolution as adopted: the last operative paragraph, then the meeting and the date it was adopted
#: at, in the order each version prints them.
ADOPTION = {
    "en": ("The General Assembly,\n\n1. Decides to remain seized of the matter.\n\n", "54th plenary meeting",
           "15 December 2022"),
    "fr": ("L'Assemblée générale,\n\n1. Décide de rester saisie de la question.\n\n", "54e séance plénière",
           "15 décembre 2022"),
    "es": ("La Asamblea General,\n\n1. Decide seguir ocupándose de la cuestión.\n\n", "54ª sesión plenaria",
           "15 de diciembre de 2022"),
    "ru": ("Генеральная Ассамблея,\n\n1. постановляет продолжать заниматься этим вопросом.\n\n",
           "54-е пленарное заседание", "15 декабря 2022 года"),
    "zh": ("大会，\n\n1. 决定继续处理这一问题。\n\n", "第54次全体会议", "2022年12月15日"),
    "ar": ("إن الجمعية العامة،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n\n", "الجلسة العامة 54",
           "15 كانون الأول/ديسمبر 2022"),
}


@pytest.mark.parametrize("date_first", [False, True])
@pytest.mark.parametrize("lang", sorted(ADOPTION))
def test_the_lines_recording_a_resolutions_adoption_are_one_unit(lang, date_first):
    """Meeting and date make the unit ``adoption``, whichever comes first, on lines of their own (a blank line
    between them or not) or on one, so that versions printing them in either order line up; the footnotes still
    follow."""
    head, meeting, date = ADOPTION[lang]
    lines = [date, meeting] if date_first else [meeting, date]
    for between in ("\n", "\n\n", " "):
        text = head + between.join(lines) + "\n\n__________\n\n¹ A/77/1.\n"
        seg = segment(_doc(text, lang))
        assert [u.id for u in seg.units] == ["body", "op.1", "adoption", "fn.1"]
        unit = seg.get("adoption")
        assert unit.kind == "adoption" and meeting in unit.raw and date in unit.raw
        assert unit.text.index(lines[0]) < unit.text.index(lines[1])


def test_adoption_lines_only_at_a_resolutions_end_and_per_part():
    """A meeting line in a text without a resolution's structure stays a paragraph; a date alone is no adoption
    line; in a resolution in parts, each part has its own."""
    plain = segment(_doc("Minutes\n\n54th plenary meeting\n\n15 December 2022\n\nThe meeting rose at noon.\n", "en"))
    assert "adoption" not in {u.kind for u in plain.units}
    alone = segment(_doc("The General Assembly,\n\n1. Decides to meet again.\n\n15 December 2022\n", "en"))
    assert [u.id for u in alone.units] == ["body", "op.1", "p.1"]
    part = "{letter}\n\nTitle {letter}\n\nThe General Assembly,\n\n1. Decides.\n\n{n}th plenary meeting\n15 December 2022\n\n"
    seg = segment(_doc(part.format(letter="A", n=54) + part.format(letter="B", n=55), "en"))
    assert [u.id for u in seg.units if u.kind == "adoption"] == ["A.adoption", "B.adoption"]
    assert seg.get("B.adoption").text.startswith("55th")


def test_cover_lines_only_above_the_documents_own_lines():
    """The organ's name, session, place and dates, agenda item and the item's title at the top are the cover, with
    or without a masthead above; a session line under the document's own number line is no cover."""
    cover = ("Conference of the Parties to the United Nations Convention against Transnational Organized Crime\n\n"
             "Eleventh session\n\nVienna, 17–21 October 2022\n\nAgenda item 2\n\nInternational cooperation\n\n")
    resolution = "Resolution 11/1\n\nJoint investigations\n\nThe Conference of the Parties,\n\n1. Decides to meet.\n"
    seg = segment(_doc(cover + resolution, "en"))
    assert [u.id for u in seg.units] == ["cover.1", "cover.2", "cover.3", "cover.4", "cover.5", "symbol", "title",
                                         "body", "op.1"]
    assert seg.get("cover.5").text == "International cooperation" and seg.get("title").text == "Joint investigations"
    below = segment(_doc(resolution.replace("\n\nJoint", "\n\nEleventh session\n\nJoint"), "en"))
    assert [u.id for u in below.units] == ["symbol", "title", "title.2", "body", "op.1"]


#: A cover whose organ's name each language wraps over its own number of lines, as a PDF's text gives them.
WRAPPED_COVERS = {
    "en": ("Conference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime",
           "Twelfth session", "Vienna, 14–18 October 2024"),
    "zh": ("联合国打击跨国有组织犯罪公约\n缔约方会议", "第十二届会议", "2024年10月14日至18日，维也纳"),
    "fr": ("Conférence des Parties à la Convention des\nNations Unies contre la criminalité\ntransnationale organisée",
           "Douzième session", "Vienne, 14-18 octobre 2024"),
    "ru": ("Конференция участников\nКонвенции Организации Объединенных Наций\nпротив транснациональной "
           "организованной преступности", "Двенадцатая сессия", "Вена, 14–18 октября 2024 года"),
    "ar": ("مؤتمر الأطراف في اتفاقية الأمم المتحدة\nلمكافحة الجريمة المنظمة عبر الوطنية",
           "الدورة الثانية عشرة", "فيينا، 14-18 تشرين الأول/أكتوبر 2024"),
}


@pytest.mark.parametrize("lang", sorted(WRAPPED_COVERS))
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_organs_name_over_several_lines_is_one_cover_unit(lang: str, gap: str) -> None:
    """The languages wrap a long organ's name over different numbers of lines: its lines, above the session line,
    make one unit, so that the cover's units have the same ids in every version."""
    name, session, dates = WRAPPED_COVERS[lang]
    text = gap.join(name.split("\n")) + "\n\n" + session + "\n\n" + dates + "\n\nProvisional agenda\n\n1. Opening.\n"
    seg = segment(_doc(text, lang))
    assert [u.id for u in seg.units][:3] == ["cover.1", "cover.2", "cover.3"]
    assert seg.get("cover.1").text == ("" if lang == "zh" else " ").join(name.split("\n"))
    assert seg.get("cover.2").text == session and seg.get("cover.3").text == dates
    assert [line for line in seg.get("cover.1").raw.split("\n") if line] == name.split("\n")


#: A working group's cover, with no session line: the organ's name (wrapped as each language wraps it), the group's,
#: the place and dates, the agenda item and its title.
WORKING_GROUP_COVERS = {
    "en": ("Conference of the Parties to the\nUnited Nations Convention against\nTransnational Organized Crime\n"
           "Working Group on Firearms", "Vienna, 2 and 3 May 2023", "Item 2 of the provisional agenda",
           "Illicit manufacturing of firearms"),
    "zh": ("联合国打击跨国有组织犯罪公约\n缔约方会议\n枪支问题工作组", "2023年5月2日和3日，维也纳", "临时议程项目2", "非法制造枪支"),
    "fr": ("Conférence des Parties à la Convention\ndes Nations Unies contre la criminalité\ntransnationale "
           "organisée\nGroupe de travail sur les armes à feu", "Vienne, 2 et 3 mai 2023",
           "Point 2 de l’ordre du jour provisoire", "Fabrication illicite d’armes à feu"),
}


@pytest.mark.parametrize("lang", sorted(WORKING_GROUP_COVERS))
def test_a_working_groups_cover_gives_its_wrapped_names_one_unit(lang: str) -> None:
    """With no session line, the names above the place and dates are one unit, however many lines each language
    wraps them over, and the cover is found under as many lines."""
    names, dates, item, title = WORKING_GROUP_COVERS[lang]
    paper = {"en": "Background paper prepared by the Secretariat\n\n1. The Working Group met.\n",
             "zh": "秘书处编写的背景文件\n\n1. 工作组举行了会议。\n",
             "fr": "Document d’information établi par le Secrétariat\n\n1. Le Groupe de travail s’est réuni.\n"}[lang]
    seg = segment(_doc("\n".join((names, dates, item, title)) + "\n\n" + paper, lang))
    assert [u.id for u in seg.units][:4] == ["cover.1", "cover.2", "cover.3", "cover.4"]
    assert seg.get("cover.1").text == ("" if lang == "zh" else " ").join(names.split("\n"))
    assert [seg.get(f"cover.{n}").text for n in (2, 3, 4)] == [dates, item, title]


@pytest.mark.parametrize("lang, text", [
    ("en", "Chapter I\n\nMatters of procedure\n\nOpening session\n\n1. The session was opened.\n"),
    ("es", "Capítulo I\n\nCuestiones de procedimiento\n\nOrganización del período de sesiones\n\n"
           "1. Se declaró abierto el período de sesiones.\n"),
    ("fr", "Chapitre premier\n\nQuestions de procédure\n\nOuverture de la session\n\n1. La session est ouverte.\n"),
])
def test_a_heading_that_names_a_session_is_no_cover(lang: str, text: str) -> None:
    """A session line names the session by its ordinal ("Twelfth session", "Duodécimo período de sesiones"); a
    heading that names what happened at it is the document's own, and so are the lines above it."""
    assert "cover" not in {u.kind for u in segment(_doc(text, lang)).units}


@pytest.mark.parametrize("lang, cover", [
    ("en", ("General Assembly Security Council", "Seventy-seventh session Seventy-eighth year", "Agenda item 105",
            "Crime prevention and criminal justice")),
    ("zh", ("大会 安全理事会", "第七十七届会议 第七十八年", "议程项目105", "预防犯罪和刑事司法")),
])
def test_a_cover_found_by_its_agenda_item_keeps_a_unit_for_each_line(lang: str, cover: tuple[str, ...]) -> None:
    """A letter's cover sets its two organs, then their session and year, side by side: no session line stands
    alone, so no line is read as the rest of an organ's name."""
    letter = {"en": "Letter dated 5 May 2023 from the Permanent Representative of Austria addressed to the "
                    "Secretary-General\n\nI have the honour to transmit the summary of the meeting.\n",
              "zh": "2023年5月5日奥地利常驻代表给秘书长的信\n\n谨转递会议摘要。\n"}[lang]
    seg = segment(_doc("\n".join(cover) + "\n\n" + letter, lang))
    assert [seg.get(f"cover.{n}").text for n in range(1, 5)] == list(cover)


def test_the_line_saying_who_adopted_a_resolution_is_cover_with_or_without_session_lines():
    """"Resolution adopted by the General Assembly on …" and the bracketed line under it are cover lines, at the top
    or under the session's lines, so the resolution's own title is ``title`` in every case; a bracketed line
    elsewhere is no cover."""
    adopted = ("Resolution adopted by the General Assembly on 15 December 2022\n\n"
               "[on the report of the Third Committee (A/77/463)]\n\n")
    resolution = "77/232. Strengthening crime prevention\n\nThe General Assembly,\n\n1. Decides to act.\n"
    session = "Seventy-seventh session\n\nAgenda item 109\n\nCrime prevention and criminal justice\n\n"
    for text, covers in ((adopted + resolution, 2), (session + adopted + resolution, 5), (resolution, 0)):
        seg = segment(_doc(text, "en"))
        assert [u.id for u in seg.units] == [f"cover.{n}" for n in range(1, covers + 1)] + ["title", "body", "op.1"]
        assert seg.get("title").text == "77/232. Strengthening crime prevention"
    bracketed = segment(_doc("[Draft]\n\n" + resolution, "en"))
    assert [u.id for u in bracketed.units] == ["title", "title.2", "body", "op.1"]


def test_a_line_broken_inside_brackets_goes_on_into_the_line_that_closes_them():
    """A line that leaves a bracket open is continued by the next line where that one closes it (as a web page of an
    older resolution breaks its bracketed line); a bracket left open that the next line does not close, or a line
    that closes one opened before, joins nothing."""
    text = ("Resolution adopted by the General Assembly\n\n[on the report of the Third Committee\n(A/77/463)]\n\n"
            "77/232. Assistance to refugees\n\nThe General Assembly,\n\nRecalling its resolution 49/35 A,\n\n"
            "1. Notes with regret;\n")
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["cover.1", "cover.2", "title", "body", "pp.1", "op.1"]
    assert seg.get("cover.2").text == "[on the report of the Third Committee (A/77/463)]"
    zh = segment(_doc("大会决议\n[根据特别政治和非殖民化委员会(第四委员会)的报告\n(A/50/605)通过]\n50/28. 援助巴勒斯坦难民\n"
                      "大会，\n回顾其1994年12月9日第49/35 A号决议，\n1. 遗憾地注意到；\n", "zh"))
    assert [u.id for u in zh.units] == ["cover.1", "cover.2", "title", "body", "pp.1", "op.1"]
    assert zh.get("cover.2").text == "[根据特别政治和非殖民化委员会(第四委员会)的报告(A/50/605)通过]"
    for lines in (["第三届会议报告（见", "会议记录"], ["会议记录", "第三届会议）"]):
        assert len(segment(_doc("\n".join(lines) + "\n", "zh")).units) == 2


def test_a_footnote_run_on_to_the_next_page_is_joined_again():
    """Unmarked text right under the next page's footnote rule finishes the last footnote; the page's own follow."""
    text = ("Resolution 11/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"
            "Recalling the United Nations Convention against Transnational Organized Crime,¹\n\n"
            "__________________\n\n"
            "¹ United Nations, Treaty Series, vol. 2225, No. 39574; the Protocols thereto are\n\n"
            "2/5 V.22-12345\n\n"
            "Noting the work of the Working Group on International Cooperation,²\n\n"
            "1. Encourages States parties to cooperate.\n\n"
            "__________________\n"
            "published in vols. 2237, 2241 and 2326.\n"
            "² See CTOC/COP/WG.3/2022/4.\n")
    seg = segment(Document(text, "en"))
    assert [u.id for u in seg.units] == ["symbol", "title", "body", "pp.1", "pp.2", "op.1", "fn.1", "fn.2"]
    assert seg.get("fn.1").text == ("United Nations, Treaty Series, vol. 2225, No. 39574; the Protocols thereto are "
                                    "published in vols. 2237, 2241 and 2326.")
    assert seg.get("fn.2").text == "See CTOC/COP/WG.3/2022/4."
    assert seg.get("op.1").text == "Encourages States parties to cooperate."


def test_a_form_feed_is_a_page_break():
    """pdftotext starts each page with a form feed: it ends the block before it, like page furniture, and a
    paragraph broken there is joined again."""
    text = ("第 11/1 号决议\n\n执行各项国际合作条款\n\f联合国打击跨国有组织犯罪公约缔约方会议，\n\n"
            "回顾其 2018 年 10 月 19 日第 9/3 号决议，其中缔约方会议核可了工作组\n\f第十次会议通过的提议，\n\n"
            "1. 核可工作组的建议；\n")
    seg = segment(_doc(text, "zh"))
    assert [u.id for u in seg.units] == ["symbol", "title", "body", "pp.1", "op.1"]
    assert seg.get("title").text == "执行各项国际合作条款"
    assert seg.get("pp.1").text == "回顾其 2018 年 10 月 19 日第 9/3 号决议，其中缔约方会议核可了工作组第十次会议通过的提议，"


@pytest.mark.parametrize("lang", LANGS)
def test_one_paragraph_per_line_without_blank_lines_gives_the_same_units(sample, lang):
    """A text with no blank line between paragraphs: a footnote that ends a sentence short of the line width
    ends there, and the body text after it (a paragraph run on from the page before) is no part of it."""
    text = corpora.load(SAMPLE, lang).text.replace("\n\n", "\n")
    seg = segment(_doc(text, lang))
    assert [(u.id, u.kind, u.text) for u in seg.units] == [(u.id, u.kind, u.text) for u in sample[lang].units]


#: A Russian acting body and preambular paragraph, hard-wrapped at about 60 columns.
_RU_HEAD = [
    "Конференция участников Конвенции Организации Объединенных",
    "Наций против транснациональной организованной преступности,",
    "",
    "ссылаясь на свою резолюцию 9/3 о международном сотрудничестве",
    "по уголовно-правовым вопросам и о передаче осужденных лиц,",
    "",
]


def test_a_clause_broken_where_its_next_word_did_not_fit_goes_on():
    """Lines of about 60 columns: "государствам-членам" did not fit after "на них,", so the line broke there and
    the paragraph goes on. A line ending with a comma that had room for the next word ends its paragraph."""
    lines = _RU_HEAD + [
        "1. с учетом того, что обстоятельства привели к увеличению",
        "числа просьб о содействии и ответов на них,",
        "государствам-членам рекомендуется продолжать укреплять свой",
        "потенциал в области использования электронных средств и",
        "средств связи для передачи просьб о помощи,",
        "рекомендует также продолжать работу.",
    ]
    seg = segment(_doc("\n".join(lines) + "\n", "ru"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "p.1"]
    assert seg.get("op.1").text.endswith("ответов на них, государствам-членам рекомендуется продолжать укреплять "
                                         "свой потенциал в области использования электронных средств и средств "
                                         "связи для передачи просьб о помощи,")


def test_a_russian_preambular_paragraph_after_a_comma_starts_anew_even_without_room():
    """At 44 columns "руководствуясь" would not have fitted after "его сессии,", but it opens a preambular
    paragraph (a Russian one starts in lower case)."""
    lines = [
        "Конференция участников Конвенции Организации",
        "Объединенных Наций против организованной",
        "преступности,",
        "",
        "ссылаясь на свою резолюцию 9/3 о сотрудничестве",
        "и на доклад о работе его сессии,",
        "руководствуясь своей резолюцией 10/4 о",
        "передаче осужденных лиц и о правовой помощи,",
    ]
    seg = segment(_doc("\n".join(lines) + "\n", "ru"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "pp.2"]


# lines of about 60 columns, blank lines between paragraphs
_RU_WRAPPED = _RU_HEAD + [
    "1. рекомендует государствам-участникам шире использовать",
    "совместные расследования как современную форму международного",
    "сотрудничества и повысить их эффективность.",
    "{next} рекомендуется своевременно реагировать",
    "на просьбы об организации таких совместных расследований;",
    "",
    "2. просит секретариат представить Конференции на ее",
    "двенадцатой сессии доклад об осуществлении настоящей резолюции.",
]


def test_a_sentence_ended_where_the_next_word_did_not_fit_goes_on_when_blank_lines_part_paragraphs():
    """"Государствам-участникам" would not have fitted after "эффективность.": the line broke for want of room,
    and in a text that sets its paragraphs apart with blank lines, the paragraph goes on."""
    seg = segment(_doc("\n".join(_RU_WRAPPED).format(next="Государствам-участникам") + "\n", "ru"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "op.2"]
    assert "эффективность. Государствам-участникам рекомендуется" in seg.get("op.1").text


def test_a_sentence_ended_with_room_for_the_next_word_ends_its_paragraph():
    seg = segment(_doc("\n".join(_RU_WRAPPED).format(next="Им") + "\n", "ru"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "op.1", "p.1", "op.2"]
    assert seg.get("op.1").text.endswith("повысить их эффективность.")


def test_without_blank_lines_between_paragraphs_a_sentence_at_a_line_end_may_end_its_paragraph():
    """With no blank lines, a short line ending a sentence is all that shows a paragraph's end."""
    lines = [line for line in _RU_WRAPPED[:2] + _RU_WRAPPED[len(_RU_HEAD):] if line]
    text = "\n".join(lines).format(next="Государствам-участникам") + "\n"
    assert [u.id for u in segment(_doc(text, "ru")).units] == ["body", "op.1", "p.1", "op.2"]


_ANNEX_HEAD = ("The Conference of the Parties to the United Nations Convention\nagainst Transnational Organized Crime,\n\n"
               "1. Endorses the recommendations adopted by the Working Group on\n"
               "International Cooperation, annexed to the present resolution.\n\nAnnex\n\n")
_ITEM_AT_PAGE_END = ("(a) States are encouraged to provide stable and sustainable funding\n"
                     "to enable the Secretariat to provide technical assistance for building\n"
                     "capacity in the area of international cooperation in criminal matters.\n\nV.22-10006 6/9\n\n")
_NEXT_ITEM = "\n\n(b) States are encouraged to use technology to expedite procedures\nin the area of international cooperation.\n"


def test_an_item_whose_full_last_line_ends_a_sentence_goes_on_over_a_page():
    """No unlettered paragraph stands among lettered items: the running text at the top of the next page is the
    rest of the item above, which ended a sentence where its line was full."""
    rest = "In so doing, special attention should be paid to the new challenges\nposed by the pandemic to central authorities;"
    seg = segment(_doc(_ANNEX_HEAD + _ITEM_AT_PAGE_END + rest + _NEXT_ITEM, "en"))
    assert [u.id for u in seg.units] == ["body", "op.1", "annex1", "annex1.a", "annex1.b"]
    assert seg.get("annex1.a").text.endswith("in criminal matters. In so doing, special attention should be paid to the "
                                             "new challenges posed by the pandemic to central authorities;")


def test_a_heading_at_the_top_of_the_next_page_is_no_rest_of_the_item_above():
    seg = segment(_doc(_ANNEX_HEAD + _ITEM_AT_PAGE_END + "Other matters" + _NEXT_ITEM, "en"))
    assert [u.id for u in seg.units] == ["body", "op.1", "annex1", "annex1.a", "annex1.s1", "annex1.b"]


def test_a_heading_broken_by_a_page_where_its_next_word_did_not_fit_is_one_heading():
    """Lines of about 80 columns: the heading's line is not full, but "Transnacional" did not fit after
    "Organizada", so the heading goes on over the page."""
    text = ("La Conferencia de las Partes en la Convención de las Naciones Unidas contra la\n"
            "Delincuencia Organizada Transnacional,\n\n"
            "1. Hace suyas las recomendaciones aprobadas por el Grupo de Trabajo sobre\n"
            "Cooperación Internacional, que figuran en el anexo de la presente resolución;\n\nAnexo\n\n"
            "Recomendaciones aprobadas por el Grupo de Trabajo sobre Cooperación\nInternacional\n\n"
            "(a) Se alienta a los Estados partes a que sigan utilizando el artículo 20 de la\n"
            "Convención contra la Delincuencia Organizada como base jurídica para la\n"
            "cooperación internacional en materia de técnicas especiales de investigación, en\n"
            "particular en los casos de entrega vigilada;\n\n"
            "Cuestiones relacionadas con el Mecanismo de Examen de la Aplicación de la\n"
            "Convención de las Naciones Unidas contra la Delincuencia Organizada\n\nV.22-10006 6/9\n\n"
            "Transnacional y sus Protocolos\n\n"
            "(b) Se alienta a los Estados partes objeto de examen a que informen a la\n"
            "Conferencia de las Partes sobre las medidas adoptadas para aplicar las\n"
            "recomendaciones del Mecanismo de Examen;\n")
    seg = segment(_doc(text, "es"))
    assert [u.id for u in seg.units] == ["body", "op.1", "annex1", "annex1.title", "annex1.a", "annex1.s1", "annex1.b"]
    assert seg.get("annex1.s1").text.endswith("Delincuencia Organizada Transnacional y sus Protocolos")


def test_an_annex_title_whose_rest_after_a_page_break_ends_without_punctuation_stays_the_title():
    """"… at its thirteenth meeting," looked like the start of the annex's introduction until the page break;
    its rest, "held from 23 to 27 May 2022", ends with no punctuation: it was the title."""
    text = (_ANNEX_HEAD +
            "Recommendations adopted by the Working Group on International Cooperation\n"
            "at its thirteenth meeting,\n\nV.22-10006 6/9\n\nheld from 23 to 27 May 2022\n\n"
            "At its thirteenth meeting, the Working Group on International Cooperation\n"
            "adopted the following recommendations:" + _NEXT_ITEM)
    seg = segment(_doc(text, "en"))
    assert [u.id for u in seg.units] == ["body", "op.1", "annex1", "annex1.title", "annex1.intro", "annex1.b"]
    assert seg.get("annex1.title").text.endswith("at its thirteenth meeting, held from 23 to 27 May 2022")
    assert seg.get("annex1.intro").text.startswith("At its thirteenth meeting")


@pytest.mark.parametrize("columns", [50, 60])
def test_a_paragraph_whose_first_lines_look_like_a_heading_goes_on_over_a_page_break(sample, columns):
    """The annex's introduction broken by a page after its second line, which is nearly full and has no closing
    punctuation yet: though one more character would have fitted (a proportional font leaves such room), two
    lines are no title, and the paragraph goes on."""
    lines = _hard_wrap(corpora.load(SAMPLE, "zh").text, columns).split("\n")
    intro = sample["zh"].get("annex2.intro").raw
    first = next(n for n, line in enumerate(lines) if line and intro.startswith(line))
    lines[first + 2] = lines[first + 1][-1] + lines[first + 2]  # one character less on the second line
    lines[first + 1] = lines[first + 1][:-1]
    text = "\n".join(lines[:first + 2] + ["", "V.22-10006 6/9", ""] + lines[first + 2:])
    seg = segment(_doc(text, "zh"))
    assert [(u.id, u.text) for u in seg.units] == [(u.id, u.text) for u in sample["zh"].units]


def test_a_chinese_line_with_room_for_the_next_character_ends_its_paragraph(sample):
    """Chinese wraps between any two characters: a title line with room left for one more ends the title, even
    with no blank line before the acting body (whose line, having no spaces, is no one long word)."""
    title = sample["zh"].get("title").text
    wrapped = _hard_wrap(corpora.load(SAMPLE, "zh").text, 70)
    last_line = _hard_wrap(title, 70).split("\n")[-1]
    assert _columns(last_line) < 60 and f"\n{last_line}\n\n" in wrapped
    seg = segment(_doc(wrapped.replace(f"\n{last_line}\n\n", f"\n{last_line}\n", 1), "zh"))
    assert [(u.id, u.text) for u in seg.units] == [(u.id, u.text) for u in sample["zh"].units]


def test_a_title_that_left_room_on_its_line_before_a_page_break_ends_there(sample):
    """Lines of 74 columns, a page break after the annex's title: the title's line is nearly full, but "2021" would
    still have fitted on it, so the paragraph at the top of the next page, which begins with it, is no rest of it."""
    title = sample["zh"].get("annex1.title").text
    text = _hard_wrap(corpora.load(SAMPLE, "zh").text, 74).replace(f"\n{title}\n", f"\n{title}\n\nV.22-10004 4/9\n", 1)
    seg = segment(_doc(text, "zh"))
    assert seg.get("annex1.title").text == title
    assert [u.id for u in seg.units] == [u.id for u in sample["zh"].units]


@pytest.mark.parametrize("columns", [56, 70, 82, 96])
@pytest.mark.parametrize("spaced", [True, False])
def test_a_line_break_between_a_chinese_character_and_a_digit_is_joined_as_the_text_spaces_them(columns, spaced):
    """The sample spaces Chinese characters from digits and Latin letters ("其 2006 年"); with those spaces taken
    out ("其2006年") the joined lines must not have them either."""
    plain = corpora.load(SAMPLE, "zh").text
    if not spaced:
        plain = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=[\u4e00-\u9fff])", "", plain)
    text = _hard_wrap(plain, columns)
    assert re.search(r"[\u4e00-\u9fff]\n[0-9]|[0-9]\n[\u4e00-\u9fff]", text)  # some lines break there
    assert [u.text for u in segment(_doc(text, "zh")).units] == [u.text for u in segment(_doc(plain, "zh")).units]


@pytest.mark.parametrize(("lang", "first", "rest"), [
    ("en", "Recommendations adopted by the Working Group on", "International Cooperation at its thirteenth meeting"),
    ("fr", "Recommandations adoptées par le Groupe de travail sur la", "Coopération internationale à sa treizième réunion"),
    ("es", "Recomendaciones aprobadas por el Grupo de Trabajo sobre", "Cooperación Internacional en su 13ª reunión"),
])
def test_an_annex_title_broken_after_a_preposition_by_a_page_break_is_one_title(lang, first, rest):
    """No title or paragraph ends with an article, preposition or conjunction: the next page goes on with it."""
    body = {"en": "The Conference of the Parties,\n\n1. Endorses the recommendations.\n\nAnnex II\n\n",
            "fr": "La Conférence des Parties,\n\n1. Fait siennes les recommandations.\n\nAnnexe II\n\n",
            "es": "La Conferencia de las Partes,\n\n1. Hace suyas las recomendaciones.\n\nAnexo II\n\n"}[lang]
    text = f"{body}{first}\n\nV.22-10017 7/9\n\n{rest}\n"
    seg = segment(_doc(text, lang))
    assert seg.get("annex2.title").text == f"{first} {rest}"
    assert [u.id for u in seg.units if u.id.startswith("annex2")] == ["annex2", "annex2.title"]


def test_a_document_symbol_line_is_not_taken_for_the_rest_of_a_text_ending_in_a_preposition():
    text = ("Resolution 1/1\n\nWork of the Working Group on\n\nCTOC/COP/2022/L.6\n\n"
            "The Conference of the Parties,\n\n1. Decides.\n")
    seg = segment(_doc(text, "en"))
    assert "CTOC/COP/2022/L.6" not in seg.get("title").text


def test_a_russian_sentence_going_on_over_a_page_break_with_a_relative_pronoun_is_one_paragraph():
    """"которая" (which) after a comma and a page break goes on with the sentence; a gerund ("приветствуя") opens
    the next preambular paragraph."""
    head = "Конференция участников,\n\nотмечая работу Рабочей группы и темы передачи осужденных лиц,\n\f\n"
    tail = "\n\nприветствуя доклад,\n\n1. постановляет продолжить работу.\n"
    seg = segment(_doc(head + "которая обсуждалась на ее тринадцатом совещании," + tail, "ru"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "pp.2", "op.1"]
    assert seg.get("pp.1").text.endswith("осужденных лиц, которая обсуждалась на ее тринадцатом совещании,")
    seg = segment(_doc(head + "исходя из необходимости укреплять сотрудничество," + tail, "ru"))
    assert [u.id for u in seg.units] == ["body", "pp.1", "pp.2", "pp.3", "op.1"]


@pytest.mark.parametrize("lang, text, expected", [
    ("zh", "鼓励缔约国应对冠状病毒病（COVID-\n19）大流行带来的新挑战。", "鼓励缔约国应对冠状病毒病（COVID-19）大流行带来的新挑战。"),
    ("ar", "تشجع الدول على مواجهة جائحة كوفيد-\n19 وتعزيز التعاون.", "تشجع الدول على مواجهة جائحة كوفيد-19 وتعزيز التعاون."),
])
def test_a_hyphen_ending_a_line_before_a_figure_stays_with_no_space_in_any_language(lang, text, expected):
    seg = segment(_doc(f"1. {text}\n", lang))
    assert seg.units[0].text == expected


@pytest.mark.parametrize("lang, columns, every", [("zh", 70, 23), ("ar", 60, 50)])
def test_an_annex_title_ending_a_page_does_not_take_the_first_paragraph_of_the_next(sample, lang, columns, every):
    """In these two layouts an annex's title fills its last line right before a page break; the annex's first
    paragraph, after the break, is running text and no more of the title."""
    text = _with_pages(_hard_wrap(corpora.load(SAMPLE, lang).text, columns), every, "CTOC/COP/2022/L.6")
    seg = segment(_doc(text, lang))
    assert [(u.id, u.text) for u in seg.units] == [(u.id, u.text) for u in sample[lang].units]


def test_items_lettered_as_word_numbers_them_by_default():
    """"a.", "b." (Word's default lettered list, and a browser's), "i.", "ii." below them: items, as "(a)" is; a
    line "p. 209" is no item."""
    text = ("The Conference of the Parties,\n\n1. Adopts the following recommendations:\n\n"
            "a. States parties are encouraged to use joint investigations;\n\n"
            "b. The Secretariat should continue its work:\n\ni. by collecting information;\n\n"
            "ii. by preparing a compilation;\n\n2. Decides to remain seized of the matter.\n\n"
            "p. 209 of the report gives the figures.\n")
    seg = segment(_doc(text, "en"))
    assert [(u.id, u.label) for u in seg.units] == [
        ("body", ""), ("op.1", "1."), ("op.1.a", "a."), ("op.1.b", "b."), ("op.1.b.i", "i."), ("op.1.b.ii", "ii."),
        ("op.2", "2."), ("p.1", "")]
    assert seg.get("op.1.a").text == "States parties are encouraged to use joint investigations;"


def test_a_line_ending_mid_sentence_in_a_paragraphed_text_goes_on_though_the_next_word_seemed_to_fit():
    """As Chromium prints a Russian item at 125 %: "Организации" ends a line of proportional type three quarters
    full, and "Объединенных" would have fitted by the count of letters; mid-sentence, in a text that sets its
    paragraphs apart with blank lines, the item goes on."""
    block = ("h) государствам рекомендуется шире практиковать проведение\nконсультаций по конкретным вопросам: до "
             "фактической\nпередачи осужденных лиц — по таким вопросам, как условно-\nдосрочное освобождение, "
             "продолжительность процедур,\nвозможности реинтеграции и реабилитации, условия\nсодержания под стражей и "
             "медицинское обслуживание, а в ходе\nпроцесса передачи — по таким вопросам, как двойная\nкриминальность, "
             "частичное признание приговоров и адаптация\nнаказаний, принимая во внимание, в надлежащих случаях,\n"
             "Минимальные стандартные правила Организации\nОбъединенных Наций в отношении обращения с заключенными\n"
             "(Правила Нельсона Манделы);")
    text = f"Приложение\n\nРекомендации\n\n{block}\n\ni) государствам рекомендуется продолжать работу.\n"
    seg = segment(_doc(text, "ru"))
    assert [u.id for u in seg.units] == ["annex1", "annex1.title", "annex1.h", "annex1.i"]
    assert seg.get("annex1.h").text.endswith("правила Организации Объединенных Наций в отношении обращения с "
                                             "заключенными (Правила Нельсона Манделы);")
