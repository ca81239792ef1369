"""The one place every write passes through.

A write is a :class:`Change`: the values of some fields of one record before
and after. Applying a change upserts the record, stamps it with the hybrid
logical clock and the device id that sync needs, records who changed which
field in the history, and tells listeners (the UI's views) what changed. The
inverse of a change is a change too, which is all undo needs. Records are
never hard-deleted: delete sets the ``deleted`` mark, so a delete can sync and
be undone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, update
from sqlmodel import Session, SQLModel, col, select

from fredapp.core import clockstate, validation
from fredapp.core.clock import ClockError
from fredapp.core.db import Database
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import ChangeRecord, LocalSetting, Synced
from fredapp.core.operations import NewerValue, Operation, UndoConflict

if TYPE_CHECKING:
    from fredapp.core.sync.engine import SyncResult

_CLOCK_KEY = clockstate.CLOCK_KEY
_SYNC_COLUMNS = frozenset({"id", "stamp", "device"})
CREATED = "(created)"


@dataclass(frozen=True)
class Change:
    """Fields of one record before and after; ``before`` of a new record is ``{deleted: True}``."""

    model: type[Synced]
    record_id: uuid.UUID
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    label: str = ""

    def inverse(self) -> Change:
        return Change(self.model, self.record_id, self.after, self.before, self.label)

    @property
    def is_create(self) -> bool:
        return self.before.get("deleted") is True and self.after.get("deleted") is False


ChangeListener = Callable[[Change], None]
BurstListener = Callable[
    [bool], None
]  # True before the notices of a multi-change write, False after
OperationListener = Callable[[Operation], None]


@dataclass
class DataService:
    database: Database
    author: str = ""
    listeners: list[ChangeListener] = field(default_factory=list)
    # Views that reload wholesale on a change wait for the end of a burst instead of
    # reloading once per change of an import (300 unit renames: 19 s before, once now).
    burst_listeners: list[BurstListener] = field(default_factory=list)
    # Told once per operation, with every change of it, after the per-change notices.
    operation_listeners: list[OperationListener] = field(default_factory=list)

    def __post_init__(self) -> None:
        # A read-only database gets a device id for this session only: it never writes.
        persist = not self.database.read_only
        with self.database.session() as session:
            conn = _raw(session)
            self.clock = clockstate.load_clock(conn, persist=persist)
            session.commit()
        self.device = self.clock.device

    # -- planning changes (nothing written yet) --------------------------------------------

    def plan_create(self, model: type[Synced], label: str = "", **values: Any) -> Change:
        record_id = values.pop("id", None) or uuid.uuid4()
        after = {**_defaults(model), **values, "deleted": False}
        _check_fields(model, after)
        return Change(model, record_id, {"deleted": True}, after, label)

    def plan_update(
        self, model: type[Synced], record_id: uuid.UUID, label: str = "", **values: Any
    ) -> Change | None:
        """The change that sets ``values``; None when the record already has them."""
        _check_fields(model, values)
        table = model.__table__  # type: ignore[attr-defined]
        # Only the fields asked about, with Core: planning runs on every edit.
        query = select(*(table.c[name] for name in values)).where(table.c.id == record_id)
        with self.database.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise KeyError(f"{model.__name__} {record_id} does not exist")
        before = dict(zip(values, row, strict=True))
        differing = {name: value for name, value in values.items() if before[name] != value}
        if not differing:
            return None
        return Change(model, record_id, {n: before[n] for n in differing}, differing, label)

    def plan_delete(self, model: type[Synced], record_id: uuid.UUID, label: str = "") -> Change:
        return Change(model, record_id, {"deleted": False}, {"deleted": True}, label)

    # -- writing ---------------------------------------------------------------------------

    def create(self, model: type[Synced], label: str = "", **values: Any) -> Change:
        change = self.plan_create(model, label, **values)
        self.apply(change)
        return change

    def update(
        self, model: type[Synced], record_id: uuid.UUID, label: str = "", **values: Any
    ) -> Change | None:
        change = self.plan_update(model, record_id, label, **values)
        if change is not None:
            self.apply(change)
        return change

    def delete(self, model: type[Synced], record_id: uuid.UUID, label: str = "") -> Change:
        change = self.plan_delete(model, record_id, label)
        self.apply(change)
        return change

    def validate(self, change: Change) -> None:
        """Raise ValidationError if ``change`` would be refused, before anything is written.

        The same rules as for a row received by sync (fredapp.core.validation).
        """
        validation.check_values(change.model, change.after)
        self._check_date_order(change)
        if self.database.read_only:
            raise ValidationError(QT_TR_NOOP("the database is open read-only"))

    def _check_date_order(self, change: Change) -> None:
        """A measure's start moved past its stored due date (or the reverse) is refused too:
        written, the row would be refused by every colleague's sync."""
        pair = validation.DATE_PAIRS.get(str(change.model.__tablename__))
        if pair is None or change.is_create or len(set(pair) & set(change.after)) != 1:
            return
        missing = next(name for name in pair if name not in change.after)
        table = change.model.__table__  # type: ignore[attr-defined]
        query = select(table.c[missing]).where(table.c.id == change.record_id)
        with self.database.engine.connect() as conn:
            stored = conn.execute(query).scalar()
        values = {missing: stored, **change.after}
        problem = validation.date_order_problem(values[pair[0]], values[pair[1]])
        if problem is not None:
            raise ValidationError(problem)

    def apply(self, change: Change) -> None:
        """Write a change in one transaction, then tell the listeners."""
        self.run(Operation(change.label, (change,)))

    def apply_many(self, changes: list[Change], *, bulk: bool = False) -> None:
        """Write several changes in ONE transaction (bulk imports): all of them or none.

        Every change is validated before anything is written; each gets its own stamp and
        history, and the listeners hear of them after the commit. ``bulk``: see :meth:`run`.
        """
        self.run(Operation("", tuple(changes)), bulk=bulk)

    def run(self, operation: Operation, *, check: bool = False, bulk: bool = False) -> None:
        """Write one user action: every change validated, then all in ONE transaction (all
        or nothing), then ONE notification carrying every change.

        ``check`` (undo and redo): every record must still hold the values the changes
        start from (their ``before``); a value written on another device since raises
        :class:`UndoConflict` naming it, and nothing is written. A value the record has
        already reached is no conflict, nor is one written on this device outside the undo
        stack (a description's autosave): that is the user's own.

        ``bulk`` (imports, scenario copies): the creates among the changes are of new ids
        and are inserted with SQLAlchemy Core, several thousand a second faster than
        through the ORM; their history rows likewise.
        """
        changes = operation.changes
        for change in changes:
            self.validate(change)
        now = dt.datetime.now(dt.UTC)
        with self.database.session() as session:
            if check:
                newer = self._newer_values(session, changes)
                if newer:
                    raise UndoConflict(newer)
            # A sync by another process (the command line) may have moved the saved clock on.
            saved = clockstate.parsed_stamp(_setting_value(session, _CLOCK_KEY))
            if saved is not None and saved > self.clock.last:
                with contextlib.suppress(ClockError):  # beyond the bound: not followed
                    self.clock.observe(saved)
            stamp = ""
            inserts: list[tuple[Change, str]] = []
            history: list[dict[str, Any]] = []
            for change in changes:
                stamp = str(self.clock.now())
                if bulk and change.is_create:
                    inserts.append((change, stamp))
                else:
                    self._write(session, change, stamp)
                    history.extend(_history(change, stamp, self.device, self.author, now))
            if inserts:
                self._insert(session, inserts, now)
            if history:
                # Core, not ORM objects: a history row is never read back in this session,
                # and building model objects for them was half the cost of a small edit.
                session.execute(insert(ChangeRecord.__table__), history)  # type: ignore[attr-defined]
            if stamp:
                _upsert(session, LocalSetting, {"key": _CLOCK_KEY}, {"value": stamp})
            session.commit()
        self.notify(list(changes), operation)

    def undo(self, operation: Operation, *, force: bool = False) -> Operation:
        """Take ``operation`` back as one operation; UndoConflict unless ``force``."""
        inverse = operation.inverse()
        self.run(inverse, check=not force)
        return inverse

    def redo(self, operation: Operation, *, force: bool = False) -> None:
        """Write ``operation`` again after an undo; UndoConflict unless ``force``."""
        self.run(operation, check=not force)

    def announce_received(
        self, result: SyncResult, label: str = "", *, named_limit: int | None = None
    ) -> Operation | None:
        """Tell the listeners what a sync wrote into this database, as ONE operation.

        Each record the sync names becomes a change holding its current values (``before``
        is ``{"deleted": None}``: not known); a table it received more of than it names
        (the ids stop at 1,000) is in the operation's ``reload``. Above ``named_limit``
        records in all, only the first of each table is named and every table reloads.
        The operation is ``received``: no undo step. None when the sync brought nothing.
        """
        from fredapp.core.sync.tables import synced_models

        models = {str(m.__tablename__): m for m in synced_models()}
        changes: list[Change] = []
        reload: set[str] = set()
        for table, count in result.received_counts.items():
            if count > len(result.received_ids.get(table, ())) and table in models:
                reload.add(table)
        received_ids = {t: ids for t, ids in result.received_ids.items() if t in models and ids}
        if named_limit is not None and sum(map(len, received_ids.values())) > named_limit:
            reload.update(received_ids)
            received_ids = {table: ids[:1] for table, ids in received_ids.items()}
        with self.database.session() as session:
            for table, hex_ids in received_ids.items():
                model = models[table]
                ids = [uuid.UUID(hex_id) for hex_id in hex_ids]
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    query = select(model).where(col(model.id).in_(chunk))
                    for record in session.exec(query):
                        after = record.model_dump(exclude={"id", "stamp", "device"})
                        changes.append(Change(model, record.id, {"deleted": None}, after, label))
        if not changes and not reload:
            return None
        operation = Operation(label, tuple(changes), frozenset(reload), received=True)
        self.notify(changes, operation)
        return operation

    def notify(self, changes: list[Change], operation: Operation | None = None) -> None:
        """Tell the listeners of ``changes``; several are framed as one burst.

        The operation listeners hear once, of ``operation`` (by default one of ``changes``).
        """
        burst = len(changes) > 1
        if burst:
            for burst_listener in list(self.burst_listeners):
                burst_listener(True)
        try:
            for change in changes:
                for listener in list(self.listeners):
                    listener(change)
            if self.operation_listeners:
                whole = operation if operation is not None else Operation("", tuple(changes))
                for operation_listener in list(self.operation_listeners):
                    operation_listener(whole)
        finally:
            if burst:
                for burst_listener in list(self.burst_listeners):
                    burst_listener(False)

    def _write(self, session: Session, change: Change, stamp: str) -> None:
        """Upsert the record with the change's values, its stamp and device.

        SQLAlchemy Core rather than ORM objects: a small edit is a user's every keystroke
        saved, and the ORM's load-modify-flush tripled its cost over a plain UPDATE.
        """
        values = {**change.after, "stamp": stamp, "device": self.device}
        defaults = _defaults(change.model) if change.is_create else {}
        _upsert(session, change.model, {"id": change.record_id}, values, defaults)

    def _insert(
        self, session: Session, creates: list[tuple[Change, str]], now: dt.datetime
    ) -> None:
        """Insert new records and their history rows with Core, one statement per table."""
        rows: dict[type[Synced], list[dict[str, Any]]] = {}
        history: list[dict[str, Any]] = []
        for change, stamp in creates:
            row = {**change.after, "id": change.record_id, "stamp": stamp, "device": self.device}
            rows.setdefault(change.model, []).append(row)
            history.append(
                {
                    "id": uuid.uuid4(),
                    "table_name": change.model.__tablename__,
                    "record_id": change.record_id,
                    "field_name": CREATED,
                    "old_value": None,
                    "new_value": change.label or None,
                    "author": self.author,
                    "changed_at": now,
                    "stamp": stamp,
                    "device": self.device,
                    "deleted": False,
                }
            )
        for model, model_rows in rows.items():
            # Rows of one statement must name the same columns: fill in the defaults.
            defaults = _defaults(model)
            if any(defaults.keys() - row.keys() for row in model_rows):
                model_rows = [{**defaults, **row} for row in model_rows]
            table = model.__table__  # type: ignore[attr-defined]  # Core, not the ORM's bulk
            session.execute(insert(table), model_rows)
        session.execute(insert(ChangeRecord.__table__), history)  # type: ignore[attr-defined]

    def _newer_values(self, session: Session, changes: tuple[Change, ...]) -> list[NewerValue]:
        """The values written elsewhere since that ``changes`` would overwrite."""
        # Values this operation writes itself count as current for its later changes.
        pending: dict[tuple[type[Synced], uuid.UUID], dict[str, Any]] = {}
        newer: list[NewerValue] = []
        for change in changes:
            key = (change.model, change.record_id)
            record = session.get(change.model, change.record_id)
            written = pending.setdefault(key, {})
            # Hiding a record keeps its fields: only whether it is still there matters.
            names = ["deleted"] if change.after.get("deleted") is True else list(change.before)
            for name in names:
                expected = change.before.get(name, False if name == "deleted" else None)
                if name in written:
                    current = written[name]
                elif record is None:
                    current = True if name == "deleted" else None
                else:
                    current = getattr(record, name)
                wanted = change.after.get(name)
                if _same(current, expected) or _same(current, wanted):
                    continue
                entry = _last_history(session, change, name)
                device = entry.device if entry is not None else (record.device if record else "")
                if device == self.device:
                    continue  # written here, outside the undo stack: the user's own
                newer.append(
                    NewerValue(
                        table=str(change.model.__tablename__),
                        record_id=change.record_id,
                        field=name,
                        expected=expected,
                        current=current,
                        wanted=wanted,
                        author=entry.author if entry is not None else "",
                        device=device,
                        changed_at=entry.changed_at if entry is not None else None,
                    )
                )
            written.update(change.after)
        return newer

    def history(self, record_id: uuid.UUID) -> list[ChangeRecord]:
        with self.database.session() as session:
            query = (
                select(ChangeRecord)
                .where(ChangeRecord.record_id == record_id)
                .order_by(col(ChangeRecord.stamp))
            )
            return list(session.exec(query))


