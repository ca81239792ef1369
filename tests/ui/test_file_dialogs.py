"""File dialogs open in the folder the user chose a file in last, also after a restart."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from fredapp.ui import file_dialogs, settings
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.measures import MeasuresTab

ROOT = Path(__file__).resolve().parents[2]


class FakeDialogs:
    """Stands in for Qt's file dialogs: notes where each opened, answers with ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[str] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._ask)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._ask)

    def _ask(self, parent: Any, caption: str, start: str, *args: Any, **kwargs: Any) -> tuple:
        self.started.append(start)
        return self.answer, ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    return FakeDialogs(monkeypatch)


def test_the_next_dialog_opens_where_the_last_file_was_saved(
    window: MainWindow, context: AppContext, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    folder_a = tmp_path / "A"
    folder_a.mkdir()
    tab = window.measures_tab
    dialogs.started.clear()
    tab.import_dialog()  # nothing chosen yet: the home folder
    assert dialogs.started == [str(Path.home())]
    dialogs.answer = str(folder_a / "tiltak.csv")
    tab.export_dialog(".csv")  # saved in A
    assert dialogs.started[-1] == str(Path.home() / "tiltak.csv")
    assert (folder_a / "tiltak.csv").exists()
    dialogs.answer = ""  # the next ones are cancelled
    tab.import_dialog()
    assert dialogs.started[-1] == str(folder_a)  # opens in A
    window.export_measures()  # another dialog, another kind of file: also A, its own name
    assert dialogs.started[-1] == str(folder_a / "tiltak.xlsx")
    # after a restart: a new settings object, a new tab
    QSettings().sync()
    assert QSettings().value(settings.LAST_FOLDER_KEY) == str(folder_a)
    again = MeasuresTab(context)
    again.import_dialog()
    assert dialogs.started[-1] == str(folder_a)
    again.deleteLater()


def test_a_cancelled_dialog_keeps_the_folder_and_a_vanished_one_falls_back_home(
    dialogs: FakeDialogs, tmp_path: Path
) -> None:
    folder_a = tmp_path / "A"
    folder_a.mkdir()
    dialogs.answer = str(folder_a / "x.pdf")
    assert file_dialogs.ask_save_path(None, "Save", "x.pdf", "PDF (*.pdf)") == str(
        folder_a / "x.pdf"
    )
    dialogs.answer = ""
    assert file_dialogs.ask_open_path(None, "Open", "", "") == ""
    assert settings.load_last_folder() == folder_a  # cancelling changed nothing
    own = str(tmp_path / "elsewhere" / "felles.sqlite")  # a path the user chose before
    file_dialogs.ask_save_path(None, "Shared file", own, "")
    assert dialogs.started[-1] == own
    folder_a.rmdir()
    file_dialogs.ask_open_path(None, "Open", "", "")
    assert dialogs.started[-1] == str(Path.home())


def test_every_file_dialog_of_the_window_goes_through_file_dialogs() -> None:
    """A new call of Qt's static file dialogs would forget the folder: none outside the helper."""
    pattern = re.compile(r"QFileDialog\s*\.\s*get(Save|Open|ExistingDirectory)\w*\(")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "fredapp" / "ui").rglob("*.py")
        if path.name != "file_dialogs.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
