"""The desktop's end of the sync hub on PostgreSQL: :class:`ServerHub`, over HTTP only.

The desktop never connects to PostgreSQL; it talks to ``fredapp hub serve`` (see
``fredapp/server/app.py`` for the protocol) with the standard library's HTTP client.

The merge is the shared file's, unchanged (:func:`fredapp.core.sync.engine.sync`): the hub's
records are kept in a *mirror*, a FredApp SQLite database beside the local one that holds
exactly what the hub held for this user at the last pull, with the hub's cursor. A pull adds
the pages changed since that cursor to the mirror and hands the engine a copy of it as the
snapshot; the engine merges local database and snapshot both ways by the same rules as for a
shared file. Publishing sends what the merge wrote into the snapshot (every row whose stamp
differs from the mirror's), each with the stamp the mirror holds for it (``base``): the hub
takes a record only if it still has that stamp, else answers 409 and the engine pulls and
merges again (:class:`~fredapp.core.sync.hub.HubChanged`), as for a shared file that changed
under it. A record and the history naming it travel in one push; each push has its own batch
id and is retried with the same id after a network failure, so nothing is applied twice.
Records the hub refuses (rights, rules) stay local and are named in the sync's warnings.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fredapp.core.db import SCHEMA_HEAD, create_database
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.sync.access import purge_cleaned, withdraw
from fredapp.core.sync.batches import chunks, device_of
from fredapp.core.sync.hub import (
    FileLock,
    Hub,
    HubChanged,
    HubRefused,
    HubUnavailable,
    Snapshot,
    SyncError,
    expected_columns,
    verify_database,
)
from fredapp.core.sync.hub_interface import HubSignInRefused
from fredapp.core.sync.tables import CONFLICT_TABLE, HISTORY_TABLE

CURSOR_KEY = "hub_cursor"
ACCESS_KEY = "hub_access"  # the access the mirror was pulled under: another means pull it all
REFUSED_KEY = "hub_refused"  # records the hub refused at the last push (JSON)
DEVICE_KEY = "hub_device"  # this mirror's name at the hub, so it knows how far it has pulled


class HubReload(Exception):
    """The hub removed tombstones this mirror never saw: pull everything again."""


_NAMING = (HISTORY_TABLE, CONFLICT_TABLE)


_EMPTY_GUARD = threading.Lock()
_EMPTY: list[Path] = []  # one empty database per process, copied for each new mirror


def _copy_empty_database(target: Path) -> None:
    """A new, empty FredApp database at ``target``, copied from one made once per process
    (Alembic's migrations are not safe to run in several threads at once, and are slow)."""
    with _EMPTY_GUARD:
        if not _EMPTY:
            folder = Path(tempfile.mkdtemp(prefix="fredapp-empty-"))
            create_database(folder / "empty.sqlite")
            _EMPTY.append(folder / "empty.sqlite")
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.new")
    shutil.copyfile(_EMPTY[0], temp)
    os.replace(temp, target)


def mirror_path(database: Path, url: str, token: str) -> Path:
    """Where the mirror of ``url`` for this token's user lives, beside ``database``."""
    key = hashlib.sha256(f"{url}\n{token}".encode()).hexdigest()[:16]
    return database.with_name(f".{database.name}.hub-{key}.sqlite")


class ServerHub(Hub):
    def __init__(
        self,
        url: str,
        token: str,
        *,
        mirror: Path,
        page_size: int = 5000,
        push_size: int = 5000,
        timeout: float = 120.0,
        retries: int = 4,
        track_device: bool = True,
    ) -> None:
        self.url = url.rstrip("/")
        self._token = token  # never in a message, a log or describe()
        self.mirror = mirror
        self.page_size = page_size
        self.push_size = push_size
        self.timeout = timeout
        self.retries = retries
        self.track_device = track_device
        self._warnings: list[Message] = []
        self._access: dict[str, Any] | None = None
        self._reloaded_from: Path | None = None
        self._columns = {table: sorted(cols) for table, cols in expected_columns().items()}

    def describe(self) -> str:
        return self.url

    # -- HTTP --------------------------------------------------------------------------------

    def _call(self, method: str, path: str, body: Any = None, **query: object) -> Any:
        """One request; JSON back. Retries network failures (a push keeps its batch id)."""
        target = f"{self.url}{path}"
        if query:
            target += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(target, data=data, headers=headers, method=method)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    return json.loads(answer.read())
            except urllib.error.HTTPError as exc:
                if exc.code >= 500 and attempt < self.retries:
                    time.sleep(0.2 * 2**attempt)
                    continue
                if exc.code in (502, 503, 504):  # the hub or its database away: offline
                    raise HubUnavailable(
                        QT_TR_NOOP("the hub {hub} is not reachable: {reason}"),
                        hub=self.url,
                        reason=exc.reason,
                    ) from exc
                self._refuse(exc)
            except (urllib.error.URLError, OSError) as exc:
                if attempt < self.retries:
                    time.sleep(0.2 * 2**attempt)
                    continue
                reason = getattr(exc, "reason", exc)
                raise HubUnavailable(
                    QT_TR_NOOP("the hub {hub} is not reachable: {reason}"),
                    hub=self.url,
                    reason=reason,
                ) from exc
        raise AssertionError("unreachable")

    def _refuse(self, error: urllib.error.HTTPError) -> None:
        try:
            detail = str(json.loads(error.read()).get("detail", ""))[:500]
        except (ValueError, AttributeError, OSError):
            detail = error.reason
        if error.code == 409:
            raise HubChanged()
        if error.code == 410:
            raise HubReload()
        if error.code == 401:
            raise HubSignInRefused(
                QT_TR_NOOP("the hub {hub} refused the sign-in: {reason}"),
                hub=self.url,
                reason=detail,
            )
        raise HubRefused(
            QT_TR_NOOP("the hub {hub} refused the sync and nothing was applied: {reason}"),
            hub=self.url,
            reason=detail,
        )

    # -- the mirror --------------------------------------------------------------------------

    def _open_mirror(self) -> sqlite3.Connection:
        """The mirror, made anew (empty, cursor at the start) when missing or not sound."""
        if self.mirror.exists():
            try:
                sound = verify_database(self.mirror, str(self.mirror)) == SCHEMA_HEAD
            except SyncError:
                sound = False
            if not sound:
                self.mirror.unlink()  # only a cache of the hub: pull it all again
        if not self.mirror.exists():
            _copy_empty_database(self.mirror)
        return sqlite3.connect(str(self.mirror), isolation_level=None, timeout=30)

    def _setting(self, key: str) -> str:
        if not self.mirror.exists():
            return ""
        with contextlib.closing(sqlite3.connect(str(self.mirror))) as conn:
            try:
                row = conn.execute(
                    "SELECT value FROM localsetting WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error:
                return ""
        return str(row[0]) if row else ""

    def cursor(self) -> str:
        """The hub cursor the mirror is at; the start when it was pulled under other access."""
        if self._access is not None and self._setting(ACCESS_KEY) != self._access["key"]:
            return ""
        return self._setting(CURSOR_KEY)

    def _hello(self, cursor: str) -> dict[str, Any]:
        # The hub learns how far this mirror has come, so that it may clean up the
        # tombstones every active device has passed (fredapp hub cleanup).
        device = self._setting(DEVICE_KEY) if self.track_device else ""
        hello: dict[str, Any] = self._call("GET", "/v1/hello", after=cursor, device=device)
        self._access = dict(hello["access"])
        return hello

    def _store(self, conn: sqlite3.Connection, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Write rows into the mirror, grouped by table and fields (one statement per group)."""
        groups: dict[tuple[str, tuple[str, ...]], list[list[Any]]] = {}
        for table, row in rows:
            names = tuple(name for name in self._columns.get(table, ()) if name in row)
            if names:  # a table this FredApp does not know (a newer one's) is not ours
                groups.setdefault((table, names), []).append([row[name] for name in names])
        for (table, names), values in groups.items():
            columns = ", ".join(f'"{name}"' for name in names)
            marks = ", ".join("?" for _ in names)
            conn.executemany(
                f'INSERT OR REPLACE INTO "{table}" ({columns}) VALUES ({marks})', values
            )

    # -- the Hub interface -------------------------------------------------------------------

    def fingerprint(self) -> str:
        hello = self._hello(self._setting(CURSOR_KEY))
        assert self._access is not None
        cursor, key = self.cursor(), self._access["key"]
        return f"cursor:{cursor}|{key}" if not hello.get("news") and cursor else f"news:{cursor}"

    def settled_fingerprint(self, snapshot: Snapshot) -> str:
        cursor = snapshot.token[0] if snapshot.token else ""
        return f"cursor:{cursor}|{self._access['key'] if self._access else ''}"

    def withdraw(self, database: Path) -> int:
        if self._access is None:
            return 0
        purged = 0
        if self._reloaded_from is not None:
            purged = purge_cleaned(database, self._reloaded_from, self.mirror)
            self._reloaded_from.unlink(missing_ok=True)
            self._reloaded_from = None
        refused = [(str(t), str(i)) for t, i in json.loads(self._setting(REFUSED_KEY) or "[]")]
        access = self._access
        removed = withdraw(
            database, self.mirror, access["private"], access["lineages"], refused, self.url
        )
        if refused:
            self._put_setting(REFUSED_KEY, "[]")
        return purged + removed

    def _put_setting(self, key: str, value: str) -> None:
        with contextlib.closing(self._open_mirror()) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO localsetting (key, value) VALUES (?, ?)", (key, value)
            )

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        # The hub needs no lock (it compares stamps); the mirror does, against a second sync
        # of the same database.
        lock = FileLock(self.mirror.with_name(self.mirror.name + ".lock"), 60.0, 120.0)
        lock.acquire()
        try:
            yield
        finally:
            lock.release()

    def pull(self, workdir: Path) -> Snapshot:
        if self._access is None:
            self._hello("")
        assert self._access is not None
        if self.mirror.exists() and self._setting(ACCESS_KEY) != self._access["key"]:
            self.mirror.unlink()  # access changed: what the user may see is pulled anew
        old = self.mirror.with_name(self.mirror.name + ".before-reload")
        if old.exists():
            self._reloaded_from = old  # a reload that stopped before withdraw: finish it
        try:
            cursor = self._pull_pages()
        except HubReload:
            # Keep the old mirror until withdraw has removed, from the local database, what
            # the hub no longer holds of it.
            device = self._setting(DEVICE_KEY)
            if old.exists():
                self.mirror.unlink()  # an unfinished reload's: its old mirror is what we had
            else:
                os.replace(self.mirror, old)
            self._reloaded_from = old
            self._put_setting(DEVICE_KEY, device)
            cursor = self._pull_pages()
        target = workdir / "hub.sqlite"
        shutil.copyfile(self.mirror, target)
        return Snapshot(target, (cursor,), None)

    def _pull_pages(self) -> str:
        assert self._access is not None
        device = self._setting(DEVICE_KEY) or uuid.uuid4().hex
        with contextlib.closing(self._open_mirror()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            for key, value in ((ACCESS_KEY, self._access["key"]), (DEVICE_KEY, device)):
                conn.execute(
                    "INSERT OR REPLACE INTO localsetting (key, value) VALUES (?, ?)", (key, value)
                )
            conn.execute("COMMIT")
            cursor = self.cursor()
            while True:
                page = self._call("GET", "/v1/pull", after=cursor, limit=self.page_size)
                rows = [(str(r["table"]), dict(r["row"])) for r in page["rows"]]
                conn.execute("BEGIN IMMEDIATE")
                self._store(conn, rows)
                cursor = str(page["cursor"])
                conn.execute(
                    "INSERT OR REPLACE INTO localsetting (key, value) VALUES (?, ?)",
                    (CURSOR_KEY, cursor),
                )
                conn.execute("COMMIT")
                if not page["more"]:
                    return cursor

    def publish(self, snapshot: Snapshot, merged: Path) -> None:
        changes = self._changes(merged)
        with contextlib.closing(self._open_mirror()) as conn:
            for chunk in chunks(changes, self.push_size):
                body = {
                    "batch": uuid.uuid4().hex,
                    "device": device_of(chunk),
                    "rows": [{"table": t, "base": b, "row": r} for t, b, r in chunk],
                }
                answer = self._call("POST", "/v1/push", body)
                refused = {
                    (str(r["table"]), str(r["id"])): str(r["reason"]) for r in answer["refused"]
                }
                self._note_refused(refused)
                if refused:
                    # Put back as the hub holds them at the next sync (withdraw).
                    kept = json.loads(self._setting(REFUSED_KEY) or "[]")
                    self._put_setting(REFUSED_KEY, json.dumps([*kept, *refused]))
                conn.execute("BEGIN IMMEDIATE")
                self._store(conn, [(t, r) for t, _b, r in chunk if (t, r["id"]) not in refused])
                conn.execute("COMMIT")

    def take_warnings(self) -> list[Message]:
        warnings, self._warnings = self._warnings, []
        return warnings

    # -- what to send --------------------------------------------------------------------------

    def _changes(self, merged: Path) -> list[tuple[str, str | None, dict[str, Any]]]:
        """Rows the merge wrote into the snapshot: (table, the mirror's stamp, row)."""
        found: list[tuple[str, str | None, dict[str, Any]]] = []
        with contextlib.closing(sqlite3.connect(str(merged))) as conn:
            conn.execute("ATTACH DATABASE ? AS base", (str(self.mirror),))
            for table, names in self._columns.items():
                columns = ", ".join(f'm."{name}"' for name in names)
                query = (
                    f'SELECT b.stamp, {columns} FROM main."{table}" m '
                    f'LEFT JOIN base."{table}" b ON b.id = m.id '
                    "WHERE b.id IS NULL OR b.stamp IS NOT m.stamp"
                )
                found.extend(
                    (table, base, dict(zip(names, values, strict=True)))
                    for base, *values in conn.execute(query)
                )
        return found

    def _note_refused(self, refused: dict[tuple[str, str], str]) -> None:
        if not refused:
            return
        # Name a refusal of its own, not one that only follows its record's.
        first = sorted(refused.items(), key=lambda item: (item[0][0] in _NAMING, item[0]))[0]
        (table, record), reason = first
        self._warnings.append(
            message(
                QT_TR_NOOP(
                    "the hub refused {count} changes, undone on this computer; "
                    "the first: {table} {record}: {reason}"
                ),
                count=len(refused),
                table=table,
                record=record[:8],
                reason=reason,
            )
        )
