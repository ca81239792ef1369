"""The sync status as the window words it: the state, where sync goes, what a sync is doing.

The texts keep the translation context of the controller that shows them ("SyncController").
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class SyncState(Enum):
    OFF = "off"
    SYNCED = "synced"
    WAITING = "waiting"
    SYNCING = "syncing"
    OFFLINE = "offline"
    CONFLICTS = "conflicts"
    FAILED = "failed"
    SIGN_IN = "sign_in"  # the hub refused the sign-in: the user must sign in again


def status_text(
    state: SyncState, *, server: bool, message: str, conflicts: int, synced: dt.datetime | None
) -> str:
    """The status bar's words for ``state`` (``conflicts``: open after the last sync)."""
    if state is SyncState.OFF:
        return QCoreApplication.translate("SyncController", "Sync: not set up")
    if state is SyncState.SYNCING:
        return QCoreApplication.translate("SyncController", "Syncing…")
    if state is SyncState.WAITING:
        return QCoreApplication.translate("SyncController", "Changes waiting to sync")
    if state is SyncState.OFFLINE and server:
        return QCoreApplication.translate(
            "SyncController", "Offline: the hub is not reachable; syncs when it is back"
        )
    if state is SyncState.OFFLINE:
        return QCoreApplication.translate("SyncController", "Offline: shared file not reachable")
    if state is SyncState.SIGN_IN:  # why: in the tooltip, kept short
        return QCoreApplication.translate("SyncController", "Not synced: sign in again")
    if state is SyncState.FAILED:
        return QCoreApplication.translate("SyncController", "Not synced: %1").replace("%1", message)
    at = synced.strftime("%H:%M") if synced else "–"
    if state is SyncState.CONFLICTS:
        text = QCoreApplication.translate(
            "SyncController", "Synced at %1 · %Ln conflict(s) to look at", "", conflicts
        )
        return text.replace("%1", at)
    return QCoreApplication.translate("SyncController", "Synced at %1").replace("%1", at)


def where_text(hub_url: str | None, shared_file: Path | None) -> str:
    """Which the window syncs with: «Server: hub.example.no» or «Shared file: felles.sqlite»."""
    if hub_url is not None:
        host = urllib.parse.urlsplit(hub_url).netloc or hub_url
        return QCoreApplication.translate("SyncController", "Server: %1").replace("%1", host)
    if shared_file is not None:
        text = QCoreApplication.translate("SyncController", "Shared file: %1")
        return text.replace("%1", shared_file.name)
    return ""


def stage_names(server: bool) -> dict[str, str]:
    """What a sync is doing, by the stage its progress reports."""
    if server:
        read = QCoreApplication.translate("SyncController", "Receiving from the hub")
        write = QCoreApplication.translate("SyncController", "Sending to the hub")
    else:
        read = QCoreApplication.translate("SyncController", "Reading the shared file")
        write = QCoreApplication.translate("SyncController", "Writing the shared file")
    return {
        "read": read,
        "merge": QCoreApplication.translate("SyncController", "Merging"),
        "write": write,
    }
