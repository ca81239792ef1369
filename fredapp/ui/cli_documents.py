"""``fredapp export`` for documents: the board, a checklist form, descriptions, the comparison
and a graph, written by the same objects and functions as the window's exports.

The command line makes a QApplication (off screen when there is no display), installs the
language asked for (the window's saved language without ``--lang``), opens the database
read-only in an :class:`~fredapp.ui.context.AppContext`, and builds what the window would: the
Tiltak tab with its filters set for the board, the checklist page with its unit and period for
the form. Everything asked for is checked before anything is written: a wrong unit, period,
scenario, graph name or file ending raises a :class:`FredAppError`, and no file is made.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fredapp.core.errors import FredAppError
from fredapp.core.messages import QT_TR_NOOP

if TYPE_CHECKING:  # Qt is imported only once a document is asked for
    from PySide6.QtWidgets import QComboBox

    from fredapp.core.models import Scenario
    from fredapp.ui.context import AppContext
    from fredapp.ui.tabs.measures import MeasuresTab

# The document kinds and the endings each is written as.
DOCUMENT_SUFFIXES = {
    "board": (".pdf", ".png"),
    "checklist": (".pdf",),
    "descriptions": (".pdf", ".odt"),
    "comparison": (".pdf", ".xlsx"),
    "graph": (".png", ".svg"),
    "timeline": (".pdf", ".png"),
    "orgchart": (".svg", ".pdf"),
}


def export_document(args: argparse.Namespace, database_path: Path) -> str:
    """Write the document ``args`` ask for; return the line that says what was written."""
    kind = args.kind
    if kind != "graph" and args.target is not None:
        raise FredAppError(QT_TR_NOOP("unexpected argument '{text}'"), text=str(args.target))
    if kind == "graph" and args.target is None:
        raise FredAppError(QT_TR_NOOP("export graph needs a NAME and a FILE"))
    path = Path(args.target if kind == "graph" else args.file)
    _check_suffix(kind, path)
    _check_options(args)
    _application(args.lang)
    with _context(database_path) as context:
        writers: dict[str, Callable[..., str]] = {
            "board": _board,
            "checklist": _checklist,
            "descriptions": _descriptions,
            "comparison": _comparison,
            "graph": _graph,
            "timeline": _timeline,
            "orgchart": _orgchart,
        }
        return writers[kind](context, args, path)


def _check_suffix(kind: str, path: Path) -> None:
    suffixes = DOCUMENT_SUFFIXES[kind]
    if path.suffix.lower() not in suffixes:
        raise FredAppError(
            QT_TR_NOOP("unsupported file type '{suffix}' for {kind}; use {endings}"),
            suffix=path.suffix or path.name,
            kind=kind,
            endings=" or ".join(suffixes),
        )


def _check_options(args: argparse.Namespace) -> None:
    """What can be checked before Qt starts: the options a kind needs, the period, the graph."""
    if args.kind == "checklist":
        if not args.unit or not args.period:
            raise FredAppError(QT_TR_NOOP("export checklist FILE.pdf needs --unit and --period"))
        from fredapp.core.checklists import Period

        Period.parse(args.period)
    elif args.kind == "comparison" and not (args.from_scenario and args.to_scenario):
        raise FredAppError(QT_TR_NOOP("export comparison FILE needs --from A --to B"))
    elif args.kind == "graph":
        from fredapp.ui.kpi.graph_files import GRAPH_NAMES

        if str(args.file) not in GRAPH_NAMES:
            raise FredAppError(
                QT_TR_NOOP("no graph is called '{name}'; graphs: {names}"),
                name=str(args.file),
                names=", ".join(GRAPH_NAMES),
            )


def _application(language: str | None) -> None:
    """The window's QApplication and translator; off screen where there is no display."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    from fredapp.ui import settings
    from fredapp.ui.i18n import Translations
    from fredapp.ui.launch import application

    qInstallMessageHandler(_quiet_offscreen)
    application()
    translations = Translations()
    translations.install(language or settings.load_language())
    _KEEP.append(translations)  # the translator lives as long as the application


