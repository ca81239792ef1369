"""The description panel: the self-saving editor with the description's versions and export.

Versions are listed beside the text, compared side by side and restored as the newest
(versions.py); the editor itself, and its saving, is description_editor.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QSplitter, QToolBar, QVBoxLayout, QWidget

from fredapp.core import descriptions
from fredapp.core.errors import FredAppError
from fredapp.core.models import Description, DescriptionVersion
from fredapp.core.operations import Operation
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import fit_message, is_marked, show_error, show_info
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.messages import error_text
from fredapp.ui.organisation.description_editor import AUTOSAVE_MS, DescriptionEditor
from fredapp.ui.organisation.versions import DiffDialog, VersionList, VersionTableModel
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.undo import push_operation

__all__ = ["AUTOSAVE_MS", "DescriptionPanel", "DiffDialog", "VersionTableModel"]

Index = QModelIndex | QPersistentModelIndex


class DescriptionPanel(DescriptionEditor):
    """Edits one description, which saves itself, with its versions and its export."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setAccessibleName(self.tr("Show the versions of the description"))
        self.history_button.setCheckable(True)
        self.export_pdf_button = QPushButton(self.tr("PD&F…"))
        self.export_pdf_button.setAccessibleName(self.tr("Export the description to PDF"))
        self.export_odt_button = QPushButton(self.tr("&ODT…"))
        self.export_odt_button.setAccessibleName(self.tr("Export the description to ODT"))
        self.save_version_button = QPushButton(self.tr("Sa&ve version"))
        self.save_version_button.setAccessibleName(
            self.tr("Save the text as a version of its own (Ctrl+S)")
        )
        self.save_version_action = QAction(self.tr("Save version"), self)
        self.save_version_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_version_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_version_action.triggered.connect(self.save_version)
        self.addAction(self.save_version_action)
        self.history_box = VersionList()
        self.versions = self.history_box.versions
        self.version_view = self.history_box.view
        self.compare_button = self.history_box.compare_button
        self.restore_button = self.history_box.restore_button
        self._build_layout()
        self.history_box.hide()
        self.history_button.toggled.connect(self.show_history)
        self.save_version_button.clicked.connect(self.save_version)
        self.version_view.selectionModel().selectionChanged.connect(self._enable_actions)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.export_odt_button.clicked.connect(lambda: self.ask_export("odt"))
        subscribe(context, (Description, DescriptionVersion), self._on_batch, self)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _build_layout(self) -> None:
        # The heading wraps and the buttons fold into the bar's » menu, so a long unit name
        # never makes the panel wider than the splitter gives it (it took the tree's room).
        fit_message(self.title_label)
        buttons = QToolBar()
        buttons.setAccessibleName(self.tr("Description actions"))
        for button in (
            self.save_version_button,
            self.history_button,
            self.export_pdf_button,
            self.export_odt_button,
        ):
            buttons.addWidget(button)
        # The versions beside the text, not under it: five rows of them and the editor fit
        # one above the other on no 768-pixel screen.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.format_bar)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(self.status_label)
        splitter.addWidget(editor_box)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(buttons)
        layout.addWidget(splitter, 1)

    # -- what is shown ---------------------------------------------------------------------

    def _enable_actions(self) -> None:
        has = self._description_id is not None
        self.history_button.setEnabled(has)
        self.export_pdf_button.setEnabled(has)
        self.export_odt_button.setEnabled(has)
        self.save_version_button.setEnabled(self._target is not None)
        selected = len(self._selected_versions())
        self.compare_button.setEnabled(selected == 2)
        self.restore_button.setEnabled(selected == 1)

    # -- versions --------------------------------------------------------------------------

    def save_version(self) -> bool:
        """ "Save version" (Ctrl+S): the text now is a version of its own; what is typed
        after it goes into the next one."""
        self.save_now()
        if self.dirty or self._description_id is None:
            return False
        self._since = dt.datetime.now(dt.UTC)
        latest = self.versions.versions[0] if self.versions.versions else None
        if latest is not None:
            text = self.tr("Saved as version %1.").replace("%1", str(latest.version_no))
            show_info(self.status_label, text)
            self._status_bar(text)
        return True

    def _refresh_versions(self) -> None:
        if self._description_id is None:
            self.versions.set_versions([])
            if not is_marked(self.editor):
                show_info(
                    self.status_label, self.tr("No text yet – type to write one; it saves itself.")
                )
            return
        found = descriptions.versions(self._context.database, self._description_id)
        self.history_box.set_versions(found)
        if is_marked(self.editor):
            return  # the refusal stays in view until the text is saved
        if found:
            latest = found[0]
            show_info(
                self.status_label,
                self.tr("Saved %1 by %2 (version %3)")
                .replace("%1", formatting.date_time(latest.saved_at))
                .replace("%2", latest.author or "–")
                .replace("%3", str(latest.version_no)),
            )
        else:
            show_info(self.status_label, self.tr("Not saved yet"))

    def _on_batch(self, batch: Batch) -> None:
        """Once per operation or sync: the shown text (if nothing is pending) and versions."""
        if getattr(self, "_saving", False) or self._description_id is None:
            return
        shown = self._description_id
        if batch.reloads(Description) or any(c.record_id == shown for c in batch.of(Description)):
            if not self.dirty:
                stored = descriptions.get(self._context.database, shown)
                if stored is not None:
                    self._show_text(stored.body_html)
            self._refresh_versions()
        elif batch.touches(DescriptionVersion):
            self._refresh_versions()

    # -- history ---------------------------------------------------------------------------

    def show_history(self, visible: bool = True) -> None:
        self.save_now()
        self.history_box.setVisible(visible)
        if self.history_button.isChecked() != visible:
            self.history_button.setChecked(visible)

    def _selected_versions(self) -> list[DescriptionVersion]:
        return self.history_box.selected()

    def select_versions(self, *version_numbers: int) -> None:
        self.history_box.select(*version_numbers)
        self._enable_actions()

    def compare_selected(self) -> DiffDialog | None:
        chosen = self._selected_versions()
        if len(chosen) != 2:
            return None
        newer, older = sorted(chosen, key=lambda v: v.version_no, reverse=True)
        dialog = DiffDialog(older, newer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.diff_dialog = dialog
        return dialog

    def restore_selected(self) -> bool:
        """Restore the chosen version as a new one; the list selects it and both the panel
        and the status bar say what was done."""
        chosen = self._selected_versions()
        if len(chosen) != 1 or self._description_id is None:
            return False
        self.save_now()
        version = chosen[0]
        service = self._context.service
        try:
            changes = descriptions.plan_restore(service, self._description_id, version.id)
        except FredAppError as exc:
            show_error(self.status_label, error_text(exc))
            return False
        if not changes:
            return False
        text = self.tr("Restore version %1").replace("%1", str(version.version_no))
        # One operation: one transaction, one undo step.
        push_operation(self._context.undo_stack, service, Operation.named(text, changes))
        self._since = dt.datetime.now(dt.UTC)  # edits after it make a version of their own
        stored = descriptions.get(self._context.database, self._description_id)
        if stored is not None:
            self._show_text(stored.body_html)
        self._refresh_versions()
        newest = self.versions.versions[0].version_no if self.versions.versions else 0
        self.select_versions(newest)
        said = (
            self.tr("Restored version %1 as version %2.")
            .replace("%1", str(version.version_no))
            .replace("%2", str(newest))
        )
        show_info(self.status_label, said)
        self._status_bar(said)
        return True

    # -- export ----------------------------------------------------------------------------

    def ask_export(self, kind: str) -> None:
        self.save_now()
        if self._target is None:
            return
        filters = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "odt": self.tr("OpenDocument text (*.odt)"),
        }
        name = self._target[2].replace("/", "-")
        path = ask_save_path(
            self, self.tr("Export description"), str(Path.home() / f"{name}.{kind}"), filters[kind]
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """One description, written aside; no progress: 0.01 s as PDF (the whole scenario's
        1 500 at demo scale 10 go through the tab's export, with progress)."""
        from fredapp.ui.organisation.export import export_descriptions

        self.save_now()
        if self._target is None:
            return False
        title = self.title_label.text()
        try:
            export_descriptions(path, [(title, self.editor.toHtml())], title)
        except FredAppError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return False
        self.status_label.setText(self.tr("Exported to %1").replace("%1", str(path)))
        return True
