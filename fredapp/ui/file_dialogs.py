"""Every file dialog of the window: it opens in the folder the user chose a file in last.

One folder for every kind of file (an export, an import, the shared file), kept in the
settings (fredapp.ui.settings), so it is the same after a restart. The call sites pass what
they passed to ``QFileDialog.getSaveFileName``/``getOpenFileName`` and get the chosen path
back ('' when cancelled): a proposed file name ("tiltak.xlsx", or the code's default
``~/tiltak.xlsx``) lands in the last folder; a path with a folder of its own that is not the
home folder (a file the user chose before, shown in a field) is kept as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from fredapp.ui import settings


def start_path(proposed: str) -> str:
    """Where a dialog opens for the ``proposed`` path: the last folder, with its file name."""
    if proposed:
        path = Path(proposed).expanduser()
        if path == Path.home():  # the code's "anywhere": the last folder
            return str(settings.load_last_folder())
        if path.parent not in (Path("."), Path.home()):
            return str(path)  # the user's own earlier choice: keep it
        return str(settings.load_last_folder() / path.name)
    return str(settings.load_last_folder())


def _chosen(path: str) -> str:
    if path:
        settings.save_last_folder(Path(path).parent)
    return path


def ask_save_path(
    parent: QWidget | None,
    caption: str,
    proposed: str = "",
    filters: str = "",
    options: QFileDialog.Option | None = None,
) -> str:
    """Ask where to save; the chosen path, or '' when cancelled."""
    start = start_path(proposed)
    if options is None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    else:
        path, _ = QFileDialog.getSaveFileName(parent, caption, start, filters, options=options)
    return _chosen(path)


def ask_open_path(
    parent: QWidget | None, caption: str, proposed: str = "", filters: str = ""
) -> str:
    """Ask which file to open; the chosen path, or '' when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, start_path(proposed), filters)
    return _chosen(path)
