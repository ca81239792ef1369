"""The checklist page's checklist on paper and in files: printed, exported as PDF or a sheet.

The texts keep the translation context of the page that shows them ("ChecklistPage").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fredapp.core.errors import FredAppError
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.messages import error_text

if TYPE_CHECKING:
    from fredapp.ui.sickleave.checklist_page import ChecklistPage


def default_file_name(page: ChecklistPage, suffix: str) -> str:
    period = page.period()
    name = f"sjekkliste {page.unit_name} {period}".strip()
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in name) + suffix


def ask_pdf(page: ChecklistPage) -> None:
    path = ask_save_path(
        page,
        QCoreApplication.translate("ChecklistPage", "Export checklist as PDF"),
        str(Path.home() / default_file_name(page, ".pdf")),
        QCoreApplication.translate("ChecklistPage", "PDF document (*.pdf)"),
    )
    if path:
        page.export_pdf(Path(path))


def ask_table(page: ChecklistPage) -> None:
    path = ask_save_path(
        page,
        QCoreApplication.translate("ChecklistPage", "Export checklist as Excel"),
        str(Path.home() / default_file_name(page, ".xlsx")),
        QCoreApplication.translate(
            "ChecklistPage", "Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"
        ),
    )
    if path:
        page.export_table(Path(path))


def document_html(page: ChecklistPage) -> str:
    from fredapp.ui.sickleave.export import checklist_html

    period = page.period()
    label = page.period_label(period) if period else ""
    return checklist_html(page.unit_name, label, page.model.items(), page.today())


def print_checklist(page: ChecklistPage) -> bool:
    """Print through the system's print dialog, for the meeting with the safety rep."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if page.checklist_id is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, page)
    dialog.setWindowTitle(QCoreApplication.translate("ChecklistPage", "Print checklist"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    from fredapp.ui.sickleave.export import page_form, print_form

    print_form(page_form(page), printer)  # the same form as the PDF
    return True


def export_pdf(page: ChecklistPage, path: Path) -> bool:
    """One checklist, written aside; no progress: the largest at demo scale 10 (20 of the
    20 000 items) took 0.01 s as PDF and 0.03 s as XLSX."""
    from fredapp.ui.sickleave.export import page_form, write_checklist_pdf

    if page.checklist_id is None or page.period() is None:
        return False
    try:
        write_checklist_pdf(path, page_form(page))
    except FredAppError as exc:
        _failed(page, exc)
        return False
    _exported(page, path)
    return True


def export_table(page: ChecklistPage, path: Path) -> bool:
    from fredapp.core.io.checklist import export_one_checklist
    from fredapp.ui.labels import sheet_words

    if page.checklist_id is None:
        return False
    try:
        export_one_checklist(page.context.database, page.checklist_id, path, words=sheet_words())
    except FredAppError as exc:
        _failed(page, exc)
        return False
    _exported(page, path)
    return True


def _failed(page: ChecklistPage, exc: FredAppError) -> None:
    title = QCoreApplication.translate("ChecklistPage", "Export failed")
    QMessageBox.warning(page, title, error_text(exc))


def _exported(page: ChecklistPage, path: Path) -> None:
    text = QCoreApplication.translate("ChecklistPage", "Exported the checklist to %1")
    page.show_message(text.replace("%1", str(path)), error=False)
