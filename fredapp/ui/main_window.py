"""FredApp's main window: four tabs, menus, a status bar, remembered geometry."""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from fredapp import APP_NAME, __version__
from fredapp.core.errors import FredAppError
from fredapp.ui import settings
from fredapp.ui.context import AppContext
from fredapp.ui.diagnostics import open_logs_folder
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.i18n import LANGUAGES
from fredapp.ui.messages import error_text
from fredapp.ui.organisation.descriptions import DescriptionPanel
from fredapp.ui.refresh import Batch, announcement, subscribe
from fredapp.ui.sync import install_sync
from fredapp.ui.tabs.organisation import OrganisationTab

if TYPE_CHECKING:
    from fredapp.ui.tabs.kpi import KpiTab
    from fredapp.ui.tabs.measures import MeasuresTab
    from fredapp.ui.tabs.sickleave import SickLeaveTab

ORGANISATION, MEASURES, SICK_LEAVE, KEY_FIGURES = range(4)


def _measures_tab(context: AppContext) -> QWidget:
    from fredapp.ui.tabs.measures import MeasuresTab

    return MeasuresTab(context)


def _sickleave_tab(context: AppContext) -> QWidget:
    from fredapp.ui.tabs.sickleave import SickLeaveTab

    return SickLeaveTab(context)


def _kpi_tab(context: AppContext) -> QWidget:
    from fredapp.ui.tabs.kpi import KpiTab

    return KpiTab(context)


