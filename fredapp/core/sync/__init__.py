"""Sync: merge local databases through a shared hub (a file on a share, later a server)."""

from fredapp.core.sync.engine import (
    SyncResult,
    merge_databases,
    open_conflicts,
    pending_changes,
    sync,
)
from fredapp.core.sync.hub import (
    FileHub,
    Hub,
    HubLocked,
    HubRefused,
    HubUnavailable,
    SyncError,
    verify_database,
)
from fredapp.core.sync.merge import MergeCounts, merge

__all__ = [
    "FileHub",
    "Hub",
    "HubLocked",
    "HubRefused",
    "HubUnavailable",
    "MergeCounts",
    "SyncError",
    "SyncResult",
    "merge",
    "merge_databases",
    "open_conflicts",
    "pending_changes",
    "sync",
    "verify_database",
]
