"""The Tiltak tab's controls: the board-columns and filter boxes, the buttons, the Export menu,
the dimension legend, the views' sub-tabs, and how the tab lays them out.

Functions of the tab rather than methods, so the tab stays the filters, edits and views; the
widgets keep their names on the tab, and their words stay in the tab's translation context.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.calc.measures import DIMENSION_ORDER, LEVEL_ORDER, STATUS_ORDER
from fredapp.ui import labels
from fredapp.ui.a11y import label_for_screen_readers
from fredapp.ui.board.axes import StatusDelegate
from fredapp.ui.board.colors import dimension_color, text_on
from fredapp.ui.board.model import MeasureTableModel

if TYPE_CHECKING:
    from fredapp.ui.tabs.measures import MeasuresTab

BY_STATUS = "status"
BY_DIMENSION = "dimension"
LAYOUT_KEY = "measures/board_columns"


def filter_box(
    tab: MeasuresTab, name: str, all_text: str, items: list[tuple[str, object]]
) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    box.addItem(all_text, None)
    for text, data in items:
        box.addItem(text, data)
    box.currentIndexChanged.connect(tab.apply_filter)
    return box


def build_filters(tab: MeasuresTab) -> None:
    """The board-columns box, the four filter boxes, the free-text filter and the count."""
    tab.layout_box = QComboBox()
    tab.layout_box.setAccessibleName(QCoreApplication.translate("MeasuresTab", "Board columns"))
    tab.layout_box.addItem(
        QCoreApplication.translate("MeasuresTab", "Columns by status"), BY_STATUS
    )
    tab.layout_box.addItem(
        QCoreApplication.translate("MeasuresTab", "Columns by dimension"), BY_DIMENSION
    )
    remembered = tab.layout_box.findData(str(QSettings().value(LAYOUT_KEY, BY_STATUS)))
    tab.layout_box.setCurrentIndex(max(0, remembered))
    tab.layout_box.currentIndexChanged.connect(tab.rebuild_board)
    tab.dimension_filter = filter_box(
        tab,
        QCoreApplication.translate("MeasuresTab", "Filter by dimension"),
        QCoreApplication.translate("MeasuresTab", "All dimensions"),
        [(f"{d} – {labels.dimension(d)}", d) for d in DIMENSION_ORDER],
    )
    tab.level_filter = filter_box(
        tab,
        QCoreApplication.translate("MeasuresTab", "Filter by level"),
        QCoreApplication.translate("MeasuresTab", "Both levels"),
        [(labels.measure_level(v), v) for v in LEVEL_ORDER],
    )
    tab.status_filter = filter_box(
        tab,
        QCoreApplication.translate("MeasuresTab", "Filter by status"),
        QCoreApplication.translate("MeasuresTab", "All statuses"),
        [(labels.measure_status(s), s) for s in STATUS_ORDER],
    )
    tab.owner_filter = filter_box(
        tab,
        QCoreApplication.translate("MeasuresTab", "Filter by owner unit"),
        QCoreApplication.translate("MeasuresTab", "All owners"),
        tab.owner_items(),
    )
    # short fixed lists without a stretch factor: as wide as their texts, at any font size
    for box in (tab.level_filter, tab.status_filter):
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    tab.filter_edit = QLineEdit()
    tab.filter_edit.setPlaceholderText(
        QCoreApplication.translate("MeasuresTab", "Filter measures…")
    )
    tab.filter_edit.setAccessibleName(QCoreApplication.translate("MeasuresTab", "Filter measures"))
    tab.filter_edit.setClearButtonEnabled(True)
    tab.filter_edit.textChanged.connect(tab.apply_filter)
    tab.count_label = QLabel()
    tab.count_label.setAccessibleName(QCoreApplication.translate("MeasuresTab", "Measures shown"))


def build_buttons(tab: MeasuresTab) -> None:
    """New, Edit, Present, Import and Export (its menu), and the line for the board's messages."""
    tab.new_button = QPushButton(QCoreApplication.translate("MeasuresTab", "&New measure"))
    tab.new_button.setAccessibleName(QCoreApplication.translate("MeasuresTab", "New measure"))
    tab.new_button.setToolTip(QCoreApplication.translate("MeasuresTab", "New measure (Ctrl+N)"))
    tab.new_button.clicked.connect(lambda: tab.new_measure())
    tab.edit_button = QPushButton(QCoreApplication.translate("MeasuresTab", "&Edit…"))
    tab.edit_button.setAccessibleName(
        QCoreApplication.translate("MeasuresTab", "Edit the selected measure")
    )
    tab.edit_button.setToolTip(
        QCoreApplication.translate("MeasuresTab", "Edit the selected measure (Enter or F2)")
    )
    tab.edit_button.clicked.connect(tab.edit_selected)
    tab.present_button = QPushButton(QCoreApplication.translate("MeasuresTab", "&Present"))
    tab.present_button.setAccessibleName(
        QCoreApplication.translate("MeasuresTab", "Presentation mode")
    )
    tab.present_button.setToolTip(
        QCoreApplication.translate("MeasuresTab", "Show the board full screen (F5)")
    )
    tab.present_button.clicked.connect(lambda: tab.start_presentation())
    tab.import_button = QPushButton(QCoreApplication.translate("MeasuresTab", "&Import…"))
    tab.import_button.setAccessibleName(
        QCoreApplication.translate("MeasuresTab", "Import measures")
    )
    tab.import_button.clicked.connect(tab.import_dialog)
    tab.export_button = QToolButton()
    tab.export_button.setText(QCoreApplication.translate("MeasuresTab", "E&xport"))
    tab.export_button.setAccessibleName(
        QCoreApplication.translate("MeasuresTab", "Export the board")
    )
    tab.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    tab.export_menu = export_menu(tab)
    tab.export_button.setMenu(tab.export_menu)
    tab.message_label = QLabel()
    tab.message_label.setAccessibleName(QCoreApplication.translate("MeasuresTab", "Board messages"))
    tab.message_label.setWordWrap(True)


