"""Which metrics are KPIs: every numeric metric by default, or those named with
``--kpi`` (checked here, with a message per name that is not a numeric metric)."""

from __future__ import annotations

from collections.abc import Sequence

from segdsl.check.checker import CheckedProject


def numeric_metrics(checked: CheckedProject) -> list[str]:
    """The metrics of type integer or number, in file order (the default KPIs)."""
    return [name for name in checked.metrics
            if name in checked.metric_types and checked.metric_types[name].is_numeric]


def validate_kpis(checked: CheckedProject, names: Sequence[str]) -> list[str]:
    """One message per ``--kpi`` name that is not a numeric metric (empty: all fine)."""
    from segdsl.check.suggest import did_you_mean

    problems: list[str] = []
    numeric = set(numeric_metrics(checked))
    for name in names:
        if name in numeric:
            continue
        if name in checked.metrics:
            kind = checked.metric_types[name].kind.words if name in checked.metric_types \
                else "not a number"
            problems.append(f"--kpi {name}: the metric '{name}' is {kind}; a KPI must be "
                            "an integer or a number")
            continue
        other = ("segment" if name in checked.segments else
                 "segmentation" if name in checked.segmentations else None)
        if other is not None:
            problems.append(f"--kpi {name}: '{name}' is a {other}, not a metric")
            continue
        hint = did_you_mean(name, numeric)
        problems.append(f"--kpi {name}: no metric named '{name}'" + (f" ({hint})" if hint
                                                                     else ""))
    return problems
