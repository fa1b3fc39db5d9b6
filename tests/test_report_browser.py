"""The HTML report as a real browser shows it: Chromium, headless, on the rendered file."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

import lxml.html
import pytest

from aligner.model import Document, Segmentation, Unit
from glossary.checks import typography  # noqa: F401  (registers the rules)
from glossary.checks.model import CheckContext
from glossary.checks.registry import RULES
from glossary.checks.report import SEVERITY_COLOURS, to_html

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium)"
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

ZH_K = "(k) 鼓励缔约国在收到其他缔约国取得囚犯同意后发出的移交请求后,适当考虑该请求并及时回复请求国是否允准该请求;"
EN_K = "(k) States parties are encouraged to give due consideration to transfer requests <sent> after the prisoner's consent & to respond in a timely manner;"
AR_K = "(ك) تشجع الدول الأطراف على إيلاء الاعتبار الواجب لطلبات النقل, وعلى الرد في الوقت المناسب؛"


def _context() -> CheckContext:
    def seg(lang: str, *units: tuple[str, str]) -> Segmentation:
        return Segmentation(
            Document(text="", lang=lang, name=f"res-11-1/{lang}"),
            tuple(Unit(uid, "recommendation", raw, raw) for uid, raw in units),
        )

    return CheckContext(
        documents=(
            seg("zh", ("annex2.k", ZH_K), ("annex2.title", "2022年5月23日至27日举行的会议"), ("annex1.title", "2021 年 3 月 25 日和 26 日举行的会议"), ("annex1.k", "第 20 条")),
            seg("en", ("annex2.k", EN_K), ("annex2.title", "Meeting held from 23 to 27 May 2022")),
            seg("ar", ("annex2.k", AR_K)),
        )
    )


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The report's findings, its dumped DOM and the path of its screenshot."""
    ctx = _context()
    findings = [f for rule in RULES.values() for f in rule.run(ctx)]
    folder = tmp_path_factory.mktemp("browser")
    page = folder / "report.html"
    page.write_text(to_html(findings, ctx, title="Typography <check> & review"), encoding="utf-8")
    dom = _chromium("--dump-dom", page.as_uri(), profile=folder / "profile-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    shot = folder / "report.png"
    result = _chromium("--screenshot=" + str(shot), "--window-size=1280,2000", page.as_uri(), profile=folder / "profile-shot")
    assert result.returncode == 0, result.stderr[-2000:]
    return ctx, findings, lxml.html.document_fromstring(dom.stdout), shot


def test_the_expected_findings_are_rendered(rendered):
    _, findings, _, _ = rendered
    assert sorted(f.rule for f in findings) == [
        "ar-latin-punct",
        "zh-cjk-spacing",
        "zh-halfwidth-punct",
        "zh-halfwidth-punct",
    ]


def test_every_finding_is_displayed(rendered):
    _, findings, dom, _ = rendered
    text = dom.text_content()
    assert dom.findtext(".//title") == "Typography <check> & review"
    for finding in findings:
        assert finding.message in text
        assert finding.suggestion in text
    articles = dom.xpath("//article")
    assert len(articles) == len(findings)


def test_marked_spans_are_displayed(rendered):
    ctx, findings, dom, _ = rendered
    marks = [m.text_content() for m in dom.xpath("//mark")]
    # zh (k): "," and ";" in two findings; ar (k): ","; zh annex II title: the seven touching boundaries of
    # 2022年5月23日至27日 (9 spaced boundaries elsewhere), adjacent marks merged into one
    assert marks.count(",") == 2 and marks.count(";") == 1
    assert "2年5月23日至27日" in marks
    assert len(marks) == 4
    zh_comma = next(a for a in dom.xpath("//article") if "half-width “,”" in a.text_content())
    offending = zh_comma.xpath(".//div[contains(concat(' ', @class, ' '), ' offending ')]")[0]
    assert offending.get("lang") == "zh"
    assert offending.xpath("string(.//p)") == ZH_K


def test_other_versions_stand_beside_the_finding(rendered):
    _, _, dom, _ = rendered
    zh_comma = next(a for a in dom.xpath("//article") if "half-width “,”" in a.text_content())
    columns = zh_comma.xpath(".//div[contains(concat(' ', @class, ' '), ' version ')]")
    assert [(c.get("lang"), c.get("dir")) for c in columns] == [("zh", "ltr"), ("en", "ltr"), ("ar", "rtl")]
    assert columns[1].xpath("string(.//p)") == EN_K  # <sent> and & shown as text, not markup
    assert columns[2].xpath("string(.//p)") == AR_K
    assert dom.xpath("//sent") == [] and dom.xpath("//script") == []


def test_charts_are_in_the_page(rendered):
    _, _, dom, _ = rendered
    charts = dom.xpath("//*[local-name()='svg']")
    assert len(charts) == 2
    labels = [t.text_content() for t in charts[0].xpath(".//*[local-name()='text']")]
    assert labels == ["ar-latin-punct", "1", "zh-cjk-spacing", "1", "zh-halfwidth-punct", "2"]
    labels = [t.text_content() for t in charts[1].xpath(".//*[local-name()='text']")]
    assert labels == ["res-11-1/ar", "1", "res-11-1/zh", "3"]


def _png_rows(path: Path, max_rows: int) -> tuple[int, int, list[bytes]]:
    """Width, channels and the first ``max_rows`` unfiltered scanlines of an 8-bit RGB or RGBA PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(min(height, max_rows)):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                corner = previous[i - channels] if i >= channels else 0
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, channels, rows


def test_screenshot_shows_the_report(rendered):
    _, _, _, shot = rendered
    assert shot.is_file() and shot.stat().st_size > 1000
    width, channels, rows = _png_rows(shot, max_rows=700)
    assert width == 1280
    pixels = [row[i : i + 3] for row in rows for i in range(0, len(row), channels)]
    colours = set(pixels)
    not_white = sum(1 for p in pixels if p != b"\xff\xff\xff")
    assert len(colours) > 10
    assert not_white > 0.01 * len(pixels)
    # the bar charts are drawn: pixels in the colour of warnings (the severity of every bar here)
    warning = bytes.fromhex(SEVERITY_COLOURS["warning"].lstrip("#"))
    assert sum(1 for p in pixels if p == warning) > 500
