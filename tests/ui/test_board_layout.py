"""The board's cards on a 1366 × 768 laptop and in presentation mode at 1920 × 1080: a swimlane
shows at least four whole cards, titles of up to 90 characters are drawn whole, a card does not
repeat what its column says, and a done measure is never shown at 0 %."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from fredapp.core import seed
from fredapp.core.models import Measure
from fredapp.ui.board.view import BoardGrid, BoardScroll, CardListView
from fredapp.ui.context import AppContext
from fredapp.ui.i18n import Translations
from fredapp.ui.main_window import MainWindow
from fredapp.ui.presentation import PresentationWindow

TITLE_90 = (
    "Samle innkjøp fakturabehandling og kontraktsoppfølging i én felles enhet for hele kommunen"
)
NOT_STARTED, IN_PROGRESS, DONE, ON_HOLD = range(4)


class RecordingPainter(QPainter):
    """A painter that notes every text it is asked to draw."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:
        self.texts.append(next(a for a in args if isinstance(a, str)))
        super().drawText(*args)


def drawn_texts(view: CardListView, code: str) -> list[str]:
    """Every text the card ``code`` draws, at the width it has in ``view``."""
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.measure(r).code == code)
    index = view.proxy.index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(QPoint(0, 0), view.visualRect(index).size())  # the card's own size
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    return painter.texts


def whole_cards_per_cell(board: BoardGrid, scroll: BoardScroll, lane: int) -> list[int]:
    """Scroll the board to ``lane``, then count the whole cards seen in each of its cells."""
    views = [board.views[(c, lane)] for c in range(len(board.columns.values))]
    scroll.ensureWidgetVisible(views[0], 0, 0)
    return [view.fully_visible_cards() for view in views]


def cards_in(board: BoardGrid, lane: int) -> list[int]:
    return [board.views[(c, lane)].proxy.rowCount() for c in range(len(board.columns.values))]


def set_title(context: AppContext, code: str, title: str) -> None:
    context.service.update(Measure, seed.seed_id("measure", code), title=title)


@pytest.fixture(params=["nb", "en"])
def laptop(
    request: pytest.FixtureRequest, context: AppContext, translations: Translations, qtbot: Any
) -> MainWindow:
    """The main window on a 1366 × 768 laptop, in bokmål and in English."""
    translations.install(request.param)
    window = MainWindow(context, translations.language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.measures_tab)
    qtbot.wait(50)  # the lanes take their heights after the first layout
    return window


def language(window: MainWindow) -> str:
    return "nb" if window.measures_tab.tr("&Board") == "&Tavle" else "en"


def test_a_lane_shows_four_whole_cards_in_each_column_at_1366x768(
    laptop: MainWindow, context: AppContext, qtbot: Any
) -> None:
    set_title(context, "S-S0", TITLE_90)  # the first card of the fullest cell: 90 characters
    qtbot.wait(50)
    tab = laptop.measures_tab
    board = tab.board
    assert board.height() > 0 and laptop.height() == 768
    for lane in range(len(board.lanes.values)):
        seen = whole_cards_per_cell(board, tab.board_scroll, lane)
        held = cards_in(board, lane)
        assert sum(seen) >= 4
        assert all(s >= min(4, h) for s, h in zip(seen, held, strict=True)), (lane, seen, held)
    # the seed's lanes: Sentrale staber has 15 and 13 cards, Hele kommunen 18
    assert cards_in(board, 0)[:2] == [15, 13] and cards_in(board, 1)[0] == 18


def test_a_90_character_title_is_drawn_whole_on_the_laptop(
    laptop: MainWindow, context: AppContext, qtbot: Any
) -> None:
    assert len(TITLE_90) == 90
    set_title(context, "S-S1", TITLE_90)
    qtbot.wait(50)
    view = laptop.measures_tab.board.views[(NOT_STARTED, 0)]
    texts = drawn_texts(view, "S-S1")
    titles = [t for t in texts if t.replace("\n", " ") == TITLE_90]
    assert len(titles) == 1, texts  # whole, broken only between words
    assert "…" not in "".join(texts[:3])
    assert titles[0].count("\n") >= 1  # wrapped, not squeezed


