"""``segdsl changes`` output: CSV or JSON for the rows, plain lines for stderr.

CSV is the change rows only (a header, then one line per change), so it can be
piped into a campaign tool; the source and the counts go to stderr
(:func:`summary_lines`).  JSON holds everything: the instants, the source, the
snapshots used, the counts and the rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from segdsl.changes.model import COLUMNS, EVALUATION, Changes, DefinitionSummary
from segdsl.cli.output import json_value, text_value
from segdsl.timeparse import format_instant


def csv_text(changes: Changes) -> str:
    """The header and the change rows, as ``run --format csv`` writes CSV (RFC 4180
    quoting where needed, ``\\n`` line ends, NULL as an empty field).  Every
    field but the key is text or NULL, so the rows go to the csv module as they
    are: a per-cell formatter took most of the time of a million rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows((name, kind, key if isinstance(key, str) else text_value(key), change,
                      before or "", after or "")
                     for name, kind, key, change, before, after in changes.rows)
    return buffer.getvalue()


def json_text(changes: Changes) -> str:
    source = changes.source
    document = {
        "from": format_instant(changes.start),
        "to": format_instant(changes.end),
        "source": source.kind,
        "history_table": source.table,
        "snapshots": None if source.snapshots is None else {
            "from": format_instant(source.snapshots[0]),
            "to": format_instant(source.snapshots[1])},
        "fallback_reason": source.reason,
        "notes": list(changes.notes),
        "summary": [_summary_object(item) for item in changes.summary],
        "changes": [{name: json_value(value) for name, value in zip(COLUMNS, row, strict=True)}
                    for row in changes.rows],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _summary_object(item: DefinitionSummary) -> dict[str, object]:
    if item.kind == "segment":
        return {"definition": item.name, "kind": item.kind, "entered": item.entered,
                "left": item.left}
    return {"definition": item.name, "kind": item.kind, "relabeled": item.relabeled,
            "transitions": [{"from": before, "to": after, "count": count}
                            for before, after, count in item.transitions]}


def source_line(changes: Changes) -> str:
    """One line: which source was used and, for evaluation, why."""
    source = changes.source
    span = f"{format_instant(changes.start)} to {format_instant(changes.end)}"
    if source.kind == EVALUATION:
        return (f"changes {span}: evaluated at both instants (events replayed, attributes "
                f"as they are now) because {source.reason}")
    assert source.snapshots is not None
    first, last = (format_instant(instant) for instant in source.snapshots)
    same = " (the same snapshot: no changes)" if first == last else ""
    return (f"changes {span}: from the snapshots of {first} and {last} in {source.table}"
            f"{same}")


def summary_lines(changes: Changes) -> Iterator[str]:
    """The source line, the notes, then one line per definition with its counts."""
    yield source_line(changes)
    for note in changes.notes:
        yield f"note: {note}"
    width = max((len(item.name) for item in changes.summary), default=0)
    for item in changes.summary:
        if item.kind == "segment":
            counts = f"{item.entered} entered, {item.left} left"
        else:
            counts = f"{item.relabeled} relabeled"
            if item.transitions:
                counts += " (" + ", ".join(
                    f"{before or '(none)'} -> {after or '(none)'}: {count}"
                    for before, after, count in item.transitions) + ")"
        yield f"  {item.name.ljust(width)}  {counts}"
