"""One push and one pull against the hub's PostgreSQL, as the request's user.

Every request runs in one transaction that first sets the user
(``set_config('hub.user_id', …, true)``, local to the transaction); the row-level-security
policies read it (see :mod:`fredapp.server.schema`).

**Push** (:func:`push`): a batch of records the desktop's merge wrote into its copy of the
hub, each with the stamp the record had on the hub when the desktop pulled it (``base``; none
for a record new to the hub). In one transaction:

1. the batch id is claimed (``hub.push_batch``): a push retried with the same id returns the
   first push's result and applies nothing again;
2. a stamp more than the core's bound (``MAX_DRIFT_DAYS``) ahead of the server's clock refuses
   the whole push, naming the device;
3. each record is checked against FredApp's rules (:mod:`fredapp.server.checks`);
4. the records on the hub are locked (``FOR UPDATE``) and compared with ``base``: when one
   changed since the desktop pulled, nothing is applied and the desktop is told to pull and
   merge again (compare and swap; the merge itself happens on the desktop only, so there is
   one implementation of the rules);
5. phase by phase (scenarios and units, other records, checklist items, then history and
   conflicts, which take their unit from the record they name) the records the user may not
   write are sorted out with a reason, by the same classification the trigger and the
   policies use, and the rest are written. History and conflicts of a refused record are
   refused with it. Should this sorting ever disagree with the policies, PostgreSQL refuses
   the statement and nothing is applied (:class:`RightsRefused`): the policies have the
   last word.

**Pull**: see :mod:`fredapp.server.pulls` (re-exported here, as the service calls them).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import psycopg

from fredapp.core.clock import MAX_DRIFT_DAYS, Stamp, wall_limit_ms
from fredapp.server.checks import RowChecker

# The pull side lives in its own module; the service reaches both through this one.
from fredapp.server.pulls import (
    PAGE_MAX,
    Page,
    Reload,
    access,
    begin_as,
    news,
    parse_cursor,
    pull,
    seen,
)
from fredapp.server.rights import NAMING_PHASE, NAMING_TABLES, TABLE_CLASSES

PUSH_MAX = 20000
_HEX32 = re.compile(r"[0-9a-f]{32}")

Row = Mapping[str, Any]

__all__ = [
    "PAGE_MAX",
    "PUSH_MAX",
    "Changed",
    "Page",
    "PushRefused",
    "PushResult",
    "Reload",
    "RightsRefused",
    "access",
    "news",
    "parse_cursor",
    "pull",
    "push",
    "seen",
]


class PushRefused(Exception):
    """The whole push is refused (a clock far ahead, a malformed batch); nothing applied."""

    status = 422


class Changed(Exception):
    """Records changed on the hub since the desktop pulled them: pull, merge, push again."""

    status = 409

    def __init__(self, records: list[tuple[str, str]]) -> None:
        super().__init__("records changed on the hub since they were pulled; pull and merge again")
        self.records = records


class RightsRefused(Exception):
    """PostgreSQL's policies refused a write the service's sorting let through."""

    status = 403


@dataclass
class Staged:
    table: str
    row: dict[str, Any]
    base: str | None
    phase: int

    @property
    def key(self) -> tuple[str, str]:
        return self.table, str(self.row["id"])


@dataclass
class PushResult:
    applied: int = 0
    refused: list[dict[str, str]] = field(default_factory=list)
    replayed: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"applied": self.applied, "refused": self.refused, "replayed": self.replayed}


def parse_batch(body: Any) -> tuple[uuid.UUID, str, list[Staged]]:
    """The batch id, device and records of a push body; PushRefused if it is not one."""
    if not isinstance(body, dict) or not isinstance(body.get("rows"), list):
        raise PushRefused("a push is an object with a batch id, a device and rows")
    try:
        batch = uuid.UUID(str(body.get("batch")))
    except ValueError:
        raise PushRefused("a push needs a batch id (a UUID)") from None
    device = body.get("device")
    if not isinstance(device, str) or not 0 < len(device) <= 64:
        raise PushRefused("a push needs the device that sends it")
    if len(body["rows"]) > PUSH_MAX:
        raise PushRefused(f"at most {PUSH_MAX} records in one push")
    staged = []
    for item in body["rows"]:
        if not isinstance(item, dict) or not isinstance(item.get("row"), dict):
            raise PushRefused("each pushed record is an object with table, base and row")
        table, base, row = item.get("table"), item.get("base"), item["row"]
        if table not in TABLE_CLASSES or not (base is None or isinstance(base, str)):
            raise PushRefused(f"unknown table {str(table)[:40]} in a push")
        if not (isinstance(row.get("id"), str) and _HEX32.fullmatch(row["id"])):
            raise PushRefused(f"a record of {table} without a proper id")
        staged.append(Staged(table, row, base, TABLE_CLASSES[table].phase))
    return batch, device, staged


def check_clock(staged: list[Staged], now_ms: int) -> None:
    limit = wall_limit_ms(now_ms)
    for item in staged:
        try:
            stamp = Stamp.parse(str(item.row.get("stamp")))
        except ValueError:
            continue  # named per record by the checks
        if stamp.wall_ms > limit:
            raise PushRefused(
                f"the clock of the computer {stamp.device} is more than {MAX_DRIFT_DAYS} days "
                "ahead of the hub's; set its date and time right and sync again "
                "(nothing was applied)"
            )


def push(
    conn: psycopg.Connection[Any],
    checker: RowChecker,
    user_id: int,
    body: Any,
    now_ms: int,
) -> PushResult:
    batch, _device, staged = parse_batch(body)
    with conn.transaction():
        begin_as(conn, user_id)
        claimed = conn.execute(
            "INSERT INTO hub.push_batch (user_id, batch_id) VALUES (%s, %s) "
            "ON CONFLICT DO NOTHING RETURNING 1",
            (user_id, batch),
        ).fetchone()
        if claimed is None:
            stored = conn.execute(
                "SELECT result FROM hub.push_batch WHERE user_id = %s AND batch_id = %s",
                (user_id, batch),
            ).fetchone()
            result = PushResult(**stored[0]) if stored and stored[0] else PushResult()
            result.replayed = True
            return result
        check_clock(staged, now_ms)
        result = _apply(conn, checker, staged, now_ms)
        conn.execute(
            "UPDATE hub.push_batch SET result = %s WHERE user_id = %s AND batch_id = %s",
            (json.dumps(result.as_json()), user_id, batch),
        )
    return result


def _apply(
    conn: psycopg.Connection[Any], checker: RowChecker, staged: list[Staged], now_ms: int
) -> PushResult:
    result = PushResult()
    refused: dict[tuple[str, str], str] = {}
    seen: set[tuple[str, str]] = set()
    for item in staged:
        if item.key in seen:
            refused[item.key] = "the record comes twice in one push"
        seen.add(item.key)
    refused.update(checker.refusals(((i.table, i.row) for i in staged), now_ms))
    _stage(conn, [i for i in staged if i.key not in refused])
    on_hub = _compare_and_lock(conn)
    for phase in sorted({i.phase for i in staged if i.key not in refused}):
        _refuse_history_of(conn, refused, phase)
        refused.update(_sort_out(conn, phase))
        try:
            result.applied += _write(conn, phase, refused, on_hub)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise RightsRefused(str(exc).splitlines()[0]) from exc
    result.refused = [
        {"table": table, "id": record, "reason": reason}
        for (table, record), reason in sorted(refused.items())
    ]
    return result


def _stage(conn: psycopg.Connection[Any], staged: list[Staged]) -> None:
    conn.execute(
        "CREATE TEMP TABLE staged (phase int, tbl text, id text, base text, stamp text, "
        "device text, deleted boolean, data jsonb, writer text, private boolean, scope text, "
        "ok boolean NOT NULL DEFAULT true, PRIMARY KEY (tbl, id)) ON COMMIT DROP"
    )
    with conn.cursor().copy(
        "COPY staged (phase, tbl, id, base, stamp, device, deleted, data) FROM STDIN"
    ) as copy:
        for item in staged:
            row = item.row
            copy.write_row(
                (
                    item.phase,
                    item.table,
                    row["id"],
                    item.base,
                    row.get("stamp"),
                    row.get("device"),
                    bool(row.get("deleted")),
                    json.dumps(row),
                )
            )


# Every statement below that meets hub.record does so one pushed record at a time, by its
# key (LATERAL, a scalar subquery, a row's ctid). Given a join, the planner read all of
# hub.record for every push when it had no statistics yet (a first sync fills the table
# faster than autovacuum analyzes it): seconds a push at a million rows, most of the time of
# a --scale 10 first sync.


def _compare_and_lock(conn: psycopg.Connection[Any]) -> list[str]:
    """Lock the hub's rows the push writes; Changed if one is not as the desktop saw it.
    The locked rows' ctids (they do not move until this push writes them)."""
    found = conn.execute(
        "SELECT r.tbl, r.id, r.stamp, s.base, r.ctid::text "
        "FROM (SELECT tbl, id, base FROM staged ORDER BY tbl, id) s "
        "CROSS JOIN LATERAL (SELECT x.ctid, x.tbl, x.id, x.stamp FROM hub.record x "
        "WHERE x.tbl = s.tbl AND x.id = s.id FOR UPDATE) r"
    ).fetchall()
    changed = [(tbl, record) for tbl, record, stamp, base, _ctid in found if stamp != base]
    if changed:
        raise Changed(changed)
    return [str(ctid) for *_row, ctid in found]


