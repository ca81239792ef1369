"""The measure board: cards in cells, filters, moves by keyboard and mouse, undo, dialogs."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem, QWidget
from sqlmodel import col, select

from fredapp.core import seed
from fredapp.core.models import Measure, MeasureUnitLink
from fredapp.ui.board.dialog import MeasureDialog
from fredapp.ui.board.model import LINKS_ROLE, OVERDUE_ROLE
from fredapp.ui.board.view import MIME_TYPE, BoardGrid, CardListView, decode_ids, encode_ids
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.measures import MeasuresTab

NOT_STARTED, IN_PROGRESS, DONE, ON_HOLD = range(4)
STAFF, MUNICIPALITY = range(2)


def mid(code: str) -> uuid.UUID:
    return seed.seed_id("measure", code)


def stored(context: AppContext, code: str) -> Measure:
    with context.database.session() as session:
        return session.exec(select(Measure).where(Measure.code == code)).one()


def codes(view: CardListView) -> list[str]:
    return [view.proxy.measure(row).code for row in range(view.proxy.rowCount())]


@pytest.fixture
def tab(window: MainWindow) -> MeasuresTab:
    window.tabs.setCurrentWidget(window.measures_tab)
    return window.measures_tab


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text) or 0
    )
    return shown


def test_cards_are_filed_by_status_and_level(tab: MeasuresTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    board = tab.board
    assert board.card_count() == 46
    staff_in_progress = codes(board.views[(IN_PROGRESS, STAFF)])
    assert len(staff_in_progress) == 13 and "S-KKV2" in staff_in_progress
    assert len(codes(board.views[(NOT_STARTED, STAFF)])) == 15
    assert len(codes(board.views[(NOT_STARTED, MUNICIPALITY)])) == 18
    assert codes(board.views[(DONE, STAFF)]) == []
    assert [h.text() for h in board.column_headers] == [
        "Ikke startet (33)",
        "Pågår (13)",
        "Fullført (0)",
        "Stilt i bero (0)",
    ]
    view = board.views[(NOT_STARTED, STAFF)]
    assert view.accessibleName() == "Ikke startet – Sentrale staber"
    first = view.proxy.index(0, 0)
    spoken = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("S-S0, Rendyrke skillet") and "Struktur" in spoken
    qtmodeltester.check(view.proxy, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)


def test_switch_to_columns_by_dimension(tab: MeasuresTab) -> None:
    tab.layout_box.setCurrentIndex(1)
    board = tab.board
    assert tab.findChildren(BoardGrid) == [board]  # the old board is gone, not hidden behind
    assert len(board.column_headers) == 7
    assert board.column_headers[5].text() == "KKV – Kommunikasjon, koordinering og verktøy (5)"
    assert codes(board.views[(5, MUNICIPALITY)]) == ["KKV1", "KKV2"]
    assert board.card_count() == 46


def test_filters_and_count(qtbot, tab: MeasuresTab) -> None:  # type: ignore[no-untyped-def]
    tab.dimension_filter.setCurrentIndex(tab.dimension_filter.findData("KKV"))
    assert tab.count_label.text() == "5 av 46 tiltak"
    assert tab.board.card_count() == 5
    tab.level_filter.setCurrentIndex(tab.level_filter.findData("kommune"))
    assert tab.count_label.text() == "2 av 46 tiltak"
    assert codes(tab.board.views[(NOT_STARTED, MUNICIPALITY)]) == ["KKV1", "KKV2"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("pagar"))
    assert tab.count_label.text() == "0 av 46 tiltak" and tab.board.card_count() == 0
    for box in (tab.dimension_filter, tab.level_filter, tab.status_filter):
        box.setCurrentIndex(0)
    qtbot.keyClicks(tab.filter_edit, "anskaffelser")
    assert tab.board.shown_ids() == [mid("S-S4")]
    assert "«anskaffelser»" in tab.filter_description()


def test_owner_filter(tab: MeasuresTab, context: AppContext) -> None:
    index = next(
        i for i in range(tab.owner_filter.count()) if tab.owner_filter.itemText(i) == "Anskaffelser"
    )
    unit_id = tab.owner_filter.itemData(index)
    context.service.update(Measure, mid("S-S4"), owner_unit_id=unit_id)
    tab.owner_filter.setCurrentIndex(index)
    assert tab.shown_ids() == [mid("S-S4")]
    assert tab.count_label.text() == "1 av 46 tiltak"


def test_keyboard_moves_with_undo(
    qtbot, window: MainWindow, tab: MeasuresTab, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    board = tab.board
    view = board.views[(NOT_STARTED, STAFF)]
    assert board.select_measure(mid("S-S0"))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stored(context, "S-S0").status == "pagar"
    target = board.views[(IN_PROGRESS, STAFF)]
    assert "S-S0" in codes(target) and "S-S0" not in codes(view)
    assert target.hasFocus() and target.selected_ids() == [mid("S-S0")]  # the card keeps focus
    qtbot.keyClick(target, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored(context, "S-S0").level == "kommune"
    assert "S-S0" in codes(board.views[(IN_PROGRESS, MUNICIPALITY)])
    assert context.undo_stack.undoText().startswith("Flytt S-S0")
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert (stored(context, "S-S0").status, stored(context, "S-S0").level) == (
        "ikke_startet",
        "stab",
    )
    assert "S-S0" in codes(view)
    window.redo_action.trigger()
    assert "S-S0" in codes(target)
    # no column left of the first: nothing happens, nothing lands on the stack
    count = context.undo_stack.count()
    board.select_measure(mid("S-S1"))
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert context.undo_stack.count() == count


def test_arrow_keys_step_between_cells(qtbot, tab: MeasuresTab) -> None:  # type: ignore[no-untyped-def]
    board = tab.board
    board.select_measure(mid("S-S0"))
    view = board.views[(NOT_STARTED, STAFF)]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert board.views[(IN_PROGRESS, STAFF)].hasFocus()
    qtbot.keyClick(board.views[(IN_PROGRESS, STAFF)], Qt.Key.Key_Left)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # at the top of the top lane: stays
    assert view.hasFocus()


def drop(view: CardListView, ids: list[uuid.UUID]) -> bool:
    """What a mouse drag of the cards ``ids`` onto ``view`` delivers: enter, move, drop."""
    data = encode_ids(ids)
    args = (
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    point = QPointF(view.viewport().rect().center())
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(point, *args))
    event = QDropEvent(point, *args)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def test_drop_moves_cards_with_one_undo_step(
    window: MainWindow, tab: MeasuresTab, context: AppContext
) -> None:
    board = tab.board
    target = board.views[(DONE, MUNICIPALITY)]
    assert drop(target, [mid("S-S1"), mid("S-S2")])
    assert codes(target) == ["S-S1", "S-S2"]
    assert stored(context, "S-S2").status == "fullfort"
    assert stored(context, "S-S2").level == "kommune"
    window.undo_action.trigger()  # both cards go back in one step
    assert stored(context, "S-S1").status == "ikke_startet"
    assert stored(context, "S-S2").status == "pagar"
    assert codes(target) == []


def test_drop_in_dimension_layout_changes_dimension(tab: MeasuresTab, context: AppContext) -> None:
    tab.layout_box.setCurrentIndex(1)
    drop(tab.board.views[(6, STAFF)], [mid("S-S1")])  # K – Kultur
    assert stored(context, "S-S1").dimension == "K"


def test_mime_round_trip_and_foreign_drops_ignored(tab: MeasuresTab, context: AppContext) -> None:
    ids = [uuid.uuid4(), uuid.uuid4()]
    data = encode_ids(ids)
    assert data.hasFormat(MIME_TYPE) and decode_ids(data) == ids
    foreign = QMimeData()
    foreign.setText("S-S1")
    assert decode_ids(foreign) == []
    target = tab.board.views[(DONE, STAFF)].viewport()
    enter = QDragEnterEvent(
        QPointF(target.rect().center()),
        Qt.DropAction.MoveAction,
        foreign,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert not enter.isAccepted()
    assert not context.undo_stack.canUndo()


def test_mouse_double_click_opens_the_editor(qtbot, tab: MeasuresTab, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    seen: list[MeasureDialog] = []
    tab.run_dialog = lambda dialog: seen.append(dialog) or False
    view = tab.board.views[(NOT_STARTED, STAFF)]
    rect = view.visualRect(view.proxy.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(seen) == 1 and seen[0].code_edit.text() == "S-S0"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(seen) == 2
    assert not context.undo_stack.canUndo()  # cancelled: nothing written


def test_edit_dialog_changes_every_field_in_one_undo_step(
    tab: MeasuresTab, context: AppContext
) -> None:
    def answer(dialog: MeasureDialog) -> bool:
        dialog.title_edit.setText("Ny tittel")
        dialog.status_box.setCurrentIndex(dialog.status_box.findData("fullfort"))
        dialog.due_check.setChecked(True)
        dialog.effect_spin.setValue(5)
        dialog.progress_spin.setValue(100)
        dialog.notes_edit.setPlainText("Vedtatt")
        dialog.accept()
        return dialog.result() == MeasureDialog.DialogCode.Accepted

    tab.run_dialog = answer
    assert tab.edit_measure(mid("S-RA1"))
    edited = stored(context, "S-RA1")
    assert (edited.title, edited.status, edited.effect, edited.progress, edited.notes) == (
        "Ny tittel",
        "fullfort",
        5,
        100,
        "Vedtatt",
    )
    assert edited.due_date is not None
    assert "S-RA1" in codes(tab.board.views[(DONE, STAFF)])
    context.undo_stack.undo()
    assert stored(context, "S-RA1").title == "Etablere funksjonsbeskrivelser for hver virksomhet"
    assert stored(context, "S-RA1").status == "ikke_startet"


IDENTITY_NUMBER = "15076500565"  # a valid fødselsnummer (test value)


@pytest.mark.parametrize(("language", "field"), [("nb", "Notater"), ("en", "Notes")])
def test_a_refused_note_keeps_the_dialog_open_with_the_text_typed(
    tab: MeasuresTab, context: AppContext, translations: Any, language: str, field: str
) -> None:
    """The service refuses an identity number in the notes: the dialog stays open with all
    that was typed, the notes marked and the message naming them as the form does."""
    from fredapp.ui.error_label import is_marked

    translations.install(language)

    note = f"Ring Kari, fnr {IDENTITY_NUMBER}, om saken"
    seen: list[tuple[bool, str, str, bool, bool]] = []

    def answer(dialog: MeasureDialog) -> bool:
        dialog.title_edit.setText("Ny tittel")
        dialog.notes_edit.setPlainText(note)
        dialog.accept()
        seen.append(
            (
                dialog.result() == MeasureDialog.DialogCode.Accepted,
                dialog.notes_edit.toPlainText(),
                dialog.message.text(),
                is_marked(dialog.notes_edit),
                is_marked(dialog.title_edit),
            )
        )
        # The person takes the number out; OK now closes and saves.
        dialog.notes_edit.setPlainText("Ring Kari om saken")
        dialog.accept()
        return dialog.result() == MeasureDialog.DialogCode.Accepted

    tab.run_dialog = answer
    assert tab.edit_measure(mid("S-RA1"))
    accepted, kept, message, notes_marked, title_marked = seen[0]
    assert not accepted
    assert kept == note
    assert field in message and "notes" not in message.replace(field, "")
    assert notes_marked and not title_marked
    assert stored(context, "S-RA1").notes == "Ring Kari om saken"
    assert stored(context, "S-RA1").title == "Ny tittel"


def test_links_to_units_are_edited_with_the_measure(tab: MeasuresTab, context: AppContext) -> None:
    row = tab.model.row_of(mid("S-S4"))
    assert tab.model.index(row, 0).data(LINKS_ROLE) == ["Anskaffelser"]

    def link_finans(dialog: MeasureDialog) -> bool:
        model = dialog.units_model
        for r in range(model.rowCount()):
            item = model.item(r)
            if item.text() == "Anskaffelser":
                assert item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked)
            if item.text() == "Finans og regnskap":
                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return True

    tab.run_dialog = link_finans
    assert tab.edit_measure(mid("S-S4"))
    assert tab.model.index(row, 0).data(LINKS_ROLE) == ["Finans og regnskap"]
    with context.database.session() as session:
        live = session.exec(
            select(MeasureUnitLink).where(
                MeasureUnitLink.measure_id == mid("S-S4"), col(MeasureUnitLink.deleted).is_(False)
            )
        ).all()
    assert len(live) == 1
    context.undo_stack.undo()
    assert tab.model.index(row, 0).data(LINKS_ROLE) == ["Anskaffelser"]


def test_new_measure_gets_next_free_code_of_the_focused_cell(
    qtbot, tab: MeasuresTab, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    tab.board.select_measure(mid("KKV1"))  # focus in Ikke startet – Hele kommunen

    def answer(dialog: MeasureDialog) -> bool:
        assert dialog.level_box.currentData() == "kommune"
        dialog.dimension_box.setCurrentIndex(dialog.dimension_box.findData("KKV"))
        assert dialog.code_edit.text() == "KKV3"
        dialog.level_box.setCurrentIndex(dialog.level_box.findData("stab"))
        assert dialog.code_edit.text() == "S-KKV4"
        dialog.title_edit.setText("Felles kanal for informasjon")
        dialog.accept()
        return True

    tab.run_dialog = answer
    new_id = tab.new_measure()
    assert new_id is not None
    created = stored(context, "S-KKV4")
    assert (created.level, created.dimension, created.status) == ("stab", "KKV", "ikke_startet")
    assert tab.model.rowCount() == 47 and tab.count_label.text() == "47 av 47 tiltak"
    assert tab.board.selected_ids() == [new_id]
    context.undo_stack.undo()
    assert tab.model.rowCount() == 46


def test_duplicate_code_is_refused_in_the_dialog(tab: MeasuresTab, context: AppContext) -> None:
    def answer(dialog: MeasureDialog) -> bool:
        dialog.code_edit.setText("s-s4")
        dialog.title_edit.setText("Dobbel")
        dialog.accept()
        assert dialog.result() != MeasureDialog.DialogCode.Accepted  # still open
        assert dialog.message.text() == "Feil: Et annet tiltak har allerede koden s-s4."
        dialog.code_edit.setText("")
        dialog.accept()
        assert dialog.message.text() == "Feil: Koden er tom."
        return False

    tab.run_dialog = answer
    assert tab.new_measure() is None
    assert not context.undo_stack.canUndo()


def test_national_id_in_dialog_is_refused(
    tab: MeasuresTab, context: AppContext, no_message_boxes: list[str]
) -> None:
    def answer(dialog: MeasureDialog) -> bool:
        dialog.notes_edit.setPlainText("Kontakt 150765 00565")
        dialog.accept()
        return True

    tab.run_dialog = answer
    assert not tab.edit_measure(mid("S-S1"))
    assert no_message_boxes and "fødselsnummer" in no_message_boxes[0]
    assert stored(context, "S-S1").notes == ""
    assert not context.undo_stack.canUndo()


def test_overdue_cards_stand_out(tab: MeasuresTab, context: AppContext) -> None:
    tab.model.today = lambda: dt.date(2024, 6, 1)
    context.service.update(Measure, mid("S-A1"), due_date=dt.date(2024, 5, 1))
    context.service.update(Measure, mid("S-A3"), due_date=dt.date(2024, 5, 1), status="fullfort")
    model = tab.model
    assert model.index(model.row_of(mid("S-A1")), 0).data(OVERDUE_ROLE) is True
    assert model.index(model.row_of(mid("S-A3")), 0).data(OVERDUE_ROLE) is False
    spoken = model.index(model.row_of(mid("S-A1")), 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "forsinket" in spoken
    # painted: the card is drawn with the overdue frame colour somewhere on it
    view = tab.board.views[(NOT_STARTED, STAFF)]
    view.select_measure(mid("S-A1"))
    view.clearSelection()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.proxy.index(view.proxy.row_of(mid("S-A1")), 0))
    reds = sum(
        1
        for x in range(rect.left(), rect.right(), 2)
        for y in (rect.top() + 3, rect.top() + 4)
        if image.pixelColor(QPoint(x, y)).red() > 150
        and image.pixelColor(QPoint(x, y)).green() < 60
    )
    assert reds > 20


def test_delete_key_deletes_with_undo(qtbot, tab: MeasuresTab, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    tab.board.select_measure(mid("K1"))
    qtbot.keyClick(tab.board.views[(NOT_STARTED, MUNICIPALITY)], Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 45 and stored(context, "K1").deleted
    context.undo_stack.undo()
    assert tab.model.rowCount() == 46


def test_main_window_has_presentation_and_board_export_entries(window: MainWindow) -> None:
    assert window.presentation_action.shortcut().toString() == "F5"
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()]
    assert "Importer tiltak …" in texts or any(t.startswith("Importer tiltak") for t in texts)
    assert any(t.startswith("Eksporter tavlen") for t in texts)


def mouse(widget: QWidget, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(
        kind,
        pos,
        widget.mapToGlobal(pos),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_mouse_drag_from_one_column_to_another(
    monkeypatch: pytest.MonkeyPatch, tab: MeasuresTab, context: AppContext
) -> None:
    source = tab.board.views[(NOT_STARTED, STAFF)]
    target = tab.board.views[(ON_HOLD, STAFF)]
    carried: list[list[uuid.UUID]] = []

    def exec_drag(drag: QDrag, *args: object) -> Qt.DropAction:
        # What the platform's drag loop does: the cursor ends over the target, which gets the drop.
        ids = decode_ids(drag.mimeData())
        carried.append(ids)
        assert drop(target, ids)
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", exec_drag)
    start = QPointF(source.visualRect(source.proxy.index(1, 0)).center())
    viewport = source.viewport()
    mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in (10, 40):
        mouse(
            viewport, QEvent.Type.MouseMove, start + QPointF(step, step), Qt.MouseButton.LeftButton
        )
    assert carried == [[mid("S-S1")]]
    assert stored(context, "S-S1").status == "stilt_i_bero"
    assert codes(target) == ["S-S1"]
    context.undo_stack.undo()
    assert stored(context, "S-S1").status == "ikke_startet"


def test_locked_board_starts_no_drag(monkeypatch: pytest.MonkeyPatch, tab: MeasuresTab) -> None:
    started: list[object] = []
    monkeypatch.setattr(QDrag, "exec", lambda drag, *a: started.append(drag) or 0)
    tab.board.set_read_only(True)
    view = tab.board.views[(NOT_STARTED, STAFF)]
    start = QPointF(view.visualRect(view.proxy.index(0, 0)).center())
    mouse(view.viewport(), QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    mouse(
        view.viewport(), QEvent.Type.MouseMove, start + QPointF(40, 40), Qt.MouseButton.LeftButton
    )
    assert started == []
    assert not drop(tab.board.views[(DONE, STAFF)], [mid("S-S0")])


def test_owner_filter_follows_renamed_units(tab: MeasuresTab, context: AppContext) -> None:
    from fredapp.core.models import Unit

    index = next(
        i for i in range(tab.owner_filter.count()) if tab.owner_filter.itemText(i) == "Anskaffelser"
    )
    unit_id = tab.owner_filter.itemData(index)
    context.service.update(Measure, mid("S-S4"), owner_unit_id=unit_id)
    tab.owner_filter.setCurrentIndex(index)
    context.service.update(Unit, unit_id, name="Innkjøp")
    names = [tab.owner_filter.itemText(i) for i in range(tab.owner_filter.count())]
    assert "Innkjøp" in names and "Anskaffelser" not in names
    assert tab.owner_filter.currentData() == unit_id  # still filtering by the same unit
    assert tab.shown_ids() == [mid("S-S4")]


def test_editing_keeps_the_owner(tab: MeasuresTab, context: AppContext) -> None:
    index = next(
        i for i in range(tab.owner_filter.count()) if tab.owner_filter.itemText(i) == "Anskaffelser"
    )
    unit_id = tab.owner_filter.itemData(index)
    context.service.update(Measure, mid("S-S4"), owner_unit_id=unit_id)

    def answer(dialog: MeasureDialog) -> bool:
        assert dialog.owner_box.currentText() == "Anskaffelser"
        dialog.effort_spin.setValue(4)
        dialog.accept()
        return True

    tab.run_dialog = answer
    assert tab.edit_measure(mid("S-S4"))
    edited = stored(context, "S-S4")
    assert (edited.owner_unit_id, edited.effort) == (unit_id, 4)
    assert context.undo_stack.undoText() == "Rediger S-S4"


def test_the_layout_choice_is_remembered(tab: MeasuresTab, context: AppContext) -> None:
    tab.layout_box.setCurrentIndex(tab.layout_box.findData("dimension"))
    again = MeasuresTab(context)
    assert again.layout_mode() == "dimension" and len(again.board.column_headers) == 7
    again.deleteLater()


class RecordingPainter(QPainter):
    """A painter that notes every text it is asked to draw, with how it was asked."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[tuple[Any, ...]] = []

    def drawText(self, *args: Any) -> None:
        self.texts.append(args)
        super().drawText(*args)


