"""A unit's checklist as a form to print and sign: A4 portrait, PDF or on a printer.

The form (:func:`checklist_form`) has the title, the unit, the period, the date it was printed
and the progress; then one table row per item with its status in words, the responsible person,
the dates and the note (overdue items say so, and are shaded); then the signature lines for the
leader and the safety representative, with place and date. It is laid out by
:class:`fredapp.ui.document_flow.FlowDocument`: an item is never split across pages, the table's
header row starts every page it runs onto, and the signature block is kept whole and never
alone on a page. A PDF is written beside the target and moved into place, so a failed export
never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from fredapp.core.calc.sickleave import is_overdue, progress
from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import write_aside
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import ChecklistItem
from fredapp.ui import formatting
from fredapp.ui.document_flow import Column, FlowDocument
from fredapp.ui.document_page import pdf_writer
from fredapp.ui.sickleave.checklist_model import status_label

if TYPE_CHECKING:
    from fredapp.ui.sickleave.checklist_page import ChecklistPage

MARGIN_MM = 15.0
OVERDUE_BACKGROUND = "#FDE2E1"
SIGNATURE_LINE = "_" * 34
# Task, status, responsible, due, done on, note: per cent of the width of A4 portrait
SHARES = (25.0, 11.0, 16.0, 14.0, 14.0, 20.0)


def checklist_form(
    unit: str, period: str, items: Sequence[ChecklistItem], today: dt.date
) -> FlowDocument:
    """The form for ``unit``'s checklist of ``period`` (its label), as printed on ``today``."""
    title = QCoreApplication.translate("ChecklistExport", "Sick-leave checklist")
    form = FlowDocument(f"{title}: {unit}, {period}")
    form.heading(title)
    form.block(_about(unit, period, items, today))
    headers = (
        QCoreApplication.translate("ChecklistExport", "Task"),
        QCoreApplication.translate("ChecklistExport", "Status"),
        QCoreApplication.translate("ChecklistExport", "Responsible"),
        QCoreApplication.translate("ChecklistExport", "Due"),
        QCoreApplication.translate("ChecklistExport", "Done on"),
        QCoreApplication.translate("ChecklistExport", "Note"),
    )
    columns = [Column(header, share) for header, share in zip(headers, SHARES, strict=True)]
    rows = [_cells(item, today) for item in items]
    shades = [OVERDUE_BACKGROUND if is_overdue(item, today) else None for item in items]
    form.table(columns, rows, shades)
    form.block(_signatures(), keep_with_previous=True, space_before=18)
    return form


def _about(unit: str, period: str, items: Sequence[ChecklistItem], today: dt.date) -> str:
    done = progress(list(items), today)
    summary = (
        QCoreApplication.translate(
            "ChecklistExport", "%1 of %n relevant item(s) done; %3 overdue.", None, done.relevant
        )
        .replace("%1", str(done.done))
        .replace("%3", str(done.overdue))
    )
    facts = (
        (QCoreApplication.translate("ChecklistExport", "Unit"), unit),
        (QCoreApplication.translate("ChecklistExport", "Period"), period),
        (QCoreApplication.translate("ChecklistExport", "Printed"), formatting.date(today)),
    )
    rows = "".join(
        f"<tr><td width='18%'><b>{html.escape(label)}:</b></td><td>{html.escape(value)}</td></tr>"
        for label, value in facts
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table>"
        f"<p>{html.escape(summary)}</p>"
    )


def _cells(item: ChecklistItem, today: dt.date) -> list[str]:
    due = _date(item.due_date)
    if is_overdue(item, today):
        overdue = QCoreApplication.translate("ChecklistExport", "overdue")
        due = f"{due}<br><b>({html.escape(overdue)})</b>"
    return [
        html.escape(item.title),
        html.escape(status_label(item.status)),
        html.escape(item.responsible),
        due,
        _date(item.done_date),
        html.escape(item.note).replace("\n", "<br>"),
    ]


def _date(value: dt.date | None) -> str:
    """A date on one line: a narrow column wraps the text around it, not the date."""
    return f"<span style='white-space:nowrap'>{html.escape(formatting.date(value))}</span>"


def _signatures() -> str:
    """Place and date, then the leader's and the safety representative's signature lines."""
    heading = QCoreApplication.translate("ChecklistExport", "Reviewed and signed")
    place = QCoreApplication.translate("ChecklistExport", "Place and date")
    leader = QCoreApplication.translate("ChecklistExport", "Leader")
    safety = QCoreApplication.translate("ChecklistExport", "Safety representative")
    place, leader, safety = (
        f"<td width='50%' valign='bottom'><br><br>{SIGNATURE_LINE}<br>{html.escape(text)}</td>"
        for text in (place, leader, safety)
    )
    return (
        f"<h3>{html.escape(heading)}</h3>"
        "<table width='100%' cellspacing='0' cellpadding='4'>"
        f"<tr>{place}<td></td></tr><tr>{leader}{safety}</tr></table>"
    )


def checklist_html(unit: str, period: str, items: list[ChecklistItem], today: dt.date) -> str:
    """The form's parts as one HTML text (what it says, for a quick look or a test)."""
    return "".join(part.html for part in checklist_form(unit, period, items, today).parts)


def page_form(page: ChecklistPage) -> FlowDocument:
    """The form of the checklist ``page`` shows: its unit, period, items and day."""
    period = page.period()
    label = page.period_label(period) if period else ""
    return checklist_form(page.unit_name, label, page.model.items(), page.today())


def print_form(form: FlowDocument, device: QPagedPaintDevice) -> int:
    """Draw ``form`` on a printer set up as A4 portrait; return the pages."""
    return form.write(device)


def write_checklist_pdf(path: Path, form: FlowDocument) -> int:
    """Write ``form`` as an A4 portrait PDF to ``path``, atomically; return the pages."""
    path = Path(path)
    return write_aside(path, lambda temp: _print_pdf(temp, path, form))


def _print_pdf(temp: Path, target: Path, form: FlowDocument) -> int:
    writer = pdf_writer(temp, form.title, margin_mm=MARGIN_MM)
    pages = form.write(writer)
    del writer  # finishes the file
    if not temp.is_file() or temp.stat().st_size == 0:
        raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(target))
    return pages
