"""Tables in a document's text: a report's annex listing the documents before a session, its columns set out in
spaces (as pdftotext -layout lays them out) or between tabs (as the .odt and web page readers give a table's rows).
Each row is a unit (``annex1.row2``) whose cells are its sentences, the segments a translation tool makes of a
table; paragraph labels set off by a tab, justified lines and a masthead's cells are no table.
"""

from __future__ import annotations

import pytest

import corpora
from aligner.align import align_pair, align_sentences_within
from aligner.model import Document
from aligner.segment import segment
from glossary.checks.runner import run_checks
from tests.test_segment import _hard_wrap
from tests.test_segment_layouts import _ids, _seg

HEAD = {
    "en": ("Report of the Conference of the Parties on its eleventh session", "I. Introduction",
           "1. The Conference held its eleventh session in Vienna from 17 to 21 October 2022.", "Annex",
           "List of documents before the Conference of the Parties at its eleventh session"),
    "zh": ("缔约方会议第十一届会议报告", "一. 导言", "1. 缔约方会议于2022年10月17日至21日在维也纳举行了第十一届会议。", "附件",
           "缔约方会议第十一届会议收到的文件清单"),
    "fr": ("Rapport de la Conférence des Parties sur les travaux de sa onzième session", "I. Introduction",
           "1. La Conférence a tenu sa onzième session à Vienne du 17 au 21 octobre 2022.", "Annexe",
           "Liste des documents dont la Conférence des Parties était saisie à sa onzième session"),
}
#: The table's rows: header, then symbol, agenda item, title.
ROWS = {
    "en": (("Document symbol", "Agenda item", "Title or description"),
           ("CTOC/COP/2022/1", "2", "Provisional agenda and annotations"),
           ("CTOC/COP/2022/2", "3", "Report on the activities of the working groups"),
           ("CTOC/COP/2022/L.1", "9", "Draft report")),
    "zh": (("文号", "议程项目", "标题或说明"),
           ("CTOC/COP/2022/1", "2", "临时议程和说明"),
           ("CTOC/COP/2022/2", "3", "关于各工作组活动的报告"),
           ("CTOC/COP/2022/L.1", "9", "报告草稿")),
    "fr": (("Cote", "Point de l’ordre du jour", "Titre ou description"),
           ("CTOC/COP/2022/1", "2", "Ordre du jour provisoire et annotations"),
           ("CTOC/COP/2022/2", "3", "Rapport sur les activités des groupes de travail"),
           ("CTOC/COP/2022/L.1", "9", "Projet de rapport")),
}
AFTER = {"en": "The documents are available on the website.", "zh": "文件可在网站上查阅。",
         "fr": "Les documents peuvent être consultés sur le site Web."}


