"""Keyboard reach and accessible names: walk each tab's focus chain as a keyboard user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QWidget
from ui_helpers import accessible_name, focus_chain

from fredapp.ui.main_window import MainWindow

TAB_INDEXES = [0, 1, 2, 3]


@pytest.mark.parametrize("index", TAB_INDEXES)
def test_every_control_on_a_tab_is_reached_and_named(qtbot, window: MainWindow, index: int) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(index)
    page = window.tabs.widget(index)
    qtbot.waitUntil(page.isVisible)
    reached = focus_chain(window, page)
    assert reached, "a tab with nothing a keyboard can reach"
    unnamed = [
        f"{type(w).__name__}({w.objectName() or '-'})" for w in reached if not accessible_name(w)
    ]
    assert unnamed == []


def test_tab_bar_and_menus_are_keyboard_reachable(window: MainWindow) -> None:
    assert window.tabs.tabBar().focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.menuBar().actions()
    for action in window.menuBar().actions():
        assert "&" in action.text(), f"menu {action.text()!r} has no Alt mnemonic"


def dialog_chain(dialog: QWidget) -> list[QWidget]:
    """Every widget Tab reaches inside ``dialog``, in order."""
    reached: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    for _ in range(2000):
        if widget is dialog:
            break
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled() and dialog.isAncestorOf(widget):
            # A spin box's or date edit's own line edit is announced as the box itself.
            inner = isinstance(widget.parentWidget(), QAbstractSpinBox)
            reached.append(widget.parentWidget() if inner else widget)
        widget = widget.nextInFocusChain()
    return reached


def test_every_control_in_fredapps_dialogs_is_reached_and_named(
    qtbot, fredapp_dialogs: dict[str, QDialog]
) -> None:  # type: ignore[no-untyped-def]
    for title, dialog in fredapp_dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        reached = dialog_chain(dialog)
        assert reached, f"{title}: nothing a keyboard can reach"
        unnamed = [
            f"{type(w).__name__}({w.objectName() or '-'})"
            for w in reached
            if not accessible_name(w)
        ]
        assert unnamed == [], title
        dialog.reject()


def mnemonic(text: str) -> str | None:
    """The Alt letter of a menu text ('&&' is a plain ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def clashing_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    clashes: dict[str, list[str]] = {}
    groups = {"menu bar": window.menuBar().actions()}
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None:
            groups[top.text()] = [a for a in menu.actions() if not a.isSeparator()]
    for name, actions in groups.items():
        letters = [mnemonic(a.text()) for a in actions]
        doubled = sorted({x for x in letters if x is not None and letters.count(x) > 1})
        if doubled:
            clashes[name] = doubled
    return clashes


@pytest.mark.parametrize("language", ["nb", "en"])
def test_no_two_items_of_a_menu_share_an_alt_letter(
    qtbot, context, translations, language: str
) -> None:  # type: ignore[no-untyped-def]
    translations.install(language)
    window = MainWindow(context, language)
    qtbot.addWidget(window)
    assert clashing_mnemonics(window) == {}
