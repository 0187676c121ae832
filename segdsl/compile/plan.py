"""The plan: what the membership query reads and computes, as plain typed data.

The expression stage (expressions.py and its helpers) fills a :class:`Plan` while
it translates definitions: each attribute it reads becomes an entity column, each
aggregate a slot in its event table's grouped pass, each sequence or tie-broken
``first``/``last`` a CTE joined by key, each column whose values some aggregate
reads as codes a dictionary (``ValueCodes``), each definition and ranking value a
column in a layer after the columns it uses (the window functions over ranked
values are computed apart, in a narrow CTE per layer: ``Plan.steps``).  Query
assembly (assemble.py) turns the plan into CTEs without looking at the definitions
again, and ``segdsl compile --plan`` prints it (plan_text.py).  Tests assert on it
rather than on SQL text.

Invariants:

* every name in the plan is the name of a CTE or column of the final query;
* things are deduplicated when they are added (by their trees: ``parts.TreeKey``),
  so two definitions that need the same aggregate share its column;
* ``Layered.depends`` names only columns of ``base`` or of other layered items,
  and has no cycle (the checker refuses cyclic definitions).

Longer than 400 lines on purpose: the plan's data types and the ``Plan`` methods
that add to it (deduplicating, naming) or order it (layers, steps), in one module
because the expression stage, assemble.py and plan_text.py read all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from graphlib import TopologicalSorter

from sqlglot import exp

from segdsl.compile.parts import TreeKey
from segdsl.project.model import EventType, Field, Schema
from segdsl.syntax import ast
from segdsl.syntax.keys import LAYOUT, flatten


@dataclass
class Rows:
    """Which rows of an event table a scan must read."""

    # How far back: the lower bounds of every window read through the scan (each
    # once), unless some use needs the whole history.
    lower_bounds: dict[TreeKey, exp.Expression] = field(default_factory=dict)
    full_history: bool = False
    # The ``where`` of every event read (each once, as a condition on the raw
    # columns), unless some event has none and needs every row.
    event_filters: dict[TreeKey, exp.Expression] = field(default_factory=dict)
    every_row: bool = False

    def read_from(self, low: exp.Expression | None) -> None:
        """Note that a use needs the events from ``low`` on (None: all)."""
        if low is None:
            self.full_history = True
        else:
            self.lower_bounds.setdefault(TreeKey(low), low.copy())

    def identity(self) -> tuple[object, ...]:
        """Equal for two ranges that read the same rows."""
        return (self.full_history or frozenset(self.lower_bounds),
                self.every_row or frozenset(self.event_filters))


@dataclass
class Aggregate:
    """One aggregate column of an event table's grouped pass."""

    column: str
    expression: exp.Expression  # e.g. COUNT(CASE WHEN filter AND window THEN 1 END)


@dataclass
class EventScan:
    """One event table, read once (``ev__N``) for all aggregates of the events that
    live in it, and grouped by key once (``agg__N``)."""

    index: int
    table: str
    key: str
    time: str
    columns: dict[str, str] = field(default_factory=dict)  # column -> alias in ev CTE
    instants: set[str] = field(default_factory=set)  # timestamp-typed columns
    numbers: set[str] = field(default_factory=set)  # number-typed columns
    texts: set[str] = field(default_factory=set)  # string-typed columns (Dialect.read_text)
    rows: Rows = field(default_factory=Rows)  # what the grouped pass reads
    read: bool = False  # whether anything reads the scan ``ev__N``
    aggregates: dict[str, Aggregate] = field(default_factory=dict)
    # column -> the dictionary whose code the scan ``ev__N`` reads beside it
    # (``__code__COLUMN``), for aggregates over value codes (see ValueCodes).
    codes: dict[str, ValueCodes] = field(default_factory=dict)
    # Each aggregate's tree -> its column (the same aggregate is computed once).
    aggregate_by_tree: dict[TreeKey, str] = field(default_factory=dict, repr=False)

    @property
    def ev(self) -> str:
        return f"ev__{self.index}"

    @property
    def agg(self) -> str:
        return f"agg__{self.index}"


