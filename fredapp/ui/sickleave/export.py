"""A unit's checklist as a printable document: PDF through QPdfWriter, or on a printer.

The document is HTML laid out by QTextDocument: a heading with the unit and period, the
progress, and one table row per item with its status, responsible person, dates and note;
overdue items say so in words. It is written beside the target and moved into place, so a
failed export never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from fredapp.core.calc.sickleave import is_overdue, progress
from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import write_aside
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import ChecklistItem
from fredapp.ui import formatting
from fredapp.ui.document_page import pdf_writer, print_document
from fredapp.ui.sickleave.checklist_model import status_label

_CONTEXT = "ChecklistExport"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def checklist_html(unit: str, period: str, items: list[ChecklistItem], today: dt.date) -> str:
    done = progress(items, today)
    heading = (
        QCoreApplication.translate("ChecklistExport", "Sick-leave checklist: %1, %2")
        .replace("%1", unit)
        .replace("%2", period)
    )
    summary = (
        QCoreApplication.translate(
            "ChecklistExport", "%1 of %2 relevant items done; %3 overdue. Printed %4."
        )
        .replace("%1", str(done.done))
        .replace("%2", str(done.relevant))
        .replace("%3", str(done.overdue))
        .replace("%4", formatting.date(today))
    )
    headers = [
        QCoreApplication.translate("ChecklistExport", "Task"),
        QCoreApplication.translate("ChecklistExport", "Status"),
        QCoreApplication.translate("ChecklistExport", "Responsible"),
        QCoreApplication.translate("ChecklistExport", "Due"),
        QCoreApplication.translate("ChecklistExport", "Done on"),
        QCoreApplication.translate("ChecklistExport", "Note"),
    ]
    rows = []
    for item in items:
        overdue = is_overdue(item, today)
        due = formatting.date(item.due_date)
        if overdue:
            overdue_text = QCoreApplication.translate("ChecklistExport", "overdue")
            due = f"<b>{html.escape(due)} ({html.escape(overdue_text)})</b>"
        else:
            due = html.escape(due)
        cells = [
            html.escape(item.title),
            html.escape(status_label(item.status)),
            html.escape(item.responsible),
            due,
            html.escape(formatting.date(item.done_date)),
            html.escape(item.note).replace("\n", "<br>"),
        ]
        style = ' style="background-color:#FDE2E1"' if overdue else ""
        rows.append(f"<tr{style}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    signed = QCoreApplication.translate("ChecklistExport", "Signed, leader:")
    safety = QCoreApplication.translate("ChecklistExport", "Safety representative:")
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    return (
        "<html><body style='font-family:sans-serif'>"
        f"<h2>{html.escape(heading)}</h2><p>{html.escape(summary)}</p>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<thead><tr style='background-color:#E8E8E8'>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f"<p>{html.escape(signed)} ____________________ &nbsp; "
        f"{html.escape(safety)} ____________________</p>"
        "</body></html>"
    )


def write_pdf(path: Path, document_html: str) -> None:
    """Write an A4 landscape PDF of ``document_html`` to ``path``, atomically."""
    path = Path(path)
    write_aside(path, lambda temp: _print_pdf(temp, path, document_html))


def _print_pdf(temp: Path, target: Path, document_html: str) -> None:
    writer = pdf_writer(temp, target.stem, landscape=True, margin_mm=15)
    document = QTextDocument()
    document.setHtml(document_html)
    print_document(document, writer, target.stem)
    del writer  # finishes the file
    if not temp.is_file() or temp.stat().st_size == 0:
        raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(target))
