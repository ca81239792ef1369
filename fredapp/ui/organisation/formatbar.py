"""The description editor's formatting: headings, paragraphs, bold, italic and lists.

The strings keep the DescriptionPanel translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolBar


class FormatBar(QToolBar):
    """The formatting actions of ``editor``, each with its shortcut while the editor has focus."""

    def __init__(self, editor: QTextEdit) -> None:
        super().__init__()
        self.editor = editor
        self.setAccessibleName(QCoreApplication.translate("DescriptionPanel", "Text formatting"))
        self._make_format_actions()

    def _format_action(
        self, text: str, shortcut: str, slot: Any, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.editor.addAction(action)
        self.addAction(action)
        button = self.widgetForAction(action)
        button.setAccessibleName(text.replace("&", ""))
        return action

    def _make_format_actions(self) -> None:
        self.heading1_action = self._format_action(
            QCoreApplication.translate("DescriptionPanel", "Heading 1"),
            "Ctrl+Alt+1",
            lambda: self.set_block(1),
        )
        self.heading2_action = self._format_action(
            QCoreApplication.translate("DescriptionPanel", "Heading 2"),
            "Ctrl+Alt+2",
            lambda: self.set_block(2),
        )
        self.paragraph_action = self._format_action(
            QCoreApplication.translate("DescriptionPanel", "Paragraph"),
            "Ctrl+Alt+0",
            lambda: self.set_block(0),
        )
        self.bold_action = self._format_action(
            QCoreApplication.translate("DescriptionPanel", "Bold"), "Ctrl+B", self.toggle_bold, True
        )
        self.italic_action = self._format_action(
            QCoreApplication.translate("DescriptionPanel", "Italic"),
            "Ctrl+I",
            self.toggle_italic,
            True,
        )
        self.bullets_action = self._format_action(
            QCoreApplication.translate("DescriptionPanel", "Bulleted list"),
            "Ctrl+Shift+8",
            lambda: self.make_list(numbered=False),
        )
        self.numbers_action = self._format_action(
            QCoreApplication.translate("DescriptionPanel", "Numbered list"),
            "Ctrl+Shift+7",
            lambda: self.make_list(numbered=True),
        )
        self.editor.currentCharFormatChanged.connect(self._format_changed)

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
        cursor.mergeBlockCharFormat(char)
        cursor.endEditBlock()
        # What is typed next takes the heading too: in an empty editor (or an empty line)
        # there was no text to select and the first words came out as plain paragraph text.
        self.editor.mergeCurrentCharFormat(char)

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
