"""Goals against outcomes: baseline, outcome, change and whether each goal is reached.

The goals have different units (calls, clicks, per cent), so the graph shows each goal as an
index with its baseline at 100: the outcome's bar, and the target level as a line across it.
Reached or not is written above each goal (not told by colour); a goal with a missing figure
says so and draws nothing. Change and attainment come from :mod:`fredapp.core.calc.goals`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fredapp.core import queries
from fredapp.core.calc.goals import Attainment, goal_attainment
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Goal, GoalDirection
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.kpi.base import GraphView
from fredapp.ui.kpi.plots import BLUE, SKY_BLUE, HoverReadout, bar_index, new_plot, target_pen

DIRECTIONS = {
    GoalDirection.REDUCE_BY.value: QT_TRANSLATE_NOOP("GoalsView", "Reduce by %1 %"),
    GoalDirection.INCREASE_BY.value: QT_TRANSLATE_NOOP("GoalsView", "Increase by %1 %"),
    GoalDirection.REACH.value: QT_TRANSLATE_NOOP("GoalsView", "Reach %1"),
}
BAR_WIDTH = 0.35


@dataclass(frozen=True)
class GoalRow:
    goal: Goal
    result: Attainment

    @property
    def index(self) -> tuple[float | None, float | None, float | None]:
        """Baseline, outcome and target level as an index with the baseline at 100."""
        base = self.result.baseline
        if not base:
            return None, None, None
        outcome = self.result.outcome
        level = self.result.target_level
        return (
            100.0,
            None if outcome is None else outcome / base * 100.0,
            None if level is None else level / base * 100.0,
        )


def direction_text(goal: Goal) -> str:
    source = DIRECTIONS.get(goal.direction)
    if source is None:
        return goal.direction
    return QCoreApplication.translate("GoalsView", source).replace(
        "%1", formatting.number(goal.target, 0 if float(goal.target).is_integer() else 1)
    )


class GoalsView(GraphView):
    watches = (Goal,)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.rows: list[GoalRow] = []
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.target_lines: pg.PlotDataItem | None = None
        self.labels: list[pg.TextItem] = []
        super().__init__(context, parent)
        self.table.setAccessibleName(self.tr("Goals against outcomes, table"))
        self.hover = HoverReadout(self.plot, self.readout, self.describe)
        self.refresh()

    def build_plot(self) -> pg.PlotWidget:
        return new_plot(self.tr("Goals against outcomes, graph"))

    def reached_text(self, result: Attainment) -> str:
        if result.reached is None:
            return self.tr("missing figure")
        return self.tr("yes") if result.reached else self.tr("no")

    def refresh(self) -> None:
        goals = queries.goals(self.context.database)
        self.rows = [GoalRow(goal, goal_attainment(goal)) for goal in goals]
        self._fill_table()
        self._draw()

    def _fill_table(self) -> None:
        headers = [
            self.tr("Goal"),
            self.tr("Aim"),
            self.tr("Baseline"),
            self.tr("Outcome"),
            self.tr("Change"),
            self.tr("Change %"),
            self.tr("Target level"),
            self.tr("Reached"),
        ]
        rows = []
        for row in self.rows:
            goal, result = row.goal, row.result
            rows.append(
                [
                    goal.title,
                    direction_text(goal),
                    _with_period(result.baseline, goal.baseline_period),
                    _with_period(result.outcome, goal.outcome_period),
                    _signed(result.change),
                    formatting.percent(result.change_pct, 1),
                    formatting.number(
                        result.target_level, 1 if _fraction(result.target_level) else 0
                    ),
                    self.reached_text(result),
                ]
            )
        self.model.set_rows(
            headers,
            rows,
            numeric=(2, 3, 4, 5, 6),
            tooltips=[row.goal.source_note for row in self.rows],
        )

    def _draw(self) -> None:
        plot = self.plot
        plot.clear()
        self.labels = []
        indexed = [row.index for row in self.rows]
        x = np.arange(len(self.rows), dtype=float)
        base = np.array([np.nan if b is None else b for b, _o, _t in indexed])
        outcome = np.array([np.nan if o is None else o for _b, o, _t in indexed])
        present_b = ~np.isnan(base)
        present_o = ~np.isnan(outcome)
        self.bars = {
            "baseline": pg.BarGraphItem(
                x=x[present_b] - BAR_WIDTH / 2,
                height=base[present_b],
                width=BAR_WIDTH,
                brush=SKY_BLUE,
                pen="k",
                name=self.tr("Baseline (= 100)"),
            ),
            "outcome": pg.BarGraphItem(
                x=x[present_o] + BAR_WIDTH / 2,
                height=outcome[present_o],
                width=BAR_WIDTH,
                brush=BLUE,
                pen="k",
                name=self.tr("Outcome"),
            ),
        }
        for item in self.bars.values():
            plot.addItem(item)
        xs: list[float] = []
        ys: list[float] = []
        for i, (_b, _o, level) in enumerate(indexed):
            if level is not None:
                xs += [i - 0.45, i + 0.45]
                ys += [level, level]
        self.target_lines = pg.PlotDataItem(
            np.array(xs), np.array(ys), connect="pairs", pen=target_pen(), name=self.tr("Target")
        )
        plot.addItem(self.target_lines)
        tops = (
            np.nanmax(np.vstack([base, outcome, [t or 0 for *_r, t in indexed]]), axis=0)
            if self.rows
            else np.array([])
        )
        for i, row in enumerate(self.rows):
            text = self.reached_text(row.result)
            if row.result.change_pct is not None:
                text += f" ({formatting.percent(row.result.change_pct, 1)})"
            if row.index[0] is None and row.result.reached is not None:
                text += " " + self.tr("(no index: baseline missing or zero)")
            top = 0.0 if np.isnan(tops[i]) else float(tops[i])
            label = pg.TextItem(text, color="k", anchor=(0.5, 1.0))
            label.setPos(float(i), top + 2)
            plot.addItem(label)
            self.labels.append(label)
        plot.getAxis("bottom").setTicks([[(float(i), str(i + 1)) for i in range(len(self.rows))]])
        plot.setLabel("left", self.tr("Index, baseline = 100"), color="k")
        plot.setLabel("bottom", self.tr("Goal (row number in the table)"), color="k")
        plot.getPlotItem().enableAutoRange()
        plot.setXRange(-0.7, len(self.rows) - 0.3, padding=0)
        # Room above the highest bar for its label and for the legend.
        plot.setYRange(0, 1.35 * (float(np.nanmax(tops)) if tops.size else 100.0), padding=0)
        self.readout.setText(self.tr("Point at a goal to see its figures."))

    def describe(self, x: float) -> str | None:
        index = bar_index(x, len(self.rows), 0.9)
        if index is None:
            return None
        goal, result = self.rows[index].goal, self.rows[index].result
        return (
            self.tr("%1. %2 — baseline %3, outcome %4, change %5 (%6); reached: %7")
            .replace("%1", str(index + 1))
            .replace("%2", goal.title)
            .replace(
                "%3", formatting.number(result.baseline, 1 if _fraction(result.baseline) else 0)
            )
            .replace("%4", formatting.number(result.outcome, 1 if _fraction(result.outcome) else 0))
            .replace("%5", _signed(result.change))
            .replace("%6", formatting.percent(result.change_pct, 1))
            .replace("%7", self.reached_text(result))
        )

    def file_stem(self) -> str:
        return "mal"

    def data_table(self) -> tuple[list[str], list[list[Any]]]:
        from fredapp.core.io.goals import COLUMNS, goal_row

        return list(COLUMNS), [goal_row(row.goal, row.result) for row in self.rows]


def _fraction(value: float | None) -> bool:
    return value is not None and not float(value).is_integer()


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    text = formatting.number(value, 1 if _fraction(value) else 0)
    return "+" + text if value > 0 else text


def _with_period(value: float | None, period: str) -> str:
    text = formatting.number(value, 1 if _fraction(value) else 0)
    return f"{text} ({period})" if period and value is not None else text