def _refuse_history_of(
    conn: psycopg.Connection[Any], refused: dict[tuple[str, str], str], phase: int
) -> None:
    """History and conflicts of a refused record go with it (in the naming phase)."""
    if phase != NAMING_PHASE or not refused:
        return
    rows = conn.execute(
        "SELECT tbl, id, data->>'table_name', data->>'record_id' FROM staged WHERE phase = %s",
        (NAMING_PHASE,),
    ).fetchall()
    for tbl, record, named_table, named_id in rows:
        if (named_table, named_id) in refused:
            refused[(tbl, record)] = "the record it describes was refused"
    _mark_refused(conn, refused)


def _mark_refused(conn: psycopg.Connection[Any], refused: dict[tuple[str, str], str]) -> None:
    if not refused:
        return
    conn.execute(
        "UPDATE staged SET ok = false WHERE (tbl, id) IN "
        "(SELECT * FROM unnest(%s::text[], %s::text[]))",
        ([t for t, _ in refused], [i for _, i in refused]),
    )


def _sort_out(conn: psycopg.Connection[Any], phase: int) -> dict[tuple[str, str], str]:
    """The records of ``phase`` the user may not write, with why (the policies' rule)."""
    # hub.classify in one pass for the tables that name their unit themselves (most rows:
    # the same rule as the function's, without a call per row); the rest call it.
    conn.execute(
        "UPDATE staged s SET writer = c.writer, private = c.private, "
        "scope = CASE WHEN c.private THEN s.data->>'unit_lineage_id' END "
        "FROM hub.table_class c WHERE c.tbl = s.tbl AND s.phase = %s AND s.ok "
        "AND NOT (s.tbl = ANY (%s))",
        (phase, _LOOKED_UP),
    )
    conn.execute(
        "UPDATE staged s SET (writer, private, scope) = "
        "(SELECT c.writer, c.private, c.scope FROM hub.classify(s.tbl, s.data) c) "
        "WHERE s.phase = %s AND s.ok AND s.tbl = ANY (%s)",
        (phase, _LOOKED_UP),
    )
    rows = conn.execute(
        "WITH roles AS (SELECT unnest(hub.my_roles()) AS role), "
        "units AS (SELECT unnest(hub.my_lineages()) AS lineage) "
        "SELECT s.tbl, s.id, s.writer, "
        "  s.writer IN (SELECT role FROM roles), "
        "  NOT s.private OR s.scope IN (SELECT lineage FROM units), "
        "  s.base IS NOT NULL AND NOT EXISTS "
        "    (SELECT 1 FROM hub.record r WHERE r.tbl = s.tbl AND r.id = s.id OFFSET 0) "
        "FROM staged s WHERE s.phase = %s AND s.ok",
        (phase,),
    ).fetchall()
    refused: dict[tuple[str, str], str] = {}
    for tbl, record, writer, may_write, may_see, vanished in rows:
        if vanished:
            refused[(tbl, record)] = "the record is no longer yours to see on the hub"
        elif writer is None:
            refused[(tbl, record)] = "the record it describes is not on the hub"
        elif not may_write:
            refused[(tbl, record)] = f"only the role {writer} may change {_table_name(tbl)}"
        elif not may_see:
            refused[(tbl, record)] = "it belongs to a unit you do not lead"
    _mark_refused(conn, refused)
    return refused


