"""Sync attacked from outside: fresh databases, wrong clocks, far-future stamps, hostile rows.

Each test plays what a colleague's laptop or a broken file could send, and checks what the
person gets: no edit lost, a refusal that names table, record and field, nothing changed.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fredapp.cli import main as cli_main
from fredapp.core import clock as clock_module
from fredapp.core.clock import HybridClock, Stamp
from fredapp.core.db import open_database
from fredapp.core.errors import ValidationError
from fredapp.core.models import Measure, SickLeaveFigure, Unit
from fredapp.core.seed import seed_id
from fredapp.core.service import DataService
from fredapp.core.sync import FileHub, HubRefused, sync
from fredapp.core.sync.engine import local_clock
from fredapp.core.sync.tables import synced_table_names

DAY_MS = 24 * 3600 * 1000
S1 = seed_id("measure", "S1")


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database as `fredapp demo` makes it: the seed's data, no device id, no clock state."""
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    assert cli_main(["demo", "--db", str(path)]) == 0
    return path


class Laptop:
    """A user's database, copied fresh from the seed, with a wall clock ``skew_ms`` off."""

    def __init__(self, folder: Path, name: str, seed: Path, skew_ms: int = 0) -> None:
        self.path = folder / f"{name}.sqlite"
        shutil.copyfile(seed, self.path)
        self.skew_ms = skew_ms
        self.name = name

    def wall(self) -> int:
        return clock_module.wall_now_ms() + self.skew_ms

    def sync(self, shared: Path):  # type: ignore[no-untyped-def]
        clock = local_clock(self.path)
        clock = HybridClock(clock.device, clock.last, wall_ms=self.wall)
        return sync(self.path, FileHub(shared), clock=clock)

    def edit(self, record: uuid.UUID, **values: object) -> None:
        database = open_database(self.path, create=False)
        try:
            service = DataService(database, author=self.name)
            service.clock = HybridClock(service.device, service.clock.last, wall_ms=self.wall)
            service.update(Measure, record, **values)
        finally:
            database.close()

    def value(self, record: uuid.UUID, column: str) -> object:
        with contextlib.closing(sqlite3.connect(self.path)) as conn:
            return conn.execute(
                f"SELECT {column} FROM measure WHERE id = ?", (record.hex,)
            ).fetchone()[0]


def content(path: Path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in synced_table_names()
        }


# -- edits are never lost ---------------------------------------------------------------------


def test_a_fresh_database_whose_first_act_is_a_sync_keeps_its_later_edit(
    tmp_path: Path, seed_file: Path
) -> None:
    shared = tmp_path / "share" / "felles.sqlite"
    shared.parent.mkdir()
    colleague = Laptop(tmp_path, "kari", seed_file, skew_ms=3 * DAY_MS)  # clock 3 days fast
    colleague.edit(S1, title="Kari's title")
    colleague.sync(shared)

    fresh = Laptop(tmp_path, "ola", seed_file)
    first = fresh.sync(shared)  # the fresh database's very first act
    assert fresh.value(S1, "title") == "Kari's title"
    assert first.received >= 1
    fresh.edit(S1, title="Ola's later title")
    second = fresh.sync(shared)
    assert not second.nothing_to_do and second.sent >= 1
    colleague.sync(shared)
    assert colleague.value(S1, "title") == "Ola's later title"
    last = fresh.sync(shared)
    assert last is not None
    assert last.open_conflicts == 0  # a title is a short text: the later edit simply wins
    assert fresh.value(S1, "title") == "Ola's later title"


def test_every_database_has_a_device_and_clock_after_its_first_sync(
    tmp_path: Path, seed_file: Path
) -> None:
    shared = tmp_path / "felles.sqlite"
    laptop = Laptop(tmp_path, "ola", seed_file)
    sync(laptop.path, FileHub(shared))
    with contextlib.closing(sqlite3.connect(laptop.path)) as conn:
        settings_ = dict(conn.execute("SELECT key, value FROM localsetting"))
    assert settings_.get("device_id")
    Stamp.parse(settings_["hlc_last"])


def test_a_sync_never_says_nothing_new_while_an_edit_is_unsent(
    tmp_path: Path, seed_file: Path
) -> None:
    shared = tmp_path / "felles.sqlite"
    ahead = Laptop(tmp_path, "ahead", seed_file, skew_ms=5 * DAY_MS)
    ahead.edit(S1, notes="from the future")
    ahead.sync(shared)
    laptop = Laptop(tmp_path, "ola", seed_file)
    laptop.sync(shared)
    # An edit whose stamp sorts below everything seen (a service started before the sync).
    database = open_database(laptop.path, create=False)
    service = DataService(database)
    service.clock = HybridClock(
        service.device, None, wall_ms=lambda: clock_module.wall_now_ms() - 10 * DAY_MS
    )
    service.update(Measure, S1, owner_unit_id=None, effort=5)
    database.close()
    result = sync(laptop.path, FileHub(shared))
    assert not result.nothing_to_do


