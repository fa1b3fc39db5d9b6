"""Arabic as pdftotext gives it, set back in reading order: embedded runs and the letters of lam-alef ligatures."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpora
from aligner.extraction import in_reading_order
from aligner.readers import read_document
from aligner.segment import segment

DATA = Path(__file__).parent / "data"
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"


def line(*parts: str) -> str:
    """A right-to-left line as pdftotext writes it: in an embedding, its left-to-right runs in embeddings of their own
    (given here as 1-tuples)."""
    return RLE + "".join(LRE + part[0] + PDF if isinstance(part, tuple) else part for part in parts) + PDF


@pytest.mark.parametrize("run, read", [
    (" - 1", "1 - "),  # a numbered paragraph's label
    (" ،2021", "2021، "),  # a year before the comma that follows it
    (".39574", "39574."),  # a figure before a sentence's full stop
    ("19-", "-19"),  # كوفيد-19
    (" )19-", "-19) "),
    ("( 2", "2 ("),  # المادة 2 (ب)
    (".4-2", "2-4."),  # a range: two figures, in the line's order
    (" ،CTOC/COP/WG.3/2021/3 ³", "³ CTOC/COP/WG.3/2021/3، "),  # a footnote's number before its symbol
    ("11/1", "11/1"),
    ("1.5", "1.5"),
    ("United Nations", "United Nations"),
])
def test_runs_in_embeddings_read_in_the_lines_order(run, read):
    assert in_reading_order(line("القرار ", (run,), " يقر")) == line("القرار ", read, " يقر")  # (its marks left out)


@pytest.mark.parametrize("drawn, written", [
    ("األمم", "الأمم"), ("واالتفاقية", "والاتفاقية"), ("اإلجراءات", "الإجراءات"),  # two alefs in a row
    ("لألمم", "للأمم"), ("وفقا ألطرها القانونية", "وفقا ألطرها القانونية"),  # a hamza's alef inside a word; at its start: as it is
    ("خالل", "خلال"), ("استقالل", "استقلال"),  # an alef and a lam before a lam
    ("وال سيما", "ولا سيما"), ("ال يجوز", "لا يجوز"), ("إال", "إلا"),  # the word لا
])
def test_ligatures_drawn_alef_first_are_written_lam_first(drawn, written):
    evidence = "تنفيذ األحكام في اتفاقية األمم المتحدة مع األطراف "
    assert in_reading_order(evidence + drawn) == "تنفيذ الأحكام في اتفاقية الأمم المتحدة مع الأطراف " + written


def test_the_preposition_before_a_word_that_opens_with_an_alef_is_read_where_the_word_is_one_of_the_text():
    """"التفاقية" is "لاتفاقية" where "اتفاقية" is a word of the text, and "ألغراض" is "لأغراض" where "أغراض" is;
    "الدول" stays ("ادول" is no word), and so does "التفاقية" where "اتفاقية" is nowhere."""
    evidence = "تنفيذ األحكام في اتفاقية األمم المتحدة مع األطراف وهذه أغراض "
    assert in_reading_order(evidence + "التفاقية ألغراض الدول").endswith("لاتفاقية لأغراض الدول")
    assert in_reading_order("تنفيذ األحكام في األمم المتحدة مع األطراف التفاقية").endswith(" التفاقية")


@pytest.mark.parametrize("word", ["الدول", "والتعاون", "بالتعاون", "واللجنة", "باللغة", "مجال", "مسألة", "المسألة",
                                  "إلى", "آلية", "أعمال"])
def test_an_alef_and_a_lam_of_a_word_stay(word):
    evidence = "تنفيذ األحكام في اتفاقية األمم المتحدة مع األطراف "
    assert in_reading_order(evidence + word).endswith(" " + word)


def test_arabic_in_reading_order_is_left_as_it_is():
    text = corpora.load("untoc-cop-res-11-1", "ar").text
    assert in_reading_order(text) is text
    with_marks = "\n".join(RLE + line + PDF for line in text.split("\n"))  # embeddings, but none left to right
    assert in_reading_order(with_marks) == with_marks


def test_two_swapped_openings_are_no_evidence():
    assert in_reading_order("األمم واالتفاقية خالل") == "األمم واالتفاقية خالل"


def test_setting_back_twice_changes_nothing_more():
    once = in_reading_order(line("تنفيذ األحكام في ", (" ،2021",), " األمم خالل األطراف"))
    assert in_reading_order(once) == once


@pytest.mark.parametrize("name", ["pdftotext-chromium", "pdftotext-layout-chromium", "pdftotext-layout-chromium-indented"])
def test_the_arabic_sample_as_pdftotext_gives_it(name):
    """pdftotext of the Arabic sample printed by Chromium (tests/data/make_chromium_pdfs.py), without and with
    -layout (lines right-aligned, their room at their start), and with -layout printed with first-line indents and
    no space between paragraphs (a line of stray letters, "أ    أ", at the foot of two pages): the sample's unit ids
    and footnote references, and the texts of the units whose words hold no lam-alef that the place leaves open
    (41 of 66; 3 and 0 before)."""
    path = DATA / f"{name}-untoc-cop-res-11-1.ar.txt"
    assert "األمم" in path.read_text(encoding="utf-8")
    expected, got = segment(corpora.load("untoc-cop-res-11-1", "ar")), segment(read_document(path, lang="ar"))
    assert [(u.id, u.footnote_refs) for u in got.units] == [(u.id, u.footnote_refs) for u in expected.units]
    same = sum(a.text == b.text for a, b in zip(got.units, expected.units))
    assert same >= 41
    assert got.get("op.1").text == expected.get("op.1").text and got.get("fn.3").text == expected.get("fn.3").text
