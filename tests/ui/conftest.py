"""Fixtures for the pytest-qt tests: a seeded database, the shared context, the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fredapp.ui.app import application, open_context
from fredapp.ui.context import AppContext
from fredapp.ui.i18n import Translations
from fredapp.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Each test gets its own, empty settings file."""
    application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    installed = Translations()
    installed.install("nb")
    yield installed
    installed.install("en")


@pytest.fixture
def context(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    ctx = open_context(tmp_path / "fredapp.sqlite")
    yield ctx
    ctx.undo_stack.clear()
    ctx.close()


@pytest.fixture
def window(qtbot, context: AppContext, translations: Translations) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(context, translations.language)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
