"""``segdsl changes`` output: CSV or JSON for the rows, plain lines for stderr.

CSV is the change rows only (a header, then one line per change), so it can be
piped into a campaign tool; the source and the counts go to stderr
(:func:`summary_lines`).  JSON holds everything: the instants, the source, the
snapshots used, the counts and the rows.

The rows are written as they stream from the database (:func:`write`), a batch
at a time, and counted on the way (:class:`~segdsl.changes.model.Tally`): a
million change rows are never all in memory.  JSON puts the counts before the
rows, so its rows go to a spill file first (an unnamed temporary file) and the
document is written once the counts are known; its bytes are exactly what
``json.dumps(document, indent=2, ensure_ascii=False)`` writes.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Protocol

from segdsl.changes.model import (
    COLUMNS,
    EVALUATION,
    ChangeRow,
    Changes,
    DefinitionSummary,
    Tally,
)
from segdsl.cli.output import json_value, text_value
from segdsl.timeparse import format_instant

# Rows rendered per write: large enough that a write is not per line, small
# enough that a batch of text is a few hundred KB.
BATCH = 5_000
CSV = "csv"
JSON = "json"


class TextSink(Protocol):
    """Where the output goes: a text file or stdout (anything with ``write``)."""

    def write(self, text: str, /) -> object: ...


def write(changes: Changes, output_format: str, sink: TextSink,
          spill_folder: Path | None = None) -> tuple[DefinitionSummary, ...]:
    """Write ``changes`` in ``output_format`` (``csv`` or ``json``) to ``sink`` as
    the rows stream in, and return the counts.  ``spill_folder``: where JSON's
    spill file goes (None: the system's temporary folder)."""
    tally = Tally(changes.definitions)
    rows = tally.counted(changes.rows)
    if output_format == CSV:
        for chunk in csv_chunks(rows):
            sink.write(chunk)
        return tally.summary()
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="",
                                dir=spill_folder) as spill:
        written = False
        for chunk in _json_row_chunks(rows):
            spill.write(chunk)
            written = True
        summary = tally.summary()
        head = _json_head(changes, summary)
        if not written:
            sink.write(head + "[]\n}\n")
            return summary
        sink.write(head + "[\n")
        spill.seek(0)
        shutil.copyfileobj(spill, sink)
        sink.write("\n  ]\n}\n")
    return summary


def csv_chunks(rows: Iterable[ChangeRow]) -> Iterator[str]:
    """The header and the change rows, as ``run --format csv`` writes CSV (RFC 4180
    quoting where needed, ``\\n`` line ends, NULL as an empty field), a batch of
    rows per piece.  Every field but the key is text or NULL, so the rows go to the
    csv module as they are: a per-cell formatter took most of the time of a
    million rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    iterator = iter(rows)
    while True:
        batch = list(islice(iterator, BATCH))
        writer.writerows((name, kind, key if isinstance(key, str) else text_value(key),
                          change, before or "", after or "")
                         for name, kind, key, change, before, after in batch)
        text = buffer.getvalue()
        if text:
            yield text
        if len(batch) < BATCH:
            return
        buffer.seek(0)
        buffer.truncate()


def csv_text(changes: Changes) -> str:
    """The whole CSV as one string (tests, small outputs)."""
    return "".join(csv_chunks(changes.rows))


def json_text(changes: Changes) -> str:
    """The whole JSON document as one string (tests, small outputs)."""
    buffer = io.StringIO()
    write(changes, JSON, buffer)
    return buffer.getvalue()


# The keys of a row object as json.dumps writes them inside "changes" (indent 2,
# two levels deep).
_ROW_KEYS = tuple(f'      {json.dumps(name)}: ' for name in COLUMNS)


def _json_row_chunks(rows: Iterable[ChangeRow]) -> Iterator[str]:
    """The row objects of "changes", joined by ``,\\n``, a batch per piece; each as
    ``json.dumps`` writes it at that depth (every value is a scalar: a key, a
    name or a label)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    iterator = iter(rows)
    first = True
    while batch := list(islice(iterator, BATCH)):
        objects = ["    {\n" + ",\n".join(key + encode(json_value(value))
                                          for key, value in zip(_ROW_KEYS, row, strict=True))
                   + "\n    }" for row in batch]
        yield ("" if first else ",\n") + ",\n".join(objects)
        first = False


def _json_head(changes: Changes, summary: tuple[DefinitionSummary, ...]) -> str:
    """The document up to the value of "changes" (its last key)."""
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
        "summary": [_summary_object(item) for item in summary],
        "changes": [],
    }
    text = json.dumps(document, indent=2, ensure_ascii=False)
    assert text.endswith("[]\n}")
    return text[:-len("[]\n}")]


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


def summary_lines(changes: Changes, summary: tuple[DefinitionSummary, ...]
                  ) -> Iterator[str]:
    """The source line, the notes, then one line per definition with its counts
    (``summary``: what :func:`write` returned)."""
    yield source_line(changes)
    for note in changes.notes:
        yield f"note: {note}"
    width = max((len(item.name) for item in summary), default=0)
    for item in summary:
        if item.kind == "segment":
            counts = f"{item.entered} entered, {item.left} left"
        else:
            counts = f"{item.relabeled} relabeled"
            if item.transitions:
                counts += " (" + ", ".join(
                    f"{before or '(none)'} -> {after or '(none)'}: {count}"
                    for before, after, count in item.transitions) + ")"
        yield f"  {item.name.ljust(width)}  {counts}"
