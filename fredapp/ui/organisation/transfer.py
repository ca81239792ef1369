"""The organisation tab's files: importing and exporting the organisation, exporting the
descriptions and the comparison, and printing what is in front.

Functions of the tab: long work runs with progress and Cancel, an import is one undo step, an
export writes aside so a failure leaves the old file as it was. The strings keep the tab's
translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.operations import Operation
from fredapp.ui import formatting
from fredapp.ui.file_dialogs import ask_open_path, ask_save_path
from fredapp.ui.messages import error_text
from fredapp.ui.undo import OperationCommand
from fredapp.ui.workers import StepProgress, read_with_progress, run_with_busy, run_with_progress

if TYPE_CHECKING:
    from fredapp.ui.tabs.organisation import OrganisationTab


def print_view(tab: OrganisationTab) -> bool:
    """Ctrl+P: the comparison when it is in front, the page in front for the description
    pages, else the scenario's whole unit tree."""
    from fredapp.ui.organisation.printing import ask_printer
    from fredapp.ui.printing import print_widget

    page = tab.pages.currentWidget()
    if page is tab.comparison_view:
        return print_comparison(tab)
    if page in (tab.roles_page, tab.search_page):
        return print_widget(page, tab, tab.pages.tabText(tab.pages.currentIndex()))
    printer = ask_printer(tab, print_title(tab))
    return printer is not None and print_tree(tab, printer) > 0


def print_title(tab: OrganisationTab) -> str:
    return QCoreApplication.translate("OrganisationTab", "Organisation – %1").replace(
        "%1", tab.current_scenario_name()
    )


def print_tree(tab: OrganisationTab, device: Any) -> int:
    """Paint the unit tree (as filtered) on ``device``; returns the number of pages."""
    import datetime as dt

    from fredapp.ui.organisation.printing import TreePrintout, headers_of, paint_tree, tree_rows

    tab.model.finish_loading()  # a large scenario may still be coming in
    subtitle = QCoreApplication.translate("OrganisationTab", "Printed %1").replace(
        "%1", formatting.date(dt.date.today())
    )
    if tab.proxy.query.strip():
        subtitle += " · " + QCoreApplication.translate("OrganisationTab", "Filter: %1").replace(
            "%1", tab.proxy.query.strip()
        )
    printout = TreePrintout(
        title=print_title(tab),
        subtitle=subtitle,
        headers=headers_of(tab.proxy),
        rows=tree_rows(tab.proxy),
        page_template=QCoreApplication.translate("OrganisationTab", "Page %1 of %2"),
    )
    return paint_tree(device, printout)


def print_comparison(tab: OrganisationTab, device: Any = None) -> bool:
    """The comparison in front as the PDF export lays it out (a row never split, the header
    row on every page); ``device`` None asks for a printer."""
    import datetime as dt

    from fredapp.ui.organisation.export import comparison_form
    from fredapp.ui.organisation.printing import ask_printer

    comparison = tab.comparison_view.current()
    if comparison is None:
        return False
    form = comparison_form(comparison, dt.date.today())
    device = device or ask_printer(tab, form.title)
    if device is None:
        return False
    return form.write(device) > 0


def _file_filter(tab: OrganisationTab) -> str:
    return QCoreApplication.translate(
        "OrganisationTab", "Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"
    )


def ask_import(tab: OrganisationTab) -> None:
    path = ask_open_path(
        tab,
        QCoreApplication.translate("OrganisationTab", "Import organisation"),
        str(Path.home()),
        _file_filter(tab),
    )
    if not path:
        return
    name, ok = QInputDialog.getText(
        tab,
        QCoreApplication.translate("OrganisationTab", "Import organisation"),
        QCoreApplication.translate(
            "OrganisationTab", "Scenario to import into (a new name makes a new scenario):"
        ),
        text=Path(path).stem,
    )
    if ok:
        import_file(tab, Path(path), name, warn=True)


def import_file(tab: OrganisationTab, path: Path, scenario: str, warn: bool = False) -> bool:
    """Validate the whole file, then import it as one undoable step."""
    from fredapp.core.io.org import plan_org_import
    from fredapp.ui.labels import reading

    tab.clear_message()
    service, words = tab.context.service, reading()
    with tab.context.sync_held():  # no sync lands between the plan and its write
        try:
            plan = read_with_progress(
                tab,
                path,
                lambda cancelled: plan_org_import(
                    service, path, scenario, cancelled, reading=words
                ),
            )
            text = QCoreApplication.translate("OrganisationTab", "Import %1 into %2").replace(
                "%1", path.name
            )
            text = text.replace("%2", plan.scenario_name)
            operation = Operation.named(text, plan.changes)
            # One transaction here; it cannot be stopped half-way, so a large one only gets a
            # busy dialog (about 0.4 ms a change). So do its undo and redo.
            run_with_busy(service, operation)
            command = OperationCommand(service, operation, written=True)
        except Cancelled as exc:  # nothing was written; the user's choice, not an error
            tab.show_message(error_text(exc), error=False)
            return False
        except FredAppError as exc:
            tab.show_message(error_text(exc))
            if warn:
                QMessageBox.warning(
                    tab,
                    QCoreApplication.translate("OrganisationTab", "Import refused"),
                    error_text(exc),
                )
            return False
    tab.context.undo_stack.push(command)
    tab.load_scenarios(chosen=plan.scenario_id)
    tab.show_message(
        QCoreApplication.translate(
            "OrganisationTab",
            "Imported %Ln unit(s) into %2: %3 new, %4 changed, %5 removed.",
            None,
            plan.rows,
        )
        .replace("%2", plan.scenario_name)
        .replace("%3", str(plan.created))
        .replace("%4", str(plan.updated))
        .replace("%5", str(plan.deleted)),
        error=False,
    )
    return True


