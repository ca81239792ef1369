"""A milestone's dialog (title, date, measure, notes) and the timeline's add, edit and delete.

The dialog asks the core before it closes (``check``): a refused value (an empty title, a
date outside 1900–2099) is said next to the buttons with the core's words, its field marked,
and what was typed stays. :class:`MilestoneEditor` turns each action into one operation and
one undo step (:func:`fredapp.ui.undo.push_operation`), as the timeline's date changes are.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.errors import FredAppError
from fredapp.core.models import Milestone
from fredapp.core.operations import Operation
from fredapp.core.timeline import add_milestone, delete_milestone, edit_milestone
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.error_label import mark_field, show_error
from fredapp.ui.messages import error_text, refused_field
from fredapp.ui.undo import push_operation

DATE_FORMAT = "dd.MM.yyyy"  # Norwegian, with the whole year (the core's bounds are years)


@dataclass
class MilestoneValues:
    title: str
    date: dt.date
    measure_id: uuid.UUID | None
    notes: str


class MilestoneDialog(QDialog):
    """Title, date (calendar popup), measure («None» or a measure's code and title), notes."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        values: MilestoneValues,
        measures: list[tuple[uuid.UUID, str]],
        new: bool,
        check: Callable[[MilestoneValues], BaseException | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("New milestone") if new else self.tr("Edit milestone"))
        self.setAccessibleName(self.windowTitle())
        self.title_edit = QLineEdit(values.title)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDate(QDate(values.date.year, values.date.month, values.date.day))
        self.measure_box = QComboBox()
        self.measure_box.addItem(self.tr("None"), None)
        for measure_id, text in measures:
            self.measure_box.addItem(text, measure_id)
        # not findData: it compares the UUIDs by identity, not by value
        found = [
            i
            for i in range(self.measure_box.count())
            if self.measure_box.itemData(i) == values.measure_id
        ]
        if not found and values.measure_id is not None:  # a measure the board no longer has
            self.measure_box.addItem(self.tr("(a deleted measure)"), values.measure_id)
            found = [self.measure_box.count() - 1]
        self.measure_box.setCurrentIndex(found[0] if found else 0)
        self.notes_edit = QPlainTextEdit(values.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem"))
        form = QFormLayout()
        for widget, text, name in (
            (self.title_edit, self.tr("&Title:"), self.tr("Title")),
            (self.date_edit, self.tr("&Date:"), self.tr("Date")),
            (self.measure_box, self.tr("&Measure:"), self.tr("Measure the milestone belongs to")),
            (self.notes_edit, self.tr("&Notes:"), self.tr("Notes")),
        ):
            widget.setAccessibleName(name)
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.title_edit.setFocus()

    def values(self) -> MilestoneValues:
        qdate = self.date_edit.date()
        return MilestoneValues(
            self.title_edit.text().strip(),
            dt.date(qdate.year(), qdate.month(), qdate.day()),
            self.measure_box.currentData(),
            self.notes_edit.toPlainText(),
        )

    def _fields(self) -> dict[str, QWidget]:
        return {
            "title": self.title_edit,
            "date": self.date_edit,
            "measure_id": self.measure_box,
            "notes": self.notes_edit,
        }

    def accept(self) -> None:
        refused = self._check(self.values()) if self._check is not None else None
        widget = None
        if refused is not None:
            widget = self._fields().get(refused_field(refused) or "", self.title_edit)
        for field_widget in self._fields().values():
            mark_field(field_widget, field_widget is widget)
        if refused is not None:
            show_error(self.message, error_text(refused))
            if widget is not None:
                widget.setFocus()
            return  # open, with what was typed
        super().accept()


class MilestoneEditor:
    """The timeline's milestone actions: each one operation, one undo step."""

    def __init__(self, parent: QWidget, model: MeasureTableModel) -> None:
        self.parent = parent
        self.model = model
        self.error_handler: Callable[[str], None] = lambda message: None
        self.run_dialog: Callable[[MilestoneDialog], bool] = lambda dialog: bool(dialog.exec())
        self.done: Callable[[uuid.UUID], None] = lambda milestone_id: None  # choose it after

    def _measures(self) -> list[tuple[uuid.UUID, str]]:
        return [(m.id, f"{m.code} {m.title}") for m in self.model.records()]

    def _stored(self, milestone_id: uuid.UUID) -> Milestone | None:
        return queries.record(self.model.context.database, Milestone, milestone_id)

    def _ask(
        self,
        values: MilestoneValues,
        new: bool,
        plan: Callable[[MilestoneValues], Operation | None],
    ) -> bool:
        """Show the dialog; on OK push what ``plan`` makes of its values (checked first)."""
        planned: list[Operation | None] = []

        def check(values: MilestoneValues) -> BaseException | None:
            planned.clear()
            try:
                planned.append(plan(values))
            except FredAppError as exc:
                return exc
            return None

        dialog = MilestoneDialog(
            self.parent, values=values, measures=self._measures(), new=new, check=check
        )
        if not self.run_dialog(dialog) or not planned or planned[0] is None:
            return False
        return self._push(planned[0])

    def _push(self, operation: Operation) -> bool:
        context = self.model.context
        try:
            push_operation(context.undo_stack, context.service, operation)
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return False
        self.done(operation.changes[0].record_id)
        return True

    def new(self, date: dt.date | None = None, measure_id: uuid.UUID | None = None) -> bool:
        """A new milestone on ``date`` (today when None), of ``measure_id`` if given."""
        service = self.model.context.service
        values = MilestoneValues("", date or self.model.today(), measure_id, "")

        def plan(v: MilestoneValues) -> Operation:
            label = QCoreApplication.translate("MilestoneEditor", "New milestone %1").replace(
                "%1", v.title
            )
            return add_milestone(
                service, v.title, v.date, label, measure_id=v.measure_id, notes=v.notes
            )

        return self._ask(values, True, plan)

    def edit(self, milestone_id: uuid.UUID) -> bool:
        stored = self._stored(milestone_id)
        if stored is None:
            return False
        service = self.model.context.service
        values = MilestoneValues(stored.title, stored.date, stored.measure_id, stored.notes)

        def plan(v: MilestoneValues) -> Operation | None:
            label = QCoreApplication.translate("MilestoneEditor", "Edit milestone %1").replace(
                "%1", v.title
            )
            return edit_milestone(
                service,
                milestone_id,
                label,
                title=v.title,
                date=v.date,
                measure_id=v.measure_id,
                notes=v.notes,
            )

        return self._ask(values, False, plan)

    def delete(self, milestone_id: uuid.UUID) -> bool:
        stored = self._stored(milestone_id)
        if stored is None:
            return False
        label = QCoreApplication.translate("MilestoneEditor", "Delete milestone %1").replace(
            "%1", stored.title
        )
        try:
            operation = delete_milestone(self.model.context.service, milestone_id, label)
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return False
        context = self.model.context
        push_operation(context.undo_stack, context.service, operation)
        return True


__all__ = ["MilestoneDialog", "MilestoneEditor", "MilestoneValues"]
