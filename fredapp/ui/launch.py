"""The first second of FredApp: show a window at once, then load the data layer.

Importing SQLAlchemy, SQLModel and the tables costs most of a second; a
user who double-clicks should see the window before that. This module
imports only Qt and FredApp's light modules: it makes the application,
checks the single-instance lock, shows a placeholder window where the main
window will stand, and only then imports :mod:`fredapp.ui.app`, which opens
the database and replaces the placeholder with the real window.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from fredapp import APP_NAME, ORGANIZATION, __version__
from fredapp.core.diagnostics import setup_logging
from fredapp.core.paths import resources_dir
from fredapp.ui import settings
from fredapp.ui.contrast import keep_accessible_palette
from fredapp.ui.diagnostics import install_excepthook, logs_folder
from fredapp.ui.i18n import Translations
from fredapp.ui.single_instance import DatabaseLock


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "fredapp.png")))
    keep_accessible_palette(app)  # WCAG 2.1 AA: text pairs ≥ 4.5:1, now and after theme changes
    return app


def placeholder_window(db_path: Path) -> QMainWindow:
    """A window where the main window will stand, saying that it is opening."""
    window = QMainWindow()
    window.setWindowTitle(f"{APP_NAME} – {db_path.name}")
    label = QLabel(QCoreApplication.translate("Launch", "Opening %1 …").replace("%1", db_path.name))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(label.text())
    window.setCentralWidget(label)
    settings.restore_geometry(window)
    return window


def refuse(message: str, unattended: bool) -> int:
    if not unattended:
        title = QCoreApplication.translate("App", "FredApp cannot open the database")
        QMessageBox.critical(None, title, message)
    print(f"fredapp: error: {message}", file=sys.stderr)
    return 2


def run_gui(
    db_path: Path,
    screenshots: Path | None = None,
    language: str | None = None,
    *,
    quit_when_shown: bool = False,
) -> int:
    """Run the window until it closes; ``quit_when_shown`` is for start-up benchmarks."""
    app = application()
    translations = Translations()
    translations.install(language or settings.load_language())
    unattended = screenshots is not None or quit_when_shown
    setup_logging(logs_folder())
    install_excepthook(logs_folder(), show_message=not unattended, database=db_path)
    lock = DatabaseLock(db_path)
    if db_path.parent.is_dir() and not lock.acquire() and lock.is_held_elsewhere():
        message = QCoreApplication.translate(
            "App", "FredApp is already open with this database (%1). Use that window."
        ).replace("%1", lock.owner())
        return refuse(message, unattended)
    placeholder = placeholder_window(db_path)
    placeholder.show()
    app.processEvents()
    mark("shown")
    try:
        from fredapp.ui.app import run_window  # the heavy part: SQLAlchemy, tables, tabs

        return run_window(app, placeholder, db_path, translations, screenshots, quit_when_shown)
    finally:
        lock.release()


def mark(event: str) -> None:
    """Start-up benchmarks read these moments from stderr (only when they ask for them)."""
    if os.environ.get("FREDAPP_STARTUP_MARKS"):
        print(f"fredapp-startup {event} {time.time():.6f}", file=sys.stderr, flush=True)
