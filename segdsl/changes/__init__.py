"""``segdsl changes``: the members who entered and left each segment (and changed
label in each segmentation) between two instants (docs/changes.md).

Two sources, never mixed within one run:

* ``snapshots``: the history table that ``segdsl materialize --snapshot`` fills
  (``segdsl_membership_history``: ``segdsl_as_of`` then the membership table's
  columns); the snapshot standing for an instant is the latest one at or before
  it, so attribute changes count;
* ``evaluation``: the membership compiled at both instants (events replayed,
  attributes as they are now), when there is no usable history.

Modules, one job each: ``model.py`` (the result as plain data, the rows an
iterator streamed from the database, and the counts taken as they pass),
``history_table.py`` (finding the history table, checking its columns, choosing
the snapshots), ``diff_sql.py`` (both sides FULL JOINed on the key and the
changes computed in one statement), ``compute.py`` (choosing the source and
running it), ``render.py`` (csv and json written as the rows arrive, and the
summary on stderr).
"""
