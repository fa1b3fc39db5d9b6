"""Tests for aligner.render: every output format, read back by an independent reader."""

from __future__ import annotations

import io
import json
import re
from html.parser import HTMLParser

import pytest
import wcwidth
from lxml import etree
from openpyxl import load_workbook
from translate.storage.tmx import tmxfile

from aligner.errors import AlignError, InputError
from aligner.model import Alignment, Bead
from aligner.render import (
    BINARY_FORMATS,
    RENDERERS,
    alignment_from_json,
    alignment_from_xlsx,
    render,
    to_align_format,
    to_html,
    to_json,
    to_table,
    to_tmx,
    to_tsv,
    to_xlsx,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

TRICKY_EN = 'Takes note of the "Protocols" & annexes <I and II>,\tparagraph 3;\nsee also A/RES/55/25 🙂'
TRICKY_ZH = "注意到《议定书》和附件<一>与“二”，\t第3段；\n另见 A/RES/55/25 🙂"


def bead(ids: dict, texts: dict, score: float, flags: tuple = ()) -> Bead:
    return Bead(ids={k: tuple(v) for k, v in ids.items()}, texts=texts, score=score, flags=flags)


@pytest.fixture
def zh_en() -> Alignment:
    return Alignment(
        languages=("zh", "en"),
        level="unit",
        beads=(
            bead({"zh": ["pp.1"], "en": ["pp.1"]},
                 {"zh": "缔约国会议，", "en": "The Conference of the Parties,"}, 0.97),
            bead({"zh": ["pp.2", "pp.3"], "en": ["pp.2"]},
                 {"zh": "回顾其第10/1号决议。又回顾其第9/1号决议。",
                  "en": "Recalling its resolutions 10/1 and 9/1,"}, 0.81),
            bead({"zh": [], "en": ["fn.1"]},
                 {"zh": "", "en": "United Nations, Treaty Series, vol. 2225, No. 39574."}, 0.3,
                 ("missing-in-target", "low-confidence")),
            bead({"zh": ["op.1"], "en": ["op.1"]}, {"zh": TRICKY_ZH, "en": TRICKY_EN}, 0.64,
                 ("number-mismatch",)),
        ),
    )


SIX = ("ar", "zh", "en", "fr", "ru", "es")


@pytest.fixture
def six() -> Alignment:
    first = {
        "ar": "إن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية،",
        "zh": "联合国打击跨国有组织犯罪公约缔约国会议，",
        "en": "The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,",
        "fr": "La Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée,",
        "ru": "Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности,",
        "es": "La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional,",
    }
    second = {
        "ar": "تقرر أن تعقد دورتها الثانية عشرة في فيينا عام 2024 & <مؤقتاً>.",
        "zh": "决定2024年在维也纳举行第十二届会议。",
        "en": "Decides to hold its twelfth session in Vienna in 2024 & <provisionally>.",
        "fr": "",
        "ru": "постановляет провести свою двенадцатую сессию в Вене в 2024 году.",
        "es": "Decide celebrar su 12.º período de sesiones en Viena en 2024.",
    }
    third = {lang: f"({lang}) صفر" if lang == "ar" else f"({lang}) x" for lang in SIX}
    return Alignment(
        languages=SIX,
        level="unit",
        names={"ar": "CTOC/COP/2022/L.1 (A)", "en": "CTOC/COP/2022/L.1"},
        beads=(
            bead({lang: ["pp.1"] for lang in SIX}, first, 0.95),
            bead({lang: ([] if lang == "fr" else ["op.2"]) for lang in SIX}, second, 0.55,
                 ("missing-in-target",)),
            bead({lang: ["fn.1"] for lang in SIX}, third, 0.12),
        ),
    )


@pytest.fixture
def sentences() -> Alignment:
    return Alignment(
        languages=("zh", "en"),
        level="sentence",
        beads=(
            bead({"zh": ["0", "1"], "en": ["0"]}, {"zh": "一。二。", "en": "One and two."}, 0.9),
            bead({"zh": ["2"], "en": ["1", "2"]}, {"zh": "三。", "en": "Three. Three again."}, 0.8),
            bead({"zh": [], "en": ["3"]}, {"zh": "", "en": "Inserted."}, 0.0),
            bead({"zh": ["3"], "en": []}, {"zh": "删除。", "en": ""}, 0.0),
        ),
    )


# --------------------------------------------------------------------------- JSON


def test_json_round_trip(zh_en, six, sentences):
    for alignment in (zh_en, sentences):
        assert alignment_from_json(to_json(alignment)) == alignment
    back = alignment_from_json(to_json(six))
    assert back.beads == six.beads and back.languages == six.languages and back.level == six.level


def test_json_shape_and_unicode(zh_en):
    text = to_json(zh_en)
    data = json.loads(text)
    assert set(data) == {"languages", "level", "beads"}
    assert data["languages"] == ["zh", "en"] and data["level"] == "unit"
    third = data["beads"][2]
    assert set(third) == {"ids", "texts", "score", "flags"}
    assert third["ids"] == {"zh": [], "en": ["fn.1"]}
    assert third["texts"]["zh"] == ""
    assert third["score"] == 0.3
    assert third["flags"] == ["missing-in-target", "low-confidence"]
    assert "缔约国会议" in text and "🙂" in text  # ensure_ascii=False
    assert "\n  " in text  # indented


def test_json_fills_languages_missing_from_a_bead():
    alignment = Alignment(("zh", "en"), (Bead(ids={"en": ("a",)}, texts={"en": "A"}, score=1.0),))
    data = json.loads(to_json(alignment))
    assert data["beads"][0]["ids"] == {"zh": [], "en": ["a"]}
    assert data["beads"][0]["texts"] == {"zh": "", "en": "A"}


@pytest.mark.parametrize("bad", [
    "{not json",
    "[]",
    '{"languages": ["zh"], "level": "page", "beads": []}',
    '{"languages": ["zh"], "level": "unit", "beads": [{"ids": {"zh": [1]}, "texts": {}, "score": 1}]}',
    '{"languages": ["zh"], "level": "unit", "beads": [{"ids": {}, "texts": {}, "score": "high"}]}',
])
def test_json_reader_rejects_bad_input(bad):
    with pytest.raises(InputError):
        alignment_from_json(bad)


# --------------------------------------------------------------------------- TSV


def _tsv_unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[m.group(1)], value)


