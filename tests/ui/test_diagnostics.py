"""Crash reports, the log file and the one-window-per-database lock."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fredapp.core.diagnostics import setup_logging, write_crash_report
from fredapp.ui.diagnostics import install_excepthook
from fredapp.ui.single_instance import DatabaseLock


def test_log_file_receives_messages(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    logging.getLogger("fredapp.test").warning("hello from the test")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hello from the test" in path.read_text(encoding="utf-8")


def test_crash_report_holds_the_traceback(tmp_path: Path) -> None:
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        path = write_crash_report(tmp_path, ValueError, exc, exc.__traceback__)
    text = path.read_text(encoding="utf-8")
    assert path.name.startswith("crash-") and "ValueError: boom in a slot" in text
    assert "FredApp" in text


def test_excepthook_writes_report_and_restores(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    original = sys.excepthook
    previous = install_excepthook(tmp_path, show_message=False)
    assert previous is original and sys.excepthook is not original
    try:
        try:
            raise RuntimeError("uncaught")
        except RuntimeError as exc:
            sys.excepthook(RuntimeError, exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert sys.excepthook is original
    reports = list(tmp_path.glob("crash-*.txt"))
    assert len(reports) == 1 and "RuntimeError: uncaught" in reports[0].read_text("utf-8")


def test_second_lock_on_same_database_is_refused(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "f.sqlite"
    first = DatabaseLock(database)
    assert first.acquire()
    try:
        code = (
            "import sys; from pathlib import Path; from fredapp.ui.single_instance import "
            "DatabaseLock; lock = DatabaseLock(Path(sys.argv[1])); "
            "print(lock.acquire(), lock.is_held_elsewhere(), lock.owner())"
        )
        out = subprocess.run(
            [sys.executable, "-c", code, str(database)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        ).stdout
        assert out.startswith("False True") and f"process {os.getpid()}" in out
    finally:
        first.release()
    again = DatabaseLock(database)
    assert again.acquire()
    again.release()


@pytest.mark.slow
def test_second_window_on_same_database_says_so(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    database = tmp_path / "f.sqlite"
    held = DatabaseLock(database)
    assert held.acquire()
    try:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "c"),
            "XDG_DATA_HOME": str(tmp_path / "d"),
        }
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "fredapp",
                "gui",
                "--db",
                str(database),
                "--screenshots",
                str(tmp_path / "shots"),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        held.release()
    assert result.returncode == 2
    assert "allerede åpen" in result.stderr  # the UI speaks bokmål by default
    assert not database.exists()
