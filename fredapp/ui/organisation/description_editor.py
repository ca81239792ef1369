"""The description editor: a unit's function or a role described in rich text that saves itself.

It saves a moment after typing stops, when it loses focus or is hidden, and before it shows
something else; a refused text stays in it, marked, until the person corrects or discards
it. The description panel (descriptions.py) adds the versions and the export.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QLabel, QMessageBox, QTextEdit, QWidget

from fredapp.core import descriptions
from fredapp.core.errors import FredAppError
from fredapp.core.models import Description
from fredapp.ui.context import AppContext
from fredapp.ui.error_label import fit_message, is_marked, mark_field, show_error, show_info
from fredapp.ui.itemmodels.units import relabel
from fredapp.ui.messages import error_text
from fredapp.ui.organisation.formatbar import FormatBar

AUTOSAVE_MS = 1500


class DescriptionEditor(QWidget):
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
        self.editor.textChanged.connect(self._edited)

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
        """Hook: the panel's buttons follow what is shown."""

    def _refresh_versions(self) -> None:
        """Hook: the panel's versions and save status follow what is stored."""

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

    def _status_bar(self, text: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(text, 8000)
