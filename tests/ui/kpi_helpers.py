"""Shared by the Nøkkeltall graph tests: sick-leave figures to draw, a view's plot item."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from sqlmodel import col, select

from fredapp.core.calc.sickleave import current_scenario_id
from fredapp.core.models import SickLeaveFigure, SickLeaveTarget, Unit
from fredapp.ui.context import AppContext

FIGURES = [
    ("2024-01", 20, 8.0, 3.0, 5.0),
    ("2024-02", 22, 9.0, 4.0, 5.0),
    ("2024-03", 21, 6.5, 2.5, 4.0),
]


def add_sick_leave(context: AppContext) -> None:
    """Three months of Innbyggerdialog's sick leave and its target of 6 %."""
    with context.database.session() as session:
        scenario = current_scenario_id(session)
        unit = session.exec(
            select(Unit).where(Unit.scenario_id == scenario, col(Unit.name) == "Innbyggerdialog")
        ).one()
    service = context.service
    service.apply_many(
        [
            service.plan_create(
                SickLeaveFigure,
                unit_lineage_id=unit.lineage_id,
                month=month,
                employees=employees,
                total_pct=total,
                short_pct=short,
                long_pct=long,
            )
            for month, employees, total, short, long in FIGURES
        ]
        + [service.plan_create(SickLeaveTarget, unit_lineage_id=unit.lineage_id, target_pct=6.0)]
    )


def plot_item_of(view: Any) -> pg.PlotItem:
    """The pyqtgraph plot item of a KPI view (the trend's sits inside its TrendPlot)."""
    plot = getattr(view.plot, "plot_widget", view.plot)
    return plot.getPlotItem()
