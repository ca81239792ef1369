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

import uuid
from collections.abc import Callable, Hashable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from fredapp.core.tree import TreeUnit, UnitTree

WIDTH = 210.0  # a box, in scene units (pixels at 100 %)
LINE = 16.0  # one line of text in a box
PAD = 8.0
H_GAP = 28.0  # between side-by-side boxes
V_GAP = 44.0  # between a parent and its children's row
STACK_GAP = 10.0  # between boxes stacked in a column
INDENT = 24.0  # a stacked column sits this far right of its parent
CELL = 1024.0  # the grid's cell

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

    def index(self) -> None:
        self.by_id = {box.unit_id: box for box in self.boxes}
        for number, box in enumerate(self.boxes):
            _enter(self._box_cells, number, box.x, box.y, box.x + box.width, box.y + box.height)
        for number, (x1, y1, x2, y2) in enumerate(self.segments):
            _enter(self._line_cells, number, min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
        if self.boxes:
            self.width = max(box.x + box.width for box in self.boxes)
            self.height = max(box.y + box.height for box in self.boxes)

    def boxes_in(self, left: float, top: float, right: float, bottom: float) -> list[Box]:
        """The boxes touching the rectangle, in the tree's order."""
        found = _found(self._box_cells, left, top, right, bottom)
        boxes = [self.boxes[number] for number in sorted(found)]
        return [
            box
            for box in boxes
            if box.x <= right and box.x + box.width >= left and box.y <= bottom
            if box.y + box.height >= top
        ]

    def segments_in(self, left: float, top: float, right: float, bottom: float) -> list[Segment]:
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
    shown: dict[Hashable, list[U]] = {}
    order: list[U] = []
    stack = list(reversed(tree.roots()))
    while stack:  # a walk, not recursion: a damaged chain of 10,000 units stays a walk
        unit = stack.pop()
        order.append(unit)
        children = [] if unit.id in collapsed else tree.children(unit.id)
        shown[unit.id] = children
        stack.extend(reversed(children))
    heights = {unit.id: lines(unit) * LINE + 2 * PAD for unit in order}
    return _Planner(tree, shown, heights, collapsed, orientation).place(order)


class _Planner[U: TreeUnit]:
    """Sizes bottom-up (each subtree's span, where its box's centre sits in it, where its
    children's row starts), then places top-down, then draws the lines between placed boxes."""

    def __init__(
        self,
        tree: UnitTree[U],
        shown: dict[Hashable, list[U]],
        heights: dict[Hashable, float],
        collapsed: AbstractSet[Hashable],
        orientation: str,
    ) -> None:
        self.tree, self.shown, self.heights = tree, shown, heights
        self.collapsed, self.orientation = collapsed, orientation
        self.top_down = orientation == TOP_DOWN
        self.gap = H_GAP if self.top_down else STACK_GAP
        self.level_size: dict[int, float] = {}
        self.span: dict[Hashable, float] = {}  # a subtree's breadth
        self.anchor: dict[Hashable, float] = {}  # its box's centre, from the subtree's start
        self.row_start: dict[Hashable, float] = {}  # its children's row, from the same start
        self.stacked: set[Hashable] = set()

    def place(self, order: list[U]) -> ChartLayout:
        self._measure(order)
        layout = ChartLayout()
        offset = 0.0
        for root in self.tree.roots():
            self._position(root, offset, layout)
            offset += self.span[root.id] + self.gap
        layout.by_id = {box.unit_id: box for box in layout.boxes}
        for unit in order:
            if self.shown[unit.id] and unit.id not in self.stacked:
                self._connect(layout.by_id[unit.id], self.shown[unit.id], layout)  # type: ignore[index]
        layout.index()
        return layout

    def _breadth(self, unit: U) -> float:
        return WIDTH if self.top_down else self.heights[unit.id]

    def _measure(self, order: list[U]) -> None:
        for unit in reversed(order):  # children before parents
            depth = self.tree.depth(unit.id)
            along = self.heights[unit.id] if self.top_down else WIDTH
            self.level_size[depth] = max(self.level_size.get(depth, 0.0), along)
            children = self.shown[unit.id]
            breadth = self._breadth(unit)
            self.row_start[unit.id] = 0.0
            if not children:
                self.span[unit.id], self.anchor[unit.id] = breadth, breadth / 2
                continue
            if self.top_down and all(not self.shown[child.id] for child in children):
                self.stacked.add(unit.id)
                self.span[unit.id], self.anchor[unit.id] = WIDTH + INDENT, WIDTH / 2
                continue
            spans = [self.span[child.id] for child in children]
            total = sum(spans) + self.gap * (len(children) - 1)
            first = self.anchor[children[0].id]
            last = total - spans[-1] + self.anchor[children[-1].id]
            row = 0.0
            middle = (first + last) / 2
            if middle < breadth / 2:  # the box would stick out before its children
                row = breadth / 2 - middle
                middle = breadth / 2
            self.row_start[unit.id] = row
            self.anchor[unit.id] = middle
            self.span[unit.id] = max(row + total, middle + breadth / 2)

    def _level_start(self, depth: int) -> float:
        return sum(self.level_size.get(d, 0.0) + V_GAP for d in range(depth))

    def _position(self, root: U, start: float, layout: ChartLayout) -> None:
        stack: list[tuple[U, float]] = [(root, start)]  # (unit, where its subtree starts)
        while stack:
            unit, begin = stack.pop()
            box = self._box(unit, begin + self.anchor[unit.id] - self._breadth(unit) / 2, layout)
            children = self.shown[unit.id]
            if unit.id in self.stacked:
                self._stack(box, children, layout)
                continue
            at = begin + self.row_start[unit.id]
            placed = []
            for child in children:
                placed.append((child, at))
                at += self.span[child.id] + self.gap
            stack.extend(reversed(placed))

    def _box(self, unit: U, breadth_at: float, layout: ChartLayout) -> Box:
        depth = self.tree.depth(unit.id)
        depth_at = self._level_start(depth)
        x, y = (breadth_at, depth_at) if self.top_down else (depth_at, breadth_at)
        box = Box(
            unit.id,  # type: ignore[arg-type]
            x,
            y,
            WIDTH,
            self.heights[unit.id],
            depth,
            len(self.tree.children(unit.id)),
            unit.id in self.collapsed,
        )
        layout.boxes.append(box)
        return box

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

    def _connect(self, box: Box, children: list[U], layout: ChartLayout) -> None:
        """A line from the parent to a bus halfway to its children, and one to each child."""
        boxes = [layout.by_id[child.id] for child in children]  # type: ignore[index]
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
