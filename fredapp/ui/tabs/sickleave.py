"""The Sykefravær tab: the leader's checklist, the unit's figures and the toolkit catalogue.

The unit chosen at the top is remembered between runs (QSettings); the three pages below
follow it. Pages are built over the core (``fredapp.core.checklists``,
``fredapp.core.calc.sickleave``) and every edit goes through the undo stack.
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
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.errors import ValidationError
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Scenario, ToolkitItem, Unit
from fredapp.core.tree import UnitTree
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import ERROR_PROPERTY, fit_message, show_error, show_info
from fredapp.ui.itemmodels.kepttext import KeepTypedDelegate
from fredapp.ui.itemmodels.records import Column, RecordTableModel
from fredapp.ui.messages import error_text
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.sickleave.checklist_page import ChecklistPage
from fredapp.ui.sickleave.figures_page import FiguresPage
from fredapp.ui.undo import push_change

UNIT_KEY = "sickleave/unit"
Index = QModelIndex | QPersistentModelIndex


def _retired_text(value: Any) -> str:
    return QCoreApplication.translate("ToolkitTableModel", "Retired") if value else ""


class ToolkitTableModel(RecordTableModel):
    context_name = "ToolkitTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Tool"), "title", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Category"), "category", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Where"), "link", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Tags"), "tags", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Description"), "description", editable=True),
        Column(QT_TRANSLATE_NOOP("ToolkitTableModel", "Status"), "retired", display=_retired_text),
    )
    DESCRIPTION_COLUMN = 4

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, ToolkitItem, self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        retired = index.isValid() and self.record(index.row()).retired
        if retired and role == Qt.ItemDataRole.ForegroundRole:
            return Qt.GlobalColor.darkGray
        return super().data(index, role)


class ActiveToolsProxy(QSortFilterProxyModel):
    """Hides retired tools unless asked to show them."""

    def __init__(self) -> None:
        super().__init__()
        self.show_retired = False

    def set_show_retired(self, show: bool) -> None:
        self.beginFilterChange()
        self.show_retired = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.show_retired or not isinstance(model, ToolkitTableModel):
            return True
        return not model.record(source_row).retired


class CataloguePage(QWidget):
    """HR's catalogue of tools and resources: add, edit in place, retire (all undoable)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = ToolkitTableModel(context)
        self.proxy = ActiveToolsProxy()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Sick-leave toolkit"))
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            ToolkitTableModel.DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add tool"))
        self.add_button.setAccessibleName(self.tr("Add a tool to the toolkit"))
        self.retire_button = QPushButton(self.tr("&Retire / reinstate"))
        self.retire_button.setAccessibleName(self.tr("Retire or reinstate the selected tool"))
        self.show_retired_box = QCheckBox(self.tr("Show re&tired tools"))
        self.show_retired_box.setAccessibleName(self.tr("Show retired tools"))
        self.message_label = fit_message(QLabel())
        self.message_label.setAccessibleName(self.tr("Message"))
        self.model.error_handler = lambda text: show_error(self.message_label, text)
        self.table.setItemDelegate(KeepTypedDelegate(self.table))  # a refused text stays
        subscribe(context, [ToolkitItem], self._saved, self)
        heading = QLabel(
            self.tr(
                "<b>Sick-leave toolkit</b> – tools and resources for leaders. Retired tools "
                "stay in the checklists that have them, but new checklists leave them out."
            )
        )
        heading.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.show_retired_box)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        self.add_button.clicked.connect(self.add_tool)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.show_retired_box.toggled.connect(self.proxy.set_show_retired)
        self.model.modelReset.connect(self.proxy.invalidate)

    def _saved(self, batch: Batch) -> None:
        # An edit went through: the refusal shown before it is dealt with.
        if not batch.received and self.message_label.property(ERROR_PROPERTY):
            show_info(self.message_label, "")

    def add_tool(self) -> bool:
        service = self._context.service
        order = max(
            (self.model.record(r).sort_order for r in range(self.model.rowCount())), default=-1
        )
        change = service.plan_create(ToolkitItem, title=self.tr("New tool"), sort_order=order + 1)
        push_change(self._context.undo_stack, service, change, self.tr("Add tool"))
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.record(self.proxy.mapToSource(index).row()).id == change.record_id:
                self.table.setCurrentIndex(index)
                self.table.edit(index)
                break
        return True

    def toggle_retired(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            show_error(self.message_label, self.tr("Choose a tool first."))
            return False
        record = self.model.record(self.proxy.mapToSource(index).row())
        service = self._context.service
        change = service.plan_update(ToolkitItem, record.id, retired=not record.retired)
        if change is None:
            return False
        text = self.tr("Reinstate %1") if record.retired else self.tr("Retire %1")
        try:
            push_change(self._context.undo_stack, service, change, text.replace("%1", record.title))
        except ValidationError as exc:
            show_error(self.message_label, error_text(exc))
            return False
        return True


class SickLeaveTab(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.today = today
        self.unit_box = QComboBox()
        self.unit_box.setAccessibleName(self.tr("Unit"))
        self.unit_box.setMinimumContentsLength(20)
        self.checklist_page = ChecklistPage(context, today=lambda: self.today())
        self.figures_page = FiguresPage(context, today=lambda: self.today())
        self.catalogue_page = CataloguePage(context)
        self.model = self.catalogue_page.model  # the toolkit catalogue
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Sick-leave pages"))
        self.pages.addTab(self.checklist_page, self.tr("Chec&klist"))
        self.pages.addTab(self.figures_page, self.tr("F&igures and trend"))
        self.pages.addTab(self.catalogue_page, self.tr("T&oolkit"))
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_box)
        top = QHBoxLayout()
        top.addWidget(unit_label)
        top.addWidget(self.unit_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.unit_box.currentIndexChanged.connect(self._unit_chosen)
        subscribe(context, [Unit, Scenario], self._on_batch, self)
        self.load_units()

    def print_view(self) -> bool:
        """Ctrl+P: the checklist as a document, or the trend graph, or the page in front."""
        from fredapp.ui.printing import print_widget

        page = self.pages.currentWidget()
        if page is self.checklist_page:
            return self.checklist_page.print_checklist()
        target = page
        if page is self.figures_page and self.figures_page.plot is not None:
            target = self.figures_page.plot
        return print_widget(target, self, self.pages.tabText(self.pages.currentIndex()))

    def set_clock(self, today: Callable[[], dt.date]) -> None:
        """Use another clock (tests, demonstrations): periods and defaults follow it."""
        self.today = today
        self.figures_page.entry["month"].clear()
        self.load_units()

    def load_units(self) -> None:
        """The current scenario's units in tree order, indented by depth."""
        chosen = self.unit_box.currentData() or QSettings().value(UNIT_KEY, "")
        # The one tree: a cycle left by sync is repaired as in every other view, never looped.
        tree = UnitTree(queries.current_units(self._context.database))
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for unit in tree:
            self.unit_box.addItem("\u2003" * tree.depth(unit.id) + unit.name, str(unit.lineage_id))
        index = self.unit_box.findData(chosen) if chosen else -1
        self.unit_box.setCurrentIndex(index if index >= 0 else 0)
        self.unit_box.blockSignals(False)
        self._unit_chosen()

    def choose_unit(self, lineage_id: uuid.UUID) -> None:
        self.unit_box.setCurrentIndex(self.unit_box.findData(str(lineage_id)))

    def current_lineage(self) -> uuid.UUID | None:
        data = self.unit_box.currentData()
        return uuid.UUID(data) if data else None

    def _unit_chosen(self) -> None:
        lineage = self.current_lineage()
        shown = self.figures_page.lineage_id
        if lineage != shown and shown is not None and not self.figures_page.leave():
            # The person stays with the figures typed: the box shows their unit again.
            self.unit_box.blockSignals(True)
            self.unit_box.setCurrentIndex(self.unit_box.findData(str(shown)))
            self.unit_box.blockSignals(False)
            return
        name = self.unit_box.currentText().strip("\u2003")
        if lineage is not None:
            QSettings().setValue(UNIT_KEY, str(lineage))
        self.checklist_page.set_unit(lineage, name)
        self.figures_page.set_unit(lineage, name)

    def _on_batch(self, batch: Batch) -> None:
        unit_moved = any({"name", "parent_id", "deleted"} & set(c.after) for c in batch.of(Unit))
        # What decides the current scenario (fredapp.core.queries.current_scenario) changed.
        current_moved = any(
            {"is_current", "deleted", "sort_order"} & set(c.after) for c in batch.of(Scenario)
        )
        if unit_moved or current_moved or batch.reloads(Unit, Scenario):
            self.load_units()  # once per operation or sync
