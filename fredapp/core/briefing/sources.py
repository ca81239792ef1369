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


def sickleave_figures(
    database: Database, lineages: Iterable[uuid.UUID], months: tuple[str, str] | None = None
) -> list[SickLeaveFigure]:
    """The live monthly figures of these lineages (small groups included: the roll-up hides
    them), within ``months`` (first, last) when given."""
    wanted = list(dict.fromkeys(lineages))
    found: list[SickLeaveFigure] = []
    with database.session() as session:
        for start in range(0, len(wanted), _BATCH):
            query = select(SickLeaveFigure).where(
                col(SickLeaveFigure.unit_lineage_id).in_(wanted[start : start + _BATCH]),
                not_deleted(SickLeaveFigure.deleted),
            )
            if months is not None:
                query = query.where(
                    col(SickLeaveFigure.month) >= months[0],
                    col(SickLeaveFigure.month) <= months[1],
                )
            found.extend(session.exec(query))
    return found


def sickleave_months(database: Database, lineages: Iterable[uuid.UUID]) -> list[str]:
    """The months these lineages hold figures for, oldest first."""
    return sorted({figure.month for figure in sickleave_figures(database, lineages)})


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
        count, newest = session.exec(
            select(func.count(), func.max(KpiPoint.stamp))
            .join(KpiSeries, col(KpiPoint.series_id) == col(KpiSeries.id))
            .where(col(KpiSeries.group).in_(groups), not_deleted(KpiPoint.deleted))
        ).one()
        note = session.exec(
            select(KpiSeries.source_note).where(
                col(KpiSeries.group).in_(groups), not_deleted(KpiSeries.deleted)
            )
        ).first()
    return SourceState("calls", int(count or 0), stamp_time(newest), note or "")
