"""The hexalign command line: segment, align and score-align, and one-line errors for bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import corpora
from cli.main import main

SAMPLE = "untoc-cop-res-11-1"


def _run(*args: str) -> "click.testing.Result":  # noqa: F821 - click's Result
    return CliRunner().invoke(main, list(args))


def _sample(lang: str) -> str:
    return str(corpora.path(SAMPLE, lang))


def test_segment_json_follows_the_documented_schema() -> None:
    result = _run("segment", _sample("fr"), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"document", "units", "footnotes"}
    assert data["document"]["lang"] == "fr" and data["document"]["encoding"] == "utf-8"
    unit = next(u for u in data["units"] if u["id"] == "annex1.k")
    assert {"id", "kind", "text", "raw", "sentences", "footnote_refs"} <= set(unit)
    assert unit["kind"] == "item" and unit["raw"].startswith("k) ")
    assert [f["id"] for f in data["footnotes"]] == ["fn.1", "fn.2", "fn.3", "fn.4"]
    assert data["footnotes"][0]["marker"] == "¹"


def test_segment_summary_of_six_files() -> None:
    result = _run("segment", *[_sample(l) for l in ("zh", "en", "fr", "es", "ru", "ar")])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if "untoc-cop-res-11-1" in line]
    assert len(rows) == 6
    assert all(" 66 " in row for row in rows)


def test_lang_option_overrides_detection(tmp_path: Path) -> None:
    file = tmp_path / "short.txt"
    file.write_text("Annex\n\nRecommendations", encoding="utf-8")
    result = _run("segment", str(file), "--lang", "fr", "--format", "json")
    assert json.loads(result.output)["document"]["lang"] == "fr"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "empty.txt", b""), "is empty"),
        (lambda d: _write(d / "binary.txt", bytes(range(256)) * 4), "not a text file"),
        (lambda d: _write(d / "report.doc", b"\xd0\xcf\x11\xe0"), "not a valid .doc file"),
        (lambda d: _write(d / "report.rtf", b"not rich text"), "not a valid .rtf file"),
        (lambda d: _write(d / "report.wpd", b"\xffWPC\x10\x00\x00\x00\x01\x0a\x02\x01"), "unsupported file type"),
        (lambda d: _write(d / "report.pdf", b"%PDF-1.4"), "not a readable PDF file"),
        (lambda d: _write(d / "bad.txt", b"abc" + bytes(range(0x80, 0x100)) * 2), "cannot decode"),
    ],
)
def test_bad_input_gets_one_line_and_exit_code_2(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    for args in (("segment", str(path)), ("align", str(path), _sample("en"))):
        result = _run(*args)
        assert result.exit_code == 2, result.output
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1 and message in lines[0] and lines[0].startswith("hexalign: error:")
        assert "Traceback" not in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_align_json_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "res.json"
    result = _run("align", _sample("zh"), _sample("es"), "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["languages"] == ["zh", "es"]
    assert len(data["beads"]) == 66
    assert data["beads"][3]["ids"] == {"zh": ["pp.1"], "es": ["pp.1"]}


def test_binary_format_needs_an_output_file() -> None:
    result = _run("align", _sample("zh"), _sample("en"), "--format", "xlsx")
    assert result.exit_code == 2
    assert "-o FILE" in result.output


def test_presplit_align_format_and_scoring(tmp_path: Path) -> None:
    src = tmp_path / "zh.txt"
    tgt = tmp_path / "en.txt"
    src.write_text("第一句话。\n第二句话很长，包括许多词语。\n第三句。\n", encoding="utf-8")
    tgt.write_text("The first sentence.\nThe second sentence is long and contains many words.\nThe third.\n", encoding="utf-8")
    system, gold = tmp_path / "sys", tmp_path / "gold"
    system.mkdir()
    gold.mkdir()
    result = _run("align", str(src), str(tgt), "--presplit", "--format", "align", "-o", str(system / "001.align"))
    assert result.exit_code == 0, result.output
    assert (system / "001.align").read_text().split() == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]
    (gold / "001.align").write_text("[0]:[0]\n[1]:[1]\n[2]:[2]\n")
    scored = _run("score-align", str(system), str(gold), "--format", "json")
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.output)["f1_strict"] == 1.0


def test_presplit_ids_are_the_files_line_numbers_blank_lines_counted(tmp_path: Path) -> None:
    src = tmp_path / "chapter.zh"
    tgt = tmp_path / "chapter.en"
    src.write_text("第一句话。\n\n第二句话很长，包括许多词语。\n第三句。\n", encoding="utf-8")
    tgt.write_text("The first sentence.\nThe second sentence is long and contains many words.\n\nThe third.\n",
                   encoding="utf-8")
    out = tmp_path / "chapter.align"
    result = _run("align", str(src), str(tgt), "--presplit", "--format", "align", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text().split() == ["[0]:[0]", "[2]:[1]", "[3]:[3]"]


def test_score_align_joins_the_system_beads_inside_one_gold_bead_when_asked(tmp_path: Path) -> None:
    """Verse gold ([0, 1]:[0, 1]) against a system that aligned the verse's two sentences one by one."""
    system, gold = tmp_path / "sys", tmp_path / "gold"
    system.mkdir()
    gold.mkdir()
    (system / "001.align").write_text("[0]:[0]\n[1]:[1]\n[2]:[2]\n")
    (gold / "001.align").write_text("[0, 1]:[0, 1]\n[2]:[2]\n")
    plain = json.loads(_run("score-align", str(system), str(gold), "--format", "json").output)
    joined = _run("score-align", str(system), str(gold), "--format", "json", "--join-within-gold")
    assert joined.exit_code == 0, joined.output
    assert plain["precision_strict"] == pytest.approx(1 / 3) and json.loads(joined.output)["f1_strict"] == 1.0


