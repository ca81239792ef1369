"""WCAG 2.1 AA contrast of every text and graphic colour pair FredApp defines.

Normal text needs 4.5:1, large text (≥ 24 px, or bold ≥ 18.66 px) and graphical objects
(graph lines, bars, markers, the edges of cards) 3:1. The pairs come from the modules' own
constants and from the running window's graphs, so a colour changed later is checked too.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication

from fredapp.core.contrast import (
    GRAPHICS,
    NORMAL_TEXT,
    adjusted,
    best_text_colour,
    blend,
    contrast_ratio,
    relative_luminance,
    required_ratio,
)
from fredapp.ui import contrast, presentation
from fredapp.ui.board import colors, delegate
from fredapp.ui.board.delegate import CardStyle
from fredapp.ui.main_window import MainWindow
from fredapp.ui.sickleave import checklist_model
from fredapp.ui.widgets import trend_plot

# -- the arithmetic ------------------------------------------------------------------------


def test_luminance_and_ratio_match_the_wcag_definition() -> None:
    assert relative_luminance("#000000") == 0.0
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2158605, abs=1e-6)
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)
    # the well-known limits: #767676 is the lightest grey that passes on white, #777777 fails
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#FFFFFF") < NORMAL_TEXT
    assert contrast_ratio((0, 0x72, 0xB2), "#fff") == pytest.approx(5.19, abs=0.01)
    assert contrast_ratio("#fff", "#000") == pytest.approx(21.0)  # #RGB


@pytest.mark.parametrize("bad", ["", "#12345", "#GGGGGG", "blue", (256, 0, 0), (1, 2)])
def test_malformed_colours_are_refused_by_name(bad: Any) -> None:
    with pytest.raises(ValueError, match="colour"):
        contrast_ratio(bad, "#FFFFFF")


def test_required_ratio_for_normal_and_large_text() -> None:
    assert required_ratio() == NORMAL_TEXT
    assert required_ratio(16) == NORMAL_TEXT
    assert required_ratio(24) == 3.0
    assert required_ratio(19, bold=True) == 3.0
    assert required_ratio(18, bold=True) == NORMAL_TEXT


def test_adjusted_makes_the_smallest_change_that_passes() -> None:
    assert adjusted("#000000", "#FFFFFF", NORMAL_TEXT) == "#000000"  # passes: unchanged
    fixed = adjusted("#7F7F7F", "#FFFFFF", NORMAL_TEXT)
    assert contrast_ratio(fixed, "#FFFFFF") >= NORMAL_TEXT
    assert fixed == "#767676"  # one step darker would be needless
    light = adjusted("#606060", "#000000", NORMAL_TEXT)  # on black it goes lighter
    assert contrast_ratio(light, "#000000") >= NORMAL_TEXT
    assert relative_luminance(light) > relative_luminance("#606060")
    assert blend("#000000", "#FFFFFF", 0.5) == (128, 128, 128)
    assert best_text_colour("#009E73") == "#000000"
    assert best_text_colour("#0072B2") == "#FFFFFF"


# -- the window's palette ------------------------------------------------------------------


def _palette_cases() -> list[tuple[str, str, str]]:
    from fredapp.ui.app import application

    return contrast.palette_pairs(application().palette())


def test_every_text_pair_of_the_application_palette_reaches_4_5(qapp: QApplication) -> None:
    pairs = _palette_cases()
    assert len(pairs) == 2 * len(contrast.TEXT_PAIRS)
    failing = [
        f"{name}: {text} on {background} = {contrast_ratio(text, background):.2f}"
        for name, text, background in pairs
        if contrast_ratio(text, background) < NORMAL_TEXT
    ]
    assert failing == []


def test_the_palette_fix_changes_only_failing_pairs(qapp: QApplication) -> None:
    palette = QPalette(QColor("#EFEFEF"))
    for group in contrast.GROUPS:
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#FFFFFF"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#000000"))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#308CC6"))  # Fusion's
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 128))
    assert contrast.ratio(QColor("#FFFFFF"), QColor("#308CC6")) < NORMAL_TEXT
    fixed = contrast.accessible_palette(palette)
    active = QPalette.ColorGroup.Active
    assert fixed.color(active, QPalette.ColorRole.Text) == QColor("#000000")
    assert fixed.color(active, QPalette.ColorRole.HighlightedText) == QColor("#FFFFFF")
    highlight = fixed.color(active, QPalette.ColorRole.Highlight)
    assert highlight != QColor("#308CC6")
    assert contrast.ratio("#FFFFFF", highlight) >= NORMAL_TEXT
    placeholder = fixed.color(active, QPalette.ColorRole.PlaceholderText)
    assert contrast.ratio(placeholder, "#FFFFFF") >= NORMAL_TEXT
    for _, text, background in contrast.palette_pairs(fixed):
        assert contrast_ratio(text, background) >= NORMAL_TEXT


# -- the board's cards, the badges, the presentation mode -----------------------------------


def _card_pairs(qapp: QApplication) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, required ratio)."""
    palette = qapp.palette()
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    normal, high = CardStyle(), CardStyle.high_contrast_style(24)
    pairs: list[tuple[str, str, str, float]] = [
        ("card text (palette)", text, base, NORMAL_TEXT),
        ("card overdue word (palette)", colors.OVERDUE_COLOR, base, NORMAL_TEXT),
        ("card focus frame (palette highlight)", highlight, base, GRAPHICS),
        ("card edge (palette)", normal.border.name(), base, GRAPHICS),
    ]
    for name, style in (("default card", normal), ("high-contrast card", high)):
        bg = style.background.name()
        pairs += [
            (f"{name} text", style.foreground.name(), bg, NORMAL_TEXT),
            (f"{name} edge", style.border.name(), bg, GRAPHICS),
            (f"{name} focus frame", style.focus.name(), bg, GRAPHICS),
        ]
    pairs += [
        ("default card overdue word", colors.OVERDUE_COLOR, delegate.CARD_BACKGROUND, NORMAL_TEXT),
        (
            "high-contrast card overdue word",
            colors.OVERDUE_COLOR_HIGH_CONTRAST,
            delegate.HC_CARD_BACKGROUND,
            NORMAL_TEXT,
        ),
    ]
    for code, colour in [*colors.DIMENSION_COLORS.items(), ("?", colors.UNKNOWN_DIMENSION_COLOR)]:
        badge_text = colors.text_on(QColor(colour)).name()
        pairs.append((f"dimension badge {code}", badge_text, colour, NORMAL_TEXT))
    return pairs


