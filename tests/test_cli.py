"""The command line: every command, and a one-line error with exit code 2 for bad input."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fredapp import __version__
from fredapp.cli import main
from fredapp.core.io.formats import read_table


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"FredApp {__version__}"


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("gui", "demo", "check", "import", "export"):
        assert command in out


def test_demo_creates_seeded_database_and_refuses_to_overwrite(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_db) as conn:
        assert conn.execute("SELECT count(*) FROM measure").fetchone()[0] == 46
    before = digest(demo_db)
    assert main(["demo", "--db", str(demo_db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fredapp: error: ") and "already exists" in err
    assert digest(demo_db) == before


def test_check_sound_database(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(demo_db)]) == 0
    assert "sound" in capsys.readouterr().out


def test_check_reports_problems_with_nonzero_exit(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE scenario SET is_current = 1")
    assert main(["check", "--db", str(demo_db)]) == 1
    assert "2 scenarios are marked current" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty file"),
        (b"name;title\r\nS1;x\r\n", "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "damaged"),
    ],
)
def test_bad_files_give_one_line_and_exit_2_and_stay_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    for command in (["check"], ["export", "measures", str(tmp_path / "out.csv")]):
        assert main([*command, "--db", str(path)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("fredapp: error:") and expected in err[0]
        assert path.read_bytes() == content
    assert not (tmp_path / "out.csv").exists()


def test_foreign_sqlite_database_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    before = digest(path)
    assert main(["check", "--db", str(path)]) == 2
    assert "not a FredApp database" in capsys.readouterr().err
    assert digest(path) == before


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "no-such-folder" / "f.sqlite"
    assert main(["demo", "--db", str(path)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not path.parent.exists()


def test_missing_database_for_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_read_only_database_refused_for_import(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Tests may run as root, who can write a 0o444 file; ask os.access what a user would get.
    demo_db.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(
        "fredapp.core.db.os.access",
        lambda path, mode: False if mode == os.W_OK else real_access(path, mode),
    )
    before = digest(demo_db)
    source = tmp_path / "m.csv"
    source.write_text("code\r\n", encoding="utf-8")
    assert main(["import", "measures", str(source), "--db", str(demo_db)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert digest(demo_db) == before


def test_export_measures_csv_and_xlsx(demo_db: Path, tmp_path: Path) -> None:
    for suffix in ("csv", "xlsx"):
        target = tmp_path / f"tiltak.{suffix}"
        assert main(["export", "measures", str(target), "--db", str(demo_db)]) == 0
        assert target.stat().st_size > 0
        header, rows = read_table(target)
        assert header[0] == "code" and len(rows) >= 46


def test_export_unknown_kind(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "nonsense", str(tmp_path / "x.csv"), "--db", str(demo_db)]) == 2
    assert "nonsense" in capsys.readouterr().err


def test_gui_screenshots_subprocess(demo_db: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "fredapp", "gui", "--db", str(demo_db), "--screenshots", str(shots)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in shots.glob("*.png")) == [
        "1-organisasjon.png",
        "2-tiltak.png",
        "3-sykefravaer.png",
        "4-nokkeltall.png",
    ]


def test_gui_refuses_garbage_database(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"garbage" * 10)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "--screenshots", str(tmp_path / "s")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 2
    # The window's refusal is in its language, bokmål by default.
    assert "er ikke en FredApp-database" in result.stderr
    assert path.read_bytes() == b"garbage" * 10
