"""The council briefing's organisation chart slide: «Fra» above «Til», coloured by the
comparison, as a picture (the core's :class:`~fredapp.core.briefing.model.Picture`)."""

from __future__ import annotations

from types import SimpleNamespace

from fredapp.core.briefing import BriefingOptions
from fredapp.core.briefing.content import chosen_scenarios
from fredapp.core.briefing.model import Picture, Slide
from fredapp.core.db import Database
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.ui.board.timeline_briefing import in_language
from fredapp.ui.orgchart.export import chart_png, chart_sides

# Per scenario on a slide: the levels that fit are shown, the branches below them closed (a
# closed box says how many units it holds), so the names stay readable when projected. For
# the seed: the staffs and their units, each staff's units in a column.
MAX_BOXES = 20


def orgchart_slides(database: Database, options: BriefingOptions, language: str) -> list[Slide]:
    """One slide with the pair's chart (the briefing's own two scenarios)."""
    first, second = chosen_scenarios(database, options)
    if first.id == second.id:
        return []
    reader = SimpleNamespace(database=database)  # the chart only reads
    with in_language(language):  # the picture's words in the briefing's language
        chart = chart_sides(
            reader, (first.id, first.name), (second.id, second.name), max_boxes=MAX_BOXES
        )
        png, width, height = chart_png(chart)
    title = message(
        QT_TR_NOOP("Organisation chart: {first} → {second}"), first=first.name, second=second.name
    )
    return [Slide("orgchart", title, picture=Picture(png, width, height, chart.caption))]
