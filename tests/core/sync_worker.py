"""Run as a script by the crash and concurrency tests: edit, sync, repeat.

    python sync_worker.py LOCAL SHARED NAME ROUNDS

Each round creates one measure coded NAME-<n> (printed before the sync) and syncs.
ROUNDS 0 means until killed.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from fredapp.core.db import open_database
from fredapp.core.models import Measure
from fredapp.core.service import DataService
from fredapp.core.sync import FileHub, SyncError, sync


def main() -> None:
    local, shared, name, rounds = (
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        sys.argv[3],
        int(sys.argv[4]),
    )
    database = open_database(local)
    service = DataService(database, author=name)
    hub = FileHub(shared, lock_timeout=120, stale_after=30)
    for number in count(1) if rounds == 0 else range(1, rounds + 1):
        code = f"{name}-{number}"
        service.create(Measure, code=code, title=code, dimension="S", level="stab", notes=code)
        print(f"created {code}", flush=True)
        try:
            sync(local, hub, clock=service.clock)
        except SyncError as exc:
            print(f"sync failed: {exc}", flush=True)
            raise
        print(f"synced {code}", flush=True)
    database.close()


if __name__ == "__main__":
    main()