def test_tsv_one_line_per_bead(zh_en, six):
    for alignment in (zh_en, six):
        lines = to_tsv(alignment).split("\n")
        assert lines[-1] == ""  # ends with a newline
        lines = lines[:-1]
        assert len(lines) == len(alignment.beads) + 1
        width = 2 * len(alignment.languages) + 2
        assert all(len(line.split("\t")) == width for line in lines)


def test_tsv_header_and_values(zh_en):
    lines = to_tsv(zh_en).rstrip("\n").split("\n")
    assert lines[0].split("\t") == ["zh_ids", "zh_text", "en_ids", "en_text", "score", "flags"]
    second = lines[2].split("\t")
    assert second[:4] == ["pp.2,pp.3", "回顾其第10/1号决议。又回顾其第9/1号决议。", "pp.2",
                          "Recalling its resolutions 10/1 and 9/1,"]
    assert float(second[4]) == pytest.approx(0.81)
    third = lines[3].split("\t")
    assert third[0] == "" and third[1] == ""
    assert third[5] == "missing-in-target,low-confidence"
    fourth = lines[4].split("\t")
    assert _tsv_unescape(fourth[1]) == TRICKY_ZH
    assert _tsv_unescape(fourth[3]) == TRICKY_EN


def test_tsv_escapes_backslashes():
    alignment = Alignment(("en", "fr"), (bead({"en": ["1"], "fr": ["1"]},
                                               {"en": "a\\tb", "fr": "c\r\nd"}, 1.0),))
    row = to_tsv(alignment).split("\n")[1].split("\t")
    assert row[1] == "a\\\\tb" and _tsv_unescape(row[1]) == "a\\tb"
    assert _tsv_unescape(row[3]) == "c\r\nd"


# --------------------------------------------------------------------------- TMX

# Structure of TMX 1.4b (element content models and required header attributes),
# restricted to the elements hexalign writes.
TMX_DTD = """
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #REQUIRED>
<!ELEMENT header (note|prop|ude)*>
<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED
                 segtype (block|paragraph|sentence|phrase) #REQUIRED o-tmf CDATA #REQUIRED
                 adminlang CDATA #REQUIRED srclang CDATA #REQUIRED datatype CDATA #REQUIRED>
<!ELEMENT body (tu*)>
<!ELEMENT tu ((note|prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED srclang CDATA #IMPLIED>
<!ELEMENT tuv ((note|prop)*, seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED>
<!ELEMENT note (#PCDATA)>
<!ELEMENT ude (#PCDATA)>
<!ELEMENT seg (#PCDATA)>
"""


