"""The Tiltak tab's «Tidslinje»: the timeline view with its grouping, zoom and export, and the
date changes it asks for written as one undoable operation each (milestones added, edited and
deleted through :class:`~fredapp.ui.board.milestone_dialog.MilestoneEditor`)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.calc.measures import MeasureFilter
from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.timeline import edit_milestone, set_measure_dates
from fredapp.ui import formatting
from fredapp.ui.a11y import label_for_screen_readers
from fredapp.ui.board.milestone_dialog import MilestoneEditor
from fredapp.ui.board.model import MeasureTableModel
from fredapp.ui.board.timeline import TimelineView
from fredapp.ui.board.timeline_layout import GROUP_DIMENSION, GROUP_LEVEL
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.messages import error_text
from fredapp.ui.undo import push_operation

Progress = Callable[[int, int], None]


def dates_label(code: str, start: dt.date | None, due: dt.date | None) -> str:
    """The undo step's name: "Dates of S-S4: 01.05.2024 – 30.09.2024"."""
    return (
        QCoreApplication.translate("TimelinePanel", "Dates of %1: %2 – %3")
        .replace("%1", code)
        .replace("%2", formatting.date(start) or "…")
        .replace("%3", formatting.date(due) or "…")
    )


def fit_combo(box: QComboBox) -> None:
    """At least as wide as the style says its longest item needs (QComboBox's own size hint
    came out 2 px short for «Rader etter dimensjon» at 1.5× the font, cutting a letter)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    longest = max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    need = box.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(longest, metrics.height()), box
    )
    box.setMinimumWidth(max(need.width(), box.sizeHint().width()))


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
        self.view.milestone_requested.connect(self.change_milestone_date)
        self.milestones = MilestoneEditor(self, model)
        self.milestones.error_handler = lambda message: self.error_handler(message)
        self.milestones.done = self._choose_milestone
        self.view.milestone_open.connect(self.milestones.edit)
        self.view.milestone_delete.connect(self.milestones.delete)
        self.view.milestone_new.connect(self.milestones.new)
        self.new_milestone_button = self._button(
            QCoreApplication.translate("TimelinePanel", "New milestone …"),
            QCoreApplication.translate("TimelinePanel", "New milestone (Insert)"),
        )
        self.new_milestone_button.clicked.connect(lambda: self.milestones.new())
        self.group_box = QComboBox()
        self.group_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_box.setAccessibleName(
            QCoreApplication.translate("TimelinePanel", "Group the timeline")
        )
        self.group_box.addItem(
            QCoreApplication.translate("TimelinePanel", "Rows by dimension"), GROUP_DIMENSION
        )
        self.group_box.addItem(
            QCoreApplication.translate("TimelinePanel", "Rows by level"), GROUP_LEVEL
        )
        self.group_box.currentIndexChanged.connect(
            lambda: self.view.set_group(str(self.group_box.currentData()))
        )
        self.zoom_out = self._button(
            QCoreApplication.translate("TimelinePanel", "Quarters"),
            QCoreApplication.translate("TimelinePanel", "Zoom out: more time, quarters"),
        )
        self.zoom_out.clicked.connect(lambda: self.view.zoom_by(-2))
        self.zoom_in = self._button(
            QCoreApplication.translate("TimelinePanel", "Months"),
            QCoreApplication.translate("TimelinePanel", "Zoom in: less time, months"),
        )
        self.zoom_in.clicked.connect(lambda: self.view.zoom_by(2))
        self.titles_box = QCheckBox(
            QCoreApplication.translate("TimelinePanel", "All milestone titles")
        )
        self.titles_box.setToolTip(
            QCoreApplication.translate(
                "TimelinePanel",
                "Each milestone's whole title, in as many rows as needed; off: one row, titles"
                " cut short (the whole title in the tooltip)",
            )
        )
        self.titles_box.setChecked(True)
        self.titles_box.toggled.connect(self.view.set_all_titles)
        self.today_button = self._button(
            QCoreApplication.translate("TimelinePanel", "Today"),
            QCoreApplication.translate("TimelinePanel", "Scroll to today"),
        )
        self.today_button.clicked.connect(lambda: self.view.scroll_to_date(self.view.today()))
        self.export_button = QToolButton()
        self.export_button.setText(QCoreApplication.translate("TimelinePanel", "Export timeline"))
        self.export_button.setAccessibleName(
            QCoreApplication.translate("TimelinePanel", "Export the timeline")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(
            QCoreApplication.translate("TimelinePanel", "Export &timeline"), self
        )
        for text, suffix, page in (
            (QCoreApplication.translate("TimelinePanel", "PDF, A4 landscape…"), ".pdf", "A4"),
            (QCoreApplication.translate("TimelinePanel", "PDF, A3 landscape…"), ".pdf", "A3"),
            (QCoreApplication.translate("TimelinePanel", "PNG picture…"), ".png", "A4"),
        ):
            action = self.export_menu.addAction(text)
            action.triggered.connect(
                lambda _=False, s=suffix, p=page: self.export_dialog(s, p)  # type: ignore[misc]
            )
        self.export_button.setMenu(self.export_menu)
        hint = QLabel(
            QCoreApplication.translate(
                "TimelinePanel",
                "Drag a bar or its ends to change its dates; Shift+←/→ moves the due date a week,",
            )
            + " "
            + QCoreApplication.translate(
                "TimelinePanel", "Alt+←/→ the start; Enter opens the measure."
            )
        )
        hint.setWordWrap(True)
        # as wide as their texts at any font size; the hint beside them wraps instead
        fixed = QSizePolicy.Policy.Fixed
        self.group_box.setSizePolicy(fixed, fixed)
        self.titles_box.setSizePolicy(fixed, fixed)
        fit_combo(self.group_box)
        top = QHBoxLayout()
        top.addWidget(self.group_box)
        for button in (
            self.new_milestone_button,
            self.zoom_out,
            self.zoom_in,
            self.today_button,
            self.titles_box,
        ):
            top.addWidget(button)
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
        """Set a measure's start and due dates as one undo step; refused (the core's message
        shown, nothing written) when the start would follow the due or a date is out of
        bounds."""
        row = self.model.row_of(measure_id)
        if row is None:
            return False
        code = self.model.record(row).code
        context = self.model.context
        try:  # the core plans and checks it (start after due is refused, with its words)
            operation = set_measure_dates(
                context.service, measure_id, start, due, dates_label(code, start, due)
            )
            if operation is None:
                return False
            push_operation(context.undo_stack, context.service, operation)
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return False
        self.view.select_measure(measure_id)
        return True

    def change_milestone_date(self, milestone_id: uuid.UUID, date: dt.date) -> bool:
        """Move a milestone to ``date``: one undo step (the keyboard's Shift/Alt+arrows)."""
        mark = self.view.selected_mark()
        title = mark.title if mark is not None and mark.id == milestone_id else ""
        label = (
            QCoreApplication.translate("TimelinePanel", "Milestone %1: %2")
            .replace("%1", title)
            .replace("%2", formatting.date(date))
        )
        context = self.model.context
        try:
            operation = edit_milestone(context.service, milestone_id, label, date=date)
            if operation is None:
                return False
            push_operation(context.undo_stack, context.service, operation)
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return False
        self._choose_milestone(milestone_id)  # chosen again where it is now
        return True

    def _choose_milestone(self, milestone_id: uuid.UUID) -> None:
        for index, row in enumerate(self.view.rows):
            if any(mark.id == milestone_id for mark in row.marks):
                self.view.select_mark(index, milestone_id)
                break

    # -- export ------------------------------------------------------------------------------

    def export_dialog(self, suffix: str, page: str) -> None:
        filters = {
            ".pdf": QCoreApplication.translate("MeasuresTab", "PDF document (*.pdf)"),
            ".png": QCoreApplication.translate("MeasuresTab", "PNG picture (*.png)"),
        }
        path = ask_save_path(
            self,
            QCoreApplication.translate("TimelinePanel", "Export the timeline"),
            str(Path.home() / f"tidslinje{suffix}"),
            filters[suffix],
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != suffix:
                target = target.with_name(target.name + suffix)
            self.export(target, page)

    def write(self, path: Path, page: str = "A4", progress: Progress | None = None) -> int:
        """Write what the filters show as ``path``'s ending says (.pdf on ``page`` landscape,
        or .png); the PDF's pages (1 for a PNG). The command line writes through this."""
        from fredapp.ui.board.timeline_export import heading_text, write_timeline

        view = self.view
        shown = view.shown_measures()
        heading = heading_text(self.filter_text(), len(shown), self.model.rowCount())
        return write_timeline(
            path, shown, view.milestones, view.group, view.today(), heading, page, progress
        )

    def export(self, path: Path, page: str = "A4") -> int:
        """:meth:`write` with progress and Cancel; the pages, or -1 after saying why not."""
        from fredapp.ui.workers import StepProgress

        label = QCoreApplication.translate(
            "TimelinePanel", "Exporting the timeline to %1 …"
        ).replace("%1", path.name)
        try:
            with StepProgress(self, label) as progress:
                pages = self.write(path, page, progress)
        except Cancelled as exc:
            self.message.emit(error_text(exc))
            return -1
        except FredAppError as exc:
            self.error_handler(error_text(exc))
            return -1
        self.message.emit(
            QCoreApplication.translate("TimelinePanel", "Exported the timeline to %1").replace(
                "%1", str(path)
            )
        )
        return pages


__all__ = ["TimelinePanel", "dates_label"]
