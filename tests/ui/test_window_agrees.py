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
