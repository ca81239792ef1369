"""Sync in the window: action, status bar, worker, automatic triggers, conflicts, history."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from fredapp.core.db import open_database
from fredapp.core.models import Measure, SyncConflict, Unit
from fredapp.core.service import DataService
from fredapp.core.sync import FileHub, sync
from fredapp.ui.main_window import MainWindow
from fredapp.ui.sync import SyncState
from fredapp.ui.sync.dialogs import ConflictDialog, HistoryDialog, HistoryModel, SyncSettingsDialog


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder / "felles.sqlite"


@pytest.fixture
def other(tmp_path: Path, context):  # type: ignore[no-untyped-def]
    """A second user's database, started from the same seed."""
    path = tmp_path / "other.sqlite"
    shutil.copyfile(context.database.path, path)
    database = open_database(path)
    import contextlib
    import sqlite3

    from fredapp.core import clockstate

    with contextlib.closing(sqlite3.connect(path)) as conn:  # a fresh device id for the copy
        clockstate.put_setting(conn, clockstate.DEVICE_KEY, "otherdevice1")
        conn.commit()
    service = DataService(database, author="Bjørn")
    yield service
    database.close()


def wait_synced(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=30_000)


def first_measure(window: MainWindow) -> uuid.UUID:
    with window._context.database.session() as session:
        from sqlmodel import select

        return session.exec(select(Measure).where(Measure.code == "S-S0")).one().id


def test_action_menu_toolbar_and_shortcut(window: MainWindow) -> None:
    action = window.sync.sync_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert action.text().replace("&", "") == "Synkroniser nå"
    assert action in window.sync.menu.actions()
    assert action in window.sync.toolbar.actions()
    assert window.sync.state is SyncState.OFF
    assert window.sync.label.text() == "Synkronisering: ikke satt opp"
    assert window.sync.label.accessibleName()


def test_sync_now_runs_in_a_worker_and_reports_the_time(qtbot, window, shared) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(shared)
    assert window.sync.is_running() or window.sync.state is not SyncState.OFF
    wait_synced(qtbot, window)
    assert shared.exists()
    assert window.sync.state is SyncState.SYNCED
    assert window.sync.label.text().startswith("Felles fil: felles.sqlite · Synkronisert kl. ")
    before = (shared.read_bytes(), shared.stat().st_mtime_ns)
    window.sync.sync_action.trigger()
    wait_synced(qtbot, window)
    assert window.sync.last_result.nothing_to_do
    assert (shared.read_bytes(), shared.stat().st_mtime_ns) == before


def test_local_change_waits_then_syncs_by_itself(qtbot, window, shared, other) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    window.sync.after_change.setInterval(50)
    record = first_measure(window)
    window._context.service.update(Measure, record, title="Endret lokalt")
    assert window.sync.state is SyncState.WAITING
    assert window.sync.label.text() == (
        "Felles fil: felles.sqlite · Endringer venter på synkronisering"
    )
    window.sync.after_change.start(50)
    qtbot.waitUntil(lambda: window.sync.state is SyncState.SYNCED, timeout=30_000)
    sync(other.database.path, FileHub(shared), clock=other.clock)
    with other.database.session() as session:
        assert session.get(Measure, record).title == "Endret lokalt"


def test_shared_file_change_is_noticed_and_views_hear_of_it(qtbot, window, shared, other) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    record = first_measure(window)
    heard: list[uuid.UUID] = []
    window._context.changes.operation.connect(
        lambda operation: heard.extend(change.record_id for change in operation.changes)
    )
    other.update(Measure, record, title="Fra Bjørn")
    sync(other.database.path, FileHub(shared), clock=other.clock)  # replaces the file by rename
    # The watcher (re-armed after the rename) or the poll brings it in.
    qtbot.waitUntil(lambda: record in heard, timeout=30_000)
    wait_synced(qtbot, window)
    with window._context.database.session() as session:
        assert session.get(Measure, record).title == "Fra Bjørn"
    assert str(shared) in window.sync.watcher.files()
    # A local edit after the sync sorts after the remote one.
    window._context.service.update(Measure, record, title="Etterpå")
    assert window._context.service.clock.last > other.clock.last


