"""The hub against a hostile client: SQL text in every field of every synced table, crafted
pulls, forged tokens, replays, oversize and malformed bodies, a stamp from the year 2300, and
logs that never hold a token. Each refusal says why and changes nothing on the hub.

The rows are FredApp's own (``fredapp demo --scale 1`` and a desktop's history), one of every
synced table (:func:`fredapp.core.sync.tables.synced_table_names`), so a table added later is
covered without touching this test.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from hub_databases import drop_hub_database, make_hub_database
from hub_helpers import Signed, history_of, push_body, raw_rows
from server_thread import free_port, start_process
from sync_helpers import Client, make_template

from fredapp.cli import main as cli_main
from fredapp.core.clock import wall_now_ms
from fredapp.core.models import Measure
from fredapp.core.sync import sync
from fredapp.core.sync.remote import ServerHub, mirror_path
from fredapp.core.sync.tables import synced_table_names
from fredapp.core.validation import Kind, rules_for
from fredapp.server.app import create_app
from fredapp.server.rights import TABLE_CLASSES

HOSTILE = (
    "'); DROP TABLE hub.record; -- \" \\ %s %(x)s {0} $1 $$x$$ ${x} ' OR '1'='1 \u00e6\u00f8\u00e5"
)
PRIVATE = [table for table, kind in TABLE_CLASSES.items() if kind.private]
CAP = 256 * 1024  # the test service's largest push, in bytes


@pytest.fixture(scope="module")
def http(hub_db):  # type: ignore[no-untyped-def]
    with TestClient(create_app(hub_db.service, pool_size=4, max_push_bytes=CAP)) as client:
        yield client


def _rows(path: Path, table: str, where: str = "", *args: object) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        query = f'SELECT * FROM "{table}" {where} ORDER BY id'
        return [dict(r) for r in conn.execute(query, args)]


def _fresh(row: dict[str, Any], **values: object) -> dict[str, Any]:
    """The row as a new record, stamped now by a desktop of ours."""
    stamp = f"{wall_now_ms():013d}.000000.5ec0de5ec0de"
    return {**row, **values, "id": uuid.uuid4().hex, "stamp": stamp}


@pytest.fixture(scope="module")
def world(hub_db, http, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One row of every synced table on the hub, pushed by a user who may write them all
    (leader of one unit, ``mine``), and a leader of another unit (``theirs``) with its figures."""
    folder = tmp_path_factory.mktemp("security")
    demo = folder / "demo.sqlite"
    assert cli_main(["demo", "--scale", "1", "--db", str(demo)]) == 0
    mine = _rows(demo, "checklist")[0]["unit_lineage_id"]
    theirs = next(
        r["unit_lineage_id"] for r in _rows(demo, "sickleavefigure") if r["unit_lineage_id"] != mine
    )
    unit = _rows(demo, "unit", "WHERE lineage_id = ?", mine)[0]
    checklist = _rows(demo, "checklist", "WHERE unit_lineage_id = ?", mine)[0]
    description = _rows(demo, "description")[0]
    series = _rows(demo, "kpiseries")[0]
    base: dict[str, dict[str, Any]] = {
        "unit": unit,
        "scenario": _rows(demo, "scenario", "WHERE id = ?", unit["scenario_id"])[0],
        "checklist": checklist,
        "checklistitem": _rows(demo, "checklistitem", "WHERE checklist_id = ?", checklist["id"])[0],
        "sickleavefigure": _rows(demo, "sickleavefigure", "WHERE unit_lineage_id = ?", mine)[0],
        "sickleavetarget": _rows(demo, "sickleavetarget", "WHERE unit_lineage_id = ?", mine)[0],
        "description": description,
        "descriptionversion": _rows(
            demo, "descriptionversion", "WHERE description_id = ?", description["id"]
        )[0],
        "kpiseries": series,
        "kpipoint": _rows(demo, "kpipoint", "WHERE series_id = ?", series["id"])[0],
    }
    for table in synced_table_names():
        if table not in base and _rows(demo, table):
            base[table] = _rows(demo, table)[0]
    # History and a conflict, as a desktop writes them, naming a measure of its own.
    desk = Client(folder / "desk.sqlite", make_template(folder), "Sikker")
    measure = desk.service.create(
        Measure, code="SEC-1", title="Tiltak", dimension="S", level="stab"
    )
    own = raw_rows(desk.path, "measure", measure.record_id)[0]
    history = history_of(desk.path, measure.record_id)
    desk.close()
    base["measure"] = own
    base["changerecord"] = history[0]
    base["syncconflict"] = {
        "id": uuid.uuid4().hex,
        "stamp": history[0]["stamp"],
        "device": history[0]["device"],
        "deleted": 0,
        "table_name": "measure",
        "record_id": own["id"],
        "field_name": "notes",
        "kind": "text",
        "value_a": "a",
        "value_b": "b",
        "stamp_a": history[0]["stamp"],
        "stamp_b": history[0]["stamp"],
        "device_a": history[0]["device"],
        "device_b": history[0]["device"],
        "resolved": 0,
    }
    assert set(base) == set(synced_table_names())
    everyone = Signed(http, hub_db.user("Alle roller", ["hr", "facilitator", "leader"], [mine])[1])
    answer = everyone.push(push_body([(t, base[t]) for t in base]))
    assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    other = Signed(http, hub_db.user("Leder annen enhet", ["leader"], [theirs])[1])
    figures = [r for r in _rows(demo, "sickleavefigure") if r["unit_lineage_id"] == theirs][:3]
    answer = other.push(push_body([("sickleavefigure", r) for r in figures]))
    assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    return {"base": base, "mine": mine, "theirs": theirs, "everyone": everyone, "other": other}


