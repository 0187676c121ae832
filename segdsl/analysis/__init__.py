"""What a segment is worth: sizes, shares, expectations, overlap, KPIs, history,
transitions and attrition, computed on a database through
:mod:`segdsl.engines.reader` and handed to ``report``, ``run
--check-expectations``, ``diff`` and ``explain`` as plain data (:mod:`.model`)."""
