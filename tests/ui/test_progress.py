"""Long imports and exports show progress and can be cancelled; cancelling changes nothing.

Slowness is injected by patching one step of the work, so a small file takes long enough for
the dialog to appear; a timer presses Cancel once the dialog shows.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QProgressDialog
from sqlmodel import col, func, select

from fredapp.core.errors import ValidationError
from fredapp.core.io import measures as measure_io
from fredapp.core.io.formats import write_table
from fredapp.core.messages import QT_TR_NOOP
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


def files_in(folder: Path) -> list[str]:
    """What an export left in ``folder``, less the settings folder the window may write."""
    return sorted(p.name for p in folder.iterdir() if p.name != "ini")


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
    real_apply = context.service.run

    def apply_and_look(operation: Any, **options: Any) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                cancel = any(b.isVisible() for b in widget.findChildren(type(tab.import_button)))
                shown.append((widget.labelText(), cancel))
        real_apply(operation, **options)

    monkeypatch.setattr(context.service, "run", apply_and_look)
    assert tab.import_file(new_measures_file(tmp_path, 20))
    assert shown == [("Lagrer 20 endringer …", False)]
    assert measure_count(context) == SEED_MEASURES + 20


def test_a_write_refused_after_the_read_leaves_no_undo_step(
    tab: MeasuresTab, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read was fine, the write is refused (say a sync changed the data meanwhile)."""
    shown: list[str] = []
    monkeypatch.setattr(tab, "show_error", lambda text, title=None: shown.append(text))

    def refuse(_operation: Any, **_options: Any) -> None:
        raise ValidationError(QT_TR_NOOP("the database is open read-only"))

    monkeypatch.setattr(context.service, "run", refuse)
    assert not tab.import_file(new_measures_file(tmp_path, 5))
    assert shown == ["databasen er åpnet skrivebeskyttet"]
    assert measure_count(context) == SEED_MEASURES
    assert not context.undo_stack.canUndo(), "an undo step for a write that never happened"


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
    assert cancel_when_shown.seen == ["Eksporterer tavlen til tiltak.xlsx …"]
    assert target.read_bytes() == b"old contents"
    assert tab.message_label.text() == "Stoppet; filen ble ikke skrevet."
    assert files_in(tmp_path) == ["fredapp.sqlite", "tiltak.xlsx"]


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
    assert cancel_when_shown.seen == [f"Eksporterer tavlen til tavle{suffix} …"]
    assert target.read_bytes() == b"old contents"
    assert tab.message_label.text() == "Stoppet; ingenting ble skrevet."
    assert files_in(tmp_path) == [
        "fredapp.sqlite",
        "mange.csv",
        f"tavle{suffix}",
    ]


def test_slow_pdf_export_shows_pages_and_replaces_the_file(
    tab: MeasuresTab,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watch_dialogs: DialogWatch,
) -> None:
    real_paint = board_export.StaticBoard.paint_headers  # once at the top of every page
    pages: list[int] = []

    def slow_paint(self: board_export.StaticBoard, *args: Any) -> int:
        time.sleep(0.3)
        pages.append(1)
        return real_paint(self, *args)

    monkeypatch.setattr(board_export.StaticBoard, "paint_headers", slow_paint)
    target = tmp_path / "tavle.pdf"
    target.write_bytes(b"old contents")
    assert tab.export_board(target, "A4") == SEED_MEASURES
    assert len(pages) >= 2, "the seed board should need more than one page"
    assert watch_dialogs.seen == ["Eksporterer tavlen til tavle.pdf …"]
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


# -- key figures, sick leave, organisation exports -----------------------------------------


def slow_down(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, pause: float) -> None:
    """Every call of ``module.name`` (one a row) takes ``pause`` seconds longer."""
    real = getattr(module, name)

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(pause)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)


def benchmarks_file(folder: Path, count: int) -> Path:
    source = folder / "tall.csv"
    rows = [[f"Mål {n}", "Fredrikstad", "1", "2023"] for n in range(count)]
    write_table(source, ["measure", "municipality", "value", "period"], rows)
    return source


def live_count(context: AppContext, model: Any) -> int:
    """How many records of ``model`` are not deleted."""
    with context.database.session() as session:
        query = select(func.count()).select_from(model)
        return session.exec(query.where(col(model.deleted).is_(False))).one()


def benchmark_count(context: AppContext) -> int:
    from fredapp.core.models import Benchmark

    return live_count(context, Benchmark)