def hub_state(hub_db) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """Everything a push or pull could change on the hub."""
    with psycopg.connect(hub_db.owner) as conn:
        return conn.execute(
            "SELECT tbl, id, stamp, deleted, data::text FROM hub.record ORDER BY tbl, id"
        ).fetchall()


def test_sql_text_in_every_free_text_field_of_every_synced_table_arrives_as_text(
    hub_db, world
) -> None:  # type: ignore[no-untyped-def]
    everyone: Signed = world["everyone"]
    sent: dict[str, tuple[str, dict[str, Any]]] = {}
    for table, row in world["base"].items():
        texts = [r.column for r in rules_for(table) if r.kind is Kind.TEXT and r.free_text]
        if texts:
            hostile = _fresh(row)
            for column in texts:
                hostile[column] = f"{HOSTILE} {column}"
            sent[hostile["id"]] = (table, hostile)
    # Every synced table but the links has free text: none is left out by mistake.
    assert set(synced_table_names()) - {t for t, _r in sent.values()} <= {
        "measureunitlink",
        "sickleavefigure",
        "sickleavetarget",
        "checklist",
    }
    answer = everyone.push(push_body(list(sent.values())))
    assert answer.status_code == 200 and answer.json()["refused"] == [], answer.text
    assert answer.json()["applied"] == len(sent)
    pulled = {r["row"]["id"]: r for r in everyone.pull_all()[0] if r["row"]["id"] in sent}
    assert {i: (r["table"], r["row"]) for i, r in pulled.items()} == sent  # byte for byte
    with psycopg.connect(hub_db.owner) as conn:
        stored = dict(
            conn.execute(
                "SELECT id, data->>'id' FROM hub.record WHERE id = ANY(%s)", (list(sent),)
            ).fetchall()
        )
        assert conn.execute("SELECT to_regclass('hub.record')").fetchone()[0] is not None
    assert stored == {i: i for i in sent}


