"""Where the chart puts its boxes: never on top of each other, children beyond their parent,
the tree's order, a closed branch hidden, both orientations, damaged chains walked."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

import pytest

from fredapp.core.tree import UnitTree
from fredapp.ui.orgchart.layout import LEFT_RIGHT, TOP_DOWN, ChartLayout, lay_out


@dataclass(eq=False)
class Node:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    sort_order: int
    lines: int


def organisation(count: int, seed: int) -> list[Node]:
    rng = random.Random(seed)
    root = Node(uuid.uuid4(), None, 0, 3)
    units, level = [root], [root]
    while len(units) < count:
        below = []
        for parent in level:
            for order in range(rng.randint(0, 7)):
                if len(units) < count:
                    unit = Node(uuid.uuid4(), parent.id, order, rng.choice((3, 3, 4, 5)))
                    units.append(unit)
                    below.append(unit)
        level = below or [units[-1]]
    return units


def overlaps(layout: ChartLayout) -> list[tuple[uuid.UUID, uuid.UUID]]:
    found = []
    for box in layout.boxes:
        inner = (box.x + 1, box.y + 1, box.x + box.width - 1, box.y + box.height - 1)
        found.extend(
            (box.unit_id, other.unit_id) for other in layout.boxes_in(*inner) if other is not box
        )
    return found


@pytest.mark.parametrize("orientation", [TOP_DOWN, LEFT_RIGHT])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_boxes_never_overlap_and_children_lie_beyond_their_parent(
    orientation: str, seed: int
) -> None:
    units = organisation(400, seed)
    tree = UnitTree(units)
    layout = lay_out(tree, set(), lambda unit: unit.lines, orientation)
    assert [box.unit_id for box in layout.boxes] == [unit.id for unit in tree]
    assert overlaps(layout) == []
    for unit in units:
        if unit.parent_id is None:
            continue
        box, parent = layout.by_id[unit.id], layout.by_id[unit.parent_id]
        if orientation == TOP_DOWN:
            assert box.y >= parent.y + parent.height
        else:
            assert box.x >= parent.x + parent.width
        assert box.height == unit.lines * 16 + 16  # lines of text and padding: nothing cut
    # Every parent is joined to its children by lines: a segment ends at each child's edge.
    ends = {(round(x2), round(y2)) for _x1, _y1, x2, y2 in layout.segments}
    for unit in units[1:]:
        box = layout.by_id[unit.id]
        edge = (round(box.x), round(box.y + box.height / 2))
        top = (round(box.x + box.width / 2), round(box.y))
        assert edge in ends or top in ends


def test_a_closed_branch_hides_what_is_below_it() -> None:
    units = organisation(200, 4)
    tree = UnitTree(units)
    branch = next(unit for unit in tree if len(tree.subtree(unit.id)) > 5 and unit.parent_id)
    hidden = {unit.id for unit in tree.subtree(branch.id)} - {branch.id}
    layout = lay_out(tree, {branch.id}, lambda unit: unit.lines)
    assert {box.unit_id for box in layout.boxes} == {unit.id for unit in units} - hidden
    box = layout.by_id[branch.id]
    assert box.collapsed and box.children == len(tree.children(branch.id))
    assert overlaps(layout) == []


def test_a_chain_of_ten_thousand_is_walked_not_recursed() -> None:
    chain: list[Node] = []
    for order in range(10_000):
        chain.append(Node(uuid.uuid4(), chain[-1].id if chain else None, order, 3))
    layout = lay_out(UnitTree(chain), set(), lambda unit: unit.lines)
    assert len(layout.boxes) == 10_000
    assert layout.box_at(*layout.by_id[chain[-1].id].centre) is not None


def test_many_columns_stand_in_rows_about_as_tall_as_wide() -> None:
    """A staff with seven units, each with up to three teams below it: the units wrap into
    rows (as the seed's staffs do), nothing overlaps, and each unit is joined to the staff."""
    root = Node(uuid.uuid4(), None, 0, 3)
    units = [root]
    for order in range(7):
        unit = Node(uuid.uuid4(), root.id, order, 3)
        units.append(unit)
        units.extend(Node(uuid.uuid4(), unit.id, team, 3) for team in range(order % 4))
    tree = UnitTree(units)
    layout = lay_out(tree, set(), lambda unit: unit.lines)
    assert overlaps(layout) == []
    rows = sorted({round(layout.by_id[unit.id].y) for unit in tree.children(root.id)})
    assert len(rows) >= 2  # wrapped
    assert layout.width < 2 * layout.height  # not one long row: 7 columns would be 4× as wide
    assert [box.unit_id for box in layout.boxes] == [unit.id for unit in tree]
    ends = {(round(x2), round(y2)) for _x1, _y1, x2, y2 in layout.segments}
    for unit in tree.children(root.id):
        box = layout.by_id[unit.id]
        assert (round(box.x + box.width / 2), round(box.y)) in ends
        assert box.y > layout.by_id[root.id].y + layout.by_id[root.id].height
