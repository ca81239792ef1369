"""Start-up: FredApp (seed and --scale 10) against a bare QMainWindow, in new processes.

Each round is a whole new Python process, as a user's start is. Two moments
are timed from just before the process is spawned: *shown*, when a window
is on screen (FredApp shows a placeholder before it imports its data
layer), and *ready*, when the main window with the data is shown. The bare
floor imports PySide6, makes a QApplication and a QMainWindow, and shows it.
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
    "import sys, time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.resize(1200, 800)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "print(f'fredapp-startup shown {time.time():.6f}', file=sys.stderr)\n"
)
# The stack's own floor for "data ready": the same window after importing SQLModel (which
# FredApp's design names) and reading one table through it; FredApp's overhead is the rest.
BARE_SQLMODEL_WINDOW = (
    "import sys, time\n"
    "from PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n"
    "from sqlmodel import Session, create_engine, text\n"
    "app = QApplication([])\n"
    "engine = create_engine('sqlite:///' + sys.argv[1])\n"
    "with Session(engine) as session:\n"
    "    count = session.exec(text('SELECT count(*) FROM unit')).one()[0]\n"
    "window = QMainWindow()\n"
    "window.setCentralWidget(QLabel(str(count)))\n"
    "window.resize(1200, 800)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "print(f'fredapp-startup shown {time.time():.6f}', file=sys.stderr)\n"
)
FREDAPP_WINDOW = (
    "import sys\n"
    "from pathlib import Path\n"
    "from fredapp.ui.launch import run_gui\n"
    "sys.exit(run_gui(Path(sys.argv[1]), quit_when_shown=True))\n"
)


def _environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "FREDAPP_STARTUP_MARKS": "1",
    }


def _start(code: str, env: dict[str, str], *args: str) -> dict[str, float]:
    """Seconds from spawning the process to each moment it reports."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True
    )
    moments = {}
    for line in result.stderr.splitlines():
        if line.startswith("fredapp-startup "):
            _, event, stamp = line.split()
            moments[event] = float(stamp) - started
    return moments


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
    bare = [_start(BARE_WINDOW, env)["shown"] for _ in range(ROUNDS)]
    stack = [_start(BARE_SQLMODEL_WINDOW, env, str(database))["shown"] for _ in range(ROUNDS)]
    shown: list[float] = []
    ready: list[float] = []

    def fredapp_round() -> None:
        moments = _start(FREDAPP_WINDOW, env, str(database))
        shown.append(moments["shown"])
        ready.append(moments["ready"])

    # pytest-benchmark's own row is the whole FredApp process, start to exit.
    benchmark.pedantic(fredapp_round, rounds=ROUNDS, iterations=1)
    floor = statistics.median(bare)
    benchmark.extra_info.update(
        bare_shown_s=floor,
        bare_sqlmodel_s=statistics.median(stack),
        shown_s=statistics.median(shown),
        ready_s=statistics.median(ready),
    )
    record_ratio(
        f"start-up {size}: window shown", statistics.median(shown), "bare QMainWindow", floor
    )
    record_ratio(
        f"start-up {size}: data ready", statistics.median(ready), "bare QMainWindow", floor
    )
    record_ratio(
        f"start-up {size}: data ready",
        statistics.median(ready),
        "QMainWindow + SQLModel query",
        statistics.median(stack),
    )
    assert all(s < r for s, r in zip(shown, ready, strict=True))
