"""The window syncs through the real hub (PostgreSQL): sign-in, status bar, refusals, offline.

The window is FredApp's own MainWindow on an empty database; the other desktop is a client
that syncs with the core's sync, as ``fredapp sync --hub`` does.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import uvicorn
from fake_idp import CLIENT_ID, FakeProvider, fake_provider
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from server_thread import free_port, running_service
from sync_helpers import Client, make_template

from fredapp.cli import main as cli_main
from fredapp.core.models import Measure, Scenario
from fredapp.core.sync import credentials, sync
from fredapp.core.sync.remote import ServerHub, mirror_path
from fredapp.server.app import create_app
from fredapp.server.users import add_user, remove_user
from fredapp.ui.app import application, open_context
from fredapp.ui.context import AppContext
from fredapp.ui.i18n import Translations
from fredapp.ui.main_window import MainWindow
from fredapp.ui.sync import SyncState
from fredapp.ui.sync.dialogs import ConflictDialog
from fredapp.ui.sync.settings import OIDC, TOKEN, HubSetting, SyncSettingsDialog


@pytest.fixture(scope="module")
def service(hub_db) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with running_service(hub_db.service, pool_size=4) as url:
        yield url


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Own settings file, no keyring (as on CI), nothing kept from another test."""
    application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))
    QSettings().clear()
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    credentials._SESSION.clear()
    yield
    credentials._SESSION.clear()
    keyring.set_keyring(before)
    QSettings().clear()


