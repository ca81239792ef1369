"""Spreadsheets for people: every table kind exported in bokmål or English reads like a sheet
made by hand (labels, date cells, numbers, widths, frozen bold header, autofilter, a named
sheet), and imports back without changing a single record.

The core never imports Qt, so these tests read the bokmål words straight from
``resources/i18n/fredapp_nb.ts`` — the same words the window's ``.qm`` carries.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import text
from sqlmodel import SQLModel, col, select

from fredapp.core import vocabulary
from fredapp.core.db import Database
from fredapp.core.io import export_kind, import_kind
from fredapp.core.io.formats import read_table
from fredapp.core.models import Checklist, ChecklistItem, Measure, SickLeaveFigure, Unit
from fredapp.core.paths import resources_dir
from fredapp.core.queries import current_scenario
from fredapp.core.service import DataService
from fredapp.core.vocabulary import CODES, Reading, Translate, Words, fold

KINDS = ("measures", "checklist", "sickleave", "calls", "goals", "benchmarks", "org")


def ts_translate(language: str) -> Translate:
    """The finished translations of ``fredapp_<language>.ts`` as a Translate callable."""
    root = ET.parse(resources_dir() / "i18n" / f"fredapp_{language}.ts").getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found[(name, entry.findtext("source") or "")] = translation.text or ""
    return lambda context, source: found.get((context, source), "")


NB = ts_translate("nb")
EN = ts_translate("en")
BOTH = Reading((NB, EN))


@pytest.fixture
def full(seeded_db: Database, service: DataService) -> Database:
    """The seed plus what it lacks: a due date and an owner, a checklist, sick-leave figures
    (one group under five)."""
    scenario = current_scenario(seeded_db)
    assert scenario is not None
    with seeded_db.session() as session:
        units = list(
            session.exec(
                select(Unit)
                .where(col(Unit.scenario_id) == scenario.id, col(Unit.deleted).is_(False))
                .order_by(col(Unit.name))
            )
        )
        measure = session.exec(select(Measure).order_by(col(Measure.code))).first()
    assert measure is not None and len(units) > 3
    service.update(
        Measure,
        measure.id,
        due_date=dt.date(2024, 6, 30),
        owner_unit_id=units[0].id,
        status="pagar",
    )
    checklist = service.create(Checklist, unit_lineage_id=units[1].lineage_id, period="2024-03")
    for order, (title, status, done) in enumerate(
        [
            ("Kartlegge fravær", "ferdig", dt.date(2024, 3, 20)),
            ("Møte med verneombud", "pagar", None),
            ("Rutine for oppfølging", "ikke_relevant", None),
        ]
    ):
        service.create(
            ChecklistItem,
            checklist_id=checklist.record_id,
            title=title,
            status=status,
            responsible="Leder",
            due_date=dt.date(2024, 3, 31),
            done_date=done,
            note="Notat",
            sort_order=order,
        )
    for unit, employees, figures in (
        (units[2], 40, (6.5, 2.5, 4.0)),
        (units[3], 3, (10.0, 5.0, 5.0)),  # a group under five: hidden in every export
    ):
        service.create(
            SickLeaveFigure,
            unit_lineage_id=unit.lineage_id,
            month="2024-03",
            employees=employees,
            total_pct=figures[0],
            short_pct=figures[1],
            long_pct=figures[2],
        )
    return seeded_db


def records(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what "the database is unchanged" compares."""
    with database.engine.connect() as connection:
        return {
            table.name: sorted(
                map(tuple, connection.execute(text(f'SELECT * FROM "{table.name}"'))), key=repr
            )
            for table in SQLModel.metadata.sorted_tables
        }


def options(kind: str, database: Database) -> dict[str, Any]:
    if kind == "org":
        scenario = current_scenario(database)
        assert scenario is not None
        return {"scenario": scenario.name}
    return {}


def sheet_of(path: Path) -> Any:
    return openpyxl.load_workbook(path).worksheets[0]


# -- what a reader gets --------------------------------------------------------------------

