"""What Orca gets over AT-SPI: every control and graph on every tab has a name.

Qt's own accessibility interface (test_accessibility.py) is not what a Linux
screen reader reads: over AT-SPI a combo box is named by its current item, and
a graph is the unnamed viewport it is drawn on. This runs ``atspi_walk.py`` with
the system python3, which has pyatspi from Debian's python3-pyatspi; it skips
where that or Xvfb, dbus-x11 or at-spi2-core is missing (as on CI).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
MAIN_TABS = 4


def _missing() -> str:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is Linux's accessibility bus"
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return f"no {SYSTEM_PYTHON}"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        return "the system python3 has no pyatspi (apt-get install python3-pyatspi)"
    for tool, package in (("Xvfb", "xvfb"), ("dbus-launch", "dbus-x11")):
        if shutil.which(tool) is None:
            return f"no {tool} (apt-get install {package})"
    if not os.access("/usr/libexec/at-spi-bus-launcher", os.X_OK):
        return "no at-spi-bus-launcher (apt-get install at-spi2-core)"
    return ""


@pytest.fixture(scope="module")
def walk() -> dict:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    done = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), "--json", "--python", sys.executable],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode == 3 and "xcb" in done.stdout + done.stderr:
        pytest.skip("Qt's xcb platform plugin cannot load here (libxcb-* packages missing)")
    assert done.returncode in (0, 1), done.stderr[-3000:]
    return json.loads(done.stdout)


def test_the_walk_reaches_every_tab(walk: dict) -> None:
    assert len(walk["tabs"]) == MAIN_TABS
    for tab in walk["tabs"]:
        assert any(o["kind"] == "interactive" for o in tab["objects"]), tab["tab"]


def test_no_control_or_graph_is_announced_by_its_role_alone(walk: dict) -> None:
    found = [
        f"{obj['view']}: {obj['role']} {obj['name']!r}: {obj['problem']}"
        for tab in walk["tabs"]
        for obj in tab["objects"]
        if obj["problem"]
    ]
    assert found == []


def test_every_graph_says_where_its_figures_are(walk: dict) -> None:
    graphs = [obj for tab in walk["tabs"] for obj in tab["objects"] if obj["kind"] == "graph"]
    assert graphs, "the walk found no graph at all"
    assert [g["name"] for g in graphs if "table" not in g["description"].lower()] == []