@dataclass
class ValueCodes:
    """The distinct set values of one column of an event table, read from the data
    and numbered 1..n in their order (``dict__N``: ``value``, ``code``); the grouped
    pass's scan reads each row's code beside it (``__code__COLUMN``, 0 when the value
    is not set, so "not set" sorts below every value).  A dialect that packs an
    event's time and its value's code into one integer (``Dialect.edge_from_codes``)
    finds ``first``/``last`` of a property with one plain ``max``; one with bit sets
    (``Dialect.count_codes``) counts distinct values with a ``bit_or`` while the
    dictionary fits one."""

    name: str
    table: EventScan
    column: str
    field: Field  # how the column is read (numbers as exact decimals, instants)
    text: bool  # a string: ordered by the dialect's text order (code points)

    @property
    def code(self) -> str:
        """The code's column in the scan ``ev__N``."""
        return f"__code__{self.column}"


@dataclass
class SideScan:
    """A scan of its own over one event table, for one side of a sequence or one
    ``count(distinct ...)``, reading only the rows that use needs."""

    name: str
    table: EventScan
    rows: Rows


@dataclass
class Joined:
    """A CTE joined into ``base`` by key: a sequence (a flag: the key is present),
    a tie-broken ``first``/``last`` of a property, a ``count(distinct ...)``."""

    name: str
    kind: str  # "seq", "tie" or "dst": the prefix of its name
    query: exp.Select
    is_flag: bool  # a membership flag (key present) rather than a value ``v``


@dataclass
class MemberPass:
    """An entity's members (SPEC 11), read once per one-to-many relation
    (``mem__N``): the member entity's own membership query (``query``, compiled
    from its definitions plus the hidden ones below, with the ``via`` column) grouped
    by ``via``, one aggregate per member aggregate, LEFT JOINed into ``base`` by key
    (no members: count and sum 0, the others not set)."""

    name: str
    relation: str
    entity: str  # the member entity
    via: str  # column of the member entity's table holding this entity's key
    # The member-level values to compute in ``query``: hidden definitions of the
    # member entity (``__mf_N`` filters, ``__mv_N`` values), by name.
    definitions: dict[str, ast.Declaration] = field(default_factory=dict)
    aggregates: dict[str, Aggregate] = field(default_factory=dict)
    query: exp.Select | None = None  # filled by the pipeline once definitions are in
    aggregate_by_tree: dict[TreeKey, str] = field(default_factory=dict, repr=False)
    definition_by_node: dict[tuple[object, ...], str] = field(default_factory=dict,
                                                              repr=False)

    def hidden(self, node: ast.Expr, make: Callable[[str], ast.Declaration], prefix: str
               ) -> str:
        """The name of the hidden member definition of ``node``: one per meaning
        (the same text in two places, e.g. ``sum(members.seats)`` twice, is one
        column; both are in the member entity's scope, so they mean the same)."""
        key = (prefix, *flatten(node, LAYOUT))
        name = self.definition_by_node.get(key)
        if name is None:
            name = f"__{prefix}_{len(self.definitions) + 1}"
            self.definitions[name] = make(name)
            self.definition_by_node[key] = name
        return name

    def aggregate(self, expression: exp.Expression) -> str:
        tree = TreeKey(expression)
        column = self.aggregate_by_tree.get(tree)
        if column is None:
            column = f"{self.name}_{len(self.aggregates) + 1}"
            self.aggregates[column] = Aggregate(column, expression)
            self.aggregate_by_tree[tree] = column
        return column


@dataclass
class Layered:
    """A column computed in a layer after ``base``: a definition (``d__NAME``), a
    value to rank (``v__N``) or a window function over one (``w__...``)."""

    column: str
    expr: exp.Expression
    depends: set[str]
    # For a window function: the layered column it ranks.  Window functions are
    # computed in a narrow CTE, not in the layer's select list (see ``Ranked``).
    window_of: str | None = None
    # For an aggregate over a window anchored on each customer's own time: what its
    # grouped pass reads (see ``Anchored``); ``expr`` is then that pass's aggregate.
    anchored: AnchoredUse | None = None


@dataclass(frozen=True)
class AnchoredUse:
    """Where an anchored aggregate (``count(purchase within 30 days after
    signup_at)``, SPEC 11) reads its events and its anchor: the rows of ``scan``
    (a side scan) joined by key to ``reads``, columns of the layer before (the
    anchor's instant, and for ``first``/``last`` of a property the edge time found
    one layer earlier)."""

    scan: str
    reads: tuple[str, ...]


@dataclass
class Anchored:
    """The anchored aggregates of one layer over one side scan, computed in one
    grouped CTE (``anch__N``): the scan's rows joined by key to the ``reads`` of
    the layer before, grouped by key, and joined back into the layer by key (a
    customer without such events gets NULL there, as in ``base``).  The anchor is a
    per-customer value that may itself be an aggregate or a metric, so it is known
    only in a layer, not in the table's grouped pass."""

    name: str
    source: str  # the layer before, which holds the anchors
    scan: str
    reads: list[str]
    items: list[Layered]


