"""Where the window syncs: a shared file or the hub, kept in the user's settings.

Only where: the hub's sign-in (a key or an OpenID Connect sign-in) is kept in the system's
keyring (:mod:`fredapp.core.sync.credentials`), never here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

SHARED_FILE_KEY = "sync/shared_file"
MODE_KEY = "sync/mode"  # "file" or "server"
HUB_URL_KEY = "sync/hub_url"
HUB_SIGNIN_KEY = "sync/hub_signin"  # "token" or "oidc"
RECENT_KEY = "sync/recent_shared_files"
RECENT_LIMIT = 5
TOKEN, OIDC = "token", "oidc"


@dataclass(frozen=True)
class HubSetting:
    """Where the hub is and how the user signs in (no secret)."""

    url: str
    signin: str = TOKEN


def load_shared_file() -> Path | None:
    value = QSettings().value(SHARED_FILE_KEY)
    return Path(str(value)) if value else None


def load_hub() -> HubSetting | None:
    url = str(QSettings().value(HUB_URL_KEY) or "")
    return HubSetting(url, str(QSettings().value(HUB_SIGNIN_KEY) or TOKEN)) if url else None


def server_chosen() -> bool:
    return QSettings().value(MODE_KEY) == "server"


def save_hub(hub: HubSetting) -> None:
    settings = QSettings()
    settings.setValue(MODE_KEY, "server")
    settings.setValue(HUB_URL_KEY, hub.url)
    settings.setValue(HUB_SIGNIN_KEY, hub.signin)


def save_shared_file(path: Path | None) -> None:
    settings = QSettings()
    settings.setValue(SHARED_FILE_KEY, str(path) if path else "")
    settings.setValue(MODE_KEY, "file")
    if path is not None:
        remember_recent(path)


def recent_shared_files() -> list[Path]:
    """The shared files used lately, newest first (kept in the user's settings)."""
    value = QSettings().value(RECENT_KEY) or []
    paths = [value] if isinstance(value, str) else list(value)
    return [Path(str(p)) for p in paths if p][:RECENT_LIMIT]


def remember_recent(path: Path) -> None:
    paths = [path, *(p for p in recent_shared_files() if p != path)][:RECENT_LIMIT]
    QSettings().setValue(RECENT_KEY, [str(p) for p in paths])
