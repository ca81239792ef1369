"""Reading and writing tables as CSV or Excel, chosen by the file's ending.

CSV is written the way Norwegian Excel writes and reads it: ``;`` between fields, a decimal
comma, CRLF line ends and a UTF-8 byte-order mark (without the mark, Excel reads the file as
Windows-1252 and garbles æøå). On import the separator may be ``;`` or ``,`` and the text UTF-8
(with or without the mark) or Windows-1252, since that is what municipalities' systems export.

An export is written to a temporary file beside the target and moved into place at the end, so
a failed export never leaves a half-written file and never damages an existing one.

Every cell crosses the boundary through :func:`read_table` and :func:`write_table`, so what
makes a file safe is done there, for every kind of table:

* Text a spreadsheet would run as a formula (beginning with ``=``, ``+``, ``-``, ``@``, a tab or
  a carriage return; OWASP "CSV injection") is written to CSV with a leading ``'``, which Excel
  shows as text; reading a CSV takes one such ``'`` off again, so the text comes back as it
  was. Numbers are written as numbers and never get the mark. XLSX has a text type, so there
  such text is stored as text instead.
* Control characters are removed from every cell read and written: C0 controls other than
  tab, line feed and carriage return, DEL, C1 controls (U+0080–U+009F), lone surrogates and
  the non-characters U+FFFE/U+FFFF. They are never meant as text, they are invalid in XLSX
  (openpyxl refuses to write them) and would make a later export of the same data fail.
* Imports are bounded (the limits below): a file that is too large, has too many rows or
  columns, a cell too long, or is not a regular file (a pipe, a device) is refused with a
  message before it can exhaust memory or hang the program. An unclosed quote in a CSV is
  refused and named by its row instead of silently swallowing the rows after it.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import itertools
import os
import re
import secrets
import stat
import zipfile
from collections.abc import Callable, Iterable, Iterator
from numbers import Integral, Real
from pathlib import Path
from typing import Any, BinaryIO

from fredapp.core.errors import ImportExportError
from fredapp.core.messages import QT_TR_NOOP, Message, message
from fredapp.core.vocabulary import CODE_SHEET, DATE_FORMAT

# Import limits. Files beyond them are refused with a message naming the file and the limit.
# 100 MB and a million rows are far beyond any table of the municipality's (the largest, the
# sick-leave figures, has a few thousand rows) and still fit in memory; 200 columns are four
# times the widest table; no text field needs 1 MB (a spreadsheet cell holds at most 32,767
# characters). An Excel file is a zip: its unpacked parts may hold ten times the file limit.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES
MAX_ROWS = 1_000_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 1024 * 1024

SUFFIXES = (".csv", ".xlsx")
CSV_SEPARATOR = ";"
_UTF8_BOM = b"\xef\xbb\xbf"
# Spaces that group thousands: plain, no-break (Norwegian Excel and QLocale), narrow no-break.
_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
# Removed from every cell read or written (see the module's notes).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Text a spreadsheet runs as a formula. The ``'*`` also marks text that already begins with
# the mark, so that reading takes off exactly the one mark writing added.
FORMULA_LIKE = re.compile("'*[=+\\-@\t\r]")
_MARKED_FORMULA = re.compile("'+[=+\\-@\t\r]")
_READ_CHUNK = 1024 * 1024
_MB = 1024 * 1024
# Excel's escape for characters XML cannot carry (a carriage return is _x000D_), and for a
# literal "_x" that looks like one (_x005F_ is the underscore).
_XLSX_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
XLSX_NEEDS_ESCAPE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
# Opening a pipe must not wait for a writer; O_BINARY keeps Windows from translating bytes.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)

OutRow = list[Any]  # a row to write: cells of any type


def write_table(
    path: str | Path,
    header: list[str],
    rows: Iterable[OutRow],
    *,
    sheet: str = CODE_SHEET,
    date_format: str = DATE_FORMAT,
) -> int:
    """Write ``header`` and ``rows`` to ``path`` in the format its ending names; return the rows.

    An Excel file is laid out for reading (:mod:`fredapp.core.io.sheets`): its one sheet is named
    ``sheet`` and its date cells show ``date_format``; CSV has neither.
    """
    from fredapp.core.io.sheets import Layout, write_xlsx  # which uses this module's rules

    path = Path(path)
    if _suffix(path) == ".csv":
        return write_aside(path, lambda temp: _write_csv(temp, header, rows))
    layout = Layout(sheet, date_format)
    return write_aside(path, lambda temp: write_xlsx(temp, header, rows, layout))


def write_aside[T](path: Path, write: Callable[[Path], T], suffix: str = "") -> T:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place.

    A failed or cancelled write leaves the old file as it was, and no temporary file behind.
    ``suffix`` ends the temporary name, for writers that choose the format by the ending.
    """
    from fredapp.core.errors import disk_full_error

    check_target(path)
    # Beside the target, not in /tmp: os.replace is only atomic within one file system.
    # Not tempfile.mkstemp either: its 0600 mode would stick to the file after the rename.
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp{suffix}")
    try:
        result = write(temp)
        os.replace(temp, path)
    except Exception as exc:
        # A full disk is told as such, whatever the writer (csv, openpyxl, Qt) wrapped it in;
        # a file object's write names no file, so the target's folder is the one to name.
        full = disk_full_error(exc, path.parent)
        if full is not None:
            raise full from exc
        if not isinstance(exc, OSError):
            raise
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
    """The header and the non-blank rows of a CSV or Excel file, every cell as text.

    Control characters are removed from every cell; see the module's notes for the limits.
    """
    path = Path(path)
    reader = _reader_for(path)
    try:
        with _open_source(path) as handle:
            rows = reader(handle, path.name)
    except OSError as exc:
        raise ImportExportError(
            QT_TR_NOOP("could not read {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    numbered = []
    for number, cells in enumerate(rows, start=1):
        cleaned = [clean_text(cell) for cell in cells]
        if any(cell.strip() for cell in cleaned):
            row = Row(cleaned)
            row.number = number
            numbered.append(row)
    if not numbered:
        raise ImportExportError(QT_TR_NOOP("{file} is empty"), file=path.name)
    return [cell.strip() for cell in numbered[0]], numbered[1:]


def clean_text(text: str) -> str:
    """``text`` without the control characters no cell may hold (see the module's notes)."""
    return _CONTROL.sub("", text)


@contextlib.contextmanager
def _open_source(path: Path) -> Iterator[BinaryIO]:
    """``path`` opened for reading, once it is known to be a regular file within the limit.

    Checked before opening, so a pipe or a device (/dev/zero) is never read, and again on the
    open file, in case the path was swapped in between.
    """
    try:
        _check_source(os.stat(path), path)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise ImportExportError(
            QT_TR_NOOP("{path} does not exist or is not a file"), path=str(path)
        ) from exc
    with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as handle:
        _check_source(os.fstat(handle.fileno()), path)
        yield handle


def _check_source(info: os.stat_result, path: Path) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ImportExportError(QT_TR_NOOP("{path} is a folder"), path=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise ImportExportError(
            QT_TR_NOOP("{path} is not a regular file (a device or a pipe); it was not read"),
            path=str(path),
        )
    if info.st_size > MAX_FILE_BYTES:
        raise ImportExportError(
            QT_TR_NOOP("{file} is larger than {limit} MB, more than FredApp imports"),
            file=path.name,
            limit=MAX_FILE_BYTES // _MB,
        )


def _check_row(cells: list[str], number: int, file: str) -> None:
    """Refuse the ``number``th row of ``file`` beyond the row, column or cell limit."""
    _check_count(number, file)
    _check_width(len(cells), number, file)
    if any(len(cell) > MAX_CELL_CHARS for cell in cells):
        raise ImportExportError(
            QT_TR_NOOP("{file}, row {row}: a cell holds more than {limit} characters"),
            file=file,
            row=number,
            limit=MAX_CELL_CHARS,
        )


def _check_count(number: int, file: str) -> None:
    if number > MAX_ROWS:
        raise ImportExportError(
            QT_TR_NOOP("{file} has more than {limit} rows, more than FredApp imports"),
            file=file,
            limit=MAX_ROWS,
        )


def _check_width(width: int, number: int, file: str) -> None:
    if width > MAX_COLUMNS:
        raise ImportExportError(
            QT_TR_NOOP("{file}, row {row}: more than {limit} columns, more than FredApp imports"),
            file=file,
            row=number,
            limit=MAX_COLUMNS,
        )


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


def _reader_for(path: Path) -> Callable[[BinaryIO, str], list[list[str]]]:
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
        writer.writerow([_csv_cell(name) for name in header])
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
    if isinstance(value, dt.timedelta):  # a duration as hh:mm:ss, as the systems write it
        whole = round(value.total_seconds())
        return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
    text = clean_text(str(value))
    # Only text is marked: a number above is written as a number, even a negative one.
    return "'" + text if FORMULA_LIKE.match(text) else text


def _read_csv(handle: BinaryIO, file: str) -> list[list[str]]:
    # Decoded as it is read: the file is never held as one string besides its rows.
    text = io.TextIOWrapper(handle, encoding=_csv_encoding(handle, file), newline="")
    first_line = text.readline()
    # Norwegian files use ';'; a ',' file never has ';' in its header line.
    separator = ";" if ";" in first_line or "," not in first_line else ","
    # csv's own limit (128 KiB by default) would refuse a cell before ours names it; only
    # ever raised, never lowered, since the setting is shared by the whole process.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS + 1))
    lines = itertools.chain([first_line], text)
    # strict: a quote left open at the end is an error, not a silently shortened row.
    reader = csv.reader(lines, delimiter=separator, strict=True)
    rows: list[list[str]] = []
    width: int | None = None
    while True:
        first = reader.line_num + 1  # the physical line this record starts on
        number = len(rows) + 1
        try:
            record = next(reader, None)
        except csv.Error as exc:
            raise _csv_error(exc, file, number, spans=reader.line_num > first) from exc
        if record is None:
            return rows
        _check_row(record, number, file)
        if width is None and any(record):
            width = len(record)
        elif reader.line_num > first and len(record) != width:
            # A cell may hold a line break; but a record over several lines that does not
            # fit the header is rows swallowed by a quote that was never closed.
            raise _unclosed_quote(file, number)
        rows.append([_unmark(cell) for cell in record])


def _unmark(cell: str) -> str:
    """A CSV cell without the ``'`` :func:`_csv_cell` put before formula-like text."""
    return cell[1:] if _MARKED_FORMULA.match(cell) else cell


def _csv_error(exc: csv.Error, file: str, number: int, *, spans: bool) -> ImportExportError:
    reason = str(exc)
    if spans or "unexpected end of data" in reason:
        return _unclosed_quote(file, number)
    if "field larger than field limit" in reason:
        return ImportExportError(
            QT_TR_NOOP("{file}, row {row}: a cell holds more than {limit} characters"),
            file=file,
            row=number,
            limit=MAX_CELL_CHARS,
        )
    return ImportExportError(
        QT_TR_NOOP("{file} is not a readable CSV file: {reason}"), file=file, reason=reason
    )


def _unclosed_quote(file: str, number: int) -> ImportExportError:
    return ImportExportError(
        QT_TR_NOOP('{file}, row {row}: a quote (") opened in this row is never closed'),
        file=file,
        row=number,
    )


def _csv_encoding(handle: BinaryIO, file: str) -> str:
    """The encoding of the CSV text in ``handle``, checked to the end; back at the start after.

    UTF-8 with or without a byte-order mark, else Windows-1252.
    """
    marked = handle.read(len(_UTF8_BOM)) == _UTF8_BOM
    bad = _first_bad_byte(handle if marked else _rewound(handle), "utf-8")
    if bad is None:
        _rewound(handle)
        return "utf-8-sig"  # which also reads text without the mark
    if marked:
        raise ImportExportError(
            QT_TR_NOOP("{file} says it is UTF-8 but is not: damaged at byte {byte}"),
            file=file,
            byte=bad,
        )
    # Not valid UTF-8: what Excel writes without a byte-order mark on a Norwegian Windows.
    if _first_bad_byte(_rewound(handle), "cp1252") is not None:
        raise ImportExportError(
            QT_TR_NOOP("{file} is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8"),
            file=file,
        )
    _rewound(handle)
    return "cp1252"


def _rewound(handle: BinaryIO) -> BinaryIO:
    handle.seek(0)
    return handle


def _first_bad_byte(handle: BinaryIO, encoding: str) -> int | None:
    """The offset in the file of the first byte not valid in ``encoding``, or None."""
    decoder = codecs.getincrementaldecoder(encoding)()
    while True:
        offset = handle.tell()
        chunk = handle.read(_READ_CHUNK)
        # A character cut by the chunk's end waits in the decoder and is counted from there.
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            return offset - pending + exc.start
        if not chunk:
            return None


# -- Excel ---------------------------------------------------------------------------------


def _read_xlsx(handle: BinaryIO, file: str) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        _check_unpacked(handle, file)
        workbook = load_workbook(_rewound(handle), read_only=True, data_only=True)
    except OSError:
        raise
    except (InvalidFileException, *_DAMAGED) as exc:
        raise _unreadable_xlsx(file) from exc
    try:
        return _xlsx_rows(workbook.worksheets[0], file)
    except _DAMAGED as exc:
        raise _unreadable_xlsx(file) from exc
    finally:
        workbook.close()  # read-only mode keeps the file open until closed


# A renamed or damaged file fails deep inside openpyxl in any of these ways, on opening or
# while the rows are read (SyntaxError: the XML is broken; IndexError: no sheet).
_DAMAGED = (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, SyntaxError)


def _unreadable_xlsx(file: str) -> ImportExportError:
    return ImportExportError(QT_TR_NOOP("{file} is not a readable Excel file"), file=file)


def _check_unpacked(handle: BinaryIO, file: str) -> None:
    """Refuse a zip whose parts unpack to more than the limit (a "zip bomb").

    zipfile never unpacks more than a part's declared size, so the declared sizes bound it.
    """
    with zipfile.ZipFile(handle) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportExportError(
            QT_TR_NOOP("{file} unpacks to more than {limit} MB, more than FredApp imports"),
            file=file,
            limit=MAX_UNPACKED_BYTES // _MB,
        )


def _xlsx_rows(sheet: Any, file: str) -> list[list[str]]:
    """The rows of a read-only sheet as text, all as wide as the widest, within the limits."""
    # The sheet's size as its <dimension> tag claims it (None without one), checked first:
    # openpyxl would pad every row to the claimed width.
    rows, columns = sheet.max_row or 0, sheet.max_column or 0
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise ImportExportError(
            QT_TR_NOOP(
                "{file}: its sheet says it has {rows} rows and {columns} columns; FredApp "
                "imports at most {max_rows} rows and {max_columns} columns"
            ),
            file=file,
            rows=rows,
            columns=columns,
            max_rows=MAX_ROWS,
            max_columns=MAX_COLUMNS,
        )
    # The claim may also be too small (openpyxl would then drop rows and cells): read what
    # is there, and stop at the limits however many rows the file holds.
    sheet.reset_dimensions()
    read = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        _check_width(len(values), number, file)
        cells = [_xlsx_text(value) for value in values]
        _check_row(cells, number, file)
        read.append(cells)
    width = max((len(row) for row in read), default=0)
    return [row + [""] * (width - len(row)) for row in read]


def _xlsx_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _XLSX_ESCAPE.sub(lambda match: chr(int(match[1], 16)), value)
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
