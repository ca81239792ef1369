"""Long work off the UI thread, with a progress dialog and a Cancel button.

The window keeps painting while the work runs in a thread. Cancel sets a
flag that the work checks between rows (see :func:`cancellable`); the
exports write aside and replace the target only at the end, so stopping
them leaves the old file as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from fredapp.core.errors import Cancelled

CHECK_EVERY = 500  # rows between looks at the Cancel flag


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def cancellable[T](rows: Iterable[T], token: CancelToken) -> Iterator[T]:
    """Pass ``rows`` on, raising Cancelled soon after the user pressed Cancel."""
    for index, row in enumerate(rows):
        if index % CHECK_EVERY == 0 and token.cancelled:
            raise Cancelled(QCoreApplication.translate("Workers", "Stopped; nothing was written."))
        yield row


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
    show_later = QTimer(dialog)
    show_later.setSingleShot(True)
    show_later.timeout.connect(lambda: dialog.show() if thread.is_alive() else None)
    dialog.setAccessibleName(label)
    dialog.canceled.connect(token.cancel)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(30)

    def check() -> None:
        if dialog.wasCanceled():  # the Cancel button, Esc or closing the dialog
            token.cancel()
        if not thread.is_alive():
            loop.quit()

    poll.timeout.connect(check)
    thread.start()
    poll.start()
    show_later.start(show_after_ms)
    if thread.is_alive():
        loop.exec()
    poll.stop()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
