"""A full disk under a window's write: one translated line in a box, no crash report."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event
from sqlmodel import select

from fredapp.core.models import Measure
from fredapp.ui.app import open_context
from fredapp.ui.diagnostics import install_excepthook
from fredapp.ui.undo import push_change


def content(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as c:
        return list(c.iterdump())


def stop_growth(conn: sqlite3.Connection, _record: object) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_on_an_edit_says_so_in_one_line(
    tmp_path: Path, qtbot: Any, translations: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.sqlite"
    context = open_context(path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *_a: shown.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "critical", lambda *_a: shown.append(("crash", "")))
    logs = tmp_path / "logs"
    previous = install_excepthook(logs, show_message=True, database=path)
    try:
        with context.database.session() as session:
            measure = session.exec(select(Measure)).first()
            assert measure is not None
        before = content(path)
        context.database.engine.dispose()  # the next connection meets the full disk
        event.listen(context.database.engine, "connect", stop_growth)
        change = context.service.plan_update(Measure, measure.id, notes="n" * 400_000)
        assert change is not None
        # As an editor's commit does: Qt calls the write, so its exception meets the hook.
        QTimer.singleShot(
            0, lambda: push_change(context.undo_stack, context.service, change, "Rediger")
        )
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        sys.excepthook = previous
        context.database.close()
    assert shown == [("Ikke lagret", f"disken med {tmp_path} er full; ingenting ble endret")]
    assert not logs.exists() or not list(logs.glob("crash-*.txt"))
    assert content(path) == before
