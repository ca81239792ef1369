"""The «Tidslinje» sub-tab: what it draws where, and dates changed by mouse and keyboard.

What the view paints is read back by handing its painter a recorder that notes every text and
where it went, so the tests see the words and positions a person sees (month names in bokmål,
the seed's milestones, the bars at their dates, «forsinket» beside a late bar).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest

from fredapp.core import queries, seed
from fredapp.core.calc.measures import LEVEL_ORDER
from fredapp.core.models import Measure, MeasureStatus
from fredapp.core.timeline import add_milestone
from fredapp.ui import labels
from fredapp.ui.board.dialog import MeasureDialog
from fredapp.ui.board.timeline import TimelineView
from fredapp.ui.board.timeline_input import tooltip_text
from fredapp.ui.board.timeline_layout import MEASURE
from fredapp.ui.board.timeline_panel import TimelinePanel
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.measures import MeasuresTab
from fredapp.ui.undo import push_operation

TODAY = dt.date(2024, 6, 15)  # inside the seed's plan: some measures late, some not


class Recorder:
    """A painter that notes each text drawn and its rectangle, and draws it too."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self.texts: list[tuple[QRectF, str]] = []

    def drawText(self, rect: QRectF, flags: Any, text: str) -> None:
        self.texts.append((QRectF(rect), text))
        self._painter.drawText(rect, flags, text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._painter, name)