def test_tmx_header_and_structure(zh_en, sentences):
    data = to_tmx(zh_en, source_lang="en", tool_version="9.8.7")
    assert data.startswith(b"<?xml") and b"encoding='UTF-8'" in data.split(b"\n")[0]
    root = etree.fromstring(data)
    assert etree.DTD(io.StringIO(TMX_DTD)).validate(root)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("creationtool") == "hexalign"
    assert header.get("creationtoolversion") == "9.8.7"
    assert header.get("segtype") == "paragraph"
    assert header.get("srclang") == "en"
    assert header.get("datatype") == "plaintext"
    assert header.get("adminlang") and header.get("o-tmf")
    assert all(tuv.get(XML_LANG) in ("zh", "en") for tuv in root.iter("tuv"))
    sentence_root = etree.fromstring(to_tmx(sentences, source_lang="zh", tool_version="1"))
    assert sentence_root.find("header").get("segtype") == "sentence"


def test_tmx_read_back_by_translate_toolkit(zh_en):
    store = tmxfile.parsestring(to_tmx(zh_en, source_lang="zh", tool_version="0.1"))
    assert store.sourcelanguage == "zh"
    assert len(store.units) == len(zh_en.beads)
    for unit, expected in zip(store.units, zh_en.beads):
        segments = {node.get(XML_LANG): unit.getNodeText(node) for node in unit.getlanguageNodes()}
        wanted = {lang: text.strip() for lang, text in expected.texts.items() if text.strip()}
        assert segments == wanted
    first, last = store.units[0], store.units[3]
    assert first.source == "缔约国会议，" and first.gettarget("en") == "The Conference of the Parties,"
    assert last.source == TRICKY_ZH and last.gettarget("en") == TRICKY_EN
    assert store.translate("缔约国会议，") == "The Conference of the Parties,"
    # the bead with no Chinese names its English side as source
    assert store.units[2].xmlelement.get("srclang") == "en"
    assert store.units[2].source == "United Nations, Treaty Series, vol. 2225, No. 39574."


def test_tmx_six_languages_every_tuv_present(six):
    root = etree.fromstring(to_tmx(six, source_lang="en", tool_version="0.1"))
    assert etree.DTD(io.StringIO(TMX_DTD)).validate(root)
    units = root.findall("body/tu")
    assert len(units) == 3
    for tu, expected in zip(units, six.beads):
        langs = [tuv.get(XML_LANG) for tuv in tu.findall("tuv")]
        assert langs == [lang for lang in SIX if expected.texts[lang]]
        for tuv in tu.findall("tuv"):
            lang = tuv.get(XML_LANG)
            assert tuv.findtext("seg") == expected.texts[lang]
            assert tuv.findtext("prop[@type='x-hexalign-ids']") == ",".join(expected.ids[lang])
        assert float(tu.findtext("prop[@type='x-hexalign-score']")) == pytest.approx(expected.score)
    assert "fr" not in [tuv.get(XML_LANG) for tuv in units[1].findall("tuv")]
    assert units[1].findtext("prop[@type='x-hexalign-flags']") == "missing-in-target"
    assert units[0].find("prop[@type='x-hexalign-flags']") is None


def test_tmx_skips_empty_beads_strips_segments_and_cleans_control_characters():
    alignment = Alignment(("en", "fr"), (
        bead({"en": [], "fr": []}, {"en": "", "fr": "  "}, 0.0),
        bead({"en": ["p1"], "fr": ["p1"]}, {"en": "  Page\x0cbreak  ", "fr": "Saut\x00de page"}, 0.9),
    ))
    root = etree.fromstring(to_tmx(alignment, source_lang="en", tool_version="1"))
    units = root.findall("body/tu")
    assert len(units) == 1 and units[0].get("tuid") == "2"
    assert [tuv.findtext("seg") for tuv in units[0].findall("tuv")] == ["Page break", "Saut de page"]


