"""Running deeply recursive work on a thread with a large stack.

The checker accepts definitions nested hundreds of levels deep (SYN010 is the
limit).  The parser never recurses, but whatever walks the tree afterwards may:
the compiler and sqlglot's renderer, the formatter's printer.  They run through
:func:`run_deep`, which gives them a 512 MB stack and a raised recursion limit,
one at a time (``threading.stack_size`` is process-wide state).  Light on
purpose: ``check`` and ``fmt`` import it without pulling in sqlglot.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_STACK_BYTES = 512 * 1024 * 1024
_lock = threading.Lock()
# Set on the worker threads: work started from one of them (the compiler's
# attrition asking the printer for a condition's text, say) already has the large
# stack and runs in place; waiting for the lock its own caller holds would hang.
_local = threading.local()


def run_deep(build: Callable[[], T], *, name: str, recursion_limit: int) -> T:
    """``build()`` on a thread with a large stack; its result or its exception
    (a ``RecursionError`` included: the caller words it for its users).

    Where no thread with that stack can be started (``ulimit -v``), ``build``
    runs on the calling thread with its own recursion limit.
    """
    if getattr(_local, "deep", False):
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, recursion_limit))
        try:
            return build()
        finally:
            sys.setrecursionlimit(limit)
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        _local.deep = True
        try:
            outcome.append(build())
        except BaseException as error:  # handed to the calling thread below
            failure.append(error)

    with _lock:
        limit = sys.getrecursionlimit()
        previous = threading.stack_size(_STACK_BYTES)
        try:
            worker = threading.Thread(target=run, name=name, daemon=True)
            sys.setrecursionlimit(max(limit, recursion_limit))
            try:
                worker.start()
            except RuntimeError:  # no room for the stack: use this thread,
                sys.setrecursionlimit(limit)  # with its own limit
                run()
            else:
                worker.join()
        finally:
            threading.stack_size(previous)
            sys.setrecursionlimit(limit)
    if failure:
        raise failure[0]
    return outcome[0]
