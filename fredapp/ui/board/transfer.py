"""The Tiltak tab's import and export: a file read in a thread and written as one operation,
and the board written as PDF, PNG, XLSX or CSV as the filters show it.

Functions of the tab rather than methods, so the tab stays the board's layout and filters;
their words stay in the tab's translation context.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from fredapp.core.errors import Cancelled, FredAppError
from fredapp.ui import labels
from fredapp.ui.file_dialogs import ask_open_path, ask_save_path
from fredapp.ui.messages import error_text
from fredapp.ui.workers import StepProgress, read_with_progress, run_with_progress

if TYPE_CHECKING:
    from fredapp.ui.tabs.measures import MeasuresTab


def import_dialog(tab: MeasuresTab) -> None:
    path = ask_open_path(
        tab,
        QCoreApplication.translate("MeasuresTab", "Import measures"),
        str(Path.home()),
        QCoreApplication.translate("MeasuresTab", "Tables (*.xlsx *.csv)"),
    )
    if path:
        tab.import_file(Path(path))


def import_file(tab: MeasuresTab, path: Path) -> bool:
    """Read and check the file in a thread (progress, Cancel), then write it here."""
    with tab.context.sync_held():  # no sync lands between the plan and its write
        try:
            plan = read_with_progress(tab, path, lambda c: tab.board_actions.plan_import(path, c))
            # The write may still be refused (a sync may have changed the data meanwhile); it
            # is one transaction, so nothing was written then and the undo step is dropped.
            tab.board_actions.apply_import(path, plan)
        except Cancelled as exc:  # stopped before anything was written
            tab.message_label.setText(error_text(exc))
            return False
        except FredAppError as exc:
            tab.show_error(
                error_text(exc), QCoreApplication.translate("MeasuresTab", "Import failed")
            )
            return False
    tab.message_label.setText(
        QCoreApplication.translate("MeasuresTab", "Imported %1: %2 new, %3 updated, %4 unchanged")
        .replace("%1", path.name)
        .replace("%2", str(plan.created))
        .replace("%3", str(plan.updated))
        .replace("%4", str(plan.unchanged))
    )
    return True


def export_dialog(tab: MeasuresTab, suffix: str, page: str | None = None) -> None:
    filters = {
        ".pdf": QCoreApplication.translate("MeasuresTab", "PDF document (*.pdf)"),
        ".png": QCoreApplication.translate("MeasuresTab", "PNG picture (*.png)"),
        ".xlsx": QCoreApplication.translate("MeasuresTab", "Excel workbook (*.xlsx)"),
        ".csv": QCoreApplication.translate("MeasuresTab", "CSV, semicolon separated (*.csv)"),
    }
    path = ask_save_path(
        tab,
        QCoreApplication.translate("MeasuresTab", "Export the board"),
        str(Path.home() / f"tiltak{suffix}"),
        filters[suffix],
    )
    if path:
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        export_board(tab, target, page or "A4")


def export_board(tab: MeasuresTab, path: Path, page: str = "A4") -> int:
    """Export what the filters show to ``path`` (.pdf, .png, .xlsx, .csv); return the
    measures written, or -1 after showing why it failed (or that it was cancelled).

    Every format is written aside and moved into place at the end, so a cancelled or failed
    export leaves the old file as it was.
    """
    ids = tab.shown_ids()
    suffix = path.suffix.lower()
    label = QCoreApplication.translate("MeasuresTab", "Exporting the board to %1 …").replace(
        "%1", path.name
    )
    try:
        if suffix in (".xlsx", ".csv"):
            count = _export_table(tab, path, ids, label)
        elif suffix in (".pdf", ".png"):
            _export_picture(tab, path, page, len(ids), label)
            count = len(ids)
        else:
            raise FredAppError(
                QCoreApplication.translate(
                    "MeasuresTab", "Unsupported file type %1; use .pdf, .png, .xlsx or .csv"
                ).replace("%1", suffix or "''")
            )
    except Cancelled as exc:
        tab.message_label.setText(error_text(exc))
        return -1
    except FredAppError as exc:
        tab.show_error(error_text(exc), QCoreApplication.translate("MeasuresTab", "Export failed"))
        return -1
    tab.message_label.setText(
        QCoreApplication.translate(
            "MeasuresTab", "Exported %Ln measure(s) to %2", "", count
        ).replace("%2", str(path))
    )
    return count


def _export_table(tab: MeasuresTab, path: Path, ids: list[uuid.UUID], label: str) -> int:
    """XLSX/CSV needs no Qt: it is read and written in a thread (its own session)."""
    from fredapp.core.io.measures import export_measures

    database, words = tab.context.database, labels.sheet_words()
    return run_with_progress(
        tab,
        label,
        lambda token: export_measures(
            database, path, only=ids, cancelled=lambda: token.cancelled, words=words
        ),
    )


def _export_picture(tab: MeasuresTab, path: Path, page: str, count: int, label: str) -> None:
    """PDF/PNG paint widgets, which only the UI thread may do: page by page (or strip by
    strip) with the window kept alive and Cancel looked at in between.

    Measured with 1 546 measures: laying the board out 0.06 s, the A4 PDF 1.7 s (29.6 s
    before each page drew only its own cards). The PNG took 13 s: a picture that tall is
    about 1 GB of pixels, and its final save cannot be split or stopped.
    """
    from fredapp.ui.board.export import heading_text, write_board

    heading = heading_text(tab.filter_description(), count, tab.model.rowCount())
    with StepProgress(tab, label) as progress:
        # The command line's `fredapp export board` writes through the same function.
        write_board(path, tab.model, tab.axes(), tab.measure_filter, heading, page, progress)
