"""Fixtures for the Qt-free core tests: fresh databases in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fredapp.core import seed
from fredapp.core.db import Database, open_database
from fredapp.core.service import DataService


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "f.sqlite"


@pytest.fixture
def seeded_db(db_path: Path) -> Iterator[Database]:
    """A new database holding the seed, created the way FredApp does on first start."""
    database = open_database(db_path, populate=seed.populate)
    yield database
    database.close()


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[Database]:
    """A new database with the current schema and no rows."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def service(seeded_db: Database) -> DataService:
    return DataService(seeded_db, author="Kari Tester")