def _focus_first_control(page: QWidget) -> None:
    """Focus ``page``'s first control in the Tab order, as QStackedWidget does on a switch."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            and widget.focusProxy() is None
            and widget.isEnabled()
            and widget.isVisibleTo(page)
            and page.isAncestorOf(widget)
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()
    page.setFocus(Qt.FocusReason.TabFocusReason)


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, context: AppContext, language: str) -> None:
        super().__init__()
        self._context = context
        self._language = language
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{APP_NAME} – {context.database.path.name}")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # The organisation tab is built at once (the Edit menu holds its actions); the others
        # when first shown or used, which shortens the start by their imports and queries.
        organisation = OrganisationTab(context)
        self._built: list[QWidget | None] = [organisation, None, None, None]
        self._factories: list[Callable[[AppContext], QWidget]] = [
            OrganisationTab,
            _measures_tab,
            _sickleave_tab,
            _kpi_tab,
        ]
        self.tabs.addTab(organisation, self.tr("&Organisation"))
        self.tabs.addTab(QWidget(), self.tr("&Measures"))
        self.tabs.addTab(QWidget(), self.tr("&Sick leave"))
        self.tabs.addTab(QWidget(), self.tr("&Key figures"))
        self.tabs.currentChanged.connect(self.tab)
        # The Edit menu offers the unit tree's actions only while the tree is in front.
        self.tabs.currentChanged.connect(
            lambda index: organisation.set_in_front(index == ORGANISATION)
        )
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.sync = install_sync(self, context)
        subscribe(context, None, self._on_batch, self)
        self._restore_geometry()

    # -- tabs ------------------------------------------------------------------------------

    def tab(self, index: int) -> QWidget:
        """The tab at ``index``, built now if it has not been shown or used yet."""
        if not 0 <= index < len(self._built):  # a page someone else added
            page = self.tabs.widget(index)
            assert page is not None
            return page
        built = self._built[index]
        if built is not None:
            return built
        built = self._factories[index](self._context)
        self._built[index] = built
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        text = self.tabs.tabText(index)
        # Shown from a page that had the focus (Ctrl+2 in the unit tree): Qt gave it to the
        # placeholder, and would have given it to the real page's first control.
        focused = placeholder is not None and self.focusWidget() is placeholder
        self.tabs.blockSignals(True)  # the swap is not the user changing tabs
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, built, text)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        if focused:
            _focus_first_control(built)
        return built

    @property
    def organisation_tab(self) -> OrganisationTab:
        return self.tab(ORGANISATION)  # type: ignore[return-value]

    @property
    def measures_tab(self) -> MeasuresTab:
        return self.tab(MEASURES)  # type: ignore[return-value]

    @property
    def sickleave_tab(self) -> SickLeaveTab:
        return self.tab(SICK_LEAVE)  # type: ignore[return-value]

    @property
    def kpi_tab(self) -> KpiTab:
        return self.tab(KEY_FIGURES)  # type: ignore[return-value]

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_settings_menu()
        self._build_help_menu()

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_file_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self._action(self.tr("&Export measures…"), self.export_measures))
        menu.addAction(
            self._action(self.tr("&Import measures…"), lambda: self.measures_tab.import_dialog())
        )
        # The board as PDF, PNG, XLSX, CSV: the measures tab's own actions, taken when the
        # menu first opens (a stand-in keeps it from being empty, which Qt may not open).
        board_menu = menu.addMenu(QCoreApplication.translate("MeasuresTab", "Export &board"))
        board_menu.addAction("…").setEnabled(False)

        def fill_board_menu() -> None:
            actions = self.measures_tab.export_menu.actions()
            if board_menu.actions() != actions:
                board_menu.clear()
                board_menu.addActions(actions)

        board_menu.aboutToShow.connect(fill_board_menu)
        # The timeline as PDF or PNG: the Tidslinje sub-tab's actions (built when first asked).
        timeline_menu = menu.addMenu(
            QCoreApplication.translate("TimelinePanel", "Export &timeline")
        )
        timeline_menu.addAction("…").setEnabled(False)

        def fill_timeline_menu() -> None:
            actions = self.measures_tab.ensure_timeline().export_menu.actions()
            if timeline_menu.actions() != actions:
                timeline_menu.clear()
                timeline_menu.addActions(actions)

        timeline_menu.aboutToShow.connect(fill_timeline_menu)
        self.briefing_action = self._action(
            self.tr("&Make council briefing …"), self._make_briefing
        )
        menu.addAction(self.briefing_action)
        self.print_action = self._action(
            self.tr("&Print…"), self.print_current, QKeySequence.StandardKey.Print
        )
        menu.addAction(self.print_action)
        menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        menu.addAction(quit_action)

    def _make_briefing(self) -> None:
        from fredapp.ui.briefing_dialog import make_briefing  # loaded when first asked for

        make_briefing(self, self._context)

    def _build_edit_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        stack = self._context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addActions(self.organisation_tab.edit_actions())  # act while the unit tree has focus

    def _build_view_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            text = self.tabs.tabText(index).replace("&", "")
            action = self._action(text, lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            menu.addAction(action)
        menu.addSeparator()
        self.presentation_action = self._action(
            self.tr("&Presentation mode"), lambda: self.measures_tab.start_presentation(), "F5"
        )
        menu.addAction(self.presentation_action)
        self.find_action = self._action(
            self.tr("&Find"), self.focus_find, QKeySequence.StandardKey.Find
        )
        menu.addAction(self.find_action)
        self.full_screen_action = self._action(
            self.tr("F&ull screen"), self.toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        self.full_screen_action.setShortcuts([QKeySequence("F11")])
        self.full_screen_action.setCheckable(True)
        menu.addAction(self.full_screen_action)

    def focus_find(self) -> bool:
        """Ctrl+F: put the cursor in the current tab's filter or search box, if it has one."""
        tab = self.tabs.currentWidget()
        for name in ("filter_edit", "search_edit"):
            edit = getattr(tab, name, None)
            if isinstance(edit, QLineEdit) and edit.isVisibleTo(self):
                edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
                edit.selectAll()
                return True
        return False

    def print_current(self) -> bool:
        """Ctrl+P: print the current tab's main content, if the tab can print."""
        tab = self.tabs.currentWidget()
        print_view = getattr(tab, "print_view", None)
        if callable(print_view) and print_view():
            self.statusBar().showMessage(self.tr("Sent to the printer."), 5000)
            return True
        if not callable(print_view):
            self.statusBar().showMessage(self.tr("This tab has nothing to print."), 5000)
        return False

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def _build_settings_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self._language)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

    def _build_help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(
            self.tr("FredApp &help"), self.show_help, QKeySequence.StandardKey.HelpContents
        )
        self.help_action.setShortcuts([QKeySequence("F1")])
        menu.addAction(self.help_action)
        about = self._action(self.tr("&About FredApp"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        menu.addAction(about)
        menu.addAction(self._action(self.tr("About &Qt"), QApplication.aboutQt))
        menu.addSeparator()
        menu.addAction(self._action(self.tr("Open &log folder"), open_logs_folder))

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(str(self._context.database.path))
        self.database_label.setAccessibleName(self.tr("Database file"))
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().showMessage(self.tr("Ready"), 5000)

    # -- actions ---------------------------------------------------------------------------

    def _choose_language(self, language: str) -> None:
        if language != self._language:
            self.language_change_requested.emit(language)

    def about_text(self) -> str:
        return (
            self.tr(
                "<h3>FredApp %1</h3>"
                "<p>For the reorganisation of Fredrikstad kommune's shared services: "
                "the organisation, the measures, the sick-leave toolkit and key figures.</p>"
                "<p>Python %2 · Qt %3</p><p>Database: %4</p>"
            )
            .replace("%1", __version__)
            .replace("%2", platform.python_version())
            .replace("%3", qVersion())
            .replace("%4", str(self._context.database.path))
        )

    def show_help(self) -> None:
        from fredapp.ui.diagnostics import logs_folder
        from fredapp.ui.help import HelpDialog

        dialog = HelpDialog(self, str(self._context.database.path), str(logs_folder()))
        dialog.exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About FredApp"), self.about_text())

    def export_measures(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export measures"),
            str(Path.home() / "tiltak.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        )
        if path:
            self.export_measures_to(Path(path))

    def export_measures_to(self, path: Path) -> bool:
        from fredapp.core.io.registry import export_kind
        from fredapp.ui.labels import sheet_words

        try:
            count = export_kind(self._context.database, "measures", path, words=sheet_words())
        except FredAppError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return False
        self.statusBar().showMessage(
            self.tr("Exported %Ln measure(s) to %2", "", count).replace("%2", str(path)),
            8000,
        )
        return True

    def _on_batch(self, batch: Batch) -> None:
        # Mouse and keyboard alike: every operation that saved says so.
        said = announcement(batch, self._context.undo_stack)
        if said:
            self.statusBar().showMessage(said, 4000)

    # -- geometry --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings.restore_geometry(self)
        state = settings.load_bytes(settings.STATE_KEY)
        if state is not None:
            self.restoreState(state)
        tab = settings.load_int(settings.TAB_KEY)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_geometry(self) -> None:
        settings.save_value(settings.GEOMETRY_KEY, self.saveGeometry())
        settings.save_value(settings.STATE_KEY, self.saveState())
        settings.save_value(settings.TAB_KEY, self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Text typed in a description is saved, or the person is asked before it is lost.
        for panel in self.findChildren(DescriptionPanel):
            if not panel.leave():
                event.ignore()
                return
        self.save_geometry()
        self.sync.shutdown()
        super().closeEvent(event)

    def tab_widgets(self) -> list[QWidget]:
        return [self.tab(i) for i in range(self.tabs.count())]
