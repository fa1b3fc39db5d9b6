"""Report renderers: table, Markdown, JSON, HTML and Excel, on findings built by hand."""

from __future__ import annotations

import io
import json
import re

import lxml.html
import pytest

from aligner.model import Document, Segmentation, Unit
from glossary.checks.model import CheckContext, Finding, Location
from glossary.checks.report import RENDERERS, XLSX_COLUMNS, to_html, to_json, to_markdown, to_table, to_xlsx
from glossary.checks.typography import excerpt

ZH_RAW = "(k) 鼓励缔约国在收到移交请求后,适当考虑该请求;"
EN_TEXT = "(k) Encourages States parties to give due consideration to transfer requests;"
AR_TEXT = "(ك) يشجع الدول الأطراف على إيلاء الاعتبار الواجب لطلبات النقل؛"
FR_RAW = "la Convention¹ , et <b>les</b> Protocoles & « annexes »"
FR_TEXT = "la Convention , et <b>les</b> Protocoles & « annexes »"


def _seg(lang: str, name: str, *units: Unit) -> Segmentation:
    return Segmentation(Document(text="", lang=lang, name=name), units)


@pytest.fixture
def ctx() -> CheckContext:
    return CheckContext(
        documents=(
            _seg("zh", "res/zh", Unit("annex2.k", "recommendation", ZH_RAW, ZH_RAW)),
            _seg("en", "res/en", Unit("annex2.k", "recommendation", EN_TEXT, EN_TEXT)),
            _seg("ar", "res/ar", Unit("annex2.k", "recommendation", AR_TEXT, AR_TEXT)),
            _seg("fr", "res/fr", Unit("pp.1", "preambular", FR_TEXT, FR_RAW)),
        )
    )


@pytest.fixture
def findings() -> list[Finding]:
    comma = ZH_RAW.index(",")
    semi = ZH_RAW.index(";")
    space = FR_RAW.index(" ,")
    return [
        Finding(
            rule="zh-halfwidth-punct",
            severity="warning",
            message="half-width “,” in Chinese text",
            locations=(Location("res/zh", "zh", "annex2.k", comma, comma + 1, "移交请求后,适当考虑"),),
            suggestion="replace “,” with “，”",
            evidence=((", in document", "2"), ("， in document", "130")),
        ),
        Finding(
            rule="space-before-punct",
            severity="error",
            message="space before “,” <script>alert(1)</script>",
            locations=(Location("res/fr", "fr", "pp.1", space, space + 2, "Convention¹ , et <b>les</b>"),),
            suggestion="remove the space & check <i>",
            evidence=(("<ev>", "a & b"),),
        ),
        Finding(
            rule="zh-halfwidth-punct",
            severity="info",
            message="half-width “;” in Chinese text",
            locations=(Location("res/zh", "zh", "annex2.k", semi, semi + 1, "考虑该请求;"),),
            suggestion="replace “;” with “；”",
        ),
    ]


# ------------------------------------------------------------ table


def test_table_groups_by_rule_with_counts(findings):
    out = to_table(findings)
    lines = out.splitlines()
    # the error rule comes first, then the other rule with its two findings
    headings = [line for line in lines if re.fullmatch(r"[a-z-]+ \(\d+\)", line)]
    assert headings == ["space-before-punct (1)", "zh-halfwidth-punct (2)"]
    first, second = out.index("space-before-punct (1)"), out.index("zh-halfwidth-punct (2)")
    assert first < out.index("space before") < second < out.index("half-width “,”") < out.index("half-width “;”")
    header = next(line for line in lines if line.startswith("severity"))
    assert header.split() == ["severity", "document", "unit", "excerpt", "message", "suggestion"]
    row = next(line for line in lines if "half-width “,”" in line)
    assert row.split()[:3] == ["warning", "res/zh", "annex2.k"]
    assert "移交请求后,适当考虑" in out and "replace “,” with “，”" in out
    assert out.rstrip().endswith("3 finding(s): 1 error, 1 warning, 1 info")


def test_table_mentions_further_locations():
    locs = tuple(Location("d", "zh", "u1", i, i + 1, f"ex{i}") for i in range(3))
    out = to_table([Finding("r", "warning", "m", locs)])
    assert "ex0 (+2 more)" in out and "ex1" not in out


@pytest.mark.parametrize("units,named", [(11, 11), (25, 10)])
def test_table_and_markdown_name_ten_units_of_a_finding_in_many(units, named, ctx):
    """A finding in every unit of a document (radicals for characters throughout) names ten units and counts the
    rest; one more unit than ten is named rather than counted."""
    locs = tuple(Location("d", "zh", f"unit{i}", 0, 1, "ex") for i in range(units))
    finding = Finding("r", "error", "m", locs)
    for out in (to_table([finding]), to_markdown([finding], ctx)):
        flat = " ".join(out.split())
        assert [f"unit{i}" in flat.replace(",", " ").split() for i in range(units)] == [i < named for i in range(units)]
        assert (f"(+{units - named} more)" in flat) == (units > named)


def test_table_without_findings():
    assert to_table([]) == "No findings.\n"


# ------------------------------------------------------------ JSON


