"""The organisation tab's scenarios: the list to choose from, and copying, renaming, deleting.

Functions of the tab (its scenario box, buttons and message line); each change is one undo
step. The strings keep the tab's translation context.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from fredapp.core import orgtree, queries
from fredapp.core.errors import FredAppError
from fredapp.core.models import Scenario
from fredapp.ui.itemmodels.unitrecords import push_change
from fredapp.ui.messages import error_text

if TYPE_CHECKING:
    from fredapp.ui.tabs.organisation import OrganisationTab


def load_scenarios(tab: OrganisationTab, chosen: uuid.UUID | None = None) -> None:
    scenarios = orgtree.live_scenarios(tab.context.service)
    marked = queries.current_scenario(tab.context.database)
    wanted = chosen or current_scenario_id(tab) or (marked.id if marked else None)
    tab.scenario_box.blockSignals(True)
    tab.scenario_box.clear()
    current = 0
    for row, scenario in enumerate(scenarios):
        label = (
            f"{scenario.name} – {scenario.description}" if scenario.description else scenario.name
        )
        tab.scenario_box.addItem(label, scenario.id)
        if scenario.id == wanted:
            current = row
    tab.scenario_box.setCurrentIndex(current)
    tab.scenario_box.blockSignals(False)
    has = bool(scenarios)
    tab.rename_scenario_button.setEnabled(has)
    tab.copy_scenario_button.setEnabled(has)
    tab.delete_scenario_button.setEnabled(len(scenarios) > 1)
    if current_scenario_id(tab) != tab.model.scenario_id:
        tab.show_chosen_scenario()


def current_scenario_id(tab: OrganisationTab) -> uuid.UUID | None:
    value = tab.scenario_box.currentData()
    return value if isinstance(value, uuid.UUID) else None


def current_scenario_name(tab: OrganisationTab) -> str:
    scenario_id = current_scenario_id(tab)
    if scenario_id is None:
        return ""
    scenario = queries.record(tab.context.database, Scenario, scenario_id)
    return scenario.name if scenario else ""


def choose_scenario(tab: OrganisationTab, name: str) -> None:
    for row in range(tab.scenario_box.count()):
        if tab.scenario_box.itemText(row).split(" – ")[0] == name:
            tab.scenario_box.setCurrentIndex(row)
            return


def ask_copy_scenario(tab: OrganisationTab) -> None:
    name, ok = QInputDialog.getText(
        tab,
        QCoreApplication.translate("OrganisationTab", "Copy scenario"),
        QCoreApplication.translate("OrganisationTab", "Name of the new scenario:"),
        text=QCoreApplication.translate("OrganisationTab", "Copy of %1").replace(
            "%1", current_scenario_name(tab)
        ),
    )
    if ok:
        copy_scenario(tab, name)


def copy_scenario(tab: OrganisationTab, name: str) -> uuid.UUID | None:
    source = current_scenario_id(tab)
    if source is None:
        return None
    try:
        change = orgtree.copy_scenario(tab.context.service, source, name)
        push_change(
            tab.context.undo_stack,
            tab.context.service,
            change,
            QCoreApplication.translate("OrganisationTab", "Copy scenario to %1").replace(
                "%1", name.strip()
            ),
        )
    except FredAppError as exc:
        tab.show_message(error_text(exc))
        return None
    load_scenarios(tab, chosen=change.record_id)
    return change.record_id


def ask_rename_scenario(tab: OrganisationTab) -> None:
    old = current_scenario_name(tab)
    name, ok = QInputDialog.getText(
        tab,
        QCoreApplication.translate("OrganisationTab", "Rename scenario"),
        QCoreApplication.translate("OrganisationTab", "New name of the scenario:"),
        text=old,
    )
    if ok:
        rename_scenario(tab, name)


def rename_scenario(tab: OrganisationTab, name: str) -> bool:
    scenario_id = current_scenario_id(tab)
    if scenario_id is None:
        return False
    service = tab.context.service
    try:
        name = orgtree.check_scenario_name(orgtree.live_scenarios(service), name, scenario_id)
        change = service.plan_update(Scenario, scenario_id, "rename scenario", name=name)
        if change is None:
            return True
        push_change(
            tab.context.undo_stack,
            service,
            change,
            QCoreApplication.translate("OrganisationTab", "Rename scenario to %1").replace(
                "%1", name
            ),
        )
    except FredAppError as exc:
        tab.show_message(error_text(exc))
        return False
    return True


def ask_delete_scenario(tab: OrganisationTab) -> None:
    name = current_scenario_name(tab)
    answer = QMessageBox.question(
        tab,
        QCoreApplication.translate("OrganisationTab", "Delete scenario"),
        QCoreApplication.translate(
            "OrganisationTab", "Delete the scenario %1 and its units? Edit → Undo brings it back."
        ).replace("%1", name),
    )
    if answer == QMessageBox.StandardButton.Yes:
        delete_scenario(tab)


def delete_scenario(tab: OrganisationTab) -> bool:
    scenario_id = current_scenario_id(tab)
    if scenario_id is None or tab.scenario_box.count() < 2:
        tab.show_message(
            QCoreApplication.translate("OrganisationTab", "The last scenario cannot be deleted.")
        )
        return False
    name = current_scenario_name(tab)
    change = tab.context.service.plan_delete(Scenario, scenario_id, "delete scenario")
    push_change(
        tab.context.undo_stack,
        tab.context.service,
        change,
        QCoreApplication.translate("OrganisationTab", "Delete scenario %1").replace("%1", name),
    )
    return True
