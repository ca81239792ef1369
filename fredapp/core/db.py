"""Opening, creating, checking and migrating FredApp's SQLite database.

A database carries FredApp's SQLite ``application_id`` and an Alembic
revision. Opening one that an older FredApp wrote upgrades it (after a backup
copy); one that a newer FredApp wrote, or a file that is not FredApp's, is
refused with a message and left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from fredapp.core.errors import DatabaseError
from fredapp.core.messages import QT_TR_NOOP, Message, message

APPLICATION_ID = 0x46524544  # "FRED"
# The newest migration this FredApp knows; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0005"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileInfo:
    revision: str | None
    application_id: int
    tables: frozenset[str]


@dataclass
class Database:
    path: Path
    engine: Engine
    read_only: bool = False

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    path: str | Path,
    *,
    create: bool = True,
    read_only: bool = False,
    populate: Callable[[Database], None] | None = None,
) -> Database:
    """Open ``path``, creating it (then ``populate`` fills it) when it does not exist."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(QT_TR_NOOP("{path} is a folder, not a database file"), path=path)
    if not path.exists():
        if not create:
            raise DatabaseError(QT_TR_NOOP("{path} does not exist"), path=path)
        create_database(path, populate=populate)
    if not read_only:
        _roll_back_hot_journal(path)
    info = inspect_file(path)
    if info.revision != SCHEMA_HEAD:
        _upgrade_or_refuse(path, info, read_only=read_only)
    if not read_only:
        _require_writable(path)
    return Database(path, _engine(path, read_only=read_only), read_only)


def _roll_back_hot_journal(path: Path) -> None:
    """Undo the transaction of a process killed mid-write, when the file may be written.

    Its hot journal (``NAME-journal``) holds the pages as they were before that
    transaction; a read-only connection refuses to read past it, so every look at the file,
    read-only ones included, rolls it back first. A journal of a writer that is still
    running is not hot: SQLite then just reads, under that writer's lock.
    """
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0 and os.access(path, os.W_OK):
        with (
            contextlib.suppress(sqlite3.DatabaseError),
            contextlib.closing(sqlite3.connect(path)) as conn,
        ):
            conn.execute("PRAGMA schema_version").fetchone()  # reading rolls the journal back


def create_database(path: Path, populate: Callable[[Database], None] | None = None) -> None:
    """Build a new database aside and move it into place, so no half-made file remains."""
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(QT_TR_NOOP("the folder {folder} does not exist"), folder=folder)
    if not os.access(folder, os.W_OK):
        raise DatabaseError(
            QT_TR_NOOP("the folder {folder} is read-only; cannot create {name}"),
            folder=folder,
            name=path.name,
        )
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=folder)
    os.close(fd)
    os.unlink(temp_name)  # SQLite wants to create the file itself
    temp = Path(temp_name)
    engine = _engine(temp)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        _run_migrations(engine, SCHEMA_HEAD)
        if populate is not None:
            populate(Database(temp, engine))
        engine.dispose()
        os.replace(temp, path)
    finally:
        # Close the file before removing it, also when populate failed: Windows cannot
        # delete an open file, and the pooled connection would otherwise leak.
        engine.dispose()
        temp.unlink(missing_ok=True)


