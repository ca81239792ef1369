"""Long work off the UI thread, with a progress dialog and a Cancel button.

The window keeps painting while the work runs in a thread. Cancel sets a
flag that the work checks between rows (see :func:`cancellable`); the
exports write aside and replace the target only at the end, so stopping
them leaves the old file as it was.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import (
    QPagedPaintDevice,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from fredapp.core.errors import Cancelled
from fredapp.core.io.cancel import CancelCheck
from fredapp.core.operations import Operation
from fredapp.core.service import DataService

# Writes of more changes than this show a busy dialog: about 0.4 ms a change (20 000 measures
# took 7.6 s in one transaction here), so from here on the wait is long enough to notice.
BUSY_FROM_CHANGES = 1000


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        """The token is the core's ``cancelled()`` check (see fredapp.core.io.cancel)."""
        return self._event.is_set()


def run_with_progress[T](
    parent: QWidget | None,
    label: str,
    work: Callable[[CancelToken], T],
    *,
    show_after_ms: int = 400,
) -> T:
    """Run ``work`` in a thread; a busy dialog with Cancel appears if it takes a while."""
    token = CancelToken()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work(token)
        except BaseException as exc:  # handed to the UI thread, raised there
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="fredapp-work", daemon=True)
    dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # A busy dialog (range 0–0) never gets setValue calls, so Qt's own minimumDuration
    # would never show it: show it ourselves once the work has taken a while.
    dialog.setMinimumDuration(0)
    dialog.reset()
    dialog.setAccessibleName(label)
    dialog.canceled.connect(token.cancel)
    loop = QEventLoop()

    def show() -> None:
        if thread.is_alive():
            dialog.show()
            loop.quit()  # on to the loop that takes clicks: the modal dialog guards the window

    show_later = QTimer(dialog)
    show_later.setSingleShot(True)
    show_later.timeout.connect(show)
    poll = QTimer()
    poll.setInterval(30)

    def check() -> None:
        if dialog.wasCanceled():  # the Cancel button, Esc or closing the dialog
            token.cancel()
        if not thread.is_alive():
            loop.quit()

    poll.timeout.connect(check)
    with _no_collection_off_the_ui_thread():
        thread.start()
        poll.start()
        show_later.start(show_after_ms)
        if thread.is_alive():
            # Until the (window-modal) dialog is up, clicks and keys must not reach the window:
            # an undo or an edit then would change what the work is reading or planning against.
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        while thread.is_alive():
            loop.exec()
    poll.stop()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


@contextmanager
def _no_collection_off_the_ui_thread() -> Iterator[None]:
    """No automatic garbage collection while a worker thread runs: one started there (by its
    allocations) would delete unreachable Qt objects, a closed window's, off the UI thread
    and crash the program (seen: a segfault in an import's reading thread). The garbage waits
    for the next collection, on the UI thread, after the work."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_with_progress[T](
    parent: QWidget | None, path: Path, plan: Callable[[CancelCheck], T]
) -> T:
    """Read and check ``path`` in a thread: ``plan(cancelled)`` is an import's planner.

    Planners only read (sessions of their own), so they may run off the UI thread; Cancel
    raises :class:`Cancelled` from them and nothing has been written.
    """
    label = QCoreApplication.translate("Workers", "Reading %1 …").replace("%1", path.name)
    return run_with_progress(parent, label, lambda token: plan(lambda: token.cancelled))


@contextmanager
def busy(parent: QWidget | None, label: str) -> Iterator[None]:
    """A dialog without Cancel and a wait cursor while the UI thread does one long write.

    Writing stays on the UI thread in one transaction (all or nothing) and cannot be stopped
    half-way, so there is nothing to cancel: the dialog only says why the window is still.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAccessibleName(label)
    dialog.show()
    # Paint it before the thread is busy: nothing repaints until the write is done.
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        dialog.reset()
        dialog.close()
        dialog.deleteLater()


@contextmanager
def busy_if_many(parent: QWidget | None, label: str, changes: int) -> Iterator[None]:
    """:func:`busy` for a write of more than :data:`BUSY_FROM_CHANGES` changes."""
    if changes <= BUSY_FROM_CHANGES:
        yield
        return
    with busy(parent, label):
        yield


class StepProgress:
    """Progress with Cancel for work that must stay on the UI thread (Qt painting).

    The work calls it after each page: it moves the bar, lets the window repaint and raises
    Cancelled once the user pressed Cancel. The dialog appears only if the work takes a while.
    Use it as a context manager so the dialog goes away however the work ends.
    """

    def __init__(self, parent: QWidget | None, label: str, show_after_ms: int = 400) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAccessibleName(label)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.reset()  # constructed dialogs show themselves after 4 s; we decide
        self._show_at = time.monotonic() + show_after_ms / 1000

    def __enter__(self) -> StepProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()

    def __call__(self, done: int, total: int) -> None:
        if not self.dialog.isVisible() and time.monotonic() >= self._show_at:
            self.dialog.show()
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        # Until the (window-modal) dialog is up, clicks must not reach the window mid-export.
        flags = (
            QEventLoop.ProcessEventsFlag.AllEvents
            if self.dialog.isVisible()
            else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        )
        QCoreApplication.processEvents(flags)
        if self.dialog.wasCanceled():
            raise Cancelled(QCoreApplication.translate("Workers", "Stopped; nothing was written."))


def run_with_busy(service: DataService, operation: Operation) -> None:
    """Run ``operation`` (one transaction) on the UI thread; a busy dialog if it is large."""
    count = len(operation)
    label = QCoreApplication.translate("Workers", "Saving %Ln change(s) …", None, count)
    with busy_if_many(QApplication.activeWindow(), label, count):
        service.run(operation)


Progress = Callable[[int, int], None]


def print_in_pages(document: QTextDocument, device: QPagedPaintDevice, progress: Progress) -> None:
    """``document`` on ``device``'s pages, one page at a time with ``progress`` between.

    Laid out in points on the device, with the document's title and "Page x of y" at the foot
    of every page (:func:`fredapp.ui.document_page.print_document`). ``progress`` may raise
    :class:`Cancelled`; the caller writes aside, so the half-drawn file is dropped.
    """
    from fredapp.ui.document_page import print_document

    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    print_document(document, device, title, progress)
