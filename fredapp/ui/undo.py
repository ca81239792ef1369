"""Undo commands over the core's service layer."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QUndoCommand, QUndoStack

from fredapp.core.service import Change, DataService


class ChangeCommand(QUndoCommand):
    """One service change: redo applies it, undo applies its inverse."""

    def __init__(self, service: DataService, change: Change, text: str) -> None:
        super().__init__(text)
        self._service = service
        # The change carries the command's text, in the user's language, to the status bar.
        self._change = dataclasses.replace(change, label=text) if text else change

    def redo(self) -> None:
        self._service.apply(self._change)

    def undo(self) -> None:
        self._service.apply(self._change.inverse())


def push_change(stack: QUndoStack, service: DataService, change: Change, text: str) -> None:
    """Validate first, so a refused change never lands on the stack half-done."""
    service.validate(change)
    stack.push(ChangeCommand(service, change, text))
