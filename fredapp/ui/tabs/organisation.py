"""The Organisasjon tab: a scenario's unit tree with editing, scenarios, and the comparison.

The tab lays out its parts and keeps them in step; the parts live beside it in
:mod:`fredapp.ui.organisation`: the unit tree and its actions (``treepanel``), the scenarios
(``scenario_actions``), importing, exporting and printing (``transfer``), the comparison and the
descriptions.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.calc.leaders import leader_stats
from fredapp.core.models import LEVEL_ORDER, Scenario, Unit
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import ERROR_PROPERTY, fit_message, show_error, show_info
from fredapp.ui.itemmodels.units import UnitFilterProxy, UnitRecord, UnitTreeModel, level_name
from fredapp.ui.organisation import scenario_actions, transfer, treefilter
from fredapp.ui.organisation.comparison import ComparisonView
from fredapp.ui.organisation.descriptions import DescriptionPanel
from fredapp.ui.organisation.roles import RolesPage
from fredapp.ui.organisation.search import SearchPage
from fredapp.ui.organisation.treepanel import LevelDelegate, UnitTreeActions, make_tree
from fredapp.ui.orgchart.page import OrgChartPage
from fredapp.ui.refresh import Batch, subscribe

__all__ = ["LARGE_TREE", "LevelDelegate", "OrganisationTab"]

LARGE_TREE = 2000  # units; beyond this the tree opens less expanded
TREE_MIN_WIDTH = 260  # pixels: a unit's name and level stay readable


class OrganisationTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
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
        self.tree = make_tree(self.proxy)
        # Below the tree with a line's room reserved: a message (the cut banner, a refusal)
        # never shifts the rows under the mouse.
        self.message_label = fit_message(QLabel())
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing() + 4)
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
        self.chart_page = OrgChartPage(context, self.scenario_box, tree_unit=self.current_unit)
        self.chart_page.chosen.connect(self.select_unit)  # the tree goes where the chart was
        self.comparison_view.bands_changed.connect(lambda _bands: self.chart_page.bands_changed())
        self.tree_actions = actions = UnitTreeActions(self)
        self.add_action, self.add_top_action = actions.add_action, actions.add_top_action
        self.rename_action, self.delete_action = actions.rename_action, actions.delete_action
        self.cut_action, self.paste_action = actions.cut_action, actions.paste_action
        self.paste_top_action = actions.paste_top_action
        self.expand_action, self.collapse_action = actions.expand_action, actions.collapse_action
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Organisation views"))
        self._build_layout()
        self.scenario_box.currentIndexChanged.connect(self.show_chosen_scenario)
        self.filter_edit.textChanged.connect(self.set_filter)
        self.copy_scenario_button.clicked.connect(lambda: scenario_actions.ask_copy_scenario(self))
        self.rename_scenario_button.clicked.connect(
            lambda: scenario_actions.ask_rename_scenario(self)
        )
        self.delete_scenario_button.clicked.connect(
            lambda: scenario_actions.ask_delete_scenario(self)
        )
        self.expanded_before_filter = treefilter.ExpandedBeforeFilter()
        self.proxy.kept_in_view.connect(lambda ids: treefilter.kept_in_view(self, ids))
        self.model.refused.connect(self.show_message)
        self.model.loadProgress.connect(self._load_progress)
        self.model.loaded.connect(self._loaded)
        self.tree.selectionModel().currentChanged.connect(self._current_unit_changed)
        self.model.modelReset.connect(self._current_unit_changed)
        self.search_page.open_requested.connect(self.open_search_hit)
        self.pages.currentChanged.connect(lambda _index: self._update_edit_actions())
        self.import_button.clicked.connect(lambda: transfer.ask_import(self))
        self.export_button.clicked.connect(lambda: transfer.ask_export(self))
        self.export_descriptions_button.clicked.connect(
            lambda: transfer.ask_export_descriptions(self)
        )
        self.comparison_view.export_pdf_button.clicked.connect(
            lambda: transfer.ask_export_comparison(self, "pdf")
        )
        self.comparison_view.export_xlsx_button.clicked.connect(
            lambda: transfer.ask_export_comparison(self, "xlsx")
        )
        # After the tree model's own subscription (made first), so the figures count the
        # tree the batch left.
        subscribe(context, (Scenario, Unit), self._on_batch, self)
        self.load_scenarios()

    # -- building --------------------------------------------------------------------------

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
        # Neither side is squeezed away: the tree keeps room for its names whatever the
        # editor beside it shows.
        self.tree_splitter.setChildrenCollapsible(False)
        self.tree.setMinimumWidth(TREE_MIN_WIDTH)
        self.tree_splitter.setStretchFactor(0, 3)
        self.tree_splitter.setStretchFactor(1, 2)
        page_layout = QVBoxLayout(tree_page)
        page_layout.addLayout(tools)
        page_layout.addWidget(self.tree_splitter, 1)
        page_layout.addWidget(self.message_label)
        page_layout.addWidget(self.stats_label)
        self.pages.addTab(tree_page, self.tr("&Tree"))
        self.pages.addTab(self.chart_page, self.tr("Or&ganisation chart"))
        self.pages.addTab(self.comparison_view, self.tr("Co&mpare scenarios"))
        self.pages.addTab(self.roles_page, self.tr("Ro&les"))
        self.pages.addTab(self.search_page, self.tr("Search descr&iptions"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions_row)
        layout.addWidget(self.pages, 1)

    @property
    def context(self) -> AppContext:
        return self._context

    # -- scenarios (see scenario_actions) --------------------------------------------------

    def load_scenarios(self, chosen: uuid.UUID | None = None) -> None:
        scenario_actions.load_scenarios(self, chosen)

    def current_scenario_id(self) -> uuid.UUID | None:
        return scenario_actions.current_scenario_id(self)

    def current_scenario_name(self) -> str:
        return scenario_actions.current_scenario_name(self)

    def choose_scenario(self, name: str) -> None:
        scenario_actions.choose_scenario(self, name)

    def copy_scenario(self, name: str) -> uuid.UUID | None:
        return scenario_actions.copy_scenario(self, name)

    def rename_scenario(self, name: str) -> bool:
        return scenario_actions.rename_scenario(self, name)

    def delete_scenario(self) -> bool:
        return scenario_actions.delete_scenario(self)

    _expand_pending = False  # a tree being built is expanded once its top levels are in

    def show_chosen_scenario(self) -> None:
        if not self.description_panel.leave():  # text that could not be saved is kept
            self._show_scenario_box(self.model.scenario_id)
            return
        self.model.set_scenario(self.current_scenario_id())
        self.tree_actions.forget_cut()
        if self.model.loading:  # a large scenario comes in steps: see _load_progress
            self._expand_pending = True
            self._load_progress(0, self.model.unit_count)
            return
        self._expand_pending = False
        self._expand_and_measure()
        treefilter.reapply(self)  # the filter in the box applies to the scenario shown
        self._update_stats()

    def _expand_and_measure(self) -> None:
        # A large tree opens with its staffs' units in view, a small one a level deeper.
        self.tree.expandToDepth(1 if self.model.unit_count <= LARGE_TREE else 0)
        self._measure_columns()

    def _measure_columns(self) -> None:
        # Once per load, not ResizeToContents: that mode re-measures on every change.
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)

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
        treefilter.reapply(self)  # units that came in after the filter was typed

    # -- tree edits (see treepanel) --------------------------------------------------------

    _in_front = True  # the window's tab in front is this one

    def set_in_front(self, in_front: bool) -> None:
        """The window shows this tab (True) or another: the tree's actions follow."""
        self._in_front = in_front
        self._update_edit_actions()

    def _update_edit_actions(self) -> None:
        self.tree_actions.set_available(self._in_front and self.pages.currentIndex() == 0)

    def edit_actions(self) -> list[QAction]:
        """The tree's actions, for the window's Edit menu (they act while the tree has focus)."""
        return self.tree_actions.edit_actions()

    def selected_unit_ids(self) -> list[uuid.UUID]:
        return self.tree_actions.selected_unit_ids()

    def current_unit(self) -> UnitRecord | None:
        return self.tree_actions.current_unit()

    def select_unit(self, unit_id: uuid.UUID, column: int = 0) -> QModelIndex:
        return self.tree_actions.select_unit(unit_id, column)

    def _add_unit(self, parent_id: uuid.UUID | None, name: str | None = None) -> uuid.UUID | None:
        return self.tree_actions.add_unit(parent_id, name)

    def delete_selected(self) -> bool:
        return self.tree_actions.delete_selected()

    def expand_all(self) -> None:
        """Expand every unit (a tree still being built is finished first)."""
        self.tree_actions.expand_all()

    # -- filter and figures ----------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Filter the tree (see treefilter: clearing gives back what was expanded)."""
        treefilter.set_filter(self, text)

    def show_message(self, text: str, error: bool = True) -> None:
        (show_error if error else show_info)(self.message_label, text)

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

    def _on_batch(self, batch: Batch) -> None:
        """Once per operation or sync: the scenarios, the figures and the described unit."""
        if not batch.received and self.message_label.property(ERROR_PROPERTY):
            self.clear_message()  # an edit went through: the refusal before it is dealt with
        if batch.touches(Scenario):
            self.load_scenarios()
        if batch.touches(Unit):
            self._update_stats()
            if batch.reloads(Unit):
                treefilter.reapply(self)
            # After an edit, drag, paste, undo or redo: the current row is selected and the
            # editor names its unit (a redo left them naming different units).
            treefilter.agree(self)

    # -- descriptions ----------------------------------------------------------------------

    _described_unit: uuid.UUID | None = None

    def _current_unit_changed(self, *args: Any) -> None:
        """The editor follows the current unit; text that could not be saved keeps it there
        (the person chose to keep editing: the tree goes back to the unit described)."""
        unit = self.current_unit()
        panel = self.description_panel
        if unit is None:
            if panel.clear():
                self._described_unit = None
            return
        if unit.id == self._described_unit:  # the same unit: its heading follows a rename
            panel.rename_target(unit.name)
            return
        if panel.set_function_target(unit.lineage_id, unit.name):
            self._described_unit = unit.id
        elif self._described_unit is not None:
            self.select_unit(self._described_unit)

    def _show_scenario_box(self, scenario_id: uuid.UUID | None) -> None:
        row = self.scenario_box.findData(scenario_id)
        self.scenario_box.blockSignals(True)
        self.scenario_box.setCurrentIndex(max(row, 0))
        self.scenario_box.blockSignals(False)

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

    # -- printing, import and export (see transfer) ----------------------------------------

    def print_view(self) -> bool:
        """Ctrl+P: the comparison when it is in front, the page in front for the description
        pages, the chart on the chart page, else the scenario's whole unit tree."""
        if self.pages.currentWidget() is self.chart_page:
            return self.chart_page.print_chart()
        return transfer.print_view(self)

    def print_title(self) -> str:
        return transfer.print_title(self)

    def print_tree(self, device: Any) -> int:
        """Paint the unit tree (as filtered) on ``device``; returns the number of pages."""
        return transfer.print_tree(self, device)

    def print_comparison(self, device: Any = None) -> bool:
        return transfer.print_comparison(self, device)

    def import_file(self, path: Path, scenario: str, warn: bool = False) -> bool:
        """Validate the whole file, then import it as one undoable step."""
        return transfer.import_file(self, path, scenario, warn)

    def export_file(self, path: Path, warn: bool = False) -> bool:
        return transfer.export_file(self, path, warn)

    def export_descriptions(self, path: Path, warn: bool = False) -> bool:
        return transfer.export_descriptions(self, path, warn)

    def export_comparison(self, path: Path, warn: bool = False) -> bool:
        return transfer.export_comparison(self, path, warn)
