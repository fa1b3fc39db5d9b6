"""``hexalign check``: exit codes, formats, options."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from cli.check_cmd import check
from cli.common import HexalignGroup

ZH = ("第 1/1 号决议\n\n国际合作\n\n缔约方会议，\n\n回顾其 2020 年 10 月 16 日第 10/4 号决议，\n\n"
      "注意到《联合国打击跨国组织犯罪公约》，\n\n1. 鼓励缔约国合作。\n")
EN = ("Resolution 1/1\n\nInternational cooperation\n\nThe Conference of the Parties,\n\n"
      "Recalling its resolution 10/4 of 16 October 2020,\n\n"
      "Noting the United Nations Convention against Transnational Organized Crime,\n\n"
      "1. Encourages States parties to cooperate.\n")


@pytest.fixture
def cli():
    try:
        from cli.main import main

        if "check" in main.commands:
            return main
    except ImportError:
        pass

    @click.group(cls=HexalignGroup)
    def group() -> None:
        """Local group for the tests until the lead registers ``check``."""

    group.add_command(check)
    return group


@pytest.fixture
def files(tmp_path):
    (tmp_path / "res.zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "res.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "res.zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "bad" / "res.en.txt").write_text(EN.replace("16 October 2020", "16 October 2021"), encoding="utf-8")
    return tmp_path


def invoke(cli, *args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


def test_clean_versions_exit_0(cli, files):
    result = invoke(cli, files / "res.zh.txt", files / "res.en.txt", "--rules", "number-mismatch,missing-unit")
    assert result.exit_code == 0, result.output
    assert "number-mismatch" not in result.output


def test_error_finding_exits_1_and_fail_on_never_exits_0(cli, files):
    args = (files / "bad" / "res.zh.txt", files / "bad" / "res.en.txt", "--rules", "number-mismatch", "--format", "json")
    result = invoke(cli, *args)
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert "2021-10-16" in json.dumps(data, ensure_ascii=False)
    assert invoke(cli, *args, "--fail-on", "never").exit_code == 0
    fast = invoke(cli, *args, "--fast")
    assert fast.exit_code == 1 and json.loads(fast.output)["findings"] == data["findings"]


def test_warning_fails_only_with_fail_on_warning(cli, files):
    args = (files / "res.zh.txt", "--rules", "reference-deviation")
    result = invoke(cli, *args)
    assert result.exit_code == 0 and "联合国打击跨国组织犯罪公约" in result.output
    assert invoke(cli, *args, "--fail-on", "warning").exit_code == 1
    assert invoke(cli, *args, "--no-reference", "--fail-on", "warning").exit_code == 0


def test_formats_and_output_file(cli, files, tmp_path):
    for fmt, marker in (("markdown", "# "), ("html", "<html"), ("table", "reference-deviation")):
        out = tmp_path / f"report.{fmt}"
        result = invoke(cli, files / "res.zh.txt", "--rules", "reference-deviation", "--format", fmt, "-o", out)
        assert result.exit_code == 0, result.output
        assert marker in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [
    ("{d}/missing.txt",),
    ("{d}/res.zh.txt", "--rules", "no-such-rule"),
    ("{d}/res.zh.txt", "--reference", "{d}/nothing.tsv"),
    ("{d}/res.zh.txt", "--reference", "{d}/res.en.txt", "--no-reference"),
])
def test_bad_input_exits_2_with_one_line(cli, files, args):
    result = CliRunner().invoke(cli, ["check", *(a.format(d=files) for a in args)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.strip()]) <= 3


def test_custom_reference_and_termbase(cli, files, tmp_path):
    reference = tmp_path / "ref.tsv"
    reference.write_text("id\tzh\tzh-note\nca\t主管机关;有关机关\t\n", encoding="utf-8")
    result = invoke(cli, files / "res.zh.txt", "--reference", reference, "--rules", "reference-deviation")
    assert result.exit_code == 0 and "联合国打击跨国组织犯罪公约" not in result.output
    from glossary.model import Entry, Term
    from glossary.termbase import open_termbase

    db = tmp_path / "terms.db"
    with open_termbase(db) as termbase:
        termbase.upsert([Entry("untoc", {"zh": (Term("联合国打击跨国有组织犯罪公约", "zh"),
                                                 Term("联合国打击跨国组织犯罪公约", "zh", status="admitted"))},
                               source="imported")])
    other = tmp_path / "other.zh.txt"
    other.write_text(ZH.replace("联合国打击跨国组织犯罪公约", "联合国打击跨国有组织犯罪公约").replace("1/1", "2/1"), encoding="utf-8")
    result = invoke(cli, files / "res.zh.txt", other, "--db", db, "--no-reference", "--rules", "term-variant", "--format", "json")
    assert result.exit_code == 0, result.output
    finding = json.loads(result.output)["findings"][0]
    assert "联合国打击跨国组织犯罪公约" in finding["message"] and "联合国打击跨国有组织犯罪公约" in finding["suggestion"]
    assert invoke(cli, files / "res.zh.txt", "--db", tmp_path / "none.db").exit_code == 2



def test_drafts_checked_one_by_one_against_one_version(cli, files):
    (files / "draft1").mkdir()
    (files / "draft2").mkdir()
    good, bad = files / "draft1" / "res.zh.txt", files / "draft2" / "res.zh.txt"
    good.write_text(ZH, encoding="utf-8")
    bad.write_text(ZH.replace("2020 年", "2021 年").replace("合作。", "合作."), encoding="utf-8")
    en = files / "res.en.txt"
    together = invoke(cli, good, bad, "--against", en, "--format", "json", "--fail-on", "never", "--fast")
    assert together.exit_code == 0, together.output
    found = json.loads(together.output)["findings"]
    alone = [json.loads(invoke(cli, draft, en, "--format", "json", "--fail-on", "never", "--fast").output)["findings"]
             for draft in (good, bad)]
    assert not any(f["rule"] == "number-mismatch" for f in alone[0])
    assert any(f["rule"] == "number-mismatch" for f in alone[1])
    union = {json.dumps(f, sort_keys=True, ensure_ascii=False) for findings in alone for f in findings}
    assert len(found) == len(union)  # a finding on the English version is reported once
    assert {json.dumps(f, sort_keys=True, ensure_ascii=False) for f in found} == union
    # without --against the two drafts are one language's documents, not versions of the English one
    assert invoke(cli, good, bad, en, "--rules", "number-mismatch", "--fast").exit_code == 0


def test_a_clean_run_writes_nothing_on_stderr(tmp_path):
    """No library chatter (jieba's dictionary loading, for one) reaches the terminal: a fresh process is run."""
    import subprocess
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "corpora" / "untoc-cop-res-11-1"
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "cli.main", "check", str(folder / "zh.txt"), str(folder / "en.txt"),
                           "--fast", "--format", "json", "-o", str(report), "--fail-on", "never"],
                          capture_output=True, text=True, cwd=folder.parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(report.read_text(encoding="utf-8"))["findings"]


def test_xlsx_report_is_written_to_its_file_and_refused_without_one(cli, files):
    from openpyxl import load_workbook

    out = files / "report.xlsx"
    result = invoke(cli, files / "bad" / "res.zh.txt", files / "bad" / "res.en.txt", "--format", "xlsx", "-o", out)
    assert result.exit_code == 1, result.output  # the error finding still sets the exit status
    rows = list(load_workbook(out)["findings"].iter_rows(values_only=True))
    assert any(row[2] == "number-mismatch" and row[1] == "error" for row in rows[1:])
    refused = invoke(cli, files / "res.zh.txt", files / "res.en.txt", "--format", "xlsx")
    assert refused.exit_code == 2 and "give an output file with -o FILE" in refused.output
