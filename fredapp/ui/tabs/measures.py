"""The Tiltak tab: every measure in a table, editable with undo."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.models import Measure
from fredapp.ui import formatting, labels
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.records import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MeasureTableModel(RecordTableModel):
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
        super().__init__(context, Measure, self.COLUMNS)


class StatusDelegate(QStyledItemDelegate):
    """Edits a status code with a list of the statuses' translated names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for code in labels.MEASURE_STATUSES:
            box.addItem(labels.measure_status(code), code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MeasuresTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeasureTableModel(context)
        self.model.error_handler = self._show_error
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter measures…"))
        self.filter_edit.setAccessibleName(self.tr("Filter measures"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Measures"))
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(MeasureTableModel.STATUS_COLUMN, StatusDelegate(self))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._build_layout()
        self.filter_edit.textChanged.connect(self._filter)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._update_count()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Filter:"))
        label.setBuddy(self.filter_edit)
        top.addWidget(label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 measures")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Change refused"), message)
