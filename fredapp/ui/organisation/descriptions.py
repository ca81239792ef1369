"""The description editor: rich text that saves itself, with its versions (see versions)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import descriptions
from fredapp.core.errors import FredAppError
from fredapp.core.models import Description, DescriptionVersion
from fredapp.core.operations import Operation
from fredapp.ui import formatting
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import fit_message, is_marked, mark_field, show_error, show_info
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.itemmodels.units import relabel
from fredapp.ui.messages import error_text
from fredapp.ui.organisation.formatbar import FormatBar
from fredapp.ui.organisation.versions import DiffDialog, VersionList, VersionTableModel
from fredapp.ui.refresh import Batch, subscribe
from fredapp.ui.undo import push_operation

__all__ = ["DescriptionPanel", "DiffDialog", "VersionTableModel"]

Index = QModelIndex | QPersistentModelIndex
AUTOSAVE_MS = 1500


class DescriptionPanel(QWidget):
    """Edits one description; saves by itself a moment after typing stops."""

    saved = Signal(object)  # the description id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._description_id: uuid.UUID | None = None
        self._target: tuple[str, uuid.UUID, str] | None = None  # (kind, id, name)
        self._loading = False
        self.dirty = False
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Description title"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(True)
        self.editor.setAccessibleName(self.tr("Description text"))
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.status_label = fit_message(QLabel())
        self.status_label.setAccessibleName(self.tr("Save status"))
        self._since = dt.datetime.now(dt.UTC)  # versions saved before it stay as they are
        # Asked when text that could not be saved would be left: True discards it.
        self.ask_discard: Callable[[str, str], bool] = self._ask_discard
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.format_bar = FormatBar(self.editor)
        bar = self.format_bar
        self.heading1_action, self.heading2_action = bar.heading1_action, bar.heading2_action
        self.paragraph_action, self.bold_action = bar.paragraph_action, bar.bold_action
        self.italic_action, self.bullets_action = bar.italic_action, bar.bullets_action
        self.numbers_action = bar.numbers_action
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
        self.editor.textChanged.connect(self._edited)
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

    # -- what is edited --------------------------------------------------------------------

    @property
    def description_id(self) -> uuid.UUID | None:
        return self._description_id

    def clear(self) -> bool:
        """Show nothing; False (and nothing changes) when the person keeps unsaved text."""
        if not self.leave():
            return False
        self._target = None
        self._description_id = None
        self._show_text("")
        self.title_label.setText(self.tr("Nothing selected"))
        self.editor.setEnabled(False)
        show_info(self.status_label, "")
        self._enable_actions()
        return True

    def set_function_target(self, lineage_id: uuid.UUID, unit_name: str) -> bool:
        """Open a unit's function description; False when the person stays with text that
        could not be saved (nothing changes)."""
        if not self.leave():
            return False
        self._target = ("function", lineage_id, unit_name)
        found = descriptions.function_description(self._context.database, lineage_id)
        self.title_label.setText(self.tr("Function description: %1").replace("%1", unit_name))
        self._open(found)
        return True

    def set_role_target(self, role_id: uuid.UUID, title: str) -> bool:
        if not self.leave():
            return False
        self._target = ("role", role_id, title)
        found = descriptions.role_description(self._context.database, role_id)
        self.title_label.setText(self.tr("Role description: %1").replace("%1", title))
        self._open(found)
        return True

    def rename_target(self, name: str) -> None:
        """The unit or role being edited is called ``name`` now: the heading says so."""
        if self._target is None or self._target[2] == name:
            return
        kind, target_id, _old = self._target
        self._target = (kind, target_id, name)
        heading = (
            self.tr("Function description: %1")
            if kind == "function"
            else self.tr("Role description: %1")
        )
        self.title_label.setText(heading.replace("%1", name))

    def target_name(self) -> str:
        return self._target[2] if self._target else ""

    def _open(self, description: Description | None) -> None:
        self._description_id = description.id if description else None
        self._since = dt.datetime.now(dt.UTC)  # this visit's edits make a version of their own
        mark_field(self.editor, False)
        self._show_text(description.body_html if description else "")
        self.editor.setEnabled(True)
        self._refresh_versions()
        self._enable_actions()

    def _show_text(self, body_html: str) -> None:
        self._loading = True
        try:
            if body_html:
                self.editor.setHtml(body_html)
            else:
                self.editor.clear()
                self.editor.setCurrentCharFormat(QTextCharFormat())
            self.editor.document().setModified(False)
        finally:
            self._loading = False
        self.dirty = False

    def _enable_actions(self) -> None:
        has = self._description_id is not None
        self.history_button.setEnabled(has)
        self.export_pdf_button.setEnabled(has)
        self.export_odt_button.setEnabled(has)
        self.save_version_button.setEnabled(self._target is not None)
        selected = len(self._selected_versions())
        self.compare_button.setEnabled(selected == 2)
        self.restore_button.setEnabled(selected == 1)

    # -- saving ----------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self._target is None:
            return
        self.dirty = True
        if not is_marked(self.editor):  # a refusal stays in view until the text is saved
            show_info(self.status_label, self.tr("Changed – saving shortly…"))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: Any) -> None:
        # Another tab: saved; text that cannot be saved stays in the editor, marked.
        self.save_now()
        super().hideEvent(event)

    def body_html(self) -> str:
        return self.editor.toHtml() if self.editor.toPlainText().strip() else ""

    def leave(self) -> bool:
        """Before the editor shows something else: save, or ask when the text is refused.

        True when the text is saved (or there was nothing to save) or the person chose to
        discard it; False when they keep it to correct it.
        """
        if self.save_now() or not self.dirty:
            return True
        if self.ask_discard(self.target_name(), self.status_label.text()):
            self.dirty = False
            mark_field(self.editor, False)
            return True
        self.editor.setFocus()
        return False

    def _ask_discard(self, name: str, problem: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Text not saved"))
        box.setText(self.tr("The description of %1 could not be saved.").replace("%1", name))
        box.setInformativeText(problem)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(self.tr("&Discard my changes"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def save_now(self) -> bool:
        """Save pending edits at once; True when something was written.

        A refused text stays in the editor, marked, with the refusal naming the field.
        """
        self.timer.stop()
        if not self.dirty or self._target is None:
            return False
        service = self._context.service
        kind, target_id, name = self._target
        body = self.body_html()
        try:
            if self._description_id is None and not body:
                self.dirty = False  # a heading chosen in an empty editor: nothing to keep yet
                return False
            self._saving = True
            try:
                if self._description_id is None:
                    # Created with its text, so a refused text creates nothing.
                    create = (
                        descriptions.plan_function_description(service, target_id, name, body)
                        if kind == "function"
                        else descriptions.plan_role_description(service, target_id, name, body)
                    )
                    service.apply(relabel(create, self.tr("New description")))
                    self._description_id = create.record_id
                changes = descriptions.plan_save(
                    service, self._description_id, body, since=self._since
                )
                for change in changes:
                    service.apply(relabel(change, self.tr("Description saved")))
            finally:
                self._saving = False
        except FredAppError as exc:
            mark_field(self.editor, True)
            show_error(self.status_label, self.tr("Not saved: %1").replace("%1", error_text(exc)))
            return False
        self.dirty = False
        mark_field(self.editor, False)
        self.editor.document().setModified(False)
        self._refresh_versions()
        self._enable_actions()
        self.saved.emit(self._description_id)
        return True

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

    def _status_bar(self, text: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)

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
