"""The Nøkkeltall tab: call centre, goals, benchmarks, sick-leave trend and time series.

Each sub-tab is a graph with the same figures as a table beside it, and buttons to export the
graph (PNG, SVG) and its figures (Excel, CSV). Key figures are imported here too.

The graphs are built the first time the tab is shown: pyqtgraph and numpy take a noticeable
part of a second to import, and most starts never need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.messages import QT_TRANSLATE_NOOP
from fredapp.ui.context import AppContext
from fredapp.ui.file_dialogs import ask_open_path
from fredapp.ui.messages import error_text

if TYPE_CHECKING:
    from fredapp.ui.kpi.benchmarks_view import BenchmarksView
    from fredapp.ui.kpi.calls_view import CallCentreView
    from fredapp.ui.kpi.goals_view import GoalsView
    from fredapp.ui.kpi.series_view import SeriesView

IMPORT_KINDS = {
    "calls": QT_TRANSLATE_NOOP("KpiTab", "Call-centre figures…"),
    "goals": QT_TRANSLATE_NOOP("KpiTab", "Goals…"),
    "benchmarks": QT_TRANSLATE_NOOP("KpiTab", "Benchmarks…"),
}


class KpiTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.calls: CallCentreView | None = None
        self.goals: GoalsView | None = None
        self.benchmarks: BenchmarksView | None = None
        self.series: SeriesView | None = None
        self.trend: QWidget | None = None
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Key figures"))
        self.import_button = QPushButton(self.tr("&Import figures"))
        self.import_button.setAccessibleName(self.tr("Import key figures from CSV or Excel"))
        menu = QMenu(self.import_button)
        for kind, text in IMPORT_KINDS.items():
            action = menu.addAction(QCoreApplication.translate("KpiTab", text))
            action.triggered.connect(lambda _=False, k=kind: self.choose_import_file(k))
        self.import_button.setMenu(menu)
        heading = QLabel(self.tr("<b>Key figures</b> – is the change working?"))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)

    # -- compatibility: the call-centre graph as the tab's first graph ----------------------

    @property
    def plot(self) -> Any:
        return self.calls.plot if self.calls else None

    @property
    def bars(self) -> dict[str, Any]:
        return self.calls.bars if self.calls else {}

    @property
    def table(self) -> Any:
        return self.calls.table if self.calls else None

    # -- building --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def ensure_built(self) -> None:
        if self.calls is not None:
            return
        from fredapp.ui.kpi.benchmarks_view import BenchmarksView
        from fredapp.ui.kpi.calls_view import CallCentreView
        from fredapp.ui.kpi.goals_view import GoalsView
        from fredapp.ui.kpi.series_view import SeriesView

        self.calls = CallCentreView(self._context)
        self.goals = GoalsView(self._context)
        self.benchmarks = BenchmarksView(self._context)
        self.series = SeriesView(self._context)
        self.views.addTab(self.calls, self.tr("&Call centre"))
        self.views.addTab(self.goals, self.tr("&Goals"))
        self.views.addTab(self.benchmarks, self.tr("&Benchmarks"))
        self.trend = self._build_trend()
        if self.trend is not None:
            self.views.addTab(self.trend, self.tr("Sick-leave &trend"))
        self.views.addTab(self.series, self.tr("&Time series"))

    def print_view(self) -> bool:
        """Ctrl+P: the graph (or page) shown in front."""
        from fredapp.ui.printing import print_widget

        self.ensure_built()
        view = self.views.currentWidget()
        if view is None:
            return False
        plot = getattr(view, "plot", None)
        target = plot if isinstance(plot, QWidget) and plot.isVisible() else view
        return print_widget(target, self, self.views.tabText(self.views.currentIndex()))

    def _build_trend(self) -> QWidget | None:
        try:
            from fredapp.ui.kpi.trend_view import SickLeaveTrendView
        except ImportError:  # the sick-leave trend widget is not there
            return None
        return SickLeaveTrendView(self._context)

    # -- import ----------------------------------------------------------------------------

    def choose_import_file(self, kind: str) -> None:
        path = ask_open_path(
            self,
            self.tr("Import key figures"),
            str(Path.home()),
            self.tr("Tables (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.import_file(kind, Path(path))

    def ask_replace(self, periods: list[str]) -> bool:
        """Ask before replacing held figures; ``periods`` come translated (see held_texts)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace figures?"),
            self.tr(
                "The database already holds figures for:\n%1\n\nReplace them with the file's?"
            ).replace("%1", "\n".join(periods)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, kind: str, path: Path, confirm: Any = None) -> int | None:
        """Import and report; ``confirm(periods) -> bool`` answers the replace question."""
        from fredapp.ui.kpi.importing import import_figures

        text = self.tr("Import %1").replace("%1", path.name)
        try:
            count = import_figures(
                self._context, kind, path, confirm or self.ask_replace, text, parent=self
            )
        except Cancelled as exc:  # the user's choice, not a failure: no warning box
            self._status(error_text(exc))
            return None
        except FredAppError as exc:
            QMessageBox.warning(
                self,
                self.tr("Import failed"),
                self.tr("Nothing was imported.\n\n%1").replace("%1", error_text(exc)),
            )
            return None
        if count is not None:
            self._status(self.tr("Imported %Ln row(s) from %2", "", count).replace("%2", path.name))
        return count

    def _status(self, text: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if status is not None:
            status().showMessage(text, 8000)
