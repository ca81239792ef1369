"""The effect matrix's cells: which measures share an (effort, effect) cell, and the list
beside the plot that names them (reached by mouse from the plot, or by keyboard).

A cell is one pair of ratings. The plot draws each cell once, at its true ratings; the
list here says what is in it, so no measure is moved off its values to be seen.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from fredapp.core.models import Measure

Cell = tuple[int, int]  # (effort, effect): across, up
ID_ROLE = Qt.ItemDataRole.UserRole
TIP_LINES = 12  # a tooltip longer than this ends with "and n more"


def cells_of(measures: Iterable[Measure]) -> dict[Cell, list[Measure]]:
    """The measures of each occupied cell, in the order given (board order)."""
    cells: dict[Cell, list[Measure]] = {}
    for measure in measures:
        cells.setdefault((measure.effort, measure.effect), []).append(measure)
    return cells


def cell_order(cell: Cell) -> tuple[int, int]:
    """High effect first, then low effort: the list reads like the plot, top left first."""
    effort, effect = cell
    return (-effect, effort)


def cell_name(cell: Cell, count: int) -> str:
    effort, effect = cell
    return (
        QCoreApplication.translate(
            "EffectMatrix", "Effect %1, effort %2: %n measure(s)", None, count
        )
        .replace("%1", str(effect))
        .replace("%2", str(effort))
    )


def measure_line(measure: Measure) -> str:
    return f"{measure.code} – {measure.title}"


def cell_tip(cell: Cell, measures: list[Measure]) -> str:
    """The tooltip of a cell: where it is, how many, and each measure's code and title."""
    lines = [cell_name(cell, len(measures))]
    lines += [measure_line(m) for m in measures[:TIP_LINES]]
    if len(measures) > TIP_LINES:
        lines.append(
            QCoreApplication.translate(
                "EffectMatrix", "… and %n more", None, len(measures) - TIP_LINES
            )
        )
    return "\n".join(lines)


class CellList(QWidget):
    """The occupied cells (keyboard: arrows choose one) and the measures of the chosen cell."""

    cell_chosen = Signal(object)  # the Cell, or None
    measure_chosen = Signal(object)  # a measure id, or None
    open_requested = Signal(object)  # a measure id: Enter or double-click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: dict[Cell, list[Measure]] = {}
        self.cell_heading = QLabel(
            QCoreApplication.translate("EffectMatrix", "&Cells of the matrix:")
        )
        self.cell_view = QListWidget()
        self.cell_view.setAccessibleName(
            QCoreApplication.translate("EffectMatrix", "Cells of the matrix")
        )
        self.cell_heading.setBuddy(self.cell_view)
        self.measure_heading = QLabel(
            QCoreApplication.translate("EffectMatrix", "M&easures in the cell:")
        )
        self.measure_view = QListWidget()
        self.measure_view.setAccessibleName(
            QCoreApplication.translate("EffectMatrix", "Measures in the chosen cell")
        )
        self.measure_view.setWordWrap(True)
        self.measure_heading.setBuddy(self.measure_view)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            QCoreApplication.translate("EffectMatrix", "The chosen cell")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cell_heading)
        layout.addWidget(self.cell_view, 1)
        layout.addWidget(self.measure_heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.measure_view, 3)
        self.cell_view.currentItemChanged.connect(self._cell_changed)
        self.measure_view.currentItemChanged.connect(self._measure_changed)
        self.measure_view.itemActivated.connect(self._activated)

    def set_cells(self, cells: dict[Cell, list[Measure]]) -> None:
        """Show these cells; the chosen cell and measure stay chosen when still there."""
        chosen, measure = self.current_cell(), self.current_measure()
        self.cells = cells
        self.cell_view.blockSignals(True)
        self.cell_view.clear()
        for cell in sorted(cells, key=cell_order):
            item = QListWidgetItem(cell_name(cell, len(cells[cell])))
            item.setData(ID_ROLE, cell)
            item.setToolTip(cell_tip(cell, cells[cell]))
            self.cell_view.addItem(item)
        self.cell_view.blockSignals(False)
        if chosen in cells:
            self.choose(chosen, measure)
        else:
            self._fill_measures(None)

    def current_cell(self) -> Cell | None:
        item = self.cell_view.currentItem()
        return tuple(item.data(ID_ROLE)) if item is not None else None  # type: ignore[return-value]

    def current_measure(self) -> uuid.UUID | None:
        item = self.measure_view.currentItem()
        return item.data(ID_ROLE) if item is not None else None  # type: ignore[no-any-return]

    def choose(self, cell: Cell, measure_id: uuid.UUID | None = None) -> None:
        """Make ``cell`` (and in it ``measure_id``) the chosen one."""
        for row in range(self.cell_view.count()):
            if tuple(self.cell_view.item(row).data(ID_ROLE)) == cell:
                self.cell_view.setCurrentRow(row)  # fills the measures
                break
        if measure_id is not None:
            for row in range(self.measure_view.count()):
                if self.measure_view.item(row).data(ID_ROLE) == measure_id:
                    self.measure_view.setCurrentRow(row)

    def measure_texts(self) -> list[str]:
        return [self.measure_view.item(r).text() for r in range(self.measure_view.count())]

    def _cell_changed(self, item: QListWidgetItem | None, _old: object = None) -> None:
        cell = tuple(item.data(ID_ROLE)) if item is not None else None
        self._fill_measures(cell)  # type: ignore[arg-type]
        self.cell_chosen.emit(cell)

    def _fill_measures(self, cell: Cell | None) -> None:
        self.measure_view.clear()
        measures = self.cells.get(cell, []) if cell is not None else []
        for measure in measures:
            item = QListWidgetItem(measure_line(measure))
            item.setData(ID_ROLE, measure.id)
            self.measure_view.addItem(item)
        self.summary.setText(
            cell_name(cell, len(measures))
            if cell is not None
            else QCoreApplication.translate("EffectMatrix", "Click a cell in the plot.")
        )

    def _measure_changed(self, item: QListWidgetItem | None, _old: object = None) -> None:
        self.measure_chosen.emit(item.data(ID_ROLE) if item is not None else None)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(ID_ROLE))
