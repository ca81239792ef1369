"""The hub's schema in PostgreSQL: migrations, the service role, row-level security, users."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb

from fredapp.cli import main as cli_main
from fredapp.core.sync.tables import synced_table_names
from fredapp.server.rights import TABLE_CLASSES
from fredapp.server.schema import SCHEMA_VERSION, init_database
from fredapp.server.users import UserError, add_user, token_hash

HUB_TABLES = (
    "meta",
    "table_class",
    "app_user",
    "user_unit",
    "token",
    "record",
    "push_batch",
    "oidc_issuer",
    "device",
)


def hexid() -> str:
    return uuid.uuid4().hex


def put(owner: str, tbl: str, data: dict) -> str:  # type: ignore[type-arg]
    """Write a record as the owner (as if pushed earlier)."""
    record = data.setdefault("id", hexid())
    with psycopg.connect(owner) as conn:
        conn.execute(
            "INSERT INTO hub.record (tbl, id, stamp, device, deleted, data) "
            "VALUES (%s, %s, '0000000000001.000000.dev', 'dev', false, %s)",
            (tbl, record, Jsonb(data)),
        )
    return record


@pytest.fixture(scope="module")
def org(hub_db):  # type: ignore[no-untyped-def]
    """Root → Helse → Legevakt, and Skole beside Helse; a figure for Legevakt and for Skole."""
    lineage = {name: hexid() for name in ("Root", "Helse", "Legevakt", "Skole")}
    ids: dict[str, str] = {}
    for name, parent in (
        ("Root", None),
        ("Helse", "Root"),
        ("Legevakt", "Helse"),
        ("Skole", "Root"),
    ):
        ids[name] = put(
            hub_db.owner,
            "unit",
            {"name": name, "lineage_id": lineage[name], "parent_id": ids.get(parent or "")},
        )
    figures = {
        name: put(
            hub_db.owner, "sickleavefigure", {"unit_lineage_id": lineage[name], "total_pct": 5.5}
        )
        for name in ("Legevakt", "Skole")
    }
    return lineage, figures


def as_user(hub_db, user_id: int, query: str, params=()):  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.service) as conn:
        conn.execute("SELECT set_config('hub.user_id', %s, true)", (str(user_id),))
        return conn.execute(query, params).fetchall()


def test_every_synced_table_has_a_class() -> None:
    assert set(synced_table_names()) == set(TABLE_CLASSES)


def test_init_twice_applies_nothing_the_second_time(hub_db) -> None:  # type: ignore[no-untyped-def]
    again = init_database(hub_db.owner, service_role=hub_db.role)
    assert again.applied == [] and again.version == SCHEMA_VERSION
    assert again.hub_id == hub_db.hub_id and again.service_password is None
    with psycopg.connect(hub_db.owner) as conn:
        versions = conn.execute("SELECT version FROM hub.migration").fetchall()
    assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]


def test_the_service_role_is_neither_owner_nor_superuser(hub_db) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.service) as conn:
        who, sup, bypass = conn.execute(
            "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        owners = conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'hub'"
        ).fetchall()
    assert who == hub_db.role and not sup and not bypass
    assert (hub_db.role,) not in owners


def test_every_hub_table_forces_row_level_security(hub_db) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.owner) as conn:
        rows = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'hub' AND c.relkind = 'r' AND c.relname <> 'migration'"
        ).fetchall()
    assert {name for name, *_ in rows} == set(HUB_TABLES)
    assert all(enabled and forced for _name, enabled, forced in rows)


def test_a_leader_sees_only_the_figures_of_their_units_and_below(hub_db, org) -> None:  # type: ignore[no-untyped-def]
    lineage, figures = org
    leader, _token = hub_db.user("Helse-leder", ["leader"], ["Helse"])
    seen = as_user(hub_db, leader, "SELECT id FROM hub.record WHERE tbl = 'sickleavefigure'")
    assert seen == [(figures["Legevakt"],)]
    # A crafted query asking for Skole's figure by its unit or id gets nothing.
    crafted = as_user(
        hub_db,
        leader,
        "SELECT id FROM hub.record WHERE scope = %s OR id = %s OR data->>'unit_lineage_id' = %s",
        (lineage["Skole"], figures["Skole"], lineage["Skole"]),
    )
    assert crafted == []
    # Units and the organisation stay readable to everyone.
    units = as_user(hub_db, leader, "SELECT count(*) FROM hub.record WHERE tbl = 'unit'")
    assert units == [(4,)]


def test_a_leader_cannot_write_another_units_figure_nor_unmark_it(hub_db, org) -> None:  # type: ignore[no-untyped-def]
    lineage, figures = org
    leader, _token = hub_db.user("Helse-leder-2", ["leader"], [lineage["Helse"]])
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        as_user(
            hub_db,
            leader,
            "INSERT INTO hub.record (tbl, id, stamp, device, deleted, data) "
            "VALUES ('sickleavefigure', %s, 's', 'd', false, %s)",
            (hexid(), Jsonb({"unit_lineage_id": lineage["Skole"]})),
        )
    # The update cannot reach Skole's row, and making a row public is undone by the trigger.
    touched = as_user(
        hub_db,
        leader,
        "UPDATE hub.record SET private = false, scope = NULL WHERE tbl = 'sickleavefigure' "
        "RETURNING id, private, scope",
    )
    assert touched == [(figures["Legevakt"], True, lineage["Legevakt"])]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        as_user(hub_db, leader, "SELECT * FROM hub.token")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        as_user(hub_db, leader, "DELETE FROM hub.record")


def test_no_user_set_means_no_private_row_and_no_write(hub_db, org) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.service) as conn:
        assert conn.execute("SELECT count(*) FROM hub.record WHERE private").fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO hub.record (tbl, id, stamp, device, deleted, data) "
                "VALUES ('measure', %s, 's', 'd', false, '{}')",
                (hexid(),),
            )


def test_row_security_cannot_be_switched_off_by_the_service(hub_db, org) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.service) as conn:
        conn.execute("SET row_security = off")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("SELECT * FROM hub.record WHERE private").fetchall()


def test_user_add_prints_a_token_once_and_stores_only_its_hash(hub_db, org, capsys) -> None:  # type: ignore[no-untyped-def]
    code = cli_main(
        [
            "hub",
            "user",
            "add",
            "Kari",
            "--role",
            "leader",
            "--unit",
            "Skole",
            "--database",
            hub_db.owner,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0 and "Kari (leader) added" in out
    token = out.strip().splitlines()[-1]
    assert token.startswith(f"fh1.{hub_db.hub_id}.") and len(token) > 60
    with psycopg.connect(hub_db.owner) as conn:
        stored = conn.execute("SELECT hash FROM hub.token").fetchall()
        dumped = conn.execute("SELECT string_agg(t::text, ' ') FROM hub.token t").fetchone()[0]
    assert (token_hash(token),) in stored and token not in dumped
    with psycopg.connect(hub_db.service) as conn:
        found = conn.execute(
            "SELECT name, roles, expired FROM hub.authenticate(%s)", (token_hash(token),)
        )
        assert found.fetchall() == [("Kari", ["leader"], False)]


@pytest.mark.parametrize(
    ("name", "roles", "units", "problem"),
    [
        ("Ola", ["leader"], [], "at least one --unit"),
        ("Ola", ["hr"], ["Skole"], "--unit is for leaders"),
        ("Ola", ["leader"], ["Finnes ikke"], "no unit named Finnes ikke"),
        ("Ola", ["boss"], [], "unknown role boss"),
        ("", ["hr"], [], "a name"),
    ],
)
def test_user_add_refuses_what_is_wrong(hub_db, org, name, roles, units, problem) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match=problem):
        add_user(hub_db.owner, name, roles, units)


def test_init_refuses_a_superuser_as_service_role(hub_db, capsys) -> None:  # type: ignore[no-untyped-def]
    code = cli_main(["hub", "init", "--database", hub_db.owner, "--service-role", "postgres"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "superuser" in err[0]


def test_an_older_hub_is_upgraded_by_init(pg_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hub_databases import drop_hub_database, make_hub_database

    from fredapp.server import schema

    full = list(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", full[:1])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    old = make_hub_database(pg_server)
    try:
        monkeypatch.setattr(schema, "MIGRATIONS", full)
        monkeypatch.setattr(schema, "SCHEMA_VERSION", len(full))
        record = put(old.owner, "unit", {"name": "Før", "lineage_id": hexid()})
        upgraded = schema.init_database(old.owner, service_role=old.role)
        assert upgraded.applied == list(range(2, len(full) + 1))
        with psycopg.connect(old.owner) as conn:
            kept = conn.execute("SELECT data->>'name' FROM hub.record WHERE id = %s", (record,))
            assert kept.fetchone() == ("Før",)
            classified = conn.execute(
                "SELECT writer, private FROM hub.classify('sickleavefigure', '{}')"
            ).fetchone()
        assert classified == ("leader", True)
    finally:
        drop_hub_database(pg_server, old)


def test_without_a_server_the_hub_tests_fail_and_say_how_to_run_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    env = {**os.environ, "PGHOST": str(tmp_path), "PGPORT": "1"}  # no server there
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k", "twice"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout[-2000:]
    assert "no PostgreSQL server reachable" in done.stdout
    assert "pg_virtualenv .venv/bin/python -m pytest" in done.stdout
    assert "skipped" not in done.stdout
