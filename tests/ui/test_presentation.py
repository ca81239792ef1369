"""Presentation mode: full screen, large type, stepping through cards, moving, locking, leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from sqlmodel import select

from fredapp.core import seed
from fredapp.core.models import Measure
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.presentation import MIN_TEXT_PX, PresentationMetrics, PresentationWindow
from fredapp.ui.tabs.measures import MeasuresTab

FULL_HD = QRect(0, 0, 1920, 1080)


def status(context: AppContext, code: str) -> str:
    with context.database.session() as session:
        return session.exec(select(Measure.status).where(Measure.code == code)).one()


@pytest.fixture
def tab(window: MainWindow) -> MeasuresTab:
    return window.measures_tab


@pytest.fixture
def shown(qtbot, tab: MeasuresTab) -> PresentationWindow:  # type: ignore[no-untyped-def]
    from fredapp.ui.board.view import BoardGrid

    screen = QGuiApplication.primaryScreen()
    columns, lanes = tab.axes()
    window = PresentationWindow(
        tab.model, tab.board_actions, columns, lanes, tab.measure_filter, screen, FULL_HD
    )
    window.move_requested.connect(tab._move)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    assert isinstance(window.board, BoardGrid)
    return window


def test_metrics_scale_with_the_screen_and_never_drop_below_28_px() -> None:
    assert PresentationMetrics.for_size(QSize(1920, 1080)).small_px == MIN_TEXT_PX == 28
    assert PresentationMetrics.for_size(QSize(3840, 2160)).small_px == 56
    assert PresentationMetrics.for_size(QSize(1280, 720)).small_px == 28


def test_every_text_is_at_least_28_px_at_1920x1080(shown: PresentationWindow) -> None:
    sizes = shown.text_pixel_sizes()
    assert len(sizes) > 8
    too_small = {where: px for where, px in sizes.items() if px < 28}
    assert too_small == {}
    # the cards really are drawn with those fonts
    view = shown.board.views[(0, 0)]
    assert view.card_delegate.style.small_px == 28
    assert all(label.font().pixelSize() >= 28 for label in shown.findChildren(QLabel))
    assert shown.card_style.high_contrast and shown.card_style.background.name() == "#000000"


def test_f5_opens_full_screen_and_esc_leaves(qtbot, window: MainWindow, tab: MeasuresTab) -> None:  # type: ignore[no-untyped-def]
    window.presentation_action.trigger()
    presentation = tab.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    qtbot.waitUntil(presentation.isFullScreen, timeout=2000)
    assert presentation.windowHandle().screen() is QGuiApplication.primaryScreen()
    assert presentation.board.card_count() == 46
    focused = presentation.board.current_view()
    assert focused is not None and focused.selected_ids() == [seed.seed_id("measure", "S-S0")]
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert tab.presentation is None


def test_arrows_step_and_enter_opens_large_card(qtbot, shown: PresentationWindow) -> None:  # type: ignore[no-untyped-def]
    view = shown.board.current_view()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_ids() == [seed.seed_id("measure", "S-S1")]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown.card_open
    assert "S-S1" in shown.large_text.text() and "Tilrettelegge" in shown.large_text.text()
    qtbot.keyClick(shown.large_card, Qt.Key.Key_Right)  # the next card, large
    assert shown.card_open and "S-S3" in shown.large_text.text()
    qtbot.keyClick(shown.large_card, Qt.Key.Key_Left)
    assert "S-S1" in shown.large_text.text()
    qtbot.keyClick(shown.large_card, Qt.Key.Key_Escape)  # closes the card, not the mode
    assert not shown.card_open and shown.isVisible()
    assert shown.board.current_view().selected_ids() == [seed.seed_id("measure", "S-S1")]


def test_keyboard_move_in_presentation_and_lock(
    qtbot,
    shown: PresentationWindow,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    view = shown.board.current_view()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert status(context, "S-S0") == "pagar"
    assert context.undo_stack.canUndo()
    moved_to = shown.board.current_view()
    assert moved_to is shown.board.views[(1, 0)]
    qtbot.keyClick(moved_to, Qt.Key.Key_L)
    assert shown.locked and "Låst" in shown.lock_label.text()
    qtbot.keyClick(moved_to, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert status(context, "S-S0") == "pagar"  # locked: nothing moves
    assert not moved_to.dragEnabled() and not moved_to.acceptDrops()
    qtbot.keyClick(moved_to, Qt.Key.Key_L)
    assert not shown.locked
    context.undo_stack.undo()
    assert status(context, "S-S0") == "ikke_startet"
    assert "S-S0" in [
        shown.board.views[(0, 0)].proxy.measure(r).code
        for r in range(shown.board.views[(0, 0)].proxy.rowCount())
    ]


def test_filter_in_the_tab_applies_to_the_presentation(
    qtbot,
    window: MainWindow,
    tab: MeasuresTab,  # type: ignore[no-untyped-def]
) -> None:
    presentation = tab.start_presentation(QGuiApplication.primaryScreen())
    assert presentation is not None
    qtbot.addWidget(presentation)
    tab.dimension_filter.setCurrentIndex(tab.dimension_filter.findData("KKV"))
    assert presentation.board.card_count() == 5
    presentation.close()
    assert tab.presentation is None


def test_facilitator_chooses_the_screen_when_several_are_connected(
    monkeypatch: pytest.MonkeyPatch, tab: MeasuresTab
) -> None:
    from PySide6.QtWidgets import QInputDialog

    primary = QGuiApplication.primaryScreen()
    asked: list[list[str]] = []

    def pick(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        asked.append(list(items))
        return items[1], True

    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [primary, primary]))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    assert tab.choose_screen() is primary
    assert len(asked) == 1 and asked[0][1].startswith("2: ")
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a: ("", False)))
    assert tab.start_presentation() is None  # cancelled: no presentation
    assert tab.presentation is None


def test_presentation_goes_with_the_main_window(
    qtbot, window: MainWindow, tab: MeasuresTab
) -> None:  # type: ignore[no-untyped-def]
    presentation = tab.start_presentation(QGuiApplication.primaryScreen())
    assert presentation is not None
    # a window of its own, owned by the main window: it goes when the main window goes
    assert presentation.isWindow() and presentation.parentWidget() is window
    with qtbot.waitSignal(presentation.destroyed, timeout=2000):
        presentation.close()  # deleted on close
    assert tab.presentation is None


def test_a_move_in_presentation_says_what_it_saved_on_the_full_screen(
    qtbot, tab: MeasuresTab, context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """The main window's status bar is behind the full screen: the presentation says it."""
    shown = tab.start_presentation(QGuiApplication.primaryScreen())
    assert shown is not None
    qtbot.waitExposed(shown)
    qtbot.waitUntil(shown.isFullScreen, timeout=2000)
    view = shown.board.current_view()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert status(context, "S-S0") == "pagar"
    assert shown.saved_label.text().startswith("Lagret: ")
    assert "S-S0" in shown.saved_label.text()
    context.undo_stack.undo()
    assert shown.saved_label.text().startswith("Angret: ")
    shown.close()
