"""Import/export frame: CSV and Excel tables, numbers, the kinds registry, measure export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest
from sqlmodel import select

from fredapp.core import seed
from fredapp.core.db import Database, open_database
from fredapp.core.errors import ImportExportError
from fredapp.core.io import KINDS, export_kind, import_kind
from fredapp.core.io.formats import (
    format_number,
    parse_number,
    parse_optional_number,
    read_table,
    write_table,
)
from fredapp.core.io.measures import COLUMNS
from fredapp.core.models import Measure, Unit
from fredapp.core.service import DataService

HEADER = [
    "code",
    "title",
    "dimension",
    "level",
    "status",
    "owner",
    "start",
    "due",
    "effect",
    "effort",
    "notes",
]
S_S4 = [
    "S-S4",
    "Flytte Anskaffelser fra (dagens) INNUT til (dagens) VIRØK for å koble tettere mot økonomi",
    "S",
    "stab",
    "ikke_startet",
    "",
    "2024-01-01",  # start and due: judged in the seed (resources/seed/timeline.json)
    "2024-12-31",
    "3",
    "3",
    "",
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "f.sqlite", populate=seed.populate)
    yield database
    database.close()


@pytest.fixture
def service(db: Database) -> DataService:
    return DataService(db, author="test")


def _csv_rows(path: Path) -> list[list[str]]:
    """Read an exported CSV as Excel would: UTF-8 after the mark, ';', CRLF."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _xlsx_rows(path: Path) -> list[list[Any]]:
    workbook = openpyxl.load_workbook(path)
    rows = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    workbook.close()
    return rows


