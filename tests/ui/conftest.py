"""Fixtures for the pytest-qt tests: a seeded database, the shared context, the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

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


@pytest.fixture
def fredapp_dialogs(window: MainWindow) -> dict[str, QDialog]:
    """One of each of FredApp's own dialogs, built over the window's data, not shown."""
    import datetime as dt
    import uuid

    from fredapp.core.models import DescriptionVersion
    from fredapp.ui.board.milestone_dialog import MilestoneDialog, MilestoneValues
    from fredapp.ui.help import HelpDialog
    from fredapp.ui.organisation.descriptions import DiffDialog
    from fredapp.ui.sync.dialogs import ConflictDialog, HistoryDialog, SyncSettingsDialog

    context = window.measures_tab.context

    def version(number: int, body: str) -> DescriptionVersion:
        return DescriptionVersion(
            description_id=uuid.uuid4(),
            version_no=number,
            body_html=body,
            saved_at=dt.datetime.now(),
        )

    return {
        "new measure": window.measures_tab._dialog(None, None),
        "shared file": SyncSettingsDialog(None, window),
        "conflicts": ConflictDialog(context, window),
        "history": HistoryDialog(context, window),
        "help": HelpDialog(window, str(context.database.path), "logs"),
        "versions": DiffDialog(version(1, "<p>før</p>"), version(2, "<p>etter</p>"), window),
        "milestone": MilestoneDialog(
            window,
            values=MilestoneValues("", dt.date.today(), None, ""),
            measures=[(uuid.uuid4(), "S-S4 Flytte Anskaffelser")],
            new=True,
        ),
    }