def test_json_schema(findings):
    data = json.loads(to_json(findings))
    assert set(data) == {"version", "summary", "findings"}
    assert data["version"] == 1
    assert data["summary"] == {
        "by_rule": {"space-before-punct": 1, "zh-halfwidth-punct": 2},
        "by_severity": {"error": 1, "warning": 1, "info": 1},
        "by_document": {"res/fr": 1, "res/zh": 2},
    }
    assert [f["rule"] for f in data["findings"]] == ["zh-halfwidth-punct", "space-before-punct", "zh-halfwidth-punct"]
    first = data["findings"][0]
    assert set(first) == {"rule", "severity", "message", "suggestion", "locations", "evidence"}
    assert first["locations"] == [
        {"document": "res/zh", "lang": "zh", "unit": "annex2.k", "start": ZH_RAW.index(","), "end": ZH_RAW.index(",") + 1, "excerpt": "移交请求后,适当考虑"}
    ]
    assert first["evidence"] == {", in document": "2", "， in document": "130"}
    assert data["findings"][2]["evidence"] == {}
    assert "移交请求后" in to_json(findings)  # written as UTF-8, not \u escapes


def test_json_without_findings():
    data = json.loads(to_json([]))
    assert data == {"version": 1, "summary": {"by_rule": {}, "by_severity": {"error": 0, "warning": 0, "info": 0}, "by_document": {}}, "findings": []}


# ------------------------------------------------------------ Markdown


def test_markdown_summary_and_sections(findings, ctx):
    out = to_markdown(findings, ctx)
    assert out.startswith("# Consistency report\n")
    assert "res/zh (zh, 1 units)" in out and "res/ar (ar, 1 units)" in out
    assert "| [space-before-punct](#space-before-punct) | 1 | 0 | 0 | 1 |" in out
    assert "| [zh-halfwidth-punct](#zh-halfwidth-punct) | 0 | 1 | 1 | 2 |" in out
    assert "3 finding(s): 1 error, 1 warning, 1 info" in out
    sections = re.findall(r"^## (.+)$", out, flags=re.M)
    assert sections == ["Summary", "space-before-punct", "zh-halfwidth-punct"]
    zh_section = out.split("## zh-halfwidth-punct")[1]
    assert zh_section.count("| warning |") + zh_section.count("| info |") == 2


def test_markdown_escapes_cells(ctx):
    finding = Finding("r", "warning", "a | b <script>", (Location("d", "en", "u", 0, 1, "x|y"),), suggestion="use ‘|’")
    out = to_markdown([finding], ctx)
    row = next(line for line in out.splitlines() if line.startswith("| warning"))
    assert "a \\| b &lt;script&gt;" in row and "x\\|y" in row
    assert len(re.findall(r"(?<!\\)\|", row)) == 7  # six cells, no stray separators


def test_markdown_without_findings(ctx):
    assert to_markdown([], ctx).rstrip().endswith("No findings.")


# ------------------------------------------------------------ HTML


#: The columns of a side-by-side block.
VERSION = ".//div[contains(concat(' ', @class, ' '), ' version ')]"


def _doc(html_text: str):
    return lxml.html.document_fromstring(html_text)


def test_html_is_self_contained(findings, ctx):
    out = to_html(findings, ctx, title="Report")
    page = _doc(out)
    assert page.xpath("//script") == []
    assert page.xpath("//link") == [] and page.xpath("//img") == []
    assert "@import" not in out and "url(" not in out
    assert re.findall(r"(?:src|href)=\"https?:", out) == []
    assert len(page.xpath("//style")) == 1
    assert out.startswith("<!DOCTYPE html>")


def test_html_escapes_all_text(findings, ctx):
    out = to_html(findings, ctx, title="<Review> & co")
    page = _doc(out)
    assert page.xpath("//script") == [] and page.xpath("//b") == [] and page.xpath("//i") == []
    assert page.findtext(".//title") == "<Review> & co"
    assert page.xpath("string(//h1)") == "<Review> & co"
    text = page.text_content()
    assert "space before “,” <script>alert(1)</script>" in text
    assert "remove the space & check <i>" in text
    assert "<ev>" in text and "a & b" in text
    assert "<b>les</b> Protocoles & « annexes »" in text


def test_html_side_by_side_versions_and_marks(findings, ctx):
    page = _doc(to_html(findings, ctx))
    articles = page.xpath("//article[contains(@class,'finding')]")
    assert len(articles) == 3
    zh_comma = next(a for a in articles if "half-width “,”" in a.text_content())
    columns = zh_comma.xpath(VERSION)
    assert [c.get("lang") for c in columns] == ["zh", "en", "ar"]
    assert [c.get("dir") for c in columns] == ["ltr", "ltr", "rtl"]
    assert "offending" in columns[0].get("class")
    assert [m.text for m in columns[0].xpath(".//mark")] == [","]
    assert columns[0].xpath("string(.//p)") == ZH_RAW
    assert columns[1].xpath("string(.//p)") == EN_TEXT
    assert columns[2].xpath("string(.//p)") == AR_TEXT
    assert columns[1].xpath(".//mark") == []
    # the French unit has no twin in the other documents: one column, the span marked in raw
    fr = next(a for a in articles if "space before" in a.text_content())
    fr_columns = fr.xpath(VERSION)
    assert len(fr_columns) == 1
    assert [m.text for m in fr_columns[0].xpath(".//mark")] == [" ,"]


