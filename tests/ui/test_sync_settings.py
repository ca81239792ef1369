"""The sync settings: a shared file or the hub (address, sign-in), the keyring, the status bar.

The hub here is a tiny fake HTTP server (its hello only), so these run without PostgreSQL;
tests/hub/test_window_hub.py syncs the window through the real hub.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from fredapp.core.clock import wall_now_ms
from fredapp.core.sync import credentials
from fredapp.ui.main_window import MainWindow
from fredapp.ui.sync import SyncState
from fredapp.ui.sync.settings import HubSetting, SyncSettingsDialog

TOKEN = "fh1." + "a" * 32 + "." + "s3cret" * 7


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, as the system's would be."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """Every test starts on a machine without a keyring and with nothing kept."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    credentials._SESSION.clear()
    yield
    credentials._SESSION.clear()
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring


class FakeHub:
    """Answers /v1/hello as told: (status, body)."""

    def __init__(self) -> None:
        self.answer: tuple[int, Any] = (200, {})
        self.seen_tokens: list[str] = []


@pytest.fixture
def fake_hub() -> Iterator[tuple[str, FakeHub]]:
    hub = FakeHub()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            hub.seen_tokens.append(self.headers.get("Authorization", ""))
            status, body = hub.answer if self.path.startswith("/v1/hello") else (404, {})
            data = json.dumps(body).encode() if not isinstance(body, bytes) else body
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hub
    server.shutdown()
    server.server_close()


def server_dialog(qtbot, address: str = "", token: str = "") -> SyncSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SyncSettingsDialog(None)
    qtbot.addWidget(dialog)
    dialog.server_choice.setChecked(True)
    dialog.address_edit.setText(address)
    dialog.token_edit.setText(token)
    return dialog


