"""Desktops converge through the server hub as through a shared file: one merge, two hubs.

Each scenario runs twice, once through a shared file (FileHub) and once through the hub
service on PostgreSQL (ServerHub over HTTP), with the same clients and the same checks.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from hub_helpers import Signed, push_body, raw_rows, txids_gain_a_digit
from server_thread import running_service
from sync_helpers import Client, conflicts, make_template, row, snapshot

from fredapp.core.models import Measure, Scenario, SickLeaveFigure, Unit
from fredapp.core.sync import FileHub, Hub, sync
from fredapp.core.sync.remote import ServerHub, mirror_path
from fredapp.core.sync.tables import synced_table_names
from fredapp.server.app import create_app


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="module")
def service(hub_db):  # type: ignore[no-untyped-def]
    with running_service(hub_db.service) as url:
        yield url


class Place:
    """Where two clients meet: a shared file, or the server hub (each client its own user)."""

    def __init__(self, kind: str, folder: Path, hub_db=None, url: str = "") -> None:  # type: ignore[no-untyped-def]
        self.kind, self.folder, self.url, self.hub_db = kind, folder, url, hub_db
        self.shared = folder / "share" / "fredapp.sqlite"
        self.shared.parent.mkdir(exist_ok=True)
        self.tokens: dict[Path, str] = {}

    def hub_for(self, client: Client) -> Hub:
        if self.kind == "file":
            return FileHub(self.shared)
        if client.path not in self.tokens:
            name = f"{client.path.stem}-{uuid.uuid4().hex[:6]}"
            self.tokens[client.path] = self.hub_db.user(name, ["hr", "facilitator"])[1]
        token = self.tokens[client.path]
        return ServerHub(self.url, token, mirror=mirror_path(client.path, self.url, token))

    def run(self, client: Client):  # type: ignore[no-untyped-def]
        return sync(client.path, self.hub_for(client), clock=client.service.clock)

    def hub_rows(self) -> dict[str, set[tuple]]:  # type: ignore[type-arg]
        """What the hub holds, as a reader sees it (a fresh full pull for the server)."""
        if self.kind == "file":
            return snapshot(self.shared)
        reader = self.hub_db.user(f"leser-{uuid.uuid4().hex[:6]}", ["hr"])[1]
        fresh = self.folder / f"reader-{uuid.uuid4().hex[:6]}.sqlite"
        hub = ServerHub(self.url, reader, mirror=fresh)
        work = self.folder / f"work-{uuid.uuid4().hex[:6]}"
        work.mkdir()
        copy = hub.pull(work).path
        return snapshot(copy)

    def conflicts(self, client: Client) -> list[dict]:  # type: ignore[type-arg]
        return conflicts(self.shared if self.kind == "file" else client.path)


@pytest.fixture(params=["file", "server"])
def place(request, tmp_path):  # type: ignore[no-untyped-def]
    if request.param == "file":
        return Place("file", tmp_path)
    hub_db = request.getfixturevalue("hub_db")
    return Place("server", tmp_path, hub_db, request.getfixturevalue("service"))


@pytest.fixture
def pair(tmp_path: Path, template: Path):  # type: ignore[no-untyped-def]
    a = Client(tmp_path / "a.sqlite", template, "Anne")
    b = Client(tmp_path / "b.sqlite", template, "Bjørn", skew_ms=-86_400_000)
    yield a, b
    a.close()
    b.close()


def new_measure(client: Client, **values) -> uuid.UUID:  # type: ignore[no-untyped-def]
    fields = {"code": "X1", "title": "Tittel", "dimension": "S", "level": "stab", "notes": "Start"}
    return client.service.create(Measure, **{**fields, **values}).record_id


def shared_record(place: Place, a: Client, b: Client) -> uuid.UUID:
    record = new_measure(a)
    place.run(a)
    place.run(b)
    return record


def converged(place: Place, *clients: Client) -> None:
    first = snapshot(clients[0].path)
    for client in clients[1:]:
        assert snapshot(client.path) == first, "the clients did not converge"
    hub = place.hub_rows()
    assert hub["measure"], "the hub holds nothing"
    for table in synced_table_names():
        assert hub[table] == first[table], f"{table}: the hub and the clients differ"


def test_edits_to_different_fields_both_survive(place, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    record = shared_record(place, a, b)
    a.service.update(Measure, record, title="Ny tittel")
    b.service.update(Measure, record, status="pagar", effect=5)
    for client in (a, b, a):
        place.run(client)
    for path in (a.path, b.path):
        found = row(path, "measure", record)
        assert (found["title"], found["status"], found["effect"]) == ("Ny tittel", "pagar", 5)  # type: ignore[index]
    converged(place, a, b)


def test_same_field_decided_by_clock_loser_in_history(place, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    record = shared_record(place, a, b)
    a.service.update(Measure, record, title="Fra Anne")
    b.service.update(Measure, record, title="Fra Bjørn")
    for client in (b, a, b):
        place.run(client)
    assert {row(p, "measure", record)["title"] for p in (a.path, b.path)} == {"Fra Anne"}  # type: ignore[index]
    history = {h.new_value for h in b.service.history(record) if h.field_name == "title"}
    assert history == {"Fra Anne", "Fra Bjørn"}
    converged(place, a, b)


def test_concurrent_long_text_edits_are_kept_as_a_conflict(place, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    record = shared_record(place, a, b)
    a.service.update(Measure, record, notes="Annes notat")
    b.service.update(Measure, record, notes="Bjørns notat")
    for client in (a, b, a):
        place.run(client)
    found = [c for c in place.conflicts(a) if c["record_id"] == record.hex]
    assert len(found) == 1
    assert {found[0]["value_a"], found[0]["value_b"]} == {"Annes notat", "Bjørns notat"}
    assert row(b.path, "measure", record)["notes"] == found[0]["value_a"]  # type: ignore[index]
    converged(place, a, b)


def test_a_delete_meeting_an_edit_keeps_the_edit_and_says_so(place, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    record = shared_record(place, a, b)
    a.service.delete(Measure, record)
    b.service.update(Measure, record, title="Viktig endring")
    for client in (a, b, a):
        place.run(client)
    for path in (a.path, b.path):
        found = row(path, "measure", record)
        assert found["deleted"] == 0 and found["title"] == "Viktig endring"  # type: ignore[index]
    kinds = [c["kind"] for c in place.conflicts(b) if c["record_id"] == record.hex]
    assert kinds == ["delete"]
    converged(place, a, b)


def test_a_delete_propagates_and_does_not_come_back(place, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    record = shared_record(place, a, b)
    a.service.delete(Measure, record)
    place.run(a)
    other = new_measure(b, code="X2")
    b.service.update(Measure, other, title="Annen")
    for client in (b, a, b):
        place.run(client)
    for path in (a.path, b.path):
        assert row(path, "measure", record)["deleted"] == 1  # type: ignore[index]
    converged(place, a, b)


def test_a_sync_with_nothing_new_changes_nothing(place, pair) -> None:  # type: ignore[no-untyped-def]
    a, b = pair
    shared_record(place, a, b)
    for client in (a, b, a, b):
        place.run(client)
    before = snapshot(a.path)
    result = place.run(a)
    assert result.nothing_to_do and not result.published
    assert snapshot(a.path) == before


def test_a_first_pull_in_pages_gets_what_was_written_before_the_txid_gained_a_digit(
    hub_db, service, template, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Cursors order transaction ids as numbers: 999 before 1000. Sorted as text (issue 18),
    a fresh pull in pages began with the records of 1000 and up, moved its cursor past them
    and never returned those written before: a new desktop lacked most of the hub."""
    place = Place("server", tmp_path, hub_db, service)
    writer = Client(tmp_path / "writer.sqlite", template, "Wenche")
    reader = Client(tmp_path / "reader.sqlite", template, "Rolf")
    try:
        early = [new_measure(writer, code=f"F{i}", title=f"Før {i}") for i in range(3)]
        place.run(writer)
        txids_gain_a_digit(hub_db.owner)
        late = [new_measure(writer, code=f"E{i}", title=f"Etter {i}") for i in range(3)]
        place.run(writer)
        first, last = (record_txid(hub_db, records[0]) for records in (early, late))
        assert first < last and str(first) > str(last), "the ids did not straddle a digit"
        token = hub_db.user(f"rolf-{uuid.uuid4().hex[:6]}", ["hr"])[1]
        mirror = mirror_path(reader.path, service, token)
        sync(reader.path, ServerHub(service, token, mirror=mirror, page_size=2))
        held = [row(reader.path, "measure", record) for record in early + late]
        titles = {found["title"] for found in held if found is not None}
        assert titles == {f"Før {i}" for i in range(3)} | {f"Etter {i}" for i in range(3)}
        assert snapshot(reader.path)["measure"] == snapshot(writer.path)["measure"]
    finally:
        writer.close()
        reader.close()


