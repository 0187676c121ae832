"""A reference evaluator: checked definitions over in-memory rows, in plain Python.

It follows SPEC section 4 directly and runs no SQL, so it is the oracle the
compiled SQL is tested against (docs/reference-evaluator.md).

* :func:`evaluate_membership` - the membership table of some definitions;
* :func:`run_reference_cases` - fixture cases run on it through the harness
  (:class:`ReferenceEngine`, :func:`reference_query`).
"""

from __future__ import annotations

from segdsl.reference.engine import (
    ReferenceEngine,
    reference_engine_factory,
    reference_query,
    run_reference_cases,
)
from segdsl.reference.evaluator import default_names, evaluate_membership
from segdsl.reference.tables import ReferenceInputError

__all__ = [
    "ReferenceEngine",
    "ReferenceInputError",
    "default_names",
    "evaluate_membership",
    "reference_engine_factory",
    "reference_query",
    "run_reference_cases",
]
