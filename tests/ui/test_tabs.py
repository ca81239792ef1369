"""Each tab shows the seed's data and edits go through the service with undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from fredapp.core.models import Measure
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow


def all_names(model, parent=QModelIndex()) -> list[str]:  # type: ignore[no-untyped-def]  # noqa: B008
    names = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        names.append(index.data())
        names.extend(all_names(model, index))
    return names


def test_organisation_tree_shows_current_scenario_with_leader_figures(
    window: MainWindow,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    tab = window.organisation_tab
    assert tab.scenario_box.currentText().startswith("Til")
    names = all_names(tab.proxy)
    assert "Innbyggerdialog" in names and "Eiendomsskattekontoret" in names
    assert len(names) == 2 + 12 + 9
    assert "Ledere: 21" in tab.stats_label.text()
    assert "10,0" in tab.stats_label.text()
    qtmodeltester.check(tab.model, force_py=True)


def test_switching_to_fra_recomputes_figures(window: MainWindow) -> None:
    tab = window.organisation_tab
    tab.scenario_box.setCurrentIndex(tab.scenario_box.findText("Fra", Qt.MatchFlag.MatchStartsWith))
    assert "Ledere: 28" in tab.stats_label.text()
    assert "6,0" in tab.stats_label.text()
    assert "Kommunikasjon og service" in all_names(tab.proxy)


def test_filter_keeps_matches_and_their_ancestors(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.organisation_tab
    qtbot.keyClicks(tab.filter_edit, "eiendom")
    assert all_names(tab.proxy) == [
        "Virksomhetsstyring og økonomi",
        "Finans og regnskap",
        "Eiendomsskattekontoret",
    ]


def test_measures_table_lists_all_46(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab = window.measures_tab
    assert tab.model.rowCount() == 46
    codes = [tab.model.index(r, 0).data() for r in range(46)]
    assert codes[0] == "S-S0" and "S-K1" in codes and codes[-1] == "K1"
    assert tab.count_label.text() == "46 av 46 tiltak"
    qtmodeltester.check(tab.model, force_py=True)


def test_measure_filter_counts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.measures_tab
    qtbot.keyClicks(tab.filter_edit, "internkommunikasjon")
    assert tab.proxy.rowCount() == 2  # S-KKV1 and KKV1
    assert tab.count_label.text() == "2 av 46 tiltak"


def test_status_edit_undo_redo(window: MainWindow, context: AppContext) -> None:
    model = window.measures_tab.model
    index = model.index(0, model.STATUS_COLUMN)
    assert index.data() == "Ikke startet"
    assert model.setData(index, "fullfort")
    assert index.data() == "Fullført"
    with context.database.session() as session:
        stored = session.get(Measure, model.record(0).id)
    assert (
        stored is not None
        and stored.status == "fullfort"
        and stored.device == context.service.device
    )
    window.undo_action.trigger()
    assert index.data() == "Ikke startet"
    window.redo_action.trigger()
    assert index.data() == "Fullført"


def test_keyboard_undo_shortcut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = window.measures_tab.model
    original = model.index(1, 1).data()
    assert model.setData(model.index(1, 1), "Endret tittel")
    assert model.index(1, 1).data() == "Endret tittel"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.index(1, 1).data() != "Endret tittel"
    assert model.index(1, 1).data() == original


def test_national_id_in_title_is_refused_and_nothing_changes(
    window: MainWindow, context: AppContext
) -> None:
    model = window.measures_tab.model
    messages: list[str] = []
    model.error_handler = messages.append
    before = model.index(2, 1).data()
    assert not model.setData(model.index(2, 1), "Ring 150765 00565")
    assert model.index(2, 1).data() == before
    assert messages and "fødselsnummer" in messages[0]
    assert not context.undo_stack.canUndo()


def test_toolkit_tab_lists_the_seed_toolkit(window: MainWindow) -> None:
    model = window.sickleave_tab.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == [
        "Verktøy og ressurser på Frekit",
        "Støttende aktiviteter for ledere",
        "Tiltak rettet mot hver medarbeider",
    ]


def test_kpi_graph_shows_calls_per_hour(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.kpi_tab)
    tab = window.kpi_tab
    assert tab.plot is not None
    answered = tab.bars["answered"].opts["height"]
    unanswered = tab.bars["unanswered"].opts["height"]
    assert list(answered) == [276, 733, 805, 691, 654, 632, 546, 185]
    assert list(unanswered) == [17, 39, 39, 59, 34, 36, 18, 10]
    assert list(tab.bars["unanswered"].opts["y0"]) == list(answered)
    table = tab.table.model()
    assert table.rowCount() == 9  # eight hours and the briefing's Totalt row
    assert table.index(2, 4).data() == "00:23:32"
    assert table.index(8, 1).data() == "4\u00a0774"
