"""Nothing typed in a description is lost, and its versions are made where a person sees them.

A refused text stays in the editor, marked, with the refusal naming the field as the window
does; leaving it (another unit, scenario, role, closing) saves or asks. A version is made on
"Save version" (Ctrl+S) and when the person leaves a description they changed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from ui_helpers import unit_id

from fredapp.core import descriptions
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import is_marked
from fredapp.ui.i18n import Translations
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.organisation import OrganisationTab

IDENTITY_NUMBER = "15076500565"  # a valid fødselsnummer (test value)


@pytest.fixture
def tab(window: MainWindow) -> OrganisationTab:
    return window.organisation_tab


@pytest.fixture(autouse=True)
def discard_when_closed(window: MainWindow) -> None:
    """The window closes after each test: refused text left by a test is discarded then,
    where a person would be asked (a test that asks sets its own answer)."""
    window.organisation_tab.description_panel.ask_discard = lambda name, problem: True
    window.organisation_tab.roles_page.panel.ask_discard = lambda name, problem: True


def type_text(qtbot, tab: OrganisationTab, text: str) -> None:  # type: ignore[no-untyped-def]
    tab.description_panel.editor.setFocus()
    qtbot.keyClicks(tab.description_panel.editor, text)


def versions_of(context: AppContext, tab: OrganisationTab, name: str) -> list[int]:
    unit = next(u for u in tab.model.units if u.name == name)
    found = descriptions.function_description(context.database, unit.lineage_id)
    assert found is not None
    return [v.version_no for v in descriptions.versions(context.database, found.id)]


@pytest.mark.parametrize(("language", "field"), [("nb", "«Beskrivelse»"), ("en", "'Description'")])
def test_a_refused_description_keeps_its_text_and_names_the_field(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
    translations: Translations,
    language: str,
    field: str,
) -> None:
    translations.install(language)
    panel = tab.description_panel
    tab.select_unit(unit_id(tab, "Lønn"))
    typed = f"Kontakt Kari, {IDENTITY_NUMBER}, om lønn"
    type_text(qtbot, tab, typed)
    assert not panel.save_now()
    assert panel.editor.toPlainText() == typed
    assert is_marked(panel.editor)
    shown = panel.status_label.text()
    assert field.strip("«»'") in shown and "body_html" not in shown
    # A colleague's unrelated edit does not hide the refusal.
    tab.model.edit_unit(unit_id(tab, "Personal"), leader_name="Ola")
    assert panel.status_label.text() == shown


def test_leaving_refused_text_asks_and_keeping_it_stays_on_the_unit(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
) -> None:
    panel = tab.description_panel
    asked: list[str] = []
    panel.ask_discard = lambda name, problem: asked.append(name) is not None  # keep editing
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, f"Ring {IDENTITY_NUMBER}")
    tab.select_unit(unit_id(tab, "Personal"))
    assert asked == ["Lønn"]
    # The tree, the editor and its heading still name the unit whose text is kept.
    assert tab.current_unit() is not None and tab.current_unit().name == "Lønn"
    assert panel.title_label.text().endswith("Lønn")
    assert panel.editor.toPlainText() == f"Ring {IDENTITY_NUMBER}"
    # Another scenario is refused as well while the text is kept.
    scenario = tab.current_scenario_id()
    tab.scenario_box.setCurrentIndex((tab.scenario_box.currentIndex() + 1) % 2)
    assert tab.model.scenario_id == scenario and tab.current_scenario_id() == scenario
    # Corrected, it is saved when the person leaves.
    panel.editor.selectAll()
    qtbot.keyClicks(panel.editor, "Ring lønnskontoret")
    tab.select_unit(unit_id(tab, "Personal"))
    assert tab.current_unit().name == "Personal"
    assert versions_of(panel._context, tab, "Lønn") == [1]


def test_discarding_refused_text_lets_the_person_go_on(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
) -> None:
    panel = tab.description_panel
    panel.ask_discard = lambda name, problem: True
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, IDENTITY_NUMBER)
    tab.select_unit(unit_id(tab, "Personal"))
    assert tab.current_unit().name == "Personal"
    assert panel.title_label.text().endswith("Personal")
    assert not is_marked(panel.editor) and panel.editor.toPlainText() == ""


def test_closing_the_window_with_refused_text_asks(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    tab = window.organisation_tab
    panel = tab.description_panel
    asked: list[str] = []
    panel.ask_discard = lambda name, problem: asked.append(name) is not None
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, IDENTITY_NUMBER)
    assert not window.close()
    assert asked == ["Lønn"] and window.isVisible()
    panel.ask_discard = lambda name, problem: True
    assert window.close()


def test_a_long_refusal_never_squeezes_the_tree(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.resize(1366, 768)
    tab = window.organisation_tab
    qtbot.wait(50)
    before = tab.tree.width()
    assert before > 300
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, f"{IDENTITY_NUMBER} " * 3)
    tab.description_panel.save_now()
    tab.show_message("a refusal that goes on " * 30)
    qtbot.wait(50)
    assert tab.tree.width() >= before * 0.9
    assert tab.description_panel.status_label.height() > tab.fontMetrics().height()  # wrapped


def test_leaving_after_editing_makes_a_version_and_save_version_closes_one(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
    context: AppContext,
    translations: Translations,
) -> None:
    panel = tab.description_panel
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, "Første utkast.")
    tab.select_unit(unit_id(tab, "Personal"))
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, " Andre besøk.")
    tab.select_unit(unit_id(tab, "Personal"))  # left after editing: a version of its own
    assert versions_of(context, tab, "Lønn") == [2, 1]
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, " Tredje.")
    qtbot.keyClick(panel.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert versions_of(context, tab, "Lønn") == [3, 2, 1]
    assert panel.status_label.text() == "Lagret som versjon 3."
    type_text(qtbot, tab, " Fjerde.")
    panel.save_now()  # autosave after Ctrl+S starts the next version
    assert versions_of(context, tab, "Lønn") == [4, 3, 2, 1]
    assert panel.save_version_button.text().replace("&", "") == "Lagre versjon"


def test_the_version_list_shows_five_rows_explains_itself_and_says_what_restore_did(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    context: AppContext,
) -> None:
    window.resize(1366, 768)
    tab = window.organisation_tab
    panel = tab.description_panel
    tab.select_unit(unit_id(tab, "Lønn"))
    for text in ("Én.", " To.", " Tre."):
        type_text(qtbot, tab, text)
        panel.save_version()
    panel.show_history(True)
    qtbot.wait(50)
    view = panel.version_view
    row = view.verticalHeader().defaultSectionSize()
    assert view.viewport().height() >= 5 * row
    assert "Ctrl+S" in panel.history_box.explanation.text()
    assert panel.history_box.explanation.isVisible()
    panel.select_versions(1)
    assert panel.restore_selected()
    said = "Gjenopprettet versjon 1 som versjon 4."
    assert panel.status_label.text() == said
    assert window.statusBar().currentMessage() == said
    assert [v.version_no for v in panel.history_box.selected()] == [4]
    assert panel.editor.toPlainText() == "Én."


def test_a_heading_chosen_in_an_empty_editor_applies_to_what_is_typed(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
) -> None:
    panel = tab.description_panel
    tab.select_unit(unit_id(tab, "Byarkivet"))
    assert panel.editor.toPlainText() == ""
    panel.editor.setFocus()
    panel.heading1_action.trigger()
    qtbot.keyClicks(panel.editor, "Oppgaver")
    block = panel.editor.document().firstBlock()
    assert block.text() == "Oppgaver"
    assert block.blockFormat().headingLevel() == 1
    fragment = block.begin().fragment()
    assert fragment.charFormat().fontWeight() == QFont.Weight.Bold
    assert panel.save_now()
    assert "<h1" in panel.body_html()


def test_a_refused_role_description_keeps_the_role_chosen(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
) -> None:
    roles = tab.roles_page
    tab.pages.setCurrentWidget(roles)
    first = roles.add_role("Verneombud")
    second = roles.add_role("Tillitsvalgt")
    assert first is not None and second is not None
    roles.select_role(first)
    panel = roles.panel
    asked: list[str] = []
    panel.ask_discard = lambda name, problem: asked.append(name) is not None  # keep editing
    panel.editor.setFocus()
    qtbot.keyClicks(panel.editor, f"Ring {IDENTITY_NUMBER}")
    roles.select_role(second)
    assert asked == ["Verneombud"]
    assert roles.current_role_id() == first
    assert panel.title_label.text().endswith("Verneombud")
    assert panel.editor.toPlainText() == f"Ring {IDENTITY_NUMBER}"
