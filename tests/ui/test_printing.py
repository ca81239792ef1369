"""Ctrl+P prints the current tab's main content through the print dialog (a stand-in here)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

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
    real_print = tab.checklist_page.print_checklist
    monkeypatch.setattr(
        tab.checklist_page, "print_checklist", lambda: calls.append(True) or real_print()
    )
    assert not window.print_current()  # no checklist for this period yet: nothing to print
    assert calls == [True] and fake_dialog.shown == 0
    assert tab.checklist_page.create_from_catalogue()
    assert window.print_current()
    assert calls == [True, True]
    assert fake_dialog.title == "Skriv ut sjekkliste"
    assert fake_dialog.output is not None and len(_pdf(fake_dialog.output)) > 1000


def test_cancel_prints_nothing(window: MainWindow, fake_dialog: type[FakePrintDialog]) -> None:
    fake_dialog.accept = False
    window.tabs.setCurrentWidget(window.kpi_tab)
    assert not window.print_current()
    assert fake_dialog.shown == 1
    assert fake_dialog.output is not None and not fake_dialog.output.exists()


def test_a_tab_without_print_view_says_so(
    window: MainWindow, fake_dialog: type[FakePrintDialog]
) -> None:
    blank = QWidget()
    window.tabs.addTab(blank, "Tom")
    window.tabs.setCurrentWidget(blank)
    assert not window.print_current()
    assert fake_dialog.shown == 0
    assert window.statusBar().currentMessage() == "Denne fanen har ingenting å skrive ut."


# -- the Organisasjon tab: its tree or its comparison as text ---------------------------------


def _pdf_text(path: Path) -> str | None:
    """The PDF's text by pdftotext, where the system has it (None: check what else can be)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def test_organisation_prints_the_whole_tree_as_text_on_a4(
    window: MainWindow, fake_dialog: type[FakePrintDialog]
) -> None:
    tab = window.organisation_tab
    window.tabs.setCurrentWidget(tab)
    tab.tree.collapseAll()  # printed expanded all the same
    assert window.print_current()
    assert fake_dialog.output is not None
    data = _pdf(fake_dialog.output)
    assert _pages(data) == 1
    assert window.statusBar().currentMessage() == "Sendt til skriveren."
    text = _pdf_text(fake_dialog.output)
    if text is None:
        pytest.skip("pdftotext is not installed: the printed text is not checked")
    scenario = tab.current_scenario_name()
    assert f"Organisasjon – {scenario}" in text
    assert "Skrevet ut" in text and "Side 1 av 1" in text
    for word in ("Navn", "Nivå", "Ledertittel", "Leder", "Ansatte"):
        assert word in text
    for unit in tab.model.units:
        assert unit.name.replace("ff", "\ufb00") in text or unit.name in text, unit.name
    # indented by level: a child starts further right than its parent
    lines = text.splitlines()
    indent = {line.strip().split("  ")[0]: len(line) - len(line.lstrip()) for line in lines}
    assert indent["Budsjett og analyse"] > indent["Økonomi og analyse"]


def test_the_tree_print_holds_every_unit_in_order_with_its_depth(window: MainWindow) -> None:
    from fredapp.ui.organisation.printing import tree_rows

    tab = window.organisation_tab
    tab.tree.collapseAll()
    rows = tree_rows(tab.proxy)
    assert len(rows) == len(tab.model.units)
    by_name = {row.cells[0]: row for row in rows}
    assert by_name["Organisasjon"].depth == 0
    assert by_name["Personal og lønn"].depth == 1
    assert by_name["Lønn"].depth == 2
    names = [row.cells[0] for row in rows]
    assert names.index("Personal og lønn") < names.index("Lønn") < names.index("Digitalisering")
    assert by_name["Lønn"].cells[1:] == ("Avdeling", "Avdelingsleder", "", "16")


def test_a_long_tree_runs_over_several_pages_with_page_numbers(
    window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    from fredapp.ui.organisation.printing import TreePrintout, TreeRow, paint_tree

    rows = [TreeRow(i % 4, (f"Enhet {i:03}", "Team", "Leder", "", str(i))) for i in range(300)]
    printout = TreePrintout(
        "Organisasjon – Stor", "Skrevet ut", ("Navn",) * 5, rows, "Side %1 av %2"
    )
    path = tmp_path / "long.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    pages = paint_tree(writer, printout)
    del writer  # the file is finished when the writer goes
    assert pages > 3
    assert _pages(path.read_bytes()) == pages
    text = _pdf_text(path)
    if text is None:
        pytest.skip("pdftotext is not installed: the printed text is not checked")
    for i in (0, 150, 299):
        assert f"Enhet {i:03}" in text
    assert f"Side {pages} av {pages}" in text
    assert text.count("Navn") >= pages  # the headings on every page


def test_organisation_prints_the_comparison_when_it_is_in_front(
    window: MainWindow, fake_dialog: type[FakePrintDialog]
) -> None:
    tab = window.organisation_tab
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.comparison_view)
    assert window.print_current()
    assert fake_dialog.output is not None
    _pdf(fake_dialog.output)
    text = _pdf_text(fake_dialog.output)
    if text is None:
        pytest.skip("pdftotext is not installed: the printed text is not checked")
    assert "Sammenligning av scenarioene" in text and "Skrevet ut" in text
    # Printed as the PDF export lays it out: every page is numbered, each change whole.
    pages = _pages(fake_dialog.output.read_bytes())
    assert f"Side {pages} av {pages}" in text
    comparison = tab.comparison_view.current()
    assert comparison is not None
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))  # ligatures (ﬀ) as letters
    for change in comparison.changes[:10]:
        assert (change.after or change.before)[0] in flat
