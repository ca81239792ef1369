"""The parts every flat table model over a Python list shares."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """A table with one row per item of a list and fixed, translated column headers.

    Subclasses name ``HEADERS`` (source texts marked with QT_TRANSLATE_NOOP in
    ``HEADER_CONTEXT``) and say how many rows they hold in :meth:`row_total`.
    """

    HEADER_CONTEXT = "ListTableModel"
    HEADERS: tuple[str, ...] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def header(self, section: int) -> str:
        return QCoreApplication.translate(self.HEADER_CONTEXT, self.HEADERS[section])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.header(section)
        return None
