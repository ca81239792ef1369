"""Ctrl+P prints the current tab's main content through the print dialog (a stand-in here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from fredapp.ui.main_window import MainWindow


class FakePrintDialog:
    """Accepts (or cancels) at once and sends the printer's output to a PDF file."""

    DialogCode = QDialog.DialogCode
    accept = True
    output: Path | None = None
    shown = 0

    def __init__(self, printer: Any, parent: Any = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        FakePrintDialog.title = title

    def exec(self) -> QDialog.DialogCode:
        FakePrintDialog.shown += 1
        if not FakePrintDialog.accept:
            return QDialog.DialogCode.Rejected
        assert FakePrintDialog.output is not None
        self.printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(FakePrintDialog.output))
        return QDialog.DialogCode.Accepted


@pytest.fixture
def fake_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakePrintDialog]:
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    FakePrintDialog.accept = True
    FakePrintDialog.output = tmp_path / "printed.pdf"
    FakePrintDialog.shown = 0
    return FakePrintDialog


def _pdf(path: Path) -> bytes:
    assert path.exists(), "nothing was printed"
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return data


def test_ctrl_p_is_the_print_action(window: MainWindow) -> None:
    assert window.print_action.shortcut().matches(QKeySequence("Ctrl+P")) == (
        QKeySequence.SequenceMatch.ExactMatch
    )
    assert window.print_action in window.menuBar().actions()[0].menu().actions()


@pytest.mark.parametrize("tab_name", ["measures_tab", "kpi_tab"])
def test_board_and_graphs_print_what_is_shown(
    window: MainWindow, fake_dialog: type[FakePrintDialog], tab_name: str
) -> None:
    window.tabs.setCurrentWidget(getattr(window, tab_name))
    window.print_action.trigger()
    assert fake_dialog.shown == 1
    assert fake_dialog.output is not None
    assert len(_pdf(fake_dialog.output)) > 2000  # a page with a drawing on it
    assert window.statusBar().currentMessage() == "Sendt til skriveren."


def test_sick_leave_prints_the_trend_graph_of_the_figures_page(
    window: MainWindow, fake_dialog: type[FakePrintDialog]
) -> None:
    tab = window.sickleave_tab
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.figures_page)
    assert window.print_current()
    assert fake_dialog.output is not None
    _pdf(fake_dialog.output)


def test_sick_leave_checklist_page_uses_the_checklist_print(
    window: MainWindow, fake_dialog: type[FakePrintDialog], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.sickleave_tab
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.checklist_page)
    calls: list[bool] = []
    monkeypatch.setattr(tab.checklist_page, "print_checklist", lambda: calls.append(True) or True)
    assert window.print_current()
    assert calls == [True]


def test_cancel_prints_nothing(window: MainWindow, fake_dialog: type[FakePrintDialog]) -> None:
    fake_dialog.accept = False
    window.tabs.setCurrentWidget(window.kpi_tab)
    assert not window.print_current()
    assert fake_dialog.shown == 1
    assert fake_dialog.output is not None and not fake_dialog.output.exists()


def test_a_tab_without_print_view_says_so(
    window: MainWindow, fake_dialog: type[FakePrintDialog]
) -> None:
    window.tabs.setCurrentWidget(window.organisation_tab)
    assert not hasattr(window.organisation_tab, "print_view")
    assert not window.print_current()
    assert fake_dialog.shown == 0
    assert window.statusBar().currentMessage() == "Denne fanen har ingenting å skrive ut."