@dataclass
class Ranked:
    """The window functions of one layer, computed apart in a narrow CTE.

    A window sorts its input rows with every column they carry; over a layer of a
    thousand-definition query that was a thousand columns per sort, and a hundred
    sorts (issue 14).  So the windows that a layer needs are computed in one CTE
    (``rank__N`` for ``layer__N``) over only the key and the ranked values, read
    from the layer before (``source``: a window is one layer after its value, so
    that is where the values are computed), and joined back into ``layer__N`` by
    key (every key is present, once).  One CTE per layer rather than one per value:
    on 1,000 segments DuckDB spent less on the windows' wider rows than on a
    hundred more joins.
    """

    name: str
    source: str  # the CTE the values are read from: the previous layer
    values: list[str]  # the ranked columns it reads
    windows: list[Layered]  # the window functions it computes


@dataclass
class Step:
    """One layer of the query: ``layer__N`` = the previous one, the columns of its
    ``ranked`` CTE (if any) joined by key, and its own ``columns``."""

    name: str
    previous: str
    columns: list[Layered]  # computed in the layer's select list
    ranked: Ranked | None
    anchored: list[Anchored] = field(default_factory=list)


@dataclass
class Output:
    """The columns of the result: the key, the attributes shown (``run --with``),
    then one per definition; or, for one segment, only its members' keys."""

    key: str
    shown: dict[str, str] = field(default_factory=dict)  # name as shown -> column
    definitions: dict[str, str] = field(default_factory=dict)  # definition -> column
    segment_only: str | None = None


