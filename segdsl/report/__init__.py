"""``segdsl report``'s page: :class:`segdsl.analysis.model.ReportData` drawn as one
self-contained HTML file (:mod:`.page`), with charts as inline SVG (:mod:`.charts`).

Nothing here queries a database or imports one: the numbers arrive measured, so the
page can be built (and tested) from hand-made data.  jinja2 and pygal are imported
only by this package, which only ``segdsl report`` imports.
"""
