"""Migration 0005 (measure start dates, milestones): an old database upgrades and keeps its data."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel, select

from fredapp.core import db as db_module
from fredapp.core.db import APPLICATION_ID, SCHEMA_HEAD, inspect_file, open_database
from fredapp.core.models import Measure, Milestone
from fredapp.core.service import DataService

MEASURE_ID = uuid.UUID("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")


def make_0004_database(path: Path) -> None:
    """A database as FredApp left it at schema 0004, holding one measure with a due date."""
    engine = db_module._engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db_module._run_migrations(engine, "0004")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "INSERT INTO measure (id, stamp, device, deleted, code, title, dimension, level,"
            " status, owner_unit_id, due_date, effect, effort, progress, notes, sort_order)"
            " VALUES (?, '0000000000001.000000.old', 'old', 0, 'S-S4', 'Flytte anskaffelser',"
            " 'S', 'stab', 'pagar', NULL, '2025-06-30', 4, 2, 40, 'Gamle notater', 7)",
            (MEASURE_ID.hex,),
        )
        conn.commit()
    finally:
        conn.close()


def test_a_0004_database_upgrades_keeps_its_measure_and_takes_start_dates_and_milestones(
    db_path: Path,
) -> None:
    make_0004_database(db_path)
    assert inspect_file(db_path).revision == "0004"
    assert "milestone" not in inspect_file(db_path).tables

    database = open_database(db_path)
    try:
        assert inspect_file(db_path).revision == SCHEMA_HEAD == "0005"
        with database.session() as session:
            measure = session.get(Measure, MEASURE_ID)
            assert measure is not None
            assert (measure.code, measure.title, measure.status) == (
                "S-S4",
                "Flytte anskaffelser",
                "pagar",
            )
            assert measure.due_date == dt.date(2025, 6, 30)
            assert (measure.progress, measure.notes, measure.sort_order) == (40, "Gamle notater", 7)
            assert measure.start_date is None
        service = DataService(database)
        service.update(Measure, MEASURE_ID, start_date=dt.date(2025, 1, 6))
        service.create(Milestone, title="Prinsipper vedtatt", date=dt.date(2023, 5, 1))
        with database.session() as session:
            measure = session.get(Measure, MEASURE_ID)
            assert measure is not None and measure.start_date == dt.date(2025, 1, 6)
            titles = [m.title for m in session.exec(select(Milestone)).all()]
            assert titles == ["Prinsipper vedtatt"]
    finally:
        database.close()


def test_migrated_schema_matches_the_models(empty_db) -> None:
    """Migrations and models agree: a new database has no difference to autogenerate."""
    with empty_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    relevant = [d for d in diff if "milestone" in repr(d) or "start_date" in repr(d)]
    assert relevant == []


def test_a_file_marked_0004_that_already_has_the_new_tables_upgrades(db_path: Path) -> None:
    """A copy whose revision mark is behind its tables (marked back by hand, a half-restored
    backup) upgrades without tripping over what is already there."""
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
        conn.commit()
    finally:
        conn.close()
    database = open_database(db_path)
    try:
        assert inspect_file(db_path).revision == SCHEMA_HEAD
        DataService(database).create(Milestone, title="Etter", date=dt.date(2025, 1, 1))
    finally:
        database.close()
