"""A lean LALR(1) parser over Lark's own parse table, for the common case: text
without syntax errors.

Lark's parser loop is general (any callbacks, interactive parsing, error recovery
hooks) and costs ~60 % of a big ``segdsl check``; importing Lark and loading its
cached parser cost another ~0.12 s of every run.  This module runs the same LALR
table with the same rule callbacks (:class:`~segdsl.syntax.builder.AstBuilder`,
wrapped as Lark wraps them: helper rules spliced, ``?rule`` with one child inlined,
``[x]`` placeholders), so it builds the very same AST, but:

* the table is plain data (states as lists of ``{symbol: int}``, rules as tuples)
  kept in the user's cache folder, so a run needs neither Lark nor its parser;
* a ``?rule`` that only passes its single child up (``condition: conjunction``,
  most reductions of the precedence ladder) changes the state and nothing else.

When the text has a syntax error (no terminal matches, or the table has no action),
:func:`parse` raises :class:`SyntaxFailure` and the caller parses the chunk again with
Lark (``segdsl/syntax/parser.py``), which produces the error messages; so messages and
error recovery are Lark's, unchanged.  ``tests/test_lalr.py`` checks that both
parsers build equal ASTs.

The cache file is keyed by the grammar's text, segdsl's version, this module's table
format and the installed Lark (its ``__init__.py``'s size and time): anything else,
or a file that cannot be read or is damaged, and the table is built again from Lark.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import marshal
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from segdsl import __version__
from segdsl.cache import cache_folder
from segdsl.syntax.builder import AstBuilder, Splice
from segdsl.syntax.tokens import ScanError, Scanner, Token

# Bump when the layout of the cached data changes.
FORMAT = 1
GRAMMAR_FILE = "segdsl.lark"
CACHE_FILE = "parser-tables.marshal"

# One rule: (origin, size, callback name, expand1, child filter or None).  A child
# filter is (((index, splice, nones_before), ...), nones_after), as Lark's ChildFilter.
_Include = tuple[tuple[tuple[int, bool, int], ...], int]
_RuleData = tuple[str, int, str, bool, _Include | None]


class SyntaxFailure(Exception):
    """The text does not parse; parse it with Lark to learn why."""


# ------------------------------------------------------------------- the parser


class Parser:
    def __init__(self, data: dict[str, Any]) -> None:
        self.scanner = Scanner(*data["scanner"])
        self.actions: list[dict[str, int]] = data["actions"]
        self.start: int = data["start"]
        self.end: int = data["end"]
        builder = AstBuilder()
        # (size, origin, reduce function); None for a rule that passes its one child up.
        self.rules: list[tuple[int, str, Callable[[list[Any]], Any] | None]] = [
            (size, origin, _reducer(builder, name, size, expand1, include))
            for origin, size, name, expand1, include in data["rules"]
        ]

    def parse(self, text: str, comments: list[Token], begin: int = 0,
              finish: int | None = None, line: int = 1) -> Any:
        """The value of the start rule for ``text[begin:finish]`` (``begin`` at the
        start of line ``line``); comments are appended to ``comments``, positioned
        in the whole of ``text``."""
        actions = self.actions
        rules = self.rules
        states = [self.start]
        values: list[Any] = []
        try:
            for token in self.scanner.scan(text, comments.append, begin, finish, line):
                kind = token.type
                while True:
                    action = actions[states[-1]].get(kind)
                    if action is None:
                        raise SyntaxFailure
                    if action >= 0:  # shift
                        states.append(action)
                        values.append(token)
                        break
                    size, origin, reduce = rules[~action]
                    if reduce is None:  # a ?rule passing its one child up
                        states[-1] = actions[states[-2]][origin]
                        continue
                    if size:
                        children = values[-size:]
                        del values[-size:]
                        del states[-size:]
                    else:
                        children = []
                    values.append(reduce(children))
                    states.append(actions[states[-1]][origin])
        except ScanError:
            raise SyntaxFailure from None
        end = self.end
        while True:
            action = actions[states[-1]].get("$END")
            if action is None or action >= 0:
                raise SyntaxFailure
            size, origin, reduce = rules[~action]
            if reduce is None:
                states[-1] = actions[states[-2]][origin]
            else:
                if size:
                    children = values[-size:]
                    del values[-size:]
                    del states[-size:]
                else:
                    children = []
                values.append(reduce(children))
                states.append(actions[states[-1]][origin])
            if states[-1] == end:
                return values[-1]


def _reducer(builder: AstBuilder, name: str, size: int, expand1: bool,
             include: _Include | None) -> Callable[[list[Any]], Any] | None:
    """The function Lark's ParseTreeBuilder makes for a rule, as a closure."""
    if expand1 and include is None and size == 1:
        return None
    method: Callable[[list[Any]], Any] | None = getattr(builder, name, None)
    build: Callable[[list[Any]], Any] = (
        functools.partial(Splice, name) if method is None else method
    )
    if expand1:
        inner = build

        def build(children: list[Any]) -> Any:
            return children[0] if len(children) == 1 else inner(children)

    if include is None:
        return build
    parts, nones_after = include
    body = build

    def filtered(children: list[Any]) -> Any:
        out: list[Any] = []
        for index, splice, nones in parts:
            if nones:
                out += [None] * nones
            if splice:
                if out:
                    out += children[index].children
                else:  # left recursion: take the child's list over, as Lark does
                    out = children[index].children
            else:
                out.append(children[index])
        if nones_after:
            out += [None] * nones_after
        return body(out)

    return filtered