# Tables whose unit (or writer) hub.classify looks up in another record.
_LOOKED_UP = sorted({*NAMING_TABLES, "checklistitem"})


def _table_name(tbl: str) -> str:
    return tbl if tbl not in NAMING_TABLES else f"what {tbl} describes"


def _write(
    conn: psycopg.Connection[Any],
    phase: int,
    refused: dict[tuple[str, str], str],
    on_hub: list[str],
) -> int:
    updated = 0
    if on_hub:
        updated = conn.execute(
            "UPDATE hub.record r SET stamp = s.stamp, device = s.device, deleted = s.deleted, "
            "data = s.data FROM staged s WHERE r.ctid = ANY (%s::tid[]) "
            "AND r.tbl = s.tbl AND r.id = s.id AND s.phase = %s AND s.ok AND s.base IS NOT NULL",
            (on_hub, phase),
        ).rowcount
    wanted = conn.execute(
        "SELECT tbl, id FROM staged WHERE phase = %s AND ok AND base IS NULL", (phase,)
    ).fetchall()
    inserted = conn.execute(
        "INSERT INTO hub.record (tbl, id, stamp, device, deleted, data) "
        "SELECT tbl, id, stamp, device, deleted, data FROM staged "
        "WHERE phase = %s AND ok AND base IS NULL ON CONFLICT (tbl, id) DO NOTHING "
        "RETURNING tbl, id",
        (phase,),
    ).fetchall()
    if len(inserted) != len(wanted):
        # The id is taken by a record this user may not see.
        taken = {tuple(k) for k in wanted} - {tuple(k) for k in inserted}
        for key in taken:
            refused[(str(key[0]), str(key[1]))] = "the hub holds this record and it is not yours"
        _mark_refused(conn, refused)
    return updated + len(inserted)