LANGUAGES: dict[str, tuple[Translate, str]] = {"nb": (NB, "Tiltak"), "en": (EN, "Measures")}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_measures_sheet_reads_like_one_made_by_hand(
    full: Database, tmp_path: Path, language: str
) -> None:
    translate, title = LANGUAGES[language]
    path = tmp_path / "tiltak.xlsx"
    count = export_kind(full, "measures", path, words=Words(translate))
    sheet = sheet_of(path)
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == title
    if language == "nb":
        assert rows[0] == (
            "Kode", "Tittel", "Dimensjon", "Nivå", "Status", "Eier", "Startdato", "Frist", "Effekt",
            "Innsats", "Notater",
        )  # fmt: skip
        labels = {"Pågår", "Ikke startet"}, {"Roller og ansvar", "Struktur"}, "Sentrale staber"
    else:
        assert rows[0][:8] == (
            "Code", "Title", "Dimension", "Level", "Status", "Owner", "Start date", "Due",
        )  # fmt: skip
        labels = (
            {"In progress", "Not started"},
            {"Roles and responsibilities", "Structure"},
            ("Central staffs"),
        )
    statuses, dimensions, staff = labels
    assert statuses <= {row[4] for row in rows[1:]}
    assert dimensions <= {row[2] for row in rows[1:]}
    assert staff in {row[3] for row in rows[1:]}
    codes = {"pagar", "ikke_startet", "RA", "S", "stab", "kommune"}
    assert not codes & {cell for row in rows[1:] for cell in row[2:5]}
    # The header: bold, frozen; an autofilter over exactly the table; every column fitted.
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{count + 1}"
    widths = [sheet.column_dimensions[get_column_letter(i)].width for i in range(1, 12)]
    assert all(6 <= width <= 60 for width in widths)
    assert widths[1] == 60  # the titles are long: capped
    assert widths[0] < 12  # the codes are short
    # A date is a date cell shown as a date; ratings are numbers.
    dues = [row[7].value for row in sheet.iter_rows(min_row=2)]
    assert dues.count(dt.datetime(2024, 6, 30)) == 1  # the one set above, as a date cell
    dated = next(r for r in sheet.iter_rows(min_row=2) if r[7].value == dt.datetime(2024, 6, 30))
    started = next(r for r in sheet.iter_rows(min_row=2) if r[6].value is not None)
    assert isinstance(started[6].value, dt.datetime)  # a start date (seed: judged)
    assert started[6].is_date and dated[7].is_date
    expected_format = "dd.mm.yyyy" if language == "nb" else "yyyy-mm-dd"
    assert started[6].number_format == dated[7].number_format == expected_format
    assert all(isinstance(row[8], int) for row in rows[1:] if row[8] is not None)


def test_each_kind_has_its_named_sheet_and_words(full: Database, tmp_path: Path) -> None:
    expected = {
        "checklist": ("Sjekklister", ("Enhet", "Periode", "Oppgave", "Status"), "Ferdig"),
        "sickleave": (
            "Sykefravær",
            ("Enhet", "Måned", "Ansatte", "Sykefravær (%)"),
            "skjult (< 5)",
        ),
        "calls": ("Samtaler", ("Periode", "Tabell", "Kategori", "Samtaler"), "Per kø"),
        "goals": ("Mål", ("Mål", "Retning", "Målverdi", "Måleenhet"), "Redusere med prosent"),
        "benchmarks": ("Sammenligning", ("Nøkkeltall", "Kommune", "Verdi", "Måleenhet"), "Nei"),
        "org": ("Organisasjon", ("Id", "Overordnet id", "Navn", "Nivå"), "Virksomhet"),
    }
    for kind, (title, header, label) in expected.items():
        path = tmp_path / f"{kind}.xlsx"
        count = export_kind(full, kind, path, **options(kind, full), words=Words(NB))
        sheet = sheet_of(path)
        rows = list(sheet.iter_rows(values_only=True))
        assert sheet.title == title, kind
        assert rows[0][:4] == header, kind
        assert label in {cell for row in rows[1:] for cell in row}, kind
        assert sheet.freeze_panes == "A2", kind
        last = get_column_letter(len(rows[0]))
        assert sheet.auto_filter.ref == f"A1:{last}{count + 1}", kind
        assert count == len(rows) - 1 > 0, kind


