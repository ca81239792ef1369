"""The Organisasjon tab: a scenario's unit tree and its leader figures."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from fredapp.core.calc.leaders import leader_stats
from fredapp.core.models import LEVEL_ORDER, Scenario, Unit
from fredapp.core.service import Change
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.units import UnitTreeModel, level_name


class OrganisationTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.scenario_box = QComboBox()
        self.scenario_box.setAccessibleName(self.tr("Scenario"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter units…"))
        self.filter_edit.setAccessibleName(self.tr("Filter units"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = UnitTreeModel(context)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Units"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)  # lets the view skip measuring every row
        self.tree.header().setStretchLastSection(False)
        self.stats_label = QLabel()
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats_label.setAccessibleName(self.tr("Leader figures"))
        self._build_layout()
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        context.changes.changed.connect(self._on_change)
        self.load_scenarios()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("&Scenario:"))
        label.setBuddy(self.scenario_box)
        top.addWidget(label)
        top.addWidget(self.scenario_box, 1)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.stats_label)

    def load_scenarios(self) -> None:
        with self._context.database.session() as session:
            query = (
                select(Scenario)
                .where(Scenario.deleted == False)  # noqa: E712
                .order_by(Scenario.sort_order)  # type: ignore[arg-type]
            )
            scenarios = list(session.exec(query))
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
            if scenario.is_current:
                current = row
        self.scenario_box.setCurrentIndex(current)
        self.scenario_box.blockSignals(False)
        self._scenario_chosen()

    def current_scenario_id(self) -> uuid.UUID | None:
        value = self.scenario_box.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def _scenario_chosen(self) -> None:
        scenario_id = self.current_scenario_id()
        if scenario_id is not None:
            self.model.set_scenario(scenario_id)
            self.tree.expandToDepth(1)
            # Once per load, not ResizeToContents: that mode re-measures on every change.
            for column in range(self.model.columnCount()):
                self.tree.resizeColumnToContents(column)
        self._update_stats()

    def _update_stats(self) -> None:
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
            self._update_stats()
