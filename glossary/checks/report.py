"""Report renderers: findings as a terminal table, Markdown, JSON, a single-file HTML page or an Excel workbook.

Every renderer is a pure function returning ``str`` (``bytes`` for Excel); writing the report is the
caller's job (:func:`aligner.io.atomic_write`). Findings keep the order they
are given in within each rule; rules are listed by their worst severity, then
by id. A location's ``start``/``end`` are offsets in the unit's ``raw`` text
for rules that check the characters as published (typography) and in its clean
``text`` otherwise; the HTML report finds out which by matching the excerpt.
"""

from __future__ import annotations

import html
import io
import json
from collections import Counter
from typing import Callable, Sequence, Union

from tabulate import tabulate

from aligner.model import RTL_LANGUAGES, Segmentation, Unit
from aligner.xlsx import put_row
from glossary.checks.model import SEVERITIES, CheckContext, Finding, Location
from glossary.checks.registry import RULES
from glossary.checks.typography import excerpt

#: Version of the JSON report layout; raised whenever a key changes meaning or disappears.
JSON_VERSION = 1

#: Colours of the severities in the HTML report.
SEVERITY_COLOURS: dict[str, str] = {"error": "#c62828", "warning": "#e67700", "info": "#1565c0"}

Renderer = Callable[[Sequence[Finding], CheckContext], Union[str, bytes]]


