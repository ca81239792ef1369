"""Where the timeline's parts go and what they are called: the :class:`Frame` (label column,
header, rows, scrolling) in a painter's units, row sizes from a font on a device, and the
month, quarter, group and section names in the UI's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

from fredapp.ui import labels
from fredapp.ui.board.timeline_layout import MeasureRecord, Scale, bar_dates


def month_names(metrics: QFontMetricsF) -> list[list[tuple[str, float]]]:
    """Per month (1 = index 0), its names in the UI's language, longest first, with their
    widths: "januar", "jan.", "J"."""
    locale = QLocale()
    kinds = (
        QLocale.FormatType.LongFormat,
        QLocale.FormatType.ShortFormat,
        QLocale.FormatType.NarrowFormat,
    )
    return [
        [
            (name, metrics.horizontalAdvance(name))
            for name in (locale.standaloneMonthName(month, kind) for kind in kinds)
        ]
        for month in range(1, 13)
    ]


def month_name(names: list[tuple[str, float]], room: float) -> str:
    """The longest of a month's ``names`` that fits in ``room``."""
    for name, width in names[:-1]:
        if width + 4 <= room:
            return name
    return names[-1][0]


def quarter_name(day: dt.date) -> str:
    return QCoreApplication.translate("Timeline", "Q%1").replace(
        "%1", str((day.month - 1) // 3 + 1)
    )


@dataclass
class Frame:
    """Where the parts go, in the painter's units: the label column on the left, the header
    on top, rows below; ``x_offset``/``y_offset`` are how far the time area and the rows are
    scrolled."""

    width: float
    height: float
    label_width: float
    header_height: float
    row_height: float
    scale: Scale
    x_offset: float = 0.0
    y_offset: float = 0.0

    def time_x(self, date: dt.date) -> float:
        return self.label_width + self.scale.x(date) - self.x_offset

    def row_top(self, row: int) -> float:
        return self.header_height + row * self.row_height - self.y_offset

    def bar_rect(self, measure: MeasureRecord, row: int) -> QRectF | None:
        span = bar_dates(measure)
        if span is None:
            return None
        left = self.time_x(span[0])
        right = self.time_x(span[1] + dt.timedelta(days=1))
        pad = self.row_height * 0.18
        return QRectF(
            left, self.row_top(row) + pad, max(3.0, right - left), self.row_height - 2 * pad
        )


def font_metrics(font: QFont, device: QPaintDevice | None = None) -> QFontMetricsF:
    """Metrics of ``font`` on ``device`` (a PDF page measures points as points), or the
    screen."""
    return QFontMetricsF(font) if device is None else QFontMetricsF(font, device)


def row_metrics(font: QFont, device: QPaintDevice | None = None) -> tuple[float, float]:
    """The row height and header height for ``font`` (on ``device``, when printing)."""
    metrics = font_metrics(font, device)
    return metrics.height() * 1.7, metrics.height() * 3.4


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def group_name(group: str, key: str) -> str:
    if group == "dimension":
        return f"{key} – {labels.dimension(key)}"
    return labels.measure_level(key)


def section_text(key: str) -> str:
    return {
        "milestones": QCoreApplication.translate("Timeline", "Milestones"),
        "undated": QCoreApplication.translate("Timeline", "Without dates"),
    }[key]


__all__ = [
    "Frame",
    "font_metrics",
    "group_name",
    "month_name",
    "month_names",
    "next_month",
    "quarter_name",
    "row_metrics",
    "section_text",
]