def ask_export(tab: OrganisationTab) -> None:
    name = tab.current_scenario_name() or "organisasjon"
    path = ask_save_path(
        tab,
        QCoreApplication.translate("OrganisationTab", "Export organisation"),
        str(Path.home() / f"{name}.xlsx"),
        _file_filter(tab),
    )
    if path:
        export_file(tab, Path(path), warn=True)


def export_file(tab: OrganisationTab, path: Path, warn: bool = False) -> bool:
    """CSV or XLSX in a thread with Cancel: 1 500 units took 0.07 s as CSV, 0.6 s as XLSX."""
    from fredapp.core.io.org import export_org
    from fredapp.ui.labels import sheet_words

    database, scenario = tab.context.database, tab.current_scenario_name()
    words = sheet_words()
    label = QCoreApplication.translate("OrganisationTab", "Exporting to %1 …").replace(
        "%1", path.name
    )
    done, count = _export(
        tab,
        lambda: run_with_progress(
            tab,
            label,
            lambda token: export_org(
                database, path, scenario, lambda: token.cancelled, words=words
            ),
        ),
        warn,
    )
    if not done:
        return False
    tab.show_message(
        QCoreApplication.translate(
            "OrganisationTab", "Exported %Ln unit(s) to %2", None, count or 0
        ).replace("%2", str(path)),
        error=False,
    )
    return True


def ask_export_descriptions(tab: OrganisationTab) -> None:
    name = tab.current_scenario_name() or "beskrivelser"
    path = ask_save_path(
        tab,
        QCoreApplication.translate("OrganisationTab", "Export descriptions"),
        str(Path.home() / f"{name}.pdf"),
        QCoreApplication.translate(
            "OrganisationTab", "PDF document (*.pdf);;OpenDocument text (*.odt)"
        ),
    )
    if path:
        export_descriptions(tab, Path(path), warn=True)


def export_descriptions(tab: OrganisationTab, path: Path, warn: bool = False) -> bool:
    from fredapp.ui.organisation.export import export_descriptions, scenario_descriptions

    tab.description_panel.save_now()
    scenario_id = tab.current_scenario_id()
    if scenario_id is None:
        return False
    # The same items and title `fredapp export descriptions` writes.
    items, title = scenario_descriptions(
        tab.context.database, scenario_id, tab.current_scenario_name()
    )
    label = QCoreApplication.translate("OrganisationTab", "Exporting to %1 …").replace(
        "%1", path.name
    )

    def write() -> None:
        with StepProgress(tab, label) as progress:
            export_descriptions(path, items, title, progress)

    if not _export(tab, write, warn)[0]:
        return False
    tab.show_message(
        QCoreApplication.translate(
            "OrganisationTab", "Exported %Ln description(s) to %2", None, len(items)
        ).replace("%2", str(path)),
        error=False,
    )
    return True


def ask_export_comparison(tab: OrganisationTab, kind: str) -> None:
    comparison = tab.comparison_view.current()
    if comparison is None:
        return
    filters = {
        "pdf": QCoreApplication.translate("OrganisationTab", "PDF document (*.pdf)"),
        "xlsx": QCoreApplication.translate("OrganisationTab", "Excel workbook (*.xlsx)"),
    }
    default = Path.home() / f"{comparison.from_name}-{comparison.to_name}.{kind}"
    path = ask_save_path(
        tab,
        QCoreApplication.translate("OrganisationTab", "Export comparison"),
        str(default),
        filters[kind],
    )
    if path:
        export_comparison(tab, Path(path), warn=True)


def export_comparison(tab: OrganisationTab, path: Path, warn: bool = False) -> bool:
    from fredapp.ui.organisation.export import export_comparison

    comparison = tab.comparison_view.current()
    if comparison is None:
        return False
    label = QCoreApplication.translate("OrganisationTab", "Exporting to %1 …").replace(
        "%1", path.name
    )

    def write() -> None:
        with StepProgress(tab, label) as progress:
            export_comparison(path, comparison, progress)

    shown_on = tab.comparison_view.summary_label.setText
    return _export(tab, write, warn, lambda text, _error: shown_on(text))[0]


def _export[T](
    tab: OrganisationTab,
    work: Callable[[], T],
    warn: bool,
    show: Callable[[str, bool], None] | None = None,
) -> tuple[bool, T | None]:
    """Run an export; (False, None) after a Cancel or a failure, which ``show`` reports.

    Exports write aside, so in both cases the old file is as it was.
    """
    report = show or (lambda text, error: tab.show_message(text, error=error))
    try:
        return True, work()
    except Cancelled as exc:
        report(error_text(exc), False)
    except FredAppError as exc:
        report(error_text(exc), True)
        if warn:
            QMessageBox.warning(
                tab, QCoreApplication.translate("OrganisationTab", "Export failed"), error_text(exc)
            )
    return False, None
