"""Where each box of the organisation chart goes, and a grid to find the boxes in a rectangle.

Plain Python over the one unit tree (:class:`fredapp.core.tree.UnitTree`), so the chart shows
the units in the tree's order. Top-down, a unit whose shown children have none of their own
stacks them in a column below it (as the seed's slides list teams), so a wide organisation
stays readable; otherwise children stand side by side with their parent centred above. Left to
right, every level is a column. A collapsed unit hides what is below it.

Boxes are found by a grid of cells (:meth:`ChartLayout.boxes_in`): painting asks only for what
is in view, so 10,000 units cost what the few hundred on screen cost.
"""

from __future__ import annotations

import gc
import math
import uuid
from collections.abc import Callable, Hashable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is imported when the chart is first drawn far out, not at start-up
    import numpy as np

from fredapp.core.tree import TreeUnit, UnitTree

WIDTH = 210.0  # a box, in scene units (pixels at 100 %)
LINE = 16.0  # one line of text in a box
PAD = 8.0
H_GAP = 28.0  # between side-by-side boxes
V_GAP = 44.0  # between a parent and its children's row
STACK_GAP = 14.0  # between boxes stacked in a column
INDENT = 24.0  # a stacked column sits this far right of its parent
CELL = 1024.0  # the grid's cell
WRAP_FROM = 4  # children (each a column) from which they may stand in rows
TRUNK = 20.0  # room left of wrapped rows for the line down to them

TOP_DOWN, LEFT_RIGHT = "top-down", "left-right"
Segment = tuple[float, float, float, float]


@dataclass(slots=True)
class Box:
    unit_id: uuid.UUID
    x: float
    y: float
    width: float
    height: float
    depth: int
    children: int  # the unit's children, shown or not
    collapsed: bool

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)


@dataclass
class ChartLayout:
    boxes: list[Box] = field(default_factory=list)  # in the tree's order
    segments: list[Segment] = field(default_factory=list)  # the lines to parents
    width: float = 0.0
    height: float = 0.0
    by_id: dict[uuid.UUID, Box] = field(default_factory=dict)
    _box_cells: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    _line_cells: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    _gridded: bool = False
    _box_array: np.ndarray[Any, Any] | None = None
    _segment_array: np.ndarray[Any, Any] | None = None
    kind_cache: tuple[int, np.ndarray[Any, Any]] | None = None  # see painting.ChartPainter

    def index(self) -> None:
        self.by_id = {box.unit_id: box for box in self.boxes}
        self._gridded = False  # the grid is made when first asked: far out, nothing asks
        if self.boxes:
            self.width = max(box.x + box.width for box in self.boxes)
            self.height = max(box.y + box.height for box in self.boxes)

    def _grid(self) -> None:
        if self._gridded:
            return
        self._gridded = True
        for number, box in enumerate(self.boxes):
            _enter(self._box_cells, number, box.x, box.y, box.x + box.width, box.y + box.height)
        for number, (x1, y1, x2, y2) in enumerate(self.segments):
            _enter(self._line_cells, number, min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))

    def box_array(self) -> np.ndarray[Any, Any]:
        """Every box as a row (x, y, width, height), for drawing thousands at once."""
        import numpy as np

        if self._box_array is None:
            self._box_array = np.array(
                [(b.x, b.y, b.width, b.height) for b in self.boxes], dtype=float
            ).reshape(-1, 4)
        return self._box_array

    def segment_array(self) -> np.ndarray[Any, Any]:
        import numpy as np

        if self._segment_array is None:
            self._segment_array = np.array(self.segments, dtype=float).reshape(-1, 4)
        return self._segment_array

    def boxes_in(self, left: float, top: float, right: float, bottom: float) -> list[Box]:
        """The boxes touching the rectangle, in the tree's order."""
        self._grid()
        found = _found(self._box_cells, left, top, right, bottom)
        boxes = [self.boxes[number] for number in sorted(found)]
        return [
            box
            for box in boxes
            if box.x <= right and box.x + box.width >= left and box.y <= bottom
            if box.y + box.height >= top
        ]

    def segments_in(self, left: float, top: float, right: float, bottom: float) -> list[Segment]:
        self._grid()
        return [self.segments[n] for n in _found(self._line_cells, left, top, right, bottom)]

    def box_at(self, x: float, y: float) -> Box | None:
        for box in self.boxes_in(x, y, x, y):
            if box.contains(x, y):
                return box
        return None


