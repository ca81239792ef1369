"""The items of one unit's checklist for one period, as a table the leader works through.

Space toggles an item done (with today's date), Enter edits its note, Delete clears a date,
the responsible person or the note; every edit is one step on the undo stack. Overdue items
are marked in words ("overdue") as well as in colour.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.calc.sickleave import Progress, is_overdue, progress
from fredapp.core.checklists import plan_status, plan_toggle_done
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Checklist, ChecklistItem, ItemStatus
from fredapp.core.service import Change
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.kepttext import KeepTypedDelegate
from fredapp.ui.itemmodels.listtable import ListTableModel
from fredapp.ui.messages import error_text
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.undo import push_change

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "ChecklistItemModel"

ITEM_STATUSES = {
    ItemStatus.NOT_STARTED.value: QT_TRANSLATE_NOOP("ChecklistItemModel", "Not started"),
    ItemStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("ChecklistItemModel", "In progress"),
    ItemStatus.DONE.value: QT_TRANSLATE_NOOP("ChecklistItemModel", "Done"),
    ItemStatus.NOT_RELEVANT.value: QT_TRANSLATE_NOOP("ChecklistItemModel", "Not relevant"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ChecklistItemModel", "Done"),
    QT_TRANSLATE_NOOP("ChecklistItemModel", "Task"),
    QT_TRANSLATE_NOOP("ChecklistItemModel", "Status"),
    QT_TRANSLATE_NOOP("ChecklistItemModel", "Responsible"),
    QT_TRANSLATE_NOOP("ChecklistItemModel", "Due"),
    QT_TRANSLATE_NOOP("ChecklistItemModel", "Done on"),
    QT_TRANSLATE_NOOP("ChecklistItemModel", "Note"),
)
CHECK, TITLE, STATUS, RESPONSIBLE, DUE, DONE_ON, NOTE = range(7)
FIELDS = {
    TITLE: "title",
    STATUS: "status",
    RESPONSIBLE: "responsible",
    DUE: "due_date",
    DONE_ON: "done_date",
    NOTE: "note",
}
DATE_COLUMNS = (DUE, DONE_ON)
OVERDUE_BACKGROUND = QColor("#FDE2E1")
OVERDUE_TEXT = QColor("#8B0000")


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(code: str) -> str:
    source = ITEM_STATUSES.get(code)
    return tr(source) if source else code


class ChecklistItemModel(ListTableModel):
    HEADER_CONTEXT = _CONTEXT
    HEADERS = HEADERS

    progress_changed = Signal()

    def __init__(self, context: AppContext, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._context = context
        self.today = today
        self.checklist_id: uuid.UUID | None = None
        self._items: list[ChecklistItem] = []
        self._rows: dict[uuid.UUID, int] = {}
        self.error_handler: Callable[[str], None] = lambda message: None
        subscribe(context, [Checklist, ChecklistItem], self._on_batch, self)

    # -- loading ---------------------------------------------------------------------------

    def set_checklist(self, checklist_id: uuid.UUID | None) -> None:
        self.checklist_id = checklist_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.checklist_id is None:
            self._items = []
        else:
            self._items = queries.checklist_items(self._context.database, self.checklist_id)
        self._rows = {item.id: row for row, item in enumerate(self._items)}
        self.endResetModel()
        self.progress_changed.emit()

    def item(self, row: int) -> ChecklistItem:
        return self._items[row]

    def items(self) -> list[ChecklistItem]:
        return list(self._items)

    def progress(self) -> Progress:
        return progress(self._items, self.today())

    # -- Qt model --------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        overdue = is_overdue(item, self.today())
        if role == Qt.ItemDataRole.CheckStateRole and column == CHECK:
            done = item.status == ItemStatus.DONE.value
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, column, overdue, role)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(item, FIELDS[column]) if column in FIELDS else None
            if column in DATE_COLUMNS:
                return QDate(value.year, value.month, value.day) if value else None
            return value
        if role == Qt.ItemDataRole.AccessibleTextRole and column == CHECK:
            return (
                QCoreApplication.translate("ChecklistItemModel", "Done")
                if item.status == ItemStatus.DONE.value
                else QCoreApplication.translate("ChecklistItemModel", "Not done")
            )
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if overdue and role == Qt.ItemDataRole.ForegroundRole and column == DUE:
            return QBrush(OVERDUE_TEXT)
        if overdue and role == Qt.ItemDataRole.FontRole and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, item: ChecklistItem, column: int, overdue: bool, role: int) -> Any:
        if column == CHECK:
            return None
        if column == STATUS:
            return status_label(item.status)
        if column == DUE:
            text = formatting.date(item.due_date)
            if not overdue:
                return text
            return QCoreApplication.translate("ChecklistItemModel", "%1 (overdue)").replace(
                "%1", text
            )
        if column == DONE_ON:
            return formatting.date(item.done_date)
        if column == NOTE and role == Qt.ItemDataRole.DisplayRole:
            return " ".join(item.note.split())  # one line in the table; the tooltip has it all
        return getattr(item, FIELDS[column])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        if index.column() == CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column == CHECK and role == Qt.ItemDataRole.CheckStateRole:
            done = self._items[row].status == ItemStatus.DONE.value
            wanted = _check_state(value) == Qt.CheckState.Checked
            return self.toggle_done(row) if wanted != done else False
        if role != Qt.ItemDataRole.EditRole or column not in FIELDS:
            return False
        item = self._items[row]
        service = self._context.service
        try:
            if column == STATUS:
                change = plan_status(service, item.id, str(value), self.today())
            else:
                change = service.plan_update(
                    ChecklistItem, item.id, **{FIELDS[column]: _field_value(column, value)}
                )
        except ValueError as exc:
            self.error_handler(error_text(exc))
            return False
        if column == TITLE and not str(value).strip():
            self.error_handler(
                QCoreApplication.translate("ChecklistItemModel", "A task needs a text.")
            )
            return False
        header = tr(HEADERS[column])
        return self._push(
            change,
            QCoreApplication.translate("ChecklistItemModel", "Edit %1: %2")
            .replace("%1", header)
            .replace("%2", item.title),
        )

    def toggle_done(self, row: int) -> bool:
        """Space: done ↔ not done, one undoable step."""
        if not 0 <= row < len(self._items):
            return False
        item = self._items[row]
        change = plan_toggle_done(self._context.service, item.id, self.today())
        done = item.status != ItemStatus.DONE.value
        text = (
            QCoreApplication.translate("ChecklistItemModel", "Mark done: %1")
            if done
            else QCoreApplication.translate("ChecklistItemModel", "Mark not done: %1")
        )
        return self._push(change, text.replace("%1", item.title))

    def clear(self, index: Index) -> bool:
        """Delete: empty a date, the responsible person or the note."""
        if not index.isValid() or index.column() not in (*DATE_COLUMNS, RESPONSIBLE, NOTE):
            return False
        empty = None if index.column() in DATE_COLUMNS else ""
        return self.setData(index, empty)

    def _push(self, change: Change | None, text: str) -> bool:
        if change is None:
            return False
        try:
            push_change(self._context.undo_stack, self._context.service, change, text)
        except ValidationError as exc:
            self.error_handler(error_text(exc))
            return False
        return True

    # -- following the service -------------------------------------------------------------

    def _on_batch(self, batch: Batch) -> None:
        """Once per operation or sync: the rows it changed, or one reload."""
        for change in batch.of(Checklist):
            if change.record_id == self.checklist_id and change.after.get("deleted") is True:
                self.set_checklist(None)
                return
        if self.checklist_id is None:
            return
        if batch.reloads(ChecklistItem):
            self.reload()
            return
        rows: set[int] = set()
        for change in batch.of(ChecklistItem):
            row = self._rows.get(change.record_id)
            if row is None:
                if change.after.get("checklist_id") == self.checklist_id:
                    self.reload()
                    return
            elif "deleted" in change.after or "sort_order" in change.after:
                self.reload()
                return
            else:
                rows.add(row)
        if not rows:
            return
        by_id = {self._items[row].id: row for row in rows}
        fresh = queries.records_by_id(self._context.database, ChecklistItem, by_id)
        for record_id, row in by_id.items():
            record = fresh.get(record_id)
            if record is not None:
                self._items[row] = record
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.progress_changed.emit()


def _check_state(value: Any) -> Qt.CheckState:
    if isinstance(value, Qt.CheckState):
        return value
    return Qt.CheckState(int(value))


def _field_value(column: int, value: Any) -> Any:
    if column in DATE_COLUMNS:
        if value is None or value == "":
            return None
        if isinstance(value, QDate):
            if not value.isValid():
                return None
            return dt.date(value.year(), value.month(), value.day())
        if isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value))
    return "" if value is None else str(value)


# -- editing -------------------------------------------------------------------------------


class ChecklistDelegate(KeepTypedDelegate):
    """A list of statuses for the status, a calendar for the dates; text for the rest (a
    refused text comes back in its editor, marked)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == STATUS:
            box = QComboBox(parent)
            box.setAccessibleName(QCoreApplication.translate("ChecklistItemModel", "Status"))
            for code in ITEM_STATUSES:
                box.addItem(status_label(code), code)
            return box
        if index.column() in DATE_COLUMNS:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(tr(HEADERS[index.column()]))
            return edit
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(tr(HEADERS[index.column()]))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        elif isinstance(editor, QDateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        else:
            super().setModelData(editor, model, index)


class ChecklistView(QTableView):
    """Keyboard first: Space toggles done, Enter edits the note, Delete clears a cell."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        current = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if isinstance(model, ChecklistItemModel) and current.isValid() and not editing and plain:
            key = event.key()
            if key == Qt.Key.Key_Space:
                model.toggle_done(current.row())
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                note = model.index(current.row(), NOTE)
                self.setCurrentIndex(note)
                self.edit(note)
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.clear(current)
                event.accept()
                return
        super().keyPressEvent(event)
