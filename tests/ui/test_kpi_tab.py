"""The Nøkkeltall tab: the graphs' items hold the right data, tables beside them, export, import."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import openpyxl
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from sqlmodel import select

from fredapp.core.calc.calls import call_periods
from fredapp.core.errors import ImportExportError
from fredapp.core.models import Benchmark, KpiPoint, KpiSeries
from fredapp.core.paths import resources_dir
from fredapp.ui.context import AppContext
from fredapp.ui.graph_export import export_graph
from fredapp.ui.kpi.plots import LocaleDateAxis, bar_index
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.kpi import KpiTab

EXAMPLES = resources_dir() / "examples"


@pytest.fixture
def tab(window: MainWindow) -> KpiTab:
    window.tabs.setCurrentWidget(window.kpi_tab)
    window.kpi_tab.ensure_built()
    return window.kpi_tab


def column(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, col).data() for row in range(model.rowCount())]


# -- call centre ---------------------------------------------------------------------------


def test_calls_per_queue_and_longest_call(tab: KpiTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = tab.calls
    assert view is not None
    assert not view.period_box.isVisibleTo(view)  # one period: no picker
    view.table_box.setCurrentIndex(view.table_box.findData("queue"))
    assert list(view.bars["answered"].opts["height"]) == [4486, 640]
    assert list(view.bars["unanswered"].opts["height"]) == [251, 40]
    assert column(view.model, 0) == [
        "Innbyggerdialog",
        "Førstelinjen miljø og byutviklingsetaten",
        "Totalt",
    ]
    assert column(view.model, 4) == ["00:42:48", "00:33:31", "00:42:48"]
    view.figure_box.setCurrentIndex(view.figure_box.findData("longest"))
    assert set(view.bars) == {"longest"}
    assert list(view.bars["longest"].opts["height"]) == pytest.approx([2568 / 60, 2011 / 60])
    qtmodeltester.check(view.model, force_py=True)


def test_hover_shows_the_exact_figures(tab: KpiTab) -> None:
    view = tab.calls
    assert view is not None
    text = view.hover.show_at(2.1)  # the third hour's bar
    assert text == "10:00-11:00: 844 samtaler, 805 besvarte, 39 ubesvarte, lengste samtale 00:23:32"
    assert view.readout.text() == text
    assert view.hover.show_at(2.5) is None  # between bars
    assert bar_index(7.2, 8, 0.6) == 7 and bar_index(-0.4, 8, 0.6) is None


def test_period_picker_appears_with_a_second_period(tab: KpiTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.calls
    assert view is not None
    assert tab.import_file("calls", EXAMPLES / "samtaler.csv") == 5
    qtbot.waitUntil(lambda: view.period_box.count() == 2)
    assert view.period_box.isVisibleTo(view)
    assert view.period == "2024-05"  # the latest is shown
    assert list(view.bars["answered"].opts["height"]) == [240, 661, 680]
    view.period_box.setCurrentIndex(view.period_box.findData("2023"))
    assert len(view.bars["answered"].opts["height"]) == 8


# -- goals ---------------------------------------------------------------------------------


def test_goals_table_and_chart(tab: KpiTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = tab.goals
    assert view is not None
    model = view.model
    assert model.rowCount() == 8
    assert column(model, 7) == ["ja", "nei", "nei", "ja", "nei", "ja", "nei", "mangler tall"]
    assert column(model, 4)[0] == "−2\u00a0073" or column(model, 4)[0].endswith("2\u00a0073")
    assert column(model, 5)[0] == "-29,9\u00a0%" or column(model, 5)[0].startswith("−29,9")
    assert column(model, 3)[7] == "–" and column(model, 4)[7] == "–"  # missing, not 0
    # The chart: an index with the baseline at 100, no bar where the figures are missing.
    outcome = view.bars["outcome"].opts
    assert len(outcome["x"]) == 7
    assert outcome["height"][0] == pytest.approx(4852 / 6925 * 100)
    assert list(view.bars["baseline"].opts["height"]) == [100.0] * 7
    _x, y = view.target_lines.getData()
    assert y[0] == pytest.approx(75.0) and y[2] == pytest.approx(20 / 15 * 100)
    labels = [label.toPlainText().replace("\u00a0", " ") for label in view.labels]
    assert labels[-1] == "mangler tall"  # said, not drawn as zero
    assert labels[0] == "ja\n\u221229,9 %"  # QLocale's minus sign
    assert labels[3] == "ja\n+50,1 %"
    assert labels[1] == "nei\n+3 %-poeng"  # a goal in per cent changes by points
    qtmodeltester.check(model, force_py=True)


def test_goal_hover(tab: KpiTab) -> None:
    assert tab.goals is not None
    text = tab.goals.hover.show_at(3.0)
    assert text is not None and "Øke klikk Min side 25 % (april)" in text and "ja" in text


# -- benchmarks ----------------------------------------------------------------------------


def test_benchmarks_sorted_with_fredrikstad_marked(tab: KpiTab, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = tab.benchmarks
    assert view is not None
    assert [view.measure_box.itemText(i) for i in range(view.measure_box.count())] == [
        "HR drift",
        "Lønn",
    ]
    assert [row.value for row in view.rows] == [8.7, 10.0, 10.2, 11.5, 11.8]
    assert list(view.bars["home"].opts["x"]) == [1.0]
    assert list(view.bars["home_pattern"].opts["height"]) == [10.0]
    assert list(view.bars["comparison"].opts["height"]) == [8.7, 10.2, 11.5, 11.8]
    ticks = view.plot.getAxis("bottom").full_names([0.0, 1.0])
    assert ticks[1] == "★ Fredrikstad"  # marked by more than its colour
    assert ticks[0].startswith("Sammenligning") and ticks[0].endswith(" A")  # named
    assert column(view.model, 1)[1] == "★ Fredrikstad (egen kommune)"
    assert view.average_line is not None
    assert view.average_line.value() == pytest.approx((8.7 + 10.2 + 11.5 + 11.8) / 4)
    view.measure_box.setCurrentIndex(1)
    assert [row.municipality for row in view.rows][-1] == "Fredrikstad"
    assert list(view.bars["home"].opts["x"]) == [4.0]
    qtmodeltester.check(view.model, force_py=True)


def test_import_asks_before_replacing_and_undo_takes_it_back(
    tab: KpiTab,
    context: AppContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    view = tab.benchmarks
    assert view is not None
    path = tmp_path / "b.csv"
    path.write_text(
        "measure;municipality;value;period\nHR drift;Fredrikstad;7,5;2023\nHR drift;Moss;9;2023\n",
        encoding="utf-8",
    )
    asked: list[list[str]] = []

    def decline(periods: list[str]) -> bool:
        asked.append(periods)
        return False

    assert tab.import_file("benchmarks", path, confirm=decline) is None
    assert asked == [["HR drift 2023"]]
    assert len(view.rows) == 5 and not context.undo_stack.canUndo()
    assert tab.import_file("benchmarks", path, confirm=lambda periods: True) == 2
    qtbot.waitUntil(lambda: len(view.rows) == 2)
    assert [(row.municipality, row.value) for row in view.rows] == [
        ("Fredrikstad", 7.5),
        ("Moss", 9.0),
    ]
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: len(view.rows) == 5)
    with context.database.session() as session:
        held = session.exec(select(Benchmark).where(Benchmark.deleted == False)).all()  # noqa: E712
    assert len(held) == 10
    context.undo_stack.redo()
    qtbot.waitUntil(lambda: len(view.rows) == 2)


def test_a_bad_file_says_where_and_imports_nothing(
    tab: KpiTab, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "fredapp.ui.tabs.kpi.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    path = tmp_path / "c.csv"
    path.write_text(
        "period;table;category;calls;answered;unanswered;longest\n"
        "2025;hour;08:00-09:00;12;10;2;lenge\n",
        encoding="utf-8",
    )
    assert tab.import_file("calls", path) is None
    assert "rad 2, kolonne «longest»: «lenge» er ikke en varighet" in warnings[0]
    with context.database.session() as session:
        assert call_periods(session) == ["2023"]
    assert not context.undo_stack.canUndo()


# -- export --------------------------------------------------------------------------------


def test_graph_exports_png_and_svg(tab: KpiTab, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    view = tab.benchmarks
    assert view is not None
    assert view.export_graph_to(tmp_path / "b.png")
    image = QImage(str(tmp_path / "b.png"))
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    assert view.export_graph_to(tmp_path / "b.svg")
    root = ET.parse(tmp_path / "b.svg").getroot()
    assert root.tag.endswith("svg")
    text = (tmp_path / "b.svg").read_text(encoding="utf-8")
    assert "Fredrikstad" in text  # the axis labels are drawn into the drawing
    with pytest.raises(ImportExportError, match=r"use \.png or \.svg"):
        export_graph(view.plot, tmp_path / "b.jpg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.png", "b.svg"]


def test_data_exports_open_again(tab: KpiTab, tmp_path: Path) -> None:
    assert tab.goals is not None and tab.calls is not None
    assert tab.goals.export_data_to(tmp_path / "g.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "g.xlsx")
    sheet = workbook.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    workbook.close()
    # A sheet for people in the window's language (tests/ui/test_sheet_exports.py).
    assert (sheet.title, sheet.freeze_panes, sheet.auto_filter.ref) == ("Mål", "A2", "A1:K9")
    assert rows[0][-3:] == ["Endring", "Endring (%)", "Nådd"]
    assert rows[1][1] == "Redusere med prosent" and rows[1][-3:] == [-2073, -29.9, "Ja"]
    assert tab.calls.export_data_to(tmp_path / "c.csv")
    text = (tmp_path / "c.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert text[0] == "Periode;Tabell;Kategori;Samtaler;Besvarte;Ubesvarte;Lengste samtale"
    assert text[3] == "2023;Per time;10:00-11:00;844;805;39;00:23:32"


# -- time series ---------------------------------------------------------------------------


def _add_series(context: AppContext, days: int) -> uuid.UUID:
    series = context.service.create(
        KpiSeries, code="t.1", title="Testserie", unit="stk", group="test"
    )
    changes = [
        context.service.plan_create(
            KpiPoint,
            series_id=series.record_id,
            period=f"2024-01-{d + 1:02d}",
            value=None if d == 3 else float(d * 10),
        )
        for d in range(days)
    ]
    context.service.apply_many(changes)
    return series.record_id


def test_time_series_on_a_date_axis(tab: KpiTab, context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = tab.series
    assert view is not None
    assert view.series_box.count() == 0  # the call centre's tables are not time series
    assert "Ingen" in view.summary.text()
    _add_series(context, 10)
    qtbot.waitUntil(lambda: view.series_box.count() == 1)
    x, y = view.curve.getOriginalDataset()
    assert x[0] == pytest.approx(1704067200.0)  # 2024-01-01 00:00 UTC
    assert np.isnan(y[3]) and y[9] == 90.0
    item = view.plot.getPlotItem()
    assert item.ctrl.clipToViewCheck.isChecked()
    assert item.ctrl.downsampleCheck.isChecked() and item.ctrl.peakRadio.isChecked()
    assert view.points_model.rowCount() == 10
    assert view.points_model.index(0, 0).data() == "01.01.2024"
    assert view.points_model.index(3, 1).data() == "–"
    assert view.hover.show_at(1704067200.0 + 86400 * 2.2) == "03.01.2024: 20,00"
    assert "10" in view.summary.text() and "90,00" in view.summary.text()


def test_date_axis_speaks_bokmal(tab: KpiTab) -> None:
    axis = LocaleDateAxis()
    may = 1704067200.0 + 86400 * (31 + 29 + 31 + 30)  # 1 May 2024
    seen: set[str] = set()
    for level in axis.zoomLevels.values():  # pick the zoom levels pyqtgraph would
        axis.zoomLevel = level
        for spec in level.tickSpecs:
            text = axis.tickStrings([may], 1.0, spec.spacing)[0]
            seen.add(spec.format)
            if spec.format == "%b":
                assert text == "mai 2024"
            if spec.format == "%a %d":
                assert text == "ons. 1."
            if spec.format == "%Y":
                assert text == "2024"
    assert {"%b", "%a %d", "%Y"} <= seen  # the checks above ran


def test_every_sub_tab_is_keyboard_reachable_and_named(tab: KpiTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    for index in range(tab.views.count()):
        tab.views.setCurrentIndex(index)
        page = tab.views.widget(index)
        qtbot.waitUntil(page.isVisible)
        reached = []
        widget = tab.views.tabBar().nextInFocusChain()
        for _ in range(500):
            if widget is tab.views.tabBar():
                break
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and page.isAncestorOf(widget)
            ):
                reached.append(widget)
            widget = widget.nextInFocusChain()
        names = [
            QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name) for w in reached
        ]
        assert all(name.strip() for name in names), (index, names)
        kinds = [
            "PlotWidget" if isinstance(w, pg.PlotWidget) else type(w).__name__ for w in reached
        ]
        # controls first, then the graph, then its table
        assert kinds[-1] in ("QTableView",) and "PlotWidget" in kinds[-2], kinds
        assert kinds.index("QPushButton") < kinds.index("PlotWidget")


def test_graph_export_errors_leave_files_alone(tab: KpiTab, tmp_path: Path) -> None:
    view = tab.calls
    assert view is not None
    with pytest.raises(ImportExportError, match="does not exist"):
        export_graph(view.plot, tmp_path / "nowhere" / "g.png")
    with pytest.raises(ImportExportError, match=r"needs the ending \.png or \.svg"):
        export_graph(view.plot, tmp_path / "g")
    existing = tmp_path / "old.svg"
    existing.write_text("<svg/>", encoding="utf-8")
    export_graph(view.plot, existing)  # replaced whole, through a file beside it
    assert "Samtaler" in existing.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".svg", ".tmp")) == ["old.svg"]
