"""Long imports and exports show progress and can be cancelled; cancelling changes nothing.

Slowness is injected by patching one step of the work, so a small file takes long enough for
the dialog to appear; a timer presses Cancel once the dialog shows.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlmodel import col, func, select

from fredapp.core.io import measures as measure_io
from fredapp.core.io.formats import write_table
from fredapp.core.models import Measure
from fredapp.ui import workers
from fredapp.ui.board import export as board_export
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow
from fredapp.ui.tabs.measures import MeasuresTab

SEED_MEASURES = 46


@pytest.fixture
def tab(window: MainWindow) -> MeasuresTab:
    window.tabs.setCurrentWidget(window.measures_tab)
    return window.measures_tab


class DialogWatch:
    """Notes every progress dialog that becomes visible; presses Cancel if asked to."""

    def __init__(self, cancel: bool) -> None:
        self.cancel = cancel
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                if widget.labelText() not in self.seen:
                    self.seen.append(widget.labelText())
                if self.cancel:
                    widget.canceled.emit()  # what the Cancel button sends

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def cancel_when_shown() -> Iterator[DialogWatch]:
    watch = DialogWatch(cancel=True)
    yield watch
    watch.stop()


@pytest.fixture
def watch_dialogs() -> Iterator[DialogWatch]:
    watch = DialogWatch(cancel=False)
    yield watch
    watch.stop()


def measure_count(context: AppContext) -> int:
    with context.database.session() as session:
        query = select(func.count()).select_from(Measure).where(col(Measure.deleted).is_(False))
        return session.exec(query).one()


def slow_row_values(monkeypatch: pytest.MonkeyPatch, pause: float) -> None:
    """Every checked row of a measure import takes ``pause`` seconds."""
    real = measure_io._row_values

    def slow(*args: Any, **kwargs: Any) -> dict[str, Any]:
        time.sleep(pause)
        return real(*args, **kwargs)

    monkeypatch.setattr(measure_io, "_row_values", slow)


def new_measures_file(folder: Path, count: int) -> Path:
    source = folder / "mange.csv"
    rows = [[f"S-A{1000 + n}", f"Tiltak {n}", "pagar"] for n in range(count)]
    write_table(source, ["code", "title", "status"], rows)
    return source


# -- import --------------------------------------------------------------------------------


def test_cancelled_import_changes_nothing(
    tab: MeasuresTab,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
) -> None:
    source = new_measures_file(tmp_path, 2000)
    slow_row_values(monkeypatch, 0.005)  # 10 s if nobody stops it
    started = time.monotonic()
    assert not tab.import_file(source)
    assert time.monotonic() - started < 5, "Cancel did not stop the reading"
    assert cancel_when_shown.seen == ["Leser mange.csv …"]
    assert tab.message_label.text() == "Stoppet; ingenting ble importert."
    assert measure_count(context) == SEED_MEASURES
    assert tab.model.rowCount() == SEED_MEASURES
    assert not context.undo_stack.canUndo()


def test_slow_import_shows_progress_and_then_imports(
    tab: MeasuresTab,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watch_dialogs: DialogWatch,
) -> None:
    source = new_measures_file(tmp_path, 200)
    slow_row_values(monkeypatch, 0.005)  # 1 s: past the 0.4 s before the dialog shows
    assert tab.import_file(source)
    assert "Leser mange.csv …" in watch_dialogs.seen
    assert measure_count(context) == SEED_MEASURES + 200
    assert tab.model.rowCount() == SEED_MEASURES + 200
    context.undo_stack.undo()
    assert measure_count(context) == SEED_MEASURES


def test_a_quick_import_shows_no_dialog(
    tab: MeasuresTab, context: AppContext, tmp_path: Path, watch_dialogs: DialogWatch
) -> None:
    assert tab.import_file(new_measures_file(tmp_path, 5))
    assert watch_dialogs.seen == []
    assert measure_count(context) == SEED_MEASURES + 5


def test_a_large_write_shows_a_busy_dialog_without_cancel(
    tab: MeasuresTab, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "BUSY_FROM_CHANGES", 10)
    shown: list[tuple[str, bool]] = []
    real_apply = measure_io.apply_changes

    def apply_and_look(service: Any, changes: list[Any]) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                cancel = any(b.isVisible() for b in widget.findChildren(type(tab.import_button)))
                shown.append((widget.labelText(), cancel))
        real_apply(service, changes)

    monkeypatch.setattr("fredapp.ui.board.actions.apply_changes", apply_and_look)
    assert tab.import_file(new_measures_file(tmp_path, 20))
    assert shown == [("Lagrer 20 endringer …", False)]
    assert measure_count(context) == SEED_MEASURES + 20


# -- export --------------------------------------------------------------------------------


def test_cancelled_table_export_keeps_the_old_file(
    tab: MeasuresTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
) -> None:
    def slow_rows(*_args: Any) -> Iterator[list[Any]]:
        for n in range(100_000):
            time.sleep(0.0001)
            yield [f"S-A{n}", "Tiltak", "S", "kommune", "pagar", "", None, 3, 3, ""]

    monkeypatch.setattr(measure_io, "_rows", slow_rows)
    target = tmp_path / "tiltak.xlsx"
    target.write_bytes(b"old contents")
    assert tab.export_board(target) == -1
    assert cancel_when_shown.seen == ["Eksporterer tavla til tiltak.xlsx …"]
    assert target.read_bytes() == b"old contents"
    assert tab.message_label.text() == "Stoppet; fila ble ikke skrevet."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fredapp.sqlite", "ini", "tiltak.xlsx"]


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_cancelled_picture_export_keeps_the_old_file(
    tab: MeasuresTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
    suffix: str,
) -> None:
    real_paint = board_export.StaticBoard.paint

    def slow_paint(self: board_export.StaticBoard, *args: Any) -> None:
        time.sleep(0.2)
        real_paint(self, *args)

    monkeypatch.setattr(board_export.StaticBoard, "paint", slow_paint)
    monkeypatch.setattr(board_export, "STRIP_HEIGHT", 100)  # many strips for the PNG
    tab.import_file(new_measures_file(tmp_path, 300))  # many pages for the PDF
    target = tmp_path / f"tavle{suffix}"
    target.write_bytes(b"old contents")
    started = time.monotonic()
    assert tab.export_board(target, "A4") == -1
    assert time.monotonic() - started < 5, "Cancel did not stop the drawing"
    assert cancel_when_shown.seen == [f"Eksporterer tavla til tavle{suffix} …"]
    assert target.read_bytes() == b"old contents"
    assert tab.message_label.text() == "Stoppet; ingenting ble skrevet."
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "fredapp.sqlite",
        "ini",
        "mange.csv",
        f"tavle{suffix}",
    ]


def test_slow_pdf_export_shows_pages_and_replaces_the_file(
    tab: MeasuresTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watch_dialogs: DialogWatch,
) -> None:
    real_paint = board_export.StaticBoard.paint
    pages: list[int] = []

    def slow_paint(self: board_export.StaticBoard, *args: Any) -> None:
        time.sleep(0.3)
        pages.append(1)
        real_paint(self, *args)

    monkeypatch.setattr(board_export.StaticBoard, "paint", slow_paint)
    target = tmp_path / "tavle.pdf"
    target.write_bytes(b"old contents")
    assert tab.export_board(target, "A4") == SEED_MEASURES
    assert len(pages) >= 2, "the seed board should need more than one page"
    assert watch_dialogs.seen == ["Eksporterer tavla til tavle.pdf …"]
    assert target.read_bytes().startswith(b"%PDF-")


def test_drawing_in_strips_gives_the_same_picture(
    tab: MeasuresTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    columns, lanes = tab.axes()
    with board_export.StaticBoard(tab.model, columns, lanes, tab.measure_filter, "x") as board:
        whole = QImage(board.size(), QImage.Format.Format_ARGB32)
        whole.fill(QColor("white"))
        painter = QPainter(whole)
        board.paint(painter)
        painter.end()
        monkeypatch.setattr(board_export, "STRIP_HEIGHT", 333)
        steps: list[tuple[int, int]] = []
        strips = board.image(lambda done, total: steps.append((done, total)))
    assert strips == whole
    assert len(steps) > 2 and steps[-1][0] == steps[-1][1]


def test_cancelled_organisation_import_changes_nothing(
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
) -> None:
    from fredapp.core.io import org as org_io

    real = org_io._parse_row

    def slow(*args: Any) -> Any:
        time.sleep(0.005)
        return real(*args)

    monkeypatch.setattr(org_io, "_parse_row", slow)
    tab = window.organisation_tab
    source = tmp_path / "org.csv"
    lines = ["id;parent_id;name;level;leader_title;leader;headcount", "1;;Stab;stab;;;0"]
    lines += [f"{n};1;Enhet {n};virksomhet;;;1" for n in range(2, 2000)]
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    with context.database.session() as session:
        units_before = session.exec(select(func.count()).select_from(org_io.Unit)).one()
    assert not tab.import_file(source, "Stor")
    assert cancel_when_shown.seen == ["Leser org.csv …"]
    assert tab.message_label.text() == "Stoppet; ingenting ble importert."
    with context.database.session() as session:
        assert session.exec(select(func.count()).select_from(org_io.Unit)).one() == units_before
    assert not context.undo_stack.canUndo()
