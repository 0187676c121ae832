"""Hypothesis profiles of the differential tests.

``quick`` (the default) is for CI: few examples, derandomized so every run tries the
same ones (a CI failure reproduces locally), no example database.  ``long`` is for
hunting: thousands of random examples, failures kept in the example database so a
rerun starts from them.  Select with ``SEGDSL_DIFF_PROFILE=long``.

The profiles are registered under ``segdsl-diff-*`` names and applied as decorators
by the test module, never with ``settings.load_profile``: loading one would change
the settings of every other hypothesis test in the same pytest run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

PROFILE_VARIABLE = "SEGDSL_DIFF_PROFILE"

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large,
                 HealthCheck.filter_too_much]

settings.register_profile(
    "segdsl-diff-quick",
    # Each example runs ~10 queries on four engines; 40 examples keep the whole file
    # near a minute on a 2-core machine.
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=_SLOW_IS_FINE,
    # No shrinking in CI: a failure is reported as found (its text is a full
    # reproduction); shrink it locally with the long profile.
    phases=[Phase.explicit, Phase.generate],
)
settings.register_profile(
    "segdsl-diff-long",
    max_examples=int(os.environ.get("SEGDSL_DIFF_EXAMPLES", "3000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=_SLOW_IS_FINE,
)


def selected() -> settings:
    """The profile named by $SEGDSL_DIFF_PROFILE (``quick`` or ``long``)."""
    name = os.environ.get(PROFILE_VARIABLE, "quick")
    return settings.get_profile(f"segdsl-diff-{name}")