def test_cancelled_key_figure_import_changes_nothing(
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
) -> None:
    from fredapp.core.io import benchmarks

    slow_down(monkeypatch, benchmarks, "parse_number", 0.005)  # 10 s if nobody stops it
    before = benchmark_count(context)
    started = time.monotonic()
    assert window.kpi_tab.import_file("benchmarks", benchmarks_file(tmp_path, 2000)) is None
    assert time.monotonic() - started < 5
    assert cancel_when_shown.seen == ["Leser tall.csv …"]
    assert benchmark_count(context) == before
    assert not context.undo_stack.canUndo()


def test_slow_key_figure_import_shows_progress_and_imports(
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watch_dialogs: DialogWatch,
) -> None:
    from fredapp.core.io import benchmarks

    slow_down(monkeypatch, benchmarks, "parse_number", 0.005)  # 1 s
    before = benchmark_count(context)
    assert window.kpi_tab.import_file("benchmarks", benchmarks_file(tmp_path, 200)) == 200
    assert watch_dialogs.seen == ["Leser tall.csv …"]
    assert benchmark_count(context) == before + 200
    context.undo_stack.undo()
    assert benchmark_count(context) == before


def test_a_quick_key_figure_import_shows_no_dialog(
    window: MainWindow, context: AppContext, tmp_path: Path, watch_dialogs: DialogWatch
) -> None:
    assert window.kpi_tab.import_file("benchmarks", benchmarks_file(tmp_path, 3)) == 3
    assert watch_dialogs.seen == []


def test_replace_question_names_the_held_figures_in_bokmal(
    window: MainWindow, context: AppContext, tmp_path: Path
) -> None:
    source = tmp_path / "samtaler.csv"
    source.write_text(
        "Periode;Tabell;Kategori;Samtaler;Besvarte;Ubesvarte;Maks samtaletid\n"
        "mai 2031;time;08:00-09:00;10;9;1;00:04:12\n",
        encoding="utf-8-sig",
    )
    assert window.kpi_tab.import_file("calls", source, confirm=lambda _: True) == 1
    # The same figures again are no clash; a figure that differs is.
    source.write_text(source.read_text(encoding="utf-8-sig").replace(";10;9;1;", ";11;10;1;"))
    asked: list[list[str]] = []
    assert window.kpi_tab.import_file("calls", source, confirm=asked.append) is None
    assert len(asked) == 1 and len(asked[0]) == 1
    assert asked[0][0].startswith("2031-05 (") and "per hour" not in asked[0][0]


def sick_leave_file(folder: Path, months: int) -> Path:
    source = folder / "fravær.csv"
    rows = [
        [unit, f"{1900 + n // 12}-{n % 12 + 1:02d}", "14", "6,2", "2,1", "4,1"]
        for n in range(months)
        for unit in ("Personal", "Lønn")
    ]
    write_table(source, ["unit", "month", "employees", "total", "short", "long"], rows)
    return source


def sick_leave_count(context: AppContext) -> int:
    from fredapp.core.models import SickLeaveFigure

    return live_count(context, SickLeaveFigure)


def test_cancelled_sick_leave_import_changes_nothing(
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
) -> None:
    from fredapp.core.io import sickleave

    slow_down(monkeypatch, sickleave, "_parse_row", 0.005)  # 15 s if nobody stops it
    page = window.sickleave_tab.figures_page
    before = sick_leave_count(context)
    assert not page.import_file(sick_leave_file(tmp_path, 1500))
    assert cancel_when_shown.seen == ["Leser fravær.csv …"]
    assert page.message_label.text() == "Stoppet; ingenting ble importert."
    assert sick_leave_count(context) == before
    assert not context.undo_stack.canUndo()


def test_slow_sick_leave_import_shows_progress_and_imports(
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watch_dialogs: DialogWatch,
) -> None:
    from fredapp.core.io import sickleave

    slow_down(monkeypatch, sickleave, "_parse_row", 0.005)  # 1 s
    page = window.sickleave_tab.figures_page
    before = sick_leave_count(context)
    assert page.import_file(sick_leave_file(tmp_path, 100))
    assert watch_dialogs.seen == ["Leser fravær.csv …"]
    assert sick_leave_count(context) == before + 200


