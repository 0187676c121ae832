"""CSV files in fixture cases, behaviour by behaviour, through the public loader.

Written against the hand-written CSV scanner before the reader moved to Python's
``csv`` module, so the switch is proven to keep: NULL versus ``""``, quoting,
BOM, CRLF and lone CR line ends, a missing or extra final newline, blank lines,
line breaks inside quoted cells, and the file:line:column of every problem.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_fixtures import at, case, clean, load, only

from segdsl.harness.fixtures import Value
from segdsl.harness.fixtures.csv_records import CsvField, parse_csv


def rows_of(tmp_path: Path, data: bytes) -> tuple[dict[str, Value], ...]:
    (tmp_path / "c.csv").write_bytes(data)
    fixture = clean(case(given_rows=("      customer: c.csv",), expect=()), base=tmp_path)
    return fixture.cases[0].tables["shop.customers"]


def problems_of(tmp_path: Path, data: bytes) -> list[tuple[str, str, int, int, str]]:
    (tmp_path / "c.csv").write_bytes(data)
    _, problems = load(case(given_rows=("      customer: c.csv",), expect=()), tmp_path)
    return [(p.code, p.span.file, p.span.line, p.span.column, p.message)
            for p in problems if p.span is not None]


@pytest.mark.parametrize("data", [
    b"customer_id,country\nc1,DE\nc2,FR\n",  # LF, final newline
    b"customer_id,country\nc1,DE\nc2,FR",  # no final newline
    b"customer_id,country\r\nc1,DE\r\nc2,FR\r\n",  # CRLF
    b"customer_id,country\rc1,DE\rc2,FR\r",  # lone CR (old Mac files)
    b"customer_id,country\n\nc1,DE\r\n\r\n\nc2,FR\n\n\n",  # blank lines are skipped
    b"\xef\xbb\xbfcustomer_id,country\nc1,DE\nc2,FR\n",  # UTF-8 byte-order mark
    b'"customer_id","country"\n"c1","DE"\n"c2","FR"\n',  # everything quoted
    b" customer_id , country\nc1,DE\nc2,FR\n",  # header names are stripped
])
def test_line_ends_bom_blank_lines_and_quoted_headers(tmp_path: Path, data: bytes) -> None:
    assert rows_of(tmp_path, data) == (
        {"customer_id": "c1", "country": "DE"},
        {"customer_id": "c2", "country": "FR"},
    )


def test_null_empty_string_and_cells_kept_as_written(tmp_path: Path) -> None:
    assert rows_of(tmp_path, b'customer_id,country,zip\nc1,,""\nc2,"", \n c3 ,a"b,x""y\n') == (
        {"customer_id": "c1", "country": None, "postal_code": ""},  # empty: NULL; "": ''
        {"customer_id": "c2", "country": "", "postal_code": " "},  # a space is a value
        # Spaces around a cell are kept; a quote inside an unquoted cell is a quote.
        {"customer_id": " c3 ", "country": 'a"b', "postal_code": 'x""y'},
    )


def test_number_cells_are_the_decimals_written(tmp_path: Path) -> None:
    rows = rows_of(tmp_path, b"customer_id,lifetime_value\nc1,1234567890.123456789\nc2,0.10\n")
    assert [str(row["lifetime_value"]) for row in rows] == ["1234567890.123456789", "0.10"]
    assert problems_of(tmp_path, b"customer_id,lifetime_value\nc1,0.1234567891\n") == [
        ("FIX014", "tests/c.csv", 2, 4, "'0.1234567891' has more than 9 digits after the point "
         "(the type of 'lifetime_value' is number, which keeps 9)")]


def test_a_comma_ending_the_file_is_one_more_empty_cell(tmp_path: Path) -> None:
    assert rows_of(tmp_path, b"customer_id,country\nc1,") == (
        {"customer_id": "c1", "country": None},
    )


def test_quoted_cells_hold_commas_quotes_and_line_breaks(tmp_path: Path) -> None:
    data = b'customer_id,country,zip\n"c,1","a ""b""","x\ny"\n"c2","p\r\nq","r\rs"\n'
    assert rows_of(tmp_path, data) == (
        {"customer_id": "c,1", "country": 'a "b"', "postal_code": "x\ny"},
        {"customer_id": "c2", "country": "p\r\nq", "postal_code": "r\rs"},
    )


def test_a_nul_character_is_a_character(tmp_path: Path) -> None:
    assert rows_of(tmp_path, b"customer_id,country\nc1,a\x00b\n") == (
        {"customer_id": "c1", "country": "a\x00b"},
    )


def test_positions_after_line_breaks_inside_quotes(tmp_path: Path) -> None:
    # The bad age is on line 4: the quoted cell of the row before spans lines 2-3.
    data = b'customer_id,country,age\n"c1","two\nlines",1\nc2,"FR",old\n'
    assert problems_of(tmp_path, data) == [
        ("FIX004", "tests/c.csv", 4, 9, "'old' is not an integer (the type of 'age')"),
    ]
    # A quoted bad value is pointed at from its opening quote.
    data = b'customer_id,age\r\nc1,"old"\r\n'
    assert [p[:4] for p in problems_of(tmp_path, data)] == [("FIX004", "tests/c.csv", 2, 4)]


