"""Long work: progress with Cancel, and a cancelled export leaves the old file as it was."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from fredapp.core.errors import Cancelled, ValidationError
from fredapp.core.io.cancel import checked
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.operations import Operation
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.kpi import KpiTab
from fredapp.ui.undo import OperationCommand
from fredapp.ui.workers import CancelToken, run_with_progress


def files_in(folder: Path) -> list[str]:
    """What an export left in ``folder``, less the settings folder the window may write."""
    return sorted(p.name for p in folder.iterdir() if p.name != "ini")


def slow_rows(count: int) -> Iterator[list[object]]:
    for index in range(count):
        if index % 200 == 0:
            time.sleep(0.01)
        yield [index, index * 2]


def press_cancel_when_shown() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            widget.canceled.emit()  # what the Cancel button sends
            return
    QTimer.singleShot(20, press_cancel_when_shown)


def test_work_runs_and_returns_its_result(qapp) -> None:  # type: ignore[no-untyped-def]
    assert run_with_progress(None, "sum", lambda token: sum(checked(range(10), token))) == 45


def test_errors_in_the_work_reach_the_caller(qapp) -> None:  # type: ignore[no-untyped-def]
    def fail(_token: CancelToken) -> None:
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"):
        run_with_progress(None, "fail", fail)


def test_cancel_in_the_dialog_stops_the_work(qapp) -> None:  # type: ignore[no-untyped-def]
    QTimer.singleShot(20, press_cancel_when_shown)
    with pytest.raises(Cancelled):
        run_with_progress(
            None,
            "slow",
            lambda token: list(checked(slow_rows(100_000), token)),
            show_after_ms=0,
        )


def test_cancelled_data_export_keeps_the_old_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentWidget(window.kpi_tab)
    tab: KpiTab = window.kpi_tab
    assert tab.calls is not None
    target = tmp_path / "calls.csv"
    target.write_bytes(b"old contents")
    monkeypatch.setattr(tab.calls, "data_table", lambda: (["a", "b"], slow_rows(200_000)))
    QTimer.singleShot(20, press_cancel_when_shown)
    assert not tab.calls.export_data_to(target)
    assert target.read_bytes() == b"old contents"
    assert files_in(tmp_path) == ["calls.csv", "fredapp.sqlite"]


def test_clicks_and_keys_wait_until_the_dialog_guards_the_window(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Before the window-modal dialog shows, an undo or an edit must not run mid-read."""
    from PySide6.QtCore import QEventLoop

    from fredapp.ui import workers

    loops: list[tuple[bool, bool]] = []  # (takes user input, a progress dialog is up)

    class RecordingLoop(QEventLoop):
        def exec(self, flags=QEventLoop.ProcessEventsFlag.AllEvents):  # type: ignore[no-untyped-def]
            up = any(
                isinstance(w, QProgressDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
            excluded = bool(flags & QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            loops.append((not excluded, up))
            return super().exec(flags)

    monkeypatch.setattr(workers, "QEventLoop", RecordingLoop)
    assert run_with_progress(None, "slow", lambda _t: time.sleep(0.4) or 7, show_after_ms=100) == 7
    assert loops[0] == (False, False)
    assert (True, True) in loops[1:]
    assert all(up for takes_input, up in loops if takes_input)


class _Change:
    def __init__(self, name: str) -> None:
        self.name = name

    def inverse(self) -> _Change:
        return _Change("undo " + self.name)


class _Service:
    """Writes (records) changes; refuses once ``refuse`` is set, as a locked database would."""

    def __init__(self) -> None:
        self.written: list[str] = []
        self.refuse = False

    def run(self, operation: Operation, *, check: bool = False) -> None:
        if self.refuse:
            raise ValidationError(QT_TR_NOOP("the database is open read-only"))
        self.written.extend(change.name for change in operation.changes)  # type: ignore[attr-defined]


def test_a_refused_write_drops_the_undo_step_either_way(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    service, stack = _Service(), QUndoStack()
    service.refuse = True
    with pytest.raises(ValidationError):
        stack.push(OperationCommand(service, Operation("import", (_Change("a"),))))  # type: ignore[arg-type]
    assert (stack.count(), stack.canUndo()) == (0, False)

    service.refuse = False
    stack.push(OperationCommand(service, Operation("import", (_Change("b"),))))  # type: ignore[arg-type]
    assert service.written == ["b"]
    service.refuse = True
    with pytest.raises(ValidationError):
        stack.undo()
    # Still written, and no longer offered for undo (nor, wrongly, for redo).
    assert service.written == ["b"]
    assert (stack.count(), stack.canUndo(), stack.canRedo()) == (0, False, False)