def _defaults(model: type[Synced]) -> dict[str, Any]:
    """Default values for the fields a caller left out, so a create names every field."""
    defaults: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in _SYNC_COLUMNS or name == "deleted":
            continue
        if info.default_factory is not None:
            defaults[name] = info.default_factory()  # type: ignore[call-arg]
        elif not info.is_required():
            defaults[name] = info.default
    return defaults


def _check_fields(model: type[Synced], values: Mapping[str, Any]) -> None:
    unknown = set(values) - set(model.model_fields)
    if unknown:
        raise ValueError(f"{model.__name__} has no field {', '.join(sorted(unknown))}")
    protected = set(values) & _SYNC_COLUMNS
    if protected:
        raise ValueError(f"{', '.join(sorted(protected))} are set by the service, not by callers")


def _same(current: Any, expected: Any) -> bool:
    """Equal values, also when one was read back from the database as another type."""
    if current == expected:
        return True
    if current is None or expected is None:
        return False
    return _as_text(current) == _as_text(expected)


def _last_history(session: Session, change: Change, name: str) -> ChangeRecord | None:
    """The history row of the last write of ``name`` (for ``deleted``: or the create)."""
    names = [name, CREATED] if name == "deleted" else [name]
    query = (
        select(ChangeRecord)
        .where(
            col(ChangeRecord.record_id) == change.record_id,
            col(ChangeRecord.table_name) == change.model.__tablename__,
            col(ChangeRecord.field_name).in_(names),
        )
        .order_by(col(ChangeRecord.stamp).desc())
        .limit(1)
    )
    return session.exec(query).first()