def test_hostile_text_in_every_other_field_is_refused_by_name_or_kept_as_text(
    hub_db, world
) -> None:  # type: ignore[no-untyped-def]
    everyone: Signed = world["everyone"]
    sent: dict[str, tuple[str, str]] = {}
    rows = []
    plain: set[tuple[str, str]] = set()  # text fields with no form to keep: any text is theirs
    for table, row in world["base"].items():
        for rule in rules_for(table):
            if rule.column == "id" or (rule.kind is Kind.TEXT and rule.free_text):
                continue
            if rule.kind is Kind.TEXT and not rule.choices and not rule.pattern:
                plain.add((table, rule.column))
            hostile = _fresh(row)
            hostile[rule.column] = HOSTILE
            sent[hostile["id"]] = (table, rule.column)
            rows.append((table, hostile))
    assert len(sent) > 60  # every other field of every table
    before = hub_state(hub_db)
    answer = everyone.push(push_body(rows))
    assert answer.status_code == 200, answer.text
    refused = {r["id"]: r["reason"] for r in answer.json()["refused"]}
    for record, (table, column) in sent.items():
        if record in refused:
            reason = refused[record]
            assert "syntax" not in reason and "Traceback" not in reason, reason
            named = column in reason or table in reason or "the record it describes" in reason
            assert named, (table, column, reason)
    kept = {i: sent[i] for i in set(sent) - set(refused)}
    assert set(kept.values()) <= plain and answer.json()["applied"] == len(kept)
    pulled = {r["row"]["id"]: r["row"] for r in everyone.pull_all()[0] if r["row"]["id"] in kept}
    assert {i: row[sent[i][1]] for i, row in pulled.items()} == dict.fromkeys(kept, HOSTILE)
    with psycopg.connect(hub_db.owner) as conn:
        conn.execute("DELETE FROM hub.record WHERE id = ANY(%s)", (list(kept),))
    assert hub_state(hub_db) == before  # nothing but the records kept as text
    # A hostile table name, field name or id refuses the push whole, with the reason.
    row = _fresh(world["base"]["measure"])
    for body, problem in (
        (push_body([(HOSTILE, row)]), "unknown table"),
        (push_body([("measure", {**row, HOSTILE: "x"})]), "does not know the field"),
        (push_body([("measure", {**row, "id": HOSTILE})]), "without a proper id"),
    ):
        answer = everyone.push(body)
        detail = json.dumps(answer.json())
        assert answer.status_code in (200, 422) and problem in detail, answer.text
    assert hub_state(hub_db) == before


def _private_lineages(rows: list[dict[str, Any]], world: dict[str, Any]) -> set[str]:
    """The units whose private rows a pull returned (a checklist item through its checklist)."""
    checklists = {world["base"]["checklist"]["id"]: world["mine"]}
    found = set()
    for entry in rows:
        if entry["table"] in PRIVATE:
            row = entry["row"]
            found.add(row.get("unit_lineage_id") or checklists.get(row.get("checklist_id"), "?"))
    return found


def test_crafted_pulls_never_give_a_leader_another_units_figures(hub_db, world) -> None:  # type: ignore[no-untyped-def]
    leader: Signed = world["everyone"]  # a leader of ``mine`` only
    theirs = world["theirs"]
    rows, cursor = leader.pull_all()
    assert _private_lineages(rows, world) == {world["mine"]}
    _other_rows, other_cursor = world["other"].pull_all()
    forged = [
        {"after": value}
        for value in (
            "0",
            "-1",
            "0:0",
            "0.0",
            "1:-99",
            f"{2**63}:{2**63}",
            "99999999999999999999:1",
            other_cursor,
            HOSTILE,
            "x" * 10_000,
            "\x00",
            cursor + "' OR 1=1 --",
        )
    ] + [
        {"after": "", "unit": theirs},
        {"after": "", "unit_lineage_id": theirs, "lineage": theirs, "scope": theirs},
        {"after": "", "table": "sickleavefigure", "user": "1", "user_id": "1"},
        {"after": "", "limit": 10**12},
        {"after": "", "limit": 0},
        {"after": "", "limit": -5},
        {"after": "", "limit": "all"},
    ]
    headers = {**leader.headers, "X-User": "1", "X-Hub-User": "1", "X-Forwarded-User": theirs}
    for params in forged:
        answer = leader.http.get("/v1/pull", params=params, headers=headers)
        assert answer.status_code in (200, 400, 422), (params, answer.status_code)
        if answer.status_code == 200:
            got = answer.json()["rows"]
            assert _private_lineages(got, world) <= {world["mine"]}, params
        else:
            assert answer.json()["detail"], params
        hello = leader.http.get("/v1/hello", params=params, headers=headers)
        assert hello.status_code in (200, 400, 422), params
        if hello.status_code == 200:
            assert (
                hello.json()["access"]
                == leader.http.get("/v1/hello", headers=leader.headers).json()["access"]
            )
    for device in ("\x00", "evil device!", "x" * 65, HOSTILE):
        answer = leader.http.get(
            "/v1/hello", params={"after": cursor, "device": device}, headers=leader.headers
        )
        assert answer.status_code == 400 and "not a device id" in answer.json()["detail"]
    for path in ("/v1/records/sickleavefigure", "/v1/pull/sickleavefigure", "/v1/admin"):
        assert leader.http.get(path, headers=leader.headers).status_code in (404, 405)
    # A push naming the other unit is refused for that record, and nothing of theirs leaks.
    figure = _fresh(world["base"]["sickleavefigure"])
    figure["unit_lineage_id"] = theirs
    answer = leader.push(push_body([("sickleavefigure", figure)]))
    assert answer.status_code == 200 and answer.json()["applied"] == 0
    assert "unit" in answer.json()["refused"][0]["reason"]
    assert _private_lineages(leader.pull_all()[0], world) == {world["mine"]}


