"""Spans of control (kontrollspenn) of an organisation: how many report to each leader.

Definitions, from what a unit holds (``leader_title``, ``headcount``, its parent):

- A unit *has a leader* when its ``leader_title`` is not blank (as in :mod:`.leaders`).
- ``headcount`` counts everyone placed directly in the unit, its leader included.
- The *direct reports* (span of control) of the leader of unit U are
  (a) the people placed in U other than the leader: ``headcount - 1`` (never below 0);
  (b) the leader of each child unit that has a leader: one each;
  (c) for a child unit without a leader, everyone placed in it, and in turn what its own
  children bring by (b) and (c): people in a unit without a leader report to the nearest
  leader above them.
  People with no leader above them at all (the seed's two staffs have none) are in no span.
- *Employees per leader* overall is the leader density of :mod:`.leaders` (everyone,
  leaders included, over the number of leaders); the *mean span* is the mean of the spans.
- *Leader levels* is the most leaders on one line from the top down to a unit (the length
  of the longest leader line; "kortere lederlinjer" shortens it).
- The *bands* group the spans: by default 1–2, 3–9, 10–15 and 16 or more. A span of 0
  (a leader alone in a unit without children) falls in the lowest band. The bands are a
  setting (:func:`parse_bands`; the window keeps the user's choice in its settings).

Nothing is stored: every figure comes from the units.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import Unit
from fredapp.core.tree import UnitTree

# Upper bounds of every band but the last: 1–2, 3–9, 10–15, 16+.
DEFAULT_BOUNDS: tuple[int, ...] = (2, 9, 15)
MAX_BANDS = 8


@dataclass(frozen=True)
class SpanBands:
    """Bands of spans, given by the upper bound of each band but the open last one."""

    bounds: tuple[int, ...] = DEFAULT_BOUNDS

    def labels(self) -> list[str]:
        """'1–2', '3–9', '10–15', '16+' for the default bounds."""
        labels = []
        low = 1
        for high in self.bounds:
            labels.append(str(low) if low == high else f"{low}–{high}")
            low = high + 1
        labels.append(f"{low}+")
        return labels

    def band_of(self, span: int) -> int:
        """The index of the band ``span`` falls in (0 is the lowest)."""
        for index, high in enumerate(self.bounds):
            if span <= high:
                return index
        return len(self.bounds)

    def is_outside(self, span: int) -> bool:
        """In the lowest or the highest band: a leader with very few or very many reports."""
        return self.band_of(span) in (0, len(self.bounds))

    def text(self) -> str:
        """The bounds as the setting stores them: '2, 9, 15'."""
        return ", ".join(str(bound) for bound in self.bounds)


DEFAULT_BANDS = SpanBands()


def parse_bands(text: str) -> SpanBands:
    """Bounds typed as '2, 9, 15' (each the last span of its band, rising); refused clearly."""
    words = [word for word in text.replace(";", ",").replace(" ", ",").split(",") if word]
    try:
        bounds = tuple(int(word) for word in words)
    except ValueError:
        raise FredAppError(
            QT_TR_NOOP(
                "the span bands '{text}' are not whole numbers (write for example 2, 9, 15)"
            ),
            text=text,
        ) from None
    if not 1 <= len(bounds) <= MAX_BANDS - 1:
        raise FredAppError(
            QT_TR_NOOP("the span bands need 1 to {most} bounds, not {count}"),
            most=MAX_BANDS - 1,
            count=len(bounds),
        )
    if bounds[0] < 1 or any(b <= a for a, b in itertools.pairwise(bounds)):
        raise FredAppError(
            QT_TR_NOOP("the span bands '{text}' must rise from 1 or more (for example 2, 9, 15)"),
            text=text,
        )
    return SpanBands(bounds)


@dataclass(frozen=True)
class LeaderSpan:
    """One leader's span of control."""

    unit_id: uuid.UUID
    lineage_id: uuid.UUID
    unit: str
    level: str
    span: int


@dataclass(frozen=True)
class SpanStats:
    """The spans of one organisation (scenario) and what they add up to."""

    spans: tuple[LeaderSpan, ...]
    leader_levels: int
    bands: SpanBands = DEFAULT_BANDS

    @property
    def mean(self) -> float | None:
        if not self.spans:
            return None
        return sum(s.span for s in self.spans) / len(self.spans)

    @property
    def largest(self) -> LeaderSpan | None:
        return max(self.spans, key=lambda s: s.span, default=None)

    @property
    def smallest(self) -> LeaderSpan | None:
        return min(self.spans, key=lambda s: s.span, default=None)

    def band_counts(self) -> list[int]:
        """How many leaders fall in each band, lowest first."""
        counts = [0] * (len(self.bands.bounds) + 1)
        for span in self.spans:
            counts[self.bands.band_of(span.span)] += 1
        return counts


def unit_spans(units: Iterable[Unit]) -> dict[uuid.UUID, int]:
    """The span of control of every unit that has a leader, by unit id (see the module)."""
    return _spans_in(UnitTree(list(units)))


def _spans_in(tree: UnitTree[Unit]) -> dict[uuid.UUID, int]:
    spans: dict[uuid.UUID, int] = {}
    for unit in tree:
        if _has_leader(unit):
            own = max(unit.headcount - 1, 0)
            spans[unit.id] = own + sum(
                _reports_from(tree, child) for child in tree.children(unit.id)
            )
    return spans


def marked_spans(units: Iterable[Unit], bands: SpanBands = DEFAULT_BANDS) -> dict[uuid.UUID, int]:
    """The leaders the chart marks: a span in the lowest or the highest band (1–2, 16+)."""
    return {unit_id: span for unit_id, span in unit_spans(units).items() if bands.is_outside(span)}


def _reports_from(tree: UnitTree[Unit], unit: Unit) -> int:
    """What ``unit`` brings to the span of the nearest leader above it."""
    if _has_leader(unit):
        return 1
    # Walked with a stack: a long line of leaderless units must not exhaust the recursion.
    total = 0
    stack = [unit]
    while stack:
        current = stack.pop()
        total += current.headcount
        for child in tree.children(current.id):
            if _has_leader(child):
                total += 1
            else:
                stack.append(child)
    return total


def span_stats(units: Sequence[Unit], bands: SpanBands = DEFAULT_BANDS) -> SpanStats:
    """Every leader's span (in tree order), the longest leader line and the bands."""
    tree = UnitTree(list(units))
    spans = _spans_in(tree)
    leaders = tuple(
        LeaderSpan(unit.id, unit.lineage_id, unit.name, unit.level, spans[unit.id])
        for unit in tree
        if unit.id in spans
    )
    return SpanStats(leaders, _leader_levels(tree), bands)


def _leader_levels(tree: UnitTree[Unit]) -> int:
    """The most leaders on one line from a top unit down (the tree's walk is parents first)."""
    line: dict[uuid.UUID, int] = {}
    deepest = 0
    for unit in tree:
        parent = tree.parent_id(unit.id)
        above = line.get(parent, 0) if isinstance(parent, uuid.UUID) else 0
        line[unit.id] = above + (1 if _has_leader(unit) else 0)
        deepest = max(deepest, line[unit.id])
    return deepest


def _has_leader(unit: Unit) -> bool:
    return bool(unit.leader_title.strip())
