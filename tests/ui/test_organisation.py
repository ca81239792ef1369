"""The Organisasjon tab: tree editing with undo, moves, scenarios and the comparison."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from fredapp.core.models import Scenario, Unit
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.organisation import OrganisationTab


def all_names(model, parent=QModelIndex()) -> list[str]:  # type: ignore[no-untyped-def]  # noqa: B008
    names = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        names.append(index.data())
        names.extend(all_names(model, index))
    return names


def unit_id(tab: OrganisationTab, name: str) -> uuid.UUID:
    matches = [unit.id for unit in tab.model.units if unit.name == name]
    assert len(matches) == 1, name
    return matches[0]


def parent_name(tab: OrganisationTab, name: str) -> str | None:
    unit = tab.model.unit(unit_id(tab, name))
    assert unit is not None
    parent = tab.model.unit(unit.parent_id) if unit.parent_id else None
    return parent.name if parent else None


def stored(context: AppContext, record_id: uuid.UUID) -> Unit:
    with context.database.session() as session:
        unit = session.get(Unit, record_id)
    assert unit is not None
    return unit


def below(tab: OrganisationTab, name: str) -> int:
    return tab.model.index_of(unit_id(tab, name), 5).data()


@pytest.fixture
def tab(window: MainWindow) -> OrganisationTab:
    return window.organisation_tab


def test_model_passes_modeltester_and_after_edits(tab: OrganisationTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.model, force_py=True)
    tab.model.move_units([unit_id(tab, "Anskaffelser")], unit_id(tab, "Organisasjon"))
    tab.model.add_unit(unit_id(tab, "Byarkivet"), "Skanning")
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)


def test_edit_fields_undo_redo(tab: OrganisationTab, context: AppContext) -> None:
    model = tab.model
    target = unit_id(tab, "Byarkivet")
    assert model.setData(model.index_of(target, 0), "Byarkiv og dokumentasjon")
    assert model.setData(model.index_of(target, 3), "Kari Nordmann")
    assert model.setData(model.index_of(target, 4), "18")
    assert stored(context, target).name == "Byarkiv og dokumentasjon"
    assert stored(context, target).headcount == 18
    assert model.index_of(target, 3).data() == "Kari Nordmann"
    assert "Ansatte: 212" in tab.stats_label.text()
    context.undo_stack.undo()
    assert stored(context, target).headcount == 16
    assert "Ansatte: 210" in tab.stats_label.text()
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert model.index_of(target, 0).data() == "Byarkivet"
    context.undo_stack.redo()
    assert model.index_of(target, 0).data() == "Byarkiv og dokumentasjon"


def test_bad_values_are_refused_with_a_message(tab: OrganisationTab, context: AppContext) -> None:
    model = tab.model
    target = unit_id(tab, "Byarkivet")
    depth = context.undo_stack.count()
    assert not model.setData(model.index_of(target, 4), "mange")
    assert tab.message_label.isVisibleTo(tab) and "mange" in tab.message_label.text()
    assert not model.setData(model.index_of(target, 4), "-3")
    assert not model.setData(model.index_of(target, 0), "   ")
    assert context.undo_stack.count() == depth
    assert stored(context, target).headcount == 16


def test_level_edit_through_the_delegate_value(tab: OrganisationTab, context: AppContext) -> None:
    target = unit_id(tab, "Førstelinje")
    assert tab.model.setData(tab.model.index_of(target, 1), "team")
    assert tab.model.index_of(target, 1).data() == "Team"
    assert stored(context, target).level == "team"
    assert "Team 1" in tab.stats_label.text()


def test_add_and_delete_unit_with_undo(tab: OrganisationTab, context: AppContext) -> None:
    parent = unit_id(tab, "Byarkivet")
    tab.select_unit(parent)
    new = tab._add_unit(parent, "Skanning")
    assert new is not None and parent_name(tab, "Skanning") == "Byarkivet"
    assert stored(context, new).level == "avdeling"  # the level below a virksomhet
    assert below(tab, "Virksomhetsstyring og økonomi") == 9
    context.undo_stack.undo()
    assert "Skanning" not in all_names(tab.proxy)
    assert below(tab, "Virksomhetsstyring og økonomi") == 8
    context.undo_stack.redo()
    assert "Skanning" in all_names(tab.proxy)

    # Deleting a unit takes its subtree along, as one undo step.
    tab.select_unit(unit_id(tab, "Innbyggerdialog"))
    assert tab.delete_selected()
    names = all_names(tab.proxy)
    assert "Innbyggerdialog" not in names and "Servicetorget" not in names
    assert stored(context, unit_id_in_db(context, "Servicetorget", "Til")).deleted
    context.undo_stack.undo()
    assert parent_name(tab, "Servicetorget") == "Innbyggerdialog"
    assert parent_name(tab, "Førstelinje") == "Innbyggerdialog"


def unit_id_in_db(context: AppContext, name: str, scenario: str) -> uuid.UUID:
    from sqlmodel import select

    with context.database.session() as session:
        scenario_id = session.exec(select(Scenario.id).where(Scenario.name == scenario)).one()
        return session.exec(
            select(Unit.id).where(Unit.name == name, Unit.scenario_id == scenario_id)
        ).one()


def test_move_under_own_descendant_is_refused(tab: OrganisationTab, context: AppContext) -> None:
    depth = context.undo_stack.count()
    staff = unit_id(tab, "Organisasjon")
    assert not tab.model.move_units([staff], unit_id(tab, "Servicetorget"))
    # The core's refusal, in the window's language.
    assert tab.message_label.text() == (
        "Feil: «Organisasjon» kan ikke flyttes under «Servicetorget», som ligger under den"
    )
    assert tab.message_label.isVisibleTo(tab)
    assert not tab.model.move_units([staff], staff)
    assert tab.message_label.text() == "Feil: «Organisasjon» kan ikke flyttes under seg selv"
    assert context.undo_stack.count() == depth
    assert stored(context, staff).parent_id is None


def test_cut_and_paste_by_keyboard_with_undo(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
    context: AppContext,
) -> None:
    tab.tree.setFocus()
    tab.select_unit(unit_id(tab, "Kommuneadvokaten"))
    qtbot.keyClick(tab.tree, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert tab.paste_action.isEnabled()
    tab.select_unit(unit_id(tab, "Virksomhetsstyring og økonomi"))
    qtbot.keyClick(tab.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert parent_name(tab, "Kommuneadvokaten") == "Virksomhetsstyring og økonomi"
    assert below(tab, "Virksomhetsstyring og økonomi") == 9
    assert below(tab, "Organisasjon") == 12
    assert tab.current_unit() is not None and tab.current_unit().name == "Kommuneadvokaten"
    # ctrl+Z goes through the window's Edit menu action
    context.undo_stack.undo()
    assert parent_name(tab, "Kommuneadvokaten") == "Organisasjon"
    assert below(tab, "Virksomhetsstyring og økonomi") == 8
    context.undo_stack.redo()
    assert parent_name(tab, "Kommuneadvokaten") == "Virksomhetsstyring og økonomi"


def test_paste_under_a_descendant_is_refused(qtbot, tab: OrganisationTab) -> None:  # type: ignore[no-untyped-def]
    tab.tree.setFocus()
    tab.select_unit(unit_id(tab, "Personal og lønn"))
    qtbot.keyClick(tab.tree, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    tab.select_unit(unit_id(tab, "Lønn"))
    qtbot.keyClick(tab.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert parent_name(tab, "Personal og lønn") == "Organisasjon"
    assert "Lønn" in tab.message_label.text()


def test_drag_and_drop_moves_through_the_proxy(tab: OrganisationTab, context: AppContext) -> None:
    source = tab.proxy.mapFromSource(tab.model.index_of(unit_id(tab, "Anskaffelser")))
    target = tab.proxy.mapFromSource(tab.model.index_of(unit_id(tab, "Organisasjon")))
    data = tab.proxy.mimeData([source])
    tab.proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert parent_name(tab, "Anskaffelser") == "Organisasjon"
    assert stored(context, unit_id(tab, "Anskaffelser")).parent_id == unit_id(tab, "Organisasjon")
    # dropping a staff onto its own child is refused
    staff = tab.proxy.mapFromSource(tab.model.index_of(unit_id(tab, "Organisasjon")))
    child = tab.proxy.mapFromSource(tab.model.index_of(unit_id(tab, "Digitalisering")))
    tab.proxy.dropMimeData(tab.proxy.mimeData([staff]), Qt.DropAction.MoveAction, -1, -1, child)
    assert parent_name(tab, "Organisasjon") is None
    context.undo_stack.undo()
    assert parent_name(tab, "Anskaffelser") == "Virksomhetsstyring og økonomi"


def test_filter_by_leader_name_keeps_ancestors(qtbot, tab: OrganisationTab) -> None:  # type: ignore[no-untyped-def]
    tab.model.edit_unit(unit_id(tab, "Lønn"), leader_name="Åse Berg")
    qtbot.keyClicks(tab.filter_edit, "åse")
    assert all_names(tab.proxy) == ["Organisasjon", "Personal og lønn", "Lønn"]
    tab.filter_edit.clear()
    assert len(all_names(tab.proxy)) == 23


def test_filter_follows_edits(qtbot, tab: OrganisationTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.filter_edit, "arkiv")
    assert all_names(tab.proxy) == ["Virksomhetsstyring og økonomi", "Byarkivet"]
    tab.model.edit_unit(unit_id(tab, "Anskaffelser"), name="Anskaffelser og arkiv")
    assert "Anskaffelser og arkiv" in all_names(tab.proxy)


def test_copy_rename_delete_scenario_with_undo(tab: OrganisationTab, context: AppContext) -> None:
    new = tab.copy_scenario("Til 2025")
    assert new is not None
    assert tab.scenario_box.currentText().startswith("Til 2025")
    assert len(all_names(tab.proxy)) == 23
    assert "Ledere: 21" in tab.stats_label.text()
    # the copy keeps lineages: comparing it with Til shows no changes
    copy_units = {unit.lineage_id for unit in tab.model.units}
    tab.choose_scenario("Til")
    assert {unit.lineage_id for unit in tab.model.units} == copy_units
    tab.choose_scenario("Til 2025")
    assert tab.copy_scenario("til 2025") is None
    assert "finnes allerede et scenario" in tab.message_label.text()

    assert tab.rename_scenario("Forslag 2025")
    assert tab.scenario_box.currentText().startswith("Forslag 2025")
    assert tab.delete_scenario()
    texts = [tab.scenario_box.itemText(i) for i in range(tab.scenario_box.count())]
    assert not any(text.startswith("Forslag") for text in texts)
    context.undo_stack.undo()  # the delete
    context.undo_stack.undo()  # the rename
    texts = [tab.scenario_box.itemText(i) for i in range(tab.scenario_box.count())]
    assert any(text.startswith("Til 2025") for text in texts)
    context.undo_stack.undo()  # the copy
    assert tab.scenario_box.count() == 2


def test_comparison_view_shows_the_briefings_result(tab: OrganisationTab) -> None:
    view = tab.comparison_view
    assert view.comparison is None  # computed when first shown
    tab.pages.setCurrentWidget(view)
    assert view.from_box.currentText() == "Fra" and view.to_box.currentText() == "Til"
    assert "Ledere 28 → 21 (−25\u00a0%)" in view.summary_label.text() or (
        "Ledere 28 → 21 (-25\u00a0%)" in view.summary_label.text()
    )
    assert "6 → 10" in view.summary_label.text()
    rows = {
        view.figures.index(r, 0).data(): [view.figures.index(r, c).data() for c in range(1, 5)]
        for r in range(view.figures.rowCount())
    }
    assert rows["Ledere i alt"][:3] == ["28", "21", "-7"] or rows["Ledere i alt"][:3] == [
        "28",
        "21",
        "−7",
    ]
    assert rows["Ansatte per leder"][:2] == ["6,0", "10,0"]
    texts = [view.changes.index(r, 1).data() for r in range(view.changes.rowCount())]
    assert "Kommunikasjon og service delt i Kommunikasjon og Innbyggerdialog" in texts
    assert (
        "Anskaffelser flyttet fra Innovasjon og utvikling til Virksomhetsstyring og økonomi"
        in texts
    )
    view.swap()
    assert view.from_box.currentText() == "Til"
    assert view.comparison is not None and view.comparison.before.leaders == 21


def test_comparison_follows_edits(tab: OrganisationTab) -> None:
    view = tab.comparison_view
    tab.pages.setCurrentWidget(view)
    tab.model.edit_unit(unit_id(tab, "Byarkivet"), leader_title="")
    assert view.comparison is not None and view.comparison.after.leaders == 20


def test_edit_menu_holds_the_tree_actions(window: MainWindow) -> None:
    edit_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Rediger"
    )
    texts = [action.text() for action in edit_menu.actions()]
    assert "&Angre" in texts[0] or "Angre" in texts[0]
    assert "&Klipp ut enhet" in texts and "&Slett enhet" in texts


def test_every_control_has_an_accessible_name(tab: OrganisationTab) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QListWidget,
        QTableView,
        QTextEdit,
        QToolButton,
        QTreeView,
    )

    tab.description_panel.show_history(True)
    tab.roles_page.panel.show_history(True)
    checked = 0
    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        for kind in (QAbstractButton, QComboBox, QLineEdit, QTableView, QTreeView, QListWidget):
            for widget in tab.findChildren(kind):
                if not widget.isVisibleTo(tab) or widget.objectName().startswith("qt_"):
                    continue
                if isinstance(widget, QToolButton) and widget.objectName():
                    continue  # Qt's own tool-bar extension button
                assert widget.accessibleName(), f"{kind.__name__} {widget.objectName()} {widget}"
                checked += 1
        for editor in tab.findChildren(QTextEdit):
            if editor.isVisibleTo(tab):
                assert editor.accessibleName()
    assert checked > 30


def test_status_bar_names_edits_in_the_users_language(window: MainWindow) -> None:
    tab = window.organisation_tab
    tab.model.move_units([unit_id(tab, "Anskaffelser")], unit_id(tab, "Organisasjon"))
    assert window.statusBar().currentMessage() == "Lagret: Flytt Anskaffelser til Organisasjon"
    tab.model.edit_unit(unit_id(tab, "Byarkivet"), headcount=17)
    assert window.statusBar().currentMessage() == "Lagret: Endre Byarkivet"


def test_every_scenario_action_is_shown_at_the_default_window_width(
    window: MainWindow, tab: OrganisationTab
) -> None:
    """None hides behind the toolbar's » button beside a long scenario name."""
    window.resize(1200, 800)
    window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    buttons = (
        tab.copy_scenario_button,
        tab.rename_scenario_button,
        tab.delete_scenario_button,
        tab.import_button,
        tab.export_button,
        tab.export_descriptions_button,
    )
    assert [button.text() for button in buttons if not button.isVisible()] == []
