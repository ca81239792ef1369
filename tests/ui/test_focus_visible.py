"""WCAG 2.4.7, focus visible: what has the keyboard focus looks different from what has not.

Each widget is drawn twice into an image, with and without the focus, and the two must differ
where the focus is shown (a card's frame, the current cell's frame, a graph's frame).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from fredapp.core.contrast import GRAPHICS, contrast_ratio
from fredapp.ui.focus import FOCUS_FRAME_PX
from fredapp.ui.main_window import MainWindow

SIZE = QSize(300, 120)


def _draw(view: QAbstractItemView, index: QModelIndex, focused: bool) -> QImage:
    """``index`` as ``view``'s delegate paints it, with or without the focus."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, SIZE.width(), SIZE.height())
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    option.widget = view
    image = QImage(SIZE, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    view.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    return image


def _changed_pixels(first: QImage, second: QImage) -> int:
    return sum(
        first.pixel(x, y) != second.pixel(x, y)
        for y in range(0, first.height(), 2)
        for x in range(0, first.width(), 2)
    )


def test_a_focused_card_has_a_frame_an_unfocused_one_lacks(window: MainWindow) -> None:
    tab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    view = next(v for v in tab.board.views.values() if v.model() and v.model().rowCount())
    index = view.model().index(0, 0)
    plain, focused = _draw(view, index, False), _draw(view, index, True)
    assert _changed_pixels(plain, focused) > 50  # a frame round the card, not a stray pixel
    # the frame (dashed: focus without selection) is drawn in a colour that stands out 3:1
    frame = {
        QColor(focused.pixel(x, y)).name()
        for y in range(8)
        for x in range(SIZE.width())
        if focused.pixel(x, y) != plain.pixel(x, y)
    }
    assert max(contrast_ratio(colour, "#FFFFFF") for colour in frame) >= GRAPHICS


def test_the_checklist_shows_which_cell_has_the_focus(window: MainWindow) -> None:
    tab = window.sickleave_tab
    window.tabs.setCurrentWidget(tab)
    page = tab.checklist_page
    page.create_from_catalogue()
    index = page.model.index(0, 1)
    plain, focused = _draw(page.view, index, False), _draw(page.view, index, True)
    assert _changed_pixels(plain, focused) > 20


def _graphs(window: MainWindow, qtbot: Any) -> list[pg.PlotWidget]:
    window.tabs.setCurrentWidget(window.measures_tab)
    window.measures_tab.ensure_matrix()
    window.tabs.setCurrentWidget(window.kpi_tab)
    window.kpi_tab.ensure_built()
    qtbot.wait(50)
    return [graph for graph in window.findChildren(pg.PlotWidget) if graph.isVisible()]


def test_a_graph_with_the_focus_shows_a_frame(window: MainWindow, qtbot: Any) -> None:
    graphs = _graphs(window, qtbot)
    assert graphs
    for graph in graphs:
        assert graph.focusPolicy() & Qt.FocusPolicy.TabFocus, graph.accessibleName()
        window.tabs.setFocus()
        qtbot.wait(10)
        plain = graph.grab().toImage()
        graph.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(graph.hasFocus)
        focused = graph.grab().toImage()
        edge = QColor(focused.pixel(focused.width() // 2, FOCUS_FRAME_PX // 2))
        highlight = graph.palette().color(QPalette.ColorRole.Highlight)
        assert edge.name() == highlight.name(), graph.accessibleName()
        assert QColor(plain.pixel(plain.width() // 2, 0)).name() != highlight.name()
        assert contrast_ratio(highlight.name(), "#FFFFFF") >= GRAPHICS  # on the white graph
        # The frame does not push the axis titles out: the scene is the area inside it.
        inside = graph.viewport().size()
        assert (graph.range.width(), graph.range.height()) == (inside.width(), inside.height())


def test_the_sick_leave_trend_has_the_frame_too(qapp: Any) -> None:
    from fredapp.ui.widgets.trend_plot import TrendPlot

    plot = TrendPlot()
    assert ":focus" in plot.plot_widget.styleSheet()
    plot.deleteLater()
