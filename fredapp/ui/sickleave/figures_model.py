"""A unit's monthly sick-leave figures as an editable table, newest month first.

Every edit is checked with the core's rules before it is written (a percentage outside 0–100,
short + long that do not add up to the total, a month in the future) and a refused value gets
a message that names the row and the column. A small group's percentages are shown as
"skjult (< 5)" and are not given to the editor either.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fredapp.core import queries
from fredapp.core.calc.sickleave import Problem, check_figure
from fredapp.core.errors import ImportExportError, ValidationError
from fredapp.core.io.formats import parse_number
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import SickLeaveFigure
from fredapp.core.privacy import is_small_group
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.listtable import ListTableModel
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.undo import push_change

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "FiguresModel"
HEADERS = (
    QT_TRANSLATE_NOOP("FiguresModel", "Month"),
    QT_TRANSLATE_NOOP("FiguresModel", "Employees"),
    QT_TRANSLATE_NOOP("FiguresModel", "Total %"),
    QT_TRANSLATE_NOOP("FiguresModel", "Short-term %"),
    QT_TRANSLATE_NOOP("FiguresModel", "Long-term %"),
)
FIELDS = ("month", "employees", "total_pct", "short_pct", "long_pct")
COLUMN_OF = {field: column for column, field in enumerate(FIELDS)}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def hidden_text() -> str:
    return QCoreApplication.translate("TrendPlot", "hidden (< 5)")


def problem_text(problem: Problem, values: dict[str, Any]) -> str:
    """The core's reason in the UI's language."""
    value = values.get(problem.field)
    shown = formatting.number(value, 1) if isinstance(value, float) else str(value)
    if problem.code == "percent_range":
        return QCoreApplication.translate(
            "FiguresModel", "%1 is not a percentage between 0 and 100."
        ).replace("%1", shown)
    if problem.code == "sum_mismatch":
        return (
            QCoreApplication.translate(
                "FiguresModel",
                "Short-term %1 + long-term %2 is not the total %3 (more than 0.1 apart).",
            )
            .replace("%1", formatting.number(values["short_pct"], 1))
            .replace("%2", formatting.number(values["long_pct"], 1))
            .replace("%3", formatting.number(values["total_pct"], 1))
        )
    if problem.code == "month_future":
        return QCoreApplication.translate(
            "FiguresModel", "%1 is in the future; enter months that are over."
        ).replace("%1", shown)
    if problem.code == "month_format":
        return QCoreApplication.translate(
            "FiguresModel", "'%1' is not a month; write it as YYYY-MM."
        ).replace("%1", shown)
    if problem.code == "employees":
        return QCoreApplication.translate(
            "FiguresModel", "The number of employees must be a whole number, 1 or more."
        )
    return problem.message


def parse_cell(field: str, value: Any) -> Any:
    """A typed value from what the editor gave (text with a decimal comma or a number)."""
    if field == "month":
        return str(value).strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        try:
            number = parse_number(str(value))
        except ImportExportError:
            raise ValueError(
                QCoreApplication.translate("FiguresModel", "'%1' is not a number.").replace(
                    "%1", str(value)
                )
            ) from None
    if field == "employees":
        if not number.is_integer():
            raise ValueError(
                QCoreApplication.translate(
                    "FiguresModel", "The number of employees must be a whole number, 1 or more."
                )
            )
        return int(number)
    return number


class FiguresModel(ListTableModel):
    HEADER_CONTEXT = _CONTEXT
    HEADERS = HEADERS

    def __init__(self, context: AppContext, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self._context = context
        self.today = today
        self.lineage_id: uuid.UUID | None = None
        self._figures: list[SickLeaveFigure] = []
        self.error_handler: Callable[[str], None] = lambda message: None
        subscribe(context, [SickLeaveFigure], self._on_batch, self)

    def set_unit(self, lineage_id: uuid.UUID | None) -> None:
        self.lineage_id = lineage_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.lineage_id is None:
            self._figures = []
        else:
            self._figures = queries.unit_figures(self._context.database, self.lineage_id)
        self.endResetModel()

    def figure(self, row: int) -> SickLeaveFigure:
        return self._figures[row]

    def figure_for(self, month: str) -> SickLeaveFigure | None:
        return next((f for f in self._figures if f.month == month), None)

    def row_total(self) -> int:
        return len(self._figures)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        figure = self._figures[index.row()]
        field = FIELDS[index.column()]
        hidden = is_small_group(figure.employees) and index.column() >= 2
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if hidden:
                return hidden_text()
            value = getattr(figure, field)
            if index.column() >= 2:
                return formatting.number(value, 1)
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            if hidden:
                return ""  # a small group's figure is not shown, not even to edit
            value = getattr(figure, field)
            return formatting.number(value, 1) if index.column() >= 2 else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return int(RIGHT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() >= 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell_name(self, row: int, column: int) -> str:
        return (
            QCoreApplication.translate("FiguresModel", "Row %1 (%2), column %3")
            .replace("%1", str(row + 1))
            .replace("%2", self._figures[row].month)
            .replace("%3", tr(HEADERS[column]))
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() < 1:
            return False
        row, column = index.row(), index.column()
        figure = self._figures[row]
        field = FIELDS[column]
        where = self.cell_name(row, column)
        try:
            parsed = parse_cell(field, value)
        except ValueError as exc:
            self.error_handler(f"{where}: {exc}")
            return False
        values = {name: getattr(figure, name) for name in FIELDS}
        values[field] = parsed
        problems = check_figure(**values, today=self.today())
        if problems:
            problem = problems[0]
            self.error_handler(
                f"{self.cell_name(row, COLUMN_OF[problem.field])}: {problem_text(problem, values)}"
            )
            return False
        service = self._context.service
        change = service.plan_update(SickLeaveFigure, figure.id, **{field: parsed})
        if change is None:
            return False
        text = (
            QCoreApplication.translate("FiguresModel", "Edit %1 for %2")
            .replace("%1", tr(HEADERS[column]))
            .replace("%2", figure.month)
        )
        try:
            push_change(self._context.undo_stack, service, change, text)
        except ValidationError as exc:
            self.error_handler(f"{where}: {exc}")
            return False
        return True

    def _on_batch(self, _batch: Batch) -> None:
        if self.lineage_id is not None:
            self.reload()