def test_a_cards_title_is_drawn_as_its_two_lines_never_wrapped_again(window: MainWindow) -> None:
    """Qt's QTextOption overload wraps a line drawn a pixel wider than measured, hiding the
    second line; the title goes through the alignment-flags overload, which does not."""
    tab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    view = next(v for v in tab.board.views.values() if v.model() and v.model().rowCount())
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(
        0, 0, 240, view.itemDelegateForIndex(index).sizeHint(option, index).height()
    )
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    view.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    titles = [args for args in painter.texts if isinstance(args[-1], str) and "\n" in args[-1]]
    assert len(titles) == 1
    assert len(titles[0]) == 3 and not isinstance(titles[0][1], str), "drawn with a QTextOption"


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_mouse_drop_says_it_saved_in_the_status_bar(
    language: str, qtbot: Any, context: AppContext, translations: Any
) -> None:
    """Every save, by mouse as by keyboard, is announced in one place: the main window hears
    each operation (fredapp.ui.refresh) and says "Lagret: …" with its name."""
    translations.install(language)
    window = MainWindow(context, translations.language)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.measures_tab)
    window.statusBar().clearMessage()
    assert drop(window.measures_tab.board.views[(DONE, MUNICIPALITY)], [mid("S-S1")])
    expected = {
        "nb": "Lagret: Flytt S-S1 til Fullført",
        "en": "Saved: Move S-S1 to Done",
    }[language]
    assert window.statusBar().currentMessage() == expected
    window.statusBar().clearMessage()
    view = window.measures_tab.board.views[(DONE, MUNICIPALITY)]
    window.measures_tab.board.select_measure(mid("S-S1"))
    view.move_requested.emit([mid("S-S1")], 1, 0)  # the context menu's and keys' way: a move
    assert window.statusBar().currentMessage().startswith(expected.split(":")[0] + ": ")


def test_new_measure_proposes_a_code_that_typing_replaces(qtbot, tab: MeasuresTab) -> None:  # type: ignore[no-untyped-def]
    dialog = tab._dialog(None, {"dimension": "KKV", "level": "kommune"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.code_edit
    assert dialog.code_edit.selectedText() == dialog.code_edit.text() == "KKV3"
    qtbot.keyClicks(dialog.code_edit, "KKV9")
    assert dialog.code_edit.text() == "KKV9"  # replaced, not "KKV3KKV9"
    fresh = tab._dialog(None, None)
    qtbot.addWidget(fresh)
    fresh.dimension_box.setCurrentIndex(fresh.dimension_box.findData("K"))
    assert fresh.code_edit.selectedText() == fresh.code_edit.text()  # a new proposal: selected
    editing = tab._dialog(stored(tab.context, "S-S1"), None)
    qtbot.addWidget(editing)
    editing.show()
    qtbot.waitExposed(editing)
    assert editing.focusWidget() is editing.title_edit  # an existing code is not offered up
