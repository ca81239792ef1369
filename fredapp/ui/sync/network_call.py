"""One network call in a thread, its answer (or error) sent back to the UI thread.

The sync settings test a connection and wait for a browser sign-in this way, so the dialog
never freezes on the network.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class NetworkCall(QObject):
    """Runs one network call in a thread; its answer (or error) comes back on the UI thread."""

    done = Signal(object, object)  # result, error
    open_url = Signal(str)

    def start(self, work: Callable[[], Any]) -> None:
        def run() -> None:
            try:
                result = work()
            except Exception as exc:  # shown to the user, never lost
                self.done.emit(None, exc)
            else:
                self.done.emit(result, None)

        threading.Thread(target=run, name="sync-settings", daemon=True).start()