def test_undo_and_redo_of_a_large_organisation_import_show_a_busy_dialog(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "BUSY_FROM_CHANGES", 10)
    tab = window.organisation_tab
    source = tmp_path / "org.csv"
    lines = ["id;parent_id;name;level;leader_title;leader;headcount", "1;;Stab;stab;;;0"]
    lines += [f"{n};1;Enhet {n};virksomhet;;;1" for n in range(2, 30)]
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    shown: list[str] = []
    real_apply = context.service.run

    def apply_and_look(operation: Any, **options: Any) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                shown.append(widget.labelText())
        real_apply(operation, **options)

    monkeypatch.setattr(context.service, "run", apply_and_look)
    assert tab.import_file(source, "Stor")
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert len(shown) == 3 and len(set(shown)) == 1
    assert shown[0].startswith("Lagrer ") and shown[0].endswith(" endringer …")


def test_cancelled_organisation_export_keeps_the_old_file(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
) -> None:
    from fredapp.core.io import org as org_io

    def slow_rows(*_args: Any) -> Iterator[list[Any]]:
        for n in range(100_000):
            time.sleep(0.0001)
            yield [str(n), "", f"Enhet {n}", "stab", "", "", 1]

    monkeypatch.setattr(org_io, "org_rows", slow_rows)
    target = tmp_path / "org.xlsx"
    target.write_bytes(b"old contents")
    assert not window.organisation_tab.export_file(target)
    assert cancel_when_shown.seen == ["Eksporterer til org.xlsx …"]
    assert target.read_bytes() == b"old contents"
    assert window.organisation_tab.message_label.text() == "Stoppet; filen ble ikke skrevet."
    assert files_in(tmp_path) == ["fredapp.sqlite", "org.xlsx"]


def many_descriptions(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """The scenario's function descriptions: ``count`` made-up ones."""
    from types import SimpleNamespace

    from fredapp.core import descriptions

    pairs = [
        (SimpleNamespace(name=f"Enhet {n}"), SimpleNamespace(body_html=f"<p>Oppgave {n}</p>"))
        for n in range(count)
    ]
    monkeypatch.setattr(descriptions, "scenario_function_descriptions", lambda *_: pairs)


def slow_pages(monkeypatch: pytest.MonkeyPatch, pause: float) -> list[int]:
    """Each PDF page takes ``pause`` seconds longer; returns the pages drawn."""
    from fredapp.ui.organisation import export as org_export

    real = workers.print_in_pages
    drawn: list[int] = []

    def slow(document: Any, device: Any, progress: Any) -> None:
        def step(done: int, total: int) -> None:
            drawn.append(done)
            time.sleep(pause)
            progress(done, total)

        real(document, device, step)

    monkeypatch.setattr(org_export, "print_in_pages", slow)
    return drawn


def test_cancelled_descriptions_export_keeps_the_old_file(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cancel_when_shown: DialogWatch,
) -> None:
    many_descriptions(monkeypatch, 300)
    drawn = slow_pages(monkeypatch, 0.02)  # 6 s if nobody stops it
    target = tmp_path / "beskrivelser.pdf"
    target.write_bytes(b"old contents")
    assert not window.organisation_tab.export_descriptions(target)
    assert cancel_when_shown.seen == ["Eksporterer til beskrivelser.pdf …"]
    assert max(drawn) < 300
    assert target.read_bytes() == b"old contents"
    assert window.organisation_tab.message_label.text() == "Stoppet; ingenting ble skrevet."
    assert files_in(tmp_path) == [
        "beskrivelser.pdf",
        "fredapp.sqlite",
    ]


def test_slow_descriptions_export_shows_pages_and_writes_them_all(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watch_dialogs: DialogWatch,
) -> None:
    many_descriptions(monkeypatch, 40)
    drawn = slow_pages(monkeypatch, 0.02)  # 0.8 s
    target = tmp_path / "beskrivelser.pdf"
    target.write_bytes(b"old contents")
    assert window.organisation_tab.export_descriptions(target)
    assert watch_dialogs.seen == ["Eksporterer til beskrivelser.pdf …"]
    assert drawn[-1] == 40
    assert len(re.findall(rb"/Type\s*/Page\b", target.read_bytes())) == 40


def test_a_refused_sick_leave_write_is_shown_and_leaves_no_undo_step(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_operation: Any, **_options: Any) -> None:
        raise ValidationError(QT_TR_NOOP("the database is open read-only"))

    monkeypatch.setattr(context.service, "run", refuse)
    page = window.sickleave_tab.figures_page
    before = sick_leave_count(context)
    assert not page.import_file(sick_leave_file(tmp_path, 3))
    assert "databasen er åpnet skrivebeskyttet" in page.message_label.text()
    assert sick_leave_count(context) == before
    assert not context.undo_stack.canUndo()
