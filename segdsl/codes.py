"""The table of diagnostic codes: each code's meaning and default severity.

Codes are stable: tools and CI configurations match on them, so a code is never
reused for a different problem.  Code elsewhere names a code by its member
(``Code.NAM001``), never by a string literal (a test greps for literals), so that a
typo is a mypy error and this table is the one place that says what a code means
and whether it is an error or a warning.  :class:`Code` is a ``StrEnum``:
``Code.NAM001 == "NAM001"``, it formats and serialises as ``NAM001``, and
``Diagnostic("NAM001", ...)`` still works (the severity comes from here either way).

``docs/diagnostics.md`` begins with a table generated from this one, down to a marker
line; below it each code has a hand-written section with an example and its fix.
``python -m segdsl.codes --write docs/diagnostics.md`` replaces the generated part
and keeps the sections; a test keeps the part equal to the table.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path


class Severity(enum.StrEnum):
    """How bad a problem is: errors make ``segdsl check`` exit with 1, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


_W = Severity.WARNING


class Code(enum.StrEnum):
    """Every diagnostic code, with its one-line meaning and its default severity.

    A member is written ``NAME = "NAME", "meaning"`` (plus ``_W`` for a warning); its
    value is its own name, so it compares equal to the plain text of the code.
    """

    summary: str
    severity: Severity

    def __new__(cls, code: str, summary: str, severity: Severity = Severity.ERROR) -> Code:
        member = str.__new__(cls, code)
        member._value_ = code
        member.summary = summary
        member.severity = severity
        return member

    # --- syntax (segment files) ---
    SYN001 = "SYN001", "unexpected word or symbol: the text does not fit the language here"
    SYN002 = "SYN002", "unexpected character that is not part of the language"
    SYN003 = "SYN003", "text string not closed on its line"
    SYN004 = "SYN004", "unknown escape in a text string (allowed: \\\" \\\\ \\n \\t)"
    SYN005 = "SYN005", "invalid date or timestamp (no such day, or not UTC)"
    SYN006 = "SYN006", "the file ends in the middle of a definition"
    SYN007 = "SYN007", "the file is not readable UTF-8 text"
    SYN008 = "SYN008", "comparisons cannot be chained"
    SYN009 = "SYN009", "a duration needs a whole number (`3 days`, not `1.5 days`)"
    SYN010 = "SYN010", "a definition is nested too deeply to be checked"
    # --- project and schema files (YAML) ---
    YML001 = "YML001", "the YAML file cannot be read or parsed"
    YML002 = "YML002", "a required key is missing"
    YML003 = "YML003", "unknown key"
    YML004 = "YML004", "a value has the wrong kind (e.g. a list where a mapping is expected)"
    YML005 = "YML005", "unknown column type"
    YML006 = "YML006", "a name is defined twice"
    YML007 = "YML007", "invalid enum value list"
    YML008 = "YML008", "invalid or reserved name"
    YML009 = "YML009", "invalid setting value (unknown dialect or time zone, bad path)"
    # --- names ---
    NAM001 = "NAM001", "unknown name"
    NAM002 = "NAM002", "a name is defined twice"
    NAM003 = "NAM003", "a definition takes a name already used by the schema or another definition"
    NAM004 = "NAM004", "definitions depend on each other in a cycle"
    NAM005 = "NAM005", "unknown event"
    NAM006 = "NAM006", "unknown event property"
    NAM007 = "NAM007", "unknown relation or relation attribute"
    NAM008 = "NAM008", "unknown function"
    NAM009 = "NAM009", "a name is used as the wrong kind of thing (e.g. `in segment` of a metric)"
    # --- types ---
    TYP001 = "TYP001", "values of incompatible types are compared or combined"
    TYP002 = "TYP002", "a value is not one of the enum's allowed values"
    TYP003 = "TYP003", "a segmentation has no such label"
    TYP004 = "TYP004", "an aggregate is applied to a property of the wrong type"
    TYP005 = "TYP005", "a condition is expected but the expression is not true/false"
    TYP006 = "TYP006", "a time window is applied to a value that is not a time"
    TYP007 = "TYP007", "`in next` is used on events (events in the future are never seen)"
    TYP008 = "TYP008", "ranking (`top`/`bottom`/`ntile`) needs a number"
    TYP009 = "TYP009", "a function gets the wrong number or type of arguments"
    TYP010 = "TYP010", "a window bound on events must be a fixed point in time"
    TYP011 = "TYP011", "percentage out of range (must be above 0 and at most 100)"
    TYP012 = "TYP012", "invalid regular expression"
    TYP013 = "TYP013", "an expression is used where a condition or value of another kind is needed"
    TYP014 = "TYP014", "a duration cannot stand alone; use it with `ago` or `+`/`-` on a time"
    TYP015 = "TYP015", "`within ... after` starts from a value that is not a date or a timestamp"
    TYP016 = "TYP016", "`contains any`/`contains all` with an empty list"
    # --- groups of events and named events (SPEC 11) ---
    EVT001 = "EVT001", "an event is named twice in a group of events"
    EVT002 = "EVT002", "a property is used that not every event of a group (or named event) has"
    EVT003 = "EVT003", "the events of a group give a property different types"
    EVT004 = "EVT004", "named events are defined through each other in a cycle"
    EVT005 = "EVT005", "a named event takes the name of an event of the schema"
    EVT006 = "EVT006", ("`count(distinct …)` of events in several tables with `within … after` "
                        "(not supported)")
    # --- regularity and lifecycle (`in at least K of the last N UNIT`, `stopped`, `restarted`) ---
    REG001 = "REG001", "the number of periods N in `of the last N UNIT` is not from 1 to 366"
    REG002 = "REG002", "`at least K` is not a whole number from 1 to N, the number of periods"
    REG003 = "REG003", "periods of regularity are days, weeks or months"
    REG004 = "REG004", "`has no` with `in at least K of ...` (write `not has ...`)"
    REG005 = "REG005", "`stopped`/`restarted` need the window `in last N UNIT` with N above 0"
    # --- numbers ---
    NUM001 = "NUM001", "a number has more than 9 digits after the point (numbers are exact to 9)"
    # --- case-insensitive text tests (`ignoring case`) ---
    CAS001 = "CAS001", ("`ignoring case` after an operator it does not apply to (`<`, `<=`, "
                        "`>`, `>=`, `matches`)")
    CAS002 = "CAS002", "`ignoring case` on a value that is not text (a number, date, list...)"
    # --- expectations (`expect size ...` / `expect share ...` lines) ---
    EXP001 = "EXP001", "an `expect` line bounds something other than `size` or `share`"
    EXP002 = "EXP002", "an `expect` line on a segmentation (only segments have expectations)"
    EXP003 = "EXP003", ("a size bound is not a whole number of 0 or more (a size is a count, "
                        "written without `%`)")
    EXP004 = "EXP004", "a share bound is written without `%` (write `5%`, not `5` or `0.05`)"
    EXP005 = "EXP005", "a share bound is outside 0% to 100%"
    EXP006 = "EXP006", "`between` with its first bound above its second"
    EXP007 = "EXP007", "an expectation that can never hold (`size < 0`, `share > 100%`)"
    # --- warnings ---
    WRN001 = "WRN001", "a condition that can never be true", _W
    WRN002 = "WRN002", "an empty `with` filter", _W
    WRN003 = "WRN003", "a segmentation branch after `otherwise` is never reached", _W
    WRN004 = "WRN004", "an expectation that always holds (`size >= 0`, `share <= 100%`)", _W
    # --- several entities (SPEC 11) ---
    ENT001 = "ENT001", ("`entities:` in schema.yml names no default entity, or more than one "
                        "(mark one with `default: true`)")
    ENT002 = "ENT002", "unknown entity (in `for`, or in a relation's `entity:`)"
    ENT003 = "ENT003", ("a definition of one entity uses a definition of another "
                        "(`in segment`, a metric, a segmentation)")
    ENT004 = "ENT004", ("an aggregate over members that is not supported (`first`/`last`, "
                        "`distinct`, a window on members themselves)")
    # --- fixture tests (tests/*.yml) ---
    FIX001 = "FIX001", "`as_of` is not a date or a UTC timestamp"
    FIX002 = "FIX002", "a `given` table is not the entity, an event or a relation of the schema"
    FIX003 = "FIX003", "a row names a column its table does not have (or names one column twice)"
    FIX004 = "FIX004", "a given or expected value does not fit the column's or metric's type"
    FIX005 = "FIX005", "a CSV file of rows cannot be used (missing, unreadable, bad header or row)"
    FIX006 = "FIX006", "an expectation names no segment, segmentation or metric"
    FIX007 = "FIX007", "an expected label is not a label of the segmentation"
    FIX008 = "FIX008", ("an expectation has the wrong form (a segment needs a list of keys, "
                        "a segmentation or metric a mapping from key to value)")
    FIX009 = "FIX009", "the same key is given twice"
    FIX010 = "FIX010", "a row lacks a column it needs (a key, or an event's time)"
    FIX011 = "FIX011", "an expected key is not a key of the given entity rows"
    FIX012 = "FIX012", "an event row gives its `where` column a value of another event"
    FIX013 = "FIX013", "two test cases of a file have the same name"
    FIX014 = "FIX014", ("a given or expected number does not fit a number (more than 9 digits "
                        "after the point, or more than 29 before it)")
    FIX015 = "FIX015", "`expectations` is not `hold` or a mapping from segment to `hold`/`violated`"
    FIX016 = "FIX016", ("`expectations` checks a segment without expect lines (or a project with "
                        "none)")
    # --- static lists (`lists:` in segdsl.yml, their CSV files, `in list`) ---
    LST001 = "LST001", "`in list` names no list of the project's `lists:`"
    LST002 = "LST002", "a list's CSV file is missing or cannot be read"
    LST003 = "LST003", "a list's CSV file does not have one column named as the schema's key"
    LST004 = "LST004", "a key appears twice in a list"
    LST005 = "LST005", "a list key is empty or has spaces around it"
    LST006 = "LST006", "a `lists:` entry is neither a CSV path nor `{table: ..., key: ...}`"
    LST007 = "LST007", ("a fixture case's `lists:` names no list of the project or is not a "
                        "list of keys")
    LST008 = "LST008", "a fixture case uses a table list without giving its keys in `lists:`"