def test_a_card_does_not_repeat_its_columns_status(laptop: MainWindow, qtbot: Any) -> None:
    tab = laptop.measures_tab
    in_progress = "Pågår" if language(laptop) == "nb" else "In progress"
    texts = drawn_texts(tab.board.views[(IN_PROGRESS, 0)], "S-S2")
    assert not any(in_progress in t for t in texts), texts
    assert any("Struktur" in t or "Structure" in t for t in texts)  # its dimension, in words
    tab.layout_box.setCurrentIndex(tab.layout_box.findData("dimension"))  # columns: dimensions
    qtbot.wait(50)
    texts = drawn_texts(tab.board.views[(0, 0)], "S-S2")
    assert any(in_progress in t for t in texts), texts  # now the status is news
    assert not any("Struktur" in t or "Structure" in t for t in texts)  # the column says it


def test_a_done_measure_is_not_shown_at_0_per_cent(
    laptop: MainWindow, context: AppContext, qtbot: Any
) -> None:
    """Decided: a done measure shows no progress bar and no per cent; its status says it."""
    s_s1 = seed.seed_id("measure", "S-S1")
    context.service.update(Measure, s_s1, status="fullfort", progress=0)
    qtbot.wait(50)
    tab = laptop.measures_tab
    view = tab.board.views[(DONE, 0)]
    texts = drawn_texts(view, "S-S1")
    assert not any("%" in t for t in texts), texts
    index = view.proxy.index(0, 0)
    delegate = view.card_delegate
    option = QStyleOptionViewItem()
    option.initFrom(view)
    with_bar = delegate.sizeHint(option, tab.board.views[(NOT_STARTED, 0)].proxy.index(1, 0))
    assert delegate.sizeHint(option, index).height() < with_bar.height()  # no bar drawn
    assert "0 %" not in tab.model.card_text(tab.model.record(tab.model.row_of(s_s1)))
    in_progress = tab.board.views[(IN_PROGRESS, 0)]
    assert any(t.endswith("0 %") for t in drawn_texts(in_progress, "S-S2"))  # others do


@pytest.fixture
def projector(qtbot: Any, window: MainWindow) -> PresentationWindow:
    """Presentation mode laid out on a 1920 × 1080 projector (the offscreen screen is smaller,
    so the window is given the projector's size after it has gone full screen)."""
    tab = window.measures_tab
    columns, lanes = tab.axes()
    full_hd = QRect(0, 0, 1920, 1080)
    shown = PresentationWindow(
        tab.model,
        tab.board_actions,
        columns,
        lanes,
        tab.measure_filter,
        QGuiApplication.primaryScreen(),
        full_hd,
    )
    qtbot.addWidget(shown)
    shown.start()
    qtbot.waitExposed(shown)
    shown.showNormal()
    qtbot.wait(10)
    shown.setGeometry(full_hd)
    qtbot.waitUntil(lambda: shown.width() == 1920)
    qtbot.wait(50)
    assert shown.size().width() == 1920 and shown.size().height() == 1080
    return shown


def test_presentation_lane_shows_four_whole_cards_at_1920x1080(
    projector: PresentationWindow, context: AppContext, qtbot: Any
) -> None:
    set_title(context, "S-S0", TITLE_90)
    qtbot.wait(50)
    board = projector.board
    for lane in range(len(board.lanes.values)):
        seen = whole_cards_per_cell(board, projector.board_scroll, lane)
        held = cards_in(board, lane)
        assert sum(seen) >= 4
        assert all(s >= min(4, h) for s, h in zip(seen, held, strict=True)), (lane, seen, held)
    texts = drawn_texts(board.views[(NOT_STARTED, 0)], "S-S0")
    assert any(t.replace("\n", " ") == TITLE_90 for t in texts), texts
    assert projector.card_style.title_px >= 28  # still readable from the back of the room


