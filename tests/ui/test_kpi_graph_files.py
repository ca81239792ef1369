"""Graphs written by name (``fredapp export graph NAME FILE``): each file carries the graph's
title with its period, its axis titles and its legend, in the UI's language."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from kpi_helpers import add_sick_leave, plot_item_of
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from fredapp.core.errors import ImportExportError
from fredapp.ui.context import AppContext
from fredapp.ui.graph_export import export_graph
from fredapp.ui.i18n import Translations
from fredapp.ui.kpi.chart import title_text
from fredapp.ui.kpi.graph_files import FILE_SIZE, GRAPH_NAMES, build_graph, write_graph
from fredapp.ui.main_window import MainWindow

NBSP = "\u00a0"
PERIODS = {
    "calls-per-queue": ("periode 2023", "period 2023"),
    "calls-per-hour": ("periode 2023", "period 2023"),
    "goals": ("utgangspunkt apr, jul 2022, utfall apr, jul 2023", "baseline Apr, Jul 2022"),
    "benchmarks": ("periode 2023", "period 2023"),
    "sickleave-trend": ("jan 2024 til mar 2024", "Jan 2024 to Mar 2024"),
}


@pytest.fixture(params=["nb", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = Translations()
    installed.install(request.param)
    yield request.param
    installed.install("en")


def svg_text(path: Path) -> str:
    """Every text the drawing holds, entities resolved; fails unless it is an SVG."""
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    return html.unescape(" ".join(t for t in root.itertext() if t.strip()))


def test_every_svg_carries_title_period_axes_and_legend(
    context: AppContext, lang: str, tmp_path: Path
) -> None:
    add_sick_leave(context)
    for name in GRAPH_NAMES:
        view = build_graph(context, name)
        item = plot_item_of(view)
        title = title_text(item)
        path = write_graph(context, name, tmp_path / f"{name}.svg")
        text = svg_text(path)
        assert title and title in text, (name, title)
        if name in PERIODS:
            assert PERIODS[name][0 if lang == "nb" else 1] in title, (name, title)
        for side in ("left", "bottom"):
            label = item.getAxis(side).labelText
            assert label and label in text, (name, side, label)
        if item.legend is not None and item.legend.isVisible():
            for _sample, label in item.legend.items:
                assert label.text in text, (name, label.text)


def test_goal_names_and_not_row_numbers_in_the_file(context: AppContext, tmp_path: Path) -> None:
    text = svg_text(write_graph(context, "goals", tmp_path / "g.svg"))
    for word in ("Nedgang", "innkommende", "Tilgjengelighet", "Kari-andel", "(april)", "(juli)"):
        assert word in text


def _dark_pixels(image: QImage, rect: QRect) -> int:
    return sum(
        1
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
        if QColor(image.pixel(x, y)).lightness() < 100
    )


@pytest.mark.parametrize("name", ["calls-per-queue", "goals", "sickleave-trend"])
def test_a_png_shows_the_title_the_graph_shows(
    context: AppContext, translations: Translations, tmp_path: Path, name: str
) -> None:
    add_sick_leave(context)
    path = write_graph(context, name, tmp_path / f"{name}.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == FILE_SIZE
    view = build_graph(context, name)
    plot = getattr(view.plot, "plot_widget", view.plot)
    title = plot.getPlotItem().titleLabel
    assert title.isVisible() and title_text(plot.getPlotItem())
    rect = plot.mapFromScene(title.sceneBoundingRect()).boundingRect()
    assert rect.height() > 10 and rect.width() > 300
    shown = view.plot.grab().toImage().copy(rect).convertToFormat(image.format())
    written = image.copy(rect)
    assert written == shown  # the file's title is the graph's own, pixel for pixel
    assert _dark_pixels(image, rect) > 200  # and it is drawn, not blank


def test_unknown_names_and_endings_are_refused(context: AppContext, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ImportExportError, match="unknown graph 'calls'; the graphs are: calls-per"):
        write_graph(context, "calls", tmp_path / "g.png")
    with pytest.raises(ImportExportError, match=r"'\.jpg'; use \.png or \.svg"):
        write_graph(context, "goals", tmp_path / "g.jpg")
    with pytest.raises(ImportExportError, match=r"use \.png or \.svg"):
        write_graph(context, "goals", tmp_path / "g")
    assert list(tmp_path.iterdir()) == []
    assert all(name.isascii() and " " not in name for name in GRAPH_NAMES)


def test_the_window_exports_the_same_titled_graph(
    context: AppContext, translations: Translations, tmp_path: Path
) -> None:
    view = build_graph(context, "benchmarks")
    assert view.graph_title() == "Bemanningssammenligning: HR drift — periode 2023"
    path = export_graph(view.plot, tmp_path / "b.svg", view.graph_title())
    assert "Bemanningssammenligning: HR drift — periode 2023" in svg_text(path)
    assert ET.parse(path).getroot().findtext("{http://www.w3.org/2000/svg}title") == (
        view.graph_title()
    )


def test_the_window_writes_the_file_the_command_line_writes(
    window: MainWindow,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.kpi_tab)
    tab = window.kpi_tab
    tab.ensure_built()
    assert tab.goals is not None and tab.benchmarks is not None
    tab.views.setCurrentWidget(tab.goals)
    qtbot.waitUntil(tab.goals.isVisible)
    axis = tab.goals.plot.getAxis("bottom")
    assert any("…" in name for name in axis.full_names([2.0])), "shortened on screen"
    assert tab.goals.export_graph_to(tmp_path / "g.svg")
    assert "Tilgjengelighet 95 %" in svg_text(tmp_path / "g.svg").replace(NBSP, " ")
    benchmarks = tab.benchmarks
    benchmarks.measure_box.setCurrentIndex(benchmarks.measure_box.findText("Lønn"))
    assert benchmarks.export_graph_to(tmp_path / "b.png")
    assert benchmarks.export_graph_to(tmp_path / "b.svg")
    image = QImage(str(tmp_path / "b.png"))
    assert (image.width(), image.height()) == FILE_SIZE
    assert "Bemanningssammenligning: Lønn — periode 2023" in svg_text(tmp_path / "b.svg")
    assert benchmarks.isAncestorOf(benchmarks.plot) and benchmarks.measure == "Lønn"  # untouched