# Codes in the table that nothing in segdsl/ produces, with the reason they stay
# (a code is never reused, so a retired one keeps its row).  A test checks that
# every other code is used by name somewhere in segdsl/.
RESERVED: dict[Code, str] = {}

CODES: dict[str, Code] = {code.value: code for code in Code}


def lookup(code: str) -> Code | None:
    """The table entry of ``code`` (a member or its text), or None for an unknown code."""
    return Code.__members__.get(code)


def default_severity(code: str) -> Severity:
    """The severity a diagnostic with ``code`` has unless it is given one.

    An unknown code is an error: reporting a problem must never fail.
    """
    found = lookup(code)
    return Severity.ERROR if found is None else found.severity


def title(code: str) -> str:
    """The one-line meaning of ``code`` (KeyError for an unknown code)."""
    return CODES[code].summary


def _escape_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


# The line that ends the generated part of docs/diagnostics.md (an HTML comment, so
# it does not show on the page).  Everything after it is written by hand.
DOC_MARKER = ("<!-- Everything above this line is generated from segdsl/codes.py by "
              "`python -m segdsl.codes --write docs/diagnostics.md`; the sections below "
              "are written by hand. -->")
USAGE = "usage: python -m segdsl.codes --write docs/diagnostics.md"


def anchor(code: str) -> str:
    """The anchor of ``code``'s section in docs/diagnostics.md (its ``### CODE`` heading)."""
    return code.lower()


