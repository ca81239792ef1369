"""A shared file written by something that is not FredApp: every bad row is refused, by name.

Hypothesis takes a sound shared file, breaks one value of one row in one of the ways a broken
or hostile file can (wrong type, wrong form, out of range, an identity number, a control
character, a stamp from the far future …) and makes that row newer than the local one, so a
sync would take it in. The sync must refuse with the table, the record and the field named,
and the local database must be exactly as it was. `fredapp check` must find the same thing in a
database that holds it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fredapp.cli import main as cli_main
from fredapp.core.clock import wall_now_ms
from fredapp.core.db import open_database
from fredapp.core.sync import FileHub, HubRefused, sync
from fredapp.core.sync.tables import synced_table_names
from fredapp.core.validation import LONG_TEXT_MAX, SHORT_TEXT_MAX, Kind, rules_for

NATIONAL_ID = "15076500565"  # valid check digits
FAR_FUTURE = "9999999999999.999999.evil"

BAD_VALUES: dict[Kind, list[object]] = {
    Kind.UUID: ["not-a-uuid", 12345, b"\x00" * 16, "ABCDEF0123456789ABCDEF0123456789", "g" * 32],
    Kind.TEXT: [12345, 3.5, b"blob", "bell\x07", "nul\x00byte", f"fnr {NATIONAL_ID}"],
    Kind.INT: ["12", "tolv", 3.5, 10**18, b"\x01"],
    Kind.FLOAT: ["12,5", "abc", float("inf"), b"\x01", 10**18],
    Kind.BOOL: ["maybe", 2, -1, "true", 0.5],
    Kind.DATE: ["2024-02-30", "30.02.2024", "yesterday", 20240101, "2024-13-01", "2300-01-01"],
    Kind.DATETIME: ["not a time", "2024-13-01 00:00:00", 5],
    Kind.STAMP: [FAR_FUTURE, "garbage", 12, "0000000000000.000000.bad device"],
    Kind.DEVICE: ["evil device!", "x" * 100, 7],
}
# Every synced table `fredapp demo --scale 1` fills, so a row exists to break.
TABLES = [
    "scenario",
    "unit",
    "role",
    "description",
    "descriptionversion",
    "measure",
    "measureunitlink",
    "milestone",
    "toolkititem",
    "checklist",
    "checklistitem",
    "sickleavefigure",
    "sickleavetarget",
    "kpiseries",
    "kpipoint",
    "goal",
    "benchmark",
]


def _bad_for(table: str) -> list[tuple[str, object]]:
    cases: list[tuple[str, object]] = []
    for rule in rules_for(table):
        if rule.column == "deleted":
            cases.extend((rule.column, v) for v in BAD_VALUES[Kind.BOOL])
            continue
        values = list(BAD_VALUES[rule.kind])
        if rule.kind is Kind.TEXT:
            if not rule.free_text:
                values.remove(f"fnr {NATIONAL_ID}")
            if rule.choices:
                values.append("maybe")
            if rule.pattern:
                values.append("2024/01")
            if rule.required:
                values.append("   ")
            longest = SHORT_TEXT_MAX if rule.max_length == SHORT_TEXT_MAX else LONG_TEXT_MAX
            values.append("x" * (longest + 1))
        if rule.kind in (Kind.INT, Kind.FLOAT) and rule.minimum is not None and rule.minimum >= 0:
            values.append(-1)
        if rule.kind in (Kind.INT, Kind.FLOAT) and rule.maximum is not None:
            values.append(rule.maximum + 1)
        if not rule.nullable:
            values.append(None)
        cases.extend((rule.column, v) for v in values)
    return cases


CASES = [(table, column, value) for table in TABLES for column, value in _bad_for(table)]


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A local database and the shared file it synced with: equal, and sound."""
    folder = tmp_path_factory.mktemp("hostile")
    local = folder / "local.sqlite"
    assert cli_main(["demo", "--db", str(local), "--scale", "1"]) == 0
    with contextlib.closing(sqlite3.connect(local)) as conn:  # small is enough, and fast
        for table in ("kpipoint", "checklistitem", "sickleavefigure"):
            conn.execute(f'DELETE FROM "{table}" WHERE rowid % 100 != 1')
        conn.commit()
        conn.execute("VACUUM")
    shared = folder / "felles.sqlite"
    sync(local, FileHub(shared))
    return local, shared


