"""The hub interface: what the merge engine asks of wherever the shared data lives, and its errors.

A hub hands out a verified local SQLite copy of the shared data (a :class:`Snapshot`) and
takes a merged copy back, failing with :class:`HubChanged` when someone else published in
between. The shared-file hub (:mod:`fredapp.core.sync.hub`) and the server hub
(:mod:`fredapp.core.sync.remote`) both implement it.
"""

from __future__ import annotations

import abc
import contextlib
from dataclasses import dataclass
from pathlib import Path

from fredapp.core.errors import FredAppError
from fredapp.core.messages import Message


class SyncError(FredAppError):
    """Sync could not run; the message says why in one line. Nothing was changed."""


class HubUnavailable(SyncError):
    """The shared file is not reachable (offline, share not mounted)."""


class HubLocked(SyncError):
    """Another FredApp held the lock for longer than we waited."""


class HubRefused(SyncError):
    """The shared file is damaged, not FredApp's, or from a newer FredApp."""


class HubSignInRefused(HubRefused):
    """The sync hub refused who the user is (a token unknown, expired, revoked, for another
    hub): the user must sign in again; the data was not looked at."""


class HubChanged(Exception):
    """The shared file changed since it was read: merge again."""


@dataclass
class Snapshot:
    """A verified local copy of shared data, ready to merge."""

    path: Path
    # What the source looked like when read; None: it did not exist.
    token: tuple[object, ...] | None = None
    source: Path | None = None
    created: bool = False  # the hub had no data yet
    upgraded: bool = False  # the copy was upgraded from an older schema


class Hub(abc.ABC):
    """The shared end of sync, wherever it lives."""

    @abc.abstractmethod
    def describe(self) -> str:
        """A stable name for this hub (remembered with the sync state)."""

    @abc.abstractmethod
    def fingerprint(self) -> str:
        """Cheap: changes whenever the shared data may have changed. Raises HubUnavailable."""

    @abc.abstractmethod
    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the hub's write lock."""

    @abc.abstractmethod
    def pull(self, workdir: Path) -> Snapshot:
        """A verified copy of the shared data in ``workdir``."""

    def extra_sources(self, workdir: Path) -> tuple[list[Snapshot], list[Message]]:
        """Other copies to merge in (cloud conflict copies), and warnings about unusable ones."""
        return [], []

    @abc.abstractmethod
    def publish(self, snapshot: Snapshot, merged: Path) -> None:
        """Replace the shared data with ``merged``; HubChanged if it changed since ``pull``."""

    def set_aside(self, extras: list[Snapshot]) -> list[Path]:
        return []

    def settled_fingerprint(self, snapshot: Snapshot) -> str:
        """The fingerprint to remember after a sync that pulled ``snapshot``.

        A shared file is read again under the lock; a server hub answers with the cursor the
        snapshot was pulled at, since others may publish while the lock-free sync ends.
        """
        return self.fingerprint()

    def take_warnings(self) -> list[Message]:
        """What publishing left to tell (records a server hub refused); emptied by reading."""
        return []

    def withdraw(self, database: Path) -> int:
        """Before merging: take out of the local ``database`` what the hub no longer lets its
        user hold (a server hub: other units' private rows, records it refused). How many."""
        return 0
