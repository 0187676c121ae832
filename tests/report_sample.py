"""A hand-built ReportData for the report page's tests (no database involved)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from segdsl.analysis.expectations import ExpectationResult
from segdsl.analysis.model import (
    Attrition,
    AttritionStep,
    Definition,
    HistoryPoint,
    KpiGroup,
    Kpis,
    LabelSize,
    Overlap,
    ReportData,
    SegmentationSizes,
    SegmentSize,
    Transition,
)

AS_OF = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)
POPULATION = 1234


def definition(name: str, title: str | None = None, owner: str | None = None,
               tags: tuple[str, ...] = ()) -> Definition:
    return Definition(name=name, title=title, owner=owner, tags=tags,
                      file="segments/x.seg", line=3)


def sample(*, history: bool = True, title: str = "Very important <script>alert(1)</script>"
           ) -> ReportData:
    vip = SegmentSize(
        definition(
            "vip", title, "crm & co", ("value", "vip")), 62, POPULATION,
        (ExpectationResult("vip", "share <= 5%", "5.02%", False, "segments/x.seg", 5, 3),
         ExpectationResult("vip", "size >= 10", "62", True, "segments/x.seg", 6, 3)),
    )
    quiet = SegmentSize(definition("quiet"), 0, POPULATION)
    lapsing = SegmentSize(definition("lapsing", "Lapsing"), 300, POPULATION)
    persona = SegmentationSizes(
        definition("persona", "Personas", "brand-team"),
        (LabelSize("zeta_first", 700, POPULATION),  # definition order, not alphabetical
         LabelSize("alpha_empty", 0, POPULATION),
         LabelSize("casual", 500, POPULATION),
         LabelSize(None, 34, POPULATION)),
    )
    overlap = Overlap(("vip", "quiet", "lapsing"),
                      ((62, 0, 10), (0, 0, 0), (10, 0, 300)))
    kpis = Kpis(
        metrics=("revenue_365d", "click_rate"),
        population=KpiGroup("(all)", None, POPULATION,
                            (Decimal("120.500000000"), Decimal("0.250000000")), (1234, 800)),
        segments=(
            KpiGroup("vip", None, 62, (Decimal("900.120000000"), None), (62, 0)),
            KpiGroup("quiet", None, 0, (None, None), (0, 0)),
            KpiGroup("lapsing", None, 300, (Decimal("40.000000000"), Decimal("0.1")), (300, 12)),
        ),
        labels=(
            KpiGroup("persona = zeta_first", "persona", 700,
                     (Decimal("100"), Decimal("0.3")), (700, 500)),
            KpiGroup("persona = alpha_empty", "persona", 0, (None, None), (0, 0)),
            KpiGroup("persona = casual", "persona", 500, (Decimal("150"), None), (500, 0)),
            KpiGroup("persona: (no label)", "persona", 34, (Decimal("1"), None), (34, 0)),
        ),
    )
    attrition = (
        Attrition("vip", POPULATION, (
            AttritionStep('revenue_365d in top 5%', 10, 70, 70),
            AttritionStep('not in segment lapsing and country = "<b>DE</b>"', 11, 62, 900),
        )),
        Attrition("quiet", POPULATION, (AttritionStep("false_thing", 20, 0, 0),)),
    )
    points: tuple[HistoryPoint, ...] = ()
    transitions: tuple[Transition, ...] = ()
    if history:
        instants = [AS_OF - dt.timedelta(days=30 * n) for n in (2, 1, 0)]
        points = tuple(
            HistoryPoint(instant, POPULATION, {"vip": 50 + n, "quiet": 0, "lapsing": 280 + 10 * n},
                         {"persona": {"zeta_first": 690 + n, "alpha_empty": 0,
                                      "casual": 510 - n, None: 34}})
            for n, instant in enumerate(instants)
        )
        labels = ("zeta_first", "alpha_empty", "casual", None)
        transitions = (Transition("persona", instants[0], instants[-1], labels,
                                  ((680, 0, 10, 0), (0, 0, 0, 0), (12, 0, 488, 0),
                                   (0, 0, 0, 34))),)
    return ReportData(
        project="shop", database="postgresql://report:***@db/shop", dialect="postgres",
        as_of=AS_OF, population=POPULATION, segments=(vip, quiet, lapsing),
        segmentations=(persona,), overlap=overlap, kpis=kpis, attrition=attrition,
        history=points, transitions=transitions,
        warnings=("--as-of is 40 days after the latest event",),
    )
