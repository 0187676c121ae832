"""The table of diagnostic codes.

Codes are stable: tools and CI configurations match on them, so a code is never
reused for a different problem.  ``docs/diagnostics.md`` is generated from this
table (``python -m segdsl.codes > docs/diagnostics.md``) and a test keeps them equal.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    title: str


_TABLE: tuple[tuple[str, str], ...] = (
    # --- syntax (segment files) ---
    ("SYN001", "unexpected word or symbol: the text does not fit the language here"),
    ("SYN002", "unexpected character that is not part of the language"),
    ("SYN003", "text string not closed on its line"),
    ("SYN004", "unknown escape in a text string (allowed: \\\" \\\\ \\n \\t)"),
    ("SYN005", "invalid date or timestamp (no such day, or not UTC)"),
    ("SYN006", "the file ends in the middle of a definition"),
    ("SYN007", "the file is not readable UTF-8 text"),
    ("SYN008", "comparisons cannot be chained"),
    ("SYN009", "a duration needs a whole number (`3 days`, not `1.5 days`)"),
    ("SYN010", "a definition is nested too deeply to be checked"),
    # --- project and schema files (YAML) ---
    ("YML001", "the YAML file cannot be read or parsed"),
    ("YML002", "a required key is missing"),
    ("YML003", "unknown key"),
    ("YML004", "a value has the wrong kind (e.g. a list where a mapping is expected)"),
    ("YML005", "unknown column type"),
    ("YML006", "a name is defined twice"),
    ("YML007", "invalid enum value list"),
    ("YML008", "invalid or reserved name"),
    ("YML009", "invalid setting value (unknown dialect, bad path)"),
    # --- names ---
    ("NAM001", "unknown name"),
    ("NAM002", "a name is defined twice"),
    ("NAM003", "a definition takes a name already used by the schema or another definition"),
    ("NAM004", "definitions depend on each other in a cycle"),
    ("NAM005", "unknown event"),
    ("NAM006", "unknown event property"),
    ("NAM007", "unknown relation or relation attribute"),
    ("NAM008", "unknown function"),
    ("NAM009", "a name is used as the wrong kind of thing (e.g. `in segment` of a metric)"),
    # --- types ---
    ("TYP001", "values of incompatible types are compared or combined"),
    ("TYP002", "a value is not one of the enum's allowed values"),
    ("TYP003", "a segmentation has no such label"),
    ("TYP004", "an aggregate is applied to a property of the wrong type"),
    ("TYP005", "a condition is expected but the expression is not true/false"),
    ("TYP006", "a time window is applied to a value that is not a time"),
    ("TYP007", "`in next` is used on events (events in the future are never seen)"),
    ("TYP008", "ranking (`top`/`bottom`/`ntile`) needs a number"),
    ("TYP009", "a function gets the wrong number or type of arguments"),
    ("TYP010", "a window bound on events must be a fixed point in time"),
    ("TYP011", "percentage out of range (must be above 0 and at most 100)"),
    ("TYP012", "invalid regular expression"),
    ("TYP013", "an expression is used where a condition or value of another kind is needed"),
    ("TYP014", "a duration cannot stand alone; use it with `ago` or `+`/`-` on a time"),
    # --- numbers ---
    ("NUM001", "a number has more than 9 digits after the point (numbers are exact to 9)"),
    # --- expectations (`expect size ...` / `expect share ...` lines) ---
    ("EXP001", "an `expect` line bounds something other than `size` or `share`"),
    ("EXP002", "an `expect` line on a segmentation (only segments have expectations)"),
    ("EXP003", "a size bound is not a whole number of 0 or more (a size is a count, "
               "written without `%`)"),
    ("EXP004", "a share bound is written without `%` (write `5%`, not `5` or `0.05`)"),
    ("EXP005", "a share bound is outside 0% to 100%"),
    ("EXP006", "`between` with its first bound above its second"),
    ("EXP007", "an expectation that can never hold (`size < 0`, `share > 100%`)"),
    # --- warnings ---
    ("WRN001", "a condition that can never be true"),
    ("WRN002", "an empty `with` filter"),
    ("WRN003", "a segmentation branch after `otherwise` is never reached"),
    ("WRN004", "an expectation that always holds (`size >= 0`, `share <= 100%`)"),
    # --- fixture tests (tests/*.yml) ---
    ("FIX001", "`as_of` is not a date or a UTC timestamp"),
    ("FIX002", "a `given` table is not the entity, an event or a relation of the schema"),
    ("FIX003", "a row names a column its table does not have (or names one column twice)"),
    ("FIX004", "a given or expected value does not fit the column's or metric's type"),
    ("FIX005", "a CSV file of rows cannot be used (missing, unreadable, bad header or row)"),
    ("FIX006", "an expectation names no segment, segmentation or metric"),
    ("FIX007", "an expected label is not a label of the segmentation"),
    ("FIX008", "an expectation has the wrong form (a segment needs a list of keys, "
               "a segmentation or metric a mapping from key to value)"),
    ("FIX009", "the same key is given twice"),
    ("FIX010", "a row lacks a column it needs (a key, or an event's time)"),
    ("FIX011", "an expected key is not a key of the given entity rows"),
    ("FIX012", "an event row gives its `where` column a value of another event"),
    ("FIX013", "two test cases of a file have the same name"),
    ("FIX014", "a given number does not fit a number column (more than 9 digits after the "
               "point, or more than 29 before it)"),
    ("FIX015", "`expectations` is not `hold` or a mapping from segment to `hold`/`violated`"),
    ("FIX016", "`expectations` checks a segment without expect lines (or a project with none)"),
)

CODES: dict[str, Code] = {code: Code(code, title) for code, title in _TABLE}


def title(code: str) -> str:
    return CODES[code].title


def _escape_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|")


def markdown_table() -> str:
    lines = [
        "# Diagnostic codes",
        "",
        "Every problem segdsl reports carries one of these codes. Codes are stable.",
        "Errors make `segdsl check` exit with status 1; warnings do not.",
        "Generated from `segdsl/codes.py`.",
        "",
        "| code | meaning |",
        "|---|---|",
    ]
    lines += [f"| `{c.code}` | {_escape_cell(c.title)} |" for c in CODES.values()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