def export_menu(tab: MeasuresTab) -> QMenu:
    """The Export button's menu: each file kind asks where to write it."""
    menu = QMenu(QCoreApplication.translate("MeasuresTab", "Export &board"), tab)
    for text, suffix, page in (
        (QCoreApplication.translate("MeasuresTab", "PDF, A4 landscape…"), ".pdf", "A4"),
        (QCoreApplication.translate("MeasuresTab", "PDF, A3 landscape…"), ".pdf", "A3"),
        (QCoreApplication.translate("MeasuresTab", "PNG picture…"), ".png", None),
        (QCoreApplication.translate("MeasuresTab", "Excel workbook…"), ".xlsx", None),
        (QCoreApplication.translate("MeasuresTab", "CSV file…"), ".csv", None),
    ):
        action = menu.addAction(text)
        action.triggered.connect(
            lambda _=False, s=suffix, p=page: tab.export_dialog(s, p)  # type: ignore[misc]
        )
    return menu


def build_table(tab: MeasuresTab) -> None:
    """The Table sub-tab: the measures through the filters, sortable, sized when first shown."""
    tab.table = QTableView()
    tab.table.setModel(tab.proxy)
    tab.table.setAccessibleName(QCoreApplication.translate("MeasuresTab", "Measures"))
    tab.table.setAlternatingRowColors(True)
    # No sort column at first (board order); set before enabling, or enabling sorts.
    tab.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    tab.table.setSortingEnabled(True)
    tab.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    tab.table.setItemDelegateForColumn(MeasureTableModel.STATUS_COLUMN, StatusDelegate(tab))
    tab.table.verticalHeader().hide()
    header = tab.table.horizontalHeader()
    # Sized to the contents once, when first shown: ResizeToContents would measure every
    # row again on every change (a drag on the board with 2,000 measures took 0.2 s).
    header.setResizeContentsPrecision(200)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)


