"""Benchmarks run only with ``--benchmark-only`` (see README); each prints ratios to a floor.

A floor is what the machine can do at all, measured in the same run: a bare
PySide6 window, bare pyqtgraph, a plain SQLite bulk copy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

RATIOS: list[tuple[str, float, str, float]] = []


@pytest.fixture(scope="session")
def record_ratio():  # type: ignore[no-untyped-def]
    """Call as record_ratio(name, seconds, floor_name, floor_seconds); printed at the end."""

    def record(name: str, seconds: float, floor_name: str, floor_seconds: float) -> None:
        RATIOS.append((name, seconds, floor_name, floor_seconds))

    return record


@pytest.fixture(scope="session")
def seed_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _demo(tmp_path_factory.mktemp("bench") / "seed.sqlite", 0)


@pytest.fixture(scope="session")
def scale10_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _demo(tmp_path_factory.mktemp("bench") / "scale10.sqlite", 10)


def _demo(path: Path, scale: int) -> Path:
    command = [sys.executable, "-m", "fredapp", "demo", "--db", str(path)]
    if scale:
        command += ["--scale", str(scale)]
    subprocess.run(command, check=True, capture_output=True)
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RATIOS:
        return
    terminalreporter.section("FredApp against the floor (median seconds)")
    for name, seconds, floor_name, floor_seconds in RATIOS:
        terminalreporter.write_line(
            f"{name:<40} {seconds * 1000:9.1f} ms   {floor_name:<28} "
            f"{floor_seconds * 1000:9.1f} ms   ratio {seconds / floor_seconds:5.2f}"
        )
