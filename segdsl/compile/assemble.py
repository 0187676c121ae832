"""Stage 2 of compiling: plan -> one SELECT with CTEs (SPEC 6).

Shape of the query (each step a CTE; every name below is a quoted identifier):

``entity``
    one row per entity row: ``__key``, the attributes used (``a__country``) and
    relation attributes (``r__account__industry``) through a LEFT JOIN, so a missing
    or dangling foreign key leaves them NULL (not set).
``dict__N``
    the distinct set values of one event column, numbered 1..n in value order
    (``value``, ``code``), where the dialect packs ``first``/``last`` of a property
    into one integer aggregate (``Dialect.packs_edge_codes``) or counts distinct
    values with bit sets (``Dialect.code_set_capacity``).
``ev__N``
    one per event *table* (events sharing a table are read together): ``__key``,
    ``__time`` and the columns used, only rows before as-of; for each column with a
    dictionary, its code (``__code__COLUMN``, 0 when not set) through a LEFT JOIN.
``agg__N``
    per event table, one grouped pass: every aggregate and ``has`` test over that
    table as ``AGG(CASE WHEN filter AND window THEN value END)``.
``scan__N``
    a scan of its own for one side of a sequence or a ``count(distinct ...)``.
``tie__N`` / ``seq__N`` / ``dst__N``
    ``first``/``last`` of a property (latest event, ties -> greatest value),
    sequences (``then`` / ``then no``) and distinct counts, which need more than
    one grouped pass.
``mem__N``
    an entity's members (SPEC 11): the member entity's membership query (its
    hidden member-level definitions and the ``via`` column) grouped by ``via``.
``base``
    ``entity`` LEFT JOIN all of the above: events of unknown keys drop out, and a
    customer without events gets count 0 and sum 0 (SPEC 4.3).
``rank__N``
    the window functions (``RANK``, ``COUNT``) of ranking (``top``/``bottom``,
    ``ntile``) that ``layer__N`` needs, over a narrow subquery of the previous
    layer: the key and the values ranked, which that layer computes.
``layer__1..n``
    definitions as columns (``d__vip``), each in a layer after the definitions it
    uses; ``layer__N`` LEFT JOINs ``rank__N`` by key.  A layer read by a ``rank__N``
    is materialized where the dialect says whether to (DuckDB): read twice and
    inlined, it would be computed twice, and the layers before it more often.

Assembly reads only the plan, the schema (for column types and relations) and the
dialect: it decides nothing about the definitions.
"""

from __future__ import annotations

from sqlglot import exp

from segdsl.compile.dialects import Dialect
from segdsl.compile.members import MEMBER, VIA
from segdsl.compile.parts import KEY, TIME, alias, and_, col, cte_table, ident, is_set
from segdsl.compile.plan import (
    Anchored,
    EventScan,
    MemberPass,
    Plan,
    Ranked,
    Rows,
    Step,
    ValueCodes,
)
from segdsl.project.model import Field, Schema, ValueType