def _jwt(claims: dict[str, Any]) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


def test_forged_expired_and_other_hubs_tokens_are_refused_with_the_reason(
    hub_db, http, pg_server
) -> None:  # type: ignore[no-untyped-def]
    other = make_hub_database(pg_server)
    try:
        other_token = other.user("Fra et annet hub", ["hr"])[1]
    finally:
        drop_hub_database(pg_server, other)
    _uid, real = hub_db.user("Ekte", ["hr"])
    secret = real.rsplit(".", 1)[1]
    _uid, expired = hub_db.user("Gammel", ["hr"])
    with psycopg.connect(hub_db.owner) as conn:
        conn.execute(
            "UPDATE hub.token t SET expires = %s FROM hub.app_user u "
            "WHERE u.id = t.user_id AND u.name = 'Gammel'",
            (dt.datetime.now(dt.UTC) - dt.timedelta(days=1),),
        )
    cases = {
        f"Bearer {other_token}": "made for another hub",
        f"Bearer fh1.{other_token.split('.')[1]}.{secret}": "made for another hub",
        f"Bearer fh1.{hub_db.hub_id}.{secret[:-1]}x": "unknown or revoked",
        f"Bearer fh1.{hub_db.hub_id}.{HOSTILE.encode('ascii', 'ignore').decode()}": "token",
        f"Bearer {expired}": "expired",
        f"Bearer {_jwt({'iss': 'https://evil.example', 'sub': '1', 'aud': 'x'})}": "",
        f"Basic {real}": "Bearer",
        "Bearer ": "Bearer",
        f"bearer{real}": "Bearer",
    }
    before = hub_state(hub_db)
    for header, reason in cases.items():
        for method, path in (("GET", "/v1/hello"), ("GET", "/v1/pull"), ("POST", "/v1/push")):
            answer = http.request(
                method, path, headers={"Authorization": header}, json=push_body([])
            )
            assert answer.status_code == 401, (header[:30], path)
            assert reason in answer.json()["detail"], (header[:30], answer.json())
    # A token is taken from the header only, never from the address.
    assert http.get("/v1/hello", params={"token": real, "access_token": real}).status_code == 401
    assert hub_state(hub_db) == before
    assert http.get("/v1/hello", headers={"Authorization": f"Bearer {real}"}).status_code == 200


def test_a_replayed_push_applies_nothing_even_when_altered_or_sent_by_another(
    hub_db, world
) -> None:  # type: ignore[no-untyped-def]
    everyone: Signed = world["everyone"]
    measure = _fresh(world["base"]["measure"], title="Første")
    body = push_body([("measure", measure)])
    first = everyone.push(body)
    assert first.status_code == 200 and first.json()["applied"] == 1
    before = hub_state(hub_db)
    altered = {**body, "rows": [{"table": "measure", "base": None, "row": _fresh(measure)}]}
    for replay in (body, altered):
        again = everyone.push(replay)
        assert again.status_code == 200 and again.json()["replayed"] is True
        assert again.json()["applied"] == first.json()["applied"]
    assert hub_state(hub_db) == before
    # The same batch from another user is that user's push: their rights decide.
    figure = _fresh(world["base"]["sickleavefigure"])
    leader_body = push_body([("sickleavefigure", figure)])
    assert everyone.push(leader_body).json()["applied"] == 1
    before = hub_state(hub_db)
    stolen = world["other"].push({**leader_body, "rows": [{**leader_body["rows"][0]}]})
    assert stolen.status_code == 200 and stolen.json()["applied"] == 0
    assert hub_state(hub_db) == before


