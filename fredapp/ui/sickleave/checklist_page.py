"""The leader's checklist for the chosen unit and period: made, worked through, exported."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
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
    plan_add_item,
    plan_copy_forward,
    plan_delete_checklist,
    plan_from_catalogue,
)
from fredapp.core.errors import FredAppError, ValidationError
from fredapp.core.messages import Message
from fredapp.core.models import Checklist, ChecklistItem
from fredapp.core.operations import Operation
from fredapp.core.service import Change
from fredapp.ui.a11y import label_for_screen_readers
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import ERROR_PROPERTY, show_error, show_info
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.messages import error_text, message_text
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.sickleave.checklist_model import (
    NOTE,
    TITLE,
    ChecklistDelegate,
    ChecklistItemModel,
    ChecklistView,
)
from fredapp.ui.undo import push_operation

PERIOD_KIND_KEY = "sickleave/period_kind"
_BACK = {PeriodKind.MONTH: 12, PeriodKind.QUARTER: 8, PeriodKind.YEAR: 4}


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
        self.create_button = QPushButton(self.tr("&New from the toolkit"))
        self.create_button.setAccessibleName(self.tr("New checklist from the toolkit"))
        self.copy_button = QPushButton(self.tr("&Copy open items from the previous period"))
        self.copy_button.setAccessibleName(self.tr("Copy open items from the previous period"))
        self.add_item_button = QPushButton(self.tr("&Add a task…"))
        self.add_item_button.setAccessibleName(self.tr("Add a task of your own to the checklist"))
        self.delete_button = QPushButton(self.tr("Delete chec&klist…"))
        self.delete_button.setAccessibleName(self.tr("Delete the checklist made by mistake"))
        # Asked before a checklist is deleted; True deletes it (tests answer for the person).
        self.confirm_delete: Callable[[str], bool] = self._confirm_delete
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the checklist as PDF"))
        self.xlsx_button = QPushButton(self.tr("Export E&xcel…"))
        self.xlsx_button.setAccessibleName(self.tr("Export the checklist as an Excel workbook"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the checklist"))
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
        self.model = ChecklistItemModel(context, today=lambda: self.today())
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
        self._build_layout()
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        self.period_box.currentIndexChanged.connect(lambda _i: self.load_checklist())
        self.create_button.clicked.connect(self.create_from_catalogue)
        self.copy_button.clicked.connect(self.copy_forward)
        self.add_item_button.clicked.connect(self.ask_add_item)
        self.delete_button.clicked.connect(self.delete_checklist)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.xlsx_button.clicked.connect(self._ask_xlsx)
        self.print_button.clicked.connect(self.print_checklist)
        self.model.progress_changed.connect(self._show_progress)
        self.model.modelReset.connect(self._show_progress)
        subscribe(context, [Checklist], self._on_batch, self)
        subscribe(context, [ChecklistItem], self._item_saved, self)
        saved_kind = QSettings().value(PERIOD_KIND_KEY, PeriodKind.MONTH.value)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(saved_kind)))

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
        periods = {current.shifted(n) for n in range(-_BACK[kind], 2)}
        for text in existing:
            period = Period.parse(text)
            if period.kind is kind:
                periods.add(period)
        if extra is not None and extra.kind is kind:
            periods.add(extra)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in sorted(periods, reverse=True):
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
        if period.kind is PeriodKind.MONTH:
            name = QLocale().standaloneMonthName(period.number, QLocale.FormatType.LongFormat)
            return f"{name} {period.year}"
        if period.kind is PeriodKind.QUARTER:
            return (
                self.tr("Q%1 %2").replace("%1", str(period.number)).replace("%2", str(period.year))
            )
        return str(period.year)

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
        return self._create(plan_from_catalogue, self.tr("New checklist %1"))

    def copy_forward(self) -> bool:
        return self._create(plan_copy_forward, self.tr("Copy open items into %1"))

    def _create(self, planner: Callable[..., list[Change]], text: str) -> bool:
        period = self.period()
        if self.lineage_id is None or period is None:
            return False
        service = self._context.service
        try:
            changes = planner(service, self.lineage_id, period)
            for change in changes:
                service.validate(change)
        except ValidationError as exc:
            self.show_message(self._refusal_text(exc))
            return False
        # One operation: one transaction, one undo step; each change keeps its own label.
        label = text.replace("%1", f"{self.unit_name} {period}")
        push_operation(self._context.undo_stack, service, Operation(label, tuple(changes)))
        self.message_label.clear()
        self.fill_periods()
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(0, TITLE))
        return True

    def _refusal_text(self, exc: ValidationError) -> str:
        # A period in a refusal reads as the period box shows it ("januar 2024"), not "2024-01".
        values = {
            name: self.period_label(value) if isinstance(value, Period) else value
            for name, value in exc.message.values.items()
        }
        return message_text(Message(exc.message.template, values))

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
        if self.checklist_id is None:
            return False
        service = self._context.service
        try:
            change = plan_add_item(service, self.checklist_id, title)
            push_operation(
                self._context.undo_stack,
                service,
                Operation.named(self.tr("Add task: %1").replace("%1", title.strip()), [change]),
            )
        except ValidationError as exc:
            self.show_message(error_text(exc))
            return False
        row = self.model.rowCount() - 1
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(row, TITLE))
        return True

    def delete_checklist(self) -> bool:
        """After a confirmation: the checklist and its items, as one undoable operation."""
        period = self.period()
        if self.checklist_id is None or period is None:
            return False
        what = f"{self.unit_name} {self.period_label(period)}"
        if not self.confirm_delete(what):
            return False
        service = self._context.service
        changes = plan_delete_checklist(service, self.checklist_id)
        label = self.tr("Delete checklist %1").replace("%1", what)
        push_operation(self._context.undo_stack, service, Operation.named(label, changes))
        self.show_message(
            self.tr("Deleted the checklist %1. Undo (Ctrl+Z) brings it back.").replace("%1", what),
            error=False,
        )
        return True

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

    # -- export ----------------------------------------------------------------------------

    def default_file_name(self, suffix: str) -> str:
        period = self.period()
        name = f"sjekkliste {self.unit_name} {period}".strip()
        return "".join(c if c.isalnum() or c in " -_" else "_" for c in name) + suffix

    def _ask_pdf(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export checklist as PDF"),
            str(Path.home() / self.default_file_name(".pdf")),
            self.tr("PDF document (*.pdf)"),
        )
        if path:
            self.export_pdf(Path(path))

    def _ask_xlsx(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export checklist as Excel"),
            str(Path.home() / self.default_file_name(".xlsx")),
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        )
        if path:
            self.export_table(Path(path))

    def document_html(self) -> str:
        from fredapp.ui.sickleave.export import checklist_html

        period = self.period()
        label = self.period_label(period) if period else ""
        return checklist_html(self.unit_name, label, self.model.items(), self.today())

    def print_checklist(self) -> bool:
        """Print through the system's print dialog, for the meeting with the safety rep."""
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.checklist_id is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print checklist"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        from fredapp.ui.sickleave.export import page_form, print_form

        print_form(page_form(self), printer)  # the same form as the PDF
        return True

    def export_pdf(self, path: Path) -> bool:
        """One checklist, written aside; no progress: the largest at demo scale 10 (20 of the
        20 000 items) took 0.01 s as PDF and 0.03 s as XLSX."""
        from fredapp.ui.sickleave.export import page_form, write_checklist_pdf

        if self.checklist_id is None or self.period() is None:
            return False
        try:
            write_checklist_pdf(path, page_form(self))
        except FredAppError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return False
        self.show_message(
            self.tr("Exported the checklist to %1").replace("%1", str(path)), error=False
        )
        return True

    def export_table(self, path: Path) -> bool:
        from fredapp.core.io.checklist import export_one_checklist
        from fredapp.ui.labels import sheet_words

        if self.checklist_id is None:
            return False
        try:
            export_one_checklist(
                self._context.database, self.checklist_id, path, words=sheet_words()
            )
        except FredAppError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return False
        self.show_message(
            self.tr("Exported the checklist to %1").replace("%1", str(path)), error=False
        )
        return True
