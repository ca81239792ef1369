"""Documents out of the Organisasjon tab: descriptions to PDF/ODT, the comparison to PDF/XLSX.

Qt writes both PDF (QPdfWriter) and ODT (QTextDocumentWriter). Every file is written beside
the target under a temporary name and moved into place, so a failed export never leaves half a
file behind or damages an existing one.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument, QTextDocumentWriter

from fredapp.core.calc.scenarios import Comparison
from fredapp.core.db import Database
from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import write_aside
from fredapp.core.io.org import write_workbook
from fredapp.core.messages import QT_TR_NOOP
from fredapp.ui import formatting
from fredapp.ui.document_flow import Column, FlowDocument
from fredapp.ui.document_page import pdf_writer
from fredapp.ui.organisation.comparison_text import (
    describe,
    figure_cells,
    kind_name,
    measures_text,
)
from fredapp.ui.workers import Progress, print_in_pages


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    write_aside(path, write)


def _no_progress(done: int, total: int) -> None:
    pass


def _document(body_html: str, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(body_html)
    # After setHtml, which sets the title from the HTML's (none): the footer names it.
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def write_document(
    path: Path, body_html: str, title: str, progress: Progress = _no_progress
) -> None:
    """Write rich text to ``path`` as PDF or ODT, chosen by the ending.

    A PDF is drawn page by page, calling ``progress(done, total)`` in between (it may raise
    Cancelled); an ODT is one call Qt cannot split: 0.7 s for 1 500 descriptions.
    """
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".odt"):
        raise ImportExportError(
            QT_TR_NOOP("unsupported file type '{suffix}'; use .pdf or .odt"),
            suffix=suffix or path.name,
        )
    document = _document(body_html, title)
    progress(0, 0)  # setHtml took a while for a long document: a chance to stop

    def write(temp: Path) -> None:
        if suffix == ".pdf":
            writer = pdf_writer(temp, title)
            print_in_pages(document, writer, progress)  # the document's title at the foot
            del writer  # the file is finished when the writer goes
        else:
            odf_writer = QTextDocumentWriter(str(temp), b"odf")
            if not odf_writer.write(document):
                raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))
        if not temp.exists() or temp.stat().st_size == 0:
            raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))

    _atomic(path, write)


def export_descriptions(
    path: Path,
    items: Sequence[tuple[str, str]],
    title: str,
    progress: Progress = _no_progress,
) -> None:
    """One or more descriptions (title, HTML) in one document, each under its own heading,
    after the date it was printed (and the document's title, for several).

    Measured with 1 500 descriptions: the HTML 0.2 s, setHtml 0.4 s, laying out the 1 500
    pages 0.4 s and drawing them 1.6 s (``progress`` is called between pages).
    """
    printed = QCoreApplication.translate("OrganisationTab", "Printed %1").replace(
        "%1", formatting.date(dt.date.today())
    )
    parts = []
    for index, (heading, body) in enumerate(items):
        document = QTextDocument()
        # The editor's <body> names its own font size (the screen's 9 pt); without it the
        # text takes the printed document's body size.
        document.setHtml(re.sub(r"<body[^>]*>", "<body>", body, count=1))
        inner = document.toHtml()
        inner = inner.split("<body", 1)[-1].split(">", 1)[-1].rsplit("</body>", 1)[0]
        page_break = ' style="page-break-before: always"' if index else ""
        parts.append(f"<h1{page_break}>{html.escape(heading)}</h1>{inner}")
    if len(items) > 1:  # the document's title above the first
        parts.insert(0, f"<h1>{html.escape(title)}</h1>")
    parts.insert(1 if len(items) > 1 else 0, f"<p>{html.escape(printed)}</p>")
    write_document(path, "".join(parts), title, progress)


def scenario_descriptions(
    database: Database, scenario_id: uuid.UUID, scenario_name: str
) -> tuple[list[tuple[str, str]], str]:
    """A scenario's function descriptions as (heading, HTML) in tree order, and the title of
    the document, as the tab exports them."""
    from fredapp.core import descriptions

    pairs = descriptions.scenario_function_descriptions(database, scenario_id)
    heading = QCoreApplication.translate("OrganisationTab", "Function description: %1")
    items = [(heading.replace("%1", unit.name), text.body_html) for unit, text in pairs]
    title = QCoreApplication.translate("OrganisationTab", "Function descriptions – %1")
    return items, title.replace("%1", scenario_name)


def export_comparison(
    path: Path, comparison: Comparison, progress: Progress = _no_progress
) -> None:
    """The comparison as PDF (a printable report) or XLSX (figures and changes, two sheets).

    Measured with 1 530 changes between scenarios of 30 and 1 500 units: XLSX 0.2 s (left as
    one step), PDF 0.46 s (page by page with ``progress``, as it grows with the changes).
    """
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        figures = [
            [
                cells[0],
                row.before,
                row.after,
                row.difference,
                None if row.percent is None else round(row.percent, 1),
            ]
            for row in comparison.rows()
            for cells in [figure_cells(row)]
        ]
        changes = [
            [kind_name(change.kind), describe(change), measures_text(comparison, change)]
            for change in comparison.changes
        ]
        write_workbook(
            path,
            [
                (
                    QCoreApplication.translate("OrganisationExport", "Figures"),
                    [
                        QCoreApplication.translate("OrganisationExport", "Figure"),
                        comparison.from_name,
                        comparison.to_name,
                        QCoreApplication.translate("OrganisationExport", "Change"),
                        QCoreApplication.translate("OrganisationExport", "Change in per cent"),
                    ],
                    figures,
                ),
                (
                    QCoreApplication.translate("OrganisationExport", "Changes"),
                    [
                        QCoreApplication.translate("OrganisationExport", "Change"),
                        QCoreApplication.translate("OrganisationExport", "What changed"),
                        QCoreApplication.translate("OrganisationExport", "Measures"),
                    ],
                    changes,
                ),
            ],
        )
        return
    if suffix != ".pdf":
        raise ImportExportError(
            QT_TR_NOOP("unsupported file type '{suffix}'; use .pdf or .xlsx"),
            suffix=suffix or path.name,
        )
    form = comparison_form(comparison, dt.date.today())

    def write(temp: Path) -> None:
        writer = pdf_writer(temp, form.title)
        form.write(writer, progress)
        del writer  # the file is finished when the writer goes
        if not temp.exists() or temp.stat().st_size == 0:
            raise ImportExportError(QT_TR_NOOP("Qt could not write {path}"), path=str(path))

    _atomic(path, write)


def comparison_form(comparison: Comparison, today: dt.date) -> FlowDocument:
    """The comparison as a report: the figures, then what changed; a row is never split and a
    table's header starts every page it runs onto."""
    form = FlowDocument(f"{comparison.from_name} – {comparison.to_name}")
    form.heading(
        QCoreApplication.translate("OrganisationExport", "Comparison of the scenarios %1 and %2")
        .replace("%1", comparison.from_name)
        .replace("%2", comparison.to_name)
    )
    printed = QCoreApplication.translate("OrganisationTab", "Printed %1")
    form.block(f"<p>{html.escape(printed.replace('%1', formatting.date(today)))}</p>")
    change = QCoreApplication.translate("OrganisationExport", "Change")
    figure_columns = [
        Column(QCoreApplication.translate("OrganisationExport", "Figure"), 36),
        Column(comparison.from_name, 16, "right"),
        Column(comparison.to_name, 16, "right"),
        Column(change, 14, "right"),
        Column(QCoreApplication.translate("OrganisationExport", "Change in per cent"), 18, "right"),
    ]
    figures = [[html.escape(cell) for cell in figure_cells(row)] for row in comparison.rows()]
    form.table(figure_columns, figures)
    form.heading(QCoreApplication.translate("OrganisationExport", "What changed"), 2)
    unit = QCoreApplication.translate("OrganisationExport", "Unit")
    measures = QCoreApplication.translate("OrganisationExport", "Measures")
    changes = [
        [
            html.escape(kind_name(item.kind)),
            html.escape(describe(item)),
            html.escape(measures_text(comparison, item)),
        ]
        for item in comparison.changes
    ]
    form.table([Column(change, 12), Column(unit, 78), Column(measures, 10)], changes)
    return form
