"""The sync settings: a shared file, or the sync hub (a server) with its address and sign-in.

Nothing is kept until OK: the address and the kind of sign-in go to the user's settings, the
key or the OpenID Connect sign-in to the system keyring (by the controller). A connection
test and the browser sign-in run in a thread, so the dialog never freezes on the network.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fredapp.core.messages import Message
from fredapp.core.sync import credentials
from fredapp.core.sync.signin import (
    Connection,
    LoopbackSignIn,
    Tokens,
    address_problem,
    check_connection,
    current_bearer,
    find_provider,
    token_problem,
)
from fredapp.ui.error_label import show_error
from fredapp.ui.file_dialogs import ask_save_path
from fredapp.ui.messages import error_text, message_text
from fredapp.ui.sync.network_call import NetworkCall
from fredapp.ui.sync.where import OIDC, TOKEN, HubSetting

SIGN_IN_WAIT_S = 300.0


class SyncSettingsDialog(QDialog):
    def __init__(
        self,
        current: Path | None,
        parent: QWidget | None = None,
        *,
        hub: HubSetting | None = None,
        server: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync settings"))
        self._tokens: Tokens | None = None  # a sign-in made in this dialog, kept only on OK
        self._flow: LoopbackSignIn | None = None
        self._closed = False  # a sign-in still starting when the dialog closes ends at once
        self.file_choice = QRadioButton(self.tr("Shared &file"))
        self.server_choice = QRadioButton(self.tr("Se&rver (sync hub)"))
        self.file_choice.setChecked(not server)
        self.server_choice.setChecked(server)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page(current))
        self.pages.addWidget(self._server_page(hub))
        self.file_choice.toggled.connect(self._show_page)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        choices = QHBoxLayout()
        choices.addWidget(self.file_choice)
        choices.addWidget(self.server_choice)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_page()
        # Sized by the font, and as tall as the wrapped texts need at that width, so a large
        # system font clips nothing.
        width = max(600, self.fontMetrics().averageCharWidth() * 78, layout.minimumSize().width())
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        self.resize(width, height)

    # -- the pages ---------------------------------------------------------------------------

    def _file_page(self, current: Path | None) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit(str(current) if current else "")
        self.path_edit.setAccessibleName(self.tr("Shared file"))
        self.path_edit.setPlaceholderText(self.tr("e.g. a file on a network share or in OneDrive"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the shared file"))
        browse.clicked.connect(self._browse)
        explain = QLabel(
            self.tr(
                "FredApp merges your database with this file, both ways. Everyone who works "
                "together names the same file. Leave it empty to stop syncing."
            )
        )
        explain.setWordWrap(True)
        label = QLabel(self.tr("&Shared file:"))
        label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(explain)
        column.addWidget(label)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _server_page(self, hub: HubSetting | None) -> QWidget:
        page = QWidget()
        url = hub.url if hub else ""
        self._kept_for = url
        self._kept = credentials.load(url) if url else None
        explain = QLabel(
            self.tr(
                "The municipality's sync hub keeps everyone's changes; you see and change "
                "what your rights allow. The address begins with https:// (http:// only to "
                "this computer)."
            )
        )
        explain.setWordWrap(True)
        form = self._sign_in_form(page, hub, url)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to the hub"))
        self.test_button.clicked.connect(self.test_connection)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Connection"))
        self.keyring_note = QLabel(
            self.tr("Your sign-in is kept in this computer's keyring.")
            if credentials.persistent()
            else self.tr("This computer has no keyring; you must sign in again next time.")
        )
        self.keyring_note.setWordWrap(True)
        self.token_choice.toggled.connect(self._show_signin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(explain)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.outcome)
        column.addWidget(self.keyring_note)
        column.addStretch(1)
        self._show_signin()
        return page

    def _sign_in_form(self, page: QWidget, hub: HubSetting | None, url: str) -> QFormLayout:
        """The hub's address, and a personal key or the municipality's account."""
        self.address_edit = QLineEdit(url)
        self.address_edit.setAccessibleName(self.tr("The hub's address"))
        self.address_edit.setPlaceholderText("https://hub.example.no")
        self.token_choice = QRadioButton(self.tr("&Personal key"))
        self.oidc_choice = QRadioButton(self.tr("Sign in with the &municipality's account"))
        group = QButtonGroup(page)
        group.addButton(self.token_choice)
        group.addButton(self.oidc_choice)
        (self.oidc_choice if hub and hub.signin == OIDC else self.token_choice).setChecked(True)
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAccessibleName(self.tr("Personal key"))
        kept_token = bool(self._kept and self._kept.get("kind") == TOKEN)
        self.token_edit.setPlaceholderText(
            self.tr("Kept; paste a new key to replace it") if kept_token else "fh1.…"
        )
        self.signin_button = QPushButton(self.tr("Sign &in in the browser…"))
        self.signin_button.setAccessibleName(self.tr("Sign in with the municipality's account"))
        self.signin_button.clicked.connect(self.sign_in)
        form = QFormLayout()
        address_label = QLabel(self.tr("&Address:"))
        address_label.setBuddy(self.address_edit)
        form.addRow(address_label, self.address_edit)
        key_label = QLabel(self.tr("&Key:"))
        key_label.setBuddy(self.token_edit)
        form.addRow(self.token_choice)
        form.addRow(key_label, self.token_edit)
        form.addRow(self.oidc_choice)
        signin_row = QHBoxLayout()
        signin_row.addWidget(self.signin_button)
        signin_row.addStretch(1)
        form.addRow("", signin_row)
        return form

    def _show_page(self) -> None:
        self.pages.setCurrentIndex(0 if self.file_choice.isChecked() else 1)
        self.error.clear()

    def _show_signin(self) -> None:
        by_token = self.token_choice.isChecked()
        self.token_edit.setEnabled(by_token)
        self.signin_button.setEnabled(not by_token)
        if not by_token and self._oidc_secret() is not None:
            self.outcome.setText(self.tr("Signed in with the municipality's account."))

    def _browse(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Shared file"),
            self.path_edit.text() or str(Path.home() / "fredapp-felles.sqlite"),
            self.tr("FredApp database (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path_edit.setText(path)

    # -- what was chosen -------------------------------------------------------------------

    def server_chosen(self) -> bool:
        return self.server_choice.isChecked()

    def chosen_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def chosen_hub(self) -> HubSetting:
        signin = TOKEN if self.token_choice.isChecked() else OIDC
        return HubSetting(self.address_edit.text().strip().rstrip("/"), signin)

    def new_secret(self) -> dict[str, Any] | None:
        """The sign-in to keep for the chosen hub (None: keep what is kept)."""
        if self.token_choice.isChecked():
            token = self.token_edit.text().strip()
            return {"kind": TOKEN, "token": token} if token else None
        return self._tokens.as_secret() if self._tokens is not None else None

    def _secret(self) -> dict[str, Any] | None:
        """The sign-in a test or OK would use: what was typed, else what is kept for it."""
        fresh = self.new_secret()
        if fresh is not None:
            return fresh
        kept = self._kept if self.chosen_hub().url == self._kept_for else None
        if kept is not None and kept.get("kind") == self.chosen_hub().signin:
            return kept
        return None

    def _oidc_secret(self) -> dict[str, Any] | None:
        secret = self._secret()
        return secret if secret is not None and secret.get("kind") == OIDC else None

    # -- checks ------------------------------------------------------------------------------

    def problem(self) -> str:
        if not self.server_chosen():
            return self._file_problem()
        found: Message | None = address_problem(self.address_edit.text())
        if found is None and self.token_choice.isChecked():
            typed = self.token_edit.text().strip()
            if typed or self._secret() is None:
                found = token_problem(typed)
        elif found is None and self._secret() is None:
            return self.tr("Sign in first: press «Sign in in the browser…»")
        return message_text(found) if found is not None else ""

    def _file_problem(self) -> str:
        text = self.path_edit.text().strip()
        if not text:
            return ""
        path = Path(text).expanduser()
        if path.is_dir():
            return self.tr("%1 is a folder; name a file in it").replace("%1", str(path))
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist").replace("%1", str(path.parent))
        return ""

    def _focus_problem(self) -> None:
        if not self.server_chosen():
            self.path_edit.setFocus()
        elif address_problem(self.address_edit.text()) is not None:
            self.address_edit.setFocus()
        elif self.token_choice.isChecked():
            self.token_edit.setFocus()
        else:
            self.signin_button.setFocus()

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            show_error(self.error, problem)
            self._focus_problem()
            return
        self._cancel_sign_in(closing=True)
        super().accept()

    def reject(self) -> None:
        self._cancel_sign_in(closing=True)
        super().reject()

    # -- the network ----------------------------------------------------------------------------

    def test_connection(self) -> None:
        problem = self.problem()
        if problem:
            show_error(self.error, problem)
            self._focus_problem()
            return
        self.error.clear()
        secret = self._secret()
        assert secret is not None
        url = self.chosen_hub().url
        self.test_button.setEnabled(False)
        self.outcome.setText(self.tr("Asking the hub…"))
        worker = NetworkCall(self)
        worker.done.connect(self._tested)

        def work() -> tuple[Connection, dict[str, Any] | None]:
            bearer, _key, renewed = current_bearer(secret)
            return check_connection(url, bearer), renewed

        worker.start(work)

    def _tested(
        self, answer: tuple[Connection, dict[str, Any] | None] | None, error: BaseException | None
    ) -> None:
        self.test_button.setEnabled(True)
        if answer is None:
            self.outcome.clear()
            show_error(self.error, error_text(error) if error else "")
            return
        connection, renewed = answer
        if renewed is not None:
            # The old refresh token may be spent now: the renewed sign-in is kept on OK.
            self._tokens = Tokens.from_secret(renewed)
        text = self.tr("Connected as %1 (%2).").replace("%1", connection.user)
        text = text.replace("%2", ", ".join(connection.roles))
        warning = connection.clock_warning()
        if warning is not None:
            text += " " + message_text(warning)
        self.outcome.setText(text)

    def sign_in(self) -> None:
        found = address_problem(self.address_edit.text())
        if found is not None:
            show_error(self.error, message_text(found))
            self.address_edit.setFocus()
            return
        self.error.clear()
        self._cancel_sign_in()
        url = self.chosen_hub().url
        self.signin_button.setEnabled(False)
        self.outcome.setText(self.tr("Sign in in the browser window that opened…"))
        worker = NetworkCall(self)
        worker.open_url.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        worker.done.connect(self._signed_in)

        def work() -> Tokens:
            flow = LoopbackSignIn(find_provider(url))
            self._flow = flow
            if self._closed:
                flow.cancel()
            else:
                worker.open_url.emit(flow.url)
            return flow.wait(SIGN_IN_WAIT_S)

        worker.start(work)

    def _signed_in(self, tokens: Tokens | None, error: BaseException | None) -> None:
        self._flow = None
        self.signin_button.setEnabled(self.oidc_choice.isChecked())
        if tokens is None:
            self.outcome.clear()
            show_error(self.error, error_text(error) if error else "")
            return
        self._tokens = tokens
        self.outcome.setText(self.tr("Signed in with the municipality's account."))

    def _cancel_sign_in(self, closing: bool = False) -> None:
        self._closed = self._closed or closing
        if self._flow is not None:
            self._flow.cancel()