def test_offline_and_bad_files_are_shown_in_the_status_bar(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(tmp_path / "unmounted" / "felles.sqlite")
    wait_synced(qtbot, window)
    assert window.sync.state is SyncState.OFFLINE
    assert window.sync.label.text() == (
        "Felles fil: felles.sqlite · Frakoblet: får ikke tak i den felles filen"
    )
    assert window.sync.label.toolTip().startswith("får ikke tak i mappen ")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    window.sync.set_shared_file(bad)
    wait_synced(qtbot, window)
    assert window.sync.state is SyncState.FAILED
    assert window.sync.label.text() == (
        f"Felles fil: bad.sqlite · Ikke synkronisert: {bad} er ikke en FredApp-database "
        "(ikke en SQLite-fil); filen ble ikke endret"
    )


def test_shared_file_setting_survives_a_restart(
    qtbot, window, shared, context, translations
) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    again = MainWindow(context, translations.language)
    qtbot.addWidget(again)
    assert again.sync.shared_file == shared
    qtbot.waitUntil(lambda: again.sync.state is SyncState.SYNCED, timeout=30_000)  # at start


def test_settings_dialog_refuses_a_missing_folder(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = SyncSettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.sqlite"))
    dialog.accept()
    assert dialog.result() == 0 and "nowhere" in dialog.error.text()
    dialog.path_edit.setText(str(tmp_path / "x.sqlite"))
    dialog.accept()
    assert dialog.result() == 1 and dialog.chosen_path() == tmp_path / "x.sqlite"


def make_conflict(qtbot, window, shared, other) -> uuid.UUID:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    sync(other.database.path, FileHub(shared), clock=other.clock)
    record = first_measure(window)
    window._context.service.update(Measure, record, notes="Min versjon")
    other.update(Measure, record, notes="Bjørns versjon")
    sync(other.database.path, FileHub(shared), clock=other.clock)
    window.sync.sync_now()
    wait_synced(qtbot, window)
    return record


def test_conflicts_are_shown_and_resolved_by_picking_one(
    qtbot, qtmodeltester, window, shared, other
) -> None:  # type: ignore[no-untyped-def]
    record = make_conflict(qtbot, window, shared, other)
    assert window.sync.state is SyncState.CONFLICTS
    assert "1 konflikt " in window.sync.label.text()
    dialog = ConflictDialog(window._context, window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model, force_py=True)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data().startswith("Tiltak: S-S0 ")
    assert dialog.model.index(0, 1).data() == "Notater"
    texts = {dialog.left.toPlainText(), dialog.right.toPlainText()}
    assert texts == {"Min versjon", "Bjørns versjon"}
    right = dialog.right.toPlainText()
    dialog.resolved.connect(window.sync.refresh_conflicts)
    assert dialog.resolve_with("right")
    with window._context.database.session() as session:
        assert session.get(Measure, record).notes == right
    assert dialog.model.rowCount() == 0
    assert window.sync.state is SyncState.WAITING
    # The decision is undoable, and it syncs like any edit.
    window._context.undo_stack.undo()
    assert dialog.model.rowCount() == 1
    window._context.undo_stack.redo()
    window.sync.sync_now()
    wait_synced(qtbot, window)
    sync(other.database.path, FileHub(shared), clock=other.clock)
    with other.database.session() as session:
        assert session.get(Measure, record).notes == right
        [conflict] = session.exec(__import__("sqlmodel").select(SyncConflict)).all()
        assert conflict.resolved


def test_conflict_merged_by_hand(qtbot, window, shared, other) -> None:  # type: ignore[no-untyped-def]
    record = make_conflict(qtbot, window, shared, other)
    dialog = ConflictDialog(window._context, window)
    qtbot.addWidget(dialog)
    dialog.merged.setPlainText("Min versjon + Bjørns versjon")
    assert dialog.resolve_with("merged")
    with window._context.database.session() as session:
        assert session.get(Measure, record).notes == "Min versjon + Bjørns versjon"


def test_history_view_shows_who_where_when_old_and_new(qtbot, qtmodeltester, window) -> None:  # type: ignore[no-untyped-def]
    record = first_measure(window)
    window._context.service.update(Measure, record, title="Ny tittel")
    model = HistoryModel(window._context, record)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1
    values = [model.index(0, c).data() for c in range(model.columnCount())]
    assert values[1] == window._context.service.author
    assert values[2] == window._context.service.device
    assert values[3:] == [
        "Tiltak",
        "S-S0 Ny tittel",
        "Tittel",
        "Rendyrke skillet mellom de to sentrale stabene",
        "Ny tittel",
    ]
    dialog = HistoryDialog(window._context, window, record)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 1
    dialog.filter.setText("finnes ikke")
    assert dialog.proxy.rowCount() == 0
    everything = HistoryModel(window._context)
    qtmodeltester.check(everything, force_py=True)
    assert everything.rowCount() >= 1


def test_history_speaks_bokmal_not_database(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Table, field and values as the rest of the app names them, and findable so."""
    record = first_measure(window)
    service = window._context.service
    with window._context.database.session() as session:
        from sqlmodel import select

        unit = session.exec(select(Unit)).first()
        old_due = session.get(Measure, record).due_date  # the seed dates some measures
    service.update(
        Measure, record, status="pagar", due_date=dt.date(2025, 3, 31), owner_unit_id=unit.id
    )
    service.update(Measure, record, progress=75)  # a per cent: 0–100 (the validation rules)
    dialog = HistoryDialog(window._context, window, record)
    qtbot.addWidget(dialog)
    proxy = dialog.proxy
    rows = {
        proxy.index(r, 5).data(): [proxy.index(r, c).data() for c in (3, 6, 7)]
        for r in range(proxy.rowCount())
    }
    assert rows == {
        "Status": ["Tiltak", "Ikke startet", "Pågår"],
        "Frist": ["Tiltak", old_due.strftime("%d.%m.%Y") if old_due else "", "31.03.2025"],
        "Eierenhet": ["Tiltak", "", unit.name],
        "Framdrift (%)": ["Tiltak", "0", "75"],
    }
    # Newest first, and a click on the column header turns that around by time, not text.
    assert proxy.index(0, 5).data() == "Framdrift (%)"
    dialog.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert proxy.index(proxy.rowCount() - 1, 5).data() == "Framdrift (%)"
    # The filter finds what people see, not the stored codes.
    dialog.filter.setText("pågår")
    assert proxy.rowCount() == 1
    dialog.filter.setText("pagar")
    assert proxy.rowCount() == 0
    dialog.filter.setText("eierenhet")
    assert proxy.rowCount() == 1


def test_a_long_first_sync_shows_progress(qtbot, window, shared) -> None:  # type: ignore[no-untyped-def]
    seen = []
    window.sync.progress.valueChanged.connect(seen.append)
    window.sync._progress_delay.setInterval(0)
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    assert seen, "no progress was reported"
    assert not window.sync.progress.isVisible()  # hidden again when done
    assert os.path.exists(shared)


def test_closing_the_window_stops_automatic_sync(qtbot, window, shared) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    window.close()
    assert not window.sync.poll.isActive()
    window.sync.sync_now()
    assert not window.sync.is_running()


def test_recent_shared_files_menu(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from fredapp.ui.sync.controller import RECENT_LIMIT, recent_shared_files

    controller = window.sync
    first, second = tmp_path / "a" / "fredapp.sqlite", tmp_path / "b" / "fredapp.sqlite"
    for path in (first, second, first):
        controller.set_shared_file(path)
        qtbot.waitUntil(lambda: not controller.is_running(), timeout=10_000)
    assert recent_shared_files() == [first.absolute(), second.absolute()]
    texts = [action.text() for action in controller.recent_menu.actions()]
    assert texts == [str(first.absolute()), str(second.absolute())]
    controller.recent_menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: not controller.is_running(), timeout=10_000)
    assert controller.shared_file == second.absolute()
    for index in range(RECENT_LIMIT + 2):
        controller.set_shared_file(tmp_path / f"f{index}.sqlite")
        qtbot.waitUntil(lambda: not controller.is_running(), timeout=10_000)
    assert len(recent_shared_files()) == RECENT_LIMIT


def test_history_reloads_once_after_a_burst_of_changes(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    model = HistoryModel(window._context)
    reloads: list[int] = []
    real_reload = model.reload
    monkeypatch.setattr(model, "reload", lambda: (reloads.append(1), real_reload()))
    record = first_measure(window)
    for n in range(20):
        window._context.service.update(Measure, record, title=f"Tittel {n}")
    qtbot.waitUntil(lambda: len(reloads) == 1)
    qtbot.wait(50)
    assert len(reloads) == 1
    assert model.index(0, 7).data() == "Tittel 19"


def test_no_sync_lands_while_an_import_holds_it(qtbot, window, shared) -> None:  # type: ignore[no-untyped-def]
    """An import plans in a thread and writes afterwards: a sync due meanwhile waits."""
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    finished_before = window.sync.last_synced
    context = window._context
    with context.sync_held():
        window.sync.sync_action.trigger()
        qtbot.wait(100)
        assert not window.sync.is_running()
        assert window.sync.last_synced == finished_before
    qtbot.waitUntil(lambda: window.sync.last_synced != finished_before, timeout=30_000)


def test_an_import_waits_for_a_running_sync_to_end(qtbot, window, shared) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    window.sync.sync_action.trigger()
    assert window.sync.is_running()
    with window._context.sync_held():
        assert not window.sync.is_running()


def test_a_sync_due_while_an_import_waits_runs_after_the_import(qtbot, window, shared) -> None:  # type: ignore[no-untyped-def]
    """The running sync ends first; one that comes due meanwhile (here its own 'again') does
    not start during the wait, which would make the plan wait for it as well."""
    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    landed: list[object] = []
    window.sync.synced.connect(landed.append)
    window.sync.sync_action.trigger()
    window.sync.sync_action.trigger()  # due again while the first runs
    assert window.sync.is_running()
    with window._context.sync_held():
        assert not window.sync.is_running()
        assert len(landed) == 1  # only the one that was running
        qtbot.wait(100)
        assert len(landed) == 1 and not window.sync.is_running()
    qtbot.waitUntil(lambda: len(landed) == 2, timeout=30_000)


def test_a_large_sync_brings_every_unit_into_the_tree(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Above the announcement limit sync names one record per table; the tree still follows."""
    import sqlite3

    from fredapp.core.sync.engine import SyncResult
    from fredapp.ui.sync import controller as sync_controller

    monkeypatch.setattr(sync_controller, "_VIEW_CHANGES_LIMIT", 2)
    tree = window.organisation_tab.model
    units = tree.units[:3]
    # What a sync writes: the database changes behind the service's back.
    with sqlite3.connect(window._context.database.path) as raw:
        for unit in units:
            raw.execute(
                "UPDATE unit SET name = ? WHERE id = ?", (unit.name + " (synket)", unit.id.hex)
            )
    received = {"unit": [unit.id.hex for unit in units]}
    window.sync._tell_views(SyncResult(received=3, received_ids=received))
    names = {record.name for record in tree.units}
    assert all(unit.name + " (synket)" in names for unit in units)


def test_a_hostile_row_in_the_shared_file_is_refused_in_the_window_not_shown(
    qtbot, window, shared, other
) -> None:  # type: ignore[no-untyped-def]
    """A colleague's file with text in a number column: the window says so in bokmål, names
    the table, record and field, and its views keep the old value; the window goes on."""
    import contextlib
    import sqlite3

    from fredapp.core.clock import wall_now_ms

    window.sync.set_shared_file(shared)
    wait_synced(qtbot, window)
    record = first_measure(window)
    with contextlib.closing(sqlite3.connect(shared)) as conn:
        conn.execute(
            "UPDATE measure SET effect = 'tolv', stamp = ? WHERE id = ?",
            (f"{wall_now_ms() + 60_000:013d}.000000.evil", record.hex),
        )
        conn.commit()
    window.sync.sync_action.trigger()
    wait_synced(qtbot, window)
    assert window.sync.state is SyncState.FAILED
    text = window.sync.label.text()
    assert (
        text.startswith("Felles fil: felles.sqlite · Ikke synkronisert: ") and "ble avvist" in text
    )
    # Named as the window names them (error_text), not by table and column.
    assert f"tabell Tiltak, post {record.hex}, felt Effekt" in text
    with window._context.database.session() as session:
        assert session.get(Measure, record).effect in range(1, 6)
    window._context.service.update(Measure, record, title="Lokalt arbeid går videre")