def test_align_format_without_presplit_is_refused() -> None:
    result = _run("align", _sample("zh"), _sample("en"), "--format", "align")
    assert result.exit_code == 2 and "--presplit" in result.output


@pytest.mark.parametrize("command", [
    ["segment", "{zh}", "-o", "{zh}"],
    ["align", "{zh}", "{en}", "--format", "tmx", "-o", "{en}"],
    ["align", "{zh}", "{en}", "--format", "json", "-o", "{folder}/../{folder_name}/zh.txt"],
    ["align", "{zh}", "{en}", "--format", "json", "-o", "{link}"],
    ["check", "{zh}", "{en}", "--format", "html", "-o", "{zh}"],
    ["check", "{zh}", "--against", "{en}", "-o", "{en}"],
])
def test_an_output_file_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path, command: list[str]) -> None:
    """The same file by another path or through a link too; one line on stderr, exit status 2."""
    files = {lang: tmp_path / f"{lang}.txt" for lang in ("zh", "en")}
    for lang, path in files.items():
        path.write_bytes(Path(_sample(lang)).read_bytes())
    (tmp_path / "link.txt").symlink_to(files["zh"])
    before = {lang: path.read_bytes() for lang, path in files.items()}
    names = dict(zh=files["zh"], en=files["en"], folder=tmp_path, folder_name=tmp_path.name, link=tmp_path / "link.txt")
    result = _run(*[part.format(**names) for part in command])
    assert result.exit_code == 2 and "is one of the inputs" in result.output
    assert {lang: path.read_bytes() for lang, path in files.items()} == before
    assert _run("align", str(files["zh"]), str(files["en"]), "--format", "json", "-o", str(tmp_path / "out.json")).exit_code == 0


def test_a_reviewed_xlsx_alignment_is_written_again_as_tmx(tmp_path: Path) -> None:
    """The review workflow: align to a workbook, correct a text and delete a row in it, write the TMX from it."""
    from lxml import etree
    from openpyxl import load_workbook

    workbook_path, tmx = tmp_path / "review.xlsx", tmp_path / "reviewed.tmx"
    assert _run("align", _sample("zh"), _sample("en"), "--format", "xlsx", "-o", str(workbook_path)).exit_code == 0
    workbook = load_workbook(workbook_path)
    sheet = workbook["beads"]
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2))
    beads = len(rows)
    rows[0][header.index("en")].value = "Resolution 11/1 (reviewed)"
    sheet.delete_rows(3)  # the second bead
    workbook.save(workbook_path)
    result = _run("align", str(workbook_path), "--format", "tmx", "-o", str(tmx))
    assert result.exit_code == 0, result.output
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    units = [{tuv.get(lang): tuv.findtext("seg") for tuv in tu.iter("tuv")}
             for tu in etree.fromstring(tmx.read_bytes()).iter("tu")]
    assert len(units) == beads - 1
    assert units[0]["en"] == "Resolution 11/1 (reviewed)" and units[0]["zh"] == "第 11/1 号决议"


def test_a_workbook_that_is_no_review_file_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "other.xlsx").write_bytes(b"PK\x03\x04 broken")
    result = _run("align", str(tmp_path / "other.xlsx"), "--format", "tmx", "-o", str(tmp_path / "x.tmx"))
    assert result.exit_code == 2 and "other.xlsx: not a readable XLSX file" in result.output
    assert not (tmp_path / "x.tmx").exists()