def inspect_file(path: Path) -> FileInfo:
    """Identify a database file without changing it; raise DatabaseError if it is not FredApp's."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseError(
            QT_TR_NOOP("{path} cannot be read: permission denied"), path=path
        ) from exc
    if header != _SQLITE_HEADER:
        if not header:
            raise DatabaseError(
                QT_TR_NOOP("{path} is not a FredApp database: it is an empty file"), path=path
            )
        raise DatabaseError(
            QT_TR_NOOP("{path} is not a FredApp database: it is not a SQLite database file"),
            path=path,
        )
    try:
        with contextlib.closing(_read_only_connection(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = frozenset(
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    if app_id != APPLICATION_ID and "measure" not in tables:
        raise DatabaseError(
            QT_TR_NOOP("{path} is a SQLite database, but not a FredApp database"), path=path
        )
    if revision is None:
        raise DatabaseError(
            QT_TR_NOOP("{path} has no schema version; it is damaged or not FredApp's"), path=path
        )
    return FileInfo(revision, app_id, tables)


def check_database(path: Path) -> list[str]:
    """Every problem found in the file; an empty list means sound and current."""
    info = inspect_file(path)
    problems: list[str] = []
    if info.revision != SCHEMA_HEAD:
        known = known_revisions()
        if info.revision in known:
            problems.append(
                f"schema {info.revision} is older than {SCHEMA_HEAD}; "
                "opening it in FredApp upgrades it"
            )
        else:
            problems.append(str(_newer_message(path, info.revision)))
    try:
        with contextlib.closing(_read_only_connection(path)) as conn:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.extend(f"SQLite integrity check: {row}" for row in rows[:20])
            problems.extend(_domain_problems(conn))
            if info.revision == SCHEMA_HEAD:
                problems.extend(_value_problems(conn))
    except sqlite3.DatabaseError as exc:  # e.g. a writer crashed since inspect_file looked
        raise _unreadable(path, exc) from exc
    return problems


def _domain_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    current = conn.execute(
        "SELECT count(*) FROM scenario WHERE is_current AND NOT deleted"
    ).fetchone()[0]
    if current != 1:
        problems.append(f"{current} scenarios are marked current; exactly one must be")
    orphans = conn.execute(
        "SELECT count(*) FROM unit u WHERE NOT u.deleted AND NOT EXISTS "
        "(SELECT 1 FROM scenario s WHERE s.id = u.scenario_id)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} units belong to no scenario")
    return problems


def _value_problems(conn: sqlite3.Connection) -> list[str]:
    """Values a local write would refuse (types, ranges, stamps beyond the clock bound …) and
    references that point nowhere: what a damaged or hostile file can bring."""
    from fredapp.core import validation  # imported late: validation reads the models

    found = [str(v.message()) for v in validation.all_violations(conn, limit=5)]
    found.extend(str(problem) for problem in validation.broken_references(conn))
    return found


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # imported late: only needed off the fast path

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def upgrade_database(path: Path) -> Path:
    """Upgrade an older database in place, after copying it aside; returns the backup."""
    info = inspect_file(path)
    backup = path.with_name(f"{path.name}.before-{SCHEMA_HEAD}.bak")
    shutil.copy2(path, backup)
    engine = _engine(path)
    try:
        _run_migrations(engine, SCHEMA_HEAD)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except Exception as exc:
        engine.dispose()
        shutil.copy2(backup, path)
        raise DatabaseError(
            QT_TR_NOOP("upgrading {path} from schema {revision} failed: {reason}"),
            path=path,
            revision=info.revision,
            reason=exc,
        ) from exc
    engine.dispose()
    return backup


def _upgrade_or_refuse(path: Path, info: FileInfo, *, read_only: bool) -> None:
    if info.revision not in known_revisions():
        raise DatabaseError(_newer_message(path, info.revision))
    if read_only or not os.access(path, os.W_OK):
        raise DatabaseError(
            QT_TR_NOOP(
                "{path} has the older schema {revision} and must be upgraded, but it is read-only"
            ),
            path=path,
            revision=info.revision,
        )
    upgrade_database(path)


def _newer_message(path: Path, revision: str | None) -> Message:
    return message(
        QT_TR_NOOP(
            "{path} was written by a newer FredApp (schema {revision}; this FredApp knows up "
            "to {head}). Update FredApp to open it; the file was left unchanged."
        ),
        path=path,
        revision=revision,
        head=SCHEMA_HEAD,
    )


def _require_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise DatabaseError(
            QT_TR_NOOP("{path} is read-only; FredApp needs to write to its database"), path=path
        )
    if not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            QT_TR_NOOP("the folder of {path} is read-only; SQLite needs it for its journal"),
            path=path,
        )


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, to a file whose interrupted write is undone if it can be."""
    _roll_back_hot_journal(path)
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


# SQLite's extended code for a read-only connection that met a hot journal it cannot undo.
_SQLITE_READONLY_ROLLBACK = 776


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> DatabaseError:
    """Why ``path`` could not be read: an unfinished rollback is not damage."""
    if getattr(error, "sqlite_errorcode", None) == _SQLITE_READONLY_ROLLBACK:
        return DatabaseError(
            QT_TR_NOOP(
                "{path}: an interrupted write left a journal; open the database with write "
                "access to finish rolling it back"
            ),
            path=path,
        )
    return DatabaseError(
        QT_TR_NOOP("{path} is damaged and cannot be read: {reason}"), path=path, reason=error
    )


def _engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        url = f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    # Wait for a lock rather than fail: a sync in a worker thread may hold the write lock
    # for some seconds while it merges a large change.
    engine = create_engine(url, connect_args={"timeout": 30})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The rollback journal, not WAL: a database a user points at a network
    # share must not rely on shared memory that such shares do not provide.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _run_migrations(engine: Engine, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.upgrade(config, target)
