"""Pushed rows held to the rules every row that enters FredApp is held to.

The rules live once, in :mod:`fredapp.core.validation`, and read SQLite rows: the pushed rows
are put into an in-memory SQLite database with FredApp's schema (made once per process and
copied per push with ``deserialize``) and checked there with
:func:`~fredapp.core.validation.find_violations`, exactly as the desktop checks rows coming
from a shared file. A row that breaks a rule is refused with the rule's message; the hub never
holds what a desktop would refuse, so one bad client cannot stop everyone's sync.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from fredapp.core import validation
from fredapp.core.db import create_database
from fredapp.core.sync.hub import expected_columns

Key = tuple[str, str]  # (table, record id)


class RowChecker:
    def __init__(self) -> None:
        self._template: bytes | None = None
        self._guard = threading.Lock()
        self.columns = {table: sorted(cols) for table, cols in expected_columns().items()}
        self._known = {table: frozenset(cols) for table, cols in self.columns.items()}

    def _database(self) -> sqlite3.Connection:
        with self._guard:
            if self._template is None:
                with tempfile.TemporaryDirectory(prefix="fredapp-hub-") as folder:
                    path = Path(folder) / "template.sqlite"
                    create_database(path)
                    with contextlib.closing(sqlite3.connect(path)) as made:
                        self._template = made.serialize()
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.deserialize(self._template)
        return conn

    def refusals(
        self, rows: Iterable[tuple[str, Mapping[str, Any]]], now_ms: int
    ) -> dict[Key, str]:
        """(table, id) → why, for every row that breaks a rule or has no place in the schema."""
        refused: dict[Key, str] = {}
        # Rows of one table with the same fields go in with one statement (a push is
        # thousands of rows of a few tables).
        groups: dict[tuple[str, tuple[str, ...]], list[tuple[Key, tuple[Any, ...]]]] = {}
        for table, row in rows:
            key = (table, str(row.get("id")))
            problem = self._shape(table, row)
            if problem:
                refused[key] = problem
            else:
                groups.setdefault((table, tuple(row)), []).append((key, tuple(row.values())))
        counts: dict[str, int] = {}
        with contextlib.closing(self._database()) as conn:
            conn.execute("BEGIN")
            for (table, names), items in groups.items():
                added = _insert_many(conn, table, names, items, refused)
                counts[table] = counts.get(table, 0) + added
            for table, count in counts.items():
                found = validation.find_violations(
                    conn, "main", table, limit=count * 50 + 10, now_ms=now_ms
                )
                for violation in found:
                    refused.setdefault((table, violation.record), str(violation.message()))
        return refused

    def _shape(self, table: str, row: Mapping[str, Any]) -> str | None:
        """Why the row cannot even be stored (an unknown table or field, a non-value)."""
        known = self._known.get(table)
        if known is None:
            return f"the hub does not know the table {table[:40]}"
        if not known.issuperset(row):
            unknown = sorted(set(row) - known)
            return f"table {table}: the hub does not know the field {unknown[0][:40]}"
        for value in row.values():
            if not (value is None or isinstance(value, str | int | float)):
                return f"table {table}: a field holds {type(value).__name__}, not a value"
        return None


def _insert_many(
    conn: sqlite3.Connection,
    table: str,
    names: tuple[str, ...],
    items: list[tuple[Key, tuple[Any, ...]]],
    refused: dict[Key, str],
) -> int:
    """Insert rows of one table and fields; a row SQLite refuses is named. How many went in."""
    columns = ", ".join(f'"{name}"' for name in names)
    statement = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" for _ in names)})'
    conn.execute("SAVEPOINT rows")
    try:
        conn.executemany(statement, [values for _key, values in items])
    except (sqlite3.Error, OverflowError):
        # One row is wrong: start again row by row, to name it and keep the others.
        conn.execute("ROLLBACK TO rows")
        added = 0
        for key, values in items:
            try:
                conn.execute(statement, values)
            except (sqlite3.Error, OverflowError) as exc:
                refused[key] = f"table {table}: {exc}"
            else:
                added += 1
        conn.execute("RELEASE rows")
        return added
    conn.execute("RELEASE rows")
    return len(items)
