"""The Nøkkeltall graphs tell the truth, in bokmål and in English: every value axis says its
unit and writes its numbers as the tables do, goals are named on the axis, the legend covers
no data, the tables end with the briefing's Totalt rows, an empty graph says so, and a goal
whose printed change differs from the figures says that too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from kpi_helpers import add_sick_leave, plot_item_of
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from fredapp.core.calc.calls import CallRow
from fredapp.core.calc.calls import calls_total as total_row
from fredapp.core.db import open_database
from fredapp.core.seed import PrintedChange, printed_change_differs
from fredapp.core.service import DataService
from fredapp.ui.context import AppContext
from fredapp.ui.i18n import Translations
from fredapp.ui.kpi.chart import NumberAxis, no_data_text, title_text
from fredapp.ui.kpi.graph_files import GRAPH_NAMES, build_graph
from fredapp.ui.main_window import MainWindow

NBSP = "\u00a0"


@pytest.fixture(params=["nb", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = Translations()
    installed.install(request.param)
    yield request.param
    installed.install("en")


def by_lang(lang: str, nb: str, en: str) -> str:
    return nb if lang == "nb" else en


def column(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, col).data() for row in range(model.rowCount())]


# -- axes ----------------------------------------------------------------------------------


def test_every_value_axis_says_its_unit(context: AppContext, lang: str) -> None:
    add_sick_leave(context)
    expected = {
        "calls-per-queue": by_lang(lang, "Samtaler (antall)", "Calls (number)"),
        "calls-per-hour": by_lang(lang, "Samtaler (antall)", "Calls (number)"),
        "longest-call-per-queue": by_lang(
            lang, "Lengste samtale (minutter)", "Longest call (minutes)"
        ),
        "goals": by_lang(lang, "Indeks (utgangspunkt = 100)", "Index (baseline = 100)"),
        "benchmarks": by_lang(
            lang,
            "HR drift (enhet ikke oppgitt i kilden)",
            "HR drift (unit not given by the source)",
        ),
        "sickleave-trend": by_lang(lang, "Sykefravær (%)", "Sick leave (%)"),
    }
    for name, text in expected.items():
        view = build_graph(context, name)
        axis = plot_item_of(view).getAxis("left")
        assert axis.labelText == text, name
        assert plot_item_of(view).getAxis("bottom").labelText, name  # the x axis is named too


def test_per_cent_ticks_show_the_sign(context: AppContext, lang: str) -> None:
    add_sick_leave(context)
    view = build_graph(context, "sickleave-trend")
    axis = plot_item_of(view).getAxis("left")
    low, high = plot_item_of(view).vb.viewRange()[1]
    levels = axis.tickValues(low, high, axis.height())
    spacing, values = levels[0]
    texts = axis.tickStrings(values, 1.0, spacing)
    sign = by_lang(lang, NBSP + "%", "%")
    assert texts and all(text.endswith(sign) for text in texts), texts
    assert by_lang(lang, "2" + NBSP + "%", "2%") in texts


def test_axis_numbers_are_grouped_as_in_the_tables(context: AppContext, lang: str) -> None:
    view = build_graph(context, "calls-per-queue")
    axis = plot_item_of(view).getAxis("left")
    low, high = plot_item_of(view).vb.viewRange()[1]
    spacing, values = axis.tickValues(low, high, axis.height())[0]
    texts = axis.tickStrings(values, 1.0, spacing)
    assert by_lang(lang, f"4{NBSP}000", "4,000") in texts, texts  # the queue of 4 737 calls
    assert all(by_lang(lang, ",", NBSP) not in text for text in texts)
    plain = NumberAxis()
    assert plain.tickStrings([0.0, 0.5, 1.0], 1.0, 0.5) == (
        ["0,0", "0,5", "1,0"] if lang == "nb" else ["0.0", "0.5", "1.0"]
    )
    assert plain.tickStrings([12500.0], 1.0, 2500.0) == [by_lang(lang, f"12{NBSP}500", "12,500")]


def test_goals_are_named_on_the_axis(context: AppContext, lang: str) -> None:
    view = build_graph(context, "goals")  # the size of a written file: room for whole names
    axis = plot_item_of(view).getAxis("bottom")
    titles = [row.goal.title for row in view.rows]
    values = [float(i) for i in range(len(titles))]
    names = [name.replace(NBSP, " ") for name in axis.full_names(values)]
    assert names == titles
    assert "Nedgang på 25 % innkommende samtaler (april)" in names
    # On a narrow screen a name is shortened, never replaced by its row number, and keeps the
    # month that tells April's goal from July's.
    view.plot.resize(790, 480)  # the graph's width on a 1366 × 768 laptop
    QApplication.processEvents()
    short = axis.full_names(values)
    assert short != names  # shortened indeed
    assert [text[:5] for text in short] == [title[:5] for title in titles]
    assert all(text.endswith(title.split()[-1]) for text, title in zip(short, titles, strict=True))
    assert not any(text.strip().isdigit() for text in short)


# -- legend --------------------------------------------------------------------------------


def _data_rects(item: pg.PlotItem) -> list[QRectF]:
    rects = []
    for data in item.items:
        if isinstance(data, pg.BarGraphItem | pg.TextItem | pg.InfiniteLine):
            if data.isVisible():
                rects.append(data.sceneBoundingRect())
        elif isinstance(data, pg.PlotDataItem):
            x, y = data.getData()
            if x is None or not len(x):
                continue
            for px, py in zip(x, y, strict=True):
                if np.isfinite(py):
                    point = item.vb.mapViewToScene(pg.Point(float(px), float(py)))
                    rects.append(QRectF(point.x() - 2, point.y() - 2, 4, 4))
    return rects


def assert_legend_covers_no_data(item: pg.PlotItem, name: str) -> None:
    legend = item.legend
    assert legend is not None and legend.isVisible() and legend.items, name
    box = legend.sceneBoundingRect()
    assert not box.intersects(item.vb.sceneBoundingRect()), name  # outside the data area
    rects = _data_rects(item)
    assert rects, name  # the check saw data
    assert not any(box.intersects(rect) for rect in rects), name


def test_the_legend_never_covers_data_in_a_file(context: AppContext, lang: str) -> None:
    add_sick_leave(context)
    for name in GRAPH_NAMES:
        if name == "time-series":
            continue  # the seed has no time series: its empty graph has no legend
        assert_legend_covers_no_data(plot_item_of(build_graph(context, name)), name)


def test_the_legend_never_covers_data_on_a_laptop(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    add_sick_leave(window.kpi_tab._context)
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.kpi_tab)
    tab = window.kpi_tab
    tab.ensure_built()
    for index in range(tab.views.count() - 1):  # the time series: none in the seed
        tab.views.setCurrentIndex(index)
        view = tab.views.widget(index)
        qtbot.waitUntil(view.isVisible)
        QApplication.processEvents()
        assert_legend_covers_no_data(plot_item_of(view), tab.views.tabText(index))


# -- tables --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "total"),
    [
        ("calls-per-queue", ["5 417", "5 126", "291", "00:42:48"]),
        ("calls-per-hour", ["4 774", "4 522", "252", "00:26:29"]),
    ],
)
def test_the_call_tables_end_with_the_briefings_totals(
    context: AppContext, lang: str, name: str, total: list[str]
) -> None:
    view = build_graph(context, name)
    last = view.model.rowCount() - 1
    row = [view.model.index(last, c).data() for c in range(view.model.columnCount())]
    separator = by_lang(lang, NBSP, ",")
    assert row == [by_lang(lang, "Totalt", "Total")] + [t.replace(" ", separator) for t in total]
    assert view.model.index(last, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert view.model.headerData(last, Qt.Orientation.Vertical) == ""  # not a numbered row
    assert view.model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    # The figures exported for re-import hold no total (it would come back as a queue).
    _header, rows = view.data_table()
    assert len(rows) == last


def test_a_total_with_a_missing_figure_is_missing() -> None:
    rows = [CallRow("a", 10, 8, 2, 60), CallRow("b", 5, None, 1, 90)]
    total = total_row(rows)
    assert total is not None
    assert (total.calls, total.answered, total.unanswered, total.longest_s) == (15, None, 3, 90)
    assert total_row([]) is None


def test_goals_in_per_cent_change_by_percentage_points(context: AppContext, lang: str) -> None:
    view = build_graph(context, "goals")
    aims = column(view.model, 1)
    changes = column(view.model, 4)
    assert aims[1] == by_lang(lang, f"Nå 20{NBSP}%", "Reach 20%")
    assert aims[0] == by_lang(lang, f"Redusere med 25{NBSP}%", "Reduce by 25%")
    assert changes[1] == by_lang(lang, "+3 prosentpoeng", "+3 percentage points")
    assert changes[6] == by_lang(lang, "0 prosentpoeng", "0 percentage points")
    assert changes[0] == by_lang(lang, f"−2{NBSP}073", "-2,073")  # calls: no «points»
    assert column(view.model, 5)[1] == by_lang(lang, f"+20,0{NBSP}%", "+20.0%")
    assert column(view.model, 2)[1] == by_lang(lang, f"15{NBSP}% (2022-04)", "15% (2022-04)")
    labels = [label.toPlainText() for label in view.labels]
    assert labels[1] == by_lang(lang, "nei\n+3 %-poeng", "no\n+3 pp")


# -- what the source printed ----------------------------------------------------------------


def test_a_change_the_briefing_printed_otherwise_is_noted(context: AppContext, lang: str) -> None:
    view = build_graph(context, "goals")
    remarks = column(view.model, 8)
    note = by_lang(
        lang,
        f"Kildedokumentet oppga −33{NBSP}%; tallene gir +50,1{NBSP}%.",
        "The source document printed -33%; the figures give +50.1%.",
    )
    assert remarks[3] == note
    assert [r for i, r in enumerate(remarks) if i != 3] == [""] * 7  # the others agree
    tooltip = view.model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Øke klikk Min side 25 % (april)") and note in tooltip
    hover = view.hover.show_at(3.0)
    assert hover is not None and note in hover


def test_the_note_compares_only_the_figures_the_briefing_printed() -> None:
    printed = PrintedChange(-33.0, 3134, 4703)
    assert printed_change_differs(printed, 3134, 4703, 50.06)
    assert not printed_change_differs(printed, 3134, 5000, 59.5)  # other figures, other change
    assert not printed_change_differs(PrintedChange(-30.0, 6925, 4852), 6925, 4852, -29.93)
    assert not printed_change_differs(None, 1, 2, 100.0)
    assert not printed_change_differs(printed, 3134, 4703, None)


# -- empty graphs --------------------------------------------------------------------------


@pytest.fixture
def empty_context(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    database = open_database(tmp_path / "empty.sqlite")  # no seed: no figures at all
    context = AppContext(database, DataService(database, author="test"))
    yield context
    context.close()


def test_an_empty_graph_says_no_data(empty_context: AppContext, lang: str) -> None:
    assert no_data_text() == by_lang(lang, "Ingen data", "No data")
    for name in GRAPH_NAMES:
        item = plot_item_of(build_graph(empty_context, name))
        notes = [
            i
            for i in item.items
            if isinstance(i, pg.TextItem) and i.toPlainText() == no_data_text()
        ]
        assert len(notes) == 1 and notes[0].isVisible(), name
        for side in ("left", "bottom"):  # no scale pretends to measure anything
            assert not item.getAxis(side).style["showValues"], (name, side)
        assert item.legend is None or not item.legend.isVisible(), name
        assert title_text(item), name  # the title still says what the graph would show
