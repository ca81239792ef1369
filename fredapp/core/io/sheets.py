"""Excel sheets laid out for reading: what every exported workbook looks like.

One sheet per table: the header bold and frozen (A2), an autofilter over the table, columns as
wide as their content (capped), dates as date cells in the language's date format, and a named
sheet. :func:`write_xlsx` streams one sheet (openpyxl's write-only mode, so 100,000 rows cost
what they did before); :func:`write_workbook` writes a few small sheets in one file (the
scenario comparison). What makes a cell safe (formula-like text, control characters) is
:mod:`fredapp.core.io.formats`' business and is applied here to every cell.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fredapp.core.errors import ImportExportError
from fredapp.core.io.formats import (
    FORMULA_LIKE,
    XLSX_NEEDS_ESCAPE,
    OutRow,
    check_target,
    clean_text,
    write_aside,
)
from fredapp.core.messages import QT_TR_NOOP
from fredapp.core.vocabulary import CODE_SHEET, DATE_FORMAT


@dataclass(frozen=True)
class Layout:
    """How a sheet for reading is named and shows its dates."""

    sheet: str
    date_format: str


# Column widths are fitted to the header and the first rows (a sample keeps a million-row
# export streaming), in characters, within these bounds.
_WIDTH_SAMPLE = 1000
_MIN_WIDTH = 6
_MAX_WIDTH = 60
# Characters a sheet name may not hold; Excel also limits it to 31 characters.
_SHEET_FORBIDDEN = re.compile(r"[\\/?*\[\]:]")


def write_xlsx(path: Path, header: list[str], rows: Iterable[OutRow], layout: Layout) -> int:
    """One sheet for reading: the header bold and frozen, an autofilter over the table,
    columns as wide as their content (capped), dates as date cells in ``layout``'s format.

    Written in openpyxl's streaming mode: everything placed before the rows (widths, the
    frozen pane) is set from the header and a sample of the first rows.
    """
    from openpyxl import Workbook  # imported late: openpyxl takes a while to import
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(layout.sheet))
    source = iter(rows)
    sample = list(itertools.islice(source, _WIDTH_SAMPLE))
    for index, width in enumerate(_widths(header, sample), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    count = 0
    columns = len(header)
    try:
        sheet.append([_header_cell(sheet, name) for name in header])
        for row in itertools.chain(sample, source):
            sheet.append([_xlsx_cell(sheet, value, layout.date_format) for value in row])
            count += 1
            columns = max(columns, len(row))
    except BaseException:
        _discard(sheet)
        raise
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{count + 1}"
    workbook.save(path)
    return count


def _widths(header: list[str], sample: list[OutRow]) -> list[float]:
    widest = [_shown_length(name) + 2 for name in header]  # + the filter's button
    for row in sample:
        if len(row) > len(widest):
            widest += [0] * (len(row) - len(widest))
        for index, value in enumerate(row):
            widest[index] = max(widest[index], _shown_length(value))
    return [min(max(width + 1, _MIN_WIDTH), _MAX_WIDTH) for width in widest]


def _shown_length(value: Any) -> int:
    """About how many characters a cell shows: its longest line."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10 if not isinstance(value, dt.datetime) else 19
    if isinstance(value, float):
        return len(format(value, ".10g"))
    if isinstance(value, dt.timedelta):
        return 8  # [hh]:mm:ss
    return max((len(line) for line in str(value).splitlines()), default=0)


def _header_cell(sheet: Any, name: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font

    value = _xlsx_cell(sheet, name, DATE_FORMAT)
    cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value=value)
    cell.font = Font(bold=True)
    return cell


def _discard(sheet: Any) -> None:
    """Close a write-only sheet that will never be saved and delete its temporary file.

    openpyxl streams rows into a file in the system's temp folder and only removes it on save
    (or at exit); after a failed export it would linger and warn when collected.
    """
    with contextlib.suppress(Exception):  # never hide the error that brought us here
        sheet.close()
        sheet._writer.cleanup()


def _xlsx_cell(sheet: Any, value: Any, date_format: str) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = date_format
        return cell
    if not isinstance(value, str):
        return value
    # XML cannot carry control characters (openpyxl raises IllegalCharacterError) nor a
    # carriage return (a reader turns it into a line feed): Excel's escapes stand in for it.
    text = XLSX_NEEDS_ESCAPE.sub("_x005F_", clean_text(value)).replace("\r", "_x000D_")
    if FORMULA_LIKE.match(text):
        # openpyxl stores a string beginning with '=' as a formula; user text must stay text.
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def write_workbook(path: Path, sheets: list[tuple[str, list[str], list[list[Any]]]]) -> int:
    """Write several sheets (name, header, rows) to an .xlsx file; return the rows written.

    Each sheet is laid out like :func:`write_xlsx`'s; dates in ISO form (yyyy-mm-dd).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    if path.suffix.lower() != ".xlsx":
        raise ImportExportError(
            QT_TR_NOOP("unsupported file type '{suffix}'; use .xlsx"), suffix=path.suffix
        )
    check_target(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    count = 0
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(_sheet_title(title))
        for row in [header, *rows]:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and FORMULA_LIKE.match(cell.value):
                    cell.data_type = "s"  # user text stays text, never a formula
        count += len(rows)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for index, width in enumerate(_widths(header, rows), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    write_aside(path, workbook.save)
    return count


def _sheet_title(title: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", title)[:31].strip() or CODE_SHEET