# --------------------------------------------------------------------- tables


@functools.cache
def parser() -> Parser:
    """The parser, from the cached tables or, failing that, from Lark."""
    key = _key()
    folder = cache_folder()
    path = None if folder is None else folder / CACHE_FILE
    if path is not None:
        data = _read(path, key)
        if data is not None:
            with contextlib.suppress(Exception):  # damaged in a way the checks missed
                return Parser(data)
    data = build_data(key)
    if path is not None:
        _write(path, data)
    return Parser(data)


def grammar_file() -> Path:
    """The grammar file :func:`segdsl.syntax.grammar.grammar_path` finds, found
    without ``importlib.resources`` (whose import costs ~30 ms)."""
    packaged = Path(__file__).with_name(GRAMMAR_FILE)
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "grammar" / GRAMMAR_FILE


def _key() -> tuple[Any, ...]:
    spec = importlib.util.find_spec("lark")
    lark: tuple[Any, ...] = ()
    if spec is not None and spec.origin is not None:
        with contextlib.suppress(OSError):
            stat = os.stat(spec.origin)
            lark = (spec.origin, stat.st_size, stat.st_mtime_ns)
    try:
        grammar = grammar_file().read_text(encoding="utf-8")
    except OSError:
        grammar = ""
    return (FORMAT, __version__, lark, grammar)


def _read(path: Path, key: tuple[Any, ...]) -> dict[str, Any] | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        checksum, payload = int.from_bytes(raw[:4], "little"), raw[4:]
        if zlib.crc32(payload) != checksum:
            return None
        data = marshal.loads(payload)
    except Exception:  # marshal raises ValueError, EOFError or TypeError
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return data


def _write(path: Path, data: dict[str, Any]) -> None:
    """Write atomically (a reader sees the old file or the new one), or not at all."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        payload = marshal.dumps(data)
        temporary.write_bytes(zlib.crc32(payload).to_bytes(4, "little") + payload)
        os.replace(temporary, path)
    except (OSError, ValueError):  # ValueError: marshal met a type it cannot write
        with contextlib.suppress(OSError):
            temporary.unlink()


def build_data(key: tuple[Any, ...] | None = None) -> dict[str, Any]:
    """The plain data of :class:`Parser`, taken from the Lark parser of grammar.py."""
    from lark.parse_tree_builder import (
        ChildFilterLALR,
        ChildFilterLALR_NoPlaceholders,
        ExpandSingleChild,
    )
    from lark.parsers.lalr_analysis import Shift

    from segdsl.syntax import grammar
    from segdsl.syntax.lexer import FastLexer

    lark = grammar.parser()
    rules: list[_RuleData] = []
    index: dict[Any, int] = {}
    for rule, wrappers in lark._parse_tree_builder.rule_builders:
        expand1 = False
        include: _Include | None = None
        for wrapper in wrappers:
            if wrapper is ExpandSingleChild:
                expand1 = True
            elif isinstance(wrapper, functools.partial) and wrapper.func is ChildFilterLALR:
                parts, nones_after = wrapper.args
                include = (tuple((i, bool(s), n) for i, s, n in parts), nones_after)
            elif (isinstance(wrapper, functools.partial)
                  and wrapper.func is ChildFilterLALR_NoPlaceholders):
                (parts,) = wrapper.args
                include = (tuple((i, bool(s), 0) for i, s in parts), 0)
            else:
                raise ValueError(f"rule {rule}: no lean equivalent of {wrapper!r}")
        name = rule.alias or rule.options.template_source or rule.origin.name
        index[rule] = len(rules)
        # str(): a freshly built Lark names things with its Token, a str subclass
        # that marshal does not take.
        rules.append((str(rule.origin.name), len(rule.expansion), str(name), expand1, include))

    parse_table = lark.parser.parser.parser.parse_table
    count = len(parse_table.states)
    if set(parse_table.states) != set(range(count)):
        raise ValueError("the parse table's states are not numbered 0..n-1")
    actions: list[dict[str, int]] = []
    for state in range(count):
        row: dict[str, int] = {}
        for symbol, (action, argument) in parse_table.states[state].items():
            row[str(symbol)] = int(argument) if action is Shift else ~index[argument]
        actions.append(row)

    pattern, flags, retype, multiline, ignore, kept = FastLexer(lark.lexer_conf).scanner_data()
    return {
        "key": _key() if key is None else key,
        "scanner": (
            str(pattern), int(flags),
            {str(k): {str(w): str(t) for w, t in v.items()} for k, v in retype.items()},
            frozenset(map(str, multiline)), frozenset(map(str, ignore)), frozenset(map(str, kept)),
        ),
        "actions": actions,
        "rules": rules,
        "start": int(parse_table.start_states["start"]),
        "end": int(parse_table.end_states["start"]),
    }
