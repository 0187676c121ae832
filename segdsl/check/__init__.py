"""Checking: name resolution, types, cycles.  Produces diagnostics, never raises."""
