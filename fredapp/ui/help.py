"""Hjelp → FredApp-hjelp (F1): what each tab is for, where the data lives, every shortcut.

The shortcut table is read from the window's own menus when the help opens, so it always
names the keys that really work, in the user's language.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
)


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every menu action with a shortcut, in menu order."""
    found: list[tuple[str, str, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()  # typed QObject: QtGui's QAction does not know QMenu
        if not isinstance(menu, QMenu):
            continue
        for action in _actions_in(menu.actions()):
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            )
            if keys:
                found.append((_plain(top.text()), _plain(action.text()), keys))
    return found


def _actions_in(actions: list[QAction]) -> list[QAction]:
    flat: list[QAction] = []
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            flat += _actions_in(submenu.actions())
        elif not action.isSeparator():
            flat.append(action)
    return flat


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" .…")


class HelpDialog(QDialog):
    def __init__(self, window: QMainWindow, database: str, logs: str) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("FredApp help"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.help_html(window, database, logs))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        width = max(720, self.fontMetrics().averageCharWidth() * 90)
        self.resize(width, width * 3 // 4)

    def help_html(self, window: QMainWindow, database: str, logs: str) -> str:
        tabs = [
            self.tr(
                "Organisation: the unit tree of each scenario, function and role descriptions, "
                "and the comparison of two scenarios (leaders, employees, leader density, "
                "what changed)."
            ),
            self.tr(
                "Measures: the measure board by status or dimension; move a card with the "
                "mouse or Ctrl+arrow keys, open it with Enter; the table and the effect matrix "
                "show the same measures."
            ),
            self.tr(
                "Sick leave: each unit's checklist from the toolkit, the unit's figures and "
                "their trend. Figures are per unit, never per person, and groups under 5 are "
                "hidden."
            ),
            self.tr(
                "Key figures: call centre, goals, benchmarks, the sick-leave trend and time "
                "series, each graph with its figures in a table beside it."
            ),
        ]
        rows = "".join(
            f"<tr><td>{_e(menu)}</td><td>{_e(action)}</td><td>{_e(keys)}</td></tr>"
            for menu, action, keys in menu_shortcuts(window)
        )
        header = (self.tr("Menu"), self.tr("Action"), self.tr("Keys"))
        return "".join(
            [
                _h(2, self.tr("FredApp help")),
                _p(
                    self.tr(
                        "FredApp keeps the organisation, the measures, the sick-leave toolkit "
                        "and the key figures of the reorganisation in one database on this "
                        "computer. It works offline; Sync shares the changes with the others "
                        "through one shared file."
                    )
                ),
                _h(3, self.tr("The tabs")),
                "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in tabs) + "</ul>",
                _h(3, self.tr("Keyboard")),
                _p(
                    self.tr(
                        "Tab moves between controls; Alt with the underlined letter opens a "
                        "menu or presses a button. Every change can be undone."
                    )
                ),
                "<table border='1' cellspacing='0' cellpadding='4'><tr>"
                + "".join(f"<th>{_e(text)}</th>" for text in header)
                + "</tr>"
                + rows
                + "</table>",
                _h(3, self.tr("Your data")),
                _p(self.tr("Database: %1").replace("%1", database)),
                _p(self.tr("Log and crash reports: %1").replace("%1", logs)),
                _p(
                    self.tr(
                        "National identity numbers are refused in every text field. Exports "
                        "write a new file beside the old one and replace it only when complete."
                    )
                ),
            ]
        )


def _e(text: str) -> str:
    return html.escape(text)


def _h(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"