class Assembler:
    def __init__(self, plan: Plan, schema: Schema, dialect: Dialect):
        self.plan = plan
        self.schema = schema
        self.d = dialect
        self.as_of = plan.as_of

    def query(self) -> exp.Select:
        plan = self.plan
        output = plan.output
        assert output is not None, "the expression stage sets the plan's output"
        ctes: list[tuple[str, exp.Expression]] = [("entity", self._entity())]
        ctes += [(codes.name, self._value_codes(codes)) for codes in plan.value_codes.values()]
        for scan in plan.event_tables.values():
            if scan.read:
                ctes.append((scan.ev, self._events(scan, scan.rows, codes=True)))
            if scan.aggregates:
                ctes.append((scan.agg, self._grouped(scan)))
        ctes += [(side.name, self._events(side.table, side.rows))
                 for side in plan.side_scans.values()]
        ctes += [(joined.name, joined.query) for joined in plan.joined.values()]
        ctes += [(members.name, self._members(members))
                 for members in plan.member_passes.values()]
        ctes.append(("base", self._base()))
        shared: set[str] = set()  # layers read by a narrow CTE as well as the next layer
        previous = "base"
        for step in plan.steps():
            if step.ranked is not None:
                shared.add(step.previous)
                ctes.append((step.ranked.name, _ranked(step.ranked)))
            for anchored in step.anchored:
                shared.add(step.previous)
                ctes.append((anchored.name, _anchored(anchored)))
            ctes.append((step.name, _layer(step)))
            previous = step.name
        # Each select list is set in one call: sqlglot re-parents the whole list on
        # every .select(), so growing it a column at a time was quadratic.
        outputs = [self._output(col(KEY), output.key)]
        outputs += [self._output(col(column), name) for name, column in output.shown.items()]
        if output.segment_only is None:
            outputs += [self._output(col(column), name)
                        for name, column in output.definitions.items()]
        final = exp.select(*outputs).from_(cte_table(previous), copy=False)
        if output.segment_only is not None:
            final = final.where(col(output.definitions[output.segment_only]), copy=False)
        for name, body in ctes:
            materialized = (self.d.materialize_dictionaries if name in plan.value_codes
                            else self.d.materialize_ctes)
            if name in shared and materialized is False:
                # Read twice, an inlined layer would be computed twice, and the one
                # before it four times: a dialect that tells the engine not to
                # materialize CTEs tells it to materialize these.  (The others are
                # left to decide: PostgreSQL materializes a CTE read twice on its
                # own, BigQuery documents a non-recursive CTE as run once.)
                materialized = True
            final = final.with_(ident(name), as_=body, materialized=materialized, copy=False)
        return final

    def _entity(self) -> exp.Select:
        schema = self.schema
        items = [alias(self.d.read_text(self.d.column(schema.key, "e")), KEY)]
        for name, column in self.plan.attributes.items():
            field = schema.attributes[name]
            items.append(alias(self._read(field, self.d.column(field.column, "e"), schema.table),
                               column))
        entity = self.d.table(schema.table).as_("e", quoted=True, copy=False)
        select = exp.select(*items).from_(entity, copy=False)
        joined: set[str] = set()
        relation_items: list[exp.Expression] = []
        for (relation_name, attribute), column in self.plan.relation_columns.items():
            relation = schema.relations[relation_name]
            table_alias = f"r__{relation_name}"
            if relation_name not in joined:
                joined.add(relation_name)
                on = exp.EQ(this=self.d.read_text(self.d.column(relation.key, table_alias)),
                            expression=self.d.read_text(self.d.column(relation.via, "e")))
                joined_table = self.d.table(relation.table).as_(
                    table_alias, quoted=True, copy=False)
                select = select.join(joined_table, join_type="LEFT", on=on, copy=False)
            field = relation.attributes[attribute]
            read = self._read(field, self.d.column(field.column, table_alias), relation.table)
            relation_items.append(alias(read, column))
        return select.select(*relation_items, copy=False) if relation_items else select

    def _output(self, expression: exp.Expression, name: str) -> exp.Expression:
        """A column of the result, named as the dialect spells names for its users."""
        return exp.Alias(this=expression, alias=self.d.schema_identifier(name))

    def _read(self, field: Field, column: exp.Expression, table: str) -> exp.Expression:
        """A column of ``table`` as the compiler handles its type (instants: see
        read_instant, which reads a column by what is known of its zoning; numbers:
        exact decimals, see Dialect.read_number)."""
        if field.type is ValueType.TIMESTAMP:
            return self.d.read_instant(column, table, field.column)
        if field.type is ValueType.NUMBER:
            return self.d.read_number(column)
        if field.type is ValueType.STRING:
            return self.d.read_text(column)
        return column

    def _value_codes(self, codes: ValueCodes) -> exp.Select:
        """The distinct set values of a column, numbered in value order.  Read from the
        whole table (one column; every value a scan can meet is among them, and extra
        values only leave gaps in the codes)."""
        value = self._read(codes.field, self.d.column(codes.column, "t"), codes.table.table)
        table = self.d.table(codes.table.table).as_("t", quoted=True, copy=False)
        distinct = (exp.select(alias(value, "value")).distinct().from_(table, copy=False)
                    .where(is_set(self.d.column(codes.column, "t")), copy=False))
        ordered = self.d.text_order(col("value")) if codes.text else col("value")
        number = exp.Window(this=exp.RowNumber(), order=exp.Order(
            expressions=[exp.Ordered(this=ordered, nulls_first=False)]))
        return (exp.select(col("value"), alias(number, "code"))
                .from_(distinct.subquery("v", copy=False), copy=False))

    def _events(self, scan: EventScan, rows: Rows, *, codes: bool = False) -> exp.Select:
        """A scan of ``scan``'s table reading ``rows``; with ``codes``, the codes of
        the columns with a dictionary too (only the grouped pass reads them)."""
        time = self.d.read_instant(self.d.column(scan.time, "t"), scan.table, scan.time)
        items = [alias(self.d.read_text(self.d.column(scan.key, "t")), KEY), alias(time, TIME)]
        for column, name in scan.columns.items():
            value: exp.Expression = self.d.column(column, "t")
            if column in scan.instants:
                value = self.d.read_instant(value, scan.table, column)
            elif column in scan.numbers:
                value = self.d.read_number(value)
            elif column in scan.texts:
                value = self.d.read_text(value)
            items.append(alias(value, name))
        joins: list[tuple[exp.Expression, exp.Expression]] = []
        for column, dictionary in (scan.codes.items() if codes else ()):
            # Not set (no value, so no match) is code 0: below every value.
            code = exp.Coalesce(this=col("code", dictionary.name),
                                expressions=[exp.Literal.number(0)])
            items.append(alias(code, dictionary.code))
            value = self._read(dictionary.field, self.d.column(column, "t"), scan.table)
            joins.append((cte_table(dictionary.name),
                          exp.EQ(this=col("value", dictionary.name), expression=value)))
        select = exp.select(*items)
        # Events at or after as-of are ignored everywhere (SPEC 4.1).
        keep: list[exp.Expression] = [exp.LT(this=time.copy(), expression=self.as_of.copy())]
        if rows.lower_bounds and not rows.full_history:
            # No use needs events before the earliest window start: skip them in
            # the scan (and let the engine prune by the time column).
            bounds = list(rows.lower_bounds.values())
            # The bounds are never NULL; saying NULLs are ignored keeps sqlglot from
            # wrapping LEAST in NULL handling for DuckDB.
            earliest = bounds[0] if len(bounds) == 1 else exp.Least(
                this=bounds[0], expressions=bounds[1:], ignore_nulls=True)
            keep.insert(0, exp.GTE(this=time.copy(), expression=earliest))
        if rows.event_filters and not rows.every_row:
            # Only the rows of the events used (a shared table holds others).
            filters = list(rows.event_filters.values())
            keep.append(exp.paren(filters[0]) if len(filters) == 1 else exp.paren(
                exp.or_(*filters, copy=False)))
        scanned = self.d.table(scan.table).as_("t", quoted=True, copy=False)
        select = select.from_(scanned, copy=False)
        for table, on in joins:
            select = select.join(table, join_type="LEFT", on=on, copy=False)
        return select.where(and_(*keep), copy=False)

    def _grouped(self, scan: EventScan) -> exp.Select:
        select = exp.select(col(KEY), *[alias(aggregate.expression, column)
                                        for column, aggregate in scan.aggregates.items()])
        select = select.from_(cte_table(scan.ev), copy=False)
        return select.group_by(col(KEY), copy=False)

    def _members(self, members: MemberPass) -> exp.Select:
        """``mem__N``: the member entity's membership query grouped by the column
        that holds this entity's key (members with no parent drop out in the join)."""
        assert members.query is not None, "the pipeline compiles the member query"
        via = exp.Column(this=self.d.schema_identifier(VIA), table=ident(MEMBER))
        select = exp.select(alias(via, KEY), *[alias(aggregate.expression, column)
                                               for column, aggregate in
                                               members.aggregates.items()])
        select = select.from_(members.query.subquery(MEMBER, copy=False), copy=False)
        return select.where(is_set(via.copy()), copy=False).group_by(via.copy(), copy=False)

    def _base(self) -> exp.Select:
        plan = self.plan
        own = [*plan.attributes.values(), *plan.relation_columns.values()]
        items: list[exp.Expression] = [col(KEY, "entity"), *[col(c, "entity") for c in own]]
        joins: list[tuple[str, exp.Expression]] = []
        for scan in plan.event_tables.values():
            if not scan.aggregates:
                continue
            joins.append((scan.agg, _same_key(scan.agg)))
            items += [col(c, scan.agg) for c in scan.aggregates]
        for joined in plan.joined.values():
            joins.append((joined.name, _same_key(joined.name)))
            if joined.is_flag:
                items.append(alias(is_set(col(KEY, joined.name)), joined.name))
            else:
                items.append(alias(col("v", joined.name), joined.name))
        for members in plan.member_passes.values():
            joins.append((members.name, _same_key(members.name)))
            items += [col(c, members.name) for c in members.aggregates]
        select = exp.select(*items).from_(cte_table("entity"), copy=False)
        for name, on in joins:
            select = select.join(cte_table(name), join_type="LEFT", on=on, copy=False)
        return select


