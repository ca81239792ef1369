"""The undo stack's one command: an operation (see fredapp.core.operations)."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from fredapp.core.operations import REDO, UNDO, NewerValue, Operation, UndoConflict
from fredapp.core.service import Change, DataService
from fredapp.ui.record_names import field_name, table_name
from fredapp.ui.workers import busy_if_many


class OperationCommand(QUndoCommand):
    """One user action as one undo step: redo runs the operation, undo runs its inverse.

    Each way is one transaction and one notification to the views (all or nothing). A large
    operation (an import) shows the busy dialog each way, as its first write did.

    Undo and redo check that every record still holds what this step left (undo) or found
    (redo). When a sync brought a colleague's value since, the user is asked, and told whose
    value it is, from which computer and when. The default (also Esc) keeps the colleague's
    value: nothing is written, and the step leaves the stack (obsolete) — its undo or redo
    would take back a value that is no longer the one it wrote, so offering it again would
    only ask again; the steps below stay and are checked in their turn. "Undo anyway" /
    "Redo anyway" writes this step's values over the colleague's.

    The first redo (the push) is the action itself, planned against the data just read: it
    is not checked. ``written``: the operation ran before the push; the first redo does
    nothing. A write that fails (nothing written) takes the step off the stack and raises.
    """

    def __init__(
        self, service: DataService, operation: Operation, *, written: bool = False
    ) -> None:
        super().__init__(operation.label)
        self._service = service
        self._operation = operation
        self._done_once = written
        self._skip_redo = written

    @property
    def operation(self) -> Operation:
        return self._operation

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push calls redo; the operation is in already
            self._skip_redo = False
            return
        check, self._done_once = self._done_once, True
        # A redo is marked as one, so the status bar says "Redone: …" rather than "Saved".
        operation = replace(self._operation, step=REDO) if check else self._operation
        self._run(operation, check=check, undoing=False)

    def undo(self) -> None:
        self._run(replace(self._operation.inverse(), step=UNDO), check=True, undoing=True)

    def _run(self, operation: Operation, *, check: bool, undoing: bool) -> None:
        try:
            try:
                self._write(operation, check=check)
            except UndoConflict as conflict:
                if keep_newer(conflict, undoing=undoing, step=self.text()):
                    self.setObsolete(True)  # nothing written: the colleague's value stays
                    return
                self._write(operation, check=False)
        except Exception:
            # One transaction: nothing was written. An obsolete command leaves the stack, so
            # it never offers to undo a write that did not happen (or to redo one still in).
            self.setObsolete(True)
            raise

    def _write(self, operation: Operation, *, check: bool) -> None:
        count = len(operation)
        label = QCoreApplication.translate("Workers", "Saving %Ln change(s) …", None, count)
        with busy_if_many(QApplication.activeWindow(), label, count):
            self._service.run(operation, check=check)


def keep_newer(conflict: UndoConflict, *, undoing: bool, step: str) -> bool:
    """Ask whether the colleague's newer values stay; True (the default) keeps them."""
    who = _names(conflict.newer)
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("OperationCommand", "Changed by someone else"))
    text = (
        QCoreApplication.translate("OperationCommand", "“%1” has been changed since by %2.")
        if step
        else QCoreApplication.translate("OperationCommand", "Changed since by %2.")
    )
    box.setText(text.replace("%1", step).replace("%2", who))
    lines = [_describe(newer) for newer in conflict.newer]
    question = (
        QCoreApplication.translate(
            "OperationCommand", "Keep the newer value, or undo anyway and put back yours?"
        )
        if undoing
        else QCoreApplication.translate(
            "OperationCommand", "Keep the newer value, or redo anyway and put back yours?"
        )
    )
    box.setInformativeText("\n".join([*lines, "", question]))
    authors = {value.author or value.device for value in conflict.newer}
    keep_text = (
        QCoreApplication.translate("OperationCommand", "Keep %1’s value")
        if len(authors) == 1
        else QCoreApplication.translate("OperationCommand", "Keep the newer values")
    )
    keep = box.addButton(keep_text.replace("%1", who), QMessageBox.ButtonRole.RejectRole)
    mine = box.addButton(
        QCoreApplication.translate("OperationCommand", "Undo anyway")
        if undoing
        else QCoreApplication.translate("OperationCommand", "Redo anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is not mine


def _names(newer: tuple[NewerValue, ...]) -> str:
    names = dict.fromkeys(
        value.author
        or QCoreApplication.translate("OperationCommand", "someone on %1").replace(
            "%1", value.device
        )
        for value in newer
    )
    return (
        QCoreApplication.translate("OperationCommand", ", ").join(names)
        if len(names) > 1
        else next(iter(names))
    )


def _describe(newer: NewerValue) -> str:
    """One line: which field, its value now, who set it, where and when."""
    when = newer.changed_at.astimezone().strftime("%d.%m.%Y %H:%M") if newer.changed_at else ""
    text = QCoreApplication.translate(
        "OperationCommand", "%1 of %2: now “%3” (set by %4 on %5, %6); this step would write “%7”"
    )
    values = {
        "%1": field_name(newer.table, newer.field),
        "%2": table_name(newer.table),
        "%3": _shown(newer.current),
        "%4": newer.author or "?",
        "%5": newer.device,
        "%6": when,
        "%7": _shown(newer.wanted),
    }
    # In one pass, so a value that itself holds "%3" stays as it is.
    return re.sub(r"%\d", lambda found: values.get(found.group(), found.group()), text)


def _shown(value: object, longest: int = 80) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= longest else text[: longest - 1] + "…"


def push_operation(stack: QUndoStack, service: DataService, operation: Operation) -> None:
    """Validate first, so a refused operation never lands on the stack half-done."""
    for change in operation.changes:
        service.validate(change)
    stack.push(OperationCommand(service, operation))


def push_change(stack: QUndoStack, service: DataService, change: Change, text: str) -> None:
    """One change as one operation, labelled with the translated ``text``."""
    operation = Operation.named(text, [change]) if text else Operation(change.label, (change,))
    push_operation(stack, service, operation)