def test_tmx_language_tags_and_errors(zh_en):
    root = etree.fromstring(to_tmx(zh_en, source_lang="zh", tool_version="1", lang_tags={"zh": "zh-CN"}))
    assert root.find("header").get("srclang") == "zh-CN"
    assert {tuv.get(XML_LANG) for tuv in root.iter("tuv")} == {"zh-CN", "en"}
    with pytest.raises(AlignError):
        to_tmx(zh_en, source_lang="fr", tool_version="1")
    with pytest.raises(AlignError):
        to_tmx(Alignment(("zh", "en"), (), level="page"), source_lang="zh", tool_version="1")


# --------------------------------------------------------------------------- HTML

VOID = {"meta", "input", "br", "hr", "img", "link", "wbr", "col", "area", "base", "source"}


class HtmlChecker(HTMLParser):
    """Checks that tags nest and close, and collects the text of each language cell."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.cells: list[dict] = []  # one per language <td>: attrs, row id, text
        self.rows: dict[str, str] = {}  # row id -> class
        self._row = None
        self._cell = None
        self._in_seg = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "tr" and attrs.get("id"):
            self._row = attrs["id"]
            self.rows[self._row] = attrs.get("class") or ""
        if tag == "td" and "lang" in attrs:
            self._cell = {"attrs": attrs, "row": self._row, "text": ""}
            self.cells.append(self._cell)
        if tag == "div" and attrs.get("class") == "seg":
            self._in_seg = len(self.stack)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.errors.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self._in_seg == len(self.stack):
            self._in_seg = 0
        self.stack.pop()

    def handle_data(self, data):
        if self._in_seg and self._cell is not None:
            self._cell["text"] += data


def check_html(page: str) -> HtmlChecker:
    checker = HtmlChecker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def test_html_well_formed_and_complete(zh_en, six):
    for alignment in (zh_en, six):
        checker = check_html(to_html(alignment, title="Review"))
        texts = {(c["row"], c["attrs"]["lang"]): c["text"] for c in checker.cells}
        for number, expected in enumerate(alignment.beads, start=1):
            for lang in alignment.languages:
                assert texts[(f"bead-{number}", lang)] == (expected.texts[lang] if expected.texts[lang] else "")


def test_html_escapes_text_and_title(zh_en):
    page = to_html(zh_en, title='Draft <b>"11/1"</b> & co')
    assert "<I and II>" not in page and "&lt;I and II&gt;" in page
    assert "&quot;Protocols&quot; &amp; annexes" in page
    assert "<b>" not in page and "&lt;b&gt;&quot;11/1&quot;&lt;/b&gt; &amp; co" in page
    assert "🙂" in page and "缔约国会议" in page


def test_html_direction_and_language(six):
    checker = check_html(to_html(six, title="Six"))
    assert len(checker.cells) == len(six.beads) * len(SIX)
    for cell in checker.cells:
        lang = cell["attrs"]["lang"]
        assert cell["attrs"]["dir"] == ("rtl" if lang == "ar" else "ltr")
    assert 'lang="ar" dir="rtl"' in to_html(six, title="Six")


def test_html_has_no_external_references(six):
    page = to_html(six, title="Six").lower()
    for needle in ("http", "src=", "href", "@import", "url("):
        assert needle not in page


def test_html_highlights_flagged_and_low_score(zh_en):
    checker = check_html(to_html(zh_en, title="T"))
    review = {row for row, cls in checker.rows.items() if "review" in cls.split()}
    assert review == {"bead-3", "bead-4"}  # flagged (0.30 and 0.64); 0.97 and 0.81 are fine
    strict = check_html(to_html(zh_en, title="T", low_score=0.9))
    assert {row for row, cls in strict.rows.items() if "review" in cls.split()} == {"bead-2", "bead-3", "bead-4"}
    page = to_html(zh_en, title="T")
    assert page.count('class="score low"') == 1  # only 0.30 is below 0.5
    assert "<script>" in page and "position: sticky" in page
    assert '<td lang="zh" dir="ltr" class="text empty"></td>' in page


# --------------------------------------------------------------------------- XLSX


def test_xlsx_round_trip(zh_en, six, sentences):
    for alignment in (zh_en, six, sentences):
        assert alignment_from_xlsx(to_xlsx(alignment)) == alignment


def test_xlsx_layout(six):
    wb = load_workbook(io.BytesIO(to_xlsx(six)))
    ws = wb["beads"]
    header = [cell.value for cell in ws[1]]
    assert header == ["#", *SIX, "score", "flags", *(f"{lang} ids" for lang in SIX)]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(row=1, column=len(header)).column_letter}4"
    ar = ws.cell(row=2, column=2)
    assert ar.value == six.beads[0].texts["ar"]
    assert ar.alignment.horizontal == "right" and ar.alignment.readingOrder == 2 and ar.alignment.wrap_text
    en = ws.cell(row=2, column=4)
    assert en.alignment.horizontal != "right" and en.alignment.wrap_text
    assert ws.column_dimensions["B"].width >= 30
    score = ws.cell(row=4, column=8)
    assert score.value == pytest.approx(0.12) and isinstance(score.value, float)
    low, flagged, fine = ws.cell(row=4, column=3), ws.cell(row=3, column=3), ws.cell(row=2, column=3)
    assert low.fill.fgColor.rgb != fine.fill.fgColor.rgb
    assert flagged.fill.fgColor.rgb not in (fine.fill.fgColor.rgb, low.fill.fgColor.rgb)
    assert fine.fill.fill_type is None
    assert ws.cell(row=3, column=5).value in (None, "")  # French side empty
    assert wb["about"]["B1"].value == "unit"


def test_xlsx_keeps_formula_like_text_as_text():
    alignment = Alignment(("en", "fr"), (bead({"en": ["1"], "fr": ["1"]},
                                               {"en": "=SUM(A1:A2)", "fr": "+33 1 23"}, 0.7),))
    ws = load_workbook(io.BytesIO(to_xlsx(alignment)))["beads"]
    assert ws["B2"].value == "=SUM(A1:A2)" and ws["B2"].data_type == "s"
    assert alignment_from_xlsx(to_xlsx(alignment)) == alignment


def test_xlsx_reader_restores_document_order_after_sorting(zh_en):
    wb = load_workbook(io.BytesIO(to_xlsx(zh_en)))
    ws = wb["beads"]
    rows = [[cell.value for cell in row] for row in ws.iter_rows(min_row=2)]
    rows.sort(key=lambda values: values[3])  # a reviewer sorts by score
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c).value = value
    buffer = io.BytesIO()
    wb.save(buffer)
    assert alignment_from_xlsx(buffer.getvalue()) == zh_en


def test_xlsx_reader_rejects_other_files():
    with pytest.raises(InputError):
        alignment_from_xlsx(b"not a zip file")
    from openpyxl import Workbook
    buffer = io.BytesIO()
    Workbook().save(buffer)
    with pytest.raises(InputError):
        alignment_from_xlsx(buffer.getvalue())


# --------------------------------------------------------------------------- .align


def test_align_format(sentences):
    assert to_align_format(sentences) == "[0, 1]:[0]\n[2]:[1, 2]\n[]:[3]\n[3]:[]\n"
    assert to_align_format(sentences.beads) == "[0, 1]:[0]\n[2]:[1, 2]\n[]:[3]\n[3]:[]\n"


def test_align_format_errors(zh_en, six, sentences):
    with pytest.raises(AlignError):
        to_align_format(zh_en)  # ids are unit ids, not line numbers
    with pytest.raises(AlignError):
        to_align_format(six)
    mixed = [sentences.beads[0], bead({"zh": ["1"], "fr": ["1"]}, {}, 1.0)]
    with pytest.raises(AlignError):
        to_align_format(mixed)


# --------------------------------------------------------------------------- table


def test_table_is_aligned_and_within_width(zh_en, six):
    for alignment, width in ((zh_en, 90), (six, 160)):
        table = to_table(alignment, width=width)
        lines = table.rstrip("\n").split("\n")
        widths = {wcwidth.wcswidth(line) for line in lines}
        assert len(widths) == 1, widths  # every border lines up, CJK counted double
        assert widths.pop() <= width


def test_table_content(zh_en):
    table = to_table(zh_en, width=90)
    assert "pp.2,pp.3" in table and "fn.1" in table
    assert "—" in table  # empty Chinese side
    assert "0.30!" in table and "0.97!" not in table
    assert "missing-in-target" in table and "low-confidence" in table
    long = Alignment(("en", "fr"), (bead({"en": ["1"], "fr": ["1"]}, {"en": "word " * 300, "fr": "mot"}, 1.0),))
    cut = to_table(long, width=80, max_lines=3)
    assert "…" in cut and cut.count("word") < 60


# --------------------------------------------------------------------------- dispatch


def test_renderers_and_dispatch(sentences):
    assert set(RENDERERS) == {"table", "json", "tsv", "tmx", "html", "xlsx", "align"}
    assert BINARY_FORMATS == {"tmx", "xlsx"}
    for fmt in RENDERERS:
        output = render(sentences, fmt)
        assert isinstance(output, bytes if fmt in BINARY_FORMATS else str)
        assert output
    assert etree.fromstring(render(sentences, "tmx")).find("header").get("srclang") == "zh"
    with pytest.raises(AlignError):
        render(sentences, "docx")


def test_empty_alignment_renders_in_every_format():
    empty = Alignment(("en", "ar"), (), level="sentence")
    for fmt in RENDERERS:
        assert render(empty, fmt) is not None
    assert alignment_from_json(to_json(empty)) == empty
    assert alignment_from_xlsx(to_xlsx(empty)) == empty
    assert to_tsv(empty) == "en_ids\ten_text\tar_ids\tar_text\tscore\tflags\n"
    assert etree.fromstring(render(empty, "tmx")).find("body").findall("tu") == []
    check_html(to_html(empty, title="nothing"))


# --------------------------------------------------------------------------- reading TMX

TMX_FROM_ANOTHER_TOOL = b"""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" datatype="plaintext" segtype="sentence"
 adminlang="en-US" srclang="zh-CN" o-tmf="X"/>
