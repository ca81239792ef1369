"""The Nøkkeltall tab's graphs written to a file by name (``fredapp export graph NAME FILE``).

Each name stands for one graph the window shows, built here offscreen from the same view
class the tab uses, with the same choices a person makes in its boxes, and written through
:func:`fredapp.ui.graph_export.export_graph`. So the file is the graph the window shows:
title, period, axis titles with units and legend included.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QWidget

from fredapp.core.errors import ImportExportError
from fredapp.core.messages import QT_TR_NOOP, QT_TRANSLATE_NOOP
from fredapp.ui.context import AppContext
from fredapp.ui.graph_export import GRAPH_SUFFIXES, export_graph
from fredapp.ui.kpi.base import GraphView

#: stable ASCII name → the graph's English title (translated where it is shown)
GRAPH_NAMES: dict[str, str] = {
    "calls-per-queue": QT_TRANSLATE_NOOP("GraphFiles", "Calls per queue"),
    "calls-per-hour": QT_TRANSLATE_NOOP("GraphFiles", "Calls per hour of the day"),
    "longest-call-per-queue": QT_TRANSLATE_NOOP("GraphFiles", "Longest call per queue"),
    "longest-call-per-hour": QT_TRANSLATE_NOOP("GraphFiles", "Longest call per hour of the day"),
    "goals": QT_TRANSLATE_NOOP("GraphFiles", "Goals against outcomes"),
    "benchmarks": QT_TRANSLATE_NOOP("GraphFiles", "Staffing benchmarks"),
    "sickleave-trend": QT_TRANSLATE_NOOP("GraphFiles", "Sick-leave trend"),
    "time-series": QT_TRANSLATE_NOOP("GraphFiles", "Time series"),
}

#: the size of a written graph in pixels: a slide's or a page's width at a readable scale
FILE_SIZE = (1200, 720)


def graph_title(name: str) -> str:
    """The graph's title in the UI's language."""
    return QCoreApplication.translate("GraphFiles", GRAPH_NAMES[name])


def _choose(box: QComboBox, data: str) -> None:
    box.setCurrentIndex(box.findData(data))


def _calls(table: str, figure: str) -> Callable[[AppContext], GraphView]:
    def build(context: AppContext) -> GraphView:
        from fredapp.ui.kpi.calls_view import CallCentreView

        view = CallCentreView(context)
        _choose(view.table_box, table)
        _choose(view.figure_box, figure)
        return view

    return build


def _goals(context: AppContext) -> GraphView:
    from fredapp.ui.kpi.goals_view import GoalsView

    return GoalsView(context)


def _benchmarks(context: AppContext) -> GraphView:
    from fredapp.ui.kpi.benchmarks_view import BenchmarksView

    return BenchmarksView(context)


def _trend(context: AppContext) -> GraphView:
    from fredapp.ui.kpi.trend_view import SickLeaveTrendView

    return SickLeaveTrendView(context)


def _series(context: AppContext) -> GraphView:
    from fredapp.ui.kpi.series_view import SeriesView

    return SeriesView(context)


BUILDERS: dict[str, Callable[[AppContext], GraphView]] = {
    "calls-per-queue": _calls("queue", "calls"),
    "calls-per-hour": _calls("hour", "calls"),
    "longest-call-per-queue": _calls("queue", "longest"),
    "longest-call-per-hour": _calls("hour", "longest"),
    "goals": _goals,
    "benchmarks": _benchmarks,
    "sickleave-trend": _trend,
    "time-series": _series,
}


def check_graph_file(name: str, path: Path) -> None:
    """Refuse an unknown graph name or file ending before anything is built or written."""
    if name not in GRAPH_NAMES:
        raise ImportExportError(
            QT_TR_NOOP("unknown graph '{name}'; the graphs are: {names}"),
            name=name,
            names=", ".join(GRAPH_NAMES),
        )
    suffix = path.suffix.lower()
    if suffix not in GRAPH_SUFFIXES:
        raise ImportExportError(
            QT_TR_NOOP("unsupported graph file type '{suffix}'; use .png or .svg"),
            suffix=suffix or path.name,
        )


def build_graph(context: AppContext, name: str) -> GraphView:
    """The view of graph ``name`` as the window shows it, laid out offscreen at FILE_SIZE."""
    _application()
    view = BUILDERS[name](context)
    _lay_out_for_file(view)
    return view


def copy_for_file(view: GraphView) -> GraphView:
    """A copy of ``view`` with the same choices (boxes, tick boxes, zoom), laid out offscreen
    at FILE_SIZE: the window writes the same file as ``fredapp export graph``, whatever size
    the graph has on screen (names shortened for a laptop are whole in the file)."""
    copy = type(view)(view.context)
    for mine, its in zip(_choices(view), _choices(copy), strict=True):
        if isinstance(mine, QComboBox) and isinstance(its, QComboBox):
            its.setCurrentIndex(mine.currentIndex())
        elif isinstance(mine, QCheckBox) and isinstance(its, QCheckBox):
            its.setChecked(mine.isChecked())
    _lay_out_for_file(copy)
    shown = _view_box(view)
    if shown is not None and not all(shown.autoRangeEnabled()):  # the person zoomed: keep it
        x_range, y_range = shown.viewRange()
        target = _view_box(copy)
        if target is not None:
            target.setRange(xRange=x_range, yRange=y_range, padding=0)
    return copy


def _choices(view: GraphView) -> list[QWidget]:
    # Both views are built by the same code, so their boxes come in the same order.
    return [w for w in view.findChildren(QWidget) if isinstance(w, QComboBox | QCheckBox)]


def _view_box(view: GraphView) -> Any:
    plot = getattr(view.plot, "plot_widget", view.plot)
    item = getattr(plot, "getPlotItem", None)
    return item().vb if item is not None else None


def discard(view: GraphView) -> None:
    """Close a view made for a file, and its plot (no longer its child)."""
    view.plot.close()
    view.plot.deleteLater()
    view.deleteLater()


def _lay_out_for_file(view: GraphView) -> None:
    plot: QWidget = view.plot
    # The plot alone is written: taken out of the view, sized for the file and laid out.
    plot.setParent(None)
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.resize(*FILE_SIZE)
    plot.show()
    # Twice: the axes measure their tick texts while drawing, and the layout follows that.
    for _ in range(2):
        QCoreApplication.processEvents()
        plot.grab()


def write_graph(context: AppContext, name: str, path: Path) -> Path:
    """Write graph ``name`` (a key of GRAPH_NAMES) to ``path`` as PNG or SVG; return the path.

    Raises ImportExportError for an unknown name or ending, or when the file cannot be written.
    """
    path = Path(path)
    check_graph_file(name, path)
    view = build_graph(context, name)
    try:
        return export_graph(view.plot, path, view.graph_title())
    finally:
        discard(view)


def _application() -> QApplication:
    """The running application, or one made offscreen (the command line has none)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _made.append(QApplication([]))  # kept: Qt ends an application whose object is collected
    return _made[-1]


_made: list[QApplication] = []
