"""``segdsl diff`` output: text for a terminal, Markdown for a pull-request comment,
JSON for tools.

Text and Markdown list at most :data:`MEMBER_LIMIT` keys per list and say how many
more there are; JSON lists them all.  Markdown escapes everything that comes from
the data or the user (keys, labels, refs), so a key like ``a|b`` cannot break a
table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from segdsl.diff.definitions import Change, Status
from segdsl.diff.model import DiffReport, Evaluation, Key, SegmentationDiff, SegmentDiff
from segdsl.timeparse import format_instant

MEMBER_LIMIT = 10
FORMATS = ("text", "markdown", "json")


def render(report: DiffReport, output_format: str) -> str:
    if output_format == "json":
        return render_json(report)
    if output_format == "markdown":
        return render_markdown(report)
    return render_text(report)


# ------------------------------------------------------------------ shared words


def _counts(changes: Sequence[Change]) -> str:
    if not changes:
        return "no definition added, removed or changed"
    parts = []
    for status in (Status.ADDED, Status.REMOVED, Status.CHANGED):
        number = sum(1 for change in changes if change.status is status)
        if number:
            parts.append(f"{number} {status.value}")
    return ", ".join(parts)


def _size(value: int | None) -> str:
    return "—" if value is None else str(value)


def _delta(before: int | None, after: int | None) -> str:
    if before is None or after is None:
        return ""
    return f"{after - before:+d}"


def _status(item: SegmentDiff | SegmentationDiff) -> str:
    if item.status == "dependent":
        return "uses changed " + ", ".join(item.because)
    return item.status


def _customers(number: int) -> str:
    return f"{number} customer" + ("" if number == 1 else "s")


def _as_of_line(evaluation: Evaluation) -> str:
    when = format_instant(evaluation.as_of)
    source = "" if evaluation.as_of_given else " (now, the same instant for both sides)"
    return f"{when}{source}"


def _capped(keys: Sequence[Key], show: Callable[[Key], str]) -> str:
    shown = ", ".join(show(key) for key in keys[:MEMBER_LIMIT])
    rest = len(keys) - MEMBER_LIMIT
    return shown + (f" … and {rest} more" if rest > 0 else "")


# ------------------------------------------------------------------------- text


def render_text(report: DiffReport) -> str:
    lines = [f"segdsl diff {report.project}: {report.base.shown} -> {report.head.shown}", ""]
    lines.append(f"definitions: {_counts(report.changes)}")
    width = max((len(change.name) for change in report.changes), default=0)
    for change in report.changes:
        what = ", ".join(change.parts)
        lines.append((f"  {change.status.value:<8} {change.kind:<12} {change.name:<{width}}"
                      + (f"  ({what})" if what else "")).rstrip())
    if report.schema_changed:
        lines.append("  the schema changed")
    evaluation = report.evaluation
    if evaluation is not None:
        lines += ["", f"members on {evaluation.database} at {_as_of_line(evaluation)}:"]
        if not evaluation.segments and not evaluation.segmentations:
            lines.append("  no segment or segmentation is affected")
        for segment in evaluation.segments:
            delta = _delta(segment.before, segment.after)
            lines.append(f"  segment {segment.name} ({_status(segment)}): "
                         f"{_size(segment.before)} -> {_size(segment.after)}"
                         + (f" ({delta})" if delta else ""))
            for word, keys in (("entered", segment.entered), ("left", segment.left)):
                if keys:
                    lines.append(f"    {word} ({len(keys)}): {_capped(keys, str)}")
        for segmentation in evaluation.segmentations:
            lines.append(f"  segmentation {segmentation.name} ({_status(segmentation)}): "
                         f"{_customers(segmentation.moved)} changed label")
            for label in segmentation.labels:
                delta = _delta(label.before, label.after)
                lines.append(f"    {label.label}: {_size(label.before)} -> "
                             f"{_size(label.after)}" + (f" ({delta})" if delta else ""))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------- markdown

# Inline text only (never the start of a line, where # - + . ! would matter too).
_MD_SPECIAL = set("\\`*_[]|~>")


def md(text: str) -> str:
    """``text`` safe inside a Markdown line (and a table cell), never at its start:
    punctuation that means something inline is backslash-escaped, ``<``/``&``
    become entities, line breaks spaces."""
    out = []
    for char in text:
        if char in _MD_SPECIAL:
            out.append("\\" + char)
        elif char == "<":
            out.append("&lt;")
        elif char == "&":
            out.append("&amp;")
        elif char in "\r\n":
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def _md_key(key: Key) -> str:
    return md(str(key))


def render_markdown(report: DiffReport) -> str:
    lines = [f"### segdsl diff: {md(report.base.shown)} → {md(report.head.shown)}", ""]
    lines.append(f"**Definitions:** {_counts(report.changes)}.")
    if report.changes:
        lines += ["", "| | kind | name | what changed |", "|---|---|---|---|"]
        for change in report.changes:
            lines.append(f"| {change.status.value} | {change.kind} | **{md(change.name)}** | "
                         f"{', '.join(change.parts)} |")
    if report.schema_changed:
        lines += ["", "The schema changed."]
    evaluation = report.evaluation
    if evaluation is not None:
        lines += ["", f"**Members** on {md(evaluation.database)} at "
                  f"{md(_as_of_line(evaluation))}, the same data for both sides:"]
        if not evaluation.segments and not evaluation.segmentations:
            lines += ["", "No segment or segmentation is affected."]
        lines += _md_segments(evaluation.segments)
        lines += _md_segmentations(evaluation.segmentations)
    return "\n".join(lines) + "\n"


def _md_segments(segments: Sequence[SegmentDiff]) -> list[str]:
    if not segments:
        return []
    lines = ["", "| segment | status | before | after | change | entered | left |",
             "|---|---|--:|--:|--:|--:|--:|"]
    for s in segments:
        lines.append(f"| **{md(s.name)}** | {md(_status(s))} | {_size(s.before)} | "
                     f"{_size(s.after)} | {_delta(s.before, s.after)} | {len(s.entered)} | "
                     f"{len(s.left)} |")
    for s in segments:
        if not s.entered and not s.left:
            continue
        lines += ["", f"<details><summary>Members of {md(s.name)} that changed</summary>", ""]
        for word, keys in (("Entered", s.entered), ("Left", s.left)):
            if keys:
                lines.append(f"- {word} ({len(keys)}): {_capped(keys, _md_key)}")
        lines += ["", "</details>"]
    return lines


def _md_segmentations(segmentations: Sequence[SegmentationDiff]) -> list[str]:
    lines: list[str] = []
    for g in segmentations:
        lines += ["", f"Segmentation **{md(g.name)}** ({md(_status(g))}): "
                  f"{_customers(g.moved)} changed label.", "",
                  "| label | before | after | change |", "|---|--:|--:|--:|"]
        for label in g.labels:
            lines.append(f"| {md(label.label)} | {_size(label.before)} | {_size(label.after)} "
                         f"| {_delta(label.before, label.after)} |")
    return lines


# ------------------------------------------------------------------------- json


def render_json(report: DiffReport) -> str:
    data: dict[str, object] = {
        "project": report.project,
        "base": {"ref": report.base.label, "commit": report.base.commit},
        "head": {"ref": report.head.label, "commit": report.head.commit},
        "definitions": [
            {"name": c.name, "kind": c.kind, "status": c.status.value, "changed": list(c.parts)}
            for c in report.changes
        ],
        "schema_changed": report.schema_changed,
        "members": None if report.evaluation is None else _json_evaluation(report.evaluation),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _json_evaluation(evaluation: Evaluation) -> dict[str, object]:
    return {
        "database": evaluation.database,
        "as_of": format_instant(evaluation.as_of),
        "as_of_given": evaluation.as_of_given,
        "segments": [
            {"name": s.name, "status": s.status, "because": list(s.because),
             "before": s.before, "after": s.after, "entered": list(s.entered),
             "left": list(s.left)}
            for s in evaluation.segments
        ],
        "segmentations": [
            {"name": g.name, "status": g.status, "because": list(g.because),
             "labels": [{"label": c.label, "before": c.before, "after": c.after}
                        for c in g.labels],
             "changed_label": g.moved}
            for g in evaluation.segmentations
        ],
    }