def _files(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


# -- measures export -----------------------------------------------------------------------


def test_measures_export_to_csv_as_norwegian_excel_reads_it(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "tiltak.csv"
    assert export_kind(db, "measures", target) == 46
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcode;title;dimension;level;status;owner;start;due;effect;")
    assert raw.count(b"\r\n") == raw.count(b"\n") == 47  # CRLF only; header + 46 rows
    rows = _csv_rows(target)
    assert rows[0] == HEADER == COLUMNS
    assert len(rows) == 47
    assert S_S4 in rows
    codes = [row[0] for row in rows[1:]]
    assert codes[:2] == ["S-S0", "S-S1"] and codes[-1] == "K1"  # board order: staff first
    assert len(set(codes)) == 46


def test_measures_export_to_xlsx(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "tiltak.xlsx"
    assert export_kind(db, "measures", target) == 46
    rows = _xlsx_rows(target)
    assert rows[0] == HEADER
    assert len(rows) == 47
    s_s4 = next(row for row in rows if row[0] == "S-S4")
    assert s_s4[:5] == S_S4[:5]
    assert s_s4[8:10] == [3, 3]  # numbers stay numbers in Excel
    assert s_s4[5] is None
    assert s_s4[6:8] == [dt.datetime(2024, 1, 1), dt.datetime(2024, 12, 31)]  # date cells


def test_measures_export_names_the_owner_and_due_date(
    db: Database, service: DataService, tmp_path: Path
) -> None:
    with db.session() as session:
        measure = session.exec(select(Measure).where(Measure.code == "S-S4")).one()
        unit = session.exec(select(Unit).where(Unit.name == "Anskaffelser")).first()
    assert unit is not None
    service.update(
        Measure,
        measure.id,
        owner_unit_id=unit.id,
        due_date=dt.date(2024, 6, 30),
        notes='Avklar; "snart"\nneste linje',
        effect=5,
    )
    service.delete(Measure, seed.seed_id("measure", "S-S0"))

    assert export_kind(db, "measures", tmp_path / "m.csv") == 45
    rows = _csv_rows(tmp_path / "m.csv")
    assert "S-S0" not in [row[0] for row in rows]
    expected = [
        *S_S4[:5],
        "Anskaffelser",
        "2024-01-01",
        "2024-06-30",
        "5",
        "3",
        'Avklar; "snart"\nneste linje',
    ]
    assert expected in rows

    export_kind(db, "measures", tmp_path / "m.xlsx")
    s_s4 = next(row for row in _xlsx_rows(tmp_path / "m.xlsx") if row[0] == "S-S4")
    assert s_s4[5] == "Anskaffelser"
    assert s_s4[7] == dt.datetime(2024, 6, 30)  # a real date cell
    assert read_table(tmp_path / "m.xlsx")[1][3] == expected  # read back as text


def test_both_formats_read_back_the_same(db: Database, tmp_path: Path) -> None:
    export_kind(db, "measures", tmp_path / "m.csv")
    export_kind(db, "measures", tmp_path / "m.xlsx")
    from_csv = read_table(tmp_path / "m.csv")
    assert from_csv == read_table(tmp_path / "m.xlsx")
    assert from_csv[0] == HEADER and S_S4 in from_csv[1]


# -- the registry --------------------------------------------------------------------------


def test_registry_knows_measures_both_ways() -> None:
    assert KINDS["measures"].export is not None
    assert KINDS["measures"].import_ is not None


def test_unknown_kind_lists_the_known_ones(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportExportError, match=r"unknown kind 'budgets'; known kinds: .*measures"):
        export_kind(db, "budgets", tmp_path / "x.csv")
    assert _files(tmp_path) == ["f.sqlite"]


def test_importing_a_missing_file_or_unknown_kind(service: DataService, tmp_path: Path) -> None:
    with pytest.raises(ImportExportError, match="does not exist"):
        import_kind(service, "measures", tmp_path / "x.csv")
    with pytest.raises(ImportExportError, match="unknown kind"):
        import_kind(service, "nope", tmp_path / "x.csv")


@pytest.mark.parametrize("name", ["tiltak.txt", "tiltak", "tiltak.xls"])
def test_unsupported_suffix_is_refused(db: Database, tmp_path: Path, name: str) -> None:
    with pytest.raises(ImportExportError, match=r"unsupported file type .*; use \.csv or \.xlsx"):
        export_kind(db, "measures", tmp_path / name)
    assert _files(tmp_path) == ["f.sqlite"]


def test_unsupported_suffix_message(tmp_path: Path) -> None:
    with pytest.raises(ImportExportError) as caught:
        read_table(tmp_path / "data.TXT")
    assert str(caught.value) == "unsupported file type '.txt'; use .csv or .xlsx"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_to_a_missing_folder_creates_nothing(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    missing = tmp_path / "finnes-ikke"
    with pytest.raises(ImportExportError, match="does not exist"):
        export_kind(db, "measures", missing / f"tiltak{suffix}")
    assert not missing.exists()
    assert _files(tmp_path) == ["f.sqlite"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_failed_export_keeps_the_old_file_and_leaves_no_litter(
    tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "system-temp"  # where openpyxl streams a sheet before saving it
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / f"old{suffix}"
    write_table(target, ["a"], [["before"]])
    before = target.read_bytes()

    def rows() -> Iterator[list[Any]]:
        yield ["one"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_table(target, ["a"], rows())
    assert target.read_bytes() == before
    assert _files(tmp_path) == [target.name, scratch.name]
    assert _files(scratch) == []


def test_export_onto_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(ImportExportError, match="is a folder"):
        write_table(tmp_path / "dir.csv", ["a"], [])


# -- writing tables ------------------------------------------------------------------------


def test_csv_cells_use_decimal_comma_and_iso_dates(tmp_path: Path) -> None:
    target = tmp_path / "t.csv"
    rows = [[1234.5, 3, None, dt.date(2024, 3, 1), "a;b", 0.1 + 0.2, 1e20]]
    assert write_table(target, ["x", "n", "e", "d", "s", "f", "big"], rows) == 1
    assert target.read_bytes().decode("utf-8-sig").splitlines()[1] == (
        '1234,5;3;;2024-03-01;"a;b";0,3;1e+20'
    )


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    target = tmp_path / "t.xlsx"
    write_table(target, ["note"], [["=SUM(A1:A9)"], ["+47 123"]])
    workbook = openpyxl.load_workbook(target)
    cells = [row[0] for row in workbook.worksheets[0].iter_rows(min_row=2)]
    assert [(cell.value, cell.data_type) for cell in cells] == [
        ("=SUM(A1:A9)", "s"),
        ("+47 123", "s"),
    ]
    workbook.close()


def test_numpy_numbers_are_written_like_python_ones(tmp_path: Path) -> None:
    target = tmp_path / "np.csv"
    write_table(target, ["f", "i"], [[np.float64(2.5), np.int64(7)]])
    assert target.read_text(encoding="utf-8-sig").splitlines()[1] == "2,5;7"


def test_format_number() -> None:
    assert format_number(1234.5) == "1234,5"
    assert format_number(12.0) == "12"
    assert format_number(-7) == "-7"


# -- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,5", 1234.5),
        ("1234.5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f234,5", 1234.5),
        ("  42 ", 42.0),
        ("-3", -3.0),
        ("\u22123,5", -3.5),
        ("+0,25", 0.25),
        ("12,5 %", 12.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1 234 567", 1234567.0),
        ("1.234.567", 1234567.0),
        (",5", 0.5),
        ("1,23E+05", 123000.0),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "  ", "abc", "1,2,3.4.5", "nan", "inf", "12-3", "1e", "%"])
def test_parse_number_refuses_what_is_not_a_number(text: str) -> None:
    with pytest.raises(ImportExportError):
        parse_number(text)


def test_a_bad_number_names_its_row_and_column() -> None:
    with pytest.raises(ImportExportError) as caught:
        parse_number("tre", row=7, column="effect")
    assert str(caught.value) == "row 7, column 'effect': 'tre' is not a number"
    with pytest.raises(ImportExportError, match=r"^row 2, column 'value': is empty$"):
        parse_number("", row=2, column="value")


def test_parse_optional_number() -> None:
    assert parse_optional_number(" ") is None
    assert parse_optional_number("2,5") == 2.5


# -- reading tables ------------------------------------------------------------------------


def test_read_windows_1252_csv(tmp_path: Path) -> None:
    source = tmp_path / "fra-excel.csv"
    source.write_bytes(
        "Enhet;Sykefravær\r\nØkonomi og finans;6,5\r\nLønn – Åse;7\r\n".encode("cp1252")
    )
    header, rows = read_table(source)
    assert header == ["Enhet", "Sykefravær"]
    assert rows == [["Økonomi og finans", "6,5"], ["Lønn – Åse", "7"]]
    assert parse_number(rows[0][1]) == 6.5


def test_read_comma_separated_csv(tmp_path: Path) -> None:
    source = tmp_path / "komma.csv"
    source.write_text('kommune,verdi\nFredrikstad,"1,5"\nSarpsborg,2.25\n', encoding="utf-8")
    header, rows = read_table(source)
    assert header == ["kommune", "verdi"]
    assert rows == [["Fredrikstad", "1,5"], ["Sarpsborg", "2.25"]]
    assert [parse_number(row[1]) for row in rows] == [1.5, 2.25]


def test_read_utf8_with_and_without_bom(tmp_path: Path) -> None:
    for name, data in (
        ("bom.csv", b"\xef\xbb\xbf" + "navn;bær\r\nblåbær;2\r\n".encode()),
        ("plain.csv", "navn;bær\nblåbær;2\n".encode()),
    ):
        (tmp_path / name).write_bytes(data)
        assert read_table(tmp_path / name) == (["navn", "bær"], [["blåbær", "2"]]), name


def test_read_skips_blank_rows_and_strips_the_header(tmp_path: Path) -> None:
    source = tmp_path / "luft.csv"
    source.write_text(" a ; b \n\n1;2\n;\n3;4\n\n", encoding="utf-8")
    assert read_table(source) == (["a", "b"], [["1", "2"], ["3", "4"]])


def test_read_round_trips_what_write_wrote(tmp_path: Path) -> None:
    rows = [["Æ; Ø", 'si "hei"', "linje 1\nlinje 2", ""]]
    for suffix in (".csv", ".xlsx"):
        target = tmp_path / f"rt{suffix}"
        write_table(target, ["a", "b", "c", "d"], rows)
        header, read = read_table(target)
        assert header == ["a", "b", "c", "d"]
        assert [row + [""] * (4 - len(row)) for row in read] == rows, suffix


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\xef\xbb\xbf\r\n;;\r\n", "is empty"),
        ("fake.xlsx", b"code;title\r\n", "not a readable Excel file"),
        ("broken.csv", b"\xef\xbb\xbfa;b\r\n\xff\xfe;1\r\n", "says it is UTF-8"),
        ("binary.csv", b"a;b\r\n\x81\x8d;1\r\n", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_unreadable_files_give_a_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ImportExportError, match=message):
        read_table(tmp_path / name)


def test_reading_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportExportError, match="does not exist"):
        read_table(tmp_path / "borte.xlsx")


def test_read_table_numbers_rows_as_the_file_does_after_a_blank_line(tmp_path: Path) -> None:
    from fredapp.core.io.formats import read_table

    path = tmp_path / "gaps.csv"
    path.write_text("code;title\r\nS1;a\r\n;\r\n\r\nS2;b\r\n", encoding="utf-8")
    header, rows = read_table(path)
    assert header == ["code", "title"]
    assert [(row.number, row[0]) for row in rows] == [(2, "S1"), (5, "S2")]


def test_import_error_names_the_real_row_after_a_blank_line(tmp_path: Path) -> None:
    from fredapp.core.errors import ImportExportError
    from fredapp.core.io.registry import import_kind
    from fredapp.core.service import DataService

    database = open_database(tmp_path / "f.sqlite", populate=seed.populate)
    path = tmp_path / "m.csv"
    path.write_text(
        "code;title;dimension;level;status;owner;due;effect;effort;notes\r\n"
        "\r\n"
        "S-S1;T;S;stab;ikke_startet;;;tre;3;\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportExportError, match="row 3"):
        import_kind(DataService(database), "measures", path)
    database.close()