def _presentation_pairs() -> list[tuple[str, str, str, float]]:
    p = presentation
    return [
        ("presentation text", p.HC_TEXT, p.HC_BACKGROUND, NORMAL_TEXT),
        ("presentation header text", p.HC_TEXT, p.HC_HEADER_BACKGROUND, NORMAL_TEXT),
        ("presentation header on its background", p.HC_HEADER_BACKGROUND, p.HC_BACKGROUND, 1.0),
        ("presentation list frame", p.HC_LIST_BORDER, p.HC_BACKGROUND, GRAPHICS),
        ("presentation focus frame", p.HC_FOCUS, p.HC_BACKGROUND, GRAPHICS),
        ("presentation focus frame on header", p.HC_FOCUS, p.HC_HEADER_BACKGROUND, GRAPHICS),
    ]


def _sickleave_pairs(qapp: QApplication) -> list[tuple[str, str, str, float]]:
    palette = qapp.palette()
    window = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    overdue_bg = checklist_model.OVERDUE_BACKGROUND.name()
    return [
        ("overdue due date", checklist_model.OVERDUE_TEXT.name(), overdue_bg, NORMAL_TEXT),
        ("overdue row text", text, overdue_bg, NORMAL_TEXT),
        ("sick-leave message", checklist_model.ERROR_TEXT, window, NORMAL_TEXT),
        ("sick-leave message in a table", checklist_model.ERROR_TEXT, base, NORMAL_TEXT),
    ]