def _ranked(ranked: Ranked) -> exp.Select:
    """``rank__N``: the key and the windows, over a subquery of only the key and the
    ranked values (DuckDB does not prune the unused columns of a materialized CTE
    below a window on its own: each sort then carried them all)."""
    source = exp.select(col(KEY), *[col(value) for value in ranked.values]).from_(
        cte_table(ranked.source), copy=False).subquery("v", copy=False)
    items = [alias(item.expr, item.column) for item in ranked.windows]
    return exp.select(col(KEY), *items).from_(source, copy=False)


def _anchored(anchored: Anchored) -> exp.Select:
    """``anch__N_M``: the side scan's rows joined by key to the anchors (and edge
    times) of the layer before, grouped by key; the aggregates' filters hold the
    anchored range, so a customer whose anchor is not set matches no row."""
    anchors = exp.select(alias(col(KEY), _ANCHOR_KEY), *[col(c) for c in anchored.reads]).from_(
        cte_table(anchored.source), copy=False).subquery("p", copy=False)
    items = [alias(item.expr, item.column) for item in anchored.items]
    on = exp.EQ(this=col(KEY, "s"), expression=col(_ANCHOR_KEY, "p"))
    return (exp.select(col(KEY, "s"), *items)
            .from_(cte_table(anchored.scan, "s"), copy=False)
            .join(anchors, on=on, copy=False)
            .group_by(col(KEY, "s"), copy=False))


