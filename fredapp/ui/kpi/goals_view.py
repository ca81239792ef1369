"""Goals against outcomes: baseline, outcome, change and whether each goal is reached.

The goals have different units (calls, clicks, per cent), so the graph shows each goal as an
index with its baseline at 100: the outcome's bar, and the target level as a line across it.
Reached or not is written above each goal (not told by colour); a goal with a missing figure
says so and draws nothing. Change and attainment come from :mod:`fredapp.core.calc.goals`.

The goals are named on the axis (wrapped to the room they have). A goal in per cent changes by
percentage points, and says so. Where the source document printed another change than the
figures give (the briefing's −33 % for «Øke klikk Min side», the figures +50,1 %), the goal's
note says both: the printed changes are read from the seed file, which serves old databases too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from fredapp.core import queries
from fredapp.core.calc.goals import Attainment, goal_attainment
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.core.models import Goal, GoalDirection
from fredapp.core.seed import PrintedChange, printed_change_differs, printed_goal_changes
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.kpi.base import GraphView
from fredapp.ui.kpi.chart import CategoryAxis, NoData, centred_label, set_title
from fredapp.ui.kpi.graph_files import graph_title
from fredapp.ui.kpi.plots import BLUE, SKY_BLUE, HoverReadout, bar_index, new_plot, target_pen

DIRECTIONS = {
    GoalDirection.REDUCE_BY.value: QT_TRANSLATE_NOOP("GoalsView", "Reduce by %1"),
    GoalDirection.INCREASE_BY.value: QT_TRANSLATE_NOOP("GoalsView", "Increase by %1"),
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
    target = formatting.number(goal.target, 0 if float(goal.target).is_integer() else 1)
    if goal.direction != GoalDirection.REACH.value:  # a relative target is in per cent
        target += formatting.percent_sign()
    elif goal.unit.strip():
        # a level in the goal's unit: «Nå 95 %», «Nå 4 000 samtaler»
        unit = goal.unit.strip()
        target += formatting.percent_sign() if unit == "%" else f" {unit}"
    return QCoreApplication.translate("GoalsView", source).replace("%1", target)


class GoalsView(GraphView):
    watches = (Goal,)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.rows: list[GoalRow] = []
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.target_lines: pg.PlotDataItem | None = None
        self.labels: list[pg.TextItem] = []
        self.printed: dict[Any, PrintedChange] = printed_goal_changes()
        self.axis = CategoryAxis()
        super().__init__(context, parent)
        self.table.setAccessibleName(self.tr("Goals against outcomes, table"))
        self.hover = HoverReadout(self.plot, self.readout, self.describe)
        self.no_data = NoData(self.plot.getPlotItem())
        self.refresh()

    def build_plot(self) -> pg.PlotWidget:
        return new_plot(self.tr("Goals against outcomes, graph"), {"bottom": self.axis})

    def graph_title(self) -> str:
        title = graph_title("goals")
        goals = [row.goal for row in self.rows]
        baseline = periods_text([goal.baseline_period for goal in goals])
        outcome = periods_text([goal.outcome_period for goal in goals])
        if not baseline and not outcome:
            return title
        return (
            self.tr("%1 — baseline %2, outcome %3")
            .replace("%1", title)
            .replace("%2", baseline or "–")
            .replace("%3", outcome or "–")
        )

    def note(self, row: GoalRow) -> str:
        """What the reader must know beside the figures: a change the source printed otherwise."""
        goal, result = row.goal, row.result
        printed = self.printed.get(goal.id)
        if printed is None or not printed_change_differs(
            printed, result.baseline, result.outcome, result.change_pct
        ):
            return ""
        return (
            self.tr("The source document printed %1; the figures give %2.")
            .replace("%1", formatting.percent(printed.change_pct, 0))
            .replace("%2", formatting.percent(result.change_pct, 1))
        )

    def change_text(self, row: GoalRow) -> str:
        """The change in the goal's unit: a goal in per cent changes by percentage points."""
        change = row.result.change
        if change is None or row.goal.unit.strip() != "%":
            return _signed(change)
        if float(change).is_integer():
            return self.tr("%n percentage point(s)", "", abs(int(change))).replace(
                str(abs(int(change))), _signed(change), 1
            )
        return self.tr("%1 percentage points").replace("%1", _signed(change))

    def bar_text(self, row: GoalRow) -> str:
        """Above a goal's bars: reached or not, and the change (percentage points for per cent)."""
        text = self.reached_text(row.result)
        if row.goal.unit.strip() == "%" and row.result.change is not None:
            text += "\n" + self.tr("%1 pp", "percentage points, short").replace(
                "%1", _signed(row.result.change)
            )
        elif row.result.change_pct is not None:
            text += "\n" + formatting.percent(row.result.change_pct, 1)
        if row.index[0] is None and row.result.reached is not None:
            text += "\n" + self.tr("(no index: baseline missing or zero)")
        return text

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
            self.tr("Remark"),
        ]
        rows = []
        for row in self.rows:
            goal, result = row.goal, row.result
            rows.append(
                [
                    goal.title,
                    direction_text(goal),
                    _with_period(result.baseline, goal.baseline_period, goal.unit),
                    _with_period(result.outcome, goal.outcome_period, goal.unit),
                    self.change_text(row),
                    formatting.percent(result.change_pct, 1),
                    formatting.number(
                        result.target_level, 1 if _fraction(result.target_level) else 0
                    ),
                    self.reached_text(result),
                    self.note(row),
                ]
            )
        self.model.set_rows(
            headers,
            rows,
            numeric=(2, 3, 4, 5, 6),
            tooltips=[self.tooltip(row) for row in self.rows],
        )

    def tooltip(self, row: GoalRow) -> str:
        """The goal's full name, what differs from the source, and where its figures are from."""
        parts = [row.goal.title, self.note(row), row.goal.source_note]
        return "\n\n".join(part for part in parts if part)

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
            np.array(xs),
            np.array(ys),
            connect="pairs",
            pen=target_pen(),
            name=self.tr("Target level"),
        )
        plot.addItem(self.target_lines)
        tops = (
            np.nanmax(np.vstack([base, outcome, [t or 0 for *_r, t in indexed]]), axis=0)
            if self.rows
            else np.array([])
        )
        for i, row in enumerate(self.rows):
            top = 0.0 if np.isnan(tops[i]) else float(tops[i])
            label = centred_label(self.bar_text(row))
            label.setPos(float(i), top + 2)
            plot.addItem(label)
            self.labels.append(label)
        self.axis.set_names([row.goal.title for row in self.rows])
        plot.setLabel("left", self.tr("Index (baseline = 100)"), color="k")
        plot.setLabel("bottom", self.tr("Goal"), color="k")
        set_title(plot.getPlotItem(), self.graph_title())
        self.no_data.show(not self.rows)
        if not self.rows:
            self.readout.setText(self.tr("No goals in the database."))
            return
        plot.getPlotItem().enableAutoRange()
        plot.setXRange(-0.5, len(self.rows) - 0.5, padding=0)
        # Room above the highest bar for its two-line label (the legend is outside).
        plot.setYRange(0, 1.25 * (float(np.nanmax(tops)) if tops.size else 100.0), padding=0)
        self.readout.setText(self.tr("Point at a goal to see its figures."))

    def describe(self, x: float) -> str | None:
        index = bar_index(x, len(self.rows), 0.9)
        if index is None:
            return None
        row = self.rows[index]
        goal, result = row.goal, row.result
        text = (
            self.tr("%1. %2 — baseline %3, outcome %4, change %5 (%6); reached: %7")
            .replace("%1", str(index + 1))
            .replace("%2", goal.title)
            .replace("%3", _with_period(result.baseline, "", goal.unit))
            .replace("%4", _with_period(result.outcome, "", goal.unit))
            .replace("%5", self.change_text(row))
            .replace("%6", formatting.percent(result.change_pct, 1))
            .replace("%7", self.reached_text(result))
        )
        note = self.note(row)
        return f"{text} {note}" if note else text

    def file_stem(self) -> str:
        return "mal"

    sheet_kind = "goals"

    def data_table(self) -> tuple[list[str], list[list[Any]]]:
        from fredapp.core.io.goals import COLUMNS, goal_row
        from fredapp.core.vocabulary import GOAL_COLUMNS
        from fredapp.ui import labels

        words = labels.sheet_words()
        rows = [goal_row(row.goal, row.result, words) for row in self.rows]
        return words.header(GOAL_COLUMNS, COLUMNS), rows


def _fraction(value: float | None) -> bool:
    return value is not None and not float(value).is_integer()


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    text = formatting.number(value, 1 if _fraction(value) else 0)
    return "+" + text if value > 0 else text


def _with_period(value: float | None, period: str, unit: str = "") -> str:
    text = formatting.number(value, 1 if _fraction(value) else 0)
    if unit.strip() == "%" and value is not None:
        text += formatting.percent_sign()
    return f"{text} ({period})" if period and value is not None else text


def periods_text(periods: list[str]) -> str:
    """Periods as a reader says them: «apr, jul 2022» for 2022-04 and 2022-07."""
    by_year: dict[str, list[str]] = {}
    others: list[str] = []
    for period in sorted(set(p for p in periods if p)):
        year, _, month = period.partition("-")
        if len(year) == 4 and month.isdigit() and 1 <= int(month) <= 12:
            name = QLocale().standaloneMonthName(int(month), QLocale.FormatType.ShortFormat)
            by_year.setdefault(year, []).append(name.rstrip("."))
        else:
            others.append(period)
    texts = [f"{', '.join(months)} {year}" for year, months in by_year.items()]
    return "; ".join(texts + others)
