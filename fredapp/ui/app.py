"""Opening the database and the main window (after :mod:`fredapp.ui.launch` showed one)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from fredapp.core import seed
from fredapp.core.db import open_database
from fredapp.core.errors import DatabaseError
from fredapp.core.service import DataService
from fredapp.ui import settings
from fredapp.ui.context import AppContext
from fredapp.ui.i18n import Translations
from fredapp.ui.launch import application, mark, refuse
from fredapp.ui.main_window import MainWindow
from fredapp.ui.messages import error_text

__all__ = ["Controller", "application", "open_context", "run_window", "save_screenshots"]

SCREENSHOT_NAMES = ("1-organisasjon", "2-tiltak", "3-sykefravaer", "4-nokkeltall")


class Controller:
    """Owns the window; rebuilds it when the language changes, keeping data and undo."""

    def __init__(self, context: AppContext, translations: Translations) -> None:
        self.context = context
        self.translations = translations
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.context, self.translations.language)
        window.language_change_requested.connect(self.change_language)
        return window

    def change_language(self, language: str) -> None:
        settings.save_language(language)
        self.translations.install(language)
        old = self.window
        old.save_geometry()
        old.sync.shutdown(wait=False)  # the new window's controller syncs from now on
        self.window = self._new_window()
        self.window.show()
        old.hide()
        old.deleteLater()


def open_context(db_path: Path) -> AppContext:
    database = open_database(db_path, populate=seed.populate)
    return AppContext(database, DataService(database, author=_user_name()))


def _user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # getuser fails on some locked-down Windows accounts
        return ""


def run_window(
    app: QApplication,
    placeholder: QMainWindow,
    db_path: Path,
    translations: Translations,
    screenshots: Path | None,
    quit_when_shown: bool,
) -> int:
    """Open the database and put the main window where the placeholder stands."""
    try:
        context = open_context(db_path)
    except DatabaseError as exc:
        placeholder.close()
        return refuse(error_text(exc), screenshots is not None or quit_when_shown)
    controller = Controller(context, translations)
    controller.window.show()
    placeholder.close()
    app.processEvents()
    mark("ready")
    if screenshots is not None:
        QTimer.singleShot(0, lambda: _take_screenshots(controller.window, screenshots))
    elif quit_when_shown:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    context.close()
    return code


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    assert app is not None
    # The same picture size whatever geometry the user left: the municipality's laptop screen.
    window.resize(1366, 768)
    paths = []
    for index, name in enumerate(SCREENSHOT_NAMES):
        window.tabs.setCurrentIndex(index)
        if index == 0:  # a large tree builds in steps; the picture shows it whole
            tab = window.organisation_tab
            tab.model.finish_loading()
            described = [u for u in tab.model.units if u.parent_id is not None]
            if described:  # a unit chosen, so the picture shows its description and versions
                tab.select_unit(described[0].id)
        for _ in range(3):  # let layouts and the plot settle
            app.processEvents()
        path = folder / f"{name}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        paths.append(path)
    return paths


def _take_screenshots(window: MainWindow, folder: Path) -> None:
    try:
        for path in save_screenshots(window, folder):
            print(path)
        QApplication.exit(0)
    except Exception as exc:  # screenshots run unattended: fail with a message, never hang
        print(f"fredapp: error: screenshots failed: {exc!r}", file=sys.stderr)
        QApplication.exit(2)
