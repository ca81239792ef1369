"""What every part of the window shares: the database, the service and the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from fredapp.core.db import Database
from fredapp.core.service import Change, DataService


class ChangeHub(QObject):
    """Relays the service's change notices as a Qt signal.

    Views connect to the signal rather than to the service, so Qt drops the
    connection when a view is destroyed and no stale view is ever called.
    """

    changed = Signal(object)

    def relay(self, change: Change) -> None:
        self.changed.emit(change)


class AppContext:
    def __init__(self, database: Database, service: DataService) -> None:
        self.database = database
        self.service = service
        self.undo_stack = QUndoStack()
        self.changes = ChangeHub()
        service.listeners.append(self.changes.relay)

    def close(self) -> None:
        self.service.listeners.remove(self.changes.relay)
        self.database.close()