def test_numbers_stay_numbers_and_checklist_dates_are_dates(full: Database, tmp_path: Path) -> None:
    export_kind(full, "sickleave", tmp_path / "s.xlsx", words=Words(EN))
    rows = list(sheet_of(tmp_path / "s.xlsx").iter_rows(values_only=True))
    shown = [row for row in rows[1:] if row[1] == "2024-03"]
    assert sorted(row[2] for row in shown) == [3, 40]
    assert [row[3:] for row in shown if row[2] == 40] == [(6.5, 2.5, 4.0)]
    assert [row[3:] for row in shown if row[2] == 3] == [("hidden (< 5)",) * 3]  # never figures
    export_kind(full, "checklist", tmp_path / "c.xlsx", words=Words(NB))
    rows = list(sheet_of(tmp_path / "c.xlsx").iter_rows(values_only=True))
    done = next(row for row in rows[1:] if row[2] == "Kartlegge fravær")
    assert done[3] == "Ferdig" and done[6] == dt.datetime(2024, 3, 20)
    assert done[5] == dt.datetime(2024, 3, 31)
    # The longest call is a duration a spreadsheet can add up; in CSV hh:mm:ss as ever.
    export_kind(full, "calls", tmp_path / "k.xlsx", words=Words(NB))
    sheet = sheet_of(tmp_path / "k.xlsx")
    assert sheet["G2"].value == dt.timedelta(minutes=5, seconds=41)
    assert sheet["G2"].number_format == "[hh]:mm:ss" and sheet["D2"].value == 293
    export_kind(full, "calls", tmp_path / "k.csv", words=Words(NB))
    line = (tmp_path / "k.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert line == "2023;Per time;08:00-09:00;293;276;17;00:05:41"
    export_kind(full, "goals", tmp_path / "g.xlsx", words=Words(EN))
    rows = list(sheet_of(tmp_path / "g.xlsx").iter_rows(values_only=True))
    assert rows[1][1] == "Reduce by per cent" and rows[1][2] == 25 and rows[1][10] == "Yes"
    assert isinstance(rows[1][9], float)


def test_without_words_the_files_keep_their_codes(full: Database, tmp_path: Path) -> None:
    export_kind(full, "measures", tmp_path / "m.xlsx")
    sheet = sheet_of(tmp_path / "m.xlsx")
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Data"
    assert rows[0][:5] == ("code", "title", "dimension", "level", "status")
    assert "pagar" in {row[4] for row in rows[1:]}
    export_kind(full, "checklist", tmp_path / "c.csv", words=CODES)
    header, cells = read_table(tmp_path / "c.csv")
    assert header[:3] == ["unit", "period", "item"]
    assert {row[3] for row in cells} == {"ferdig", "pågår", "ikke relevant"}  # as always


def test_csv_for_people_has_labels_semicolons_and_a_byte_order_mark(
    full: Database, tmp_path: Path
) -> None:
    path = tmp_path / "tiltak.csv"
    export_kind(full, "measures", path, words=Words(NB))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert (
        lines[0] == "Kode;Tittel;Dimensjon;Nivå;Status;Eier;Startdato;Frist;Effekt;Innsats;Notater"
    )
    assert any(";Pågår;" in line for line in lines[1:])


# -- and back: nothing changes -------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_an_export_for_people_imports_back_unchanged(
    full: Database, tmp_path: Path, kind: str, language: str, suffix: str
) -> None:
    translate = NB if language == "nb" else EN
    path = tmp_path / f"{kind}{suffix}"
    written = export_kind(full, kind, path, **options(kind, full), words=Words(translate))
    before = records(full)
    read = import_kind(DataService(full), kind, path, **options(kind, full), reading=BOTH)
    assert records(full) == before
    small_groups = 1 if kind == "sickleave" else 0  # a hidden group is never imported
    assert read == written - small_groups