skews = st.integers(min_value=-10 * DAY_MS, max_value=10 * DAY_MS)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    skew_list=st.lists(skews, min_size=2, max_size=3),
    steps=st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["title", "notes"])), max_size=6),
)
def test_the_causally_last_edit_wins_whatever_the_clocks(
    tmp_path_factory: pytest.TempPathFactory,
    seed_file: Path,
    skew_list: list[int],
    steps: list[tuple[int, str]],
) -> None:
    """Laptops with clocks days apart, all fresh, take turns: sync, edit, sync. Each edit was
    made after seeing every earlier one, so the last edit of each field must win everywhere."""
    folder = tmp_path_factory.mktemp("laptops")
    shared = folder / "felles.sqlite"
    laptops = [Laptop(folder, f"l{i}", seed_file, skew) for i, skew in enumerate(skew_list)]
    expected: dict[str, str] = {}
    for number, (who, column) in enumerate(steps):
        laptop = laptops[who % len(laptops)]
        laptop.sync(shared)
        value = f"{column} {number} by {laptop.name}"
        laptop.edit(S1, **{column: value})
        laptop.sync(shared)
        expected[column] = value
    for _round in range(2):
        for laptop in laptops:
            laptop.sync(shared)
    for laptop in laptops:
        for column, value in expected.items():
            assert laptop.value(S1, column) == value


# -- the clock bound ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "9999999999999.999999.evil",
        f"{10_413_792_000_000:013d}.000000.y2300"[:-6] + ".y2300",  # beyond 13 digits: malformed
        f"{clock_module.wall_now_ms() + 40 * DAY_MS:013d}.000000.fast",
    ],
)
def test_a_stamp_beyond_the_clock_bound_in_the_shared_file_is_refused(
    tmp_path: Path, seed_file: Path, stamp: str
) -> None:
    shared = tmp_path / "felles.sqlite"
    source = Laptop(tmp_path, "kari", seed_file)
    source.sync(shared)
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        conn.execute(
            "UPDATE measure SET title = 'poisoned', stamp = ? WHERE id = ?", (stamp, S1.hex)
        )
        conn.commit()
    laptop = Laptop(tmp_path, "ola", seed_file)
    laptop.sync(tmp_path / "other.sqlite")  # a device id and clock of its own
    before = content(laptop.path)
    with pytest.raises(HubRefused) as refused:
        sync(laptop.path, FileHub(shared))
    text = str(refused.value)
    assert "measure" in text and S1.hex in text and "stamp" in text
    assert content(laptop.path) == before
    # The client goes on: it edits, and its stamps still parse.
    laptop.edit(S1, title="still working")
    Stamp.parse(str(local_clock(laptop.path).last))


def test_a_database_already_holding_far_future_stamps_recovers(
    tmp_path: Path, seed_file: Path
) -> None:
    laptop = Laptop(tmp_path, "ola", seed_file)
    with contextlib.closing(sqlite3.connect(laptop.path)) as conn:
        conn.execute(
            "UPDATE measure SET stamp = '9999999999999.999999.evil' WHERE id = ?", (S1.hex,)
        )
        conn.execute(
            "INSERT OR REPLACE INTO localsetting VALUES ('hlc_last', '9999999999999.999999.evil')"
        )
        conn.commit()
    laptop.edit(S1, title="after the repair")  # today: the next stamp no longer parses
    with contextlib.closing(sqlite3.connect(laptop.path)) as conn:
        stamps = [row[0] for row in conn.execute("SELECT stamp FROM measure")]
        saved = conn.execute("SELECT value FROM localsetting WHERE key = 'hlc_last'").fetchone()
    limit = clock_module.wall_limit_ms()
    assert all(Stamp.parse(s).wall_ms <= limit for s in stamps)
    assert Stamp.parse(saved[0]).wall_ms <= limit
    shared = tmp_path / "felles.sqlite"
    assert sync(laptop.path, FileHub(shared)).published
    other = Laptop(tmp_path, "kari", seed_file)
    other.sync(shared)
    assert other.value(S1, "title") == "after the repair"


def test_the_clock_refuses_to_observe_a_stamp_beyond_the_bound() -> None:
    clock = HybridClock("dev", wall_ms=lambda: 1_800_000_000_000)
    clock.observe(Stamp(1_800_000_000_000 + 29 * DAY_MS, 0, "ok"))
    with pytest.raises(clock_module.ClockError):
        clock.observe(Stamp(9_999_999_999_999, 999_999, "evil"))
    assert str(clock.now()) < "9"


