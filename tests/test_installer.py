"""Build the PyInstaller bundle from installer.spec and start what it built.

Slow (about a minute), so it runs once per test run; skipped only where
PyInstaller is not installed (the README's test command installs it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("PyInstaller", reason="PyInstaller is not installed")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "installer.spec"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=900,
    )
    return work / "dist" / "FredApp"


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


@pytest.mark.slow
def test_bundle_has_both_programs_and_its_resources(bundle: Path) -> None:
    assert executable(bundle, "FredApp").is_file()
    assert executable(bundle, "fredapp-cli").is_file()
    internal = bundle / "_internal"
    assert (internal / "resources" / "seed" / "organisation.json").is_file()
    assert (internal / "resources" / "i18n" / "fredapp_nb.qm").is_file()
    assert (internal / "fredapp" / "core" / "migrations" / "versions").is_dir()


@pytest.mark.slow
def test_built_cli_creates_and_checks_a_fresh_database(bundle: Path, tmp_path: Path) -> None:
    database = tmp_path / "fresh.sqlite"
    env = environment(tmp_path)
    cli = str(executable(bundle, "fredapp-cli"))
    subprocess.run([cli, "demo", "--db", str(database)], check=True, env=env, timeout=120)
    result = subprocess.run(
        [cli, "check", "--db", str(database)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "sound" in result.stdout


@pytest.mark.slow
def test_built_window_takes_screenshots_offscreen(bundle: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = subprocess.run(
        [
            str(executable(bundle, "FredApp")),
            "gui",
            "--db",
            str(tmp_path / "gui.sqlite"),
            "--screenshots",
            str(shots),
        ],
        capture_output=True,
        text=True,
        env=environment(tmp_path),
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(list(shots.glob("*.png"))) == 4
