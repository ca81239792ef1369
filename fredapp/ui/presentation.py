"""Presentation mode: the board full screen for a workshop, readable from the back of a room.

Large type scaled to the screen (the smallest text is 28 px high on a 1920 × 1080 screen and
never smaller elsewhere), white on black, no editing chrome. The arrow keys step through the
cards, Enter opens the current card large (the arrows then step from card to card, each shown
large), Esc closes the large card and then leaves. Ctrl+arrows move a card, through the undo
stack as everywhere else, unless the facilitator locks the board (L).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fredapp.core.calc.measures import MeasureFilter
from fredapp.ui import formatting, labels
from fredapp.ui.board.actions import BoardActions
from fredapp.ui.board.colors import dimension_color, text_on
from fredapp.ui.board.delegate import CardStyle
from fredapp.ui.board.model import OVERDUE_ROLE, MeasureTableModel, shown_progress
from fredapp.ui.board.view import Axis, BoardGrid, BoardScroll

MIN_TEXT_PX = 28  # at 1920 × 1080: readable from the back of a meeting room
REFERENCE = QSize(1920, 1080)


@dataclass(frozen=True)
class PresentationMetrics:
    small_px: int  # the smallest text anywhere in presentation mode
    header_px: int
    large_title_px: int

    @classmethod
    def for_size(cls, size: QSize) -> PresentationMetrics:
        scale = min(size.width() / REFERENCE.width(), size.height() / REFERENCE.height())
        small = max(MIN_TEXT_PX, round(MIN_TEXT_PX * scale))
        return cls(small_px=small, header_px=round(small * 1.3), large_title_px=round(small * 2))


# The high-contrast theme's colours (tests/ui/test_contrast.py checks every pair).
HC_BACKGROUND = "#000000"
HC_TEXT = "#FFFFFF"
HC_HEADER_BACKGROUND = "#202020"
HC_LIST_BORDER = "#808080"
HC_FOCUS = "#FFD700"
HC_COLOURS = {
    "bg": HC_BACKGROUND,
    "text": HC_TEXT,
    "header": HC_HEADER_BACKGROUND,
    "list": HC_LIST_BORDER,
    "focus": HC_FOCUS,
}

HIGH_CONTRAST_SHEET = """
QWidget#presentation, QWidget#presentation QWidget {{
    background: {bg}; color: {text};
}}
QLabel#boardColumnHeader, QLabel#boardLaneHeader {{
    background: {header}; color: {text}; padding: 6px;
}}
QListView {{ border: 2px solid {list}; }}
QListView:focus {{ border: 4px solid {focus}; }}
QFrame#largeCard {{ background: {bg}; border: 6px solid {focus}; }}
QScrollBar {{ width: {bar}px; }}
"""


def high_contrast_sheet(bar: int) -> str:
    return HIGH_CONTRAST_SHEET.format(bar=bar, **HC_COLOURS)


class PresentationWindow(QWidget):
    closed = Signal()
    move_requested = Signal(list, str, str, str, str)

    def __init__(
        self,
        model: MeasureTableModel,
        actions: BoardActions,
        columns: Axis,
        lanes: Axis,
        measure_filter: MeasureFilter,
        screen: QScreen,
        geometry: QRect | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # A window of its own; with the main window as parent it closes and goes with it.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Measures – presentation"))
        self.setAccessibleName(self.tr("Presentation of the measure board"))
        self.model = model
        self.board_actions = actions  # not `actions`: that would hide QWidget.actions()
        self.target_screen = screen
        self.target_geometry = geometry or screen.geometry()
        self.metrics = PresentationMetrics.for_size(self.target_geometry.size())
        base = QFont(self.font())
        base.setPixelSize(self.metrics.small_px)
        self.setFont(base)
        header_font = QFont(base)
        header_font.setPixelSize(self.metrics.header_px)
        header_font.setBold(True)
        self.card_style = CardStyle.high_contrast_style(self.metrics.small_px)
        self.board = BoardGrid(
            model, columns, lanes, measure_filter, self.card_style, header_font, self
        )
        self.board.move_requested.connect(self._move)
        self.board.open_requested.connect(self.open_card)
        self.setStyleSheet(high_contrast_sheet(max(16, self.metrics.small_px // 2)))
        self.title_label = QLabel(self.tr("Measures"))
        self.title_label.setFont(header_font)
        self.hint_label = QLabel(
            self.tr("Arrows: step · Enter: open · Ctrl+arrows: move · L: lock · Esc: leave")
        )
        self.lock_label = QLabel()
        self.lock_label.setAccessibleName(self.tr("Board lock"))
        # The main window's status bar is behind the full screen: what a move saved is said
        # here, for a few seconds.
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Last change"))
        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(4000)
        self._saved_timer.timeout.connect(self.saved_label.clear)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.saved_label)
        top.addWidget(self.hint_label)
        top.addWidget(self.lock_label)
        self.large_card = QFrame(self)
        self.large_card.setObjectName("largeCard")
        self.large_card.hide()
        self.large_text = QLabel()
        self.large_text.setWordWrap(True)
        self.large_text.setTextFormat(Qt.TextFormat.RichText)
        self.large_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.large_text.setAccessibleName(self.tr("Measure"))
        self.large_text.setFont(header_font)
        card_layout = QVBoxLayout(self.large_card)
        card_layout.setContentsMargins(48, 40, 48, 40)
        card_layout.addWidget(self.large_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        self.board_scroll = BoardScroll(self.board)
        layout.addWidget(self.board_scroll, 1)
        self.current_id: uuid.UUID | None = None
        lock = QAction(self)
        lock.setShortcuts([QKeySequence("L"), QKeySequence("Ctrl+L")])
        lock.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        lock.triggered.connect(self.toggle_lock)
        self.addAction(lock)
        self._show_lock()

    # -- showing ---------------------------------------------------------------------------

    def start(self) -> None:
        """Full screen on the chosen screen, the first card in focus."""
        if self.windowHandle() is None:
            self.winId()  # create the native window, so it can be placed on a screen
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(self.target_screen)
        self.setGeometry(self.target_geometry)
        self.showFullScreen()
        self.board.focus_first_card()

    def text_pixel_sizes(self) -> dict[str, int]:
        """The pixel height of every text presentation mode draws, by where it is drawn."""
        sizes = {
            f"card font {i}": px for i, px in enumerate(self.card_style.pixel_sizes(self.font()))
        }
        for widget in [self, *self.findChildren(QWidget)]:
            if isinstance(widget, QLabel) or widget is self:
                sizes[f"{type(widget).__name__} {widget.objectName() or id(widget)}"] = (
                    widget.font().pixelSize()
                )
        for name, px in self._large_card_sizes().items():
            sizes[name] = px
        return sizes

    def _large_card_sizes(self) -> dict[str, int]:
        return {"large title": self.metrics.large_title_px, "large text": self.metrics.header_px}

    def _move(self, ids: list[uuid.UUID], *where: str) -> None:
        """Ask for the move, then keep the moved card in focus where it landed."""
        if self.locked or not ids:
            return
        self.move_requested.emit(ids, *where)
        self.board.select_measure(ids[0])

    def show_saved(self, text: str) -> None:
        """Say what an operation saved (moved here or anywhere else), for a few seconds."""
        if text:
            self.saved_label.setText(text)
            self._saved_timer.start()

    # -- locking ---------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.board.read_only

    def toggle_lock(self) -> None:
        self.set_locked(not self.locked)

    def set_locked(self, locked: bool) -> None:
        self.board.set_read_only(locked)
        self._show_lock()

    def _show_lock(self) -> None:
        self.lock_label.setText(
            "  🔒 " + self.tr("Locked") if self.locked else "  " + self.tr("Moves allowed")
        )

    # -- the large card --------------------------------------------------------------------

    @property
    def card_open(self) -> bool:
        return self.large_card.isVisible()

    def open_card(self, measure_id: uuid.UUID) -> None:
        row = self.model.row_of(measure_id)
        if row is None:
            return
        self.current_id = measure_id
        measure = self.model.record(row)
        color = dimension_color(measure.dimension)
        owner = self.model.owner_name(measure)
        due = formatting.date(measure.due_date) if measure.due_date else "–"
        overdue = bool(self.model.index(row, 0).data(OVERDUE_ROLE))
        details = [
            (self.tr("Status"), labels.measure_status(measure.status)),
            (self.tr("Level"), labels.measure_level(measure.level)),
            (self.tr("Owner"), owner or "–"),
            (self.tr("Due"), due + (" ⚠ " + self.tr("Overdue") if overdue else "")),
            (self.tr("Effect / effort"), f"{measure.effect} / {measure.effort}"),
        ]
        progress = shown_progress(measure)
        if progress is not None:  # a done measure: its status says it (no "0 %")
            details.insert(4, (self.tr("Progress"), f"{progress} %"))
        linked = self.model.link_names(measure.id)
        if linked:
            details.append((self.tr("Changes"), ", ".join(linked)))
        rows = "".join(
            f"<tr><td style='padding-right:24px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
            for k, v in details
        )
        notes = f"<p>{escape(measure.notes)}</p>" if measure.notes else ""
        px = self.metrics
        self.large_text.setText(
            f"<div style='font-size:{px.header_px}px'>"
            f"<span style='background:{color.name()}; color:{text_on(color).name()};'>"
            f"&nbsp;{escape(measure.dimension)} – {escape(labels.dimension(measure.dimension))}"
            f"&nbsp;</span>"
            f"<p style='font-size:{px.large_title_px}px'><b>{escape(measure.code)}</b> "
            f"{escape(measure.title)}</p>"
            f"<table style='font-size:{px.header_px}px'>{rows}</table>{notes}</div>"
        )
        self.large_text.setAccessibleDescription(self.model.card_text(measure))
        margin_x, margin_y = self.width() // 10, self.height() // 10
        self.large_card.setGeometry(
            margin_x, margin_y, self.width() - 2 * margin_x, self.height() - 2 * margin_y
        )
        self.large_card.show()
        self.large_card.raise_()
        self.large_card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.large_card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.board.select_measure(measure_id, focus=False)

    def close_card(self) -> None:
        self.large_card.hide()
        if self.current_id is not None:
            self.board.select_measure(self.current_id)

    def step_card(self, step: int) -> None:
        ids = self.board.shown_ids()
        if not ids:
            return
        position = ids.index(self.current_id) if self.current_id in ids else -step
        self.open_card(ids[(position + step) % len(ids)])

    # -- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.card_open:
            if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
                self.step_card(1)
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
                self.step_card(-1)
            elif key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.close_card()
            else:
                super().keyPressEvent(event)
                return
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.board.focus_first_card()  # nothing had the focus: start at the first card
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
