"""Trust at the boundary: a full disk and a crashed writer.

A full disk gives one line naming the folder and changes nothing, wherever it strikes (a
service write, an import, a sync, a migration, ``fredapp demo``, an export, a copy); a hot
journal left by a killed writer is rolled back, not called damage.

The full disk is simulated: SQLite's ``max_page_count`` stops a database from growing (SQLite
then says SQLITE_FULL, as on a real full disk), and writers get ``OSError(ENOSPC)``. One test
mounts a real, tiny tmpfs when the system allows it.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from fredapp.cli import main
from fredapp.core import db as db_module
from fredapp.core.db import APPLICATION_ID, check_database, open_database
from fredapp.core.errors import DatabaseError, DiskFullError, disk_full_error
from fredapp.core.io.formats import read_table, write_aside, write_table
from fredapp.core.models import Measure
from fredapp.core.service import DataService
from fredapp.core.sync import SyncError
from fredapp.core.sync import engine as sync_engine

FULL = "No space left on device"


def content(path: Path) -> list[str]:
    """Everything the database holds, as SQL: equal before and after means nothing changed."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return list(c.iterdump())


def listing(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


def stop_growth(conn: sqlite3.Connection, schema: str = "main") -> None:
    """Let ``conn``'s database use the pages it has and no more: its disk is full."""
    pages = conn.execute(f"PRAGMA {schema}.page_count").fetchone()[0]
    conn.execute(f"PRAGMA {schema}.max_page_count = {max(pages, 1)}")


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def full_database_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every database FredApp opens from now on can no longer grow."""
    set_pragmas = db_module._set_pragmas

    def pragmas(conn: sqlite3.Connection, record: object) -> None:
        set_pragmas(conn, record)
        stop_growth(conn)

    monkeypatch.setattr(db_module, "_set_pragmas", pragmas)


class FillingFile:
    """A file that takes ``room`` characters, then says the disk is full, as write(2) does."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, data: Any) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, FULL)
        self._room -= len(data)
        return int(self._handle.write(data))

    def __enter__(self) -> FillingFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


def fill_disk_on_open(
    monkeypatch: pytest.MonkeyPatch, applies: Callable[[Path], bool], room: int = 1000
) -> None:
    """Files for which ``applies`` is true fill up after ``room`` characters."""
    real_open = pathlib.Path.open

    def opener(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if any(letter in mode for letter in "wxa") and applies(self):
            return FillingFile(handle, room)
        return handle

    monkeypatch.setattr(pathlib.Path, "open", opener)


def one_full_line(err: str, folder: Path) -> None:
    lines = err.strip().splitlines()
    assert lines == [f"fredapp: error: the disk holding {folder} is full; nothing was changed"]


# -- recognising a full disk ---------------------------------------------------------------


def sqlite_full_error(tmp_path: Path) -> sqlite3.OperationalError:
    with contextlib.closing(sqlite3.connect(tmp_path / "tiny.sqlite")) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        stop_growth(conn)
        try:
            conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
        except sqlite3.OperationalError as exc:
            return exc
    raise AssertionError("SQLite did not fill up")


def test_disk_full_error_recognises_every_kind(tmp_path: Path) -> None:
    sqlite_error = sqlite_full_error(tmp_path)
    assert "database or disk is full" in str(sqlite_error)
    wrapped = OperationalError("INSERT", {}, sqlite_error)
    enospc = OSError(errno.ENOSPC, FULL, str(tmp_path / "out" / "x.csv"))
    edquot = OSError(errno.EDQUOT, "Disk quota exceeded")
    try:
        try:
            raise sqlite_error
        except sqlite3.Error as exc:
            raise SyncError("sync stopped: {reason}", reason=exc) from exc
    except SyncError as exc:
        in_sync = exc
    for error in (sqlite_error, wrapped, edquot, in_sync):
        full = disk_full_error(error, tmp_path)
        assert isinstance(full, DiskFullError)
        assert str(full) == f"the disk holding {tmp_path} is full; nothing was changed"
    # The OSError names the file it was writing; its folder is the one to name.
    assert str(tmp_path / "out") in str(disk_full_error(enospc, tmp_path / "elsewhere"))
    # shutil's copies name the source first and the target second.
    copying = OSError(errno.ENOSPC, FULL, "/src/a.sqlite", None, str(tmp_path / "b.sqlite"))
    assert str(disk_full_error(copying)) == (
        f"the disk holding {tmp_path} is full; nothing was changed"
    )
    assert str(disk_full_error(sqlite_error)) == "the disk is full; nothing was changed"


def test_other_failures_are_not_a_full_disk(tmp_path: Path) -> None:
    for error in (
        OSError(errno.EACCES, "Permission denied", "x"),
        sqlite3.OperationalError("database is locked"),
        OperationalError("SELECT", {}, sqlite3.OperationalError("disk I/O error")),
        DatabaseError("{path} is damaged", path=tmp_path),
        ValueError("no"),
    ):
        assert disk_full_error(error, tmp_path) is None


# -- the local database: service, import, migration, demo, sync ----------------------------


def test_service_write_on_a_full_disk_changes_nothing(demo_db: Path) -> None:
    database = open_database(demo_db, create=False)
    try:
        service = DataService(database, author="Kari")
        with database.session() as session:
            measure = session.exec(select(Measure)).first()
            assert measure is not None
        before = content(demo_db)
        # The next connection is made after the disk filled up.
        database.engine.dispose()
        event.listen(database.engine, "connect", lambda conn, _rec: stop_growth(conn))
        with pytest.raises(OperationalError) as excinfo:
            service.update(Measure, measure.id, notes="n" * 400_000)
        error = disk_full_error(excinfo.value, demo_db.parent)
        assert error is not None and str(demo_db.parent) in str(error)
    finally:
        database.close()
    assert content(demo_db) == before
    assert not demo_db.with_name(demo_db.name + "-journal").exists()


def give_device_id(path: Path) -> None:
    """Any first service on a database stores its device id; the tests look at what follows."""
    database = open_database(path, create=False)
    DataService(database)
    database.close()


def long_notes_csv(demo_db: Path, tmp_path: Path) -> Path:
    source = tmp_path / "tiltak.csv"
    assert main(["export", "measures", str(source), "--db", str(demo_db)]) == 0
    header, rows = read_table(source)
    notes = header.index("notes")
    for row in rows:
        row[notes] = "n" * 20_000
    write_table(source, header, rows)
    return source


def test_import_on_a_full_disk_is_one_line_and_changes_nothing(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    source = long_notes_csv(demo_db, tmp_path)
    give_device_id(demo_db)
    before = content(demo_db)
    files = listing(tmp_path)
    capsys.readouterr()
    set_pragmas = db_module._set_pragmas
    monkeypatch.setattr(
        db_module, "_set_pragmas", lambda conn, rec: (set_pragmas(conn, rec), stop_growth(conn))
    )
    assert main(["import", "measures", str(source), "--db", str(demo_db)]) == 2
    one_full_line(capsys.readouterr().err, tmp_path)
    assert content(demo_db) == before
    assert listing(tmp_path) == files


@pytest.mark.usefixtures("full_database_disk")
def test_demo_on_a_full_disk_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.sqlite"
    assert main(["demo", "--db", str(path)]) == 2
    one_full_line(capsys.readouterr().err, tmp_path)
    assert listing(tmp_path) == set()


def make_old_database(path: Path) -> Path:
    """A database at the first schema, as the first FredApp left it."""
    engine = db_module._engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    db_module._run_migrations(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO scenario (id, stamp, device, deleted, name, description, is_current,"
            " sort_order) VALUES (?, '0000000000001.000000.old', 'old', 0, 'Gammel', ?, 1, 0)",
            (uuid.uuid4().hex, "d" * 50_000),
        )
    engine.dispose()
    return path


def test_migration_on_a_full_disk_is_one_line_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_old_database(tmp_path / "old.sqlite")
    before = content(path)
    real_run = db_module._run_migrations

    def run_migrations(engine: Any, target: str) -> None:
        # Only the upgrade's connections fill up: the migrations need new pages at once.
        event.listen(engine, "connect", lambda conn, _rec: stop_growth(conn))
        engine.dispose()
        real_run(engine, target)

    monkeypatch.setattr(db_module, "_run_migrations", run_migrations)
    assert main(["import", "measures", str(tmp_path / "none.csv"), "--db", str(path)]) == 2
    one_full_line(capsys.readouterr().err, tmp_path)
    assert content(path) == before


def test_sync_merge_on_a_full_disk_is_one_line_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    local, shared = tmp_path / "local.sqlite", tmp_path / "shared.sqlite"
    assert main(["demo", "--db", str(local)]) == 0
    assert main(["demo", "--db", str(shared)]) == 0
    changed = open_database(shared, create=False)
    try:
        service = DataService(changed, author="Ola")
        with changed.session() as session:
            ids = [measure.id for measure in session.exec(select(Measure))]
        for measure_id in ids:  # news the merge must write into the local database
            service.update(Measure, measure_id, notes="n" * 20_000)
    finally:
        changed.close()
    give_device_id(local)
    before_local, before_shared = content(local), shared.read_bytes()
    capsys.readouterr()
    real_connect = sync_engine.connect

    def connect(path: Path) -> sqlite3.Connection:
        conn = real_connect(path)
        if Path(path) == local:
            stop_growth(conn)
        return conn

    monkeypatch.setattr(sync_engine, "connect", connect)
    assert main(["sync", "--db", str(local), "--shared", str(shared)]) == 2
    one_full_line(capsys.readouterr().err, tmp_path)
    assert content(local) == before_local
    assert shared.read_bytes() == before_shared


def test_sync_copy_on_a_full_disk_is_one_line_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    local, shared = tmp_path / "local.sqlite", tmp_path / "shared.sqlite"
    assert main(["demo", "--db", str(local)]) == 0
    assert main(["demo", "--db", str(shared)]) == 0
    give_device_id(local)
    before_local, before_shared = content(local), shared.read_bytes()
    files = listing(tmp_path)
    capsys.readouterr()
    # The sync's private copy of the shared file, in the system's temp folder.
    fill_disk_on_open(monkeypatch, lambda path: path.parent.name.startswith("fredapp-sync-"))
    assert main(["sync", "--db", str(local), "--shared", str(shared)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("fredapp: error: the disk holding ")
    assert err.endswith(" is full; nothing was changed") and "\n" not in err
    assert content(local) == before_local
    assert shared.read_bytes() == before_shared
    assert listing(tmp_path) == files


# -- files written aside: exports ----------------------------------------------------------


def test_write_aside_on_a_full_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def write(temp: Path) -> None:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, b"new" * 1000)
        finally:
            os.close(fd)

    def no_space(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, FULL)

    monkeypatch.setattr(os, "write", no_space)
    with pytest.raises(DiskFullError) as excinfo:
        write_aside(target, write)
    assert str(excinfo.value) == f"the disk holding {tmp_path} is full; nothing was changed"
    assert target.read_bytes() == b"old" and listing(tmp_path) == {"out.bin"}


# openpyxl leaves its write-only sheet open when the save fails; collected below.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_on_a_full_disk_is_one_line_and_keeps_the_old_file(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    suffix: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"tiltak.{suffix}"
    target.write_bytes(b"the old export")
    capsys.readouterr()
    # csv writes through Path.open; openpyxl's zip through the built-in open.
    fill_disk_on_open(monkeypatch, lambda path: path.parent == out)
    real_open = io.open

    def builtin_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        if isinstance(file, (str, Path)) and Path(file).parent == out and "w" in mode:
            return FillingFile(handle, 1000)
        return handle

    monkeypatch.setattr("builtins.open", builtin_open)
    monkeypatch.setattr(io, "open", builtin_open)  # zipfile opens through io.open
    assert main(["export", "measures", str(target), "--db", str(demo_db)]) == 2
    one_full_line(capsys.readouterr().err, out)
    assert target.read_bytes() == b"the old export"
    assert listing(out) == {target.name}
    gc.collect()


# -- a real full disk ----------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs, when this system lets the tests mount one (as root, outside CI)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)


def test_a_real_full_disk(
    demo_db: Path, tmp_path: Path, tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = long_notes_csv(demo_db, tmp_path)
    path = tiny_disk / "f.sqlite"
    give_device_id(demo_db)
    shutil.copyfile(demo_db, path)
    (tiny_disk / "tiltak.csv").write_bytes(b"the old export")
    fill(tiny_disk)
    before = content(path)
    files = listing(tiny_disk)
    capsys.readouterr()
    assert main(["import", "measures", str(source), "--db", str(path)]) == 2
    one_full_line(capsys.readouterr().err, tiny_disk)
    assert content(path) == before
    target = tiny_disk / "tiltak.csv"
    assert main(["export", "measures", str(target), "--db", str(path)]) == 2
    one_full_line(capsys.readouterr().err, tiny_disk)
    assert target.read_bytes() == b"the old export"
    assert listing(tiny_disk) == files


# -- a writer killed mid-transaction -------------------------------------------------------

CRASHING_WRITER = textwrap.dedent(
    """
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file at once
    conn.execute("BEGIN")
    conn.execute("UPDATE measure SET notes = ?, title = 'half-written'", ("x" * 20000,))
    print("in the middle", flush=True)
    os._exit(1)  # killed: no rollback, no commit; the hot journal stays
    """
)


@pytest.fixture
def crashed_db(demo_db: Path) -> tuple[Path, list[str]]:
    """A sound database whose last writer was killed mid-transaction; and its content."""
    before = content(demo_db)
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(demo_db)], capture_output=True, text=True
    )
    assert done.stdout.strip() == "in the middle" and done.returncode == 1
    journal = demo_db.with_name(demo_db.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return demo_db, before


def test_check_after_a_crashed_writer_is_sound_with_the_old_data(
    crashed_db: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, before = crashed_db
    assert main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: sound"
    assert content(path) == before
    assert not path.with_name(path.name + "-journal").exists()


def test_export_after_a_crashed_writer_exports_the_old_data(
    crashed_db: tuple[Path, list[str]], tmp_path: Path
) -> None:
    path, before = crashed_db
    target = tmp_path / "tiltak.csv"
    assert main(["export", "measures", str(target), "--db", str(path)]) == 0
    _header, rows = read_table(target)
    assert rows and all("half-written" not in row for row in rows)
    assert content(path) == before


def test_journal_that_cannot_be_rolled_back_is_named_not_damage(
    crashed_db: tuple[Path, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _before = crashed_db
    journal = path.with_name(path.name + "-journal")
    held = journal.read_bytes()
    # As on a file this user may only read (tests may run as root, who may write anything).
    monkeypatch.setattr(db_module, "_roll_back_hot_journal", lambda _path: None)
    with pytest.raises(DatabaseError) as excinfo:
        check_database(path)
    assert "damaged" not in str(excinfo.value)
    assert main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        f"fredapp: error: {path}: an interrupted write left a journal; open the database "
        "with write access to finish rolling it back"
    )
    assert journal.read_bytes() == held  # left for a writer to finish
