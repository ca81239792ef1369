"""The leader's checklist for the chosen unit and period: made, worked through, exported."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.checklists import (
    Period,
    PeriodKind,
    plan_copy_forward,
    plan_from_catalogue,
)
from fredapp.core.models import Checklist, ChecklistItem
from fredapp.ui.a11y import label_for_screen_readers
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import ERROR_PROPERTY, show_error, show_info
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.sickleave import checklist_actions, checklist_output
from fredapp.ui.sickleave.checklist_model import (
    NOTE,
    TITLE,
    ChecklistDelegate,
    ChecklistItemModel,
    ChecklistView,
)
from fredapp.ui.sickleave.checklist_periods import offered_periods, period_label

PERIOD_KIND_KEY = "sickleave/period_kind"


class ChecklistPage(QWidget):
    def __init__(
        self,
        context: AppContext,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.today = today
        self.lineage_id: uuid.UUID | None = None
        self.unit_name = ""
        self.checklist_id: uuid.UUID | None = None
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of period"))
        for kind, text in (
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            self.kind_box.addItem(text, kind.value)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(self.tr("Period"))
        self.period_box.setMinimumContentsLength(14)
        self._build_buttons()
        # Asked before a checklist is deleted; True deletes it (tests answer for the person).
        self.confirm_delete: Callable[[str], bool] = self._confirm_delete
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setTextVisible(True)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self._build_view()
        self._build_layout()
        self._connect()
        saved_kind = QSettings().value(PERIOD_KIND_KEY, PeriodKind.MONTH.value)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(saved_kind)))

    def _build_buttons(self) -> None:
        self.create_button = QPushButton(self.tr("&New from the toolkit"))
        self.create_button.setAccessibleName(self.tr("New checklist from the toolkit"))
        self.copy_button = QPushButton(self.tr("&Copy open items from the previous period"))
        self.copy_button.setAccessibleName(self.tr("Copy open items from the previous period"))
        self.add_item_button = QPushButton(self.tr("&Add a task…"))
        self.add_item_button.setAccessibleName(self.tr("Add a task of your own to the checklist"))
        self.delete_button = QPushButton(self.tr("Delete chec&klist…"))
        self.delete_button.setAccessibleName(self.tr("Delete the checklist made by mistake"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the checklist as PDF"))
        self.xlsx_button = QPushButton(self.tr("Export E&xcel…"))
        self.xlsx_button.setAccessibleName(self.tr("Export the checklist as an Excel workbook"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the checklist"))

    def _build_view(self) -> None:
        self.model = ChecklistItemModel(self._context, today=lambda: self.today())
        self.model.error_handler = self.show_message
        self.view = ChecklistView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChecklistDelegate(self.view))
        self.view.setAccessibleName(self.tr("Checklist items"))
        self.view.setAccessibleDescription(
            self.tr("Space marks the item done or not done; Enter edits the note.")
        )
        self.view.setSelectionBehavior(ChecklistView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(ChecklistView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            ChecklistView.EditTrigger.DoubleClicked
            | ChecklistView.EditTrigger.EditKeyPressed
            | ChecklistView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(TITLE, 280)

    def _connect(self) -> None:
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        self.period_box.currentIndexChanged.connect(lambda _i: self.load_checklist())
        self.create_button.clicked.connect(self.create_from_catalogue)
        self.copy_button.clicked.connect(self.copy_forward)
        self.add_item_button.clicked.connect(self.ask_add_item)
        self.delete_button.clicked.connect(self.delete_checklist)
        self.pdf_button.clicked.connect(lambda: checklist_output.ask_pdf(self))
        self.xlsx_button.clicked.connect(lambda: checklist_output.ask_table(self))
        self.print_button.clicked.connect(self.print_checklist)
        self.model.progress_changed.connect(self._show_progress)
        self.model.modelReset.connect(self._show_progress)
        subscribe(self._context, [Checklist], self._on_batch, self)
        subscribe(self._context, [ChecklistItem], self._item_saved, self)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        period_label = QLabel(self.tr("P&eriod:"))
        period_label.setBuddy(self.kind_box)
        top.addWidget(period_label)
        top.addWidget(self.kind_box)
        top.addWidget(self.period_box)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.print_button)
        make = QHBoxLayout()
        make.addWidget(self.create_button)
        make.addWidget(self.copy_button)
        make.addStretch(1)
        make.addWidget(self.add_item_button)
        make.addWidget(self.delete_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(make)
        layout.addLayout(progress_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        # "Period:" beside it labels the kind box; this one would be read as just its value.
        label_for_screen_readers(self.period_box, self.period_box.accessibleName())

    # -- unit and period -------------------------------------------------------------------

    def set_unit(self, lineage_id: uuid.UUID | None, name: str = "") -> None:
        self.lineage_id = lineage_id
        self.unit_name = name
        self.fill_periods()

    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind_box.currentData() or PeriodKind.MONTH.value)

    def period(self) -> Period | None:
        text = self.period_box.currentData()
        return Period.parse(text) if text else None

    def select_period(self, period: Period | str) -> None:
        period = Period.parse(str(period))
        if period.kind is not self.period_kind():
            self.kind_box.setCurrentIndex(self.kind_box.findData(period.kind.value))
        index = self.period_box.findData(str(period))
        if index < 0:
            self.fill_periods(extra=period)
            index = self.period_box.findData(str(period))
        self.period_box.setCurrentIndex(index)

    def _kind_chosen(self) -> None:
        QSettings().setValue(PERIOD_KIND_KEY, self.period_kind().value)
        self.fill_periods()

    def fill_periods(self, extra: Period | None = None) -> None:
        kind = self.period_kind()
        current = Period.containing(self.today(), kind)
        chosen = self.period_box.currentData()
        existing: set[str] = set()
        if self.lineage_id is not None:
            existing = set(queries.checklist_periods(self._context.database, self.lineage_id))
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in offered_periods(current, existing, extra):
            label = self.period_label(period)
            if str(period) in existing:
                label = self.tr("%1 ✓").replace("%1", label)
            self.period_box.addItem(label, str(period))
        wanted = chosen if chosen and self.period_box.findData(chosen) >= 0 else str(current)
        if extra is not None:
            wanted = str(extra)
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(wanted)))
        self.period_box.blockSignals(False)
        self.load_checklist()

    def period_label(self, period: Period) -> str:
        return period_label(period)

    def load_checklist(self) -> None:
        period = self.period()
        checklist_id = None
        if self.lineage_id is not None and period is not None:
            found = queries.checklist_for(self._context.database, self.lineage_id, str(period))
            checklist_id = found.id if found else None
        self.checklist_id = checklist_id
        self.model.set_checklist(checklist_id)
        self._update_state()

    def _update_state(self) -> None:
        has_unit = self.lineage_id is not None and self.period() is not None
        has = self.checklist_id is not None
        self.create_button.setEnabled(has_unit and not has)
        self.copy_button.setEnabled(has_unit and not has)
        self.add_item_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.pdf_button.setEnabled(has)
        self.xlsx_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.view.setVisible(has)
        self.empty_label.setVisible(not has)
        if not has_unit:
            self.empty_label.setText(self.tr("Choose a unit to see its checklists."))
        elif not has:
            self.empty_label.setText(
                self.tr(
                    "%1 has no checklist for %2 yet. Make one from the toolkit, or copy the "
                    "items still open from the previous period."
                )
                .replace("%1", self.unit_name)
                .replace("%2", self.period_box.currentText())
            )

    def _show_progress(self) -> None:
        progress = self.model.progress()
        self.progress_bar.setMaximum(max(1, progress.relevant))
        self.progress_bar.setValue(progress.done)
        self.progress_bar.setFormat(
            self.tr("%1 of %2 done")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.relevant))
        )
        text = self.tr("%1 of %n relevant item(s) done", "", progress.relevant).replace(
            "%1", str(progress.done)
        )
        if progress.overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(progress.overdue))
        self.progress_label.setText(text)
        self.progress_bar.setVisible(self.checklist_id is not None)
        self.progress_label.setVisible(self.checklist_id is not None)

    def show_message(self, text: str, error: bool = True) -> None:
        (show_error if error else show_info)(self.message_label, text)
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.message_label.text(), 8000)

    # -- making checklists -----------------------------------------------------------------

    def create_from_catalogue(self) -> bool:
        return checklist_actions.create(self, plan_from_catalogue, self.tr("New checklist %1"))

    def copy_forward(self) -> bool:
        text = self.tr("Copy open items into %1")
        return checklist_actions.create(self, plan_copy_forward, text)

    def _on_batch(self, _batch: Batch) -> None:
        self.fill_periods()

    def _item_saved(self, batch: Batch) -> None:
        # An edit went through: a refusal shown before it is dealt with.
        if not batch.received and self.message_label.property(ERROR_PROPERTY):
            self.message_label.clear()
            show_info(self.message_label, "")

    # -- a task of one's own, a checklist made by mistake -----------------------------------

    def ask_add_item(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("Add a task"), self.tr("What is to be done:")
        )
        if ok:
            self.add_item(title)

    def add_item(self, title: str) -> bool:
        """A task of the leader's own, last in the list; one undo step."""
        return checklist_actions.add_item(self, title)

    def delete_checklist(self) -> bool:
        """After a confirmation: the checklist and its items, as one undoable operation."""
        return checklist_actions.delete_checklist(self)

    def _confirm_delete(self, what: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete checklist"),
            self.tr(
                "Delete the checklist %1 with all its items? Undo (Ctrl+Z) brings it back."
            ).replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- print and export (checklist_output.py) -------------------------------------------

    @property
    def context(self) -> AppContext:
        return self._context

    def default_file_name(self, suffix: str) -> str:
        return checklist_output.default_file_name(self, suffix)

    def document_html(self) -> str:
        return checklist_output.document_html(self)

    def print_checklist(self) -> bool:
        """Print through the system's print dialog, for the meeting with the safety rep."""
        return checklist_output.print_checklist(self)

    def export_pdf(self, path: Path) -> bool:
        return checklist_output.export_pdf(self, path)

    def export_table(self, path: Path) -> bool:
        return checklist_output.export_table(self, path)
