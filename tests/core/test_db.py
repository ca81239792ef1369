"""Opening, creating, checking and upgrading FredApp's database file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from fredapp.core import db as db_module
from fredapp.core import seed
from fredapp.core.db import (
    APPLICATION_ID,
    SCHEMA_HEAD,
    alembic_head,
    check_database,
    inspect_file,
    known_revisions,
    open_database,
)
from fredapp.core.errors import DatabaseError, ValidationError
from fredapp.core.models import SYNCED_TABLES, LocalSetting, Measure, Scenario
from fredapp.core.service import DataService

OLD_SCENARIO_ID = uuid.UUID("11111111-2222-3333-4444-555555555555")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


def sql(path: Path, statement: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(statement, params).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def make_seeded(path: Path) -> Path:
    open_database(path, populate=seed.populate).close()
    return path


def make_old_database(path: Path, revision: str = "0001") -> Path:
    """A database as an older FredApp left it: schema ``revision`` and one scenario."""
    engine = db_module._engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db_module._run_migrations(engine, revision)
    engine.dispose()
    sql(
        path,
        "INSERT INTO scenario (id, stamp, device, deleted, name, description, is_current,"
        " sort_order) VALUES (?, ?, ?, 0, ?, ?, 1, 0)",
        OLD_SCENARIO_ID.hex,
        "0000000000001.000000.old",
        "old",
        "Gammel",
        "Skrevet av en eldre FredApp",
    )
    return path


def assert_refused(path: Path, *fragments: str, **kwargs: object) -> DatabaseError:
    """Opening ``path`` fails with a message naming ``fragments`` and changes nothing."""
    folder = path.parent
    before_files = listing(folder)
    before_hash = digest(path)
    with pytest.raises(DatabaseError) as excinfo:
        open_database(path, **kwargs)  # type: ignore[arg-type]
    message = str(excinfo.value)
    for fragment in fragments:
        assert fragment.lower() in message.lower(), message
    assert digest(path) == before_hash
    assert listing(folder) == before_files
    return excinfo.value


# -- a new database ----------------------------------------------------------------------


def test_schema_head_is_alembic_head() -> None:
    assert alembic_head() == SCHEMA_HEAD
    assert SCHEMA_HEAD in known_revisions()


def test_new_database_has_tables_application_id_and_head_revision(empty_db, db_path) -> None:
    info = inspect_file(db_path)
    assert info.application_id == APPLICATION_ID
    assert info.revision == SCHEMA_HEAD
    for model in (*SYNCED_TABLES, LocalSetting):
        assert model.__tablename__ in info.tables
    assert "alembic_version" in info.tables
    assert sql(db_path, "PRAGMA application_id")[0][0] == APPLICATION_ID
    assert sql(db_path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]


def test_new_database_without_populate_is_empty(empty_db) -> None:
    with empty_db.session() as session:
        for model in SYNCED_TABLES:
            assert session.exec(select(model)).first() is None


def test_new_database_uses_rollback_journal_not_wal(empty_db, db_path) -> None:
    with empty_db.engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "delete"
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_creating_leaves_no_temp_files(tmp_path, db_path) -> None:
    database = open_database(db_path, populate=seed.populate)
    database.close()
    assert listing(tmp_path) == {db_path.name}


def test_populate_failure_leaves_nothing_behind(tmp_path, db_path) -> None:
    calls = []

    def failing_populate(database) -> None:
        calls.append(database.path)
        seed.populate(database)  # writes rows to the temporary file first
        raise RuntimeError("populate broke")

    with pytest.raises(RuntimeError, match="populate broke"):
        open_database(db_path, populate=failing_populate)
    assert calls and calls[0] != db_path, "populate must fill a file aside, not the target"
    assert listing(tmp_path) == set()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")
def test_populate_failure_closes_the_temporary_file(tmp_path, db_path) -> None:
    """A failed creation must not keep the deleted temporary file open (Windows cannot
    remove an open file, and the handle leaks)."""

    def failing_populate(database) -> None:
        raise RuntimeError("populate broke")

    with pytest.raises(RuntimeError) as excinfo:
        open_database(db_path, populate=failing_populate)
    open_files = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(tmp_path)):
            open_files.append(target)
    assert open_files == []
    del excinfo


def test_reopening_keeps_data_and_revision(db_path) -> None:
    database = open_database(db_path, populate=seed.populate)
    service = DataService(database, author="test")
    change = service.create(Scenario, name="Tredje", description="nytt")
    database.close()

    again = open_database(db_path, populate=seed.populate)
    try:
        with again.session() as session:
            record = session.get(Scenario, change.record_id)
            assert record is not None and record.name == "Tredje"
            assert len(session.exec(select(Scenario)).all()) == 3  # populate did not run again
        assert inspect_file(db_path).revision == SCHEMA_HEAD
    finally:
        again.close()


def test_create_false_refuses_a_missing_file(tmp_path, db_path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(db_path, create=False)
    assert listing(tmp_path) == set()


# -- an older database -------------------------------------------------------------------


def test_older_database_is_upgraded_keeps_data_and_is_backed_up(tmp_path, db_path) -> None:
    make_old_database(db_path, "0001")
    assert inspect_file(db_path).revision == "0001"
    assert "localsetting" not in inspect_file(db_path).tables
    original = db_path.read_bytes()

    database = open_database(db_path)
    try:
        info = inspect_file(db_path)
        assert info.revision == SCHEMA_HEAD
        assert "localsetting" in info.tables
        with database.session() as session:
            scenario = session.get(Scenario, OLD_SCENARIO_ID)
            assert scenario is not None
            assert scenario.name == "Gammel"
            assert scenario.description == "Skrevet av en eldre FredApp"
            assert scenario.is_current is True
        # the upgraded database is usable for writes through the service
        service = DataService(database)
        service.update(Scenario, OLD_SCENARIO_ID, name="Gammel, oppgradert")
    finally:
        database.close()

    backup = db_path.with_name(f"{db_path.name}.before-{SCHEMA_HEAD}.bak")
    assert backup.exists()
    assert list(tmp_path.glob(f"*.before-{SCHEMA_HEAD}.bak")) == [backup]
    assert backup.read_bytes() == original
    assert inspect_file(backup).revision == "0001"


def test_older_database_opened_read_only_is_refused_and_unchanged(db_path) -> None:
    make_old_database(db_path, "0001")
    assert_refused(db_path, "older", "read-only", read_only=True)


def test_failed_upgrade_restores_the_original(db_path, monkeypatch) -> None:
    make_old_database(db_path, "0001")
    original = digest(db_path)

    def broken_migration(engine, target) -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM scenario")
        raise RuntimeError("migration exploded")

    monkeypatch.setattr(db_module, "_run_migrations", broken_migration)
    with pytest.raises(DatabaseError, match="upgrading"):
        open_database(db_path)
    assert digest(db_path) == original
    assert sql(db_path, "SELECT count(*) FROM scenario") == [(1,)]


# -- files FredApp must refuse -----------------------------------------------------------


def test_newer_database_is_refused_and_unchanged(db_path) -> None:
    make_seeded(db_path)
    sql(db_path, "UPDATE alembic_version SET version_num = '9999'")
    error = assert_refused(db_path, "newer", "9999")
    assert str(db_path) in str(error)


def test_newer_database_is_refused_read_only_too(db_path) -> None:
    make_seeded(db_path)
    sql(db_path, "UPDATE alembic_version SET version_num = '9999'")
    assert_refused(db_path, "newer", read_only=True)


def test_garbage_file_is_refused(db_path) -> None:
    db_path.write_bytes(b"This is a shopping list, not a database.\n" * 100)
    assert_refused(db_path, "not a SQLite database")


def test_empty_file_is_refused(db_path) -> None:
    db_path.write_bytes(b"")
    assert_refused(db_path, "empty")
    assert db_path.stat().st_size == 0


def test_foreign_sqlite_database_is_refused(db_path) -> None:
    sql(db_path, "CREATE TABLE people (name TEXT, phone TEXT)")
    sql(db_path, "INSERT INTO people VALUES ('Ola', '12345678')")
    assert_refused(db_path, "not a FredApp database")


def test_fredapp_file_without_schema_version_is_refused(db_path) -> None:
    sql(db_path, f"PRAGMA application_id = {APPLICATION_ID}")
    sql(db_path, "CREATE TABLE measure (id TEXT)")
    assert_refused(db_path, "no schema version")


def test_sqlite_header_with_damaged_body_is_refused(db_path) -> None:
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert_refused(db_path, "damaged")


@pytest.mark.parametrize("keep", [100, 4096, 8192, 0.5])
def test_truncated_database_is_refused(db_path, keep) -> None:
    make_seeded(db_path)
    data = db_path.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    db_path.write_bytes(data[:size])
    assert_refused(db_path, "damaged")


def test_missing_folder_is_named_and_nothing_is_created(tmp_path) -> None:
    folder = tmp_path / "does-not-exist"
    with pytest.raises(DatabaseError) as excinfo:
        open_database(folder / "f.sqlite", populate=seed.populate)
    assert str(folder) in str(excinfo.value)
    assert "does not exist" in str(excinfo.value)
    assert not folder.exists()
    assert listing(tmp_path) == set()


def test_directory_is_refused(tmp_path) -> None:
    folder = tmp_path / "f.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="folder"):
        open_database(folder)
    assert folder.is_dir() and listing(folder) == set()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: file permissions do not stop root, so a 0o444 file is writable",
)
def test_read_only_file_is_refused(db_path) -> None:
    make_seeded(db_path)
    db_path.chmod(0o444)
    try:
        assert_refused(db_path, "read-only")
    finally:
        db_path.chmod(0o644)


def test_read_only_open_reads_but_never_writes(db_path) -> None:
    make_seeded(db_path)
    before = digest(db_path)
    database = open_database(db_path, read_only=True)
    try:
        assert database.read_only
        with database.session() as session:
            assert len(session.exec(select(Measure)).all()) == 46
        service = DataService(database)  # constructing a service must not write either
        scenario_id = seed.seed_id("scenario", "til")
        with pytest.raises(ValidationError, match="read-only"):
            service.update(Scenario, scenario_id, name="Endret")
        with (
            pytest.raises(Exception, match=r"(?i)readonly|read-only"),
            database.engine.begin() as c,
        ):
            c.exec_driver_sql("UPDATE scenario SET name = 'X'")
        with database.session() as session:
            assert session.get(Scenario, scenario_id).name == "Til"
    finally:
        database.close()
    assert digest(db_path) == before


# -- check_database ----------------------------------------------------------------------


def test_check_sound_seeded_database(seeded_db, db_path) -> None:
    assert check_database(db_path) == []


def test_check_reports_two_current_scenarios(seeded_db, db_path) -> None:
    sql(db_path, "UPDATE scenario SET is_current = 1")
    problems = check_database(db_path)
    assert len(problems) == 1
    assert "2 scenarios" in problems[0] and "current" in problems[0]


def test_check_reports_no_current_scenario(seeded_db, db_path) -> None:
    sql(db_path, "UPDATE scenario SET is_current = 0")
    problems = check_database(db_path)
    assert any("0 scenarios" in problem for problem in problems)


def test_check_reports_orphan_units(seeded_db, db_path) -> None:
    sql(db_path, "DELETE FROM scenario WHERE name = 'Fra'")
    problems = check_database(db_path)
    assert any("belong to no scenario" in problem for problem in problems)


def test_check_reports_older_schema(db_path) -> None:
    make_old_database(db_path, "0001")
    before = digest(db_path)
    problems = check_database(db_path)
    assert any("0001" in p and "older" in p for p in problems), problems
    assert digest(db_path) == before  # checking does not upgrade


def test_check_reports_newer_schema(seeded_db, db_path) -> None:
    sql(db_path, "UPDATE alembic_version SET version_num = '9999'")
    problems = check_database(db_path)
    assert any("newer" in problem for problem in problems)


def test_check_refuses_a_foreign_file(db_path) -> None:
    db_path.write_bytes(b"nonsense" * 10)
    with pytest.raises(DatabaseError):
        check_database(db_path)


def test_no_index_on_the_deleted_mark(tmp_path: Path) -> None:
    """Such an index is never selective and misleads SQLite's planner (migration 0004)."""
    database = open_database(tmp_path / "f.sqlite", populate=seed.populate)
    database.close()
    with sqlite3.connect(tmp_path / "f.sqlite") as conn:
        indexes = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
        ]
        plan = " ".join(
            str(row[3])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT * FROM unit WHERE scenario_id = ? AND deleted = 0",
                ("x",),
            )
        )
    assert not [name for name in indexes if name.endswith("_deleted")]
    assert "ix_unit_scenario_id" in plan