def _trend_pairs() -> list[tuple[str, str, str, float]]:
    bg = trend_plot.PLOT_BACKGROUND
    pairs = [
        (f"trend line {field}", colour, bg, GRAPHICS) for field, colour, *_ in trend_plot.SERIES
    ]
    return [
        *pairs,
        ("trend target line", trend_plot.TARGET_COLOUR, bg, GRAPHICS),
        ("trend target label", trend_plot.TARGET_LABEL_COLOUR, bg, NORMAL_TEXT),
        ("trend 'hidden' label", trend_plot.HIDDEN_LABEL_COLOUR, bg, NORMAL_TEXT),
    ]


def test_every_defined_colour_pair_has_enough_contrast(qapp: QApplication) -> None:
    pairs = _card_pairs(qapp) + _presentation_pairs() + _sickleave_pairs(qapp) + _trend_pairs()
    assert len(pairs) > 30
    failing = [
        f"{what}: {fg} on {bg} = {contrast_ratio(fg, bg):.2f} < {need}"
        for what, fg, bg, need in pairs
        if contrast_ratio(fg, bg) < need
    ]
    assert failing == []


def test_the_high_contrast_sheet_uses_the_tested_colours() -> None:
    sheet = presentation.high_contrast_sheet(16)
    for colour in presentation.HC_COLOURS.values():
        assert colour in sheet
    import re

    assert set(re.findall(r"#[0-9A-Fa-f]{6}", sheet)) == set(presentation.HC_COLOURS.values())


def test_badge_text_is_whichever_of_black_and_white_contrasts_more() -> None:
    # the old rule (a luma threshold) put white on bluish green (3.4:1) and vermillion (3.9:1)
    assert colors.text_on(QColor("#009E73")) == QColor("#000000")
    assert colors.text_on(QColor("#D55E00")) == QColor("#000000")
    assert colors.text_on(QColor("#0072B2")) == QColor("#FFFFFF")


# -- the graphs, as the window draws them ----------------------------------------------------


def _colour(value: Any) -> QColor | None:
    """The colour of a pen, brush or colour spec; None when nothing is drawn."""
    if value is None:
        return None
    if isinstance(value, QColor):
        return value
    if isinstance(value, QPen):
        return None if value.style() == Qt.PenStyle.NoPen else value.color()
    if isinstance(value, QBrush):
        return None if value.style() == Qt.BrushStyle.NoBrush else value.color()
    return pg.mkColor(value)


def _visible(colour: QColor | None) -> bool:
    return colour is not None and colour.isValid() and colour.alpha() > 0


