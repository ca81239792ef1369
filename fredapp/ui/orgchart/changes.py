"""What happened to each unit between two scenarios, as the chart colours it.

Read from :func:`fredapp.core.calc.scenarios.compare_units`, never worked out again: a unit of
the first scenario takes the kinds of the changes naming its lineage on the "before" side, a
unit of the second those naming it on the "after" side. A unit in several changes (moved and
renamed) is coloured by the first kind of :data:`PRIORITY` and shows every kind's letter.
The colours are Okabe and Ito's palette for colour-blind readers, lightened so black text on
them stays readable; the letter says it without colour.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from fredapp.core.calc.leaders import leader_stats, percent_change
from fredapp.core.calc.scenarios import ChangeKind, UnitChange, compare_units
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.ui import formatting
from fredapp.ui.organisation import comparison_text

UNCHANGED = "unchanged"
PRIORITY: tuple[str, ...] = (
    ChangeKind.SPLIT,
    ChangeKind.MERGED,
    ChangeKind.MOVED,
    ChangeKind.CREATED,
    ChangeKind.REMOVED,
    ChangeKind.RENAMED,
    ChangeKind.RELEVELLED,
    UNCHANGED,
)
# Fill (light, for black text), edge (the palette's own colour, for the frame and legend).
COLOURS: dict[str, tuple[str, str]] = {
    ChangeKind.SPLIT: ("#F9D9B8", "#E69F00"),  # orange
    ChangeKind.MERGED: ("#EBD3E3", "#CC79A7"),  # reddish purple
    ChangeKind.MOVED: ("#C5E0F2", "#0072B2"),  # blue
    ChangeKind.CREATED: ("#BFE8DC", "#009E73"),  # bluish green
    ChangeKind.REMOVED: ("#F5CDB6", "#D55E00"),  # vermilion
    ChangeKind.RENAMED: ("#FAF3B3", "#B8A800"),  # yellow (a darker edge to be seen on white)
    ChangeKind.RELEVELLED: ("#D6ECFA", "#56B4E9"),  # sky blue
    UNCHANGED: ("#FFFFFF", "#6E6E6E"),
}
# The kinds' names are the comparison's (one wording for one change); only "unchanged" is
# the chart's own.
UNCHANGED_NAME = QT_TRANSLATE_NOOP("OrgChart", "Unchanged")
# One letter per kind, in the box beside its colour (translated: F for «Flyttet»).
LETTERS = {
    ChangeKind.SPLIT: QT_TRANSLATE_NOOP("OrgChart", "S"),
    ChangeKind.MERGED: QT_TRANSLATE_NOOP("OrgChart", "J"),
    ChangeKind.MOVED: QT_TRANSLATE_NOOP("OrgChart", "M"),
    ChangeKind.CREATED: QT_TRANSLATE_NOOP("OrgChart", "N"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("OrgChart", "X"),
    ChangeKind.RENAMED: QT_TRANSLATE_NOOP("OrgChart", "R"),
    ChangeKind.RELEVELLED: QT_TRANSLATE_NOOP("OrgChart", "L"),
    UNCHANGED: "",
}


def kind_name(kind: str) -> str:
    if kind == UNCHANGED:
        return QCoreApplication.translate("OrgChart", UNCHANGED_NAME)
    return comparison_text.kind_name(ChangeKind(kind))


def letter(kind: str) -> str:
    if kind == UNCHANGED:
        return ""
    return QCoreApplication.translate("OrgChart", LETTERS[kind])


def fill(kind: str) -> QColor:
    return QColor(COLOURS[kind][0])


def edge(kind: str) -> QColor:
    return QColor(COLOURS[kind][1])


@dataclass
class Marks:
    """The kinds of each lineage on one side of a comparison."""

    kinds: dict[uuid.UUID, list[str]] = field(default_factory=dict)

    def of(self, lineage: uuid.UUID) -> list[str]:
        return self.kinds.get(lineage, [])

    def main(self, lineage: uuid.UUID) -> str:
        """The kind the box is coloured by."""
        kinds = self.kinds.get(lineage)
        return kinds[0] if kinds else UNCHANGED

    def letters(self, lineage: uuid.UUID) -> str:
        return "".join(letter(kind) for kind in self.of(lineage))


@dataclass
class Pair:
    """Both sides' marks, and each lineage's counterparts on the other side."""

    before: Marks
    after: Marks
    to_after: dict[uuid.UUID, list[uuid.UUID]]
    to_before: dict[uuid.UUID, list[uuid.UUID]]
    changes: list[UnitChange]


def compare_pair(before: Sequence[Any], after: Sequence[Any]) -> Pair:
    """The comparison of two scenarios' units (model rows or the tree's records)."""
    changes = compare_units(before, after)
    old = {unit.lineage_id for unit in before}
    new = {unit.lineage_id for unit in after}
    return Pair(
        _marks(changes, old),
        _marks(changes, new),
        _counterparts(changes, old, new),
        _counterparts(changes, new, old),
        changes,
    )


def _marks(changes: Iterable[UnitChange], lineages: set[uuid.UUID]) -> Marks:
    found: dict[uuid.UUID, set[str]] = {}
    for change in changes:
        for lineage in change.lineage_ids:
            if lineage in lineages:
                found.setdefault(lineage, set()).add(change.kind)
    return Marks({lineage: sorted(kinds, key=PRIORITY.index) for lineage, kinds in found.items()})


def _counterparts(
    changes: Iterable[UnitChange], here: set[uuid.UUID], there: set[uuid.UUID]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    """The same lineage over there first, then the lineages a change links it to."""
    found: dict[uuid.UUID, list[uuid.UUID]] = {lineage: [lineage] for lineage in here & there}
    for change in changes:
        mine = [lineage for lineage in change.lineage_ids if lineage in here]
        theirs = [lineage for lineage in change.lineage_ids if lineage in there]
        for lineage in mine:
            known = found.setdefault(lineage, [])
            known.extend(other for other in theirs if other not in known)
    return found


def caption(before: Sequence[Any], after: Sequence[Any], pair: Pair) -> str:
    """The pair's story in a line: the leaders before and after, and what moved, split, merged
    (by name), what is new and what went (by count)."""
    first, second = leader_stats(before), leader_stats(after)
    parts = [
        QCoreApplication.translate("OrgChart", "Leaders %1 → %2 (%3)")
        .replace("%1", formatting.number(first.leaders))
        .replace("%2", formatting.number(second.leaders))
        .replace("%3", formatting.percent(percent_change(first.leaders, second.leaders), 0))
    ]
    for kind in (ChangeKind.MOVED, ChangeKind.SPLIT, ChangeKind.MERGED):
        names = [change.unit for change in pair.changes if change.kind == kind]
        if names:
            shown = ", ".join(names[:NAMED])
            if len(names) > NAMED:
                shown += " " + QCoreApplication.translate(
                    "OrgChart", "and %n more", "", len(names) - NAMED
                )
            parts.append(f"{kind_name(kind)}: {shown}")
    for kind in (ChangeKind.CREATED, ChangeKind.REMOVED):
        count = sum(1 for change in pair.changes if change.kind == kind)
        if count:
            parts.append(f"{kind_name(kind)}: {formatting.number(count)}")
    return " · ".join(parts)


NAMED = 6  # units named per kind in the caption
