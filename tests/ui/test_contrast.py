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
        ("sick-leave message", contrast.error_colour(window), window, NORMAL_TEXT),
        ("sick-leave message in a table", contrast.error_colour(base), base, NORMAL_TEXT),
    ]


# Windows a message label can stand on: the system's light and dark themes and the Windows
# high-contrast themes (white on black, black on white, and "Aquatic"/"Desert"-like ones).
HIGH_CONTRAST_WINDOWS = {
    "high-contrast black": ("#000000", "#000000"),
    "high-contrast white": ("#FFFFFF", "#FFFFFF"),
    "high-contrast aquatic": ("#202020", "#202020"),
    "high-contrast desert": ("#FFFAEF", "#FFFAEF"),
    "dark theme (Fusion)": ("#353535", "#2A2A2A"),
    "light theme (Fusion)": ("#EFEFEF", "#FFFFFF"),
}


def _error_pairs(qapp: QApplication) -> list[tuple[str, str, str, float]]:
    """The error labels' colour on every window and base they can be shown on."""
    palette = qapp.palette()
    windows = {
        "this palette": (
            palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.Base).name(),
        ),
        **HIGH_CONTRAST_WINDOWS,
    }
    pairs = []
    for name, (window, base) in windows.items():
        for where, background in (("window", window), ("base", base)):
            colour = contrast.error_colour(background)
            pairs.append((f"error message on {name} {where}", colour, background, NORMAL_TEXT))
    return pairs


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
    pairs = (
        _card_pairs(qapp)
        + _presentation_pairs()
        + _sickleave_pairs(qapp)
        + _trend_pairs()
        + _error_pairs(qapp)
    )
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
    checked = 0
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
        checked += 1
    assert checked >= 1  # some graph has several series, or this test checked nothing


# -- error messages: one colour, in words too ------------------------------------------------


def test_the_error_colours_are_the_named_ones_where_they_pass() -> None:
    assert contrast.error_colour("#FFFFFF") == contrast.ERROR_TEXT
    assert contrast.error_colour("#EFEFEF") == contrast.ERROR_TEXT
    assert contrast.error_colour("#000000") == contrast.ERROR_TEXT_ON_DARK
    assert contrast.error_colour("#353535") == contrast.ERROR_TEXT_ON_DARK
    assert contrast_ratio(contrast.ERROR_TEXT, "#FFFFFF") == pytest.approx(8.12, abs=0.01)
    assert contrast_ratio(contrast.ERROR_TEXT_ON_DARK, "#000000") == pytest.approx(10.79, abs=0.01)
    grey = contrast.error_colour("#777777")  # neither passes on mid-grey: the nearer one moves
    assert contrast_ratio(grey, "#777777") >= NORMAL_TEXT


def test_no_label_sets_its_own_error_colour() -> None:
    """The four error labels used their own reds; now only fredapp.ui.contrast names one."""
    import re
    from pathlib import Path

    import fredapp.ui

    root = Path(fredapp.ui.__file__).parent
    sources = [
        root / "tabs" / "organisation.py",
        root / "sync" / "dialogs.py",
        root / "board" / "dialog.py",
        root / "tabs" / "sickleave.py",
        root / "sickleave" / "checklist_page.py",
        root / "sickleave" / "figures_page.py",
        root / "sickleave" / "checklist_model.py",
    ]
    for source in sources:
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"color:\s*#", text), source
        assert "ERROR_TEXT" not in text, source


def test_an_error_says_so_in_words_and_in_the_tested_colour(
    window: MainWindow, qapp: QApplication
) -> None:
    from fredapp.ui.error_label import ERROR_PROPERTY

    tab = window.organisation_tab
    tab.show_message("Koden er tom.")
    label = tab.message_label
    assert label.text() == "Feil: Koden er tom."
    background = qapp.palette().color(QPalette.ColorRole.Window).name()
    assert f"color: {contrast.error_colour(background)};" in label.styleSheet()
    assert "font-weight: bold" in label.styleSheet()
    assert label.property(ERROR_PROPERTY)
    tab.show_message("Importerte 2 enheter", error=False)  # not an error: no word, no colour
    assert label.text() == "Importerte 2 enheter"
    assert label.styleSheet() == ""
    assert not label.property(ERROR_PROPERTY)