@pytest.fixture
def context(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    # An empty database (no demo data): the first sync stays small.
    shutil.copyfile(make_template(tmp_path), tmp_path / "window.sqlite")
    ctx = open_context(tmp_path / "window.sqlite")
    yield ctx
    ctx.undo_stack.clear()
    ctx.close()


@pytest.fixture
def window(qtbot, context: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    translations = Translations()
    translations.install("nb")
    main = MainWindow(context, "nb")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.sync.shutdown()
    translations.install("en")


def settled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=60_000)


def codes(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT code FROM measure WHERE NOT deleted")}


def other_desktop(tmp_path: Path, url: str, token: str) -> tuple[Client, ServerHub]:
    client = Client(tmp_path / "other.sqlite", make_template(tmp_path), "Bjørn")
    return client, ServerHub(url, token, mirror=mirror_path(client.path, url, token))


def test_the_window_syncs_through_the_hub_and_says_so(
    qtbot, window, service, hub_db, tmp_path, caplog
) -> None:  # type: ignore[no-untyped-def]
    token = hub_db.user("Anne i vinduet", ["facilitator"])[1]
    window.sync.set_hub(HubSetting(service, TOKEN), {"kind": "token", "token": token})
    settled(qtbot, window)
    assert window.sync.state is SyncState.SYNCED, window.sync.message
    host = service.removeprefix("http://")
    assert window.sync.label.text().startswith(f"Server: {host} · Synkronisert kl. ")
    # A local change syncs by itself a moment later.
    window.sync.after_change.setInterval(50)
    window._context.service.create(
        Measure, code="VIN-1", title="Fra vinduet", dimension="S", level="stab"
    )
    window.sync.after_change.start(50)
    qtbot.waitUntil(
        lambda: bool(window.sync.last_result and window.sync.last_result.sent), timeout=60_000
    )
    settled(qtbot, window)
    other, hub = other_desktop(tmp_path, service, hub_db.user("Bjørn", ["facilitator"])[1])
    sync(other.path, hub)
    assert "VIN-1" in codes(other.path)
    # What the other desktop sends reaches the window's views at its next sync.
    other.service.create(Measure, code="BJ-1", title="Fra Bjørn", dimension="S", level="stab")
    sync(other.path, hub)
    other.close()
    heard: list[object] = []
    window._context.changes.operation.connect(lambda operation: heard.append(operation))
    window.sync.sync_action.trigger()
    settled(qtbot, window)
    assert "BJ-1" in codes(window._context.database.path) and heard
    assert window.sync.state is SyncState.SYNCED
    # The token is in no settings file and no log.
    ini = Path(QSettings().fileName())
    QSettings().sync()
    assert token not in ini.read_text(encoding="utf-8") and service in ini.read_text("utf-8")
    assert token not in caplog.text


def test_two_edits_of_one_note_through_the_hub_are_a_conflict_the_window_counts(
    qtbot, window, service, hub_db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    token = hub_db.user("Anne med notat", ["facilitator"])[1]
    window.sync.set_hub(HubSetting(service, TOKEN), {"kind": "token", "token": token})
    settled(qtbot, window)
    record = window._context.service.create(
        Measure, code="KON-1", title="Notatet", dimension="S", level="stab"
    ).record_id
    window.sync.sync_now()
    settled(qtbot, window)
    other, hub = other_desktop(
        tmp_path, service, hub_db.user("Bjørn med notat", ["facilitator"])[1]
    )
    sync(other.path, hub)
    other.service.update(Measure, record, notes="Bjørns tekst")
    sync(other.path, hub)
    other.close()
    window._context.service.update(Measure, record, notes="Annes tekst")
    window.sync.sync_now()
    settled(qtbot, window)
    assert window.sync.state is SyncState.CONFLICTS, window.sync.message
    text = window.sync.label.text()
    assert text.startswith(f"Server: {service.removeprefix('http://')} · Synkronisert kl. ")
    assert text.endswith(" · 1 konflikt å se på")
    # Resolved in the window, the decision reaches the hub like any edit: no conflict left.
    dialog = ConflictDialog(window._context, window)
    qtbot.addWidget(dialog)
    assert dialog.resolve_with("left")
    window.sync.refresh_conflicts()
    window.sync.sync_now()
    settled(qtbot, window)
    assert window.sync.state is SyncState.SYNCED, window.sync.message


def test_a_refused_sign_in_says_so_with_the_settings_one_click_away(
    qtbot, window, service, hub_db, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    forged = f"fh1.{hub_db.hub_id}.{'x' * 43}"
    window.sync.set_hub(HubSetting(service, TOKEN), {"kind": "token", "token": forged})
    settled(qtbot, window)
    assert window.sync.state is SyncState.SIGN_IN
    text = window.sync.label.text()
    assert text.startswith(f"Server: {service.removeprefix('http://')} · Ikke synkronisert: ")
    assert text.endswith(" · Ikke synkronisert: logg inn igjen")
    reason = window.sync.label.toolTip()
    assert reason == (
        "Knutepunktet avviste innloggingen: nøkkelen er ukjent eller trukket tilbake, eller "
        "brukeren er fjernet; spør administratoren for knutepunktet"
    )
    assert window.sync.sign_in_button.isVisible()
    opened: list[SyncSettingsDialog] = []
    monkeypatch.setattr(SyncSettingsDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(window.sync.sign_in_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].server_chosen() and opened[0].address_edit.text() == service


def test_a_removed_user_is_told_so_at_the_next_sync(qtbot, window, service, hub_db) -> None:  # type: ignore[no-untyped-def]
    token = hub_db.user("Anne som slutter", ["facilitator"])[1]
    window.sync.set_hub(HubSetting(service, TOKEN), {"kind": "token", "token": token})
    settled(qtbot, window)
    assert window.sync.state is SyncState.SYNCED
    assert remove_user(hub_db.owner, "Anne som slutter")
    window.sync.sync_now()
    settled(qtbot, window)
    assert window.sync.state is SyncState.SIGN_IN
    assert "brukeren er fjernet" in window.sync.label.toolTip()
    assert window.sync.sign_in_button.isVisible()


def test_a_change_the_user_may_not_make_is_named_and_the_rest_goes_on(
    qtbot, window, service, hub_db
) -> None:  # type: ignore[no-untyped-def]
    token = hub_db.user("Fasilitator uten HR", ["facilitator"])[1]
    window.sync.set_hub(HubSetting(service, TOKEN), {"kind": "token", "token": token})
    settled(qtbot, window)
    window._context.service.create(Scenario, name="Ikke min å lage")
    window._context.service.create(
        Measure, code="LOV-1", title="Lov å lage", dimension="S", level="stab"
    )
    results: list[object] = []
    window.sync.synced.connect(results.append)
    window.sync.sync_now()
    settled(qtbot, window)
    assert window.sync.state is SyncState.SYNCED and results
    shown = window.statusBar().currentMessage()
    assert shown.startswith("knutepunktet avviste ") and "only the role hr" in shown, shown
    with contextlib.closing(sqlite3.connect(window._context.database.path)) as conn:
        assert conn.execute("SELECT count(*) FROM measure WHERE code = 'LOV-1'").fetchone()[0]


def test_offline_the_window_goes_on_and_syncs_when_the_hub_is_back(
    qtbot, window, hub_db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    token = hub_db.user("Anne på reise", ["facilitator"])[1]
    window.sync.set_hub(HubSetting(url, TOKEN), {"kind": "token", "token": token})
    settled(qtbot, window)
    assert window.sync.state is SyncState.OFFLINE
    assert window.sync.label.text() == (
        f"Server: 127.0.0.1:{port} · Frakoblet: får ikke tak i knutepunktet; "
        "synkroniserer når det er tilbake"
    )
    window._context.service.create(
        Measure, code="REISE-1", title="Skrevet frakoblet", dimension="S", level="stab"
    )
    assert window.sync.state is SyncState.OFFLINE  # the window went on; the edit is kept
    config = uvicorn.Config(
        create_app(hub_db.service, pool_size=2),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.02)
        window.sync.poll.start(300)  # the minute's poll, shortened
        qtbot.waitUntil(lambda: window.sync.state is SyncState.SYNCED, timeout=60_000)
        assert window.sync.last_result is not None
        assert window.sync.label.text().startswith(f"Server: 127.0.0.1:{port} · Synkronisert kl. ")
        # The edit made offline reached the hub: another desktop gets it.
        other, hub = other_desktop(tmp_path, url, hub_db.user("Bjørn på kontoret", ["hr"])[1])
        sync(other.path, hub)
        other.close()
        assert "REISE-1" in codes(other.path)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def provider(hub_db) -> Iterator[FakeProvider]:  # type: ignore[no-untyped-def]
    with fake_provider() as fake:
        code = cli_main(
            ["hub", "oidc", "add", fake.base, "--audience", CLIENT_ID, "--database", hub_db.owner]
        )
        assert code == 0
        add_user(hub_db.owner, "Kari Kommune", ["facilitator"], [], oidc=(fake.base, "kari-123"))
        yield fake


def test_sign_in_with_the_municipality_account_then_sync_and_renew(
    qtbot, window, service, provider, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def browser(url) -> bool:  # type: ignore[no-untyped-def]
        def visit() -> None:
            with contextlib.suppress(OSError), urllib.request.urlopen(url.toString()) as page:
                page.read()

        threading.Thread(target=visit, daemon=True).start()
        return True

    monkeypatch.setattr("fredapp.ui.sync.settings.QDesktopServices.openUrl", browser)
    dialog = SyncSettingsDialog(None, window)
    qtbot.addWidget(dialog)
    dialog.server_choice.setChecked(True)
    dialog.address_edit.setText(service)
    dialog.oidc_choice.setChecked(True)
    qtbot.mouseClick(dialog.signin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.signin_button.isEnabled(), timeout=30_000)
    assert dialog.error.text() == ""
    assert dialog.outcome.text() == "Logget inn med kommunens konto."
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.test_button.isEnabled, timeout=30_000)
    assert dialog.outcome.text() == "Tilkoblet som Kari Kommune (facilitator)."
    assert credentials.load(service) is None  # nothing kept before OK
    dialog.accept()
    assert dialog.result() == 1
    window.sync.set_hub(dialog.chosen_hub(), dialog.new_secret())
    assert QSettings().value("sync/hub_signin") == OIDC
    settled(qtbot, window)
    assert window.sync.state is SyncState.SYNCED, window.sync.message
    # An hour later the ID token has expired: the sync renews it with the refresh token.
    kept = credentials.load(service)
    assert kept is not None and kept["kind"] == OIDC
    credentials.save(service, kept | {"expires_at": time.time() - 10})
    before = provider.refreshed
    window.sync.sync_now()
    settled(qtbot, window)
    assert window.sync.state is SyncState.SYNCED and provider.refreshed == before + 1
    renewed = credentials.load(service)
    assert renewed is not None and renewed["refresh_token"] != kept["refresh_token"]
    assert renewed["expires_at"] > time.time()
    for secret in (kept["refresh_token"], kept["id_token"]):
        assert secret not in Path(QSettings().fileName()).read_text(encoding="utf-8")
