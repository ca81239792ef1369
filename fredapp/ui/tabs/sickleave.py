"""The Sykefravær tab: the sick-leave toolkit's catalogue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from fredapp.core.models import ToolkitItem
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.records import Column, RecordTableModel


class ToolkitTableModel(RecordTableModel):
    context_name = "ToolkitTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Tool"), "title", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Category"), "category", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Where"), "link", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Description"), "description", editable=True),
    )

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, ToolkitItem, self.COLUMNS)


class SickLeaveTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ToolkitTableModel(context)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sick-leave toolkit"))
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heading = QLabel(self.tr("<b>Sick-leave toolkit</b> – tools and resources for leaders"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