def _columns(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    """The rows set out in columns, as pdftotext -layout gives them: each column as wide as its widest cell, plus four."""
    widths = [max(len(row[k]) for row in rows) + 4 for k in range(len(rows[0]))]
    return ["".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]


def _report(lang: str, layout: str) -> str:
    rows = _columns(ROWS[lang]) if layout == "columns" else ["\t".join(row) for row in ROWS[lang]]
    return "\n\n".join(HEAD[lang]) + "\n\n" + "\n".join(rows) + "\n\n" + AFTER[lang] + "\n"


EXPECTED_IDS = ["p.1", "ch.1", "para.1", "annex1", "annex1.title", "annex1.row1", "annex1.row2", "annex1.row3",
                "annex1.row4", "annex1.p1"]


@pytest.mark.parametrize("lang", sorted(HEAD))
@pytest.mark.parametrize("layout", ["columns", "tabs"])
def test_each_row_of_a_table_is_a_unit_and_its_cells_are_its_sentences(lang: str, layout: str) -> None:
    seg = _seg(_report(lang, layout), lang)
    assert [u.id for u in seg.units] == EXPECTED_IDS
    rows = [u for u in seg.units if u.kind == "row"]
    assert [u.sentences for u in rows] == [tuple(row) for row in ROWS[lang]]
    assert rows[1].text.split() == " ".join(ROWS[lang][1]).split()  # one space between the cells
    assert seg.get("annex1.p1").text == AFTER[lang]  # the text under the table is a paragraph, no introduction


def test_a_cells_text_wrapped_in_its_column_goes_on_with_its_row() -> None:
    lines = _columns(ROWS["en"])
    lines.insert(3, " " * lines[2].index("Report") + "established by the Conference")
    text = "\n\n".join(HEAD["en"]) + "\n\n" + "\n".join(lines) + "\n"
    seg = _seg(text, "en")
    assert [u.id for u in seg.units if u.kind == "row"] == ["annex1.row1", "annex1.row2", "annex1.row3", "annex1.row4"]
    assert seg.get("annex1.row3").sentences == (
        "CTOC/COP/2022/2", "3", "Report on the activities of the working groups established by the Conference")


def test_rows_one_to_a_paragraph_and_outside_an_annex() -> None:
    """Rows set apart by blank lines are rows too; outside an annex they are ``row1`` …"""
    text = "Participation\n\n" + "\n\n".join("\t".join(row) for row in ROWS["en"]) + "\n\nThe list is final.\n"
    assert _ids(text, "en") == ["p.1", "row1", "row2", "row3", "row4", "p.2"]


@pytest.mark.parametrize("lines", [
    # paragraph labels set off by a tab, as Word's numbering and a web page's layout table give them
    ["1.\tDecides to establish a working group;", "2.\tRequests the Secretariat to assist it;"],
    ["(a)\tOpening of the session;", "(b)\tElection of officers;"],
    ["1 -\tيقرر إنشاء فريق عامل؛", "2 -\tيطلب إلى الأمانة مساعدته؛"],
    ["一、\t导言", "二、\t会议安排"],
    ["•\tfirst point;", "•\tsecond point."],
    ["2.1\tThe first rule.", "2.2\tThe second rule."],
    # a justified paragraph, its words run apart by two spaces, and lines whose gaps do not line up
    ["The  Conference  of  the  Parties  decided  to  hold  its", "next  session  in  Vienna  in  the  autumn  of"],
    # a justified paragraph as a PDF's text taken in a layout mode gives it: words far apart, the second of two
    # lines starting where the other's does
    ["Конференция        участников        Конвенции        Организации",
     "Объединенных        Наций        против        транснациональной"],
    ["Item one   of the list", "and a second line      of the text"],
])
def test_what_is_no_table(lines: list[str]) -> None:
    seg = segment(Document(text="\n".join(lines) + "\n", lang="ar" if "يقرر" in lines[0] else "en", name="t"))
    assert "row" not in {u.kind for u in seg.units}


def test_a_single_line_with_gaps_is_no_table_and_a_masthead_keeps_its_cells() -> None:
    assert "row" not in {u.kind for u in _seg("Name\tValue\n\nThe text goes on.\n", "en").units}
    masthead = ("United Nations                                  CTOC/COP/2022/1\n"
                "Conference of the Parties to the                Distr.: General\n"
                "United Nations Convention against               2 August 2022\n"
                "Transnational Organized Crime                   Original: English\n\n")
    seg = _seg(masthead + "Provisional agenda\n\n1. Opening of the session.\n", "en")
    assert "row" not in {u.kind for u in seg.units}


def test_the_versions_rows_align_cell_by_cell_and_their_gaps_are_no_double_spaces() -> None:
    zh, en = _seg(_report("zh", "tabs"), "zh"), _seg(_report("en", "columns"), "en")
    beads = align_sentences_within(align_pair(zh, en), zh, en).beads
    assert (("annex1.row3.s3",), ("annex1.row3.s3",)) in [(b.ids["zh"], b.ids["en"]) for b in beads]
    findings = run_checks([zh, en], rules=["double-space"]).findings
    assert findings == ()
    typo = _seg(_report("en", "columns").replace("available on", "available  on"), "en")
    assert [f.locations[0].unit for f in run_checks([typo], rules=["double-space"]).findings] == ["annex1.p1"]


def test_a_web_pages_table_gives_its_rows(tmp_path) -> None:
    """The web page reader gives a table's rows with their cells between tabs: each row is a unit."""
    from aligner.readers import read_document

    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS["en"])
    page = tmp_path / "list.html"
    page.write_text(f"<html><body><p>Annex</p><p>{HEAD['en'][4]}</p><table>{rows}</table><p>{AFTER['en']}</p>"
                    "</body></html>", encoding="utf-8")
    seg = segment(read_document(page, lang="en"))
    assert [u.id for u in seg.units] == ["annex1", "annex1.title", "annex1.row1", "annex1.row2", "annex1.row3",
                                         "annex1.row4", "annex1.p1"]
    assert seg.get("annex1.row4").sentences == ROWS["en"][3]


def test_a_table_of_figures_spaced_evenly_is_still_a_table() -> None:
    """Cells of figures set out at even gaps are columns, not a justified line."""
    rows = ["Year        2020    2021    2022", "Cases       120     135     150", "Requests    80      95      110"]
    text = "Annex\n\nRequests received\n\n" + "\n".join(rows) + "\n\nThe figures are provisional.\n"
    assert [u.kind for u in _seg(text, "en").units].count("row") == 3


def _justified(text: str, columns: int) -> str:
    """``text`` wrapped at ``columns`` with each line but a paragraph's last justified by spaces spread between its
    words, as a PDF's text taken out in a layout mode (``pdftotext -layout``) gives it."""
    out = []
    for paragraph in text.split("\n\n"):
        lines = _hard_wrap(paragraph, columns).split("\n")
        for k, line in enumerate(lines):
            words = line.split(" ")
            if k < len(lines) - 1 and len(words) > 2:
                missing, gaps = columns - len(line), len(words) - 1
                line = "".join(word + " " * (1 + missing // gaps + (g < missing % gaps))
                               for g, word in enumerate(words[:-1])) + words[-1]
            out.append(line)
        out.append("")
    return "\n".join(out)


@pytest.mark.parametrize("lang", ["en", "es", "ru"])
@pytest.mark.parametrize("columns", [60, 70, 80])
def test_a_text_justified_with_spaces_gives_the_units_of_the_plain_text(lang: str, columns: int) -> None:
    """Words set far apart to justify a line line up by chance from one line to the next: no table's columns."""
    plain = corpora.load("untoc-cop-res-11-1", lang).text
    text = _justified(plain, columns)
    assert "   " in text
    got = [(u.id, u.kind, u.text) for u in segment(Document(text=text, lang=lang, name="justified")).units]
    assert got == [(u.id, u.kind, u.text) for u in segment(Document(text=plain, lang=lang, name="plain")).units]
