"""What the briefing reads that the shared query layer does not answer: sick-leave figures of a
whole organisation, and each data source's size and last change.

Kept here rather than in ``fredapp.core.queries`` because only the briefing asks these
questions; the meaning of "live" is the same (not marked deleted).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select

from fredapp.core.db import Database
from fredapp.core.models import (
    Benchmark,
    Goal,
    KpiPoint,
    KpiSeries,
    Measure,
    SickLeaveFigure,
    Synced,
    Unit,
)
from fredapp.core.queries import not_deleted

_BATCH = 500  # lineages per ``IN (…)``: SQLite limits the parameters of a statement


@dataclass(slots=True)
class MonthFigure:
    """One unit's month as the roll-up needs it (not ORM objects: 10,000s of those are slow)."""

    month: str
    employees: int
    total_pct: float
    short_pct: float
    long_pct: float


def sickleave_figures(database: Database, lineages: Iterable[uuid.UUID]) -> list[MonthFigure]:
    """The live monthly figures of these lineages (small groups included: the roll-up hides
    them)."""
    wanted = list(dict.fromkeys(lineages))
    found: list[MonthFigure] = []
    with database.session() as session:
        for start in range(0, len(wanted), _BATCH):
            query = select(  # type: ignore[call-overload]  # sqlmodel types up to 4 columns
                SickLeaveFigure.month,
                SickLeaveFigure.employees,
                SickLeaveFigure.total_pct,
                SickLeaveFigure.short_pct,
                SickLeaveFigure.long_pct,
            ).where(
                col(SickLeaveFigure.unit_lineage_id).in_(wanted[start : start + _BATCH]),
                not_deleted(SickLeaveFigure.deleted),
            )
            found.extend(MonthFigure(*row) for row in session.exec(query))
    return found


def call_periods(database: Database) -> list[str]:
    """The periods holding call-centre figures, oldest first: the calls' series first, then
    their points by the indexed series id (a join walked every KPI point of the database)."""
    groups = ("calls.queue", "calls.hour")
    with database.session() as session:
        series = list(
            session.exec(
                select(KpiSeries.id).where(
                    col(KpiSeries.group).in_(groups), not_deleted(KpiSeries.deleted)
                )
            )
        )
        periods = session.exec(
            select(KpiPoint.period)
            .where(col(KpiPoint.series_id).in_(series), not_deleted(KpiPoint.deleted))
            .distinct()
        )
        return sorted(periods)


@dataclass(frozen=True)
class SourceState:
    key: str  # organisation, measures, calls, goals, benchmarks, sickleave
    records: int
    changed: dt.datetime | None  # the newest change's time; None for data as installed
    note: str  # the source note the records carry, if any


def _state(
    database: Database, key: str, model: type[Synced], note_column: object = None
) -> SourceState:
    with database.session() as session:
        count, newest = session.exec(
            select(func.count(), func.max(model.stamp)).where(not_deleted(model.deleted))
        ).one()
        note: object = ""
        if note_column is not None:
            note = (
                session.exec(
                    select(note_column).where(not_deleted(model.deleted)).limit(1)  # type: ignore[call-overload]
                ).first()
                or ""
            )
    return SourceState(key, int(count or 0), stamp_time(newest), str(note))


def stamp_time(stamp: str | None) -> dt.datetime | None:
    """When a change stamp was made (its wall clock); None for the seed's zero stamp."""
    if not stamp:
        return None
    wall = stamp.split(".", 1)[0]
    if not wall.isdigit() or int(wall) == 0:
        return None
    return dt.datetime.fromtimestamp(int(wall) / 1000, dt.UTC)


def source_states(database: Database) -> list[SourceState]:
    """Every source the briefing draws on, in the order of its slides."""
    calls = _calls_state(database)
    return [
        _state(database, "organisation", Unit),
        _state(database, "measures", Measure),
        calls,
        _state(database, "goals", Goal, Goal.source_note),
        _state(database, "benchmarks", Benchmark, Benchmark.source_note),
        _state(database, "sickleave", SickLeaveFigure),
    ]


def _calls_state(database: Database) -> SourceState:
    groups = ("calls.queue", "calls.hour")
    with database.session() as session:
        series = session.exec(
            select(KpiSeries.id, KpiSeries.source_note).where(
                col(KpiSeries.group).in_(groups), not_deleted(KpiSeries.deleted)
            )
        ).all()
        # By the indexed series id: a join with the series walked every KPI point there is.
        count, newest = session.exec(
            select(func.count(), func.max(KpiPoint.stamp)).where(
                col(KpiPoint.series_id).in_([row[0] for row in series]),
                not_deleted(KpiPoint.deleted),
            )
        ).one()
    note = next((row[1] for row in series if row[1]), "")
    return SourceState("calls", int(count or 0), stamp_time(newest), note)
