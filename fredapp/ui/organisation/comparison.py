"""Two scenarios side by side: leader figures and spans of control, their change, and the list of
unit changes with the measures behind each. The words are in ``comparison_text``."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.calc.scenarios import (
    Comparison,
    FigureRow,
    UnitChange,
    compare_scenario_ids,
    scenarios,
)
from fredapp.core.calc.spans import DEFAULT_BANDS, SpanBands, parse_bands
from fredapp.core.errors import FredAppError
from fredapp.core.models import MeasureUnitLink, Scenario, Unit
from fredapp.core.queries import current_scenario
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.listtable import ListTableModel
from fredapp.ui.messages import error_text
from fredapp.ui.organisation.comparison_text import (
    CHANGE_HEADERS,
    FIGURE_HEADERS,
    describe,
    figure_cells,
    kind_name,
    measures_text,
    span_note,
)
from fredapp.ui.refresh import Batch, subscribe

__all__ = ["ComparisonView", "describe", "figure_cells", "kind_name"]

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "ComparisonView"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The user's span bands (upper bounds, "2, 9, 15"): a way of looking, kept per user.
BANDS_KEY = "organisation/span_bands"


def load_bands() -> SpanBands:
    """The bands the user chose last; the default when none (or no longer valid) is kept."""
    try:
        return parse_bands(str(QSettings().value(BANDS_KEY, DEFAULT_BANDS.text())))
    except FredAppError:
        return DEFAULT_BANDS


class ScenarioFiguresModel(ListTableModel):
    """The leader figures of two scenarios side by side, and the difference."""

    HEADER_CONTEXT = _CONTEXT
    HEADERS = FIGURE_HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._comparison: Comparison | None = None
        self._rows: list[FigureRow] = []

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._rows = comparison.rows() if comparison else []
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def header(self, section: int) -> str:
        """Columns 1 and 2 are headed by the two scenarios' own names."""
        if section in (1, 2):
            if self._comparison is None:
                return ""
            return self._comparison.from_name if section == 1 else self._comparison.to_name
        return super().header(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return figure_cells(self._rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and self._rows[index.row()].key in _NAMED_SPANS:
            return span_note(self._comparison)  # which leaders have them
        return None


_NAMED_SPANS = frozenset({"span_max", "span_min"})


class ChangeTableModel(ListTableModel):
    HEADER_CONTEXT = _CONTEXT
    HEADERS = CHANGE_HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._changes: list[UnitChange] = []
        self._comparison: Comparison | None = None

    def set_changes(self, changes: list[UnitChange], comparison: Comparison | None = None) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self._comparison = comparison
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 2:
                return measures_text(self._comparison, change)
            return kind_name(change.kind) if index.column() == 0 else describe(change)
        if role == Qt.ItemDataRole.UserRole:
            return change
        return None


class ComparisonView(QWidget):
    """Pick two scenarios; see their figures and what changed between them."""

    # The user chose other span bands (kept in the settings): the chart marks spans by them.
    bands_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.comparison: Comparison | None = None
        self._stale = True
        self.from_box = QComboBox()
        self.from_box.setAccessibleName(self.tr("First scenario"))
        self.to_box = QComboBox()
        self.to_box.setAccessibleName(self.tr("Second scenario"))
        self.swap_button = QPushButton(self.tr("S&wap"))
        self.swap_button.setAccessibleName(self.tr("Swap the scenarios"))
        self.export_pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.export_pdf_button.setAccessibleName(self.tr("Export the comparison to PDF"))
        self.export_xlsx_button = QPushButton(self.tr("Export E&xcel…"))
        self.export_xlsx_button.setAccessibleName(self.tr("Export the comparison to Excel"))
        self.bands = load_bands()
        self.bands_edit = QLineEdit(self.bands.text())
        self.bands_edit.setAccessibleName(self.tr("Span of control bands"))
        self.bands_edit.setToolTip(
            self.tr("The last span of each band but the open last one, for example 2, 9, 15")
        )
        self.bands_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 16))
        self.bands_edit.editingFinished.connect(self.apply_bands)
        self.figures = ScenarioFiguresModel()
        self.figure_view = QTableView()
        self.figure_view.setModel(self.figures)
        self.figure_view.setAccessibleName(self.tr("Leader figures of both scenarios"))
        self.figure_view.verticalHeader().hide()
        self.figure_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.changes = ChangeTableModel()
        self.change_view = QTableView()
        self.change_view.setModel(self.changes)
        self.change_view.setAccessibleName(self.tr("Changes between the scenarios"))
        self.change_view.verticalHeader().hide()
        # The sentence takes the room; the kind and the measures' codes what they need.
        header = self.change_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.change_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary of the comparison"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bands_message = QLabel()
        self.bands_message.setWordWrap(True)
        self.bands_message.setAccessibleName(self.tr("What is wrong with the bands"))
        self.bands_message.hide()
        self._build_layout()
        self.from_box.currentIndexChanged.connect(self.refresh)
        self.to_box.currentIndexChanged.connect(self.refresh)
        self.swap_button.clicked.connect(self.swap)
        subscribe(context, [Scenario, Unit, MeasureUnitLink], self._on_batch, self)
        self.load_scenarios()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        from_label = QLabel(self.tr("F&rom:"))
        from_label.setBuddy(self.from_box)
        to_label = QLabel(self.tr("&Against:"))
        to_label.setBuddy(self.to_box)
        top.addWidget(from_label)
        top.addWidget(self.from_box, 1)
        top.addWidget(self.swap_button)
        top.addWidget(to_label)
        top.addWidget(self.to_box, 1)
        # A tool bar folds what does not fit into a menu, so the window can stay narrow.
        bar = QToolBar()
        bar.setAccessibleName(self.tr("Export the comparison"))
        bar.addWidget(self.export_pdf_button)
        bar.addWidget(self.export_xlsx_button)
        top.addWidget(bar, 1)
        bands_label = QLabel(self.tr("Span &bands:"))
        bands_label.setBuddy(self.bands_edit)
        top.addWidget(bands_label)
        top.addWidget(self.bands_edit)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.figure_view)
        splitter.addWidget(self.change_view)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.bands_message)
        layout.addWidget(splitter, 1)

    def load_scenarios(self) -> None:
        known = scenarios(self._context.database)
        chosen = (self.from_box.currentData(), self.to_box.currentData())
        for box in (self.from_box, self.to_box):
            box.blockSignals(True)
            box.clear()
            for scenario in known:
                box.addItem(scenario.name, scenario.id)
        marked = current_scenario(self._context.database)
        # The box's own id object: findData compares Python objects by identity, not value.
        current = next((s.id for s in known if marked and s.id == marked.id), None)
        other = next((s.id for s in known if s.id != current), current)
        self._select(self.from_box, chosen[0], other)
        self._select(self.to_box, chosen[1], current)
        for box in (self.from_box, self.to_box):
            box.blockSignals(False)
        self.refresh()

    @staticmethod
    def _select(box: QComboBox, wanted: Any, fallback: uuid.UUID | None) -> None:
        row = box.findData(wanted) if wanted is not None else -1
        if row < 0 and fallback is not None:
            row = box.findData(fallback)
        box.setCurrentIndex(max(row, 0) if box.count() else -1)

    def choose(self, from_name: str, to_name: str) -> None:
        self.from_box.setCurrentIndex(self.from_box.findText(from_name))
        self.to_box.setCurrentIndex(self.to_box.findText(to_name))

    def swap(self) -> None:
        first, second = self.from_box.currentIndex(), self.to_box.currentIndex()
        self.from_box.blockSignals(True)
        self.from_box.setCurrentIndex(second)
        self.from_box.blockSignals(False)
        self.to_box.setCurrentIndex(first)
        self.refresh()

    def current(self) -> Comparison | None:
        """The comparison of the chosen scenarios, computed now if it is not up to date."""
        if self._stale:
            self.refresh(force=True)
        return self.comparison

    def refresh(self, force: bool = False) -> None:
        if not self.isVisible() and not force:
            self._stale = True  # computed when shown: two large trees take a while
            return
        self._stale = False
        first, second = self.from_box.currentData(), self.to_box.currentData()
        self.comparison = None
        if isinstance(first, uuid.UUID) and isinstance(second, uuid.UUID):
            known = {s.id: s for s in scenarios(self._context.database)}
            if first in known and second in known:
                self.comparison = compare_scenario_ids(
                    self._context.database, known[first], known[second], self.bands
                )
        self.figures.set_comparison(self.comparison)
        self.changes.set_changes(
            self.comparison.changes if self.comparison else [], self.comparison
        )
        self.summary_label.setText(self.summary())
        has = self.comparison is not None
        self.export_pdf_button.setEnabled(has)
        self.export_xlsx_button.setEnabled(has)

    def summary(self) -> str:
        comparison = self.comparison
        if comparison is None:
            return ""
        leaders = comparison.total_rows()[0]
        density = comparison.total_rows()[2]
        return (
            self.tr(
                "Leaders %1 → %2 (%3) · employees per leader %4 → %5 · %Ln change(s)",
                "",
                len(comparison.changes),
            )
            .replace("%1", formatting.number(leaders.before))
            .replace("%2", formatting.number(leaders.after))
            .replace("%3", formatting.percent(leaders.percent, 0))
            .replace("%4", formatting.number(density.before, 0))
            .replace("%5", formatting.number(density.after, 0))
        )

    def apply_bands(self) -> bool:
        """Take the bands typed (kept for next time); bad ones are named and change nothing."""
        try:
            bands = parse_bands(self.bands_edit.text())
        except FredAppError as exc:
            self.bands_message.setText(error_text(exc))
            self.bands_message.show()
            return False
        self.bands_message.hide()
        self.bands_edit.setText(bands.text())
        if bands != self.bands:
            self.bands = bands
            QSettings().setValue(BANDS_KEY, bands.text())
            self.refresh()
            self.bands_changed.emit(bands)
        return True

    def _on_batch(self, batch: Batch) -> None:
        """Once per operation or sync (an import of 300 units: one comparison)."""
        if batch.touches(Scenario):
            self.load_scenarios()
        elif batch.touches(Unit, MeasureUnitLink):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