def _cells(left: float, top: float, right: float, bottom: float) -> Iterable[tuple[int, int]]:
    for i in range(int(left // CELL), int(right // CELL) + 1):
        for j in range(int(top // CELL), int(bottom // CELL) + 1):
            yield (i, j)


def _enter(
    cells: dict[tuple[int, int], list[int]],
    number: int,
    left: float,
    top: float,
    right: float,
    bottom: float,
) -> None:
    for cell in _cells(left, top, right, bottom):
        cells.setdefault(cell, []).append(number)


def _found(
    cells: dict[tuple[int, int], list[int]], left: float, top: float, right: float, bottom: float
) -> set[int]:
    found: set[int] = set()
    for cell in _cells(left, top, right, bottom):
        found.update(cells.get(cell, ()))
    return found


def lay_out[U: TreeUnit](
    tree: UnitTree[U],
    collapsed: AbstractSet[Hashable],
    lines: Callable[[U], int],
    orientation: str = TOP_DOWN,
) -> ChartLayout:
    """The boxes of ``tree``'s shown units; ``lines(unit)`` is the number of text lines its box
    holds (a long name wraps, never cut)."""
    # Thousands of small objects at once: the collector's passes over them cost more than the
    # layout itself, and nothing made here forms a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Planner(_walk(tree, collapsed, lines), tree.roots(), orientation).place()
    finally:
        if collecting:
            gc.enable()


def _walk[U: TreeUnit](
    tree: UnitTree[U], collapsed: AbstractSet[Hashable], lines: Callable[[U], int]
) -> _Walk[U]:
    walk = _Walk[U]()
    stack = [(unit, 0) for unit in reversed(tree.roots())]
    while stack:  # a walk, not recursion: a damaged chain of 10,000 units stays a walk
        unit, depth = stack.pop()
        key = id(unit)
        walk.order.append(unit)
        walk.depth[key] = depth
        children = tree.children(unit.id)
        walk.count[key] = len(children)
        closed = unit.id in collapsed
        walk.closed[key] = closed
        walk.shown[key] = [] if closed else children
        walk.height[key] = lines(unit) * LINE + 2 * PAD
        if not closed:
            stack.extend((child, depth + 1) for child in reversed(children))
    return walk


class _Walk[U]:
    """The shown units in the tree's order, with what the planner asks of each."""

    def __init__(self) -> None:
        self.order: list[U] = []
        # By id(unit): the units need not be hashable, and ints hash fast (UUIDs do not).
        self.depth: dict[int, int] = {}
        self.count: dict[int, int] = {}  # children, shown or not
        self.closed: dict[int, bool] = {}
        self.shown: dict[int, list[U]] = {}
        self.height: dict[int, float] = {}


class _Planner[U: TreeUnit]:
    """Sizes bottom-up (each subtree's span, where its box's centre sits in it, where its
    children's row starts), then places top-down, then draws the lines between placed boxes."""

    def __init__(self, walk: _Walk[U], roots: list[U], orientation: str) -> None:
        self.walk, self.roots = walk, roots
        self.shown, self.heights = walk.shown, walk.height
        self.top_down = orientation == TOP_DOWN
        self.gap = H_GAP if self.top_down else STACK_GAP
        self.span: dict[int, float] = {}  # a subtree's breadth
        self.anchor: dict[int, float] = {}  # its box's centre, from the subtree's start
        self.row_start: dict[int, float] = {}  # its children's row, from the same start
        self.stacked: set[int] = set()
        # Units whose children (columns) wrap into rows: each row's children with their
        # offsets across, and each row's offset down from the children's level.
        self.rows: dict[int, list[list[tuple[U, float]]]] = {}
        self.row_down: dict[int, list[float]] = {}
        self.boxes: dict[int, Box] = {}
        self.level_start: list[float] = []

    def place(self) -> ChartLayout:
        self._measure()
        layout = ChartLayout()
        offset = 0.0
        for root in self.roots:
            self._position(root, offset, layout)
            offset += self.span[id(root)] + self.gap
        for unit in self.walk.order:
            if id(unit) in self.rows:
                self._connect_rows(unit, layout)
            elif self.shown[id(unit)] and id(unit) not in self.stacked:
                self._connect(self.boxes[id(unit)], self.shown[id(unit)], layout)
        layout.index()
        return layout

    def _breadth(self, unit: U) -> float:
        return WIDTH if self.top_down else self.heights[id(unit)]

    def _measure(self) -> None:
        level_size: dict[int, float] = {}
        for unit in reversed(self.walk.order):  # children before parents
            key = id(unit)
            depth = self.walk.depth[key]
            along = self.heights[key] if self.top_down else WIDTH
            level_size[depth] = max(level_size.get(depth, 0.0), along)
            children = self.shown[key]
            breadth = self._breadth(unit)
            self.row_start[key] = 0.0
            if not children:
                self.span[key], self.anchor[key] = breadth, breadth / 2
                continue
            if self.top_down and all(not self.shown[id(child)] for child in children):
                self.stacked.add(key)
                self.span[key], self.anchor[key] = WIDTH + INDENT, WIDTH / 2
                continue
            if self.top_down and self._wrap(unit, children):
                continue
            spans = [self.span[id(child)] for child in children]
            total = sum(spans) + self.gap * (len(children) - 1)
            first = self.anchor[id(children[0])]
            last = total - spans[-1] + self.anchor[id(children[-1])]
            row = 0.0
            middle = (first + last) / 2
            if middle < breadth / 2:  # the box would stick out before its children
                row = breadth / 2 - middle
                middle = breadth / 2
            self.row_start[key] = row
            self.anchor[key] = middle
            self.span[key] = max(row + total, middle + breadth / 2)
        start = 0.0
        for depth in range(max(level_size, default=-1) + 1):
            self.level_start.append(start)
            start += level_size.get(depth, 0.0) + V_GAP

    def _position(self, root: U, start: float, layout: ChartLayout) -> None:
        # (unit, where its subtree starts, how far below its level it stands)
        stack: list[tuple[U, float, float]] = [(root, start, 0.0)]
        while stack:
            unit, begin, down = stack.pop()
            left = begin + self.anchor[id(unit)] - self._breadth(unit) / 2
            box = self._box(unit, left, layout, down)
            children = self.shown[id(unit)]
            if id(unit) in self.stacked:
                self._stack(box, children, layout)
                continue
            at = begin + self.row_start[id(unit)]
            placed: list[tuple[U, float, float]] = []
            if id(unit) in self.rows:
                for row, row_down in zip(self.rows[id(unit)], self.row_down[id(unit)], strict=True):
                    placed.extend((child, at + across, row_down) for child, across in row)
            else:
                for child in children:
                    placed.append((child, at, 0.0))
                    at += self.span[id(child)] + self.gap
            stack.extend(reversed(placed))

    def _box(self, unit: U, breadth_at: float, layout: ChartLayout, down: float = 0.0) -> Box:
        depth = self.walk.depth[id(unit)]
        depth_at = self.level_start[depth] + down
        x, y = (breadth_at, depth_at) if self.top_down else (depth_at, breadth_at)
        box = Box(
            unit.id,  # type: ignore[arg-type]
            x,
            y,
            WIDTH,
            self.heights[id(unit)],
            depth,
            self.walk.count[id(unit)],
            self.walk.closed[id(unit)],
        )
        layout.boxes.append(box)
        self.boxes[id(unit)] = box
        return box

    def _column_height(self, unit: U) -> float:
        """A unit and the column stacked below it, from its top to the last box's bottom."""
        height = self.heights[id(unit)]
        below = self.shown[id(unit)]
        if below:
            height += STACK_GAP * 2 + sum(self.heights[id(c)] + STACK_GAP for c in below)
            height -= STACK_GAP
        return height

    def _wrap(self, unit: U, children: list[U]) -> bool:
        """Many children that are each a column (a unit alone, or with its teams stacked below
        it) stand in rows rather than one long row, so the chart is about as tall as wide (the
        seed: a staff's six units in two rows of three). False when they stay in one row."""
        if len(children) < WRAP_FROM:
            return False
        if any(self.shown[id(c)] and id(c) not in self.stacked for c in children):
            return False
        heights = [self._column_height(child) for child in children]
        column = WIDTH + INDENT + self.gap
        per_row = max(
            2, math.ceil(math.sqrt(len(children) * (sum(heights) / len(heights) + V_GAP) / column))
        )
        if per_row >= len(children):
            return False
        key = id(unit)
        rows: list[list[tuple[U, float]]] = []
        downs: list[float] = []
        down = 0.0
        widest = 0.0
        for first in range(0, len(children), per_row):
            row = children[first : first + per_row]
            across = 0.0
            placed = []
            for child in row:
                placed.append((child, across))
                across += self.span[id(child)] + self.gap
            widest = max(widest, across - self.gap)
            rows.append(placed)
            downs.append(down)
            down += max(heights[first : first + per_row]) + V_GAP
        self.rows[key], self.row_down[key] = rows, downs
        breadth = self._breadth(unit)
        self.row_start[key] = TRUNK  # room left of the rows for the line down to them
        self.anchor[key] = TRUNK + max(widest, breadth) / 2
        self.span[key] = TRUNK + max(widest, breadth)
        return True

    def _stack(self, box: Box, children: list[U], layout: ChartLayout) -> None:
        """Leaves in a column below their parent, joined by a line down its left side."""
        y = box.y + box.height + STACK_GAP * 2
        spine = box.x + INDENT / 2
        last = y
        for child in children:
            child_box = self._box(child, 0.0, layout)
            child_box.x, child_box.y = box.x + INDENT, y
            middle = y + child_box.height / 2
            layout.segments.append((spine, middle, child_box.x, middle))
            last = middle
            y += child_box.height + STACK_GAP
        layout.segments.append((spine, box.y + box.height, spine, last))

    def _connect_rows(self, unit: U, layout: ChartLayout) -> None:
        """Rows of children: from the parent down to the first row's bus, a trunk left of the
        rows down to each later row's bus, and from each bus down to its children."""
        box = self.boxes[id(unit)]
        px = box.x + box.width / 2
        rows = self.rows[id(unit)]
        first_box = self.boxes[id(rows[0][0][0])]
        trunk = first_box.x - TRUNK / 2
        buses = []
        for number, row in enumerate(rows):
            children = [self.boxes[id(child)] for child, _across in row]
            top = min(child.y for child in children)
            bus = top - V_GAP / 2
            buses.append(bus)
            xs = [child.x + child.width / 2 for child in children]
            ends = [*xs, trunk, *([px] if number == 0 else [])]
            layout.segments.append((min(ends), bus, max(ends), bus))
            layout.segments.extend((x, bus, x, c.y) for x, c in zip(xs, children, strict=True))
        layout.segments.append((px, box.y + box.height, px, buses[0]))
        layout.segments.append((trunk, buses[0], trunk, buses[-1]))

    def _connect(self, box: Box, children: list[U], layout: ChartLayout) -> None:
        """A line from the parent to a bus halfway to its children, and one to each child."""
        boxes = [self.boxes[id(child)] for child in children]
        if self.top_down:
            bus = box.y + box.height + V_GAP / 2
            px = box.x + box.width / 2
            xs = [child.x + child.width / 2 for child in boxes]
            layout.segments.append((px, box.y + box.height, px, bus))
            layout.segments.append((min([*xs, px]), bus, max([*xs, px]), bus))
            layout.segments.extend((x, bus, x, child.y) for x, child in zip(xs, boxes, strict=True))
        else:
            bus = box.x + box.width + V_GAP / 2
            py = box.y + box.height / 2
            ys = [child.y + child.height / 2 for child in boxes]
            layout.segments.append((box.x + box.width, py, bus, py))
            layout.segments.append((bus, min([*ys, py]), bus, max([*ys, py])))
            layout.segments.extend((bus, y, child.x, y) for y, child in zip(ys, boxes, strict=True))
