"""Descriptions in the Organisasjon tab: autosave, versions, diff, restore, search, export."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_helpers import received

from fredapp.core import descriptions
from fredapp.core.models import Description
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.organisation import OrganisationTab


@pytest.fixture
def tab(window: MainWindow) -> OrganisationTab:
    return window.organisation_tab


def unit_id(tab: OrganisationTab, name: str) -> uuid.UUID:
    return next(unit.id for unit in tab.model.units if unit.name == name)


def type_text(qtbot, tab: OrganisationTab, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = tab.description_panel.editor
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_typing_saves_itself_with_author_and_version(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
    context: AppContext,
) -> None:
    tab.select_unit(unit_id(tab, "Byarkivet"))
    panel = tab.description_panel
    assert "Byarkivet" in panel.title_label.text()
    assert panel.description_id is None
    type_text(qtbot, tab, "Byarkivet tar vare på kommunens arkiver.")
    assert panel.dirty
    # No Save button: the timer saves shortly after typing stops.
    qtbot.waitUntil(lambda: not panel.dirty, timeout=5000)
    assert panel.description_id is not None
    stored = descriptions.get(context.database, panel.description_id)
    assert stored is not None and "tar vare på kommunens arkiver" in stored.body_html
    versions = descriptions.versions(context.database, panel.description_id)
    assert [(v.version_no, v.author) for v in versions] == [(1, context.service.author)]
    assert "versjon 1" in panel.status_label.text()


def test_switching_units_saves_pending_text(
    qtbot, tab: OrganisationTab, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    tab.select_unit(unit_id(tab, "Lønn"))
    type_text(qtbot, tab, "Utbetaling av lønn")
    tab.select_unit(unit_id(tab, "Personal"))  # before the timer fires
    assert not tab.description_panel.dirty
    lonn = next(u for u in tab.model.units if u.name == "Lønn")
    found = descriptions.function_description(context.database, lonn.lineage_id)
    assert found is not None and "Utbetaling av lønn" in found.body_html
    tab.select_unit(lonn.id)
    assert "Utbetaling av lønn" in tab.description_panel.editor.toPlainText()


def test_formatting_actions_make_headings_lists_bold_italic(
    qtbot,  # type: ignore[no-untyped-def]
    tab: OrganisationTab,
) -> None:
    tab.select_unit(unit_id(tab, "Byarkivet"))
    panel = tab.description_panel
    type_text(qtbot, tab, "Oppgaver")
    panel.heading1_action.trigger()
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)
    panel.paragraph_action.trigger()
    panel.bullets_action.trigger()
    qtbot.keyClicks(panel.editor, "Arkivering")
    qtbot.keyClick(panel.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.editor, " viktig")
    panel.save_now()
    body = panel.body_html()
    assert "<h1" in body and "<ul" in body and "<li" in body
    assert "font-weight:700" in body or "font-weight:600" in body
    assert panel.bold_action.isChecked()


def test_history_diff_and_restore(qtbot, tab: OrganisationTab, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab.select_unit(unit_id(tab, "Byarkivet"))
    panel = tab.description_panel
    service = context.service
    type_text(qtbot, tab, "Første utgave")
    panel.save_now()
    description_id = panel.description_id
    assert description_id is not None
    # a second author edits: a new version
    other = type(service)(context.database, author="Ola Annen")
    body = "<p>Første utgave</p><p>Nytt avsnitt</p>"
    received(context, other, lambda: descriptions.save(other, description_id, body))
    assert "Nytt avsnitt" in panel.editor.toPlainText()  # reloaded, nothing pending
    panel.show_history(True)
    assert panel.history_box.isVisibleTo(panel)
    assert panel.versions.rowCount() == 2
    assert panel.versions.index(0, 2).data() == "Ola Annen"
    panel.select_versions(1, 2)
    assert panel.compare_button.isEnabled() and not panel.restore_button.isEnabled()
    dialog = panel.compare_selected()
    assert dialog is not None
    assert [(r.tag, r.left, r.right) for r in dialog.rows] == [
        ("equal", "Første utgave", "Første utgave"),
        ("insert", None, "Nytt avsnitt"),
    ]
    assert "Nytt avsnitt" in dialog.right.toPlainText()
    assert "Nytt avsnitt" not in dialog.left.toPlainText()
    dialog.close()
    panel.select_versions(1)
    assert panel.restore_selected()
    versions = descriptions.versions(context.database, description_id)
    assert [v.version_no for v in versions] == [3, 2, 1]
    assert "Nytt avsnitt" not in panel.editor.toPlainText()
    # the restore is undoable like any edit
    context.undo_stack.undo()
    stored = descriptions.get(context.database, description_id)
    assert stored is not None and "Nytt avsnitt" in stored.body_html


def test_search_opens_the_description(qtbot, tab: OrganisationTab, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    forstelinje = next(u for u in tab.model.units if u.name == "Førstelinje")
    change = descriptions.plan_function_description(context.service, forstelinje.lineage_id, "F")
    context.service.apply(change)
    descriptions.save(
        context.service, change.record_id, "<p>Svarer på telefon og chat med Kari</p>"
    )
    page = tab.search_page
    tab.pages.setCurrentWidget(page)
    qtbot.keyClicks(page.search_edit, "chat KARI")
    page.run_search()
    assert page.results.rowCount() == 1
    assert page.count_label.text().startswith("1 ")
    page.open_current()
    assert tab.pages.currentIndex() == 0
    assert tab.current_unit() is not None and tab.current_unit().name == "Førstelinje"
    assert "Kari" in tab.description_panel.editor.toPlainText()


def test_roles_and_their_descriptions(qtbot, tab: OrganisationTab, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = tab.roles_page
    tab.pages.setCurrentWidget(page)
    role_id = page.add_role("Controller")
    assert role_id is not None and page.current_role_id() == role_id
    assert "Controller" in page.panel.title_label.text()
    page.panel.editor.setFocus()
    qtbot.keyClicks(page.panel.editor, "Følger opp budsjettet")
    page.panel.save_now()
    found = descriptions.role_description(context.database, role_id)
    assert found is not None and found.kind == "role"
    hits = descriptions.search(context.database, "budsjettet")
    assert hits and hits[0].role_id == role_id
    tab.pages.setCurrentIndex(0)
    assert tab.open_search_hit(hits[0])
    assert tab.pages.currentWidget() is page
    assert page.rename_role("Økonomicontroller")
    assert page.role_list.currentItem().text() == "Økonomicontroller"
    context.undo_stack.undo()
    assert page.role_list.item(0).text() == "Controller"


def test_filter_finds_units_by_description_words(
    qtbot, tab: OrganisationTab, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    unit = next(u for u in tab.model.units if u.name == "Kommuneadvokaten")
    change = descriptions.plan_function_description(context.service, unit.lineage_id, unit.name)
    context.service.apply(change)
    descriptions.save(
        context.service, change.record_id, "<p>Juridisk rådgivning og <b>tvister</b></p>"
    )
    qtbot.keyClicks(tab.filter_edit, "tvister")
    names = []
    index = tab.proxy.index(0, 0)
    while index.isValid():
        names.append(index.data())
        index = tab.tree.indexBelow(index)
    assert names == ["Organisasjon", "Kommuneadvokaten"]


def test_export_one_and_all_descriptions(
    qtbot, tab: OrganisationTab, context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tab.select_unit(unit_id(tab, "Byarkivet"))
    type_text(qtbot, tab, "Arkivtjenester for hele kommunen")
    pdf = tmp_path / "byarkivet.pdf"
    assert tab.description_panel.export_to(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    odt = tmp_path / "alle.odt"
    assert tab.export_descriptions(odt)
    import zipfile

    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode()
    assert "Arkivtjenester for hele kommunen" in content and "Byarkivet" in content
    assert not tab.export_descriptions(tmp_path / "alle.txt")
    assert "pdf" in tab.message_label.text()
    assert not list(tmp_path.glob(".*.tmp"))
    assert isinstance(
        descriptions.get(context.database, tab.description_panel.description_id), Description
    )