<body>
 <tu tuid="a1"><tuv xml:lang="zh-CN"><seg>\xe9\xbc\x93\xe5\x8a\xb1<bpt i="1">&lt;b&gt;</bpt>\xe7\xbc\x94\xe7\xba\xa6\xe5\x9b\xbd<ept i="1">&lt;/b&gt;</ept>\xe5\x90\x88\xe4\xbd\x9c\xe3\x80\x82</seg></tuv>
  <tuv xml:lang="EN-us"><seg>Encourages <hi>States parties</hi> to cooperate.<ph>&lt;br/&gt;</ph></seg></tuv>
  <tuv xml:lang="de-DE"><seg>Ermutigt die Vertragsstaaten.</seg></tuv></tu>
 <tu><tuv lang="zh-TW"><seg>\xe5\xbc\x95\xe6\xb8\xa1</seg></tuv><tuv lang="en"><seg>  Extradition  </seg></tuv></tu>
 <tu><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>
</body></tmx>"""


def test_a_tmx_file_from_another_tool_reads_as_an_alignment():
    """Region subtags and TMX 1.1's lang attribute read as the UN language; native codes left out, highlighted
    text kept; other languages and units without a UN language left out."""
    from aligner.render import alignment_from_tmx

    alignment = alignment_from_tmx(TMX_FROM_ANOTHER_TOOL)
    assert alignment.languages == ("zh", "en") and alignment.level == "sentence"
    assert [bead.texts for bead in alignment.beads] == [
        {"zh": "鼓励缔约国合作。", "en": "Encourages States parties to cooperate."},
        {"zh": "引渡", "en": "Extradition"}]
    assert alignment.beads[0].ids == {"zh": ("a1",), "en": ("a1",)} and alignment.beads[1].ids["en"] == ("2",)


def test_tmx_written_by_hexalign_reads_back_with_its_scores(zh_en):
    from aligner.render import alignment_from_tmx

    back = alignment_from_tmx(to_tmx(zh_en, source_lang="zh", tool_version="t"))
    assert [b.texts for b in back.beads] == [{lang: b.texts[lang].strip() for lang in ("zh", "en")} for b in zh_en.beads
                                             if any(t.strip() for t in b.texts.values())]
    assert [round(b.score, 4) for b in back.beads] == [round(b.score, 4) for b in zh_en.beads
                                                       if any(t.strip() for t in b.texts.values())]


@pytest.mark.parametrize("data, words", [(b"<tmx", "not a readable TMX"), (b"<tbx/>", "root element is <tbx>"),
                                         (b"<tmx><body/></tmx>", "no translation unit")])
def test_a_bad_tmx_file_is_an_input_error(data, words):
    from aligner.render import alignment_from_tmx

    with pytest.raises(InputError, match=words):
        alignment_from_tmx(data)
