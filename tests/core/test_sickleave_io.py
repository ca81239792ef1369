"""The kinds ``sickleave`` and ``checklist``: export, import, and errors that leave nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from fredapp.core.checklists import Period, plan_from_catalogue
from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import read_table
from fredapp.core.io.registry import export_kind, import_kind
from fredapp.core.io.sickleave import import_sickleave
from fredapp.core.models import ChangeRecord, Checklist, ChecklistItem, SickLeaveFigure
from fredapp.core.seed import lineage_id
from fredapp.core.service import DataService

HEADER = "unit;month;employees;total;short;long\r\n"


def write(path: Path, text: str) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def figures(service: DataService) -> list[SickLeaveFigure]:
    with service.database.session() as session:
        return list(
            session.exec(
                select(SickLeaveFigure)
                .where(col(SickLeaveFigure.deleted).is_(False))
                .order_by(col(SickLeaveFigure.month))
            )
        )


def count(service: DataService, model) -> int:  # type: ignore[no-untyped-def]
    with service.database.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_import_sickleave_with_decimal_comma_and_point(
    service: DataService, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "s.csv",
        HEADER + "Personal;2024-01;14;6,2;2,1;4,1\r\n"
        "lønn;2024-02;16;5.0;2.0;3.0\r\n"
        "Personal;2024-02;14;7,0;3,0;4,0\r\n",
    )
    assert import_kind(service, "sickleave", path) == 3
    stored = figures(service)
    assert [(f.month, f.employees, f.total_pct) for f in stored] == [
        ("2024-01", 14, 6.2),
        ("2024-02", 16, 5.0),
        ("2024-02", 14, 7.0),
    ]
    assert stored[0].unit_lineage_id == lineage_id("personal")
    assert {f.device for f in stored} == {service.device} and all(f.stamp for f in stored)
    # A second import of the same month replaces its figures instead of doubling them.
    write(path, HEADER + "Personal;2024-01;15;6,0;2,0;4,0\r\n")
    assert import_kind(service, "sickleave", path) == 1
    assert next((f.month, f.employees, f.total_pct) for f in figures(service)) == (
        "2024-01",
        15,
        6.0,
    )
    assert len(figures(service)) == 3


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Ukjent enhet;2024-01;14;6;2;4", "row 3, column 'unit': no unit 'Ukjent enhet'"),
        ("Personal;2024-1;14;6;2;4", "row 3, column 'month': '2024-1' is not a month"),
        ("Personal;2999-01;14;6;2;4", "row 3, column 'month': 2999-01 is in the future"),
        ("Personal;2024-03;14;106;50;56", "row 3, column 'total': 106 is not a percentage"),
        ("Personal;2024-03;14;6;2;4,5", "row 3, column 'total': short-term 2 + long-term 4.5"),
        ("Personal;2024-03;14;6;-2;8", "row 3, column 'short'"),
        ("Personal;2024-03;tolv;6;2;4", "row 3, column 'employees': 'tolv' is not a number"),
        ("Personal;2024-03;12,5;6;2;4", "row 3, column 'employees': '12,5' is not a whole"),
        ("Personal;2024-01;14;6;2;4", "row 3: Personal 2024-01 is in the file twice"),
    ],
)
def test_import_errors_name_the_cell_and_leave_nothing(
    service: DataService, tmp_path: Path, line: str, message: str
) -> None:
    before = count(service, ChangeRecord)
    path = write(tmp_path / "s.csv", HEADER + "Personal;2024-01;14;6;2;4\r\n" + line + "\r\n")
    with pytest.raises(ImportExportError, match="nothing was imported") as info:
        import_kind(service, "sickleave", path)
    assert message in str(info.value)
    assert figures(service) == []
    assert count(service, ChangeRecord) == before


def test_import_refuses_a_missing_column(service: DataService, tmp_path: Path) -> None:
    path = write(
        tmp_path / "s.csv", "unit;month;employees;total;short\r\nPersonal;2024-01;1;1;1\r\n"
    )
    with pytest.raises(ImportExportError, match="missing columns"):
        import_kind(service, "sickleave", path)


def test_export_hides_small_groups_and_round_trips(service: DataService, tmp_path: Path) -> None:
    path = write(
        tmp_path / "in.csv",
        HEADER + "Personal;2024-01;14;6,2;2,1;4,1\r\nLønn;2024-01;4;25;5;20\r\n",
    )
    import_kind(service, "sickleave", path)
    for name in ("out.csv", "out.xlsx"):
        out = tmp_path / name
        assert export_kind(service.database, "sickleave", out) == 2
        header, rows = read_table(out)
        assert header == ["unit", "month", "employees", "total", "short", "long"]
        assert rows[0] == ["Lønn", "2024-01", "4", "skjult (< 5)", "skjult (< 5)", "skjult (< 5)"]
        assert rows[1][:3] == ["Personal", "2024-01", "14"]
        assert "25" not in " ".join(rows[0])
        # Importing the export again changes nothing and never overwrites the hidden figure.
        assert import_kind(service, "sickleave", out) == 1
    small = [f for f in figures(service) if f.employees == 4]
    assert small[0].total_pct == 25.0


def test_the_month_may_be_an_excel_date(service: DataService, tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", HEADER + "Personal;2024-01-01;14;6;2;4\r\n")
    import_sickleave(service, path, today=lambda: dt.date(2024, 2, 1))
    assert figures(service)[0].month == "2024-01"


def test_a_national_id_in_an_imported_note_is_refused(service: DataService, tmp_path: Path) -> None:
    path = write(
        tmp_path / "c.csv",
        "unit;period;item;status;responsible;due;done;note\r\n"
        "Personal;2024-03;Ring den sykmeldte;pågår;Kari;2024-03-31;;ok\r\n"
        "Personal;2024-03;Oppfølgingsplan;ikke startet;Kari;;;gjelder 150765 00565\r\n",
    )
    with pytest.raises(ImportExportError, match="fødselsnummer"):
        import_kind(service, "checklist", path)
    assert count(service, Checklist) == 0 and count(service, ChecklistItem) == 0


def test_checklist_round_trip(service: DataService, tmp_path: Path) -> None:
    for change in plan_from_catalogue(service, lineage_id("personal"), Period.parse("2024-Q1")):
        service.apply(change)
    out = tmp_path / "c.xlsx"
    assert export_kind(service.database, "checklist", out) == 3
    header, rows = read_table(out)
    assert header == ["unit", "period", "item", "status", "responsible", "due", "done", "note"]
    assert rows[0] == [
        "Personal",
        "2024-Q1",
        "Verktøy og ressurser på Frekit",
        "ikke startet",
        "",
        "2024-03-31",
        "",
        "",
    ]
    path = write(
        tmp_path / "c.csv",
        "unit;period;item;status;responsible;due;done;note\r\n"
        "Personal;2024-Q1;Verktøy og ressurser på Frekit;ferdig;Kari;31.03.2024;15.03.2024;Ok\r\n"
        "Personal;2024-Q1;Nytt punkt;in progress;;;;\r\n"
        "Lønn;2024-04;Ring;;;;;\r\n",
    )
    assert import_kind(service, "checklist", path) == 3
    with service.database.session() as session:
        items = session.exec(select(ChecklistItem).order_by(col(ChecklistItem.title))).all()
        checklists = session.exec(select(Checklist)).all()
    assert len(checklists) == 2 and len(items) == 5
    frekit = next(i for i in items if i.title.startswith("Verktøy"))
    assert (frekit.status, frekit.responsible, frekit.done_date) == (
        "ferdig",
        "Kari",
        dt.date(2024, 3, 15),
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Personal;2024-13;A;;;;;", "row 2, column 'period'"),
        ("Personal;2024-03;A;kanskje;;;;", "row 2, column 'status': 'kanskje' is not one of"),
        ("Personal;2024-03;A;;;31/03/2024;;", "row 2, column 'due': '31/03/2024' is not a date"),
        ("Personal;2024-03;;;;;;", "row 2, column 'item': is empty"),
        ("Ingen;2024-03;A;;;;;", "row 2, column 'unit': no unit 'Ingen'"),
    ],
)
def test_checklist_import_errors(
    service: DataService, tmp_path: Path, line: str, message: str
) -> None:
    path = write(tmp_path / "c.csv", "unit;period;item;status;responsible;due;done;note\r\n" + line)
    with pytest.raises(ImportExportError) as info:
        import_kind(service, "checklist", path)
    assert message in str(info.value)
    assert count(service, Checklist) == 0
