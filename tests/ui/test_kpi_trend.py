"""The sick-leave trend on the Nøkkeltall tab: the sick-leave tab's data, target line, table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
from sqlmodel import col, select

from fredapp.core.calc.sickleave import current_scenario_id
from fredapp.core.models import SickLeaveFigure, SickLeaveTarget, Unit
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow


def _unit(context: AppContext) -> Unit:
    with context.database.session() as session:
        scenario = current_scenario_id(session)
        return session.exec(
            select(Unit).where(Unit.scenario_id == scenario, col(Unit.name) == "Innbyggerdialog")
        ).one()


def test_trend_per_unit_with_target_and_hidden_month(
    window: MainWindow,
    context: AppContext,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.tabs.setCurrentWidget(window.kpi_tab)
    view = window.kpi_tab.trend
    assert view is not None
    assert view.unit_box.count() == 0 and view.model.rowCount() == 0
    unit = _unit(context)
    figures = [
        ("2024-01", 20, 8.0, 3.0, 5.0),
        ("2024-02", 3, 9.0, 4.0, 5.0),
        ("2024-03", 21, 6.5, 2.5, 4.0),
    ]
    context.service.apply_many(
        [
            context.service.plan_create(
                SickLeaveFigure,
                unit_lineage_id=unit.lineage_id,
                month=month,
                employees=employees,
                total_pct=total,
                short_pct=short,
                long_pct=long,
            )
            for month, employees, total, short, long in figures
        ]
        + [
            context.service.plan_create(
                SickLeaveTarget, unit_lineage_id=unit.lineage_id, target_pct=6.0
            )
        ]
    )
    qtbot.waitUntil(lambda: view.unit_box.count() == 1)
    assert view.unit_box.currentText() == "Innbyggerdialog"
    _x, y = view.trend.curves["total_pct"].getData()
    assert y[0] == 8.0 and np.isnan(y[1]) and y[2] == 6.5  # the small group is not drawn
    assert view.trend.target_line.isVisible() and view.trend.target_line.value() == 6.0
    rows = [[view.model.index(r, c).data() for c in range(6)] for r in range(3)]
    assert rows[0] == ["jan 2024", "20", "8,0\u00a0%", "3,0\u00a0%", "5,0\u00a0%", "6,0\u00a0%"]
    assert rows[1][2:5] == ["skjult (< 5)"] * 3
    assert view.hover.show_at(2024 * 12 + 2.1) == (
        "mar 2024: totalt 6,5\u00a0%, korttid 2,5\u00a0%, langtid 4,0\u00a0%; mål 6,0\u00a0%"
    )
    assert view.export_data_to(tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    sheet = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert sheet[0][:4] == ["Enhet", "Måned", "Ansatte", "Sykefravær (%)"]
    assert sheet[2] == ["Innbyggerdialog", "2024-02", 3, None, None, None, 6, "Ja"]
    assert view.export_graph_to(tmp_path / "t.png")
