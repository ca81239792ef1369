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
from typing import Any

from sqlmodel import Session, select

from fredapp.core import clockstate, validation
from fredapp.core.clock import ClockError
from fredapp.core.db import Database
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import ChangeRecord, LocalSetting, Synced

_DEVICE_KEY = clockstate.DEVICE_KEY
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


@dataclass
class DataService:
    database: Database
    author: str = ""
    listeners: list[ChangeListener] = field(default_factory=list)
    # Views that reload wholesale on a change wait for the end of a burst instead of
    # reloading once per change of an import (300 unit renames: 19 s before, once now).
    burst_listeners: list[BurstListener] = field(default_factory=list)

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
        with self.database.session() as session:
            record = _get(session, model, record_id)
            before = {name: getattr(record, name) for name in values}
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
        if self.database.read_only:
            raise ValidationError(QT_TR_NOOP("the database is open read-only"))

    def apply(self, change: Change) -> None:
        """Write a change in one transaction, then tell the listeners."""
        self.apply_many([change])

    def apply_many(self, changes: list[Change]) -> None:
        """Write several changes in ONE transaction (bulk imports): all of them or none.

        Every change is validated before anything is written; each gets its own stamp and
        history, and the listeners hear of them after the commit.
        """
        for change in changes:
            self.validate(change)
        now = dt.datetime.now(dt.UTC)
        with self.database.session() as session:
            # A sync by another process (the command line) may have moved the saved clock on.
            saved = clockstate.parsed_stamp(_setting(session, _CLOCK_KEY))
            if saved is not None and saved > self.clock.last:
                with contextlib.suppress(ClockError):  # beyond the bound: not followed
                    self.clock.observe(saved)
            stamp = ""
            for change in changes:
                stamp = str(self.clock.now())
                self._write(session, change, stamp, now)
            if stamp:
                _put_setting(session, _CLOCK_KEY, stamp)
            session.commit()
        self.notify(changes)

    def notify(self, changes: list[Change]) -> None:
        """Tell the listeners of ``changes``; several are framed as one burst."""
        burst = len(changes) > 1
        if burst:
            for burst_listener in list(self.burst_listeners):
                burst_listener(True)
        try:
            for change in changes:
                for listener in list(self.listeners):
                    listener(change)
        finally:
            if burst:
                for burst_listener in list(self.burst_listeners):
                    burst_listener(False)

    def _write(self, session: Session, change: Change, stamp: str, now: dt.datetime) -> None:
        """Upsert the record with the change's values, its stamp and device, and its history."""
        record = session.get(change.model, change.record_id)
        if record is None:
            record = change.model(id=change.record_id, **change.after)
        else:
            for name, value in change.after.items():
                setattr(record, name, value)
        record.stamp = stamp
        record.device = self.device
        session.add(record)
        for entry in _history(change, stamp, self.device, self.author, now):
            session.add(entry)

    def history(self, record_id: uuid.UUID) -> list[ChangeRecord]:
        with self.database.session() as session:
            query = (
                select(ChangeRecord)
                .where(ChangeRecord.record_id == record_id)
                .order_by(ChangeRecord.stamp)  # type: ignore[arg-type]
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


def _raw(session: Session) -> sqlite3.Connection:
    """The session's own SQLite connection, inside its transaction."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _get(session: Session, model: type[Synced], record_id: uuid.UUID) -> Synced:
    record = session.get(model, record_id)
    if record is None:
        raise KeyError(f"{model.__name__} {record_id} does not exist")
    return record


def _history(
    change: Change, stamp: str, device: str, author: str, now: dt.datetime
) -> list[ChangeRecord]:
    table = change.model.__tablename__
    common = {
        "table_name": table,
        "record_id": change.record_id,
        "stamp": stamp,
        "device": device,
        "author": author,
        "changed_at": now,
    }
    if change.is_create:
        return [ChangeRecord(field_name=CREATED, new_value=change.label or None, **common)]
    return [
        ChangeRecord(
            field_name=name,
            old_value=_as_text(change.before.get(name)),
            new_value=_as_text(value),
            **common,
        )
        for name, value in change.after.items()
    ]


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (dt.date, uuid.UUID)):
        return str(value)
    return json.dumps(value)


def _setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row else None


def _put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key) or LocalSetting(key=key, value=value)
    row.value = value
    session.add(row)


def _device_id(session: Session, *, persist: bool = True) -> str:
    device = _setting(session, _DEVICE_KEY)
    if device is None:
        device = uuid.uuid4().hex[:12]
        if persist:
            _put_setting(session, _DEVICE_KEY, device)
    return device