def record_txid(hub_db, record: uuid.UUID) -> int:  # type: ignore[no-untyped-def]
    with psycopg.connect(hub_db.owner) as conn:
        found = conn.execute("SELECT txid::text FROM hub.record WHERE id = %s", (record.hex,))
        return int(found.fetchone()[0])  # type: ignore[index]


def figure(client: Client, lineage: str, month: str) -> uuid.UUID:
    return client.service.create(
        SickLeaveFigure,
        unit_lineage_id=uuid.UUID(lineage),
        month=month,
        employees=30,
        total_pct=5.0,
        short_pct=2.0,
        long_pct=3.0,
    ).record_id


def test_a_first_sync_keeps_the_figures_of_units_below_and_undoes_others_with_a_warning(
    hub_db, service, template, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A database with figures meets the hub for the first time. The hub does not know its
    units before the push that brings them, so the figures of a unit below the leader's
    were taken from the laptop before being sent (3,361 records at --scale 1); now they go
    to the hub, and a figure of a unit the user does not lead is refused and undone, named."""
    client = Client(tmp_path / "first.sqlite", template, "Frida")
    try:
        scenario = client.service.create(Scenario, name="Nå", is_current=True).record_id
        top = client.service.create(Unit, scenario_id=scenario, name="Kommune").record_id
        below = client.service.create(Unit, scenario_id=scenario, parent_id=top, name="Skole")
        other = client.service.create(Unit, scenario_id=scenario, name="Nabokommune")
        lineage = {
            name: row(client.path, "unit", unit)["lineage_id"]  # type: ignore[index]
            for name, unit in (("top", top), ("below", below.record_id), ("other", other.record_id))
        }
        mine = figure(client, lineage["below"], "2026-01")
        theirs = figure(client, lineage["other"], "2026-02")
        token = hub_db.user(f"frida-{uuid.uuid4().hex[:6]}", ["hr", "leader"], [lineage["top"]])[1]
        hub = ServerHub(service, token, mirror=mirror_path(client.path, service, token))
        result = sync(client.path, hub, clock=client.service.clock)
        assert row(client.path, "sickleavefigure", mine)["employees"] == 30  # type: ignore[index]
        assert row(client.path, "sickleavefigure", theirs) is None
        warnings = [str(w) for w in result.warnings]
        assert any(theirs.hex[:8] in w and "unit you do not lead" in w for w in warnings), warnings
        with psycopg.connect(hub_db.owner) as conn:
            on_hub = conn.execute(
                "SELECT id FROM hub.record WHERE tbl = 'sickleavefigure'"
            ).fetchall()
        assert {r[0] for r in on_hub} >= {mine.hex} and theirs.hex not in {r[0] for r in on_hub}
    finally:
        client.close()


def test_one_bad_row_in_a_push_of_many_is_refused_by_name_and_the_rest_applied(
    hub_db, template, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The hub checks a push's rows of one table in one statement; one SQLite cannot store
    (an integer beyond 64 bits) is still named alone, and its neighbours are applied."""
    client = Client(tmp_path / "many.sqlite", template, "Mange")
    try:
        records = [new_measure(client, code=f"M{i}", title=f"Tiltak {i}") for i in range(40)]
        rows = [("measure", raw_rows(client.path, "measure", r)[0]) for r in records]
        bad = rows[17][1]
        bad["effect"] = 2**70
        token = hub_db.user(f"mange-{uuid.uuid4().hex[:6]}", ["facilitator"])[1]
        with TestClient(create_app(hub_db.service, pool_size=2)) as http:
            answer = Signed(http, token).push(push_body(rows))
        assert answer.status_code == 200, answer.text
        refused = answer.json()["refused"]
        assert [(r["table"], r["id"]) for r in refused] == [("measure", bad["id"])]
        assert "measure" in refused[0]["reason"] and answer.json()["applied"] == 39
    finally:
        client.close()
