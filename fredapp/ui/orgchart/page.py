"""The Organisasjon tab's chart page: one scenario's chart, or «Fra» and «Til» side by side
coloured by what happened to each unit, with a legend and a caption telling the story.

Selecting a unit on one side selects its counterpart on the other (the same lineage, else the
units a split, merge or replacement links it to) and scrolls to it. Edits on either side are
the tree's operations; the page hears one batch per operation or sync and reads the scenarios
again (only while it is shown: a hidden page catches up when it is opened).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import queries
from fredapp.core.errors import Cancelled, FredAppError
from fredapp.core.models import Scenario, Unit
from fredapp.ui.a11y import describe_graph
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import ERROR_PROPERTY, fit_message, show_error, show_info
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.messages import error_text
from fredapp.ui.orgchart import changes, export
from fredapp.ui.orgchart.edits import ChartUnits, Followed
from fredapp.ui.orgchart.layout import LEFT_RIGHT, TOP_DOWN
from fredapp.ui.orgchart.legend import Legend
from fredapp.ui.orgchart.painting import wrap_name
from fredapp.ui.orgchart.spans import span_note
from fredapp.ui.orgchart.view import ChartView
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.workers import StepProgress


class OrgChartPage(QWidget):
    # Leaving the page with a unit chosen on the one chart: the tree selects it too.
    chosen = Signal(object)

    def __init__(
        self,
        context: AppContext,
        scenario_box: QComboBox,
        parent: QWidget | None = None,
        tree_unit: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tree_unit = tree_unit  # the tree's current unit: the chart opens on it
        self._scenario_box = scenario_box  # the tab's scenario: the one chart shows it
        self._stale = True
        self._following = False
        self.pair: changes.Pair | None = None
        self.pair_check = QCheckBox(self.tr("Side &by side"))
        self.pair_check.setAccessibleName(self.tr("Compare two scenarios side by side"))
        self.from_box, self.to_box = QComboBox(), QComboBox()
        self.from_box.setAccessibleName(self.tr("From scenario"))
        self.to_box.setAccessibleName(self.tr("To scenario"))
        self.orientation_box = QComboBox()
        self.orientation_box.setAccessibleName(self.tr("Layout"))
        self.orientation_box.addItem(self.tr("Top down"), TOP_DOWN)
        self.orientation_box.addItem(self.tr("Left to right"), LEFT_RIGHT)
        self.fit_button = QPushButton(self.tr("Fit to &window"))
        self.fit_button.setAccessibleName(self.tr("Fit the chart to the window"))
        self.fit_button.setToolTip(self.tr("Ctrl+0; zoom with Ctrl+wheel, Ctrl++ and Ctrl+-"))
        self.export_button = QPushButton(self.tr("Ex&port chart"))
        self.export_button.setAccessibleName(self.tr("Export the chart to PDF or SVG"))
        self.export_menu = QMenu(self.export_button)
        for text, suffix, page in (
            (self.tr("PDF, A4 pages…"), ".pdf", "A4"),
            (self.tr("PDF, A3 pages…"), ".pdf", "A3"),
            (self.tr("SVG picture…"), ".svg", "A4"),
        ):
            action = self.export_menu.addAction(text)
            action.triggered.connect(lambda _=False, s=suffix, p=page: self.ask_export(s, p))
        self.export_button.setMenu(self.export_menu)
        self.left_units = ChartUnits(context, self)
        self.right_units = ChartUnits(context, self)
        self.left, self.right = ChartView(self.left_units), ChartView(self.right_units)
        self.left_title, self.right_title = QLabel(), QLabel()
        self.legend = Legend()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(self.tr("What changed"))
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.span_label = QLabel(span_note())
        self.span_label.setAccessibleName(self.tr("Span of control marks"))
        self.span_label.setWordWrap(True)
        self.message_label = fit_message(QLabel())
        self.message_label.setAccessibleName(self.tr("Message"))
        self._build()
        for view in (self.left, self.right):
            describe_graph(
                view,
                self.tr("Organisation chart"),
                self.tr(
                    "The units as boxes below their parents. The Tree page holds the same "
                    "structure as a list a screen reader can walk; arrows move between units "
                    "here, F2 renames, Insert adds, Delete deletes."
                ),
            )
        self.fit_action = QAction(self.tr("Fit to window"), self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.fit_action.triggered.connect(self.fit)
        self.addAction(self.fit_action)
        self.fit_button.clicked.connect(self.fit)
        self.pair_check.toggled.connect(self._pair_toggled)
        self.from_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.to_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.orientation_box.currentIndexChanged.connect(self._orientation_changed)
        scenario_box.currentIndexChanged.connect(lambda _i: self._single_changed())
        self.left.currentChanged.connect(lambda unit_id: self._follow(self.left, unit_id))
        self.right.currentChanged.connect(lambda unit_id: self._follow(self.right, unit_id))
        for units in (self.left_units, self.right_units):
            units.refused.connect(lambda text: show_error(self.message_label, text))
        for view in (self.left, self.right):
            view.spansMarked.connect(self._spans_marked)
        subscribe(context, (Scenario, Unit), self._on_batch, self, later=True)
        self._pair_toggled(False)

    def _build(self) -> None:
        self._box_labels: list[QLabel] = []
        controls = QHBoxLayout()
        controls.addWidget(self.pair_check)
        for text, box in ((self.tr("F&rom:"), self.from_box), (self.tr("To:"), self.to_box)):
            label = QLabel(text)
            label.setBuddy(box)
            controls.addWidget(label)
            controls.addWidget(box)
            box.setMinimumContentsLength(12)
            self._box_labels.append(label)
        label = QLabel(self.tr("La&yout:"))
        label.setBuddy(self.orientation_box)
        controls.addWidget(label)
        controls.addWidget(self.orientation_box)
        controls.addStretch(1)
        controls.addWidget(self.fit_button)
        controls.addWidget(self.export_button)
        sides = QSplitter(Qt.Orientation.Horizontal)
        for title, view in ((self.left_title, self.left), (self.right_title, self.right)):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            title.setStyleSheet("font-weight: bold")
            column.addWidget(title)
            column.addWidget(view, 1)
            sides.addWidget(holder)
            self._right_holder = holder  # the last one: the right side
        self.sides = sides
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.legend)
        layout.addWidget(self.caption)
        layout.addWidget(self.span_label)
        layout.addWidget(sides, 1)
        layout.addWidget(self.message_label)

    # -- what is shown --------------------------------------------------------------------------

    @property
    def compared(self) -> bool:
        return self.pair_check.isChecked()

    def _pair_toggled(self, on: bool) -> None:
        for widget in (self.from_box, self.to_box, self.legend, self.caption, self.right_title):
            widget.setVisible(on)
        for label in self._box_labels:
            label.setVisible(on)
        self._right_holder.setVisible(on)
        if on:  # a side shown again gets half the room (hidden, it had none)
            half = max(self.sides.width() // 2, 1)
            self.sides.setSizes([half, half])
        self.left_title.setVisible(on)
        if on:
            self.load_scenarios()
        self.refresh(fit=True)

    def compare(self, from_name: str, to_name: str) -> None:
        """Show the pair ``from_name`` → ``to_name`` (names as in the boxes)."""
        self.pair_check.setChecked(True)
        self.from_box.setCurrentIndex(self.from_box.findText(from_name))
        self.to_box.setCurrentIndex(self.to_box.findText(to_name))
        self.refresh(force=True, fit=True)

    def load_scenarios(self) -> None:
        known = queries.scenarios(self._context.database)
        wanted = (self.from_box.currentData(), self.to_box.currentData())
        current = self._scenario_box.currentData()
        other = next((s.id for s in known if s.id != current), current)
        for box, want, fallback in (
            (self.from_box, wanted[0], other),
            (self.to_box, wanted[1], current),
        ):
            box.blockSignals(True)
            box.clear()
            for scenario in known:
                box.addItem(scenario.name, scenario.id)
            row = box.findData(want) if want is not None else -1
            box.setCurrentIndex(row if row >= 0 else max(box.findData(fallback), 0))
            box.blockSignals(False)

    def _single_changed(self) -> None:
        if not self.compared:
            self.refresh(fit=True)

    def _scenarios(self) -> list[tuple[uuid.UUID, str]]:
        if not self.compared:
            scenario_id = self._scenario_box.currentData()
            if not isinstance(scenario_id, uuid.UUID):
                return []
            name = next(
                (s.name for s in queries.scenarios(self._context.database) if s.id == scenario_id),
                "",
            )
            return [(scenario_id, name)]
        chosen = [(box.currentData(), box.currentText()) for box in (self.from_box, self.to_box)]
        return [(i, n) for i, n in chosen if isinstance(i, uuid.UUID)]

    def refresh(self, force: bool = False, fit: bool = False, batch: Batch | None = None) -> None:
        """Read the shown scenarios again (or only the units ``batch`` changed) and redraw;
        later, if the page is hidden."""
        if not self.isVisible() and not force:
            self._stale = True
            self._fit_pending = self._fit_pending or fit
            return
        stale, self._stale = self._stale, False
        shown = self._scenarios()
        follows: list[Followed | None] = []
        for index, units in enumerate((self.left_units, self.right_units)):
            scenario_id = shown[index][0] if len(shown) > index else None
            followed = None
            if batch is not None and not stale and units.scenario_id == scenario_id:
                followed = units.apply(batch.of(Unit), lambda name: len(wrap_name(name)))
            if followed is None:
                units.load(scenario_id)
            follows.append(followed)
        if not self.compared and follows[0] is not None:  # one chart: only what changed
            self.left.follow(follows[0])
            self.left.after_reload()
            return
        self.pair = None
        if self.compared and len(shown) == 2:
            before = list(self.left_units.records.values())
            after = list(self.right_units.records.values())
            self.pair = changes.compare_pair(before, after)
            self.caption.setText(changes.caption(before, after, self.pair))
            self.left_title.setText(shown[0][1])
            self.right_title.setText(shown[1][1])
        self.left.show_units(self.pair.before if self.pair else None)
        self.right.show_units(self.pair.after if self.pair else None)
        for view in (self.left, self.right):
            view.after_reload()
        if fit or self._fit_pending:
            self._fit_pending = False
            self.fit()

    _fit_pending = True

    def bands_changed(self) -> None:
        """The user chose other span bands (on the comparison page): mark the spans again."""
        for view in (self.left, self.right):
            view.mark_spans()

    def _spans_marked(self) -> None:
        self.span_label.setText(span_note())  # the bands may have been changed
        marked = self.left.chart_style.spans or (self.compared and self.right.chart_style.spans)
        self.span_label.setVisible(bool(marked))

    def fit(self) -> None:
        for view in (self.left, self.right):
            view.fit()

    def _orientation_changed(self) -> None:
        for view in (self.left, self.right):
            view.set_orientation(self.orientation_box.currentData())

    def _on_batch(self, batch: Batch) -> None:
        if not batch.received and self.message_label.property(ERROR_PROPERTY):
            show_error(self.message_label, "")  # an edit went through: the refusal is dealt with
        if batch.touches(Scenario):
            if self.compared:
                self.load_scenarios()
            self.refresh()
            return
        self.refresh(batch=None if batch.reloads(Unit) else batch)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        unit = self._tree_unit() if self._tree_unit is not None else None
        if not self.compared and unit is not None and unit.id in self.left_units.records:
            self.left.select(unit.id)

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        unit = self._tree_unit() if self._tree_unit is not None else None
        current = self.left.current
        if self.isVisibleTo(self.window()):
            return  # the window is closing or minimised, not another page chosen
        if not self.compared and current is not None and (unit is None or unit.id != current):
            self.chosen.emit(current)

    # -- the pair: a unit and its counterpart -------------------------------------------------

    def _follow(self, source: ChartView, unit_id: uuid.UUID | None) -> None:
        if self._following or self.pair is None or unit_id is None:
            return
        other = self.right if source is self.left else self.left
        mapping = self.pair.to_after if source is self.left else self.pair.to_before
        unit = source.units.unit(unit_id)
        if unit is None:
            return
        by_lineage = {record.lineage_id: record.id for record in other.units.records.values()}
        linked = mapping.get(unit.lineage_id, [])
        found = [by_lineage[lineage] for lineage in linked if lineage in by_lineage]
        self._following = True
        try:
            other.select(found[0] if found else None)
        finally:
            self._following = False

    # -- export ---------------------------------------------------------------------------------

    def chart(self) -> export.Chart:
        """What is shown, as the files draw it (the same layouts, colours and caption)."""
        sides = []
        titles = [name for _id, name in self._scenarios()]
        for view, title in zip((self.left, self.right), titles, strict=False):
            sides.append(
                export.ChartSide(title, view.chart_layout, view.units.records, view.chart_style)
            )
        title = self.tr("Organisation chart: %1").replace("%1", " → ".join(titles))
        return export.Chart(title, sides, self.caption.text() if self.pair else "")

    def ask_export(self, suffix: str, page: str) -> None:
        names = "-".join(name for _id, name in self._scenarios()) or "organisasjon"
        filters = (
            self.tr("PDF document (*.pdf)") if suffix == ".pdf" else self.tr("SVG picture (*.svg)")
        )
        path = ask_save_path(
            self, self.tr("Export chart"), str(Path.home() / f"{names}{suffix}"), filters
        )
        if path:
            self.export_file(Path(path), page)

    def print_chart(self) -> bool:
        """Ctrl+P on this page: the chart shown, on the printer's pages as in the PDF."""
        from PySide6.QtGui import QPainter

        from fredapp.ui.organisation.printing import ask_printer

        chart = self.chart()
        printer = ask_printer(self, chart.title)
        if printer is None:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            with StepProgress(self, self.tr("Printing the chart…")) as progress:
                export.paint_pages(painter, printer, chart, progress)
        except Cancelled as exc:
            show_info(self.message_label, error_text(exc))
            return False
        finally:
            painter.end()
        return True

    def export_file(self, path: Path, page: str = "A4") -> bool:
        """Write the chart shown (a large one page by page, with Cancel)."""
        try:
            with StepProgress(self, self.tr("Exporting the chart…")) as progress:
                pages = export.write_chart(path, self.chart(), page, progress)
        except Cancelled as exc:
            show_info(self.message_label, error_text(exc))
            return False
        except (FredAppError, OSError) as exc:
            show_error(
                self.message_label, error_text(exc) if isinstance(exc, FredAppError) else str(exc)
            )
            return False
        show_info(
            self.message_label,
            self.tr("Saved %1 (%n page(s)).", "", pages).replace("%1", str(path)),
        )
        return True