_KEEP: list[object] = []


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    """Qt's messages on stderr, but not the off-screen platform's note on every window shown
    (it says nothing about the file written)."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


@contextmanager
def _context(database_path: Path) -> Iterator[AppContext]:
    from fredapp.core.db import open_database
    from fredapp.core.service import DataService
    from fredapp.ui.context import AppContext

    database = open_database(database_path, create=False, read_only=True)
    context = AppContext(database, DataService(database))
    try:
        yield context
    finally:
        context.close()


# -- the kinds -----------------------------------------------------------------------------------


def _filtered_tab(context: AppContext, args: argparse.Namespace) -> MeasuresTab:
    """The Tiltak tab with the board filters the arguments ask for."""
    from fredapp.ui.tabs.measures import MeasuresTab

    tab = MeasuresTab(context)
    try:
        for box, value, what in (
            (tab.dimension_filter, args.dimension, "dimension"),
            (tab.level_filter, args.level, "level"),
            (tab.status_filter, args.status, "status"),
            (tab.owner_filter, args.owner, "owner"),
        ):
            if value is not None:
                box.setCurrentIndex(_choice(box, value, what))
    except FredAppError:
        tab.deleteLater()
        raise
    tab.filter_edit.setText(args.search or "")
    return tab


def _board(context: AppContext, args: argparse.Namespace, path: Path) -> str:
    from fredapp.ui.board.export import heading_text, write_board
    from fredapp.ui.tabs.measures import dimension_columns, level_lanes, status_columns

    tab = _filtered_tab(context, args)
    try:
        shown = len(tab.shown_ids())
        heading = heading_text(tab.filter_description(), shown, tab.model.rowCount())
        columns = status_columns() if args.columns == "status" else dimension_columns()
        pages = write_board(
            path, tab.model, (columns, level_lanes()), tab.measure_filter, heading, args.page
        )
    finally:
        tab.deleteLater()
    what = "a picture" if path.suffix.lower() == ".png" else _pages(pages)
    return f"exported the board ({shown} measures, {what}) to {path}"


def _timeline(context: AppContext, args: argparse.Namespace, path: Path) -> str:
    """The timeline as the window's «Tidslinje» exports it, with the board's filters."""
    tab = _filtered_tab(context, args)
    try:
        panel = tab.ensure_timeline()
        panel.group_box.setCurrentIndex(panel.group_box.findData(args.group))
        shown = len(panel.view.shown_measures())
        pages = panel.write(path, args.page)
    finally:
        tab.deleteLater()
    what = "a picture" if path.suffix.lower() == ".png" else _pages(pages)
    return f"exported the timeline ({shown} measures, {what}) to {path}"


def _pages(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"


def _choice(box: QComboBox, value: str, what: str) -> int:
    """The index of the filter box's entry whose code or label is ``value`` (any case)."""
    wanted = value.strip().casefold()
    names = []
    for index in range(1, box.count()):
        data, text = box.itemData(index), box.itemText(index)
        names.append(text)
        label = text.split(" – ", 1)[-1]
        if wanted in {str(data).casefold(), text.casefold(), label.casefold()}:
            return index
    raise FredAppError(
        QT_TR_NOOP("no {what} is called '{value}'; {what}s: {names}"),
        what=what,
        value=value,
        names=", ".join(names),
    )


def _checklist(context: AppContext, args: argparse.Namespace, path: Path) -> str:
    from fredapp.core.checklists import Period
    from fredapp.ui.sickleave.checklist_page import ChecklistPage
    from fredapp.ui.sickleave.export import page_form, write_checklist_pdf

    period = Period.parse(args.period)
    lineage, name = _unit(context, args.unit)
    page = ChecklistPage(context)
    try:
        # Chosen without the signal, which would save the kind as the user's choice.
        page.kind_box.blockSignals(True)
        page.kind_box.setCurrentIndex(page.kind_box.findData(period.kind.value))
        page.kind_box.blockSignals(False)
        page.set_unit(lineage, name)
        page.select_period(period)
        if page.checklist_id is None:
            raise FredAppError(
                QT_TR_NOOP("{unit} has no checklist for {period}"), unit=name, period=str(period)
            )
        form = page_form(page)
        pages = write_checklist_pdf(path, form)
        count = page.model.rowCount()
    finally:
        page.deleteLater()
    what = f"{count} items, {_pages(pages)}"
    return f"exported the checklist of {name} for {period} ({what}) to {path}"


def _unit(context: AppContext, name: str) -> tuple[uuid.UUID, str]:
    """The lineage id and name of the unit called ``name`` (any case): as the current scenario
    names it, else as another scenario does (checklists belong to a unit's lineage)."""
    from fredapp.core import queries

    wanted = " ".join(name.split()).casefold()
    for lineage, known in queries.lineage_names(context.database).items():
        if " ".join(known.split()).casefold() == wanted:
            return lineage, known
    raise FredAppError(QT_TR_NOOP("no unit is called '{name}'"), name=name)


def _scenario(context: AppContext, name: str | None) -> Scenario:
    """The scenario named on the command line, or the window's current one."""
    from fredapp.core import queries
    from fredapp.core.calc.scenarios import find_scenario

    if name:
        return find_scenario(context.database, name)
    scenario = queries.current_scenario(context.database)
    if scenario is None:
        raise FredAppError(QT_TR_NOOP("the database has no scenario"))
    return scenario


def _descriptions(context: AppContext, args: argparse.Namespace, path: Path) -> str:
    from fredapp.ui.organisation.export import export_descriptions, scenario_descriptions

    scenario = _scenario(context, args.scenario)
    items, title = scenario_descriptions(context.database, scenario.id, scenario.name)
    export_descriptions(path, items, title)
    return f"exported {len(items)} descriptions of {scenario.name} to {path}"


def _comparison(context: AppContext, args: argparse.Namespace, path: Path) -> str:
    from fredapp.core.calc.scenarios import compare_scenarios
    from fredapp.ui.organisation.export import export_comparison

    comparison = compare_scenarios(context.database, args.from_scenario, args.to_scenario)
    export_comparison(path, comparison)
    return (
        f"exported the comparison of {comparison.from_name} and {comparison.to_name} "
        f"({len(comparison.changes)} changes) to {path}"
    )


def _graph(context: AppContext, args: argparse.Namespace, path: Path) -> str:
    from fredapp.ui.kpi.graph_files import write_graph

    written = write_graph(context, str(args.file), path)
    return f"exported the graph {args.file} to {written}"


def _orgchart(context: AppContext, args: argparse.Namespace, path: Path) -> str:
    from fredapp.core.calc.scenarios import find_scenario
    from fredapp.ui.orgchart.export import chart_sides, write_chart

    scenario = _scenario(context, args.scenario)
    other = find_scenario(context.database, args.compare) if args.compare else None
    chart = chart_sides(
        context, (scenario.id, scenario.name), (other.id, other.name) if other else None
    )
    pages = write_chart(path, chart, args.page)
    shown = f"{scenario.name} and {other.name}" if other else scenario.name
    return f"exported the organisation chart of {shown} ({_pages(pages)}) to {path}"
