"""fredapp hub user list|set|remove|token|revoke: what the administrator sees, what a desktop gets.

Every command is run as a person runs it (``fredapp hub user …``); bad input is one line and
exit 2 with nothing changed; a removed user's or a revoked token's next sync is refused with
the message the desktop shows; a new token signs in.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest
from server_thread import running_service
from sync_helpers import Client, make_template, row

from fredapp.cli import main as cli_main
from fredapp.core.models import Scenario, Unit
from fredapp.core.sync import HubRefused, sync
from fredapp.core.sync.remote import ServerHub, mirror_path


@pytest.fixture(scope="module")
def service(hub_db):  # type: ignore[no-untyped-def]
    with running_service(hub_db.service) as url:
        yield url


@pytest.fixture(scope="module")
def units(hub_db, service, tmp_path_factory):  # type: ignore[no-untyped-def]
    """HR has synced Kommune → Helse, Skole to the hub; returns name → lineage id."""
    folder = tmp_path_factory.mktemp("hr")
    hr = Client(folder / "hr.sqlite", make_template(folder), "HR")
    scenario = hr.service.create(Scenario, name="Nå", is_current=True).record_id
    top = hr.service.create(Unit, scenario_id=scenario, name="Kommune").record_id
    lineage = {}
    for name in ("Helse", "Skole"):
        unit = hr.service.create(Unit, scenario_id=scenario, parent_id=top, name=name).record_id
        lineage[name] = row(hr.path, "unit", unit)["lineage_id"]  # type: ignore[index]
    token = hub_db.user(f"hr-{uuid.uuid4().hex[:6]}", ["hr"])[1]
    sync(hr.path, ServerHub(service, token, mirror=mirror_path(hr.path, service, token)))
    hr.close()
    return lineage


def hub(args: list[str], hub_db, capsys) -> tuple[int, list[str], list[str]]:  # type: ignore[no-untyped-def]
    """``fredapp hub …`` as a person types it; exit code, stdout lines and stderr lines."""
    code = cli_main(["hub", *args, "--database", hub_db.owner])
    out = capsys.readouterr()
    return code, out.out.strip().splitlines(), out.err.strip().splitlines()


def users_state(hub_db) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    """Everything the user commands may change."""
    with psycopg.connect(hub_db.owner) as conn:
        return [
            conn.execute(query).fetchall()
            for query in (
                "SELECT id, name, roles, active FROM hub.app_user ORDER BY id",
                "SELECT user_id, lineage FROM hub.user_unit ORDER BY 1, 2",
                "SELECT hash, user_id, revoked, expires FROM hub.token ORDER BY hash",
            )
        ]


def desk_sync(path: Path, url: str, token: str):  # type: ignore[no-untyped-def]
    hub_ = ServerHub(url, token, mirror=mirror_path(path, url, token), retries=0)
    return sync(path, hub_)


def test_list_shows_each_users_roles_units_and_tokens(hub_db, units, capsys) -> None:  # type: ignore[no-untyped-def]
    hub_db.user("Liv Leder", ["leader"], ["Helse", "Skole"])
    hub_db.user("Frida Fasilitator", ["facilitator"])
    code, out, err = hub(["user", "list"], hub_db, capsys)
    assert code == 0 and err == []
    liv = next(line for line in out if line.startswith("Liv Leder"))
    assert "leader; units: Helse, Skole; 1 valid token(s)" in liv
    frida = next(line for line in out if line.startswith("Frida Fasilitator"))
    assert frida.endswith("facilitator; 1 valid token(s)")


def test_set_replaces_roles_and_units_and_list_shows_it(hub_db, units, capsys) -> None:  # type: ignore[no-untyped-def]
    hub_db.user("Per Bytter", ["leader"], ["Helse"])
    code, out, err = hub(
        ["user", "set", "Per Bytter", "--role", "leader", "--role", "hr", "--unit", "Skole"],
        hub_db,
        capsys,
    )
    assert code == 0 and err == [] and len(out) == 1
    assert out[0].split(None, 2)[2] == "hr, leader; units: Skole; 1 valid token(s)"
    code, out, _err = hub(["user", "set", "Per Bytter", "--role", "hr"], hub_db, capsys)
    assert code == 0 and out[0].endswith("hr; 1 valid token(s)")  # no longer a leader: no units


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["set", "Ingen Slik", "--role", "hr"], "no user named Ingen Slik"),
        (["set", "Kari Feil", "--unit", "Finnes ikke"], "no unit named Finnes ikke"),
        (["set", "Kari Feil", "--role", "sjef"], "unknown role sjef; one of leader, hr"),
        (["set", "Kari Feil", "--role", "hr", "--unit", "Helse"], "--unit is for leaders"),
        (["set", "Kari Feil"], "say what to change"),
        (["add", "Ny Person", "--role", "boss"], "unknown role boss"),
        (["add", "Ny Person", "--role", "leader", "--unit", "Mars"], "no unit named Mars"),
        (["add", "Kari Feil", "--role", "hr"], "exists already"),
        (["add", "Ny Person", "--role", "hr", "--days", "-3"], "--days is a number"),
        (["remove", "Ingen Slik"], "no user named Ingen Slik"),
        (["token", "Ingen Slik"], "no user named Ingen Slik"),
        (["revoke", "Ingen Slik"], "no user named Ingen Slik"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    hub_db, units, capsys, args, problem
) -> None:  # type: ignore[no-untyped-def]
    if not any(name == "Kari Feil" for _id, name, *_rest in users_state(hub_db)[0]):
        hub_db.user("Kari Feil", ["leader"], ["Helse"])
    before = users_state(hub_db)
    code, out, err = hub(["user", *args], hub_db, capsys)
    assert code == 2 and out == [] and len(err) == 1, (out, err)
    assert err[0].startswith("fredapp: error: ") and problem in err[0]
    assert "Traceback" not in err[0]
    assert users_state(hub_db) == before


def test_a_removed_user_is_refused_at_the_next_sync_with_a_message(
    hub_db, service, units, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    client = Client(tmp_path / "ola.sqlite", make_template(tmp_path), "Ola")
    token = hub_db.user("Ola Borte", ["leader"], ["Helse"])[1]
    assert desk_sync(client.path, service, token).received > 0  # signed in and synced
    code, out, _err = hub(["user", "remove", "Ola Borte"], hub_db, capsys)
    assert code == 0 and out == [
        "user Ola Borte removed: refused from now on; 1 valid token(s) revoked"
    ]
    with pytest.raises(HubRefused) as refused:
        desk_sync(client.path, service, token)
    shown = str(refused.value)
    assert "refused the sign-in" in shown and "its user was removed" in shown
    assert token not in shown
    # The command line shows the same, in one line, exit 2.
    assert cli_main(["sync", "--db", str(client.path), "--hub", service, "--token", token]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "its user was removed" in err[0] and token not in err[0]
    code, out, _err = hub(["user", "list"], hub_db, capsys)
    assert any(line.startswith("Ola Borte") and line.endswith("removed") for line in out)
    # A removed user gets no new token until restored; restored, a new token signs in.
    code, _out, err = hub(["user", "token", "Ola Borte"], hub_db, capsys)
    assert code == 2 and "was removed" in err[0]
    assert hub(["user", "set", "Ola Borte", "--restore"], hub_db, capsys)[0] == 0
    with pytest.raises(HubRefused):  # the old token stays revoked
        desk_sync(client.path, service, token)
    code, out, _err = hub(["user", "token", "Ola Borte", "--days", "30"], hub_db, capsys)
    assert code == 0 and "shown once" in out[0] and len(out) == 2
    assert desk_sync(client.path, service, out[1]).warnings == []
    client.close()


def test_revoke_refuses_every_token_and_a_new_one_signs_in(
    hub_db, service, units, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    client = Client(tmp_path / "tom.sqlite", make_template(tmp_path), "Tom")
    first = hub_db.user("Tom Tapt", ["facilitator"])[1]
    code, out, _err = hub(["user", "token", "Tom Tapt"], hub_db, capsys)
    second = out[1]
    assert code == 0 and second.startswith(f"fh1.{hub_db.hub_id}.") and second != first
    desk_sync(client.path, service, second)  # both tokens sign in
    code, out, _err = hub(["user", "revoke", "Tom Tapt"], hub_db, capsys)
    assert code == 0 and out[0].startswith("2 valid token(s) of Tom Tapt revoked")
    for token in (first, second):
        with pytest.raises(HubRefused, match="unknown or revoked token"):
            desk_sync(client.path, service, token)
    code, out, _err = hub(["user", "list"], hub_db, capsys)
    assert any(line.startswith("Tom Tapt") and "0 valid token(s)" in line for line in out)
    third = hub(["user", "token", "Tom Tapt"], hub_db, capsys)[1][1]
    assert desk_sync(client.path, service, third).warnings == []
    client.close()
