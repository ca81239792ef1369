"""The organisation tab's unit tree: the view, its level editor, and its actions with the
edits they make (add, rename, delete, cut and paste, expand and collapse).

The actions act while the tree has focus; the window's Edit menu holds them too. Every edit
goes through the model and so through the undo stack. The strings keep the tab's translation
context.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from fredapp.core.models import LEVEL_ORDER
from fredapp.ui.itemmodels.kepttext import KeepTypedDelegate
from fredapp.ui.itemmodels.unitrecords import LEVEL_ROLE, Index, UnitRecord, level_name

if TYPE_CHECKING:
    from fredapp.ui.itemmodels.unitsearch import UnitFilterProxy
    from fredapp.ui.tabs.organisation import OrganisationTab


class LevelDelegate(QStyledItemDelegate):
    """Edits a unit's level with a list of the levels' translated names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setAccessibleName(self.tr("Level"))
        for level in LEVEL_ORDER:
            box.addItem(level_name(level.value), level.value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(LEVEL_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def make_tree(proxy: UnitFilterProxy) -> QTreeView:
    """The tree view over the (filtered) units: editable in place, units moved by drag and drop."""
    tree = QTreeView()
    tree.setModel(proxy)
    tree.setAccessibleName(QCoreApplication.translate("OrganisationTab", "Units"))
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)  # lets the view skip measuring every row
    tree.header().setStretchLastSection(False)
    tree.header().setResizeContentsPrecision(200)  # measure a sample, not 10,000 rows
    tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tree.setDragEnabled(True)
    tree.setAcceptDrops(True)
    tree.setDropIndicatorShown(True)
    tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    tree.setDefaultDropAction(Qt.DropAction.MoveAction)
    tree.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    tree.setItemDelegate(KeepTypedDelegate(tree))  # a refused name stays in its editor
    tree.setItemDelegateForColumn(1, LevelDelegate(tree))
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return tree


class UnitTreeActions(QObject):
    """The tree's actions and the edits they make; the units cut wait here to be pasted."""

    def __init__(self, tab: OrganisationTab) -> None:
        super().__init__(tab)
        self._tab = tab
        self._cut_ids: list[uuid.UUID] = []
        self.add_action = self._action(
            QCoreApplication.translate("OrganisationTab", "&Add unit"),
            self.add_child_unit,
            "Ctrl+N",
        )
        self.add_top_action = self._action(
            QCoreApplication.translate("OrganisationTab", "Add top-&level unit"),
            self.add_top_unit,
            "Ctrl+Shift+N",
        )
        self.rename_action = self._action(
            QCoreApplication.translate("OrganisationTab", "Re&name unit"), self.rename_current, "F2"
        )
        self.delete_action = self._action(
            QCoreApplication.translate("OrganisationTab", "&Delete unit"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
        )
        self.cut_action = self._action(
            QCoreApplication.translate("OrganisationTab", "Cu&t unit"),
            self.cut_selected,
            QKeySequence.StandardKey.Cut,
        )
        self.paste_action = self._action(
            QCoreApplication.translate("OrganisationTab", "&Paste unit under the selected one"),
            self.paste_under_current,
            QKeySequence.StandardKey.Paste,
        )
        self.paste_top_action = self._action(
            QCoreApplication.translate("OrganisationTab", "Paste unit at the t&op level"),
            self.paste_at_top,
            "Ctrl+Shift+V",
        )
        self.expand_action = self._action(
            QCoreApplication.translate("OrganisationTab", "E&xpand all"), self.expand_all, "Ctrl+E"
        )
        self.collapse_action = self._action(
            QCoreApplication.translate("OrganisationTab", "Co&llapse all"),
            tab.tree.collapseAll,
            "Ctrl+Shift+E",
        )
        self._available = True
        self.paste_action.setEnabled(False)
        self.paste_top_action.setEnabled(False)

    def set_available(self, available: bool) -> None:
        """The unit tree is in front (True) or not: the window's Edit menu offers the tree's
        actions only while they can act (on the sick-leave tab "Delete unit" did nothing)."""
        self._available = available
        for action in (*self.edit_actions(), self.expand_action, self.collapse_action):
            action.setEnabled(available)
        self._update_paste()

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self._tab)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._tab.tree.addAction(action)
        return action

    def forget_cut(self) -> None:
        """Another scenario is shown: the units cut from the last one are not pasted."""
        self._cut_ids = []
        self._update_paste()

    def selected_unit_ids(self) -> list[uuid.UUID]:
        rows = self._tab.tree.selectionModel().selectedRows(0)
        ids = []
        for index in rows:
            unit = self._tab.model.unit_at(self._tab.proxy.mapToSource(index))
            if unit is not None:
                ids.append(unit.id)
        if not ids:
            current = self.current_unit()
            if current is not None:
                ids.append(current.id)
        return ids

    def current_unit(self) -> UnitRecord | None:
        index = self._tab.tree.currentIndex()
        return (
            self._tab.model.unit_at(self._tab.proxy.mapToSource(index)) if index.isValid() else None
        )

    def select_unit(self, unit_id: uuid.UUID, column: int = 0) -> QModelIndex:
        index = self._tab.proxy.mapFromSource(self._tab.model.index_of(unit_id, column))
        if index.isValid():
            self._tab.tree.scrollTo(index)
            self._tab.tree.setCurrentIndex(index)
        return index

    def add_child_unit(self) -> uuid.UUID | None:
        current = self.current_unit()
        return self.add_unit(current.id if current else None)

    def add_top_unit(self) -> uuid.UUID | None:
        return self.add_unit(None)

    def add_unit(self, parent_id: uuid.UUID | None, name: str | None = None) -> uuid.UUID | None:
        self._tab.clear_message()
        unit_id = self._tab.model.add_unit(
            parent_id, name or QCoreApplication.translate("OrganisationTab", "New unit")
        )
        if unit_id is not None:
            index = self.select_unit(unit_id)
            if index.isValid() and name is None:
                self._tab.tree.edit(index)
        return unit_id

    def rename_current(self) -> None:
        index = self._tab.tree.currentIndex()
        if index.isValid():
            self._tab.tree.edit(index.siblingAtColumn(0))

    def delete_selected(self) -> bool:
        self._tab.clear_message()
        ids = self.selected_unit_ids()
        if not ids:
            return False
        if len(ids) == 1:
            return self._tab.model.delete_unit(ids[0])
        # One operation for all of them and everything below: one transaction, one undo step.
        text = QCoreApplication.translate("OrganisationTab", "Delete %Ln unit(s)", None, len(ids))
        return self._tab.model.delete_units(ids, text)

    def cut_selected(self) -> None:
        self._tab.clear_message()
        self._cut_ids = self.selected_unit_ids()
        self._update_paste()
        if self._cut_ids:
            names = ", ".join(
                unit.name for unit_id in self._cut_ids if (unit := self._tab.model.unit(unit_id))
            )
            self._tab.show_message(
                QCoreApplication.translate(
                    "OrganisationTab", "Cut: %1. Select the new parent and paste (Ctrl+V)."
                ).replace("%1", names),
                error=False,
            )

    def paste_under_current(self) -> bool:
        current = self.current_unit()
        return self._paste(current.id if current else None)

    def paste_at_top(self) -> bool:
        return self._paste(None)

    def _paste(self, parent_id: uuid.UUID | None) -> bool:
        if not self._cut_ids:
            return False
        self._tab.clear_message()
        moved = self._tab.model.move_units(self._cut_ids, parent_id)
        if moved:
            first = self._cut_ids[0]
            self._cut_ids = []
            self._update_paste()
            self.select_unit(first)
        return moved

    def _update_paste(self) -> None:
        self.paste_action.setEnabled(self._available and bool(self._cut_ids))
        self.paste_top_action.setEnabled(self._available and bool(self._cut_ids))

    def expand_all(self) -> None:
        """Expand every unit (a tree still being built is finished first)."""
        self._tab.model.finish_loading()
        self._tab.tree.expandAll()

    def edit_actions(self) -> list[QAction]:
        """The tree's actions, for the window's Edit menu (they act while the tree has focus)."""
        return [
            self.add_action,
            self.add_top_action,
            self.rename_action,
            self.delete_action,
            self.cut_action,
            self.paste_action,
            self.paste_top_action,
        ]
