"""The one model of all measures, and the proxies the board's views look through.

:class:`MeasureTableModel` holds every measure (the table shows it as it is); the board's
cells are :class:`CellProxy` models over it, one per column and swimlane, each letting through
the measures of its cell that pass the shared :class:`~fredapp.core.calc.measures.MeasureFilter`.
A change seen by the model (a move, an edit, an undo) re-files its row in every proxy, so a
card moves between cells without the board being rebuilt.
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
    QSortFilterProxyModel,
    Qt,
)

from fredapp.core import queries
from fredapp.core.calc.measures import MeasureFilter, is_overdue
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Measure, MeasureStatus, MeasureUnitLink, Synced, Unit
from fredapp.ui import formatting, labels
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.records import RECORD_ROLE, Column, RecordTableModel
from fredapp.ui.refresh import Batch

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

OWNER_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
LINKS_ROLE = Qt.ItemDataRole.UserRole + 4
ID_ROLE = Qt.ItemDataRole.UserRole + 5


def shown_progress(measure: Measure) -> int | None:
    """The per cent a card shows: none for a done measure (its status says it is done)."""
    if measure.status == MeasureStatus.DONE.value:
        return None
    return max(0, min(100, measure.progress))


class MeasureTableModel(RecordTableModel):
    """Every measure that is not deleted, in board order, with the roles the cards draw."""

    context_name = "MeasureTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MeasureTableModel", "Code"), "code"),
        Column(QT_TRANSLATE_NOOP("MeasureTableModel", "Title"), "title", editable=True),
        Column(QT_TRANSLATE_NOOP("MeasureTableModel", "Dimension"), "dimension", labels.dimension),
        Column(QT_TRANSLATE_NOOP("MeasureTableModel", "Level"), "level", labels.measure_level),
        Column(
            QT_TRANSLATE_NOOP("MeasureTableModel", "Status"),
            "status",
            labels.measure_status,
            editable=True,
        ),
        Column(QT_TRANSLATE_NOOP("MeasureTableModel", "Effect"), "effect", str, alignment=_RIGHT),
        Column(QT_TRANSLATE_NOOP("MeasureTableModel", "Effort"), "effort", str, alignment=_RIGHT),
        Column(QT_TRANSLATE_NOOP("MeasureTableModel", "Due"), "due_date", formatting.date),
    )
    STATUS_COLUMN = 4

    def __init__(self, context: AppContext) -> None:
        self.today: Callable[[], dt.date] = dt.date.today
        self.unit_names: dict[uuid.UUID, str] = {}
        self.lineage_names: dict[uuid.UUID, str] = {}
        self.links: dict[uuid.UUID, list[uuid.UUID]] = {}
        self._load_units(context)
        super().__init__(context, Measure, self.COLUMNS)

    def tables(self) -> list[type[Synced]]:
        return [Measure, Unit, MeasureUnitLink]

    @property
    def context(self) -> AppContext:
        return self._context

    def records(self) -> list[Measure]:
        return list(self._records)

    def row_of(self, measure_id: uuid.UUID) -> int | None:
        return self._rows.get(measure_id)

    def owner_name(self, measure: Measure) -> str:
        return self.unit_names.get(measure.owner_unit_id, "") if measure.owner_unit_id else ""

    def link_names(self, measure_id: uuid.UUID) -> list[str]:
        return sorted(self.lineage_names.get(lid, "?") for lid in self.links.get(measure_id, []))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole or (
            role == Qt.ItemDataRole.ToolTipRole and index.column() == 0
        ):
            return self.card_text(self._records[index.row()])
        if role == OWNER_ROLE:
            return self.owner_name(self._records[index.row()])
        if role == OVERDUE_ROLE:
            return is_overdue(self._records[index.row()], self.today())
        if role == LINKS_ROLE:
            return self.link_names(self._records[index.row()].id)
        if role == ID_ROLE:
            return self._records[index.row()].id
        return super().data(index, role)

    def card_text(self, measure: Measure) -> str:
        """What a screen reader says for a card: every field the card shows, in words."""
        parts = [
            measure.code,
            measure.title,
            labels.dimension(measure.dimension),
            labels.measure_status(measure.status),
        ]
        owner = self.owner_name(measure)
        if owner:
            parts.append(
                QCoreApplication.translate("MeasureTableModel", "owner %1").replace("%1", owner)
            )
        if measure.due_date:
            parts.append(
                QCoreApplication.translate("MeasureTableModel", "due %1").replace(
                    "%1", formatting.date(measure.due_date)
                )
            )
        if is_overdue(measure, self.today()):
            parts.append(QCoreApplication.translate("MeasureTableModel", "overdue"))
        progress = shown_progress(measure)
        if progress is not None:  # done says it all; its stored per cent is often 0
            parts.append(
                QCoreApplication.translate("MeasureTableModel", "%1 % done").replace(
                    "%1", str(progress)
                )
            )
        linked = self.link_names(measure.id)
        if linked:
            parts.append(
                QCoreApplication.translate("MeasureTableModel", "changes %1").replace(
                    "%1", ", ".join(linked)
                )
            )
        return ", ".join(parts)

    def _load_units(self, context: AppContext) -> None:
        database = context.database
        self.unit_names = queries.unit_names(database)
        self.lineage_names = queries.lineage_names(database)
        self.links = queries.measure_links(database)

    def _units_changed(self) -> None:
        self._load_units(self._context)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, self.columnCount() - 1)
            )

    def _on_batch(self, batch: Batch) -> None:
        if batch.touches(Unit, MeasureUnitLink):
            self._units_changed()  # owner and linked-unit names: once per batch
        super()._on_batch(batch)


class MeasureFilterProxy(QSortFilterProxyModel):
    """The measures that pass the board's filter (the table and the count use it)."""

    def __init__(
        self,
        source: MeasureTableModel,
        parent: Any = None,
        measure_filter: MeasureFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.measure_filter = measure_filter or MeasureFilter()
        self.setSourceModel(source)  # filters the rows once

    def set_filter(self, measure_filter: MeasureFilter) -> None:
        self.beginFilterChange()
        self.measure_filter = measure_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        measure = self._source.record(source_row)
        if not self.measure_filter.words:  # no text: the names are not needed
            return self.measure_filter.matches(measure)
        return self.measure_filter.matches(
            measure,
            self._source.owner_name(measure),
            labels.dimension(measure.dimension),
        )


class CellProxy(MeasureFilterProxy):
    """One cell of the board: the filtered measures with ``column_field == column_value`` and
    ``lane_field == lane_value``."""

    def __init__(
        self,
        source: MeasureTableModel,
        column_field: str,
        column_value: str,
        lane_field: str,
        lane_value: str,
        measure_filter: MeasureFilter,
        parent: Any = None,
    ) -> None:
        self.column_field, self.column_value = column_field, column_value
        self.lane_field, self.lane_value = lane_field, lane_value
        super().__init__(source, parent, measure_filter)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        measure = self._source.record(source_row)
        if getattr(measure, self.column_field) != self.column_value:
            return False
        if getattr(measure, self.lane_field) != self.lane_value:
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cards can be dragged (the view handles the drop); they are edited by dialog."""
        flags = super().flags(index) & ~Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def measure(self, row: int) -> Measure:
        return self._source.record(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, measure_id: uuid.UUID) -> int | None:
        source_row = self._source.row_of(measure_id)
        if source_row is None:
            return None
        index = self.mapFromSource(self._source.index(source_row, 0))
        return index.row() if index.isValid() else None


__all__ = [
    "ID_ROLE",
    "LINKS_ROLE",
    "OVERDUE_ROLE",
    "OWNER_ROLE",
    "RECORD_ROLE",
    "CellProxy",
    "MeasureFilterProxy",
    "MeasureTableModel",
]
