"""Start-up to the window shown: FredApp (seed and --scale 10) against a bare QMainWindow.

Each round is a whole new Python process, as a user's start is. The bare
floor imports PySide6, makes a QApplication and a QMainWindow, shows it and
quits; FredApp does the same through its real start-up path.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROUNDS = 7
BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1200, 800)\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)
FREDAPP_WINDOW = (
    "import sys\n"
    "from pathlib import Path\n"
    "from fredapp.ui.app import run_gui\n"
    "sys.exit(run_gui(Path(sys.argv[1]), quit_when_shown=True))\n"
)


def _environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}


def _start(code: str, env: dict[str, str], *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


@pytest.mark.parametrize("size", ["seed", "scale10"])
def test_startup_against_bare_window(
    benchmark,
    record_ratio,
    size: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    database = request.getfixturevalue(f"{size}_database")
    env = _environment(tmp_path)
    _start(BARE_WINDOW, env)  # warm the file cache for both
    _start(FREDAPP_WINDOW, env, str(database))
    bare = [_start(BARE_WINDOW, env) for _ in range(ROUNDS)]
    benchmark.pedantic(_start, args=(FREDAPP_WINDOW, env, str(database)), rounds=ROUNDS)
    fredapp_median = benchmark.stats.stats.median
    bare_median = statistics.median(bare)
    benchmark.extra_info["bare_window_median_s"] = bare_median
    benchmark.extra_info["ratio"] = fredapp_median / bare_median
    record_ratio(f"start-up, {size} database", fredapp_median, "bare QMainWindow", bare_median)
    assert fredapp_median > 0
