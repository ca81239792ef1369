"""One refresh rule for the window's views.

A view subscribes once, with the tables it shows and a callback. The callback hears ONE
batch per operation (a user action, an undo, an import) and ONE per sync, whatever the
number of records in it: a :class:`fredapp.core.operations.Operation` with every change,
and in ``reload`` the tables a large sync brought more of than it names (reload those
wholesale). The view refreshes what the batch touched, or reloads once.

With ``later``, the batches of one turn of the event loop (twenty edits in a row, an
operation and a sync landing together) reach the view as ONE batch, when the turn ends.

The subscription is a QObject child of the view, so it ends with the view and no stale
view is ever called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoStack

from fredapp.core.models import Synced
from fredapp.core.operations import REDO, UNDO, Operation
from fredapp.ui.context import AppContext

Batch = Operation
TableLike = type[Synced] | str


def table_name(table: TableLike) -> str:
    return table if isinstance(table, str) else str(table.__tablename__)


class Subscription(QObject):
    """Calls ``callback`` once per batch that touches one of ``tables`` (None: any)."""

    def __init__(
        self,
        context: AppContext,
        tables: Iterable[TableLike] | None,
        callback: Callable[[Batch], None],
        parent: QObject,
        later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.tables = None if tables is None else frozenset(table_name(t) for t in tables)
        self._callback = callback
        self._pending: list[Batch] = []
        self._timer: QTimer | None = None
        if later:
            self._timer = QTimer(self, singleShot=True, interval=0)
            self._timer.timeout.connect(self.flush)
        context.changes.operation.connect(self._heard)

    def _heard(self, batch: Batch) -> None:
        if self.tables is not None and not batch.touches(*self.tables):
            return
        if self._timer is None:
            self._callback(batch)
            return
        self._pending.append(batch)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Deliver what is waiting now, as one batch."""
        if self._timer is not None:
            self._timer.stop()
        pending, self._pending = self._pending, []
        if pending:
            self._callback(merged(pending))


def merged(batches: list[Batch]) -> Batch:
    """Several batches as one: every change, every table to reload."""
    if len(batches) == 1:
        return batches[0]
    return Batch(
        "",
        tuple(change for batch in batches for change in batch.changes),
        frozenset().union(*(batch.reload for batch in batches)),
        received=all(batch.received for batch in batches),
    )


def subscribe(
    context: AppContext,
    tables: Iterable[TableLike] | None,
    callback: Callable[[Batch], None],
    parent: QObject,
    *,
    later: bool = False,
) -> Subscription:
    """Register a view once: ``callback(batch)`` after each operation or sync touching
    ``tables`` (model classes or table names; None: every batch); with ``later`` once per
    turn of the event loop, whatever arrived in it."""
    return Subscription(context, tables, callback, parent, later)


def announcement(batch: Batch, stack: QUndoStack) -> str:
    """What a batch did, as the status bar says it: "Lagret: …", "Angret: …" or "Gjort om: …"
    with the action's name; '' for a batch with no name (a sync says so itself)."""
    from fredapp.ui.messages import translate_core  # the messages load the data layer late

    label = batch.changes[-1].label if batch.changes else batch.label
    text = translate_core(label) if label else stack.undoText()
    if not text:
        return ""
    said = {
        UNDO: QCoreApplication.translate("MainWindow", "Undone: %1"),
        REDO: QCoreApplication.translate("MainWindow", "Redone: %1"),
    }.get(batch.step, QCoreApplication.translate("MainWindow", "Saved: %1"))
    return said.replace("%1", text)
