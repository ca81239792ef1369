"""Rights on the laptop: rows leave it when access is lost, arrive when gained, refusals undone."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from server_thread import running_service
from sync_helpers import Client, make_template, row

from fredapp.cli import main as cli_main
from fredapp.core.models import Scenario, SickLeaveFigure, Unit
from fredapp.core.sync import sync
from fredapp.core.sync.access import BELONGS_TO, UNIT_COLUMN
from fredapp.core.sync.hub import expected_columns
from fredapp.core.sync.remote import ServerHub, mirror_path
from fredapp.server.rights import TABLE_CLASSES


@pytest.fixture(scope="module")
def service(hub_db):  # type: ignore[no-untyped-def]
    with running_service(hub_db.service) as url:
        yield url


class Desk:
    def __init__(self, client: Client, url: str, token: str, user: str = "") -> None:
        self.client, self.url, self.token, self.user = client, url, token, user

    def sync(self):  # type: ignore[no-untyped-def]
        mirror = mirror_path(self.client.path, self.url, self.token)
        hub = ServerHub(self.url, self.token, mirror=mirror)
        return sync(self.client.path, hub, clock=self.client.service.clock)

    def figures(self) -> set[str]:
        with contextlib.closing(sqlite3.connect(self.client.path)) as conn:
            return {r[0] for r in conn.execute("SELECT unit_lineage_id FROM sickleavefigure")}

    def history_of(self, table: str) -> int:
        with contextlib.closing(sqlite3.connect(self.client.path)) as conn:
            query = "SELECT count(*) FROM changerecord WHERE table_name = ?"
            return int(conn.execute(query, (table,)).fetchone()[0])


@pytest.fixture
def world(hub_db, service, tmp_path: Path):  # type: ignore[no-untyped-def]
    """HR has put Kommune → Helse, Skole on the hub; leaders of Helse and Skole have synced."""
    template = make_template(tmp_path)
    made: list[Client] = []

    def desk(name: str, roles: list[str], units: list[str] | None = None) -> Desk:
        client = Client(tmp_path / f"{name}.sqlite", template, name)
        made.append(client)
        user = f"{name}-{uuid.uuid4().hex[:6]}"
        return Desk(client, service, hub_db.user(user, roles, units)[1], user)

    hr = desk("hr", ["hr"])
    scenario = hr.client.service.create(Scenario, name="Nå", is_current=True).record_id
    top = hr.client.service.create(Unit, scenario_id=scenario, name="Kommune").record_id
    lineage = {}
    for name in ("Helse", "Skole"):
        unit = hr.client.service.create(Unit, scenario_id=scenario, parent_id=top, name=name)
        lineage[name] = row(hr.client.path, "unit", unit.record_id)["lineage_id"]  # type: ignore[index]
    hr.sync()
    leaders = {name: desk(f"leder-{name}", ["leader"], [lineage[name]]) for name in lineage}
    for name, leader in leaders.items():
        leader.sync()
        leader.client.service.create(
            SickLeaveFigure,
            unit_lineage_id=uuid.UUID(lineage[name]),
            month="2026-01",
            employees=30,
            total_pct=5.0,
            short_pct=2.0,
            long_pct=3.0,
        )
        leader.sync()
    yield hr, leaders, lineage, scenario
    for client in made:
        client.close()


def grants(hub_db, leader: Desk, lineages: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The administrator changes a leader's units, on the command line."""
    units = [arg for lineage in lineages for arg in ("--unit", lineage)]
    command = ["hub", "user", "set", leader.user, "--role", "leader", *units]
    assert cli_main([*command, "--database", hub_db.owner]) == 0


def test_the_private_tables_name_their_unit_as_the_desktop_expects() -> None:
    columns = expected_columns()
    for table, kind in TABLE_CLASSES.items():
        if kind.private:
            assert UNIT_COLUMN in columns[table] or table in BELONGS_TO, table


def test_figures_leave_the_laptop_when_access_is_lost(hub_db, world) -> None:  # type: ignore[no-untyped-def]
    _hr, leaders, lineage, _scenario = world
    helse = leaders["Helse"]
    assert helse.figures() == {lineage["Helse"]} and helse.history_of("sickleavefigure") > 0
    grants(hub_db, helse, [lineage["Skole"]])  # moved to lead Skole instead
    result = helse.sync()
    assert result.withdrawn > 0
    assert helse.figures() == {lineage["Skole"]}  # Helse's left, Skole's arrived
    with contextlib.closing(sqlite3.connect(helse.client.path)) as conn:
        named = conn.execute(
            "SELECT count(*) FROM changerecord c WHERE table_name = 'sickleavefigure' "
            "AND record_id NOT IN (SELECT id FROM sickleavefigure)"
        ).fetchone()[0]
    assert named == 0  # no history of a figure it may not hold
    # Still on the hub for its leader, and a second sync has nothing to take away.
    assert leaders["Skole"].sync().withdrawn == 0
    assert helse.sync().withdrawn == 0


def test_gained_access_brings_figures_written_long_before(hub_db, world) -> None:  # type: ignore[no-untyped-def]
    _hr, leaders, lineage, _scenario = world
    skole = leaders["Skole"]
    assert skole.figures() == {lineage["Skole"]}
    grants(hub_db, skole, [lineage["Skole"], lineage["Helse"]])
    skole.sync()
    assert skole.figures() == {lineage["Skole"], lineage["Helse"]}


def test_a_refused_edit_is_named_and_put_back_as_the_hub_holds_it(hub_db, world) -> None:  # type: ignore[no-untyped-def]
    hr, leaders, lineage, _scenario = world
    helse = leaders["Helse"]
    with contextlib.closing(sqlite3.connect(helse.client.path)) as conn:
        unit_id = conn.execute(
            "SELECT id FROM unit WHERE lineage_id = ?", (lineage["Helse"],)
        ).fetchone()[0]
    helse.client.service.update(Unit, uuid.UUID(unit_id), name="Helse (omdøpt av leder)")
    result = helse.sync()
    assert any("refused" in str(w) and "only the role hr" in str(w) for w in result.warnings), [
        str(w) for w in result.warnings
    ]
    assert row(helse.client.path, "unit", uuid.UUID(unit_id))["name"] == "Helse"  # type: ignore[index]
    with contextlib.closing(sqlite3.connect(helse.client.path)) as conn:
        kept = conn.execute(
            "SELECT count(*) FROM changerecord WHERE new_value LIKE '%omdøpt%'"
        ).fetchone()[0]
    assert kept == 0  # the refused edit's history went with it
    assert row(hr.client.path, "unit", uuid.UUID(unit_id))["name"] == "Helse"  # type: ignore[index]
    again = helse.sync()
    assert again.warnings == [] and (again.nothing_to_do or again.sent == 0)


def test_a_leader_made_hr_only_loses_every_figure_at_the_next_sync(hub_db, world, capsys) -> None:  # type: ignore[no-untyped-def]
    _hr, leaders, lineage, _scenario = world
    skole = leaders["Skole"]
    assert skole.figures() == {lineage["Skole"]}
    command = ["hub", "user", "set", skole.user, "--role", "hr", "--database", hub_db.owner]
    assert cli_main(command) == 0
    assert capsys.readouterr().out.strip().endswith("hr; 1 valid token(s)")
    assert skole.sync().withdrawn > 0
    assert skole.figures() == set() and skole.history_of("sickleavefigure") == 0
    assert leaders["Helse"].figures() == {lineage["Helse"]}  # the others keep theirs
