"""The hub's HTTP service against a real PostgreSQL: sign-in, push, pull, rights, cursor."""

from __future__ import annotations

import datetime as dt
import uuid

import psycopg
import pytest
from fastapi.testclient import TestClient
from hub_helpers import Signed, push_body, raw_rows, record_with_history
from psycopg.types.json import Jsonb
from sync_helpers import Client, make_template

from fredapp.core.clock import MAX_DRIFT_MS, wall_now_ms
from fredapp.core.models import Measure, Scenario, SickLeaveFigure, Unit
from fredapp.server.app import create_app
from fredapp.server.schema import HubSetupError

HOSTILE = "'); DROP TABLE hub.record; -- \" \\ %s {0} $1 ${x} \u00e6\u00f8\u00e5"


@pytest.fixture(scope="module")
def http(hub_db):  # type: ignore[no-untyped-def]
    with TestClient(create_app(hub_db.service, pool_size=4)) as client:
        yield client


@pytest.fixture(scope="module")
def desk(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("desk")
    client = Client(folder / "desk.sqlite", make_template(folder), "Hanne")
    yield client
    client.close()


@pytest.fixture(scope="module")
def org(hub_db, http, desk):  # type: ignore[no-untyped-def]
    """HR pushes Helse and Skole under Kommune; leaders of Helse and of Skole."""
    _uid, hr_token = hub_db.user("HR", ["hr"])
    hr = Signed(http, hr_token)
    scenario = desk.service.create(Scenario, name="Nå", is_current=True).record_id
    units = {}
    parent = None
    for name in ("Kommune", "Helse", "Skole"):
        units[name] = desk.service.create(
            Unit, scenario_id=scenario, parent_id=parent, name=name
        ).record_id
        parent = parent or units["Kommune"]
    rows = record_with_history(desk, "scenario", scenario)
    for record in units.values():
        rows += record_with_history(desk, "unit", record)
    answer = hr.push(push_body(rows))
    assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    lineage = {
        name: raw_rows(desk.path, "unit", record)[0]["lineage_id"] for name, record in units.items()
    }
    leaders = {
        name: Signed(http, hub_db.user(f"leder {name}", ["leader"], [name])[1])
        for name in ("Helse", "Skole")
    }
    return lineage, leaders, hr


def figure(desk: Client, lineage: str, month: str = "2026-01") -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    record = desk.service.create(
        SickLeaveFigure,
        unit_lineage_id=uuid.UUID(lineage),
        month=month,
        employees=40,
        total_pct=6.0,
        short_pct=2.0,
        long_pct=4.0,
    ).record_id
    return record_with_history(desk, "sickleavefigure", record)


def test_no_token_a_forged_one_and_another_hubs_are_refused(hub_db, http) -> None:  # type: ignore[no-untyped-def]
    assert http.get("/v1/hello").status_code == 401
    forged = f"fh1.{hub_db.hub_id}.{'A' * 43}"
    other = f"fh1.{uuid.uuid4().hex}.{'A' * 43}"
    for token, problem in ((forged, "unknown"), (other, "another hub"), ("abc", "not a")):
        answer = http.get("/v1/hello", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 401 and problem in answer.json()["detail"]


def test_an_expired_token_is_refused(hub_db, http) -> None:  # type: ignore[no-untyped-def]
    user_id, token = hub_db.user("Utløpt", ["facilitator"])
    with psycopg.connect(hub_db.owner) as conn:
        conn.execute(
            "UPDATE hub.token SET expires = %s WHERE user_id = %s",
            (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1), user_id),
        )
    answer = http.get("/v1/hello", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401 and "expired" in answer.json()["detail"]


def test_a_replayed_push_applies_nothing_twice(hub_db, http, desk) -> None:  # type: ignore[no-untyped-def]
    facilitator = Signed(http, hub_db.user("Fasilitator", ["facilitator"])[1])
    record = desk.service.create(
        Measure, code="S-9", title="Tiltak", dimension="S", level="stab"
    ).record_id
    body = push_body(record_with_history(desk, "measure", record))
    first = facilitator.push(body)
    assert first.status_code == 200 and first.json()["applied"] == len(body["rows"])
    with psycopg.connect(hub_db.owner) as conn:
        before = conn.execute("SELECT id, seq FROM hub.record ORDER BY id").fetchall()
    again = facilitator.push(body)
    assert again.status_code == 200
    assert again.json() == {**first.json(), "replayed": True}
    with psycopg.connect(hub_db.owner) as conn:
        assert conn.execute("SELECT id, seq FROM hub.record ORDER BY id").fetchall() == before


def test_sql_text_in_every_field_arrives_as_text(hub_db, http, desk) -> None:  # type: ignore[no-untyped-def]
    facilitator = Signed(http, hub_db.user("Fasilitator 2", ["facilitator"])[1])
    record = desk.service.create(
        Measure,
        code=HOSTILE[:40],
        title=HOSTILE,
        dimension="S",
        level="stab",
        notes=HOSTILE * 3,
    ).record_id
    body = push_body(record_with_history(desk, "measure", record))
    answer = facilitator.push(body)
    assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    rows, _cursor = facilitator.pull_all()
    mine = [r["row"] for r in rows if r["row"]["id"] == record.hex]
    assert mine == raw_rows(desk.path, "measure", record)
    assert mine[0]["title"] == HOSTILE and mine[0]["notes"] == HOSTILE * 3
    with psycopg.connect(hub_db.owner) as conn:
        assert conn.execute("SELECT count(*) FROM hub.record").fetchone()[0] > 0


def test_a_leaders_pull_holds_only_their_units_figures(hub_db, http, desk, org) -> None:  # type: ignore[no-untyped-def]
    lineage, leaders, _hr = org
    for name in ("Helse", "Skole"):
        answer = leaders[name].push(push_body(figure(desk, lineage[name])))
        assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    for name, other in (("Helse", "Skole"), ("Skole", "Helse")):
        for after in ("", "0.0", "1.1", "18446744073709551615.0"):
            rows, _cursor = leaders[name].pull_all(after, limit=2)
            figures = [r["row"] for r in rows if r["table"] == "sickleavefigure"]
            assert all(f["unit_lineage_id"] != lineage[other] for f in figures)
            units_of_history = {
                r["row"]["record_id"]
                for r in rows
                if r["row"].get("table_name") == "sickleavefigure"
            }
            assert units_of_history <= {f["id"] for f in figures}
        assert figures or after.startswith("18")
    answer = http.get("/v1/pull", params={"after": "x'; --"}, headers=leaders["Helse"].headers)
    assert answer.status_code == 400


def test_a_forged_unit_is_refused_with_a_reason_and_the_rest_applied(
    hub_db, http, desk, org
) -> None:  # type: ignore[no-untyped-def]
    lineage, leaders, _hr = org
    own = figure(desk, lineage["Helse"], "2026-02")
    forged = figure(desk, lineage["Skole"], "2026-02")
    answer = leaders["Helse"].push(push_body(own + forged))
    assert answer.status_code == 200
    result = answer.json()
    assert result["applied"] == len(own)
    refused = {(r["table"], r["id"]): r["reason"] for r in result["refused"]}
    assert (
        refused[("sickleavefigure", forged[0][1]["id"])] == "it belongs to a unit you do not lead"
    )
    assert all(reason for reason in refused.values()) and len(refused) == len(forged)
    rows, _cursor = leaders["Skole"].pull_all()
    assert forged[0][1]["id"] not in {r["row"]["id"] for r in rows}


def test_a_leader_may_not_change_the_organisation(hub_db, http, desk, org) -> None:  # type: ignore[no-untyped-def]
    _lineage, leaders, hr = org
    rows, _cursor = hr.pull_all()
    unit = next(r["row"] for r in rows if r["table"] == "unit")
    changed = {**unit, "name": "Omdøpt", "stamp": f"{wall_now_ms():013d}.000000.x"}
    answer = leaders["Helse"].push(push_body([("unit", changed)], {unit["id"]: unit["stamp"]}))
    assert answer.json()["refused"] == [
        {"table": "unit", "id": unit["id"], "reason": "only the role hr may change unit"}
    ]


def test_a_push_over_a_changed_record_is_told_to_merge_again(hub_db, http, desk, org) -> None:  # type: ignore[no-untyped-def]
    _lineage, _leaders, hr = org
    rows, _cursor = hr.pull_all()
    unit = next(r["row"] for r in rows if r["table"] == "unit")
    changed = {**unit, "name": "Omdøpt", "stamp": f"{wall_now_ms():013d}.000000.x"}
    answer = hr.push(push_body([("unit", changed)], {unit["id"]: "0000000000001.000000.old"}))
    assert answer.status_code == 409
    assert answer.json()["records"] == [{"table": "unit", "id": unit["id"]}]
    answer = hr.push(push_body([("unit", changed)]))  # "new" though the hub holds it
    assert answer.status_code == 409


def test_a_clock_far_ahead_is_refused_naming_the_device(hub_db, http, desk, org) -> None:  # type: ignore[no-untyped-def]
    _lineage, _leaders, hr = org
    record = desk.service.create(Scenario, name="Fremtid").record_id
    rows = record_with_history(desk, "scenario", record)
    ahead = f"{wall_now_ms() + MAX_DRIFT_MS + 86_400_000:013d}.000000.laptop-kari"
    rows[0] = (rows[0][0], {**rows[0][1], "stamp": ahead})
    answer = hr.push(push_body(rows))
    assert answer.status_code == 422
    assert "laptop-kari" in answer.json()["detail"] and "30 days" in answer.json()["detail"]
    assert record.hex not in {r["row"]["id"] for r in hr.pull_all()[0]}


def test_a_row_breaking_fredapps_rules_is_refused_by_name(hub_db, http, desk, org) -> None:  # type: ignore[no-untyped-def]
    lineage, leaders, _hr = org
    rows = figure(desk, lineage["Helse"], "2026-03")
    rows[0] = (rows[0][0], {**rows[0][1], "total_pct": 99.0, "month": "mars\x07"})
    answer = leaders["Helse"].push(push_body(rows))
    result = answer.json()
    reasons = {r["id"]: r["reason"] for r in result["refused"]}
    assert "month" in reasons[rows[0][1]["id"]]
    assert all(reasons.get(r["id"]) for _t, r in rows)  # its history goes with it
    assert result["applied"] == 0


def test_a_late_committing_change_is_not_skipped(hub_db, http, org) -> None:  # type: ignore[no-untyped-def]
    _lineage, _leaders, hr = org
    _rows, cursor = hr.pull_all()
    late_id, early_id = uuid.uuid4().hex, uuid.uuid4().hex

    def scenario(record: str) -> dict:  # type: ignore[type-arg]
        return {
            "id": record,
            "stamp": f"{wall_now_ms():013d}.000000.dev",
            "device": "dev",
            "deleted": 0,
            "name": record[:6],
            "description": "",
            "is_current": 0,
            "sort_order": 0,
        }

    late = psycopg.connect(hub_db.owner)
    try:
        # Takes its sequence number first, commits last.
        late.execute(
            "INSERT INTO hub.record (tbl, id, stamp, device, deleted, data) "
            "VALUES ('scenario', %s, 's', 'dev', false, %s)",
            (late_id, Jsonb(scenario(late_id))),
        )
        answer = hr.push(push_body([("scenario", scenario(early_id))]))
        assert answer.status_code == 200 and answer.json()["applied"] == 1
        seen, cursor = hr.pull_all(cursor)
        assert late_id not in {r["row"]["id"] for r in seen}
        late.commit()
    finally:
        late.close()
    seen_after, _cursor = hr.pull_all(cursor)
    ids = {r["row"]["id"] for r in seen + seen_after}
    assert {late_id, early_id} <= ids


def test_hello_says_whether_anything_is_new(hub_db, http, org) -> None:  # type: ignore[no-untyped-def]
    _lineage, _leaders, hr = org
    _rows, cursor = hr.pull_all()
    hello = http.get("/v1/hello", params={"after": cursor}, headers=hr.headers).json()
    assert hello["news"] is False and hello["user"] == "HR" and hello["roles"] == ["hr"]
    assert abs(hello["time_ms"] - wall_now_ms()) < 60_000
    assert http.get("/v1/hello", headers=hr.headers).json()["news"] is True


def test_the_service_refuses_to_run_as_the_owner(hub_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(HubSetupError, match="own role"), TestClient(create_app(hub_db.owner)):
        pass


def test_a_unit_and_its_figure_in_one_push_are_both_applied(hub_db, http, desk, org) -> None:  # type: ignore[no-untyped-def]
    """A leader's units below their own follow the hub's units, also one made in this push."""
    lineage, _leaders, hr = org
    rows, _cursor = hr.pull_all()
    helse = next(
        r["row"]
        for r in rows
        if r["table"] == "unit" and r["row"]["lineage_id"] == lineage["Helse"]
    )
    both = Signed(http, hub_db.user("HR og leder", ["hr", "leader"], [lineage["Helse"]])[1])
    scenario = uuid.UUID(helse["scenario_id"])
    unit = desk.service.create(
        Unit, scenario_id=scenario, parent_id=uuid.UUID(helse["id"]), name="Ny"
    ).record_id
    new_lineage = raw_rows(desk.path, "unit", unit)[0]["lineage_id"]
    # The figure first: the hub applies the units before it whatever the order.
    body = push_body(figure(desk, new_lineage, "2026-05") + record_with_history(desk, "unit", unit))
    answer = both.push(body)
    assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    assert answer.json()["applied"] == len(body["rows"])
