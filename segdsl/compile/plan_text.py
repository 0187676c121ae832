"""A plan as text for people (``segdsl compile --plan``).

One section per part of the query, in the order assembly writes the CTEs, each
SQL fragment in the target dialect.  The text is for reading; tests that need the
plan's facts assert on :class:`~.plan.Plan` itself.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from segdsl.compile.dialects import Dialect
from segdsl.compile.plan import Layered, Plan, Rows

_JOINED_KINDS = {
    "seq": "sequence (member when the key is present)",
    "tie": "first/last of a property, ties broken by the greatest value",
    "dst": "count(distinct ...), a pass of its own (where a grouped-pass bit set "
           "is used, only for a dictionary beyond its capacity)",
}


def describe(plan: Plan, dialect: Dialect) -> str:
    def sql(expression: exp.Expression) -> str:
        return expression.sql(dialect=dialect.sqlglot_name)

    as_of = ("the database's current time" if plan.as_of_value is None
             else plan.as_of_value.isoformat(sep=" "))
    lines = [f"plan for {dialect.name}, as of {as_of}", ""]
    lines += _entity(plan)
    if plan.value_codes:
        lines += ["", "value dictionaries (distinct set values numbered in value order, "
                  "read from the whole table)"]
        lines += [f"  {codes.name}: {codes.table.table}.{codes.column}"
                  for codes in plan.value_codes.values()]
    for scan in plan.event_tables.values():
        lines += ["", f"event table {scan.table} (key {scan.key}, time {scan.time})"]
        if scan.read:
            lines.append(f"  scan {scan.ev}: {_rows(scan.rows, sql)}")
            columns = [f"{column} ({_column_kind(column, scan.instants, scan.numbers)})"
                       for column in scan.columns]
            lines.append("    columns: " + (", ".join(columns) or "key and time only"))
            if scan.codes:
                lines.append("    codes: " + ", ".join(
                    f"{codes.code} (from {codes.name})" for codes in scan.codes.values()))
        if scan.aggregates:
            lines.append(f"  grouped pass {scan.agg}, by key:")
            lines += [f"    {column} = {sql(aggregate.expression)}"
                      for column, aggregate in scan.aggregates.items()]
    if plan.side_scans:
        lines += ["", "side scans (one per range of rows read apart from the grouped pass)"]
        lines += [f"  {side.name}: {side.table.table}, {_rows(side.rows, sql)}"
                  for side in plan.side_scans.values()]
    if plan.joined:
        lines += ["", "joined into base by key"]
        lines += [f"  {joined.name}: {_JOINED_KINDS.get(joined.kind, joined.kind)}"
                  for joined in plan.joined.values()]
    for members in plan.member_passes.values():
        lines += ["", f"{members.name}: the members of {members.relation} ({members.entity} rows "
                  f"by {members.via}), grouped by {members.via} and joined by key",
                  f"  per member: {', '.join(members.definitions) or 'nothing'}"]
        lines += [f"  {column} = {sql(aggregate.expression)}"
                  for column, aggregate in members.aggregates.items()]
    lines += ["", "layers (each column after the columns it uses)"]
    for step in plan.steps():
        lines.append(f"  {step.name}")
        ranked = step.ranked
        if ranked is not None:
            lines.append(f"    joins {ranked.name} by key: windows over "
                         f"{', '.join(ranked.values)}, read narrow from {ranked.source}")
            lines += [f"      {item.column}: {_layered_kind(item)}" for item in ranked.windows]
        for anchored in step.anchored:
            lines.append(f"    joins {anchored.name} by key: anchored aggregates over "
                         f"{anchored.scan} joined by key to {', '.join(anchored.reads)} "
                         f"of {anchored.source}")
            lines += [f"      {item.column} = {sql(item.expr)}" for item in anchored.items]
        lines += [f"    {item.column}: {_layered_kind(item)}{_depends(item)}"
                  for item in step.columns]
    lines += ["", *_output(plan)]
    return "\n".join(lines)


def _entity(plan: Plan) -> list[str]:
    lines = [f"entity {plan.entity_table} (key {plan.entity_key})"]
    lines += [f"  {column}: attribute {name}" for name, column in plan.attributes.items()]
    lines += [f"  {column}: {relation}.{attribute} (LEFT JOIN on the relation's key)"
              for (relation, attribute), column in plan.relation_columns.items()]
    return lines


def _rows(rows: Rows, render: Callable[[exp.Expression], str]) -> str:
    if rows.full_history or not rows.lower_bounds:
        reach = "the whole history"
    else:
        reach = "from " + " or ".join(render(b) for b in rows.lower_bounds.values())
    if rows.every_row or not rows.event_filters:
        which = "every row"
    else:
        which = "rows where " + " or ".join(render(f) for f in rows.event_filters.values())
    return f"{reach}, {which}, before as-of"


def _column_kind(column: str, instants: set[str], numbers: set[str]) -> str:
    if column in instants:
        return "timestamp"
    if column in numbers:
        return "number"
    return "as stored"


def _layered_kind(item: Layered) -> str:
    column = item.column
    if column.startswith("d__"):
        return f"definition {column[3:]}"
    if column.startswith("v__"):
        return "value to rank"
    if column.startswith("at__"):
        return "anchor of a window (an instant)"
    if column.startswith("w__"):
        over, _, kind = column[3:].rpartition("__")
        what = {"count": "how many are set", "asc": "rank ascending",
                "desc": "rank descending"}.get(kind, kind)
        return f"{what} of {over}"
    return "column"


def _depends(item: Layered) -> str:
    if not item.depends:
        return ""
    return " (uses " + ", ".join(sorted(item.depends)) + ")"


def _output(plan: Plan) -> list[str]:
    output = plan.output
    if output is None:
        return ["output: not chosen"]
    if output.segment_only is not None:
        column = output.definitions[output.segment_only]
        lines = [f"output: {output.key} of the rows where {column} is true"]
    else:
        lines = [f"output: {output.key}, then one column per definition"]
    lines += [f"  {name} <- {column}" for name, column in output.shown.items()]
    if output.segment_only is None:
        lines += [f"  {name} <- {column}" for name, column in output.definitions.items()]
    return lines