def _graph_findings(plot_widget: pg.PlotWidget) -> tuple[list[str], int]:
    """(failures, number of checked items) for every item drawn in ``plot_widget``."""
    background = plot_widget.backgroundBrush().color().name()
    failures: list[str] = []
    checked = 0
    name = plot_widget.accessibleName()

    def check(what: str, colour: QColor | None, need: float, outline: QColor | None = None) -> None:
        nonlocal checked
        checked += 1
        fill_ok = _visible(colour) and contrast.ratio(colour, background) >= need  # type: ignore[arg-type]
        outline_ok = _visible(outline) and contrast.ratio(outline, background) >= need  # type: ignore[arg-type]
        if not (fill_ok or outline_ok):
            fill = colour.name() if colour is not None else "none"
            edge = outline.name() if outline is not None else "none"
            failures.append(f"{name}: {what} fill {fill} / outline {edge} on {background}")

    for item in plot_widget.getPlotItem().items:
        if not item.isVisible():
            continue
        if isinstance(item, pg.BarGraphItem):
            brush = _colour(pg.mkBrush(item.opts.get("brush")))
            pen_spec = item.opts.get("pen")  # None: no outline (a pattern's lines are the fill)
            pen = _colour(pg.mkPen(pen_spec)) if pen_spec is not None else None
            check("bars", brush, GRAPHICS, pen)
        elif isinstance(item, pg.PlotDataItem):
            if item.xData is None or len(item.xData) == 0:
                continue
            pen = _colour(pg.mkPen(item.opts.get("pen")))
            if _visible(pen):
                check("line", pen, GRAPHICS)
            if item.opts.get("symbol") is not None:
                check(
                    "markers",
                    _colour(pg.mkBrush(item.opts.get("symbolBrush"))),
                    GRAPHICS,
                    _colour(pg.mkPen(item.opts.get("symbolPen"))),
                )
        elif isinstance(item, pg.ScatterPlotItem):
            for spot in item.points():
                check("marker", _colour(spot.brush()), GRAPHICS, _colour(spot.pen()))
        elif isinstance(item, pg.TextItem):
            check(f"text {item.toPlainText()!r}", item.color, NORMAL_TEXT)
        elif isinstance(item, pg.InfiniteLine):
            check("reference line", _colour(item.pen), GRAPHICS)
            label = getattr(item, "label", None)
            if label is not None and label.isVisible():
                check("reference label", label.color, NORMAL_TEXT)
    for axis_name in ("left", "bottom"):
        axis = plot_widget.getPlotItem().getAxis(axis_name)
        if axis.isVisible():
            check(f"{axis_name} axis line", _colour(axis.pen()), GRAPHICS)
            check(f"{axis_name} axis text", _colour(axis.textPen()), NORMAL_TEXT)
            if axis.label.isVisible() and axis.label.toPlainText():
                check(f"{axis_name} axis label", axis.label.defaultTextColor(), NORMAL_TEXT)
    return failures, checked


def _all_graphs(window: MainWindow, qtbot: Any) -> list[pg.PlotWidget]:
    measures = window.measures_tab
    window.tabs.setCurrentWidget(measures)
    measures.ensure_matrix()
    window.tabs.setCurrentWidget(window.sickleave_tab)
    window.tabs.setCurrentWidget(window.kpi_tab)
    window.kpi_tab.ensure_built()
    qtbot.wait(50)
    return window.findChildren(pg.PlotWidget)


def test_every_graph_item_reaches_3_to_1_by_its_colour_or_its_outline(
    window: MainWindow, qtbot: Any
) -> None:
    graphs = _all_graphs(window, qtbot)
    assert len(graphs) >= 5  # matrix, sick-leave trend, calls, goals, benchmarks, series …
    failures: list[str] = []
    checked = 0
    kpi = window.kpi_tab
    assert kpi.calls is not None
    # every figure of the call-centre graph
    for row in range(kpi.calls.figure_box.count()):
        kpi.calls.figure_box.setCurrentIndex(row)
        found, count = _graph_findings(kpi.calls.plot)
        failures += found
        checked += count
    for graph in graphs:
        found, count = _graph_findings(graph)
        failures += found
        checked += count
    assert checked > 20
    assert failures == []


def test_graphs_with_several_series_name_them_in_a_legend(window: MainWindow, qtbot: Any) -> None:
    """Colour is never the only carrier: series that differ by colour are named in text."""
    for graph in _all_graphs(window, qtbot):
        item = graph.getPlotItem()
        named = [
            i
            for i in item.items
            if isinstance(i, pg.BarGraphItem | pg.PlotDataItem) and i.name() and i.isVisible()
        ]
        if len(named) < 2:
            continue
        legend = item.legend
        assert legend is not None, graph.accessibleName()
        labels = {label.text for _, label in legend.items}
        for data in named:
            assert data.name() in labels, (graph.accessibleName(), data.name())
