"""Reading and writing tables as CSV or Excel, chosen by the file's ending.

CSV is written the way Norwegian Excel writes and reads it: ``;`` between fields, a decimal
comma, CRLF line ends and a UTF-8 byte-order mark (without the mark, Excel reads the file as
Windows-1252 and garbles æøå). On import the separator may be ``;`` or ``,`` and the text UTF-8
(with or without the mark) or Windows-1252, since that is what municipalities' systems export.

An export is written to a temporary file beside the target and moved into place at the end, so
a failed export never leaves a half-written file and never damages an existing one.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import re
import secrets
import zipfile
from collections.abc import Callable, Iterable
from numbers import Integral, Real
from pathlib import Path
from typing import Any

from fredapp.core.errors import ImportExportError
from fredapp.core.messages import QT_TR_NOOP, Message, message

SUFFIXES = (".csv", ".xlsx")
CSV_SEPARATOR = ";"
_UTF8_BOM = b"\xef\xbb\xbf"
# Spaces that group thousands: plain, no-break (Norwegian Excel and QLocale), narrow no-break.
_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")

OutRow = list[Any]  # a row to write: cells of any type


def write_table(path: str | Path, header: list[str], rows: Iterable[OutRow]) -> int:
    """Write ``header`` and ``rows`` to ``path`` in the format its ending names; return the rows."""
    path = Path(path)
    writer = _writer_for(path)
    return write_aside(path, lambda temp: writer(temp, header, rows))


def write_aside[T](path: Path, write: Callable[[Path], T], suffix: str = "") -> T:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place.

    A failed or cancelled write leaves the old file as it was, and no temporary file behind.
    ``suffix`` ends the temporary name, for writers that choose the format by the ending.
    """
    check_target(path)
    # Beside the target, not in /tmp: os.replace is only atomic within one file system.
    # Not tempfile.mkstemp either: its 0600 mode would stick to the file after the rename.
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp{suffix}")
    try:
        result = write(temp)
        os.replace(temp, path)
    except OSError as exc:
        raise ImportExportError(
            QT_TR_NOOP("could not write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    return result


class Row(list[str]):
    """A data row that remembers its row number in the file, as a spreadsheet counts
    (the header is row 1), so a message names the right row after a blank line."""

    number: int = 0


def read_table(path: str | Path) -> tuple[list[str], list[Row]]:
    """The header and the non-blank rows of a CSV or Excel file, every cell as text."""
    path = Path(path)
    reader = _reader_for(path)
    if not path.is_file():
        raise ImportExportError(
            QT_TR_NOOP("{path} does not exist or is not a file"), path=str(path)
        )
    try:
        rows = reader(path)
    except OSError as exc:
        raise ImportExportError(
            QT_TR_NOOP("could not read {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    numbered = []
    for number, cells in enumerate(rows, start=1):
        if any(cell.strip() for cell in cells):
            row = Row(cells)
            row.number = number
            numbered.append(row)
    if not numbered:
        raise ImportExportError(QT_TR_NOOP("{file} is empty"), file=path.name)
    return [cell.strip() for cell in numbered[0]], numbered[1:]


def parse_number(text: str, *, row: int | None = None, column: str | None = None) -> float:
    """A number as Norwegian or English spreadsheets write it: '1 234,5', '1234.5', '-3'.

    A space (also U+00A0) groups thousands; with both ',' and '.' present, the last one is the
    decimal mark; a trailing '%' is dropped (12,5 % is 12.5). ``row`` and ``column`` name the
    cell in the error message.
    """
    cleaned = _normalise_number(text)
    if not _NUMBER.fullmatch(cleaned):
        shown = text.strip()
        where = _where(row, column)
        if where is None:
            if not shown:
                raise ImportExportError(QT_TR_NOOP("the cell is empty"))
            raise ImportExportError(QT_TR_NOOP("'{text}' is not a number"), text=shown)
        if not shown:
            raise ImportExportError(QT_TR_NOOP("{cell}: is empty"), cell=where)
        raise ImportExportError(
            QT_TR_NOOP("{cell}: '{text}' is not a number"), cell=where, text=shown
        )
    return float(cleaned)


def parse_optional_number(
    text: str, *, row: int | None = None, column: str | None = None
) -> float | None:
    """Like :func:`parse_number`, but an empty cell is None."""
    if not text.strip():
        return None
    return parse_number(text, row=row, column=column)


def format_number(value: float) -> str:
    """A number with a decimal comma, as Norwegian Excel reads it from CSV."""
    if isinstance(value, int):
        return str(value)
    return format(value, ".15g").replace(".", ",")


# -- dispatch ------------------------------------------------------------------------------


def _writer_for(path: Path) -> Callable[[Path, list[str], Iterable[OutRow]], int]:
    suffix = _suffix(path)
    return _write_csv if suffix == ".csv" else _write_xlsx


def _reader_for(path: Path) -> Callable[[Path], list[list[str]]]:
    suffix = _suffix(path)
    return _read_csv if suffix == ".csv" else _read_xlsx


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        if not suffix:
            raise ImportExportError(
                QT_TR_NOOP("unsupported file type without an ending; use .csv or .xlsx")
            )
        raise ImportExportError(
            QT_TR_NOOP("unsupported file type '{suffix}'; use .csv or .xlsx"), suffix=suffix
        )
    return suffix


def check_target(path: Path) -> None:
    """Refuse a target whose folder is missing or that is a folder itself."""
    if not path.parent.is_dir():
        raise ImportExportError(
            QT_TR_NOOP("the folder {folder} does not exist"), folder=str(path.parent)
        )
    if path.is_dir():
        raise ImportExportError(QT_TR_NOOP("{path} is a folder"), path=str(path))


# -- CSV -----------------------------------------------------------------------------------


def _write_csv(path: Path, header: list[str], rows: Iterable[OutRow]) -> int:
    with path.open("x", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
        writer.writerow(header)
        count = 0
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])
            count += 1
    return count


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Integral):  # numpy's numbers too
        return str(int(value))
    if isinstance(value, Real):
        return format_number(float(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _read_csv(path: Path) -> list[list[str]]:
    text = _decode(path.read_bytes(), path)
    first_line = text.split("\n", 1)[0]
    # Norwegian files use ';'; a ',' file never has ';' in its header line.
    separator = ";" if ";" in first_line or "," not in first_line else ","
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as exc:
        raise ImportExportError(
            QT_TR_NOOP("{file} is not a readable CSV file: {reason}"),
            file=path.name,
            reason=str(exc),
        ) from exc


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(_UTF8_BOM):
        try:
            return data[len(_UTF8_BOM) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ImportExportError(
                QT_TR_NOOP("{file} says it is UTF-8 but is not: damaged at byte {byte}"),
                file=path.name,
                byte=exc.start + 3,
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Not valid UTF-8: what Excel writes without a byte-order mark on a Norwegian Windows.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportExportError(
            QT_TR_NOOP("{file} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8"),
            file=path.name,
        ) from exc


# -- Excel ---------------------------------------------------------------------------------


def _write_xlsx(path: Path, header: list[str], rows: Iterable[OutRow]) -> int:
    from openpyxl import Workbook  # imported late: openpyxl takes a while to import

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Data")
    count = 0
    try:
        sheet.append(header)
        for row in rows:
            sheet.append([_xlsx_cell(sheet, value) for value in row])
            count += 1
    except BaseException:
        _discard(sheet)
        raise
    workbook.save(path)
    return count


def _discard(sheet: Any) -> None:
    """Close a write-only sheet that will never be saved and delete its temporary file.

    openpyxl streams rows into a file in the system's temp folder and only removes it on save
    (or at exit); after a failed export it would linger and warn when collected.
    """
    with contextlib.suppress(Exception):  # never hide the error that brought us here
        sheet.close()
        sheet._writer.cleanup()


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, str) and value.startswith("="):
        # openpyxl stores a string beginning with '=' as a formula; user text must stay text.
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError:
        raise
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        # A renamed or damaged file fails deep inside openpyxl in any of these ways.
        raise ImportExportError(
            QT_TR_NOOP("{file} is not a readable Excel file"), file=path.name
        ) from exc
    try:
        sheet = workbook.worksheets[0]
        return [[_xlsx_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()  # read-only mode keeps the file open until closed


def _xlsx_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- numbers -------------------------------------------------------------------------------


def _normalise_number(text: str) -> str:
    cleaned = text.strip().translate(_GROUP_SPACES).replace("\u2212", "-").removesuffix("%")
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        group = "." if decimal == "," else ","
        return cleaned.replace(group, "").replace(decimal, ".")
    for mark in ",.":
        if cleaned.count(mark) > 1:  # '1.234.567' or '1,234,567': grouping, not decimals
            return cleaned.replace(mark, "")
    return cleaned.replace(",", ".")


def cell_name(row: int, column: str) -> Message:
    """Where a refused cell is, for the start of a message: "row 5, column 'value'"."""
    return message(QT_TR_NOOP("row {row}, column '{column}'"), row=row, column=column)


def _where(row: int | None, column: str | None) -> Message | None:
    if row is not None and column is not None:
        return cell_name(row, column)
    if row is not None:
        return message(QT_TR_NOOP("row {row}"), row=row)
    if column is not None:
        return message(QT_TR_NOOP("column '{column}'"), column=column)
    return None
