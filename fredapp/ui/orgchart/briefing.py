"""The council briefing's organisation chart slide: «Fra» above «Til», coloured by the
comparison, as a picture (the core's :class:`~fredapp.core.briefing.model.Picture`)."""

from __future__ import annotations

from types import SimpleNamespace

from fredapp.core.briefing import BriefingOptions
from fredapp.core.briefing.content import chosen_scenarios
from fredapp.core.briefing.model import Picture, Slide
from fredapp.core.db import Database
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.ui.orgchart.export import chart_png, chart_sides

MAX_BOXES = 60  # per scenario on a slide; deeper branches are closed beyond it


def orgchart_slides(database: Database, options: BriefingOptions, language: str) -> list[Slide]:
    """One slide with the pair's chart (the briefing's own two scenarios)."""
    first, second = chosen_scenarios(database, options)
    if first.id == second.id:
        return []
    reader = SimpleNamespace(database=database)  # the chart only reads
    chart = chart_sides(
        reader, (first.id, first.name), (second.id, second.name), max_boxes=MAX_BOXES, stacked=True
    )
    png, width, height = chart_png(chart)
    title = message(
        QT_TR_NOOP("Organisation chart: {first} → {second}"), first=first.name, second=second.name
    )
    return [Slide("orgchart", title, picture=Picture(png, width, height, chart.caption))]