def test_positions_after_a_byte_order_mark(tmp_path: Path) -> None:
    # The mark counts as one column, as editors that show it do.
    data = "\ufeffcustomer_id,contry\nc1,DE\n".encode()
    assert [p[:4] for p in problems_of(tmp_path, data)] == [("FIX003", "tests/c.csv", 1, 14)]


def test_row_length_problem_points_at_the_row_start_after_blank_lines(tmp_path: Path) -> None:
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX005", base=_write(
        tmp_path, b"customer_id,country\n\n\nc1,DE,x\n"))
    assert problem.message == ("this row of tests/c.csv has 3 values, but the header has "
                               "2 columns")
    at(problem, 4, 1, file="tests/c.csv")


def test_whitespace_only_line_is_a_row(tmp_path: Path) -> None:
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX005", base=_write(
        tmp_path, b"customer_id,country\n \n"))
    assert problem.message.startswith("this row of tests/c.csv has 1 values")
    at(problem, 2, 1, file="tests/c.csv")


@pytest.mark.parametrize(("data", "line", "column"), [
    (b'customer_id\n"c1"x\n', 2, 5),
    (b'customer_id,country\nc1,"D"E\n', 2, 7),
    (b'customer_id,country\n"c\n1","D" \n', 3, 7),
])
def test_text_after_a_closing_quote(tmp_path: Path, data: bytes, line: int, column: int) -> None:
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX005",
                   base=_write(tmp_path, data))
    assert problem.message == ('tests/c.csv is not valid CSV: unexpected text after a closing '
                               'quote (write "" for a quote inside a quoted value)')
    at(problem, line, column, file="tests/c.csv")


@pytest.mark.parametrize(("data", "line", "column"), [
    (b'customer_id\n"c1\n', 2, 1),
    (b'customer_id,country\nc1,DE\nc2,"FR\n\nx', 3, 4),
    (b'customer_id,country\nc1,"a""b', 2, 4),
])
def test_quote_never_closed(tmp_path: Path, data: bytes, line: int, column: int) -> None:
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX005",
                   base=_write(tmp_path, data))
    assert problem.message == "tests/c.csv is not valid CSV: a quoted value is never closed"
    at(problem, line, column, file="tests/c.csv")


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\r\n"])
def test_empty_files(tmp_path: Path, data: bytes) -> None:
    problem = only(case(given_rows=("      customer: c.csv",)), "FIX005",
                   base=_write(tmp_path, data))
    assert problem.message == "tests/c.csv is empty; it needs a header line"
    at(problem, 1, 1, file="tests/c.csv")


def test_a_file_of_only_a_byte_order_mark_has_an_empty_header(tmp_path: Path) -> None:
    assert [p[:4] for p in problems_of(tmp_path, b"\xef\xbb\xbf")] == [
        ("FIX005", "tests/c.csv", 1, 1), ("FIX010", "tests/c.csv", 1, 1),
    ]


def test_header_only_gives_no_rows(tmp_path: Path) -> None:
    assert rows_of(tmp_path, b"customer_id,country\n") == ()


def _write(folder: Path, data: bytes) -> Path:
    (folder / "c.csv").write_bytes(data)
    return folder


def test_a_cell_larger_than_the_csv_module_default_limit(tmp_path: Path) -> None:
    big = "x" * 200_000  # the csv module refuses fields over 131,072 by default
    assert rows_of(tmp_path, f"customer_id,country\nc1,{big}\n".encode()) == (
        {"customer_id": "c1", "country": big},
    )
    assert csv.field_size_limit() == 131_072  # and the process-wide limit is left alone


# --------------------------------------------------- the switch to the csv module


def reference_scan(text: str) -> tuple[list[list[CsvField]], tuple[int, str] | None]:
    """The hand-written scanner the fixture reader used before the ``csv`` module,
    kept here as the reference the new reader must agree with, offsets included."""
    records: list[list[CsvField]] = []
    record: list[CsvField] = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        if line_start and text[i] in "\r\n":  # a blank line
            i += 2 if text.startswith("\r\n", i) else 1
            continue
        line_start = False
        start = i
        if text[i] == '"':
            parts: list[str] = []
            i += 1
            while True:
                close = text.find('"', i)
                if close < 0:
                    return records, (start, "a quoted value is never closed")
                parts.append(text[i:close])
                if text.startswith('""', close):
                    parts.append('"')
                    i = close + 2
                    continue
                i = close + 1
                break
            if i < n and text[i] not in ",\r\n":
                return records, (i, 'unexpected text after a closing quote (write "" for a '
                                 "quote inside a quoted value)")
            record.append(CsvField("".join(parts), True, start, i))
        else:
            while i < n and text[i] not in ",\r\n":
                i += 1
            record.append(CsvField(text[start:i], False, start, i))
        if i < n and text[i] == ",":
            i += 1
            if i == n:
                record.append(CsvField("", False, i, i))
            continue
        records.append(record)
        record = []
        line_start = True
        if i < n:
            i += 2 if text.startswith("\r\n", i) else 1
    if record:
        records.append(record)
    return records, None


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('",\r\n a\0\x0b\x85\u2028é')), max_size=40))
def test_the_csv_module_reader_agrees_with_the_old_scanner(text: str) -> None:
    records, problem = parse_csv(text)
    old_records, old_problem = reference_scan(text)
    assert problem == old_problem
    if problem is None:  # (after a problem the records are not used)
        assert records == old_records
