"""Text scaling (WCAG 2.1 AA 1.4.4): at 1.5 × and 2 × the font no visible text is clipped.

The window is 1920 × 1080 (a full-HD laptop screen). On each of the four tabs every visible
label, button, check box, combo box and tab of a tab bar must be at least as wide as it asks to
be (its size hint) or, where it elides by design, still show its text in full. Widgets in a
scroll area that scrolls are skipped: they can be scrolled to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)

from fredapp.ui.main_window import MainWindow

SCALES = (1.5, 2.0)
SIZE = (1920, 1080)


@pytest.fixture(params=SCALES, ids=lambda scale: f"{scale}x")
def big_font(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[QFont]:
    """The application font at 1.5 × (2 ×) its point size while the test runs.

    Request it before ``window``, so the window is built with the large font.
    """
    original = QFont(qapp.font())
    font = QFont(original)
    points = original.pointSizeF() if original.pointSizeF() > 0 else 9.0
    font.setPointSizeF(points * request.param)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(original)


def _scrolls(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` sits in a scroll area or item view (which scroll by design)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):  # QScrollArea and every item view
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {text!r} ({name})"


def clipped_widgets(top: QWidget) -> list[str]:
    """Every visible text widget under ``top`` narrower (or lower) than its size hint."""
    problems: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or _scrolls(widget, top):
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                # a wrapping label needs the height its text takes at its width
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"{_describe(widget)}: height {widget.height()} < {need}")
                continue
            hint = widget.sizeHint()
        elif isinstance(widget, QAbstractButton | QComboBox):
            if isinstance(widget, QAbstractButton) and not widget.text():
                continue  # an icon-only tool button has nothing to clip
            hint = widget.sizeHint()
            if isinstance(widget, QComboBox):
                hint = _combo_need(widget)
        elif isinstance(widget, QTabBar):
            problems += _clipped_tabs(widget)
            continue
        else:
            continue
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            problems.append(
                f"{_describe(widget)}: {widget.width()}×{widget.height()}"
                f" < {hint.width()}×{hint.height()}"
            )
    return problems


def _combo_need(combo: QComboBox) -> Any:
    """The size a combo box needs to show its *current* text in full (not its longest item)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text_width = combo.fontMetrics().horizontalAdvance(combo.currentText())
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    contents = QSize(text_width + icon, combo.fontMetrics().height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)


def _clipped_tabs(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        # the text, with its mnemonic '&' removed, must fit in the tab less its padding
        text = bar.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = bar.fontMetrics().horizontalAdvance(text)
        if rect.width() < need or (
            bar.elideMode() != Qt.TextElideMode.ElideNone
            and rect.width() < bar.tabSizeHint(i).width()
        ):
            problems.append(f"tab {text!r}: {rect.width()} < {bar.tabSizeHint(i).width()}")
    return problems


def _pages(window: MainWindow) -> list[QWidget]:
    return window.tab_widgets()


def test_no_text_is_clipped_at_one_and_a_half_times_the_font(
    big_font: QFont, window: MainWindow, qtbot: Any
) -> None:
    assert window.font().pointSizeF() == pytest.approx(big_font.pointSizeF())
    window.resize(*SIZE)
    problems: dict[str, list[str]] = {}
    pages = _pages(window)
    assert len(pages) == 4
    for page in pages:
        window.tabs.setCurrentWidget(page)
        qtbot.wait(30)
        found = clipped_widgets(page)
        if found:
            problems[window.tabs.tabText(window.tabs.indexOf(page))] = found
    problems_bar = _clipped_tabs(window.tabs.tabBar())
    if problems_bar:
        problems["main tab bar"] = problems_bar
    assert problems == {}


def test_the_check_finds_a_clipped_button(big_font: QFont, qtbot: Any) -> None:
    """The check is not blind: a button squeezed below its text's width is reported."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    button = QPushButton("A rather long button text that needs room")
    button.setFixedWidth(60)
    layout.addWidget(button)
    label = QLabel("A label that is much too long for forty pixels")
    label.setFixedWidth(40)
    layout.addWidget(label)
    holder.show()
    qtbot.waitExposed(holder)
    problems = clipped_widgets(holder)
    assert len(problems) == 2
    assert "QPushButton" in problems[0]
    assert "QLabel" in problems[1]


def test_no_text_is_clipped_on_any_inner_page(
    big_font: QFont, window: MainWindow, qtbot: Any
) -> None:
    """The same check on every page of the tabs' own tab widgets (board, table, matrix …)."""
    from PySide6.QtWidgets import QTabWidget

    window.resize(*SIZE)
    problems: dict[str, list[str]] = {}
    checked = 0
    for page in _pages(window):
        window.tabs.setCurrentWidget(page)
        qtbot.wait(30)
        for inner in page.findChildren(QTabWidget):
            if not inner.isVisible():
                continue
            for i in range(inner.count()):
                inner.setCurrentIndex(i)
                qtbot.wait(30)
                checked += 1
                found = clipped_widgets(inner.widget(i))
                if found:
                    problems[f"{inner.accessibleName()} / {inner.tabText(i)}"] = found
    assert checked >= 6
    assert problems == {}


def test_no_text_is_clipped_in_fredapps_dialogs(
    big_font: QFont, fredapp_dialogs: dict[str, QWidget], qtbot: Any
) -> None:
    """The dialogs open at the size their layout asks for, with the large font."""
    problems: dict[str, list[str]] = {}
    for title, dialog in fredapp_dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        found = clipped_widgets(dialog)
        if found:
            problems[title] = found
        dialog.reject()
    assert problems == {}
