"""Paints a measure as a card: code, dimension, title, status, owner, due date, progress.

The dimension is a coloured band *and* its name in text; an overdue card has a red frame *and*
the word for overdue, so neither colour nor shape alone carries a meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fredapp.core.models import Measure
from fredapp.ui import formatting, labels
from fredapp.ui.board.colors import (
    OVERDUE_COLOR,
    OVERDUE_COLOR_HIGH_CONTRAST,
    dimension_color,
)
from fredapp.ui.board.model import OVERDUE_ROLE, OWNER_ROLE, RECORD_ROLE

Index = QModelIndex | QPersistentModelIndex

# The card's colours (tests/ui/test_contrast.py checks every pair). The normal card takes its
# background and text from the palette; these are its defaults elsewhere (print, export).
CARD_BACKGROUND = "#FFFFFF"
CARD_FOREGROUND = "#1A1A1A"
CARD_BORDER = "#949494"  # ≥ 3:1 with the background: the card's edge is visible
CARD_FOCUS = "#1F4E9A"
HC_CARD_BACKGROUND = "#000000"
HC_CARD_FOREGROUND = "#FFFFFF"
HC_CARD_BORDER = "#FFFFFF"
HC_CARD_FOCUS = "#FFD700"


def _font(base: QFont, pixel_size: int | None, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if pixel_size is not None:
        font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


@dataclass
class CardStyle:
    """Fonts, colours and sizes of the cards; the presentation mode has a large, dark one."""

    small_px: int | None = None  # None: the widget's own font
    title_px: int | None = None
    code_px: int | None = None
    padding: int = 6
    band: int = 8
    frame: int = 1
    focus_frame: int = 3
    title_lines: int = 2
    high_contrast: bool = False
    show_details: bool = True
    background: QColor = field(default_factory=lambda: QColor(CARD_BACKGROUND))
    foreground: QColor = field(default_factory=lambda: QColor(CARD_FOREGROUND))
    border: QColor = field(default_factory=lambda: QColor(CARD_BORDER))
    focus: QColor = field(default_factory=lambda: QColor(CARD_FOCUS))

    @classmethod
    def high_contrast_style(cls, small_px: int) -> CardStyle:
        return cls(
            small_px=small_px,
            title_px=round(small_px * 1.15),
            code_px=round(small_px * 1.15),
            padding=max(8, small_px // 3),
            band=max(12, small_px // 2),
            frame=2,
            focus_frame=max(5, small_px // 5),
            high_contrast=True,
            show_details=True,
            background=QColor(HC_CARD_BACKGROUND),
            foreground=QColor(HC_CARD_FOREGROUND),
            border=QColor(HC_CARD_BORDER),
            focus=QColor(HC_CARD_FOCUS),
        )

    def fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        """(code, title, small) fonts."""
        return (
            _font(base, self.code_px, bold=True),
            _font(base, self.title_px),
            _font(base, self.small_px),
        )

    def pixel_sizes(self, base: QFont) -> list[int]:
        """The pixel height of every font a card uses (for the readability check)."""
        return [_pixel_size(font) for font in self.fonts(base)]


def _pixel_size(font: QFont) -> int:
    if font.pixelSize() > 0:
        return font.pixelSize()
    return QFontMetrics(font).height()


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, style: CardStyle | None = None) -> None:
        super().__init__(parent)
        self.style = style or CardStyle()
        self.card_width = 240

    # -- geometry --------------------------------------------------------------------------

    def card_height(self, base: QFont) -> int:
        code_font, title_font, small_font = self.style.fonts(base)
        small = QFontMetrics(small_font).height()
        lines = (
            QFontMetrics(code_font).height()
            + self.style.title_lines * QFontMetrics(title_font).lineSpacing()
        )
        details = 2 * small + small // 2 if self.style.show_details else small
        return 2 * self.style.padding + lines + details + 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(self.card_width, self.card_height(option.font) + 6)

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        measure: Measure | None = index.data(RECORD_ROLE)
        if measure is None:
            super().paint(painter, option, index)
            return
        style = self.style
        overdue = bool(index.data(OVERDUE_ROLE))
        owner = index.data(OWNER_ROLE) or ""
        code_font, title_font, small_font = style.fonts(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(3, 3, -3, -3)
        background = style.background
        foreground = style.foreground
        if not style.high_contrast:
            palette: QPalette = option.palette
            background = palette.color(QPalette.ColorRole.Base)
            foreground = palette.color(QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(card, 4, 4)
        # the dimension's band, with its letters on it
        color = dimension_color(measure.dimension)
        band = QRect(card.left(), card.top(), style.band, card.height())
        painter.setBrush(color)
        painter.drawRect(band)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        overdue_color = QColor(
            OVERDUE_COLOR_HIGH_CONTRAST if style.high_contrast else OVERDUE_COLOR
        )
        if overdue:
            frame_pen = QPen(overdue_color, max(3, style.focus_frame - 1))
        else:
            frame_pen = QPen(style.border, style.frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(frame_pen)
        painter.drawRoundedRect(card, 4, 4)
        if selected or has_focus:
            focus = (
                style.focus
                if style.high_contrast
                else option.palette.color(QPalette.ColorRole.Highlight)
            )
            pen = QPen(focus, style.focus_frame)
            if not selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            inset = style.focus_frame // 2
            painter.drawRoundedRect(card.adjusted(inset, inset, -inset, -inset), 4, 4)
        inner = card.adjusted(style.band + style.padding, style.padding, -style.padding, 0)
        y = inner.top()
        # line 1: code, and the dimension in words
        code_metrics = QFontMetrics(code_font)
        painter.setFont(code_font)
        painter.setPen(foreground)
        code_width = code_metrics.horizontalAdvance(measure.code)
        painter.drawText(
            QRect(inner.left(), y, code_width + 2, code_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            measure.code,
        )
        small_metrics = QFontMetrics(small_font)
        painter.setFont(small_font)
        gap = small_metrics.horizontalAdvance("  ")
        dim_rect = QRect(
            inner.left() + code_width + gap,
            y,
            inner.width() - code_width - gap,
            code_metrics.height(),
        )
        painter.drawText(
            dim_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(
                labels.dimension(measure.dimension), Qt.TextElideMode.ElideRight, dim_rect.width()
            ),
        )
        y += code_metrics.height()
        # the title, wrapped over at most title_lines lines
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        title_height = style.title_lines * title_metrics.lineSpacing()
        title_rect = QRect(inner.left(), y, inner.width(), title_height)
        # Flags, not the QTextOption overload: that one word-wraps again wherever the drawn
        # line comes out a pixel wider than measured, pushing the second line out of sight.
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            _wrapped(measure.title, title_metrics, title_rect, style),
        )
        y += title_height
        # details: status, owner and due date; progress
        painter.setFont(small_font)
        parts = [labels.measure_status(measure.status)]
        if owner:
            parts.append(owner)
        if measure.due_date:
            parts.append(formatting.date(measure.due_date))
        line = " · ".join(parts)
        line_rect = QRect(inner.left(), y, inner.width(), small_metrics.height())
        if overdue:
            word = "⚠ " + QCoreApplication.translate("CardDelegate", "Overdue")
            word_width = small_metrics.horizontalAdvance(word) + gap
            painter.setPen(overdue_color)
            bold = QFont(small_font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignRight, word)
            painter.setFont(small_font)
            line_rect.setWidth(max(0, line_rect.width() - word_width))
        painter.setPen(foreground)
        painter.drawText(
            line_rect,
            Qt.AlignmentFlag.AlignLeft,
            small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, line_rect.width()),
        )
        y += small_metrics.height()
        if style.show_details:
            self._paint_progress(painter, measure, inner, y, small_metrics, color, foreground)
        painter.restore()

    def _paint_progress(
        self,
        painter: QPainter,
        measure: Measure,
        inner: QRect,
        y: int,
        metrics: QFontMetrics,
        color: QColor,
        foreground: QColor,
    ) -> None:
        text = f"{measure.progress} %"
        text_width = metrics.horizontalAdvance("100 %") + 4
        bar_height = max(4, metrics.height() // 3)
        bar = QRect(
            inner.left(),
            y + (metrics.height() - bar_height) // 2 + 2,
            max(0, inner.width() - text_width - 4),
            bar_height,
        )
        painter.setPen(QPen(foreground, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(0, min(100, measure.progress)) / 100))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(filled)
        painter.setPen(foreground)
        painter.drawText(
            QRect(inner.right() - text_width, y + 2, text_width, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            text,
        )


def _wrapped(text: str, metrics: QFontMetrics, rect: QRect, style: CardStyle) -> str:
    """``text`` broken into at most ``style.title_lines`` lines, the last one elided."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for position, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= rect.width() or not current:
            current = trial
            continue
        lines.append(current)
        if len(lines) == style.title_lines - 1:
            current = " ".join(words[position:])
            break
        current = word
    lines.append(current)
    lines = lines[: style.title_lines]
    lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, rect.width())
    return "\n".join(lines)


__all__ = ["CardDelegate", "CardStyle"]
