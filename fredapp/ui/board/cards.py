"""A cell of the board: the list of its cards, moved by drag and drop or by keyboard.

Item views keep every card readable by screen readers (a list with one named item per card).
A list only *asks* for moves (:attr:`CardListView.move_requested`, :attr:`dropped`); the
board (:mod:`fredapp.ui.board.view`) turns them into columns and swimlanes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QMimeData, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QSizePolicy, QStyleOptionViewItem

from fredapp.ui.board.delegate import CardDelegate, CardStyle
from fredapp.ui.board.model import CellProxy

MIME_TYPE = "application/x-fredapp-measure-ids"


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
    heights_changed = Signal()  # the cards' heights changed (a new width)
    step_requested = Signal(int, int)  # plain arrows past the list's edge: (d_column, d_lane)
    move_requested = Signal(list, int, int)  # Ctrl+arrows: (ids, d_column, d_lane)
    open_requested = Signal(object)  # a measure id: Enter or double-click

    def __init__(self, proxy: CellProxy, style: CardStyle | None = None) -> None:
        super().__init__()
        self.proxy = proxy
        self.setModel(proxy)
        self.card_delegate = CardDelegate(self, style)
        self.setItemDelegate(self.card_delegate)
        self.setUniformItemSizes(False)  # a card is as tall as its title needs
        # Cards laid out in batches between events: a cell of hundreds shows its first cards
        # at once instead of measuring every title first.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(40)
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
            self.heights_changed.emit()
        super().resizeEvent(event)

    def card_heights(self, first: int | None = None) -> list[int]:
        """The heights of the cards (the ``first`` ones), each with the spacing below it."""
        option = QStyleOptionViewItem()
        option.font = self.font()
        rows = self.proxy.rowCount() if first is None else min(first, self.proxy.rowCount())
        delegate = self.card_delegate
        return [
            delegate.sizeHint(option, self.proxy.index(row, 0)).height() + self.spacing()
            for row in range(rows)
        ]

    def content_height(self) -> int:
        """The height that shows every card without scrolling."""
        return self._frame_around(self.card_heights())

    def height_for_cards(self, count: int) -> int:
        """The height that shows the first ``count`` cards whole (one empty card's room if
        there are none, so an empty cell stays a place to drop on)."""
        return self._frame_around(self.card_heights(count))

    def _frame_around(self, heights: list[int]) -> int:
        if not heights:
            option = QStyleOptionViewItem()
            option.font = self.font()
            heights = [self.card_delegate.sizeHint(option, QModelIndex()).height()]
        return sum(heights) + 2 * self.frameWidth() + 4

    def fully_visible_cards(self) -> int:
        """How many cards are drawn whole where the user can see them (within this list and
        within any scroll area around the board)."""
        viewport, window = self.viewport(), self.window()
        seen = QRect(viewport.mapTo(window, QPoint()), viewport.size())
        ancestor = viewport.parentWidget()
        while ancestor is not None and ancestor is not window:  # each one clips what it holds
            seen &= QRect(ancestor.mapTo(window, QPoint()), ancestor.size())
            ancestor = ancestor.parentWidget()
        seen &= window.rect()
        count = 0
        for row in range(self.proxy.rowCount()):
            rect = self.visualRect(self.proxy.index(row, 0))
            if seen.contains(QRect(viewport.mapTo(window, rect.topLeft()), rect.size())):
                count += 1
        return count

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
