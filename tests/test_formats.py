"""Glossary exchange formats: TBX-Basic (valid, lossless, read from other tools), CSV/TSV, Excel, JSON."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from lxml import etree

from aligner.errors import GlossaryError, InputError
from glossary.formats import (
    TBX_NS,
    read_csv,
    read_glossary,
    read_json,
    read_tbx,
    validate_tbx,
    write_csv,
    write_glossary,
    write_json,
    write_tbx,
)
from glossary.model import Context, Entry, Term

FULL = "United Nations Convention against Transnational Organized Crime"


def _entries() -> list[Entry]:
    """Entries exercising every field: six languages, variants, statuses, short forms, odd characters."""
    convention = Entry(
        concept="untoc",
        terms={
            "ar": (Term("اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية", "ar", 2),),
            "zh": (
                Term("联合国打击跨国有组织犯罪公约", "zh", 3, contexts=(
                    Context("zh.txt", "pp.1", "回顾《联合国打击跨国有组织犯罪公约》及其议定书，"),
                    Context("zh.txt", "op.2", "a|b \\ c, \"quoted\"; semi"),
                )),
                Term("公约", "zh", 5, status="admitted", abbreviation_of="联合国打击跨国有组织犯罪公约"),
            ),
            "en": (
                Term(FULL, "en", 3, contexts=(Context("en.txt", "pp.1", f"Recalling the {FULL},\nline two"),)),
                Term("UNTOC", "en", 1, status="admitted", abbreviation_of=FULL),
                Term("Palermo Convention", "en", 0, status="deprecated", pos="properNoun"),
            ),
            "fr": (Term("Convention des Nations Unies contre la criminalité transnationale organisée", "fr", 2),),
            "ru": (Term("Конвенция Организации Объединенных Наций против транснациональной организованной преступности", "ru", 2),),
            "es": (Term("Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional", "es", 2),),
        },
        confidence=0.875,
        source="reference",
        note="Adopted by resolution 55/25.\nSecond line of the note.",
        subject="crime prevention",
    )
    authorities = Entry(
        concept="competent-authorities",
        terms={
            "en": (Term("competent authorities", "en", 4, pos="noun",
                        contexts=(Context("en.txt", "op.1", "Urges the competent authorities"),)),),
            "zh": (Term("主管机关", "zh", 4), Term("主管当局", "zh", 1, status="admitted")),
            "de": (Term("zuständige Behörden", "de", 0, pos="noun"),),  # a language outside the six
        },
        confidence=0.5,
        source="extracted",
    )
    odd = Entry(
        concept="3 odd id_x0041_ é/ü",  # not an XML name: must survive TBX anyway
        terms={"en": (Term("shall | should", "en", 1, pos="verb", abbreviation_of="a full form not listed"),)},
        source="imported",
    )
    return [convention, authorities, odd]


# ---------------------------------------------------------------------------
# TBX


def test_written_tbx_passes_the_tbx_basic_checks() -> None:
    data = write_tbx(_entries())
    assert validate_tbx(data) == []
    root = etree.fromstring(data)
    assert root.tag == f"{{{TBX_NS}}}tbx"
    assert (root.get("type"), root.get("style")) == ("TBX-Basic", "dca")


def test_written_tbx_uses_tbx_basic_data_categories_where_the_values_belong() -> None:
    root = etree.fromstring(write_tbx(_entries()))
    ns = {"t": TBX_NS}
    concept = root.find(".//t:conceptEntry[@id='untoc']", ns)
    assert concept.find("t:descrip[@type='subjectField']", ns).text == "crime prevention"
    assert concept.find("t:admin[@type='source']", ns).text == "reference"
    en = concept.find("t:langSec[@{http://www.w3.org/XML/1998/namespace}lang='en']", ns)
    first, short, old = en.findall("t:termSec", ns)
    assert first.find("t:term", ns).text == FULL
    assert first.find("t:termNote[@type='administrativeStatus']", ns).text == "preferredTerm-admn-sts"
    assert first.find("t:termNote[@type='termType']", ns).text == "fullForm"
    assert first.find("t:descripGrp/t:descrip[@type='context']", ns).text.startswith("Recalling")
    assert first.find("t:descripGrp/t:admin[@type='source']", ns).text == "en.txt"
    assert short.find("t:termNote[@type='termType']", ns).text == "acronym"
    assert short.find("t:ref[@type='crossReference']", ns).get("target") == first.get("id")
    assert old.find("t:termNote[@type='administrativeStatus']", ns).text == "deprecatedTerm-admn-sts"
    assert old.find("t:termNote[@type='partOfSpeech']", ns).text == "other"  # properNoun is not in the picklist
    zh_short = concept.findall("t:langSec", ns)[1].findall("t:termSec", ns)[1]
    assert zh_short.find("t:termNote[@type='termType']", ns).text == "abbreviation"


def test_tbx_round_trip_is_lossless() -> None:
    assert read_tbx(write_tbx(_entries())) == _entries()


def test_tbx_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    path.write_bytes(write_tbx(_entries()))
    assert read_glossary(path) == _entries()


def test_empty_glossary_cannot_be_tbx() -> None:
    with pytest.raises(GlossaryError, match="empty"):
        write_tbx([])


def test_duplicate_concept_ids_are_refused() -> None:
    entry = _entries()[1]
    with pytest.raises(GlossaryError, match="share"):
        write_tbx([entry, entry])


_BROKEN = {
    "wrong namespace": lambda s: s.replace(TBX_NS, "urn:example:other"),
    "wrong dialect": lambda s: s.replace('type="TBX-Basic"', 'type="TBX-Default"'),
    "status outside picklist": lambda s: s.replace("admittedTerm-admn-sts", "recommendedTerm"),
    "pos outside picklist": lambda s: s.replace(">noun<", ">substantive<", 1),
    "unknown data category": lambda s: s.replace('type="subjectField"', 'type="domainLabel"'),
    "subject at term level": lambda s: s.replace(
        "<term>UNTOC</term>", '<term>UNTOC</term><descrip type="subjectField">x</descrip>'),
    "context at concept level": lambda s: s.replace(
        '<descrip type="subjectField">crime prevention</descrip>', '<descrip type="context">x</descrip>'),
    "termNote at langSec level": lambda s: s.replace(
        '<langSec xml:lang="fr">', '<langSec xml:lang="fr"><termNote type="partOfSpeech">noun</termNote>'),
    "langSec without xml:lang": lambda s: s.replace('<langSec xml:lang="fr">', "<langSec>"),
    "duplicate id": lambda s: s.replace('id="competent-authorities"', 'id="untoc"'),
    "dangling cross-reference": lambda s: s.replace('target="untoc-en-1"', 'target="nowhere"'),
    "term not first": lambda s: s.replace(
        "<term>UNTOC</term>", '<termNote type="termType">acronym</termNote><term>UNTOC</term>'),
    "foreign element": lambda s: s.replace(
        "<term>UNTOC</term>", '<term>UNTOC</term><x:extra xmlns:x="urn:x">1</x:extra>'),
    "not well-formed": lambda s: s.replace("</body>", ""),
}


@pytest.mark.parametrize("breakage", sorted(_BROKEN))
def test_the_validator_catches_broken_tbx(breakage: str) -> None:
    text = write_tbx(_entries()).decode("utf-8")
    broken = _BROKEN[breakage](text)
    assert broken != text, "the breakage did not apply"
    assert validate_tbx(broken.encode("utf-8")) != []


# A TBX-Basic file as another tool writes it (hand-written after the TBX-Basic
# dialect's published example layout): transactions, definitions, images,
# descripGrp-wrapped contexts, a superseded term, no termType.
OTHER_TOOL_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Exported from a terminology tool</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="T100">
      <transacGrp><transac type="transactionType">origination</transac><date>2021-05-03</date></transacGrp>
      <descrip type="subjectField">Law enforcement</descrip>
      <xref type="xGraphic" target="https://example.org/a.png">a.png</xref>
      <note>Checked against UNTERM.</note>
      <langSec xml:lang="en">
        <descripGrp><descrip type="definition">Bodies empowered to act.</descrip></descripGrp>
        <termSec>
          <term>central authority</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <descripGrp>
            <descrip type="context">Each State Party shall designate a central
              authority for mutual legal assistance.</descrip>
            <admin type="source">https://example.org/untoc-art18</admin>
          </descripGrp>
        </termSec>
        <termSec>
          <term>central body</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
        </termSec>
      </langSec>
      <langSec xml:lang="fr">
        <termSec><term>autorité centrale</term><termNote type="partOfSpeech">noun</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_reads_tbx_basic_from_another_tool() -> None:
    data = OTHER_TOOL_TBX.encode("utf-8")
    assert validate_tbx(data) == []  # the sample itself is valid TBX-Basic
    [entry] = read_tbx(data)
    assert entry.concept == "T100"
    assert entry.subject == "Law enforcement"
    assert entry.note == "Checked against UNTERM."
    assert entry.source == "imported"
    en = entry.terms["en"]
    assert [(t.text, t.status) for t in en] == [("central authority", "preferred"), ("central body", "deprecated")]
    assert en[0].contexts == (
        Context("https://example.org/untoc-art18", "",
                "Each State Party shall designate a central authority for mutual legal assistance."),
    )
    assert [(t.text, t.status, t.pos) for t in entry.terms["fr"]] == [("autorité centrale", "preferred", "noun")]


MARTIF_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>old tool</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="e1">
      <descrip type="subjectField">Treaties</descrip>
      <langSet xml:lang="en">
        <tig>
          <term>Conference of the Parties</term>
          <termNote type="termType">fullForm</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <descrip type="context">the Conference of the Parties to the Convention</descrip>
        </tig>
        <tig>
          <term>COP</term>
          <termNote type="termType">acronym</termNote>
        </tig>
      </langSet>
      <langSet xml:lang="es">
        <ntig>
          <termGrp>
            <term>Conferencia de las Partes</term>
            <termNote type="partOfSpeech">noun</termNote>
          </termGrp>
        </ntig>
      </langSet>
    </termEntry>
    <termEntry>
      <langSet xml:lang="zh"><tig><term>缔约方会议</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_reads_martif_tbx_v2(tmp_path: Path) -> None:
    path = tmp_path / "old.tbx"
    path.write_text(MARTIF_TBX, encoding="utf-8")
    first, second = read_glossary(path)
    assert first.concept == "e1" and first.subject == "Treaties"
    en = first.terms["en"]
    assert [(t.text, t.status, t.abbreviation_of) for t in en] == [
        ("Conference of the Parties", "preferred", ""),
        ("COP", "admitted", "Conference of the Parties"),
    ]
    assert en[0].contexts == (Context("", "", "the Conference of the Parties to the Convention"),)
    assert [t.text for t in first.terms["es"]] == ["Conferencia de las Partes"]
    assert second.concept == "c2" and [t.text for t in second.terms["zh"]] == ["缔约方会议"]


@pytest.mark.parametrize(
    "content, words",
    [
        (b"<tbx><text>", "not well-formed"),
        (b"<html><body>hello</body></html>", "not a TBX file"),
        (b'<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a"><langSec><termSec>'
         b"<term>x</term></termSec></langSec></conceptEntry></body></text></tbx>", "xml:lang"),
    ],
)
def test_bad_tbx_gives_one_line_error(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.tbx"
    path.write_bytes(content)
    with pytest.raises(GlossaryError) as error:
        read_glossary(path)
    assert words in str(error.value) and "\n" not in str(error.value)


def test_tbx_with_entity_expansion_is_not_expanded() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a"><langSec xml:lang="en">'
            b"<termSec><term>&b;</term></termSec></langSec></conceptEntry></body></text></tbx>")
    entries = read_tbx(bomb)
    assert all("aaaa" not in t.text for e in entries for terms in e.terms.values() for t in terms)


# ---------------------------------------------------------------------------
# CSV / TSV / JSON


def test_csv_starts_with_a_bom_and_has_one_column_per_language() -> None:
    text = write_csv(_entries())
    assert text.startswith("\ufeff")
    header = next(csv.reader(io.StringIO(text[1:])))
    assert header[:5] == ["concept", "subject", "note", "source", "confidence"]
    languages = [h for h in header if "_" not in h and h not in header[:5]]
    assert languages == ["ar", "zh", "en", "fr", "ru", "es", "de"]  # UN order, then the rest
    assert {"en_variants", "en_status", "en_pos", "en_frequency", "en_abbreviation_of", "en_contexts"} <= set(header)


def test_csv_cells_hold_preferred_term_and_bar_separated_variants() -> None:
    rows = list(csv.DictReader(io.StringIO(write_csv(_entries())[1:])))
    assert rows[0]["en"] == FULL
    assert rows[0]["en_variants"] == "UNTOC|Palermo Convention"
    assert rows[0]["en_status"] == "preferred|admitted|deprecated"
    assert rows[2]["en"] == "shall \\| should"  # a literal bar is escaped


@pytest.mark.parametrize("suffix, delimiter", [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_round_trip_losslessly(tmp_path: Path, suffix: str, delimiter: str) -> None:
    path = tmp_path / f"glossary{suffix}"
    path.write_bytes(write_csv(_entries(), delimiter=delimiter).encode("utf-8"))
    assert read_glossary(path) == _entries()
    assert read_csv(path) == _entries()


def test_reads_a_minimal_csv_as_memoq_users_write_it(tmp_path: Path) -> None:
    path = tmp_path / "simple.csv"
    path.write_text("English;French;zh\ncompetent authorities;autorités compétentes;主管机关|主管当局\n\n", encoding="utf-8")
    [entry] = read_csv(path)
    assert entry.concept == "row-2" and entry.source == "imported"
    assert [t.text for t in entry.terms["en"]] == ["competent authorities"]
    assert [t.text for t in entry.terms["fr"]] == ["autorités compétentes"]
    # one cell with alternatives: first preferred, the rest admitted
    assert [(t.text, t.status) for t in entry.terms["zh"]] == [("主管机关", "preferred"), ("主管当局", "admitted")]


def test_reads_an_id_column_as_the_concept(tmp_path: Path) -> None:
    path = tmp_path / "ids.tsv"
    path.write_text("Entry_ID\ten\tes\nT-7\tStates parties\tEstados partes\n", encoding="utf-8")
    [entry] = read_glossary(path)
    assert entry.concept == "T-7"
    assert [t.text for t in entry.terms["es"]] == ["Estados partes"]


def test_reads_variants_column_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("concept,en,en_variants\nc1,competent authority, competent authorities | relevant authorities \n",
                    encoding="utf-8")
    [entry] = read_csv(path)
    assert [(t.text, t.status, t.pos, t.frequency) for t in entry.terms["en"]] == [
        ("competent authority", "preferred", "noun", 0),
        ("competent authorities", "admitted", "noun", 0),
        ("relevant authorities", "admitted", "noun", 0),
    ]


@pytest.mark.parametrize(
    "content, words",
    [
        ("concept,subject\nc1,x\n", "no language column"),
        ("concept,en,en_variants,en_status\nc1,a,b,preferred\n", "1 values for 2 en terms"),
        ("concept,en,en_status\nc1,a,favourite\n", "unknown term status"),
        ("concept,en,en_frequency\nc1,a,many\n", "whole numbers"),
        ("concept,en,confidence\nc1,a,high\n", "not a number"),
        ("concept,en,en_contexts\nc1,a,[[1]]\n", "JSON list"),
    ],
)
def test_bad_csv_gives_one_line_error(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError) as error:
        read_csv(path)
    assert words in str(error.value) and "\n" not in str(error.value)


def test_json_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(write_json(_entries()), encoding="utf-8")
    assert read_json(path) == _entries()
    assert read_glossary(path) == _entries()


@pytest.mark.parametrize(
    "content, error_type, words",
    [
        ("{not json", GlossaryError, "not valid JSON"),
        ('{"concept": "x"}', GlossaryError, "list of entry objects"),
        ('[{"terms": {}}]', GlossaryError, "malformed"),
        ('[{"concept": "x", "terms": {"en": [{"text": "a", "frequency": "lots"}]}}]', GlossaryError, "malformed"),
        ("", InputError, "empty"),
    ],
)
def test_bad_json_gives_one_line_error(tmp_path: Path, content: str, error_type: type, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error_type) as error:
        read_json(path)
    assert words in str(error.value) and "\n" not in str(error.value)


def test_read_glossary_refuses_unknown_extensions_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "g.ods").write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="unknown glossary format"):
        read_glossary(tmp_path / "g.ods")
    with pytest.raises(InputError, match="no such file"):
        read_glossary(tmp_path / "absent.csv")
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="binary"):
        read_glossary(tmp_path / "bin.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="not a readable Excel"):
        read_glossary(tmp_path / "broken.xlsx")


@pytest.mark.parametrize("encoding", ["gb18030", "cp1252", "cp1251"])
def test_a_csv_glossary_saved_in_the_computers_own_code_page_is_read(tmp_path: Path, encoding: str) -> None:
    """As Excel saves a CSV file on a Chinese, Western or Russian Windows: not UTF-8."""
    other = {"gb18030": ("zh", "主管机关"), "cp1252": ("fr", "autorités compétentes"),
             "cp1251": ("ru", "компетентные органы")}[encoding]
    path = tmp_path / "local.csv"
    path.write_bytes(f"en,{other[0]}\ncompetent authorities,{other[1]}\n".encode(encoding))
    [entry] = read_glossary(path)
    assert entry.terms[other[0]][0].text == other[1] and entry.terms["en"][0].text == "competent authorities"


# ---------------------------------------------------------------------------
# Excel


def test_xlsx_round_trips_losslessly_and_keeps_every_cell_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "glossary.xlsx"
    path.write_bytes(write_glossary(_entries(), "xlsx"))
    assert read_glossary(path) == _entries()
    sheet = load_workbook(path)["terms"]
    assert [cell.value for cell in sheet[1]][:6] == ["concept", "subject", "note", "source", "confidence", "ar"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert all(cell.data_type == "s" for row in sheet.iter_rows() for cell in row if cell.value is not None)


def test_reads_a_terminologists_own_sheet(tmp_path: Path) -> None:
    """Language names as headers, a number typed as a number, an empty row, a sheet not called "terms"."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Glossaire"
    for row in (["ID", "English", "Chinese", "French"], [17, "competent authorities", "主管机关|主管当局", None], [],
                [18, "central authorities", "中央机关", "autorités centrales"]):
        sheet.append(row)
    workbook.save(tmp_path / "mine.xlsx")
    entries = read_glossary(tmp_path / "mine.xlsx")
    assert [e.concept for e in entries] == ["17", "18"]
    assert [(t.text, t.status) for t in entries[0].terms["zh"]] == [("主管机关", "preferred"), ("主管当局", "admitted")]
    assert "fr" not in entries[0].terms and entries[1].terms["fr"][0].text == "autorités centrales"


