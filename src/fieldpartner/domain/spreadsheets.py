"""Reading a spreadsheet (XLSX or CSV) someone brings from outside, as hostile input.

The file is read once into memory (never copied to disk: no temporary file), within
bounds on its size, its unpacked size, its rows, columns and cell lengths. A formula is
read as the value the spreadsheet last computed and saved; a formula without a saved
value is refused with its cell, because the value the person sees was never stored.
Dates become ISO text and whole numbers lose their ``.0``, so every cell reaches the
column mapping as text, as a person would read it.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from fieldpartner.domain import search
from fieldpartner.domain.problems import Message

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # an XLSX is a zip: bounds a decompression bomb
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell
SPREADSHEET_SUFFIXES = (".xlsx", ".csv")


class SpreadsheetError(ValueError):
    """A file that cannot be read as a table; the message names the file and what is wrong."""

    exit_code = 4


@dataclass(frozen=True)
class Row:
    """One row of data: its number as the spreadsheet shows it, and its cells as text."""

    number: int
    cells: tuple[str, ...]

    def cell(self, column: int) -> str:
        return self.cells[column] if column < len(self.cells) else ""


@dataclass(frozen=True)
class Table:
    """The header row and the data rows of one sheet (blank rows left out)."""

    source: str
    sheet: str
    sheets: tuple[str, ...]
    headers: tuple[str, ...]
    rows: tuple[Row, ...]


def column_letter(column: int) -> str:
    """``0`` -> ``A``, ``26`` -> ``AA``: how a spreadsheet names a column."""
    letters = ""
    number = column + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def fold(text: str) -> str:
    """Text compared the way a person would: case, accents, spacing and punctuation
    ignored, in every script: search's folding (``search.fold``) with spacing and
    punctuation made one space."""
    return re.sub(r"[\W_]+", " ", search.fold(text)).strip()


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """The first sheet (or ``sheet``) of an XLSX file, or a CSV file, as a Table."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        raise SpreadsheetError(
            Message(
                "not_a_spreadsheet",
                "{file}: not a spreadsheet this can read (.xlsx or .csv)",
                file=path.name,
            )
        )
    if suffix == ".xlsx":
        return _xlsx_table(_read_bytes(path), path.name, sheet)
    return read_csv_table(path)