def test_a_folder_given_as_files_stands_for_the_documents_in_it(tmp_path: Path) -> None:
    """The sample's folder (its README left out: not a document type), as its six files one by one."""
    folder = corpora.path(SAMPLE, "zh").parent
    files = sorted(str(p) for p in folder.glob("*.txt"))
    for command in (["check", "--format", "json"], ["align", "--format", "json"], ["segment", "--format", "tsv"]):
        by_folder, by_files = _run(*command, str(folder)), _run(*command, *files)
        assert by_folder.exit_code == by_files.exit_code == 0, by_folder.output
        assert by_folder.output == by_files.output
    (tmp_path / "notes.md").write_text("no document here\n")
    result = _run("check", str(tmp_path))
    assert result.exit_code == 2 and "is a folder with no document in it" in result.output


def test_a_translation_memory_is_written_again_in_another_format(tmp_path: Path) -> None:
    """One TMX file given to align: its units become the beads of a review workbook (or any other format)."""
    from openpyxl import load_workbook

    tmx, workbook = tmp_path / "memory.tmx", tmp_path / "review.xlsx"
    assert _run("align", _sample("zh"), _sample("fr"), "--format", "tmx", "-o", str(tmx)).exit_code == 0
    result = _run("align", str(tmx), "--format", "xlsx", "-o", str(workbook))
    assert result.exit_code == 0, result.output
    rows = list(load_workbook(workbook)["beads"].iter_rows(values_only=True))
    assert rows[0][1:3] == ("zh", "fr") and rows[1][1:3] == ("第 11/1 号决议", "Résolution 11/1")
    assert len(rows) - 1 == tmx.read_text(encoding="utf-8").count("<tu ")
    # with documents, it is refused in one line, not read as a document whose text is its XML
    mixed = _run("align", _sample("zh"), str(tmx))
    assert mixed.exit_code == 2 and mixed.output.strip().splitlines() == [
        f"hexalign: error: {tmx} is an alignment already: give it alone to write it in another format, not with "
        "documents to align"]


def test_a_language_given_for_a_text_in_another_script_is_warned_about() -> None:
    """--lang zh for the English version: one warning line, the work done all the same; --lang fr for it (the same
    script) or the right language: no warning."""
    warned = _run("segment", _sample("en"), "--lang", "zh", "--format", "tsv")
    assert warned.exit_code == 0
    assert [line for line in warned.output.splitlines() if line.startswith("hexalign: warning:")] == [
        f"hexalign: warning: {_sample('en')} is given as zh, but its text is mostly in Latin script (en?): "
        "it is cut by the rules of zh"]
    for lang in ("fr", "en"):
        assert "warning" not in _run("segment", _sample("en"), "--lang", lang, "--format", "tsv").output


def _commands(group, path=()):
    import click

    for name, command in group.commands.items():
        yield path + (name,)
        if isinstance(command, click.Group):
            yield from _commands(command, path + (name,))


@pytest.mark.parametrize("command", [(), *_commands(main)], ids=lambda c: " ".join(c) or "hexalign")
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = _run(*command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output, result.output


@pytest.mark.parametrize("given", ["ZH", "zh-CN", "zh_Hans"])
def test_a_language_is_given_in_any_case_or_as_a_regional_tag(given: str) -> None:
    as_code = _run("segment", _sample("zh"), "--lang", "zh", "--format", "json")
    result = _run("segment", _sample("zh"), "--lang", given, "--format", "json")
    assert result.exit_code == 0 and result.output == as_code.output
    aligned = _run("align", _sample("zh"), _sample("en"), "--langs", f"{given},EN-US", "--pivot", "EN")
    assert aligned.exit_code == 0 and re.search(r"\|\s*#\s*\|\s*en\s*\|\s*zh\s*\|", aligned.output)  # en pivot first


def test_a_language_outside_the_six_is_refused_in_one_line() -> None:
    result = _run("segment", _sample("zh"), "--lang", "de")
    assert result.exit_code == 2 and "'de' is not one of the six UN languages" in result.output
    listed = _run("align", _sample("zh"), _sample("en"), "--langs", "zh,de-DE")
    assert listed.exit_code == 2 and "'de-DE' not among the six UN languages" in listed.output


@pytest.mark.parametrize("args, message", [
    (("segment",), "Missing argument 'FILES...'; see 'main segment --help'"),
    (("segment", "x.txt", "--bogus"), "No such option '--bogus'; see 'main segment --help'"),
    (("glossary", "export", "--format", "zzz"), "Invalid value for '--format'"),
    (("align", "a.txt", "b.txt", "--langs", "zh,xx"), "'xx' not among the six UN languages"),
    (("nosuch",), "No such command 'nosuch'"),
])
def test_a_misused_command_is_told_in_one_line(args: tuple[str, ...], message: str) -> None:
    result = _run(*args)
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("hexalign: error: ") and message in lines[0]
