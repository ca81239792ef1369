"""The council briefing from the window and the command line: the PDF read back as a reader
gets it, the bokmål PPTX, the File menu's dialog and ``fredapp briefing``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pdf_reading import assert_readable, read
from pptx import Presentation
from PySide6.QtWidgets import QDialog

from fredapp.cli import main
from fredapp.core.briefing import BriefingOptions
from fredapp.core.errors import Cancelled
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.models import Measure
from fredapp.core.queries import live_records
from fredapp.ui.briefing_dialog import BriefingDialog
from fredapp.ui.briefing_files import write_briefing
from fredapp.ui.context import AppContext
from fredapp.ui.main_window import MainWindow

OPTIONS = BriefingOptions(today=dt.date(2024, 3, 1))


def titles(path: Path) -> list[str]:
    deck: Any = Presentation(str(path))
    return [
        next(shape.text_frame.text for shape in slide.shapes if shape.name == "Title")
        for slide in deck.slides
    ]


def table_rows(path: Path, title_start: str) -> list[list[str]]:
    deck: Any = Presentation(str(path))
    for slide in deck.slides:
        shapes = list(slide.shapes)
        if any(s.name == "Title" and s.text_frame.text.startswith(title_start) for s in shapes):
            grid = next(s.table for s in shapes if s.has_table)
            return [[cell.text for cell in row.cells] for row in grid.rows]
    raise AssertionError(f"no slide titled {title_start}")


def test_the_pdf_is_readable_and_has_the_seeds_figures(context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "orientering.pdf"
    (pages,) = write_briefing(context.database, [path], OPTIONS, "nb")
    reading = read(path, margin_mm=15)
    assert_readable(reading)
    assert reading.pages == pages
    assert reading.page_size[0] > reading.page_size[1]  # landscape
    text = reading.text.replace("\u00a0", " ")
    assert "Side 1 av" in text and f"Side {pages} av {pages}" in text
    assert "Ledere: 28 → 21 (\u221225 %)" in text
    assert "Ledertetthet (ansatte per leder): 6 → 10" in text
    assert "Innbyggerdialog 4 737 4 486 251 00:42:48" in text
    codes = {m.code for m in live_records(context.database, Measure)}
    assert {code for code in codes if code not in reading.text} == set()


def test_the_briefing_speaks_bokmal_or_english(context: AppContext, tmp_path: Path) -> None:
    nb, en = tmp_path / "nb.pptx", tmp_path / "en.pptx"
    write_briefing(context.database, [nb], OPTIONS, "nb")
    write_briefing(context.database, [en], OPTIONS, "en")
    nb_titles, en_titles = titles(nb), titles(en)
    assert nb_titles[0] == "Om fellestjenestene og sentrale overgripende prosesser"
    assert en_titles[0] == "The shared services and central cross-cutting processes"
    assert nb_titles[1] == "Organisasjonen før og etter: Fra → Til"
    assert "Samtaler per kø (2023)" in nb_titles and "Calls per queue (2023)" in en_titles
    assert all(a != b for a, b in zip(nb_titles, en_titles, strict=True))
    rows = table_rows(nb, "Organisasjonen før og etter")
    assert next(r for r in rows if r[0] == "Ledere i alt")[1:] == [
        "28",
        "21",
        "\u22127",
        "\u221225,0\u00a0%",
    ]
    assert next(r for r in rows if r[0] == "Ansatte per leder")[1:3] == ["6,0", "10,0"]


def test_file_menu_writes_the_briefing_and_pdf_and_says_where(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bystyret.pptx"

    def fill_and_write(dialog: BriefingDialog) -> int:
        assert dialog.from_box.currentText() == "Fra" and dialog.to_box.currentText() == "Til"
        assert dialog.language_box.currentData() == "nb"  # the window's language
        dialog.file_edit.setText(str(target))
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
        return QDialog.DialogCode.Accepted if dialog.write() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(BriefingDialog, "exec", fill_and_write)
    assert window.briefing_action.text() == "Lag &orientering …"
    window.briefing_action.trigger()
    assert titles(target)[1] == "The organisation before and after: Fra → Til"
    assert read(target.with_suffix(".pdf"), margin_mm=15).pages == len(titles(target))
    message = window.statusBar().currentMessage()
    assert str(target) in message and str(target.with_suffix(".pdf")) in message
    assert message.startswith("Orienteringen er skrevet til")


def test_the_dialog_refuses_a_bad_period_and_writes_nothing(
    context: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    dialog = BriefingDialog(context)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / "x.pptx"))
    dialog.period_edit.setText("april")
    assert not dialog.write()
    assert "april" in dialog.error_label.text()
    assert list(tmp_path.glob("x*")) == []


def test_command_line_writes_pptx_and_pdf(
    context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = str(context.database.path)
    pptx = tmp_path / "b.pptx"
    assert main(["briefing", str(pptx), "--db", database, "--lang", "en", "--period", "2023"]) == 0
    assert titles(pptx)[-1] == "Data sources"
    assert "Calls per queue (2023)" in titles(pptx)
    pdf = tmp_path / "b.pdf"
    assert main(["briefing", str(pdf), "--db", database, "--from", "Til", "--to", "Fra"]) == 0
    assert "Organisasjonen før og etter: Til → Fra" in read(pdf, margin_mm=15).text
    assert "wrote the briefing" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["x.docx"], "unsupported file type '.docx'"),
        (["x.pptx", "--period", "23"], "the period '23' is not a year"),
        (["x.pptx", "--to", "Nope"], "no scenario is called 'Nope'"),
    ],
)
def test_command_line_refuses_with_one_line(
    context: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    said: str,
) -> None:
    arguments = [str(tmp_path / arguments[0]), *arguments[1:]]
    assert main(["briefing", *arguments, "--db", str(context.database.path)]) == 2
    assert said in capsys.readouterr().err
    assert list(tmp_path.glob("x*")) == []


def test_cancel_halfway_leaves_the_old_files_and_no_new_one(
    context: AppContext, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    pptx, pdf = folder / "o.pptx", folder / "o.pdf"
    pptx.write_bytes(b"the old briefing")
    seen: list[tuple[int, int]] = []

    def cancel_in_the_pdf(done: int, total: int) -> None:
        seen.append((done, total))
        if done / total > 0.8:  # the PPTX is written by now, the PDF is being drawn
            raise Cancelled(QT_TR_NOOP("Stopped; nothing was written."))

    with pytest.raises(Cancelled):
        write_briefing(context.database, [pptx, pdf], OPTIONS, "en", cancel_in_the_pdf)
    assert pptx.read_bytes() == b"the old briefing"
    assert sorted(p.name for p in folder.iterdir()) == ["o.pptx"]
    assert len(seen) > 3 and all(done <= total for done, total in seen)
