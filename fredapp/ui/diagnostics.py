"""Unexpected errors in the window: a crash report, a message, and the program goes on."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from fredapp.core.diagnostics import log_dir, write_crash_report
from fredapp.core.paths import app_data_dir

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def logs_folder() -> Path:
    return log_dir(app_data_dir())


def install_excepthook(folder: Path, show_message: bool = True) -> ExceptHook:
    """Route uncaught exceptions (Qt slots included) to a crash report; returns the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
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


def open_logs_folder() -> bool:
    folder = logs_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
