"""``hexalign glossary`` commands, run through click's test runner on the group itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.glossary_cmd import glossary
from glossary.formats import read_glossary, validate_tbx, write_json
from glossary.model import Context, Entry, Term


def _entries() -> list[Entry]:
    return [
        Entry(
            concept="competent-authorities",
            terms={
                "zh": (Term("主管机关", "zh", 4, contexts=(Context("zh.txt", "op.1", "请各缔约国主管机关加强合作"),)),
                       Term("主管当局", "zh", 1, status="admitted")),
                "en": (Term("competent authorities", "en", 5),),
                "ar": (Term("السلطات المختصة", "ar", 2),),
            },
            confidence=0.9,
            source="extracted",
        ),
        Entry(
            concept="cop",
            terms={
                "en": (Term("Conference of the Parties", "en", 3),
                       Term("COP", "en", 2, status="admitted", abbreviation_of="Conference of the Parties")),
                "ru": (Term("Конференция участников", "ru", 3),),
            },
            source="reference",
        ),
    ]


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def glossary_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.json"
    path.write_text(write_json(_entries()), encoding="utf-8")
    return path


@pytest.fixture()
def db(tmp_path: Path, runner: CliRunner, glossary_file: Path) -> Path:
    path = tmp_path / "tb.sqlite"
    result = runner.invoke(glossary, ["import", str(glossary_file), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_import_reports_counts_and_is_idempotent(runner: CliRunner, db: Path, glossary_file: Path) -> None:
    result = runner.invoke(glossary, ["import", str(glossary_file), "--db", str(db)])
    assert result.exit_code == 0
    assert "0 added, 0 updated, 2 unchanged" in result.output


def test_import_uses_hexalign_db_when_no_db_is_given(runner: CliRunner, glossary_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "env" / "tb.sqlite"
    result = runner.invoke(glossary, ["import", str(glossary_file)], env={"HEXALIGN_DB": str(target)})
    assert result.exit_code == 0, result.output
    assert target.is_file()


def test_search_table(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["search", "主管機關", "--db", str(db)])
    assert result.exit_code == 0, result.output
    first = [line for line in result.output.splitlines() if "主管机关" in line][0]
    assert "exact" in first and "en: competent authorities" in first


def test_search_json(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["search", "COP", "--lang", "en", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert hits[0]["term"] == "COP" and hits[0]["match"] == "exact" and hits[0]["concept"] == "cop"
    assert hits[0]["entry"]["terms"]["ru"][0]["text"] == "Конференция участников"


def test_search_without_hits_says_so(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["search", "zzzzqqq", "--db", str(db)])
    assert result.exit_code == 0
    assert "no term matches" in result.output


def test_show_by_concept_and_by_number(runner: CliRunner, db: Path) -> None:
    by_name = runner.invoke(glossary, ["show", "cop", "--db", str(db)])
    assert by_name.exit_code == 0, by_name.output
    assert "Conference of the Parties" in by_name.output and "COP" in by_name.output
    number = json.loads(runner.invoke(glossary, ["search", "COP", "--format", "json", "--db", str(db)]).output)[0]["id"]
    by_number = runner.invoke(glossary, ["show", str(number), "--format", "json", "--db", str(db)])
    assert by_number.exit_code == 0
    assert json.loads(by_number.output)["concept"] == "cop"


def test_show_lists_contexts(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["show", "competent-authorities", "--db", str(db)])
    assert "[zh] zh.txt op.1: 请各缔约国主管机关加强合作" in result.output


def test_concordance(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["concordance", "加強合作", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"document": "zh.txt", "unit": "op.1", "snippet": "请各缔约国主管机关加强合作"}]


@pytest.mark.parametrize("fmt", ["tbx", "csv", "tsv", "json", "xlsx"])
def test_export_round_trips_through_import(runner: CliRunner, db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(glossary, ["export", "--format", fmt, "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert read_glossary(out) == _entries()
    if fmt == "tbx":
        assert validate_tbx(out.read_bytes()) == []


def test_export_format_from_extension_and_language_filter(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ru-en.csv"
    result = runner.invoke(glossary, ["export", "-o", str(out), "--lang", "ru", "--lang", "en", "--db", str(db)])
    assert result.exit_code == 0, result.output
    entries = read_glossary(out)
    assert [sorted(e.languages) for e in entries] == [["en"], ["en", "ru"]]


def test_a_language_filter_takes_regional_tags(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ru-en.csv"
    result = runner.invoke(glossary, ["export", "-o", str(out), "--lang", "RU-ru", "--lang", "en_GB", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert [sorted(e.languages) for e in read_glossary(out)] == [["en"], ["en", "ru"]]
    hits = runner.invoke(glossary, ["search", "COP", "--lang", "EN-US", "--format", "json", "--db", str(db)])
    assert hits.exit_code == 0 and {h["lang"] for h in json.loads(hits.output)} == {"en"}


def test_export_refuses_to_write_over_the_termbase(runner: CliRunner, db: Path) -> None:
    before = db.read_bytes()
    result = runner.invoke(glossary, ["export", "--format", "json", "-o", str(db), "--db", str(db)])
    assert result.exit_code == 2 and "is one of the inputs" in result.output
    assert db.read_bytes() == before


def test_export_json_to_terminal(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["export", "--format", "json", "--db", str(db)])
    assert result.exit_code == 0
    assert [e["concept"] for e in json.loads(result.output)] == ["competent-authorities", "cop"]


@pytest.mark.parametrize(
    "args, words",
    [
        (["search", "x", "--db", "{missing}"], "no termbase"),
        (["show", "nope", "--db", "{db}"], "no entry 'nope'"),
        (["search", "   ", "--db", "{db}"], "empty search"),
        (["export", "-o", "{tmp}/out.ods", "--db", "{db}"], "give --format"),
        (["export", "--format", "tbx", "--lang", "fr", "-o", "{tmp}/x.tbx", "--db", "{db}"], "nothing to export"),
        (["export", "--format", "csv", "-o", "{tmp}/no/such/dir/x.csv", "--db", "{db}"], "does not exist"),
        (["import", "{tmp}/absent.tbx", "--db", "{db}"], "no such file"),
        (["import", "{bad_tbx}", "--db", "{db}"], "not well-formed"),
        (["import", "{tmp}/notes.txt", "--db", "{db}"], "unknown glossary format"),
        (["search", "x", "--db", "{garbage}"], "not a hexalign termbase"),
    ],
)
def test_bad_input_exits_2_with_one_line(runner: CliRunner, db: Path, tmp_path: Path, args: list[str], words: str) -> None:
    (tmp_path / "bad.tbx").write_text("<tbx><text>", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "garbage.sqlite").write_bytes(b"garbage" * 200)
    filled = [
        a.format(missing=tmp_path / "missing.sqlite", db=db, tmp=tmp_path, bad_tbx=tmp_path / "bad.tbx",
                 garbage=tmp_path / "garbage.sqlite")
        for a in args
    ]
    result = runner.invoke(glossary, filled)
    assert result.exit_code == 2, result.output
    _no_traceback(result)
    errors = [line for line in result.output.splitlines() if line.strip()]
    assert len(errors) == 1 and words in errors[0]


def test_tbx_export_needs_a_file(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["export", "--format", "tbx", "--db", str(db)])
    assert result.exit_code == 2
    _no_traceback(result)


_EN = (
    "1.\tUrges the competent authorities of States parties to strengthen cooperation.\n\n"
    "2.\tThe competent authorities should exchange information, and competent authorities should provide assistance.\n"
)
_FR = (
    "1.\tPrie instamment les autorités compétentes des États parties de renforcer la coopération.\n\n"
    "2.\tLes autorités compétentes devraient échanger des informations, et les autorités compétentes"
    " devraient fournir une assistance.\n"
)


@pytest.fixture()
def versions(tmp_path: Path) -> list[str]:
    (tmp_path / "doc.en.txt").write_text(_EN, encoding="utf-8")
    (tmp_path / "doc.fr.txt").write_text(_FR, encoding="utf-8")
    return [str(tmp_path / "doc.en.txt"), str(tmp_path / "doc.fr.txt")]


def test_build_twice_stores_each_entry_once(runner: CliRunner, tmp_path: Path, versions: list[str]) -> None:
    db = tmp_path / "built.sqlite"
    first = runner.invoke(glossary, ["build", *versions, "--no-reference", "--db", str(db)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(glossary, ["build", *versions, "--no-reference", "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 added, 0 updated" in second.output
    hits = json.loads(runner.invoke(glossary, ["search", "autorités compétentes", "--lang", "fr", "--mode", "exact",
                                               "--format", "json", "--db", str(db)]).output)
    assert len(hits) == 1
    assert hits[0]["entry"]["terms"]["en"][0]["text"] == "competent authorities"
    contexts = hits[0]["entry"]["terms"]["fr"][0]["contexts"]
    assert len(contexts) == len({(c["document"], c["unit"]) for c in contexts}) >= 1


def test_build_takes_no_terms_from_a_cover_a_signature_or_an_annexs_heading(runner: CliRunner, tmp_path: Path) -> None:
    """A letter's cover lines, signature and the headings of its annexes, which repeat the letter's heading, are
    left out: they gave "Permanent Representative of Austria ↔ 奥地利常驻联合国代表给秘书长" and "Agenda ↔ 议程"."""
    from tests.test_segment_letters import LETTER

    cover = {"en": "Seventy-seventh session\n\nAgenda item 105\n\nCrime prevention and criminal justice",
             "zh": "第七十七届会议\n\n议程项目105\n\n预防犯罪和刑事司法"}
    files = []
    for lang in ("zh", "en"):
        path = tmp_path / f"letter.{lang}.txt"
        path.write_text(cover[lang] + "\n\n" + "\n\n".join(LETTER[lang]), encoding="utf-8")
        files.append(str(path))
    db = tmp_path / "letter.sqlite"
    result = runner.invoke(glossary, ["build", *files, "--no-reference", "--db", str(db)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "letter.json"
    assert runner.invoke(glossary, ["export", "--db", str(db), "--format", "json", "-o", str(out)]).exit_code == 0
    entries = read_glossary(out)
    units = {c.unit.rsplit(".s", 1)[0] for e in entries for terms in e.terms.values() for t in terms for c in t.contexts}
    assert units and not units & {"cover.1", "cover.2", "cover.3", "signature", "annex1", "annex2"}
    english = {t.text.casefold() for e in entries for t in e.terms.get("en", ())}
    assert "permanent representative of austria" not in english and "agenda item" in english  # (from p.3)


def test_build_with_a_reference_list_marks_its_entries(runner: CliRunner, tmp_path: Path, versions: list[str]) -> None:
    reference = tmp_path / "ref.tsv"
    reference.write_text("en\tfr\ncompetent authorities\tautorités compétentes\n", encoding="utf-8")
    db = tmp_path / "ref.sqlite"
    result = runner.invoke(glossary, ["build", *versions, "--reference", str(reference), "--db", str(db)])
    assert result.exit_code == 0, result.output
    hits = json.loads(runner.invoke(glossary, ["search", "competent authorities", "--mode", "exact", "--format", "json",
                                               "--db", str(db)]).output)
    assert hits[0]["entry"]["source"] == "reference"


@pytest.mark.parametrize(
    "extra, words",
    [
        (["--reference", "{tmp}/ref.tsv", "--no-reference"], "not both"),
        (["{tmp}/absent.en.txt"], "no such file"),
        (["--reference", "{tmp}/absent.tsv"], "does not exist"),
    ],
)
def test_build_bad_input_exits_2(runner: CliRunner, tmp_path: Path, versions: list[str], extra: list[str], words: str) -> None:
    args = ["build", *versions, *[a.format(tmp=tmp_path) for a in extra], "--db", str(tmp_path / "x.sqlite")]
    result = runner.invoke(glossary, args)
    assert result.exit_code == 2, result.output
    _no_traceback(result)
    assert words in result.output and len(result.output.strip().splitlines()) == 1


def test_xlsx_export_needs_an_output_file(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(glossary, ["export", "--format", "xlsx", "--db", str(db)])
    assert result.exit_code == 2 and "-o FILE" in result.output


def test_build_from_a_translation_memory(runner: CliRunner, tmp_path: Path) -> None:
    """A TMX file given to build: its units are the aligned segments; the sample's sentence TMX gives the
    glossary's core pairs."""
    import corpora
    from cli.main import main

    tmx = tmp_path / "memory.tmx"
    sample = [str(corpora.path("untoc-cop-res-11-1", lang)) for lang in ("zh", "en")]
    made = runner.invoke(main, ["align", *sample, "--level", "sentence", "--format", "tmx", "-o", str(tmx)])
    assert made.exit_code == 0, made.output
    db = tmp_path / "tm.sqlite"
    result = runner.invoke(glossary, ["build", str(tmx), "--db", str(db), "--no-reference"])
    assert result.exit_code == 0, result.output
    found = runner.invoke(glossary, ["search", "联合调查机构", "--db", str(db), "--format", "json"])
    assert "joint investigative bodies" in found.output
    (tmp_path / "broken.tmx").write_text("<tmx><body/></tmx>")
    broken = runner.invoke(glossary, ["build", str(tmp_path / "broken.tmx"), "--db", str(db)])
    assert broken.exit_code == 2 and "broken.tmx: the TMX file has no translation unit" in broken.output
