"""The board: one list view of cards per column and swimlane, over :class:`CellProxy` models.

Item views keep every card readable by screen readers (a list with one named item per card).
Cards move by drag and drop between the lists, or by keyboard: Ctrl+Left/Right to the
neighbouring column, Ctrl+Up/Down to the other swimlane. The board only *asks* for a move
(:attr:`BoardGrid.move_requested`); the tab plans it through the service and the undo stack.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QStyleOptionViewItem,
    QWidget,
)

from fredapp.core.calc.measures import MeasureFilter
from fredapp.ui.board.delegate import CardDelegate, CardStyle
from fredapp.ui.board.model import CellProxy, MeasureTableModel

MIME_TYPE = "application/x-fredapp-measure-ids"


@dataclass(frozen=True)
class Axis:
    """The columns (or the swimlanes): which field, and its values with their labels."""

    field: str
    values: tuple[str, ...]
    names: tuple[str, ...]


def encode_ids(ids: Sequence[uuid.UUID]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, " ".join(str(i) for i in ids).encode("ascii"))
    data.setText(" ".join(str(i) for i in ids))
    return data


def decode_ids(data: QMimeData) -> list[uuid.UUID]:
    if not data.hasFormat(MIME_TYPE):
        return []
    raw = bytes(data.data(MIME_TYPE).data()).decode("ascii", errors="replace")
    ids = []
    for part in raw.split():
        try:
            ids.append(uuid.UUID(part))
        except ValueError:
            continue
    return ids


class CardListView(QListView):
    """The cards of one cell; asks the grid for moves and for focus changes."""

    dropped = Signal(list)  # measure ids dropped here
    step_requested = Signal(int, int)  # plain arrows past the list's edge: (d_column, d_lane)
    move_requested = Signal(list, int, int)  # Ctrl+arrows: (ids, d_column, d_lane)
    open_requested = Signal(object)  # a measure id: Enter or double-click

    def __init__(self, proxy: CellProxy, style: CardStyle | None = None) -> None:
        super().__init__()
        self.proxy = proxy
        self.setModel(proxy)
        self.card_delegate = CardDelegate(self, style)
        self.setItemDelegate(self.card_delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.read_only = False
        self.doubleClicked.connect(self._open_index)

    # -- what is selected ------------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [self.proxy.measure(row).id for row in rows]

    def select_measure(self, measure_id: uuid.UUID) -> bool:
        row = self.proxy.row_of(measure_id)
        if row is None:
            return False
        index = self.proxy.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.proxy.measure(index.row()).id)

    # -- size ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = max(120, self.viewport().width() - 2)
        if width != self.card_delegate.card_width:
            self.card_delegate.card_width = width
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)

    def content_height(self) -> int:
        """The height that shows every card without scrolling."""
        option = QStyleOptionViewItem()
        option.font = self.font()
        per_card = self.card_delegate.sizeHint(option, QModelIndex()).height() + self.spacing()
        return max(per_card, per_card * self.proxy.rowCount()) + 2 * self.frameWidth() + 4

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        directions: dict[int, tuple[int, int]] = {  # event.key() is a plain int
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in directions and ctrl:
            ids = self.selected_ids()
            if ids and not self.read_only:
                self.move_requested.emit(ids, *directions[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            event.accept()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(*directions[key])
            event.accept()
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        last = self.proxy.rowCount() - 1
        if key == Qt.Key.Key_Up and row <= 0:
            self.step_requested.emit(0, -1)
            event.accept()
            return
        if key == Qt.Key.Key_Down and row >= last:
            self.step_requested.emit(0, 1)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- drag and drop ---------------------------------------------------------------------

    def startDrag(self, supported: Qt.DropAction) -> None:
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        drag = QDrag(self)
        drag.setMimeData(encode_ids(ids))
        index = self.currentIndex()
        if index.isValid():
            rect = self.visualRect(index)
            pixmap = QPixmap(rect.size())
            pixmap.fill(Qt.GlobalColor.transparent)
            self.viewport().render(pixmap, QPoint(), rect)
            drag.setPixmap(pixmap)
        drag.exec(Qt.DropAction.MoveAction)

    def _accepts(self, data: QMimeData | None) -> bool:
        return data is not None and data.hasFormat(MIME_TYPE) and not self.read_only

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event.mimeData()):
            event.ignore()
            return
        ids = decode_ids(event.mimeData())
        event.setDropAction(Qt.DropAction.CopyAction)  # the source view must not remove rows
        event.accept()
        if ids:
            self.dropped.emit(ids)


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
                proxy.rowsInserted.connect(self.update_counts)
                proxy.rowsRemoved.connect(self.update_counts)
                proxy.modelReset.connect(self.update_counts)
                proxy.layoutChanged.connect(self.update_counts)
                self.views[(c, lane)] = view
                layout.addWidget(view, lane + 1, c + 1)
        layout.setColumnMinimumWidth(0, 24)
        self.update_counts()

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

    def update_counts(self, *args: object) -> None:
        for c, header in enumerate(self.column_headers):
            count = sum(
                self.views[(c, lane)].proxy.rowCount() for lane in range(len(self.lanes.values))
            )
            header.setText(f"{self.columns.names[c]} ({count})")
            header.setAccessibleName(header.text())

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
