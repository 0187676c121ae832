"""Differential property tests (issue 6): random well-typed projects and fixture
data, run on every engine and on the pure-Python reference evaluator; all must
give the same membership tables.

Modules:

* :mod:`differential.profiles` -- the hypothesis profiles (quick for CI, long on demand);
* :mod:`differential.schemas` -- random schemas (``schema.yml`` text and its model);
* :mod:`differential.timepool` -- as-of instants and the boundary instants around them;
* :mod:`differential.definitions` -- random well-typed definitions, as text;
* :mod:`differential.rows` -- random fixture rows biased toward boundaries;
* :mod:`differential.participants` -- engines (and the reference) as participants
  that answer the same questions, and the comparison of their answers.

Findings (divergences, with minimal reproductions) are in ``FOUND.md`` here.
"""
