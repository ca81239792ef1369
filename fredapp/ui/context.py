"""What every part of the window shares: the database, the service and the undo stack."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack

from fredapp.core.db import Database
from fredapp.core.operations import Operation
from fredapp.core.service import DataService


class ChangeHub(QObject):
    """Relays the service's operations as a Qt signal.

    Views subscribe through :mod:`fredapp.ui.refresh` rather than to the service, so Qt
    drops the connection when a view is destroyed and no stale view is ever called.
    """

    sync_released = Signal()  # the last hold on sync ended (see AppContext.sync_held)
    # Once per operation or per sync, with all of it (fredapp.core.operations.Operation);
    # views subscribe through fredapp.ui.refresh rather than connect to it.
    operation = Signal(object)

    def relay_operation(self, operation: Operation) -> None:
        self.operation.emit(operation)


class AppContext:
    def __init__(self, database: Database, service: DataService) -> None:
        self.database = database
        self.service = service
        self.undo_stack = QUndoStack()
        self.changes = ChangeHub()
        service.operation_listeners.append(self.changes.relay_operation)
        self.sync_holds = 0
        self.sync_running: Callable[[], bool] = lambda: False  # set by the sync controller

    @contextmanager
    def sync_held(self, longest_wait_s: float = 120.0) -> Iterator[None]:
        """No sync lands while this runs: an import plans against the data in a thread and
        writes afterwards, and a sync in between would make the plan stale.

        A sync already running is let finish first; one due meanwhile waits for the end.
        """
        # Held before the wait: a sync coming due while the running one ends (its "again",
        # the poll, the watcher) must wait for the end too, not start and prolong the wait.
        self.sync_holds += 1
        try:
            self._wait_for_running_sync(longest_wait_s)
            yield
        finally:
            self.sync_holds -= 1
            if not self.sync_holds:
                self.changes.sync_released.emit()

    def _wait_for_running_sync(self, longest_wait_s: float) -> None:
        if not self.sync_running():
            return
        # Seconds at most (a first sync at ten times municipality size took 3 s): the window
        # repaints and shows it is busy, but takes no input meanwhile.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            deadline = time.monotonic() + longest_wait_s
            while self.sync_running() and time.monotonic() < deadline:
                QCoreApplication.processEvents(
                    QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50
                )
                time.sleep(0.01)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def close(self) -> None:
        self.service.operation_listeners.remove(self.changes.relay_operation)
        self.database.close()
