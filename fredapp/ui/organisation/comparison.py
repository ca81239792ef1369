"""Two scenarios side by side: leader figures, their change, and the list of unit changes."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.calc.scenarios import (
    ChangeKind,
    Comparison,
    FigureRow,
    UnitChange,
    compare_scenario_ids,
    scenarios,
)
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Scenario, Unit
from fredapp.core.queries import current_scenario
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.listtable import ListTableModel
from fredapp.ui.itemmodels.units import level_name
from fredapp.ui.refresh import Batch, subscribe

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "ComparisonView"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

KIND_NAMES = {
    ChangeKind.MOVED: QT_TRANSLATE_NOOP("ComparisonView", "Moved"),
    ChangeKind.RENAMED: QT_TRANSLATE_NOOP("ComparisonView", "Renamed"),
    ChangeKind.SPLIT: QT_TRANSLATE_NOOP("ComparisonView", "Split"),
    ChangeKind.MERGED: QT_TRANSLATE_NOOP("ComparisonView", "Merged"),
    ChangeKind.CREATED: QT_TRANSLATE_NOOP("ComparisonView", "Created"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("ComparisonView", "Removed"),
    ChangeKind.RELEVELLED: QT_TRANSLATE_NOOP("ComparisonView", "Level changed"),
}
FIGURE_NAMES = {
    "leaders": QT_TRANSLATE_NOOP("ComparisonView", "Leaders in total"),
    "employees": QT_TRANSLATE_NOOP("ComparisonView", "Employees"),
    "density": QT_TRANSLATE_NOOP("ComparisonView", "Employees per leader"),
}
FIGURE_HEADERS = (
    QT_TRANSLATE_NOOP("ComparisonView", "Figure"),
    "%from",
    "%to",
    QT_TRANSLATE_NOOP("ComparisonView", "Change"),
    QT_TRANSLATE_NOOP("ComparisonView", "Change in per cent"),
)
CHANGE_HEADERS = (
    QT_TRANSLATE_NOOP("ComparisonView", "Change"),
    QT_TRANSLATE_NOOP("ComparisonView", "What changed"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _top(name: str | None) -> str:
    return name if name else QCoreApplication.translate("ComparisonView", "the top level")


def _and(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return (
        QCoreApplication.translate("ComparisonView", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


def kind_name(kind: ChangeKind) -> str:
    return _tr(KIND_NAMES[kind])


def figure_name(row: FigureRow) -> str:
    if row.key in FIGURE_NAMES:
        return _tr(FIGURE_NAMES[row.key])
    return QCoreApplication.translate("ComparisonView", "Leaders: %1").replace(
        "%1", level_name(row.key)
    )


def describe(change: UnitChange) -> str:
    """A change as a sentence in the UI's language."""
    match change.kind:
        case ChangeKind.MOVED:
            text = QCoreApplication.translate("ComparisonView", "%1 moved from %2 to %3").replace(
                "%2", _top(change.from_parent)
            )
            return text.replace("%3", _top(change.to_parent)).replace("%1", change.unit)
        case ChangeKind.RENAMED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 renamed %2")
                .replace("%1", change.before[0])
                .replace("%2", change.after[0])
            )
        case ChangeKind.SPLIT:
            return (
                QCoreApplication.translate("ComparisonView", "%1 split into %2")
                .replace("%1", change.before[0])
                .replace("%2", _and(change.after))
            )
        case ChangeKind.MERGED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 merged into %2")
                .replace("%1", _and(change.before))
                .replace("%2", change.after[0])
            )
        case ChangeKind.CREATED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 created under %2")
                .replace("%1", change.after[0])
                .replace("%2", _top(change.to_parent))
            )
        case ChangeKind.REMOVED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 removed from %2")
                .replace("%1", change.before[0])
                .replace("%2", _top(change.from_parent))
            )
        case ChangeKind.RELEVELLED:
            return (
                QCoreApplication.translate("ComparisonView", "%1 changed level from %2 to %3")
                .replace("%2", level_name(change.from_level or ""))
                .replace("%3", level_name(change.to_level or ""))
                .replace("%1", change.unit)
            )
    return change.describe()  # pragma: no cover


def figure_cells(row: FigureRow) -> list[str]:
    decimals = 1 if row.key == "density" else 0
    difference = row.difference
    change = formatting.number(difference, decimals)
    if difference is not None and difference > 0:
        change = "+" + change
    return [
        figure_name(row),
        formatting.number(row.before, decimals),
        formatting.number(row.after, decimals),
        change,
        formatting.percent(row.percent, 1),
    ]


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
        return None


class ChangeTableModel(ListTableModel):
    HEADER_CONTEXT = _CONTEXT
    HEADERS = CHANGE_HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._changes: list[UnitChange] = []

    def set_changes(self, changes: list[UnitChange]) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_name(change.kind) if index.column() == 0 else describe(change)
        if role == Qt.ItemDataRole.UserRole:
            return change
        return None


class ComparisonView(QWidget):
    """Pick two scenarios; see their figures and what changed between them."""

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
        self.change_view.horizontalHeader().setStretchLastSection(True)
        self.change_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary of the comparison"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_layout()
        self.from_box.currentIndexChanged.connect(self.refresh)
        self.to_box.currentIndexChanged.connect(self.refresh)
        self.swap_button.clicked.connect(self.swap)
        subscribe(context, [Scenario, Unit], self._on_batch, self)
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
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.figure_view)
        splitter.addWidget(self.change_view)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
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
                    self._context.database, known[first], known[second]
                )
        self.figures.set_comparison(self.comparison)
        self.changes.set_changes(self.comparison.changes if self.comparison else [])
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

    def _on_batch(self, batch: Batch) -> None:
        """Once per operation or sync (an import of 300 units: one comparison)."""
        if batch.touches(Scenario):
            self.load_scenarios()
        elif batch.touches(Unit):
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
