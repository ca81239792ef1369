"""Verifying a database file from the hub: a sound SQLite file, FredApp's, in a schema it knows.

Every copy read from a share (and every merged copy before it is published) passes here;
nothing in it runs (no triggers or views) and no value is larger than FredApp accepts.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from fredapp.core.db import APPLICATION_ID, SCHEMA_HEAD, known_revisions
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.sync.hub_interface import HubRefused
from fredapp.core.sync.tables import synced_models

_SQLITE_HEADER = b"SQLite format 3\x00"
_FULL_CHECK_LIMIT = 64 * 1024 * 1024  # above this, PRAGMA quick_check instead of integrity_check
_MAX_VALUE_BYTES = 64 * 1024 * 1024  # a single text or blob larger than this is refused


def _connect_ro(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _MAX_VALUE_BYTES)
    return conn


def expected_columns() -> dict[str, set[str]]:
    return {
        str(model.__tablename__): {c.name for c in model.__table__.columns}  # type: ignore[attr-defined]
        for model in synced_models()
    }


def verify_database(path: Path, name: str, *, allow_older: bool = True) -> str:
    """Check that ``path`` is a sound FredApp database; return its schema revision.

    ``name`` is how messages call the file. Raises HubRefused with a one-line reason.
    """
    size = path.stat().st_size
    header = _check_header(path, name, size)
    try:
        with contextlib.closing(_connect_ro(path)) as conn:
            revision = _check_contents(conn, header, name, size, allow_older)
    except sqlite3.DatabaseError as exc:
        raise HubRefused(
            QT_TR_NOOP("{name} is damaged and cannot be read ({reason}); left as it is"),
            name=name,
            reason=exc,
        ) from exc
    return str(revision)


def _truncated(name: str, size: int) -> HubRefused:
    return HubRefused(
        QT_TR_NOOP("{name} is truncated ({size} bytes); it was left as it is"),
        name=name,
        size=size,
    )


def _check_header(path: Path, name: str, size: int) -> bytes:
    """The file's first 100 bytes, if they say it is a whole SQLite database."""
    if size == 0:
        raise HubRefused(QT_TR_NOOP("{name} is empty (0 bytes); it was left as it is"), name=name)
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(_SQLITE_HEADER):
        raise HubRefused(
            QT_TR_NOOP("{name} is not a FredApp database (not a SQLite file); left as it is"),
            name=name,
        )
    if len(header) < 100 or size % 512:
        raise _truncated(name, size)
    return header


def _check_contents(
    conn: sqlite3.Connection, header: bytes, name: str, size: int, allow_older: bool
) -> str | None:
    """Check what SQLite reads in the file, in order; its schema revision."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and page_count * page_size > size:
        raise _truncated(name, size)
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    names = {row[0]: row[1] for row in conn.execute("SELECT name, type FROM sqlite_master")}
    if app_id != APPLICATION_ID:
        raise HubRefused(
            QT_TR_NOOP("{name} is a SQLite database, but not FredApp's; left as it is"),
            name=name,
        )
    revision = _check_revision(conn, names, name, allow_older)
    active = [n for n, kind in names.items() if kind in ("trigger", "view")]
    if active:
        raise HubRefused(
            QT_TR_NOOP("{name} holds triggers or views FredApp never writes ({what}); refused"),
            name=name,
            what=active[0],
        )
    _check_integrity(conn, name, size)
    if revision == SCHEMA_HEAD:
        _check_columns(conn, name)
    return revision


def _check_revision(
    conn: sqlite3.Connection, names: dict[str, str], name: str, allow_older: bool
) -> str | None:
    """The schema revision, if this FredApp knows it (and it is the newest, unless older may do)."""
    if "alembic_version" not in names:
        raise HubRefused(
            QT_TR_NOOP("{name} has no schema version; it is damaged or not FredApp's"),
            name=name,
        )
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision: str | None = row[0] if row else None
    if revision != SCHEMA_HEAD and revision not in known_revisions():
        raise HubRefused(
            QT_TR_NOOP(
                "{name} was written by a newer FredApp (schema {revision}; this FredApp "
                "knows up to {head}); update FredApp to sync with it"
            ),
            name=name,
            revision=revision,
            head=SCHEMA_HEAD,
        )
    if revision != SCHEMA_HEAD and not allow_older:
        raise HubRefused(
            QT_TR_NOOP("{name} has the older schema {revision}"),
            name=name,
            revision=revision,
        )
    return revision


def _check_integrity(conn: sqlite3.Connection, name: str, size: int) -> None:
    check = "integrity_check" if size <= _FULL_CHECK_LIMIT else "quick_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {check}(5)")]
    if rows != ["ok"]:
        raise HubRefused(
            QT_TR_NOOP("{name} is damaged (SQLite: {problem}); it was left as it is"),
            name=name,
            problem=rows[0],
        )


def _check_columns(conn: sqlite3.Connection, name: str) -> None:
    for table, wanted in expected_columns().items():
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if have != wanted:
            raise HubRefused(
                QT_TR_NOOP("{name} does not have FredApp's table {table} as expected; refused"),
                name=name,
                table=table,
            )
