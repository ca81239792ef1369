"""Tombstones leave the hub once every active device has seen them; a device away longer
reloads, and the deleted record does not come back."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest
from hub_helpers import txids_gain_a_digit
from server_thread import running_service
from sync_helpers import Client, make_template, row

from fredapp.cli import main as cli_main
from fredapp.core.models import Measure
from fredapp.core.sync import sync
from fredapp.core.sync.remote import DEVICE_KEY, ServerHub, mirror_path
from fredapp.server.cleanup import cleanup


@pytest.fixture(scope="module")
def service(hub_db):  # type: ignore[no-untyped-def]
    with running_service(hub_db.service) as url:
        yield url


class Desk:
    def __init__(self, folder: Path, template: Path, name: str, hub_db, url: str) -> None:  # type: ignore[no-untyped-def]
        self.client = Client(folder / f"{name}.sqlite", template, name)
        self.token = hub_db.user(f"{name}-{uuid.uuid4().hex[:6]}", ["facilitator"])[1]
        self.mirror = mirror_path(self.client.path, url, self.token)
        self.url = url

    def sync(self):  # type: ignore[no-untyped-def]
        hub = ServerHub(self.url, self.token, mirror=self.mirror)  # tells the hub its place
        return sync(self.client.path, hub, clock=self.client.service.clock)

    def device(self) -> str:
        with contextlib.closing(sqlite3.connect(self.mirror)) as conn:
            query = "SELECT value FROM localsetting WHERE key = ?"
            return str(conn.execute(query, (DEVICE_KEY,)).fetchone()[0])


@pytest.fixture
def desks(hub_db, service, tmp_path):  # type: ignore[no-untyped-def]
    template = make_template(tmp_path)
    made = [Desk(tmp_path, template, name, hub_db, service) for name in ("a", "b", "c")]
    yield made
    for desk in made:
        desk.client.close()


def on_hub(hub_db, record: uuid.UUID) -> bool:  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.owner) as conn:
        found = conn.execute("SELECT 1 FROM hub.record WHERE id = %s", (record.hex,)).fetchone()
    return found is not None


def test_a_tombstone_goes_once_every_active_device_saw_it(hub_db, desks) -> None:  # type: ignore[no-untyped-def]
    a, b, c = desks
    record = a.client.service.create(
        Measure, code="T-1", title="Slettes", dimension="S", level="stab"
    ).record_id
    # Each desktop tells the hub how far it has pulled at the start of its next sync.
    for _round in range(2):
        for desk in (a, b, c):
            desk.sync()
    # c's place ends in 999, the delete comes at 1000 and up: places compare as numbers.
    txids_gain_a_digit(hub_db.owner)
    a.client.service.delete(Measure, record)
    for _round in range(3):
        a.sync()
        b.sync()
    # c has not pulled since: it still holds the record alive, so the tombstone stays.
    cleanup(hub_db.owner, days=90)
    assert on_hub(hub_db, record)
    for _round in range(2):
        for desk in (a, b, c):
            desk.sync()
    assert cli_main(["hub", "cleanup", "--database", hub_db.owner]) == 0
    assert not on_hub(hub_db, record)
    for desk in (a, b, c):
        desk.sync()
    assert not on_hub(hub_db, record)  # no device brought it back
    assert row(c.client.path, "measure", record)["deleted"] == 1  # type: ignore[index]


def test_a_device_away_too_long_reloads_keeps_its_edits_and_the_delete_holds(hub_db, desks) -> None:  # type: ignore[no-untyped-def]
    a, b, c = desks
    record = a.client.service.create(
        Measure, code="T-2", title="Borte", dimension="S", level="stab"
    ).record_id
    kept = a.client.service.create(
        Measure, code="T-3", title="Blir", dimension="S", level="stab"
    ).record_id
    for desk in (a, b, c):
        desk.sync()
    a.client.service.delete(Measure, record)
    a.sync()
    b.sync()
    # c is offline for long and works on: an edit and a new measure, never pushed.
    c.client.service.update(Measure, kept, notes="Skrevet mens c var borte")
    made_away = c.client.service.create(
        Measure, code="T-4", title="Laget borte", dimension="S", level="stab"
    ).record_id
    with psycopg.connect(hub_db.owner) as conn:  # c (and every other device) away 100 days
        conn.execute(
            "UPDATE hub.device SET seen = now() - interval '100 days' WHERE device NOT IN (%s, %s)",
            (a.device(), b.device()),
        )
    for _round in range(2):
        a.sync()
        b.sync()
    done = cleanup(hub_db.owner, days=90)
    assert done.removed >= 1 and not on_hub(hub_db, record)
    assert a.sync().withdrawn == 0  # an active device goes on without a reload
    result = c.sync()  # told to reload: pulls everything, drops what the hub no longer holds
    assert result.withdrawn >= 1
    assert row(c.client.path, "measure", record) is None
    assert row(c.client.path, "measure", kept)["title"] == "Blir"  # type: ignore[index]
    for desk in (a, b, c):
        desk.sync()
    assert not on_hub(hub_db, record)
    # What c did while away survived the reload and reached the others.
    for desk in (a, c):
        assert row(desk.client.path, "measure", kept)["notes"] == "Skrevet mens c var borte"  # type: ignore[index]
        assert row(desk.client.path, "measure", made_away)["title"] == "Laget borte"  # type: ignore[index]
    with contextlib.closing(sqlite3.connect(c.client.path)) as conn:
        live = {r[0] for r in conn.execute("SELECT id FROM measure WHERE NOT deleted")}
    with contextlib.closing(sqlite3.connect(a.client.path)) as conn:
        assert live == {r[0] for r in conn.execute("SELECT id FROM measure WHERE NOT deleted")}