def markdown_table() -> str:
    """The generated part of docs/diagnostics.md: title, table and the marker line."""
    lines = [
        "# Diagnostic codes",
        "",
        "Every problem segdsl reports carries one of these codes. Codes are stable.",
        "Errors make `segdsl check` (and `segdsl test`, for mistakes in a fixture file)",
        "exit with status 1; warnings do not. Each code links to its section below: what",
        "it means, an example that produces it, and the fix.",
        "",
        "| code | severity | meaning |",
        "|---|---|---|",
    ]
    lines += [f"| [`{c.value}`](#{anchor(c.value)}) | {c.severity.value} | "
              f"{_escape_cell(c.summary)} |" for c in Code]
    lines += ["", DOC_MARKER]
    return "\n".join(lines) + "\n"


def generated_part(document: str) -> str | None:
    """The part of ``document`` up to and including the marker line (None without one)."""
    at = document.find(DOC_MARKER + "\n")
    return None if at < 0 else document[: at + len(DOC_MARKER) + 1]


def with_current_table(document: str) -> str:
    """``document`` with its generated part replaced by :func:`markdown_table`.

    The hand-written sections after the marker are kept as they are.  A document
    without the marker raises ``ValueError``: replacing all of it would lose them.
    """
    old = generated_part(document)
    if old is None:
        raise ValueError("the file has no marker line, so its hand-written part cannot be "
                         "told apart (restore it with `git checkout docs/diagnostics.md`)")
    return markdown_table() + document[len(old):]


def main(argv: list[str]) -> int:
    """``python -m segdsl.codes --write PATH``: update PATH's generated part; exit status."""
    if len(argv) != 2 or argv[0] != "--write":
        # Printing the table to stdout invited `> docs/diagnostics.md`, which would
        # wipe the hand-written sections; the file is now updated in place.
        print(USAGE, file=sys.stderr)
        return 2
    path = Path(argv[1])
    try:
        updated = with_current_table(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"error: {path}: {error}", file=sys.stderr)
        return 2
    path.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
