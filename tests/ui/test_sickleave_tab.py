"""The Sykefravær tab: checklists by keyboard with undo, overdue items, figures, privacy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from sqlmodel import col, select
from ui_helpers import accessible_name, focus_chain

from fredapp.core.io.formats import read_table
from fredapp.core.models import ChecklistItem, ItemStatus, SickLeaveFigure, ToolkitItem
from fredapp.core.seed import lineage_id
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.sickleave.checklist_model import CHECK, DUE, NOTE, STATUS
from fredapp.ui.tabs.sickleave import UNIT_KEY, SickLeaveTab

TODAY = dt.date(2024, 3, 10)
UNIT = lineage_id("personal")


@pytest.fixture
def tab(window: MainWindow) -> SickLeaveTab:
    tab = window.sickleave_tab
    tab.set_clock(lambda: TODAY)
    window.tabs.setCurrentWidget(tab)
    tab.choose_unit(UNIT)
    tab.checklist_page.select_period("2024-03")
    return tab


def stored_items(context: AppContext) -> list[ChecklistItem]:
    with context.database.session() as session:
        return list(
            session.exec(
                select(ChecklistItem)
                .where(col(ChecklistItem.deleted).is_(False))
                .order_by(col(ChecklistItem.sort_order))
            )
        )


def test_a_checklist_from_the_toolkit_in_one_action_and_undone_in_one(
    tab: SickLeaveTab, window: MainWindow, context: AppContext, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = tab.checklist_page
    assert page.view.isHidden() and "Personal" in page.empty_label.text()
    assert page.create_button.isEnabled()
    page.create_button.click()
    assert page.model.rowCount() == 3
    assert page.model.index(0, 1).data() == "Verktøy og ressurser på Frekit"
    assert page.model.index(0, STATUS).data() == "Ikke startet"
    assert page.progress_label.text() == "0 av 3 relevante punkter ferdig"
    assert not page.create_button.isEnabled()
    assert "✓" in page.period_box.currentText()
    qtmodeltester.check(page.model, force_py=True)
    window.undo_action.trigger()  # the whole checklist goes in one step
    assert page.model.rowCount() == 0 and stored_items(context) == []
    assert page.create_button.isEnabled()
    window.redo_action.trigger()
    assert page.model.rowCount() == 3


def test_space_toggles_done_and_enter_edits_the_note(
    qtbot, tab: SickLeaveTab, window: MainWindow, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = tab.checklist_page
    page.create_from_catalogue()
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(1, 1))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    item = stored_items(context)[1]
    assert (item.status, item.done_date) == (ItemStatus.DONE.value, TODAY)
    assert page.model.index(1, CHECK).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert page.progress_label.text() == "1 av 3 relevante punkter ferdig"
    assert context.undo_stack.undoText() == "Merk ferdig: Støttende aktiviteter for ledere"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert stored_items(context)[1].status == ItemStatus.NOT_STARTED.value
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_items(context)[1].status == ItemStatus.DONE.value
    # Enter opens the note of the current row for editing.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.state() == QAbstractItemView.State.EditingState
    assert view.currentIndex().column() == NOTE
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Tatt opp på personalmøtet")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert stored_items(context)[1].note == "Tatt opp på personalmøtet"
    window.undo_action.trigger()
    assert stored_items(context)[1].note == ""


def test_a_national_id_in_a_note_is_refused_with_a_message(
    tab: SickLeaveTab, context: AppContext
) -> None:
    page = tab.checklist_page
    page.create_from_catalogue()
    depth = context.undo_stack.count()
    assert not page.model.setData(page.model.index(0, NOTE), "Gjelder 020132 99903")
    assert "fødselsnummer" in page.message_label.text()
    assert stored_items(context)[0].note == ""
    assert context.undo_stack.count() == depth


def test_overdue_items_stand_out_in_words_and_colour(tab: SickLeaveTab) -> None:
    page = tab.checklist_page
    page.create_from_catalogue()
    page.model.toggle_done(0)
    page.model.setData(page.model.index(1, STATUS), ItemStatus.NOT_RELEVANT.value)
    tab.today = lambda: dt.date(2024, 4, 1)  # the month's checklist is due 31 March
    page.model.reload()
    due_done = page.model.index(0, DUE)
    due_open = page.model.index(2, DUE)
    assert (
        "forfalt" not in due_done.data() and due_done.data(Qt.ItemDataRole.BackgroundRole) is None
    )
    assert due_open.data() == "31.03.2024 (forfalt)"
    assert due_open.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(1, DUE).data() == "31.03.2024"  # not relevant is never overdue
    assert page.progress_label.text() == "1 av 2 relevante punkter ferdig · 1 forfalt"
    tab.today = lambda: dt.date(2024, 3, 31)  # due today is not overdue yet
    page.model.reload()
    assert page.model.index(2, DUE).data() == "31.03.2024"


def test_copy_forward_from_the_previous_period(tab: SickLeaveTab, context: AppContext) -> None:
    page = tab.checklist_page
    page.select_period("2024-02")
    assert not page.copy_forward()
    assert "forrige periode" in page.message_label.text()
    page.create_from_catalogue()
    page.model.toggle_done(0)
    page.select_period("2024-03")
    assert page.copy_forward()
    assert page.model.rowCount() == 2
    assert page.model.index(0, DUE).data() == "29.02.2024 (forfalt)"


def test_quarter_and_year_periods(tab: SickLeaveTab) -> None:
    page = tab.checklist_page
    page.kind_box.setCurrentIndex(page.kind_box.findData("quarter"))
    assert page.period_box.currentData() == "2024-Q1"
    assert page.period_box.currentText() == "1. kvartal 2024"
    page.create_from_catalogue()
    assert page.model.index(0, DUE).data() == "31.03.2024"
    assert QSettings().value("sickleave/period_kind") == "quarter"


def test_the_chosen_unit_is_remembered(tab: SickLeaveTab, context: AppContext) -> None:
    tab.choose_unit(lineage_id("lonn"))
    assert QSettings().value(UNIT_KEY) == str(lineage_id("lonn"))
    again = SickLeaveTab(context)
    assert again.current_lineage() == lineage_id("lonn")
    assert again.unit_box.currentText().strip() == "Lønn"
    again.deleteLater()


def test_export_pdf_and_excel(tab: SickLeaveTab, tmp_path: Path) -> None:
    page = tab.checklist_page
    assert not page.pdf_button.isEnabled()
    page.create_from_catalogue()
    page.model.setData(page.model.index(0, NOTE), "Vernerunde i april")
    assert page.export_pdf(tmp_path / "s.pdf")
    data = (tmp_path / "s.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert page.export_table(tmp_path / "s.xlsx")
    header, rows = read_table(tmp_path / "s.xlsx")
    assert header[:3] == ["Enhet", "Periode", "Oppgave"]  # for people, in the window's language
    assert rows[0][:4] == ["Personal", "2024-03", "Verktøy og ressurser på Frekit", "Ikke startet"]
    assert rows[0][-1] == "Vernerunde i april"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_checklist_html_marks_overdue_items() -> None:
    from fredapp.ui.sickleave.export import checklist_html

    item = ChecklistItem(checklist_id=UNIT, title="Ring <BHT>", due_date=dt.date(2024, 3, 1))
    html = checklist_html("Personal", "mars 2024", [item], TODAY)
    assert "Ring &lt;BHT&gt;" in html and "<BHT>" not in html
    assert "(overdue)" in html or "(forfalt)" in html
    assert "background-color:#FDE2E1" in html


# -- figures -------------------------------------------------------------------------------


def enter(page, month: str, employees: str, total: str, short: str, long: str) -> bool:  # type: ignore[no-untyped-def]
    for field, value in zip(
        ("month", "employees", "total_pct", "short_pct", "long_pct"),
        (month, employees, total, short, long),
        strict=True,
    ):
        page.entry[field].setText(value)
    return page.save_entry()


def figures(context: AppContext) -> list[SickLeaveFigure]:
    with context.database.session() as session:
        return list(
            session.exec(
                select(SickLeaveFigure)
                .where(col(SickLeaveFigure.deleted).is_(False))
                .order_by(col(SickLeaveFigure.month))
            )
        )


def test_enter_figures_by_hand_with_refusals_naming_the_field(
    tab: SickLeaveTab, window: MainWindow, context: AppContext, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = tab.figures_page
    assert page.entry["month"].text() == "2024-02"  # last month is the one to enter
    assert enter(page, "2024-02", "14", "6,2", "2,1", "4,1")
    assert page.entry["month"].text() == "2024-03"
    assert [(f.month, f.total_pct) for f in figures(context)] == [("2024-02", 6.2)]
    assert not enter(page, "2024-04", "14", "6", "2", "4")
    assert (
        page.message_label.text()
        == "Feil: Måned: 2024-04 er fram i tid; legg bare inn måneder som er over."
    )
    assert not enter(page, "2024-01", "14", "6,0", "2,0", "4,5")
    assert page.message_label.text().startswith(
        "Feil: Totalt %: Korttid 2,0 + langtid 4,5 er ikke totalen"
    )
    assert not enter(page, "2024-01", "14", "106", "50", "56")
    assert page.message_label.text() == (
        "Feil: Totalt %: 106,0 er ikke en prosent mellom 0 og 100."
    )
    assert not enter(page, "2024-01", "fjorten", "6", "2", "4")
    assert page.message_label.text() == "Feil: Ansatte: «fjorten» er ikke et tall."
    assert len(figures(context)) == 1
    qtmodeltester.check(page.model, force_py=True)
    window.undo_action.trigger()
    assert figures(context) == []


def test_table_edits_are_checked_and_the_message_names_the_cell(
    tab: SickLeaveTab, context: AppContext
) -> None:
    page = tab.figures_page
    enter(page, "2024-01", "14", "6", "2", "4")
    enter(page, "2024-02", "14", "7", "3", "4")
    model = page.model
    assert model.index(0, 0).data() == "2024-02"  # newest first
    assert not model.setData(model.index(1, 2), "9")
    assert page.message_label.text().startswith(
        "Feil: Rad 2 (2024-01), kolonne Totalt %: Korttid 2,0"
    )
    assert not model.setData(model.index(0, 3), "101")
    assert page.message_label.text() == (
        "Feil: Rad 1 (2024-02), kolonne Korttid %: 101,0 er ikke en prosent mellom 0 og 100."
    )
    assert model.setData(model.index(0, 3), "3,05")
    assert figures(context)[1].short_pct == 3.05


def test_a_small_group_is_shown_as_hidden_everywhere(tab: SickLeaveTab) -> None:
    page = tab.figures_page
    enter(page, "2024-01", "4", "25", "5", "20")
    enter(page, "2024-02", "14", "6", "2", "4")
    model = page.model
    assert [model.index(1, c).data() for c in range(5)] == [
        "2024-01",
        "4",
        "skjult (< 5)",
        "skjult (< 5)",
        "skjult (< 5)",
    ]
    assert model.index(1, 2).data(Qt.ItemDataRole.EditRole) == ""
    plot = page.ensure_plot()
    total = plot.curves["total_pct"].getData()[1]
    assert list(total[1:]) == [6.0] and total[0] != total[0]  # NaN: a gap
    assert [label.toPlainText() for label in plot.hidden_labels] == ["skjult (< 5)"]
    assert "25" not in plot.summary_text()
    assert "1 måned skjult" in plot.summary_text()


def test_target_and_roll_up(tab: SickLeaveTab, context: AppContext) -> None:
    page = tab.figures_page
    page.ensure_plot()
    tab.choose_unit(lineage_id("lonn"))
    enter(page, "2024-01", "16", "9", "3", "6")
    tab.choose_unit(lineage_id("personal-lonn"))
    enter(page, "2024-01", "3", "40", "10", "30")  # the virksomhet's own staff: a small group
    tab.choose_unit(UNIT)
    enter(page, "2024-01", "14", "6", "2", "4")
    page.target_edit.setText("5,5")
    assert page.save_target()
    assert page.plot is not None and page.plot.target_line.value() == 5.5
    assert page.plot.target_line.isVisible()
    page.target_edit.setText("120")
    assert not page.save_target()
    tab.choose_unit(lineage_id("personal-lonn"))
    assert page.plot.hidden_labels  # its own month is a small group
    page.rollup_box.setChecked(True)
    total = page.plot.curves["total_pct"].getData()[1]
    assert total[0] == pytest.approx((14 * 6 + 16 * 9) / 30)
    assert "2 enheter, 30 ansatte" in page.coverage_label.text()
    assert "1 enhet med færre enn 5 ansatte (3 i alt)" in page.coverage_label.text()
    assert not page.plot.hidden_labels


# -- catalogue -----------------------------------------------------------------------------


def test_catalogue_add_edit_retire_with_undo(
    tab: SickLeaveTab, window: MainWindow, context: AppContext, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = tab.catalogue_page
    assert page.add_tool()
    assert page.model.rowCount() == 4 and page.proxy.rowCount() == 4
    page.table.closePersistentEditor(page.table.currentIndex())
    assert page.model.setData(page.model.index(3, 0), "Samtale etter fravær")
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    assert page.toggle_retired()
    assert page.proxy.rowCount() == 3 and page.model.rowCount() == 4
    page.show_retired_box.setChecked(True)
    assert page.proxy.rowCount() == 4
    assert page.model.index(1, 5).data() == "Faset ut"
    qtmodeltester.check(page.model, force_py=True)
    # A new checklist leaves the retired tool out and takes the new one.
    tab.checklist_page.create_from_catalogue()
    titles = [tab.checklist_page.model.index(r, 1).data() for r in range(3)]
    assert titles == [
        "Verktøy og ressurser på Frekit",
        "Tiltak rettet mot hver medarbeider",
        "Samtale etter fravær",
    ]
    window.undo_action.trigger()  # the checklist
    window.undo_action.trigger()  # the retirement
    with context.database.session() as session:
        retired = session.exec(select(ToolkitItem).where(col(ToolkitItem.retired).is_(True))).all()
    assert retired == []


def test_import_figures_as_one_undoable_step(
    tab: SickLeaveTab, window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    page = tab.figures_page
    good = tmp_path / "fravær.csv"
    good.write_text(
        "unit;month;employees;total;short;long\n"
        "Personal;2024-01;14;6,2;2,1;4,1\n"
        "Lønn;2024-01;16;5,0;2,0;3,0\n",
        encoding="utf-8-sig",
    )
    assert page.import_file(good)
    assert "2 rows" in page.message_label.text() or "2 rader" in page.message_label.text()
    assert len(figures(context)) == 2
    assert page.model.rowCount() == 1  # the chosen unit's month
    window.undo_action.trigger()
    assert figures(context) == [] and page.model.rowCount() == 0
    window.redo_action.trigger()
    assert len(figures(context)) == 2
    bad = tmp_path / "feil.csv"
    bad.write_text(
        "unit;month;employees;total;short;long\nPersonal;2024-02;14;6;2;4\nPersonal;2099-01;14;6;2;4\n",
        encoding="utf-8-sig",
    )
    depth = context.undo_stack.count()
    assert not page.import_file(bad)
    assert "rad 3, kolonne «month»: 2099-01 er fram i tid" in page.message_label.text()
    assert len(figures(context)) == 2 and context.undo_stack.count() == depth


def test_every_control_on_every_page_is_named(qtbot, tab: SickLeaveTab, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab.checklist_page.create_from_catalogue()
    for page in (tab.checklist_page, tab.figures_page, tab.catalogue_page):
        tab.pages.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
        reached = focus_chain(window, page)
        assert len(reached) >= 4
        assert [type(w).__name__ for w in reached if not accessible_name(w)] == []


def test_delete_a_month_and_the_target_undo(
    tab: SickLeaveTab, window: MainWindow, context: AppContext
) -> None:
    page = tab.figures_page
    enter(page, "2024-01", "14", "6", "2", "4")
    page.table.setCurrentIndex(page.model.index(0, 1))
    assert page.delete_selected()
    assert figures(context) == [] and page.model.rowCount() == 0
    window.undo_action.trigger()
    assert len(figures(context)) == 1
    page.target_edit.setText("6")
    assert page.save_target()
    page.target_edit.setText("4,5")
    assert page.save_target()
    window.undo_action.trigger()
    assert page.target_edit.text() == "6,0"
    assert tab.checklist_page.print_button.isEnabled() is False


def test_a_cycle_left_by_sync_lists_every_unit_once_and_does_not_hang(
    tab: SickLeaveTab, context: AppContext
) -> None:
    """Two units made each other's parent (two concurrent moves merged): the unit list walks
    the one tree, which breaks the cycle, so every unit is listed once."""
    import contextlib
    import sqlite3

    from fredapp.core import queries

    units = queries.current_units(context.database)
    leaf = next(u for u in units if u.parent_id and not any(c.parent_id == u.id for c in units))
    with contextlib.closing(sqlite3.connect(context.database.path)) as conn:
        conn.execute(
            "UPDATE unit SET parent_id = ? WHERE id = ?", (leaf.id.hex, leaf.parent_id.hex)
        )
        conn.commit()
    tab.load_units()
    names = [tab.unit_box.itemText(i).strip("\u2003") for i in range(tab.unit_box.count())]
    assert sorted(names) == sorted(unit.name for unit in units)


def test_a_task_of_ones_own_behaves_as_the_others(
    qtbot, tab: SickLeaveTab, window: MainWindow, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = tab.checklist_page
    assert not page.add_item_button.isEnabled()  # no checklist yet
    page.create_from_catalogue()
    assert page.add_item_button.text().replace("&", "") == "Legg til en oppgave …"
    assert not page.add_item("   ")
    assert "oppgave" in page.message_label.text().lower()
    assert page.add_item("Ring verneombudet")
    assert page.model.rowCount() == 4
    assert page.model.index(3, 1).data() == "Ring verneombudet"
    assert page.model.index(3, DUE).data() == "31.03.2024"
    assert page.view.currentIndex().row() == 3
    assert page.message_label.text() == ""  # the refusal before it is dealt with
    qtbot.keyClick(page.view, Qt.Key.Key_Space)  # done like any other item
    assert stored_items(context)[3].status == ItemStatus.DONE.value
    assert page.progress_label.text() == "1 av 4 relevante punkter ferdig"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert page.model.rowCount() == 3


def test_a_checklist_made_by_mistake_is_deleted_after_asking_in_one_undo_step(
    tab: SickLeaveTab, window: MainWindow, context: AppContext
) -> None:
    page = tab.checklist_page
    page.create_from_catalogue()
    asked: list[str] = []
    page.confirm_delete = lambda what: asked.append(what) is None and False  # "No"
    assert not page.delete_checklist()
    assert asked == ["Personal mars 2024"] and page.model.rowCount() == 3
    page.confirm_delete = lambda what: True
    assert page.delete_checklist()
    assert stored_items(context) == [] and page.checklist_id is None
    assert page.create_button.isEnabled() and "✓" not in page.period_box.currentText()
    assert "Angre" in page.message_label.text()
    window.undo_action.trigger()  # the checklist and all its items, in one step
    assert page.model.rowCount() == 3 and len(stored_items(context)) == 3
    assert window.statusBar().currentMessage().startswith("Angret: Slett sjekklisten")


def test_the_form_proposes_the_units_headcount_and_keeps_refused_text(
    tab: SickLeaveTab, window: MainWindow, context: AppContext
) -> None:
    from fredapp.core import queries
    from fredapp.ui.error_label import is_marked

    page = tab.figures_page
    headcount = queries.unit_headcount(context.database, UNIT)
    assert headcount is not None and headcount >= 5
    employees = page.entry["employees"]
    assert employees.text() == str(headcount)  # proposed from the organisation
    assert "Personal" in employees.toolTip()
    employees.setText("31")  # the person may change it
    for field, text in (("total_pct", "6,2"), ("short_pct", "2,1"), ("long_pct", "4,1")):
        page.entry[field].setText(text)
    page.entry["month"].setText("2024-09")  # ahead of "today": refused
    assert not page.save_entry()
    assert page.entry["month"].text() == "2024-09" and employees.text() == "31"
    assert is_marked(page.entry["month"]) and "Måned" in page.message_label.text()
    page.entry["month"].setText("2024-02")
    assert page.save_entry()
    assert not is_marked(page.entry["month"]) and page.message_label.text() == ""
    assert [(f.month, f.employees) for f in figures(context)] == [("2024-02", 31)]
    assert employees.text() == str(headcount)  # proposed again for the next month
    # A new headcount in the organisation is proposed when the unit is chosen again.
    organisation = window.organisation_tab
    unit = next(u for u in organisation.model.units if u.lineage_id == UNIT)
    organisation.model.edit_unit(unit.id, headcount=headcount + 3)
    tab.choose_unit(lineage_id("lonn"))
    tab.choose_unit(UNIT)
    assert employees.text() == str(headcount + 3)


def test_a_refused_toolkit_text_stays_in_its_editor(qtbot, tab: SickLeaveTab) -> None:  # type: ignore[no-untyped-def]
    from fredapp.ui.error_label import is_marked
    from fredapp.ui.tabs.sickleave import ToolkitTableModel

    page = tab.catalogue_page
    tab.pages.setCurrentWidget(page)
    index = page.proxy.index(0, ToolkitTableModel.DESCRIPTION_COLUMN)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("Ring 15076500565")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: is_marked(page.table.indexWidget(index)), timeout=2000)
    assert page.table.indexWidget(index).text() == "Ring 15076500565"
    assert "fødselsnummer" in page.message_label.text()
    assert "'description'" not in page.message_label.text()
    page.table.indexWidget(index).setText("Ring bedriftshelsetjenesten")
    qtbot.keyClick(page.table.indexWidget(index), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message_label.text() == "", timeout=2000)
    assert index.data() == "Ring bedriftshelsetjenesten"


def test_figures_typed_are_saved_when_another_unit_is_chosen_or_kept_when_refused(
    tab: SickLeaveTab, window: MainWindow, context: AppContext
) -> None:
    page = tab.figures_page
    page.entry["month"].setText("2024-02")
    for field, text in (("total_pct", "6,2"), ("short_pct", "2,1"), ("long_pct", "4,1")):
        page.entry[field].setText(text)
    tab.choose_unit(lineage_id("lonn"))  # saved for Personal, then Lønn is shown
    assert [(f.unit_lineage_id, f.month, f.total_pct) for f in figures(context)] == [
        (UNIT, "2024-02", 6.2)
    ]
    assert window.statusBar().currentMessage() == (
        "Lagret tallene som var skrevet inn for Personal, 2024-02."
    )
    assert tab.current_lineage() == lineage_id("lonn") and page.lineage_id == lineage_id("lonn")
    # Refused: the person stays on the unit with the text typed.
    page.entry["month"].setText("2024-01")
    for field, text in (("total_pct", "6,0"), ("short_pct", "2,0"), ("long_pct", "9,0")):
        page.entry[field].setText(text)
    tab.choose_unit(UNIT)
    assert tab.current_lineage() == lineage_id("lonn") and page.lineage_id == lineage_id("lonn")
    assert page.entry["long_pct"].text() == "9,0" and "Korttid" in page.message_label.text()
    assert len(figures(context)) == 1