def by_rule(findings: Sequence[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings grouped per rule, worst severity first, then by rule id."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.rule, []).append(finding)

    def key(item: tuple[str, list[Finding]]) -> tuple[int, str]:
        return min(_rank(f.severity) for f in item[1]), item[0]

    return sorted(groups.items(), key=key)


def summary(findings: Sequence[Finding]) -> dict[str, dict[str, int]]:
    """Counts of findings per rule, per severity (all severities, zeros included) and per document."""
    rules = Counter(f.rule for f in findings)
    severities = Counter(f.severity for f in findings)
    documents = Counter(_document(f) for f in findings)
    return {
        "by_rule": {rule_id: rules[rule_id] for rule_id, _ in by_rule(findings)},
        "by_severity": {s: severities[s] for s in SEVERITIES},
        "by_document": dict(sorted(documents.items())),
    }


def _rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def _document(finding: Finding) -> str:
    return finding.locations[0].document if finding.locations else ""


def _units_of(finding: Finding) -> str:
    units = list(dict.fromkeys(loc.unit for loc in finding.locations if loc.unit))
    if len(units) > UNITS_SHOWN + 1:  # (one more than ten is named rather than counted)
        return ", ".join(units[:UNITS_SHOWN]) + f" (+{len(units) - UNITS_SHOWN} more)"
    return ", ".join(units)


#: Units a row of the terminal table or the Markdown report names (the JSON and HTML reports give every location).
UNITS_SHOWN = 10


def _documents_of(finding: Finding) -> str:
    return ", ".join(dict.fromkeys(loc.document for loc in finding.locations if loc.document))


def _excerpt_of(finding: Finding) -> str:
    if not finding.locations:
        return ""
    more = len(finding.locations) - 1
    return finding.locations[0].excerpt + (f" (+{more} more)" if more else "")


# ---------------------------------------------------------------- table


def to_table(findings: Sequence[Finding]) -> str:
    """A terminal table per rule: a heading with the rule's count, then one row per finding."""
    if not findings:
        return "No findings.\n"
    parts = []
    for rule_id, group in by_rule(findings):
        rows = [
            (f.severity, _documents_of(f), _units_of(f), _excerpt_of(f), f.message, f.suggestion)
            for f in group
        ]
        table = tabulate(
            rows,
            headers=("severity", "document", "unit", "excerpt", "message", "suggestion"),
            tablefmt="simple",
            maxcolwidths=[None, 24, 20, 40, 40, 36],
        )
        parts.append(f"{rule_id} ({len(group)})\n{table}")
    totals = summary(findings)["by_severity"]
    parts.append(f"{len(findings)} finding(s): " + ", ".join(f"{n} {s}" for s, n in totals.items()))
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------- Markdown


def _md_cell(text: str) -> str:
    return html.escape(text.replace("\n", " "), quote=False).replace("|", "\\|")


def to_markdown(findings: Sequence[Finding], ctx: CheckContext) -> str:
    """Markdown: the documents checked, counts per rule and severity, then a section per rule."""
    lines = ["# Consistency report", ""]
    if ctx.documents:
        lines += ["Documents checked: " + ", ".join(f"{_md_cell(_seg_name(s))} ({s.lang}, {len(s.units)} units)" for s in ctx.documents), ""]
    lines += ["## Summary", ""]
    if not findings:
        return "\n".join(lines + ["No findings.", ""])
    counts = summary(findings)
    lines += [f"{len(findings)} finding(s): " + ", ".join(f"{n} {s}" for s, n in counts["by_severity"].items()), ""]
    lines += ["| rule | " + " | ".join(SEVERITIES) + " | total |", "|---|" + "---:|" * (len(SEVERITIES) + 1)]
    for rule_id, group in by_rule(findings):
        per = Counter(f.severity for f in group)
        lines.append(f"| [{rule_id}](#{rule_id}) | " + " | ".join(str(per[s]) for s in SEVERITIES) + f" | {len(group)} |")
    lines.append("")
    for rule_id, group in by_rule(findings):
        lines += [f"## {rule_id}", ""]
        if rule_id in RULES:
            lines += [_md_cell(RULES[rule_id].summary) + ".", ""]
        lines += [f"{len(group)} finding(s).", ""]
        lines += ["| severity | document | unit | excerpt | message | suggestion |", "|---|---|---|---|---|---|"]
        for f in group:
            cells = (f.severity, _documents_of(f), _units_of(f), _excerpt_of(f), f.message, f.suggestion)
            lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- JSON


def _location_json(loc: Location) -> dict:
    return {"document": loc.document, "lang": loc.lang, "unit": loc.unit, "start": loc.start, "end": loc.end, "excerpt": loc.excerpt}


def to_json(findings: Sequence[Finding]) -> str:
    """The JSON report (schema version :data:`JSON_VERSION`): a summary, then every finding in order."""
    report = {
        "version": JSON_VERSION,
        "summary": summary(findings),
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "suggestion": f.suggestion,
                "locations": [_location_json(loc) for loc in f.locations],
                "evidence": {key: value for key, value in f.evidence},
            }
            for f in findings
        ],
    }
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","Noto Naskh Arabic",sans-serif;margin:2rem;color:#222;background:#fff;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:.2rem}
h2{font-size:1.25rem;border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
.totals{color:#444}
.charts{display:flex;flex-wrap:wrap;gap:2rem}
figure{margin:0}
figcaption{font-weight:600;margin-bottom:.3rem}
.legend span{display:inline-block;margin-right:1rem}
.legend .swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
.finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;margin:1rem 0;padding:.6rem 1rem}
.finding.error{border-left-color:#c62828}.finding.warning{border-left-color:#e67700}.finding.info{border-left-color:#1565c0}
.severity{font-weight:700;text-transform:uppercase;font-size:.8rem;margin-right:.5rem}
.error .severity{color:#c62828}.warning .severity{color:#e67700}.info .severity{color:#1565c0}
.suggestion{margin:.3rem 0}
.evidence{font-size:.9rem;color:#444;margin:.3rem 0}
.evidence dt{display:inline;font-weight:600}.evidence dd{display:inline;margin:0 1rem 0 .3rem}
.versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.8rem;margin-top:.6rem}
.version{background:#fafafa;border:1px solid #eee;border-radius:4px;padding:.5rem .7rem}
.version.offending{background:#fffdf0;border-color:#e0c060}
.version h3{font-size:.8rem;color:#555;margin:0 0 .3rem 0;font-weight:600}
.version .text{white-space:pre-wrap;margin:0}
mark{background:#ffd54f;color:#000;outline:1px solid #e6a800;border-radius:2px}
""".strip()


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _seg_name(seg: Segmentation) -> str:
    return seg.document.name or seg.document.path or seg.document.lang


def _dir(lang: str) -> str:
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def _checked_text(unit: Unit, locations: Sequence[Location]) -> str:
    """``unit.raw`` or ``unit.text``: the one the locations' offsets point into.

    A text whose :func:`~glossary.checks.typography.excerpt` around each span
    gives back the location's excerpt wins; failing that, one whose characters
    at each span at least appear in the excerpt.
    """

    def spans_ok(text: str) -> bool:
        return all(0 <= loc.start < loc.end <= len(text) for loc in locations)

    def exact(text: str) -> bool:
        return spans_ok(text) and all(excerpt(text, loc.start, loc.end) == loc.excerpt for loc in locations)

    def loose(text: str) -> bool:
        return spans_ok(text) and all(text[loc.start : loc.end].replace("\n", " ") in loc.excerpt for loc in locations)

    candidates = (unit.raw, unit.text)
    return next((t for t in candidates if exact(t)), None) or next((t for t in candidates if loose(t)), "")


def _marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped, with the (merged) spans wrapped in ``<mark>``."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out.append(_e(text[at:start]) + "<mark>" + _e(text[start:end]) + "</mark>")
        at = end
    out.append(_e(text[at:]))
    return "".join(out)


def _bar_chart(label: str, rows: list[tuple[str, Counter]]) -> str:
    """A horizontal bar chart as inline SVG, one bar per row, stacked by severity."""
    label_width, bar_width, row_height = 230, 360, 26
    most = max((sum(c.values()) for _, c in rows), default=0) or 1
    height = row_height * len(rows) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + bar_width + 60}" height="{height}" '
        f'role="img" aria-label="{_e(label)}"><title>{_e(label)}</title>'
    ]
    for i, (name, counts) in enumerate(rows):
        y = 5 + i * row_height
        shown = name if len(name) <= 30 else name[:29] + "…"
        parts.append(f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" font-size="13" fill="#222">{_e(shown)}</text>')
        x = float(label_width)
        for severity in SEVERITIES:
            if counts[severity]:
                w = bar_width * counts[severity] / most
                parts.append(
                    f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_height - 8}" fill="{SEVERITY_COLOURS[severity]}">'
                    f"<title>{_e(name)}: {counts[severity]} {severity}</title></rect>"
                )
                x += w
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 16}" font-size="13" fill="#222">{sum(counts.values())}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _versions(finding: Finding, ctx: CheckContext) -> str:
    """For each unit a finding points at: that unit with the spans marked, next to the same unit in the other documents."""
    segs = {_seg_name(s): s for s in ctx.documents}
    groups: dict[tuple[str, str], list[Location]] = {}
    for loc in finding.locations:
        groups.setdefault((loc.document, loc.unit), []).append(loc)
    blocks = []
    for (doc_name, unit_id), locs in groups.items():
        seg = segs.get(doc_name)
        unit = seg.get(unit_id) if seg is not None and unit_id else None
        text = _checked_text(unit, locs) if unit is not None else ""
        lang = locs[0].lang or (seg.lang if seg is not None else "")
        if text:
            body = _marked(text, [(loc.start, loc.end) for loc in locs])
        else:
            body = _e(" … ".join(loc.excerpt for loc in locs))
        columns = [
            f'<div class="version offending" lang="{_e(lang)}" dir="{_dir(lang)}">'
            f'<h3 dir="ltr">{_e(doc_name)} · {_e(unit_id)}</h3><p class="text">{body}</p></div>'
        ]
        if unit_id:
            for other in ctx.documents:
                if _seg_name(other) == doc_name:
                    continue
                twin = other.get(unit_id)
                if twin is not None:
                    columns.append(
                        f'<div class="version" lang="{_e(other.lang)}" dir="{_dir(other.lang)}">'
                        f'<h3 dir="ltr">{_e(_seg_name(other))} · {_e(unit_id)}</h3><p class="text">{_e(twin.text)}</p></div>'
                    )
        blocks.append('<div class="versions">' + "".join(columns) + "</div>")
    return "".join(blocks)


def _finding_html(finding: Finding, ctx: CheckContext) -> str:
    parts = [
        f'<article class="finding {_e(finding.severity)}">',
        f'<p class="headline"><span class="severity">{_e(finding.severity)}</span><span class="message">{_e(finding.message)}</span></p>',
    ]
    if finding.suggestion:
        parts.append(f'<p class="suggestion">Suggestion: <span>{_e(finding.suggestion)}</span></p>')
    if finding.evidence:
        parts.append('<dl class="evidence">' + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in finding.evidence) + "</dl>")
    parts.append(_versions(finding, ctx))
    parts.append("</article>")
    return "".join(parts)


def to_html(findings: Sequence[Finding], ctx: CheckContext, *, title: str = "hexalign consistency report") -> str:
    """A self-contained HTML page: bar charts per rule and per document, then each finding beside the other versions."""
    counts = summary(findings)
    groups = by_rule(findings)
    per_document: dict[str, Counter] = {}
    for f in findings:
        per_document.setdefault(_document(f), Counter())[f.severity] += 1
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
    ]
    if ctx.documents:
        out.append(
            '<p class="documents">Documents checked: '
            + ", ".join(f'<span lang="{_e(s.lang)}">{_e(_seg_name(s))}</span> ({len(s.units)} units)' for s in ctx.documents)
            + "</p>"
        )
    out.append(
        f'<p class="totals">{len(findings)} finding(s): '
        + ", ".join(f"{n} {_e(s)}" for s, n in counts["by_severity"].items())
        + "</p>"
    )
    if findings:
        legend = "".join(f'<span><span class="swatch" style="background:{c}"></span>{_e(s)}</span>' for s, c in SEVERITY_COLOURS.items())
        out.append('<section class="charts">')
        out.append(
            '<figure><figcaption>Findings per rule</figcaption>'
            + _bar_chart("Findings per rule", [(r, Counter(f.severity for f in g)) for r, g in groups])
            + "</figure>"
        )
        out.append(
            '<figure><figcaption>Findings per document</figcaption>'
            + _bar_chart("Findings per document", sorted(per_document.items()))
            + "</figure>"
        )
        out.append(f'</section><p class="legend">{legend}</p>')
        for rule_id, group in groups:
            out.append(f'<section class="rule" id="rule-{_e(rule_id)}"><h2>{_e(rule_id)} ({len(group)})</h2>')
            if rule_id in RULES:
                out.append(f'<p class="summary">{_e(RULES[rule_id].summary)}</p>')
            out.extend(_finding_html(f, ctx) for f in group)
            out.append("</section>")
    else:
        out.append("<p>No findings.</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Excel

#: The columns of the Excel report's findings sheet; the last two are left for the reviser to fill in.
XLSX_COLUMNS = ("finding", "severity", "rule", "document", "language", "unit", "excerpt", "message", "suggestion",
                "status", "comment")


def to_xlsx(findings: Sequence[Finding]) -> bytes:
    """An Excel workbook, as QA tools give revisers: sheet ``findings`` with one row per place a finding points at
    (its number, severity, rule, document, language, unit, excerpt, message and suggestion, then empty
    ``status`` and ``comment`` columns for the reviser), in the order of the other reports, the header frozen and
    filtered, errors in red; sheet ``summary`` with the counts per rule, severity and document."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "findings"
    error_fill = PatternFill("solid", fgColor="FFEBEE")
    right_to_left = Alignment(horizontal="right", readingOrder=2, wrap_text=True)
    put_row(sheet, 1, XLSX_COLUMNS)
    row, number = 1, 0
    for _, group in by_rule(findings):
        for finding in group:
            number += 1
            for loc in finding.locations or (Location(document="", lang=""),):
                row += 1
                put_row(sheet, row, (number, finding.severity, finding.rule, loc.document, loc.lang, loc.unit,
                                     loc.excerpt, finding.message, finding.suggestion, "", ""))
                if loc.lang in RTL_LANGUAGES:
                    sheet.cell(row=row, column=XLSX_COLUMNS.index("excerpt") + 1).alignment = right_to_left
                if finding.severity == "error":
                    for column in range(1, len(XLSX_COLUMNS) + 1):
                        sheet.cell(row=row, column=column).fill = error_fill
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = {"excerpt": 50, "message": 50, "suggestion": 36, "document": 18, "comment": 30}
    for column, name in enumerate(XLSX_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(name, 12)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{row}"

    counts = workbook.create_sheet("summary")
    totals, row = summary(findings), 0
    for heading, key in (("rule", "by_rule"), ("severity", "by_severity"), ("document", "by_document")):
        row += 1
        put_row(counts, row, (heading, "findings"))
        counts.cell(row=row, column=1).font = Font(bold=True)
        for name, count in totals[key].items():
            row += 1
            put_row(counts, row, (name, count))
        row += 1
    counts.column_dimensions["A"].width = 28
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


#: Report formats for the CLI's ``--format``: name → renderer(findings, ctx).
RENDERERS: dict[str, Renderer] = {
    "table": lambda findings, ctx: to_table(findings),
    "markdown": to_markdown,
    "json": lambda findings, ctx: to_json(findings),
    "html": to_html,
    "xlsx": lambda findings, ctx: to_xlsx(findings),
}