def holder() -> tuple[QWidget, QVBoxLayout]:
    """An empty sub-tab page and its layout (the board, matrix or timeline goes in it)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page, layout


def build_views(tab: MeasuresTab) -> None:
    """The sub-tabs: Board, Table, Effect matrix and Timeline (the last two built when shown)."""
    tab.board_holder, tab.board_layout = holder()
    build_table(tab)
    tab.matrix_holder, tab.matrix_layout = holder()
    tab.views = QTabWidget()
    tab.views.setAccessibleName(QCoreApplication.translate("MeasuresTab", "Measure views"))
    tab.views.addTab(tab.board_holder, QCoreApplication.translate("MeasuresTab", "&Board"))
    tab.views.addTab(tab.table, QCoreApplication.translate("MeasuresTab", "T&able"))
    tab.views.addTab(tab.matrix_holder, QCoreApplication.translate("MeasuresTab", "Effect &matrix"))
    tab.timeline_holder, tab.timeline_layout = holder()
    tab.views.addTab(tab.timeline_holder, QCoreApplication.translate("MeasuresTab", "Time&line"))
    tab.views.currentChanged.connect(tab.view_changed)


def dimension_legend() -> QLabel:
    """The dimension colours, with their names; wraps between entries (never cut off)."""
    entries = []
    for code in DIMENSION_ORDER:
        color = dimension_color(code)
        name = escape(labels.dimension(code)).replace(" ", "&nbsp;")
        entries.append(
            f"<span style='background:{color.name()}; color:{text_on(color).name()};'>"
            f"<b>&nbsp;{escape(code)}&nbsp;</b></span>&nbsp;{name}"
        )
    title = escape(QCoreApplication.translate("MeasuresTab", "Dimensions:"))
    legend = QLabel(title + " " + " &nbsp; ".join(entries))
    legend.setTextFormat(Qt.TextFormat.RichText)
    legend.setWordWrap(True)
    legend.setAccessibleName(QCoreApplication.translate("MeasuresTab", "Dimension colours"))
    return legend


def build_layout(tab: MeasuresTab) -> None:
    """The buttons' row, the filters' row, the legend, the views and the message line."""
    top = QHBoxLayout()
    top.addWidget(tab.layout_box)
    top.addWidget(tab.new_button)
    top.addWidget(tab.edit_button)
    top.addStretch(1)
    top.addWidget(tab.import_button)
    top.addWidget(tab.export_button)
    top.addWidget(tab.present_button)
    filters = QHBoxLayout()
    label = QLabel(QCoreApplication.translate("MeasuresTab", "&Filter:"))
    label.setBuddy(tab.filter_edit)
    filters.addWidget(label)
    filters.addWidget(tab.filter_edit, 2)
    filters.addWidget(tab.dimension_filter, 1)
    filters.addWidget(tab.level_filter)
    filters.addWidget(tab.status_filter)
    filters.addWidget(tab.owner_filter, 1)
    filters.addWidget(tab.count_label)
    layout = QVBoxLayout(tab)
    layout.addLayout(top)
    layout.addLayout(filters)
    # The boxes show their choice, which says what they are for to the eye.
    for box in (
        tab.layout_box,
        tab.dimension_filter,
        tab.level_filter,
        tab.status_filter,
        tab.owner_filter,
    ):
        label_for_screen_readers(box, box.accessibleName())
    tab.legend = dimension_legend()
    layout.addWidget(tab.legend)
    layout.addWidget(tab.views, 1)
    layout.addWidget(tab.message_label)


def build_shortcuts(tab: MeasuresTab) -> None:
    for keys, slot in (
        ("Ctrl+N", lambda: tab.new_measure()),
        ("F2", tab.edit_selected),
        ("Delete", tab.delete_selected),
        # Not Ctrl+F: the window's Find (Vis → Søk) puts the cursor in this filter, and a
        # second Ctrl+F here made the key ambiguous, so it did nothing from a card.
    ):
        action = QAction(tab)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        tab.addAction(action)
