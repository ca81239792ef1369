"""A unit's monthly sick-leave figures: entry, target, the trend graph and the roll-up."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.calc.sickleave import (
    TrendPoint,
    add_months,
    check_figure,
    month_of,
    rollup_points,
    target_for,
    trend_points,
)
from fredapp.core.errors import Cancelled, FredAppError, ValidationError
from fredapp.core.models import SickLeaveFigure, SickLeaveTarget
from fredapp.core.operations import Operation
from fredapp.core.service import Change
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import mark_field, show_error, show_info
from fredapp.ui.messages import error_text
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.sickleave.figures_model import (
    FIELDS,
    HEADERS,
    FiguresModel,
    parse_cell,
    problem_text,
    tr,
)
from fredapp.ui.undo import push_change, push_operation
from fredapp.ui.workers import read_with_progress

if TYPE_CHECKING:
    from fredapp.ui.widgets.trend_plot import TrendPlot


class FiguresPage(QWidget):
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
        self.plot: TrendPlot | None = None
        self.model = FiguresModel(context, today=lambda: self.today())
        self.model.error_handler = self.show_message
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sick-leave figures per month"))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.entry: dict[str, QLineEdit] = {}
        for field, header in zip(FIELDS, HEADERS, strict=True):
            edit = QLineEdit()
            edit.setAccessibleName(tr(header))
            edit.returnPressed.connect(self.save_entry)
            self.entry[field] = edit
        self.entry["month"].setPlaceholderText(self.tr("YYYY-MM"))
        self.save_button = QPushButton(self.tr("&Save month"))
        self.save_button.setAccessibleName(self.tr("Save the month's figures"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import sick-leave figures from a file"))
        self.delete_button = QPushButton(self.tr("&Delete month"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected month's figures"))
        self.target_edit = QLineEdit()
        self.target_edit.setAccessibleName(self.tr("Target (%)"))
        self.target_edit.setMaximumWidth(80)
        self.target_edit.returnPressed.connect(self.save_target)
        self.target_button = QPushButton(self.tr("Set &target"))
        self.target_button.setAccessibleName(self.tr("Set the unit's target"))
        self.rollup_box = QCheckBox(self.tr("&Roll-up with the units below"))
        self.rollup_box.setAccessibleName(self.tr("Show the roll-up of the units below"))
        self.coverage_label = QLabel()
        self.coverage_label.setWordWrap(True)
        self.coverage_label.setAccessibleName(self.tr("What the graph covers"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.privacy_label = QLabel(
            self.tr(
                "Figures are per unit, never per person. A group of fewer than 5 employees "
                "is shown as “hidden (< 5)” and left out of roll-ups."
            )
        )
        self.privacy_label.setWordWrap(True)
        self.graph_holder = QVBoxLayout()
        self._build_layout()
        self.save_button.clicked.connect(self.save_entry)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self._ask_import)
        self.target_button.clicked.connect(self.save_target)
        self.rollup_box.toggled.connect(lambda _on: self.refresh_graph())
        subscribe(context, [SickLeaveFigure, SickLeaveTarget], self._on_batch, self)

    def _build_layout(self) -> None:
        form = QGridLayout()
        for column, (field, header) in enumerate(zip(FIELDS, HEADERS, strict=True)):
            label = QLabel(tr(header))
            label.setBuddy(self.entry[field])
            form.addWidget(label, 0, column)
            form.addWidget(self.entry[field], 1, column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        form.addLayout(buttons, 2, 0, 1, len(FIELDS))
        target_row = QHBoxLayout()
        target_label = QLabel(self.tr("Tar&get (%):"))
        target_label.setBuddy(self.target_edit)
        target_row.addWidget(target_label)
        target_row.addWidget(self.target_edit)
        target_row.addWidget(self.target_button)
        target_row.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.message_label)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(target_row)
        right_layout.addWidget(self.rollup_box)
        right_layout.addLayout(self.graph_holder, 1)
        right_layout.addWidget(self.coverage_label)
        right_layout.addWidget(self.privacy_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- unit ------------------------------------------------------------------------------

    def set_unit(self, lineage_id: uuid.UUID | None, name: str = "") -> None:
        self.lineage_id = lineage_id
        self.unit_name = name
        self.model.set_unit(lineage_id)
        target = target_for(self._context.database, lineage_id) if lineage_id else None
        self.target_edit.setText("" if target is None else formatting.number(target, 1))
        if not self.entry["month"].text():
            self.entry["month"].setText(add_months(month_of(self.today()), -1))
        self.entry["employees"].clear()
        self.propose_headcount()
        self.show_message("")
        self.refresh_graph()

    def typed_figures(self) -> bool:
        """Figures typed in the entry row and not saved (the month and employees alone are
        proposals, not the person's work)."""
        return any(self.entry[field].text().strip() for field in FIELDS[2:])

    def leave(self) -> bool:
        """Before another unit is shown: figures typed for this one are saved (one undo
        step, as with Save month); False when they are refused, so the person stays with
        the typed text and the field marked."""
        if not self.typed_figures():
            return True
        month, name = self.entry["month"].text().strip(), self.unit_name
        if not self.save_entry():
            return False
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(
                self.tr("Saved the figures typed for %1, %2.")
                .replace("%1", name)
                .replace("%2", month),
                8000,
            )
        return True

    def propose_headcount(self) -> None:
        """An empty "employees" field gets the unit's headcount from the organisation (the
        current scenario); the person may type another."""
        edit = self.entry["employees"]
        headcount = (
            queries.unit_headcount(self._context.database, self.lineage_id)
            if self.lineage_id
            else None
        )
        if edit.text().strip() or not headcount:
            edit.setToolTip("")
            return
        edit.setText(str(headcount))
        edit.setToolTip(
            self.tr(
                "Proposed from the organisation: %1 has %Ln employee(s).", "", headcount
            ).replace("%1", self.unit_name)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_plot()

    def ensure_plot(self) -> TrendPlot:
        """Build the graph the first time it is needed: pyqtgraph takes a while to import."""
        if self.plot is None:
            from fredapp.ui.widgets.trend_plot import TrendPlot

            self.plot = TrendPlot(self)
            self.graph_holder.addWidget(self.plot)
            self.refresh_graph()
        return self.plot

    def points(self) -> list[TrendPoint]:
        if self.lineage_id is None:
            return []
        if self.rollup_box.isChecked():
            return rollup_points(self._context.database, self.lineage_id)
        return trend_points(self._context.database, self.lineage_id)

    def refresh_graph(self) -> None:
        points = self.points()
        target = target_for(self._context.database, self.lineage_id) if self.lineage_id else None
        self._describe(points)
        if self.plot is not None:
            self.plot.set_series(points, target)

    def _describe(self, points: list[TrendPoint]) -> None:
        if not self.rollup_box.isChecked() or not points:
            self.coverage_label.setText(self.unit_name)
            return
        last = points[-1]
        text = (
            self.tr("Roll-up for %1, weighted by employees. %2: %3, %4.")
            .replace("%1", self.unit_name)
            .replace("%2", last.month)
            .replace("%3", self.tr("%Ln unit(s)", "", last.units_included))
            .replace("%4", self.tr("%Ln employee(s)", "", last.employees))
        )
        if last.units_hidden:
            text += " " + (
                self.tr(
                    "%n unit(s) with fewer than 5 employees (%1 in all) left out.",
                    "",
                    last.units_hidden,
                ).replace("%1", str(last.employees_hidden))
            )
        self.coverage_label.setText(text)

    def show_message(self, text: str, error: bool = True) -> None:
        (show_error if error else show_info)(self.message_label, text)
        if not (error and text):
            for edit in self.entry.values():
                mark_field(edit, False)

    # -- writing ---------------------------------------------------------------------------

    def save_entry(self) -> bool:
        """Save the month in the entry row: a new month, or new figures for a stored one."""
        if self.lineage_id is None:
            return False
        values: dict[str, Any] = {}
        for field, header in zip(FIELDS, HEADERS, strict=True):
            text = self.entry[field].text()
            try:
                values[field] = parse_cell(field, text) if text.strip() else None
            except ValueError as exc:
                return self._refuse(field, f"{tr(header)}: {exc}")
            if values[field] is None:
                return self._refuse(field, f"{tr(header)}: " + self.tr("is empty."))
        problems = check_figure(**values, today=self.today())
        if problems:
            problem = problems[0]
            header = HEADERS[FIELDS.index(problem.field)]
            return self._refuse(problem.field, f"{tr(header)}: {problem_text(problem, values)}")
        service = self._context.service
        existing = self.model.figure_for(str(values["month"]))
        change: Change | None
        if existing is None:
            change = service.plan_create(SickLeaveFigure, unit_lineage_id=self.lineage_id, **values)
        else:
            change = service.plan_update(SickLeaveFigure, existing.id, **values)
        if change is not None:
            text = self.tr("Sick leave %1 for %2").replace("%1", str(values["month"]))
            try:
                push_change(
                    self._context.undo_stack,
                    service,
                    change,
                    text.replace("%2", self.unit_name),
                )
            except ValidationError as exc:
                return self._refuse("month", error_text(exc))
        self.show_message("")
        for field in FIELDS[1:]:
            self.entry[field].clear()
        self.entry["month"].setText(add_months(str(values["month"]), 1))
        self.propose_headcount()
        self.entry["month"].setFocus()
        return True

    def _refuse(self, field: str, text: str) -> bool:
        """The typed text stays; the field is marked and named in the message."""
        self.show_message(text)
        mark_field(self.entry[field], True)
        self.entry[field].setFocus()
        self.entry[field].selectAll()
        return False

    def _ask_import(self) -> None:
        from fredapp.ui.file_dialogs import ask_open_path

        path = ask_open_path(
            self,
            self.tr("Import sick-leave figures"),
            "",
            self.tr("Tables (*.xlsx *.csv)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Import a file of the kind ``sickleave`` (any units) as one undoable step."""
        from fredapp.core.io.sickleave import plan_sickleave_import
        from fredapp.ui.labels import reading

        service, today, words = self._context.service, self.today, reading()
        with self._context.sync_held():  # no sync lands between the plan and its write
            try:
                changes, count = read_with_progress(
                    self,
                    path,
                    lambda cancelled: plan_sickleave_import(
                        service, path, today, cancelled, reading=words
                    ),
                )
            except Cancelled as exc:  # nothing was written; the user's choice, not an error
                self.show_message(error_text(exc), error=False)
                return False
            except FredAppError as exc:
                self.show_message(error_text(exc))
                return False
            text = self.tr("Import %n month(s) of sick leave", "", count)
            try:
                if changes:
                    operation = Operation(text, tuple(changes))
                    push_operation(self._context.undo_stack, service, operation)
            except FredAppError as exc:  # refused at the write (e.g. changed by a sync meanwhile)
                self.show_message(error_text(exc))
                return False
        self.show_message(
            self.tr("Imported %Ln row(s) from %2; %3 changed.", "", count)
            .replace("%2", path.name)
            .replace("%3", str(len(changes))),
            error=False,
        )
        return True

    def delete_selected(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        figure = self.model.figure(index.row())
        change = self._context.service.plan_delete(SickLeaveFigure, figure.id)
        text = self.tr("Delete sick leave %1 for %2").replace("%1", figure.month)
        push_change(
            self._context.undo_stack,
            self._context.service,
            change,
            text.replace("%2", self.unit_name),
        )
        return True

    def save_target(self) -> bool:
        if self.lineage_id is None:
            return False
        text = self.target_edit.text()
        try:
            value = parse_cell("total_pct", text)
        except ValueError as exc:
            self.show_message(self.tr("Target: %1").replace("%1", error_text(exc)))
            return False
        if not 0.0 <= value <= 100.0:
            self.show_message(
                self.tr("Target: %1").replace(
                    "%1",
                    QCoreApplication.translate(
                        "FiguresModel", "%1 is not a percentage between 0 and 100."
                    ).replace("%1", text),
                )
            )
            return False
        service = self._context.service
        existing = queries.sickleave_target(self._context.database, self.lineage_id)
        if existing is None:
            change: Change | None = service.plan_create(
                SickLeaveTarget, unit_lineage_id=self.lineage_id, target_pct=value
            )
        else:
            change = service.plan_update(SickLeaveTarget, existing.id, target_pct=value)
        if change is None:
            return False
        push_change(
            self._context.undo_stack,
            service,
            change,
            self.tr("Target for %1").replace("%1", self.unit_name),
        )
        self.message_label.clear()
        return True

    def _on_batch(self, batch: Batch) -> None:
        """One graph redraw per operation or sync, however many figures it wrote."""
        if batch.touches(SickLeaveTarget) and self.lineage_id is not None:
            target = target_for(self._context.database, self.lineage_id)
            self.target_edit.setText("" if target is None else formatting.number(target, 1))
        self.refresh_graph()
