"""Read-only queries the window needs, each with one meaning.

The window (``fredapp.ui``) reads the database only through these functions: it imports no
``sqlmodel``, ``sqlalchemy`` or ``sqlite3`` (an import-linter contract checks). Each function
answers one question the same way wherever it is asked: which scenario is current, what a
lineage is called, which units a scenario has. "Live" means not marked deleted.

Every function opens its own session and returns records detached from it (the sessions do not
expire what they loaded), so a caller may keep and read them after the call.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from fredapp.core.calc import calls
from fredapp.core.calc.calls import CallRow
from fredapp.core.db import Database
from fredapp.core.models import (
    Benchmark,
    ChangeRecord,
    Checklist,
    ChecklistItem,
    Goal,
    Measure,
    MeasureUnitLink,
    Milestone,
    Scenario,
    SickLeaveFigure,
    SickLeaveTarget,
    SyncConflict,
    Synced,
    Unit,
)

_BATCH = 500  # ids per ``IN (…)``: SQLite limits the number of parameters of a statement
HISTORY_LIMIT = 5000


def not_deleted(column: Any) -> Any:
    """``deleted IS 0``, told to SQLite's planner as true for nearly every row.

    Without the hint SQLite (with no ANALYZE statistics) prefers the index on ``deleted`` to
    the selective one (unit, checklist) and walks every row of the table: 50 ms instead of
    0.5 ms for a unit's 36 months among 360,000.
    """
    return func.likely(col(column).is_(False))


@contextlib.contextmanager
def _session(source: Database | Session) -> Iterator[Session]:
    if isinstance(source, Session):
        yield source
    else:
        with source.session() as session:
            yield session


# -- scenarios and units -------------------------------------------------------------------


def scenarios(database: Database) -> list[Scenario]:
    """The live scenarios, by ``sort_order`` then name."""
    with database.session() as session:
        query = (
            select(Scenario)
            .where(col(Scenario.deleted).is_(False))
            .order_by(col(Scenario.sort_order), col(Scenario.name))
        )
        return list(session.exec(query))


def current_scenario(source: Database | Session) -> Scenario | None:
    """The scenario the window shows and the other tabs work in.

    The rule: the live scenario marked current; if several are marked, the first of them by
    ``sort_order`` then name; if none is marked, the first live scenario in that order; None
    when there is no live scenario. A deleted scenario is never current, marked or not.

    ``source`` is the database, or a session a caller already has open.
    """
    with _session(source) as session:
        query = (
            select(Scenario)
            .where(col(Scenario.deleted).is_(False))
            .order_by(col(Scenario.is_current).desc(), col(Scenario.sort_order), col(Scenario.name))
            .limit(1)
        )
        return session.exec(query).first()


def scenario_units(database: Database, scenario_id: uuid.UUID) -> list[Unit]:
    """The live units of one scenario, by ``sort_order``."""
    with database.session() as session:
        query = (
            select(Unit)
            .where(col(Unit.scenario_id) == scenario_id, col(Unit.deleted).is_(False))
            .order_by(col(Unit.sort_order))
        )
        return list(session.exec(query))


def current_units(database: Database) -> list[Unit]:
    """The live units of :func:`current_scenario`, by ``sort_order`` then name; [] without one."""
    scenario = current_scenario(database)
    if scenario is None:
        return []
    with database.session() as session:
        query = (
            select(Unit)
            .where(col(Unit.scenario_id) == scenario.id, col(Unit.deleted).is_(False))
            .order_by(col(Unit.sort_order), col(Unit.name))
        )
        return list(session.exec(query))


def unit_names(database: Database) -> dict[uuid.UUID, str]:
    """Every unit's name by its id: deleted units and other scenarios' too, since a record
    (a measure's owner) may point at any of them."""
    with database.session() as session:
        return dict(session.exec(select(Unit.id, Unit.name)).all())


def lineage_names(database: Database, scenario_id: uuid.UUID | None = None) -> dict[uuid.UUID, str]:
    """What each lineage is called: its unit's name in one scenario, else elsewhere.

    The scenario is ``scenario_id``, or :func:`current_scenario` when that is None. A lineage's
    name is taken from, in this order of preference: a live unit in that scenario; a live unit
    in another live scenario (the first scenario by ``sort_order`` then name); a deleted unit,
    or one of a deleted scenario (so a history still names a unit that is gone). Every lineage
    that has a unit at all has a name.
    """
    if scenario_id is None:
        current = current_scenario(database)
        scenario_id = current.id if current else None
    with database.session() as session:
        rows = session.exec(
            select(Unit.lineage_id, Unit.name, Unit.deleted, Unit.scenario_id)
        ).all()
    position = {scenario.id: row for row, scenario in enumerate(scenarios(database))}
    gone = len(position)
    best: dict[uuid.UUID, tuple[tuple[bool, bool, int, str], str]] = {}
    for lineage, name, deleted, unit_scenario in rows:
        place = position.get(unit_scenario, gone)
        rank = (deleted or place == gone, unit_scenario != scenario_id, place, name)
        known = best.get(lineage)
        if known is None or rank < known[0]:
            best[lineage] = (rank, name)
    return {lineage: name for lineage, (_rank, name) in best.items()}


# -- records of any table ------------------------------------------------------------------


def record[RecordT: Synced](
    database: Database, model: type[RecordT], record_id: uuid.UUID
) -> RecordT | None:
    """The record with this id, deleted or not; None if there is none."""
    with database.session() as session:
        return session.get(model, record_id)


def live_records[RecordT: Synced](
    database: Database, model: type[RecordT], order_by: str = "sort_order"
) -> list[RecordT]:
    """Every live record of one table, ordered by the field ``order_by``."""
    with database.session() as session:
        query = (
            select(model)
            .where(col(model.deleted).is_(False))
            .order_by(col(getattr(model, order_by)))
        )
        return list(session.exec(query))


def records_by_id[RecordT: Synced](
    database: Database, model: type[RecordT], ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, RecordT]:
    """The records with these ids, deleted or not, by id; ids without a record are left out."""
    wanted = list(ids)
    found: dict[uuid.UUID, RecordT] = {}
    with database.session() as session:
        for start in range(0, len(wanted), _BATCH):
            chunk = wanted[start : start + _BATCH]
            query = select(model).where(col(model.id).in_(chunk))
            found.update((r.id, r) for r in session.exec(query))
    return found


# -- measures ------------------------------------------------------------------------------


def measure_links(database: Database) -> dict[uuid.UUID, list[uuid.UUID]]:
    """The lineages each measure is linked to (live links only), by measure id."""
    with database.session() as session:
        rows = session.exec(
            select(MeasureUnitLink.measure_id, MeasureUnitLink.unit_lineage_id).where(
                col(MeasureUnitLink.deleted).is_(False)
            )
        ).all()
    links: dict[uuid.UUID, list[uuid.UUID]] = {}
    for measure_id, lineage in rows:
        links.setdefault(measure_id, []).append(lineage)
    return links


def links_of(database: Database, measure_id: uuid.UUID) -> list[MeasureUnitLink]:
    """One measure's live links to unit lineages."""
    with database.session() as session:
        return list(
            session.exec(
                select(MeasureUnitLink).where(
                    col(MeasureUnitLink.measure_id) == measure_id,
                    col(MeasureUnitLink.deleted).is_(False),
                )
            )
        )


# -- sick leave ----------------------------------------------------------------------------


def unit_figures(database: Database, lineage_id: uuid.UUID) -> list[SickLeaveFigure]:
    """A unit's live monthly sick-leave figures, newest month first (small groups included:
    the caller hides their percentages)."""
    with database.session() as session:
        return list(
            session.exec(
                select(SickLeaveFigure)
                .where(
                    col(SickLeaveFigure.unit_lineage_id) == lineage_id,
                    not_deleted(SickLeaveFigure.deleted),
                )
                .order_by(col(SickLeaveFigure.month).desc())
            )
        )


def sickleave_target(database: Database, lineage_id: uuid.UUID) -> SickLeaveTarget | None:
    """A unit's live sick-leave target; the latest changed if sync left several."""
    with database.session() as session:
        return session.exec(
            select(SickLeaveTarget)
            .where(
                col(SickLeaveTarget.unit_lineage_id) == lineage_id,
                not_deleted(SickLeaveTarget.deleted),
            )
            .order_by(col(SickLeaveTarget.stamp).desc())
        ).first()


def lineages_with_figures(database: Database) -> set[uuid.UUID]:
    """The lineages that have at least one live sick-leave figure."""
    with database.session() as session:
        return set(
            session.exec(
                select(SickLeaveFigure.unit_lineage_id)
                .where(col(SickLeaveFigure.deleted).is_(False))
                .distinct()
            )
        )


# -- key figures ---------------------------------------------------------------------------


def goals(database: Database) -> list[Goal]:
    """The live goals, by ``sort_order`` then title."""
    with database.session() as session:
        return list(
            session.exec(
                select(Goal)
                .where(col(Goal.deleted).is_(False))
                .order_by(col(Goal.sort_order), col(Goal.title))
            )
        )


def benchmark_measures(database: Database) -> list[str]:
    """The names of the measures live benchmarks have, each once, sorted."""
    with database.session() as session:
        found = session.exec(
            select(Benchmark.measure).where(col(Benchmark.deleted).is_(False)).distinct()
        )
        return sorted(set(found))


def benchmarks(database: Database, measure: str | None) -> list[Benchmark]:
    """The live benchmarks of one measure, every period (none for None)."""
    with database.session() as session:
        return list(
            session.exec(
                select(Benchmark).where(
                    col(Benchmark.deleted).is_(False), col(Benchmark.measure) == measure
                )
            )
        )


# -- sync ----------------------------------------------------------------------------------


def unresolved_conflicts(database: Database) -> list[SyncConflict]:
    """The live sync conflicts nobody has resolved yet, oldest kept stamp first (the ones
    :func:`fredapp.core.sync.engine.open_conflicts` counts)."""
    with database.session() as session:
        return list(
            session.exec(
                select(SyncConflict)
                .where(col(SyncConflict.resolved).is_(False), col(SyncConflict.deleted).is_(False))
                .order_by(col(SyncConflict.stamp_a))
            )
        )


def history(
    database: Database, record_id: uuid.UUID | None = None, limit: int = HISTORY_LIMIT
) -> list[ChangeRecord]:
    """The newest ``limit`` changes, of one record or of all (``record_id`` None), newest first."""
    with database.session() as session:
        query = select(ChangeRecord).order_by(col(ChangeRecord.stamp).desc())
        if record_id is not None:
            query = query.where(col(ChangeRecord.record_id) == record_id)
        return list(session.exec(query.limit(limit)))


# -- raw rows for the window's large views -----------------------------------------------

UNIT_ROW_COLUMNS = (
    "id",
    "parent_id",
    "lineage_id",
    "predecessors",
    "name",
    "level",
    "leader_title",
    "leader_name",
    "headcount",
    "sort_order",
)


def unit_rows(database: Database, scenario_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """A scenario's live units as plain tuples in :data:`UNIT_ROW_COLUMNS` order (ids as
    hex text), sorted by ``sort_order``.

    Plain tuples, not model objects: the tree of 10,000 units builds from them in a
    fraction of the time ORM objects take.
    """
    query = (
        f"SELECT {', '.join(UNIT_ROW_COLUMNS)} FROM unit "
        "WHERE scenario_id = ? AND deleted = 0 ORDER BY sort_order"
    )
    with database.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(query, (scenario_id.hex,))]


def function_description_bodies(
    database: Database, after: int = 0, limit: int | None = None
) -> list[tuple[int, uuid.UUID, str]]:
    """Live function descriptions as ``(position, unit lineage, body html)``, in position
    order, those after ``after`` and at most ``limit`` of them (all when None).

    The position lets a caller read them in short steps (the tree's search reads them
    while the window is idle).
    """
    query = (
        "SELECT rowid, unit_lineage_id, body_html FROM description "
        "WHERE rowid > ? AND kind = 'function' AND deleted = 0 "
        "AND unit_lineage_id IS NOT NULL ORDER BY rowid LIMIT ?"
    )
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(query, (after, -1 if limit is None else limit))
        return [(rowid, uuid.UUID(hex=lineage), body or "") for rowid, lineage, body in rows]


# -- call centre ---------------------------------------------------------------------------


def call_periods(database: Database) -> list[str]:
    """The periods the database holds call-centre figures for, oldest first."""
    with database.session() as session:
        return calls.call_periods(session)


def call_rows(database: Database, table: str = "hour", period: str | None = None) -> list[CallRow]:
    """The call centre's rows per hour (``table="hour"``) or per queue, of one period or all."""
    with database.session() as session:
        return calls.call_rows(session, table, period)


# -- checklists ----------------------------------------------------------------------------


def checklist_for(database: Database, lineage_id: uuid.UUID, period: str) -> Checklist | None:
    """The unit's live checklist for ``period`` (``2024-03``, ``2024-Q1``, ``2024``)."""
    from fredapp.core.checklists import Period, find_checklist  # checklists plans writes

    with database.session() as session:
        return find_checklist(session, lineage_id, Period.parse(period))


def checklist_items(database: Database, checklist_id: uuid.UUID) -> list[ChecklistItem]:
    """A checklist's live items in their order."""
    from fredapp.core import checklists

    with database.session() as session:
        return checklists.checklist_items(session, checklist_id)


def checklist_periods(database: Database, lineage_id: uuid.UUID) -> list[str]:
    """The periods the unit has a live checklist for, sorted."""
    from fredapp.core.checklists import periods_with_checklists

    with database.session() as session:
        return periods_with_checklists(session, lineage_id)


def unit_headcount(database: Database, lineage_id: uuid.UUID) -> int | None:
    """The headcount the organisation gives the unit of ``lineage_id`` in the current
    scenario (its own employees, not those of the units below); None when it has none."""
    scenario = current_scenario(database)
    if scenario is None:
        return None
    with database.session() as session:
        query = select(Unit.headcount).where(
            col(Unit.scenario_id) == scenario.id,
            col(Unit.lineage_id) == lineage_id,
            col(Unit.deleted).is_(False),
        )
        return session.exec(query).first()


# -- the timeline --------------------------------------------------------------------------


def milestone_rows(database: Database) -> list[Milestone]:
    """Every live milestone, by date (then sort order, then title)."""
    with database.session() as session:
        query = (
            select(Milestone)
            .where(not_deleted(Milestone.deleted))
            .order_by(col(Milestone.date), col(Milestone.sort_order), col(Milestone.title))
        )
        return list(session.exec(query))


def measures_by_lineage(database: Database) -> dict[uuid.UUID, list[Measure]]:
    """The live measures linked to each unit lineage (MeasureUnitLink), by code."""
    links = measure_links(database)
    measures = records_by_id(database, Measure, links)
    found: dict[uuid.UUID, list[Measure]] = {}
    for measure_id, lineages in links.items():
        measure = measures.get(measure_id)
        if measure is None or measure.deleted:
            continue
        for lineage in lineages:
            found.setdefault(lineage, []).append(measure)
    for linked in found.values():
        linked.sort(key=lambda m: (m.code, m.sort_order))
    return found