def test_english_labels_import_where_the_window_speaks_bokmal(
    full: Database, service: DataService, tmp_path: Path
) -> None:
    """A colleague's English file, read by a bokmål window (its own words first)."""
    path = tmp_path / "measures.xlsx"
    export_kind(full, "measures", path, words=Words(EN))
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "S-RA1")
    row[4].value = "Done"  # the English word for the stored code fullfort
    row[2].value = "  roles AND responsibilities "
    workbook.save(path)
    import_kind(service, "measures", path, reading=Reading((NB, EN)))
    with full.session() as session:
        stored = session.exec(select(Measure).where(Measure.code == "S-RA1")).one()
    assert (stored.status, stored.dimension) == ("fullfort", "RA")


def test_an_unknown_label_is_refused_by_row_and_column_and_nothing_changes(
    full: Database, service: DataService, tmp_path: Path
) -> None:
    path = tmp_path / "tiltak.xlsx"
    export_kind(full, "measures", path, words=Words(NB))
    workbook = openpyxl.load_workbook(path)
    workbook.worksheets[0]["E2"] = "Nesten ferdig"
    workbook.save(path)
    before = records(full)
    with pytest.raises(Exception, match=r"row 2, column 'status': 'Nesten ferdig' is not one of"):
        import_kind(service, "measures", path, reading=BOTH)
    assert records(full) == before


# -- the vocabulary ------------------------------------------------------------------------


def _tables() -> list[vocabulary.Table]:
    return [v for v in vars(vocabulary).values() if isinstance(v, vocabulary.Table)]


def test_every_word_has_its_bokmal_and_a_file_reads_back_unambiguously() -> None:
    for table in _tables():
        seen: dict[str, str] = {}
        for code, english in table.names.items():
            bokmal = NB(table.context, english)
            assert bokmal, f"no bokmål for {table.context}: {english!r}"
            for word in {code, english, bokmal}:
                assert seen.setdefault(fold(word), code) == code, (table.context, word)


def test_reading_knows_codes_and_both_languages_whatever_the_case() -> None:
    assert BOTH.code(vocabulary.MEASURE_STATUSES, "PÅGÅR") == "pagar"
    assert BOTH.code(vocabulary.MEASURE_STATUSES, "in progress") == "pagar"
    assert BOTH.code(vocabulary.MEASURE_STATUSES, "pagar") == "pagar"
    assert BOTH.code(vocabulary.MEASURE_LEVELS, "Sentrale  staber") == "stab"
    assert BOTH.code(vocabulary.CHECKLIST_STATUSES, "Ferdig") == "ferdig"
    assert BOTH.code(vocabulary.MEASURE_STATUSES, "noe annet") == "noe annet"
    assert BOTH.header(vocabulary.GOAL_COLUMNS, ["Målverdi", "Outcome", "x"]) == [
        "target",
        "outcome",
        "x",
    ]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_calc_reads_every_sheet_for_people(full: Database, tmp_path: Path) -> None:
    """Where LibreOffice is installed, it converts each kind's workbook to CSV without error,
    and what it reads is what openpyxl reads: the same header and row count."""
    sources = []
    for kind in KINDS:
        path = tmp_path / f"{kind}.xlsx"
        export_kind(full, kind, path, **options(kind, full), words=Words(NB))
        sources.append(path)
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [
            *("soffice", f"-env:UserInstallation={profile}", "--headless"),
            *("--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir"),
            *(str(tmp_path / "out"), *map(str, sources)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    for source in sources:
        converted = tmp_path / "out" / f"{source.stem}.csv"
        assert converted.exists(), (source.name, result.stdout, result.stderr)
        lines = converted.read_text(encoding="utf-8").splitlines()
        rows = list(sheet_of(source).iter_rows(values_only=True))
        assert lines[0].split(";")[: len(rows[0])] == [str(cell) for cell in rows[0]], source
        assert len([line for line in lines if line.strip(";")]) == len(rows), source
