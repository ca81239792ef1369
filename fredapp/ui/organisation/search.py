"""Search across every description; a result opens its description."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import descriptions
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.listtable import ListTableModel

Index = QModelIndex | QPersistentModelIndex


class SearchResultModel(ListTableModel):
    HEADER_CONTEXT = "SearchResultModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SearchResultModel", "Kind"),
        QT_TRANSLATE_NOOP("SearchResultModel", "Title"),
        QT_TRANSLATE_NOOP("SearchResultModel", "Where it says so"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[descriptions.SearchHit] = []

    def set_hits(self, hits: list[descriptions.SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return (
                    self.tr("Function description")
                    if hit.kind == "function"
                    else self.tr("Role description")
                )
            return hit.title if index.column() == 1 else hit.snippet
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None


class SearchPage(QWidget):
    """Search across all descriptions; a result opens its description."""

    open_requested = Signal(object)  # a SearchHit

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search descriptions"))
        self.search_edit.setPlaceholderText(self.tr("Words to find in all descriptions…"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = SearchResultModel()
        self.result_view = QTableView()
        self.result_view.setModel(self.results)
        self.result_view.setAccessibleName(self.tr("Search results"))
        self.result_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.result_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_view.verticalHeader().hide()
        self.result_view.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.open_button = QPushButton(self.tr("&Open description"))
        self.open_button.setAccessibleName(self.tr("Open the chosen description"))
        top = QHBoxLayout()
        label = QLabel(self.tr("Searc&h:"))
        label.setBuddy(self.search_edit)
        top.addWidget(label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result_view, 1)
        layout.addWidget(self.count_label)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(250)
        self._delay.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._delay.start())
        self.search_edit.returnPressed.connect(self.run_search)
        self.result_view.activated.connect(self._activated)
        self.open_button.clicked.connect(self.open_current)

    def run_search(self) -> None:
        self._delay.stop()
        query = self.search_edit.text()
        hits = descriptions.search(self._context.database, query)
        self.results.set_hits(hits)
        self.count_label.setText(
            self.tr("%Ln description(s) found", "", len(hits)) if query.strip() else ""
        )
        if hits:
            self.result_view.setCurrentIndex(self.results.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        hit = self.results.data(index, Qt.ItemDataRole.UserRole)
        if hit is not None:
            self.open_requested.emit(hit)

    def open_current(self) -> None:
        index = self.result_view.currentIndex()
        if index.isValid():
            self._activated(index)
