"""What the window shows is what it acts on: the Edit menu follows the tab in front, the
status bar says an undo was an undo, a refused cell keeps its text, a message neither moves
the tree nor outstays the problem it names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from ui_helpers import unit_id

from fredapp.core.seed import lineage_id
from fredapp.ui.error_label import is_marked
from fredapp.ui.i18n import Translations
from fredapp.ui.main_window import MainWindow
from fredapp.ui.sickleave.checklist_model import NOTE

IDENTITY_NUMBER = "15076500565"  # a valid fødselsnummer (test value)


def test_the_edit_menu_offers_the_tree_actions_only_on_the_tree(window: MainWindow) -> None:
    tab = window.organisation_tab
    assert tab.delete_action.isEnabled() and tab.add_action.isEnabled()
    window.tabs.setCurrentIndex(2)  # Sykefravær
    assert not tab.delete_action.isEnabled()
    assert not any(action.isEnabled() for action in tab.edit_actions())
    window.tabs.setCurrentIndex(0)
    assert tab.delete_action.isEnabled()
    tab.pages.setCurrentWidget(tab.roles_page)  # the Roles page is not the tree
    assert not tab.delete_action.isEnabled() and not tab.rename_action.isEnabled()
    tab.pages.setCurrentIndex(0)
    assert tab.rename_action.isEnabled()
    # Paste stays off until something is cut, on the tree too.
    assert not tab.paste_action.isEnabled()


@pytest.mark.parametrize(
    ("language", "undone", "redone"),
    [
        ("nb", "Angret: Gi nytt navn til Lønn", "Gjort om: Gi nytt navn til Lønn"),
        ("en", "Undone: Rename Lønn", "Redone: Rename Lønn"),
    ],
)
def test_the_status_bar_says_undone_and_redone(
    window: MainWindow, translations: Translations, language: str, undone: str, redone: str
) -> None:
    translations.install(language)
    tab = window.organisation_tab
    assert tab.model.edit_unit(unit_id(tab, "Lønn"), name="Lønn og regnskap")
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == undone
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == redone


@pytest.mark.parametrize(("language", "field"), [("nb", "Notat"), ("en", "Note")])
def test_a_refused_checklist_note_stays_in_its_editor_and_names_the_field(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    translations: Translations,
    language: str,
    field: str,
) -> None:
    translations.install(language)
    tab = window.sickleave_tab
    tab.set_clock(lambda: dt.date(2024, 3, 10))
    window.tabs.setCurrentWidget(tab)
    tab.choose_unit(lineage_id("personal"))
    page = tab.checklist_page
    page.select_period("2024-03")
    page.create_from_catalogue()
    view = page.view
    note = page.model.index(0, NOTE)
    view.setFocus()
    view.setCurrentIndex(note)
    view.edit(note)
    editor = view.indexWidget(note)
    assert isinstance(editor, QLineEdit)
    typed = f"Snakket med Kari {IDENTITY_NUMBER}"
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Refused: the editor opens again on the same cell with the text typed, marked.
    qtbot.waitUntil(lambda: is_marked(view.indexWidget(note)), timeout=2000)
    again = view.indexWidget(note)
    assert isinstance(again, QLineEdit) and again.text() == typed and is_marked(again)
    assert f"'{field}'" in page.message_label.text() or f"«{field}»" in page.message_label.text()
    assert "'note'" not in page.message_label.text()
    # Corrected, it is saved and the message goes.
    again.setText("Snakket med Kari")
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert page.model.index(0, NOTE).data() == "Snakket med Kari"
    assert page.message_label.text() == ""


def test_a_refused_unit_name_stays_in_its_editor(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    tab = window.organisation_tab
    index = tab.select_unit(unit_id(tab, "Lønn"))
    tab.tree.edit(index)
    editor = tab.tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(f"Lønn {IDENTITY_NUMBER}")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_marked(tab.tree.indexWidget(tab.tree.currentIndex())))
    again = tab.tree.indexWidget(tab.tree.currentIndex())
    assert again.text() == f"Lønn {IDENTITY_NUMBER}" and is_marked(again)
    assert "«Navn»" in tab.message_label.text()
    again.setText("Lønn og honorar")
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.tree.state() != QAbstractItemView.State.EditingState)
    assert tab.current_unit().name == "Lønn og honorar"
    assert tab.message_label.text() == ""  # the problem is fixed: the refusal goes


def test_the_cut_banner_does_not_shift_the_tree(window: MainWindow) -> None:
    window.resize(1366, 768)
    tab = window.organisation_tab
    tab.select_unit(unit_id(tab, "Lønn"))
    top = tab.tree.viewport().mapTo(window, QPoint(0, 0))
    row = tab.tree.visualRect(tab.tree.currentIndex()).top()
    tab.cut_action.trigger()
    assert "Lønn" in tab.message_label.text()
    assert tab.tree.viewport().mapTo(window, QPoint(0, 0)) == top
    assert tab.tree.visualRect(tab.tree.currentIndex()).top() == row
    tab.show_message("a long refusal " * 40)
    assert tab.tree.viewport().mapTo(window, QPoint(0, 0)) == top


# -- the organisation tree: selection, current row, editor heading and filter agree -------


def shown_names(tab) -> set[str]:  # type: ignore[no-untyped-def]
    """The units the filtered tree shows."""
    names: set[str] = set()
    pending = [tab.proxy.index(row, 0) for row in range(tab.proxy.rowCount())]
    while pending:
        index = pending.pop()
        names.add(index.data())
        pending += [tab.proxy.index(row, 0, index) for row in range(tab.proxy.rowCount(index))]
    return names


def assert_agree(tab) -> None:  # type: ignore[no-untyped-def]
    current = tab.current_unit()
    assert current is not None
    assert tab.selected_unit_ids() == [current.id]
    assert tab.description_panel.title_label.text().endswith(f": {current.name}")


def test_the_filter_in_the_box_applies_after_a_scenario_copy(window: MainWindow) -> None:
    tab = window.organisation_tab
    everything = shown_names(tab)
    tab.filter_edit.setText("Byarkivet")
    filtered = shown_names(tab)
    assert "Byarkivet" in filtered and len(filtered) in (2, 3) and len(everything) > 20
    tab.copy_scenario("Kopi med filter")
    assert tab.current_scenario_name() == "Kopi med filter"
    assert tab.filter_edit.text() == "Byarkivet"
    assert shown_names(tab) == filtered
    tab.choose_scenario("Til")
    assert "Byarkivet" in shown_names(tab) and len(shown_names(tab)) < 5
    tab.filter_edit.clear()
    assert len(shown_names(tab)) > 20


def test_a_pasted_unit_the_filter_would_hide_stays_in_view_selected_and_said(
    window: MainWindow, translations: Translations
) -> None:
    tab = window.organisation_tab
    tab.select_unit(unit_id(tab, "Lønn"))
    tab.cut_action.trigger()
    tab.filter_edit.setText("Byarkivet")
    tab.select_unit(unit_id(tab, "Byarkivet"))
    tab.paste_action.trigger()
    assert "Lønn" in shown_names(tab)
    assert tab.current_unit().name == "Lønn"
    assert_agree(tab)
    assert tab.message_label.text() == (
        "«Lønn» passer ikke med filteret «Byarkivet»; den vises til filteret endres."
    )
    window.undo_action.trigger()  # back where it was: in view still, and the tree agrees
    assert "Lønn" in shown_names(tab)
    assert_agree(tab)
    tab.filter_edit.setText("Organisasjon")  # another filter lets it go
    assert "Lønn" not in shown_names(tab)


def test_after_undo_and_redo_the_row_selection_and_editor_name_one_unit(
    window: MainWindow,
) -> None:
    tab = window.organisation_tab
    tab.select_unit(unit_id(tab, "Lønn"))
    tab.cut_action.trigger()
    tab.select_unit(unit_id(tab, "Byarkivet"))
    tab.paste_action.trigger()
    assert_agree(tab)
    tab.select_unit(unit_id(tab, "Kommunikasjon"))
    for action in (window.undo_action, window.redo_action, window.undo_action):
        action.trigger()
        assert_agree(tab)
    assert tab.model.edit_unit(unit_id(tab, "Kommunikasjon"), name="Kommunikasjon og web")
    assert_agree(tab)
    window.undo_action.trigger()
    assert_agree(tab)
    assert tab.description_panel.title_label.text().endswith(": Kommunikasjon")


def test_clearing_the_filter_gives_back_what_was_expanded(window: MainWindow) -> None:
    tab = window.organisation_tab
    tree = tab.tree
    tree.collapseAll()
    organisasjon = tab.select_unit(unit_id(tab, "Organisasjon"))
    tree.setExpanded(organisasjon, True)
    tab.filter_edit.setText("Lønn")
    tab.select_unit(unit_id(tab, "Lønn"))
    tab.filter_edit.clear()
    assert tree.isExpanded(tab.select_unit(unit_id(tab, "Organisasjon")))
    assert not tree.isExpanded(tab.select_unit(unit_id(tab, "Virksomhetsstyring og økonomi")))


def test_a_cycle_left_by_sync_is_shown_and_filtered_as_the_one_unit_tree_places_it(
    window: MainWindow,
) -> None:
    from fredapp.core.models import Unit
    from fredapp.core.operations import Operation
    from fredapp.core.tree import UnitTree

    tab = window.organisation_tab
    context = tab.context
    parent, child = unit_id(tab, "Personal og lønn"), unit_id(tab, "Lønn")
    # What a sync of two laptops' moves can leave: each unit under the other.
    change = context.service.plan_update(Unit, parent, parent_id=child)
    assert change is not None
    context.service.run(Operation("sync", (change,), received=True))
    tree = UnitTree(tab.model.records.values())
    for unit in tab.model.records.values():
        item = tab.model.index_of(unit.id)
        shown = tab.model.unit_at(item.parent())
        assert (shown.id if shown else None) == tree.parent_id(unit.id), unit.name
    tab.filter_edit.setText("Lønn")
    names = shown_names(tab)
    assert {"Lønn", "Personal og lønn"} <= names
    ancestors = set()
    walker = tree.parent_id(child)
    while walker is not None:
        ancestors.add(tab.model.unit(walker).name)
        walker = tree.parent_id(walker)
    assert ancestors <= names
