"""The Tiltak tab: the measure board, the same measures as a table, and the effect matrix.

Filters (dimension, level, status, owner, free text) apply to all three views and to every
export; the count says how many measures they let through. Every move and edit goes through
the service and the undo stack (see :mod:`fredapp.ui.board.actions`). The controls are built
in :mod:`fredapp.ui.tabs.measures_controls`, the measure dialog in
:mod:`fredapp.ui.tabs.measures_edits`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.models import Measure, Unit
from fredapp.ui import formatting, settings
from fredapp.ui.board import transfer
from fredapp.ui.board.actions import BoardActions
from fredapp.ui.board.axes import StatusDelegate, dimension_columns, level_lanes, status_columns
from fredapp.ui.board.dialog import MeasureDialog
from fredapp.ui.board.model import MeasureFilterProxy, MeasureTableModel
from fredapp.ui.board.view import Axis, BoardGrid, BoardScroll
from fredapp.ui.context import AppContext
from fredapp.ui.refresh import Batch, announcement, subscribe
from fredapp.ui.tabs import measures_controls
from fredapp.ui.tabs.measures_controls import BY_STATUS, LAYOUT_KEY
from fredapp.ui.tabs.measures_edits import defaults_from_focus, measure_dialog

if TYPE_CHECKING:
    from fredapp.ui.board.matrix import EffectMatrix
    from fredapp.ui.board.timeline_panel import TimelinePanel
    from fredapp.ui.presentation import PresentationWindow

Index = QModelIndex | QPersistentModelIndex

__all__ = ["MeasureTableModel", "MeasuresTab", "StatusDelegate"]


class MeasuresTab(QWidget):
    # built by fredapp.ui.tabs.measures_controls
    layout_box: QComboBox
    dimension_filter: QComboBox
    level_filter: QComboBox
    status_filter: QComboBox
    owner_filter: QComboBox
    filter_edit: QLineEdit
    count_label: QLabel
    new_button: QPushButton
    edit_button: QPushButton
    present_button: QPushButton
    import_button: QPushButton
    export_button: QToolButton
    export_menu: QMenu
    message_label: QLabel
    table: QTableView
    views: QTabWidget
    legend: QLabel
    board_holder: QWidget
    matrix_holder: QWidget
    timeline_holder: QWidget
    board_layout: QVBoxLayout
    matrix_layout: QVBoxLayout
    timeline_layout: QVBoxLayout

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = MeasureTableModel(context)
        self.model.error_handler = self.show_error
        self.board_actions = BoardActions(context, self.model)
        self.board_actions.error_handler = self.show_error
        self.proxy = MeasureFilterProxy(self.model, self)
        self.measure_filter = MeasureFilter()
        self.matrix: EffectMatrix | None = None
        self.timeline: TimelinePanel | None = None
        self.presentation: PresentationWindow | None = None
        # Tests replace this to answer a dialog without a nested event loop.
        self.run_dialog: Callable[[MeasureDialog], bool] = lambda dialog: bool(dialog.exec())
        self._table_sized = False
        measures_controls.build_filters(self)
        measures_controls.build_buttons(self)
        measures_controls.build_views(self)
        measures_controls.build_layout(self)
        measures_controls.build_shortcuts(self)
        self.board: BoardGrid = self._new_board()
        self.board_scroll = BoardScroll(self.board)
        self.board_layout.addWidget(self.board_scroll)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        subscribe(context, [Measure, Unit], self._on_batch, self)
        self._update_count()

    # -- the owner filter's units ---------------------------------------------------------

    def _on_batch(self, batch: Batch) -> None:
        owner_changed = any("owner_unit_id" in change.after for change in batch.of(Measure))
        if batch.touches(Unit) or owner_changed or batch.reloads(Measure):
            self._refresh_owner_items()  # once per operation or sync

    def _refresh_owner_items(self) -> None:
        """The owner filter lists the current units (and any owner outside them)."""
        box = self.owner_filter
        chosen = box.currentData()
        items = self.owner_items()
        if [(box.itemText(i), box.itemData(i)) for i in range(1, box.count())] == items:
            return
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, data in items:
            box.addItem(text, data)
        # findData compares Python objects by identity; the new UUIDs are equal, not the same
        found = [i for i in range(1, box.count()) if box.itemData(i) == chosen]
        box.setCurrentIndex(found[0] if found else 0)
        box.blockSignals(False)
        if box.currentData() != chosen:
            self.apply_filter()  # the chosen owner is gone: show every owner again

    def owner_items(self) -> list[tuple[str, object]]:
        units = queries.current_units(self.context.database)
        owners = {m.owner_unit_id for m in self.model.records() if m.owner_unit_id}
        items = {unit.id: unit.name for unit in units}
        for owner in owners - set(items):
            items[owner] = self.model.unit_names.get(owner, "?")
        return sorted(((name, uid) for uid, name in items.items()), key=lambda i: i[0].casefold())

    def print_view(self) -> bool:
        """Ctrl+P: the board, table or matrix as shown (the exports make a full-size board)."""
        from fredapp.ui.printing import print_widget

        view = self.views.currentWidget()
        return view is not None and print_widget(
            view, self, self.views.tabText(self.views.currentIndex())
        )

    def axes(self) -> tuple[Axis, Axis]:
        columns = status_columns() if self.layout_mode() == BY_STATUS else dimension_columns()
        return columns, level_lanes()

    def layout_mode(self) -> str:
        return str(self.layout_box.currentData())

    def _new_board(self) -> BoardGrid:
        columns, lanes = self.axes()
        board = BoardGrid(self.model, columns, lanes, self.measure_filter)
        board.setAccessibleName(self.tr("Measure board"))
        board.move_requested.connect(self._move)
        board.open_requested.connect(self.edit_measure)
        return board

    def rebuild_board(self) -> None:
        settings.save_value(LAYOUT_KEY, self.layout_mode())
        self.board = self._new_board()
        old = self.board_scroll.set_board(self.board)
        if old is not None:
            old.hide()
            old.deleteLater()

    # -- filters ---------------------------------------------------------------------------

    def apply_filter(self) -> None:
        def chosen(box: QComboBox) -> frozenset:  # type: ignore[type-arg]
            data = box.currentData()
            return frozenset() if data is None else frozenset({data})

        self.measure_filter = MeasureFilter(
            dimensions=chosen(self.dimension_filter),
            levels=chosen(self.level_filter),
            statuses=chosen(self.status_filter),
            owners=chosen(self.owner_filter),
            text=self.filter_edit.text(),
        )
        self.proxy.set_filter(self.measure_filter)
        self.board.set_filter(self.measure_filter)
        if self.matrix is not None:
            self.matrix.set_filter(self.measure_filter)
        if self.timeline is not None:
            self.timeline.set_filter(self.measure_filter)
        if self.presentation is not None:
            self.presentation.board.set_filter(self.measure_filter)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %Ln measure(s)", "", self.model.rowCount()).replace(
                "%1", formatting.number(self.proxy.rowCount())
            )
        )

    def shown_ids(self) -> list[uuid.UUID]:
        """The measures the filters let through, in board order."""
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).id
            for row in range(self.proxy.rowCount())
        ]

    def filter_description(self) -> str:
        parts = [
            box.currentText()
            for box in (
                self.dimension_filter,
                self.level_filter,
                self.status_filter,
                self.owner_filter,
            )
            if box.currentData() is not None
        ]
        if self.filter_edit.text().strip():
            parts.append(f"«{self.filter_edit.text().strip()}»")
        return ", ".join(parts)

    # -- moves and edits -------------------------------------------------------------------

    def _move(
        self,
        ids: list[uuid.UUID],
        column_field: str,
        column_value: str,
        lane_field: str,
        lane_value: str,
    ) -> None:
        if self.board_actions.move(ids, **{column_field: column_value, lane_field: lane_value}):
            # While presenting, the focus stays on the presentation's board.
            self.board.select_measure(ids[0], focus=self.presentation is None)

    def selected_ids(self) -> list[uuid.UUID]:
        if self.views.currentWidget() is self.table:
            rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
            return [
                self.model.record(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).id
                for r in rows
            ]
        if self.views.currentWidget() is self.timeline_holder and self.timeline is not None:
            return self.timeline.view.selected_ids()
        return self.board.selected_ids()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_measure(ids[0])

    def delete_selected(self) -> None:
        self.board_actions.delete(self.selected_ids())

    def _dialog(self, measure: Measure | None, defaults: dict[str, str] | None) -> MeasureDialog:
        return measure_dialog(self, measure, defaults)

    def edit_measure(self, measure_id: uuid.UUID) -> bool:
        row = self.model.row_of(measure_id)
        if row is None:
            return False
        measure = self.model.record(row)
        dialog = self._dialog(measure, None)
        if not self.run_dialog(dialog):
            return False
        saved = self.board_actions.save(measure, dialog.values())
        if saved is not None:
            self.board.select_measure(saved)
        return saved is not None

    def new_measure(self, defaults: dict[str, str] | None = None) -> uuid.UUID | None:
        if defaults is None:
            defaults = defaults_from_focus(self.board)
        dialog = self._dialog(None, defaults)
        if not self.run_dialog(dialog):
            return None
        saved = self.board_actions.save(None, dialog.values())
        if saved is not None:
            self.board.select_measure(saved)
        return saved

    # -- import and export (fredapp.ui.board.transfer) -------------------------------------

    def import_dialog(self) -> None:
        transfer.import_dialog(self)

    def import_file(self, path: Path) -> bool:
        """Read and check the file in a thread (progress, Cancel), then write it here."""
        return transfer.import_file(self, path)

    def export_dialog(self, suffix: str, page: str | None = None) -> None:
        transfer.export_dialog(self, suffix, page)

    def export_board(self, path: Path, page: str = "A4") -> int:
        """Export what the filters show to ``path`` (.pdf, .png, .xlsx, .csv); return the
        measures written, or -1 after showing why it failed (or that it was cancelled)."""
        return transfer.export_board(self, path, page)

    # -- presentation and matrix -----------------------------------------------------------

    def choose_screen(self) -> object:
        from PySide6.QtGui import QGuiApplication

        screens = QGuiApplication.screens()
        if len(screens) <= 1:
            return QGuiApplication.primaryScreen()
        names = [
            f"{i + 1}: {s.name()} ({s.size().width()}×{s.size().height()})"
            for i, s in enumerate(screens)
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Presentation mode"), self.tr("Show the board on:"), names, 0, False
        )
        return screens[names.index(choice)] if ok else None

    def start_presentation(self, screen: object = None) -> PresentationWindow | None:
        from fredapp.ui.presentation import PresentationWindow

        if self.presentation is not None:
            self.presentation.activateWindow()
            return self.presentation
        if screen is None:
            screen = self.choose_screen()
            if screen is None:
                return None
        columns, lanes = self.axes()
        window = PresentationWindow(
            self.model,
            self.board_actions,
            columns,
            lanes,
            self.measure_filter,
            screen,  # type: ignore[arg-type]
            parent=self.window(),  # closes with the main window, never keeps the program open
        )
        window.closed.connect(self._presentation_closed)
        window.move_requested.connect(self._move)
        stack = self.context.undo_stack
        subscribe(self.context, None, lambda b: window.show_saved(announcement(b, stack)), window)
        self.presentation = window
        window.start()
        return window

    def _presentation_closed(self) -> None:
        self.presentation = None

    def view_changed(self, index: int) -> None:
        if self.views.widget(index) is self.matrix_holder:
            self.ensure_matrix()
        if self.views.widget(index) is self.timeline_holder:
            self.ensure_timeline()
        if self.views.widget(index) is self.table and not self._table_sized:
            self._table_sized = True
            self.table.resizeColumnsToContents()

    def ensure_matrix(self) -> EffectMatrix:
        if self.matrix is None:
            from fredapp.ui.board.matrix import EffectMatrix

            self.matrix = EffectMatrix(self.model, self.board_actions, self.measure_filter)
            self.matrix.open_requested.connect(self.edit_measure)
            self.matrix_layout.addWidget(self.matrix)
        return self.matrix

    def ensure_timeline(self) -> TimelinePanel:
        """The «Tidslinje» sub-tab, built when first shown (fredapp.ui.board.timeline_panel)."""
        if self.timeline is None:
            from fredapp.ui.board.timeline_panel import TimelinePanel

            panel = TimelinePanel(self.model, self.measure_filter, self.filter_description)
            panel.error_handler = self.show_error
            panel.message.connect(self.message_label.setText)
            panel.view.open_requested.connect(self.edit_measure)
            self.timeline_layout.addWidget(panel)
            self.timeline = panel
        return self.timeline

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.views.currentWidget() is self.matrix_holder:
            self.ensure_matrix()
        if self.views.currentWidget() is self.timeline_holder:
            self.ensure_timeline()

    def show_error(self, message: str, title: str | None = None) -> None:
        QMessageBox.warning(self, title or self.tr("Change refused"), message)