def content(path: Path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {
            table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in [*synced_table_names(), "localsetting"]
        }


def _break(path: Path, table: str, column: str, value: object) -> str:
    """Set ``column`` of one row to ``value`` and make the row newer; return its id.

    The table is first made again without declared types or constraints, as a writer that is
    not FredApp could make it, so SQLite keeps each value as given (a declared VARCHAR would
    turn 12345 into the text '12345').
    """
    newer = f"{wall_now_ms() + 60_000:013d}.000000.evil"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        _loosen(conn, table)
        record = conn.execute(f'SELECT id FROM "{table}" ORDER BY id LIMIT 1').fetchone()[0]
        if column == "stamp":
            conn.execute(f'UPDATE "{table}" SET stamp = ? WHERE id = ?', (value, record))
        else:
            conn.execute(
                f'UPDATE "{table}" SET "{column}" = ?, stamp = ? WHERE id = ?',
                (value, newer, record),
            )
        conn.commit()
    return record


def _loosen(conn: sqlite3.Connection, table: str) -> None:
    cols = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    names = ", ".join(f'"{c}"' for c in cols)
    conn.execute(f'CREATE TABLE "{table}_loose" ({names})')
    conn.execute(f'INSERT INTO "{table}_loose" SELECT {names} FROM "{table}"')
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE "{table}_loose" RENAME TO "{table}"')


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=st.sampled_from(CASES))
def test_a_hostile_row_in_the_shared_file_is_refused_by_name_and_changes_nothing(
    tmp_path_factory: pytest.TempPathFactory, pair: tuple[Path, Path], case: tuple
) -> None:
    table, column, value = case
    folder = tmp_path_factory.mktemp("case")
    local, shared = folder / "local.sqlite", folder / "felles.sqlite"
    shutil.copyfile(pair[0], local)
    shutil.copyfile(pair[1], shared)
    record = _break(shared, table, column, value)
    before = content(local)
    with pytest.raises(HubRefused) as refused:
        sync(local, FileHub(shared))
    text = str(refused.value)
    assert f"table {table}," in text
    assert f"field {column}:" in text
    if column not in ("id",):
        assert record in text
    assert content(local) == before
    # What sync refused, `fredapp check` finds in a database that holds it.
    if column not in ("id", "stamp") and value is not None:
        damaged = folder / "damaged.sqlite"
        shutil.copyfile(pair[0], damaged)
        _break(damaged, table, column, value)
        assert cli_main(["check", "--db", str(damaged)]) == 1


def test_reordered_columns_keep_each_value_in_its_own_column(
    tmp_path: Path, pair: tuple[Path, Path]
) -> None:
    """3 employees with 12 % must not become 12 employees with 3 % (and be shown)."""
    shared = tmp_path / "felles.sqlite"
    shutil.copyfile(pair[1], shared)
    stamp = f"{wall_now_ms():013d}.000000.other"
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        cols = [row[1] for row in conn.execute("PRAGMA table_info(sickleavefigure)")]
        reordered = list(reversed(cols))
        conn.execute(
            "CREATE TABLE sickleavefigure_r AS SELECT "
            + ", ".join(f'"{c}"' for c in reordered)
            + " FROM sickleavefigure WHERE 0"
        )
        conn.execute(
            "INSERT INTO sickleavefigure_r (id, stamp, device, deleted, unit_lineage_id, month, "
            "employees, total_pct, short_pct, long_pct) VALUES "
            "('0123456789abcdef0123456789abcdef', ?, 'other', 0, "
            "(SELECT lineage_id FROM unit LIMIT 1), '2024-05', 3, 12.0, 12.0, 0.0)",
            (stamp,),
        )
        conn.execute("DROP TABLE sickleavefigure")
        conn.execute("ALTER TABLE sickleavefigure_r RENAME TO sickleavefigure")
        conn.commit()
    for local in (tmp_path / "seeded.sqlite", tmp_path / "fresh.sqlite"):
        if local.name == "seeded.sqlite":
            shutil.copyfile(pair[0], local)
        else:
            open_database(local).close()  # an empty database: the first sync copies everything
        try:
            sync(local, FileHub(shared))
        except HubRefused:
            continue  # refusing the file is fine; corrupting it is not
        with contextlib.closing(sqlite3.connect(local)) as conn:
            got = conn.execute(
                "SELECT employees, total_pct FROM sickleavefigure "
                "WHERE id = '0123456789abcdef0123456789abcdef'"
            ).fetchone()
        assert got == (3, 12.0)
