"""The description editor: rich text that saves itself, with its versions (see versions)."""

from __future__ import annotations

import uuid
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
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
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
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.itemmodels.units import relabel
from fredapp.ui.messages import error_text
from fredapp.ui.organisation.versions import DiffDialog, VersionTableModel
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
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.format_bar = QToolBar()
        self.format_bar.setAccessibleName(self.tr("Text formatting"))
        self._make_format_actions()
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setAccessibleName(self.tr("Show the versions of the description"))
        self.history_button.setCheckable(True)
        self.export_pdf_button = QPushButton(self.tr("PD&F…"))
        self.export_pdf_button.setAccessibleName(self.tr("Export the description to PDF"))
        self.export_odt_button = QPushButton(self.tr("&ODT…"))
        self.export_odt_button.setAccessibleName(self.tr("Export the description to ODT"))
        self.versions = VersionTableModel()
        self.version_view = QTableView()
        self.version_view.setModel(self.versions)
        self.version_view.setAccessibleName(self.tr("Versions"))
        self.version_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.version_view.verticalHeader().hide()
        self.version_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.version_view.horizontalHeader().setStretchLastSection(True)
        self.compare_button = QPushButton(self.tr("Com&pare selected"))
        self.compare_button.setAccessibleName(self.tr("Compare two selected versions side by side"))
        self.restore_button = QPushButton(self.tr("R&estore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected version"))
        self.history_box = QWidget()
        self._build_layout()
        self.history_box.hide()
        self.editor.textChanged.connect(self._edited)
        self.history_button.toggled.connect(self.show_history)
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.export_odt_button.clicked.connect(lambda: self.ask_export("odt"))
        subscribe(context, (Description, DescriptionVersion), self._on_batch, self)
        self.clear()

    # -- building --------------------------------------------------------------------------

    def _format_action(
        self, text: str, shortcut: str, slot: Any, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.editor.addAction(action)
        self.format_bar.addAction(action)
        button = self.format_bar.widgetForAction(action)
        button.setAccessibleName(text.replace("&", ""))
        return action

    def _make_format_actions(self) -> None:
        self.heading1_action = self._format_action(
            self.tr("Heading 1"), "Ctrl+Alt+1", lambda: self.set_block(1)
        )
        self.heading2_action = self._format_action(
            self.tr("Heading 2"), "Ctrl+Alt+2", lambda: self.set_block(2)
        )
        self.paragraph_action = self._format_action(
            self.tr("Paragraph"), "Ctrl+Alt+0", lambda: self.set_block(0)
        )
        self.bold_action = self._format_action(self.tr("Bold"), "Ctrl+B", self.toggle_bold, True)
        self.italic_action = self._format_action(
            self.tr("Italic"), "Ctrl+I", self.toggle_italic, True
        )
        self.bullets_action = self._format_action(
            self.tr("Bulleted list"), "Ctrl+Shift+8", lambda: self.make_list(numbered=False)
        )
        self.numbers_action = self._format_action(
            self.tr("Numbered list"), "Ctrl+Shift+7", lambda: self.make_list(numbered=True)
        )
        self.editor.currentCharFormatChanged.connect(self._format_changed)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.history_button)
        top.addWidget(self.export_pdf_button)
        top.addWidget(self.export_odt_button)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Versions:"))
        label.setBuddy(self.version_view)
        history_layout.addWidget(label)
        history_layout.addWidget(self.version_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        history_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.format_bar)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(self.status_label)
        splitter.addWidget(editor_box)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- formatting ------------------------------------------------------------------------

    def set_block(self, heading: int) -> None:
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        block = QTextBlockFormat()
        block.setHeadingLevel(heading)
        cursor.mergeBlockFormat(block)
        char = QTextCharFormat()
        sizes = {0: 0, 1: 2, 2: 1}
        char.setProperty(QTextCharFormat.Property.FontSizeAdjustment, sizes[heading])
        char.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)
        cursor.endEditBlock()

    def toggle_bold(self) -> None:
        bold = self.editor.fontWeight() < QFont.Weight.Bold
        self.editor.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.bold_action.setChecked(bold)

    def toggle_italic(self) -> None:
        italic = not self.editor.fontItalic()
        self.editor.setFontItalic(italic)
        self.italic_action.setChecked(italic)

    def make_list(self, numbered: bool) -> None:
        style = QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            # The same list again: take the paragraph out of it.
            block = cursor.block()
            current.remove(block)
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
            return
        cursor.createList(style)

    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(fmt.fontItalic())

    # -- what is edited --------------------------------------------------------------------

    @property
    def description_id(self) -> uuid.UUID | None:
        return self._description_id

    def clear(self) -> None:
        self.save_now()
        self._target = None
        self._description_id = None
        self._show_text("")
        self.title_label.setText(self.tr("Nothing selected"))
        self.editor.setEnabled(False)
        self.status_label.setText("")
        self._enable_actions()

    def set_function_target(self, lineage_id: uuid.UUID, unit_name: str) -> None:
        self.save_now()
        self._target = ("function", lineage_id, unit_name)
        found = descriptions.function_description(self._context.database, lineage_id)
        self.title_label.setText(self.tr("Function description: %1").replace("%1", unit_name))
        self._open(found)

    def set_role_target(self, role_id: uuid.UUID, title: str) -> None:
        self.save_now()
        self._target = ("role", role_id, title)
        found = descriptions.role_description(self._context.database, role_id)
        self.title_label.setText(self.tr("Role description: %1").replace("%1", title))
        self._open(found)

    def _open(self, description: Description | None) -> None:
        self._description_id = description.id if description else None
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
            self.editor.document().setModified(False)
        finally:
            self._loading = False
        self.dirty = False

    def _enable_actions(self) -> None:
        has = self._description_id is not None
        self.history_button.setEnabled(has)
        self.export_pdf_button.setEnabled(has)
        self.export_odt_button.setEnabled(has)
        selected = len(self._selected_versions())
        self.compare_button.setEnabled(selected == 2)
        self.restore_button.setEnabled(selected == 1)

    # -- saving ----------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self._target is None:
            return
        self.dirty = True
        self.status_label.setText(self.tr("Changed – saving shortly…"))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: Any) -> None:
        self.save_now()
        super().hideEvent(event)

    def body_html(self) -> str:
        return self.editor.toHtml() if self.editor.toPlainText().strip() else ""

    def save_now(self) -> bool:
        """Save pending edits at once; True when something was written."""
        self.timer.stop()
        if not self.dirty or self._target is None:
            return False
        service = self._context.service
        kind, target_id, name = self._target
        try:
            if self._description_id is None:
                create = (
                    descriptions.plan_function_description(service, target_id, name)
                    if kind == "function"
                    else descriptions.plan_role_description(service, target_id, name)
                )
                service.apply(relabel(create, self.tr("New description")))
                self._description_id = create.record_id
            changes = descriptions.plan_save(service, self._description_id, self.body_html())
            self._saving = True
            try:
                for change in changes:
                    service.apply(relabel(change, self.tr("Description saved")))
            finally:
                self._saving = False
        except FredAppError as exc:
            self.status_label.setText(self.tr("Not saved: %1").replace("%1", error_text(exc)))
            return False
        self.dirty = False
        self.editor.document().setModified(False)
        self._refresh_versions()
        self._enable_actions()
        self.saved.emit(self._description_id)
        return True

    def _refresh_versions(self) -> None:
        if self._description_id is None:
            self.versions.set_versions([])
            self.status_label.setText(self.tr("No text yet – type to write one; it saves itself."))
            return
        found = descriptions.versions(self._context.database, self._description_id)
        self.versions.set_versions(found)
        if found:
            latest = found[0]
            self.status_label.setText(
                self.tr("Saved %1 by %2 (version %3)")
                .replace("%1", formatting.date_time(latest.saved_at))
                .replace("%2", latest.author or "–")
                .replace("%3", str(latest.version_no))
            )
        else:
            self.status_label.setText(self.tr("Not saved yet"))
        self.version_view.selectionModel().selectionChanged.connect(
            self._enable_actions, Qt.ConnectionType.UniqueConnection
        )

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
        model = self.version_view.selectionModel()
        if model is None:
            return []
        rows = sorted(index.row() for index in model.selectedRows())
        return [self.versions.versions[row] for row in rows]

    def select_versions(self, *version_numbers: int) -> None:
        selection = self.version_view.selectionModel()
        selection.clear()
        for row, version in enumerate(self.versions.versions):
            if version.version_no in version_numbers:
                selection.select(
                    self.versions.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
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
        chosen = self._selected_versions()
        if len(chosen) != 1 or self._description_id is None:
            return False
        self.save_now()
        version = chosen[0]
        service = self._context.service
        try:
            changes = descriptions.plan_restore(service, self._description_id, version.id)
        except FredAppError as exc:
            self.status_label.setText(error_text(exc))
            return False
        if not changes:
            return False
        text = self.tr("Restore version %1").replace("%1", str(version.version_no))
        # One operation: one transaction, one undo step.
        push_operation(self._context.undo_stack, service, Operation.named(text, changes))
        stored = descriptions.get(self._context.database, self._description_id)
        if stored is not None:
            self._show_text(stored.body_html)
        self._refresh_versions()
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
