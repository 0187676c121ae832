"""Query results as text: ``run --format table|csv|json``.

Values are shown the same way in every format: booleans as ``true``/``false``,
timestamps as ``2026-11-01 08:00:00`` (UTC, as DuckDB writes them into CSV; JSON
uses ISO 8601 with ``T`` and ``Z``), dates as ``2026-11-01``, numbers as Python
writes them (shortest form that reads back the same; the exact decimals of
``number`` values without trailing zeros: ``840.92``).  NULL (not set) is an empty
field in CSV, ``null`` in JSON and a blank cell in a table.  A list (``run --with
interests``) is a JSON array in JSON and the same array as compact JSON text in CSV
and tables (``["running","yoga"]``, ``[]`` for an empty list), which any CSV reader
can split again without a segdsl-specific separator.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from segdsl.numbers import decimal_text

Rows = Sequence[Sequence[object]]


def text_value(value: object, *, readable: bool = False) -> str:
    """One value as text for CSV and tables ('' for NULL).

    ``readable`` (tables): floats with at most 15 significant digits, so that
    ``332.07000000000005`` shows as ``332.07``; CSV keeps every digit.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        if readable and math.isfinite(value):
            shown = format(value, ".15g")
            return shown if any(c in shown for c in ".en") else f"{shown}.0"
        return _float_text(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Decimal) and value.is_finite():
        return decimal_text(value)
    if isinstance(value, list | tuple):
        return json.dumps(json_value(value), ensure_ascii=False, separators=(",", ":"))
    return str(value)


def json_value(value: object) -> object:
    """One value as a JSON-ready Python value."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else _float_text(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat() + "Z"
    if isinstance(value, list | tuple):  # a list attribute
        return [json_value(item) for item in value]
    return text_value(value)


def _float_text(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(value)


# ---------------------------------------------------------------------- csv


def csv_lines(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """The header then one line per row, each ending with a newline (RFC 4180
    quoting where needed, ``\\n`` line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")

    def line(values: Sequence[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue()

    yield line(list(columns))
    for row in rows:
        yield line([text_value(value) for value in row])


# --------------------------------------------------------------------- json


def json_text(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> Iterator[str]:
    """A JSON array of objects (one per row, keys in column order), one object
    per line, ending with a newline."""
    first = True
    yield "["
    for row in rows:
        record = {name: json_value(value) for name, value in zip(columns, row, strict=True)}
        yield ("\n  " if first else ",\n  ") + json.dumps(record, ensure_ascii=False)
        first = False
    yield "]\n" if first else "\n]\n"


# -------------------------------------------------------------------- table


def _width(text: str) -> int:
    """Terminal cells of a text (wide East Asian characters take two)."""
    cells = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        cells += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return cells


def _printable(text: str) -> str:
    """A cell's text on one line, without control characters."""
    return "".join(
        " " if char in "\t\r\n" else ("\ufffd" if unicodedata.category(char) == "Cc" else char)
        for char in text
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def table_lines(columns: Sequence[str], rows: Rows) -> Iterator[str]:
    """An aligned text table: a header, a rule, one line per row.

    Columns are separated by two spaces; numbers are right-aligned, everything
    else left-aligned; NULL is a blank cell.  Trailing spaces are trimmed.
    """
    headers = [_printable(name) for name in columns]
    cells = [[_printable(text_value(value, readable=True)) for value in row] for row in rows]
    numeric = [
        any(_is_number(row[index]) for row in rows)
        and all(row[index] is None or _is_number(row[index]) for row in rows)
        for index in range(len(columns))
    ]
    widths = [_width(header) for header in headers]
    for row_cells in cells:
        for index, cell in enumerate(row_cells):
            widths[index] = max(widths[index], _width(cell))

    def line(values: Sequence[str]) -> str:
        parts = []
        for index, value in enumerate(values):
            pad = " " * (widths[index] - _width(value))
            parts.append(pad + value if numeric[index] else value + pad)
        return "  ".join(parts).rstrip() + "\n"

    yield line(headers)
    yield "  ".join("-" * width for width in widths) + "\n"
    for row_cells in cells:
        yield line(row_cells)


def summary_lines(
    columns: Sequence[str],
    rows: Rows,
    segments: Sequence[str],
    segmentations: Mapping[str, Sequence[str | None]],
    total_label: str = "(all)",
) -> Iterator[str]:
    """A header, then the size and share of each segment (``vip  123  2.5%``) and of
    each label of each segmentation (``persona=casual  400  40.0%``) among all
    entity rows, then the number of entity rows (``total_label``).

    Segments come in column order; a segmentation's labels in definition order
    (``segmentations`` maps each to its labels), labels nobody has included (0),
    and ``None`` ("no label", shown ``(none)``) where the segmentation has no
    ``otherwise``.  Shares have one decimal, rounded half away from zero from the
    exact fraction.
    """
    segment_names = set(segments)
    entries: list[tuple[str, int]] = []
    for position, name in enumerate(columns):
        if name in segment_names:
            entries.append((name, sum(1 for row in rows if row[position] is True)))
        elif name in segmentations:
            counts = dict.fromkeys(segmentations[name], 0)
            for row in rows:
                label = row[position]
                key = None if label is None else str(label)
                counts[key] = counts.get(key, 0) + 1
            entries += label_entries(name, counts)
    return counted_summary_lines(entries, len(rows), total_label)


def label_entries(segmentation: str, counts: Mapping[str | None, int]
                  ) -> list[tuple[str, int]]:
    """A segmentation's labels as summary entries: ``persona=casual``, and
    ``persona=(none)`` for the customers without a label."""
    return [(f"{segmentation}={'(none)' if label is None else label}", count)
            for label, count in counts.items()]


def counted_summary_lines(entries: Sequence[tuple[str, int]], total: int,
                          total_label: str = "(all)") -> Iterator[str]:
    """:func:`summary_lines` from counts already made: ``entries`` are (name,
    members) in the order to show, ``total`` the number of entity rows."""
    shown = [("definition", "members", "share")]
    shown += [(_printable(name), str(count), _share(count, total)) for name, count in entries]
    shown.append((_printable(total_label), str(total), _share(total, total)))
    name_width = max(_width(name) for name, _, _ in shown)
    count_width = max(len(count) for _, count, _ in shown)
    share_width = max(len(part) for _, _, part in shown)
    for name, count, part in shown:
        pad = " " * (name_width - _width(name))
        yield f"{name}{pad}  {count.rjust(count_width)}  {part.rjust(share_width)}\n"


def _share(count: int, total: int) -> str:
    """``12.5%``: one decimal, half away from zero, from the exact fraction."""
    if not total:
        return "-"
    tenths = (count * 1000 + total // 2) // total  # counts are never negative
    return f"{tenths // 10}.{tenths % 10}%"
