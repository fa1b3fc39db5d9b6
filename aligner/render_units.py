"""Renderers for segmented documents: terminal table, JSON (the documented schema) and TSV."""

from __future__ import annotations

import json
from collections import Counter
from typing import Sequence

from tabulate import tabulate

from aligner.model import Segmentation

#: Unit kinds counted in the summary table, in column order.
SUMMARY_KINDS: tuple[str, ...] = ("preambular", "operative", "annex", "heading", "item", "footnote")


def segmentation_to_dict(seg: Segmentation) -> dict:
    """The JSON-ready form of a segmentation (schema in the README)."""
    doc = seg.document
    return {
        "document": {"path": doc.path, "lang": doc.lang, "encoding": doc.encoding},
        "units": [
            {
                "id": u.id,
                "kind": u.kind,
                "label": u.label,
                "line": u.line,
                "text": u.text,
                "raw": u.raw,
                "sentences": list(u.sentences),
                "footnote_refs": list(u.footnote_refs),
                "anchors": [{"kind": a.kind, "value": a.value, "text": a.text} for a in u.anchors],
            }
            for u in seg.body
        ],
        "footnotes": [{"id": u.id, "marker": u.label, "text": u.text} for u in seg.footnotes],
    }


def to_json(seg: Segmentation) -> str:
    """One segmentation as JSON."""
    return json.dumps(segmentation_to_dict(seg), ensure_ascii=False, indent=2) + "\n"


def to_tsv(seg: Segmentation) -> str:
    """One row per unit: id, kind, label, sentences, footnote refs, text (tabs and newlines as spaces)."""
    rows = ["id\tkind\tlabel\tsentences\tfootnote_refs\ttext"]
    for u in seg.units:
        text = " ".join(u.text.split("\t")).replace("\n", " ")
        rows.append(f"{u.id}\t{u.kind}\t{u.label}\t{len(u.sentences)}\t{','.join(u.footnote_refs)}\t{text}")
    return "\n".join(rows) + "\n"


def to_table(seg: Segmentation, *, width: int = 70) -> str:
    """One row per unit with the start of its text."""
    rows = [
        (u.id, u.kind, len(u.sentences), ",".join(u.footnote_refs), _shorten(u.text, width))
        for u in seg.units
    ]
    return tabulate(rows, headers=("id", "kind", "sent.", "notes", "text"), tablefmt="simple") + "\n"


def summary_table(segs: Sequence[Segmentation]) -> str:
    """One row per document: language, encoding, and how many units of each kind it has."""
    rows = []
    for seg in segs:
        kinds = Counter(u.kind for u in seg.units)
        rows.append(
            (seg.document.path or seg.document.name, seg.lang, seg.document.encoding, len(seg.units))
            + tuple(kinds.get(k, 0) for k in SUMMARY_KINDS)
            + (sum(len(u.sentences) for u in seg.units),)
        )
    headers = ("document", "lang", "encoding", "units") + SUMMARY_KINDS + ("sentences",)
    return tabulate(rows, headers=headers, tablefmt="simple") + "\n"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


RENDERERS = {"table": to_table, "json": to_json, "tsv": to_tsv}
