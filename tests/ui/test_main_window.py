"""The main window: tabs, menus, geometry, language, about, screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QImage

from fredapp import __version__
from fredapp.ui.app import Controller, save_screenshots
from fredapp.ui.context import AppContext
from fredapp.ui.i18n import Translations
from fredapp.ui.main_window import MainWindow


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_four_tabs_in_bokmal_by_default(window: MainWindow) -> None:
    assert tab_titles(window) == ["Organisasjon", "Tiltak", "Sykefravær", "Nøkkeltall"]
    assert menu_titles(window) == [
        "Fil",
        "Rediger",
        "Vis",
        "Innstillinger",
        "Synkronisering",
        "Hjelp",
    ]


def test_ctrl_number_switches_tabs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.sickleave_tab
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.organisation_tab


def test_geometry_and_tab_remembered(
    qtbot, context: AppContext, translations: Translations
) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(context, "nb")
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)  # the offscreen screen is 800 × 600
    first.tabs.setCurrentIndex(2)
    first.close()
    assert QSettings().value("window/geometry") is not None
    second = MainWindow(context, "nb")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (780, 560)
    assert second.tabs.currentIndex() == 2


def test_language_switch_rebuilds_window_in_english_and_keeps_undo(
    qtbot,
    context: AppContext,
    translations: Translations,  # type: ignore[no-untyped-def]
) -> None:
    controller = Controller(context, translations)
    qtbot.addWidget(controller.window)
    old_sync = controller.window.sync
    model = controller.window.measures_tab.model
    assert model.setData(model.index(0, 1), "Ny tittel")
    controller.window.language_actions["en"].trigger()
    qtbot.addWidget(controller.window)
    assert old_sync._closed and not old_sync.poll.isActive()  # one window syncs, not two
    assert tab_titles(controller.window) == [
        "Organisation",
        "Measures",
        "Sick leave",
        "Key figures",
    ]
    assert QSettings().value("ui/language") == "en"
    assert context.undo_stack.canUndo()
    context.undo_stack.undo()
    assert controller.window.measures_tab.model.record(0).title != "Ny tittel"


def test_about_names_version_and_database(window: MainWindow, context: AppContext) -> None:
    text = window.about_text()
    assert __version__ in text
    assert str(context.database.path) in text
    assert "omorganiseringen" in text  # bokmål


def test_status_bar_names_database(window: MainWindow, context: AppContext) -> None:
    assert window.database_label.text() == str(context.database.path)


def test_screenshots_one_png_per_tab(window: MainWindow, tmp_path: Path) -> None:
    paths = save_screenshots(window, tmp_path / "shots")
    assert [p.name for p in paths] == [
        "1-organisasjon.png",
        "2-tiltak.png",
        "3-sykefravaer.png",
        "4-nokkeltall.png",
    ]
    for path in paths:
        image = QImage(str(path))
        assert image.width() == 1366 and image.height() == 768


def test_export_measures_from_window(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "tiltak.csv"
    assert window.export_measures_to(target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 46
    assert "eksporterte 46 tiltak" in window.statusBar().currentMessage().lower()


def test_ctrl_f_focuses_the_current_tabs_filter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.tabs.setCurrentWidget(window.measures_tab)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.measures_tab.filter_edit
    window.tabs.setCurrentWidget(window.organisation_tab)
    assert window.focus_find()
    assert window.focusWidget() is window.organisation_tab.filter_edit


def test_f11_toggles_full_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.full_screen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert window.full_screen_action.isChecked()
    window.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_dates_and_numbers_follow_the_language(translations) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from fredapp.ui import formatting

    assert formatting.date(dt.date(2023, 10, 30)) == "30.10.2023"
    assert formatting.number(1234.5, 1) == "1\u00a0234,5"
    assert formatting.percent(25) == "+25\u00a0%"
    moment = dt.datetime(2023, 10, 30, 12, 5, tzinfo=dt.UTC).astimezone()
    assert formatting.date_time(moment) == f"30.10.2023 {moment:%H:%M}"
    translations.install("en")
    assert formatting.date(dt.date(2023, 10, 30)) == "30/10/2023"
    assert formatting.number(1234.5, 1) == "1,234.5"


def test_a_change_labelled_by_the_core_is_reported_in_bokmal(
    window: MainWindow, context: AppContext
) -> None:
    """Core labels are QT_TR_NOOP templates: the status bar shows them translated."""
    from sqlmodel import select

    from fredapp.core.models import Unit
    from fredapp.core.orgtree import plan_delete_subtree
    from fredapp.core.tree import UnitTree

    with context.database.session() as session:
        unit = session.exec(select(Unit)).first()
    assert unit is not None
    context.service.apply_many(plan_delete_subtree(context.service, UnitTree([unit]), unit.id))
    assert window.statusBar().currentMessage() == "Lagret: slett enhet"


def test_tabs_are_built_when_first_shown_or_used(qtbot, context: AppContext, translations) -> None:  # type: ignore[no-untyped-def]
    from fredapp.ui.main_window import KEY_FIGURES, MEASURES, SICK_LEAVE
    from fredapp.ui.tabs.measures import MeasuresTab
    from fredapp.ui.tabs.sickleave import SickLeaveTab

    QSettings().clear()  # start on the first tab
    window = MainWindow(context, translations.language)
    qtbot.addWidget(window)
    window.show()
    assert window._built[MEASURES] is None and window._built[KEY_FIGURES] is None
    assert tab_titles(window) == ["Organisasjon", "Tiltak", "Sykefravær", "Nøkkeltall"]
    window.tabs.setCurrentIndex(SICK_LEAVE)
    assert isinstance(window.tabs.currentWidget(), SickLeaveTab)
    assert window.tabs.currentIndex() == SICK_LEAVE
    assert window._built[MEASURES] is None
    assert isinstance(window.measures_tab, MeasuresTab)  # used: built, but not shown
    assert window.tabs.widget(MEASURES) is window.measures_tab
    assert window.tabs.currentIndex() == SICK_LEAVE
    assert tab_titles(window) == ["Organisasjon", "Tiltak", "Sykefravær", "Nøkkeltall"]


def test_the_file_menus_board_export_holds_the_boards_formats(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    board = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    board.aboutToShow.emit()
    texts = [action.text() for action in board.actions()]
    assert texts == [action.text() for action in window.measures_tab.export_menu.actions()]
    assert len(texts) == 5 and texts[0].startswith("PDF")


def test_f1_opens_help_naming_every_shortcut_in_bokmal(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, context: AppContext, monkeypatch
) -> None:
    from fredapp.ui.help import HelpDialog, menu_shortcuts

    shown: list[str] = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: shown.append(self.browser.toPlainText()))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    text = shown[0]
    assert text.startswith("Hjelp til FredApp")
    assert str(context.database.path) in text
    shortcuts = menu_shortcuts(window)
    assert ("Rediger", "Angre", "Ctrl+Z") in shortcuts
    assert ("Vis", "Søk", "Ctrl+F") in shortcuts and ("Fil", "Skriv ut", "Ctrl+P") in shortcuts
    for _, action, keys in shortcuts:  # every shortcut of every menu, as it really is
        assert action in text and keys in text
    assert len(shortcuts) >= 12


def test_a_tab_built_as_it_is_shown_takes_the_focus_from_the_page_left(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Ctrl+2 in the unit tree puts the cursor in the board's controls, as for a built tab,
    not on the tab bar (where the placeholder's focus went when it was swapped out)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from fredapp.ui.main_window import KEY_FIGURES, MEASURES

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index in (MEASURES, KEY_FIGURES):
        window.organisation_tab.tree.setFocus()
        assert window._built[index] is None
        QTest.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        page = window.tabs.currentWidget()
        assert page is window.tab(index)
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), focus
        window.tabs.setCurrentIndex(0)


def test_no_shortcut_of_a_tab_repeats_a_window_wide_one(window: MainWindow) -> None:
    """Qt triggers neither of two shortcuts active at once ('Ambiguous shortcut overload')."""
    from PySide6.QtGui import QShortcut

    window.tab_widgets()  # every tab built, with its shortcuts
    window_wide: set[str] = set()
    scoped: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = {key.toString() for key in action.shortcuts()}
        if action.shortcutContext() in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            window_wide |= keys
        else:
            scoped |= dict.fromkeys(keys, type(action.parent()).__name__)
    for shortcut in window.findChildren(QShortcut):
        scoped[shortcut.key().toString()] = type(shortcut.parent()).__name__
    assert {key: owner for key, owner in scoped.items() if key in window_wide} == {}


def test_ctrl_f_from_a_card_goes_to_the_boards_filter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    tab = window.measures_tab
    window.tabs.setCurrentWidget(tab)
    view = next(v for v in tab.board.views.values() if v.isVisible())
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.filter_edit


def test_renaming_many_units_at_once_reloads_each_tab_once(
    window: MainWindow, context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Views that reload wholesale wait for the end of a burst, not reload per change."""
    from sqlmodel import select

    from fredapp.core.models import Unit

    window.tab_widgets()  # every tab built and listening
    calls: dict[str, int] = {}

    def counting(name: str, real: Any) -> Any:
        def count(*args: Any) -> Any:
            calls[name] = calls.get(name, 0) + 1
            return real(*args)

        return count

    board = window.measures_tab.model
    monkeypatch.setattr(board, "_load_units", counting("board", board._load_units))
    sick = window.sickleave_tab
    monkeypatch.setattr(sick, "load_units", counting("sick leave", sick.load_units))
    with context.database.session() as session:
        units = list(session.exec(select(Unit)))[:20]
    service = context.service
    changes = [service.plan_update(Unit, u.id, name=f"{u.name} (ny)") for u in units]
    service.apply_many(changes)
    assert calls == {"board": 1, "sick leave": 1}
    assert window.measures_tab.model.unit_names[units[0].id] == f"{units[0].name} (ny)"
