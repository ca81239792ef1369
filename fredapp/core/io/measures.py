"""The measures (tiltak) as a table: export now; import follows in a later issue."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from fredapp.core.db import Database
from fredapp.core.io.formats import write_table
from fredapp.core.models import Measure, Unit

COLUMNS = [
    "code", "title", "dimension", "level", "status", "owner", "due", "effect", "effort", "notes",
]


def export_measures(database: Database, path: Path) -> int:
    """Write every measure that is not deleted, in board order; return how many."""
    with database.session() as session:
        measures = list(
            session.exec(
                select(Measure)
                .where(col(Measure.deleted).is_(False))
                .order_by(col(Measure.sort_order), col(Measure.code))
            )
        )
        owners = _owner_names(session, {m.owner_unit_id for m in measures if m.owner_unit_id})
    return write_table(path, COLUMNS, _rows(measures, owners))


def _owner_names(session: Session, unit_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not unit_ids:
        return {}
    # A deleted owner unit still names the owner: the measure was assigned to it.
    units = session.exec(select(Unit.id, Unit.name).where(col(Unit.id).in_(unit_ids)))
    return dict(units.all())


def _rows(measures: list[Measure], owners: dict[uuid.UUID, str]) -> Iterator[list[Any]]:
    for measure in measures:
        owner = owners.get(measure.owner_unit_id, "") if measure.owner_unit_id else ""
        yield [
            measure.code,
            measure.title,
            measure.dimension,
            measure.level,
            measure.status,
            owner,
            measure.due_date,  # a date: text YYYY-MM-DD in CSV, a real date cell in Excel
            measure.effect,
            measure.effort,
            measure.notes,
        ]