# The key of the anchors' subquery, named apart from the scan's key so that the
# aggregates can name the scan's columns without a table.
_ANCHOR_KEY = "__anchor_key"


def _layer(step: Step) -> exp.Select:
    """``layer__N``: the previous layer, its narrow CTEs' columns, its own columns."""
    own = [alias(item.expr, item.column) for item in step.columns]
    if step.ranked is None and not step.anchored:
        return exp.select(exp.Star(), *own).from_(cte_table(step.previous), copy=False)
    joined: list[tuple[str, list[str]]] = []
    if step.ranked is not None:
        joined.append((step.ranked.name, [item.column for item in step.ranked.windows]))
    joined += [(anchored.name, [item.column for item in anchored.items])
               for anchored in step.anchored]
    # The previous layer's columns by its name: the narrow CTEs have a key too.
    select = exp.select(exp.Column(this=exp.Star(), table=ident(step.previous)),
                        *[col(column, name) for name, columns in joined for column in columns],
                        *own)
    select = select.from_(cte_table(step.previous), copy=False)
    for name, _ in joined:
        on = exp.EQ(this=col(KEY, name), expression=col(KEY, step.previous))
        select = select.join(cte_table(name), join_type="LEFT", on=on, copy=False)
    return select


def _same_key(other: str) -> exp.Expression:
    return exp.EQ(this=col(KEY, other), expression=col(KEY, "entity"))
