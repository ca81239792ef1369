"""The board's axes (columns by status or dimension, swimlanes by level) and the table's
status editor: the coded values as people read them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fredapp.core.calc.measures import DIMENSION_ORDER, LEVEL_ORDER, STATUS_ORDER
from fredapp.ui import labels
from fredapp.ui.board.view import Axis

Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    """Edits a status code with a list of the statuses' translated names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setAccessibleName(self.tr("Status"))
        for code in labels.MEASURE_STATUSES:
            box.addItem(labels.measure_status(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def status_columns() -> Axis:
    return Axis("status", STATUS_ORDER, tuple(labels.measure_status(s) for s in STATUS_ORDER))


def dimension_columns() -> Axis:
    return Axis(
        "dimension",
        DIMENSION_ORDER,
        tuple(f"{d} – {labels.dimension(d)}" for d in DIMENSION_ORDER),
    )


def level_lanes() -> Axis:
    return Axis("level", LEVEL_ORDER, tuple(labels.measure_level(v) for v in LEVEL_ORDER))
