"""A cell editor that keeps what a person typed when the value is refused.

A view's delegate writes the editor's text with ``model.setData``; FredApp's models refuse a
value (an identity number in a note, an empty name) by returning False after they have said
why. Qt has closed the editor by then, and the text was gone. This delegate opens the editor
again on the same cell, with the typed text in it and the field marked, so the person
corrects it instead of typing it again.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyledItemDelegate, QWidget

from fredapp.ui.error_label import mark_field

Index = QModelIndex | QPersistentModelIndex


class KeepTypedDelegate(QStyledItemDelegate):
    """Text editing in cells; a refused text comes back in a marked editor on the same cell."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._typed: str | None = None  # put into the next editor opened (after a refusal)
        self.refused_cell: QPersistentModelIndex | None = None

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        super().setEditorData(editor, index)
        if self._typed is not None and isinstance(editor, QLineEdit):
            editor.setText(self._typed)
            mark_field(editor, True)
        self._typed = None

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        accepted = model.setData(index, text, Qt.ItemDataRole.EditRole)
        stored = index.data(Qt.ItemDataRole.EditRole)
        if accepted or text == ("" if stored is None else str(stored)):
            self.refused_cell = None
            return
        self.refused_cell = QPersistentModelIndex(index)
        # After Qt has closed this editor: open the cell again with the typed text.
        QTimer.singleShot(0, lambda: self._edit_again(QPersistentModelIndex(index), text))

    def _edit_again(self, cell: QPersistentModelIndex, text: str) -> None:
        if not cell.isValid():
            return
        index = cell.model().index(cell.row(), cell.column(), cell.parent())
        self._typed = text
        self._view.setCurrentIndex(index)
        self._view.edit(index)
        if self._typed is not None:  # the view did not open an editor
            self._typed = None
