"""One user action is one undo step, one transaction and one notice; undo respects others."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event
from ui_helpers import received, unit_id, with_eight_below

from fredapp.core.models import Unit
from fredapp.core.operations import Operation
from fredapp.core.service import DataService
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.organisation import OrganisationTab


@pytest.fixture
def tab(window: MainWindow) -> OrganisationTab:
    return window.organisation_tab


def stored(context: AppContext, record_id: uuid.UUID) -> Unit:
    with context.database.session() as session:
        unit = session.get(Unit, record_id)
    assert unit is not None
    return unit


class Counts:
    """Transactions committed, operation notices and change notices, from now on."""

    def __init__(self, context: AppContext) -> None:
        self.commits = 0
        self.operations: list[Operation] = []
        self.changes = 0
        self._engine = context.database.engine
        self._service = context.service
        event.listen(self._engine, "commit", self._commit)
        self._service.operation_listeners.append(self.operations.append)
        self._service.listeners.append(self._change)

    def reset(self) -> None:
        self.commits, self.changes = 0, 0
        self.operations.clear()

    def _commit(self, _connection: object) -> None:
        self.commits += 1

    def _change(self, _change: object) -> None:
        self.changes += 1

    def close(self) -> None:
        event.remove(self._engine, "commit", self._commit)
        self._service.operation_listeners.remove(self.operations.append)
        self._service.listeners.remove(self._change)


@pytest.fixture
def counts(context: AppContext) -> Iterator[Counts]:
    counted = Counts(context)
    yield counted
    counted.close()


def test_deleting_a_unit_with_eight_below_is_one_step_one_transaction_one_notice(
    tab: OrganisationTab, context: AppContext, counts: Counts
) -> None:
    root, below = with_eight_below(tab)
    stack = context.undo_stack
    steps = stack.count()
    counts.reset()
    assert tab.model.delete_unit(root)
    assert stack.count() == steps + 1
    assert (counts.commits, len(counts.operations), counts.changes) == (1, 1, 9)
    assert len(counts.operations[0]) == 9
    assert all(stored(context, unit).deleted for unit in [root, *below])
    assert tab.model.unit(root) is None

    counts.reset()
    stack.undo()
    assert (counts.commits, len(counts.operations), counts.changes) == (1, 1, 9)
    assert not any(stored(context, unit).deleted for unit in [root, *below])
    assert tab.model.unit(below[-1]) is not None
    stack.redo()
    assert all(stored(context, unit).deleted for unit in [root, *below])


def test_deleting_several_selected_units_is_one_step(
    tab: OrganisationTab, context: AppContext, counts: Counts
) -> None:
    root, below = with_eight_below(tab)
    other = unit_id(tab, "Anskaffelser")
    steps = context.undo_stack.count()
    counts.reset()
    assert tab.model.delete_units([root, below[0], other], "Slett 3 enheter")
    assert context.undo_stack.count() == steps + 1
    assert (counts.commits, len(counts.operations)) == (1, 1)
    context.undo_stack.undo()
    assert not stored(context, other).deleted and not stored(context, root).deleted


def test_a_crash_half_way_through_a_subtree_delete_deletes_nothing(
    tab: OrganisationTab, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, below = with_eight_below(tab)
    steps = context.undo_stack.count()
    real_write = DataService._write
    written: list[object] = []

    def die_half_way(self, session, change, stamp):  # type: ignore[no-untyped-def]
        if len(written) == 4:
            raise OSError("killed")
        written.append(change)
        real_write(self, session, change, stamp)

    monkeypatch.setattr(DataService, "_write", die_half_way)
    with pytest.raises(OSError):
        tab.model.delete_unit(root)
    assert len(written) == 4
    assert not any(stored(context, unit).deleted for unit in [root, *below])
    assert tab.model.unit(root) is not None
    assert context.undo_stack.count() == steps  # no step for a write that did not happen


def colleague_renames(context: AppContext, record_id: uuid.UUID, name: str) -> None:
    """What a sync brings: a colleague's rename, written on another laptop."""
    other = DataService(context.database, author="Ola Kollega")
    other.device = "ola-laptop"
    received(context, other, lambda: other.update(Unit, record_id, name=name))


def answer(monkeypatch: pytest.MonkeyPatch, *, anyway: bool) -> list[tuple[str, str, str]]:
    """Answer the question by the default (Esc, closing it) or with "Undo anyway"."""
    asked: list[tuple[str, str, str]] = []

    def exec_(box: QMessageBox) -> int:
        default = box.defaultButton()
        asked.append((box.text(), box.informativeText(), default.text() if default else ""))
        if anyway:
            mine = next(
                button
                for button in box.buttons()
                if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
            )
            mine.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_undo_after_a_colleagues_change_asks_and_by_default_keeps_theirs(
    tab: OrganisationTab, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = unit_id(tab, "Byarkivet")
    assert tab.model.edit_unit(target, name="Mitt byarkiv")
    steps = context.undo_stack.count()
    colleague_renames(context, target, "Kollegaens byarkiv")
    asked = answer(monkeypatch, anyway=False)
    context.undo_stack.undo()
    ((text, details, default),) = asked
    assert "Ola Kollega" in text and "Ola Kollega" in default
    assert "Kollegaens byarkiv" in details and "«Byarkivet»" in details
    assert "ola-laptop" in details
    assert stored(context, target).name == "Kollegaens byarkiv"
    assert tab.model.unit(target).name == "Kollegaens byarkiv"  # type: ignore[union-attr]
    # The step is gone both ways: nothing left that would ask again or take theirs back.
    assert context.undo_stack.count() == steps - 1
    assert not context.undo_stack.canRedo()


def test_undo_anyway_puts_back_the_users_value(
    tab: OrganisationTab, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = unit_id(tab, "Byarkivet")
    assert tab.model.edit_unit(target, name="Mitt byarkiv")
    colleague_renames(context, target, "Kollegaens byarkiv")
    asked = answer(monkeypatch, anyway=True)
    context.undo_stack.undo()
    assert len(asked) == 1
    assert stored(context, target).name == "Byarkivet"
    assert context.undo_stack.canRedo()
    context.undo_stack.redo()  # nobody changed it since the undo: no question
    assert len(asked) == 1
    assert stored(context, target).name == "Mitt byarkiv"


def test_undo_without_a_colleagues_change_asks_nothing(
    tab: OrganisationTab, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = unit_id(tab, "Byarkivet")
    assert tab.model.edit_unit(target, name="Mitt byarkiv")
    asked = answer(monkeypatch, anyway=False)
    context.undo_stack.undo()
    context.undo_stack.redo()
    context.undo_stack.undo()
    assert asked == []
    assert stored(context, target).name == "Byarkivet"