def test_a_clock_set_to_the_year_2300_cannot_write() -> None:
    clock = HybridClock("dev", wall_ms=lambda: 10_413_792_000_000)
    with pytest.raises(clock_module.ClockError, match="clock says"):
        clock.now()


# -- a delete meeting a new child ---------------------------------------------------------------


def test_deleting_a_unit_while_a_colleague_adds_a_child_keeps_both_and_says_so(
    tmp_path: Path, seed_file: Path
) -> None:
    shared = tmp_path / "felles.sqlite"
    a = Laptop(tmp_path, "anne", seed_file)
    b = Laptop(tmp_path, "bjorn", seed_file, skew_ms=-2 * DAY_MS)
    a.sync(shared)
    b.sync(shared)
    with contextlib.closing(sqlite3.connect(a.path)) as conn:
        leaf, scenario = conn.execute(
            "SELECT u.id, u.scenario_id FROM unit u WHERE NOT u.deleted AND NOT EXISTS "
            "(SELECT 1 FROM unit c WHERE c.parent_id = u.id) LIMIT 1"
        ).fetchone()
    leaf_id, scenario_id = uuid.UUID(hex=leaf), uuid.UUID(hex=scenario)
    database = open_database(a.path, create=False)
    DataService(database, author="Anne").delete(Unit, leaf_id)
    database.close()
    database = open_database(b.path, create=False)
    child = DataService(database, author="Bjørn").create(
        Unit, name="Nytt team", scenario_id=scenario_id, parent_id=leaf_id, level="team"
    )
    database.close()
    a.sync(shared)
    result = b.sync(shared)
    a.sync(shared)
    for laptop in (a, b):
        with contextlib.closing(sqlite3.connect(laptop.path)) as conn:
            deleted = conn.execute("SELECT deleted FROM unit WHERE id = ?", (leaf,)).fetchone()[0]
            parent = conn.execute(
                "SELECT parent_id FROM unit WHERE id = ?", (child.record_id.hex,)
            ).fetchone()[0]
            conflicts = conn.execute(
                "SELECT kind, table_name, record_id FROM syncconflict WHERE NOT resolved"
            ).fetchall()
        assert deleted == 0 and parent == leaf
        assert ("delete", "unit", leaf) in conflicts
    assert result.open_conflicts >= 1


# -- sizes ---------------------------------------------------------------------------------------


def test_a_value_too_large_to_sync_is_refused_at_the_write(seed_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(seed_file, path)
    database = open_database(path, create=False)
    try:
        service = DataService(database)
        with pytest.raises(ValidationError, match="characters"):
            service.update(Measure, S1, title="x" * (70 * 1024 * 1024))
    finally:
        database.close()


def test_a_sick_leave_figure_that_does_not_add_up_is_refused(
    seed_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(seed_file, path)
    database = open_database(path, create=False)
    try:
        service = DataService(database)
        with pytest.raises(ValidationError, match="add up"):
            service.create(
                SickLeaveFigure,
                unit_lineage_id=uuid.uuid4(),
                month="2024-01",
                employees=12,
                total_pct=3.0,
                short_pct=12.0,
                long_pct=0.0,
            )
    finally:
        database.close()


# -- cloud conflict copies and `fredapp check` ----------------------------------------------------


def test_a_conflict_copy_with_a_bad_row_is_not_merged_and_left_alone(
    tmp_path: Path, seed_file: Path
) -> None:
    shared = tmp_path / "felles.sqlite"
    kari = Laptop(tmp_path, "kari", seed_file)
    kari.sync(shared)
    copy = tmp_path / "felles (1).sqlite"  # Google Drive's name for a conflict copy
    shutil.copyfile(shared, copy)
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        newer = f"{clock_module.wall_now_ms() + 60_000:013d}.000000.evil"
        conn.execute("UPDATE measure SET effect = 9, stamp = ? WHERE id = ?", (newer, S1.hex))
        conn.commit()
    ola = Laptop(tmp_path, "ola", seed_file)
    result = ola.sync(shared)
    assert any("felles (1).sqlite" in str(w) and "effect" in str(w) for w in result.warnings)
    assert copy.exists() and not result.merged_copies
    assert ola.value(S1, "effect") != 9


def test_check_names_stamps_beyond_the_bound_and_broken_references(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "db.sqlite"
    shutil.copyfile(seed_file, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE measure SET stamp = '9999999999999.999999.evil' WHERE id = ?", (S1.hex,)
        )
        conn.execute(
            "UPDATE unit SET scenario_id = ? WHERE id = (SELECT id FROM unit LIMIT 1)",
            (uuid.uuid4().hex,),
        )
        conn.commit()
    capsys.readouterr()
    assert cli_main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "field stamp" in err and S1.hex in err and "clock bound" in err
    assert "scenario_id" in err and "does not exist" in err
