"""Paints a measure as a card: code, dimension, the whole title, owner, due date, progress.

The dimension is a coloured band *and* its name in text; an overdue card has a red frame *and*
the word for overdue, so neither colour nor shape alone carries a meaning.

Compact, so a swimlane shows at least four cards on a 1366 × 768 laptop and in presentation
mode: the first line holds the code, the dimension's name and the per cent done; the title is
wrapped over as many lines as it needs (up to ``CardStyle.title_lines``, more than a
90-character title takes), so cards differ in height; a thin bar at the foot shows progress.
A card leaves out what its column or swimlane already says (``CardDelegate.hidden``): under
"Pågår" it does not say "Pågår" again. A done measure shows no progress bar and no per cent
(its status says it is done; the stored per cent is often left at 0).
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
from fredapp.ui.board.model import OVERDUE_ROLE, OWNER_ROLE, RECORD_ROLE, shown_progress

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
    padding: int = 5
    band: int = 8
    frame: int = 1
    focus_frame: int = 3
    title_lines: int = 12  # at most; a longer title ends with "…" (the tooltip has it all)
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
            title_px=small_px,
            code_px=small_px,
            padding=max(6, small_px // 4),
            band=max(10, small_px // 3),
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


def wrap_title(
    text: str,
    metrics: QFontMetrics,
    width: int,
    most: int,
    measured: dict[str, int] | None = None,
) -> list[str]:
    """``text`` broken between words into lines of at most ``width`` pixels; at most ``most``
    lines, the last one then ending in "…". A word wider than a line is broken inside.

    ``measured`` (word → pixels, for ``metrics``' font) lets a caller keep the widths of
    words between titles: lines are then put together from them and each measured once.
    """
    if measured is not None:
        quick = _wrap_by_word_widths(text, metrics, width, most, measured)
        if quick is not None:
            return quick
    words = [piece for word in text.split() for piece in _pieces(word, metrics, width)]
    lines: list[str] = []
    current = ""
    for position, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        if len(lines) == most - 1:
            current = " ".join(words[position:])
            break
        current = word
    lines.append(current)
    # elidedText may shorten a line that fits to the pixel: only a line too long is elided
    return [
        line
        if metrics.horizontalAdvance(line) <= width
        else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        for line in lines
    ]


def _wrap_by_word_widths(
    text: str, metrics: QFontMetrics, width: int, most: int, measured: dict[str, int]
) -> list[str] | None:
    """:func:`wrap_title` from the widths of its words; None where that cannot be trusted (a
    word wider than a line, or a line whose whole width is not the sum of its words)."""

    def advance(word: str) -> int:
        found = measured.get(word)
        if found is None:
            if len(measured) > 100_000:
                measured.clear()
            found = measured[word] = metrics.horizontalAdvance(word)
        return found

    words = text.split()
    if any(advance(word) > width for word in words):
        return None
    space = advance(" ")
    lines: list[str] = []
    current: list[str] = []
    current_width = 0
    for position, word in enumerate(words):
        trial = current_width + space + advance(word) if current else advance(word)
        # Whole pixels summed word by word may be off by up to one per word: near the edge
        # the trial line is measured whole, as the exact wrapping does.
        if current and abs(trial - width) <= len(current) + 2:
            trial = metrics.horizontalAdvance(" ".join([*current, word]))
        if trial <= width or not current:
            current.append(word)
            current_width = trial
            continue
        lines.append(" ".join(current))
        if len(lines) == most - 1:
            current = words[position:]
            break
        current, current_width = [word], advance(word)
    lines.append(" ".join(current))
    checked = []
    for number, line in enumerate(lines, start=1):
        if metrics.horizontalAdvance(line) <= width:
            checked.append(line)
        elif number == most:  # the rest of a title longer than the card allows
            checked.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        else:
            return None
    return checked


def _pieces(word: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A word as wide as a line at most: a longer one (rapporteringsprosessene) in parts."""
    pieces: list[str] = []
    while metrics.horizontalAdvance(word) > width and len(word) > 1:
        cut = len(word) - 1
        while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
            cut -= 1
        pieces.append(word[:cut])
        word = word[cut:]
    return [*pieces, word]


@dataclass
class CardText:
    """What one card says, line by line, at one width."""

    corner: str  # beside the code: the dimension's name, the per cent done
    title: list[str]
    details: str  # status (unless the column says it), owner, due date (unless overdue)
    overdue: bool
    progress: int | None  # None: no progress bar
    # Where the details go: beside the code when the first line has room for them (no line
    # of their own, so a lane still shows four cards when measures have dates), else a line
    # below the title, or two when the overdue word does not fit beside them.
    details_lines: int = 1


@dataclass
class CardMetrics:
    code: QFontMetrics
    title: QFontMetrics
    small: QFontMetrics
    first_line: int
    bar: int
    bar_gap: int
    title_font: str = ""  # QFont.key() of the title's font: wrapped titles are kept by it


MARGIN = 3  # around each card, inside its row


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, style: CardStyle | None = None) -> None:
        super().__init__(parent)
        self.style = style or CardStyle()
        self.card_width = 240
        # fields the card leaves out because its column or swimlane says them already
        self.hidden: frozenset[str] = frozenset()
        # A view asks a card's size several times per layout, and wrapping a title measures
        # every word: 2,000 cards took 0.9 s to lay out without these, 0.2 s with them.
        self._metrics: dict[str, CardMetrics] = {}
        self._titles: dict[tuple[str, str, int, int], list[str]] = {}
        self._texts: dict[tuple[object, ...], CardText] = {}
        self._word_widths: dict[str, dict[str, int]] = {}

    # -- what a card says ------------------------------------------------------------------

    def metrics(self, base: QFont) -> CardMetrics:
        key = base.key()
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = self._measure(base)
        return found

    def _measure(self, base: QFont) -> CardMetrics:
        code_font, title_font, small_font = self.style.fonts(base)
        code, title, small = (
            QFontMetrics(code_font),
            QFontMetrics(title_font),
            QFontMetrics(small_font),
        )
        return CardMetrics(
            code,
            title,
            small,
            first_line=max(code.height(), small.height()),
            bar=max(4, small.height() // 4),
            bar_gap=max(3, small.height() // 4),
            title_font=title_font.key(),
        )

    def text_width(self, card_width: int) -> int:
        return max(40, card_width - 2 * MARGIN - self.style.band - 2 * self.style.padding)

    def card_text(
        self, measure: Measure, owner: str, overdue: bool, metrics: CardMetrics, width: int
    ) -> CardText:
        # Kept by everything it is made of (the language is fixed while a window lives): a
        # layout asks each card's size many times.
        key = (
            measure.code,
            measure.title,
            measure.dimension,
            measure.status,
            measure.due_date,
            measure.progress,
            owner,
            overdue,
            width,
            metrics.title_font,
            self.hidden,
            self.style.show_details,
            self.style.title_lines,
        )
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) > 50_000:
                self._texts.clear()
            found = self._texts[key] = self._card_text(measure, owner, overdue, metrics, width)
        return found

    def _card_text(
        self, measure: Measure, owner: str, overdue: bool, metrics: CardMetrics, width: int
    ) -> CardText:
        corner = []
        if "dimension" not in self.hidden:
            corner.append(labels.dimension(measure.dimension))
        progress = shown_progress(measure) if self.style.show_details else None
        if progress is not None:
            corner.append(f"{progress} %")
        details = []
        if "status" not in self.hidden:
            details.append(labels.measure_status(measure.status))
        if owner:
            details.append(owner)
        if measure.due_date and not overdue:  # overdue says it; the date is in the tooltip
            details.append(formatting.date(measure.due_date))
        title = self._wrapped(measure.title, metrics, width)
        text = CardText(" · ".join(corner), title, " · ".join(details), overdue, progress)
        text.details_lines = self._details_lines(measure.code, text, metrics, width)
        return text

    def _details_lines(self, code: str, text: CardText, metrics: CardMetrics, width: int) -> int:
        if not text.details and not text.overdue:
            return 0
        widths = self._word_widths.setdefault("small:" + metrics.title_font, {})

        def advance(words: str, font: QFontMetrics) -> int:
            found = widths.get(words)
            if found is None:
                found = widths[words] = font.horizontalAdvance(words)
            return found

        gap = advance("  ", metrics.small)
        details = advance(text.details, metrics.small) if text.details else 0
        overdue = advance(self.overdue_word(), metrics.small) * 11 // 10 if text.overdue else 0
        beside = details + overdue + (gap if details and overdue else 0)
        # Beside the code the corner gives way (elided): the code's letters and the band's
        # colour name the dimension too, and a lane keeps its four cards.
        if advance(code, metrics.code) + gap + beside <= width:
            return 0
        return 1 if beside <= width else 2

    @staticmethod
    def overdue_word() -> str:
        return "⚠ " + QCoreApplication.translate("CardDelegate", "Overdue")

    def _wrapped(self, title: str, metrics: CardMetrics, width: int) -> list[str]:
        key = (title, metrics.title_font, width, self.style.title_lines)
        found = self._titles.get(key)
        if found is None:
            if len(self._titles) > 50_000:  # titles edited over a long day: start again
                self._titles.clear()
            widths = self._word_widths.setdefault(metrics.title_font, {})
            lines = wrap_title(title, metrics.title, width, self.style.title_lines, widths)
            found = self._titles[key] = lines
        return found

    def _text_of(self, index: Index, metrics: CardMetrics, card_width: int) -> CardText | None:
        measure: Measure | None = index.data(RECORD_ROLE)
        if measure is None:
            return None
        owner = index.data(OWNER_ROLE) or ""
        overdue = bool(index.data(OVERDUE_ROLE))
        return self.card_text(measure, owner, overdue, metrics, self.text_width(card_width))

    # -- geometry --------------------------------------------------------------------------

    def height_of(self, text: CardText | None, metrics: CardMetrics) -> int:
        """A card's height; without a text, one with a two-line title and a progress bar."""
        lines = len(text.title) if text is not None else 2
        height = 2 * MARGIN + 2 * self.style.padding + metrics.first_line
        height += lines * metrics.title.lineSpacing()
        if text is not None:
            height += text.details_lines * metrics.small.height()
        if text is None or text.progress is not None:
            height += metrics.bar_gap + metrics.bar
        return height

    def card_height(self, base: QFont) -> int:
        """The height of a card with a two-line title (an empty cell keeps room for one)."""
        return self.height_of(None, self.metrics(base))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = self.metrics(option.font)
        measure: Measure | None = index.data(RECORD_ROLE) if index.isValid() else None
        if measure is None:
            return QSize(self.card_width, self.height_of(None, metrics))
        # Asked for every card at every width a view tries: the title's lines and the
        # details' widths are kept by the delegate, so this stays cheap.
        owner = index.data(OWNER_ROLE) or ""
        overdue = bool(index.data(OVERDUE_ROLE))
        text = self.card_text(measure, owner, overdue, metrics, self.text_width(self.card_width))
        return QSize(self.card_width, self.height_of(text, metrics))

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        measure: Measure | None = index.data(RECORD_ROLE)
        metrics = self.metrics(option.font)
        text = self._text_of(index, metrics, option.rect.width())
        if measure is None or text is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        foreground = self._paint_card(painter, option, card, measure, text.overdue)
        style = self.style
        inner = card.adjusted(style.band + style.padding, style.padding, -style.padding, 0)
        code_font, title_font, small_font = style.fonts(option.font)
        y = inner.top()
        # line 1: the code; beside it the dimension in words and the per cent done
        painter.setPen(foreground)
        painter.setFont(code_font)
        code_width = metrics.code.horizontalAdvance(measure.code)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            QRect(inner.left(), y, code_width + 2, metrics.first_line),
            Qt.AlignmentFlag.AlignLeft | middle,
            measure.code,
        )
        painter.setFont(small_font)
        gap = metrics.small.horizontalAdvance("  ")
        corner = QRect(
            inner.left() + code_width + gap, y, inner.width() - code_width - gap, metrics.first_line
        )
        if text.details_lines == 0 and (text.details or text.overdue):
            corner = self._paint_details(
                painter, text.details, text.overdue, corner, small_font, foreground, 0
            )
        painter.setFont(small_font)
        painter.setPen(foreground)
        painter.drawText(
            corner,
            Qt.AlignmentFlag.AlignRight | middle,
            metrics.small.elidedText(text.corner, Qt.TextElideMode.ElideRight, corner.width()),
        )
        y += metrics.first_line
        # the title, whole. Flags, not the QTextOption overload: that one word-wraps again
        # wherever the drawn line comes out a pixel wider than measured, hiding a line.
        painter.setFont(title_font)
        title_height = len(text.title) * metrics.title.lineSpacing()
        painter.drawText(
            QRect(inner.left(), y, inner.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            "\n".join(text.title),
        )
        y += title_height
        if text.details_lines:
            height = text.details_lines * metrics.small.height()
            rect = QRect(inner.left(), y, inner.width(), height)
            self._paint_details(
                painter,
                text.details,
                text.overdue,
                rect,
                small_font,
                foreground,
                text.details_lines,
            )
            y += height
        if text.progress is not None:
            bar = QRect(inner.left(), y + metrics.bar_gap, inner.width(), metrics.bar)
            self._paint_progress(
                painter, bar, text.progress, dimension_color(measure.dimension), foreground
            )
        painter.restore()

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        card: QRect,
        measure: Measure,
        overdue: bool,
    ) -> QColor:
        """The card's ground, dimension band, frame and focus; returns the text colour."""
        style = self.style
        background, foreground = style.background, style.foreground
        if not style.high_contrast:
            palette: QPalette = option.palette
            background = palette.color(QPalette.ColorRole.Base)
            foreground = palette.color(QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(card, 4, 4)
        painter.setBrush(dimension_color(measure.dimension))
        painter.drawRect(QRect(card.left(), card.top(), style.band, card.height()))
        if overdue:
            frame_pen = QPen(self.overdue_color(), max(3, style.focus_frame - 1))
        else:
            frame_pen = QPen(style.border, style.frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(frame_pen)
        painter.drawRoundedRect(card, 4, 4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or option.state & QStyle.StateFlag.State_HasFocus:
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
        return foreground

    def overdue_color(self) -> QColor:
        return QColor(OVERDUE_COLOR_HIGH_CONTRAST if self.style.high_contrast else OVERDUE_COLOR)

    def _paint_details(
        self,
        painter: QPainter,
        details: str,
        overdue: bool,
        rect: QRect,
        font: QFont,
        foreground: QColor,
        lines: int,
    ) -> QRect:
        """The details and the overdue word: beside the code (``lines`` 0: right-aligned, the
        word last), on one line (the word at the right), or the word on a line of its own.
        Returns what is left of the line, left of what was drawn."""
        metrics = QFontMetrics(font)
        middle = Qt.AlignmentFlag.AlignVCenter
        line = QRect(
            rect.left(), rect.top(), rect.width(), rect.height() if lines == 0 else metrics.height()
        )
        if overdue:
            word = self.overdue_word()
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(self.overdue_color())
            if lines == 2:
                below = line.translated(0, metrics.height())
                painter.drawText(below, Qt.AlignmentFlag.AlignLeft | middle, word)
            else:
                painter.drawText(line, Qt.AlignmentFlag.AlignRight | middle, word)
                used = QFontMetrics(bold).horizontalAdvance(word) + metrics.horizontalAdvance("  ")
                line = line.adjusted(0, 0, -used, 0)
        painter.setFont(font)
        painter.setPen(foreground)
        if lines == 0:
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | middle, details)
            used = metrics.horizontalAdvance(details + "  ") if details else 0
            return line.adjusted(0, 0, -used, 0)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | middle,
            metrics.elidedText(details, Qt.TextElideMode.ElideRight, max(0, line.width())),
        )
        return line

    @staticmethod
    def _paint_progress(
        painter: QPainter, bar: QRect, progress: int, color: QColor, foreground: QColor
    ) -> None:
        painter.setPen(QPen(foreground, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * progress / 100))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(filled)


__all__ = ["CardDelegate", "CardStyle", "shown_progress", "wrap_title"]
