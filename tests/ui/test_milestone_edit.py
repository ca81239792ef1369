"""Milestones added, edited and deleted in the «Tidslinje»: the dialog, the keys, the menu.

The dialog is answered by the test (the editor's ``run_dialog``), as a person would fill it;
what the timeline then draws is read back by a painter that notes each text it writes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLabel, QMenu
from ui_helpers import accessible_name

from fredapp.core import queries, seed
from fredapp.core.models import Measure, Milestone
from fredapp.ui.board.milestone_dialog import MilestoneDialog
from fredapp.ui.board.timeline import TimelineView
from fredapp.ui.board.timeline_layout import MILESTONES
from fredapp.ui.board.timeline_marks import context_menu, mark_at, mark_point
from fredapp.ui.board.timeline_panel import TimelinePanel
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import is_marked
from fredapp.ui.main_window import MainWindow

TODAY = dt.date(2024, 6, 15)


class Recorder:
    """A painter that notes each text drawn (and draws it)."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self.texts: list[tuple[QRectF, str]] = []

    def drawText(self, rect: QRectF, flags: Any, text: str) -> None:
        self.texts.append((QRectF(rect), text))
        self._painter.drawText(rect, flags, text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._painter, name)


def painted_texts(view: TimelineView) -> list[tuple[QRectF, str]]:
    """Every text the view draws over its whole span and all its rows."""
    frame = view.frame()
    frame.height = frame.header_height + len(view.rows) * frame.row_height
    frame.width = frame.label_width + view.scale.width + 800
    frame.x_offset = 0
    frame.y_offset = 0
    image = QImage(int(frame.width), int(frame.height), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    recorder = Recorder(painter)
    view.painter_for().paint(recorder, frame, view.rows, 0, len(view.rows), view.selected)  # type: ignore[arg-type]
    painter.end()
    return recorder.texts


def stored_milestones(context: AppContext, title: str) -> list[Milestone]:
    return [m for m in queries.milestone_rows(context.database) if m.title == title]


def set_date(dialog: MilestoneDialog, date: dt.date) -> None:
    dialog.date_edit.setDate(QDate(date.year, date.month, date.day))


@pytest.fixture
def panel(window: MainWindow, qtbot: Any) -> TimelinePanel:
    tab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    tab.model.today = lambda: TODAY
    tab.views.setCurrentWidget(tab.timeline_holder)
    panel = tab.timeline
    assert panel is not None
    panel.errors = []  # type: ignore[attr-defined]
    panel.error_handler = panel.errors.append  # type: ignore[attr-defined]
    panel.view.relayout()
    qtbot.waitExposed(panel.view)
    return panel


def choose(panel: TimelinePanel, title: str) -> None:
    """Choose the milestone called ``title`` as the keyboard does."""
    for index, row in enumerate(panel.view.rows):
        for mark in row.marks:
            if mark.title == title:
                panel.view.select_mark(index, mark.id)
                return
    raise AssertionError(title)


def test_the_button_adds_a_milestone_that_is_drawn_with_its_title(
    panel: TimelinePanel, context: AppContext
) -> None:
    button = panel.new_milestone_button
    assert button.text() == "Ny milepæl …" and button.isVisible()
    assert button.accessibleName() == "Ny milepæl (Insert)"
    seen: list[tuple[str, str, str]] = []

    def answer(dialog: MilestoneDialog) -> bool:
        seen.append(
            (dialog.windowTitle(), dialog.date_edit.text(), dialog.measure_box.currentText())
        )
        dialog.title_edit.setText("Drøftingsmøte med tillitsvalgte")
        set_date(dialog, dt.date(2024, 9, 12))
        dialog.notes_edit.setPlainText("Rådhuset, sal 2")
        dialog.accept()
        return dialog.result() == 1

    panel.milestones.run_dialog = answer
    button.click()
    # the dialog proposed today in Norwegian form, and no measure
    assert seen == [("Ny milepæl", "15.06.2024", "Ingen")]
    (saved,) = stored_milestones(context, "Drøftingsmøte med tillitsvalgte")
    assert (saved.date, saved.measure_id, saved.notes) == (
        dt.date(2024, 9, 12),
        None,
        "Rådhuset, sal 2",
    )
    assert context.undo_stack.count() == 1
    assert context.undo_stack.text(0) == "Ny milepæl Drøftingsmøte med tillitsvalgte"
    view = panel.view
    assert view.selected == saved.id  # chosen, ready for Enter or Delete
    lanes = [row for row in view.rows if row.kind == MILESTONES]
    assert any(mark.id == saved.id for row in lanes for mark in row.marks)
    where = [rect for rect, text in painted_texts(view) if text == saved.title]
    assert len(where) == 1
    frame = view.frame()
    frame.x_offset = 0
    assert abs(where[0].left() - frame.time_x(saved.date)) < frame.row_height
    context.undo_stack.undo()
    assert stored_milestones(context, saved.title) == []
    assert all(text != saved.title for _, text in painted_texts(view))


def test_enter_edits_the_chosen_milestones_title_and_date(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    original = queries.milestone_rows(context.database)[0]
    choose(panel, original.title)

    def answer(dialog: MilestoneDialog) -> bool:
        assert dialog.windowTitle() == "Rediger milepæl"
        assert dialog.title_edit.text() == original.title
        day = original.date
        assert dialog.date_edit.text() == f"{day.day:02}.{day.month:02}.{day.year}"
        dialog.title_edit.setText("Prinsipper vedtatt i bystyret")
        set_date(dialog, original.date + dt.timedelta(days=20))
        dialog.accept()
        return dialog.result() == 1

    panel.milestones.run_dialog = answer
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)
    (edited,) = [m for m in queries.milestone_rows(context.database) if m.id == original.id]
    assert (edited.title, edited.date) == (
        "Prinsipper vedtatt i bystyret",
        original.date + dt.timedelta(days=20),
    )
    assert "Prinsipper vedtatt i bystyret" in [text for _, text in painted_texts(view)]
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()  # one step back: both title and date
    (back,) = [m for m in queries.milestone_rows(context.database) if m.id == original.id]
    assert (back.title, back.date) == (original.title, original.date)


def test_delete_removes_the_chosen_milestone_and_undo_brings_it_back(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    measures = len(queries.live_records(context.database, Measure))
    original = queries.milestone_rows(context.database)[1]
    count = len(queries.milestone_rows(context.database))
    view.setFocus()
    choose(panel, original.title)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [m for m in queries.milestone_rows(context.database) if m.id == original.id] == []
    assert len(queries.milestone_rows(context.database)) == count - 1
    assert original.title not in [text for _, text in painted_texts(view)]
    # the tab's Delete (measures) did not fire too
    assert len(queries.live_records(context.database, Measure)) == measures
    assert context.undo_stack.count() == 1
    assert context.undo_stack.text(0) == "Slett milepæl " + original.title
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Angre
    assert context.undo_stack.index() == 0
    (back,) = [m for m in queries.milestone_rows(context.database) if m.id == original.id]
    assert (back.title, back.date) == (original.title, original.date)
    assert original.title in [text for _, text in painted_texts(view)]


def test_an_empty_title_is_refused_in_the_open_dialog_and_nothing_is_stored(
    panel: TimelinePanel, context: AppContext
) -> None:
    before = len(queries.milestone_rows(context.database))
    seen: list[str] = []

    def answer(dialog: MilestoneDialog) -> bool:
        dialog.title_edit.setText("   ")
        dialog.notes_edit.setPlainText("Husk innkalling")
        dialog.accept()
        assert dialog.result() == 0 and not dialog.message.isHidden()
        seen.append(dialog.message.text())
        assert is_marked(dialog.title_edit) and not is_marked(dialog.date_edit)
        assert dialog.notes_edit.toPlainText() == "Husk innkalling"  # what was typed stays
        set_date(dialog, dt.date(2250, 1, 1))  # a typing slip: refused too, the date named
        dialog.title_edit.setText("Evaluering")
        dialog.accept()
        assert dialog.result() == 0
        seen.append(dialog.message.text())
        assert is_marked(dialog.date_edit) and not is_marked(dialog.title_edit)
        dialog.reject()
        return False

    panel.milestones.run_dialog = answer
    panel.new_milestone_button.click()
    assert len(seen) == 2
    assert seen[0].startswith("Feil:") and "tittel" in seen[0].lower(), seen
    assert seen[1].startswith("Feil:") and "2250" in seen[1], seen
    assert len(queries.milestone_rows(context.database)) == before
    assert context.undo_stack.count() == 0


def test_a_milestone_of_a_measure_is_drawn_on_its_row(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    s4 = queries.record(context.database, Measure, seed.seed_id("measure", "S-S4"))
    assert s4 is not None and s4.start_date is not None
    when = s4.start_date + dt.timedelta(days=40)

    def answer(dialog: MilestoneDialog) -> bool:
        texts = [dialog.measure_box.itemText(i) for i in range(dialog.measure_box.count())]
        assert texts[0] == "Ingen" and f"S-S4 {s4.title}" in texts
        dialog.measure_box.setCurrentIndex(texts.index(f"S-S4 {s4.title}"))
        dialog.title_edit.setText("Leverandørmøte")
        set_date(dialog, when)
        dialog.accept()
        return dialog.result() == 1

    panel.milestones.run_dialog = answer
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    (saved,) = stored_milestones(context, "Leverandørmøte")
    assert saved.measure_id == s4.id
    row = view.row_of(s4.id)
    assert row is not None and [m.title for m in view.rows[row].marks] == ["Leverandørmøte"]
    lanes = [r for r in view.rows if r.kind == MILESTONES]
    assert all(saved.id not in [m.id for m in r.marks] for r in lanes)
    # chosen on its measure's row after the dialog: Delete removes the milestone, not S-S4
    assert view.selected == saved.id and view.selected_mark() is not None
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert stored_milestones(context, "Leverandørmøte") == []
    assert s4.id in {m.id for m in queries.live_records(context.database, Measure)}
    assert view.rows[view.row_of(s4.id) or 0].marks == []


def test_the_context_menu_edits_deletes_and_proposes_the_date_under_the_mouse(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    frame = view.frame()
    s4 = queries.record(context.database, Measure, seed.seed_id("measure", "S-S4"))
    assert s4 is not None and s4.due_date is not None
    row = view.row_of(s4.id)
    assert row is not None
    view.scroll_to_date(s4.due_date)
    frame = view.frame()
    day = s4.due_date + dt.timedelta(days=30)  # right of the bar: empty space on its row
    point = QPoint(
        int(frame.time_x(day) + frame.scale.per_day / 2),
        int(frame.row_top(row) + frame.row_height / 2),
    )
    view.verticalScrollBar().setValue(0)
    frame = view.frame()
    point.setY(int(frame.row_top(row) + frame.row_height / 2))
    menu = context_menu(view, point)
    actions = [a for a in menu.actions() if a.text()]
    assert [a.text() for a in actions] == ["&Ny milepæl her …"]
    proposed: list[tuple[str, str]] = []

    def answer(dialog: MilestoneDialog) -> bool:
        proposed.append((dialog.date_edit.text(), dialog.measure_box.currentText()))
        return False

    panel.milestones.run_dialog = answer
    actions[0].trigger()
    assert proposed == [(f"{day.day:02}.{day.month:02}.{day.year}", f"S-S4 {s4.title}")]
    # on a milestone: Rediger …, Slett
    lane = next(i for i, r in enumerate(view.rows) if r.kind == MILESTONES)
    mark = view.rows[lane].marks[0]
    view.scroll_to_date(mark.date)
    frame = view.frame()
    at = QPointF(
        frame.time_x(mark.date) + frame.scale.per_day / 2,
        frame.row_top(lane) + frame.row_height / 2,
    )
    found = mark_at(view, at)
    assert found is not None and found[1].id == mark.id
    menu = context_menu(view, at.toPoint())
    assert view.selected == mark.id
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["&Rediger milepæl …", "&Slett milepæl"]
    # the menu key (Shift+F10) opens the same menu at the chosen milestone
    key_point = mark_point(view, mark.id)
    assert key_point is not None and mark_at(view, key_point) == found
    assert [a.text() for a in context_menu(view, key_point).actions() if a.text()] == texts
    menu.actions()[1].trigger()
    assert [m for m in queries.milestone_rows(context.database) if m.id == mark.id] == []
    context.undo_stack.undo()
    assert [m.id for m in queries.milestone_rows(context.database) if m.id == mark.id]


def test_a_click_chooses_a_milestone_and_a_double_click_opens_it(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    lane = next(i for i, r in enumerate(view.rows) if r.kind == MILESTONES)
    mark = view.rows[lane].marks[-1]
    view.scroll_to_date(mark.date)
    frame = view.frame()
    at = QPoint(
        int(frame.time_x(mark.date) + frame.scale.per_day / 2),
        int(frame.row_top(lane) + frame.row_height / 2),
    )
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert view.selected == mark.id
    assert view.viewport().accessibleDescription().startswith("Milepæl " + mark.title)
    shown: list[str] = []

    def answer(dialog: MilestoneDialog) -> bool:
        shown.append(dialog.title_edit.text())
        return False  # Avbryt: nothing changes

    panel.milestones.run_dialog = answer
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert shown == [mark.title]
    assert context.undo_stack.count() == 0


def test_the_dialog_is_named_and_tab_goes_through_its_fields_in_order(
    panel: TimelinePanel, qtbot: Any
) -> None:
    reached: list[str] = []
    mnemonics: list[str] = []

    def answer(dialog: MilestoneDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert accessible_name(dialog) == "Ny milepæl"
        for _ in range(12):
            widget = dialog.focusWidget()
            assert widget is not None
            outer = widget.parentWidget()
            if isinstance(outer, QAbstractSpinBox):  # the date edit's line
                widget = outer
            name = accessible_name(widget)
            if isinstance(widget, QComboBox):  # on Linux read by its label (labelled-by)
                (label,) = [x for x in dialog.findChildren(QLabel) if x.buddy() is widget]
                name = label.text().replace("&", "")
            if not reached or reached[-1] != name:  # Tab goes day, month, year in the date
                reached.append(name)
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        mnemonics.extend(
            label.text().split("&")[1][0].lower()
            for label in dialog.findChildren(QLabel)
            if "&" in label.text()
        )
        dialog.reject()
        return False

    panel.milestones.run_dialog = answer
    panel.new_milestone_button.click()
    names = ["Tittel", "Dato", "Tiltak:", "Notater", "OK", "Avbryt"]
    assert reached[:6] == names and reached[6] == "Tittel"  # and round again
    assert len(mnemonics) == 4 and len(set(mnemonics)) == 4


def test_a_right_click_on_a_milestone_opens_its_menu_there(panel: TimelinePanel) -> None:
    view = panel.view
    lane = next(i for i, r in enumerate(view.rows) if r.kind == MILESTONES)
    mark = view.rows[lane].marks[0]
    view.scroll_to_date(mark.date)
    at = mark_point(view, mark.id)
    assert at is not None
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["&Rediger milepæl …", "&Slett milepæl"]
    assert view.selected == mark.id  # ringed: the menu is about this one
    menu.close()