def _raw(session: Session) -> sqlite3.Connection:
    """The session's own SQLite connection, inside its transaction."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _history(
    change: Change, stamp: str, device: str, author: str, now: dt.datetime
) -> list[dict[str, Any]]:
    """The history rows of a change: one per field, or one "created"."""
    common: dict[str, Any] = {
        "table_name": change.model.__tablename__,
        "record_id": change.record_id,
        "stamp": stamp,
        "device": device,
        "author": author,
        "changed_at": now,
        "deleted": False,
    }
    fields: list[tuple[str, str | None, str | None]]
    if change.is_create:
        fields = [(CREATED, None, change.label or None)]
    else:
        fields = [
            (name, _as_text(change.before.get(name)), _as_text(value))
            for name, value in change.after.items()
        ]
    return [
        {**common, "id": uuid.uuid4(), "field_name": name, "old_value": old, "new_value": new}
        for name, old, new in fields
    ]


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dt.date, uuid.UUID)):
        return str(value)
    return json.dumps(value)


def _setting_value(session: Session, key: str) -> str | None:
    table = LocalSetting.__table__  # type: ignore[attr-defined]
    found = session.execute(select(table.c.value).where(table.c.key == key)).scalar()
    return found if isinstance(found, str) else None


def _upsert(
    session: Session,
    model: type[SQLModel],
    key: dict[str, Any],
    values: dict[str, Any],
    defaults: Mapping[str, Any] | None = None,
) -> None:
    """Update the row with ``key``'s values, or insert it (``defaults`` fill the rest)."""
    table = model.__table__  # type: ignore[attr-defined]
    where = [table.c[name] == value for name, value in key.items()]
    done = session.execute(update(table).where(*where).values(values))
    if done.rowcount == 0:  # type: ignore[attr-defined]
        session.execute(insert(table), [{**(defaults or {}), **values, **key}])


def _setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


def _put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key) or LocalSetting(key=key, value=value)
    row.value = value
    session.add(row)