def test_html_marks_offsets_in_clean_text_when_they_point_there(ctx):
    start = FR_TEXT.index("Protocoles")
    finding = Finding("term", "warning", "term", (Location("res/fr", "fr", "pp.1", start, start + 10, excerpt(FR_TEXT, start, start + 10)),))
    page = _doc(to_html([finding], ctx))
    assert [m.text for m in page.xpath("//mark")] == ["Protocoles"]


def test_html_merges_overlapping_spans_of_one_unit(ctx):
    locs = (Location("res/zh", "zh", "annex2.k", 4, 6, ZH_RAW[2:9]), Location("res/zh", "zh", "annex2.k", 5, 7, ZH_RAW[3:10]))
    page = _doc(to_html([Finding("r", "warning", "m", locs)], ctx))
    assert [m.text for m in page.xpath("//mark")] == [ZH_RAW[4:7]]
    assert len(page.xpath("//div[contains(@class,'offending')]")) == 1


def test_html_unknown_unit_shows_excerpt(ctx):
    finding = Finding("r", "warning", "m", (Location("elsewhere", "en", "x.1", 0, 3, "the <excerpt>"),))
    page = _doc(to_html([finding], ctx))
    assert "the <excerpt>" in page.xpath("string(//div[contains(@class,'offending')])")


def test_html_charts_per_rule_and_document(findings, ctx):
    page = _doc(to_html(findings, ctx))
    svgs = page.xpath("//svg")
    assert len(svgs) == 2
    per_rule, per_doc = svgs
    assert [t.text for t in per_rule.xpath(".//text")][::2] == ["space-before-punct", "zh-halfwidth-punct"]
    assert [t.text for t in per_rule.xpath(".//text")][1::2] == ["1", "2"]
    assert [t.text for t in per_doc.xpath(".//text")] == ["res/fr", "1", "res/zh", "2"]
    # one error bar for space-before-punct, then a warning and an info bar for zh-halfwidth-punct, each of count 1
    rects = per_rule.xpath(".//rect")
    assert [r.get("fill") for r in rects] == ["#c62828", "#e67700", "#1565c0"]
    assert len({r.get("width") for r in rects}) == 1
    # the per-document bar of res/zh (2) is twice as long as that of res/fr (1)
    doc_widths = [float(r.get("width")) for r in per_doc.xpath(".//rect")]
    assert len(doc_widths) == 3 and doc_widths[1] + doc_widths[2] == pytest.approx(2 * doc_widths[0])


def test_html_without_findings(ctx):
    page = _doc(to_html([], ctx))
    assert "No findings." in page.text_content() and page.xpath("//svg") == []


def test_renderers_cover_the_cli_formats(findings, ctx):
    assert set(RENDERERS) == {"table", "markdown", "json", "html", "xlsx"}
    for name, render in RENDERERS.items():
        out = render(findings, ctx)
        if name == "xlsx":
            assert isinstance(out, bytes) and out.startswith(b"PK"), name
        else:
            assert isinstance(out, str) and "half-width" in out, name


# ------------------------------------------------------------ Excel


def test_xlsx_has_a_row_per_place_in_report_order_and_columns_for_the_reviser(findings):
    from openpyxl import load_workbook

    two_places = Finding(rule="term-variant", severity="warning", message="=variant of 主管机关",
                         locations=(Location("res/zh", "zh", "op.1", 0, 4, "主管当局"),
                                    Location("res/ar", "ar", "op.2", 0, 4, AR_TEXT[:20] + "\x01")),
                         suggestion="write “主管机关”")
    book = load_workbook(io.BytesIO(to_xlsx(findings + [two_places])))
    sheet = book["findings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == XLSX_COLUMNS and rows[0][-2:] == ("status", "comment")
    # rules by worst severity: the error first, then term-variant before zh-halfwidth-punct (both warnings)
    assert [(r[0], r[2], r[5]) for r in rows[1:]] == [(1, "space-before-punct", "pp.1"), (2, "term-variant", "op.1"),
                                                      (2, "term-variant", "op.2"), (3, "zh-halfwidth-punct", "annex2.k"),
                                                      (4, "zh-halfwidth-punct", "annex2.k")]
    assert rows[2][7] == "=variant of 主管机关" and sheet.cell(row=3, column=8).data_type == "s"  # text, no formula
    # a character XML cannot hold becomes a space
    assert rows[3][6] == AR_TEXT[:20] + " " and sheet.cell(row=4, column=7).alignment.horizontal == "right"
    assert sheet.cell(row=2, column=1).fill.fgColor.rgb.endswith("FFEBEE")  # the error's row
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:K6"
    counts = {r[0]: r[1] for r in book["summary"].iter_rows(values_only=True) if r[0]}
    assert counts["zh-halfwidth-punct"] == 2 and counts["error"] == 1 and counts["res/zh"] == 3
