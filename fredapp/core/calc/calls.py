"""Call-centre figures gathered from their KPI series into rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, select

from fredapp.core.models import KpiPoint, KpiSeries

METRICS = ("calls", "answered", "unanswered", "longest_s")


@dataclass(frozen=True)
class CallRow:
    category: str  # a queue's name or an hour of the day such as "08:00-09:00"
    calls: float | None
    answered: float | None
    unanswered: float | None
    longest_s: float | None


def call_rows(session: Session, table: str = "hour", period: str | None = None) -> list[CallRow]:
    """One row per queue (``table="queue"``) or per hour (``table="hour"``)."""
    query = (
        select(KpiSeries.code, KpiPoint.category, KpiPoint.value, KpiPoint.sort_order)
        .join(KpiPoint, KpiPoint.series_id == KpiSeries.id)  # type: ignore[arg-type]
        .where(KpiSeries.group == f"calls.{table}")
        .where(KpiSeries.deleted == False, KpiPoint.deleted == False)  # noqa: E712
    )
    if period is not None:
        query = query.where(KpiPoint.period == period)
    values: dict[str, dict[str, float | None]] = {}
    order: dict[str, int] = {}
    for code, category, value, sort_order in session.exec(query):
        metric = code.rsplit(".", 1)[-1]
        values.setdefault(category, {})[metric] = value
        order.setdefault(category, sort_order)
    return [
        CallRow(category, *(values[category].get(metric) for metric in METRICS))
        for category in sorted(values, key=lambda c: (order[c], c))
    ]


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def call_periods(session: Session) -> list[str]:
    """The periods the database holds call-centre figures for, oldest first."""
    query = (
        select(KpiPoint.period)
        .join(KpiSeries, KpiPoint.series_id == KpiSeries.id)  # type: ignore[arg-type]
        .where(KpiSeries.group.in_(("calls.queue", "calls.hour")))  # type: ignore[attr-defined]
        .where(KpiSeries.deleted == False, KpiPoint.deleted == False)  # noqa: E712
        .distinct()
    )
    return sorted(session.exec(query))


def calls_total(rows: list[CallRow]) -> CallRow | None:
    """Calls, answered and unanswered summed and the longest of the longest calls; a figure
    missing in any row leaves its total missing too (a sum of part would pass for the whole)."""
    if not rows:
        return None

    def total(values: list[float | None], combine: Callable[[list[float]], float]) -> float | None:
        present = [v for v in values if v is not None]
        return None if len(present) < len(values) else float(combine(present))

    return CallRow(
        "",
        total([row.calls for row in rows], sum),
        total([row.answered for row in rows], sum),
        total([row.unanswered for row in rows], sum),
        total([row.longest_s for row in rows], max),
    )