def test_an_excel_reference_list_gives_the_findings_of_the_same_list_as_tsv(tmp_path: Path) -> None:
    """The shipped reference list, as a terminologist's sheet: the same entries as from its TSV file."""
    from openpyxl import Workbook

    from glossary.reference import SHIPPED_REFERENCE, load_reference

    workbook = Workbook()
    for row in csv.reader(io.StringIO(SHIPPED_REFERENCE.read_text(encoding="utf-8-sig")), delimiter="\t"):
        workbook.active.append(row)
    workbook.save(tmp_path / "reference.xlsx")
    assert load_reference(tmp_path / "reference.xlsx") == load_reference()


def test_a_table_in_valid_utf8_is_read_as_utf8_however_short() -> None:
    """The text decoder weighs a short text's plausibility in other code pages; a table file's valid UTF-8 is kept."""
    from aligner.decoding import decode_table, decode_text

    data = "a,Ð¾Ð±".encode("utf-8")
    assert decode_text(data)[1] != "utf-8"  # (what makes the case)
    assert decode_table(data) == "a,Ð¾Ð±"


CAT_TOOL_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en-US">
  <text><body>
    <termEntry id="c1">
      <langSet xml:lang="EN-US"><ntig><termGrp><term>central authority</term></termGrp></ntig></langSet>
      <langSet xml:lang="en-GB"><tig><term>central authorities</term></tig></langSet>
      <langSet xml:lang="zh-Hans"><tig><term>中央机关</term></tig></langSet>
      <langSet xml:lang="fr-FR"><tig><term>autorité centrale</term></tig></langSet>
      <langSet xml:lang="de-DE"><tig><term>Zentralbehörde</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


def test_regional_language_tags_of_cat_tools_are_read_as_the_un_languages(tmp_path: Path) -> None:
    """memoQ, Trados and Excel write "EN-US", "zh-Hans", "fr-FR": the terms belong to en, zh, fr, where the checks
    and the glossary look for them; another language keeps its tag."""
    (tmp_path / "tool.tbx").write_text(CAT_TOOL_TBX, encoding="utf-8")
    (entry,) = read_glossary(tmp_path / "tool.tbx")
    assert {lang: [t.text for t in terms] for lang, terms in entry.terms.items()} == {
        "en": ["central authority", "central authorities"], "zh": ["中央机关"], "fr": ["autorité centrale"],
        "de-DE": ["Zentralbehörde"]}
    assert all(t.lang == lang for lang, terms in entry.terms.items() for t in terms)
    (tmp_path / "tool.csv").write_text("ID,EN-US,zh_CN,fr-FR\n7,central authority,中央机关,autorité centrale\n",
                                       encoding="utf-8")
    (entry,) = read_glossary(tmp_path / "tool.csv")
    assert {lang: [t.text for t in terms] for lang, terms in entry.terms.items()} == {
        "en": ["central authority"], "zh": ["中央机关"], "fr": ["autorité centrale"]}
