"""Unexpected errors in the window: a crash report, a message, and the program goes on."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from fredapp.core.diagnostics import log_dir, write_crash_report
from fredapp.core.errors import DiskFullError, disk_full_error
from fredapp.core.paths import app_data_dir
from fredapp.ui.messages import error_text

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def logs_folder() -> Path:
    return log_dir(app_data_dir())


def install_excepthook(
    folder: Path, show_message: bool = True, database: Path | None = None
) -> ExceptHook:
    """Route uncaught exceptions (Qt slots included) to a crash report; returns the old hook.

    A full disk is no bug: it gets its one line instead, naming the folder of ``database``
    (the file every write of the window goes to) when the error itself names none.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # Any write of the window (an edit, an undo, an import) may meet a full disk, and
        # each catches only FredAppError; the database rolled the write back.
        full = disk_full_error(error, *([database.parent] if database is not None else []))
        if full is not None:
            show_disk_full(full, show_message)
            return
        path = write_crash_report(folder, kind, error, tb)
        print(f"fredapp: unexpected error, report in {path}", file=sys.stderr)
        if show_message and QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("Diagnostics", "Unexpected error"),
                QCoreApplication.translate(
                    "Diagnostics",
                    "FredApp met an unexpected error. Your data is saved. A report was "
                    "written to:\n%1\n\nPlease send it to IT.",
                ).replace("%1", str(path)),
            )

    sys.excepthook = hook
    return previous


def show_disk_full(error: DiskFullError, show_message: bool = True) -> None:
    """Say that the disk is full, in one line, in the log and (unless unattended) a box."""
    logging.getLogger(__name__).warning("%s", error)
    print(f"fredapp: error: {error}", file=sys.stderr)
    if show_message and QApplication.instance() is not None:
        QMessageBox.warning(
            QApplication.activeWindow(),
            QCoreApplication.translate("Diagnostics", "Not saved"),
            error_text(error),
        )


def open_logs_folder() -> bool:
    folder = logs_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