def painted(view: TimelineView, first: int = 0, last: int | None = None) -> Recorder:
    """Paint rows ``first`` to ``last`` (all by default) as the view does, on a canvas as wide
    as the whole span; the texts drawn."""
    frame = view.frame()
    last = len(view.rows) if last is None else last
    frame.height = frame.header_height + len(view.rows) * frame.row_height
    frame.width = frame.label_width + view.scale.width + 800  # the whole span, unscrolled
    frame.x_offset = 0
    image = QImage(int(frame.width), int(frame.height), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    recorder = Recorder(painter)
    view.painter_for().paint(recorder, frame, view.rows, first, last, view.selected)  # type: ignore[arg-type]
    painter.end()
    return recorder


def stored(context: AppContext, code: str) -> Measure:
    measure = queries.record(context.database, Measure, seed.seed_id("measure", code))
    assert measure is not None
    return measure


@pytest.fixture
def tab(window: MainWindow) -> MeasuresTab:
    tab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    tab.model.today = lambda: TODAY
    assert tab.timeline is None  # built only when first shown
    tab.views.setCurrentWidget(tab.timeline_holder)
    assert tab.timeline is not None
    return tab


@pytest.fixture
def panel(tab: MeasuresTab, qtbot: Any) -> TimelinePanel:
    assert tab.timeline is not None
    panel = tab.timeline
    panel.errors = []  # type: ignore[attr-defined]
    panel.error_handler = panel.errors.append  # type: ignore[attr-defined]
    panel.view.relayout()
    qtbot.waitExposed(panel.view)
    return panel


def test_the_seed_plan_is_drawn_month_by_month_with_its_milestones(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    view.horizontalScrollBar().setValue(0)
    recorder = painted(view)
    texts = [text for _, text in recorder.texts]
    # Months in bokmål along the top, the years, today named
    assert {"juni", "juli", "august"} <= set(texts) or {"jun.", "jul.", "aug."} <= set(texts)
    assert "2023" in texts and "I dag" in texts
    # every milestone of the seed is drawn with its title, at its date
    milestones = queries.milestone_rows(context.database)
    assert len(milestones) >= 20
    frame = view.frame()
    for milestone in milestones:
        where = [rect for rect, text in recorder.texts if text == milestone.title]
        assert where, milestone.title
        assert abs(where[0].left() - frame.time_x(milestone.date)) < frame.row_height
    # S-S4's bar from its start to its due date, its code on it, «forsinket» not (due later)
    s4 = stored(context, "S-S4")
    assert s4.start_date is not None and s4.due_date is not None
    bar = view.bar_rect(s4.id)
    assert bar is not None
    assert bar.left() == pytest.approx(frame.time_x(s4.start_date))
    assert bar.right() == pytest.approx(frame.time_x(s4.due_date + dt.timedelta(days=1)))
    inside = [
        rect for rect, text in recorder.texts if text == "S-S4" and bar.contains(rect.center())
    ]
    assert inside, "the code is written on the bar"
    # a measure without dates is listed under «Uten datoer», with no bar
    assert "Uten datoer" in texts and "Milepæler" in texts
    k1 = seed.seed_id("measure", "K1")
    row = view.row_of(k1)
    assert row is not None and view.bar_rect(k1) is None
    assert view.rows[row - 1].kind == MEASURE or view.rows[row - 1].text == "Uten datoer"


def test_a_late_measure_says_so_in_words(panel: TimelinePanel, context: AppContext) -> None:
    view = panel.view
    s4 = stored(context, "S-S4")
    assert s4.due_date is not None
    panel.model.today = lambda: s4.due_date + dt.timedelta(days=3)  # type: ignore[operator]
    view.relayout()
    row = view.row_of(s4.id)
    assert row is not None and view.rows[row].late
    view.horizontalScrollBar().setValue(0)  # as painted()
    recorder = painted(view, row, row + 1)
    bar = view.bar_rect(s4.id)
    assert bar is not None
    late = [rect for rect, text in recorder.texts if text == "⚠ forsinket"]
    assert late and late[0].left() >= bar.right()  # the word right after the bar
    assert "forsinket" in view.describe(s4.id)
    # a done measure is never late
    context.service.update(Measure, s4.id, status=MeasureStatus.DONE.value)
    row = view.row_of(s4.id)
    assert row is not None and not view.rows[row].late


def drag(view: TimelineView, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(viewport, start + (end - start) * step / 4)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def bring_into_view(view: TimelineView, measure_id: uuid.UUID) -> QRectF:
    view.select_measure(measure_id)
    rect = view.bar_rect(measure_id)
    assert rect is not None
    frame = view.frame()
    view.horizontalScrollBar().setValue(int(frame.x_offset + rect.left() - frame.label_width - 100))
    rect = view.bar_rect(measure_id)
    assert rect is not None and rect.left() > frame.label_width
    return rect


def test_dragging_a_bars_end_changes_the_due_date_and_undo_restores_it(
    panel: TimelinePanel, context: AppContext, window: MainWindow
) -> None:
    view = panel.view
    s4 = stored(context, "S-S4")
    before = (s4.start_date, s4.due_date)
    assert before[1] is not None
    rect = bring_into_view(view, s4.id)
    end = QPoint(int(rect.right()) - 1, int(rect.center().y()))
    days = 14
    drag(view, end, end + QPoint(round(days * view.scale.per_day), 0))
    after = stored(context, "S-S4")
    assert after.start_date == before[0]  # the other end stays
    assert after.due_date is not None and abs((after.due_date - before[1]).days - days) <= 1
    assert context.undo_stack.count() == 1  # one drag, one undo step
    assert "S-S4" in context.undo_stack.text(0)
    moved = view.bar_rect(s4.id)
    assert moved is not None and moved.right() > rect.right()  # the view shows it
    context.undo_stack.undo()
    assert (stored(context, "S-S4").start_date, stored(context, "S-S4").due_date) == before
    # the whole bar: both dates move by the same days
    rect = bring_into_view(view, s4.id)
    middle = QPoint(int(rect.center().x()), int(rect.center().y()))
    drag(view, middle, middle - QPoint(round(7 * view.scale.per_day), 0))
    moved_measure = stored(context, "S-S4")
    assert moved_measure.start_date is not None and moved_measure.due_date is not None
    assert before[0] is not None
    shift = (moved_measure.start_date - before[0]).days
    assert -8 <= shift <= -6 and (moved_measure.due_date - before[1]).days == shift


def test_a_drop_with_the_start_after_the_due_date_is_refused(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    s4 = stored(context, "S-S4")
    assert s4.start_date is not None and s4.due_date is not None
    rect = bring_into_view(view, s4.id)
    start = QPoint(int(rect.left()) + 1, int(rect.center().y()))
    assert view.hit(start)[1] == "start"
    days = (s4.due_date - s4.start_date).days + 30  # a month past the due date
    drag(view, start, start + QPoint(round(days * view.scale.per_day), 0))
    assert len(panel.errors) == 1  # type: ignore[attr-defined]
    message = panel.errors[0]  # type: ignore[attr-defined]
    assert "etter" in message or "after" in message, message  # the core's words, in bokmål
    unchanged = stored(context, "S-S4")
    assert (unchanged.start_date, unchanged.due_date) == (s4.start_date, s4.due_date)
    assert context.undo_stack.count() == 0
    assert view.bar_rect(s4.id) == rect  # the bar back where it was


def test_the_keyboard_chooses_a_bar_and_moves_its_dates_a_week(
    panel: TimelinePanel, tab: MeasuresTab, context: AppContext, qtbot: Any
) -> None:
    view = panel.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)  # the last measure (of «Uten datoer»)
    last = view.selected
    assert last is not None and view.rows[view.row_of(last) or 0].kind == MEASURE
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert view.selected != last and view.selected_ids()
    s4 = stored(context, "S-S4")
    view.select_measure(s4.id)
    assert "S-S4" in view.viewport().accessibleDescription()  # a screen reader hears the bar
    assert s4.start_date is not None and s4.due_date is not None
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert stored(context, "S-S4").due_date == s4.due_date + dt.timedelta(days=7)
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert stored(context, "S-S4").start_date == s4.start_date - dt.timedelta(days=7)
    assert context.undo_stack.count() == 2
    context.undo_stack.undo()
    context.undo_stack.undo()
    restored = stored(context, "S-S4")
    assert (restored.start_date, restored.due_date) == (s4.start_date, s4.due_date)
    # Enter opens the measure's dialog
    opened: list[object] = []
    tab.run_dialog = lambda dialog: bool(opened.append(dialog.windowTitle()))
    view.select_measure(s4.id)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert len(opened) == 1
    # an undated measure gets a due date from Shift+→ (counted from today)
    k1 = seed.seed_id("measure", "K1")
    view.select_measure(k1)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert stored(context, "K1").due_date == TODAY + dt.timedelta(days=7)
    assert view.bar_rect(k1) is not None


def test_the_boards_filters_hide_bars(panel: TimelinePanel, tab: MeasuresTab) -> None:
    view = panel.view
    s4 = seed.seed_id("measure", "S-S4")
    assert view.row_of(s4) is not None
    tab.dimension_filter.setCurrentIndex(tab.dimension_filter.findData("KK"))
    shown = [row.measure for row in view.rows if row.measure is not None]
    assert shown and all(m.dimension == "KK" for m in shown)
    assert view.row_of(s4) is None
    tab.dimension_filter.setCurrentIndex(0)
    tab.filter_edit.setText("Anskaffelser")
    codes = {row.measure.code for row in view.rows if row.measure is not None}
    assert "S-S4" in codes and len(codes) < 10
    tab.filter_edit.setText("")
    assert len([r for r in view.rows if r.measure is not None]) == tab.model.rowCount()


def test_grouping_by_level_and_zoom(panel: TimelinePanel) -> None:
    view = panel.view
    panel.group_box.setCurrentIndex(panel.group_box.findData("level"))
    headers = [row.text for row in view.rows if row.kind == "group"]
    dated = {m.level for m in panel.model.records() if m.start_date or m.due_date}
    levels = [labels.measure_level(level) for level in LEVEL_ORDER if level in dated]
    assert levels and headers == ["Milepæler", *levels, "Uten datoer"]
    width = view.scale.width
    panel.zoom_out.click()
    assert view.scale.width < width
    quarters = [text for _, text in painted(view, 0, 1).texts]
    assert "K3" in quarters or "K1" in quarters  # quarters named when zoomed out
    panel.zoom_in.click()
    panel.zoom_in.click()
    assert view.scale.width > width


def test_screen_readers_hear_what_the_timeline_is_and_where_its_figures_are(
    panel: TimelinePanel, tab: MeasuresTab, context: AppContext
) -> None:
    view = panel.view
    assert tab.views.tabText(tab.views.indexOf(tab.timeline_holder)) == "Tids&linje"
    assert view.accessibleName() == "Tidslinje"
    for widget in (view, view.viewport()):
        assert "Shift+venstre" in widget.accessibleDescription()
        assert "Tabell" in widget.accessibleDescription()  # the same measures as a table
    s4 = stored(context, "S-S4")
    view.select_measure(s4.id)
    spoken = view.viewport().accessibleDescription()
    assert spoken.startswith("S-S4") and "starter" in spoken  # the bar in words


def test_milestones_in_one_row_keep_their_titles_in_the_tooltip(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    lanes = [row for row in view.rows if row.kind == "milestones"]
    assert len(lanes) > 1  # the seed's titles need several rows to stand whole
    panel.titles_box.setChecked(False)
    (lane,) = [row for row in view.rows if row.kind == "milestones"]
    assert len(lane.marks) == len(queries.milestone_rows(context.database))
    index = view.rows.index(lane)
    first = lane.marks[0]
    view.horizontalScrollBar().setValue(0)
    frame = view.frame()
    x = int(frame.time_x(first.date) + 2)
    y = int(frame.row_top(index) + frame.row_height / 2)
    said = tooltip_text(view, QPoint(x, y))
    same_day = [m.title for m in lane.marks if m.date == first.date]
    assert any(said.startswith(title) for title in same_day) and "2022" in said
    recorder = painted(view, index, index + 1)
    widths = [rect.width() for rect, text in recorder.texts if text.endswith("…")]
    assert widths  # titles cut short where the next mark begins
    panel.titles_box.setChecked(True)
    assert len([row for row in view.rows if row.kind == "milestones"]) == len(lanes)


def test_enter_opens_the_dialog_with_the_start_date_which_it_saves(
    panel: TimelinePanel, tab: MeasuresTab, context: AppContext
) -> None:
    view = panel.view
    s4 = stored(context, "S-S4")
    assert s4.start_date is not None and s4.due_date is not None
    seen: list[str] = []

    def answer(dialog: MeasureDialog) -> bool:
        assert dialog.start_check.isChecked()
        shown = dialog.start_edit.date()
        assert (shown.year(), shown.month(), shown.day()) == (
            s4.start_date.year,  # type: ignore[union-attr]
            s4.start_date.month,  # type: ignore[union-attr]
            s4.start_date.day,  # type: ignore[union-attr]
        )
        later = s4.due_date + dt.timedelta(days=10)  # type: ignore[operator]
        dialog.start_edit.setDate(QDate(later.year, later.month, later.day))
        dialog.accept()  # refused: the start after the due date, said in the dialog
        seen.append(dialog.message.text())
        assert dialog.result() == 0
        new = s4.start_date - dt.timedelta(days=31)  # type: ignore[operator]
        dialog.start_edit.setDate(QDate(new.year, new.month, new.day))
        return True

    tab.run_dialog = answer
    view.setFocus()
    view.select_measure(s4.id)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert len(seen) == 1 and "etter" in seen[0], seen  # the core's words, in bokmål
    assert stored(context, "S-S4").start_date == s4.start_date - dt.timedelta(days=31)
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert stored(context, "S-S4").start_date == s4.start_date


def test_a_measures_milestone_is_drawn_on_its_row_after_the_bar(
    panel: TimelinePanel, context: AppContext
) -> None:
    view = panel.view
    s4 = stored(context, "S-S4")
    assert s4.start_date is not None
    date = s4.start_date + dt.timedelta(days=40)
    operation = add_milestone(context.service, "Leverandørmøte", date, "x", measure_id=s4.id)
    push_operation(context.undo_stack, context.service, operation)
    row = view.row_of(s4.id)
    assert row is not None and [m.title for m in view.rows[row].marks] == ["Leverandørmøte"]
    general = [r for r in view.rows if r.kind == "milestones"]
    assert all("Leverandørmøte" not in [m.title for m in r.marks] for r in general)
    view.horizontalScrollBar().setValue(0)
    recorder = painted(view, row, row + 1)
    bar = view.bar_rect(s4.id)
    assert bar is not None
    (where,) = [rect for rect, text in recorder.texts if "Leverandørmøte" in text]
    assert where.left() >= bar.right()  # after the bar and its words, never over the code
    frame = view.frame()
    assert frame.row_top(row) <= where.center().y() <= frame.row_top(row) + frame.row_height
    context.undo_stack.undo()  # the milestone goes again
    assert view.rows[view.row_of(s4.id) or 0].marks == []


def test_the_keyboard_reaches_the_milestones_and_moves_one_a_week(
    panel: TimelinePanel, tab: MeasuresTab, context: AppContext
) -> None:
    view = panel.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home)
    mark = view.selected_mark()
    assert mark is not None and view.selected_ids() == []  # a milestone, not a measure
    spoken = view.viewport().accessibleDescription()
    assert spoken.startswith("Milepæl " + mark.title) and "2022" in spoken
    assert tab.selected_ids() == []  # Delete or Edit… on the tab touch no measure
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = [m for m in queries.milestone_rows(context.database) if m.id == mark.id]
    assert moved[0].date == mark.date + dt.timedelta(days=7)
    assert view.selected == mark.id  # still chosen after the move
    assert context.undo_stack.count() == 1 and mark.title in context.undo_stack.text(0)
    context.undo_stack.undo()
    back = [m for m in queries.milestone_rows(context.database) if m.id == mark.id]
    assert back[0].date == mark.date
    # on down through every milestone to the first measure
    count = len(queries.milestone_rows(context.database))
    for _ in range(count):
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_ids() and view.selected_mark() is None


def test_a_group_scrolled_away_keeps_its_name_over_the_rows(panel: TimelinePanel) -> None:
    view = panel.view
    view.resize(900, 400)
    headers = [i for i, row in enumerate(view.rows) if row.kind == "group"]
    group = headers[1]  # «S – Struktur», below the milestones
    view.verticalScrollBar().setValue(int((group + 3) * view.row_height()))
    assert view.pinned() == group
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    recorder = Recorder(painter)
    first, last = view.visible_rows()
    frame = view.frame()
    pinned = view.rows[group]
    view.painter_for().paint(recorder, frame, view.rows, first, last, None, pinned)  # type: ignore[arg-type]
    painter.end()
    tops = [rect for rect, text in recorder.texts if text == "S – Struktur"]
    assert tops and tops[-1].top() >= frame.header_height - 1  # drawn just under the months
    assert tops[-1].bottom() <= frame.header_height + frame.row_height + 1
    band = QPoint(int(frame.label_width + 50), int(frame.header_height + frame.row_height / 2))
    assert view.hit(band) == (None, None)  # the name is not a bar to drag
    assert tooltip_text(view, band) == "S – Struktur"
    view.verticalScrollBar().setValue(0)
    assert view.pinned() is None
