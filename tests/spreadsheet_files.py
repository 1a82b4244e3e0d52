"""Writing small XLSX files for the import tests (imported by them as a plain module)."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
