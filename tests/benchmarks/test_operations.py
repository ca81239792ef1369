"""A user's smallest action, written the whole way: a unit moved with its undo entry.

What the operation adds to a bare UPDATE is its stamp, its history rows (the undo entry's
record and the sync's evidence), the saved clock and the check before an undo; the goal
is under 3x the bare UPDATE + commit. Both write to the same file with the same pragmas
(FredApp's: rollback journal, synchronous NORMAL), interleaved round by round so that a
busy disk weighs on both alike. The window's part of a move (the tree relayout) is in
``test_organisation.py``.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from fredapp.core import queries
from fredapp.core.db import open_database
from fredapp.core.models import Unit
from fredapp.core.operations import Operation
from fredapp.core.service import DataService

ROUNDS = 41
GOAL = 3.0


def _timed(action: Callable[[int], object], round_: int) -> float:
    started = time.perf_counter()
    action(round_)
    return time.perf_counter() - started


def test_move_a_unit_with_its_undo_entry(benchmark, record_ratio, scale10_database: Path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(scale10_database)
    service = DataService(database)
    units = queries.current_units(database)
    moving = next(unit for unit in units if unit.parent_id is not None)
    targets = [unit.id for unit in units if unit.id != moving.id and unit.parent_id is None]
    targets += [unit.id for unit in units if unit.level == "stab" and unit.id != moving.id]
    done: list[Operation] = []

    def move(round_: int) -> None:
        change = service.plan_update(
            Unit, moving.id, "move unit", parent_id=targets[round_ % len(targets)], sort_order=9
        )
        assert change is not None
        operation = Operation.named("Move", [change])
        service.run(operation)
        done.append(operation)

    raw = sqlite3.connect(scale10_database)
    raw.execute("PRAGMA synchronous = NORMAL")

    def bare_update(round_: int) -> None:
        raw.execute(
            "UPDATE unit SET parent_id = ?, stamp = ? WHERE id = ?",
            (targets[(round_ + 1) % len(targets)].hex, "x", moving.id.hex),
        )
        raw.commit()

    moves, undos, floors = [], [], []
    for round_ in range(ROUNDS):
        floors.append(_timed(bare_update, round_))
        # The bare UPDATE moved the row behind the service's back: move it back to where
        # the last operation left it, so the undo below finds what it expects.
        raw.execute(
            "UPDATE unit SET parent_id = ? WHERE id = ?",
            (queries.record(database, Unit, moving.id).parent_id.hex, moving.id.hex),  # type: ignore[union-attr]
        )
        raw.commit()
        moves.append(_timed(move, round_))
        undos.append(_timed(lambda _: service.undo(done[-1]), round_))
    raw.close()
    seconds, undo_seconds, floor = map(statistics.median, (moves, undos, floors))
    record_ratio("core: move a unit (with undo entry)", seconds, "bare UPDATE + commit", floor)
    record_ratio("core: undo a move (checked)", undo_seconds, "bare UPDATE + commit", floor)
    print(
        f"move with undo entry {seconds * 1000:.2f} ms, undo {undo_seconds * 1000:.2f} ms, "
        f"bare UPDATE + commit {floor * 1000:.2f} ms: ratio {seconds / floor:.2f} "
        f"(goal under {GOAL:.0f}: {'met' if seconds / floor < GOAL else 'MISSED'})"
    )
    benchmark.pedantic(lambda: move(ROUNDS), rounds=1, iterations=1)
    database.close()
