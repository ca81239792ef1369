"""Edit every field of a measure, or make a new one with the next free code.

The dialog checks what it can before it closes (a code, a title, no duplicate code) and says
what is wrong next to the buttons; the tab turns the values into service changes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.calc.measures import (
    DIMENSION_ORDER,
    LEVEL_ORDER,
    STATUS_ORDER,
    is_duplicate_code,
    next_free_code,
)
from fredapp.core.errors import ValidationError
from fredapp.core.models import Measure
from fredapp.core.validation import date_order_problem
from fredapp.ui import labels
from fredapp.ui.error_label import mark_field, show_error
from fredapp.ui.messages import error_text, refused_field


@dataclass
class UnitChoice:
    unit_id: uuid.UUID
    lineage_id: uuid.UUID
    name: str


@dataclass
class MeasureValues:
    """What the dialog returns: the measure's fields and the unit lineages it changes."""

    fields: dict[str, Any]
    lineages: set[uuid.UUID] = field(default_factory=set)


class MeasureDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        measure: Measure | None,
        taken: list[tuple[uuid.UUID, str]],
        units: list[UnitChoice],
        linked: set[uuid.UUID],
        defaults: dict[str, str] | None = None,
        check: Callable[[MeasureValues], BaseException | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._measure = measure
        self._check = check
        self._taken = taken
        self._code_touched = measure is not None
        self.setWindowTitle(self.tr("Edit measure") if measure else self.tr("New measure"))
        self.setAccessibleName(self.windowTitle())
        defaults = defaults or {}

        self.code_edit = QLineEdit(measure.code if measure else "")
        self.title_edit = QLineEdit(measure.title if measure else "")
        self.dimension_box = self._combo(
            DIMENSION_ORDER,
            labels.dimension,
            measure.dimension if measure else defaults.get("dimension", DIMENSION_ORDER[0]),
            with_code=True,
        )
        self.level_box = self._combo(
            LEVEL_ORDER,
            labels.measure_level,
            measure.level if measure else defaults.get("level", LEVEL_ORDER[0]),
        )
        self.status_box = self._combo(
            STATUS_ORDER,
            labels.measure_status,
            measure.status if measure else defaults.get("status", STATUS_ORDER[0]),
        )
        self.owner_box = QComboBox()
        self.owner_box.addItem(self.tr("(no owner)"), None)
        for unit in units:
            self.owner_box.addItem(unit.name, unit.unit_id)
        owner = measure.owner_unit_id if measure else None
        # not findData: it compares Python objects (the UUIDs) by identity, not by value
        found = [i for i in range(self.owner_box.count()) if self.owner_box.itemData(i) == owner]
        self.owner_box.setCurrentIndex(found[0] if found else 0)
        self.start_check, self.start_edit = self._date_field(
            self.tr("Start date"), measure.start_date if measure else None
        )
        self.due_check = QCheckBox(self.tr("Due date"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        due = measure.due_date if measure else None
        self.due_check.setChecked(due is not None)
        shown = due or dt.date.today()
        self.due_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.due_edit.setEnabled(due is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.effect_spin = self._spin(1, 5, measure.effect if measure else 3)
        self.effort_spin = self._spin(1, 5, measure.effort if measure else 3)
        self.progress_spin = self._spin(0, 100, measure.progress if measure else 0)
        self.progress_spin.setSuffix(" %")
        self.notes_edit = QPlainTextEdit(measure.notes if measure else "")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.units_model = QStandardItemModel(self)
        for unit in units:
            item = QStandardItem(unit.name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(unit.lineage_id, Qt.ItemDataRole.UserRole)
            checked = unit.lineage_id in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.units_model.appendRow(item)
        self.units_view = QListView()
        self.units_view.setModel(self.units_model)
        self.units_view.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem"))
        for widget, name in (
            (self.code_edit, self.tr("Code")),
            (self.title_edit, self.tr("Title")),
            (self.dimension_box, self.tr("Dimension")),
            (self.level_box, self.tr("Level")),
            (self.status_box, self.tr("Status")),
            (self.owner_box, self.tr("Owner unit")),
            (self.start_check, self.tr("Has a start date")),
            (self.start_edit, self.tr("Start date")),
            (self.due_check, self.tr("Has a due date")),
            (self.due_edit, self.tr("Due date")),
            (self.effect_spin, self.tr("Effect, 1 to 5")),
            (self.effort_spin, self.tr("Effort, 1 to 5")),
            (self.progress_spin, self.tr("Progress in per cent")),
            (self.notes_edit, self.tr("Notes")),
            (self.units_view, self.tr("Units the measure changes")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self._label(self.tr("&Code:"), self.code_edit), self.code_edit)
        form.addRow(self._label(self.tr("&Title:"), self.title_edit), self.title_edit)
        form.addRow(self._label(self.tr("&Dimension:"), self.dimension_box), self.dimension_box)
        form.addRow(self._label(self.tr("&Level:"), self.level_box), self.level_box)
        form.addRow(self._label(self.tr("&Status:"), self.status_box), self.status_box)
        form.addRow(self._label(self.tr("&Owner unit:"), self.owner_box), self.owner_box)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_check)
        start_row.addWidget(self.start_edit, 1)
        form.addRow(self.tr("Start:"), start_row)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form.addRow(self.tr("Due:"), due_row)
        form.addRow(self._label(self.tr("&Effect:"), self.effect_spin), self.effect_spin)
        form.addRow(self._label(self.tr("Effo&rt:"), self.effort_spin), self.effort_spin)
        form.addRow(self._label(self.tr("&Progress:"), self.progress_spin), self.progress_spin)
        form.addRow(self._label(self.tr("&Notes:"), self.notes_edit), self.notes_edit)
        form.addRow(self._label(self.tr("Changes &units:"), self.units_view), self.units_view)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.code_edit.textEdited.connect(self._code_edited)
        self.dimension_box.currentIndexChanged.connect(self._suggest_code)
        self.level_box.currentIndexChanged.connect(self._suggest_code)
        if measure is None:
            # The proposed code is selected with the focus on it: typing replaces it, Tab
            # keeps it and goes on to the title.
            self._suggest_code()
            self.code_edit.setFocus()
            self.code_edit.selectAll()
        else:
            self.title_edit.setFocus()

    # -- building --------------------------------------------------------------------------

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _combo(
        codes: tuple[str, ...], name: Any, current: str, with_code: bool = False
    ) -> QComboBox:
        box = QComboBox()
        for code in codes:
            box.addItem(f"{code} – {name(code)}" if with_code else name(code), code)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    # -- behaviour -------------------------------------------------------------------------

    def _code_edited(self, text: str) -> None:
        self._code_touched = bool(text.strip())

    def _suggest_code(self) -> None:
        if self._code_touched:
            return
        codes = [code for _, code in self._taken]
        self.code_edit.setText(
            next_free_code(codes, self.dimension_box.currentData(), self.level_box.currentData())
        )
        self.code_edit.selectAll()  # still a proposal: typing in the box replaces it

    def problem(self) -> str:
        """What stops the dialog from closing with OK, or ''."""
        return self._problem()[0]

    def _problem(self) -> tuple[str, QWidget | None]:
        code = self.code_edit.text().strip()
        if not code:
            return self.tr("The code is empty."), self.code_edit
        own = self._measure.id if self._measure else None
        if is_duplicate_code(code, self._taken, own):
            text = self.tr("Another measure already has the code %1.").replace("%1", code)
            return text, self.code_edit
        if not self.title_edit.text().strip():
            return self.tr("The title is empty."), self.title_edit
        fields = self.values().fields
        # the core's own rule and words (the service sees only the date that changed)
        order = date_order_problem(fields["start_date"], fields["due_date"])
        if order is not None:
            return error_text(ValidationError(order)), self.start_edit
        return "", None

    def accept(self) -> None:
        problem, widget = self._problem()
        if not problem and self._check is not None:
            # The service's own rules, asked before closing: a refused value stays in the
            # dialog, marked, instead of being lost with it.
            refused = self._check(self.values())
            if refused is not None:
                problem, widget = error_text(refused), self._widget_of(refused_field(refused))
        for field_widget in self._field_widgets().values():
            mark_field(field_widget, field_widget is widget and bool(problem))
        if problem:
            show_error(self.message, problem)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "code": self.code_edit,
            "title": self.title_edit,
            "dimension": self.dimension_box,
            "level": self.level_box,
            "status": self.status_box,
            "owner_unit_id": self.owner_box,
            "start_date": self.start_edit,
            "due_date": self.due_edit,
            "effect": self.effect_spin,
            "effort": self.effort_spin,
            "progress": self.progress_spin,
            "notes": self.notes_edit,
        }

    def _widget_of(self, field_name: str | None) -> QWidget | None:
        return self._field_widgets().get(field_name or "")

    def _date_field(self, text: str, value: dt.date | None) -> tuple[QCheckBox, QDateEdit]:
        """A box that says whether there is a date, and the date (today's until ticked)."""
        check = QCheckBox(text)
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        check.setChecked(value is not None)
        shown = value or dt.date.today()
        edit.setDate(QDate(shown.year, shown.month, shown.day))
        edit.setEnabled(value is not None)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    @staticmethod
    def _date(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
        if not check.isChecked():
            return None
        qdate = edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def values(self) -> MeasureValues:
        due = self._date(self.due_check, self.due_edit)
        fields = {
            "code": self.code_edit.text().strip(),
            "title": self.title_edit.text().strip(),
            "dimension": self.dimension_box.currentData(),
            "level": self.level_box.currentData(),
            "status": self.status_box.currentData(),
            "owner_unit_id": self.owner_box.currentData(),
            "start_date": self._date(self.start_check, self.start_edit),
            "due_date": due,
            "effect": self.effect_spin.value(),
            "effort": self.effort_spin.value(),
            "progress": self.progress_spin.value(),
            "notes": self.notes_edit.toPlainText(),
        }
        lineages = {
            self.units_model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.units_model.rowCount())
            if self.units_model.item(row).checkState() == Qt.CheckState.Checked
        }
        return MeasureValues(fields, lineages)
