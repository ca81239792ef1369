"""The roles and their role descriptions (the Organisasjon tab's Roller page)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fredapp.core import descriptions
from fredapp.core.models import Role
from fredapp.ui.context import AppContext
from fredapp.ui.itemmodels.units import push_change
from fredapp.ui.organisation.descriptions import DescriptionPanel
from fredapp.ui.refresh import Batch, subscribe


class RolesPage(QWidget):
    """The roles and their role descriptions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.role_list = QListWidget()
        self.role_list.setAccessibleName(self.tr("Roles"))
        self.add_button = QPushButton(self.tr("&New role…"))
        self.add_button.setAccessibleName(self.tr("Add a role"))
        self.rename_button = QPushButton(self.tr("Rena&me role…"))
        self.rename_button.setAccessibleName(self.tr("Rename the role"))
        self.delete_button = QPushButton(self.tr("De&lete role"))
        self.delete_button.setAccessibleName(self.tr("Delete the role"))
        self.panel = DescriptionPanel(context)
        self._shown_role: uuid.UUID | None = None
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("R&oles:"))
        label.setBuddy(self.role_list)
        left_layout.addWidget(label)
        left_layout.addWidget(self.role_list, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.role_list.currentRowChanged.connect(self._role_chosen)
        self.add_button.clicked.connect(self.ask_add_role)
        self.rename_button.clicked.connect(self.ask_rename_role)
        self.delete_button.clicked.connect(self.delete_role)
        subscribe(context, [Role], self._on_batch, self)
        self.load()

    def load(self, chosen: uuid.UUID | None = None) -> None:
        wanted = chosen or self.current_role_id()
        self.role_list.blockSignals(True)
        self.role_list.clear()
        row = -1
        for position, role in enumerate(descriptions.roles(self._context.database)):
            self.role_list.addItem(role.title)
            self.role_list.item(position).setData(Qt.ItemDataRole.UserRole, role.id)
            if role.id == wanted:
                row = position
        self.role_list.setCurrentRow(row)
        self.role_list.blockSignals(False)
        if row < 0 or chosen is not None:
            self._role_chosen()
        has = self.current_role_id() is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def current_role_id(self) -> uuid.UUID | None:
        item = self.role_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return value if isinstance(value, uuid.UUID) else None

    def select_role(self, role_id: uuid.UUID) -> None:
        for row in range(self.role_list.count()):
            if self.role_list.item(row).data(Qt.ItemDataRole.UserRole) == role_id:
                self.role_list.setCurrentRow(row)
                return

    def _role_chosen(self, *args: Any) -> None:
        role_id = self.current_role_id()
        item = self.role_list.currentItem()
        shown = self._shown_role
        left = (
            self.panel.clear()
            if role_id is None or item is None
            else self.panel.set_role_target(role_id, item.text())
        )
        if left:
            self._shown_role = role_id
        elif shown is not None:  # the person keeps text that could not be saved
            self.role_list.blockSignals(True)
            self.select_role(shown)
            self.role_list.blockSignals(False)
            role_id = shown
        has = role_id is not None
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def ask_add_role(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New role"), self.tr("Title of the role:"))
        if ok:
            self.add_role(title)

    def add_role(self, title: str) -> uuid.UUID | None:
        title = title.strip()
        if not title:
            QMessageBox.warning(self, self.tr("New role"), self.tr("A role needs a title."))
            return None
        service = self._context.service
        change = service.plan_create(Role, label="add role", title=title)
        push_change(
            self._context.undo_stack, service, change, self.tr("Add role %1").replace("%1", title)
        )
        self.load(chosen=change.record_id)
        return change.record_id

    def ask_rename_role(self) -> None:
        item = self.role_list.currentItem()
        if item is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Rename role"), self.tr("New title of the role:"), text=item.text()
        )
        if ok:
            self.rename_role(title)

    def rename_role(self, title: str) -> bool:
        role_id = self.current_role_id()
        title = title.strip()
        if role_id is None or not title:
            return False
        service = self._context.service
        change = service.plan_update(Role, role_id, "rename role", title=title)
        if change is not None:
            push_change(
                self._context.undo_stack,
                service,
                change,
                self.tr("Rename role to %1").replace("%1", title),
            )
        return True

    def delete_role(self) -> bool:
        role_id = self.current_role_id()
        if role_id is None:
            return False
        item = self.role_list.currentItem()
        service = self._context.service
        change = service.plan_delete(Role, role_id, "delete role")
        push_change(
            self._context.undo_stack,
            service,
            change,
            self.tr("Delete role %1").replace("%1", item.text() if item else ""),
        )
        return True

    def _on_batch(self, _batch: Batch) -> None:
        self.load()  # once per operation or sync
