"""KPI time series loaded straight into numpy arrays, for graphs of up to millions of points.

A million points as ORM objects take seconds and hundreds of megabytes; a raw query that lets
SQLite turn each period into a time stamp (``julianday``) and hands back two columns of floats
takes a fraction of that. Periods are ISO dates (``2024-03-31``), months (``2024-03``, placed on
the 1st) or years (``2024``, placed on 1 January); other labels have no place on a time axis and
are left out. Times are seconds since 1970 UTC; a missing value is NaN.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlmodel import col, select

from fredapp.core.db import Database
from fredapp.core.models import KpiPoint, KpiSeries

_UNIX_EPOCH_JULIAN_DAY = 2440587.5
_MISSING = "9e999"  # SQLite's infinity stands in for NULL so the floats stream without a check
_QUERY = f"""
SELECT (julianday(CASE length(period)
                  WHEN 7 THEN period || '-01'
                  WHEN 4 THEN period || '-01-01'
                  ELSE period END) - {_UNIX_EPOCH_JULIAN_DAY}) * 86400.0 AS t,
       IFNULL(value, {_MISSING}) AS v
FROM {KpiPoint.__tablename__}
WHERE series_id = ? AND deleted = 0 AND t IS NOT NULL
"""


@dataclass(frozen=True)
class SeriesInfo:
    id: uuid.UUID
    code: str
    title: str
    unit: str
    group: str


def time_series(database: Database, exclude_groups: tuple[str, ...] = ()) -> list[SeriesInfo]:
    """The KPI series that are not deleted, by group and code."""
    with database.session() as session:
        rows = session.exec(
            # sqlmodel types select() for up to 4 columns
            select(  # type: ignore[call-overload]
                KpiSeries.id, KpiSeries.code, KpiSeries.title, KpiSeries.unit, KpiSeries.group
            )
            .where(col(KpiSeries.deleted).is_(False))
            .order_by(col(KpiSeries.group), col(KpiSeries.code))
        ).all()
    return [SeriesInfo(*row) for row in rows if row[4] not in exclude_groups]


def load_series(database: Database, series_id: uuid.UUID) -> tuple[np.ndarray, np.ndarray]:
    """The series' points as (times, values), sorted by time: two float64 arrays."""
    connection: Any = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(_QUERY, (series_id.hex,))
        flat = np.fromiter((number for row in cursor for number in row), dtype=np.float64)
        cursor.close()
    finally:
        connection.close()
    pairs = flat.reshape(-1, 2)
    times = np.ascontiguousarray(pairs[:, 0])
    values = np.ascontiguousarray(pairs[:, 1])
    values[np.isinf(values)] = np.nan
    if times.size > 1 and np.any(np.diff(times) < 0):
        order = np.argsort(times, kind="stable")
        times, values = times[order], values[order]
    return times, values
