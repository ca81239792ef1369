"""The Tiltak tab's «Tidslinje»: the timeline view with its grouping, zoom and export, and the
date changes it asks for written as one undoable operation each."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.models import Measure
from fredapp.core.operations import Operation
from fredapp.ui import formatting
from fredapp.ui.a11y import label_for_screen_readers
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.board.timeline import TimelineView
from fredapp.ui.board.timeline_layout import GROUP_DIMENSION, GROUP_LEVEL
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.messages import error_text
from fredapp.ui.undo import push_operation


def tr(text: str) -> str:
    return QCoreApplication.translate("TimelinePanel", text)


def dates_label(code: str, start: dt.date | None, due: dt.date | None) -> str:
    """The undo step's name: "Dates of S-S4: 01.05.2024 – 30.09.2024"."""
    return (
        tr("Dates of %1: %2 – %3")
        .replace("%1", code)
        .replace("%2", formatting.date(start) or "…")
        .replace("%3", formatting.date(due) or "…")
    )


class TimelinePanel(QWidget):
    """The controls above the timeline; writes its date changes through the service."""

    message = Signal(str)  # what an export wrote, for the tab's message line

    def __init__(
        self,
        model: MeasureTableModel,
        measure_filter: MeasureFilter,
        filter_text: Callable[[], str] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_text = filter_text
        self.error_handler: Callable[[str], None] = lambda message: None
        self.view = TimelineView(model, measure_filter, self)
        self.view.dates_requested.connect(self.change_dates)
        self.group_box = QComboBox()
        self.group_box.setAccessibleName(tr("Group the timeline"))
        self.group_box.addItem(tr("Rows by dimension"), GROUP_DIMENSION)
        self.group_box.addItem(tr("Rows by level"), GROUP_LEVEL)
        self.group_box.currentIndexChanged.connect(
            lambda: self.view.set_group(str(self.group_box.currentData()))
        )
        self.zoom_out = self._button(tr("Quarters"), tr("Zoom out: more time, quarters"))
        self.zoom_out.clicked.connect(lambda: self.view.zoom_by(-2))
        self.zoom_in = self._button(tr("Months"), tr("Zoom in: less time, months"))
        self.zoom_in.clicked.connect(lambda: self.view.zoom_by(2))
        self.today_button = self._button(tr("Today"), tr("Scroll to today"))
        self.today_button.clicked.connect(lambda: self.view.scroll_to_date(self.view.today()))
        self.export_button = QToolButton()
        self.export_button.setText(tr("Export timeline"))
        self.export_button.setAccessibleName(tr("Export the timeline"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(tr("Export &timeline"), self)
        for text, suffix, page in (
            (tr("PDF, A4 landscape…"), ".pdf", "A4"),
            (tr("PDF, A3 landscape…"), ".pdf", "A3"),
            (tr("PNG picture…"), ".png", "A4"),
        ):
            action = self.export_menu.addAction(text)
            action.triggered.connect(
                lambda _=False, s=suffix, p=page: self.export_dialog(s, p)  # type: ignore[misc]
            )
        self.export_button.setMenu(self.export_menu)
        hint = QLabel(
            tr("Drag a bar or its ends to change its dates; Shift+←/→ moves the due date a week,")
            + " "
            + tr("Alt+←/→ the start; Enter opens the measure.")
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.group_box)
        for widget in (self.zoom_out, self.zoom_in, self.today_button):
            top.addWidget(widget)
        top.addWidget(hint, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        label_for_screen_readers(self.group_box, self.group_box.accessibleName())

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    def set_filter(self, measure_filter: MeasureFilter) -> None:
        self.view.set_filter(measure_filter)

    def change_dates(
        self, measure_id: uuid.UUID, start: dt.date | None, due: dt.date | None
    ) -> bool:
        """Set a measure's start and due dates as one undo step; refused (message shown,
        nothing written) when the service refuses them or the start would follow the due."""
        service = self.model.context.service
        row = self.model.row_of(measure_id)
        if row is None:
            return False
        code = self.model.record(row).code
        try:
            change = service.plan_update(Measure, measure_id, start_date=start, due_date=due)
            if change is None:
                return False
            service.validate(change)  # the service's own rules and words first
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return False
        if start is not None and due is not None and start > due:
            self.error_handler(
                tr("%1 would start (%2) after it is due (%3); nothing was changed.")
                .replace("%1", code)
                .replace("%2", formatting.date(start))
                .replace("%3", formatting.date(due))
            )
            return False
        operation = Operation.named(dates_label(code, start, due), [change])
        try:
            push_operation(self.model.context.undo_stack, service, operation)
        except FredAppError as exc:  # refused when written (a sync changed it meanwhile)
            self.error_handler(error_text(exc))
            return False
        self.view.select_measure(measure_id)
        return True

    # -- export ------------------------------------------------------------------------------

    def export_dialog(self, suffix: str, page: str) -> None:
        filters = {
            ".pdf": QCoreApplication.translate("MeasuresTab", "PDF document (*.pdf)"),
            ".png": QCoreApplication.translate("MeasuresTab", "PNG picture (*.png)"),
        }
        path = ask_save_path(
            self,
            tr("Export the timeline"),
            str(Path.home() / f"tidslinje{suffix}"),
            filters[suffix],
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            self.export(target, page)

    def export(self, path: Path, page: str = "A4") -> int:
        """Write the timeline as the filters show it; the pages (1 for a PNG), or -1 after
        saying why it failed."""
        from fredapp.ui.board.timeline_export import heading_text, write_timeline
        from fredapp.ui.workers import StepProgress

        view = self.view
        count = len(view.shown_measures())
        heading = heading_text(self.filter_text(), count, self.model.rowCount())
        label = tr("Exporting the timeline to %1 …").replace("%1", path.name)
        try:
            with StepProgress(self, label) as progress:
                pages = write_timeline(
                    path,
                    view.shown_measures(),
                    view.milestones,
                    view.group,
                    view.today(),
                    heading,
                    page,
                    progress,
                )
        except Cancelled as exc:
            self.message.emit(error_text(exc))
            return -1
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return -1
        self.message.emit(tr("Exported the timeline to %1").replace("%1", str(path)))
        return pages


__all__ = ["TimelinePanel", "dates_label"]
