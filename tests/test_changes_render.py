"""`segdsl changes` output on its own: CSV quoting and NULLs, JSON values and
counts, the stderr lines (no database: a `Changes` made by hand)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from segdsl.changes.model import EVALUATION, SNAPSHOTS, Changes, Source, summarize
from segdsl.changes.render import csv_text, json_text, summary_lines

T1 = dt.datetime(2026, 10, 1, tzinfo=dt.UTC)
T2 = dt.datetime(2026, 10, 2, tzinfo=dt.UTC)
DEFINITIONS = [("vip", "segment"), ("quiet", "segment"), ("persona", "segmentation")]
ROWS = [
    ("vip", "segment", 7, "entered", None, None),
    ("vip", "segment", 'a,"b"', "left", None, None),
    ("persona", "segmentation", 12, "relabeled", None, "casual"),
    ("persona", "segmentation", 13, "relabeled", "casual", "runner"),
    ("persona", "segmentation", 14, "relabeled", "casual", "runner"),
]


def changes(source: Source) -> Changes:
    return Changes(T1, T2, source, DEFINITIONS, ROWS, ("a note",))


def test_csv_quotes_where_needed_and_writes_null_as_empty() -> None:
    text = csv_text(changes(Source(SNAPSHOTS, "h", (T1, T2))))
    assert text.splitlines() == [
        "definition,kind,key,change,from_label,to_label",
        "vip,segment,7,entered,,",
        'vip,segment,"a,""b""",left,,',
        "persona,segmentation,12,relabeled,,casual",
        "persona,segmentation,13,relabeled,casual,runner",
        "persona,segmentation,14,relabeled,casual,runner",
    ]
    assert list(csv.reader(io.StringIO(text)))[2][2] == 'a,"b"'


def test_json_keeps_key_types_nulls_and_counts_every_definition() -> None:
    document = json.loads(json_text(changes(Source(EVALUATION, "h", None, "why"))))
    assert document["source"] == "evaluation" and document["fallback_reason"] == "why"
    assert document["snapshots"] is None and document["notes"] == ["a note"]
    assert document["changes"][0] == {"definition": "vip", "kind": "segment", "key": 7,
                                      "change": "entered", "from_label": None,
                                      "to_label": None}
    assert document["summary"] == [
        {"definition": "vip", "kind": "segment", "entered": 1, "left": 1},
        {"definition": "quiet", "kind": "segment", "entered": 0, "left": 0},
        {"definition": "persona", "kind": "segmentation", "relabeled": 3, "transitions": [
            {"from": "casual", "to": "runner", "count": 2},
            {"from": None, "to": "casual", "count": 1}]},
    ]


def test_stderr_lines() -> None:
    lines = list(summary_lines(changes(Source(SNAPSHOTS, "h", (T1, T1))),
                               summarize(DEFINITIONS, ROWS)))
    assert lines == [
        "changes 2026-10-01T00:00:00Z to 2026-10-02T00:00:00Z: from the snapshots of "
        "2026-10-01T00:00:00Z and 2026-10-01T00:00:00Z in h (the same snapshot: no changes)",
        "note: a note",
        "  vip      1 entered, 1 left",
        "  quiet    0 entered, 0 left",
        "  persona  3 relabeled (casual -> runner: 2, (none) -> casual: 1)",
    ]
