"""The fast start: a window is shown before the data layer is imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from fredapp.ui.launch import placeholder_window


def test_launch_module_does_not_import_the_data_layer() -> None:
    code = (
        "import sys, fredapp.ui.launch\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'pydantic', 'pyqtgraph', 'numpy', 'openpyxl', 'alembic')]\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.strip()
    assert out == "[]"


def test_placeholder_names_the_database_in_bokmal(translations, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = placeholder_window(Path("/data/fredapp.sqlite"))
    qtbot.addWidget(window)
    assert window.windowTitle() == "FredApp – fredapp.sqlite"
    label = window.centralWidget()
    assert isinstance(label, QLabel) and label.text() == "Åpner fredapp.sqlite …"


def test_startup_marks_show_before_ready(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "FREDAPP_STARTUP_MARKS": "1",
    }
    code = (
        "import sys; from pathlib import Path; from fredapp.ui.launch import run_gui; "
        "sys.exit(run_gui(Path(sys.argv[1]), quit_when_shown=True))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "f.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    events = [
        line.split()[1] for line in result.stderr.splitlines() if line.startswith("fredapp-startup")
    ]
    assert events == ["shown", "ready"]


def test_a_refused_database_is_reported_in_bokmal(tmp_path: Path) -> None:
    # The translator must be installed before the data layer builds the refusal.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
    }
    foreign = tmp_path / "f.sqlite"
    foreign.write_bytes(b"not a database" * 100)
    code = (
        "import sys; from pathlib import Path; from fredapp.ui.launch import run_gui; "
        "sys.exit(run_gui(Path(sys.argv[1]), language='nb', quit_when_shown=True))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(foreign)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert (
        f"fredapp: error: {foreign} er ikke en FredApp-database: den er ikke en SQLite-databasefil"
    ) in result.stderr
