"""Helpers for the sync tests: client databases with skewed clocks, and comparing them."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from fredapp.core.clock import HybridClock, wall_now_ms
from fredapp.core.db import open_database
from fredapp.core.service import DataService
from fredapp.core.sync.tables import synced_table_names


def make_template(folder: Path) -> Path:
    """An empty database with the current schema, to copy for each client."""
    path = folder / "template.sqlite"
    if not path.exists():
        open_database(path).close()
    return path


class Client:
    def __init__(self, path: Path, template: Path, name: str, skew_ms: int = 0) -> None:
        shutil.copyfile(template, path)
        self.path = path
        self.database = open_database(path, create=False)
        self.service = DataService(self.database, author=name)
        self.skew_ms = skew_ms
        self.fake_ms = wall_now_ms() + skew_ms
        self.service.clock = HybridClock(self.service.device, wall_ms=self.tick)

    def tick(self) -> int:
        self.fake_ms += 7
        return self.fake_ms

    def close(self) -> None:
        self.database.close()


def snapshot(path: Path) -> dict[str, set[tuple]]:
    """Every synced table's rows, as sets."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {
            table: set(conn.execute(f'SELECT * FROM "{table}"').fetchall())
            for table in synced_table_names()
        }


def row(path: Path, table: str, record_id) -> dict | None:  # type: ignore[no-untyped-def]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id.hex,)).fetchone()
        return dict(found) if found else None


def conflicts(path: Path) -> list[dict]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM syncconflict")]
