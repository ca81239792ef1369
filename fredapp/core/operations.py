"""One user action, one operation (the model is Anki's ``aqt/operations``).

An edit, a move, a delete with its subtree, an import, a conflict decision, an undo and a
redo are each one :class:`Operation`: the service writes all of its changes in ONE
transaction (all or nothing) and tells its views ONCE, with every change
(:meth:`fredapp.core.service.DataService.run`). The inverse of an operation is an operation,
which is all undo needs.

Undo and redo check first that every record still holds what the step expects
(``DataService.run(..., check=True)``). When a colleague's value has arrived by sync since,
nothing is written and :class:`UndoConflict` names whose newer value it is, so the user
decides; nothing is overwritten silently.

No Qt here: the window's undo command is ``fredapp.ui.undo.OperationCommand``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP

if TYPE_CHECKING:
    from fredapp.core.models import Synced
    from fredapp.core.service import Change


@dataclass(frozen=True)
class Operation:
    """What one user action changes: written in one transaction, announced once."""

    label: str
    changes: tuple[Change, ...]
    # Tables whose changes are not all named (a sync that brought more than it lists):
    # the views showing them reload wholesale.
    reload: frozenset[str] = frozenset()
    # Written elsewhere and received by sync (DataService.announce_received): no undo step,
    # and no reason to sync again.
    received: bool = False
    # UNDO or REDO when the undo stack runs it again, so the window says "Undone: …";
    # empty for the action itself.
    step: str = ""

    @property
    def tables(self) -> frozenset[str]:
        """Every table the operation touched, named or to reload."""
        return frozenset(str(c.model.__tablename__) for c in self.changes) | self.reload

    def touches(self, *tables: str | type[Synced]) -> bool:
        """Whether the operation touched one of ``tables`` (names or models)."""
        return not self.tables.isdisjoint(_names(tables))

    def of(self, *models: type[Synced]) -> list[Change]:
        """The changes of records of ``models``."""
        return [change for change in self.changes if change.model in models]

    def reloads(self, *tables: str | type[Synced]) -> bool:
        """Whether some of ``tables`` changed beyond what the changes name."""
        return not self.reload.isdisjoint(_names(tables))

    @classmethod
    def named(cls, label: str, changes: Iterable[Change]) -> Operation:
        """An operation whose changes all carry ``label`` (the status bar and the history
        show a change's label, so they show the action's name in the user's language)."""
        return cls(label, tuple(replace(change, label=label) for change in changes))

    def inverse(self) -> Operation:
        """Undo: every change's inverse, the last first."""
        return Operation(self.label, tuple(change.inverse() for change in reversed(self.changes)))

    def __len__(self) -> int:
        return len(self.changes)


UNDO = "undo"
REDO = "redo"


def _names(tables: Iterable[str | type[Synced]]) -> set[str]:
    return {table if isinstance(table, str) else str(table.__tablename__) for table in tables}


@dataclass(frozen=True)
class NewerValue:
    """A value someone else wrote after the step that undo or redo would take back."""

    table: str
    record_id: uuid.UUID
    field: str
    expected: Any  # what the step left (undo) or found (redo)
    current: Any  # what the record holds now
    wanted: Any  # what undo or redo would write
    author: str  # who wrote the current value ("" when the history does not say)
    device: str
    changed_at: dt.datetime | None


class UndoConflict(FredAppError):
    """Undo or redo met newer values written elsewhere; nothing was written.

    ``newer`` names each record and field, its current value and who set it, when and on
    which device (from the history). Running the operation without ``check`` writes anyway.
    """

    def __init__(self, newer: Iterable[NewerValue]) -> None:
        self.newer = tuple(newer)
        first = self.newer[0]
        super().__init__(
            QT_TR_NOOP("{author} has changed '{field}' since, to '{value}'"),
            author=first.author or first.device,
            field=first.field,
            table=first.table,
            value="" if first.current is None else str(first.current),
        )
