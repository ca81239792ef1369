"""The council briefing's timeline slide: the milestones and the dated measures as a picture
(the core's :class:`~fredapp.core.briefing.model.Picture`), after the measures' slide.

Drawn by the timeline's own painter in the briefing's language (which may differ from the
window's: its translator and date locale are put in front while drawing, then taken away).
Measures without dates are left off the picture and counted in its description.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from fredapp.core import queries
from fredapp.core.briefing import BriefingOptions
from fredapp.core.briefing.model import Picture, Slide
from fredapp.core.calc.measures import is_overdue
from fredapp.core.db import Database
from fredapp.core.messages import QT_TR_NOOP, message
from fredapp.core.models import Measure, Milestone
from fredapp.ui.board.timeline_export import TimelineDrawing
from fredapp.ui.board.timeline_layout import GROUP_LEVEL, bar_dates
from fredapp.ui.i18n import _LOCALES as LOCALES  # the window's own language locales
from fredapp.ui.i18n import normalise, translations_dir

WIDTH = 2400  # pixels: sharp on a projector and in the PDF
TEXT_PIXELS = 22
MARGIN = 20


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Qt's translations and dates in ``language`` for a while (a translator installed last
    is asked first); the window's come back after."""
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    translator = QTranslator()
    loaded = translator.load(f"fredapp_{normalise(language)}", translations_dir())
    if loaded:
        app.installTranslator(translator)
    QLocale.setDefault(LOCALES[normalise(language)])
    try:
        yield
    finally:
        QLocale.setDefault(before)
        if loaded:
            app.removeTranslator(translator)


def timeline_slides(database: Database, options: BriefingOptions, language: str) -> list[Slide]:
    """One slide: the timeline of the measures with dates and the milestones; none when
    nothing has a date."""
    today = options.today or dt.date.today()
    measures = queries.live_records(database, Measure)
    dated = [m for m in measures if bar_dates(m) is not None]
    milestones = queries.milestone_rows(database)
    if not dated and not milestones:
        return []
    with in_language(language):
        png, width, height = _picture(dated, milestones, today)
    spans = [span for m in dated if (span := bar_dates(m)) is not None]
    dates = [d for span in spans for d in span] + [m.date for m in milestones]
    description = message(
        QT_TR_NOOP(
            "Timeline from {first} to {last}: {dated} measures with dates as bars"
            " ({late} late), {milestones} milestones; {undated} measures without dates"
            " are not shown"
        ),
        first=min(dates).isoformat(),
        last=max(dates).isoformat(),
        dated=len(dated),
        late=sum(is_overdue(m, today) for m in dated),
        milestones=len(milestones),
        undated=len(measures) - len(dated),
    )
    title = message(QT_TR_NOOP("Timeline of the change"))
    return [Slide("timeline", title, picture=Picture(png, width, height, description))]


def _picture(
    measures: list[Measure], milestones: list[Milestone], today: dt.date
) -> tuple[bytes, int, int]:
    font = QFont()
    font.setPixelSize(TEXT_PIXELS)
    inner = WIDTH - 2 * MARGIN
    # By level (fewer group rows; the colours name the dimensions), over the plan's own span:
    # a today long after it would squeeze the plan into a corner of the slide.
    drawing = TimelineDrawing(
        measures, milestones, GROUP_LEVEL, today, inner, font, with_today=False
    )
    rows = len(drawing.rows)
    height = int(drawing.header_height + rows * drawing.row_height) + 2 * MARGIN
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(MARGIN, MARGIN)
        drawing.paint(painter, 0, rows)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    return bytes(buffer.data().data()), WIDTH, height


__all__ = ["in_language", "timeline_slides"]
