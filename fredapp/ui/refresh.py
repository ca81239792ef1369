"""One refresh rule for the window's views.

A view subscribes once, with the tables it shows and a callback. The callback hears ONE
batch per operation (a user action, an undo, an import) and ONE per sync, whatever the
number of records in it: a :class:`fredapp.core.operations.Operation` with every change,
and in ``reload`` the tables a large sync brought more of than it names (reload those
wholesale). The view refreshes what the batch touched, or reloads once.

The subscription is a QObject child of the view, so it ends with the view and no stale
view is ever called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject

from fredapp.core.models import Synced
from fredapp.core.operations import Operation
from fredapp.ui.context import AppContext

Batch = Operation
TableLike = type[Synced] | str


def table_name(table: TableLike) -> str:
    return table if isinstance(table, str) else str(table.__tablename__)


class Subscription(QObject):
    """Calls ``callback`` once per batch that touches one of ``tables``."""

    def __init__(
        self,
        context: AppContext,
        tables: Iterable[TableLike],
        callback: Callable[[Batch], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.tables = frozenset(table_name(table) for table in tables)
        self._callback = callback
        context.changes.operation.connect(self._heard)

    def _heard(self, batch: Batch) -> None:
        if batch.touches(*self.tables):
            self._callback(batch)


def subscribe(
    context: AppContext,
    tables: Iterable[TableLike],
    callback: Callable[[Batch], None],
    parent: QObject,
) -> Subscription:
    """Register a view once: ``callback(batch)`` after each operation or sync touching
    ``tables`` (model classes or table names)."""
    return Subscription(context, tables, callback, parent)