@dataclass
class Plan:
    """Everything the membership query reads and computes (see the module docstring)."""

    entity_table: str
    entity_key: str
    # The as-of every window and scan is relative to: a literal, or the engine's
    # current time (marked: see parts.AS_OF_MARK; copy it to use it).
    as_of: exp.Expression
    as_of_value: dt.datetime | None = None  # None: the engine's current time
    attributes: dict[str, str] = field(default_factory=dict)  # attribute -> column
    relation_columns: dict[tuple[str, str], str] = field(default_factory=dict)
    event_tables: dict[tuple[str, str, str], EventScan] = field(default_factory=dict)
    side_scans: dict[str, SideScan] = field(default_factory=dict)
    joined: dict[str, Joined] = field(default_factory=dict)
    value_codes: dict[str, ValueCodes] = field(default_factory=dict)  # name -> codes
    layered: dict[str, Layered] = field(default_factory=dict)
    member_passes: dict[str, MemberPass] = field(default_factory=dict)  # relation -> pass
    output: Output | None = None
    # The schema of the entity the query is about (SPEC 11: one of several).
    schema: Schema | None = field(default=None, repr=False)
    # Deduplication keys (-> name), kept beside what they index.
    _side_scan_by_rows: dict[tuple[object, ...], str] = field(default_factory=dict, repr=False)
    _joined_by_tree: dict[TreeKey, str] = field(default_factory=dict, repr=False)
    _anchored_by_tree: dict[tuple[str, tuple[str, ...], TreeKey], str] = field(
        default_factory=dict, repr=False)

    # ------------------------------------------------------------ additions
    def attribute(self, name: str) -> str:
        return self.attributes.setdefault(name, f"a__{name}")

    def relation_column(self, relation: str, attribute: str) -> str:
        return self.relation_columns.setdefault((relation, attribute),
                                                f"r__{relation}__{attribute}")

    def event_scan(self, event: EventType) -> EventScan:
        key = (event.table, event.key, event.time)
        found = self.event_tables.get(key)
        if found is None:
            found = EventScan(len(self.event_tables) + 1, event.table, event.key, event.time)
            self.event_tables[key] = found
        return found

    def aggregate(self, scan: EventScan, expression: exp.Expression, tree: TreeKey) -> str:
        """The column of ``expression`` (its key ``tree``) in ``scan``'s grouped pass."""
        column = scan.aggregate_by_tree.get(tree)
        if column is not None:
            return column
        column = f"g__{scan.index}_{len(scan.aggregates) + 1}"
        scan.read = True
        scan.aggregates[column] = Aggregate(column, expression)
        scan.aggregate_by_tree[tree] = column
        return column

    def value_codes_of(self, scan: EventScan, column: str, field: Field, *, text: bool
                       ) -> ValueCodes:
        """The dictionary of ``column``'s values (one per column of a table), which
        the grouped pass's scan now reads codes of."""
        found = scan.codes.get(column)
        if found is None:
            found = ValueCodes(f"dict__{len(self.value_codes) + 1}", scan, column, field, text)
            self.value_codes[found.name] = found
            scan.codes[column] = found
        scan.read = True
        return found

    def side_scan(self, scan: EventScan, rows: Rows) -> str:
        """The name of a side scan of ``scan`` reading ``rows`` (one per distinct range)."""
        key = (scan.index, rows.identity())
        name = self._side_scan_by_rows.get(key)
        if name is None:
            name = f"scan__{len(self.side_scans) + 1}"
            self._side_scan_by_rows[key] = name
            self.side_scans[name] = SideScan(name, scan, rows)
        return name

    def join(self, kind: str, query: exp.Select, tree: TreeKey, *, is_flag: bool) -> str:
        """The name of a CTE joined into ``base`` (its key ``tree``), shared when equal."""
        name = self._joined_by_tree.get(tree)
        if name is None:
            name = f"{kind}__{len(self.joined) + 1}"
            self._joined_by_tree[tree] = name
            self.joined[name] = Joined(name, kind, query, is_flag=is_flag)
        return name

    def member_pass(self, relation: str, entity: str, via: str) -> MemberPass:
        """The pass over the members of ``relation`` (one per relation)."""
        found = self.member_passes.get(relation)
        if found is None:
            found = MemberPass(f"mem__{len(self.member_passes) + 1}", relation, entity, via)
            self.member_passes[relation] = found
        return found

    def anchored(self, use: AnchoredUse, expression: exp.Expression, tree: TreeKey) -> str:
        """The layered column of the anchored aggregate ``expression`` (its key
        ``tree``) over ``use``, shared when equal."""
        key = (use.scan, use.reads, tree)
        column = self._anchored_by_tree.get(key)
        if column is None:
            column = f"x__{len(self._anchored_by_tree) + 1}"
            self._anchored_by_tree[key] = column
            self.layered[column] = Layered(column, expression, set(use.reads), anchored=use)
        return column

    def window(self, value: str, column: str, expression: exp.Expression) -> None:
        """Add the window function ``column`` (``expression``) over the layered
        column ``value``, unless it is there already."""
        if column not in self.layered:
            self.layered[column] = Layered(column, expression, {value}, window_of=value)

    # ---------------------------------------------------------------- order
    def layers(self) -> list[list[Layered]]:
        """The layered columns in layers: each column in the first layer after every
        column it depends on (its longest chain of dependencies), in the order the
        columns were added within a layer.  Columns of ``base`` are layer 0."""
        graph = TopologicalSorter({column: {d for d in item.depends if d in self.layered}
                                   for column, item in self.layered.items()})
        graph.prepare()
        level: dict[str, int] = {}
        depth = 0
        while graph.is_active():
            # Everything ready together is one layer: all its dependencies lie in
            # earlier ones.
            ready = graph.get_ready()
            depth += 1
            for column in ready:
                level[column] = depth
            graph.done(*ready)
        layers: dict[int, list[Layered]] = {}
        for column, item in self.layered.items():
            layers.setdefault(level[column], []).append(item)
        return [layers[k] for k in sorted(layers)]

    def steps(self) -> list[Step]:
        """The layers as the query computes them: each layer's window functions in
        a narrow CTE of their own (see :class:`Ranked`), its other columns in its
        select list."""
        steps: list[Step] = []
        previous = "base"
        for number, layer in enumerate(self.layers(), start=1):
            name = f"layer__{number}"
            windows = [item for item in layer if item.window_of is not None]
            ranked = None
            if windows:
                values = list(dict.fromkeys(item.window_of for item in windows
                                            if item.window_of is not None))
                ranked = Ranked(f"rank__{number}", previous, values, windows)
            passes: dict[str, Anchored] = {}
            for item in layer:
                if item.anchored is None:
                    continue
                found = passes.get(item.anchored.scan)
                if found is None:
                    found = passes[item.anchored.scan] = Anchored(
                        f"anch__{number}_{len(passes) + 1}", previous, item.anchored.scan,
                        [], [])
                found.reads += [r for r in item.anchored.reads if r not in found.reads]
                found.items.append(item)
            columns = [item for item in layer
                       if item.window_of is None and item.anchored is None]
            steps.append(Step(name, previous, columns, ranked, list(passes.values())))
            previous = name
        return steps