def read_csv_table(path: Path | str) -> Table:
    """A CSV file, whatever its name ends with."""
    path = Path(path)
    return _csv_table(_read_bytes(path), path.name)


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SpreadsheetError(
            Message(
                "cannot_read", "cannot read {file}: {reason}", file=str(path), reason=exc.strerror
            )
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise SpreadsheetError(
            Message(
                "spreadsheet_too_large",
                "{file} is larger than {megabytes} MB; split it",
                file=path.name,
                megabytes=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    return data


def _table(source: str, sheet: str, sheets: Sequence[str], raw: Iterable[list[str]]) -> Table:
    headers: tuple[str, ...] | None = None
    rows: list[Row] = []
    for number, cells in enumerate(raw, start=1):
        if len(cells) > MAX_COLUMNS and any(c.strip() for c in cells[MAX_COLUMNS:]):
            raise SpreadsheetError(
                Message(
                    "too_many_columns",
                    "{source}: row {row} has more than {limit} columns",
                    source=source,
                    row=number,
                    limit=MAX_COLUMNS,
                )
            )
        for column, value in enumerate(cells):
            if len(value) > MAX_CELL_CHARS:
                raise SpreadsheetError(
                    Message(
                        "cell_too_long",
                        "{source}: cell {cell} is longer than {limit} characters",
                        source=source,
                        cell=f"{column_letter(column)}{number}",
                        limit=MAX_CELL_CHARS,
                    )
                )
        cells = [c.strip() for c in cells[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if headers is None:
            headers = tuple(cells)
            continue
        if len(rows) >= MAX_ROWS:
            raise SpreadsheetError(
                Message(
                    "too_many_rows",
                    "{source}: more than {limit} rows; split the file",
                    source=source,
                    limit=MAX_ROWS,
                )
            )
        rows.append(Row(number, tuple(cells)))
    if headers is None:
        raise SpreadsheetError(
            Message("empty_sheet", "{source}: the sheet is empty (no header row)", source=source)
        )
    return Table(source, sheet, tuple(sheets), headers, tuple(rows))


# --- CSV -------------------------------------------------------------------------------


def _decode(data: bytes, source: str) -> str:
    # Excel's "Unicode text" is UTF-16 with a byte-order mark.
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise SpreadsheetError(
            Message(
                "csv_not_utf8",
                "{source} is not UTF-8 text; save it again as 'CSV UTF-8' or as .xlsx",
                source=source,
            )
        ) from None


def _csv_table(data: bytes, source: str) -> Table:
    text = _decode(data, source)
    first = text.split("\n", 1)[0]
    # Spreadsheets in French or Spanish write ';' between cells; "Unicode text" a tab.
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _table(source, "", (), (list(cells) for cells in reader))
    except csv.Error as exc:
        raise SpreadsheetError(
            Message(
                "not_csv", "{source}: not readable as CSV ({reason})", source=source, reason=exc
            )
        ) from None


# --- XLSX ------------------------------------------------------------------------------


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _check_zip(data: bytes, source: str) -> bool:
    """Refuse what is not a bounded XLSX workbook; say whether any sheet has a formula."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise SpreadsheetError(
            Message(
                "xlsx_not_zip", "{source} is not an XLSX file (not a zip archive)", source=source
            )
        ) from None
    with archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                Message(
                    "xlsx_unpacks_too_large",
                    "{source} unpacks to more than {megabytes} MB; refused",
                    source=source,
                    megabytes=MAX_UNPACKED_BYTES // (1024 * 1024),
                )
            )
        if "xl/workbook.xml" not in archive.namelist():
            raise SpreadsheetError(
                Message("not_xlsx", "{source} is not an XLSX workbook", source=source)
            )
        return any(
            _FORMULA_TAG.search(archive.read(name))
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_table(data: bytes, source: str, sheet: str | None) -> Table:
    has_formulas = _check_zip(data, source)
    # Imported here: openpyxl loads only when a spreadsheet is read.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # Two views of the same bytes: the saved values, and (only when a sheet has a
        # formula) the cells as written, to tell a formula whose value was never saved
        # from an empty cell.
        values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        written = (
            openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            if has_formulas
            else None
        )
    except (InvalidFileException, KeyError, OSError, ValueError, zipfile.BadZipFile) as exc:
        raise SpreadsheetError(
            Message(
                "xlsx_unreadable",
                "{source} is not a readable XLSX workbook ({reason})",
                source=source,
                reason=exc,
            )
        ) from None
    try:
        names = tuple(values.sheetnames)
        if sheet is None:
            sheet = names[0] if names else ""
        if sheet not in names:
            raise SpreadsheetError(
                Message(
                    "no_such_sheet",
                    "{source} has no sheet named {sheet!r}",
                    source=source,
                    sheet=sheet,
                )
            )
        formulas = written[sheet] if written is not None else None
        return _table(source, sheet, names, _xlsx_rows(values[sheet], formulas, source))
    finally:
        values.close()
        if written is not None:
            written.close()


def _xlsx_rows(values: Any, written: Any | None, source: str) -> Iterator[list[str]]:
    # Rows are padded to the sheet's declared width: bounded, so a sheet declaring 16,384
    # columns costs no more than one of MAX_COLUMNS + 1.
    declared = values.max_column if isinstance(values.max_column, int) else MAX_COLUMNS + 1
    width = max(1, min(declared, MAX_COLUMNS + 1))
    saved_rows = values.iter_rows(max_col=width, values_only=True)
    written_rows = (
        written.iter_rows(max_col=width, values_only=True)
        if written is not None
        else itertools.repeat(())
    )
    for number, (saved, raw) in enumerate(zip(saved_rows, written_rows, strict=False), start=1):
        cells = []
        for column, value in enumerate(saved):
            formula = raw[column] if column < len(raw) else None
            if value is None and isinstance(formula, str) and formula.startswith("="):
                raise SpreadsheetError(
                    Message(
                        "formula_not_saved",
                        "{source}: cell {cell} holds a formula whose value was never saved; "
                        "open the file in a spreadsheet, save it, and import again (or paste "
                        "the values)",
                        source=source,
                        cell=f"{column_letter(column)}{number}",
                    )
                )
            cells.append(_text(value))
        yield cells


def match_headers(headers: Sequence[str], words: Mapping[str, Iterable[str]]) -> dict[int, str]:
    """Column index -> field, for each header that names a field in ``words`` (compared
    with ``fold``); a field is taken by its first matching column only."""
    lookup: dict[str, str] = {}
    for field, names in words.items():
        for name in (field, *names):
            lookup.setdefault(fold(name), field)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for column, header in enumerate(headers):
        found = lookup.get(fold(header))
        if found is not None and found not in taken:
            mapping[column] = found
            taken.add(found)
    return mapping


@cache
def import_words() -> dict[str, Any]:
    """Header names and vocabulary words in the four languages that imports recognise
    (``import_words.json`` beside this module: data, like a template's texts)."""
    data: dict[str, Any] = json.loads(
        Path(__file__).with_name("import_words.json").read_text(encoding="utf-8")
    )
    return data