def test_bad_addresses_and_keys_are_named_and_the_dialog_keeps_them(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = server_dialog(qtbot, "http://hub.example.no", TOKEN)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error.text() == (
        "Feil: Bruk https:// for hub.example.no: over vanlig http kan hvem som helst underveis "
        "lese innloggingen din (http er bare tillatt til denne maskinen, localhost)"
    )
    assert dialog.address_edit.text() == "http://hub.example.no"
    assert dialog.focusWidget() is dialog.address_edit
    dialog.address_edit.setText("hub.example.no")
    dialog.accept()
    assert "er ikke en nettadresse; den begynner med https://" in dialog.error.text()
    dialog.address_edit.setText("https://hub.example.no/")
    dialog.token_edit.setText("my password")
    dialog.accept()
    assert dialog.result() == 0 and "ikke en personlig FredApp-nøkkel" in dialog.error.text()
    assert dialog.token_edit.text() == "my password"
    assert dialog.focusWidget() is dialog.token_edit
    dialog.oidc_choice.setChecked(True)
    dialog.accept()
    assert dialog.error.text() == "Feil: Logg inn først: trykk «Logg inn i nettleseren …»"
    dialog.token_choice.setChecked(True)
    dialog.token_edit.setText(f"  {TOKEN} ")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.server_chosen()
    assert dialog.chosen_hub() == HubSetting("https://hub.example.no", "token")
    assert dialog.new_secret() == {"kind": "token", "token": TOKEN}
    # Nothing was kept by the dialog itself: only the controller keeps it, after OK.
    assert credentials.load("https://hub.example.no") is None


def test_http_is_allowed_to_this_computer_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    for address in ("http://localhost:8765", "http://127.0.0.1:8765", "https://hub.example.no"):
        dialog = server_dialog(qtbot, address, TOKEN)
        assert dialog.problem() == "", address


def test_the_dialog_says_when_the_sign_in_lasts_only_this_session(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = server_dialog(qtbot)
    dialog.show()
    assert dialog.keyring_note.isVisible()
    assert dialog.keyring_note.text() == (
        "Denne maskinen har ingen nøkkelring; du må logge inn igjen neste gang."
    )
    keyring.set_keyring(MemoryKeyring())
    again = server_dialog(qtbot)
    assert again.keyring_note.text() == "Innloggingen din lagres i nøkkelringen på denne maskinen."


def test_test_connection_says_what_is_wrong(qtbot, translations, fake_hub) -> None:  # type: ignore[no-untyped-def]
    url, hub = fake_hub
    dialog = server_dialog(qtbot, url, TOKEN)

    def tested() -> str:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.test_button.isEnabled, timeout=15_000)
        return dialog.error.text() or dialog.outcome.text()

    hub.answer = (200, {"hub": "h1", "user": "Anne", "roles": ["leader"], "time_ms": wall_now_ms()})
    assert tested() == "Tilkoblet som Anne (leader)."
    assert hub.seen_tokens[-1] == f"Bearer {TOKEN}"
    hub.answer = (
        200,
        {"hub": "h1", "user": "Anne", "roles": ["hr"], "time_ms": wall_now_ms() + 3_600_000},
    )
    assert tested() == (
        "Tilkoblet som Anne (hr). Klokken på denne maskinen går 60 minutter feil i forhold til "
        "knutepunktets; rett dato og klokkeslett, ellers kan endringer bli avvist"
    )
    hub.answer = (401, {"detail": "the token has expired; ask for a new one"})
    assert tested() == "Feil: Knutepunktet avviste innloggingen: nøkkelen er utløpt; be om en ny"
    hub.answer = (401, {"detail": "a reason the desktop does not know"})
    assert tested() == "Feil: Knutepunktet avviste innloggingen: a reason the desktop does not know"
    hub.answer = (404, {"detail": "Not Found"})
    assert tested() == f"Feil: {url} svarer, men er ikke et FredApp-knutepunkt (eller et eldre et)"
    hub.answer = (200, b"<html>a web page</html>")
    assert tested() == f"Feil: {url} svarer, men er ikke et FredApp-knutepunkt (eller et eldre et)"
    dialog.address_edit.setText(f"http://127.0.0.1:{free_port()}")
    assert tested().startswith("Feil: knutepunktet http://127.0.0.1:")
    assert "kan ikke nås" in dialog.error.text()


def test_every_field_is_reachable_by_keyboard_with_its_own_mnemonic(qtbot, translations) -> None:  # type: ignore[no-untyped-def]
    dialog = server_dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    for page_choice in (dialog.file_choice, dialog.server_choice):
        page_choice.setChecked(True)
        letters = []
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisible():
                continue
            text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
            if "&" in text.replace("&&", ""):
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), letters
    # Tab goes through every field on the server page.
    dialog.server_choice.setFocus()
    seen = set()
    for _ in range(30):
        seen.add(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    dialog.oidc_choice.setChecked(True)
    for _ in range(30):
        seen.add(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    for field in (dialog.address_edit, dialog.token_edit, dialog.signin_button, dialog.test_button):
        assert field in seen, field.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0 and not dialog.isVisible()
    # Enter in a field is OK: refused with the problem named while something is wrong.
    again = server_dialog(qtbot, "https://hub.example.no", "not a key")
    again.show()
    qtbot.waitExposed(again)
    again.token_edit.setFocus()
    qtbot.keyClick(again.token_edit, Qt.Key.Key_Return)
    assert again.isVisible() and "ikke en personlig FredApp-nøkkel" in again.error.text()
    again.token_edit.setText(TOKEN)
    qtbot.keyClick(again.token_edit, Qt.Key.Key_Return)
    assert again.result() == 1 and not again.isVisible()


def ini_text() -> str:
    settings = QSettings()
    settings.sync()
    path = Path(settings.fileName())
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_the_token_goes_to_the_keyring_never_to_the_settings_file(
    qtbot, window: MainWindow, memory_keyring, caplog
) -> None:  # type: ignore[no-untyped-def]
    url = f"http://127.0.0.1:{free_port()}"
    window.sync.set_hub(HubSetting(url, "token"), {"kind": "token", "token": TOKEN})
    kept = memory_keyring.entries[(credentials.SERVICE, url)]
    assert json.loads(kept) == {"kind": "token", "token": TOKEN}
    assert not credentials._SESSION
    assert url in ini_text() and TOKEN not in ini_text()
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=30_000)
    # Nobody answers there: offline, said in the status bar, and the window goes on.
    assert window.sync.state is SyncState.OFFLINE
    host = url.removeprefix("http://")
    assert window.sync.label.text() == (
        f"Server: {host} · Frakoblet: får ikke tak i knutepunktet; synkroniserer når det er tilbake"
    )
    assert TOKEN not in window.sync.label.toolTip() and TOKEN not in caplog.text


def test_without_a_keyring_the_token_is_kept_for_the_session_only(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    url = f"http://127.0.0.1:{free_port()}"
    window.sync.set_hub(HubSetting(url, "token"), {"kind": "token", "token": TOKEN})
    assert credentials.load(url) == {"kind": "token", "token": TOKEN}
    assert TOKEN not in ini_text()
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=30_000)
    credentials._SESSION.clear()  # the next session: nothing kept, the user signs in again
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=30_000)
    assert window.sync.state is SyncState.SIGN_IN
    assert window.sync.label.text().endswith(" · Ikke synkronisert: logg inn igjen")
    assert window.sync.label.toolTip() == (
        "Ikke logget inn på knutepunktet; åpne innstillingene for synkronisering og logg inn"
    )
    assert window.sync.sign_in_button.isVisible()


def test_switching_back_to_the_shared_file_says_so(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.sync.set_hub(HubSetting("https://hub.example.no", "token"), None)
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=30_000)
    assert window.sync.label.text().startswith("Server: hub.example.no · ")
    shared = tmp_path / "share" / "felles.sqlite"
    shared.parent.mkdir()
    window.sync.set_shared_file(shared)
    qtbot.waitUntil(lambda: window.sync.state is SyncState.SYNCED, timeout=30_000)
    assert window.sync.label.text().startswith("Felles fil: felles.sqlite · Synkronisert kl. ")
    assert not window.sync.sign_in_button.isVisible()
