"""Slides of the council briefing that the window draws: pictures, such as the organisation chart.

The core gathers the briefing but cannot draw with Qt; a slide holding a picture
(:class:`fredapp.core.briefing.model.Picture`: PNG bytes, a size, a description) is made here
and placed after the slide it belongs with. Each maker is named by module and function and
imported only when a briefing is written, so the briefing does not load every view.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from fredapp.core.briefing import BriefingOptions
from fredapp.core.briefing.model import Briefing, Slide, insert_slides
from fredapp.core.db import Database

# A maker: (database, options, language 'nb' or 'en') -> the slides it draws (maybe none).
SlideMaker = Callable[[Database, BriefingOptions, str], list[Slide]]

# (key of the slide the pictures follow, "module:function" of the maker), in order.
MAKERS: list[tuple[str, str]] = [
    ("organisation", "fredapp.ui.orgchart.briefing:orgchart_slides"),
    ("measures", "fredapp.ui.board.timeline_briefing:timeline_slides"),
]


def maker(name: str) -> SlideMaker:
    module, function = name.split(":")
    found: SlideMaker = getattr(importlib.import_module(module), function)
    return found


def add_pictures(
    database: Database, briefing: Briefing, options: BriefingOptions, language: str
) -> Briefing:
    """The briefing with every maker's slides placed after the slide named for it."""
    for after, name in MAKERS:
        slides = maker(name)(database, options, language)
        if slides:
            briefing = insert_slides(briefing, after, slides)
    return briefing
