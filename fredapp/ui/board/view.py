"""The board: one list view of cards per column and swimlane, over :class:`CellProxy` models.

Item views keep every card readable by screen readers (a list with one named item per card).
Cards move by drag and drop between the lists, or by keyboard: Ctrl+Left/Right to the
neighbouring column, Ctrl+Up/Down to the other swimlane. The board only *asks* for a move
(:attr:`BoardGrid.move_requested`); the tab plans it through the service and the undo stack.
Each lane keeps room for four whole cards in every column; where the window is too low for
all lanes, :class:`BoardScroll` lets the board scroll, and the card in focus is scrolled to.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from fredapp.core.calc.measures import MeasureFilter
from fredapp.ui.board.cards import MIME_TYPE, CardListView, decode_ids, encode_ids
from fredapp.ui.board.delegate import CardStyle, wrap_title
from fredapp.ui.board.model import CellProxy, MeasureTableModel

CARDS_PER_LANE = 4  # a swimlane keeps room for this many cards in each column
LANE_HEADER_ROOM = 20  # beside a lane name's longest word: the header's padding, and slack
HEADER_ROOM = 16  # a column header's padding (presentation mode's style sheet), and slack


@dataclass(frozen=True)
class Axis:
    """The columns (or the swimlanes): which field, and its values with their labels."""

    field: str
    values: tuple[str, ...]
    names: tuple[str, ...]


class BoardGrid(QWidget):
    """Column headers, swimlane headers and one :class:`CardListView` per cell."""

    move_requested = Signal(list, str, str, str, str)  # ids, column field/value, lane field/value
    open_requested = Signal(object)

    def __init__(
        self,
        model: MeasureTableModel,
        columns: Axis,
        lanes: Axis,
        measure_filter: MeasureFilter,
        style: CardStyle | None = None,
        header_font: QFont | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.columns = columns
        self.lanes = lanes
        self._read_only = False
        self.views: dict[tuple[int, int], CardListView] = {}
        self._lane_timer = QTimer(self, singleShot=True, interval=0)
        self._lane_timer.timeout.connect(self.update_lane_heights)
        self._header_timer = QTimer(self, singleShot=True, interval=0)
        self._header_timer.timeout.connect(self.fit_headers)
        self.column_headers: list[QLabel] = []
        self.lane_headers: list[QLabel] = []
        layout = QGridLayout(self)
        self.grid_layout = layout
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for c, name in enumerate(columns.names):
            header = QLabel(name)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setObjectName("boardColumnHeader")
            header.setWordWrap(True)  # a long dimension name wraps; the columns stay equal
            header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            if header_font is not None:
                header.setFont(header_font)
            self.column_headers.append(header)
            layout.addWidget(header, 0, c + 1)
            layout.setColumnStretch(c + 1, 1)
        for lane, lane_name in enumerate(lanes.names):
            header = QLabel(lane_name)
            header.setObjectName("boardLaneHeader")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            if header_font is not None:
                header.setFont(header_font)
            self.lane_headers.append(header)
            layout.addWidget(header, lane + 1, 0)
            layout.setRowStretch(lane + 1, 1)
            for c, column_name in enumerate(columns.names):
                proxy = CellProxy(
                    model,
                    columns.field,
                    columns.values[c],
                    lanes.field,
                    lanes.values[lane],
                    measure_filter,
                    self,
                )
                view = CardListView(proxy, style)
                view.setAccessibleName(f"{column_name} – {lane_name}")
                view.setFrameShape(QFrame.Shape.StyledPanel)
                view.dropped.connect(lambda ids, c=c, lane=lane: self._move_to(ids, c, lane))
                view.move_requested.connect(
                    lambda ids, dc, dl, c=c, lane=lane: self._move_by(ids, c, lane, dc, dl)
                )
                view.step_requested.connect(
                    lambda dc, dl, c=c, lane=lane: self.step_focus(c, lane, dc, dl)
                )
                view.open_requested.connect(self.open_requested)
                # the column and the lane say these; the card need not say them again
                view.card_delegate.hidden = frozenset({columns.field, lanes.field})
                view.heights_changed.connect(self._lane_timer.start)
                view.selectionModel().currentChanged.connect(
                    lambda index, _old, view=view: self.reveal(view, index)
                )
                proxy.dataChanged.connect(self._lane_timer.start)
                for signal in (
                    proxy.rowsInserted,
                    proxy.rowsRemoved,
                    proxy.modelReset,
                    proxy.layoutChanged,
                ):
                    signal.connect(self.update_counts)
                self.views[(c, lane)] = view
                layout.addWidget(view, lane + 1, c + 1)
        layout.setColumnMinimumWidth(0, 24)
        self._narrow_lane_headers()
        self.update_counts()
        self.update_lane_heights()

    # -- filter and state ------------------------------------------------------------------

    def set_filter(self, measure_filter: MeasureFilter) -> None:
        for view in self.views.values():
            view.proxy.set_filter(measure_filter)
        self.update_counts()

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for view in self.views.values():
            view.read_only = read_only
            view.setDragEnabled(not read_only)
            view.setAcceptDrops(not read_only)

    def _narrow_lane_headers(self) -> None:
        """The lane names as narrow as their longest word (they wrap between words): the
        width goes to the cards, whose titles then take fewer lines."""
        widest = 0
        for header in self.lane_headers:
            metrics = QFontMetrics(header.font())
            words = header.text().split() or [""]
            widest = max(widest, *(metrics.horizontalAdvance(word) for word in words))
        for header in self.lane_headers:
            header.setFixedWidth(widest + LANE_HEADER_ROOM)

    def update_lane_heights(self) -> None:
        """Each lane keeps room for its first CARDS_PER_LANE cards in every column; what the
        window lacks for that, the scroll area around the board makes up."""
        for lane in range(len(self.lanes.values)):
            views = [self.views[(c, lane)] for c in range(len(self.columns.values))]
            height = max(view.height_for_cards(CARDS_PER_LANE) for view in views)
            self.grid_layout.setRowMinimumHeight(lane + 1, height)

    def reveal(self, view: CardListView, index: QModelIndex) -> None:
        """Scroll the board (if it scrolls) so that the card at ``index`` shows."""
        viewport = self.parentWidget()  # a scroll area holds the board in its viewport
        area = viewport.parentWidget() if viewport is not None else None
        if not isinstance(area, QScrollArea) or not index.isValid():
            return
        rect = view.visualRect(index)
        centre = view.viewport().mapTo(self, rect.center())
        area.ensureVisible(centre.x(), centre.y(), 0, rect.height() // 2 + 4)

    def update_counts(self, *args: object) -> None:
        self._lane_timer.start()
        for c, header in enumerate(self.column_headers):
            count = sum(
                self.views[(c, lane)].proxy.rowCount() for lane in range(len(self.lanes.values))
            )
            header.setAccessibleName(f"{self.columns.names[c]} ({count})")
        self.fit_headers()

    def fit_headers(self) -> None:
        """Each column's name as its header shows it: wrapped between words by the label,
        and a word longer than the column ("Prestasjonsmåling" in large type) broken inside
        it, so no header is cut off."""
        for header in self.column_headers:
            full = header.accessibleName()
            metrics = QFontMetrics(header.font())
            width = header.contentsRect().width() - HEADER_ROOM
            if width > 0 and any(metrics.horizontalAdvance(w) > width for w in full.split()):
                header.setText("\n".join(wrap_title(full, metrics, width, 8)))
            else:
                header.setText(full)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._header_timer.start()  # after the layout has given the headers their widths

    def shown_ids(self) -> list[uuid.UUID]:
        """Every card on the board, column by column, lane by lane."""
        ids: list[uuid.UUID] = []
        for lane in range(len(self.lanes.values)):
            for c in range(len(self.columns.values)):
                proxy = self.views[(c, lane)].proxy
                ids.extend(proxy.measure(row).id for row in range(proxy.rowCount()))
        return ids

    def card_count(self) -> int:
        return sum(view.proxy.rowCount() for view in self.views.values())

    # -- focus and selection ---------------------------------------------------------------

    def current_view(self) -> CardListView | None:
        for view in self.views.values():
            if view.hasFocus():
                return view
        return None

    def current_cell(self) -> tuple[int, int] | None:
        for cell, view in self.views.items():
            if view.hasFocus():
                return cell
        return None

    def select_measure(self, measure_id: uuid.UUID, focus: bool = True) -> bool:
        for view in self.views.values():
            view.clearSelection()
        for view in self.views.values():
            if view.select_measure(measure_id):
                if focus:
                    view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def selected_ids(self) -> list[uuid.UUID]:
        view = self.current_view()
        if view is not None:
            return view.selected_ids()
        for candidate in self.views.values():
            ids = [candidate.proxy.measure(i.row()).id for i in candidate.selectedIndexes()]
            if ids:
                return ids
        return []

    def focus_first_card(self) -> bool:
        ids = self.shown_ids()
        return bool(ids) and self.select_measure(ids[0])

    def step_focus(self, column: int, lane: int, d_column: int, d_lane: int) -> None:
        """Move the focus to the nearest non-empty cell in a direction."""
        source = self.views[(column, lane)]
        row = max(0, source.currentIndex().row())
        c, lane_no = column, lane
        while True:
            c, lane_no = c + d_column, lane_no + d_lane
            if (c, lane_no) not in self.views:
                return
            target = self.views[(c, lane_no)]
            count = target.proxy.rowCount()
            if count == 0:
                continue
            if d_lane < 0:
                row = count - 1
            elif d_lane > 0:
                row = 0
            index = target.proxy.index(min(row, count - 1), 0)
            source.clearSelection()
            target.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            target.scrollTo(index)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    # -- moves -----------------------------------------------------------------------------

    def _move_to(self, ids: list[uuid.UUID], column: int, lane: int) -> None:
        if self._read_only:
            return
        self.move_requested.emit(
            ids,
            self.columns.field,
            self.columns.values[column],
            self.lanes.field,
            self.lanes.values[lane],
        )

    def _move_by(self, ids: list[uuid.UUID], column: int, lane: int, dc: int, dl: int) -> None:
        target = (column + dc, lane + dl)
        if target not in self.views:
            return
        self._move_to(ids, *target)

    def sizeHint(self) -> QSize:
        return QSize(960, 600)


class BoardScroll(QScrollArea):
    """The board in a scroll area: when its lanes need more height than the window has (four
    cards each), the board scrolls up and down; each lane's cells scroll on their own."""

    def __init__(self, board: BoardGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards take the focus, not the frame
        self.setAccessibleName(board.accessibleName() or self.tr("Measure board"))
        self.setWidget(board)

    def set_board(self, board: BoardGrid) -> QWidget | None:
        """Show ``board`` instead; returns the old one, for the caller to delete."""
        old = self.takeWidget()
        self.setWidget(board)
        return old


__all__ = [
    "MIME_TYPE",
    "Axis",
    "BoardGrid",
    "BoardScroll",
    "CardListView",
    "decode_ids",
    "encode_ids",
]
