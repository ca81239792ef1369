"""The Tiltak tab: the measure board, the same measures as a table, and the effect matrix.

Filters (dimension, level, status, owner, free text) apply to all three views and to every
export; the count says how many measures they let through. Every move and edit goes through
the service and the undo stack (see :mod:`fredapp.ui.board.actions`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
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
from fredapp.core.calc.measures import (
    DIMENSION_ORDER,
    LEVEL_ORDER,
    STATUS_ORDER,
    MeasureFilter,
)
from fredapp.core.models import Measure, Unit
from fredapp.ui import formatting, labels, settings
from fredapp.ui.a11y import label_for_screen_readers
from fredapp.ui.board import transfer
from fredapp.ui.board.actions import BoardActions
from fredapp.ui.board.axes import (
    StatusDelegate,
    dimension_columns,
    level_lanes,
    status_columns,
)
from fredapp.ui.board.colors import dimension_color, text_on
from fredapp.ui.board.dialog import MeasureDialog, UnitChoice
from fredapp.ui.board.model import MeasureFilterProxy, MeasureTableModel
from fredapp.ui.board.view import Axis, BoardGrid, BoardScroll
from fredapp.ui.context import AppContext
from fredapp.ui.refresh import Batch, announcement, subscribe

if TYPE_CHECKING:
    from fredapp.ui.board.matrix import EffectMatrix
    from fredapp.ui.board.timeline_panel import TimelinePanel
    from fredapp.ui.presentation import PresentationWindow

Index = QModelIndex | QPersistentModelIndex
BY_STATUS = "status"
BY_DIMENSION = "dimension"
LAYOUT_KEY = "measures/board_columns"

__all__ = ["MeasureTableModel", "MeasuresTab", "StatusDelegate"]


class MeasuresTab(QWidget):
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
        self._build_controls()
        self._build_views()
        self._build_layout()
        self._build_shortcuts()
        self.board: BoardGrid = self._new_board()
        self.board_scroll = BoardScroll(self.board)
        self.board_layout.addWidget(self.board_scroll)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        subscribe(context, [Measure, Unit], self._on_batch, self)
        self._update_count()

    # -- building --------------------------------------------------------------------------

    def _combo(self, name: str, all_text: str, items: list[tuple[str, object]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        box.addItem(all_text, None)
        for text, data in items:
            box.addItem(text, data)
        box.currentIndexChanged.connect(self._apply_filter)
        return box

    def _build_controls(self) -> None:
        self.layout_box = QComboBox()
        self.layout_box.setAccessibleName(self.tr("Board columns"))
        self.layout_box.addItem(self.tr("Columns by status"), BY_STATUS)
        self.layout_box.addItem(self.tr("Columns by dimension"), BY_DIMENSION)
        remembered = self.layout_box.findData(str(QSettings().value(LAYOUT_KEY, BY_STATUS)))
        self.layout_box.setCurrentIndex(max(0, remembered))
        self.layout_box.currentIndexChanged.connect(self._rebuild_board)
        self.dimension_filter = self._combo(
            self.tr("Filter by dimension"),
            self.tr("All dimensions"),
            [(f"{d} – {labels.dimension(d)}", d) for d in DIMENSION_ORDER],
        )
        self.level_filter = self._combo(
            self.tr("Filter by level"),
            self.tr("Both levels"),
            [(labels.measure_level(v), v) for v in LEVEL_ORDER],
        )
        self.status_filter = self._combo(
            self.tr("Filter by status"),
            self.tr("All statuses"),
            [(labels.measure_status(s), s) for s in STATUS_ORDER],
        )
        self.owner_filter = self._combo(
            self.tr("Filter by owner unit"), self.tr("All owners"), self._owner_items()
        )
        # short fixed lists without a stretch factor: as wide as their texts, at any font size
        for box in (self.level_filter, self.status_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter measures…"))
        self.filter_edit.setAccessibleName(self.tr("Filter measures"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Measures shown"))
        self.new_button = QPushButton(self.tr("&New measure"))
        self.new_button.setAccessibleName(self.tr("New measure"))
        self.new_button.setToolTip(self.tr("New measure (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_measure())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected measure"))
        self.edit_button.setToolTip(self.tr("Edit the selected measure (Enter or F2)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.present_button = QPushButton(self.tr("&Present"))
        self.present_button.setAccessibleName(self.tr("Presentation mode"))
        self.present_button.setToolTip(self.tr("Show the board full screen (F5)"))
        self.present_button.clicked.connect(lambda: self.start_presentation())
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import measures"))
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export the board"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.tr("Export &board"), self)
        self.export_menu = menu
        for text, suffix, page in (
            (self.tr("PDF, A4 landscape…"), ".pdf", "A4"),
            (self.tr("PDF, A3 landscape…"), ".pdf", "A3"),
            (self.tr("PNG picture…"), ".png", None),
            (self.tr("Excel workbook…"), ".xlsx", None),
            (self.tr("CSV file…"), ".csv", None),
        ):
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _=False, s=suffix, p=page: self.export_dialog(s, p)  # type: ignore[misc]
            )
        self.export_button.setMenu(menu)
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Board messages"))
        self.message_label.setWordWrap(True)

    def _on_batch(self, batch: Batch) -> None:
        owner_changed = any("owner_unit_id" in change.after for change in batch.of(Measure))
        if batch.touches(Unit) or owner_changed or batch.reloads(Measure):
            self._refresh_owner_items()  # once per operation or sync

    def _refresh_owner_items(self) -> None:
        """The owner filter lists the current units (and any owner outside them)."""
        box = self.owner_filter
        chosen = box.currentData()
        items = self._owner_items()
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
            self._apply_filter()  # the chosen owner is gone: show every owner again

    def _owner_items(self) -> list[tuple[str, object]]:
        units = queries.current_units(self.context.database)
        owners = {m.owner_unit_id for m in self.model.records() if m.owner_unit_id}
        items = {unit.id: unit.name for unit in units}
        for owner in owners - set(items):
            items[owner] = self.model.unit_names.get(owner, "?")
        return sorted(((name, uid) for uid, name in items.items()), key=lambda i: i[0].casefold())

    def _build_views(self) -> None:
        self.board_holder = QWidget()
        holder_layout = self.board_layout = QVBoxLayout(self.board_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Measures"))
        self.table.setAlternatingRowColors(True)
        # No sort column at first (board order); set before enabling, or enabling sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(MeasureTableModel.STATUS_COLUMN, StatusDelegate(self))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Sized to the contents once, when first shown: ResizeToContents would measure every
        # row again on every change (a drag on the board with 2,000 measures took 0.2 s).
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._table_sized = False
        self.matrix_holder = QWidget()
        matrix_layout = self.matrix_layout = QVBoxLayout(self.matrix_holder)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Measure views"))
        self.views.addTab(self.board_holder, self.tr("&Board"))
        self.views.addTab(self.table, self.tr("T&able"))
        self.views.addTab(self.matrix_holder, self.tr("Effect &matrix"))
        self.timeline_holder = QWidget()
        timeline_layout = self.timeline_layout = QVBoxLayout(self.timeline_holder)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        self.views.addTab(self.timeline_holder, self.tr("Time&line"))
        self.views.currentChanged.connect(self._view_changed)

    def _legend(self) -> QWidget:
        """The dimension colours, with their names; wraps between entries (never cut off)."""
        entries = []
        for code in DIMENSION_ORDER:
            color = dimension_color(code)
            name = escape(labels.dimension(code)).replace(" ", "&nbsp;")
            entries.append(
                f"<span style='background:{color.name()}; color:{text_on(color).name()};'>"
                f"<b>&nbsp;{escape(code)}&nbsp;</b></span>&nbsp;{name}"
            )
        legend = QLabel(escape(self.tr("Dimensions:")) + " " + " &nbsp; ".join(entries))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        legend.setAccessibleName(self.tr("Dimension colours"))
        self.legend = legend
        return legend

    def print_view(self) -> bool:
        """Ctrl+P: the board, table or matrix as shown (the exports make a full-size board)."""
        from fredapp.ui.printing import print_widget

        view = self.views.currentWidget()
        return view is not None and print_widget(
            view, self, self.views.tabText(self.views.currentIndex())
        )

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.layout_box)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.present_button)
        filters = QHBoxLayout()
        label = QLabel(self.tr("&Filter:"))
        label.setBuddy(self.filter_edit)
        filters.addWidget(label)
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.dimension_filter, 1)
        filters.addWidget(self.level_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        # The boxes show their choice, which says what they are for to the eye.
        for box in (
            self.layout_box,
            self.dimension_filter,
            self.level_filter,
            self.status_filter,
            self.owner_filter,
        ):
            label_for_screen_readers(box, box.accessibleName())
        layout.addWidget(self._legend())
        layout.addWidget(self.views, 1)
        layout.addWidget(self.message_label)

    def _build_shortcuts(self) -> None:
        for keys, slot in (
            ("Ctrl+N", lambda: self.new_measure()),
            ("F2", self.edit_selected),
            ("Delete", self.delete_selected),
            # Not Ctrl+F: the window's Find (Vis → Søk) puts the cursor in this filter, and a
            # second Ctrl+F here made the key ambiguous, so it did nothing from a card.
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

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

    def _rebuild_board(self) -> None:
        settings.save_value(LAYOUT_KEY, self.layout_mode())
        self.board = self._new_board()
        old = self.board_scroll.set_board(self.board)
        if old is not None:
            old.hide()
            old.deleteLater()

    # -- filters ---------------------------------------------------------------------------

    def _apply_filter(self) -> None:
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

    def _unit_choices(self) -> list[UnitChoice]:
        units = queries.current_units(self.context.database)
        return sorted(
            (UnitChoice(u.id, u.lineage_id, u.name) for u in units),
            key=lambda u: u.name.casefold(),
        )

    def _dialog(self, measure: Measure | None, defaults: dict[str, str] | None) -> MeasureDialog:
        units = self._unit_choices()
        linked = set(self.model.links.get(measure.id, [])) if measure else set()
        known = {u.lineage_id for u in units}
        for lineage in linked - known:  # a unit outside the current scenario stays choosable
            units.append(UnitChoice(lineage, lineage, self.model.lineage_names.get(lineage, "?")))
        if (
            measure
            and measure.owner_unit_id
            and measure.owner_unit_id not in {u.unit_id for u in units}
        ):
            name = self.model.unit_names.get(measure.owner_unit_id, "?")
            units.append(UnitChoice(measure.owner_unit_id, uuid.uuid4(), name))
        taken = [(m.id, m.code) for m in self.model.records()]
        return MeasureDialog(
            self,
            measure=measure,
            taken=taken,
            units=units,
            linked=linked,
            defaults=defaults,
            check=lambda values: self.board_actions.refusal(measure, values),
        )

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
            defaults = self._defaults_from_focus()
        dialog = self._dialog(None, defaults)
        if not self.run_dialog(dialog):
            return None
        saved = self.board_actions.save(None, dialog.values())
        if saved is not None:
            self.board.select_measure(saved)
        return saved

    def _defaults_from_focus(self) -> dict[str, str]:
        """A new measure starts in the cell that has the focus."""
        cell = self.board.current_cell()
        if cell is None:
            return {}
        column, lane = cell
        return {
            self.board.columns.field: self.board.columns.values[column],
            self.board.lanes.field: self.board.lanes.values[lane],
        }

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

    def _view_changed(self, index: int) -> None:
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
