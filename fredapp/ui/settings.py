"""Per-user preferences kept by Qt (registry on Windows, an INI file elsewhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from fredapp.ui.i18n import normalise

LANGUAGE_KEY = "ui/language"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
TAB_KEY = "window/tab"
LAST_FOLDER_KEY = "files/last_folder"  # where the user chose a file last (fredapp.ui.file_dialogs)


def load_language() -> str:
    return normalise(QSettings().value(LANGUAGE_KEY))


def save_language(language: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, language)


def load_bytes(key: str) -> QByteArray | None:
    value = QSettings().value(key)
    return value if isinstance(value, QByteArray) else None


def save_value(key: str, value: object) -> None:
    QSettings().setValue(key, value)


def restore_geometry(window: QWidget) -> None:
    """Where and how large the user left the window; 1200 × 800 the first time."""
    geometry = load_bytes(GEOMETRY_KEY)
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1200, 800)


def load_int(key: str, default: int = 0) -> int:
    try:
        value = QSettings().value(key, default)
        return int(value) if isinstance(value, int | str | float) else default
    except (TypeError, ValueError):
        return default


def load_last_folder() -> Path:
    """The folder a file was chosen in last, if it is still there; else the home folder."""
    value = QSettings().value(LAST_FOLDER_KEY)
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def save_last_folder(folder: Path) -> None:
    settings = QSettings()
    settings.setValue(LAST_FOLDER_KEY, str(folder))
    settings.sync()  # on disk now: a crash later still keeps it
