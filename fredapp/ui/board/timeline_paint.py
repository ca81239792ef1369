"""Drawing the timeline: one painter for the window, the PNG and the PDF pages.

It draws what a :class:`Frame` says, in the painter's own units: on screen pixels of the
widget's font, on a PDF page device pixels of a font set in points, so printed text has the
size asked for. Only the rows from ``first`` to ``last`` are drawn: the window passes the rows
in view, a page its own. Late measures are red-edged AND say «forsinket» (never colour alone);
today is a dashed line named in the header.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen, QPolygonF

from fredapp.ui import formatting
from fredapp.ui.board.colors import OVERDUE_COLOR, dimension_color, text_on
from fredapp.ui.board.timeline_frame import (
    Frame,
    font_metrics,
    month_name,
    month_names,
    next_month,
    quarter_name,
)
from fredapp.ui.board.timeline_layout import (
    GROUP_HEADER,
    MEASURE,
    MilestoneRecord,
    Row,
    month_starts,
)

HEADER_BACKGROUND = QColor("#F0F0F0")
GROUP_BACKGROUND = QColor("#E4E4E4")
GRID_COLOR = QColor("#D0D0D0")
SELECTED_BACKGROUND = QColor("#CCE4F7")
MILESTONE_COLOR = QColor("#303030")
TODAY_COLOR = QColor("#000000")
LATE_COLOR = QColor(OVERDUE_COLOR)


class TimelinePainter:
    """Draws rows, header, label column and today's line for one :class:`Frame`."""

    def __init__(self, font: QFont, today: dt.date, device: QPaintDevice | None = None) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.metrics = font_metrics(self.font, device)
        self.bold_metrics = font_metrics(self.bold, device)
        self.today = today
        self._widths: dict[str, float] = {}  # bold text (codes) measured once
        self.month_names = month_names(self.metrics)
        self._month_room = self.metrics.horizontalAdvance("MMM.") + 6
        self._text_colours: dict[str, QColor] = {}
        self.late_word = QCoreApplication.translate("Timeline", "late")

    def paint(
        self,
        painter: QPainter,
        frame: Frame,
        rows: Sequence[Row],
        first: int,
        last: int,
        selected: uuid.UUID | None = None,
        pinned: Row | None = None,
    ) -> None:
        """Rows ``first`` to ``last``; ``pinned``: a group's name over the top row (on screen,
        where the group's own row is scrolled away)."""
        painter.save()
        painter.setFont(self.font)
        body = QRectF(0, frame.header_height, frame.width, frame.height - frame.header_height)
        painter.setClipRect(body)
        self._month_lines(painter, frame)
        for index in range(max(0, first), min(len(rows), last)):
            self._row(painter, frame, rows[index], index, selected)
        self._today(painter, frame)
        if pinned is not None:
            self._group(
                painter, QRectF(0, frame.header_height, frame.width, frame.row_height), pinned.text
            )
        painter.setClipping(False)
        self._header(painter, frame)
        painter.restore()

    # -- the background and the header ----------------------------------------------------

    def _time_clip(self, painter: QPainter, frame: Frame, top: float, height: float) -> None:
        painter.setClipRect(QRectF(frame.label_width, top, frame.width - frame.label_width, height))

    def _month_lines(self, painter: QPainter, frame: Frame) -> None:
        painter.setPen(QPen(GRID_COLOR, 1))
        for day in month_starts(frame.scale.first, frame.scale.last):
            if self.months(frame) or day.month in (1, 4, 7, 10):
                x = frame.time_x(day)
                if frame.label_width <= x <= frame.width:
                    painter.drawLine(QPointF(x, frame.header_height), QPointF(x, frame.height))

    def _header(self, painter: QPainter, frame: Frame) -> None:
        half = frame.header_height / 2
        painter.fillRect(QRectF(0, 0, frame.width, frame.header_height), HEADER_BACKGROUND)
        painter.save()
        self._time_clip(painter, frame, 0, frame.header_height)
        painter.setPen(QColor("black"))
        scale = frame.scale
        for day in month_starts(scale.first, scale.last):
            x = frame.time_x(day)
            end = frame.time_x(next_month(day))
            if end < frame.label_width or x > frame.width:
                continue
            if self.months(frame):
                name = month_name(self.month_names[day.month - 1], end - x)
            elif day.month in (1, 4, 7, 10):
                name = quarter_name(day)
                end = frame.time_x(next_month(next_month(next_month(day))))
            else:
                continue
            painter.drawLine(QPointF(x, half), QPointF(x, frame.header_height))
            painter.drawText(
                QRectF(x + 2, half, end - x - 2, half), Qt.AlignmentFlag.AlignCenter, name
            )
        self._years(painter, frame, half)
        x = frame.time_x(self.today)
        if frame.label_width <= x <= frame.width:  # named where its line is in view
            painter.setFont(self.bold)
            word = QCoreApplication.translate("Timeline", "Today")
            width = self.bold_width(word) + 6
            # right of the line, or left of it where the header ends first or a year's
            # number begins
            year = frame.time_x(dt.date(self.today.year + 1, 1, 1))
            room = min(frame.width, year) - x
            left = x + 3 if width + 3 <= room else x - width
            painter.fillRect(QRectF(left, 0, width, half), HEADER_BACKGROUND)
            painter.drawText(
                QRectF(left, 0, width, half),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                word,
            )
        painter.restore()
        painter.setPen(QPen(QColor("black"), 1))
        painter.drawLine(QPointF(0, frame.header_height), QPointF(frame.width, frame.header_height))

    def _years(self, painter: QPainter, frame: Frame, half: float) -> None:
        """Each year's number at the left of its part in view (so the year scrolled into is
        named too)."""
        painter.setFont(self.bold)
        for year in range(frame.scale.first.year, frame.scale.last.year + 1):
            left = max(frame.time_x(dt.date(year, 1, 1)), frame.label_width)
            right = frame.time_x(dt.date(year + 1, 1, 1))
            if right <= frame.label_width or left >= frame.width:
                continue
            painter.drawText(
                QRectF(left + 3, 0, right - left - 3, half),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(year),
            )
        painter.setFont(self.font)

    def _today(self, painter: QPainter, frame: Frame) -> None:
        x = frame.time_x(self.today)
        if frame.label_width <= x <= frame.width:
            painter.setPen(QPen(TODAY_COLOR, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, 0), QPointF(x, frame.height))

    # -- rows --------------------------------------------------------------------------------

    def _row(
        self, painter: QPainter, frame: Frame, row: Row, index: int, selected: uuid.UUID | None
    ) -> None:
        top = frame.row_top(index)
        band = QRectF(0, top, frame.width, frame.row_height)
        if row.kind == GROUP_HEADER:
            self._group(painter, band, row.text)
            return
        measure = row.measure
        is_selected = measure is not None and measure.id == selected
        if is_selected:
            painter.fillRect(band, SELECTED_BACKGROUND)
        painter.save()
        self._time_clip(painter, frame, top, frame.row_height)
        after = None
        if row.kind == MEASURE and measure is not None:
            after = self._bar(painter, frame, row, index, is_selected)
        self._marks(painter, frame, row.marks, top, after, selected)
        painter.restore()
        if measure is not None:
            self._label(painter, frame, row, top)
        painter.setPen(QPen(GRID_COLOR, 1))
        painter.drawLine(
            QPointF(0, top + frame.row_height), QPointF(frame.width, top + frame.row_height)
        )

    def _group(self, painter: QPainter, band: QRectF, text: str) -> None:
        painter.fillRect(band, GROUP_BACKGROUND)
        painter.setFont(self.bold)
        painter.setPen(QColor("black"))
        painter.drawText(band.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font)

    def _label(self, painter: QPainter, frame: Frame, row: Row, top: float) -> None:
        measure = row.measure
        assert measure is not None
        rect = QRectF(6, top, frame.label_width - 12, frame.row_height)
        painter.setPen(QColor("black"))
        painter.setFont(self.bold)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, measure.code)
        code_width = self.bold_width(measure.code + "  ")
        painter.setFont(self.font)
        title = self.metrics.elidedText(
            measure.title, Qt.TextElideMode.ElideRight, rect.width() - code_width
        )
        painter.drawText(rect.adjusted(code_width, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setPen(QPen(QColor("black"), 1))
        painter.drawLine(
            QPointF(frame.label_width, top), QPointF(frame.label_width, top + frame.row_height)
        )

    def _bar(
        self, painter: QPainter, frame: Frame, row: Row, index: int, selected: bool
    ) -> float | None:
        """Draw the bar, its code and «late»; return where its words end (None: no bar)."""
        measure = row.measure
        assert measure is not None
        rect = frame.bar_rect(measure, index)
        if rect is None:
            return None
        fill = dimension_color(measure.dimension)
        one_date = measure.start_date is None or measure.due_date is None
        if one_date:
            fill = fill.lighter(135)
        painter.setBrush(fill)
        if row.late:
            painter.setPen(QPen(LATE_COLOR, max(2.0, frame.row_height / 10)))
        else:
            painter.setPen(QPen(QColor("black"), 2.5 if selected else 1))
        radius = rect.height() / 4
        painter.drawRoundedRect(rect, radius, radius)
        if selected:  # a second ring: the selection shows on any fill colour
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("black"), 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), radius, radius)
        code_width = self.bold_width(measure.code) + 8
        painter.setFont(self.bold)
        after = rect.right() + 5
        if code_width <= rect.width():
            painter.setPen(self.text_colour(fill))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, measure.code)
        else:
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(after, rect.top(), code_width, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                measure.code,
            )
            after += code_width
        painter.setFont(self.font)
        if row.late:
            painter.setPen(LATE_COLOR)
            painter.setFont(self.bold)
            word = "⚠ " + self.late_word
            width = self.bold_width(word) + 8
            painter.drawText(
                QRectF(after, rect.top(), width, rect.height()),
                Qt.AlignmentFlag.AlignVCenter,
                word,
            )
            after += width
            painter.setFont(self.font)
        return after

    def months(self, frame: Frame) -> bool:
        """Whether a month is wide enough to be named (else quarters are)."""
        return frame.scale.per_day * 30 >= self._month_room

    def mark_width(self, milestone: MilestoneRecord, row_height: float) -> float:
        """Pixels a milestone takes from its date: its mark and title, and a gap."""
        return row_height * 0.4 + self.metrics.horizontalAdvance(milestone.title) + row_height

    def bold_width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.bold_metrics.horizontalAdvance(text)
        return width

    def text_colour(self, fill: QColor) -> QColor:
        name = fill.name()
        colour = self._text_colours.get(name)
        if colour is None:
            colour = self._text_colours[name] = text_on(fill)
        return colour

    def _fitted(self, text: str, room: float | None) -> str:
        if room is None or self.metrics.horizontalAdvance(text) <= room:
            return text
        return self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, room))

    def _marks(
        self,
        painter: QPainter,
        frame: Frame,
        marks: Sequence[MilestoneRecord],
        top: float,
        after: float | None,
        selected: uuid.UUID | None = None,
    ) -> None:
        """Milestones as diamonds at their dates. On the milestone rows each title follows its
        diamond (the lanes keep them apart); on a measure's row the titles follow the bar's
        words, so they never cover the bar or its code."""
        if not marks:
            return
        size = frame.row_height * 0.3
        middle = top + frame.row_height / 2
        titles = []
        for number, milestone in enumerate(marks):
            x = frame.time_x(milestone.date) + frame.scale.per_day / 2
            diamond = QPolygonF(
                [
                    QPointF(x, middle - size),
                    QPointF(x + size, middle),
                    QPointF(x, middle + size),
                    QPointF(x - size, middle),
                ]
            )
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(MILESTONE_COLOR)
            painter.drawPolygon(diamond)
            if milestone.id == selected:  # chosen with the keyboard: a ring around it
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("black"), 2))
                painter.drawEllipse(QPointF(x, middle), size * 1.6, size * 1.6)
            if after is None:  # its title up to the next mark of the row
                following = marks[number + 1] if number + 1 < len(marks) else None
                room = frame.time_x(following.date) - x - size * 2 if following else None
                titles.append((x + size + 3, self._fitted(milestone.title, room)))
            else:
                title = f"◆ {milestone.title} {formatting.date(milestone.date)}"
                titles.append((max(after, x + size + 3), title))
                after = titles[-1][0] + self.metrics.horizontalAdvance(title) + size * 2
        painter.setPen(QColor("black"))
        painter.setFont(self.font)
        for x, title in titles:
            width = self.metrics.horizontalAdvance(title) + 4
            if x + width > frame.width:  # at the right edge: "…" rather than a cut letter
                width = max(0.0, frame.width - x)
                title = self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - 4)
            painter.drawText(
                QRectF(x, top, width, frame.row_height), Qt.AlignmentFlag.AlignVCenter, title
            )


__all__ = ["TimelinePainter"]
