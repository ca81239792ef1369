"""The Organisasjon tab: a scenario's unit tree with editing, scenarios, and the comparison."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import orgtree, queries
from fredapp.core.calc.leaders import leader_stats
from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.models import LEVEL_ORDER, Scenario, Unit
from fredapp.core.operations import Operation
from fredapp.core.service import Change
from fredapp.ui import formatting
from fredapp.ui.context import AppContext, Coalesced
from fredapp.ui.error_label import show_error, show_info
from fredapp.ui.itemmodels.units import (
    LEVEL_ROLE,
    UnitFilterProxy,
    UnitRecord,
    UnitTreeModel,
    level_name,
    push_change,
)
from fredapp.ui.messages import error_text
from fredapp.ui.organisation.comparison import ComparisonView
from fredapp.ui.organisation.descriptions import DescriptionPanel, RolesPage, SearchPage
from fredapp.ui.undo import OperationCommand
from fredapp.ui.workers import (
    StepProgress,
    read_with_progress,
    run_with_busy,
    run_with_progress,
)

Index = QModelIndex | QPersistentModelIndex
LARGE_TREE = 2000  # units; beyond this the tree opens less expanded


class LevelDelegate(QStyledItemDelegate):
    """Edits a unit's level with a list of the levels' translated names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setAccessibleName(self.tr("Level"))
        for level in LEVEL_ORDER:
            box.addItem(level_name(level.value), level.value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(LEVEL_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OrganisationTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._cut_ids: list[uuid.UUID] = []
        self.scenario_box = QComboBox()
        self.scenario_box.setAccessibleName(self.tr("Scenario"))
        self.copy_scenario_button = QPushButton(self.tr("&Copy scenario…"))
        self.copy_scenario_button.setAccessibleName(self.tr("Copy the scenario to a new one"))
        self.rename_scenario_button = QPushButton(self.tr("Re&name scenario…"))
        self.rename_scenario_button.setAccessibleName(self.tr("Rename the scenario"))
        self.delete_scenario_button = QPushButton(self.tr("&Delete scenario"))
        self.delete_scenario_button.setAccessibleName(self.tr("Delete the scenario"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter units…"))
        self.filter_edit.setAccessibleName(self.tr("Filter units"))
        self.filter_edit.setToolTip(self.tr("Name, leader or words of the function description"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = UnitTreeModel(context)
        self.proxy = UnitFilterProxy(self.model, self)
        self.tree = self._make_tree()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.hide()
        self.stats_label = QLabel()
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats_label.setWordWrap(True)
        self.stats_label.setAccessibleName(self.tr("Leader figures"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(
            self.tr("Import an organisation from a CSV or Excel file")
        )
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(
            self.tr("Export the scenario's organisation to a CSV or Excel file")
        )
        self.export_descriptions_button = QPushButton(self.tr("Export descriptions…"))
        self.export_descriptions_button.setAccessibleName(
            self.tr("Export all function descriptions of the scenario to PDF or ODT")
        )
        self.comparison_view = ComparisonView(context)
        self.description_panel = DescriptionPanel(context)
        self.roles_page = RolesPage(context)
        self.search_page = SearchPage(context)
        self._make_actions()
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Organisation views"))
        self._build_layout()
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        self.filter_edit.textChanged.connect(self.set_filter)
        self.copy_scenario_button.clicked.connect(self.ask_copy_scenario)
        self.rename_scenario_button.clicked.connect(self.ask_rename_scenario)
        self.delete_scenario_button.clicked.connect(self.ask_delete_scenario)
        self.model.refused.connect(self.show_message)
        self.model.loadProgress.connect(self._load_progress)
        self.model.loaded.connect(self._loaded)
        self.tree.selectionModel().currentChanged.connect(self._current_unit_changed)
        self.model.modelReset.connect(self._current_unit_changed)
        self.search_page.open_requested.connect(self.open_search_hit)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.export_descriptions_button.clicked.connect(self.ask_export_descriptions)
        self.comparison_view.export_pdf_button.clicked.connect(
            lambda: self.ask_export_comparison("pdf")
        )
        self.comparison_view.export_xlsx_button.clicked.connect(
            lambda: self.ask_export_comparison("xlsx")
        )
        self._stats_soon = Coalesced(context.changes, self._update_stats, self)
        context.changes.changed.connect(self._on_change)
        self.load_scenarios()

    # -- building --------------------------------------------------------------------------

    def _make_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setModel(self.proxy)
        tree.setAccessibleName(self.tr("Units"))
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)  # lets the view skip measuring every row
        tree.header().setStretchLastSection(False)
        tree.header().setResizeContentsPrecision(200)  # measure a sample, not 10,000 rows
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        tree.setItemDelegateForColumn(1, LevelDelegate(tree))
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return tree

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(self.tr("&Add unit"), self.add_child_unit, "Ctrl+N")
        self.add_top_action = self._action(
            self.tr("Add top-&level unit"), self.add_top_unit, "Ctrl+Shift+N"
        )
        self.rename_action = self._action(self.tr("Re&name unit"), self.rename_current, "F2")
        self.delete_action = self._action(
            self.tr("&Delete unit"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.cut_action = self._action(
            self.tr("Cu&t unit"), self.cut_selected, QKeySequence.StandardKey.Cut
        )
        self.paste_action = self._action(
            self.tr("&Paste unit under the selected one"),
            self.paste_under_current,
            QKeySequence.StandardKey.Paste,
        )
        self.paste_top_action = self._action(
            self.tr("Paste unit at the t&op level"), self.paste_at_top, "Ctrl+Shift+V"
        )
        self.expand_action = self._action(self.tr("E&xpand all"), self.expand_all, "Ctrl+E")
        self.collapse_action = self._action(
            self.tr("Co&llapse all"), self.tree.collapseAll, "Ctrl+Shift+E"
        )
        self.paste_action.setEnabled(False)
        self.paste_top_action.setEnabled(False)

    def edit_actions(self) -> list[QAction]:
        """The tree's actions, for the window's Edit menu (they act while the tree has focus)."""
        return [
            self.add_action,
            self.add_top_action,
            self.rename_action,
            self.delete_action,
            self.cut_action,
            self.paste_action,
            self.paste_top_action,
        ]

    @staticmethod
    def _toolbar(name: str) -> QToolBar:
        # A tool bar folds what does not fit into a menu, so the window can stay narrow.
        bar = QToolBar()
        bar.setAccessibleName(name)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The » button that opens the folded part has no text: Orca said only "push button".
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(
                QCoreApplication.translate("OrganisationTab", "More actions")
            )
        return bar

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Scenario:"))
        label.setBuddy(self.scenario_box)
        top.addWidget(label)
        top.addWidget(self.scenario_box, 1)
        scenario_bar = self._toolbar(self.tr("Scenario actions"))
        for button in (
            self.copy_scenario_button,
            self.rename_scenario_button,
            self.delete_scenario_button,
            self.import_button,
            self.export_button,
            self.export_descriptions_button,
        ):
            scenario_bar.addWidget(button)
        # The actions get a row of their own: beside a long scenario name, some hid behind
        # the toolbar's » button at the default window width.
        actions_row = QHBoxLayout()
        actions_row.addWidget(scenario_bar)
        actions_row.addStretch(1)

        tree_page = QWidget()
        tools = QHBoxLayout()
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        tools.addWidget(filter_label)
        tools.addWidget(self.filter_edit, 1)
        tree_bar = self._toolbar(self.tr("Unit actions"))
        for action in (self.add_action, self.delete_action, self.cut_action, self.paste_action):
            tree_bar.addAction(action)
            tree_bar.widgetForAction(action).setAccessibleName(action.text().replace("&", ""))
        tools.addWidget(tree_bar, 1)
        self.tree_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree_splitter.addWidget(self.tree)
        self.tree_splitter.addWidget(self.description_panel)
        self.tree_splitter.setStretchFactor(0, 3)
        self.tree_splitter.setStretchFactor(1, 2)
        page_layout = QVBoxLayout(tree_page)
        page_layout.addLayout(tools)
        page_layout.addWidget(self.message_label)
        page_layout.addWidget(self.tree_splitter, 1)
        page_layout.addWidget(self.stats_label)
        self.pages.addTab(tree_page, self.tr("&Tree"))
        self.pages.addTab(self.comparison_view, self.tr("Co&mpare scenarios"))
        self.pages.addTab(self.roles_page, self.tr("Ro&les"))
        self.pages.addTab(self.search_page, self.tr("Search descr&iptions"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions_row)
        layout.addWidget(self.pages, 1)

    # -- scenarios -------------------------------------------------------------------------

    def load_scenarios(self, chosen: uuid.UUID | None = None) -> None:
        scenarios = orgtree.live_scenarios(self._context.service)
        marked = queries.current_scenario(self._context.database)
        wanted = chosen or self.current_scenario_id() or (marked.id if marked else None)
        self.scenario_box.blockSignals(True)
        self.scenario_box.clear()
        current = 0
        for row, scenario in enumerate(scenarios):
            label = (
                f"{scenario.name} – {scenario.description}"
                if scenario.description
                else scenario.name
            )
            self.scenario_box.addItem(label, scenario.id)
            if scenario.id == wanted:
                current = row
        self.scenario_box.setCurrentIndex(current)
        self.scenario_box.blockSignals(False)
        has = bool(scenarios)
        self.rename_scenario_button.setEnabled(has)
        self.copy_scenario_button.setEnabled(has)
        self.delete_scenario_button.setEnabled(len(scenarios) > 1)
        if self.current_scenario_id() != self.model.scenario_id:
            self._scenario_chosen()

    def current_scenario_id(self) -> uuid.UUID | None:
        value = self.scenario_box.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def current_scenario_name(self) -> str:
        scenario_id = self.current_scenario_id()
        if scenario_id is None:
            return ""
        scenario = queries.record(self._context.database, Scenario, scenario_id)
        return scenario.name if scenario else ""

    def choose_scenario(self, name: str) -> None:
        for row in range(self.scenario_box.count()):
            if self.scenario_box.itemText(row).split(" – ")[0] == name:
                self.scenario_box.setCurrentIndex(row)
                return

    _expand_pending = False  # a tree being built is expanded once its top levels are in

    def _scenario_chosen(self) -> None:
        self.model.set_scenario(self.current_scenario_id())
        self._cut_ids = []
        self._update_paste()
        if self.model.loading:  # a large scenario comes in steps: see _load_progress
            self._expand_pending = True
            self._load_progress(0, self.model.unit_count)
            return
        self._expand_pending = False
        self._expand_and_measure()
        self._update_stats()

    def _expand_and_measure(self) -> None:
        # A large tree opens with its staffs' units in view, a small one a level deeper.
        self.tree.expandToDepth(1 if self.model.unit_count <= LARGE_TREE else 0)
        self._measure_columns()

    def _measure_columns(self) -> None:
        # Once per load, not ResizeToContents: that mode re-measures on every change.
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)

    def expand_all(self) -> None:
        """Expand every unit (a tree still being built is finished first)."""
        self.model.finish_loading()
        self.tree.expandAll()

    def _load_progress(self, built: int, total: int) -> None:
        """While a large scenario is built: its top levels expanded, progress in the figures."""
        if self._expand_pending and self.model.rowCount() > 0:
            self._expand_pending = False
            self.tree.expandToDepth(0)
            self._measure_columns()
        if self.model.loading:
            self.stats_label.setText(
                self.tr("Loading units: %1 of %2…")
                .replace("%1", formatting.number(built))
                .replace("%2", formatting.number(total))
            )

    def _loaded(self) -> None:
        """A scenario built in steps is complete: figures, column widths and the filter."""
        if self._expand_pending:
            self._expand_pending = False
            self._expand_and_measure()
        else:
            self._measure_columns()
        self._update_stats()
        if self.filter_edit.text().strip():
            self.tree.expandAll()  # units that came in after the filter was typed

    def ask_copy_scenario(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Copy scenario"),
            self.tr("Name of the new scenario:"),
            text=self.tr("Copy of %1").replace("%1", self.current_scenario_name()),
        )
        if ok:
            self.copy_scenario(name)

    def copy_scenario(self, name: str) -> uuid.UUID | None:
        source = self.current_scenario_id()
        if source is None:
            return None
        try:
            change = orgtree.copy_scenario(self._context.service, source, name)
            push_change(
                self._context.undo_stack,
                self._context.service,
                change,
                self.tr("Copy scenario to %1").replace("%1", name.strip()),
            )
        except FredAppError as exc:
            self.show_message(error_text(exc))
            return None
        self.load_scenarios(chosen=change.record_id)
        return change.record_id

    def ask_rename_scenario(self) -> None:
        old = self.current_scenario_name()
        name, ok = QInputDialog.getText(
            self, self.tr("Rename scenario"), self.tr("New name of the scenario:"), text=old
        )
        if ok:
            self.rename_scenario(name)

    def rename_scenario(self, name: str) -> bool:
        scenario_id = self.current_scenario_id()
        if scenario_id is None:
            return False
        service = self._context.service
        try:
            name = orgtree.check_scenario_name(orgtree.live_scenarios(service), name, scenario_id)
            change = service.plan_update(Scenario, scenario_id, "rename scenario", name=name)
            if change is None:
                return True
            push_change(
                self._context.undo_stack,
                service,
                change,
                self.tr("Rename scenario to %1").replace("%1", name),
            )
        except FredAppError as exc:
            self.show_message(error_text(exc))
            return False
        return True

    def ask_delete_scenario(self) -> None:
        name = self.current_scenario_name()
        answer = QMessageBox.question(
            self,
            self.tr("Delete scenario"),
            self.tr("Delete the scenario %1 and its units? Edit → Undo brings it back.").replace(
                "%1", name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_scenario()

    def delete_scenario(self) -> bool:
        scenario_id = self.current_scenario_id()
        if scenario_id is None or self.scenario_box.count() < 2:
            self.show_message(self.tr("The last scenario cannot be deleted."))
            return False
        name = self.current_scenario_name()
        change = self._context.service.plan_delete(Scenario, scenario_id, "delete scenario")
        push_change(
            self._context.undo_stack,
            self._context.service,
            change,
            self.tr("Delete scenario %1").replace("%1", name),
        )
        return True

    # -- tree edits ------------------------------------------------------------------------

    def selected_unit_ids(self) -> list[uuid.UUID]:
        rows = self.tree.selectionModel().selectedRows(0)
        ids = []
        for index in rows:
            unit = self.model.unit_at(self.proxy.mapToSource(index))
            if unit is not None:
                ids.append(unit.id)
        if not ids:
            current = self.current_unit()
            if current is not None:
                ids.append(current.id)
        return ids

    def current_unit(self) -> UnitRecord | None:
        index = self.tree.currentIndex()
        return self.model.unit_at(self.proxy.mapToSource(index)) if index.isValid() else None

    def select_unit(self, unit_id: uuid.UUID, column: int = 0) -> QModelIndex:
        index = self.proxy.mapFromSource(self.model.index_of(unit_id, column))
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.setCurrentIndex(index)
        return index

    def add_child_unit(self) -> uuid.UUID | None:
        current = self.current_unit()
        return self._add_unit(current.id if current else None)

    def add_top_unit(self) -> uuid.UUID | None:
        return self._add_unit(None)

    def _add_unit(self, parent_id: uuid.UUID | None, name: str | None = None) -> uuid.UUID | None:
        self.clear_message()
        unit_id = self.model.add_unit(parent_id, name or self.tr("New unit"))
        if unit_id is not None:
            index = self.select_unit(unit_id)
            if index.isValid() and name is None:
                self.tree.edit(index)
        return unit_id

    def rename_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def delete_selected(self) -> bool:
        self.clear_message()
        ids = self.selected_unit_ids()
        if not ids:
            return False
        if len(ids) == 1:
            return self.model.delete_unit(ids[0])
        # One operation for all of them and everything below: one transaction, one undo step.
        text = self.tr("Delete %1 units").replace("%1", str(len(ids)))
        return self.model.delete_units(ids, text)

    def cut_selected(self) -> None:
        self.clear_message()
        self._cut_ids = self.selected_unit_ids()
        self._update_paste()
        if self._cut_ids:
            names = ", ".join(
                unit.name for unit_id in self._cut_ids if (unit := self.model.unit(unit_id))
            )
            self.show_message(
                self.tr("Cut: %1. Select the new parent and paste (Ctrl+V).").replace("%1", names),
                error=False,
            )

    def paste_under_current(self) -> bool:
        current = self.current_unit()
        return self._paste(current.id if current else None)

    def paste_at_top(self) -> bool:
        return self._paste(None)

    def _paste(self, parent_id: uuid.UUID | None) -> bool:
        if not self._cut_ids:
            return False
        self.clear_message()
        moved = self.model.move_units(self._cut_ids, parent_id)
        if moved:
            first = self._cut_ids[0]
            self._cut_ids = []
            self._update_paste()
            self.select_unit(first)
        return moved

    def _update_paste(self) -> None:
        self.paste_action.setEnabled(bool(self._cut_ids))
        self.paste_top_action.setEnabled(bool(self._cut_ids))

    # -- filter and figures ----------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if text.strip():
            self.tree.expandAll()

    def show_message(self, text: str, error: bool = True) -> None:
        (show_error if error else show_info)(self.message_label, text)
        self.message_label.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    def _update_stats(self, *args: Any) -> None:
        stats = leader_stats(self.model.units)
        parts = [
            f"{level_name(level.value)} {stats.leaders_by_level[level.value]}"
            for level in LEVEL_ORDER
            if stats.leaders_by_level[level.value]
        ]
        self.stats_label.setText(
            self.tr("Leaders: %1 (%2) · Employees: %3 · Employees per leader: %4")
            .replace("%1", formatting.number(stats.leaders))
            .replace("%2", ", ".join(parts))
            .replace("%3", formatting.number(stats.employees))
            .replace("%4", formatting.number(stats.density, 1))
        )

    def _on_change(self, change: Change) -> None:
        if change.model is Scenario:
            self.load_scenarios()
        elif change.model is Unit:
            self._stats_soon()
            if change.record_id == self._described_unit:
                self._current_unit_changed()

    # -- printing --------------------------------------------------------------------------

    def print_view(self) -> bool:
        """Ctrl+P: the comparison when it is in front, the page in front for the description
        pages, else the scenario's whole unit tree."""
        from fredapp.ui.organisation.printing import ask_printer
        from fredapp.ui.printing import print_widget

        page = self.pages.currentWidget()
        if page is self.comparison_view:
            return self.print_comparison()
        if page in (self.roles_page, self.search_page):
            return print_widget(page, self, self.pages.tabText(self.pages.currentIndex()))
        printer = ask_printer(self, self.print_title())
        return printer is not None and self.print_tree(printer) > 0

    def print_title(self) -> str:
        return self.tr("Organisation – %1").replace("%1", self.current_scenario_name())

    def print_tree(self, device: Any) -> int:
        """Paint the unit tree (as filtered) on ``device``; returns the number of pages."""
        import datetime as dt

        from fredapp.ui.organisation.printing import TreePrintout, headers_of, paint_tree, tree_rows

        self.model.finish_loading()  # a large scenario may still be coming in
        subtitle = self.tr("Printed %1").replace("%1", formatting.date(dt.date.today()))
        if self.proxy.query.strip():
            subtitle += " · " + self.tr("Filter: %1").replace("%1", self.proxy.query.strip())
        printout = TreePrintout(
            title=self.print_title(),
            subtitle=subtitle,
            headers=headers_of(self.proxy),
            rows=tree_rows(self.proxy),
            page_template=self.tr("Page %1 of %2"),
        )
        return paint_tree(device, printout)

    def print_comparison(self, device: Any = None) -> bool:
        """The comparison in front as a document; ``device`` None asks for a printer."""
        import datetime as dt
        import html

        from fredapp.ui.organisation.export import comparison_html
        from fredapp.ui.organisation.printing import ask_printer, print_html

        comparison = self.comparison_view.current()
        if comparison is None:
            return False
        title = f"{comparison.from_name} – {comparison.to_name}"
        device = device or ask_printer(self, title)
        if device is None:
            return False
        printed = self.tr("Printed %1").replace("%1", formatting.date(dt.date.today()))
        heading, rest = comparison_html(comparison).split("</h1>", 1)
        print_html(device, f"{heading}</h1><p>{html.escape(printed)}</p>{rest}", title)
        return True

    # -- descriptions ----------------------------------------------------------------------

    _described_unit: uuid.UUID | None = None

    def _current_unit_changed(self, *args: Any) -> None:
        unit = self.current_unit()
        if unit is None:
            self._described_unit = None
            self.description_panel.clear()
            return
        if unit.id == self._described_unit and self.description_panel.dirty:
            return
        self._described_unit = unit.id
        self.description_panel.set_function_target(unit.lineage_id, unit.name)

    def open_search_hit(self, hit: Any) -> bool:
        if hit.role_id is not None:
            self.pages.setCurrentWidget(self.roles_page)
            self.roles_page.select_role(hit.role_id)
            self.roles_page.panel.editor.setFocus()
            return True
        matches = [unit for unit in self.model.units if unit.lineage_id == hit.unit_lineage_id]
        if not matches:
            self.show_message(
                self.tr("The unit of this description is not in the scenario %1.").replace(
                    "%1", self.current_scenario_name()
                )
            )
            self.pages.setCurrentIndex(0)
            return False
        self.pages.setCurrentIndex(0)
        self.filter_edit.clear()
        self.select_unit(matches[0].id)
        self.description_panel.editor.setFocus()
        return True

    # -- import and export -----------------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)")

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import organisation"), str(Path.home()), self._file_filter()
        )
        if not path:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Import organisation"),
            self.tr("Scenario to import into (a new name makes a new scenario):"),
            text=Path(path).stem,
        )
        if ok:
            self.import_file(Path(path), name, warn=True)

    def import_file(self, path: Path, scenario: str, warn: bool = False) -> bool:
        """Validate the whole file, then import it as one undoable step."""
        from fredapp.core.io.org import plan_org_import

        self.clear_message()
        service = self._context.service
        with self._context.sync_held():  # no sync lands between the plan and its write
            try:
                plan = read_with_progress(
                    self,
                    path,
                    lambda cancelled: plan_org_import(service, path, scenario, cancelled),
                )
                text = self.tr("Import %1 into %2").replace("%1", path.name)
                text = text.replace("%2", plan.scenario_name)
                operation = Operation.named(text, plan.changes)
                # One transaction here; it cannot be stopped half-way, so a large one only gets a
                # busy dialog (about 0.4 ms a change). So do its undo and redo.
                run_with_busy(service, operation)
                command = OperationCommand(service, operation, written=True)
            except Cancelled as exc:  # nothing was written; the user's choice, not an error
                self.show_message(error_text(exc), error=False)
                return False
            except FredAppError as exc:
                self.show_message(error_text(exc))
                if warn:
                    QMessageBox.warning(self, self.tr("Import refused"), error_text(exc))
                return False
        self._context.undo_stack.push(command)
        self.load_scenarios(chosen=plan.scenario_id)
        self.show_message(
            self.tr("Imported %1 units into %2: %3 new, %4 changed, %5 removed.")
            .replace("%1", str(plan.rows))
            .replace("%2", plan.scenario_name)
            .replace("%3", str(plan.created))
            .replace("%4", str(plan.updated))
            .replace("%5", str(plan.deleted)),
            error=False,
        )
        return True

    def ask_export(self) -> None:
        name = self.current_scenario_name() or "organisasjon"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export organisation"),
            str(Path.home() / f"{name}.xlsx"),
            self._file_filter(),
        )
        if path:
            self.export_file(Path(path), warn=True)

    def export_file(self, path: Path, warn: bool = False) -> bool:
        """CSV or XLSX in a thread with Cancel: 1 500 units took 0.07 s as CSV, 0.6 s as XLSX."""
        from fredapp.core.io.org import export_org

        database, scenario = self._context.database, self.current_scenario_name()
        label = self.tr("Exporting to %1 …").replace("%1", path.name)
        done, count = self._export(
            lambda: run_with_progress(
                self,
                label,
                lambda token: export_org(database, path, scenario, lambda: token.cancelled),
            ),
            warn,
        )
        if not done:
            return False
        self.show_message(
            self.tr("Exported %1 units to %2").replace("%1", str(count)).replace("%2", str(path)),
            error=False,
        )
        return True

    def ask_export_descriptions(self) -> None:
        name = self.current_scenario_name() or "beskrivelser"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export descriptions"),
            str(Path.home() / f"{name}.pdf"),
            self.tr("PDF document (*.pdf);;OpenDocument text (*.odt)"),
        )
        if path:
            self.export_descriptions(Path(path), warn=True)

    def export_descriptions(self, path: Path, warn: bool = False) -> bool:
        from fredapp.core import descriptions
        from fredapp.ui.organisation.export import export_descriptions

        self.description_panel.save_now()
        scenario_id = self.current_scenario_id()
        if scenario_id is None:
            return False
        pairs = descriptions.scenario_function_descriptions(self._context.database, scenario_id)
        items = [
            (self.tr("Function description: %1").replace("%1", unit.name), description.body_html)
            for unit, description in pairs
        ]
        title = self.tr("Function descriptions – %1").replace("%1", self.current_scenario_name())
        label = self.tr("Exporting to %1 …").replace("%1", path.name)

        def write() -> None:
            with StepProgress(self, label) as progress:
                export_descriptions(path, items, title, progress)

        if not self._export(write, warn)[0]:
            return False
        self.show_message(
            self.tr("Exported %1 descriptions to %2")
            .replace("%1", str(len(items)))
            .replace("%2", str(path)),
            error=False,
        )
        return True

    def ask_export_comparison(self, kind: str) -> None:
        comparison = self.comparison_view.current()
        if comparison is None:
            return
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        default = Path.home() / f"{comparison.from_name}-{comparison.to_name}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export comparison"), str(default), filters[kind]
        )
        if path:
            self.export_comparison(Path(path), warn=True)

    def export_comparison(self, path: Path, warn: bool = False) -> bool:
        from fredapp.ui.organisation.export import export_comparison

        comparison = self.comparison_view.current()
        if comparison is None:
            return False
        label = self.tr("Exporting to %1 …").replace("%1", path.name)

        def write() -> None:
            with StepProgress(self, label) as progress:
                export_comparison(path, comparison, progress)

        shown_on = self.comparison_view.summary_label.setText
        return self._export(write, warn, lambda text, _error: shown_on(text))[0]

    def _export[T](
        self,
        work: Callable[[], T],
        warn: bool,
        show: Callable[[str, bool], None] | None = None,
    ) -> tuple[bool, T | None]:
        """Run an export; (False, None) after a Cancel or a failure, which ``show`` reports.

        Exports write aside, so in both cases the old file is as it was.
        """
        report = show or (lambda text, error: self.show_message(text, error=error))
        try:
            return True, work()
        except Cancelled as exc:
            report(error_text(exc), False)
        except FredAppError as exc:
            report(error_text(exc), True)
            if warn:
                QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
        return False, None