def test_oversize_malformed_and_year_2300_pushes_are_refused_whole(hub_db, world) -> None:  # type: ignore[no-untyped-def]
    everyone: Signed = world["everyone"]
    http, headers = everyone.http, {**everyone.headers, "Content-Type": "application/json"}
    before = hub_state(hub_db)
    big = _fresh(world["base"]["measure"])
    big["notes"] = "x" * (CAP + 1)
    answer = everyone.push(push_body([("measure", big)]))
    assert answer.status_code == 413 and "larger than the hub takes" in answer.json()["detail"]
    malformed = [
        b"{",
        b"",
        b"\xff\xfe",
        b"[]",
        b'"push"',
        b'{"rows": 5}',
        b'{"batch": "nope", "device": "d", "rows": []}',
        b'{"batch": "' + uuid.uuid4().hex.encode() + b'", "device": "", "rows": []}',
        b'{"batch": "' + uuid.uuid4().hex.encode() + b'", "device": "d", "rows": [5]}',
        b'{"batch": "' + uuid.uuid4().hex.encode() + b'", "device": "d", "rows": [{"row": NaN}]}',
        b"[" * 100_000 + b"]" * 100_000,
    ]
    for raw in malformed:
        answer = http.post("/v1/push", content=raw, headers=headers)
        assert answer.status_code in (400, 413, 422), (raw[:40], answer.status_code)
        assert answer.json()["detail"], raw[:40]
    # JSON that PostgreSQL cannot keep, anywhere in a push (each was a 500).
    row = json.dumps(push_body([("measure", _fresh(world["base"]["measure"]))]))
    for what, literal, problem in (
        ("title", '"a\\u0000b"', "a NUL character"),
        ("title", '"a\\ud800b"', "half of a character"),
        ("title", "1e999", "a number out of range"),
        ("base", '"a\\u0000b"', "a NUL character"),
        ("device", '"a\\ud800b"', "half of a character"),
    ):
        raw = row.replace(f'"{what}": ', f'"{what}": {literal}, "{what}_": ', 1)
        answer = http.post("/v1/push", content=raw.encode(), headers=headers)
        assert answer.status_code == 422 and problem in answer.json()["detail"], (what, literal)
    raw = row.replace('"title": ', '"a\\u0000": 1, "title": ', 1)  # in a field's name
    answer = http.post("/v1/push", content=raw.encode(), headers=headers)
    assert answer.status_code == 422 and "a NUL character" in answer.json()["detail"]
    # The year 2300 does not fit a stamp (13 digits of milliseconds end in 2286): refused by
    # name; a stamp from 2280 fits and refuses the whole push, naming the computer.
    far = _fresh(world["base"]["measure"])
    far["stamp"] = f"{_ms(2300):013d}.000000.5ec0de5ec0de"
    answer = everyone.push(push_body([("measure", far)]))
    assert answer.status_code == 200 and answer.json()["applied"] == 0
    assert "field stamp: is not a change stamp" in answer.json()["refused"][0]["reason"]
    far["stamp"] = f"{_ms(2280):013d}.000000.5ec0de5ec0de"
    answer = everyone.push(push_body([("measure", far)]))
    assert answer.status_code == 422, answer.text
    assert "5ec0de5ec0de" in answer.json()["detail"] and "ahead" in answer.json()["detail"]
    assert hub_state(hub_db) == before


def _ms(year: int) -> int:
    return int(dt.datetime(year, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)


def test_tokens_never_reach_the_services_log(hub_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client = Client(tmp_path / "logg.sqlite", make_template(tmp_path), "Logg")
    client.service.create(Measure, code="LOG-1", title="Loggført", dimension="S", level="stab")
    _uid, token = hub_db.user("Loggbruker", ["facilitator"])
    _uid, revoked = hub_db.user("Tilbakekalt", ["facilitator"])
    assert cli_main(["hub", "user", "revoke", "Tilbakekalt", "--database", hub_db.owner]) == 0
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_process(hub_db.service, port)
    try:
        result = sync(
            client.path, ServerHub(url, token, mirror=mirror_path(client.path, url, token))
        )
        assert result.sent > 0
        for bad in (revoked, f"fh1.{hub_db.hub_id}.{'z' * 43}"):
            with contextlib.suppress(Exception):
                sync(client.path, ServerHub(url, bad, mirror=tmp_path / "m.sqlite", retries=0))
    finally:
        process.terminate()
        log = process.communicate(timeout=30)[0]
        client.close()
    assert "POST /v1/push" in log and "401" in log  # the log was written, requests and refusals
    for secret in (token, revoked, token.rsplit(".", 1)[1], revoked.rsplit(".", 1)[1]):
        assert secret not in log