def test_stepping_into_the_next_lane_scrolls_it_into_view(
    projector: PresentationWindow, qtbot: Any
) -> None:
    board = projector.board
    projector.board_scroll.verticalScrollBar().setValue(0)
    top_lane = board.views[(NOT_STARTED, 0)]
    board.select_measure(top_lane.proxy.measure(top_lane.proxy.rowCount() - 1).id)
    qtbot.keyClick(top_lane, Qt.Key.Key_Down)  # past the last card: into the lane below
    below = board.views[(NOT_STARTED, 1)]
    assert below.hasFocus()
    qtbot.wait(20)
    assert below.fully_visible_cards() >= 1
    index = below.currentIndex()
    rect = below.visualRect(index)
    scroll_view = projector.board_scroll.viewport()
    top_left = below.viewport().mapTo(scroll_view, rect.topLeft())
    assert scroll_view.rect().contains(QRect(top_left, rect.size()))


def test_titles_are_whole_in_the_narrow_columns_by_dimension(
    laptop: MainWindow, qtbot: Any
) -> None:
    """Seven columns: every title is drawn whole, a word too long for a line broken inside it
    rather than cut off with "…"."""
    tab = laptop.measures_tab
    tab.layout_box.setCurrentIndex(tab.layout_box.findData("dimension"))
    qtbot.waitUntil(lambda: all(v.width() > 100 for v in tab.board.views.values()))
    qtbot.wait(50)
    for view in tab.board.views.values():
        for row in range(view.proxy.rowCount()):
            measure = view.proxy.measure(row)
            drawn = drawn_texts(view, measure.code)
            title = next(t for t in drawn if t.replace("\n", "").replace(" ", "")
                         == measure.title.replace(" ", ""))  # fmt: skip
            assert "…" not in title, (measure.code, title)


def test_presentation_by_dimension_cuts_no_column_header(qtbot: Any, window: MainWindow) -> None:
    """Seven columns in large type: "Prestasjonsmåling" is wider than its column, so it is
    broken inside rather than cut off; every header line fits its label."""
    tab = window.measures_tab
    tab.layout_box.setCurrentIndex(tab.layout_box.findData("dimension"))
    columns, lanes = tab.axes()
    shown = PresentationWindow(
        tab.model,
        tab.board_actions,
        columns,
        lanes,
        tab.measure_filter,
        QGuiApplication.primaryScreen(),
        QRect(0, 0, 1920, 1080),
    )
    qtbot.addWidget(shown)
    shown.start()
    qtbot.waitExposed(shown)
    shown.showNormal()
    qtbot.wait(10)
    shown.setGeometry(QRect(0, 0, 1920, 1080))
    qtbot.waitUntil(lambda: shown.width() == 1920)
    qtbot.wait(50)
    headers = shown.board.column_headers
    assert len(headers) == 7
    for header in headers:
        metrics = QFontMetrics(header.font())
        # the label wraps between words itself: each word must fit the line
        widest = max(metrics.horizontalAdvance(word) for word in header.text().split())
        assert widest <= header.contentsRect().width(), header.text()
        assert header.text().replace("\n", "").replace(" ", "") == header.accessibleName().replace(
            " ", ""
        )  # every letter is there
    assert any("\n" in h.text() for h in headers)  # the long names were broken


def test_titles_wrapped_from_word_widths_are_the_ones_measured_whole(
    window: MainWindow,
) -> None:
    """The card keeps its words' widths between titles (fast); the lines must be exactly
    those of measuring each trial line whole, at every width, for every seed title."""
    from fredapp.ui.board.delegate import wrap_title

    tab = window.measures_tab
    titles = [tab.model.record(row).title for row in range(tab.model.rowCount())]
    titles.append("Et ord som er altfor langt: rapporteringsprosessenesomaldrisluttertilslutt")
    metrics = QFontMetrics(tab.font())
    widths: dict[str, int] = {}
    for width in range(60, 420, 9):
        for title in titles:
            assert wrap_title(title, metrics, width, 12, widths) == wrap_title(
                title, metrics, width, 12
            ), (width, title)
        assert wrap_title(titles[0], metrics, width, 2, widths) == wrap_title(
            titles[0], metrics, width, 2
        )
