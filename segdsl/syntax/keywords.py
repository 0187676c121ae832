"""Reserved words of the language.

Kept as a plain constant so that the schema loader can reject a reserved attribute
name without building the parser; ``tests/test_grammar.py`` checks that this set is
exactly the set of keywords in ``grammar/segdsl.lark``.
"""

from __future__ import annotations

RESERVED: frozenset[str] = frozenset({
    # declarations
    "metric", "segment", "segmentation", "where", "title", "description", "owner", "tags",
    "otherwise", "expect", "event", "for",
    # conditions
    "or", "and", "not", "in", "is", "set", "has", "no", "with", "then", "within",
    "contains", "any", "all", "starts", "ends", "matches", "between", "top", "bottom", "distinct",
    "list",  # `in list NAME` (static lists, SPEC 11)
    "ignoring", "case",
    # regularity and lifecycle (SPEC 11)
    "at", "least", "of", "the", "stopped", "restarted",
    # windows
    "last", "next", "current", "previous", "since", "before", "ago", "after",
    # aggregates (`last` is above)
    "count", "sum", "avg", "min", "max", "first",
    # literals
    "true", "false", "today", "now",
    # units and calendar periods
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "quarter", "year", "years",
})