def test_the_sync_dialog_shows_its_problem_as_an_error(
    qapp: QApplication, tmp_path: Any, translations: Any
) -> None:
    from fredapp.ui.sync.dialogs import SyncSettingsDialog

    dialog = SyncSettingsDialog(None)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "felles.sqlite"))
    dialog.accept()
    assert dialog.error.text().startswith("Feil: ")
    assert contrast.ERROR_TEXT in dialog.error.styleSheet() or (
        contrast.ERROR_TEXT_ON_DARK in dialog.error.styleSheet()
    )
    dialog.deleteLater()


# -- the palette follows the system's theme --------------------------------------------------


def _failing_palette() -> QPalette:
    """A theme whose placeholder (grey on white) and highlight (white on light blue) fail."""
    palette = QPalette(QColor("#EFEFEF"))
    for group in contrast.GROUPS:
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#FFFFFF"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#000000"))
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#308CC6"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#A0A0A0"))
    return palette


def _dark_palette() -> QPalette:
    palette = QPalette(QColor("#353535"))
    for group in contrast.GROUPS:
        palette.setColor(group, QPalette.ColorRole.Window, QColor("#353535"))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#FFFFFF"))
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#2A2A2A"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#FFFFFF"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#6A6A6A"))
    return palette


@pytest.fixture
def restore_palette(qapp: QApplication) -> Any:
    original = QPalette(qapp.palette())
    yield
    qapp.setPalette(original)


def _failing(palette: QPalette) -> list[str]:
    return [
        f"{name}: {text} on {bg}"
        for name, text, bg in contrast.palette_pairs(palette)
        if contrast_ratio(text, bg) < NORMAL_TEXT
    ]


def test_a_new_palette_is_raised_to_4_5_again(qapp: QApplication, restore_palette: Any) -> None:
    assert _failing(_failing_palette())  # the theme as it comes
    qapp.setPalette(_failing_palette())
    palette = qapp.palette()
    assert _failing(palette) == []
    active = QPalette.ColorGroup.Active
    assert palette.color(active, QPalette.ColorRole.Text) == QColor("#000000")  # passing: kept
    assert palette.color(active, QPalette.ColorRole.Highlight) != QColor("#308CC6")
    qapp.setPalette(_dark_palette())
    assert _failing(qapp.palette()) == []


def test_the_fix_does_not_loop_on_its_own_palette_change(
    qapp: QApplication, restore_palette: Any
) -> None:
    changes: list[object] = []
    qapp.paletteChanged.connect(changes.append)
    try:
        qapp.setPalette(_failing_palette())
    finally:
        qapp.paletteChanged.disconnect(changes.append)
    assert len(changes) == 2  # the theme's palette, then the raised one: no more


def test_a_colour_scheme_change_starts_from_the_system_palette(
    qapp: QApplication, restore_palette: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    keeper = qapp.findChild(contrast.PaletteKeeper, contrast.PaletteKeeper.OBJECT_NAME)
    assert keeper is not None
    system = QPalette(qapp.palette())  # the system's palette as raised at start
    theme = _failing_palette()
    for group in contrast.GROUPS:  # an ivory theme, with a highlight of its own
        theme.setColor(group, QPalette.ColorRole.Base, QColor("#FFFFF0"))
        theme.setColor(group, QPalette.ColorRole.Highlight, QColor("#66AAEE"))
    qapp.setPalette(theme)
    placeholder = QPalette.ColorRole.PlaceholderText
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Base):
        assert qapp.palette().color(role) != system.color(role), role
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    # the old theme's raised colours are not kept: the system's own palette is raised afresh
    assert _failing(qapp.palette()) == []
    for role in (placeholder, QPalette.ColorRole.Highlight, QPalette.ColorRole.Base):
        assert qapp.palette().color(role) == system.color(role), role


def test_error_labels_take_the_light_red_on_a_dark_theme(
    window: MainWindow, qapp: QApplication, restore_palette: Any
) -> None:
    label = window.organisation_tab.message_label
    window.organisation_tab.show_message("Koden er tom.")
    assert contrast.ERROR_TEXT in label.styleSheet()
    qapp.setPalette(_dark_palette())
    assert contrast.ERROR_TEXT_ON_DARK in label.styleSheet()
    assert contrast_ratio(contrast.ERROR_TEXT_ON_DARK, "#353535") >= NORMAL_TEXT
    qapp.processEvents()  # the label's own palette follows a moment later
    assert label.palette().color(QPalette.ColorRole.Window) == QColor("#353535")
